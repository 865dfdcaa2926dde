"""Places: which of a clause's toponyms are where the act happened, not qualifiers that locate
another place, asides, sources' bases, origins of fire, road ends or backdrops."""
from __future__ import annotations

import dataclasses
import math
import re
from typing import Sequence

from geo_tracker.dedup import AREA_SLACK, NATURAL_AREA_KINDS
from geo_tracker.geo import haversine_km
from geo_tracker.geoparse import ACCUSATIVE_RE, IN_QUARTER_RE, landmark_named, locates_abroad, names_government
from geo_tracker.models import Mention
from geo_tracker.text import line_start, normalize_char_string

from geo_tracker.events.words import _WORD, _next_comma, _strip_clitic, unquoted
from geo_tracker.events.lexicon import _Lex
from geo_tracker.events.clauses import (
    _ASIDE_OPEN_RE, _has_relative, _province_again, not_todays_act_start, answered_aside, answers_an_act, unreal_cue
)
from geo_tracker.events.actors import _QUOTES_RE
from geo_tracker.events.casualties import _casualties

MAX_EVENT_AREA_KM = 120       # a larger area (the whole Badia, a region) is backdrop, not a place
_HEADING_AFTER_RE = re.compile(r"[ \t]*[:：]")
_HEADING_DASH_RE = re.compile(r"[ \t]*[-–—][ \t]*")   # "حمص - بابا عمرو:": a city, then its place
_BULLETS = " \t-–—•*·▪●○◦>|"
_NEAR_WORD_GAP_RE = re.compile(r"[\s,،]*(?:قرب|بالقرب\s+من|قرب\s+من|بجوار|مقابل)\s+(?:(?:ال)?(?:حي|دوار|ساحه|شارع)\s+)?")
_BETWEEN_GAP_RE = re.compile(r"[\s,،]*(?:(?:ال)?(?:واقع|واقعه|ممتد|ممتده)\s+)?بين\s+(?:(?:مدينتي|محافظتي|بلدتي|قريتي)\s+)?")
_AND_GAP_RE = re.compile(r"\s*و\s*(?:(?:مدينه|محافظه|بلده|قريه)\s+)?")
AREA_OF_KM = 30.0              # "قرى راجو وبلبل بمنطقة عفرين": how far a town's area reaches past its radius
NEAR_NAMED_KM = 60.0          # "قرية X قرب مدينة Y": Y only locates X, even when X was resolved farther off

# "في الطرف الشرقي لمدينة", "في الجزء الجنوبي من", "عند المدخل الشمالي لـ": a part of the
# larger place named next
_PART_OF_GAP_RE = re.compile(r"(?:في|عند|علي)\s+(?:ال)?(?:طرف|اطراف|جزء|قسم|جهه|ناحيه|مدخل|منطقه|ضواحي|محيط)"
                             r"(?:\s+(?:ال)?(?:شمالي|جنوبي|شرقي|غربي)ه?(?:\s+(?:ال)?(?:شرقي|غربي)ه?)?)?"
                             r"(?:\s+من)?(?:\s+(?:ل|لل)?(?:مدينه|بلده|قريه|حي)|\s+(?:ل|لل))?")

# "وفي إدلب، قتل 3 مدنيين بغارات على المدينة": an act told of the opener itself
_OPENER_ANAPHOR_RE = re.compile(r"(?:^|\s)[وبلف]?ال(?:مدينه|بلده|محافظه)(?![^\s.,،؛])")


def _km(a: Mention, b: Mention) -> float:
    """Distance between two mentions; infinite when either has no point (a place not placed)."""
    if a.lat is None or b.lat is None:
        return math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _is_qualifier(prev: Mention, m: Mention, text: str) -> bool:
    """"X بريف حمص", "X في محافظة دير الزور": m only locates prev."""
    gap = text[prev.end:m.start]
    if m.relation == "direction_of" and prev.uncertainty_km > MAX_EVENT_AREA_KM:
        return False   # "في البادية جنوب غرب مدينة دير الزور": a region too wide to be a place, placed by the direction
    if m.relation == "direction_of" and m.qualifier and len(gap) <= 40:
        g = normalize_char_string(gap).strip(" ,،\"'«»“”")
        q = normalize_char_string(m.qualifier)
        rest = g[: len(g) - len(q)].strip() if g.endswith(q) else g
        # "بلدة كفرنبل جنوبي إدلب", "قاعدة الشعيرات الجوية جنوب شرقي حمص": the direction only
        # locates the place before it (at most one word, such as an adjective, between)
        if len(rest.split()) <= 1 and not rest.startswith("و") and not any(ch in gap for ch in ".;:"):
            return True
    subdistrict = normalize_char_string((m.qualifier or "").split(" ")[-1]).lstrip("وب") == "ناحيه" \
        and re.search(r"(?:^|\s)(?:في|ب|ضمن)\s*ناحيه\s*$", normalize_char_string(gap)) is not None
    if m.kind not in ("governorate", "district") and m.relation != "countryside_of" and not subdistrict:
        return False   # (but "قرى قطمة وشوارغة في ناحية شران": the subdistrict only locates them)
    g = normalize_char_string(gap)
    if len(gap) > 25 or g.strip(" ,،").startswith("و") and not _may_hold(m, prev):
        return False   # ("على مدينة كوباني وعلى ريف ديرك": a region far away, joined by "و", is another target)
    return any(w in g for w in ("ريف", "محافظه", "في", "ب", "ضمن", "منطقه")) or g.strip(" ,،") == ""


_ACTOR_IN_RE = re.compile(r"\s+في\s*$")
_TIME_SPAN_BEFORE_RE = re.compile(r"(?:الفتره|المده|الايام|الاسابيع|الاشهر)\s*$")
# a claim and the claimant's name (up to four words) before "في": "تبنّت المقاومة الشعبية في"
_CLAIMANT_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:تبني|تبنت|تتبني|يتبني|اعلنت|اعلن)\s+(?:\S+\s+){0,3}\S+$")
# "X، البلدة التي …", "X التي …", "X الذي …": a relative clause on the place before
_RELATIVE_ON_PLACE_RE = re.compile(r"^[\s\"'«»“”]*[،,]?\s*(?:(?:(?:ال)?(?:بلده|قريه|مدينه|منطقه|ناحيه|حي|البلده|القريه|المدينه)\s+)?"
                                   r"(?:التي|الذي)\s"
                                   # ("بلدة تلدو، كبرى بلدات الحولة": which of the area's towns it is)
                                   r"|(?:وهي\s+|وهو\s+|من\s+|احدي\s+|احد\s+)?(?:كبري|اكبر|احدي|احد|ثاني|ثالث|اهم|ابرز)\s+"
                                   r"(?:بلدات|مدن|قري|احياء|مناطق|ضواحي)\s+(?:منطقه\s+)?)")


# a place's city named after it: "بمدينة", "في مدينة", "وسط العاصمة", "في العاصمة"
_IN_CITY_GAP_RE = re.compile(r"\s*[،,]?\s*(?:(?:في|ب)\s*مدينه|(?:وسط|في|ب)\s*(?:ال)?عاصمه(?:\s+السوريه)?)\s*")
# the clause closed by a comma and the list resumed: "بلدة حاس التي نزح معظم أهلها، وبلدة كفرنبل"
_NEXT_CONJUNCT_RE = re.compile(r"[،,]\s*و\s*(?:(?:ال)?(?:بلده|قريه|مدينه|حي|منطقه|بلدات|قري|مدن|احياء|مناطق)\s*)?$")


# the act answered told by its toll or by the firing ("ردا على إطلاق أربعة صواريخ … باتجاه الجولان")
_TOLL_OF_ACT_RE = re.compile(r"\s*(?:مقتل|استشهاد|اغتيال|سقوط|اصابه|قتل|اطلاق|اسقاط)\s")


def _comma_or(s: str, start: int, end: int) -> int:
    """The first comma in ``s[start:end]``, else ``end`` (a clause holds no stop before its end)."""
    i = _next_comma(s, start, end)
    return end if i < 0 else i


def _in_aside(m: Mention, text: str, lex: _Lex) -> bool:
    """Is m inside a relative clause set off by commas, with no act of its own ("الطائرات الروسية،
    التي وصلت خلال الأسابيع الماضية إلى قاعدة حميميم الجوية قرب مدينة اللاذقية، استهدفت …")?"""
    c = max(text.rfind("،", max(0, m.start - 120), m.start), text.rfind(",", max(0, m.start - 120), m.start))
    if c < 0 or any(ch in text[c:m.start] for ch in ".؛;:\n"):
        return False
    e = min([i for i in (text.find("،", m.end), text.find(",", m.end), text.find(".", m.end)) if i >= 0] or [len(text)])
    if e - m.end > 120 or text[e:e + 1] == ".":
        return False   # (an aside closes with a comma before the main verb)
    seg = normalize_char_string(text[c:e])
    return _ASIDE_OPEN_RE.match(seg) is not None and lex.trigger_re.search(seg) is None


def _describes(prev: Mention, m: Mention, text: str, lex: _Lex) -> bool:
    """Is m named in a relative clause on the place before it, with no act of its own ("بصر
    الحرير، البلدة التي تعد بوابة اللجاة وخرجت عن سيطرة النظام")?"""
    gap = text[prev.end:m.start]
    if len(gap) > 80 or any(c in gap for c in ".؛;:\n"):
        return False
    g = normalize_char_string(gap)
    return _RELATIVE_ON_PLACE_RE.match(g) is not None and lex.trigger_re.search(g) is None \
        and not _NEXT_CONJUNCT_RE.search(g)


def _actor_in_before(m: Mention, text: str, lex: _Lex, chars: int) -> tuple[str, re.Match, re.Match | None] | None:
    """The normalized text before ``m`` (``chars`` long) when it ends in "في", that "في", and the
    last actor phrase before it (or None); None when no "في" is right before ``m``."""
    before = _QUOTES_RE.sub("", normalize_char_string(text[max(0, m.start - chars):m.start]))
    g = _ACTOR_IN_RE.search(before)
    if g is None:
        return None
    hit = None
    for a in lex.actor_re.finditer(before, 0, g.start()):
        hit = a
    return before, g, hit


def _actor_base(m: Mention, text: str, lex: _Lex) -> bool:
    """Is ``m`` the place an actor named right before it is based in ("فصائل جيش الفتح في
    إدلب"), with the act's verb still to come ("… في إدلب بقصف …", "… في إدلب أمس بقصف")?"""
    found = _actor_in_before(m, text, lex, 50)
    if found is None:
        return False
    before, g, hit = found
    named = hit is not None and hit.end() == g.start()
    if not named and not _CLAIMANT_BEFORE_RE.search(before, 0, g.start()):
        return False   # (but "تبنّت المقاومة الشعبية في درعا هجوماً على حاجز … في بلدة الصورة": a group the
        # lexicon does not know, named right after its claim, based in the place before its act)
    if named and lex.actor_of.get(hit.group(1)) in (None, "@label"):
        return False
    if named and _WORD.findall(before[:hit.start()])[-1:] == ["من"]:
        return False   # "قتل عنصر من قسد في مدينة الطبقة برصاص مجهولين": the side a victim is of, no subject
    if named and any(w in lex.nisba_hosts or _strip_clitic(w) in lex.nisba_hosts or _strip_clitic(w) in lex.position_words
                     for w in _WORD.findall(before[:hit.start()])[-2:]):
        return False   # "قاعدة الاحتلال الأمريكي في الشدادي بطائرة", "مواقع النظام في تادف بالمدفعية": the
        # base or the positions struck are there (and
        # "تعرضت نقطة المراقبة التركية في مورك لقصف": the post with its genitive)
    after = _WORD.findall(normalize_char_string(text[m.end:m.end + 30]))[:2]
    return any(lex.type_of.get(w) or lex.type_of.get(_strip_clitic(w)) for w in after)


def _subject_base(m: Mention, text: str, lex: _Lex) -> bool:
    """Is ``m`` where the verb's subject is based: an act verb, a named actor right after it, then
    "في" and ``m`` ("اعتقلت قوى الأمن الداخلي في إدلب …")?"""
    found = _actor_in_before(m, text, lex, 60)
    if found is None:
        return False
    before, g, hit = found
    if hit is None or hit.end() != g.start() or lex.actor_of.get(hit.group(1)) in (None, "@label"):
        return False
    words = _WORD.findall(before[:hit.start()])
    return bool(words) and (lex.trigger_re.fullmatch(" " + words[-1]) is not None or words[-1].startswith(_SUBJECT_VERBS))


# a group named by its place, right before it ("فصائل السويداء", "عشائر دير الزور", "ثوار حوران")
_GROUP_OF_PLACE_RE = re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:فصايل|عشاير|ثوار|مقاتلي|مسلحي)\s+$")
_SUBJECT_VERBS = ("اعتقل", "داهم", "اقتحم", "قصف", "استهدف", "هاجم", "شن", "نفذ", "اشتبك", "قتل")


