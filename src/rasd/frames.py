"""Mentions -> frames: one frame per reported event in a sentence.

A sentence with a trigger becomes a frame unless it is background (last
year, "كان ... قد"), a forecast or threat, or a denial; denials are kept
aside to be attached to the event they deny. Each frame gathers, from its
sentence: the actors in their roles, the place, the date, the dead.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from rasd.extract.actors import STATE_ROLES, home_country, is_air_capable, resolve_actor
from rasd.extract.numbers import is_accusative
from rasd.geo.distance import places_km
from rasd.geo.resolve import place_words
from rasd.lexicons.load import Lexicons
from rasd.text.normalize import norm
from rasd.text.words import is_past_verb
from rasd.records import (Actor, ActorMention, Casualty, Cue, DateMention, Frame, Match, Place,
                          PlaceMention, Sentence, SentenceToll, Span, Trigger)

CIVILIAN_INTER = 7
ARMED_NONSTATE_INTER = (2, 3, 4)  # rebels, militias, communal militias (ACLED inter codes)
# triggers.tsv: a noun of fighting itself ("اشتباكات", "معارك", "تبادل لإطلاق النار") weighs this or more; one
# side's attack ("هجوم") less
FIGHT_WORD_WEIGHT = 5
VICTIM_REACH = 3  # tokens between a death toll and the actor it counts ("12 عنصرا من قوات")
NEWS_WINDOW_DAYS = 7  # GUIDELINES: the publication day and the seven days before it
CASUALTY_ONLY_WEIGHT = 1  # triggers such as "مقتل" that say only that people died
DAMAGE_WEIGHT = 2  # ... and up to this, words of damage a disaster also does ("تدمير")
RECENT_DAYS = 2  # a day named this close to publication is news, however the sentence is told
OWN_DAY_BEFORE = 2  # tokens a day may end before the event word it dates ("أمس الجمعة قتل")
FORWARD_PLACE_REACH = 2  # sentences a placeless lead may look ahead for its place
ORIGIN_REACH = 3  # tokens from a place to a "باتجاه" after it: "من صعدة باتجاه المملكة" (launched from)
REMOTE = "Explosions/Remote violence"
IED = "Remote explosive/landmine/IED"


@dataclass(frozen=True, slots=True)
class Denial:
    sentence: int
    span: Span
    by: str  # who denies, in English
    event_type: str | None
    blame: bool = False  # it denies its part ("نفى مسؤوليته عن"), not that the event happened


@dataclass(frozen=True, slots=True)
class SentenceMentions:
    sentence: Sentence
    triggers: list[Trigger]
    cues: list[Cue]
    dates: list[DateMention]
    places: list[PlaceMention]
    actors: list[ActorMention]
    casualties: list[Casualty]
    sources: list[Match]
    marks: list[Cue] = ()  # words of the sentence's build (pipeline.stage_marks): "إن", "بعد", "يأتي"


def group_by_sentence(sentences, **mentions) -> list[SentenceMentions]:
    """Split each mention list by sentence."""
    ordered = {name: sorted(items, key=lambda m: m.first) for name, items in mentions.items()}
    starts = {name: [m.first for m in items] for name, items in ordered.items()}
    out = []
    for s in sentences:
        picked = {name: items[bisect_left(starts[name], s.first):bisect_left(starts[name], s.last)]
                  for name, items in ordered.items()}
        out.append(SentenceMentions(sentence=s, **picked))
    return out


CROWD_EVENTS = ("Protests", "Riots")  # the event types of a crowd
BACKGROUND = {"background", "background_since"}  # cue kinds (cues.tsv)
RUNNING_TOTAL = {"background_since", "running_total"}
PERIODS = {"period", "long_period"}


COMMEMORATE_REACH = 3  # tokens from "أحيا" to the anniversary it marks ("أحيا آلاف الفلسطينيين ذكرى")


def _recent_days(sm: SentenceMentions, pub: dt.date | None) -> list[int]:
    """Where the sentence's dates of one of the last few days end ("أمس الجمعة")."""
    return [d.last for d in sm.dates if pub is not None and d.date and d.precision == 1
            and 0 <= (pub - d.date).days <= RECENT_DAYS]


def running_total_from(sm: SentenceMentions) -> int:
    """Where a campaign's total told after the sentence's own event and dead starts ("قتل 14 مدنيا
    في غارات على كفربطنا، ليرتفع عدد القتلى منذ بدء الحملة قبل أسبوعين إلى 580"): what it says,
    its start's day too, is not of the event (the sentence's end where it tells none)."""
    first_trigger = min((t.first for t in sm.triggers), default=sm.sentence.last)
    own_dead = [k.last for k in sm.casualties if k.killed and k.first > first_trigger - 2]
    return min((c.first for c in sm.cues if c.kind == "background_since" and first_trigger < c.first
                and own_dead and min(own_dead) + RUNNING_TOTAL_REACH < c.first), default=sm.sentence.last)


def _is_background(sm: SentenceMentions, pub: dt.date | None) -> bool:
    first_trigger = min((t.first for t in sm.triggers), default=sm.sentence.last)
    recent = _recent_days(sm, pub)
    # (a clause after "فيما" tells its own: "قتل 25 ... فيما اعتقلت قوات الأمن 5000 خلال العام الماضي")
    later_clause = min((m.first for m in sm.marks if m.kind == "while" and m.first > first_trigger),
                       default=sm.sentence.last)
    # "قتل 12 مدنيا اليوم ..., لترتفع الحصيلة منذ بدء الحملة إلى 900": the campaign's total told
    # after a dated event is the background, not the event; so after an event told with its own
    # dead ("قتل 35 شخصا في غارة على حفل زفاف ..., والتي أودت بحياة 600 منذ بداية العام"), and what
    # that total's clause says of its start ("ليرتفع عدد القتلى منذ بدء الحملة قبل أسبوعين")
    total_from = running_total_from(sm)
    # (a recent day before the speech that tells the event dates the telling: "قالت المنظمة في تقرير
    # نشرته اليوم إن قوات الأمن اعتقلت الآلاف خلال السنوات الخمس الماضية")
    if any(c.kind in BACKGROUND and c.first < later_clause and not (first_trigger < c.first and (
            any(first_trigger - OWN_DAY_BEFORE <= r <= c.first for r in recent) or c.first >= total_from))
           for c in sm.cues):
        return True
    # "شيع آلاف اليمنيين جثامين قتلى سقطوا في المعارك الأخيرة": the dead of a funeral died before,
    # unless the sentence dates their death to a recent day ("جثمان شاب استشهد أمس برصاص")
    if any(c.kind == "funeral" and c.first < first_trigger for c in sm.cues) and not (
            recent and max(recent) > min([first_trigger] + [k.first for k in sm.casualties if k.killed])):
        return True
    # (but "أحيا الفلسطينيون الذكرى السبعين للنكبة بمسيرات": today's marches keep the day; not
    # the event the anniversary itself names: "أحيا ... الذكرى العاشرة لتفجير ...")
    marked = _marked_anniversaries(sm)
    if any(c.kind == "anniversary" and c.first < first_trigger
           and not (c in marked and first_trigger - c.last >= ANNIVERSARY_REACH) for c in sm.cues):
        return True
    # ("أحيا العراقيون الذكرى الخامسة لمجزرة سبايكر التي قتل فيها التنظيم 1700": the relative clause
    # tells the day marked, not today's)
    if any(m.last <= r.first and 0 <= first_trigger - r.last <= 1 for m in marked for r in sm.cues
           if r.kind == "relative"):
        return True
    # "بعد ستة أسابيع شهدت خلالها حدود القطاع احتجاجات": weeks of a campaign, no day of its own
    if not recent and any(c.kind == "long_period" and c.first < first_trigger for c in sm.cues):
        return True
    # "إثر احتجاجات استمرت أشهرا": an event named as lasting weeks or months is no day's news
    # (not what it came after: "أعلن الجيش سيطرته على درنة بعد معارك استمرت أسابيع")
    after = [m.first for m in sm.marks if m.kind == "after" and m.first > first_trigger]
    # "اعتقلت قوات الأمن آلاف المعارضين خلال السنوات الخمس الماضية": a total over months or years,
    # unless a recent day dates the event itself
    if not any(r >= first_trigger - OWN_DAY_BEFORE for r in recent) and any(
            c.kind == "long_period" and first_trigger < c.first < later_clause
            and not any(a < c.first for a in after) for c in sm.cues):
        return True
    if not recent and any(c.kind == "long_period" and 0 <= c.first - t.last <= 1 and t.nominal
                          and not any(a < t.first for a in after) for c in sm.cues for t in sm.triggers):
        return True
    # "توفي اليوم متأثرا بجراحه": a death from wounds of some earlier day, told by no event word of
    # its own before it (with the day he was wounded, "التي أصيب بها الجمعة", it is that day's event)
    if _wounded_on(sm) == -1:
        cue = _wounds_cue(sm)
        if all(t.weight <= CASUALTY_ONLY_WEIGHT or t.first > cue for t in sm.triggers):
            return True
    # "وكان ... قد": the narrative past of background paragraphs, unless the sentence names a day
    # of the last few ("وكانت النجف قد شهدت أكبر تظاهرة أمس الجمعة")
    if _pluperfect(sm) and not recent:
        return True
    for c in sm.cues:
        # "منذ 2015", "منذ 25 شباط": a count or fight since a date is a running total (not "منذ
        # صباح اليوم": since this morning is today's news; nor "منذ فجر الخميس وحتى صباح الجمعة", a
        # recent stretch with its end)
        if c.kind == "since" and any((d.first == c.last or d.first == c.last + 1) and not (
                d.relative and d.date and pub and 0 <= (pub - d.date).days <= 1) and not (
                d.date and pub and 0 <= (pub - d.date).days <= RECENT_DAYS
                and any(m.kind == "until" and 0 <= m.first - d.last <= 1 for m in sm.marks)) for d in sm.dates):
            return True
        # "منذ ثلاثة عقود": a total over years
        if c.kind == "since" and any(d.kind == "duration" and 0 <= d.first - c.last <= 2 for d in sm.cues):
            return True
    if pub and sm.dates:
        dated = [d.date for d in sm.dates if d.date]
        if dated and all(d < pub - dt.timedelta(days=NEWS_WINDOW_DAYS) for d in dated):
            return True
    return False


def _pluperfect(sm: SentenceMentions) -> bool:
    kinds = {c.kind for c in sm.cues}
    return "pluperfect" in kinds and "qad" in kinds


def _is_forecast(sm: SentenceMentions, trigger: Trigger, text: str = "") -> bool:
    """A threat, plan or possibility told before the event word; so a bomb only tried ("كانت
    تحاول زرع عبوة ناسفة", "محاولة تفجير"), which went off nowhere. Not one told in a clause
    that ended before it ("ضبط خلية كانت تخطط لتنفيذ عمليات، واعتقال 4 من عناصرها")."""
    if trigger.sub_event_type in (IED, "Suicide bomb") and any(
            c.kind == "sought" and 0 <= trigger.first - c.last <= SOUGHT_REACH for c in sm.cues):
        return True
    return any(c.kind == "forecast" and c.first < trigger.first
               and not re.search(r"[،,]\s*و", text[c.span.start:trigger.span.start]) for c in sm.cues)


def _dated_ahead(sm: SentenceMentions, trigger: Trigger, pub: dt.date | None, lex: Lexicons) -> bool:
    """"تنظم الحركة وقفة احتجاجية يوم الأحد المقبل": the day nearest the event word is still to
    come; what is told for it is a plan."""
    nearest = _nearest_date(sm.dates, trigger, None) if pub else None
    if nearest is None or nearest.date is None:
        return False
    # (the day after publication is ahead only where the text says "next": a date stamp may run a
    # day early, "اليوم الخميس" stamped on Wednesday)
    said_next = norm(nearest.span.text).split(" ")[-1] in lex.number_words["next"]
    return nearest.date > pub + dt.timedelta(days=0 if said_next else 1)


def names_without_telling(sm: SentenceMentions, lex: Lexicons) -> bool:
    """"قضية اغتيال الحريري", "زوارق الصواريخ": a sentence whose triggers are all nouns names an
    event; it reports one only with a toll (dead or wounded), a date of its own or a verb of
    occurrence (or of commemoration: "أحيا الفلسطينيون الذكرى بمسيرات"; or of accusation: "اتهمت
    المصادر قوات الدعم السريع بقصف السوق", or of a claim: "أعلنت حماس مسؤوليتها عن إطلاق صاروخين",
    which say who did it; or of dispersal: "فرقت الشرطة مسيرة")."""
    # (a telegraphic report that says who hit whom where is told: "قصف مدفعي للتحالف على
    # تجمعات المتمردين في مديرية غمر")
    told = bool(sm.actors) and any(p.locative for p in sm.places) and any(c.kind == "target" for c in sm.cues)
    return (not _told_by_verb(sm, lex) and not sm.casualties and not sm.dates
            and not any(c.kind in ("occurred", "commemorate", "accuse") for c in sm.cues)
            and not told and not _claimed_as_news(sm))


CLAIMED_REACH = 2  # words from "مسؤوليتها عن" to the event word it claims ("إطلاق ثلاثة صواريخ")


def _claimed_as_news(sm: SentenceMentions) -> bool:
    """"أعلنت حماس مسؤوليتها عن إطلاق صاروخين": a claim of an event named right after it, not
    "the attack" told before ("تبنى التنظيم الهجوم", "مسؤوليتها عن الهجوم" point back to it)."""
    # ("مسؤوليتها عن إطلاق ثلاثة صواريخ": the weapon's verbal noun and its count may stand between)
    return any(c.kind == "claimed" and c.last - c.first > 1 and 0 <= t.first - c.last <= CLAIMED_REACH
               and not is_definite(t) for c in sm.cues for t in sm.triggers)


DIPLOMATIC_REACH = 3  # tokens from a protest verb to "رسميا" ("احتجت وزارة الخارجية رسميا")


def _is_comment(sm: SentenceMentions, trigger: Trigger) -> bool:
    """"استنكرت الرئاسة الهجوم": a condemnation or demand about "the attack" points back to an
    event told elsewhere; it is no report of its own. Nor is a state's protest to another, nor an
    event named as a topic ("ملف اغتيال الصحافي ما زال يثقل العلاقات")."""
    if any(c.kind == "topic" and c.last == trigger.first for c in sm.cues):
        return True
    # "احتجت الصين رسميا لدى الولايات المتحدة": a note between states ("رسميا" only right after
    # the protest and its subject: "أعلن رسميا" elsewhere in the sentence says nothing of it)
    if trigger.event_type == "Protests" and any(c.kind == "diplomatic" and (
            c.last - c.first > 1 or 0 <= c.first - trigger.last <= DIPLOMATIC_REACH) for c in sm.cues):
        return True
    # ("رفضهما للهجمات": "لل" is "ل" + "ال", the attacks told elsewhere too)
    return (is_definite(trigger) or trigger.span.text.startswith("لل")) and not sm.casualties and any(
        c.kind == "statement" and c.last <= trigger.first for c in sm.cues)


def _is_trial(sm: SentenceMentions, trigger: Trigger, lex: Lexicons) -> bool:
    """"حكمت المحكمة على متهمين بخطف سياح": the news is the trial; an arrest on a charge is news,
    and so is a protest against a verdict ("أغلقوا الطرق احتجاجا على تبرئة المحكمة")."""
    crowd = [t.first for t in sm.triggers if t.event_type in CROWD_EVENTS]
    cause = min((c.first for c in sm.cues if c.kind in GRIEVANCE and crowd and c.first > min(crowd)),
                default=sm.sentence.last)
    # an armed group that puts captives to death "on a charge" of its own holds no trial ("أعدم
    # تنظيم داعش خمسة أشخاص بتهمة التعامل مع قسد"); a state's execution after a verdict stays one
    if any(c.kind == "execution" and c.first == trigger.first for c in sm.cues) and any(
            not is_state(a.key, lex) and a.key.partition("@")[0] not in UNARMED for a in sm.actors):
        return False
    return trigger.sub_event_type != "Arrests" and any(c.kind == "trial" and c.first < cause for c in sm.cues)


GRIEVANCE = ("grievance", "solidarity")  # cue kinds of what a crowd protests against or stands with


# a clause after a comma that opens with "و", "فيما" or "بينما" tells of its own again
OWN_CLAUSE = re.compile(r"[،,]\s*(?:و|فيما|بينما)")


def _without_grievance(sm: SentenceMentions, text: str = "") -> list[Trigger]:
    """"تظاهر الآلاف احتجاجا على تخفيف تهمة الاغتصاب": what a protest is against (after a
    grievance cue that follows the protest word) is its cause, not the sentence's event; a verb
    joined by "و" after it opens a clause of its own ("..., وأحرق المحتجون مقر الحزب")."""
    protests = [t for t in sm.triggers if t.event_type in CROWD_EVENTS]
    if not protests:
        return sm.triggers
    start = min((c.first for c in sm.cues if c.kind in GRIEVANCE and c.first >= protests[0].first),
                default=None)
    if start is None:
        return sm.triggers
    # "احتجاجا" itself is the protest only where no protest word came before it
    # (a clause after a comma and "و" is the crowd's own again: "للمطالبة بفرص العمل، وقام
    # المحتجون بإحراق مبنى المحافظة")
    cause_at = next(c.span.start for c in sm.cues if c.first == start)
    kept = [t for t in sm.triggers if t.first < start or (
        not t.nominal and text[max(0, t.span.start - 1):t.span.start] == "و")
        or OWN_CLAUSE.search(text, cause_at, t.span.start)]
    return kept if any(t.event_type in CROWD_EVENTS for t in kept) else kept + protests[:1]


RESPONSE_REACH = 4  # words from "ردا على" to the event word it names ("ردا على تسلل طائرة بدون طيار")


def _without_response(sm: SentenceMentions, triggers: list[Trigger]) -> list[Trigger]:
    """"شن الجيش هجوما صاروخيا ... ردا على تسلل طائرة بدون طيار": what an event answers is
    told as its cause, not as the sentence's event, when an event word comes before it."""
    answered = [t for t in triggers if _answered(sm, t)]
    kept = [t for t in triggers if t not in answered]
    first_response = min((c.last for c in sm.cues if c.kind == "response"), default=None)
    return kept if answered and any(t.first < first_response for t in kept) else triggers


def _without_support(sm: SentenceMentions, triggers: list[Trigger]) -> list[Trigger]:
    """"تمكنت قوات الجيش، مسنودة بمقاتلات التحالف، من تحرير مواقع": the aircraft named as the
    backing of another side's event are no event of the sentence's own."""
    backing = {c.last + k for c in sm.cues if c.kind == "patron" for k in range(PATRON_REACH + 1)}
    if not backing:
        return triggers
    # (a verb after the backer is the backed side's own: "إن قوات الجيش المدعومة من التحالف سيطرت على")
    kept = [t for t in triggers if t.first not in backing or not t.nominal]
    return kept if kept else triggers


SETTING_REACH = 3  # tokens from an event word after "amid" to another of the same setting


def _without_setting(sm: SentenceMentions, triggers: list[Trigger]) -> list[Trigger]:
    """"تجددت الاشتباكات ... وسط سقوط قذائف عشوائية على أحياء سكنية": an event word right after
    "amid" tells the setting of the event named before it, not a second event of the sentence."""
    amid = {c.last for c in sm.cues if c.kind in ("amid", "middle")}
    settings = [t.first for t in triggers if t.first in amid and t.nominal and any(u.last <= t.first for u in triggers)]
    if not settings:
        return triggers
    # (the setting's other event nouns with it: "وسط غارات مكثفة لمقاتلات التحالف")
    kept = [t for t in triggers if not (t.nominal and any(0 <= t.first - k <= SETTING_REACH for k in settings))]
    return kept or triggers


ANNIVERSARY_REACH = 2  # tokens from "الذكرى" to the event word it marks: at most an ordinal between ("الذكرى الخامسة لانفجار")


def _marked_anniversaries(sm: SentenceMentions) -> list[Cue]:
    """The anniversaries a sentence says are being marked ("أحيا آلاف الفلسطينيين ذكرى ...")."""
    commemorated = [c.last for c in sm.cues if c.kind == "commemorate"]
    return [c for c in sm.cues if c.kind == "anniversary"
            and any(0 <= c.first - end <= COMMEMORATE_REACH for end in commemorated)]


def _without_commemorated(sm: SentenceMentions) -> SentenceMentions:
    """"أحيا آلاف اللبنانيين الذكرى الخامسة لانفجار المرفأ الذي أودى بحياة 220 شخصا، بمسيرة": the
    event an anniversary marks, and its dead, are years old; today's event is how it was marked
    (the march), when the sentence tells one."""
    marks = _marked_anniversaries(sm)
    if not marks:
        return sm
    marked = {c.last + k for c in marks for k in range(ANNIVERSARY_REACH)}
    kept = [t for t in sm.triggers if t.first not in marked]
    if not kept or len(kept) == len(sm.triggers):
        return sm
    start = marks[0].first
    end = min((t.first for t in kept if t.first > start), default=sm.sentence.last)
    return replace(sm, triggers=kept, casualties=[k for k in sm.casualties if not start < k.first < end])


