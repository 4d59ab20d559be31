"""Latency of filtered GET /events pages from a running `rasd serve`, over real HTTP.

    python bench/api_latency.py --db sqlite:////tmp/big.db      # a store filled beforehand
    python bench/api_latency.py --events 100000                 # or fill a fresh one first
    python bench/api_latency.py --clients 50 --workers 2        # 50 concurrent clients

A store of a million events is made by `python bench/store_scale.py --db sqlite:////tmp/big.db`.
The server runs as its own process (`rasd serve`); this script is the client and times
`--requests` page requests (100 events each) with random filters of three kinds: country +
30 days, admin1 + type, and a one-degree box + since, from `--clients` concurrent clients (threads,
each its own connection) against a server of `--workers` processes. Prints p50 and p95 per kind
and overall, and the requests answered per second.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rasd.store import open_store  # noqa: E402
from rasd.store.synthetic import COUNTRIES, synthetic_article  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fill(url: str, n: int) -> None:
    store = open_store(url)
    rng = random.Random(11)
    for first in range(0, n, 1000):
        store.add_many([synthetic_article(i, rng, days=5 * 365) for i in range(first, min(n, first + 1000))])


def filters(rng: random.Random) -> tuple[str, dict]:
    _, _, country, regions, la0, la1, lo0, lo1 = rng.choice(COUNTRIES)
    kind = rng.choice(["country+30d", "admin1+type", "bbox+since"])
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365 - 30))
    if kind == "country+30d":
        return kind, {"country": country, "since": day.isoformat(),
                      "until": (day + dt.timedelta(days=30)).isoformat()}
    if kind == "admin1+type":
        return kind, {"admin1": rng.choice(regions), "type": "Battles"}
    lat, lon = rng.uniform(la0, la1 - 1), rng.uniform(lo0, lo1 - 1)
    return kind, {"bbox": f"{lon:.2f},{lat:.2f},{lon + 1:.2f},{lat + 1:.2f}", "since": day.isoformat()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing store; default: a fresh one with --events synthetic events")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--clients", type=int, default=1, help="concurrent clients (default 1)")
    ap.add_argument("--workers", type=int, default=1, help="server worker processes (default 1)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'api.db'}"
        if not args.db:
            fill(url, args.events)
        counts = open_store(url).counts()
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "rasd.cli.main", "serve", "--db", url,
                                   "--port", str(port), "--workers", str(args.workers)], stdout=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(base + "/config.json", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.1)
            rng = random.Random(5)
            jobs = [filters(rng) for _ in range(args.requests)]
            by_kind: dict[str, list[float]] = {}
            rows = []
            lock = threading.Lock()

            def one(job):
                kind, params = job
                t = time.perf_counter()
                with urllib.request.urlopen(f"{base}/events?{urllib.parse.urlencode(params)}&limit=100",
                                            timeout=60) as r:
                    page = json.loads(r.read())
                with lock:
                    by_kind.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
                    rows.append(len(page["events"]))
            t0 = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
                list(pool.map(one, jobs))
            wall = time.perf_counter() - t0
        finally:
            server.terminate()
            server.wait()
    print(f"store: {counts['events']} events; {args.requests} GET /events pages of up to 100 "
          f"(mean {statistics.mean(rows):.0f} events a page); {args.clients} clients, {args.workers} workers: "
          f"{args.requests / wall:.0f} requests/s")
    every = sorted(x for v in by_kind.values() for x in v)
    for kind, lat in sorted(by_kind.items()) + [("all", every)]:
        lat = sorted(lat)
        print(f"  {kind:12s} p50 {statistics.median(lat):6.1f} ms   p95 {lat[int(len(lat) * 0.95) - 1]:6.1f} ms"
              f"   (n={len(lat)})")


if __name__ == "__main__":
    main()
