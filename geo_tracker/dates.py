"""Arabic date expressions: absolute, relative to the publication date, ranges, Hijri.

``find_dates(text, published)`` returns every date expression of ``text`` as a ``DateRange``
(start/end inclusive, ACLED time precision, span into the original text). It reads:

* day-month-year in every month-name system (Egyptian/Gulf ``فبراير``, Levantine/Iraqi
  ``شباط``, Maghreb ``فيفري``, English ``February``), with or without ``ال`` and in combined
  forms (``فبراير/شباط``, ``شباط (فبراير)``), digits in any script, ordinal day words
  (``الرابع من فبراير``, ``الحادي والعشرين من``, ``غرة``) and numeric dates (``2025-12-20``,
  ``20/12/2025``, ``20.12.2025`` day first);
* years left out, inferred from the publication date: ``الماضي`` → the latest such month
  strictly before the publication month, ``الجاري``/``الحالي`` → the publication year,
  ``المقبل``/``القادم`` → the next such month, a bare ``27 يناير`` → the latest such date no
  later than publication + ``future_tolerance_days`` (3, in ``data/lexicon/dates.yaml``);
* ranges (``بين 24 و27 تشرين الثاني``, ``من 3 إلى 5 مارس``, ``24–27 تشرين الثاني``,
  ``24-27/11/2025``, ``خلال الفترة الممتدة بين … و…``), precision 2 (1 for one day, 3 past a
  month);
* relative days (``اليوم``, ``أمس``, ``أول أمس``, ``فجر اليوم``, weekdays, ``قبل 3 أيام``,
  ``خلال الـ72 ساعة الماضية``, ``لليوم الرابع على التوالي``), weeks, months, parts of months
  (``مطلع``/``منتصف``/``أواخر``), years (``عام 2019``, ``مطلع 2022``, ``منذ بداية العام``);
* Hijri dates (``15 رمضان 1445 هـ``), converted with the *tabular* Islamic calendar. The
  months actually observed (moon sighting, Umm al-Qura) differ from it by one or two days, so a
  Hijri day is returned as a three-day range (converted day ± 1) with precision 2.

Choices worth knowing: ``الأسبوع الماضي`` is the previous calendar week Sunday–Saturday (the
Arabic week: الأحد is "day one"), always inside publication-13 … publication-1, precision 2;
``خلال الأسبوع الماضي`` is the last seven days. ``الشهر الجاري`` is the whole month.
``قبل N أيام`` is publication-N ± 1 day, ``قبل N أسابيع`` publication-7N ± 3 days,
``منذ N أيام`` publication-N … publication. ``خلال الـN ساعة الماضية`` is
[publication - ⌈N/24⌉ days, publication], precision 1 up to 24 hours. A weekday is the latest
such day on or before publication (strictly before with الماضي/الفائت/المنصرم, after with
المقبل); "الاثنين"/"الأحد" also mean "both"/"the one" and are dropped when a neighbouring word
says so (``كلا الاثنين``, ``الأحد عشر``). Month parts: early = days 1–10, mid = 11–20,
late = 21–end; year parts: early = January–March, mid = May–August, late = October–December.
``منذ`` + a past point gives [that point, publication].

Speed: each pattern is tried only at word starts shortly before an anchor word (a month, a
weekday, a digit …); a sentence with none costs one translation and one set test.

Without a publication date relative expressions are left out; absolute ones are still found.
Impossible dates (31 شباط) are dropped and never replaced by a vaguer reading.

Example
-------
>>> import datetime as dt
>>> [(d.start.isoformat(), d.end.isoformat(), d.precision)
...  for d in find_dates("نفذت بين 24 و27 تشرين الثاني سلسلة ضربات", dt.date(2025, 12, 1))]
[('2025-11-24', '2025-11-27', 2)]
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import Any, Callable

import yaml

from geo_tracker.paths import lexicon_dir
from geo_tracker.text import WORD_RE, ascii_digits, normalize_char_string, normalize_known

__all__ = ["DateRange", "find_dates", "find_dateline", "parse_date", "hijri_to_gregorian",
           "gregorian_to_hijri", "month_names"]

_MARKS_RE = re.compile("[\u064b-\u065f\u0670\u0640]+")


def _extend_marks(text: str, end: int) -> int:
    """Move a span end over the diacritics/tatweel that belong to its last letter."""
    m = _MARKS_RE.match(text, end)
    return m.end() if m else end



@dataclass(frozen=True)
class DateRange:
    """A date expression resolved to an inclusive range of days.

    ``precision`` follows ACLED: 1 an exact day, 2 within a week or an explicit range,
    3 a month or vaguer. ``span`` indexes the original text, ``text`` is the expression as
    written, ``relative`` says the publication date was needed, ``kind`` names the form
    ("day", "range", "weekday", "relative_day", "days_ago", "last_n", "consecutive", "week",
    "month", "part_of_month", "year", "part_of_year", "since", "hours", "hijri", "holiday").
    """

    start: dt.date
    end: dt.date
    precision: int
    span: tuple[int, int]
    text: str
    relative: bool
    kind: str


# ------------------------------------------------------------------ Hijri (tabular)

_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()   # 1 Muharram 1 AH (civil epoch), proleptic Gregorian


def _hijri_ordinal(y: int, m: int, d: int) -> int:
    return _HIJRI_EPOCH + (y - 1) * 354 + (3 + 11 * y) // 30 + (59 * (m - 1) + 1) // 2 + d - 1


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Convert a Hijri date with the tabular (arithmetic, civil) Islamic calendar.

    The observed calendar may differ by 1–2 days. Returns None for an impossible date.

    >>> hijri_to_gregorian(1445, 9, 1)
    datetime.date(2024, 3, 11)
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 3000):
        return None
    try:
        return dt.date.fromordinal(_hijri_ordinal(year, month, day))
    except (ValueError, OverflowError):
        return None


def gregorian_to_hijri(d: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of ``d`` in the tabular Islamic calendar."""
    o = d.toordinal()
    y = (30 * (o - _HIJRI_EPOCH) + 10646) // 10631
    while _hijri_ordinal(y + 1, 1, 1) <= o:
        y += 1
    while _hijri_ordinal(y, 1, 1) > o:
        y -= 1
    m = 1
    while m < 12 and _hijri_ordinal(y, m + 1, 1) <= o:
        m += 1
    return y, m, o - _hijri_ordinal(y, m, 1) + 1


def _hijri_month_range(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    a = hijri_to_gregorian(y, m, 1)
    b = hijri_to_gregorian(y + (m == 12), m % 12 + 1, 1)
    if a is None or b is None:
        return None
    return a, b - dt.timedelta(days=1)


# ------------------------------------------------------------------ lexicon and patterns

_PAST, _CUR, _NEXT = "past", "current", "next"
_BLOCK = "block"      # an expression that is a date but cannot be resolved: consumes its span


@dataclass
class _Lex:
    months: dict[str, tuple[str, int]]          # normalized name -> ("g"|"h", month)
    ambiguous_months: frozenset[str]
    hijri_needs_year: frozenset[str]
    weekdays: dict[str, int]
    ambiguous_weekdays: frozenset[str]
    wd_reject_before: frozenset[str]
    wd_reject_after: frozenset[str]
    count_nouns: frozenset[str]
    ordinals: dict[str, int]
    quals: dict[str, str]
    parts: dict[str, str]
    seasons: dict[str, str]
    tolerance: int
    number_words: dict[str, int]
    features: dict[str, frozenset[str]]     # word (with clitics) -> anchor features
    quick_words: frozenset[str]             # the same words with punctuation, for the pre-check
    patterns: list[tuple[re.Pattern[str], Callable[..., Any], frozenset[str], int, Any, Any]]
    holidays: dict[str, tuple[str, int, int]] = field(default_factory=dict)   # name -> (calendar, month, day)
    holiday_ords: dict[str, int] = field(default_factory=dict)                 # "ثاني" -> 1 (days after the first)


def _n(s: Any) -> str:
    return re.sub(r"\s+", " ", normalize_char_string(str(s)).strip())


def _alt(words: Any) -> str:
    ws = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)


def _bounded(pattern: str) -> str:
    """Bound whitespace runs: adjacent ``\\s*`` would backtrack quadratically on long blanks."""
    return pattern.replace(r"\s*", r"\s{0,4}").replace(r"\s+", r"\s{1,4}")


def _key(s: str) -> str:
    return s if s.isalpha() else re.sub(r"\s+", " ", s)     # (one word: as it is)


_B = r"(?<!\w)"
_E = r"(?!\w)"
_BW = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وف]ب))"   # word start or after clitics
_YEAR_WORD = r"(?:ال)?(?:عام|سنه)"


