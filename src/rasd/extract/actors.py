"""Actors: surface forms -> lexicon keys -> ACLED names in the event's country."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rasd.lexicons.load import Lexicons
from rasd.records import Actor, ActorMention, Match, Token

STATE_ROLES = ("MIL", "POL", "GOV")


OCCUPIER, OCCUPIER_HOME = "ISR", "IL"  # actors.tsv: "الاحتلال", "قوات الاحتلال" are Israel's forces in Arabic news


def find_actors(tokens: list[Token], span_of, lex: Lexicons,
                matches: list[Match] | None = None) -> list[ActorMention]:
    """Actor mentions; "forces" + a nationality adjective become that country's forces."""
    out = []
    consumed = -1  # a nationality word already read as part of the previous mention
    for m in lex.actors.find(tokens, span_of) if matches is None else matches:
        if m.first <= consumed:
            continue
        base, _, iso = m.value.partition("@")
        first_word = tokens[m.first].text
        of = (m.skip > 0 and first_word[:m.skip].endswith("ل")) or first_word.startswith(("لل", "ولل"))
        joined = m.skip > 0 and first_word.startswith("و")
        # ("الجيش الهندي", "جندي باكستاني": definite or not)
        after = _past_aircraft_model(tokens, m.last, lex) if base in STATE_ROLES + ("FORCES",) else m.last
        nationality = nationality_of(tokens[after].text, lex.nationalities) if after < len(tokens) else None
        end = after + 1  # the mention with its nationality word
        if base == "MINISTRY":  # "وزارة الدفاع الروسية": Russia's forces, where it tells their deeds
            if nationality is not None and nationality != "PS":
                out.append(ActorMention(m.first, end, span_of(m.first, end, 0), f"MIL@{nationality}", of=of,
                                        joined=joined, speaker=True))
                consumed = end - 1
            continue
        if nationality is None and base in STATE_ROLES + ("FORCES",) and not iso:
            nationality, end = _suspected_nationality(tokens, m.last, lex), m.last + 3
            if nationality is None and not first_word[m.skip:].startswith("ال"):
                nationality, end = _country_named_after(tokens, m.last, lex)
        if base == "FORCES" and nationality == "PS":
            continue  # "هجوم فلسطيني": Palestinians have no state forces ("the army" there is Israel's)
        if base == "WEAPON":
            # "صاروخ إيراني": Iran's forces fired it; not "إيراني الصنع", who made it, nor a nationality
            # only suspected ("صواريخ يرجح أنها أمريكية": ACLED leaves the attacker unidentified)
            if nationality is not None and nationality != "PS" and not (
                    end < len(tokens) and tokens[end].text in lex.number_words.get("made", ())):
                out.append(ActorMention(m.first, end, span_of(m.first, end, 0), f"MIL@{nationality}", of=of,
                                        joined=joined))
                consumed = end - 1
            continue
        if base == OCCUPIER and nationality and nationality != OCCUPIER_HOME:
            # "قوات الاحتلال التركي": an occupation word names Israel's forces unless another
            # country's follows it
            base = "FORCES"
        if base in STATE_ROLES + ("FORCES",) and not iso and nationality:
            role = "MIL" if base == "FORCES" else base
            out.append(ActorMention(m.first, end, span_of(m.first, end, 0), f"{role}@{nationality}", of=of, joined=joined))
            consumed = end - 1
            # "الجيشان الهندي والباكستاني", "القوات التركية والروسية": a second country's forces joined
            if end < len(tokens) and tokens[end].text.startswith("و") and (
                    other := nationality_of(tokens[end].text[1:], lex.nationalities)) and other != nationality:
                out.append(ActorMention(end, end + 1, span_of(end, end + 1, 0), f"{role}@{other}", joined=True))
                consumed = end
        elif base not in ("FORCES", "-"):  # "-": a name that only contains an actor's ("مجلس الأمن")
            out.append(ActorMention(m.first, m.last, m.span, m.value, m.extra[0] if m.extra else "", of, joined))
    return out


AIRCRAFT_MODEL_WORDS = 3  # "إف - 16", "F-16", "سوخوي 24"


def _past_aircraft_model(tokens: list[Token], at: int, lex: Lexicons) -> int:
    """Where the nationality word of "طائرات إف 16 العراقية" would be: past an aircraft's make
    (number_words.tsv: model; any word without Arabic letters)."""
    models = lex.number_words.get("model", frozenset())
    k = at
    while k < len(tokens) and k - at < AIRCRAFT_MODEL_WORDS and (
            tokens[k].text in models or not any("\u0621" <= ch <= "\u064a" for ch in tokens[k].text)):
        k += 1
    return k if k > at and k < len(tokens) and tokens[k].text not in models else at


