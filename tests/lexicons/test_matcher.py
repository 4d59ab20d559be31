import json
from pathlib import Path

import pytest

from rasd.lexicons.load import LexiconError, PhraseMatcher
from rasd.pipeline import MATCHED, load_resources
from rasd.records import Span
from rasd.text.normalize import normalise
from rasd.text.segment import tokenize

ROOT = Path(__file__).resolve().parents[2]


def tokens(text):
    return tokenize(normalise(text).text)


def span_of(f, l, skip=0):
    return Span(f, l, str(skip))


def test_longest_match_wins_and_clitic_is_skipped_in_the_span():
    m = PhraseMatcher([("قوات النظام", "A", ()), ("النظام", "B", ())])
    (hit,) = m.find(tokens("وقصفت بقوات النظام"), span_of)
    assert (hit.value, hit.first, hit.last, hit.span.text) == ("A", 1, 3, "1")


def test_lam_alef_lam_is_read_as_the_article():
    m = PhraseMatcher([("الجيش", "MIL", ())])
    assert [h.value for h in m.find(tokens("للجيش"), span_of)] == ["MIL"]


def test_star_matches_any_ending_of_the_last_word():
    m = PhraseMatcher([("اشتباك*", "clash", ())])
    assert len(m.find(tokens("اشتباكات واشتباكين"), span_of)) == 2


def test_star_inside_a_pattern_is_rejected():
    with pytest.raises(LexiconError):
        PhraseMatcher([("قبض* على", "x", ())])


def test_one_pass_matcher_equals_each_lexicon_run_alone():
    res = load_resources()
    texts = [json.loads(x)["text"] for x in (ROOT / "examples" / "articles.jsonl").open(encoding="utf-8")]
    texts.append("شنت طائرات التحالف بقيادة السعودية غارات على مواقع للحوثيين في صعدة أمس الأربعاء "
                 "ما أسفر عن مقتل 12 مسلحا، وفق وكالة سبأ، بينما نفت الجماعة ذلك في 3 نيسان")
    for text in texts:
        toks = tokens(text)
        together = res.matcher.find_all(toks, span_of)
        for name in MATCHED:
            assert together[name] == getattr(res.lex, name).find(toks, span_of), name
        assert together["places"] == res.gazetteer.matcher.find(toks, span_of)


def test_a_phrase_listed_twice_with_different_meanings_is_an_error():
    with pytest.raises(LexiconError, match="listed twice"):
        PhraseMatcher([("تبنى", "agent", ()), ("تبنى", "claim", ())])
