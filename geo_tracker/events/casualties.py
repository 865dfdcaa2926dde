"""Casualties: the killed and injured told next to an act, tolls per place, and a toll that rises
later in the article ("ارتفعت حصيلة القتلى إلى …")."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from typing import Collection, Sequence

from geo_tracker.geo import haversine_km
from geo_tracker.models import Event, Mention
from geo_tracker.numbers import ambiguous_plurals, parse_number_words
from geo_tracker.text import normalize_char_string

from geo_tracker.events.words import _WORD, _count_word, _number_words, _strip_clitic, _words_after, _words_before, did_away, time_words
from geo_tracker.events.lexicon import _Lex, object_victims
from geo_tracker.events.clauses import _CLAUSE_PUNCT_RE, _split_clauses
from geo_tracker.events.dating import _since

_AND_NUM_RE = re.compile(r"\sو\s*$")
# "40 شخصا على الأقل قتلوا", "8 مدنيين بينهم 3 أطفال لقوا مصرعهم"
def _and_number(t: str) -> bool:
    """"وثلاثه": a number with the conjunction attached (not "واحده", which starts with و)."""
    rest = t[1:]
    return t.startswith("و") and bool(rest) and (rest.isdigit() or rest in _number_words())


# "أكثر من 200 شخص في واحد من أعنف الهجمات": one of them, not "وأحد" (one more)
_PREP_END_RE = re.compile(r"(?:^|\s)(?:في|من|ك|ب)\s*$")
@functools.lru_cache(maxsize=1)
def _time_after_res() -> tuple[re.Pattern, re.Pattern]:
    """The time between a killed word and its count ("استشهد صباح اليوم الخميس مدنيان", "قُتل أمس
    ثلاثة"), and a day and month after it ("يوم الثلاثاء 5 آذار طفل"), from the dates lexicon."""
    from geo_tracker.dates import month_names
    words = sorted(time_words(), key=len, reverse=True)
    months = sorted({normalize_char_string(k) for k in month_names() if not k.isascii()}, key=len, reverse=True)
    time_re = re.compile(r"(?:\s+(?:" + "|".join(re.escape(w).replace("\\ ", "\\s+") for w in words) + r"))+(?=\s)")
    day_month_re = re.compile(r"\s+\d{1,2}\s+(?:من\s+)?(?:" + "|".join(re.escape(n) for n in months)
                              + r")(?:\s+\d{4})?(?=\s)")
    return time_re, day_month_re


# (the noun's owner between: "14 عنصراً من القوات النظامية لقوا مصرعهم")
# (a nisba after the noun and the pluperfect's "قد": "وكان 33 جندياً تركياً قد قتلوا")
_NOUN_GAP_RE = re.compile(r"\s*\S+(?:\s+(?:\S+(?:يا|يين|يون)|اتراك|روس|اكراد|اجانب))?(?:\s+(?:اخرين|اخرون|اخريات))?(?:\s+(?:من|في\s+صفوف)\s+\S+(?:\s+\S+){0,2})?(?:\s+علي\s+الاقل)?(?:\s*[،,]?\s*(?:بينهم|منهم|بينهن)\s+\S+(?:\s+\S+)?"
                          r"(?:\s+و\s*\S+(?:\s+\S+)?)?)?\s*[،,]?(?:\s*قد)?\s*$")
_SUBSET_BEFORE_RE = re.compile(r"(?:بينهم|منهم|بينهن|منهن)\s*$")
_ITEM_OPENS_RE = re.compile(r"[،,:]\s*$")


_ACTS_OF_RE = re.compile(r"(?:^|[\s\"'«“(])(?:عمليات|عمليه|سلسله|موجه|حملات|حمله)\s+$")
_LIVES_RE = re.compile(r"ارواح|وفيات|قتلي")
_AMONG_RE = re.compile(r"\s*(?:في\s+صفوف|بين|لدي)\s")   # none among some: others may have been hit
# "أوقعوا أفرادها بين قتيل وجريح": some killed, some hurt — no number
# one count of the dead and the hurt together ("نحو 20 قتيلاً وجريحاً", "أكثر من 30 شهيداً وجريحاً")
# (the accusative singulars a number from 11 up takes: not "ثلاثة قتلى وجريح", three dead and one hurt)
_MIXED_TOLL_RE = re.compile(r"(?:(?:نحو|قرابه|حوالي|اكثر\s+من|ما\s+لا\s+يقل\s+عن)\s+)?\S+\s+(?:قتيلا|شهيدا)"
                            r"\s+و\s*(?:جريحا|مصابا)(?=[\s،,.]|$)")
_BETWEEN_RE = re.compile(r"(?:^|\s)بين\s+(?:\S+\s+و)?$")
# what a lone toll noun may follow to count one: a verb of falling, "عن", "إلى", or nothing
# ("سقط قتيل", "ارتقاء شهيد", "أسفر عن قتيل", a headline's "قتيل و3 جرحى", "قتيل وجريح")
_ONE_TOLL_BEFORE_RE = re.compile(r"(?:^|[.،,:؛!؟\n]\s*|(?:^|\s)[وف]?(?:سقط|سقوط|ارتقي|ارتقاء|وقع|وقوع|اوقع|يوقع|توقع|اوقعت|عن|الي|خلف|خلفت|يخلف|تخلف|اسفر)\s+"
                                 r"|(?:^|\s)(?:قتيل|شهيد|جريح|قتلي|شهداء|جرحي)\s+)و?$")
_OF_SIDE_RE = re.compile(r"\s*من\s+")


def _people_after(norm: str, end: int, lex: _Lex) -> bool:
    """Does a count ending at ``end`` count people ("ستة مدنيين", "خمسة من عناصر", "شابان")?"""
    ws = _words_after(norm, end, 3)
    if not ws:
        return False
    w = _strip_clitic(ws[0])
    if w == "من":
        # (or a side named: "أعدم تنظيم الدولة خمسة من الروافض", "خمسة من قسد"; or people by their
        # work, a plural in construct: "سبعة من جامعي الكمأة", "من الرعاة")
        return len(ws) > 1 and (ws[1] in lex.person_groups
                                or ws[1].startswith("ال") and ws[1][2:] in lex.person_plurals
                                or len(ws) > 2 and len(ws[1]) > 4 and ws[1].endswith("ي") and ws[2].startswith("ال")
                                or (om := _OF_SIDE_RE.match(norm, end)) is not None
                                and (am := lex.actor_re.match(norm, om.end())) is not None
                                and lex.actor_of.get(am.group(1)) is not None)
    return w in lex.person_plurals or w in lex.singular or w in lex.dual or ws[0] in lex.dual


_WHERE_GAP_RE = re.compile(r"\s+(في\s+|ب(?=\S))(?:[^\s\d،,.؛]+\s+){0,2}[^\s\d،,.؛]+(?=\s)")
# ... or why ("قضى جراء انفجار لغم 4 رعاة")
_CAUSE_GAP_RE = re.compile(r"\s+((?:جراء|اثر|بسبب|نتيجه)\s+)(?:[^\s\d،,.؛]+\s+){0,3}[^\s\d،,.؛]+(?=\s)")
_WORD_END_RE = re.compile(r"\S+")
_AGENT_GAP_RE = re.compile(r"رصاص|نيران|ايدي|(?:^|\s)يد\s|قبل")
_RESUMPTIVE_RE = re.compile(r"\s+(?:(?:علي\s+)?(?:اثرها|اثره|اثرهما)|فيها|فيه|خلالها|خلاله|جراءها|جراءه|بها|به|عليها|منهم)(?=\s)")


_FAMILY_OF_RE = re.compile(r"\s+(?:عايله|اسره)\s+(?:(?:مولفه|مكونه|تتالف|تتكون)\s+)?من\s+(?=\S)")


def _count_after(norm: str, end: int, lex: _Lex, quantities, taken: set | None = None) -> int | None | str:
    """The number of victims named right after a killed/injured word.

    Returns an int, None when nothing countable follows, or "vague" ("عشرات", "عدد من").
    A number in ``taken`` was already counted (by the word after it); it is recorded there.
    """
    r = _RESUMPTIVE_RE.match(norm, end)
    if r:
        end = r.end()   # "قُتل فيها تسعة أشخاص", "أصيب خلالها خمسة": the act's own toll
    f = _FAMILY_OF_RE.match(norm, end)
    if f:
        end = f.end()   # "مقتل عائلة من سبعة أشخاص", "أسرة مؤلفة من خمسة أفراد": its members
    time_re, day_month_re = _time_after_res()
    ta = _TIME_ASIDE_AFTER_RE.match(norm, end)
    if ta is not None and _time_aside(ta.group(1)):
        end = ta.end()   # "إنها قتلت، الأسبوع الماضي، قيادياً": when, set apart by commas
    t = time_re.match(norm, end)
    if t:
        end = t.end()
        dm = day_month_re.match(norm, end)
        if dm:
            end = dm.end()   # "استشهد يوم الثلاثاء 5 آذار طفل"
    if quantities and not any(0 <= q.span[0] - end <= 3 for q in quantities):
        # "وقُتل في درعا البلد ستة مدنيين": where, told between the verb and its count
        w = _WHERE_GAP_RE.match(norm, end) or _CAUSE_GAP_RE.match(norm, end)
        if w and not _AGENT_GAP_RE.search(w.group()) and not _SUBSET_WORD_RE.search(" " + w.group() + " ") \
                and not lex.injured_re.search(w.group()) and not lex.killed_re.search(w.group()):
            # (not "برصاص 3 مسلحين": the shooters; nor "شهداء بينهم طفلان وأصيب 23": another toll)
            # (a count of people: not "حي الأربعين", "بقصف 4 طائرات", "في الخامس عشر من آذار")
            starts = {q.span[0] for q in quantities if not q.text.startswith("ال") and _people_after(norm, q.span[1], lex)}
            for g in _WORD_END_RE.finditer(norm, w.end(1), w.end()):
                if any(0 <= st - g.end() <= 3 for st in starts):
                    end = g.end()
                    break
    for k, q in enumerate(quantities):
        if 0 <= q.span[0] - end <= 3 and not _date_part(norm, q):
            if norm[q.span[0] - 1:q.span[0]] == "و" and (lex.injured_re.match(norm, q.span[1]) or lex.injured_re.match(norm, q.span[1] + 1)):
                break   # "ارتقى 3 شهداء و7 جرحى": the next count is the hurt's, not more of these
            if taken is not None:
                if q.span in taken:
                    return None
                taken.add(q.span)
            if q.vague or (q.value is None and q.low is None):
                return "vague"
            total = q.value if q.value is not None else q.low
            # "مقتل 5 عناصر من قوات النظام و3 مقاتلين من الفصائل": coordinated counts add up
            last = q
            for q2 in quantities[k + 1:]:
                between = norm[last.span[1]:q2.span[0]]
                if len(between) > 45 or not (_AND_NUM_RE.search(between) or _and_number(q2.text)) or q2.vague \
                        or q2.text in ("واحد", "واحدا") and _PREP_END_RE.search(between) \
                        or q2.value is None or lex.hurt_re.search(between) \
                        or any(w.strip("،,") in _SUBSET_WORDS for w in between.split()) \
                        or lex.injured_re.match(norm, q2.span[1]) or lex.injured_re.match(norm, q2.span[1] + 1):
                    break   # (not who the counted were: "قتل 9 أشخاص بينهم طفل وأربعة نساء" is 9; nor the
                    # hurt counted next: "استشهد 3 مواطنين و7 جرحى" is 3 dead)
                total += q2.value
                last = q2
            # "قُتل سبعة جنود أتراك ومدني", "مقتل 11 من مقاتلي العشائر ومدنيين اثنين": a victim noun
            # joined after the counted ones
            phrase = _WORD.findall(_victims_phrase(norm, last.span[1], lex))
            return total + _coordinated_noun(phrase[:COMPANION_WORDS + 1], lex)
    words = _words_after(norm, end, 3)
    if not words:
        return None
    w0 = words[0]
    if w0 in lex.vague_counts:
        return "vague"
    if w0 in lex.dual or (len(words) > 1 and f"{w0} {words[1]}" in lex.dual) or (
            # a dual noun and its dual adjective: "شرطيان تركيان", "جنديين روسيين"
            len(words) > 1 and len(w0) > 4 and len(words[1]) > 4
            and (w0.endswith("ان") and words[1].endswith("ان") or w0.endswith("يين") and words[1].endswith("يين"))) or (
            # the dual of a person noun: "قُتل عضوان", "مقتل عضوين" (not "مدنيين", "وإصابة آخرين":
            # plurals too — numbers.yaml's ambiguous_plurals)
            len(w0) > 3 and (w0.endswith("ان") or w0.endswith("ين") and not w0.endswith("يين")
                             and (w0 not in ambiguous_plurals() or words[1:2] in (["اثنين"], ["اثنان"])))
            and (w0[:-2] in lex.singular or w0[:-2] + "ا" in lex.singular)) or (
            # ... and the feminine's: "قُتلت مقاتلتان", "إصابة ممرضتين"
            len(w0) > 5 and w0.endswith(("تان", "تين")) and (w0[:-3] in lex.singular or w0[:-3] + "ه" in lex.singular)) or (
            # a nisba's dual told with its number: "القضاء على إرهابيين اثنين", "مقتل قياديين اثنين"
            len(words) > 1 and words[1] in ("اثنين", "اثنان", "اثنتين", "اثنتان")
            and (w0 in lex.person_plurals or w0.endswith(("يين", "يان")) and (w0[:-3] in lex.singular or w0[:-2] in lex.singular))):
        if taken is not None:
            # "مواطنَين اثنين": the number restates the dual; it counts no one more
            taken.update(q.span for q in quantities if q.value == 2 and 0 <= q.span[0] - end <= len(w0) + 4)
            # "ارتقاء طفلين شهيدين": nor does a dual victim word after the dual noun
            p0 = norm.find(w0, end)
            if w0 in lex.dual and p0 >= 0:
                taken.add((p0, p0 + len(w0)))   # "ارتقاء شهيدين": the toll word's dual is its count, not two more
            if len(words) > 1 and words[1] in lex.dual and p0 >= 0:
                p1 = norm.find(words[1], p0 + len(w0))
                if p1 >= 0:
                    taken.add((p1, p1 + len(words[1])))
        return 2 + _coordinated_counts(norm, end, quantities, lex, taken) + _coordinated_noun(words, lex)
    if w0 in lex.singular or _strip_clitic(w0) in lex.singular or len(w0) > 3 and w0.endswith("ا") and w0[:-1] in lex.singular:
        # (the accusative's tanween too: "وقتلوا رجلاً وزوجته")
        if w0 == "اخر" and len(words) > 1 and words[1][:1] not in "وفبل" and words[1] not in _AFTER_ANOTHER \
                and not _ANOTHER_ENDS_RE.match(norm, end):   # (not "وأصيب آخر، مساء أمس،": one more)
            return None   # "قضت على آخر تجمعات الإرهابيين": the last of them, not one more person
        # "مقتل ضابط برتبة عقيد وثلاثة عناصر": 1 + 3
        # (the companion within the phrase: up to a comma or stop, not past "إثر", "جراء" …)
        phrase = _WORD.findall(_victims_phrase(norm, end, lex))[:COMPANION_WORDS + 1]
        more = _coordinated_counts(norm, end, quantities, lex, taken) + _coordinated_noun(phrase, lex)
        if not more and taken is not None:
            more = (_one_with_others(norm, end, quantities, lex, taken) or 1) - 1   # "قيادي مع ثلاثة من مرافقيه"
        return 1 + more
    return None


_ACTIVE_KILLS = frozenset({"قتل", "قتلت", "قتلوا", "قتلا"})
_PRESENT_DID_AWAY = ("يقضي", "تقضي", "يقضون")
# (the doer before the present verb: "الجيش يقضي على", "طائرات التحالف تقضي على", "غارة تقضي على")
_DOER_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:ال)?(?:جيش|وحدات|قوات|طايرات|طائرات|طيران|مقاتلات|مدفعيه|مسيره|مسيرات|غارات|غاره|"
                             r"قصف|ضربات|ضربه|هجوم|عمليه|كمين)(?:\s|$)")


