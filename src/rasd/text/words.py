"""Everyday Arabic words, to tell a place name from a word that only looks like one.

From arramooz-pysqlite (a PyPI package that ships its dictionary in the wheel): its nouns,
verbs and particles, normalised as the text is. Its frequency list (which holds place names too,
tagged as proper nouns) only tells how common a dictionary word is in its common senses: a rare
one ("صعدة" a spear shaft, "رازح") is a place name before it is a word. Read once, on first use.
"""
from __future__ import annotations

import functools
import re
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
                      ("stopwords.sqlite", "SELECT unvocalized FROM stopwords"),
                      # broken plurals ("مزارع", "مخازن"), vocalised and ";"-separated
                      ("arabicdictionary.sqlite", "SELECT broken_plural FROM nouns WHERE broken_plural != ''")):
        con = sqlite3.connect(f"file:{data / db}?mode=ro", uri=True)
        try:
            for (w,) in con.execute(query):
                for form in (w or "").split(";"):
                    if form.strip():
                        words.add(norm(form.strip()))
        finally:
            con.close()
    return frozenset(w for w in words if w)


def _with_and_without_article(name: str) -> list[str]:
    """The name, and without its article when it has one ("الاتحاد" -> "اتحاد")."""
    return [name] + ([name[2:]] if name.startswith("ال") and len(name) > 4 else [])


# regular endings (normalised: ة is ه) -> what the dictionary's form ends in
SUFFIXES = (("يات", ""), ("يه", ""), ("يه", "ي"), ("ات", ""), ("ات", "ه"), ("ين", ""), ("ون", ""),
            ("ان", ""), ("ه", ""))


def is_word(name: str, words: frozenset[str] | None = None, *, inflected: bool = False) -> bool:
    """A one-word name that is an Arabic word, with or without its article ("الاتحاد"). With
    ``inflected``, also a regular feminine, dual or plural of one ("مجموعة", "المهاجرين"): the
    test for villages, whose names need the stronger evidence."""
    if " " in name:
        return False
    words = arabic_words() if words is None else words
    stems = _with_and_without_article(name)
    if any(s in words for s in stems):
        return True
    if inflected:
        for stem in stems:
            for suffix, replacement in SUFFIXES:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= 2 and \
                        stem[:-len(suffix)] + replacement in words:
                    return True
    return False


EVERYDAY_FREQUENCY = 10_000  # common-sense uses in arramooz's corpus that make a name a word first


def _frequency_rows() -> list[tuple[str, str, int]]:
    """(normalised word, word type, frequency) for each row of arramooz's word-frequency table."""
    import arramooz
    data = Path(arramooz.__file__).parent / "data"
    con = sqlite3.connect(f"file:{data / 'wordfreq.sqlite'}?mode=ro", uri=True)
    try:
        return [(norm(word or ""), kind, int(freq or 0))
                for word, kind, freq in con.execute("SELECT unvocalized, word_type, freq FROM wordfreq")]
    finally:
        con.close()


@functools.cache
def common_frequencies() -> dict[str, int]:
    """Normalised word -> how often arramooz's corpus uses it in a common (not proper-noun) sense."""
    out: dict[str, int] = {}
    for key, kind, freq in _frequency_rows():
        out[key] = out.get(key, 0) + (freq if kind != "noun_prop" else 0)
    return out


ACCUSATIVE_FREQUENCY = 100_000  # a stem this common makes its "-ا" form a word before a name


def is_accusative_word(name: str) -> bool:
    """An indefinite accusative of a very common word, spelled with its final alef: "يوما" a
    day (not Yuma), "سويا" together (not Sevilla), "دورا" a role (not Dura), "يوميا" daily."""
    if " " in name or not name.endswith("ا") or len(name) < 4:
        return False
    freqs = common_frequencies()
    return max(freqs.get(s, 0) for s in _with_and_without_article(name[:-1])) >= ACCUSATIVE_FREQUENCY


VERB_PLURAL_FREQUENCY = 50_000  # a verb this common makes its plural "-وا" a word ("أدوا" they performed, not Adwa)


@functools.cache
def verb_frequencies() -> dict[str, int]:
    """Normalised verb (arramooz lists the past, third person: "أدى", "بدا") -> how often its corpus uses it."""
    out: dict[str, int] = {}
    for key, kind, freq in _frequency_rows():
        if kind == "verb":
            out[key] = out.get(key, 0) + freq
    return out