@lru_cache(maxsize=1)
def _yaml() -> dict[str, Any]:
    with open(lexicon_dir() / "dates.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=1)
def _month_table() -> dict[str, tuple[str, int]]:
    d = _yaml()
    months: dict[str, tuple[str, int]] = {}
    for system, key in (("g", "gregorian"), ("h", "hijri")):
        for month, names in d["months"][key].items():
            for name in names:
                months[_n(name)] = (system, int(month))
    return months


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    d = _yaml()
    months = _month_table()
    weekdays = {_n(w): int(k) for k, ws in d["weekdays"].items() for w in ws}
    ordinals = {_n(w): int(k) for k, ws in d["ordinal_days"].items() for w in ws}
    quals = {_n(w): k for k, ws in d["qualifiers"].items() for w in ws}
    parts = {_n(w): k for k, ws in d["parts"].items() for w in ws}
    seasons = {_n(w): k for k, ws in d["seasons"].items() for w in ws}
    from geo_tracker.numbers import number_word_values
    number_words = {w: v for w, v in number_word_values().items() if 1 <= v <= 100}

    month_alt = _alt(months)
    wd_alt = _alt(weekdays)
    ord_alt = _alt(ordinals)
    qual_alt = _alt(quals)
    qualm_alt = _alt(w for w, k in quals.items()
                     if not w.endswith("ه") and w not in ("هذا", "السابق"))
    qualy_alt = _alt(w for w in quals if w not in ("هذا", "هذه"))
    part_alt = _alt(parts)
    season_alt = _alt(seasons)
    daypart_alt = _alt(_n(w) for w in d["day_parts"])
    hmark_alt = _alt(_n(w) for w in d["hijri_year_markers"])
    first_alt = _alt(_n(w) for w in d["first_day_words"])
    numw_alt = _alt(number_words)
    holidays = {_n(k): (("h" if "hijri" in v else "g"), *(v.get("hijri") or v["gregorian"]))
                for k, v in d.get("holidays", {}).items()}
    holiday_ords = {_n(w): int(k) for k, ws in d.get("holiday_day_ordinals", {}).items() for w in ws}
    hol_alt = _alt(holidays).replace(" ", "\\s+")
    eve_alt = _alt(_n(w) for w in d.get("holiday_eves", []))
    hord_alt = _alt(holiday_ords)

    def mon(p: str) -> str:
        return (rf"(?P<{p}m>(?:ال)?(?:{month_alt})){_E}"
                rf"(?:(?:\s*(?:/|\\|\(|-\s*)\s*|\s+)(?P<{p}m2>(?:ال)?(?:{month_alt})){_E}(?:\s*\))?)?")

    def yearq(p: str) -> str:
        return (rf"(?:\s*[,/]?\s*(?:من\s+)?(?:{_YEAR_WORD}\s*)?(?P<{p}y>\d{{4}})(?!\d)"
                rf"(?:\s*(?P<{p}hm>{hmark_alt}){_E}|\s*م{_E}|\s*ميلادي(?:ه)?{_E})?"
                rf"|\s+(?:من\s+)?(?:(?P<{p}yk>{_YEAR_WORD})\s+)?(?P<{p}q>{qualy_alt}){_E}"
                rf"|\s+(?:من\s+)?(?P<{p}yc>هذا\s+العام|هذه\s+السنه){_E})?")

    def dayn(p: str, second: bool = False) -> str:
        lb = "" if second else r"(?:(?<![\w./:\-])|(?<=(?<!\w)[وب]))"
        return rf"{lb}(?:ال\s?)?(?P<{p}d>[0-3]?\d)(?!\d)"

    def dayo(p: str, second: bool = False) -> str:
        return rf"{'' if second else _B}(?P<{p}o>{ord_alt}){_E}"

    def wdpre(p: str) -> str:
        return rf"(?:(?:يوم\s+)?(?P<{p}w>{wd_alt}){_E}\s*,?\s*\(?\s*(?:الموافق\s*(?:ل\s*)?)?)"

    def date(p: str, second: bool = False) -> str:
        # ("الثلاثاء 4/ حزيران/ 2019": slashes between the parts)
        return (rf"(?:{wdpre(p)})?(?:{dayn(p, second)}\s*(?:/\s*)?(?:من\s+)?|{dayo(p, second)}\s+من\s+"
                rf"|{'' if second else _B}(?P<{p}f>{first_alt}){_E}\s+(?:من\s+)?)"
                rf"(?:شهر\s+)?{mon(p)}{yearq(p)}")

    def dayq(p: str, second: bool = False) -> str:
        return (rf"(?:{dayn(p, second)}\s+(?:من\s+)?|{dayo(p, second)}\s+من\s+)"
                rf"(?:(?P<{p}sh>الشهر|شهر)\s+)?(?P<{p}dq>{qualm_alt}){_E}")

    first_elem = rf"(?:{date('a')}|{dayn('x')}|{dayo('x')})"
    second_elem = rf"(?:{date('b', True)}|{dayq('c', True)})"
    lead = r"(?:(?:خلال|في)\s+)?(?:(?:ال)?فتره\s+)?(?:الممتده\s+)?"
    units = (r"ساعه|ساعات|ساعتين|الساعات|الساعتين|يوم|ايام|يومين|الايام|اليومين|اسبوع|اسابيع|"
             r"اسبوعين|الاسابيع|الاسبوعين|الاسبوع|شهر|اشهر|شهور|شهرين|الاشهر|الشهور|الشهرين|الشهر|"
             r"عام|اعوام|عامين|سنه|سنوات|سنتين|العامين|السنوات|الاعوام|السنتين")
    ago_q = r"نحو|حوالي|قرابه|زهاء|ما\s+يقارب|ما\s+يزيد\s+عن|ما\s+يزيد\s+علي|اكثر\s+من|اقل\s+من"
    past_pl = (r"الماضيه|الماضي|الماضيين|الماضيتين|الاخيره|الاخير|الاخيرين|الاخيرتين|المنصرمه|"
               r"المنصرم|الفايته|الفايت|السابقه|المنصرمين|الفايتين|القليله\s+الماضيه|"
               r"القليله\s+الاخيره|المنقضيه")

    P: list[tuple[str, Callable[..., Any]]] = [
        (r"(?<![\w./:\-])(?P<d1>\d{1,2})\s*[-–—]\s*(?P<d2>\d{1,2})\s*(?P<s>[/.])\s*(?P<m>\d{1,2})"
         r"\s*(?P=s)\s*(?P<y>\d{4})(?!\d)", _h_num_range),
        (r"(?<![\w./:\-])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)", _h_num),
        # (slashes may have a space: "الثلاثاء 23/ 1/ 2024:", as monitors' daily logs write them;
        # and KUNA's datelines space their dashes: "دمشق - 21 - 7 - 2012 (كونا)")
        (r"(?<![\w./:\-])(?P<d>\d{1,2})(?P<s> ?/ ?|[-.]| - )(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d)", _h_num),
        (r"(?<![a-z])(?P<em>january|february|march|april|may|june|july|august|september|october|"
         r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?P<d>\d{1,2})"
         r"(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)", _h_en),
        (rf"{lead}(?:(?:ما\s+)?بين\s+(?:يومي\s+|تاريخي\s+)?|يومي\s+){first_elem}\s+و\s*(?:بين\s+)?"
         rf"{second_elem}", _h_range),
        (rf"{lead}{_B}(?:من|منذ)\s+(?:يوم\s+|تاريخ\s+)?{first_elem}\s*"
         rf"(?:الي|حتي|لغايه|ولغايه|وحتي|وصولا\s+الي)\s+(?:يوم\s+|تاريخ\s+)?{second_elem}",
         _h_range),
        (rf"(?:{date('a')}|{dayn('x')})\s*[-–—]\s*{second_elem}", _h_dash_range),
        (rf"{dayn('x')}\s+و\s*{date('b', True)}", _h_range),          # "في 3 و4 مارس"
        (rf"{_B}(?P<sub>النصف|الثلث|الاسبوع)\s+(?P<so>{ord_alt}|الاخير){_E}\s+من\s+(?:شهر\s+)?"
         rf"{mon('a')}{yearq('a')}", _h_month_sub),
        (date("a"), _h_date),
        (dayq("c"), _h_dayq),
        (rf"(?:(?P<since>منذ)\s+)?(?:(?P<pp>{part_alt})\s+(?:(?:من\s+)?شهر\s+)?|(?P<sh>شهر)\s+)?"
         rf"{_B}{mon('a')}{yearq('a')}", _h_month),
        (rf"{_B}(?:(?P<since>منذ)\s+)?(?P<pp>{part_alt})\s+(?:(?P<unit>الشهر|العام|السنه|الاسبوع)"
         rf"(?:\s+(?P<q>{qual_alt}){_E})?(?:\s+(?P<y>\d{{4}})(?!\d))?"
         rf"|(?:{_YEAR_WORD}\s+)?(?P<y2>\d{{4}})(?!\d))", _h_part),
        (rf"{_BW}(?:(?P<unit>الشهر|العام|السنه|الاسبوع)\s+(?P<q>{qual_alt}){_E}"
         rf"|(?P<this>هذا|هذه)\s+(?P<unit2>الشهر|العام|السنه|الاسبوع){_E})"
         rf"(?:\s+(?P<y>\d{{4}})(?!\d))?", _h_rel_unit),
        (rf"{_BW}(?:(?P<dp>{daypart_alt})\s+)?(?<!ذلك )(?<!تلك )(?<!نفس )(?<!ذات )(?<!هذا )"
         rf"(?P<t>اليوم){_E}(?:\s*,?\s*\(?\s*(?P<w>{wd_alt}){_E}(?!\s*,?\s*\(?(?:ال\s?)?\d)\s*\)?"
         # (not "اليوم التالي", "اليوم ذاته"; a number after it is a count — "قتل اليوم 3 أشخاص" —
         # unless it names an outlet ("اليوم 24 –") or a day of a campaign ("اليوم 11 من الحملة"))
         rf"|(?!\s+(?:ال\w|ذاته|نفسه|عينه|ذات|نفس|الذي|التي|\d{{1,3}}\s*(?:[-–—|:/(،,]|$)|\d{{4}}"
         rf"|\d{{1,3}}\s+(?:من|علي|لل|في)\s*(?:ال)?(?:حمل|هجوم|عملي|معرك|حصار|عدوان|اشتباك|تصعيد|غارات|قصف|حرب))))",
         _h_today),
        (rf"{_BW}(?:(?P<dp>{daypart_alt})\s+)?(?:(?P<y2>اول\s+امس|امس\s+الاول|اول\s+من\s+امس|"
         # (the Levantine "مبارح", "أول مبارح")
         rf"قبل\s+امس|اول\s+مبارح|اول\s+امبارح)|(?P<y1>امس|الامس|البارحه|مبارح|امبارح)|(?P<ln2>الليله\s+(?:قبل|ما\s+قبل)\s+الماضيه)|(?P<ln>الليله\s+الماضيه|ليله\s+امس|ليل\s+امس))"
         rf"{_E}(?:\s*,?\s*\(?\s*(?P<w>{wd_alt}){_E}\s*\)?)?", _h_yesterday),
        (rf"{_BW}(?:(?P<dp>{daypart_alt})\s+)?(?P<w>{wd_alt}){_E}"
         # (a tatweel for the dash is gone once normalized: "ليل الجمعة ـ السبت الماضي"; "ليلة الخميس الجمعة")
         rf"(?:(?:\s*(?:-|–|—|/|و|الي|علي)\s*|\s+)(?P<w2>{wd_alt}){_E})?(?:\s+(?P<q>{qualm_alt}){_E})?",
         _h_weekday),
        (rf"{_BW}(?P<kw>قبل|منذ)\s+(?:(?P<aq>{ago_q})\s+)?"
         rf"(?:(?P<n>\d{{1,3}})\s*|(?P<nw>{numw_alt})\s+|(?:عده|بضعه|بضع)\s+)?"
         rf"(?P<u>{units}){_E}(?:\s+(?P<nw2>{numw_alt}){_E})?", _h_ago),
        (rf"{_BW}(?:(?P<pre>خلال|في|طيله|طوال|علي\s+مدي|علي\s+مدار|منذ)\s+)?"
         rf"(?:(?:ال\s*)?(?P<n1>\d{{1,3}})\s*)?(?P<u>{units}){_E}"
         rf"(?:\s+(?:ال\s*)?(?P<n2>\d{{1,3}})(?!\d)|\s+(?:ال)?(?P<nw>{numw_alt}){_E})?"
         rf"\s+(?P<q>{past_pl}){_E}", _h_last_n),
        (rf"{_BW}ل(?P<u>ليوم|لاسبوع|لشهر|لليله)\s+(?:(?P<o>{ord_alt})|ال\s*(?P<n>\d{{1,3}}))\s+"
         rf"(?:علي\s+)?(?:التوالي|تواليا){_E}", _h_consec),
        (rf"{_BW}(?:(?P<since>منذ)\s+(?:{_YEAR_WORD}\s+)?|(?:بين\s+)?(?P<kw>{_YEAR_WORD}|عامي|سنتي|"
         rf"في|خلال)\s+)(?P<y>\d{{4}})(?!\d)(?:\s*م{_E}|\s*ميلادي(?:ه)?{_E})?"
         rf"(?:\s*(?:و|الي|حتي|-|–)\s*(?:عام\s+)?(?P<y2>\d{{4}})(?!\d))?", _h_year),
        # "صيف 2014", "منذ شتاء العام الماضي", "الربيع الماضي" (not "ربيع الأول", "الربيع العربي")
        (rf"{_BW}(?:(?P<since>منذ)\s+)?(?:فصل\s+)?(?P<sn>(?:ال)?(?:{season_alt})){_E}"
         rf"(?:\s+(?:من\s+)?(?:{_YEAR_WORD}\s+)?(?P<y>\d{{4}})(?!\d)"
         rf"|\s+(?:من\s+)?(?:ال)?(?:عام|سنه)\s+(?P<yq>{qual_alt}){_E}|\s+(?P<q>{qual_alt}){_E})", _h_season),
        # a weekday and its day/month, with no year as local pages write them ("فجر الجمعة 3/5")
        # or with it ("يوم الجمعة 3/5/2019": one date, not the weekday's last date and a day)
        (rf"{_BW}(?:(?P<dp>{daypart_alt})\s+)?(?:يوم\s+)?(?P<w>{wd_alt}){_E}\s*[,،]?\s*\(?\s*"
         rf"(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}))?(?![\d/])", _h_wd_num),
        # "يوم 28/1", "فجر يوم 3/5": a day and month after "يوم", no year (not "3/5 من الأصوات")
        (rf"{_BW}(?:(?P<dp>{daypart_alt})\s+)?يوم\s+(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?![\d/])", _h_day_num),
        # a feast or holiday, its eve or its first days ("أول أيام عيد الأضحى", "ليلة رأس السنة")
        (rf"{_BW}(?:(?P<eve>{eve_alt})\s+|(?P<o>{hord_alt})\s+ايام\s+)?(?P<hol>{hol_alt}){_E}", _h_holiday),
    ]
    # Where each pattern can match: (anchor features, how far before the anchor the
    # expression may start, substrings one of which must occur near the anchor). Patterns are
    # tried only at word starts shortly before their anchors, which keeps sentences without
    # dates, and long paragraphs with one date, cheap.
    dash = ("-", "–", "—")
    anchors = [("digit", 3, ("/", ".")), ("digit", 3, dash + ("/", ".")),
               ("digit", 3, dash + ("/", ".")), ("month", 3, None),
               ("month qual", 90, ("بين", "يومي")), ("month qual", 90, ("الي", "حتي", "لغايه")),
               ("month qual", 60, dash), ("month", 20, None),
               ("month", 40, ("النصف", "الثلث", "الاسبوع")),
               ("month", 60, None), ("qual", 40, None),
               ("month", 40, None), ("part", 12, None), ("unit_rel", 6, None), ("today", 25, None),
               ("yest", 25, None), ("wd", 25, None), ("unit", 40, ("قبل", "منذ")),
               ("unit", 40, None), ("consec", 50, None), ("year4", 30, None), ("season", 12, None),
               ("wd", 25, ("/",)), ("unit", 12, ("/",)), ("holiday", 30, None)]
    if len(anchors) != len(P):
        raise RuntimeError("dates: one anchor spec per pattern")
    # Words one of which a pattern needs somewhere in the text: without any, the pattern is not
    # tried at all ("الأيام الثلاثة الماضية": the past word; a test per text, not per anchor).
    # (past_pl's own words: its two-word forms end in one of them)
    needs = {_h_last_n: tuple(w for w in past_pl.split("|") if "\\" not in w)}
    patterns = [(re.compile(_bounded(p)), h, frozenset(a.split()), before, must, needs.get(h))
                for (p, h), (a, before, must) in zip(P, anchors)]

    feats: dict[str, set[str]] = {}

    def add(words: Any, feat: str) -> None:
        for w in words:
            base = w.split()[0]
            base = base[2:] if base.startswith("ال") and len(base) > 3 else base
            for form in (base, "ال" + base):
                for pre in ("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك"):
                    feats.setdefault(pre + form, set()).add(feat)
            for pre in ("لل", "ولل", "فلل"):
                feats.setdefault(pre + base, set()).add(feat)

    add(months, "month")
    add(weekdays, "wd")
    add(["اليوم"], "today")
    add(["امس", "البارحه", "الليله", "مبارح", "امبارح"], "yest")
    add([w for w, k in quals.items() if not w.endswith("ه") and w != "هذا"], "qual")
    add(parts, "part")
    add(["الشهر", "العام", "السنه", "الاسبوع"], "unit_rel")
    add(units.split("|"), "unit")
    add(["التوالي", "تواليا"], "consec")
    add(seasons, "season")
    add(holidays, "holiday")
    features = {w: frozenset(f) for w, f in feats.items()}
    # Quick pre-check: the anchor words as whitespace-split tokens, with common punctuation.
    quick = set(features)
    for w in features:
        for p in ",.):;\"'»!?":
            quick.add(w + p)
        for p in "(\"'«":
            quick.add(p + w)
        quick.add("(" + w + ")")
    return _Lex(
        months=months,
        ambiguous_months=frozenset(_n(w) for w in d["ambiguous_month_names"]),
        hijri_needs_year=frozenset(_n(w) for w in d["hijri_needs_year"]),
        weekdays=weekdays,
        ambiguous_weekdays=frozenset(_n(w) for w in d["ambiguous_weekdays"]),
        wd_reject_before=frozenset(_n(w) for w in d.get("weekday_reject_before", [])),
        wd_reject_after=frozenset(_n(w) for w in d.get("weekday_reject_after", [])),
        count_nouns=frozenset(_n(w) for w in d.get("count_nouns", [])),
        ordinals=ordinals, quals=quals, parts=parts, seasons=seasons,
        tolerance=int(d.get("future_tolerance_days", 3)),
        number_words=number_words,
        features=features,
        quick_words=frozenset(quick),
        patterns=patterns,
        holidays=holidays,
        holiday_ords=holiday_ords,
    )