def _people_counted(norm: str, end: int, lex: _Lex) -> bool:
    """Is the count right after ``end`` a count of people ("12 عنصراً", "خمسة من المسلحين")?"""
    ws = _words_after(norm, end, 3)
    if ws and ws[0] in ("عايله", "اسره", "عائله"):
        return True   # "يقضي على عائلة من سبعة أشخاص"
    return len(ws) > 1 and (ws[1] in lex.person_plurals or ws[1] in lex.singular or ws[1] in lex.dual
                            or ws[1] == "من" and len(ws) > 2 and (ws[2] in lex.person_groups or ws[2] in lex.person_plurals))
_SOURCE_OR_TIME_ASIDE_RE = re.compile(r"(?:بحسب|حسب|وفق|وفقا|نقلا\s+عن|في\s+ساعه|الاسبوع\s+الماضي|الشهر\s+الماضي)(?:\s|$)")
_TIME_ASIDE_RE = re.compile(r"\s*[،,]([^،,.]{2,30})[،,]\s*$")
_TIME_ASIDE_AFTER_RE = re.compile(r"\s*[،,]([^،,.]{2,30})[،,]")


def _time_aside(inner: str) -> bool:
    """Are the words between two commas (``inner``) a time ("، اليوم،", "، الأسبوع الماضي،") or a
    source ("، بحسب المرصد السوري،") set apart?"""
    s = inner.strip()
    tm = _time_after_res()[0].match(f" {s} ")
    return tm is not None and tm.end() >= len(s) + 1 or _SOURCE_OR_TIME_ASIDE_RE.match(s) is not None
_AGENT_WORDS_RE = re.compile(r"(?:[^\s\d،,.؛:]+\s+){1,4}$")


def _next_count(quantities, end: int, reach: int, taken: set, lower_bound: bool = False):
    """The first definite count after ``end``, within ``reach`` characters and not counted yet (with
    ``lower_bound``, "أكثر من 30" too: its lower bound counts)."""
    q = next((q for q in quantities if q.span[0] > end), None)
    if q is None or q.span[0] - end > reach or q.vague or q.span in taken \
            or q.value is None and not (lower_bound and q.low is not None):
        return None
    return q


def _count_after_agent(norm: str, end: int, quantities, lex: _Lex, taken: set, lower_bound: bool = False) -> int | None:
    """The count after the agent of an active killing verb (verb, subject, object):
    "قتلت الغارات الروسية 12 مدنياً", "قتل قناصة التنظيم مدنيين اثنين". Only a count of people a
    few words on, with no comma, other toll word or shooters between; with no number, a dual or an
    accusative singular victim noun there ("قتل قناصة التنظيم امرأتين", "… طفلاً") is 2 or 1."""
    q = _next_count(quantities, end, 60, taken, True)   # ("قتلت الغارات أكثر من 30 مدنياً")
    if q is not None and q.value is None and not lower_bound \
            and lex.actor_re.search(norm, end, q.span[0]) is None:
        return None   # a bound after an ambiguous "قتل" with no actor named: maybe a passive tally ("قُتل
        # منذ مطلع الموسم أكثر من 90 شخصاً"); not the one victim its noun would count (the agent named:
        # "قتل تنظيم داعش، أمس السبت، 135 شخصاً على الأقل" is 135, was 1)
    if q is None:
        seg = norm[end:end + 60]
        aside = _TIME_ASIDE_AFTER_RE.search(seg)
        if aside is not None and _time_aside(aside.group(1)):
            seg = seg[:aside.start()] + " " + seg[aside.end():]   # "قتل مسلحون مجهولون، ليل الجمعة، شاباً"
        ws = re.split(r"[،,.؛:]", seg, maxsplit=1)[0].split()[:7]
        # (a dual, an accusative, a man by his office: "قتل مسلحون مختار قرية الحوايج", lexicon.object_victims)
        k = next((i for i, w in enumerate(ws[:5]) if object_victims(w, ws[i + 1] if i + 1 < len(ws) else None, lex)), None)
        # (the "من" of the killers' body: "أعدمت عناصر من فصيل العمشات شقيقين")
        of_force = 1 if len(ws) > 2 and (ws[0] in lex.force_nouns or ws[0] in lex.armed_unnamed or ws[0] in _SHOOTERS) \
            and ws[1] == "من" else None   # ("قتل قناص من قسد عنصراً": the sniper's side)
        if k is None or k < 1 or any(w in ("في", "علي", "من", "الي") for i, w in enumerate(ws[:k]) if i != of_force):
            return None
        n = object_victims(ws[k], ws[k + 1] if k + 1 < len(ws) else None, lex)
        # (and the ones joined to it: "أعدم تنظيم داعش طبيباً وممرضاً", "قتل مسلحون شاباً ووالده", "قتل
        # مسلحون رجلاً وأطفاله الثلاثة")
        for i, w in enumerate(ws[k + 1:k + 4], k + 1):
            if (kin := _kin_counted(ws, i)) is not None:
                n += kin
                break
            if i == k + 1 and not w.startswith("و") and len(w) > 3 and w.endswith(("يه", "يا", "ي")):
                continue   # (her nisba between: "قتل مسلحون امرأة عراقية وطفليها")
            if not w.startswith("و") or len(w) < 3:
                break
            w1 = w[1:]
            if w1 in lex.dual:
                n += 2
            elif w1.endswith("ا") and w1[:-1] in lex.singular or w1 in lex.singular:
                n += 1
            else:
                break
        return n
    between = norm[end:q.span[0]]
    aside = _TIME_ASIDE_RE.search(between)
    if aside is not None and _time_aside(aside.group(1)):
        # ("، بحسب المرصد السوري،", "، في ساعة مبكرة من صباح اليوم،": who says, or when)
        between = between[:aside.start()] + " "   # "قتلت طائرة مسيّرة تركية، اليوم، ثلاثة عناصر": when, aside
    if "رمي" in between or "ذبح" in between or "شنق" in between or "حرق" in between or "بال" in between:
        between = _MANNER_RE.sub(" ", between)   # "أعدم تنظيم داعش رمياً بالرصاص أربعة شبان": how, aside
        # ("قتلت قوات الأمن بالرصاص ثمانية متظاهرين")
    if not _AGENT_WORDS_RE.fullmatch(between.lstrip() + (" " if not between.endswith(" ") else "")) \
            or lex.killed_re.search(between) or lex.injured_re.search(between) or lex.hurt_re.search(between) \
            or _AGENT_GAP_RE.search(between):
        return None   # (not "قُتل برصاص 3 مسلحين شاب": the shooters)
    last = between.split()[-1] if between.split() else ""
    # (the noun after its count, or before it: "مدنيين اثنين")
    if not (_people_after(norm, q.span[1], lex) or last in lex.person_plurals and q.value == 2):
        return None
    taken.add(q.span)
    return q.value if q.value is not None else q.low


# how the killed were killed, told between the killers and their count ("رمياً بالرصاص", "ذبحاً")
_SHOOTERS = frozenset({"قناص", "قناصه", "قناصو", "قناصي", "مسلح", "عنصر"})
_MANNER_RE = re.compile(r"(?:^|\s)(?:رميا\s+بالرصاص|رميا\s+بالحجاره|ذبحا|شنقا|حرقا|صلبا|بالرصاص(?:\s+الحي)?|بالسكاكين|بالسكين)(?=\s|$)")
_OTHERS_AFTER_RE = re.compile(r"\s+(?:\S+\s+)?(?:اخرين|اخرون|اخريات)(?![\u0621-\u064a])"
                              r"|\s+من\s+(?:مرافقي|عناصر|رفاق|افراد|اقارب|ابناء|زملاء|حراس|حرس)"
                              # (or his own: "مع اثنين من أبنائه", "مع ثلاثة من أطفالها")
                              r"|\s+من\s+\S+(?:ه|ها|هم|هما)(?=[\s،,.]|$)")
_OTHERS_FATE_RE = re.compile(r"(?:^|\s)(?:اصيبوا|اصيبا|جرحوا|جرحا|اعتقلوا|اعتقلا|اسروا|اسرا|نجوا|نجيا|فقدوا|خطفوا)(?=\s|$|[،,.])")
_NEW_CLAUSE_RE = re.compile(r"[،,]\s*(?:و\s*)?$|[،,]\s*و\S")
_WITH_BEFORE_RE = re.compile(r"(?:^|\S)\s+(?:مع|و)\s*$")   # (or right after the toll word: "مقتله مع اثنين")


def _one_with_others(norm: str, end: int, quantities, lex: _Lex, taken: set, named: int = 1) -> int | None:
    """A victim named (not counted) and N others with him: "قُتل سمير القنطار، أحد قادة الحزب،
    مع ثمانية أشخاص آخرين" → 9; "مقتل القيادية وثلاثة من مرافقيها" → 4. None when no such phrase."""
    q = _next_count(quantities, end, 110, taken)
    if q is None:
        return None
    between = norm[end:q.span[0]]
    # (not a new clause: "…، واعتُقل والده مع ثلاثة آخرين", "…، وثلاثة آخرون من عائلته أصيبوا")
    if "." in between or "؛" in between or lex.hurt_re.search(between) or _NEW_CLAUSE_RE.search(between):
        return None
    joined = q.text.startswith("و") and between[-1:].isspace()
    if not (joined or _WITH_BEFORE_RE.search(between)):
        return None
    others = _OTHERS_AFTER_RE.match(norm, q.span[1])
    if not others or _OTHERS_FATE_RE.search(norm, others.end(), others.end() + 30):
        return None   # ("وثلاثة آخرون من عائلته أصيبوا بجروح": the others' own fate)
    taken.add(q.span)
    return named + q.value   # (``named``: two for "مقتلهما مع ثلاثة آخرين")


_ANOTHER_ENDS_RE = re.compile(r"\s*اخر\s*[،,.]")
# words that may follow "آخر" (another person): "وأصيب آخر في القصف", "وأصيب آخر جراء …"
_AFTER_ANOTHER = frozenset({"في", "من", "علي", "جراء", "اثر", "بعد", "خلال", "اليوم", "امس", "حين", "عندما", "كما", "فيما"})


# the verb read in the passive after its victim ("إن طفلة قتلت", "أن شاباً أصيب")
_PASSIVE_AFTER_VICTIM = frozenset({"قتل", "قتلت", "اصيب", "اصيبت", "جرح", "جرحت"})
_WHO_RELATIVES = {"الذي": 1, "التي": 1, "اللذين": 2, "اللذان": 2, "اللتين": 2, "اللتان": 2}


def _victim_before(norm: str, start: int, lex: _Lex, reach: int = 4) -> int | None:
    """A singular or dual victim noun a few (``reach``) words before a killed/injured verb: 1 or 2."""
    for w in reversed(_words_before(norm, start, reach)):
        for f in (w, w[:-1] if w.endswith("ا") and len(w) > 3 else w):
            if f in lex.dual or _strip_clitic(f) in lex.dual:
                return 2
            if f in lex.singular or _strip_clitic(f) in lex.singular:
                return 1
    return None


def _with_as_and(words: list[str], at: int) -> list[str]:
    """``words`` with a "مع" at index ``at`` read as "و" on the word after it ("امرأة مع طفليها" as
    "امرأة وطفليها")."""
    if words[at:at + 1] == ["مع"] and len(words) > at + 1:
        return words[:at] + ["و" + words[at + 1]] + words[at + 2:]
    return words


def _coordinated_noun(words: list[str], lex: _Lex) -> int:
    """"مقتل امرأة وطفليها": the victim noun joined right after the first one (2 for a dual); a
    kinsman or companion of his a few words on ("قُتل قيادي عسكري في قسد ومرافقه") counts too;
    "مع" joins as "و" does right after the first ("مقتل امرأة مع طفليها")."""
    words = _with_as_and(words, 1)
    for k, w in enumerate(words[1:COMPANION_WORDS + 1], start=1):
        if not w.startswith("و") or w in lex.agent_nouns:
            continue   # (not a word whose "و" is its own: "قيادي في وحدات حماية الشعب ومرافقه")
        if k > 1 and w in _ONE_WORDS:
            return 0   # "جندي روسي واحد": one soldier, not "و" + "أحد" one more
        w = w[1:]
        if (kin := _kin_counted(words, k)) is not None:
            return kin   # "قُتلت امرأة وأطفالها الثلاثة": her three children with her
        if k == 1:
            if words[1] in _ONE_WORDS or any(x in _HURT_AFTER for x in words[2:4]):
                return 0   # "شخص واحد": one person (not "وأحد", one more, which normalizes the same);
                # "وطفل جريح": one hurt
            one = 2 if w in lex.dual else 1 if w in lex.singular else 0
            if not one:
                return 0
            # more kin joined with their pronoun ("قتل رجل وزوجته وطفلاهما": 1 + 1 + 2), or more victim
            # nouns in a list ("قتل طفل وامرأة ومسن"), then a plural kin counted ("قتل رجل وزوجته وأطفالهما الثلاثة")
            more, stop = _listed_after(words, 2, COMPANION_WORDS + 2, lex)
            return one + more + (_kin_counted(words, stop) or 0)
        if any(b in _SUBSET_WORDS for b in words[1:k]):
            return 0   # ("بينهم طفل وامرأة": who the counted were)
        if w.endswith(("ه", "ها")) and (w in lex.singular or w in lex.dual):
            # "… ومرافقه وسائقه": each companion joined after him ("ونجلاه": two)
            n = 2 if w in lex.dual else 1
            for i2, w2 in enumerate(words[k + 1:COMPANION_WORDS + 2], start=k + 1):
                if w2.startswith("و") and w2[1:].endswith(("ه", "ها")) and w2[1:] in lex.singular:
                    n += 1
                else:
                    n += _kin_counted(words, i2) or 0   # "رجل وزوجته وأطفالهما الثلاثة"
                    break
            return n
        if "في" in words[1:k] and not (words.index("في", 1) + 1 < k and (
                words[words.index("في", 1) + 1] in lex.unit_nouns
                or lex.actor_of.get(words[words.index("في", 1) + 1])
                # (a side named in more words: "قيادي في الحرس الثوري وعنصران")
                or (am := lex.actor_re.match(" ".join(words[words.index("في", 1) + 1:k]))) is not None
                and lex.actor_of.get(am.group(1)))):
            return 0   # ("قُتل مدني في سرمين وشاب في بنش": another place's; not "عنصر في الفرقة 25 وعنصران",
            # "قيادي في قسد وعنصران آخران": the side he led in)
        # "قُتل سبعة جنود أتراك ومدني", "مقتل عنصر من الأمن العام ومسلحان اثنان", "والطفلة سلمى"
        # (not one hurt: "وطفل جريح", "وعنصر أصيب بجروح")
        if any(x in _HURT_AFTER for x in words[k + 1:k + 6]):
            return 0
        n = _victim_noun(w, words[k + 1:k + 2], lex)
        # (and more victim nouns listed after it: "قُتل جندي أمريكي ومترجم ومدني")
        return n + _listed_after(words, k + 1, k + COMPANION_WORDS, lex)[0] if n else 0
    return 0


