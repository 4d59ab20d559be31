"""The whole extraction pipeline, one screen: text -> mentions -> frames -> events.

Each stage is a plain function of the ``Doc`` built so far and the loaded
``Resources``; it returns one value, which the runner stores on the Doc
under the stage's name. No stage calls another; ``STAGES`` is the order.
"""
from __future__ import annotations

import datetime as dt
import logging
import operator
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Iterator

from rasd.errors import RasdError
from rasd.choose.decide import decide, with_retellings, without_summed_tolls
from rasd.choose.tolls import choose_toll, with_toll_options
from rasd.choose.model import TOLL_MODEL, Model, load_model
from rasd.choose.reports import labels_by_sentence, load_report_models, read_reports, sentence_features
from rasd.events import Intervention, build_candidates, interventions_of
from rasd.extract.actors import find_actors, home_country, nationality_of
from rasd.extract.dates import find_dates, find_publication_date
from rasd.extract.numbers import find_casualties, split_killed_words
from rasd.extract.triggers import find_cues, find_triggers
from rasd.frames import (GENERIC_ARMED, PATRON_REACH, STATE_KEYS, UNARMED, SentenceMentions, build_frames,
                         group_by_sentence, is_state, orphan_tolls, protest_with_arrests, running_totals, sentence_tolls)
from rasd.geo.capital import CAPITAL, bare_capitals, is_nisba_adjective
from rasd.geo.distance import places_km
from rasd.geo.gazetteer import CAPITAL_KM, Gazetteer, load_gazetteer
from rasd.geo.resolve import DISTANCE_REACH, country_votes, find_place_names, resolve_places
from rasd.geo.spelled import spelled_places
from rasd.geo.unlisted import is_village_noun, unlisted_places
from rasd.ingest.text import language_of
from rasd.lexicons.load import Lexicons, MultiMatcher, load_lexicons
from rasd.records import Article, Cue, Place, PlaceMention, Report, Result, Span, Trigger
from rasd.text.normalize import norm, normalise
from rasd.text.segment import dateline_end, raw_span, split_sentences, tokenize
from rasd.text.words import FUTURE_WORD, is_future_verb

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Resources:
    """What the stages read but never change: lexicons and gazetteer."""

    lex: Lexicons
    gazetteer: Gazetteer
    matcher: MultiMatcher  # every lexicon and the gazetteer, in one pass
    event_model: Model | None = None  # None: the rules decide which candidates are events
    toll_model: Model | None = None  # None: the rules' toll stands
    report_models: dict[str, Model] = field(default_factory=dict)  # label -> sentence model


@dataclass
class Doc:
    """The article as the stages fill it in; one attribute per stage."""

    article: Article
    warnings: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["values"][name]
        except KeyError:
            raise AttributeError(f"stage output {name!r} not computed yet") from None

    def span_of(self, first: int, last: int, skip: int = 0) -> Span:
        values = self.values  # called for every match: skip the attribute fallback
        return raw_span(self.article.text, values["norm"], values["tokens"], first, last, skip)


# --- stages --------------------------------------------------------------------------

def stage_norm(doc: Doc, res: Resources):
    text = doc.article.text
    # a short sample is enough to warn; ingest measures the language on more text
    if text.strip() and (doc.article.language or language_of(text, 1_500)) != "ar":
        doc.warnings.append("not Arabic text: nothing to read")
    return normalise(text)


def stage_tokens(doc: Doc, res: Resources):
    return tokenize(doc.norm.text)


def stage_sentences(doc: Doc, res: Resources):
    return split_sentences(doc.norm.text, doc.tokens)


CITY_DATELINE = re.compile(r"\A\s*(\w+(?: \w+){0,2})\s[-\u2013\u2014]+\s")  # "أنقرة - قالت الوزارة", "بورت أو برنس -"


def stage_dateline(doc: Doc, res: Resources):
    return dateline_end(doc.norm.text, doc.tokens)


def stage_city_dateline(doc: Doc, res: Resources):
    """"تعز - أصيب أربعة ... وسط المدينة": a city's name alone before a dash opens the story
    where it was filed, and most often happened (a place still, unlike an agency's dateline);
    a capital there is no government acting ("أنقرة - قالت وزارة الداخلية")."""
    m = None if doc.dateline else CITY_DATELINE.match(doc.norm.text)
    if m is None:
        return 0
    end = next((i for i, t in enumerate(doc.tokens) if t.start >= m.end()), len(doc.tokens))
    if any(p.kind == "city" for p in res.gazetteer.lookup(m.group(1))) or any(
            _capital_of(a.value, res) for a in res.lex.actors.find(doc.tokens[:end], doc.span_of)):
        return end
    return 0


def _capital_of(actor_key: str, res: Resources) -> Place | None:
    """The capital an actor named by its city is ("أنقرة": Turkey's government), as a town."""
    if actor_key not in res.lex.actor_names:
        return None
    iso = home_country(actor_key, res.lex)
    capital = res.lex.capitals.get(iso) if iso else None
    return replace(capital, kind="city") if capital is not None else None


