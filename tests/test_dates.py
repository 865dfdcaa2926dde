"""Tests for geo_tracker.dates: Arabic date expressions resolved against a publication date."""
from __future__ import annotations

import datetime as dt
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo_tracker import dates
from geo_tracker.dates import (DateRange, find_dateline, find_dates, gregorian_to_hijri,
                               hijri_to_gregorian, parse_date)

D = dt.date
FRI = D(2026, 2, 13)      # a Friday (seed 000)
SAT = D(2025, 12, 20)     # a Saturday (seed 003)
MAR1 = D(2024, 3, 1)      # a Friday in a leap year
SUN = D(2024, 5, 12)      # a Sunday
MON = D(2024, 5, 13)      # a Monday
THU = D(2026, 2, 12)      # a Thursday


def r(a: str, b: str | None = None, p: int = 1) -> tuple[D, D, int]:
    return D.fromisoformat(a), D.fromisoformat(b or a), p


CASES = [
    # --- seeds and absolute dates, all month systems
    ("نفذت بين 24 و27 تشرين الثاني سلسلة ضربات جوية", D(2025, 12, 1), [r("2025-11-24", "2025-11-27", 2)]),
    ("قد أعلنت، في الرابع من فبراير/شباط الجاري، تنفيذ خمس غارات جوية خلال الفترة الممتدة بين "
     "27 يناير/كانون الثاني الماضي والثاني من فبراير/شباط الجاري.", FRI,
     [r("2026-02-04"), r("2026-01-27", "2026-02-02", 2)]),
    ("ففي 19 ديسمبر/كانون الأول الماضي، نفذ سلاح الجو التابع للتحالف", FRI, [r("2025-12-19")]),
    ("دمشق 20 ديسمبر 2025 (شينخوا) أفادت وسائل إعلام سورية اليوم (السبت) بأن التحالف", SAT,
     [r("2025-12-20"), r("2025-12-20")]),
    ("وفي 18 ديسمبر الجاري، قتل عنصر من خلايا تنظيم داعش", SAT, [r("2025-12-18")]),
    ("وفي 14 من ديسمبر الجاري، شنت قوات الأمن السورية عملية", SAT, [r("2025-12-14")]),
    ("الثلاثاء 4 مارس (آذار) 2025", None, [r("2025-03-04")]),
    ("قُتل ثلاثة مدنيين في 8 كانون الأول/ديسمبر 2024 بقصف", None, [r("2024-12-08")]),
    ("الأربعاء 14 من شباط شهدت المنطقة توتراً", D(2024, 2, 20), [r("2024-02-14")]),
    ("وقع الهجوم يوم 12 جوان 2024 قرب الحدود", None, [r("2024-06-12")]),
    ("أعلنت الوزارة في 3 أوت الماضي عن حصيلة", FRI, [r("2025-08-03")]),
    ("في 14 جويلية 2023", None, [r("2023-07-14")]),
    ("بيروت - الاثنين 19 غشت 2019", None, [r("2019-08-19")]),
    ("في 3 يوليوز 2020 و5 شتنبر 2020", None, [r("2020-07-03"), r("2020-09-05")]),
    ("يوم 12 دجنبر 2021", None, [r("2021-12-12")]),
    ("في 1 فيفري 2024", None, [r("2024-02-01")]),
    ("خلال شهر أفريل 2023", None, [r("2023-04-01", "2023-04-30", 3)]),
    ("الحادي والعشرين من أيلول الماضي", FRI, [r("2025-09-21")]),
    ("في الثاني من شباط 2024", None, [r("2024-02-02")]),
    ("في أول فبراير 2024", None, [r("2024-02-01")]),
    ("٢٠ ديسمبر ٢٠٢٥", None, [r("2025-12-20")]),
    ("۱۳ شباط ۲۰۲۶", None, [r("2026-02-13")]),
    ("في 5 ابريل 2024 و7 يونيه 2024", None, [r("2024-04-05"), r("2024-06-07")]),
    ("شباط (فبراير) 2024", None, [r("2024-02-01", "2024-02-29", 3)]),
    ("13 February 2026", None, [r("2026-02-13")]),
    ("February 13, 2026", None, [r("2026-02-13")]),
    # --- numeric
    ("2025-12-20", None, [r("2025-12-20")]),
    ("20/12/2025", None, [r("2025-12-20")]),
    ("20.12.2025", None, [r("2025-12-20")]),
    ("٢٠/١٢/٢٠٢٥", None, [r("2025-12-20")]),
    ("2026/2/13", None, [r("2026-02-13")]),
    ("في الفترة 24-27/11/2025", None, [r("2025-11-24", "2025-11-27", 2)]),
    # --- year inference
    ("في 27 يناير", FRI, [r("2026-01-27")]),
    ("في 15 شباط", FRI, [r("2026-02-15")]),             # within the announcement tolerance
    ("في 20 شباط", FRI, [r("2025-02-20")]),
    ("3 شباط (فبراير) الماضي", FRI, [r("2025-02-03")]),  # strictly before the publication month
    ("في 10 آذار المقبل", FRI, [r("2026-03-10")]),
    ("في 10 كانون الثاني المقبل", FRI, [r("2027-01-10")]),
    ("في 5 ديسمبر من العام الماضي", FRI, [r("2025-12-05")]),
    ("العشرين من الشهر الماضي", FRI, [r("2026-01-20")]),
    ("في مارس الماضي", FRI, [r("2025-03-01", "2025-03-31", 3)]),
    ("في فبراير 2024", FRI, [r("2024-02-01", "2024-02-29", 3)]),
    # --- ranges
    ("من 3 إلى 5 مارس 2024", None, [r("2024-03-03", "2024-03-05", 2)]),
    ("24–27 تشرين الثاني 2025", None, [r("2025-11-24", "2025-11-27", 2)]),
    ("بين 27 يناير و2 فبراير 2024", None, [r("2024-01-27", "2024-02-02", 2)]),
    ("من 28 ديسمبر 2023 إلى 3 يناير 2024", None, [r("2023-12-28", "2024-01-03", 2)]),
    ("خلال الفترة من 1 إلى 7 نيسان 2024", None, [r("2024-04-01", "2024-04-07", 2)]),
    ("يومي 24 و25 تشرين الثاني 2025", None, [r("2025-11-24", "2025-11-25", 2)]),
    ("بين الرابع والسابع من شباط الجاري", FRI, [r("2026-02-04", "2026-02-07", 2)]),
    ("بين 30 و31 شباط 2024", None, []),
    ("في 3 و4 مارس 2024", None, [r("2024-03-03", "2024-03-04", 2)]),
    ("منذ 27 يناير حتى 2 فبراير 2024", None, [r("2024-01-27", "2024-02-02", 2)]),
    ("حلب – 20 كانون الأول 2025", None, [r("2025-12-20")]),
    ("بتاريخ 20-12-2025", None, [r("2025-12-20")]),
    ("في الخامس والعشرين من آب 2024", None, [r("2024-08-25")]),
    # --- relative days
    ("أمس", FRI, [r("2026-02-12")]),
    ("البارحة", FRI, [r("2026-02-12")]),
    ("أول أمس", FRI, [r("2026-02-11")]),
    # the Levantine of local networks
    ("مبارح بالليل صار قصف", FRI, [r("2026-02-12")]),
    ("اول مبارح صار قصف", FRI, [r("2026-02-11")]),
    ("وقال أمس الأول إن", FRI, [r("2026-02-11")]),
    ("مساء أمس", FRI, [r("2026-02-12")]),
    ("وبالأمس قصفت الطائرات", FRI, [r("2026-02-12")]),
    ("استشهد مدنيان صباح اليوم الأحد جراء قصف", SUN, [r("2024-05-12")]),
    ("رصد المرصد السوري، فجر اليوم، استهدافاً", FRI, [r("2026-02-13")]),
    ("الخميس، سلسلة غارات", FRI, [r("2026-02-12")]),
    ("شنّت الاثنين، هجوماً", MAR1, [r("2024-02-26")]),
    ("يوم الأربعاء الفائت", MAR1, [r("2024-02-28")]),
    ("الخميس الماضي", THU, [r("2026-02-05")]),
    ("يوم الخميس", THU, [r("2026-02-12")]),
    ("الخميس المقبل", FRI, [r("2026-02-19")]),
    ("منذ يوم الخميس", SUN, [r("2024-05-09", "2024-05-12", 2)]),       # since Thursday: to the report
    ("حيّدت 2212 عنصراً منذ الخميس الماضي", SUN, [r("2024-05-09", "2024-05-12", 2)]),
    ("الاشتباكات الدائرة منذ صباح أمس", SUN, [r("2024-05-11", "2024-05-12", 2)]),   # since yesterday: to the report
    ("ومنذ مساء الخميس، تتعرض مناطق شمال غربي سوريا لقصف", SUN, [r("2024-05-09", "2024-05-12", 2)]),   # (with "و")
    ("فمنذ صباح أمس تدور اشتباكات", SUN, [r("2024-05-11", "2024-05-12", 2)]),
    ("ومنذ يوم الأحد الماضي لم تتوقف الاشتباكات", D(2024, 5, 22), [r("2024-05-19", "2024-05-22", 2)]),   # Sunday, not "one day"
    ("المعارك المستمرة منذ أمس الأول", SUN, [r("2024-05-10", "2024-05-12", 2)]),
    ("ليل السبت - الأحد", MON, [r("2024-05-11", "2024-05-12", 2)]),
    ("قبل 3 أيام", FRI, [r("2026-02-09", "2026-02-11", 2)]),
    ("قبل يومين", FRI, [r("2026-02-10", "2026-02-12", 2)]),
    ("وقبل أسبوع، قال المرصد", MAR1, [r("2024-02-20", "2024-02-26", 2)]),
    ("قبل نحو أسبوعين", MAR1, [r("2024-02-13", "2024-02-19", 2)]),
    ("منذ 3 أيام", FRI, [r("2026-02-10", "2026-02-13", 2)]),
    ("قبل ساعات", FRI, [r("2026-02-12", "2026-02-13", 1)]),
    ("قبل 3 أيام من الانتخابات", FRI, []),
    ("خلال الـ 72 ساعة الماضية", MAR1, [r("2024-02-27", "2024-03-01", 2)]),
    ("خلال الساعات الـ24 الماضية", FRI, [r("2026-02-12", "2026-02-13", 1)]),
    ("خلال اليومين الماضيين", FRI, [r("2026-02-11", "2026-02-13", 2)]),
    ("خلال الأيام الثلاثة الماضية", FRI, [r("2026-02-10", "2026-02-13", 2)]),
    ("لليوم الرابع على التوالي", MAR1, [r("2024-02-27", "2024-03-01", 2)]),
    ("لليوم الثاني توالياً", MAR1, [r("2024-02-29", "2024-03-01", 2)]),
    # --- weeks, months, years
    ("الأسبوع الماضي", FRI, [r("2026-02-01", "2026-02-07", 2)]),
    ("خلال الأسبوع الماضي", FRI, [r("2026-02-06", "2026-02-13", 2)]),
    ("الشهر الماضي", FRI, [r("2026-01-01", "2026-01-31", 3)]),
    ("الشهر الجاري", FRI, [r("2026-02-01", "2026-02-28", 3)]),
    ("منتصف الشهر الجاري", FRI, [r("2026-02-11", "2026-02-20", 2)]),
    ("أواخر الشهر الماضي", FRI, [r("2026-01-21", "2026-01-31", 2)]),
    ("مطلع الشهر الماضي", FRI, [r("2026-01-01", "2026-01-10", 2)]),
    ("أواخر كانون الأول 2024", None, [r("2024-12-21", "2024-12-31", 2)]),
    ("منتصف شباط الماضي", D(2026, 3, 10), [r("2026-02-11", "2026-02-20", 2)]),
    ("العام الماضي", FRI, [r("2025-01-01", "2025-12-31", 3)]),
    ("السنة الماضية", FRI, [r("2025-01-01", "2025-12-31", 3)]),
    ("منذ بداية العام الحالي 2024.", MAR1, [r("2024-01-01", "2024-03-01", 3)]),
    ("قرابة الـ 17 حملة تمشيط منذ بداية العام", MAR1, [r("2024-01-01", "2024-03-01", 3)]),
    ("قبل الغزو الروسي لأوكرانيا مطلع 2022.", MAR1, [r("2022-01-01", "2022-03-31", 3)]),
    ("بعد سقوط آخر جيب لداعش في الباغوز عام 2019، أعلنت", None, [r("2019-01-01", "2019-12-31", 3)]),
    ("وفي عامي 2023 و2024، سجّلت الأمم المتّحدة زيادة", None, [r("2023-01-01", "2024-12-31", 3)]),
    ("حدث ذلك في 2019", None, [r("2019-01-01", "2019-12-31", 3)]),
    ("منذ عام 2011", MAR1, [r("2011-01-01", "2024-03-01", 3)]),
    # --- Hijri (tabular calendar, ±1 day, precision 2)
    ("15 رمضان 1445 هـ", None, [r("2024-03-24", "2024-03-26", 2)]),
    ("غرة رمضان", D(2024, 3, 20), [r("2024-03-10", "2024-03-12", 2)]),
    ("في شهر رمضان الماضي", FRI, [r("2025-03-01", "2025-03-30", 3)]),
    # --- outlet styles
    ("دمشق-سانا\nاستشهد مدنيان وأصيب ثلاثة آخرون جراء عدوان إسرائيلي استهدف فجر اليوم محيط دمشق",
     SUN, [r("2024-05-12")]),
    ("رصد المرصد السوري، ظهر اليوم الجمعة 13 شباط، استهداف", FRI, [r("2026-02-13")]),
    ("وثق المرصد السوري منذ مطلع العام 2024 مقتل", MAR1, [r("2024-01-01", "2024-03-01", 3)]),
    ("منذ مطلع شهر كانون الثاني/يناير 2024", MAR1, [r("2024-01-01", "2024-03-01", 3)]),
    ("خلال الـ 24 ساعة الفائتة", FRI, [r("2026-02-12", "2026-02-13", 1)]),
    ("في الـ 15 من الشهر الجاري", FRI, [r("2026-02-15")]),
    ("قتل ستة أشخاص الأحد في غارات على ريف إدلب", FRI, [r("2026-02-08")]),
    ("قُتل ثلاثة مدنيين الاثنين في غارة", FRI, [r("2026-02-09")]),
    ("قتل الاثنين معاً", FRI, []),
    ("كلا الاثنين", FRI, []),
    ("الأحد عشر", FRI, []),
    ("الثلاثاء - 4 رمضان 1446 هـ - 04 مارس 2025 مـ", None,
     [r("2025-03-03", "2025-03-05", 2), r("2025-03-04")]),
    ("الليلة الماضية", FRI, [r("2026-02-12", "2026-02-13", 1)]),
    ("الليلة قبل الماضية", FRI, [r("2026-02-11", "2026-02-12", 1)]),
    ("ليلة أمس", FRI, [r("2026-02-12")]),
    ("نهاية الأسبوع الماضي", FRI, [r("2026-02-05", "2026-02-07", 2)]),
    ("في الساعات الأولى من صباح اليوم", FRI, [r("2026-02-13")]),
    ("خلال الأشهر الستة الماضية", FRI, [r("2025-08-17", "2026-02-13", 3)]),
    ("منذ أسبوعين", FRI, [r("2026-01-30", "2026-02-13", 2)]),
    ("قبل عامين", FRI, [r("2024-01-01", "2024-12-31", 3)]),
    ("يوم الأحد 12 ماي 2024", None, [r("2024-05-12")]),
    ("الثلاثاء المنصرم", FRI, [r("2026-02-10")]),
    ("قُتل في شباط", FRI, [r("2026-02-01", "2026-02-28", 3)]),
    ("في آب", FRI, [r("2025-08-01", "2025-08-31", 3)]),
    ("القرار 2254 لعام 2015", None, [r("2015-01-01", "2015-12-31", 3)]),
    ("في 2000 موقع", None, []),
    ("سيارة من نوع نيسان", FRI, []),
    ("حرب تشرين", FRI, []),
    ("في النصف الثاني من أيلول 2024", None, [r("2024-09-16", "2024-09-30", 2)]),
    ("الأسبوع الأخير من أيلول الماضي", D(2024, 10, 15), [r("2024-09-24", "2024-09-30", 2)]),
    ("الأسبوع الأول من شباط 2024", None, [r("2024-02-01", "2024-02-07", 2)]),
    ("منذ عدة أيام", D(2024, 10, 15), [r("2024-10-08", "2024-10-15", 2)]),
    ("منذ مطلع أكتوبر/تشرين الأول", D(2024, 10, 15), [r("2024-10-01", "2024-10-15", 3)]),
    ("في الفترة ما بين 1 و10 تشرين الأول", D(2024, 10, 15), [r("2024-10-01", "2024-10-10", 2)]),
    ("مساء السبت - الأحد", D(2024, 10, 15), [r("2024-10-12", "2024-10-13", 2)]),
    ("في التاسع من أكتوبر (تشرين الأول) الجاري", D(2024, 10, 15), [r("2024-10-09")]),
    ("الانتخابات المقررة في 20 تشرين الثاني المقبل", D(2024, 10, 15), [r("2024-11-20")]),
    ("في أوائل عام 2023", None, [r("2023-01-01", "2023-03-31", 3)]),
    ("قُتل 20 شخصاً في 24 ساعة", D(2024, 10, 15), []),
    ("هاجم عناصر التنظيم حاجزاً في 3 مواقع", D(2024, 10, 15), []),
    ("في الذكرى الـ13 للثورة", D(2024, 10, 15), []),
    # --- not dates
    ("مقتل 34 عنصراً وتدمير أكثر من 130 قذيفة", FRI, []),
    ("تقودها الفرقة 25 مهام خاصة بالاشتراك مع الفرقة 17", FRI, []),
    ("رغم إطلاق 17 حملة تمشيط", FRI, []),
    ("بنسبة قاربت 20% في بعض المناطق", FRI, []),
    ("مدة 72 ساعة للانسحاب", FRI, []),
    ("قتل الاثنين معاً", FRI, []),
    ("31 شباط 2024", FRI, []),
    ("في 31 نيسان الماضي", FRI, []),
    ("في اليوم الأول من الحملة", FRI, []),
    ("مارس الجيش ضغوطاً على الأهالي", FRI, []),
    ("وقتل ثلاثة في مارس الماضي", FRI, [r("2025-03-01", "2025-03-31", 3)]),
    ("وقتل ثلاثة في مارس", FRI, [r("2025-03-01", "2025-03-31", 3)]),
    ("وقد مارس التنظيم ضغوطاً", FRI, []),
    ("التقى رجب طيب أردوغان برمضان شلح", FRI, []),
    ("قتل أب وابنه", FRI, []),
    ("عام 1985", None, []),
    ("الساعة 10:30", FRI, []),
    # --- without a publication date relative expressions are left out
    ("أمس", None, []),
    ("الخميس الماضي", None, []),
    ("27 يناير الماضي", None, []),
    ("خلال الـ72 ساعة الماضية", None, []),
    ("قصفت الطائرات أمس مواقع، وفي 20 ديسمبر 2025 قصفت", None, [r("2025-12-20")]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_find_dates_table(text: str, published: D | None, expected: list[tuple[D, D, int]]) -> None:
    found = find_dates(text, published)
    assert [(d.start, d.end, d.precision) for d in found] == expected
    for d in found:
        assert text[d.span[0]:d.span[1]] == d.text
        assert d.text.strip() == d.text


def test_span_and_text_index_original_with_diacritics() -> None:
    text = "قُتِلَ مدنيٌّ في ١٨ ديسمبرَ الجاري بقصفٍ"
    (d,) = find_dates(text, SAT)
    assert d.text == "١٨ ديسمبرَ الجاري"
    assert text[d.span[0]:d.span[1]] == d.text
    assert d.start == D(2025, 12, 18) and d.relative


def test_presentation_forms_keep_offsets() -> None:
    text = "قتل ﻻعب في ٢٠ ﺩﻳﺴﻤﺒﺮ 2025"
    (d,) = find_dates(text, None)
    assert d.text == "٢٠ ﺩﻳﺴﻤﺒﺮ 2025" and d.start == D(2025, 12, 20)


def test_docstring_examples() -> None:
    assert doctest.testmod(dates).failed == 0


def test_datetime_publication_is_accepted() -> None:
    (d,) = find_dates("أمس", dt.datetime(2026, 2, 13, 23, 30))
    assert d.start == D(2026, 2, 12)


def test_kinds_and_relative_flags() -> None:
    (a,) = find_dates("20 ديسمبر 2025", None)
    assert (a.kind, a.relative) == ("day", False)
    (b,) = find_dates("أمس", FRI)
    assert (b.kind, b.relative) == ("relative_day", True)
    (c,) = find_dates("يوم الخميس", FRI)
    assert c.kind == "weekday"
    (h,) = find_dates("15 رمضان 1445 هـ", None)
    assert h.kind == "hijri"


def test_results_are_in_text_order() -> None:
    text = "في 3 شباط 2024 ثم أمس ثم عام 2019"
    found = find_dates(text, FRI)
    assert [d.span[0] for d in found] == sorted(d.span[0] for d in found)
    assert len(found) == 3


@pytest.mark.parametrize("hijri,greg", [
    ((1445, 9, 1), D(2024, 3, 11)),
    ((1446, 1, 1), D(2024, 7, 8)),      # observed (Umm al-Qura): 7 July; tabular: 8 July
    ((1, 1, 1), D(622, 7, 19)),
])
def test_hijri_conversion(hijri: tuple[int, int, int], greg: D) -> None:
    assert hijri_to_gregorian(*hijri) == greg
    assert gregorian_to_hijri(greg) == hijri


def test_hijri_round_trip() -> None:
    for y in (1400, 1444, 1445, 1446, 1447):
        for m in range(1, 13):
            g = hijri_to_gregorian(y, m, 1)
            assert g is not None and gregorian_to_hijri(g) == (y, m, 1)


DATELINES = [
    ("دمشق 20 ديسمبر 2025 (شينخوا) أفادت وسائل إعلام سورية اليوم (السبت)", D(2025, 12, 20)),
    ("مقالات ذات صلةإعلام سوري: التحالف الدولي يطلق صواريخ\nدمشق 20 ديسمبر 2025 (شينخوا) أفادت",
     D(2025, 12, 20)),
    ("بيروت - 3 آذار/مارس 2024 - قتل ستة أشخاص", D(2024, 3, 3)),
    ("بيروت، 3 آذار/مارس 2024 (أ ف ب) - قتل ستة أشخاص", D(2024, 3, 3)),
    ("date 2026-02-13 - نفذت طائرات التحالف الدولي غارات", D(2026, 2, 13)),
    ("الجمعة 13 شباط 2026\nنفذت طائرات التحالف غارات", D(2026, 2, 13)),
    ("بيروت (أ ف ب) - قتل ستة أشخاص في غارات على ريف إدلب", None),
    ("نفذت طائرات حربية غارات على مواقع في بادية حمص وقالت المصادر إن الغارات التي وقعت في "
     "20 ديسمبر 2025 أدت إلى مقتل", None),
    ("قتل ستة أشخاص. " + "وأضاف المصدر أن القصف استمر. " * 12 + "\nدمشق 20 ديسمبر 2025", None),
    ("", None),
    # a newspaper issue line with tatweel; a numeric Hijri date before the Gregorian one
    ("الوطـن | العـدد 2476 | الثلاثـاء 6 أيلـول 2016\n\nارتفاع حصيلة التفجيرات", D(2016, 9, 6)),
    ("قصف عنيف على أحياء حمص\n\nالأحد 1433/7/20 هـ - الموافق 10/6/2012 م (آخر تحديث) الساعة 19:05", D(2012, 6, 10)),
    # an issue number with a colon before the date line
    ("غارات على عين العرب\n\nالعدد : 13351 - الجمعة 10 أكتوبر 2014 م، الموافق 16 ذو الحجة 1435 هـ\n\nعواصم - الوكالات:",
     D(2014, 10, 10)),
    # KUNA spaces the dashes of its numeric dateline
    ("اشتباكات في دمشق\n\nدمشق - 21 - 7 - 2012 (كونا) -- استعادت القوات النظامية حي الميدان", D(2012, 7, 21)),
]


@pytest.mark.parametrize("text,expected", DATELINES, ids=[t[:30] for t, _ in DATELINES])
def test_find_dateline(text: str, expected: D | None) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize("s,expected", [
    ("2026-02-13", D(2026, 2, 13)),
    ("13/02/2026", D(2026, 2, 13)),
    ("2026/2/13", D(2026, 2, 13)),
    ("13.02.2026", D(2026, 2, 13)),
    ("20 ديسمبر 2025", D(2025, 12, 20)),
    ("الجمعة 13 شباط 2026", D(2026, 2, 13)),
    ("13 February 2026", D(2026, 2, 13)),
    ("February 13, 2026", D(2026, 2, 13)),
    ("١٣ فبراير ٢٠٢٦", D(2026, 2, 13)),
    ("13 فيفري 2026", D(2026, 2, 13)),
    ("  2025-12-20  ", D(2025, 12, 20)),
    ("2026-02-13T08:30:00+03:00", D(2026, 2, 13)),
    ("2026-02-13 08:30", D(2026, 2, 13)),
    ("الجمعة، 13 شباط 2026م", D(2026, 2, 13)),
    ("13-02-2026", D(2026, 2, 13)),
    ("15 رمضان 1445 هـ", None),
    ("31 February 2026", None),
    ("31/02/2026", None),
    ("2026-13-01", None),
    ("أمس", None),
    ("فبراير 2026", None),
    ("13 شباط", None),
    ("قتل 13 شخصاً", None),
    ("hello", None),
    ("", None),
    ("20 ديسمبر 2025 و21 ديسمبر 2025", None),
])
def test_parse_date(s: str, expected: D | None) -> None:
    assert parse_date(s) == expected


def test_parse_date_rejects_non_strings() -> None:
    assert parse_date(None) is None  # type: ignore[arg-type]
    assert find_dates(None, FRI) == []  # type: ignore[arg-type]


# ------------------------------------------------------------------ properties

_PIECES = ["في", "بين", "و", "من", "إلى", "الماضي", "الجاري", "المقبل", "أمس", "اليوم", "الخميس",
           "الاثنين", "شباط", "فبراير", "كانون الثاني", "رمضان", "هـ", "عام", "مطلع", "منتصف",
           "الشهر", "الأسبوع", "خلال", "الساعات", "ساعة", "أيام", "قبل", "منذ", "لليوم",
           "الرابع", "على التوالي", "/", "-", "(", ")", "،", "31", "29", "2024", "1445", "٢٠",
           "۱۳", "0", "99", "2100", "الـ", "ـ", "\u064b", "\n", " ", ".", "24-27/11/2025"]

_texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=25).map(" ".join)
_dates = st.one_of(st.none(), st.dates(min_value=D(1, 3, 1), max_value=D(9999, 10, 1)))


@settings(max_examples=400, deadline=None)
@given(_texts, _dates)
def test_find_dates_never_raises_and_is_consistent(text: str, published: D | None) -> None:
    found = find_dates(text, published)
    assert isinstance(found, list)
    last = -1
    for d in found:
        assert isinstance(d, DateRange)
        assert d.start <= d.end
        assert 0 <= d.span[0] < d.span[1] <= len(text)
        assert text[d.span[0]:d.span[1]] == d.text
        assert d.precision in (1, 2, 3)
        assert d.span[0] >= last
        last = d.span[1]
        if published is None:
            assert not d.relative


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), _dates)
def test_find_dates_arbitrary_unicode(text: str, published: D | None) -> None:
    for d in find_dates(text, published):
        assert d.start <= d.end and text[d.span[0]:d.span[1]] == d.text


