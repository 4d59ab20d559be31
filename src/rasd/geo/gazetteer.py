"""The gazetteer: Arabic place names -> GeoNames places, behind a narrow interface.

The compiled table (``rasd/data/gazetteer.tsv.gz``) is built from installed
GeoNames data by ``scripts/build_gazetteer.py``; ``lexicons/places_extra.tsv``
adds hand-checked places that cities500 lacks (camps, districts, bases).
"""
from __future__ import annotations

import functools
import gzip
from importlib import resources
from typing import Protocol

from rasd.errors import GazetteerError
from rasd.lexicons.load import PhraseMatcher, read_tsv
from rasd.records import Place
from rasd.text.normalize import norm
from rasd.text.words import is_word


class Gazetteer(Protocol):
    def lookup(self, name: str) -> list[Place]: ...

    @property
    def matcher(self) -> PhraseMatcher: ...


class TableGazetteer:
    """An in-memory gazetteer: normalised name -> candidate places."""

    def __init__(self, entries: dict[str, list[Place]], stopwords: set[str] = frozenset()):
        self._by_name = {k: v for k, v in entries.items() if k not in stopwords}
        self.matcher = PhraseMatcher((name, name, ()) for name in self._by_name)

    def lookup(self, name: str) -> list[Place]:
        return list(self._by_name.get(norm(name), ()))

    def __len__(self) -> int:
        return len(self._by_name)

    def places(self) -> list[Place]:
        """Every place, once per name it is known by."""
        return [p for places in self._by_name.values() for p in places]


def _read_compiled() -> dict[str, list[Place]]:
    path = resources.files("rasd.data").joinpath("gazetteer.tsv.gz")
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise GazetteerError(
            f"compiled gazetteer {path} is missing or corrupt; "
            "rebuild it with: python scripts/build_gazetteer.py") from exc
    entries: dict[str, list[Place]] = {}
    lines = text.splitlines()
    for line in lines[1:]:
        name, gid, en, iso2, admin1, lat, lon, pop, kind, word = line.split("\t")
        entries.setdefault(name, []).append(
            Place(int(gid), en, iso2, "", admin1, float(lat), float(lon), kind, int(pop), word == "1"))
    return entries


@functools.cache
def load_gazetteer() -> TableGazetteer:
    entries = _read_compiled()
    for n, r in enumerate(read_tsv("places_extra.tsv", ("surface", "name", "iso2", "admin1",
                                                        "latitude", "longitude", "kind"))):
        # hand-curated places win over same-named GeoNames entries of the same country
        surface = norm(r["surface"])
        word = r["kind"] == "city" and is_word(surface)  # "كابل" is also "cable": "في كابل" only
        place = Place(-(n + 1), r["name"], r["iso2"], "", r["admin1"],
                      float(r["latitude"]), float(r["longitude"]), r["kind"], 0 if word else 10**6, word)
        entries.setdefault(surface, []).insert(0, place)
    # "بن قردان" is often written "بنقردان": index the joined spelling too
    joins = {norm(r["prefix"]) for r in read_tsv("place_prefixes.tsv", ("prefix",))}
    for name, places in list(entries.items()):
        words = name.split(" ")
        if len(words) == 2 and words[0] in joins:
            entries.setdefault("".join(words), list(places))
    stop = {norm(r["surface"]) for r in read_tsv("place_stopwords.tsv", ("surface",))}
    # a nationality adjective ("الهندية") is never the name of a place
    stop |= {norm(r["surface"]) for r in read_tsv("nationalities.tsv", ("surface",))}
    return TableGazetteer(entries, stop)
