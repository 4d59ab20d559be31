"""Read articles from JSONL and write results as JSONL."""
from __future__ import annotations

import dataclasses
import json
import logging
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from rasd.errors import InputError
from rasd.pipeline import as_date
from rasd.records import Article, Result

log = logging.getLogger(__name__)

# The longest news article in 17,797 real ones was under 100,000 characters; a text far past that
# is a dump or an attack, and the reader's cost grows with it. A line is read at most this long.
MAX_TEXT_CHARS = 400_000
MAX_LINE_BYTES = 6 * MAX_TEXT_CHARS + 65_536  # room for a text written as \uXXXX escapes
MAX_ID_CHARS = 2_000
OPTIONAL_STRINGS = ("title", "url", "source")


class LineTooLong(bytes):
    """Marks a line cut at MAX_LINE_BYTES (its rest was skipped unread)."""


def bounded_lines(stream: IO[bytes], *, stop_at: int | None = None) -> Iterator[bytes]:
    """Lines of a binary stream, none held longer than MAX_LINE_BYTES: memory stays bounded
    whatever the input. A longer line comes as an empty LineTooLong."""
    while stop_at is None or stream.tell() < stop_at:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:  # skip the rest of the line a chunk at a time
                rest = stream.readline(MAX_LINE_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
            yield LineTooLong()
            continue
        yield line


def decode_line(line: bytes | str) -> str:
    """UTF-8, else the Arabic code pages as pages are decoded (ingest/decode.py)."""
    if isinstance(line, str):
        return line
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        from rasd.ingest.decode import decode_bytes
        return decode_bytes(line, where="line")


def _valid_text(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:  # a lone surrogate ("\ud800"): no output could hold it
        return False


def article_from_dict(d: dict, where: str) -> Article:
    if not isinstance(d, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(d).__name__}")
    if "id" not in d or d["id"] in (None, ""):
        raise InputError(f"{where}: article has no 'id'")
    if not isinstance(d["id"], (str, int)) or isinstance(d["id"], bool) or len(str(d["id"])) > MAX_ID_CHARS:
        raise InputError(f"{where}: 'id' must be a string or a number of at most {MAX_ID_CHARS} characters")
    article_id = str(d["id"])
    text = d.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: article {article_id!r} has no 'text' string")
    if not text.strip():
        raise InputError(f"{where}: article {article_id!r} has an empty text")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{where}: article {article_id!r} is {len(text):,} characters long, over the "
                         f"limit of {MAX_TEXT_CHARS:,} for one article")
    for key in OPTIONAL_STRINGS:
        if d.get(key) is not None and not isinstance(d[key], str):
            raise InputError(f"{where}: article {article_id!r}: {key!r} must be a string, "
                             f"not {type(d[key]).__name__}")
    for key in ("id", "text") + OPTIONAL_STRINGS:
        if isinstance(d.get(key), str) and not _valid_text(d[key]):
            raise InputError(f"{where}: article {article_id!r}: {key!r} holds a lone surrogate "
                             "(invalid Unicode)")
    published = d.get("published")
    if published is not None and not isinstance(published, str):
        raise InputError(f"{where}: article {article_id!r}: 'published' must be a YYYY-MM-DD string")
    pub = as_date(published)
    if published not in (None, "") and pub is None:
        raise InputError(f"{where}: article {article_id!r}: 'published' {published!r} is not YYYY-MM-DD")
    return Article(id=article_id, text=text, published=pub, title=d.get("title"),
                   url=d.get("url"), source=d.get("source"))


def read_articles(lines: Iterable[bytes | str], name: str, errors: list[str], *,
                  first_line: int = 1) -> Iterator[Article]:
    """Articles from JSONL lines; a bad line is logged into ``errors`` and skipped."""
    for n, line in enumerate(lines, first_line):
        where = f"{name}:{n}"
        try:
            if isinstance(line, LineTooLong):
                raise InputError(f"{where}: line over {MAX_LINE_BYTES:,} bytes (an article is at most "
                                 f"{MAX_TEXT_CHARS:,} characters)")
            line = decode_line(line)
            if not line.strip():
                continue
            yield article_from_dict(json.loads(line), where)
        except json.JSONDecodeError as exc:
            msg = f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); line skipped"
            log.debug(msg)
            errors.append(msg)
        except RecursionError:
            errors.append(f"{where}: JSON nested too deeply; line skipped")
        except InputError as exc:
            log.debug("%s; line skipped", exc)
            errors.append(f"{exc}; line skipped")


def open_input(path: str) -> IO[bytes]:
    """A JSONL input as bytes (lines are decoded one by one: UTF-8 or an Arabic code page)."""
    if path == "-":
        return sys.stdin.buffer
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    return p.open("rb")


def event_dict(e) -> dict:
    return dataclasses.asdict(e)


def article_dict(a) -> dict:
    d = dataclasses.asdict(a)
    d["published"] = a.published.isoformat() if a.published else None
    return d


def result_dict(r: Result) -> dict:
    return {"id": r.id, "published": r.published.isoformat() if r.published else None,
            "events": [event_dict(e) for e in r.events], "warnings": r.warnings,
            # what kinds of event the text reports, placed or not (choose/reports.py)
            "labels": [label for label, rep in r.reports.items() if rep.reported],
            "reports": {label: {"probability": rep.probability,
                                "evidence": [rep.evidence.start, rep.evidence.end, rep.evidence.text] if rep.evidence else None}
                        for label, rep in r.reports.items()}}


def write_result(r: Result, out: IO[str]) -> None:
    out.write(json.dumps(result_dict(r), ensure_ascii=False) + "\n")
