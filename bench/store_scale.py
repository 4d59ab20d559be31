"""Store insert rate and filtered-query latency on synthetic events.

    python bench/store_scale.py [--events 20000] [--db sqlite:///tmp.db]

Synthetic articles, each with one event at a random place and day in the
Middle East, go through Store.add (the same per-article transaction and
merge lookup as `rasd run`). Then a filtered query (country + date range)
is timed. Prints events/s and query latency (p50/p95 over 50 queries).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rasd.records import Article, Event, Result  # noqa: E402
from rasd.store import open_store  # noqa: E402

COUNTRIES = [("SY", 760, "Syria", 32.5, 37.0, 35.5, 42.0), ("IQ", 368, "Iraq", 30.0, 37.0, 39.0, 48.0),
             ("YE", 887, "Yemen", 12.8, 18.0, 42.6, 52.0)]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Protests", "Peaceful protest")]


def synthetic(n: int, rng: random.Random) -> tuple[Article, Result]:
    iso2, iso, country, la0, la1, lo0, lo1 = rng.choice(COUNTRIES)
    etype, sub = rng.choice(TYPES)
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(365))
    ev = Event(event_id=f"{iso2}{n:08d}", event_date=day.isoformat(), time_precision=1,
               disorder_type="Political violence", event_type=etype, sub_event_type=sub,
               actor1=f"Actor {rng.randrange(50)}", assoc_actor_1=None, inter1=2, actor2=None,
               assoc_actor_2=None, inter2=None, interaction=20, civilian_targeting=None, iso=iso,
               country=country, admin1="X", admin2=None, location=f"Place {n}",
               latitude=round(rng.uniform(la0, la1), 4), longitude=round(rng.uniform(lo0, lo1), 4),
               geo_precision=1, source="bench", notes="", fatalities=rng.randrange(5), confidence=0.5)
    text = f"synthetic article {n}"
    return Article(id=f"a{n}", text=text, published=day, source="bench", content_hash=f"h{n}",
                   similarity_key=f"k{n}", language="ar"), Result(f"a{n}", day, [ev], [])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--db")
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or f"sqlite:///{Path(tmp) / 'bench.db'}")
        items = [synthetic(n, rng) for n in range(args.events)]
        t = time.perf_counter()
        for article, result in items:
            store.add(article, result)
        took = time.perf_counter() - t
        counts = store.counts()
        print(f"inserted {args.events} synthetic events ({counts['events']} after merging) "
              f"in {took:.1f} s = {args.events / took:.0f} events/s")
        lat = []
        for _ in range(50):
            start = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(330))
            t = time.perf_counter()
            rows = list(store.events(country="Syria", since=start.isoformat(),
                                     until=(start + dt.timedelta(days=30)).isoformat()))
            lat.append((time.perf_counter() - t) * 1000)
        lat.sort()
        print(f"filtered query (country + 30 days, ~{len(rows)} rows): p50 {statistics.median(lat):.1f} ms, "
              f"p95 {lat[int(len(lat) * 0.95) - 1]:.1f} ms")


if __name__ == "__main__":
    main()