_NOUNS = ["عنصراً", "قتيلاً", "مدنياً", "غارة", "قذيفة", "شخصاً", "جريحاً", "حملة", "موقعاً",
          "طائرة", "صاروخاً", "%", "بالمئة", "كيلومتراً", "ساعة", "جندي", "عناصر"]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=100000), st.sampled_from(_NOUNS),
       st.sampled_from(["قتل", "مقتل", "أكثر من", "نحو", "الفرقة", "أسفر عن مقتل", "إطلاق"]),
       st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]), _dates)
def test_counts_are_not_dates(n: int, noun: str, verb: str, digits: str, published: D | None) -> None:
    num = "".join(digits[int(c)] for c in str(n))
    assert find_dates(f"{verb} {num} {noun} في ريف حمص", published) == []


@pytest.mark.parametrize("text,day", [
    ("العدد ٢٢٤٤ الاثنين ١٧ آذار ٢٠١٤\n\nيبرود تسقط", dt.date(2014, 3, 17)),          # issue number first
    ("دير الزور 24 – السبت 3 شباط/فبراير 2024\n\n26 قتيلاً", dt.date(2024, 2, 3)),   # a number in the outlet's name
    ("قُتل 5 مدنيين في 3 آذار 2024 بغارة على سراقب", None),                            # a sentence, not a dateline
    ("رقم الخبر: 82724516 – تاريخ النشر: 09/11/2017 – 14:32\n\nالجيش", dt.date(2017, 11, 9)),  # a labelled date
    ("اليوم 24 – الأربعاء 24 غشت 2016 - 21:40\n\nالدبابات", dt.date(2016, 8, 24)),  # "24" in the outlet's name
    # a web page's publication line after the outlet's name, with diacritics
    ("swissinfo.ch – نُشر هذا المحتوى في 25 نوفمبر 2014 - 19:02\n\nعشرات القتلى", dt.date(2014, 11, 25)),
    ("موقع الخبر | آخر تحديث: 25/11/2014 19:02\n\nقُتل", dt.date(2014, 11, 25)),
    ("تم النشر بتاريخ الثلاثاء 3 آذار 2019\n\nقصفت", dt.date(2019, 3, 3)),
    ("قال رئيس المجلس المحلي لبلدة كفرنبل ومديرها في 25 نوفمبر 2014 إن\n\nنص", None),   # a sentence
])
def test_datelines_with_numbers_before_the_date(text, day):
    assert find_dateline(text) == day


