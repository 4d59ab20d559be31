"""Villages and districts the gazetteer lacks, named as such beside their province."""
from rasd.choose.decide import decide


def unlisted(doc):
    return [(p.span.text, p.place.admin1, p.precision) for p in doc.places if p.place.kind == "unlisted"]


def test_a_district_the_gazetteer_lacks_is_kept_at_the_province_its_sentence_names(read):
    doc = read("قصفت مدفعية التحالف الأربعاء مواقع المتمردين في مديرية برقان بمحافظة صعدة")
    assert unlisted(doc) == [("برقان", "Sadah", 3)]
    [event] = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert (event.location, event.admin1, event.geo_precision) == ("برقان", "Sadah", 3)


def test_two_districts_of_one_province_stay_two_events(read):
    doc = read("قصفت مدفعية التحالف الأربعاء مواقع المتمردين في مديريتي برقان وسحمر بمحافظة صعدة")
    assert [name for name, _, _ in unlisted(doc)] == ["برقان", "سحمر"]
    assert {"برقان", "سحمر"} <= {c.event.location for c in doc.candidates}
    # sharing the province's point does not make one the other's retelling
    kept = decide(doc.candidates, None, threshold=0.5, probabilities=[0.9] * len(doc.candidates))
    assert {"برقان", "سحمر"} <= {doc.candidates[i].event.location for i, _, _ in kept}


def test_a_two_word_name_and_a_list_after_villages_and_farms(read):
    doc = read("أعلن الجيش السيطرة على قرى ومزارع زحلوطة وبيت ذروان في ريف دمشق")
    assert [name for name, _, _ in unlisted(doc)] == ["زحلوطة", "بيت ذروان"]


def test_a_name_after_a_village_noun_takes_no_joined_preposition(read):
    # "مديرية برقان" is not "ب" + Reggane (Algeria)
    doc = read("وفي مديرية برقان التابعة لمحافظة صعدة سقطت قذائف")
    assert "Reggane" not in [p.place.name for p in doc.places]
    assert unlisted(doc) == [("برقان", "Sadah", 3)]


def test_no_province_in_the_sentence_no_place(read):
    doc = read("قصفت مدفعية التحالف الأربعاء مواقع المتمردين في مديرية برقان")
    assert unlisted(doc) == []


def test_a_name_its_adjective_puts_in_another_country_is_not_in_the_province(read):
    doc = read("وعقد الاجتماع في دمشق بعد اجتماع سابق في مدينة ملهط السويسرية")
    assert unlisted(doc) == []


def test_adjectives_plurals_and_clauses_after_a_village_noun_are_no_names(read):
    doc = read("قصفت الطائرات مناطق حدودية ومناطق يسيطر عليها المتمردون وقرى مجاورة في محافظة صعدة")
    assert unlisted(doc) == []
    doc = read("استعادت القوات قرى مطلة على مركز مديرية سحمر المتاخمة لمحافظة صعدة")
    assert [name for name, _, _ in unlisted(doc)] == ["سحمر"]


def test_the_same_name_in_the_same_province_is_the_same_place_in_every_article(read):
    a = read("قصفت مدفعية التحالف مواقع في مديرية برقان بمحافظة صعدة", id="a")
    b = read("وفي مديرية برقان التابعة لمحافظة صعدة سقطت قذائف", id="b")
    assert unlisted(a)[0][0] == unlisted(b)[0][0]
    assert [p.place.geonameid for p in a.places if p.place.kind == "unlisted"] == \
        [p.place.geonameid for p in b.places if p.place.kind == "unlisted"]


def test_a_front_a_desert_and_a_port_name_their_place(read):
    doc = read("دارت معارك عنيفة الأربعاء على جبهة سمرقوشة جنوب محافظة مأرب")
    assert unlisted(doc) == [("سمرقوشة", "Marib", 3)]


def test_a_counted_village_noun_names_no_place(read):
    doc = read("بنيت نحو 140 مستوطنة بنيت في الضفة الغربية")
    assert unlisted(doc) == []


def test_a_word_after_a_name_is_not_joined_to_it(read):
    doc = read("تقدمت القوات على جبهات سمرقوشة (وسط) في محافظة مأرب")
    assert [name for name, _, _ in unlisted(doc)] == ["سمرقوشة"]


def test_a_village_at_its_provinces_point_is_no_retelling_of_a_town_there(read):
    doc = read("شنت طائرات التحالف الأربعاء غارات على مدينة صعدة.\n"
               "وشنت طائرات التحالف الأربعاء غارات على مواقع في مديرية برقان بمحافظة صعدة.")
    assert {"Sadah", "برقان"} <= {c.event.location for c in doc.candidates}
    kept = decide(doc.candidates, None, threshold=0.5, probabilities=[0.9] * len(doc.candidates))
    assert {"Sadah", "برقان"} <= {doc.candidates[i].event.location for i, _, _ in kept}


def test_a_town_measured_from_a_verb_clause_and_a_department_are_no_villages(read):
    doc = read("انفجرت عبوة ناسفة يوم الأربعاء في الزبير على بعد 40 كم جنوب غربي مدينة البصرة")
    assert unlisted(doc) == []
    doc = read("أطلقت القوات النار على متظاهرين في منطقة تقطنها قبيلة كبيرة قرب مدينة الموصل")
    assert unlisted(doc) == []
    doc = read("قالت دائرة سمرقوشة في محافظة مأرب إن الهجوم فشل")
    assert unlisted(doc) == []


def test_a_three_word_name_after_two_name_prefixes(read):
    doc = read("فجرت انتحارية نفسها في بلدة خان بني زحلوطة بمحافظة ديالى يوم الأربعاء")
    assert [name for name, _, _ in unlisted(doc)] == ["خان بني زحلوطة"]