def _listed_after(words: list[str], i: int, end: int, lex: _Lex) -> tuple[int, int]:
    """The victims of more nouns joined by "و" from ``words[i]`` up to ``end`` ("… وامرأة ومسن": 2; a dual
    counts 2), and where the list stops: at a word that is no victim noun, "واحد", or one told hurt
    right after it (unless kin told with a pronoun: "وزوجته")."""
    n = 0
    while i < end:
        w2 = words[i][1:] if i < len(words) and words[i].startswith("و") else ""
        if not (w2 in lex.dual or w2 in lex.singular) or w2 in _ONE_WORDS \
                or not w2.endswith(_KIN_PRONOUNS) and any(x in _HURT_AFTER for x in words[i + 1:i + 3]):
            break
        n += 2 if w2 in lex.dual else 1
        i += 1
    return n, i


_KIN_PRONOUNS = ("ه", "ها", "هما", "هم")
# a victim's kin in the plural, with his or her pronoun ("وأطفالها الثلاثة", "وأبناؤه الأربعة")
_KIN_PLURAL_RE = re.compile(r"(?:اطفال|ابناء|ابناو|ابناي|اولاد|اشقاء|اشقاو|اشقاي|اخوه|اخوت|بنات|احفاد)(?:ه|ها|هم|هما)")


def _kin_counted(words: list[str], i: int) -> int | None:
    """The number of a victim's kin joined at ``words[i]`` and counted by the definite number word
    after them ("وأطفالها الثلاثة": 3), or None."""
    w = words[i] if i < len(words) else ""
    if not (w.startswith("و") and _KIN_PLURAL_RE.fullmatch(w[1:]) and i + 1 < len(words) and words[i + 1].startswith("ال")):
        return None
    kin = parse_number_words(words[i + 1])
    return kin if kin is not None and 2 <= kin <= 20 else None
# who the counted were ("بينهم طفل وامرأة", "هم رجل وزوجته وطفلهما", "أحدهم ضابط وآخر صف ضابط")
_SUBSET_WORDS = frozenset({"بينهم", "بينهن", "بينهما", "منهم", "منهن", "منهما", "هم", "وهم", "هما", "وهما", "هن",
                           "احدهم", "احدهما", "غالبيتهم", "معظمهم", "اغلبهم", "اكثرهم", "جميعهم", "كلهم"})
_HURT_AFTER = frozenset({"جريح", "جريحه", "مصاب", "مصابه", "اصيب", "اصيبت", "بجروح", "جرح", "جرحت"})
_TWO_WORDS = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})


def _victim_noun(w: str, after: list[str], lex: _Lex) -> int:
    """How many a victim noun joined to a toll counts: 1 (a singular, "الطفلة"), 2 (a dual,
    "مسلحان", or a plural with "اثنين"), else 0."""
    for f in (w, w[2:] if w.startswith("ال") and len(w) > 4 else w):
        if f in lex.dual or (after and after[0] in _TWO_WORDS and f in lex.person_plurals):
            return 2
        if f in lex.singular and f not in _ONE_WORDS:
            return 1
    return 0


COMPANION_WORDS = 7   # how far after the victim noun "ومرافقه" may stand
_PHRASE_END_RE = re.compile(r"[.،,؛:!?]|\s(?:اثر|جراء|بعد|عقب|حين|عندما|خلال|بسبب|نتيجه)\s")
# a comma, then more victims joined ("قُتل ضابط برتبة عقيد، وعنصران من مرافقته، بانفجار …")
_COMMA_AND_RE = re.compile(r"[،,]\s*و\s*(\S+)")


def _victims_phrase(norm: str, end: int, lex: _Lex) -> str:
    """The words after a victim noun up to its phrase's end (a stop, a comma, a cause word), past a
    comma that joins more victims ("ضابط برتبة عقيد، وعنصران من مرافقته، بانفجار")."""
    seg = norm[end:end + 90]
    first = _PHRASE_END_RE.search(seg)
    if first is None:
        return seg
    more = _COMMA_AND_RE.match(seg, first.start())
    if more is not None and (more.group(1) in lex.dual or more.group(1) in lex.person_plurals
                             or _VICTIM_COUNT_RE.fullmatch(more.group(1))):
        second = _PHRASE_END_RE.search(seg, more.end())
        return seg[:first.start()] + " " + seg[first.end():second.start() if second else len(seg)]
    return seg[:first.start()]


_VICTIM_COUNT_RE = re.compile(r"\d+|[٠-٩]+")


_ONE_WORDS = frozenset({"واحد", "واحدا", "واحده"})


def _coordinated_counts(norm: str, end: int, quantities, lex: _Lex, taken: set | None = None) -> int:
    """Counts joined by و within a few words after a victim noun (each marked in ``taken``: "إصابة
    سائق وأربعة من العمال بجروح" is 5, the "أربعة" before "بجروح" not counted again)."""
    total = 0
    for q in quantities:
        if q.span[0] <= end or q.span[0] - end > 40:
            continue
        between = norm[end:q.span[0]]
        if q.text in _TWO_WORDS and (not between.strip() or taken is not None and q.span in taken):
            continue   # "صحفيين اثنين و9 مدنيين": the plural's "two", then the count joined after it
        if lex.injured_re.match(norm, q.span[1]) or lex.injured_re.match(norm, q.span[1] + 1):
            break   # "قتل مدنيان و3 جرحى": the next count is the hurt's, not more of these
        if any(w.strip("،,") in _SUBSET_WORDS for w in between.split()):
            break   # "قتل 9 أشخاص، بينهم طفل وأربعة نساء": who the nine were, not four more
        # ("شخص واحد" restates the one: not "وأحد", one more, which normalizes the same)
        if (_AND_NUM_RE.search(between) or _and_number(q.text)
                and not (q.text in _ONE_WORDS and (len(between.split()) <= 1
                                                    # ("جندي روسي واحد": the noun's adjective between)
                                                    or len(between.split()) == 2 and between.split()[-1].endswith(("ي", "يه"))))) \
                and q.value is not None and not q.vague \
                and not lex.hurt_re.search(between):
            if taken is not None:
                if q.span in taken:
                    break
                taken.add(q.span)
            total += q.value
        break
    return total


_EACH_OF_RE = re.compile(r"(?:^|\s)(?:كل|كلا)\s+من\s*:?|:")
_AFTER_LIST_RE = re.compile(r"\s*(?:الذين|اللذين|اللتين|اللواتي|وهم|وهما)\s")


def _named_one_by_one(norm: str, hits: Sequence[re.Match], lex: _Lex) -> int | None:
    """Victims named one by one, no number told: "قُتل كلٌّ من محمد …، وأحمد …، وعامر …" → 3;
    "نعت العائلة أبناءها: سامر، ووسام، ونزار، الذين قضوا أمس" → 3. None if no such list."""
    for m in _EACH_OF_RE.finditer(norm):
        each_of = m.group().strip() != ":"
        pieces = norm[m.end():m.end() + 260].replace("،", ",").split(",")
        # "كل من محمد عبد القادر العلي وزوجته فاطمة الحسن وطفلهما أحمد": names joined by "و", no commas
        joined = _joined_names(pieces[0]) if each_of else [pieces[0]]
        if any(_not_names(j, lex) for j in joined):
            continue
        items, end = 1, m.end() + len(pieces[0])
        for piece in pieces[1:]:
            # (a name each: not a new clause, "…، وأصيب كل من علي وحسن", "…، وأطلقوا النار على …")
            if not piece.lstrip().startswith("و") or _AFTER_LIST_RE.match(piece) or _not_names(piece, lex):
                break
            items += 1
            end += 1 + len(piece)
        if items == 1 and each_of:
            items = len(joined)   # "كل من محمد ووليد وأحمد"
        if items < 2:
            continue
        # the death told right before "كل من" (not an injury: "استشهد مدنيون وأصيب كل من …"), or
        # right after the list ("، الذين قضوا")
        told = [x for rx in (lex.killed_re, lex.injured_re) for x in rx.finditer(norm, max(0, m.start() - 120), m.start())]
        before = each_of and bool(told) and max(told, key=lambda x: x.start()).re is lex.killed_re
        after = _AFTER_LIST_RE.match(norm, end + 1) is not None and any(0 <= h.start() - end <= 40 for h in hits)
        if before or after:
            return items
    return None


_JOINED_NAME_RE = re.compile(r"\sو(?=[^\s\d])")
# given names that begin with و ("الطفل وسيم", "وئام"): no conjunction
_WAW_NAMES = frozenset(normalize_char_string(w) for w in (
    "وسيم", "وئام", "وليد", "وائل", "وفاء", "وداد", "وعد", "وجيه", "وديع", "وهيب", "وحيد", "ولاء", "وصفي", "ورد",
    "وردة", "وسام", "وضاح", "وفيق", "وجدي", "وجدان", "وصال"))
_ASIDE_PRONOUNS = frozenset({"هو", "هي", "هما", "هم"})


def _joined_names(piece: str) -> list[str]:
    """The names of "كل من A وB وC" with no comma between: split at و, but not inside a name that
    begins with و ("الطفل وسيم الأحمد"), and up to an aside ("وهما من أبناء بلدة طفس")."""
    out: list[str] = []
    for part in _JOINED_NAME_RE.split(piece):
        first = part.split(" ", 1)[0]
        if out and first in _ASIDE_PRONOUNS:
            break
        if out and ("و" + first) in _WAW_NAMES:
            out[-1] += " و" + part
            continue
        out.append(part)
    return out


def _not_names(piece: str, lex: _Lex) -> bool:
    """Is this comma piece of a list more than a name (a clause: a verb, a toll, many words)?"""
    p = piece.strip()
    return not p or len(p.split()) > 5 or "." in p or lex.killed_re.search(p) is not None \
        or lex.injured_re.search(p) is not None or _EACH_OF_RE.search(p) is not None


def _date_part(norm: str, q) -> bool:
    """Is this number a year or a part of a written date ("الثلاثاء 9/ 1/ 2024: قتل طفلان")?"""
    t = q.text
    if not t.isdigit():
        return False
    a, b = q.span
    if "/" in norm[max(0, a - 2):a] or "/" in norm[b:b + 2]:
        return True
    # a year: "عام 2019", "2024:" (not "مقتل 2000 شخص")
    return len(t) == 4 and 1900 <= int(t) <= 2100 \
        and (norm[b:b + 2].lstrip()[:1] == ":" or _YEAR_WORD_RE.search(norm, max(0, a - 8), a) is not None)


_YEAR_WORD_RE = re.compile(r"(?:عام|سنه|العام)\s*$")


_AGE_RE = re.compile(r"\s*(?:من\s+(?:ال)?عمر|عاما|عام\b|سنه|سنوات|اعوام|شهرا|اشهر)")
_N_MIN_RE = re.compile(r"^\s*من\s+(?:[^\s،,]+\s+){0,4}$")   # (no comma between: "واثنان من أشقائه، فيما قُتل مسلح")


_BARE_TOLL_PLURALS = frozenset({"قتلي", "جرحي", "شهداء"})   # ("8 أطفال شهداء")
_ONE_NOUN_RE = re.compile(r"\s+[^\s\d،,.:؛]+\s+$")
_BOTH_AFTER_RE = re.compile(r"\s+(?:و|او)\s*(?:قتلي|جرحي|مصابين|مصابون)(?![^\s.,،؛:!؟?\"»)])")


def _count_noun_then(norm: str, start: int, end: int, quantities, taken: set) -> int | None:
    """A count, its noun, then the bare plural as what they became ("أوقعت 11 إرهابياً قتلى",
    "سقط خمسة عناصر جرحى"); not "عشرة عناصر قتلى وجرحى", the dead and wounded counted together."""
    if _BOTH_AFTER_RE.match(norm, end):
        return None
    for q in quantities:
        n = q.value
        if n is None or q.vague or q.span in taken or _date_part(norm, q) or q.span[1] >= start:
            continue
        if _ONE_NOUN_RE.fullmatch(norm, q.span[1], start):
            taken.add(q.span)
            return n
    return None


_OTHERS_BEFORE_RE = re.compile(r"(?:^|\s)(?:كان|وكان|فكان|الي\s+جانب|اضافه\s+الي|فضلا\s+عن)\s+(?:\S+\s+)?$")
_OTHERS_WHEN_RE = re.compile(r"\S+\s+(?:امس|الاسبوع|الشهر|العام|قبل|يوم|في\s+وقت\s+سابق)(?=\s|$|[،,.])")


def _count_before(norm: str, start: int, quantities, lex: _Lex, taken: set | None = None) -> int | None:
    """"6 قتلى", "٣ جرحى": a number right before the word; "5 من عناصر النظام قتلوا".
    A number in ``taken`` was already counted ("ارتقاء 14 شهيداً": once); it is recorded there."""
    for q in quantities:
        n = q.value if q.value is not None else q.low
        if n is None or q.vague or (taken is not None and q.span in taken) or _date_part(norm, q) \
                or (sb := _SUBSET_BEFORE_RE.search(norm, max(0, q.span[0] - 8), q.span[0])) is not None \
                and norm[:sb.start()].strip(" ،,") not in ("", "من") \
                or _AGE_RE.match(norm, q.span[1]):
            continue     # "بينهم 3 أطفال": part of the count before it; "في الستين من عمره": an age (not a
            # part a clause opens with: "، بينهم 6 قضوا بقصف على سرمين", one act of a tally)
        gap = start - q.span[1]
        if ":" in norm[q.span[1]:start]:
            continue     # "دير الزور 24: مقتل ستة عناصر": an outlet's name, then its news
        if (wb := _words_before(norm, q.span[0], 1)) and _strip_clitic(wb[0]) in lex.unit_nouns:
            continue     # "من مرتبات الفرقة 25، قُتل برصاص قناص": a unit's number, no count
        # "أكثر من 40 جريحاً" counts 40, as ACLED does; "5 من عناصر النظام قتلوا"; "3 مدنيين
        # قتلوا": a count, its noun, a plural verb
        if "اخر" in norm[q.span[1]:start] and (_OTHERS_BEFORE_RE.search(norm, max(0, q.span[0] - 24), q.span[0])
                                               or _OTHERS_WHEN_RE.match(norm, start)):
            continue     # "وكان ثلاثة أشخاص آخرين قتلوا الأسبوع الماضي", "إلى جانب ثلاثة آخرين قتلوا أمس": others'
        if 0 <= gap <= 2 or 0 < gap <= 40 and _N_MIN_RE.match(norm[q.span[1]:start]) or (
                0 < gap <= 60 and _NOUN_GAP_RE.match(norm, q.span[1], start)
                and norm[start:start + 8].split()[0].rstrip(".,،;؛:!؟?\"»)").endswith("وا")):   # ("… قتلوا.")
            if taken is not None:
                taken.add(q.span)
            # "إن 22 طفلاً وستة معلمين قُتلوا": a count and its noun joined by "و" before this one,
            # the plural verb after both: they add up
            k = quantities.index(q)
            p = quantities[k - 1] if k > 0 else None
            if p is not None and not p.vague and (p.value if p.value is not None else p.low) is not None \
                    and (taken is None or p.span not in taken) \
                    and not _TOLL_WORD_BEFORE_RE.search(norm, max(0, p.span[0] - 16), p.span[0]) \
                    and _JOINED_COUNT_GAP_RE.fullmatch(norm, p.span[1], q.span[0] + (1 if q.text.startswith("و") else 0)) \
                    and norm[start:start + 8].split()[0].rstrip(".,،;؛:!؟?\"»)").endswith("وا"):
                if taken is not None:
                    taken.add(p.span)
                n += p.value if p.value is not None else p.low
            return n
    return None


_JOINED_COUNT_GAP_RE = re.compile(r"\s+[^\s\d،,.]+\s+و\s*")
# (not a count a toll word of its own comes before: "أصيب 5 أشخاص و3 عناصر قتلوا")
_TOLL_WORD_BEFORE_RE = re.compile(r"(?:اصيب|اصابه|جرح|مقتل|قتل|استشهاد|استشهد|مصرع|بينهم|منهم)\S*\s+(?:\S+\s+)?$")


