"""Place mentions: find names, then choose among candidates, then set precision.

Order as in a geoparser: mention -> candidates -> choice -> admin lookup.
The choice prefers, in turn: a place in an admin1 named in the same sentence,
the article's dominant countries, the kind the words around it ask for
("محافظة X" is a province), and population.
"""
from __future__ import annotations

import functools
import math
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from rasd.geo.distance import km
from rasd.geo.gazetteer import Gazetteer
from rasd.lexicons.load import read_tsv, token_variants
from rasd.records import Cue, Match, Place, PlaceMention, Sentence, Token
from rasd.text.normalize import latin_key, norm
from rasd.text.words import arabic_words


@dataclass(frozen=True, slots=True)
class PlaceCandidates:
    match: Match
    candidates: tuple[Place, ...]
    after_admin_word: bool  # "محافظة X", "ولاية X"
    near: bool  # "أطراف X", "ريف X", "قرب X"
    district: bool  # "حي X": a quarter of a city
    locative: bool  # introduced as a place: "في X", "بX", "قرب X", "مدينة X"
    distance_km: int | None = None  # "على بعد 250 كلم شمال X": X is only a reference point
    named_as_place: bool = False  # after a noun that says what kind of place it is: "قرية X", "بلدة X"
    said_as_place: bool = False  # after a word that introduces a place ("في X", "قرب X"), not only "بX"
    country_said: str | None = None  # "طرابلس اللبنانية": the country a nationality word right after it names
    # "مديرية حيران بمحافظة حجة": the provinces a name is said to lie in, by the name right after it
    within: frozenset[str] = frozenset()
    small: bool = False  # after a noun of a small place ("بلدة X", "قرية X"): no city of millions
    bearing: float | None = None  # "شرقي X": the compass point (degrees) the name before X lies at from X


# a small place named by a common word ("الفصائل", "المزرعة") must be introduced as a place
SMALL_PLACE = 20_000
# a town named by an everyday word ("صور" pictures / Tyre, "الباب" the door / Al-Bab) must be
# introduced as a place too, unless it is a city the size of Aleppo
WORD_PLACE = 500_000
# ... or a city of this size, or a province, of the country the rest of the article is about
# ("محور صعدة" in a story about Yemen), that other names already point to
WORD_TOWN_IN_CONTEXT = 200_000
CONTEXT_VOTES = 2
# a namesake under a fiftieth of a city of a million is not what a writer means by the name
WORLD_CITY = 1_000_000
DWARFED_BY = 50
# ... nor a town under 50,000 beside a city of 100,000 eight times its size, unless the story is
# about the town's country (the most votes, and at least CONTEXT_VOTES): "جنيف" is Geneva, not the
# Geneva of Illinois, in a story that names the United States; "فلورنسا" is Florence, Italy
SIZABLE_CITY = 100_000
OUTSIZED_BY = 8
OUTSIZED_TOWN = 50_000
WOUND_REACH = 5  # words from a wound to the body part it struck ("أصيب بطلق ناري في القدم")
NEAR_KM = 25  # "10 كلم شرق X" is near X (geo_precision 2); farther, X is not the place
DISTANCE_REACH = 3  # "كلم شمال غرب X": the distance word up to 3 tokens before the name


NO_WORD_STARTS = frozenset("ئؤءةى")  # letters no Arabic word (or name) begins with

INTRODUCERS = ("locative", "container", "between")  # the kinds of word a place is introduced by


@functools.cache
def small_place_nouns() -> frozenset[str]:
    """Nouns of a small place ("بلدة", "قرية": place_words.tsv, village "small")."""
    return frozenset(norm(r["surface"]) for r in read_tsv("place_words.tsv", ("surface", "kind"))
                     if r.get("village") == "small")


@functools.cache
def place_words() -> dict[str, str]:
    """Words that introduce a place: normalised word -> locative | container."""
    return {norm(r["surface"]): r["kind"] for r in read_tsv("place_words.tsv", ("surface", "kind"))}


