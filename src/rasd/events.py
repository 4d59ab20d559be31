"""Frames -> events: type by actors' roles, merge repeats, count the dead, write notes.

An article tells its main event several times (headline, lead, quotes):
frames of one event type at one place and date become one event. Death
tolls follow ACLED: sides of one clash add up; when reports disagree the
lowest counts.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, replace

from rasd.choose.features import NOT_VIOLENCE, ArticleFacts, candidate_features, lexeme
from rasd.extract.actors import named_on, resolve_actor
from rasd.frames import (ARMED_NONSTATE_INTER, CASUALTY_ONLY_WEIGHT, CROWD_EVENTS, FIGHT_WORD_WEIGHT, Denial,
                         SentenceMentions)
from rasd.geo.distance import places_km
from rasd.lexicons.load import Lexicons, read_tsv
from rasd.records import Actor, Candidate, Event, Frame

MERGE_KM = 10.0
SAME_TOWN_KM = 3.0  # two gazetteer entries for one town (a city and its old quarter)
ORPHAN_TOLL_REACH = 2  # a toll sentence counts for an event told at most this many sentences before
BOMBARDMENT = "قصف"  # the bare word for bombardment, by air or by guns (normalised)
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
CIVILIAN_INTER = 7
CROWD_INTER = (5, 6)  # rioters, protesters
PROTESTER_INTER = 6
STATE_INTER = (1, 8)  # a state's forces at home and abroad
SIDE_DETAIL_TYPES = {"Strategic developments"}  # types that are details beside a fight
# a word for any agreement ("اتفاق", "تسوية"), not a truce or a ceasefire: ACLED codes it only
# where an armed group (rebels, militias: inter 2-4) is a party
GENERIC_AGREEMENT_WEIGHT = 3
GROUND_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")
NEEDS_ACTOR = {"Agreement", "Non-violent transfer of territory", "Headquarters or base established",
               "Change to group/activity"}


@dataclass(frozen=True)
class Intervention:
    """Live fire ("lethal") or a dispersal ("intervention") a sentence tells, and the clause it is
    told in: a clause of its own after "فيما" that names its own towns."""

    kind: str
    first: int = 0  # the clause's tokens, and the places it names (empty: the whole sentence's)
    last: int = 0
    places: frozenset[int] = frozenset()


def interventions_of(sm: SentenceMentions, kinds: set[str], arrests: bool = False) -> list[Intervention]:
    """"تظاهر المئات في الناصرية، فيما فرقت الشرطة محتجين في البصرة": the dispersal in a clause
    after "فيما" that names a town of its own was that town's, not the first protest's. So are
    ``arrests`` at a protest told with a town of their own ("تظاهر الآلاف في تل أبيب والقدس وحيفا ...
    اعتقلت 15 متظاهرا في تل أبيب"); told with none, they are the whole sentence's intervention."""
    bounds = sorted(m.first for m in sm.marks if m.kind == "while")
    out = []
    arrested: list[Intervention] = []
    if arrests:
        arrest = next(t for t in sm.triggers if t.sub_event_type == "Arrests")
        towns = frozenset(p.place.geonameid for p in sm.places if p.first > arrest.first)
        if towns:
            arrested.append(Intervention("intervention", arrest.first, sm.sentence.last, towns))
        else:
            kinds = kinds | {"intervention"}
    for c in sm.cues:
        if c.kind not in ("lethal", "intervention"):
            continue
        start = max((b for b in bounds if b < c.first), default=None)
        if start is None:
            continue
        end = min((b for b in bounds if b > c.first), default=sm.sentence.last)
        places = frozenset(p.place.geonameid for p in sm.places if start <= p.first < end)
        if places:
            out.append(Intervention(c.kind, start, end, places))
    told = {i.kind for i in out}
    # what the clauses do not hold is the whole sentence's (arrests at a protest, a cue before "فيما")
    rest = {k for k in kinds & {"lethal", "intervention"}
            if k not in told or any(c.kind == k and not any(i.first <= c.first < i.last for i in out) for c in sm.cues)}
    out += [Intervention(k) for k in rest]
    return out + arrested


def intervention_for(frame: Frame, told: list[Intervention]) -> str | None:
    """"lethal" or "intervention" where the frame's sentence tells one of its own protest."""
    kinds = {i.kind for i in told if not i.places or i.first <= frame.trigger.first < i.last
             or (frame.place is not None and frame.place.place.geonameid in i.places)}
    return "lethal" if "lethal" in kinds else "intervention" if kinds else None


def ground_taken(taker: Actor | None) -> str:
    """Ground taken by a state's forces (inter 1) is regained; by anyone else, overtaken."""
    return GROUND_TAKEN[0] if taker is not None and taker.inter == 1 else GROUND_TAKEN[1]


def _fight_word(frame: Frame) -> bool:
    t = frame.trigger
    return t.sub_event_type == "Armed clash" and t.nominal and t.weight >= FIGHT_WORD_WEIGHT


def refine_type(frame: Frame, intervention: str | None) -> tuple[str, str]:
    """The ACLED (type, sub-type) once the actors' roles are known."""
    t, sub = frame.trigger.event_type, frame.trigger.sub_event_type
    a1, a2 = frame.actor1, frame.actor2
    if sub == "territory":
        if any(c.startswith("evacuation") for c in frame.cues):
            return "Strategic developments", "Non-violent transfer of territory"  # the fighters left under a deal
        return t, ground_taken(a1)
    if t == "Battles" and a2 is not None and a2.inter == CIVILIAN_INTER and not (a1 and a1.inter in CROWD_INTER) \
            and not (a1 is None and _fight_word(frame)):
        # (a crowd's clash is a riot: crowd_violence; people killed "في اشتباكات" no one named sides
        # in died in a fight, events.event_from_group)
        return "Violence against civilians", "Attack"
    if t == "Riots" and a1 is not None and a1.inter in ARMED_NONSTATE_INTER:
        return "Violence against civilians", "Attack"  # an armed group's stones: no crowd rioted
    if t == "Violence against civilians" and sub == "Attack" and a1 and a2 and \
            a2.inter not in (CIVILIAN_INTER, 6) and a1.inter != CIVILIAN_INTER and not any(
            c.startswith("execution") for c in frame.cues):  # captives put to death (cues.tsv) were attacked
        return "Battles", "Armed clash"
    if t == "Violence against civilians" and a1 is not None and a1.inter in STATE_INTER and a2 is not None \
            and a2.inter == PROTESTER_INTER:
        # state forces shooting at protesters repress the protest (ACLED), they attack no civilians:
        # "فتحت قوات الأمن النار على متظاهرين ... ما أدى إلى مقتل شخص", "أطلقت النار في الهواء لتفريق
        # المحتجين" (with no dead and no dispersal the shooting may be at rioters storming a building:
        # the sentence's crowd decides)
        if frame.fatalities > 0:
            return "Protests", "Excessive force against protesters"
        if intervention == "intervention":
            return "Protests", "Protest with intervention"
    if t == "Protests":
        if frame.fatalities > 0 or intervention == "lethal":
            return t, "Excessive force against protesters"
        if intervention:
            return t, "Protest with intervention"
    return t, sub


def _same_event(a: Frame, b: Frame, ta: tuple[str, str], tb: tuple[str, str]) -> bool:
    if a.sentence == b.sentence and a.trigger.first == b.trigger.first and a.place is not None \
            and b.place is not None and a.place.first != b.place.first:
        return False  # "غارات على دوما وحرستا وعربين": one per town, the toll split (GUIDELINES)
    if ta[0] == tb[0] == "Explosions/Remote violence" and ta[1] != tb[1] and not b.anaphoric \
            and not (_bare_bombardment(a) or _bare_bombardment(b)):
        return False  # artillery and an air strike on one town the same day: two events
    if ta[0] == tb[0] == "Explosions/Remote violence" and _struck_back(a, b):
        return False  # Israel's strikes on Kfar Kila and Hezbollah's rockets on Metula across the fence
    if {ta[0], tb[0]} == {"Protests", "Riots"}:
        # a demonstration that turned violent that day in that area is one riot, not two events;
        # two towns each named as where crowds gathered are two ("الزبير" and "أم قصر")
        return a.date == b.date and a.place is not None and b.place is not None and \
            a.place.place.admin1 == b.place.place.admin1 and not (
                _precise(a) and _precise(b) and a.place.locative and b.place.locative and not b.place_inherited
                and places_km(a.place.place, b.place.place) > MERGE_KM)
    if ta[0] != tb[0] and CASUALTY_ONLY_WEIGHT in (a.trigger.weight, b.trigger.weight):
        # "قتل عشرة مدنيين في تعز" in a lead, then the shelling of Taiz: one event, told twice
        return a.date == b.date and a.date is not None and _same_place(a, b) and not (
            a.place_inherited or b.place_inherited)
    if ta[0] != tb[0] or a.date is None or b.date is None:
        return ta[0] == tb[0] and a.date == b.date and _same_place(a, b)
    # "ليل الخميس الجمعة" is told as either night: one day apart at one place is one event; a
    # lead dated by publication alone is the day the next sentence names ("صباح الأحد"); not one
    # told as another like it on another day ("قتلوا الاثنين في غارات مماثلة على بلدة حمورية")
    if abs((a.date - b.date).days) > 1 or (a.date != b.date and (a.place_inherited or b.place_inherited)
                                           and not (_undated(a) or _undated(b))):
        return False
    if a.date != b.date and any(c.startswith("similar") for c in (*a.cues, *b.cues)):
        return False
    return _same_place(a, b)


def _bare_bombardment(f: Frame) -> bool:
    """"قصف" with no weapon named ("قصف استهدف شقة في النصيرات" after "غارات على رفح والنصيرات"): the
    strike told again in a word that only defaults to shelling."""
    t = f.trigger
    return t.sub_event_type == "Shelling/artillery/missile attack" and t.last == t.first + 1 \
        and re.sub("^[وفب]", "", lexeme(t.span.text)).startswith(BOMBARDMENT)


def _struck_back(a: Frame, b: Frame) -> bool:
    """Each names who fired, and one fired at the other: a strike and the reply to it."""
    if not (a.actor1 and b.actor1 and a.actor1_named and b.actor1_named) or a.actor1.name == b.actor1.name:
        return False
    return bool(a.actor2 and a.actor2.name == b.actor1.name or b.actor2 and b.actor2.name == a.actor1.name)


def _undated(f: Frame) -> bool:
    """Dated by the publication day alone: its sentence and the story before it name no day."""
    return f.date_inherited and f.date_span is None


def _same_place(a: Frame, b: Frame) -> bool:
    if a.place is None or b.place is None:
        return a.place is b.place
    pa, pb = a.place.place, b.place.place
    if pa.geonameid != pb.geonameid and "unlisted" in (pa.kind, pb.kind) and not b.place_inherited:
        return False  # two villages of one province share its point, not their place
    if pa.geonameid != pb.geonameid and _precise(a) and _precise(b) and a.place.locative and b.place.locative:
        # "شرق خان يونس" and then "شرق رفح": two towns named as where it happened are two events
        return places_km(pa, pb) <= SAME_TOWN_KM
    return pa.geonameid == pb.geonameid or places_km(pa, pb) <= MERGE_KM or b.place_inherited


def _other_town(a: Frame, b: Frame) -> bool:
    """Each names as where it happened a town apart from the other's: "37 قتلوا في الغوطة" groups
    the Ghouta's towns under its lead, but the strikes on Duma and those on Hamouria the day
    before are two events, whichever told the region first."""
    return _precise(a) and _precise(b) and a.place.locative and b.place.locative \
        and a.place.place.geonameid != b.place.place.geonameid and places_km(a.place.place, b.place.place) > SAME_TOWN_KM


def _precise(f: Frame) -> bool:
    return f.place is not None and not f.place_inherited and f.place.place.kind in ("city", "site")


def _may_refer_to(f: Frame, group) -> bool:
    """Can "the strike" in ``f`` be the event of ``group``? Not if both name
    different precise places, nor if ``f`` names as where it happened a province (or a town of
    one) none of the group's places lies in ("بمحافظة سوسة" after an arrest in Ben Gardane; "وفي
    اليمن تجددت المواجهات في جبهة الكدحة غربي تعز", a village the tables lack, after battles in Syria)."""
    if f.place is not None and not f.place_inherited and f.place.locative and f.place.place.kind in ("admin1", "unlisted"):
        return any(g.place is not None and (g.place.place.iso2, g.place.place.admin1)
                   == (f.place.place.iso2, f.place.place.admin1) for g, _ in group)
    if not _precise(f):
        return True
    # ("الغارة ... استهدفت عناصر مسؤولة عن إطلاق صاروخ على مدينة جازان" after a strike on a
    # village of Saada: a town of another province is no place of "the strike" told there)
    own = [g for g, _ in group if g.place is not None and not g.place_inherited]
    if own and not any((g.place.place.iso2, g.place.place.admin1) == (f.place.place.iso2, f.place.place.admin1)
                       for g in own):
        return False
    placed = [g for g, _ in group if _precise(g)]
    return not placed or any(places_km(g.place.place, f.place.place) <= MERGE_KM for g in placed)


def combine_tolls(tolls: list[tuple[int, tuple[int, ...]]]) -> int:
    """One toll from several reports: (total, parts) each.

    If the largest report breaks down into figures the others gave, it is the
    same count in more detail: take it. Otherwise reports disagree: take the
    lowest (ACLED's conservative rule).
    """
    tolls = [t for t in tolls if t[0] > 0]
    if not tolls:
        return 0
    biggest = max(tolls, key=lambda t: t[0])
    if all(t[0] == biggest[0] or t[0] in biggest[1] for t in tolls):
        return biggest[0]
    return min(t[0] for t in tolls)


def sides_apart(frames: list[Frame]) -> int:
    """"قتل خمسة جنود بهجوم ..." then "وقتلت القوات اثنين من المهاجمين": tellings in different
    sentences that each count the dead of one side, no side counted twice, add up (ACLED counts
    all sides); 0 where any count names no side or two tellings count one side."""
    by_sentence: dict[int, Frame] = {}
    for f in frames:
        if f.fatalities and not f.fatalities_vague:
            by_sentence.setdefault(f.sentence, f)
    if len(by_sentence) < 2:
        return 0
    seen: set[str] = set()
    total = 0
    for f in by_sentence.values():
        sides = set(f.fatality_sides)
        if not f.fatality_sides or None in sides or sides & seen:
            return 0
        seen |= sides
        total += f.fatalities
    return total


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi


@functools.cache
def _note_phrases() -> dict[str, tuple[str, str]]:
    return {r["sub_event_type"]: (r["phrase"], r["alone"])
            for r in read_tsv("note_phrases.tsv", ("sub_event_type", "phrase", "alone"))}


TOLL_IN_NOTE = re.compile(r"\d+ fatalit(?:y was|ies were) reported")
_TOLL_SENTENCE = re.compile(r" \d+ fatalit(?:y was|ies were) reported(?: \([^)]*\))?\.")


def toll_phrase(n: int) -> str:
    return f"{n} fatalit{'y was' if n == 1 else 'ies were'} reported"


def note_with_toll(note: str, n: int) -> str:
    """The note with its toll sentence saying ``n`` (none for 0), right after the first sentence,
    where write_note puts it."""
    note = _TOLL_SENTENCE.sub("", note)
    if not n:
        return note
    end = note.find(". ")
    head, rest = (note, "") if end < 0 else (note[:end + 1], note[end + 1:])
    return f"{head} {toll_phrase(n)}.{rest}"


def write_note(date: dt.date | None, sub: str, a1: Actor | None, a2: Actor | None,
               place_text: str, fatalities: int, denied: list[str], disputed: bool,
               blamed: frozenset[str] = frozenset()) -> str:
    phrase, alone = _note_phrases().get(sub, ("acted against", "acted"))
    when = f"On {date.day} {date:%B %Y}" if date else "On an unresolved date"
    who = a1.name if a1 else "Unidentified actors"
    what = f"{phrase} {a2.name}" if a2 else alone
    note = f"{when}, {who} {what} {place_text}."
    if fatalities:
        note += f" {toll_phrase(fatalities)}"
        note += " (reports disagree; the lowest figure is used)." if disputed else "."
    for d in denied:
        note += f" {d} denied responsibility." if d in blamed else f" {d} denied the event."
    return note


Typed = tuple[Frame, tuple[str, str]]  # a frame and its refined (type, sub-type)


def _doubted(frame: Frame) -> bool:
    """Does the rules' doubt keep this telling apart? An accident or a drill is no doubt about the
    news but about what happened: its tellings group with the plain ones of the same deaths, and
    it vetoes them all (choose/features.rule_vetoes)."""
    return any(flag not in NOT_VIOLENCE for flag in frame.flags)


def group_frames(typed: list[Typed]) -> list[list[Typed]]:
    """Frames that tell the same event, together, in order of first telling."""
    groups: list[list[Typed]] = []

    def lead(g: list[Typed]) -> Typed:  # the frame whose trigger types the group
        return max(g, key=lambda ft: ft[0].trigger.weight)
    for f, t in typed:
        # a telling the rules doubt (background, forecast, ...) never lends its toll or date to
        # one they trust: it stands as a candidate of its own, for the event model to judge
        for g in groups:
            if _doubted(f) != _doubted(g[0][0]):
                continue
            if _same_event(lead(g)[0], f, lead(g)[1], t) and not any(_other_town(m, f) for m, _ in g):
                g.append((f, t))
                break
        else:
            # "the strike" refers to the last event of its type, or to the last event
            alike = [g for g in groups if _doubted(g[0][0]) == _doubted(f)]
            earlier = [g for g in alike if lead(g)[1][0] == t[0]] or (alike if f.place is None else [])
            # (not a town of a list told by the same word: "الغارات التي استهدفت دوما وعين ترما")
            if f.anaphoric and earlier and _may_refer_to(f, earlier[-1]) and not any(
                    m.sentence == f.sentence and m.trigger.first == f.trigger.first for m, _ in earlier[-1]):
                earlier[-1].append((f, t))
            else:
                groups.append([(f, t)])
    return drop_side_details(groups)


def drop_side_details(groups: list[list[Typed]]) -> list[list[Typed]]:
    """A strategic development (vehicles destroyed, positions taken) told beside
    a fight at the same place and day, with no toll of its own, is a detail of
    that fight, not a second event."""
    def weight(g):
        return (any(f.fatalities for f, _ in g), len(g), max(f.trigger.weight for f, _ in g))

    dropped: set[int] = set()
    for i, g in enumerate(groups):
        if any(f.fatalities for f, _ in g) or g[0][1][0] not in SIDE_DETAIL_TYPES:
            continue
        if g[0][1][1] == "Disrupted weapons use":
            continue  # the interception is the event, the missile it stopped the detail (decide.py)
        if g[0][1][1] == "Arrests":
            continue  # people arrested at a protest or after a fight: ACLED codes the arrests too
        hosts = [j for j, h in enumerate(groups) if j != i and j not in dropped
                 and h[0][1][0] != g[0][1][0] and _same_place(h[0][0], g[0][0])
                 and h[0][0].date and g[0][0].date and abs((h[0][0].date - g[0][0].date).days) <= 1
                 and weight(h) > weight(g)]
        if hosts:
            dropped.add(i)
    return [g for i, g in enumerate(groups) if i not in dropped]


def _says(frame: Frame, cue_kind: str) -> bool:
    """Does the frame's sentence hold a cue of this kind (before or after its trigger)?"""
    return any(c.rstrip("<>") == cue_kind for c in frame.cues)


NO_DEAD = ("Arrests", "Peaceful protest")  # ACLED codes no fatalities for these: deaths make another event
STATE_INTER = (1, 8)


def crowd_violence(groups: list[list[Typed]], lex: Lexicons) -> list[list[Typed]]:
    """Violence around a crowd is a riot (rioters and the forces as the two sides), as ACLED codes
    it, not a battle or an attack on civilians: a clash with demonstrators ("اشتباكات مع
    محتجين"), and security forces shooting at people where and when the article tells of a
    demonstration ("استشهد شاب برصاص الجيش شرق خان يونس" in a story of border protests)."""
    # a crowd some sentence tells as news, not one only named ("مسيرات" in a comment)
    crowds = [g for g in groups if g[0][1][0] in CROWD_EVENTS and any(not fr.flags for fr, _ in g)]
    out = []
    for g in groups:
        f, (etype, _sub) = g[0]
        shooter = f.actor1
        hit = f.actor2
        sides = [a for a in (shooter, hit) if a is not None]
        if etype == "Battles" and any(a.inter in CROWD_INTER for a in sides):
            # "اشتباكات مع محتجين": a clash with demonstrators is a riot, the crowd against the forces
            country = f.place.place.iso2 if f.place else None
            rioters = resolve_actor("RIOT", country, lex)
            other = next((a for a in sides if a.inter not in CROWD_INTER), None)
            if other is not None and other.inter == CIVILIAN_INTER:
                other = None  # "اشتباكات بين محتجين وأنصار الحزب": two crowds fought; both are the rioters
            out.append([(replace(fr, actor1=rioters, actor2=other), ("Riots", "Violent demonstration"))
                        for fr, _ in g])
            continue
        # (the side hit counts only when the sentence names it: "مواجهات" near a border protest
        # is the crowd against the forces, whoever else the article names; "قتل ثلاثة مسلحين في
        # تبادل لإطلاق النار" names only the side hit, the forces being the article's)
        hit_named = hit is not None and (len(f.actor_spans) >= 2 or bool(f.actor_spans) and not f.actor1_named)
        if etype in ("Violence against civilians", "Battles") and shooter is not None and \
                shooter.inter in STATE_INTER and (not hit_named or hit.inter in (6, 7)) and \
                any(_near_crowd(f, c[0][0]) for c in crowds):
            country = f.place.place.iso2 if f.place else None
            rioters = resolve_actor("RIOT", country, lex)
            g = [(replace(fr, actor1=rioters, actor2=shooter), ("Riots", "Violent demonstration")) for fr, _ in g]
        out.append(g)
    return out


def _near_crowd(f: Frame, crowd: Frame) -> bool:
    if f.place is None or crowd.place is None or f.date is None or crowd.date is None:
        return False
    return abs((f.date - crowd.date).days) <= 1 and (
        f.place.place.admin1 == crowd.place.place.admin1 or places_km(f.place.place, crowd.place.place) <= 50)


def tolls_without_event(groups: list[list[Typed]], orphan_tolls) -> dict[int, list[tuple[int, tuple[int, ...]]]]:
    """A toll in a sentence without a trigger belongs to the nearest violent event told before
    it (an arrest or a deal is not what killed them)."""
    extra: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
    for sentence, count, _spans in orphan_tolls:
        near = [i for i, g in enumerate(groups) if g[0][1][0] != "Strategic developments"
                and any(0 < sentence - f.sentence <= ORPHAN_TOLL_REACH for f, _ in g)]
        if near:
            extra.setdefault(near[-1], []).append((count, ()))
    return extra


UNIDENTIFIED_GROUP = "Unidentified Armed Group"  # actor_names.tsv UAG


def build_candidates(frames: list[Frame], denials: list[Denial], orphan_tolls, *, article_id: str,
                     lex: Lexicons, outlet: str | None, intervention_sentences: dict[int, list[Intervention]],
                     sentences: int, trigger_sentences: int, published: dt.date | None,
                     main_country: str | None = None,
                     place_mentions: tuple[tuple[int, int], ...] = ()) -> list[Candidate]:
    """Every event the rules propose, with its features; the event model chooses (pipeline)."""
    typed = [(f, refine_type(f, intervention_for(f, intervention_sentences.get(f.sentence, [])))) for f in frames]
    groups = crowd_violence(group_frames(typed), lex)
    extra_tolls = tolls_without_event(groups, orphan_tolls)
    facts = ArticleFacts(sentences, trigger_sentences, len(groups), published, main_country, place_mentions)
    out = []
    for gi, group in enumerate(groups):
        candidate = event_from_group(group, extra_tolls.get(gi, []), denials, first=gi == 0,
                                     event_id=f"{article_id}|{gi}", lex=lex, outlet=outlet, facts=facts)
        if candidate is not None:
            out.append(candidate)
    return out


GENERIC_SIDES = frozenset({"CIV", "PROT", "RIOT", "UAG", "POL", "GOV", "MIL"})  # actors.tsv keys named for the event's country


def _of_event_country(actor: Actor | None, iso2: str | None, lex: Lexicons) -> Actor | None:
    if actor is None or actor.key not in GENERIC_SIDES:  # ("CIV@IL": a country of its own)
        return actor
    return resolve_actor(actor.key, iso2, lex) or actor


def event_from_group(group: list[Typed], extra_tolls, denials: list[Denial], *, first: bool,
                     event_id: str, lex: Lexicons, outlet: str | None, facts: ArticleFacts) -> Candidate | None:
    """One candidate event from the frames that tell it, or None when ACLED could not code it
    (no place at all; a fight or a deal with no one doing it)."""
    frames_g = [f for f, _ in group]
    # the heaviest trigger types the event; the most precise place places it
    # (a demonstration told as a protest and as a riot was a riot: the violence decides; a
    # missile told as fired and as intercepted was an interception, as ACLED codes it)
    # (villagers killed in a raid that also carried some off: ACLED codes the killing)
    abducted = any(t[1] == "Abduction/forced disappearance" for _, t in group)
    main, (etype, sub) = max(group, key=lambda ft: (ft[1][0] == "Riots", ft[1][1] == "Disrupted weapons use",
                                                    abducted and ft[1][1] == "Attack" and bool(ft[0].fatalities),
                                                    ft[0].trigger.weight, -ft[0].sentence))
    placed = next((f for f in frames_g if _precise(f)), None) or \
        next((f for f in frames_g if f.place and not f.place_inherited), None) or \
        next((f for f in frames_g if f.place), None)
    if placed is None:
        return None  # nowhere to put it: not an event ACLED could code
    pm = placed.place
    # actors named beside the trigger outrank those borrowed from the rest of the article
    by_actors = [f for f in [main] + frames_g if f.actor_spans] + [main] + frames_g
    # ... and a doer named in a telling outranks one supplied for a telling that names none
    # ("قتل 250 جراء الضربات الجوية" borrows the article's air force; "قصف القوات الحكومية" names it)
    actor1 = next((f.actor1 for f in by_actors if f.actor1 and f.actor1_named), None) or \
        next((f.actor1 for f in by_actors if f.actor1), None)
    # (one side on both ends only where a telling says they fought each other: "اشتباكات بين
    # مجموعتين مسلحتين"; not the police acting in one telling and hit in another)
    actor2 = next((f.actor2 for f in by_actors if f.actor2 and (
        actor1 is None or f.actor2.name != actor1.name or sub == "Mob violence"
        or (etype == "Battles" and f.actor1 is not None and f.actor1.name == f.actor2.name))), None)
    # a generic side ("ثلاثة أشخاص", "متظاهرون", "مسلحون") told where no place is said was read in the
    # article's main country; it is of the country the event happened in
    actor1, actor2 = (_of_event_country(a, pm.place.iso2, lex) for a in (actor1, actor2))
    crowd = {"Riots": "RIOT", "Protests": "PROT"}.get(etype)
    if crowd and actor1 is not None and actor1.name.startswith(("Protesters (", "Rioters (")):
        # a demonstration told calm in one sentence and violent in another: its crowd as its type says
        actor1 = resolve_actor(crowd, pm.place.iso2, lex) or actor1
    if actor1 is None and actor2 is None and etype == "Battles" and all(_says(f, "assault") for f in frames_g):
        # "هاجم رجل مهاجرين بسكين": an assault with no side named anywhere is an attack on whoever
        # was there by an unidentified attacker, as ACLED codes a lone knifeman
        country = pm.place.iso2
        etype, sub = "Violence against civilians", "Attack"
        actor1, actor2 = resolve_actor("UAG", country, lex), resolve_actor("CIV", country, lex)
    if actor1 is not None and actor2 is None and etype == "Battles" and actor1.inter in ARMED_NONSTATE_INTER \
            and any(f.fatalities for f in frames_g) and all(_says(f, "assault") for f in frames_g):
        # "قال إن مسلحين من بوكو حرام قتلوا 18 قرويا في هجوم على قرية": an armed group's assault that
        # killed people no side is named for killed civilians (ACLED: an attack, not a battle)
        etype, sub = "Violence against civilians", "Attack"
        actor2 = resolve_actor("CIV", pm.place.iso2, lex)
    if actor1 is None and (actor2 is None or actor2.inter == CIVILIAN_INTER) and sub == "Armed clash" \
            and any(f.fatalities or _says(f, "weapons") for f in frames_g) and all(_fight_word(f) for f in frames_g):
        # "قتل شخصان في اشتباكات بمدينة طرابلس", "اشتباكات بالأسلحة الثقيلة في طرابلس": a fight that killed
        # or was fought with arms, whose sides no one names, was fought by unidentified armed groups, as
        # ACLED codes it (not any "clashes": a brawl or a scuffle with police may be one)
        actor1 = actor2 = resolve_actor("UAG", pm.place.iso2, lex)
    if actor1 is None and (etype == "Battles" or sub in NEEDS_ACTOR):
        return None  # a fight or a deal needs someone doing it
    if actor1 is None and etype == "Violence against civilians":
        # "وقعت اشتباكات قبلية ... مقتل سبعة أشخاص": civilians hit by no one named are hit by an
        # unidentified armed group, as ACLED codes them
        actor1 = resolve_actor("UAG", pm.place.iso2, lex)
    if sub == "Agreement" and main.trigger.weight <= GENERIC_AGREEMENT_WEIGHT and not any(
            a is not None and a.inter in ARMED_NONSTATE_INTER for a in (actor1, actor2)):
        return None  # "اتفاق" between governments (a trade deal) is no conflict agreement
    if sub == "Peaceful protest":
        actor2 = None  # ACLED names no second side of a protest no one intervened in
    if sub == "Air/drone strike" and actor1 is not None and actor1.name.startswith(UNIDENTIFIED_GROUP) \
            and not any(_says(f, "drone") for f in frames_g):  # (a drone any armed group may fly)
        # an air strike no one claims is by a state's aircraft ACLED calls unidentified military
        # forces (a strike told also as "القصف" may carry that telling's armed group)
        actor1 = resolve_actor("UMF", pm.place.iso2, lex)
    if sub == "Disrupted weapons use" and actor2 is not None and actor2.inter == CIVILIAN_INTER:
        actor2 = None  # an intercepted missile is fired by an armed side, not by civilians
    # a vague "قتلى" (10 by convention) yields to any reported number
    counted = [f for f in frames_g if f.fatalities and not f.fatalities_vague] or frames_g
    # "قتل ثلاثة فلسطينيين" beside "لقي طفل حتفه": a figure outranks a victim the noun counts
    counted = [f for f in counted if f.fatalities and not f.fatalities_implied] or counted
    # "قتل 18 في غارات على رفح والنصيرات" then "غارة في رفح أسفرت عن مقتل 11": the town's own count
    # outranks its even share of the lead's
    counted = [f for f in counted if f.fatalities and not f.fatalities_shared] or counted
    # "ارتفع عدد القتلى إلى 100" replaces the event's earlier figures; a "حصيلة سابقة" is one of them
    latest = [f for f in counted if f.fatalities and _says(f, "updated_toll")]
    # told only with a toll the article says was since raised ("قتل فيه 80 مدنيا، وفق حصيلة
    # سابقة"), the event's dead are counted where the article gives the raised toll
    superseded = not latest and any(f.fatalities for f in counted) and all(
        _says(f, "earlier_toll") for f in counted if f.fatalities)
    counted = latest[-1:] or [f for f in counted if not (_says(f, "previous_toll") or _says(f, "earlier_toll"))] \
        or counted
    # a toll in a sentence of its own nearby only fills an event whose tellings give none, or only
    # a vague one: the sentence that tells the event with its dead says more than one that may
    # tell another ("عملية أخرى ... أدت إلى مقتل جنديين"); "العديد من القتلى" yields to "بمقتل 45"
    tolls = [(f.fatalities, f.fatality_parts) for f in counted]
    if not latest and not any(f.fatalities and not f.fatalities_vague for f in counted) and extra_tolls:
        tolls = extra_tolls
    fatalities = combine_tolls(tolls)
    if tolls is not extra_tolls and not latest:
        fatalities = max(fatalities, sides_apart(counted))
    # "سقط عشرات القتلى": ACLED's conventional figure for a word with no number
    estimated = tolls is not extra_tolls and all(f.fatalities_vague for f in counted if f.fatalities)
    if sub in NO_DEAD or superseded:
        tolls, fatalities = [], 0  # a toll told beside arrests or a peaceful rally is another event's
    reported = {t for t, _ in tolls if t > 0}
    disputed = len(reported) > 1 and fatalities == min(reported)
    denied = [d for d in denials if d.event_type in (None, etype) or etype == "Battles"]
    denied_by = list(dict.fromkeys(d.by for d in denied)) if first or any(
        d.event_type == etype for d in denied) else []
    # the first telling that names its own day ("خرج الآلاف السبت"): a later paragraph a day off
    # ("والجمعة نظمت تظاهرة") is the day before, not this event's day
    own = [f.date for f in frames_g if f.date and not f.date_inherited]
    date = own[0] if own else min((f.date for f in frames_g if f.date), default=None)
    precision = min(f.time_precision for f in frames_g)
    sources = list(dict.fromkeys(s for f in frames_g for s in f.sources))
    if outlet:
        sources.append(outlet)
    iso, country = lex.country_info.get(pm.place.iso2, (None, pm.place.country))
    actor1, actor2 = named_on(actor1, date, lex), named_on(actor2, date, lex)
    if sub in GROUND_TAKEN:  # the taker is of the kind it was that day (the RSF since 2023: no state's)
        sub = ground_taken(actor1)
    inter1 = actor1.inter if actor1 else None
    inter2 = actor2.inter if actor2 else None
    where = {1: "in", 2: "near", 3: "in"}[pm.precision]
    place_text = {"admin1": f"in {pm.place.admin1} ({country})", "country": f"in {country}"}.get(
        pm.place.kind, f"{where} {pm.place.name} ({pm.place.admin1}, {country})")

    def spans(items) -> list[list]:
        return [s.as_list() for s in dict.fromkeys(items)]

    evidence = {
        "type": spans(f.trigger.span for f in frames_g),
        "actors": spans(sp for f in frames_g for sp in f.actor_spans),
        "place": [pm.span.as_list()],
        "date": spans(f.date_span for f in frames_g if f.date_span),
        "fatalities": spans(sp for f in frames_g for sp in f.fatality_spans) if fatalities else [],
        "denial": spans(d.span for d in denied) if denied_by else [],
    }
    confidence = 0.4 + 0.1 * sum(bool(evidence[k]) for k in ("actors", "date", "fatalities"))
    confidence += 0.1 * min(len(sources), 2) + (0.05 if len(frames_g) > 1 else 0)
    confidence -= 0.15 if placed.place_inherited else 0
    digest = hashlib.sha1(event_id.encode()).hexdigest()[:8].upper()
    features = candidate_features(frames_g, main, etype, sub, fatalities, actor1 is not None,
                                  actor2 is not None, facts)
    return Candidate(features=features, tellings=tuple(sorted({f.sentence for f in frames_g})),
                     place_id=pm.place.geonameid, event=Event(
        event_id=f"{pm.place.iso2}{digest}",
        event_date=date.isoformat() if date else None,
        time_precision=precision,
        disorder_type=DISORDER[etype] if sub not in (
            "Excessive force against protesters", "Mob violence") else "Political violence; Demonstrations",
        event_type=etype, sub_event_type=sub,
        actor1=actor1.name if actor1 else None, assoc_actor_1=None, inter1=inter1,
        actor2=actor2.name if actor2 else None, assoc_actor_2=None, inter2=inter2,
        interaction=interaction(inter1, inter2),
        civilian_targeting="Civilian targeting" if inter2 == CIVILIAN_INTER else None,
        iso=iso, country=country, admin1=pm.place.admin1 or None, admin2=None,
        location=pm.place.name, latitude=pm.place.latitude, longitude=pm.place.longitude,
        geo_precision=pm.precision,
        source="; ".join(sources),
        notes=write_note(date, sub, actor1, actor2, place_text, fatalities, denied_by, disputed,
                         frozenset(d.by for d in denied if d.blame)),
        fatalities=fatalities, fatalities_estimated=bool(fatalities) and estimated,
        confidence=round(min(confidence, 0.95), 2),
        denied_by=denied_by, evidence=evidence,
        # told only as one already known ("الهجوم الكيماوي") and dated by publication alone
        retold=all(f.anaphoric for f in frames_g) and not any(f.date_span for f in frames_g)))