# "المدينة الواقعة على بعد نحو خمسة كيلومترات من معبر باب السلامة": the crossing locates the town
_DISTANCE_LOCATOR_RE = re.compile(r"(?:الواقعه|الواقع|تقع|يقع)\s+(?:علي\s+)?بعد\s+.{0,45}?\s+(?:من|عن)\s*$"
                                  r"|(?:^|\s)علي\s+بعد\s+(?:نحو\s+|حوالي\s+|قرابه\s+)?$"
                                  r"|(?:^|\s)علي\s+بعد\s+.{0,40}?(?:كم|كلم|كيلومتر\S*)\s+(?:\S+\s+)?"
                                  r"(?:من|عن|شرق\S*|غرب\S*|شمال\S*|جنوب\S*)\s+(?:\S+\s+)?(?:مدينه|بلده|قريه)?\s*$")


# what the fire was aimed at, after where it came from ("من اتجاه الجولان المحتل يستهدف مطار دمشق الدولي")
_TOWARDS_RE = re.compile(r"(?:^|\s)(?:[وف]?(?:علي|باتجاه|نحو|ضد|طال|طالت|يطال|تطال|استهدف|استهدفت|يستهدف|تستهدف|"
                         r"مستهدفه|مستهدفا))(?:\s|$)")


_LAUNCHED_FROM_RE = re.compile(r"^[^.;:]{0,40}?(?:التي|الذي)\s+(?:انطلقت|انطلق|تنطلق|ينطلق|اقلعت|اقلع|تقلع|اطلقت|اطلق|تطلق)\s+منه")


# ("أفاد مصدر محلي في دير الزور، يوم الأربعاء، بمقتل 18 شخصاً": what was reported, after ب)
# (not when another speaker is in between: "استهدفت غارة المركز الطبي في بلدة كفرنبل، وقال مصدر طبي إن")
_SAYS_THAT_RE = re.compile(r"^\s*(?:\([^)]{0,30}\)\s*)?[,،]?\s*(?:(?!(?:و|ف)(?:قال|قالت|اكد|اكدت|اضاف|اضافت|افاد|افادت|ذكر|"
                           r"ذكرت|اوضح|اوضحت|اشار|اشارت|اعلن|اعلنت|بين|بينت)\s)\S+\s+){0,3}(?:بان|ان|إن|أن|بأن|:)(?=\s)"
                           # (an aside between: "قائد الأمن الداخلي في محافظة اللاذقية، في تصريح لسانا، أن")
                           r"|^\s*[,،]\s*[^,،.]{1,40}[,،]\s*(?:بان|ان|إن|أن|بأن)(?=\s)"
                           # (who then speaks: "وفق ما أعلن مركز المصالحة الروسي في حميميم، الذي تحدث عن")
                           r"|^\s*[,،]\s*(?:الذي|التي)\s+(?:تحدث|تحدثت|قال|قالت|اكد|اكدت|اشار|اشارت|ذكر|ذكرت|اوضح|"
                           r"اوضحت|زعم|زعمت|ادعي|ادعت)\s")


_END_OF_SENTENCE_RE = re.compile(r"\s*(?:\S+\s*)?(?:\([^)]{0,30}\)\s*)?(?:[.!؟?\n]|$)")


def _source_tail(m: Mention, text: str, lex: _Lex) -> bool:
    """Is m the seat of a source the sentence ends on ("…، وفق مصادر طبية في المشفى الوطني
    بالسويداء.", "بحسب ما أفاد مدير مستشفى إدلب المركزي")?"""
    if not _END_OF_SENTENCE_RE.match(text, m.end):
        return False
    return bool(lex.source_tail_re.search(normalize_char_string(text[max(0, m.start - 70):m.start])))


def _not_reporting(ms: Sequence[Mention], text: str, lex: _Lex) -> list[Mention]:
    """``ms`` without the places a reporter or source speaks from."""
    return [m for m in ms if not _speaks_from(m, text, lex)]


def _speaks_from(m: Mention, text: str, lex: _Lex) -> bool:
    """Is m the place a reporter or source speaks from ("وقال مراسل الشبكة في الميادين إن")?"""
    before = normalize_char_string(text[max(0, m.start - 50):m.start])
    if "موتمر" in before and _PRESS_VENUE_RE.search(normalize_char_string(text[max(0, m.start - 110):m.start])):
        return True   # "وقال مود في مؤتمر صحفي عقده بدمشق إن …": where the news was told, not made
    if _seat_speaks(before, lex) and (_SAYS_THAT_RE.match(normalize_char_string(text[m.end:m.end + 40]))
                                      or before.rstrip().endswith(_ISSUED_BY)) \
            and not _SEAT_STRUCK_AFTER_RE.search(normalize_char_string(text[m.end:m.end + 300]).split(".")[0]):
        # "أكدت قاعدة حميميم أن …", "بيان صادر عن قاعدة حميميم: …": the seat that speaks
        return True
    if _CENTRE_OF_RE.search(before) and _CENTRE_NAME_AFTER_RE.match(normalize_char_string(text[m.end:m.end + 20])):
        return True   # "نائب رئيس مركز حميميم للمصالحة": a centre's name
    if not lex.reporter_re.search(before):
        if _AGENCY_IN_RE.search(before):
            # "أعلنت إدارة الأمن العام في دير الزور، أمس، إلقاء القبض على خلية في مدينة الميادين":
            # the body's seat, when the arrest is placed elsewhere ("في/ب" a place after it)
            after = normalize_char_string(text[m.end:m.end + 90])
            a4 = _WORD.findall(after)[:4]
            return any(w in _ARREST_NOUNS or _strip_clitic(w) in _ARREST_NOUNS for w in a4) \
                and _PLACED_AFTER_RE.search(after) is not None
        return False
    after = normalize_char_string(text[m.end:m.end + 40])
    if _SAYS_THAT_RE.match(after) or lex.reported_re.match(after):
        return True
    # "وثّق مكتب توثيق الشهداء في حلب مقتل تسعة …": a documenting office's seat, with a direct object
    # (not when the act then struck that seat: "وثّق المكتب الإعلامي في دوما مقتل 5 في قصف استهدف المدينة")
    return bool(lex.reported_bare_re.match(after)) and not _SEAT_STRUCK_RE.search(normalize_char_string(text[m.end:m.end + 240]))


# a seat as the speaker: right after a speech verb ("أكدت قاعدة حميميم أن") or a statement's issuer
# ("بيان صادر عن قاعدة حميميم:"), its kind word between
def _seat_speaks(before: str, lex: _Lex) -> bool:
    """Does ``before`` end on a reporting verb (actors.yaml reporter_verbs) or "صادر عن", its seat's
    kind word between ("أكدت قاعدة", "بيان صادر عن")?"""
    b = before.rstrip()
    if b.endswith(_ISSUED_BY):
        return True
    ws = _WORD.findall(b)[-2:]
    if ws and _strip_clitic(ws[-1]) in _SEAT_KINDS:
        ws = ws[:-1]
    return bool(ws) and (ws[-1] in lex.reporters or ws[-1][1:] in lex.reporters and ws[-1][:1] in "وف")


_ISSUED_BY = ("صادر عن", "صادر من")
_SEAT_KINDS = frozenset({"قاعده", "مطار", "مركز", "قياده"})
# ... unless the seat is struck, told again by its kind ("… أسقطت طائرات مسيرة أطلقها المسلحون باتجاه القاعدة")
_SEAT_STRUCK_AFTER_RE = re.compile(r"(?:^|\s)[وبلف]?ال(?:قاعده|مطار)(?=\s|$|[،,])")
# a centre named by its place ("مركز حميميم للمصالحة")
_CENTRE_OF_RE = re.compile(r"(?:^|\s)(?:ال)?مركز\s+$")
_CENTRE_NAME_AFTER_RE = re.compile(r"\s+(?:لل|ل)(?:مصالحه|تنسيق|مصالحات)")
# the town, named by its kind ("المدينة", "أحياء البلدة"): struck after an act's verb or "على" (a seat
# that is no reporter's then), or told as where it was ("وسط المدينة", "في البلدة": a byline's city, see
# extract.dateline_spans)
_THE_TOWN = r"\s+(?:احياء\s+)?(?:المدينه|البلده|القريه)(?=\s|$|[،,.])"
_SEAT_STRUCK_RE = re.compile(r"(?:^|\s)(?:استهدف\S*|طال\S*|قصف\S*|علي|على)" + _THE_TOWN)
TOWN_STRUCK_RE = re.compile(r"(?:^|\s)(?:علي|وسط|في|احياء|اطراف|سوق|شوارع)" + _THE_TOWN)


_STRUCK_THERE_RE = re.compile(r"(?:التي|الذي)\s+(?:\S+\s+){0,2}?(?:تعرضت|تعرض|شهدت|شهد|طالتها|طالته|استهدفت|استهدف)\s"
                              r"|(?:^|\s)(?:بعد|اثر|وسط|تحت)\s+(?:غارات|غاره|قصف|ضربات|قذائف)")
# (a speaker's verb before it: not "استهدفت قذيفة مؤتمراً صحفياً في مدينة درعا", the act's place)
_PRESS_VENUE_RE = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|ذكر|ذكرت|صرح|صرحت|اضاف|اضافت|افاد|افادت|"
                             r"تحدث|تحدثت|كشف|كشفت)\s+(?:[^\s.]+\s+){0,6}?(?:في|خلال)\s+"
                             r"(?:ال)?موتمر(?:ا)?\s+(?:ال)?(?:صحفي|صحافي)(?:ا)?\s+(?:[^\s،,.]+\s+){0,5}?(?:في\s+|ب)"
                             r"(?:العاصمه\s+|مدينه\s+)?$")
_ARREST_NOUNS = frozenset({"القاء", "القبض", "اعتقال", "مداهمه", "ضبط", "توقيف"})
_PLACED_AFTER_RE = re.compile(r"\s(?:في|ب)\s*(?:مدينه|بلده|قريه|حي|منطقه|ريف)\s")
_AGENCY_IN_RE = re.compile(r"(?:^|\s)[وف]?(?:اعلنت|اعلن|ذكرت|افادت|اكدت)\s+(?:ال)?(?:اداره|مديريه|قياده|وزاره|هييه)"
                           r"\s+(?:\S+\s+){0,3}في\s*(?:محافظه\s+|مدينه\s+)?$")


_LAUNCHED_RE = re.compile(r"(?:اطلق|انطلق|نفذه|نفذته|نفذها|شنه|شنته|شنها|اقلعت|اقلع|(?:^|\s)[وب]?(?:ال)?(?:قصف|قذائف|رمايات|رشقات))\S*\s+(?:\S+\s+){0,8}من\s+(?:منطقه\s+|مدينه\s+|بلده\s+|قريه\s+|حي\s+|مطار\s+|حاجز\s+"
                          # ("أطلقته قوات النظام من مقر اللواء 12 في مدينة إزرع": a base fired from)
                          r"|(?:مقر|قاعده|معسكر|ثكنه)\s+(?:[^\s،,.]+\s+){0,3}?(?:(?:في|قرب)\s+(?:مدينه\s+|بلده\s+|قريه\s+)?)?"
                          # ("أطلقهما الإرهابيون من منطقة خفض التصعيد بإدلب": a named area in the place)
                          r"|منطقه\s+(?:[^\s،,.]+\s+){1,3}?(?:في\s+|ب)"
                          # ("أُطلقت من مواقع انتشار المجموعات الإرهابية في بلدة عين ترما وحي جوبر")
                          r"|مواقع\S*\s+(?:(?!(?:(?:علي|على)\s+(?!اطراف|مشارف|تخوم|محيط|طرف)|نحو\s|باتجاه\s|تجاه\s|صوب\s|الي\s|ضد\s))\S+\s+){0,4}(?:في\s+)?(?:(?:منطقه|مدينه|بلده|قريه|حي)\s+(?:\S+\s+){0,2}?(?:و(?:حي|بلده|قريه)?\s*)?)?)?$")

_PARTITIVE_BEFORE_RE = re.compile(r"(?:^|\s)(?:عدد|عددا|العديد|بعض|عشرات|مئات|احد|احدي|كل|جميع|اغلب|معظم|اثنين|اثنان)\s$")
# a part of the place ("قصفت قوات النظام الحي الشمالي من مدينة كفرنبل"): what was struck, no origin
_PART_BEFORE_RE = re.compile(r"(?:^|\s)(?:ال)?(?:حي|احياء|جزء|اجزاء|طرف|قسم|جهه|ناحيه)(?:\s+ال\S+)?\s$")
# ... unless the part itself is where the fire came from ("قصفت الفصائل من الحي الشمالي من مدينة
# اللطامنة", "من مواقعها في الحي الشرقي من مدينة مورك")
# (not "أطلقوا قذائف على حي الميدان في الجزء الغربي من حلب": where the place struck lies)
_FROM_PART_RE = re.compile(r"(?:^|\s)(?:من|من\s+مواقع\S*\s+(?:\S+\s+)?في)\s+$")


