"""Web page -> Article: main text, title, outlet and publication date.

Main text and metadata come from trafilatura. Its date search is limited to
metadata (meta tags, JSON-LD, the URL): the extensive search guesses dates
from anywhere in the page and invents them. When the page gives no date,
``published`` stays empty and the extractor looks for a date line in the text.
"""
from __future__ import annotations

import datetime as dt
import logging
import re

from rasd.errors import InputError
from rasd.ingest.decode import decode_bytes
from rasd.ingest.text import with_text_facts
from rasd.records import Article

log = logging.getLogger(__name__)
MAX_PAGE_BYTES = 20 * 1024 * 1024  # a news page is under 2 MB; larger is not a page
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_-]|$)")
MIN_TEXT_CHARS = 25  # less is a menu or a caption, not a news item
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def date_from_url(url: str | None) -> dt.date | None:
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def article_from_html(page: bytes | str, *, where: str, url: str | None = None,
                      header: str | None = None, default_id: str | None = None) -> Article:
    """Read one HTML page; InputError when it holds no readable article text."""
    import trafilatura

    if isinstance(page, bytes):
        if len(page) > MAX_PAGE_BYTES:
            raise InputError(f"{where}: {len(page) // 2**20} MiB is too large for a web page "
                             f"(limit {MAX_PAGE_BYTES // 2**20} MiB); skipped")
        page = decode_bytes(page, where=where, header=header)
    if not page.strip():
        raise InputError(f"{where}: empty page")
    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                      date_extraction_params=DATE_PARAMS)
    text = (doc.text if doc is not None else "") or ""
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise InputError(f"{where}: no article text found in the page")
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    published = published or date_from_url(url)
    return with_text_facts(Article(
        id=url or default_id or where, text=text, published=published, title=doc.title,
        url=url or doc.url, source=doc.sitename or doc.hostname))
