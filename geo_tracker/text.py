"""Arabic text normalization that keeps offsets into the original text.

News spells the same name many ways: ``أثريا``/``اثريا``, ``السخنة``/``السخنه``, with or without
diacritics and tatweel, with Persian letter forms or Arabic-Indic digits. Matching is done on a
normalized copy; ``Normalized.span`` maps a span of the copy back to the original string so
mentions report offsets (Python ``str`` indices) into the article as written.

Example
-------
>>> n = normalize("غاراتٌ على أثريـا")
>>> n.text
'غارات علي اثريا'
>>> n.original_span(10, 15)
(11, 17)
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

# Characters removed: Arabic diacritics (harakat, shadda, sukun, dagger alef, Quranic marks),
# tatweel, and invisible format characters (ZWJ/ZWNJ/LRM/RLM/BOM, bidi controls).
_DELETE = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
)
# One-to-one replacements: hamza/alef forms, taa marbuta, alef maqsura, Persian/Urdu forms,
# Arabic-Indic and Eastern Arabic-Indic digits, Arabic punctuation; the underscore of a hashtag
# ("#خان_شيخون") is a space between its words.
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه",
    "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ئ": "ي",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "ٮ": "ب", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "_": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)

_TABLE = str.maketrans({**_MAP, **{c: None for c in _DELETE}})
_DIGIT_TABLE = str.maketrans({k: v for k, v in _MAP.items() if v.isdigit()})


#: The ints 0 … 65535, shared: an article's offsets are runs of consecutive indices, copied from
#: here as slices rather than built one int object per character.
_INDICES = tuple(range(1 << 16))


def _seq_table(table: dict[int, str | None]) -> tuple:
    """``table`` as a tuple indexed by code point (the BMP; ``translate`` keeps a character past
    the end, as one missing from the dict): the same translation, twice as fast on Arabic text
    (a tuple index instead of a dict lookup per character)."""
    if any(k >= 0x10000 for k in table):
        raise ValueError("translation tables map BMP characters only")
    seq: list = list(_INDICES)
    for k, v in table.items():
        seq[k] = v
    return tuple(seq)


_TABLE_SEQ = _seq_table(_TABLE)
_DIGIT_TABLE_SEQ = _seq_table(_DIGIT_TABLE)


def ascii_digits(s: str) -> str:
    """``s`` with Arabic-Indic and Eastern Arabic-Indic digits as ASCII digits, nothing else changed."""
    return s.translate(_DIGIT_TABLE_SEQ)
_DELETE_RE = re.compile("[" + "".join(re.escape(c) for c in _DELETE) + "]+")
# Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) and other compatibility characters need
# NFKC, which may expand one character into several (ﻻ → لا).
_COMPAT_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe\uff01-\uff5e]")


@dataclass(frozen=True)
class Normalized:
    """A normalized copy of ``original`` and the map back.

    ``offsets[i]`` is the index in ``original`` of the character that produced ``text[i]``;
    ``offsets`` is None when the normalization did not change the length (identity map).
    """

    original: str
    text: str
    offsets: tuple[int, ...] | None

    def original_index(self, i: int) -> int:
        """Original index of normalized index ``i`` (``i == len(text)`` maps to the end)."""
        if self.offsets is None:
            return i
        if i >= len(self.offsets):
            return len(self.original)
        return self.offsets[i]

    def normalized_index(self, i: int) -> int:
        """The first index of ``text`` whose character comes from ``original[i:]`` (the map forth)."""
        if self.offsets is None:
            return i
        return bisect.bisect_left(self.offsets, i)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span ``[start, end)`` of ``text`` back to ``original``."""
        if self.offsets is None:
            return start, end
        if end <= start:
            s = self.original_index(start)
            return s, s
        return self.offsets[start], self.offsets[end - 1] + 1


#: Short strings normalized so far (names, qualifiers, gaps between mentions repeat a lot).
_NCS_CACHE: dict[str, str] = {}
_NCS_CACHE_MAX_LEN = 64
_NCS_CACHE_SIZE = 200_000


_CHANGE_RE: list = []


