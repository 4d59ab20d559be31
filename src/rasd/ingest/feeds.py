"""RSS 2.0 / Atom feeds -> Articles, optionally following each item's link."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
import html
import re
from typing import Callable, Iterator

from rasd.errors import InputError
from rasd.ingest.html import article_from_html
from rasd.ingest.text import with_text_facts
from rasd.records import Article

SUMMARY_ONLY = 400  # characters: a shorter item text is a teaser, the story is on the page
_TAG = re.compile(r"<[^>]+>")


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _plain(markup: str) -> str:
    return html.unescape(_TAG.sub(" ", markup or "")).strip()


def articles_from_feed(data: bytes, *, where: str,
                       fetch: Callable[[str], tuple[bytes, str | None]] | None = None,
                       errors: list[str] | None = None) -> Iterator[Article]:
    """Items of a feed. With ``fetch``, an item with only a summary is read from its page."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise InputError(f"{where}: not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        body = entry.get("content", [{}])[0].get("value") if entry.get("content") else None
        text = _plain(body or entry.get("summary", ""))
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(*stamp[:3]) if stamp else None
        if fetch is not None and link and len(text) < SUMMARY_ONLY:
            try:
                page, header = fetch(link)
                full = article_from_html(page, where=link, url=link, header=header)
                yield replace(full, published=published or full.published,
                              title=entry.get("title") or full.title, url=link,
                              source=outlet or full.source)
                continue
            except InputError as exc:
                if errors is not None:
                    errors.append(f"{where}: item {n}: {exc}; using the feed's summary")
        if not text:
            if errors is not None:
                errors.append(f"{where}: item {n} has no text; skipped")
            continue
        yield with_text_facts(Article(id=entry.get("id") or link or f"{where}#{n}", text=text,
                                      published=published, title=entry.get("title"), url=link, source=outlet))
