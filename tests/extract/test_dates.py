import datetime as dt

import pytest

from rasd.extract.dates import find_dates, find_publication_date, last_weekday
from rasd.lexicons.load import load_lexicons
from rasd.records import Span
from rasd.text.normalize import normalise
from rasd.text.segment import tokenize

PUB = dt.date(2019, 5, 16)  # a Thursday


def dates_in(text, pub=PUB):
    n = normalise(text)
    toks = tokenize(n.text)
    span_of = lambda f, l, skip=0: Span(0, 0, "")  # noqa: E731 - offsets are tested elsewhere
    return [(d.date, d.precision) for d in find_dates(toks, n.text, span_of, load_lexicons(), pub)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("هجوم وقع يوم أمس الأربعاء", dt.date(2019, 5, 15), id="yesterday-with-weekday"),
    pytest.param("قصف فجر اليوم", dt.date(2019, 5, 16), id="dawn-today"),
    pytest.param("غارات مساء الثلاثاء", dt.date(2019, 5, 14), id="weekday-this-week"),
    pytest.param("معارك يوم الخميس", dt.date(2019, 5, 16), id="weekday-is-publication-day"),
    pytest.param("غارات قرب سوق الاثنين يوم الثلاثاء", dt.date(2019, 5, 14), id="market-named-for-a-day-is-not-a-date"),
    pytest.param("هجوم ليل السبت-الأحد", dt.date(2019, 5, 11), id="night-of-two-days-is-the-first"),
    pytest.param("في 12 نيسان الماضي", dt.date(2019, 4, 12), id="levantine-month"),
    pytest.param("في 12 أبريل", dt.date(2019, 4, 12), id="egyptian-month"),
    pytest.param("يوم 12 أفريل", dt.date(2019, 4, 12), id="maghrebi-month"),
    pytest.param("يوم ١٢ أيار ٢٠١٩", dt.date(2019, 5, 12), id="arabic-indic-digits"),
    pytest.param("في 14 تشرين الأول/أكتوبر من العام الماضي", dt.date(2018, 10, 14), id="two-month-names"),
    pytest.param("بتاريخ 2019/05/10", dt.date(2019, 5, 10), id="numeric-date"),
    pytest.param("في 20 ديسمبر", dt.date(2018, 12, 20), id="month-after-publication-is-last-year"),
    pytest.param("في الثامن من الشهر الجاري", dt.date(2019, 5, 8), id="ordinal-day-of-this-month"),
    pytest.param("يوم 20 من الشهر الماضي", dt.date(2019, 4, 20), id="day-of-last-month"),
])
def test_date_expression_resolves_against_publication(text, expected):
    assert dates_in(text)[0][0] == expected


def test_relative_weekday_resolves_to_previous_day_of_pub_date():
    assert last_weekday(2, PUB) == dt.date(2019, 5, 15)  # Wednesday before Thursday
    assert last_weekday(3, PUB) == PUB


def test_weekday_beside_today_wins_when_publication_is_a_day_late():
    # published Thursday 16 May; "today, Wednesday" means the 15th
    assert dates_in("شن المسلحون اليوم، الأربعاء، هجوما") == [(dt.date(2019, 5, 15), 1)]


def test_weekday_in_next_sentence_does_not_join_relative_word():
    assert [d for d, _ in dates_in("قتل اليوم.\nالأربعاء")] == [dt.date(2019, 5, 16), dt.date(2019, 5, 15)]


def test_last_week_has_week_precision():
    assert dates_in("خلال الأسبوع الماضي")[0] == (dt.date(2019, 5, 9), 2)


def test_hijri_date_with_day_and_year_converts_to_gregorian():
    (date, precision), = dates_in("في 10 رمضان 1440 هـ")
    assert date == dt.date(2019, 5, 15) and precision == 1


def test_hijri_month_name_alone_is_not_a_date():
    assert dates_in("قال رجب طيب أردوغان") == []


def test_relative_date_without_publication_is_unresolved():
    assert dates_in("وقع الهجوم أمس", pub=None) == [(None, 1)]


def test_publication_date_comes_from_a_date_line():
    n = normalise("قصف أمس.\nالخميس 19 نيسان 2018")
    mentions = find_dates(tokenize(n.text), n.text, lambda f, l, s=0: Span(0, 0, "x 2018"),
                          load_lexicons(), None)
    assert find_publication_date(mentions) == dt.date(2018, 4, 19)


def test_that_day_is_the_last_day_named_however_long_ago(read):
    doc = read("نظرت محكمة ليبية في قضية مقتل متظاهرين يوم 21 آب/أغسطس 2011.\n"
               "ويومها قتل مسلحون 20 محتجا في مدينة مصراتة.", published="2018-08-16")
    assert doc.candidates == []
    doc = read("شهدت مدينة البصرة يوم الجمعة مظاهرات واسعة. ويومها قتل ثلاثة محتجين برصاص الشرطة في المدينة.",
               published="2019-05-18")
    assert "2019-05-17" in {c.event.event_date for c in doc.candidates}


def test_a_year_centuries_ago_is_background_but_a_hijri_year_of_ours_is_not(read):
    doc = read("حاصر ملك إنجلترا مدينة كاليه عام 1347 وأمر بقتل ستة من كبار مواطنيها.", published="2018-07-30")
    assert all("background" in f.flags for f in doc.frames[0])
    doc = read("قتل خمسة أشخاص في انفجار في مدينة الموصل اليوم في شهر رمضان عام 1439.", published="2018-05-24")
    assert doc.frames[0] and not any("background" in f.flags for f in doc.frames[0])