@functools.cache
def compass() -> dict[str, float]:
    """Direction words -> compass degrees (lexicons/compass.tsv)."""
    return {norm(r["surface"]): float(r["degrees"]) for r in read_tsv("compass.tsv", ("surface", "degrees"))}


def said_bearing(words: str) -> float | None:
    """"شرقي" 90, "شمال غرب" 315: the point a near cue names, or None for "قرب", "أطراف"."""
    points = [compass().get(w) for w in words.split()]
    if not points or None in points:
        return None
    if len(points) == 2 and abs(points[0] - points[1]) == 270:
        return 315.0  # north (0) and west (270): between them across north
    return sum(points) / len(points)


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The compass degrees from the first point to the second (flat, enough for which side)."""
    return math.degrees(math.atan2((lon2 - lon1) * math.cos(math.radians(lat1)), lat2 - lat1)) % 360


@functools.cache
def given_names() -> frozenset[str]:
    """Foreign first names (lexicons/given_names.tsv): the word after one is a surname."""
    return frozenset(norm(r["surface"]) for r in read_tsv("given_names.tsv", ("surface",)))


def _after_given_name(tokens: list[Token], first: int) -> bool:
    """"تسيبي ليفني", "وبنازير بوتو": the name is a person's surname, not a place."""
    if first == 0:
        return False
    prev = tokens[first - 1].text
    names = given_names()
    return prev in names or (prev.startswith("و") and prev[1:] in names)