def _quantities_near_casualty_words(norm: str, hits: Sequence[re.Match]) -> list:
    """Numbers within reach of the killed/injured words ``hits`` (parsing only those windows is
    much cheaper than the whole clause)."""
    from geo_tracker.numbers import find_quantities

    spans = sorted((max(0, m.start() - 60), min(len(norm), m.end() + 90)) for m in hits)
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out = []
    for a, b in merged:
        # start the window on a word boundary so a number is not cut in two
        while a > 0 and not norm[a - 1].isspace():
            a -= 1
        for q in find_quantities(norm[a:b]):
            out.append(q.shifted(a))
    return out


# a side's own dead told as a loss ("وخسر الثوار 11 مقاتلاً", "فيما فقدت ثلاثة من مقاتليها"; not "فقدت
# ثلاث قرى", "خسرت خمس دبابات"): the verb, then a count of people
_LOST_MEN_RE = re.compile(r"(?<!\S)[وف]?(?:خسر|خسرت|خسروا|فقدت|فقد)(?=\s+(?:[^\s،,.]+\s+){0,2}?([^\s،,.]+)\s+(?:من\s+)?"
                          r"((?:مقاتل|عناصر|عنصر|جنود|جندي|افراد|ضباط|مسلح)\S*))")


def _lost_men(norm: str, lex: _Lex) -> str:
    """``norm`` with a loss of men counted ("وخسر الثوار 11 مقاتلاً") told as a death ("قتل")."""
    def sub(m: re.Match) -> str:
        count = m.group(1)
        ok = _count_word(count) or count in lex.vague_counts
        return "قتل" if ok else m.group(0)
    return _LOST_MEN_RE.sub(sub, norm)


# the other side's dead set against a toll ("مقتل 26 عنصراً من قوات النظام، مقابل 19 من الفصائل", "في
# مقابل 13 مسلحاً", "مقابل سقوط 9 من مقاتلي الجيش الحر"): "versus", then a count
_VERSUS_RE = re.compile(r"(?<!\S)(?:في\s+)?مقابل\s+(?:سقوط\s+|مقتل\s+)?"
                        r"(?=(?:(?:نحو|حوالي|اكثر\s+من|ما\s+لا\s+يقل\s+عن)\s+)?([^\s،,.]+))")


_SIDE_FIGHTERS = frozenset({"عنصرا", "عنصر", "عناصر", "مقاتلا", "مقاتل", "مقاتلين", "مقاتلي", "مسلحا", "مسلح", "مسلحين",
                            "مسلحي", "جنديا", "جندي", "جنود", "ارهابيا", "ارهابيين", "مرتزقا", "مرتزقه"})
_WHEN_AFTER_RE = re.compile(r"(?:^|\s)(?:امس|يوم|الماضي|الماضيه|السابق|السابقه|الشهر|الاسبوع|العام)(?=[\s.,،]|$)")


def _versus(norm: str, lex: _Lex) -> str:
    """``norm`` with the other side's count after "مقابل" told as a death, when the toll before it is
    of the dead (not "إصابة خمسة مقابل …", nor "مقابل 24 عملية": a count of acts has no victim word)."""
    def sub(m: re.Match) -> str:
        if not _count_word(m.group(1)):
            return m.group(0)
        before = norm[:m.start()]
        k = list(lex.killed_re.finditer(before))
        i = [x.start() for x in lex.injured_re.finditer(before)]
        nxt = _words_after(norm, m.end(1), 1)
        if not k or i and i[-1] > k[-1].start() or not any(_count_word(w.strip(".,،")) for w in before[k[-1].end():].split()) \
                or not (nxt == ["من"] or nxt and _strip_clitic(nxt[0]) in _SIDE_FIGHTERS) \
                or _WHEN_AFTER_RE.search(norm, m.end(1), m.end(1) + 40):
            return m.group(0)   # (the toll before it counted after its word: "مقتل 26 عنصراً …، مقابل 19 من …";
            # the other side's fighters, not "مقابل 10 مدنيين أمس", another day's toll)
        return "ومقتل "
    return _VERSUS_RE.sub(sub, norm)


# more people fell ("وسقط آخران بقذائف هاون", "فيما سقط 3 آخرون"), see _fell_as_killed
_FELL_OTHERS_RE = re.compile(r"((?:^|\s)[وف]?)(سقط)(\s+(?:([^\s،,.]+)\s+)?(?:اخر|اخران|اخرون|اخرين)(?=\s|$|[.،,]))")
_PUNCT_GAP_RE = re.compile(r"[\s.،,]*")


def _fell_as_killed(g: re.Match, norm: str, lex: _Lex) -> str:
    """"وسقط آخران", "فيما سقط 3 آخرون" read as "قتل …" — a count between only if it is one (not
    "سقط صاروخان آخران"), and not the hurt ("وسقط آخران جرحى", "بجروح")."""
    count = g.group(4)
    if count is not None and not (count.isdigit() or count in _number_words()) \
            or lex.injured_re.match(norm, _PUNCT_GAP_RE.match(norm, g.end()).end()):
        return g.group(0)
    return g.group(1) + "قتل" + g.group(3)
# a life lost: the verb, one to four words (the victims: "فقد حياته" right after its subject is
# events.yaml's subject_first_deaths), and the life's word
_LOST_LIFE_RE = re.compile(r"((?:^|\s)[وف]?)(فقدان|فقد|فقدت|فقدوا|فقدا|فارق|فارقت|فارقوا|فارقا)(\s+(?:\S+\s+){1,4}?)"
                           r"((?:ل)?(?:حياته|حياتها|حياتهم|حياتهما|حياتهن|الحياه))(?=\s|$|[.،,])")
_LOST_LIFE_AS = {"فقدان": "مقتل", "فقد": "قتل", "فقدت": "قتلت", "فقدوا": "قتلوا", "فقدا": "قتلا",
                 "فارق": "قتل", "فارقت": "قتلت", "فارقوا": "قتلوا", "فارقا": "قتلا"}


def _casualties(norm: str, lex: _Lex) -> tuple[int | None, int | None]:
    if ("جريح" in norm or "جرحي" in norm or "مصاب" in norm) and (mx := _MIXED_TOLL_RE.search(norm)) is not None:
        # "سقط نحو 20 قتيلاً وجريحاً": one number for the dead and the hurt together, neither toll
        norm = f"{norm[:mx.start()]} {' ' * (mx.end() - mx.start() - 1)}{norm[mx.end():]}"
    if ("خسر" in norm or "فقد" in norm) and _LOST_MEN_RE.search(norm):
        norm = _lost_men(norm, lex)
    if "مقابل" in norm and _VERSUS_RE.search(norm):
        norm = _versus(norm, lex)
    if "سقط" in norm and "اخر" in norm:
        norm = _FELL_OTHERS_RE.sub(lambda g: _fell_as_killed(g, norm, lex), norm)   # "وسقط آخران" as "وقتل آخران"
    if "حيا" in norm and ("فقد" in norm or "فارق" in norm):
        # "فقد ثلاثة مدنيين حياتهم", "فارق طفل الحياة", "فقدان سيدة لحياتها": read as "قتل ثلاثة
        # مدنيين", "مقتل سيدة" (the same length, the life's word blanked)
        norm = _LOST_LIFE_RE.sub(lambda g: _LOST_LIFE_AS[g.group(2)].ljust(len(g.group(2))).join((g.group(1), g.group(3)))
                                 + " " * len(g.group(4)), norm)
    if "قض" in norm and "علي" in norm and (da := did_away(norm)) is not None:
        # "قضت وحدة من الجيش على خمسة إرهابيين", read as "وحدة من الجيش قضت على خمسة …": the count
        # right after the verb's "على"
        norm = f"{norm[:da.start(1)]}{da.group(2)}{da.group(1)} علي {norm[da.start(3):]}"
    if ("سابق" in norm or "اولي" in norm or "كان" in norm) and _REVISED_CUE_RE.search(norm) and _SUPERSEDED_RE.search(norm):
        # "عدلت الوكالة الحصيلة إلى 22، بعدما كانت قد أفادت بمقتل 35": the figure replaced is no toll
        norm = _SUPERSEDED_RE.sub(lambda g: " " * len(g.group(0)), norm)
    if " من " in norm and " الي " in norm and _REVISED_CUE_RE.search(norm):
        # "رفع المرصد الحصيلة من سبعة إلى 11": the toll it went to
        norm = _REVISED_FROM_RE.sub(lambda g: g.group(0) if not _count_word(g.group(2))
                                    else " " * len(g.group(0)), norm)
    if ("ضمن" in norm or " من " in norm) and (wt := _WITHIN_TOTAL_RE.search(norm)) is not None:
        # "قتل 4 جنود أميركيين ضمن 19 قتيلاً", "من بين 12 قتيلاً", "من أصل 15": a part of the total, counted once
        norm = f"{norm[:wt.start(1)]} {norm[wt.end(1):]}"
    if "حمل" in norm and (ct := _CAMPAIGN_TOLL_RE.search(norm)) is not None:
        # "قتل 15 مدنياً اليوم …، في إطار حملة جوية قتلت أكثر من 500 مدني": the campaign's toll, not the act's
        cut = _CLAUSE_PUNCT_RE.search(norm, ct.end())
        end = cut.start() if cut else len(norm)
        norm = f"{norm[:ct.start()]}{' ' * (end - ct.start())}{norm[end:]}"
    if ("معظم" in norm or "غالبي" in norm or "اغلب" in norm or "بينهم" in norm or "منهم" in norm or "احد" in norm) \
            and (ap := _PART_ASIDE_RE.search(norm)) is not None:
        # "إن 42 شخصاً على الأقل، معظمهم مدنيون، قتلوا": the count before the aside is the verb's
        norm = f"{norm[:ap.start()]}{' ' * (ap.end() - ap.start())}{norm[ap.end():]}"
    nc = lex.no_casualty_re.search(norm) or lex.no_casualty_said_re.search(norm)
    if nc:
        # "دون وقوع إصابات", "دون أن تسفر الغارة عن إصابات", "واقتصرت أضرارهما على الماديات": 0/0 —
        # unless the rest of the clause counts someone ("ونجا دون أن يصاب بأذى، فيما قُتل مرافقه",
        # "وقتلت خمسة إرهابيين، دون أي خسائر بشرية في صفوف قواتنا"); no loss of lives is no death
        # only ("أصيب ثلاثة، ولم يسفر الانفجار عن خسائر في الأرواح": 0 killed, 3 injured)
        rest = norm[:nc.start()] + " " + norm[nc.end():]
        killed, injured = _casualties(rest, lex)
        if (killed, injured) == (None, None):
            if _AMONG_RE.match(norm, nc.end()) and (lex.killed_re.search(rest) or lex.injured_re.search(rest)):
                return None, None   # "قتلت وحداتنا عشرة إرهابيين، ولم تسجل أي خسائر بشرية في صفوف قواتنا"
            return 0, 0
        if _LIVES_RE.search(nc.group()) and killed is None:
            killed = 0
        return killed, injured
    # "وجاءت الغارات بعد مقتل تسعة جنود": a toll named as the cause of this event is another's
    found = {k: [m for m in rx.finditer(norm) if not lex.cause_re.search(norm, max(0, m.start() - 14), m.start())]
             for k, rx in (("killed", lex.killed_re), ("injured", lex.injured_re))}
    executed = [m for m in _EXECUTED_RE.finditer(norm) if carried_out(norm, m, lex)] + list(_SENTENCE_CARRIED_OUT_RE.finditer(norm)) \
        if "عدم" in norm or "عدام" in norm or "رجم" in norm or "ذبح" in norm or "نحر" in norm or "صف" in norm or "بحق" in norm else []
    if not (found["killed"] or found["injured"] or executed):
        # "سقطت قذائف على حي المحطة، ولم تسجل أي وفيات": no death, and no word of the hurt
        return (0, None) if lex.no_deaths_re.search(norm) else (None, None)
    quantities = _quantities_near_casualty_words(norm, found["killed"] + found["injured"] + executed)
    res = {}
    taken: set = set()   # numbers already counted: "ارتقاء 14 شهيداً" is 14, not 28
    assassinated: list = []
    bodies = False   # the dead counted by the bodies found
    for kind in ("killed", "injured"):
        total, seen, vague = 0, False, False
        used: set[int] = set()
        for m in found[kind]:
            word = m.group(1)
            if word in lex.dual:
                # "ارتقاء طفلين شهيدين": the dual noun before it already counted the two
                if not any(qs <= m.start(1) and (qe > m.start(1) or not norm[qe:m.start(1)].strip()) for qs, qe in taken):
                    total += 2
                seen = True
                continue
            if seen and kind == "injured" and word in ("بجروح", "بجراح"):
                continue   # "أصيب 9 أشخاص، بينهم … وأربعة من الركاب، بجروح": the hurt counted already
            # "استشهاد اثنين وإصابة ثلاثة": the number before "و…" counts the words before it
            joined = m.start(1) > m.start() and norm[m.start()] in "وف"
            n = None if joined else _count_before(norm, m.start(), quantities, lex, taken)
            if n is None and not joined and word in _BARE_TOLL_PLURALS:
                n = _count_noun_then(norm, m.start(), m.end(), quantities, taken)   # "وأوقعت 11 إرهابياً قتلى"
            if n is None and word in lex.one_toll and _ONE_TOLL_BEFORE_RE.search(norm, max(0, m.start(1) - 14), m.start(1)) \
                    and not _BETWEEN_RE.search(norm, max(0, m.start(1) - 16), m.start(1)):
                n = 1    # "ارتقاء شهيد", "سقط قتيل وثلاثة جرحى" (not "بين قتيل وجريح", "بينهم شهيد",
                # "عائلة شهيد", "ثأراً لقتيل", "لم يسقط أي قتيل", "بعد وفاة جريح")
            if word in _REMAINS and not _FOUND_BODY_RE.search(norm, max(0, m.start() - 40), m.start()):
                continue   # "شيّع الأهالي جثامين ثلاثة من المقاتلين": the dead of earlier days, buried
            if word in _BODY_PRONOUNS and seen:
                continue   # "مقتل شاب …، والعثور على جثته": his body, counted already
            if n is None and kind == "killed" and _FOUND_BODY_RE.search(norm, max(0, m.start() - 40), m.start()) \
                    and word in _BODIES:
                # "عُثر على جثة لاجئة مقتولة", "على جثتي شابين مقتولين", "جثث ثلاثة شبان": the dead found
                # (and no death verb after them counts them again: "جثتي شابين قتلا برصاص مجهولين")
                bodies = True
                c = _count_after(norm, m.end(), lex, quantities, taken)
                if c == "vague":
                    vague = True
                    continue
                n = c if c is not None else _BODIES[word]
            elif bodies and kind == "killed":
                continue   # "عُثر على جثة الشاب الذي قتل برصاص قناص": the one found, counted already
            if n is None and m.group(1) in lex.one_victim:
                # "ما أدى إلى مقتله ومرافقه": his death and his companions'
                comp = 0
                after = _with_as_and(_words_after(norm, m.end(), 3), 0)   # "مقتلها مع طفليها": as "وطفليها"
                for w in after:
                    if w.startswith("و") and w[1:] in lex.dual:
                        comp += 2   # "مقتله وزوجته وطفليه"
                    elif w.startswith("و") and w[1:].endswith(("ه", "ها")) and w[1:] in lex.singular:
                        comp += 1
                    else:
                        break
                if comp:
                    n = 1 + comp
            if n is None:
                c = _count_after(norm, m.end(), lex, quantities, taken)
                if c == "vague":
                    vague = True
                    continue
                n = c
                if n is not None and (word in lex.one_victim or word in lex.two_victims) \
                        and (nw := _words_after(norm, m.end(), 1)) and nw[0].startswith("و"):
                    n += 1 if word in lex.one_victim else 2   # "مقتله وثلاثة من مرافقيه": he and three
                if n is not None and word.startswith(_PRESENT_DID_AWAY) and not (
                        _people_counted(norm, m.end(), lex) and _DOER_BEFORE_RE.search(" ".join(_words_before(norm, m.start(), 4)))):
                    n = None   # "حريق … يقضي على 50 دونماً", "فيما البرد يقضي على ثلاثة أطفال": no one killed by an act
            if n is None and word in ("لقي", "لقيت", "لقيا") and (md := _MET_DEATH_RE.match(norm, m.end())) is not None \
                    and not any(_count_word(w) for w in norm[m.end():md.start(1)].split()):
                n = 2 if md.group(1).endswith("هما") else 1   # "لقي رئيس بلدية داعل مصرعه": one
            if n is None and word in ("اغتيل", "اغتيلت") and not seen:
                # "اغتيل مدير مدرسة في بلدة طفس": the passive of an assassination is one victim, with
                # the ones joined to him ("اغتيل رئيس مخفر بلدة النعيمة ومرافقه": two)
                n = 1
                for w in _words_after(norm, m.end(), 6):
                    if w.startswith("و") and w[1:] in lex.dual:
                        n += 2
                    elif w.startswith("و") and w[1:].endswith(("ه", "ها")) and w[1:] in lex.singular:
                        n += 1
            if n is None and word in _ACTIVE_KILLS:
                # "قتلت الغارات الروسية 12 مدنياً" (with a lower bound, "أكثر من 30", only after the
                # unambiguous active "قتلت": not "قُتل منذ مطلع الموسم أكثر من 90 شخصاً", a tally)
                n = _count_after_agent(norm, m.end(), quantities, lex, taken, lower_bound=word.endswith("ت"))
            if n is None:
                n = _one_with_others(norm, m.end(), quantities, lex, taken,
                                     2 if m.group(1) in lex.two_victims else 1)   # "مقتل فلان مع ثمانية آخرين"
            if n is None and kind == "injured" and _DAMAGE_AFTER_RE.match(norm, m.end()):
                continue   # "سقط صاروخ على مبنى سكني، ما أدى إلى إصابته بأضرار مادية": a thing damaged
            if n is None and (m.group(1) in lex.one_victim or m.group(1) in lex.two_victims):
                if seen:
                    continue   # "قتل عنصر … ما أدى إلى مقتله", "قتل عنصران … مقتلهما": counted already
                n = 1 if m.group(1) in lex.one_victim else 2   # "ما أدى إلى مقتله على الفور", "… مقتلهما"
            if m.group(1) in lex.assassinate and (n is None or not m.group(1).startswith(("اغتيال", "باغتيال"))):
                if norm[max(0, m.start(1) - 2):m.start(1)] != "ال" and not _ACTS_OF_RE.search(norm, max(0, m.start(1) - 10), m.start(1)):
                    # (not "عمليات الاغتيال", "عمليات اغتيال وتفجير": a kind of act)
                    assassinated.append(m)   # counted only when nothing else is (below)
                continue   # (but "باغتيال ثلاثة عناصر": the count right after the verbal noun, below)
            if n is None and m.group(1) in lex.subject_first:
                n = _victim_before(norm, m.start(), lex)   # "عاملاً في مطحنة عامودا فقد حياته"
            elif n is None and word in lex.intransitive_deaths:
                if word.endswith("ا"):   # the dual verb: "طفلة وشقيقها استشهدا", "رجل وزوجته قضيا"
                    n = 2 if _victim_before(norm, m.start(), lex, 3) is not None else None
                elif not _words_before(norm, m.start(), 1)[-1:] or not _words_before(norm, m.start(), 1)[-1].startswith("ل"):
                    n = _victim_before(norm, m.start(), lex, 1)   # "امرأة استشهدت أيضاً" (not "أم لطفلين استشهدت")
            elif n is None and word in _PASSIVE_AFTER_VICTIM and _words_before(norm, m.start(), 2)[:1] == ["ان"]:
                n = _victim_before(norm, m.start(), lex, 1)   # "قالت سانا إن طفلة قتلت وأصيب 11 شخصاً"
            elif n is None and not seen and word in _PASSIVE_AFTER_VICTIM and (wb := _words_before(norm, m.start(), 2)) \
                    and wb[-1] in _WHO_RELATIVES and not (len(wb) > 1 and lex.type_of.get(wb[0])):
                n = _WHO_RELATIVES[wb[-1]]   # "نعت الفصائل الشيخ محمد الحوراني الذي قتل برصاص قناص" (not
                # "القصف الذي قتل …": the act, not its victim)
            if n is None or m.start() in used:
                continue
            used.add(m.start())
            if 0 <= n < 100000:
                total += n
                seen = True
        res[kind] = total if seen else None
    if res["killed"] is None and found["killed"] and ("من" in norm or ":" in norm):
        res["killed"] = _named_one_by_one(norm, found["killed"], lex)   # "استشهد كلٌّ من: A، وB، وC"
    if res["killed"] is None and assassinated:
        # "اغتال مجهولون الشاب محمد الزعبي" (but "… ما أدى إلى مقتله على الفور" counts him once)
        res["killed"] = _assassinated(norm, assassinated[0].end(), lex, quantities, taken)
    if res["killed"] is None and executed:
        # "أعدم تنظيم داعش خمسة شبان": the executioners after the verb, then the count of the executed
        # (only when no other word told the dead: "أعدم … بعد أن قتل …" is counted by its own verb)
        # ("داعش يعدم 20 شخصاً", "بإعدام ثلاثة شبان": the count right after the verb or its noun)
        res["killed"] = next((n for m in executed
                              if (n := _count_after(norm, m.start() + len(m.group().rstrip()), lex, quantities, taken)) not in (None, "vague")
                              or (n := _count_after_agent(norm, m.end(), quantities, lex, taken)) is not None),
                             None)
    if res["killed"] is None and found["killed"] and "ال" in norm \
            and (dc := next((n for m in found["killed"] if (x := _DEFINITE_COUNT_RE.match(norm, m.end()))
                             and (n := parse_number_words(x.group(1))) is not None and 3 <= n <= 10), None)) is not None:
        res["killed"] = dc   # "قُتل الجنود الخمسة", "قتل الأشقاء الثلاثة"
    if res["killed"] is None and found["killed"] and "عدد" in norm and (tn := _THEIR_NUMBER_RE.search(norm)) is not None:
        res["killed"] = int(tn.group(1)) if tn.group(1).isdigit() else parse_number_words(tn.group(1))
        # "قُتل جميع من كانوا في السيارة وعددهم خمسة": all of them, their number told
    if res["killed"] is None and lex.no_deaths_re.search(norm):
        res["killed"] = 0   # "إصابة ثلاثة أشخاص، من دون وقوع وفيات"
    return res["killed"], res["injured"]