def stage_matches(doc: Doc, res: Resources):
    found = res.matcher.find_all(doc.tokens, doc.span_of)
    if doc.dateline:
        # names in the dateline tell where the story was filed, not where it happened
        for name in ("actors", "places", "countries"):
            found[name] = [m for m in found[name] if m.first >= doc.dateline]
    if doc.city_dateline:
        # ... and a city's name there tells no event ("سيول -": Seoul, not floods)
        for name in ("actors", "cues", "triggers"):
            found[name] = [m for m in found[name] if m.first >= doc.city_dateline]
    return found


def stage_dates(doc: Doc, res: Resources):
    return find_dates(doc.tokens, doc.norm.text, doc.span_of, res.lex, doc.article.published, doc.matches)


def stage_published(doc: Doc, res: Resources):
    if doc.article.published:
        return doc.article.published
    found = find_publication_date(doc.dates)
    if found is None:
        doc.warnings.append("no publication date given or found in the text: "
                            "relative dates are left unresolved")
    return found


def stage_resolved_dates(doc: Doc, res: Resources):
    if doc.published == doc.article.published:
        return doc.dates
    # the publication date came from the text: resolve relative dates against it
    return find_dates(doc.tokens, doc.norm.text, doc.span_of, res.lex, doc.published, doc.matches)


TOKEN_START = operator.attrgetter("start")


COUNTED_NOT_SAID = ("statement", "said")  # cue kinds of verbs, which never follow a count


def _is_count(word: str, res: Resources) -> bool:
    return word.isdigit() or word in res.lex.numbers


def _accuses(tokens: list, cue: Cue, res: Resources) -> bool:
    return (tokens[cue.first].text in res.lex.number_words.get("accusing", ()) and cue.last < len(tokens)
            and tokens[cue.last].text.startswith("ال"))


def stage_cues(doc: Doc, res: Resources):
    # kind "-": a longer phrase that holds a cue word and is none ("طائرات ورقية": kites, no aircraft)
    # (nor a verb of saying right after a count: "اعتقلت 100 طالب" counts students, "طالب" is no demand)
    # (nor "متهمة الشرطة باستخدام القوة": accusing someone, not accused in a trial)
    cues = [c for c in find_cues(doc.tokens, doc.span_of, res.lex, doc.matches["cues"]) if c.kind != "-"
            and not (c.kind in COUNTED_NOT_SAID and c.first > 0 and _is_count(doc.tokens[c.first - 1].text, res))
            and not (c.kind == "trial" and _accuses(doc.tokens, c, res))]
    # a verb in the future ("ستنظم الحركة وقفة غدا") tells a plan, as "سوف" does; not a name ("سنجار")
    # (one pass of a regex over the text finds the few words that may be such verbs)
    tokens = doc.tokens
    future = [i for m in FUTURE_WORD.finditer(doc.norm.text)
              if tokens[i := bisect_right(tokens, m.start(), key=TOKEN_START) - 1].start == m.start()
              and is_future_verb(tokens[i].text)]
    if not future:
        return cues
    taken = {i for c in cues for i in range(c.first, c.last)} | {
        i for kind in ("places", "actors") for m in doc.matches[kind] for i in range(m.first, m.last)}
    future_cues = [Cue(i, i + 1, doc.span_of(i, i + 1, 0), "forecast") for i in future if i not in taken]
    return sorted(cues + future_cues, key=lambda c: c.first) if future_cues else cues


def stage_marks(doc: Doc, res: Resources):
    """The words of a sentence's build ("إن", "بعد", "يأتي", marks.tsv), by a plain scan: they are
    in nearly every sentence, and only the frames read them (to split a sentence, or to tell who
    says something from a side in it)."""
    marks = res.lex.marks
    found = [(i, 1, marks[t.text]) for i, t in enumerate(doc.tokens) if t.text in marks]
    # a mark of two words ("في حين"), keyed with its space
    found += [(i, 2, marks[pair]) for i, t in enumerate(doc.tokens[:-1]) if t.text in res.lex.mark_openers
              and (pair := t.text + " " + doc.tokens[i + 1].text) in marks]
    return [Cue(i, i + n, doc.span_of(i, i + n, skip), kind) for i, n, (kind, skip) in sorted(found)]


def _backed_positions(doc: Doc) -> set[int]:
    """Tokens naming who backs a side ("الموالية لإيران", "المدعومة من تركيا"): no side, no place."""
    return {c.last + k for c in doc.cues if c.kind == "patron" for k in range(PATRON_REACH + 1)}


ABSENT_REACH = 3  # tokens from "غياب" to the side named as not there ("غياب تام للقوات الحكومية")


def _absent_positions(doc: Doc) -> set[int]:
    """Tokens naming a side that was not there ("في ظل غياب تام للقوات الحكومية"): no side."""
    return {c.last + k for c in doc.cues if c.kind == "absent" for k in range(ABSENT_REACH)}


