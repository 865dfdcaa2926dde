"""Words of the normalized text: the Arabic letters, the words before and after a position, and
proclitics ("وال", "بال", "و" …) stripped off a word."""
from __future__ import annotations

import functools
import re

_AR = r"0-9a-z\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
_WORD = re.compile(f"[{_AR}]+")

_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")    # longest first
# a preposition takes no prepositional clitic: "بلدي" (of "عنب بلدي") is no "ب" + "لدى"
_NO_CLITIC_BEFORE = frozenset({"لدي"})


@functools.lru_cache(maxsize=65536)
def _strip_clitic(w: str) -> str:
    for p in _CLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3 and not (p in ("ب", "ل") and w[len(p):] in _NO_CLITIC_BEFORE):
            return w[len(p):]
    return w


@functools.lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Normalized words of a time aside: a day's parts and the weekdays (``dates.yaml``) and "اليوم",
    "أمس", "الأول", "الماضي", "الفائت" ("قُتل أمس ثلاثة", "قتلت قوات النظام، اليوم، 15 مدنياً")."""
    from geo_tracker.dates import day_words
    from geo_tracker.text import normalize_char_string

    return day_words() | {normalize_char_string(w) for w in ("اليوم", "أمس", "الأول", "الماضي", "الفائت")}


#: verbs of denying or ruling out, normalized ("نفى" is "نفي"): "نفت مصادر أن تكون الفصائل نفذته",
#: "استبعد المرصد أن تكون …", "نفى … مسؤوليته"
DENIAL_VERBS = ("نفت|نفي|نفوا|تنفي|ينفي|نافيه|نافيا|نفيها|نفيه|استبعد|استبعدت|استبعدوا|يستبعد|تستبعد"
                "|مستبعدا|مستبعده")


def _words_before(norm: str, pos: int, k: int) -> list[str]:
    ws = _WORD.findall(norm[max(0, pos - 80):pos])
    return ws[-k:]


def _words_after(norm: str, pos: int, k: int) -> list[str]:
    return _WORD.findall(norm[pos:pos + 80])[:k]


def _next_comma(s: str, pos: int, end: int | None = None) -> int:
    """Offset of the first Arabic or Latin comma in ``s[pos:end]``, or -1."""
    end = len(s) if end is None else end
    hits = [i for i in (s.find("،", pos, end), s.find(",", pos, end)) if i >= 0]
    return min(hits) if hits else -1


# "قضت وحدة من الجيش على خمسة إرهابيين", "الجيش يقضي على 15 إرهابياً": the verb of doing away with
# people, its agent (if any) between it and "على", and a count or people right after "على" (not
# "قضى ثلاثة أطفال في القصف على بلدة كفرنبل": they died; nor "قضى عنصران على يد مسلحين", "قضت امرأة
# على الفور"). The stems make both the regex and the verbs actors.py looks for before a party.
_DID_AWAY_STEMS = ("قضت", "قضي", "قضوا", "يقضي", "تقضي", "يقضون")
DID_AWAY_VERBS = frozenset(p + v for v in _DID_AWAY_STEMS for p in ("", "و", "ف"))
_DID_AWAY_RE = re.compile(r"(?<!\S)([وف]?(?:%s))\s+((?:[^\s،,.]+\s+){0,10}?)علي\s+([^\s،,.]+)" % "|".join(_DID_AWAY_STEMS))
_PEOPLE_COUNTS = frozenset({"عدد", "اعداد", "عشرات", "العشرات", "مئات", "المئات", "اكثر", "نحو", "ما", "عناصر",
                            "افراد", "جميع", "كامل"})


@functools.lru_cache(maxsize=1)
def _number_words() -> frozenset:
    """The number words ("ثلاثة", "عشرين" …) of numbers.yaml, normalized."""
    from geo_tracker.numbers import number_word_values

    return frozenset(number_word_values())


def _count_word(w: str) -> bool:
    """Is ``w`` a count: digits (Latin or Arabic-Indic) or a number word, "و" before it or not?"""
    return w.isdigit() or w.lstrip("و") in _number_words() or any("\u0660" <= c <= "\u0669" for c in w[:1])


def did_away(norm: str, pos: int = 0) -> re.Match | None:
    """The first "قضت X على <count or people>" at or after ``pos`` (groups: the verb, the words
    between, the word after "على"), or None."""
    for m in _DID_AWAY_RE.finditer(norm, pos):
        between, obj = m.group(2).split(), m.group(3)
        if between and _count_word(between[0]):
            continue   # "قضى ثلاثة أطفال في القصف على بلدة": three died
        if _count_word(obj) or obj in _PEOPLE_COUNTS or len(obj) > 4 and obj.endswith(("ين", "ون")):
            return m
    return None


_QUOTES_AS_SPACES = str.maketrans({c: " " for c in "\"'«»“”„‟"})


def unquoted(norm: str) -> str:
    """``norm`` with its quotation marks turned to spaces (same length, same offsets): a cue put in
    quotes ('"رداً على" الهجوم') reads as the words it quotes."""
    return norm.translate(_QUOTES_AS_SPACES)
