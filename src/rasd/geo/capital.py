""""في العاصمة" with no name after it: the capital of the country the article is about.

"فرقت الشرطة الجزائرية مسيرة للطلاب في العاصمة" happened in Algiers. The city is the one
the gazetteer reads in "العاصمة الجزائرية" (geo/gazetteer.py), so both spellings place an event
at the same point, geo_precision 1.
"""
from __future__ import annotations

from collections import Counter

from rasd.geo.gazetteer import Gazetteer
from rasd.geo.resolve import INTRODUCERS, place_words
from rasd.lexicons.load import token_variants
from rasd.records import PlaceMention, Token
from rasd.text.normalize import norm

CAPITAL = norm("العاصمة")


def is_nisba_adjective(word: str) -> bool:
    """A feminine nisba adjective after the noun: "الأرجنتينية", "الفيدرالية"."""
    return word.startswith("ال") and word.endswith("يه")


def bare_capitals(tokens: list[Token], span_of, votes: Counter, gaz: Gazetteer,
                  nationalities: dict[str, str], named_at: set[int], measured: set[int]) -> list[PlaceMention]:
    """Each "العاصمة" introduced as a place and followed by no name (``named_at`` holds the
    tokens a place or country name starts at) nor an adjective, and not a point a distance is
    measured from (``measured``), read as the capital of the country with the most votes; none
    where no country leads."""
    ranked = votes.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    if not any(CAPITAL in t.text for t in tokens):
        return []  # most articles: skip the search for the seat
    adjectives = [a for a, iso in nationalities.items() if iso == ranked[0][0] and a.startswith("ال")
                  and a.endswith("يه")]
    seat = next((p for a in adjectives for p in gaz.lookup(f"{CAPITAL} {a}")), None)
    if seat is None:
        return []
    words = place_words()
    out = []
    for i, t in enumerate(tokens):
        if CAPITAL not in t.text:
            continue
        # "العاصمة", "بالعاصمة" (in the capital), "وفي العاصمة" (the "في" is its own token)
        skip = next((skip for form, skip in token_variants(t.text) if form == CAPITAL), None)
        if skip is None:
            continue
        clitic = t.text[:skip]
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        # (a name joined by "و" is another place: "في العاصمة ووهران وقسنطينة")
        and_another = nxt.startswith("و") and not gaz.lookup(nxt)
        if i in named_at or i + 1 in named_at and not and_another or nxt in nationalities or is_nisba_adjective(nxt):
            continue  # "العاصمة عمان", "العاصمة السورية", "العاصمة الأرجنتينية": named, or not ours
        if i in measured:
            continue  # "30 كلم جنوب العاصمة": a point measured from
        prev = tokens[i - 1].text if i > 0 else ""
        if clitic.endswith("ب") or words.get(prev) in INTRODUCERS + ("quarter",):
            out.append(PlaceMention(i, i + 1, span_of(i, i + 1, len(clitic)), seat, 1))
    return out
