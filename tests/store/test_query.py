"""Filters, paging, stats, exports and schema migrations over a real database (SQLite and
PostgreSQL), with made-up events from rasd.store.synthetic."""
import dataclasses
import datetime as dt
import io
import json
import random
import sqlite3

import pytest

from rasd.cli.main import main
from rasd.records import Article, Result
from rasd.store import open_store
from rasd.store.export import ACLED_COLUMNS, write_parquet, write_text
from rasd.store.query import EventQuery, QueryError
from rasd.store.synthetic import synthetic_article


def one_event(n: int, **fields) -> tuple[Article, Result]:
    article, result = synthetic_article(n, random.Random(n))
    event = dataclasses.replace(result.events[0], **fields)
    return article, dataclasses.replace(result, events=[event])


CLASH = dict(event_type="Battles", sub_event_type="Armed clash", country="Syria", iso=760)


@pytest.fixture
def filled(db_url):
    store = open_store(db_url)
    store.add_many([
        one_event(1, **CLASH, admin1="Idleb", actor1="HTS: Hayat Tahrir al-Sham", latitude=35.93,
                  longitude=36.63, event_date="2019-05-14", notes="HTS clashed with regime forces."),
        one_event(2, **CLASH, admin1="Aleppo", actor1="SDF: Syrian Democratic Forces", latitude=36.2,
                  longitude=37.15, event_date="2019-05-20", notes="SDF clashed near Aleppo."),
        one_event(3, event_type="Protests", sub_event_type="Peaceful protest", country="Iraq", iso=368,
                  admin1="Basrah", actor1="Protesters (Iraq)", latitude=30.5, longitude=47.8,
                  event_date="2019-06-01", notes="Protesters gathered over water shortages."),
    ])
    return store


def ids(store, **filters):
    return [e["location"] for e in store.events(EventQuery.parse(**filters))]


def test_each_filter_selects_only_matching_events(filled):
    assert ids(filled, admin1="Idleb") == ["Place 1"]
    assert ids(filled, actor="SDF: Syrian Democratic Forces") == ["Place 2"]
    assert ids(filled, sub_event_type="Peaceful protest") == ["Place 3"]
    assert ids(filled, bbox="36.0,35.5,37.0,36.1") == ["Place 1"]
    assert ids(filled, text="water") == ["Place 3"]
    assert ids(filled, country="Syria", since="2019-05-15") == ["Place 2"]
    assert ids(filled, until="2019-05-20", event_type="Battles") == ["Place 1", "Place 2"]


@pytest.mark.parametrize("value", ["' OR 1=1 --", "Syria'; DROP TABLE events; --", "%", "_", "\\"])
def test_injection_and_wildcard_strings_are_matched_as_plain_text(filled, value):
    with pytest.raises(QueryError, match="country: no country named"):  # not a country: said so
        ids(filled, country=value)
    assert ids(filled, text=value) == []
    assert filled.counts()["events"] == 3


@pytest.mark.parametrize("filters, message", [
    ({"since": "yesterday"}, "since"), ({"bbox": "1,2,3"}, "bbox"), ({"bbox": "10,0,5,1"}, "bbox"),
    ({"cursor": "not-a-cursor"}, "cursor"), ({"text": "x" * 500}, "q"),
])
def test_unusable_filter_values_raise_a_query_error_naming_the_filter(filters, message):
    with pytest.raises(QueryError, match=message):
        EventQuery.parse(**filters)


def test_cursor_pages_visit_every_event_once_in_date_order(db_url):
    store = open_store(db_url)
    rng = random.Random(3)
    store.add_many([synthetic_article(n, rng) for n in range(57)])
    seen, cursor = [], None
    while True:
        page, cursor = store.page(EventQuery.parse(cursor=cursor), limit=10)
        seen += [(e["event_date"], e["event_id"]) for e in page]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == store.counts()["events"]
    assert seen == sorted(seen)


def test_a_report_bridging_two_stored_events_merges_them_and_the_older_id_survives(db_url):
    store = open_store(db_url)
    place = dict(**CLASH, admin1="Idleb", latitude=35.93, longitude=36.63, location="Saraqib",
                 actor1="HTS: Hayat Tahrir al-Sham", event_date="2019-05-14")
    store.add_many([one_event(1, **place)])
    # one town placed 19 km off by another outlet: beyond the lookup's reach, so stored apart
    store.add_many([one_event(2, **dict(place, latitude=36.10))])
    first, second = sorted((e["event_id"] for e in store.events()), key=lambda i: int(i[3:]))
    mark = max(e["timestamp"] for e in store.events())
    # a report between the two reaches both, and they fit each other (one named town): one event
    store.add_many([one_event(3, **dict(place, latitude=36.00))])
    (survivor,) = list(store.events())
    assert survivor["event_id"] == first
    assert sorted(store.sources_of(first)) == ["syn1", "syn2", "syn3"]
    changes = {c["event_id"]: c for c in store.changes(mark)}
    assert changes[second]["change"] == "merged" and changes[second]["merged_into"] == first
    assert store.explain(second)["merged_into"] == first


