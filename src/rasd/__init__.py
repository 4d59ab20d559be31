"""rasd (رصد): Arabic conflict news -> ACLED-style event records."""
from __future__ import annotations

import logging

from rasd.errors import RasdError
from rasd.pipeline import STAGES, extract as _extract, load_resources
from rasd.records import Article, Event, Result

__version__ = "0.1.0"
__all__ = ["extract", "extract_result", "load_resources", "Article", "Event", "Result",
           "RasdError", "STAGES"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def _as_article(article) -> Article:
    if isinstance(article, Article):
        return article
    if isinstance(article, str):
        return Article(id="text", text=article)
    from rasd.jsonl import article_from_dict
    return article_from_dict(article, "extract()")


def extract_result(article, res=None) -> Result:
    """Events plus resolved publication date and warnings for one article."""
    return _extract(_as_article(article), res)


def extract(article, res=None) -> list[Event]:
    """The events of one article (an Article, a dict in the JSONL shape, or plain text)."""
    return extract_result(article, res).events
