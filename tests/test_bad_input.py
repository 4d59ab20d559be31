"""One bad item never costs a run (issue 15): each is a located skip, the rest is read and stored."""
import json
import multiprocessing
from pathlib import Path

import pytest

from rasd.cli.main import main
from rasd.ingest.text import language_of
from rasd.jsonl import MAX_LINE_BYTES, MAX_TEXT_CHARS
from rasd.pipeline import extract, load_resources
from rasd.records import Article
from rasd.store import open_store

GOOD = "قالت مصادر محلية إن اشتباكات اندلعت اليوم بين الجيش ومسلحين في مدينة درنة وأسفرت عن مقتل ثلاثة"
TWO_PROTESTS = ("تظاهر مئات الطلاب صباح اليوم أمام جامعة طهران للمطالبة بالإفراج عن زملائهم. "
                "وفي مساء اليوم نفسه تظاهر عشرات المتقاعدين أمام مبنى البرلمان في طهران احتجاجا على تأخر رواتبهم.")


def line(**d) -> str:
    return json.dumps(d, ensure_ascii=False)


@pytest.mark.parametrize("bad, reason", [
    ("[" * 10_000 + "]" * 10_000, "nested too deeply"),
    (line(id="t", text=GOOD, title=["a", "list"]), "'title' must be a string"),
    (line(id="s", text=GOOD, source={"name": "x"}), "'source' must be a string"),
    (line(id="u", text=GOOD, url=7), "'url' must be a string"),
    ('{"id": "z", "text": "\\ud800 ' + GOOD + '"}', "lone surrogate"),
    (line(id="e", text="   "), "empty text"),
    (line(id="p", text=GOOD, published=20180418), "'published' must be"),
    (line(id="big", text="ا " * (MAX_TEXT_CHARS // 2 + 10)), "over the limit"),
])
def test_a_bad_line_is_a_located_skip_and_the_good_ones_are_read(tmp_path, capsys, bad, reason):
    src = tmp_path / "in.jsonl"
    src.write_text(line(id="a", text=GOOD) + "\n" + bad + "\n" + line(id="b", text=GOOD) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{src}:2" in err and reason in err
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a", "b"]


def test_a_line_longer_than_the_limit_is_skipped_without_being_held(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        fh.write('{"id": "huge", "text": "' + "ب" * (MAX_LINE_BYTES // 2 + 1000) + '"}\n')
        fh.write(line(id="b", text=GOOD) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 2
    assert f"{src}:1: line over" in capsys.readouterr().err
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["b"]


@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6"])
def test_jsonl_in_an_arabic_code_page_is_decoded_not_garbled(tmp_path, codec):
    src = tmp_path / "in.jsonl"
    text = "تظاهر مئات الطلاب اليوم في مدينة البصرة"
    src.write_bytes((line(id="a", text=text) + "\n").encode(codec))
    out = tmp_path / "out.jsonl"
    assert main(["ingest", str(src), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == text


def test_persian_and_urdu_are_not_tagged_arabic():
    assert language_of("نیروهای امنیتی امروز در شهر تهران با معترضان درگیر شدند و چند نفر بازداشت شدند") == "other"
    assert language_of("پولیس نے آج شہر میں مظاہرین کو منتشر کرنے کے لیے آنسو گیس استعمال کی") == "other"
    assert language_of(GOOD) == "ar"


def test_duplicate_ids_in_one_run_keep_the_first_and_store_the_rest(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([line(id="x", text=GOOD, published="2019-06-04"),
                              line(id="x", text=TWO_PROTESTS, published="2019-06-04"),
                              line(id="y", text=TWO_PROTESTS, published="2019-06-04")]) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    assert main(["run", str(src), "--db", db]) == 2
    assert "'x': that id is already stored with another text" in capsys.readouterr().err
    store = open_store(db)
    assert store.counts()["articles"] == 2
    assert main(["run", str(src), "--db", db]) == 0  # the second run stores nothing new (that text is stored as "y")
    assert store.counts()["articles"] == 2


def test_two_readings_of_one_article_that_match_one_stored_event_do_not_crash(tmp_path):
    day = __import__("datetime").date(2019, 6, 4)
    res = load_resources()
    store = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    first = Article(id="outlet-a", text=TWO_PROTESTS, published=day)
    store.add_many([(first, extract(first, res))])
    stored = store.counts()["events"]
    assert stored >= 1
    # another outlet's article whose two readings both match the stored event: the crash was the
    # second link of one article to one stored event (UNIQUE event_id, article_id)
    second = Article(id="outlet-b", text=TWO_PROTESTS + " نقلا عن وكالة أنباء.", published=day)
    result = extract(second, res)
    doubled = type(result)(result.id, result.published, list(result.events) * 2, [])
    store.add_many([(second, doubled)])
    counts = store.counts()
    assert counts["articles"] == 2
    assert counts["links"] == stored + 2 * len(result.events)


def _open(url, barrier):
    barrier.wait()
    open_store(url)


def test_two_processes_opening_a_new_store_at_once_both_succeed(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    procs = [ctx.Process(target=_open, args=(url, barrier)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    assert Path(tmp_path / "new.db").exists()


def test_a_report_between_two_events_of_one_article_loses_neither_reading(tmp_path):
    import dataclasses

    from rasd.records import Result
    day = __import__("datetime").date(2019, 6, 4)
    res = load_resources()
    text = "تظاهر مئات الطلاب يوم الثلاثاء في مدينة حمص احتجاجا على غلاء الأسعار."
    base = extract(Article(id="probe", text=text, published=day), res).events[0]
    north = dataclasses.replace(base, latitude=base.latitude + 0.07)  # ~8 km each way: the two
    south = dataclasses.replace(base, latitude=base.latitude - 0.07)  # are 16 km apart
    store = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    a = Article(id="outlet-a", text=text + " وفي حي آخر تظاهر العشرات.", published=day)
    store.add_many([(a, Result(a.id, day, [north, south], []))])
    assert store.counts()["events"] == 2
    # another outlet's reading half way between matches both: it must not fold them into one
    c = Article(id="outlet-c", text=text + " نقلا عن شهود.", published=day)
    store.add_many([(c, Result(c.id, day, [base], []))])
    readings = {r["id"]: r["events"] for r in store.readings()}
    assert len(readings["outlet-a"]) == 2
    assert len({e["stored_id"] for e in readings["outlet-a"]}) == 2
    assert store.counts()["links"] == 3
