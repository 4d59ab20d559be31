"""Places the gazetteer lacks: a village or district named as one, in a sentence that names its
province ("في مديريتي غمر ورازح بمحافظة صعدة").

ACLED codes such an event at the province, geo_precision 3, and so does rasd; but it keeps the
name as the text wrote it, so that strikes on two districts of one province stay two events
rather than one at the province. A name qualifies only right after a noun that says what kind
of place it is (lexicons/place_words.tsv, column village), when it is no everyday word, no adjective or
plural, and no name another lexicon already read (an actor, a country, a town the gazetteer
placed or that the text only measures from). A town the gazetteer has only in another country
("مديرية برقان": Burgan, Kuwait) may be such a village.
"""
from __future__ import annotations

import functools
import zlib
from bisect import bisect_left

from rasd.geo.resolve import place_words
from rasd.lexicons.load import read_tsv
from rasd.records import Place, PlaceMention, Sentence, Token
from rasd.text.normalize import norm
from rasd.text.words import is_everyday_word, is_past_verb, is_word

# the name and its province lie within this many tokens in one sentence
PROVINCE_REACH = 12
CONTEXT_REACH = 2  # sentences back to the one whose province a district named alone lies in


@functools.cache
def village_nouns() -> frozenset[str]:
    """The containers marked "village" in place_words.tsv, alone and with each joined clitic of
    clitics.tsv that keeps the noun as it is ("بمديرية", "التابعة لناحية"), for one lookup a token."""
    nouns = [norm(r["surface"]) for r in read_tsv("place_words.tsv", ("surface", "kind"))
             if r.get("village") in ("yes", "small")]
    clitics = [""] + [norm(r["prefix"]) for r in read_tsv("clitics.tsv", ("prefix",)) if not r.get("replace")]
    return frozenset(c + n for c in clitics for n in nouns)


@functools.cache
def name_prefixes() -> frozenset[str]:
    # first words of two-word names ("كفر جنة", "بيت نعيم"): the name takes the next word too
    return frozenset(norm(r["prefix"]) for r in read_tsv("place_prefixes.tsv", ("prefix",)))


def is_village_noun(word: str) -> bool:
    return word in village_nouns()


# the pronoun endings "its", "their" (not "ه", "his", as numbers.POSSESSIVES has it: many names end in it)
OWNER_ENDINGS = ("هما", "ها", "هم")


def could_be_name(word: str) -> bool:
    """Not a word of the language in any everyday form: not "حدودية" (an adjective), "عمليات"
    (a plural), "قريبة", "يسيطر" (a verb that opens a clause), a number or a Latin word."""
    if len(word) < 2 or not all("\u0621" <= ch <= "\u064a" for ch in word):
        return False
    if word.startswith("و"):
        return False  # "منطقة ويعلما": "and" opens a clause; a name after the noun takes no "و"
    if word.startswith(("ي", "ت")) and word.endswith(("ها", "هم")) and len(word) >= 5:
        return False  # "منطقة تقطنها قبيلة": a verb with its object, a relative clause
    if is_everyday_word(word) or is_village_noun(word) or is_past_verb(word):
        return False
    # "بلدة الشيفونية ومزارعها": a noun with its owner's pronoun (its farms) names nothing
    stem = next((word[:-len(p)] for p in OWNER_ENDINGS if word.endswith(p)), "")
    if len(stem) >= 3 and is_word(stem, inflected=True):
        return False
    # an adjective or a plural: a regular ending on a dictionary word. An indefinite one after
    # an indefinite noun agrees with it ("قرى مطلة", "مناطق واسعة"); a definite name in "-ة" on a
    # short root is a village ("منطقة اليتمة"), on a long stem an adjective ("الواقعة")
    definite = word.startswith("ال")
    bare = word[2:] if definite else word
    if word.endswith(("يه", "ات", "ين", "ون")) or (word.endswith("ه") and (not definite or len(bare) >= 5)):
        return not is_word(word, inflected=True)
    return True


