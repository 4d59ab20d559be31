"""The REST API over real HTTP."""
import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.serve.conftest import TOKEN


def get(base, path, **params):
    url = f"{base}{path}" + (f"?{urllib.parse.urlencode(params)}" if params else "")
    try:
        with urllib.request.urlopen(url, timeout=20) as r:
            return r.status, r.headers.get("content-type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("content-type", ""), e.read()


def get_json(base, path, **params):
    status, _, body = get(base, path, **params)
    assert status == 200, body
    return json.loads(body)


def post(base, body: bytes, token=None):
    req = urllib.request.Request(f"{base}/articles", data=body, method="POST",
                                 headers={"Content-Type": "application/json",
                                          **({"Authorization": f"Bearer {token}"} if token else {})})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def test_events_filter_by_country_and_type(server):
    events = get_json(server, "/events", country="Syria", type="Battles")["events"]
    assert events and all(e["country"] == "Syria" and e["event_type"] == "Battles" for e in events)
    assert "evidence" not in events[0]


def test_two_outlets_reporting_one_clash_are_one_event_with_both_articles(server):
    (clash,) = get_json(server, "/events", country="Syria", type="Battles", since="2019-05-14",
                        until="2019-05-14")["events"]
    detail = get_json(server, f"/events/{clash['event_id']}")
    assert {r["article_id"] for r in detail["reports"]} == {"example-syria-clash", "sample-idlib-clash-outlet2"}
    assert detail["fatalities_reported"] == [10, 12] and clash["fatalities"] == 10
    assert detail["denied_by"] == ["State media"]


def test_cursor_pages_walk_all_events(server):
    seen, cursor = [], None
    while True:
        params = {"limit": 5, **({"cursor": cursor} if cursor else {})}
        page = get_json(server, "/events", **params)
        seen += [e["event_id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == len(get_json(server, "/events", limit=1000)["events"])


def test_article_text_comes_with_escaped_html_and_marked_evidence(server):
    article = get_json(server, "/articles/sample-taiz-shelling")
    assert article["text"].startswith("قصفت")
    assert '<mark class="ev-type"' in article["highlighted_html"]
    assert {s["field"] for s in article["spans"]} >= {"type", "place", "date", "fatalities"}
    for s in article["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(article["text"])


def test_stats_and_alerts(server):
    stats = get_json(server, "/stats")
    assert sum(r["events"] for r in stats["country"]) == len(get_json(server, "/events", limit=1000)["events"])
    alerts = get_json(server, "/alerts", until="2019-05-14")["alerts"]
    assert all({"rule", "threshold", "message"} <= set(a) for a in alerts)
    assert any(a["kind"] == "surge_events" and a["admin1"] == "Idleb" for a in alerts)


def test_csv_and_geojson_exports_stream_the_filtered_events(server):
    status, ctype, body = get(server, "/export.csv", country="Yemen")
    assert status == 200 and ctype.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert rows and {r["country"] for r in rows} == {"Yemen"}
    status, _, body = get(server, "/export.geojson", type="Protests")
    features = json.loads(body)["features"]
    assert features and {f["properties"]["event_type"] for f in features} == {"Protests"}


@pytest.mark.parametrize("params", [
    {"country": "' OR '1'='1"}, {"q": "%' ; DROP TABLE events; --"}, {"actor": "\\x00\\"},
    {"since": "2019-13-45"}, {"bbox": "a,b,c,d"}, {"bbox": "1,2,3"}, {"limit": "100000"},
    {"limit": "-1"}, {"cursor": "!!!"}, {"sort": "fatalities; --"}, {"country": "x" * 5000},
    {"q": "ا" * 300},
], ids=lambda p: next(iter(p)))
def test_hostile_or_oversize_parameters_get_a_4xx_or_nothing_never_a_500(server, params):
    status, _, body = get(server, "/events", **params)
    assert status == 200 and json.loads(body)["events"] == [] or 400 <= status < 500, (status, body)


def test_unknown_event_and_article_are_404(server):
    assert get(server, "/events/NOPE1")[0] == 404
    assert get(server, "/articles/" + urllib.parse.quote("../../etc/passwd"))[0] == 404


def test_openapi_docs_are_served(server):
    assert get(server, "/docs")[0] == 200
    assert "/events" in get_json(server, "/openapi.json")["paths"]


def test_posting_articles_needs_the_token(server):
    article = {"id": "post-1", "published": "2019-05-20", "source": "posted",
               "text": "قتل أربعة جنود يوم الأحد في كمين نصبه مسلحون قرب مدينة العريش في شمال سيناء."}
    body = json.dumps({"articles": [article]}, ensure_ascii=False).encode()
    assert post(server, body)[0] == 401
    assert post(server, body, token="wrong")[0] == 401
    status, result = post(server, body, token=TOKEN)
    assert status == 200 and len(result["events"]) == 1
    assert get_json(server, f"/events/{result['events'][0]}")["reports"][0]["article_id"] == "post-1"


@pytest.mark.parametrize("body", [b"not json", b'{"nothing": 1}', b'{"urls": ["file:///etc/passwd"]}',
                                  b'{"articles": "x"}'], ids=["not-json", "no-articles", "file-url", "not-list"])
def test_bad_posts_are_rejected_with_a_400(server, body):
    assert post(server, body, token=TOKEN)[0] == 400


def test_an_oversize_post_is_refused_from_its_declared_length(server):
    import http.client
    host, port = server.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.putrequest("POST", "/articles")
    conn.putheader("Authorization", f"Bearer {TOKEN}")
    conn.putheader("Content-Length", str(50_000_000))
    conn.endheaders()  # the body never follows: the server answers from the header
    assert conn.getresponse().status == 413


def test_a_server_started_without_a_token_refuses_posts(tmp_path):
    from rasd.serve.api import create_app
    from rasd.store import open_store
    from tests.serve.conftest import running
    with running(create_app(open_store(f"sqlite:///{tmp_path / 'r.db'}"))) as base:
        assert post(base, b'{"articles": []}', token="anything")[0] == 403


# --- hostile requests (issue 15) ------------------------------------------------------------

def test_non_ascii_bearer_token_is_a_401_not_a_500(server):
    import http.client
    host, port = server.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=20)
    conn.putrequest("POST", "/articles")
    conn.putheader("Authorization", "Bearer \xe9\xff".encode("latin-1"))
    conn.putheader("Content-Length", "2")
    conn.endheaders(b"{}")
    assert conn.getresponse().status == 401


def test_alerts_with_a_date_at_the_calendar_edge_is_a_400(server):
    status, _, body = get(server, "/alerts", until="0001-01-01")
    assert status == 400 and b"year" in body


def test_pages_send_security_headers(server):
    req = urllib.request.urlopen(f"{server}/", timeout=20)
    assert req.headers["X-Content-Type-Options"] == "nosniff"
    assert req.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in req.headers["Content-Security-Policy"]


def test_bad_posted_items_are_per_item_errors(server):
    text = "تظاهر مئات العمال اليوم أمام مقر الحكومة في مدينة صفاقس للمطالبة بزيادة الأجور"
    items = [{"id": "ok-1", "text": text, "published": "2019-05-13"},
             {"id": "ok-1", "text": text + " مجددا", "published": "2019-05-13"},  # same id, new text
             {"id": "bad-src", "text": text, "source": ["a", "list"]},
             {"id": "surrogate", "text": "x"}]
    body = json.dumps({"articles": items}, ensure_ascii=False).encode("utf-8")
    body = body.replace(b'"text": "x"', b'"text": "\\ud800"')
    status, out = post(server, body, TOKEN)
    assert status == 200, out
    joined = " ".join(out["errors"])
    assert "'source' must be a string" in joined and "lone surrogate" in joined
    assert "already stored with another text" in joined


def test_a_chunked_post_over_the_limit_is_refused_while_streaming(server):
    import http.client
    host, port = server.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    chunk = b"x" * 65536

    def body():
        for _ in range(64):  # 4 MiB, no Content-Length
            yield chunk
    conn.request("POST", "/articles", body=body(), encode_chunked=True,
                 headers={"Authorization": f"Bearer {TOKEN}", "Transfer-Encoding": "chunked"})
    assert conn.getresponse().status == 413


def test_article_ids_that_are_urls_are_served(tmp_path):
    from rasd.serve.api import create_app
    from rasd.store import open_store
    from tests.serve.conftest import running
    from rasd.pipeline import extract, load_resources
    from rasd.records import Article
    import datetime as dt
    store = open_store(f"sqlite:///{tmp_path / 'u.db'}")
    aid = "https://news.example.org/2019/06/04/story?id=7"
    article = Article(id=aid, text="قتل ثلاثة مدنيين اليوم في قصف استهدف مدينة إدلب", published=dt.date(2019, 6, 4))
    store.add(article, extract(article, load_resources()))
    with running(create_app(store)) as base:
        got = get_json(base, "/articles/" + urllib.parse.quote(aid, safe=""))
    assert got["article_id"] == aid


# --- what a new user hits (issue 18) --------------------------------------------------------------

def test_filter_values_in_any_case_are_read_and_unknown_ones_say_what_is_valid(server):
    lower = get_json(server, "/events", country="syria", type="battles")
    exact = get_json(server, "/events", country="Syria", type="Battles")
    assert lower["events"] and [e["event_id"] for e in lower["events"]] == [e["event_id"] for e in exact["events"]]
    status, _, body = get(server, "/events", type="Battle")
    assert status == 400 and b"Battles" in body and b"Explosions/Remote violence" in body
    status, _, body = get(server, "/events", country="Syra")
    assert status == 400 and b"did you mean Syria" in body


def test_every_unusable_parameter_is_a_400_with_a_sentence(server):
    for params in ({"limit": "5000"}, {"sort": "size"}, {"limit": "x"}):
        status, ctype, body = get(server, "/events", **params)
        assert status == 400 and "json" in ctype and json.loads(body)["detail"], params


def test_exports_are_attachments_and_docs_list_cursor_only_where_it_pages(server):
    req = urllib.request.urlopen(f"{server}/export.csv", timeout=20)
    assert req.headers["Content-Disposition"] == 'attachment; filename="rasd-events.csv"'
    spec = get_json(server, "/openapi.json")
    params = lambda path: {p["name"] for p in spec["paths"][path]["get"].get("parameters", [])}  # noqa: E731
    assert {"cursor", "sort"} <= params("/events")
    assert not {"cursor", "sort"} & params("/stats") and not {"cursor", "sort"} & params("/export.csv")


def test_alerts_follow_the_country_filter(server):
    everything = get_json(server, "/alerts")["alerts"]
    countries = {a["country"] for a in everything}
    assert countries, "the sample store should raise alerts"
    for country in countries:
        only = get_json(server, "/alerts", country=country)["alerts"]
        assert only and {a["country"] for a in only} == {country}, (country, everything)
