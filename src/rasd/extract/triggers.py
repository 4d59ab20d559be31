"""Event triggers, context cues and reporting sources: three lexicon lookups."""
from __future__ import annotations

from rasd.lexicons.load import Lexicons
from rasd.records import Cue, Match, Token, Trigger


def find_triggers(tokens: list[Token], span_of, lex: Lexicons, matches: list[Match] | None = None) -> list[Trigger]:
    out = []
    for m in lex.triggers.find(tokens, span_of) if matches is None else matches:
        event_type, sub_type = m.value.split("|")
        if event_type == "-":
            continue  # a phrase that only looks like a trigger ("خط فض الاشتباك")
        # "بخطف", "لقتل": after a joined preposition a form that could be a verb is its noun
        nominal = m.extra[1] == "noun" or tokens[m.first].text[:m.skip].endswith(("ب", "ل"))
        out.append(Trigger(m.first, m.last, m.span, event_type, sub_type, int(m.extra[0]), nominal,
                           verbal=m.extra[1] == "verb"))
    return out


def find_cues(tokens: list[Token], span_of, lex: Lexicons, matches: list[Match] | None = None) -> list[Cue]:
    matches = lex.cues.find(tokens, span_of) if matches is None else matches
    return [Cue(m.first, m.last, m.span, m.value) for m in matches]


def find_casualty_words(tokens: list[Token], span_of, lex: Lexicons) -> list[Match]:
    return lex.casualty_words.find(tokens, span_of)