COUNTRY_NAME_WORDS = 3  # the longest country name read after a forces noun ("جمهورية الكونغو الديمقراطية")


def _country_named_after(tokens: list[Token], at: int, lex: Lexicons) -> tuple[str | None, int]:
    """"غارة جوية شنها جيش ميانمار": the country a forces noun in construct is named with (the
    lexicons name most forces by the nationality adjective, "الجيش الهندي"), and where it ends."""
    named = next((c for c in lex.countries.find(tokens[at:at + COUNTRY_NAME_WORDS], lambda *a: None)
                  if c.first == 0 and c.skip == 0), None)
    return (named.value, at + named.last) if named is not None else (None, at + 1)


def _suspected_nationality(tokens: list[Token], at: int, lex: Lexicons) -> str | None:
    """"طائرات حربية يعتقد أنها روسية": the country whose forces they are suspected to be."""
    if at + 2 >= len(tokens):
        return None
    words = lex.number_words
    if tokens[at].text in words["suspected"] and tokens[at + 1].text in words["that_it"]:
        return lex.nationalities.get(tokens[at + 2].text)
    return None


def home_country(key: str, lex: Lexicons) -> str | None:
    """The country an actor key belongs to, if it says (used as article context)."""
    base, _, iso = key.partition("@")
    if iso:
        return iso
    if base in lex.actor_names:
        return lex.actor_names[base][2] or None
    return None


def resolve_actor(key: str, country_iso: str | None, lex: Lexicons) -> Actor | None:
    """The ACLED actor for ``key`` in an event located in ``country_iso``."""
    base, _, own = key.partition("@")
    base = lex.branches.get((base, country_iso or ""), base)  # "تنظيم القاعدة" in Mali: JNIM
    country = lex.country_info.get(country_iso or "", (0, None))[1]
    if base in STATE_ROLES:
        iso = own or country_iso
        found = lex.state_forces.get((iso or "", base)) or lex.state_forces.get((iso or "", "MIL"))
        if not found:
            # a country state_forces.tsv does not list: ACLED's plain pattern for its forces
            name_of = lex.country_info.get(iso or "", (0, None))[1]
            if not name_of:
                return None
            found = (f"{'Police' if base == 'POL' else 'Military'} Forces of {name_of}", 1)
        name, inter = found
        if country_iso and iso != country_iso:
            inter = 8  # a state's forces abroad are external forces
        return Actor(name, inter, lex.country_info.get(iso or "", (0, None))[1], key)
    name, inter, home = lex.actor_names[base]
    if "{mission}" in name:
        return Actor(lex.missions.get(country_iso or "", "UN: United Nations"), inter, country, key)
    if own:  # "CIV@IL": Israel's civilians, wherever the event is (a settler stabbed in the West Bank)
        country = lex.country_info.get(own, (0, None))[1] or country
    if "{country}" in name:
        if not country:
            return None
        name = name.replace("{country}", country)
    elif home and country_iso and inter == 8 and home == country_iso:
        inter = 1  # external forces at home are state forces
        name = lex.home_names.get(base, name)
    return Actor(name, inter, country, key)


def named_on(actor: Actor | None, day: dt.date | None, lex: Lexicons) -> Actor | None:
    """The actor under the name ACLED gave it on ``day`` (lexicons/actor_periods.tsv): Sudan's army
    is "(1989-2019)" under al-Bashir and "(2019-)" after him."""
    if actor is None or day is None or actor.name not in lex.actor_periods:
        return actor
    name, inter = actor.name, actor.inter
    for start, then, then_inter in lex.actor_periods[actor.name]:
        if day >= start:
            # a new kind, unless the forces act abroad (inter 8 whatever they are at home)
            name, inter = then, then_inter if then_inter is not None and actor.inter != 8 else inter
    return replace(actor, name=name, inter=inter)


def is_air_capable(key: str, lex: Lexicons) -> bool:
    """Who can fly a strike: a state's military, coalitions, foreign air forces."""
    base = key.partition("@")[0]
    return base == "MIL" or base in lex.air_forces


def nationality_of(word: str, nationality: dict[str, str]) -> str | None:
    """The country of a nationality word in either form ("لبنانية" / "اللبنانية"), in the
    plural of people ("الأردنيين", "السوريون": the singular's "ي" + "ين" / "ون") or the dual
    ("هنديان")."""
    if word.endswith(("يين", "يون", "يان")):
        word = word[:-2]
    return nationality.get(word) or nationality.get("ال" + word)
