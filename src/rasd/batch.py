"""`rasd batch`: ingest + extraction of large archives on a Dask cluster, then the merge.

1. The inputs are cut into partitions: JSONL files into byte ranges (a line belongs to the
   range it starts in), other files (WARC, HTML, feeds, text) into groups of files.
2. Each partition is one Dask task. A worker loads the lexicons and gazetteer once (cached
   per process), streams its articles through the pipeline and writes two Parquet files,
   ``articles/part-NNNNN.parquet`` and ``events/part-NNNNN.parquet``, row group by row group,
   under a temporary name renamed at the end. A task that runs again after its worker died
   writes the same names: every article ends up in the output exactly once.
3. The client then merges: it reads the partitions in order and feeds them to the event store
   (``Store.add_many``), which deduplicates articles and merges outlets' reports of one event.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import json
import os
import resource
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from rasd.records import Article, Event, Result

ARTICLE_GROUP = 500  # articles per Parquet row group: bounds a worker's memory


@dataclass(frozen=True)
class Partition:
    index: int
    paths: tuple[str, ...]
    start: int = 0  # byte range, for one JSONL file
    end: int | None = None

    def describe(self) -> str:
        if self.end is not None:
            return f"{self.paths[0]} bytes {self.start}-{self.end}"
        return f"{self.paths[0]}" + (f" (+{len(self.paths) - 1} files)" if len(self.paths) > 1 else "")


@dataclass
class PartitionSummary:
    index: int
    articles: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    worker_pid: int = 0


@dataclass
class BatchSummary:
    partitions: int = 0
    articles: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0  # partitioning + extraction on the cluster
    startup_seconds: float = 0.0  # starting a local cluster (included in seconds)
    merge_seconds: float = 0.0
    peak_worker_rss_mb: float = 0.0
    stored_articles: int = 0
    stored_events: int = 0

    def lines(self) -> list[str]:
        rate = self.articles / self.seconds if self.seconds else 0.0
        out = [f"{self.partitions} partitions, {self.articles} articles, {self.events} event reports "
               f"extracted in {self.seconds:.1f} s ({rate:.0f} articles/s); "
               f"peak worker RSS {self.peak_worker_rss_mb:.0f} MB",
               f"merged into the store in {self.merge_seconds:.1f} s: {self.stored_articles} articles, "
               f"{self.stored_events} events",
               f"{len(self.failures)} failures"]
        out += [f"  failed: {f}" for f in self.failures[:50]]
        return out


# --- partitioning ---------------------------------------------------------------------

MAX_PARTITION_BYTES = 16 << 20
TASKS_PER_WORKER = 4  # at least: fewer and one slow worker holds up the end


def auto_partition_bytes(inputs: list[str], workers: int) -> int:
    """JSONL bytes per task: at most 16 MB, and an equal share of at least four tasks per
    worker, so that every worker gets the same number of tasks. A task costs a worker ~10 ms
    besides its articles: many small ones cost more than they balance (docs/scaling.md)."""
    from rasd.ingest import input_paths
    total = sum(os.path.getsize(p) for p in input_paths(inputs)
                if p.lower().endswith(".jsonl") and os.path.isfile(p))
    workers = max(1, workers)
    tasks = workers * max(TASKS_PER_WORKER, -(-total // (workers * MAX_PARTITION_BYTES)))
    return max(1, -(-total // tasks))


def partitions(inputs: list[str], *, partition_bytes: int = MAX_PARTITION_BYTES,
               files_per_partition: int = 200) -> list[Partition]:
    """Cut the inputs into tasks of similar size (see the module docstring)."""
    from rasd.ingest import input_paths
    parts: list[Partition] = []
    group: list[str] = []

    def close_group() -> None:
        if group:
            parts.append(Partition(len(parts), tuple(group)))
            group.clear()
    for path in input_paths(inputs):
        if path.lower().endswith(".jsonl") and os.path.isfile(path):
            size = os.path.getsize(path)
            for start in range(0, max(size, 1), partition_bytes):
                parts.append(Partition(len(parts), (path,), start, min(size, start + partition_bytes)))
        elif path.lower().endswith((".warc", ".warc.gz")):
            parts.append(Partition(len(parts), (path,)))  # records are read in order: one task
        else:
            group.append(path)
            if len(group) >= files_per_partition:
                close_group()
    close_group()
    return parts


def jsonl_range(path: str, start: int, end: int) -> Iterator[bytes]:
    """The lines of a file that start in [start, end), each bounded (jsonl.bounded_lines)."""
    from rasd.jsonl import bounded_lines
    with open(path, "rb") as fh:
        if start:
            fh.seek(start - 1)
            if fh.read(1) != b"\n":
                for _ in bounded_lines(fh):  # the line in progress belongs to the previous range
                    break
        yield from bounded_lines(fh, stop_at=end)


def articles_of(part: Partition, errors: list[str]) -> Iterator[Article]:
    from rasd.ingest import IngestReport, ingest
    from rasd.ingest.text import language_of
    from rasd.jsonl import read_articles
    if part.end is not None:
        for a in read_articles(jsonl_range(part.paths[0], part.start, part.end), part.describe(), errors):
            a = a if a.language else dataclasses.replace(a, language=language_of(a.text))
            if a.language == "ar":
                yield a  # its fingerprints come after extraction, from the normalised text
        return
    report = IngestReport()
    yield from ingest(list(part.paths), report)
    errors.extend(report.errors)


# --- on the workers -----------------------------------------------------------------------

def peak_rss_mb() -> float:
    """This process's own peak resident memory. Linux's ru_maxrss survives exec: a worker
    spawned by a client that had grown to 360 MB reported 360 MB of its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@functools.cache