def find_place_names(tokens: list[Token], span_of, gaz: Gazetteer, cues: list[Cue],
                     matches: list[Match] | None = None,
                     nationalities: dict[str, str] | None = None) -> list[PlaceCandidates]:
    # ("مدينة" is a container word here; as a city_title cue it only tells a city from a country)
    by_last = {c.last: c for c in cues if c.kind != "city_title"}
    small_nouns = small_place_nouns()
    distance_at = {c.last: c.first for c in cues if c.kind == "distance"}
    words = place_words()
    words_of_language = arabic_words()
    out = []
    for m in gaz.matcher.find(tokens, span_of) if matches is None else matches:
        cands = tuple(gaz.lookup(m.value))
        if not cands:
            continue
        first = tokens[m.first].text
        # "في ميدي وحرض": a name joined by "و" to a place just named is a place too
        joined = bool(out) and out[-1].locative and out[-1].match.last == m.first and first.startswith("و")
        if m.skip and first in words_of_language and not joined:
            # "فرقة" is a word, not "ف" + Raqqa; "لبنان" is not "ل" + a village; but in "قابس
            # ومدنين وسوسة" the word "وسوسة" (whispering) is "و" + Sousse
            continue
        if m.skip and m.span.text[:1] in NO_WORD_STARTS:
            continue  # "فئاته" (its factions) is no "ف" + "ئاته" (Yate): no word begins with "ئ"
        if m.skip and first[:m.skip].endswith("ك"):
            continue  # "كوسبي" (Cosby) is not "ك" + Visby: "like" rarely comes before a place's name
        if _after_given_name(tokens, m.first):
            continue  # "بنازير بوتو" is Bhutto, not Puteaux
        if m.last < len(tokens) and words.get(tokens[m.last].text) == "cancels":
            continue  # "القنابل المسيلة للدموع": tear gas, not M'Sila
        if m.first > 0 and words.get(tokens[m.first - 1].text) == "voids":
            continue  # "بتوقيت موسكو": a time zone, not where it happened
        if words.get(first[m.skip:]) == "body_part" and any(
                words.get(tokens[k].text) == "wound" for k in range(max(0, m.first - WOUND_REACH), m.first)):
            continue  # "أصيب بطلق ناري في القدم": the foot, not Damascus's Al-Qadam
        if m.skip and m.first > 0 and words.get(tokens[m.first - 1].text) == "container" \
                and not first[m.skip:].startswith("ال") and first[:m.skip] != "و" \
                and words.get(first[m.skip:]) != "container":
            # "مديرية برقان": a name in construct after the noun takes no "ب" (Reggane); but
            # "بلدات بالضفة الغربية": "ب" + a definite name is "in" it, "في العاصمة ووهران":
            # "و" + a name is another place, and "في قرية بمحافظة المنيا": a name that opens with
            # its own noun is where the first lies
            continue
        cue = by_last.get(m.first)
        # "قرب مدينة X": a container noun may stand between a cue and the name
        if cue is None and m.first > 0 and words.get(tokens[m.first - 1].text) == "container":
            cue = by_last.get(m.first - 1)
        prev_kind = _kind_of(tokens[m.first - 1].text, words) if m.first > 0 else None
        clitic_b = m.skip > 0 and first.startswith(("ب", "وب", "فب"))  # "بحلب": in Aleppo
        # "على الحدود الشرقية لقطاع غزة": a name joined by "ل" after a locative noun and its direction
        directed = m.skip > 0 and first.startswith("ل") and m.first >= 2 and prev_kind == "direction" \
            and words.get(tokens[m.first - 2].text.removeprefix("ال")) == "locative"
        if m.last == m.first + 1 and first[m.skip:] in given_names() and not (
                clitic_b or prev_kind in INTRODUCERS or prev_kind == "container"):
            continue  # "فلاديمير بوتين": a first name, not Vladimir, unless said as where
        km = _distance_before(tokens, m.first, distance_at)
        # "ريف دمشق" is itself a province name: the gazetteer match wins over the cue
        out.append(PlaceCandidates(
            m, cands,
            # "ريف دير الزور": the province's countryside, so the province its town heads
            after_admin_word=bool(cue and cue.kind in ("admin", "countryside")),
            near=bool(cue and cue.kind in ("near", "countryside")) or (km is not None and km <= NEAR_KM),
            bearing=said_bearing(cue.span.text) if cue and cue.kind == "near" else None,
            district=bool(cue and cue.kind == "district"),
            # a named installation ("مطار التيفور", "مخيم اليرموك") is a place whatever precedes it
            locative=bool(cue) or prev_kind in INTRODUCERS or clitic_b or joined or directed
            or any(c.kind == "site" for c in cands),
            distance_km=km,
            named_as_place=prev_kind in ("container", "office") or bool(cue and cue.kind in ("admin", "district", "camp"))
            or (joined and out[-1].named_as_place),
            said_as_place=bool(cue) or prev_kind in INTRODUCERS or directed or (joined and out[-1].said_as_place),
            country_said=(nationalities or {}).get(tokens[m.last].text) if m.last < len(tokens) else None,
            small=m.first > 0 and tokens[m.first - 1].text in small_nouns))
    # "مديريات الظاهر وحيدان وباقم": a name joined by "و" to a place named as one is a place too,
    # read from the last back (the first may be an everyday word no gazetteer reads as a place)
    for k in range(len(out) - 2, -1, -1):
        nxt = out[k + 1]
        if nxt.locative and not out[k].locative and out[k].match.last == nxt.match.first \
                and tokens[nxt.match.first].text.startswith("و"):
            out[k] = replace(out[k], locative=True, said_as_place=True)
    return [_with_province(pc, nxt, tokens, words) for pc, nxt in zip(out, out[1:] + [None])]


