import csv
import re
from pathlib import Path

import pytest

from rasd.lexicons.load import LexiconError, data_path, load_lexicons, read_tsv

LEXDIR = Path(data_path("triggers.tsv")).parent
SUB_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"],
}
# reached through refinement of another trigger, not a trigger of their own
DERIVED = {"Government regains territory", "Non-state actor overtakes territory",
           "Protest with intervention", "Excessive force against protesters"}


@pytest.mark.parametrize("path", sorted(LEXDIR.glob("*.tsv")), ids=lambda p: p.name)
def test_lexicon_files_hold_no_diacritics_tatweel_or_presentation_forms(path):
    bad = re.compile("[\u064B-\u065F\u0670\u0640\uFB50-\uFDFF\uFE70-\uFEFF]")
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert not bad.search(line), f"{path.name}:{n}"


def test_every_acled_sub_event_type_has_a_trigger_or_a_rule():
    rows = read_tsv("triggers.tsv", ("surface", "event_type", "sub_event_type", "weight"))
    have = {(r["event_type"], r["sub_event_type"]) for r in rows}
    for t, subs in SUB_TYPES.items():
        for sub in subs:
            assert (t, sub) in have or sub in DERIVED, (t, sub)
    notes = {r["sub_event_type"] for r in read_tsv("note_phrases.tsv")}
    assert all(sub in notes for subs in SUB_TYPES.values() for sub in subs)


def test_lexicons_load_and_actor_keys_resolve():
    lex = load_lexicons()
    assert lex.actor_names and lex.state_forces


def test_admin1_table_spells_regions_as_acled_does():
    rows = list(csv.DictReader((LEXDIR / "admin1.tsv").open(encoding="utf-8"), delimiter="\t"))
    names = {(r["iso2"], r["acled_admin1"]) for r in rows}
    for expected in [("SY", "Deir-ez-Zor"), ("SY", "Rural Damascus"), ("IQ", "Sala al-Din"),
                     ("YE", "Amanat al Asimah"), ("PS", "Gaza Strip"), ("IL", "HaDarom")]:
        assert expected in names


def test_bad_lexicon_line_names_file_and_line(tmp_path, monkeypatch):
    import rasd.lexicons.load as load
    bad = tmp_path / "broken.tsv"
    bad.write_text("surface\tkey\nقَتل\tX\n", encoding="utf-8")
    monkeypatch.setattr(load, "data_path", lambda name: bad)
    load.read_tsv.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"broken.tsv:2"):
            load.read_tsv("broken.tsv", ("surface",))
    finally:
        load.read_tsv.cache_clear()



@pytest.mark.parametrize("dual, single", [("انفجارين", "انفجار"), ("غارتين", "غارة"), ("الهجومان", "الهجوم")])
def test_a_noun_trigger_is_found_in_its_dual(read, dual, single):
    def found(word):
        return [t.sub_event_type for t in read(f"وقع {word} في البلدة").triggers]
    assert found(dual) and found(dual) == found(single)