def worker_resources():
    """The lexicons and gazetteer, loaded once per worker process, not per task."""
    from rasd.pipeline import load_resources
    return load_resources()


def _schemas():
    import pyarrow as pa
    articles = pa.schema([("id", pa.string()), ("url", pa.string()), ("source", pa.string()),
                          ("title", pa.string()), ("published", pa.date32()), ("language", pa.string()),
                          ("content_hash", pa.string()), ("similarity_key", pa.string()),
                          ("text", pa.string())])
    kinds = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "bool": pa.bool_()}
    cols = [("article_id", pa.string())]
    for f in dataclasses.fields(Event):
        if f.name == "denied_by":
            cols.append((f.name, pa.list_(pa.string())))
        elif f.name == "evidence":
            cols.append((f.name, pa.string()))  # JSON: {field: [[start, end, text], ...]}
        else:
            base = str(f.type).split("|")[0].strip()
            cols.append((f.name, kinds[base]))
    return articles, pa.schema(cols)


def _article_row(a: Article, published: dt.date | None) -> dict:
    return {"id": a.id, "url": a.url, "source": a.source, "title": a.title, "published": published,
            "language": a.language, "content_hash": a.content_hash, "similarity_key": a.similarity_key,
            "text": a.text}


def _event_row(article_id: str, e: Event) -> dict:
    row = {f.name: getattr(e, f.name) for f in dataclasses.fields(Event)}
    row["evidence"] = json.dumps(e.evidence, ensure_ascii=False)
    row["article_id"] = article_id
    return row


