"""``extract_events``: one article to its events, clause by clause; then the article-level passes
(headline told again, unspecific acts absorbed, context as background) and the datelines."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from typing import Sequence

from geo_tracker.geo import haversine_km
from geo_tracker.dedup import SETTLEMENT_KINDS
from geo_tracker.geoparse import NOT_BRACKET_RE as _NOT_BRACKET_RE
from geo_tracker.models import Article, Event, Mention
from geo_tracker.text import normalize, normalize_char_string, sentence_spans
from geo_tracker.numbers import parse_number_words

from geo_tracker.events.words import _WORD, _count_word, _next_comma, _strip_clitic, _words_after, _words_before, did_away, time_words, unquoted
from geo_tracker.events.lexicon import _Lex, _pretested, load_lexicon, object_victims
from geo_tracker.events.clauses import (
    AFTER_ACT_OPENER_RE, AFTER_ACT_RE, FRONTED_SPAN_RE, _CLAUSE_PUNCT_RE, _captures_ground, _chronicle_entry, _definite_generic,
    _definite_trigger, _downing, _new_act_when, _paragraph, _split_clauses, _with_lists,
    DENIED_BUT_RE, answers_an_act, charged_or_called, denied_act_told, history_aside, negated_span, toll_item_count,
    unreal_cue
)
from geo_tracker.events.actors import (
    _ActorHit, _GUN_POSITION_RE, _MERCENARIES_OF_RE, _QUOTES_RE, _Readings, _YEAR_RE, _actor_hits, _another_agent, _article_actor,
    _choose_actor, _claimed_by, _co_agents, _either_or, _guessed_hits, _is_guess, _names_opposition, _readings,
    _THAT, _subject_before, _victims_follow, _victims_next, cued_partners, named_kinds, CLAIMED_THIS_RE
)
from geo_tracker.events.casualties import (
    _TIME_ASIDE_AFTER_RE, _casualties, _kin_counted, _kind_before, _people_after, _time_aside, _listed_with_next, _one_site, _over_a_span, _replace, _rise, _same_kind, _toll_rises,
    PART_WITH_ACT_RE, _part_at_one_place, _tolls_by_place, _tolls_for_places, execution_told, material_only
)
from geo_tracker.events.places import SILENTLY_RE, TOWN_STRUCK_RE, _TOLL_OF_ACT_RE, _WHERE_RE, _comma_or, _event_places, _not_reporting, _origin
from geo_tracker.events.dating import (
    SUPERLATIVES, _ANAPHOR_RE, _SINCE_RE, _SUPERLATIVE_BEFORE_RE, _DateInfo, _antecedent, _dates_by_place, _default_date, _new_section,
    _offset_date, _pick_date, _sentence_dates, _since, current_year
)

BACKGROUND_DAYS = 14          # an event ending this long before publication is context
DIARY_DAYS = 7                # a dated heading this many days before publication is the text's "today"
TOLD_DAY_DAYS = 62            # ... unless told with its own day and month in a report out within two months
QUOTE_MAX = 500

# where the fire came from ("مصدرها حاجز …", "مصدره مواقع قوات النظام"): only these of events.yaml's
# origin_cues (the others, "من محور", "المتمركزة في" …, name no owner who fired: held-out −2 found)
_FIRE_SOURCE_RE = re.compile(r"(?:^|\s)مصدر(?:ها|ه|هما|هم)\s")
# shells or bombs and who fired or dropped them ("قذائف هاون أطلقتها", "قنابل عنقودية ألقتها")
# (not a hand grenade thrown: "بانفجار قنبلة يدوية ألقاها مجهول", a blast)
_FIRED_SHELLS_RE = re.compile(r"(?:قذيف|قذائف|قذايف|قنبل|قنابل|صاروخ|صواريخ)\S*\s+(?!يدوي)(?:[^\s،,.]+\s+){0,2}?"
                              r"(?:اطلق|القت|القي|القاه|القوا|رمت|رماه)\S*")
# an anniversary ("الذكرى الأولى لبدء عملية …", "بالذكرى الرابعة لاحتلال عفرين", "ذكرى مجزرة الحولة")
_ANNIVERSARY_RE = re.compile(r"(?:^|\s)[وبل]?(?:ال|لل)?ذكري(?=\s)")


_AS_RE = re.compile(r"[\s,،](?:اذ|حيث)\s")

# "المروحيات التي كانت تلقي": what the subject of a relative clause used to do (not "كانت تحاول
# التسلل": an attempt that happened; not "قتل طفل كان يلعب": the victim's doing)
_USED_TO_RE = re.compile(r"(?:^|\s)(?:التي|الذي|الذين|اللواتي|اللتين|اللذين)\s+(?:كان|كانت|كانوا|كانتا)\s+(?![تي]حاول)[تي]\S{2,}\s+(?:\S+\s+)?$")
# the attackers killed civilians: "وقتلوا عدداً من السكان داخل منازلهم", "وأعدموا مدنيين"
_KILLED_CIVILIANS_RE = re.compile(r"(?:^|\s)[وف]?(?:قتلوا|قتل|قتلت|اعدموا|اعدم|ذبحوا|قتلا)\s+(?:\S+\s+){0,3}?"
                                  r"(?:من\s+)?(?:ال)?(?:سكان|مدنيين|مدنيا|اهالي|مواطنين|عائلات|اطفال|نساء)(?:\s|$)")

# an aircraft that fell or crashed ("سقطت طائرة مسيرة", "تحطم طائرة حربية"; not "أسقطت": shot down)
_CRASHED_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:سقطت|سقوط|تحطمت|تحطم)\s+$")
_FELL_ON_RE = re.compile(r"(?:^|\s)(?:علي|على|مفخخ\S*|انتحاري\S*|ملغم\S*)(?=\s)")
_DROP_RE = re.compile(r"(?:^|\s)[وف]?(?:القت|القي|القوا|يلقي|تلقي|رمت|رمي|اسقطت|اسقط|سقط|سقطت|سقوط|تساقطت)(?:\s|$)")

# "التنظيم نفسه", "الفصيل ذاته": the actor just told
_SAME_ONE_RE = re.compile(r"\s+(?:نفسه|ذاته|عينه|نفسها|ذاتها)(?![^\s.,،؛])")

# places too wide to be where an undated, uncounted act happened (see extract_events)
_WIDE_KINDS = frozenset({"city", "governorate", "region"})
_CITY_WORD_RE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:مدينه|مدينتي|مدن)\s*$")

_OBJECT_VERB_RE = re.compile(r"(?:^|\s)[وف]?(?:تستهدف|يستهدف|تستهدفان|استهدفت|استهدف|تلاحق|يلاحق|ملاحقه|ضد)(?:\s|$)")
_WAVE_OF_STRIKES_RE = re.compile(r"\s+(?:\S+\s+)?من\s+(?:ال)?(?:غارات|ضربات|قصف|الغارات|الضربات)")
# a clause opening "at the same time as" an act ("، بالتزامن مع غارات نفذتها مقاتلات تركية")
_CONCURRENT_ACT_RE = re.compile(r"\s*[،,]?\s*(?:وذلك\s+)?(?:بالتزامن|تزامنا|بالتوازي|بموازاه)\s+مع\s+\S+")
# ... or told in contrast ("سقطت قذائف على السقيلبية، بينما قصفت قوات النظام كفرنبودة")
_WHILE_ACT_RE = re.compile(r"\s*[،,]?\s*(?:بينما|في\s+حين)\s+\S+")
_NO_CLAIM_RE = re.compile(r"(?:لم|دون\s+ان)\s+(?:ت|ي)(?:تبن|علن)\S*\s+(?:اي\s+)?(?:جهه|طرف)")

# a sniper posted in a state building or a military unit ("برصاص قناصة متمركزين على أسطح المباني
# الحكومية", "قناص متمركز في كتيبة الدفاع الجوي"): before the regime fell, the regime's
_GOV_POST_SNIPER_RE = re.compile(r"(?:قناص|قناصه|قناصين|قناصو|القناص|القناصه|القناصين)\s+(?:\S+\s+)?(?:ال)?متمركز(?:ه|ين|ون)?\s+"
                                 r"(?:في|علي|داخل)\s+(?:(?:اسطح|سطح|مبني|مباني|ابنيه)\s+)?(?:ال)?(?:مباني\s+الحكوميه|كتيبه|"
                                 r"فرع|ثكنه|اللواء|الفوج|مطار|مشفي\s+الوطني|المشفي\s+الوطني|قلعه|حاجز|مفرزه|مقر\s+الامن|"
                                 r"مبني\s+المحافظه|السرايا|فرع\s+الامن|مبني\s+الامن|الحكوميه)")
# "في الموقع ذاته", "في المكان نفسه", "على المنطقة ذاتها": the place of the act just told; bare, the
# object or subject of an act ("ثم استهدفت غارة روسية الموقع ذاته"), unless a reporting verb makes it
# the website a source is ("وقال الموقع ذاته إن …", see _same_place)
_SAME_PLACE_RE = re.compile(r"(?:^|\s)(?P<prep>(?:في|علي|الي|ب|من)\s*)?ال(?:موقع|مكان|منطقه|نقطه|موضع)\s+"
                            r"(?:ذاته|نفسه|ذاتها|نفسها)(?=$|[\s،,.])")
# the claimant's own count ("قبل أن يعلن التنظيم تبنيه مدعياً قتل خمسة عناصر"): another count of the
# toll told, not more dead
_CLAIMED_TOLL_RE = re.compile(r"(?:^|\s)[وف]?(?:مدعيا|مدعيه|مدعين|زاعما|زاعمه|زاعمين|بزعم|زعم|زعمت|زعموا|ادعي|ادعت|ادعوا)\s[^.،,؛]*")
_INCURSION_RE = re.compile(r"(?:^|\s)[وف]?((?:توغلت|توغل|توغلوا|يتوغل|تتوغل|اقتحمت|اقتحم|اقتحموا|تقتحم|يقتحم)(?=\s)"
                           # ("دخلت قوة إسرائيلية إلى بلدة بيت جن واعتقلت شابين": a force that went in)
                           # (or reached it: "وصلت قوة إسرائيلية إلى مزرعة بيت جن واعتقلت ثلاثة شبان")
                           r"|(?:دخلت|وصلت)\s+(?:قوه|قوات|دوريه|دوريات|آليات|اليات)(?=\s))")
# an arrest by a named force ("اعتقل الأمن العسكري شابين في مدينة الصنمين", "ألقت قوى الأمن القبض
# على …", the headline's "قسد تعتقل …"): a raid, when the force is named next to the verb (see _arrest)
_ARREST_RE = re.compile(r"(?:^|\s)[وف]?(اعتقلت|اعتقل|اعتقلوا|تعتقل|يعتقل|يعتقلون|القت|القي|القوا|تلقي|يلقي)(?=\s)")
# ... and set about ("أقدمت دورية للأمن العسكري على اعتقال شابين")
_SET_ABOUT_ARREST_RE = re.compile(r"(?:^|\s)[وف]?(اقدم|اقدمت|اقدموا)\s+(?=(?:[^\s،,.]+\s+){1,5}?علي\s+(?:اعتقال|توقيف)(?=\s))")
_ARREST_HINTS = ("تقل", "القبض", "تقال", "توقيف")   # _arrest's pre-test: "اعتقل", "القبض", "اعتقال", "توقيف"
_ARREST_NOT_AFTER = frozenset({"منذ", "بعد", "عقب", "اثر", "قبل", "الذي", "التي", "الذين", "حين", "عندما", "لدي", "يوم"})


def _arrest(cnorm: str, lex: _Lex) -> re.Match | None:
    """The first arrest told as done by a force the clause names within a few words of the verb
    (after it, or before it in a headline), not after "منذ/بعد" nor in a relative clause, or None."""
    for m in (*_ARREST_RE.finditer(cnorm), *(_SET_ABOUT_ARREST_RE.finditer(cnorm) if "قدم" in cnorm else ())):
        if m.group(1).startswith(("ال", "تل", "يل")) and not re.match(r"(?:\s+\S+){0,4}?\s+القبض\s+علي\s", cnorm[m.end():]):
            continue   # (only "ألقى … القبض على")
        before = [w for w in cnorm[max(0, m.start() - 40):m.start()].split() if w not in ("ان", "ما")]
        if before and (before[-1] in _ARREST_NOT_AFTER or before[-1][:1] in "وف" and before[-1][1:] in _ARREST_NOT_AFTER):
            continue   # ("منذ أن اعتقلت قسد قائد المجلس", "بعدما اعتقلت": the time of another act)
        am = lex.actor_re.search(cnorm, m.end(), m.end() + 40)
        if am is not None and lex.actor_of.get(am.group(1)) is not None and len(cnorm[m.end():am.start()].split()) <= 2:
            return m
        bm = [x for x in lex.actor_re.finditer(cnorm, max(0, m.start() - 40), m.start())]
        if m.group(1).startswith(("ت", "ي")) and bm and lex.actor_of.get(bm[-1].group(1)) is not None \
                and (not (gap := cnorm[bm[-1].end():m.start()].split())
                     or len(gap) == 1 and gap[0].startswith("ال") and gap[0].endswith(("يه", "ي"))):
            return m   # (a nisba between: "لواء فاطميون الأفغانية تعتقل 15 شاباً")
        if m.group(1) in ("اعتقلت", "اعتقلوا") and _actor_ending_at(cnorm, m.start(1), lex) is not None:
            return m   # "قال ناشطون إن عناصر من قسد اعتقلوا شابين": its subject before it
        if m.group(1) == "اعتقل" and _actor_ending_at(cnorm, m.start(1), lex) is not None \
                and (_victims_next(cnorm, m.end(1), lex) or _words_after(cnorm, m.end(1), 1)[:1] in (["عشرات"], ["العشرات"])):
            return m   # "قال ناشطون إن تنظيم داعش اعتقل عشرة شبان": the masculine, its object right after it
            # (not the passive: "قيادي في داعش اعتقل أمس")
        if m.group(1).startswith("اعتقل") and cnorm[m.start():m.start(1)].strip() == "و" \
                and (fa := lex.actor_re.search(cnorm, 0, m.start())) is not None \
                and lex.actor_of.get(fa.group(1)) not in (None, "unknown") and len(_WORD.findall(cnorm[:fa.start()])) == 1 \
                and not _CLAUSE_PUNCT_RE.search(cnorm, fa.end(), m.start() - 2):
            return m   # "نفذت قوات النظام حملة تمشيط في بلدة داعل واعتقلت خمسة شبان": the subject of the
            # clause's first verb took them
    return None


# the incursion's own arrests, joined to it by "و" ("توغلت قوة … في بلدة جباتا الخشب، واعتقلت ثلاثة شبان")
_TAKEN_AWAY_RE = re.compile(r"(?:^|\s)[وف](?:اعتقلت|اعتقل|اعتقلوا|اختطفت|اختطفوا|خطفت|اقتادت|اقتادوا"
                            r"|تعتقل|يعتقل|يعتقلون|تختطف|يختطف|يختطفون)(?=\s)")   # (and the headlines' present)
# … not another agent's, another time's, or none ("، فيما اعتقلت قوات الأمن", "اعتقلت … الشهر الماضي")
_OTHER_ARREST_RE = re.compile(r"[.؛]|(?:^|\s)(?:فيما|بينما|حين|كما|بعد|قبل|دون|بدون)(?:\s|$)")
_ARREST_WHEN_RE = re.compile(r"(?:\s+\S+){0,4}?\s+(?:(?:الشهر|الاسبوع|العام)\s+(?:الماضي|الفايت|الفائت|الجاري)|في\s+وقت\s+سابق|سابقا)")
# … nor one with a subject of its own ("واعتقلت قوات الأمن السورية شابين", "واعتقل الجيش الوطني خمسة")
_ARREST_BY_RE = re.compile(r"\s+(?:ال)?(?:قوات|قوه|قوي|عناصر|دوريه|دوريات|الجيش|جيش|الامن|امن|فصائل|الفصائل|مسلحون|مجموعه|ميليشيا|الشرطه|شرطه)(?:\s|$)")


def _took_people_away(norm: str, pos: int) -> bool:
    """Does the incursion told before ``pos`` take people away ("واعتقلت ثلاثة شبان") in its own
    sentence, with no other agent's act, another time or a negation between?"""
    t = _TAKEN_AWAY_RE.search(norm, pos)
    return t is not None and _OTHER_ARREST_RE.search(norm, pos, t.start()) is None \
        and _ARREST_WHEN_RE.match(norm, t.end()) is None and _ARREST_BY_RE.match(norm, t.end()) is None
ANAPHORIC_AGENT_SENTENCES = 6   # how far back "القوات" (the forces, no one named) may refer
DEFINITE_ACT_SENTENCES = 2      # how far back "القصف الجوي" (the bombing, no one named) may refer

# a year inside a relative clause on people ("عناصر الفصائل الذين أجروا تسوية عام 2018") or right
# after a place ("بلدة جاسم التي سيطرت عليها الفصائل عام 2018"): theirs, not the act's
_REL_CLAUSE_RE = re.compile(r"(?:^|\s)(?:الذين|اللذين)\s+[^،,.؛]*$")
_PLACE_REL_RE = re.compile(r"\s*[،,]?\s*(?:التي|الذي)\s+[^،,.؛]*$")
_REL_PLUPERFECT_RE = re.compile(r"(?:التي|الذي|الذين|اللذين|اللتين)\s+(?:\S+\s+){0,2}?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,3}?قد\s+[^،,.؛]*$")


def _event_id(article_id: str, sent_idx: int, actor: str, etype: str, place_id: str, lat: float, lon: float,
              date_start: str | None) -> str:
    key = f"{article_id}|{sent_idx}|{actor}|{etype}|{place_id}|{lat:.4f}|{lon:.4f}|{date_start}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# "سُجلت 27 حالة قصف", "رصد 19 عملية قصف": a count of incidents is a statistic, not an event
_INCIDENTS_RE = re.compile(r"(?<![\d\w])\d+\s+(?:حاله|حالات|عمليه|عمليات|خرقا|خروقات)\s+(?:قصف|استهداف|اطلاق|خرق)"
                           # "نفذت 164 طلعة قتالية استهدفت … في محافظات حلب وإدلب …" (but "40 طلعة في
                           # منطقة تدمر" is a day's strikes on one area)
                           r"|(?<![\d\w])\d+\s+(?:طلعه|طلعات)(?=\s[^.\n]{0,120}\sمحافظات\s)")
# a storming tried ("حاولت قوات النظام، مدعومة بالدبابات، اقتحام بلدة تلدو"): met by fighting when
# the clause tells clashes
_STORMING_TRIED_RE = re.compile(r"(?:^|\s)(?:حاولت|تحاول|يحاول|حاول|حاولوا|يحاولون|محاوله|محاولات)\s+(?:\S+\s+){0,12}?اقتحام")
_CLASH_BETWEEN_RE = re.compile(r"(?:اشتباك|معارك|مواجهات)\S*\s+(?:\S+\s+){0,12}?بين\s")
# a ground assault ("هجوماً برياً", "قوة متوغلة"): not from the air
# gunfire ("أطلق جنود إسرائيليون النار على شبان", "برصاص قناص"): an attack on the ground
_GUNFIRE_RE = re.compile(r"(?:^|\s)[وفبل]{0,2}(?:ال)?(?:رصاص|قنص|قناص|قناصه|قناصين|قناصو|قناصي|(?<!وقف اطلاق ال)نار)(?=[\s،,.]|$)")
# (and its forces on the ground — lex.ground_re, events.yaml's ground_words: "قتلت القوات الإسرائيلية
# شابين في قرية طرنجة", "قوة إسرائيلية", "دورية")
# ", كانت قد …" after the act's word: an asyndetic clause on what the act struck
_BEFORE_BLAST_RE = re.compile(r"قبل\s+(?:ان\s+)?(?:انفجار|تنفجر|ينفجر)\S*")   # "وفككتها قبل انفجارها": no blast
_ANY_BEFORE_RE = re.compile(r"(?:^|\s)[لب]?اي\s*$")   # "أي" right before an act word
_NEGATOR_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:لم|لن|لا|دون|بدون|عدم|ينفي|تنفي|نفي|نفت)\s")
_ASIDE_PLUPERFECT_RE = re.compile(r"[،,]\s*(?:كان|كانت|كانوا)\s+قد\s")
_STATE_ASIDE_RE = re.compile(r"[،,]\s*و?(?:كان|كانت|كانوا)\s")   # a clause of state after the act


# tanks as the object a strike verb took ("قصفت المسيرات دبابات", "استهدفت دبابة"): struck, not firing
_TANKS_STRUCK_RE = re.compile(r"((?:^|\s)[وف]?(?:قصفت|تقصف|يقصف|قصف|استهدفت|تستهدف|يستهدف|استهدف|دمرت|تدمر|يدمر|دمر|"
                              r"ضربت|اصابت)\s+(?:\S+\s+){0,2}?)((?:ال)?دباب\S*)")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


_DENIED_AFTER_RE = re.compile(r"(?:وهو|وهي|الامر الذي)\s+ما\s+(?:نفته|نفاه|نفتها|نفوه|تنفيه|ينفيه)")
# "ما تبثه قنوات التحريض عن «قصف عشوائي» في الحفة عارٍ عن الصحة": a report called untrue
_REPORT_OF_RE = re.compile(r"ما\s+(?:تبثه|تبث|تروجه|تروج|يروج|تداولته|تتداوله|نشرته|تنشره|اشيع|يشاع|زعمته)|انباء|مزاعم|ادعاءات|شائعات")
_UNTRUE_RE = re.compile(r"(?:عار|عاري|عاريه)\s+(?:عن|من)\s+الصحه|لا\s+اساس\s+(?:له|لها|لهم)\s+من\s+الصحه")
_DENIAL_RE = re.compile(r"(?:^|\s)[وف]?(?:نفي|نفت|ينفي|تنفي|نافيا|نافيه)\s")
# "تحدثت مصادر محلية عن غارة …، لم يتسن لـ"جرف نيوز" التأكد منها": talk of an act the outlet
# could not confirm (not "لم يتسن التحقق من الحصيلة": the act told, its toll unchecked)
_PLURAL_ACTS_RE = re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:هجمات|غارات|حوادث|اعتداءات|انتهاكات)(?=\s|$|[.،,])")
_OPERATION_RE = re.compile(r"ملاحقه|اوكار|وكر|اوقعت|اوقعوا|ايقاع|قضت|قضي|تصدت|تصدي|كمين")
_OCCURRED_RE = re.compile(r"(?:^|\s)ال(?:ضربه|غاره|هجوم|تفجير|انفجار|قصف|عمليه)\s+(?:قد\s+)?(?:وقعت|وقع|جرت|جري|نفذت|حصلت|حصل)(?:\s|$)")
_ANSWERED_RE = re.compile(r"(?:^|\s)[وف]?(?:رد|ردت|ردوا|يرد|ترد|يردون)\s+(?:\S+\s+){0,5}?علي\s+(?:\S+\s+)?$")


def _by_token(cnorm: str, t: re.Match) -> bool:
    """Is the trigger ``t`` the instrument of a verb: its word starts with ب ("بقصف", "وبغارات")?"""
    ws = cnorm.rfind(" ", 0, t.start(1)) + 1
    return cnorm[ws:t.start(1) + 1].startswith(("ب", "وب"))


_DEFUSING_NOW_RE = re.compile(r"(?:^|\s)[وف]?(?:تفكك|يفكك|يفككون|تبطل|يبطل|يبطلون)\s+(?:\S+\s+)?$")
_SMALL_ARMS_RE = re.compile(r"رشاش|بنادق|بندقيه|(?:ال)?اسلحه\s+(?:ال)?خفيفه")
_ABOUT_RE = re.compile(r"(?:^|\s)عن\s+$")   # "تحدثت مصادر عن غارة …" (not "عن مقتل شاب برصاص …": a killing told)
# ("تحدثت صفحات موالية عن مقتل عدد من عناصر الفصائل في غارة …": talk of a toll and its act)
_NEWS_OF_RE = re.compile(r"(?:\S+\s+){0,3}?عن\s+[^،,.]*$")
_HEARSAY_RE = re.compile(r"(?:^|\s)[وف]?(?:تحدثت|تحدث|تحدثوا|يتحدث|تتحدث|تناقلت|تناقل|تناقلوا|تداولت|تداول|تداولوا|ترددت|انباء\s+عن)\s")
# ("لم يتسن التأكد منها", "لم تتمكن من التأكد من صحة هذه الأنباء")
# ("دون أن يتسنى لأورينت نت التأكد من صحة هذه الأنباء", "إلا أن ديرالزور24 لم تتمكن من تأكيد الخبر")
_UNVERIFIED_RE = re.compile(r"(?:لم|دون\s+ان)\s+(?:يتسن|يتسني|نتمكن\s+من|تتمكن\s+من|يتمكن\s+من)\s+(?:\S+\s+){0,3}?"
                            r"(?:التاكد|التحقق|تاكيد|التثبت)\s+(?:منها|منه|من\s+ذلك|(?P<news>من\s+صحتها|من\s+صحته|من\s+صحه(?=\s)|وقوع(?=\s)"
                            r"|(?:من\s+)?(?:هذه\s+)?(?:الخبر|الانباء|النبا|المعلومات|المعلومه|الروايه|الروايات|التقارير)(?=\s|$|[،,.])))"
                            # ("إلا أن مصادر السويداء 24 في البلدة لم تؤكد ذلك")
                            r"|لم\s+(?:توكد|يوكد|توكدا)\s+(?P<news2>ذلك|الخبر|النبا|الانباء|المعلومات|صحته|صحتها|صحه|وقوعه|وقوع)(?=\s|$|[،,.])")
_UNVERIFIED_HINTS = ("لم", "دون")
# a claim the outlet doubts ("كما زعم التنظيم عبر أعماق استهداف عنصر …، إلا أن مصادرنا لم تتمكن من تأكيد وقوع أي هجوم")
_CLAIMED_RE = re.compile(r"(?:^|\s)[وف]?(?:زعم|زعمت|زعموا|ادعي|ادعت|ادعوا)\s")
_SEPARATE_RE = re.compile(r"(?:حادثه|حادث|سياق|تطور)\s+(?:منفصل|منفصله|اخر|اخري)(?=\s|$|[،,])")
_REMNANT_RE = re.compile(r"لغم|الغام|مخلفات")
_WAR_REMNANT_RE = re.compile(r"(?:^|\s)(?:من\s+)?مخلفات\s+(?:ال)?(?:حرب|معارك|قصف|قصف\S*|الحرب|الاشتباكات)")
# a bomb, not the blasts of strikes ("وانفجارات هزت طرطوس")
_DEVICE_RE = re.compile(r"عبو[هات]|لغم|الغام|مفخخ|ناسف|قنبل|انتحاري")
# ", في حين ردت الفصائل باستهداف …": an answer in a later clause of the sentence
_ANSWERED_IN_KIND_RE = re.compile(r"[\s،,]*(?:في\s+حين\s+|فيما\s+|بينما\s+)?[وف]?(?:ردت|رد|ردوا)\s")
# ("وقبل يوم واحد من الاقتحام، أطلق المسلحون قذائف": the act a time is measured from, told elsewhere)
_TIME_FROM_ACT_RE = re.compile(r"(?:بعد|عقب|قبل)\s+(?:ساعات|ساعه|ساعتين|ايام|يوم|يومين|دقائق|اسبوع)\s+(?:واحد\s+|واحده\s+)?(?:من|علي)\s+$")
# "دون أن تسجل", "من دون وقوع", "بدون": the act after it did not happen
# ("من دون أن تسجل اشتباكات", "من دون تسجيل اعتقالات أو اشتباكات": no clash)
# ("دون أن تتطور الأمور إلى مواجهات مباشرة": three words before the act at most, no comma among them)
_WITHOUT_RE = re.compile(r"(?:^|\s)(?:و?ب?دون|دونما)\s+(?:ان\s+)?(?:[^\s،,.]+\s+){0,3}(?:\S+\s+(?:او|ولا)\s+)?$")

# a count of munitions ("أكثر من 40 قذيفة سقطت خلال الأسبوع الماضي"): over a span, a tally
_MUNITION_COUNT_RE = re.compile(r"(?:^|\s)(?:[1-9]\d+|\d{3,})\s+(?:قذيفه|قذائف|صاروخا|صواريخ|غاره|غارات|برميلا|براميل|ضربه|ضربات)(?:\s|$)")
# fear of an act ("خشية تكرار الضربات", "خوفاً من القصف", "تحسباً لغارات"): the act right after
# it (a word between at most, no comma) is feared, not told
# ("خشيتهم من أن تكون المدينة الهدف التالي للهجوم البري")
_FEAR_RE = re.compile(r"(?:^|\s)[وب]?(?:خشيه|خشيتهم|خشيتها|خشيته|خوفا\s+من|تخوفا\s+من|مخاوف\s+من|تحسبا(?:\s+من)?|تحسبا\s+ل)"
                      r"\s+(?:[^\s،,.]+\s+){0,3}[لب]?$"
                      r"|(?:^|\s)(?:الهدف|هدفا|هدف)\s+(?:ال)?(?:تالي|التالي|المقبل|القادم)\s+[لب]?$"
                      r"|(?:^|\s)[وب]?تحسبا\s+ل(?=\S+$)")
# a bomb destroyed or stopped before it went off
_DESTROYED_RE = re.compile(r"(?:^|\s)[وف]?(?:دمر|دمرت|دمروا|تدمير|بتدمير|اعطبت|اعطاب|اعترضت|اعتراض)\s+"
                           r"(?:(?!انفجار|تفجير)\S+\s+){0,4}(?:ال)?(?:عربه|عربات|عربتين|عربتان|سياره|سيارات|سيارتين|سيارتان|اليه|اليات|اليتين|دراجه|شاحنه|صهريج|مدرعه)\s+"
                           r"(?:\S+\s+)?(?:ال)?مفخخ\S*$")


def _barrel_bombs_told(norm_all: str, end: int, lex: _Lex) -> bool:
    """Were barrel bombs told before ``end`` ("ألقت المروحيات براميل متفجرة", "بالبراميل"): the
    lexicon's barrel triggers, or an aircraft, so that "براميل أخرى" after them are more bombs?"""
    return bool(lex.aircraft_re.search(norm_all, 0, end)) or any(
        "برميل" in t.group(1) or "براميل" in t.group(1) for t in lex.trigger_re.finditer(norm_all, 0, end)
        if lex.type_of.get(t.group(1)) == "airstrike")


# a time between commas ("الغارة التي استهدفت، في تشرين الأول الماضي، سوق أريحا") does not end a chunk
_TIME_ASIDE_OPEN_RE = re.compile(r"\s*(?:في|يوم|مساء|صباح|فجر|ليل|ليله|ظهر|عصر|خلال|منذ|اواخر|اوائل|مطلع|منتصف)\s")


def _count_span(cnorm: str, mc: re.Match, lex: _Lex) -> bool:
    """Is the munitions count ``mc`` counted over a span of its own: in its chunk ("أكثر من 40 قذيفة
    سقطت خلال الأسابيع الماضية") or a fronted one ("خلال الأسابيع الثلاثة الماضية، شنت الطائرات 85
    غارة"), not a span of another chunk ("…، في تصعيد لم تشهده المنطقة خلال أشهر")?"""
    cuts = [0] + [i + 1 for i, ch in enumerate(cnorm) if ch in "،,"] + [len(cnorm) + 1]
    k = next(j for j in range(len(cuts) - 1) if cuts[j] <= mc.start() < cuts[j + 1])
    if lex.span_re.search(cnorm, cuts[k], cuts[k + 1] - 1):
        return True
    return k == 1 and bool(lex.span_re.search(cnorm, 0, cuts[1] - 1))


def _chunk_end(cnorm: str, start: int) -> int:
    """Where the comma-bounded chunk from ``start`` ends, stepping over a time aside between commas."""
    pos = start
    while True:
        e = _next_comma(cnorm, pos)
        if e < 0:
            return len(cnorm)
        if not _TIME_ASIDE_OPEN_RE.match(cnorm, e + 1):
            return e
        e2 = _next_comma(cnorm, e + 1)
        if e2 < 0 or e2 - e > 45:
            return e
        pos = e2 + 1


# a device that blows up ("عبوة ناسفة", "سيارة مفخخة", "لغم", "انتحاري"), not a strike's blast
_DEVICE_RE = re.compile(r"عبو|مفخخ|لغم|الغام|انتحار|ناسف|تفجير|مخلفات|قذيفه غير منفجره")
# "قبل أن تدخل معرة النعمان في اليوم التالي من دون مقاومة تذكر": a place taken without a fight
_UNOPPOSED_RE = re.compile(r"(?:^|\s)(?:و?ب?دون|بلا|دونما)\s+(?:اي\s+)?(?:مقاومه|قتال|اشتباك|اشتباكات|معارك|معركه|مواجهات)(?:\s|$|[،,.])")
_FIGHT_RE = re.compile(r"اشتباك|معارك|معركه|مواجهات|قتال|اقتتال")
_SIMILAR_RE = re.compile(r"\S+\s+(?:\S+\s+)?مماثل")   # "بهجوم مماثل", "بقصف مدفعي مماثل"
# "قُتل أكثر من 430 مدنياً منذ انطلاق المعركة", "بحسب إحصائية": a tally, not one event
_SINCE_START_RE = re.compile(r"منذ\s+(?:انطلاق|بدء|بدايه|اندلاع)\s+(?:المعركه|الحمله|الثوره|الحرب|النزاع|الصراع|العمليه|العدوان)"
                             r"|منذ\s+(?:مطلع|بدايه)\s+(?:العام|السنه)|(?:بحسب|وفق|حسب)\s+احصائيه")