def _changes(text: str) -> bool:
    """Can normalization change ``text``? False when it has no character that is deleted,
    mapped, compatibility-decomposed or lower-cased, so normalizing is the identity (the event
    extractor passes slices of an already normalized article). A one-regex test."""
    if not _CHANGE_RE:
        # every character normalization touches: the table, the compatibility ranges, the
        # BMP characters ``lower`` changes (Σ, whose lower case depends on context, among
        # them) and, to be safe, everything beyond the BMP
        cps = set(_TABLE) | {c for c in range(0x10000) if chr(c).lower() != chr(c)}
        cps |= set(range(0xFB50, 0xFE00)) | set(range(0xFE70, 0xFEFF)) | set(range(0xFF01, 0xFF5F))
        cps -= set(range(0xD800, 0xE000))                  # surrogates: cannot stand in a class
        ranges, run = [], None
        for c in sorted(cps):
            if run and c == run[1] + 1:
                run[1] = c
            else:
                run = [c, c]
                ranges.append(run)
        cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                      for a, b in ranges)
        _CHANGE_RE.append(re.compile(f"[{cls}\U00010000-\U0010FFFF\ud800-\udfff]"))
    return _CHANGE_RE[0].search(text) is not None


def normalize_char_string(s: str) -> str:
    """Normalize a short string (a name, a lexicon entry) without keeping offsets.

    >>> normalize_char_string("بريـف إدلب")
    'بريف ادلب'
    """
    got = _NCS_CACHE.get(s)
    if got is None:
        got = _normalize_char_string(s)
        if len(s) <= _NCS_CACHE_MAX_LEN:
            if len(_NCS_CACHE) >= _NCS_CACHE_SIZE:
                _NCS_CACHE.clear()
            _NCS_CACHE[s] = got
    return got


def _normalize_char_string(s: str) -> str:
    if not _changes(s):
        return s
    if _COMPAT_RE.search(s):
        # only the compatibility characters, as ``normalize`` does, so both agree
        s = _COMPAT_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), s)
    if len(s) >= _NP_MIN_LEN:
        return _translate(s, kept=False)[0].lower()
    return s.translate(_TABLE_SEQ).lower()


#: Texts at least this long (whole articles) are normalized once: the geoparser and the event
#: extractor both normalize the same article, one right after the other.
NORMALIZE_CACHE_MIN_LEN = 256


def normalize(text: str) -> Normalized:
    """Normalize Arabic ``text`` for matching, keeping a map back to the original.

    Fast path: one ``str.translate`` when nothing is deleted or expanded (most news text has
    few diacritics); otherwise the offset map is built from the kept positions. The result is
    immutable; the last few long texts are remembered (an article is normalized once for
    geoparsing and events).
    """
    if len(text) >= NORMALIZE_CACHE_MIN_LEN:
        return _normalize_cached(text)
    return _normalize(text)


def normalize_known(text: str, norm: str) -> Normalized:
    """``normalize(text)`` for a caller that has ``norm == normalize_char_string(text)`` at hand
    (a cheap pre-check ran on it): the text is not translated again, only the offsets are built
    (from the deleted characters' runs), and only if anything was deleted.

    >>> t = "غاراتٌ على أثريـا"
    >>> normalize_known(t, normalize_char_string(t)) == normalize(t)
    True
    """
    if len(text) <= len(_INDICES) and _COMPAT_RE.search(text) is None:
        # (as ``_normalize`` without compatibility characters: ``norm`` is its text)
        if len(norm) == len(text):
            return Normalized(text, norm, None)
        kept: list[int] = []
        prev = 0
        for m in _DELETE_RE.finditer(text):
            kept += _INDICES[prev:m.start()]
            prev = m.end()
        kept += _INDICES[prev:len(text)]
        if len(kept) == len(norm):
            return Normalized(text, norm, tuple(kept))
    return normalize(text)


#: From this length on ``str.translate`` (a dict lookup per character) is replaced by one
#: NumPy table lookup over the code points: ~8x faster on an article, same result.
_NP_MIN_LEN = 200
_NP_DELETED = 0x110000          # beyond Unicode: marks a deleted character in the table
_NP_TABLE: list = []            # [the lookup table] once built, [None] if not usable


def _np_table():
    if not _NP_TABLE:
        table = None
        if all(v is None or len(v) == 1 for v in _TABLE.values()):
            import numpy as np

            table = np.arange(0x110000, dtype=np.uint32)
            for k, v in _TABLE.items():
                table[k] = _NP_DELETED if v is None else ord(v)
        _NP_TABLE.append(table)
    return _NP_TABLE[0]


def _translate(text: str, kept: bool = True):
    """``(text.translate(_TABLE), kept)``: ``kept`` lists the indices of the characters not
    deleted, or is None (nothing deleted, or not asked for or not computed)."""
    if len(text) >= _NP_MIN_LEN:
        table = _np_table()
        if table is not None:
            import numpy as np

            try:
                cps = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
            except UnicodeEncodeError:     # lone surrogates
                cps = None
            if cps is not None:
                mapped = table[cps]
                keep = mapped != _NP_DELETED
                out_cps = mapped[keep]
                out = out_cps.astype("<u4").tobytes().decode("utf-32-le")
                if len(out_cps) == len(cps) or not kept:
                    return out, None
                gone = np.flatnonzero(~keep)
                if len(cps) <= len(_INDICES) and 32 * len(gone) <= len(cps):
                    return out, _kept_indices(gone.tolist(), len(cps))   # (a few diacritics: runs)
                return out, np.flatnonzero(keep).tolist()
    return text.translate(_TABLE_SEQ), None


