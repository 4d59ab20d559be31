"""Store insert rate and filtered-query latency on synthetic events.

    python bench/store_scale.py [--events 1000000] [--batch 10000] [--arrival chronological|shuffled]
                                [--bulk] [--db URL]

Synthetic articles (rasd.store.synthetic), each with one event at a random place in Syria,
Iraq or Yemen over five years, go through Store.add_many in batches (the same transaction and
merge lookup as `rasd run` and `rasd batch`). Articles arrive as news does (--arrival
chronological: published day by day, each event up to six days before its article) or, the
worst case for the date indexes, in random order over the five years (--arrival shuffled).
Only Store.add_many is timed, not making up the articles; with --bulk the load runs inside
Store.bulk_load() (query indexes built once at the end, as `rasd batch` merges), and the time
includes building them. Then filtered queries are timed: a
page of 100 events as the API serves it, the whole filtered result, and the stats. Prints
events/s and query latency (p50/p95).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rasd.store import open_store  # noqa: E402
from rasd.store.query import EventQuery  # noqa: E402
from rasd.store.synthetic import synthetic_article  # noqa: E402

DAYS = 5 * 365  # synthetic events spread over five years


def timed(fn, repeat: int = 30) -> tuple[float, float]:
    """p50 and p95 of ``fn``'s wall time in milliseconds."""
    lat = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    return statistics.median(lat), lat[max(0, int(len(lat) * 0.95) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=10_000, help="articles per transaction (Store.add_many)")
    ap.add_argument("--arrival", choices=("chronological", "shuffled"), default="chronological")
    ap.add_argument("--bulk", action="store_true", help="load inside Store.bulk_load()")
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file in a temporary directory)")
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or f"sqlite:///{Path(tmp) / 'bench.db'}")
        first_day = dt.date(2018, 1, 1)

        def article(n: int):
            if args.arrival == "shuffled":
                return synthetic_article(n, rng, start=first_day, days=DAYS)
            return synthetic_article(n, rng, published=first_day + dt.timedelta(days=7 + n * DAYS // args.events))
        took = last_took = 0.0
        last_n = 0
        with store.bulk_load() if args.bulk else contextlib.nullcontext():
            for first in range(0, args.events, args.batch):
                batch = [article(n) for n in range(first, min(first + args.batch, args.events))]
                t = time.perf_counter()
                store.add_many(batch)
                took += time.perf_counter() - t
                done = first + len(batch)
                if done % (args.events // 10 or 1) < args.batch:
                    print(f"  {done:>9} events stored, {(done - last_n) / (took - last_took):,.0f} events/s "
                          f"over the last {done - last_n}", flush=True)
                    last_took, last_n = took, done
            t = time.perf_counter()  # leaving the block builds a bulk load's indexes: timed too
        built = time.perf_counter() - t
        took += built
        if args.bulk:
            print(f"  query indexes built in {built:.1f} s")
        counts = store.counts()
        print(f"inserted {args.events} synthetic events ({counts['events']} rows after merging, "
              f"{args.arrival} arrival{', bulk load' if args.bulk else ''}) in {took:.1f} s of "
              f"Store.add_many = {args.events / took:,.0f} events/s (batches of {args.batch})")

        def query():
            day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(DAYS - 30))
            return EventQuery(country="Syria", since=day, until=day + dt.timedelta(days=30))
        p50, p95 = timed(lambda: store.page(query(), 100))
        print(f"filtered page (country + 30 days, first 100 events): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        p50, p95 = timed(lambda: store.page(EventQuery(admin1="Idleb", event_type="Battles"), 100))
        print(f"filtered page (admin1 + type, first 100 events): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        p50, p95 = timed(lambda: store.page(EventQuery(bbox=(36.0, 35.0, 37.0, 36.0),
                                                       since=dt.date(2020, 1, 1)), 100))
        print(f"filtered page (bbox 1x1 degree + since): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        n_rows = [0]

        def whole():
            n_rows[0] = sum(1 for _ in store.events(query()))
        p50, p95 = timed(whole, repeat=10)
        print(f"whole filtered result (country + 30 days, ~{n_rows[0]} events decoded): "
              f"p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        p50, p95 = timed(lambda: store.stats(query()), repeat=10)
        print(f"stats over the filtered events: p50 {p50:.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