def test_a_dateline_after_a_latin_outlet_name_with_digits():
    assert find_dateline("عنوان الخبر\n\nLe360 عربي – الأحد 13 غشت 2017 - 11:40\n\nأعلنت القيادة") == dt.date(2017, 8, 13)


@pytest.mark.parametrize("text, day", [
    ("الخميس قبل الماضي", dt.date(2014, 6, 26)),             # the Thursday before last
    ("الثلاثاء 4/ حزيران/ 2019", dt.date(2019, 6, 4)),        # slashes between the parts
    ("في 4/ حزيران", dt.date(2014, 6, 4)),
])
def test_weekday_before_last_and_slashed_dates(text, day):
    d = find_dates(text, dt.date(2014, 7, 5))[0]
    assert (d.start, d.end, d.precision) == (day, day, 1)


@pytest.mark.parametrize("text", ["في 21/ 6/ 2014: قصف الطيران المروحي", "في 21 / 6 / 2014: قصف"])
def test_numeric_dates_with_spaced_slashes(text):
    # as monitors' daily logs write them ("الثلاثاء 23/ 1/ 2024: شن الطيران …")
    assert [(d.start, d.end, d.precision) for d in find_dates(text, dt.date(2014, 7, 5))] == [
        (dt.date(2014, 6, 21), dt.date(2014, 6, 21), 1)]


