"""Publication-date accuracy of HTML ingest on pages built here with known dates.

    python scripts/pubdate_accuracy.py

Each case is a page written for this check, with its date in one place
(meta tag, JSON-LD, <time>, the URL, a date line in the text) or nowhere.
The page date comes from ingest; when ingest finds none, the extractor's
date-line reading is used, as in `rasd ingest --extract`.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.ingest.html import article_from_html  # noqa: E402
from rasd.pipeline import run  # noqa: E402

BODY = ("<p>قالت مصادر محلية إن اشتباكات اندلعت بين قوات الأمن ومسلحين في أطراف المدينة، "
        "وأسفرت عن إصابة ثلاثة أشخاص بجروح، فيما أغلقت الشرطة الطرق المؤدية إلى السوق.</p>"
        "<p>وأضافت المصادر أن الهدوء عاد إلى المنطقة بعد ساعات من التوتر.</p>")


def html(head: str = "", body_extra: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>خبر</title>{head}</head><body>"
            f"<article>{BODY}{body_extra}</article></body></html>")


CASES = [
    ("meta article:published_time", html("<meta property='article:published_time' content='2019-06-04T08:00:00Z'>"), None, dt.date(2019, 6, 4)),
    ("meta date", html("<meta name='date' content='2018-03-21'>"), None, dt.date(2018, 3, 21)),
    ("JSON-LD datePublished", html('<script type="application/ld+json">'
                                   + json.dumps({"@type": "NewsArticle", "datePublished": "2018-11-02T10:00:00+03:00"})
                                   + "</script>"), None, dt.date(2018, 11, 2)),
    ("<time datetime>", html(body_extra="<time datetime='2019-01-15T07:00'>15 يناير 2019</time>"), None, dt.date(2019, 1, 15)),
    ("URL /YYYY/MM/DD/", html(), "https://news.invalid/2018/07/09/story", dt.date(2018, 7, 9)),
    ("URL YYYYMMDD-", html(), "https://news.invalid/ar/20180410-story", dt.date(2018, 4, 10)),
    ("date line, Egyptian month", html(body_extra="<p>الخميس 19 أبريل 2018</p>"), None, dt.date(2018, 4, 19)),
    ("date line, Levantine month", html(body_extra="<p>19 نيسان 2018</p>"), None, dt.date(2018, 4, 19)),
    ("date line, numeric", html(body_extra="<p>2018/05/03</p>"), None, dt.date(2018, 5, 3)),
    ("no date anywhere", html(), None, None),
    ("old year in text only", html(body_extra="<p>وكانت المنطقة قد شهدت أحداثا مماثلة عام 2012.</p>"), None, None),
]


def main() -> None:
    right = 0
    for name, page, url, want in CASES:
        article = article_from_html(page.encode("utf-8"), where=name, url=url)
        got = article.published or run(article).published
        ok = got == want
        right += ok
        print(f"  {'ok ' if ok else 'BAD'} {name:32s} want {want}  got {got}")
    print(f"publication date: {right}/{len(CASES)} right")


if __name__ == "__main__":
    main()