def _country_as_place(doc: Doc) -> set[int]:
    """Country names said as where ("شمال غرب الولايات المتحدة"): there the name is a place, not
    the country's government or forces acting."""
    after_where = {c.last for c in doc.cues if c.kind in ("near", "middle")}
    return {m.first for m in doc.matches["countries"] if m.first in after_where}


def stage_actors(doc: Doc, res: Resources):
    # ("في مدينة أنقرة": a capital named as a city is the place, not its government)
    skip = _backed_positions(doc) | _absent_positions(doc) | _country_as_place(doc) | _speaker_labels(doc) | {
        c.last for c in doc.cues if c.kind == "city_title"}
    actors = [a for a in find_actors(doc.tokens, doc.span_of, res.lex, doc.matches["actors"]) if a.first not in skip]
    actors = _organisation_named_before(actors, res.lex)
    actors = _without_listed_capitals(doc, actors)
    actors = _without_parents(doc, _without_state_backers(doc, actors, res))
    # "أقدمت ميليشيا قسد على اختطاف": a word for an armed group right before the group's name is that group
    named_at = {a.first for a in actors if a.key not in GENERIC_ARMED and a.key.partition("@")[0] not in UNARMED
                and a.key.partition("@")[0] not in STATE_KEYS and not a.joined}
    actors = [a for a in actors if not (a.key in GENERIC_ARMED and a.last in named_at)]
    # "جنديان من قوات النخبة الشبوانية": soldiers "of" the force (or unit) named right after are
    # that force, which names them; so are youths "of" an armed group ("ثلاثة شبان من كتائب القسام")
    by_start = {a.first: a for a in actors}

    def of_named(a) -> bool:
        if a.last >= len(doc.tokens) or doc.tokens[a.last].text != "من":
            return False
        named = [by_start[i] for i in (a.last + 1, a.last + 2) if i in by_start]
        if a.key in ("MIL", "POL"):
            return bool(named)
        # (not a name that is a group only somewhere: "محتجين من الشباب" are young protesters)
        return a.key.partition("@")[0] in UNARMED and any(
            b.key.partition("@")[0] not in UNARMED and not b.only_in for b in named)
    return [a for a in actors if not of_named(a)]


SPEAKER_LABEL_WORDS = 4  # words of a name that opens a line and labels what follows ("الشرطة البريطانية:")


def _speaker_labels(doc: Doc) -> set[int]:
    """"الشرطة البريطانية: اعتقال رجل بعد حادث طعن": a line that opens with a name and a colon
    gives what that body said; the words of its name are no side of the event."""
    text, tokens = doc.norm.text, doc.tokens
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if i and "\n" not in text[tokens[i - 1].end:t.start]:
            continue
        for j in range(i, min(len(tokens), i + SPEAKER_LABEL_WORDS)):
            if text[tokens[j].end:tokens[j].end + 2].lstrip().startswith(":"):
                out.update(range(i, j + 1))
                break
    return out


THE_ORG, DEFAULT_ORG = "THE_ORG", "IS"


def _organisation_named_before(actors: list, lex: Lexicons) -> list:
    """"أعلن تنظيم القاعدة ... وقتلت اثنين من عناصر التنظيم": a bare "التنظيم" is the group named
    "تنظيم X" last before it (the Islamic State where the article names none)."""
    out, last = [], DEFAULT_ORG
    for a in actors:
        if a.key == THE_ORG:
            a = replace(a, key=last)
        elif a.key in lex.organisations:
            last = a.key
        out.append(a)
    return out


def _without_state_backers(doc: Doc, actors: list, res: Resources) -> list:
    """"الميليشيا الحوثية التابعة لإيران": a state a named group is said to belong to backs it and
    is no side of its events (a thing that belongs to a group, "مستودعات تابعة لحزب الله", names
    the group as what was hit: only a state after a named group is skipped)."""
    marks = [m for m in doc.marks if m.kind in ("belonging", "affiliated")]
    if not marks:
        return actors
    ends = {a.last for a in actors}
    backers = {m.last for m in marks if m.kind == "belonging" and m.first in ends}
    # "القوات الديمقراطية المتحالفة، المرتبطة بتنظيم الدولة الإسلامية": the network a named group is
    # linked to is no side of its events (gunmen linked to it, "مسلحون مرتبطون بتنظيم الدولة", are it)
    named_ends = {a.last for a in actors if a.key not in GENERIC_ARMED}
    affiliates = {m.last for m in marks if m.kind == "affiliated" and m.first in named_ends}
    return [a for a in actors if not (a.first in backers and is_state(a.key, res.lex) or a.first in affiliates)]


def _without_parents(doc: Doc, actors: list) -> list:
    """"كتائب القسام، الجناح العسكري لحركة حماس": the movement a named wing belongs to is no side
    of its own (named alone, "أعلن الجناح العسكري لحركة حماس", it stands for the wing)."""
    ends = {a.last for a in actors}
    parents = {c.last for c in doc.cues if c.kind == "wing" and c.first in ends}
    return [a for a in actors if a.first not in parents] if parents else actors


