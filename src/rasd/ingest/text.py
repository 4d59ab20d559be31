"""Facts about an article's text that ingest records: language, hash, similarity key."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from rasd.records import Article
from rasd.text.normalize import normalise

_LETTER = re.compile(r"[^\W\d_]")
_ARABIC = re.compile("[\u0621-\u064A\u0671-\u06D3]")
ARABIC_SHARE = 0.4  # of letters; Arabic pages quote Latin names, not whole paragraphs
SHINGLE = 4  # words per shingle for the similarity key


def language_of(text: str, sample_chars: int = 2_000) -> str:
    """"ar" when Arabic letters dominate the sample, else "other"."""
    sample = text[:sample_chars]
    letters = len(_LETTER.findall(sample))
    if letters < 10:
        return "other"
    return "ar" if len(_ARABIC.findall(sample)) / letters >= ARABIC_SHARE else "other"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalise(text).text)


def content_hash(text: str, words: list[str] | None = None) -> str:
    return hashlib.sha1(" ".join(_words(text) if words is None else words).encode("utf-8")).hexdigest()


def _h(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


def similarity_key(text: str) -> str:
    """One-permutation MinHash over word shingles of the opening.

    Two articles share the key with probability equal to the overlap
    (Jaccard) of their shingles, so one wire story re-published with small
    edits almost always shares it, while different stories almost never do.
    """
    return _similarity_key(_words(text))


def _similarity_key(all_words: list[str]) -> str:
    words = all_words[:300]
    if len(words) < SHINGLE:
        return content_hash("", all_words)[:16]
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    return f"{min(_h(s) for s in shingles):016x}"


def with_text_facts(article: Article) -> Article:
    """The article with its language, content hash and similarity key filled in (the
    text is normalised once for both fingerprints)."""
    if article.language and article.content_hash and article.similarity_key:
        return article
    words = _words(article.text)
    return replace(article, language=article.language or language_of(article.text),
                   content_hash=article.content_hash or content_hash(article.text, words),
                   similarity_key=article.similarity_key or _similarity_key(words))
