"""The web map in a real headless Chromium (Debian's package) driven by Playwright."""
import os
import shutil
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
CHROMIUM = os.environ.get("RASD_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    pytest.skip("no Chromium binary on this machine (.ci/run installs Debian's chromium)",
                allow_module_level=True)
# flags for a root user on a closed network: no sandbox, no background calls to Google
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def page(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.problems = []
        page.on("console", lambda m: m.type in ("error", "warning") and page.problems.append(m.text))
        page.on("pageerror", lambda e: page.problems.append(str(e)))
        page.on("requestfailed", lambda r: page.problems.append(f"failed: {r.url}"))
        page.goto(server + "/")
        page.wait_for_selector("body[data-ready=yes]", state="attached", timeout=20_000)
        yield page
        browser.close()


def test_page_loads_with_no_console_errors_and_draws_the_outlines(page):
    assert page.problems == []
    assert page.locator("path.leaflet-interactive, .marker-cluster").count() > 0
    assert page.locator(".leaflet-overlay-pane path").count() > 50  # country outlines, offline


def test_markers_and_clusters_hold_every_seeded_event(page):
    status = page.locator("#status").text_content()
    n = int(status.split()[0])
    singles = page.locator(".leaflet-marker-pane .marker-cluster").all_text_contents()
    in_clusters = sum(int(t) for t in singles)
    markers = page.locator(".leaflet-overlay-pane path.leaflet-interactive").count()
    assert n >= 15 and in_clusters + markers == n


def test_alerts_show_their_rule(page):
    assert "rule:" in page.locator("#alerts").text_content()


def reloaded(page, action):
    """Do ``action`` and wait until the page has fetched the events again (no string evaluation in
    the page: its Content-Security-Policy forbids it, as it should)."""
    loads = page.locator("body").get_attribute("data-loads")
    action()
    sync_api.expect(page.locator("body")).not_to_have_attribute("data-loads", loads, timeout=20_000)


def test_country_filter_changes_the_list(page):
    before = page.locator("#list li").all_text_contents()
    reloaded(page, lambda: page.select_option("#f-country", "Yemen"))
    items = page.locator("#list li").all_text_contents()
    assert 0 < len(items) < len(before) and set(items) < set(before)
    assert any("Sadah" in t for t in items) and not any("Khan Shaykhun" in t for t in items)
    reloaded(page, lambda: page.click("#f-clear"))
    assert page.locator("#list li").all_text_contents() == before


def test_clicking_an_event_shows_its_note_fields_and_rtl_evidence(page, tmp_path):
    page.locator("#list li", has_text="Khan Shaykhun").first.click()
    page.wait_for_selector("#detail .article mark")
    detail = page.locator("#detail")
    assert "clashed with" in detail.locator(".note").text_content()
    assert "State media" in detail.text_content()  # the denial shows
    articles = detail.locator(".article")
    assert articles.count() == 2  # two outlets, one event
    assert articles.first.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert "خان شيخون" in articles.first.text_content()
    marked = detail.locator(".article mark.ev-place").first.text_content()
    assert "خان شيخون" in marked
    shot = Path(os.environ.get("RASD_SCREENSHOT") or tmp_path / "map.png")
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert page.problems == []


def test_brushing_the_timeline_filters_by_date(page):
    reloaded(page, lambda: page.click("#f-clear"))  # every event in view (an earlier click zoomed in)
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    everything = page.locator("#list li").count()

    def brush():
        page.mouse.move(box["x"] + box["width"] * 0.55, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.98, y, steps=5)
        page.mouse.up()
    reloaded(page, brush)
    since, until = page.locator("#f-dates").text_content().split(" → ")
    dates = [t.split(" · ")[0] for t in page.locator("#list li").all_text_contents()]
    assert dates and len(dates) < everything and all(since <= d <= until for d in dates)
    reloaded(page, lambda: page.dblclick("#timeline"))
    assert page.locator("#list li").count() == everything


def test_api_docs_render_with_no_external_request(page, server):
    docs = page.context.browser.new_page()
    outside = []  # requests that reached the network layer for another host (CSP-blocked ones do not)

    def away(route):
        outside.append(route.request.url)
        route.abort()
    docs.route(lambda url: not url.startswith((server, "data:", "blob:")), away)
    docs.goto(server + "/docs")
    docs.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert docs.locator(".opblock-summary-path", has_text="/events").count() >= 1
    docs.goto(server + "/redoc")
    docs.wait_for_selector(".menu-content", timeout=20_000)
    docs.close()
    assert outside == []


def test_the_legend_explains_colours_sizes_and_groups(page):
    legend = page.locator(".legend")
    assert legend.count() == 1
    text = legend.text_content()
    for t in ("Battles", "Protests", "Riots", "size: fatalities", "group of nearby events"):
        assert t in text
    assert page.locator(".country-label").count() > 5  # country names on the offline base map


def test_clicking_an_event_in_the_list_zooms_to_it_and_the_panel_closes(page):
    reloaded(page, lambda: page.click("#f-clear"))  # every event in view
    item = page.locator("#list li", has_text="Kasserine").first
    item.click()
    page.wait_for_selector("#detail:not([hidden]) .note")
    sync_api.expect(page.locator("path.selected-ring")).to_have_count(1, timeout=10_000)
    ring = page.locator("path.selected-ring").bounding_box()
    view = page.locator("#map").bounding_box()  # the event is at the middle of the map now
    assert abs(ring["x"] + ring["width"] / 2 - (view["x"] + view["width"] / 2)) < 30
    assert abs(ring["y"] + ring["height"] / 2 - (view["y"] + view["height"] / 2)) < 30
    assert "the day is known" in page.locator("#detail").text_content()
    page.click("#detail-close")
    sync_api.expect(page.locator("#detail")).to_be_hidden()
    assert page.locator("path.selected-ring").count() == 0


def test_the_actor_box_suggests_names_from_english_or_arabic(page):
    page.fill("#f-actor", "hts")
    sync_api.expect(page.locator("#actors option", has_text="Hayat Tahrir")).to_have_count(1, timeout=10_000)
    page.fill("#f-actor", "هيئة تحرير")
    sync_api.expect(page.locator("#actors option", has_text="Hayat Tahrir")).to_have_count(1, timeout=10_000)
    page.fill("#f-actor", "")


def test_on_a_phone_the_map_comes_first_and_the_panel_below(page, server, tmp_path):
    phone = page.context.browser.new_page(viewport={"width": 390, "height": 844})
    phone.goto(server + "/")
    phone.wait_for_selector("body[data-ready=yes]", state="attached", timeout=20_000)
    box = phone.locator("#map").bounding_box()
    assert box["width"] >= 380 and box["height"] > 300
    aside = phone.locator("aside").bounding_box()
    assert aside["y"] >= box["y"] + box["height"] - 1  # below the map, not beside it
    shot = Path(os.environ.get("RASD_SCREENSHOT_PHONE") or tmp_path / "phone.png")
    phone.screenshot(path=str(shot), full_page=True)
    phone.close()


def test_arabic_words_search_the_articles(page):
    reloaded(page, lambda: page.click("#f-clear"))
    everything = page.locator("#list li").count()

    def search():
        page.fill("#f-q", "خانِ شيخون")  # with a diacritic the articles do not carry
        page.press("#f-q", "Enter")
    reloaded(page, search)
    items = page.locator("#list li").all_text_contents()
    assert 0 < len(items) < everything and all("Khan Shaykhun" in t for t in items)
    reloaded(page, lambda: page.click("#f-clear"))
    assert page.locator("#list li").count() == everything
