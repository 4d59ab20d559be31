"""rasd batch throughput with 1 and 2 Dask workers against a plain single-process `rasd extract`.

    python bench/batch_scaling.py [--articles 12000] [--rounds 3] [--input FILE]
    python bench/batch_scaling.py --memory 200000      # peak worker RSS on a large generated input

The input is FILE (default ../shared/eval/dev.jsonl when present, else the bundled sample)
repeated with fresh ids to --articles lines. All three runs read the same file in the same
process tree on this machine; the batch figures include starting the local cluster and
writing Parquet, the plain run includes writing JSONL. This machine's speed drifts by tens of
percent within minutes, so each round runs the three back to back and compares them with
each other; the summary gives the median ratio over the rounds. --memory runs one 2-worker batch over a
generated input of that many articles and reports the peak RSS of any worker process.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.batch import run_batch  # noqa: E402


def make_input(src: Path, n: int, out: Path) -> None:
    base = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines() if x.strip()]
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            d = {k: v for k, v in base[i % len(base)].items() if k != "events"}
            d["id"] = f"bench-{i}"
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def plain_extract(path: Path, out: Path) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rasd.cli.main", "extract", str(path), "-o", str(out)],
                   check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def batch(path: Path, out: Path, workers: int) -> tuple[float, object]:
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    summary = run_batch([str(path)], str(out), workers=workers, show_progress=False)
    return time.perf_counter() - t - summary.merge_seconds, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=12000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--input", type=Path)
    ap.add_argument("--memory", type=int, help="instead: one 2-worker run over this many articles")
    args = ap.parse_args()
    dev = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    src = args.input or (dev if dev.exists() else ROOT / "examples" / "articles.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "in.jsonl"
        if args.memory:
            make_input(src, args.memory, data)
            took, s = batch(data, tmp / "mem", 2)
            print(f"{args.memory} articles ({data.stat().st_size >> 20} MiB) from {src.name}, 2 workers: "
                  f"{took:.0f} s extraction, {s.articles / took:.0f} articles/s, {s.partitions} partitions; "
                  f"peak worker RSS {s.peak_worker_rss_mb:.0f} MB; merge {s.merge_seconds:.0f} s; "
                  f"{len(s.failures)} failures")
            return
        make_input(src, args.articles, data)
        print(f"{args.articles} articles from {src.name}, {args.rounds} rounds")
        ratios: dict[int, list[float]] = {1: [], 2: []}
        for r in range(1, args.rounds + 1):
            plain = plain_extract(data, tmp / "plain.jsonl")
            print(f"round {r}: plain rasd extract (1 process): {plain:6.1f} s  {args.articles / plain:6.0f} articles/s")
            for workers in (1, 2):
                took, s = batch(data, tmp / f"b{workers}", workers)
                ratios[workers].append(plain / took)
                print(f"  rasd batch, {workers} worker(s):  {took:6.1f} s  {s.articles / took:6.0f} articles/s"
                      f"  = {plain / took:.2f}x plain ({s.partitions} partitions, cluster start "
                      f"{s.startup_seconds:.1f} s, merge after {s.merge_seconds:.1f} s, peak worker RSS "
                      f"{s.peak_worker_rss_mb:.0f} MB)", flush=True)
        for workers, values in ratios.items():
            print(f"median over {args.rounds} rounds, {workers} worker(s): {statistics.median(values):.2f}x plain "
                  f"(range {min(values):.2f}-{max(values):.2f})")

if __name__ == "__main__":
    main()
