"""Dates of events: a sentence's dates (``geo_tracker.dates``), the date of each place, offsets
("بعدها بيومين"), the article's current year and default date, and what "المدينة" refers to."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Sequence

from geo_tracker.models import Mention
from geo_tracker.text import normalize_char_string

from geo_tracker.events.lexicon import _Lex, _pretested, load_lexicon
from geo_tracker.events.clauses import _opens_entry


@dataclass
class _DateInfo:
    start: dt.date | None
    end: dt.date | None
    precision: int


# ("الحي" / "المخيم" only after a preposition of place: "الرصاص الحي" is live ammunition)
_ANAPHOR_RE = re.compile(r"(?:^|\s)(?:و|ف)?(?:(?:ب|ل|علي\s+|في\s+|احياء\s+|اطراف\s+|محيط\s+)?(?:ال|ل)(مدينه|بلده|قريه)"
                         r"|(?:ب|علي\s+|في\s+|الي\s+|اطراف\s+|محيط\s+|داخل\s+|مدخل\s+|استهداف\s+)ال(حي|مخيم|قاعده|مطار))(?=$|[\s،,.:؛])"
                         # ("المدينة الصناعية", "المدينة الرياضية", "المدينة الجامعية": a named site, not the town)
                         r"(?!\s*(?:الصناعيه|الرياضيه|الجامعيه|القديمه|العماليه|السكنيه))")
_ANAPHOR_KINDS = {"مدينه": ("city", "town"), "بلده": ("town", "city", "village"), "قريه": ("village", "town"),
                  "حي": ("neighbourhood",), "مخيم": ("camp",), "قاعده": ("base", "airport"), "مطار": ("airport", "base")}
ANAPHOR_MAX_CHARS = 800


def _antecedent(cnorm: str, before: list[Mention], pos: int, struck: set,
                in_clause: Sequence[Mention] = (), orig_of=None, place_of=None) -> Mention | None:
    """The place "المدينة" / "البلدة" / "القرية" of a clause with no place of its own refers
    to: a town of that kind named earlier in the same clause ("أطلقها عناصر التنظيم من مواقعهم
    شرق السلمية على أحياء المدينة": Salamiyah itself), else the last one named shortly before,
    preferring one struck already (not the town a convoy came from)."""
    g = _ANAPHOR_RE.search(cnorm)
    if g is None:
        return None
    kinds = _ANAPHOR_KINDS[g.group(1) or g.group(2)]
    if in_clause and orig_of is not None:
        at = orig_of(g.start())
        for m in reversed([m for m in in_clause if m.end <= at and m.place_id is not None and m.kind in kinds]):
            if m.relation in (None, "area_of"):
                return m
            if m.relation in ("direction_of", "near") and place_of is not None:
                p = place_of(m.place_id)
                if p is not None:   # the town, not the point east of it
                    return dataclasses.replace(m, relation=None, lat=p.lat, lon=p.lon,
                                               uncertainty_km=p.uncertainty_km, geo_precision=1,
                                               qualifier=None, surface=m.surface)
            break
    # (a big city too when told as one: "تشهد مدينة إدلب توتراً. وقصفت قوات النظام أطراف المدينة";
    # not a capital named bare, "دمشق" as its government)
    near = [m for m in before if pos - m.end <= ANAPHOR_MAX_CHARS and m.place_id is not None
            and not m.relation and (m.geo_precision == 1 or kinds[0] == m.kind == "city" and m.qualifier == "مدينة")]
    quarter = kinds == ("neighbourhood",)
    site = kinds[0] in ("base", "airport")
    for m in reversed([m for m in before if pos - m.end <= ANAPHOR_MAX_CHARS and m.place_id in struck]):
        if quarter:
            if m.relation == "in_city" or m.kind == "neighbourhood" and not m.relation:
                return m   # "حي الرومانية", then "عند أطراف الحي"
            continue
        if site:
            if m.kind in kinds and not m.relation:
                return m   # "قاعدة حميميم", then "محاولة استهداف القاعدة"
            continue
        if (m.kind in kinds or m.kind == "district" and m.relation == "area_of") \
                and m.relation in (None, "area_of"):   # "منطقة عفرين", then "المدينة"
            return m
    for m in reversed(near):
        if m.kind in kinds:
            return m
    return None


# a day after "و"/"ثم" and before the next place opens that place's conjunct
_OPENS_NEXT_RE = re.compile(r"\s*[،,]?\s*(?:و|ثم|وثم)\s*(?:في\s+|يوم\s+)?$")
_RELATIVE_BETWEEN_RE = re.compile(r"(?:^|\s)(?:التي|الذي|اللذين|اللتين|اللذان|اللتان|الذين|حيث)(?:\s|$)")


def _dates_by_place(places: list[Mention], dates, sent_start: int, clause_date=None,
                    text: str = "", lex: "_Lex | None" = None) -> dict[int, object]:
    """A day told right after each of several places ("في بلدة أطمة في 3 فبراير، … قرب بلدة
    جنديرس في 12 يوليو"): {id(place): date}. Only when the places get different days — or when
    one place has a day of its own other than the clause's ("سيطروا أمس على مطار الجراح، بعد شهر
    على سقوط مطار تفتناز في الحادي عشر من يناير الماضي")."""
    out = {}
    for k, m in enumerate(places):
        nxt = places[k + 1].start if k + 1 < len(places) else None
        for d in dates:
            pos = sent_start + d.span[0]
            if d.precision == 1 and m.end <= pos <= m.end + 60 and (nxt is None or pos < nxt):
                if nxt is not None and text and _OPENS_NEXT_RE.match(text, m.end, pos):
                    break   # "في 3 أيار بلدة حاس، وفي 5 أيار بلدة كفرنبل": the next place's day
                if text and _RELATIVE_BETWEEN_RE.search(normalize_char_string(text[m.end:pos])):
                    break   # "بلدة حاس التي شهدت أمس مجزرة": the day of what the place saw before
                out[id(m)] = d
                break
    if text:
        # a day told between two places, before the second, is the places' after it ("غارات على
        # كفرنبل فجر الجمعة، ثم عادت ليل السبت لتستهدف بلدتي حاس وكفرسجنة") — not a day inside a
        # relative clause of the place before ("بلدة حاس التي شهدت أمس مجزرة، وبلدة كفرنبل")
        carried = None
        for k, m in enumerate(places[1:], 1):
            if id(m) in out:
                carried = None
                continue
            prev = places[k - 1]
            between = [d for d in dates if d.precision == 1 and prev.end <= sent_start + d.span[0]
                       and sent_start + d.span[1] <= m.start and m.start - (sent_start + d.span[1]) <= 80]
            d = between[-1] if between else None
            if d is not None and out.get(id(prev)) is not d \
                    and not _RELATIVE_BETWEEN_RE.search(normalize_char_string(text[prev.end:sent_start + d.span[0]])):
                carried = d
            elif between:
                carried = None
            if carried is not None:
                out[id(m)] = carried
    if len({(d.start, d.end) for d in out.values()}) < 2:
        if clause_date is None or clause_date.start is None:
            return {}
        # (a day told after the act that follows the place is the act's: "في القلمون، إثر
        # اشتباكات عنيفة بدأت فجر السبت")
        own = {}
        for m in places:
            d = out.get(id(m))
            if d is None or (d.start, d.end) == (clause_date.start, clause_date.end):
                continue
            between = normalize_char_string(text[m.end:sent_start + d.span[0]]) if text else ""
            if lex is not None and lex.trigger_re.search(between):
                continue
            own[id(m)] = d
        return own
    return out


_OFFSET_RE = re.compile(r"(?:(قبلها|قبله|قبل\s+ذلك)|(بعدها|بعده|بعد\s+ذلك))\s+ب\s*(?:(\S+)\s+)?"
                        r"(يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع)(?!\w)")
# a clause that opens "so many days later" ("وبعد يومين، قصفت …", "وبعد ثلاثة أيام استهدفت"; not
# "بعد يومين من سيطرتها": counted from another act, see _shift)
_LATER_RE = re.compile(r"\s*[،,]?\s*[وف]?()(بعد)\s+(?:(\S+)\s+)?(يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع)(?!\w)"
                       r"(?!(?:\s+(?:واحد|فقط))?\s+(?:من|علي)\s)")
_UNIT_DAYS = {"يوم": 1, "يومين": 1, "ايام": 1, "اسبوع": 7, "اسبوعين": 7, "اسابيع": 7}   # days per unit (the dual counts 2)


@dataclass
class _Shifted:
    start: dt.date
    end: dt.date
    precision: int
    kind: str = "offset"


def _offset_date(cnorm: str, before: list, events: list, same_day: bool = True) -> _Shifted | None:
    """"قبلها بثلاثة أيام", "بعد ذلك بيومين": a day counted from the date named just before in
    the sentence (or the last event's exact day), or None. With ``same_day`` (a clause with no
    date of its own), "وفي اليوم ذاته، …" / "وفي اليوم التالي، …": that day, or the next."""
    from geo_tracker.numbers import find_quantities

    same = (_SAME_DAY_RE.match(cnorm) or _SAME_DAY_WITHIN_RE.search(cnorm)) \
        if same_day and ("ذات" in cnorm or "نفس" in cnorm or "تالي" in cnorm) else None
    if same is not None:
        anchor = _anchor_day(before, events)
        if anchor is None:
            return None
        day = anchor + dt.timedelta(days=1 if same.group(1) else 0)
        return _Shifted(day, day, 1)
    m = (_OFFSET_RE.search(cnorm) or _LATER_RE.match(cnorm)) if ("قبل" in cnorm or "بعد" in cnorm) else None
    if m is None:
        return None
    unit = m.group(4)
    n = 1 if unit in ("يوم", "اسبوع") else 2 if unit in ("يومين", "اسبوعين") else None
    if m.group(3):
        q = find_quantities(m.group(3))
        if not q or q[0].value is None:
            return None
        n = q[0].value
    if n is None or n > 60:
        return None
    anchor = _anchor_day(before, events)
    if anchor is None:
        return None
    days = n * _UNIT_DAYS[unit]
    day = anchor - dt.timedelta(days=days) if m.group(1) else anchor + dt.timedelta(days=days)
    return _Shifted(day, day, 1)


def _anchor_day(before: list, events: list) -> dt.date | None:
    """The day an offset counts from: the last exact date named before in the sentence, else the
    last event's exact day."""
    exact = [x for x in before if x.precision == 1]
    if exact:
        return exact[-1].start
    if events and events[-1].time_precision == 1 and events[-1].date_start:
        return dt.date.fromisoformat(events[-1].date_start)
    return None


# a clause that opens on the day just told, or the next ("وفي اليوم ذاته،", "وفي صباح اليوم التالي")
_SAME_DAY_RE = re.compile(r"\s*[وف]?(?:في\s+)?(?:(?:صباح|مساء|ظهر|فجر|ليل|ليله)\s+)?(?:اليوم|الليله|النهار)\s+"
                          r"(?:ذاته|نفسه|ذاتها|نفسها|(التالي|التاليه))(?=\s*[،,]|\s+(?!ل)\S|$)")   # not "التالي لسقوط …"
# ... or told within it after "في" ("كما قُتل ثلاثة مدنيين في اليوم التالي بانفجار لغم")
_SAME_DAY_WITHIN_RE = re.compile(r"(?:^|\s)[وف]?في\s+(?:(?:صباح|مساء|ظهر|فجر|ليل|ليله)\s+)?(?:اليوم|الليله|النهار)\s+"
                                 r"(?:ذاته|نفسه|ذاتها|نفسها|(التالي|التاليه))(?=\s*[،,.]|\s+(?!ل)\S|$)")
# a state's participle before "منذ": "المطار المحاصر منذ أسابيع", "الخاضعة لسيطرة قسد منذ 2017"
_STATE_SINCE = r"(?:^|\s)(?:ال)?(?:محاصر|خاضع|مغلق|متوقف|مهجور|مدمر|معطل|محتل|مخطوف|مختطف|مفقود|معتقل|محتجز|مغيب|مختفي)\S{0,3}\s+(?:[^\s،,.:]+\s+){0,3}منذ\s*$"
# ... and the backdrop's lasting state ("، في ظل تصعيد مستمر منذ أيام", "في ظل هدنة قائمة منذ عام 2014"; not
# "القصف المستمر منذ أيام أدى إلى مقتل 20": a span's toll)
_STATE_SINCE += r"|(?:^|\s)(?:في\s+ظل|وسط|رغم|برغم)\s+(?:[^\s،,.:]+\s+){1,2}?(?:مستمر|متواصل|قايم|ساري)\S{0,3}\s+منذ\s*$"
# ... and a place's lasting state told in a "حيث" clause ("في درعا البلد، حيث يتواصل الحصار منذ شهرين،
# قُتل طفل")
_STATE_SINCE += r"|(?:^|\s)حيث\s+(?:[^\s،,.:]+\s+){1,5}منذ\s*$"
_STATE_SINCE_RE = re.compile(_STATE_SINCE)
# ("البلدة التي تعد بوابة اللجاة وخرجت عن سيطرة النظام منذ مطلع 2013": within the relative clause)
_RELATIVE_SINCE_RE = re.compile(r"(?:^|\s)(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:\S+\s+){0,4}منذ\s*$"
                                r"|(?:^|\s)(?:الذي|التي)\s+(?=(?:[^\s،,.:]+\s+){0,8}منذ\s*$)(?:[^\s،,.:]+\s+){0,7}?"
                                r"(?:\S*سيطر\S*|يحاصر\S*)\s+(?:[^\s،,.:]+\s+){0,7}منذ\s*$"
                                r"|" + _STATE_SINCE)

# "the worst … since X": X is a yardstick, not the act (nor history the act belongs to)
# ("إحدى أكثر المجازر دموية منذ بدء الثورة"; not "أكثر من 430 مدني … منذ انطلاق المعركة": a count)
SUPERLATIVES = r"(?:ال)?(?:اعنف|اكبر|اسوا|اشد|اخطر|اعلي|ابشع|افظع|ادمي)|الاكثر|اكثر(?!\s+من\s)|غير\s+مسبوق[هة]?|(?:ال)?اول\s+من\s+نوع[هة]" \
    r"|(?:ال)?(?:اول|اولي)(?=\s)"   # "هي الأولى منذ سقوط النظام", "الاستهداف الأول منذ أسبوع": the first since
# (the yardstick's own words only: no punctuation between "منذ" and the date, so "أعنف قصف منذ
# أشهر، استهدفت … يوم الخميس" keeps Thursday)
_SUPERLATIVE_SINCE_RE = re.compile(r"(?:^|\s)(?:" + SUPERLATIVES + r")\s+(?:[^\s،,.؛:]+\s+){0,4}منذ\s+(?:[^\s،,.؛:]+\s+){0,10}$")
# a running total told after the act, after a comma and one word at most ("، وبذلك يرتفع …"): its verb
# and "منذ" are the lexicon's total_since_re ("ليرتفع إلى 403 عدد الشهداء منذ")
_AFTER_COMMA_RE = re.compile(r"[،,]\s*(?:\S+\s*)?$")
SINCE_DAY_MAX_DAYS = 7   # "منذ بدء الهجوم فجر الأربعاء": a start this recent dates the act from then on
_SINCE_START_OF_RE = re.compile(r"منذ\s+(?:[وف]?(?:بدء|بدايه|انطلاق|انطلاقه|اندلاع|مطلع|اطلاق)\s+)(?:\S+\s+){0,3}$")
# "في إطار العملية التي بدأت فجر الأحد الماضي": the day an operation the act is part of began
_RELATIVE_START_RE = re.compile(r"(?:التي|الذي)\s+(?:بدات|بدا|انطلقت|انطلق)\s+(?:\S+\s+){0,1}$")


def _sentence_dates(sent: str, pub, offset: int, spans: list[tuple[int, int]], text: str = "",
                    lex: _Lex | None = None) -> list:
    """The dates of a sentence that can date what it reports: not in a dateline, and not the start
    of a campaign the act is measured from ("أعنف أيام القصف منذ بدء الحملة قبل أكثر من أسبوع").
    ``text`` is the article the sentence starts at ``offset`` of: "في 22 من الشهر ذاته" takes its
    month from the last date told before the sentence. ``lex`` is the event lexicon (the default's
    if None)."""
    from geo_tracker.dates import find_dates, names_same_unit

    person_past_re = (lex or load_lexicon()).person_past_re
    total_since_re = (lex or load_lexicon()).total_since_re   # (the start of a running total told after the act)

    out = []
    ref = None
    if offset > 0 and text and names_same_unit(sent):
        before = find_dates(text[:offset], pub)
        ref = before[-1] if before else None
    found = find_dates(sent, pub, ref)
    kept = _outside(found, offset, spans)
    for d in found:
        if d not in kept and not _opens_entry(sent, d):
            continue   # a dateline's date (but a chronicle entry's own date even where it looks like one)
        before = normalize_char_string(sent[max(0, d.span[0] - 80):d.span[0]])
        if _RELATIVE_SINCE_RE.search(before) or (d.kind == "since" or normalize_char_string(d.text).startswith("منذ")) \
                and _RELATIVE_SINCE_RE.search(before + " منذ"):
            continue   # "مطار الطبقة، الذي يسيطر عليه التنظيم منذ آب 2014": a state's start, not the act's day
        if total_since_re.search(before) or normalize_char_string(d.text).startswith("منذ") \
                and (ts := total_since_re.search(before + " منذ ")) is not None \
                and _AFTER_COMMA_RE.search(before[:ts.start() + 1]):
            continue   # "…، ليرتفع إلى 403 عدد الشهداء منذ الـ 18 من شباط": a running total's start
            # (or its span after the act: "…، ليرتفع عدد القتلى منذ مطلع العام إلى 412"; not a sentence
            # opening with the total, "ارتفع عدد الخروقات منذ مطلع الشهر إلى 212، بينها قصف …": a tally)
        if person_past_re.search(before):
            continue   # "قتل شاب برصاص قناص في اللطامنة، وهو من مواليد عام 1995": a birth, a founding, no act's day
            # (or a place's past: "علماً أن المنطقة شهدت معارك عنيفة عام 2017")
        if _SUPERLATIVE_SINCE_RE.search(before) or normalize_char_string(d.text).startswith("منذ") \
                and _SUPERLATIVE_SINCE_RE.search(before + " منذ "):
            continue   # "أعنف موجة عنف منذ سقوط النظام في الثامن من كانون الأول": the yardstick's day
            # ("تحت غطاء جوي هو الأعنف منذ أشهر": a yardstick, not the act's months)
        recent = d.precision == 1 and pub is not None and d.start is not None \
            and 0 < (pub - d.end).days <= SINCE_DAY_MAX_DAYS
        if _SINCE_START_OF_RE.search(before) or recent and _RELATIVE_START_RE.search(before):
            if recent:
                # "دخلوا قرى … منذ بدء الهجوم فجر الأربعاء", "في إطار العملية التي بدأت فجر الأحد":
                # from that day to the report's (a start long ago dates nothing here)
                out.append(dataclasses.replace(d, end=pub, precision=2, kind="since"))
        else:
            out.append(d)
    # "في هجوم هو الأعنف … منذ أشهر": a span measured back from now says when nothing happened
    # when the sentence dates its act otherwise ("فجر السبت")
    since = [d for d in out if _SINCE_RE.search(normalize_char_string(sent[max(0, d.span[0] - 8):d.span[0] + 5]))]
    if since and len(since) < len(out):
        out = [d for d in out if d not in since]
    # "أعلنت أمس القبض على خلية … متورطة في عمليات خلال الأشهر الماضية": months back from now
    # are the span of other acts when the sentence names the day of its own
    if len(out) > 1 and any(d.precision == 1 for d in out):
        # ("ومن بين عمليات هذا العام الغارة التي قتلت … في 3 فبراير": this year frames the day)
        out = [d for d in out if not (d.kind == "last_n" and d.precision == 3 or d.kind == "year" and d.relative)]
    return out


def _outside(dates: list, offset: int, spans: list[tuple[int, int]]) -> list:
    """The dates of a sentence starting at ``offset`` that lie outside the dateline ``spans``
    ("الدوحة في 03 أبريل /قنا/" dates the report, not what it reports)."""
    if not spans:
        return dates
    return [d for d in dates if not any(a <= offset + d.span[0] < b for a, b in spans)]


def _pick_date(dates, pos: int) -> object | None:
    if not dates:
        return None
    # the date expression closest to the trigger, preferring one before it, or one right after
    # the verb ("استهدفت صواريخ، مساء أمس الجمعة، سوقي النفط"); a day before a year that holds it
    # ("أبرز الضربات على سوريا في 2022: في 7 آذار شنت …": the year only frames the day)
    days = [d for d in dates if d.precision == 1]
    dates = [d for d in dates if not (d.kind == "year" and any(d.start <= x.start <= d.end for x in days))] or dates
    return min(dates, key=lambda d: (abs(d.span[0] - pos) + (0 if d.span[0] <= pos + 40 else 20)))


_CURRENT_YEAR_RE = re.compile(r"(?:العام|السنه|عام)\s+(?:الحالي|الجاري)\s*[(\-–]?\s*(\d{4})")


def current_year(norm_text: str) -> int | None:
    """The year an undated article says it is written in ("منذ بداية العام الحالي 2024")."""
    m = _CURRENT_YEAR_RE.search(norm_text)
    if m and 1990 <= int(m.group(1)) <= 2100:
        return int(m.group(1))
    return None


# "وفي ريف دمشق، أوقعت وحدة …", "أما في إدلب، فقد …" opening a paragraph: a roundup's next section
# "وفي المدينة، …", "وفي الريف الشرقي، …": a section on the article's city or a part of its province
_AREA_OPENER_RE = re.compile(r"\s*و?في\s+(?:المدينة|البلدة|العاصمة|الريف|ريفها|ريفه|البادية|المحافظة)"
                             r"(?:\s+(?:الشرقي|الغربي|الشمالي|الجنوبي|نفسها|نفسه|ذاتها))?\s*[،,]")
# ... and its opening words alone ("وفي ريف حلب أحبطت …", no comma: a place must follow)
_SECTION_OPENER_RE = re.compile(r"\s*(?:و|أما\s+|وأما\s+|اما\s+|واما\s+)?في\s+")
_SECTION_START_RE = re.compile(r"\s*(?:و|أما\s+|وأما\s+|اما\s+|واما\s+)?في\s+[^\s،,.]+(?:\s+[^\s،,.]+){0,3}\s*[،,]")


def _new_section(text: str, start: int, ms: Sequence[Mention]) -> bool:
    """Does the sentence at ``start`` open a paragraph with a section opener of a roundup naming a
    place (``ms``: "وفي ريف دمشق، …"; not "في سياق متصل، …")? Its acts are the report's news of the
    day, not of the lead's day."""
    if not (start == 0 or text[:start].rstrip(" \t")[-1:] == "\n"):
        return False
    m = _SECTION_START_RE.match(text, start)
    if m is None:
        # "وفي ريف حلب أحبطت وحدة …": the opener with no comma, a place right after "في"
        o = _SECTION_OPENER_RE.match(text, start)
        return o is not None and any(o.end() <= x.start <= o.end() + 12 and x.place_id for x in ms)
    if any(start <= x.start < m.end() for x in ms):
        return True
    # "وفي المدينة، …" after a paragraph that opened a section too ("وفي الريف الشرقي، …"): a
    # sibling section (not the city the lead just named: "غارات على مدينة إدلب وريفها. وفي المدينة، …")
    if _AREA_OPENER_RE.match(text, start) is None:
        return False
    prev_end = len(text[:start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    return _SECTION_START_RE.match(text, prev_start) is not None


def _default_date(published: dt.date | None, year: int | None = None) -> _DateInfo:
    if published is None:
        if year is not None:
            # the text names its own year: the event happened in it (ACLED precision 3)
            return _DateInfo(dt.date(year, 1, 1), dt.date(year, 12, 31), 3)
        return _DateInfo(None, None, 3)
    # news reports what happened on the day or the day before: a two-day window
    return _DateInfo(published - dt.timedelta(days=1), published, 2)


# "since" a day or more ago ("منذ مطلع الشهر": a span); not the hours of the day told ("قصف تنفذه قوات
# النظام منذ ساعات الصباح الأولى": today's act)
_SINCE_RE = re.compile(r"(?:^|\s)(?:و)?منذ\s(?!(?:ساعات|ساعه|ساعتين|ساعتان|صباح|الصباح|فجر|الفجر|ظهر|الظهر|ظهيره|مساء|المساء"
                       r"|ليل|الليل|ليله|الليله|منتصف\s+الليل)(?:\s|$|[،,.]))")


# the module's regexes searched over whole clauses that seldom match (measured): pre-tested
for _name in ("_SINCE_RE", "_RELATIVE_SINCE_RE", "_ANAPHOR_RE"):
    if _name in globals():
        globals()[_name] = _pretested(globals()[_name])


_SUPERLATIVE_BEFORE_RE = re.compile(r"(?:^|\s)[«\"']?(?:" + SUPERLATIVES + r")\s+(?:[^\s،,.؛:]+\s+){0,4}$")


def _since(cnorm: str) -> bool:
    """Does the clause count "since" a time ("منذ مطلع الشهر")? Not a yardstick's "since" ("تصعيد غير
    مسبوق منذ توقيع الاتفاق", "أعنف قصف منذ أشهر")."""
    # (nor a state's start: "على المطار المحاصر منذ أسابيع")
    return any(not _SUPERLATIVE_BEFORE_RE.search(cnorm, max(0, m.start() - 50), m.start() + 1)
               and not _STATE_SINCE_RE.search(cnorm[max(0, m.start() - 60):m.start()] + " منذ")
               for m in _SINCE_RE.finditer(cnorm))
