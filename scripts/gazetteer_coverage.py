"""How much of a gold set's geography rasd's gazetteer can place.

    python scripts/gazetteer_coverage.py ../shared/eval/dev.jsonl

For every gold event location, two questions:
- near: is there any gazetteer entry within 10 km of the gold point (the
  scorer's tolerance)?
- named: does the article name a place (any gazetteer candidate of a name
  found in its text) within 10 km of the gold point? This is what extraction
  can reach; the gap to "near" is villages that cities500 lacks.
Reported over all events, over non-optional events, and by the gold's
coordinate source and precision.
Reads the gold file only to measure; copies nothing from it.
"""
from __future__ import annotations

import json
import sys
from collections import Counter

from rasd.geo.distance import km
from rasd.geo.gazetteer import load_gazetteer
from rasd.pipeline import Doc, load_resources, stage_norm, stage_tokens
from rasd.records import Article

KM = 10.0


def main(path: str) -> None:
    gaz = load_gazetteer()
    points = {(p.latitude, p.longitude) for p in gaz.places()}
    res = load_resources()
    total, near_hit, named_hit = Counter(), Counter(), Counter()
    for line in open(path, encoding="utf-8"):
        article = json.loads(line)
        doc = Doc(Article(id=str(article["id"]), text=article["text"]))
        doc.values["norm"] = stage_norm(doc, res)
        doc.values["tokens"] = stage_tokens(doc, res)
        named = [(p.latitude, p.longitude) for m in gaz.matcher.find(doc.tokens, doc.span_of)
                 for p in gaz.lookup(m.value)]
        for e in article.get("events", []):
            if e.get("latitude") is None:
                continue
            lat, lon = e["latitude"], e["longitude"]
            keys = ["all", "non-optional" if not e.get("optional") else "optional",
                    f"coord_source={e.get('coord_source', '?')}", f"geo_precision={e.get('geo_precision')}"]
            near = any(km(lat, lon, la, lo) <= KM for la, lo in points)
            by_name = any(km(lat, lon, la, lo) <= KM for la, lo in named)
            for k in keys:
                total[k] += 1
                near_hit[k] += near
                named_hit[k] += by_name
    print(f"gazetteer: {len(gaz)} names, {len(points)} distinct points")
    print(f"  {'events':24s} {'near':>14s} {'named':>14s}")
    for k in sorted(total):
        print(f"  {k:24s} {near_hit[k]:4d}/{total[k]:<4d} {near_hit[k] / total[k]:.2f}"
              f" {named_hit[k]:4d}/{total[k]:<4d} {named_hit[k] / total[k]:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
