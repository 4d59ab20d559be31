"""Every record that crosses a stage boundary. Frozen: stages add, never edit."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple


class Span(NamedTuple):
    """A piece of the raw article text: [start, end) and the quoted text.

    A NamedTuple, like Token: every lexicon match makes one."""

    start: int
    end: int
    text: str

    def as_list(self) -> list:
        return [self.start, self.end, self.text]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the outlet
    language: str | None = None  # set by ingest: "ar", or "other" (not coded)
    content_hash: str | None = None  # same text, same hash
    similarity_key: str | None = None  # near-duplicates (one wire story, many sites) share it


class Token(NamedTuple):
    """A word or number; a NamedTuple because articles make thousands of them."""

    text: str  # normalised form
    start: int  # offsets into the normalised text
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    first: int  # token range [first, last)
    last: int


class Match(NamedTuple):
    """A lexicon phrase found in the token stream (a NamedTuple: there are many)."""

    first: int  # token range [first, last)
    last: int
    value: str  # the lexicon's canonical id or label
    span: Span
    extra: tuple[str, ...] = ()
    skip: int = 0  # letters of a joined clitic left out of the span ("ب" of "بحلب")


@dataclass(frozen=True, slots=True)
class DateMention:
    first: int
    last: int
    span: Span
    date: dt.date | None  # None when it needs a publication date we lack
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    relative: bool


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int
    name: str
    iso2: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    kind: str  # city | admin1 | country | site
    population: int = 0
    common_word: bool = False  # its name is also an everyday Arabic word ("صور": pictures, Tyre)
    extended: bool = False  # from a gazetteer the user added (villages), not the built-in towns


@dataclass(frozen=True, slots=True)
class PlaceMention:
    first: int
    last: int
    span: Span
    place: Place
    precision: int  # ACLED geo_precision this mention supports
    locative: bool = True  # introduced as a place ("في X"), not e.g. a capital as speaker


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    inter: int
    country: str | None = None
    # the lexicon key it was read from ("CIV", "CIV@IL"): a generic side with no country of its own
    # is named for the country of the event it ends up in (events.event_from_group)
    key: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class ActorMention:
    first: int
    last: int
    span: Span
    key: str  # lexicon id, before country context turns it into an Actor
    only_in: str = ""  # the surface names this actor only in this country ("الشباب" in Somalia)
    of: bool = False  # joined to a "ل" of belonging ("غارات لقوات النظام": the forces' strikes)
    joined: bool = False  # opens with "و": joined to what comes before ("إيران وجماعة الحوثي")
    speaker: bool = False  # a ministry speaking for its country's forces ("وزارة الدفاع الروسية"): a side only
    # where it tells of their own deeds ("أن قواتها سيطرت"), and no vote for where the story is


@dataclass(frozen=True, slots=True)
class Casualty:
    """A number of people killed (or wounded) in one phrase."""

    first: int
    last: int
    span: Span
    count: int
    killed: bool  # False: wounded / injured, never counted as fatalities
    vague: bool = False  # a conventional figure: "عشرات" = 10, "قتلى" alone = 10
    implied: bool = False  # no number: the noun says how many ("قتل طفل" one, "جنديان" two)
    side: str | None = None  # whose dead its noun names (victim_sides.tsv): forces, fighters, civilians
    police: bool = False  # its noun names policemen (victim_sides.tsv, service): "12 شرطيا", "ضابط شرطة"


@dataclass(frozen=True, slots=True)
class Trigger:
    first: int
    last: int
    span: Span
    event_type: str
    sub_event_type: str
    weight: int
    nominal: bool = False  # a noun ("اغتيال"): names an event without telling that it happened
    verbal: bool = False  # the noun of a verb phrase ("ألقت القبض على"): tells, never points back
    object_end: int = -1  # a split verb's object ends here ("أطلق مسلحون النار على"): who is named next was struck


@dataclass(frozen=True, slots=True)
class Cue:
    first: int
    last: int
    span: Span
    kind: str  # background | forecast | denial | near | target | agent | ...


@dataclass(frozen=True, slots=True)
class Frame:
    """One trigger in one sentence with the mentions around it."""

    sentence: int
    trigger: Trigger
    actor1: Actor | None
    actor2: Actor | None
    actor_spans: tuple[Span, ...]
    place: PlaceMention | None
    date: dt.date | None
    time_precision: int
    date_span: Span | None
    fatalities: int
    fatality_spans: tuple[Span, ...]
    fatality_parts: tuple[int, ...]  # the counts that add up to ``fatalities`` (25, 13)
    fatalities_vague: bool  # ACLED's conventional 10 for "قتلى" with no number
    sources: tuple[str, ...]
    place_inherited: bool = False
    date_inherited: bool = False
    support: int = 0  # how many of date, place, toll, named actor the sentence itself gives
    anaphoric: bool = False  # "the strike": refers back to an event already told
    flags: tuple[str, ...] = ()  # rule signals against news: background, forecast, trial, comment, names_only, accident, drill
    cues: tuple[str, ...] = ()  # the cue kinds of the frame's sentence, "<" before its trigger, ">" after
    second_clause: bool = False  # another trigger of the sentence, at a place of its own
    fatalities_implied: bool = False  # the toll is only a noun's number ("قتل طفل"), no figure
    told_by_verb: bool = False  # the sentence holds a verb trigger ("فجرت انتحارية نفسها"), not nouns only
    actor1_named: bool = False  # actor1 is named in the sentence, not a default or the article's air force
    wounded: bool = False  # the sentence counts wounded ("وأصيب ثلاثة آخرون"): someone was hurt
    fatality_sides: tuple[str | None, ...] = ()  # whose dead each part counts: forces, fighters, civilians
    fatalities_shared: bool = False  # a share of a toll told for several places at once (split evenly)


@dataclass(slots=True)
class Event:
    """One ACLED-style event; field names follow ACLED's public CSV."""

    event_id: str
    event_date: str | None
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    assoc_actor_1: str | None
    inter1: int | None
    actor2: str | None
    assoc_actor_2: str | None
    inter2: int | None
    interaction: int | None
    civilian_targeting: str | None
    iso: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    source: str
    notes: str
    fatalities: int
    confidence: float
    denied_by: list[str] = field(default_factory=list)
    evidence: dict[str, list[list]] = field(default_factory=dict)
    # the toll is ACLED's conventional figure for a word with no number ("عشرات القتلى": 10)
    fatalities_estimated: bool = False
    # told only as an event already known ("الهجوم الكيماوي على دوما") with no day of its own: the
    # store may join it to that event stored up to a week before (store/merge.py)
    retold: bool = False


