"""Facts about an article's text that ingest records: language, hash, similarity key."""
from __future__ import annotations

import hashlib
import re

from rasd.text.normalize import normalise

_LETTER = re.compile(r"[^\W\d_]")
_ARABIC = re.compile("[\u0621-\u064A\u0671-\u06D3]")
ARABIC_SHARE = 0.4  # of letters; Arabic pages quote Latin names, not whole paragraphs
SHINGLE = 4  # words per shingle for the similarity key


def language_of(text: str) -> str:
    """"ar" when Arabic letters dominate the sample, else "other"."""
    sample = text[:20_000]
    letters = len(_LETTER.findall(sample))
    if letters < 10:
        return "other"
    return "ar" if len(_ARABIC.findall(sample)) / letters >= ARABIC_SHARE else "other"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalise(text).text)


def content_hash(text: str) -> str:
    return hashlib.sha1(" ".join(_words(text)).encode("utf-8")).hexdigest()


def _h(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


def similarity_key(text: str) -> str:
    """One-permutation MinHash over word shingles of the opening.

    Two articles share the key with probability equal to the overlap
    (Jaccard) of their shingles, so one wire story re-published with small
    edits almost always shares it, while different stories almost never do.
    """
    words = _words(text)[:300]
    if len(words) < SHINGLE:
        return content_hash(text)[:16]
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    return f"{min(_h(s) for s in shingles):016x}"