def _without_listed_capitals(doc: Doc, actors: list) -> list:
    """"في 30 ولاية بينها إسطنبول وأنقرة وإزمير": a capital (an actor: its government) listed
    with towns that are no actor is a town too ("اتفقت أنقرة وموسكو": two governments)."""
    places = doc.matches["places"]
    if not places:
        return actors
    actor_at = {a.first for a in actors}
    town_ends = {m.last for m in places if m.first not in actor_at}
    joined_towns = {m.first for m in places if m.first not in actor_at and doc.tokens[m.first].text.startswith("و")}
    return [a for a in actors if not (a.last - a.first == 1 and (
        a.joined and a.first in town_ends or a.last in joined_towns))]


def stage_place_names(doc: Doc, res: Resources):
    # a name read as an actor ("أنقرة" = Turkey's government) is not also a place
    # and a country's name ("في اليمن") is the country, whatever village shares it
    in_actor = {i for a in doc.actors for i in range(a.first, a.last)}
    cities = doc.country_cities
    in_country = {i for m in doc.matches["countries"] if m.first not in cities for i in range(m.first, m.last)}
    return [pc for pc in find_place_names(doc.tokens, doc.span_of, res.gazetteer, doc.cues,
                                          doc.matches["places"], res.lex.nationalities)
            if pc.match.first not in in_actor and pc.match.first not in in_country
            and not _said_of_another_country(pc, doc)]


def _said_of_another_country(pc, doc: Doc) -> bool:
    """"قرب بلدة بوني وسط مالي": a town said to lie in a country (right after it "في", or a
    direction word: cues.tsv near/middle) is none of that name's towns elsewhere (not Pune in India)."""
    k = pc.match.last
    if k >= len(doc.tokens):
        return False
    inside = doc.tokens[k].text == "في" or any(c.first == k and c.kind in ("near", "middle") for c in doc.cues)
    for m in doc.matches["countries"]:
        if inside and m.first in (k, k + 1):
            # ("جنوبي المملكة": whichever kingdom the article is about)
            return not ({m.value, *m.extra} & {p.iso2 for p in pc.candidates})
    return False


def stage_nationality_words(doc: Doc, res: Resources) -> Counter:
    """How often each country's nationality word is said ("اللبنانية", "الأردنيين"): read by the
    stages that weigh which country a story is in."""
    nationality = res.lex.nationalities
    out: Counter = Counter()
    for word, n in Counter(t.text for t in doc.tokens).items():  # each distinct word looked up once
        if iso := nationality_of(word, nationality):
            out[iso] += n
    return out


CAPITAL_WORD = norm("العاصمة")
COUNTRY_NAMESAKE_CITY = 500_000  # a city of another country a country's name may mean (Amman, not Oman)


def stage_country_cities(doc: Doc, res: Resources) -> set[int]:
    """Where a country's name follows "العاصمة" or "مدينة", it names a city: "العاصمة عمان" is
    Amman, not Oman. So it does where the name is also a city of another country that the rest
    of the article points to more (nationality words, actors, other country names): "عمان" in a
    story of "الأردنيين"."""
    towns = {m.first: m for m in doc.matches["places"]}
    after_title = {c.last for c in doc.cues if c.kind == "city_title"}
    # ... and one right before "العاصمة": "الجزائر العاصمة" is Algiers
    before_capital = {c.first for c in doc.cues if c.kind == "city_title" and norm(c.span.text) == CAPITAL_WORD}
    out = set()
    support: Counter | None = None
    for m in doc.matches["countries"]:
        if m.first not in towns:
            continue
        if m.first in after_title or m.last in before_capital:
            out.add(m.first)
            continue
        # (a great city: "كولومبيا" is the country, whatever towns of Missouri bear its name)
        elsewhere = {p.iso2 for p in res.gazetteer.lookup(towns[m.first].value)
                     if p.kind == "city" and p.population >= COUNTRY_NAMESAKE_CITY} - {m.value}
        if not elsewhere:
            continue
        if support is None:
            support = Counter(doc.nationality_words)
            support.update(iso for a in doc.actors if (iso := home_country(a.key, res.lex)))
        # (the same name said again is no other country: "عمّان - ... في عمان")
        others = support + Counter(o.value for o in doc.matches["countries"]
                                   if o.first not in towns or towns[o.first].value != towns[m.first].value)
        if max(others[iso] for iso in elsewhere) > others[m.value]:
            out.add(m.first)
    return out


def stage_country_names(doc: Doc, res: Resources):
    # a backer ("الموالية لإيران") is no country of the story; "العاصمة عمان" is a city
    not_countries = _backed_positions(doc) | doc.country_cities
    names = [m for m in doc.matches["countries"] if m.first not in not_countries]
    # "المملكة" is the kingdom the rest of the article points to (Jordan, Morocco...), Saudi
    # Arabia when nothing does
    plain = [m for m in names if not m.extra or m.extra == ("world",)]
    support = Counter(m.value for m in plain)
    support.update(iso for a in doc.actors if (iso := home_country(a.key, res.lex)))
    # "وزارة الداخلية البحرينية ... في المملكة": the kingdom of the nationality the article names
    support.update(doc.nationality_words)
    support.update(next(iter(isos)) for pc in doc.place_names
                   if len(isos := {p.iso2 for p in pc.candidates}) == 1)
    return [m if m in plain else m._replace(
        value=max((m.value,) + m.extra, key=lambda iso: (support[iso], iso == m.value)), extra=())
        for m in names]