def _struck_part(launched: str) -> bool:
    """Is the place after the last "من" of ``launched`` the town a part struck belongs to?"""
    cut = launched.rfind(" من ") + 1
    part = _PART_BEFORE_RE.search(launched, 0, cut)
    return part is not None and _FROM_PART_RE.search(launched, 0, part.start() + 1) is None
# an indefinite accusative object and its place ("منزلاً في قرية …")
_ACC_OBJECT_RE = re.compile(r"\s([^\s،,.]+)(?=\s+(?:في|ب|قرب|داخل)\s)")   # (accusative: geoparse.ACCUSATIVE_RE)
_POSITIONS_AT_RE = re.compile(r"^.*\s(?:في|ب|قرب|محيط|علي\s+(?:اطراف|مشارف|تخوم|محيط|طرف))\s")
_FIRE_FROM_HINT_RE = re.compile(r"(?:قصف|قذائف|رمايات|رشقات)\S*\s+(?:\S+\s+){0,8}?من\s")


_AERIAL_CUE_RE = re.compile(r"[وف]?من\s+(?:فوق|اجواء|الاجواء)")
# a foreign sky or the sea fired from ("من الأجواء اللبنانية", "من فوق البحر", "من فوق الأراضي اللبنانية")
_FOREIGN_SKY_RE = re.compile(r"(?:(?:ال)?(?:اراضي|اجواء)\s+)?(?:(?:ال)?(?:لبنانيه|عراقيه|اردنيه|تركيه|لبنان|العراق|الاردن)"
                             r"|(?:ال)?بحر(?:\s+(?:ال)?متوسط)?)\s+$")


_OTHER_SIDE_RE = re.compile(r"\s*(?:اخري|ثانيه|الاخري|الثانيه)(?=\s|$)")


def _origin(m: Mention, text: str, clause_start: int, lex: _Lex) -> str | None:
    """Is m where the fire came from ("مصدرها مواقع قوات النظام في محيط X", "انطلاقاً من X"):
    "fire"; where the people named come from ("من أبناء بلدة X", "من أهالي X"): "people"; else None."""
    if _LAUNCHED_FROM_RE.match(normalize_char_string(text[m.end:m.end + 60])):
        return "fire"   # "قاعدة حميميم، وهي القاعدة التي انطلقت منها الغارات"
    window = normalize_char_string(text[max(clause_start, m.start - 60):m.start])
    launched = _LAUNCHED_RE.search(normalize_char_string(text[max(clause_start, m.start - 100):m.start]))
    if launched is not None and not _PARTITIVE_BEFORE_RE.search(launched.group(), 0, launched.group().rfind(" من ") + 1) \
            and not _struck_part(launched.group()):
        # (not "قصفت الفصائل بقذائف الهاون عدداً من مواقع قوات النظام في بلدة خربة غزالة": some of them, struck)
        between = launched.group()[launched.group().rfind(" من ") + 4:]
        between = _POSITIONS_AT_RE.sub("", between)   # (the place of the positions, then what was struck)
        if not _NEW_OBJECT_RE.search(_LOCATING_TAIL_RE.sub(" ", _NEAR_HEAD_RE.sub(" ", between, count=1))) \
                and not any(ACCUSATIVE_RE.fullmatch(o.group(1)) and o.group(1) not in lex.adverbs
                            for o in _ACC_OBJECT_RE.finditer(launched.group(), launched.group().rfind(" من "))):
            return "fire"   # "قذيفة أطلقها إرهابيو بي كا كا من منطقة تل رفعت" (not "… أطلقتها قوات النظام من
            # مواقعها في كفرحلب منزلاً في قرية كفرعمة": the thing struck, an accusative, then its place)
        # (not "قصفت بالمدفعية من مواقعها في قلعة المضيق قرى الحويز": the villages shelled)
    if lex.force_from_re.search(window):
        return "people"   # "اشتبكت فصائل من السويداء مع قوات العشائر في بلدة عريقة": where the fighters are from
    came = _CIVILIANS_CAME_FROM_RE.search(window)
    if came is not None and not any(ch in window[came.end():] for ch in ",،.;:"):
        # "قافلة الأهالي القادمين من مدن وبلدات إقليم الفرات والرقة والطبقة": where the people came
        # from (not "الإرهابيين القادمين من ريف درعا": the attackers' way in)
        return "people"
    cue = None
    for cue in lex.origin_re.finditer(window):
        pass
    if cue is None:
        return None
    between = window[cue.end():]
    if cue.group().strip() == "عبر" and (len(between.split()) > 1 or not (
            between.strip() in ("معبر", "منفذ") or normalize_char_string(m.surface).startswith(("معبر", "منفذ")))):
        return None   # only a crossing passed through ("سلّمت السلطات التركية عبر معبر باب الهوى جثة"); a
        # village or an area is where it happened ("برصاص الجندرما أثناء محاولته دخول تركيا عبر قرية
        # عزمارين", "حاولوا التسلل عبر قرية أم حرملة"); nor the place beyond ("عبر نهر الفرات قرب حي هشام")
    if "جه" in cue.group() and _OTHER_SIDE_RE.match(between):
        return None   # "اشتباكات بين قوات النظام من جهة، وخلايا التنظيم من جهة أخرى في بادية السخنة": the
        # second side of two, then where they fought (not a direction fire came from)
    if _DIRECTION_CUE_RE.fullmatch(cue.group().strip()) and _APPROACH_RE.search(window, 0, cue.start()) \
            and not _TOWARDS_RE.match(normalize_char_string(text[m.end:m.end + 20]).lstrip()):
        # (but "من جهة اللجاة باتجاه قرية الدور": the place it was heading for is told)
        return "approach" if not any(ch in between for ch in ",،.;:") else None
    if _AERIAL_CUE_RE.fullmatch(cue.group().strip()) and _FOREIGN_SKY_RE.match(between.lstrip()):
        return None   # "قصفت طائرتان إسرائيليتان من الأجواء اللبنانية مطار التيفور": the airspace fired from,
        # then what was struck (not "من فوق الجولان", "من فوق هضبة الجولان": the place it fired from)
    if _DISPLACED_CUE_RE.search(cue.group()) and _LOCATIVE_IN_RE.search(between):
        return "displaced_in"   # "حافلات المهجّرين من الفوعة وكفريا في منطقة الراشدين": where they
        # were, after the towns they came from
    if _WORKS_IN_CUE_RE.search(cue.group()):
        # "ممرضاً يعمل في مشفى بصرى الشام": where the victim worked — the place of the act only when
        # the text tells no other (the hometowns' fallback)
        # (not the place told after the workplace: "… على الطريق بين بلدتي المزيريب واليادودة")
        return "people" if not any(ch in between for ch in ",،.;:") and not _AFTER_WORKPLACE_RE.search(between) else None
    if "ابناء" in cue.group() or "اهالي" in cue.group() or _ONE_OF_RE.search(cue.group()):
        # "ستة من أبناء محافظة السويداء": where people come from, only the name right after
        # (and the names listed with it: "أغلبهم من أهالي الفوعة وكفريا")
        words = between.split()
        if words and words[-1] == "و":
            words = words[:-1]
        return "people" if (len(words) <= 1 or all(w.startswith("و") for w in words[1:])) \
            and not any(ch in between for ch in ",،.;:") else None
    # ("مصدره معامل الدفاع قرب مدينة السفيرة": the town locates the origin, it is no new object)
    if _NEW_OBJECT_RE.search(_LOCATING_TAIL_RE.sub(" ", _NEAR_HEAD_RE.sub(" ", _POSITIONS_IN_RE.sub(" ", between, count=1), count=1))):
        return None   # "المدفعية المتمركزة في اللواء 12 قرب إزرع قريتي جدل وعاسم": the villages shelled
        # (but "انطلاقاً من مواقعها في قرية الشيخ عيسى": its positions there)
    return "fire" if not any(ch in between for ch in ",،.;:") and not _TOWARDS_RE.search(between) else None


# (or the dead by kin: "وشيّعت عائلات في القرداحة وجبلة وبانياس أبناءها")
_FUNERAL_VERBS = r"شيع|شيعت|يشيع|تشيع|شيعوا|يشيعون"
_FUNERAL_RE = re.compile(r"(?:^|\s)[وف]?(?:" + _FUNERAL_VERBS + r"|تشييع|بتشييع)\s+[^.]*?"
                         r"(?:جثمان|جثامين|جثماني|جثث|جنازه|ابناء|ابنها|ابنهم|ابنه|قتلاها|قتلاهم|شهداءها|شهداءهم|ضحاياها|ضحاياهم)\S*")
# ... or the dead named or counted, the act told after them ("شيّعت مدينة دوما اليوم الشاب محمد الذي
# قتل بقصف على بلدة حرستا")
_FUNERAL_VERB_RE = re.compile(r"(?:^|\s)[وف]?(?:" + _FUNERAL_VERBS + r")\s")
_FUNERAL_END_RE = re.compile(r"\s(?:الذي|التي|اللذين|اللذان|الذين|اللتين|اللواتي|قتل|قتلوا|قتلا|استشهد|استشهدا|استشهدوا|قضي|سقطا|ارتقي|ارتقوا|ارتقيا|"
                             r"قضوا|سقط|سقطوا|لقي|لقوا|جراء|خلال|اثر|بعد|عقب|برصاص|بانفجار|بقصف|بغاره)\s")


# people (a count of them, or gunmen) and where they are from ("شابان من مدينة السويداء", "مسلحين
# محليين من السويداء", "ثلاثة مدنيين من أهالي بلدة …")
# "من جهة X" after an advance or an infiltration: the way the attackers came, near the fighting
_DIRECTION_CUE_RE = re.compile(r"[و]?من\s+(?:جهه|جهتي|ناحيه|محور|محوري|محاور|اتجاه)")
_APPROACH_RE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:تسلل|تقدم|هجوم|اقتحام|توغل)\S*\s+(?:\S+\s+){0,3}$")
_POSITIONS_IN_RE = re.compile(r"^\s*(?:مواقع|نقاط|قواعد|مقرات|تمركزات)\S*\s+(?:[^\s،,.]+\s+){0,3}?(?:في|ب)\s+")
# a settlement word after other words: a new object, not the origin's place ("… قرب إزرع قريتي جدل")
# ("من قاعدته في محيط قرية كلجبرين": still where its base is)
_NEAR_HEAD_RE = re.compile(r"^\s*(?:محيط|قرب|اطراف|مشارف)\s+")
# (and the names listed after it: "… بسهل الغاب قرى فليفل وسفوهن وكنصفرة")
_SEAT_OF_GOVERNMENT_RE = re.compile(r"(?:^|\s)(?:ال)?(?:حكومه|السلطات|سلطات)(?:\s+السوريه)?\s+(?:في\s+)?$")
# an outlet or a group of activists named by its place ("شبكة أخبار طرطوس:", "أفادت تنسيقية مدينة داريا",
# "تجمع أحرار حوران", "حملة دير الزور تذبح بصمت"): who reports, not a place of the act
_OUTLET_OF_PLACE_RE = re.compile(r"(?:^|\s)[وبلف]?(?:ال)?(?:شبكه|شبكات|تنسيقيه|تنسيقيات|صفحه|صفحات|اذاعه|راديو|تجمع|رابطه)\s+"
                                 r"(?:(?:اخبار|احرار|ثوار|نشطاء|ناشطي|اعلاميي|شباب|اعلام|انباء)\s+){0,2}"
                                 r"(?:مدينه\s+|بلده\s+|محافظه\s+|ريف\s+)?$")
_OUTLET_NOUNS = ("شبك", "تنسيقي", "صفح", "اذاع", "راديو", "تجمع", "رابط")
SILENTLY_RE = re.compile(r"\s+تذبح\s+بصمت")   # "الرقة تذبح بصمت", "دير الزور تذبح بصمت": an outlet
# an office named by its place ("مصدر في مديرية أمن طرطوس", "أعلنت مديرية صحة إدلب", "قال محافظ درعا",
# "قيادة شرطة حماة"): the office, not a place of the act; the place only when no other is told
_OFFICE_BEFORE_RE = re.compile(r"(?:^|\s)[وبلف]?(?:ال)?(?:مديريه|مديريات)\s+(?:[^\s،,.]+\s+){0,2}$"
                               r"|(?:^|\s)[وبلف]?(?:قياده\s+)?(?:ال)?شرطه\s+$"
                               r"|(?:^|\s)[وبلف]?(?:محافظ|نائب\s+محافظ|امين\s+فرع|مدير\s+منطقه|مدير\s+ناحيه)\s+$")
# a person described by where they are from ("يقول أحمد، وهو مدرّس من مدينة إدلب، إن …"): their
# home, not a place of the act
_PERSON_FROM_RE = re.compile(r"[،,(]\s*(?:وهو|وهي|وهم|وهما)\s+(?:[^\s،,.]+\s+){1,3}?(?:من|في)\s+"
                             r"(?:ابناء\s+|اهالي\s+|سكان\s+)?(?:مدينه|بلده|قريه|حي|مخيم|ريف)?\s*$")
