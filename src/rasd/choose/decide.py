"""The decision over an article's candidates: which are events, and with what confidence.

1. The event model scores each candidate (its calibrated probability becomes the event's
   confidence); a candidate at or over the model's threshold is kept.
2. The rules keep a veto where every telling is flagged (features.rule_vetoes), and where they
   would code a candidate themselves (features.rule_accepts) the model's bar is its
   ``rule_threshold``, chosen with the threshold by inner cross-validation (rasd/train.py):
   the model then mostly vetoes what the rules accept, and adds what they miss.
3. An article often tells one event twice in ways the frame grouping keeps apart (a lead and
   a detail paragraph, "the strike" two paragraphs on): a kept candidate of the same type, a
   day apart at most and within RETELLING_KM of one kept with a higher score is that event
   again, and is dropped (the same sub-type: artillery and an air strike on one town are two);
   so is one of another type at the same place the same day when either of the two takes its
   place from another sentence (the lead's clash told again as shelling); a toll only the
   retelling gives goes to the kept event. A missile or air attack told where
   and when the air defences intercepted one is that interception. An event told once at its
   province ("في قطاع غزة") and once at a town of it the same day is the town's event. An event
   dated by publication alone takes the day of a telling of its kind that points back to it
   ("ووقع الهجوم مساء السبت", within the week), that telling kept or not. One with no toll takes
   the count a telling that only points back to it gives the same day ("ثلاثة قتلوا، ليرتفع عدد
   ضحايا المعارك إلى 40": the battle's three), that telling kept or not.
4. A kept event whose toll is the sum of two or more others' that day in its country (a lead's
   total over the towns told below) keeps none (without_summed_tolls).
Without a model the rules decide alone (features.rule_accepts), retellings dropped the same way.
Training (rasd/train.py) calls ``decide`` too, so cross-validated figures are of this very code.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rasd.choose.features import rule_accepts, rule_vetoes
from rasd.choose.model import Model
from rasd.events import SAME_TOWN_KM, note_with_toll
from rasd.frames import CROWD_EVENTS
from rasd.geo.distance import km
from rasd.records import Candidate, Event

RETELLING_KM = 10.0
UNDATED_REACH_DAYS = 7  # the news window: "هاجم رجل ..." then "ووقع الهجوم مساء السبت"
# weapons outlets (and paragraphs) name differently for one blast: a bomb, a grenade, a suicide bomber
BLASTS = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
# a missile or drone the air defences stopped is told as the attack too ("the Houthis' missile
# force targeted Riyadh"): ACLED codes the one event as the interception
INTERCEPTION = "Disrupted weapons use"
INTERCEPTED = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
GENERIC_WEIGHT = 2  # triggers.tsv weight of a bare "targeted", "attacked": no weapon named
ARMED_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
RULE_AGREEMENT = 0.05  # how much lower the bar is where the rules accept, for a model without its own


def _day(value: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(value).toordinal() if value else None
    except ValueError:
        return None


def is_retelling(kept: Candidate, other: Candidate, radius_km: float = RETELLING_KM) -> bool:
    a, b = kept.event, other.event
    same_kind = (a.sub_event_type == b.sub_event_type or {a.sub_event_type, b.sub_event_type} <= BLASTS
                 or a.sub_event_type == INTERCEPTION and b.sub_event_type in INTERCEPTED)
    if a.latitude is None or b.latitude is None:
        return False
    if not same_kind:
        return _told_again_as_another_type(kept, other)
    if a.sub_event_type == INTERCEPTION and b.sub_event_type in INTERCEPTED and b.fatalities \
            and not kept.features.get("place_own") and other.features.get("place_own"):
        # drones downed somewhere their sentence does not say are not a deadly strike told at its town
        return False
    da, db = _day(a.event_date), _day(b.event_date)
    if da is None or db is None:
        return False
    if abs(da - db) > 1 and not (abs(da - db) <= UNDATED_REACH_DAYS and _undated(a) != _undated(b)
                                 and not (_another(kept) or _another(other))):
        # a telling dated only by publication is the one a telling of its kind at its place dates,
        # that week ("مصرع القيادي في غارة" in the lead, "بغارة ... الخميس الماضي" below); under
        # CV over five fold draws strict F1 0.618 -> 0.625 against requiring "the strike" below;
        # not one told as another like it ("تظاهرة مماثلة يوم الجمعة الماضي")
        return False
    if da != db and (_another(kept) or _another(other)):
        return False  # "قتلوا الاثنين في غارات مماثلة": another like it, on another day
    if a.location != b.location and kept.tellings == other.tellings and kept.features.get("place_own") \
            and other.features.get("place_own") and not _province_and_town(a, b):
        # "غارات على دوما وحرستا وعربين": one sentence names each town: one event each (not the
        # province it names them in: "غارات على ريف إدلب استهدفت بلدة كفرنبل" is Kafranbel's)
        return False
    if a.location != b.location and (_unlisted(kept) or _unlisted(other)) and \
            all(_unlisted(c) or _named_town(c) for c in (kept, other)):
        return False  # a village the gazetteer lacks sits at its province's point, not at a town's
    if _province_and_town(a, b) and not (_unlisted(kept) or _unlisted(other)):
        return True  # "في قطاع غزة" and "شرق خان يونس" the same day: the province told the town's event
    apart = km(a.latitude, a.longitude, b.latitude, b.longitude)
    if apart > SAME_TOWN_KM and a.location != b.location and _named_town(kept) and _named_town(other):
        return False  # "شرق خان يونس" and "شرق رفح": each sentence says where, two towns, two events
    return apart <= radius_km


def _another(c: Candidate) -> bool:
    """Told as another event like one told before ("تظاهرة مماثلة", cues.tsv: similar)."""
    return any(k.startswith("cue=similar") for k in c.features)


def _undated(e: Event) -> bool:
    """Dated by the publication day alone: no date phrase anywhere in its tellings."""
    return not e.evidence.get("date")


def _told_again_as_another_type(kept: Candidate, other: Candidate) -> bool:
    """"اشتباكات" in the lead and "قصف" two paragraphs on, at the place and on the day the lead
    named: an event of another type told where one of the two has no place of its own is the
    same event (the more probable type stands). Two events of different types each placed by
    their own sentence (a rally, then a grenade thrown at it) stay two; so do arrests and the
    violence of the operation they were made in, which tell of two acts."""
    a, b = kept.event, other.event
    return (a.event_type != b.event_type or _generic_unplaced(kept) or _generic_unplaced(other)) \
        and a.event_date == b.event_date and a.location == b.location \
        and not (kept.features.get("place_own") and other.features.get("place_own")) \
        and "Arrests" not in (a.sub_event_type, b.sub_event_type) \
        and not _crowd_beside_fighting(a, b) \
        and not _told_as_coinciding(kept, other) and not _told_as_separate(kept, other)


def _crowd_beside_fighting(a: Event, b: Event) -> bool:
    """A crowd's protest or riot and an armed clash or strike are two acts of different people
    ("اشتباك مع مسلحين" in the lead, "ورشق السكان القوات بالحجارة" after it), not one told twice."""
    return sorted((a.event_type in CROWD_EVENTS, b.event_type in CROWD_EVENTS)) == [False, True] \
        and {a.event_type, b.event_type} & ARMED_TYPES != set()


def _told_as_separate(a: Candidate, b: Candidate) -> bool:
    """One of the two is told as another incident ("وفي حادث منفصل", "وفي سياق متصل": cues.tsv separate)."""
    return any(c.features.get("cue=separate<") for c in (a, b))


def _generic_unplaced(c: Candidate) -> bool:
    """Told only by a word that names no weapon ("استهدف", trigger weight 2) and placed by the story:
    the army's "we targeted Hamas infrastructure" after "غارات على النصيرات" is the strikes again,
    whatever sub-type the bare word defaults to."""
    return c.features.get("trigger_weight", 1.0) * 5 <= GENERIC_WEIGHT and not c.features.get("place_own")


def _told_as_coinciding(a: Candidate, b: Candidate) -> bool:
    """One of the two is told as coinciding with the other ("تزامنت مع", cues.tsv concurrent)."""
    return any(c.features.get("cue=concurrent<") or c.features.get("cue=concurrent>") for c in (a, b))


def _province_and_town(a: Event, b: Event) -> bool:
    return bool(a.admin1) and a.admin1 == b.admin1 and a.country == b.country and \
        sorted((a.geo_precision == 3, b.geo_precision == 3)) == [False, True]


def _unlisted(c: Candidate) -> bool:
    return bool(c.features.get("place_kind=unlisted")) and bool(c.features.get("place_own"))


def _named_town(c: Candidate) -> bool:
    """The candidate's own sentence names a town (or "east of" one) as where it happened."""
    return c.event.geo_precision in (1, 2) and bool(c.features.get("place_own")) and bool(
        c.features.get("place_locative"))


