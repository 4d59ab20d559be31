"""The feed watcher against a real HTTP server on loopback."""
import http.server
import json
import threading

import pytest

from rasd.cli.main import main
from rasd.errors import InputError
from rasd.ingest.watch import WatchState, parse_every, poll
from tests.ingest.conftest import STORY

ITEM = ("<item><title>خبر {n}</title><link>http://news.invalid/{n}</link><guid>g{n}</guid>"
        "<pubDate>Tue, 04 Jun 2019 09:30:00 GMT</pubDate><description>{text}</description></item>")


class Feed:
    """A feed that answers conditional GETs the way news sites do."""

    def __init__(self):
        self.items = [ITEM.format(n=1, text=" ".join(STORY))]
        self.requests = []  # (If-None-Match, status)

    def body(self) -> bytes:
        return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>وكالة</title>"
                + "".join(self.items) + "</channel></rss>").encode("utf-8")

    def etag(self) -> str:
        return f'"v{len(self.items)}"'


@pytest.fixture
def feed_server():
    feed = Feed()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.headers.get("If-None-Match") == feed.etag():
                feed.requests.append((self.headers.get("If-None-Match"), 304))
                self.send_response(304)
                self.end_headers()
                return
            feed.requests.append((self.headers.get("If-None-Match"), 200))
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", feed.etag())
            self.end_headers()
            self.wfile.write(feed.body())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield feed, f"http://127.0.0.1:{server.server_port}/feed.xml"
    server.shutdown()


def test_second_poll_is_conditional_and_only_new_items_are_read(feed_server):
    feed, url = feed_server
    state, errors = WatchState(), []
    assert [a.id for a in poll([url], state, errors, follow_links=False, allow_private=True)] == ["g1"]
    assert list(poll([url], state, errors, follow_links=False, allow_private=True)) == []
    assert feed.requests[-1] == ('"v1"', 304)
    feed.items.append(ITEM.format(n=2, text=STORY[1] + " " + STORY[2]))
    feed.items.append(ITEM.format(n=3, text=" ".join(STORY)))  # same text as item 1, new URL
    assert [a.id for a in poll([url], state, errors, follow_links=False, allow_private=True)] == ["g2"]
    assert errors == []


def test_cli_watch_appends_events_and_remembers_across_runs(feed_server, tmp_path):
    feed, url = feed_server
    out = tmp_path / "events.jsonl"
    assert main(["watch", url, "-o", str(out), "--every", "0s", "--polls", "2", "--allow-private"]) == 0
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["g1"]
    assert (tmp_path / "events.jsonl.watch.json").exists()
    feed.items.append(ITEM.format(n=2, text=STORY[1] + " " + STORY[2]))
    assert main(["watch", url, "-o", str(out), "--every", "0s", "--polls", "1", "--allow-private"]) == 0
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["g1", "g2"]


def test_unreachable_feed_is_an_error_line_not_a_crash(tmp_path):
    errors = []
    assert list(poll(["http://127.0.0.1:9/feed.xml"], WatchState(), errors, allow_private=True)) == []
    assert errors and "could not fetch" in errors[0]


@pytest.mark.parametrize("text, seconds", [("10m", 600), ("30s", 30), ("2h", 7200), ("5", 5)])
def test_every_reads_units(text, seconds):
    assert parse_every(text) == seconds


def test_bad_every_is_a_clear_error():
    with pytest.raises(InputError, match="--every"):
        parse_every("soon")


def test_a_watcher_killed_after_writing_but_before_saving_its_state_writes_nothing_twice(feed_server, tmp_path):
    feed, url = feed_server
    out = tmp_path / "events.jsonl"
    assert main(["watch", url, "-o", str(out), "--every", "0s", "--polls", "1", "--allow-private"]) == 0
    (tmp_path / "events.jsonl.watch.json").unlink()  # as if killed before the state was saved
    assert main(["watch", url, "-o", str(out), "--every", "0s", "--polls", "1", "--allow-private"]) == 0
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["g1"]