def _without_sought(sm: SentenceMentions, triggers: list[Trigger]) -> list[Trigger]:
    """"رصدت قواته خلية حاولت زرع عبوة ناسفة واستهدفتها بنيران دبابة": a bomb someone only tried
    to plant is not the event when the sentence tells another that happened."""
    sought = [c.last for c in sm.cues if c.kind == "sought"]
    if not sought:
        return triggers
    # (a bomb only: "قتل فلسطينيا حاول طعن جنود" tells why he was shot, the stabbing types it)
    kept = [t for t in triggers if t.event_type != REMOTE or not any(0 <= t.first - end <= SOUGHT_REACH for end in sought)]
    return kept if any(not t.nominal for t in kept) else triggers


def _without_ground_taken_before(sm: SentenceMentions, triggers: list[Trigger]) -> list[Trigger]:
    """"قتلت قوات الدعم السريع 460 شخصا في المستشفى بعد سيطرتها على المدينة": ground taken, told
    as what the sentence's violence came after, is an earlier event; the violence told before
    it is the news (not "سيطر الجيش على البلدة بعد معارك": there the ground is the news)."""
    after = [m.last for m in sm.marks if m.kind == "after"]
    if not after:
        return triggers
    prior = [t for t in triggers if t.sub_event_type == "territory" and t.nominal
             and any(0 <= t.first - end <= 1 for end in after)]
    kept = [t for t in triggers if t not in prior]
    return kept if prior and any(t.last <= prior[0].first and t.event_type != "Strategic developments"
                                 for t in kept) else triggers


def _without_later_arrests(sm: SentenceMentions, triggers: list[Trigger]) -> list[Trigger]:
    """"اشتبك متظاهرون مع الشرطة وأحرقوا سيارات، فيما اعتقلت الشرطة أكثر من 100 شخص": arrests told
    after "فيما" follow the violence the sentence opens with; they do not type it."""
    bound = next((m.first for m in sm.marks if m.kind == "while"), None)
    if bound is None:
        return triggers
    before = [t for t in triggers if t.first < bound]
    if not any(not t.nominal and t.weight > CASUALTY_ONLY_WEIGHT and t.event_type != "Strategic developments"
               for t in before):
        return triggers
    return [t for t in triggers if t.first < bound or t.sub_event_type != "Arrests"]


SAID_ARREST_REACH = 2  # tokens from who says it to the arrest it made ("قالت الشرطة إنها ألقت القبض")
DOER_REACH = 3  # tokens from an arrest word to whom it names ("ألقت الشرطة القبض على منفذ الهجوم")
ARREST_AFTER_REACH = 2  # tokens from the one held to "بعد", and from it to the violence ("رجلا بعد حادث طعن")


def arrests_of_doer(sm: SentenceMentions, triggers: list[Trigger]) -> list[Trigger]:
    """"أصيب ثلاثة في هجوم بالسكين، واعتقلت الشرطة المهاجم", "ألقت الشرطة القبض على رجل طعن ثلاثة
    أشخاص": the arrests of whoever did the violence the sentence tells (named by a doer cue after
    the arrest word, or by the violent verb right after whom it holds)."""
    if not any(t.sub_event_type == "Arrests" for t in triggers):
        return []
    violent = [t for t in triggers if t.event_type not in ("Strategic developments", "Protests")
               and t.weight > CASUALTY_ONLY_WEIGHT]
    if not violent:
        return []
    doers = [c.first for c in sm.cues if c.kind == "doer"]
    verbs = [t.first for t in violent if not t.nominal]
    # "اعتقلت رجلا بعد حادث طعن": held after the violence told right after "بعد"
    afters = [m.last for m in sm.marks if m.kind == "after" and any(
        0 <= v.first - m.last <= ARREST_AFTER_REACH for v in violent)]
    return [t for t in triggers if t.sub_event_type == "Arrests" and (
        any(0 <= d - t.last <= DOER_REACH for d in doers) or any(1 <= v - t.last <= 2 for v in verbs)
        or any(0 <= a - t.last <= ARREST_AFTER_REACH + 1 for a in afters))]


PURSUED_REACH = 2  # tokens from the forces to the doer they hunt ("تبحث الشرطة عن المهاجم")


def doer_arresters(sm: SentenceMentions, said_ends: set[int]) -> set[int]:
    """Those who arrested the doer (where their mentions start), whatever the event's type: they
    did not do it ("ألقت الشرطة القبض على رجل طعن", "قالت الشرطة إنها اعتقلت المهاجم")."""
    doers = [c.first for c in sm.cues if c.kind == "doer"]
    pursuers = {a.first for c in sm.cues if c.kind == "pursue" for a in sm.actors
                if a.first == c.last and any(0 <= d - a.last <= PURSUED_REACH for d in doers)}
    return pursuers | {a.first for t in arrests_of_doer(sm, sm.triggers) for a in sm.actors
                       if a.first == t.last or a.first in said_ends and 0 <= t.first - a.last <= SAID_ARREST_REACH
                       or 0 <= t.first - a.last <= 1 and any(c.kind == "occurred" and c.last == a.first for c in sm.cues)}


def _without_arrest_of_doer(sm: SentenceMentions, triggers: list[Trigger]) -> list[Trigger]:
    """An arrest of the doer follows the violence; the violence is the event (ACLED codes the
    attack), the arrest does not type it."""
    held = arrests_of_doer(sm, triggers)
    return [t for t in triggers if t not in held] or triggers


NATURAL_SUBJECT_REACH = 2  # tokens from a verb to the disaster that is its subject ("اجتاحت موجة من الحرائق")


def _natural_deaths(sm: SentenceMentions) -> bool:
    """"قتلت الكوليرا 15 شخصا", "اجتاحت موجة من الحرائق غابات كاليفورنيا ... مقتل ستة": the dead
    died of a disease, a fire wave, a storm; no event word of the sentence tells violence but
    those the disaster is the subject of (a strike on a cholera clinic stays a strike)."""
    natural = [c.first for c in sm.cues if c.kind == "natural"]
    return bool(natural) and not any(
        t.weight > DAMAGE_WEIGHT and not any(0 <= c - t.last <= NATURAL_SUBJECT_REACH for c in natural)
        for t in sm.triggers)


def _answered(sm: SentenceMentions, trigger: Trigger) -> bool:
    """Is the trigger what a "ردا على" right before it names?"""
    return any(c.kind == "response" and 0 <= trigger.first - c.last <= RESPONSE_REACH for c in sm.cues)


DESCRIBED_GAP = 1  # an adjective between the event noun and "الذي" ("الهجوم الإرهابي الذي استهدف")


def _toll_clause(sm: SentenceMentions, triggers: list[Trigger]) -> tuple[list[Trigger], list[PlaceMention]]:
    """"إن 14 من عناصر الأمن قتلوا في المعارك، فيما شنت طائرات أمريكية غارات في ولاية زابل": the
    dead are the event of the clause that counts them, placed by that clause; the event of the
    other clause ("فيما", "بينما") is read only as a second event with a place of its own
    (second_clauses). The triggers and places to read the sentence's main event from."""
    bounds = [m.first for m in sm.marks if m.kind == "while"]
    killed = [c for c in sm.casualties if c.killed]
    if not bounds or not killed:
        return triggers, sm.places

    def clause(i: int) -> int:
        return sum(b <= i for b in bounds)
    counted = {clause(c.first) for c in killed}
    own = [t for t in triggers if clause(t.first) in counted]
    # (a clause whose only event word is the killing, "فيما قتل 3 جنود", counts the dead of the
    # other clause's fight)
    if len(counted) != 1 or not any(t.weight > CASUALTY_ONLY_WEIGHT for t in own):
        return triggers, sm.places
    # (a clause that counts dead and names no place tells of the other's event: "سيطرت طالبان على
    # مركز مديرية في ولاية فارياب بعد معارك، فيما قال مسؤولون إن 14 جنديا قتلوا في المعارك")
    # (but not one of another type: "إن 9 جنود قتلوا في المعارك، فيما أكدت القيادة الأمريكية أن
    # طائراتها شنت غارات": the battles told before, not the strikes)
    named = [t for t in own if t.weight > CASUALTY_ONLY_WEIGHT]
    if not any(clause(p.first) in counted for p in sm.places) and all(is_definite(t) for t in named) and any(
            t.event_type in {n.event_type for n in named} for t in triggers if clause(t.first) not in counted):
        return triggers, sm.places
    return own, [p for p in sm.places if clause(p.first) in counted]


def _without_described(sm: SentenceMentions, triggers: list[Trigger]) -> list[Trigger]:
    """"بالهجوم الذي استهدف كنيسة": a verb in a relative clause right after an event noun (and its
    adjective) says what that event did ("targeted"); the noun is the event, the verb does not type it."""
    relatives = [c for c in sm.cues if c.kind == "relative"]
    described = {t.first for t in triggers for r in relatives for u in triggers
                 if u.nominal and 0 <= r.first - u.last <= DESCRIBED_GAP and r.last == t.first}
    kept = [t for t in triggers if t.first not in described]
    return kept or triggers


CAMPAIGN_NAME_REACH = 4  # words of an operation's name between "في إطار عملية" and "التي"


def _without_campaign_dates(sm: SentenceMentions) -> SentenceMentions:
    """"سيطرت على ثلاث قرى في إطار عملية غصن الزيتون التي انطلقت في العشرين من يناير": the day
    told in a relative clause about the campaign the event is part of (cue kind campaign) is when
    the campaign began, not the day of the event."""
    if not sm.triggers or not sm.dates:
        return sm
    campaigns = [r for r in sm.cues if r.kind == "relative" and any(
        c.kind == "campaign" and 0 <= r.first - c.last <= CAMPAIGN_NAME_REACH for c in sm.cues)]
    # (so is the day a campaign's running total is counted from: "ليرتفع عدد القتلى منذ بدء الحملة
    # قبل أسبوعين إلى 580")
    total_from = running_total_from(sm)
    kept = [d for d in sm.dates if d.first < total_from and not any(
        r.last <= d.first and not any(r.last <= t.first < d.first for t in sm.triggers) for r in campaigns)]
    return sm if len(kept) == len(sm.dates) else replace(sm, dates=kept)


def _choose_trigger(triggers: list[Trigger]) -> Trigger:
    # "اعترضت الدفاعات الجوية صاروخا باليستيا": the weapon was stopped, so the sentence tells
    # of its interception, not of an explosion
    stopped = [t for t in triggers if t.sub_event_type == "Disrupted weapons use"]
    weapons = [t for t in triggers if t.event_type == REMOTE]
    if stopped and weapons and all(t.nominal for t in weapons):
        # "تصدت الدفاعات الجوية لصاروخين": repelling a weapon is stopping it, not a battle
        triggers = stopped + [t for t in triggers if t.event_type not in (REMOTE, "Battles")]
    # an indefinite trigger ("غارة") tells news; a definite one ("الغارة") may point back
    return max(triggers, key=lambda t: (t.weight + (0 if is_definite(t) else 1), -t.first))


def _charge_of_arrest(sm: SentenceMentions, triggers: list[Trigger], trigger: Trigger) -> tuple[Trigger, int] | None:
    """"اعتقلت الشرطة ثلاثة متهمين بتفجير سيارة مفخخة يوم الأحد الماضي": violence named as the
    charge of those arrested (a trial cue between them) was told before; the arrest is the
    sentence's news. The arrest and where its charge starts, or None."""
    violent = [t.first for t in triggers if t.event_type != "Strategic developments"]
    for a in triggers:
        if a.sub_event_type == "Arrests" and (a is trigger or a.last <= trigger.first):
            charged = next((c.first for c in sm.cues if c.kind == "trial" and a.last <= c.first
                            and any(c.first < v for v in violent)), None)
            if charged is not None:
                return a, charged
    return None


def _territory_taken(sm: SentenceMentions, triggers: list[Trigger], trigger: Trigger) -> Trigger:
    """"أعلنت قوات الجيش تحرير سلسلة جبال بعد معارك": ground taken in the fighting a sentence
    tells is its event (ACLED codes the change of hands, not the clash); ground only sought
    ("في محاولة للسيطرة على") is not."""
    if trigger.event_type != "Battles" or trigger.sub_event_type not in ("Armed clash", "confrontation"):
        return trigger
    sought = [c.last for c in sm.cues if c.kind in ("sought", "forecast")]  # ("بهدف" is both)
    for t in triggers:
        if t.sub_event_type == "territory" and not norm(t.span.text).startswith("لل") \
                and not any(0 <= t.first - end <= SOUGHT_REACH for end in sought):
            return t
    return trigger


SOUGHT_REACH = 2  # tokens from "يحاولون" to the ground sought ("يحاولون السيطرة على")


def protest_with_arrests(triggers: list[Trigger], dispersed: bool = False) -> Trigger | None:
    """"فرقت الشرطة المحتجين واعتقلت عددا منهم", "تظاهر المئات ... واعتقلت الشرطة 20 منهم":
    arrests at a protest are its intervention (ACLED), so the protest tells the sentence's event;
    arrests of those who protested some other time ("شاركوا في احتجاجات": a noun, no dispersal)
    stay arrests. So do arrests in confrontations the police fought with tear gas or rubber bullets
    ("اعتقلت الشرطة 15 ... خلال مواجهات ... استخدمت خلالها الرصاص المطاطي"): the riot is the event.
    The protest or confrontation trigger, or None."""
    if not any(t.sub_event_type == "Arrests" for t in triggers):
        return None
    return next((t for t in triggers if t.event_type == "Protests" and (dispersed or not t.nominal)
                 or t.sub_event_type == "confrontation" and dispersed), None)


CAUSE_REACH = 1  # words from "جراء" to the event word it names ("جراء قصف", "إثر غارة جوية")
CAUSE_PHRASE = 4  # words the cause may run on ("جراء إسقاط براميل بغازات سامة": the gas types it)


def _cause_of_toll(sm: SentenceMentions, triggers: list[Trigger]) -> Trigger | None:
    """"قتل فلسطينيان، الأحد، جراء انفجار ... لإنهاء تصعيد شهد أعنف الغارات": the event word
    named as what killed the dead told before it is the sentence's event, however heavy another
    (a protest "إثر مقتل شاب" names no dead before its cause: it stays the protest). A definite
    cause ("جراء الهجوم") points back to an event told before: the usual choice stands."""
    dead_ends = [c.last for c in sm.casualties if c.killed]
    for cue in sm.cues:
        if cue.kind == "cause" and any(end <= cue.first for end in dead_ends):
            named = [t for t in triggers if 0 <= t.first - cue.last <= CAUSE_REACH]
            if named and not is_definite(named[0]):
                phrase = [t for t in triggers if 0 <= t.first - named[0].first <= CAUSE_PHRASE]
                return _choose_trigger(phrase)
    return None


def _of_forces(sm: SentenceMentions, c: Casualty, text: str) -> bool:
    """Dead of state forces: "جنديان", "خمسة من رجال الأمن" (not "شابين برصاص قوات الاحتلال")."""
    return c.side == "forces" or any(a.key.partition("@")[0] in ("MIL", "POL") and a.first > c.first
                                     and text[c.span.end:a.span.start].split() == ["من"] for a in sm.actors)


def _raid_fought(sm: SentenceMentions, trigger: Trigger, text: str, lex: Lexicons) -> Trigger:
    """"قتل أربعة من أفراد الأمن خلال مداهمة لمبنى تحصنت فيه خلية إرهابية": a raid the forces lost
    men in, on an armed side, was a fight with it, not an arrest."""
    if trigger.sub_event_type != "Arrests" or not any(c.killed and _of_forces(sm, c, text) for c in sm.casualties):
        return trigger
    if not any(a.key.partition("@")[0] not in UNARMED and not is_state(a.key, lex) for a in sm.actors):
        return trigger
    return replace(trigger, event_type="Battles", sub_event_type="Armed clash")


def _killing_with_toll(sm: SentenceMentions, triggers: list[Trigger], text: str, arrest: bool = True) -> bool:
    """"أعلن المتحدث العسكري مقتل 12 تكفيريا وضبط 20 آخرين", "استشهد شابان واعتقل خمسة": a killing
    told with its count of the dead makes the sentence's event a violent one, not the arrest or
    seizure beside it (no one dies of those; the dead of the forces who arrest may be theirs, while
    soldiers killed at a post, "قتل خمسة جنود بهجوم على نقطة مراقبة", died of violence)."""
    def after_verb(t: Trigger, c: Casualty) -> bool:
        # the count at the verb ("قتل رجل وامرأة"), right after it, or after the killers it names
        # ("قتل مسلحون من حركة الشباب سبعة أشخاص")
        if t.first <= c.first <= t.last + 1:
            return True
        killers = [a for a in sm.actors if t.last <= a.first and a.last <= c.first]
        if not killers or c.first <= t.last:
            return False
        gap = text[t.span.end:c.span.start]
        for a in sorted(killers, key=lambda a: -a.span.start):
            gap = gap[:a.span.start - t.span.end] + " " + gap[a.span.end - t.span.end:]
        return all(w == "من" for w in gap.split())
    # ("وقتل أربعة من رجال الأمن وثلاثة من الإرهابيين": the fighters counted after the verb died in
    # a fight, whoever else the forces' dead beside them were)
    return any(t.event_type == "Violence against civilians" and any(
        c.killed and not c.vague and not (arrest and _of_forces(sm, c, text)) and (
            after_verb(t, c) or c.side == "fighters" and c.first > t.last and not any(
                t.last <= u.first < c.first for u in sm.triggers if u is not t))
        for c in sm.casualties) for t in triggers)


def _is_negated(sm: SentenceMentions, trigger: Trigger) -> bool:
    """"لم يشن التحالف غارات": a negation shortly before the trigger."""
    return any(c.kind == "negation" and 0 <= trigger.first - c.last <= 3 for c in sm.cues)


REPORTED_ON_REACH = 4  # tokens from "أعلنت" to the day it was said ("وفق ما أعلنت مصادر أمنية، الاثنين")


def _reported_on(d: DateMention, cues: list[Cue], sources: list[Match]) -> bool:
    """Is this the day something was said ("وفق ما أعلنت مصادر أمنية، الاثنين")?"""
    for c in cues:
        if c.kind == "said" and d.first >= c.last:
            named = sum(m.last - m.first for m in sources if c.last <= m.first and m.last <= d.first)
            if d.first - c.last - named <= REPORTED_ON_REACH:
                return True
    return False


def _nearest_date(dates: list[DateMention], trigger: Trigger, pub: dt.date | None,
                  cues: list[Cue] = (), sources: list[Match] = ()) -> DateMention | None:
    """The date phrase closest to the trigger; one just after it reads best
    ("غارة ليل الأحد"), a reporting date before it ("قالت ... السبت") least. A day said right
    after a verb of saying (and who said it: "أعلن المرصد السوري لحقوق الإنسان الثلاثاء") is when
    it was said: another date of the sentence comes first."""
    if pub:  # news is not dated after it was published; such a reading is wrong
        dates = [d for d in dates if d.date is None or d.date <= pub + dt.timedelta(days=1)]
    said = [d for d in dates if not _reported_on(d, cues, sources)]
    # "أعلن المرصد الثلاثاء أن الحصيلة ارتفعت إلى مئة": the day a toll was updated is no day of
    # the event, which another telling dates
    dates = said if said or any(c.kind == "updated_toll" for c in cues) else dates
    if not dates:
        return None

    def distance(d: DateMention) -> float:
        return d.first - trigger.last if d.first >= trigger.first else 1.5 * (trigger.first - d.last) + 2
    return min(dates, key=distance)


def is_definite(trigger: Trigger) -> bool:
    # the span starts after any joined clitic, so "والغارة" reads "الغارة"; "ألقت القبض على"
    # is a verb's phrase, not "the arrest" told before
    return trigger.span.text.startswith(("ال", "ٱل")) and not trigger.verbal


# "ميليشيات الحوثي الموالية لإيران": who backs a side (the name right after the cue) is no side
# in the event, nor where it happened (pipeline.stage_actors, stage_country_names)
PATRON_REACH = 1
STATE_KEYS = ("MIL", "POL", "GOV")
CLAIMS = ("claim", "claimed")  # cue kinds of a claim: the group named after ("تبنت") or before ("مسؤوليته")
BELONGING = ("تابع", "التابع")  # "تابعة ل": belonging to
RESULT_VERBS = ("اسفر", "ادى", "ادت")  # occurred-cues whose subject is the event, not who acted


