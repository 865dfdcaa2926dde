"""Tests for geo_tracker.text: normalization with offsets back to the original, sentences."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo_tracker.text import WORD_RE, normalize, normalize_char_string, sentence_spans

# Characters normalization removes (contract of text.py): harakat, dagger alef, Quranic marks,
# tatweel, zero-width / bidi controls, BOM, soft hyphen.
REMOVED = ({chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}
           | {chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)}
           | set("\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad")
           | {chr(c) for c in range(0x202A, 0x202F)} | {chr(c) for c in range(0x2066, 0x206A)})


# ------------------------------------------------------------------------------------------
# examples


@pytest.mark.parametrize("original, normalized", [
    ("غاراتٌ على أثريـا", "غارات علي اثريا"),          # diacritic, alef maqsura, hamza, tatweel
    ("إدلب وآمنة وٱلرقة", "ادلب وامنه والرقه"),         # hamza / madda / wasla forms, taa marbuta
    ("مؤسسة ومسائل", "موسسه ومسايل"),                  # hamza on waw and on yaa
    ("کوباني ویژه", "كوباني ويزه"),                    # Persian kaf, yaa, zhe
    ("٢٠٢٤/۱۲/٣١", "2024/12/31"),                      # Arabic-Indic and Eastern digits
    ("حمص، حماة؛ أين؟ ٥٪", "حمص, حماه; اين? 5%"),       # Arabic punctuation
    ("ﻻ ﷲ", "لا الله"),                                # presentation forms expand (NFKC)
    ("Palmyra\u200f ISIS", "palmyra isis"),           # RLM removed, Latin lowered
    ("\ufeffدير\u00a0الزور", "دير الزور"),             # BOM removed, NBSP → space
    ("#خان_شيخون", "#خان شيخون"),                     # a hashtag's underscore → space
    ("", ""),
])
def test_normalize_examples(original, normalized):
    n = normalize(original)
    assert n.text == normalized
    assert normalize_char_string(original) == normalized


@pytest.mark.parametrize("original, norm_span, orig_span", [
    ("غاراتٌ على أثريـا", (10, 15), (11, 17)),          # the module's example
    ("قصف على تدمر", (8, 12), (8, 12)),                # identity map
    ("قَصْفٌ على تَدْمُر", (0, 3), (0, 5)),             # inner diacritics in, trailing one out
    ("ﻻ تدمر", (0, 2), (0, 1)),                        # both letters of لا come from ﻻ
    ("ﻻ تدمر", (1, 2), (0, 1)),
    ("ﻻ تدمر", (3, 7), (2, 6)),                        # after an expansion
    ("تـــدمر", (0, 4), (0, 7)),                       # tatweel run inside
    ("أ", (1, 1), (1, 1)),                              # empty span at the end
])
def test_original_span_examples(original, norm_span, orig_span):
    n = normalize(original)
    assert n.original_span(*norm_span) == orig_span


def test_identity_map_when_nothing_changes_length():
    n = normalize("قصفت طائرات حربية مدينة تدمر")
    assert n.offsets is None
    assert n.original_span(5, 11) == (5, 11)


@pytest.mark.parametrize("text, sentences", [
    ("قصف. غارة! هجوم؟ اشتباك? انفجار…", ["قصف.", "غارة!", "هجوم؟", "اشتباك?", "انفجار…"]),
    ("الفقرة الأولى\nالفقرة الثانية", ["الفقرة الأولى", "الفقرة الثانية"]),
    ("مقدمة:\n- الأولى\n* الثانية\n• الثالثة", ["مقدمة:", "- الأولى", "* الثانية", "• الثالثة"]),
    ("  قصف جوي  \n\n  غارة  ", ["قصف جوي", "غارة"]),
    ("بلغ 3.5 كم.وصل", ["بلغ 3.5 كم.وصل"]),               # no space after '.': one sentence
    ("قصف.\r\nغارة.", ["قصف.", "غارة."]),                 # CRLF
    ("قصف\rغارة", ["قصف", "غارة"]),                       # old Mac CR-only line ends
    ("", []),
    (" \n\t\n ", []),
])
def test_sentence_spans_examples(text, sentences):
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


# ------------------------------------------------------------------------------------------
# properties

# The characters news text is made of, heavy on what normalization touches.
_NEWS_CHARS = (
    [chr(c) for c in range(0x0621, 0x064B)]                  # Arabic letters
    + [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]   # harakat, tatweel
    + list("أإآٱةىئؤکیگپچژڤ") + list("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789")
    + list("،؛؟٪٫٬.,;:!?()-/\"'«»…") + list(" \n\t\r\u00a0")
    + list("\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\u202b\u202c\u2067\u2069")
    + list("ﻻﻷﺍﺑﷲﷺ﷽ﭼﮔﺓﻰＡｚ") + list("abcXYZéàç")
)
news_text = st.text(alphabet=st.sampled_from(_NEWS_CHARS), max_size=80)
any_text = st.text(max_size=60)
either = st.one_of(news_text, any_text)


def _check_offsets(s: str) -> None:
    n = normalize(s)
    assert n.original == s
    m = len(n.text)
    if n.offsets is not None:
        assert len(n.offsets) == m
        assert list(n.offsets) == sorted(n.offsets)
        assert all(0 <= o < len(s) for o in n.offsets)
    else:
        assert m == len(s)
    prev = 0
    for i in range(m + 1):
        for j in range(i, m + 1):
            a, b = n.original_span(i, j)
            assert 0 <= a <= b <= len(s), (i, j, a, b)
            if j > i:
                assert b > a
                # the original span normalizes to (at least) the normalized substring
                if _news_only(s):
                    assert n.text[i:j] in normalize(s[a:b]).text, (i, j)
        assert n.original_index(i) >= prev          # the map never goes backwards
        prev = n.original_index(i)


def _news_only(s: str) -> bool:
    return all(c in _NEWS_SET for c in s)


_NEWS_SET = frozenset(_NEWS_CHARS)


@settings(max_examples=300, deadline=None)
@given(either)
def test_original_span_is_always_valid(s):
    _check_offsets(s)


@settings(max_examples=300, deadline=None)
@given(news_text)
def test_each_character_maps_to_its_normalized_piece(s):
    """Where the map is 1:1 (one original char → one normalized char), normalizing the
    original char alone gives exactly that char; every char's pieces concatenate to the text."""
    n = normalize(s)
    assert n.text == "".join(normalize_char_string(c) for c in s)
    if n.offsets is None:
        return
    counts: dict[int, int] = {}
    for o in n.offsets:
        counts[o] = counts.get(o, 0) + 1
    for i, o in enumerate(n.offsets):
        if counts[o] == 1:
            assert normalize_char_string(s[o]) == n.text[i], (s[o], n.text[i])