@dataclass(frozen=True, slots=True)
class SentenceToll:
    """The dead one sentence reports, a toll an event may take (choose/tolls.py)."""

    sentence: int
    count: int
    spans: tuple[Span, ...]
    vague: bool  # only conventional figures ("قتلى" = 10)
    has_trigger: bool
    background: bool  # a background or forecast cue in the sentence
    places: frozenset[int]  # geonameids of the places the sentence names
    cause: str = ""  # event type of the event word next to the count ("قتلوا في المعارك": Battles)


@dataclass(frozen=True, slots=True)
class TollOption:
    """One toll an event could be given: a sentence's count, the rules' own figure, or none."""

    value: int
    spans: tuple[Span, ...]
    features: dict[str, float]


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event the rules propose, with the features the event model judges it by."""

    event: Event
    features: dict[str, float]
    tellings: tuple[int, ...] = ()  # sentences that tell it
    place_id: int = 0  # geonameid of its place
    tolls: tuple[TollOption, ...] = ()  # what the toll model chooses among (choose/tolls.py)


@dataclass(frozen=True, slots=True)
class Report:
    """Whether a text reports an event of one kind (violence, protest), placed or not."""

    label: str
    probability: float  # in the text's most telling sentence (choose/reports.py)
    reported: bool  # the probability passes the sentence model's bar
    evidence: Span | None  # that sentence


@dataclass(slots=True)
class Result:
    """What rasd returns for one article."""

    id: str
    published: dt.date | None
    events: list[Event]
    warnings: list[str]
    reports: dict[str, Report] = field(default_factory=dict)  # label -> what the sentence models read