# the killed as a definite plural and its number after it, three to ten ("قُتل الجنود الخمسة", "قتل
# الأشقاء الثلاثة"; the number read by numbers.parse_number_words)
_DEFINITE_COUNT_RE = re.compile(r"\s+ال[^\s،,.]{3,}\s+ال([^\s،,.]+)(?=[\s،,.]|$)")
# all the killed, their number after them ("قُتل جميع من كانوا في السيارة وعددهم خمسة")
_THEIR_NUMBER_RE = re.compile(r"(?:^|\s)(?:جميع|كل)\s+(?:\S+\s+){0,6}?(?:و|ال)?(?:عددهم|عددهما|عددهن|البالغ\s+عددهم)\s+"
                              r"(\d{1,3}|[^\s\d،,.]+)(?=[\s،,.]|$)")


# what makes the execution word before it no act told: a sentence passed, a threat, a video, a
# danger, a demand ("حكمت … بإعدام", "تهدد بإعدام", "تسجيل يظهر إعدام", "نجا من الإعدام", "طالبوا بإعدام")
def carried_out(norm: str, m: re.Match, lex: _Lex) -> bool:
    """Is the execution word ``m`` (of _EXECUTED_RE) told as done, not as a sentence, a threat or a
    film (none of events.yaml's ``not_executed_before`` in the three words before it, "من" skipped)?"""
    before = [w for w in norm[max(0, m.start() - 40):m.start()].split() if w != "من"][-3:]
    nb = lex.not_executed_before
    return not any(w in nb or w[:1] in "وف" and w[1:] in nb for w in before)


# a campaign and its own toll ("في إطار حملة جوية قتلت أكثر من 500 مدني", "ضمن حملة أودت بحياة …")
_CAMPAIGN_TOLL_RE = re.compile(r"(?:^|\s)[وف]?(?:في\s+اطار|ضمن|خلال|من)\s+(?:ال)?حمل(?:ه|ات)\s+(?:[^\s،,.]+\s+){0,3}?"
                               r"(?:قتلت|اسفرت|خلفت|اودت|حصدت|راح)(?=\s)")
# an aside on the dead between their count and their verb ("، معظمهم مدنيون، قتلوا")
_PART_ASIDE_RE = re.compile(r"[،,]\s*(?:معظمهم|غالبيتهم|اغلبهم|بينهم|من\s+بينهم|منهم|احدهم|احداهم|احدهما|احداهما)\s+[^،,.]{1,40}[،,](?=\s*(?:قتلوا|قضوا|لقوا|استشهدوا|سقطوا))")
# a figure told before the one that replaced it: "بعدما كانت قد أفادت بمقتل 35", "بعد أن كانت أربعة",
# "وكانت حصيلة سابقة للمرصد قد أشارت إلى مقتل تسعة", "في حصيلة سابقة" (to the clause's end), and the
# first of "من سبعة إلى 11" after a toll raised or revised
_SUPERSEDED_RE = re.compile(r"(?:^|\s)(?:بعد\s+ان|بعدما)\s+(?:كانت|كان)\s+[^،,.؛]*"
                            r"|(?:^|\s)[وف]?(?:كانت|كان)\s+(?:\S+\s+){0,2}?حصيله\s+(?:سابقه|اوليه)[^،,.؛]*"
                            r"|(?:^|\s)[وف]?(?:في|وفق|بحسب)\s+حصيله\s+(?:سابقه|اوليه)[^،,.؛]*")
_REVISED_FROM_RE = re.compile(r"(?:^|\s)(من)\s+(\S+)\s+(?=الي\s+\S+)")
_REVISED_CUE_RE = re.compile(r"(?:ارتفع|رفع|عدل|خفض|حصيله|حصيلتها|حصيلته)")
_WITHIN_TOTAL_RE = re.compile(r"(?:^|\s)[وف]?(?:قتل|مقتل|قتلوا|استشهاد|استشهد)\s+((?:[^\s،,.]+\s+){1,4}?(?:ضمن|من\s+بين|من\s+اصل))\s+\S+\s+"
                              r"(?:قتيلا|قتيل|قتلي|ضحيه|ضحايا|شخصا|اشخاص|مدنيا|شهيدا|شهداء)(?=[\s،,.]|$)")
_DAMAGE_AFTER_RE = re.compile(r"\s+(?:ب|ببعض\s+)?(?:اضرار|الاضرار|ضرر|اعطال|عطل|تلف|دمار)")
# a death sentence carried out ("نفذ التنظيم حكم الإعدام بحق ثلاثة شبان"): the executed after "بحق"
_SENTENCE_CARRIED_OUT_RE = re.compile(r"(?:^|\s)[وف]?(?:نفذ|نفذت|نفذوا|ينفذ|تنفذ)\s+(?:[^\s،,.]+\s+){0,3}?"
                                      r"(?:(?:حكم|احكام|عقوبه)\s+)?(?:ال)?(?:اعدام|قتل|قصاص)\s+(?:\S+\s+)?بحق\s+")


def execution_told(norm: str, lex: _Lex) -> re.Match | None:
    """The first execution carried out in ``norm`` whose victims are told within five words after
    it, by a count or a person noun ("داعش يعدم 20 شخصاً", "قام التنظيم بإعدام ثلاثة شبان",
    "رجم التنظيم امرأة"), or None."""
    for m in itertools.chain(_EXECUTED_RE.finditer(norm), _SENTENCE_CARRIED_OUT_RE.finditer(norm)):
        if m.re is _EXECUTED_RE and not carried_out(norm, m, lex):
            continue
        for w in re.split(r"[،,.؛:]", norm[m.end():m.end() + 70], maxsplit=1)[0].split()[:5]:
            w = _strip_clitic(w)
            w = w[2:] if w.startswith("ال") and len(w) > 4 else w
            if _count_word(w) or w in lex.person_plurals or w in lex.singular or w in lex.dual \
                    or w.endswith("ا") and w[:-1] in lex.singular:
                return m
    return None


# an execution verb with its doers after it ("أعدم تنظيم داعش خمسة شبان", "وأعدمت قوات النظام شاباً"),
# the headline's present ("داعش يعدم 20 شخصاً"), the verbal noun ("قام التنظيم بإعدام ثلاثة شبان",
# "إعدام 20 شخصاً على يد التنظيم"; not "حكم بإعدام …": see carried_out), stoning ("رجم التنظيم امرأة")
# and the knife ("ذبح الشبيحة 47 امرأة وطفلاً", "نحر عناصر التنظيم راعياً"), and the outlets' "liquidated"
# ("صفّى مسلحون مجهولون ثلاثة رعاة")
_EXECUTED_RE = re.compile(r"(?:^|\s)[وف]?(?:اعدم|اعدمت|اعدموا|يعدم|تعدم|يعدمون|[بل]?اعدام|رجم|رجمت|يرجم|ترجم"
                          r"|ذبح|ذبحت|ذبحوا|يذبح|تذبح|يذبحون|نحر|نحرت|نحروا|صفي|صفوا)\s+")
# a body or two found ("عُثر على جثة شاب مقتولاً", "عثر الأهالي على جثتي شابين"; "جثث" counted after it)
_BODIES = {"جثه": 1, "جثتي": 2, "جثتين": 2, "جثتا": 2, "جثث": None, "جثمان": 1, "جثماني": 2, "جثمانين": 2, "جثامين": None,
           # (the body told by its pronoun: "عُثر على جثته قرب بلدة اليادودة")
           "جثته": 1, "جثتها": 1, "جثتيهما": 2}
_BODY_PRONOUNS = frozenset({"جثته", "جثتها", "جثتيهما"})
# "لقي رئيس بلدية داعل مصرعه": the death's own pronoun counts its subject, whoever he was
_MET_DEATH_RE = re.compile(r"\s+(?:[^\s،,.\d]+\s+){1,5}?(مصرعه|حتفه|مصرعها|حتفها|مصرعهما|حتفهما)(?=\s|$|[،,.])")
# the remains of the dead: a toll only where they are found or recovered (not at a funeral)
_REMAINS = frozenset({"جثمان", "جثماني", "جثمانين", "جثامين"})
_FOUND_BODY_RE = re.compile(r"(?:^|\s)[وف]?(?:عثر|عثرت|عثروا|العثور|وجد|وجدت|وجدوا|انتشال|انتشلت|انتشل|ظهور)\s+"
                            r"(?:[^\s،,.]+\s+){0,6}?(?:علي\s+)?$")


_STRIKE_KINDS = frozenset({"airstrike", "shelling"})


def _over_a_span(cnorm: str, d, lex: _Lex) -> bool:
    """Is the clause's toll counted over weeks or more ("سقوط أكثر من 1600 شهيد … خلال سبعة
    أسابيع")? Not when the clause dates its act to a day ("قتل 12 مدنياً اليوم … في ثاني مجزرة
    خلال أسبوعين"), nor when the span only ranks it ("أكبر خسارة … خلال الأشهر الماضية")."""
    sp = lex.span_re.search(cnorm)
    if sp is None or d is not None and d.precision <= 1:
        return False
    km = lex.killed_re.search(cnorm, 0, sp.start())
    # (nor when a relative clause tells the span of something else: "على بلدة كفرنبل التي تتعرض
    # لقصف مكثف على مدى أسابيع")
    return not lex.ranked_re.search(cnorm, max(0, sp.start() - 60), sp.start()) \
        and not (km is not None and _RELATIVE_RE.search(cnorm, km.end(), sp.start()))


