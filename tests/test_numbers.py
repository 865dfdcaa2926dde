"""Tests for geo_tracker.numbers: Arabic numerals, number words, qualifiers, duals."""
from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo_tracker import numbers
from geo_tracker.numbers import (Quantity, dual_count, find_quantities, is_dual_noun,
                                 number_word_values, parse_number_words)
from geo_tracker.text import normalize_char_string


@pytest.mark.parametrize("s,expected", [
    ("ثلاثة", 3), ("ثلاث", 3), ("ثلاثه", 3), ("واحد", 1), ("واحدة", 1),
    ("اثنان", 2), ("اثنين", 2), ("اثنتين", 2), ("اثنتان", 2),
    ("أربعة عشر", 14), ("أربع عشرة", 14), ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12),
    ("اثني عشر", 12), ("خمسة وعشرون", 25), ("خمسة وعشرين", 25), ("واحد وعشرين", 21),
    ("عشرون", 20), ("تسعين", 90), ("مائة", 100), ("مئة", 100), ("مئتين", 200), ("مائتان", 200),
    ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("مئة وخمسون", 150),
    ("ثلاثمئة وخمسة وعشرين", 325), ("ألف", 1000), ("ألفين", 2000), ("ألفان", 2000),
    ("ثلاثة آلاف", 3000), ("عشرة آلاف", 10000), ("عشرين ألف", 20000), ("مئة ألف", 100000),
    ("ألف ومئتان وخمسون", 1250), ("خمسة آلاف وخمسمئة", 5500), ("20 ألف", 20000), ("34", 34),
    ("ثمانية", 8), ("ثماني", 8), ("ستة", 6), ("ست", 6), ("سبع", 7), ("تسعة", 9), ("عشرة", 10),
    ("مليون", 1000000), ("ثلاثة ملايين", 3000000),
    # not numbers
    ("أحد", 1), ("إحدى", 1), ("آلاف", None), ("عشرات", None), ("عنصراً", None), ("قتيلين", None),
    ("خمسة ثلاثة", None), ("عشرون وخمسة", None), ("", None), ("ثلاثة عناصر", None),
    ("الاثنين", None), ("بالمئة", None),
])
def test_parse_number_words(s: str, expected: int | None) -> None:
    assert parse_number_words(s) == expected


def q(text: str, value: int | None, low: int | None, high: int | None, approx: bool = False,
      vague: bool = False) -> tuple:
    return text, value, low, high, approx, vague