def day_words() -> frozenset[str]:
    """Normalized words of a day's time: the parts of a day and the weekdays (``dates.yaml``).

    >>> "مساء" in day_words() and "الخميس" in day_words()
    True
    """
    d = _yaml()
    return frozenset(_n(w) for w in d["day_parts"]) | frozenset(_n(w) for ws in d["weekdays"].values() for w in ws)


@lru_cache(maxsize=1)
def _story_day_re() -> re.Pattern[str]:
    ords = _alt(_lex().ordinals)
    # ("في اليوم الخامس من شهر رمضان" is no story's day: only its own "يومه"/"يومها", or "على التوالي")
    return re.compile(rf"{_B}[وف]?(?:يدخل|دخل|تدخل|دخلت|في|خلال)\s+(?:يومه|يومها|يومهما)\s+(?P<o>{ords}){_E}"
                      rf"|{_B}[وف]?(?:يدخل|دخل|تدخل|دخلت)\s+(?:\S+\s+)?(?:يومه|يومها|يومهما|اليوم)\s+(?P<o2>{ords}){_E}"
                      rf"|{_B}[وف]?ل(?:ليوم|لليله)\s+(?P<o3>{ords})\s+(?:عل[يى]\s+)?(?:التوالي|تواليا){_E}")


def story_day(norm: str) -> int | None:
    """The day a running story has reached, in normalized text ("القصف التركي يدخل يومه الرابع": 4),
    or None.

    >>> story_day("القصف التركي يدخل يومه الرابع"), story_day("يتواصل القصف لليوم الرابع على التوالي")
    (4, 4)
    """
    if "يوم" not in norm:
        return None
    m = _story_day_re().search(norm)
    return _lex().ordinals.get(_key(m["o"] or m["o2"] or m["o3"])) if m else None


def month_names() -> dict[str, tuple[str, int]]:
    """Normalized month names of every system: name → ("g" Gregorian | "h" Hijri, month).

    >>> month_names()["شباط"]
    ('g', 2)
    """
    return dict(_month_table())


# ------------------------------------------------------------------ helpers for handlers

class _Ctx:
    """What handlers need: the normalized text, the publication date, the lexicon."""

    __slots__ = ("norm", "pub", "lex")

    def __init__(self, norm: str, pub: dt.date | None, lex: _Lex) -> None:
        self.norm = norm
        self.pub = pub
        self.lex = lex


_Res = Any   # (start, end, precision, relative, kind) | _BLOCK | None
_DAY = dt.timedelta(days=1)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _qual(ctx: _Ctx, w: str | None) -> str | None:
    if not w:
        return None
    return ctx.lex.quals.get(_key(w))


def _month_of(ctx: _Ctx, name: str | None) -> tuple[str, int, str] | None:
    """(system, month, normalized name) for a month name as matched."""
    if not name:
        return None
    k = _key(name)
    hit = ctx.lex.months.get(k)
    if hit is None and k.startswith("ال"):
        hit = ctx.lex.months.get(k[2:])
        k = k[2:]
    if hit is None:
        return None
    return hit[0], hit[1], k


def _day_of(ctx: _Ctx, m: re.Match[str], p: str) -> int | None:
    g = m.groupdict()
    if g.get(p + "d") is not None:
        return int(g[p + "d"])
    if g.get(p + "o") is not None:
        return ctx.lex.ordinals.get(_key(g[p + "o"]))
    if g.get(p + "f") is not None:
        return 1
    return None


