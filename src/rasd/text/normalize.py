"""Arabic normalisation that keeps a map back to the raw text.

rasd's one rule about text: the raw article text is canonical, and every
span rasd reports points into it. Matching happens on a normalised copy;
``NormText.to_raw`` maps each normalised character back to its raw index.

The normaliser only deletes characters or substitutes one for one, except
for presentation forms and ligatures (NFKC), whose expansion points every
output character at the same raw index. Lexicon entries go through the same
function, so a data file and an article can never disagree on spelling.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Harakat, superscript alef, Quranic marks, tatweel, zero-width and bidi marks:
# they vary freely between outlets and carry no meaning for matching.
_DELETE = set(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640", "\u06D6", "\u06D7", "\u06D8", "\u06D9", "\u06DA", "\u06DB", "\u06DC"]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
       "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00ad"]
)

_SUBSTITUTE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه",
    "ک": "ك", "گ": "ك",
    "ؤ": "و",  # hamza seats are spelled inconsistently across outlets
    "ئ": "ي",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'",
    "،": ",", "؛": ";", "؟": "?",
    "–": "-", "—": "-", "\u00a0": " ",
}
for _i in range(10):
    _SUBSTITUTE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _SUBSTITUTE[chr(0x06F0 + _i)] = str(_i)  # Persian digits

_TABLE = {ord(k): v for k, v in _SUBSTITUTE.items()}
_TABLE.update({ord(c): None for c in _DELETE})
# The same table as (character, replacement) pairs: str.replace of the few characters an article
# holds is 8x faster than str.translate over a dict (bench/extract_speed.py). No replacement is
# itself replaced, so the order does not matter.
_REPLACEMENTS = tuple((chr(k), v or "") for k, v in _TABLE.items())
assert not {to for _, to in _REPLACEMENTS} & {ch for ch, _ in _REPLACEMENTS}


_NFKC_RANGES = "\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF"  # presentation forms, full-width
_NEEDS_NFKC = re.compile(f"[{_NFKC_RANGES}]")
_DELETABLE = re.compile("[" + "".join(sorted(_DELETE)) + "]+")


def _needs_nfkc(ch: str) -> bool:
    return _NEEDS_NFKC.match(ch) is not None


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalised string plus, for each of its characters, the raw index."""

    text: str
    to_raw: tuple[int, ...]  # len(text) + 1 entries; the last is len(raw)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the raw text."""
        if end <= start:
            pos = self.to_raw[start]
            return pos, pos
        return self.to_raw[start], self.to_raw[end - 1] + 1


def _char_norm(ch: str) -> str:
    if _needs_nfkc(ch):
        ch = unicodedata.normalize("NFKC", ch)
    return ch.translate(_TABLE).lower()


def normalise(raw: str) -> NormText:
    """Normalise ``raw`` for matching and keep the offset map."""
    if raw.isascii():
        return NormText(raw.lower(), tuple(range(len(raw) + 1)))
    out: list[str] = []
    to_raw: list[int] = []
    fast = _NEEDS_NFKC.search(raw) is None
    if fast:
        # one-to-one or deletion only: the common case, done with translate
        # the raw index of every kept character: the runs between deleted ones
        to_raw, kept_from = [], 0
        for m in _DELETABLE.finditer(raw):
            to_raw.extend(range(kept_from, m.start()))
            kept_from = m.end()
        to_raw.extend(range(kept_from, len(raw)))
        text = raw
        for ch, to in _REPLACEMENTS:
            if ch in text:
                text = text.replace(ch, to)
        text = text.lower()
        if len(text) != len(to_raw):  # lower() expanded a character (rare)
            fast = False
            out, to_raw = [], []
    if not fast:
        for i, ch in enumerate(raw):
            piece = _char_norm(ch)
            out.append(piece)
            to_raw.extend([i] * len(piece))
        text = "".join(out)
    to_raw.append(len(raw))
    return NormText(text, tuple(to_raw))


def norm(s: str) -> str:
    """Normalised form of a lexicon entry or a query string."""
    # no offsets wanted: translate is the faster path for a short string, and the same table
    text = s.translate(_TABLE).lower() if _NEEDS_NFKC.search(s) is None else normalise(s).text
    return " ".join(text.split())


def latin_key(name: str | None) -> str:
    """A Latin place name's letters, without accents, articles or "province": "Deir ez-Zor" and
    the province "Deir-ez-Zor", "Al-Hasakah" and "Al Hasakah Governorate" compare equal."""
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\b(al|el|ad|as|ar|an|at|governorate|province|muhafazat|wilayat)\b", " ", s)
    return re.sub(r"[^a-z]", "", s)