QUANTITY_CASES = [
    ("أسفر عن مقتل 6 عناصر من داعش", [q("6", 6, 6, 6)]),
    ("مقتل ٣٤ عنصراً", [q("٣٤", 34, 34, 34)]),
    ("مقتل ۳۴ عنصراً", [q("۳۴", 34, 34, 34)]),
    ("مقتل ستة أشخاص بينهم طفلان", [q("ستة", 6, 6, 6)]),
    ("قتل خمسة وعشرين مدنياً", [q("خمسة وعشرين", 25, 25, 25)]),
    ("وإصابة ثلاث نساء", [q("ثلاث", 3, 3, 3)]),
    ("مقتل نحو 14 عنصراً", [q("نحو 14", 14, None, None, True)]),
    ("قاصر يبلغ من العمر نحو 14 عاما", [q("نحو 14", 14, None, None, True)]),
    ("بحوالي 900 جندي", [q("حوالي 900", 900, None, None, True)]),
    ("قرابة الـ 17 حملة تمشيط", [q("قرابة الـ 17", 17, None, None, True)]),
    ("زهاء مئة مقاتل", [q("زهاء مئة", 100, None, None, True)]),
    ("ما يقارب 40 شخصاً", [q("ما يقارب 40", 40, None, None, True)]),
    ("أكثر من 30 غارة جوية", [q("أكثر من 30", None, 30, None, True)]),
    ("ما يزيد عن 200 قذيفة", [q("ما يزيد عن 200", None, 200, None, True)]),
    ("أقل من عشرة عناصر", [q("أقل من عشرة", None, None, 10, True)]),
    ("ما لا يقل عن 12 مدنياً", [q("ما لا يقل عن 12", None, 12, None, True)]),
    ("مقتل 5 أشخاص على الأقل", [q("5", None, 5, None, True)]),
    ("أكثر من خمسة آلاف عنصر", [q("أكثر من خمسة آلاف", None, 5000, None, True)]),
    ("بين 5 و7 قتلى", [q("بين 5 و7", None, 5, 7, True)]),
    # number words: the second carries the و ("ما بين خمسة وسبعة أشخاص": 5 to 7, not 5 and 7)
    ("استشهاد ما بين خمسة وسبعة أشخاص", [q("ما بين خمسة وسبعة", None, 5, 7, True)]),
    ("اشتباكات بين خمسة عناصر وسبعة مسلحين", [q("خمسة", 5, 5, 5, False), q("وسبعة", 7, 7, 7, False)]),
    ("من 5 إلى 7 أشخاص", [q("5 إلى 7", None, 5, 7, True)]),
    ("سقوط 5-7 قتلى", [q("5-7", None, 5, 7, True)]),
    ("ثلاثة أو أربعة عناصر", [q("ثلاثة أو أربعة", None, 3, 4, True)]),
    ("سقوط عشرات القتلى", [q("عشرات", None, 20, 99, True, True)]),
    ("قتلت العشرات من جنود النظام", [q("العشرات من", None, 20, 99, True, True)]),
    ("مقتل عدد من مقاتليه", [q("عدد من", None, 2, None, True, True)]),
    ("نزوح عشرات الآلاف من المدنيين", [q("عشرات الآلاف", None, 20000, 99999, True, True)]),
    ("آلاف المقاتلين توزعوا", [q("آلاف", None, 2000, 9999, True, True)]),
    ("عشرين ألف نازح", [q("عشرين ألف", 20000, 20000, 20000)]),
    ("1,200 شخص", [q("1,200", 1200, 1200, 1200)]),
    ("نحو 2.5 مليون لاجئ", [q("نحو 2.5 مليون", 2500000, None, None, True)]),
    ("وإطلاق إحدى عشرة غارة", [q("إحدى عشرة", 11, 11, 11)]),
    ("القتلى الثلاثة", [q("الثلاثة", 3, 3, 3)]),
    ("نفذت ثماني طائرات", [q("ثماني", 8, 8, 8)]),
    ("نزوح خمسين ألفاً", [q("خمسين ألفاً", 50000, 50000, 50000)]),
    ("نزوح 50 ألفاً", [q("50 ألفاً", 50000, 50000, 50000)]),
    ("نحو عشرة آلاف نازح", [q("نحو عشرة آلاف", 10000, None, None, True)]),
    ("٥٠٠ ألف قتيل", [q("٥٠٠ ألف", 500000, 500000, 500000)]),
    ("مقتل شخصين وإصابة سبعة آخرين", [q("سبعة", 7, 7, 7)]),
    ("مئات القتلى", [q("مئات", None, 200, 999, True, True)]),
    # not counts
    ("بنسبة قاربت 20% في بعض المناطق", [q("بعض", None, 2, None, True, True)]),
    ("بنسبة 20 بالمئة", []),
    ("عام 2019", []),
    ("في 20/12/2025", []),
    ("الساعة 10:30", []),
    ("مقتل أحد المطلوبين", []),
    ("يوم الاثنين", []),
    ("بلغت 3.5 درجة", []),
    ("قتل في 20 ديسمبر 2025 خمسة عناصر", [q("خمسة", 5, 5, 5)]),
    ("وفي 18 الجاري قتل 3 مدنيين", [q("3", 3, 3, 3)]),
    ("عند الساعة 10 صباحاً قتل 4 عناصر", [q("4", 4, 4, 4)]),
    ("في 20 من ديسمبر", []),
    ("بين 24 و27 تشرين الثاني", []),
    ("بين 5 - 6 يناير لهجوم 13 طائرة", [q("13", 13, 13, 13)]),
    ("في الثلاثين من شهر نيسان قتل 26 طفلاً", [q("26", 26, 26, 26)]),
    ("السادس والعشرين من كانون الثاني", []),
    # an ordinal teen or tens is a day, not a count ("في الحادي عشر من الشهر الجاري، قُتل شخصان")
    ("في الحادي عشر من الشهر الجاري، قُتل شخصان", []),
    ("في الثالث عشر من شهر تموز الجاري قتل 3 عناصر", [q("3", 3, 3, 3)]),
    ("في الخامس والعشرين من الشهر الماضي", []),
    ("عند الساعة الحادية عشرة ليلاً", []),
    ("قتل أحد عشر مدنياً وثلاثة عشر عنصراً", [q("أحد عشر", 11, 11, 11), q("وثلاثة عشر", 13, 13, 13)]),
]


