"""Cross-article merge: is a newly read event one already stored?

The same kind of event (merge.same_kind: one type and sub-type, or a protest and a riot, or
one blast told as a bomb and as a grenade), dates at most a day apart (a week for
week-precision reports), places within 10 km or the same named location or one report naming
only the province the other's place lies in, and actors that do not contradict each other. The
merged record follows ACLED's conservative rule for fatalities (lowest credible report) and
keeps disagreements visible.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re

import orjson

from rasd.choose.decide import BLASTS
from rasd.choose.model import MERGE_MODEL, load_model
from rasd.events import TOLL_IN_NOTE, toll_phrase
from rasd.geo.distance import km

MERGE_KM = 10.0
CELL_DEG = 0.2  # grid cells for the lookup (~22 km): a place's 10 km box touches 1-6 of them up to 60°
MAX_WINDOW = 31  # the widest date window (month precision)


def grid_cell(lat: float, lon: float) -> int:
    return int((lat + 90) // CELL_DEG) * 10_000 + int((lon + 180) // CELL_DEG)


def cells_in_box(west: float, south: float, east: float, north: float, limit: int = 400) -> list[int] | None:
    """The grid cells a box covers, or None when there are more than ``limit``."""
    r0, c0 = divmod(grid_cell(south, west), 10_000)
    r1, c1 = divmod(grid_cell(north, east), 10_000)
    if (r1 - r0 + 1) * (c1 - c0 + 1) > limit:
        return None
    return [r * 10_000 + c for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]


def cells_near(lat: float, lon: float) -> list[int]:
    """The cells that the box of MERGE_KM around a place touches (one to six in the Arab
    world's latitudes): every place within MERGE_KM is in one of them. (Reports of one named
    location further apart than that are not looked for.)"""
    dlat = MERGE_KM / 110.5
    dlon = MERGE_KM / (111.3 * max(0.01, math.cos(math.radians(lat))))
    row0, col0 = divmod(grid_cell(lat - dlat, lon - dlon), 10_000)
    row1, col1 = divmod(grid_cell(lat + dlat, lon + dlon), 10_000)
    return [r * 10_000 + c for r in range(row0, row1 + 1) for c in range(col0, col1 + 1)]


def day_window(precision: int) -> int:
    """How many days apart two reports of one event may be dated, by time precision."""
    return {1: 1, 2: 7, 3: 31}.get(precision or 1, 1)


RETOLD_DAYS = 7  # how long after an event a report that retells it undated may be joined to it


def report_window(report: dict) -> int:
    """How many days from its date a report may find its event: a retelling (Event.retold,
    dated by its publication) looks back a week."""
    window = day_window(report.get("time_precision") or 1)
    return max(window, RETOLD_DAYS) if report.get("retold") else window


def retells(earlier: dict, later: dict) -> bool:
    """Is ``later`` an undated retelling of ``earlier`` ("the chemical attack on Douma", told
    days on with its toll)? Only of the same sub-type at the same named place, within a week:
    a new strike on a town the day after is told with a day or as news, not as "the attack"."""
    gap = (dt.date.fromisoformat(later["event_date"]) - dt.date.fromisoformat(earlier["event_date"])).days
    return bool(later.get("retold")) and 0 <= gap <= RETOLD_DAYS \
        and earlier["sub_event_type"] == later["sub_event_type"] \
        and bool(earlier.get("location")) and earlier.get("location") == later.get("location")


def actors_compatible(a: dict, b: dict) -> bool:
    """No contradiction: sides named by both overlap, or one report does not name who acted
    (outlets often disagree about who was hit: the police, the army, "security forces")."""
    def names(e):
        return {side(n) for n in (e.get("actor1"), e.get("actor2")) if n and not n.startswith("Unidentified")}
    na, nb = names(a), names(b)
    if not na or not nb or na & nb:
        return True
    # nothing shared: a contradiction only when both name who acted
    return not (_named(a.get("actor1")) and _named(b.get("actor1")))


STATE_FORCES = re.compile(r"^(?:Military|Police) Forces of (.+?)(?: \(\d{4}-\d{0,4}\))?$")


def side(actor: str) -> str:
    """The side an actor stands for in a merge: the crowd whether an outlet calls it protesters
    or rioters; a country's forces whether it says the army or the police."""
    state = STATE_FORCES.match(actor)
    if state:
        return f"State forces of {state.group(1)}"
    return actor.replace("Rioters (", "Protesters (")


def _named(actor: str | None) -> str | None:
    return None if not actor or actor.startswith("Unidentified") else actor


CROWD = ("Protests", "Riots")


def mergeable_types(event_type: str) -> tuple[str, ...]:
    """The event types a report of this type may turn out to be: a demonstration one outlet
    calls a protest and another a riot is one event (the violence decides: a riot)."""
    return CROWD if event_type in CROWD else (event_type,)