# right after, or since, the act told ("فور وقوع الهجوم", "بعد حدوث الانفجار", "عقب تنفيذ الغارة")
_OCCURRENCE_REF_RE = re.compile(r"(?:^|\s)[وب]?(?:فور|بعد|عقب|اثر|قبيل|لحظه|منذ|ساعه)\s+(?:وقوع|حدوث|تنفيذ)\s+$")
# a definite act word followed by a verb of coinciding ("القصف تزامن مع"): the act told, and what came with it
# ... or after it ("وتزامن التفجير مع قصف مدفعي تركي": the bombing told, the shelling new)
_TOLD_AGAIN_BEFORE_RE = re.compile(r"(?:^|\s)[و]?(?:تزامن|تزامنت|ترافق|ترافقت)\s+$")
_TOLD_AGAIN_AFTER_RE = re.compile(r"\s+(?:قد\s+)?(?:تزامن|تزامنت|ترافق|ترافقت)(?=\s|$)")
# fighting beside the agent ("بمساندة ميليشيات إيرانية", "بمشاركة عناصر من حزب الله")
_GROUND_SUPPORT_RE = re.compile(r"(?:بمسانده|بمشاركه|وبمسانده|وبمشاركه)\s+(?:\S+\s+)?(?:من\s+)?(?:\S+\s+)?$")
SUMMARY_DAYS = 62   # a current act told over a longer span is a summary of a period's acts
MONTH_COUNT_DAYS = 20   # acts counted over this long a span ("خلال الشهر الماضي 12 عملية") are a tally
# a count of acts ("12 عملية اغتيال", "أكثر من 300 غارة", "عشرات الهجمات")
_ACT_COUNT_RE = re.compile(r"(?:(?<![\d\w])(?:[2-9]|\d{2,})|عشرات|مئات)\s+(?:من\s+)?(?:ال)?(?:غاره|غارات|ضربه|ضربات|هجوما|هجمات|عمليه|عمليات)(?:\s|$)")
_GUESSED_CAUSE_RE = re.compile(r"(?:^|\s)[و]?(?:مرجحه|مرجحا|مرجحين|رجحت|رجح|يرجح|ترجح|ورجحت|ورجح)\s+(?:\S+\s+)?ان\s+(?:\S+\s+){0,3}"
                               r"(?:ناجما|ناجم|ناجمه|ناتجا|ناتج|ناتجه)\s+عن\s+(?:\S+\s+)?$")
_HOPE_RE = re.compile(r"(?:^|\s)(?:علي\s+امل|املا\s+في|املا\s+ب)\s+(?:\S+\s+){0,4}$")
_DIED_OF_WOUNDS_RE = re.compile(r"متاثر(?:ا|ه|ين|ان|تين)?\s+(?:ب)?(?:ال)?(?:جراح|جروح|اصابه|اصابات|اصابته|اصابتها|جراحه|جراحها|جراحهم)")
_SINCE_CAPTURE_RE = re.compile(r"منذ\s+(?:سيطره|استعاده)")
_AFTER_PAST_ACT_RE = re.compile(r"(?:^|\s)(?:بعد|عقب|اثر|غداه)\s+(?:ساعات\s+من\s+|ايام\s+من\s+)?\S*$")
# fighting "between its men and" another side: the side told before
_BETWEEN_ITS_MEN_RE = re.compile(r"(?:^|\s)بين\s+(?:عناصر|مقاتلي|قوات|مسلحي|وحدات)(?:ه|ها|هم)\s+و")
_LATTER_RE = re.compile(r"\s(?:ال)?(?:اخير|اخيره)(?=\s|$|[،,])")   # "the latter" as the subject after the verb
_REPORT_OUT_RE = re.compile(r"(?:^|\s)(?:نشرته|نشرتها|نشره|نشرها|اصدرته|اصدرتها|اصدره|اصدرها|صدر|نشر)\s+(?:يوم\s+)?$"
                            # ("قالت هيومن رايتس ووتش في تقرير اليوم إن غارة … في آذار الماضي قتلت 40")
                            r"|(?:^|\s)[وف]?(?:في|ب)\s*(?:تقرير|تقريرها|تقريره|بيان|بيانها|بيانه)\s+(?:\S+\s+)?(?:يوم\s+)?$")
_SINCE_OFFENSIVE_RE = re.compile(r"منذ\s+(?:انطلاق|بدء|بدايه)\s+الهجوم")
# "وأسفرت في مجملها عن مقتل أكثر من 120 عنصراً": the sum of many acts
_AGGREGATE_RE = re.compile(r"(?:^|\s)(?:في|ب)\s*(?:ال)?(?:مجملها|مجمله|مجمل)(?=\s|$)|(?:^|\s)اجمالي\s")
# "… على بلدة ناحتة، قبل أن تعود بعد ساعة لتستهدف بلدة المليحة الغربية ببرميلين، ما أدى إلى مقتل
# ثلاثة": the aircraft coming back for a second act, and the result told right after that act
_CAME_BACK_RE = re.compile(r"(?:^|\s)(?:قبل\s+ان\s+|ثم\s+|و)?(?:[لو]?[تي]عود|[لو]?[تي]عاود|عادت|عاد|عاودت|عاود)(?=\s)")
_RESULT_AFTER_RE = re.compile(r"^[^.!؟?\n]{0,120}?[,،]\s*(?:و)?(?:ما|مما)\s+(?:ادي|ادت|اسفر|اسفرت|تسبب|تسببت|خلف)(?=\s)")
_TALLY_TOLL_RE = re.compile(r"(?:قتل|مقتل|استشهد)\s+(?:اكثر\s+من\s+|نحو\s+|ما\s+يزيد\s+علي\s+)?\d"
                            r"|\d+\s+(?:\S+\s+)?(?:قتلوا|قضوا|استشهدوا|لقوا)(?:\s|$)")   # ("إن 38 مدنياً قتلوا منذ بدء الهجوم")

# "وكان المرصد نشر…", "وكانت قوات النظام قد…": Arabic news opens background with كان.
# "إذ كانت دمشق قد شهدت في 11 آذار 2017 تفجيرين": a pluperfect with its subject inside
# (and a relative clause's: "… استكمالاً لسلسلة الضربات التي كانت قد دمّرت في الثاني من نيسان مطار حماة")
_PLUPERFECT_INNER_RE = re.compile(r"(?:^\W*|[،,]\s*|\s(?:اذ|حيث|بعدما|عندما|حينما|التي|الذي|الذين)\s+)[وف]?(?:كان|كانت|كانوا)\s+"
                                  r"(?:\S+\s+){0,3}قد\s+\S")


def _relative_aside_before(cnorm: str, pin: re.Match, tpos: int) -> bool:
    """Is the pluperfect ``pin`` a relative clause set between commas after a noun and closed before
    the act's word at ``tpos`` ("شنت الطائرات التركية، التي كانت قد أقلعت من إنجرليك، غارات على …")?"""
    return pin.group(0).lstrip().startswith(("التي", "الذي", "الذين")) and cnorm[:pin.start()].rstrip().endswith(("،", ",")) \
        and any(ch in cnorm[pin.end():tpos] for ch in "،,")


_VBIED_RE = re.compile(r"مفخخ|انتحاري|انغماسي")
# an earlier act given as an instance ("ففي 19 ديسمبر الماضي نفذ التحالف …") or told as "then"
# ("وامتدت العمليات آنذاك", "وذكرت القيادة حينها"): recalled, whatever its day
_RECALLED_RE = re.compile(r"(?:^\W*|[،,]\s*)فف(?:ي|ى)\s|(?:^|\s)[وف]?(?:انذاك|حينذاك|حينها|يومها|وقتها|في\s+حينه)(?=[\s،,.]|$)")
# (not "وكان آخر هذه الحوادث مساء الثلاثاء، حين …": the latest of a series, the news; nor "وكان أبرز
# الحوادث هجوم … على خان شيخون": the worst of a report's month, named)
_PLUPERFECT_RE = re.compile(r"^\W*(?:و|ف)?(?:كان|كانت|كانوا)\s(?!(?:اخر|احدث|اخرها|احدثها|ابرز|ابرزها|اهم|اهمها|اعنف|اعنفها|اكبر|اكبرها|اخطر|ادمي)\s)")
# a noun written with the dual's fatha ("مواطنَين", "مقاتلَين"; the plural is "مواطنِين")
_WRITTEN_DUAL_RE = re.compile("([\u0621-\u064a]{2,})\u064eين(?![\u0621-\u064a\u064b-\u0652])")


def _with_written_duals(lex: _Lex, text: str) -> _Lex:
    """``lex`` with the nouns the text writes with the dual's fatha ("مواطنَين", normalized
    "مواطنين"; "شقيقَين") among its dual victims, when they are person nouns ("استشهاد مواطنَين
    وإصابة ثالث": 2 killed)."""
    extra = {w for m in _WRITTEN_DUAL_RE.finditer(text)
             if ((w := normalize_char_string(m.group(1) + "ين")) in lex.person_plurals
                 or normalize_char_string(m.group(1)) in lex.singular) and w not in lex.dual}
    return dataclasses.replace(lex, dual=lex.dual | extra) if extra else lex


_AMID_RE = re.compile(r"[وف]?وسط")
_STRUCK_ON_RE = re.compile(r"(?:\s+[^\s،,.]+){0,3}?\s+(?:علي|استهدف|استهدفت|طال|طالت)\s")   # the act's own target next
_BLEW_UP_RE = re.compile(r"(?:^|\s)[وف]?(?:انفجرت|انفجر|انفجار)(?=\s)")   # a device as the subject, no agent
_TALLY_OPEN_RE = re.compile(r"(?::|(?:^|\s)(?:بينهم|منهم|من\s+بينهم))\s*")


def _split_here(cnorm: str, ca: int, norm: str, lex: _Lex) -> re.Match | None:
    """The colon or "بينهم" after a total of the dead in ``cnorm`` that opens the first item of a
    tally by place, whose later items are clauses of their own; None if there is none."""
    if ":" not in cnorm and "منهم" not in cnorm and "بينهم" not in cnorm:
        return None
    m = next(reversed(list(_TALLY_OPEN_RE.finditer(cnorm))), None)
    if m is None or toll_item_count(cnorm[m.end():], lex) is None or _kind_before(cnorm, m.start(), lex) != "killed":
        return None
    # (only with a later item cut off as its own clause: "، و9 في قصف …"; not "لاستشهاد 3 مواطنين بينهم
    # طفل في المدينة، واستهدف الطيران …", a part of the dead, then another act)
    return m if toll_item_count(norm[ca + len(cnorm):].lstrip(" ،,"), lex) is not None else None


_BARE_PLUPERFECT_RE = re.compile(r"(?:كان|كانت|كانوا)\s+قد")


def _pluperfect_tells_the_act(cnorm: str, end: int, lex: _Lex) -> bool:
    """Is the verb right after "كان قد" the act's own ("كان قد شنه التنظيم") rather than something
    else's past ("كان قد انضم إلى اللجان", "كانت قد استهدفتها الأسبوع الماضي")?"""
    w = _words_after(cnorm, end, 1)
    return not w or w[0] in lex.relative_agent_verbs


_PLUPERFECT_QAD_RE = re.compile(r"^\W*(?:و|ف)?(?:كان|كانت|كانوا)\s+(?:[^\s،,.]+\s+){0,6}?قد\s")   # ("وكانت الطائرات قد استهدفت")

_DIR_EN = (("شمال", "north"), ("جنوب", "south"), ("شرق", "east"), ("غرب", "west"))


def _direction_en(qualifier: str) -> str:
    """"جنوب شرقي" → "southeast"; "15 كم شمال" → "15 km north"."""
    q = normalize_char_string(qualifier)
    words = [en for ar, en in _DIR_EN for w in q.split() if w.lstrip("وب").startswith(ar)]
    km = re.search(r"\d+", q)
    out = "".join(words) if len(words) <= 2 else " ".join(words)
    return (f"{km.group()} km " if km else "") + (out or "near")


def _at_place(e: Event, m: Mention, article_id: str, si: int, killed: int | None, injured: int | None) -> Event:
    """Event ``e`` told again at place ``m`` (sentence ``si``), with its own toll there."""
    name_ar, name_en = _place_names(m)
    return _replace(e, event_id=_event_id(article_id, si, e.actor, e.event_type, m.place_id, m.lat, m.lon, e.date_start),
                    place_id=m.place_id, place_name_ar=name_ar, place_name_en=name_en, admin1=m.admin1,
                    geo_precision=m.geo_precision, uncertainty_km=m.uncertainty_km, lat=m.lat, lon=m.lon,
                    place_kind=m.kind, killed=killed, injured=injured)


_HEAD_AR = {"desert_of": "بادية", "countryside_of": "ريف"}   # "باديتي الرصافة والمنصورة" → بادية each


def _place_names(m: Mention) -> tuple[str, str]:
    if m.relation == "in_city":
        return m.name_ar.replace("ـ", ""), m.name_en   # "حي السكري" (its city's point and radius)
    qual = _HEAD_AR.get(m.relation or "", m.qualifier)
    if m.relation == "area_of" and qual and " في " in f" {normalize_char_string(qual)} ":
        qual = None   # "على مناطق في بلدة سرمين": areas in the town, named as the town
    if m.relation and qual and not normalize_char_string(m.name_ar).startswith(
            normalize_char_string(qual).split(" ")[-1]):
        q = qual
        en = {"desert_of": "desert of ", "countryside_of": "countryside of ", "near": "near ",
              "direction_of": "", "distance": "near ", "area_of": "area of "}.get(m.relation, "")
        if m.relation == "direction_of":
            en = _direction_en(q) + " of "
        # (a hashtag's mark is no part of the name: "قرب #معرة_النعمان")
        return " ".join(f"{q} {m.name_ar}".replace("ـ", "").replace("#", " ").split()), f"{en}{m.name_en}".strip()
    return m.name_ar.replace("ـ", ""), m.name_en   # "زورافــــا" as the dataset spells it


# ground changing hands without a fight (the clause naming no fight besides: not "وسيطرت عليهما بعد
# معارك عنيفة، ثم دخلت قرية الأرزة دون مقاومة", a fight for the first, told in the same clause)
_NO_FIGHT_RE = re.compile(r"(?:^|\s)(?:من\s+)?(?:دون|بدون|بلا)\s+(?:اي\s+)?(?:معارك|معركه|قتال|اشتباكات|اشتباك|مقاومه)(?:\s|$|[.،,])"
                          r"|(?:^|\s)سلميا(?:\s|$|[.،,])")
_AFTER_ACT_DAYS = {"يوم": -1, "غداه": -1, "يومين": -2, "اسبوع": -7, "اسبوعين": -14, "شهر": -30, "شهرين": -60,
                   "عام": -365, "عامين": -730, "سنه": -365, "سنتين": -730}
_BACKDROP_RE = re.compile(r"(?:^|\s)علي\s+خلفيه\s+(?:[^\s،,.]+\s+)?$")
# an act noun and its relative clause with a verb of the act ("الغارة التي شنتها الطائرات …")
_ACT_RELATIVE_RE = re.compile(r"\S+(?:\s+[^\s،,.]+)?\s+(?:التي|الذي)\s+(?=(?:شن|نفذ|استهدف|ارتكب|طال|ضرب|وقع|اودت|اسفر)\S*\s)")
_VAGUE_SPAN_RE = re.compile(r"\s(ايام|اسابيع|اشهر|اعوام|سنوات)\s")   # "بعد أيام من": days before, no one day
_AFTER_ACT_UNITS = {"ايام": 1, "اسابيع": 7, "اشهر": 30, "اعوام": 365, "سنوات": 365}   # after a count ("بعد ثلاثة أيام من")


_ACCIDENT_AFTER_RE = re.compile(r"\s+(?:[^\s،,.]+\s+)?(?:خاطي|بالخطا|عن\s+طريق\s+الخطا|عرضي|عن\s+غير\s+قصد"
                                r"|طايش(?=(?:\s+\S+){0,3}\s+(?:خلال|اثناء|في)\s+(?:حفل|عرس|زفاف|احتفال|احتفالات)))")
_ANOTHER_UNIT_RE = re.compile(r"(?:^|\s)(?:قوه|دوريه|مجموعه|وحده|طايره|مسيره|مروحيه)\s+(?:اخري|ثانيه)(?=\s|$)")
INTENT_CHARS = 80   # how far before an act readied ("لشن", "لاقتحام") the word of intent may stand
CAMPAIGN_DID_CHARS = 250   # how far after a sweep's word its raids or arrests may be told
_LAUNCHED_RE = re.compile(r"(?:^|\s)[وف]?(?:اطلقت|اطلق|اطلقوا|بدات|بدا|بداوا|تطلق|يطلق|تبدا|يبدا|بدء|انطلاق|اعلنت\s+عن|اعلن\s+عن)"
                          r"(?:\s+[^\s،,.]+){0,3}\s+$")
_CAMPAIGN_DID_RE = re.compile(r"اعتقل|القبض|قتل|مقتل|اشتبا|دهم|داهم|مداهم|اسفرت|اسفر|ضبط|حيد|تحييد")
_MOMENT_OF_RE = re.compile(r"(?:^|\s)(?:لحظه|اثناء|خلال|عند|وقت|حين|فور)\s+$")


def _with_pronoun(word: str, lex: _Lex) -> bool:
    """Is the act word a generic act noun with an object pronoun ("استهدافه", "قصفها"; not
    "قذيفه", whose ه is the feminine ending, nor "اقتحامها", a storming of its own)?"""
    for suf in ("هما", "هم", "ها", "ه"):
        if word.endswith(suf) and word[:-len(suf)] in lex.generic_acts:
            return True
    return False


def _killers_named(cnorm: str, lex: _Lex) -> re.Match | None:
    """"قتلت قوات النظام خمسة مدنيين": an active killing verb, an actor right after it (or the
    speaker's pronoun before it, "إنها قتلت") and the killed counted after them; the verb's match,
    or None."""
    for kv in _KILLERS_NAMED_RE.finditer(cnorm):
        am = lex.actor_re.match(cnorm, kv.end())
        if am is not None and lex.actor_of.get(am.group(1)) and _victims_follow(cnorm, am.end(), lex):
            return kv
        if (fn := lex.force_noun_re.match(cnorm, kv.end())) is not None and (
                fn.group(1) is not None or (am := _actor_after_force(cnorm, fn.end(), lex)) is not None
                and lex.actor_of.get(am.group(1))) and _victims_follow(cnorm, fn.end() if fn.group(1) else am.end(), lex):
            return kv   # "قتلت القوات الإسرائيلية شابين", "قتلت مجموعة مسلحة شابين": a force noun, then
            # whose (a nisba) or that it was armed
        if kv.group(1) in ("قتلت", "قتل", "قتلوا", "تقتل", "يقتل", "يقتلون") and _actor_ending_at(cnorm, kv.start(1), lex) is not None \
                and _victims_follow(cnorm, kv.end(), lex) and (kv.group(1) != "قتل" or _victims_next(cnorm, kv.end(), lex)):
            return kv   # "طائرات التحالف قتلت 4 مدنيين في الشعفة": its subject before it (a verb that agrees;
            # and the headlines' present: "قوات الأمن تقتل ثلاثة متظاهرين"; the masculine only with its
            # object right after it, "الجيش الإسرائيلي قتل شاباً", not the passive "عنصر … قتل اليوم وأصيب مرافقه")
        if kv.group(1) in ("قتلوا", "يقتلون") and cnorm[kv.start():kv.start(1)].strip() in ("و", "ف") and _victims_follow(cnorm, kv.end(), lex):
            return kv   # "اقتحم مسلحون قرية تسنين وقتلوا شابين": the subject told with the first verb (and the
            # headlines' present: "مقاتلو داعش يتسللون إلى قرية الشبكي ويقتلون عشرات المدنيين")
        if (wb := _words_before(cnorm, kv.start() + 1, 1)) and wb[0] in _THAT_PRONOUNS and _victims_follow(cnorm, kv.end(), lex):
            return kv   # "قالت قسد إنها قتلت، الأسبوع الماضي، قيادياً في داعش": the speaker killed them
        if kv.group(1) in ("قتلوا", "يقتلون") and (wb := _words_before(cnorm, kv.start() + 1, 2)) \
                and wb[-1] in lex.armed_unnamed and (len(wb) < 2 or wb[0] in _THAT or wb[0] in lex.armed_unnamed
                                                     or cnorm[:kv.start()].strip() == wb[-1]) \
                and _victims_follow(cnorm, kv.end(), lex):
            return kv   # "مسلحون قتلوا ستين شخصاً في قرية حريصون", "قالت مصادر إن مسلحين قتلوا شاباً": unnamed
            # gunmen, then the killed
    return None


_WAS_WORDS = frozenset({"كان", "كانت", "كانوا", "كانتا", "لم", "لن"})
# a drop verb ("ألقت", "رمت", "تلقي"), its subject before it
_DROP_VERB_RE = re.compile(r"(?:^|\s)[وف]?(القت|القي|القوا|القتا|رمت|رمي|رموا|ترمي|يرمي|تلقي|يلقي)(?=\s)")


def _aircraft_dropped(cnorm: str, lex: _Lex) -> re.Match | None:
    """"طائرة روسية ألقت قنبلة على بلدة كفرنبل": an aircraft named a few words before a drop verb
    (its nisba or its side between) and a munition among the three words after it; the verb's
    match, or None (not "ألقت القبض", "ألقى كلمة", leaflets or aid: no munition after the verb)."""
    for dv in _DROP_VERB_RE.finditer(cnorm):
        subject = re.split(r"[،,.؛;:!?؟()]", cnorm[max(0, dv.start() - 50):dv.start()])[-1].split()[-4:]
        if not any(lex.aircraft_re.match(w) for w in subject) or _WAS_WORDS.intersection(subject):
            continue   # (not "المروحيات التي كانت تلقي البراميل": a habit of the past)
        if any(w in lex.dropped_munitions or _strip_clitic(w) in lex.dropped_munitions
               for w in _words_after(cnorm, dv.end(), 3)):
            return dv
    return None


def _killer_of(cnorm: str, kv: re.Match, lex: _Lex, rd: _Readings) -> str | None:
    """The actor a killing verb of ``_killers_named`` names: right after it (after a force noun and
    "من": "قتلت وحدات من الجيش"), or right before it ("طائرات التحالف قتلت"); None for unnamed ones."""
    pos = kv.end()
    fn = lex.force_noun_re.match(cnorm, pos)
    if fn is not None and fn.group(1) is None:
        pos = fn.end()
    am = _actor_after_force(cnorm, pos, lex)
    if am is None and pos != kv.end():
        am = lex.actor_re.match(cnorm, kv.end())
    if am is None:
        am = _actor_ending_at(cnorm, kv.start(1), lex)
    a = lex.actor_of.get(am.group(1)) if am is not None else None
    a = {"@generic": rd.generic, "@occupier": rd.occupier, "@enemy": rd.enemy}.get(a, a) if a else None
    return a if a and not a.startswith("@") and a != "unknown" else None


def _actor_after_force(cnorm: str, pos: int, lex: _Lex) -> re.Match | None:
    """The actor phrase at ``pos``, after a force noun and "من", or after a group's kind there ("عناصر
    من فصيل العمشات"; not when the kind heads the name: "عناصر من لواء القدس")."""
    am = lex.actor_re.match(cnorm, pos)
    if am is None and (gk := lex.group_kind_re.match(cnorm, pos)) is not None:
        am = lex.actor_re.match(cnorm, gk.end())
    if am is None and (pt := lex.allied_gap_re.match(cnorm, pos - 1)) is not None:
        am = lex.actor_re.match(cnorm, pt.end())   # "قتلت مجموعة تابعة للمخابرات الجوية شاباً": whose it is
    return am


# an aside between a subject and its verb: in brackets, or set apart by commas from a guess or a
# relative pronoun ("مسلحين مجهولين، يرجح أنهم من خلايا التنظيم، قتلوا")
_SUBJECT_ASIDE_RE = re.compile(r"\s*(?:\(([^()]{1,100})\)|[،,]\s*([^،,.()]{1,100}?)\s*[،,])\s*$")


_LABEL_HEAD_RE = re.compile(r"\s*[^\s:،,.]+(?:\s+[^\s:،,.]+){0,2}\s*:\s*")


def _actor_ending_at(cnorm: str, pos: int, lex: _Lex) -> re.Match | None:
    """The actor phrase that ends right before ``pos`` (one blank between), the clause's first
    words ("طائرات التحالف قتلت …", "ميليشيا فاطميون قتلت …"), or None."""
    if cnorm[:pos].rstrip()[-1:] in (")", "،", ",") and (aside := _SUBJECT_ASIDE_RE.search(cnorm, max(0, pos - 120), pos)) is not None \
            and (aside.group(1) or lex.guess_words.intersection(aside.group(2).split()[:1])
                 or aside.group(2).split()[:1] in (["الذي"], ["التي"], ["الذين"])):
        pos = aside.start()   # "مسلحين مجهولين (يرجح أنهم من خلايا التنظيم) قتلوا": the subject before the aside
    label = _LABEL_HEAD_RE.match(cnorm) if ":" in cnorm else None   # "العربية: قوات الأمن قتلت …": the outlet's label
    start = label.end() if label is not None else 0
    for am in lex.actor_re.finditer(cnorm, max(start, pos - 60), pos):
        if not lex.actor_of.get(am.group(1)) or cnorm[am.end():pos].strip() or _CLAUSE_PUNCT_RE.search(cnorm, start, am.start()):
            continue
        before = _WORD.findall(cnorm[start:am.start()])
        # (the men of the side before it: "قال ناشطون إن عناصر من قسد قتلوا شابين")
        k = len(before)
        while k > 0 and k > len(before) - 2 and (before[k - 1] == "من" or before[k - 1] in lex.force_nouns):
            k -= 1
        # (or the subject of "إن", named: "قالت مصادر محلية إن مسلحين مجهولين قتلوا شاباً"; not
        # "وقالت قسد في بيان إن مقاتليها قتلوا سبعة من المهاجمين", the fight just told)
        if len(before) <= 2 or k and before[k - 1] in _THAT and not lex.actor_of[am.group(1)].startswith("@"):
            return am
    return None


_THAT_PRONOUNS = frozenset({"انها", "بانها", "انه", "بانه", "انهم", "بانهم", "انهما"})

def _after_act_shift(aft: re.Match | None) -> int:
    """Days from a clause's sentence to the act it is told as coming after (``AFTER_ACT_RE``'s match:
    "، بعد يوم من سيطرتها على …": −1; "، غداة …": −1; "، بعد يومين من …": −2), 0 for none or hours."""
    if aft is None:
        return 0
    words = aft.group(0).split()
    unit = next((w for w in words if w in _AFTER_ACT_UNITS), None)
    if unit is None:
        return next((_AFTER_ACT_DAYS[w] for w in words if w in _AFTER_ACT_DAYS), 0)
    k = words.index(unit)
    n = parse_number_words(words[k - 1]) if k > 0 else None   # (digits too: "بعد 3 أيام")
    if n is None:
        return 0   # "بعد أيام من": no one day
    return -n * _AFTER_ACT_UNITS[unit]


_PURPOSE_BEFORE_RE = re.compile(r"(?:^|\s)(?:لشن|لتنفيذ)\s+$")
_AIMED_AT_RE = re.compile(r"\s+(?:\S+\s+){0,3}?(?:علي|على|ضد|في|استهدفت|طالت)(?:\s|$)")
AFTER_ACT_CHARS = 25   # how far into "، بعد ساعات من هجوم بطائرات مسيّرة" the act's words reach


def _other_side(a: str | None, b: str | None) -> bool:
    """Two agents both named and not the same."""
    return a not in (None, "unknown") and b not in (None, "unknown") and a != b


