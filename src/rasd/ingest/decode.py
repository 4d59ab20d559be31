"""Bytes -> text for web pages, whatever they declare.

Arabic pages come as UTF-8, windows-1256 or ISO-8859-6, often without a
charset header or with a wrong one. Order: a BOM, then strict UTF-8, then
the declared charset if it decodes, then charset detection.
"""
from __future__ import annotations

import codecs
import re

from rasd.errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ARABIC_CODEPAGES = ("cp1256", "iso8859_6")


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    return b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    if header:
        m = re.search(r"charset=([\w\-]+)", header, re.I)
        if m:
            return m.group(1)
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def _arabic_score(text: str) -> float:
    letters = sum(ch.isalpha() for ch in text) or 1
    return sum("\u0621" <= ch <= "\u064A" for ch in text) / letters


def decode_bytes(data: bytes, *, where: str, header: str | None = None) -> str:
    """Decode a page; raise InputError for binary data."""
    if looks_binary(data):
        raise InputError(f"{where}: binary data, not a text page")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    declared = declared_charset(data, header)
    if declared:
        try:
            candidates.append(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    # not UTF-8: an Arabic page is almost always one of the two Arabic code pages;
    # keep the reading with the most Arabic letters
    for enc in _ARABIC_CODEPAGES:
        try:
            candidates.append(data.decode(enc))
        except UnicodeDecodeError:
            continue
    if candidates:
        return max(candidates, key=_arabic_score)
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{where}: could not tell the text encoding")
    return str(best)