def _with_province(pc: PlaceCandidates, nxt: PlaceCandidates | None, tokens: list[Token],
                   words: dict[str, str]) -> PlaceCandidates:
    """Note the provinces of "X بمحافظة Y" / "X في ولاية Y" on X: "in" and a container noun right
    after the name, then a province's name (or a gazetteer name that begins with the noun)."""
    if nxt is None or not any(p.kind == "admin1" for p in nxt.candidates) or pc.after_admin_word:
        return pc  # (a province lies in no province: "بمحافظة دهوك في إقليم كردستان" names a wider region)
    k = pc.match.last
    if k < len(tokens) and tokens[k].text == "في":
        k += 1
    noun = tokens[k].text if k < len(tokens) else ""
    linked = (noun.startswith("ب") and words.get(noun[1:]) == "container") or (
        k > pc.match.last and words.get(noun) == "container")
    if not linked or nxt.match.first not in (k, k + 1):
        return pc
    return replace(pc, within=frozenset(p.admin1 for p in nxt.candidates if p.kind == "admin1"))


def _kind_of(word: str, words: dict[str, str]) -> str | None:
    """A place word's kind; "بمدينة", "بولاية" (in the city, state of), "لمدينة" (of the city) and
    "ومدينة" (and the city of: "بين منطقة صافر ومدينة مأرب") introduce a name as the container
    itself does."""
    kind = words.get(word)
    if kind is None and word[:1] in ("و", "ف") and words.get(word[1:]) in ("locative", "between"):
        return words[word[1:]]  # "وفي حلب", "فقرب المدينة": a joined "and" changes nothing
    if kind is None and any(words.get(stem) == "container" for stem, _ in token_variants(word)[1:]):
        return "container"
    return kind


def _distance_before(tokens: list[Token], first: int, distance_at: dict[int, int]) -> int | None:
    """The kilometres of "N كلم [direction] X" just before a name ("كم" with no number
    before it is "how many", not a distance)."""
    for end in range(first, max(0, first - DISTANCE_REACH) - 1, -1):
        if end in distance_at:
            start = distance_at[end]
            number = tokens[start - 1].text if start > 0 else ""
            return int(number) if number.isdigit() else None
    return None


def _name_votes(pc: PlaceCandidates) -> dict[str, float]:
    countries = sorted({p.iso2 for p in pc.candidates})  # sorted: ties break the same every run
    return {iso: 2 if len(countries) == 1 else 1 / len(countries) for iso in countries}


def _word_only(pc: PlaceCandidates) -> bool:
    """An everyday word not named as a place: no reading of it is a place here."""
    return not pc.named_as_place and all(_needs_locative(p) for p in pc.candidates)


def _needs_locative(p: Place) -> bool:
    return p.common_word and p.population < WORD_PLACE and p.kind != "site"


def in_its_country(place: Place, votes: Counter) -> bool:
    """An everyday-word reading that the article's other names back: a province, or a city of
    some size, in the country the article is most about ("وكانت النجف" in a story about Iraq;
    not "الصور" in one about Lebanon: Tyre is too small to stand against the word). The word's
    own vote is not in ``votes``: a name read only as a word does not vote."""
    if place.kind not in ("admin1", "city") or (place.kind == "city" and place.population < WORD_TOWN_IN_CONTEXT):
        return False
    own = votes.get(place.iso2, 0)
    return own >= CONTEXT_VOTES and own >= max(votes.values())


def country_votes(found: list[PlaceCandidates], extra: Counter) -> Counter:
    """Which countries the article is about. Each distinct name votes once,
    unambiguous names double; ``extra`` holds country names and actors' homes. Everyday words
    not used as places ("كان" was, also Caen) do not vote."""
    votes = Counter(extra)
    for name in {pc.match.value: pc for pc in found if not _word_only(pc)}.values():
        votes.update(_name_votes(name))
    return votes


def _leads_without(pc: PlaceCandidates, place: Place, votes: Counter) -> bool:
    """Is the place's country the one the article is most about, leaving out this name's own vote?"""
    others = votes.get(place.iso2, 0) - _name_votes(pc).get(place.iso2, 0)
    rest = max((v for iso, v in votes.items() if iso != place.iso2), default=0)
    return others >= rest


