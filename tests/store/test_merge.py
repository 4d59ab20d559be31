"""The merge's grid lookup finds every place within merge distance."""
import math

import pytest
from hypothesis import given, strategies as st

from rasd.geo.distance import km
from rasd.store.merge import MERGE_KM, cells_near, grid_cell


@given(lat=st.floats(-60, 60), lon=st.floats(-179, 179), bearing=st.floats(0, 2 * math.pi),
       dist=st.floats(0, MERGE_KM * 0.999))
def test_every_place_within_merge_distance_is_in_a_cell_near_the_first(lat, lon, bearing, dist):
    # a point ``dist`` km away on a local flat approximation, kept only if truly within range
    other_lat = lat + dist * math.cos(bearing) / 111.2
    other_lon = lon + dist * math.sin(bearing) / (111.2 * math.cos(math.radians(lat)))
    if km(lat, lon, other_lat, other_lon) <= MERGE_KM:
        assert grid_cell(other_lat, other_lon) in cells_near(lat, lon)


@given(lat=st.floats(10, 38), lon=st.floats(-18, 60))
def test_between_the_maghreb_and_iraq_a_place_needs_at_most_six_cells(lat, lon):
    cells = cells_near(lat, lon)
    assert grid_cell(lat, lon) in cells and len(cells) <= 6


# --- which reports are one event (issue 16) -----------------------------------------------------

from rasd.store.merge import combine, pair_features, same_event, why_same  # noqa: E402


def report(**over):
    base = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2019-05-14",
            "time_precision": 1, "latitude": 30.5, "longitude": 47.8, "location": "Basrah",
            "actor1": "Protesters (Iraq)", "actor2": None, "fatalities": 0, "geo_precision": 1,
            "confidence": 0.6, "source": "a", "notes": "", "disorder_type": "Demonstrations"}
    return {**base, **over}


def test_a_protest_and_the_riot_it_turned_into_are_one_event_typed_as_the_riot():
    protest = report()
    riot = report(event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Iraq)",
                  actor2="Police Forces of Iraq (2014-)", fatalities=2, source="b")
    assert same_event(protest, riot)
    merged = combine([protest, riot])
    assert (merged["event_type"], merged["actor1"], merged["fatalities"]) == ("Riots", "Rioters (Iraq)", 2)


def test_one_blast_named_a_bomb_and_a_grenade_is_one_event_but_a_strike_and_shelling_are_two():
    bomb = report(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                  actor1="Unidentified Armed Group (Iraq)")
    assert same_event(bomb, dict(bomb, sub_event_type="Grenade"))
    strike = dict(bomb, sub_event_type="Air/drone strike")
    shelling = dict(strike, sub_event_type="Shelling/artillery/missile attack", location="Az Zubayr", latitude=30.45)
    assert not same_event(strike, shelling)  # two places 6 km apart: two bombardments
    # one named place: one bombardment, air strikes to one outlet and missiles to another
    assert same_event(strike, dict(shelling, location="Basrah", latitude=30.5))
    assert "one bombardment of Basrah" in why_same(strike, dict(shelling, location="Basrah", latitude=30.5))
    assert not same_event(bomb, dict(shelling, location="Basrah", latitude=30.5))


def test_outlets_disagreeing_on_who_was_hit_still_report_one_attack_but_two_named_pairs_do_not():
    a = report(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
               actor1="Unidentified Armed Group (Libya)", actor2="Police Forces of Libya (2016-)")
    assert same_event(a, dict(a, actor2="LNA: Libyan National Army"))
    fight = report(event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of Syria (2000-)",
                   actor2="HTS: Hayat Tahrir al-Sham")
    assert not same_event(fight, dict(fight, actor1="Military Forces of Turkey (2016-)",
                                      actor2="SDF: Syrian Democratic Forces"))


def test_one_country_s_army_and_police_are_one_side_when_outlets_disagree_which_acted():
    raid = report(event_type="Strategic developments", sub_event_type="Arrests",
                  actor1="Military Forces of Turkey (2016-)", actor2="Civilians (Turkey)")
    assert same_event(raid, dict(raid, actor1="Police Forces of Turkey (2016-)", actor2=None))
    assert not same_event(raid, dict(raid, actor1="Police Forces of Greece (2019-)", actor2=None))


def test_one_place_on_two_exact_days_is_two_events_but_a_day_apart_elsewhere_may_be_one():
    shelling = report(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                      actor1="Military Forces of Syria (2000-)", location="Douma", latitude=33.57, longitude=36.4)
    assert same_event(shelling, dict(shelling, source="b"))
    assert not same_event(shelling, dict(shelling, event_date="2019-05-15", source="b"))
    # a day's window still holds where the day is not exact or the outlets name different places
    assert same_event(shelling, dict(shelling, event_date="2019-05-15", time_precision=2, source="b"))
    assert same_event(shelling, dict(shelling, event_date="2019-05-15", location="Harasta", latitude=33.56))
    # a report dated only by its publication day (no date words in its evidence) names no day
    told = dict(shelling, evidence={"type": [[0, 4, "قصف"]], "date": [[10, 16, "الثلاثاء"]]})
    undated = dict(told, event_date="2019-05-15", source="b", evidence={"type": [[0, 4, "قصف"]], "date": []})
    assert same_event(told, undated)
    assert not same_event(told, dict(undated, evidence=told["evidence"]))