def decide(candidates: list[Candidate], model: Model | None, *, threshold: float | None = None,
           rule_threshold: float | None = None,
           probabilities: list[float] | None = None) -> list[tuple[int, float, tuple[int, ...]]]:
    """(index, confidence, retellings) of the candidates kept, in article order: the retellings
    are the dropped candidates that told the kept one again. ``probabilities`` and the two
    thresholds stand in for the model's own (cross-validation scores held-out folds)."""
    if probabilities is None:
        probabilities = [model.probability(c.features) if model else (1.0 if rule_accepts(c.features) else 0.0)
                         for c in candidates]
    if threshold is None:
        threshold = model.threshold if model else 0.5
    if rule_threshold is None:
        rule_threshold = model.rule_threshold if model and model.rule_threshold is not None else (
            threshold - RULE_AGREEMENT)
    # where the rules would code it too, less certainty does
    accepted = [i for i, c in enumerate(candidates) if not rule_vetoes(c.features) and (
        probabilities[i] >= threshold
        or rule_accepts(c.features) and probabilities[i] >= rule_threshold)]
    kept: dict[int, list[int]] = {}
    # interceptions first: the attack they stopped is their retelling, not the other way round
    for i in sorted(accepted, key=lambda k: (candidates[k].event.sub_event_type != INTERCEPTION,
                                             -probabilities[k], k)):
        first = next((j for j in kept if is_retelling(candidates[j], candidates[i])), None)
        if first is None:
            kept[i] = []
        elif candidates[first].event.geo_precision == 3 and candidates[i].event.geo_precision != 3 \
                and not _unlisted(candidates[first]):
            kept[i] = kept.pop(first) + [first]  # the telling that names the town places the event
        elif (candidates[first].event.sub_event_type, candidates[i].event.event_type) == ("Peaceful protest", "Riots"):
            # a demonstration one sentence tells as peaceful and another as violent was a riot
            # (ACLED codes a demonstration that turned violent as one)
            kept[i] = kept.pop(first) + [first]
        else:
            kept[first].append(i)
    # an event dated by publication alone takes its day from a telling that names one ("ووقع
    # الهجوم مساء السبت"), kept or not: that telling is still the same event's
    taken = {k for i in kept for k in kept[i]} | set(kept)
    for i in kept:
        if _undated(candidates[i].event):
            day = next((j for j in range(len(candidates)) if j not in taken and not _undated(candidates[j].event)
                        and not rule_vetoes(candidates[j].features)
                        and is_retelling(candidates[i], candidates[j])), None)
            if day is not None:
                kept[i].append(day)
                taken.add(day)
    # "بمقتل أربعة ... ليرتفع عدد قتلى المعارك": a toll told by pointing back to the event ("the
    # battles"), too weak to be kept as an event, is still that event's toll (even in a sentence
    # that also sums the weeks: the running total is never a sentence's toll), or the count of
    # dead the event told only by a word ("سقوط قتلى"); a count, not "hundreds", told of the
    # same day ("الهجوم الذي بدأ الشهر الماضي أسفر عن مقتل مئات" is the campaign's)
    for i in kept:
        if not candidates[i].event.fatalities or candidates[i].event.fatalities_estimated:
            toll = next((j for j in range(len(candidates)) if j not in taken and candidates[j].event.fatalities
                         and candidates[j].features.get("anaphoric_only") and not candidates[j].event.fatalities_estimated
                         and candidates[j].event.event_date == candidates[i].event.event_date
                         and (not candidates[i].event.fatalities
                              or candidates[j].event.event_type == candidates[i].event.event_type)
                         and is_retelling(candidates[i], candidates[j])), None)
            if toll is not None:
                kept[i].append(toll)
                taken.add(toll)
    return [(i, probabilities[i], tuple(kept[i])) for i in sorted(kept)]