def _year_for(ctx: _Ctx, system: str, month: int, day: int | None, year: int | None,
              year_qual: str | None, month_qual: str | None) -> tuple[int | None, bool]:
    """The year of a (day,) month: (year or None if unknown, used the publication date)."""
    if year is not None:
        return year, False
    pub = ctx.pub
    if pub is None:
        return None, False
    if system == "g":
        py, pm = pub.year, pub.month
    else:
        py, pm, _ = gregorian_to_hijri(pub)
    if year_qual:
        return py + {_PAST: -1, _CUR: 0, _NEXT: 1}[year_qual], True
    if month_qual == _PAST:
        return (py if month < pm else py - 1), True
    if month_qual == _CUR:
        return py, True
    if month_qual == _NEXT:
        return (py if month > pm else py + 1), True
    limit = pub + dt.timedelta(days=ctx.lex.tolerance)
    for y in range(py + 1, py - 6, -1):
        if system == "g":
            cand = _safe_date(y, month, day or 1)
        else:
            cand = hijri_to_gregorian(y, month, day or 1)
        if cand is not None and cand <= limit:
            return y, True
    return None, True


def _resolve_day(system: str, y: int, month: int, day: int) -> tuple[dt.date, dt.date] | None:
    if system == "g":
        d = _safe_date(y, month, day)
        return (d, d) if d else None
    if day > 30:
        return None
    d = hijri_to_gregorian(y, month, day)
    if d is None:
        return None
    return d - _DAY, d + _DAY


def _year_from_groups(ctx: _Ctx, m: re.Match[str], p: str, system: str,
                      month: int) -> tuple[int | None, str | None, str | None, bool, str]:
    """Read year/qualifier groups: (year, year_qual, month_qual, ok, system)."""
    g = m.groupdict()
    year = year_qual = month_qual = None
    if g.get(p + "y"):
        year = int(g[p + "y"])
        if system == "g":
            if g.get(p + "hm") or not 1900 <= year <= 2100:
                return None, None, None, False, system
        elif not 1300 <= year <= 1600:
            if 1900 <= year <= 2100 and not g.get(p + "hm"):
                system = "hg"          # a Hijri month with a Gregorian year: "رمضان 2024"
            else:
                return None, None, None, False, system
    elif g.get(p + "q"):
        q = _qual(ctx, g[p + "q"])
        if g.get(p + "yk"):
            year_qual = q
        else:
            month_qual = q
    elif g.get(p + "yc"):
        year_qual = _CUR
    return year, year_qual, month_qual, True, system


def _hijri_in_greg_year(gy: int, month: int, day: int | None) -> int | None:
    """The Hijri year whose month/day falls in Gregorian year ``gy`` (the later one if two)."""
    hy = round((gy - 622) * 33 / 32) + 1
    best = None
    for y in range(hy - 2, hy + 3):
        d = hijri_to_gregorian(y, month, day or 1)
        if d is not None and d.year == gy:
            best = y
    return best


def _date_parts(ctx: _Ctx, m: re.Match[str], p: str,
                need_context: bool = False) -> _Res:
    """Resolve a DATE(p) match (day + month + optional year/qualifier)."""
    g = m.groupdict()
    mo = _month_of(ctx, g.get(p + "m"))
    day = _day_of(ctx, m, p)
    if mo is None or day is None:
        return None
    system, month, name = mo
    if not 1 <= day <= 31:
        return _BLOCK
    year, yq, mq, ok, system = _year_from_groups(ctx, m, p, system, month)
    if not ok:
        return _BLOCK
    if name in ctx.lex.hijri_needs_year and year is None:
        return None
    if system == "hg":
        hy = _hijri_in_greg_year(year, month, day)
        if hy is None:
            return _BLOCK
        r = _resolve_day("h", hy, month, day)
        return (r[0], r[1], 2, False, "hijri") if r else _BLOCK
    y, rel = _year_for(ctx, system, month, day, year, yq, mq)
    if y is None:
        return _BLOCK
    r = _resolve_day(system, y, month, day)
    if r is None:
        return _BLOCK
    if system == "h":
        return r[0], r[1], 2, rel, "hijri"
    return r[0], r[1], 1, rel, "day"


# ------------------------------------------------------------------ handlers

def _h_num(ctx: _Ctx, m: re.Match[str]) -> _Res:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not 1900 <= y <= 2100:
        return None
    r = _safe_date(y, mo, d)
    if r is None:
        return _BLOCK
    return r, r, 1, False, "day"


def _h_num_range(ctx: _Ctx, m: re.Match[str]) -> _Res:
    y, mo = int(m["y"]), int(m["m"])
    if not 1900 <= y <= 2100:
        return None
    a, b = _safe_date(y, mo, int(m["d1"])), _safe_date(y, mo, int(m["d2"]))
    if a is None or b is None or b < a:
        return _BLOCK
    return a, b, 1 if a == b else 2, False, "range"