@pytest.mark.parametrize("text,expected", QUANTITY_CASES, ids=[c[0][:30] for c in QUANTITY_CASES])
def test_find_quantities_table(text: str, expected: list[tuple]) -> None:
    found = find_quantities(text)
    assert [(x.text, x.value, x.low, x.high, x.approx, x.vague) for x in found] == expected
    for x in found:
        assert text[x.span[0]:x.span[1]] == x.text


def test_several_quantities_in_order() -> None:
    text = "وأدّت الغارات إلى مقتل 6 عناصر من داعش، فيما قتل 4 عناصر من قوات النظام وأصيب ثلاثة آخرون"
    found = find_quantities(text)
    assert [x.estimate for x in found] == [6, 4, 3]
    assert [x.span for x in found] == sorted(x.span for x in found)


def test_docstring_examples() -> None:
    assert doctest.testmod(numbers).failed == 0


def test_presentation_forms_keep_offsets() -> None:
    text = "قتل ﻻعب و٣ ﻻجئين"
    (x,) = find_quantities(text)
    assert (x.text, x.value) == ("٣", 3)


def test_estimate() -> None:
    assert find_quantities("أكثر من 30 قتيلاً")[0].estimate == 30
    assert find_quantities("أقل من 10 قتلى")[0].estimate == 10
    assert find_quantities("نحو 14 قتيلاً")[0].estimate == 14
    assert find_quantities("عشرات القتلى")[0].estimate == 20


def test_spans_with_diacritics_and_tatweel() -> None:
    text = "مقتلُ ثلاثةِ عناصرَ وإصابةُ خمسـة"
    found = find_quantities(text)
    assert [x.value for x in found] == [3, 5]
    assert [x.text for x in found] == ["ثلاثةِ", "خمسـة"]


@pytest.mark.parametrize("word,expected", [
    ("قتيلين", True), ("قتيلان", True), ("جريحين", True), ("عنصرين", True), ("شخصين", True),
    ("طفلين", True), ("امرأتين", True), ("غارتين", True), ("قذيفتين", True), ("والعنصرين", True),
    ("بغارتين", True), ("القتيلين", True),
    ("مدنيين", False), ("مسلحين", False), ("مقاتلين", False), ("عسكريين", False),
    ("مواطنين", False), ("آخرين", False), ("قتلى", False), ("عنصر", False), ("", False),
])
def test_is_dual_noun(word: str, expected: bool) -> None:
    assert is_dual_noun(word) is expected
    assert dual_count(word) == (2 if expected else None)


def test_number_word_values_are_normalized() -> None:
    values = number_word_values()
    assert values[normalize_char_string("مائة")] == 100 and values["ثلاثه"] == 3
    assert values["عشرين"] == 20


_PIECES = ["نحو", "أكثر من", "بين", "و", "أو", "إلى", "-", "ثلاثة", "عشر", "عشرين", "مئة", "ألف",
           "آلاف", "عشرات", "عدد من", "على الأقل", "الـ", "٣٤", "۱۲", "12", "3.5", "1,200", "%",
           "/", ":", "قتيلاً", "عنصرين", "\u064b", "ـ", " ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=5)), max_size=20).map(" ".join))
def test_find_quantities_never_raises(text: str) -> None:
    found = find_quantities(text)
    last = -1
    for x in found:
        assert isinstance(x, Quantity)
        assert 0 <= x.span[0] < x.span[1] <= len(text)
        assert text[x.span[0]:x.span[1]] == x.text
        assert x.span[0] >= last
        last = x.span[1]
        if x.low is not None and x.high is not None:
            assert x.low <= x.high
        assert x.vague is (x.value is None and x.vague)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99999),
       st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]))
def test_digits_in_any_script(n: int, digits: str) -> None:
    num = "".join(digits[int(c)] for c in str(n))
    (x,) = find_quantities(f"مقتل {num} عنصراً")
    assert x.value == n and x.text == num


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_parse_number_words_never_raises(s: str) -> None:
    v = parse_number_words(s)
    assert v is None or (isinstance(v, int) and v >= 0)


def test_superscript_digits_are_not_numbers():
    # "²" is a digit to str.isdigit() but not a decimal digit: no crash, no number
    assert [q.value for q in find_quantities("ثلاثة ²AAA")] == [3]