# "ثاني مجزرة", "أكبر خسارة", "الأعنف", "ليرتفع عدد": a span that ranks or sums up one act's toll
_RELATIVE_RE = re.compile(r"(?:^|\s)(?:التي|الذي|الذين|اللتين|اللذين)\s")


def _assassinated(norm: str, end: int, lex: _Lex, quantities, taken: set) -> int:
    """How many "اغتال مجهولون ثلاثة عناصر" killed: a count after the killers (at most three words
    of them), else one ("اغتال مجهولون الشاب محمد الزعبي")."""
    c = _count_after(norm, end, lex, quantities, taken)
    if isinstance(c, int):
        return c   # "باغتيال ثلاثة عناصر": the victims right after the verbal noun
    pos = end
    for _ in range(ASSASSIN_WORDS):
        w = _WORD_AT_RE.match(norm, pos)
        if w is None or w.group(0).strip() in (".", "،", ","):
            break
        pos = w.end()
        c = _count_after(norm, pos, lex, quantities, taken)
        if isinstance(c, int):
            return c
    return 1


ASSASSIN_WORDS = 6   # how many words (the killers, "في بلدة طفس") may stand before the victims


_WORD_AT_RE = re.compile(r"[\s,،]*\S+")


ONE_SITE_MAX_KM = 3.0   # a site (a base, a prison, a quarter) is this small


def _one_site(evs: Sequence[Event]) -> bool:
    """Are these events (one clause's) one place: the same, or a site and the wider places around
    it that only locate it ("سجن الصناعة في حي غويران جنوبي مدينة الحسكة")?"""
    if len({e.place_id for e in evs}) == 1:
        return True
    if any(e.lat is None for e in evs):
        return False
    p = min(evs, key=lambda e: e.uncertainty_km)
    if p.uncertainty_km > ONE_SITE_MAX_KM:
        return False   # "مدينة إدلب وبلدة بنش": two towns, not a site and its town
    return all(e is p or e.uncertainty_km > p.uncertainty_km
               and haversine_km(e.lat, e.lon, p.lat, p.lon) <= e.uncertainty_km for e in evs)


def _same_kind(clause_type: str, event_type: str) -> bool:
    """Can a place-less clause of this type add its toll to that event ("وأدت الغارات إلى مقتل…"),
    or is it another kind of act ("انفجرت سيارة مفخخة … ما أدى إلى استشهاد شخصين" after air strikes)?"""
    if {clause_type, event_type} == {"clash", "explosion"}:
        return False   # "فجّر المرتزقة سيارة مفخخة …. وخاضت قواتنا اشتباكات … أسفرت عن …": the fighting's dead
    return "other" in (clause_type, event_type) or (clause_type in _STRIKE_KINDS) == (event_type in _STRIKE_KINDS)


def _tolls_for_places(events: list[Event], norm: str, sent_ms: list[Mention], lex: _Lex, nart, na: int,
                      text: str = "", first: int = 0, untriggered: bool = False,
                      clauses: Sequence[tuple[int, int]] | None = None) -> None:
    """"أن عاملاً في مطحنة عامودا فقد حياته وأصيب اثنان من زملائه": a sentence with no event
    word that gives the toll at one place of an event just reported fills that event's toll. With
    ``untriggered``, only the sentence's clauses that tell no act do, and only for ``events[first:]``
    (the events of the sentence's other clauses); with ``text``, a clause that tells the dead of several
    places one by one ("فيما قُتل 3 مدنيين في جرجناز و2 في تلمنس") fills each place's event.
    ``clauses`` are the sentence's clauses if the caller has split it already."""
    if not (lex.killed_re.search(norm) or lex.injured_re.search(norm)):
        return
    for ca, cb in clauses if clauses is not None else _split_clauses(norm, lex):
        if untriggered and lex.trigger_re.search(norm, ca, cb):
            continue
        o_a, o_b = nart.original_index(na + ca), nart.original_index(na + cb - 1) + 1
        ids = {m.place_id for m in sent_ms if o_a <= m.start < o_b and m.place_id is not None}
        if len(ids) > 1 and text:
            places = [m for m in sent_ms if o_a <= m.start < o_b and m.place_id is not None]
            split = _tolls_by_place(norm[ca:cb], places, text, lex)
            for m in places:
                kill_inj = split.get(id(m))
                k = next((k for k in range(len(events) - 1, first - 1, -1)
                          if events[k].place_id == m.place_id and not events[k].background), None)
                if kill_inj and kill_inj != (None, None) and k is not None \
                        and events[k].killed is None and events[k].injured is None:
                    events[k] = _replace(events[k], killed=kill_inj[0], injured=kill_inj[1])
            continue
        if len(ids) != 1:
            continue   # a toll is given for one place or it is not given per place
        # "ووثق الدفاع المدني استشهاد 202 مدني في مدينة حلب منذ السبت الماضي": a tally, the toll of no
        # one day's act (but of a campaign told over days: "11 قتلوا في الحفة منذ بدء الحملة")
        tally = "منذ" in norm[ca:cb] and _since(norm[ca:cb]) or lex.span_re.search(norm[ca:cb]) is not None
        killed, injured = _casualties(norm[ca:cb], lex)
        risen = _rise(norm[ca:cb], lex)   # "وقال المرصد إن عدد القتلى في جرمانا ارتفع إلى 13"
        if risen is not None:
            killed, injured = (risen[1], injured) if risen[0] == "killed" else (killed, risen[1])
        if killed is None and injured is None:
            continue
        pid = ids.pop()
        for k in range(len(events) - 1, first - 1, -1):
            e = events[k]
            if e.place_id == pid and not e.background:
                if tally and (e.date_start is None or _span_days(e) < CAMPAIGN_MIN_DAYS):
                    break
                if e.killed is None and e.injured is None:
                    events[k] = _replace(e, killed=killed, injured=injured)
                elif killed is not None and e.killed is not None and killed > e.killed and _LATER_RE.search(norm) \
                        and not lex.tally_re.search(norm) and not _SPAN_WORD_RE.search(norm):
                    # "وقال المرصد في وقت لاحق إن 217 شخصاً على الأقل قتلوا في الخالدية": a later toll
                    events[k] = _replace(e, killed=killed, injured=injured if injured is not None else e.injured)
                break


CAMPAIGN_MIN_DAYS = 3   # an act told over this many days is a campaign a tally since its start may count


def _span_days(e: Event) -> int:
    """How many days the event's dates cover (1 for one day)."""
    return (dt.date.fromisoformat(e.date_end or e.date_start) - dt.date.fromisoformat(e.date_start)).days + 1


_SPAN_WORD_RE = re.compile(r"(?:^|\s)(?:خلال|منذ|طوال|طيله)\s")   # "… مقتل 120 مدنياً خلال الشهر الجاري": a tally
_LATER_RE = re.compile(r"في\s+وقت\s+لاحق|(?:^|\s)لاحقا(?:\s|$)|حصيله\s+(?:جديده|محدثه|لاحقه)")
# the act between a count and its place, up to its "على"/"في" ("ستة في غارات روسية على الأتارب")
_ACT_BETWEEN = r"(?:(?:ال)?(?:غارات|غاره|قصف|ضربات|ضربه|هجوم|هجمات|استهداف)\s+(?:[^\s\d،,.]+\s+){0,3}?(?:علي|في|ب)\s*)"
_COUNT_AT_TAIL = (r"\s+(?:[^\s\d،,]+\s+){0,2}?(?:في|ب)\s*"   # (no comma: "بينهم 4 أطفال، في القصف على كفربطنا" is who, not where)
                  # (the act between: "بينهم 12 في غارات روسية على بلدة حمورية، و9 في قصف بالبراميل على سقبا")
                  + _ACT_BETWEEN + r"?(?:مدينه|بلده|قريه|حي)?\s*$")
_COUNT_AT_RE = re.compile(r"(?:(?<![^\s(])|(?<=\sو)|(?<=^و))(\d+)" + _COUNT_AT_TAIL)
_COUNT_WORD_VALUES = range(2, 100)   # the number words a breakdown may use ("بينهم ستة في بلدة صيدا")


@functools.lru_cache(maxsize=1)
def _count_word_at_re() -> tuple[re.Pattern, dict[str, int]]:
    """_COUNT_AT_RE with a one-word number ("ستة", "عشرين") for the digits."""
    from geo_tracker.numbers import number_word_values
    values = {w: v for w, v in number_word_values().items() if v in _COUNT_WORD_VALUES and len(w) > 2}
    # (and the teens in two words: "ثمانية عشر آخرين في خان شيخون")
    units = {w: v for w, v in values.items() if 3 <= v <= 9}
    for u, v in units.items():
        for ten in ("عشر", "عشره"):
            values[f"{u} {ten}"] = 10 + v
    alts = "|".join(sorted(values, key=len, reverse=True))
    return re.compile(r"(?:(?<![^\s(])|(?<=\sو)|(?<=^و))(" + alts + r")" + _COUNT_AT_TAIL), values


@functools.lru_cache(maxsize=1)
def _month_words() -> frozenset:
    """The first words of the month names the dates lexicon knows ("ايار", "كانون", "يناير"), normalized."""
    from geo_tracker.dates import _lex as dates_lexicon
    return frozenset(normalize_char_string(k).split()[0] for k in dates_lexicon().months)


# a word right before "في"/"ب" and the place that ends the string (a kind word at most between)
_AT_PLACE_END = r"\s+(?:في|ب)\s*(?:(?:مدينه|بلده|قريه|حي)\s+)?$"
_TOLL_NOUN_AT_RE = re.compile(r"(?:^|(?<=[\s:،,])|(?<=\sو)|(?<=^و))(شهيدان|شهيدين|قتيلان|قتيلين|شهيد|قتيل|جريحان|جريحين|جريح)"
                              + _AT_PLACE_END)
_ONE_AT_RE = re.compile(r"\sو(\S+)" + _AT_PLACE_END)
_FIRST_AT_RE = re.compile(r"(?:^|\s)(\S+)" + _AT_PLACE_END)
_ITEM_AT_RE = re.compile(r"(?:^|\s)(\S+)\s+(?:في|ب)\s*\S")   # a count word or noun, then its place
_COUNTED_AT_BEFORE_RE = re.compile(r"(?:^|\s)و?\d+\s+(?:\S+\s+)?(?:في|ب)\s*\S")   # ("… و3 في حزة"): a breakdown before


def _count_at(s: str, lex: _Lex) -> tuple[re.Match, int, bool | None] | None:
    """A count told at the place that ``s`` ends before, its value, and whether it is in words
    (None: a breakdown's first item told by a victim noun alone, "قتل مدنيان بالهبيط", a breakdown only
    beside a next item); None if there is none. A number word counts when it is a breakdown's ("بينهم ستة في بلدة
    صيدا") or a count of people with no comma before the place ("تسعة أشخاص في الميدان"; not
    "ثمانية طوابق في حي المزة", "بينهم ثلاثة أطفال، في دارة عزة": the subset)."""
    c = _COUNT_AT_RE.search(s)
    if c is not None:
        if s[c.end(1):].split()[:1] and s[c.end(1):].split()[0] in _month_words():
            return None   # "مجزرة يوم 12 أيار في بلدة حاس": a day of a month, no count
        prev = s[:c.start(1)].split()[-1:]
        if prev and prev[0].startswith("ال") and len(prev[0]) > 3 and prev[0] not in lex.person_plurals \
                and prev[0][2:] not in lex.person_plurals:
            return None   # "منطقة المزة 86 بدمشق", "اللواء 47 في ريف حماة": a name's number, no count
        return c, int(c.group(1)), False
    rx, values = _count_word_at_re()
    c = rx.search(s)
    if c is None and (tn := _TOLL_NOUN_AT_RE.search(s)) is not None:
        # an item told by its toll noun ("شهيدان في حرستا وثلاثة في دوما", "شهيد في سقبا"): one, or
        # two in the dual
        return tn, 2 if tn.group(1).endswith(("ان", "ين")) else 1, True
    if c is None:
        # a breakdown's next item told by its noun alone ("قتل 4 مدنيين في سقبا و3 في حزة وطفل في
        # مسرابا"): one, or two in the dual
        c = _ONE_AT_RE.search(s)
        if c is not None and (c.group(1) in lex.singular or c.group(1) in lex.dual or c.group(1) in ("اخر", "اخري")) \
                and (_COUNTED_AT_BEFORE_RE.search(s, 0, c.start())
                     or any(d.group(1) in lex.dual or d.group(1) in lex.singular for d in _ITEM_AT_RE.finditer(s, 0, c.start()))):
            return c, 2 if c.group(1) in lex.dual else 1, True
        # (or its first item, two told by a dual or one by its noun: "قتل مدنيان بالهبيط وآخر بكفرنبودة",
        # "قتل مدني في سرمين وشاب في بنش")
        c = _FIRST_AT_RE.search(s)
        if c is not None and (c.group(1) in lex.dual or c.group(1) in lex.singular) \
                and not _SUBSET_WORDS.intersection(_words_before(s, c.start(1), 1)):   # (not "بينهم طفل في …": who)
            return c, 2 if c.group(1) in lex.dual else 1, None   # (None: a first item alone, a breakdown
            # only beside a next item)
        return None
    gap = s[c.end(1):].split()
    if gap[:1] and gap[0] in lex.others_words:
        gap = gap[1:]   # "وثمانية عشر آخرين في خان شيخون": the others, at the place
    # (right before "في"/"ب" and the place, a kind word at most: "ستة في بلدة صيدا")
    # (or with its act between: "بينهم ستة في غارات روسية على الأتارب")
    at_place = lambda g: len(g) == 1 or len(g) == 2 and g[1] in ("مدينه", "بلده", "قريه", "حي") \
        or _ACT_AT_RE.fullmatch(" ".join(g) + " ") is not None  # noqa: E731
    if gap and gap[0] in ("منهم", "منهن"):
        # "ثمانية منهم في بنش": of them, at the place (a breakdown, as after "بينهم")
        return (c, values[c.group(1)], False) if at_place(gap[1:]) else None
    if _SUBSET_BEFORE_RE.search(s, 0, c.start(1)) or s[c.start(1) - 1:c.start(1)] == "و" \
            or _ITEM_OPENS_RE.search(s, 0, c.start(1)):
        # (or the breakdown's next count: "تسعة أشخاص في الميدان وخمسة في السليمانية"; or its first,
        # after a comma or a colon: "قتل خمسة مدنيين، ثلاثة في دوما، واثنان في حرستا", "توزعوا على
        # النحو التالي: أربعة في سقبا")
        ok = at_place(gap)
    else:
        ok = "," not in s[c.end(1):] and "،" not in s[c.end(1):] and len(gap) > 1 and gap[0] in lex.person_plurals
    return (c, values[c.group(1)], True) if ok else None


COUNT_AT_CHARS = 70   # how far before a place its count may stand ("12 في غارات روسية على بلدة")


_LIST_GAP_RE = re.compile(r"^\s*[،,]?\s*و\s*(?:ال)?(?:بلده|قريه|مدينه|حي|مخيم|بلدات|قري|احياء)?\s*$")
_LIST_KIND_RE = re.compile(r"و\s*(?:ال)?(?:بلده|قريه|مدينه|حي|مخيم)")
_BETWEEN_BEFORE_RE = re.compile(r"(?:^|\s)بين\s+(?:\S+\s*)?$")


