from rasd.text.normalize import normalise
import pytest

from rasd.text.segment import dateline_end, split_sentences, tokenize


def test_digits_glued_to_words_are_split_into_tokens():
    toks = [t.text for t in tokenize(normalise("مقتل52 شخصا").text)]
    assert toks == ["مقتل", "52", "شخصا"]


def test_sentences_split_on_arabic_question_mark_and_newline_not_decimals():
    text = normalise("قتل 2.5 ألف؟ ثم هدأ الوضع\nوفي اليوم التالي").text
    sents = split_sentences(text, tokenize(text))
    assert len(sents) == 3


@pytest.mark.parametrize("text, first_after", [
    ("بيروت، لبنان (CNN)-- قتل ثلاثة أشخاص", "قتل"),
    ("(AFP)— أعلنت الشرطة", "اعلنت"),
    ("عمّان - العربية.نت: سقطت قذيفة", "سقطت"),
    ("طرابلس (أ ف ب) - اندلعت اشتباكات", "اندلعت"),
    ("دمشق - سانا: سقطت قذائف", "سقطت"),
    ("بغداد - رويترز قتل جندي", "قتل"),
])
def test_opening_dateline_is_found_before_the_first_word_of_the_story(text, first_after):
    norm = normalise(text).text
    tokens = tokenize(norm)
    assert tokens[dateline_end(norm, tokens)].text == first_after


@pytest.mark.parametrize("text", [
    "قتل 3 أشخاص (بينهم طفل) - في غارة على البلدة",
    "قتل 3 - AFP",
    "اندلعت اشتباكات في حلب",
])
def test_story_text_with_brackets_or_dashes_is_not_a_dateline(text):
    norm = normalise(text).text
    assert dateline_end(norm, tokenize(norm)) == 0
