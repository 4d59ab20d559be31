import pytest

from rasd.extract.numbers import find_casualties, read_numbers
from rasd.extract.triggers import find_casualty_words
from rasd.lexicons.load import load_lexicons
from rasd.records import Span
from rasd.text.normalize import normalise
from rasd.text.segment import tokenize

LEX = load_lexicons()


def span_of(f, l, skip=0):
    return Span(f, l, "")


def killed(text):
    toks = tokenize(normalise(text).text)
    words = find_casualty_words(toks, span_of, LEX)
    return sum(c.count for c in find_casualties(toks, 0, len(toks), span_of, LEX, words) if c.killed)


@pytest.mark.parametrize("text, value", [
    ("خمسة وعشرون", 25), ("ثلاث مئة", 300), ("خمسة عشر", 15), ("٢٥", 25), ("ألفين", 2000),
])
def test_number_words_are_read(text, value):
    assert read_numbers(tokenize(normalise(text).text), LEX)[0].value == value


@pytest.mark.parametrize("text, dead", [
    pytest.param("قتل 25 جنديا على الأقل", 25, id="at-least"),
    pytest.param("أسفر الهجوم عن مقتل سبعة مدنيين وإصابة عشرة آخرين", 7, id="wounded-excluded"),
    pytest.param("مقتل 20 عنصرا من الجيش مقابل 11 من المسلحين", 31, id="sides-summed"),
    pytest.param("مقتل 40 شخصا بينهم 12 طفلا", 40, id="breakdown-not-added"),
    pytest.param("سقط عشرات القتلى", 10, id="tens-is-ten"),
    pytest.param("أدى القصف إلى سقوط قتلى", 10, id="deaths-without-number"),
    pytest.param("قتل جندي في الانفجار", 1, id="singular-noun"),
    pytest.param("استشهاد شابين برصاص القوات", 2, id="dual-noun"),
    pytest.param("أوقع القصف قتيلين من المدنيين", 2, id="dual-killed-word"),
    pytest.param("أعلنت الشرطة مقتل عدد من المسلحين", 10, id="a-number-of-is-ten"),
    pytest.param("قتل عدة أشخاص في القصف", 10, id="several-is-ten"),
    pytest.param("انفجرت العبوة دون وقوع إصابات", 0, id="no-casualties"),
    pytest.param("أصيب 30 شخصا بجروح", 0, id="wounded-only"),
    pytest.param("قتل 5 أشخاص في عام 2017", 5, id="year-is-not-a-count"),
    pytest.param("قتل بضعة أشخاص في الانفجار", 10, id="a-few-is-ten"),
    pytest.param("قتل وأصيب عدد غير محدد من المارة", 10, id="killed-and-wounded-unspecified"),
    pytest.param("قتل 4 وأصيب عشرات في الانفجار", 4, id="wounded-tens-not-dead"),
    pytest.param("قتل مزارعان وأصيب ثالث بقذيفة", 2, id="nominative-dual"),
    pytest.param("قال الجيش إن جنديين قتلا في الكمين", 2, id="dual-verb"),
    pytest.param("قتل طالبان في الهجوم", 0, id="taliban-is-no-dual"),
    pytest.param("قتل مسلح 6 أشخاص وأصاب 9 آخرين بسكين", 6, id="active-wounded-verb"),
    pytest.param("قتلت الشرطة بالرصاص متظاهرين أحدهما طالب", 2, id="one-of-the-two"),
    pytest.param("قال الطبيب إن ستة عمال على الأقل قتلوا في الحريق المتعمد", 6, id="hedge-before-verb"),
    pytest.param("أكد المسعفون أن 14 شخصا تقريبا لقوا حتفهم", 14, id="about-before-verb"),
    pytest.param("قال المرصد إن سبعة مدنيين بينهم طفلان قتلوا جراء الغارات", 7, id="breakdown-before-verb"),
    pytest.param("قالت الوزارة إن 15 عنصرا من الشرطة قتلوا في الهجوم", 15, id="partitive-after-noun"),
    pytest.param("قتل ثلاثة مسلحين وجندي في اشتباك قرب الحدود", 4, id="noun-joined-to-a-count"),
    pytest.param("قتل 3 فلسطينيين وجرح 10 آخرون", 3, id="wounded-verb-joined-to-a-count"),
    pytest.param("أسفر القصف عن مقتل 5 مدنيين وتدمير 10 منازل", 5, id="destroyed-not-dead"),
    pytest.param("قتل 3 جنود وأحرقت 4 آليات في الكمين", 3, id="burnt-vehicles-not-dead"),
    pytest.param("أحرق المسلحون عشرات المنازل وقتلوا خمسة أشخاص", 5, id="burnt-homes-before-the-killing"),
    pytest.param("قتل 3 جنود وعنصرين من الشرطة في الهجوم", 5, id="dual-noun-joined"),
    pytest.param("اغتال مسلحون، مساء الاثنين، إماما في عدن", 1, id="assassinated-one"),
    pytest.param("نجا المحافظ من محاولة اغتيال في عدن", 0, id="assassination-attempt"),
    pytest.param("صدت القوات الهجوم وقتلت عددا من المهاجمين", 10, id="a-number-of-accusative"),
    pytest.param("استهدفت الوحدات تجمعات للمسلحين وقضت على عدد منهم", 10, id="eliminated-some-of-them"),
    pytest.param("تمكنت القوات من القضاء على 20 إرهابيا", 20, id="eliminated"),
    pytest.param("أكد الرئيس عزمه القضاء على الفساد", 0, id="eliminating-corruption"),
    pytest.param("قتل 4 أشخاص في قصف على البلدة، فيما قتل طفلان آخران في غارة", 6, id="others-killed-after"),
    pytest.param("قتل 4 أشخاص في قصف على البلدة، وقتل طفلان منهم تحت الأنقاض", 4, id="two-of-them-no-others"),
    pytest.param("أسفرت الاشتباكات عن مقتل 6 من الحوثيين وجنديين", 8, id="noun-joined-after-a-partitive"),
])
def test_fatalities_follow_acled_counting_rules(text, dead):
    assert killed(text) == dead


