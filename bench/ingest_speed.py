"""Ingest speed: HTML pages -> article text on one core, and WARC streaming memory.

    python bench/ingest_speed.py [--pages 500] [--warc-mb 200]

Pages are generated here (our own Arabic paragraphs in a news-page template
with navigation and footer boilerplate), written as a directory of .html
files and as one .warc.gz, then read with rasd.ingest. Prints pages/s and
the peak RSS of the WARC run (measured in a child process).
"""
from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PARAGRAPHS = [
    "قالت مصادر محلية إن اشتباكات اندلعت بين قوات الأمن ومسلحين في أطراف المدينة صباح اليوم",
    "وأضافت المصادر أن القصف طال أحياء سكنية عدة وأدى إلى أضرار في المباني والطرق",
    "وأعلنت السلطات حظر التجول في المنطقة حتى إشعار آخر بينما تواصل فرق الإسعاف عملها",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن فيما فتحت الشرطة تحقيقا في الحادث",
]


def make_page(n: int) -> bytes:
    body = "".join(f"<p>{PARAGRAPHS[(n + k) % 4]} ({n}-{k}).</p>" for k in range(12))
    nav = "".join(f"<li><a href='/s{k}'>قسم {k}</a></li>" for k in range(30))
    return (f"<html><head><meta charset='utf-8'><title>خبر {n}</title>"
            f"<meta property='article:published_time' content='2019-06-04'></head><body>"
            f"<ul class='nav'>{nav}</ul><article><h1>خبر {n}</h1>{body}</article>"
            f"<footer>{'حقوق النشر محفوظة ' * 20}</footer></body></html>").encode("utf-8")


def write_warc(path: Path, megabytes: int, gzip: bool = True) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    n = 0
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        while fh.tell() < megabytes * 1024 * 1024:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"http://bench.invalid/{n}", "response", payload=io.BytesIO(make_page(n) * 8),
                http_headers=headers))
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--warc-mb", type=int, default=200)
    ap.add_argument("--no-gzip", action="store_true", help="write the WARC uncompressed (MB = bytes on disk)")
    ap.add_argument("--child-warc", help=argparse.SUPPRESS)
    args = ap.parse_args()
    from rasd.ingest import IngestReport, ingest

    if args.child_warc:
        report = IngestReport()
        t = time.perf_counter()
        n = sum(1 for _ in ingest([args.child_warc], report))
        took = time.perf_counter() - t
        print(f"{n} {took:.2f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp, "pages")
        pages.mkdir()
        for n in range(args.pages):
            (pages / f"{n}.html").write_bytes(make_page(n))
        report = IngestReport()
        list(ingest([str(pages / "0.html")], IngestReport()))  # warm-up: imports
        t = time.perf_counter()
        n = sum(1 for _ in ingest([str(pages)], report))
        took = time.perf_counter() - t
        print(f"html pages       {n} in {took:.2f} s = {n / took:.0f} pages/s on one core "
              f"({report.failed_inputs} failed)")
        warc = Path(tmp, "crawl.warc" if args.no_gzip else "crawl.warc.gz")
        records = write_warc(warc, args.warc_mb, gzip=not args.no_gzip)
        size = os.path.getsize(warc) / 1e6
        out = subprocess.run([sys.executable, __file__, "--child-warc", str(warc)],
                             capture_output=True, text=True, check=True).stdout.split()
        print(f"warc             {size:.0f} MB {'' if args.no_gzip else 'gz'}, {records} records -> {out[0]} articles in {out[1]} s, "
              f"peak RSS {out[2]} MB")


if __name__ == "__main__":
    main()
