"""Extended gazetteers: villages and districts a user adds from files they bring.

    rasd gazetteer add SY.txt alternateNamesV2.txt      # a GeoNames dump (+ its alternate names)
    rasd gazetteer add wof_places.tsv.gz --name wof     # a table (Who's On First columns)
    rasd gazetteer info
    rasd gazetteer remove wof

The built-in gazetteer (GeoNames cities500) lacks most villages and districts. ``add`` reads
the user's files once and writes a compiled index, in the built-in table's own format, under
rasd's data directory (``$RASD_HOME``, default ``$XDG_DATA_HOME/rasd`` or
``~/.local/share/rasd``): ``gazetteers/NAME.tsv.gz`` and its card ``NAME.json`` (sources,
counts per country, the credit line the data requires). Every later rasd command loads it
beside the built-in table (geo/gazetteer.py). Nothing is downloaded; no such data ships with
rasd.

Every added place gets ACLED's admin1 spelling: by its region's name where it matches one of
ACLED's admin1 names for that country (lexicons/admin1.tsv), else from the nearest built-in
place of the same country. Districts are places coded at their centre with geo_precision 2
(ACLED's convention for a place known only to the district); governorates are admin1 (3).
Arabic names are normalised exactly as the text is; a one-word name that is an everyday Arabic
word is marked (and dropped outside the Arab world), as in the built-in table.
"""
from __future__ import annotations

import csv
import datetime as dt
import difflib
import gzip
import hashlib
import io
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from rasd.errors import InputError
from rasd.text.normalize import latin_key
from rasd.geo.gazetteer import COLUMNS, index_dir
from rasd.lexicons.load import read_tsv
from rasd.text.normalize import norm
from rasd.text.words import arabic_words, is_word

ARABIC = re.compile("[\u0621-\u064A]")
LATIN = re.compile("[A-Za-z]")
# where rasd reads Arabic place names as Arabic words may be (the Arab world, Israel/Palestine)
ARAB_WORLD = set("SY IQ YE LY EG PS IL LB SD SS SO TN SA BH JO DZ MA KW QA AE OM MR DJ".split())
ADMIN_PREFIX = re.compile(r"^(محافظه|ولايه|شعبيه|منطقه|امانه|مديريه|قضاء|ناحيه|مركز|قريه|بلده|مدينه) ")
WOF_KINDS = {"locality": "city", "localadmin": "city", "neighbourhood": "city",
             "county": "region", "region": "admin1"}
GEONAMES_CREDIT = "GeoNames (https://www.geonames.org/), CC-BY 4.0"
WOF_CREDIT = ("Data from Who's On First (https://whosonfirst.org/docs/licenses/); it carries GeoNames "
              "(CC-BY 4.0) and Yahoo! GeoPlanet (CC-BY 3.0 US) data")


@dataclass
class Row:
    """One name of one place, as the compiled table holds it."""

    name: str
    place_id: int
    name_en: str
    iso2: str
    admin1: str
    latitude: float
    longitude: float
    population: int
    kind: str
    word: bool

    def line(self) -> str:
        return "\t".join(str(x) for x in (self.name, self.place_id, self.name_en, self.iso2, self.admin1,
                                          round(self.latitude, 5), round(self.longitude, 5), self.population,
                                          self.kind, int(self.word)))


@dataclass
class Report:
    places: int = 0
    names: int = 0
    skipped: list[str] = field(default_factory=list)
    per_country: Counter = field(default_factory=Counter)


class Admin1Finder:
    """ACLED's admin1 for an added place: by its region's name, else by the nearest built-in place."""

    def __init__(self):
        from rasd.geo.gazetteer import load_builtin
        self.by_country: dict[str, dict[str, str]] = {}
        for r in read_tsv("admin1.tsv", ("iso2", "acled_admin1")):
            self.by_country.setdefault(r["iso2"], {})[latin_key(r["acled_admin1"])] = r["acled_admin1"]
        self.points: dict[str, list[tuple[float, float, str]]] = {}
        for places in load_builtin().values():
            for p in places:
                if p.admin1 and p.kind == "city":
                    self.points.setdefault(p.iso2, []).append((p.latitude, p.longitude, p.admin1))
        self.cache: dict[tuple[str, str], str | None] = {}

    def by_name(self, iso2: str, region: str) -> str | None:
        key = (iso2, region)
        if key not in self.cache:
            names = self.by_country.get(iso2, {})
            k = latin_key(region)
            found = names.get(k)
            if found is None and k:
                close = difflib.get_close_matches(k, list(names), n=1, cutoff=0.75)
                found = names[close[0]] if close else None
            self.cache[key] = found
        return self.cache[key]

    def nearest(self, iso2: str, lat: float, lon: float) -> str:
        best, best_d = "", float("inf")
        for plat, plon, admin1 in self.points.get(iso2, ()):
            d = (plat - lat) ** 2 + ((plon - lon) * 0.8) ** 2
            if d < best_d:
                best, best_d = admin1, d
        return best

    def __call__(self, iso2: str, region: str, lat: float, lon: float) -> str:
        return (self.by_name(iso2, region) if region else None) or self.nearest(iso2, lat, lon)