def _dateline_cities(doc: Doc) -> list:
    """The place names, the city dateline's without its small namesakes: stories are filed from
    cities ("دار السلام -": Dar es Salaam, not an Egyptian town of the name; stage_filed_from)."""
    if not doc.city_dateline:
        return doc.place_names
    out = []
    for pc in doc.place_names:
        cities = tuple(p for p in pc.candidates if p.kind == "city" and p.population >= FILED_FROM_POPULATION)
        out.append(replace(pc, candidates=cities) if pc.match.first < doc.city_dateline and cities else pc)
    return out


def stage_countries(doc: Doc, res: Resources):
    extra = Counter()
    for m in doc.country_names:
        # the powers named in a story (Russia, the United States) are less often where it
        # happens than the region's own countries (lexicons/country_names.tsv vs countries.tsv)
        extra[m.value] += 0.5 if m.extra == ("world",) else 1
    for a in doc.actors:
        iso = home_country(a.key, res.lex)
        if iso and not a.only_in and not a.speaker:
            extra[iso] += 0.5
    # "وفق مصادر أمنية لبنانية": a nationality word points to its country as an actor does
    # (Tripoli is then Lebanon's), in either form ("لبنانية" / "اللبنانية"); each country once
    for iso in doc.nationality_words:
        extra[iso] += 0.5
    votes = country_votes(_dateline_cities(doc), extra)
    # a name that means the actor only in some countries ("الشباب": youths, and al-Shabaab in
    # Somalia) votes for its home only where the rest of the article points to one of them
    homes = Counter()
    for a in doc.actors:
        if a.only_in and (iso := home_country(a.key, res.lex)) and any(votes.get(c) for c in a.only_in.split()):
            homes[iso] += 0.5
    return votes + homes if homes else votes


def stage_places(doc: Doc, res: Resources):
    places = _places(doc, res)
    # a city alone before a dash is where the story was filed: it votes for its country and holds
    # the quarters named after it ("تعز - ... حي الروضة"), and is the event's place only where the
    # article names no other (stage_filed_from), not beside a town the sentence names ("داكار -
    # ... في مدينة زيغينشور")
    places = [p for p in places if p.first >= doc.city_dateline] if doc.city_dateline else places
    filed = doc.filed_from
    if filed is None:
        return places
    # the dateline's city named again is that city ("الدوحة - ... أمام مقر الأمم المتحدة في الدوحة":
    # Qatar's capital, not a West Bank village of the name, however much the story is about Palestine)
    name = norm(filed.span.text)
    return [replace(p, place=filed.place) if p.place.kind == "city" and norm(p.span.text) == name else p
            for p in places]


def _places(doc: Doc, res: Resources):
    info = res.lex.country_info
    places = resolve_places(doc.place_names, doc.sentences, doc.countries,
                            lambda iso: info.get(iso, (0, iso))[1])
    # a town the gazetteer has no Arabic name for, found by the sound of its Latin one
    named = {i for kind, ms in doc.matches.items() for m in ms for i in range(m.first, m.last)}
    named |= {i for a in doc.actors for i in range(a.first, a.last)}
    top = doc.countries.most_common(1)[0][0] if doc.countries else None
    spelled = spelled_places(doc.tokens, doc.sentences, named, places, top,
                             lambda iso: info.get(iso, (0, iso))[1], doc.span_of, res.lex.nationalities)
    if spelled:
        places = sorted(places + spelled, key=lambda p: p.first)
    # (a provincial town's dateline: a capital's is often only where the agency sits)
    dateline = doc.filed_from if doc.filed_from is not None and not _is_capital(doc.filed_from.place, res) else None
    if places or dateline:
        # a village the gazetteer lacks, named as one beside its province: kept at the province
        # (a name the gazetteer has only elsewhere may be one: "مديرية برقان بمحافظة صعدة" is no
        # Kuwaiti town; a town only measured from, "40 كم جنوب مدينة البصرة", is no place)
        taken = {i for kind, ms in doc.matches.items() if kind != "places" for m in ms
                 for i in range(m.first, m.last)}
        taken |= {i for p in places for i in range(p.first, p.last)}
        taken |= {i for a in doc.actors for i in range(a.first, a.last)}
        taken |= {i for pc in doc.place_names if pc.distance_km is not None
                  for i in range(pc.match.first, pc.match.last)}
        unlisted = unlisted_places(doc.tokens, doc.sentences, taken, places, res.gazetteer.province,
                                   doc.span_of, res.lex.nationalities, res.lex.numbers, dateline)
        places = sorted(places + unlisted, key=lambda p: p.first) if unlisted else places
    # "في العاصمة" with no name after it is the capital of the country the article is about
    named_at = {m.first for kind in ("places", "countries") for m in doc.matches[kind]}
    named_at |= {i for p in places for i in range(p.first, p.last)}
    measured = {i for c in doc.cues if c.kind == "distance" for i in range(c.last, c.last + DISTANCE_REACH + 1)}
    capitals = bare_capitals(doc.tokens, doc.span_of, doc.countries, res.gazetteer, res.lex.nationalities,
                             named_at, measured)
    if places or capitals:
        return sorted(places + capitals, key=lambda p: p.first)
    # no town or province anywhere: ACLED codes at the capital, geo_precision 3, of the country
    # the article is most about (not of every country it names: "led by the United States")
    votes = doc.countries
    top = max(votes.values(), default=0)
    return [PlaceMention(m.first, m.last, m.span, res.lex.capitals[m.value], 3)
            for m in doc.country_names if m.value in res.lex.capitals and votes.get(m.value, 0) >= top]


