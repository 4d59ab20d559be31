"""Features of a candidate event: the one place they are computed, for training and extraction.

A candidate is a group of frames (events.group_frames) that the rules would code as one event.
Every feature is a name and a number; a categorical value becomes ``name=value`` set to 1. The
training script (rasd/train.py) and the pipeline call the same ``candidate_features``, and
tests/choose/test_features.py pins that parity on real articles.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass

from rasd.records import Frame
from rasd.text.normalize import norm

FLAGS = ("background", "forecast", "trial", "comment", "names_only", "accident", "drill")
# what happened was no violence (a crash, a missile test): one such telling vetoes the event
NOT_VIOLENCE = ("accident", "drill")


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What the whole article says, the same for all its candidates."""

    sentences: int
    trigger_sentences: int  # sentences with at least one trigger
    candidates: int  # groups the rules proposed in this article
    published: dt.date | None
    main_country: str | None = None  # the country the article's names point to most
    place_mentions: tuple[tuple[int, int], ...] = ()  # (geonameid, times named) in the article


@functools.lru_cache(maxsize=20_000)
def lexeme(trigger_text: str) -> str:
    """The trigger word without its article or joined "و/ف", as the lexicon matched it."""
    word = norm(trigger_text).split(" ")[0]
    for prefix in ("وال", "فال", "ال"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix):]
    return word


def candidate_features(frames: list[Frame], main: Frame, event_type: str, sub_event_type: str,
                       fatalities: int, actor1: bool, actor2: bool, article: ArticleFacts) -> dict[str, float]:
    f: dict[str, float] = {"bias": 1.0}
    # what is it: type, sub-type and the word that says so
    f[f"type={event_type}"] = 1.0
    f[f"sub={sub_event_type}"] = 1.0
    f[f"lexeme={lexeme(main.trigger.span.text)}"] = 1.0
    f["trigger_weight"] = main.trigger.weight / 5
    f["nominal_only"] = float(all(fr.trigger.nominal and not fr.told_by_verb for fr in frames))
    f["anaphoric_only"] = float(all(fr.anaphoric for fr in frames))
    # rule signals against news: in every telling, or only in some
    for flag in FLAGS:
        n = sum(flag in fr.flags for fr in frames)
        if n:
            f[f"all:{flag}" if n == len(frames) else f"some:{flag}"] = 1.0
    f["clean_tellings"] = math.log1p(sum(not fr.flags for fr in frames))
    f["second_clause_only"] = float(all(fr.second_clause for fr in frames))
    for kind in {k for fr in frames for k in fr.cues}:
        f[f"cue={kind}"] = 1.0
    # how it is told: how often, how early, with how much detail
    f["tellings"] = math.log1p(len(frames))
    first = min(fr.sentence for fr in frames)
    f["in_lead"] = float(first <= 1)
    f["position"] = first / max(1, article.sentences)
    f["support"] = max(fr.support for fr in frames) / 5
    f["toll"] = float(fatalities > 0)
    f["log_toll"] = math.log1p(fatalities) / 5
    f["wounded"] = float(any(fr.wounded for fr in frames))  # someone hurt: an event took place
    f["vague_toll"] = float(bool(fatalities) and all(fr.fatalities_vague for fr in frames if fr.fatalities))
    f["actor_named"] = float(any(fr.actor_spans for fr in frames))
    f["actor1"] = float(actor1)
    f["actor2"] = float(actor2)
    # where: a place the sentence gives, or one borrowed from the story
    placed = [fr for fr in frames if fr.place is not None]
    own = [fr for fr in placed if not fr.place_inherited]
    f["place_own"] = float(bool(own))
    f["place_locative"] = float(any(fr.place.locative for fr in own))
    pm = (own or placed)[0].place if placed else None
    if pm is not None:
        f[f"place_kind={pm.place.kind}"] = 1.0
        f[f"geo_precision={pm.precision}"] = 1.0
        f["log_population"] = math.log10(1 + pm.place.population) / 7
        f["short_name"] = float(len(norm(pm.span.text)) <= 4)
        f["multiword_name"] = float(" " in pm.span.text.strip())
        f["in_main_country"] = float(pm.place.iso2 == article.main_country)
        f["place_added"] = float(pm.place.extended)  # a village from a gazetteer the user added
        f["place_word"] = float(pm.place.common_word)
        f["log_place_mentions"] = math.log1p(dict(article.place_mentions).get(pm.place.geonameid, 0))
        f["words_in_name"] = len(pm.span.text.split())
    # when: a date of its own, and how long before publication
    f["date_own"] = float(any(not fr.date_inherited for fr in frames))
    dates = [fr.date for fr in frames if fr.date]
    if dates and article.published:
        days = (article.published - min(dates)).days
        f["days_before_pub"] = max(0, min(days, 8)) / 8
        f["on_pub_day"] = float(days == 0)
    # the article around it: a story of violence, or one word of it in a sports page
    # (not the article's length or number of candidates: a one-paragraph report is as much
    # news as a long one, and the gold has few of them to learn that from)
    f["trigger_share"] = article.trigger_sentences / max(1, article.sentences)
    return f


def rule_vetoes(features: dict[str, float]) -> bool:
    """Every telling is background, a forecast, a trial, a comment or a bare noun: not news,
    whatever the model says (under CV this veto beside the model cuts wrong events by a tenth
    for a point of recall). Or one telling says it was no violence: an accident (a crash, a gas
    blast) or a drill (a missile test, manoeuvres). Or it is placed at a whole country ("في جنوب
    السودان"): ACLED codes a place, and of 22 such candidates in the dev articles none is an event."""
    return features.get("clean_tellings", 0) == 0 or bool(features.get("place_kind=country")) or any(
        features.get(f"some:{flag}") or features.get(f"all:{flag}") for flag in NOT_VIOLENCE)


def rule_accepts(features: dict[str, float]) -> bool:
    """The hand-ordered rules' own decision, kept to compare with (and to fall back on when no
    model file is installed): any signal against news, too little support or no own place and
    date drops the candidate."""
    if rule_vetoes(features):
        return False
    if features.get("support", 0) * 5 < 2:
        return False
    return bool(features.get("place_own") or features.get("date_own"))