@settings(max_examples=300, deadline=None)
@given(news_text)
def test_normalize_and_normalize_char_string_agree(s):
    """Names and lexicon entries (normalize_char_string) must normalize like article text
    (normalize), or a name written next to a presentation form stops matching."""
    assert normalize(s).text == normalize_char_string(s)


@settings(max_examples=300, deadline=None)
@given(either)
def test_normalized_text_has_no_diacritics_tatweel_or_controls(s):
    t = normalize(s).text
    assert not (set(t) & REMOVED), sorted(set(t) & REMOVED)
    assert not (set(normalize_char_string(s)) & REMOVED)


@settings(max_examples=300, deadline=None)
@given(either)
def test_normalize_char_string_is_idempotent(s):
    once = normalize_char_string(s)
    assert normalize_char_string(once) == once
    assert normalize(once).text == once or not _news_only(s)


@settings(max_examples=200, deadline=None)
@given(news_text)
def test_words_of_the_normalized_text_map_back(s):
    """A word found in the normalized text points at original characters that normalize to it
    (what geoparse relies on to report offsets)."""
    n = normalize(s)
    for m in WORD_RE.finditer(n.text):
        a, b = n.original_span(m.start(), m.end())
        assert m.group() in normalize(s[a:b]).text
        # no orphan: the original span starts and ends on characters that survive normalization
        assert normalize_char_string(s[a]) and normalize_char_string(s[b - 1])