def _is_capital(town: Place, res: Resources) -> bool:
    capital = res.lex.capitals.get(town.iso2)
    return capital is not None and (capital.geonameid == town.geonameid or capital.name == town.name
                                    or places_km(capital, town) <= CAPITAL_KM)


FILED_FROM_POPULATION = 50_000  # a dateline names a city: a smaller namesake is another place


def stage_filed_from(doc: Doc, res: Resources) -> PlaceMention | None:
    """"بغداد (رويترز) -": the city a story was filed from, where an event the article places
    nowhere else is coded (frames.build_frames), as ACLED codes a report by its dateline."""
    end = doc.dateline or doc.city_dateline
    if not end:
        return None
    for m in res.gazetteer.matcher.find(doc.tokens[:end], doc.span_of) + res.lex.actors.find(
            doc.tokens[:end], doc.span_of):
        capital = _capital_of(m.value, res)
        towns = [capital] if capital else [p for p in res.gazetteer.lookup(m.value) if p.kind == "city"]
        if not towns:
            continue
        town = max(towns, key=lambda p: (doc.countries.get(p.iso2, 0) > 0, p.population))
        if town.population < FILED_FROM_POPULATION and not doc.countries.get(town.iso2):
            continue
        country = res.lex.country_info.get(town.iso2, (0, town.iso2))[1]
        return PlaceMention(m.first, m.last, m.span, replace(town, country=country), 1, False)
    return None


FROM = norm("من")


def stage_triggers(doc: Doc, res: Resources):
    # a trigger word inside a group's name ("هيئة تحرير الشام") names the group, tells no event
    # (one the name starts with, "الدفاعات الجوية", "المحتجون", is the event's own word, and a
    # state service, "قوات الدفاع الجوي السعودي", does what it is named for)
    in_actor = {i for a in doc.actors if a.key.partition("@")[0] not in STATE_KEYS
                for i in range(a.first + 1, a.last)}
    # "أوقفوا حركة الملاحة": what is stopped right after the verb is an activity, no one arrested
    halted = {c.first for c in doc.cues if c.kind == "halted"}
    # a subject opens at a name, or at the word for its members ("سيطر مقاتلو حركة إم 23 ... على",
    # "أطلق عناصر من تنظيم داعش ... النار على")
    members = {m.first for m in doc.marks if m.kind == "members"}
    subjects = frozenset(a.first - 1 if a.first - 1 in members else a.first - 2 if a.first - 2 in members and (
        doc.tokens[a.first - 1].text == FROM) else a.first for a in doc.actors)
    starts = frozenset(s.first for s in doc.sentences)
    # "حرر الجيش 76 رهينة": captives named soon after a verb of liberating were freed, no ground taken
    freed = {c.first for c in doc.cues if c.kind == "freed"}

    def frees_captives(t: Trigger) -> bool:
        return t.sub_event_type == "territory" and any(
            k in freed for k in range(t.last, t.last + FREED_REACH + 1)) and not any(
            t.last < s <= t.last + FREED_REACH for s in starts)
    # "ضربه رجال الشرطة" (hit him): the raw text keeps the ه the normaliser gave "ضربة" too
    verbs = res.lex.number_words.get("pronoun_verb", frozenset())
    return [t for t in find_triggers(doc.tokens, doc.span_of, res.lex, doc.matches["triggers"], subjects, starts)
            if t.first not in in_actor and not (t.sub_event_type == "Arrests" and t.last in halted)
            and not frees_captives(t) and not (t.last - t.first == 1 and doc.tokens[t.first].text in verbs
                                               and t.span.text.endswith("ه"))]


FREED_REACH = 5  # tokens from a verb of liberating to the captives freed ("حررت قوات الأمن العراقية 5 مختطفين")


def stage_sources(doc: Doc, res: Resources):
    return doc.matches["sources"]