def test_a_date_after_tarikh_in_a_sentence_is_no_dateline():
    assert find_dateline("ارتكبت قوات النظام مجزرة في الغوطة، وهي الأكبر في تاريخ سوريا 21 آب 2013، وراح ضحيتها "
                         "مئات المدنيين.") is None


def test_today_before_a_count_is_today() -> None:
    pub = D(2015, 4, 14)
    for text in ("قتل اليوم 3 أشخاص", "أسقط الطيران اليوم 11 برميلاً", "قتل اليوم 3 من عناصر قوات النظام"):
        assert [(d.start, d.text) for d in find_dates(text, pub)] == [(pub, "اليوم")], text
    # (but a day of a campaign and an outlet's name are not today)
    assert find_dates("في اليوم 11 من الحملة", pub) == []
    assert find_dateline("اليوم 24 – الأربعاء 24 غشت 2016\nقصف") == D(2016, 8, 24)


def test_a_numeric_hijri_date_in_arabic_indic_digits_before_the_gregorian_one() -> None:
    assert find_dateline("الأحد ١٤٣٣/٧/٢٠ هـ - الموافق ١٠ حزيران ٢٠١٢\nقصف عنيف") == D(2012, 6, 10)


def test_from_one_day_to_another_is_one_range():
    # "من فجر السبت حتى صباح اليوم الاثنين": one span from the first day to the second
    pub = dt.date(2012, 2, 6)
    got = [(d.kind, d.start, d.end, d.precision) for d in find_dates("واصلت القوات من فجر السبت حتى صباح اليوم الاثنين قصف الحي", pub)]
    assert got == [("range", dt.date(2012, 2, 4), dt.date(2012, 2, 6), 2)]
    got = [(d.start, d.end) for d in find_dates("من صباح الجمعة وحتى مساء الأحد", pub)]
    assert got == [(dt.date(2012, 2, 3), dt.date(2012, 2, 5))]
    # (two days with no "من" before the first are two days)
    assert len(find_dates("قصفت الطائرات الحي السبت حتى انسحب المقاتلون الاثنين", pub)) == 2