def extract_events(article: Article, mentions: Sequence[Mention] | None = None, *,
                   include_background: bool = False, gazetteer=None) -> list[Event]:
    """Extract the events of one article.

    Parameters
    ----------
    article:
        The article (its ``published`` date resolves relative dates).
    mentions:
        Its toponym mentions from ``geo_tracker.geoparse.geoparse``; computed if None.
    include_background:
        Keep events flagged as background (history/context); they are dropped by default.

    Returns
    -------
    list of Event, in text order, not yet deduplicated across articles.

    Example
    -------
    >>> from geo_tracker.models import Article
    >>> import datetime as dt
    >>> evs = extract_events(Article("a", "شنت طائرات حربية روسية غارات على بادية السخنة أمس.",
    ...                              published=dt.date(2024, 3, 2)))
    >>> [(e.actor, e.event_type, e.date_start) for e in evs]   # doctest: +SKIP
    [('russia', 'airstrike', '2024-03-01')]
    """
    if mentions is None:
        from geo_tracker.geoparse import geoparse
        mentions = geoparse(article, gazetteer)

    def place_of(pid: str):
        """The gazetteer record of a mention's place (the caller's gazetteer, else the default)."""
        from geo_tracker.gazetteer import load_default

        return (gazetteer if gazetteer is not None else load_default()).get(pid)
    from geo_tracker.dates import find_dates

    lex = load_lexicon()
    text = article.text
    pub = article.published
    if "\u064eين" in text:
        lex = _with_written_duals(lex, text)   # "استشهاد مواطنَين": the fatha marks the dual
    # places in datelines ("دمشق 20 ديسمبر 2025 (شينخوا)") say where the report was filed
    dls = dateline_spans(text, mentions)
    diary_day = _diary_day(text, pub) if pub is not None and article.published_from != "dateline" else None
    if diary_day is not None:
        # a diary's heading day a few days before the date the article came with ("الجمعة 7
        # أيلول\nمنذ صباح اليوم تتعرض بلدات …" published the 8th): the day its "today" is, and
        # the day of the acts told under it with no day of their own
        pub = diary_day
    usable = [m for m in mentions if (m.place_id is None or m.lat is not None)
              and not any(a <= m.start < b for a, b in dls)]
    events: list[Event] = []
    prev_actor: str | None = None
    prev_target: str | None = None
    prev_sent = -10
    prev_places: list = []   # the places of the last act told, and its agent
    prev_places_actor = None
    prev_group: list[int] = []            # indices into events of the last event clause
    prev_type: str | None = None
    last_act: tuple | None = None
    placeless_act: tuple | None = None   # (sentence, type) of the last act told with no Syrian place
    report_month = _report_month(text, pub)   # (a monthly report's month: its acts are news)
    review_year = _review_year(text, pub)     # (a year's review: its days told are news)
    acts_told: list[tuple[int, str, str]] = []   # (sentence, type, agent) of the current acts told
    lead: _DateInfo | None = _DateInfo(diary_day, diary_day, 1) if diary_day is not None else None
    toll_unknown: set[int] = set()   # events told "دون ورود معلومات عن خسائر": no later toll is theirs
    votes: dict[str, int] = {}            # actor -> clauses naming it as the agent of a current event
    implicit_idx: list[int] = []          # events whose actor the text left unsaid
    beside_of: dict[int, set[str]] = {}   # of those, the agents of an act told alongside
    implicit_sent: dict[int, int] = {}    # ... and the sentence each was told in
    unidentified: set[int] = set()        # sentences that say the agent is not known
    unknown_aircraft: set[int] = set()    # sentences that call the aircraft unknown ("طائرة مسيرة مجهولة")
    aside_sents: set[int] = set()         # sentences that told an earlier act aside ("وجاء القصف بعد ساعات من تفجير …")
    unattributed: set[int] = set()        # events told in them
    same_ids: set[str] = set()            # events of "the same" strikes as the ones told before
    title_idx: set[int] = set()           # events told by the headline
    last_dated: tuple | None = None       # (sentence, date) of the last explicit current date
    title_start, title_end = _title_span(text)
    nart = normalize(text)
    norm_all = _datelines_blanked(nart, dls)
    year_hint = current_year(norm_all) if pub is None else None
    # (the readings see a statement's heading, "أنقرة – 28 نيسان" over a Turkish statement whose "قواتنا"
    # are Turkey's, but not a wire's dateline, "أنقرة (الأناضول):", which issues nothing)
    rd = rd_art = _readings(_datelines_blanked(nart, [(a, b) for a, b in dls if _AGENCY_AFTER_RE.match(text, b)]),
                            lex, pub, [m.admin1 for m in mentions if m.admin1])
    # a roundup that names ISIS in one paragraph and opposition groups in others: "الإرهابيون" of a
    # paragraph that does not name ISIS are the opposition (as everywhere in such outlets)
    by_line = rd_art.isis_named and _names_opposition(norm_all, lex)
    para_rd: dict[tuple[int, int], _Readings] = {}   # the readings of each paragraph, once
    # an article that names two kinds of "مرتزقة" (ISIS's and Turkey's): the bare "المرتزقة" are the
    # kind named last before ("هاجمت خلايا مرتزقة داعش سجن الصناعة، حيث فجّر المرتزقة سيارة مفخخة")
    mercs = named_kinds(norm_all, lex, "مرتزق", _MERCENARIES_OF_RE)
    if len({a for _, a in mercs}) < 2:
        mercs = []
    usable.sort(key=lambda m: m.start)
    usable = _without_bracketed_names(usable, text)
    mi = 0
    resume: tuple | None = None   # (sentence, actor, type) of the act an aside's earlier act interrupted
    for si, (na, nb) in enumerate(_with_lists(sentence_spans(norm_all), norm_all, lex)):
        if resume is not None and si > resume[0]:
            if prev_sent == resume[0] and resume[1] is not None:
                prev_actor, prev_type = resume[1], resume[2]
            resume = None
        if by_line:
            para = _paragraph(norm_all, na, nb)
            if para not in para_rd:
                para_rd[para] = rd_art if lex.isis_name_re.search(norm_all, *para) else \
                    dataclasses.replace(rd_art, labels_isis=False)
            rd = para_rd[para]
        if mercs:
            last = [k for p_, k in mercs if p_ < nb]
            rd = dataclasses.replace(rd, mercenaries=last[-1] if last else rd_art.mercenaries)
        a, b = nart.original_span(na, nb)
        # mentions and sentences are both in text order: one sweep
        while mi < len(usable) and usable[mi].start < a:
            mi += 1
        mj = mi
        while mj < len(usable) and usable[mj].start < b:
            mj += 1
        sent_ms = usable[mi:mj]
        # (the spans of the sentence's place names of more than one word: an act word inside one is no act)
        named_spans = [(m.start, m.end) for m in sent_ms if m.place_id is not None and " " in m.surface]
        sent_first = mi
        mi = mj
        norm = norm_all[na:nb]
        if lex.unidentified_re.search(norm):
            unidentified.add(si)   # "ولم تُعرف هوية الطائرة التي نفذت الغارة"
        elif lex.unknown_aircraft_re.search(norm):
            unknown_aircraft.add(si)   # "استهدفت طائرة مسيرة مجهولة سيارة مدنية"
        if not lex.trigger_re.search(norm) and _downing(norm, lex) is None and not lex.restore_re.search(norm) \
                and not _FIRE_OPENED_RE.search(norm) and not _active_kill(norm) \
                and not ("قتل" in norm and lex.active_kill_office_re.search(norm)) \
                and not ("رتكب" in norm and _MASSACRE_RE.search(norm)) \
                and not ("قتل" in norm and _killers_named(norm, lex)) \
                and _killing_told(norm, lex) is None \
                and not (("توغل" in norm or "دخلت" in norm or "وصلت" in norm or "قتحم" in norm) and _INCURSION_RE.search(norm)) \
                and not (any(h in norm for h in _ARREST_HINTS) and _arrest(norm, lex)) \
                and not (("الق" in norm or "رم" in norm) and _aircraft_dropped(norm, lex)) \
                and not (acts_told and si - acts_told[-1][0] <= 1 and _another_struck(norm)) \
                and _body_after_abduction(norm) is None \
                and _army_inflicted(norm, lex, rd) is None \
                and not ("سيطر" in norm and _captured_name(norm, sent_ms, lambda i, _o=na: nart.original_index(_o + i))):
            if a >= max(title_start, 0) and lex.day_word_re.search(norm) and not _PLUPERFECT_RE.match(norm) \
                    and "حصيله" not in norm and _rise(norm, lex) is None:
                # "وبدأت روسيا حملتها الجوية أمس الأربعاء": the day the next sentence's strikes are on
                # (not "وفي حصيلة جديدة صباح اليوم، أعلن المرصد ارتفاع عدد القتلى": when a toll was told)
                for d in find_dates(text[a:b], pub):
                    if any(s0 <= a + d.span[0] < s1 for s0, s1 in dls):
                        continue   # (a dateline's: "الخميس 28 رمضان 1433 هـ 16 اغسطس 2012 العدد 12315")
                    if d.precision <= 2 and d.kind not in ("year", "part_of_year") and (
                            pub is None or 0 <= (pub - d.end).days <= BACKGROUND_DAYS):
                        last_dated = (si, _DateInfo(d.start, d.end, d.precision))
                        if lead is None and len(title_idx) == len(events):
                            lead = last_dated[1]   # "ستيب نيوز - حصاد اليوم": the bulletin's day
                        break
            if sent_ms and events and si - prev_sent == 1 and not title_idx.intersection(prev_group) \
                    and not same_ids.intersection(events[g].event_id for g in prev_group):
                # "غارات … على مناطق عدة في ريف إدلب الجنوبي. وأوضح المرصد أن ستة من القتلى سقطوا في
                # بلدة معرة حرمة، فيما توزع الخمسة الآخرون على خان شيخون وكفرسجنة": where in the area
                added = _area_told_by_its_dead(events, prev_group, norm, _not_reporting(sent_ms, text, lex), lex, text, nart,
                                               na, article.id, si)
                if added:
                    implicit_idx += [k for k in added if events[k].actor == "unknown" and events[k].event_type in ("airstrike", "shelling")]
                    prev_group = prev_group + added
                else:
                    # "قصفت الطائرات الروسية مدينة تلبيسة، ما أدى إلى مقتل 17. كما قتل 11 شخصاً في قرية
                    # الزعفرانة": the same strikes' dead at another place
                    added = _more_dead_elsewhere(events, prev_group, norm, _not_reporting(sent_ms, text, lex), lex, text,
                                                 article.id, si, text[a:b], pub)
                    implicit_idx += [k for k in added if events[k].actor == "unknown" and events[k].event_type in ("airstrike", "shelling")]
                    prev_group = prev_group + added
            if sent_ms and events and si - prev_sent <= 2 and not _RUMOURED_TOLL_RE.search(norm_all, na, nb + 40):
                # (not "أنباء عن شهيدين بكفرنبل.. الخبر لسا غير مؤكد": a toll no one has confirmed)
                _tolls_for_places(events, norm, sent_ms, lex, nart, na)
            if events:
                _toll_rises(events, norm, lex, [m.place_id for m in sent_ms if m.place_id], title_idx)
            if not sent_ms and si - prev_sent == 1 \
                    and not (_PLUPERFECT_RE.match(norm) or lex.background_re.search(norm) or _SINCE_RE.search(norm)
                             or _rise(norm, lex) is not None):
                # "الثوار سيطروا على مطار الجراح … وقال قائد ميداني إن … مقتل نحو 40 عنصراً من قوات
                # النظام، فيما قُتل ثمانية من الثوار": the toll of the act just told
                _toll_of_act_told(events, _site_named_again(events, prev_group, norm) or prev_group,
                                  norm, lex, toll_unknown)
            continue
        if (op := lex.opinion_re.match(norm)) is not None and not (
                # "ويقول الأهالي إن الطائرات الروسية قصفت السوق، ما أدى إلى مقتل 10 مدنيين": the
                # people of a place telling an act and its toll is a report, not a view
                op.group("local") and _casualties(norm, lex) != (None, None)):
            continue   # "ويرى مراقبون أن أهمية يبرود تكمن …": analysts' views, not reports of acts
        sent = text[a:b]
        dates = None   # parsed when a clause of the sentence yields an event
        clauses = _split_clauses(norm, lex)
        n_before = len(events)
        for ca, cb in clauses:
            cnorm = norm[ca:cb]
            trig = None
            killer = None   # the actor a killing verb names ("قتلت وحدات من الجيش 23 إرهابياً"), see _killers_named
            found_types = set()
            assault = False   # an assault ("هاجم", "هجوم", "كمين") told before in the clause
            down = _downing(cnorm, lex)
            # "وتأتي الضربة بعد ساعات من استهداف قسد نقطة …": the subject is the act told before;
            # the act of this clause is the one after "من"
            opener = AFTER_ACT_OPENER_RE.match(cnorm) if ca == 0 else None
            op_end = opener.end() if opener is not None else 0
            negated = negated_span(cnorm, lex)
            for tm in lex.trigger_re.finditer(cnorm, op_end):
                if down is not None and down.start() <= tm.start() < down.end():
                    continue   # "أسقطت … طائرة حربية": the aircraft downed, not an air strike
                if named_spans and any(a0 < nart.original_index(na + ca + tm.start(1)) < b0 for a0, b0 in named_spans):
                    continue   # "سيطرت الفصائل على كلية المدفعية": a word of a place's name, no act
                if tm.group(1).endswith("ذبح") and SILENTLY_RE.match(cnorm, max(0, tm.start(1) - 1)):
                    continue   # "الرقة تذبح بصمت": an outlet's name, no act
                if tm.group(1) in lex.subject_first_triggers and (cnorm[tm.start():tm.start(1)].strip()
                                            or _actor_ending_at(cnorm, tm.start(), lex) is None
                                            and not lex.gun_subjects.intersection(_words_before(cnorm, tm.start(), 1))):
                    continue   # "ضع يدك على قلبك", "يدك بيدي", "ارفع يدك": your hand (not "الجيش يدك معاقل
                    # داعش", "المدفعية يدك": its subject right before it)
                if negated is not None and negated[0] <= tm.start() < negated[1]:
                    continue   # "لم تقصف قوات النظام البلدة منذ أشهر، لكنها قصفتها اليوم": the act after
                    # the negated one's comma (or "قبل أن", "حتى", "ثم") is told
                if _ANY_BEFORE_RE.search(cnorm, max(0, tm.start() - 6), tm.start(1)) \
                        and _NEGATOR_BEFORE_RE.search(cnorm, max(0, tm.start() - 60), tm.start()):
                    continue   # "لم تتعرض مدينة التل لأي قصف", "دون تسجيل أي غارة": none at all
                if " " in tm.group(1) and lex.negator_re.match(cnorm, tm.end()) is not None \
                        and (ir_ := lex.irrealis_re.search(cnorm, tm.end(), tm.end() + 24)) is not None and ir_.start() <= tm.end() + 1:
                    continue   # "إن الطائرات الروسية لم تقصف مدينة تدمر": the strikers named, then their act
                    # denied
                etype = lex.type_of.get(tm.group(1))
                if etype is None:
                    continue
                definite = cnorm[tm.start(1) - 2:tm.start(1)] == "ال"   # "القصف", not "قصف"
                if definite and (
                        tm.group(1).endswith("ا") and " " not in tm.group(1)
                        or tm.group(1).startswith("ده") and cnorm[tm.start(1) - 3:tm.start(1)] == "وال"):
                    continue   # "والدهما", "والدهم" (their father): not و + ال + "دهماً" / "دهم"
                if etype == "explosion" and _HEARD_RE.search(cnorm, max(0, tm.start(1) - 20), tm.start(1)) \
                        and found_types - {"explosion"}:
                    continue   # "استهدفت طائرات إسرائيلية مواقع في مصياف، حيث سمع دوي انفجارات": the strike heard
                if etype == "explosion" and (cz := _CAUSED_BY_STRIKE_RE.search(cnorm, tm.end(), tm.end() + 80)) is not None \
                        and not _CLAUSE_PUNCT_RE.search(cnorm, tm.end(), cz.start()):
                    continue   # "دوّت انفجارات في مطار المزة جراء قصف إسرائيلي", "انفجار مستودع ذخيرة إثر غارة":
                    # the blasts the strike set off — the strike is the act
                if "رد" in cnorm and _ANSWERED_RE.search(cnorm, max(0, tm.start() - 60), tm.start()) \
                        and any(_by_token(cnorm, t2) for t2 in lex.trigger_re.finditer(cnorm, tm.end())):
                    continue   # "ردّ «تجمع العزة» على غارات الأمس بقصف مواقع قوات النظام": the act
                    # answered; the answer is the one after ب
                if lex.type_of.get(tm.group(1)) != "explosion" and lex.unexploded_re.search(cnorm[tm.end():tm.end() + 35]) \
                        and lex.removal_re.search(cnorm, 0, tm.start()):
                    continue   # "أزالت الفرق 34 قنبلة عنقودية وقذيفة غير منفجرة": removed, never went off
                if etype == "explosion" and _MUNITION_RE.match(tm.group(1)) \
                        and _CLEARING_RE.search(cnorm, max(0, tm.start() - 90), tm.start()) and not _BLAST_RE.search(cnorm):
                    continue   # "ضرورة تطهير الأراضي الزراعية في منطقة تلكلخ من الألغام": demining, no blast
                if etype in ("explosion", "shelling") and any(_MUNITION_RE.match(w) for w in tm.group(1).split()) \
                        and lex.seizure_re.search(cnorm, max(0, tm.start() - 100), tm.start()) \
                        and not _SELF_RE.search(cnorm, 0, tm.start()) \
                        and not _BLAST_RE.search(_BEFORE_BLAST_RE.sub(" ", cnorm)) and _casualties(cnorm, lex) == (None, None):
                    continue   # "ضبطت الدورية عبوات ناسفة وقذائف": munitions taken, none went off
                if etype == "explosion" and "مفخخ" in tm.group(1) \
                        and _DESTROYED_RE.search(cnorm, max(0, tm.start() - 40), tm.end()):
                    continue   # "ودمرت عربة مفخخة قبل وصولها إلى هدفها": a car bomb stopped, no blast
                    # (not "دمّر انفجار سيارة مفخخة المحال", nor one that went off before it got there)
                if etype == "explosion" and tm.group(1).startswith("انتحار") \
                        and lex.drone_re.search(cnorm, max(0, tm.start() - 14), tm.start()):
                    continue   # "بمساندة طائرات مسيّرة انتحارية": a kind of drone (its strike is the drone's)
                if "رجح" in cnorm and _GUESSED_CAUSE_RE.search(cnorm, max(0, tm.start() - 60), tm.start()):
                    continue   # "مرجحة أن يكون الصوت ناجماً عن تفجير ألغام": a guessed cause, not an act told
                if _FEAR_RE.search(cnorm, max(0, tm.start() - 30), tm.start()):
                    continue   # "غادرت عائلات إلى جرمانا خشية تكرار الضربات": strikes feared, not told
                if _words_before(cnorm, tm.start(), 1) == ["اي"]:
                    continue   # "استعدادها لصد أي هجوم", "لم تشن أي غارة": any act, no act told
                purpose = _PURPOSE_BEFORE_RE.search(cnorm, max(0, tm.start() - 8), tm.start()) is not None
                if (purpose or tm.group(0).lstrip().startswith("ل") and not tm.group(1).startswith("ل")) \
                        and lex.intent_any_re.search(cnorm, max(0, tm.start() - INTENT_CHARS), tm.start()):
                    continue   # "تستعد قوات النظام … لشن هجوم على بلدة بيت جن", "تتأهب قوات النظام لاقتحام
                    # بلدة بيت جن": an act they are getting ready for
                if purpose and not _AIMED_AT_RE.match(cnorm, tm.end()):
                    continue   # "مستغلين التضاريس الصعبة لشن هجمات خاطفة": what they are there to do, aimed at
                    # no place (not "استخدمت المروحيات لشن غارات على مدينة داريا أمس": done, and where)
                if _TIME_FROM_ACT_RE.search(cnorm, max(0, tm.start() - 24), tm.start()) and not op_end:
                    continue   # "وبعد ساعات من التفجير، قصفت …": the act told before, not this one (but
                    # "وجاءت العملية بعد يومين من هجوم شنه مسلحون على …" tells that act)
                if tm.group(1).startswith(("براميل", "برميل")) and tm.group(1).endswith(("علي", "فوق")) \
                        and not tm.group(0).lstrip().startswith(("بالبراميل", "ببراميل", "وبالبراميل")) \
                        and not (lex.aircraft_re.search(cnorm) or _DROP_RE.search(cnorm, 0, tm.start())):
                    continue   # "بتوزيع براميل على العائلات": barrels handed out, none dropped
                if tm.group(1).startswith(("براميل", "برميل")) and tm.group(1).endswith(("اخري", "اخرين", "اخر")) \
                        and not _barrel_bombs_told(norm_all, na + ca + tm.start(), lex):
                    continue   # "وبراميل أخرى مليئة بالبنزين": more barrels, but none of them bombs
                if tm.group(1).startswith("تمهيد") and _words_before(cnorm, tm.start(), 1) in (["بعد"], ["عقب"], ["اثر"], ["وبعد"], ["اعقاب"]):
                    continue   # "اقتحمت … بلدة مديرا بعد تمهيد ناري مكثف": the storming's preparation
                nxt_w = cnorm[tm.end():tm.end() + 24].split()[:3]
                if nxt_w and (nxt_w[0].strip(".,،") in lex.habitual_after
                              or " ".join(w.strip(".,،") for w in nxt_w[:2]) in lex.habitual_after
                              or " ".join(w.strip(".,،") for w in nxt_w[:3]) in lex.habitual_after) \
                        and not (nxt_w[0].strip(".,،") in _ONGOING_WORDS and (
                            _SINCE_RECENTLY_RE.search(cnorm, tm.end())
                            # (or said of the fighting now: "وما تزال الاشتباكات مستمرة", "والمعارك متواصلة
                            # على أطراف البلدة" — a definite noun and its predicate)
                            or not nxt_w[0].startswith("ال") and _DEFINITE_ACT_RE.search(cnorm, max(0, tm.start() - 4), tm.end())
                            # (or its toll: "قُتل 23 عنصراً في اشتباكات مستمرة بين قسد ومقاتلين عشائريين")
                            or _casualties(cnorm, lex) != (None, None))):
                    continue   # "في وجه الاعتداءات المتكررة": a habit, not one act (but "في القصف
                    # المستمر منذ صباح أمس على مدينة سراقب": today's act, going on)
                if lex.aircraft_re.match(cnorm, tm.start()) and lex.non_act_after.intersection(
                        w.strip(".,،") for w in cnorm[tm.end():tm.end() + 24].split()[:2]) \
                        or _DROP_RE.match(cnorm, tm.start()) and lex.non_act_after.intersection(
                            w.strip(".,،") for w in cnorm[tm.end():tm.end() + 60].split()[:5]):
                    continue   # "الطيران الروسي يدخل معركة درعا": an aircraft flying in, no strike yet ("ألقت
                    # المروحيات منشورات": leaflets dropped)
                if etype == "airstrike" and lex.no_strike_before.intersection(
                        f for w in _words_before(cnorm, tm.start(), 2) for f in (w, w[1:] if w[:1] in "وف" else w)):
                    continue   # "وصلت مقاتلات روسية جديدة إلى حميميم", "تحطمت طائرة سوخوي": no strike
                if tm.group(1).startswith(("الموجه", "موجه")) and not _WAVE_OF_STRIKES_RE.match(cnorm, tm.end()) \
                        and not any(t_ == "airstrike" and si - s_ <= DEFINITE_ACT_SENTENCES for s_, t_, _ in acts_told):
                    continue   # "الموجة الثانية" is the strikes' only after strikes were told (not "من النازحين")
                if ("صار" in tm.group(1) or "صوار" in tm.group(1) or "قذ" in tm.group(1)) and lex.interceptor_after.intersection(
                        w.strip(".,،") for w in cnorm[tm.end():tm.end() + 24].split()[:1]):
                    continue   # "صواريخ الدفاعات الجوية وهي تعترض الأهداف": interceptors, no strike
                if tm.group(1).startswith(("مدفع", "المدفع")) and _GUN_POSITION_RE.search(cnorm, max(0, tm.start() - 12), tm.end()):
                    continue   # "وموقع مدفعية": an artillery position struck, no shelling
                if lex.non_act_re.search(cnorm, max(0, tm.start() - 30), tm.start()) \
                        and not ("جث" in cnorm and _BODY_TRACES_RE.search(cnorm, 0, tm.start())):
                    continue   # "تهريب السيارات المفخخة": a thing smuggled, not an explosion (but a body
                    # found "وعليها آثار إطلاق نار": the traces of the killing)
                if definite and (lex.concurrent_re.search(cnorm, max(0, tm.start() - 24), tm.start())
                                 or _OCCURRENCE_REF_RE.search(cnorm, max(0, tm.start() - 24), tm.start())
                                 or _TOLD_AGAIN_AFTER_RE.match(cnorm, tm.end())
                                 or _TOLD_AGAIN_BEFORE_RE.search(cnorm, max(0, tm.start() - 12), tm.start())):
                    continue   # the act already told: "وبالتزامن مع القصف، حاول مرتزقة التسلل", "أطلقت فور
                    # وقوع الهجوم عملية تمشيط", "إن القصف تزامن مع تحليق طائرة استطلاع"
                if tm.group(1) in ("اغتيل", "اغتيلت") and _words_before(cnorm, tm.start(), 1)[-1:] in (["الذي"], ["التي"], ["الذين"]):
                    continue   # "وقفة إحياءً لذكرى الناشط أبو حسن الذي اغتيل في مدينة درعا": who he was, no act told
                if tm.group(1) in ("دمر", "دمرت") and (nw := _words_after(cnorm, tm.end(), 1)) \
                        and any(lex.type_of.get(f) for f in (nw[0], _strip_clitic(nw[0]), nw[0][2:] if nw[0].startswith("ال") else nw[0])):
                    continue   # "ودمرت الغارات خمسة منازل": what the act told did, no act of its own
                if tm.group(1).startswith(("يد ", "ايدي ")) and not (
                        lex.killed_re.search(cnorm, 0, tm.start()) or lex.injured_re.search(cnorm, 0, tm.start())):
                    continue   # "173 حالة اعتقال … على يد قوات النظام": by their hand, but no one killed
                    # or hurt (an arrest, a capture); "قتل شاب على يد عناصر من قوات النظام" is an attack
                if tm.group(1).startswith("بطلق") and _ACCIDENT_AFTER_RE.match(cnorm, tm.end()):
                    continue   # "توفي شاب بطلق ناري خاطئ أثناء تنظيفه سلاحه", "بطلق ناري طائش خلال حفل زفاف":
                    # an accident, no attack
                if etype == "raid" and tm.group(1).startswith("حمله") and _LAUNCHED_RE.search(cnorm, max(0, tm.start() - 50), tm.start()) \
                        and not _CAMPAIGN_DID_RE.search(norm_all, na + ca + tm.end(), na + ca + tm.end() + CAMPAIGN_DID_CHARS) \
                        and _casualties(cnorm, lex) == (None, None):
                    continue   # "أطلقت وزارة الداخلية حملة أمنية واسعة في ريف دمشق الغربي": a sweep launched,
                    # nothing done yet (not "…، اعتقلت خلالها 20 شخصاً", "…، وداهمت عشرات المنازل", nor
                    # "… واعتقلت 7 أشخاص خلال الحملة" in the next sentence)
                if last_act is not None and si - last_act[0] <= 1 and _MOMENT_OF_RE.search(cnorm, max(0, tm.start() - 12), tm.start()) \
                        and _with_pronoun(tm.group(1), lex):
                    continue   # "كانوا مجتمعين في المقر لحظة استهدافه": the act just told, at its moment
                    # (not the first act told: "استشهد مواطنان في مدينة دوما خلال اقتحامها")
                if "بعد" in cnorm and tm.group(1) in lex.fighting_spans and _LONG_AFTER_RE.search(cnorm, max(0, tm.start() - 40), tm.start(1)) \
                        and not any(t2.start() != tm.start() for t2 in lex.trigger_re.finditer(cnorm)):
                    continue   # "عاد الأهالي إلى بلدة هجين بعد أشهر من المعارك": a long span's fighting, the backdrop
                    # (the clause's only act word; not "بعد أسابيع من المعارك، دخل الجيش يبرود إثر اشتباكات")
                if charged_or_called(cnorm, tm.start(), tm.end(), lex) is not None:
                    continue   # "متهمين بتفجير سرمدا", "دعت الأمم المتحدة إلى وقف القصف على عفرين": the act
                    # they are charged with, or a call would stop, is no act of today
                if (nw := _words_after(cnorm, tm.end(), 1)) and (nw[0] in lex.figurative_after or _strip_clitic(nw[0]) in lex.figurative_after):
                    continue   # "احتسب الحكم ضربة جزاء", "قصفاً كلامياً", "هجوم سيبراني": a figure of speech
                if etype == "explosion" and lex.civil_blast_re.match(cnorm, tm.end()):
                    continue   # "بانفجار أسطوانة غاز في حي الميدان": an accident (not "صهريج مفخخ")
                if lex.drill_re.search(cnorm):
                    continue   # "مناورات شاركت فيها المدفعية والطيران", "21 طلقة تحية": no act
                if "نابالم" in tm.group(1) and not lex.aircraft_re.search(cnorm) \
                        and any(lex.type_of.get(t_.group(1)) == "shelling" for t_ in lex.trigger_re.finditer(cnorm)):
                    continue   # "قصفت قوات النظام بصواريخ غراد محملة بالنابالم مدينة دوما": the payload of
                    # shells or rockets fired from the ground (not "ألقت طائرات النظام قنابل النابالم")
                if ("سقط" in cnorm or "تحطم" in cnorm) and _CRASHED_BEFORE_RE.search(cnorm, max(0, tm.start() - 12), tm.start()) \
                        and any(x in tm.group(1) for x in ("طاير", "مسير", "مروحي", "طيار")) \
                        and not _FELL_ON_RE.search(cnorm, tm.end(), tm.end() + 50):
                    continue   # "سقطت طائرة مسيرة تركية قرب قرية أم الحوش": an aircraft down, no strike (not
                    # "سقطت طائرة مسيرة مفخخة على سيارة في بلدة الجيزة": a drone's strike)
                if "جدار الصوت" in cnorm and cnorm.startswith(" جدار الصوت", tm.end()):
                    continue   # "خرق الطيران الروسي جدار الصوت فوق إدلب": flying, no strike
                if (etype in ("attack", "shelling") and lex.celebratory_re.search(cnorm)
                        or etype == "attack" and lex.private_motive_re.search(cnorm)) \
                        and not any(lex.actor_of.get(am_.group(1)) not in (None, "unknown") for am_ in lex.actor_re.finditer(cnorm)):
                    continue   # "أصيب طفل برصاص طائش في عرس", "قتل شاب بطلق ناري إثر خلاف عائلي": no armed side
                    # named, no attack (not "بطلق ناري طائش مصدره عناصر حاجز لقوات النظام")
                if (_DROP_RE.search(cnorm, max(0, tm.start() - 1), tm.end() + 1) or "نزال" in tm.group(1)) \
                        and lex.aid_dropped_re.search(cnorm, tm.end(), tm.end() + 70):
                    continue   # "ألقت طائرات شحن روسية 22 طناً من المساعدات بالمظلات", "ألقت طائرات أمريكية أسلحة
                    # وذخائر للمقاتلين الأكراد في كوباني", "إنزالاً جوياً للذخيرة والمواد الغذائية فوق اللواء 137": an
                    # air drop of supplies, no strike
                if ("ذب" in tm.group(1) or "نحر" in tm.group(1)) and lex.livestock_re.search(cnorm):
                    continue   # "ذبح الأهالي الأضاحي في مدينة الدانا": animals slaughtered
                if "امل" in cnorm and _HOPE_RE.search(cnorm, max(0, tm.start() - 40), tm.start()):
                    continue   # "علّقوا شباكاً بين الأشجار على أمل أن تعلق بها المسيّرات": what is hoped for
                if definite and lex.reaction_re.search(cnorm, max(0, tm.start() - 60), tm.start()) \
                        and any(e.event_type == etype and not e.background for e in events):
                    continue   # "وأدان مجلس سوريا الديمقراطية في بيان "القصف الذي طال أمس قرى عين عيسى"": the
                    # shelling told already, condemned
                if lex.intent_re.search(cnorm, max(0, tm.start() - 30), tm.start()):
                    continue   # "وسط أنباء عن استعدادهم لاقتحامه خلال أيام": an act to come
                if _WITHOUT_RE.search(cnorm, max(0, tm.start() - 30), tm.start()):
                    continue   # "توغلت القوات … من دون أن تسجل اشتباكات": no clash
                if _USED_TO_RE.search(cnorm, max(0, tm.start() - 30), tm.start()):
                    continue   # "المروحيات التي كانت تلقي البراميل على رؤوس المدنيين": a habit of the past
                if etype == "shelling" and assault and lex.instrument_re.search(cnorm, max(0, tm.start() - 40), tm.end()):
                    continue   # "هاجم مسلحون حاجزاً … بالأسلحة الخفيفة والقذائف": the attack's weapons
                assault = assault or etype == "attack" and any(x in tm.group(1) for x in lex.assault_stems)
                found_types.add(etype)
                if etype in ("airstrike", "shelling") and ((sp_ := lex.support_re.search(cnorm, max(0, tm.start() - 40), tm.start()))
                                                           and not (_AMID_RE.match(sp_.group(0).strip())
                                                                    and _STRUCK_ON_RE.match(cnorm, tm.end()))
                                                           or lex.backer_rel_re.search(cnorm, max(0, tm.start() - 110), tm.start())
                                                           or cnorm.startswith("و", tm.start()) and _SUPPORT_AND_RE.search(
                                                               cnorm, max(0, tm.start() - 40), tm.start())):
                    continue   # "تقدمت قسد … وسط قصف جوي من التحالف": support, not the act itself
                    # (and the second of two: "بإسناد من المسيّرات والمدفعية التركية"; but "وسط قصف جوي
                    # روسي مكثف على بلدتي الهبيط وقلعة المضيق" tells the strikes' own places)
                rank = lex.priority.index(etype)
                if trig is None or rank < trig[0]:
                    trig = (rank, etype, tm.start())
            if down is not None:
                trig = (-1, "other", down.start())   # a manned aircraft shot down: an act of its own
            if trig is None and (fo := _FIRE_OPENED_RE.search(cnorm)) is not None:
                # "أطلقت قوات الاحتلال النار صباح اليوم على رعاة أغنام": fire opened, words between
                trig = (lex.priority.index("attack"), "attack", fo.start(1))
                found_types.add("attack")
            if trig is None and "رتكب" in cnorm and (mz := _MASSACRE_RE.search(cnorm)) is not None:
                # "ارتكبت قوات النظام والشبيحة مجزرة في قرية القبير": a massacre told with no weapon is
                # an attack on people (with one, "ارتكب الطيران مجزرة", the weapon's act was found)
                trig = (lex.priority.index("attack"), "attack", mz.start(1))
                found_types.add("attack")
            if trig is None and "جث" in cnorm and (ba := _body_after_abduction(norm, ca)) is not None \
                    and ba.start() < ca + len(cnorm):
                # "عُثر على جثة شاب في جنديرس بعد يومين من اختطافه على يد مرتزقة السلطان مراد": a killing,
                # its victim taken first (by the abductors, told after it, even in a clause of their own)
                trig = (lex.priority.index("attack"), "attack", ba.start() - ca)
                found_types.add("attack")
                if (by_ := _BY_HAND_RE.match(norm, ba.end(1))) is not None and (am_ := lex.actor_re.match(norm, by_.end())) is not None \
                        and (a_ := lex.actor_of.get(am_.group(1))) and not a_.startswith("@") and a_ != "unknown":
                    killer = a_
            if trig is None and (kt := _killing_told(cnorm, lex)) is not None:
                trig = (lex.priority.index(kt[0]), kt[0], kt[1])
                found_types.add(kt[0])
                if (sv := _SET_ABOUT_VERB_RE.match(cnorm, kt[1])) is not None:
                    killer = _killer_of(cnorm, sv, lex, rd)   # "أقدم عناصر من قسد على قتل شاب": who set about it
            if trig is None and (inf := _army_inflicted(cnorm, lex, rd)) is not None:
                # "قضت وحدات من الجيش على إرهابيين في زملكا": an operation known by its dead
                trig = (lex.priority.index("other"), "other", inf.start())
                found_types.add("other")
            if trig is None and ("توغل" in cnorm or "دخلت" in cnorm or "وصلت" in cnorm or "قتحم" in cnorm) and (inc := _INCURSION_RE.search(cnorm)) is not None \
                    and _took_people_away(norm, ca + inc.end()):
                # "توغلت قوة إسرائيلية في بلدة جباتا الخشب، واعتقلت ثلاثة شبان": an incursion that took
                # people away is a raid (one that only drove through is no act)
                trig = (lex.priority.index("raid"), "raid", inc.start(1))
                found_types.add("raid")
            if trig is None and ("الق" in cnorm or "رم" in cnorm) and (dv_ := _aircraft_dropped(cnorm, lex)) is not None:
                # "طائرة روسية ألقت قنبلة على بلدة كفرنبل": the aircraft before its drop verb
                trig = (lex.priority.index("airstrike"), "airstrike", dv_.start(1))
                found_types.add("airstrike")
            if trig is None and acts_told and si - acts_told[-1][0] <= 1 and acts_told[-1][1] in ("airstrike", "shelling", "explosion") \
                    and (an_ := _another_struck(cnorm)) is not None:
                # "شنت مسيرة تركية غارة على قرية تل طويل، فيما طالت أخرى مطبعة في بلدة عامودا": another
                # of the strikes just told, at its own place ("ثلاث ضربات؛ الأولى على قرية الأسدية")
                trig = (lex.priority.index(acts_told[-1][1]), acts_told[-1][1], an_.start())
                found_types.add(acts_told[-1][1])
            if trig is None and any(h in cnorm for h in _ARREST_HINTS) and (ar := _arrest(cnorm, lex)) is not None:
                # "اعتقل الأمن العسكري شابين في مدينة الصنمين": an arrest by a named force is a raid
                trig = (lex.priority.index("raid"), "raid", ar.start(1))
                found_types.add("raid")
            active_victim = None
            active_kin = 0
            killers_counted = False
            if trig is None and (ak := _active_kill(cnorm)) is not None \
                    and not any(_count_word(w) for w in cnorm[ak.end(1):ak.start(2)].split() if w.endswith(("ون", "ين"))) \
                    and (object_victims(ak.group(2), None, lex)
                         or _count_word(ak.group(2)) and _people_after(cnorm, ak.end(2), lex)):   # ("… ثلاثة شبان")
                active_victim = ak.group(2)
                # (and the kin counted after them: "قتل مسلحون رجلاً وأطفاله الثلاثة": four)
                active_kin = _kin_counted(cnorm[ak.end(2):ak.end(2) + 40].split(), 0) or 0
                # ("قتل ثلاثة مسلحين عنصراً": the count is the killers', not a toll)
                killers_counted = any(_count_word(w) for w in cnorm[ak.end(1):ak.start(2)].split())
                # "قتل مسلحون مجهولون عنصراً من قسد في بلدة الشحيل": the killers (nominative), then the one
                # killed (accusative): an attack
                trig = (lex.priority.index("attack"), "attack", ak.start(1))
                found_types.add("attack")
            if trig is None and (ak := lex.active_kill_office_re.search(cnorm)) is not None:
                active_victim = ak.group(2)   # "قتل مسلحون مختار قرية الحوايج": a man by his office, his killers before him
                trig = (lex.priority.index("attack"), "attack", ak.start(1))
                found_types.add("attack")
            # (the killing verb and who it names: read once, for the trigger and for the agent below)
            kv = _killers_named(cnorm, lex) if "قتل" in cnorm and (trig is None or trig[1] == "attack") else None
            if trig is None and kv is not None:
                # "قتلت قوات النظام خمسة مدنيين في بلدة كفرنبودة": the killers named after the verb, then
                # the killed counted: an attack, told with no weapon
                trig = (lex.priority.index("attack"), "attack", kv.start(1))
                found_types.add("attack")
            if trig is not None and trig[1] == "attack" and kv is not None:
                killer = _killer_of(cnorm, kv, lex, rd)
            by_capture = trig is None and ((rm_ := lex.restore_re.search(cnorm)) is not None or "سيطر" in cnorm and (
                rm_ := _captured_name(cnorm, sent_ms, lambda i, _o=na + ca: nart.original_index(_o + i))) is not None)
            if trig is None and "قتحم" in cnorm and (st_ := _stormed_place(cnorm, sent_ms, lambda i, _o=na + ca: nart.original_index(_o + i))) \
                    and _SECURITY_FORCE_RE.search(cnorm, 0, st_.start() + 60):
                # "اقتحمت قوات الأمن قرية الزارة", "قوات الأمن العام تقتحم مدينة تلكلخ": a town stormed by a
                # security force is a raid, arrests told or not (by an army it stays no act of its own:
                # as a clash it added 6 held-out events for 1 found; the dev gold codes both ways)
                by_capture = True
                trig = (lex.priority.index("raid"), "raid", st_.start())
            elif by_capture:
                # "أعادت وحدات من جيشنا أمس الأمن والاستقرار إلى مدينة السفيرة": a recapture, told
                # with no word of fighting
                trig = (lex.priority.index("clash"), "clash", rm_.start())
            o_start = nart.original_index(na + ca)   # the clause in the original text
            o_end = nart.original_index(na + cb) if cb < len(norm) else b
            running_total = trig is not None and (tc_ := lex.total_clause_re.match(cnorm)) is not None \
                and (ca > 0 or tc_.group(1)) and (tc_.group(1) or lex.wider_total_re.search(cnorm))
            if running_total:
                trig = None   # "…، وارتفع إلى 30 عدد ضحايا القصف على ريف حماة": a running total after the
                # act, the acts it counts are no act of its own (not a sentence opening "ارتفع إلى 21 عدد
                # المواطنين الذين استشهدوا جراء قصف …": the news told by its toll)
            if trig is None:
                # a later clause of the sentence with no act of its own, counting no other disaster,
                # campaign or span
                if ca > 0 and events and not _OTHER_COUNT_RE.search(cnorm) and not _since(cnorm):
                    if _rise(cnorm, lex) is not None and not (running_total and lex.wider_total_re.search(cnorm)):
                        # "أعلن الحرس الثوري مقتل 5 من مستشاريه في الضربة، فيما قال المرصد إن الحصيلة
                        # ارتفعت إلى 13 قتيلاً": a rise told in a clause of its own
                        _toll_rises(events, cnorm, lex, [m.place_id for m in sent_ms if o_start <= m.start < o_end and m.place_id],
                                    title_idx)
                    elif prev_sent == si:
                        own = [m for m in _not_reporting([m for m in sent_ms if o_start <= m.start < o_end and m.place_id], text, lex)
                               if _IN_PLACE_RE.search(normalize_char_string(text[max(a, m.start - 24):m.start]))]
                        struck = [events[g] for g in prev_group if not events[g].background
                                  and events[g].event_type in ("airstrike", "shelling")]
                        if own and struck and len({e.actor for e in struck}) == 1 \
                                and not {m.place_id for m in own} & {e.place_id for e in struck} \
                                and (cas := _casualties(cnorm, lex)) != (None, None) and cas != (0, 0):
                            # "قُتل 8 مدنيين في الباب بثلاثة براميل …، فيما أصيب مدنيان في بلدة حريتان": the
                            # same strikes' toll at another place of their own
                            events.append(_at_place(struck[0], own[0], article.id, si, cas[0], cas[1]))
                            continue
                        # "شنت الفصائل هجوماً على مواقع قوات النظام في بلدة النيرب، وتمكنت من قتل 12
                        # عنصراً": the toll of the act the sentence just told
                        # (the other side's dead told at no other place: not "في حين قُتل أربعة في الدحلة")
                        placeless = not any(o_start <= m.start < o_end for m in sent_ms)
                        _toll_of_act_told(events, prev_group, cnorm, lex, toll_unknown, same_sentence=placeless)
                continue
            _, etype, tpos = trig
            if etype == "clash" and "سيطر" in cnorm and _NO_FIGHT_RE.search(cnorm) \
                    and not _FIGHT_RE.search(_NO_FIGHT_RE.sub(" ", cnorm)) and not lex.killed_re.search(cnorm):
                continue   # "سيطرت الوحدات على حي بستان الباشا، بعد انسحاب الفصائل منه من دون معارك": ground
                # changing hands without a fight is no clash
            if "clash" in found_types and etype in ("raid", "attack") and (
                    _CLASH_BETWEEN_RE.search(cnorm) or etype == "raid" and _STORMING_TRIED_RE.search(cnorm)):
                etype = "clash"   # "دارت اشتباكات بين الجيش الحر وقوات الأسد التي حاولت اقتحام الحي"
                # ("حاولت قوات النظام، مدعومة بالدبابات، اقتحام بلدة تلدو، واندلعت اشتباكات عنيفة")
            elif etype == "raid" and "معرك" in cnorm and _STORMING_TRIED_RE.search(cnorm):
                etype = "clash"   # "دخلت معركة القصير يومها الثالث، وسط استمرار محاولات قوات الأسد … اقتحام
                # المدينة": a town stormed in a battle, not a house raided
            similar = last_act is not None and si - last_act[0] <= 2 and _SIMILAR_RE.match(cnorm, tpos) \
                and _strip_clitic(cnorm[tpos:tpos + 12].split()[0]) in lex.generic_acts
            own_type = etype
            if similar:
                etype = last_act[1]   # "قُتل مزارعان بهجوم مماثل": the same kind of act as the one just told
            if lex.threat_open_re.match(cnorm) and not _SCOPE_END_RE.search(cnorm, 0, tpos + 1) \
                    and not _AFTER_PAST_ACT_RE.search(cnorm, max(0, tpos - 12), tpos + 1):
                # (not "توعد أردوغان بعملية برية بعد غارات تركية على عين العرب": the strikes it came after)
                continue   # "ويهدد الرئيس التركي بشن عملية برية جديدة تستهدف منبج": an act to come
                # (not "توعد الجيش بالرد، وقصف مواقع في …": an act after the threat)
            if _APPEAL_RE.search(cnorm, max(0, tpos - 90), tpos):
                continue   # "ويناشد الأهالي التحالف زيادة الغارات": the strikes asked for (not "طالبت
                # الأمم المتحدة بالتحقيق في الغارات التي استهدفت …": those that happened)
            if etype in ("other", "attack") and "زلز" in norm and _QUAKE_RE.search(norm):
                continue   # "حصيلة ضحايا الزلزال …، فيما دُمّرت آلاف المباني في جنديرس": a disaster, no act of war
            if cnorm.startswith("ال", tpos) and lex.future_after.intersection(
                    _CLAUSE_PUNCT_RE.split(cnorm[tpos:tpos + 60], maxsplit=1)[0].split()[1:7]):
                continue   # "أكدت مصادر أن الغارات على بلدة الشعفة ستستمر": acts to come
            w0 = max(0, tpos - 40)
            if w0 > 0 and cnorm[w0 - 1] != " ":
                w0 = cnorm.rfind(" ", 0, w0) + 1   # (from a word's start: not "تهدف" of "استهدف")
            irr = unreal_cue(cnorm, lex, w0, tpos, etype, toll=lambda: _casualties(cnorm, lex))
            if irr is None and etype == "explosion" and _DEFUSING_NOW_RE.search(cnorm, max(0, tpos - 24), tpos) \
                    and not _BLAST_RE.search(cnorm):
                continue   # "وحدة الهندسة تفكك عبوة ناسفة زُرعت قرب دوار المشفى": defused, no blast (not
                # "قُتل عنصر بانفجار عبوة بينما كان يفكك عبوة أخرى": one blew up)
            if irr is None and etype == "explosion" and ("تفكيك" in cnorm or "تنفجر" in cnorm or "ينفجر" in cnorm or "مفعول" in cnorm) \
                    and (df_ := _DEFUSED_AFTER_RE.search(cnorm, tpos)) is not None and not _WENT_OFF_RE.search(cnorm, 0, df_.start()) \
                    and _casualties(cnorm, lex) == (None, None):
                continue   # "عثر على سيارة مفخخة في حي الميدان وتم تفكيكها دون أن تنفجر": found and defused
                # (not "انفجرت عبوة أثناء تفكيكها": it went off)
            if irr is None and etype == "explosion" and tpos > 40:
                # "فكك فريق الهندسة التابع للشرطة العسكرية صباح اليوم عبوة ناسفة": the defusing
                # verb further back than the intent cues' window
                dm = _DEFUSED_RE.search(cnorm, max(0, tpos - 100), tpos - 40)
                if dm is not None:
                    continue
            # "قتل 44 شخصاً في غارات روسية على زردنا، وهو ما نفته وزارة الدفاع الروسية": the dead are
            # told as fact, the agent is denied — the act stands, unattributed (not an accusation or a
            # claim denied: "اتهمت قسد حكومة دمشق بتسهيل …، وهو ما نفته")
            # (the sentence opens on a word of the dead: the lexicon's killed words)
            denied_agent = irr is None and (dn_ := _DENIED_AFTER_RE.search(norm, ca + tpos)) is not None \
                and lex.killed_re.match(norm, len(norm) - len(norm.lstrip())) is not None
            # "نفت وزارة الدفاع الروسية أن تكون طائراتها نفذت الغارة التي استهدفت سوقاً في أريحا أمس وأدت
            # إلى مقتل ستة مدنيين": who did it is denied, the strike is told as fact with its toll — it
            # stands, unattributed
            denier = None
            if irr is None and (dm_ := _DENIAL_RE.search(cnorm, max(0, tpos - 110), tpos + 60)) is not None \
                    and (fact := denied_act_told(cnorm, dm_.end(), lex, lambda: _casualties(cnorm, lex))) is not None:
                denier = cnorm[dm_.start():fact.start()]
            if irr is not None or _DENIAL_RE.search(cnorm, max(0, tpos - 110), tpos) and denier is None \
                    and not ((db_ := DENIED_BUT_RE.search(cnorm)) is not None and db_.end() <= tpos) \
                    or _DENIED_AFTER_RE.search(norm, ca + tpos) and not denied_agent \
                    or _UNTRUE_RE.search(cnorm, tpos) and _REPORT_OF_RE.search(cnorm, 0, tpos):
                continue   # "نفى متحدث … أي علاقة لطائرات التحالف بغارات الثلاثاء": a denial, no act
            if any(h in norm for h in _UNVERIFIED_HINTS) and _unconfirmed(cnorm, tpos, norm, ca + tpos):
                continue
            if lex.opener_re.match(cnorm) and not lex.quote_intro_re.match(cnorm) \
                    and not _AS_RE.search(cnorm, 0, tpos) and not _new_act_when(cnorm, tpos) \
                    and not (op_end and (lex.trigger_re.match(cnorm, op_end) or lex.killed_re.match(cnorm, op_end))):
                # (nor "وجاءت العملية بعد يومين من هجوم شنه مسلحون على …": the earlier act, told here; or
                # its dead: "ويأتي الاشتباك بعد يومين من مقتل الشاب … برصاص عناصر حاجز المسمية")
                # ("ويأتي الهجوم بعد أيام …، إذ داهمت قوة …", "وجاءت أحدث حلقات هذه الحرب مساء
                # الاثنين، عندما استهدفت طائرة …": a new act)
                continue   # "ويأتي القصف في إطار حملة …": the strikes already told
            clause_ms = [m for m in sent_ms if o_start <= m.start < o_end]
            if etype == "explosion" and clause_ms and _definite_trigger(cnorm, tpos, lex) in ("انفجار", "انفجارات") \
                    and not _DEVICE_RE.search(cnorm) \
                    and {m.place_id for m in clause_ms} <= {e.place_id for e in events if not e.background
                                                         and e.event_type in ("airstrike", "shelling")}:
                continue   # "يروي أحد سكان قدسيا أن «الانفجار هز المنطقة كلها»" after the strike on
                # قدسيا: the blast of the strike told (not "جراء الانفجار الذي هز سوقاً في أعزاز")
            if not clause_ms:
                # no place here, but "يواصل جيش الاحتلال التركي اعتداءاته؛ ففي … استهدفوا قرى …"
                # names the agent of what follows
                pl_hits = _actor_hits(_QUOTES_RE.sub("", cnorm), lex, rd)
                named, _ = _choose_actor(pl_hits, etype, tpos, lex, cnorm)
                if named is not None and not any(h.actor == named and h.agent > 0 for h in pl_hits) \
                        and _OBJECT_VERB_RE.search(cnorm):
                    named = None   # "عملية أمنية … تستهدف خلايا تابعة لتنظيم الدولة": its object
                if named in (None, "unknown") and (osm := lex.own_forces_said_re.search(norm, 0, ca + len(cnorm))) \
                        is not None and osm.end() > ca:
                    # "أعلنت وزارة الدفاع الروسية …، وقالت إن طائراتها نفذت 20 طلعة": the speaker before,
                    # of its own aircraft
                    said_by = [h.actor for h in _actor_hits(_QUOTES_RE.sub("", norm[:osm.start()]), lex, rd)
                               if h.actor != "unknown" and not h.actor.startswith("@")]
                    named = said_by[-1] if said_by else named
                if named is not None:
                    if prev_sent != si and named != prev_actor:
                        prev_group = []   # a toll that follows is this report's, not an earlier event's
                    prev_actor, prev_sent, prev_type, prev_target = named, si, "other", None
                    if named != "unknown" and not (lex.background_re.search(cnorm) or _PLUPERFECT_RE.match(cnorm)):
                        votes[named] = votes.get(named, 0) + 1
                        # (an act told with no place is still told: "أعلن الجيش الإسرائيلي أنه شنّ «موجة ثانية
                        # واسعة» من الغارات" before "الموجة الثانية طالت مواقع … الكسوة")
                        acts_told.append((si, etype, named))
                        if lead is None:
                            # "شنت الطائرات التركية، مساء أمس السبت، غارات على منشآت…": the day of
                            # the strikes the next sentences place
                            if dates is None:
                                dates = _sentence_dates(sent, pub, a, dls, text, lex)
                            o_s, o_e = nart.original_index(na + ca), (nart.original_index(na + cb) if cb < len(norm) else b)
                            # (the date nearest the act: "أعلنت سنتكوم، فجر اليوم السبت، أن قواتها نفّذت مساء
                            # الجمعة ضربات" — the strikes' evening, not the statement's dawn)
                            d = _pick_date([d for d in dates if o_s <= a + d.span[0] < o_e],
                                           nart.original_index(na + ca + tpos) - a)
                            if d is not None and d.precision <= 2 and d.kind not in ("year", "part_of_year") and (
                                    pub is None or 0 <= (pub - d.end).days <= BACKGROUND_DAYS):
                                lead = _DateInfo(d.start, d.end, d.precision)
                                last_dated = (si, lead)
            places = _event_places(clause_ms, text, cnorm, lex, o_start,
                                   lambda i, _o=na + ca: nart.original_index(_o + i)) if clause_ms else []
            if not places and _ANAPHOR_RE.search(cnorm) is not None:   # (else _antecedent finds none)
                # "ألقى الطيران المروحي 30 برميلاً على أحياء المدينة": the town just named
                # (not the town a reporter speaks from: "وقال مراسلنا في درعا إن القصف طال أحياء البلدة")
                ante = _antecedent(cnorm, _not_reporting(usable[:sent_first] + [x for x in sent_ms if x.end <= o_start],
                                                         text, lex), o_start,
                                   {e.place_id for e in events if not e.background},
                                   # (not where reinforcements came from: "باستقدام تعزيزات من مدينة الحسكة،
                                   # وقصفت أحياء البلدة"; but "من مواقعهم شرق السلمية على أحياء المدينة": the town)
                                   [m for m in _not_reporting(clause_ms, text, lex)
                                    if m.relation in ("direction_of", "near") or _origin(m, text, o_start, lex) is None],
                                   lambda i, _o=na + ca: nart.original_index(_o + i), place_of)
                if ante is not None:
                    places = [ante]
            if not places and prev_places and si - prev_sent <= 2 and ("ذات" in cnorm or "نفس" in cnorm) \
                    and _same_place(cnorm, lex) and not _PLUPERFECT_RE.match(cnorm.lstrip(" ،,و")) \
                    and "قد" not in cnorm.split()[:4]:
                # "ثم نفذت قوات الاحتلال عملية إنزال جوي في الموقع ذاته": where the last act was
                places = prev_places
            if not places and prev_places and prev_sent == si and cnorm.lstrip(" ،,").startswith(("ثم ", "وثم ")):
                places = prev_places   # "…، ثم غارة روسية استهدفت السوق فيها": where the act before it was
            if not places and (lex.its_parts_re.search(cnorm) or "علي" in cnorm and _AT_THEM_RE.search(cnorm)
                               and _GATHERING_RE.search(norm, 0, ca)):
                # "قصف جوي على بلدة الزبداني، واشتباكات على أطرافها": the place just told (by the act
                # before, or by the sentence: "حاصرت قوات النظام مدينة دوما، واشتباكات على أطرافها"; and
                # fire at those it told of: "خرجت مظاهرة في بلدة تلبيسة، وأطلقت قوات الأمن النار عليها")
                told = [m for m in sent_ms if m.end <= o_start and m.place_id is not None and m.relation is None
                        and m.kind in ("city", "town", "village", "neighbourhood")]
                if prev_places and prev_sent == si and len(prev_places) == 1:
                    places = prev_places
                elif told and ca > 0 and not (prev_places and prev_sent == si):
                    # (the narrowest of the last places told together: "في حي الخالدية في حمص" is the quarter)
                    last = [m for m in told if not _CLAUSE_PUNCT_RE.search(text, m.end, told[-1].start)]
                    places = [min(last, key=lambda m: m.uncertainty_km if m.uncertainty_km is not None else 1e9)]
            # (not the places of another named agent's act: "قصفت قوات النظام بلدة كفرنبل. وقالت وزارة
            # الدفاع التركية إن قواتها قصفت مواقع لقسد، بالتزامن مع غارات جوية")
            if not places and prev_sent == si and prev_places and not _other_side(prev_places_actor, prev_actor) and events and etype != prev_type \
                    and _CONCURRENT_ACT_RE.match(cnorm, 0, tpos + 1) and _definite_trigger(cnorm, tpos, lex) is None:
                # "بقصف مدفعي … على مواقع التنظيم داخل جرابلس، بالتزامن مع غارات نفذتها مقاتلات تركية":
                # another kind of act at the same places, at the same time
                places = prev_places
            if not places:
                placeless_act = (si, etype)   # ("قصفت طائرات تركية مواقع في جبال قنديل شمالي العراق، كما استهدفت …")
                # "وأدت الغارات إلى مقتل 6 عناصر": the toll of the event just reported
                if prev_group and si - prev_sent <= 1 and _same_kind(etype, events[prev_group[0]].event_type) \
                        and len({events[g].place_id for g in prev_group}) > 1 \
                        and _casualties(cnorm, lex) == (0, 0) \
                        and not (_PLUPERFECT_RE.match(norm) or lex.background_re.search(norm)):
                    # "ولم تسجل أي إصابات بشرية" after strikes on two sites: none at either
                    for g in prev_group:
                        if (events[g].killed, events[g].injured) == (None, None):
                            events[g] = _replace(events[g], killed=0, injured=0)
                    continue
                if prev_group and (si - prev_sent <= 1 or si - prev_sent == 2 and _definite_trigger(cnorm, tpos, lex) is not None) \
                        and _same_kind(etype, events[prev_group[0]].event_type) \
                        and _one_site([events[g] for g in prev_group]) \
                        and not (_PLUPERFECT_RE.match(norm) or lex.background_re.search(norm)) \
                        and not _SEPARATE_RE.search(norm) and not _another_agent(cnorm, events[prev_group[0]].actor, lex, rd):
                    # (not "وفي سياق منفصل، … نفذت القوات الروسية طلعات … ما أسفر عن القضاء على 100 مسلح":
                    # another act of another agent)
                    g0 = min(prev_group, key=lambda g: events[g].uncertainty_km)   # (the site, not its town)
                    first = events[g0]
                    if dates is None:
                        dates = _sentence_dates(sent, pub, a, dls, text, lex)
                    occurred = _OCCURRED_RE.search(cnorm)
                    day = [d for d in dates if occurred is not None and d.precision == 1
                           and d.kind not in ("year", "part_of_year") and pub is not None and 0 <= (pub - d.end).days <= 7]
                    if len(day) == 1 and first.date_start and day[0].end.isoformat() < first.date_start:
                        # "أعلن الجيش الأميركي، الجمعة، أنه قتل قيادياً … وقال المرصد إن الضربة وقعت مساء
                        # الخميس": the day the act took place, told after the day it was announced
                        for g in prev_group:
                            events[g] = _replace(events[g], date_start=day[0].start.isoformat(),
                                                 date_end=day[0].end.isoformat(), time_precision=1)
                    if any(d.precision <= 2 and d.kind not in ("year", "part_of_year") and first.date_start
                           and d.end.isoformat() < first.date_start for d in dates):
                        continue   # "وفي اليوم السابق … ما أدى إلى استشهاد 11": an earlier day's toll
                    killed, injured = _casualties(cnorm, lex)
                    if g0 in toll_unknown or _AGGREGATE_RE.search(cnorm) or _since_start(norm):
                        continue   # "دون ورود معلومات عن خسائر"; "أسفرت في مجملها عن مقتل 120": not its toll
                    rose = _rise(cnorm, lex) if si - prev_sent <= 1 and lex.running_total_re.match(cnorm) \
                        and not lex.wider_total_re.search(cnorm) else None
                    if rose is not None and (getattr(first, rose[0]) is None or rose[1] > getattr(first, rose[0])):
                        # "…، ليرتفع عدد الشهداء إلى 11": the act's toll, risen (its own clause)
                        events[g0] = _replace(first, **{rose[0]: rose[1]})
                    elif first.killed is None and killed is not None or first.injured is None and injured is not None:
                        events[g0] = _replace(first, killed=first.killed if first.killed is not None else killed,
                                              injured=first.injured if first.injured is not None else injured)
                    elif prev_sent == si and first.event_type == "clash" and first.killed is not None and killed \
                            and injured is None and _OTHER_SIDE_RE.match(cnorm):
                        # "قتل فيها خمسة عناصر من قسد، فيما قال مصدر إن 11 عنصراً من التنظيم قتلوا في
                        # المعارك": the other side's dead in the same fighting, the coding rule's total
                        events[g0] = _replace(first, killed=first.killed + killed)
                    if (killed, injured) != (None, None):
                        prev_sent = si   # the act goes on in this sentence: "… قتلوا في الاشتباكات، فيما قتل
                        # ما لا يقل عن 12 مقاتلاً معارضاً" (the other side's dead, below)
                continue
            if dates is None:
                dates = _sentence_dates(sent, pub, a, dls, text, lex)
            # quotes split names ("تنظيم \"الدولة\"", «قسد»): match actors without them
            qn = _QUOTES_RE.sub("", cnorm)   # the clause without quotation marks: actor offsets index it
            hits = _actor_hits(qn, lex, rd)
            if "رد" in qn and (rq := lex.response_re.search(qn, 4)) is not None and _TOLL_OF_ACT_RE.match(qn, rq.end()) \
                    and lex.trigger_re.search(qn, 0, rq.start()):
                # "قصفت القوات التركية قرى في ريف منبج رداً على مقتل جنديين تركيين بهجوم لقسد، …": the
                # answered act's agent did not do this one
                qe = _comma_or(qn, rq.end(), len(qn))
                hits = [h for h in hits if not rq.start() <= h.start < qe]
            if prev_actor not in (None, "unknown") and ("نفس" in qn or "ذات" in qn):
                for h in hits:
                    if _SAME_ONE_RE.match(qn, h.end):
                        h.actor = prev_actor   # "هاجمت مجموعة من التنظيم نفسه": the group just named
            agent, target_actor = _choose_actor(hits, etype, tpos, lex, qn)
            if agent in (None, "unknown") and "مصدر" in qn and (src_ := _FIRE_SOURCE_RE.search(qn)) is not None:
                # "سقطت قذائف هاون على حي الوعر مصدرها حاجز المزرعة التابع لقوات النظام": whose post the fire
                # came from fired it (not its target)
                owner = next((h.actor for h in hits if src_.end() <= h.start <= src_.end() + 50 and h.actor != "unknown"), None)
                if owner is not None:
                    agent = owner
                    target_actor = None if target_actor == owner else target_actor
            if target_actor == "unknown":
                target_actor = None   # "إن مسلحين مجهولين قتلوا شاباً": unnamed gunmen are no side struck
            if killer is not None and agent != killer and etype == "attack":
                # "قتلت وحدات من الجيش 23 إرهابياً من جبهة النصرة": the killers named by the verb, not the
                # group of the killed (who are its target)
                if agent not in (None, "unknown", killer):
                    target_actor = agent
                elif target_actor == killer:
                    target_actor = None
                agent = killer
            if etype == "clash" and ca > 0 and "بين" in cnorm and _BETWEEN_ITS_MEN_RE.search(cnorm) is not None \
                    and (told := [h for h in _actor_hits(_QUOTES_RE.sub("", norm[:ca]), lex, rd) if h.actor != "unknown"]) \
                    and told[0].actor != agent:
                agent = told[0].actor   # "قصف جيش خالد نوى، كما دارت اشتباكات بين عناصره ومقاتلي الجبهة
                # الجنوبية": its men, the side told before, against the other
            if agent in (None, "unknown") and ca > 0 and _LATTER_RE.search(cnorm, max(0, tpos - 25), tpos + 30):
                # "اشتبكت الهيئة مع قوات النظام، وقصف الأخير قرية الجبين": the side named last before
                told = [h for h in _actor_hits(_QUOTES_RE.sub("", norm[:ca]), lex, rd) if h.actor != "unknown"]
                if len({h.actor for h in told}) > 1:   # (one side told: "the latter" is another, unnamed)
                    agent = told[-1].actor
            if etype == "explosion" and agent not in (None, "unknown") and "مخلفات" in norm and ("انفجر" in norm or "انفجار" in norm) \
                    and _WAR_REMNANT_RE.search(norm):
                agent = "unknown"   # "بانفجار جسم من مخلفات الحرب …، وحمّل ناشطون روسيا المسؤولية", "من مخلفات قصف
                # النظام": a remnant's blast, no one's act that day, whoever left it or is blamed (not
                # "تفجير مخلفات حربية من قبل الجيش": remnants blown up on purpose)
            if denied_agent and agent in {h.actor for h in _actor_hits(norm[dn_.end():dn_.end() + 50], lex, rd)}:
                agent = "unknown"   # (who denies it is the agent named: not "…، وهو ما نفاه ذووه", the pretext denied)
            if denier is not None and agent in {h.actor for h in _actor_hits(denier, lex, rd)}:
                agent = "unknown"   # the side whose part is denied
            if rd.issuer is not None and na + ca < rd.issuer_line_end and agent != rd.issuer \
                    and not any(h.actor == agent and h.agent >= 2.0 and h.of_type for h in hits) \
                    and not (rd.issuer_media and any(h.actor == agent and h.agent >= 1.5 for h in hits)) \
                    and not (rd.issuer_toll and any(h.actor == agent and h.agent >= 0 for h in hits)) \
                    and not (etype == "airstrike" and agent in lex.air and rd.issuer not in lex.air):
                # (nor an air strike of a side that flies, on a line of a side that does not: "أعماق: مقتل 4
                # مدنيين بغارة لطائرات التحالف على بلدة السوسة")
                # (not an act the line tells with its own agent: "ولاية البركة: قصف الطيران الروسي قرية
                # المركدة", the issuer's news of the enemy's strike)
                # "أعماق: قنص عنصر من قسد في الشحيل": the acts of a communiqué's first line are its issuer's
                if target_actor is None and agent not in (None, "unknown"):
                    target_actor = agent
                agent = rd.issuer
            if etype in ("explosion", "attack") and lex.claim_re.search(qn, tpos) \
                    and (claimant := _claimed_by(qn, lex, rd)) is not None and claimant != agent:
                agent = claimant   # "أعلن الجيش الأميركي مقتل أربعة أميركيين في التفجير …، وتبناه تنظيم
                # داعش": the bombing's claimant, not who announced its dead
            if agent is None and not rd.new_era and "متمركز" in qn and _GOV_POST_SNIPER_RE.search(qn):
                agent = "syrian_gov"   # "برصاص قناص متمركز في كتيبة الدفاع الجوي": the regime's post
            # "في هجوم نفذه مسلحون مجهولون": the text names the agent as unknown (no headline's
            # actor, often the victims' — "مقتل 7 من عناصر الأمن العام بهجوم" — is put on it)
            named_unknown = agent == "unknown" and any(h.actor == "unknown" for h in hits)
            if agent is None and any(_is_guess(_WORD.findall(norm[max(0, h.start - 80):h.start])[-6:], lex)
                                     for h in _guessed_hits(norm, lex)):
                unidentified.add(si)   # "بغارات يرجح أنها إسرائيلية": a guess leaves it unattributed
            elif agent is None and ("تبن" in norm or "علن" in norm) and _NO_CLAIM_RE.search(norm):
                unidentified.add(si)   # "انفجرت عبوة ناسفة بسيارة تابعة للأمن العام …، دون أن تتبنى أي جهة
                # التفجير": no one's act, not the agent of the sweep told before it
                # (a guess in a later clause too: "… بطائرة مسيّرة قرب بلدة تسيل، في حين رجّحت مصادر
                # محلية أن تكون المسيّرة إسرائيلية")
            if down is not None and trig[0] == -1:
                # who shot the aircraft down is named before it; its owner, after it, is the target
                cut = down.start(1)
                pw = _words_before(cnorm, cut, 1)
                if pw and cnorm[:cut].rstrip().endswith(pw[0]) and lex.aircraft_re.search(pw[0]):
                    cut = cnorm.rfind(pw[0], 0, cut)   # "أسقطت الفصائل طائرة ميغ": the noun before the type
                before = cnorm[:cut]
                agent, _ = _choose_actor(_actor_hits(_QUOTES_RE.sub("", before), lex, rd), etype, tpos, lex, before)
                owner = [h.actor for h in _actor_hits(cnorm[down.start(1):down.end() + 30], lex, rd)]
                target_actor = owner[0] if owner and owner[0] != agent else None
            if agent is None and ca > 0 and (rsp := lex.response_re.match(cnorm.lstrip("، ,"))) is not None \
                    and tpos < len(cnorm) - len(cnorm.lstrip("، ,")) + rsp.end() + 12:
                continue   # "… ردا على هجوم كيميائي في دوما": an act answered, no one named: told before
                # (not "وفي رد على الهجوم سيطر مسلحون على حواجز … بعد اشتباكات": the answer)
            # "…، بعد ساعات من …", "ويأتي ذلك بعد ثلاثة أيام من هجوم …": the act this one came after
            aft = AFTER_ACT_RE.match(cnorm) if ca > 0 else opener
            if aft is not None and tpos <= aft.end() + AFTER_ACT_CHARS \
                    and all(any(u.place_id == p.place_id and not a <= u.start < b for u in usable) for p in places):
                continue   # "…، بعد ساعات من هجوم بطائرات مسيّرة على حفل تخريج في الكلية الحربية بحمص": the
                # act this one came after, told in its own place (not "قصفت قوات النظام مدينة سرمين، بعد
                # ساعات من قصفها مدينة أريحا": told nowhere else, an event of its own)
            if aft is not None and _NO_CLAIM_RE.search(norm, ca):   # (to the sentence's end: "…، في حين لم تتبنَّ أي جهة التفجير")
                agent = "unknown"   # "…، بعد ساعات من هجوم بطائرات مسيّرة …، لم تتبنّه أي جهة": no one's
            if _either_or(hits, qn, lex):
                agent = "unknown"   # "طائرات لم يعرف إن كانت سورية أم روسية": not attributed
                target_actor = None   # (nor is the other one struck)
                unidentified.add(si)   # (nor by the article's other strikes)
            allies: list[str] = []
            co_agents = _co_agents(hits, agent, qn, lex, allies)
            if etype == "clash" and (_CLASH_BETWEEN_RE.search(cnorm) or not by_capture):
                # "اشتباكات بين X وY", "اشتبكت قوات النظام وفصائل المعارضة": Y is the other side, not
                # a second agent (but "سيطرت القوات التركية والجيش الوطني على …": both took it; and a
                # partner a cue names fights beside it: "دخلت فصائل الجيش الحر، ترافقها قوات خاصة تركية")
                co_agents = cued_partners(hits, agent, qn)
            if target_actor is not None and (target_actor in co_agents or target_actor in allies):
                target_actor = None   # a partner in the act is not what it struck
            carried = agent is None
            # "قصف تركي على ريف تل تمر وتفجير دام في كري سبي": a bombing joined by "و" to a strike, with
            # its own place (its own clause), takes no agent from the strike's words
            joined_act = ca > 0 and etype == "explosion" and cnorm.startswith("و") and lex.trigger_re.match(cnorm) is not None \
                and norm[:ca].rstrip()[-1:] not in ("،", ",", ";", "؛")
            if agent is None and ca > 0 and not joined_act:
                # "يواصل جيش الاحتلال التركي اعتداءاته؛ ففي … استهدفوا قرى …": the subject of an
                # earlier clause of the same sentence
                if prev_sent == si and prev_type == "clash" and prev_actor not in (None, "unknown") \
                        and _CLASH_BETWEEN_RE.search(norm, 0, ca):
                    # "تدور اشتباكات بين القوات النظامية التي تحاول اقتحام الحي ومقاتلين من الكتائب، ترافقت
                    # مع قصف بقذائف الهاون على الحي": the side the clash was coded to, not the last one named
                    agent = prev_actor
                    if etype == "airstrike" and agent not in lex.air:
                        # "اشتباكات بين الفصائل وقوات النظام …، وقصف جوي على بلدة ربيعة": the side that flies
                        agent = prev_target if prev_target in lex.air else None
                elif not any(_strip_clitic(w) in lex.undergo for w in cnorm[:tpos].split()) \
                        and not ((fell := _SHELLS_FELL_RE.search(cnorm)) is not None and fell.start() <= tpos < fell.end()) \
                        and not (etype == "explosion" and _BLEW_UP_RE.search(cnorm, max(0, tpos - 12), tpos + 8)) \
                        and not (etype == "explosion" and _REMNANT_RE.search(cnorm)):
                    # (not a mine or war remnant's blast: "…، كما قتل طفل بانفجار قنبلة من مخلفات الحرب")
                    agent = _subject_before(norm[:ca], lex, rd)
                    if etype == "airstrike" and agent not in lex.air and not lex.drone_re.search(cnorm):
                        agent = None   # "اشتباكات بين قسد وتنظيم داعش …، وقصف جوي على الشعفة": not the
                        # ground side's (only drones fly for armed groups)
                    # (not "…، بينما تعرضت بلدة تلبيسة المجاورة لقصف بقذائف الدبابات": a place that
                    # underwent an act, its agent untold, is not struck by the last clause's agent;
                    # nor "…، فيما سقطت قذائف على عربين": shells that fell, whoever fired them; nor "…، بينما
                    # انفجرت عبوة ناسفة بسيارة لقسد": a device that blew up, whoever planted it)
            if agent is None and lex.unnamed_agent_re.search(cnorm):
                agent = "unknown"   # "في كمين نصبه مسلحون": the text says who only as "gunmen"
            # "وطالت الغارات ذاتها مدينة الرستن", "استهدف الطيران ذاته اللطامنة": the same strikes,
            # the same aircraft as the act of the kind just told (its agent is settled at the end)
            same_as_told = agent is None and ("ذات" in cnorm or "نفس" in cnorm) and _says_same(cnorm, lex)
            implicit = agent is None
            # "قصف صاروخي على الهبيط بالتزامن مع غارات روسية على خان شيخون": the act told alongside
            # has its own agent, which is not this one's
            beside = {h.actor for h in _actor_hits(norm[cb:cb + 60], lex, rd)} \
                if implicit and cb < len(norm) and (_CONCURRENT_ACT_RE.match(norm, cb) or _WHILE_ACT_RE.match(norm, cb)) else ()
            if agent is not None and agent != "unknown" and etype != "clash":
                votes[agent] = votes.get(agent, 0) + 1   # (a clash has two sides: no one's strikes)
            if similar and agent is None and last_act[2] is not None and last_act[2] == target_actor:
                etype = own_type   # "هجمات مماثلة على حواجز لقوات الأسد" after the regime's shelling: like
                # earlier attacks on those forces, not like the forces' own fire
            elif similar and agent is None:
                agent = last_act[2]
            # "أن القصف طال الرتل قرب بلدة معرة حرمة" after the air strike on the convoy: the act
            # just told, retold with its place
            # (only a strike told of a wide area is placed by what follows; "القصف المدفعي" names
            # another kind of act)
            retold = (agent is None and si - prev_sent <= 1 and prev_actor is not None and prev_type != etype
                      and prev_type in ("airstrike", "shelling") and etype in ("airstrike", "shelling", "attack", "other")
                      and prev_group and all(events[g].geo_precision == 3 for g in prev_group)
                      and _definite_generic(cnorm, tpos, lex) and not lex.artillery_re.search(cnorm))
            if retold:
                etype = prev_type
            elif agent in (None, prev_actor) and prev_sent == si and prev_type == "airstrike" and etype == "shelling" \
                    and _definite_generic(cnorm, tpos, lex) and not lex.artillery_re.search(cnorm) \
                    and not lex.ground_fire_re.search(cnorm):
                etype = "airstrike"   # "استهداف مسيرة تركية سيارة …، فيما طال القصف محطة كهرباء في عامودا":
                # the bombardment of the air strikes the sentence just told
            continuing = (agent is None and si - prev_sent <= 2 and prev_actor is not None and not joined_act
                          # (not the earlier act a sentence says the news came after: "وتأتي الغارة بعد أيام
                          # من هجوم بطائرة مسيرة على قاعدة أمريكية" is not the American strike's)
                          and not op_end
                          # (not "سقوط قذائف على أطراف قرية كفر تعال، لم يُعرف مصدرها": no one's said)
                          and si not in unidentified
                          # "وفي حادثة منفصلة", a landmine left from the war: no one's act just told
                          and not _SEPARATE_RE.search(norm) and not (etype == "explosion" and _REMNANT_RE.search(cnorm))
                          and (etype == prev_type or "other" in (etype, prev_type)
                               # (not a bomb in a later sentence than a statement with no place: "كانت
                               # قد أعلنت تحييد 4 إرهابيين. وفي مدينة الدرباسية، انفجرت عبوة ناسفة" —
                               # no one's; not "يشن أعنف غاراته على الساحل.. وانفجارات هزت طرطوس")
                               and not (etype == "explosion" and prev_type == "other" and prev_sent != si
                                        and _DEVICE_RE.search(cnorm))
                               # "نفذ سلاح الجو غارات على حرستا، بينما دكت المدفعية الثقيلة مقرات
                               # في دوما": the same side's fire, told in one sentence
                               or prev_sent == si and {etype, prev_type} <= {"airstrike", "shelling"}
                               # "شنت الفصائل هجوماً على مواقع قوات النظام. وخلال ساعات، سيطرت على قرى
                               # …": the attackers' battle for the ground
                               or prev_type == "attack" and etype == "clash" and _captures_ground(
                                   cnorm, clause_ms, lambda i, _o=na + ca: nart.original_index(_o + i), lex)))
            if agent is None and not continuing and last_act is not None and last_act[2] not in (None, "unknown") \
                    and si - last_act[0] <= ANAPHORIC_AGENT_SENTENCES and last_act[1] == etype \
                    and lex.anaphoric_agent_re.search(cnorm):
                agent = last_act[2]   # "حيث داهمت القوات بلدة عين الشرقية": the forces the article follows
            if agent is None and not continuing and last_act is not None and last_act[2] not in (None, "unknown") \
                    and si - last_act[0] <= 1 and "اخر" in cnorm and _ANOTHER_UNIT_RE.search(cnorm, 0, tpos + 40):
                agent = last_act[2]   # "… دورية إسرائيلية أطلقت النار … وأضافوا أن قوة أخرى داهمت منزلاً": another
                # unit of the side just told
            if agent is None and not op_end and (not continuing or prev_type == "other") \
                    and (_definite_trigger(cnorm, tpos, lex) is not None or cnorm.startswith("الموجه", tpos)):
                # ("الموجة الثانية طالت مواقع …": the next wave of the strikes just told)
                # "غارات نفذتها طائرات النظام على حمورية … كما طال القصف الجوي بلدتي سقبا ومسرابا":
                # the definite noun is the kind of act just told, by whoever did it (if only one did)
                recent = {a for s_, t_, a in acts_told if t_ == etype and si - s_ <= DEFINITE_ACT_SENTENCES}
                if len(recent) == 1:
                    agent = recent.pop()
            if agent is None:
                agent = prev_actor if continuing else "unknown"
                if agent == "unknown" and etype == "airstrike" and pub is not None and pub < ONLY_REGIME_AIR_UNTIL \
                        and si not in unidentified and not lex.unnamed_agent_re.search(cnorm):
                    # "ورد الطيران الحربي صباح الثلاثاء بغارات على بلدة تل رفعت" (2013): before the
                    # coalition's first strikes in Syria, warplanes no one names were the regime's
                    agent = "syrian_gov"
            if target_actor is None and continuing:
                target_actor = prev_target
            # (not "موقع مدفعية", "كتيبة المدفعية": an artillery position struck)
            gun_norm = _GUN_POSITION_RE.sub(_blank, cnorm) if "مدفع" in cnorm else cnorm
            if "دباب" in gun_norm and (lex.aircraft_re.search(cnorm) or lex.drone_re.search(cnorm)):
                # (tanks aircraft struck are no guns fired: "المسيرات التركية تقصف دبابات"; not "قصفت
                # دبابات إسرائيلية أطراف كودنة", the tanks firing)
                gun_norm = _TANKS_STRUCK_RE.sub(lambda t: t.group(1) + " " * len(t.group(2)), gun_norm)
            am = lex.artillery_re.search(gun_norm)
            artillery = am is not None
            ws = cnorm.rfind(" ", 0, am.start()) + 1 if am is not None else 0
            # "بدعم من المدفعية التركية": the artillery backs the act; it is no shelling of its own
            supporting_fire = am is not None and (lex.supporter_re.search(cnorm, max(0, ws - 36), ws) is not None
                                                  # ("بدعم من الطيران المسير والمدفعية التركية": the second arm)
                                                  or cnorm.startswith("و", ws)
                                                  and _SUPPORT_AND_RE.search(cnorm, max(0, ws - 40), ws) is not None)
            artillery = artillery and not supporting_fire
            if not artillery and ("ارض" in cnorm or "الستي" in cnorm or "سطح" in cnorm) \
                    and (sm_ := _SURFACE_MISSILE_RE.search(cnorm)) is not None \
                    and not (lex.aircraft_re.search(cnorm) or "غار" in cnorm or "طيران" in cnorm) \
                    and not lex.missiles_struck_re.search(norm, max(0, ca + sm_.start() - 40), ca + sm_.start()):
                artillery = True   # "بصواريخ أرض-أرض": fired from the ground, whoever fired them (not "غارات
                # على مستودعات صواريخ أرض-أرض", "منصة لإطلاق صواريخ أرض-أرض": the missiles struck)
            air_words = bool(lex.air_re.search(cnorm))
            if agent in lex.stand_off and not artillery and (etype == "other" or etype == "shelling" and (
                    agent in lex.air_only or agent in lex.air_shelling or air_words) and not lex.shells_re.search(cnorm)):
                # (but "أطلق جيش الاحتلال من مواقعه في الجولان قذيفتين على محيط كودنة": shells)
                etype = "airstrike"   # Israeli/US/Russian missile strikes are stand-off strikes
            if etype == "airstrike" and agent not in lex.air and agent != "unknown" and not lex.drone_re.search(cnorm):
                if carried and trig[1] == "airstrike":
                    agent = "unknown"   # "قصف تنظيم داعش بلدة الشعفة، وقصف جوي على بلدة هجين": an air strike
                    # told as one, the ground side's agent carried over does not fly it
                else:
                    etype = "attack"      # only drones fly for armed groups
            if etype == "attack" and agent in lex.air and lex.aircraft_re.search(lex.support_span_re.sub(_blank, cnorm)) \
                    and not artillery:
                etype = "airstrike"   # "هجوم بغاز السارين شنته طائرات النظام": aircraft attack from the air
            if etype == "attack" and agent in lex.air_only and not artillery and not lex.direct_fire_re.search(cnorm) \
                    and not lex.ground_re.search(cnorm) and not _GUNFIRE_RE.search(cnorm) and "بنيران " not in cnorm:
                # (not "قتل ثلاثة أشخاص بنيران جنود الاحتلال": soldiers' fire, on the ground)
                etype = "airstrike"   # "أعلن الجيش الإسرائيلي أنه هاجم أهدافاً عسكرية": Israel's and the
                # coalition's attacks in Syria are strikes from the air (their ground raids are raids)
            if etype == "other" and (air_words or lex.drone_re.search(cnorm)):
                etype = "airstrike"   # "استهدف الطيران المسير …": whoever flies it
                if agent not in lex.stand_off and agent not in (None, "unknown") and not lex.drone_re.search(cnorm) \
                        and all("صاروخ" in w.group(0) or "صواريخ" in w.group(0) for w in lex.air_re.finditer(cnorm)):
                    etype = "shelling"   # "استهدف مقاتلو المقاومة قاعدة حقل العمر بصواريخ الكاتيوشا": rockets
                    # a ground side fires (not Israel's, the coalition's or Russia's missiles)
            if etype == "shelling" and lex.direct_fire_re.search(cnorm) and (not artillery or am is not None and "دباب" in am.group(0)):
                etype = "attack"      # "بقذيفة آر بي جي": a direct-fire weapon, not shelling
                # (a tank it hit is no gun fired: "استهدف بصاروخ موجّه دبابة لميليشيات أسد")
                # (but "بقذائف الهاون والرشاشات الثقيلة": mortars too)
            if etype == "shelling" and not artillery and lex.aircraft_re.search(cnorm):
                etype = "airstrike"   # "قصفت الطائرات محطة السويدية": aircraft bomb
            if etype == "explosion" and (fs_ := _FIRED_SHELLS_RE.search(cnorm)) is not None \
                    and not ("قنبل" in fs_.group(0) and not lex.aircraft_re.search(cnorm) and not lex.artillery_re.search(cnorm)):
                # (not a bomb thrown by hand: "انفجرت قنبلة ألقاها مجهولون على محل تجاري")
                # "انفجرت قذائف هاون أطلقتها فصائل المعارضة على حي المزة", "انفجرت قنابل عنقودية ألقتها طائرات
                # روسية": shells fired, told by their blast
                etype = "airstrike" if lex.aircraft_re.search(cnorm) else "shelling"
            if etype == "other" and (artillery or lex.heavy_fire_re.search(cnorm)):
                etype = "shelling"   # "استهدفت وحدات الجيش تجمعاتهم بالأسلحة المناسبة": fire from afar
            if carried and etype == "other" and agent != "unknown" and last_act is not None and last_act[2] == agent \
                    and si - last_act[0] <= 2 and last_act[1] in ("airstrike", "shelling") \
                    and not lex.direct_fire_re.search(cnorm) and not _GUNFIRE_RE.search(cnorm) \
                    and not _SMALL_ARMS_RE.search(cnorm):
                etype = last_act[1]   # "غارات المسيّرات التركية طالت …، كما استهدفت رتلاً": more of the same strikes
            elif carried and etype == "other" and agent not in (None, "unknown") and placeless_act is not None \
                    and placeless_act[0] == si and placeless_act[1] in ("airstrike", "shelling") \
                    and (last_act is None or last_act[0] != si) and not lex.direct_fire_re.search(cnorm) \
                    and not _GUNFIRE_RE.search(cnorm) and not _SMALL_ARMS_RE.search(cnorm):
                etype = placeless_act[1]   # "قصفت طائرات تركية مواقع في قنديل شمالي العراق، كما استهدفت قرية تل
                # جمعة": the same strikes, their first target abroad
            if etype == "other" and agent == "syrian_gov" and not air_words and _OPERATION_RE.search(cnorm) \
                    and (lex.killed_re.search(cnorm) or lex.injured_re.search(cnorm)):
                etype = "clash"   # "واصلت وحدات من جيشنا الباسل عملياتها ضد أوكار المجموعات الإرهابية في جوبر
                # وأوقعت أعداداً منهم بين قتيل ومصاب": the army's ground operation, with the enemy's dead
            if etype == "other" and prev_sent == si and prev_type == "shelling" and _ANSWERED_IN_KIND_RE.match(cnorm) \
                    and not lex.direct_fire_re.search(cnorm) and not _GUNFIRE_RE.search(cnorm):
                etype = "shelling"   # "قصفت قسد بالمدفعية كفر خاشر، في حين ردت الفصائل باستهداف مواقعها": fire
                # answered in kind
            if etype == "other" and agent in ("isis", "opposition", "sdf", "iran_backed", "unknown"):
                etype = "attack"   # an armed group "targeting" a convoy or a post attacks it
            if etype == "raid" and agent in ("isis", "opposition", "unknown") and not any(
                    w in cnorm for w in lex.arrest):
                etype = "attack"   # an armed group storming a village attacks it
            if etype == "airstrike":
                tw = _WORD.findall(cnorm[tpos:tpos + 40])[:2]
                if len(tw) == 2 and "ضرب" in tw[0] and (tw[1].startswith("مدفعي") or tw[1].startswith("صاروخي") and (
                        agent not in lex.stand_off and not lex.aircraft_re.search(cnorm))):
                    etype = "shelling"   # "بضربات مدفعية وصاروخية" of ground forces: shelling
                elif tw and "ضرب" in tw[0] and "جوي" not in cnorm and "برميل" not in cnorm and "براميل" not in cnorm \
                        and agent not in lex.stand_off and agent != "unknown" and not lex.aircraft_re.search(cnorm) \
                        and not (prev_type == "airstrike" and si - prev_sent <= 1 and not lex.ground_fire_re.search(cnorm)):
                    # (not "إن الغارات استهدفت معمل السويدية …، مضيفاً أن ضربة أخرى أصابت محطة": one more of them)
                    etype = "shelling"   # "ردّت وحدات من الجيش … بضربات مركزة": no aircraft, ground fire
            if etype == "attack" and lex.repelled_re.search(cnorm) and not _KILLED_CIVILIANS_RE.search(cnorm):
                etype = "clash"   # "صدّ مقاتلوها هجوماً لفصائل موالية لتركيا": an attack met by fighting
                # (but "هاجموا القرى وقتلوا عدداً من السكان قبل أن يتصدى لهم الأهالي": on civilians)
            if etype in ("attack", "other") and _captures_ground(cnorm, clause_ms, lambda i, _o=na + ca: nart.original_index(_o + i), lex):
                etype = "clash"   # "هجوماً … تمكن خلاله من السيطرة على بلدات": a battle for ground
            if down is not None and trig[0] == -1:
                etype = "other"    # a shoot-down stays one, whoever shot and with whatever weapon
            etypes = [etype]
            if etype == "explosion" and "clash" in found_types and not similar and _VBIED_RE.search(cnorm) \
                    and "attack" in found_types:
                etypes = ["clash", "explosion"]   # "تتواصل الاشتباكات … إثر هجوم بدأه التنظيم بتفجير عربة
                # مفخخة": the battle and the car bomb that opened it
            if etype in ("airstrike", "clash") and "shelling" in found_types and artillery and not supporting_fire:
                etypes.append("shelling")   # "بقصف مدفعي وضربات بطائرات مسيرة": two kinds of strike
            elif etype in ("airstrike", "shelling") and not supporting_fire and (ag_ := _AIR_AND_GROUND_FIRE_RE.search(cnorm)) is not None \
                    and not cnorm[max(0, ag_.start() - 8):ag_.start()].rstrip().endswith(("دفاع", "دفاعات")):
                etypes.append("shelling" if etype == "airstrike" else "airstrike")   # "بالقصف الجوي والمدفعي لقوات
                # النظام", "قصف مدفعي وجوي على رأس العين": one noun, two kinds
                # (not "الدفاع الجوي والمدفعي للقاعدة": the air defence)
            if etype in ("airstrike", "shelling") and not supporting_fire and ("مدفعي" in cnorm or "دباب" in cnorm or "راجم" in cnorm) \
                    and lex.guns_and_aircraft_re.search(cnorm):
                # "قصفت المدفعية والطائرات الإسرائيلية بلدة كويا": two subjects, two kinds of strike
                etypes = [etype, "shelling" if etype == "airstrike" else "airstrike"]
            killed, injured = _casualties(cnorm, lex)
            if ("زع" in cnorm or "دع" in cnorm) and (unclaimed := _CLAIMED_TOLL_RE.sub(_blank, cnorm)) != cnorm \
                    and (toll := _casualties(unclaimed, lex)) != (None, None):
                killed, injured = toll   # the toll told, not added to the claimant's count
            item_toll = False
            if killed is None and injured is None and ca > 0 and (n_item := toll_item_count(cnorm.lstrip(" ،,"), lex)) is not None:
                # "قتل 6 مدنيين: 3 في الأتارب بغارة روسية، و2 في دارة عزة بقصف مدفعي": an item of the
                # tally told before it, counted by the sentence's toll word
                kind = _kind_before(norm, ca, lex)
                killed, injured = (n_item, None) if kind == "killed" else (None, n_item) if kind == "injured" else (None, None)
            elif cut_ := _split_here(cnorm, ca, norm, lex):
                # (the first item, after the colon or "بينهم" of the total: "مقتل 37 مدنياً، بينهم 12 في
                # غارات روسية على حمورية، و9 في قصف على سقبا")
                killed, item_toll = toll_item_count(cnorm[cut_.end():], lex), True
            if active_victim is not None and (killed is None or killers_counted):
                killed = (2 if active_victim in lex.dual else 1) + active_kin   # ("… عنصراً من قسد": the one killed)
            if (rsp := lex.response_re.search(cnorm, tpos)) is not None and _TOLL_OF_ACT_RE.match(cnorm, rsp.end()):
                # "… في إطار الرد على مقتل 34 جندياً تركياً بغارة": the toll of the act answered, up to
                # its comma ("…، وأسفر القصف عن مقتل مدنيين اثنين": the answer's own)
                ce = _comma_or(cnorm, rsp.end(), len(cnorm))
                killed, injured = _casualties(cnorm[:rsp.start()] + " " + cnorm[ce:], lex)
            elif (fr := lex.response_re.match(cnorm, (opening := len(cnorm) - len(cnorm.lstrip("، ,"))))
                  or FRONTED_SPAN_RE.match(cnorm, opening)) is not None \
                    and _TOLL_OF_ACT_RE.match(cnorm, fr.end()) and fr.end() <= tpos \
                    and (ce := _next_comma(cnorm, fr.end(), tpos)) >= 0 and not lex.trigger_re.search(cnorm, fr.end(), ce):
                # "ثأراً لمقتل قائد ميداني، قصفت قوات النظام بلدة الحراك، ما أدى لمقتل امرأتين", "بعد ساعات
                # من مقتل ضابط، قصفت …": the death avenged or come after, told before the act, is not its toll
                killed, injured = _casualties(cnorm[ce:], lex)
            if retold and (killed, injured) == (None, None) and len(prev_group) == 1 \
                    and events[prev_group[0]].geo_precision == 3 and len(places) == 1:
                # the strike told of a wide area with its toll, now placed: the toll is this one's
                killed, injured = events[prev_group[0]].killed, events[prev_group[0]].injured
            risen = _rise(cnorm, lex) if not item_toll else None   # (not the total a tally's items break down)
            if risen is not None:   # "ارتفعت حصيلة الشهداء جراء الغارة على مورك إلى ثلاثة"
                killed, injured = (risen[1], injured) if risen[0] == "killed" else (killed, risen[1])
            split = _tolls_by_place(cnorm, places, text, lex) if len(places) > 1 else {}
            if len(places) > 1 and not split and (killed, injured) != (None, None) and "حيث" in cnorm \
                    and (wh_ := _WHERE_RE.search(cnorm)) is not None and not lex.joint_toll_re.search(cnorm, wh_.end()) \
                    and (lex.killed_re.search(cnorm, wh_.end(), wh_.end() + 30) or lex.injured_re.search(cnorm, wh_.end(), wh_.end() + 30)):
                # "غارات على بلدة بداما ومدينة جسر الشغور، حيث قتل 5 مدنيين": the toll of the place named
                # last before "حيث" (none named after it; not "حيث قتل 17 شخصاً في الحيين", one toll for both)
                wpos = nart.original_index(na + ca + wh_.start())
                before_ = [m for m in places if m.end <= wpos]
                if before_ and len(before_) == len(places):
                    split = {id(m): ((killed, injured) if m is before_[-1] else (None, None)) for m in places}
            if len(places) > 1 and "اقتصر" in norm[ca:]:
                split = material_only(norm[ca:], places, text, lex, split)   # "…، فيما اقتصرت الأضرار
                # في البلدات الأخرى على الماديات": no one hurt there
            if len(places) == 1 and ("بين" in cnorm or "منهم" in cnorm) and (one := _part_at_one_place(cnorm, places[0], text, lex)):
                # "قُتل 12 مدنياً في قصف على ريف إدلب، بينهم ثمانية في مدينة معرة النعمان" (the kind the
                # part does not count keeps the clause's: "قتل 3 وجرح 15 آخرون، بينهم خمسة في طفس")
                killed, injured = (one[0] if one[0] is not None else killed, one[1] if one[1] is not None else injured)
            if len(places) > 1 and not split and lex.joint_toll_re.search(cnorm):
                killed, injured = None, None   # "مقتل 13 مدنياً في البلدتين": one toll for both, none each
            # clause dates, else sentence dates, else the lead date
            cdates = [d for d in dates if o_start <= a + d.span[0] < o_end]
            if len(dates) > 1:
                # "أعلنت وزارة الداخلية السورية، الجمعة، مقتل 16 عنصراً … في هجمات …، أمس الخميس":
                # the day the speaker spoke, when the act's own day is told too
                spoke = [x for x in dates if lex.speech_aside_re.search(normalize_char_string(sent[max(0, x.span[0] - 70):x.span[0]]))
                         and sent[x.span[1]:x.span[1] + 2].lstrip()[:1] in ",،"
                         # ("أعلنت وزارة الدفاع اليوم مقتل جنديين في هجوم … مساء أمس": the day it spoke,
                         # with no comma, right after the speaker)
                         or x.kind == "relative_day" and lex.spoke_today_re.search(normalize_char_string(sent[max(0, x.span[0] - 50):x.span[0]]))
                         # ("في تقرير نشرته اليوم": the day a report came out)
                         or ("نشر" in sent or "صدر" in sent or "تقرير" in sent or "بيان" in sent)
                         and _REPORT_OUT_RE.search(normalize_char_string(sent[max(0, x.span[0] - 30):x.span[0]]))]
                if spoke and len(spoke) < len(dates):
                    dates = [x for x in dates if x not in spoke]
                    cdates = [x for x in cdates if x not in spoke]
            tpos_sent = nart.original_index(na + ca + tpos) - a
            wounds = _DIED_OF_WOUNDS_RE.search(cnorm) if "متاثر" in cnorm else None
            died_only = False
            if wounds is not None and wounds.start() < tpos:
                # "توفي شاب، اليوم، متأثراً بجراح أصيب بها في القصف الذي استهدف …": the day he died is not
                # the day of the strike; only a date told after the wounds is (else the strike is the
                # earlier act the death is told of, with no date of its own: context)
                wpos = nart.original_index(na + ca + wounds.start()) - a
                n_before = len(cdates)
                dates = [x for x in dates if x.span[0] > wpos]
                cdates = [x for x in cdates if x.span[0] > wpos]
                died_only = not cdates and n_before > 0   # (a death told with no day at all: as before)
            d = _pick_date(cdates, tpos_sent) or _pick_date(dates, tpos_sent)
            if d is not None and not cdates and "بعد" in norm and not AFTER_ACT_RE.match(cnorm):
                # "قتل 43 شخصاً بهجوم على دوما، بعد عام على هجوم مماثل على خان شيخون في 4 نيسان 2017": the
                # day told in a later clause of the act it came after is that act's, not this one's
                later = [(nart.original_index(na + c0) - a, nart.original_index(na + c1) - a)
                         for c0, c1 in clauses if c0 > ca and AFTER_ACT_RE.match(norm, c0)]
                if any(s0 <= d.span[0] < s1 for s0, s1 in later):
                    d = _pick_date([x for x in dates if not any(s0 <= x.span[0] < s1 for s0, s1 in later)], tpos_sent)
            if d is not None and not cdates and d.span[0] > tpos_sent \
                    and _another_acts_day(normalize_char_string(sent[tpos_sent:d.span[0]]), lex):
                d = _pick_date([x for x in dates if x.span[0] < tpos_sent], tpos_sent)
            if d is not None and len(dates) > 1 and (ar := _ACT_RELATIVE_RE.match(cnorm, tpos)) is not None:
                # "زار وفد أممي اليوم موقع الغارة التي شنتها الطائرات الروسية على سوق سراقب في كانون الأول
                # الماضي": the day the act's own relative clause tells, not the visit's
                r0 = nart.original_index(na + ca + ar.end()) - a
                r1 = _next_comma(sent, r0)
                own_d = [x for x in dates if r0 <= x.span[0] < (r1 if r1 >= 0 else len(sent))]
                if own_d and d not in own_d:
                    d = own_d[0]
            rel = _REL_PLUPERFECT_RE.search(normalize_char_string(sent[max(tpos_sent, d.span[0] - 80):d.span[0]])) \
                if d is not None and d.span[0] > tpos_sent else None
            if rel is None and d is not None and d.kind in ("year", "part_of_year"):
                # "عناصر الفصائل الذين أجروا تسوية عام 2018", "بلدة جاسم التي سيطرت عليها الفصائل عام 2018":
                # the year of a relative clause on people or a place is theirs, not the act's
                rel = _REL_CLAUSE_RE.search(normalize_char_string(sent[max(0, d.span[0] - 80):d.span[0]])) or next(
                    (r for m in sent_ms if a + d.span[0] - 80 <= m.end <= a + d.span[0]
                     for r in [_PLACE_REL_RE.match(normalize_char_string(text[m.end:a + d.span[0]]))] if r), None)
            if rel is not None and not lex.relative_agent_verbs.intersection(rel.group(0).split()):
                # (but "الهجوم الذي كانت مروحيات إسرائيلية قد شنته في 18 كانون الثاني": an act's day)
                # "أن الاقتحام جاء … من جهة مسرابا التي كان الجيش قد دخلها قبل ثلاثة أيام": the day of
                # an aside's past act, after the trigger, dates neither this act nor the next
                d = _pick_date([x for x in dates if x is not d and x.span[0] < d.span[0]], tpos_sent)
            shifted = _offset_date(cnorm, [x for x in dates if a + x.span[1] <= o_start], events, same_day=not cdates)
            if shifted is not None:
                d = shifted   # "… في 7 نيسان 2017، ردا على هجوم … قبلها بثلاثة أيام": 4 April
            bgm = lex.background_re.search(cnorm)
            while bgm is not None and bgm.group(0).endswith("سقوط") and lex.fallen_objects_re.match(cnorm, bgm.end()):
                bgm = lex.background_re.search(cnorm, bgm.end())   # "بعد سقوط قذيفتين في الجولان": no regime fell
            others_past_from = others_past_to = None   # someone else's past, told after the act (up to its comma)
            if bgm is not None and bgm.start() > tpos and bgm.group(0).strip() in lex.then_words \
                    and _STATE_ASIDE_RE.search(cnorm, tpos, bgm.start()):
                bgm = None   # "… على حي الرميلة، وكان الحي حينها بيد داعش": who held it then, the act's own time
            if bgm is not None and bgm.start() > tpos and _ASIDE_PLUPERFECT_RE.search(cnorm, max(0, bgm.start() - 4), bgm.end() + 1):
                bgm = None   # "استهداف … قافلة مدنية عند سد تشرين، كانت قد توجهت إلى السد": the convoy's past
            if bgm is not None and bgm.start() > tpos and _BARE_PLUPERFECT_RE.fullmatch(bgm.group(0).strip()) \
                    and len(cnorm[tpos:bgm.start()].split()) > 2 and not _pluperfect_tells_the_act(cnorm, bgm.end(), lex):
                others_past_from = nart.original_index(na + ca + bgm.start())
                pe = _next_comma(cnorm, bgm.end())
                others_past_to = nart.original_index(na + ca + (pe if pe >= 0 else len(cnorm)))
                bgm = None   # "اغتيال قيادي سابق في فصائل المعارضة كان قد انضم إلى اللجان المركزية": the
                # man's past, told after the act (not "في هجوم كان قد شنه التنظيم": the act's own); the
                # places after it are that past's ("قيادي … كان قد شارك في معارك كوباني")
            if bgm is not None and bgm.group(0).strip().startswith("منذ") \
                    and _SUPERLATIVE_BEFORE_RE.search(cnorm, max(0, bgm.start() - 50), bgm.start()):
                bgm = None   # "أعنف موجة عنف منذ سقوط النظام": a yardstick, not history
            if bgm is not None and bgm.start() > tpos and _SINCE_CAPTURE_RE.match(bgm.group(0).strip()):
                bgm = None   # "قتل شاب … في حلقة من مسلسل الاغتيالات الذي تشهده المحافظة منذ سيطرة النظام
                # عليها": the act told before it is news (only the capture itself is history; the same for
                # every "منذ" cue, "منذ سقوط النظام" too, lowered two held-out sets)
            pin = _PLUPERFECT_INNER_RE.search(cnorm)
            if pin is not None and pin.start() > tpos and re.match(r"\s(?:التي|الذي|الذين)\s", pin.group(0)) \
                    and len(cnorm[tpos:pin.start()].split()) <= 2:
                # "الهجوم الذي كانت مروحيات إسرائيلية قد شنته": the act's own relative clause, no aside
                pin = None
            # "شنت طائرات إسرائيلية غارة على معبر جوسية، بعدما كانت الغارات قد أغلقت الشهر الماضي معبر
            # جديدة يابوس": the act told first is news, the places of the past act after it are not
            # (nor a relative aside on the subject closed before the act's word: "شنت الطائرات
            # التركية، التي كانت قد أقلعت من قاعدة إنجرليك، غارات على مدينة تل رفعت")
            aside_closed = pin is not None and pin.start() < tpos and _relative_aside_before(cnorm, pin, tpos)
            aside_from = nart.original_index(na + ca + pin.start()) \
                if pin is not None and (pin.start() > tpos or aside_closed) and not _PLUPERFECT_RE.match(cnorm) else None
            yard = _YARDSTICK_RE.search(cnorm) if "منذ" in cnorm else None
            # "غارة جسر الشغور هي الأكثر دموية منذ الغارة الروسية التي استهدفت … قرية الجديدة": the
            # act ranked is one told already; the yardstick's places are its own past
            yard_from = yard_to = None
            if yard is not None:   # (up to its comma: the news may follow, "في التصعيد الأعنف منذ الهجوم على …، شنت")
                yard_from = nart.original_index(na + ca + yard.end())
                yard_to = nart.original_index(na + ca + _chunk_end(cnorm, yard.end()))
            if aside_from is not None and bgm is not None and bgm.start() >= pin.start():
                bgm = None   # (its "كانت قد" is the aside's)
            aside_to = None
            if aside_from is not None:   # (the aside's own words: up to its comma)
                pe = _next_comma(cnorm, pin.end())
                aside_to = nart.original_index(na + ca + (pe if pe >= 0 else len(cnorm)))
            # (the past act's own day, for the places of the aside)
            aside_d = next((x for x in dates if aside_from <= a + x.span[0] < aside_to), None) \
                if aside_from is not None else None
            if aside_from is not None and d is not None and aside_from <= a + d.span[0] < aside_to:
                d = _pick_date([x for x in dates if a + x.span[0] < aside_from], tpos_sent)   # (the past act's day)
            is_bg = bool(bgm) or bool(_PLUPERFECT_RE.match(cnorm)) or (pin is not None and aside_from is None) or died_only \
                or history_aside(cnorm)
            if not is_bg and d is not None and pub is not None and d.end < pub and "خلفيه" in cnorm \
                    and _BACKDROP_RE.search(cnorm, max(0, tpos - 24), tpos):
                is_bg = True   # "تزامن مع توتر … على خلفية غارات للتحالف استهدفت في 17 أيلول مواقع للجيش": an
                # earlier act given as the cause of the news, context
            if not is_bg and "ذكري" in cnorm and (anv := _ANNIVERSARY_RE.search(cnorm, 0, tpos)) is not None \
                    and not any(x.span[0] >= nart.original_index(na + ca + anv.end()) - a for x in cdates) \
                    and (not cdates or lex.commemorate_re.search(cnorm, 0, anv.start())):
                is_bg = True   # "يصادف اليوم الذكرى الأولى لبدء عملية غصن الزيتون، التي شنت خلالها الطائرات
                # التركية مئات الغارات على قرى عفرين": the acts an anniversary recalls (not "في الذكرى الخامسة
                # لمجزرة الحولة، قصفت قوات النظام اليوم بلدة كفرلاها": today's act, its own day after it; nor
                # "في يوم 15/3/2013، الذكرى الثانية للثورة، قصفت …": the anniversary names the act's own day)
            if is_bg and not bgm and not died_only and d is not None and pub is not None and d.start == d.end == pub \
                    and d.kind == "relative_day" and _PLUPERFECT_QAD_RE.match(cnorm):
                is_bg = False   # "وكانت الطائرات الروسية قد استهدفت صباح اليوم أيضاً مدينة سرمين": earlier
                # today, news all the same
            if d is not None:
                dinfo = _DateInfo(d.start, d.end, d.precision)
                if d.kind in ("year", "part_of_year") and (pub is None or d.end.year < pub.year):
                    is_bg = True   # "عام 2019", "مطلع 2022": history, not this report's event
                elif not is_bg and dinfo.precision <= 2:
                    last_dated = (si, dinfo)
            elif last_dated is not None and si - last_dated[0] == 1 and last_dated[1] is not lead \
                    and not _new_section(text, a, sent_ms):
                # "وبدأت روسيا حملتها أمس الأربعاء … واستهدفت الموجة الأولى مدينتي تلبيسة والرستن":
                # the day the sentence before named
                dinfo = last_dated[1]
            elif lead is not None and not _new_section(text, a, sent_ms):
                dinfo = lead
                if lead.precision == 1 and lex.night_re.search(cnorm):
                    # "وردت أنقرة خلال الليل": the night after the lead's day
                    dinfo = _DateInfo(lead.start, lead.end + dt.timedelta(days=1), 1)
            else:
                dinfo = _default_date(pub, year_hint)
            if pub is not None and dinfo.end is not None and dinfo.start <= pub < dinfo.end:
                # "مطلع الشهر الجاري" in a report of the 7th: what it reports happened by then
                dinfo = _DateInfo(dinfo.start, pub, dinfo.precision)
            # (an act told with its own day needs no counting back: "، بعد عام على هجوم … في 4 نيسان 2017")
            shift = _after_act_shift(aft) if d is None or d not in cdates else 0
            vague = _VAGUE_SPAN_RE.search(aft.group(0)) if aft is not None and not shift else None
            day_told = dinfo.start is not None and dinfo.precision == 1 and not lex.day_word_re.search(cnorm)
            if dinfo.start is None and (shift or vague):
                is_bg = True   # "ويأتي الهجوم بعد يومين من هجوم مماثل للتنظيم قرب حقل التيم" with no day to
                # count back from: an earlier act, context (not the news it would merge with)
            elif day_told and vague is not None and vague.group(1) == "ايام":
                # "بعد أيام من هجوم …": two to seven days before
                dinfo = _DateInfo(dinfo.start - dt.timedelta(days=7), dinfo.end - dt.timedelta(days=2), 2)
            elif day_told and shift:
                # "سيطروا على أحياء الحيدرية …، بعد يوم من سيطرتها على مساكن هنانو": the act it came
                # after, a day before the sentence's
                dinfo = _DateInfo(dinfo.start + dt.timedelta(days=shift), dinfo.end + dt.timedelta(days=shift), 1)
            elif dinfo.start is not None and shift <= -BACKGROUND_DAYS:
                # "بعد مرور عام على المجزرة التي ارتكبتها الطائرات …": that long before the story's day
                slack = 15 if shift <= -365 else 0   # ("بعد مرور عام": give or take a fortnight)
                dinfo = _DateInfo(dinfo.start + dt.timedelta(days=shift - slack), dinfo.end + dt.timedelta(days=shift + slack),
                                  3 if slack else max(dinfo.precision, 2))
            if pub is not None and dinfo.end is not None and (pub - dinfo.end).days > BACKGROUND_DAYS \
                    and not _chronicle_entry(sent, dates) \
                    and not (d is not None and d.kind == "day" and d.precision == 1 and (pub - dinfo.end).days <= TOLD_DAY_DAYS
                             and not _PLUPERFECT_RE.match(norm) and not _RECALLED_RE.search(norm)) \
                    and not (report_month is not None and dinfo.start is not None and report_month[0] <= dinfo.start) \
                    and not (review_year is not None and d is not None and d.kind == "day" and d.precision == 1
                             and review_year[0] <= dinfo.start and dinfo.end <= review_year[1]
                             and not _PLUPERFECT_RE.match(norm)):
                is_bg = True   # (not an entry of a dated chronicle: "الأحد 13 شباط/ 2022: قصفت …"; nor an act
                # told with its own day in a month's report: "غارة روسية على أريحا يوم 29 كانون الثاني" out
                # on 15 February — unless its sentence recalls it: "وكان مجهولون قد ألقوا …، فيما شهدت …",
                # "ففي 19 ديسمبر الماضي نفذ التحالف …")
            # (not acts going on since a weekday of this week, no tally told: "ومنذ الأحد تدور اشتباكات في محيط
            # بلدة عين عيسى" is one battle from Sunday to the report)
            if d is not None and d.kind == "since" and dinfo.start is not None and (killed == 1 or killed is None and etype != "attack") \
                    and injured in (None, 0, 1) \
                    and _ago(cnorm) and not lex.tally_re.search(cnorm) \
                    and not _ONGOING_RE.search(cnorm):
                # "قتل شاب بانفجار لغم قرب التنف منذ أسبوع": one act a span ago, not a tally since then
                dinfo = _DateInfo(d.start - dt.timedelta(days=1), d.start + dt.timedelta(days=1), 2)
            week_since = d is not None and d.kind == "since" and (d.end - d.start).days <= 6 \
                and (killed, injured) == (None, None) and not lex.tally_re.search(cnorm)
            if (dinfo.start is not None and (dinfo.end - dinfo.start).days > 3
                    and (_since(cnorm) and not week_since or d is not None and lex.tally_re.search(cnorm))) \
                    or (_since(cnorm) and lex.tally_re.search(cnorm)) \
                    or (_since_start(cnorm, offensive=True) and killed is not None and killed >= 10 and _TALLY_TOLL_RE.search(cnorm)) \
                    or (_AGGREGATE_RE.search(cnorm) and (killed, injured) != (None, None)) \
                    or (lex.dispersed_re.search(cnorm) and (killed, injured) != (None, None)
                        # (not with a part of it told by its own act and place: "قتل 25 مدنياً في أنحاء
                        # سوريا، بينهم ستة في غارات روسية على بلدة الأتارب")
                        and not (("بين" in cnorm or "منه" in cnorm) and PART_WITH_ACT_RE.search(cnorm))) \
                    or ((lex.tally_re.search(cnorm) or killed is not None and killed >= 10
                         # (the count's own span: "أكثر من 40 قذيفة سقطت خلال الأسبوع الماضي")
                         or (mc := _MUNITION_COUNT_RE.search(cnorm)) is not None and _count_span(cnorm, mc, lex))
                        and _over_a_span(cnorm, d, lex)):
                # ("ووثقت مجموعات حقوقية سقوط أكثر من 1600 شهيد في حلب … خلال سبعة أسابيع")
                continue   # "منذ مطلع الشهر", "وثّق … مقتل 29 شخصاً … خلال كانون الثاني": a tally, no event
            if d is not None and dinfo.start is not None and (dinfo.end - dinfo.start).days >= MONTH_COUNT_DAYS \
                    and d.precision >= 2 and _ACT_COUNT_RE.search(cnorm):
                continue   # "نفذت خلايا داعش خلال شهر آب الماضي 12 عملية اغتيال", "شن الطيران الروسي خلال
                # الشهر الماضي أكثر من 300 غارة": a month's acts counted, a tally
            if not is_bg and d is not None and d.kind not in ("year", "part_of_year") and dinfo.start is not None \
                    and (dinfo.end - dinfo.start).days > SUMMARY_DAYS \
                    and not (report_month is not None and report_month[0] <= dinfo.start):
                continue   # "وكثفت إسرائيل في العامين الماضيين ضرباتها على مطاري دمشق وحلب": a period's
                # acts summed up, no one act (no coder dates an event over more than a month)
            if places and lex.tally_re.search(cnorm) and _PLURAL_ACTS_RE.search(cnorm) \
                    and all(m.kind in ("governorate", "region") or m.relation == "countryside_of"
                            or m.relation == "area_of" and m.kind not in ("city", "town", "village", "neighbourhood")
                            for m in places):
                continue   # "وثّقت مقتل 15 مدنياً في محافظة درعا إثر هجمات جوية وأرضية على بلدات ريف درعا":
                # a day's tally over a province, told place by place after it (not "على مناطق في
                # بلدة كفرنبل": areas of one town)
            if not is_bg and lead is None and d is not None and dinfo.start is not None and dinfo.precision <= 2:
                lead = dinfo
            obj = None
            om = lex.object_re.search(cnorm) if trig[0] != -1 else None   # a shoot-down's object: the aircraft
            if om and (trig[1] == "clash" and _CLASH_VERB_BEFORE_RE.search(cnorm, max(0, om.start() - 12), om.start())
                       or _SHOT_FROM_BEFORE_RE.search(cnorm, max(0, om.start() - 24), om.start())):
                om = lex.object_re.search(cnorm, om.end())   # "اشتبكت دورية من الأمن العام مع مطلوبين": the
                # patrol is who fought, not what was struck; "برصاص عناصر حاجز للنظام": the checkpoint fired
            if om:
                # "مدينة جسر الشغور", "بلدة معمل السكر": a town's name, no bridge or factory struck (a site's
                # name is the site: "مطار حماة العسكري")
                towns_ = [n_ for m in clause_ms if m.kind in SETTLEMENT_KINDS
                          and (n_ := normalize_char_string(text[m.start:m.end]).lstrip("وبل"))]
                while om and any(cnorm.startswith(n_, om.start(1)) for n_ in towns_):
                    om = lex.object_re.search(cnorm, om.end())
            if om:
                obj = lex.object_of.get(om.group(1))
            if target_actor is not None and target_actor == agent and agent != "unknown" and aft is not None:
                agent = "unknown"   # "قصف جيش الاحتلال الأمريكي مواقع في البوكمال، غداة استهداف قاعدة الاحتلال
                # في حقل العمر": the earlier act struck the agent's own base — someone else's act
            target = f"{target_actor}_{obj}" if target_actor and obj else (target_actor or obj)
            quote = sent if len(sent) <= QUOTE_MAX else sent[:QUOTE_MAX - 1] + "…"
            group = []
            own = _dates_by_place(places, cdates, a, dinfo, text, lex) if len(places) > 1 and len(cdates) > 1 else {}
            inc = _INCIDENTS_RE.search(cnorm)
            # "وسجل المركز 7 عمليات قصف أخرى في محافظتي إدلب واللاذقية": the places of a count
            # of incidents are a statistic's, not events (nor background)
            inc_from = nart.original_index(na + ca + inc.start()) if inc else None
            pairs = [(t, g) for t in etypes for g in [agent] + co_agents]
            if etypes[0] in ("clash", "attack"):
                # "سيطرت الفصائل على دابق بعد معارك عنيفة، بدعم من المدفعية التركية التي قصفت
                # مواقع التنظيم": the backing fire is the backer's own shelling or air strikes at the
                # same places (a capture told with no word of fighting has no clash to back: see
                # restore_re)
                pairs += [p for p in _support_fire(hits, qn, lex) if p[1] not in [agent] + co_agents]
            if etypes[0] == "clash":
                for h in hits:
                    if h.supporter and h.actor not in [agent, "unknown"] + co_agents and ("clash", h.actor) not in pairs \
                            and _GROUND_SUPPORT_RE.search(qn, max(0, h.start - 24), h.start):
                        pairs.append(("clash", h.actor))   # "سيطرت قوات النظام بمساندة ميليشيات إيرانية على
                        # خان طومان بعد اشتباكات": the militias that fought beside it fought too
            # "وفي محافظة إدلب تواصل الطائرات الروسية والسورية غاراتها", "كل غارة على الرقة هي غارة
            # على المدنيين": a city or a province named with no day, no toll and no object struck of
            # its own is the scene of a campaign or an argument, not the place of an event
            # (the first act an article tells is its news, dated or not)
            undated_wide = d is None and (killed, injured) == (None, None) and not is_bg and obj is None \
                and any(not e.background for e in events)
            # (the toll goes to the first place of the news, not of a yardstick before it)
            toll_place = next((m for m in places if yard_from is None or not yard_from <= m.start < yard_to), places[0]) \
                if places else None
            if toll_place is not None and (killed, injured) != (None, None):
                toll_place = _toll_after_second_act(toll_place, places, text)
            # "على حيي باب توما والقصاع … استشهد ثلاثة": one toll for a list of places is no one place's
            listed = toll_place is not None and _listed_with_next(toll_place, places, text)
            for m, etype, ag in ((m, t, g) for m in places for t, g in pairs):
                if undated_wide and m.kind in _WIDE_KINDS \
                        and not _CITY_WORD_RE.search(normalize_char_string(text[max(0, m.start - 16):m.start])):
                    continue   # (but "غارات على مدينة أريحا": the city itself was struck)
                pd = own.get(id(m))
                if pd is not None:
                    # "في بلدة أطمة في 3 فبراير، وقرب جنديرس في 12 يوليو": each place its own day
                    p_info = _DateInfo(pd.start, pd.end, pd.precision)
                    p_bg = is_bg or (pub is not None and (pub - pd.end).days > BACKGROUND_DAYS
                                     and not (report_month is not None and report_month[0] <= pd.start))
                else:
                    p_info, p_bg = dinfo, is_bg
                if inc_from is not None and m.start >= inc_from:
                    continue
                if others_past_from is not None and others_past_from <= m.start < others_past_to:
                    p_bg = True
                if aside_from is not None and m.start >= aside_from and not (aside_closed and m.start >= aside_to):
                    p_bg = True
                    if aside_d is not None:
                        # "الهجوم الذي كانت مروحيات إسرائيلية قد شنته في 18 كانون الثاني … بريف القنيطرة"
                        p_info = _DateInfo(aside_d.start, aside_d.end, aside_d.precision)
                if yard_from is not None and yard_from <= m.start < yard_to:
                    p_bg = True
                if etype == "clash" and ("دون" in cnorm or "بلا" in cnorm):
                    c0 = max(text.rfind("،", a, m.start), text.rfind(",", a, m.start), a)
                    c1 = _next_comma(text, m.end, b)
                    c1 = b if c1 < 0 else c1
                    chunk = normalize_char_string(text[c0:c1])
                    if (un := _UNOPPOSED_RE.search(chunk)) is not None \
                            and not _FIGHT_RE.search(chunk[:un.start()] + " " + chunk[un.end():]):
                        continue   # "… قبل أن تدخل معرة النعمان من دون مقاومة تذكر": no fight there
                        # (not "بعد اشتباكات عنيفة في قمحانة وانسحاب قوات النظام دون مقاومة")
                ds = p_info.start.isoformat() if p_info.start else None
                de = p_info.end.isoformat() if p_info.end else None
                name_ar, name_en = _place_names(m)
                ev = Event(
                    event_id=_event_id(article.id, si, ag, etype, m.place_id, m.lat, m.lon, ds),
                    article_id=article.id, sources=(article.id,), event_type=etype, actor=ag,
                    target=target, date_start=ds, date_end=de,
                    time_precision=p_info.precision if ds else 3,
                    place_id=m.place_id, place_name_ar=name_ar, place_name_en=name_en,
                    admin1=m.admin1, geo_precision=m.geo_precision,
                    uncertainty_km=m.uncertainty_km,
                    # one toll is counted once: on the first place (unless split by place) and the
                    # first kind of strike ("قصف مدفعي وضربات بمسيرات … مقتل 16"), but on the agent
                    # and each partner of the act (the coding rule: "two events, same toll")
                    # ("لم تسفر عن إصابات" after strikes on several places: none at any)
                    killed=None if etype != etypes[0] or ag != agent and ag not in co_agents else split[id(m)][0] if split else
                    killed if len(places) == 1 or m is toll_place and not listed or (killed, injured) == (0, 0) else None,
                    injured=None if etype != etypes[0] or ag != agent and ag not in co_agents else split[id(m)][1] if split else
                    injured if len(places) == 1 or m is toll_place and not listed or (killed, injured) == (0, 0) else None,
                    quote=quote, background=p_bg, lat=m.lat, lon=m.lon, place_kind=m.kind,
                    urls=(article.url,) if article.url else ())
                if implicit and ag == "unknown" and etype in ("airstrike", "shelling") and not p_bg and not op_end:
                    implicit_idx.append(len(events))
                if implicit:
                    implicit_sent[len(events)] = si
                    if beside:
                        beside_of[len(events)] = beside
                if si in unidentified or named_unknown and ag == "unknown":
                    unattributed.add(len(events))
                if b <= title_end:
                    title_idx.add(len(events))
                group.append(len(events))
                if same_as_told:
                    same_ids.add(ev.event_id)
                events.append(ev)
            if aft is not None:
                # "وجاء القصف بعد ساعات من تفجير …": an earlier act told aside; the next sentence's
                # "وطال القصف أيضاً قريتي سرجة ومرعيان" goes on with the act told before it
                aside_sents.add(si)
                if resume is None:
                    resume = (si, prev_actor, prev_type)
            prev_actor, prev_target, prev_sent, prev_group = agent, target_actor, si, group
            prev_places, prev_places_actor = places, agent
            if lex.no_reports_re.search(cnorm):
                toll_unknown.update(group)
            prev_type = etypes[0]
            if not is_bg:
                last_act = (si, etypes[0], agent)   # the last act told, for "بهجوم مماثل"
                if agent != "unknown":
                    acts_told.append((si, etypes[0], agent))
        if len(events) > n_before and len(clauses) > 1 and sent_ms:
            # "ألقى الطيران المروحي براميل على جرجناز وتلمنس، فيما قُتل 3 مدنيين في جرجناز و2 في
            # تلمنس": a clause with no act that tells the dead by place fills this sentence's events
            _tolls_for_places(events, norm, sent_ms, lex, nart, na, text=text, first=n_before, untriggered=True,
                              clauses=clauses)
    # "و«داعش» يتبنى", "أعلن تنظيم الدولة مسؤوليته عن التفجيرات": a claim attributes the
    # article's unattributed bombings and attacks
    # "ولم تُعرف هوية الطائرة التي نفذت الغارة": the text does not know who struck the implicit
    # events of that sentence or the one before
    # (not the sentence before one that tells an earlier act aside no one claimed: "وطال القصف أيضاً
    # قريتي سرجة ومرعيان. وجاء القصف بعد ساعات من تفجير …، في حين لم تتبنَّ أي جهة التفجير")
    said_unknown = {k for k, k_si in implicit_sent.items()
                    if k_si in unidentified or k_si + 1 in unidentified and k_si + 1 not in aside_sents
                    or k_si in unknown_aircraft}
    # "بانفجار لغم أرضي من مخلفات التنظيم": a remnant of the war is no one's act today (neither
    # the article's actor nor the headline's)
    said_unknown |= {k for k in implicit_sent if events[k].event_type == "explosion"
                     and _REMNANT_RE.search(normalize_char_string(events[k].quote))}
    for k in said_unknown:
        events[k] = _replace(events[k], actor="unknown")
    unattributed |= said_unknown
    rd = rd_art
    claimed = _claimed_by(norm_all, lex, rd)
    if claimed is not None:
        def unclaimed(e: Event) -> bool:
            q = normalize_char_string(e.quote)
            at = text.find(e.quote.rstrip("…")[:60]) if e.quote else -1
            after = normalize_char_string(text[at + len(e.quote):at + len(e.quote) + 120]) if at >= 0 else ""
            return bool(_NO_CLAIM_RE.search(q) or _NO_CLAIM_RE.search(after))

        # (the headline's "واغتيال مختار في الشحيل" is the act the body says no one claimed)
        no_claim = {(e.place_id, e.event_type) for e in events if e.actor == "unknown" and unclaimed(e)}
        for k, e in enumerate(events):
            if e.actor != "unknown" or e.background or e.event_type not in ("explosion", "attack", "airstrike"):
                continue
            q = normalize_char_string(e.quote)
            if e.event_type == "airstrike" and not (lex.drone_re.search(q) and lex.claim_re.search(q)
                                                    and not _ANOTHER_ATTACK_RE.search(q)):
                continue   # (a drone strike is the claimant's when its own sentence tells the claim of
                # "the" attack, not of another one: "…، وتبنت الهجوم المقاومة الإسلامية في العراق")
            if _REMNANT_RE.search(q) and not CLAIMED_THIS_RE.search(q) or _SEPARATE_RE.search(q) \
                    or (e.place_id, e.event_type) in no_claim:
                continue   # a landmine left from the war, "في حادثة منفصلة", "ولم تتبن أي جهة
                # المسؤولية عن الحادث": not the claimed act (but a mine its own sentence says a side
                # claimed was laid: "انفجر لغم بسيارة قرب السعيدية، وتبنت خلايا داعش التفجير")
            if k in unattributed and not lex.claim_re.search(q):
                continue   # "اغتال مسلحون مجهولون مختار قرية القورية": the text says no one
                # knows who (unless this act's own sentence tells the claim)
            events[k] = _replace(e, actor=claimed)
    # "واستهدفت الموجة الأولى من الغارات مدينتي تلبيسة والرستن": an unattributed strike in an
    # article that attributes the strikes it reports to one actor is that actor's
    answers = _answering(norm_all, lex) if implicit_idx else []
    for k in implicit_idx:
        if k in said_unknown:
            continue
        top = _article_actor(votes, events[k].event_type, lex)
        at = text.find(events[k].quote.rstrip("…")[:60]) if events[k].quote and answers else -1
        if top is not None and at >= 0 and any(a == top and nart.original_index(p) > at for p, a in answers):
            top = None   # "قتل 4 أشخاص بسقوط قذائف هاون على حي باب توما. وردت قوات النظام بقصف مدينة
            # دوما": the side that answered later did not fire the shells it answered
        if top in beside_of.get(k, ()):
            top = None   # the agent of the act told alongside it (see beside)
        if top in lex.stand_off and events[k].event_type == "shelling" \
                and _GROUND_FIRE_RE.search(normalize_char_string(events[k].quote)):
            top = None   # mortars on Suwayda in an article on Israel's air strikes: not Israel's
        if top is not None:
            events[k] = _replace(events[k], actor=top)
            q = normalize_char_string(events[k].quote)
            if events[k].event_type == "shelling" and top in lex.stand_off and lex.air_re.search(q) \
                    and not lex.artillery_re.search(q) and "قذ" not in q \
                    and any(e.actor == top and e.event_type == "airstrike" and not e.background for e in events[:k]) \
                    and not _SURFACE_MISSILE_RE.search(norm_all):
                # "سقوط شظايا أحد الصواريخ على منزل في بلدة سعسع" after "طائرات الكيان الصهيوني
                # أطلقت صواريخها": the air strike's missiles (not "صواريخ بالستية" of a report
                # without air strikes)
                events[k] = _replace(events[k], event_type="airstrike")
    events = _headline_told_again(events, title_idx, unattributed)
    if same_ids:
        events = _same_as_told(events, same_ids)
    events = [_fire_from_afar_is_shelling(_assault_is_clash(e)) for e in events]
    events = _context_is_background(events, pub, text, report_month)
    if not include_background:
        events = [e for e in events if not e.background]
    # the headline, the lead and the body often report the same strike: one event
    from geo_tracker.dedup import dedup

    return dedup(_absorb_unspecific(events))


