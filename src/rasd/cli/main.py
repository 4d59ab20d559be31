"""rasd's command line: parses arguments and dispatches; the work is in commands.py."""
from __future__ import annotations

import argparse
import logging
import sys

from rasd import __version__
from rasd.errors import RasdError


def add_filters(p: argparse.ArgumentParser) -> None:
    """The event filters shared by export, stats and the REST API (store/query.py)."""
    p.add_argument("--country", help="e.g. Syria")
    p.add_argument("--admin1", help="ACLED's admin1 name, e.g. Idleb")
    p.add_argument("--type", dest="event_type", help="ACLED event_type, e.g. Battles")
    p.add_argument("--sub-type", dest="sub_event_type", help="ACLED sub_event_type")
    p.add_argument("--actor", help="exact ACLED actor name, as actor1 or actor2")
    p.add_argument("--since", help="YYYY-MM-DD (inclusive)")
    p.add_argument("--until", help="YYYY-MM-DD (inclusive)")
    p.add_argument("--bbox", help="west,south,east,north in degrees")
    p.add_argument("--text", help="words in the English notes")


DB_HELP = "a database URL or an SQLite file path (default rasd.db)"
PRIVATE_HELP = ("also fetch URLs on loopback and private networks (by default only public "
                "addresses: a feed's links must not reach this machine or the network behind it)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rasd", description="Arabic conflict news -> ACLED-style events")
    p.add_argument("--version", action="version", version=f"rasd {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="read articles (JSONL) and write their events (JSONL)")
    ex.add_argument("input", help="JSONL file of articles, '-' for stdin")
    ex.add_argument("-o", "--output", default="-", help="output JSONL file, '-' for stdout (default)")
    ing = sub.add_parser("ingest", help="read pages, feeds, WARC, JSONL or text into articles (JSONL)")
    ing.add_argument("sources", nargs="+", help="files, directories or http(s) URLs")
    ing.add_argument("-o", "--output", default="-", help="output JSONL file, '-' for stdout (default)")
    ing.add_argument("--extract", action="store_true", help="write extracted events instead of articles")
    ing.add_argument("--follow-links", action="store_true",
                     help="for feed items with only a summary, fetch the linked page")
    ing.add_argument("--all-languages", action="store_true", help="keep non-Arabic articles too")
    ing.add_argument("--allow-private", action="store_true", help=PRIVATE_HELP)
    w = sub.add_parser("watch", help="poll feeds and append the events of new articles")
    w.add_argument("feeds", nargs="+", help="feed URLs")
    w.add_argument("-o", "--output", required=True, help="events JSONL file to append to")
    w.add_argument("--every", default="10m", help="time between polls: 30s, 10m, 1h (default 10m)")
    w.add_argument("--polls", type=int, help="stop after this many polls (default: run until stopped)")
    w.add_argument("--state", help="state file (default: OUTPUT.watch.json)")
    w.add_argument("--no-follow-links", action="store_true",
                   help="code feed items from their summaries; never fetch the linked pages")
    w.add_argument("--allow-private", action="store_true", help=PRIVATE_HELP)
    run = sub.add_parser("run", help="ingest + extract + store (idempotent); merges outlets' reports")
    run.add_argument("sources", nargs="+", help="files, directories or http(s) URLs")
    run.add_argument("--db", default="sqlite:///rasd.db", help=DB_HELP)
    run.add_argument("--follow-links", action="store_true", help="read the pages of summary-only feed items")
    run.add_argument("--allow-private", action="store_true", help=PRIVATE_HELP)
    run.add_argument("--batch", type=int, default=50, help="articles per transaction (default 50)")
    exp = sub.add_parser("export", help="write stored events as acled-csv, geojson, jsonl or parquet")
    exp.add_argument("--db", default="sqlite:///rasd.db", help=DB_HELP)
    exp.add_argument("--format", choices=["acled-csv", "geojson", "jsonl", "parquet", "readings"], default="jsonl",
                     help="readings: each article's own readings with the id of the stored event each ended in")
    add_filters(exp)
    exp.add_argument("-o", "--output", default="-", help="output file, '-' for stdout (default; not parquet)")
    st = sub.add_parser("stats", help="counts and fatalities per day, month, country, admin1 and type")
    st.add_argument("--db", default="sqlite:///rasd.db", help=DB_HELP)
    add_filters(st)
    st.add_argument("--top", type=int, default=15, help="rows per table (default 15; days: the latest)")
    st.add_argument("--format", choices=["text", "csv"], default="text", help="csv: every table in full")
    bt = sub.add_parser("batch", help="ingest + extract large inputs on a Dask cluster, then merge")
    bt.add_argument("inputs", nargs="+", help="JSONL, WARC, HTML files or directories")
    bt.add_argument("--out", required=True,
                    help="a directory (Parquet partitions + rasd.db) or a database URL")
    bt.add_argument("--scheduler", help="tcp://HOST:PORT of a running Dask scheduler (default: a local "
                                        "cluster, one worker process per core)")
    bt.add_argument("--workers", type=int, help="workers of the local cluster (default: one per core)")
    bt.add_argument("--partition-mb", type=float,
                    help="JSONL megabytes per task (default: an equal share of at least 4 tasks a worker, "
                         "at most 16)")
    sv = sub.add_parser("serve", help="the REST API and the web map over the store")
    sv.add_argument("--db", default="sqlite:///rasd.db", help=DB_HELP)
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--token", help="accept POST /articles with this bearer token (default: read-only)")
    sv.add_argument("--tiles", help="an online tile URL template for the map (default: offline outlines)")
    sv.add_argument("--workers", type=int, default=1,
                    help="worker processes answering requests (default 1; one per core for many clients)")
    al = sub.add_parser("alerts", help="new actors in a region and weeks well above the four before")
    al.add_argument("--db", default="sqlite:///rasd.db", help=DB_HELP)
    al.add_argument("--until", help="the week ending this day (default: the latest event)")
    al.add_argument("--country", help="only this country's alerts, e.g. Syria")
    al.add_argument("--admin1", help="only this admin1 region's alerts")
    ex2 = sub.add_parser("explain", help="an event's sources, evidence spans and why they were merged")
    ex2.add_argument("event_id")
    ex2.add_argument("--db", default="sqlite:///rasd.db", help=DB_HELP)
    ch = sub.add_parser("changes", help="events created, updated or merged since a time (ISO UTC)")
    ch.add_argument("--since", required=True,
                    help="an ISO time (2026-11-25T08:00:00+03:00; no offset means UTC), a date, 'today', "
                         "'yesterday', or an age such as 90m, 12h, 3d")
    ch.add_argument("--db", default="sqlite:///rasd.db", help=DB_HELP)
    gz = sub.add_parser("gazetteer", help="add villages and districts from files you bring; list; remove")
    gzs = gz.add_subparsers(dest="gazetteer_command", required=True)
    gza = gzs.add_parser("add", help="build an extended place index from a GeoNames dump (XX.txt, "
                                      "allCountries.txt, alternateNamesV2.txt) or a place table (WOF columns)")
    gza.add_argument("paths", nargs="+", help="the files (.txt, .tsv, optionally .gz)")
    gza.add_argument("--name", help="the index's name (default: the first file's name)")
    gzs.add_parser("info", help="the extended indexes loaded, with counts per country and credit lines")
    gzr = gzs.add_parser("remove", help="drop an extended index")
    gzr.add_argument("name")
    tr = sub.add_parser("train", help="train the event model on gold JSONL; prints 5-fold CV figures")
    tr.add_argument("gold", help="hand-coded articles (GUIDELINES.md shape), score.py beside them")
    tr.add_argument("--negatives", help="articles with no event (sport, culture, economy pages)")
    tr.add_argument("--sentences", help="sentences labelled violence / protest (GSR shape), score_gsr.py beside")
    tr.add_argument("--extended-gazetteer",
                    help="a place table or GeoNames dump (as for 'rasd gazetteer add'): also judge the model "
                         "under CV on the articles read with it added")
    tr.add_argument("-o", "--output", help="model file to write (default: print the CV figures only)")
    tm = sub.add_parser("train-merge", help="train the merge score on gold clusters; prints CV figures by cluster "
                                            "for it and the hand rule, writes it only when it wins")
    tm.add_argument("gold", help="hand-coded articles with clusters and same_as links, score_merge.py beside them")
    tm.add_argument("-o", "--output", help="model file to write when the score beats the rule")
    trs = sub.add_parser("train-reports", help="train the sentence models (violence / protest reported?) on "
                                               "labelled sentences; prints 5-fold CV figures")
    trs.add_argument("sentences", help="sentences labelled violence / protest (GSR shape), score_gsr.py beside")
    trs.add_argument("-o", "--output", help="directory to write reports_violence.json and reports_protest.json")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="rasd: %(levelname)s: %(message)s")
    from rasd.cli import commands
    try:
        return commands.COMMANDS[args.command](args)
    except RasdError as exc:
        if args.debug:
            raise
        print(f"rasd: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # "rasd extract ... | head": the reader left; not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
