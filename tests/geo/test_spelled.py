"""Towns the gazetteer has no Arabic name for, found by the sound of their Latin name."""
import pytest

from rasd.geo.spelled import arabic_sounds, latin_sounds, town_sounding
from rasd.text.normalize import norm


@pytest.mark.parametrize("arabic, latin", [
    ("جرادة", "Jerada"), ("دابتشي", "Dapchi"), ("كوراشيكي", "Kurashiki"), ("بوفاريك", "Boufarik"),
    ("أغبالة", "Aghbala"), ("شيكاغو", "Chicago"),
])
def test_an_arabic_spelling_and_the_latin_name_sound_alike(arabic, latin):
    assert arabic_sounds(norm(arabic)) == latin_sounds(latin)


def test_a_name_that_opens_with_a_vowel_sounds_unlike_one_that_opens_with_a_consonant():
    assert arabic_sounds(norm("روسيون")) != latin_sounds("Hirson")
    assert arabic_sounds(norm("جبالة")) != latin_sounds("Aghbala")


def test_the_one_town_of_the_country_that_sounds_so():
    place = town_sounding(norm("جرادة"), "MA", "Morocco")
    assert (place.name, place.admin1, place.country, place.kind) == ("Jerada", "Oriental", "Morocco", "city")
    assert abs(place.latitude - 34.31) < 0.05 and abs(place.longitude + 2.16) < 0.05
    assert town_sounding(norm("جرادة"), "TN", "Tunisia") is None  # no town of Tunisia sounds so
    assert town_sounding(norm("أمن"), "EG", "Egypt") is None  # two consonants tell too little
    # ... but after an opening vowel they do for a town of some size: Afgooye, Somalia
    assert town_sounding(norm("أفجوي"), "SO", "Somalia").name == "Afgooye"


def test_a_town_named_after_a_place_noun_in_its_country_places_the_event(read):
    (c,) = read("تظاهر مئات المواطنين في مدينة جرادة شرقي المغرب للمطالبة ببديل اقتصادي.",
                published="2018-03-14").candidates
    assert (c.event.location, c.event.admin1, c.event.country, c.event.geo_precision) == (
        "Jerada", "Oriental", "Morocco", 1)
    doc = read("قتل شخصان في هجوم بسكين في مدينة كوراشيكي اليابانية.", published="2018-04-10")
    assert [p.place.name for p in doc.places] == ["Kurashiki"]


@pytest.mark.parametrize("text", [
    "تظاهر العشرات في مدينة كبيرة شمال المغرب.",  # a word of the language, no big town sounds so
    "تظاهر المئات في مدينة سانت بول في ولاية مينيسوتا الأمريكية.",  # one word of a name of two
    "تجوب الفرقة الكندية عشرين مدينة عالمية هذا الصيف.",  # "global": no Alma, Quebec
])
def test_no_town_is_found_by_the_sound_of_a_word_or_half_a_name(read, text):
    doc = read(text, published="2018-03-14")
    assert not any(p.place.kind == "city" and p.place.geonameid > 0 for p in doc.places)