def test_two_days_before_something_else_is_not_two_days_ago(read):
    doc = read("أصيب 19 شخصا في تفجير انتحاري استهدف مخازن في مدينة كركوك، قبل يومين على إعادة فرز الأصوات.",
               published="2018-07-01")
    assert {c.event.event_date for c in doc.candidates} == {"2018-07-01"}


@pytest.mark.parametrize("text, expected", [
    # a month named as past is the last such month, to the month
    pytest.param("وفي فبراير الماضي قتل مسلح امرأة", (dt.date(2019, 2, 1), 3), id="last-february"),
    pytest.param("في فبراير/شباط المنصرم", (dt.date(2019, 2, 1), 3), id="two-month-names"),
    pytest.param("في مايو الماضي", (dt.date(2018, 5, 1), 3), id="this-month-named-as-past-is-last-year"),
    # a day written as an ordinal dates the event to the day
    pytest.param("قتل ثلاثة في الخامس من مايو", (dt.date(2019, 5, 5), 1), id="fifth-of-may"),
    pytest.param("وفي الأول من تشرين الثاني/نوفمبر قتل ثلاثة", (dt.date(2018, 11, 1), 1), id="first-of-november-last-year"),
    pytest.param("في الحادي والعشرين من أبريل", (dt.date(2019, 4, 21), 1), id="twenty-first"),
    # "in recent days": the middle of the week before publication, to the week
    pytest.param("وقعت هجمات في الأيام الأخيرة", (dt.date(2019, 5, 13), 2), id="recent-days"),
])
def test_months_named_as_past_ordinal_days_and_recent_days(text, expected):
    assert dates_in(text) == [expected]


def test_a_bare_month_name_is_no_date():
    assert dates_in("في فبراير قتل مسلح امرأة") == []


@pytest.mark.parametrize("pub, saturday", [
    (dt.date(2019, 5, 16), dt.date(2019, 5, 11)),  # a Thursday: the Saturday five days before
    (dt.date(2019, 5, 13), dt.date(2019, 5, 11)),  # a Monday: two days before
    (dt.date(2019, 5, 18), dt.date(2019, 5, 11)),  # a Saturday: the weekend before, not that day
])
def test_last_weekend_is_its_saturday_to_the_week(pub, saturday):
    assert dates_in("قتل عشرات في هجمات على قرى نهاية الأسبوع الماضي", pub) == [(saturday, 2)]


@pytest.mark.parametrize("text", ["شنت غارة ليل الثلاثاء الأربعاء", "شنت غارة ليلة الثلاثاء على الأربعاء",
                                  "شنت غارة ليل الثلاثاء-الأربعاء"])
def test_a_night_of_two_days_is_one_date_its_first_day(text):
    assert dates_in(text) == [(dt.date(2019, 5, 14), 1)]


def test_two_weekdays_not_a_night_are_two_dates():
    assert dates_in("قتل يوم الثلاثاء وجرح الأربعاء") == [(dt.date(2019, 5, 14), 1), (dt.date(2019, 5, 15), 1)]


def test_the_past_two_days_are_yesterday_to_the_week():
    assert dates_in("نفذت القوات خلال اليومين الماضيين عمليات في المنطقة") == [(dt.date(2019, 5, 15), 2)]


@pytest.mark.parametrize("text, expected", [
    ("وقع انفجار قبل ساعات في السوق", [(dt.date(2019, 5, 16), 1)]),
    ("وقع انفجار قبل ساعات من بدء القمة", []),  # hours before something else: no date of its own
    ("أغلق المتظاهرون الطريق الليلة قبل الماضية", [(dt.date(2019, 5, 14), 1)]),
    ("قتل جندي أمس الأول", [(dt.date(2019, 5, 14), 1)]),
    ("اعتقلت الشرطة خمسة أشخاص الأسبوع المنصرم", [(dt.date(2019, 5, 9), 2)]),
])
def test_more_ways_of_saying_how_long_ago(text, expected):
    assert dates_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("هاجم مسلحون قاعدة عسكرية في نهاية الأسبوع", [(dt.date(2019, 5, 11), 2)]),
    ("يعتزم المحتجون التظاهر في نهاية الأسبوع المقبل", [(dt.date(2019, 5, 23), 2)]),  # after publication
])
def test_the_weekend_is_the_last_one_unless_it_is_to_come(text, expected):
    assert dates_in(text) == expected


def test_last_weekday_said_on_that_weekday_is_a_week_ago():
    assert dates_in("قتل جندي يوم الخميس الماضي") == [(dt.date(2019, 5, 9), 1)]  # PUB is a Thursday
    assert dates_in("قتل جندي يوم الخميس") == [(dt.date(2019, 5, 16), 1)]
    assert dates_in("قتل جندي يوم الثلاثاء الماضي") == [(dt.date(2019, 5, 14), 1)]
    assert dates_in("قتل جندي يوم الخميس الماضي", pub=None) == [(None, 1)]  # no publication day: unresolved


def test_until_today_is_no_day():
    assert dates_in("ولا يزال مصير المخطوفين مجهولا حتى اليوم") == []
