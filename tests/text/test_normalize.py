import pytest
from hypothesis import given, strategies as st

from rasd.text.normalize import norm, normalise


@pytest.mark.parametrize("raw, expected", [
    pytest.param("أَعْلَنَ", "اعلن", id="diacritics-and-hamza"),
    pytest.param("قـــتل", "قتل", id="tatweel"),
    pytest.param("إسرائيل", "اسراييل", id="alef-and-ya-hamza"),
    pytest.param("مدينة", "مدينه", id="ta-marbuta"),
    pytest.param("مستشفى", "مستشفي", id="alef-maqsura"),
    pytest.param("٢٥ قتيلا", "25 قتيلا", id="arabic-indic-digits"),
    pytest.param("۱۴", "14", id="persian-digits"),
    pytest.param("“هجوم”", '"هجوم"', id="typographic-quotes"),
    pytest.param("ﻻ", "لا", id="lam-alef-ligature"),
    pytest.param("کرکوک", "كركوك", id="persian-kaf-and-ya"),
])
def test_normalise_table(raw, expected):
    assert normalise(raw).text == expected


def test_offsets_point_back_past_deleted_diacritics():
    raw = "قُتِلَ 25 عنصراً"
    n = normalise(raw)
    start = n.text.index("25")
    s, e = n.raw_span(start, start + 2)
    assert raw[s:e] == "25"


def test_ligature_expansion_maps_both_letters_to_one_raw_char():
    raw = "بﻻد"
    n = normalise(raw)
    assert n.text == "بلاد"
    assert n.raw_span(1, 3) == (1, 2)


arabicish = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩ ،.ﻻﺍ\u200f")), max_size=40)


@given(arabicish, st.data())
def test_any_normalised_span_renormalises_to_itself(raw, data):
    n = normalise(raw)
    assert len(n.to_raw) == len(n.text) + 1
    if not n.text:
        return
    a = data.draw(st.integers(0, len(n.text) - 1))
    b = data.draw(st.integers(a + 1, len(n.text)))
    s, e = n.raw_span(a, b)
    # the raw slice may carry extra deleted marks, never other letters
    assert normalise(raw[s:e]).text.strip() == n.text[a:b].strip() or n.text[a:b] in normalise(raw[s:e]).text


def test_norm_collapses_whitespace():
    assert norm("  قوات   النظام ") == "قوات النظام"