def unlisted_places(tokens: list[Token], sentences: list[Sentence], taken: set[int],
                    places: list[PlaceMention], province_of, span_of,
                    nationalities: dict[str, str], numbers: dict[str, object],
                    dateline: PlaceMention | None = None) -> list[PlaceMention]:
    """Mentions of names after a village noun that no lexicon read, each placed at the
    province the same sentence names (``province_of(iso2, admin1)`` gives its Place); in the
    first sentences, else at the province of the town the story was filed from (``dateline``:
    "مأرب - ... في جبهة رغوان")."""
    out: list[PlaceMention] = []
    ranked = sorted((p for p in places if p.place.kind != "country"), key=lambda p: p.first)
    starts = [p.first for p in ranked]
    nouns = village_nouns()
    named: dict[str, Place] = {}  # the names placed so far ("مديرية الملاجم" told again below)
    # the places of the last sentence that named any, and its index
    earlier, earlier_at = ([dateline], 0) if dateline is not None else ([], -CONTEXT_REACH - 1)
    for s in sentences:
        anchors = ranked[bisect_left(starts, s.first):bisect_left(starts, s.last)]
        context = None
        if anchors:
            earlier, earlier_at = anchors, s.index
        elif s.index - earlier_at <= CONTEXT_REACH:
            # "وكان طيران العدوان قد شن أمس غارتين على مديرية الصفراء": a district named alone lies
            # in the province the sentences just before named
            context = _province_place(earlier[-1:], earlier[-1].first, province_of)
        elif not named:
            continue
        i = s.first
        while i < s.last - 1:
            # "140 مستوطنة", "ثلاث قرى": a counted noun, not one naming the place after it
            if tokens[i].text not in nouns or i > s.first and (
                    tokens[i - 1].text.isdigit() or tokens[i - 1].text in numbers):
                i += 1
                continue
            names = _names_after(tokens, i + 1, s.last, taken)
            for first, last, skip in names:
                span = span_of(first, last, skip)
                name = norm(span.text)
                if name in named:  # told again: where it was placed first
                    out.append(PlaceMention(first, last, span, named[name], 3))
                    continue
                place = context or _province_place(anchors, first, province_of)
                if place is None or _of_another_country(tokens, last, s.last, place.iso2, nationalities):
                    continue
                named[name] = Place(_stable_id(name, place), span.text, place.iso2, place.country, place.admin1,
                                    place.latitude, place.longitude, "unlisted")
                out.append(PlaceMention(first, last, span, named[name], 3))
            i = names[-1][1] if names else i + 1
    return out


ARTICLE_OPENINGS = ("ال", "بال", "لل", "وال", "فال", "كال")


def _names_after(tokens: list[Token], at: int, end: int, taken: set[int]) -> list[tuple[int, int, int]]:
    """(first, last, letters of "و" to skip) of the name at ``at`` and of names joined to it by
    "و" ("مديريتي غمر ورازح")."""
    out = []
    skip = 0
    while at < end and at not in taken:
        word = tokens[at].text[skip:]
        last = at + 1
        if word in name_prefixes() and last < end and last not in taken:
            last += 1  # "بيت نعيم"
            if tokens[last - 1].text in name_prefixes() and last < end and last not in taken \
                    and not tokens[last].text.startswith("و"):
                last += 1  # "خان بني سعد"
        elif not could_be_name(word):
            break
        elif last < end and last not in taken and could_be_name(tokens[last].text) \
                and not tokens[last].text.startswith(ARTICLE_OPENINGS):
            last += 1  # "برنين غواري": a second word that is no word of the language goes on the name
            # (not one with the article, joined or not: "كوبوارا بالشطر الهندي")
        if last < end and place_words().get(tokens[last].text) == "clause":
            break  # "مناطق يسيطر عليها": a clause, not a name
        out.append((at, last, skip))
        at, skip = last, 1
        if at >= end or not tokens[at].text.startswith("و"):
            break
        if is_everyday_word(tokens[at].text) and tokens[at].text[1:] not in name_prefixes():
            break  # "مأرب (وسط)": "وسط" is a word, not "و" + a name; but "وحوش الصالحية"
    return out


def _of_another_country(tokens: list[Token], after: int, end: int, iso2: str,
                        nationalities: dict[str, str]) -> bool:
    """"مدينة زيوريخ السويسرية", "مدينة سديروت الإسرائيلية": the adjective after the name
    names its country; unless it is the province's, the name is not in that province."""
    if after >= end:
        return False
    word = tokens[after].text
    if word in nationalities:
        return nationalities[word] != iso2
    # a nationality the lexicon lacks: a definite adjective in "-ي/-ية" that is no dictionary word
    return word.startswith("ال") and word.endswith(("يه", "ي")) and not is_word(word, inflected=True)


def _province_place(anchors: list[PlaceMention], at: int, province_of) -> Place | None:
    """The province of the nearest named province, else of the nearest named town, within reach."""
    near = [p for p in anchors if abs(p.first - at) <= PROVINCE_REACH]
    for kinds in (("admin1",), ("city", "site", "region")):
        pool = [p for p in near if p.place.kind in kinds]
        if pool:
            anchor = min(pool, key=lambda p: abs(p.first - at)).place
            if anchor.kind == "admin1":
                return anchor
            province = province_of(anchor.iso2, anchor.admin1)
            return Place(anchor.geonameid, anchor.admin1, anchor.iso2, anchor.country, anchor.admin1,
                         *(province.latitude, province.longitude) if province else
                         (anchor.latitude, anchor.longitude), "admin1")
    return None


def _stable_id(name: str, province: Place) -> int:
    # the same name in the same province is the same place in every article and run
    return -(10**10 + zlib.crc32(f"{name}|{province.iso2}|{province.admin1}".encode("utf-8")))