def _listed_with_next(m: Mention, places: list[Mention], text: str) -> bool:
    """Is place ``m`` the head of a list ("حيي باب توما والقصاع", "بلدتي X وY"): the next place of
    the clause right after it, joined by و? One toll for such a list is no one place's."""
    later = [p for p in places if p.start > m.start]
    if not later:
        return False
    nxt = min(later, key=lambda p: p.start)
    gap = normalize_char_string(text[m.end:nxt.start])
    # (not "بين بلدتي تديل والأبزمو": one place between two; nor a new clause on another place:
    # "… على بلدة كفرنبل، وبلدة حاس استهدفت بعدة قذائف")
    return bool(_LIST_GAP_RE.match(gap)) and not ("," in gap and _LIST_KIND_RE.search(gap)) \
        and not _BETWEEN_BEFORE_RE.search(normalize_char_string(text[max(0, m.start - 16):m.start]))


# a count right after a place in a list ("قتل 5 مدنيين بغارات روسية: دوما 3، حرستا 2", "… حمورية (4)،
# سقبا (2)"): up to the next comma, "و" or the end
_COUNT_AFTER_PLACE_RE = re.compile(r"\s*(?::\s*|\(\s*)?(\d{1,4})\s*\)?(?=\s*(?:[،,.؛;]|$|\n|و))")


def _counts_after_places(norm: str, places: list[Mention], text: str, lex: _Lex) -> dict[int, list]:
    """A toll's breakdown told place then count ("دوما 3، حرستا 2"), for two places or more after a
    toll word: {id(place): [killed, injured]}, or {} (not one place and a number: "مدينة حماة 2")."""
    out: dict[int, list] = {}
    for m in places:
        name = normalize_char_string(text[m.start:m.end])
        k = norm.find(name) if name else -1
        c = _COUNT_AFTER_PLACE_RE.match(norm, k + len(name)) if k >= 0 else None
        if c is None:
            continue
        kind = _kind_before(norm, k, lex)
        if kind is None:
            continue
        out.setdefault(id(m), [None, None])[0 if kind == "killed" else 1] = int(c.group(1))
    return out if len(out) >= 2 else {}


def _tolls_by_place(norm: str, places: list[Mention], text: str, lex: _Lex) -> dict[int, tuple]:
    """A toll broken down by place ("154 قتيلاً، بينهم 106 في جبلة و48 في طرطوس"): {id(place):
    (killed, injured)} for every place of the clause, or {} when the clause gives no breakdown."""
    out: dict[int, list] = {}
    worded: set[int] = set()
    duals: set[int] = set()
    for m in places:
        name = normalize_char_string(text[m.start:m.end])
        c = None
        k = norm.find(name) if name else -1
        longer = [(n2, n2.index(name)) for n2 in (normalize_char_string(text[p.start:p.end]) for p in places)
                  if n2 != name and name in n2]
        while k >= 0:   # every occurrence: "مدينتي جبلة وطرطوس … 106 في جبلة"
            if not any(k >= o and norm.startswith(n2, k - o) for n2, o in longer):   # (not "حلب" of "حي حلب الجديدة")
                found = _count_at(norm[max(0, k - COUNT_AT_CHARS):k], lex)
                if found is not None:
                    c, n, in_words = found
                    break
            k = norm.find(name, k + 1)
        if c is None:
            continue
        pos = max(0, k - COUNT_AT_CHARS) + c.start()
        kind = _kind_before(norm, pos + len(c.group(1)), lex)   # (the count's own toll noun too: "شهيدان في")
        if kind is None:
            continue   # no killed/injured word before the number: "مراسل كوردستان24 في قامشلو"
        if n >= 100000 or len(c.group(1)) == 4 and 1900 <= n <= 2100:
            continue   # (not a year: "يوم الأربعاء 27 حزيران 2018 في محافظة درعا")
        out.setdefault(id(m), [None, None])[0 if kind == "killed" else 1] = n
        if in_words and not _SUBSET_BEFORE_RE.search(norm, 0, pos):
            worded.add(id(m))
        if in_words is None:
            duals.add(id(m))
    if len(out) == 1 and worded or duals and duals.issuperset(out):
        out = {}   # one place's count in words, not a breakdown's: the toll words' own, below
    after = _counts_after_places(norm, places, text, lex) if len(places) >= 2 else {}
    if after:
        out = after   # (the total before them is no one place's: "قتل 6 مدنيين بغارات على حمورية (4) وسقبا (2)")
    if out:
        _whole_before_subset(norm, places, text, lex, out)
    between = _tolls_between_places(norm, places, text, lex)
    if not out:
        return between or _toll_named_at(norm, places, text, lex)
    return {id(m): tuple(out[id(m)]) if id(m) in out else between.get(id(m), (None, None)) for m in places}


# "…، فيما اقتصرت الأضرار في نجران على الماديات", "… في البلدات الأخرى / القريتين الأخريين …"
_MATERIAL_ONLY_RE = re.compile(r"(?:اقتصرت|اقتصر)\s+(?:ال)?(?:اضرار|خساير)\s+(?P<where>(?:في|ب)\s*[^,،.]{1,60}?)\s+"
                               r"علي\s+(?:ال)?(?:ماديات|الماديه|اضرار\s+الماديه)"
                               # (the place after: "واقتصرت الأضرار على الماديات في معرة حرمة")
                               r"|(?:اقتصرت|اقتصر)\s+(?:ال)?(?:اضرار|خساير)\s+علي\s+(?:ال)?(?:ماديات|الماديه|اضرار\s+الماديه)\s+"
                               r"(?P<where2>(?:في|ب)\s*[^,،.]{1,60}?)(?=\s*(?:[,،.]|$|\s(?:بينما|فيما|في\s+حين|و)))")
_THE_OTHERS_RE = re.compile(r"(?:الاخري|الاخريين|الاخرتين|الاخرين|باقي|بقيه|المتبقيه)(?:\s|$)")


def material_only(norm: str, places: list[Mention], text: str, lex: _Lex, res: dict[int, tuple]) -> dict[int, tuple]:
    """A toll told at one place of a list and damage only at the others ("قصفت قرى قسطون والزيارة
    والحواش، ما أدى إلى إصابة ثلاثة مدنيين في الحواش، بينما اقتصرت الأضرار في القريتين الأخريين على
    الماديات"): those others' tolls are 0, and the toll is the one other place's. ``norm`` is the
    clause and the rest of its sentence (the damage is often told in a clause of its own);
    ``res`` is the clause's tolls by place ({} when none), returned amended."""
    mo = _MATERIAL_ONLY_RE.search(norm)
    if mo is None:
        return res
    where = mo.group("where") or mo.group("where2")
    if _THE_OTHERS_RE.search(where):
        zero = {id(m) for m in places if res.get(id(m), (None, None)) == (None, None)}
        told = [m for m in places if id(m) not in zero]
        if not told:
            # no toll given by place yet: it is the one place named after the toll's words
            named = [m for m in places if normalize_char_string(text[m.start:m.end]) in norm[:mo.start()]
                     and norm.rfind(normalize_char_string(text[m.start:m.end]), 0, mo.start())
                     > min((x.start() for rx in (lex.killed_re, lex.injured_re) for x in rx.finditer(norm, 0, mo.start())),
                           default=len(norm))]
            if len(named) != 1:
                return res
            told = named
            zero.discard(id(named[0]))
    else:
        words = f" {where} "
        zero = {id(m) for m in places if f" {normalize_char_string(text[m.start:m.end])} " in words
                or f"ب{normalize_char_string(text[m.start:m.end])} " in words}
        if not zero:
            return res
        told = [m for m in places if id(m) not in zero]
    if not res and len(told) == 1:
        res = {id(told[0]): _casualties(norm[:mo.start()], lex)}
    return {id(m): (0, 0) if id(m) in zero else res.get(id(m), (None, None)) for m in places}


def _kind_before(norm: str, pos: int, lex: _Lex) -> str | None:
    """"killed" or "injured": the last toll word before ``pos``, whose count a number after it is."""
    kw = [(x.start(), "killed") for x in lex.killed_re.finditer(norm, 0, pos)] + \
         [(x.start(), "injured") for x in lex.injured_re.finditer(norm, 0, pos)]
    return max(kw)[1] if kw else None


def _part_at_one_place(norm: str, m: Mention, text: str, lex: _Lex) -> tuple | None:
    """The one place of a clause given a part of its toll ("قُتل 12 مدنياً في قصف على ريف إدلب، بينهم
    ثمانية في مدينة معرة النعمان", the wider area dropped as its backdrop): (killed, injured) of that
    part, or None (not who the dead were: "بينهم 3 أطفال في مدينة تلبيسة")."""
    name = normalize_char_string(text[m.start:m.end])
    k = norm.rfind(name) if name else -1
    if k < 0 or not _PART_AT_RE.search(norm[max(0, k - COUNT_AT_CHARS - 20):k]):
        return None
    found = _count_at(norm[max(0, k - COUNT_AT_CHARS):k], lex)
    kind = _kind_before(norm, k, lex) if found is not None else None
    if kind is None:
        return None
    return (found[1], None) if kind == "killed" else (None, found[1])


# (the count right before the place: "بينهم ثمانية في مدينة X", "ثمانية منهم في X")
# (or with its act between: "بينهم ستة في غارات روسية على الأتارب")
_PART_ACT = _ACT_BETWEEN + "?"
# a part of a tally told with its own act and place ("…، بينهم ستة في غارات روسية على الأتارب")
PART_WITH_ACT_RE = re.compile(r"(?:بينهم|منهم|بينهن|منهن)\s+\S+\s+(?:في|ب)\s*" + _ACT_BETWEEN + r"\S")
_ACT_AT_RE = re.compile(r"(?:في|ب)\s+" + _PART_ACT + r"(?:(?:مدينه|بلده|قريه|حي)\s+)?")
_PART_AT_RE = re.compile(r"(?:بينهم|منهم|بينهن|منهن)\s+\S+\s+(?:في|ب)\s*" + _PART_ACT + r"(?:مدينه|بلده|قريه|حي)?\s*$"
                         r"|\S+\s+(?:منهم|منهن)\s+(?:في|ب)\s*" + _PART_ACT + r"(?:مدينه|بلده|قريه|حي)?\s*$")


def _whole_before_subset(norm: str, places: list[Mention], text: str, lex: _Lex, out: dict[int, list]) -> None:
    """"قُتل 20 مدنياً في غارات على الغوطة الشرقية، بينهم خمسة في مدينة دوما": the one place named
    between the toll and "بينهم", with no count of its own, takes the whole toll (in ``out``)."""
    sub = _SUBSET_WORD_RE.search(norm)
    if sub is None:
        return
    first = min((x.start() for rx in (lex.killed_re, lex.injured_re) for x in rx.finditer(norm, 0, sub.start())), default=None)
    if first is None:
        return
    before = []
    for m in places:
        name = normalize_char_string(text[m.start:m.end])
        k = norm.find(name, first) if name else -1
        if 0 <= k < sub.start():
            before.append(m)
    if len(before) == 1 and id(before[0]) not in out:
        whole = _casualties(norm[:sub.start()], lex)
        if whole != (None, None):
            out[id(before[0])] = list(whole)


_SUBSET_WORD_RE = re.compile(r"(?:^|\s)(?:من\s+)?(?:بينهم|منهم|بينهن|منهن)\s")


_LATTER_RE = re.compile(r"(?:^|\s)(?:في|ب)\s*ال(اخيره|اخير|اولي)(?=\s|$|[.،,])")
def _find_all(s: str, sub: str) -> list[int]:
    """Every start of ``sub`` in ``s`` (overlaps included)."""
    out, i = [], s.find(sub)
    while i >= 0:
        out.append(i)
        i = s.find(sub, i + 1)
    return out


# ("ارتقاء أربعة من أبناء ولغا": the victims' home is where the toll was)
# ("مقتل أربعة مدنيين، بينهم طفل، في تل رفعت": who they were, between commas, before the place)
_TOLL_AT_RE = re.compile(r"^\s*(?:[^\s،,.]+\s+){0,5}?(?:[^\s،,.]+\s*[،,]\s*(?:من\s+)?(?:بينهم|منهم|بينهن)\s+(?:[^\s،,.]+\s+){0,3}?[^\s،,.]+\s*[،,]\s*)?"
                         r"(?:في|ب|من\s+(?:ابناء|اهالي|اهل|سكان)\s+)\s*(?:قريه|بلده|مدينه|حي|مخيم)?\s*$")


# the acts told again on one place: "الغارات على X", "القصف الذي طال X"
_ACTS_ON_BEFORE_RE = re.compile(r"(?:^|\s)(?:ال)?(?:غارات|غاره|قصف|ضربات|ضربه|قذايف|برميل|براميل)(?:\s+(?:الجويه|الروسيه|المدفعي|الصاروخي|الجوي))?\s+"
                                r"(?:علي|(?:التي|الذي)\s+(?:استهدف|استهدفت|طال|طالت))\s+(?:قريه|بلده|مدينه|حي|بلدتي|قريتي)?\s*$")


# "…، وآخر قرب مدينة البعث": another target of the act, and its place; a toll right after it, no comma
_ANOTHER_ITEM_RE = re.compile(r"(?:^|\s)و(?:اخر|اخري|اخرين|اخريات)\s+(?:\S+\s+){0,3}$")
_ITS_TOLL_AFTER_RE = re.compile(r"\s+(?:\S+\s+)?(?:اسفر|اسفرت|ادي|ادت|تسبب|تسببت)\s")