def test_number_word_with_conjunction_does_not_hang_issue_3():
    # regression: "وخمسة" as the first number word looped forever
    assert killed("قتل جنديان وخمسة مسلحين") >= 5


def test_digits_then_thousand_word_is_one_large_number_not_a_count():
    assert read_numbers(tokenize(normalise("40 ألف").text), LEX)[0].value == 40_000
    assert killed("أسفر النزاع عن سقوط نحو 40 ألف قتيل") == 0  # a running total, not an event toll


def test_a_toll_told_after_an_arrest_is_not_the_arrest_s(read):
    doc = read("ألقت الشرطة الإيرانية القبض على نحو 300 شخص في طهران يوم الثلاثاء. ولقي خمسة من عناصر الأمن حتفهم.")
    arrests = [c.event for c in doc.candidates if c.event.sub_event_type == "Arrests"]
    assert arrests and all(e.fatalities == 0 for e in arrests)


def test_a_toll_counted_over_weeks_is_a_running_total(read):
    doc = read("وخلال الأسابيع الماضية قتل 51 فلسطينيا برصاص الجيش الإسرائيلي في قطاع غزة.")
    assert all(f.fatalities == 0 for f in doc.frames[0])
    doc = read("قتل 5 فلسطينيين برصاص الجيش الإسرائيلي في قطاع غزة يوم الجمعة.")
    assert any(f.fatalities == 5 for f in doc.frames[0])
    # "after weeks of protests that killed some": those weeks' dead; "after months of calm" counts
    doc = read("وشهدت كربلاء أمس تظاهرة كبيرة، بعد أسابيع من الاحتجاجات التي أسفرت عن سقوط قتلى.")
    assert all(f.fatalities == 0 for f in doc.frames[0])
    doc = read("بعد أشهر من الهدوء، قتل خمسة أشخاص في انفجار عبوة ناسفة في بعقوبة أمس.")
    assert any(f.fatalities == 5 for f in doc.frames[0])


def test_a_toll_that_rises_to_a_number_replaces_the_earlier_one(read):
    doc = read("قتل 80 مدنيا في قصف لقوات النظام على مدينة دوما الاثنين وفق حصيلة سابقة. "
               "وارتفع عدد القتلى جراء القصف على مدينة دوما الاثنين إلى 100 مدني.")
    assert [c.event.fatalities for c in doc.candidates] == [100]
    # "إلى" with no toll phrase before it is no death count
    assert killed("قتل 5 أشخاص في انفجار في بغداد وسافر الوزير إلى 3 دول") == 5