def test_a_story_day_and_a_postponement():
    # the story's own day, with its clitics; not "the fifth day of Ramadan"
    from geo_tracker.dates import story_day
    from geo_tracker.text import normalize_char_string as n
    assert story_day(n("ودخل القصف يومه الرابع")) == 4
    assert story_day(n("يتواصل القصف التركي لليوم الرابع على التوالي")) == 4
    assert story_day(n("مقتل مدنيين بقصف على سراقب في اليوم الخامس من شهر رمضان")) is None
    # a meeting moved from one day to another is two days, not a span
    assert len(find_dates("تأجلت جولة المفاوضات من يوم الخميس إلى يوم الأحد", dt.date(2020, 5, 4))) == 2


def test_a_night_across_two_weekdays_without_a_dash_is_one_range():
    # a tatweel for the dash is gone once normalized; some outlets write no dash at all
    pub = D(2018, 1, 10)
    for text in ("ليل الجمعة ـ السبت الماضي", "ليلة الجمعة السبت الماضية"):
        got = find_dates(text, pub)
        assert [(d.start, d.end) for d in got] == [(D(2018, 1, 5), D(2018, 1, 6))], text


def test_two_days_joined_by_and_across_a_night_are_one_range():
    pub = D(2024, 1, 15)
    for text in ("مساء أمس الأحد وفجر اليوم الاثنين", "ليل السبت وفجر الأحد"):
        got = find_dates(text, pub)
        assert len(got) == 1 and got[0].end - got[0].start == dt.timedelta(days=1), text
    # (days apart, or with words between, stay two)
    assert len(find_dates("يوم الخميس الماضي وأمس الأحد", pub)) == 2