# the people a bus carried, and where they work or study ("حافلة تقل عمالاً في مصفاة حمص")
_CARRIED_FROM_WORK_RE = re.compile(r"(?:^|\s)(?:تقل|يقل|تنقل|ينقل)(?:هم|هن)?\s+(?:[^\s،,.]+\s+){0,2}?"
                                   r"(?:عمال|العمال|موظفين|موظفي|الموظفين|عاملين|العاملين|طلاب|الطلاب|طالبات|الطالبات)\S*\s+"
                                   r"(?:[^\s،,.]+\s+){0,2}?(?:في|ب|من)\s*(?:مدينه|بلده|قريه|حي)?\s*$")
_TOLL_PART_BEFORE_RE = re.compile(r"(?:^|\s)(?:بينهم|منهم|بينهن|منهن|بينها|منها)\s+(?:[^\s،,.]+\s+){0,3}?(?:في|ب)\s*"
                                  r"(?:مدينه|بلده|قريه|حي|بلدات|قري)?\s*$")
_THEIR_OWN_PAST_ACT_RE = re.compile(r"(?:^|\s)(?:الذين|اللذين|الذي|التي)\s+(?:كانوا\s+|كان\s+|كانت\s+|قد\s+)*"
                                    r"(?:خططوا|خطط|خططت|نفذوا|نفذ|نفذت|شنوا|شن|شنت|شاركوا|شارك|تورطوا|تورط|هاجموا|هاجم)"
                                    r"\s+(?:[^\s،,.]+\s+){0,4}?(?:علي|في|ضد)\s+(?:[^\s،,.]+\s+)?$")
# a wide place (_OPENER_KINDS), then its parts named after "بينها / منها" ("في محيط دمشق، بينها مواقع في الكسوة")
_AMONG_THEM_RE = re.compile(r"^\s*[،,]\s*(?:و)?(?:من\s+)?(?:بينها|منها|ابرزها|اهمها)\s+[^،,.]{0,40}$")
# where a victim worked ("ممرضاً يعمل في مشفى بصرى الشام"); a place told after it: _AFTER_WORKPLACE_RE
_WORKS_IN_CUE_RE = re.compile(r"يعمل|تعمل|العامل|العاملين")
# the displaced named by where they fled ("النازحين من", "المهجرين من", "الفارين من") and a place
# told after them where they are ("في منطقة الراشدين")
_DISPLACED_CUE_RE = re.compile(r"نازح|نزح|مهجر|الفار|فروا")
_LOCATIVE_IN_RE = re.compile(r"(?:^|\s)(?:في|داخل|عند|قرب|بالقرب\s+من)\s")
# (not "على": "الإرهابيين الفارّين من المدينة، وأحكمت سيطرتها على قريتي بلاط وتل علم" — an act's object; after
# a workplace, "على الطريق بين …" too is where the act was: _AFTER_WORKPLACE_RE)
_AFTER_WORKPLACE_RE = re.compile(r"(?:^|\s)(?:في|داخل|عند|قرب|بالقرب\s+من|علي|بين|امام)\s")
_CIVILIANS_CAME_FROM_RE = re.compile(r"(?:الاهالي|اهالي|المدنيين|مدنيين|النازحين|نازحين|العائلات|عائلات|المواطنين|المهجرين)\s+"
                                     r"(?:القادمين|القادمون|القادمات)\s+من\s")
_ON_ITS_WAY_RE = re.compile(r"(?:^|\s)في\s+طريق(?:ه|ها|هم|هما)\s+(?:[^\s،,.]+\s+){0,5}$")
_LOCATING_TAIL_RE = re.compile(r"\s(?:قرب|بالقرب\s+من|في\s+محيط|قرب\s+من)\s+(?:مدينه|بلده|قريه)\s*$")
_NEW_OBJECT_RE = re.compile(r"\S+\s+(?:\S+\s+)*?[وب]?(?:قريتي|بلدتي|مدينتي|قري|بلدات|قريه|بلده|مدينه|حيي|احياء)\s+"
                            r"(?:[^\s،,.]+(?:\s+[^\s،,.]+)?\s*[،,]?\s*و)*$")


_OPEN_Q = "\"«“„"
_CLOSE_Q = "\"»”‟"


# (also a site named after its place: «حاجز بئر عجم», "معبر نصيب", "مطار كويرس")
_PLACE_LEAD_RE = re.compile(r"\s[وفبل]?(?:في|علي|من|الي|قرب|حول|مدينه|بلده|قريه|ريف|منطقه|محافظه|ناحيه|حي"
                            r"|حاجز|معبر|مطار|قاعده|سجن|مخيم|جسر|دوار|ساحه|مفرق|تله|جبل|سد|حقل)(?=\s|$)")


def _echoes_a_dual(m: Mention, text: str, clause_start: int, lex: _Lex) -> bool:
    s0 = normalize_char_string(m.surface)
    head = lex.anaphoric.get(s0) or lex.anaphoric.get(s0[1:])   # (a clitic و/ب/ل/ف before it)
    if head is None:
        return False
    before = normalize_char_string(text[max(0, clause_start - 300):m.start])
    # (the dual in either case: "بلدتي كنصفرة والبارة", "تعرضت قريتا تل عرن وتل حاصل لقصف")
    heads = (head, head[:-1] + "ا") if head.endswith("ي") else (head,)
    return any(w.endswith(heads) for w in before.split()[-60:])


# a fallen fighter's name, a given name and a place ("حملة الشهيد روبار قامشلو", "الرفيق جودي عفرين")
# (or a fighter's: "نعت قوات سوريا الديمقراطية مقاتلها جيا كوباني"; the given name no function word
# nor a definite adjective: not "القيادي في عفرين", "القائد العسكري عفرين")
_NOM_DE_GUERRE_RE = re.compile(r"(?:^|\s)(?:(?:ال)?(?:شهيد|شهيده|رفيق|رفيقه)"
                               r"|(?:ال)?(?:مقاتل|مقاتله|قائد|قائده|قيادي|قياديه)|مقاتلها|مقاتلتها|مقاتلهم|مقاتلنا)"
                               r"\s+(?!(?:ال|في|من|علي|الي|عن|مع|بين|قرب|ضد)\S*\s)[^\s،,.\d]+\s+$")
# a comparison with acts done elsewhere ("كما فعل في سري كانيه وعفرين", "على غرار ما حدث في حلب")
_AS_DONE_IN_RE = re.compile(r"(?:^|\s)(?:كما|مثلما|غرار\s+ما)\s+(?:فعل|فعلت|فعلوا|حدث|جري|حصل)\S*\s+(?:[^\s،,.]+\s+){0,2}?"
                            r"في\s+(?:[^\s.،,]+\s+){0,4}?(?:و|،\s*و?)?\s*$")
# where a statement was issued ("أصدر … بياناً من مدينة الحسكة", "في بيان صادر من القامشلي")
_STATEMENT_FROM_RE = re.compile(r"(?:^|\s)(?:بيان|بيانا|البيان|تصريح|تصريحا)\s+(?:صادر\S*\s+|مصور\S*\s+)?(?:من|في)\s+"
                                r"(?:مدينه\s+|بلده\s+)?$")
# the act told before, named again by a speaker ("وقال محافظ حمص إن الضربة الأمريكية أسفرت عن مقتل 7")
_TOLD_ACT_AFTER_THAT_RE = re.compile(r"(?:^|\s)[با]?ن\s+ال(?:ضربه|ضربات|غاره|غارات|قصف|هجوم|هجمات|تفجير|انفجار|عدوان)(?=\s)")


def _in_quoted_name(m: Mention, text: str) -> bool:
    """Is m the second or later word of a short quoted name ("جودي عفرين", «أبو محمد الحلبي»)?"""
    before = text[max(0, m.start - 30):m.start]
    k = max(before.rfind(q) for q in _OPEN_Q)
    if k < 0 or any(q in before[k + 1:] for q in _CLOSE_Q if q != '"'):
        return False
    inside_before = before[k + 1:]
    if '"' in inside_before or not inside_before.strip():
        return False
    after = text[m.end:m.end + 30]
    j = min((after.find(q) for q in _CLOSE_Q if q in after), default=-1)
    if j < 0 or any(c in after[:j] for c in ".،,؛"):
        return False
    if _PLACE_LEAD_RE.search(" " + normalize_char_string(inside_before)):
        return False   # «غارات على مدينة إدلب»: a quoted phrase about the place
    words = len(inside_before.split()) + len(after[:j].split())
    return 1 <= len(inside_before.split()) <= 3 and words <= 4


_SPOKE_FROM_RE = re.compile(r"(?:^|\s)(?:تحدث|تحدثت|متحدثا|متحدثه|يتحدث|تتحدث)\s+(?:[^\s.]+\s+){0,3}?من\s+"
                            r"(?:مدينه\s+|بلده\s+|قريه\s+|حي\s+|داخل\s+)?$")
_COUNCIL_BEFORE_RE = re.compile(r"مجلس\s*$")
_COUNCIL_AFTER_RE = re.compile(r"\s+(?:العسكري|المدني|المحلي)(?![\w])")
_COUNCIL_OF_RE = re.compile(r"المجلس\s+العسكري\s+(?:ل|في\s+)?$")
def _casualty_cues(norm: str, lex: _Lex) -> int:
    """How many killed / injured words ``norm`` has."""
    return len(lex.killed_re.findall(norm)) + len(lex.injured_re.findall(norm))


# what may stand before a roundup's heading place at its line's start ("دمشق::", "محافظة حلب:")
# (a hashtag too: "#درعا: انفجار …", after others: "#عاجل #دير_الزور: …")
# (or a roundup's title: "أبرز أحداث الأسبوع في الحسكة:", "حصاد اليوم في ريف إدلب:"; or an ISIS
# communiqué's province: "ولاية حمص: قتل عنصرين … قرب حقل الهيل")
_HEADING_BEFORE_RE = re.compile(r"[ \t]*(?:#[^\s#]+[ \t]+)*#?"
                                r"(?:(?:أبرز|ابرز|أهم|اهم|حصاد|ملخص|موجز)[ \t]+[^\s:|.،,]+(?:[ \t]+[^\s:|.،,]+){0,2}?[ \t]+في[ \t]+)?"
                                r"(?:محافظة[ \t]+|مدينة[ \t]+|ريف[ \t]+|ولاية[ \t]+)?")
# the heading's end: a colon or a ticker's bar, an outlet's name in brackets before it ("الطبقة (الثورة):")
_HEADING_END_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[:|]")
# the kinds of place a section opener names: a city, a province, or an area ("وفي جبل الزاوية،")
_OPENER_KINDS = frozenset({"city", "governorate", "mountain", "region", "desert_area", "plain", "district"})
_SECTION_OPENER_RE = re.compile(r"^\s*(?:[•·▪●◾*\-–—]\s*)?(?:و|اما\s+|واما\s+)?(?:في|فى)\s*(?:محافظه\s+|مدينه\s+|ريف\s+|منطقه\s+|ولايه\s+)?$")
# the opener's end: a comma, after the countryside's side ("وفي ريف حمص الغربي،")
# where a place lies in the country ("ادلب شمالا", "درعا جنوب البلاد"): its province
_COUNTRY_SIDE = r"(?:(?:شمالا|جنوبا|شرقا|غربا)[\u064b\u064e]*|(?:شمال|جنوب|شرق|غرب|وسط)\s+(?:البلاد|سوريا|سوريه))"
# (or where it lies in the country: "وفي ادلب شمالا،", "وفي درعا جنوب البلاد،")
_OPENER_END_RE = re.compile(r"\s*(?:(?:ال)?(?:شرقي|غربي|شمالي|جنوبي)[هة]?\s*|" + _COUNTRY_SIDE + r"\s*)?[،,]")
_COUNTRY_SIDE_RE = re.compile(r"\s*" + _COUNTRY_SIDE + r"\s*[،,]")


# a road between two places longer than this is no place of its own: the event stays at the end
# the text names first (with that end's "road" radius)
MAX_ROAD_SEGMENT_KM = 200.0
# a stretch whose half-length is more than this is a large area (geo_precision 3), like a countryside
ROAD_WIDE_KM = 20.0


def _road_segment(a: Mention, b: Mention) -> Mention:
    """The stretch of road between ``a`` and ``b`` as one place: the midpoint, with half the
    distance as its uncertainty (at least the radius of an end named as a place itself, not as
    "طريق X"); named "A – B"; geo_precision 3 when half the stretch is over ``ROAD_WIDE_KM``."""
    if a.lat is None or b.lat is None or a.relation not in (None, "road") or b.relation not in (None, "road"):
        return a
    d = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if d > MAX_ROAD_SEGMENT_KM or d < 0.5:
        return a
    unc = max(d / 2, a.uncertainty_km if a.relation is None else 0.0, b.uncertainty_km if b.relation is None else 0.0)
    return dataclasses.replace(
        a, end=b.end, name_ar=f"{a.name_ar.replace('ـ', '')} – {b.name_ar.replace('ـ', '')}",
        name_en=f"{a.name_en} – {b.name_en}", kind="road", lat=(a.lat + b.lat) / 2, lon=(a.lon + b.lon) / 2,
        uncertainty_km=round(unc, 1), admin1=a.admin1 if a.admin1 == b.admin1 else None,
        geo_precision=3 if d / 2 > ROAD_WIDE_KM else 2, relation="road_segment", qualifier=None)