def is_verb_plural(name: str) -> bool:
    """The plural past of a common verb, "فعلوا": "أدوا" (they performed, of "أدى"), "بدوا" (they
    seemed, of "بدا"), "تولوا"; a town spelled so (Adwa, Budva) is read as the verb."""
    if " " in name or not name.endswith("وا") or len(name) < 4:
        return False
    stem = name[:-2]
    verbs = verb_frequencies()
    return max(verbs.get(v, 0) for v in (stem, stem + "ي", stem + "ا")) >= VERB_PLURAL_FREQUENCY


CLITIC_WORD_FREQUENCY = 500_000  # "لأول" (for the first) is read before Laval


def is_clitic_word(name: str) -> bool:
    """A joined one-letter clitic (lexicons/clitics.tsv: "و", "ل", ...) before one of the language's
    most common words: "لأول" (for the first, as in "لأول مرة"), "بكان", "كشان"."""
    return " " not in name and len(name) >= 4 and name[0] in _one_letter_clitics() and \
        common_frequencies().get(name[1:], 0) >= CLITIC_WORD_FREQUENCY


@functools.cache
def _one_letter_clitics() -> frozenset[str]:
    from rasd.lexicons.load import read_tsv
    return frozenset(norm(r["prefix"]) for r in read_tsv("clitics.tsv", ("prefix",)) if len(norm(r["prefix"])) == 1)


def is_everyday_word(name: str, words: frozenset[str] | None = None) -> bool:
    """A dictionary word (is_word) that is also common in use: "موقع", "قارة", "مشهد", not the
    rare "صعدة" or "رازح". A word the frequency list lacks counts as common."""
    if not is_word(name, words):
        return False
    freqs = common_frequencies()
    known = [freqs[s] for s in _with_and_without_article(name) if s in freqs]
    return not known or max(known) >= EVERYDAY_FREQUENCY


FUTURE_VERB_FREQUENCY = 1_000  # a verb this common read after "س" and a present prefix is its future
FUTURE_PREFIXES = ("سي", "ست", "سن")  # he / she, you / we will
PLURAL_ENDINGS = ("ون", "ان", "ين")  # they / the two will ...
FUTURE_WORD = re.compile(r"\b[وف]?س[يتن]\w{3,}")  # the words is_future_verb may accept


PAST_ENDINGS = ("تما", "تا", "وا", "نا", "تم", "ت")  # she / the two / they / we / you did (not "ا": many names end so)
PAST_VERB_FREQUENCY = 10_000  # a verb this common, seen with a past ending, is that verb


@functools.lru_cache(maxsize=50_000)
def is_past_verb(word: str) -> bool:
    """A common verb in the past with a personal ending ("كانتا", "شهدت", "وقعوا"), no word of its own:
    what follows a place noun so opens a clause ("منطقة الشيفونية كانتا"), it names no place."""
    if word in arabic_words():
        return False
    verbs = verb_frequencies()
    return any(word.endswith(e) and verbs.get(word[:-len(e)], 0) >= PAST_VERB_FREQUENCY for e in PAST_ENDINGS)


@functools.lru_cache(maxsize=50_000)
def is_future_verb(word: str) -> bool:
    """A verb in the future ("ستطلب", "سيشن", "وسننفذ": will ask, will launch, and we will carry
    out) whose present stem is its past, as most verbs' is: what it tells has not happened. Not
    a word of its own ("سيارة", "ستة") nor a name ("سيناء", "ستالين"), which are no verb's."""
    w = word[1:] if word[:1] in ("و", "ف") else word
    if len(w) < 5 or not w.startswith(FUTURE_PREFIXES) or w in arabic_words() or w in common_frequencies():
        return False
    if any(w.endswith(e) and (w[:-len(e)] in arabic_words() or w[:-len(e)] in common_frequencies())
           for e in PLURAL_ENDINGS):
        return False  # a word's plural: "سياسيون" (politicians)
    verbs = verb_frequencies()
    stem = w[2:]
    # (the plural's ending dropped: "سينظمون"; a derived verb's past opens with "ا": "ستعتقل", "اعتقل")
    stems = [stem] + [stem[:-len(e)] for e in PLURAL_ENDINGS if stem.endswith(e) and len(stem) - len(e) >= 3]
    return any(verbs.get(s, 0) >= FUTURE_VERB_FREQUENCY or verbs.get("ا" + s, 0) >= FUTURE_VERB_FREQUENCY
               for s in stems)

