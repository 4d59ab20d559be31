"""Extraction speed and memory on one core.

    python bench/extract_speed.py [ARTICLES.jsonl] [--n 2000]

Repeats the input articles until --n are read, extracts them in this process
(one core) after one warm-up pass over the distinct articles, and prints
articles/s, peak RSS and cold start (import + load).
Default input: ../shared/eval/dev.jsonl when present, else examples/articles.jsonl.
"""
from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cold_start() -> float:
    code = ("import time; t=time.perf_counter(); import rasd; rasd.load_resources(); "
            "print(time.perf_counter()-t)")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(3)]
    return min(runs)


def main() -> None:
    default = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not default.exists():
        default = ROOT / "examples" / "articles.jsonl"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", default=str(default))
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the articles")
    args = ap.parse_args()

    import rasd
    from rasd.jsonl import article_from_dict
    from rasd.pipeline import extract

    res = rasd.load_resources()
    base = [article_from_dict(json.loads(line), "bench") for line in open(args.input, encoding="utf-8")
            if line.strip()]
    articles = list(itertools.islice(itertools.cycle(base), args.n))
    chars = sum(len(a.text) for a in articles)
    for a in base:  # warm-up: fills the word caches once, as a long run would
        extract(a, res)
    rates = []
    for _ in range(args.repeat):  # best and median of several passes: this machine is shared
        t = time.perf_counter()
        events = sum(len(extract(a, res).events) for a in articles)
        rates.append(len(articles) / (time.perf_counter() - t))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"input            {args.input} x{args.n / len(base):.1f}")
    print(f"articles         {len(articles)} ({chars / len(articles):.0f} chars each), {events} events")
    print(f"throughput       best {max(rates):.0f}, median {sorted(rates)[len(rates) // 2]:.0f} "
          f"articles/s on one core ({args.repeat} passes)")
    print(f"peak RSS         {peak_mb:.0f} MB")
    print(f"cold start       {cold_start():.2f} s (import + load lexicons and gazetteer)")


if __name__ == "__main__":
    main()