def test_readings_export_gives_each_article_its_readings_and_the_surviving_event(tmp_path):
    import datetime as dt
    import json as json_

    from rasd.cli.main import main
    from rasd.pipeline import extract
    from rasd.records import Article
    from rasd.store import open_store
    day = dt.date(2019, 5, 16)
    a = Article("a", "قالت مصادر محلية إن اشتباكات عنيفة اندلعت يوم الثلاثاء بين قوات النظام وهيئة تحرير الشام "
                     "في مدينة سراقب، ما أسفر عن مقتل تسعة عناصر من الطرفين.", published=day, source="x")
    b = Article("b", "أفاد المرصد بأن معارك دارت الثلاثاء بين هيئة تحرير الشام وقوات النظام في سراقب "
                     "بريف إدلب، وأدت إلى مقتل سبعة مقاتلين.", published=day, source="y")
    url = f"sqlite:///{tmp_path / 'r.db'}"
    store = open_store(url)
    for art in (a, b):
        store.add(art, extract(art))
    out = tmp_path / "readings.jsonl"
    assert main(["export", "--db", url, "--format", "readings", "-o", str(out)]) == 0
    lines = {d["id"]: d for d in map(json_.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(lines) == {"a", "b"}
    ids = {e["stored_id"] for d in lines.values() for e in d["events"] if e["event_type"] == "Battles"}
    assert len(ids) == 1 and {e["fatalities"] for d in lines.values() for e in d["events"]} >= {7, 9}


def test_why_same_says_what_made_two_reports_one_event():
    from rasd.store.merge import why_same
    a = report(event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Iraq)",
               actor2="Police Forces of Iraq (2014-)")
    b = report(event_date="2019-05-15", latitude=30.55, actor2="Police Forces of Iraq (2014-)")
    text = why_same(a, b)
    assert "a protests report of one demonstration" in text and "1 day apart" in text
    assert "6 km apart" in text and "sharing Police Forces of Iraq (2014-)" in text
    province = report(location="Basrah Governorate", latitude=30.9, geo_precision=3, admin1="Basrah")
    town = report(admin1="Basrah", country="Iraq")
    assert same_event(dict(province, country="Iraq"), town)
    assert "one report naming only the province (Basrah)" in why_same(town, province)
    assert not same_event(dict(province, country="Iraq", admin1="Maysan"), town)


SHARED = __import__("pathlib").Path(__file__).resolve().parents[3] / "shared" / "eval"


@pytest.mark.skipif(not (SHARED / "dev.jsonl").exists(), reason=f"the gold clusters are not at {SHARED}")
def test_the_merge_decision_shipped_is_the_one_that_wins_on_the_gold_clusters(tmp_path):
    from rasd.choose.model import MERGE_MODEL, model_path
    from rasd.train_merge import train_merge
    lines = []
    out = tmp_path / "merge.json"
    built = train_merge(SHARED / "dev.jsonl", out, log=lines.append)
    cv = built["card"]["cv"]["stored"]
    assert {"rule", "score"} <= set(cv) and cv["rule"]["precision"] > 0.8  # real clusters, a real store
    assert out.exists() == built["card"]["decision"].startswith("the score decides")
    # the package ships a merge score exactly when training says it wins
    assert model_path(MERGE_MODEL).exists() == out.exists()
    assert any(line.startswith("stored, CV: rule") for line in lines)


def test_pair_features_see_the_family_distance_and_the_sides():
    a = report(event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of Syria (2000-)")
    same = pair_features(a, dict(a))
    assert same["same_kind"] == 1 and same["km_log"] == 0 and same["actors_contradict"] == 0
    other = pair_features(a, dict(a, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                                  latitude=a["latitude"] + 0.05, actor1="Military Forces of Turkey (2016-)"))
    assert other["same_kind"] == 0 and other["km_log"] > 1.5 and other["actors_contradict"] == 1


def test_a_report_told_only_by_its_province_does_not_prefer_the_town_at_the_provinces_point(tmp_path):
    import datetime as dt

    from rasd.pipeline import extract
    from rasd.records import Article
    from rasd.store import open_store
    day = dt.date(2019, 5, 16)
    arts = [Article("a", "قتل شاب فلسطيني برصاص الجيش الإسرائيلي يوم الثلاثاء شرق خان يونس.", published=day, source="x"),
            Article("b", "قتل شاب فلسطيني برصاص الجيش الإسرائيلي يوم الثلاثاء في حي الشجاعية شرق مدينة غزة.",
                    published=day, source="y"),
            Article("c", "قتل شاب فلسطيني برصاص الجيش الإسرائيلي يوم الثلاثاء في قطاع غزة.", published=day, source="z")]
    store = open_store(f"sqlite:///{tmp_path / 'p.db'}", merge_model=None)
    for art in arts:
        store.add(art, extract(art))
    stored = {r["id"]: [(e["stored_id"], e["geo_precision"]) for e in r["events"]] for r in store.readings()}
    # the Strip's point lies in Gaza City, by Shuja'iyya: no reason to join that town's event
    # rather than Khan Yunis's; like any report matching two events, it joins the oldest
    assert stored["c"] == [(stored["a"][0][0], 3)] and stored["a"][0][0] != stored["b"][0][0]