def same_kind(a: dict, b: dict) -> bool:
    """One kind of event as ACLED counts them: an air strike and a roadside bomb in one town are
    two events, though both "remote violence"; a protest and the riot it turned into are one."""
    if a["event_type"] in CROWD and b["event_type"] in CROWD:
        return True
    if a["event_type"] != b["event_type"]:
        return False
    if a["sub_event_type"] == b["sub_event_type"] or {a["sub_event_type"], b["sub_event_type"]} <= BLASTS:
        return True
    # one bombardment one outlet calls air strikes and another missiles, at one named place
    return {a["sub_event_type"], b["sub_event_type"]} <= FROM_AFAR and bool(a.get("location")) \
        and a.get("location") == b.get("location")


FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


FAMILY = {"Battles": "violence", "Explosions/Remote violence": "violence",
          "Violence against civilians": "violence", "Protests": "crowd", "Riots": "crowd",
          "Strategic developments": "development"}


def family_types(event_type: str) -> tuple[str, ...]:
    """The event types a report of this type may be merged with: one family (outlets call one
    attack an air strike, shelling or an attack on civilians); the merge decision says which."""
    family = FAMILY.get(event_type)
    return tuple(t for t, f in FAMILY.items() if f == family) or (event_type,)


def within_reach(stored: dict, new: dict) -> bool:
    """What any merge needs: one family of types, dates within both reports' windows, places
    within MERGE_KM or one named location."""
    if FAMILY.get(stored["event_type"]) != FAMILY.get(new["event_type"]):
        return False
    d1, d2 = dt.date.fromisoformat(stored["event_date"]), dt.date.fromisoformat(new["event_date"])
    window = max(day_window(stored["time_precision"]), day_window(new["time_precision"]))
    if abs((d1 - d2).days) > window:
        return retells(stored, new) or retells(new, stored)
    return same_place(stored, new) or same_region(stored, new)


def same_place(a: dict, b: dict) -> bool:
    """Places within MERGE_KM, or one named location."""
    return km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) <= MERGE_KM \
        or bool(a.get("location") and a["location"] == b.get("location"))


REGION_PRECISION = 3  # geo_precision of a place named only as its province (ACLED's "region")


def same_region(a: dict, b: dict) -> bool:
    """One report names only a province ("في قطاع غزة", geo_precision 3) and the other's place
    lies in it: outlets far from an event often name no town."""
    coarse = max(a.get("geo_precision") or 1, b.get("geo_precision") or 1) >= REGION_PRECISION
    return coarse and bool(a.get("admin1")) and a.get("admin1") == b.get("admin1") \
        and a.get("country") == b.get("country")


def pair_features(stored: dict, new: dict) -> dict[str, float]:
    """What the learned merge score weighs, for a stored event (its merged record) and a new
    report within reach of it. Shared by training (rasd/train_merge.py) and the store."""
    gap = abs((dt.date.fromisoformat(stored["event_date"]) - dt.date.fromisoformat(new["event_date"])).days)
    dist = km(stored["latitude"], stored["longitude"], new["latitude"], new["longitude"])
    tolls = (stored.get("fatalities") or 0, new.get("fatalities") or 0)
    named = {n for n in (stored.get("actor1"), stored.get("actor2")) if _named(n)} & {
        n for n in (new.get("actor1"), new.get("actor2")) if _named(n)}
    precisions = (stored.get("geo_precision") or 1, new.get("geo_precision") or 1)
    return {
        "bias": 1.0,
        "same_sub_type": float(stored["sub_event_type"] == new["sub_event_type"]),
        "same_kind": float(same_kind(stored, new)),
        "same_type": float(stored["event_type"] == new["event_type"]),
        "days_apart": float(min(gap, 3)),
        "km_log": math.log1p(dist),
        "same_location": float(bool(stored.get("location")) and stored.get("location") == new.get("location")),
        "same_admin1": float(bool(stored.get("admin1")) and stored.get("admin1") == new.get("admin1")),
        "one_coarse": float(max(precisions) > 1 and min(precisions) == 1),
        "one_region": float(same_region(stored, new) and dist > MERGE_KM),
        "actors_shared": float(bool(named)),
        "actors_contradict": float(not actors_compatible(stored, new)),
        "tolls_equal": float(tolls[0] > 0 and tolls[0] == tolls[1]),
        "tolls_differ": float(tolls[0] > 0 and tolls[1] > 0 and tolls[0] != tolls[1]),
        "toll_one_side": float((tolls[0] > 0) != (tolls[1] > 0)),
    }


@functools.cache
def merge_model():
    """The shipped merge score (data/models/merge.json), or None: the hand rule decides."""
    return load_model(MERGE_MODEL)


def same_event(stored: dict, new: dict, model=None) -> bool:
    """Is a new report one with a stored event? Within reach, then the learned merge score
    ``model`` (merge_model()) where one is given, else the hand rule."""
    if not within_reach(stored, new):
        return False
    if model is None:
        return same_kind(stored, new) and actors_compatible(stored, new) and not two_days_at_one_place(stored, new)
    return model.accepts(pair_features(stored, new))[0]