def test_a_vague_report_does_not_chain_two_days_of_fighting_into_one_event(db_url):
    store = open_store(db_url)
    place = dict(**CLASH, admin1="Idleb", latitude=35.93, longitude=36.63, location="Saraqib",
                 actor1="HTS: Hayat Tahrir al-Sham")
    store.add_many([one_event(1, **place, event_date="2019-05-14")])
    store.add_many([one_event(2, **place, event_date="2019-05-17")])  # 3 days later: another
    first, second = sorted((e["event_id"] for e in store.events()), key=lambda i: int(i[3:]))
    # a week-precision report fits both, but they do not fit each other: it joins the older and
    # merges nothing; a report of the second day, in the same batch, still finds its own event
    store.add_many([one_event(3, **place, event_date="2019-05-15", time_precision=2),
                    one_event(4, **place, event_date="2019-05-17")])
    assert len(list(store.events())) == 2
    assert sorted(store.sources_of(first)) == ["syn1", "syn3"]
    assert sorted(store.sources_of(second)) == ["syn2", "syn4"]


def test_a_week_dated_event_takes_reports_within_its_week_a_day_dated_one_within_a_day(db_url):
    store = open_store(db_url)
    place = dict(**CLASH, admin1="Idleb", latitude=35.93, longitude=36.63, location="Saraqib",
                 actor1="HTS: Hayat Tahrir al-Sham")
    store.add_many([one_event(1, **place, event_date="2019-05-10", time_precision=2)])
    store.add_many([one_event(2, **place, event_date="2019-05-15")])  # 5 days on: in its week
    store.add_many([one_event(3, **place, event_date="2019-06-20")])
    store.add_many([one_event(4, **place, event_date="2019-06-22")])  # 2 days on: another
    # a day from both, at a village beside the town (at the town itself a day off is another day's)
    store.add_many([one_event(5, **dict(place, location="Afes", latitude=35.95), event_date="2019-06-21")])
    by_date = {e["event_date"]: e for e in store.events()}
    assert sorted(by_date) == ["2019-05-10", "2019-06-20", "2019-06-22"]
    assert sorted(store.sources_of(by_date["2019-05-10"]["event_id"])) == ["syn1", "syn2"]
    assert sorted(store.sources_of(by_date["2019-06-20"]["event_id"])) == ["syn3", "syn5"]
    assert sorted(store.sources_of(by_date["2019-06-22"]["event_id"])) == ["syn4"]


PROTEST = dict(event_type="Protests", sub_event_type="Peaceful protest", country="Palestine", iso=275,
               admin1="Gaza Strip", actor1="Protesters (Palestine)", event_date="2018-06-29")
TOWN_A = dict(PROTEST, location="Town A", latitude=31.34, longitude=34.31)
TOWN_B = dict(PROTEST, location="Town B", latitude=31.55, longitude=34.50)  # 29 km from A
PROVINCE = dict(PROTEST, location="Gaza Strip", latitude=31.45, longitude=34.40, geo_precision=3)  # 15 km


def test_a_report_naming_only_the_province_joins_an_event_in_it_stored_before_or_after(db_url):
    store = open_store(db_url)
    store.add_many([one_event(1, **PROVINCE)])
    store.add_many([one_event(2, **TOWN_A)])  # a later batch: the region lookup finds it
    store.add_many([one_event(3, **dict(PROVINCE, admin1="West Bank", latitude=31.9, longitude=35.2)),
                    one_event(4, **dict(TOWN_B, admin1="West Bank", latitude=32.2, longitude=35.2))])  # in memory
    store.add_many([one_event(5, **dict(PROVINCE, admin1="Jerusalem"))])  # another province
    events = sorted(store.events(), key=lambda e: e["event_id"])
    assert [sorted(store.sources_of(e["event_id"])) for e in events] == [["syn1", "syn2"], ["syn3", "syn4"],
                                                                         ["syn5"]]
    # the merged record is placed at the town, the more precise report
    assert [e["location"] for e in events][:2] == ["Town A", "Town B"]


