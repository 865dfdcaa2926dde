"""Property-based tests (hypothesis) across stages: geoparse offsets and coordinates, gazetteer
lookup, and dates never invented from text that names no date."""
from __future__ import annotations

import datetime as dt
import functools

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from geo_tracker.dates import find_dates
from geo_tracker.gazetteer import load_default
from geo_tracker.geoparse import geoparse
from geo_tracker.models import Article
from geo_tracker.paths import lexicon_dir
from geo_tracker.text import normalize_char_string

# Syria's bounding box with half a degree of slack (relative locations "20 km east of X").
LAT = (32.0 - 0.5, 37.5 + 0.5)
LON = (35.5 - 0.5, 42.5 + 0.5)


@functools.lru_cache(maxsize=1)
def _place_names() -> list[str]:
    """Real names from the gazetteer (Arabic, every 25th place, towns first) plus English."""
    gaz = load_default()
    places = sorted(gaz, key=lambda p: (p.kind not in ("city", "town"), p.id))
    names = [p.name_ar for p in places[::25] if p.name_ar]
    names += [p.name_en for p in places[::200] if p.name_en]
    return names


_WORDS = ["قصفت", "طائرات", "حربية", "روسية", "غارة", "على", "في", "مدينة", "قرية", "بلدة", "ريف",
          "بادية", "شمال", "جنوب", "شرقي", "غربي", "كم", "20", "محيط", "قرب", "بين", "و", "،", ".",
          "\n", "داعش", "التحالف", "الشرقي", "منطقة", "جبل", "حقل", "مطار", "(", ")", "-"]
_CLITICS = ["", "و", "ب", "وب", "ل", "لل", "ف", "وال", "ال"]


@st.composite
def _mixed_text(draw) -> str:
    parts = draw(st.lists(st.one_of(
        st.sampled_from(_WORDS),
        st.builds(lambda c, n: c + n, st.sampled_from(_CLITICS), st.sampled_from(_place_names())),
        st.text(max_size=8),
        st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x0652), max_size=8),
    ), max_size=30))
    sep = draw(st.sampled_from([" ", "  ", "\n", "ـ ", "\u200f "]))
    return sep.join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mixed_text())
def test_geoparse_never_raises_and_offsets_hold(text):
    art = Article(id="p", text=text)
    for m in geoparse(art, load_default()):
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start:m.end] == m.surface, (m.surface, text[m.start:m.end])
        assert 0.0 <= m.score <= 1.0
        assert m.uncertainty_km >= 0
        assert m.geo_precision in (1, 2, 3)
        if m.place_id is not None:
            assert m.lat is not None and m.lon is not None
        if m.lat is not None:
            assert LAT[0] <= m.lat <= LAT[1] and LON[0] <= m.lon <= LON[1], m


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=30),
                 st.builds(lambda c, n, t: c + n + t, st.sampled_from(_CLITICS),
                           st.sampled_from(_place_names()), st.text(max_size=3))),
       st.one_of(st.none(), st.sampled_from(["Homs", "Idleb", "Deir-ez-Zor", "حمص"])))
def test_gazetteer_lookup_never_raises_and_is_sorted(name, admin1):
    res = load_default().lookup(name, admin1=admin1)
    scores = [s for _, s in res]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    for p, _ in res:
        assert LAT[0] <= p.lat <= LAT[1] and LON[0] <= p.lon <= LON[1], p.id


def test_a_real_name_with_clitics_is_found():
    gaz = load_default()
    for name in _place_names()[:40]:
        if not any("\u0621" <= c <= "\u064a" for c in name):
            continue
        ids = {p.id for p, _ in gaz.lookup("وب" + name)}
        assert ids, name


# ------------------------------------------------------------------------------------------
# dates: never invented


@functools.lru_cache(maxsize=1)
def _date_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """Every word of the dates lexicon, normalized: (long words, 1–2 letter words)."""
    data = yaml.safe_load((lexicon_dir() / "dates.yaml").read_text(encoding="utf-8"))
    words: set[str] = set()

    def walk(o) -> None:
        if isinstance(o, dict):
            for k, v in o.items():
                walk(k)
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, str):
            for w in o.split():
                words.add(normalize_char_string(w))

    walk(data)
    # relative / time words news uses that a lexicon may hold in patterns rather than lists
    for w in ("يوم", "أمس", "امس", "اليوم", "غدا", "غداً", "البارحة", "الليلة", "ليلة", "فجر",
              "صباح", "مساء", "ظهر", "عصر", "ساعة", "ساعات", "شهر", "أسبوع", "اسبوع", "عام",
              "سنة", "أيام", "ايام", "منتصف", "مطلع", "أواخر", "أوائل", "نهاية", "بداية",
              "الماضي", "الجاري", "المقبل", "هـ", "م"):
        words.add(normalize_char_string(w))
    long = frozenset(w for w in words if len(w) >= 3)
    short = frozenset(w for w in words if 0 < len(w) < 3)
    return long, short


_ARABIC = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
_SAFE_WORDS = ["قصفت", "طائرات", "حربية", "مواقع", "التنظيم", "مدينة", "تدمر", "السخنة", "غارات",
               "عناصر", "مقتل", "إصابة", "مدنيين", "بريف", "حمص", "الشرقي", "التحالف", "قوات",
               "النظام", "هجوم", "انفجار", "عبوة", "ناسفة", "Syria", "airstrike", "police"]


def _no_date_word(text: str) -> bool:
    long, short = _date_vocabulary()
    norm = normalize_char_string(text)
    if any(w in norm for w in long):
        return False
    toks = norm.replace("،", " ").replace(",", " ").split()
    stripped = {t.lstrip("وفبلك").removeprefix("ال") for t in toks} | set(toks)
    return not (stripped & short)


@st.composite
def _dateless_text(draw) -> str:
    words = draw(st.lists(st.one_of(
        st.sampled_from(_SAFE_WORDS),
        st.text(alphabet=st.sampled_from(_ARABIC), min_size=1, max_size=7),
        st.text(alphabet=st.sampled_from("bcdghiklqtwxz"), min_size=1, max_size=6),
        st.sampled_from(list("،.:؛-()«»!؟/") + ["\n"]),
    ), max_size=25))
    return " ".join(words)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(_dateless_text(), st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1),
                                                       max_value=dt.date(2030, 12, 31))))
def test_find_dates_never_invents_a_date(text, published):
    """No digit, month, weekday or relative word → no date, whatever the publication date."""
    assume(_no_date_word(text))
    assert find_dates(text, published) == []