def _roles(sm: SentenceMentions, country: str | None, sub_event_type: str = "", lex: Lexicons | None = None
           ) -> tuple[list[ActorMention], list[ActorMention], set[str]]:
    """Split the sentence's actors into acting (actor1) and acted-on (actor2)
    candidates, and name the ones an agent phrase ("شنه", "أطلقها") marks."""
    agents, targets, rest, aimed_at = [], [], [], []
    cue_before = {}
    # "طائرات حربية تابعة للجيش": what a weapon belongs to fired it ("مواقع تابعة للحوثيين": what
    # a site belongs to was hit)
    # (so do members named before any event word: "خلايا تابعة لتنظيم داعش هاجمت", not "اعتقلت عناصر
    # خلية تابعة لتنظيم داعش")
    weapon_ends = {t.last for t in sm.triggers if t.event_type == REMOTE and t.nominal} | {
        c.last for c in sm.cues if c.kind in AIRCRAFT or c.kind == "artillery"} | {
        m.last for m in sm.marks if m.kind == "members" and not any(t.last <= m.first for t in sm.triggers)}
    # "أطلق عناصر من تنظيم داعش النار على سيارة": after a verb whose object comes later
    # (split_triggers.tsv) its subject is named, not whom it struck ("استهدف عناصر من الشرطة")
    split_verb_ends = {t.last for t in sm.triggers if t.object_end >= 0}
    for t in sm.triggers:
        if t.object_end >= 0:
            cue_before.setdefault(t.object_end, "target")
    for c in sm.cues:
        if c.kind in ("agent", "target", "versus", "claim", "with"):
            # ("كمين نصبه عناصر من تنظيم داعش": members named right after an agent phrase are its agents)
            cue_before[c.last] = "agent" if c.kind == "claim" or cue_before.get(c.first) == "agent" or (
                c.kind == "target" and c.first in weapon_ends and norm(c.span.text).startswith(BELONGING)) or (
                c.kind == "target" and c.first in split_verb_ends) else c.kind
            if c.kind == "agent":
                cue_before.setdefault(c.first, "agent")  # "نفذه رجل": an actor named with the agent verb in it
    # "مقتل 12 عنصرا من قوات النظام": those named right after a toll are its victims
    # (so those named right after a count of the wounded: "أصيب ثلاثة جنود أتراك في هجوم")
    victims_from = {c.last + k for c in sm.casualties if c.killed or not c.vague for k in range(VICTIM_REACH + 1)}
    # "قتل جندي إسرائيلي", "أصيب شرطيان": soldiers or police whose noun is itself the count are the
    # victims (after the verb, the passive's subject, not who acted)
    counted_forces = {i for c in sm.casualties if c.implied and c.side == "forces" for i in range(c.first + 1, c.last)}
    # "غارات لقوات النظام", "قصف للتحالف": the strikes belong to whoever is joined to them by "ل"
    trigger_ends = {t.last for t in sm.triggers}
    weapon_starts = {t.first for t in sm.triggers if t.event_type == REMOTE}
    # "هاجم مسلحون قرية": the one named right after a verb is its subject
    # (not after "على": "قضت على إرهابيين", "قبضت على": who is named next is acted on)
    verb_ends = {t.last for t in sm.triggers if not t.nominal and not t.span.text.endswith("على")}
    # ... or after the word for its members ("سيطر مقاتلو حركة إم 23")
    verb_ends |= {m.last for m in sm.marks if m.kind == "members" and m.first in verb_ends}
    # "أعلنت الشرطة أن مسلحين مجهولين اختطفوا": the one named after who said it and right
    # before a verb is the verb's subject, not the speaker
    verb_starts = {t.first for t in sm.triggers if not t.nominal}
    said_ends = {c.last for c in sm.cues if c.kind in SPEAKING}
    told_subjects = {a.first for a in sm.actors if a.last in verb_starts and any(
        e <= b.first < a.first for e in said_ends for b in sm.actors)}
    # "إن عناصر من تنظيم داعش هاجموا قرية": members of a group named right before a verb are its
    # subject, whatever "عناصر من" marks elsewhere ("استهدف عناصر من الشرطة": those hit)
    # (not the object of a verb before them: "قتلوا أربعة عناصر من تنظيم الدولة واعتقلوا اثنين")
    member_subjects = {a.first for a in sm.actors if a.last in verb_starts and any(
        m.kind == "members" and 0 < a.first - m.first <= 2 and not any(
            not t.nominal and t.last <= m.first for t in sm.triggers) for m in sm.marks)}
    # "أطلق مسلح النار ... قبل أن تعتقله الشرطة": who acts after "قبل أن" does something later
    # (one-sided violence only: police dispersing a protest "قبل أن تفرقهم" intervened in it, and
    # forces who respond to an assault fought it)
    first_verb = min(verb_starts, default=sm.sentence.last)
    later = min((c.last for c in sm.cues if c.kind == "before_that" and c.first > first_verb),
                default=sm.sentence.last) if sub_event_type in ONE_SIDED else sm.sentence.last
    # ("اندلعت مواجهات بينهم وبين شبان القرية قبل أن يتدخل الجيش": who stepped in fought no side)
    later = min([later] + [c.first for c in sm.cues if c.kind == "stepped_in" and c.first > first_verb])
    # ... so do forces that only arrest ("قتل رجل وامرأة في إطلاق نار ... وقالت الشرطة إنها اعتقلت
    # المهاجم": the police caught the attacker, they attacked no one)
    def subjects(arrest: bool) -> set[int]:  # "واعتقلت الشرطة", "قالت الشرطة إنها اعتقلت"
        return {a.first for a in sm.actors for t in sm.triggers if (t.sub_event_type == "Arrests") == arrest
                and not t.nominal and (a.first == t.last or a.first in said_ends and 0 < t.first - a.last <= 1)}
    arresters = subjects(True) - subjects(False) if sub_event_type in ONE_SIDED else set()
    arresters |= doer_arresters(sm, said_ends)
    seen = set()
    # (who announces an interception, an arrest or ground taken is who did it: "أعلن التحالف أن
    # دفاعاته الجوية اعترضت صاروخا")
    # (a lone speaker of violence against civilians did not commit it; one that tells of a bomb
    # may be what it hit: "قال الجيش إن عبوة انفجرت قرب دورية")
    # ("أعلنت الشرطة مقتل 12 قرويا على أيدي مسلحين هاجموا قرية": an assault whose dead are all
    # civilians is violence against them too)
    civilians_dead = {c.side for c in sm.casualties if c.killed} == {"civilians"}
    speakers = set() if sub_event_type in ANNOUNCED_BY_ACTOR else _speakers(
        sm, said_ends, sub_event_type in AGAINST_CIVILIANS or sub_event_type == "Armed clash" and civilians_dead)
    speakers |= _according_to(sm)
    # "واتهمت وحدات حماية الشعب الفصائل بإطلاقها": the accuser is no side, the accused did it
    # ("حمّلت الحكومة الحوثيين مسؤولية الهجوم": who holds others responsible accuses them)
    responsible_from = min((c.first for c in sm.cues if c.kind == "responsibility"), default=sm.sentence.last)
    accusing = [c for c in sm.cues if c.kind == "accuse" or c.kind == "hold" and c.last < responsible_from]
    # "وأعلن تنظيم الدولة مسؤوليته": the group named right before its claim did it (not one that denies it)
    accused = {a.first for a in sm.actors for c in sm.cues if c.kind == "claimed" and c.first == a.last}
    if any(c.kind == "denial" for c in sm.cues):
        speakers |= accused  # "نفى الجيش مسؤوليته عن قصف": who denies its part is no side
        accused = set()
    charges = {c.first for c in sm.cues if c.kind == "charge"}
    for c in accusing:
        # ("واتهم قوات الدعم السريع بالوقوف وراءه": named right before the charge, the side is the accused)
        accuser = next((a for a in sm.actors if a.first == c.last and a.last not in charges), None)
        if accuser is not None:
            speakers.add(accuser.first)
        # whom it accuses is named next: after the accuser, or after the verb when the accuser is
        # no actor ("اتهمت الحكومة اليمنية إيران": a government not of the sides)
        # ("الشرطة التي اتهمت رعاة فولانيين": an accuser told before the verb, the accused right after it)
        accused.add(min((b.first for b in sm.actors if b.first >= c.last and (
            accuser is not b and b.first - accuser.last <= ACCUSED_REACH if accuser
            else b.first - c.last <= ACCUSED_AFTER_VERB)), default=-1))
    # ... and those joined to whom it accuses ("حملت المعارضة النظام وروسيا المسؤولية")
    for b in sorted(sm.actors, key=lambda b: b.first):
        if b.joined and any(b.first == x.last for x in sm.actors if x.first in accused):
            accused.add(b.first)
    according_ends = [c.last for c in sm.cues if c.kind == "according"]
    # ... and the government or body the source belongs to ("بحسب وزارة الصحة في حكومة الوفاق")
    speakers |= {a.first for a in sm.actors for s in sm.sources for e in according_ends
                 if 0 <= s.first - e <= ACCORDING_REACH and 0 <= a.first - s.last <= SOURCE_OWNER_REACH}
    # "أفادت قناة المسيرة التابعة للحوثيين": whom a source belongs to is no side either
    owned_from = {c.last for c in sm.cues if c.kind == "target" and any(s.last == c.first for s in sm.sources)}
    speakers |= {a.first for a in sm.actors if a.first in owned_from}
    # "وعمل الجيش على ضبط الوضع": forces that came to calm things are no side of what they calmed
    speakers |= {a.first for a in sm.actors for c in sm.cues
                 if c.kind == "restore_order" and 0 <= c.first - a.last <= RESTORER_REACH}
    # "عثرت الشرطة على جثث خمسة أشخاص": who found the dead did not kill them
    speakers |= {a.first for a in sm.actors for c in sm.cues if c.kind == "discovery"
                 and (0 <= a.first - c.last <= 1 or 0 <= c.first - a.last <= 1)}
    # "بحماية شرطة الاحتلال": forces that guarded the doers are no side either
    speakers |= {a.first for a in sm.actors for c in sm.cues if c.kind == "escort" and 0 <= a.first - c.last <= 1}
    # "سيطرت القوات التركية على قرى في إطار عملية غصن الزيتون": the doers' own campaign, not whom
    # they fought; named alone ("قصف ضمن عملية غصن الزيتون") it stands for the doers
    campaign = {a.first for a in sm.actors for c in sm.cues if c.kind == "campaign" and 0 <= a.first - c.last <= 1}
    if campaign and any(a.first < min(campaign) and a.first not in speakers for a in sm.actors):
        speakers |= campaign
    aimed_ends: set[int] = set()  # where an actor aimed at ends: one joined right after it was aimed at too

    def taking_part(a: ActorMention) -> bool:
        return not ((a.only_in and not named_here(a, country)) or a.first in speakers or a.first >= later
                    or a.first in arresters)

    def role_of(a: ActorMention) -> str | None:
        # ("قتل طفل": a civilian right after the verb is who was killed, a passive's subject)
        # ("غارات إسرائيلية", "قصف روسي": the strikes named with their country are its forces acting)
        # ("مستودعات تابعة لحزب الله والحرس الثوري": both were aimed at)
        base = a.key.partition("@")[0]
        return ("agent" if a.first in accused or a.first in member_subjects else None) or cue_before.get(a.first) \
            or cue_before.get(a.first - 1) or ("target" if a.first in aimed_ends else None) or (
            "target" if a.first in counted_forces and base in ("MIL", "POL") else None) or (
            "agent" if a.of and a.first in trigger_ends or (a.first in verb_ends or a.first in told_subjects)
            and base != "CIV" or a.first in weapon_starts and base in STATE_KEYS else None) or (
            "target" if a.first in victims_from else None)
    for a in sm.actors:
        if a.key in seen or not taking_part(a):
            continue
        role = role_of(a)
        if role is None and sub_event_type not in FIGHTS and a.key.partition("@")[0] != "CIV" and any(
                b.key == a.key and b.first > a.first and taking_part(b) and role_of(b) == "target" for b in sm.actors):
            continue  # "بينهم ثلاثة من عناصر الأمن ... استهدف مقرا للشرطة": the forces hit, told later
            # (not in a fight, where both sides act: "اشتباكات بين قوات الأمن ومسلحين ... مقتل ثلاثة من عناصر الأمن")
        seen.add(a.key)
        base = a.key.partition("@")[0]
        if role == "agent":
            agents.append(a)
        elif role in ("target", "versus") or base == "CIV" or (role == "with" and agents):
            targets.append(a)
            if base != "CIV" and ("target" in (cue_before.get(a.first), cue_before.get(a.first - 1))
                                  or a.first in aimed_ends):
                aimed_at.append(a)
                aimed_ends.add(a.last)
        else:
            rest.append(a)
    # Arabic is verb-subject-object: the first actor not marked as a target acts; of those acted
    # on, forces an attack is said to aim at ("استهدف حافلة تقل عناصر من الشرطة") come before
    # the people counted dead ("قتل سبعة أشخاص")
    targets = aimed_at + [a for a in targets if a not in aimed_at]
    # "أطلق مجهولون النار ...، وتتهم قسد خلايا تابعة لداعش بتنفيذ الاغتيالات": a group accused
    # beside a doer already named is a suspect, neither the doer nor the side hit
    # (of several accused together, the one at home did it and foreign backers share the blame:
    # "اتهمت الحكومة اليمنية إيران وجماعة الحوثي بالوقوف وراء الهجوم")
    if lex is not None and agents and agents[0].first in accused and home_country(agents[0].key, lex) not in (None, country):
        local = next((a for a in agents if a.first in accused and home_country(a.key, lex) in (None, country)), None)
        if local is not None:
            agents = [local] + [a for a in agents if a is not local]
    agents = [a for i, a in enumerate(agents) if i == 0 or a.first not in accused]
    return agents + rest, targets, {a.key for a in agents}


def _same_side(a: ActorMention, b: ActorMention, country: str | None, lex: Lexicons) -> bool:
    ra, rb = resolve_actor(a.key, country, lex), resolve_actor(b.key, country, lex)
    return ra is not None and rb is not None and ra.name == rb.name


def named_here(a: ActorMention, country: str | None) -> bool:
    """Does the surface name this actor where the event is? ("التحالف" is the Saudi-led coalition
    in Yemen and in Saudi Arabia: actors.tsv only_in "YE SA")."""
    return not a.only_in or (country or "") in a.only_in.split()


AIRCRAFT = frozenset({"aircraft", "drone"})  # cue kinds of a warplane or drone
NOT_STRUCK = frozenset({"accident", "drill", "private", "natural"})  # a crash, a show, a storm: no strike
DROPPED_BOMB = "قنبل"  # the stem of "قنبلة", "قنابل", "قنبلتين": a bomb an aircraft may drop
ONE_SIDED = ("Attack", "Abduction/forced disappearance", "Sexual violence", "Remote explosive/landmine/IED",
             "Suicide bomb", "Grenade")
ANNOUNCED_BY_ACTOR = ("Disrupted weapons use", "Arrests", "territory")
AGAINST_CIVILIANS = ("Attack", "Abduction/forced disappearance", "Sexual violence")
ACCORDING_REACH = 2  # tokens from "بحسب" to the source: "بحسب ما أفاد الجيش"
RESTORER_REACH = 2  # tokens from the forces to what they do: "تدخل الجيش لضبط الوضع", "عمل الجيش على ضبط"
SOURCE_OWNER_REACH = 2  # tokens from a source to whom it belongs: "وزارة الصحة في حكومة الوفاق"
SPEAKER_REACH = 3  # tokens from who said it to the "إن" that opens what they said
FIGHTS = ("Armed clash", "confrontation", "territory", "Government regains territory",
          "Non-state actor overtakes territory")  # sub-types where both sides act
ACCUSED_REACH = 2  # tokens from the accuser to whom it accuses ("اتهمت دمشق فصائل المعارضة")
ACCUSED_AFTER_VERB = 4  # ... from the verb, past an accuser that is no actor ("حمل وزير الخارجية الفرنسي روسيا")


def _according_to(sm: SentenceMentions) -> set[int]:
    """"بحسب الجيش الإسرائيلي", "وفق ما أعلنت الشرطة": whom the news is according to (their first tokens)."""
    ends = [c.last for c in sm.cues if c.kind == "according"]
    for c in sorted(sm.cues, key=lambda c: c.first):  # "حسبما أفاد متحدث باسم الشرطة": through who said it
        if c.kind == "said" and any(0 <= c.first - e <= ACCORDING_REACH for e in ends):
            ends.append(c.last)
    return {a.first for a in sm.actors for e in ends if 0 <= a.first - e <= ACCORDING_REACH}


def _speakers(sm: SentenceMentions, said_ends: set[int], one_sided: bool = False) -> set[int]:
    """"قالت الشرطة النيجيرية إن مسلحين قتلوا 18 شخصا": who says so (named right after the verb of
    saying, with "إن" after it) is no side of the event it tells, when the clause names another
    ("أعلنت الشرطة أنها اعتقلت": "that it" arrested, the police acted), or tells violence against
    civilians (``one_sided``: "قالت الشرطة إن رجلا صدم بشاحنته حشدا": the man no lexicon names attacked)."""
    if not sm.actors:
        return set()
    thats = [c.first for c in sm.marks if c.kind == "that"]
    # "أعلنت الشرطة الألمانية، السبت، عن سقوط قتلى", "أعلنت الشرطة إصابة ثلاثة برصاص امرأة": the
    # police who announce the toll of an attack right after the verb tell it as after "إن" (not the
    # army that announces the militants it killed: "أعلنت القوات المسلحة مقتل 12 إرهابيا")
    announced = [c.first - 1 for c in sm.casualties if c.side != "fighters"] if one_sided else []
    police = {a.first for a in sm.actors if a.key.partition("@")[0] == "POL" and a.first in said_ends
              and any(0 <= t - a.last <= SPEAKER_REACH for t in announced)}
    # (beside the dead and whoever the sentence names as their killers: "على أيدي مسلحين")
    killers = {a.first for a in sm.actors for c in sm.cues if c.kind == "agent" and 0 <= a.first - c.last <= 1}
    # "وطالبت الشرطة بتجنب وسط المدينة ... بعد دهس سيارة لحشد": a state body that demands or
    # condemns (named right after the verb) did not do the one-sided violence it speaks of
    demanders = {a.first for a in sm.actors for c in sm.cues if c.kind == "statement" and a.first == c.last
                 and a.key.partition("@")[0] in STATE_KEYS} if one_sided else set()
    for only_speaking in (police, demanders):  # ... where all others named are the killers or the victims
        if only_speaking and all(a.first in only_speaking or a.first in killers or a.key.partition("@")[0] == "CIV"
                                 for a in sm.actors):
            return only_speaking
    if not thats or not sm.actors or (len(sm.actors) < 2 and not one_sided):
        return set()
    # "قال الجيش إن طائراته قصفت": "its aircraft" after "إن" are the speaker's: it acted
    own = {c.first for c in sm.marks if c.kind == "own"}
    thats = [t for t in thats if t + 1 not in own]
    # ("قال مسؤول في الشرطة إن": the body an official speaks for, named after "في" or with "ب")
    said_ends = said_ends | {m.last + k for m in sm.marks if m.kind == "official" and m.first in said_ends
                             for k in (0, 1)}
    found = {a.first for a in sm.actors if a.first in said_ends
             and any(0 <= t - a.last <= SPEAKER_REACH for t in thats)}
    # the speaker stays when no one else is named, unless what it tells is one-sided violence
    return found if one_sided or any(a.first not in found for a in sm.actors) else set()


@dataclass(frozen=True, slots=True)
class ArticleActors:
    """What the whole article says about who is involved, for sentences that don't."""

    air: str | None  # the air force most named
    claimed: str | None  # a group that claimed responsibility ("تبنت حركة الشباب")
    by_mentions: tuple[str, ...]  # armed actors, most named first
    main_nonstate: str | None  # the non-state armed group most named
    civilians_hit: bool  # civilians named where something happens or people die
    unclaimed: bool = False  # "لم تعلن أي جهة مسؤوليتها": unnamed attackers are no group the article names
    # each non-state armed actor's provinces (country, admin1): those of the sentences that name it
    # with a place of their own (empty: named once with no place, or a state's: anywhere); a
    # state's forces named without their country ("القوات الحكومية"): the countries they were named in
    named_in: tuple[tuple[str, frozenset[tuple[str, str]]], ...] = ()
    main_nonstate_of: tuple[str, ...] = ()  # the non-state groups, most named first
    past_only: frozenset[str] = frozenset()  # named only in background ("تشهد البلاد منذ 2015 هجمات تنسب إلى داعش")

    def gunmen(self) -> str | None:
        """Who "المسلحون" are: the group that claimed, else the group this article is about, if it
        names one today (not one the background blames for years of attacks)."""
        if self.claimed:
            return self.claimed
        if self.unclaimed or self.main_nonstate in self.past_only:
            return None
        return self.main_nonstate

    def at(self, place: Place | None) -> ArticleActors:
        """The actors to borrow for an event at ``place``: those named in its province or with no
        place ("قتل عنصران من هيئة تحرير الشام في اللاذقية ... وفي درعا هجوم بالقنابل على حاجز": a
        round-up's group of one province did not attack in another); a country's forces named
        only as "the government forces", those named in its country ("وفي اليمن ... القوات الحكومية",
        then "وفي لبنان، غارة": not Lebanon's army)."""
        if place is None or not place.admin1 or not self.named_in:
            return self
        where = dict(self.named_in)
        here = tuple(k for k in self.by_mentions if not where.get(k) or (
            place.iso2 in {iso for iso, _ in where[k]} if k in STATE_ROLES else (place.iso2, place.admin1) in where[k]))
        # (nor the claim of a round-up's Kabul bombing for its Nangarhar roadside bomb)
        claimed = self.claimed if self.claimed in here else None
        if len(here) == len(self.by_mentions) and claimed == self.claimed:
            return self
        return replace(self, by_mentions=here, claimed=claimed,
                       main_nonstate=next((k for k in self.main_nonstate_of if k in here), None))


