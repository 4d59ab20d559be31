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


def test_the_per_word_cache_is_emptied_when_full_and_matching_goes_on(monkeypatch):
    from rasd.lexicons import load as lexload
    from rasd.pipeline import load_resources, run
    from rasd.records import Article
    res = load_resources()
    monkeypatch.setattr(lexload, "WORD_CACHE_MAX", 5)
    # two articles of 40 distinct made-up words each: without a bound the cache would hold 80
    for n in range(2):
        words = [a + b + c for a in "سشص" for b in "قفغ" for c in "لمنه"[n * 2:n * 2 + 2]]
        words += [w + "ات" for w in words] + [w + "ون" for w in words]
        run(Article(id=f"w{n}", text=" ".join(words[:40])), res)
    assert len(res.matcher._viable) <= 5 + 40
    text = "قصفت الطائرات مواقع في مدينة إدلب وقتل ثلاثة مدنيين"
    assert [e.location for e in run(Article(id="c", text=text), res).events] == ["Idlib"]
