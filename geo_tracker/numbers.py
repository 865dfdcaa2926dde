"""Arabic numerals and number words for casualty and strike counts.

``find_quantities`` finds every count-like quantity in a text: digits (ASCII, Arabic-Indic
``٣٤``, Persian ``۳۴``), number words (``ستة``, ``خمسة وعشرين``, ``ثلاثة آلاف``), their
qualifiers (``نحو``, ``أكثر من``, ``على الأقل``), ranges (``بين 5 و7``, ``ثلاثة أو أربعة``) and
vague quantities (``عشرات``, ``عدد من``). It does not decide what is counted: the event
extractor looks at the noun after the span (``قتلى``, ``غارة`` …). Percentages, years
(``عام 2019``, ``ديسمبر 2025``), days of dates (``20 ديسمبر``, ``18 الجاري``,
``الثلاثين من نيسان``), numeric dates and clock times (``20/12``, ``الساعة 10``, ``10:30``) and
bare decimals are not counts and are skipped. Duals ("قتيلين" = two killed) carry no numeral:
``is_dual_noun`` tells them from look-alike plurals ("مدنيين").

Bounds (``low``/``high``) are conservative and not always tight: "أكثر من 30" gives
``low=30`` (ACLED codes the stated figure), "أقل من 10" ``high=10``, "عشرات" ``low=20``.
``Quantity.estimate`` is the single figure a caller should use: the value, else the low bound,
else the high bound.

Example
-------
>>> [(q.text, q.estimate, q.approx) for q in find_quantities("مقتل نحو 14 عنصراً وإصابة ثلاثة")]
[('نحو 14', 14, True), ('ثلاثة', 3, False)]
>>> parse_number_words("خمسة وعشرين")
25
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import itemgetter, or_
from typing import Any

import yaml

from geo_tracker.paths import lexicon_dir
from geo_tracker.text import normalize_char_string, normalize_known

__all__ = ["Quantity", "find_quantities", "parse_number_words", "is_dual_noun", "dual_count",
           "number_word_values"]

_MARKS_RE = re.compile("[\u064b-\u065f\u0670\u0640]+")


def _extend_marks(text: str, end: int) -> int:
    """Move a span end over the diacritics/tatweel that belong to its last letter."""
    m = _MARKS_RE.match(text, end)
    return m.end() if m else end


@dataclass(frozen=True)
class Quantity:
    """A count found in text.

    ``value`` is the stated figure (also for approximations: "نحو 14" → 14 with ``approx``);
    None for ranges, bounds and vague quantities. ``low``/``high`` are bounds (inclusive,
    conservative). ``vague`` means no figure at all ("عشرات", "عدد من"). ``span`` indexes the
    original text and ``text`` is the expression as written.
    """

    value: int | None
    low: int | None
    high: int | None
    approx: bool
    vague: bool
    span: tuple[int, int]
    text: str

    def shifted(self, delta: int) -> "Quantity":
        """The same quantity with its span moved by ``delta`` (found in a slice of a longer
        text); ``dataclasses.replace(q, span=…)`` without its field-by-field overhead.

        >>> find_quantities("قتل 5 أشخاص")[0].shifted(10).span
        (14, 15)
        """
        return Quantity(self.value, self.low, self.high, self.approx, self.vague,
                        (self.span[0] + delta, self.span[1] + delta), self.text)

    @property
    def estimate(self) -> int | None:
        """The one figure to report: value, else the lower bound, else the upper bound."""
        if self.value is not None:
            return self.value
        return self.low if self.low is not None else self.high


# ------------------------------------------------------------------ lexicon

_UNIT, _TEEN, _TEN, _HUNDRED, _THOUSAND, _THOUSANDS, _MILLION, _MILLIONS = range(8)


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, tuple[int, int]]      # normalized word -> (kind, value)
    teen_words: frozenset[str]
    not_alone: frozenset[str]
    no_article: frozenset[str]
    pre_re: re.Pattern[str]                # qualifier right before a number
    post_re: re.Pattern[str]               # qualifier right after a number (+ noun)
    vague_re: re.Pattern[str]
    vague: dict[str, tuple[int | None, int | None]]
    pre_kind: dict[str, str]
    duals: frozenset[str]
    not_duals: frozenset[str]
    start_words: frozenset[str]            # tokens that can start a number word phrase
    vague_first: frozenset[str]            # tokens that can start a vague quantity
    date_after_re: re.Pattern[str]         # a month name or "الجاري" after a day number
    month_before_re: re.Pattern[str]       # a month name before a year


def _n(s: str) -> str:
    return normalize_char_string(str(s)).strip()


def _bounded(pattern: str) -> str:
    """Bound whitespace runs: adjacent ``\\s*`` would backtrack quadratically on long blanks."""
    return pattern.replace(r"\s*", r"\s{0,4}").replace(r"\s+", r"\s{1,4}")


def _alt(words: list[str]) -> str:
    ws = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    with open(lexicon_dir() / "numbers.yaml", encoding="utf-8") as f:
        d: dict[str, Any] = yaml.safe_load(f)
    words: dict[str, tuple[int, int]] = {}
    for value, ws in d["units"].items():
        for w in ws:
            words[_n(w)] = (_UNIT, int(value))
    for value, ws in d["tens"].items():
        for w in ws:
            words[_n(w)] = (_TEN, int(value))
    for value, ws in d["hundreds"].items():
        for w in ws:
            words[_n(w)] = (_HUNDRED, int(value))
    for value, ws in d["thousands"].items():
        for w in ws:
            words[_n(w)] = (_THOUSAND, int(value))
    for w in d["thousands_plural"]:
        words[_n(w)] = (_THOUSANDS, 1000)
    for value, ws in d["millions"].items():
        for w in ws:
            words[_n(w)] = (_MILLION, int(value))
    for w in d["millions_plural"]:
        words[_n(w)] = (_MILLIONS, 1_000_000)
    pre_kind: dict[str, str] = {}
    for kind, ws in d["qualifiers"].items():
        for w in ws:
            pre_kind[re.sub(r"\s+", " ", _n(w))] = kind
    post_kind = {re.sub(r"\s+", " ", _n(w)): k for k, ws in d["post_qualifiers"].items() for w in ws}
    pre_re = re.compile(_bounded(r"(?<!\w)[وبلف]?(?P<q>" + _alt(list(pre_kind)) + r")\s*(?:ال\s*)?\Z"))
    post_re = re.compile(_bounded(r"(?:\s+[^\s\d]+){0,2}?\s+(?P<q>" + _alt(list(post_kind)) + r")(?!\w)"))
    vague = {re.sub(r"\s+", " ", _n(k)): (v.get("low"), v.get("high")) for k, v in d["vague"].items()}
    vague_re = re.compile(_bounded(r"(?<!\w)(?:[وبلف])?(?P<v>" + _alt(list(vague)) + r")(?!\w)"))
    duals = {_n(w) for w in d.get("duals", [])}
    for s in d.get("dual_singulars", []):
        s = _n(s)
        stem = s[:-1] + "ت" if s.endswith("ه") else s
        duals.update({stem + "ين", stem + "ان"})
    not_duals = frozenset(_n(w) for w in d.get("ambiguous_plurals", []))
    # month names straight from the dates lexicon (not through geo_tracker.dates, whose own
    # lexicon needs this one: importing it here would recurse)
    with open(lexicon_dir() / "dates.yaml", encoding="utf-8") as fh:
        dy = yaml.safe_load(fh)
    months = _alt([_n(name) for key in ("gregorian", "hijri") for names in dy["months"][key].values()
                   for name in names])
    date_after_re = re.compile(_bounded(
        r"\s*(?:من\s+)?(?:شهر\s+)?(?:ال)?(?:" + months + r")(?!\w)"
        r"|\s+(?:من\s+)?(?:الشهر\s+)?(?:الجاري|الماضي|الحالي|المنصرم|المقبل|القادم|الفايت)(?!\w)"))
    month_before_re = re.compile(_bounded(r"(?<!\w)(?:ال)?(?:" + months + r")\s*[,(/)]?\s*\Z"))
    return _Lexicon(
        words=words,
        teen_words=frozenset(_n(w) for w in d["teen_word"]),
        not_alone=frozenset(_n(w) for w in d["not_alone"]),
        no_article=frozenset(_n(w) for w in d["no_article"]),
        pre_re=pre_re, post_re=post_re, vague_re=vague_re, vague=vague, pre_kind=pre_kind,
        duals=frozenset(duals - not_duals), not_duals=not_duals,
        date_after_re=date_after_re, month_before_re=month_before_re,
        start_words=frozenset(pre + w for w in words
                              for pre in ("", "و", "ب", "ل", "ف", "ال", "بال", "وال", "فال")
                              ) | frozenset("لل" + w for w in words),
        vague_first=frozenset(pre + k.split()[0] for k in vague for pre in ("", "و", "ب", "ل", "ف")),
    )


def number_word_values() -> dict[str, int]:
    """Normalized single number words (units, tens, hundreds, ألف…) and their values.

    >>> number_word_values()["ثلاثه"]
    3
    """
    return {w: v for w, (k, v) in _lexicon().words.items()}


def ambiguous_plurals() -> frozenset[str]:
    """Normalized plurals spelled like duals (numbers.yaml's ``ambiguous_plurals``: "مدنيين",
    "آخرين"): never a count of two by themselves.

    >>> "اخرين" in ambiguous_plurals()
    True
    """
    return _lexicon().not_duals


# ------------------------------------------------------------------ number words

_CLITICS = ("و", "ب", "ل", "ف")


def _word(tok: str, first: bool, lex: _Lexicon) -> tuple[int, int, bool] | None:
    """Look up one token: (kind, value, had_conjunction) or None.

    The first token of a number may carry a clitic (بثلاثة، لخمسة) or "ال" (الثلاثة); later
    tokens may start with the conjunction و (وعشرين).
    """
    w = lex.words.get(tok)
    if w is not None:
        return w[0], w[1], False
    if tok.startswith("و") and tok[1:] in lex.words:
        k, v = lex.words[tok[1:]]
        return k, v, True
    if first:
        for pre in ("ال", "بال", "وال", "لل", "فال", "ب", "ل", "ف"):
            if tok.startswith(pre) and len(tok) > len(pre) + 1:
                rest = tok[len(pre):]
                if pre == "لل":
                    rest = tok[2:]
                if rest in lex.words:
                    if "ال" in pre or pre == "لل":
                        if rest in lex.no_article:
                            return None
                    k, v = lex.words[rest]
                    return k, v, False
    return None


def _parse_words(toks: list[str], lex: _Lexicon, lone_ok: bool = False) -> tuple[int, int]:
    """Parse the longest number phrase at the start of ``toks``: (value, tokens used).

    Returns (0, 0) when ``toks`` does not start with a number word.
    """
    total = 0
    group = 0
    used = 0
    last_class = 9        # magnitude class of the last component: 4 millions, 3 thousands, 2 hundreds, 1 units/tens
    last_kind = -1
    last_unit = 0
    had_ten = False
    i = 0
    while i < len(toks):
        w = _word(toks[i], i == 0, lex)
        if w is None:
            break
        kind, val, conj = w
        if i > 0 and not conj:
            # Adjacent without و: only unit+عشر, unit+مئة, N+ألف/آلاف/مليون/ملايين.
            if kind == _UNIT and val == 10 and toks[i] in lex.teen_words and last_kind == _UNIT \
                    and 1 <= last_unit <= 9 and not had_ten:
                group += 10
                last_kind = _TEEN
                i += 1
                used = i
                continue
            if kind == _HUNDRED and val == 100 and last_kind == _UNIT and 1 <= last_unit <= 9 \
                    and group == last_unit:
                group = last_unit * 100
                last_kind, last_class = _HUNDRED, 2
                i += 1
                used = i
                continue
            if kind == _THOUSAND and toks[i] == "الفا" and group >= 11:
                kind, val = _THOUSAND, 1000           # "خمسون ألفاً": accusative, not the dual
            if kind in (_THOUSAND, _THOUSANDS, _MILLION, _MILLIONS) and val in (1000, 1_000_000) \
                    and group > 0:
                if kind in (_THOUSANDS, _MILLIONS) and not 3 <= group <= 10:
                    break
                if kind in (_THOUSAND, _MILLION) and group < 11:
                    break
                total += group * val
                group = 0
                last_kind, last_class = kind, (3 if val == 1000 else 4)
                i += 1
                used = i
                continue
            break
        if i > 0 and conj:
            cls = {_UNIT: 1, _TEN: 1, _HUNDRED: 2, _THOUSAND: 3, _MILLION: 4}.get(kind)
            if cls is None:
                break
            unit_then_ten = kind == _TEN and last_kind == _UNIT and not had_ten and last_class == 1
            if not (cls < last_class or unit_then_ten):
                break
        if kind in (_THOUSANDS, _MILLIONS):
            break                            # "آلاف" alone is vague, not a number
        if kind in (_THOUSAND, _MILLION):
            total += val
            last_class = 3 if kind == _THOUSAND else 4
        else:
            group += val
            last_class = 2 if kind == _HUNDRED else 1
            if kind == _TEN:
                had_ten = True
        last_kind = kind
        last_unit = val if kind == _UNIT else 0
        i += 1
        used = i
    if used == 0:
        return 0, 0
    # A lone word that is a number only inside a compound ("أحد" = one of).
    if used == 1 and not lone_ok and _strip_clitic(toks[0], lex) in lex.not_alone:
        return 0, 0
    return total + group, used


def _strip_clitic(tok: str, lex: _Lexicon) -> str:
    if tok in lex.words:
        return tok
    for pre in ("بال", "وال", "فال", "ال", "ب", "ل", "ف", "و"):
        if tok.startswith(pre) and tok[len(pre):] in lex.words:
            return tok[len(pre):]
    return tok


def parse_number_words(s: str) -> int | None:
    """Parse a whole string of Arabic number words (or digits) into an int.

    Handles genders and cases (ثلاثة/ثلاث، اثنان/اثنين/اثنتين، عشرون/عشرين), teens (أربعة عشر),
    compounds with و (خمسة وعشرون، مئة وخمسون، ألف ومئتان), hundreds (مئة/مائة، مئتين،
    ثلاثمئة، ثلاث مئة) and thousands (ألف، ألفين، ثلاثة آلاف، عشرين ألف, "20 ألف").
    A lone "أحد"/"إحدى" is 1 here (the caller says the string is a number); ``find_quantities``
    skips it in running text, where it means "one of". Vague plurals ("آلاف", "عشرات") are not
    numbers: None (``find_quantities`` gives their bounds). Returns None when ``s`` is not
    entirely a number ("عنصراً", "خمسة ثلاثة").

    >>> parse_number_words("ثلاثمئة وخمسة وعشرين")
    325
    >>> parse_number_words("ثلاثة آلاف")
    3000
    >>> parse_number_words("عنصراً") is None
    True
    """
    if not isinstance(s, str):
        return None
    toks = normalize_char_string(s).split()
    if not toks:
        return None
    lex = _lexicon()
    if toks[0].isdigit() and toks[0].isascii():
        n = int(toks[0])
        if len(toks) == 1:
            return n
        if len(toks) == 2:
            k = lex.words.get(toks[1])
            if k and k[0] in (_THOUSAND, _THOUSANDS, _MILLION, _MILLIONS) and k[1] in (1000, 1_000_000):
                return n * k[1]
        return None
    value, used = _parse_words(toks, lex, lone_ok=True)
    if used != len(toks) or used == 0:
        return None
    return value


# ------------------------------------------------------------------ duals

def is_dual_noun(word: str) -> bool:
    """True if ``word`` is the dual of a known countable noun (a count of two).

    Only nouns with a broken plural are duals without doubt: "قتيلين" (plural قتلى),
    "عنصرين" (عناصر), "غارتين" (غارات). "مدنيين", "مسلحين", "مقاتلين" are spelled the same as
    their plurals and are never taken as two. Clitics (و، ب، ل، ال) are ignored.

    >>> is_dual_noun("وقتيلين"), is_dual_noun("مدنيين")
    (True, False)
    """
    if not isinstance(word, str) or not word:
        return False
    lex = _lexicon()
    w = normalize_char_string(word.strip())
    cands = [w]
    for pre in ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف"):
        if w.startswith(pre) and len(w) - len(pre) >= 4:
            cands.append(w[len(pre):])
    if any(c in lex.not_duals for c in cands):
        return False
    return any(c in lex.duals for c in cands)


def dual_count(word: str) -> int | None:
    """2 if ``word`` is a known dual noun (see ``is_dual_noun``), else None."""
    return 2 if is_dual_noun(word) else None


# ------------------------------------------------------------------ find_quantities

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")     # (the tokens and what lies between)
_FIRST = itemgetter(0)
_ARTICLE_BEFORE_RE = re.compile(r"(?<!\w)ال\s*\Z")
_ANY_DIGIT_RE = re.compile(r"\d")
_PUNCT = ",.;:()[]\"'!?«»“”-–—/…"
_MULT_AFTER_RE = re.compile(_bounded(r"\s*(الف|الفا|الاف|مليون|مليونا|ملايين|مليار)(?!\w)"))
_NOT_COUNT_AFTER_RE = re.compile(_bounded(r"\s*(?:%|بالمئه|بالمائه|في\s*الميه|في\s+المئه|في\s+المائه|بالميه)"
                                 r"|[./:\-]\d|\s*(?:درجه|كم|كيلومتر|كيلو|متر|م\b)"))
_YEAR_BEFORE_RE = re.compile(_bounded(
    r"(?<!\w)(?:عام|العام|سنه|السنه|عامي|سنتي|منذ|في|بعد|قبل|حتي|مطلع|نهايه|بدايه|اوائل|اواخر|منتصف)"
    r"(?:\s+(?:الحالي|الجاري|الماضي|المنصرم|المقبل|القادم|الفايت))?\s*\Z"))
_RANGE_RE = re.compile(_bounded(r"\s*(?:-|–|الي|او|حتي|لغايه)\s*(?:ال\s*)?"))
_DASH_RANGE_RE = re.compile(_bounded(r"\s*[-–]\s*\d{1,6}(?![\d/.:\-])"))
_BETWEEN_RE = re.compile(_bounded(r"(?<!\w)(?:ما\s+)?بين\s+(?:ال\s*)?\Z"))
_TIME_BEFORE_RE = re.compile(_bounded(r"(?<!\w)ال?ساعه\s*(?:ال\s*)?\Z"))
# the unit of an ordinal teen ("الحادي عشر", "الثالثة عشرة") before its "عشر"
_ORDINAL_UNIT_BEFORE_RE = re.compile(r"(?:^|\s)ال(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ه?\s+$")
_NEXT_DAY_RE = re.compile(r"\s{0,3}(?:[-–—]|و|الي|حتي)\s{0,3}\d{1,2}(?!\d)")
_AND_RE = re.compile(_bounded(r"\s+و\s*(?:ال\s*)?"))


def _digits_at(norm: str, pos: int) -> tuple[int, int] | None:
    """A count in digits starting at ``pos``: (value, end) or None."""
    m = _NUM_RE.match(norm, pos)
    if not m:
        return None
    raw = m.group(1)
    end = m.end()
    mult = _MULT_AFTER_RE.match(norm, end)
    if "." in raw or "," in raw:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):
            value = float(raw.replace(",", ""))
        elif mult and re.fullmatch(r"\d+[.,]\d+", raw):
            value = float(raw.replace(",", "."))
        else:
            return None
    else:
        value = float(raw)
    if mult:
        value *= {"الف": 1000, "الفا": 1000, "الاف": 1000, "مليون": 1_000_000,
                  "مليونا": 1_000_000, "ملايين": 1_000_000, "مليار": 1_000_000_000}[mult.group(1)]
        end = mult.end()
    if _NOT_COUNT_AFTER_RE.match(norm, end) and not _DASH_RANGE_RE.match(norm, end):
        return None
    return int(value), end


_NUM_RE = re.compile(r"(\d+(?:[.,]\d+)*)(?!\d)")
_DIGIT_PREFIXES = frozenset({"ال", "و", "ب", "ل", "ف", "ك", "وال", "بال", "لل", "فال", "وب", "ول"})


def find_quantities(text: str) -> list[Quantity]:
    """Find counts in ``text`` (digits, number words, qualifiers, ranges, vague words).

    Spans index the original ``text``. Never raises on any string.

    >>> [(q.low, q.high) for q in find_quantities("مقتل أكثر من 30 شخصاً")]
    [(30, None)]
    >>> [(q.low, q.high, q.vague) for q in find_quantities("سقوط عشرات القتلى")]
    [(20, 99, True)]
    """
    if not isinstance(text, str) or not text:
        return []
    lex = _lexicon()
    quick = normalize_char_string(text)
    if not _ANY_DIGIT_RE.search(quick):
        words = set(map(str.strip, quick.split(), repeat(_PUNCT)))
        if lex.start_words.isdisjoint(words) and lex.vague_first.isdisjoint(words):
            return []
    n = normalize_known(text, quick)
    norm = n.text
    # the tokens (start, end, text), from one split: separators and tokens alternate, so the
    # running sum of the parts' lengths gives every offset without a Python loop
    parts = _TOKEN_SPLIT_RE.split(norm)
    words = parts[1::2]
    ends = list(accumulate(map(len, parts)))
    toks = list(zip(ends[0::2], ends[1::2], words))
    # only the tokens that can start a number are visited: digits and number words
    cands = compress(range(len(words)), map(or_, map(str.isdecimal, map(_FIRST, words)),
                                            map(lex.start_words.__contains__, words)))
    out: list[Quantity] = []
    taken_until = 0
    i = 0
    for c in cands:
        if c < i:
            continue                         # inside the number just read
        i = c
        s, e, tok = toks[i]
        if s < taken_until:
            continue
        if (tok in ("عشر", "عشره") or tok.startswith("وال")) and _ORDINAL_UNIT_BEFORE_RE.search(norm, max(0, s - 12), s):
            continue                         # "في الحادي عشر من الشهر", "الخامس والعشرين": an ordinal, no count
        first = _number_at(norm, toks, i, lex)
        if first is None:
            continue
        value, end, j = first
        if tok[0].isdecimal():
            nxt = _NEXT_DAY_RE.match(norm, end)
            if nxt and lex.date_after_re.match(norm, nxt.end()):
                continue                     # "5 - 6 يناير", "24 و27 تشرين": days of a date range
        start = s
        # "الـ 17" → include the article in the span.
        m_al = _ARTICLE_BEFORE_RE.search(norm[max(0, s - 4):s]) if tok[0].isdecimal() else None
        if m_al:
            start = s - (len(norm[max(0, s - 4):s]) - m_al.start())
        low = high = value
        val: int | None = value
        approx = False
        # range: "5-7", "5 إلى 7", "ثلاثة أو أربعة", "بين 5 و7"
        second = None
        mr = _RANGE_RE.match(norm, end)
        between = _BETWEEN_RE.search(norm, max(0, start - 12, taken_until), start)
        if between:
            mr = _AND_RE.match(norm, end) or mr
        if mr:
            k = _tok_index(toks, mr.end(), j)
            if k is not None:
                second = _number_at(norm, toks, k, lex, second=True)
                if second is not None and second[0] < value:
                    second = None
        if between and second is None and j < len(toks) and toks[j][2].startswith("و") and len(toks[j][2]) > 2 \
                and norm[end:toks[j][0]].isspace():
            # "ما بين خمسة وسبعة": the second number word carries the و
            second = _number_at(norm, toks, j, lex, second=True)
            if second is not None and second[0] <= value:
                second = None
        if second is not None:
            low, high, val, approx = value, second[0], None, True
            end, j = second[1], second[2]
            if between:
                start = between.start()
        # qualifier before
        mq = lex.pre_re.search(norm, max(0, start - 25, taken_until), start)
        if mq and second is None:
            kind = lex.pre_kind.get(re.sub(r"\s+", " ", mq.group("q")), "approx")
            approx = True
            start = mq.start("q")
            if kind == "more" or kind == "atleast":
                val, low, high = None, value, None
            elif kind in ("less", "upto"):
                val, low, high = None, None, value
            else:
                low = high = None
        elif second is None:
            mp = lex.post_re.match(norm, end)
            if mp:
                approx = True
                if mp.group("q").startswith("علي"):
                    val, low, high = None, value, None
                else:
                    low = high = None
                if mp.start("q") - end <= 2:
                    end = mp.end("q")
        a, b = n.original_span(start, end)
        b = _extend_marks(text, b)
        out.append(Quantity(val, low, high, approx, False, (a, b), text[a:b]))
        taken_until = end
        i = j
    # vague quantities
    vague_hits = lex.vague_first.intersection(words)
    for m in (lex.vague_re.finditer(norm) if vague_hits else ()):
        s, e = m.start("v"), m.end("v")
        a, b = n.original_span(s, e)
        if any(q.span[0] < b and a < q.span[1] for q in out):
            continue
        lo, hi = lex.vague[re.sub(r"\s+", " ", m.group("v"))]
        mq = lex.pre_re.search(norm, max(0, s - 25), s)
        if mq:
            a2, _ = n.original_span(mq.start("q"), e)
            if not any(x.span[0] < b and a2 < x.span[1] for x in out):
                a = a2
        b = _extend_marks(text, b)
        out.append(Quantity(None, lo, hi, True, True, (a, b), text[a:b]))
    out.sort(key=lambda q: q.span)
    return out


def _tok_index(toks: list[tuple[int, int, str]], pos: int, start: int) -> int | None:
    for k in range(start, min(start + 3, len(toks))):
        if toks[k][0] == pos:
            return k
    return None


def _number_at(norm: str, toks: list[tuple[int, int, str]], i: int,
               lex: _Lexicon, second: bool = False) -> tuple[int, int, int] | None:
    """A number starting at token ``i``: (value, normalized end, next token index) or None."""
    s, e, tok = toks[i]
    if tok[0].isdecimal():
        if s > 0 and norm[s - 1] in "./:-_" and not (second and norm[s - 1] == "-"):
            return None
        if s > 0 and norm[s - 1].isalpha():
            # Letters glued to the digits: only a clitic or the article ("و7", "الـ17", "بـ34").
            p = s
            while p > 0 and norm[p - 1].isalpha():
                p -= 1
            if norm[p:s] not in _DIGIT_PREFIXES:
                return None
        if len(tok) == 4 and 1900 <= int(tok.replace(",", "").split(".")[0] or 0) <= 2100 \
                and _YEAR_BEFORE_RE.search(norm, max(0, s - 20), s):
            return None
        if len(tok) <= 2 and lex.date_after_re.match(norm, e):
            return None                      # a day of a date: "20 ديسمبر", "18 الجاري"
        if len(tok) == 4 and lex.month_before_re.search(norm, max(0, s - 30), s):
            return None                      # the year of a date: "ديسمبر 2025"
        if _TIME_BEFORE_RE.search(norm, max(0, s - 10), s):
            return None                      # a clock time: "الساعة 10"
        r = _digits_at(norm, s)
        if r is None:
            return None
        value, end = r
        j = i + 1
        while j < len(toks) and toks[j][0] < end:
            j += 1
        return value, end, j
    words = [t for _, _, t in toks[i:i + 8]]
    # Number words must be consecutive words separated by spaces only.
    k = 1
    while k < len(words) and toks[i + k][0] - toks[i + k - 1][1] <= 2 \
            and norm[toks[i + k - 1][1]:toks[i + k][0]].isspace():
        k += 1
    value, used = _parse_words(words[:k], lex)
    if used == 0:
        return None
    end = toks[i + used - 1][1]
    if words[used - 1].startswith(("ال", "وال")) and lex.date_after_re.match(norm, end):
        return None                          # an ordinal day: "الثلاثين من نيسان"
    return value, end, i + used
