from rasd.text.normalize import normalise
from rasd.text.segment import split_sentences, tokenize


def test_digits_glued_to_words_are_split_into_tokens():
    toks = [t.text for t in tokenize(normalise("مقتل52 شخصا").text)]
    assert toks == ["مقتل", "52", "شخصا"]


def test_sentences_split_on_arabic_question_mark_and_newline_not_decimals():
    text = normalise("قتل 2.5 ألف؟ ثم هدأ الوضع\nوفي اليوم التالي").text
    sents = split_sentences(text, tokenize(text))
    assert len(sents) == 3
