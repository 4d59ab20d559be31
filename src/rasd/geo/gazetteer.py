"""The gazetteer: Arabic place names -> GeoNames places, behind a narrow interface.

The compiled table (``rasd/data/gazetteer.tsv.gz``) is built from installed
GeoNames data by ``scripts/build_gazetteer.py``; ``lexicons/places_extra.tsv``
adds hand-checked places that cities500 lacks (camps, districts, bases).
"""
from __future__ import annotations

import dataclasses
import functools
import gzip
import os
from importlib import resources
from pathlib import Path
from typing import Protocol

from rasd.errors import GazetteerError
from rasd.lexicons.load import PhraseMatcher, read_tsv
from rasd.records import Place
from rasd.text.normalize import norm
from rasd.text.words import arabic_words, is_word


class Gazetteer(Protocol):
    def lookup(self, name: str) -> list[Place]: ...

    def province(self, iso2: str, admin1: str) -> Place | None: ...

    @property
    def matcher(self) -> PhraseMatcher: ...


class TableGazetteer:
    """An in-memory gazetteer: normalised name -> candidate places."""

    def __init__(self, entries: dict[str, list[Place]], stopwords: set[str] = frozenset()):
        self._by_name = {k: v for k, v in entries.items() if k not in stopwords}
        self.matcher = PhraseMatcher((name, name, ()) for name in self._by_name)
        self._provinces: dict[tuple[str, str], Place] | None = None

    def lookup(self, name: str) -> list[Place]:
        return list(self._by_name.get(norm(name), ()))

    def __len__(self) -> int:
        return len(self._by_name)

    def places(self) -> list[Place]:
        """Every place, once per name it is known by."""
        return [p for places in self._by_name.values() for p in places]

    def province(self, iso2: str, admin1: str) -> Place | None:
        """The province (kind admin1) of that name in that country, if the table has it."""
        if self._provinces is None:
            self._provinces = {(p.iso2, p.admin1): p for p in self.places() if p.kind == "admin1"}
        return self._provinces.get((iso2, admin1))


COLUMNS = ("name", "geonameid", "name_en", "iso2", "admin1", "latitude", "longitude", "population", "kind", "word")


def data_home() -> Path:
    """rasd's own data directory: $RASD_HOME, else $XDG_DATA_HOME/rasd, else ~/.local/share/rasd."""
    if os.environ.get("RASD_HOME"):
        return Path(os.environ["RASD_HOME"])
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "rasd"


def index_dir(home: Path | None = None) -> Path:
    """Where extended gazetteers (rasd gazetteer add) are kept."""
    return (home or data_home()) / "gazetteers"


def _read_table(data: bytes, where: str, entries: dict[str, list[Place]], extended: bool = False) -> None:
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise GazetteerError(f"{where}: not a compiled gazetteer (unexpected header); rebuild it")
    for line in lines[1:]:
        name, gid, en, iso2, admin1, lat, lon, pop, kind, word = line.split("\t")
        entries.setdefault(name, []).append(
            Place(int(gid), en, iso2, "", admin1, float(lat), float(lon), kind, int(pop), word == "1", extended))


@functools.cache
def load_builtin() -> dict[str, list[Place]]:
    """The table shipped with rasd (GeoNames cities500 and provinces)."""
    path = resources.files("rasd.data").joinpath("gazetteer.tsv.gz")
    try:
        data = path.read_bytes()
    except (FileNotFoundError, OSError) as exc:
        raise GazetteerError(
            f"compiled gazetteer {path} is missing or corrupt; "
            "rebuild it with: python scripts/build_gazetteer.py") from exc
    entries: dict[str, list[Place]] = {}
    _read_table(data, str(path), entries)
    return entries


def extended_indexes(home: Path | None = None) -> list[Path]:
    return sorted(index_dir(home).glob("*.tsv.gz"))


def _read_compiled(home: Path | None = None) -> dict[str, list[Place]]:
    entries = {name: list(places) for name, places in load_builtin().items()}
    for path in extended_indexes(home):
        try:
            _read_table(path.read_bytes(), str(path), entries, extended=True)
        except (OSError, ValueError, EOFError) as exc:
            raise GazetteerError(f"extended gazetteer {path} is unreadable ({exc}); rebuild it with "
                                 f"'rasd gazetteer add' or drop it with 'rasd gazetteer remove {path.name[:-7]}'") from exc
    return entries


def load_gazetteer(home: Path | None = None) -> TableGazetteer:
    """The built-in table, the extended indexes the user added (under ``home``, default
    data_home(): $RASD_HOME), and places_extra.tsv; loaded once per home."""
    return _load_gazetteer(str(home or data_home()))


CAPITAL_KM = 10  # the gazetteer's city that is a country's capital lies this close to its point