def test_the_same_month_or_year_as_the_date_told_before():
    pub = D(2019, 5, 30)
    got = find_dates("قتل في 3 آذار 2017 مدنيان، وفي 22 من الشهر ذاته قصفت الطائرات البلدة", pub)
    assert [(d.start, d.precision) for d in got] == [(D(2017, 3, 3), 1), (D(2017, 3, 22), 1)]
    got = find_dates("وفي الخامس من نفس الشهر عادت الطائرات", pub, ref=find_dates("في 2 أيار 2016", pub)[0])
    assert [(d.start, d.end) for d in got] == [(D(2016, 5, 5), D(2016, 5, 5))]
    # a month of the year just named: the month, not the latest October before the report
    got = find_dates("قصفت في 3 آذار 2017، ثم في تشرين الأول من العام نفسه", pub)
    assert (got[1].start, got[1].end, got[1].precision) == (D(2017, 10, 1), D(2017, 10, 31), 3)
    got = find_dates("في 2015، وفي 22 تشرين الأول من السنة ذاتها", pub)
    assert got[1].start == D(2015, 10, 22)
    # with nothing told before it, it dates nothing (nor does its day-and-month alone)
    assert find_dates("وفي 22 تشرين الأول من العام نفسه قصفت الطائرات", pub) == []
    assert find_dates("وفي 22 من الشهر ذاته", pub) == []
    # "اليوم ذاته" is not a month
    assert find_dates("في اليوم ذاته", pub) == []
    # the year last written is "the same year", whatever form it was written in
    got = find_dates("بعد معارك 2014 سيطرت الفصائل على البلدة، قبل أن يستعيدها الجيش في تشرين الأول من العام ذاته",
                     pub, ref=find_dates("في 3 آذار 2017", pub)[0])
    assert [(d.start, d.end) for d in got] == [(D(2014, 10, 1), D(2014, 10, 31))]
    got = find_dates("ففي صيف 2014 سيطرت الفصائل على البلدة، قبل أن يستعيدها الجيش في تشرين الأول من العام ذاته",
                     pub, ref=find_dates("في 3 آذار 2017", pub)[0])
    assert [(d.start, d.end) for d in got] == [(D(2014, 6, 1), D(2014, 8, 31)), (D(2014, 10, 1), D(2014, 10, 31))]
    # a range of days of the month told before
    got = find_dates("في 28 تشرين الثاني الماضي. وقبل ذلك بأيام، بين 24 و27 من الشهر نفسه، داهمت قوات", D(2026, 2, 10))
    assert [(d.start, d.end, d.precision) for d in got][1:] == [(D(2025, 11, 24), D(2025, 11, 27), 2)]


