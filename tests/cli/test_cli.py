import json
from pathlib import Path

from rasd.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def test_extract_writes_one_line_per_article_in_order(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(ROOT / "examples" / "articles.jsonl"), "-o", str(out)]) == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    ids = [json.loads(x)["id"] for x in (ROOT / "examples" / "articles.jsonl").read_text().splitlines()]
    assert [x["id"] for x in lines] == ids
    assert all(x["events"] for x in lines)


def test_malformed_lines_are_skipped_with_a_located_error(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "تظاهر المحتجون في مدينة البصرة"}\n'
                   '{"id": "b", "text": \n'
                   '{"id": "c"}\n'
                   '{"id": "d", "text": "text", "published": "yesterday"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{src}:2: not valid JSON" in err and f"{src}:3" in err and f"{src}:4" in err
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a"]


def test_missing_input_is_a_one_line_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.jsonl")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_windows_1256_input_is_not_a_crash(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_bytes('{"id": "a", "text": "قتل"}\n'.encode("cp1256"))
    assert main(["extract", str(src), "-o", str(tmp_path / "o.jsonl")]) in (0, 2)


def test_serve_on_a_busy_port_says_so_before_printing_a_url(tmp_path, capsys):
    import socket
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--db", f"sqlite:///{tmp_path / 'r.db'}", "--port", str(port)]) == 1
    captured = capsys.readouterr()
    assert f"cannot serve on 127.0.0.1:{port}" in captured.err and "serving the map" not in captured.out


def test_reading_commands_refuse_a_missing_store_instead_of_creating_one(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for argv in (["stats"], ["export"], ["changes", "--since", "today"], ["explain", "SYR1"], ["alerts"]):
        assert main(argv) == 1
        assert "no store at" in capsys.readouterr().err
    assert not (tmp_path / "rasd.db").exists()


def test_db_takes_a_path_and_stats_has_headers_and_csv(tmp_path, capsys):
    db = tmp_path / "store.db"
    assert main(["run", str(ROOT / "examples" / "articles.jsonl"), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "event_type" in out and "events" in out and "killed" in out and "(bars: fatalities)" in out
    assert main(["stats", "--db", str(db), "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "table,key,events,fatalities" and any(r.startswith("country,Syria,") for r in rows)


def test_changes_since_reads_offsets_and_relative_words(tmp_path, capsys):
    import datetime as dt

    from rasd.store.query import QueryError, parse_since
    now = dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.timezone.utc)
    assert parse_since("2026-12-05T09:00:00+03:00", now) == "2026-12-05T06:00:00.000000Z"
    assert parse_since("2026-12-05T09:00:00", now) == "2026-12-05T09:00:00.000000Z"
    assert parse_since("yesterday", now) == "2026-12-04T00:00:00.000000Z"
    assert parse_since("12h", now) == "2026-12-05T00:00:00.000000Z"
    import pytest
    with pytest.raises(QueryError, match="not a time"):
        parse_since("soon", now)
    db = tmp_path / "s.db"
    assert main(["run", str(ROOT / "examples" / "articles.jsonl"), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["changes", "--since", "1h", "--db", str(db)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 17
    assert main(["changes", "--since", "2999-01-01T00:00:00+05:00", "--db", str(db)]) == 0
    assert capsys.readouterr().out == ""


def test_run_counts_one_text_under_two_ids_as_stored_once(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    text = "تظاهر مئات الطلاب يوم الثلاثاء في مدينة البصرة احتجاجا على انقطاع الكهرباء."
    src.write_text(json.dumps({"id": "a", "text": text, "published": "2019-06-05"}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "b", "text": text, "published": "2019-06-05"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    assert main(["run", str(src), "--db", str(tmp_path / "r.db")]) == 0
    err = capsys.readouterr().err
    assert "2 articles read: 1 stored, 1 already in the store" in err
    assert "the store holds 1 articles" in err