_EN_MONTHS = {n: i for i, ns in enumerate(
    [(), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")]) for n in ns}


def _h_en(ctx: _Ctx, m: re.Match[str]) -> _Res:
    y = int(m["y"])
    if not 1900 <= y <= 2100:
        return None
    r = _safe_date(y, _EN_MONTHS[m["em"]], int(m["d"]))
    return (r, r, 1, False, "day") if r else _BLOCK


def _h_date(ctx: _Ctx, m: re.Match[str]) -> _Res:
    return _date_parts(ctx, m, "a")


def _h_dayq(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"18 الجاري", "العشرين من الشهر الماضي": the month comes from the qualifier."""
    day = _day_of(ctx, m, "c")
    q = _qual(ctx, m["cdq"])
    if day is None or q is None:
        return None
    if ctx.pub is None:
        return _BLOCK
    first = ctx.pub.replace(day=1)
    if q == _PAST:
        first = (first - _DAY).replace(day=1)
    elif q == _NEXT:
        first = (first + dt.timedelta(days=32)).replace(day=1)
    r = _safe_date(first.year, first.month, day)
    if r is None:
        return _BLOCK
    return r, r, 1, True, "day"


def _range_prec(a: dt.date, b: dt.date) -> int:
    if a == b:
        return 1
    return 2 if (b - a).days <= 31 else 3


def _h_dash_range(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"24–27 تشرين الثاني", "27 يناير - 2 فبراير"; not "4 رمضان 1446 هـ - 04 مارس 2025"
    (one day in two calendars) nor two full dates of a header."""
    g = m.groupdict()
    if g.get("am") and g.get("bm"):
        a, b = _month_of(ctx, g["am"]), _month_of(ctx, g["bm"])
        if a is None or b is None or a[0] != b[0] or (g.get("ay") and g.get("by")):
            return None
    res = _h_range(ctx, m)
    if res is _BLOCK and not g.get("am"):
        return None   # "دير الزور 24 – السبت 3 شباط 2024": a number, a dash, then a date of its own
    return res


def _h_range(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"بين 24 و27 تشرين الثاني", "من 3 إلى 5 مارس", "بين 27 يناير الماضي و2 فبراير الجاري"."""
    g = m.groupdict()
    if g.get("bm"):
        end = _date_parts(ctx, m, "b")
        bmo = _month_of(ctx, g["bm"])
    elif g.get("cdq"):
        end = _h_dayq(ctx, m)
        bmo = ("g", 0, "")
    else:
        return None
    if end is None or end is _BLOCK or bmo is None:
        return _BLOCK
    b_start, b_end, _, b_rel, _ = end
    hijri = bmo[0] == "h"
    rel = b_rel
    if g.get("am"):
        amo = _month_of(ctx, g["am"])
        day = _day_of(ctx, m, "a")
        if amo is None or day is None:
            return None
        hijri = hijri or amo[0] == "h"
        if g.get("ay") or g.get("aq") or g.get("ayc"):
            st = _date_parts(ctx, m, "a")
            if st is None or st is _BLOCK:
                return _BLOCK
            a_start, rel = st[0], rel or st[3]
        else:
            # no year of its own: the latest one that keeps it before the end
            a_start = None
            if amo[0] == "g":
                for y in (b_end.year, b_end.year - 1):
                    cand = _safe_date(y, amo[1], day)
                    if cand is not None and cand <= b_end:
                        a_start = cand
                        break
            else:
                hy = gregorian_to_hijri(b_end)[0]
                for y in (hy, hy - 1):
                    r = _resolve_day("h", y, amo[1], day)
                    if r is not None and r[0] <= b_end:
                        a_start = r[0]
                        break
            if a_start is None:
                return _BLOCK
    else:
        day = _day_of(ctx, m, "x")
        if day is None:
            return None
        if hijri:
            hy, hm, _ = gregorian_to_hijri(b_start + _DAY)
            r = _resolve_day("h", hy, hm, day)
            if r is None:
                return _BLOCK
            a_start = r[0]
        else:
            a_start = _safe_date(b_start.year, b_start.month, day)
            if a_start is None:
                return _BLOCK
    if a_start > b_end:
        return _BLOCK
    prec = _range_prec(a_start, b_end)
    return a_start, b_end, max(prec, 2) if hijri else prec, rel, "range"


_CONTEXT_BEFORE = re.compile(r"(?:(?<!\w)(?:في|خلال|منذ|حتي|مطلع|نهايه|بدايه|اواخر|اوائل|منتصف|"
                             r"شهر|طيله|طوال|ابان|اثناء)\s+)\Z")


def _part_range(part: str, a: dt.date, b: dt.date) -> tuple[dt.date, dt.date]:
    """Early/mid/late part of the month a..b: days 1–10, 11–20, 21–end."""
    if part == "early":
        return a, a.replace(day=10)
    if part == "mid":
        return a.replace(day=11), a.replace(day=20)
    return a.replace(day=21), b


def _month_bounds(ctx: _Ctx, m: re.Match[str], system: str, month: int) -> Any:
    """First and last day of the month of group "am" with its year: (a, b, relative, system)."""
    year, yq, mq, ok, system = _year_from_groups(ctx, m, "a", system, month)
    if not ok:
        return _BLOCK
    if system == "hg":
        hy = _hijri_in_greg_year(year, month, None)
        if hy is None:
            return _BLOCK
        system, year = "h", hy
    y, rel = _year_for(ctx, system, month, None, year, yq, mq)
    if y is None:
        return _BLOCK
    if system == "g":
        return dt.date(y, month, 1), _month_end(y, month), rel, system
    r = _hijri_month_range(y, month)
    if r is None:
        return _BLOCK
    return r[0], r[1], rel, system


def _h_month_sub(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"النصف الثاني من أيلول", "الأسبوع الأول من شباط": a half, third or week of a month."""
    mo = _month_of(ctx, m["am"])
    if mo is None:
        return None
    n = -1 if m["so"] == "الاخير" else ctx.lex.ordinals.get(_key(m["so"]))
    bounds = _month_bounds(ctx, m, mo[0], mo[1])
    if bounds is _BLOCK or not n:
        return _BLOCK if bounds is _BLOCK else None
    a, b, rel, _ = bounds
    size = {"النصف": 15, "الثلث": 10, "الاسبوع": 7}[m["sub"]]
    count = {"النصف": 2, "الثلث": 3, "الاسبوع": 5}[m["sub"]]
    if n == -1:
        if m["sub"] == "الاسبوع":                # the last seven days of the month
            return b - dt.timedelta(days=6), b, 2, rel, "part_of_month"
        n = count
    if not 1 <= n <= count:
        return None
    start = a + dt.timedelta(days=size * (n - 1))
    end = b if n == count else min(b, start + dt.timedelta(days=size - 1))
    return start, end, 2, rel, "part_of_month"


def _h_month(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """A month without a day: "فبراير 2024", "شباط الماضي", "شهر رمضان", "مطلع آذار"."""
    g = m.groupdict()
    mo = _month_of(ctx, g.get("am"))
    if mo is None:
        return None
    system, month, name = mo
    has_year = bool(g.get("ay") or g.get("aq") or g.get("ayc"))
    context = bool(g.get("pp") or g.get("sh") or g.get("since")) or bool(
        _CONTEXT_BEFORE.search(ctx.norm, max(0, m.start() - 8), m.start()))
    if not has_year:
        # A month alone needs a preposition or "شهر"/"مطلع"… before it; Latin abbreviations
        # ("may", "mar") only "شهر"/"مطلع"….
        if not context or (name.isascii() and name in ctx.lex.ambiguous_months
                           and not (g.get("pp") or g.get("sh"))):
            return None
    if name in ctx.lex.hijri_needs_year and not (g.get("ay") or g.get("sh")):
        return None
    bounds = _month_bounds(ctx, m, system, month)
    if bounds is _BLOCK:
        return _BLOCK
    a, b, rel, system = bounds
    prec, kind = 3, "month"
    if g.get("pp"):
        part = ctx.lex.parts.get(_key(g["pp"]))
        if part and system == "g":
            a, b = _part_range(part, a, b)
            prec, kind = 2, "part_of_month"
        elif part:                                # Hijri month: days 1–10, 11–20, 21–end
            k = {"early": 0, "mid": 1, "late": 2}[part]
            a, b = a + dt.timedelta(days=10 * k), (a + dt.timedelta(days=10 * k + 9) if k < 2 else b)
            prec, kind = 2, "part_of_month"
    if g.get("since") and ctx.pub is not None and a <= ctx.pub:
        return a, ctx.pub, 3, True, "since"
    return a, b, prec, rel, kind


def _unit_range(ctx: _Ctx, unit: str, q: str | None, year: int | None) -> tuple[dt.date, dt.date] | None:
    pub = ctx.pub
    if unit in ("العام", "السنه"):
        if year is not None:
            y = year
        elif pub is None:
            return None
        else:
            y = pub.year + {_PAST: -1, _CUR: 0, _NEXT: 1, None: 0}[q]
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if pub is None:
        return None
    if unit == "الشهر":
        first = pub.replace(day=1)
        if q == _PAST:
            first = (first - _DAY).replace(day=1)
        elif q == _NEXT:
            first = (first + dt.timedelta(days=32)).replace(day=1)
        return first, _month_end(first.year, first.month)
    # week: Sunday..Saturday
    start = pub - dt.timedelta(days=(pub.weekday() + 1) % 7)
    if q == _PAST:
        start -= dt.timedelta(days=7)
    elif q == _NEXT:
        start += dt.timedelta(days=7)
    return start, start + dt.timedelta(days=6)


def _h_part(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"مطلع الشهر الجاري", "منتصف الشهر الماضي", "مطلع 2022", "منذ بداية العام"."""
    g = m.groupdict()
    part = ctx.lex.parts.get(_key(g["pp"]))
    if part is None:
        return None
    unit = g.get("unit")
    q = _qual(ctx, g.get("q"))
    if g.get("q") and q is None:
        return None
    year = int(g["y"]) if g.get("y") else (int(g["y2"]) if g.get("y2") else None)
    if year is not None and not 1900 <= year <= 2100:
        return None
    if unit is None:
        unit = "العام"
    rng = _unit_range(ctx, unit, q, year)
    if rng is None:
        return _BLOCK
    a, b = rng
    rel = year is None
    if unit == "الشهر":
        a, b = _part_range(part, a, b)
        prec, kind = 2, "part_of_month"
    elif unit == "الاسبوع":
        a, b = (a, a + dt.timedelta(days=2)) if part == "early" else (
            (a + dt.timedelta(days=2), a + dt.timedelta(days=4)) if part == "mid"
            else (a + dt.timedelta(days=4), b))
        prec, kind = 2, "week"
    else:
        y = a.year
        a, b = {"early": (dt.date(y, 1, 1), dt.date(y, 3, 31)),
                "mid": (dt.date(y, 5, 1), dt.date(y, 8, 31)),
                "late": (dt.date(y, 10, 1), dt.date(y, 12, 31))}[part]
        prec, kind = 3, "part_of_year"
    if g.get("since") and ctx.pub is not None and a <= ctx.pub:
        return a, ctx.pub, 3 if (ctx.pub - a).days > 7 else 2, True, "since"
    if rel and ctx.pub is None:
        return _BLOCK
    return a, b, prec, rel, kind


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


def _season_range(season: str, y: int) -> tuple[dt.date, dt.date]:
    """The season of year ``y`` (winter: December of ``y``−1 to February of ``y``)."""
    a, b = _SEASON_MONTHS[season]
    return dt.date(y - 1 if a > b else y, a, 1), _month_end(y, b)


def _h_season(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"صيف 2014", "شتاء العام الماضي", "الصيف الماضي", "هذا الشتاء" is not matched (no year)."""
    g = m.groupdict()
    k = _key(g["sn"])
    season = ctx.lex.seasons.get(k) or (ctx.lex.seasons.get(k[2:]) if k.startswith("ال") else None)
    if season is None:
        return None
    pub = ctx.pub
    if g.get("y"):
        y = int(g["y"])
        if not 1900 <= y <= 2100:
            return None
        a, b = _season_range(season, y)
        rel = False
    else:
        q = _qual(ctx, g.get("yq") or g.get("q"))
        if q is None:
            return None
        if pub is None:
            return _BLOCK
        rel = True
        if g.get("yq"):                       # "صيف العام الماضي": of that year
            a, b = _season_range(season, pub.year + {_PAST: -1, _CUR: 0, _NEXT: 1}[q])
        else:                                 # "الصيف الماضي": the last one over; "الجاري": this one
            y = pub.year + (1 if season == "winter" and pub.month == 12 else 0)
            a, b = _season_range(season, y)
            if q == _PAST:
                while b >= pub:
                    y -= 1
                    a, b = _season_range(season, y)
            elif q == _NEXT:
                while a <= pub:
                    y += 1
                    a, b = _season_range(season, y)
    if g.get("since") and pub is not None and a <= pub:
        return a, pub, 3 if (pub - a).days > 7 else 2, True, "since"
    return a, b, 3, rel, "part_of_year"


def _h_rel_unit(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"الشهر الماضي", "العام الجاري", "الأسبوع الماضي", "هذا العام"."""
    g = m.groupdict()
    unit = g.get("unit") or g.get("unit2")
    q = _qual(ctx, g.get("q")) if g.get("q") else _CUR
    if q is None:
        return None
    year = int(g["y"]) if g.get("y") else None
    if year is not None and not 1900 <= year <= 2100:
        year = None
    if ctx.pub is None and year is None:
        return _BLOCK
    if unit == "الاسبوع" and q == _PAST and re.search(r"(?:خلال|طيله|طوال)\s+\Z",
                                                      ctx.norm[max(0, m.start() - 8):m.start()]):
        return ctx.pub - dt.timedelta(days=7), ctx.pub, 2, True, "last_n"
    rng = _unit_range(ctx, unit, q, year)
    if rng is None:
        return _BLOCK
    a, b = rng
    if unit == "الاسبوع":
        return a, b, 2, True, "week"
    if unit == "الشهر":
        return a, b, 3, True, "month"
    return a, b, 3, year is None, "year"


def _weekday_ok(ctx: _Ctx, m: re.Match[str], name: str) -> bool:
    """An ambiguous weekday name ("الاثنين" = both) is a weekday unless its neighbours say not."""
    if _key(name) not in ctx.lex.ambiguous_weekdays:
        return True
    g = m.groupdict()
    if g.get("dp") or g.get("q") or g.get("w2"):
        return True
    norm = ctx.norm
    before = _WORD_BEFORE_RE.search(norm, max(0, m.start("w") - 20), m.start("w"))
    if before and before.group(1) in ctx.lex.wd_reject_before:
        return False
    after = _WORD_AFTER_RE.match(norm, m.end("w"))
    return not (after and after.group(1) in ctx.lex.wd_reject_after)


_WORD_BEFORE_RE = re.compile(r"(?:^|[^\w])(\w+)\s+\Z")
_WORD_AFTER_RE = re.compile(r"\s+(\w+)")


def _last_weekday(pub: dt.date, wd: int, strict: bool) -> dt.date:
    back = (pub.weekday() - wd) % 7
    if back == 0 and strict:
        back = 7
    return pub - dt.timedelta(days=back)


def _h_holiday(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """The last feast or holiday of that name on or before publication (a Hijri one ± a day: the
    tabular calendar and the sighting of the moon may differ), its eve or its n-th day. One due
    within a month after publication is that one, still to come ("قبل أيام من حلول عيد الأضحى"):
    no day of an act (not last year's)."""
    if ctx.pub is None:
        return _BLOCK
    cal, month, day = ctx.lex.holidays[re.sub(r"\s+", " ", m["hol"])]
    shift = dt.timedelta(days=-1 if m["eve"] else ctx.lex.holiday_ords.get(m["o"] or "", 0))
    latest = ctx.pub + dt.timedelta(days=ctx.lex.tolerance)
    if cal == "g":
        days = [_safe_date(y, month, day) for y in range(ctx.pub.year - 1, ctx.pub.year + 2)]
    else:
        hy = gregorian_to_hijri(ctx.pub)[0]
        days = [hijri_to_gregorian(y, month, day) for y in range(hy - 1, hy + 2)]
    days = [d + shift for d in days if d is not None]
    past = [d for d in days if d <= latest]
    if not past or any(latest < d <= ctx.pub + dt.timedelta(days=HOLIDAY_AHEAD_DAYS) for d in days):
        return _BLOCK
    d = past[-1]
    if cal == "g":
        return d, d, 1, True, "holiday"
    return d - _DAY, min(d + _DAY, ctx.pub), 2, True, "holiday"


HOLIDAY_AHEAD_DAYS = 30   # a feast due this soon after publication is the one to come


def _h_today(ctx: _Ctx, m: re.Match[str]) -> _Res:
    if ctx.pub is None:
        return _BLOCK
    return ctx.pub, ctx.pub, 1, True, "relative_day"


def _h_yesterday(ctx: _Ctx, m: re.Match[str]) -> _Res:
    if ctx.pub is None:
        return _BLOCK
    if m["ln"]:                               # last night: the evening before or after midnight
        return ctx.pub - _DAY, ctx.pub, 1, True, "relative_day"
    if m["ln2"]:                              # the night before last ("الليلة قبل الماضية")
        return ctx.pub - 2 * _DAY, ctx.pub - _DAY, 1, True, "relative_day"
    if m["y1"] and m["dp"] and m["dp"].startswith("منتصف"):
        # "منتصف ليل أمس": last midnight, either side of it; "بعد منتصف ليل أمس": the report's day
        if _AFTER_BEFORE_RE.search(ctx.norm, max(0, m.start() - 8), m.start()):
            return ctx.pub, ctx.pub, 1, True, "relative_day"
        return ctx.pub - _DAY, ctx.pub, 1, True, "relative_day"
    d = ctx.pub - dt.timedelta(days=2 if m["y2"] else 1)
    if _SINCE_BEFORE_RE.search(ctx.norm, max(0, m.start() - 8), m.start()):
        return d, ctx.pub, 2, True, "since"   # "الاشتباكات الدائرة منذ صباح أمس": from then to the report
    return d, d, 1, True, "relative_day"


def _h_wd_num(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"الجمعة 3/5": the day and month of the weekday told, in the year that makes it fall on
    that weekday on or before the publication day (give or take the tolerance); no such year
    within the last year → not a date (the weekday alone is read). With its year ("الجمعة
    3/5/2019"), the day told, whatever the weekday (not the weekday's last date)."""
    day, month = int(m["d"]), int(m["m"])
    if m["y"]:
        r = _safe_date(int(m["y"]), month, day)
        return (r, r, 1, False, "day") if r is not None and 1900 <= r.year <= 2100 else _BLOCK
    if ctx.pub is None:
        return None
    wd = ctx.lex.weekdays[_key(m["w"])]
    limit = ctx.pub + dt.timedelta(days=ctx.lex.tolerance)
    for y in (ctx.pub.year + 1, ctx.pub.year, ctx.pub.year - 1):
        d = _safe_date(y, month, day)
        if d is not None and d <= limit and (ctx.pub - d).days <= 366:
            return (d, d, 1, True, "day") if d.weekday() == wd else None
    return None


DAY_NUM_BACK_DAYS = 92   # how far before the publication day a "يوم 28/1" with no year may be


def _h_day_num(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"يوم 28/1": a day and month with no year, as local pages write them: the latest such day on
    or before the publication day (give or take the tolerance), within ``DAY_NUM_BACK_DAYS`` of it
    (farther back, a page would write the year: not a date)."""
    if ctx.pub is None:
        return None
    day, month = int(m["d"]), int(m["m"])
    limit = ctx.pub + dt.timedelta(days=ctx.lex.tolerance)
    for y in (ctx.pub.year + 1, ctx.pub.year, ctx.pub.year - 1):
        d = _safe_date(y, month, day)
        if d is not None and d <= limit and (ctx.pub - d).days <= DAY_NUM_BACK_DAYS:
            return d, d, 1, True, "day"
    return None


def _h_weekday(ctx: _Ctx, m: re.Match[str]) -> _Res:
    if not _weekday_ok(ctx, m, m["w"]):
        return None
    if ctx.pub is None:
        return _BLOCK
    wd = ctx.lex.weekdays[_key(m["w"])]
    q = _qual(ctx, m["q"]) if m["q"] else None
    if m["w2"]:
        wd2 = ctx.lex.weekdays[_key(m["w2"])]
        gap = (wd2 - wd) % 7
        if gap == 0 or gap > 2:
            return None
        end = _last_weekday(ctx.pub, wd2, q == _PAST)
        return end - dt.timedelta(days=gap), end, 2, True, "weekday"
    if q == _NEXT:
        d = ctx.pub + dt.timedelta(days=(wd - ctx.pub.weekday()) % 7 or 7)
    else:
        d = _last_weekday(ctx.pub, wd, q == _PAST)
        if _BEFORE_LAST_RE.match(ctx.norm, m.end()):
            d = _last_weekday(ctx.pub, wd, True) - dt.timedelta(days=7)   # "الخميس قبل الماضي"
        if _SINCE_BEFORE_RE.search(ctx.norm, max(0, m.start() - 8), m.start()) and d < ctx.pub:
            return d, ctx.pub, 2, True, "since"   # "منذ يوم الخميس": from Thursday to the report
    return d, d, 1, True, "weekday"


_BEFORE_LAST_RE = re.compile(r"\s*قبل\s+(?:ال)?(?:ماضي|الفايت|المنصرم)")
_AFTER_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:بعد|بعيد)\s+$")   # ("بعد منتصف ليل أمس")
_SINCE_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?منذ\s+$")   # (and "ومنذ مساء الخميس")


_UNIT_DAYS = {"ساعه": 0, "ساعات": 0, "ساعتين": 0, "يوم": 1, "ايام": 1, "يومين": 1, "اسبوع": 7,
              "اسابيع": 7, "اسبوعين": 7, "شهر": 30, "اشهر": 30, "شهور": 30, "شهرين": 30,
              "عام": 365, "اعوام": 365, "عامين": 365, "سنه": 365, "سنوات": 365, "سنتين": 365}
_DUAL_UNITS = {"ساعتين", "يومين", "اسبوعين", "شهرين", "عامين", "سنتين"}
_PLURAL_UNITS = {"ساعات", "ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات"}


def _count(ctx: _Ctx, unit: str, n: str | None, nw: str | None) -> int | None:
    """How many units: digits, a number word, the dual form, 1 for a singular; None if vague."""
    if n:
        return int(n)
    if nw:
        return ctx.lex.number_words.get(_key(nw))
    if unit in _DUAL_UNITS:
        return 2
    if unit in _PLURAL_UNITS:
        return None
    return 1


def _h_ago(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"قبل 3 أيام", "قبل نحو أسبوعين", "منذ يومين", "قبل أيام"."""
    norm = ctx.norm
    after = norm[m.end():m.end() + 12]
    if re.match(r"\s+(?:من|علي)\s", after) or re.match(r"\s*\d{4}", after):
        return None
    unit = m["u"]
    n = _count(ctx, unit, m["n"], m["nw"] or m["nw2"])
    if m["n"] is None and m["nw"] is None and m["nw2"] is None and unit in ("عام", "سنه") \
            and m["kw"] == "منذ":
        return None
    if ctx.pub is None:
        return _BLOCK
    pub = ctx.pub
    per = _UNIT_DAYS[unit]
    since = m["kw"] == "منذ"
    if per == 0:                                     # hours
        hours = n if n is not None else 6
        days = -(-hours // 24)
        return pub - dt.timedelta(days=days), pub, 1 if hours <= 24 else 2, True, "hours"
    if n is None:                                    # "قبل أيام", "قبل أسابيع"
        if per == 1:
            a, b = pub - dt.timedelta(days=7), pub - dt.timedelta(days=(0 if since else 2))
            return a, b, 2, True, "days_ago"
        if per == 7:
            return pub - dt.timedelta(days=35), pub - dt.timedelta(days=0 if since else 10), 3, True, "days_ago"
        if per == 30:
            return pub - dt.timedelta(days=240), pub - dt.timedelta(days=0 if since else 45), 3, True, "days_ago"
        return None
    if n <= 0 or n > 400:
        return None
    if per == 365:
        if since:
            return dt.date(pub.year - n, 1, 1), pub, 3, True, "since"
        return dt.date(pub.year - n, 1, 1), dt.date(pub.year - n, 12, 31), 3, True, "days_ago"
    back = n * per
    slack = {1: 1, 7: 3, 30: 15}[per]
    if since:
        return pub - dt.timedelta(days=back), pub, 2 if back <= 14 else 3, True, "since"
    a = pub - dt.timedelta(days=back + slack)
    b = min(pub, pub - dt.timedelta(days=back - slack))
    return a, b, 2 if per < 30 else 3, True, "days_ago"


def _h_last_n(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"خلال الـ72 ساعة الماضية", "خلال اليومين الماضيين", "الأيام الثلاثة الأخيرة"."""
    unit = m["u"]
    base = unit[2:] if unit.startswith("ال") else unit
    if base not in _UNIT_DAYS:
        return None
    if base == "يوم" and m["nw"] == "احد" and not unit.startswith("ال"):
        return None   # "منذ يوم الأحد الماضي": last Sunday (_h_weekday), not "the past one day"
    n = _count(ctx, base, m["n1"] or m["n2"], m["nw"])
    per = _UNIT_DAYS[base]
    if base in ("شهر", "عام", "سنه", "اسبوع") and not (m["n1"] or m["n2"] or m["nw"]):
        return None                                  # "الشهر الماضي": a calendar unit (_h_rel_unit)
    if ctx.pub is None:
        return _BLOCK
    pub = ctx.pub
    if per == 0:
        hours = n if n is not None else 24
        days = max(1, -(-hours // 24))
        return pub - dt.timedelta(days=days), pub, 1 if hours <= 24 else 2, True, "hours"
    if n is None:
        n = {1: 7, 7: 4, 30: 6, 365: 3}[per]         # "الأيام الماضية": about a week
    back = n * per
    if back <= 0 or back > 3660:
        return None
    return pub - dt.timedelta(days=back), pub, 1 if back == 0 else (2 if back <= 14 else 3), True, "last_n"


def _h_consec(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"لليوم الرابع على التوالي" → the last four days."""
    n = ctx.lex.ordinals.get(_key(m["o"])) if m["o"] else int(m["n"])
    if not n or n < 1 or n > 366:
        return None
    if ctx.pub is None:
        return _BLOCK
    per = {"ليوم": 1, "لليله": 1, "لاسبوع": 7, "لشهر": 30}[m["u"]]
    back = n * per - 1
    return ctx.pub - dt.timedelta(days=back), ctx.pub, 1 if back == 0 else (2 if back <= 14 else 3), True, "consecutive"


def _h_year(ctx: _Ctx, m: re.Match[str]) -> _Res:
    """"عام 2019", "في 2019", "عامي 2023 و2024", "منذ 2017"."""
    y = int(m["y"])
    if not 1990 <= y <= 2100:
        return None
    y2 = int(m["y2"]) if m["y2"] else None
    if y2 is not None and not (1990 <= y2 <= 2100 and y2 > y):
        y2 = None
    if m["kw"] in ("في", "خلال") or m["since"]:
        nxt = _WORD_AFTER_RE.match(ctx.norm, m.end())
        if nxt and nxt.group(1) in ctx.lex.count_nouns:      # "في 2000 موقع": a count
            return None
    if m["since"] and y2 is None:
        if ctx.pub is not None and ctx.pub.year >= y:
            return dt.date(y, 1, 1), ctx.pub, 3, True, "since"
        return dt.date(y, 1, 1), dt.date(y, 12, 31), 3, False, "year"
    return dt.date(y, 1, 1), dt.date(y2 or y, 12, 31), 3, False, "year"


# ------------------------------------------------------------------ public API

_TOKEN_RE = re.compile(r"\d+|[^\W\d_]+")
_WORD_RUN_RE = re.compile(r"\w+")     # (each token lies in one run: letters and digits are \w)
_DATE_DIGITS_RE = re.compile(r"\d{4}|\d\s{0,2}[-/.–—]\s{0,2}\d")  # a year, a numeric date or range
_PUNCT = ",.;:()[]{}\"'!?«»“”‘’–—…*|<>"


def _anchors(norm: str, lex: _Lex) -> tuple[dict[str, list[tuple[int, int]]], list[int]]:
    """Positions of the words that can hold a date expression, by feature, and the positions
    where an expression can start (word starts, and after one or two clitic letters)."""
    found: dict[str, list[tuple[int, int]]] = {}
    starts: list[int] = []
    add = starts.append
    fget = lex.features.get
    # Runs of word characters, cheaper to find than the tokens: a run of letters only is one
    # token; the others (digits, letters glued to digits, "_") are split into their tokens.
    for run in _WORD_RUN_RE.finditer(norm):
        w = run.group()
        if w.isalpha():
            s = run.start()
            add(s)
            if w[0] in "وفبل" and len(w) > 2:
                add(s + 1)
                if w[1] == "ب":
                    add(s + 2)
            f = fget(w)
            if f:
                for k in f:
                    found.setdefault(k, []).append(run.span())
            continue
        for m in _TOKEN_RE.finditer(norm, run.start(), run.end()):
            w = m.group()
            s = m.start()
            add(s)
            if w[0].isdigit():
                found.setdefault("digit", []).append(m.span())
                if len(w) == 4:
                    found.setdefault("year4", []).append(m.span())
                continue
            if w[0] in "وفبل" and len(w) > 2:
                add(s + 1)
                if w[1] == "ب":
                    add(s + 2)
            f = fget(w)
            if f:
                for k in f:
                    found.setdefault(k, []).append(m.span())
    return found, starts


def _scan(norm: str, published: dt.date | None, lex: _Lex) -> list[tuple[int, int, Any]]:
    """Run each pattern at the word starts shortly before its anchors: (start, end, result)."""
    anchors, starts = _anchors(norm, lex)
    if not anchors:
        return []
    ctx = _Ctx(norm, published, lex)
    found: list[tuple[int, int, Any]] = []
    for pat, handler, feats, before, must, need in lex.patterns:
        if feats.isdisjoint(anchors) or need is not None and not any(map(norm.__contains__, need)):
            continue
        spans: list[tuple[int, int]] = []
        for f in feats:
            spans.extend(anchors.get(f, ()))
        if not spans:
            continue
        if len(feats) > 1:
            spans.sort()
        # candidate start ranges [anchor start - before, anchor start], merged
        ranges: list[list[int]] = []
        for a, e in spans:
            lo = a - before if a > before else 0
            if must is not None:
                near = norm[lo:e + 60]
                if not any(map(near.__contains__, must)):
                    continue
            hi = a + 2                        # the expression may start after a clitic
            if ranges and lo <= ranges[-1][1]:
                ranges[-1][1] = max(ranges[-1][1], hi)
            else:
                ranges.append([lo, hi])
        last_end = -1
        for lo, hi in ranges:
            for pos in starts[bisect_left(starts, lo):bisect_right(starts, hi)]:
                if pos < last_end:
                    continue
                m = pat.match(norm, pos)
                if m is None:
                    continue
                s, e = m.span()
                if e <= s:
                    continue
                last_end = e
                try:
                    res = handler(ctx, m)
                except (ValueError, OverflowError, KeyError, TypeError):
                    res = _BLOCK
                if res is not None:
                    found.append((s, e, res))
    return found


_FROM_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:من|ابتداء\s+من|اعتبارا\s+من)\s+$")
_TO_BETWEEN_RE = re.compile(r"\s*[،,]?\s*و?\s*(?:حتي|الي|لغايه)\s+$")
_DAY_KINDS = frozenset({"day", "weekday", "relative_day"})


_MOVED_RE = re.compile(r"(?:تاجل|تاجيل|اجل|اجلت|ارجي|ارجات|ارجاء|نقل|نقلت|تغيير|تعديل)\S*\s+(?:\S+\s+){0,3}$")


def _from_to(chosen: list[tuple[int, int, Any]], norm: str) -> list[tuple[int, int, Any]]:
    """Two days joined as one span ("من فجر السبت حتى صباح اليوم الاثنين", "من 3 حتى 6 آذار" when
    both are days): the range from the first to the second, precision 2."""
    out: list[tuple[int, int, Any]] = []
    for item in chosen:
        if out:
            s1, e1, r1 = out[-1]
            s2, e2, r2 = item
            if r1 is not _BLOCK and r2 is not _BLOCK and r1[4] in _DAY_KINDS and r2[4] in _DAY_KINDS \
                    and r1[2] == 1 and r2[2] == 1 and _TO_BETWEEN_RE.fullmatch(norm, e1, s2) \
                    and _FROM_BEFORE_RE.search(norm, max(0, s1 - 16), s1) \
                    and not _MOVED_RE.search(norm, max(0, s1 - 50), s1) \
                    and 0 < (r2[1] - r1[0]).days <= 31:
                out[-1] = (s1, e2, (r1[0], r2[1], 2, r1[3] or r2[3], "range"))
                continue
        out.append(item)
    return out


def _candidates(text: str, published: dt.date | None, ref: DateRange | None = None) -> list[DateRange]:
    lex = _lex()
    # Cheap normalization first (no offset map); the full one only when something is found.
    quick = normalize_char_string(text)
    if lex.quick_words.isdisjoint(quick.split()) and not _DATE_DIGITS_RE.search(quick):
        # No anchor word as a plain token: look again with punctuation taken off the words.
        feats = lex.features
        words = quick.replace("/", " ").replace("-", " ").split()
        if feats.keys().isdisjoint(map(str.strip, words, repeat(_PUNCT))):
            return []
    found = _scan(quick, published, lex)
    if not found and not _SAME_HINT_RE.search(quick):
        return []
    n = normalize_known(text, quick)
    norm = n.text
    if norm != quick:                      # compatibility characters changed the length
        found = _scan(norm, published, lex)
    same = list(_same_re().finditer(norm)) if _SAME_HINT_RE.search(norm) else []
    # (an anaphoric expression hides the day-and-month inside it: "22 تشرين الأول من العام نفسه"
    # is not the latest 22 October before the report)
    found = [t for t in found if not any(t[0] < m.end() and m.start() < t[1] for m in same)]
    found.extend((m.start(), m.end(), m) for m in same)
    # Longest expressions first; an unresolvable one (_BLOCK) still hides its parts.
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    chosen: list[tuple[int, int, Any]] = []
    for s, e, res in found:
        if any(s < ce and cs < e for cs, ce, _ in chosen):
            continue
        chosen.append((s, e, res))
    chosen.sort(key=lambda t: t[0])
    chosen = _from_to(chosen, norm)
    out: list[DateRange] = []
    for s, e, res in chosen:
        if res is _BLOCK:
            continue
        if isinstance(res, re.Match):
            res = _resolve_same(res, lex, out[-1] if out else ref, norm)
            if res is None:
                continue
        start, end, prec, rel, kind = res
        if end < start:
            continue
        # trim spaces/punctuation the patterns may have taken at the edges
        while e > s and norm[e - 1] in " (,":
            e -= 1
        if norm.count("(", s, e) > norm.count(")", s, e):    # "السبت (20 كانون الأول)"
            close = norm.find(")", e, e + 3)
            if close >= 0 and not norm[e:close].strip():
                e = close + 1
        a, b = n.original_span(s, e)
        b = _extend_marks(text, b)
        out.append(DateRange(start, end, int(prec), (a, b), text[a:b], bool(rel), kind))
    return out


def find_dates(text: str, published: dt.date | None, ref: DateRange | None = None) -> list[DateRange]:
    """All date expressions of ``text`` in text order, resolved against ``published``.

    A month or year told as the one just named ("في 22 من الشهر ذاته", "تشرين الأول من العام
    نفسه") takes it from the date before it in ``text``, or from ``ref`` (the last date told
    before ``text`` in its article) when ``text`` has none; without either it dates nothing.
    Never raises: any string gives a list (empty for non-strings). Spans index ``text``.

    >>> import datetime as dt
    >>> d = find_dates("شنت الطائرات غارات فجر اليوم", dt.date(2024, 3, 5))[0]
    >>> d.start, d.precision, d.text
    (datetime.date(2024, 3, 5), 1, 'فجر اليوم')
    """
    if not isinstance(text, str) or not text:
        return []
    if published is not None and not isinstance(published, dt.date):
        published = None
    if isinstance(published, dt.datetime):
        published = published.date()
    try:
        return _joined_days(text, _candidates(text, published, ref))
    except (ValueError, OverflowError, RecursionError):   # defensive: find_dates never raises
        return []


# ------------------------------------------------------------------ "the same month / year"

# (the cheap test before the full pattern: the noun and its "same" word side by side)
_SAME_HINT_RE = re.compile(r"(?:شهر|عام|سنه|سنة)\s+(?:ذات|نفس|عين)|(?:نفس|ذات)\s+(?:ال)?(?:شهر|عام|سنه|سنة)")


def names_same_unit(text: str) -> bool:
    """Does ``text`` name a month or year as the one told before ("من الشهر ذاته", "العام نفسه",
    "نفس الشهر")? Then ``find_dates`` needs the date before it (``ref``) when ``text`` holds none."""
    return ("ذات" in text or "نفس" in text or "عين" in text) \
        and _SAME_HINT_RE.search(normalize_char_string(text)) is not None


@lru_cache(maxsize=1)
def _same_re() -> re.Pattern[str]:
    """"22 من الشهر ذاته", "بين 24 و27 من الشهر نفسه", "الخامس من نفس الشهر", "تشرين الأول من
    العام نفسه", "3 آذار من السنة ذاتها" (normalized text; the words from dates.yaml)."""
    d, lex = _yaml(), _lex()
    after, before = _alt(_n(w) for w in d["same_after"]), _alt(_n(w) for w in d["same_before"])
    ordinal = _alt(lex.ordinals)

    def day(k: str) -> str:
        return rf"(?:(?:ال\s?)?(?P<d{k}>[0-3]?\d)(?!\d)|(?P<o{k}>{ordinal}){_E})"

    month_unit = rf"(?:(?:ال)?شهر\s+(?:{after})|(?:{before})\s+الشهر){_E}"
    year_unit = rf"(?:{_YEAR_WORD}\s+(?:{after})|(?:{before})\s+(?:العام|السنه)){_E}"
    return re.compile(_bounded(
        rf"(?:(?<![\w./:\-])|(?<=(?<!\w)[وب]))(?:(?:(?:ما\s+)?بين\s+(?:يومي\s+)?|يومي\s+)(?P<r>[0-3]?\d)\s+و\s*|(?:يوم\s+)?)"
        rf"{day('1')}\s+(?:من\s+)?{month_unit}"
        rf"|(?:(?:(?<![\w./:\-])|(?<=(?<!\w)[وب]))(?:يوم\s+)?{day('2')}\s+(?:من\s+)?(?:شهر\s+)?|{_BW}(?:شهر\s+)?)"
        rf"(?P<m>(?:ال)?(?:{_alt(lex.months)})){_E}\s+(?:من\s+)?{year_unit}"))


_YEAR_TOLD_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _resolve_same(m: re.Match[str], lex: _Lex, ante: DateRange | None, norm: str) -> _Res:
    """A day of the month, or a (day of a) Gregorian month of the year, of the date ``ante``
    — of the year last written before it in ``norm`` for the year ("ففي صيف 2014 سيطرت … قبل
    أن تستعيدها قوات الأسد في تشرين الأول من العام ذاته")."""
    g = m.groupdict()
    ds, os_ = g["d1"] or g["d2"], g["o1"] or g["o2"]
    day = int(ds) if ds else (lex.ordinals.get(_key(os_)) if os_ else None)
    if g["m"]:
        k = _key(g["m"])
        hit = lex.months.get(k) or (lex.months.get(k[2:]) if k.startswith("ال") else None)
        years = _YEAR_TOLD_RE.findall(norm, 0, m.start())
        if hit is None or hit[0] != "g":
            return None
        if years:
            y = int(years[-1])
        elif ante is not None and ante.start.year == ante.end.year:
            y = ante.start.year
        else:
            return None
        mo = hit[1]
        if day is None:
            return dt.date(y, mo, 1), _month_end(y, mo), 3, True, "month"
    else:
        if ante is None or (ante.start.year, ante.start.month) != (ante.end.year, ante.end.month):
            return None
        y, mo = ante.start.year, ante.start.month
    r = _safe_date(y, mo, day) if day else None
    if r is not None and g["r"]:     # "بين 24 و27 من الشهر نفسه"
        r0 = _safe_date(y, mo, int(g["r"]))
        return (r0, r, _range_prec(r0, r), True, "range") if r0 is not None and r0 < r else None
    return (r, r, 1, True, "day") if r else None


_AND_GAP_RE = re.compile(r"\s*و\s*")
_DAY_KINDS = ("weekday", "relative_day")


def _joined_days(text: str, found: list[DateRange]) -> list[DateRange]:
    """Two days joined by "و", the second within two days of the first ("مساء أمس الأحد وفجر اليوم
    الاثنين", "ليل السبت وفجر الأحد"): one act told across a night, one range."""
    if len(found) < 2:
        return found
    out = [found[0]]
    for d in found[1:]:
        p = out[-1]
        if p.kind in _DAY_KINDS and d.kind in _DAY_KINDS and _AND_GAP_RE.fullmatch(text, p.span[1], d.span[0]) \
                and 0 < (d.start - p.end).days <= 2:
            out[-1] = DateRange(p.start, d.end, 2, (p.span[0], d.span[1]), text[p.span[0]:d.span[1]], True, p.kind)
            continue
        out.append(d)
    return out


_DATELINE_WINDOW = 300
# a label right before the date makes it the publication date whatever else the line holds
# (matched without diacritics: "نُشر هذا المحتوى في", "آخر تحديث:", "تم النشر بتاريخ")
_DATE_LABEL_RE = re.compile(r"(?<![^\s|\-–—:(])(?:تاريخ\s+النشر|تاريخ\s+الإضافة|نشر(?:\s+(?:هذا|هذه)\s+\S+)?\s+(?:في|بتاريخ|يوم)"
                            r"|تم\s+النشر(?:\s+(?:في|بتاريخ))?|آخر\s+تحديث|(?:أ|ا)ضيف(?:\s+(?:في|بتاريخ))?|التاريخ|تاريخ)"
                            r"\s*[:：]?\s*(?:يوم\s+)?(?:ال)?(?:(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)"
                            r"\s*[,،]?\s*)?$")
_TASHKEEL_RE = re.compile("[\u064B-\u0652\u0640]")
_LINE_PREFIX_RE = re.compile(r"^[^\d\n]{0,60}$")
# an issue number ("العدد ٢٢٤٤") or a number in an outlet's name before the dash ("دير الزور 24 –")
# or digits in a Latin outlet name ("Le360 عربي –", "9NEWS")
_HIJRI_NUMERIC_RE = re.compile(r"(?:1[34]\d\d[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]1[34]\d\d)\s*ه")
_OUTLET_NUMBER_RE = re.compile(r"(?:العدد|عدد)\s*[:：]?\s*[0-9\u0660-\u0669]{1,6}|(?<=\S\s)[0-9\u0660-\u0669]{1,3}(?=\s*[-–—|])"
                               r"|(?<=[A-Za-z])[0-9]{1,4}|[0-9]{1,4}(?=[A-Za-z])")


def find_dateline(text: str) -> dt.date | None:
    """The dateline date near the start of an article body, or None.

    Looks only at the first ~300 characters, at a full date (day, month and year) that opens
    a line or follows a short place name, agency or "date" label on the same line
    ("دمشق 20 ديسمبر 2025 (شينخوا)", "بيروت - 3 آذار/مارس 2024", "date 2026-02-13 - …").

    >>> find_dateline("دمشق 20 ديسمبر 2025 (شينخوا) أفادت وسائل إعلام سورية")
    datetime.date(2025, 12, 20)
    """
    if not isinstance(text, str) or not text:
        return None
    head = text[:_DATELINE_WINDOW + 40]
    found = find_dates(head, None)
    hijri: dt.date | None = None
    for d in found:
        if d.span[0] >= _DATELINE_WINDOW:
            break
        if not (d.kind in ("day", "hijri") or d.kind == "range" and d.start == d.end) or d.relative:
            continue   # ("اليوم 24 – الأربعاء 24 غشت 2016": a number in the outlet's name read as a range)
        line_start = head.rfind("\n", 0, d.span[0]) + 1
        # the part of the line before the date, without other dates (Hijri + Gregorian headers)
        chars = list(head[line_start:d.span[0]])
        for o in found:
            if o is not d and o.span[1] <= d.span[0] and o.span[0] >= line_start:
                for i in range(o.span[0] - line_start, o.span[1] - line_start):
                    chars[i] = " "
        # "العـدد ٢٢٤٤" (tatweel too), "دير الزور 24 –", a numeric Hijri date ("1433/7/20 هـ - الموافق")
        prefix = _OUTLET_NUMBER_RE.sub(" ", _HIJRI_NUMERIC_RE.sub(" ", ascii_digits(_TASHKEEL_RE.sub("", "".join(chars)))))
        labelled = _DATE_LABEL_RE.search(_TASHKEEL_RE.sub("", prefix)) is not None    # "رقم الخبر: 827 – تاريخ النشر: 09/11/2017"
        if not labelled and (len(WORD_RE.findall(prefix)) > 5 or not _LINE_PREFIX_RE.match(prefix)):
            continue
        if d.kind == "hijri":
            hijri = hijri or d.start + _DAY      # the converted day (the range is ±1)
            continue
        return d.start
    return hijri


_ISO_DATETIME_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                              r"(?:Z|[+-]\d{2}:?\d{2})?")
_STANDALONE_JUNK = re.compile(r"^[\s,.،:;()\-–—/]*$")


def parse_date(s: str) -> dt.date | None:
    """Parse a standalone date string; None if it is not exactly one day.

    Accepts ISO and numeric forms ("2026-02-13", "13/02/2026", "2026/2/13", "13.02.2026"),
    Arabic forms in any month system with an optional weekday ("الجمعة 13 شباط 2026",
    "20 ديسمبر 2025"), English ("13 February 2026", "February 13, 2026"). Rejects impossible
    dates ("31 February 2026") and anything that needs a publication date.

    >>> parse_date("الجمعة 13 شباط 2026")
    datetime.date(2026, 2, 13)
    >>> parse_date("31/02/2026") is None
    True
    """
    if not isinstance(s, str):
        return None
    s = s.strip()
    if not s or len(s) > 80:
        return None
    iso = _ISO_DATETIME_RE.fullmatch(s)
    if iso:                                   # "2026-02-13T08:00:00+03:00", "2026-02-13 08:00"
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})", s)
    if m and m.group(2).lower() in _EN_MONTHS:
        return _safe_date(int(m.group(3)), _EN_MONTHS[m.group(2).lower()], int(m.group(1)))
    found = find_dates(s, None)
    if len(found) != 1:
        return None
    d = found[0]
    if d.precision != 1 or d.start != d.end or d.relative:
        return None
    rest = s[:d.span[0]] + s[d.span[1]:]
    if not _STANDALONE_JUNK.match(rest):
        # allow a trailing "م" (AD) or a weekday the pattern did not take
        if not re.fullmatch(r"[\s,.،()\-]*(?:م|AD)?[\s.]*", rest):
            return None
    return d.start