def test_a_season_with_a_year_or_a_qualifier():
    pub = D(2019, 7, 30)

    def span(t):
        return [(d.start, d.end, d.precision) for d in find_dates(t, pub)]
    assert span("ففي صيف 2014 سيطرت الفصائل") == [(D(2014, 6, 1), D(2014, 8, 31), 3)]
    assert span("خريف عام 2019") == [(D(2019, 9, 1), D(2019, 11, 30), 3)]
    assert span("شتاء 2016") == [(D(2015, 12, 1), D(2016, 2, 29), 3)]      # from the December before
    assert span("خلال الصيف الماضي") == [(D(2018, 6, 1), D(2018, 8, 31), 3)]   # this one is not over
    assert span("في الربيع الجاري") == [(D(2019, 3, 1), D(2019, 5, 31), 3)]
    assert span("منذ شتاء العام الماضي")[0][:2] == (D(2017, 12, 1), pub)
    # the Hijri months and the Arab Spring are no seasons
    assert span("الربيع العربي") == []
    assert span("في ربيع الأول الماضي")[0][0] == D(2018, 11, 10)


def test_a_weekday_with_its_day_and_month_and_no_year():
    pub = dt.date(2019, 5, 10)   # a Friday
    # local pages' "الجمعة 3/5": the Friday a week before, not the publication day (was 2019-05-10)
    (d,) = find_dates("فجر الجمعة 3/5، قصفت قوات النظام بلدة اللطامنة.", pub)
    assert (d.start, d.end, d.precision) == (dt.date(2019, 5, 3), dt.date(2019, 5, 3), 1)
    (d,) = find_dates("يوم الجمعة (3/5)", pub)
    assert d.start == dt.date(2019, 5, 3)
    # across the new year: the last December
    (d,) = find_dates("الأحد 29/12", dt.date(2020, 1, 3))
    assert d.start == dt.date(2019, 12, 29)
    # a day and month the weekday does not fall on: the weekday alone is read
    (d,) = find_dates("الخميس 3/5", pub)
    assert (d.start, d.kind) == (dt.date(2019, 5, 9), "weekday")
    # no weekday: a fraction or a score is no date
    assert find_dates("فاز الفريق 3/5", pub) == []
    # with its year, one date — the day told, not the weekday's last date beside it (the event
    # was dated the publication Friday)
    (d,) = find_dates("يوم الجمعة 3/5/2019", pub)
    assert (d.start, d.kind) == (dt.date(2019, 5, 3), "day")