def supported(pc: PlaceCandidates, place: Place, votes: Counter, mentions: int = 1) -> bool:
    """Is a reading backed by something other than the name itself?

    A word like "بانه" is also an Iranian town; unless the article otherwise
    points to Iran, it is not a place here. A town named again and again is
    what the article is about, even when another country is named more
    (Gaza in a story about Israel's strikes).
    """
    if pc.small and place.kind == "city" and place.population >= WORLD_CITY:
        return False  # "قرب بلدة بوني" in Mali is no Pune: a village, not a city of millions
    if not votes or (mentions >= 3 and place.population >= SMALL_PLACE):
        return True
    best = max(votes.values())
    own = _name_votes(pc).get(place.iso2, 0)
    others = votes.get(place.iso2, 0) - own  # what else in the article points to its country
    if place.kind == "city" and others <= 0 and best >= 2 and votes.get(place.iso2, 0) < best:
        # "بلدة بولو مرير" in a story about Somalia: a town of a country nothing else in the
        # article points to is a name that only looks like that town (Bolu, Turkey); a
        # province or region ("في قطاع غزة") is named as itself
        return False
    if pc.locative and not place.common_word and (place.population >= SMALL_PLACE or place.kind != "city"):
        return True  # "من قطاع غزة": introduced as a place, a place, whatever country is named more
    own_votes = _name_votes(pc)
    if not pc.said_as_place and others <= 0 and any(
            v > own_votes.get(iso, 0) for iso, v in votes.items() if iso != place.iso2):
        # a name alone, not said to be a place, in an article about another country too
        # ("وزارة الداخلية" in a story from Kabul: Ad Dakhiliyah, Oman); the name's own other
        # readings (Rabat, also Yemen's Marbat) are no other country
        return False
    return votes.get(place.iso2, 0) >= best or others >= 1


NAMED_GREAT_CITY = 1_000_000  # people in a city named as one ("مدينة الرباط") that needs no other vote
PROVINCE_SEAT_KM = 10.0


def choose(pc: PlaceCandidates, votes: Counter, sentence_admin1: set[str]) -> Place:
    # a province's name is also some town's elsewhere ("صلاح الدين" is a resort in Erbil):
    # the province wins over a town outside it; its own namesake town (Aleppo) still wins
    provinces = {p.admin1 for p in pc.candidates if p.kind == "admin1"}
    # (a province's record sits at its capital: a town there is its namesake, whatever admin1
    # GeoNames gives it: "الكرك" is Karak town, filed under Ma'an)
    seats = [p for p in pc.candidates if p.kind == "admin1"]

    def seat_of(p: Place) -> Place | None:  # the province whose seat a town filed elsewhere is
        return None if p.kind != "city" or p.admin1 in provinces else next(
            (q for q in seats if km(p.latitude, p.longitude, q.latitude, q.longitude) <= PROVINCE_SEAT_KM), None)
    # ... unless the article points to the town's country more ("مصادر أمنية لبنانية": Tripoli is
    # Lebanon's, not Libya's province of the name)
    province_votes = max((votes.get(p.iso2, 0) for p in pc.candidates if p.kind == "admin1"), default=0)
    largest = max(p.population for p in pc.candidates)
    top_votes = max(votes.values(), default=0)

    def score(p: Place):
        # "موسكو" is Moscow, not the Texan town GeoNames also gives that Arabic name
        dwarfed = largest >= WORLD_CITY and p.population * DWARFED_BY < largest or (
            largest >= SIZABLE_CITY and p.kind == "city" and p.population < OUTSIZED_TOWN
            and p.population * OUTSIZED_BY < largest and votes.get(p.iso2, 0) < max(top_votes, CONTEXT_VOTES))
        kind_ok = (p.kind == "admin1") == pc.after_admin_word
        # a district ("مديرية رازح") is meant only where the text names one; else the town
        # that gives the district its name, not the district's distant centre
        district_ok = p.kind != "region" or pc.named_as_place
        return (
            p.iso2 == pc.country_said,  # "طرابلس اللبنانية" is Lebanon's Tripoli
            p.admin1 in sentence_admin1 and p.kind != "admin1",
            not (provinces and p.kind != "admin1" and p.admin1 not in provinces and seat_of(p) is None
                 and votes.get(p.iso2, 0) <= province_votes),
            not dwarfed,
            votes.get(p.iso2, 0) >= 1,
            district_ok,
            not p.extended,  # a town of the built-in table before a village of the same name
            kind_ok,
            votes.get(p.iso2, 0),
            p.kind in ("site", "admin1"),
            p.population,
        )
    place = max(pc.candidates, key=score)
    seat = seat_of(place)  # the town at its province's seat bears the province's name and lies in it
    return place if seat is None else replace(place, name=seat.name, admin1=seat.admin1)