def _kept_indices(deleted: list[int], n: int) -> list[int]:
    """The indices ``0 … n-1`` (``n <= len(_INDICES)``) but the ``deleted`` ones (sorted)."""
    out: list[int] = []
    prev = 0
    for d in deleted:
        out += _INDICES[prev:d]
        prev = d + 1
    out += _INDICES[prev:n]
    return out


def _normalize(text: str) -> Normalized:
    if not _changes(text):
        return Normalized(text, text, None)       # already normalized (a slice of a normalized text)
    compat = _COMPAT_RE.search(text) is not None
    if not compat:
        translated, kept_np = _translate(text)
        out = translated.lower()
        if len(out) == len(text):
            return Normalized(text, out, None)
        # Only deletions happened: offsets are the indices of kept characters (built from the
        # few deleted positions with C-level range copies). ``lower`` keeps length for Arabic
        # and almost all Latin; check and fall back if it did not.
        kept: list[int] = []
        if kept_np is not None:
            kept = kept_np
        else:
            prev = 0
            for m in _DELETE_RE.finditer(text):
                kept.extend(range(prev, m.start()))
                prev = m.end()
            kept.extend(range(prev, len(text)))
        if len(kept) == len(out):
            return Normalized(text, out, tuple(kept))
    pieces: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if compat and _COMPAT_RE.match(ch):
            ch = unicodedata.normalize("NFKC", ch)
        rep = ch.translate(_TABLE).lower()
        pieces.append(rep)
        offsets.extend([i] * len(rep))
    return Normalized(text, "".join(pieces), tuple(offsets))


_normalize_cached = functools.lru_cache(maxsize=8)(_normalize)


# ---------------------------------------------------------------- sentences and tokens

# What ends a sentence: the blanks after . ! ? ؟ … (group 1), a blank line, a line break (before
# a bullet or not), a carriage return. The pattern starts with the class of the separators' first
# characters, so the regex engine skips to them at C speed (3x faster than trying every
# alternative at every position); the lookbehinds tell which one was found.
_SENT_END_RE = re.compile(r"[.!?؟…\r\n](?:(?<=[.!?؟…])(\s+)|(?<=\n)\s*\n|(?<=\n)(?=\s*[-•*]\s)|(?<=\r)\n?|(?<=\n))")
# a name's initials: one letter after a bracket or a blank, its stop, one letter more ("(ر. س)", "م. ع.")
_INITIALS_RE = re.compile(r"[(\s][\u0621-\u064A]\.\s+[\u0621-\u064A](?:[.)\s]|$)")
# ... and the stop of the last of them ("العقيد م. ع. أمام منزله")
_LAST_INITIAL_RE = re.compile(r"(?:^|[(\s])[\u0621-\u064A]\.\s+[\u0621-\u064A]\.$")
WORD_RE = re.compile(r"[0-9A-Za-z\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]+")


def line_start(norm: str, pos: int) -> int:
    """Where the sentence or line holding ``pos`` starts: after the last full stop or line break
    before it (0 when none)."""
    return max(norm.rfind(".", 0, pos), norm.rfind("\n", 0, pos)) + 1


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans (start, end), trimming whitespace.

    A sentence ends at ``.``, ``!``, ``?``/``؟`` followed by space, or at a line break (news
    paragraphs and bullet lines are sentences of their own). The spans of the last few long
    texts are remembered (the geoparser and the event extractor split the same article).
    """
    if len(text) >= NORMALIZE_CACHE_MIN_LEN:
        return list(_sentence_spans_cached(text))
    return _sentence_spans(text)


@functools.lru_cache(maxsize=8)
def _sentence_spans_cached(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_sentence_spans(text))


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.start(1)   # (after the punctuation, which stays in the sentence)
        if end >= 0 and text[m.start()] == "." and (_INITIALS_RE.match(text, max(0, m.start() - 2))
                                                    or _LAST_INITIAL_RE.search(text, max(0, m.start() - 8), m.start() + 1)):
            continue   # a name's initials ("استشهد الشاب (ر. س) برصاص الجندرمة", "العقيد م. ع. أمام منزله"):
            # no sentence ends
        _add_span(text, pos, m.start() if end < 0 else end, spans)
        pos = m.end()
    _add_span(text, pos, len(text), spans)
    return spans


def _add_span(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))