def test_an_event_told_only_with_a_toll_since_raised_keeps_none_of_it(read):
    # the shelling's 40 is the strikes' earlier count: the raised toll counts the dead once
    doc = read("ارتفع عدد القتلى جراء الغارات على بلدة دوما الاثنين إلى 60 مدنيا. ويأتي ذلك بعد يوم "
               "دام في بلدة دوما قتل فيه جراء قصف مدفعي نحو 40 مدنيا، وفق حصيلة سابقة للمرصد.",
               published="2019-05-14")
    assert sorted(c.event.fatalities for c in doc.candidates) == [0, 60]
    # a first toll no later one replaces stands
    doc = read("قتل 40 مدنيا في قصف مدفعي على بلدة دوما يوم الاثنين، وفق حصيلة أولية.", published="2019-05-14")
    assert [c.event.fatalities for c in doc.candidates] == [40]


def test_a_campaign_total_after_a_dated_event_leaves_the_event_news(read):
    # "لترتفع الحصيلة منذ بدء الحملة": the campaign's total follows today's strike, which is news
    doc = read("قتل 12 مدنيا اليوم الخميس في غارات جوية على بلدة دوما في الغوطة الشرقية، لترتفع حصيلة "
               "القتلى منذ بدء الحملة إلى أكثر من 900.")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Duma", 12)]
    # the total told first, the day after it, stays background
    doc = read("وقتل نحو 1200 شخص منذ بداية العام في هجمات شنها مسلحون في ولاية زمفارا اليوم.")
    assert doc.events == []


def test_a_toll_of_a_series_or_of_recent_days_is_no_one_events(read):
    doc = read("قتل شرطي في هجوم على مركز للشرطة في مدينة سورابايا يوم الأربعاء. ويأتي الهجوم بعد "
               "سلسلة من التفجيرات في المدينة أسفرت عن مقتل 13 شخصا.", published="2018-05-16")
    assert doc.events and all(e.fatalities != 13 for e in doc.events)


def test_a_killed_person_named_with_a_possessive_is_one(read):
    doc = read("أطلق مسلحون النار على سيارة في مدينة درنة يوم الأربعاء مما أدى إلى مقتل سائقها.")
    assert [e.fatalities for e in doc.events] == [1]


@pytest.mark.parametrize("text, dead", [
    ("لقي القائد الميداني أبو علي مصرعه مع عدد من مرافقيه في الغارة", 11),
    ("قتل القائد الميداني وعدد من مرافقيه في تفجير استهدف موكبه", 11),
    ("قتل جندي وأصيب عدد من المدنيين في الهجوم", 1),  # the "some" were wounded
    ("قتل عدد من المسلحين في الاشتباكات", 10),
    ("قتل شاب و3 آخرون برصاص الجيش", 4),
    ("قتل مدني وثلاثة آخرون في القصف", 4),
    ("قتل جنديان و5 مسلحين في الاشتباك", 7),
    ("قتل شاب إلى جانب 10 آخرين برصاص الجيش", 11),
    ("قتل شاب إلى جانب حوالي 10 آخرين برصاص الجيش", 11),  # an estimate between
    ("قتل شاب إلى جانب أكثر من 10 آخرين برصاص الجيش", 11),
    ("قتل 3 مدنيين و5 آخرون", 8),  # numbers on both sides: as before
])
def test_one_named_dead_and_some_with_him_both_count(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("قتل 25 شخصا واعتقل 5000 آخرون خلال الاحتجاجات", 25),
    ("قتل 27 شخصا ونزح 2500 آخرون من القرى", 27),
    ("قتل 12 شخصا وخطف 30 آخرون في الهجوم على القرية", 12),
    ("اتهمت المنظمة القوات بقتل أكثر من مئتي مدني واغتصاب 120 امرأة", 200),
    ("قتل 232 مدنيا على الأقل وتعرضت 120 امرأة للاغتصاب", 232),
])
def test_the_held_displaced_abducted_and_raped_are_not_counted_as_dead(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("وذكرت الوكالة وقوع شهداء وجرحى جراء القصف", 10),  # the dead with no number: ACLED's 10
    ("سقط خمسة شهداء في القصف", 5),
])
def test_martyrs_with_no_number_are_acleds_vague_ten(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("قتل الجيش 11 جهاديا في كمين أسفر عن مقتل جندي", 12),  # the other side's dead are more
    ("قتلت الشرطة ثلاثة مسلحين بعد هجوم أدى إلى مقتل أحد عناصرها", 3),  # "عناصر" has no side
    ("قتل 7 مدنيين في القصف ومقتل طفل", 7),  # a child is one of the civilians
    ("قتل 5 أشخاص بينهم جندي", 5),  # among them
    ("قتل 4 جنود وقتل ضابط", 4),  # an officer may be one of the soldiers
    ("قتل 8 جنود في الهجوم كما قتل أحد المهاجمين", 9),
])
def test_a_singular_dead_of_the_other_side_adds_to_the_figure(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("أطلق الجنود النار على الشاب فقتله، إلى جانب حوالي 10 متظاهرين آخرين", 11),
    ("لقي الشاب مصرعه برصاص قناص", 1),
    ("وقتله الرصاص أمس", 1),
    ("لقي الحارسان مصرعهما في الهجوم", 2),
])
def test_a_killed_word_with_its_pronoun_counts_the_one_or_two_it_names(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("قال الجيش إن 30 من عناصر الميليشيات المسلحة المتمردة قتلوا في المواجهات", 30),  # four words after "من"
    ("أصابته رصاصتان فسقط صريعا على الفور", 1),
    ("سقط الحارسان صريعين أمام البوابة", 2),
])
def test_who_the_dead_were_may_take_four_words_and_fell_dead_counts_one_or_two(text, dead):
    assert killed(text) == dead