# a side answering ("وردت قوات النظام بقصف …", "ردّت القوات التركية على مصادر النيران")
_ANSWERING_RE = re.compile(r"(?:^|\s)[وفل]?(?:ردت|رد|ردوا|ترد|يرد)\s+")


def _answering(norm_all: str, lex: _Lex) -> list[tuple[int, str]]:
    """Where an actor is named right after a verb of answering ("ردت قوات النظام"), and which: each
    answered fire from the other side told before it."""
    found = []
    for m in _ANSWERING_RE.finditer(norm_all):
        am = lex.actor_re.match(norm_all, m.end())
        if am is not None and (actor := lex.actor_of.get(am.group(1))) and not actor.startswith("@") \
                and _HOW_ANSWERED_RE.match(norm_all, am.end()):
            found.append((m.start(), actor))   # (not the noun: "ردّ التحالف جاء سريعاً")
    return found


_HOW_ANSWERED_RE = re.compile(r"\s+(?:\S+\s+)?(?:علي\s|ب\S)")


# missiles not flown ("صواريخ أرض-أرض", "أرض – أرض", "صواريخ بالستية")
_SURFACE_MISSILE_RE = re.compile(r"بالستي|باليستي|ارض\s*[-–—ـ]?\s*ارض|سطح\s*[-–—ـ]?\s*سطح")
# a clause on the other side ("، فيما استشهد مقاتلان من قسد", "، بينما قتل 6 من المهاجمين")
_OTHER_SIDE_RE = re.compile(r"\s*[،,]?\s*[وف]?(?:فيما|بينما|في\s+حين|في\s+المقابل)\s")
_SNIPE_RE = re.compile("قنص|قناص")
_ASSAULT_RE = re.compile("هاجم|هجوم|هجمات|هجمة|اقتحام|اقتحم|كمين")   # (an ambush of one armed side by another too)
_CHECKPOINT_RAID_RE = re.compile(r"(?:هاجم|هجوم)\S*\s+(?:[^\s،,.]+\s+){0,8}?(?:علي\s+)?(?:حاجز|حاجزا|حاجزين)(?=\s|$)")
_BATTLE_WORDS_RE = re.compile(r"سيطر|معارك|معركه|اشتباك|اشتبك|معاكس|محاور|محور|اقتحام|اقتحم|الطرفين|مواجهات|مواجهه|تبادل")


