"""Does a sentence report violence or a protest? The sentence reader, beside the event coder.

An ACLED row needs a place and a day; many sentences report an attack or a demonstration
without naming either ("انفجرت سيارة مفخخة وسط سوق شعبية"). The event coder (choose/decide.py)
cannot code those, and should not. This reader says only what kind of event a sentence reports
as happening, not a threat, a question, an analysis or a denial: one small logistic model per
label (data/models/reports_violence.json, reports_protest.json), trained by ``rasd train-reports``
on sentences people labelled (the GSR shape). A text's label probability is its most
telling sentence's.

Features are what the rule stages found in the sentence (trigger lexemes and sub-types, cue
kinds, tolls, actors, places, dates, and whether the event coder made an event or a candidate of
it) and its words. ``sentence_features`` serves training and extraction alike.
"""
from __future__ import annotations

import functools
import math
import re

from rasd.choose.features import lexeme
from rasd.choose.model import Model, load_model
from rasd.frames import RULES_ONLY, SentenceMentions
from rasd.records import Candidate, Event

LABELS = ("violence", "protest")
LABEL_OF_TYPE = {"Battles": "violence", "Explosions/Remote violence": "violence",
                 "Violence against civilians": "violence", "Protests": "protest", "Riots": "protest"}
NOT_LETTER = re.compile(r"[^\u0621-\u064a ]")  # the space parts words
# cue kinds that say nothing of whether a sentence reports an event: "بحسب" tells whom it is told
# by (and "حسب" also means "depending on"); under 5-fold CV by document, three fold draws, macro
# F1 0.576 without it against 0.568 with it
UNTELLING_CUES = frozenset({"according"}) | RULES_ONLY
CLITICS = re.compile(r"^(و|ف)?(ب|ل|ك)?(ال)?")
ENDINGS = ("ون", "ين", "وا", "ات", "ها", "هم")  # plural, dual and pronoun endings of a normalised word


@functools.lru_cache(maxsize=50_000)
def light_stem(word: str) -> str:
    """A word without its joined conjunction, preposition, article and one plural or pronoun
    ending ("والمتظاهرون" -> "متظاهر"): word pairs recur across sentences only so."""
    s = CLITICS.sub("", word, count=1)
    for ending in ENDINGS:
        if s.endswith(ending) and len(s) - len(ending) >= 3:
            s = s[: -len(ending)]
            break
    return s if len(s) >= 2 else word


def model_name(label: str) -> str:
    return f"reports_{label}.json"


def load_report_models() -> dict[str, Model]:
    """The shipped sentence models by label; a label without a file is not read."""
    models = {label: load_model(model_name(label)) for label in LABELS}
    return {label: m for label, m in models.items() if m is not None}


def sentence_features(sm: SentenceMentions, words: list[str], coded: set[str], proposed: set[str]) -> dict[str, float]:
    """``words``: the sentence's tokens, normalised; ``coded`` / ``proposed``: the labels of the events and of
    the candidates the event coder made from this sentence."""
    f: dict[str, float] = {"bias": 1.0}
    for t in sm.triggers:
        f[f"type={t.event_type}"] = 1.0
        f[f"sub={t.sub_event_type}"] = 1.0
        f[f"lexeme={lexeme(t.span.text)}"] = 1.0
        f["verbal_trigger"] = max(f.get("verbal_trigger", 0.0), float(not t.nominal))
        if not t.nominal:  # "تظاهر الآلاف" tells a protest; "المتظاهرين" may only name one
            f[f"verbal={t.event_type}"] = 1.0
        f["trigger_weight"] = max(f.get("trigger_weight", 0.0), t.weight / 5)
    f["triggers"] = math.log1p(len(sm.triggers))
    for c in sm.cues:
        if c.kind not in UNTELLING_CUES:
            f[f"cue={c.kind}"] = 1.0
    for c in sm.casualties:
        f["killed" if c.killed else "wounded"] = 1.0
        if c.killed:
            f["log_killed"] = max(f.get("log_killed", 0.0), math.log1p(c.count) / 5)
    f["actors"] = math.log1p(len(sm.actors))
    for a in sm.actors:
        f[f"actor={a.key}"] = 1.0
    f["place"] = float(bool(sm.places))
    f["date"] = float(bool(sm.dates))
    if any(d.relative for d in sm.dates):
        f["relative_date"] = 1.0
    for label in coded:
        f[f"event={label}"] = 1.0
    for label in proposed:
        f[f"candidate={label}"] = 1.0
    # the words themselves: what the lexicons do not list ("فجر المهاجمون قنابلهم"); tokens of the
    # normalised text (text/normalize.py), only their letters kept
    letters = [w for w in NOT_LETTER.sub("", " ".join(words)).split(" ") if len(w) >= 2]  # one regex pass
    for w in letters:
        f["word=" + w] = 1.0
    # word pairs and the opening words: "تجمع المتظاهرون" opens a report, "دعا ... الى التظاهر" a call.
    # Under 5-fold CV by document over four fold draws, macro F1 0.586 -> 0.603 (violence +0.03, protest +0.01)
    stems = [light_stem(w) for w in letters]
    for a, b in zip(stems, stems[1:]):
        f[f"pair={a}_{b}"] = 1.0
    for w in stems[:2]:
        f["opens=" + w] = 1.0
    return f


def labels_by_sentence(candidates: list[Candidate], events: list[Event]) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """The labels of the events and of the candidates told in each sentence (by index)."""
    chosen = {e.event_id for e in events}
    coded: dict[int, set[str]] = {}
    proposed: dict[int, set[str]] = {}
    for c in candidates:
        label = LABEL_OF_TYPE.get(c.event.event_type)
        for s in c.tellings if label else ():
            proposed.setdefault(s, set()).add(label)
            if c.event.event_id in chosen:
                coded.setdefault(s, set()).add(label)
    return coded, proposed


def read_reports(features: list[tuple[int, dict[str, float]]], models: dict[str, Model]) -> dict[str, tuple[float, int]]:
    """Each label's probability in its most telling sentence, and that sentence's index. Only
    sentences that name an event (a trigger word) are read: under CV reading the others as
    reporting nothing loses nothing, and most sentences of an article are skipped."""
    out: dict[str, tuple[float, int]] = {}
    for label, model in models.items():
        out[label] = max(((model.probability(f), k) for k, f in features), default=(0.0, -1))
    return out