def run_partition(part: Partition, out_dir: str) -> PartitionSummary:
    """One task: read, extract and write one partition's articles and events."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from rasd.ingest.text import with_text_facts
    from rasd.pipeline import result_of, run
    t0 = time.perf_counter()
    res = worker_resources()
    summary = PartitionSummary(part.index, worker_pid=os.getpid())
    article_schema, event_schema = _schemas()
    name = f"part-{part.index:05d}.parquet"
    dirs = {k: Path(out_dir) / k for k in ("articles", "events")}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    tmp = {k: d / f".{name}.{os.getpid()}.tmp" for k, d in dirs.items()}
    a_rows: list[dict] = []
    e_rows: list[dict] = []
    with pq.ParquetWriter(tmp["articles"], article_schema) as aw, \
            pq.ParquetWriter(tmp["events"], event_schema) as ew:
        def flush() -> None:
            aw.write_table(pa.Table.from_pylist(a_rows, schema=article_schema))
            ew.write_table(pa.Table.from_pylist(e_rows, schema=event_schema))
            a_rows.clear()
            e_rows.clear()
        for article in articles_of(part, summary.failures):
            try:
                doc = run(article, res)
            except Exception as exc:  # noqa: BLE001 - one bad article is a failure line, not a dead task
                summary.failures.append(f"{article.id}: {exc}")
                continue
            result = result_of(doc)
            # the store's fingerprints from the text the pipeline normalised: normalising it a
            # second time was a tenth of a worker's time (bench/batch_scaling.py)
            article = with_text_facts(article, doc.norm.text)
            a_rows.append(_article_row(article, result.published))
            e_rows.extend(_event_row(article.id, e) for e in result.events)
            summary.articles += 1
            summary.events += len(result.events)
            if len(a_rows) >= ARTICLE_GROUP:
                flush()
        flush()
    for k in dirs:
        os.replace(tmp[k], dirs[k] / name)  # atomic: a re-run task replaces, never duplicates
    summary.seconds = time.perf_counter() - t0
    summary.peak_rss_mb = peak_rss_mb()
    return summary


# --- on the client --------------------------------------------------------------------------

def read_partitions(out_dir: str, group: int = ARTICLE_GROUP) -> Iterator[list[tuple[Article, Result]]]:
    """The extracted partitions back as (Article, Result) batches, in partition order."""
    import pyarrow.parquet as pq
    names = sorted(p.name for p in (Path(out_dir) / "articles").glob("part-*.parquet"))
    for name in names:
        articles = pq.ParquetFile(Path(out_dir) / "articles" / name)
        events = pq.read_table(Path(out_dir) / "events" / name).to_pylist()
        by_article: dict[str, list[Event]] = {}
        for row in events:
            aid = row.pop("article_id")
            row["evidence"] = json.loads(row["evidence"] or "{}")
            row["denied_by"] = row["denied_by"] or []
            by_article.setdefault(aid, []).append(Event(**row))
        for batch in articles.iter_batches(batch_size=group):
            items = []
            for r in batch.to_pylist():
                a = Article(id=r["id"], text=r["text"], published=r["published"], title=r["title"],
                            url=r["url"], source=r["source"], language=r["language"],
                            content_hash=r["content_hash"], similarity_key=r["similarity_key"])
                items.append((a, Result(a.id, r["published"], by_article.get(a.id, []), [])))
            yield items


MERGE_BATCH = 10_000  # articles per store transaction: bench/store_scale.py's batch size


BULK_LOAD_MIN = 50_000  # articles; and at least half as many as the store has events


def merge_into_store(out_dir: str, db_url: str, articles: int = 0,
                     skipped: list[str] | None = None) -> tuple[int, int]:
    """Store the run's partitions; a run of ``articles`` large against the store is a bulk
    load (its query indexes built once at the end: bench/store_scale.py --bulk)."""
    from rasd.store import open_store
    store = open_store(db_url)
    bulk = articles >= max(BULK_LOAD_MIN, store.counts()["events"] // 2)
    with store.bulk_load() if bulk else contextlib.nullcontext():
        pending: list[tuple[Article, Result]] = []
        for items in read_partitions(out_dir):
            pending += items
            if len(pending) >= MERGE_BATCH:
                store.add_many(pending, skipped)
                pending = []
        store.add_many(pending, skipped)
    counts = store.counts()
    return counts["articles"], counts["events"]


QUIET_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
}


def local_cluster(workers: int | None = None):
    import dask
    from dask.distributed import LocalCluster
    n = workers or os.cpu_count() or 1
    # Dask's sampling profiler interrupts the task thread every 10 ms, and its event-loop
    # diagnostics (a tick every 20 ms, system and memory monitors) wake the worker's other
    # thread, which then takes the GIL from the task: for nothing on this CPU-bound work
    # (bench/batch_scaling.py; docs/scaling.md). Local workers get this config from here; on a
    # cluster of your own, put the same keys in its config.
    with dask.config.set(QUIET_WORKER_CONFIG):
        return LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)


def run_batch(inputs: list[str], out: str, *, scheduler: str | None = None, workers: int | None = None,
              partition_mb: float | None = None, show_progress: bool = True, client=None) -> BatchSummary:
    """Partition, extract on the cluster, then merge into a store (see the module docstring).

    ``out`` is a directory (Parquet partitions + ``rasd.db``) or a database URL (the Parquet
    partitions then go to ``rasd-batch-stage/`` here). A run replaces the partitions a
    previous run left in that directory, so only this run's articles are merged.
    ``partition_mb`` None sizes JSONL partitions by the cluster (auto_partition_bytes)."""
    from dask.distributed import Client, progress
    is_url = "://" in out
    out_dir = "rasd-batch-stage" if is_url else out
    db_url = out if is_url else f"sqlite:///{Path(out) / 'rasd.db'}"
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for old in list(Path(out_dir).glob("articles/part-*.parquet")) + list(Path(out_dir).glob("events/part-*.parquet")):
        old.unlink()
    run = uuid.uuid4().hex[:8]  # task keys unique per run: a long-lived scheduler never reuses a result
    summary = BatchSummary()
    t0 = time.perf_counter()
    own = client is None
    cluster = None
    if own:
        cluster = None if scheduler else local_cluster(workers)
        client = Client(scheduler or cluster)
        summary.startup_seconds = time.perf_counter() - t0
    try:
        size = (int(partition_mb * (1 << 20)) if partition_mb else
                auto_partition_bytes(inputs, sum(client.nthreads().values())))
        parts = partitions(inputs, partition_bytes=size)
        summary.partitions = len(parts)
        futures = client.map(run_partition, parts, out_dir=os.path.abspath(out_dir),
                             key=[f"rasd-part-{run}-{p.index}" for p in parts], retries=3)
        if show_progress:
            progress(futures)
        for part, future in zip(parts, futures):
            try:
                s = future.result()
            except Exception as exc:  # noqa: BLE001 - a partition that failed every retry
                summary.failures.append(f"{part.describe()}: {exc!r}")
                continue
            summary.articles += s.articles
            summary.events += s.events
            summary.failures += s.failures
            summary.peak_worker_rss_mb = max(summary.peak_worker_rss_mb, s.peak_rss_mb)
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    for stale in Path(out_dir).glob("*/.part-*.tmp"):  # left by a worker killed mid-task
        stale.unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    summary.stored_articles, summary.stored_events = merge_into_store(out_dir, db_url, summary.articles,
                                                                             summary.failures)
    summary.merge_seconds = time.perf_counter() - t1
    return summary
