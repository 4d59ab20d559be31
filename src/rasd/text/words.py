"""Everyday Arabic words, to tell a place name from a word that only looks like one.

From arramooz-pysqlite (a PyPI package that ships its dictionary in the wheel): its nouns,
verbs and particles, normalised as the text is. Not its frequency list, which holds place names
too. Read once, on first use (about 55,000 words).
"""
from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from rasd.text.normalize import norm


@functools.cache
def arabic_words() -> frozenset[str]:
    import arramooz
    data = Path(arramooz.__file__).parent / "data"
    words: set[str] = set()
    for db, query in (("arabicdictionary.sqlite", "SELECT unvocalized FROM nouns"),
                      ("arabicdictionary.sqlite", "SELECT unvocalized FROM verbs"),
                      ("stopwords.sqlite", "SELECT unvocalized FROM stopwords")):
        con = sqlite3.connect(f"file:{data / db}?mode=ro", uri=True)
        try:
            words.update(norm(w) for (w,) in con.execute(query) if w)
        finally:
            con.close()
    return frozenset(w for w in words if w)


def is_word(name: str, words: frozenset[str] | None = None) -> bool:
    """A one-word name that is an Arabic word, with or without its article ("الاتحاد")."""
    if " " in name:
        return False
    words = arabic_words() if words is None else words
    return name in words or (name.startswith("ال") and name[2:] in words)
