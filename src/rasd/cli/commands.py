"""One function per subcommand: call the library, report, choose the exit code."""
from __future__ import annotations

import json
import sys

from rasd.errors import RasdError
from rasd.jsonl import bounded_lines, open_input, read_articles, result_dict, write_result
from rasd.pipeline import extract_many, load_resources


class Progress:
    """A one-line count on a terminal, updated in place at most a few times a second; nothing
    when stderr is a file or a pipe (the summary line at the end says it all there)."""

    def __init__(self, what: str):
        import time
        self.what, self.on, self.time = what, sys.stderr.isatty(), time.monotonic
        self.start = self.last = self.time()

    def update(self, n: int, extra: str = "") -> None:
        if self.on and self.time() - self.last >= 0.25:
            self.last = self.time()
            rate = n / max(1e-6, self.last - self.start)
            print(f"\rrasd: {n} {self.what} ({rate:.0f}/s){extra}", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.on:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def cmd_extract(args) -> int:
    errors: list[str] = []
    res = load_resources()
    stream = open_input(args.input)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    n = events = 0
    try:
        for result in extract_many(read_articles(bounded_lines(stream), args.input, errors), res, errors):
            write_result(result, out)
            n += 1
            events += len(result.events)
    finally:
        if out is not sys.stdout:
            out.close()
        if stream is not sys.stdin.buffer:
            stream.close()
    for msg in errors:
        print(f"rasd: skipped: {msg}", file=sys.stderr)
    print(f"rasd: {n} articles, {events} events, {len(errors)} input lines skipped or failed", file=sys.stderr)
    return 2 if errors else 0


def cmd_ingest(args) -> int:
    from rasd.ingest import IngestReport, ingest
    from rasd.jsonl import article_dict

    report = IngestReport()
    articles = ingest(args.sources, report, follow_links=args.follow_links,
                      arabic_only=not args.all_languages, allow_private=args.allow_private)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    progress = Progress("articles")
    n = 0
    try:
        if args.extract:
            for result in extract_many(articles, load_resources(), report.errors):
                write_result(result, out)
                n += 1
                progress.update(n)
        else:
            for article in articles:
                out.write(json.dumps(article_dict(article), ensure_ascii=False) + "\n")
                n += 1
                progress.update(n)
    finally:
        progress.done()
        if out is not sys.stdout:
            out.close()
    for msg in report.errors:
        print(f"rasd: skipped: {msg}", file=sys.stderr)
    print(f"rasd: {report.articles} articles, {report.skipped_language} not Arabic (skipped), "
          f"{report.failed_inputs} inputs failed", file=sys.stderr)
    return min(report.failed_inputs, 100)  # the exit status counts failed inputs


def cmd_watch(args) -> int:
    from pathlib import Path

    import os

    from rasd.ingest.watch import ids_in_output, parse_every, watch
    from rasd.pipeline import extract

    every = parse_every(args.every)
    res = load_resources()
    errors: list[str] = []
    output = Path(args.output)

    def append_events(article) -> None:
        # one line per article, on disk before the state calls it seen: a kill between the two
        # is caught by reading the output's ids on restart
        line = json.dumps(result_dict(extract(article, res)), ensure_ascii=False) + "\n"
        with output.open("a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())

    state = Path(args.state or args.output + ".watch.json")
    try:
        total = watch(args.feeds, state, append_events, every=every, polls=args.polls, errors=errors,
                      written=ids_in_output(output), follow_links=not args.no_follow_links,
                      allow_private=args.allow_private)
    except KeyboardInterrupt:
        total = None
    for msg in errors:
        print(f"rasd: skipped: {msg}", file=sys.stderr)
    if total is not None:
        print(f"rasd: {total} new articles", file=sys.stderr)
    return 0


def cmd_run(args) -> int:
    from rasd.ingest import IngestReport, ingest
    from rasd.pipeline import extract
    from rasd.store import open_store

    store = open_store(args.db)
    report = IngestReport()
    res = load_resources()
    read = new = already = 0
    touched: set[str] = set()
    batch: list = []
    skipped: list[str] = []
    refused: list[str] = []  # an id another text already holds: not stored
    duplicates: list[str] = []  # the same text under another id (stored once)
    progress = Progress("articles read")

    def flush() -> None:
        touched.update(store.add_many(batch, refused, duplicates))  # one transaction: all of the batch or none
        batch.clear()
    for article in ingest(args.sources, report, follow_links=args.follow_links,
                          allow_private=args.allow_private):
        read += 1
        progress.update(read, f", {new} new stored")
        if article.content_hash and store.has_article(article.content_hash):
            already += 1
            continue  # already stored: a re-run adds nothing
        try:
            batch.append((article, extract(article, res)))
        except RasdError as exc:  # one article a stage cannot read costs that article only
            skipped.append(str(exc))
            continue
        new += 1
        if len(batch) >= args.batch:
            flush()
    flush()
    progress.done()
    skipped += refused
    for msg in report.errors + skipped:
        print(f"rasd: skipped: {msg}", file=sys.stderr)
    counts = store.counts()
    new -= len(refused) + len(duplicates)  # read and extracted, but not stored
    already += len(duplicates)
    print(f"rasd: {read} articles read: {new} stored, {already} already in the store, {len(skipped)} skipped; "
          f"{len(touched)} events created or updated; the store holds {counts['articles']} articles and "
          f"{counts['events']} events; {report.failed_inputs} inputs failed", file=sys.stderr)
    return min(report.failed_inputs, 100) or (2 if skipped else 0)


def _query(args):
    from rasd.store.query import EventQuery, QueryError
    try:
        return EventQuery.parse(country=args.country, admin1=args.admin1, event_type=args.event_type,
                                sub_event_type=args.sub_event_type, actor=args.actor, since=args.since,
                                until=args.until, bbox=args.bbox, text=args.text)
    except QueryError as exc:
        raise RasdError(str(exc)) from None


def cmd_export(args) -> int:
    from rasd.store import open_store
    from rasd.store.export import write_parquet, write_text

    store = open_store(args.db, create=False)
    if args.format == "readings":  # each article's own readings and the event each ended in
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
        n = 0
        try:
            for article in store.readings():
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
                n += 1
        finally:
            if out is not sys.stdout:
                out.close()
        print(f"rasd: {n} articles", file=sys.stderr)
        return 0
    records = store.events(_query(args))
    if args.format == "parquet":
        if args.output == "-":
            raise RasdError("parquet is a binary format: give a file with -o")
        n = write_parquet(records, args.output)
    else:
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="")
        try:
            n = write_text(args.format, records, out)
        finally:
            if out is not sys.stdout:
                out.close()
    print(f"rasd: {n} events", file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    import csv

    from rasd.store import open_store

    tables = open_store(args.db, create=False).stats(_query(args))
    if args.format == "csv":  # every table in full, one row per key, for a spreadsheet
        writer = csv.writer(sys.stdout)
        writer.writerow(["table", "key", "events", "fatalities"])
        for name, rows in tables.items():
            for r in rows:
                writer.writerow([name, r["key"], r["events"], r["fatalities"]])
        return 0
    total = sum(r["events"] for r in tables["event_type"])
    deaths = sum(r["fatalities"] for r in tables["event_type"])
    print(f"{total} events, {deaths} fatalities")
    for name, title, measure in (("event_type", "by event type", "events"), ("country", "by country", "events"),
                                 ("admin1", "by admin1", "events"), ("month", "fatalities per month", "fatalities"),
                                 ("day", "latest days", "events")):
        rows = tables[name]
        rows = rows[-args.top:] if name in ("day", "month") else sorted(
            rows, key=lambda r: -r["events"])[:args.top]
        if not rows:
            continue
        width = max(len(r["key"]) for r in rows + [{"key": name}])
        top = max(r[measure] for r in rows) or 1
        print(f"\n{title}  (bars: {measure})")
        print(f"  {name:<{width}}  {'events':>7}  {'killed':>7}")
        for r in rows:
            bar = "#" * round(30 * r[measure] / top)
            print(f"  {r['key']:<{width}}  {r['events']:>7}  {r['fatalities']:>7}  {bar}")
    return 0


def cmd_explain(args) -> int:
    from rasd.store import merge, open_store

    info = open_store(args.db, create=False).explain(args.event_id)
    e = info["event"]
    print(f"{e['event_id']}  {e['event_date']}  {e['event_type']} / {e['sub_event_type']}  "
          f"{e['location']} ({e['admin1']}, {e['country']})  fatalities {e['fatalities']}")
    print(f"  {e['notes']}")
    print(f"  reported by {len(info['reports'])} article(s):")
    for r in info["reports"]:
        reading = r["reading"]
        print(f"  - {r['article_id']} ({r['outlet'] or r['url'] or 'unknown outlet'}): "
              f"{reading['event_date']} {reading['sub_event_type']} at {reading['location']}, "
              f"fatalities {reading['fatalities']}")
        if len(info["reports"]) > 1:
            print(f"      one event with it: {merge.why_same(e, reading)}")
        for field, spans in reading.get("evidence", {}).items():
            for start, end, quoted in spans:
                print(f"      {field:10s} [{start}:{end}] {quoted}")
    return 0


def cmd_changes(args) -> int:
    from rasd.store import open_store
    from rasd.store.query import QueryError, parse_since

    try:
        since = parse_since(args.since)
    except QueryError as exc:
        raise RasdError(str(exc)) from None
    n = 0
    for change in open_store(args.db, create=False).changes(since):
        print(json.dumps(change, ensure_ascii=False))
        n += 1
    print(f"rasd: {n} changes after {since}", file=sys.stderr)
    return 0


def cmd_batch(args) -> int:
    import logging

    from rasd.batch import run_batch

    import distributed  # noqa: F401 - it sets up its loggers on import; quiet them after

    if not args.verbose:  # Dask narrates every worker's start and stop at INFO
        logging.getLogger("distributed").setLevel(logging.WARNING)
    summary = run_batch(args.inputs, args.out, scheduler=args.scheduler, workers=args.workers,
                        partition_mb=args.partition_mb, show_progress=sys.stderr.isatty())
    for line in summary.lines():
        print(f"rasd: {line}", file=sys.stderr)
    return 2 if summary.failures else 0


def cmd_serve(args) -> int:
    from rasd.serve.api import serve

    serve(args.db, args.host, args.port, args.token, args.tiles, workers=args.workers)
    return 0


def cmd_alerts(args) -> int:
    from rasd.store import open_store
    from rasd.store.alerts import compute_alerts
    from rasd.store.query import EventQuery, QueryError

    try:
        query = EventQuery.parse(until=args.until, country=args.country, admin1=args.admin1)
    except QueryError as exc:
        raise RasdError(str(exc)) from None
    alerts = [a for a in compute_alerts(open_store(args.db, create=False).engine, query.until)
              if (not query.country or a.country == query.country) and (not query.admin1 or a.admin1 == query.admin1)]
    for a in alerts:
        print(f"{a.kind:17s} {a.message}\n{'':17s} rule: {a.rule} (value {a.value:g}, threshold {a.threshold:g})")
    print(f"rasd: {len(alerts)} alerts", file=sys.stderr)
    return 0


def cmd_gazetteer(args) -> int:
    from pathlib import Path

    from rasd import gazetteer_index as gi
    from rasd.geo.gazetteer import index_dir

    if args.gazetteer_command == "add":
        gi.add([Path(p) for p in args.paths], args.name, log=lambda m: print(f"rasd: {m}", file=sys.stderr))
        return 0
    if args.gazetteer_command == "remove":
        gi.remove(args.name)
        print(f"rasd: removed {args.name}", file=sys.stderr)
        return 0
    cards = gi.info()
    print(f"built in: GeoNames cities500 and provinces (credit: {gi.GEONAMES_CREDIT})")
    if not cards:
        print(f"no extended gazetteer in {index_dir()} (add one with: rasd gazetteer add FILE)")
    for card in cards:
        print(f"{card.get('name')}: {card.get('places', '?')} places, {card.get('names', '?')} names, "
              f"built {card.get('built', '?')}")
        counts = card.get("per_country", {})
        print("  " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
        for line in card.get("credit", []):
            print(f"  credit: {line}")
    return 0


def cmd_train(args) -> int:
    from pathlib import Path

    from rasd.train import train

    train(Path(args.gold), Path(args.negatives) if args.negatives else None,
          Path(args.output) if args.output else None,
          sentences_path=Path(args.sentences) if args.sentences else None,
          extended_path=Path(args.extended_gazetteer) if args.extended_gazetteer else None)
    return 0


def cmd_train_merge(args) -> int:
    from pathlib import Path

    from rasd.train_merge import train_merge

    train_merge(Path(args.gold), Path(args.output) if args.output else None)
    return 0


def cmd_train_reports(args) -> int:
    from pathlib import Path

    from rasd.train_reports import train_reports

    train_reports(Path(args.sentences), Path(args.output) if args.output else None)
    return 0


COMMANDS = {"train": cmd_train, "train-reports": cmd_train_reports, "train-merge": cmd_train_merge, "gazetteer": cmd_gazetteer, "extract": cmd_extract, "ingest": cmd_ingest, "watch": cmd_watch, "run": cmd_run,
            "export": cmd_export, "stats": cmd_stats, "serve": cmd_serve, "batch": cmd_batch, "alerts": cmd_alerts, "explain": cmd_explain, "changes": cmd_changes}
