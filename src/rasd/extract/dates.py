"""Dates: find date expressions, translate them, resolve them against publication.

Find: month names, weekdays, relative words and numeric dates (lexicons).
Resolve: a weekday is the most recent such day not after publication; a day
and month without a year takes the publication year (the year before if that
would put it after publication).
"""
from __future__ import annotations

import datetime as dt
import re

from rasd.lexicons.load import Lexicons
from rasd.records import DateMention, Match, Token

_NUMERIC = re.compile(r"\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b|\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
HIJRI_YEARS = (1380, 1460)  # "عام 1439" is this year in the Hijri calendar, not the 15th century


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    try:
        from hijridate import Hijri
        return Hijri(y, m, d).to_gregorian()
    except (ImportError, ValueError, OverflowError):
        return None


SATURDAY = 5  # date.weekday()


def days_back(offset: str, pub: dt.date) -> int:
    """Days before publication a relative_days.tsv offset means: a number, or "weekend", the
    Saturday of the last weekend before the publication day."""
    if offset == "weekend":
        return (pub.weekday() - SATURDAY) % 7 or 7
    return int(offset)


def last_weekday(weekday: int, pub: dt.date) -> dt.date:
    """The most recent ``weekday`` (Monday = 0) on or before ``pub``."""
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _int(tok: Token | None) -> int | None:
    if tok is not None and tok.text.isdigit():
        return int(tok.text)
    return None


def _ordinal_day(tokens: list[Token], at: int, lex: Lexicons) -> tuple[int, int] | None:
    """"الخامس من مارس", "الحادي والعشرين من": (day, first token) of a day written as an ordinal
    before "من" and the month that starts at token ``at``."""
    if at < 2 or tokens[at - 1].text != "من":
        return None
    for width in (2, 1):
        start = at - 1 - width
        if start >= 0:
            day = lex.ordinals.get(" ".join(t.text for t in tokens[start:at - 1]))
            if day:
                return day, start
    return None


def _explicit(tokens: list[Token], m: Match, pub: dt.date | None,
              ordinal: tuple[int, int] | None = None) -> tuple[dt.date | None, int, int, int]:
    """Resolve 'DAY MONTH [/ MONTH] [YEAR]' around a month match: (date, precision, first, last);
    ``ordinal`` is the day written as a word before it (_ordinal_day), if any."""
    day = _int(tokens[m.first - 1]) if m.first > 0 else None
    first = m.first - 1 if day else m.first
    if ordinal and not day:
        day, first = ordinal
    last = m.last
    # "تشرين الأول/أكتوبر": a second month name in another variety may follow
    year = None
    j = last
    while j < len(tokens) and j < last + 4:
        t = tokens[j].text
        if t.isdigit() and len(t) == 4:
            year = int(t)
            last = j + 1
            break
        if t in ("من", "عام", "سنه", "العام", "لعام") or not t.isdigit():
            j += 1
            continue
        break
    calendar = m.extra[0] if m.extra else "gregorian"
    month = int(m.value)
    if calendar == "hijri":
        if not (day and year):
            return None, 0, first, last  # "رجب" alone is more often a name than a month
        return _hijri_to_gregorian(year, month, day), 1, first, last
    if year is None and pub is not None:
        year = pub.year
        if day and (_safe_date(year, month, day) or pub) > pub + dt.timedelta(days=1):
            year -= 1
    if year is None:
        return None, 1 if day else 3, first, last
    if day:
        return _safe_date(year, month, day), 1, first, last
    return _safe_date(year, month, 1), 3, first, last


def _past_month(tokens: list[Token], m: Match, lex: Lexicons, pub: dt.date | None) -> tuple[dt.date, int] | None:
    """"فبراير الماضي", "فبراير/شباط الماضي": the last such month before publication (its first
    day, month precision), and where the phrase ends."""
    if pub is None:
        return None
    for j in range(m.last, min(len(tokens), m.last + 3)):
        if tokens[j].text in lex.number_words["past"]:
            month = int(m.value)
            year = pub.year if month < pub.month else pub.year - 1
            return dt.date(year, month, 1), j + 1
    return None


MONTH_NOUN = "الشهر"


def _days_of_this_month(tokens: list[Token], span_of, lex: Lexicons, pub: dt.date | None,
                        taken: set[int]) -> list[DateMention]:
    """"في الثامن من الشهر الجاري", "يوم 8 من الشهر الماضي": a day of the publication's month
    (number_words.tsv: this_month) or of the month before (past), by its number or ordinal."""
    out = []
    if pub is None:
        return out
    words = lex.number_words
    for i in range(2, len(tokens) - 1):
        if tokens[i].text != MONTH_NOUN or tokens[i - 1].text != "من":
            continue
        after = tokens[i + 1].text
        back = 0 if after in words["this_month"] else 1 if after in words["past"] else None
        number = _int(tokens[i - 2])
        day, first = (number, i - 2) if number else _ordinal_day(tokens, i, lex) or (None, None)
        if back is None or day is None or any(k in taken for k in range(first, i + 2)):
            continue
        year, month = (pub.year, pub.month - back) if pub.month > back else (pub.year - 1, 12)
        date = _safe_date(year, month, day)
        if date is None or date > pub + dt.timedelta(days=1):
            continue
        out.append(DateMention(first, i + 2, span_of(first, i + 2, 0), date, 1, False))
        taken.update(range(first, i + 2))
    return out


def find_dates(tokens: list[Token], text: str, span_of, lex: Lexicons,
               pub: dt.date | None, found: dict[str, list[Match]] | None = None) -> list[DateMention]:
    """Every date expression with its resolved date (None if it needs a missing pub date).

    ``found`` holds the lexicon matches when the pipeline has already run them.
    """
    found = found or {name: getattr(lex, name).find(tokens, span_of)
                      for name in ("months", "relative_days", "weekdays")}
    out: list[DateMention] = []
    taken: set[int] = set()
    for m in found["months"]:
        if m.value == "8" and not (m.first > 0 and tokens[m.first - 1].text.isdigit()):
            continue  # آب is also "father"; need a day number before it
        ordinal = _ordinal_day(tokens, m.first, lex)
        if m.extra and m.extra[0] == "gregorian" and not (
                (m.first > 0 and tokens[m.first - 1].text.isdigit()) or ordinal
                or (m.last < len(tokens) and len(tokens[m.last].text) == 4 and tokens[m.last].text.isdigit())):
            past = _past_month(tokens, m, lex, pub)
            if past is not None and not any(i in taken for i in range(m.first, past[1])):
                out.append(DateMention(m.first, past[1], span_of(m.first, past[1], 0), past[0], 3, False))
                taken.update(range(m.first, past[1]))
            continue  # a bare month name ("in April") carries too little to code a date
        if any(i in taken for i in range(m.first, m.last)):
            continue
        if m.first >= 2 and tokens[m.first - 1].text.isdigit() and \
                tokens[m.first - 2].text in lex.number_words["date_name"]:
            continue  # "حركة 23 مارس": a movement named after a day
        date, precision, first, last = _explicit(tokens, m, pub, ordinal)
        if precision == 0:
            continue
        out.append(DateMention(first, last, span_of(first, last, 0), date, precision, False))
        taken.update(range(first, last))
    out.extend(_days_of_this_month(tokens, span_of, lex, pub, taken))
    for m in found["relative_days"]:
        if any(i in taken for i in range(m.first, m.last)):
            continue
        if m.value == "none":
            taken.update(range(m.first, m.last))  # "لا يزال مصيرهم مجهولا حتى اليوم": no day of it
            continue
        if (tokens[m.first].text.startswith("قبل") and m.last < len(tokens)
                and tokens[m.last].text in lex.number_words["reference"]):
            continue  # "قبل يومين على إعادة الفرز": two days before something else, not two days ago
        date = pub - dt.timedelta(days=days_back(m.value, pub)) if pub else None
        out.append(DateMention(m.first, m.last, m.span, date, int(m.extra[0]), True))
        taken.update(range(m.first, m.last))
    relative_by_end = {d.last: k for k, d in enumerate(out) if d.relative and d.precision == 1}
    night_of: int | None = None  # index in out of a weekday said after "ليل": its night's first day
    for m in found["weekdays"]:
        if m.first in taken or m.value == "-":
            continue
        if night_of is not None and 0 <= m.first - out[night_of].last <= 1 and all(
                tokens[i].text in lex.number_words["night_joiner"] for i in range(out[night_of].last, m.first)):
            # "ليل الأربعاء الخميس", "ليلة السبت-الأحد": the night of the first day
            night = out[night_of]
            out[night_of] = DateMention(night.first, m.last, span_of(night.first, m.last, 0), night.date, 1, True)
            taken.add(m.first)
            night_of = None
            continue
        night_of = None
        date = last_weekday(int(m.value), pub) if pub else None
        if pub and date == pub and m.last < len(tokens) and tokens[m.last].text in lex.number_words["past"]:
            date = pub - dt.timedelta(days=7)  # "يوم الجمعة الماضي" said on a Friday: a week ago
        said_next = m.last < len(tokens) and tokens[m.last].text in lex.number_words["next"]
        if date and said_next:
            date += dt.timedelta(days=7)  # "يوم الأحد المقبل": the coming Sunday (its span holds "المقبل")
        # "يوم أمس الأربعاء", "اليوم، الأحد": the weekday names the day; when the
        # relative word disagrees (a late publication date), the weekday wins
        k = relative_by_end.get(m.first, relative_by_end.get(m.first - 1))
        if k is not None and text[tokens[out[k].last - 1].end:tokens[m.first].start].strip(" ,") \
                not in ("", "يوم"):
            k = None  # not the same phrase: a sentence ends between them
        if k is not None:
            rel = out[k]
            if date is not None and rel.date is not None and (rel.date - date).days == 6:
                # "اليوم الخميس" stamped on Wednesday: the day after the stamp, not last week's (a
                # stamp runs a day early; a weekday days before its "أمس" is a late stamp's)
                date += dt.timedelta(days=7)
            out[k] = DateMention(rel.first, m.last, span_of(rel.first, m.last, 0), date, 1, True)
        else:
            end = m.last + 1 if said_next else m.last
            out.append(DateMention(m.first, end, span_of(m.first, end, 0), date, 1, True))
            if m.first > 0 and tokens[m.first - 1].text in lex.number_words["night"]:
                night_of = len(out) - 1
        taken.add(m.first)
    # "عام 2015", "عام 1347": a past year marks background (dated to its last day, precision 3);
    # not 1380-1460, the Hijri years of our time ("عام 1439")
    for i, tok in enumerate(tokens):
        if (i not in taken and tok.text.isdigit() and len(tok.text) == 4 and i > 0
                and tokens[i - 1].text in lex.number_words["year"] and pub and 1000 <= int(tok.text) < pub.year
                and not HIJRI_YEARS[0] <= int(tok.text) <= HIJRI_YEARS[1]):
            out.append(DateMention(i - 1, i + 1, span_of(i - 1, i + 1, 0),
                                   dt.date(int(tok.text), 12, 31), 3, False))
    out.extend(_years_ago(tokens, span_of, lex, pub, taken))
    for rx in _NUMERIC.finditer(text):
        y, mo, d = (rx.group(1), rx.group(2), rx.group(3)) if rx.group(1) else (
            rx.group(6), rx.group(5), rx.group(4))
        date = _safe_date(int(y), int(mo), int(d))
        if date is None:
            continue
        first = next((i for i, t in enumerate(tokens) if t.start >= rx.start()), None)
        if first is None:
            continue
        last = next((i for i in range(first, len(tokens)) if tokens[i].end >= rx.end()), first) + 1
        out.append(DateMention(first, last, span_of(first, last, 0), date, 1, False))
    out.sort(key=lambda d: d.first)
    return out


YEAR_DAYS = 365


def _years_ago(tokens: list[Token], span_of, lex: Lexicons, pub: dt.date | None, taken: set[int]) -> list[DateMention]:
    """"قبل عشر سنوات", "قبل 3 أعوام": so many years before publication (to the year)."""
    out = []
    for i in range(len(tokens) - 2):
        if tokens[i].text not in lex.number_words["ago"] or i in taken \
                or tokens[i + 2].text not in lex.number_words["years"]:
            continue
        word = tokens[i + 1].text
        count = int(word) if word.isdigit() and len(word) <= 3 else lex.numbers.get(word, (None,))[0]
        if count:
            date = pub - dt.timedelta(days=YEAR_DAYS * count) if pub else None
            out.append(DateMention(i, i + 3, span_of(i, i + 3, 0), date, 3, True))
    return out


def find_publication_date(mentions: list[DateMention]) -> dt.date | None:
    """A date line in the text: the latest full explicit date (with a year)."""
    full = [d.date for d in mentions if d.date and not d.relative and d.precision == 1
            and re.search(r"\d{4}", d.span.text)]
    return max(full) if full else None
