"""Load the lexicon data files once, normalise and validate them, compile matchers.

Every pattern goes through ``rasd.text.normalize.norm``: the same function the
article text goes through, so spelling variants collapse the same way.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Iterable

from rasd.errors import LexiconError
from rasd.records import Match, Place, Token
from rasd.text.normalize import norm

# Characters that must never sit in a data file: the normaliser deletes or
# rewrites them, so an entry carrying them would silently never match.
_FORBIDDEN = re.compile("[\u064B-\u065F\u0670\u0640\uFB50-\uFDFF\uFE70-\uFEFF]")


@dataclass(frozen=True, slots=True)
class Row:
    file: str
    line: int
    fields: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.fields[key]

    def get(self, key: str, default: str = "") -> str:
        return self.fields.get(key) or default


def data_path(name: str):
    return resources.files("rasd.lexicons").joinpath(name)


def _by_kind(rows: tuple[Row, ...]) -> dict[str, frozenset[str]]:
    """kind -> the normalised surfaces of that kind."""
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["kind"], set()).add(norm(r["surface"]))
    return {kind: frozenset(words) for kind, words in out.items()}


@functools.cache
def read_tsv(name: str, required: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """Rows of a lexicon TSV; '#' lines are comments. Errors name file and line."""
    try:
        text = data_path(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"lexicon file {name!r} is missing from rasd/lexicons/") from exc
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    if not lines:
        return ()
    header = lines[0][1].split("\t")
    missing = [c for c in required if c not in header]
    if missing:
        raise LexiconError(f"{name}: header lacks column(s) {missing}; it has {header}")
    rows = []
    for n, line in lines[1:]:
        if _FORBIDDEN.search(line):
            raise LexiconError(
                f"{name}:{n}: entry contains diacritics, tatweel or presentation forms: {line!r}; "
                "write the plain letters")
        values = line.split("\t")
        if len(values) > len(header):
            raise LexiconError(f"{name}:{n}: {len(values)} fields, header has {len(header)}")
        fields = dict(zip(header, [v.strip() for v in values]))
        for col in required:
            if not fields.get(col):
                raise LexiconError(f"{name}:{n}: column {col!r} is empty")
        rows.append(Row(name, n, fields))
    return tuple(rows)


@functools.cache
def clitic_rules() -> tuple[tuple[str, str], ...]:
    """(prefix, replacement) pairs, longest prefix first."""
    rows = read_tsv("clitics.tsv", ("prefix",))
    rules = [(norm(r["prefix"]), norm(r.get("replace"))) for r in rows]
    return tuple(sorted(rules, key=lambda r: -len(r[0])))


MIN_STEM = 3  # a stripped word shorter than this is more likely a different word


@functools.lru_cache(maxsize=200_000)
def token_variants(text: str) -> tuple[tuple[str, int], ...]:
    """The token itself and its forms with a clitic prefix removed: (form, letters skipped)."""
    out = [(text, 0)]
    for prefix, repl in clitic_rules():
        if text.startswith(prefix) and len(text) - len(prefix) + len(repl) >= MIN_STEM:
            stem = repl + text[len(prefix):]
            # a replacement (لل -> ال) keeps the whole token in the span
            out.append((stem, 0 if repl else len(prefix)))
    return tuple(out)


class PhraseMatcher:
    """One lexicon's phrases, for longest-match lookup over tokens.

    The first word may carry a joined clitic (و ف ب ل ك, لل). A pattern's
    last word may end in '*' to match any word it begins (اشتباك* covers
    اشتباكات, اشتباكها). Matching itself is MultiMatcher's: one code path.
    """

    def __init__(self, entries: Iterable[tuple[str, str, tuple[str, ...]]]):
        self._exact: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
        self._prefix: dict[tuple[tuple[str, ...], str], list[tuple[str, str, tuple[str, ...]]]] = {}
        self._starts: set[str] = set()
        self._stem_heads: set[str] = set()  # first 3 letters of one-word '*' patterns
        self._continues: set[tuple[str, ...]] = set()  # word sequences some longer pattern extends
        self.max_len = 1
        for pattern, value, extra in entries:
            words = tuple(norm(pattern).split())
            if not words:
                continue
            self.max_len = max(self.max_len, len(words))
            for k in range(1, len(words)):
                self._continues.add(words[:k])
            if any(w.endswith("*") for w in words[:-1]):
                raise LexiconError(f"pattern {pattern!r}: '*' may only end the last word")
            if words[-1].endswith("*"):
                stem = words[-1][:-1]
                if len(stem) < 3:
                    raise LexiconError(f"pattern {pattern!r}: a '*' stem needs at least 3 letters")
                # indexed by the words before it and the stem's first 3 letters
                self._prefix.setdefault((words[:-1], stem[:3]), []).append((stem, value, extra))
                if len(words) == 1:
                    self._stem_heads.add(stem[:3])
                else:
                    self._starts.add(words[0])
            else:
                old = self._exact.setdefault(words, (value, extra))
                if old[0] != value:
                    raise LexiconError(f"pattern {pattern!r} is listed twice, as {old[0]!r} and {value!r}")
                self._starts.add(words[0])
        self._alone: MultiMatcher | None = None

    def find(self, tokens: list[Token], span_of) -> list[Match]:
        """Non-overlapping longest matches, left to right.

        ``span_of(first, last, skip)`` turns a token range into a raw Span.
        """
        if self._alone is None:
            self._alone = MultiMatcher({"": self})
        return self._alone.find_all(tokens, span_of)[""]


_new = tuple.__new__  # a Match per hit: skip NamedTuple's Python-level constructor


WORD_CACHE_MAX = 200_000  # distinct words (~85 MB at ~430 bytes each); years of news hold millions


class MultiMatcher:
    """Several PhraseMatchers run in one pass over the tokens.

    Gives each lexicon exactly what its own ``find`` would (longest
    non-overlapping matches), while walking the article once instead of once
    per lexicon: the hot loop of extraction.
    """

    def __init__(self, matchers: dict[str, PhraseMatcher]):
        self.names = tuple(matchers)
        self._exact: dict[tuple[str, ...], list[tuple[str, str, tuple[str, ...]]]] = {}
        self._prefix: dict[tuple[tuple[str, ...], str], list[tuple[str, str, str, tuple[str, ...]]]] = {}
        self._starts: set[str] = set()
        self._heads: set[str] = set()
        self._continues: set[tuple[str, ...]] = set()
        self._viable: dict[str, tuple[tuple[str, int], ...]] = {}  # word -> variants that may match
        # word sequence -> (its matches per lexicon or None, whether a longer pattern extends it):
        # one lookup per step of the hot loop instead of four
        self._steps: dict[tuple[str, ...], tuple[dict | None, bool]] = {}
        self.max_len = 1
        for name, m in matchers.items():
            for words, (value, extra) in m._exact.items():
                self._exact.setdefault(words, []).append((name, value, extra))
            for key, cands in m._prefix.items():
                self._prefix.setdefault(key, []).extend((stem, name, v, e) for stem, v, e in cands)
            self._starts |= m._starts
            self._heads |= m._stem_heads
            self._continues |= m._continues
            self.max_len = max(self.max_len, m.max_len)

    def _hits(self, words: tuple[str, ...]) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Per lexicon, what PhraseMatcher._lookup would return for ``words``."""
        found = {name: (value, extra) for name, value, extra in self._exact.get(words, ())}
        cands = self._prefix.get((words[:-1], words[-1][:3]))
        if cands:
            last = words[-1]
            longest: dict[str, tuple[int, str, tuple[str, ...]]] = {}
            for stem, name, value, extra in cands:
                if name not in found and last.startswith(stem) and len(stem) > longest.get(name, (-1,))[0]:
                    longest[name] = (len(stem), value, extra)
            for name, (_, value, extra) in longest.items():
                found[name] = (value, extra)
        return found

    def _step(self, words: tuple[str, ...]) -> tuple[dict | None, bool]:
        matched = words in self._exact or (words[:-1], words[-1][:3]) in self._prefix
        return (self._hits(words) if matched else None), words in self._continues

    def find_all(self, tokens: list[Token], span_of) -> dict[str, list[Match]]:
        """Per lexicon, its longest non-overlapping matches, left to right."""
        n = len(tokens)
        texts = [t.text for t in tokens]
        starts, heads = self._starts, self._heads
        if len(self._viable) > WORD_CACHE_MAX or len(self._steps) > WORD_CACHE_MAX:
            # one entry per distinct word ever read: bound them in long runs
            self._viable.clear()
            self._steps.clear()
        viable, steps = self._viable, self._steps
        found: list[tuple[int, dict[str, tuple]]] = []  # positions where something matches
        for i in range(n):
            variants = viable.get(texts[i])
            if variants is None:
                # the forms of this word that can start a pattern, remembered per word
                variants = viable[texts[i]] = tuple(
                    (form, skip) for form, skip in token_variants(texts[i])
                    if form in starts or form[:3] in heads)
            if not variants:
                continue
            best: dict[str, tuple] = {}
            for form, skip in variants:
                words: tuple[str, ...] = (form,)
                for j in range(i + 1, min(n, i + self.max_len) + 1):
                    if j > i + 1:
                        words = words + (texts[j - 1],)
                    step = steps.get(words)
                    if step is None:
                        step = steps[words] = self._step(words)
                    hits, more = step
                    if hits:
                        for name, hit in hits.items():
                            old = best.get(name)
                            if old is None or j > old[0] or (j == old[0] and skip < old[1]):
                                best[name] = (j, skip, hit)
                    if not more:
                        break
            if best:
                found.append((i, best))
        out: dict[str, list[Match]] = {name: [] for name in self.names}
        free = dict.fromkeys(self.names, 0)
        for i, best in found:
            for name, (j, skip, (value, extra)) in best.items():
                if i >= free[name]:
                    out[name].append(_new(Match, (i, j, value, span_of(i, j, skip), extra, skip)))
                    free[name] = j
        return out


