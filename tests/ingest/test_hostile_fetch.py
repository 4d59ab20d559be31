"""Fetching what feeds and users point at: no local files, no private addresses, bounded size and
time (issue 15). Servers are real, on loopback."""
import http.server
import threading
import time

import pytest

from rasd.ingest import IngestReport, ingest, web
from rasd.ingest.watch import WatchState, poll
from tests.ingest.conftest import STORY, page

LOOPBACK_OK = web.Limits(allow_private=True)


def serve(handler_body):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            handler_body(self)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "file://localhost/etc/hostname", "file:/etc/hostname",
                                 "ftp://example.org/x", "data:text/html,<p>x</p>", "/etc/passwd"])
def test_non_http_urls_are_refused(url):
    with pytest.raises(web.BlockedURL, match="only http and https"):
        web.get(url)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "192.168.0.1", "169.254.169.254",
                                  "[::1]", "0.0.0.0"])
def test_private_and_loopback_addresses_are_refused_by_default(host):
    with pytest.raises(web.BlockedURL, match="private, loopback or reserved"):
        web.get(f"http://{host}:9/feed.xml")


def test_feed_link_to_a_local_file_is_not_read(tmp_path):
    secret = tmp_path / "secret.html"
    secret.write_text(page(), encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_text(
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>و</title>"
        f"<item><title>خبر</title><link>file://{secret}</link><description>موجز قصير</description></item>"
        "</channel></rss>", encoding="utf-8")
    report = IngestReport()
    articles = list(ingest([str(feed)], report, follow_links=True, arabic_only=False))
    assert all(STORY[0][:20] not in a.text for a in articles)
    assert any("only http and https" in e for e in report.errors)


def test_redirect_to_a_file_url_is_refused():
    def redirect(h):
        h.send_response(302)
        h.send_header("Location", "file:///etc/passwd")
        h.end_headers()
    server, base = serve(redirect)
    try:
        with pytest.raises(web.BlockedURL, match="only http and https"):
            web.get(f"{base}/x", limits=LOOPBACK_OK)
    finally:
        server.shutdown()


def test_redirect_to_loopback_is_refused_when_private_addresses_are_not_allowed(monkeypatch):
    # the first hop "is public" (as if a public site redirected to 127.0.0.1); the second is checked
    def redirect(h):
        h.send_response(302)
        h.send_header("Location", f"http://127.0.0.1:{h.server.server_port}/inside")
        h.end_headers()
    server, base = serve(redirect)
    calls = []
    real = web.is_public

    def first_hop_public(address):
        calls.append(address)
        return len(calls) == 1 or real(address)
    monkeypatch.setattr(web, "is_public", first_hop_public)
    try:
        with pytest.raises(web.BlockedURL, match="private"):
            web.get(f"{base}/x")
    finally:
        server.shutdown()
    assert len(calls) == 2


def test_a_response_over_the_size_limit_is_cut_off_with_a_message():
    def big(h):
        h.send_response(200)
        h.end_headers()  # no Content-Length: the limit must hold while streaming
        for _ in range(64):
            h.wfile.write(b"x" * 65536)
    server, base = serve(big)
    try:
        with pytest.raises(web.InputError, match="over the 1 MiB limit"):
            web.get(base, limits=web.Limits(max_bytes=2**20, allow_private=True))
    finally:
        server.shutdown()


def test_a_server_sending_a_byte_a_second_hits_the_total_deadline():
    def slow(h):
        h.send_response(200)
        h.end_headers()
        try:
            for _ in range(30):
                h.wfile.write(b"x")
                h.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass
    server, base = serve(slow)
    try:
        t0 = time.monotonic()
        with pytest.raises(web.InputError, match="within 1 s"):
            web.get(base, limits=web.Limits(deadline=1, allow_private=True))
        assert time.monotonic() - t0 < 4
    finally:
        server.shutdown()


def test_watch_can_be_told_not_to_follow_links():
    hits = []

    def feed(h):
        hits.append(h.path)
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.end_headers()
        link = f"http://127.0.0.1:{h.server.server_port}/story"
        h.wfile.write(("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>و</title>"
                       f"<item><title>خبر</title><link>{link}</link><description>{STORY[0][:80]}"
                       "</description></item></channel></rss>").encode("utf-8"))
    server, base = serve(feed)
    try:
        errors = []
        articles = list(poll([f"{base}/feed.xml"], WatchState(), errors, follow_links=False, allow_private=True))
    finally:
        server.shutdown()
    assert len(articles) == 1 and hits == ["/feed.xml"]