def _roads(keep: list[Mention], other_end: dict[int, Mention], text: str, lex: _Lex) -> list[Mention]:
    """The roads of a clause's places (``other_end``: id of a road's first end → its other end).

    - "السخنة، آخر معقل على الطريق الواصل بين تدمر ودير الزور": a place told before, not joined
      to the road by "و", that lies on the road is what the road locates; the road is no place.
    - "على طريق دمشق – السويداء قرب بلدة براق": the place near says where on the road.
    - otherwise the stretch of road between its ends ("على الطريق الواصل بين بلدتي الشولا
      وكباجب", "على طريق حمام واصل – القدموس"; "غارات على كفرنبل وعلى الطريق بين سراقب
      ومعرة النعمان": a second target)."""
    out = []
    for k, m in enumerate(keep):
        o = other_end.get(id(m))
        if o is None:
            out.append(m)
            continue
        if m.lat is not None and o.lat is not None and any(
                p.lat is not None and p.geo_precision < 3 and _lies_on_stretch(p, m, o)
                and not lex.and_road_re.search(normalize_char_string(text[p.end:m.start])) for p in keep[:k]):
            continue
        if any(p.relation == "near" for p in keep[k + 1:]):
            continue
        out.append(_road_segment(m, o))
    return out


# a hospital named by its town ("مستشفى المعرة", "مشفى مدينة إدلب", "مشافي سلقين وحارم")
_HOSPITAL_OF_RE = re.compile(r"(?:^|\s)(?:(?:[وف]?(?:استقبل|استقبلت|اسعف|اسعفت|اسعفوا|نقل|نقلت|نقلوا|عولج|عولجوا|توفي|توفيت)\S*\s+"
                             r"(?:\S+\s+){0,3}?)(?:الي\s+|في\s+)?)"
                             r"[وبلف]?(?:ال)?(?:مشفي|مستشفي|مشافي|مستشفيات|مستوصف|مشفيي|مستشفيي)\s+"
                             r"(?:(?:مدينه|بلده|قريه|منطقه)\s+)?(?:[^\s،,.]+\s+و\s*)?$")
_WHERE_RE = re.compile(r"[,،]\s*(?:حيث|وحيث)\s")
# the taken killed where they were taken ("حيث قتلوه", "حيث أعدمتهم", "وأعدموه هناك", "حيث قُتل تحت التعذيب")
_KILLED_THERE_RE = re.compile(r"(?:^|\s)(?:حيث|وحيث)\s+(?:\S+\s+)?[وف]?(?:قتل|اعدم|صفي|ذبح)\S*"
                              r"|(?:^|\s)[وف]?(?:قتل|اعدم|صفي|ذبح)\S*\s+(?:\S+\s+){0,2}?هناك(?=\s|$|[،,.])")
_IN_AREA_GAP_RE = re.compile(r".*\s(?:في|ب)\s*(?:منطقه\s*)?")


def _lies_on_stretch(p: Mention, a: Mention, b: Mention) -> bool:
    """Does ``p`` lie along the road from ``a`` to ``b`` (inside a narrow ellipse around it)?"""
    d = haversine_km(a.lat, a.lon, b.lat, b.lon)
    return haversine_km(a.lat, a.lon, p.lat, p.lon) + haversine_km(p.lat, p.lon, b.lat, b.lon) <= 1.1 * d + 3.0


_IN_A_QUARTER_RE = re.compile(r"(?:^|\s)(?:في|ب)\s*(?:حي\s*)?$")
BACKDROP_SLACK_KM = 10.0   # how far beyond a region's reach a place it is the backdrop of may lie
REGION_REACH = 3.0         # a countryside's reach, in radii of the place it is the countryside of


_OPEN_AREA_KINDS = frozenset({"desert_area", "region", "plain"})
# what stands between a wide area and a place it names the act near ("في بادية السويداء قرب تلول الصفا")
_NEAR_GAP_RE = re.compile(r"(?:ب?القرب\s+من|قرب|علي\s+مقربه\s+من|قريبا\s+من)(?:\s+\S+)?")


_NEAR_AREA_KINDS = frozenset({"desert_area", "region"})   # (not a mountain: "جبل الثردة قرب مطار دير الزور" is the site)
_AREA_NEAR_GAP_RE = re.compile(r"\s*[،,]?\s*(?:قرب|بالقرب\s+من|في\s+محيط|محيط)\s+(?:منطقه\s+|بلده\s+|قريه\s+|مدينه\s+)?")


def _may_hold(region: Mention, m: Mention) -> bool:
    """Can ``region`` (a countryside, a province) hold ``m``? Not when m lies beyond its reach
    ("على محيط مدينة كوباني، وعلى مواقع في ريف ديرك": another region, another target)."""
    if region.lat is None or m.lat is None or region.kind == "governorate":
        return True
    # (a town's countryside has no surveyed edge: its district's villages may lie well beyond the
    # radius the gazetteer gives it, so only a place far beyond that is out of its reach)
    return _km(region, m) <= REGION_REACH * region.uncertainty_km + m.uncertainty_km + BACKDROP_SLACK_KM


def _dateline_head(m: Mention, text: str) -> bool:
    """Is ``m`` a town named alone at the head of a line before a colon ("البوكمال: …")?"""
    return text[max(0, m.start - 1):m.start] in ("", "\n") and text[m.end:m.end + 3].lstrip(" \t")[:1] == ":"


def _is_tag(m: Mention, text: str) -> bool:
    return m.start > 0 and text[m.start - 1] == "#"


# a run of hashtags to the end of the clause ("… أمس #ريف_إدلب_الجنوبي #خان_شيخون"), each after a blank
_TAG_RUN_RE = re.compile(r"(?:[^\s#]*(?:\s+#[^\s#]+)*)[\s.!،,:|\-–]*")
# the words a tag run may follow and still name the act's place ("غارات على #خان_شيخون #كفرنبل")
_TAG_TAKER_RE = re.compile(r"(?:^|\s)(?:و|في|على|علي|ب|من|الى|إلى|قرب|محيط|بلدة|قرية|مدينة|مدينه|بلده|قريه)\s*$")


def _tags_kept(keep: list[Mention], text: str, clause_end: int) -> list[Mention]:
    """Hashtags label a post; they do not say where its act was. A run of them after the act's
    words, when another place is told ("قصفت طائرات روسية قرية كفرنبل أمس #ريف_إدلب #خان_شيخون"),
    tags the post; a tag right before a tag of a place inside it ("#دير_الزور #البوكمال: …") is
    the section's province, as the ticker's heading before its bar."""
    if not any(_is_tag(m, text) for m in keep):
        return keep
    out: list[Mention] = []
    for i, m in enumerate(keep):
        if _is_tag(m, text):
            told = [k for k in keep if not _is_tag(k, text) and k.end <= m.start]
            run_start = m.start - 1
            while True:   # (back over the tags before it, each after a blank)
                prev = re.search(r"\s+#[^\s#]+\s*$", text[:run_start])
                if prev is None or prev.start() < (told[-1].end if told else 0):
                    break
                run_start = prev.start() + len(prev.group()) - len(prev.group().lstrip())
            if told and text[run_start - 1:run_start].isspace() \
                    and _TAG_RUN_RE.fullmatch(text, m.end, clause_end) is not None \
                    and not _TAG_TAKER_RE.search(normalize_char_string(text[max(0, run_start - 12):run_start])):
                continue
            nxt = keep[i + 1] if i + 1 < len(keep) else None
            if nxt is not None and re.fullmatch(r"\s*#", text[m.end:nxt.start]) and nxt.place_id != m.place_id \
                    and (nxt.uncertainty_km < m.uncertainty_km and _may_hold(m, nxt)
                         # (the province by its capital: "#دير_الزور #البوكمال")
                         or m.kind in ("city", "governorate") and m.admin1 is not None and nxt.admin1 == m.admin1):
                continue
        out.append(m)
    return out


# one man's or woman's town ("الشاب المنحدر من مدينة سراقب", "ابن بلدة طفس"): as "من أبناء", the place
# of the act only when the text tells no other ("قُتل الشاب المنحدر من سراقب برصاص مجهولين في المدينة")
_ONE_OF_RE = re.compile(r"منحدر|متحدر|(?:^|\s)ابن(?:ه)?\s")
_ALIAS_OPEN_RE = re.compile(r"\s*\(\s*(?:[^\s()]+\s+){0,2}")


