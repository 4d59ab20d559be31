"""Facts about an article's text that ingest records: language, hash, similarity key."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from rasd.records import Article
from rasd.text.normalize import normalise

# runs, not single letters: a word is one match, and the letters are the runs' lengths
_LETTERS = re.compile(r"[^\W\d_]+")
_ARABIC = re.compile("[\u0621-\u064A\u0671-\u06D3]+")
# letters of Persian and Urdu that Arabic does not use (پ چ ژ گ ک ی ہ ے ں ٹ ڈ ڑ): a Persian or
# Urdu text has several in every sentence, an Arabic one at most a quoted name's
_NOT_ARABIC = re.compile("[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C1\u06D2\u06BA\u0679\u0688\u0691]")
OTHER_SCRIPT_SHARE = 0.03  # of Arabic-script letters
ARABIC_SHARE = 0.4  # of letters; Arabic pages quote Latin names, not whole paragraphs
SHINGLE = 4  # words per shingle for the similarity key


def language_of(text: str, sample_chars: int = 2_000) -> str:
    """"ar" when Arabic letters dominate the sample, else "other"."""
    sample = text[:sample_chars]
    arabic = sum(map(len, _ARABIC.findall(sample)))
    # Arabic letters are a share of all the characters: a larger share of the letters still
    if arabic < 10 or arabic < ARABIC_SHARE * len(sample):
        letters = sum(map(len, _LETTERS.findall(sample)))
        if letters < 10 or arabic / letters < ARABIC_SHARE:
            return "other"
    return "other" if _NOT_ARABIC.subn("", sample)[1] / arabic >= OTHER_SCRIPT_SHARE else "ar"


def _words(text: str, normalised: str | None = None) -> list[str]:
    return re.findall(r"\w+", normalise(text).text if normalised is None else normalised)


def content_hash(text: str, words: list[str] | None = None) -> str:
    return hashlib.sha1(" ".join(_words(text) if words is None else words).encode("utf-8")).hexdigest()


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
    encoded = [w.encode("utf-8") for w in words]  # once a word, not once per shingle it is in
    shingles = {b" ".join(encoded[i:i + SHINGLE]) for i in range(len(encoded) - SHINGLE + 1)}
    # the smallest 8-byte digest: bytes of one length compare as the big-endian numbers do
    return min(hashlib.blake2b(s, digest_size=8).digest() for s in shingles).hex()


def with_text_facts(article: Article, normalised: str | None = None) -> Article:
    """The article with its language, content hash and similarity key filled in (the
    text is normalised once for both fingerprints; pass ``normalised`` when the pipeline
    has already done it: ``normalise(article.text).text``)."""
    if article.language and article.content_hash and article.similarity_key:
        return article
    words = _words(article.text, normalised)
    return replace(article, language=article.language or language_of(article.text),
                   content_hash=article.content_hash or content_hash(article.text, words),
                   similarity_key=article.similarity_key or _similarity_key(words))