def test_a_casualty_word_after_the_noun_of_who_they_are_names_the_count():
    # "15 شرطيا جريحا" are wounded; "ثلاثة من عناصر الحراسة لقوا حتفهم" are dead
    assert killed("وقال المصدر إن ثلاثة من عناصر الحراسة لقوا حتفهم أيضا في الهجوم، مضيفا أن 15 شرطيا "
                  "جريحا نقلوا إلى المستشفى") == 3


@pytest.mark.parametrize("text, dead", [
    ("قتلت الشرطة أربعة مسلحين بعد هجوم على مركز للشرطة قضى فيه شرطي", 5),  # "فيه" stands between
    ("اندلعت اشتباكات قتل فيها متظاهر واحد وأصيب 25 آخرون", 1),  # "واحد" is one, not "و" + a count
])
def test_the_one_killed_after_in_it_and_a_number_word_starting_with_waw(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("قال الجيش إن مستوطنا قتل في هجوم بسكين شنه شاب فلسطيني قتل بالرصاص لاحقا", 2),  # two named anew
    ("قتل شاب في الهجوم وقد قتل الشاب برصاصة في رأسه", 1),  # "the young man" is the one told before
    ("لقي طفل حتفه في القصف ولقي طفل حتفه", 1),  # the same noun may be the same child
])
def test_a_second_dead_named_anew_adds_to_the_first(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("قتل قناص طفلا قرب المدرسة", 1),  # verb, subject, then the one killed
    ("اغتال مسلحون مجهولون قياديا في الحزب", 1),  # an assassination kills the one it names
    ("اغتيل القيادي أمام منزله", 1),
    ("نجا المحافظ من محاولة اغتيال استهدفت موكبه", 0),  # an attempt kills no one
    ("أحبطت الشرطة محاولة لاغتيال القاضي", 0),
    ("قتل الطفل في القصف", 1),  # a definite noun after the verb is the one killed
])
def test_the_one_a_killing_verb_names_as_its_object_or_an_assassination_named(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("قتلت امرأة وطفلاها في القصف", 3),  # her two children: a dual before its possessive
    ("قتل شاب وطفل في الغارة", 2),
    ("قتل جندي وأصيب آخر في الانفجار", 1),  # the one joined was wounded
])
def test_those_joined_by_and_to_a_named_dead_died_too(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    pytest.param("قتل ثمانية أشخاص من عائلة واحدة في غارة على القرية", 8, id="one-family"),
    pytest.param("لقي 6 جنود حتفهم دفعة واحدة في الكمين", 6, id="at-once"),
    pytest.param("قتل جندي واحد وأصيب ثلاثة في الهجوم", 1, id="one-soldier"),
    pytest.param("أعلن المرصد مقتل مدنيين اثنين في القصف", 2, id="two-civilians"),
    pytest.param("قالت الشرطة إن اثنين من الجنود قتلوا في الحادث", 2, id="two-after-that"),
    pytest.param("قتل منهم اثنان في الحادث", 2, id="two-of-them"),
    pytest.param("قالت المعارضة إن قوات الأمن قتلت متظاهرين اثنين في المدينة", 2, id="two-protesters"),
])
def test_one_after_a_noun_that_is_not_of_people_is_its_adjective(text, dead):
    assert killed(text) == dead


def test_a_count_joined_by_and_after_who_the_first_were_adds_to_them():
    assert killed("قتل فيها ستة عناصر من قوات النظام وأربعة مقاتلين من الفصائل") == 10

