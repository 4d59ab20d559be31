"""The toll options each candidate event gets (choose/tolls.py), on sentences of our own."""


def option(candidate, value):
    return next(o for o in candidate.tolls if o.value == value)


def test_a_count_said_beside_an_event_word_names_that_event_as_its_cause(read):
    doc = read("هاجم مقاتلو حركة طالبان مدينة غزني فجر الجمعة واندلعت اشتباكات مع القوات الأفغانية. "
               "وقال متحدث إن 14 من عناصر الأمن قتلوا في المعارك، فيما شنت طائرات أمريكية غارات على مواقع "
               "الحركة في ولاية زابل.", published="2018-08-12")
    by_type = {c.event.event_type: c for c in doc.candidates}
    battle, strike = by_type["Battles"], by_type["Explosions/Remote violence"]
    assert option(battle, 14).features["cause_its_type"] == 1.0
    assert option(strike, 14).features["cause_other_type"] == 1.0
    assert option(strike, 0).features["none"] == 1.0
