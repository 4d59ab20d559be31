import pytest

from rasd.extract.actors import find_actors, resolve_actor
from rasd.lexicons.load import load_lexicons
from rasd.records import Span
from rasd.text.normalize import normalise
from rasd.text.segment import tokenize

LEX = load_lexicons()


def keys(text):
    toks = tokenize(normalise(text).text)
    return [a.key for a in find_actors(toks, lambda f, l, s=0: Span(f, l, ""), LEX)]


def test_surface_forms_collapse_to_one_actor():
    assert keys("هاجم تنظيم الدولة الإسلامية") == keys("هاجم داعش") == ["IS"]


def test_attached_preposition_is_stripped_from_actor():
    assert keys("غارات لطيران التحالف") == ["COAL"]


def test_generic_forces_with_nationality_are_that_countrys_forces():
    assert keys("قتل الجنود السودانيين") == ["MIL@SD"]


@pytest.mark.parametrize("text, key", [
    ("استهدفت طائرة مسيرة تركية سيارة", "MIL@TR"),
    ("قصفت المدفعية الأردنية مواقع المهربين", "MIL@JO"),
    ("شنت مقاتلات إسرائيلية غارات", "MIL@IL"),
])
def test_aircraft_and_guns_with_a_nationality_are_that_countrys_forces(text, key):
    assert keys(text) == [key]


def test_aircraft_with_no_nationality_name_no_one():
    assert keys("سقطت طائرة في البحر") == []


def test_generic_army_takes_the_event_country():
    assert resolve_actor("MIL", "IQ", LEX).name == "Military Forces of Iraq (2014-)"


def test_state_forces_abroad_are_external_inter_8():
    actor = resolve_actor("MIL@SY", "IQ", LEX)
    assert actor.name.startswith("Military Forces of Syria") and actor.inter == 8


def test_unidentified_gunmen_and_civilians_take_country_names():
    assert resolve_actor("UAG", "YE", LEX).name == "Unidentified Armed Group (Yemen)"
    assert resolve_actor("CIV", "LY", LEX).name == "Civilians (Libya)"
    assert resolve_actor("PROT", "EG", LEX).inter == 6


def test_coalition_inside_saudi_arabia_is_saudi_forces():
    assert resolve_actor("COAL", "SA", LEX).name.startswith("Military Forces of Saudi Arabia")
    assert resolve_actor("COAL", "YE", LEX).name == "Operation Restoring Hope"


def test_indefinite_nationality_after_soldiers_is_not_a_second_actor():
    assert keys("مقتل 12 جنديا تركيا") == ["MIL@TR"]


def test_al_qaeda_in_a_yemeni_story_is_aqap(read):
    doc = read("قتل ثلاثة جنود يوم الثلاثاء في انفجار عبوة ناسفة زرعها تنظيم القاعدة في مدينة عتق "
               "بمحافظة شبوة.", published="2020-03-25")
    (event,) = doc.events
    assert event.actor1 == "AQAP: Al Qaeda in the Arabian Peninsula"