def stage_casualties(doc: Doc, res: Resources):
    # ("ساحة الشهداء", "أسر الشهداء": a name or a kin that holds a killed word counts no one)
    words = [w for w in doc.matches["casualty_words"] if w.value not in ("-", "killed_split")]
    if verbs := [w for w in doc.matches["casualty_words"] if w.value == "killed_split"]:
        forces_at = {a.first for a in doc.actors if a.key.partition("@")[0] in STATE_KEYS}
        words = sorted(words + split_killed_words(doc.tokens, doc.span_of, res.lex, verbs, forces_at),
                       key=lambda w: w.first)
    month_at = frozenset(m.first for m in doc.matches["months"])
    out = []
    word_at = {w.first for w in words}
    for s in doc.sentences:
        # every count is named by a casualty word in its sentence: skip the (most) sentences without one
        if any(k in word_at for k in range(s.first, s.last)):
            out.extend(find_casualties(doc.tokens, s.first, s.last, doc.span_of, res.lex, words, month_at))
    return out


def stage_sentence_mentions(doc: Doc, res: Resources):
    """Each sentence with its mentions: what frames and the sentence models read."""
    return group_by_sentence(
        doc.sentences, triggers=doc.triggers, cues=doc.cues, marks=doc.marks, dates=doc.resolved_dates,
        places=doc.places, actors=doc.actors, casualties=doc.casualties, sources=doc.sources)


def stage_frames(doc: Doc, res: Resources):
    groups = doc.sentence_mentions
    totals = running_totals(groups)  # an article's running totals, read by the three alike
    frames, denials = build_frames(groups, lex=res.lex, pub=doc.published, country_votes=doc.countries,
                                   text=doc.article.text, totals=totals, filed_from=doc.filed_from,
                                   placed_elsewhere=_placed_elsewhere(doc, res) if doc.filed_from else frozenset())
    return frames, denials, orphan_tolls(groups, totals, doc.published), sentence_tolls(groups, totals)


def _placed_elsewhere(doc: Doc, res: Resources) -> frozenset[int]:
    """Sentences that say their event was somewhere the dateline's city is not: a town or village
    the gazetteer lacks ("في بلدة نيونو"; not a quarter, "في حي الروضة", which may be the city's),
    the capital where the dateline's city is another (not "العاصمة الاقتصادية", the commercial
    city), or somewhere in the country ("وسط البلاد", "شمال بوركينا فاسو")."""
    placed = {i for p in doc.places for i in range(p.first, p.last)}
    capital = res.lex.capitals.get(doc.filed_from.place.iso2)
    elsewhere = {CAPITAL} if capital is None or capital.name != doc.filed_from.place.name else set()
    countries = {m.first for m in doc.country_names}
    out = set()
    for g in doc.sentence_mentions:
        s = g.sentence
        if any(c.kind == "countrywide" or (c.kind == "near" and c.last in countries) for c in g.cues) or any(
                (is_village_noun(doc.tokens[k].text) or doc.tokens[k].text in elsewhere
                 and not is_nisba_adjective(doc.tokens[k + 1].text if k + 1 < s.last else ""))
                and k + 1 < s.last and k + 1 not in placed for k in range(s.first, s.last)):
            out.add(s.index)
    return frozenset(out)


def _wounded_by_forces(g: SentenceMentions, lex: Lexicons) -> bool:
    """"أصيب 24 متظاهرا برصاص الجيش خلال مسيرات": people hurt by a state's forces ("برصاص",
    "على يد": an agent cue right before them) where the sentence tells a protest: the forces stepped in."""
    return any(not k.killed for k in g.casualties) and any(
        c.kind == "agent" and a.first == c.last and is_state(a.key, lex) for c in g.cues for a in g.actors)


def stage_candidates(doc: Doc, res: Resources):
    frames, denials, tolls, by_sentence = doc.frames
    # sentence -> the "lethal" (live fire: excessive force) or "intervention" (dispersal) it tells,
    # each with the clause it is told in (events.Intervention)
    intervention: dict[int, list[Intervention]] = {}
    for g in doc.sentence_mentions:
        kinds = {c.kind for c in g.cues}
        if _wounded_by_forces(g, res.lex):
            kinds.add("intervention")
        # "تظاهر المئات ... واعتقلت الشرطة 20 منهم": arrests at a protest are its intervention
        arrests = protest_with_arrests(g.triggers, "at_protest" in kinds) is not None
        if kinds & {"lethal", "intervention"} or arrests:
            intervention[g.sentence.index] = interventions_of(g, kinds, arrests)
    starts = [s.first for s in doc.sentences]
    with_trigger = {bisect_right(starts, t.first) - 1 for t in doc.triggers}
    candidates = build_candidates(frames, denials, tolls, article_id=doc.article.id, lex=res.lex,
                            outlet=doc.article.source, intervention_sentences=intervention,
                            sentences=len(doc.sentences), trigger_sentences=len(with_trigger),
                            published=doc.published,
                            main_country=doc.countries.most_common(1)[0][0] if doc.countries else None,
                            place_mentions=tuple(Counter(p.place.geonameid for p in doc.places).items()))
    return with_toll_options(candidates, by_sentence)