def article_actors(groups: list[SentenceMentions], lex: Lexicons, country: str | None = None,
                   pub: dt.date | None = None) -> ArticleActors:
    # actors named where something happens, not those only commenting on it
    # (a denial names who denies, not who fought); "الفصائل" is Syria's rebels only in Syria
    # (and not whom the news is according to: "وفق ما أفادت الشرطة" names no side to borrow)
    keys: Counter[str] = Counter()
    current: set[str] = set()  # named where today's news happens, not only in the story's past
    named_in: dict[str, set[str]] = {}
    for g in groups:
        if not g.actors or any(c.kind == "denial" for c in g.cues):
            continue
        provinces = {(p.place.iso2, p.place.admin1) for p in g.places if p.place.kind != "country" and p.place.admin1}
        for a in g.actors:
            named_in.setdefault(a.key, set()).update(provinces or {("", "")})
        # ("أوضح البيان أن العناصر تنتمي إلى حركة حسم": the group the fighters belong to)
        belong = [a.key for a in g.actors for c in g.cues if c.kind == "belongs" and 0 <= a.first - c.last <= 1]
        keys.update(belong)
        if any(k not in current for k in belong) and not _is_background(g, pub):
            current.update(belong)
        if not g.triggers:
            continue
        told_by = _according_to(g)
        # (nor the police who tell of it: "أعلنت الشرطة الكندية أن حادث إطلاق النار أسفر عن مقتل شخصين")
        told_by |= {k for k in _speakers(g, {c.last for c in g.cues if c.kind in SPEAKING}, one_sided=True)
                    if any(a.first == k and a.key.partition("@")[0] == "POL" for a in g.actors)}
        named = [a.key for a in g.actors if (not a.only_in or named_here(a, country)) and a.first not in told_by]
        keys.update(named)
        if any(k not in current for k in named) and not _is_background(g, pub):
            current.update(named)
    # (a foreign country's forces named with it, "مقاتلات أمريكية" in Yemen, fly the article's other
    # strikes too; not the home army, which may be what a foreign strike hit)
    air = [k for k, _ in keys.most_common() if is_air_capable(k, lex) and k.partition("@")[0] not in ("MIL", "UMF")
           or k.partition("@")[0] == "MIL" and k.partition("@")[2] not in ("", country)]
    # (the group that claims, not the gunmen the claimed attack was told with: "قالت الشرطة إن
    # مسلحين هاجموا مركزا للاقتراع ..., وتبنى تنظيم الدولة الإسلامية الهجوم")
    claimed = next((a.key for g in groups if any(c.kind in CLAIMS for c in g.cues)
                    and not any(c.kind in ("no_claim", "denial") for c in g.cues)
                    for a in g.actors if not is_state(a.key, lex) and a.key not in GENERIC_ARMED
                    and a.key.partition("@")[0] not in UNARMED), None)
    armed = tuple(k for k, _ in keys.most_common() if k.partition("@")[0] not in UNARMED)
    nonstate = [k for k in armed if (not is_state(k, lex) or k in lex.insurgents)
                and k.partition("@")[0] not in GENERIC_ARMED]
    return ArticleActors(air[0] if air else None, claimed, armed, nonstate[0] if nonstate else None,
                         any(a.key.partition("@")[0] == "CIV" for g in groups
                             if g.triggers or any(c.killed for c in g.casualties) for a in g.actors),
                         any(c.kind == "no_claim" for g in groups for c in g.cues),
                         # (a key also named where no place is said may be anywhere)
                         # (a state's forces, or de facto authorities' (the Houthis), are found all over it)
                         tuple((k, frozenset() if ("", "") in v or is_state(k, lex) and k not in STATE_ROLES else frozenset(v))
                               for k, v in named_in.items()),
                         tuple(nonstate), frozenset(keys) - current)


GENERIC_ARMED = {"ARMED", "UAG", "UMF"}
YOUTHS = ("شبان", "الشبان")  # actors.tsv RIOT: youths in clashes riot, youths arrested are held civilians


BETWEEN_REACH = 14  # tokens from a fight to "بين" and armed units ("تجددت الاشتباكات مساء الاثنين في ضواحي طرابلس بين اللواء")

UNARMED = {"CIV", "PROT", "RIOT"}
CROWDS = {"PROT", "RIOT"}
ARMED_CIVILIANS = {"SETTLERS"}  # a side when they attack; their country's civilians when attacked


BRAWL_SIDES_REACH = 8  # tokens after "بين" that name the two sides ("بين أنصار فريقي الأهلي والزمالك")


def settle_confrontation(sm: SentenceMentions, trigger: Trigger, country: str | None,
                         lex: Lexicons) -> Trigger:
    """"مواجهات" is a clash between armed sides, but a riot when the security forces face
    people with no armed group named beside them (stone-throwers, demonstrators); any fight
    "between" crowds with no armed side among them (football fans) is mob violence."""
    clash = trigger.sub_event_type in ("confrontation", "Armed clash")
    if not clash and trigger.event_type != "Riots":
        return trigger
    bases = {a.key.partition("@")[0] for a in sm.actors if not a.only_in or named_here(a, country)}
    armed_groups = [a for a in sm.actors if a.key.partition("@")[0] not in UNARMED
                    and not is_state(a.key, lex)]
    if not armed_groups and any(c.kind == "each_other" for c in sm.cues) and (
            trigger.event_type == "Riots" or "RIOT" in bases):
        # "هاجم مشجعو الفريقين بعضهم بعضا بالحجارة": a crowd fighting itself, stones or not, is a mob
        return replace(trigger, event_type="Riots", sub_event_type="Mob violence")
    if not clash:
        return trigger
    between = [m.last for m in sm.marks if m.kind == "between"
               and any(a.first == m.last and a.key.partition("@")[0] == "RIOT" for a in sm.actors)]
    sides = [a for a in sm.actors for start in between if start <= a.first <= start + BRAWL_SIDES_REACH]
    if not armed_groups and between and all(a.key.partition("@")[0] in UNARMED for a in sides):
        # "اشتباكات بين مشجعي فريقي الوداد والرجاء": crowds fighting each other, whoever came to part
        # them, are a mob (ACLED: rioters on both sides)
        return replace(trigger, event_type="Riots", sub_event_type="Mob violence")
    if trigger.sub_event_type != "confrontation":
        return trigger
    # (or where a demonstration is told beside it, "مواجهات ... عقب مسيرة تضامنية", and no crowd named)
    crowd = bool(bases & UNARMED) or any(t.event_type == "Protests" for t in sm.triggers)
    if crowd and not armed_groups:
        return replace(trigger, event_type="Riots", sub_event_type="Violent demonstration")
    return replace(trigger, sub_event_type="Armed clash")


def settle_crowd_damage(sm: SentenceMentions, trigger: Trigger) -> Trigger:
    """"وحرق متظاهرون السيارات وهاجموا دور السينما": a crowd that burns and wrecks riots (ACLED
    codes the violent demonstration, not the damage)."""
    if trigger.sub_event_type != "Looting/property destruction":
        return trigger
    crowd_first = min((a.first for a in sm.actors if a.key.partition("@")[0] in CROWDS), default=None)
    if crowd_first is None or crowd_first - trigger.last > 1 or any(
            c.kind == "target" and c.last == crowd_first for c in sm.cues):
        return trigger  # only a crowd that is the verb's subject ("أحرق متظاهرون"), not its target
    return replace(trigger, event_type="Riots", sub_event_type="Violent demonstration")


CROWD_VERBS = ("Armed clash", "Looting/property destruction")  # "اقتحموا", "أضرموا النار في"
SOME_OF_THEM = ("بعضهم", "بعض")  # "وأحرق بعضهم", "وأحرق بعض المحتجين"


def _crowd_goes_on(verb: Trigger, text: str) -> bool:
    """The verb's subject is the crowd told before it: a plural with no subject of its own
    ("وأحرقوا"), or "some of them" after it ("وأحرق بعضهم")."""
    after = norm(text[verb.span.end:verb.span.end + 16]).split()
    if after and after[0] in SOME_OF_THEM:
        return True
    return norm(verb.span.text).split()[0].endswith("وا")


def settle_crowd_violence(sm: SentenceMentions, trigger: Trigger, text: str = "") -> Trigger:
    """"قالت مصادر إن محتجين اقتحموا مبنى المحافظة وأضرموا النار فيه": a crowd named as the
    subject of a violent verb riots, though the sentence's heaviest word names it as protesters."""
    if trigger.event_type != "Protests":
        return trigger
    if not trigger.nominal:
        # "تظاهر الآلاف ... وأحرقوا مقر الحزب", "وأحرق بعضهم": the crowd goes on, as the subject
        # of a violent verb joined after its own
        for verb in sm.triggers:
            if verb.sub_event_type in CROWD_VERBS and not verb.nominal and verb.first > trigger.last \
                    and text[verb.span.start - 1:verb.span.start] == "و" and _crowd_goes_on(verb, text):
                return replace(verb, event_type="Riots", sub_event_type="Violent demonstration")
        return trigger
    # ... or the crowd named right after the verb ("احتجاجات ..., أحرق خلالها المحتجون مبنى المحافظة")
    crowds = {a.first for a in sm.actors if a.key.partition("@")[0] in CROWDS}
    # (not a crowd of another clause: "اقتحم محتجون مبنى المحافظة، بينما اندلعت مظاهرات في الناصرية")
    bounds = [m.first for m in sm.marks if m.kind == "while"]
    if any(c.kind == "grievance" and c.first == trigger.first for c in sm.cues):
        # "اقتحم مواطنون غاضبون مركزا للشرطة وأضرموا فيه النار احتجاجا على ...": what was done "in
        # protest" told before the word is the crowd's violence
        done = next((v for v in sm.triggers if v.sub_event_type in CROWD_VERBS and not v.nominal
                     and v.last <= trigger.first and not any(v.first < b < trigger.first for b in bounds)), None)
        if done is not None:
            return replace(done, event_type="Riots", sub_event_type="Violent demonstration")
    for verb in sm.triggers:
        if verb.sub_event_type in CROWD_VERBS and not verb.nominal and (
                0 <= verb.first - trigger.last <= 1 or any(0 <= f - verb.last <= 2 for f in crowds)) and not any(
                min(verb.first, trigger.first) < b < max(verb.first, trigger.first) for b in bounds):
            return replace(verb, event_type="Riots", sub_event_type="Violent demonstration")
    return trigger


def settle_stopped(sm: SentenceMentions, trigger: Trigger, country: str | None) -> Trigger:
    """"اعترض الجنود عددا من المسلحين": stopping people, not a weapon, is a clash with them; an
    interception needs a weapon named in its sentence (a missile, a drone, a shell)."""
    if trigger.sub_event_type != "Disrupted weapons use" or "اعتر" not in norm(trigger.span.text):
        return trigger
    weapon = any(t.event_type == REMOTE for t in sm.triggers) or any(c.kind in AIRCRAFT for c in sm.cues)
    armed = any(a.key.partition("@")[0] in GENERIC_ARMED for a in sm.actors if named_here(a, country))
    if weapon or not armed:
        return trigger
    return replace(trigger, event_type="Battles", sub_event_type="Armed clash")


def settle_weapon(sm: SentenceMentions, trigger: Trigger, lex: Lexicons) -> Trigger:
    """"قصفت طائرتان المطار بصواريخ": the bombing or the missiles of a sentence whose weapon is a
    warplane or a drone, and no gun, are an air strike, not shelling; so are the bombs it dropped
    ("ألقت الطائرة قنبلتين على مدرسة"), not a planted bomb."""
    kinds = {c.kind for c in sm.cues}
    if trigger.weight <= CASUALTY_ONLY_WEIGHT and len(sm.triggers) == 1 and not kinds & NOT_STRUCK \
            and any(c.kind in AIRCRAFT and c.last <= trigger.first for c in sm.cues) and "artillery" not in kinds \
            and any(a.last <= trigger.first and is_air_capable(a.key, lex) for a in sm.actors):
        # "طيران الجيش دمر مضافة لداعش، ما أسفر عن مقتل أربعة": the dead of a sentence that opens with
        # a force's warplanes, and tells no other event, died in their strike (not a plane that crashed
        # with its passengers: no force flies it there)
        return replace(trigger, event_type=REMOTE, sub_event_type="Air/drone strike")
    dropped = trigger.sub_event_type == IED and DROPPED_BOMB in norm(trigger.span.text)
    if trigger.sub_event_type != "Shelling/artillery/missile attack" and not dropped:
        return trigger
    if kinds & AIRCRAFT and "artillery" not in kinds:
        return replace(trigger, sub_event_type="Air/drone strike")
    return trigger


def _own_clause_actors(sm: SentenceMentions, trigger: Trigger) -> SentenceMentions:
    """The sentence without the actors of another clause ("فيما", "بينما") that tells an event of
    its own: "اعتقلت قوات الأمن ثلاثة عناصر من داعش، فيما قتل جنديان بانفجار عبوة": the police and
    the arrested are no sides of the bomb."""
    # (so one told as coinciding with it: "اشتباكات بين الفصائل وقوات النظام، تزامنا مع قصف من قوات النظام")
    bounds = [m.first for m in sm.marks if m.kind == "while"] + [c.first for c in sm.cues if c.kind == "concurrent"]
    if not bounds:
        return sm

    def clause(i: int) -> int:
        return sum(b <= i for b in bounds)
    own = clause(trigger.first)
    busy = {clause(t.first) for t in sm.triggers} - {own}
    if trigger.event_type in CROWD_EVENTS:
        # ("أضرموا النار في مبنى المحافظة، فيما أطلقت قوات الأمن الرصاص لتفريقهم": forces that
        # broke up the crowd in the other clause are its other side)
        # (not a clause with a place of its own: another crowd, elsewhere)
        placed = {clause(p.first) for p in sm.places}
        busy -= {clause(c.first) for c in sm.cues if c.kind in ("intervention", "lethal")} - placed
    actors = [a for a in sm.actors if clause(a.first) == own or clause(a.first) not in busy]
    return sm if len(actors) == len(sm.actors) else replace(sm, actors=actors)


def _names_two(m: ActorMention) -> bool:
    """"قبيلتين", "مجموعتين مسلحتين": a feminine dual names two groups of a kind."""
    return norm(m.span.text).split()[-1].endswith(("تين", "تان"))


def _own_deeds_told(sm: SentenceMentions) -> SentenceMentions:
    """A ministry named as who speaks ("أعلنت وزارة الدفاع الروسية") is its forces' side only where
    what it says is their own deed ("أن قواتها سيطرت على"); else it only tells the news."""
    if not any(a.speaker for a in sm.actors):
        return sm
    dead = [c for c in sm.casualties if c.killed]
    if dead and all(c.side == "fighters" for c in dead):
        return sm  # "أعلنت وزارة الدفاع الجزائرية القضاء على إرهابيين اثنين": the militants its forces killed
    own = {c.first for c in sm.marks if c.kind == "own"}
    thats = [c.first for c in sm.marks if c.kind == "that" and c.first + 1 in own]
    kept = [a for a in sm.actors if not a.speaker or any(0 <= t - a.last <= SPEAKER_REACH for t in thats)]
    return replace(sm, actors=kept)


