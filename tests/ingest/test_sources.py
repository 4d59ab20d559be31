"""Feeds, archives, JSONL, directories and URLs, through ``rasd.ingest`` and the CLI."""
import http.server
import io
import json
import threading

import pytest

from rasd.cli.main import main
from rasd.ingest import IngestReport, ingest
from rasd.ingest.text import content_hash, similarity_key
from tests.ingest.conftest import STORY, page

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title><link>http://127.0.0.1/</link>
<item><title>اشتباكات في درنة</title><link>{link1}</link><guid>item-1</guid>
<pubDate>Tue, 04 Jun 2019 09:30:00 GMT</pubDate><description>{full}</description></item>
<item><title>مختصر</title><link>{link2}</link><guid>item-2</guid>
<pubDate>Wed, 05 Jun 2019 08:00:00 GMT</pubDate><description>قصف على أطراف المدينة.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع الاختبار</title><id>urn:test</id>
<updated>2019-06-04T10:00:00Z</updated>
<entry><title>اشتباكات</title><id>urn:e1</id><link href="http://127.0.0.1/e1"/>
<updated>2019-06-04T10:00:00Z</updated><content type="html">{full}</content></entry></feed>"""


def run_ingest(*sources, **kw):
    report = IngestReport()
    return list(ingest([str(s) for s in sources], report, **kw)), report


def test_rss_items_become_articles_with_feed_dates(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(RSS.format(link1="http://127.0.0.1:9/a", link2="http://127.0.0.1:9/b",
                            full=" ".join(STORY)), encoding="utf-8")
    articles, report = run_ingest(f)
    assert [a.id for a in articles] == ["item-1", "item-2"]
    assert str(articles[0].published) == "2019-06-04" and articles[0].source == "وكالة الاختبار"
    assert report.failed_inputs == 0


def test_atom_entry_content_is_the_text(tmp_path):
    f = tmp_path / "feed.atom"
    f.write_text(ATOM.format(full=" ".join(STORY)), encoding="utf-8")
    (article,), _ = run_ingest(f)
    assert STORY[0][:30] in article.text and str(article.published) == "2019-06-04"


@pytest.fixture
def local_site():
    """A real HTTP server on loopback serving one article page."""
    body = page().encode("utf-8")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_summary_only_feed_items_follow_their_link(tmp_path, local_site):
    f = tmp_path / "feed.xml"
    f.write_text(RSS.format(link1=f"{local_site}/a", link2=f"{local_site}/b", full="موجز"),
                 encoding="utf-8")
    articles, _ = run_ingest(f, follow_links=True, allow_private=True)  # the site is on loopback
    assert all(STORY[1][:30] in a.text for a in articles)
    assert articles[1].url.endswith("/b") and str(articles[1].published) == "2019-06-05"


def test_page_url_is_fetched(local_site):
    (article,), report = run_ingest(f"{local_site}/story", allow_private=True)
    assert article.url.endswith("/story") and STORY[0][:30] in article.text


def _warc(records: list[tuple[str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def test_warc_gz_html_responses_become_articles(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(_warc([("http://site/a", page().encode()), ("http://site/b", page(STORY[::-1]).encode())]))
    articles, report = run_ingest(f)
    assert [a.url for a in articles] == ["http://site/a", "http://site/b"]
    assert report.failed_inputs == 0


def test_truncated_warc_keeps_what_it_read_and_names_the_offset(tmp_path):
    data = _warc([("http://site/a", page().encode()), ("http://site/b", page(STORY[::-1]).encode())])
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(data[: len(data) - 300])
    articles, report = run_ingest(f)
    assert [a.url for a in articles] == ["http://site/a"]
    assert report.failed_inputs == 1 and "offset" in report.errors[0] and "cut.warc.gz" in report.errors[0]


def test_malformed_jsonl_line_is_named_and_the_rest_read(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "a", "text": STORY[0]}, ensure_ascii=False) + "\n{broken\n"
                 + json.dumps({"id": "b", "text": STORY[1]}, ensure_ascii=False) + "\n", encoding="utf-8")
    articles, report = run_ingest(f)
    assert [a.id for a in articles] == ["a", "b"]
    assert report.errors == [f"{f}:2: not valid JSON (Expecting property name enclosed in double quotes "
                             "at column 2); line skipped"]


def test_non_arabic_article_is_skipped_with_a_count(tmp_path):
    f = tmp_path / "en.txt"
    f.write_text("Clashes broke out on Tuesday in the city of Derna, local sources said.", encoding="utf-8")
    articles, report = run_ingest(f)
    assert articles == [] and report.skipped_language == 1 and report.failed_inputs == 0


@pytest.mark.parametrize("name", ["huge.html", "huge.txt", "huge.xml"])
def test_huge_file_is_refused_without_being_read(tmp_path, name):
    f = tmp_path / name
    with f.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: takes no disk, and must not be loaded
    articles, report = run_ingest(f)
    assert articles == [] and "200 MiB is too large" in report.errors[0]


def test_huge_jsonl_is_streamed_line_by_line(tmp_path):
    import resource
    f = tmp_path / "big.jsonl"
    line = json.dumps({"id": "x", "text": " ".join(STORY)}, ensure_ascii=False) + "\n"
    with f.open("w", encoding="utf-8") as fh:
        for n in range(15_000):  # ~15 MB
            fh.write(line.replace('"x"', f'"{n}"'))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = IngestReport()
    count = sum(1 for _ in ingest([str(f)], report))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert count == 15_000 and grown_mb < 30


def test_near_duplicates_share_a_similarity_key_not_a_hash():
    a = " ".join(STORY)
    b = "(وكالات) " + a.replace("أربعة مسلحين", "أربعة من المسلحين") + " المزيد من التفاصيل لاحقا."
    assert content_hash(a) != content_hash(b)
    assert similarity_key(a) == similarity_key(b)
    assert similarity_key(a) != similarity_key("تظاهر مئات الطلاب أمام وزارة التعليم في العاصمة "
                                              "للمطالبة بتحسين ظروف الدراسة وخفض الرسوم الجامعية")


def test_cli_ingest_extracts_a_directory_and_counts_failed_inputs(tmp_path, capsys):
    d = tmp_path / "pages"
    d.mkdir()
    (d / "good.html").write_text(page(), encoding="utf-8")
    (d / "empty.html").write_bytes(b"")
    (d / "notes.md").write_text("ignored", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    assert main(["ingest", str(d), "--extract", "-o", str(out)]) == 1
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["published"] == "2019-06-04" and line["events"]
    assert "empty.html: empty page" in capsys.readouterr().err


def test_cli_ingest_writes_articles_with_hash_and_key(tmp_path):
    f = tmp_path / "a.html"
    f.write_text(page(), encoding="utf-8")
    out = tmp_path / "articles.jsonl"
    assert main(["ingest", str(f), "-o", str(out)]) == 0
    (a,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert a["language"] == "ar" and len(a["content_hash"]) == 40 and a["similarity_key"]


def test_similarity_keys_stay_what_earlier_versions_stored():
    # a stored key must keep meaning the same text: pinned when the key was made faster
    text = "قصفت الطائرات الحربية مواقع للمسلحين في ريف المدينة الشمالي صباح اليوم وقتل خمسة منهم"
    assert similarity_key(text) == "3b0df61fc4c34aa3"


def test_a_warc_record_over_the_page_limit_is_skipped_unread_and_the_next_is_read(tmp_path, monkeypatch):
    from rasd.ingest import warc
    monkeypatch.setattr(warc, "MAX_PAGE_BYTES", 100_000)
    monkeypatch.setattr(warc, "RECORD_SLACK", 10_000)
    big = b"<html><head><title>x</title></head><body>" + b"a" * 400_000 + b"</body></html>"
    f = tmp_path / "a.warc.gz"
    f.write_bytes(_warc([("http://news.invalid/big", big), ("http://news.invalid/ok", page().encode("utf-8"))]))
    articles, report = run_ingest(f)
    assert [a.url for a in articles] == ["http://news.invalid/ok"]
    assert any("too large for a web page" in e and "offset" in e for e in report.errors)


def test_an_empty_warc_is_an_error_line(tmp_path):
    f = tmp_path / "empty.warc.gz"
    f.write_bytes(b"")
    articles, report = run_ingest(f)
    assert articles == [] and report.failed_inputs == 1 and "empty file" in report.errors[0]
