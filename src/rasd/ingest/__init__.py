"""Ingest: saved pages, feeds, web archives, JSONL and text files -> Articles.

``ingest(sources)`` walks files, directories and URLs, yields Articles, and
collects one line per input that could not be read in ``report.errors``;
a bad input never stops the run.
"""
from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from rasd.errors import InputError
from rasd.ingest.feeds import articles_from_feed, looks_like_feed
from rasd.ingest.html import MAX_PAGE_BYTES, article_from_html
from rasd.ingest.text import with_text_facts
from rasd.ingest.warc import articles_from_warc
from rasd.records import Article

log = logging.getLogger(__name__)
HTML = (".html", ".htm", ".xhtml", ".shtml")
FEEDS = (".xml", ".rss", ".atom")
WARCS = (".warc", ".warc.gz")


@dataclass
class IngestReport:
    articles: int = 0
    skipped_language: int = 0
    errors: list[str] = field(default_factory=list)  # one line per failed input or record
    failed_inputs: int = 0


def fetch(url: str, *, allow_private: bool = False) -> tuple[bytes, str | None]:
    """GET a URL the user gave (or a feed item's link): http(s) to public addresses only
    (unless ``allow_private``), bounded in size and time (ingest/web.py)."""
    from rasd.ingest import web
    resp = web.get(url, limits=web.Limits(max_bytes=MAX_PAGE_BYTES, allow_private=allow_private))
    return resp.body or b"", resp.headers.get("Content-Type")


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise InputError(f"{path}: {size // 2**20} MiB is too large for one article or feed "
                         f"(limit {MAX_PAGE_BYTES // 2**20} MiB); skipped")


def _text_file(path: Path) -> Article:
    from rasd.ingest.decode import decode_bytes
    _check_size(path)
    text = decode_bytes(path.read_bytes(), where=str(path))
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return with_text_facts(Article(id=str(path), text=text))


def _jsonl(path: Path, errors: list[str]) -> Iterator[Article]:
    from rasd.jsonl import bounded_lines, read_articles
    with path.open("rb") as fh:
        for a in read_articles(bounded_lines(fh), str(path), errors):
            yield with_text_facts(a)


def _from_file(path: Path, errors: list[str], follow_links) -> Iterator[Article]:
    name = path.name.lower()
    if name.endswith(WARCS):
        yield from articles_from_warc(str(path), errors=errors)
    elif name.endswith(".jsonl"):
        yield from _jsonl(path, errors)
    elif name.endswith(".txt"):
        yield _text_file(path)
    elif name.endswith(HTML + FEEDS):
        _check_size(path)
        data = path.read_bytes()
        if looks_like_feed(data):
            yield from articles_from_feed(data, where=str(path), errors=errors,
                                          fetch=follow_links or None)
        else:
            yield article_from_html(data, where=str(path), default_id=str(path))
    else:
        raise InputError(f"{path}: unknown kind of file (expected {', '.join(HTML + FEEDS + WARCS)}, "
                         ".jsonl or .txt)")


def _from_url(url: str, errors: list[str], follow_links, get) -> Iterator[Article]:
    data, ctype = get(url)
    if looks_like_feed(data):
        yield from articles_from_feed(data, where=url, errors=errors, fetch=follow_links or None)
    else:
        yield article_from_html(data, where=url, url=url, header=ctype)


def input_paths(sources: Iterable[str]) -> Iterator[str]:
    """Each source as given, a directory as the readable files below it (sorted)."""
    for source in sources:
        if source.startswith(("http://", "https://")):
            yield source
        elif os.path.isdir(source):
            for root, _dirs, files in sorted(os.walk(source)):
                for f in sorted(files):
                    if f.lower().endswith(HTML + FEEDS + WARCS + (".jsonl", ".txt")):
                        yield os.path.join(root, f)
        else:
            yield source


def ingest(sources: Iterable[str], report: IngestReport | None = None, *,
           follow_links: bool = False, arabic_only: bool = True,
           allow_private: bool = False) -> Iterator[Article]:
    """Articles from every source; failures and skips go to ``report``.

    URLs (given, or feed links with ``follow_links``) are fetched only over http(s) from public
    addresses unless ``allow_private``."""
    report = report if report is not None else IngestReport()
    get = functools.partial(fetch, allow_private=allow_private)
    follow = get if follow_links else None
    for source in input_paths(sources):
        errors: list[str] = []
        try:
            if source.startswith(("http://", "https://")):
                items = _from_url(source, errors, follow, get)
            else:
                path = Path(source)
                if not path.exists():
                    raise InputError(f"{source}: no such file or directory")
                items = _from_file(path, errors, follow)
            for article in items:
                if arabic_only and article.language != "ar":
                    report.skipped_language += 1
                    log.info("%s: not Arabic text; skipped", article.id)
                    continue
                report.articles += 1
                yield article
        except InputError as exc:
            errors.append(str(exc))
        if errors:
            report.failed_inputs += 1
            report.errors.extend(errors)