def arabic_forms(names: Iterable[str]) -> set[str]:
    out = set()
    for n in names:
        n = (n or "").strip()
        if not n or not ARABIC.search(n) or LATIN.search(n):
            continue
        k = norm(n)
        # "قرية الخضر", "مديرية رازح": the text puts the kind of place before the name itself
        short = ADMIN_PREFIX.sub("", k)
        if len(short.replace(" ", "")) >= 3:
            out.add(short)
    return out


def _rows_for(place_id: int, name_en: str, iso2: str, admin1: str, lat: float, lon: float, population: int,
              kind: str, names: set[str], words: frozenset[str]) -> Iterator[Row]:
    from rasd.geo.resolve import place_words
    for name in sorted(names):
        if name in place_words():
            continue  # "قرى" (villages), "مدينة": the words that introduce places are none
        word = is_word(name, words, inflected=True)
        if word and iso2 not in ARAB_WORLD:
            continue  # a transliteration that is also an Arabic word is never the place meant
        yield Row(name, place_id, name_en, iso2, admin1, lat, lon, population, kind, word)


def _open_text(path: Path) -> io.TextIOBase:
    raw = gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")
    return io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")


# --- readers --------------------------------------------------------------------------------

def _builtin_names() -> dict[int, set[str]]:
    from rasd.geo.gazetteer import load_builtin
    out: dict[int, set[str]] = {}
    for name, places in load_builtin().items():
        for p in places:
            out.setdefault(p.geonameid, set()).add(name)
    return out


def read_table(path: Path, report: Report, admin1: Admin1Finder, words: frozenset[str]) -> Iterator[Row]:
    """A table with Who's On First's columns (../shared/gazetteer/README.md)."""
    builtin_names = _builtin_names()
    with _open_text(path) as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        need = {"placetype", "country", "name", "latitude", "longitude", "names_ar"}
        if not reader.fieldnames or not need <= set(reader.fieldnames):
            raise InputError(f"{path}: not a place table: its header needs {', '.join(sorted(need))}")
        for n, r in enumerate(reader, 2):
            kind = WOF_KINDS.get(r["placetype"])
            try:
                lat, lon = float(r["latitude"]), float(r["longitude"])
            except (TypeError, ValueError):
                report.skipped.append(f"{path}:{n}: no coordinates")
                continue
            iso2 = (r["country"] or "").upper()
            if kind is None or len(iso2) != 2:
                continue
            # names tagged Arabic; Persian, Pashto and Urdu spellings only where there is none
            # (their words collide with Arabic ones far more often than they name the place meant)
            names = arabic_forms((r.get("names_ar") or "").split("|"))
            if not names and iso2 in ARAB_WORLD:
                names = arabic_forms((r.get("names_other_arabic_script") or "").split("|"))
            if not names:
                continue
            region = r.get("region") or ""
            a1 = admin1(iso2, region, lat, lon)
            place_id = -int(r.get("wof_id") or n)  # negative: not a GeoNames id
            if (r.get("geonames_id") or "").isdigit():
                place_id = int(r["geonames_id"])
                names -= builtin_names.get(place_id, set())  # the built-in table has these already
            rows = list(_rows_for(place_id, r["name"] or "", iso2, a1 if kind != "admin1" else (a1 or r["name"]),
                                  lat, lon, int(float(r.get("population") or 0)), kind, names, words))
            if rows:
                report.places += 1
                report.names += len(rows)
                report.per_country[iso2] += 1
                yield from rows


GEONAMES_FIELDS = 19


def _is_geonames_dump(path: Path) -> bool:
    with _open_text(path) as fh:
        first = fh.readline().split("\t")
    return len(first) == GEONAMES_FIELDS and first[0].isdigit()


def _is_alternate_names(path: Path) -> bool:
    with _open_text(path) as fh:
        first = fh.readline().split("\t")
    return 4 <= len(first) <= 10 and first[0].isdigit() and first[1].isdigit() and not first[2][:1].isdigit()


def read_alternate_names(path: Path) -> dict[int, set[str]]:
    """geonameid -> its Arabic names, from alternateNamesV2.txt (language code "ar")."""
    out: dict[int, set[str]] = {}
    with _open_text(path) as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) >= 4 and f[2] == "ar" and f[1].isdigit():
                out.setdefault(int(f[1]), set()).add(f[3])
    return out


