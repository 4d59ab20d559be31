"""Alerts over stored events: what an analyst should look at first.

Two rules, each alert carrying its rule and threshold so the reader can judge it:
- a new actor: an actor seen for the first time in an admin1 region, within the latest week
  of data, in a region that already had events before (so a first run doesn't alert on all);
- a surge: in the latest week, an admin1 region's event count (or fatalities) is at least
  SURGE_FACTOR times the mean of its previous four weeks, and at least SURGE_MIN.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from rasd.store.schema import events

WEEK = dt.timedelta(days=7)
SURGE_FACTOR = 2.0
SURGE_MIN = {"events": 3, "fatalities": 5}


@dataclass(frozen=True)
class Alert:
    kind: str  # "new_actor" | "surge_events" | "surge_fatalities"
    country: str
    admin1: str
    week_start: str
    message: str
    rule: str
    value: float
    threshold: float

    def as_dict(self) -> dict:
        return asdict(self)


def compute_alerts(engine, until: dt.date | None = None) -> list[Alert]:
    """Alerts for the week ending ``until`` (default: the latest event date stored)."""
    live = events.c.merged_into.is_(None)
    with engine.connect() as conn:
        latest = until or conn.execute(select(func.max(events.c.event_date)).where(live)).scalar()
        if latest is None:
            return []
        week0 = latest - WEEK + dt.timedelta(days=1)  # the latest week: [week0, latest]
        recent = conn.execute(
            select(events.c.event_date, events.c.country, events.c.admin1, events.c.fatalities)
            .where(live, events.c.event_date > week0 - 4 * WEEK, events.c.event_date <= latest)).all()
        firsts = []
        for column in (events.c.actor1, events.c.actor2):
            firsts += conn.execute(
                select(column, events.c.country, events.c.admin1, func.min(events.c.event_date))
                .where(live, column.is_not(None), events.c.event_date <= latest)
                .group_by(column, events.c.country, events.c.admin1)).all()
        region_start = dict(((c, a), d) for c, a, d in conn.execute(
            select(events.c.country, events.c.admin1, func.min(events.c.event_date))
            .where(live).group_by(events.c.country, events.c.admin1)).all())
    return _new_actors(firsts, region_start, week0, latest) + _surges(recent, week0)


def _new_actors(firsts, region_start, week0, latest) -> list[Alert]:
    first_seen: dict[tuple, dt.date] = {}
    for actor, country, admin1, day in firsts:
        key = (actor, country, admin1)
        first_seen[key] = min(day, first_seen.get(key, day))
    out = []
    for (actor, country, admin1), day in sorted(first_seen.items(), key=lambda kv: (kv[1], kv[0])):
        if not (week0 <= day <= latest) or region_start.get((country, admin1), day) >= week0:
            continue
        if actor.startswith(("Civilians", "Unidentified", "Protesters", "Rioters")):
            continue  # not an actor whose arrival means anything
        out.append(Alert("new_actor", country, admin1, week0.isoformat(),
                         f"{actor} seen for the first time in {admin1} ({country}) on {day.isoformat()}",
                         "first event of this actor in this admin1 region, within the latest week, "
                         "in a region with earlier events", 1, 1))
    return out


def _surges(rows, week0) -> list[Alert]:
    # per region: [events, fatalities] for week index 0 (latest) .. 4 (four weeks before)
    weeks: dict[tuple, list[list[int]]] = defaultdict(lambda: [[0, 0] for _ in range(5)])
    for day, country, admin1, deaths in rows:
        index = 0 if day >= week0 else 1 + (week0 - day - dt.timedelta(days=1)).days // 7
        if index < 5:
            weeks[(country, admin1)][index][0] += 1
            weeks[(country, admin1)][index][1] += deaths or 0
    out = []
    for (country, admin1), w in sorted(weeks.items()):
        for i, what in enumerate(("events", "fatalities")):
            now, before = w[0][i], sum(x[i] for x in w[1:]) / 4
            threshold = max(SURGE_MIN[what], SURGE_FACTOR * before)
            if now >= threshold:
                out.append(Alert(f"surge_{what}", country, admin1, week0.isoformat(),
                                 f"{now} {what} in {admin1} ({country}) in the week from {week0.isoformat()}, "
                                 f"against {before:.1f} a week over the four weeks before",
                                 f"latest week >= max({SURGE_MIN[what]}, {SURGE_FACTOR:g} x the mean of "
                                 f"the previous 4 weeks)", now, round(threshold, 2)))
    return out