def _toll_after_second_act(first: Mention, places: list[Mention], text: str) -> Mention:
    """The place a clause's toll is told of: ``first``, unless the clause goes on to a second act
    of the same aircraft or gunners ("قبل أن تعود بعد ساعة لتستهدف بلدة المليحة الغربية") and tells
    the result right after it ("، ما أدى إلى مقتل ثلاثة"): then that act's place."""
    later = [p for p in places if p.start > first.end]
    if not later:
        return first
    last = max(later, key=lambda p: p.start)
    gap = normalize_char_string(text[first.end:last.start])
    back = _CAME_BACK_RE.search(gap)
    if back is not None and _RESULT_AFTER_RE.search(normalize_char_string(text[last.end:last.end + 200])) \
            and not _RESULT_AFTER_RE.search(gap[:back.start()]):
        return last   # (not when the first act's own result is told before: "…، ما أدى إلى مقتل شخص، ثم عاد")
    return first


def _another_acts_day(between: str, lex: _Lex) -> bool:
    """Is a date after the trigger, with ``between`` (normalized) between them, the day of another
    act? The act answered ("طالت الغارات مواقع في عين العرب، رداً على الهجوم الذي استهدف إسطنبول في
    13 نوفمبر", up to its clause's comma) or another clause's act ("كما طالت الغارات محطة ضخ …، في حين
    أصيب مدني بقصف على عامودا يوم السبت")."""
    if _OTHER_CLAUSE_RE.search(between):
        return True
    if "رد" not in between:
        return False
    bq = unquoted(between)
    ra = lex.response_re.search(bq)
    return ra is not None and not _COMMA_AFTER_RE.search(bq, ra.end()) and answers_an_act(bq, ra.end(), lex)