def read_geonames(path: Path, report: Report, admin1: Admin1Finder, words: frozenset[str],
                  alternate: dict[int, set[str]]) -> Iterator[Row]:
    """A GeoNames dump as geonames.org publishes it (XX.txt, allCountries.txt): populated places
    (feature class P) and administrative divisions (ADM1 as admin1, ADM2/ADM3 as districts)."""
    admin_codes = {r["geonames_admin1"]: r["acled_admin1"] for r in read_tsv("admin1.tsv", ("geonames_admin1",))}
    builtin_names = _builtin_names()
    with _open_text(path) as fh:
        for n, line in enumerate(fh, 1):
            f = line.rstrip("\n").split("\t")
            if len(f) != GEONAMES_FIELDS:
                report.skipped.append(f"{path}:{n}: {len(f)} columns, not GeoNames' {GEONAMES_FIELDS}")
                continue
            fclass, fcode, iso2 = f[6], f[7], f[8]
            if fclass == "P":
                kind = "city"
            elif fclass == "A" and fcode == "ADM1":
                kind = "admin1"
            elif fclass == "A" and fcode in ("ADM2", "ADM3"):
                kind = "region"
            else:
                continue
            try:
                gid, lat, lon = int(f[0]), float(f[4]), float(f[5])
                population = int(f[14] or 0)
            except ValueError:
                report.skipped.append(f"{path}:{n}: unreadable numbers")
                continue
            names = arabic_forms(f[3].split(",") + [f[1]]) | arabic_forms(alternate.get(gid, ()))
            names -= builtin_names.get(gid, set())  # the built-in table has these already
            if not names:
                continue
            a1 = admin_codes.get(f"{iso2}.{f[10]}") or admin1(iso2, "", lat, lon)
            if kind == "admin1":
                a1 = admin_codes.get(f"{iso2}.{f[10]}") or f[2]
            rows = list(_rows_for(gid, f[2] or f[1], iso2, a1, lat, lon, population, kind, names, words))
            if rows:
                report.places += 1
                report.names += len(rows)
                report.per_country[iso2] += 1
                yield from rows


# --- the index ------------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def add(paths: list[Path], name: str | None = None, home: Path | None = None, log=print) -> dict:
    """Build the index NAME from the given files; returns its card."""
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file")
    geonames = [p for p in paths if _is_geonames_dump(p)]
    alternates = [p for p in paths if p not in geonames and _is_alternate_names(p)]
    tables = [p for p in paths if p not in geonames and p not in alternates]
    name = name or re.sub(r"[^A-Za-z0-9_-]+", "-", paths[0].name.split(".")[0]).strip("-") or "places"
    words = arabic_words()
    admin1 = Admin1Finder()
    report = Report()
    alternate: dict[int, set[str]] = {}
    for p in alternates:
        log(f"reading Arabic alternate names from {p}")
        for gid, names in read_alternate_names(p).items():
            alternate.setdefault(gid, set()).update(names)
    rows: list[Row] = []
    for p in geonames:
        log(f"reading GeoNames places from {p}")
        rows.extend(read_geonames(p, report, admin1, words, alternate))
    for p in tables:
        log(f"reading the place table {p}")
        rows.extend(read_table(p, report, admin1, words))
    if not rows:
        raise InputError(f"no place with an Arabic name in {', '.join(map(str, paths))}")
    target = index_dir(home)
    target.mkdir(parents=True, exist_ok=True)
    lines = sorted({r.line() for r in rows})
    body = ("\t".join(COLUMNS) + "\n" + "\n".join(lines) + "\n").encode("utf-8")
    tmp = target / f".{name}.tsv.gz.tmp"
    tmp.write_bytes(gzip.compress(body, mtime=0))
    credit = [WOF_CREDIT] if tables else []
    credit += [GEONAMES_CREDIT] if geonames or alternates else []
    card = {"name": name, "built": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "sources": [{"path": str(p.resolve()), "sha256": _sha256(p)} for p in paths],
            "places": report.places, "names": len(lines),
            "per_country": dict(sorted(report.per_country.items())), "credit": credit,
            "skipped_lines": len(report.skipped)}
    (target / f"{name}.json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, target / f"{name}.tsv.gz")  # the index appears whole, or not at all
    for msg in report.skipped[:20]:
        log(f"skipped: {msg}")
    log(f"{name}: {report.places} places, {len(lines)} names, in {target}")
    return card


def info(home: Path | None = None) -> list[dict]:
    cards = []
    for path in sorted(index_dir(home).glob("*.json")):
        try:
            cards.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            cards.append({"name": path.stem, "error": "card unreadable"})
    return cards


def remove(name: str, home: Path | None = None) -> None:
    target = index_dir(home)
    found = False
    for suffix in (".tsv.gz", ".json"):
        path = target / f"{name}{suffix}"
        if path.exists():
            path.unlink()
            found = True
    if not found:
        raise InputError(f"no extended gazetteer named {name!r} in {target} (see: rasd gazetteer info)")
