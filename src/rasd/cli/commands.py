"""One function per subcommand: call the library, report, choose the exit code."""
from __future__ import annotations

import sys

from rasd.jsonl import open_input, read_articles, write_result
from rasd.pipeline import extract_many, load_resources


def cmd_extract(args) -> int:
    errors: list[str] = []
    res = load_resources()
    stream = open_input(args.input)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    n = events = 0
    try:
        for result in extract_many(read_articles(stream, args.input, errors), res):
            write_result(result, out)
            n += 1
            events += len(result.events)
    finally:
        if out is not sys.stdout:
            out.close()
        if stream is not sys.stdin:
            stream.close()
    for msg in errors:
        print(f"rasd: skipped: {msg}", file=sys.stderr)
    print(f"rasd: {n} articles, {events} events, {len(errors)} input lines skipped", file=sys.stderr)
    return 2 if errors else 0


COMMANDS = {"extract": cmd_extract}
