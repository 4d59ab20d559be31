"""Which events a user asks for: one filter record shared by `rasd export`, `rasd stats`
and the REST API, turned into SQL with bound parameters only."""
from __future__ import annotations

import base64
import datetime as dt
import difflib
import re
from dataclasses import dataclass

from sqlalchemy import and_, or_
from sqlalchemy.sql.elements import ColumnElement

from rasd.store.merge import cells_in_box
from rasd.store.schema import events

MAX_TEXT = 200  # longest filter value accepted; longer is a user error, not a query


class QueryError(ValueError):
    """A filter value that cannot be used (bad date, bad box, unknown cursor)."""


@dataclass(frozen=True)
class EventQuery:
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # exact ACLED name, as actor1 or actor2
    since: dt.date | None = None
    until: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    text: str | None = None  # words in the English notes, or Arabic words in the articles' text
    after: tuple[dt.date, str] | None = None  # keyset cursor: (event_date, event_id) last seen
    descending: bool = False

    @classmethod
    def parse(cls, *, country=None, admin1=None, event_type=None, sub_event_type=None, actor=None,
              since=None, until=None, bbox=None, text=None, cursor=None, descending=False) -> "EventQuery":
        """From user strings (CLI options, URL parameters); raises QueryError with the reason."""
        for name, value in (("country", country), ("admin1", admin1), ("type", event_type),
                            ("sub_type", sub_event_type), ("actor", actor), ("q", text)):
            if value is not None and len(value) > MAX_TEXT:
                raise QueryError(f"{name}: longer than {MAX_TEXT} characters")
        return cls(country=_country(country), admin1=admin1 or None,
                   event_type=_named("type", event_type, EVENT_TYPES),
                   sub_event_type=_named("sub_type", sub_event_type, SUB_EVENT_TYPES), actor=actor or None,
                   since=_date("since", since), until=_date("until", until), bbox=_bbox(bbox),
                   text=text or None, after=decode_cursor(cursor) if cursor else None,
                   descending=descending)

    def where(self, dialect: str = "sqlite") -> list[ColumnElement]:
        c = events.c
        out: list[ColumnElement] = [c.merged_into.is_(None)]
        for column, value in ((c.country, self.country), (c.admin1, self.admin1),
                              (c.event_type, self.event_type), (c.sub_event_type, self.sub_event_type)):
            if value:
                out.append(column == value)
        if self.actor:
            out.append(or_(c.actor1 == self.actor, c.actor2 == self.actor))
        if self.since:
            out.append(c.event_date >= self.since)
        if self.until:
            out.append(c.event_date <= self.until)
        if self.bbox:
            west, south, east, north = self.bbox
            out += [c.longitude.between(west, east), c.latitude.between(south, north)]
            cells = cells_in_box(west, south, east, north)
            if cells:  # a small box: its grid cells are an index lookup (events_merge_lookup)
                out.append(c.cell.in_(cells))
        if self.text:
            # LIKE's own wildcards in the user's words are matched literally
            escaped = self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            in_notes = c.notes.ilike(f"%{escaped}%", escape="\\")
            if ARABIC.search(self.text):  # Arabic words: the articles' text (store/search.py)
                from rasd.store.search import events_mentioning
                out.append(or_(in_notes, events_mentioning(self.text, dialect)))
            else:
                out.append(in_notes)
        if self.after:
            day, event_id = self.after
            if self.descending:
                out.append(or_(c.event_date < day, and_(c.event_date == day, c.event_id < event_id)))
            else:
                out.append(or_(c.event_date > day, and_(c.event_date == day, c.event_id > event_id)))
        return out

    def order(self) -> list:
        c = events.c
        if self.descending:
            return [c.event_date.desc(), c.event_id.desc()]
        return [c.event_date, c.event_id]


ARABIC = re.compile("[\u0600-\u06ff]")

# ACLED's event types and sub-types (its codebook)
EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
SUB_EVENT_TYPES = (
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Chemical weapon",
    "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest",
    "Protest with intervention", "Excessive force against protesters", "Violent demonstration", "Mob violence",
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other")


def _named(name: str, value: str | None, valid: tuple[str, ...]) -> str | None:
    """A value from a fixed list, in any case ("battles" is Battles); anything else is an error
    that lists the valid values."""
    if not value:
        return None
    found = {v.lower(): v for v in valid}.get(value.strip().lower())
    if found is None:
        raise QueryError(f"{name}: {value[:60]!r} is not one of: {', '.join(valid)}")
    return found


def _country(value: str | None) -> str | None:
    """A country by its English name in any case ("syria" is Syria); an unknown name is an error."""
    if not value:
        return None
    from rasd.lexicons.load import load_lexicons
    names = {name.lower(): name for _, name in load_lexicons().country_info.values()}
    found = names.get(value.strip().lower())
    if found is None:
        close = difflib.get_close_matches(value.strip().lower(), list(names), n=3)
        hint = f"; did you mean {', '.join(names[c] for c in close)}?" if close else " (English names, e.g. Syria)"
        raise QueryError(f"country: no country named {value[:60]!r}{hint}")
    return found


def encode_cursor(event_date: str, event_id: str) -> str:
    return base64.urlsafe_b64encode(f"{event_date}|{event_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.date, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        day, event_id = raw.split("|", 1)
        return dt.date.fromisoformat(day), event_id
    except Exception:  # noqa: BLE001 - any garbage is the same user error
        raise QueryError("cursor: not one this server gave out") from None


def _date(name: str, value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        raise QueryError(f"{name}: expected a date like 2018-04-18, got {str(value)[:40]!r}") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:  # week arithmetic past year 1 or 9999 overflows
        raise QueryError(f"{name}: a year between {MIN_YEAR} and {MAX_YEAR}, got {day.year}")
    return day


MIN_YEAR, MAX_YEAR = 1000, 9000


def _bbox(value) -> tuple[float, float, float, float] | None:
    if value in (None, ""):
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        west, south, east, north = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise QueryError("bbox: expected four numbers west,south,east,north") from None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise QueryError("bbox: expected west<=east in [-180,180] and south<=north in [-90,90]")
    return west, south, east, north


_AGE = re.compile(r"^(\d+)\s*(m|min|h|d|w)$")


def parse_since(value: str, now: dt.datetime | None = None) -> str:
    """A time for ``rasd changes --since``, as the store writes its change times (ISO UTC with
    microseconds and Z), so that comparing strings compares times. Raises QueryError for
    anything else."""
    now = now or dt.datetime.now(dt.timezone.utc)
    text = (value or "").strip().lower()
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if text in ("today", "yesterday"):
        moment = day - dt.timedelta(days=text == "yesterday")
    elif _AGE.match(text):
        amount, unit = _AGE.match(text).groups()
        moment = now - dt.timedelta(minutes=int(amount) * {"m": 1, "min": 1, "h": 60, "d": 1440, "w": 10080}[unit])
    else:
        try:
            moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise QueryError(f"--since: {value!r} is not a time; write 2026-11-25T08:00:00+03:00, 2026-11-25, "
                             "today, yesterday or an age such as 12h") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)  # the store keeps UTC
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
