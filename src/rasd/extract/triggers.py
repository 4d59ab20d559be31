"""Event triggers, context cues and reporting sources: three lexicon lookups."""
from __future__ import annotations

from rasd.lexicons.load import Lexicons
from rasd.records import Cue, Match, Token, Trigger


def find_triggers(tokens: list[Token], span_of, lex: Lexicons, matches: list[Match] | None = None,
                  subjects: frozenset[int] = frozenset(), starts: frozenset[int] = frozenset()) -> list[Trigger]:
    """``subjects``: tokens where an actor's name begins; ``starts``: where sentences begin (for
    split verbs whose subject is a long name: find_split_triggers)."""
    out = []
    matches = lex.triggers.find(tokens, span_of) if matches is None else matches
    for m in matches:
        event_type, sub_type = m.value.split("|")
        if event_type == "-":
            continue  # a phrase that only looks like a trigger ("خط فض الاشتباك")
        # "بخطف", "لقتل": after a joined preposition a form that could be a verb is its noun
        nominal = m.extra[1] == "noun" or tokens[m.first].text[:m.skip].endswith(("ب", "ل"))
        out.append(Trigger(m.first, m.last, m.span, event_type, sub_type, int(m.extra[0]), nominal,
                           verbal=m.extra[1] == "verb"))
    taken = {i for m in matches for i in range(m.first, m.last)}
    return sorted(out + find_split_triggers(tokens, span_of, lex, taken, subjects, starts), key=lambda t: t.first)


VERB_CLITICS = ("و", "ف")
SPLIT_GAP = 5  # words a subject may put between a verb and its object ("فتح مسلح حوثي، الخميس، نيران")
# ... and a subject the lexicons name, with its allies and the day ("سيطرت القوات التركية وفصائل
# من الجيش السوري الحر الموالية لها، الأحد، على"), within its sentence
NAMED_SUBJECT_GAP = 12


def find_split_triggers(tokens: list[Token], span_of, lex: Lexicons, taken: set[int],
                        subjects: frozenset[int] = frozenset(), starts: frozenset[int] = frozenset()) -> list[Trigger]:
    """"أطلق مسلحون النار على": a verb and its object with the subject between them
    (split_triggers.tsv); the trigger is the verb, so what follows it is who did it."""
    out = []
    texts = [t.text for t in tokens]
    verbs = lex.split_triggers
    for i, text in enumerate(texts):
        if text not in verbs and (text[:1] not in VERB_CLITICS or text[1:] not in verbs) or i in taken:
            continue  # (most words: no verb of a split trigger, with or without its clitic)
        reach = SPLIT_GAP
        if i + 1 in subjects:  # the object must start before the next sentence does
            next_start = min((s for s in starts if s > i), default=len(texts))
            reach = max(SPLIT_GAP, min(NAMED_SUBJECT_GAP, next_start - i - 2))
        # a verb takes only "و" or "ف" before it
        for form, skip in ((text, 0), (text[1:], 1)) if text[:1] in VERB_CLITICS else ((text, 0),):
            objects = lex.split_triggers.get(form)
            if not objects:
                continue
            hit = next(((obj, etype, sub, weight, i + 1 + gap + len(obj)) for gap in range(1, reach + 1)
                        for obj, etype, sub, weight in objects
                        if tuple(texts[i + 1 + gap:i + 1 + gap + len(obj)]) == obj), None)
            if hit is not None:
                out.append(Trigger(i, i + 1, span_of(i, i + 1, skip), hit[1], hit[2], hit[3], object_end=hit[4]))
                break
    return out


def find_cues(tokens: list[Token], span_of, lex: Lexicons, matches: list[Match] | None = None) -> list[Cue]:
    matches = lex.cues.find(tokens, span_of) if matches is None else matches
    return [Cue(m.first, m.last, m.span, m.value) for m in matches]


def find_casualty_words(tokens: list[Token], span_of, lex: Lexicons) -> list[Match]:
    return lex.casualty_words.find(tokens, span_of)
