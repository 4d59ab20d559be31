"""rasd batch on a real local Dask cluster (worker processes), with generated input."""
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from rasd.batch import MAX_PARTITION_BYTES, auto_partition_bytes, jsonl_range, partitions, run_batch

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"
dask_distributed = pytest.importorskip("dask.distributed")


def generated(path: Path, n: int) -> list[str]:
    """``n`` articles made from the bundled sample, each with its own id and a distinct text."""
    sample = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines()]
    ids = []
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            d = dict(sample[i % len(sample)])
            d["id"] = f"gen-{i}"
            d["text"] = d["text"] + f"\nنسخة الأرشيف رقم {i}."
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            ids.append(d["id"])
    return ids


def stored_article_ids(out: Path) -> list[str]:
    import pyarrow.parquet as pq
    return [i for p in sorted((out / "articles").glob("part-*.parquet"))
            for i in pq.read_table(p, columns=["id"]).column("id").to_pylist()]


@settings(max_examples=40, deadline=None)
@given(lines=st.lists(st.text(alphabet="ab\u0627\u0628 ", min_size=0, max_size=30), min_size=1, max_size=40),
       size=st.integers(min_value=1, max_value=64))
def test_byte_ranges_give_every_line_to_exactly_one_partition(tmp_path_factory, lines, size):
    path = tmp_path_factory.mktemp("ranges") / "x.jsonl"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    parts = partitions([str(path)], partition_bytes=size)
    got = [line.decode("utf-8").rstrip("\n") for p in parts for line in jsonl_range(str(path), p.start, p.end)]
    assert got == lines


@pytest.mark.parametrize("mb,workers", [(0.03, 1), (3, 2), (35, 2), (200, 2), (200, 16)])
def test_automatic_partitions_give_each_worker_the_same_number_of_tasks(tmp_path, mb, workers):
    path = tmp_path / "in.jsonl"
    with path.open("wb") as f:
        f.truncate(int(mb * (1 << 20)))  # only the size matters here
    size = auto_partition_bytes([str(path)], workers)
    parts = partitions([str(path)], partition_bytes=size)
    assert size <= MAX_PARTITION_BYTES
    assert len(parts) % workers == 0 and len(parts) >= 4 * workers


def test_batch_output_holds_every_article_once_and_the_merged_store(tmp_path):
    src = tmp_path / "in.jsonl"
    ids = generated(src, 120)
    out = tmp_path / "out"
    summary = run_batch([str(src)], str(out), workers=2, partition_mb=0.02, show_progress=False)
    assert summary.partitions > 2 and summary.failures == []
    assert sorted(stored_article_ids(out)) == sorted(ids)
    assert summary.articles == 120 and summary.stored_articles == 120
    # the same event told in many copies merges: far fewer stored events than reports
    assert 0 < summary.stored_events < summary.events
    assert summary.peak_worker_rss_mb > 0


def test_a_worker_killed_mid_run_still_leaves_every_article_exactly_once(tmp_path):
    from dask.distributed import Client, LocalCluster
    src = tmp_path / "in.jsonl"
    ids = generated(src, 400)
    out = tmp_path / "out"
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    result = {}
    try:
        runner = threading.Thread(target=lambda: result.update(summary=run_batch(
            [str(src)], str(out), partition_mb=0.01, show_progress=False, client=client)))
        runner.start()
        deadline = time.time() + 60
        while not list((out / "articles").glob("part-*.parquet")) and time.time() < deadline:
            time.sleep(0.05)
        victim = next(iter(client.run(os.getpid).values()))
        os.kill(victim, signal.SIGKILL)  # a worker process dies mid-run; its nanny restarts one
        runner.join(timeout=240)
        assert not runner.is_alive()
    finally:
        client.close()
        cluster.close()
    summary = result["summary"]
    assert summary.failures == []
    written = stored_article_ids(out)
    assert len(written) == len(set(written)) == len(ids) and set(written) == set(ids)
    assert summary.stored_articles == len(ids)
    assert not list(out.glob("*/.part-*.tmp"))


def test_a_second_batch_into_the_same_directory_merges_only_its_own_articles(tmp_path):
    big, small = tmp_path / "big.jsonl", tmp_path / "small.jsonl"
    generated(big, 60)
    small_ids = generated(small, 5)
    out = tmp_path / "out"
    run_batch([str(big)], str(out), workers=1, partition_mb=0.01, show_progress=False)
    run_batch([str(small)], str(out), workers=1, partition_mb=0.01, show_progress=False)
    assert sorted(stored_article_ids(out)) == sorted(small_ids)


def test_batch_fingerprints_equal_those_ingest_computes_from_the_raw_text(tmp_path):
    # the worker takes them from the pipeline's normalised text: a store fed by `rasd run` and
    # by `rasd batch` must still see one article as one
    import pyarrow.parquet as pq

    from rasd.batch import run_partition
    from rasd.ingest.text import content_hash, language_of, similarity_key
    data = tmp_path / "in.jsonl"
    generated(data, 12)
    (part,) = partitions([str(data)], partition_bytes=1 << 30)
    run_partition(part, str(tmp_path / "out"))
    rows = pq.read_table(tmp_path / "out" / "articles" / "part-00000.parquet").to_pylist()
    assert len(rows) == 12
    for row in rows:
        assert row["content_hash"] == content_hash(row["text"])
        assert row["similarity_key"] == similarity_key(row["text"])
        assert row["language"] == language_of(row["text"]) == "ar"


def test_a_large_run_is_merged_as_a_bulk_load_with_the_same_result(tmp_path, monkeypatch):
    import rasd.batch
    from rasd.store import open_store
    src = tmp_path / "in.jsonl"
    generated(src, 60)
    runs = {}
    real = rasd.store.db.Store.bulk_load
    for name, threshold in (("plain", 10**9), ("bulk", 0)):
        monkeypatch.setattr(rasd.batch, "BULK_LOAD_MIN", threshold)
        bulk_loads = []
        monkeypatch.setattr(rasd.store.db.Store, "bulk_load",
                            lambda self, calls=bulk_loads: calls.append(1) or real(self))
        run_batch([str(src)], str(tmp_path / name), workers=1, show_progress=False)
        store = open_store(f"sqlite:///{tmp_path / name / 'rasd.db'}")
        runs[name] = (len(bulk_loads), [(e["event_type"], e["location"], e["fatalities"]) for e in store.events()])
    assert runs["plain"][0] == 0 and runs["bulk"][0] == 1
    assert runs["bulk"][1] == runs["plain"][1] and runs["plain"][1]