def with_retellings(event: Event, retellings: list[Event]) -> Event:
    """The kept event with what its retellings add: the day one of them names when the event
    itself has only the publication day, a toll it lacks or only estimates from a word (the
    lowest of their counts, as ACLED takes the lowest of disagreeing reports) and their evidence
    of both."""
    dated = next((e for e in retellings if not _undated(e)), None) if _undated(event) else None
    if dated is not None:
        event = replace(event, event_date=dated.event_date, time_precision=dated.time_precision,
                        evidence=dict(event.evidence, date=dated.evidence["date"]), retold=False)
    if event.fatalities and not event.fatalities_estimated or not retellings:
        return event
    # the dead of an attack told beside its interception were killed where it did get through
    told = [e for e in retellings if e.fatalities and not (
        event.sub_event_type == INTERCEPTION and e.sub_event_type in INTERCEPTED)]
    if event.fatalities:  # an estimate yields only to a count of the same kind of event
        told = [e for e in told if e.event_type == event.event_type]
    # a word for the dead with no number, "عشرات القتلى", does not undercut a count, as in the
    # store; and "سقوط قتلى" in the lead gives way to the count a later sentence gives
    tolls = [e.fatalities for e in told if not e.fatalities_estimated] or (
        [] if event.fatalities else [e.fatalities for e in told])
    if not tolls:
        return event
    toll = min(tolls)
    spans = [s for e in retellings if e.fatalities == toll for s in e.evidence.get("fatalities", [])]
    own = [] if event.fatalities else list(event.evidence.get("fatalities", []))  # a replaced estimate's word goes
    evidence = dict(event.evidence, fatalities=own + spans)
    estimated = all(e.fatalities_estimated for e in retellings if e.fatalities == toll)
    return replace(event, fatalities=toll, fatalities_estimated=estimated, evidence=evidence,
                   notes=note_with_toll(event.notes, toll))


def without_summed_tolls(events: list[Event]) -> list[Event]:
    """"قتل فلسطينيان ... في مواجهات قرب الحدود" in the lead, then one killed east of Khan Yunis and
    one east of Rafah: a toll that is the sum of those of two or more other events that day in
    its country counts their dead again, so the event keeps none of them (each dead once, as
    ACLED counts them)."""
    out = []
    for e in events:
        parts = [o.fatalities for o in events if o is not e and o.fatalities and o.event_date == e.event_date
                 and o.country == e.country]
        if e.fatalities >= 2 and len(parts) >= 2 and sum(parts) == e.fatalities:
            e = replace(e, fatalities=0, notes=note_with_toll(e.notes, 0),
                        evidence={k: v for k, v in e.evidence.items() if k != "fatalities"})
        out.append(e)
    return out