def _toll_named_at(norm: str, places: list[Mention], text: str, lex: _Lex) -> dict[int, tuple]:
    """"قصف … قرى القاسمية وتل طويل والطويلة، ما أدى إلى إصابة مدنيين اثنين في قرية تل طويل": the
    toll told at one of the places named again after it is that place's alone. {} otherwise."""
    if len(places) > 1:
        last = normalize_char_string(text[places[-1].start:places[-1].end])
        k = norm.rfind(last)
        if k > 0 and _ANOTHER_ITEM_RE.search(norm, max(0, k - 30), k) and _ITS_TOLL_AFTER_RE.match(norm, k + len(last)):
            # "استهدفت الغارات موقعاً في بلدة حضر، وآخر قرب مدينة البعث أسفر عن مقتل ثلاثة عناصر": the
            # toll told right after the other target is its own
            toll = _casualties(norm[k:], lex)
            if toll != (None, None):
                return {id(p): toll if p is places[-1] else (None, None) for p in places}
    lat = _LATTER_RE.search(norm)
    if lat is not None and any(rx.search(norm, max(0, lat.start() - 60), lat.start()) for rx in (lex.killed_re, lex.injured_re)):
        # "طال بلدتي كفر بطنا وعين ترما وأدى إلى إصابة خمسة مدنيين في الأخيرة": the latter's toll
        toll = _casualties(norm, lex)
        if toll != (None, None):
            m = places[0] if lat.group(1) == "اولي" else places[-1]
            return {id(p): toll if p is m else (None, None) for p in places}
    names = [normalize_char_string(text[p.start:p.end]) for p in places]
    told_at: list[tuple[int, int, Mention]] = []   # (where named again, where its toll starts, the place)
    for m, name in zip(places, names):
        if not name:
            continue
        # (not inside a longer place's name: "حلب" in "حي حلب الجديدة")
        spans = [(i, i + len(n)) for n in names if len(n) > len(name) and name in n for i in _find_all(norm, n)]
        ks = [i for i in _find_all(norm, name) if not any(a <= i and i + len(name) <= b for a, b in spans)]
        if len(ks) < 2:
            continue   # (named once: the list's place, not a toll's)
        for k in ks[1:]:   # (any later naming: "… في الفوعة، في إطار معادلة الزبداني – الفوعة")
            tolls = [x for rx in (lex.killed_re, lex.injured_re) for x in rx.finditer(norm, max(0, k - 60), k)]
            if tolls and _TOLL_AT_RE.match(norm[max(x.end() for x in tolls):k]):
                told_at.append((k, _toll_chain_start(norm, k, lex), m))
                break
            if _ACTS_ON_BEFORE_RE.search(norm, max(0, k - 40), k):
                # "… على بلدة الجانودية وقرية اليعقوبية، وأسفرت الغارات على اليعقوبية عن مقتل 3 مدنيين": the
                # strikes on that place, named again, and their toll right after
                after = re.split(r"[.،,؛]", norm[k + len(name):k + len(name) + 50], maxsplit=1)[0]
                if any(rx.search(after) for rx in (lex.killed_re, lex.injured_re)):
                    told_at.append((k, k, m))
                    break
    if told_at:
        # each place's toll runs from its chain's start to the next one's ("ما أدى إلى مقتل طفلين في حاس،
        # وإصابة سبعة أشخاص في كفرنبل": 2 dead at Has, 7 hurt at Kafr Nabl)
        told_at.sort(key=lambda t: t[0])
        out: dict[int, tuple] = {}
        for i, (k, start, m) in enumerate(told_at):
            end = told_at[i + 1][1] if i + 1 < len(told_at) and told_at[i + 1][1] > k else len(norm)
            toll = _casualties(norm[start:end], lex)
            if toll != (None, None):
                out[id(m)] = toll
        if out:
            return {id(p): out.get(id(p), (None, None)) for p in places}
    # "صبّت الجماعات المسلحة حقدها على مدينة حلب، إذ استشهد ثلاثة مدنيين في حي حلب الجديدة": the
    # last place, told right after the toll with every other place before it, is the toll's
    firsts = []
    for name in names:
        x = next((i for i in _find_all(norm, name) if (i == 0 or not norm[i - 1].isalnum())
                  and (i + len(name) == len(norm) or not norm[i + len(name)].isalnum())), None) if name else None
        if x is None:
            return {}
        firsts.append(x)
    k = max(firsts)
    m = places[firsts.index(k)]
    tolls = [x for rx in (lex.killed_re, lex.injured_re) for x in rx.finditer(norm, 0, k)]
    first = min(tolls, key=lambda x: x.start()) if tolls else None
    # (every toll word of the clause: not "في دوما، قتل ثلاثة أمس بغارات وأصيب آخرون في بلدة حمورية",
    # "قُتل ثلاثة مدنيين بقصف على مدينة أريحا، وأصيب آخرون في بلدة محمبل"; and not a wider area
    # the village lies in: "قرية الفطيرة، ما أدى إلى إصابة ثلاثة مدنيين في جبل الزاوية")
    if first is not None and firsts.count(k) == 1 and first.start() > sorted(firsts)[-2] \
            and all(m.uncertainty_km <= p.uncertainty_km for p in places) \
            and _TOLL_AT_RE.match(norm[first.end():k]):
        toll = _casualties(norm, lex)
        if toll != (None, None):
            return {id(p): toll if p is m else (None, None) for p in places}
    return {}


_AT_WORD_RE = re.compile(r"(?:^|\s)في\s")


def _toll_chain_start(norm: str, k: int, lex: _Lex) -> int:
    """Where the toll told at the place at ``k`` starts: its toll words joined with no other "في"
    between ("مقتل ستة وإصابة آخرين في X" is X's, both), back to the clause's start when its first
    toll word is among them; else from the first of them ("مقتل ستة في دارة عزة، وإصابة آخرين في
    الأتارب": the Atarib toll is the hurt only)."""
    words = sorted((x for rx in (lex.killed_re, lex.injured_re) for x in rx.finditer(norm, 0, k)), key=lambda x: x.start())
    if not words:
        return 0
    j = len(words) - 1
    while j > 0 and not _AT_WORD_RE.search(norm, words[j - 1].end(), words[j].start()):
        j -= 1
    return 0 if j == 0 else words[j].start()


# a second count with its verb left out: "، وثلاثة آخرون برصاص قناص في", "، واثنان آخران في", "، وطفل آخر في"
_ELIDED_TOLL_RE = re.compile(r"^[^.؛]*?[،,]\s*و(\S+\s+(?:اخرون|اخرين|اخران|اخري|اخريات|اخر)(?=\s))")


def _tolls_between_places(norm: str, places: list[Mention], text: str, lex: _Lex) -> dict[int, tuple]:
    """"قتل 3 مدنيين في بلدة بليون وقتل مدنيان في قرية كنصفرة": each place's own toll stands
    between it and the place before it. {} unless two or more places get a toll that way."""
    out: dict[int, tuple] = {}
    prev_end = 0
    last_word = None   # the last toll word told: "قُتل خمسة في A، وثلاثة آخرون في B" leaves it out
    for m in places:
        name = normalize_char_string(text[m.start:m.end])
        k = norm.find(name, prev_end) if name else -1
        if k < 0:
            return {}
        seg = norm[prev_end:k]
        words = [x for rx in (lex.killed_re, lex.injured_re) for x in rx.finditer(seg)]
        if words:
            out[id(m)] = _casualties(seg, lex)
            last_word = max(words, key=lambda x: x.start()).group(0).strip()
        elif last_word is not None and (el := _ELIDED_TOLL_RE.match(seg)) is not None:
            out[id(m)] = _casualties(f"{last_word} {seg[el.start(1):]}", lex)   # "…، وثلاثة آخرون برصاص قناص في"
        else:
            out[id(m)] = (None, None)
        prev_end = k + len(name)
    if sum(v != (None, None) for v in out.values()) < 2:
        return {}
    return out


_RISE_RE = re.compile(r"(?:(?:ا|لي|لت)رتفع(?:ت)?|ارتفاع|قبل\s+ان\s+(?:ت|ي)رتفع)\s+(?:\S+\s+){0,6}?(?:ال)?(حصيله|عدد)((?:\s+\S+){0,28}?)\s+(?:الي|لتصل\s+الي|ليصل\s+الي)\s+(.{1,40})"
                      r"|(?:ال)?(حصيله|عدد)((?:\s+\S+){0,7}?)\s+(?:ارتفع|ارتفعت)\s+(?:\S+\s+){0,3}?(?:الي|لتصل\s+الي)\s+(.{1,40})"
                      # "الحصيلة الأولية بلغت 12 قتيلاً، قبل أن ترتفع مع انتشال الجثث …، لتصل حتى ساعة
                      # إعداد هذا الخبر إلى 37 قتيلاً": the toll it rose to
                      r"|(?:ال)?(حصيله|عدد)((?:\s+\S+){0,7}?)\s+(?:قبل\s+ان\s+(?:ترتفع|يرتفع)|لترتفع|ليرتفع)\s+"
                      r"(?:(?:\S+\s+){0,12}?(?:لتصل|ليصل)\s+(?:\S+\s+){0,5}?)?الي\s+(.{1,40})")


# a toll of a wider scope than the act's place ("في عموم محافظة إدلب", "ضحايا الغارات على ريف حلب")
_WIDER_SCOPE_RE = re.compile(r"(?:^|\s)(?:في\s+)?(?:عموم|محافظه|ريف|المناطق|مناطق|كافه|المجازر|مجموع|اجمالي|الغارات\s+علي)(?:\s|$)")


# (or lowered or raised: "وخفضت وزارة الصحة حصيلة قتلى الانفجار … إلى أربعة")
# (not the present of a running total: "وهو ما يرفع حصيلة القتلى منذ بدء المعركة إلى 743")
_CORRECTED_RE = re.compile(r"(?:^|\s)[وف]?(?:صحح|صححت|يصحح|تصحح|عدل|عدلت|يعدل|تعدل|خفض|خفضت|رفع|رفعت)"
                           r"\s+(?:(?:\S+\s+){0,9}?|(?:\S+\s+){0,4}?(?:ال)?(?:حصيله|حصيلتها|حصيلته|عدد)\s+(?:(?!منذ\s)[^\s،,.]+\s+){0,20}?)"
                           r"الي\s+(?P<num>\S+(?:\s+\S+)?)")
_RISE_NUMBER_FIRST_RE = re.compile(r"(?:^|\s)[وف]?(?:ا|لي|لت)رتفع(?:ت)?\s+الي\s+(?P<num>\S+(?:\s+\S+)?)\s+(?:\S+\s+){0,4}?"
                                   r"(?:ال)?(?:حصيله|عدد)\s+(?P<kind>\S+)")


_WHO_AFTER_RE = re.compile(r"\s+(?:الذين|اللذين|اللواتي|ممن)\s")
_SINCE_AFTER_RE = re.compile(r"(?:\s+\S+){0,6}?\s+(?:منذ|خلال)\s")


def _rise(norm: str, lex: _Lex) -> tuple[str, int] | None:
    """"ارتفعت حصيلة الشهداء … إلى ثلاثة": ("killed", 3), or None."""
    got = _rise_at(norm, lex)
    return None if got is None else got[:2]


# words of a toll counted over a time ("منذ", "خلال", "هذا الشهر", "العام الجاري"): a statistic
_STATISTIC_WORDS = frozenset({"منذ", "خلال", "الشهر", "شهر", "العام", "عام", "الاسبوع", "السنه", "الجاري"})


def _rise_at(norm: str, lex: _Lex) -> tuple[str, int, int] | None:
    """``_rise`` and where the rise phrase ends (what follows may tell the other toll)."""
    from geo_tracker.numbers import find_quantities

    g = _RISE_RE.search(norm) if "رتفع" in norm or "رتفاع" in norm else None
    if g is None:
        f = _RISE_NUMBER_FIRST_RE.search(norm) if "رتفع" in norm else None
        if f is None:
            # "…، قبل أن يصحح الدفاع المدني الرقم إلى 27": a toll corrected to a figure replaces it
            c = _CORRECTED_RE.search(norm) if "صحح" in norm or "عدل" in norm or "خفض" in norm \
                or "رفع" in norm and "حصيل" in norm else None
            qs = find_quantities(c.group("num")) if c is not None else []
            if not qs or qs[0].span[0] > 2 or qs[0].vague or not qs[0].value:
                return None
            hurt = any(w in c.group(0) for w in lex.rise_injured) and not any(w in c.group(0) for w in lex.rise_killed)
            return ("injured" if hurt else "killed", qs[0].value, c.end())
        # SOHR's "ارتفع إلى 7 بينهم طفلان عدد الشهداء الذين قضوا …": the number before the toll's noun
        kind = "killed" if f.group("kind") in lex.rise_killed else "injured" if f.group("kind") in lex.rise_injured else None
        after = norm[f.end():f.end() + 60]
        if kind is None and _WHO_AFTER_RE.match(after):
            # "ارتفع إلى 21 عدد المواطنين الذين استشهدوا": the people, then what befell them
            kind = "killed" if lex.killed_re.search(after) else "injured" if lex.injured_re.search(after) else None
        if _SINCE_AFTER_RE.match(after):
            return None   # "ليرتفع إلى 403 عدد الشهداء منذ الـ 18 من شباط": a campaign's running total
        qs = find_quantities(f.group("num"))
        if kind is None or not qs or qs[0].span[0] > 2 or qs[0].vague:
            return None
        n = qs[0].value if qs[0].value is not None else qs[0].low
        return None if n is None or n >= 100000 else (kind, n, f.end())
    # "ارتفعت حصيلة القتلى … إلى 9", "عدد القتلى في جرمانا ارتفع إلى 13", "الحصيلة … قبل أن ترتفع إلى 37"
    k0 = 1 if g.group(1) else 4 if g.group(4) else 7
    # the kind of toll: named between the noun and "إلى", or right after the number ("إلى 18 قتيلاً")
    words = norm[g.start(k0):g.start(k0 + 2)] + " " + g.group(k0 + 2)[:30]
    kind = "killed" if any(w in words for w in lex.rise_killed) else \
        "injured" if any(w in words for w in lex.rise_injured) else None
    qs = find_quantities(g.group(k0 + 2))
    if _STATISTIC_WORDS.intersection(words.split()):
        return None   # "ارتفاع عدد القتلى منذ بداية الشهر إلى 240", "ليرتفع عدد القتلى هذا الشهر إلى
        # خمسة": a statistic, not this act's toll
    if g.group(0).startswith("قبل") and _WIDER_SCOPE_RE.search(words):
        return None   # "…، قبل أن ترتفع الحصيلة لاحقاً إلى 15 في عموم محافظة إدلب": a wider total
    if kind is None and g.group(k0) == "حصيله":
        # "قُتل 13 عنصراً في الكمين …، قبل أن ترتفع الحصيلة لاحقاً إلى 15": the toll just told, risen
        kind = _kind_before(norm, g.start(), lex)
    if kind is None or not qs or qs[0].span[0] > 12 or qs[0].vague:
        return None
    n = qs[0].value if qs[0].value is not None else qs[0].low
    return None if n is None or n >= 100000 else (kind, n, g.end())


def _toll_rises(events: list[Event], norm: str, lex: _Lex, place_ids: Sequence[str] = (),
                headline: Collection[int] = ()) -> None:
    """"وارتفعت حصيلة الشهداء مساءً إلى تسعة": a sentence with no act raises the toll of the
    article's current event at the place it names ("حصيلة القتلى في البغيلية ارتفعت إلى 150"),
    else of its first current event that has one (or gives the toll of the event just told,
    "لترتفع الحصيلة إلى 18 قتيلاً")."""
    got = _rise_at(norm, lex)
    if got is None:
        return
    kind, n, rise_end = got
    # "ارتفع عدد القتلى إلى 11 … فيما بلغ عدد المصابين 35": the other toll of the same act
    other = _second_toll(norm, "injured" if kind == "killed" else "killed", lex)
    if other is None and kind == "killed":
        # "ارتفع عدد القتلى إلى 16 …، في حين أصيب 9 آخرون بجروح": the injured told after the rise
        _, hurt = _casualties(norm[rise_end:], lex)
        other = ("injured", hurt) if hurt is not None else None
    named = [k for k, e in enumerate(events) if not e.background and e.place_id in place_ids and k not in headline]
    target = None
    if len(named) == 1:
        target = named[0]
    elif len({e.place_id for k, e in enumerate(events) if not e.background and getattr(e, kind) and k not in headline}) >= 2:
        return   # "ارتفعت حصيلة القتلى إلى 215" after tolls of 38 and 100: the day's total, no one event's
        # (tolls at one place are one strike's, told again: "… استشهاد أحد الجرحى، ليرتفع عدد الشهداء إلى 10")
    else:
        target = next((k for k, e in enumerate(events) if not e.background and getattr(e, kind) is not None
                       and k not in headline), None)
        if target is None and events and not events[-1].background:
            target = len(events) - 1   # no toll yet: the event just told
    if target is None:
        return
    e = events[target]
    if getattr(e, kind) is None or n > getattr(e, kind):
        e = _replace(e, **{kind: n})
    if other is not None and (getattr(e, other[0]) is None or other[1] > getattr(e, other[0])):
        e = _replace(e, **{other[0]: other[1]})
    events[target] = e


_SECOND_TOLL_RE = re.compile(r"(?<!\S)(?:و?(?:بلغ|ارتفع)\s+|و)عدد\s+(\S+)\s+(?:\S+\s+)??(?:الي\s+)?(\S+(?:\s+\S+)?)")


def _second_toll(norm: str, kind: str, lex: _Lex) -> tuple[str, int] | None:
    """The toll of ``kind`` told beside a rise ("فيما بلغ عدد المصابين 35", "وعدد الجرحى إلى 35")."""
    from geo_tracker.numbers import find_quantities

    words = lex.rise_injured if kind == "injured" else lex.rise_killed
    for m in _SECOND_TOLL_RE.finditer(norm):
        if m.group(1) not in words:
            continue
        qs = find_quantities(m.group(2))
        if qs and qs[0].span[0] <= 12 and not qs[0].vague and qs[0].value is not None and qs[0].value < 100000:
            return (kind, qs[0].value)
    return None


def _replace(ev: Event, **kw) -> Event:
    return dataclasses.replace(ev, **kw)
