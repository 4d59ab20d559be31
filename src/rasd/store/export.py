"""Write stored events as JSONL, ACLED-style CSV, GeoJSON or Parquet.

The text formats are made as a stream of chunks (``*_chunks``), so a file or an HTTP response
of a million events never holds them all in memory."""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Iterable, Iterator

# ACLED's public export columns, in its order, so existing scripts read the file unchanged
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
REGIONS = {"Syria": "Middle East", "Iraq": "Middle East", "Yemen": "Middle East", "Lebanon": "Middle East",
           "Palestine": "Middle East", "Israel": "Middle East", "Saudi Arabia": "Middle East",
           "Jordan": "Middle East", "Bahrain": "Middle East", "Turkey": "Middle East", "Iran": "Middle East",
           "Kuwait": "Middle East", "Qatar": "Middle East", "United Arab Emirates": "Middle East",
           "Oman": "Middle East", "Egypt": "Northern Africa", "Libya": "Northern Africa",
           "Tunisia": "Northern Africa", "Algeria": "Northern Africa", "Morocco": "Northern Africa",
           "Sudan": "Northern Africa", "Somalia": "Eastern Africa"}


def acled_row(e: dict) -> dict:
    row = {c: e.get(c) for c in ACLED_COLUMNS}
    row["event_id_cnty"] = e["event_id"]
    row["year"] = (e.get("event_date") or "")[:4]
    row["region"] = REGIONS.get(e.get("country") or "", "")
    return {k: ("" if v is None else v) for k, v in row.items()}


def acled_csv_chunks(records: Iterable[dict]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for n, e in enumerate(records, 1):
        writer.writerow(acled_row(e))
        if n % 1000 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def geojson_feature(e: dict) -> dict:
    return {"type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e["longitude"], e["latitude"]]},
            "properties": {k: v for k, v in e.items() if k not in ("latitude", "longitude", "evidence")}}


def geojson_chunks(records: Iterable[dict]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    for n, e in enumerate(records):
        yield ("," if n else "") + json.dumps(geojson_feature(e), ensure_ascii=False)
    yield "]}"


def jsonl_chunks(records: Iterable[dict]) -> Iterator[str]:
    for e in records:
        yield json.dumps(e, ensure_ascii=False) + "\n"


_INTS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
         "fatalities"}


def _parquet_schema():
    import pyarrow as pa
    acled = [(c, pa.int64() if c in _INTS else pa.float64() if c in ("latitude", "longitude")
              else pa.string()) for c in ACLED_COLUMNS]
    # rasd's own fields after ACLED's, for analysts who load the file into pandas
    own = [("confidence", pa.float64()), ("denied_by", pa.list_(pa.string())),
           ("fatalities_reported", pa.list_(pa.int64())), ("fatalities_estimated", pa.bool_()),
           ("retold", pa.bool_()), ("evidence", pa.string())]
    return pa.schema(acled + own)


def _parquet_table(rows: list[dict], schema):
    import pyarrow as pa
    cols = {c: [r.get(c) for r in rows] for c in ACLED_COLUMNS}
    cols["event_id_cnty"] = [r["event_id"] for r in rows]
    cols["year"] = [int(r["event_date"][:4]) for r in rows]
    cols["region"] = [REGIONS.get(r.get("country") or "", "") for r in rows]
    cols["confidence"] = [r.get("confidence") for r in rows]
    for name in ("denied_by", "fatalities_reported"):
        cols[name] = [r.get(name) or [] for r in rows]
    cols["fatalities_estimated"] = [bool(r.get("fatalities_estimated")) for r in rows]
    cols["retold"] = [bool(r.get("retold")) for r in rows]
    cols["evidence"] = [json.dumps(r.get("evidence") or {}, ensure_ascii=False) for r in rows]
    return pa.table(cols, schema=schema)


def write_parquet(records: Iterable[dict], path: str, batch: int = 10_000) -> int:
    """Write ``records`` to a Parquet file, ``batch`` rows at a time; returns how many."""
    import pyarrow.parquet as pq
    schema = _parquet_schema()
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        rows: list[dict] = []
        for e in records:
            rows.append(e)
            if len(rows) == batch:
                writer.write_table(_parquet_table(rows, schema))
                n, rows = n + len(rows), []
        if rows or n == 0:
            writer.write_table(_parquet_table(rows, schema))
            n += len(rows)
    return n


CHUNKS = {"acled-csv": acled_csv_chunks, "geojson": geojson_chunks, "jsonl": jsonl_chunks}


def write_text(fmt: str, records: Iterable[dict], out: IO[str]) -> int:
    """Write ``records`` in a text format; returns how many were written."""
    count = [0]

    def counted():
        for e in records:
            count[0] += 1
            yield e
    for chunk in CHUNKS[fmt](counted()):
        out.write(chunk)
    return count[0]