@dataclass(frozen=True)
class Lexicons:
    """Every compiled lexicon the pipeline uses, loaded once per process."""

    months: PhraseMatcher  # value: month number, extra: (calendar,)
    weekdays: PhraseMatcher  # value: ISO weekday
    relative_days: PhraseMatcher  # value: days before publication or "weekend", extra: (precision,)
    ordinals: dict[str, int]  # "الخامس" -> 5, for "الخامس من مارس"
    numbers: dict[str, tuple[int, str]]  # word -> (value, kind)
    number_pair_starts: frozenset[str]  # first words of the two-word counts ("عدد" of "عدد من")
    casualty_words: PhraseMatcher  # value: killed | wounded | subset | none | chain
    person_nouns: dict[str, int]
    victim_sides: dict[str, str]  # noun of the dead -> forces | fighters | civilians
    police_nouns: frozenset[str]  # nouns of the dead that name the police (victim_sides.tsv, service)
    triggers: PhraseMatcher  # value: "type|sub_type", extra: (weight, form)
    split_triggers: dict[str, tuple[tuple[tuple[str, ...], str, str, int], ...]]  # verb -> (object, type, sub, weight), longest first
    actors: PhraseMatcher  # value: actor key
    actor_names: dict[str, tuple[str, int, str]]  # key -> (name, inter, home iso2)
    home_names: dict[str, str]  # key -> the name it goes by inside its home country
    missions: dict[str, str]  # iso2 -> the peacekeeping mission there (peace_missions.tsv)
    branches: dict[tuple[str, str], str]  # (network key, iso2) -> its branch's key there (branches.tsv)
    actor_periods: dict[str, tuple[tuple[dt.date, str, int | None], ...]]  # name -> (from, name then, inter), by date
    air_forces: frozenset[str]  # keys that fly air strikes
    insurgents: frozenset[str]  # coded as state forces, yet the side "gunmen" and "militias" mean
    camps: dict[str, str]  # ACLED actor name -> the side it fights on in its war (allies.tsv)
    state_forces: dict[tuple[str, str], tuple[str, int]]  # (iso2, role) -> (name, inter)
    cues: PhraseMatcher  # value: cue kind
    sources: PhraseMatcher  # value: English source name
    countries: PhraseMatcher  # value: iso2
    country_info: dict[str, tuple[int, str]]  # iso2 -> (numeric iso, English name)
    nationalities: dict[str, str]  # adjective -> iso2
    capitals: dict[str, Place]  # iso2 -> where an event naming only the country is coded
    number_words: dict[str, frozenset[str]]  # before / after / year / to / toll_noun / reference / ... -> words
    marks: dict[str, tuple[str, int]]  # a word of a sentence's build ("ان", "وبعد") -> (kind, clitic letters)
    mark_openers: frozenset[str]  # first words of the marks of two words ("في" of "في حين")
    # keys of the groups named "تنظيم X" (actors.tsv), which a bare "التنظيم" (THE_ORG) points back to
    organisations: frozenset[str] = frozenset()