def two_days_at_one_place(a: dict, b: dict) -> bool:
    """Both reports name one location and give it an exact day, and the days differ: two days of
    one campaign, or two demonstrations a day apart (ACLED codes each day at each place as its
    own event). The cost: one event that two outlets date a day apart at one place stays two.
    A report dated only by its publication day (no date words among its evidence) names no day."""
    return names_its_day(a) and names_its_day(b) and bool(a.get("location")) \
        and a.get("location") == b.get("location") and a["event_date"] != b["event_date"]


def names_its_day(report: dict) -> bool:
    if report.get("retold"):
        return False  # dated by its publication, as a retelling is
    evidence = report.get("evidence")
    undated = isinstance(evidence, dict) and not evidence.get("date")
    return (report.get("time_precision") or 1) == 1 and not undated


def candidate_types(event_type: str, model=None) -> tuple[str, ...]:
    """The stored event types to look among for a report's match: its family for the learned
    score, the types the hand rule can merge otherwise."""
    return family_types(event_type) if model is not None else mergeable_types(event_type)


def why_same(event: dict, report: dict) -> str:
    """In words, what made a report one with the event it was merged into."""
    if (event["event_type"], event["sub_event_type"]) == (report["event_type"], report["sub_event_type"]):
        kind = "the same type and sub-type"
    elif event["event_type"] in CROWD and report["event_type"] in CROWD:
        kind = f"a {report['event_type'].lower()} report of one demonstration"
    elif {event["sub_event_type"], report["sub_event_type"]} <= FROM_AFAR:
        kind = f"one bombardment of {report.get('location')} told as {report['sub_event_type'].lower()}"
    else:
        kind = f"one blast told as {report['sub_event_type'].lower()}"
    gap = abs((dt.date.fromisoformat(event["event_date"]) - dt.date.fromisoformat(report["event_date"])).days)
    when = "the same day" if gap == 0 else f"{gap} day{'s' if gap > 1 else ''} apart"
    dist = km(event["latitude"], event["longitude"], report["latitude"], report["longitude"])
    where = (f"the same place ({report.get('location')})" if dist < 0.5 else
             f"{dist:.0f} km apart" if dist <= MERGE_KM else
             f"the same named location ({report.get('location')})" if event.get("location") == report.get("location")
             else f"one report naming only the province ({report.get('admin1')})")
    shared = {n for n in (event.get("actor1"), event.get("actor2")) if n} & {
        n for n in (report.get("actor1"), report.get("actor2")) if n}
    actors = f"sharing {', '.join(sorted(shared))}" if shared else "no side contradicting"
    return f"{kind}, {when}, {where}, {actors}"


def combine(reports: list[dict]) -> dict:
    """One event from every outlet's report of it (each an extracted event dict)."""
    best = min(reports, key=lambda r: (r.get("geo_precision") or 9, -(r.get("confidence") or 0)))
    merged = dict(best)
    riot = next((r for r in reports if r.get("event_type") == "Riots"), None)
    if riot is not None and merged.get("event_type") == "Protests":
        # a demonstration one outlet saw turn violent: the riot it became
        for key in ("event_type", "sub_event_type", "disorder_type", "actor1", "inter1", "actor2", "inter2",
                    "interaction"):
            merged[key] = riot.get(key)
    dated = [r["event_date"] for r in reports if r.get("event_date")]
    merged["event_date"] = min(dated) if dated else None
    # one report that tells the event as news, with its day, makes it no mere retelling
    merged["retold"] = all(r.get("retold") for r in reports)
    # the lowest credible report; a word with no number ("عشرات القتلى", coded 10) is no report
    # of a figure: it counts only where no outlet gives one
    counted = [r for r in reports if r.get("fatalities") and not r.get("fatalities_estimated")] or reports
    tolls = sorted({r["fatalities"] for r in counted if r.get("fatalities")})
    merged["fatalities"] = tolls[0] if tolls else 0
    merged["fatalities_estimated"] = bool(tolls) and all(r.get("fatalities_estimated") for r in counted
                                                         if r.get("fatalities"))
    merged["fatalities_reported"] = tolls  # disagreements stay visible
    sources = []
    for r in reports:
        for s in (r.get("source") or "").split("; "):
            if s and s not in sources:
                sources.append(s)
    merged["source"] = "; ".join(sources)
    merged["denied_by"] = sorted({d for r in reports for d in r.get("denied_by", [])})
    outlets = {r.get("_outlet") or r.get("_article") for r in reports}
    merged["confidence"] = round(min(0.99, max(r.get("confidence") or 0 for r in reports)
                                     + 0.05 * (len(outlets) - 1)), 2)
    if len(tolls) > 1:
        # the best report's own toll in its note gives way to the merged one
        note = TOLL_IN_NOTE.sub(toll_phrase(merged["fatalities"]), merged.get("notes") or "")
        merged["notes"] = note + f" Reports give {', '.join(map(str, tolls))} fatalities; the lowest is used."
    merged.pop("_outlet", None)
    merged.pop("_article", None)
    return merged


def dumps(record: dict | list) -> str:
    # orjson: the store writes two JSON documents per report, and json.dumps was a fifth of
    # the insert time (bench/store_scale.py)
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS).decode()


loads = orjson.loads