def assign_actors(sm: SentenceMentions, trigger: Trigger, country: str | None, lex: Lexicons,
                  context: ArticleActors):
    """(actor1, actor2, evidence spans) by the roles each event type gives its actors."""
    sm = _own_clause_actors(_own_deeds_told(sm), trigger)
    if any(c.kind == "separate" for c in sm.cues):
        context = replace(context, claimed=None)  # "وفي هجوم منفصل": not the one the group claimed
    acting, acted_on, agent_keys = _roles(sm, country, trigger.sub_event_type, lex)
    a1 = acting[0] if acting else None
    # (not the first actor named again: "أعلنت القيادة العامة للجيش السوري أن وحدات الجيش استعادت")
    # (nor its allies named beside it: "قواته والفصائل السورية الموالية لها سيطرت على ... بعد اشتباكات مع
    # وحدات حماية الشعب": the YPG)
    a2 = acted_on[0] if acted_on else next((m for m in acting[1:] if not _named_again(a1, m)
                                            and not _allied(a1, m, country, lex)), None)
    if acted_on and a1 is not None and _same_side(a1, a2, country, lex):
        # "اشتباكات بين قوات الجيش الوطني الليبي ومسلحين أسفرت عن مقتل ثلاثة جنود": the dead are
        # the first side's own; the other side fought it
        a2 = next((m for m in acting[1:] if not _same_side(a1, m, country, lex)
                   and not _allied(a1, m, country, lex)), a2)
    t, sub = trigger.event_type, trigger.sub_event_type
    if a1 is not None and not is_state(a1.key, lex) and any(c.kind == "no_claim" for c in sm.cues):
        a1 = None  # "لم تعلن أي جهة مسؤوليتها عن التفجير، لكن تنظيم الدولة نفذ هجمات مماثلة": a suspect, no doer
    if t == "Violence against civilians" and not trigger.nominal:
        # "إن فلسطينيا طعن مستوطنا": a civilian named right before the verb, with whom it struck
        # right after it, is an attacker no group claims (not "شاب قتل برصاص الجيش": no one after)
        subject = next((m for m in sm.actors if m.key.partition("@")[0] == "CIV" and m.last == trigger.first), None)
        struck = next((m for m in sm.actors if m.first == trigger.last), None)
        if subject is not None and struck is not None:
            # (a settler struck is one of his country's civilians, as ACLED codes him)
            home = home_country(struck.key, lex) if struck.key in ARMED_CIVILIANS else None
            a1, a2 = replace(subject, key="UAG"), replace(struck, key=f"CIV@{home}") if home else struck
        # "دهس مستوطن إسرائيلي طفلا", "أطلق مستوطن النار على شاب": a settler named alone right after the
        # verb, not as its object, is its subject: the settlers' side acts (marks.tsv settler)
        # (with an object after him: "قتل مستوطن إسرائيلي" alone is a settler killed)
        settler = None if subject is not None else next((m for m in sm.actors if m.first == trigger.last and any(
            k.kind == "settler" and k.first == m.first for k in sm.marks)), None)
        if settler is not None and (trigger.object_end >= 0 or any(
                0 < m.first - settler.last <= 2 and is_accusative(norm(m.span.text)) for m in sm.actors)):
            a1 = replace(settler, key=next(iter(ARMED_CIVILIANS)))
            a2 = next((m for m in acting + acted_on if m is not settler), None)
    if t in ("Explosions/Remote violence", "Violence against civilians") and a1 is not None \
            and a1.key.partition("@")[0] in CROWDS and (t == "Explosions/Remote violence" or a1.key not in agent_keys):
        # "هجمات انتحارية استهدفت زوارا ومتظاهرين": violence hits a crowd; the crowd does not act
        # (and sets off no bomb: "عبوة استهدفت محتجين" names it right after the verb)
        doers = [m for m in acting if m is not a1 and m.key.partition("@")[0] not in UNARMED]
        a1, a2 = (doers[0] if doers else None), a1
    among_themselves = False
    if t == "Battles" and a2 is not None and a2.key.partition("@")[0] == "CIV":
        # "clashes between the army and gunmen killed 3 people": the fight is with the gunmen
        # (not with the group the attackers are named as: "هاجم مسلحون من جماعة نصرة الإسلام قرية")
        def named_gunmen(m: ActorMention) -> bool:  # "مسلحين من قبيلتي التبو والزوية": the gunmen's own group
            return a1 is not None and a1.key == "ARMED" and m.key in (context.claimed, context.main_nonstate) \
                and 0 <= m.first - a1.last <= 1
        armed = [m for m in acting[1:] + acted_on if m.key.partition("@")[0] not in UNARMED and not named_gunmen(m)]
        # "اشتباكات بين مجموعات مسلحة ... مقتل أربعة أشخاص": groups of one kind fought each other;
        # the people killed were caught between them
        among_themselves = a1 is not None and a1.key in GENERIC_ARMED | {"TRIBE"} \
            and sub in ("Armed clash", "confrontation") and not any(
                m.key.partition("@")[0] not in UNARMED and not named_gunmen(m) for m in acting[1:] + acted_on) \
            and not any(c.kind == "assault" for c in sm.cues)
        # ground is taken from an armed side, never from the civilians named beside it
        a2 = armed[0] if armed else (a1 if among_themselves else None if sub == "territory" else a2)
    elif t == "Battles" and a2 is None and a1 is not None and a1.key in GENERIC_ARMED | {"TRIBE"} and len(acting) == 1 \
            and (any(m.kind == "between" and m.last == a1.first for m in sm.marks) or _names_two(a1)):
        # "اشتباكات بين مجموعتين مسلحتين", "تبادل مسلحون من قبيلتين إطلاق النار": they fought each other
        among_themselves, a2 = True, a1
    if t == "Battles" and a1 is None and (a2 is None or a2.key.partition("@")[0] == "CIV") and any(
            m.kind == "between" and (0 <= m.first - trigger.last <= 1 or 0 <= m.first - trigger.last <= BETWEEN_REACH
                                      and any(u.kind == "unit" and u.first == m.last for u in sm.marks))
            and not any(a.first == m.last for a in sm.actors) for m in sm.marks):
        # "اشتباكات (مسلحة) بين جهاز ... وقوة ...": two sides the lexicons do not know fought
        # each other; the people counted dead were caught between them
        uag = resolve_actor("UAG", country, lex)
        return uag, uag, (), False

    def resolve(m: ActorMention | None):
        if m is None:
            return None
        key = m.key
        # "ثمانية مسلحين من تنظيم داعش": gunmen named with their group right after are that group's
        # (so are the snipers of a state's forces named right after them: "قناصة الاحتلال", "قناصة الجيش")
        # (not the dead counted right after them: "قتل مسلح شرطيين")
        own = next((g for g in sm.actors if key == "ARMED" and 0 <= g.first - m.last <= GUNMEN_GROUP_GAP
                    and g.key.partition("@")[0] not in UNARMED | GENERIC_ARMED and named_here(g, country)
                    and (not is_state(g.key, lex) or g.first == m.last and not g.joined and not any(
                        c.killed and c.first < g.first < c.last for c in sm.casualties))), None)
        if own is not None:
            key = own.key
        elif key == "ARMED":  # "المسلحون": the group this article is about, if it names one
            key = context.gunmen() or "UAG"
        return resolve_actor(key, country, lex)
    default1 = None
    if sub in ("Air/drone strike", "Chemical weapon"):
        # only an air force flies strikes (and drops gas: "ألقت طائرات الحكومة قنابل كيميائية"):
        # swap, or borrow the article's air actor
        # (a drone any armed group may fly: "قصف بطائرة مسيرة شنته قوات الدعم السريع")
        drone = any(c.kind == "drone" for c in sm.cues) and sub == "Air/drone strike"
        if a1 is not None and not is_air_capable(a1.key, lex) \
                and not (drone and a1.key.partition("@")[0] not in UNARMED):
            if a2 is not None and is_air_capable(a2.key, lex):
                a1, a2 = a2, a1
            else:
                a1, a2 = None, a1
        # (not the forces it hit: "قاعدة ... التي تستضيف قوات أمريكية" names no one who flew it)
        default1 = context.air if context.air and (a2 is None or a2.key != context.air) else "UMF"
    elif sub == "Disrupted weapons use":
        if a2 is not None and a2.key.partition("@")[0] in UNARMED:
            a2 = None  # "لاستهداف المناطق المدنية": civilians are what it aimed at, no side
        # "اعتراضها من قبل قوات الدفاع الجوي السعودي": the state's own forces intercepted;
        # "صاروخ أطلق من قبل الحوثيين": any other agent launched what was intercepted, and is acted on
        def at_home(m: ActorMention) -> bool:  # a state's forces in their own country
            return is_state(m.key, lex) and home_country(m.key, lex) in (None, country)
        interceptor = a1 is not None and at_home(a1)
        if a1 is not None and a1.key in agent_keys and not interceptor:
            # (the one who stopped it is such forces, wherever it is named: "رصدت قوات الدفاع الجوي
            # للتحالف إطلاق صاروخ من قبل الميليشيا الحوثية")
            stopper = next((m for m in acting + acted_on if at_home(m) and not _same_side(m, a1, country, lex)), None)
            a1, a2 = stopper or a2, a1
        elif interceptor and a2 is not None and _same_side(a1, a2, country, lex):
            # "أعلن التحالف أن صاروخا أطلقه الحوثيون جرى اعتراضه من قبل قوات الدفاع الجوي السعودي":
            # the coalition announcing it is the interceptor's side; what was stopped is the other
            a2 = next((m for m in acting + acted_on if m is not a1 and not _same_side(a1, m, country, lex)
                       and m.key.partition("@")[0] not in UNARMED), None)
        default1 = "MIL"
    elif t == "Protests" or t == "Riots":
        crowd = "PROT" if t == "Protests" else "RIOT"
        crowd_m = next((m for m in acting + acted_on if m.key.partition("@")[0] in ("PROT", "RIOT")), None)
        others = [m for m in acting + acted_on if m is not crowd_m and m.key.partition("@")[0] != "CIV"]
        # "المواجهات بين الفلسطينيين والجيش الإسرائيلي": the side named "between" faced the crowd,
        # not a state named before it that only reacted ("استدعت أنقرة سفيريها في أعقاب المواجهات")
        between = next((m.last for m in sm.marks if m.kind == "between"
                        and 0 <= m.first - trigger.last <= BETWEEN_REACH), None)
        if between is not None:
            others.sort(key=lambda m: m.first < between)
        a1, a2 = None, others[0] if others else None
        default1 = crowd
        first = acting[0] if acting else None
        armed = resolve(first)
        if t == "Riots" and crowd_m is None and armed is not None and armed.inter in ARMED_NONSTATE_INTER \
                and first in others:
            # "هاجم مستوطنون منازل المواطنين ورشقوها بالحجارة": an armed group throwing stones
            # attacks whoever it targets; no crowd rioted (refine_type makes it an attack)
            a1 = first
            a2 = next((m for m in acted_on if m.key.partition("@")[0] == "CIV"), None)
            default1 = None
        if sub == "Mob violence" and all(is_state(m.key, lex) for m in others):
            # a brawl between families or clans: rioters on both sides (ACLED), whatever state
            # the article names
            rioters = resolve_actor("RIOT", country, lex)
            return rioters, rioters, (), False
    elif t == "Explosions/Remote violence" and sub != "Shelling/artillery/missile attack":
        # bombs are planted by armed groups: a state force named here is the target
        if a1 is not None and a1.key not in agent_keys and is_state(a1.key, lex):
            a1, a2 = None, a2 or a1
        default1 = context.claimed or "UAG"
    elif t == "Violence against civilians":
        default1 = context.claimed or "UAG"
    elif sub == "Arrests":
        # "إن قوات سوريا الديمقراطية شنت حملة اعتقال", "شنت قسد حملة": a group that is the subject
        # of the verb arrests, as a de facto authority does; one named after an arrest noun was arrested
        # (not before a verb of result: "لملاحقة فلول تنظيم داعش، أسفرت عن اعتقال 9": the operation resulted)
        subject = a1 is not None and (a1.key in agent_keys or any(
            a1.last == c.first and not norm(c.span.text).startswith(RESULT_VERBS) or c.last == a1.first
            for c in sm.cues if c.kind == "occurred") or any(
            t.first == a1.last and not t.nominal for t in sm.triggers) or any(
            # "قالت قوات سوريا الديمقراطية إنها اعتقلت": the speaker, "that it" arrested
            m.kind == "self" and m.first == a1.last and t.first == m.last and not t.nominal
            for m in sm.marks for t in sm.triggers))
        held = [m for m in acting[1:] + acted_on if m.key.partition("@")[0] not in UNARMED
                and not is_state(m.key, lex)]
        if a1 is not None and is_state(a1.key, lex) and held and (a2 is None or a2.key.partition("@")[0] in UNARMED):
            a2 = held[0]  # "القبض على خلية إرهابية مكونة من ثمانية أشخاص": the cell, not the people
        elif a1 is not None and not is_state(a1.key, lex) and a2 is not None and is_state(a2.key, lex):
            a1, a2 = a2, a1
        elif a1 is not None and not is_state(a1.key, lex) and not (
                subject and a1.key.partition("@")[0] not in UNARMED | GENERIC_ARMED):
            a1, a2 = None, a1
        default1 = "POL"
    elif t == "Explosions/Remote violence":
        default1 = "UAG"
    if t == "Battles" and a1 is None and a2 is not None and default1 is None and any(
            m.kind == "between" and 0 <= m.first - trigger.last <= BETWEEN_REACH
            and not any(0 <= p.first - m.last <= 1 for p in sm.places) for m in sm.marks):
        # "اشتباكات بين اللواء السابع وكتائب تابعة لحكومة الوفاق": the other side, one the lexicons do not
        # know (not "بين محافظتي الجوف وصعدة": between places)
        default1 = "UAG"
    actor1 = resolve(a1) or (resolve_actor(default1, country, lex) if default1 else None)
    actor2 = resolve(a2)
    if sub == "Arrests" and a2 is not None and a2.key == "RIOT" and norm(a2.span.text) in YOUTHS:
        actor2 = None  # "اعتقلت خمسة شبان": young men held, no riot told (civilians, below)
    elif t == "Violence against civilians" and a2 is not None and a2.key == "RIOT" and norm(a2.span.text) in YOUTHS \
            and not any(u.event_type == "Riots" or u.sub_event_type == "confrontation" for u in sm.triggers):
        # "استشهد ثلاثة شبان برصاص قوات الاحتلال": young men shot where no riot is told are civilians
        actor2 = resolve_actor("CIV", country, lex)
    if sub == "Arrests" and actor2 is None and actor1 is not None:
        # "اعتقلت هيئة تحرير الشام ناشطين", "اعتقلت السلطات رئيس الوزراء المعزول": whoever is held
        # and named as no group is a civilian (ACLED codes every arrest with the one held)
        actor2 = resolve_actor("CIV", country, lex)
    if t == "Battles" and actor1 is None and actor2 is not None:
        actor1 = other_side(actor2, country, lex, context)  # the attackers, named elsewhere
        if actor1 is not None and actor1.name in _arresters_named(sm, country, lex):
            actor1 = resolve_actor("UAG", country, lex)  # not those who arrested the doer
        if actor1 is not None and actor1.name.startswith("Police Forces") and "forces" in _sides_hit(sm) \
                and not any(c.police for c in sm.casualties):
            # "قتل ثلاثة مسلحين وجندي ... وفق ما أفادت الشرطة": a soldier fell, so the army fought
            actor1 = resolve_actor("MIL", country, lex)
        if actor1 is None and actor2.inter != CIVILIAN_INTER and any(c.kind == "assault" for c in sm.cues):
            # "قتل ثلاثة جنود في هجوم على نقطة تفتيش": attackers no one names anywhere
            actor1 = resolve_actor("UAG", country, lex)
        elif actor1 is None and actor2.inter in ARMED_NONSTATE_INTER and "forces" in _sides_hit(sm):
            # "قتل جندي وثلاثة مسلحين في تبادل لإطلاق النار": the gunmen fought the soldiers who fell
            actor1 = resolve_actor("MIL", country, lex)
        elif actor1 is None and a2 is not None and is_state(a2.key, lex) and "fighters" in _sides_hit(sm):
            # "قتل ثلاثة جنود ومسلحان في اشتباكات": the soldiers fought gunmen no group is named for
            actor1 = resolve_actor(context.main_nonstate or "UAG", country, lex)
    # a bomb's target is named where it went off, or it hit whoever was there: no side is
    # borrowed from elsewhere in the article for it (civilians below, if the article says so)
    bomb = sub in (IED, "Grenade", "Suicide bomb")
    if actor2 is not None and t == "Explosions/Remote violence" and a2 is not None \
            and a2.key.partition("@")[0] == "RIOT":
        # "أطلقت طائرة صاروخا باتجاه مجموعة من الشبان": youths a strike hits were no rioters then
        # (protesters stay protesters: "انتحاري فجر حزامه وسط متظاهرين")
        actor2 = resolve_actor("CIV", country, lex)
    if actor1 is not None and (actor2 is None or actor2.name == actor1.name):
        # "أعلنت الشرطة الكينية مقتل خمسة من عناصرها في انفجار عبوة": the dead are the speaker's own
        # (not the doer named twice: "زرعها مسلحو حركة الشباب")
        own_dead = any(m.kind == "own" and 0 < m.first - c.last <= OWN_DEAD_REACH
                       for m in sm.marks for c in sm.casualties if c.killed)
        # (an armed group's too: "قالت قوات سوريا الديمقراطية إن ... مقتل اثنين من مقاتليها")
        speaker = next((a for a in sm.actors if a.key.partition("@")[0] not in UNARMED | GENERIC_ARMED and any(
            c.kind in SPEAKING and c.last == a.first for c in sm.cues)), None) if own_dead else None
        if speaker is not None:
            actor2 = resolve_actor(speaker.key, country, lex)
    if actor2 is None and bomb and _sides_hit(sm) <= {"civilians"} and any(c.killed for c in sm.casualties):
        # "قتل شخصان في انفجار قنبلة يدوية خلال تجمع": a bomb's dead no side is named for were
        # whoever was there: civilians
        actor2 = resolve_actor("CIV", country, lex)
    if actor2 is None and t == "Explosions/Remote violence" and _sides_hit(sm) == {"civilians"}:
        # "قتل مدنيان في قصف مدفعي لقوات النظام": the shells hit the civilians the sentence counts,
        # not the side the article's other events fight
        actor2 = resolve_actor("CIV", country, lex)
    # (doers the forces guarded, "بحماية شرطة الاحتلال", fought no side the article names)
    escorted = any(c.kind == "escort" for c in sm.cues)
    if actor2 is None and sub == "Chemical weapon":
        # gas falls on whoever lives there: no armed side is borrowed from elsewhere in the article
        # (ACLED codes the chemical attacks of these wars on civilians)
        actor2 = resolve_actor("CIV", country, lex)
    # (a crowd that storms or fights is no armed side: "اقتحم المحتجون مبنى المحافظة" rioted against
    # no one the sentence names; the forces named elsewhere were not always there)
    crowd = actor1 is not None and actor1.inter in (5, 6)
    if actor2 is None and actor1 is not None and not bomb and not escorted and not crowd and (
            t in ("Battles", "Explosions/Remote violence") or sub == "Disrupted weapons use"):
        # (what air defences stop is launched from abroad: there any country's forces may be the other side)
        actor2 = other_side(actor1, country, lex, context, allow_civilians=t != "Battles",
                            from_abroad=sub == "Disrupted weapons use")
    # ("مسلحو حركة طالبان": one side named twice is no second side)
    named_twice = actor1 is not None and actor2 is not None and actor1.name == actor2.name and not among_themselves
    if (actor2 is None or named_twice) and (t in ("Violence against civilians", "Battles") or bomb) \
            and _sides_hit(sm) == {"forces"}:
        # "قتل جنديان في انفجار لغم", "قتل ضابط شرطة في هجوم مسلح", "قتل 12 شرطيا في هجوم شنه
        # مسلحو طالبان": the forces whose dead it counts were hit (an attack on them is a fight:
        # refine_type)
        police = any(a.key.partition("@")[0] == "POL" for a in sm.actors) or any(c.police for c in sm.casualties)
        actor2 = resolve_actor("POL" if police else "MIL", country, lex)
    if actor2 is None and t == "Violence against civilians" and actor1 is not None and actor1.inter == 1 \
            and "fighters" in _sides_hit(sm) and _sides_hit(sm) <= {"fighters", "forces"}:
        # "أعلن الجيش مقتل 12 إرهابيا" (and of an officer of its own): state forces killed
        # fighters, no civilians: a fight with the group the article names, or an unidentified
        # one (refine_type: a battle)
        actor2 = resolve_actor(context.main_nonstate or "UAG", country, lex)
    if actor2 is None and (t == "Violence against civilians" or (
            t == "Explosions/Remote violence" and context.civilians_hit)):
        # no armed side named as hit, and the article tells of civilians: they were
        actor2 = resolve_actor("CIV", country, lex)
    if t in ("Battles", "Violence against civilians") and actor1 is not None and actor2 is not None \
            and actor1.name != actor2.name and _government(actor1.name) \
            and _government(actor1.name) == _government(actor2.name) and "fighters" in _sides_hit(sm):
        # "نفذت القوات الخاصة عملية دهم ... وقتل أربعة من رجال الأمن وثلاثة من الإرهابيين": one
        # government's army and police fought the fighters who died, not each other
        actor2 = resolve_actor(context.main_nonstate or "UAG", country, lex)
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name and not among_themselves:
        # "معارك مع ميليشيات الحوثي أسفرت عن مقتل 22 حوثيا وأربعة جنود": the soldiers counted dead
        # are actor1's own; the other armed side named is the one fought (a group named only as
        # "gunmen" is left to the fallbacks below, which know whether the article names theirs)
        fought = [m for m in acted_on + acting[1:] if m is not a1 and m is not a2
                  and m.key.partition("@")[0] not in UNARMED and m.key not in GENERIC_ARMED] if t == "Battles" else []
        actor2 = next((r for r in map(resolve, fought) if r is not None and r.name != actor1.name), None)
    if actor2 is None and t == "Battles" and actor1 is not None and actor1.inter == 1 and (
            "fighters" in _sides_hit(sm) or any(c.kind == "assault" for c in sm.cues)):
        # "مقتل ضابط وثلاثة جنود في هجوم إرهابي ... وقتلت القوات 6 من المهاجمين": the forces
        # fought attackers no one names anywhere
        actor2 = resolve_actor("UAG", country, lex)
    if actor2 is None and t == "Battles" and sub == "Armed clash" and trigger.weight < FIGHT_WORD_WEIGHT \
            and actor1 is not None and actor1.inter in ARMED_NONSTATE_INTER and not _sides_hit(sm) & {"forces", "fighters"}:
        # "هاجم مسلحون من جماعة بوكو حرام مدرسة للبنات": an armed group's attack with no armed side
        # named anywhere, nor any of its dead counted, fell on whoever was there (refine_type: an attack
        # on civilians; not a fight word, "اشتباكات", which needs two sides)
        actor2 = resolve_actor("CIV", country, lex)
    spans = tuple(m.span for m in (a1, a2) if m is not None)
    return actor1, actor2, spans, a1 is not None


def _arresters_named(sm: SentenceMentions, country: str | None, lex: Lexicons) -> set[str]:
    said_ends = {c.last for c in sm.cues if c.kind in SPEAKING}
    held_by = doer_arresters(sm, said_ends)
    return {r.name for a in sm.actors if a.first in held_by and (r := resolve_actor(a.key, country, lex))}


def _named_again(first: ActorMention, other: ActorMention) -> bool:
    """"الجيش السوري" and "الجيش": one actor, its country said or left to the event's."""
    (base, _, iso), (other_base, _, other_iso) = first.key.partition("@"), other.key.partition("@")
    return base == other_base and (iso == other_iso or not iso or not other_iso)


def _sides_hit(sm: SentenceMentions) -> set[str]:
    """The sides the nouns of the sentence's counted dead or wounded name ("قتل جندي": forces;
    "ومسلحان": fighters)."""
    return {c.side for c in sm.casualties if c.side}


def other_side(actor: Actor, country: str | None, lex: Lexicons, context: ArticleActors,
               allow_civilians: bool = False, from_abroad: bool = False) -> Actor | None:
    """The armed actor the article names most, other than ``actor``. A third country's forces
    are not borrowed: a foreign state that fights where the event is gets named in its sentence,
    while one named elsewhere in the article is mostly commenting (Russia on an Israeli strike
    in Syria)."""
    own = actor.country
    own_code = None  # its ISO code, looked up once and only if needed
    for key in context.by_mentions:
        if key == "ARMED":  # "المسلحون": the group this article is about, if it names one
            key = context.gunmen() or "UAG"
        other = resolve_actor(key, country, lex)
        if other is None or other.name == actor.name or (not allow_civilians and other.inter == CIVILIAN_INTER):
            continue
        home = home_country(key, lex)
        if not from_abroad and home and country and home != country and is_state(key, lex):
            own_code = own_code or own_iso(own, lex)
            if home != own_code:
                continue
        if _government(actor.name) and _government(actor.name) == _government(other.name):
            continue  # the army does not fight its own government's police: the other side is who they fought
        if lex.camps.get(actor.name, actor.name) == lex.camps.get(other.name):
            continue  # nor its allies (Russian jets and the Syrian army)
        return other
    return None


def _same_side(one: ActorMention, other: ActorMention, country: str | None, lex: Lexicons) -> bool:
    """Two mentions of one actor ("قوات الجيش الوطني الليبي" and "جنود" in Libya)."""
    if _named_again(one, other):
        return True
    a, b = resolve_actor(one.key, country, lex), resolve_actor(other.key, country, lex)
    return a is not None and b is not None and a.name == b.name


def _allied(one: ActorMention | None, other: ActorMention, country: str | None, lex: Lexicons) -> bool:
    """Two named sides of one camp (allies.tsv): Turkey's army and the factions it backs."""
    if one is None or one.key in GENERIC_ARMED:
        return False
    a, b = resolve_actor(one.key, country, lex), resolve_actor(other.key, country, lex)
    return a is not None and b is not None and a.name != b.name and a.name in lex.camps \
        and lex.camps[a.name] == lex.camps.get(b.name)