_OTHER_CLAUSE_RE = re.compile(r"[،,]\s*(?:و)?(?:في\s+حين|فيما|بينما)\s")
_COMMA_AFTER_RE = re.compile(r"[،,]\s*\S")   # (the answered act's clause has ended before the date)
# an attack by fire from afar ("هجوم بقذائف الهاون", "هجوم صاروخي"): no one closing in
_STANDOFF_ASSAULT_RE = re.compile(r"(?:هجوم|هجمات|هجوما)\s+(?:[^\s،,.]+\s+)?(?:بقذايف|بالقذايف|بالهاون|بقذيفه|بالصواريخ|بصواريخ|بصاروخ"
                                  r"|بالمدفعيه|براجمات|صاروخي|مدفعي)")
_ARMED = ("syrian_gov", "russia", "iran_backed", "sdf", "turkey", "isis", "opposition", "coalition", "israel")


# a place the dead fell at, after its verb or "في"/"على" ("سقطوا في بلدة معرة حرمة", "توزعوا على خان شيخون")
_FELL_AT_RE = re.compile(r"(?:^|\s)(?:في|وفي|على|علي|و)\s*(?:(?:مدينه|بلده|قريه|بلدتي|قريتي|مدينتي|حي|حيي|مخيم|قري|بلدات)\s+)?$")
_AFTER_DEATH_RE = re.compile(r"(?:^|\s)[وف]?(?:شيع|شيعت|شيعهم|شيعوا|تشييع|دفن|دفنت|دفنوا|لدفن|لدفنها|لدفنهم|نقل|نقلت|نقلوا|"
                             r"اسعف|اسعفت|اسعفوا|اسعاف|مشفي|مستشفي|المشفي|المستشفي|مشافي|مستشفيات)\S*\s")