NEIGHBOUR_KM = 50  # a town named as one next to another place of the article is that town
QUARTER_KM = 40  # a quarter ("حي X") lies within this of the city it is part of
QUARTER_GAP = 2  # "حي X في مدينة Y": tokens from the quarter's name to the city's it lies in
DIRECTION_GAP = 2  # "X جنوب Y", "X جنوب غرب Y": tokens from X to Y
DIRECTION_KM = 150  # a place said to lie in some direction from another lies within this of it
SAME_SIDE_KM = 20  # ... and, farther than this, on the side the words say
WRONG_SIDE_DEGREES = 100  # compass degrees between the side said and the side it lies on


def _angle(a: float, b: float) -> float:
    return abs((a - b + 180) % 360 - 180)


def resolve_places(found: list[PlaceCandidates], sentences: list[Sentence], votes: Counter,
                   country_name) -> list[PlaceMention]:
    starts = [s.first for s in sentences]

    def sentence_of(token: int) -> int:
        k = bisect_right(starts, token) - 1
        return sentences[k].index if k >= 0 and token < sentences[k].last else -1
    # the provinces each sentence names ("محافظة إدلب"), by the mention that names them
    admin_by_sentence: dict[int, list[tuple[PlaceCandidates, set[str]]]] = {}
    for pc in found:
        if pc.after_admin_word:
            admin_by_sentence.setdefault(sentence_of(pc.match.first), []).append(
                (pc, {p.admin1 for p in pc.candidates if p.kind == "admin1"}))
    mentions = Counter(pc.match.value for pc in found)
    out = []
    near_of: list[bool] = []
    bearings: list[float | None] = []
    district_of: list[bool] = []
    chosen = []
    for pc in found:
        # a province named by another mention ("ولاية فلوريدا" names no province for itself:
        # not Uruguay's town Florida in its department Florida)
        named = set().union(*(admins for other, admins in admin_by_sentence.get(sentence_of(pc.match.first), [])
                              if other is not pc))
        place = choose(pc, votes, named)
        chosen.append((pc, place, supported(pc, place, votes, mentions[pc.match.value])))
    firm = [place for _, place, ok in chosen if ok]
    for pc, place, ok in chosen:
        if not ok and not ((pc.named_as_place or pc.said_as_place) and place.kind == "city" and any(
                q is not place and km(place.latitude, place.longitude, q.latitude, q.longitude) <= NEIGHBOUR_KM
                for q in firm)) and not (pc.named_as_place and pc.locative and place.kind == "city"
                                         and place.population >= NAMED_GREAT_CITY and not pc.small):
            # (a great city named as a city is that city wherever the story is: "في مدينة الرباط
            # تضامنا مع غزة")
            # (a town of a country nothing else points to is still that town where it lies next to
            # a place the article names: "من قطاع غزة باتجاه مدينة سديروت", "القدس - ... شرق الخليل")
            continue
        if pc.within and place.admin1 not in pc.within:
            continue  # no Hayran of Hajjah known: the province named next stands for it
        if pc.distance_km is not None and pc.distance_km > NEAR_KM:
            continue  # a landmark to measure from, far from where it happened
        if place.kind == "city" and place.population < SMALL_PLACE and not (pc.locative or pc.named_as_place):
            continue  # a small town ("المزرعة", "عبد ربه") must be introduced as a place, or named by its office
        if _needs_locative(place) and not pc.named_as_place and not in_its_country(place, votes):
            continue  # an everyday word ("في موقع", "بثت صور") is a place only named as one ("قرية الموقع")
        if place.extended and place.population < SMALL_PLACE and not pc.said_as_place:
            continue  # an added village needs more than a joined "ب" ("بجروح": with wounds)
        if place.extended and place.population < SMALL_PLACE and not _leads_without(pc, place, votes):
            continue  # an added village lies in the country the story is about, or it is another name's
        if pc.after_admin_word and place.kind == "city" and latin_key(place.name) == latin_key(place.admin1):
            # "محافظة أربيل" where only the town bears the name: the province, at its main town
            place = Place(place.geonameid, place.admin1, place.iso2, place.country, place.admin1,
                          place.latitude, place.longitude, "admin1", place.population)
        place = Place(place.geonameid, place.name, place.iso2, country_name(place.iso2),
                      place.admin1, place.latitude, place.longitude, place.kind, place.population,
                      place.common_word, place.extended)
        if place.kind in ("admin1", "region"):
            precision = 3 if place.kind == "admin1" else 2
        else:
            precision = 2 if pc.near else 1
        out.append(PlaceMention(pc.match.first, pc.match.last, pc.match.span, place, precision,
                                pc.locative))
        near_of.append(pc.near)
        bearings.append(pc.bearing)
        district_of.append(pc.district)
    # "منطقة صلاح الدين جنوب العاصمة الليبية": a name placed by a direction from the next one
    # lies near it; where its reading lies far from it (Iraq's province), the name is a place
    # the table lacks, and it is coded near the one it is measured from
    # (nor one whose reading lies on another side of it than the words say: "منطقة ستراتفورد شرقي
    # لندن" is London's Stratford, not Stratford-upon-Avon north-west of the city)
    for k in range(len(out) - 1):
        m, ref = out[k], out[k + 1]
        apart = km(m.place.latitude, m.place.longitude, ref.place.latitude, ref.place.longitude)
        said = bearings[k + 1]
        wrong_side = said is not None and apart > SAME_SIDE_KM and _angle(said, bearing(
            ref.place.latitude, ref.place.longitude, m.place.latitude, m.place.longitude)) > WRONG_SIDE_DEGREES
        if near_of[k + 1] and 0 < ref.first - m.last <= DIRECTION_GAP and (apart > DIRECTION_KM or wrong_side) \
                and not (ref.place.kind == "admin1" and (m.place.iso2, m.place.admin1) == (ref.place.iso2, ref.place.admin1)):
            # (not a town of the province it is placed in: "منطقة القائم غرب الأنبار" is Al-Qaim)
            out[k] = PlaceMention(m.first, m.last, m.span, ref.place, 2, m.locative)
    # "تعز - ... على حي الروضة وسط المدينة": a quarter lies in the city named before it, or in
    # the one named right after it ("حي التضامن بالعاصمة التونسية"); a reading far from that
    # city (Sanaa's Rawdah, Damascus's Tadamon) is another quarter of the name
    for k, m in enumerate(out):
        after = out[k + 1] if k + 1 < len(out) else None
        if after is not None and 0 <= after.first - m.last <= QUARTER_GAP and \
                after.place.kind == "city" and after.precision == 1:
            city = after
        else:
            city = next((c for c in reversed(out[:k]) if c.place.kind == "city" and c.precision == 1), None)
        if district_of[k] and city is not None and \
                km(m.place.latitude, m.place.longitude, city.place.latitude, city.place.longitude) > QUARTER_KM:
            out[k] = PlaceMention(m.first, m.last, m.span, city.place, 1, m.locative)
    return out