def _government(name: str) -> str | None:
    """"Military Forces of Yemen (2012-)" and "Police Forces of Yemen (2012-)" serve one government
    ("Yemen (2012-)"); the Houthis' "Military Forces of Yemen (2016-) Supreme Political Council" another."""
    for force in ("Military Forces of ", "Police Forces of "):
        if name.startswith(force):
            return name[len(force):]
    return None


def own_iso(country_name: str | None, lex: Lexicons) -> str | None:
    """The ISO code of an actor's country name ("Israel" -> "IL")."""
    if not country_name:
        return None
    return next((iso for iso, (_, name) in lex.country_info.items() if name == country_name), None)


def is_state(key: str, lex: Lexicons) -> bool:
    """A state's forces or government (inter 1, or 8 abroad)."""
    base = key.partition("@")[0]
    return base in STATE_KEYS or (base in lex.actor_names and lex.actor_names[base][1] in (1, 8))


def denial_in(sm: SentenceMentions, country: str | None, lex: Lexicons) -> Denial | None:
    """A sentence that denies (نفى) or negates (لم يشن) an event, with who says so."""
    cue = next((c for c in sm.cues if c.kind == "denial"), None)
    if cue is None and sm.triggers and _is_negated(sm, _choose_trigger(sm.triggers)):
        cue = next(c for c in sm.cues if c.kind == "negation")
    if cue is None:
        return None
    # who denies: the subject right after "نفى/نفت" (verb first), else the nearest before
    named = sorted(sm.sources, key=lambda m: (m.first < cue.first, abs(m.first - cue.last)))
    by = [m.value for m in named] or [
        a.name for a in (resolve_actor(x.key, country, lex) for x in sm.actors) if a]
    typ = _choose_trigger(sm.triggers).event_type if sm.triggers else None
    return Denial(sm.sentence.index, cue.span, by[0] if by else "a party to the event", typ, blame_denied(sm))


def affirmed_after_denial(sm: SentenceMentions) -> bool:
    """"نفى التحالف استهداف مدنيين في الغارة ...، مؤكدا أن الغارة استهدفت تجمعا لقيادات حوثية": the
    denier goes on to affirm the event (cue kind affirm before an event word): what it denied was
    whom it hit, not that it happened."""
    denial = next((c for c in sm.cues if c.kind == "denial"), None)
    return denial is not None and any(
        c.kind == "affirm" and c.first > denial.last and any(t.first >= c.last for t in sm.triggers)
        for c in sm.cues)


def blame_denied(sm: SentenceMentions) -> bool:
    """"نفى الجيش مسؤوليته عن قصف سوق في نيالا": who denies its part in an event does not deny
    that it happened."""
    denial = next((c for c in sm.cues if c.kind == "denial"), None)
    return denial is not None and any(c.kind in CLAIMS and 0 <= c.first - denial.last <= BLAME_REACH for c in sm.cues)


BLAME_REACH = 5  # tokens from "نفى" to "مسؤوليته": the denier and where it said so between ("نفت حركة طالبان في بيان مسؤوليتها")


def told_then_denied(sm: SentenceMentions) -> int | None:
    """"استهدف موقعا في بلدة الهري، وهو ما نفاه التحالف": the sentence tells the event and then
    someone denies it; the event stands, as ACLED codes a denied one (the denial goes in its
    note). Where the denial starts, or None when it comes first ("نفى الجيش قصف القرية": no event)."""
    cue = next((c for c in sm.cues if c.kind == "denial"), None)
    if cue is not None and sm.triggers and _choose_trigger(sm.triggers).last <= cue.first:
        return cue.first
    return None


REFERENCE_GAP = 2  # tokens between a place and "شمالي X" that only says where it lies
APPOSITION_GAP = 6  # and between "X، آخر معقل للمعارضة قرب Y" after a comma


def place_in(sm: SentenceMentions, towns: list[PlaceMention], trigger: Trigger, text: str) -> PlaceMention | None:
    """The town nearest after the trigger, else the last one before it; places introduced
    as places ("في X") first, since a capital as speaker ("أعلنت بغداد") is not where it happened."""
    regions = [p for p in sm.places if p.locative]
    # "بمدينة أنابوليس، عاصمة ولاية ماريلاند": a town the sentence puts in the province it names
    # as the place is where it happened, introduced as a place or not
    inside = [t for t in towns if any(r.place.kind == "admin1" and (t.place.iso2, t.place.admin1)
                                      == (r.place.iso2, r.place.admin1) for r in regions)]
    pool = [p for p in towns if p.locative] or inside or regions or towns or sm.places
    # "أغلق محتجون الطريق الرابط بين بغداد والبصرة قرب مدينة الديوانية": the ends of a road the
    # event lay between are not where it happened when the sentence names a place besides them
    starts = {m.last for m in sm.marks if m.kind == "between"}  # where a name right after "بين" starts
    ends = [p for p in sorted(sm.places, key=lambda q: q.first) if p.first in starts]
    for end in list(ends):  # ... and the ones joined to it ("والبصرة", "ومنطقتي جبل راس")
        ends += [q for q in sm.places if q.first > end.first and _joined_by_and(text[end.span.end:q.span.start])]
    pool = [p for p in pool if p not in ends] or pool
    if not pool:
        return None
    after = [p for p in pool if p.first >= trigger.first]
    before = [p for p in pool if p.last <= trigger.first and p.locative]
    if after and before and any(t.sub_event_type == trigger.sub_event_type and t.weight > CASUALTY_ONLY_WEIGHT
                                and trigger.last <= t.first and t.last <= after[0].first for t in sm.triggers):
        # "وحداتها بمدينة مارث ألقت القبض على عنصر ... تم القبض عليه لاحقا بمدينة بنقردان": the
        # town after a second telling of the kind is that telling's; the subject's town is this one's
        return before[-1]
    if after:
        # "قتل 12 مدنيا في غارات على بلدات في ريف إدلب، بينهم خمسة في بلدة سراقب": a town told with a
        # part of the dead ("بينهم") is where that part died; the place named before it is the event's
        part = next((m.first for m in sm.marks if m.kind == "breakdown"
                     and trigger.last <= m.first < after[0].first), None)
        if part is not None:
            whole = [p for p in sm.places if p.locative and p.place.kind != "country"
                     and trigger.first <= p.first and p.last <= part]
            if whole:
                return whole[0]
        # "التظاهرات على الحدود بين قطاع غزة وإسرائيل ... مع افتتاح السفارة في القدس": a province
        # or region said right after the trigger is where it happened, not a town of another
        # province further on (a town inside it is more precise and stays)
        nearer = [p for p in sm.places if p.locative and p.place.kind in ("admin1", "region")
                  and trigger.first <= p.first < after[0].first]
        if nearer and nearer[0].place.admin1 != after[0].place.admin1:
            return nearer[0]
        return after[0]
    # "سفيرها في تل أبيب بعد المواجهات ... في قطاع غزة": a province or region said after the
    # trigger is where it happened, not a town the sentence named before it
    region_after = [p for p in sm.places if p.locative and p.first >= trigger.first
                    and p.place.kind != "country"]
    if region_after:
        return region_after[0]
    # "في صحراء الثرثار شمالي الرمادي ... بعد اشتباكات": the town after a direction is where the
    # place before it lies, not where it happened; so after a comma that opens a description of
    # it ("مدينة دوما، آخر معقل للمعارضة قرب دمشق")
    if len(pool) > 1 and pool[-1].precision == 2:
        gap = pool[-1].first - pool[-2].last
        described = text[pool[-2].span.end:pool[-2].span.end + 2].lstrip().startswith(("،", ","))
        if 0 < gap <= REFERENCE_GAP or (described and 0 < gap <= APPOSITION_GAP):
            return pool[-2]
    return pool[-1]


# "غداة", "بعد يومين من" (cues.tsv): what follows happened that many days from the sentence's day
DAY_SHIFTS = {"day_before": -1, "two_days_before": -2, "three_days_before": -3, "day_after": 1,
              "week_before": -7, "two_weeks_before": -14}


def _wounds_cue(sm: SentenceMentions) -> int | None:
    return min((c.last for c in sm.cues if c.kind == "died_of_wounds"), default=None)


def _wounded_on(sm: SentenceMentions) -> int | None:
    """For a death from wounds ("متأثرا بجراحه"), the index in ``sm.dates`` of the day named after
    it (the day he was wounded), -1 where none is; None for any other sentence."""
    cue = _wounds_cue(sm)
    if cue is None:
        return None
    return next((k for k, d in enumerate(sm.dates) if d.first >= cue and d.date), -1)


def date_of(sm: SentenceMentions, trigger: Trigger, pub: dt.date | None, last_date: DateMention | None):
    """(date, precision, evidence span, inherited?): the sentence's date, else the running one,
    else publication; for a death from wounds, the day of the wounds."""
    wounded = _wounded_on(sm)
    dm = sm.dates[wounded] if wounded is not None and wounded >= 0 else \
        _nearest_date(sm.dates, trigger, pub, sm.cues, sm.sources)
    inherited = dm is None
    dm = dm or last_date
    if dm is not None:
        date, precision, span = dm.date, dm.precision, dm.span
    else:
        date, precision, span = pub, 1, None
    # "غداة مقتل ...": what follows happened the day before the sentence's own date
    shift = next((DAY_SHIFTS[c.kind] for c in sm.cues if c.kind in DAY_SHIFTS
                  and c.last <= trigger.first and not any(d.first >= c.last for d in sm.dates)), None)
    if date and shift:
        date = date + dt.timedelta(days=shift)
    return date, precision, span, inherited


WEST_BANK = "West Bank"  # the admin1 where Palestine's (Hamas's) police do not act
SPEAKING = ("said", "statement", "denial")  # cue kinds whose subject speaks, acts nowhere
SPOKEN_REACH = 2  # sentences from a state that spoke to "its forces" said without it ("وقالت القيادة إن قواتها")


def _with_the_last_speakers_forces(groups: list[SentenceMentions], lex: Lexicons) -> list[SentenceMentions]:
    """"أعلنت قيادة العمليات المشتركة مقتل 9 إرهابيين. وقالت القيادة إن قواتها قتلت ستة منهم في
    صحراء الحضر": "its forces" right after "إن", in a sentence that names no one before them, are
    those of the state that last spoke (named right after a verb of saying): they acted."""
    out = []
    speaker, spoke_at = None, -SPOKEN_REACH - 1
    for k, g in enumerate(groups):
        thats = {m.first for m in g.marks if m.kind == "that"}
        own = next((m for m in g.marks if m.kind == "own" and m.first - 1 in thats), None)
        if own is not None and speaker and k - spoke_at <= SPOKEN_REACH and not any(
                a.first < own.first for a in g.actors):
            g = replace(g, actors=sorted([*g.actors, ActorMention(own.first, own.last, own.span, speaker)],
                                         key=lambda a: a.first))
        said = [c.last for c in g.cues if c.kind in SPEAKING]
        for a in g.actors:
            if is_state(a.key, lex) and any(0 <= a.first - end <= 1 for end in said):
                speaker, spoke_at = a.key, k
        out.append(g)
    return out


PRESS_REACH = 4  # words from a saying to "للصحفيين" ("قال وزير الخارجية الروسي للصحفيين")
VENUE_REACH = 3  # words from "للصحفيين" to the place it was said at ("في فيينا")
HOSPITAL_REACH = 1  # words from "مستشفى" to its town ("مستشفى الجهوي بالقصرين")
BACKWARD_PLACE_REACH = 5  # sentences a place named runs on to the events told after it


def build_frames(groups: list[SentenceMentions], *, lex: Lexicons, pub: dt.date | None,
                 country_votes: Counter, text: str, totals: frozenset[int] = frozenset(),
                 filed_from: PlaceMention | None = None, placed_elsewhere: frozenset[int] = frozenset()
                 ) -> tuple[list[Frame], list[Denial]]:
    """``totals``: the article's running totals (running_totals), no day's toll where retold;
    ``filed_from``: the dateline's city, where an event placed nowhere else is coded, unless its
    sentence is in ``placed_elsewhere`` (it names a place the gazetteer lacks)."""
    frames: list[Frame] = []
    denials: list[Denial] = []
    groups = _with_the_last_speakers_forces(groups, lex)
    article_sources = tuple(dict.fromkeys(m.value for g in groups for m in g.sources))
    default_country = country_votes.most_common(1)[0][0] if country_votes else None
    if default_country is None and filed_from is not None:
        default_country = filed_from.place.iso2  # nothing but the dateline says where the story is
    last_date: DateMention | None = None
    then_date: DateMention | None = None  # the last date named at all, background or not ("يومها")
    last_place: PlaceMention | None = None
    last_place_at = -1  # the sentence that named it
    context = article_actors(groups, lex, default_country, pub)
    unplaced: list[int] = []  # frames told before the article named any place
    # "تحطمت طائرة ... قتلوا كلهم": where an accident is told and nothing but deaths besides, the
    # dead of every sentence are the accident's
    deaths_of_accident = any(c.kind == "accident" for g in groups for c in g.cues) and all(
        t.weight <= CASUALTY_ONLY_WEIGHT for g in groups for t in g.triggers)

    def place_waiting_frames(place: PlaceMention, sentence: int, origin: bool = False) -> None:
        # a lead that names no place takes the one the next sentences give; an interception
        # not where the missile came from ("أطلق من صعدة باتجاه المملكة"): it waits on
        waiting = []
        for k in unplaced:
            if origin and frames[k].trigger.sub_event_type == "Disrupted weapons use":
                waiting.append(k)
            elif sentence - frames[k].sentence <= FORWARD_PLACE_REACH:
                frames[k] = replace(frames[k], place=place, place_inherited=True)
        unplaced[:] = waiting

    for sm in (clause for group in groups for part in told_after_split(group) for half in while_split(part)
               for clause in and_split(half, text)):
        if not (sm.triggers or sm.dates or sm.places) and all(c.kind != "denial" for c in sm.cues):
            continue  # nothing to tell, date, place or deny (the steps below would change nothing)
        sm = _without_campaign_dates(sm)
        dated = [d for d in sm.dates if not (pub and d.date and d.date > pub + dt.timedelta(days=1))]
        # ("وكانت 12 مدنيا قد قتلوا الاثنين": the day of an earlier event told in the pluperfect is
        # not the day the story goes on to tell of)
        date_before = last_date
        if dated and not _is_background(sm, pub) and not _pluperfect(sm):
            # (the day things happened, not the day they were reported: "أفادت الوكالة الخميس بأن
            # الدفاعات تصدت الأربعاء لهجوم" dates the next sentence's missiles Wednesday)
            last_date = next((d for d in dated if not _reported_on(d, sm.cues, sm.sources)), dated[0])
        any_dated = [d for d in sm.dates if d.date]
        then_date = any_dated[0] if any_dated else then_date
        # "قال للصحفيين في فيينا": where someone spoke is no place of the sentence's events
        # ("نظم الصحفيون وقفة أمام مقر النقابة الوطنية للصحفيين في العاصمة": "to the press" is a
        # venue only after a saying)
        venue_ends = [c.last for c in sm.cues if c.kind == "venue" or c.kind == "press" and any(
            0 <= c.first - s.last <= PRESS_REACH for s in sm.cues if s.kind in SPEAKING)]
        if venue_ends:
            sm = replace(sm, places=[p for p in sm.places if not any(0 <= p.first - e <= VENUE_REACH
                                                                     for e in venue_ends)])
        # "أكدت بغداد", "نفت دمشق": a city as the subject of a saying speaks for its government
        # (a country that speaks, "قالت سوريا", still says which country it happened in)
        speakers = {c.last for c in sm.cues if c.kind in SPEAKING}
        if speakers:
            sm = replace(sm, places=[p for p in sm.places
                                     if p.first not in speakers or p.place.kind == "country"])
        sm = without_venue_of_saying(sm)
        towns = [p for p in sm.places if p.place.kind not in ("admin1", "country")]
        denial = denial_in(sm, default_country, lex)
        if denial is not None:
            denials.append(denial)
            denied_at = told_then_denied(sm)
            if denied_at is None and (affirmed_after_denial(sm) or blame_denied(sm)):
                pass  # "نفى التحالف استهداف مدنيين في الغارة ..., مؤكدا أن الغارة استهدفت تجمعا": the strike stands
            elif denied_at is None:
                # "نفت موسكو أن تكون طائراتها قصفت أريحا ... وكان ناشطون قد أفادوا بمقتل ثمانية في
                # المدينة": the place of the denied event is the one the next sentences tell of
                located = [p for p in towns if p.locative and p.place.kind != "country"]
                if located and not _is_background(sm, pub):
                    last_place, last_place_at = located[0], sm.sentence.index
                continue
            else:
                # the denier and what it says ("الأمر الذي نفته دمشق") are no place of the event
                sm = replace(sm, places=[p for p in sm.places if p.last <= denied_at])
                towns = [p for p in towns if p.last <= denied_at]
        sm = _without_commemorated(sm)
        background = bool(sm.triggers) and _is_background(sm, pub)
        if not sm.triggers:
            located = [p for p in towns if p.locative] or [p for p in sm.places if p.locative]
            if located and not venue_ends and not _is_background(sm, pub):
                last_place, last_place_at = located[0], sm.sentence.index
                place_waiting_frames(last_place, sm.sentence.index, launched_from(sm, last_place))
            continue
        triggers, main_places = _toll_clause(sm, _without_described(sm, _without_response(
            sm, _without_sought(sm, _without_support(sm, _without_setting(sm, _without_grievance(sm, text)))))))
        # (arrests "خلال احتجاجات" were made at the protest, as if it were broken up)
        dispersed = any(c.kind in ("intervention", "lethal", "at_protest") for c in sm.cues)
        trigger = _cause_of_toll(sm, triggers) or protest_with_arrests(triggers, dispersed) or _choose_trigger(
            _without_arrest_of_doer(sm, _without_later_arrests(sm, _without_ground_taken_before(sm, triggers))))
        if trigger.event_type == "Strategic developments" and _killing_with_toll(
                sm, triggers, text, arrest=trigger.sub_event_type == "Arrests"):
            # the violence the dead were counted for, not the arrest beside it
            trigger = _choose_trigger([t for t in triggers if t.event_type != "Strategic developments"])
        assaults = [t for t in triggers if t.event_type in ("Battles", "Violence against civilians")]
        if trigger.sub_event_type == "Looting/property destruction" and sm.casualties and assaults:
            # "هاجم مستوطنون قرية وأضرموا النار في منازل، وأصيب عدد من المواطنين": people hurt make
            # the assault the event (ACLED codes damage as looting only where no one was attacked)
            trigger = _choose_trigger(assaults)
        if trigger.sub_event_type == "Abduction/forced disappearance" and any(c.killed for c in sm.casualties):
            # "اختطفهم مسلحون وأعدموهم": those taken were killed; the killing is the event (ACLED)
            trigger = next((t for t in triggers if t.sub_event_type == "Attack"), trigger)
        trigger = _raid_fought(sm, _territory_taken(sm, triggers, trigger), text, lex)
        charge = _charge_of_arrest(sm, triggers, trigger)
        if charge is not None:
            trigger, charged = charge
            sm = replace(sm, dates=[d for d in sm.dates if d.first < charged])  # its day is the charge's
            last_date = sm.dates[0] if sm.dates else date_before
        told = _without_cause(sm, trigger, text)
        if told is not sm:
            background = _is_background(told, pub)
            if len(told.places) < len(sm.places):
                main_places = [p for p in main_places if p in told.places] if main_places is not sm.places \
                    else told.places
                towns = [p for p in towns if p in told.places]
                sm = replace(sm, places=told.places)
        # what the rules know against the sentence being news: the event model weighs it
        # (choose/), where the rules alone once dropped the sentence
        flags = tuple(name for name, fired in (
            ("background", background), ("forecast", _is_forecast(told, trigger, text) or _dated_ahead(told, trigger, pub, lex)),
            ("trial", _is_trial(sm, trigger, lex)), ("comment", _is_comment(told, trigger)),
            ("names_only", names_without_telling(sm, lex)),
            ("accident", any(c.kind in ("accident", "private") for c in told.cues) or deaths_of_accident
             or _natural_deaths(told)
             or trigger.sub_event_type == "Arrests" and any(c.kind == "contraband" for c in told.cues)),
            ("drill", any(c.kind in ("drill", "sport", "market") for c in told.cues))) if fired)
        if trigger.weight <= CASUALTY_ONLY_WEIGHT and not sm.places:
            continue  # "مقتل 5" alone: a toll, counted with a nearby event (orphan_tolls)
        restricted = main_places is not sm.places
        place, inherited = place_in(replace(sm, places=main_places) if restricted else sm,
                                    [p for p in towns if p in main_places] if restricted else towns,
                                    trigger, text), False
        if place is not None and trigger.sub_event_type == "Disrupted weapons use" and launched_from(sm, place):
            place = next(iter(intercepted_over(sm, towns)), None)  # where it was headed, not launched
        if place is not None and trigger.event_type == REMOTE and not said_launched_from(sm, place, text) \
                and launched_from(sm, place):
            # "أطلقت صواريخ من قطاع غزة باتجاه مدينة عسقلان": fire lands at the town it was aimed at
            place = next((p for p in intercepted_over(sm, towns) if p.place.kind != "country"), place)
        if place is not None and trigger.event_type == REMOTE and said_launched_from(sm, place, text):
            if is_definite(trigger):
                continue  # "وقال إن الصاروخ أطلق من محافظة صعدة": where the missile told before came from
            # "سقط صاروخ أطلق من قطاع غزة في ...": it struck where it fell, not where it was fired
            place = next((p for p in towns if p.locative and p.first > place.last
                          and not said_launched_from(sm, p, text)), None)
        # "في شرق البلاد", "في شمال الصين": somewhere in that part of the country, so neither at
        # its capital nor at the town last named
        countrywide = any(c.kind == "countrywide" for c in sm.cues) or (
            place is not None and place.place.kind == "country"
            and any(c.kind in ("near", "middle") and c.last == place.first for c in sm.cues))
        if place is not None and place.place.kind == "country" and countrywide:
            place = None
        if place is None and last_place is not None and not countrywide and (
                default_country is None or last_place.place.iso2 == default_country) and \
                sm.sentence.index - last_place_at <= BACKWARD_PLACE_REACH:
            # "غربي البلاد": somewhere in the country, not the town last named; nor a town abroad
            # the story passed through (OPEC's Vienna in a story about Libya's oil ports)
            place, inherited = last_place, True
        if place is None and not countrywide and (
                this_city := next((c for c in sm.cues if c.kind == "this_city"), None)) is not None:
            # "في قصف على مخيم للنازحين قرب المدينة": the city named last before, even in background
            # ... or the dateline's ("تعز - ... في منطقة الوازعية غرب المدينة")
            city = _city_before(groups, sm.sentence.index, this_city.first) or filed_from
            if city is not None and (default_country is None or city.place.iso2 == default_country):
                near = any(c.kind == "near" and c.last == this_city.first for c in sm.cues)
                place, inherited = (replace(city, precision=2) if near else city), True
        if place is not None and not inherited and not background:
            last_place, last_place_at = place, sm.sentence.index
            if not any(c.kind == "separate" for c in sm.cues):
                # ("وفي حادث منفصل، قتل جندي قرب الطارمية": a separate incident's town is not where
                # the lead that named none happened)
                place_waiting_frames(place, sm.sentence.index, launched_from(sm, place))
        country = place.place.iso2 if place else default_country
        # "ويومها قتل مسلحون عشرات المتظاهرين": "that day" is the last day named, however long ago
        then = then_date if not sm.dates and any(c.kind == "then" for c in sm.cues) else None
        date, precision, date_span, date_inherited = date_of(sm, trigger, pub, then or last_date)
        if pub and date and date < pub - dt.timedelta(days=NEWS_WINDOW_DAYS):
            continue
        trigger = settle_weapon(sm, settle_stopped(sm, settle_confrontation(sm, trigger, country, lex), country), lex)
        trigger = settle_crowd_violence(sm, settle_crowd_damage(sm, trigger), text)
        crowd = _without_cause_mentions(sm, trigger, text)
        actor1, actor2, actor_spans, actor1_named = assign_actors(
            crowd, trigger, country, lex, context.at(place.place if place else None))
        actor1 = _unnamed_forces_at(place, actor1, actor1_named, lex)
        killed = counted_dead(crowd, totals)
        if trigger.weight <= CASUALTY_ONLY_WEIGHT and not killed and any(c.killed for c in crowd.casualties):
            continue  # "وثقت مقتل 1200 مدني منذ مطلع العام": a sentence that only counts a running total
        sources = tuple(dict.fromkeys(m.value for m in sm.sources)) or article_sources
        # "فوق الرياض ونجران وجازان": one event per place; one toll split evenly (GUIDELINES)
        if place is not None and not inherited:
            place = _list_head(place, sm.places, text, sm.cues)
        places = [place] + (coordinated_places(place, sm.places, text, sm.cues) if place and not inherited else [])
        if trigger.sub_event_type == "Disrupted weapons use" and place and not inherited:
            places += [p for p in intercepted_over(sm, towns) if p.place not in [q.place for q in places]]
        fatalities = sum(c.count for c in killed) // len(places)
        vague = bool(killed) and all(c.vague for c in killed)
        support = (sum((not date_inherited, bool(place) and not inherited and place.locative,
                        bool(killed), bool(actor_spans)))
                   + (not is_definite(trigger)))
        if place is None:
            unplaced.append(len(frames))
            if any(m.kind == "while" and m.first > trigger.first for m in sm.marks):
                # the main clause has no place, the one after "فيما" may tell an event at its own
                frames.extend(second_clauses(sm, trigger, [], towns, flags, pub, last_date, lex, context,
                                             sources, text))
        # (or a clause of its own besides the one that counts the dead: "فيما شنت طائرات غارات في ولاية زابل")
        if place is not None and (not inherited or restricted or any(c.kind == "concurrent" for c in sm.cues)):
            frames.extend(second_clauses(sm, trigger, places, towns, flags, pub, last_date, lex, context,
                                         sources, text))
        for p in places:
            frames.append(Frame(
                sentence=sm.sentence.index, trigger=trigger, actor1=actor1, actor2=actor2,
                actor_spans=actor_spans, actor1_named=actor1_named,
                place=p, date=date, time_precision=precision, date_span=date_span,
                fatalities=fatalities, fatality_spans=tuple(c.span for c in killed),
                fatality_parts=tuple(c.count for c in killed), fatality_sides=tuple(c.side for c in killed),
                fatalities_shared=len(places) > 1 and fatalities > 0, fatalities_vague=vague, fatalities_implied=bool(killed) and all(c.implied for c in killed),
                sources=sources, place_inherited=inherited,
                date_inherited=date_inherited, support=support,
                anaphoric=is_definite(trigger), flags=flags,
                cues=cue_sides(told.cues, trigger), told_by_verb=_told_by_verb(sm, lex),
                wounded=any(not c.killed for c in sm.casualties)))
    if filed_from is not None and (default_country is None or filed_from.place.iso2 == default_country):
        frames = [replace(f, place=filed_from, place_inherited=True)
                  if f.place is None and f.sentence not in placed_elsewhere else f for f in frames]
    return _town_counts_of_province_events(frames), denials


