"""Write stored events as JSONL, ACLED-style CSV or GeoJSON."""
from __future__ import annotations

import csv
import json
from typing import IO, Iterable

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


def write_acled_csv(records: Iterable[dict], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for e in records:
        writer.writerow(acled_row(e))
        n += 1
    return n


def write_geojson(records: Iterable[dict], out: IO[str]) -> int:
    features = [{
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [e["longitude"], e["latitude"]]},
        "properties": {k: v for k, v in e.items() if k not in ("latitude", "longitude", "evidence")},
    } for e in records]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    return len(features)


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for e in records:
        out.write(json.dumps(e, ensure_ascii=False) + "\n")
        n += 1
    return n


WRITERS = {"acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl}