def _capital_phrases(entries: dict[str, list[Place]]) -> dict[str, Place]:
    """"العاصمة السورية" (the Syrian capital) names Damascus itself: each feminine nationality
    adjective after "العاصمة", as the town at the country's capital that bears its name, else the
    most populous there (Manama, not the larger Muharraq next to it)."""
    from rasd.geo.distance import km
    from rasd.lexicons.load import load_lexicons
    lex = load_lexicons()  # the capitals' points and the adjectives, as extraction reads them
    seats: dict[str, Place] = {}

    def rank(p: Place, point: Place) -> tuple[bool, int]:
        return p.name == point.name, p.population

    for places in entries.values():
        for p in places:
            point = lex.capitals.get(p.iso2)
            if p.kind == "city" and point and km(p.latitude, p.longitude, point.latitude, point.longitude) \
                    <= CAPITAL_KM and (p.iso2 not in seats or rank(p, point) > rank(seats[p.iso2], point)):
                seats[p.iso2] = p
    title = norm("العاصمة")
    return {f"{title} {adjective}": seats[iso] for adjective, iso in lex.nationalities.items()
            if adjective.endswith("يه") and iso in seats}


def _mark_described_regions(entries: dict[str, list[Place]]) -> None:
    """"المنطقة الجنوبية" (the southern region) is Israel's Southern District, and "the southern
    region" of any country: a name made of a region noun and a direction is read like an everyday
    word, only where the text names it as a place or the story is about its country
    (lexicons/region_words.tsv)."""
    kinds = {norm(r["surface"]): r["kind"] for r in read_tsv("region_words.tsv", ("surface", "kind"))}
    for name, places in entries.items():
        parts = name.split(" ")
        if len(parts) == 2 and kinds.get(parts[0]) == "region" and kinds.get(parts[1]) == "direction":
            entries[name] = [dataclasses.replace(p, common_word=True) for p in places]


def _add_bare_province_names(entries: dict[str, list[Place]]) -> None:
    """"ولايت هلمند" / "هلمند ولايت" (Persian word order) is Helmand: index a province's name
    without its title word (lexicons/region_words.tsv, kind title) where no place or everyday word
    has that name already ("محافظة إب" stays Ibb the city)."""
    titles = {norm(r["surface"]) for r in read_tsv("region_words.tsv", ("surface", "kind")) if r["kind"] == "title"}
    language = arabic_words()
    bare: dict[str, list[Place]] = {}
    for name, places in entries.items():
        words = name.split(" ")
        if len(words) < 2 or not (words[0] in titles or words[-1] in titles):
            continue
        rest = " ".join(words[1:] if words[0] in titles else words[:-1])
        provinces = [p for p in places if p.kind == "admin1"]
        if provinces and len(rest) >= 3 and rest not in entries and rest not in language:
            bare.setdefault(rest, provinces)
    entries.update(bare)


def _add_g_spellings(entries: dict[str, list[Place]]) -> None:
    """A hard "g" abroad is written "غ" or, as Egyptian outlets do, "ج" ("سريناغار" / "سريناجار",
    "هامبورغ" / "هامبورج"): index the "ج" spelling of towns outside the region's own countries
    (lexicons/countries.tsv), where "غ" is an Arabic, Persian or Turkish sound of its own. A
    spelling another place or an Arabic word already has is left alone."""
    region = {r["iso2"] for r in read_tsv("countries.tsv", ("iso2",))}
    for name, places in list(entries.items()):
        if "غ" not in name or any(p.iso2 in region for p in places):
            continue
        variant = name.replace("غ", "ج")
        if variant not in entries and not is_word(variant):
            entries[variant] = list(places)


def _add_dj_spellings(entries: dict[str, list[Place]]) -> None:
    """A French "Dj" is written "ج" or "دج" ("جيبو" / "دجيبو", Djibo): where GeoNames gives a town
    outside the region's own countries the "ج" spelling, index the "دج" one too (the region's own
    "Dj" names, Djelfa or Djemmal, are Arabic words written with "ج" alone)."""
    region = {r["iso2"] for r in read_tsv("countries.tsv", ("iso2",))}
    for name, places in list(entries.items()):
        if not name.startswith("ج") or any(p.iso2 in region for p in places) \
                or not any(p.name.lower().startswith("dj") for p in places):
            continue
        variant = "د" + name
        if variant not in entries and not is_word(variant):
            entries[variant] = [p for p in places if p.name.lower().startswith("dj")]


def _add_final_hamza_spellings(entries: dict[str, list[Place]]) -> None:
    """"التحيتاء" is also written "التحيتا" (and "صنعاء" "صنعا"): index the name without its
    final hamza too, unless that spelling names a place already or is an everyday word."""
    for name, places in list(entries.items()):
        if name.endswith("اء") and len(name) >= 5:
            short = name[:-1]
            if short not in entries and not is_word(short):
                entries[short] = list(places)