BREAKDOWN_REACH = 3  # sentences from a province's event to the count of its dead town by town


def _town_counts_of_province_events(frames: list[Frame]) -> list[Frame]:
    """"قتل سبعة مدنيين في قصف مدفعي لقوات النظام على ريف إدلب", then "أربعة قتلوا في بلدة كفرنبل،
    فيما قتل ثلاثة في معرة النعمان": the dead counted in a town of the province, that day, with a
    death word alone, died in the event told of the province: they take its type and its
    attacker (one event a town, as ACLED codes a strike on several towns; choose/decide.py then
    reads the province's telling as theirs)."""
    out = list(frames)
    for k, f in enumerate(frames):
        if f.trigger.weight > CASUALTY_ONLY_WEIGHT or f.place is None or f.place_inherited or f.flags \
                or f.place.place.kind not in ("city", "site", "unlisted") or f.actor1_named or not f.fatalities:
            continue
        lead = next((g for g in reversed(frames[:k]) if 0 < f.sentence - g.sentence <= BREAKDOWN_REACH
                     and g.trigger.weight > CASUALTY_ONLY_WEIGHT and not g.flags and g.date == f.date
                     and g.place is not None and g.place.precision == 3 and not g.place_inherited
                     and g.place.place.iso2 == f.place.place.iso2 and g.place.place.admin1 == f.place.place.admin1
                     and g.fatalities >= f.fatalities), None)
        if lead is not None:
            out[k] = replace(f, trigger=replace(f.trigger, event_type=lead.trigger.event_type,
                                                sub_event_type=lead.trigger.sub_event_type),
                             actor1=lead.actor1, actor2=f.actor2 or lead.actor2)
    return out


def _without_cause(sm: SentenceMentions, trigger: Trigger, text: str) -> SentenceMentions:
    """"تظاهر المتقاعدون للمطالبة برواتبهم المتأخرة منذ أشهر": the words after what a crowd
    protests against or demands tell of its cause ("for months", "last week"), not of the
    protest: its cues are read up to there."""
    if trigger.event_type not in CROWD_EVENTS:
        return sm
    cause = min((c for c in sm.cues if c.kind in GRIEVANCE and c.first >= trigger.last),
                key=lambda c: c.first, default=None)
    if cause is None:
        return sm
    # (up to a clause of the crowd's own again: "للمطالبة بالإفراج عنهم، وأطلقت الشرطة الرصاص");
    # so its places, where the crowd's own was named before: "خرجت مسيرات في الرباط تضامنا مع غزة"
    # marched in Rabat, not in Gaza ("تظاهر المئات احتجاجا على البطالة في مدينة القصرين": there)
    own_place = any(p.first < cause.first for p in sm.places) or cause.kind == "solidarity"
    return replace(sm, cues=[c for c in sm.cues if c.first <= cause.first
                             or OWN_CLAUSE.search(text, cause.span.start, c.span.start)],
                   places=[p for p in sm.places if not own_place or p.first <= cause.first
                           or OWN_CLAUSE.search(text, cause.span.start, p.span.start)])


CAUSE_END = re.compile(r"[،,.\n]|\s(?:حيث|فيما|بينما)\s")


def _without_cause_mentions(sm: SentenceMentions, trigger: Trigger, text: str) -> SentenceMentions:
    """"أغلق محتجون الطريق احتجاجا على مقتل شاب برصاص مجهولين أمس": the dead and the sides
    named in what a crowd protests against are its cause's, not the protest's: no toll, no
    other side. So are those of a killing the crowd took to the streets after ("أعمال الشغب التي
    اندلعت بعد مقتل شاب برصاص شرطي")."""
    if trigger.event_type not in CROWD_EVENTS:
        return sm
    dead_at = {c.first for c in sm.casualties if c.killed}
    # (the grievance word may be the protest's own: "احتجاجا على مقتل شاب" with no other protest word)
    cause = min((c for c in [*sm.cues, *sm.marks] if (c.first >= trigger.last or c.first == trigger.first) and (
        c.kind in GRIEVANCE or c.kind == "after" and c.last in dead_at)), key=lambda c: c.first, default=None)
    if cause is None:
        return sm
    # (the cause runs to a comma or a clause of its own: "احتجاجا على الهجوم حيث تدخلت الشرطة")
    comma = CAUSE_END.search(text, cause.span.end)
    end = comma.start() if comma else len(text)

    def outside(span: Span) -> bool:
        return not cause.span.start <= span.start < end
    return replace(sm, casualties=[c for c in sm.casualties if outside(c.span)],
                   actors=[a for a in sm.actors if outside(a.span)])


def without_hospital_places(sm: SentenceMentions) -> SentenceMentions:
    """"وأفاد مصدر في مستشفى معيتيقة بوصول جثتين": in a sentence that only counts the dead, the
    town a hospital is named for is where they were taken, not another event's place (where a
    hospital is shelled, "قصفت الميليشيات مستشفى حيس", it is the event's own)."""
    ends = [c.last for c in sm.cues if c.kind == "hospital"]
    if not ends:
        return sm
    return replace(sm, places=[p for p in sm.places if not any(0 <= p.first - e <= HOSPITAL_REACH for e in ends)])


def without_venue_of_saying(sm: SentenceMentions) -> SentenceMentions:
    """"وفي دمشق، قال مسؤول إن الغارات قتلت": a place that opens the sentence, with a saying
    right after it, about an event told before (a definite "the strikes") is where someone
    spoke. About an event told here ("وفي الموصل، أفادت الشرطة بمقتل 15 في هجوم انتحاري") it is
    where the event happened: the usual way an outlet leads each town's news."""
    if not sm.triggers or not any(p.first - sm.sentence.first <= 1 for p in sm.places):
        return sm
    sayings = {c.first for c in sm.cues if c.kind in SPEAKING}
    if not sayings or not is_definite(_choose_trigger(sm.triggers)):
        return sm
    return replace(sm, places=[p for p in sm.places if not (
        p.first - sm.sentence.first <= 1 and (p.last in sayings or p.last + 1 in sayings))])


def told_after_split(sm: SentenceMentions) -> list[SentenceMentions]:
    """"وتأتي الغارة بعد أسابيع من التظاهرات ... بلغت ذروتها الاثنين مع مقتل 60": a sentence
    that opens by saying its event came after something tells of that earlier time from the
    "after" word on: two parts, so the strike keeps neither the protests' dead nor their place.
    So does one whose dead are told only after a span before ("بعد أسبوع من الاحتجاجات التي قتل
    فيها 30 شخصا")."""
    opens = bool(sm.marks) and sm.marks[0].kind == "comes" and sm.marks[0].first == sm.sentence.first
    cut = min((c.first for c in [*sm.marks, *sm.cues] if (c.kind == "after" or DAY_SHIFTS.get(c.kind, 0) < 0)
               and any(t.last <= c.first for t in sm.triggers)), default=None) if opens else None
    if cut is None:
        # "خرج آلاف المتظاهرين الأحد بعد أسبوع من الاحتجاجات التي قتل فيها 30 شخصا": the dead told
        # only after "a week after" are that earlier week's
        cut = min((c.first for c in sm.cues if DAY_SHIFTS.get(c.kind, 0) < 0
                   and any(t.last <= c.first for t in sm.triggers)), default=None)
        # (so does one that tells an earlier event of its own, its weapon and its dead, after the
        # span: "قتل أربعة من أفراد الأمن خلال مداهمة في السلط، بعد يوم من تفجير استهدف دورية في
        # الفحيص وأدى إلى مقتل رجل أمن")
        two_events = cut is not None and any(c.killed and c.first < cut for c in sm.casualties) and any(
            t.first > cut and t.weight > CASUALTY_ONLY_WEIGHT and t.event_type != "Strategic developments"
            for t in sm.triggers) and any(p.first > cut for p in sm.places)
        if not two_events and (cut is None or any(c.killed and c.first < cut for c in sm.casualties) or not any(
                c.killed and c.first > cut for c in sm.casualties)):
            return [sm]

    return [_part(sm, sm.sentence.first, cut), _part(sm, cut, sm.sentence.last)]


def _part(sm: SentenceMentions, first: int, last: int) -> SentenceMentions:
    return SentenceMentions(Sentence(sm.sentence.index, first, last), *(
        [m for m in getattr(sm, name) if first <= m.first < last] for name in
        ("triggers", "cues", "dates", "places", "actors", "casualties", "sources", "marks")))


RUNNING_TOTAL_CUES = ("since", "background_since", "updated_toll", "running_total")  # a toll over weeks or years


def while_split(sm: SentenceMentions) -> list[SentenceMentions]:
    """"تصدى المقاتلون لهجوم على ناحية جنديرس وقتلوا عددا من المهاجمين، فيما أفاد المرصد بمقتل 11
    مدنيا في قصف على قرية قرب جنديرس": where each clause around "فيما" / "بينما" tells an event
    of its own, with its own dead and its own place, they are read as two sentences: neither
    event takes the other's dead (a clause without dead or place is read with the first,
    _toll_clause and second_clauses)."""
    bound = next((m.first for m in sm.marks if m.kind == "while"), None)
    if bound is None:
        return [sm]
    parts = [_part(sm, sm.sentence.first, bound), _part(sm, bound, sm.sentence.last)]

    def told(p: SentenceMentions) -> bool:  # its own dead and an event word of more than a death
        return any(c.killed for c in p.casualties) and any(t.weight > CASUALTY_ONLY_WEIGHT for t in p.triggers)

    def counted(p: SentenceMentions) -> bool:  # its own dead and only a death word
        return any(c.killed for c in p.casualties) and bool(p.triggers) and not told(p)

    def placed(p: SentenceMentions) -> bool:
        return any(q.locative and q.place.kind != "country" for q in p.places)
    # (a second clause said to tell a separate attack needs no place the tables know: "فيما قتل
    # جندي في هجوم منفصل بقذيفة هاون قرب الخالص")
    if all(told(p) for p in parts) and placed(parts[0]) and (
            placed(parts[1]) or any(c.kind == "separate" for c in parts[1].cues)):
        return parts
    # a war's running toll, then the day's event ("ارتفعت حصيلة ضحايا الحرب إلى 35 ألفا منذ أكتوبر، فيما
    # قتل 27 في غارات على مخيم النصيرات"): the day's event is told in its own clause
    if told(parts[1]) and placed(parts[1]) and any(c.kind in RUNNING_TOTAL_CUES for c in parts[0].cues):
        return parts
    # the dead counted town by town ("أربعة قتلوا في بلدة كفرنبل، فيما قتل ثلاثة في معرة النعمان"):
    # each town its own dead
    if all(counted(p) and placed(p) for p in parts):
        return parts
    return [sm]


def and_split(sm: SentenceMentions, text: str) -> list[SentenceMentions]:
    """"تجددت الاشتباكات في الضواحي الجنوبية لطرابلس، وسقطت قذائف على أحياء في أبو سليم": a
    clause after a comma and "و" that tells an event of another type, with a place of its own,
    is read as a sentence of its own (each clause an event at its place); not a death told
    after the event ("، وقتل 5": a death word types nothing) nor a clause with no place."""
    # (not arrests: those told at a protest are its intervention)
    strong = [t for t in sm.triggers if t.weight > DAMAGE_WEIGHT and t.event_type != "Strategic developments"]
    for a, b in zip(strong, strong[1:]):
        if a.event_type == b.event_type:
            continue
        comma = OWN_CLAUSE.search(text, a.span.end, b.span.start)
        if comma is None:
            continue
        cut = min((m.first for name in ("triggers", "cues", "dates", "places", "actors", "casualties", "marks")
                   for m in getattr(sm, name) if m.span.start >= comma.start()), default=b.first)
        parts = [_part(sm, sm.sentence.first, cut), _part(sm, cut, sm.sentence.last)]
        if all(any(q.locative and q.place.kind != "country" for q in p.places) for p in parts):
            return parts
    return [sm]


# cue kinds the rules read and the event model does not weigh: "مؤكدا أن" is said of anything
# (as a feature it moved the fixed folds' precision by 0.004 on no change of candidates); "حمّل"
# and "مسؤولية" only say who is accused, which the actors already carry
RULES_ONLY = frozenset({"affirm", "hold", "responsibility", "claimed", "based", "wing", "charge", "each_other",
                        "pursue"})


def cue_sides(cues: list[Cue], trigger: Trigger) -> tuple[str, ...]:
    """Each cue kind of the sentence with the side of the trigger it stands on ("forecast<");
    a relative pronoun only right before the trigger ("السلطات التي اعتقلت": who the
    authorities are, not what they did today)."""
    return tuple(sorted({c.kind + ("<" if c.last <= trigger.first else ">") for c in cues
                         if (c.kind != "relative" or c.last == trigger.first) and c.kind not in RULES_ONLY}))



TOWARD_REACH = 2  # tokens from "باتجاه" / "فوق" to the town ("باتجاه مدينة نجران")


def launched_from(sm: SentenceMentions, place: PlaceMention) -> bool:
    """"من (مدينة صعدة) باتجاه أراضي المملكة": a place just before "باتجاه" is where it came from;
    so one right after "أطلق من" ("الصاروخ أطلق من محافظة صعدة")."""
    return any(c.kind == "toward" and 0 <= c.first - place.last <= ORIGIN_REACH for c in sm.cues) \
        or said_launched_from(sm, place)


LAUNCH = norm("أطلق")  # the stem of the launch verbs of agent cues ("أطلقها", "أطلقه")
FROM_WORD = norm("من")


def _from_then_place(words: list[str]) -> bool:
    """"من" alone, or with the kind of place after it ("من بلدة")."""
    return 1 <= len(words) <= 2 and words[0] == FROM_WORD


def said_launched_from(sm: SentenceMentions, place: PlaceMention, text: str = "") -> bool:
    """"أطلق من محافظة صعدة": a place right after a launch verb and "من"; so where those who then
    fired are based ("الإرهابيون المتحصنون في الغوطة أطلقوا قذائف"), not where a strike found them
    ("قصفت الطائرات المسلحين المتحصنين في البلدة": a trigger before); so one right after who
    fired them and "من" ("قذائف أطلقها مقاتلو المعارضة من الغوطة سقطت على دمشق": ``text``, the
    raw text, shows the "من")."""
    if text and any(c.kind == "agent" and norm(c.span.text).startswith(LAUNCH) and a.first == c.last
                    and _from_then_place(norm(text[a.span.end:place.span.start]).split())
                    for c in sm.cues for a in sm.actors):
        return True
    return any(0 <= place.first - c.last <= TOWARD_REACH and (c.kind == "origin" or c.kind == "based" and not any(
        t.first < c.first for t in sm.triggers) and any(
        t.event_type == REMOTE and t.first >= place.last for t in sm.triggers)) for c in sm.cues)