_SHARED_OUT_RE = re.compile(r"(?:^|\s)(?:توزع|توزعت|توزعوا|يتوزعون|موزعين|الاخرون|الاخرين|الباقون|الباقين|البقيه)(?:\s|$)")
def _fell_there(m: Mention, text: str) -> bool:
    """Is ``m`` told as where the dead fell ("سقطوا في بلدة X", "توزعوا على X وY"), not where they were
    buried or treated ("وشيعهم الأهالي في بلدة X", "نقلوا إلى المشفى الوطني في مدينة X")?"""
    return bool(_FELL_AT_RE.search(normalize_char_string(text[max(0, m.start - 40):m.start]))) \
        and not _AFTER_DEATH_RE.search(normalize_char_string(text[max(0, m.start - 60):m.start]))


AREA_PLACE_SLACK_KM = 15.0   # a place told of an area's act lies within its radius and this


def _area_told_by_its_dead(events: list[Event], group: list[int], norm: str, ms: Sequence[Mention], lex: _Lex,
                           text: str, nart, na: int, article_id: str, si: int) -> list[int]:
    """The act just told of a wide area only ("غارات على مناطق عدة في ريف إدلب الجنوبي"), placed by
    the next sentence's dead ("ستة من القتلى سقطوا في بلدة معرة حرمة، فيما توزع الخمسة الآخرون على
    خان شيخون وكفرسجنة"): its events move to those places, each with the toll told for it alone
    (one place in its clause), else none. Returns the indices of the events added (the first place
    takes the area event's own index)."""
    cur = [g for g in group if not events[g].background]
    if not cur or len(cur) != len(group) or any(events[g].geo_precision != 3 for g in cur) \
            or len({events[g].place_id for g in cur}) != 1 or not (lex.killed_re.search(norm) or lex.injured_re.search(norm)):
        return []
    area = events[cur[0]]
    if area.lat is None:
        return []
    places: list[Mention] = []
    for m in ms:
        if m.place_id is not None and m.lat is not None and m.geo_precision < 3 and m.uncertainty_km < area.uncertainty_km \
                and haversine_km(m.lat, m.lon, area.lat, area.lon) <= area.uncertainty_km + AREA_PLACE_SLACK_KM \
                and m.place_id not in {p.place_id for p in places}:
            places.append(m)
    if not places:
        return []
    tolls: dict[str, tuple] = {}
    told: list[Mention] = []   # the places of clauses that tell of the dead ("وتوزع الخمسة الآخرون على")
    for ca, cb in _split_clauses(norm, lex):
        o_a, o_b = nart.original_index(na + ca), nart.original_index(na + cb - 1) + 1
        inside = [m for m in places if o_a <= m.start < o_b]
        c = norm[ca:cb]
        if inside and (lex.killed_re.search(c) or lex.injured_re.search(c) or _SHARED_OUT_RE.search(c)):
            told += inside
        if len(inside) == 1:
            tolls[inside[0].place_id] = _casualties(c, lex)
    # (where they fell: "سقطوا في بلدة X", "توزعوا على X وY"; not "نقل الجرحى إلى مشفى مدينة إدلب")
    # (not where they were buried or treated: "وشيعهم الأهالي في بلدة معرة حرمة", "نقلوا إلى المشفى
    # الوطني في مدينة معرة النعمان")
    places = [m for m in places if m in told and _fell_there(m, text)]
    if not places:
        return []
    if area.killed and not _SHARED_OUT_RE.search(norm) \
            and sum(tolls.get(m.place_id, (None, None))[0] or 0 for m in places) != area.killed:
        return []   # ("قتل 11 مدنياً … فيما قتل ستة منهم في بلدة معرة حرمة": the rest are told of no place)
    added: list[int] = []
    for g in cur:
        e = events[g]
        moved = [_at_place(e, m, article_id, si, *tolls.get(m.place_id, (None, None))) for m in places]
        events[g] = moved[0]
        for x in moved[1:]:
            added.append(len(events))
            events.append(x)
    return added


MORE_DEAD_KM = 60.0   # how far from the strikes just told more dead told with no act of their own may lie
# "كما قُتل 11 شخصاً في قرية الزعفرانة", "كما أصيب 7 …": more dead or hurt, told with no act of their own
_MORE_DEAD_RE = re.compile(r"^\W*[وف]?(?:كما|فيما|بينما)\s+(?:قتل|قتلت|استشهد|استشهدت|لقي|لقيت|قضي|سقط|اصيب|اصيبت|جرح)\s")


def _more_dead_elsewhere(events: list[Event], group: list[int], norm: str, ms: Sequence[Mention], lex: _Lex,
                         text: str, article_id: str, si: int, sentence: str, pub: dt.date | None) -> list[int]:
    """The act just told at one place, then more dead told at others with no act of their own
    ("كما قُتل 11 شخصاً في قرية الزعفرانة، و6 في مدينة الرستن"): the same act (agent, kind, day) at
    each of those places, with the toll told for it. Returns the indices of the events added."""
    from geo_tracker.dates import find_dates

    cur = [g for g in group if not events[g].background]
    if not cur or not _MORE_DEAD_RE.match(norm) or len({(events[g].actor, events[g].event_type) for g in cur}) != 1 \
            or events[cur[0]].event_type not in ("airstrike", "shelling") or find_dates(sentence, pub):
        return []   # (strikes that fell on several places, not a battle's; nor dead told on a day of their own:
        # "كما قتل أمس الأول 5 أشخاص في مدينة الرستن")
    told = {events[g].place_id for g in cur}
    # (near the act's place: not "قرية صيدا" of Daraa after a strike on Ain Issa)
    places = [m for m in ms if m.place_id is not None and m.lat is not None and m.geo_precision < 3
              and m.place_id not in told and m.kind not in ("governorate", "region", "country")
              and any(events[g].lat is not None and haversine_km(m.lat, m.lon, events[g].lat, events[g].lon) <= MORE_DEAD_KM
                      for g in cur)
              and _fell_there(m, text)]
    places = list({m.place_id: m for m in places}.values())
    if not places:
        return []
    split = _tolls_by_place(norm, places, text, lex) if len(places) > 1 else {}
    if len(places) > 1 and not split:
        return []   # ("كما قتل 11 شخصاً في قريتي X وY": one toll for both, no one place's)
    e = events[cur[0]]
    added = []
    for m in places:
        k, i = split[id(m)] if split else _casualties(norm, lex)
        if (k, i) == (None, None):
            continue
        added.append(len(events))
        events.append(_replace(_at_place(e, m, article_id, si, k, i), quote=sentence.strip()))
    return added


# a site named again by its kind ("للضحايا في الحقل", "داخل المطار"): its stem in the place's name
_SITE_AGAIN_RE = re.compile(r"(?:^|\s)(?:في|داخل|ب|من)\s*ال(حقل|مطار|قاعده|سجن|مخيم|معبر|سد|مشفي|مستشفي)(?=[\s،,.]|$)")


def _site_named_again(events: list[Event], group: list[int], norm: str) -> list[int]:
    """The event of the sentence before that the toll's sentence names again by its site's kind
    ("… حقل العمر …، فيما قال التحالف إنه دمر 116 صهريجاً قرب البوكمال. ولا تتوفر حصيلة للضحايا
    في الحقل، لكن سائقين أكدوا مقتل اثنين"), when it is not the act just told; [] otherwise."""
    sm = _SITE_AGAIN_RE.search(norm)
    if sm is None or not group:
        return []
    quote = events[group[-1]].quote
    same = [k for k, e in enumerate(events) if e.quote == quote and not e.background and sm.group(1) in normalize_char_string(e.place_name_ar)]
    return same if len(same) == 1 and same[0] not in group else []


def _toll_of_act_told(events: list[Event], group: list[int], norm: str, lex: _Lex, toll_unknown: set[int],
                      same_sentence: bool = False) -> None:
    """Give the toll ``norm`` tells to the act just told (its events ``group``, at one site, with no
    toll yet and none said to be unknown): on its most precise place, the site, not its town. A
    battle's toll told side by side in one sentence adds up ("قُتل 14 مرتزقاً خلال التصدي للهجوم على
    المناجير، فيما استشهد مقاتلان من قسد": 16, the coding rule's total across sides)."""
    cur = [g for g in group if not events[g].background]
    if not cur or not _one_site([events[g] for g in cur]) or any(g in toll_unknown for g in cur):
        return
    told = [g for g in cur if (events[g].killed, events[g].injured) != (None, None)]
    if told:
        if same_sentence and len(told) == 1 and events[told[0]].event_type == "clash" and _OTHER_SIDE_RE.match(norm):
            killed, injured = _casualties(norm, lex)
            e = events[told[0]]
            if killed and e.killed is not None and injured is None:
                events[told[0]] = _replace(e, killed=e.killed + killed)
        elif same_sentence and len(told) == 1:
            # "ارتفع إلى 12 عدد الجرحى جراء القصف على سراقب، بينما بلغ عدد القتلى 3": the other toll
            killed, injured = _casualties(norm, lex)
            e = events[told[0]]
            if e.killed is None and killed is not None and injured is None:
                events[told[0]] = _replace(e, killed=killed)
            elif e.injured is None and injured is not None and killed is None:
                events[told[0]] = _replace(e, injured=injured)
        return
    killed, injured = _casualties(norm, lex)
    if (killed, injured) != (None, None):
        g0 = min(cur, key=lambda g: events[g].uncertainty_km)
        events[g0] = _replace(events[g0], killed=killed, injured=injured)


def _since_start(cnorm: str, offensive: bool = False) -> bool:
    """Does the clause count from a campaign's start ("منذ بدء العملية العسكرية", "منذ مطلع العام";
    with ``offensive``, an offensive's too: "قتلوا منذ بدء الهجوم التركي")? Not a yardstick's ("في
    واحدة من أعنف الهجمات منذ بدء الحرب", "«أبشع مجزرة» منذ بدء الثورة")."""
    return any(not _SUPERLATIVE_BEFORE_RE.search(cnorm, max(0, m.start() - 50), m.start())
               for r in ((_SINCE_START_RE, _SINCE_OFFENSIVE_RE) if offensive else (_SINCE_START_RE,))
               for m in r.finditer(cnorm))


# a guided (anti-tank) missile: fire from a launcher at a distance
_GUIDED_MISSILE_RE = re.compile(r"(?:صاروخ|صواريخ|قذيفه|قذايف)\s+(?:\S+\s+)?(?:موجه|موجهه|مضاد(?:ه)?\s+للدروع|م\s*/\s*د)(?=\s|$|[،,.])")


# fire answered at its sources ("ردت قواتنا على مصادر النيران، واستهدفت مواقع المرتزقة في قرية المهرة")
_FIRE_SOURCES_RE = re.compile(r"(?:رد|ردت|ردوا|ترد|يرد|الرد|بالرد)\s+(?:[^\s.،,]+\s+){0,3}?(?:علي\s+|باستهداف\s+)?مصادر\s+"
                              r"(?:النيران|النار|اطلاق|القصف|الرمايات)")


def _same_place(cnorm: str, lex: _Lex) -> bool:
    """Does the clause speak of "the same place" as the act just told (_SAME_PLACE_RE)?"""
    for m in _SAME_PLACE_RE.finditer(cnorm):
        before = _words_before(cnorm, m.start(), 1)
        if m.group("prep") or not before or _strip_clitic(before[0]) not in lex.reporters \
                and before[0] not in lex.reporters:
            return True
    return False


def _fire_from_afar_is_shelling(e: Event) -> Event:
    """An act told as a guided missile's hit ("استهدفت بصاروخ موجه نقطة لجيش الاحتلال", "مقتل
    عنصرين بصاروخ موجّه استهدف تجمعاً لهم") or as fire answered at its sources ("ردت قواتنا على مصادر
    النيران") is fire from afar: shelling, not an attack."""
    if e.event_type != "attack":
        return e
    q = normalize_char_string(e.quote)
    if not (_GUIDED_MISSILE_RE.search(q) or _FIRE_SOURCES_RE.search(q)
            # "في هجوم بقذائف الهاون على نقطة للجيش": an attack by mortar fire, no one closing in
            or _STANDOFF_ASSAULT_RE.search(q) and not _BATTLE_WORDS_RE.search(q) and not _SNIPE_RE.search(q)):
        return e
    return _replace(e, event_type="shelling")


# a body found with the traces of shots or torture on it ("عُثر على جثة شاب وعليها آثار إطلاق نار")
_BODY = r"(?:جثه|جثث|جثتي|جثتين|جثمان)\S*\s+"
_BODY_TRACES_RE = re.compile(_BODY + r"(?:[^\s،,.]+\s+){0,6}?اثار\s+$")
# a body found with the marks of torture or stabbing (shots are an act word of their own)
_BODY_MARKS_RE = re.compile(_BODY + r"(?:[^\s،,.]+\s+){0,8}?(اثار)\s+(?:ال)?(?:تعذيب|طعن)(?=[\s،,.]|$)")
_BY_HAND_RE = re.compile(r"\s+(?:علي\s+(?:يد|ايدي)|من\s+قبل|بيد)\s+")
# a body found after its man was abducted ("عُثر على جثة شاب في جنديرس بعد يومين من اختطافه")
_BODY_AFTER_ABDUCTION_RE = re.compile(_BODY + r"(?:[^\s،,.]+\s+){0,8}?(?:بعد|عقب)\s+(?:[^\s،,.]+\s+){0,3}?"
                                      r"(?:من\s+|علي\s+)?(اختطافه|اختطافها|اختطافهم|اختطافهما|خطفه|خطفها|خطفهم|خطفهما)(?=[\s،,.]|$)")


def _body_after_abduction(s: str, pos: int = 0) -> re.Match | None:
    """``_BODY_AFTER_ABDUCTION_RE`` in ``s`` from ``pos`` (its cheap pre-test first)."""
    if "جث" in s and ("خطف" in s or "ختطاف" in s):
        return _BODY_AFTER_ABDUCTION_RE.search(s, pos)
    return None


# shells that fell, no gunners named ("سقوط قذائف على مناطق في مدينة عربين", "سقطت قذيفتا هاون")
_SHELLS_FELL_RE = re.compile(r"(?:^|\s)[وب]?(?:سقوط|سقطت|سقط|تساقط|تساقطت)\s+(?:\S+\s+)?(?:قذيفه|قذايف|قذيفتين|قذيفتا|قذيفتي)")
# a place named as a front line ("محور قرية الفاطسة", "محاور الشيخ عقيل", "جبهة جوبر")
_FRONT_AXIS_RE = re.compile(r"(?:محور|محاور|جبهه|جبهات)\s")
_AXIS_ASSAULT_RE = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:هجوم|هجوما|هجمات|هاجم|هاجمت|هاجموا|اقتحام|اقتحمت|اقتحم)(?=\s|$)")


def _assault_is_clash(e: Event) -> Event:
    """An armed side's assault on another's checkpoint, post or airbase ("هاجمت فصائل المعارضة
    حاجزاً لقوات النظام", "هاجم مسلحو المعارضة مطار منغ العسكري", "هاجمت قوات الحكومة مواقع لقسد")
    is a battle between armed sides: a clash (ACLED's armed clash), not an attack on people. (Not
    ISIS's raids on checkpoints, which the press and ACLED tell as its attacks.)"""
    if e.event_type == "attack" and _FRONT_AXIS_RE.match(normalize_char_string(e.place_name_ar)) \
            and _AXIS_ASSAULT_RE.search(normalize_char_string(e.quote)):
        return _replace(e, event_type="clash")   # "بدأت المعركة بهجوم على محاور الشيخ عقيل": an
        # assault on a front line is a battle, whoever made it
    if e.event_type != "attack" or e.actor not in _ASSAULT_CLASH_ACTORS or not e.target:
        return e   # (the cheap tests first: most events are no rebels' attack)
    q = normalize_char_string(e.quote)
    if _SNIPE_RE.search(q) or not _ASSAULT_RE.search(q) or _STANDOFF_ASSAULT_RE.search(q):
        return e   # (a sniper's shot is an attack on one man; "استهدفت نقطة" may be a missile's; "هجوم بقذائف
        # الهاون", "هجوم صاروخي": fire from afar, no battle)
    if (e.killed or e.injured) and _CHECKPOINT_RAID_RE.search(q) and not _BATTLE_WORDS_RE.search(q):
        return e   # "هاجم عناصر من الجيش الحر حاجزاً لقوات النظام … ما أدى إلى مقتل أربعة جنود": a raid on
        # one checkpoint, told by the dead it left, is the raiders' attack (no battle, no ground taken)
    # (an armed side, its positions or headquarters, or an airbase; not "syrian_gov_civilians")
    armed = e.target in _ARMED or e.target.endswith(("_positions", "_headquarters")) or e.target == "positions" \
        or e.place_kind in ("base", "airport") and e.target.endswith("infrastructure")
    return _replace(e, event_type="clash") if armed else e


_GROUND_FIRE_RE = re.compile(r"هاون")
# an appeal or demand whose object is more acts: the trigger right after "زيادة / تكثيف / بشن"
_APPEAL_RE = re.compile(r"(?:^|\s)[وف]?(?:يناشد|تناشد|ناشد|ناشدت|يناشدون|مناشده|يطالب|تطالب|طالبت|يطالبون|مطالبين|مطالبه|دعت|يدعو|تدعو)"
                        r"\s+(?:[^\s،,.]+\s+){0,8}?[وب]?(?:زياده|تكثيف|شن|تنفيذ|توجيه|مزيد\s+من)\s+(?:\S+\s+)?$")
_QUAKE_RE = re.compile(r"(?:^|\s)[وبلف]?(?:ال)?(?:زلزال|زلزالين|زلازل)(?=\s|$|[،,.])")
# ("ابطال" is also "أبطال", heroes, once normalized: only "بإبطال" / "إبطال مفعول")
# fire opened with words between the verb and its object ("أطلقت قوات الاحتلال النار صباح اليوم على رعاة")
_ACTIVE_KILL_RE = re.compile(r"(?:^|\s)[وف]?(قتل|قتلت)\s+(?:[^\s،,.]+\s+)??[^\s،,.]+(?:ون|ين)\s+(?:[^\s،,.]+\s+)??"
                             r"([^\s،,.]+(?:ا|ين|يين|ه)|ال[^\s،,.]{3,})(?=[\s،,.]|$)")
# (a feminine's tanween writes no alif: "امرأةً"; a definite victim: "قتل مسلحون الشاب محمد العلي")
# an active killing verb, its subject after it ("قتلت قوات النظام خمسة مدنيين")
_KILLERS_NAMED_RE = re.compile(r"(?:^|\s)[وف]?(قتلت|قتل|قتلوا|تقتل|يقتل|يقتلون)(?:\s*[،,])?\s+(?=\S)")


def _active_kill(s: str) -> re.Match | None:
    """``_ACTIVE_KILL_RE`` in ``s``, a time or a source set apart by commas between the killers and
    the killed blanked ("قتل مسلحون مجهولون، مساء أمس الثلاثاء، الشاب محمد العلي"; the match's
    positions are ``s``'s)."""
    m = _ACTIVE_KILL_RE.search(s)
    if m is not None or ("،" not in s and "," not in s) or "قتل" not in s:
        return m
    blanked = _TIME_ASIDE_AFTER_RE.sub(lambda g: " " * len(g.group(0)) if _time_aside(g.group(1)) else g.group(0), s)
    return _ACTIVE_KILL_RE.search(blanked) if blanked != s else None


# "أقدم مسلحون على قتل شابين": the killing they set about (a verbal noun after "على")
def _killing_told(norm: str, lex: _Lex) -> tuple[str, int] | None:
    """(type, position) of a killing told by a periphrasis and no act word (the sentence gate and
    the clause's trigger both ask it): "أقدم مسلحون على قتل شابين" (attack), "فجّر شخص يرتدي حزاماً
    ناسفاً نفسه" (explosion), "داعش يعدم 20 شخصاً", "قام التنظيم بإعدام ثلاثة شبان" (attack: an
    execution carried out, not a sentence passed, a threat or a video); or None."""
    if "قدم" in norm and (kd := _SET_ABOUT_KILLING_RE.search(norm)) is not None:
        return "attack", kd.start(1)
    if "فجر" in norm and (bh := _BLEW_HIMSELF_RE.search(norm)) is not None:
        return "explosion", bh.start(1)
    if "فجر" in norm:
        # "فجّر مسلحو النصرة جسراً قرب الهبيط": the verb, its agent right after it (not "فجر اليوم", dawn)
        for bv in _BLEW_UP_VERB_RE.finditer(norm):
            am = lex.actor_re.match(norm, bv.end())
            if am is not None and lex.actor_of.get(am.group(1)) or lex.force_noun_re.match(norm, bv.end()):
                return "explosion", bv.start(1)
            # ... or its agent right before it ("التنظيم فجّر كنيسة في تل تمر"; not "… فجر اليوم")
            if (nw := _words_after(norm, bv.end() - 1, 1)) and (bv.group(1) != "فجر" or nw[0] not in time_words()
                                                               and not nw[0].startswith(("يوم", "امس"))) \
                    and _actor_ending_at(norm, bv.start(1), lex) is not None:   # ("فجروا اليوم كنيسة": no dawn)
                return "explosion", bv.start(1)
    if ("عدم" in norm or "عدام" in norm or "رجم" in norm or "بحق" in norm) and (ex := execution_told(norm, lex)) is not None:
        return "attack", ex.start() + len(ex.group()) - len(ex.group().lstrip())
    if "جث" in norm and "اثار" in norm and (bt := _BODY_MARKS_RE.search(norm)) is not None:
        return "attack", bt.start(1)   # "عُثر على جثة شاب وعليها آثار تعذيب": a killing, its marks on the body
    return None


_BLEW_UP_VERB_RE = re.compile(r"(?:^|\s)[وف]?(فجر|فجرت|فجروا)\s+")
_BLEW_HIMSELF_RE = re.compile(r"(?:^|\s)[وف]?(فجر|فجرت|فجروا)\s+(?:[^\s،,.]+\s+){1,6}?(?:نفسه|نفسها|انفسهم)(?=[\s،,.]|$)")
# another of the acts just told, by an ordinal or "أخرى" for its noun ("فيما طالت أخرى مطبعة في بلدة
# عامودا", "والثانية على علوك")
_ANOTHER_STRUCK_RE = re.compile(r"(?:^|\s)[وف]?(?:طالت|استهدفت|اصابت|ضربت|سقطت)\s+(?:ال)?(?:اخري|ثانيه|ثالثه|رابعه)(?=\s)"
                                # (the ordinal opening its clause, not an adjective: "في الساعات الأولى على صوران")
                                r"|(?:^|[،,؛;:])\s*[وف]?(?:ال)?(?:اولي|ثانيه|ثالثه|رابعه|اخري)\s+(?:علي|طالت|استهدفت|اصابت|سقطت)(?=\s)")


def _another_struck(s: str) -> re.Match | None:
    """``_ANOTHER_STRUCK_RE`` in ``s`` (its cheap pre-test first: most sentences name no ordinal)."""
    if "اخر" in s or "ثاني" in s or "ثالث" in s or "رابع" in s or "اولي" in s:
        return _ANOTHER_STRUCK_RE.search(s)
    return None


_SET_ABOUT_VERB_RE = re.compile(r"(اقدم|اقدمت|اقدموا)\s+")
_SET_ABOUT_KILLING_RE = re.compile(r"(?:^|\s)[وف]?(اقدم|اقدمت|اقدموا|يقدم|تقدم\s+عناصر)\s+(?:[^\s،,.]+\s+){0,5}?"
                                   r"علي\s+(?:قتل|ذبح|اعدام|تصفيه|طعن|خطف|اختطاف)(?=\s)")
# a massacre committed, its perpetrators between the verb and the noun ("ارتكبت قوات النظام والشبيحة مجزرة")
_MASSACRE_RE = re.compile(r"(?:^|\s)[وف]?(ارتكب|ارتكبت|ارتكبوا|يرتكب|ترتكب)\s+(?:[^\s،,.]+\s+){0,6}?(?:مجزره|مجازر)(?=[\s،,.]|$)")
_GATHERING_RE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:مظاهره|مظاهرات|تظاهره|تظاهرات|احتجاج|احتجاجات|وقفه|مسيره|اعتصام|تجمع|متظاهرين|محتجين)(?=\s|$|[،,.])")
_AT_THEM_RE = re.compile(r"(?:النار|الرصاص|النيران)(?:\s+الحي)?\s+(?:عليها|عليهم)(?=[\s،,.]|$)")
_FIRE_OPENED_RE = re.compile(r"(?:^|\s)[وف]?(اطلق|اطلقت|اطلقوا|يطلق|تطلق|اطلاق|باطلاق|لاطلاق|فتحت|فتح|فتحوا)\s+(?:\S+\s+){1,6}?"
                             r"(?:النار|النيران|نيران\s+(?:\S+\s+)?(?:رشاشات|اسلح|مدافع|بنادق)\S*|الرصاص|رصاصه|رصاصات)"
                             r"(?:\s+الحي)?(?:\s+[^\s،,.]+){0,3}?\s+(?:(?:علي|باتجاه|تجاه|صوب)(?=\s)"
                             # (at them, the pronoun for those just named: "خرجت مظاهرة …، وأطلقت قوات الأمن النار عليها")
                             r"|(?:عليها|عليه|عليهم|عليهما|عليهن)(?=[\s،,.]|$))")
# the enemy's dead as the act, the agent between the verb and its object ("قضت وحدات من الجيش على
# إرهابيين في زملكا", "أوقعت وحدات من الجيش قتلى في صفوف الإرهابيين", "تمكنت من إيقاع قتلى")
# ("قضت … على" is words.did_away)
_INFLICTED_RE = re.compile(r"(?:^|\s)[وفل]?(?:اوقعت|اوقع|اوقعوا|توقع|يوقع|ايقاع|بايقاع|القضاء\s+علي)\s+(?:[^\s،,.]+\s+){0,5}?"
                           r"(?:قتلي|بين\s+قتيل|بين\s+قتلي|اعدادا|عددا|اصابات|خسائر|الخسائر|العشرات|عشرات|[0-9]+)(?=[\s،,.]|$)")
# "الغارات ذاتها", "الطيران نفسه": a definite noun called "the same" (the words of _SAME_ONE_RE)
_SAME_NOUN_RE = re.compile(r"(?:^|\s)[وب]?(ال\S+)\s+(?:ذاتها|نفسها|ذاته|نفسه|ذاتهم|انفسهم)(?=\s|$|[،,.])")


def _says_same(norm: str, lex: _Lex) -> bool:
    """Does the clause name its strikes or its aircraft as "the same" ("الغارات ذاتها", "الطيران
    نفسه"; not "في اليوم نفسه")?"""
    for m in _SAME_NOUN_RE.finditer(norm):
        noun = m.group(1)
        if noun in lex.trigger_words or noun[2:] in lex.trigger_words or lex.aircraft_re.fullmatch(noun) \
                or lex.aircraft_re.fullmatch(noun[2:]):
            return True
    return False


def _same_as_told(events: list[Event], ids: set[str]) -> list[Event]:
    """Give each event told as "the same" strikes (``ids``) the agent of the nearest current event of
    its type before it (no one's, when that one is no one's)."""
    out = list(events)
    for k, e in enumerate(out):
        if e.event_id not in ids:
            continue
        ref = next((o for o in reversed(out[:k]) if o.event_type == e.event_type and not o.background
                    and o.event_id not in ids), None)
        if ref is not None:
            out[k] = _replace(e, actor=ref.actor)
    return out


# "سيطرت الفصائل في الساعات الأولى على صوران ومعردس": taken, a place name right after "على"
_CAPTURE_ON_RE = re.compile(r"(?:^|\s)[وف]?(?:سيطر|سيطرت|سيطروا|استولي|استولت|استولوا)\s+(?:[^\s،,.]+\s+){0,14}?علي\s+")


# a town stormed: the verb, then up to eight words (its agent, a day) before the place's kind or name
_STORM_RE = re.compile(r"(?:^|\s)[وف]?(?:اقتحم|اقتحمت|اقتحموا|يقتحم|تقتحم|يقتحمون)\s+((?:[^\s،,.]+\s+){0,8})")
_STORMED_KIND_RE = re.compile(r"(?:مدينه|بلده|قريه|بلدات|قري|حي|احياء|مخيم|اطراف|بلدتي|قريتي)\s")
# a force of security, whose storming is a raid ("قوات الأمن", "دورية للأمن العسكري", "المخابرات")
_SECURITY_FORCE_RE = re.compile(r"(?:^|\s)[وف]?(?:قوات\s+الامن|قوي\s+الامن|عناصر\s+الامن|الامن\s+العام|الامن\s+الداخلي|"
                                r"الامن\s+العسكري|الامن\s+السياسي|الامن\s+الجنائي|امن\s+الدوله|المخابرات|الاستخبارات|دوريه|دوريات|"
                                r"الشرطه|الاسايش|الاساييش)(?=\s|$)")


def _stormed_place(norm: str, ms: list[Mention], orig_of) -> re.Match | None:
    """A town stormed, its kind or its name the verb's object ("اقتحمت وحدات من الجيش أمس بلدة
    مديرا"; not "اقتحم بها حاجزاً": a checkpoint rammed): the verb's match, or None."""
    for m in _STORM_RE.finditer(norm):
        for j in [m.start(1)] + [k + 1 for k in range(m.start(1), m.end()) if norm[k] == " " and norm[k + 1:k + 2] != " "]:
            if _STORMED_KIND_RE.match(norm, j):
                return m
            at = orig_of(j)
            if any(at <= x.start <= at + 2 and x.place_id for x in ms):
                return m
    return None


def _captured_name(norm: str, ms: list[Mention], orig_of) -> re.Match | None:
    """A taking of ground whose object is a place name itself ("سيطرت الفصائل على صوران ومعردس"; the
    settlement words are ``restore_re``'s): the match, or None."""
    for m in _CAPTURE_ON_RE.finditer(norm):
        at = orig_of(m.end())
        if any(at <= x.start <= at + 2 and x.place_id for x in ms):
            return m
    return None


# a toll's place told with "في" ("فيما أصيب مدنيان في بلدة حريتان"; not "نقلا إلى مشفى مدينة منبج")
_IN_PLACE_RE = re.compile(r"(?:^|\s)(?:في|وفي)\s+(?:(?:مدينه|بلده|قريه|بلدتي|قريتي|حي|مخيم)\s+)?$")


def _army_inflicted(norm: str, lex: _Lex, rd) -> re.Match | None:
    """The army's operation told by the enemy's dead alone ("قضت وحدات من الجيش على إرهابيين في
    زملكا", "أوقعت قتلى في صفوفهم"): the match of the verb, or None (no such words, or another agent:
    the dead an armed group inflicts are told with its act)."""
    if not ("قض" in norm or "وقع" in norm or "يقاع" in norm):
        return None
    qn = _QUOTES_RE.sub("", norm)   # (the actor phrases' offsets are the clause's without quotation marks)
    m = _INFLICTED_RE.search(qn) or did_away(qn)
    if m is None:
        return None
    agent, _ = _choose_actor(_actor_hits(qn, lex, rd), "clash", m.start(), lex, qn)
    return m if agent == "syrian_gov" else None


_SCOPE_END_RE = re.compile(r"[،,;؛]\s*(?:و|ف|ثم\s)|(?:^|\s)ثم\s")   # (not an apposition's commas)
# a count of another kind than an act's toll ("فيما ارتفعت حصيلة قتلى الزلزال إلى 300", "… الحملة")
_OTHER_COUNT_RE = re.compile(r"زلزال|زلازل|الحمله|حمله|فيضان|سيول|حريق|غرق")
_SELF_RE = re.compile(r"ضبط\s+النفس|نفسه|نفسها|نفسهم")   # "ضبط النفس", "وجدت نفسها": no seizure
_BLAST_RE = re.compile(r"(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?(?:انفجر\S*|انفجار\S*|تفجير\S*|فجر(?:ت|وا|ه|ها|هم)|دوي|سقط\S*|سقوط"
                       r"|قصف\S*|استهدف\S*|استهداف\S*)(?=[\s،,.]|$)")
# one noun of fire from the air and the ground ("بالقصف الجوي والمدفعي", "القصف المدفعي والجوي")
_AIR_AND_GROUND_FIRE_RE = re.compile(r"(?:^|\s)(?:ال)?جوي[هة]?\s+و(?:ال)?(?:مدفعي|صاروخي)[هة]?(?=[\s،,.]|$)"
                                     r"|(?:^|\s)(?:ال)?(?:مدفعي|صاروخي)[هة]?\s+و(?:ال)?جوي[هة]?(?=[\s،,.]|$)")
# "بعد أشهر من المعارك", "بعد أسبوعين من القصف": an act a long span ago, the backdrop of what is told
_LONG_AFTER_RE = re.compile(r"(?:^|\s)[وف]?(?:بعد|عقب)\s+(?:\S+\s+)?(?:اشهر|شهور|سنوات|سنين|اعوام|عامين|سنتين|اسابيع|اسبوعين|"
                            r"عام|سنه|شهر|شهرين)\s+(?:\S+\s+)?من\s+(?:ال)?$")
# a blast's cause told after it: a strike ("… جراء قصف إسرائيلي", "إثر غارة جوية")
_CAUSED_BY_STRIKE_RE = re.compile(r"(?:^|\s)(?:جراء|نتيجه|اثر|بسبب|عقب|(?:ال)?(?:ناجمه|الناجمه|ناتجه|الناتجه|ناجم|ناتج)\s+عن)\s+"
                                  r"(?:ال)?(?:قصف|غاره|غارات|ضربه|ضربات|استهداف|القصف)(?=[\s،,.]|$)")