def stage_events(doc: Doc, res: Resources):
    """Which candidates are events (choose/decide.py): the event model's choice, its calibrated
    probability as confidence; the rules alone without a model file."""
    events = []
    for i, p, retold in decide(doc.candidates, res.event_model):
        event = with_retellings(doc.candidates[i].event, [doc.candidates[k].event for k in retold])
        if res.toll_model is not None:
            event = choose_toll(event, doc.candidates[i], res.toll_model)
        if res.event_model is not None:  # a new record: the candidate's own stays as the rules made it
            event = replace(event, confidence=round(p, 3))
        events.append(event)
    events = without_summed_tolls(events)
    if doc.published is None:
        for e in events:
            if e.event_date is None:
                doc.warnings.append(f"event {e.event_id}: date unresolved (no publication date)")
    return events


def report_features(doc: Doc, every_sentence: bool = False) -> list[tuple[int, dict[str, float]]]:
    """The sentence models' features (choose/reports.py) of each sentence that names an event
    (``every_sentence``: of all, as training learns from all), with its index."""
    coded, proposed = labels_by_sentence(doc.candidates, doc.events)
    tokens = doc.tokens
    return [(k, sentence_features(g, [t.text for t in tokens[g.sentence.first:g.sentence.last]],
                                  coded.get(k, set()), proposed.get(k, set())))
            for k, g in enumerate(doc.sentence_mentions) if g.triggers or every_sentence]


def stage_reports(doc: Doc, res: Resources):
    """What kinds of event the text reports (choose/reports.py): each label's probability in its
    most telling sentence, that sentence, and whether it passes the model's bar. Placeless
    reports count here though the event coder cannot code them."""
    if not res.report_models or not doc.sentences:
        return {}
    out = {}
    for label, (p, k) in read_reports(report_features(doc), res.report_models).items():
        s = doc.sentences[k] if k >= 0 else None
        out[label] = Report(label, round(p, 3), p >= res.report_models[label].threshold,
                            doc.span_of(s.first, s.last) if s is not None and s.last > s.first else None)
    return out


Stage = Callable[[Doc, Resources], Any]
STAGES: list[tuple[str, Stage]] = [
    ("norm", stage_norm),
    ("tokens", stage_tokens),
    ("sentences", stage_sentences),
    ("dateline", stage_dateline),
    ("city_dateline", stage_city_dateline),
    ("matches", stage_matches),
    ("dates", stage_dates),
    ("published", stage_published),
    ("resolved_dates", stage_resolved_dates),
    ("cues", stage_cues),
    ("marks", stage_marks),
    ("actors", stage_actors),
    ("nationality_words", stage_nationality_words),
    ("country_cities", stage_country_cities),
    ("place_names", stage_place_names),
    ("country_names", stage_country_names),
    ("countries", stage_countries),
    ("filed_from", stage_filed_from),
    ("places", stage_places),
    ("triggers", stage_triggers),
    ("sources", stage_sources),
    ("casualties", stage_casualties),
    ("sentence_mentions", stage_sentence_mentions),
    ("frames", stage_frames),
    ("candidates", stage_candidates),
    ("events", stage_events),
    ("reports", stage_reports),
]


MATCHED = ("months", "weekdays", "relative_days", "casualty_words", "triggers", "actors", "cues",
           "sources", "countries")


def load_resources(home=None) -> Resources:
    """Lexicons, gazetteer (with the extended indexes under ``home``, default $RASD_HOME) and models."""
    lex, gaz = load_lexicons(), load_gazetteer(home)
    matchers = {name: getattr(lex, name) for name in MATCHED}
    matchers["places"] = gaz.matcher
    return Resources(lex=lex, gazetteer=gaz, matcher=MultiMatcher(matchers), event_model=load_model(),
                     toll_model=load_model(TOLL_MODEL), report_models=load_report_models())


def run(article: Article, res: Resources | None = None) -> Doc:
    """Run every stage on one article and return the filled Doc."""
    res = res or load_resources()
    doc = Doc(article)
    for name, stage in STAGES:
        try:
            doc.values[name] = stage(doc, res)
        except RasdError:
            raise
        except Exception as exc:  # a bug in a stage must name the stage and the article
            raise RasdError(f"stage {name!r} failed on article {article.id!r}: {exc!r}") from exc
    return doc


def extract(article: Article, res: Resources | None = None) -> Result:
    return result_of(run(article, res))


def result_of(doc: Doc) -> Result:
    return Result(doc.article.id, doc.published, doc.events, doc.warnings, doc.reports)


def extract_many(articles: Iterable[Article], res: Resources | None = None,
                 errors: list[str] | None = None) -> Iterator[Result]:
    """Results in input order. With ``errors``, an article a stage fails on is logged there and
    yields a result with no events and the reason as a warning: the run goes on."""
    res = res or load_resources()
    for article in articles:
        if errors is None:
            yield extract(article, res)
            continue
        try:
            yield extract(article, res)
        except RasdError as exc:
            log.warning("%s", exc)
            errors.append(str(exc))
            yield Result(article.id, article.published, [], [f"not read: {exc}"])


def as_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