def _event_places(ms: list[Mention], text: str, clause_norm: str, lex: _Lex,
                  clause_start_orig: int, n_orig_of) -> list[Mention]:
    """The places an event happened at, from the clause's mentions."""
    if not ms:
        return []
    # "بلدة الراعي (جوبان بيه)": another name of the place just told, in brackets, is no place of its own
    ms = [m for k, m in enumerate(ms) if not (k and _ALIAS_OPEN_RE.fullmatch(text[ms[k - 1].end:m.start])
                                              and ")" in text[m.end:m.end + 16])]
    # region extents ("الممتدة من … وصولاً إلى") and aims ("تهدف إلى تمشيط …"): the places
    # after them are backdrop or intent, not where the event happened
    ext = next((e for e in lex.extent_re.finditer(clause_norm)
                # ("على الطريق الرابط بين مدينتي سراقب وأريحا", "الطريق الذي يربط بين …": the road's ends)
                if not lex.road_before_re.search(clause_norm, max(0, e.start() - 16), e.start())
                # ("في البادية الممتدة بين تدمر والسخنة": the stretch between them, see _roads)
                and not (lex.area_before_re.search(clause_norm, max(0, e.start() - 16), e.start())
                         and clause_norm.startswith("بين", e.end() + 1))
                # ("في الفترة الممتدة من 28 تشرين الثاني إلى 3 كانون الأول": a span of time)
                and not _TIME_SPAN_BEFORE_RE.search(clause_norm, max(0, e.start() - 12), e.start())), None)
    irr = unreal_cue(clause_norm, lex, toll=lambda: _casualties(clause_norm, lex))
    cut = [m.start() for m in (ext, irr, lex.consequence_re.search(clause_norm)) if m]
    dm = lex.destination_re.search(clause_norm)
    if dm is not None and (w := _WHERE_RE.search(clause_norm, dm.end())) is not None \
            and lex.trigger_re.search(clause_norm[w.end():w.end() + 40]):
        dm = None   # "… انسحبت نحو البويضة الشرقية، حيث استهدفها الطيران الحربي": struck where they went
    elif dm is not None and _KILLED_THERE_RE.search(clause_norm, dm.end(), dm.end() + 90) is not None:
        dm = None   # "خطف مسلحون شاباً واقتادوه إلى بلدة اليادودة حيث قتلوه بالرصاص", "… ونقلوه إلى بلدة تسيل
        # وأعدموه هناك": the killing was where they took him
    elif dm is not None and _STRUCK_THERE_RE.search(clause_norm, dm.end(), dm.end() + 90):
        dm = None   # "… باتجاه بلدة قلعة المضيق، التي تعرضت بعد ذلك لقصف مدفعي", "… نحو مدينة خان شيخون بعد
        # غارات روسية مكثفة على المنطقة": the act was where they went
    dest: tuple[int, int] | None = None
    if dm:
        # "وانتهت بانسحاب معظمهم نحو بلدتي فليطة ورأس المعرة": where they went; up to a new act
        # told after a comma ("… الفارة باتجاه جبل الأكراد، واستهدفت تجمعاتهم في سلمى"): clause_re's
        # verb group starts after the و, and trigger_re needs the و before it (hence - 1)
        resume = next((c.start("verb") for c in lex.clause_re.finditer(clause_norm, dm.end())
                       if c.group("verb") is not None and lex.trigger_re.match(clause_norm, c.start("verb") - 1)), None)
        if resume is None:
            cut.append(dm.end())
        else:
            dest = (n_orig_of(dm.end()), n_orig_of(resume))
    # "شنت قوات النظام هجوماً على كفرنبودة في محاولة لاستعادة قرية الحماميات": after the act (a
    # goal told first is the act's aim: "بهدف السيطرة على X، شنت …"), the places aimed at, up to the comma
    goal: tuple[int, int] | None = None
    if (gm := lex.goal_re.search(clause_norm)) is not None and len(clause_norm[:gm.start()].split()) >= 3 \
            and any(m.start < n_orig_of(gm.start()) for m in ms):
        # (only with a place told before it: "شنت قوات النظام هجوماً في محاولة لاستعادة قرية الحماميات"
        # was fought there; up to the comma or a verb of striking after "و": "… نحو جبل الزاوية وقصفت
        # مدينة أريحا")
        end = _comma_or(clause_norm, gm.end(), len(clause_norm))
        vm = next((w for w in re.finditer(r"(?<=\s)و(\S+)", clause_norm[gm.end():end]) if w.group(1) in lex.strike_verbs), None)
        goal = (n_orig_of(gm.end()), n_orig_of(gm.end() + vm.start() if vm else end))
    answered: tuple[int, int] | None = None
    for r in lex.response_re.finditer(clause_norm):
        if r.start() <= 3 or not lex.trigger_re.search(clause_norm, 0, r.start()) \
                or answered_aside(clause_norm, r.start(), r.end()):
            continue   # (not a fronted "وفي رد على الهجوم، سيطر … على حواجز في بلدة طفس": the answer's places follow)
        if answers_an_act(unquoted(clause_norm), r.end(), lex):
            cut.append(r.start())   # "… ردا على هجوم كيميائي في دوما": the other event's place
        elif _TOLL_OF_ACT_RE.match(clause_norm, r.end()) \
                and lex.trigger_re.search(clause_norm[r.end():_comma_or(clause_norm, r.end(), r.end() + 70)]):
            # "في إطار الرد على مقتل 34 جندياً تركياً بغارة جوية استهدفت رتلهم في بلدة بليون": the act
            # answered, told by its toll, up to its comma (the answer's own toll and places may follow)
            answered = (n_orig_of(r.start()), n_orig_of(_comma_or(clause_norm, r.end(), len(clause_norm))))
    charged: tuple[int, int] | None = None
    if ("تهم" in clause_norm or "دين" in clause_norm or "مدان" in clause_norm or "قف" in clause_norm or "عدم" in clause_norm) \
            and (acc := not_todays_act_start(clause_norm, lex)) is not None and acc > 0:
        # "اعتقل … في مدينة الدانا ثلاثة أشخاص متهمين بتفجير سرمدا": the charge's place; "…، في وقت دعت فيه
        # الأمم المتحدة إلى وقف القصف على إدلب": the place of the call's act (up to its comma: "أدينوا
        # بتفجيرات، وذلك في ساحة مدينة حارم" is where they were executed)
        charged = (n_orig_of(acc), n_orig_of(_comma_or(clause_norm, acc + 1, len(clause_norm))))
    ext_pos = n_orig_of(min(cut)) if cut else None
    # "واستنكرت الحكومة في دمشق القصف التركي على بلدة عين عيسى": before the act reacted to is
    # where the reaction came from
    # (back to the act told before the reaction, if any: "غارات … قرب مدينة الكسوة، بحسب ما
    # أعلنته وزارة الخارجية، التي وصفت الهجوم بأنه انتهاك")
    react = None
    rm = lex.reaction_re.search(clause_norm)
    if rm is not None:
        tm = lex.trigger_re.search(clause_norm, rm.end())
        if tm is not None:
            before = [t.end() for t in lex.trigger_re.finditer(clause_norm, 0, rm.start())]
            if before:   # from the reaction verb on ("… على مدينة أريحا وأدانت الحكومة التركية القصف")
                react = (n_orig_of(rm.start()), n_orig_of(tm.start()))
            else:
                react = (-1, n_orig_of(tm.start()))
    # "وفي مقاطعة كوباني، شيّع الآلاف جثماني مقاتلين استشهدا خلال التصدي لهجمات …": where the
    # funeral is, up to the words that tell the death ("… جثمان الشاب الذي قتل برصاص مجهولين في طفس")
    # (the dead by their bodies: never the place of their death; named or counted, only when no
    # other place is told — "شيع أهالي قرية الشريحي سبعة عشر شهيداً سقطوا في هجوم داعش")
    funeral_end = None
    funeral_from = 0   # (the dead named or counted: the places from the verb on, not a heading before it)
    funeral_only = True
    if "شيع" in clause_norm or "شييع" in clause_norm:
        fm = _FUNERAL_RE.search(clause_norm) or _FUNERAL_VERB_RE.search(clause_norm)
        if fm is not None and not lex.trigger_re.search(clause_norm, 0, fm.start()):
            em = _FUNERAL_END_RE.search(clause_norm, fm.end())
            funeral_end = n_orig_of(em.start() if em else len(clause_norm))
            funeral_only = fm.re is _FUNERAL_RE
            if not funeral_only:
                funeral_from = n_orig_of(fm.start())
    # cheap clause-level checks first: most clauses have no reporter, origin cue or quotes
    any_reporter = bool(lex.reporter_hint_re.search(clause_norm)) or "اعلن" in clause_norm \
        or lex.reporter_cue.search(clause_norm) is not None or "صادر" in clause_norm
    any_origin = bool(lex.origin_re.search(clause_norm)) or "منه" in clause_norm or "طلق" in clause_norm \
        or "نفذ" in clause_norm or "شنه" in clause_norm or "شنت" in clause_norm or bool(_FIRE_FROM_HINT_RE.search(clause_norm)) \
        or " من " in clause_norm and bool(lex.force_from_any_re.search(clause_norm))
    any_people_from = " من " in clause_norm and bool(lex.people_from_any_re.search(clause_norm))
    any_quote = any(q in clause_norm for q in _OPEN_Q)
    any_road = any(w in clause_norm for w in lex.road_nouns)
    any_distance = "بعد" in clause_norm
    any_memory = lex.memory_word_re.search(clause_norm) is not None   # (not every "ذكرت", "reported")
    any_relative = _has_relative(clause_norm)
    any_speaker = " من " in clause_norm and bool(lex.speaker_hint_re.search(clause_norm))
    any_carried = "تقل" in clause_norm or "ينقل" in clause_norm or "تنقل" in clause_norm or "يقل" in clause_norm
    any_outlet = any(w in clause_norm for w in _OUTLET_NOUNS) or "تذبح" in clause_norm
    any_person = "وهو " in clause_norm or "وهي " in clause_norm or "وهم " in clause_norm or "وهما " in clause_norm
    keep: list[Mention] = []
    road_other_end: dict[int, Mention] = {}   # id(first end kept) → the road's other end
    hometowns: list[Mention] = []   # "شابين من أبناء بلدة الشحيل": where the victims are from
    approaches: list[Mention] = []   # "حاولت التسلل من جهة بساتين ربلة": where the attackers came
    yardsticks: list[Mention] = []   # "على بعد 3 كيلومترات من نقطة المراقبة التركية في مورك": a distance's mark
    displaced_in: list[Mention] = []   # "المهجّرين من الفوعة وكفريا في منطقة الراشدين": where they were
    heading: list[Mention] = []      # "رتلاً … كان في طريقه لتعزيز مواقع النظام في حي الراموسة": where it was going
    tails: list[Mention] = []   # a source's seat at the sentence's end: the place only when no other is
    funerals: list[Mention] = []   # where the dead were buried: the place only when no other is
    item_headings: list[Mention] = []   # "بلودان: …": an item's heading, the place only when no other is
    locator = None   # the last place skipped as a locator of the one before it
    for k, m in enumerate(ms):
        if ext_pos is not None and m.start >= ext_pos or dest is not None and dest[0] <= m.start < dest[1] \
                or answered is not None and answered[0] <= m.start < answered[1] \
                or charged is not None and charged[0] <= m.start < charged[1] \
                or goal is not None and goal[0] <= m.start < goal[1] \
                or react is not None and react[0] < m.start < react[1]:
            continue
        if m.uncertainty_km > MAX_EVENT_AREA_KM:
            continue  # "البادية السورية", a country-sized backdrop: not an event location
        if k + 1 < len(ms) and _HEADING_AFTER_RE.match(text, m.end) \
                and (not text[line_start(text, m.start):m.start].strip(_BULLETS)
                     or _HEADING_BEFORE_RE.fullmatch(text, line_start(text, m.start), m.start) is not None):
            item_headings.append(m)
            continue   # "- درعا: مقتل عنصر … في بلدة المزيريب": the item's heading, the place told after it
            # (and "ولاية حمص: قتل عنصرين … قرب حقل الهيل", "محافظة حلب: …")
        if k + 1 < len(ms) and m.kind in ("city", "governorate") and ms[k + 1].admin1 == m.admin1 \
                and _HEADING_DASH_RE.fullmatch(text, m.end, ms[k + 1].start) is not None \
                and _HEADING_AFTER_RE.match(text, ms[k + 1].end) \
                and not text[line_start(text, m.start):m.start].strip(_BULLETS):
            continue   # "إدلب - سراقب: سقط ثلاثة شهداء": the city of the heading's place
        if any_distance and lex.distance_from_re.search(normalize_char_string(text[max(clause_start_orig, m.start - 90):m.start])):
            yardsticks.append(m)
            continue   # the place a distance is measured from: where the act was only when no other is told
        if any_memory and (mem := lex.memory_re.search(pre := normalize_char_string(text[clause_start_orig:m.start]))) is not None \
                and not lex.trigger_re.search(pre, 0, mem.start()):
            continue   # "بعد الذكرى الثانية لمجزرة خان شيخون، قتل طفلان اليوم …": a remembered act's place,
            # before the act (not "قصفت قوات النظام في ذكرى مجزرة الحولة مدينة الحولة": the act's)
        if ("طريق" in clause_norm and _ON_ITS_WAY_RE.search(normalize_char_string(text[max(clause_start_orig, m.start - 60):m.start]))
                or lex.carried_to_re.search(normalize_char_string(text[max(clause_start_orig, m.start - 50):m.start]))):
            heading.append(m)
            continue  # "كان في طريقه لتعزيز مواقع النظام في حي الراموسة": where it was going, not where it was hit
            # (and "شاحنة كانت تستعد لنقل أسلحة نحو السويداء", "متجهة إلى دير الزور")
        if any_outlet and (_OUTLET_OF_PLACE_RE.search(normalize_char_string(text[max(0, m.start - 40):m.start]))
                           or SILENTLY_RE.match(text, m.end)):
            tails.append(m)
            continue  # "شبكة أخبار طرطوس: قتل عنصران … قرب صافيتا": the outlet, not a place of the act
        if _SEAT_OF_GOVERNMENT_RE.search(normalize_char_string(text[max(0, m.start - 30):m.start])):
            continue  # "ولم يصدر تعليق فوري من الحكومة في دمشق": the government's seat, no place of an act
        if funeral_end is not None and funeral_from <= m.start < funeral_end:
            if not funeral_only:
                funerals.append(m)
            continue  # where the dead were buried, not where they died (as far as the text tells that)
        if (any_reporter or "موتمر" in clause_norm) and _speaks_from(m, text, lex):
            continue  # "أفاد مراسلنا في درعا بأن …": where the report comes from
        if any_reporter and _source_tail(m, text, lex):
            tails.append(m)
            continue  # "…، وفق مصادر طبية في المشفى الوطني بالسويداء.": the source's seat
        if m.kind in ("city", "town", "governorate") and _OFFICE_BEFORE_RE.search(
                normalize_char_string(text[max(0, m.start - 30):m.start])):
            tails.append(m)
            continue
        if any_person and _PERSON_FROM_RE.search(normalize_char_string(text[max(clause_start_orig, m.start - 60):m.start])):
            hometowns.append(m)
            continue
        if any_carried and _CARRIED_FROM_WORK_RE.search(normalize_char_string(text[max(clause_start_orig, m.start - 60):m.start])):
            hometowns.append(m)   # "حافلة مبيت تقل عمالاً في مصفاة حمص … على طريق حمص – طرطوس": where the
            continue              # passengers work; the bus was hit on its way (when the clause tells where)
        if any_people_from and lex.people_from_re.search(normalize_char_string(text[max(clause_start_orig, m.start - 60):m.start])) \
                and any(x.start > m.end and x.place_id is not None for x in ms[k + 1:]):
            # "قتل شابان من مدينة السويداء في اشتباكات … في بلدة المسمية": where people are from is no
            # place of the act when the clause names another after it (else it stays one, as far as
            # the text says)
            hometowns.append(m)
            continue
        origin = _origin(m, text, clause_start_orig, lex) if any_origin else None
        if origin:
            if origin == "people":
                hometowns.append(m)
            elif origin == "approach":
                approaches.append(m)
            elif origin == "displaced_in":
                displaced_in.append(m)
            continue  # "قذائف مصدرها مواقع النظام في محيط X": fire came from X
        if _COUNCIL_BEFORE_RE.search(text, max(0, m.start - 8), m.start) and _COUNCIL_AFTER_RE.match(text, m.end) \
                or _COUNCIL_OF_RE.search(text, max(0, m.start - 20), m.start):
            continue   # "مقاتلي مجلس منبج العسكري", "المجلس العسكري لمنبج": a council's name, not where it fought
        if keep and re.fullmatch(r"\s*\(\s*", text[keep[-1].end:m.start]) and text[m.end:m.end + 3].lstrip().startswith(")"):
            continue   # "ريف ديريك (المالكية)": another name for the place before
        if k and re.fullmatch(r"\s*/\s*", text[ms[k - 1].end:m.start]) and (
                ms[k - 1].place_id == m.place_id or ms[k - 1].lat is not None and m.lat is not None
                and haversine_km(ms[k - 1].lat, ms[k - 1].lon, m.lat, m.lon) <= 3.0):
            continue   # "جنوب شرقي مدينة سري كانيه/رأس العين": the same place's other name
        if lex.anaphoric and _echoes_a_dual(m, text, clause_start_orig, lex):
            continue   # "قريتي كنصفرة والبارة … إصابة خمسة مدنيين في القريتين": the two villages
        if "شهيد" in clause_norm or "رفيق" in clause_norm or "مقاتل" in clause_norm or "قائد" in clause_norm \
                or "قيادي" in clause_norm:
            if _NOM_DE_GUERRE_RE.search(normalize_char_string(text[max(0, m.start - 30):m.start])):
                continue   # "حملة الشهيد روبار قامشلو": the second word of a fallen fighter's name
        if "فعل" in clause_norm or "حدث" in clause_norm or "جري" in clause_norm:
            if _AS_DONE_IN_RE.search(normalize_char_string(text[max(clause_start_orig, m.start - 60):m.start])):
                continue   # "كما فعل في سري كانيه وعفرين": a comparison with acts told elsewhere
        if ("بيان" in clause_norm or "تصريح" in clause_norm) \
                and _STATEMENT_FROM_RE.search(normalize_char_string(text[max(clause_start_orig, m.start - 40):m.start])):
            continue   # "وأصدر المجلس العسكري بياناً من مدينة الحسكة": where the statement was issued
        if ("مشف" in clause_norm or "مشاف" in clause_norm or "مستشف" in clause_norm or "مستوصف" in clause_norm) \
                and _HOSPITAL_OF_RE.search(normalize_char_string(text[max(clause_start_orig, m.start - 60):m.start])):
            continue   # "استقبل مستشفى المعرة ثماني جثث …", "نقلوا إلى مشافي سلقين وحارم": where the hurt were
            # treated (not "قصفت الطائرات مشفى كفرنبل": the hospital struck)
        if (any_speaker and lex.speaker_from_re.search(normalize_char_string(text[max(clause_start_orig, m.start - 40):m.start]))
                # (or who spoke from there: "وأضاف ناجٍ تحدث من مدينة طرطوس أن مسلحين هاجموا قرية بارمايا")
                or "تحدث" in clause_norm and _SPOKE_FROM_RE.search(normalize_char_string(text[max(clause_start_orig, m.start - 50):m.start]))) \
                and not _SEAT_STRUCK_RE.search(normalize_char_string(text[m.end:m.end + 240])):
            hometowns.append(m)   # (not when the act then struck "المدينة": "قال مصدر من مدينة سرمين إن قذائف
            # النظام سقطت على المدينة وعلى بلدة النيرب")
            continue   # "وأفاد قيادي ميداني من كوباني يقاتل في المدينة": where the speaker comes from
        if any_quote and _in_quoted_name(m, text):
            continue   # "الرفيقان «آزاد روجهلات» و«جودي عفرين»": a nom de guerre
        if "في" in text[max(0, m.start - 6):m.start] and (
                _actor_base(m, text, lex)
                or k + 1 < len(ms) and ms[k + 1].place_id is not None and ms[k + 1].kind != "governorate"
                and _subject_base(m, text, lex)):
            continue   # "ردّت فصائل جيش الفتح في إدلب بقصف بلدتي الفوعة وكفريا": where the actor is (and
            # "اعتقلت قوى الأمن الداخلي في إدلب خلية … في مدينة سرمدا": the subject's, another place after)
        if k + 1 < len(ms) and ms[k + 1].place_id is not None and _GROUP_OF_PLACE_RE.search(
                normalize_char_string(text[max(0, m.start - 16):m.start])):
            continue   # "اشتبكت فصائل السويداء مع قوات العشائر في بلدة المزرعة": whose factions, not where
        if m.kind in ("city", "governorate") and not m.relation and names_government(text, m.start, m.end):
            continue   # "واتهمت دمشق تنظيم داعش": the government, not the city
        if locates_abroad(text, m.start):
            continue   # "غارة على مدينة الهرمل المقابلة لريف القصير": the act was across the border
        if any_road and lex.road_end_re.search(normalize_char_string(text[max(0, m.start - 40):m.start])):
            if k and keep and keep[-1] is ms[k - 1] and m.place_id is not None \
                    and re.fullmatch(r"\s*[-–—ـ]\s*", text[ms[k - 1].end:m.start]):
                road_other_end[id(keep[-1])] = m
            continue   # "على طريق دمشق – السويداء": the road's far end (its first end set aside)
        prev_m = ms[k - 1] if k else None
        if prev_m is not None and re.fullmatch(r"\s*(?:[-–—ـ/]|و|الي|إلى)?\s*(?:قرية|بلدة|مدينة)?\s*", text[prev_m.end:m.start]) and (
                prev_m.relation == "road" or lex.road_between_re.search(
                    normalize_char_string(text[max(0, prev_m.start - 45):prev_m.start]))):
            if keep and keep[-1] is prev_m and m.place_id is not None:
                road_other_end[id(prev_m)] = m
            continue   # "طريق دير الزور – تدمر": the road's other end names the road, not a second place
        if prev_m is not None and prev_m.place_id is not None and _is_qualifier(prev_m, m, text):
            continue   # (after an unknown village, "ريف عين عيسى" is the best location we have)
        if prev_m is not None and prev_m.kind == "neighbourhood" and m.kind in ("city", "town") and not m.relation \
                and keep and (keep[-1] is prev_m or _km(keep[-1], prev_m) <= 1.0) and m.start - prev_m.end <= 16 \
                and re.fullmatch(r"\s*[،,]?\s*(?:في|ب)\s*(?:مدينه\s*)?", normalize_char_string(text[prev_m.end:m.start])):
            continue   # "في حي الإنشاءات بمدينة حمص": the city the quarter kept is in
        if prev_m is not None and prev_m.place_id is not None and m.kind in ("city", "town") and not m.relation \
                and keep and keep[-1] is prev_m and m.start - prev_m.end <= 24 and _km(prev_m, m) <= 15.0 \
                and _IN_CITY_GAP_RE.fullmatch(normalize_char_string(text[prev_m.end:m.start])):
            continue   # "في ضاحية الأسد بمدينة حرستا", "في حي باب توما وسط العاصمة دمشق": where the place is
        if keep and keep[-1] is prev_m and m.kind == "neighbourhood" and landmark_named(prev_m) \
                and IN_QUARTER_RE.fullmatch(text[prev_m.end:m.start]):
            continue   # "عند دوار الفاخورة في حي الإنشاءات": the quarter only says where the square is
        if keep and keep[-1] is prev_m and prev_m.relation == "in_city" and prev_m.geo_precision >= 2 \
                and m.kind == "neighbourhood" and m.geo_precision == 1 and m.start - prev_m.end <= 30 \
                and _IN_A_QUARTER_RE.search(normalize_char_string(text[prev_m.end:m.start])):
            keep.pop()   # "ساحة الكلية الحربية في حي الوعر": a site known only by its city, in a quarter
            # the gazetteer places
        if keep and prev_m is not None and _describes(prev_m, m, text, lex):
            continue   # "بصر الحرير، البلدة التي تعد بوابة اللجاة": what the place is, not where it happened
            # (also on a place that only locates one: "خربة غزالة في محافظة درعا، التي تسعى …")
        if any_relative and _THEIR_OWN_PAST_ACT_RE.search(normalize_char_string(text[max(clause_start_orig, m.start - 90):m.start])):
            continue   # "قضت على مجموعة الإرهابيين الذين خطّطوا للهجوم على قاعدة حميميم": the place of the
            # act the ones struck had done, not of this one
        if any_relative and _in_aside(m, text, lex):
            continue   # "الطائرات الروسية، التي وصلت … إلى قاعدة حميميم، استهدفت": where the aircraft came from
        if keep and (lex.locator_re.search(normalize_char_string(text[max(prev_m.end, m.start - 40):m.start]).strip())
                     or any_distance and _DISTANCE_LOCATOR_RE.search(
                         normalize_char_string(text[max(prev_m.end, m.start - 70):m.start]))):
            # "سطيح الواقعة في جبال العمور": m locates the place before it; when that one is
            # unknown (no coordinates) the first locator stands in for it
            if keep[-1].place_id is not None:
                locator = m
                continue
        elif not keep and (lex.locator_re.search(normalize_char_string(text[max(0, m.start - 40):m.start]).strip())
                           or any_distance and _DISTANCE_LOCATOR_RE.search(
                               normalize_char_string(text[max(0, m.start - 70):m.start]))) \
                and lex.anaphoric_site_re.search(normalize_char_string(text[max(0, m.start - 120):m.start])):
            locator = m
            continue   # "باتجاه المطار، … والواقع بين مدينتي حمص وتدمر": the site just told
        if locator is prev_m and prev_m is not None and re.fullmatch(r"\s*(?:و|،|,)\s*", text[prev_m.end:m.start]):
            locator = m
            continue   # "الواقع بين مدينتي حمص وتدمر": both only locate the airport
        keep.append(m)
    keep = [m for m in keep if m.place_id is not None] or (
        # (not when the clause speaks of the act told before: its toll is that act's)
        [] if tails and _TOLD_ACT_AFTER_THAT_RE.search(clause_norm) else [m for m in tails if m.place_id is not None])
    # a roundup's section opener ("وفي درعا، قُتل خمسة مدنيين في بلدة خربة غزالة"; "أما في حمص،
    # فقد قُتل سبعة أشخاص في مدينة تلبيسه"; "وفي ريف حمص الغربي، اختطف مسلحون شابين في ريف تل
    # كلخ"): the region of the section, not a place of its own
    if len(keep) > 1 and (keep[0].kind in _OPENER_KINDS or keep[0].relation == "countryside_of"
                          or keep[0].kind == "town" and _dateline_head(keep[0], text)
                          or keep[0].kind == "town" and _province_again(
            keep[0], text, keep[1].end, n_orig_of(len(clause_norm)))) \
            and (_SECTION_OPENER_RE.match(normalize_char_string(text[clause_start_orig:keep[0].start]))
                 and _OPENER_END_RE.match(text, keep[0].end) is not None
                 # "دمشق:: تدور اشتباكات في حي التضامن": a roundup's heading, its colon on the line
                 # (or a ticker's bar: "#ديرالزور | ذيبان: …")
                 or _HEADING_BEFORE_RE.fullmatch(text, clause_start_orig, keep[0].start) is not None
                 and _HEADING_END_RE.match(text, keep[0].end) is not None) \
            and any(m.uncertainty_km < keep[0].uncertainty_km
                    # (a part of the province's countryside: "وفي ريف حمص الغربي، … في ريف تل كلخ")
                    or keep[0].relation == "countryside_of" and m.admin1 == keep[0].admin1 and m.place_id != keep[0].place_id
                    # (a ticker's province by its capital: "#الحسكة | القامشلي: …")
                    or keep[0].kind == "city" and m.admin1 == keep[0].admin1 and m.place_id != keep[0].place_id
                    and text[max(0, keep[0].start - 1):keep[0].start] == "#"
                    # (a dateline's town at the line's head, before a place of its province:
                    # "البوكمال: مسيّرة أمريكية تستهدف دراجة نارية قرب بلدة السويعية")
                    or keep[0].kind in ("city", "town") and m.admin1 == keep[0].admin1 and m.place_id != keep[0].place_id
                    and _dateline_head(keep[0], text)
                    for m in keep[1:]) \
            and (_casualty_cues(normalize_char_string(text[keep[0].end:keep[1].start]), lex) <= 1
                 # "وفي جبل الزاوية، ارتقى مدنيان … جراء قصف على بلدة كنصفرة": an area and a place in
                 # it; "وفي ادلب شمالا،": a city named by where it lies in the country is its province
                 or keep[0].kind in _OPENER_KINDS - {"city", "governorate"} and _may_hold(keep[0], keep[1])
                 or _COUNTRY_SIDE_RE.match(text, keep[0].end) is not None
                 # "وفي دير الزور، استشهد عنصران … عند مدخل مدينة العشارة بريف دير الزور الشرقي":
                 # the opener is the province the place after it lies in
                 or _province_again(keep[0], text, keep[1].end, n_orig_of(len(clause_norm)))
                 and not _OPENER_ANAPHOR_RE.search(normalize_char_string(text[keep[0].end:keep[1].start]))):
        # (but "وفي دوما، قتل ثلاثة بغارات وأصيب آخرون في بلدة حمورية": the first act is told of
        # the opener, the second of the village)
        keep = keep[1:]
    keep = _tags_kept(keep, text, n_orig_of(len(clause_norm)))
    # "في بادية تدمر قرب منطقة الكوم": a wide area, then the place in it near which the act was
    keep = [m for i, m in enumerate(keep) if not (
        i + 1 < len(keep) and m.kind in _NEAR_AREA_KINDS and keep[i + 1].place_id is not None
        and keep[i + 1].kind not in ("city", "governorate", "district") + tuple(_NEAR_AREA_KINDS)
        # (not "في الغوطة الشرقية قرب دمشق": the capital locates the region)
        and keep[i + 1].uncertainty_km < m.uncertainty_km and _may_hold(m, keep[i + 1])
        and _AREA_NEAR_GAP_RE.fullmatch(normalize_char_string(text[m.end:keep[i + 1].start])) is not None)]
    # "على الطريق الواصل بين زركان وتل تمر، قرب قرية أم الكيف": the village the text places it
    # near says where on the road; the road's end does not
    road_ends = [m for m in keep if lex.road_between_re.search(normalize_char_string(text[max(0, m.start - 45):m.start]))]
    if road_ends and any(m.relation == "near" and m.start > road_ends[0].start for m in keep):
        keep = [m for m in keep if m not in road_ends]
    elif road_ends and road_other_end:
        # "على الطريق الواصل بين قريتي تنب وكشتعار في منطقة تل رفعت": the area only locates the road
        keep = [m for m in keep if not (m.relation == "area_of" and m.start > road_ends[-1].start
                                        and _IN_AREA_GAP_RE.fullmatch(normalize_char_string(text[max(0, m.start - 14):m.start])))]
    if road_other_end:
        keep = _roads(keep, road_other_end, text, lex)
    if yardsticks and keep and all(m.relation == "countryside_of" or m.kind in ("governorate", "district") for m in keep):
        keep = []   # ("على بعد 500 متر من نقطة المراقبة التركية في شير مغار بريف حماة": the mark, not its province)
    if not keep and yardsticks and not lex.anaphoric_site_re.search(clause_norm):
        # (not "دمرت الغارة منازل في المدينة الواقعة على بعد خمسة كيلومترات من معبر باب السلامة": the
        # town told before, named by its kind)
        keep = [m for m in yardsticks if m.place_id is not None][:1]   # "استهدفت غارة سيارة على بعد كيلومترين من سرمدا"
    if not keep and heading:
        keep = [m for m in heading if m.place_id is not None]   # (no other place told: as far as the text says)
    if not keep and funerals:
        # "شيع أهالي قرية الشريحي سبعة عشر شهيداً سقطوا في هجوم داعش": no other place is told
        keep = [m for m in funerals if m.place_id is not None]
    if not keep and item_headings:
        # "بلودان: قتل عنصران … بقذيفة هاون مصدرها الزبداني": the place after it is where the fire came from
        keep = [m for m in item_headings if m.place_id is not None]
    if not keep and displaced_in:
        # "تفجير يستهدف حافلات المهجّرين من الفوعة وكفريا في منطقة الراشدين": no other place is told;
        # where the displaced were when struck (the first place told: "غرب حلب" after it only locates it)
        keep = [m for m in displaced_in if m.place_id is not None][:1]
    if not keep and approaches:
        # "كميناً لمجموعة حاولت التسلل من جهة بساتين ربلة": no other place is told; the fighting
        # was where they came at
        keep = [m for m in approaches if m.place_id is not None]
    if not keep and len({m.place_id for m in hometowns if m.place_id is not None}) == 1:
        # "استشهاد شابين من أبناء بلدة الشحيل برصاص قناصة قسد": no other place is told; the
        # victims' town is where it happened, as far as the text says
        keep = [next(m for m in hometowns if m.place_id is not None)]
    # "محور كباني في جبل الأكراد", "قرية X في ريف Y": a larger place right after a place inside
    # it only locates it
    located: list[Mention] = []
    between_of: Mention | None = None   # a place located "بين A وB": A and B only locate it
    for m in keep:
        prev = located[-1] if located else None
        if between_of is not None:
            if _AND_GAP_RE.fullmatch(normalize_char_string(text[between_of.end:m.start])):
                between_of = None
                continue   # "… ودير الزور": the second end
            between_of = None
        if prev is not None and m.start > prev.end and prev.relation not in ("road", "road_segment") \
                and _BETWEEN_GAP_RE.fullmatch(normalize_char_string(text[prev.end:m.start])):
            between_of = m
            continue   # "غارة على جبل البشري بين الرقة ودير الزور": the two places only locate the mountain
        if prev is not None and m.relation == "near" and prev.kind in _OPEN_AREA_KINDS and m.start > prev.end \
                and m.kind not in ("city", "governorate") \
                and prev.uncertainty_km > m.uncertainty_km and _may_hold(prev, m) \
                and _NEAR_GAP_RE.fullmatch(normalize_char_string(text[prev.end:m.start]).strip(" ,،")):
            located[-1] = m   # "في بادية السويداء قرب تلول الصفا": the wide area only locates the place
            continue          # it was near (not a city: "في الغوطة الشرقية قرب دمشق" is the region, below)
        if prev is not None and prev.relation == "near" and m.kind in NATURAL_AREA_KINDS and m.relation is None \
                and m.start > prev.end and _km(prev, m) <= m.uncertainty_km + prev.uncertainty_km \
                and normalize_char_string(text[prev.end:m.start]).strip(" ,،") in ("في", "ب", "ضمن"):
            continue   # "على محيط قرية بزابور في جبل الأربعين": the mountain only locates the village
            # whose surroundings were struck (its radius smaller than the surroundings')
        if prev is not None and prev.relation == "in_city" and m.relation != "in_city" and m.place_id == prev.place_id:
            continue   # "حي الحمدانية في مدينة حلب": the city only locates its quarter
        if prev is not None and prev.relation == m.relation == "in_city" and m.place_id == prev.place_id \
                and _NEAR_WORD_GAP_RE.fullmatch(normalize_char_string(text[prev.end:m.start])):
            continue   # "عند دوار الشيحان قرب حي الشيخ مقصود": the quarter only locates the square
        if prev is not None and m.start > prev.end and (m.uncertainty_km > prev.uncertainty_km or (
                # "قرب بلدة ربلة في منطقة القصير": an area named after a town holds the place near it
                m.relation == "area_of" and m.uncertainty_km >= prev.uncertainty_km) or (
                # "في الغوطة الشرقية قرب دمشق": a named region a city is near is the place told
                m.relation == "near" and prev.kind in ("region", "mountain") and prev.relation is None)
                # ("بلدة بداما قرب جسر الشغور": a town near a town as certain; "في منطقة الهري قرب البوكمال")
                # (or "على محور قرية عون الدادات قرب منبج": the front by the village, near the town)
                or m.relation == "near" and prev.relation in (None, "area_of", "near") and m.uncertainty_km == prev.uncertainty_km
                and prev.kind in ("town", "village") and m.kind in ("town", "city")):
            gap = normalize_char_string(text[prev.end:m.start]).strip(" ,،-")
            # ("قرية X قرب مدينة Y": Y only locates X, even when the gazetteer's X lies farther off)
            # (and "قرى راجو وبلبل بمنطقة عفرين": a town's area, its district, holds villages around it)
            inside = _km(prev, m) <= (max(m.uncertainty_km + prev.uncertainty_km + 20.0, NEAR_NAMED_KM) if m.relation == "near"
                                      else m.uncertainty_km + prev.uncertainty_km + AREA_OF_KM if m.relation == "area_of"
                                      # (a natural area's rim is no surveyed edge: "قرية الموزرة في جبل شحشبو")
                                      else m.uncertainty_km * AREA_SLACK + prev.uncertainty_km if m.kind in NATURAL_AREA_KINDS
                                      else m.uncertainty_km + prev.uncertainty_km) \
                or m.kind == "city" and m.relation is None and prev.kind not in ("city", "governorate") \
                and m.admin1 is not None and prev.admin1 == m.admin1   # "بلدة سراقب في إدلب": the city's province
            if inside and (len(gap) <= 14 and (gap in ("", "في", "ب", "من", "ضمن", "قرب")
                                               or gap.split(" ")[0] in ("في", "ضمن", "من", "قرب")
                                               or gap.startswith("ب"))
                           or _PART_OF_GAP_RE.fullmatch(gap)):
                continue   # (and "حي المشلب في الطرف الشرقي لمدينة الرقة")
        located.append(m)
    # "وفي مدينة حلب … قصفت حيي صلاح الدين وسيف الدولة": the city locates its quarters, before
    # them as after them
    quartered = {m.place_id for m in located if m.relation == "in_city"}
    keep = [m for m in located if m.relation == "in_city" or m.place_id not in quartered]
    # drop a qualifier that follows a list: "… والرصافة، وأثريا، بريف الرقة الغربي"
    keep2 = []
    for m in keep:
        if (m.kind in ("governorate",) or m.relation == "countryside_of") and any(
                o is not m and o.kind not in ("governorate", "district") and o.relation != "countryside_of"
                and o.start < m.start and _may_hold(m, o) for o in keep):
            before = text[max(0, m.start - 8):m.start]
            if "ريف" in normalize_char_string(before) or "محافظ" in before:
                continue
        keep2.append(m)
    # a clause naming precise places and a region ("غارات على ريف إدلب، طالت كفرنبل"): the
    # region is the backdrop of the precise ones
    # (and a stretch of road, "على الطريق بين حمام واصل والقدموس في ريف بانياس", is precise
    # beside a region but gives way to a place)
    # ("غارات على بلدة كفرنبل وعلى الطريق الواصل بين سراقب ومعرة النعمان": a second target stays)
    # (and so does a stretch of land: "في البادية الممتدة بين تدمر والسخنة، وفي سلسلة جبال البشري")
    second = {id(m) for m in keep2 if m.relation == "road_segment"
              and (lex.and_road_re.search(normalize_char_string(text[max(0, m.start - 40):m.start]))
                   or lex.area_between_re.search(normalize_char_string(text[max(0, m.start - 45):m.start])))}
    precise = [m for m in keep2 if m.geo_precision < 3 and m.relation not in ("countryside_of", "road", "road_segment")]
    # (a region that holds none of the precise places is no backdrop of theirs: "على محيط مدينة
    # كوباني وقرى في ريفها، وعلى مواقع في ريف ديرك")
    second |= {id(m) for m in keep2 if m.relation == "countryside_of" and m.lat is not None
               and m.kind != "governorate" and precise and not any(_may_hold(m, p) for p in precise)}
    # a named region with a place inside it ("فيلق الرحمن، أبرز فصائل الغوطة الشرقية، … على حي
    # العباسيين"; "في القطاع الجنوبي من الغوطة … تحرير بلدة X"): the region is the backdrop
    # (not when the place inside only takes a part of the region's toll: "قُتل 20 مدنياً في غارات على
    # الغوطة الشرقية، بينهم خمسة في مدينة دوما")
    # (and so is a city with a quarter of it that the gazetteer places: "حملته على الأحياء المحررة
    # في مدينة حلب، حيث ألقى برميلين على حي الصاخور")
    # (a quarter of that city, in its governorate: not "مدينة دوما وحي جوبر", Damascus's quarter
    # beside a town of Rural Damascus)
    keep2 = [m for m in keep2 if not (m.lat is not None and any(
        (p.kind != "region" if m.kind == "region" else m.kind == "city" and p.kind == "neighbourhood"
         and p.relation is None and p.geo_precision == 1 and p.admin1 == m.admin1)
        and p.lat is not None and p in precise and _km(m, p) <= m.uncertainty_km + p.uncertainty_km
        and not _TOLL_PART_BEFORE_RE.search(normalize_char_string(text[max(0, p.start - 40):p.start]))
        for p in keep2))]
    # a wider place whose parts are then named ("نقاطاً في محيط دمشق، بينها مواقع في الكسوة وجمرايا",
    # "قرى في ريف عين العرب، بينها زور مغار"): the parts are the places, the wide one their backdrop
    keep2 = [m for m in keep2 if not (
        m.relation in ("countryside_of", "near", "area_of", "direction_of") or m.kind in _OPENER_KINDS) or not any(
        p.start > m.end and p.lat is not None and m.lat is not None and p.uncertainty_km < m.uncertainty_km
        and _AMONG_THEM_RE.search(normalize_char_string(text[m.end:p.start])) and _may_hold(m, p) for p in keep2)]
    if precise:
        keep2 = [m for m in keep2 if id(m) in second
                 or m.geo_precision < 3 and m.relation not in ("countryside_of", "road", "road_segment")]
    elif any(m.relation == "road_segment" for m in keep2):
        keep2 = [m for m in keep2 if m.relation == "road_segment" or m.geo_precision < 3 and m.kind != "governorate"
                 and m.relation not in ("countryside_of", "road")]
    # one event per place (a place named twice in a clause counts once)
    seen, out = set(), []
    for m in keep2:
        key = (m.place_id, m.relation, round(m.lat or 0, 3), round(m.lon or 0, 3),
               m.name_ar if m.relation == "in_city" else None)   # neighbourhoods of one city
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
