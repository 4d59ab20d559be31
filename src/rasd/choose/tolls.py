"""Which toll an event gets: a choice among the article's counts of the dead, or none.

The rules give an event the dead counted in its own sentences. News often puts the toll
elsewhere (the lead says "a strike on Idlib", the third paragraph "20 civilians were killed"),
or in a sentence that sums a campaign. Each candidate event gets options: the rules' own figure,
each sentence's count of the dead (frames.sentence_tolls), and none; the toll model (a logistic
regression, data/models/toll.json, trained by rasd/train.py on the gold tolls) scores them and
the best wins. Features say where the count stands against the event's tellings, whether the
sentence has an event of its own or names the event's place, and how the figure compares.
"""
from __future__ import annotations

import math
from dataclasses import replace

from rasd.choose.model import Model
from rasd.events import note_with_toll
from rasd.records import Candidate, Event, SentenceToll, TollOption

NEAR = 3  # sentences: farther than this from every telling, a count is "far"


def option_features(value: int, toll: SentenceToll | None, candidate: Candidate, values: list[int],
                    events_in_article: int, other_tellings: set[int]) -> dict[str, float]:
    """Features of one option; ``toll`` None for the rules' own figure or for none (value 0)."""
    rule = candidate.event.fatalities
    f: dict[str, float] = {"bias": 1.0, "is_rule": float(value == rule), "many_events": math.log1p(events_in_article)}
    if value == 0:
        f["none"] = 1.0
        f["rule_zero"] = float(rule == 0)
        return f
    f["log_value"] = math.log1p(value) / 5
    f["largest"] = float(value == max(values))
    f["smallest"] = float(value == min(values))
    f["round"] = float(value >= 10 and value % 10 == 0)
    if toll is None:
        f["rule_only"] = 1.0
        return f
    tellings = candidate.tellings or (0,)
    gap = min(abs(toll.sentence - t) for t in tellings)
    f["same_sentence"] = float(gap == 0)
    f["next_sentence"] = float(gap == 1)
    f["far"] = float(gap > NEAR)
    f["before_first_telling"] = float(toll.sentence < min(tellings))
    f["in_lead"] = float(toll.sentence <= 1)
    f["vague"] = float(toll.vague)
    f["own_trigger"] = float(toll.has_trigger)
    f["another_event_told_there"] = float(toll.sentence in other_tellings)
    f["background"] = float(toll.background)
    f["names_its_place"] = float(candidate.place_id in toll.places)
    f["names_other_place"] = float(bool(toll.places) and candidate.place_id not in toll.places)
    f["cause_its_type"] = float(toll.cause == candidate.event.event_type)
    f["cause_other_type"] = float(bool(toll.cause) and toll.cause != candidate.event.event_type)
    return f


def with_toll_options(candidates: list[Candidate], tolls: list[SentenceToll]) -> list[Candidate]:
    """The candidates, each with its toll options (the rules' figure, each sentence's, none)."""
    out = []
    for c in candidates:
        others = {s for o in candidates if o is not c for s in o.tellings}
        values = sorted({t.count for t in tolls} | {c.event.fatalities} - {0}) or [0]
        options: dict[int, TollOption] = {}
        for t in tolls:
            if t.count in options and options[t.count].features.get("same_sentence"):
                continue  # one option per figure: the one said nearest the event
            options[t.count] = TollOption(t.count, t.spans, option_features(
                t.count, t, c, values, len(candidates), others))
        if c.event.fatalities and c.event.fatalities not in options:
            options[c.event.fatalities] = TollOption(c.event.fatalities, (), option_features(
                c.event.fatalities, None, c, values, len(candidates), others))
        options[0] = TollOption(0, (), option_features(0, None, c, values, len(candidates), others))
        out.append(replace(c, tolls=tuple(options.values())))
    return out


def best_option(candidate: Candidate, model: Model) -> TollOption | None:
    if not candidate.tolls:
        return None
    return max(candidate.tolls, key=lambda o: (model.score(o.features), o.value == candidate.event.fatalities))


def choose_toll(event: Event, candidate: Candidate, model: Model) -> Event:
    """The event with the toll the model prefers (its evidence and note to match)."""
    best = best_option(candidate, model)
    if best is None or best.value == event.fatalities:
        return event
    evidence = dict(event.evidence, fatalities=[list(s) for s in best.spans])
    return replace(event, fatalities=best.value, fatalities_estimated=event.fatalities_estimated and best.value == event.fatalities,
                   evidence=evidence, notes=note_with_toll(event.notes, best.value))
