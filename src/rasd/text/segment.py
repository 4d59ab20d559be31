"""Tokens and sentences over the normalised text, with offsets kept."""
from __future__ import annotations

import re

from rasd.records import Sentence, Span, Token
from rasd.text.normalize import NormText

# Digits are split from letters ("مقتل52" is two tokens): outlets glue them.
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?")
# A sentence ends at . ! ? ; or a line break (the normaliser maps ؟ ؛ to ASCII).
_SENT_END = re.compile(r"(?<!\d)[.!?;]+(?!\d)|\n+")


# Tokens and spans are made by the thousand per article; tuple.__new__ skips the Python-level
# NamedTuple constructor (2.5x faster tokenizing, bench/extract_speed.py).
_new = tuple.__new__


def tokenize(text: str) -> list[Token]:
    return [_new(Token, (m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text)]


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    bounds = [m.end() for m in _SENT_END.finditer(text)] + [len(text) + 1]
    sentences: list[Sentence] = []
    first = 0
    b = 0
    for i, tok in enumerate(tokens):
        while tok.start >= bounds[b]:
            if i > first:
                sentences.append(Sentence(len(sentences), first, i))
                first = i
            b += 1
    if len(tokens) > first:
        sentences.append(Sentence(len(sentences), first, len(tokens)))
    return sentences


# "أتلانتا، الولايات المتحدة (CNN)--" or "دبي - العربية.نت": where the story was filed,
# not where it happened, so the names in it are neither places nor actors of the events.
# wire agencies as datelines write them (normalised: "أ ف ب" -> "ا ف ب", "ة" -> "ه")
_AGENCIES = r"ا ف ب|د ب ا|رويترز|سانا|الاناضول|واس|وام|سبا|قنا|بترا|العربيه\.نت|سكاي نيوز عربيه"
_DATELINE = re.compile(
    r"\A\s*[^\n().!?\d]{0,60}?(?:\((?:[a-zA-Z][a-zA-Z .]{1,20}|" + _AGENCIES + r")\)\s*[-\u2013\u2014]+"
    r"|\s[-\u2013\u2014]\s*(?:[a-zA-Z]{2,}|" + _AGENCIES + r")(?:\s*[-:\u2013\u2014]|\s))")


def dateline_end(text: str, tokens: list[Token]) -> int:
    """The index of the first token after an opening dateline (0 when there is none)."""
    m = _DATELINE.match(text)
    if m is None:
        return 0
    return next((i for i, t in enumerate(tokens) if t.start >= m.end()), len(tokens))


def raw_span(raw: str, norm: NormText, tokens: list[Token], first: int, last: int,
             skip: int = 0) -> Span:
    """The raw-text span covering tokens [first, last), minus ``skip`` clitic letters."""
    start, end = norm.raw_span(tokens[first].start + skip, tokens[last - 1].end)
    return _new(Span, (start, end, raw[start:end]))