def test_a_third_country_that_only_comments_is_not_borrowed_as_the_side_hit(read):
    doc = read("شنت طائرات إسرائيلية غارة جوية على مطار عسكري قرب مدينة حمص يوم الأربعاء. "
               "وقالت وزارة الدفاع الروسية إن القوات الروسية لم تتضرر، وأدانت روسيا الغارة.")
    strikes = [c.event for c in doc.candidates if c.event.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Military Forces of Israel (2009-)"
    assert all("Russia" not in (e.actor2 or "") for e in strikes)


def test_the_country_that_backs_a_side_is_no_side_and_no_place(read):
    doc = read("قتل 12 عنصرا من ميليشيات الحوثي الموالية لإيران في غارة للتحالف على مدينة صعدة الأحد.")
    events = [c.event for c in doc.candidates]
    assert events and all("Iran" not in (e.actor1 or "") + (e.actor2 or "") for e in events)
    assert all(e.location != "Tehran" for e in events)
    # "غارة للتحالف" in Yemen: the Saudi-led coalition's
    assert events[0].actor1 == "Operation Restoring Hope"


def test_a_deadly_brawl_between_clans_is_mob_violence_with_rioters_on_both_sides(read):
    doc = read("اندلع شجار بين عشيرتين في مدينة الرمادي العراقية السبت أسفر عن مقتل شخصين.")
    (event,) = [c.event for c in doc.candidates]
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == (
        "Mob violence", "Rioters (Iraq)", "Rioters (Iraq)", 2)


def test_a_gas_attack_dropped_by_government_warplanes_is_the_state_s(read):
    doc = read("ألقت طائرات الحكومة السورية قنابل معبأة بغاز سام على مدينة دوما السبت ما أدى إلى مقتل العشرات.")
    (event,) = [c.event for c in doc.candidates]
    assert (event.sub_event_type, event.actor1) == ("Chemical weapon", "Military Forces of Syria (2000-)")


@pytest.mark.parametrize("text, key", [
    ("هاجم مسلحون موقعا للجيش الكونغولي", "MIL@CD"),
    ("قصف الجيش البورمي قرى في ولاية راخين", "MIL@MM"),
    ("اعتقلت الشرطة التايلاندية ثلاثة رجال", "POL@TH"),
])
def test_forces_of_countries_far_from_the_region_are_read_by_their_adjective(text, key):
    assert key in keys(text)


def test_financial_is_not_mali():
    assert not any(k.endswith("@ML") for k in keys("قال وزير المالية إن الشرطة المالية حققت في القضية"))


@pytest.mark.parametrize("text, forces", [
    ("قال معارضون إن النظام قتل عشرة متظاهرين في مدينة عطبرة السودانية أمس.", "Military Forces of Sudan"),
    ("قصف النظام بلدة كفرنبل في ريف إدلب أمس.", "Military Forces of Syria"),
])
def test_the_regime_is_the_state_of_the_country_it_happened_in(read, text, forces):
    (c,) = read(text, published="2018-05-06").candidates
    assert any((name or "").startswith(forces) for name in (c.event.actor1, c.event.actor2))


def test_gunmen_of_a_named_group_killing_civilians_attack_civilians(read):
    # the group the gunmen are named as is who attacked, not a second side they fought
    (c,) = read("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قرية في وسط مالي أمس، ما أسفر عن مقتل 16 "
                "مدنيا، بحسب مصادر محلية في مدينة موبتي.", published="2018-05-06").candidates
    assert (c.event.event_type, c.event.actor1.startswith("JNIM"), c.event.actor2) == (
        "Violence against civilians", True, "Civilians (Mali)")


@pytest.mark.parametrize("text", [
    "قتل طفل وأصيب والده بانفجار لغم في مديرية حيس جنوب الحديدة أمس.",
    "قتلت امرأة وطفلاها في قصف للميليشيات الحوثية على حي سكني في مدينة تعز أمس.",
])
def test_a_civilian_named_right_after_a_killing_verb_is_its_victim(read, text):
    (c,) = read(text, published="2018-05-06").candidates
    assert c.event.actor2 == "Civilians (Yemen)" and not c.event.actor1.startswith("Civilians")


def test_ground_is_taken_from_an_armed_side_not_from_the_civilians_named_beside_it(read):
    (c,) = read("سيطرت قوات النظام السوري على بلدة حرستا بعد مقتل عشرة مدنيين في القصف.",
                published="2018-03-22").candidates
    assert (c.event.sub_event_type, c.event.actor2) == ("Government regains territory", None)


def test_clashes_between_armed_groups_of_one_kind_have_them_on_both_sides(read):
    (c,) = read("اندلعت اشتباكات عنيفة مساء الأحد بين مجموعات مسلحة في مدينة الزاوية غربي ليبيا، ما أسفر "
                "عن مقتل أربعة أشخاص بينهم طفل.", published="2018-06-14").candidates
    assert (c.event.sub_event_type, c.event.actor1, c.event.actor2, c.event.fatalities) == (
        "Armed clash", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)", 4)


def test_gunmen_killed_in_a_shootout_are_the_other_side(read):
    (c,) = read("أعلنت وزارة الداخلية المصرية مقتل 12 مسلحا في تبادل لإطلاق النار مع قوات الأمن خلال مداهمة "
                "في محافظة الإسماعيلية، الثلاثاء.", published="2018-06-14").candidates
    assert (c.event.actor1, c.event.actor2) == ("Police Forces of Egypt (2014-)", "Unidentified Armed Group (Egypt)")


def test_soldiers_attacked_by_no_one_named_fought_an_unidentified_armed_group(read):
    (c,) = read("قتل ثلاثة جنود باكستانيين في هجوم على نقطة تفتيش في إقليم بلوشستان أمس.",
                published="2018-06-14").candidates
    assert (c.event.sub_event_type, c.event.actor1, c.event.actor2) == (
        "Armed clash", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan (2018-2022)")


def test_intercepting_gunmen_is_a_clash_not_a_disrupted_weapon(read):
    doc = read("اعترض الجنود عددا من المسلحين على طول الحدود في إقليم بلوشستان صباح السبت.",
               published="2018-05-26")
    assert [c.event.sub_event_type for c in doc.candidates] == ["Armed clash"]
    doc = read("اعترضت الدفاعات الجوية صاروخا أطلقه مسلحون باتجاه مدينة نجران صباح السبت.",
               published="2018-05-26")
    assert [c.event.sub_event_type for c in doc.candidates] == ["Disrupted weapons use"]


def test_the_coalition_as_the_houthis_media_name_it(read):
    (c,) = read("أفاد مصدر محلي بأن طيران العدوان شن ثلاث غارات على مديرية باقم الحدودية بمحافظة صعدة أمس.",
                published="2018-06-14").candidates
    assert (c.event.sub_event_type, c.event.actor1) == ("Air/drone strike", "Operation Restoring Hope")

