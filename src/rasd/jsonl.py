"""Read articles from JSONL and write results as JSONL."""
from __future__ import annotations

import dataclasses
import json
import logging
import sys
from pathlib import Path
from typing import IO, Iterator

from rasd.errors import InputError
from rasd.pipeline import as_date
from rasd.records import Article, Result

log = logging.getLogger(__name__)


def article_from_dict(d: dict, where: str) -> Article:
    if not isinstance(d, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(d).__name__}")
    if "id" not in d or d["id"] in (None, ""):
        raise InputError(f"{where}: article has no 'id'")
    text = d.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: article {d['id']!r} has no 'text' string")
    published = d.get("published")
    pub = as_date(published)
    if published not in (None, "") and pub is None:
        raise InputError(f"{where}: article {d['id']!r}: 'published' {published!r} is not YYYY-MM-DD")
    return Article(id=str(d["id"]), text=text, published=pub, title=d.get("title"),
                   url=d.get("url"), source=d.get("source"))


def read_articles(stream: IO[str], name: str, errors: list[str]) -> Iterator[Article]:
    """Articles from a JSONL stream; a bad line is logged into ``errors`` and skipped."""
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            yield article_from_dict(json.loads(line), where)
        except json.JSONDecodeError as exc:
            msg = f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); line skipped"
            log.debug(msg)
            errors.append(msg)
        except InputError as exc:
            log.debug("%s; line skipped", exc)
            errors.append(f"{exc}; line skipped")


def open_input(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    return p.open(encoding="utf-8", errors="replace")


def event_dict(e) -> dict:
    return dataclasses.asdict(e)


def article_dict(a) -> dict:
    d = dataclasses.asdict(a)
    d["published"] = a.published.isoformat() if a.published else None
    return d


def result_dict(r: Result) -> dict:
    return {"id": r.id, "published": r.published.isoformat() if r.published else None,
            "events": [event_dict(e) for e in r.events], "warnings": r.warnings}


def write_result(r: Result, out: IO[str]) -> None:
    out.write(json.dumps(result_dict(r), ensure_ascii=False) + "\n")