def test_a_town_report_joins_its_town_s_event_not_the_province_s_and_two_towns_stay_apart(db_url):
    store = open_store(db_url)
    article, result = one_event(1, **PROVINCE)
    town = dataclasses.replace(result.events[0], **dict(TOWN_A, geo_precision=1))
    store.add_many([(article, dataclasses.replace(result, events=[result.events[0], town]))])
    store.add_many([one_event(2, **TOWN_A), one_event(3, **TOWN_B)])
    by_place = {e["location"]: sorted(store.sources_of(e["event_id"])) for e in store.events()}
    # the province's event (told beside the town's by one article) takes only a town that has no
    # event of its own there, and is then placed at it; B is no part of A
    assert by_place == {"Town A": ["syn1", "syn2"], "Town B": ["syn1", "syn3"]}


def test_the_merge_lookups_read_their_own_indexes(db_url):
    # a sub-type term once made SQLite walk the sub-type index instead: 4.5 ms a report, not 50 us
    store = open_store(db_url)
    store.add_many([synthetic_article(n, random.Random(n)) for n in range(3000)])
    from rasd.store import db
    for statements, probe, index in (
            (db._NEARBY_EVENTS,
             [0, 615900, "Battles", "2018-02-01", "2018-04-01", "2018-03-01", "2018-03-03"], "events_merge_lookup"),
            (db._PROVINCE_EVENTS, [0, "Idleb", "Battles", "2018-03-01", "2018-03-03"], "events_region_lookup"),
            (db._EVENTS_IN_PROVINCE, [0, "Idleb", "Battles", "2018-03-01", "2018-03-03"], "events_admin1_date")):
        with store.engine.connect() as conn:
            cursor = conn.connection.cursor()
            if store.engine.dialect.name == "sqlite":
                cursor.execute("EXPLAIN QUERY PLAN " + statements[0], (json.dumps([probe] * 4),))
            else:
                cursor.execute("EXPLAIN " + statements[1], (json.dumps([probe] * 4),))
            plan = " ".join(str(row) for row in cursor.fetchall())
        assert index in plan


def test_a_bulk_load_into_postgresql_refreshes_the_planners_statistics(pg_server):
    import psycopg
    with psycopg.connect(pg_server.replace("postgresql+psycopg", "postgresql") + "/postgres",
                         autocommit=True) as conn:
        conn.execute("CREATE DATABASE rasd_test_analyze")
    store = open_store(pg_server + "/rasd_test_analyze")
    store.add_many([synthetic_article(n, random.Random(n)) for n in range(1500)])
    with store.engine.connect() as conn:
        analysed = conn.exec_driver_sql(
            "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'events'").scalar()
    assert analysed is not None


def test_a_failing_batch_stores_nothing_and_keeps_what_was_there(db_url):
    store = open_store(db_url)
    store.add_many([one_event(1)])
    before = store.counts()
    good = one_event(2)
    broken = (dataclasses.replace(one_event(3)[0], text=None), one_event(3)[1])  # text is required
    with pytest.raises(Exception):
        store.add_many([good, broken])
    assert store.counts() == before


def test_stats_count_events_and_fatalities_per_type_and_country(filled):
    stats = filled.stats()
    by_type = {r["key"]: r["events"] for r in stats["event_type"]}
    assert by_type == {"Battles": 2, "Protests": 1}
    assert {r["key"] for r in stats["admin1"]} == {"Syria / Idleb", "Syria / Aleppo", "Iraq / Basrah"}
    assert [r["key"] for r in stats["month"]] == ["2019-05", "2019-06"]
    assert sum(r["fatalities"] for r in stats["country"]) == sum(e["fatalities"] for e in filled.events())