def world_countries() -> list[dict[str, str]]:
    """Every country's codes, English name and capital (data/world_countries.tsv, built from
    GeoNames by scripts/build_gazetteer.py); countries.tsv overrides with ACLED's spelling."""
    from importlib import resources
    text = resources.files("rasd.data").joinpath("world_countries.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def _capital(r) -> Place | None:
    if not r.get("latitude"):
        return None
    return Place(0, r["capital"], r["iso2"], r["country"], r.get("admin1", ""),
                 float(r["latitude"]), float(r["longitude"]), "country")


NO_ACCUSATIVE_ALIF = ("ة", "ا", "ى", "ي", "ء", "*")


def _with_accusative(entries):
    """Each one-word noun trigger also in its indefinite accusative ("انفجارا", "هجوما": the
    tanween is dropped by the normaliser, its alif stays) and its dual ("انفجارين", "غارتين",
    "الهجومان"), unless the lexicon lists that form."""
    entries = list(entries)
    listed = {norm(surface) for surface, _, _ in entries}
    for surface, value, extra in entries:
        word = norm(surface)
        yield surface, value, extra
        if extra[1] != "noun" or " " in word or word.endswith(NO_ACCUSATIVE_ALIF) or word.endswith("ات"):
            continue
        stem = word[:-1] + "ت" if word.endswith("ه") else word  # "غارة" -> "غارت-ين"
        forms = [stem + "ين", stem + "ان"] + ([] if word.startswith("ال") else [word + "ا"])
        for form in forms:
            if form not in listed:
                listed.add(form)
                yield form, value, extra


def _matcher(name: str, key: str, value: str, extra: tuple[str, ...] = ()) -> PhraseMatcher:
    rows = read_tsv(name, (key, value))
    return PhraseMatcher((r[key], r[value], tuple(r.get(e) for e in extra)) for r in rows)


def _split_triggers() -> dict[str, tuple[tuple[tuple[str, ...], str, str, int], ...]]:
    by_verb: dict[str, list[tuple[tuple[str, ...], str, str, int]]] = {}
    for r in read_tsv("split_triggers.tsv", ("verb", "object", "event_type", "sub_event_type", "weight")):
        by_verb.setdefault(norm(r["verb"]), []).append(
            (tuple(norm(r["object"]).split()), r["event_type"], r["sub_event_type"], int(r["weight"])))
    return {verb: tuple(sorted(objs, key=lambda o: -len(o[0]))) for verb, objs in by_verb.items()}


def _actor_periods() -> dict[str, tuple[tuple[dt.date, str, int | None], ...]]:
    periods: dict[str, list[tuple[dt.date, str, int | None]]] = {}
    for r in read_tsv("actor_periods.tsv", ("name", "from", "name_then")):
        try:
            start = dt.date.fromisoformat(r["from"])
            inter = int(r["inter"]) if r.get("inter") else None
        except ValueError as exc:
            raise LexiconError(f"actor_periods.tsv:{r.line}: {exc}") from exc
        periods.setdefault(r["name"], []).append((start, r["name_then"], inter))
    return {name: tuple(sorted(rows)) for name, rows in periods.items()}


@functools.cache
def load_lexicons() -> Lexicons:
    numbers = {norm(r["surface"]): (int(r["value"]), r["kind"])
               for r in read_tsv("numbers.tsv", ("surface", "value", "kind"))}
    names = {}
    for r in read_tsv("actor_names.tsv", ("key", "name", "inter")):
        names[r["key"]] = (r["name"], int(r["inter"]), r.get("iso2"))
    forces = {(r["iso2"], r["role"]): (r["name"], int(r["inter"]))
              for r in read_tsv("state_forces.tsv", ("iso2", "role", "name", "inter"))}
    organisations, organisation = set(), norm("تنظيم ")
    for r in read_tsv("actors.tsv", ("surface", "key")):
        base, _, iso = r["key"].partition("@")
        if norm(r["surface"]).startswith(organisation) and base in names:
            organisations.add(r["key"])
        known = base in names or base in ("FORCES", "WEAPON", "MINISTRY", "THE_ORG", "-") or (base in {"MIL", "POL", "GOV"} and (not iso or (iso, base) in forces))
        if not known:
            raise LexiconError(f"actors.tsv:{r.line}: key {r['key']!r} is not in actor_names.tsv "
                               "or state_forces.tsv")
    countries = read_tsv("countries.tsv", ("surface", "iso2", "iso", "country"))
    world = world_countries()
    marks = {clitic + norm(r["surface"]): (r["kind"], len(clitic))
             for r in read_tsv("marks.tsv", ("surface", "kind")) for clitic in ("", "و", "ف")}
    return Lexicons(
        months=_matcher("months.tsv", "surface", "month", ("calendar",)),
        weekdays=_matcher("weekdays.tsv", "surface", "weekday"),
        relative_days=_matcher("relative_days.tsv", "surface", "offset", ("precision",)),
        ordinals={norm(r["surface"]): int(r["day"]) for r in read_tsv("ordinals.tsv", ("surface", "day"))},
        numbers=numbers,
        number_pair_starts=frozenset(w.split(" ")[0] for w in numbers if " " in w),
        casualty_words=_matcher("casualty_words.tsv", "surface", "kind"),
        person_nouns={norm(r["surface"]): int(r["count"])
                      for r in read_tsv("person_nouns.tsv", ("surface", "count"))},
        victim_sides={norm(r["surface"]): r["side"] for r in read_tsv("victim_sides.tsv", ("surface", "side"))},
        police_nouns=frozenset(norm(r["surface"]) for r in read_tsv("victim_sides.tsv", ("surface", "side"))
                               if r.get("service") == "police"),
        triggers=PhraseMatcher(_with_accusative(
            (r["surface"], f"{r['event_type']}|{r['sub_event_type']}", (r["weight"], r.get("form", "")))
            for r in read_tsv("triggers.tsv", ("surface", "event_type", "sub_event_type", "weight")))),
        split_triggers=_split_triggers(),
        actors=_matcher("actors.tsv", "surface", "key", ("only_in",)),
        actor_names=names,
        state_forces=forces,
        home_names={r["key"]: r["home_name"] for r in read_tsv("actor_names.tsv") if r.get("home_name")},
        missions={r["iso2"]: r["name"] for r in read_tsv("peace_missions.tsv", ("iso2", "name"))},
        branches={(r["key"], iso): r["branch"] for r in read_tsv("branches.tsv", ("key", "iso2", "branch"))
                  for iso in r["iso2"].split()},
        actor_periods=_actor_periods(),
        air_forces=frozenset(r["key"] for r in read_tsv("actor_names.tsv") if r.get("air") == "yes"),
        insurgents=frozenset(r["key"] for r in read_tsv("actor_names.tsv") if r.get("insurgent") == "yes"),
        camps={r["name"]: r["camp"] for r in read_tsv("allies.tsv", ("name", "camp"))},
        cues=_matcher("cues.tsv", "surface", "kind"),
        sources=_matcher("sources.tsv", "surface", "source"),
        countries=PhraseMatcher([(r["surface"], r["iso2"], tuple((r.get("also") or "").split()))
                                 for r in countries] + [
            (r["surface"], r["iso2"], ("world",)) for r in read_tsv("country_names.tsv", ("surface", "iso2"))]),
        country_info={r["iso2"]: (int(r["iso"] or 0), r["country"]) for r in world + list(countries)},
        nationalities={norm(r["surface"]): r["iso2"]
                       for r in read_tsv("nationalities.tsv", ("surface", "iso2"))},
        number_words=_by_kind(read_tsv("number_words.tsv", ("surface", "kind"))),
        marks=marks,
        mark_openers=frozenset(k.partition(" ")[0] for k in marks if " " in k),
        organisations=frozenset(organisations),
        capitals={r["iso2"]: p for r in world + list(countries) if (p := _capital(r)) is not None},
    )
