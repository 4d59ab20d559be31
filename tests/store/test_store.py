"""The store and the cross-outlet merge, on a real SQLite file, with articles written here."""
import csv
import io
import json
import subprocess
import sys

from rasd.cli.main import main
from rasd.pipeline import extract, load_resources, run
from rasd.records import Article, Result
from rasd.store import open_store
from rasd.store.export import ACLED_COLUMNS

# one clash told by two outlets in their own words, with different tolls
OUTLET_A = Article("a1", "قالت مصادر محلية إن اشتباكات عنيفة اندلعت يوم الثلاثاء بين قوات النظام وهيئة تحرير الشام "
                         "في مدينة سراقب، ما أسفر عن مقتل تسعة عناصر من الطرفين.",
                   published=__import__("datetime").date(2019, 5, 16), source="outlet-a")
OUTLET_B = Article("b1", "أفاد المرصد السوري بأن معارك دارت الثلاثاء بين هيئة تحرير الشام وقوات النظام في سراقب "
                         "بريف إدلب، وأدت إلى مقتل سبعة مقاتلين.",
                   published=__import__("datetime").date(2019, 5, 16), source="outlet-b")
OTHER = Article("c1", "انفجرت عبوة ناسفة يوم الأربعاء في مدينة الإسكندرية ما أدى إلى مقتل شرطيين اثنين.\n"
                       "وقالت وزارة الداخلية إن العبوة استهدفت دورية للشرطة قرب محطة القطارات.",
                published=__import__("datetime").date(2019, 5, 16), source="outlet-c")


def store_with(db_url, *items):
    store = open_store(db_url)
    for a in items:
        store.add(a, extract(a))
    return store


def test_two_outlets_one_clash_is_one_event_with_both_sources_and_the_lowest_toll(db_url):
    store = store_with(db_url, OUTLET_A, OUTLET_B, OTHER)
    events = list(store.events())
    clash = [e for e in events if e["event_type"] == "Battles"]
    assert len(clash) == 1 and len(events) == 2
    (e,) = clash
    assert e["fatalities"] == 7 and e["fatalities_reported"] == [7, 9]
    assert "7 fatalities were reported" in e["notes"] and "9 fatalities were" not in e["notes"]
    assert "outlet-a" in e["source"] and "outlet-b" in e["source"]
    assert sorted(store.sources_of(e["event_id"])) == ["a1", "b1"]
    assert e["event_id"].startswith("SYR")


# the same clash told with a word for the dead and no number ("عشرات القتلى": ACLED's 10)
OUTLET_VAGUE = Article("v1", "قالت مصادر محلية إن اشتباكات عنيفة اندلعت يوم الثلاثاء بين قوات النظام وهيئة تحرير الشام "
                             "في مدينة سراقب، وسقط فيها عشرات القتلى.",
                       published=__import__("datetime").date(2019, 5, 16), source="outlet-v")
OUTLET_FIGURE = Article("f1", "أفاد المرصد السوري بأن معارك دارت الثلاثاء بين هيئة تحرير الشام وقوات النظام في سراقب "
                              "بريف إدلب، وأدت إلى مقتل 14 مقاتلا.",
                        published=__import__("datetime").date(2019, 5, 16), source="outlet-f")


def test_a_number_outranks_a_word_for_the_dead_when_outlets_merge(db_url):
    (vague,) = extract(OUTLET_VAGUE).events
    assert vague.fatalities == 10 and vague.fatalities_estimated
    store = store_with(db_url, OUTLET_VAGUE, OUTLET_FIGURE)
    (e,) = list(store.events())
    assert e["fatalities"] == 14 and not e["fatalities_estimated"]
    assert sorted(store.sources_of(e["event_id"])) == ["f1", "v1"]


# a chemical attack told as news on its day, then retold days later as "the attack" with a
# higher toll and no day of its own; and a new shelling of the town, told with its own day
ATTACK_NEWS = Article("n1", "قتل 40 مدنيا على الأقل السبت في هجوم بغازات سامة استهدف مدينة دوما في الغوطة الشرقية.",
                      published=__import__("datetime").date(2018, 4, 8), source="outlet-n")
ATTACK_RETOLD = Article("r1", "قالت مصادر طبية إن حصيلة ضحايا الهجوم الكيماوي على مدينة دوما ارتفعت إلى 70 قتيلا.",
                        published=__import__("datetime").date(2018, 4, 11), source="outlet-r")
SHELLING_LATER = Article("s1", "قتل خمسة مدنيين الثلاثاء في قصف مدفعي استهدف مدينة دوما.",
                         published=__import__("datetime").date(2018, 4, 11), source="outlet-s")


def retelling():
    """The retelling as the rules read it (its one candidate): whether the event model's bar lets
    a retelling through is the model's business; joining it to its event is the store's."""
    (c,) = run(ATTACK_RETOLD, load_resources()).candidates
    return Result(ATTACK_RETOLD.id, ATTACK_RETOLD.published, [c.event], [])