def intercepted_over(sm: SentenceMentions, towns: list[PlaceMention]) -> list[PlaceMention]:
    """"ثلاثة باتجاه الرياض، وواحد باتجاه نجران ... وجرى اعتراضها جميعا": every town missiles
    were headed for or stopped over is an interception of its own (ACLED: one event a place)."""
    toward = [c.last for c in sm.cues if c.kind == "toward"]
    return [p for p in towns if any(0 <= p.first - end <= TOWARD_REACH for end in toward)]


OWN_DEAD_REACH = 2  # "خمسة من عناصرها": tokens from the count to the speaker's own members
GUNMEN_GROUP_GAP = 1  # "مسلحين من تنظيم داعش": tokens from the gunmen to the group they are of
SECOND_CLAUSE_KM = 10  # a second trigger tells an event of its own only at a place this far from the first
TWIN_CITY = 100_000  # ... or at another city of this size ("بحري" and "أم درمان", across the Nile)


def _other_side_answers(sm: SentenceMentions, main: Trigger, t: Trigger) -> bool:
    """"أطلق حزب الله صواريخ على موقع في مزارع شبعا، فيما ردت المدفعية الإسرائيلية بقصف كفرشوبا":
    a clause after "فيما" whose side the first clause did not name tells another event, however
    near its place."""
    bound = next((m.first for m in sm.marks if m.kind == "while" and main.last <= m.first < t.first), None)
    if bound is None or any(c.kind in SPEAKING and bound <= c.first < t.first for c in sm.cues):
        return False  # ("فيما قالت مصادر إن ...": what others said of the same event)
    before = {a.key for a in sm.actors if a.first < bound}
    # the clause's subject: right after "فيما" and its verb
    return any(a.key not in before for a in sm.actors if bound < a.first <= bound + 2 and a.first <= t.last + 1)


def _told_by_verb(sm: SentenceMentions, lex: Lexicons) -> bool:
    """A verb tells that the event happened: a trigger's ("هاجم"), or a dispersal's ("فرقت الشرطة
    بالقوة مسيرة", "فضت اعتصاما": the march its noun names took place)."""
    dispersed = lex.number_words.get("dispersal_verb", frozenset())
    return any(not t.nominal for t in sm.triggers) or any(
        c.kind == "intervention" and (is_past_verb(word := norm(c.span.text)) or word in dispersed) for c in sm.cues)


def _same_spot(a: Place, b: Place) -> bool:
    """Where a second clause's place is the first's: within SECOND_CLAUSE_KM, unless both are
    cities of their own."""
    return places_km(a, b) <= SECOND_CLAUSE_KM and not (
        a.kind == b.kind == "city" and a.name != b.name and min(a.population, b.population) >= TWIN_CITY)
SECOND_CLAUSE_REACH = 4  # tokens from a second trigger to a name not introduced as a place


def _turned_riot(sm: SentenceMentions, protest: Trigger) -> Trigger:
    """"فيما خرجت احتجاجات في سريناغار رشق خلالها الشبان قوات الأمن بالحجارة": a protest its own
    clause tells turned violent riots (the rest of the sentence, after "فيما", is another event's)."""
    if protest.event_type != "Protests":
        return protest
    end = min((m.first for m in sm.marks if m.kind == "while" and m.first > protest.first), default=sm.sentence.last)
    return next((t for t in sm.triggers if protest.first < t.first < end and t.event_type == "Riots"
                 and not t.nominal), protest)


def _unnamed_forces_at(place: PlaceMention | None, actor1: Actor | None, named: bool, lex: Lexicons) -> Actor | None:
    """Palestine's police are Hamas's, in Gaza: an arrest or a raid in the West Bank whose doer the
    sentence does not name is Israel's forces' (ACLED's most frequent actor there), not theirs."""
    if place is None or place.place.admin1 != WEST_BANK or named or actor1 is None \
            or actor1 != resolve_actor("POL", "PS", lex):
        return actor1
    return resolve_actor("MIL", "PS", lex)


THIS_CITY_REACH = 3  # sentences back to the city "المدينة" points to


def _city_before(groups: list[SentenceMentions], sentence: int, token: int) -> PlaceMention | None:
    """The last city named before a token, in its sentence or the few before it (not where someone
    spoke or is based: "ومقره القامشلي", a venue, does not run on)."""
    cities = [p for g in groups if sentence - THIS_CITY_REACH <= g.sentence.index <= sentence
              for p in g.places if p.place.kind == "city" and p.first < token
              and not any(c.kind == "venue" and 0 <= p.first - c.last <= VENUE_REACH for c in g.cues)]
    return cities[-1] if cities else None


def second_clauses(sm: SentenceMentions, main: Trigger, main_places: list[PlaceMention],
                   towns: list[PlaceMention], flags: tuple[str, ...], pub: dt.date | None,
                   last_date: DateMention | None, lex: Lexicons, context: ArticleActors,
                   sources: tuple[str, ...], text: str = "") -> list[Frame]:
    """"اقتحم محتجون مبنى محافظة كربلاء، بينما اندلعت مظاهرات في النجف": a sentence may tell a
    second event, with a trigger of its own nearest a place of its own. One frame per such
    trigger, with no toll (the sentence's dead stay with its main event); the event model
    weighs them (feature second_clause)."""
    out: list[Frame] = []
    taken = [p.place for p in main_places]
    for t in sorted(_without_grievance(sm, text), key=lambda t: t.first):
        if t is main or t.weight <= CASUALTY_ONLY_WEIGHT or t.first == main.first:
            continue
        if any(c.kind == "agent" and c.first == t.first for c in sm.cues):
            continue  # "مقتل 41 برصاص الجيش ... في القدس": who killed the main event's dead, not a new event
        if _answered(sm, t):
            continue  # "غارة على غزة ردا على إطلاق نار استهدف سديروت": what it answered, told as its cause
        if is_definite(t) and t.event_type == main.event_type and t.first > main.first:
            continue  # "أن الغارة جاءت ردا على": "the strike" points back to the main event
            # (one told before it cannot: "فرقت الشرطة المتظاهرين في الخرطوم ... بمقتل متظاهر في أم درمان")
        # "معارك عنيفة دارت في محور البقع، تزامنت مع قصف مدفعي شنه التحالف": an event of another
        # type told as coinciding with the main one is a second event at its place
        along = t.event_type != main.event_type and bool(main_places) and any(
            min(t.first, main.first) < c.first < max(t.first, main.first) for c in sm.cues if c.kind == "concurrent")
        # its place: the next one introduced as a place, or named right after it ("اقتحموا مبنى محافظة كربلاء")
        # (not a town of a clause after "فيما" that tells its own event: "وأحرقوا إطارات، فيما فرقت
        # قوات الأمن تظاهرة في الناصرية": the tyres burned where the roadblock was)
        walls = [m.first for m in sm.marks if m.kind == "while" and m.first >= t.last
                 and any(u.first > m.first and u.weight > CASUALTY_ONLY_WEIGHT for u in sm.triggers)]
        after = [p for p in sm.places if p.first >= t.last and p.place.kind != "country"
                 and (p.locative or p.first - t.last <= SECOND_CLAUSE_REACH)
                 and not any(w < p.first for w in walls)]
        if not after and not along:
            continue
        # ("اعتصاما في جامعة تكساس في أوستن": a name right after it only names the thing; the one
        # introduced as a place is where)
        place = main_places[0] if along else next(
            (p for p in after[1:3] if p.locative and not after[0].locative and p.place.kind == "city"
             and not any(m.kind == "while" and t.last <= m.first < p.first for m in sm.marks)), after[0])
        if not along and main.first > t.first and main.first < place.first:
            continue  # the main trigger stands between: the place is its
        if t.first == main.last and t.event_type == main.event_type:
            continue  # "سقطت قذيفة صاروخية": a word that goes on naming the main event's weapon
        if launched_from(sm, place):
            continue  # "أطلقت من قطاع غزة": where it came from, no event of its own
        if not along and any(_same_spot(place.place, q) for q in taken) and not _other_side_answers(sm, main, t):
            continue
        country = place.place.iso2
        date, precision, date_span, date_inherited = date_of(sm, t, pub, last_date)
        trigger = settle_weapon(sm, settle_confrontation(sm, _turned_riot(sm, t), country, lex), lex)
        # its sides by its own clause's dead, not by those of the main event before it
        own = replace(sm, casualties=[c for c in sm.casualties if c.first >= t.last])
        actor1, actor2, actor_spans, actor1_named = assign_actors(own, trigger, country, lex, context.at(place.place))
        actor1 = _unnamed_forces_at(place, actor1, actor1_named, lex)
        # "تظاهر المئات في الناصرية والعمارة، فيما أحرق محتجون مقرا في النجف": one event per
        # place listed in the clause, as in the main one
        places = [place] + ([] if along else [p for p in coordinated_places(place, sm.places, text, sm.cues)
                                             if not any(_same_spot(p.place, q) for q in taken)])
        taken.extend(p.place for p in places)
        # a plan is its own clause's: "أحبطت مخططا لتنفيذ هجوم في باريس، واعتقلت ثلاثة في ستراسبورغ"
        own_flags = tuple(f for f in flags if f != "forecast") + (
            ("forecast",) if _is_forecast(sm, trigger, text) else ())
        # a clause of its own after "فيما" is background or news by itself: "قتل 25 منذ اندلاع
        # الاحتجاجات، فيما خرجت اليوم مظاهرات جديدة في مدينة الأهواز"
        bound = next((m.first for m in sm.marks if m.kind == "while" and main.first < m.first < t.first), None)
        if bound is not None:
            own_flags = tuple(f for f in own_flags if f != "background") + (
                ("background",) if _is_background(_part(sm, bound, sm.sentence.last), pub) else ())
        out.extend(Frame(
            sentence=sm.sentence.index, trigger=trigger, actor1=actor1, actor2=actor2,
            actor_spans=actor_spans, actor1_named=actor1_named, place=p, date=date, time_precision=precision,
            date_span=date_span, fatalities=0, fatality_spans=(), fatality_parts=(),
            fatalities_vague=False, sources=sources, date_inherited=date_inherited,
            support=sum((not date_inherited, place.locative, bool(actor_spans))),
            anaphoric=is_definite(trigger), flags=own_flags, second_clause=True,
            cues=cue_sides(sm.cues, trigger), wounded=any(not c.killed for c in own.casualties)) for p in places)
    return out


RUNNING_TOTAL_REACH = 6  # "قتل 30 فلسطينيا على الأقل منذ ذلك الحين": tokens from the count to "منذ"
SINCE_SPAN_REACH = 2  # "منذ ثلاثة أسابيع": tokens from "منذ" to the weeks
PAST_DEAD_REACH = 1  # tokens from a count of the dead to "العام الماضي" that dates them
PERIOD_REACH = 4  # tokens from a count to the period it was counted over ("250 شخصا قتلوا خلال يومين", "27 شخصا ونزوح 2500 أسرة خلال")


RETOLD_TOTAL_MIN = 50  # a figure this large told again is the same total, not a coincidence


def running_totals(groups: list[SentenceMentions]) -> frozenset[int]:
    """The counts an article tells as running totals ("250 شخصا قتلوا خلال يومين")."""
    return frozenset(c.count for sm in groups for c in sm.casualties if c.killed and c.count >= RETOLD_TOTAL_MIN
                     and _running_total(c, sm.cues, sm.marks, sm.dates))


def counted_dead(sm: SentenceMentions, totals: frozenset[int]) -> list[Casualty]:
    """The sentence's counts of the dead that are its own: no running total, nor a figure the
    article told as one elsewhere ("250 قتلوا خلال يومين" in the lead, "250 شخصا على الأقل قتلوا"
    further on: the same two days' total)."""
    return _one_claim_a_side([c for c in sm.casualties if c.killed and c.count not in totals
                              and not _running_total(c, sm.cues, sm.marks, sm.dates)], sm.cues)


def _one_claim_a_side(killed: list[Casualty], cues: list[Cue]) -> list[Casualty]:
    """Counts of one side's dead told by two speakers are rival claims of one loss, not two losses
    ("قالت باكستان إن 23 من جنودها قتلوا، فيما أعلنت طالبان مقتل 58 جنديا باكستانيا"): the smaller
    is kept, as ACLED counts conservatively."""
    said = [c.last for c in cues if c.kind in SPEAKING]
    by_teller: dict[int, list[Casualty]] = {}  # whose clause each count is told in
    for c in killed:
        by_teller.setdefault(sum(s <= c.first for s in said), []).append(c)
    if len(by_teller) >= 2 and any(all(c.side is None for c in cs) for cs in by_teller.values()):
        # "قتل مسلحون نحو 30 قرويا ...، فيما قال سكان إن عدد القتلى تجاوز 50": a toll of no side
        # told by another speaker counts the same dead again
        return min(by_teller.values(), key=lambda cs: sum(c.count for c in cs))
    claims: dict[str, dict[int, list[Casualty]]] = {}
    for teller, cs in by_teller.items():
        for c in cs:
            if c.side is not None:
                claims.setdefault(c.side, {}).setdefault(teller, []).append(c)
    dropped = []
    for side_tellers in claims.values():
        if len(side_tellers) >= 2:
            kept = min(side_tellers.values(), key=lambda cs: sum(c.count for c in cs))
            dropped += [c for cs in side_tellers.values() if cs is not kept for c in cs]
    return [c for c in killed if c not in dropped]


def _running_total(c: Casualty, cues: list[Cue], marks: list[Cue] = (), dates: list[DateMention] = ()) -> bool:
    """A toll counted "since" some earlier time (told just before or after it), or over weeks ("خلال الأسابيع الماضية قتل 51",
    "منذ ثلاثة أسابيع، والتي أودت بحياة أكثر من 630", "بعد أسابيع من الاحتجاجات التي أسفرت عن سقوط
    قتلى"), is a running total, not this event's dead."""
    since_weeks = [w for w in cues if w.kind == "weeks" and any(
        s.kind == "since" and 0 <= w.first - s.last <= SINCE_SPAN_REACH for s in cues)]
    after_weeks = [w for w in cues if w.kind == "weeks" and any(
        a.kind == "after" and 0 <= w.first - a.last <= SINCE_SPAN_REACH for a in marks)] if marks else []
    # "منذ 18 فبراير بلغت 1100": counted since a day the text names (not "منذ صباح اليوم": a
    # relative day may be today's)
    since_day = [s for s in cues if s.kind == "since" and any(
        d.first in (s.last, s.last + 1) and not d.relative for d in dates)]
    if any(0 <= c.first - s.last <= RUNNING_TOTAL_REACH + 2 or c.last <= s.first <= c.last + RUNNING_TOTAL_REACH
           for s in since_day):
        return True
    # (a period claims only a count right before it: "قتل 100 مقاتل من الطرفين خلال 48 ساعة"; not
    # "فقتلت تسعة مدنيين، ليصل عدد قتلى الحملة خلال أسبوعين إلى 150")
    amid = [a.first for a in cues if a.kind == "amid"]
    return any((cue.kind in RUNNING_TOTAL and c.last <= cue.first <= c.last + RUNNING_TOTAL_REACH
                and not any(c.last <= a < cue.first for a in amid))
               # "بزعم تنفيذه عملية أدت إلى مقتل مستوطن العام الماضي": the dead of a past time
               or (cue.kind == "background" and c.last <= cue.first <= c.last + PAST_DEAD_REACH)
               or (cue.kind in PERIODS and c.last <= cue.first <= c.last + PERIOD_REACH)
               # "منذ بدء الحملة إلى 400", "منذ بدء الهجوم قتل 40": counted since, just before
               or (cue.kind == "background_since" and 0 <= c.first - cue.last <= 2 * RUNNING_TOTAL_REACH)
               # (not across "فيما": "نزح الآلاف خلال الأسبوعين الماضيين، فيما قتل 8 مدنيين الأحد")
               or (cue.kind in PERIODS and cue.last <= c.first and not any(
                   m.kind == "while" and cue.last <= m.first < c.first for m in marks or ()))
               for cue in cues) or any(
        0 <= c.first - w.last <= 2 * RUNNING_TOTAL_REACH for w in since_weeks) or any(
        # "بعد أسابيع من الاحتجاجات التي أسفرت عن سقوط قتلى": the dead of those weeks
        0 <= c.first - w.last <= 2 * RUNNING_TOTAL_REACH and any(
            r.kind == "relative" and w.last <= r.first < c.first for r in cues) for w in after_weeks)


def _joined_by_and(between: str) -> bool:
    """Is the text between two place names just "و" (plus a container noun: "وبلدة")?"""
    words = norm(between.replace(",", " ")).split()
    if not words or not words[0].startswith("و"):
        return False
    rest = [words[0][1:]] + [w[1:] if w.startswith("و") else w for w in words[1:]]
    rest = [w for w in rest if w]
    # "وبلدة X", "وقرى ومزارع X"
    return len(rest) <= 2 and all(place_words().get(w) == "container" for w in rest)


def _list_head(place: PlaceMention, places: list[PlaceMention], text: str, cues: list[Cue]) -> PlaceMention:
    """"وشهدت مدن تولوز وبوردو تظاهرات": the place read last of a list joined by "و" before the
    event word stands for the whole list, from its first town on."""
    head = place
    for p in sorted((q for q in places if q.first < place.first), key=lambda q: -q.first):
        if head in coordinated_places(p, places, text, cues):
            head = p
        else:
            break
    return head


def coordinated_places(first: PlaceMention, places: list[PlaceMention], text: str,
                       cues: list[Cue] = ()) -> list[PlaceMention]:
    """Places joined to ``first`` by "و" ("حلب وإدلب"), of the same kind; not "بين حمص
    وتدمر", which places one event between the two. A town a direction locates ("في مقبنة غربي
    تعز والصلو") is a landmark, not one of them: the next one joined after it is."""
    before = norm(text[max(0, first.span.start - 20):first.span.start]).split()
    if before and place_words().get(before[-1]) == "container":
        before = before[:-1]  # "بين منطقة صافر ومدينة مأرب"
    if before and place_words().get(before[-1]) == "between":
        return []
    directions = {(c.first, c.last) for c in cues if c.kind in ("near", "middle")}
    out = []
    prev = first
    for p in places:
        if p.first <= prev.first:
            continue
        if (prev.last, p.first) in directions:
            prev = p  # the landmark of the place before it
            continue
        between = text[prev.span.end:p.span.start]
        if not _joined_by_and(between) or (p.place.kind == "admin1") != (first.place.kind == "admin1"):
            break
        out.append(p)
        prev = p
    return out


def sentence_tolls(groups: list[SentenceMentions], totals: frozenset[int] = frozenset()) -> list[SentenceToll]:
    """Every sentence's dead, for the toll choice (choose/tolls.py): the sentence's killed counts
    added up (sides of one clash), running totals left out."""
    out = []
    for sm in groups:
        killed = counted_dead(sm, totals)
        if killed:
            out.append(SentenceToll(
                sm.sentence.index, sum(c.count for c in killed), tuple(c.span for c in killed),
                all(c.vague for c in killed), bool(sm.triggers),
                any(c.kind in BACKGROUND or c.kind == "forecast" for c in sm.cues),
                frozenset(p.place.geonameid for p in sm.places), _cause(killed, sm.triggers)))
    return out


TOLL_CAUSE_REACH = 6  # tokens from a count of the dead to the event word named as its cause ("14 من عناصر الأمن قتلوا في المعارك")


def _cause(killed: list[Casualty], triggers: list[Trigger]) -> str:
    """The type of the event word said next to a count of the dead, if one is: in "قال إن 14 جنديا
    قتلوا في المعارك، فيما شنت طائرات غارات" the 14 are the battle's, not the strikes'."""
    near = [(min(abs(t.first - c.last), abs(c.first - t.last)), t.event_type) for c in killed for t in triggers
            if t.weight > CASUALTY_ONLY_WEIGHT]  # not "قتلوا" itself
    near = [n for n in near if n[0] <= TOLL_CAUSE_REACH]
    return min(near)[1] if near else ""


def orphan_tolls(groups: list[SentenceMentions], totals: frozenset[int] = frozenset(), pub: dt.date | None = None
                 ) -> list[tuple[int, int, tuple[Span, ...]]]:
    """Death tolls in sentences with no trigger: (sentence, count, spans), to attach to a frame
    (not one told in the narrative past: "وكان المرصد قد وثق الأسبوع الماضي مقتل 150 شخصا")."""
    out = []
    for sm in groups:
        killed = counted_dead(sm, totals)
        # (an arrest told beside the dead, "اعتقل المهاجم ... عدد الضحايا بلغ قتيلين", did not kill them)
        weak = all(t.weight <= CASUALTY_ONLY_WEIGHT or t.sub_event_type == "Arrests" for t in sm.triggers) \
            and not without_hospital_places(sm).places
        recent = _recent_days(sm, pub)
        if killed and weak and not any(c.kind in BACKGROUND or c.kind == "forecast" for c in sm.cues) \
                and not (_pluperfect(sm) and not recent):
            out.append((sm.sentence.index, sum(c.count for c in killed), tuple(c.span for c in killed)))
    return out

