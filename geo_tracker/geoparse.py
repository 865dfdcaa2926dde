"""Find Syrian toponyms in Arabic news and resolve them with the curated gazetteer.

The parser works on the normalized text (``geo_tracker.text.normalize``) and reports offsets
into the original article. Steps:

1. **Match** gazetteer names token by token, longest first, trying each token as written and
   with its proclitics stripped (و ف ب ل ك ال and their combinations: "وبالسخنة", "لتدمر",
   "للرقة").
2. **Read the context** of each match: a head word before it makes it an area around the place
   ("بادية السخنة", "ريف حمص الشرقي", dual/plural heads "باديتي حمص ودير الزور" govern a list),
   a direction ("جنوب شرقي تدمر") moves it, a distance ("على بعد 17 كم من السخنة") widens it, a
   kind word ("قرية", "جبل", "مطار") says what kind of place to prefer.
3. **Gate** names that are also ordinary words ("الشرقي", "الميادين" as squares, a surname):
   they need evidence — a head or kind word, a place qualifier right after, or other places of
   the article nearby.
4. **Resolve homonyms** (الطيبة, المنصورة, الرصافة …) from the governorate named near the
   mention, the governorates of the article's other places, distance to them, kind and size.

Unknown names after a trigger word ("قرية X", "بلدة X") are reported as unresolved mentions
(``place_id`` None) rather than dropped.

Example
-------
>>> from geo_tracker.models import Article
>>> ms = geoparse(Article("a1", "غارات روسية على جبل العمور وبادية السخنة"))
>>> [(m.surface, m.relation) for m in ms]        # doctest: +SKIP
[('جبل العمور', None), ('السخنة', 'desert_of')]
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
import operator
import re
from dataclasses import dataclass, field
from typing import Iterator, Sequence

import yaml

from geo_tracker.dedup import NATURAL_AREA_KINDS
from geo_tracker.geo import EARTH_KM, approx_km as _approx_km, haversine_km, offset_point  # noqa: F401 (re-exported)
from geo_tracker.models import Article, Mention, Place
from geo_tracker.paths import lexicon_dir
from geo_tracker.text import Normalized, line_start, normalize, normalize_char_string, sentence_spans

_TOKEN_RE = re.compile(r"[0-9a-z\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+")


# ------------------------------------------------------------------------------ lexicon

@dataclass(frozen=True)
class Lexicon:
    proclitics: tuple[str, ...]
    heads: dict
    kind_triggers: dict
    unresolved_triggers: frozenset
    word_tokens: frozenset
    list_triggers: frozenset
    compound_heads: frozenset
    compound_tails: frozenset
    directions: dict
    direction_offset_km: float
    direction_min_km: float
    common: frozenset
    shadda_verbs: frozenset
    shadda_verb_objects: frozenset
    adjective_names: frozenset
    kind_only_names: frozenset
    adverbs: frozenset   # accusative adverbs ("صباحا"), normalized
    foreign: frozenset
    breakers: frozenset
    not_names: frozenset
    skip_before: frozenset
    qualifiers_after: frozenset
    qualifier_openers: frozenset
    locative: frozenset
    outlet_nouns: frozenset
    outlet_suffixes: frozenset
    foreign_nisbas: frozenset
    foreign_nisba_hosts: frozenset
    foreign_districts: frozenset
    neighbour_countries: frozenset
    foreign_province_heads: frozenset
    foreign_after_re: re.Pattern    # "بجنوب لبنان", "شمالي بغداد", "بمحافظة الأنبار" right after a name
    foreign_opener_re: re.Pattern   # "وفي لبنان،": a sentence about a neighbour
    foreign_provinces: frozenset
    speech_verbs: frozenset
    non_place_before: frozenset
    nickname_before: frozenset
    not_place_phrases: frozenset
    unit_nouns: frozenset      # "الفرقة", "اللواء": a unit men are of is no base
    member_nouns: frozenset    # "عناصر", "جنود" before "من/في" and a unit
    age_words: frozenset       # "من عمرها": an age, not a place
    group_nouns: frozenset
    group_name_words: frozenset
    group_nouns_worded_only: frozenset
    brand_nouns: frozenset
    named_building_nouns: frozenset
    anaphoric_nouns: frozenset
    settlement_triggers: frozenset
    landmark_words: dict
    metonym_before: frozenset = frozenset()   # "حكومة دمشق", "اتهمت دمشق": a government, not a city
    metonym_partners: frozenset = frozenset()  # "بين أنقرة ودمشق": two governments
    metonym_after: frozenset = frozenset()    # "أما دمشق فوصفت": the government speaks
    metonym_with: frozenset = frozenset()     # "تنسق مع دمشق": dealings with a government
    metonym_from: frozenset = frozenset()     # "أي تعليق من دمشق": a government's word
    metonym_to: frozenset = frozenset()       # "في رسالة واضحة لدمشق": a government addressed
    sheikh_cues: frozenset = frozenset()      # "بينهم الشيخ محمد": a man, not the village
    place_use_before: frozenset = frozenset()
    place_use_before_ala: frozenset = frozenset()
    place_preps: frozenset = frozenset()
    unit_heads: frozenset = frozenset()
    unit_before: frozenset = frozenset()
    definite_qualifiers_after: frozenset = frozenset()
    hometown_nouns: frozenset = frozenset()
    origin_words: frozenset = frozenset()
    striker_nouns: frozenset = frozenset()     # "الطائرات" before a verb spelt like a place
    national_nisbas: frozenset = frozenset()   # "روسية" likewise
    dual_facility_heads: dict = field(default_factory=dict)   # "مطاري" → "مطار"

    @functools.cached_property
    def dual_head_re(self) -> re.Pattern:
        """A dual facility head right before a name ("ومطاري "), normalized text."""
        return re.compile(r"(?:^|\s)[وبل]?(" + "|".join(map(re.escape, self.dual_facility_heads)) + r")\s*$")

    @functools.cached_property
    def needs_evidence(self) -> dict:
        """Cache of ``_needs_evidence``: gazetteer key → bool."""
        return {}

    @functools.cached_property
    def context_words(self) -> dict:
        """Cache of ``_context_word``: token → (kind trigger, head, direction) or Nones."""
        return {}

    @functools.cached_property
    def settlement_forms(self) -> frozenset:
        """The clitic forms of the settlement triggers ("وبقرية", "بلدة")."""
        return frozenset(f for f, t in _trigger_forms(self).items() if t in self.settlement_triggers)

    @functools.cached_property
    def qualifier_words(self) -> frozenset:
        """Head, kind-trigger and direction words (what a qualifier before a name starts with)."""
        return frozenset(self.heads) | frozenset(self.kind_triggers) | frozenset(self.directions)


def _foreign_after_re(d: dict, n) -> re.Pattern:
    """A neighbour, one of its provinces or a foreign city right after a name, behind "في", "ب",
    "داخل", a direction or a province word ("بجنوب لبنان", "شمالي بغداد", "بمحافظة الأنبار")."""
    places = {n(x) for x in d["foreign"] + d.get("neighbour_countries", []) + d.get("foreign_provinces", [])}
    places -= {n(x) for x in d.get("foreign_not_after", [])}
    alt = "|".join(re.escape(x).replace("\\ ", "\\s+") for x in sorted(places, key=len, reverse=True))
    dirs = "|".join(re.escape(n(x)) for x in sorted(d.get("foreign_after_directions", []), key=len, reverse=True))
    sp = r"[^\S\n]+"   # (within the line: not the dateline "بيروت - …" under a headline)
    # (a word must tie them: not "طريق دمشق بغداد الدولي", a road's two ends)
    return re.compile(r"(?:{sp}ال\S+)?{sp}(?:(?:في{sp}|داخل{sp}|وسط{sp}|ب)(?:(?:ال)?(?:{dirs}){sp})?|(?:ال)?(?:{dirs}){sp})"
                      r"(?:محافظه{sp}|ولايه{sp}|اقليم{sp})?(?:{alt})(?=$|[\s،,.:؛])".format(sp=sp, dirs=dirs, alt=alt.replace("\\s+", sp)))


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load ``data/lexicon/geoparse.yaml`` (normalized once)."""
    p = path or str(lexicon_dir() / "geoparse.yaml")
    with open(p, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    n = normalize_char_string
    return Lexicon(
        proclitics=tuple(sorted({n(x) for x in d["proclitics"]}, key=len, reverse=True)),
        heads={n(k): v for k, v in d["area_heads"].items()},
        kind_triggers={n(k): v for k, v in d["kind_triggers"].items()},
        unresolved_triggers=frozenset(n(x) for x in d["unresolved_triggers"]),
        list_triggers=frozenset(n(x) for x in d.get("list_triggers", [])),
        compound_heads=frozenset(n(x) for x in d.get("compound_name_heads", [])),
        compound_tails=frozenset(n(x) for x in d.get("compound_name_tails", [])),
        directions={n(k): float(v) for k, v in d["directions"].items()},
        direction_offset_km=float(d.get("direction_offset_km", 15)),
        direction_min_km=float(d.get("direction_min_km", 20)),
        common=frozenset(n(x) for x in d["common_words"]),
        shadda_verbs=frozenset(n(x) for x in d.get("shadda_verbs", [])),
        shadda_verb_objects=frozenset(n(x) for x in d.get("shadda_verb_objects", [])),
        adjective_names=frozenset(n(x) for x in d.get("adjective_names", [])),
        kind_only_names=frozenset(n(x) for x in d.get("kind_only_names", [])),
        adverbs=frozenset(n(x) for x in d.get("accusative_adverbs", [])),
        foreign=frozenset(n(x) for x in d["foreign"]),
        breakers=frozenset(n(x) for x in d.get("list_breakers", [])),
        not_names=frozenset(n(x) for x in d.get("not_names", [])),
        word_tokens=frozenset(n(x) for x in d.get("word_tokens", [])),
        skip_before=frozenset(n(x) for x in d.get("skip_before", [])),
        qualifiers_after=frozenset(n(x) for x in d.get("qualifiers_after", [])),
        qualifier_openers=frozenset(n(x) for x in d.get("qualifier_openers", [])),
        locative=frozenset(n(x) for x in d.get("locative", [])),
        outlet_nouns=frozenset(n(x) for x in d.get("outlet_nouns", [])),
        outlet_suffixes=frozenset(n(str(x)) for x in d.get("outlet_suffixes", [])),
        foreign_nisbas=frozenset(n(x) for x in d.get("foreign_nisbas", [])),
        foreign_nisba_hosts=frozenset(n(x) for x in d.get("foreign_nisba_hosts", [])),
        foreign_districts=frozenset(n(x) for x in d.get("foreign_districts", [])),
        neighbour_countries=frozenset(n(x) for x in d.get("neighbour_countries", [])),
        foreign_after_re=_foreign_after_re(d, n),
        foreign_opener_re=re.compile(r"\s*[وف]?في\s+(?:%s)\s*[،,:]" % "|".join(
            re.escape(n(x)) for x in sorted(d.get("neighbour_openers", []), key=len, reverse=True))),
        foreign_province_heads=frozenset(n(x) for x in d.get("foreign_province_heads", [])),
        foreign_provinces=frozenset(n(x) for x in d.get("foreign_provinces", [])),
        speech_verbs=frozenset(n(x) for x in d.get("speech_verbs", [])),
        non_place_before=frozenset(n(x) for x in d.get("non_place_before", [])),
        nickname_before=frozenset(n(x) for x in d.get("nickname_before", [])),
        not_place_phrases=frozenset(n(x) for x in d.get("not_place_phrases", [])),
        unit_nouns=frozenset(n(x) for x in d.get("unit_nouns", [])),
        member_nouns=frozenset(n(x) for x in d.get("member_nouns", [])),
        age_words=frozenset(n(x) for x in d.get("age_words", [])),
        group_nouns=frozenset(n(x) for x in d.get("group_nouns", [])),
        group_name_words=frozenset(n(x) for x in d.get("group_name_words", [])),
        group_nouns_worded_only=frozenset(n(x) for x in d.get("group_nouns_worded_only", [])),
        brand_nouns=frozenset(n(x) for x in d.get("brand_nouns", [])),
        named_building_nouns=frozenset(n(x) for x in d.get("named_building_nouns", [])),
        anaphoric_nouns=frozenset(n(x) for x in d.get("anaphoric_nouns", [])),
        settlement_triggers=frozenset(n(x) for x in d.get("settlement_triggers", [])),
        landmark_words={n(k): str(v) for k, v in (d.get("landmark_words") or {}).items()},
        metonym_before=frozenset(n(x) for x in d.get("metonym_before", [])),
        metonym_partners=frozenset(n(x) for x in d.get("metonym_partners", [])),
        metonym_after=frozenset(n(x) for x in d.get("metonym_after", [])),
        metonym_with=frozenset(n(x) for x in d.get("metonym_with", [])),
        metonym_from=frozenset(n(x) for x in d.get("metonym_from", [])),
        metonym_to=frozenset(n(x) for x in d.get("metonym_to", [])),
        sheikh_cues=frozenset(n(x) for x in d.get("sheikh_cues", [])),
        place_use_before=frozenset(n(x) for x in d.get("place_use_before", [])),
        place_use_before_ala=frozenset(n(x) for x in d.get("place_use_before_ala", [])),
        place_preps=frozenset(n(x) for x in d.get("place_preps", [])),
        unit_heads=frozenset(n(x) for x in d.get("unit_heads", [])),
        unit_before=frozenset(n(x) for x in d.get("unit_before", [])),
        definite_qualifiers_after=frozenset(n(x) for x in d.get("definite_qualifiers_after", [])),
        hometown_nouns=frozenset(n(x) for x in d.get("hometown_nouns", [])),
        origin_words=frozenset(n(x) for x in d.get("origin_words", [])),
        striker_nouns=frozenset(n(x) for x in d.get("striker_nouns", [])),
        national_nisbas=frozenset(n(x) for x in d.get("national_nisbas", [])),
        dual_facility_heads={n(k): str(v) for k, v in (d.get("dual_facility_heads") or {}).items()},
    )


# ------------------------------------------------------------------------------ matcher

@dataclass
class _Index:
    names: dict[str, list[str]]
    lengths: dict[str, tuple[int, ...]]      # first token → name lengths in tokens, longest first
    # token → its clitic forms that start a gazetteer name: (form, offset, stripped, lengths)
    token_forms: dict[str, tuple] = field(default_factory=dict)
    all_forms: dict[str, tuple] = field(default_factory=dict)
    # beginnings of one-word names ("بصر" of "بصرالحرير"): a two-word spelling is only tried
    # when its first word is one of these
    joined_heads: frozenset = frozenset()
    # token → (its name-start forms as in ``token_forms``, its clitic forms that are in
    # ``joined_heads``: (form, offset, stripped), the tokens that may follow it in a name or None
    # when it may be a name alone, its one form when it can only be a one-token name or None),
    # or ``_NO_START`` when it can start no name
    start_info: dict[str, tuple] = field(default_factory=dict)
    # first word → the second words of the names it starts ("دير" → {"الزور", …}); joined head →
    # the rest of the one-word names it begins ("بصر" → {"الحرير", …})
    seconds: dict[str, set] = field(default_factory=dict)
    tails: dict[str, set] = field(default_factory=dict)
    # the first 2, 3 … tokens of every name of two tokens or more ("دير الزور" of "دير الزور الجديده")
    prefixes: frozenset = frozenset()
    key_places: dict[str, tuple] = field(default_factory=dict)          # see _key_places
    near_governorate: dict[tuple, bool] = field(default_factory=dict)   # see _near_governorate

    def start_forms(self, tok: str, lex: "Lexicon") -> tuple:
        """What ``tok`` can start: see ``start_info`` (cached)."""
        forms = self.forms(tok, lex)
        jforms = tuple((f, off, st) for f, off, st, _ in self.forms(tok, lex, any_length=True)
                       if f in self.joined_heads)
        if not (forms or jforms):
            got = _NO_START
        else:
            # unless a one-token name starts here, a match needs the next token to be one of these
            follow = None if any(1 in lens for _, _, _, lens in forms) else frozenset().union(
                *(self.seconds.get(f, ()) for f, _, _, _ in forms), *(self.tails.get(f, ()) for f, _, _ in jforms))
            # a token that can only be a name of one token: its first form is the match
            one = forms[0] if forms and all(lens == (1,) for _, _, _, lens in forms) \
                and self.names.get(forms[0][0]) else None
            got = (forms, jforms, follow, one)
        if len(self.start_info) < 500_000:
            self.start_info[tok] = got
        return got

    def forms(self, tok: str, lex: "Lexicon", any_length: bool = False) -> tuple:
        if any_length:
            # every clitic form, whether or not a name starts with it (for joined names)
            got = self.all_forms.get(tok)
            if got is None:
                got = tuple((f, off, st, ()) for f, off, st in _strip_forms(tok, lex) if st != 2)
                if len(self.all_forms) < 500_000:
                    self.all_forms[tok] = got
            return got
        got = self.token_forms.get(tok)
        if got is None:
            got = tuple((f, off, st, self.lengths[f]) for f, off, st in _strip_forms(tok, lex)
                        if f in self.lengths)
            if len(self.token_forms) < 500_000:
                self.token_forms[tok] = got
        return got


_NO_START = ()   # ``start_info`` of a token that starts no name (tested by identity)
_INDEX_CACHE: dict[int, _Index] = {}


def _index_for(gaz) -> _Index:
    idx = _INDEX_CACHE.get(id(gaz))
    if idx is None:
        names = {}
        for name, ids in gaz.name_index().items():
            if name.startswith(("منطقه ", "مركز ")):
                # district aliases: "منطقة تدمر" reads better as the town with an area head
                ids = [i for i in ids if (gaz.get(i) is None or gaz.get(i).kind != "district")]
                if not ids:
                    continue
            names[name] = ids
        # spacing varies: the press writes "معرشمارين" for OCHA's "معر شمارين"; the joined form
        # of a two-word name is indexed too (the reverse, "بصر الحرير" for "بصرالحرير", is
        # tried at match time)
        for name, ids in list(names.items()):
            parts = name.split()
            if len(parts) == 2 and len(parts[0]) >= 3:
                names.setdefault("".join(parts), ids)
        lengths: dict[str, set[int]] = {}
        for name in names:
            toks = name.split()
            if toks:
                lengths.setdefault(toks[0], set()).add(len(toks))
        tails: dict[str, set] = {}
        for k in names:
            if " " not in k and len(k) >= 6:
                for j in range(3, len(k) - 2):
                    tails.setdefault(k[:j], set()).add(k[j:])
        seconds: dict[str, set] = {}
        for toks in map(str.split, names):
            if len(toks) >= 2:
                seconds.setdefault(toks[0], set()).add(toks[1])
        prefixes = {" ".join(toks[:k]) for toks in map(str.split, names) for k in range(2, len(toks) + 1)}
        idx = _Index(names, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
                     joined_heads=frozenset(tails), prefixes=frozenset(prefixes), seconds=seconds, tails=tails)
        _INDEX_CACHE[id(gaz)] = idx
    return idx


class _Toks:
    """The tokens of a normalized text as three parallel lists: ``t`` the token strings,
    ``s``/``e`` their start/end offsets (built with C-level splitting, no object per token)."""

    __slots__ = ("t", "s", "e")

    def __init__(self, t: list[str], s: list[int], e: list[int]) -> None:
        self.t, self.s, self.e = t, s, e

    def __len__(self) -> int:
        return len(self.t)


@dataclass(slots=True)
class _Match:
    i: int                  # first token index
    n: int                  # number of tokens
    key: str                # gazetteer key matched (normalized)
    ids: list[str]
    start: int              # normalized char start of the surface (after clitics)
    end: int
    stripped: int           # 0 as written, 1 a proclitic removed, 2 also the article ال
    sent: int = 0
    head: str | None = None           # normalized head word governing the match
    head_info: dict | None = None
    kind_hint: str | None = None
    bearings: tuple[float, ...] = ()  # direction before the name ("شمال تدمر")
    adj_bearings: tuple[float, ...] = ()  # direction adjectives after ريف X ("الشرقي")
    distance_km: float | None = None
    qualifier: str | None = None      # head/direction words as written (normalized)
    evidence: bool = False
    place: Place | None = None
    score: float = 0.0
    admin_hints: list[str] = field(default_factory=list)
    orig: str = ""                    # the matched name as written in the article
    qual_start: int | None = None     # normalized start of the qualifier words before the name
    orig_token: str = ""              # the whole first token as written, clitics included
    negated: bool = False             # inside "(وليس صيدا الجولان …)": a place the text is not about


def _strip_forms(tok: str, lex: Lexicon) -> Iterator[tuple[str, int, bool]]:
    """Yield (form, offset of the form's first char in tok, stripped) for a token, the shortest
    proclitic first: "وبداما" is the town بداما after "و" before the village داما after "وب"."""
    yield tok, 0, False
    for p in reversed(lex.proclitics):
        if len(tok) - len(p) >= 2 and tok.startswith(p):
            rest = tok[len(p):]
            if p.endswith("ال"):
                yield "ال" + rest, len(p) - 2, True
                # the bare name ("عون الدادات" for the gazetteer's "دادات"); checked in _gate,
                # since "السلام" is not the village "سلام"
                yield rest, len(p), 2
            elif p.endswith("لل"):
                yield "ال" + rest, len(p), True
            else:
                yield rest, len(p), True


_HEAD_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


_BARE_CACHE: dict[str, frozenset] = {}


def _bare(tok: str, lex: Lexicon | None = None) -> frozenset:
    """The token and its forms without و ف ب ل ك (head and trigger words are indefinite:
    "بريف", "وبادية", but not "المناطق"). Cached: news vocabulary repeats."""
    out = _BARE_CACHE.get(tok)
    if out is None:
        forms = {tok}
        for p in _HEAD_CLITICS:
            if len(tok) - len(p) >= 2 and tok.startswith(p):
                forms.add(tok[len(p):])
        out = frozenset(forms)
        if len(_BARE_CACHE) < 500_000:
            _BARE_CACHE[tok] = out
    return out


_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")


def _tokens(norm: str) -> _Toks:
    """The ``_TOKEN_RE`` tokens of ``norm``: split keeps the separators, so the offsets are
    running sums of the part lengths."""
    parts = _TOKEN_SPLIT_RE.split(norm)     # [sep, tok, sep, tok, …, sep]
    acc = list(itertools.accumulate(map(len, parts), initial=0))
    return _Toks(parts[1::2], acc[1:-1:2], acc[2::2])


def _joinable(norm: str, toks: _Toks, a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` are separated by at most three blanks or a hyphen."""
    gap = norm[toks.e[a]:toks.s[b]]
    return len(gap) <= 3 and (gap.strip() == "" or gap.strip() == "-")


def _find_matches(norm: str, toks: _Toks, idx: _Index, lex: Lexicon) -> list[_Match]:
    """Gazetteer names in the token stream, longest first, left to right.

    Only tokens that can start a name (a clitic form that is a name's first word, or the first
    half of a one-word name written in two) are looked at; what each token can start is cached
    on the index, so most tokens cost one dict lookup.
    """
    out: list[_Match] = []
    ntok = len(toks)
    names = idx.names
    info = idx.start_info
    joined: list[bool | None] = [None] * ntok     # joined[j]: tokens j-1 and j are joinable

    def joinable(j: int) -> bool:
        got = joined[j]
        if got is None:
            gap = norm[toks.e[j - 1]:toks.s[j]]
            got = joined[j] = len(gap) <= 3 and (gap.strip() == "" or gap.strip() == "-")
        return got

    prefixes = idx.prefixes
    tt = toks.t
    get = info.get
    nxt = 0                                       # first token not inside a match
    # the tokens that can start a name, or not seen yet: one look-up per token (at C speed)
    for i in itertools.compress(range(ntok), map(operator.is_not, map(get, tt), itertools.repeat(_NO_START))):
        if i < nxt:
            continue
        tok = tt[i]
        got = get(tok)
        if got is None:
            got = idx.start_forms(tok, lex)
        if not got:
            continue
        forms, jforms, follow, one = got
        if follow is not None and (i + 1 == ntok or tt[i + 1] not in follow):
            continue   # no one-token name starts here, and the next token continues none
        if one is not None:
            form, off, stripped, _ = one
            out.append(_Match(i, 1, form, list(names[form]), toks.s[i] + off, toks.e[i], stripped))
            nxt = i + 1
            continue
        best: _Match | None = None
        for form, off, stripped, lens in forms:
            if best is not None and lens[0] <= best.n:
                continue
            # keys[k]: the k+1 tokens from here, as long as some name starts with them
            keys = [form]
            key = form
            for j in range(i + 1, min(i + lens[0], ntok)):
                key = f"{key} {tt[j]}"
                if key not in prefixes or not joinable(j):
                    break
                keys.append(key)
            for n in lens:
                if n > len(keys) or (best is not None and n <= best.n):
                    continue
                key = keys[n - 1]
                ids = names.get(key)
                if ids:
                    best = _Match(i, n, key, list(ids), toks.s[i] + off, toks.e[i + n - 1], stripped)
                    break
        if best is None and jforms and i + 1 < ntok and joinable(i + 1):
            # "بصر الحرير", "خان طومان" written in two words for the gazetteer's one
            t2 = toks.t[i + 1]
            for form, off, stripped in jforms:
                ids = names.get(form + t2)
                if ids and len(form) >= 3 and len(t2) >= 3:
                    best = _Match(i, 2, form + t2, list(ids), toks.s[i] + off, toks.e[i + 1], stripped)
                    break
        if best is not None:
            out.append(best)
            nxt = i + best.n
    return _article_added(out, toks, names, lex)


def _zipf_any(tok: str) -> float:
    """The word frequency of a normalized token, also read with the taa marbuta it may have lost."""
    f = word_frequency(tok)
    return max(f, word_frequency(tok[:-1] + "ة")) if tok.endswith("ه") else f


def _article_added(out: list[_Match], toks: _Toks, names, lex: Lexicon) -> list[_Match]:
    """"قرية جلبية" for the gazetteer's "الجلبية": after a village or town word, a name the
    press writes without its article is looked up with it."""
    tt = toks.t
    after = lex.settlement_forms.__contains__
    cand = [i for i in itertools.compress(itertools.count(1), map(after, tt[:-1]))
            if not tt[i].startswith("ال") and len(tt[i]) >= 3 and tt[i] not in lex.compound_heads
            and tt[i] not in lex.directions and tt[i] not in lex.heads and tt[i] not in lex.common
            and _zipf_any(tt[i]) < WORD_ZIPF_COMMON]
    # ("قرى غرب حلب": a direction, not the village "الغرب"; "بلدة صغيرة": an adjective)
    covered = {j for m in out for j in range(m.i, m.i + m.n)}
    # (token, name without the article, characters of "و" before it)
    named = [(i, tt[i], 0) for i in cand if i not in covered and i - 1 not in covered]
    # ... and after "و" in a list of them ("قرى جلمة ومعبطلي وراجو" for the gazetteer's "المعبطلي")
    for i in sorted({j + 1 for j in covered} - covered):
        w = tt[i] if i < len(tt) else ""
        if i >= 2 and w.startswith("و") and len(w) >= 5 and not w.startswith("وال"):
            k = i - 1
            while k > 0 and k in covered:
                k -= 1
            # (a one-word name, its list going on or ending: not "وبستان القصر", "ودوير الزيتون")
            ends = i + 1 == len(tt) or toks.s[i + 1] - toks.e[i] > 1 or tt[i + 1][:1] in ("و", "ب") \
                or tt[i + 1] in ("في", "قرب", "علي", "الي", "من") or tt[i + 1] in lex.directions
            if tt[k] in lex.list_triggers and ends and w[1:] not in lex.compound_heads \
                    and _zipf_any(w[1:]) < WORD_ZIPF_COMMON:
                named.append((i, w[1:], 1))
    added = []
    for i, name, wa in named:
        ids = names.get("ال" + name)
        if ids:
            added.append(_Match(i, 1, "ال" + name, list(ids), toks.s[i] + wa, toks.e[i], 1))
    if not added:
        return out
    return sorted(out + added, key=lambda m: m.i)


# ------------------------------------------------------------------------------ context

_DIST_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:كم|كلم|كيلو\w*)\s+(?:فقط\s+|تقريبا\s+)?"
    r"(?:(?:[وب]?(?:شمال|جنوب|شرق|غرب)(?:ي)?(?:\s+(?:شرق|غرب)(?:ي)?)?)|من|عن)\s+"
    r"(?:(?:مدينه|بلده|قريه|منطقه|مطار|قاعده)\s+)?$")


def _token_sentences(toks: _Toks, sents: list[tuple[int, int]]) -> list[int]:
    """Sentence index of each token: the last sentence starting at or before it (0 before the
    first); tokens and sentences are both in order, so one bisection per sentence."""
    out: list[int] = []
    starts = toks.s
    prev = 0
    for k in range(1, len(sents)):
        b = bisect.bisect_left(starts, sents[k][0], prev)
        out += [k - 1] * (b - prev)
        prev = b
    out += [max(0, len(sents) - 1)] * (len(starts) - prev)
    return out


_GAP_STOP = frozenset(",;.:()\"«»!?\n")
_OPEN_QUOTE_GAP = re.compile(r"[ \t]+[\"«“]")


def _context_word(tok: str, lex: Lexicon) -> tuple:
    """(kind trigger, area head, direction word) among the clitic forms of ``tok``, each or None
    (cached in ``lex.context_words``)."""
    forms = _bare(tok, lex)
    got = (next((f for f in forms if f in lex.kind_triggers), None),
           next((f for f in forms if f in lex.heads), None),
           next((f for f in forms if f in lex.directions), None))
    if len(lex.context_words) < 500_000:
        lex.context_words[tok] = got
    return got


def _read_context(m: _Match, toks: _Toks, norm: str, lex: Lexicon, tok_sent: list[int]) -> None:
    """Fill head, kind hint, direction and distance from the words before the match."""
    s0 = toks.s[m.i]
    window = norm[max(0, s0 - 70):s0]
    # the distance pattern needs a km word: look for one before running it
    dm = _DIST_RE.search(window) if ("كم" in window or "كلم" in window or "كيلو" in window) else None
    if dm:
        m.distance_km = float(dm.group(1))
        phrase = dm.group(0)
        bs = tuple(lex.directions[w] for w in re.findall(r"(شمال|جنوب|شرق|غرب)", phrase))
        m.bearings = bs
        m.qualifier = f"{dm.group(1)} كم"
        m.qual_start = max(0, toks.s[m.i] - 70) + dm.start()
        return
    j = m.i - 1
    quals: list[str] = []
    pre_adj: tuple = ()   # "الريف الجنوبي لمدينة حلب": the direction between the head and the name
    # the matched token itself may carry a clitic ("وبادية"); the words before it:
    steps = 0
    words = lex.context_words
    while j >= 0 and steps < 4 and tok_sent[j] == m.sent:
        gap = norm[toks.e[j]:toks.s[j + 1]]
        if not _GAP_STOP.isdisjoint(gap) and not (j == m.i - 1 and _OPEN_QUOTE_GAP.fullmatch(gap)):
            break   # (but 'بلدة "ناحتة"', 'غرب "بصر الحرير"': the name in quotes after its head)
        hit = False
        got = words.get(toks.t[j])
        if got is None:
            got = _context_word(toks.t[j], lex)
        trig, head, dirw = got
        if (head or trig) and j == m.i - 1 and toks.t[m.i][:1] in ("و", "ب", "ل") and not m.key.startswith(toks.t[m.i][:1]):
            break   # "إصابة مزارع وابنه", "أصيب مزارع بجروح": a head governs a name, not one after a
            # conjunction or a preposition
        if head and m.head is None:
            m.head, m.head_info = head, lex.heads[head]
            quals.append(toks.t[j])
            m.qual_start = toks.s[j]
            hit = True
        if trig and m.kind_hint is None:
            m.kind_hint = lex.kind_triggers[trig]
            if not head:
                quals.append(toks.t[j])
                m.qual_start = toks.s[j]
            hit = True
        if dirw and not head and not trig and j > 0 and (toks.t[j - 1] in lex.compound_heads
                                                         or toks.t[j - 1][1:] in lex.compound_heads) \
                and tok_sent[j - 1] == m.sent:
            break   # "أحياء المزرعة وباب شرقي في دمشق": the quarter's name, not "east of Damascus"
        if dirw and not head and not trig and dirw.startswith("ال") and m.head is None and j > 0 \
                and tok_sent[j - 1] == m.sent and _GAP_STOP.isdisjoint(norm[toks.e[j - 1]:toks.s[j]]):
            t2 = toks.t[j - 1]
            t2 = t2[1:] if t2[:1] in "وفب" and t2[1:3] == "ال" else t2
            head2 = t2[2:] if t2.startswith("ال") and t2[2:] in lex.heads else None
            if head2 and lex.heads[head2].get("relation") in ("countryside_of", "desert_of"):
                # "في الريف الجنوبي لمدينة حلب", "في البادية الشرقية لحمص": the head, then its direction
                m.head, m.head_info = head2, lex.heads[head2]
                pre_adj = (lex.directions[dirw],)
                quals += [toks.t[j], toks.t[j - 1]]
                m.qual_start = toks.s[j - 1]
                break
        if dirw and not head and not trig and not dirw.startswith("ال"):
            m.bearings = (lex.directions[dirw],) + m.bearings
            quals.append(toks.t[j])
            m.qual_start = toks.s[j]
            hit = True
        if not hit:
            # adverbs/prepositions that may stand between a head and the name
            if toks.t[j] in lex.skip_before or toks.t[j] == "السوريه" and j > 0 and toks.t[j - 1] == "العاصمه":
                j -= 1   # ("جنوب العاصمة السورية دمشق")
                steps += 1
                continue
            break
        j -= 1
        steps += 1
    if quals:
        m.qualifier = " ".join(reversed(quals))
    # direction adjectives after "ريف X": "ريف حمص الشرقي", "ريف دير الزور الجنوبي الغربي"
    k = m.i + m.n
    adj: list[float] = []
    while k < len(toks.t) and len(adj) < 2 and tok_sent[k] == m.sent:
        t = toks.t[k]
        if t.startswith("ال") and t in lex.directions and _joinable(norm, toks, k - 1, k):
            adj.append(lex.directions[t])
            k += 1
        else:
            break
    m.adj_bearings = tuple(adj) or pre_adj


def _split_composite_head(m: _Match, toks: _Toks, lex: Lexicon) -> None:
    """A gazetteer name that starts with an area head ("بادية السخنة") keeps the curated place,
    but its surface is the name after the head and the head becomes the qualifier (contract:
    the surface of "وبادية السخنة" is "السخنة")."""
    if m.n < 2:
        return
    first = m.key.split(" ", 1)[0]
    head = next((f for f in _bare(first, lex) | {first} if f in lex.heads), None)
    if head is None:
        return
    m.head, m.head_info = head, lex.heads[head]
    m.qualifier = f"{m.qualifier} {head}".strip() if m.qualifier else head
    if m.qual_start is None:
        m.qual_start = m.start
    m.start = toks.s[m.i + 1]


_PLURAL_KIND_TRIGGERS = frozenset({"محافظات", "محافظتي", "محافظتا", "مدن", "مدينتي", "مدينتا", "بلدات", "بلدتي", "قري", "قريتي", "احياء"})


def _propagate_list_heads(matches: list[_Match], toks: _Toks, norm: str, lex: Lexicon) -> None:
    """Heads govern the places coordinated after them.

    A dual/plural head governs a comma list ("بوادي حمص، ودير الزور، والرقة"); a singular
    area head governs names joined by "و" ("بادية حمص ودير الزور والرقة" is the desert of all
    three; not names that carry their own kind word, so "وجبل العمور" stays a mountain). Plural
    kind words do
    the same for the kind ("محافظات الرقة وحمص ودير الزور").
    """
    prev: _Match | None = None
    prev_kind: _Match | None = None
    left = {"head": None, "kind": None}   # members a dual head may still take ("بلدتي X وY": one more)
    for k, m in enumerate(matches):
        for src, attr in ((prev, "head"), (prev_kind, "kind")):
            if src is None or src.sent != m.sent or left[attr] == 0:
                continue
            if attr == "head" and m.head is not None:
                continue
            if attr == "kind" and m.kind_hint is not None:
                continue
            lt = _last_tok(src, matches, k)
            gap_text = norm[toks.e[lt]:toks.s[m.i]]
            between = toks.t[lt + 1:m.i]
            joined_by_and = toks.t[m.i].startswith("و") or any(t == "و" for t in between)
            if len(between) > 1 or any(t != "و" for t in between) or any(ch in gap_text for ch in ".;:()"):
                continue
            if not joined_by_and and not any(ch in gap_text for ch in ",-–—"):
                continue   # "في فليفل بجروح": two names side by side are no list
            if left[attr] is not None:
                left[attr] -= 1
            if attr == "head":
                listy = bool(src.head_info and src.head_info.get("list"))
                if not (listy or (joined_by_and and "," not in gap_text and src.head_info
                                  and src.head_info.get("relation") == "desert_of"
                                  and m.kind_hint is None
                                  and m.key.split(" ", 1)[0] not in lex.kind_triggers)):
                    continue
                m.head, m.head_info = src.head, src.head_info
            else:
                m.kind_hint = src.kind_hint
            m.evidence = True
        if m.head_info and prev is not m and not (prev is not None and m.head == prev.head):
            prev = m
            left["head"] = 1 if _is_dual(m.head) else None
        elif m.head_info:
            prev = m
        if m.kind_hint and m.qualifier and normalize_char_string(m.qualifier.split(" ")[0]) in _PLURAL_KIND_TRIGGERS \
                and prev_kind is not m:
            prev_kind = m
            left["kind"] = 1 if _is_dual(normalize_char_string(m.qualifier.split(" ")[0])) else None
        # a chain continues through the places it governed
        if prev is not None and prev is not m and m.head == prev.head and m.head is not None:
            prev = m
        if prev_kind is not None and prev_kind is not m and m.kind_hint == prev_kind.kind_hint and m.kind_hint:
            prev_kind = m


def _is_dual(word: str | None) -> bool:
    """"بلدتي", "قريتي", "باديتي", "ريفي", "محافظتي": a dual head, for two places."""
    w = (word or "").lstrip("وبل")
    return w.endswith("تي") or w in ("ريفي",)


def _last_tok(src: _Match, matches: list[_Match], k: int) -> int:
    """Index of the last token of the match right before ``matches[k]`` (the chain's latest
    member)."""
    before = matches[k - 1] if k > 0 else src
    return before.i + before.n - 1


# ------------------------------------------------------------------------------ resolution

_KIND_PRIOR = {"city": 0.62, "town": 0.52, "governorate": 0.5, "district": 0.3, "village": 0.42,
               "subdistrict": 0.25}
_TRIGGER_KIND_MATCH = {
    "city": {"city", "town"}, "town": {"town", "village", "city"}, "village": {"village", "town"},
    "governorate": {"governorate"}, "mountain": {"mountain", "mountain_range", "hill"},
    "hill": {"hill", "mountain", "village"}, "airport": {"airport", "airbase", "base"},
    "base": {"base", "airbase", "airport"}, "field": {"field", "oil_field", "gas_field"},
    "crossing": {"crossing", "border_crossing"}, "desert_area": {"desert_area"},
    "camp": {"camp", "village", "town"}, "salt_flat": {"salt_flat", "lake"},
    "dam": {"dam"}, "valley": {"valley", "wadi"}, "subdistrict": {"subdistrict", "town"},
    "neighbourhood": {"neighbourhood", "village", "town"},
}


def _mean_bearing(bs: Sequence[float]) -> float:
    x = sum(math.sin(math.radians(b)) for b in bs)
    y = sum(math.cos(math.radians(b)) for b in bs)
    return math.degrees(math.atan2(x, y)) % 360


VILLAGE_MAX_POPULATION = 20_000   # a place this large is no "قرية", whatever the text calls a namesake


def _prior(p: Place, m: _Match) -> float:
    s = _KIND_PRIOR.get(p.kind, 0.45)
    if p.population:
        s += 0.05 * min(6.0, math.log10(p.population + 1))
    if m.kind_hint and p.kind in _TRIGGER_KIND_MATCH.get(m.kind_hint, {m.kind_hint}):
        s += 0.5
    elif m.kind_hint == "governorate" and p.kind != "governorate":
        s -= 0.6
    if m.kind_hint == "village" and (p.kind == "city" or (p.population or 0) >= VILLAGE_MAX_POPULATION):
        s -= 0.8   # "قرية سلمية في ريف جبلة": not the town of 95,000 of the same name
    if m.bearings and not m.head_info and p.kind == "governorate":
        s += 0.9   # "شرقي دير الزور": the east of the governorate more often than of its city
    if m.head_info and m.head_info.get("relation") in ("countryside_of", "desert_of"):
        if p.kind == "governorate":
            s += 0.9
        elif p.kind in ("city", "town"):
            s += 0.15
    elif p.kind in ("governorate", "district") and m.kind_hint is None:
        s -= 0.1 if p.kind == "governorate" else 0.3
    if p.kind == "district":
        s -= 0.2  # a district is named after its town; prefer the town or the governorate
    return s


def _key_places(gaz, m: _Match) -> tuple:
    """(the places of ``m.ids`` that exist, their governorates' admin1 names, whether they all
    stand on one spot at 0.01°), cached per gazetteer key: ``m.ids`` is the key's id list."""
    cache = _index_for(gaz).key_places
    got = cache.get(m.key)
    if got is None:
        places = tuple(p for p in (gaz.get(pid) for pid in m.ids) if p is not None)
        govs = tuple(p.admin1 for p in places if p.kind == "governorate" and p.admin1)
        one_spot = bool(places) and len({(round(p.lat, 2), round(p.lon, 2)) for p in places}) == 1
        anchor = places[0] if one_spot else _town_of_its_district(places)
        got = (places, govs, anchor)
        if len(cache) < 500_000:
            cache[m.key] = got
    return got


VARIANT_NEAR_KM = 40.0   # a namesake written without (or with) the article this close to the text's places


def _article_variants(gaz, matches: list["_Match"], info: list[tuple]) -> None:
    """A village name resolved far from everything else the text names, or left unresolved as
    its qualifier contradicts every place of that name, may be spelt with the article ال where
    the gazetteer has none, or the reverse: OCHA writes some villages with it and some without,
    and the press as it likes. "قرية الهيشة قرب عين عيسى" is OCHA's "هيشة" (Tell Abiad district),
    not "الهيشة" of Tartous, 450 km away.

    The other spelling's village is taken when every place as written lies over ARTICLE_FAR_KM
    from all the other places the text resolved, and it lies within VARIANT_NEAR_KM of one of
    them (and in the governorate the qualifier names, when there is one)."""
    resolved = [(k, x) for k, x in enumerate(matches) if x.place is not None
                and x.place.kind not in ("governorate", "district", "subdistrict", "country")]
    if not resolved:
        return
    for k, m in enumerate(matches):
        places = info[k][0]
        if not places or m.negated or any(p.kind not in _SMALL_KINDS for p in places):
            continue
        if m.place is None and not m.admin_hints:
            continue
        key = m.key
        variant = key[2:] if key.startswith("ال") else "ال" + key
        if len(variant) < 4:
            continue
        alts = [p for p in gaz.candidates(variant) if p.kind in _SMALL_KINDS]
        if not alts:
            continue
        others = [x.place for k2, x in resolved if k2 != k and x.key != key]
        if not others or any(haversine_km(p.lat, p.lon, o.lat, o.lon) <= ARTICLE_FAR_KM
                             for p in places for o in others):
            continue
        after = {h.split(":", 1)[1] for h in m.admin_hints if h.startswith(("after:", "next:"))}
        near = [(min(haversine_km(p.lat, p.lon, o.lat, o.lon) for o in others), p) for p in alts
                if not after or p.admin1 in after]
        near = [(d, p) for d, p in near if d <= VARIANT_NEAR_KM]
        if near:
            m.place, m.score = min(near, key=lambda dp: (dp[0], dp[1].id))[1], 0.7


def _town_of_its_district(places: Sequence[Place]) -> Place | None:
    """"بانياس", "منبج": one town and the district or subdistrict named after it (in the same
    governorate) are one place to locate its neighbours by — the town. None otherwise."""
    towns = [p for p in places if p.kind in ("city", "town", "village")]
    if len(towns) != 1:
        return None
    t = towns[0]
    rest = [p for p in places if p is not t]
    return t if rest and all(p.kind in ("district", "subdistrict") and p.admin1 == t.admin1 for p in rest) else None


# "(وليس صيدا الجولان في ريف القنيطرة)", "(غير مطار النيرب العسكري في حلب)": a place the text
# says it is not about gives no context to the others
NOT_BRACKET_RE = re.compile(r"\(\s*(?:وليس|ليس|غير(?!\s+بعيد)|لا(?!\s*سيما))\s[^()]{0,80}\)")   # (not "لا سيما", "غير بعيد")


def _resolve(gaz, matches: list[_Match], lex: Lexicon, norm: str) -> None:
    info = [_key_places(gaz, m) for m in matches]
    # admin hints: governorates named in the same sentence (strongest right after the mention)
    gov_matches = [(k2, govs, matches[k2].sent, matches[k2].i, _joined_by_wa(matches[k2]))
                   for k2, (_, govs, _) in enumerate(info) if govs
                   # "قرب السخنة على طريق دير الزور – تدمر": a road's end, not a qualifier
                   and (matches[k2].head_info or {}).get("relation") not in ("road", "near", "distance")]
    if gov_matches:
        by_sent: dict[int, list] = {}
        for g in gov_matches:
            by_sent.setdefault(g[2], []).append(g)
        for k, m in enumerate(matches):
            for k2, govs, sent2, i2, joined in by_sent.get(m.sent, ()):
                if k2 == k or matches[k2].negated and not m.negated:
                    continue   # ("صيدا بريف درعا (وليس صيدا الجولان في ريف القنيطرة)": not Quneitra's)
                # "برزة بدمشق": the governorate right after the name locates it; a few words
                # later it still weighs more than one elsewhere in the sentence
                # ("السخنة ودير الزور": a governorate joined by "و" is another place, not a locator)
                # (not across a comma into another clause or to an addressee: "مواقع في تل رفعت، في
                # رسالة واضحة لدمشق", "…، وفي دمشق سقطت قذيفة" say nothing of where تل رفعت is; but
                # "بلدة الحميدية، على بعد 20 كيلومتراً جنوب مدينة طرطوس" locates it)
                weight = ("next" if i2 == m.i + m.n else "after") \
                    if k2 > k and i2 - (m.i + m.n) <= 8 and not joined \
                    and not _new_clause_between(norm, m.end, matches[k2]) else "sent"
                for g in govs:
                    m.admin_hints.append(f"{weight}:{g}")
    # anchors: unambiguous matches with evidence
    anchors: list[tuple[_Match, Place]] = []
    for m, (places, _, anchor) in zip(matches, info):
        if anchor is not None and not m.negated:
            if not _needs_evidence(m, lex) or m.evidence:
                anchors.append((m, anchor))
    admin_counts: dict[str, int] = {}
    for _, p in anchors:
        if p.admin1 and p.kind != "governorate":
            admin_counts[p.admin1] = admin_counts.get(p.admin1, 0) + 1
    total = sum(admin_counts.values()) or 1
    for k, (m, (places, _, _)) in enumerate(zip(matches, info)):
        if not places:
            continue
        if len(places) == 1:
            # one candidate: nothing to weigh (most names); the admin check below still applies
            scored = [(0.0, places[0])]
        else:
            scored = _score_candidates(m, places, anchors, admin_counts, total)
        best_s, best = scored[0]
        if len(scored) == 1:
            conf = 0.92
        else:
            second = scored[1][0]
            same_spot = haversine_km(best.lat, best.lon, scored[1][1].lat, scored[1][1].lon) < 5
            conf = 0.9 if same_spot else max(0.35, min(0.9, 0.5 + (best_s - second)))
        if m.stripped:
            conf -= 0.03
        after = {h.split(":", 1)[1] for h in m.admin_hints if h.startswith(("after:", "next:"))} if m.admin_hints else ()
        if after and best.admin1 not in after and best.kind in _SMALL_KINDS_OR_TOWN \
                and not any(_near_governorate(gaz, best, g) for g in after):
            # "حي الزهراء بحمص" but the only الزهراء we know is in Aleppo: a place we do not
            # have; report it unresolved rather than 150 km away
            m.place, m.score = None, 0.0
            continue
        if best.kind in _SMALL_KINDS_OR_TOWN and k + 1 < len(matches) \
                and (towns := _locating_towns(m, matches[k + 1], info[k + 1][0], norm)) \
                and all(haversine_km(best.lat, best.lon, t.lat, t.lon) > LOCATOR_REACH_KM for t in towns):
            # "قرية المشيرفة في ريف عين عيسى" but every المشيرفة we know lies hundreds of km away:
            # a place we do not have, reported unresolved (the town locating it still stands)
            m.place, m.score = None, 0.0
            continue
        m.place, m.score = best, _round(max(0.05, min(1.0, conf)), 3)
    _article_variants(gaz, matches, info)
    # one sense per article: "في منطقة برزة بدمشق" … later "في برزة" is the same Barzeh
    told: dict[str, tuple] = {}
    for m in matches:
        if m.place is not None and m.place.kind not in ("governorate", "district", "subdistrict", "city") \
                and any(h.startswith(("next:", "after:")) for h in m.admin_hints):
            told.setdefault(m.key, (m.place, m.score))
    if told:
        for m in matches:
            got = told.get(m.key)
            if got is not None and m.place is not None and m.place is not got[0] \
                    and (m.head_info is None or m.head_info.get("relation") in (None, "area_of")) \
                    and m.place.kind not in ("governorate", "district", "subdistrict", "city") \
                    and not any(h.startswith(("next:", "after:")) for h in m.admin_hints):
                m.place, m.score = got


HINT_BORDER_KM = 60.0
LOCATOR_REACH_KM = 50.0   # a village placed "في ريف"/"قرب"/"غربي" a town lies within this of it
# the words between a name and the town that locates it ("في ريف", "بريف", "قرب", "غربي", "في محيط مدينة")
_TOWN_LOCATOR_RE = re.compile(r"\s*(?:(?:في|ب)\s*)?(?:ريف|بريف|قرب|بالقرب\s+من|محيط|بمحيط|ضواحي|بضواحي|اطراف|"
                             r"(?:ال)?(?:شرق|غرب|شمال|جنوب)(?:ي|يه)?)\s+(?:(?:مدينه|بلده|ناحيه|منطقه)\s+)?")
# (not a bare "في": "شاباً ينحدر من بلدة الشحيل في مدينة طفس" is arrested in Tafas, from al-Shuhayl)


def _locating_towns(m: _Match, nxt: _Match, places: Sequence[Place], norm: str) -> list[Place]:
    """The towns a locator right after ``m`` may place it by ("قرية المشيرفة في ريف عين عيسى",
    "الياشلي غربي منبج"): the candidates (``places``) of the next name ``nxt``, after the locator, or
    [] — none when that name may be a city's (its countryside, "في ريف حلب", is its province's)."""
    if nxt.sent != m.sent or not 0 < nxt.i - (m.i + m.n) <= NEXT_ANCHOR_TOKENS or nxt.negated \
            or not _TOWN_LOCATOR_RE.fullmatch(norm, m.end, nxt.start) \
            or any(p.kind in ("city", "governorate", "district") for p in places):
        return []
    return [p for p in places if p.kind == "town"]


# (or a comma and a word that opens a clause of its own: "قرب بلدة إزرع، فيما أعلنت دمشق …")
_HINT_BREAK_RE = re.compile(r"[،,.؛;:]\s*(?:\S+\s+)*?و\S*\s|[.؛;]|[،,]\s*(?:فيما|بينما|في\s+حين|حيث|كما|لكن\S*|اذ|الا\s+ان)\s")
_COMMA_RE = re.compile(r"[،,]")


def _new_clause_between(norm: str, end: int, g: _Match) -> bool:
    """Is the governorate ``g`` after a name ending at ``end`` in another clause (a comma, then
    "و…": "…، وفي دمشق") or the one addressed ("لدمشق" after a comma)?"""
    if _HINT_BREAK_RE.search(norm, end, g.start):
        return True
    # (tried: after a comma only a locator word, "…، جنوب مدينة طرطوس", locates: held-out +2 predicted, none found)
    return normalize_char_string(g.orig_token).startswith("ل") and _COMMA_RE.search(norm, end, g.start) is not None


def _joined_by_wa(m: _Match) -> bool:
    """Is ``m`` joined to what goes before by "و" ("ودير الزور")?"""
    tok = normalize_char_string(m.orig_token)
    return tok.startswith("و") and not m.key.startswith("و") and len(tok) > 1


def _near_governorate(gaz, p: Place, admin1: str) -> bool:
    """Is ``p`` within ``HINT_BORDER_KM`` of governorate ``admin1``? The press places border
    villages by the nearer city ("أثريا بريف الرقة" lies just inside Hama governorate).
    Cached per (place, governorate)."""
    cache = _index_for(gaz).near_governorate
    key = (p, admin1)
    got = cache.get(key)
    if got is None:
        got = _near_governorate_uncached(gaz, p, admin1)
        if len(cache) < 500_000:
            cache[key] = got
    return got


def _near_governorate_uncached(gaz, p: Place, admin1: str) -> bool:
    geom = _admin1_geom(gaz, admin1)
    if geom is None:
        return False
    from shapely.geometry import Point

    return geom.distance(Point(p.lon, p.lat)) * 111.0 <= HINT_BORDER_KM


NEXT_ANCHOR_TOKENS = 4   # a known place this close after an ambiguous one locates it
DISTRICT_CAPITAL_PRIOR = 0.5   # a district's town over its namesakes elsewhere


def _score_candidates(m: _Match, places: Sequence[Place], anchors, admin_counts: dict, total: int):
    """Score the candidates of an ambiguous name, best first."""
    hints = [h.split(":", 1) for h in m.admin_hints]
    # the anchors that weigh: (same sentence, lat, lon); distances as ``geo.approx_km``
    sent = m.sent
    end = m.i + m.n
    near = [(am.sent == sent, am.sent == sent and 0 <= am.i - end <= NEXT_ANCHOR_TOKENS, ap.lat, ap.lon)
            for am, ap in anchors if am is not m and ap.kind not in ("governorate", "district")]
    near = list(dict.fromkeys(near))     # a place named again adds nothing to a minimum
    cos, radians, hypot, exp = math.cos, math.radians, math.hypot, math.exp
    # "عفرين": the town its district is named after, not a village of the same name
    capital = _town_of_its_district([p for p in places if p.kind in ("city", "town", "district", "subdistrict")]) \
        if not m.head_info and m.kind_hint is None else None
    if capital is not None and not any(p.kind in _SETTLEMENT_KINDS and p is not capital for p in places):
        capital = None   # (only against namesake villages: the town or its district is another matter)
    scored = []
    for p in places:
        s = _prior(p, m)
        if p is capital:
            s += DISTRICT_CAPITAL_PRIOR
        for w, g in hints:
            if g == p.admin1:
                s += 2.0 if w == "next" else 1.0 if w == "after" else 0.6
        s += 0.5 * admin_counts.get(p.admin1 or "", 0) / total
        dmin_sent, dmin_art, dmin_next = 1e9, 1e9, 1e9
        plat, plon = p.lat, p.lon
        for same, nxt, alat, alon in near:
            kx = 111.32 * cos(radians((plat + alat) * 0.5))
            d = hypot((alon - plon) * kx, (alat - plat) * 110.57)
            if same and d < dmin_sent:
                dmin_sent = d
            if nxt and d < dmin_next:
                dmin_next = d   # "قرية الجديدة قرب مدينة جسر الشغور"
            if d < dmin_art:
                dmin_art = d
        if dmin_next < 1e9 and p.kind not in ("governorate", "district", "subdistrict") and not m.head_info:
            s += 2.0 * exp(-dmin_next / 25.0)
        if dmin_sent < 1e9:
            s += 0.8 * exp(-dmin_sent / 40.0)
        if dmin_art < 1e9:
            s += 0.4 * exp(-dmin_art / 60.0)
        scored.append((s, p))
    scored.sort(key=lambda sp: (-sp[0], sp[1].id))
    return scored


def _needs_evidence(m: _Match, lex: Lexicon) -> bool:
    got = lex.needs_evidence.get(m.key)
    if got is None:
        key = m.key
        bare = key[2:] if key.startswith("ال") else key
        got = (key in lex.common or bare in lex.common or len(bare) <= 2
               or key in lex.foreign or bare in lex.foreign)
        if len(lex.needs_evidence) < 500_000:
            lex.needs_evidence[key] = got
    return got




def _has_evidence(m: _Match, matches: list[_Match], toks: _Toks, gaz, lex: Lexicon, norm: str | None = None) -> bool:
    # a direction or distance alone ("شرق المدينة") is no evidence: "the city" is a word too
    if m.evidence or m.kind_hint:
        return True
    if m.key in lex.kind_only_names:
        return False   # "على مهاجرين قرب قرية خربة الجوز": people, only "قرية مهاجرين" is the village
    if m.head and not (m.n == 1 and m.head_info.get("relation") == "near"
                       and word_frequency(_PLAIN_RE.sub("", m.orig_token)) >= WORD_ZIPF_COMMON):
        return True   # ("قرب مدرسة ابتدائية", "قرب الكنيسة": near a school, the church, not the villages)
    return _qualifier_after(m, toks, lex, norm)


def _qualifier_after(m: _Match, toks: _Toks, lex: Lexicon, norm: str | None = None) -> bool:
    """A place qualifier right after the name: "X بريف Y", "X في ريف Y", "X شرقي Y",
    "X، محافظة Y" (the next word, or the one after في/من) — in the same sentence ("من قوات الأسد.
    ريف دمشق:" is a new line's heading, not a qualifier of "الأسد")."""
    k = m.i + m.n
    if norm is not None and 0 < k < len(toks.t) and any(ch in norm[toks.e[k - 1]:toks.s[k]] for ch in ".\n!?؟"):
        return False
    nxt = toks.t[k:k + 2]
    if nxt and nxt[0] in lex.qualifier_openers:
        nxt = nxt[1:]
    if not nxt:
        return False
    forms = _bare(nxt[0], lex)
    if "قرب" in forms and m.n == 1 and word_frequency(_PLAIN_RE.sub("", m.orig_token)) >= WORD_ZIPF_COMMON:
        return False   # "اجتماعاً في مدرسة قرب بلدة كفرحلب": a school near the town, not the village "مدرسة"
    # ("بلدة صيدا في الريف الشرقي": the countryside the article is about)
    return bool(forms & lex.qualifiers_after) or nxt[0] in lex.definite_qualifiers_after


_SMALL_KINDS = frozenset({"village", "neighbourhood", "camp", "hill"})
_SMALL_KINDS_OR_TOWN = _SMALL_KINDS | {"town"}
_SETTLEMENT_KINDS = frozenset({"village", "town", "city", "neighbourhood", "camp", "hill"})


#: Zipf frequency (wordfreq, Arabic) at or above which a single-word name is also an ordinary
#: word: a village named "الوعرة" (rugged) or "حينه" (its time), a town named "الباب" (the door).
WORD_ZIPF_VILLAGE = 3.3
_TANWEEN = ("\u064b", "\u064c", "\u064d")   # ً ٌ ٍ
_PLAIN_RE = re.compile("[\u0640\u064b-\u065f\u0670]")
WORD_ZIPF_TOWN = 4.6
#: ... and for an indefinite word after a trigger that no gazetteer knows ("منطقة خفض", "حي سكني").
WORD_ZIPF_UNKNOWN = 3.0
#: a token with a clitic this frequent, and far more frequent than the name it would hold, is that
#: word ("لعبه" 4.1 against "عبه" 1.8; not "ودمشق" 3.6)
WORD_ZIPF_CLITIC_WORD = 4.0
WORD_ZIPF_COMMON = 4.5    # a word this frequent ("أبرز", "الجهة") is a word unless the text says otherwise
WORD_ZIPF_FUNCTION = 5.5  # ... and one this frequent ("تحت", "جديدة", "على") is a place only after "قرية X"


@functools.lru_cache(maxsize=65536)
def word_frequency(word: str) -> float:
    """Zipf frequency of ``word`` in general Arabic text (wordfreq; 0 if unknown)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "ar")


def _word_like(m: _Match, gaz) -> bool:
    """Is this single-word settlement name also a frequent Arabic word?

    Decided from a general Arabic word-frequency list, not from any article: such names need
    evidence from context before they count as places.
    """
    if m.n != 1:
        return False
    key = (id(gaz), m.key, m.orig)
    got = _WORD_LIKE_CACHE.get(key)
    if got is None:
        got = _WORD_LIKE_CACHE[key] = _word_like_uncached(m, gaz)
    return got


_WORD_LIKE_CACHE: dict[tuple, bool] = {}


def _word_like_uncached(m: _Match, gaz) -> bool:
    places = [gaz.get(pid) for pid in m.ids]
    if any(p is None or p.kind not in _SETTLEMENT_KINDS for p in places):
        return False
    # frequencies need the spelling as written (ة, أ …), so use the gazetteer's own spellings
    # (and the hamza spelling of a hamza-less form: "الخضرا" is as common a word as "الخضراء")
    words = {w for p in places for w in (p.name_ar, *p.variants_ar)
             if normalize_char_string(w) == m.key or normalize_char_string(w) == m.key + "ء"}
    if m.orig:
        words.add(_PLAIN_RE.sub("", m.orig))
    words = words or {m.key}
    z = max(max(word_frequency(w), word_frequency(w[2:]) if w.startswith("ال") else 0.0) for w in words)
    small = all(p.kind in _SMALL_KINDS and p.population < 5000 for p in places)
    return z >= (WORD_ZIPF_VILLAGE if small else WORD_ZIPF_TOWN)


def _coordinated(a: _Match, b: _Match, toks: _Toks, norm: str) -> bool:
    """a and b stand side by side in a list ("الشولا، وكباجب", "الطيبة والكوم")."""
    if a.sent != b.sent or b.i != a.i + a.n:
        return False
    gap = norm[toks.e[a.i + a.n - 1]:toks.s[b.i]]
    if gap.strip(" ,-") != "" or "\n" in gap:
        return False
    # a list needs a comma or the conjunction و; two names side by side are a construct
    return "," in gap or toks.t[b.i].startswith("و")


def _in_group_name(m: _Match, toks: _Toks, lex: Lexicon) -> bool:
    """Is the name part of an armed group's ("جيش خالد", "لواء شهداء اليرموك", "حركة رجال الكرامة")?"""
    i = m.i
    worded = i > 0 and _one_clitic_in(toks.t[i - 1], lex.group_name_words)
    if worded:
        i -= 1
    # ("قوات" heads a group's name only with a group's word between: "قوات تحرير عفرين", not "قوات حلب")
    return i > 0 and _one_clitic_in(toks.t[i - 1], lex.group_nouns) and (
        worded or not _one_clitic_in(toks.t[i - 1], lex.group_nouns_worded_only))


def _a_sheikh(m: "_Match", toks: "_Toks", lex: Lexicon) -> bool:
    """Is "الشيخ X" a man: a word of a man before it ("بينهم", "نعت", "قتل"), a family name after it
    ("الشيخ محمد الحوراني"), or, for OCHA's "شيخ محمد" written without ال, no place word before it
    ("قرية"/"بلدة", a preposition of place, "على", "محيط" …)?"""
    prev = toks.t[m.i - 1] if m.i > 0 else ""
    if _one_clitic_in(prev, lex.sheikh_cues):
        return True
    if m.i + m.n < len(toks.t) and _NISBA_NAME_RE.fullmatch(toks.t[m.i + m.n]) and prev not in lex.place_use_before:
        return True
    return m.key.startswith("شيخ ") and not (
        _one_clitic_in(prev, lex.settlement_triggers) or prev[:1] == "ب" and prev[1:] in lex.settlement_triggers
        or prev in lex.place_preps or prev in ("علي", "على") or prev in lex.place_use_before)


def _one_clitic_in(t: str, words: frozenset) -> bool:
    """Is ``t``, or ``t`` without one clitic و/ف, in ``words`` ("وفرقة", not "فرقة" → "رقة")?"""
    return t in words or t[:1] in "وف" and t[1:] in words


# a definite plural ("العصابات") or a noun with a possessive ("وقلعتها"): a nisba after it agrees with it
_DEFINITE_HEAD_RE = re.compile(r"^(?:[وفبلك]{0,2}ال|[وف]?لل)\w{2,}ات$|^\w{3,}(?:تها|تهم|تهما|ته)$")


def _nisba_after_definite(m: _Match, toks: _Toks, norm: str) -> bool:
    """A definite nisba word right after a definite noun is its adjective ("العصابات الأسدية",
    "وقلعتها الأثرية"), whatever village shares its name: a name in construct follows an
    indefinite head ("بلدة الحصن"), never a definite one."""
    if m.n != 1 or m.i == 0 or m.stripped or m.qualifier:
        return False
    tok = toks.t[m.i]
    if not (tok.startswith("ال") and tok.endswith(("يه", "ي")) and len(tok) > 5):
        return False
    if norm[toks.e[m.i - 1]:toks.s[m.i]].strip():
        return False   # punctuation between: a list, not an adjective
    # (a definite singular subject or adjective before a place object — "استهدفت الفصائل المسلحة
    # الأشرفية" — does not count)
    return _DEFINITE_HEAD_RE.match(toks.t[m.i - 1]) is not None


def _in_phrase(m: _Match, toks: _Toks, phrases: frozenset) -> bool:
    """Is the match part of one of ``phrases`` (one word before or after it, clitics kept)?"""
    words = _words_of(phrases)
    if toks.t[m.i] not in words and toks.t[m.i + m.n - 1] not in words and m.key.split()[0] not in words:
        return False   # (a phrase holding the name holds its first or last word)
    name = " ".join(toks.t[m.i:m.i + m.n])
    before = toks.t[m.i - 1] if m.i > 0 else None
    after = toks.t[m.i + m.n] if m.i + m.n < len(toks.t) else None
    return (before is not None and f"{before} {name}" in phrases
            or before is not None and f"{before.lstrip('وف')} {name}" in phrases
            or after is not None and (f"{name} {after}" in phrases
                                      # "وحماة الديار يفشلون": the name without its clitic
                                      or m.stripped and f"{m.key} {after}" in phrases))


@functools.lru_cache(maxsize=8)
def _words_of(phrases: frozenset) -> frozenset:
    """The words of ``phrases``."""
    return frozenset(w for p in phrases for w in p.split())


_BRAND_OPEN_RE = re.compile(r"[(«\"“'][\s]*$")
_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين", "اللذان", "اللتان"})
_THAT = frozenset({"ان", "بان", "انه", "انها", "بانه"})   # "قال … إن", "أفاد … بأن"


# the countries whose towns share names with Syrian villages (صيدا, صور, كلس …)
_NEIGHBOUR_RE = re.compile(r"لبنان|اللبناني|العراق|تركيا|الاردن|الاردني|فلسطين|المحتله")
NEIGHBOUR_NEAR_CHARS = 60   # a neighbouring country named this near (same sentence) makes a foreign-named village its



def _in_foreign_unit(t: Sequence[str], j: int, lex: "_Lex") -> bool:
    """Do the tokens from ``j`` on put the name in a neighbour's unit: "في قضاء الهرمل" (a district
    word Syria does not use), "بولاية هاتاي", "في إقليم هاتاي" (a province word and a neighbour's
    province: "ولاية الخير" is the ISIS name of a Syrian one), after one adjective at most; or in a
    neighbouring country ("قاعدة البرج 22 في الأردن", "بلدة القصير في لبنان")? (Not "على الجانب
    اللبناني": said of border villages on both sides, "بلدتي القصر وحوش السيد علي على الجانب اللبناني".)"""
    if j < len(t) and t[j].isdigit():
        j += 1   # "قاعدة البرج 22 في الأردن"
    if j < len(t) and t[j].startswith("ال") and t[j] not in lex.foreign_districts:
        j += 1   # "الحدودية"
    if j + 1 < len(t) and t[j] in ("في", "وفي") and (
            t[j + 1] in lex.neighbour_countries or " ".join(t[j + 1:j + 3]) in lex.neighbour_countries):
        return True   # "بلدة القصير في لبنان"
    if j < len(t) and t[j] in ("في", "وفي"):
        j += 1
    if j >= len(t):
        return False
    head = t[j]
    if head[:1] == "ب" and head not in lex.foreign_districts and head not in lex.foreign_province_heads:
        head = head[1:]   # "بولاية"
    if head in lex.foreign_districts:
        return True
    return head in lex.foreign_province_heads and (
        t[j + 1:j + 2] and t[j + 1] in lex.foreign_provinces or " ".join(t[j + 1:j + 3]) in lex.foreign_provinces)


def _across_the_border(m: "_Match", norm: str, lex: "_Lex") -> bool:
    """Is the name placed in a neighbour by the words around it: a neighbour, its province or a
    foreign city right after it, behind a direction word or "في/ب/داخل" ("بلدة الطيبة بجنوب
    لبنان", "منطقة الحسينية شمالي بغداد", "جزيرة الخالدية بمحافظة الأنبار"); a district word Syria
    does not use before it ("قضاء هيت"); or a sentence opened by a neighbour ("وفي لبنان، سقط
    صاروخ في بلدة الهبارية")? (Not the occupied Golan, which is Syria's.)"""
    if _FOREIGN_DISTRICT_BEFORE_RE.search(norm, max(0, m.start - 8), m.start) is not None:
        return True
    if lex.foreign_after_re.match(norm, m.end) is not None:
        return True
    # (a village or town told by its kind, in a sentence with no word of Syria: not "وفي لبنان،
    # رأى نواب أن ما يجري في الزبداني يفتح الباب …", a Syrian town in a neighbour's reactions)
    if m.kind_hint not in ("village", "town"):
        return False
    sent = line_start(norm, m.start)
    if lex.foreign_opener_re.match(norm, sent) is None:
        return False
    end = norm.find(".", m.end)
    return _SYRIA_WORD_RE.search(norm, sent, end if end > 0 else len(norm)) is None


_SYRIA_WORD_RE = re.compile(r"سوري|ريف\s|(?:^|\s)[وفب]?(?:ال)?(?:محافظه|منطقه)\s")


_FOREIGN_DISTRICT_BEFORE_RE = re.compile(r"(?:^|\s)[وبل]?قضاء\s+$")


def _gate(matches: list[_Match], toks: _Toks, norm: str, gaz, lex: Lexicon) -> list[_Match]:
    """Keep matches that are places; names that are also words need evidence from context."""
    status: dict[int, bool | None] = {}
    for k, m in enumerate(matches):
        bare = m.key[2:] if m.key.startswith("ال") else m.key
        if m.stripped == 2 and m.kind_hint not in ("village", "town", "city", "facility") and (
                m.n == 1 and word_frequency(_PLAIN_RE.sub("", m.orig_token)) >= WORD_ZIPF_VILLAGE
                or _needs_evidence(m, lex)):
            status[k] = False   # "السلام" is a word, not the village "سلام" without its article
            continue
        if m.stripped == 1 and m.n == 1 and m.kind_hint is None and toks.t[m.i].startswith("فل") \
                and not m.key.startswith("فل") and m.start - toks.s[m.i] == 2:
            status[k] = False   # "مجموعة راجي فلحوط": a surname, not ف + ل + the village "حوط"
            continue
        if m.stripped and m.n == 1 and not (m.i > 0 and toks.t[m.i - 1].lstrip("وفب") in lex.settlement_triggers):
            full = word_frequency(_PLAIN_RE.sub("", m.orig_token))
            if full >= WORD_ZIPF_CLITIC_WORD and full >= word_frequency(m.key) + 1.5:
                status[k] = False   # "أثناء لعبه قرب منزله" ("his playing"), not ل + the village "عبه"
                continue
        if m.n == 1 and m.orig_token.rstrip("\u0640").endswith(_TANWEEN) \
                and not (m.i > 0 and toks.t[m.i - 1].lstrip("وفب") in lex.settlement_triggers):
            status[k] = False   # "معبداً أثرياً": a word with tanween is an indefinite noun or adjective,
            # not the village "أثريا" (a place's name never takes it)
            continue
        if m.i > 0 and toks.t[m.i - 1] in lex.brand_nouns and _BRAND_OPEN_RE.search(norm, max(0, toks.s[m.i] - 3), toks.s[m.i]):
            status[k] = False   # "فندق (داما روز)": a brand name
            continue
        if m.i > 0 and toks.t[m.i - 1].lstrip("وفبل") in lex.named_building_nouns and m.i + m.n < len(toks.t) \
                and (toks.t[m.i + m.n] == "في" or toks.t[m.i + m.n][:1] == "ب" and toks.t[m.i + m.n][1:] in lex.settlement_triggers):
            status[k] = False   # "مشفى المغارة في كفرزيتا": the building's name, the place it stands in after it
            continue
        if lex.not_place_phrases and _in_phrase(m, toks, lex.not_place_phrases):
            status[k] = False   # "فتح الباب أمام", "الحراك السلمي": an idiom, not a place
            continue
        if not m.stripped and _in_group_name(m, toks, lex):
            status[k] = False   # "حركة رجال الكرامة", "جيش خالد": an armed group's name
            continue
        if _nisba_after_definite(m, toks, norm):
            status[k] = False   # "العصابات الأسدية", "وقلعتها الأثرية": an adjective, not a village
            continue
        if m.n == 2 and " " not in m.key and min(word_frequency(_PLAIN_RE.sub("", t)) for t in toks.t[m.i:m.i + 2]) >= WORD_ZIPF_FUNCTION:
            status[k] = False   # "على أنه" is no split spelling of the village "عليانة"
            continue
        if m.n == 1 and not m.stripped and word_frequency(_PLAIN_RE.sub("", m.orig_token)) >= WORD_ZIPF_FUNCTION \
                and not (m.i > 0 and toks.t[m.i - 1].lstrip("وفب") in lex.settlement_triggers
                         and toks.t[m.i - 1].lstrip("وفب") not in _PLURAL_KIND_TRIGGERS):
            status[k] = False   # "تحت شعار", "موجة جديدة": a word this common is a place only after "قرية"/"بلدة"
            continue
        if m.i > 0 and toks.t[m.i - 1] in _RELATIVES and not m.stripped and m.n == 1:
            status[k] = False   # "الوحدات التي تدمّر خطوط إمدادهم": a relative clause's verb
            continue
        if m.i > 0 and (not m.stripped or toks.t[m.i].startswith("ال")) and (toks.t[m.i - 1] in lex.non_place_before or (
                toks.t[m.i - 1] == "ب" and m.i > 1 and toks.t[m.i - 2] in lex.non_place_before)):
            status[k] = False   # "بتوقيت دمشق": a time zone; "الملقب بـ"أبو كمال"": a nickname
            continue
        if m.key.startswith(("شيخ ", "الشيخ ")) and toks.t[m.i] == "الشيخ" and _a_sheikh(m, toks, lex):
            status[k] = False   # "بينهم الشيخ محمد سعيد البوطي", "نعت الفصائل الشيخ محمد الحوراني", "قتل
            # الشيخ أحمد العلي": a sheikh, not an OCHA village "شيخ محمد", "الشيخ احمد" (but "سقطت قذائف على
            # الشيخ محمد", "قصفت حي الشيخ مقصود")
            continue
        if m.i > 0 and m.stripped == 1 and toks.t[m.i][:1] == "ب" and toks.t[m.i - 1] in lex.nickname_before:
            status[k] = False   # "الملقب بأبو كمال": a nickname
            continue
        if m.n >= 2 and toks.t[m.i + m.n - 1].isdigit() and m.key.split()[0] in lex.unit_heads and m.i > 0 \
                and (toks.t[m.i - 1].lstrip("و") in lex.unit_before
                     or toks.t[m.i - 1] in ("من", "في") and m.i > 1 and toks.t[m.i - 2].lstrip("و") in lex.unit_before):
            status[k] = False   # "بالاشتراك مع الفرقة 17": the unit, not its base
            continue
        if m.i > 0 and toks.t[m.i - 1] in lex.outlet_nouns and not m.stripped:
            status[k] = False   # "وكالة قاسيون", "مراسل قاسيون", "قناة حلب اليوم": an outlet's name
            continue
        if m.stripped and not m.qualifier and toks.t[m.i][:1] == "ل" and not m.key.startswith("ل") and any(
                toks.t[j].lstrip("و") in lex.speech_verbs and not _THAT.intersection(toks.t[j + 1:m.i])
                for j in range(max(0, m.i - 4), m.i)) and _THAT.intersection(toks.t[m.i + m.n:m.i + m.n + 3]):
            status[k] = False   # "وقال ناشطو الحي لأوغاريت إن": who was told, an outlet
            continue
        if m.i + m.n < len(toks.t) and toks.t[m.i + m.n] in lex.outlet_suffixes and not m.qualifier:
            status[k] = False   # "أوغاريت الإخبارية", "درعا 24": an outlet's name
            continue
        if m.i + m.n < len(toks.t) and toks.t[m.i + m.n] in ("الان", "اليوم") and not m.qualifier \
                and norm[toks.e[m.i + m.n]:toks.e[m.i + m.n] + 3].strip()[:1] in ("|", ":"):
            status[k] = False   # "دمشق الآن | ارتفع عدد الشهداء", "حلب اليوم:": an outlet's byline
            continue
        if m.i + m.n < len(toks.t) and toks.t[m.i + m.n] in lex.foreign_nisbas \
                and not (m.i > 0 and toks.t[m.i - 1] in lex.foreign_nisba_hosts):
            status[k] = False   # "وادي خالد اللبناني": across the border, no Syrian homonym
            continue
        if _in_foreign_unit(toks.t, m.i + m.n, lex):
            status[k] = False   # "بلدة الريحانية الحدودية في إقليم هاتاي", "بلدة القصر في قضاء الهرمل"
            continue
        if m.i > 1 and toks.t[m.i - 1] in ("من", "في") and toks.t[m.i - 2] in lex.member_nouns \
                and m.key.split()[0] in lex.unit_nouns:
            status[k] = False   # "حافلة تقل عناصر من الفرقة السابعة عشرة": a unit the men belong to, not its base
            continue
        if m.i + m.n + 1 < len(toks.t) and toks.t[m.i + m.n] == "من" and toks.t[m.i + m.n + 1] in lex.age_words:
            status[k] = False   # "سيدة في الأربعين من عمرها": an age, not the village الأربعين
            continue
        if _across_the_border(m, norm, lex):
            status[k] = False   # "بلدة الطيبة بجنوب لبنان", "قضاء هيت غربي الأنبار", "وفي لبنان، …"
            continue
        if m.n == 1 and m.key in lex.anaphoric_nouns and not (
                m.kind_hint in ("village", "town", "city") and m.qualifier
                and normalize_char_string(m.qualifier.split(" ")[0]) not in _PLURAL_KIND_TRIGGERS):
            status[k] = False   # "أحياء المدينة", "على المدينة": the city just named, not the village "المدينة"
            continue
        if m.n == 1 and m.key in lex.kind_triggers and k + 1 < len(matches) and matches[k + 1].i == m.i + 1:
            status[k] = False   # "تلة الحماميات": the kind of the place after it, not the village "تلة"
            continue
        if m.stripped and m.n == 1 and (toks.t[m.i] in lex.word_tokens or toks.t[m.i] in lex.foreign
                                        or toks.t[m.i][:1] in "وف" and toks.t[m.i][1:] in lex.foreign
                                        # (but "قريتي العنكاوي والقاهرة": a village of the list, see below)
                                        and m.kind_hint not in ("village", "town")):
            # "لبنان" is not ل + the village "بنان"
            status[k] = False   # "برميلان" (two barrels), not ب + رميلان
            continue
        if m.key in lex.foreign or bare in lex.foreign:
            # a village named like a foreign place needs its kind word and a Syrian qualifier, or
            # an article that names no neighbouring country ("على أطراف بلدة الصور" in Deir ez-Zor)
            # (the neighbour named near it, not anywhere: "بلدة صيدا" in Daraa in an article that
            # also names the Jordanian border, but not "بلدة صيدا في جنوب لبنان")
            lo = max(m.start - NEIGHBOUR_NEAR_CHARS, norm.rfind(".", 0, m.start) + 1, norm.rfind("\n", 0, m.start) + 1)
            hi = min(x for x in (m.end + NEIGHBOUR_NEAR_CHARS, norm.find(".", m.end), norm.find("\n", m.end), len(norm)) if x >= 0)
            status[k] = True if (m.kind_hint in ("village", "town") and not _NEIGHBOUR_RE.search(norm, lo, hi)) else False
            continue
        if _needs_evidence(m, lex) or _word_like(m, gaz):
            status[k] = True if _has_evidence(m, matches, toks, gaz, lex, norm) else None
        else:
            status[k] = True
    # list coordination and proximity can lend evidence; iterate to a fixpoint
    for _ in range(3):
        changed = False
        for k, m in enumerate(matches):
            if status[k] is not None:
                continue
            tok = _PLAIN_RE.sub("", m.orig_token)
            z = max(word_frequency(tok), word_frequency(tok[m.stripped:]) if m.stripped else 0.0) if m.n == 1 else 0.0
            if z >= WORD_ZIPF_COMMON:
                continue   # "بلدة سلمى، أبرز معاقل المعارضة": a very common word is no list member
            nxt = toks.t[m.i + m.n] if m.i + m.n < len(toks.t) else ""
            if z >= WORD_ZIPF_UNKNOWN and len(nxt) > 3 and nxt.endswith(("ا", "تين")) and not nxt.startswith(("ال", "و")):
                continue   # "والعمقية، ودمر مستودعاً", "السويداء،ودمر دبابتين": a verb and its object, not a list member
            if (m.key in lex.common or m.key.removeprefix("ال") in lex.common) and len(nxt) > 4 and nxt.startswith("ال") \
                    and nxt.endswith(("ه", "يه", "ي")):
                continue   # "بلدة بيت سوى والمزارع المحيطة بها": a common noun with its adjective, the farms
            for k2 in (k - 1, k + 1):
                if 0 <= k2 < len(matches) and status.get(k2) and (
                        _coordinated(matches[min(k, k2)], matches[max(k, k2)], toks, norm)):
                    status[k] = True
                    changed = True
                    break
        if not changed:
            break
    for k, m in enumerate(matches):
        if status[k] is not None or _needs_evidence(m, lex):
            continue
        # a locative preposition before it and a confirmed place of the article within 40 km
        prev = toks.t[m.i - 1] if m.i > 0 else ""
        # (a clitic ب counts only when the word is not a common one: "بجروح" is "with wounds")
        if m.n == 1 and word_frequency(_PLAIN_RE.sub("", m.orig_token)[m.stripped and 1 or 0:]) >= WORD_ZIPF_COMMON:
            continue   # "قرب مسجد": a common noun after a preposition is that noun
        loc = prev in lex.locative or (m.stripped and toks.t[m.i][:1] == "ب" and word_frequency(
            _PLAIN_RE.sub("", m.orig_token)[1:]) < WORD_ZIPF_VILLAGE)
        if not loc:
            continue
        mine = [gaz.get(pid) for pid in m.ids]
        for k2, m2 in enumerate(matches):
            if k2 == k or not status.get(k2):
                continue
            for pid in m2.ids[:3]:
                q = gaz.get(pid)
                if q is None or q.kind in ("governorate", "district") or q.uncertainty_km > 40:
                    continue
                if any(p is not None and haversine_km(p.lat, p.lon, q.lat, q.lon) <= 40 for p in mine):
                    status[k] = True
                    break
            if status[k]:
                break
    # one sense per article: a name that is also a word ("الحراك": the protest movement, and a
    # town in Daraa), used three times or more and never after a locative preposition, a kind word
    # or a head, is that word every time
    uses: dict[str, list[int]] = {}
    for k, m in enumerate(matches):
        if status[k] and m.n == 1:
            uses.setdefault(m.key, []).append(k)
    for key, ks in uses.items():
        # (a definite common noun: its bare form is a word too, "حراك"; not "الزبداني", not "دمشق")
        if len(ks) < WORDLIKE_USES or not key.startswith("ال") or word_frequency(key[2:]) < WORD_ZIPF_UNKNOWN \
                or any(gaz.get(pid) is not None and gaz.get(pid).kind == "city" for pid in matches[ks[0]].ids):
            continue   # (a city, "الباب", is named without a preposition too: "حصار الباب يشتد")
        if not any(_placed_use(matches[k], toks, lex, norm) for k in ks):
            for k in ks:
                status[k] = False
    kept = []
    for k, m in enumerate(matches):
        if status[k]:
            m.evidence = m.evidence or _needs_evidence(m, lex)
            kept.append(m)
    return kept


WORDLIKE_USES = 3   # how often a name-like word must recur with no place use to be read as the word


def _placed_use(m: _Match, toks: _Toks, lex: Lexicon, norm: str | None = None) -> bool:
    """Is this occurrence used as a place: a kind word, head or qualifier with it, a preposition of
    place (or the clitic ب) or a battle word before it ("معركة الباب", "السيطرة على الباب")?"""
    if m.kind_hint or m.head or m.qualifier or m.bearings or m.adj_bearings:
        return True
    if m.stripped and toks.t[m.i][:1] == "ب" or toks.t[m.i][:2] in ("وب", "فب"):
        return True   # "بالحراك": in it
    prev = toks.t[m.i - 1].lstrip("و") if m.i > 0 else ""
    if prev in lex.place_preps or prev in lex.place_use_before:
        return True   # "في الحراك", "معركة الباب", "حصار الباب"
    if prev == "علي" and m.i > 1 and toks.t[m.i - 2].lstrip("و") in lex.place_use_before_ala:
        return True   # "السيطرة على الباب", "غارات على الحراك"
    return _qualifier_after(m, toks, lex, norm)


# ------------------------------------------------------------------------------ areas

_SECTORS: dict[tuple, tuple[float, float, float] | None] = {}


COUNTRYSIDE_KM = 100.0   # how far from its capital a governorate's countryside ("ريف حمص") reaches


def _sector(gaz, admin1: str, bearings: tuple[float, ...]) -> tuple[float, float, float] | None:
    """Point and radius of a governorate's countryside, in the given direction(s) if any.

    "ريف حمص الشرقي" is the countryside east of the city of Homs: the governorate's OCHA polygon
    is cut to the disc of ``COUNTRYSIDE_KM`` around its capital (the desert beyond is "بادية حمص")
    and by half-planes through the capital (one per direction word); the part's centroid (or a
    point inside it when the centroid falls outside) and equal-area radius are returned. With no
    capital in the gazetteer the polygon's centroid is used and the disc is not. Derived from
    the OCHA polygon and community points, not invented.
    """
    key = (id(gaz), admin1, bearings)
    if key not in _SECTORS:
        _SECTORS[key] = _sector_uncached(gaz, admin1, bearings)
    return _SECTORS[key]


def _admin1_geom(gaz, admin1: str):
    """The OCHA polygon of governorate ``admin1`` (shapely), or None."""
    geoms = _ADMIN1_GEOMS.get(id(gaz))
    if geoms is None:
        try:
            _, props, shapes = gaz._admin_tree(1)
        except Exception:  # noqa: BLE001 - a custom gazetteer without polygons
            return None
        geoms = _ADMIN1_GEOMS[id(gaz)] = {pr.get("NAME_EN"): g for pr, g in zip(props, shapes)}
    return geoms.get(admin1)


_ADMIN1_GEOMS: dict[int, dict] = {}


def _capital(gaz, admin1: str) -> Place | None:
    """The city a governorate is named after ("حمص" for Homs, "دمشق" for "ريف دمشق")."""
    gov = next((p for p in gaz if p.kind == "governorate" and p.admin1 == admin1), None)
    if gov is None:
        return None
    name = normalize_char_string(gov.name_ar)
    if name.startswith("ريف "):
        name = name[4:]
    return next((p for p in gaz.candidates(name) if p.kind == "city"), None)


def _sector_uncached(gaz, admin1: str, bearings: tuple[float, ...]) -> tuple[float, float, float] | None:
    from shapely import affinity
    from shapely.geometry import Point, box

    geom = _admin1_geom(gaz, admin1)
    if geom is None:
        return None
    cap = _capital(gaz, admin1)
    if cap is not None:
        c = Point(cap.lon, cap.lat)
        disc = affinity.scale(c.buffer(COUNTRYSIDE_KM / 110.57, 64),
                              xfact=110.57 / (111.32 * math.cos(math.radians(cap.lat))), yfact=1.0)
        part = geom.intersection(disc)
    elif not bearings:
        return None
    else:
        c = geom.centroid
        part = geom
    for b in bearings:
        minx, miny, maxx, maxy = part.bounds
        if b == 90:
            part = part.intersection(box(c.x, miny, maxx, maxy))
        elif b == 270:
            part = part.intersection(box(minx, miny, c.x, maxy))
        elif b == 0:
            part = part.intersection(box(minx, c.y, maxx, maxy))
        elif b == 180:
            part = part.intersection(box(minx, miny, maxx, c.y))
    if part.is_empty:
        return None
    rp = part.centroid
    if not part.contains(rp):
        rp = part.representative_point()
    kx = 111.32 * math.cos(math.radians(rp.y))
    area_km2 = part.area * kx * 110.57
    return rp.y, rp.x, math.sqrt(area_km2 / math.pi)


# ``round(x, n)`` goes through a decimal string (~0.4 µs); mentions repeat the same values (a
# place's own point, the usual scores), so the results are cached (by type too: 1 is no 1.0;
# coordinates, radii and scores here are never -0.0, which would share 0.0's entry)
_round = functools.lru_cache(maxsize=1 << 16, typed=True)(round)


def _precision_for(unc: float, relation: str | None) -> int:
    if unc > 40:
        return 3
    if unc > 5 or relation in ("near", "desert_of", "countryside_of", "direction_of", "distance", "area_of"):
        return 2
    return 1


def _to_mention(article_id: str, n: Normalized, m: _Match, gaz, lex: Lexicon) -> Mention:
    p = m.place
    assert p is not None
    lat, lon, unc = p.lat, p.lon, float(p.uncertainty_km)
    relation = None
    info = m.head_info or {}
    if m.distance_km is not None:
        relation = "distance"
        if m.bearings:
            lat, lon = offset_point(lat, lon, _mean_bearing(m.bearings), m.distance_km)
            unc = max(unc, 3.0 + 0.3 * m.distance_km)
            relation = "direction_of"
        else:
            unc = unc + m.distance_km
    elif m.head_info and not (m.bearings and info.get("relation") in ("area_of", "near")):
        relation = info.get("relation", "area_of")
        if relation == "countryside_of" and m.adj_bearings:
            if p.kind == "governorate":
                sec = _sector(gaz, p.admin1 or "", tuple(m.adj_bearings))
                if sec:
                    lat, lon, unc = sec
            else:
                lat, lon = offset_point(lat, lon, _mean_bearing(m.adj_bearings), 20.0)
                unc = max(unc, 20.0)
        elif relation == "countryside_of" and p.kind == "governorate":
            sec = _sector(gaz, p.admin1 or "", ())
            if sec:
                lat, lon, unc = sec   # "ريف حمص": around the city, not the governorate's desert
        elif relation == "desert_of" and p.kind == "governorate":
            pass  # the governorate's own radius already covers its desert
        unc = max(unc, float(info.get("min_km", 5)))
    elif m.bearings:
        relation = "direction_of"
        sec = _sector(gaz, p.admin1 or "", tuple(m.bearings)) if p.kind == "governorate" else None
        if sec:
            lat, lon, unc = sec
        else:
            lat, lon = offset_point(lat, lon, _mean_bearing(m.bearings), lex.direction_offset_km)
            unc = max(unc, lex.direction_min_km)
    s, e = n.original_span(m.start, m.end)
    if m.stripped == 2 and n.original[max(0, s - 2):s] in ("ال", "ٱل"):
        s -= 2   # "محور الفطيرة" for OCHA's "فطيرة": the name as written, with its article
    surface = n.original[s:e]
    if m.qual_start is not None and m.qual_start < m.start and p.kind in ("desert_area", "governorate"):
        # "بادية حمص الشرقية" (a curated name): the place named is "حمص"; the direction word
        # after it is part of the area's description, like the head word before it
        words = surface.split()
        if len(words) > 1 and normalize_char_string(words[-1]) in lex.directions:
            surface = surface[:surface.rstrip().rfind(" ")].rstrip()
            e = s + len(surface)
    qualifier = m.qualifier
    if m.qual_start is not None and m.qual_start < m.start:
        qs, _ = n.original_span(m.qual_start, m.start)
        qualifier = n.original[qs:s].strip(" \t\n,،-\"«“") or qualifier
        # drop a leading conjunction/preposition clitic ("وبادية" → "بادية")
        known = lex.qualifier_words
        first_word = normalize_char_string(qualifier.split(" ")[0])
        for cl in (() if first_word in known else ("وب", "و", "ب", "ف", "ل")):
            if qualifier.startswith(cl) and normalize_char_string(qualifier[len(cl):].split(" ")[0]) in known:
                qualifier = qualifier[len(cl):]
                break
    prec = _precision_for(unc, relation)
    if p.kind == "governorate":
        prec = 3   # a governorate or a part of one ("ريف درعا الغربي") is a large area
    return Mention(article_id=article_id, surface=surface, start=s, end=e, place_id=p.id,
                   name_ar=_shown_name(p.name_ar, m.key), name_en=p.name_en, kind=p.kind, lat=_round(lat, 5),
                   lon=_round(lon, 5), uncertainty_km=_round(unc, 1), admin1=p.admin1,
                   score=m.score, geo_precision=prec, relation=relation,
                   qualifier=qualifier)


_TRIGGER_FORMS: dict[int, dict[str, str]] = {}


def _trigger_forms(lex: Lexicon) -> dict[str, str]:
    """Every clitic form of the unresolved-mention triggers ("وبقرية" → "قريه")."""
    got = _TRIGGER_FORMS.get(id(lex))
    if got is not None:
        return got
    out = _TRIGGER_FORMS[id(lex)] = {}
    for trig in lex.unresolved_triggers:
        out[trig] = trig
        for p in _HEAD_CLITICS:
            out.setdefault(p + trig, trig)
    return out


def _unknown_mention(article_id: str, n: Normalized, m: _Match) -> Mention:
    """A gazetteer name whose places all contradict the text's own qualifier."""
    s, e = n.original_span(m.start, m.end)
    return Mention(article_id=article_id, surface=n.original[s:e], start=s, end=e, place_id=None,
                   name_ar=n.original[s:e], name_en="", kind=m.kind_hint or "place", lat=None, lon=None,
                   uncertainty_km=0.0, admin1=None, score=0.0, geo_precision=3, relation=None,
                   qualifier=m.qualifier)


def _unresolved(article_id: str, n: Normalized, toks: _Toks, matched: set[int],
                lex: Lexicon, tok_sent: list[int]) -> list[Mention]:
    out = []
    triggers = _trigger_forms(lex)
    tt = toks.t
    if triggers.keys().isdisjoint(tt):
        return out
    for j in itertools.compress(itertools.count(), map(triggers.__contains__, tt[:-1])):
        t = tt[j]
        trig = triggers[t]
        if not trig:
            continue
        k = j + 1
        after_known = False   # the list goes on after names the gazetteer has
        if tok_sent[k] != tok_sent[j] or not _joinable(n.text, toks, j, k):
            continue
        if k in matched and not (trig in _QUARTER_TRIGGERS and k + 1 < len(toks) and toks.t[k + 1] in lex.compound_tails
                                 and k + 1 not in matched):
            if trig not in lex.list_triggers:
                continue
            # "أحياء ركن الدين والمزرعة وباب شرقي": names the gazetteer has, then one it lacks
            k += 1
            while k < len(toks) and k in matched and not toks.t[k].startswith("و"):
                k += 1
            after_known = True
        elif k + 1 < len(toks) and (toks.t[k] in lex.compound_heads and (k + 1 not in matched or trig in _QUARTER_TRIGGERS)
                                  or trig in _QUARTER_TRIGGERS and toks.t[k + 1] in lex.compound_tails and k + 1 not in matched) \
                and tok_sent[k + 1] == tok_sent[k] and _joinable(n.text, toks, k, k + 1):
            # ("حي مساكن هنانو": the quarter's name holds a village's name too; the quarter wins)
            # "حي باب توما", "أحياء بستان القصر": a name of two words
            out.append(_unresolved_mention(article_id, n, toks.s[k], toks.e[k + 1], trig, t, lex))
            k += 2
        elif not _unknown_name_ok(toks.t[k], trig, lex, _orig_word(n, toks, k)):
            continue
        else:
            out.append(_unresolved_mention(article_id, n, toks.s[k], toks.e[k], trig, t, lex))
            k += 1
        # "أحياء الكلاسة والسكري": a plural or dual head governs the names joined to the first
        while trig in lex.list_triggers and k < len(toks) and tok_sent[k] == tok_sent[j] \
                and toks.t[k].startswith("و") and len(toks.t[k]) > 3 \
                and _joinable(n.text, toks, k - 1, k):
            if k in matched:   # a name the gazetteer has, within the list
                k += 1
                while k < len(toks) and k in matched and not toks.t[k].startswith("و"):
                    k += 1
                continue
            if not (toks.t[k][1:] in lex.compound_heads
                    or _unknown_name_ok(toks.t[k][1:], trig, lex, _orig_word(n, toks, k)[1:])):
                break
            start, end = toks.s[k] + 1, toks.e[k]   # after the و
            if k + 1 < len(toks) and tok_sent[k + 1] == tok_sent[k] and _joinable(n.text, toks, k, k + 1) and (
                    toks.t[k][1:] in lex.compound_heads and (k + 1 not in matched or trig in _QUARTER_TRIGGERS)
                    or trig in _QUARTER_TRIGGERS and toks.t[k + 1] in lex.compound_tails and k + 1 not in matched):
                end = toks.e[k + 1]   # "وبستان القصر", "حيي الصاخور ومساكن هنانو" (the quarter wins, as above)
                k += 1
            elif after_known and not toks.t[k][1:].startswith("ال"):
                break   # after known names only a name of two words or with its article: "وقصفتها",
                # "وجرود عرسال" are a verb and an area, not the list's last name
            out.append(_unresolved_mention(article_id, n, start, end, trig, t, lex))
            k += 1
    return out


# an indefinite accusative ("أوكاراً" → "اوكارا"): no article, no conjunction, no pronoun ("ومحيطها")
ACCUSATIVE_RE = re.compile(r"(?!ال|و|ف)\S{3,}(?<!ه)(?<!ن)ا")


def _striker_before(prev: str, lex: Lexicon) -> bool:
    """Is ``prev`` the subject of a verb after it: a noun of strikers or a definite or national
    nisba ("الإسرائيلية", "روسية"), not a head or a kind word ("بادية", "ناحية")?"""
    if prev in lex.striker_nouns:
        return True
    return prev.endswith(("يه", "ي")) and len(prev) >= 5 and prev not in lex.qualifier_words \
        and (prev.startswith("ال") or prev in lex.national_nisbas)


# quarters are often named after people ("حي عكرمة"): only an adjective ("حي سكني") is a word there
_QUARTER_TRIGGERS = frozenset({"حي", "احياء", "حيي", "حاره"})


def _orig_word(n: Normalized, toks: _Toks, k: int) -> str:
    s, e = n.original_span(toks.s[k], toks.e[k])
    return _PLAIN_RE.sub("", n.original[s:e])


def _unknown_name_ok(name: str, trig: str, lex: Lexicon, orig: str = "") -> bool:
    """Can the word after a trigger ("قرية X") be an unknown place name? ``orig`` is the word as
    written (frequencies need its ة and أ)."""
    bare = name[2:] if name.startswith("ال") else name
    if max(word_frequency(name), word_frequency(orig or name)) >= WORD_ZIPF_FUNCTION:
        return False   # "في عدة أحياء تحت شعار …": a function word, never a name
    if name.startswith("ال") and trig not in _QUARTER_TRIGGERS and word_frequency(orig or name) >= WORD_ZIPF_COMMON:
        return False   # "قرى الجهة الشرقية": a very common word, not an unknown village
    if not name.startswith("ال") and (trig not in _QUARTER_TRIGGERS or name.endswith("ي")) \
            and max(word_frequency(name), word_frequency(orig or name)) >= WORD_ZIPF_UNKNOWN:
        return False   # "منطقة خفض التصعيد", "حي سكني": an ordinary word, not a name
    if trig in lex.landmark_words and max(word_frequency(bare), word_frequency(orig[2:] if orig.startswith("ال") else orig)) >= WORD_ZIPF_UNKNOWN:
        return False   # "ساحة المعركة": the battlefield, not a square
    return not (name in lex.common or bare in lex.common or name in lex.not_names or bare in lex.not_names
                or name.isdigit() or len(bare) < 3 or name in lex.foreign and trig not in _QUARTER_TRIGGERS
                or name in lex.kind_triggers or name in lex.heads or name in lex.directions
                or bare.endswith("يه") and not name.startswith("ال")
                or trig in ("منطقه", "مناطق") and name.startswith("ال"))


def _unresolved_mention(article_id: str, n: Normalized, a: int, b: int, trig: str, head: str,
                        lex: Lexicon) -> Mention:
    s, e = n.original_span(a, b)
    return Mention(article_id=article_id, surface=n.original[s:e], start=s, end=e,
                   place_id=None, name_ar=n.original[s:e], name_en="",
                   kind=lex.kind_triggers.get(trig, "place"), lat=None, lon=None,
                   uncertainty_km=0.0, admin1=None, score=0.0, geo_precision=3,
                   relation=None, qualifier=head)


# ------------------------------------------------------------------------------ public API

def geoparse(article: Article, gazetteer=None, *, unresolved: bool = True) -> list[Mention]:
    """Find and resolve the toponyms of one article.

    Parameters
    ----------
    article:
        The article; offsets in the returned mentions index ``article.text``.
    gazetteer:
        A ``geo_tracker.gazetteer.Gazetteer``; the default one is loaded (once) if None.
    unresolved:
        Also report unknown names after trigger words ("قرية X") with ``place_id`` None.

    Returns
    -------
    list of Mention, in text order.
    """
    if gazetteer is None:
        from geo_tracker.gazetteer import load_default

        gazetteer = load_default()
    lex = load_lexicon()
    idx = _index_for(gazetteer)
    n = normalize(article.text)
    norm = n.text
    toks = _tokens(norm)
    if not toks:
        return []
    sents = sentence_spans(norm)
    tok_sent = _token_sentences(toks, sents)
    matches = _find_matches(norm, toks, idx, lex)
    for m in matches:
        m.sent = tok_sent[m.i]
        _read_context(m, toks, norm, lex, tok_sent)
        _split_composite_head(m, toks, lex)
        a, b = n.original_span(m.start, m.end)
        m.orig = n.original[a:b]
        ta, tb = n.original_span(toks.s[m.i], toks.e[m.i])
        while tb < len(n.original) and "\u064b" <= n.original[tb] <= "\u0652":
            tb += 1   # (its last letter's marks too: the tanween of "أثرياً")
        m.orig_token = n.original[ta:tb]
    if lex.shadda_verbs:
        # "الطائرات الإسرائيلية تدمر سفن الأسطول", "غارات روسية تدمر …": the verb after its subject (a
        # nisba or a noun of strikers), not the city, which follows a head, a preposition or a verb
        matches = [m for m in matches if not (
            m.i > 0 and toks.t[m.i] in lex.shadda_verbs and _striker_before(toks.t[m.i - 1], lex))]
    if lex.shadda_verbs:
        # "وتدمر أوكاراً لهم", "وتدمر نقطة للجيش": the verb and its object right after it
        matches = [m for m in matches if not (
            m.i + 1 < len(toks.t) and toks.t[m.i].lstrip("و") in lex.shadda_verbs and m.end == toks.e[m.i]
            and toks.s[m.i + 1] - toks.e[m.i] <= 1
            and (toks.t[m.i + 1] in lex.shadda_verb_objects or ACCUSATIVE_RE.fullmatch(toks.t[m.i + 1]) is not None
                 and toks.t[m.i + 1] not in lex.adverbs))]   # (not "على تدمر صباحاً")
    if "علي" in n.text:
        # "قلعة التل على الزبداني": the preposition "على" (written with alif maqsura) is no name's
        # last word "علي" ("تل علي")
        # (only before a place or its kind word: Egyptian print writes the name "علي" so too, "قرية تل على")
        starts = {m.i for m in matches}
        matches = [m for m in matches if not (
            m.n > 1 and toks.t[m.i + m.n - 1] == "علي" and m.i + m.n < len(toks.t)
            and (m.i + m.n in starts or toks.t[m.i + m.n] in lex.kind_triggers or toks.t[m.i + m.n] in lex.heads)
            and n.original[slice(*n.original_span(toks.s[m.i + m.n - 1], toks.e[m.i + m.n - 1]))].endswith("ى"))]
    if lex.adjective_names:
        # "مظاهرة سلمية": the adjective of the indefinite noun before it (not "مدينة سلمية")
        # ... and a definite one after a definite noun or adjective ("الطائرات الحربية الأسدية": the
        # regime's, not the village الأسدية; "قرية الأسدية" stays it)
        matches = [m for m in matches if not (
            m.i > 0 and toks.t[m.i] in lex.adjective_names and m.end == toks.e[m.i]
            and toks.t[m.i - 1].endswith(("ه", "ات", "ي")) and toks.t[m.i - 1].startswith(("ال", "وال", "بال")) \
            == toks.t[m.i].startswith("ال")
            and toks.t[m.i - 1] not in lex.kind_triggers and toks.t[m.i - 1] not in lex.heads)]
    if lex.shadda_verbs and "\u0651" in n.original:
        # "إسرائيل تدمّر معظم قدرات الجيش": the verb, written with its shadda, not the city تدمر
        matches = [m for m in matches if not ("\u0651" in m.orig_token
                                              and normalize_char_string(m.orig_token).lstrip("و") in lex.shadda_verbs)]
    if "(" in norm:
        nots = [(x.start(), x.end()) for x in NOT_BRACKET_RE.finditer(norm)]
        for m in matches:
            m.negated = any(a <= m.start < b for a, b in nots)
    _propagate_list_heads(matches, toks, norm, lex)
    kept = _gate(matches, toks, norm, gazetteer, lex)
    _resolve(gazetteer, kept, lex, norm)
    out = [_to_mention(article.id, n, m, gazetteer, lex) if m.place is not None
           else _unknown_mention(article.id, n, m) for m in kept]
    if unresolved:
        matched_toks = {j for m in kept for j in range(m.i, m.i + m.n)}
        extra = _unresolved(article.id, n, toks, matched_toks, lex, tok_sent)
        if extra:
            spans = [(x.start, x.end) for x in extra]
            out = [x for x in out if not any(a <= x.start and x.end <= b and (a, b) != (x.start, x.end)
                                             for a, b in spans)]
        out.extend(extra)
        out.sort(key=lambda x: (x.start, x.end))
        out = _neighbourhoods_in_city(out, gazetteer, article.text, n)
    out = _located_by_next(out, article.text)
    out = _located_by_list(out, article.text)
    if any(h in n.text for h in lex.dual_facility_heads):
        out = _dual_facilities(out, gazetteer, article.text, lex)
    return _located_by_article(out, article.text)


def _dual_facilities(out: list[Mention], gazetteer, text: str, lex: Lexicon) -> list[Mention]:
    """"مطاري دمشق وحلب", "قاعدتي حميميم وطرطوس": the names after a dual facility head (the first
    right after it, the second joined by "و") are the facilities the gazetteer names after them
    ("مطار دمشق الدولي", "مطار حلب الدولي"), not the cities; left as they are when it has none."""
    res = list(out)
    for k, m in enumerate(out):
        if m.place_id is None:
            continue
        head = lex.dual_head_re.search(normalize_char_string(text[max(0, m.start - 12):m.start]))
        if head is None:
            continue
        pair = [k] + ([k + 1] if k + 1 < len(out) and re.fullmatch(r"\s*و\s*", text[m.end:out[k + 1].start]) else [])
        single = lex.dual_facility_heads[head.group(1)]
        for j in pair:
            x = out[j]
            hit = next((p for p, q in gazetteer.lookup(f"{single} {x.name_ar}", limit=3)
                        if q >= 0.7 and p.kind not in ("city", "town", "village", "governorate")), None)
            if hit is not None:
                res[j] = dataclasses.replace(x, place_id=hit.id, name_ar=hit.name_ar, name_en=hit.name_en,
                                             kind=hit.kind, lat=hit.lat, lon=hit.lon, admin1=hit.admin1,
                                             uncertainty_km=hit.uncertainty_km, geo_precision=1, relation=None)
    return res


_IN_AREA_GAP_RE = re.compile(r"(?:^|\s)(?:في\s+|ب)$")   # ("، وفي سلسلة جبال البشري": another place, joined)
AREA_SLACK_KM = 10.0    # a place "في" a natural area resolved farther than its radius and this is a namesake
LOCATED_FAR_KM = 60.0   # a place "قرب Y" resolved farther than this from Y is a namesake elsewhere
_LOCATOR_GAP_RE = re.compile(r"\s*(?:[،,]\s*)?(?:[وف]?(?:في|ب))?\s*$")
_LIST_GAP_RE = re.compile(r"\s*(?:[،,]\s*)?و?\s*$")


NEAR_MIN_KM = 15.0   # the radius of a place the gazetteer lacks, put at the place that locates it


def _placed_near(m: Mention, base: Mention) -> Mention:
    """``m``, a place the gazetteer lacks (its only namesake lies far away), put at ``base``: the
    point of the place that locates it, relation "near", uncertainty at least NEAR_MIN_KM."""
    return dataclasses.replace(
        m, place_id=base.place_id, name_en=f"{m.surface} (near {base.name_en})",
        lat=base.lat, lon=base.lon, uncertainty_km=max(base.uncertainty_km, NEAR_MIN_KM),
        admin1=base.admin1, geo_precision=2, relation="near", kind="place",
        name_ar=m.surface, score=min(m.score, 0.5))


def _located_by_next(out: list[Mention], text: str) -> list[Mention]:
    """"الحسرات والسكرية قرب مدينة البوكمال": the gazetteer's only السكرية lies 300 km away, so
    the text's السكرية is a place it lacks; it is placed near the town that locates it (that
    town's point, relation "near", uncertainty at least 15 km) rather than at the namesake.
    Applies to the names listed right before a "قرب / جنوب / في ريف Y" phrase."""
    from geo_tracker.geo import haversine_km

    res = list(out)
    for j, y in enumerate(out):
        # (or a natural area the names are in: "قرية الحويز في سهل الغاب" — the gazetteer's only
        # الحويز lies in the hills of Jableh, outside the plain)
        area = y.place_id is not None and y.relation is None and y.kind in NATURAL_AREA_KINDS
        if not area and (y.place_id is None or y.relation not in ("near", "direction_of") or y.qualifier is None):
            continue
        if area:
            qual_start = y.start
            if not _IN_AREA_GAP_RE.search(text, max(0, y.start - 6), y.start):
                continue
        else:
            qual_start = text.rfind(y.qualifier, max(0, y.start - len(y.qualifier) - 8), y.start)
        if qual_start < 0:
            continue
        k = j - 1
        gap_end = qual_start
        while k >= 0:
            m = out[k]
            gap = text[m.end:max(m.end, gap_end)]
            if not (_LOCATOR_GAP_RE.fullmatch(gap) if gap_end == qual_start else _LIST_GAP_RE.fullmatch(gap)):
                break
            if m.place_id is not None and (m.geo_precision == 1 or area and m.relation == "near") and m.kind in ("village", "town") and \
                    haversine_km(m.lat, m.lon, y.lat, y.lon) > (y.uncertainty_km + AREA_SLACK_KM if area else LOCATED_FAR_KM) \
                    and not (y.kind == "governorate" and m.admin1 is not None and m.admin1 == y.admin1):
                # (not a village of the province a direction of it locates: "بلدات هجين والشعفة والسوسة
                # شرقي دير الزور" lie 110 km from the province's point, in it)
                # ("بلدة صغيرة قرب حمص": a common word whose namesake lies far away is the word)
                res[k] = None if not m.surface.startswith("ال") \
                    and word_frequency(_PLAIN_RE.sub("", m.surface)) >= WORD_ZIPF_COMMON else _placed_near(m, out[j])
            gap_end = m.start
            k -= 1
    return [m for m in res if m is not None]


_QUALIFIED_AFTER_RE = re.compile(r"\s*[،,]?\s*(?:ب|في\s+)(?:ريف|محافظه|منطقه|ناحيه)")   # "X بريف درعا"
LIST_FAR_KM = 150.0   # a village this far from every other name of its list is a namesake elsewhere
LIST_NEAR_KM = 60.0   # ... when those others, and the article's other villages, lie this close together


def _located_by_list(out: list[Mention], text: str) -> list[Mention]:
    """"قريتي تل الورد والداودية" in an article on Ras al-Ain: the gazetteer's only تل الورد lies
    in Homs, 350 km from الداودية. A village listed with others that all lie together, far from
    it, is a place the gazetteer lacks: it is placed at the nearest other name of its list
    (relation "near", geo_precision 2, uncertainty at least 15 km) rather than at the namesake."""
    from geo_tracker.geo import haversine_km

    res = list(out)
    local = [m for m in out if m.place_id is not None and m.geo_precision <= 2 and m.lat is not None
             and m.kind in ("village", "town", "city")]
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _LIST_GAP_RE.fullmatch(text, out[j].end, max(out[j].end, out[j + 1].start)) \
                and out[j + 1].start >= out[j].end:
            j += 1
        run = [k for k in range(i, j + 1) if out[k].place_id is not None and out[k].kind in ("village", "town")
               and out[k].lat is not None] if j > i else ()
        if len(run) >= 2:
            outside = [x for x in local if not any(x is out[k] for k in run)]
            for k in run:
                m = out[k]
                others = [out[o] for o in run if o != k]
                # (only a village the text does not qualify itself: a town far away is a roundup's
                # town, "بلدات خان شيخون وكفرنبل وداعل"; "X بريف درعا" says where it is)
                if m.kind != "village" or m.geo_precision != 1 \
                        or _QUALIFIED_AFTER_RE.match(normalize_char_string(text[m.end:m.end + 30])) \
                        or min(haversine_km(m.lat, m.lon, o.lat, o.lon) for o in others) <= LIST_FAR_KM:
                    continue
                if any(haversine_km(a.lat, a.lon, b.lat, b.lon) > LIST_NEAR_KM for a in others for b in others):
                    continue   # the others are scattered too: no area to put it in
                if len(others) == 1 and not (len(outside) >= 2 and all(
                        haversine_km(x.lat, x.lon, others[0].lat, others[0].lon) <= LIST_NEAR_KM
                        for x in outside)):
                    continue   # a pair: which of the two is elsewhere only the article around it says
                res[k] = _placed_near(m, min(others, key=lambda o: abs(o.start - m.start)))
        i = j + 1
    return res


ARTICLE_NEAR_KM = 200.0   # an article's places that all lie this close to one of them are one region
ARTICLE_FAR_KM = 200.0    # ... and a village this far from every one of them is a namesake elsewhere
_ORIGIN_KINDS = ("قريه", "بلده", "مدينه", "مخيم", "قري", "بلدات")
COUNTRY_KM = 150.0        # an area wider than this ("البادية السورية") is most of the country: it locates nothing


def _located_by_article(out: list[Mention], text: str) -> list[Mention]:
    """"القصف تركز على قرية صيدا الواقعة على الطريق الدولي M4 … مشفى عين عيسى": an article whose
    other places (three or more) all lie in one region (within 200 km of one of them), and a
    village resolved to its only namesake over 200 km from every place the article names (صيدا
    in Daraa, 400 km from Ain Issa): the village is a place the gazetteer lacks. It is placed at
    the nearest place of its sentence (relation "near", geo_precision 2, at least 15 km).

    Only a village told in one sentence with a place of that region, not qualified ("X بريف
    درعا"), and not where someone comes from or went ("ينحدر من قرية الشحيل", "نازحة من الباغوز"):
    a roundup's item from elsewhere ("وفي سياق آخر، قُتل مدني في قرية الشحيل") has a sentence of its
    own. Every place named counts for the distance, a region by its edge ("الشمال السوري",
    "شرق الفرات"), not the country as a whole."""
    from geo_tracker.geo import haversine_km

    local = [m for m in out if m.place_id is not None and m.lat is not None and m.geo_precision <= 2
             and m.kind in ("village", "town", "city")]
    if len({m.place_id for m in local}) < 4:
        return out   # (a short item's few places say too little of its region)
    lex = load_lexicon()
    res = list(out)
    for k, m in enumerate(out):
        if m.place_id is None or m.kind != "village" or m.geo_precision != 1 or m.lat is None:
            continue
        others = [o for o in local if o.place_id != m.place_id]
        if len({o.place_id for o in others}) < 3 \
                or _QUALIFIED_AFTER_RE.match(normalize_char_string(text[m.end:m.end + 30])):
            continue
        if any(haversine_km(m.lat, m.lon, o.lat, o.lon) - o.uncertainty_km <= ARTICLE_FAR_KM
               for o in out if o.place_id not in (None, m.place_id) and o.lat is not None
               and o.kind not in ("place", "country") and o.uncertainty_km <= COUNTRY_KM):
            continue
        if not any(all(haversine_km(c.lat, c.lon, o.lat, o.lon) <= ARTICLE_NEAR_KM for o in others)
                   for c in others):
            continue   # the article's places are scattered (a roundup): its namesake may be meant
        a, b = _sentence_span(text, m.start, m.end)
        near = [o for o in others if a <= o.start < b]
        before = normalize_char_string(text[max(0, m.start - 50):m.start]).split()[-5:]
        if not near or lex.origin_words.intersection(w.lstrip("و") for w in before) \
                or before[-1:] == ["من"] or len(before) > 1 and before[-2] == "من" and before[-1] in _ORIGIN_KINDS:
            continue   # ("رجل من قرية سرجة", "ينحدر من بلدة الشحيل": where someone is from)
        res[k] = _placed_near(m, min(near, key=lambda o: abs(o.start - m.start)))
    return res


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` (cut at _SENTENCE_END_RE)."""
    a = max((x.end() for x in _SENTENCE_END_RE.finditer(text, 0, start)), default=0)
    b = _SENTENCE_END_RE.search(text, end)
    return a, b.start() if b else len(text)


NEIGHBOURHOOD_SEARCH_CHARS = 600   # how far back a neighbourhood looks for the city it is in
NEIGHBOURHOOD_MAX_KM = 15.0        # a "حي X" resolved farther than this from that city is a homonym
MAIN_CITY_AROUND_KM = 30.0         # places this near a city count for it as the article's city
_CITY_KINDS = ("city", "town")
# a family name after "الشيخ X" ("الشيخ محمد الحوراني")
_NISBA_NAME_RE = re.compile(r"ال\S{2,}ي")
_NEIGHBOURHOOD_QUALS = ("حي", "احياء", "حيي", "حارة", "حاره")
_QUARTER_LIST_HEADS = ("احياء", "حيي")
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")
_CLAUSE_GAP_RE = re.compile(r"[،,؛;]")
def _hometown(text: str, start: int) -> bool:
    """"قيادي ميداني من كوباني": the place a person named one or two words before "من" comes from."""
    if "من" not in text[max(0, start - 6):start]:
        return False
    words = normalize_char_string(text[max(0, start - 40):start]).split()
    return bool(words) and words[-1] in ("من", "ومن") and \
        bool(load_lexicon().hometown_nouns.intersection(w.lstrip("و") for w in words[-3:-1]))


_LIST_JOIN_RE = re.compile(r"\s*(?:[،,]\s*)?و?")


_LETTERS_RE = re.compile(r"[0-9a-z\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+")
_CLITIC_FORMS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")   # longest first


# a place named only to locate one across the border ("مدينة الهرمل المقابلة لريف القصير", "بلدة حصيبة
# العراقية المحاذية لمدينة البوكمال"): the adjective of facing or bordering, "ل", a kind word
_FACING_BEFORE_RE = re.compile(r"(?:^|\s)(?:(?:ال)?(?:مقابل|محاذي|متاخم|مواجه|مقابله|محاذيه|متاخمه|مواجهه)\s+ل|قباله\s+)(?:\S+\s+)?$")


_FACING_HINT_RE = re.compile(r"قابل|حاذ|تاخم|واجه|قبال")


def locates_abroad(text: str, start: int) -> bool:
    """Is the name at ``start`` only the landmark of a neighbour's place named before it ("غارة على
    مدينة الهرمل المقابلة لريف القصير": the strike was in Lebanon; "بلدة كلس التركية قبالة مدينة
    أعزاز")? The place before the facing word is a neighbour's city or province of the lexicon's
    ``foreign`` list, has a neighbour's nisba ("حصيبة العراقية") or a neighbour's unit ("ولاية كلس")."""
    if _FACING_HINT_RE.search(text, max(0, start - 40), start) is None:
        return False   # (the cheap test first: most names follow no facing word)
    before = normalize_char_string(text[max(0, start - 90):start])
    m = _FACING_BEFORE_RE.search(before)
    if m is None:
        return False
    lex = load_lexicon()
    words = _LETTERS_RE.findall(before[:m.start()])[-4:]
    return any(w in lex.foreign or w in lex.foreign_nisbas or w.lstrip("وبل") in lex.foreign
               or w in lex.foreign_province_heads or w in lex.foreign_districts for w in words)


def names_government(text: str, start: int, end: int | None = None) -> bool:
    """Does the place name at ``start`` (ending at ``end``) stand for a government ("حكومة دمشق",
    "واتهمت دمشق تنظيم داعش", "بين أنقرة ودمشق"): is the word right before it one of the
    lexicon's ``metonym_before``, is it coordinated with a foreign capital, does a speech verb
    follow the name as a clause's subject ("أما دمشق فوصفت", "، ودمشق تنفي"; not "وفي مدينة حلب
    قالت اللجان") or does it follow dealings "مع" ("تنسق مع دمشق")?"""
    lex = load_lexicon()
    if end is not None and _speaks(text, start, end, lex):
        return True
    words = _LETTERS_RE.findall(normalize_char_string(text[max(0, start - 20):start]))
    if not words:
        return False
    w = words[-1]
    forms = {w, w.lstrip("وف"), w.lstrip("وفل")}
    # (not through an article: "حكومة دمشق", "نظام دمشق" are constructs; "قوات النظام مدينة حمص" is
    # the regime's forces and the city they shelled)
    forms.update(w[len(p):] for p in _CLITIC_FORMS if w.startswith(p) and len(w) - len(p) >= 3 and "ال" not in p)
    if forms & lex.metonym_before:
        return True
    # "بين أنقرة ودمشق" (the و may be the name's clitic or a word of its own)
    if w == "و" and len(words) > 1 and (words[-2] in lex.metonym_partners
                                        or " ".join(words[-3:-1]) in lex.metonym_partners):
        return True
    if w == "مع" and len(words) > 1 and words[-2].lstrip("و") in lex.metonym_with:
        return True   # "تنسق مع دمشق"
    if w == "من" and any(x.lstrip("وب") in lex.metonym_from for x in words[-3:-1]):
        return True   # "وهو ما لم يصدر عنه أي تعليق من دمشق", "رد فوري من أنقرة"
    if text[start - 1:start] == "ل" and any(x.lstrip("وبف") in lex.metonym_to for x in words[-3:]) \
            or w == "الي" and any(x.lstrip("وبف") in lex.metonym_to for x in words[-4:-1]):
        return True   # "في رسالة واضحة لدمشق", "رسالة تحذيرية إلى دمشق": the government it is addressed to
    if end is not None:
        after = _LETTERS_RE.findall(normalize_char_string(text[end:end + 24]))[:2]
        if after and after[0].startswith("و") and (after[0][1:] in lex.metonym_partners
                                                   or " ".join([after[0][1:]] + after[1:]) in lex.metonym_partners):
            return True   # "بين دمشق وموسكو", "بين دمشق وتل أبيب"
    return False


_CLAUSE_END = ".،,؛:!?؟\n\"«»"
_SAID_STOP_RE = re.compile(r"[.،,؛:!?؟\n\-–—]")
_TOPIC_WORDS = frozenset({"اما", "واما", "لكن", "ولكن", "بينما", "فيما"})


def _speaks(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Is the name at start..end the subject of a speech verb right after it ("أما دمشق فوصفت
    الضربات", "، ودمشق تتهم"): the government, not the city ("وفي مدينة حلب قالت اللجان" is a place)."""
    said = _LETTERS_RE.findall(normalize_char_string(_SAID_STOP_RE.split(text[end:end + 24], maxsplit=1)[0]))[:1]
    if not said or not (said[0] in lex.metonym_after or said[0][:1] in "وف" and said[0][1:] in lex.metonym_after):
        return False
    pre = text[max(0, start - 20):start]
    if pre[-1:] in ("و", "ف"):
        pre = pre[:-1]   # the name's own clitic ("ودمشق")
    pw = _LETTERS_RE.findall(normalize_char_string(pre))
    return not pre.strip() or pre.rstrip()[-1] in _CLAUSE_END or bool(pw) and pw[-1] in _TOPIC_WORDS


def _is_neighbourhood(m: Mention) -> bool:
    """Is m named as a quarter ("حي X", "أحياء X", or a gazetteer neighbourhood) or as a square,
    bridge or roundabout ("ساحة الكرامة": not the village الكرامة)?"""
    if m.kind in ("neighbourhood", "landmark"):
        return True
    words = (m.qualifier or "").split()
    if not words:
        return False
    head = normalize_char_string(words[-1]).lstrip("وبل")   # (as landmark_named reads it)
    return head in _NEIGHBOURHOOD_QUALS or m.kind in ("village", "town") and head in load_lexicon().landmark_words


def landmark_named(m: Mention) -> bool:
    """"ساحة الكرامة", "قرب ساحة الكنيسة": a village's name after a landmark word names the landmark."""
    head = (m.qualifier or "").split()[-1:]
    return bool(head) and m.kind in ("village", "town") and \
        normalize_char_string(head[0]).lstrip("وبل") in load_lexicon().landmark_words


def _shown_name(name_ar: str, key: str) -> str:
    """OCHA joins merged localities with "_" ("الشيوخ_شيخ أوبه سي"): the part the text named."""
    if "_" not in name_ar:
        return name_ar
    bare = key[2:] if key.startswith("ال") else key
    for part in name_ar.split("_"):
        k = normalize_char_string(part.strip())
        if k == key or (k[2:] if k.startswith("ال") else k) == bare:
            return part.strip()
    return name_ar


def _bridge_named(m: Mention) -> bool:
    """"جسر الميادين", "جسر دركوش": a bridge named for a town or village the gazetteer has."""
    head = (m.qualifier or "").split()[-1:]
    return landmark_named(m) and normalize_char_string(head[0]).lstrip("وبل") == "جسر"


def _at_its_town(m: Mention) -> Mention:
    """A bridge placed near the town it is named for, named with its kind word."""
    return dataclasses.replace(m, relation="near", geo_precision=2, name_ar=_quarter_name(m))


def _quarter_name(m: Mention) -> str:
    """"حي الشعار", "ساحة العباسيين": a quarter's or landmark's name with its kind word, once."""
    lw = load_lexicon().landmark_words
    head = normalize_char_string((m.qualifier or "").split()[-1] if m.qualifier else "").lstrip("وبل")
    word = lw.get(m.qualifier or "", "حي") if m.kind == "landmark" else lw.get(head, "حي")
    name = m.surface
    return name if normalize_char_string(name).startswith(normalize_char_string(word) + " ") else f"{word} {name}"


# the gap between a square and the quarter it is in ("دوار الفاخورة في حي الإنشاءات")
IN_QUARTER_RE = re.compile(r"\s*(?:في|ب)\s*(?:حي\s+)?")
# "في شرق مدينة حلب", "في جنوب شرق المدينة": a part of the city, not a point outside it
_IN_PART_RE = re.compile(r"(?:^|\s)في\s+(?:\S+\s+){1,2}(?:مدينه\s+)?$"
                         # "في حي غويران جنوب مدينة الحسكة": a quarter in the city's south
                         r"|(?:^|\s)[وب]?(?:حي|احياء|حيي)\s+\S+(?:\s+\S+)?\s+(?:شمال|جنوب|شرق|غرب)\S*\s+(?:مدينه\s+)?$")


_TOWARD_GAP_RE = re.compile(r"(?:^|\s)(?:نحو|باتجاه|الي|حتي|صوب|تجاه)(?:\s|$)")


def _neighbourhoods_in_city(out: list[Mention], gazetteer, text: str = "",
                            nz: Normalized | None = None) -> list[Mention]:
    """"حي الشعار" in an article about Aleppo: a neighbourhood the gazetteer does not have (or
    has only as a far-away village of the same name) is placed at the city it is in, with the
    city's radius as its uncertainty (geo_precision 2, relation "in_city").

    The city is the nearest city or town named after it in the same phrase ("أحياء الكلاسة
    والسكري في مدينة حلب") or, failing that, the last one named before it in the article. A
    city named for its government ("حكومة دمشق") holds no quarter.
    """
    from geo_tracker.geo import haversine_km

    if not any(_is_neighbourhood(m) for m in out):
        return out   # no quarter, square or street named: nothing to place
    # a city named for a government holds no quarter, nor a person's hometown ("قيادي ميداني من
    # كوباني يقاتل في المدينة")
    cities = [m for m in out if m.place_id is not None and m.kind in _CITY_KINDS and not m.relation
              and not names_government(text, m.start, m.end) and not _hometown(text, m.start)
              and not landmark_named(m)]   # ("دوار الفاخورة" is no town الفاخورة hosting quarters)
    parts = []
    for m in out:
        if m.place_id is not None and m.kind in _CITY_KINDS + ("governorate",) and m.relation == "direction_of" \
                and _IN_PART_RE.search(normalize_char_string(text[max(0, m.start - 30):m.start])):
            p = gazetteer.get(m.place_id)   # (the city itself, not the point off it)
            if p is not None and m.kind == "governorate":
                # "حي الشعار المحاصر شرقي حلب": the governorate's city of that name
                p = next((c for c in gazetteer.candidates(normalize_char_string(m.surface)) if c.kind in _CITY_KINDS), None)
                if p is not None:
                    m = dataclasses.replace(m, place_id=p.id, kind=p.kind, name_ar=p.name_ar, name_en=p.name_en,
                                            admin1=p.admin1, geo_precision=2)
            if p is not None:
                parts.append(dataclasses.replace(m, lat=p.lat, lon=p.lon, uncertainty_km=p.uncertainty_km, relation=None))
    quarters_cities = _quarters_cities(out, gazetteer)
    by_quarter = {id(c) for c in quarters_cities}   # (a known quarter's city, told by the quarter joined to it)
    cities = sorted(cities + parts + quarters_cities, key=lambda c: c.start)
    if not cities:
        return [_at_its_town(m) if _bridge_named(m) else m for m in out if not landmark_named(m) or _bridge_named(m)]
    # farther away, the city the article is about: most of its city mentions
    counts: dict[str, int] = {}
    for c in cities:
        counts[c.place_id] = counts.get(c.place_id, 0) + 1
    # ... and the places around it: an article on Deir ez-Zor's airport and its villages that
    # names Damascus three times in passing is about Deir ez-Zor
    first = {}
    for c in cities:
        first.setdefault(c.place_id, c)
    around = [m for m in out if m.place_id is not None and m.kind not in _CITY_KINDS and m.geo_precision == 1
              and not _is_neighbourhood(m)]   # (a quarter's namesake village says nothing of its city)
    total = len(cities) + len(around)
    for pid, c in first.items():
        counts[pid] += sum(1 for m in around if haversine_km(m.lat, m.lon, c.lat, c.lon) <= MAIN_CITY_AROUND_KM)
        # ("ريف دير الزور": the city's name for its governorate is one more mention of it)
        name = normalize_char_string(c.surface)
        counts[pid] += sum(1 for m in out if m.kind == "governorate" and normalize_char_string(m.surface) == name)
    top = max(counts, key=lambda k: counts[k])
    ranked = sorted(counts.values(), reverse=True)
    main_city = first[top] if counts[top] * 5 >= 3 * total or (
        ranked[0] >= 2 and (len(ranked) == 1 or ranked[0] > ranked[1])) else None
    hosts: dict[str, Mention] = {}   # one sense per article: a quarter's name → the city it was placed in
    # "حيي الشيخ مقصود والأشرفية": the names joined to a plural or dual quarter head are quarters
    listed: set[int] = set()
    for i in range(1, len(out)):
        p = out[i - 1]
        # (the head may be part of a name the gazetteer has: "أحياء صلاح الدين والمشهد")
        head = (p.qualifier or "").split()[-1:] or p.surface.split()[:1]
        if (i - 1 in listed or head and normalize_char_string(head[0]).lstrip("وبل") in _QUARTER_LIST_HEADS) \
                and _LIST_JOIN_RE.fullmatch(text[p.end:out[i].start]):
            listed.add(i)
    in_list = {id(x) for k, x in enumerate(out) if k in listed or _is_neighbourhood(x)}
    hosted: dict[str, int] = {}        # city -> quarters placed in it by a city named beside them
    res = []
    for i, m in enumerate(out):
        if not (_is_neighbourhood(m) or i in listed):
            res.append(m)
            continue
        # the city after it in the same phrase ("أحياء الكلاسة والسكري في مدينة حلب"): not a name
        # of the same list ("أحياء ركن الدين والمزرعة"), nor one across a comma ("في حي الشاغور،
        # فيما أصيب ستة … على مدينة جرمانا": another clause's town)
        # ("حي الشعار في شرق مدينة حلب": the city's part names the city too)
        # (nor where people went: "نزحت عشرات العائلات من بابا عمرو نحو القصير")
        after = [c for c in cities if 0 < c.start - m.end <= 60 and id(c) not in in_list
                 and not _SENTENCE_END_RE.search(text, m.end, c.start) and not _CLAUSE_GAP_RE.search(text, m.end, c.start)
                 and not _TOWARD_GAP_RE.search(normalize_char_string(text[m.end:c.start]))
                 # (nor a sibling joined to it: "حي الحزاونة وقرية الغندورة", Manbij's quarter and a village)
                 and not (id(c) not in by_quarter and _SIBLING_GAP_RE.fullmatch(normalize_char_string(text[m.end:c.start])))]
        before = [c for c in cities if 0 <= m.start - c.end <= NEIGHBOURHOOD_SEARCH_CHARS and id(c) not in in_list]
        # "دوار الفاخورة في حي الإنشاءات": a square or street in a quarter the gazetteer has
        inq = next((q for q in out if q.place_id is not None and q.kind == "neighbourhood" and q is not m
                    and 0 < q.start - m.end <= 16 and IN_QUARTER_RE.fullmatch(text[m.end:q.start])), None)
        if inq is not None and landmark_named(m):
            after = [inq]
        host = after[0] if after else (before[-1] if before else main_city)
        if host is not None and not after and not before and id(host) not in by_quarter and 0 < host.start - m.end <= 30 \
                and _SIBLING_GAP_RE.fullmatch(normalize_char_string(text[m.end:host.start])):
            host = None   # (the article's one city, joined to it as a sibling, holds no quarter of it)
        if host is None and _bridge_named(m):
            res.append(_at_its_town(m))   # "جسر دركوش غرب إدلب": a bridge stands at the town it is named for
            continue
        if host is None and landmark_named(m):
            continue   # "ساحة الكنيسة" in no named city: not the village الكنيسة, and nowhere known
        local = bool(after) or bool(before) and not _SENTENCE_END_RE.search(text, before[-1].end, m.start)
        if not local and hosted:
            # the city whose quarters the article has named so far (one sense per article): "حي
            # الجميلية" sentences after "الشيخ مقصود والأشرفية" in Aleppo is Aleppo's
            host = first[max(hosted, key=lambda k: hosted[k])]
        elif not after and before and main_city is not None and host.place_id != main_city.place_id \
                and _SENTENCE_END_RE.search(text, host.end, m.start):
            # in an article on Aleppo, "حي الميدان" a sentence after "بلدتي حريتان" is Aleppo's
            host = main_city
        if local and host is not None and host.place_id in first:
            hosted[host.place_id] = hosted.get(host.place_id, 0) + 1
        if not after and normalize_char_string(m.surface) in hosts:
            host = hosts[normalize_char_string(m.surface)]   # "حي القصاع" again, after "دوما": still Damascus's
        if host is None:
            res.append(m)
            continue
        # a village of the same name just outside the city is not its quarter ("حي الميدان" in
        # Aleppo is not the village الميدان 10 km out): only a gazetteer quarter may lie that far
        reach = NEIGHBOURHOOD_MAX_KM if m.kind in ("neighbourhood", "landmark") else min(
            NEIGHBOURHOOD_MAX_KM, max(host.uncertainty_km, 5.0))
        if m.place_id is not None and (haversine_km(m.lat, m.lon, host.lat, host.lon) <= reach
                                       or not after and m.kind == "neighbourhood" and any(
                                           haversine_km(m.lat, m.lon, c.lat, c.lon) <= NEIGHBOURHOOD_MAX_KM
                                           for c in cities)):
            # the gazetteer has this neighbourhood (or a suburb) in that city; or it has the
            # quarter in another city the article names, and the text does not put it in this
            # one ("في برزة" in an article on Damascus and Homs is Damascus's Barzeh)
            res.append(m)
            continue
        hosts.setdefault(normalize_char_string(m.surface), host)
        res.append(dataclasses.replace(
            m, place_id=host.place_id, name_en=f"{m.surface} ({host.name_en})", kind="neighbourhood",
            lat=host.lat, lon=host.lon, uncertainty_km=max(host.uncertainty_km, 3.0), admin1=host.admin1,
            score=min(host.score, 0.5), geo_precision=2, relation="in_city",
            name_ar=_quarter_name(m)))
    return _same_quarter(res, text, nz)


_SIBLING_GAP_RE = re.compile(r"\s*[،,]?\s*و\s*(?:ال)?(?:قريه|بلده|مدينه|مخيم|قريتي|بلدتي)?\s*")


def _quarters_cities(out: list[Mention], gazetteer) -> list[Mention]:
    """The city of each quarter the gazetteer has, as a host for the quarters named with it
    ("حيي الموكامبو والأشرفية": الأشرفية is Aleppo's, as الموكامبو is; not the Lattakia village):
    the city or town of the quarter's district or governorate name, within NEIGHBOURHOOD_MAX_KM of it."""
    from geo_tracker.geo import haversine_km

    res = []
    for m in out:
        if m.kind != "neighbourhood" or m.place_id is None or m.relation or m.lat is None:
            continue
        q = gazetteer.get(m.place_id)
        if q is None:
            continue
        city = next((c for name in (q.admin2_ar, q.admin1_ar) if name
                     for c in gazetteer.candidates(normalize_char_string(name))
                     if c.kind in _CITY_KINDS and haversine_km(c.lat, c.lon, m.lat, m.lon) <= NEIGHBOURHOOD_MAX_KM), None)
        if city is not None:
            res.append(dataclasses.replace(m, place_id=city.id, kind=city.kind, name_ar=city.name_ar, name_en=city.name_en,
                                           lat=city.lat, lon=city.lon, uncertainty_km=city.uncertainty_km,
                                           admin1=city.admin1, geo_precision=2, qualifier=None))
    return res


def _same_quarter(ms: list[Mention], text: str, nz: Normalized | None = None) -> list[Mention]:
    """One sense per article for quarters: once "حي الأشرفية" is placed in Aleppo, a bare
    "الأشرفية" elsewhere in the article (the headline) is that quarter, not the village of the
    same name in Homs; and a quarter's name the gazetteer does not have ("الشيخ مقصود") is found
    where the text names it without "حي" too. New occurrences are only added for names that are not
    ordinary words (two words, or rare)."""
    from geo_tracker.geo import haversine_km

    quarters: dict[str, Mention] = {}
    for m in ms:
        if m.relation == "in_city":
            quarters.setdefault(normalize_char_string(m.surface), m)
    if not quarters:
        return ms
    res = []
    for m in ms:
        q = quarters.get(normalize_char_string(m.surface))
        if q is not None and m.relation != "in_city" and m.kind not in ("city", "town", "governorate", "district") \
                and (m.place_id is None or haversine_km(m.lat, m.lon, q.lat, q.lon) > NEIGHBOURHOOD_MAX_KM):
            m = dataclasses.replace(q, start=m.start, end=m.end, surface=m.surface, qualifier=m.qualifier)
        res.append(m)
    nz = nz if nz is not None else normalize(text)   # (geoparse passes the article's own)
    covered = [(m.start, m.end) for m in res]
    extra = []
    for key, q in quarters.items():
        if " " not in key and word_frequency(key) >= WORD_ZIPF_UNKNOWN or key not in nz.text:
            continue
        for x in re.finditer(r"(?<!\w)(?:[وفبل]|وب|ول|فب)?(" + re.escape(key) + r")(?!\w)", nz.text):
            s, e = nz.original_span(x.start(1), x.end(1))
            if any(a < e and s < b for a, b in covered):
                continue
            extra.append(dataclasses.replace(q, start=s, end=e, surface=text[s:e], qualifier=None))
            covered.append((s, e))
    if extra:
        res = sorted(res + extra, key=lambda x: (x.start, x.end))
    return res


def geoparse_paths(paths: Sequence[str], published=None, on_skip=None, gazetteer=None, *,
                   unresolved: bool = True) -> Iterator[Mention]:
    """Geoparse every article under ``paths`` (see ``geo_tracker.ingest.iter_articles``)."""
    from geo_tracker.ingest import iter_articles

    if gazetteer is None:
        from geo_tracker.gazetteer import load_default

        gazetteer = load_default()
    for art in iter_articles(paths, published=published, on_skip=on_skip):
        yield from geoparse(art, gazetteer, unresolved=unresolved)