FINAL_ALIF_MIN = 5  # letters of a name whose final "ه" may be written "ا": shorter ones are too often words


def _add_final_alif_spellings(entries: dict[str, list[Place]]) -> None:
    """"هرجيسه" (GeoNames) is written "هرجيسا" in the news: a town whose name ends in "ه" and is no
    Arabic word (a foreign name written down, not an Arabic noun in "ة") is indexed with a final
    "ا" too, unless that spelling names a place already or is an everyday word."""
    words = arabic_words()
    for name, places in list(entries.items()):
        if name.endswith("ه") and len(name) >= FINAL_ALIF_MIN and " " not in name \
                and all(p.kind == "city" for p in places) and not is_word(name, words, inflected=True):
            other = name[:-1] + "ا"
            if other not in entries and not is_word(other, words, inflected=True):
                entries[other] = list(places)


VOWEL_LETTERS = str.maketrans("", "", "اوي")
SKELETON_MIN = 5  # letters a spelling keeps without its long vowels: shorter names are too alike


def _join_vowel_spellings(entries: dict[str, list[Place]]) -> None:
    """Foreign names are written with or without their long vowels ("برمنغهام" / "برمينغهام"): a
    town abroad whose Latin name a spelling already gives, under a spelling that differs only so,
    is indexed under it too, so the spelling GeoNames gave one Birmingham finds the other as well
    (the country and population choose). Another town is never added ("بيلكورد" stays Belgorod,
    not Belgrade), nor are the region's own names touched: there a vowel makes another town."""
    region = {r["iso2"] for r in read_tsv("countries.tsv", ("iso2",))}
    groups: dict[str, list[str]] = {}
    for name, places in entries.items():
        if len(name) < SKELETON_MIN + 1 or " " in name or any(p.iso2 in region or p.kind != "city" for p in places):
            continue
        skeleton = name[0] + name[1:].translate(VOWEL_LETTERS)
        if len(skeleton) >= SKELETON_MIN:
            groups.setdefault(skeleton, []).append(name)
    for names in groups.values():
        if len(names) < 2:
            continue
        every = {p.geonameid: p for name in names for p in entries[name]}
        for name in names:
            have = {p.geonameid for p in entries[name]}
            called = {p.name for p in entries[name]}
            entries[name] = entries[name] + [p for gid, p in every.items() if gid not in have and p.name in called]


@functools.cache
def _load_gazetteer(home: str) -> TableGazetteer:
    entries = _read_compiled(Path(home))
    for n, r in enumerate(read_tsv("places_extra.tsv", ("surface", "name", "iso2", "admin1",
                                                        "latitude", "longitude", "kind"))):
        # hand-curated places win over same-named GeoNames entries of the same country
        surface = norm(r["surface"])
        # "كابل" is also "cable": named as a place ("في كابل"), or in a story about its country
        word = r["kind"] == "city" and is_word(surface)
        place = Place(-(n + 1), r["name"], r["iso2"], "", r["admin1"],
                      float(r["latitude"]), float(r["longitude"]), r["kind"], 10**6, word)
        entries.setdefault(surface, []).insert(0, place)
    # "بن قردان" is often written "بنقردان", and "البوكمال" "البو كمال": index the other spelling too
    joins = {norm(r["prefix"]) for r in read_tsv("place_prefixes.tsv", ("prefix",))}
    lengths = sorted({len(p) for p in joins})
    for name, places in list(entries.items()):
        words = name.split(" ")
        if len(words) == 2 and words[0] in joins:
            entries.setdefault("".join(words), list(places))
        elif len(words) == 1:
            prefix = next((name[:n] for n in lengths if name[:n] in joins and len(name) - n >= 3), None)
            if prefix:
                entries.setdefault(f"{prefix} {name[len(prefix):]}", list(places))
    _add_g_spellings(entries)
    _add_dj_spellings(entries)
    _add_final_hamza_spellings(entries)
    _add_final_alif_spellings(entries)
    _join_vowel_spellings(entries)
    _add_bare_province_names(entries)
    _mark_described_regions(entries)
    for surface in (norm(r["surface"]) for r in read_tsv("place_everyday.tsv", ("surface",))):
        if surface in entries:  # a word of the news first, a town where named as one
            entries[surface] = [dataclasses.replace(p, common_word=True) for p in entries[surface]]
    for phrase, place in _capital_phrases(entries).items():
        entries.setdefault(phrase, [place])
    stop = {norm(r["surface"]) for r in read_tsv("place_stopwords.tsv", ("surface",))}
    # a nationality adjective ("الهندية") is never the name of a place
    stop |= {norm(r["surface"]) for r in read_tsv("nationalities.tsv", ("surface",))}
    return TableGazetteer(entries, stop)
