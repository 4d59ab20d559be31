import datetime as dt

import pytest

from rasd.errors import InputError
from rasd.ingest.html import article_from_html, date_from_url
from tests.ingest.conftest import STORY, page


def test_page_gives_main_text_title_outlet_and_date():
    a = article_from_html(page().encode("utf-8"), where="t.html", default_id="t.html")
    assert STORY[0][:40] in a.text and "جميع الحقوق" not in a.text and "رياضة" not in a.text
    assert a.title == "اشتباكات في درنة"
    assert a.source == "صحيفة الاختبار"
    assert a.published == dt.date(2019, 6, 4)
    assert a.language == "ar"


def test_date_is_not_invented_when_the_page_gives_none():
    paragraphs = STORY + ["وكانت المدينة قد شهدت مواجهات مماثلة في 3 مارس 2015 خلال فترة سابقة."]
    a = article_from_html(page(paragraphs, date=None).encode("utf-8"), where="t.html")
    assert a.published is None


def test_date_from_url_pattern():
    assert date_from_url("https://news.example/2019/06/04/story-1") == dt.date(2019, 6, 4)
    assert date_from_url("https://news.example/ar/20190604-story") == dt.date(2019, 6, 4)
    assert date_from_url("https://news.example/story/123456") is None


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_arabic_code_page_without_charset_is_decoded(encoding):
    html = page(charset_meta=None)
    # ISO-8859-6 lacks a few characters of the template; keep to letters it has
    html = html.replace("٢٠١٩", "2019")
    a = article_from_html(html.encode(encoding, errors="replace"), where="t.html")
    assert STORY[0][:30] in a.text


def test_utf8_with_bom_and_a_wrong_declaration_is_decoded():
    data = b"\xef\xbb\xbf" + page(charset_meta="iso-8859-1").encode("utf-8")
    assert STORY[1][:30] in article_from_html(data, where="t.html").text
    data = page(charset_meta="windows-1256").encode("utf-8")
    assert STORY[1][:30] in article_from_html(data, where="t.html").text


def test_truncated_html_still_gives_its_text():
    html = page()
    cut = html[: html.index(STORY[2][:10]) + 5]
    assert STORY[1][:30] in article_from_html(cut.encode("utf-8"), where="t.html").text


@pytest.mark.parametrize("data, message", [
    (b"", "empty page"),
    (b"   \n  ", "empty page"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary data"),
    (b"<html><body><nav>menu</nav></body></html>", "no article text"),
])
def test_unreadable_pages_raise_a_located_error(data, message):
    with pytest.raises(InputError, match=message) as err:
        article_from_html(data, where="bad.html")
    assert str(err.value).startswith("bad.html")
