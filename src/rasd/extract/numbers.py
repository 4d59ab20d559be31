"""Numbers and the deaths they count.

A number (digits, or words such as "خمسة وعشرين") counts the dead when a
"killed" word stands just before or after it; numbers chained to a counted
one by "و" or "مقابل" count too (two sides of one clash), numbers after
"بينهم" are a breakdown of one already counted and are skipped. Wounded are
never counted. ACLED's vague counts come from numbers.tsv (عشرات = 10).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.extract.actors import nationality_of
from rasd.lexicons.load import Lexicons, token_variants
from rasd.records import Casualty, Match, Token

WINDOW_BEFORE = 6  # tokens between a "killed" word and the number after it
WINDOW_AFTER = 3  # tokens between a number and the "killed" word after it
NAMED_EXTRA = 5  # and five more before a count with its noun of who died, in one unbroken run of words
# ("قتل مسلحون يشتبه في انتمائهم لجماعة بوكو حرام 15 قرويا": who killed them stands between)
NAME_BEFORE_DIGITS = 3  # letters of a word digits are written onto as part of a name ("فرانس24")
MEMBER_REACH = 5  # words of that body's name
MIXED_REACH = 2  # tokens from a count to "بين قتيل وجريح" after it (its noun of who stands between)
WHETHER_REACH = 8  # tokens from "إذا" (if, whether) to the dead it puts in doubt
PLURAL_VERB_END = "وا"  # "قتلوا", "لقوا": a verb of the dead agreeing with a plural subject before it
RANGE_FROM = "بين"  # "بين 10 و15": a range's first word
BREAKDOWN_EXTRA = 3  # and three more after "بينهم" ("بينهم ثلاثة أطفال")
PARTITIVE_EXTRA = 3  # and three more after "من" ("30 من عناصر ميليشيات الحوثي الانقلابية قتلوا")
VAGUE_DEATHS = 10  # GUIDELINES: deaths reported with no number at all
COMPANIONS_REACH = 8  # tokens from one named dead to "مع عدد من" (some with him)
OBJECT_REACH = 2  # words of a subject between a killing verb and the one killed ("قتل قناص طفلا")
TOLL_RISE_REACH = 16  # tokens from "عدد القتلى" to the "إلى N" it rises to


@dataclass(frozen=True, slots=True)
class Number:
    first: int
    last: int
    value: int
    vague: bool


def read_numbers(tokens: list[Token], lex: Lexicons) -> list[Number]:
    """Digit and word numbers, with "خمسة وعشرون" and "ثلاث مئة" combined."""
    out: list[Number] = []
    pair_starts = lex.number_pair_starts
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i].text
        if t.isdigit() and len(t) < 5:
            # "40 ألف": a word multiplier after digits
            nxt = lex.numbers.get(tokens[i + 1].text) if i + 1 < n else None
            if nxt and nxt[1] in ("hundred", "thousand"):
                out.append(Number(i, i + 2, int(t) * nxt[0], False))
                i += 2
                continue
            out.append(Number(i, i + 1, int(t), False))
            i += 1
            continue
        if i + 1 < n and (t in pair_starts or t[1:] in pair_starts):
            pair = f"{t} {tokens[i + 1].text}"
            if t.startswith("و") and lex.numbers.get(pair[1:], (0, ""))[1] == "vague":
                pair = pair[1:]  # "وعدد من": and some
            if lex.numbers.get(pair, (0, ""))[1] == "vague":  # "عدد من", "آلاف من"
                out.append(Number(i, i + 2, lex.numbers[pair][0], True))
                i += 2
                continue
        if t in lex.number_words["eleven"] and i + 1 < n and lex.numbers.get(tokens[i + 1].text, (0, ""))[1] == "teen":
            out.append(Number(i, i + 2, 11, False))  # "أحد عشر", "إحدى عشرة": "one" alone is no number
            i += 2
            continue
        word = t[1:] if t.startswith("و") and t[1:] in lex.numbers and t not in lex.numbers else t
        if word not in lex.numbers:
            i += 1
            continue
        value, kind = lex.numbers[word]
        if kind == "vague":
            out.append(Number(i, i + 1, value, True))
            i += 1
            continue
        total, j = 0, i
        current = 0
        while j < n:
            w = word if j == i else tokens[j].text
            if j > i and w.startswith("و") and w[1:] in lex.numbers:
                w = w[1:]
            v, k = lex.numbers.get(w, (None, None))
            if v is None or k == "vague":
                break
            if k in ("hundred", "thousand"):
                current = max(current, 1) * v
            elif k == "teen" and 0 < current < 10:
                current += v  # "خمسة عشر"
            else:
                current += v
            j += 1
        total += current
        out.append(Number(i, j, total, False))
        i = max(j, i + 1)
    return out


POSSESSIVES = ("هما", "هم", "ها", "ه")  # "سائقها" (its driver), "حارسه" (his guard)


def _noun_entry(word: str, table: dict):
    """(the table's entry for a noun with or without its article, or for the noun a possessive
    ends: "جنوده", "سائقها"; whether it was read through the possessive)."""
    for w in (word, word[2:]) if word.startswith("ال") else (word,):
        if w in table:
            return table[w], False
        for suffix in POSSESSIVES:
            if w.endswith(suffix) and w[:-len(suffix)] in table:
                return table[w[:-len(suffix)]], True
    return None, False


def _person(word: str, lex: Lexicons) -> int | None:
    """How many people a noun names: "شاب" and "الشاب" one, "طفلين" two, "سائقها" one."""
    count, owned = _noun_entry(word, lex.person_nouns)
    return None if owned and count != 1 else count


def _joined_person(word: str, lex: Lexicons) -> int | None:
    """How many people a noun joined to a named dead names: "طفل" one, "طفلاها" (her two children:
    a dual before its possessive drops its "ن") two."""
    for suffix in POSSESSIVES:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and stem.endswith("ا") and lex.person_nouns.get(stem[:-1]) == 1:
            return 2
    return _person(word, lex)


def _kin_counted(tokens: list[Token], k: int, last: int, lex: Lexicons) -> int | None:
    """"وأطفالها الثلاثة", "وأبناؤه الأربعة": the kin of the one named dead, counted by a definite
    number after them; how many, or None."""
    word = tokens[k].text[1:]
    if k + 1 >= last or not word.endswith(POSSESSIVES) or not tokens[k + 1].text.startswith("ال"):
        return None
    value = lex.numbers.get(tokens[k + 1].text[2:])
    return value[0] if value and isinstance(value[0], int) and 2 <= value[0] <= 10 else None


def is_accusative(word: str) -> bool:
    """An indefinite object: "طفلا", "شابين" (not "الطفل", which may be the subject)."""
    return not word.startswith(("ال", "وال")) and word.endswith(("ا", "ين"))


def victim_side(word: str, lex: Lexicons) -> str | None:
    """Whose dead a noun names: "جنود" and "جنوده" forces, "جهاديا" fighters, "مدنيين" civilians."""
    return _noun_entry(word, lex.victim_sides)[0]


def _count_noun(tokens: list[Token], k: int, last: int) -> str:
    """The noun of a count whose next token is ``k``: "ثلاثة جنود", or after "من" ("6 من المهاجمين")."""
    if k < last and tokens[k].text == "من":
        k += 1
    return tokens[k].text if k < last else ""


JOINED_AFTER_WHO = 6  # tokens from a count to "و" + the next count, who the first were between
ONE_OF_TWO_REACH = 3  # tokens from the killed word to "أحدهما"


def _one_of_two(tokens: list[Token], start: int, last: int, lex: Lexicons) -> int | None:
    """"قتلت بالرصاص فلسطينيين أحدهما صبي": the dead are two when "one of the two" follows them."""
    said = lex.number_words["one_of_two"]
    return 2 if any(tokens[i].text in said for i in range(start, min(last, start + ONE_OF_TWO_REACH + 1))) else None


def _joined(tokens: list[Token], i: int, first: int, lex: Lexicons) -> bool:
    """Is the count at token i joined to what comes before it ("و3", "وعدد من", "مع عدد من",
    "إلى جانب 10": number_words.tsv, companion)?"""
    joiners = lex.number_words["companion"]
    # "إلى جانب حوالي 10", "إلى جانب أكثر من 10": an estimate of one or two words stands between
    about = lex.number_words["about"]
    while (n := next((n for n in (1, 2) if i - n > first and
                      " ".join(t.text for t in tokens[i - n:i]) in about), 0)):
        i -= n
    before = [tokens[k].text for k in range(max(first, i - 2), i)]
    # "و3" is "and 3"; "واحد" (one) is a number word of its own
    return (tokens[i].text.startswith("و") and len(tokens[i].text) > 1 and tokens[i].text not in lex.numbers) or \
        any(" ".join(before[k:]) in joiners for k in range(len(before)))


def _hedge_after(tokens: list[Token], start: int, end: int, lex: Lexicons) -> int:
    """How many words a hedge ("على الأقل", "تقريبا") takes between a count and its killed word."""
    hedges = lex.number_words["hedge"]
    for i in range(start, end):
        text = tokens[i].text
        if text in hedges:
            return 1
        if i + 1 < len(tokens) and f"{text} {tokens[i + 1].text}" in hedges:
            return 2
    return 0


def _counting_word(word: str, lex: Lexicons) -> bool:
    """A word that may stand right before a count: of the number lexicons, or naming people."""
    return any(word in words for words in lex.number_words.values()) or bool(_person(word, lex))


def _unbroken(tokens: list[Token], start: int, end: int) -> bool:
    """Do tokens start..end follow one another with only a space between (no comma, no stop)?"""
    return all(tokens[k + 1].start - tokens[k].end <= 1 for k in range(start, end))


def _is_while(word: str, lex: Lexicons) -> bool:
    """"فيما", "بينما" (marks.tsv, kind while): what follows is a clause of its own."""
    return lex.marks.get(word, ("",))[0] == "while"


def _new_clause(tokens: list[Token], start: int, end: int, kinds_at: dict, lex: Lexicons) -> bool:
    """Does a word joined by "و" between two tokens open a clause of its own: no number, no
    casualty word, no noun of people ("وتدمير 10 منازل", "وأحرقت 4 آليات"; not "و13 مسلحا",
    "وعنصرين من الشرطة", "وأصيب 10", "وأكثر من 10", nor a word that only begins with "و": "وحده")?"""
    about = lex.number_words["about"]
    for k in range(start, end):
        word = tokens[k].text
        if word.startswith("و") and len(word) > 2 and k not in kinds_at and word[1:] not in lex.numbers \
                and word not in lex.number_words["no_clause"] \
                and not any(" ".join([word[1:]] + [t.text for t in tokens[k + 1:k + n]]) in about for n in (1, 2)) \
                and not word[1:].isdigit() and not _person(word[1:], lex) and not victim_side(word[1:], lex) \
                and not _person(word, lex):  # ("وزير": a noun of a person that begins with the letter)
            return True
    return False


def _counted_after(tokens: list[Token], first: int, last: int, lex: Lexicons) -> list[Number]:
    """"قتل المهاجمين الأربعة", "المسلحون الخمسة": a definite noun of a side counted by a definite
    number after it (two to ten), read as the count of the noun and the number together."""
    out = []
    for k in range(first, last - 1):
        word, nxt = tokens[k].text, tokens[k + 1].text
        if not word.startswith(("ال", "وال")) or not nxt.startswith("ال"):
            continue
        value = lex.numbers.get(nxt[2:])
        if value and isinstance(value[0], int) and 2 <= value[0] <= 10 and victim_side(word.removeprefix("و"), lex):
            out.append(Number(k, k + 2, value[0], False))
    return out


def _between_counts(numbers: list[Number], tokens: list[Token]) -> list[Number]:
    """"ما بين 10 و15 شخصا قتلوا": a range counts its lower end (ACLED's lowest estimate), read
    where its upper end stands; "اشتباكات بين 10 مسلحين و5 من الشرطة": a count right after
    "بين" with no range is who fought, not who died."""
    out = []
    skip_next = False
    for k, a in enumerate(numbers):
        if skip_next:
            skip_next = False
            continue
        if a.first > 0 and tokens[a.first - 1].text == RANGE_FROM:
            b = numbers[k + 1] if k + 1 < len(numbers) else None
            if b is not None and (b.first == a.last + 1 and tokens[a.last].text == "و"
                                  or b.first == a.last and tokens[b.first].text.startswith("و")):
                out.append(Number(b.first, b.last, min(a.value, b.value), a.vague or b.vague))
                skip_next = True
            continue
        out.append(a)
    return out


def find_casualties(tokens: list[Token], first: int, last: int, span_of, lex: Lexicons,
                    words: list[Match], month_at: frozenset[int] = frozenset()) -> list[Casualty]:
    """Killed and wounded counts in one sentence (token range [first, last)); ``month_at``
    holds the tokens a month name starts at ("منذ 30 مارس": a day, not a count)."""
    numbers = [Number(x.first + first, x.last + first, x.value, x.vague)
               for x in read_numbers(tokens[first:last], lex)]
    numbers = _between_counts(numbers, tokens)
    taken = {i for x in numbers for i in range(x.first, x.last)}
    numbers = sorted(numbers + [x for x in _counted_after(tokens, first, last, lex) if x.first not in taken],
                     key=lambda x: x.first)
    words = [w for w in words if first <= w.first < last]
    out: list[Casualty] = []
    # "قتلى" counts like "قتل" next to a number, and means ACLED's 10 without one
    words = [Match(w.first, w.last, "killed", w.span, ("vague",)) if w.value == "killed_vague" else w
             for w in words]
    kinds_at = {i: w for w in words for i in range(w.first, w.last)}
    if any(w.value == "none" for w in words) and not any(w.value == "killed" for w in words):
        return out
    prev: Casualty | None = None
    prev_end = -1
    subset_after = min((w.first for w in words if w.value == "subset"), default=None)
    used_words: set[int] = set()
    risen_to: set[int] = set()  # first tokens of counts a toll rose to
    subsets = [w.first for w in words if w.value == "subset"]
    mixed = [w.first for w in words if w.value == "mixed"]
    for num in numbers:
        if any(0 <= k - num.last <= MIXED_REACH for k in mixed):
            # "نحو 60 شخصا بين جريح وقتيل": some of them dead, how many not said
            c = Casualty(num.first, num.last, span_of(num.first, num.last, 0), min(num.value, VAGUE_DEATHS),
                         True, vague=True)
            out.append(c)
            prev, prev_end = c, num.last
            continue
        if subset_after is not None and num.first > subset_after and not any(
                subset_after < k < num.first and kinds_at[k].value in ("killed", "wounded") for k in kinds_at) and (
                prev is not None or not any(k < subset_after and kinds_at[k].value == "killed" for k in kinds_at)):
            # a breakdown of the dead ("بينهم 250 طفلا"), unless a new casualty word came after it;
            # with no count before it in the sentence, of a count told before ("ومن بين القتلى 50
            # طفلا"), unless the killed word opens the sentence ("قتل منهم اثنان": two of them died)
            continue
        if num.first > first and tokens[num.first].start == tokens[num.first - 1].end \
                and len(tokens[num.first - 1].text) >= NAME_BEFORE_DIGITS \
                and tokens[num.first - 1].text[-1:].isalpha() and tokens[num.first - 1].text[-1] != "ـ" \
                and num.first - 1 not in kinds_at and not _counting_word(tokens[num.first - 1].text, lex):
            # "مراسل فرانس24 بمقتل قائد": the digits of a name, no count (not "بـ15", "و15", nor a
            # count typed onto its own word: "مقتل52 شخصا", "نحو100")
            continue
        # a year or a brigade number is not a count
        if num.value > 5000 or 1900 <= num.value <= 2100 or (
                num.first > 0 and tokens[num.first - 1].text in lex.number_words["before"]):
            continue
        if num.last < last and tokens[num.last].text in lex.number_words["after"] or num.last in month_at:
            continue  # "(24 عاما)": an age; "30 مارس": a day
        if num.value == 1 and not tokens[num.first].text.isdigit() and num.first > first \
                and num.first - 1 not in kinds_at and tokens[num.first - 1].text not in lex.number_words["counts_before"] \
                and not _person(tokens[num.first - 1].text, lex) and not victim_side(tokens[num.first - 1].text, lex):
            continue  # "من أسرة واحدة": "one" follows a noun as its adjective ("شخص واحد" counts; and
            # "two" after a plural, "متظاهرين اثنين", counts it)
        if num.value == 1 and num.first > first and tokens[num.first - 1].text == "في":
            continue  # "في واحدة من أعنف الغارات": in one of the strikes, no one counted
        kind = None
        # "ثلاثة من عناصر الحراسة لقوا حتفهم": a partitive "من" puts who they were between
        # ("15 عنصرا من الشرطة قتلوا": the partitive may follow the noun of who they were)
        partitive = any(k < last and tokens[k].text == "من" for k in (num.last, num.last + 1))
        reach = WINDOW_AFTER + (PARTITIVE_EXTRA if partitive else 0)
        reach += _hedge_after(tokens, num.last, min(last, num.last + reach), lex)
        if any(num.last <= k < num.last + reach for k in subsets):
            reach += BREAKDOWN_EXTRA  # "سبعة مدنيين بينهم طفلان قتلوا": the breakdown stands between
        after_end = min(last, num.last + reach)
        after = [kinds_at[i] for i in range(num.last, after_end) if i in kinds_at]
        before = [kinds_at[i] for i in range(max(first, num.first - WINDOW_BEFORE), num.first) if i in kinds_at]
        before = [w for w in before if w.value in ("killed", "wounded", "chain")]
        after = [w for w in after if w.value in ("killed", "wounded")]
        named = num.last < last and (_person(tokens[num.last].text, lex) or victim_side(tokens[num.last].text, lex))
        if not before and named:
            reach = range(num.first - WINDOW_BEFORE - 1, max(first, num.first - WINDOW_BEFORE - NAMED_EXTRA) - 1, -1)
            far = next((kinds_at[i] for i in reach if i in kinds_at and kinds_at[i].value == "killed"), None)
            if far is not None and _unbroken(tokens, far.last - 1, num.first):
                before = [far]
        if not before and not after and named:
            # "30 عنصرا من الميليشيات في جبهة الميمنة (شمال المديرية) لقوا مصرعهم": where they fell
            # may stand between the counted and their plural verb, if nothing else is counted there
            ahead = range(after_end, min(last, after_end + NAMED_EXTRA))
            far = next((kinds_at[i] for i in ahead if i in kinds_at), None)
            if far is not None and far.value == "killed" and tokens[far.first].text.endswith(PLURAL_VERB_END) \
                    and not any(num.last <= n.first < far.first for n in numbers) \
                    and not _new_clause(tokens, num.last, far.first, kinds_at, lex):
                after = [far]
        # the nearest casualty word before, else just after
        # "25 قتيلا" / "20 مصابا": a casualty word right after the number names it,
        # unless it opens the next clause ("قتل 5 وجرح 4")
        # ("24 جنديا جريحا": the noun of who they are may stand between)
        adjacent = [w for w in after if (w.first == num.last or named and w.first == num.last + 1)
                    and not tokens[w.first].text.startswith("و")]
        if before and not adjacent and _new_clause(tokens, before[-1].last, num.first, kinds_at, lex):
            before = []  # "مقتل 5 مدنيين وتدمير 10 منازل": the killed word is another clause's
        cue = adjacent[0] if adjacent else before[-1] if before else (after[0] if after else None)
        if cue is not None and not adjacent and not before and not named and (tokens[cue.first].text.startswith("و") or any(
                _is_while(tokens[k].text, lex) for k in range(num.last, cue.first))):
            cue = None  # "أحرقوا عشرات المنازل وقتلوا خمسة", "تدمير عدد من المنازل، فيما استشهد عنصر":
            # "و" or "فيما" opens the killing's own clause
        if adjacent and adjacent[0].value != "killed" and before and before[-1].value == "killed" \
                and before[-1].last == num.first and not tokens[num.first].text.startswith("و"):
            # "مقتل أربعة نازحين": killed right before says what befell them; the noun, who
            # (not "وصول جثتين وأربعة جرحى", where "و" opens a count of its own)
            cue = before[-1]
        if not adjacent and before and after and after[0].value == "wounded" and any(
                tokens[k].text.startswith("و") and len(tokens[k].text) > 2 and kinds_at.get(k) is None
                for k in range(before[-1].last, num.first)):
            # "قتلوا وتعرضت 120 امرأة للاغتصاب": a clause opened by "و" after the dead counts what
            # its own word after the number says
            cue = after[0]
        if num.first > first and tokens[num.first - 1].text in lex.number_words["to"]:
            # "ارتفع عدد القتلى جراء القصف على دوما إلى 100": the count a toll phrase rises to
            far = [kinds_at[i] for i in range(max(first, num.first - TOLL_RISE_REACH), num.first)
                   if i in kinds_at and kinds_at[i].value == "killed" and i > first
                   and tokens[i - 1].text in lex.number_words["toll_noun"]]
            if far:
                cue = cue if cue is not None and cue.value == "killed" else far[-1]
                risen_to.add(num.first)
        if cue is not None and cue.value == "wounded" and num.vague and len(before) > 1 and \
                before[-2].value == "killed" and before[-2].last == cue.first and before[-2].first not in used_words:
            # "قتل وأصيب عدد من": killed and wounded, some of each: the vague dead (not where the
            # killed word has its own count: "14 مدنيا قتلوا وأصيب العشرات", dozens wounded)
            cue = before[-2]
        if cue is not None and cue.value == "chain":
            kind = prev.killed if prev is not None else None
        elif cue is not None:
            kind = cue.value == "killed"
        elif prev is not None and (num.first - prev_end <= 3 or (
                (tokens[num.first - 1].text == "و" or tokens[num.first].text.startswith("و"))
                and num.first - prev_end <= JOINED_AFTER_WHO)) \
                and not _new_clause(tokens, prev_end, num.first, kinds_at, lex):
            # "25 جنديا و13 مسلحا" (not "قتل 3 جنود وأحرقت 4 آليات"); "12 عنصرا من قوات النظام و8
            # من الفصائل": who the first were may stand between
            kind = prev.killed
        if kind is None:
            continue
        if cue is not None:
            used_words.add(cue.first)
        c = Casualty(num.first, num.last, span_of(num.first, num.last, 0), num.value, kind, num.vague)
        out.append(c)
        prev, prev_end = c, num.last
    # "قتل ثلاثة مسلحين وجندي": one named by a noun joined to a counted noun died too
    for c in [c for c in out if c.killed and not c.vague]:
        # the token after the count's noun ("6 من الحوثيين وجنديين": after a partitive's noun)
        k = c.last + (2 if c.last < last and tokens[c.last].text == "من" else 1)
        if k < last and tokens[k].text.startswith("و") and not any(n.first == k for n in numbers) and (
                more := _joined_person(tokens[k].text[1:], lex)):
            out.append(Casualty(k, k + 1, span_of(k, k + 1, 0), more, True, implied=True))
    # "قتل 12 مدنيا ... ليرتفع عدد القتلى إلى 400": the count a toll rose to holds the dead told
    # beside it and earlier ones; the event's own are those told as such
    if any(c.killed and c.first not in risen_to for c in out):
        out = [c for c in out if c.first not in risen_to]
    # a "killed" word with no number: a singular or dual noun, else ACLED's vague 10
    # ("قتل شاب و3 آخرون", "قتل القائد وعدد من مرافقيه": those joined after the one named first
    # do not stand for him: both count)
    companions = {c.first for c in out if c.killed and _joined(tokens, c.first, first, lex)}
    counted = [c for c in out if c.killed and c.first not in companions]
    # "قتل 11 جهاديا ... أسفر عن مقتل جندي": the dead of the other side are more, not among them
    # (the side as the count's words name it: "12 من العناصر التكفيرية" are fighters)
    sides = {_side_of(tokens, c, last, lex) for c in counted}
    persons: list[str] = []  # the nouns of one-person dead counted so far ("مستوطنا")
    objects: dict[int, int] = {}  # a killed word -> where its object begins, after the verb's subject
    for w in words:
        if w.value != "killed" or w.first in used_words and not companions:
            continue
        if w.first > first and any(form in lex.number_words["attempt"]
                                   for form, _ in token_variants(tokens[w.first - 1].text)):
            continue  # "محاولة اغتيال", "بمحاولة اغتيال": no one died of it
        after_w = w.last + (1 if w.last < last and tokens[w.last].text in lex.number_words["in_it"] else 0)
        nxt = tokens[after_w].text if after_w < last else ""
        nxt2 = tokens[after_w + 1].text if after_w + 1 < last else ""
        # "مقتل أحد جنوده": the one killed is named after "one of"
        victim = nxt2 if nxt in lex.number_words["one_of"] else nxt
        # ("فيما قتل مدنيان آخران": others than those counted before, whatever side)
        others = after_w + 1 < last and tokens[after_w + 1].text in lex.number_words["others"]
        # ("... في قصف على أريحا، فيما قتل شخصان في غارة على سراقب": dead told after "فيما" are another clause's)
        others = others or w.first > first and _is_while(tokens[w.first - 1].text, lex)
        if counted and not others:
            side = victim_side(victim, lex)
            if side is None or None in sides or side in sides or (
                    subset_after is not None and subset_after < w.first):
                continue
        # "قتيلين" itself says two, "وقتله" (and killed him) one
        own = tokens[w.first].text[w.skip:] if w.last == w.first + 1 else ""
        prev_word = tokens[w.first - 1].text if w.first - 1 >= first else ""
        count = lex.person_nouns.get(own) or _person(nxt, lex) or (
            _person(victim, lex) if victim is not nxt else None) or _one_of_two(tokens, w.last, last, lex)
        if count and not lex.person_nouns.get(own) and nxt == victim and not is_accusative(nxt) \
                and after_w + 1 < last and is_accusative(nxt2) and (killed := _person(nxt2, lex)):
            # "قتل مسلح شرطيتين": the one named after the verb is its subject, the one after him its object
            count, nxt, after_w = killed, nxt2, after_w + 1
            objects[w.first] = after_w  # (whose side the dead are: the object's, not the subject's)
        if not count and w.extra != ("vague",):
            # "قتل قناص طفلا", "اغتال مسلحون مجهولون قياديا": verb, its subject, then the one killed
            for k in range(after_w + 1, min(last, after_w + 1 + OBJECT_REACH)):
                if is_accusative(tokens[k].text) and (count := _person(tokens[k].text, lex)):
                    nxt, after_w = tokens[k].text, k
                    objects[w.first] = k  # (the side is the one killed: "قتل الجيش إرهابيا" killed a fighter)
                    break
        if counted and not count:
            continue
        # (not before a plural verb, whose subject it is not: "مسلحين يرتدون زيا عسكريا اغتالوا إماما")
        before_verb = _person(prev_word, lex) and not prev_word.startswith("ال") \
            and not tokens[w.first].text.endswith("وا")
        noun = nxt if count and _person(nxt, lex) and not lex.person_nouns.get(own) else (
            prev_word if not count and before_verb else None)
        if persons and (noun is None or noun.startswith("ال") or noun in persons):
            continue  # after one named dead, only another one named anew counts
        if count:
            end = w.last if lex.person_nouns.get(own) else after_w + 1
            if end < last and nationality_of(tokens[end].text, lex.nationalities):
                end += 1  # "قتل جنديان هنديان ومسلح": the dead's nationality stands between
            if not lex.person_nouns.get(own):
                if end < last and tokens[end].text in lex.number_words["member_of"]:
                    # "مقتل قيادي في وحدات حماية الشعب ومرافقه": his companion, after the body he was of
                    end = next((k for k in range(end + 1, min(last, end + 1 + MEMBER_REACH))
                                if tokens[k].text.startswith("و") and tokens[k].text.endswith(POSSESSIVES)
                                and _joined_person(tokens[k].text[1:], lex)), end)
                # "قتلت امرأة وطفلاها", "قتل شاب وطفل": those joined by "و" to the one named died too
                while end < last and tokens[end].text.startswith("و"):
                    if more := _joined_person(tokens[end].text[1:], lex):
                        count, end = count + more, end + 1
                    elif more := _kin_counted(tokens, end, last, lex):
                        count, end = count + more, end + 2  # "وأطفالها الثلاثة"
                    else:
                        break
            out.append(Casualty(w.first, end, span_of(w.first, end, 0), count, True, implied=True))
        elif before_verb:
            # "أن مستوطنا قتل": the one killed named just before the verb
            out.append(Casualty(w.first - 1, w.last, span_of(w.first - 1, w.last, 0),
                                _person(prev_word, lex), True, implied=True))
        elif w.extra == ("vague",):
            out.append(Casualty(w.first, w.last, w.span, VAGUE_DEATHS, True, vague=True))
        elif not counted and any(form in lex.number_words["assassination"]
                                 for form, _ in token_variants(tokens[w.first].text)):
            # "اغتال مسلحون، مساء الاثنين، إماما": the one assassinated, however he is named
            out.append(Casualty(w.first, w.last, w.span, 1, True, implied=True))
        else:
            continue  # "لقي الحارسان مصرعهما": the next killed word may say how many
        if noun is None or noun.startswith("ال"):
            break
        # "أن مستوطنا قتل ... شنه شاب فلسطيني قتل لاحقا": one named dead, then another named anew
        persons.append(noun)
    # "لقي القيادي ... مصرعه مع عدد من مرافقيه": one named dead and "some" with him: both count
    named = [c for c in out if c.implied and c.killed]
    if len(out) == 1 and named:
        with_him = [x for x in numbers if x.vague and 0 < x.first - named[0].last <= COMPANIONS_REACH
                    and _joined(tokens, x.first, first, lex)]
        if with_him:
            x = with_him[0]
            out.append(Casualty(x.first, x.last, span_of(x.first, x.last, 0), x.value, True, vague=True))
    # "ليس متأكدا مما إذا كان أي فرد من القوات لقي حتفه": dead that may or may not be
    out = [c for c in out if not any(tokens[k].text in lex.number_words["whether"]
                                     for k in range(max(first, c.first - WHETHER_REACH), c.first))]
    return [replace(c, side=_side_of(tokens, noun, last, lex), police=_police(tokens, noun, last, lex))
            for c in out for noun in (replace(c, first=objects[c.first]) if c.first in objects else c,)]


def _noun_first(tokens: list[Token], c: Casualty, lex: Lexicons) -> int:
    """Where a count's words begin: at the noun before it for "one" and "two", which follow the
    noun they count ("شرطيين اثنين")."""
    return c.first - 1 if c.first > 0 and lex.numbers.get(tokens[c.first].text, (0,))[0] in (1, 2) else c.first


def _police(tokens: list[Token], c: Casualty, last: int, lex: Lexicons) -> bool:
    """Does the count's noun, in it or right after it, name policemen ("12 شرطيا", "ضابط شرطة")?"""
    words = tokens[_noun_first(tokens, c, lex):min(c.last + 1, last)]
    return any(t.text.removeprefix("و") in lex.police_nouns for t in words)


def _side_of(tokens: list[Token], c: Casualty, last: int, lex: Lexicons) -> str | None:
    """The side a count's noun names: in it ("جنديان", "وثلاثة جنود") or right after it ("12 إرهابيا",
    "23 من جنودها")."""
    end = c.last + 2 if c.last < last and tokens[c.last].text == "من" else c.last + 1
    if end - 1 < last and tokens[end - 1].text in lex.number_words["members"]:
        end += 1  # "خمسة من عناصر الحشد الشعبي": the group the members belong to says whose
    words = [t.text for t in tokens[_noun_first(tokens, c, lex):min(end, last)]]
    for word in words:
        side = victim_side(word, lex) or (victim_side(word[1:], lex) if word.startswith("و") else None)
        if side:
            return side
    return None

SPLIT_KILLED_REACH = 4  # tokens from "قضت" to its "على" ("قضت قوات الأمن المصرية على 6 إرهابيين")


def split_killed_words(tokens: list[Token], span_of, lex: Lexicons, verbs: list[Match],
                       forces_at: set[int]) -> list[Match]:
    """"قضت قوات الأمن المصرية على 6 إرهابيين": a "killed" word at the "على" of a split verb
    (casualty_words.tsv killed_split) when a count follows it and state forces (where their
    mentions start: ``forces_at``) are named between (not "قضت المحكمة على 13 متهما بالسجن")."""
    out = []
    for v in verbs:
        k = next((k for k in range(v.last + 1, min(len(tokens) - 1, v.last + 1 + SPLIT_KILLED_REACH))
                  if tokens[k].text == "علي"), None)
        if k is None:
            continue
        nxt = tokens[k + 1].text
        counted = nxt.isdigit() or nxt in lex.numbers or nxt.startswith("و") and nxt[1:] in lex.numbers
        if counted and any(v.last <= j < k for j in forces_at):
            out.append(Match(k, k + 1, "killed", span_of(k, k + 1, 0)))
    return out