def test_stats_command_prints_the_tables(filled, db_url, capsys):
    assert main(["stats", "--db", db_url, "--country", "Syria"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 events") and "Syria / Idleb" in out and "2019-05" in out


def test_parquet_export_reads_back_with_acleds_columns_first(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert write_parquet(filled.events(), str(path)) == 3
    table = pq.read_table(path)
    assert table.column_names[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert sorted(table.column("admin1").to_pylist()) == ["Aleppo", "Basrah", "Idleb"]
    assert table.column("year").to_pylist() == [2019, 2019, 2019]


def test_geojson_export_is_valid_geojson(filled):
    geojson = pytest.importorskip("geojson")
    out = io.StringIO()
    assert write_text("geojson", filled.events(), out) == 3
    collection = geojson.loads(out.getvalue())
    assert collection.is_valid, collection.errors()
    assert {f["geometry"]["type"] for f in collection["features"]} == {"Point"}


def test_export_command_writes_parquet_with_filters(filled, db_url, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "syria.parquet"
    assert main(["export", "--db", db_url, "--format", "parquet", "--country", "Syria",
                 "-o", str(path)]) == 0
    assert pq.read_table(path).num_rows == 2
    assert main(["export", "--db", db_url, "--bbox", "nonsense"]) == 1


def test_migrations_build_the_schema_the_code_queries(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from rasd.store.schema import metadata
    store = open_store(db_url)
    # the search table (and SQLite's FTS5 shadow tables) is the migration's own: store/search.py
    ours = {"include_object": lambda obj, name, kind, reflected, other:
            not (kind == "table" and name.startswith("article_search"))}
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts=ours), metadata)
    assert diff == []


def test_a_database_from_before_migrations_is_upgraded_keeping_its_events(tmp_path):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from rasd.store.db import MIGRATIONS
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:  # the 0.1 schema, made without Alembic
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    record = {"event_id": "SYR1", "event_date": "2019-05-14", "notes": "An old event.",
              "latitude": 35.9, "longitude": 36.6}
    with sqlite3.connect(tmp_path / "old.db") as db:
        db.execute("DROP TABLE alembic_version")
        db.execute("INSERT INTO events (event_id, event_date, event_type, country, latitude, longitude, "
                   "record, timestamp) VALUES ('SYR1', '2019-05-14', 'Battles', 'Syria', 35.9, 36.6, ?, "
                   "'2019-05-15T00:00:00Z')", (json.dumps(record),))
    store = open_store(url)
    assert [e["event_id"] for e in store.events(EventQuery(text="old event"))] == ["SYR1"]  # new column
    assert [e["event_id"] for e in store.events(EventQuery(bbox=(36, 35, 37, 36)))] == ["SYR1"]


def test_dates_round_trip_between_the_batch_writer_and_queries(db_url):
    store = open_store(db_url)
    store.add_many([one_event(1, event_date="2019-12-31")])
    assert ids(store, since="2019-12-31", until="2019-12-31") == ["Place 1"]
    assert ids(store, since=dt.date(2020, 1, 1)) == []


def _index_names(store) -> set[str]:
    from sqlalchemy import inspect
    with store.engine.connect() as conn:
        return {ix["name"] for table in ("events", "articles") for ix in inspect(conn).get_indexes(table)}


def test_a_bulk_load_stores_what_a_normal_load_does_and_builds_its_indexes_again(db_url, tmp_path):
    from rasd.store.schema import DEFERRABLE_INDEXES
    items = [synthetic_article(n, random.Random(n)) for n in range(400)]
    plain = open_store(f"sqlite:///{tmp_path / 'plain.db'}")
    plain.add_many(items)
    store = open_store(db_url)
    with store.bulk_load():
        assert not {ix.name for ix in DEFERRABLE_INDEXES} & _index_names(store)
        store.add_many(items[:200])
        store.add_many(items[200:])
    assert {ix.name for ix in DEFERRABLE_INDEXES} <= _index_names(store)
    assert [e["event_id"] for e in store.events()] == [e["event_id"] for e in plain.events()]


def test_a_bulk_load_killed_midway_gets_its_indexes_back_when_the_store_is_opened(db_url):
    from rasd.store.schema import DEFERRABLE_INDEXES
    store = open_store(db_url)
    load = store.bulk_load()
    load.__enter__()  # and never left, as when the process is killed
    store.add_many([synthetic_article(n, random.Random(n)) for n in range(50)])
    assert not {ix.name for ix in DEFERRABLE_INDEXES} & _index_names(store)
    assert {ix.name for ix in DEFERRABLE_INDEXES} <= _index_names(open_store(db_url))


def test_arabic_words_find_events_through_their_articles_in_any_spelling(db_url):
    import datetime as dt

    from rasd.pipeline import extract
    from rasd.records import Article
    store = open_store(db_url)
    article = Article("ar1", "قصفت طائرات حربية مساء الثلاثاء بلدة خان شيخون في ريف إدلب الجنوبي وقتلت ثلاثة مدنيين.",
                      published=dt.date(2019, 5, 16), source="x")
    store.add(article, extract(article))
    (event_id,) = [e["event_id"] for e in store.events()]
    for q in ("خان شيخون", "خانِ شَيخون", "قصفت طائرات"):
        assert [e["event_id"] for e in store.events(text=q)] == [event_id], q
    assert list(store.events(text="شيخون خان")) == []  # a phrase, in its order
    assert list(store.events(text="القاهرة")) == []