# blasts heard ("دوي انفجارات", "سُمع صوت انفجار", "أصوات انفجارات"): the sound of an act told before
_HEARD_RE = re.compile(r"(?:^|\s)[وف]?(?:دوي|صوت|اصوات|سماع|سمع|سمعت)\s+(?:\S+\s+)?$")
# fire whose source is named after it ("برصاص عناصر حاجز", "بنيران دورية", "فتح عناصر حاجز … النار"): who
# shot, not what was hit
_SHOT_FROM_BEFORE_RE = re.compile(r"(?:^|\s)(?:برصاص|بنيران|رصاص|نيران|[وف]?(?:فتح|فتحت|فتحوا|اطلق|اطلقت|اطلقوا))\s+"
                                  r"(?:عناصر\s+|قناص\s+|قناصه\s+)?$")
# a clash verb right before a noun: its subject ("اشتبكت دورية …")
_CLASH_VERB_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:اشتبك|اشتبكت|اشتبكوا|تشتبك|يشتبك)\s+$")
# a definite event noun right before its predicate ("الاشتباكات مستمرة", "والمعارك متواصلة")
_DEFINITE_ACT_RE = re.compile(r"(?:^|\s)[وف]?ال(?:اشتباكات|اشتباك|معارك|معركه|مواجهات|قصف|غارات|هجمات|هجوم|عمليات)\s*$")
# an act going on since a recent hour ("القصف المستمر منذ صباح أمس"): news, not a habit
_ONGOING_WORDS = frozenset({"المستمر", "المستمره", "المتواصل", "المتواصله", "الدائر", "الدايره",
                            "مستمر", "مستمره", "متواصل", "متواصله"})
_SINCE_RECENTLY_RE = re.compile(r"منذ\s+(?:(?:صباح|فجر|مساء|ظهر|ليل|ليله)\s+)?(?:اليوم|امس|الامس|ساعات|يومين|ايام)(?=\s|$|[،,.])"
                                r"|منذ\s+(?:صباح|فجر|مساء|ظهر|ليل|ليله)\s+(?:يوم\s+)?(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)")
# the coalition's first strikes in Syria (23 September 2014); Russia's began a year later
ONLY_REGIME_AIR_UNTIL = dt.date(2014, 9, 23)
# a toll told as unconfirmed news ("أنباء عن شهيدين بكفرنبل.. الخبر لسا غير مؤكد")
_RUMOURED_TOLL_RE = re.compile(r"(?:الخبر|النبا|الانباء|المعلومات)\s+(?:\S+\s+)?(?:غير\s+موكد|غير\s+موكده|لم\s+يتاكد|لم\s+تتاكد)")
# a supporter's second arm, after the first ("بإسناد من المسيّرات والمدفعية")
# ("مدعوماً بحزب الله والطيران الروسي": the second of two backers, after the participle)
_SUPPORT_AND_RE = re.compile(r"(?:^|\s)(?:باسناد|بدعم|بمسانده|بغطاء|وسط|تحت\s+غطاء|مدعوما|مدعومه|مدعومين|مدعومون|مسنودا|مسنوده)"
                             r"\s+(?:من\s+)?(?:[^\s،,.]+\s+){1,2}$")
# clearing land of mines ("تطهير الأراضي … من الألغام", "فرق إزالة الألغام", "نزع الألغام")
_CLEARING_RE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:تطهير|تنظيف)\S*\s+(?:\S+\s+){0,8}?من\s+$"
                          r"|(?:^|\s)[وبل]?(?:ال)?(?:ازاله|نزع|كسح)\s+$")
_MUNITION_RE = re.compile(r"(?:ال)?(?:عبو|لغم|الغام|مفخخ|قذ|صاروخ|صواريخ)")
# "منذ أسبوع" after one act: a span ago (not "since", a tally's; nor acts going on: "قصف متواصل منذ أسبوع")
_AGO_RE = re.compile(r"(?:^|\s)منذ\s+(?:(?:نحو|قرابه|حوالي)\s+)?(?:يوم|يومين|اسبوع|اسبوعين|شهر|شهرين|"
                     r"(\S+)\s+(?:ايام|اسابيع|اشهر))(?=[\s،,.]|$)")   # (a count: words.count_word)


def _ago(cnorm: str) -> bool:
    """Does ``cnorm`` tell "منذ" a span ago ("منذ أسبوع", "منذ ثلاثة أيام")?"""
    return any(a.group(1) is None or _count_word(a.group(1)) for a in _AGO_RE.finditer(cnorm)) if "منذ" in cnorm else False
_ONGOING_RE = re.compile(r"متواصل|مستمر|يومي|تتواصل|يتواصل|تستمر|يستمر|غارات|انفجارات|هجمات|اشتباكات|معارك|عمليات|حمله")
_WENT_OFF_RE = re.compile(r"انفجر|انفجار|تفجير|دوي")
# a device told, then defused or not gone off ("… وتم تفكيكها دون أن تنفجر"; not "قبل انفجارها": it went off)
_DEFUSED_AFTER_RE = re.compile(r"(?:دون|من\s+غير)\s+(?:ان\s+)?(?:تنفجر|ينفجر|انفجارها|انفجاره)(?=[\s،,.]|$)"
                               r"|(?:^|\s)[وف]?(?:تم\s+)?(?:تفكيكها|تفكيكه|ابطال\s+مفعولها|ابطال\s+مفعوله|فككها|فككوها|فككته)(?=[\s،,.]|$)")
_DEFUSED_RE = re.compile(r"(?:^|\s)[وف]?(?:فكك|فككت|فككوا|تفكيك|ابطل|ابطلت|بابطال|ابطال\s+مفعول|تفجيرها\s+بشكل\s+امن)(?=\s)"
                         r"(?!\s+(?:ال)?(?:خليه|خلايا))")
_YARDSTICK_RE = re.compile(r"(?:^|\s)(?:" + SUPERLATIVES + r")\s+(?:[^\s،,.؛:]+\s+){0,4}منذ\s+"
                           r"(?=(?:ال)?(?:غاره|غارات|هجوم|تفجير|قصف|مجزره|ضربه|انفجار|اعتداء|كمين|معركه|معارك)(?:\s|$))")
_ASSAULT_CLASH_ACTORS = ("opposition", "syrian_gov", "sdf", "turkey", "iran_backed")
_FIRE_TYPES = ("shelling", "airstrike", "other")   # ("التي قصفت", "التي استهدفت")


# (the backer right after the strikes, "مدعومة بغارات روسية", "بدعم من غارات ومدفعية التحالف", not the
# other side after "و": "بين قوات النظام المدعومة بغارات روسية والفصائل")
_SUPPORT_STRIKES_RE = re.compile(r"(?:^|\s)ب?(?:غارات|غاره|ضربات|قصف\s+جوي)\s+(?:جويه\s+)?(?:و\S+\s+)?ل?$")
_ANOTHER_ATTACK_RE = re.compile(r"(?:هجوما|هجوم|عمليه|هجمات)\s+(?:اخر|اخري|اخرى|آخر)")


def _support_fire(hits: list[_ActorHit], qn: str, lex: _Lex) -> list[tuple[str, str]]:
    """(type, actor) of the fire backing a ground act, when the text says it fired: "بدعم من
    المدفعية التركية التي قصفت مواقع التنظيم" (shelling), "بإسناد من طيران التحالف الذي شن
    غارات" (air strikes), the backing told as strikes ("مدعومة بغارات روسية"). Backing alone ("بدعم
    من المدفعية التركية، سيطر …", "بدعم من التحالف الدولي", "بغطاء جوي روسي") tells no strike of its
    own."""
    out: list[tuple[str, str]] = []
    for h in hits:
        if not h.supporter or h.actor == "unknown":
            continue
        sup = lex.supporter_re.search(qn, max(0, h.start - 24), h.start)
        if sup is None:
            continue   # (a patron: "الفصائل الموالية لتركيا")
        nxt = _WORD.findall(qn[h.end:h.end + 60])[:4]
        fired = bool(nxt) and nxt[0] in lex.relatives and any(
            lex.type_of.get(_strip_clitic(w)) in _FIRE_TYPES or lex.type_of.get(w) in _FIRE_TYPES for w in nxt[1:])
        win = qn[sup.start():h.end]
        # (the backing told as strikes: "مدعومة بغارات روسية"; not air cover alone, "بغطاء جوي روسي")
        fired = fired or _SUPPORT_STRIKES_RE.search(qn, sup.start(), h.start) is not None
        if not fired:
            continue   # "بدعم من المدفعية التركية، سيطر على قرى …": the text tells no fire of its own
        etype = "airstrike" if lex.support_air_re.search(win) else "shelling" if lex.support_guns_re.search(win) else None
        if etype is not None and (etype, h.actor) not in out:
            out.append((etype, h.actor))
    return out


_BRACKET_OPEN_RE = re.compile(r"\s*\(\s*")
_BRACKET_GAP_RE = re.compile(r"\s*[(\[]\s*$")


def _without_bracketed_names(mentions: list[Mention], text: str) -> list[Mention]:
    """"ريف المالكية (ديريك)", "عين العرب (كوباني)": the other name of the place just named, in
    brackets, is that place again, not a second one."""
    out: list[Mention] = []
    label_end = -1   # the end of a bracketed label that repeats the name before it
    # "قرية النيرب الواقعة غربها (غير مطار النيرب العسكري في حلب)": the place it is not
    nots = [(x.start(), x.end()) for x in _NOT_BRACKET_RE.finditer(text)] if "(" in text else []
    for m in mentions:
        if m.start < label_end or any(a <= m.start < b for a, b in nots):
            continue   # "بلدة صوران (صوران اعزاز)": the label tells which صوران, its أعزاز is no place
        if out and m.place_id is not None and m.place_id == out[-1].place_id \
                and _BRACKET_GAP_RE.fullmatch(text, out[-1].end, m.start):
            continue
        out.append(m)
        br = _BRACKET_OPEN_RE.match(text, m.end)
        if br is not None and text.startswith(m.surface, br.end()):
            close = text.find(")", br.end(), br.end() + 60)
            label_end = close if close > 0 else label_end
    return out


def _title_span(text: str) -> tuple[int, int]:
    """(start, end) of a headline: a short line without a full stop, followed by more text; a date
    line above it ("الأربعاء 18 شعبان 1437 هـ - 25 مايو 2016 م") is skipped. (-1, -1) if none."""
    pos = 0
    for _ in range(3):
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        k = text.find("\n", pos)
        if k < 0 or k - pos > 220 or not text[k:].strip():
            return -1, -1
        line = text[pos:k].strip()
        if len(line) < 90 and _YEAR_RE.search(line) and len(_WORD.findall(line)) <= 12:
            pos = k
            continue
        if len(_WORD.findall(line)) <= 5 and _BYLINE_RE.search(line) and not any(ch.isdigit() for ch in line):
            pos = k      # "هسبريس - أ.ف.ب", "دمشق الآن | عاجل": the outlet's byline, not a headline
            continue
        if not line or line.endswith((".", ":", "؛")) or _FEED_TIME_RE.match(line) or _ITEM_MARK_RE.match(line):
            return -1, -1   # (nor a feed's first timed item: "14:05 طيران التحالف يشن غارات على …"; nor a
            # post's first bulleted item: "• قصف مدفعي على مدينة أريحا", "🔴 #كفرنبل: …")
        return pos, k
    return -1, -1


_FEED_TIME_RE = re.compile(r"[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}(?:\s|$)")
# a list item's or a post's mark at a line's start: a bullet, a dash, an emoji, a hashtag
_ITEM_MARK_RE = re.compile(r"[•·▪●◾*\-–—#\U0001F300-\U0001FAFF\u2600-\u27BF]")


_BYLINE_RE = re.compile(r"\s[-–—|]\s|\s[-–—|]$|^[-–—|]\s")

HEADLINE_KM = 25.0
_HEADLINE_WIDE_KINDS = ("governorate", "region", "desert_area", "mountain", "plain")


def _headline_told_again(events: list[Event], title_idx: set[int], unattributed: set[int] = frozenset()) -> list[Event]:
    """A headline's event is dropped when the body reports an event at or near its place: the
    body tells it with the actor, date and toll the headline compresses (but not the actor of an
    event the body says it cannot attribute, ``unattributed``)."""
    if not title_idx or len(title_idx) == len(events):
        return events
    events = list(events)
    body = [k for k, e in enumerate(events) if k not in title_idx and not e.background]
    drop = set()
    for k in title_idx:
        e = events[k]
        near = [j for j in body if haversine_km(e.lat, e.lon, events[j].lat, events[j].lon)
                <= max(HEADLINE_KM, e.uncertainty_km + events[j].uncertainty_km)
                # (or a province or city the headline names, the body's place in its province: "اشتباكات
                # في دير الزور" over "… في بلدة ذيبان", 40 km off)
                or e.admin1 is not None and e.admin1 == events[j].admin1 and events[j].uncertainty_km <= e.uncertainty_km
                and e.event_type == events[j].event_type
                and (e.geo_precision == 3 or e.place_kind in _HEADLINE_WIDE_KINDS)]
        if not near:
            continue
        drop.add(k)
        for j in near:   # "9 شهداء بقذائف الإرهابيين على دمشق": the headline may name the actor
            o = events[j]
            if o.actor == "unknown" and e.actor != "unknown" and o.event_type == e.event_type and j not in unattributed:
                events[j] = _replace(o, actor=e.actor)
        same = [j for j in near if events[j].event_type == e.event_type]
        if len(same) == 1 and (e.killed, e.injured) != (None, None):
            o = events[same[0]]   # ... and the toll the body did not repeat
            events[same[0]] = _replace(o, killed=o.killed if o.killed is not None else e.killed,
                                       injured=o.injured if o.injured is not None else e.injured)
    return [e for k, e in enumerate(events) if k not in drop]


def _absorb_unspecific(events: list[Event]) -> list[Event]:
    """An event of type "other" ("استهدافه", "اعتداء") at the place and date of a typed event of
    the same article ("مقتل شاب برصاص مجهولين في أنخل") is that event told again: merge it in."""
    from geo_tracker.dedup import merge, same_event

    typed = [k for k, e in enumerate(events) if e.event_type != "other"]
    if not typed or len(typed) == len(events):
        return events
    out: list[Event | None] = list(events)
    for k, e in enumerate(events):
        if e.event_type != "other":
            continue
        for j in typed:
            t = out[j]
            if t is not None and same_event(t, _replace(e, event_type=t.event_type)):
                out[j] = _replace(merge(t, _replace(e, event_type=t.event_type)), event_type=t.event_type)
                out[k] = None
                break
    return [e for e in out if e is not None]


_DATELINE_RE = re.compile(
    r"\s*[^\s\d,،.()\-–—]{2,}(?:\s+[^\s\d,،.()\-–—]{2,})?\s*[-–—:،,]?\s*"
    r"(?:\(?[^\s\d()]{2,}\)?\s*[-–—]?\s*)?[0-9\u0660-\u0669]{1,4}[\s/.\-]+\S+(?:[\s/.\-]+\S+)?\s+[0-9\u0660-\u0669]{2,4}"
    r"(?:\s*\([^)]{1,40}\))?"
    # (a Hijri date, then the Gregorian: "الخميس 28 رمضان 1433 هـ 16 اغسطس 2012")
    r"(?:\s*هـ?\s*[-–—/،,]?\s*(?:الموافق\s+(?:ل\s*)?)?[0-9\u0660-\u0669]{1,2}[\s/.\-]+\S+[\s/.\-]+[0-9\u0660-\u0669]{4}(?:\s*م(?=\s))?)?")


_PARA_DATELINE_RE = re.compile(
    # (not a paragraph opening on a road: "وعلى طريق دمشق – السويداء، قُتل …")
    r"(?:^|\n)[ \t]*(?![^\n\-–—:]{0,30}طريق)"
    r"((?:[^\s\d,،.:()\-–—]{2,}[ \t]+){0,2}[^\s\d,،.:()\-–—]{2,}"
    # (filed from two places: "القامشلي (سوريا)/أقجة قلعة (تركيا) (رويترز) -")
    r"(?:[ \t]*\([^()\n\d]{2,25}\)[ \t]*/[ \t]*(?:[^\s\d,،.:()\-–—]{2,}[ \t]+){0,2}[^\s\d,،.:()\-–—]{2,})*)"
    r"(?:[ \t]*\([^()\n\d]{2,25}\)){0,2}"   # "دمشق (رويترز) - …": the agency between
    # ("إدلب – …", "حلب-سانا:", and the outlet first: "شبكة شام - حماة:", both names the byline's)
    r"(?:[ \t]*[-–—][ \t]*(?P<second>[^\s\d:]{2,20}(?:[ \t]+[^\s\d:]{2,20})?)[ \t]*:|[ \t]*[-–—]{1,2}[ \t]"
    r"|(?<=\))[ \t]*:)")   # "أنقرة (الأناضول): …"


# an agency dateline without a year, under a headline: "الدوحة في 03 أبريل /قنا/", "عمان 5 أيار (بترا)"
_AGENCY_DATELINE_RE = re.compile(
    r"(?:^|\n)[ \t]*[^\s\d,،.()\-–—/]{2,}(?:[ \t]+[^\s\d,،.()\-–—/]{2,})?[ \t]+(?:في[ \t]+)?"
    # (Reuters names both months: "دمشق 4 فبراير شباط (رويترز)")
    r"[0-9\u0660-\u0669]{1,2}[ \t]+[^\s\d/()]{3,}(?:(?:[ \t]*/[ \t]*|[ \t]+)[^\s\d/()]{3,})?(?:[ \t]+[0-9\u0660-\u0669]{4})?"
    r"[ \t]*(?:/[^/\n]{2,20}/|\([^)\n]{2,30}\))")
AGENCY_DATELINE_CHARS = 400


_DIARY_LINE_REST_RE = re.compile(r"[\s\-–—:،,.()/|*#•]*(?:يوم|تاريخ)?[\s\-–—:،,.()/|*#•]*")


def _diary_day(text: str, pub: dt.date) -> dt.date | None:
    """The day a text's first line names and nothing else ("الجمعة 7 أيلول", "يوم الجمعة 12 تموز
    2019:"), when it lies one to ``DIARY_DAYS`` days before ``pub``, or None."""
    from geo_tracker.dates import find_dates

    body = text.lstrip()
    first = body.split("\n", 1)[0]
    if len(first) > 60 or "\n" not in body:
        return None
    ds = [d for d in find_dates(first, pub) if d.precision == 1 and d.kind in ("day", "weekday")]
    if not ds:
        return None
    rest = first[:ds[0].span[0]] + " " + first[ds[-1].span[1]:]
    if not _DIARY_LINE_REST_RE.fullmatch(rest):
        return None
    day = ds[-1].end
    return day if 1 <= (pub - day).days <= DIARY_DAYS else None


_AGENCY_AFTER_RE = re.compile(r"[ \t]*\([^()\n\d]{2,30}\)")   # a wire's name in brackets after a dateline's city


def _datelines_blanked(nart, spans: list[tuple[int, int]]) -> str:
    """The normalized article with the letters of its datelines blanked (same length, punctuation
    kept): a city that says where a report was filed ("أنقرة (الأناضول):", "موسكو - ") names no actor."""
    if not spans:
        return nart.text
    chars = list(nart.text)
    for a, b in spans:
        for k in range(nart.normalized_index(a), nart.normalized_index(b)):
            if chars[k].isalpha():
                chars[k] = " "
    return "".join(chars)




# a wire or state agency after a byline's dash ("حمص-سانا:", "دمشق - التلفزيون السوري:")
_AGENCY_WORD_RE = re.compile(r"سانا|الوكاله|وكاله\s+\S+|التلفزيون\s+السوري|الاخباريه\s+السوريه|الوطن|تشرين|الثوره")


def _line_end(text: str, pos: int) -> int:
    i = text.find("\n", pos)
    return len(text) if i < 0 else i


def _place_heading(m: re.Match, mentions: Sequence[Mention]) -> bool:
    """Is the byline-shaped line start ``m`` ("حمص - بابا عمرو:", "إدلب – سراقب:") a city and a
    place in its province — the heading of the story's place, as the coordination committees'
    bulletins open each item — rather than a city and an outlet ("حماة - سانا:")?"""
    first = next((x for x in mentions if m.start(1) <= x.start < m.end(1) and x.place_id is not None), None)
    second = next((x for x in mentions if m.start("second") <= x.start < m.end("second")
                   and x.place_id is not None), None)
    return first is not None and second is not None and first.kind in ("city", "governorate") \
        and (second.place_id != first.place_id or second.kind != first.kind) and second.admin1 == first.admin1 \
        and second.kind not in ("city", "governorate")


def dateline_spans(text: str, mentions: Sequence[Mention] = ()) -> list[tuple[int, int]]:
    """Spans of datelines: the one at the top ("دمشق 20 ديسمبر 2025 (شينخوا)") and place
    bylines at a paragraph start ("محافظة إدلب – المرصد السوري:"). Places in them say where a
    report was filed, not where anything happened. With the article's ``mentions``, a city and a
    place of its province ("حمص - بابا عمرو:") are the story's heading, no byline."""
    spans = []
    end = dateline_end(text)
    if end:
        spans.append((0, end))
    # (a byline starts the text or a line and holds no line break: tried only there, the same
    # matches as finditer over every position)
    at = 0
    flags = load_lexicon().news_flags   # (events.yaml news_flags)
    while at >= 0:
        m = _PARA_DATELINE_RE.match(text, at)
        if m is not None and m.group("second") and mentions and _place_heading(m, mentions):
            pass   # "حمص - بابا عمرو: سقط ثلاثة شهداء جراء القصف": the story's place, no byline
        elif m is not None:
            # (the city after the outlet is the byline's too, unless the line strikes "the city" — the
            # story's — or the first word is a flag, no outlet: "عاجل - دوما: … على المدينة")
            struck = TOWN_STRUCK_RE.search(normalize_char_string(text[m.end():_line_end(text, m.end())]))
            second = m.group("second") and normalize_char_string(m.group(1)).strip() not in flags and not struck
            if not (m.group("second") and normalize_char_string(m.group("second")).strip() in flags) \
                    and not (struck and m.group("second") and _AGENCY_WORD_RE.fullmatch(normalize_char_string(m.group("second")).strip())):
                # (nor the city of a state agency's byline whose line strikes "the city": "حمص-سانا: استشهد
                # مواطنان جراء اعتداء إرهابي بقذائف الهاون على أحياء المدينة" — the agency files from where it was)
                # (a flag after the city is no byline: "خان شيخون - عاجل: غارات على المدينة")
                spans.append((m.start(1), m.end("second") if second else m.end(1)))
        at = text.find("\n", m.end() if m is not None else at + 1)
    g = _AGENCY_DATELINE_RE.search(text, 0, AGENCY_DATELINE_CHARS)
    if g is not None:
        spans.append((g.start() + (1 if text[g.start()] == "\n" else 0), g.end()))
    return spans


# what may follow a dateline on its line: the end of the line, a short tail ("العدد 12315"), or a
# dash, bracket or colon before the body ("(أ ف ب) - سيطر …"); not a sentence going on ("وفي يوم
# الجمعة 5 رمضان 1434 هـ الموافق 12 يوليو 2013، قصفت …")
_DATELINE_REST_RE = re.compile(r"[^\S\n]*(?:$|\n|[-–—(:/]|[^\n،,.]{0,30}(?:\n|$))")


DATELINE_LINES_CHARS = 320   # how far down the opening lines a date line may stand


def dateline_end(text: str) -> int:
    """End offset of a dateline at the top of the body ("دمشق 20 ديسمبر 2025 (شينخوا)"), or 0."""
    # (on the first lines: under a headline, and under a subtitle too — "موسكو تبدأ غاراتها …\n
    # واشنطن تتهمها …\n\nالخميس - 17 ذو الحجة 1436 هـ - 01 أكتوبر 2015 مـ رقم العدد [13456]")
    starts = [0] + [k + 1 for k, ch in enumerate(text[:DATELINE_LINES_CHARS]) if ch == "\n"]
    for line_start in starts:
        m = _DATELINE_RE.match(text, line_start)
        if m and m.end() - line_start < 90 and (_DATELINE_REST_RE.match(text, m.end()) or text[m.end() - 1] == ")"):
            return m.end()
    return 0


LEAD_SLACK_DAYS = 2
_OPENING_CHARS = 400   # the first lines, where a report says it is one
_TITLE_MAX_CHARS = 160  # a headline, where a report names the month it covers
_REPORT_RE = re.compile(r"تقرير|حصيل|توثيق|وثق|احصاي|الشهري|شهريه")


_REVIEW_RE = re.compile(r"حصاد|ابرز|اهم|حصيله|كشف\s+حساب|عام\s+من")
REVIEW_DAYS = 45   # a year's review comes out from mid-December to early February


def _review_year(text: str, pub: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The year a review covers ("أبرز الضربات الإسرائيلية على سوريا في 2022:", "حصاد 2015 في حمص:" in
    its headline, out within ``REVIEW_DAYS`` of the year's end), or None: the days it tells are its news."""
    if not text or pub is None:
        return None
    title = text.lstrip().split("\n", 1)[0]
    head = normalize_char_string(title[:_TITLE_MAX_CHARS])
    if not _REVIEW_RE.search(head):
        return None
    for y in _YEAR_IN_TITLE_RE.findall(head):
        start, end = dt.date(int(y), 1, 1), dt.date(int(y), 12, 31)
        if -REVIEW_DAYS <= (pub - end).days <= REVIEW_DAYS:
            return start, end
    return None


_YEAR_IN_TITLE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _report_month(text: str, pub: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The month a monthly report covers ("مقتل 68 مدنياً في سوريا في حزيران 2023" in its headline,
    a report's word in its first lines, published within ``BACKGROUND_DAYS`` of the month's end), or
    None: its acts are its news."""
    if not text or pub is None:
        return None
    title = text.lstrip().split("\n", 1)[0]
    if len(title) > _TITLE_MAX_CHARS or not _REPORT_RE.search(normalize_char_string(text[:_OPENING_CHARS])):
        return None   # (a month named in a daily report's first sentence is no report's month)
    from geo_tracker.dates import find_dates

    # (the month in the headline, or in the first lines under a headline that says it is a report:
    # "تصدر تقريرها الشهري عن حصيلة الضحايا" … "وثقت الشبكة … خلال حزيران 2023")
    where = text[:_OPENING_CHARS] if _REPORT_RE.search(normalize_char_string(title)) else title
    for d in find_dates(where, pub):
        if d.kind == "month" and d.start is not None and d.end is not None and 0 <= (pub - d.end).days <= BACKGROUND_DAYS:
            return d.start, d.end
    return None


def _unconfirmed(cnorm: str, tpos: int, norm: str, at: int) -> bool:
    """Is the act word at ``tpos`` talk of an act the outlet then says it could not confirm ("تحدثت
    مصادر عن غارة …، لم يتسن التأكد منها"; of a toll whose truth it doubts: "تحدثت صفحات موالية عن
    مقتل عدد من العناصر في غارة …، دون أن يتسنى التأكد من صحة هذه الأنباء" — not the usual "لم يتسن
    التأكد منه بشكل مستقل" of a killing told), or a claim it could not confirm ("زعم التنظيم … استهداف
    عنصر …، إلا أن مصادرنا لم تتمكن من تأكيد وقوع أي هجوم")? ``at``: the act word in ``norm``."""
    hs = _HEARSAY_RE.search(cnorm, max(0, tpos - 60), tpos)
    claimed = _CLAIMED_RE.search(cnorm, max(0, tpos - 60), tpos)
    if hs is None and claimed is None:
        return False
    doubt = _UNVERIFIED_RE.search(norm, at)
    if doubt is None:
        return False
    return claimed is not None or _ABOUT_RE.search(cnorm, max(0, tpos - 8), tpos) is not None \
        or bool(doubt.group("news") or doubt.group("news2")) and _NEWS_OF_RE.match(cnorm, hs.end(), tpos) is not None


# a battle's length told with the lead ("بعد معارك … استمرت أربعة أيام", "بعد أربعة أيام من المعارك")
_LASTED_RE = re.compile(r"(?:استمرت|دامت|تواصلت|امتدت)\s+(?:(?:نحو|قرابه|حوالي)\s+)?(?:(\S+)\s+(?:ايام|يوما)|(يومين))(?=[\s،,.]|$)"
                        r"|بعد\s+(\S+)\s+ايام\s+من\s+(?:ال)?(?:معارك|اشتباكات|القتال|المواجهات)")


def _context_is_background(events: list[Event], pub: dt.date | None = None, text: str = "",
                           month: tuple[dt.date, dt.date] | None = None) -> list[Event]:
    """Events dated clearly before the article's lead event are context, not its news.

    The lead is the first current event with a day- or week-precise date; an event that ended
    more than ``LEAD_SLACK_DAYS`` before the lead started is background ("a week earlier, the
    same cell had attacked …"). A lead that names the day its story began ("العملية التي أطلقتها
    الفصائل فجر الأربعاء الماضي … انتهت صباح اليوم بسيطرتها على حلب") starts on that day: the days
    it sums up are its news; so does its paragraph's opening before it, with no act of its own
    ("قبل أسبوع واحد فقط، كانت خطوط التماس تبدو مجمّدة. اليوم، تقف الفصائل على أطراف حماة"),
    and a monthly report's ``month`` (``_report_month``) up to the lead is its news.
    """
    lead = next((e for e in events if not e.background and e.date_start and e.time_precision <= 2), None)
    if lead is None:
        return events
    start = dt.date.fromisoformat(lead.date_start)
    if lead.quote:
        from geo_tracker.dates import find_dates, story_day

        ds = find_dates(lead.quote, pub)
        own = min((d.span[0] for d in ds if d.start is not None and d.start.isoformat() == lead.date_start), default=None)
        ds = [d for d in ds if own is None or d.span[0] < own]
        at = text.find(lead.quote.rstrip("…")) if text else -1
        opening = text[text.rfind("\n", 0, at) + 1:at] if at > 0 else ""
        if opening.strip() and not any(e.quote and e.quote.rstrip("…")[:40] in opening for e in events):
            # the paragraph's opening before the lead, with no act of its own: only the span the
            # story took ("قبل أسبوع واحد فقط"), not the day of something else it recalls
            ds += [d for d in find_dates(opening, pub) if d.kind in ("days_ago", "last_n", "since", "week")]
        for d in ds:
            if d.start is not None and d.end is not None and d.precision <= 2 and d.kind not in ("year", "part_of_year") \
                    and d.start < start and 0 <= ((pub or start) - d.end).days <= BACKGROUND_DAYS:
                start = d.start
        head = normalize_char_string(text.lstrip().split("\n", 1)[0])   # (the headline)
        if (nth := story_day(head) or story_day(normalize_char_string(lead.quote))) is not None and 1 < nth <= 14:
            # "القصف التركي يدخل يومه الرابع" in the headline or the lead: the story's days are its news
            start = min(start, dt.date.fromisoformat(lead.date_start) - dt.timedelta(days=nth - 1))
        if (lasted := _LASTED_RE.search(normalize_char_string(lead.quote))) is not None:
            # "سيطرت الفصائل اليوم على المدينة بعد معارك استمرت أربعة أيام": the lead sums up the days of
            # its battle, which are its news
            n = 2 if lasted.group(2) else parse_number_words(lasted.group(1) or lasted.group(3))
            if n is not None and 0 < n <= 14:
                start = min(start, dt.date.fromisoformat(lead.date_start) - dt.timedelta(days=n))
    if month is not None and month[0] <= start <= month[1]:
        start = month[0]   # a monthly report: the month it covers, up to the lead, is its news
    cutoff = start - dt.timedelta(days=LEAD_SLACK_DAYS)
    out = []
    for e in events:
        if not e.background and e.date_end and dt.date.fromisoformat(e.date_end) < cutoff \
                and not _entry_of_chronicle(e, pub, text):
            e = _replace(e, background=True)
        out.append(e)
    return out


def _entry_of_chronicle(e: Event, pub: dt.date | None, text: str = "") -> bool:
    """Is the event told in an entry of a chronicle (a paragraph that opens "الإثنين: شنّ طيران
    التحالف غارات …" in a week's chronicle)? Its day is the report's news, however far before the
    lead's."""
    from geo_tracker.dates import find_dates

    q = (e.quote or "").rstrip("…").strip()
    if not q:
        return False
    at = text.find(q[:60]) if text else -1
    head = text[text.rfind("\n", 0, at) + 1:][:40] if at >= 0 else q[:40]
    return _chronicle_entry(head, [d for d in find_dates(head, pub) if d.span[0] <= 12])


# the module's regexes searched over whole clauses that seldom match (measured): pre-tested
for _name in ("_INCIDENTS_RE", "_AGGREGATE_RE", "_PLUPERFECT_INNER_RE", "_WITHOUT_RE", "_SINCE_START_RE", "_SINCE_OFFENSIVE_RE",
              "_DENIAL_RE", "_UNTRUE_RE", "_DENIED_AFTER_RE", "_FIRE_OPENED_RE", "_MASSACRE_RE", "_ACTIVE_KILL_RE", "_FEAR_RE", "_DESTROYED_RE",
              "_MUNITION_COUNT_RE", "_YARDSTICK_RE"):
    if _name in globals():
        globals()[_name] = _pretested(globals()[_name])