@pytest.mark.parametrize("text, pub, want", [
    # a Hijri feast: the tabular day ± 1 (Eid al-Adha 1442 fell on 20 July 2021)
    ("قتل خمسة مدنيين في أول أيام عيد الأضحى بقصف على سراقب", D(2021, 7, 23), (D(2021, 7, 19), D(2021, 7, 21), 2)),
    ("في ثاني أيام عيد الفطر", D(2019, 6, 10), (D(2019, 6, 5), D(2019, 6, 7), 2)),
    # a Gregorian one, its eve, across the year's end
    ("انفجار ليلة رأس السنة في دمشق", D(2015, 1, 2), (D(2014, 12, 31), D(2014, 12, 31), 1)),
    ("غارة عشية عيد الميلاد", D(2016, 12, 26), (D(2016, 12, 24), D(2016, 12, 24), 1)),
    ("هجوم على احتفال بعيد النوروز في الحسكة", D(2015, 3, 22), (D(2015, 3, 21), D(2015, 3, 21), 1)),
])
def test_a_feast_dates_the_act(text: str, pub: D, want: tuple) -> None:
    [d] = find_dates(text, pub)
    assert (d.start, d.end, d.precision, d.kind) == (*want, "holiday")


def test_a_feast_still_to_come_dates_nothing() -> None:
    # published five days before Eid al-Adha 1437: not last year's feast
    assert find_dates("كانت الأسواق مكتظة قبل أيام من حلول عيد الأضحى", D(2016, 9, 6)) == []
    # and no publication date, no feast's day
    assert find_dates("في أول أيام عيد الفطر", None) == []


@pytest.mark.parametrize("text, want", [
    # after last midnight: the report's own day
    ("استهدفت طائرات إسرائيلية بعد منتصف ليل أمس مواقع في مصياف", (D(2018, 6, 7), D(2018, 6, 7))),
    # at last midnight: either side of it
    ("انفجرت سيارة مفخخة منتصف ليل أمس في أعزاز", (D(2018, 6, 6), D(2018, 6, 7))),
    # the evening before is yesterday's
    ("قصفت قوات النظام مساء أمس بلدة كفرنبل", (D(2018, 6, 6), D(2018, 6, 6))),
])
def test_last_midnight(text: str, want: tuple) -> None:
    [d] = find_dates(text, D(2018, 6, 7))
    assert (d.start, d.end) == want


@pytest.mark.parametrize("text, want", [
    # a day and month after "يوم", no year, as local pages write them: the latest such day before
    # the publication day
    ("قصفت قوات النظام بلدة كفرنبل يوم 28/1 ما أدى لمقتل طفل", (D(2020, 1, 28), D(2020, 1, 28), 1)),
    ("سقطت قذائف على المدينة فجر يوم ۲۰/۲", (D(2020, 2, 20), D(2020, 2, 20), 1)),
    ("غارات على حيش يوم 31/12", (D(2019, 12, 31), D(2019, 12, 31), 1)),
])
def test_a_day_and_month_without_a_year(text: str, want: tuple) -> None:
    [r] = find_dates(text, D(2020, 3, 2))
    assert (r.start, r.end, r.precision) == want


@pytest.mark.parametrize("text", [
    "حصل المرشح على 3/5 من الأصوات",    # a fraction, no "يوم"
    "قصفت الطائرات البلدة يوم 3/5",      # ten months back, no year: not a date
    "قصفت الطائرات البلدة يوم 31/2",     # no such day
])
def test_a_day_and_month_not_dated(text: str) -> None:
    assert find_dates(text, D(2020, 3, 2)) == []