@settings(max_examples=300, deadline=None)
@given(st.one_of(news_text, any_text,
                 st.lists(st.sampled_from(["قصف", "غارة.", "هجوم؟", " ", "\n", "\n\n", "- ", "…",
                                           "3.5", "!", "\r\n", "\t"]), max_size=30).map("".join)))
def test_sentence_spans_cover_every_visible_character(text):
    spans = sentence_spans(text)
    last = 0
    covered = set()
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert "\n" not in text[a:b]
        covered.update(range(a, b))
        last = b
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert i in covered, (i, ch)


def test_normalization_of_every_presentation_form_keeps_offsets():
    """All Arabic presentation forms (NFKC expansions up to 18 characters) in one string."""
    s = "".join(chr(c) for c in range(0xFB50, 0xFDFF) if unicodedata.name(chr(c), ""))
    s += "".join(chr(c) for c in range(0xFE70, 0xFEFF) if unicodedata.name(chr(c), ""))
    n = normalize(s)
    assert n.offsets is not None and len(n.offsets) == len(n.text)
    assert n.original_span(0, len(n.text)) == (0, len(s))
    assert not (set(n.text) & REMOVED)


def _reference_normalize(text: str) -> tuple[str, tuple | None]:
    """The plain algorithm (str.translate, one offset per output character) that the fast
    paths of text.normalize (a NumPy table for long texts, caches) must reproduce exactly."""
    import unicodedata

    from geo_tracker import text as T

    compat = T._COMPAT_RE.search(text) is not None
    if not compat:
        out = text.translate(T._TABLE).lower()
        if len(out) == len(text):
            return out, None
        kept: list[int] = []
        prev = 0
        for m in T._DELETE_RE.finditer(text):
            kept.extend(range(prev, m.start()))
            prev = m.end()
        kept.extend(range(prev, len(text)))
        if len(kept) == len(out):
            return out, tuple(kept)
    pieces, offsets = [], []
    for i, ch in enumerate(text):
        if compat and T._COMPAT_RE.match(ch):
            ch = unicodedata.normalize("NFKC", ch)
        rep = ch.translate(T._TABLE).lower()
        pieces.append(rep)
        offsets.extend([i] * len(rep))
    return "".join(pieces), tuple(offsets)


def test_fast_normalization_equals_the_plain_algorithm_on_every_bmp_character():
    from geo_tracker import text as T

    long_pad = "غارات روسية على بادية السخنة " * 12          # long enough for the NumPy path
    for c in range(0x10000):
        ch = chr(c)
        for x in (ch, "ab" + ch + " x", long_pad + ch + "ΑΣ" + ch):
            n = T._normalize(x)
            assert (n.text, n.offsets) == _reference_normalize(x), hex(c)


def test_a_names_initials_end_no_sentence():
    text = "استشهد الشاب (ر. س) برصاص الجندرمة على الحدود. وقتل آخر."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "استشهد الشاب (ر. س) برصاص الجندرمة على الحدود.", "وقتل آخر."]


def test_normalized_index_maps_forth_what_original_index_maps_back():
    from geo_tracker.text import normalize
    n = normalize("قُتِلَ شابان في إدلب")
    for i in range(len(n.text)):
        assert n.normalized_index(n.original_index(i)) <= i
    k = "قُتِلَ شابان في إدلب".index("إدلب")
    assert n.text[n.normalized_index(k):].startswith("ادلب")


def test_a_names_last_initial_ends_no_sentence():
    text = "اغتال مسلحون العقيد م. ع. أمام منزله في حمص. وقتل آخر في حماة."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "اغتال مسلحون العقيد م. ع. أمام منزله في حمص.", "وقتل آخر في حماة."]
