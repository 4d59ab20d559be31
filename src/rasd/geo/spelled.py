"""Towns the gazetteer has no Arabic name for, found by how their Latin name sounds.

GeoNames gives many towns abroad no Arabic name (Jerada, Dapchi, Kurashiki). A name right
after a noun that says it is a town ("مدينة جرادة", "بلدة دابتشي") in an article about a known
country is compared, by its consonants, with the Latin names of that country's towns of 5,000
people or more (``data/towns_latin.tsv.gz``, built by ``scripts/build_gazetteer.py`` from
GeoNames: towns of one word the gazetteer has no Arabic name for): "جرادة" and "Jerada" both
sound G-R-D. Only one town of the country may sound so, and the name must have three consonants
or more, else nothing is read (two sound like too many towns: "أمن" would be Minya); two do after
an opening vowel for a town of 20,000 or more ("أفجوي", Afgooye).
"""
from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from importlib import resources

from rasd.geo.unlisted import could_be_name, is_village_noun, name_prefixes, village_nouns
from rasd.records import Place, PlaceMention

TABLE = "towns_latin.tsv.gz"
MIN_CONSONANTS = 3
WORD_TOWN = 20_000  # a town this big may be named by a word of the language ("جرادة")

# Latin letter groups as Arabic writes them, longest first, then single letters; vowels, "h",
# "w" and "y" (long vowels or nothing in Arabic spelling) are dropped on both sides
LATIN_GROUPS = [("tch", "s"), ("sch", "s"), ("dj", "g"), ("dzh", "g"), ("sh", "s"), ("ch", "s"), ("kh", "k"),
                ("gh", "g"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("ck", "k"), ("qu", "k"), ("ts", "s"),
                ("ce", "s"), ("ci", "s"), ("x", "ks")]
LATIN_LETTERS = {"b": "b", "p": "b", "t": "t", "d": "d", "s": "s", "z": "z", "c": "k", "k": "k", "q": "k",
                 "g": "g", "j": "g", "f": "f", "v": "f", "l": "l", "m": "m", "n": "n", "r": "r"}
LATIN_OPENING_VOWELS = set("aeiouyh")
ARABIC_OPENING_VOWELS = set("اأإآءعهحيو")
ARABIC_GROUPS = [("تش", "s"), ("دج", "g")]
ARABIC_LETTERS = {"ب": "b", "ت": "t", "ط": "t", "ث": "s", "د": "d", "ض": "d", "ذ": "z", "ز": "z", "ظ": "z",
                  "س": "s", "ص": "s", "ش": "s", "ج": "g", "غ": "g", "ق": "k", "ك": "k", "خ": "k", "ف": "f",
                  "ل": "l", "م": "m", "ن": "n", "ر": "r"}


def _collapse(sounds: list[str]) -> str:
    """"Sfaxx" and "صفاقس" alike: doubled consonants count once."""
    return "".join(s for i, s in enumerate(sounds) if i == 0 or s != sounds[i - 1])


def latin_sounds(name: str) -> str:
    """The consonants of a Latin place name as Arabic would write them: "Jerada" -> "grd"; a
    name that opens with a vowel (or "h", often silent) starts with "-": "Aghbala" -> "-gbl"."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if not unicodedata.combining(c) and c.isalpha())
    return _sounds(s, LATIN_GROUPS, LATIN_LETTERS, LATIN_OPENING_VOWELS)


def arabic_sounds(word: str) -> str:
    """The consonants of an Arabic spelling: "جرادة" -> "grd", "دابتشي" -> "dbs"; one that opens
    with a vowel letter, "ع" or "ه" starts with "-" ("أغبالة" -> "-gbl"), as latin_sounds does."""
    s = word[2:] if word.startswith("ال") else word
    return _sounds(s, ARABIC_GROUPS, ARABIC_LETTERS, ARABIC_OPENING_VOWELS)


def _sounds(s: str, groups: list[tuple[str, str]], letters: dict[str, str], opening_vowels: set[str]) -> str:
    out: list[str] = ["-"] if s[:1] in opening_vowels else []
    i = 0
    while i < len(s):
        group = next(((g, v) for g, v in groups if s.startswith(g, i)), None)
        if group is not None:
            out.extend(group[1])
            i += len(group[0])
            continue
        if s[i] in letters:
            out.append(letters[s[i]])
        i += 1
    return _collapse(out)


@functools.cache
def _towns() -> dict[tuple[str, str], tuple[tuple, ...]]:
    """(iso2, sounds) -> the rows of the towns that sound so, loaded on first use."""
    index: dict[tuple[str, str], list[tuple]] = {}
    with resources.files("rasd.data").joinpath(TABLE).open("rb") as raw, \
            gzip.open(raw, "rt", encoding="utf-8") as fh:
        next(fh)  # header
        for line in fh:
            # (the sounds column is latin_sounds(name), written by the build)
            sounds, geonameid, name, iso2, admin1, lat, lon, population = line.rstrip("\n").split("\t")
            row = (int(geonameid), name, iso2, admin1, float(lat), float(lon), int(population))
            index.setdefault((iso2, sounds), []).append(row)
    return {k: tuple(v) for k, v in index.items()}


def town_sounding(word: str, iso2: str, country: str) -> Place | None:
    """The one town of the country whose Latin name sounds like the Arabic word, or None."""
    sounds = arabic_sounds(word)
    consonants = len(sounds.lstrip("-"))
    if consonants < MIN_CONSONANTS - sounds.startswith("-") or not re.fullmatch("-?[a-z]+", sounds):
        return None  # "بيني", "أمن": two consonants sound like too many towns
    rows = _towns().get((iso2, sounds), ())
    if len({r[0] for r in rows}) != 1:
        return None  # none, or two towns that sound alike: nothing tells which
    geonameid, name, iso2, admin1, lat, lon, population = rows[0]
    if consonants < MIN_CONSONANTS and (population < WORD_TOWN or not could_be_name(word)):
        return None  # two consonants after a vowel ("أفجوي": Afgooye) only for a town of some size
        # and a name that is no word ("مدينة عالمية": a world city, not Alma)
    return Place(geonameid, name, iso2, country, admin1, lat, lon, "city", population)


def spelled_places(tokens: list, sentences: list, taken: set[int], places: list[PlaceMention],
                   article_country: str | None, country_name, span_of,
                   nationalities: dict[str, str]) -> list[PlaceMention]:
    """Mentions of towns found by sound: a one-word name right after a village noun
    (place_words.tsv) that no lexicon read, in the country its sentence names (a country's
    name, a nationality word right after it, a place of the gazetteer), else the article's."""
    out: list[PlaceMention] = []
    nouns = village_nouns()
    for s in sentences:
        for i in range(s.first, s.last - 1):
            at = i + 1
            if tokens[i].text not in nouns or at in taken or not _letters(tokens[at].text):
                continue
            nxt = tokens[at + 1].text if at + 1 < s.last else ""
            if tokens[at].text in name_prefixes():
                continue  # "مدينة سانت بول": the first word of a name of two
            if nxt and at + 1 not in taken and not nxt.startswith("و") and could_be_name(nxt) \
                    and nxt not in nationalities and not is_village_noun(nxt):
                continue  # "مدينة بولو بورتي": a name of two words; the sound of one is not enough
            here = [p.place.iso2 for p in places if s.first <= p.first < s.last]
            iso2 = nationalities.get(nxt) or (here[0] if here else article_country)
            if not iso2:
                continue
            place = town_sounding(tokens[at].text, iso2, country_name(iso2))
            # a word of the language ("جرادة": a locust) names a town only if the town is big:
            # "مدينة كبيرة" must not find a village that sounds like "big"
            if place is not None and (could_be_name(tokens[at].text) or place.population >= WORD_TOWN):
                out.append(PlaceMention(at, at + 1, span_of(at, at + 1, 0), place, 1))
    return out


def _letters(word: str) -> bool:
    """Arabic letters only, not "و" + a word (a name after the noun takes no "and"), nor a noun
    with "its" or "their" ("جبالها": its mountains)."""
    return len(word) >= 3 and not word.startswith("و") and not word.endswith(("ها", "هم", "هما")) \
        and all("\u0621" <= ch <= "\u064a" for ch in word)