def test_an_event_retold_days_later_with_no_day_joins_the_event_it_retells(db_url):
    (retold,) = retelling().events
    assert retold.retold and retold.event_date == "2018-04-11" and retold.fatalities == 70
    (news,) = extract(ATTACK_NEWS).events
    assert not news.retold and news.event_date == "2018-04-07"
    store = store_with(db_url, ATTACK_NEWS)
    store.add(ATTACK_RETOLD, retelling())
    store.add(SHELLING_LATER, extract(SHELLING_LATER))
    chemical = [e for e in store.events() if e["sub_event_type"] == "Chemical weapon"]
    (e,) = chemical  # one attack, dated the day it happened, with the lowest toll
    assert (e["event_date"], e["fatalities"], e["fatalities_reported"]) == ("2018-04-07", 40, [40, 70])
    assert sorted(store.sources_of(e["event_id"])) == ["n1", "r1"]
    # the shelling four days on, told with its day, is an event of its own
    assert [e["event_date"] for e in store.events() if e["sub_event_type"] != "Chemical weapon"] == ["2018-04-10"]


def test_a_retelling_stored_first_is_joined_by_the_news_of_its_day(db_url, tmp_path):
    import pyarrow.parquet as pq
    from rasd.store.export import write_parquet
    store = open_store(db_url)
    store.add(ATTACK_RETOLD, retelling())
    write_parquet(store.events(), str(tmp_path / "retold.parquet"))
    assert pq.read_table(tmp_path / "retold.parquet").column("retold").to_pylist() == [True]
    store.add(ATTACK_NEWS, extract(ATTACK_NEWS))
    (e,) = list(store.events())
    assert (e["event_date"], e["fatalities"], e["retold"]) == ("2018-04-07", 40, False)


def test_storing_the_same_article_twice_changes_nothing(db_url):
    store = store_with(db_url, OUTLET_A, OUTLET_B)
    before = (store.counts(), [e["timestamp"] for e in store.events()])
    assert store.add(OUTLET_A, extract(OUTLET_A)) == []
    assert (store.counts(), [e["timestamp"] for e in store.events()]) == before


def test_event_ids_are_stable_and_never_reused(db_url):
    store = store_with(db_url, OUTLET_A)
    (first,) = [e["event_id"] for e in store.events()]
    store.add(OUTLET_B, extract(OUTLET_B))  # merges into the stored event: the id stays
    assert [e["event_id"] for e in store.events()] == [first]


def test_acled_csv_has_acleds_columns_in_order(db_url):
    store = store_with(db_url, OUTLET_A, OTHER)
    out = io.StringIO()
    from rasd.store.export import write_text
    assert write_text("acled-csv", store.events(), out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0].keys()) == ACLED_COLUMNS
    assert {r["country"] for r in rows} == {"Syria", "Egypt"} and rows[0]["year"] == "2019"


def test_cli_run_is_idempotent_and_export_filters(tmp_path, db_url, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": a.id, "text": a.text, "published": "2019-05-16",
                                         "source": a.source}, ensure_ascii=False)
                             for a in (OUTLET_A, OUTLET_B, OTHER)) + "\n", encoding="utf-8")
    db = db_url
    assert main(["run", str(src), "--db", db]) == 0
    assert main(["run", str(src), "--db", db]) == 0
    assert "0 stored, " in capsys.readouterr().err
    out = tmp_path / "syria.geojson"
    assert main(["export", "--db", db, "--format", "geojson", "--country", "Syria", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 1
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert 35 < lat < 37 and 36 < lon < 37.5


def test_killed_run_leaves_no_partial_article_and_a_rerun_completes(tmp_path, db_url):
    """kill -9 in the middle of a run, then run again: every article stored once."""
    src = tmp_path / "many.jsonl"
    lines = [json.dumps({"id": f"x{n}", "published": "2019-05-16",
                         "text": OUTLET_A.text.replace("تسعة", str(n + 10))}, ensure_ascii=False)
             for n in range(400)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = db_url
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli.main", "run", str(src), "--db", db],
                            stderr=subprocess.DEVNULL)
    store = open_store(db)
    import time
    deadline = time.time() + 60
    while store.counts()["articles"] < 20 and time.time() < deadline:
        time.sleep(0.05)
    proc.kill()  # SIGKILL: no cleanup runs
    proc.wait()
    partial = store.counts()
    assert 0 < partial["articles"] < 400
    with store.engine.connect() as conn:  # every stored article has its links: no half-written one
        from sqlalchemy import text
        orphans = conn.execute(text("select count(*) from articles a where not exists "
                                    "(select 1 from event_articles l where l.article_id = a.article_id)")).scalar()
    assert orphans == 0
    assert main(["run", str(src), "--db", db]) == 0
    assert store.counts()["articles"] == 400


def test_explain_lists_each_report_with_its_evidence(db_url, capsys):
    store = store_with(db_url, OUTLET_A, OUTLET_B)
    (event_id,) = [e["event_id"] for e in store.events()]
    assert main(["explain", event_id, "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "a1 (outlet-a)" in out and "b1 (outlet-b)" in out and "سراقب" in out


def test_changes_since_lists_only_later_changes(db_url, capsys):
    store = store_with(db_url, OUTLET_A)
    (first,) = list(store.events())
    store.add(OTHER, extract(OTHER))
    changed = [c["event_id"] for c in store.changes(first["timestamp"])]
    assert first["event_id"] not in changed and len(changed) == 1
