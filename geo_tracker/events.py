"""Event extraction: who struck what, where, when, with what toll.

Works clause by clause over each sentence of an article:

* a **trigger** (``data/lexicon/events.yaml``) gives the event type ("غارات" → airstrike,
  "عبوة ناسفة" → explosion, "اشتباكات" → clash …);
* **actor** phrases (``actors.yaml``) are read with their role: the agent ("طائرات حربية روسية",
  "شنّت قوات النظام") or the target ("ضد خلايا داعش", "مواقع لتنظيم الدولة"); an airstrike's agent
  must be an air-capable actor; a clause with no actor continues the previous event's actor;
* **places** are the clause's resolved toponyms, without the qualifiers that only locate another
  place ("X بريف حمص الشرقي") and without region extents ("الممتدة من البوكمال وصولاً إلى …");
* **dates** come from ``geo_tracker.dates`` against the publication date; a clause without one
  takes the article's lead date;
* **casualties** from ``geo_tracker.numbers`` next to killed/injured words; null when not stated;
* **background**: history and context (an event weeks before publication, an earlier year, "في
  حينه", "كان قد") is flagged ``background=True``.

One event per (actor, type, place, date) and clause; ``geo_tracker.dedup`` merges repeats.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from typing import Collection, Sequence

import yaml

from geo_tracker.geo import haversine_km
from geo_tracker.geoparse import IN_QUARTER_RE, landmark_named, load_lexicon as _geo_lexicon, names_government
from geo_tracker.models import Article, Event, Mention
from geo_tracker.numbers import ambiguous_plurals
from geo_tracker.paths import lexicon_dir
from geo_tracker.text import normalize, normalize_char_string, sentence_spans

_AR = r"0-9a-z\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
_WORD = re.compile(f"[{_AR}]+")
BACKGROUND_DAYS = 14          # an event ending this long before publication is context
QUOTE_MAX = 500
MAX_EVENT_AREA_KM = 120       # a larger area (the whole Badia, a region) is backdrop, not a place


# ------------------------------------------------------------------------------ lexicon

def _trie_pattern(words: set[str]) -> str:
    """A regex alternation of ``words`` as a character trie: much faster to match than a flat
    "a|ab|abc…" with hundreds of phrases, and it still prefers the longest phrase."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def _phrase_regex(phrases: Sequence[str], *, definite_heads: bool = False) -> re.Pattern:
    """One regex for normalized phrases, allowing proclitics (و ف ب ل ك, and ل + ال → لل). With
    ``definite_heads``, a definite phrase whose head alone is a phrase also matches after the
    optional article ("القصف الجوي" must not stop at "ال" + "قصف"; the group is then "قصف الجوي")."""
    alts = set()
    known = set(phrases)
    for p in phrases:
        alts.add(p)
        if p.startswith("ال"):
            alts.add(p[1:])  # "للتحالف" = ل + "لتحالف"
            if definite_heads and " " in p and p[2:].split()[0] in known:
                # after the optional article, "القصف الجوي" must not stop at the phrase "قصف"
                alts.add(p[2:])
    body = _trie_pattern(alts)
    return re.compile(f"(?<![{_AR}])(?:[وف]?[بلك]?(?:ال)?)({body})(?![{_AR}])")


def _alts(words: Sequence[str]) -> str:
    """A regex alternation of normalized words, longest first; spaces match any run of blanks."""
    return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in sorted(set(words), key=len, reverse=True))


class _Cue:
    """A phrase regex with a cheap test first: none of its phrases' cores occurs in the text →
    no match (plain substring search is far faster than a regex that starts with a look-behind
    and optional clitics). Same results as the regex alone."""

    __slots__ = ("rx", "cores", "_pre")

    def __init__(self, phrases: Sequence[str]) -> None:
        self.rx = _phrase_regex(phrases)
        self.cores = tuple(sorted({p[2:] if p.startswith("ال") and len(p) > 3 else p for p in phrases}))
        # one trie regex of the cores that hold no other core (any core in s ⟺ one of them is)
        least = {c for c in self.cores if not any(o != c and o in c for o in self.cores)}
        self._pre = re.compile(_trie_pattern(least) if least else "(?!)").search

    def _maybe(self, s: str) -> bool:
        return self._pre(s) is not None

    def search(self, s: str, *args) -> re.Match | None:
        return self.rx.search(s, *args) if self._pre(s) is not None else None

    def finditer(self, s: str, *args):
        return self.rx.finditer(s, *args) if self._pre(s) is not None else iter(())

    def match(self, s: str, *args) -> re.Match | None:
        return self.rx.match(s, *args) if self._pre(s) is not None else None


# ------------------------------------------------------------------------------ literal pre-tests

try:
    from re import _constants as _sre_c, _parser as _sre_p
except ImportError:   # Python 3.10
    import sre_constants as _sre_c
    import sre_parse as _sre_p

_PRE_MAX = 400   # at most this many literals in a pre-test (and in a finite set of strings expanded)


def _needed_literals(items) -> tuple[set | None, set | None]:
    """``(exact, need)`` of a parsed regex (``sre_parse`` items): ``exact`` the finite set of
    strings it matches, ``need`` a set of strings one of which every match consumes; None when
    not known. Anything not understood (classes, lookarounds' contents, flags) requires nothing."""
    exact: set | None = {""}
    run: set = {""}   # the strings of the current run of parts with an exact set
    cands = []
    for op, av in items:
        ex = nd = None
        if op is _sre_c.LITERAL:
            ex = {chr(av)}
        elif op is _sre_c.IN:
            if all(o is _sre_c.LITERAL for o, _ in av):
                ex = {chr(a) for _, a in av}
        elif op is _sre_c.SUBPATTERN:
            if not av[1] and not av[2]:   # (no flags set or cleared inside)
                ex, nd = _needed_literals(av[3])
        elif op is _sre_c.BRANCH:
            parts = [_needed_literals(b) for b in av[1]]
            if all(e is not None for e, _ in parts):
                ex = set().union(*(e for e, _ in parts))
            if all(n is not None for _, n in parts):
                nd = set().union(*(n for _, n in parts))
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT):
            lo, hi, sub = av
            if lo >= 1:
                e, nd = _needed_literals(sub)
                if lo == hi == 1:
                    ex = e
            elif hi == 1:   # "(?:…)?": the strings of its contents, or none ("" is in the set)
                e = _needed_literals(sub)[0]
                ex = None if e is None else e | {""}
        elif op in (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT):
            ex = {""}   # zero-width: consumes nothing (a lookaround's contents are not consumed)
        if ex is not None and len(ex) > _PRE_MAX:
            ex = None
        if nd is None and ex is not None and "" not in ex:
            nd = ex
        if nd is not None:
            cands.append(nd)
        if ex is None:
            exact, run = None, {""}
            continue
        run = {a + b for a in run for b in ex} if len(run) * len(ex) <= _PRE_MAX else ex
        cands.append(run)
        exact = {a + b for a in exact for b in ex} if exact is not None and len(exact) * len(ex) <= _PRE_MAX else None
    best = None
    for c in cands:
        if c and "" not in c and len(c) <= 4 * _PRE_MAX and (best is None or (min(map(len, c)), -len(c)) > best[0]):
            best = ((min(map(len, c)), -len(c)), c)
    return exact, (best[1] if best else None)


class _Pretested:
    """A compiled regex behind a cheap pre-test: one of the literals every match consumes
    (read off the pattern itself, so it follows any edit of the pattern) must occur in the span
    searched, else there is no match and the regex is not run. Same results as the regex alone;
    ``match``, ``sub`` and the rest are the regex's own."""

    __slots__ = ("rx", "_pre")

    def __init__(self, rx: re.Pattern, pre) -> None:
        self.rx = rx
        self._pre = pre

    def search(self, s: str, *args) -> re.Match | None:
        return self.rx.search(s, *args) if self._pre(s, *args) is not None else None

    def finditer(self, s: str, *args):
        return self.rx.finditer(s, *args) if self._pre(s, *args) is not None else iter(())

    def match(self, s: str, *args) -> re.Match | None:
        return self.rx.match(s, *args)

    def fullmatch(self, s: str, *args) -> re.Match | None:
        return self.rx.fullmatch(s, *args)

    def __getattr__(self, name: str):
        if name in _Pretested.__slots__ or name.startswith("__"):
            raise AttributeError(name)   # (not set yet while unpickling; copy/pickle hooks are its own)
        return getattr(self.rx, name)


def _pretested(rx):
    """``rx`` with a literal pre-test (:class:`_Pretested`), or ``rx`` itself when no literal of
    two characters or more is needed by every match."""
    if not isinstance(rx, re.Pattern) or rx.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(rx.pattern, str):
        return rx
    try:
        need = _needed_literals(_sre_p.parse(rx.pattern, rx.flags))[1]
    except Exception:   # (an internal parser's change: no pre-test)
        return rx
    if not need or min(map(len, need)) < 2:
        return rx
    least = {c for c in need if not any(o != c and o in c for o in need)}
    return _Pretested(rx, re.compile(_trie_pattern(least)).search)


#: the lexicon's regexes searched over whole clauses that seldom match (measured): pre-tested
_PRETESTED_LEX = ("restore_re", "claim_re", "reaction_re", "artillery_re", "reporter_re", "intent_re",
                  "accused_re", "parallel_re", "day_word_re", "locator_re", "non_act_re", "repelled_re",
                  "unnamed_agent_re", "capture_split_re", "no_reports_re", "concurrent_re", "road_between_re",
                  "backer_rel_re", "supporter_re", "injured_re", "air_re")


def _with_pretests(load):
    """Wrap ``load_lexicon``: the regexes of ``_PRETESTED_LEX`` get a literal pre-test."""
    @functools.wraps(load)
    def wrapped(*args, **kw):
        lex = load(*args, **kw)
        return dataclasses.replace(lex, **{n: _pretested(getattr(lex, n)) for n in _PRETESTED_LEX if hasattr(lex, n)})
    return wrapped


@dataclass(frozen=True)
class _Lex:
    actor_re: re.Pattern
    actor_of: dict
    air: frozenset
    target_markers: frozenset
    agent_markers: frozenset
    neutral: frozenset
    victim_after: frozenset
    defender_after: frozenset
    shoot_down: frozenset
    first_person_re: _Cue
    authority_acts: frozenset
    object_nouns: frozenset
    transitive_object_nouns: frozenset
    object_heads: frozenset
    object_preps: frozenset
    undergo: frozenset
    generic_acts: frozenset
    one_victim: frozenset
    assassinate: frozenset
    rise_killed: tuple
    rise_injured: tuple
    reporters: frozenset
    agent_nouns: frozenset
    nisba_hosts: frozenset
    own_action: frozenset
    trigger_words: frozenset
    relatives: frozenset
    guess_words: frozenset
    vague_counts: frozenset
    locator_gap: frozenset
    aircraft: tuple
    artillery_re: re.Pattern
    heavy_fire_re: "_Cue"
    unexploded_re: "_Cue"
    removal_re: "_Cue"
    enabled_re: "_Cue"
    anaphoric_agent_re: re.Pattern
    reported_re: re.Pattern
    air_re: re.Pattern
    aircraft_re: re.Pattern
    downing_re: re.Pattern
    direct_fire_re: re.Pattern
    arrest: tuple
    trigger_re: re.Pattern
    type_of: dict
    priority: tuple
    stand_off: frozenset
    air_only: frozenset
    background_re: _Cue
    extent_re: _Cue
    locator_re: re.Pattern
    irrealis_re: _Cue
    origin_re: _Cue
    consequence_re: _Cue
    response_re: _Cue
    reporter_re: re.Pattern
    source_tail_re: re.Pattern
    reporter_hint_re: re.Pattern
    reaction_re: re.Pattern
    intent_re: re.Pattern
    night_re: _Cue
    supporter_re: re.Pattern
    support_span_re: re.Pattern
    backer_rel_re: re.Pattern
    accused_re: re.Pattern
    cause_re: re.Pattern
    destination_re: re.Pattern
    anaphoric: dict
    opener_re: re.Pattern
    tally_re: _Cue
    gun_subjects: frozenset
    capture_verbs: frozenset
    span_re: re.Pattern
    support_re: re.Pattern
    day_word_re: re.Pattern
    no_casualty_re: _Cue
    no_deaths_re: _Cue
    relative_agent_verbs: frozenset
    foreign: frozenset            # geoparse.yaml's foreign places ("أنقرة")
    parallel_re: re.Pattern
    control_words: frozenset
    non_act_re: re.Pattern
    habitual_after: frozenset
    non_act_after: frozenset
    capture_re: "_Cue"
    capture_objects: frozenset
    capture_split_re: re.Pattern
    restore_re: re.Pattern
    fighting_nouns: frozenset
    joint_toll_re: re.Pattern
    position_words: frozenset
    concurrent_re: re.Pattern
    partitive_words: frozenset
    unidentified_re: "_Cue"
    opinion_re: re.Pattern
    unnamed_agent_re: re.Pattern
    clause_re: re.Pattern
    killed_re: re.Pattern
    injured_re: re.Pattern
    singular: frozenset
    dual: frozenset
    object_re: re.Pattern
    object_of: dict
    isis_name_re: re.Pattern
    pkk_name_re: re.Pattern
    close_to: frozenset
    allied_re: re.Pattern
    claim_re: re.Pattern
    or_nisba_after_re: re.Pattern
    drone_re: re.Pattern
    support_air_re: re.Pattern
    support_guns_re: re.Pattern
    quote_intro_re: re.Pattern
    hurt_re: re.Pattern
    subject_first: frozenset
    ranked_re: re.Pattern
    assault_stems: tuple
    instrument_re: re.Pattern
    shells_re: re.Pattern
    anaphoric_site_re: re.Pattern
    road_nouns: tuple
    patron_gap_re: re.Pattern
    besieger_verbs: frozenset
    repelled_re: re.Pattern
    no_reports_re: re.Pattern
    interceptor_after: frozenset
    dispersed_re: "_Cue"
    road_end_re: re.Pattern
    road_between_re: re.Pattern
    road_before_re: re.Pattern
    and_road_re: re.Pattern


def _canon(p: str) -> str:
    return normalize_char_string(p).strip()


def _phrase_map(groups: dict, *, first_wins: bool = True, inflect: bool = False) -> dict[str, str]:
    """Normalized phrase → its group ("روسية" → "russia"), with the form after "لل"
    ("للتحالف" = ل + "لتحالف") and, with ``inflect``, the duals, plurals and tanween of one-word
    phrases ("تفجيرين", "غارتين", "هجوما")."""
    out: dict[str, str] = {}
    for group, phrases in groups.items():
        for p in phrases:
            c = _canon(str(p))
            forms = [c] + ([c[1:]] if c.startswith("ال") else [])
            if inflect and c.startswith("ال") and " " in c:
                forms.append(c[2:])   # "قصف الجوي": what trigger_re's group holds after the article
            if inflect and " " not in c:
                stem = c[:-1] + "ت" if c.endswith("ه") else c
                forms += [c + "ين", c + "ان", c + "ا", stem + "ين", stem + "ان", stem + "ات"]
                # possessive suffixes: "غاراتها", "اعتداءاتهم", "قصفه"
                forms += [f + suf for f in (stem, stem + "ات") if len(f) > 2 for suf in ("ها", "هم", "ه")]
            for k, f in enumerate(forms):
                if first_wins or k > 0:
                    out.setdefault(f, group)
                else:
                    out[f] = group
    return out


@functools.lru_cache(maxsize=2)
@_with_pretests
def load_lexicon(directory: str | None = None) -> _Lex:
    """Load the actor, event and target lexicons (normalized once)."""
    d = lexicon_dir() if directory is None else __import__("pathlib").Path(directory)
    with open(d / "actors.yaml", encoding="utf-8") as fh:
        actors = yaml.safe_load(fh)
    with open(d / "events.yaml", encoding="utf-8") as fh:
        ev = yaml.safe_load(fh)
    with open(d / "targets.yaml", encoding="utf-8") as fh:
        tg = yaml.safe_load(fh)
    actor_of = _phrase_map({"@generic": actors.get("generic_forces", []),
                            "@label": actors.get("armed_group_labels", []),
                            "@occupier": actors.get("occupation_labels", []),
                            "@speaker": actors.get("first_person_forces", []),
                            "@authority": actors.get("authority_labels", []),
                            "@command": actors.get("command_labels", []), **actors["actors"]}, first_wins=False)
    type_of = _phrase_map(ev["triggers"], inflect=True)
    object_of = _phrase_map(tg["objects"])
    cas = ev["casualties"]
    norm_list = lambda xs: [_canon(str(x)) for x in xs]  # noqa: E731
    # "أعادت وحدات من جيشنا أمس الأمن والاستقرار إلى …": the restore verb and its object apart
    restore = (f"(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('restore_verbs', [])))})"
               f"\\s+(?:\\S+\\s+){{1,7}}?(?:{_alts(norm_list(ev.get('restore_objects', [])))})\\s+الي(?=\\s)")
    # ", وشنت طائرات النظام …": a new main clause with its own agent
    verb_alts = "|".join(re.escape(x) for x in sorted(
        {w for w in norm_list(actors["agent_markers"]) if " " not in w} - {"قبل", "بقياده"}, key=len, reverse=True))
    roads = _alts(norm_list(ev.get("road_nouns", [])))
    clause_alts = "|".join(re.escape(x) for x in sorted(norm_list(ev["clause_breaks"]), key=len, reverse=True))
    return _Lex(
        actor_re=_phrase_regex(list(actor_of)),
        actor_of=actor_of,
        air=frozenset(actors["air"]),
        target_markers=frozenset(norm_list(actors["target_markers"])),
        agent_markers=frozenset(norm_list(actors["agent_markers"])),
        neutral=frozenset(norm_list(actors.get("neutral_nouns", []))),
        victim_after=frozenset(norm_list(actors.get("victim_after", []))),
        defender_after=frozenset(norm_list(actors.get("defender_after", []))),
        shoot_down=frozenset(norm_list(actors.get("shoot_down_verbs", []))),
        first_person_re=_Cue(norm_list(actors.get("first_person_forces", []))),
        authority_acts=frozenset(norm_list(actors.get("authority_acts", []))),
        object_nouns=frozenset(norm_list(actors.get("object_nouns", []))),
        transitive_object_nouns=frozenset(norm_list(actors.get("transitive_object_nouns", []))),
        object_heads=frozenset(norm_list(actors.get("object_heads", []))),
        object_preps=frozenset(norm_list(actors.get("object_preps", []))),
        undergo=frozenset(norm_list(actors.get("undergo_verbs", []))),
        generic_acts=frozenset(norm_list(ev.get("generic_acts", []))),
        one_victim=frozenset(norm_list(cas.get("one_victim", []))),
        rise_killed=tuple(norm_list(cas.get("toll_rise_killed", []))),
        rise_injured=tuple(norm_list(cas.get("toll_rise_injured", []))),
        reporters=frozenset(norm_list(actors.get("reporter_verbs", []))),
        agent_nouns=frozenset(norm_list(actors.get("agent_nouns", []))),
        nisba_hosts=frozenset(norm_list(actors.get("nisba_hosts", []))),
        own_action=frozenset(norm_list(actors.get("own_action", []))),
        relatives=frozenset(norm_list(actors.get("relative_pronouns", []))),
        guess_words=frozenset(norm_list(actors.get("guess_words", []))),
        vague_counts=frozenset(norm_list(ev.get("vague_counts", []))),
        locator_gap=frozenset(norm_list(ev.get("locator_gap_words", []))),
        aircraft=tuple(norm_list(ev.get("aircraft_stems", []))),
        artillery_re=_stem_regex(norm_list(ev.get("artillery_stems", []))),
        heavy_fire_re=_Cue(norm_list(ev.get("heavy_fire_phrases", []))),
        unexploded_re=_Cue(norm_list(ev.get("unexploded_after", []))),
        removal_re=_Cue(norm_list(ev.get("ordnance_removal_cues", []))),
        enabled_re=_Cue(norm_list(actors.get("enabled_cues", []))),
        anaphoric_agent_re=re.compile(r"(?:^|\s)[وف]?(?:" + _alts(norm_list(actors.get("anaphoric_agents", []))) + r")(?=[\s,.،]|$)"),
        # "أفاد مصدر في دير الزور، يوم الأربعاء، بمقتل 18 شخصاً": what was reported, after ب
        reported_re=re.compile(r"^\s*[,،]?\s*(?:(?:\S+\s+){0,3})?ب(?:" + _alts(norm_list(ev.get("reported_nouns", [])))
                               + r")(?=\s)"),
        air_re=_stem_regex(norm_list(ev.get("air_stems", []))),
        aircraft_re=_stem_regex(norm_list(ev.get("aircraft_stems", []))),
        # (present forms like "يسقط" are also "falls": only past forms and the verbal noun down a plane)
        downing_re=_downing_regex([v for v in norm_list(actors.get("shoot_down_verbs", [])) if v[:1] not in "تي"],
                                  norm_list(ev.get("manned_aircraft", []))),
        direct_fire_re=re.compile("|".join(re.escape(x) for x in norm_list(ev.get("direct_fire_weapons", [])))
                                  or "(?!)"),
        arrest=tuple(norm_list(ev.get("arrest_stems", []))),
        trigger_words=frozenset(w for p in type_of for w in p.split()[:1]),
        trigger_re=_phrase_regex(list(type_of), definite_heads=True),
        type_of=type_of,
        priority=tuple(ev["priority"]),
        stand_off=frozenset(ev["stand_off_actors"]),
        air_only=frozenset(ev.get("air_only_actors", [])),
        background_re=_Cue(norm_list(ev["background_cues"])),
        extent_re=_Cue(norm_list(ev["extent_cues"])),
        locator_re=re.compile("(?:" + "|".join(re.escape(x) for x in sorted(norm_list(ev.get("locator_cues", [])), key=len, reverse=True))
                              # ("التابعة لناحية عقيربات": the head may hang on the cue's ل)
                              + ")(?:\\s*(?:منطقه|مدينه|بلده|قريه|سلسله|جبال|جبل|محافظه|ريف|باديه|ناحيه|مدينتي|بلدتي|قريتي|محافظتي))*\\s*$"),
        irrealis_re=_Cue(norm_list(ev["irrealis_cues"])),
        origin_re=_Cue(norm_list(ev.get("origin_cues", []))),
        consequence_re=_Cue(norm_list(ev.get("consequence_cues", []))),
        response_re=_Cue(norm_list(ev.get("response_cues", []))),
        intent_re=re.compile(r"(?<!\S)[وف]?(?:%s)\s+(?:\S+\s+)?$" % _alts(norm_list(ev.get("intent_cues", [])))),
        reaction_re=re.compile(r"(?<!\S)(?:%s)(?!\S)" % _alts(norm_list(ev.get("reaction_verbs", [])))),
        # "…، وفق مصادر طبية في المشفى الوطني بالسويداء.", "بحسب ما أفاد مدير مستشفى إدلب المركزي":
        # a source named at the end of the sentence, with the place it speaks from
        source_tail_re=re.compile("(?:^|\\s)[وف]?(?:%s)\\s+(?:ما\\s+\\S+\\s+)?(?:ال|لل|ل)?(?:%s)(?:\\s+\\S+){0,5}?\\s*$" % (
            _alts(norm_list(ev.get("attribution_words", []))),
            _alts(norm_list(ev.get("reporter_nouns", []) + ev.get("source_institutions", []))))),
        reporter_hint_re=re.compile("|".join(re.escape(x) for x in norm_list(
            ev.get("reporter_nouns", []) + ev.get("source_institutions", [])))),
        reporter_re=re.compile("(?<![" + _AR + "])[وف]?(?:ال|لل|ل)?(?:" + "|".join(
            re.escape(x) for x in sorted(norm_list(ev.get("reporter_nouns", [])), key=len, reverse=True))
            + ")(?:\\s+\\S+){0,3}\\s+(?:في|ب)\\s*(?:مدينه|محافظه|بلده|ريف)?\\s*$"),
        night_re=_Cue(norm_list(ev.get("night_cues", []))),
        # "بدعم من التحالف", "بدعم جوي من التحالف", "بدعم من المدفعية التركية"
        supporter_re=re.compile(f"(?:{_alts(norm_list(actors['supporter_words']))})\\s+(?:\\S+\\s+)?(?:من\\s+)?(?:\\S+\\s+)?$"),
        # "بدعم من الطيران الروسي": the backing, blanked when asking what the act itself was
        # "بدعم من المدفعية التركية التي قصفت …": the backer's own fire, told in its relative clause
        backer_rel_re=re.compile(f"(?:{_alts(norm_list(actors['supporter_words']))})\\s+(?:\\S+\\s+){{0,4}}?(?:التي|الذي)\\s+$"),
        support_span_re=re.compile(f"(?:{_alts(norm_list(actors['supporter_words']))})\\s+(?:\\S+\\s+)?(?:من\\s+)?\\S+(?:\\s+\\S+)?"),
        accused_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alts(norm_list(actors['accusation_verbs']))})"
                              "\\s+(\\S+(?:\\s+\\S+){0,2}\\s+)?$"),
        cause_re=re.compile(f"(?:^|\\s)(?:{_alts(norm_list(cas['cause_before_toll']))})\\s*$"),
        destination_re=re.compile(f"(?:{_alts(norm_list(ev['withdrawal_words']))})\\S*\\s+(?:\\S+\\s+){{0,3}}"
                                  f"(?:{_alts(norm_list(ev['toward_words']))})(?=\\s)"),
        tally_re=_Cue(norm_list(ev.get("tally_verbs", []))),
        gun_subjects=frozenset(norm_list(ev.get("gun_subjects", []))),
        capture_verbs=frozenset(norm_list(ev.get("capture_verbs", []))),
        # "خلال سبعة أسابيع", "خلال الأشهر الماضية", "على مدى عامين": a span of weeks or more
        span_re=re.compile(f"(?:^|\\s)(?:{_alts(norm_list(ev.get('span_words', [])))})\\s+(?:ال)?(?:\\S+\\s+)?"
                           f"(?:ال)?(?:{_alts(norm_list(ev.get('span_units', [])))})(?![{_AR}])"),
        anaphoric={_canon(k): _canon(v) for k, v in (ev.get("anaphoric_duals") or {}).items()},
        opener_re=re.compile("^[\\s,;.]*(?:" + "|".join(re.escape(x) for x in norm_list(ev.get("reference_openers", [])))
                             + ")(?![" + _AR + "])"),
        support_re=re.compile("(?:" + "|".join(re.escape(x) for x in norm_list(ev.get("support_cues", [])))
                              + ")\\s+(?:\\S+\\s+)?$"),
        day_word_re=re.compile("(?<![^\\s])[وف]?(?:" + "|".join(re.escape(x) for x in norm_list(ev.get("day_words", [])))
                               + ")(?![^\\s,.])"),
        no_casualty_re=_Cue(norm_list(ev.get("no_casualty_cues", []))),
        no_deaths_re=_Cue(norm_list(ev.get("no_deaths_cues", []))),
        relative_agent_verbs=frozenset(norm_list(actors.get("relative_agent_verbs", []))),
        foreign=_geo_lexicon().foreign,
        control_words=frozenset(norm_list(actors.get("control_words", []))),
        parallel_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alts(norm_list(actors.get('parallel_cues', [])))})\\s+(?:ال)?\\S+\\s+$"),
        habitual_after=frozenset(norm_list(ev.get("habitual_after", []))),
        non_act_after=frozenset(norm_list(ev.get("non_act_after", []))),
        capture_re=_Cue(norm_list(ev.get("capture_cues", []))),
        capture_objects=frozenset(norm_list(ev.get("capture_objects", []))),
        # "سيطرت خلاله قواتها على بلدة …": the capture verb and its على a few words apart
        capture_split_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('capture_verbs', [])))})"
                                    f"\\s+(?:\\S+\\s+){{1,3}}?علي(?=\\s)"
                                    # "أعادت وحدات من جيشنا أمس الأحد الأمن والاستقرار إلى قرى …"
                                    f"|{restore}"),
        # "أعادت … الأمن والاستقرار إلى" and "سيطرت القوات التركية أمس على مركز مدينة تل أبيض",
        # "حررت وحدات الجيش بلدة …": a taking of ground told with no word of fighting
        restore_re=re.compile(
            f"{restore}|(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('capture_verbs', [])))})\\s+(?:\\S+\\s+){{0,7}}?علي\\s+"
            f"(?:\\S+\\s+)?(?:ال)?(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"
            # "أحكمت قوات النظام سيطرتها على بلدة …" (not "أحكمت حصارها على")
            f"|(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('control_verbs', [])))})\\s+(?:\\S+\\s+){{0,6}}?سيطرت(?:ها|هم|ه)\\s+(?:\\S+\\s+)?علي\\s+"
            f"(?:\\S+\\s+)?(?:ال)?(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"
            # "حررت وحدات الجيش بلدة …": its agent between (not "استعادت مدينة حلب نشاطها"), and
            # the object not after "في" ("حررت الشرطة في مدينة عفرين مختطفين")
            f"|(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('liberate_verbs', [])))})\\s+(?:\\S+\\s+){{1,12}}?"
            f"(?<!في )(?:ال)?(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"),
        fighting_nouns=frozenset(norm_list(ev.get("fighting_nouns", []))),
        joint_toll_re=re.compile(f"(?:في|ب)\\s*(?:ال)?(?:{_alts(norm_list(ev.get('joint_toll_places', [])))})"
                                 f"(?:\\s+(?:{_alts(norm_list(ev.get('joint_toll_qualifiers', [])))}))?(?![\\w])"),
        position_words=frozenset(norm_list(actors.get("position_words", []))),
        concurrent_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('concurrent_heads', [])))})\\s+(?:مع\\s+)?$"),
        partitive_words=frozenset(norm_list(actors.get("partitive_words", []))),
        unidentified_re=_Cue(norm_list(ev.get("unidentified_cues", []))),
        opinion_re=re.compile(f"\\s*[وف]?(?:{_alts(norm_list(ev.get('opinion_verbs', [])))})\\s+(?:\\S+\\s+)?"
                              f"(?:{_alts(norm_list(ev.get('opinion_sources', [])))})(?:\\s|$)"),
        unnamed_agent_re=re.compile(f"(?:{_alts(norm_list(actors.get('relative_agent_verbs', [])) + norm_list(ev.get('unnamed_agent_before', [])))})\\s+"
                                    f"(?:{_alts(norm_list(ev.get('unnamed_agents', [])))})(?:\\s|$|[،,.])"),
        non_act_re=re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in sorted(norm_list(ev.get("non_act_heads", [])), key=len, reverse=True))
                              + r")\s+(?:\S+\s+)?$"),
        clause_re=re.compile(f"[,;،]\\s*(?:وذلك\\s+)?(?:و)?(?:{clause_alts})(?![{_AR}])|;"
                             f"|[,،]\\s*[وث](?:م\\s+)?(?P<verb>(?:{verb_alts})(?![{_AR}]))"),
        killed_re=_phrase_regex(norm_list(cas["killed"])),
        injured_re=_phrase_regex(norm_list(cas["injured"])),
        singular=frozenset(norm_list(cas["singular_victims"])),
        assassinate=frozenset(norm_list(cas.get("assassination_verbs", []))),
        dual=frozenset(norm_list(cas["dual_victims"])),
        object_re=_phrase_regex(list(object_of)),
        object_of=object_of,
        isis_name_re=_names_regex(norm_list(actors.get("isis_names", []))),
        pkk_name_re=_names_regex(norm_list(actors.get("pkk_names", [])), end=True),
        close_to=frozenset(norm_list(actors.get("source_proximity", []))),
        # "الفصائل الموالية لها": up to two words, then the allied adjective
        allied_re=re.compile(r"^\s*(?:\S+\s+){0,2}(?:ال)?(?:%s)(?:\s|$)" % _alts(norm_list(actors.get("allied_adjectives", [])))),
        claim_re=re.compile(r"(?<![^\s«\"])(?:[وف]?(?:%s)|%s)(?![^\s,.»\"])" % (
            _alts(norm_list(actors.get("claim_verbs", []))), _alts(norm_list(actors.get("claim_nouns", []))))),
        # ("روسية أو سورية"; not "مقرات الفصائل المعارضة أو الجهادية": a nationality, not any adjective)
        or_nisba_after_re=re.compile(r"\s+(?:ام|او)\s+(?:ال)?(?:%s)(?:ه|يه)?(?:\s|$|[.,،])"
                                     % _alts(norm_list(actors.get("either_or_nisbas", [])))),
        drone_re=_stem_regex(norm_list(ev.get("drone_stems", []))),
        support_air_re=_stem_regex(norm_list(ev.get("support_air_stems", []))),
        support_guns_re=_stem_regex(norm_list(ev.get("support_guns_stems", []))),
        # "وجاء في البيان: «استهدف مجاهدونا …»": "جاء" introduces a quotation, not a back-reference
        quote_intro_re=re.compile(r"\s*[وف]?جاء\s+(?:في|ب)\s*(?:ال)?(?:%s)" % _alts(norm_list(ev.get("statement_nouns", [])))),
        hurt_re=re.compile(_alts(norm_list(ev.get("hurt_stems", []))) or "(?!)"),
        subject_first=frozenset(norm_list(ev.get("subject_first_deaths", []))),
        ranked_re=re.compile(r"(?:^|\s)(?:%s)(?:\s|$)" % _alts(norm_list(ev.get("ranking_words", [])))),
        assault_stems=tuple(norm_list(ev.get("assault_stems", []))),
        # a weapon named as an instrument ("بالقذائف", "بالأسلحة الخفيفة والقذائف") at the end of the span
        instrument_re=re.compile(r"(?<!\S)و?ب{w}(?:\s+\S+){{0,2}}\s+و{w}$|(?<!\S)و?ب{w}$".format(
            w="(?:ال)?(?:%s)" % _alts(norm_list(ev.get("weapon_nouns", []))))),
        shells_re=re.compile(r"(?<!\S)و?ب?(?:ال)?(?:%s)(?!\S)(?!\s+(?:ال)?صاروخيه)" % _alts(norm_list(ev.get("shell_nouns", [])))),
        road_nouns=tuple(norm_list(ev.get("road_nouns", []))),
        # the gap between an actor and its patron: "الفصائل[ السورية الموالية ]لتركيا", "[ المدعومة من ]إيران"
        # (a definite adjective right after the actor, nisbas only between: not "مواقع تابعة لقسد")
        patron_gap_re=re.compile(r"\s+(?:ال\S+(?:يه|ي)\s+){0,2}ال(?:%s)\s+(?:من\s+)?"
                                 % _alts([w[2:] if w.startswith("ال") else w for w in norm_list(actors.get("allied_adjectives", []))])),
        besieger_verbs=frozenset(norm_list(actors.get("besieger_verbs", []))),
        no_reports_re=re.compile(r"(?:%s)\s+(?:عن\s+|حول\s+|ب\S*\s+)?(?:اي\s+)?(?:ال)?(?:%s)" % (
            _alts(norm_list(ev.get("no_report_cues", []))), _alts(norm_list(ev.get("casualty_nouns", []))))),
        interceptor_after=frozenset(norm_list(ev.get("interceptor_after", []))),
        dispersed_re=_Cue(norm_list(ev.get("dispersed_cues", []))),
        # "صدّ مقاتلوها هجوماً", "يصدون هجوماً لـ"النصرة"", "تحييد 3 إرهابيين حاولوا التسلل": met by fighting
        repelled_re=re.compile(r"(?:^|\s)[وف]?(?:%s)\s|(?:^|\s)(?:حاول|حاولوا|حاولت|محاوله|محاولات)\s+(?:ال)?تسلل"
                               % _alts(norm_list(ev.get("repel_verbs", [])))),
        # "على طريق دمشق – السويداء": the first end, before the dash
        road_end_re=re.compile(r"(?:%s)\s+\S+(?:\s+\S+)?\s*[-–—]\s*$" % roads),
        # ("الطريق الواصل بين بلدتي X و…", "الطريق الذي يربط بين مدينة X و…", "الطريق الرابط بين قرية X و…")
        road_between_re=re.compile(r"(?:%s)\s+(?:\S+\s+){0,2}بين\s+(?:مدينتي|بلدتي|قريتي|مدينه|بلده|قريه)?\s*$" % roads),
        road_before_re=re.compile(r"(?:%s)\s+(?:الذي\s+)?$" % roads),
        and_road_re=re.compile(r"(?:^|\s)و(?:علي|في)?\s*(?:ال)?(?:%s)" % roads),
        # a site named before by its kind alone ("المطار", "القاعدة"): a locator after it places that site
        anaphoric_site_re=re.compile(r"(?:^|\s)[وبل]?(?:ال)(?:%s)(?=[\s،,])" % _alts(norm_list(ev.get("site_nouns", [])))),
    )


def _names_regex(names: Sequence[str], end: bool = False) -> re.Pattern:
    """Any of ``names``, its words joined by up to three non-letters ('تنظيم "الدولة"', "بي كا كا",
    "بيكاكا"); with ``end``, not followed by a letter ("ي ب ك" is no prefix of a word)."""
    alts = "|".join(r"\W{0,3}".join(re.escape(w) for w in n.split())
                    for n in sorted(set(names), key=len, reverse=True))
    return re.compile("(?:" + (alts or "(?!)") + ")" + (r"(?!\w)" if end else ""), re.I)


# ------------------------------------------------------------------------------ helpers

_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")    # longest first


@functools.lru_cache(maxsize=65536)
def _strip_clitic(w: str) -> str:
    for p in _CLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _stem_regex(stems: Sequence[str]) -> re.Pattern:
    """Words (with or without their proclitics) that start with one of ``stems``."""
    alts = "|".join(re.escape(x) for x in sorted(set(stems), key=len, reverse=True))
    return re.compile(f"(?<![{_AR}])(?:{_CLITIC_ALTS})?(?:{alts})")


_CLITIC_ALTS = "|".join(_CLITICS)


def _opens_entry(sent: str, d) -> bool:
    """Is ``d`` the full date a sentence opens with, followed by a colon or dash, as the entries
    of a monthly report or a chronicle do ("الأحد 13 شباط/ 2022: قصفت طائرات …")?"""
    lead = len(sent) - len(sent.lstrip())
    return d.span[0] - lead <= 12 and d.precision == 1 and re.match(r"\s*[:：–—-]", sent[d.span[1]:d.span[1] + 4]) is not None


def _chronicle_entry(sent: str, dates: list) -> bool:
    """Is the sentence such an entry? It is the report's news however long before publication
    it happened."""
    return any(_opens_entry(sent, d) for d in dates)


def _definite_trigger(cnorm: str, tpos: int, lex: "_Lex | None" = None) -> str | None:
    """The trigger word at ``tpos`` without its article if it is definite ("القصف", "والغارات"), else
    None ("الغام", mines, is no "ال" + "غام")."""
    w = cnorm[tpos:tpos + 20].split()[:1]
    if not w:
        return None
    w = w[0].strip(".,،")
    for c in ("و", "ف"):
        if w.startswith(c + "ال"):
            w = w[1:]
    if not w.startswith("ال") or lex is not None and lex.type_of.get(w[2:]) is None:
        return None
    return w[2:]


def _definite_generic(cnorm: str, tpos: int, lex: "_Lex") -> bool:
    """Is the trigger at ``tpos`` a definite generic act noun ("القصف", "الهجوم", "الاستهداف")?"""
    return _definite_trigger(cnorm, tpos) in lex.generic_acts


def _captures_ground(cnorm: str, clause_ms: Sequence[Mention], to_orig, lex: "_Lex") -> bool:
    """Does the clause tell of places taken ("السيطرة على بلدات تسيل وعدوان")? A settlement word or
    a place named right after a capture cue; "سيطروا على حاجزين" takes no ground."""
    for m in itertools.chain(lex.capture_re.finditer(cnorm), lex.capture_split_re.finditer(cnorm)):
        nxt = cnorm[m.end():m.end() + 20].split()[:1]
        if nxt and {nxt[0].strip(".,،"), _strip_clitic(nxt[0].strip(".,،"))} & lex.capture_objects:
            return True
        start = to_orig(m.end() + (len(cnorm[m.end():]) - len(cnorm[m.end():].lstrip())))
        if any(abs(x.start - start) <= 2 for x in clause_ms):
            return True
    return False


def _downing(norm: str, lex: "_Lex") -> re.Match | None:
    """The shoot-down of a manned aircraft in ``norm`` (not of a drone: "أسقطت فصائل مقاتلة طائرة مسيرة")."""
    if "سقط" not in norm and "سقاط" not in norm:
        return None
    m = lex.downing_re.search(norm)
    if m is None or lex.drone_re.search(" ".join([m.group(1)] + _words_after(norm, m.end(), 6))):
        return None   # "أسقطت الدفاعات … طائرة استطلاع مسيرة": a drone
    prev = _words_before(norm, m.start(1), 1)
    if m.group(1) == "مقاتله" and prev and {prev[0], _strip_clitic(prev[0])} & lex.fighting_nouns:
        return None   # "أسقطت فصائل مقاتلة …": fighting factions, not a fighter jet
    return m


def _downing_regex(verbs: Sequence[str], aircraft: Sequence[str]) -> re.Pattern:
    """A shoot-down verb and, at most seven words on, a manned aircraft ("أسقطت مقاتلات تركية أمس
    طائرة حربية سورية"); group 1 is the aircraft phrase."""
    if not verbs or not aircraft:
        return re.compile("(?!)")
    return re.compile(f"(?<![{_AR}])[وف]?(?:{_alts(verbs)})(?![{_AR}])(?:\\s+\\S+){{0,7}}?\\s+"
                      f"(?:{_CLITIC_ALTS})?({_alts(aircraft)})(?![{_AR}])")


def _words_before(norm: str, pos: int, k: int) -> list[str]:
    ws = _WORD.findall(norm[max(0, pos - 80):pos])
    return ws[-k:]


def _words_after(norm: str, pos: int, k: int) -> list[str]:
    return _WORD.findall(norm[pos:pos + 80])[:k]


def _object_follows(norm: str, pos: int, lex: "_Lex") -> bool:
    """Does an object (a place or target noun outside any prepositional phrase) follow an actor
    phrase ending at ``pos``, in the same clause? "استهداف التنظيمات الإرهابية المتمركزة في منطقة
    خفض التصعيد مدينة السقيلبية" yes; "استهداف قوات النظام في مدينة درعا" no."""
    clause = re.split(r"[.،,؛:!?()\"«»]", norm[pos:pos + 140], maxsplit=1)[0]
    words = _WORD.findall(clause)[:10]

    def head(w: str) -> bool:
        return w in lex.object_heads or w.endswith("ا") and w[:-1] in lex.object_heads   # tanween: "حاجزاً"

    for i, w in enumerate(words):
        if w in lex.relatives or w in lex.trigger_words:
            return False   # "قوات النظام التي قصفت مواقع …": another clause's object
        prev = words[i - 1] if i else ""
        # (not inside a place phrase: "في محيط مدينة درعا", "بريف مدينة حماة", "شمالي مدينة حماة")
        if head(w) and not (prev in lex.object_preps or head(prev) or prev[:1] == "ب" and head(prev[1:])
                            or prev.startswith("بال") and head(prev[1:])):
            return True
    return False


@dataclass
class _ActorHit:
    actor: str
    start: int
    end: int
    agent: float = 0.0
    of_type: str | None = None   # "هجوم الفصائل": the type of the event noun it is the genitive of
    supporter: bool = False      # "بدعم من المدفعية التركية": backs the agent; neither agent nor target
    source: bool = False         # "قالت وزارة الدفاع", "اتهمت السلطات السورية": who speaks; no target either


_AND_RE = re.compile(r"(?:^|\s)و")
_AND_SYRIAN_RE = re.compile(r"\s+(?:(و(?:ال)?سوري(?:ه)?)|واخري\s+((?:ال)?سوري(?:ه)?))(?![\w])")   # (also "روسية وأخرى سورية")
_PAREN_RE = re.compile(r"\([^)]{0,40}\)")


@functools.lru_cache(maxsize=1)
def _number_words() -> frozenset:
    from geo_tracker.numbers import number_word_values

    return frozenset(number_word_values())


@dataclass(frozen=True)
class _Readings:
    """How one article names its actors: whether it names ISIS (else "الإرهابيين" are the
    armed opposition), whose occupation "الاحتلال" is, whose forces "الفصائل" are, and whose
    "قواتنا" (the actor whose statement the article is, or None)."""

    isis_named: bool = True
    occupier: str = "israel"
    factions: str = "opposition"
    speaker: str | None = None
    pkk_named: bool = False   # "التنظيم" is the PKK when the article names it before any ISIS
    labels_isis: bool = True  # "الإرهابيون" are ISIS where ISIS is named (see extract_events)
    new_era: bool = False     # published after 8 December 2024: the rebels' command is the government


_PLAIN_READINGS = _Readings()


def _readings(norm_all: str, lex: _Lex, pub: dt.date | None = None) -> _Readings:
    """The article's readings, from its whole normalized text and its publication date."""
    rd = _Readings(
        new_era=pub is not None and pub >= NEW_ERA,
        isis_named=_isis_first(norm_all, lex),
        pkk_named=bool(lex.pkk_name_re.search(norm_all)),
        occupier="turkey" if (_TURKISH_OCCUPATION_RE.search(norm_all) and not _ISRAEL_RE.search(norm_all)) else "israel",
        # an article that names the government's factions ("فصائل تابعة لحكومة دمشق") means
        # them by "الفصائل" throughout
        factions="syrian_gov" if _GOV_FACTIONS_RE.search(norm_all) else "opposition")
    return dataclasses.replace(rd, speaker=_speaker(norm_all, lex, rd))


_BULLET_RE = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}\s*[).-])\s*\S")


def _with_lists(spans: list[tuple[int, int]], norm_all: str, lex: "_Lex") -> list[tuple[int, int]]:
    """Sentence spans with a bulleted list joined to the sentence that announces it ("قصف الجيش
    التركي عدداً من القرى، وهي:" then "- صيدا", "- الفاطسة" on lines of their own): the list's
    places are that act's."""
    out: list[tuple[int, int]] = []
    opened = False
    for a, b in spans:
        if opened and _BULLET_RE.match(norm_all, a) and len(norm_all[a:b].split()) <= 6 \
                and not lex.trigger_re.search(norm_all, a, b):   # (a bullet that is a report of its own stays one)
            out[-1] = (out[-1][0], b)
            continue
        opened = norm_all[a:b].rstrip().endswith(":")
        out.append((a, b))
    return out


def _paragraph(norm_all: str, na: int, nb: int) -> tuple[int, int]:
    """The paragraph (between blank lines) around a sentence; a heading line ("حماة:") belongs to
    the paragraph it heads."""
    la = norm_all.rfind("\n\n", 0, na)
    lb = norm_all.find("\n\n", nb)
    return (la + 1 if la >= 0 else 0), (lb if lb != -1 else len(norm_all))


def _names_opposition(norm_all: str, lex: _Lex) -> bool:
    """Does the article name an opposition group by name ("جبهة النصرة", "الجيش الحر"), not by a label?"""
    return any(lex.actor_of.get(m.group(1)) == "opposition" for m in lex.actor_re.finditer(norm_all))


def _is_guess(words_before: Sequence[str], lex: "_Lex") -> bool:
    """Is one of these words (the few before an actor) a word of guessing ("يُرجّح أنها")?"""
    guess = lex.guess_words
    for w in words_before:   # (a loop, not any() over a generator: called for every actor phrase)
        if w in guess or _strip_clitic(w) in guess:
            return True
    return False


def _guessed_hits(norm: str, lex: "_Lex"):
    """The actor phrases of ``norm`` (their spans), to test each for a guess before it."""
    for m in lex.actor_re.finditer(norm):
        if lex.actor_of.get(m.group(1)) is not None:
            yield _ActorHit(lex.actor_of[m.group(1)], m.start(), m.end())


def _actor_hits(norm: str, lex: _Lex, rd: _Readings = _PLAIN_READINGS) -> list[_ActorHit]:
    hits = []
    any_rel = _has_relative(norm)
    for m in lex.actor_re.finditer(norm):
        phrase = m.group(1)
        actor = lex.actor_of.get(phrase)
        if actor is None:
            continue
        if actor == "isis" and not rd.isis_named and phrase.endswith("تنظيم"):
            # "التنظيم الإرهابي" is the PKK in a Turkish statement: ISIS only if named first
            if not rd.pkk_named:
                continue
            actor = "sdf"
        if actor == "@speaker":
            if rd.speaker is None:
                continue
            actor = rd.speaker   # "ردّت قواتنا" in a statement of the Turkish defence ministry
        elif actor == "@occupier":
            actor = rd.occupier
        elif actor == "@command":
            # "إدارة العمليات العسكرية": the rebels' command of the late-2024 offensive, the
            # government's forces once it took Damascus
            actor = "syrian_gov" if rd.new_era else "opposition"
        elif actor == "@authority":
            # "تصدت الجهات المختصة لمجموعة", "اشتبكت وحدة من الجهات المختصة": the state's forces
            # doing the act; not "إن الجهات المختصة فتحت تحقيقاً", nor "… في الإدارة الذاتية"
            wb = _WORD.findall(norm[max(0, m.start() - 40):m.start()])[-2:]
            nxt = _words_after(norm, m.end(), 1)
            acts = lex.authority_acts
            if not (wb and ({wb[-1], _strip_clitic(wb[-1])} & (acts | lex.trigger_words)
                            or len(wb) == 2 and {f"{wb[0]} {wb[1]}", f"{_strip_clitic(wb[0])} {wb[1]}"} & acts)) \
                    or nxt and (nxt[0] in ("في", "لدي") or nxt[0].startswith(("التابع", "تابع"))):
                continue
            actor = "syrian_gov"
        elif actor == "opposition" and rd.factions != "opposition" and phrase.endswith("فصايل"):
            actor = rd.factions   # "فصائل تابعة لحكومة دمشق … طائرة مسيّرة تابعة للفصائل": the same factions
        label = actor == "@label"
        if label:
            actor = "isis" if rd.isis_named and rd.labels_isis else "opposition"
        elif actor == "@generic":
            nxt = _words_after(norm, m.end(), 2)
            # (a definite adjective: "الجيش اللبناني"; not "الجيش بالمدفعية")
            if nxt and (len(nxt[0]) > 3 and nxt[0].startswith("ال") and nxt[0].endswith(("ي", "يه")) and nxt[0] not in _NOT_NISBA
                        or nxt[0] in ("الوطني", "الحر")
                        or nxt[0].startswith(("التابع", "تابع", "لل"))):
                continue   # "الجيش اللبناني", "سلاح الجو التابع للتحالف": not Syria's
            if len(nxt) == 2 and nxt[0] == "في" and nxt[1] in lex.foreign or \
                    nxt and nxt[0][:1] == "ب" and nxt[0][1:] in lex.foreign:
                continue   # "مبنى وزارة الداخلية في أنقرة": another country's
            actor = "syrian_gov"
        h = _ActorHit(actor, m.start(), m.end())
        wb_hit = _WORD.findall(norm[max(0, m.start() - 80):m.start()])   # the words before, once
        if _is_guess(wb_hit[-6:], lex):
            continue   # "غارات يُرجّح أنها إسرائيلية": a guess, not an attribution
        if wb_hit and wb_hit[-1] in lex.relative_agent_verbs:
            h.agent += 3.0   # "لهجوم شنه مسلحون بطائرات مسيرة": who did the act just named
            hits.append(h)
            continue
        if not label and " " not in phrase and phrase.endswith(("ي", "يه", "يين", "يون")):
            # a nationality adjective names an agent only after an agent noun or an event noun
            # ("الضربات الجوية الأمريكية": one adjective may stand between)
            prev = wb_hit[-2:]
            pw = {f for w in prev for f in (w, _strip_clitic(w))}
            if hits and norm[m.start():m.start() + 1] == "و" and not norm[hits[-1].end:m.start()].strip():
                h.agent = hits[-1].agent   # "الطيران الحربي السوري والروسي": the nisbas share the noun
                hits.append(h)
                continue
            if not (pw & lex.agent_nouns or pw & lex.trigger_words or pw & {"قبل"} or pw & lex.nisba_hosts):
                h.agent = -1.6
                hits.append(h)
                continue
        full_token = norm[m.start():m.end()]
        before1 = wb_hit[-1:]
        if len(wb_hit) > 1 and norm[m.start():m.start() + 1] == "ل" \
                and _GUN_POSITION_RE.fullmatch(f"{_strip_clitic(wb_hit[-2])} {wb_hit[-1]}"):
            h.agent -= 2.0   # "دمرت المسيرات دبابات ومرابض مدفعية للنظام": the guns' owner, struck
            hits.append(h)
            continue
        if before1 and {before1[0], _strip_clitic(before1[0])} & lex.trigger_words and \
                not {before1[0], _strip_clitic(before1[0])} & lex.object_nouns and \
                norm[m.start():m.end()].split()[0] == phrase.split()[0]:
            h.agent += 2.0   # "غارات روسية", "إنزال أمريكي", "قصف تركي": the nisba names the agent
            idafa = True     # "لهجوم الإرهابيين": the genitive after an event noun is its agent
            w0 = before1[0]
            if len(wb_hit) > 1 or m.start() > 80:
                h.of_type = lex.type_of.get(w0) or lex.type_of.get(_strip_clitic(w0))
            # (not the clause's first word, a verb with its subject: "حيّدت الاستخبارات التركية 3
            # إرهابيين في عملية نفذتها بطائرة مسيّرة" is the drone strike's agent too)
        else:
            idafa = False
            w0 = phrase.split()[0] if " " in phrase else ""
            t0 = w0 and (lex.type_of.get(w0) or lex.type_of.get(w0[2:] if w0.startswith("ال") else w0))
            if t0:
                # "في العدوان الإسرائيلي على مطار التيفور": the phrase is the act and its agent
                h.agent += 2.0
                idafa = True
                h.of_type = t0
        # the nearest role word before the phrase decides (neutral nouns and numbers skipped)
        adjective = False
        if wb_hit and " " not in phrase and phrase.endswith(("ي", "يه")) and wb_hit[-1] in lex.nisba_hosts:
            # "استهدف قاعدة تركية", "على نقطة روسية": the owner of the place struck, unless the
            # place is where the fire came from ("من قاعدة روسية")
            if wb_hit[-2:-1] != ["من"]:
                h.agent -= 2.0
            hits.append(h)
            continue
        ctl = [w for w in wb_hit[-3:] if w in lex.control_words or _strip_clitic(w) in lex.control_words]
        if ctl and _strip_clitic(ctl[-1]) in lex.capture_verbs \
                and not _RESUMPTIVE_ON_RE.search(norm, max(0, m.start() - 8), m.start()):
            # "سيطرت القوات التركية والجيش الوطني على مركز مدينة تل أبيض": who took it (not "الذي
            # سيطرت عليه قسد")
            ctl = []
            if _strip_clitic(wb_hit[-1]) in lex.capture_verbs:
                h.agent += 1.0
                hits.append(h)
                continue
        if ctl and not (set(wb_hit[-3:]) & lex.agent_markers):
            h.agent -= 2.0   # "حي المشلب الذي سيطرت عليه قسد": who holds the place, not who acted
            hits.append(h)
            continue
        src = ("مصادر", "مصدر", "المصادر", "مسوول", "مسوولون")
        if len(wb_hit) >= 2 and wb_hit[-1] in ("في", "من") and (
                wb_hit[-2] in src
                # "مصادر قريبة من حزب الله", "مصدر مقرب من الفصائل"
                or len(wb_hit) >= 3 and wb_hit[-2] in lex.close_to and wb_hit[-3] in src):
            # "ذكرت مصادر في قسد أن قواتها ردت بقصف …": the source's side acted when "its forces" did
            nxt = _WORD.findall(norm[m.end():m.end() + 60])[:6]
            k = next((i for i, w in enumerate(nxt) if w in _THAT), None)
            own = k is not None and bool(set(nxt[k + 1:k + 3]) & lex.own_action)
            h.agent += 1.5 if own else -1.6
            hits.append(h)
            continue
        if hits and m.start() - hits[-1].end <= 40 and lex.patron_gap_re.fullmatch(norm, hits[-1].end, m.start()):
            # "الفصائل السورية الموالية لتركيا", "الميليشيات المدعومة من إيران": the patron of the
            # actor named before, neither agent nor target
            h.agent = min(h.agent - 1.5, -1.5)
            h.supporter = True
            hits.append(h)
            continue
        w2 = wb_hit[-2] if len(wb_hit) > 1 else ""
        if wb_hit and wb_hit[-1] in ("تتبع", "يتبع") and not idafa and (
                w2 in _THAT or {w2, _strip_clitic(w2)} & (lex.target_markers | lex.agent_nouns | lex.neutral)):
            # "طائرة مسيرة تتبع للتحالف", "خلايا تتبع للتنظيم": whose forces acted; "قال إنها تتبع للفرقة
            # الرابعة", "مواقع تتبع لقسد": whose the places struck are
            h.agent += -2.0 if w2 in _THAT or {w2, _strip_clitic(w2)} & lex.target_markers else 1.5
            hits.append(h)
            continue
        if wb_hit and wb_hit[-1] in _TABI and not idafa and norm[m.start():m.start() + 1] == "ل":
            owned = {f for w in wb_hit[-3:-1] for f in (w, _strip_clitic(w))}
            owned |= {w[:-1] for w in owned if w.endswith("ا") and len(w) > 3}   # ("حاجزاً")
            if owned & lex.target_markers and not owned & lex.agent_nouns:
                # "هاجم مسلحون حاجز المتونة التابع للأمن العسكري": whose the checkpoint struck is
                # (the noun up to two words before "التابع": a one-word place name between)
                h.agent = min(h.agent, -2.0)
                hits.append(h)
                continue
        if any_rel and _in_relative_aside(norm, m.start(), lex):
            # "المطار، الذي تتقاسمه قوات النظام وعناصر من الحرس الثوري،": who holds the place
            # described, not who acted
            h.agent = min(h.agent, -2.0)
            hits.append(h)
            continue
        if lex.supporter_re.search(norm, max(0, m.start() - 24), m.start()):
            # "قسد بدعم من التحالف الدولي", "بدعم من المدفعية التركية": the supporter is not the
            # agent, whatever the words before it
            h.agent = min(h.agent - 1.5, -1.5)
            h.supporter = True
            hits.append(h)
            continue
        elif (par := lex.parallel_re.search(norm, max(0, m.start() - 30), m.start())) is not None:
            if par.group(0).split()[-1] in _ATTEMPT_WORDS:
                # "اندلعت اشتباكات إثر محاولة قوات الأسد التقدم": who tried is who fought
                h.agent = max(h.agent, 0.0)
                h.of_type = "clash"
            else:
                h.agent = -2.0   # "وفي موازاة الغارات الروسية، ألقت مروحيات النظام": another act's agent
            hits.append(h)
            continue
        acc = lex.accused_re.search(norm, max(0, m.start() - 40), m.start())
        if acc:
            # "واتهمت قسد خلايا داعش بالوقوف وراء التفجير": an accusation is not a claim; the
            # accuser right after the verb is a source, the one accused is not the agent either
            h.agent -= 1.6 if acc.group(1) is None else 2.5
            h.source = acc.group(1) is None
        aircraft_between = False
        lam_between = False   # "بهجوم لخلايا تنظيم داعش": the ل of the attackers' noun
        scan = wb_hit[-8:] if not idafa else []
        for j in range(len(scan) - 1, -1, -1):
            w = scan[j]
            forms = {w, _strip_clitic(w)}
            if w.endswith("ا") and len(w) > 3:
                forms |= {w[:-1], _strip_clitic(w[:-1])}   # tanween: "حاجزا" → "حاجز"
            if forms & lex.neutral or w.isdigit() or w in _number_words():
                aircraft_between = aircraft_between or bool(forms & lex.agent_nouns)
                lam_between = lam_between or w.startswith(("ل", "ول")) and _strip_clitic(w) != w
                continue
            if w.endswith(("يه", "ي")) and len(w) > 4 and not forms & (lex.agent_markers | lex.target_markers | lex.trigger_words):
                adjective = True
                continue   # an adjective ("بسيارة عسكرية تابعة لـ…", "على رتل عسكري تركي"): the noun before it decides
            if adjective and any(lex.type_of.get(f) for f in forms):
                break      # "الضربات الجوية الأمريكية": an event noun and its adjectives
            if any(lex.type_of.get(f) for f in forms) and (full_token.startswith(("ل", "ول")) or lam_between) \
                    and not phrase.startswith("ل"):
                h.agent += 2.5   # "هجوم لخلايا داعش": the attack of (by) ISIS cells
                break
            if w == "مع" and not lam_between:
                h.agent -= 1.5   # "بعد معارك عنيفة مع فصائل مسلحة": the other side
                break
            if lex.killed_re.fullmatch(w) or lex.injured_re.fullmatch(w) or j > 0 and w in ("علي", "على") \
                    and lex.killed_re.fullmatch(f"{scan[j - 1]} {w}"):
                h.agent -= 2.5   # "مقتل عنصرين من قسد", "القضاء على أعداد من الإرهابيين": the victims
                break
            if forms & lex.object_nouns:
                if aircraft_between or j == len(scan) - 1 and forms & lex.transitive_object_nouns \
                        and _object_follows(norm, m.end(), lex):
                    # "استهداف الطائرات الحربية الروسية محطة المياه", "باستهداف قوات النظام بلدة
                    # كفرنبل": the genitive did it to the object that follows
                    h.agent += 1.5
                else:
                    h.agent -= 2.0   # "تحييد 3 إرهابيين", "استهداف قوات النظام": the ones acted upon
                break
            if forms & lex.reporters:
                # "قالت وزارة الدفاع التركية إن…": a source; "أعلنت سنتكوم تنفيذ ضربة": the agent
                nxt = _WORD.findall(_PAREN_RE.sub(" ", norm[m.end():m.end() + 70]))[:8]
                # "قال الجيش الإسرائيلي في بيان إن طائراته أغارت": the words after "إن" say whose act
                k = next((i for i, w in enumerate(nxt) if w in _THAT), None)
                own = k is not None and _OWN_RE.match(" ".join(nxt[k + 1:k + 5])) is not None
                # (or, with no "إن", its own forces just after: "أعلنت القيادة العامة للجيش، أمس
                # السبت، سيطرة قواتها على السخنة")
                nxt = nxt[k + 1:k + 3] if k is not None else nxt[:8]
                # "أكدت وزارة الدفاع أن مروحية تابعة لها استهدفت": its own act
                h.agent += 1.5 if own or set(nxt) & lex.own_action else -1.6
                h.source = h.agent < 0
                break
            if forms & lex.agent_markers:
                prev_w = wb_hit[-6:]
                k = len(prev_w) - 1 - prev_w[::-1].index(w) if w in prev_w else -1
                if k > 0 and prev_w[k - 1] in lex.relatives and not w.endswith(("ها", "ه", "هم", "هما")):
                    h.agent -= 2.0   # "الهجوم الذي استهدف قوات الأمن": the object of a relative clause
                elif forms & lex.shoot_down and lex.aircraft_re.search(" ".join(_words_after(norm, m.end(), 2))):
                    h.agent -= 2.0   # "أسقطت الفصائل طائرة مسيرة": the defender shot it down
                else:
                    h.agent += 1.5
            elif forms & lex.target_markers:
                wb = wb_hit[-6:]
                k = len(wb) - 1 - wb[::-1].index(w) if w in wb else -1
                if k > 0 and (wb[k - 1].startswith("مصدر") or wb[k - 1] in ("من", "ومن") and w in lex.position_words
                              and (k < 2 or wb[k - 2] not in lex.partitive_words)):
                    # "قذائف مصدرها مواقع قوات النظام", "لقصف مدفعي من مواقع قوات النظام": whose
                    # positions fired (but "عدد من مواقع قوات النظام" are positions struck)
                    h.agent += 1.5
                elif k > 0 and forms & lex.agent_nouns and _strip_clitic(wb[k - 1]).startswith(_RAID_VERBS):
                    h.agent += 1.5   # "داهمت دورية تابعة للأمن العام منزلاً": the patrol raids; no one raids a patrol
                else:
                    h.agent -= 2.0
            break
        if h.agent >= 0 and any(_strip_clitic(w) in lex.undergo for w in wb_hit[-4:]):
            h.agent -= 2.0   # "تعرض رتل عسكري تركي لهجوم": what underwent the attack
        after = _words_after(norm, m.end(), 4)
        if after[:2] == ["علي", "الاقل"]:
            after = after[2:]   # "9 من عناصر التنظيم على الأقل قتلوا": the words after the hedge
        after = after[:2]
        if set(after) & lex.agent_markers:
            h.agent += 1.0
        if set(after) & lex.victim_after:
            h.agent -= 2.5
        if after and after[0] in lex.defender_after:
            h.agent -= 2.0   # "إن الجيش السوري صد الهجوم": the defender
        before = wb_hit[-1:]
        if before and (before[-1] in lex.agent_nouns or before[-1] == "قبل") and h.agent >= 0:
            h.agent += 1.0   # "طائرات …", "من قبل …" (not when a target word already spoke)
        if hits and before and before[-1] in _AMONG:
            h.agent = min(h.agent, hits[-1].agent)   # "من الإرهابيين، بينهم مرتزقة": the same victims
        # "قوات سوريا الديمقراطية (قسد)": the same actor in apposition keeps its role
        if hits and hits[-1].actor == actor and m.start() - hits[-1].end <= 3:
            h.agent = hits[-1].agent
        # "قوات الأمن السورية والقوات الأمريكية": a phrase coordinated with the one before it
        # shares its role
        if hits and hits[-1].agent < 0 and h.agent >= 0 and m.start() - hits[-1].end <= 30:
            between = norm[hits[-1].end:m.start(1)]   # (with the phrase's clitic "و", not the و of "وحدات")
            if _AND_RE.search(between) and len(_WORD.findall(between)) <= 2 \
                    and not set(_WORD.findall(between)) & lex.agent_markers:
                h.agent = hits[-1].agent
        hits.append(h)
        if " " not in phrase and phrase.endswith(("ي", "يه")):
            sy = _AND_SYRIAN_RE.match(norm, m.end())
            if sy is not None:
                # "الطائرات الحربية الروسية والسورية": "سورية" is also the country's name, so no
                # actor phrase of its own; after another nation's nisba it is the government's
                hits.append(_ActorHit("syrian_gov", sy.start(sy.lastindex), sy.end(), h.agent))
    # "قوى الأمن الداخلي (الأسايش)": the name in brackets says whose forces these are
    for k in range(len(hits) - 1):
        a, b = hits[k], hits[k + 1]
        if a.actor != b.actor and b.start - a.end <= 3 and "(" in norm[a.end:b.start]:
            a.actor = b.actor
            b.agent = a.agent
    return hits


_AS_RE = re.compile(r"[\s,،](?:اذ|حيث)\s")
_AFTER_THAT_RE = re.compile(r"(?:^|\s)(?:بعد|عقب)\s+ان\s")
_WHEN_RE = re.compile(r"[\s,،](?:عندما|حينما|حين|لما)\s")
_AFTER_WORD_RE = re.compile(r"(?:^|\s)(?:بعد|عقب|اثر|ردا|رد|كرد)\s")


def _new_act_when(cnorm: str, tpos: int) -> bool:
    """"وجاءت أحدث الهجمات فجر اليوم، عندما …" tells the act after "عندما"; "وجاء القصف بعد
    يومين من هجوم حين …" refers to another (a "بعد"/"ردا" before it)."""
    w = _WHEN_RE.search(cnorm, 0, tpos)
    # ("وجاء ذلك بعد أن بسطت وحداتنا سيطرتها أمس على بلدة ماير": the act before, told now)
    return w is not None and not _AFTER_WORD_RE.search(cnorm, 0, w.start()) \
        or _AFTER_THAT_RE.search(cnorm, 0, tpos + 1) is not None


_RAID_VERBS = ("داهم", "اقتحم")   # (past forms: "داهمت", "اقتحمت")
_AMONG = frozenset({"بينهم", "منهم", "بينهن", "منهن", "وبينهم", "ومنهم"})
_WORD_BEFORE_BETWEEN = re.compile(r"(?:^|\s)بين\s+(?:\S+\s+){0,2}$")
# "في الطرف الشرقي لمدينة", "في الجزء الجنوبي من", "عند المدخل الشمالي لـ": a part of the
# larger place named next
_PART_OF_GAP_RE = re.compile(r"(?:في|عند|علي)\s+(?:ال)?(?:طرف|اطراف|جزء|قسم|جهه|ناحيه|مدخل|منطقه|ضواحي|محيط)"
                             r"(?:\s+(?:ال)?(?:شمالي|جنوبي|شرقي|غربي)ه?(?:\s+(?:ال)?(?:شرقي|غربي)ه?)?)?"
                             r"(?:\s+من)?(?:\s+(?:ل|لل)?(?:مدينه|بلده|قريه|حي)|\s+(?:ل|لل))?")
# "المروحيات التي كانت تلقي": what the subject of a relative clause used to do (not "كانت تحاول
# التسلل": an attempt that happened; not "قتل طفل كان يلعب": the victim's doing)
_USED_TO_RE = re.compile(r"(?:^|\s)(?:التي|الذي|الذين|اللواتي|اللتين|اللذين)\s+(?:كان|كانت|كانوا|كانتا)\s+(?![تي]حاول)[تي]\S{2,}\s+(?:\S+\s+)?$")
# the attackers killed civilians: "وقتلوا عدداً من السكان داخل منازلهم", "وأعدموا مدنيين"
_KILLED_CIVILIANS_RE = re.compile(r"(?:^|\s)[وف]?(?:قتلوا|قتل|قتلت|اعدموا|اعدم|ذبحوا|قتلا)\s+(?:\S+\s+){0,3}?"
                                  r"(?:من\s+)?(?:ال)?(?:سكان|مدنيين|مدنيا|اهالي|مواطنين|عائلات|اطفال|نساء)(?:\s|$)")
def _ceasefire_broken(s: str, irr: re.Match, offset: int = 0) -> bool:
    """Is the irrealis cue ``irr`` (found in ``s[offset:]``) a ceasefire the text says was broken
    ("خرقت … اتفاق وقف إطلاق النار", "في خرق جديد لوقف إطلاق النار")? Not a ceasefire called for
    or declared, and not "خط وقف" (the Golan's line)."""
    cue = irr.group(0).strip()
    if "وقف" not in cue or "خط" in cue:
        return False
    return _BREACH_RE.search(s, max(0, offset + irr.start() - 60), offset + irr.start()) is not None


_BREACH_RE = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:خرق|خرقت|خرقوا|يخرق|تخرق|خروقات|خرقا|انتهاك|انتهكت|انتهاكات|انتهك)\S*\s")


def _irrealis(s: str, lex: _Lex) -> re.Match | None:
    """The first word of intent, threat, denial or defusing in ``s`` (``lex.irrealis_re``), not
    "تفكيك خلية" (a cell broken up by force, not a bomb defused)."""
    for m in lex.irrealis_re.finditer(s):
        if _DISMANTLE_RE.fullmatch(m.group(0).strip()) and _CELL_RE.match(s, m.end()):
            continue
        return m
    return None


_DROP_RE = re.compile(r"(?:^|\s)[وف]?(?:القت|القي|القوا|يلقي|تلقي|رمت|رمي|اسقطت|اسقط|سقط|سقطت|سقوط|تساقطت)(?:\s|$)")
_DISMANTLE_RE = re.compile(r"[وف]?[بلك]?(?:ال)?(?:تفكيك|فككت|فكك|تفكيكها)")
_CELL_RE = re.compile(r"\s*(?:ال)?(?:خليه|خلايا|عصابه|عصابات)(?:\s|$)")


# "وفي إدلب، قتل 3 مدنيين بغارات على المدينة": an act told of the opener itself
_OPENER_ANAPHOR_RE = re.compile(r"(?:^|\s)[وبلف]?ال(?:مدينه|بلده|محافظه)(?![^\s.,،؛])")


# "التنظيم نفسه", "الفصيل ذاته": the actor just told
_SAME_ONE_RE = re.compile(r"\s+(?:نفسه|ذاته|عينه|نفسها|ذاتها)(?![^\s.,،؛])")


def _another_agent(cnorm: str, actor: str, lex: _Lex, rd: "_Readings") -> bool:
    """Does the clause name as its agent an actor other than ``actor``?"""
    hits = _actor_hits(_QUOTES_RE.sub("", cnorm), lex, rd)
    return any(h.agent > 0 and h.actor not in (actor, "unknown") for h in hits)


def _province_again(opener: Mention, text: str, start: int, end: int) -> bool:
    """Is the opener's name told again as a province ("بريف دير الزور", "في محافظة درعا") after
    ``start`` (up to ``end``)?"""
    name = normalize_char_string(text[opener.start:opener.end])
    rest = normalize_char_string(text[start:end])
    return re.search(r"(?:ريف|محافظه)\s+" + re.escape(name) + r"(?![^\s.,،])", rest) is not None


# places too wide to be where an undated, uncounted act happened (see extract_events)
_WIDE_KINDS = frozenset({"city", "governorate", "region"})
_CITY_WORD_RE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:مدينه|مدينتي|مدن)\s*$")
# "إثر محاولة قوات النظام التقدم": an attempt told after any parallel cue ("بعد", "إثر", "بالتزامن
# مع" …: lex.parallel_re) is the fighting itself, not another act
_ATTEMPT_WORDS = frozenset({"محاوله", "محاولات", "لمحاوله"})
# "في اشتباكات مع", "بعد معارك عنيفة مع": the other side of the fighting follows
_CLASH_WITH_RE = re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:اشتباكات|اشتباك|معارك|معركه|مواجهات)\s+(?:\S+\s+)?مع\s+\S?$")


def _choose_actor(hits: list[_ActorHit], etype: str, trig_pos: int, lex: _Lex,
                  norm: str = "") -> tuple[str | None, str | None]:
    """Return (agent, target actor) from the clause's actor phrases."""
    if not hits:
        return None, None
    if etype == "clash":
        # "اشتباكات بين قسد وخلايا داعش": the first party is coded as actor, the second as target
        first = hits[0]
        if _WORD_BEFORE_BETWEEN.search(norm[:first.start]):
            other = next((h.actor for h in hits[1:] if h.actor != first.actor), None)
            return first.actor, other
    scored = []
    for h in hits:
        s = h.agent
        if h.of_type is not None and h.of_type not in (etype, "other") and etype != "other":
            s -= 2.0   # "ردت قوات النظام على هجوم الفصائل بقصف": the agent of the attack, not of the shelling
        if etype == "airstrike" and h.actor not in lex.air and "مسير" not in norm:
            s -= 3.0
        # closeness to the trigger: agents usually stand near the verb/noun
        s -= min(abs(h.start - trig_pos), 200) / 400.0
        if h.start > trig_pos and norm and lex.enabled_re.search(norm, trig_pos, h.start):
            s -= 2.0   # "…، ما سمح للجيش السوري بصد الهجمات": who the act helped
        scored.append((s, h))
    scored.sort(key=lambda x: (-x[0], x[1].start))
    agent = scored[0][1].actor if scored[0][0] > -1.5 else None
    if agent is None and etype == "clash" and norm:
        # "قتل 6 عناصر من قوات النظام في اشتباكات مع تنظيم الدولة": the side the fighting was
        # with, when the one named first is only its dead
        other = next((h for _, h in scored if h.actor != "unknown" and not h.supporter
                      and _CLASH_WITH_RE.search(norm, max(0, h.start - 40), h.start + 1)), None)
        if other is not None:
            agent = other.actor
    target = None
    for s, h in sorted(scored, key=lambda x: x[0]):
        if h.actor != agent and s < 0 and not h.supporter and not h.source:
            target = h.actor   # (not who speaks: "اتهمت السلطات السورية الفصائل بقصف …")
            break
    return agent, target


# "… الذي سيطرت عليه قسد": a relative clause's control verb, not a capture
_RESUMPTIVE_ON_RE = re.compile(r"علي(?:ه|ها|هم|هما)\s+$")


def _co_agents(hits: list[_ActorHit], agent: str | None, norm: str, lex: _Lex,
               allies: list | None = None) -> list[str]:
    """Actors coordinated with the agent ("قوات النظام والميليشيات الإيرانية", "الطائرات الروسية
    وطائرات النظام" with an agent noun from ``lex.agent_nouns``): they share the act (not auxiliaries
    "الفصائل الموالية لها", coded under their patron — those go to ``allies``, so they are no
    target either)."""
    if agent is None:
        return []
    own = [k for k, h in enumerate(hits) if h.actor == agent]
    if not own:
        return []
    k = max(own, key=lambda k: hits[k].agent)

    def joined(h1: _ActorHit, h2: _ActorHit) -> bool:
        gap = norm[h1.end:h2.start]
        gw = gap.split()
        # "والقوات …" right after, or "وطائرات النظام" (an agent noun with the conjunction)
        return (norm[h2.start:h2.start + 1] == "و" and len(gw) <= 1
                or len(gw) == 1 and gw[0].startswith("و") and gw[0][1:] in lex.agent_nouns
                # "طائرات حربية روسية وأخرى تابعة للنظام": others (of the same noun) of the regime
                or 1 <= len(gw) <= 2 and gw[0] == "واخري" and gw[1:] in ([], ["تابعه"], ["تابع"])) \
            and not any(c in gap for c in ",،;.")

    while k > 0 and joined(hits[k - 1], hits[k]):
        k -= 1   # "الطائرات الروسية وطائرات النظام": the chain the agent stands in, from its start
    out: list[str] = []
    if hits[k].actor not in (agent, "unknown") and hits[k].agent >= -1.0:
        out.append(hits[k].actor)
    while k + 1 < len(hits):
        h2 = hits[k + 1]
        if not joined(hits[k], h2):
            break
        if h2.actor not in (agent, "unknown") and h2.actor not in out and h2.agent >= -1.0:
            if not lex.allied_re.match(norm[h2.end:h2.end + 30]):
                out.append(h2.actor)
            elif allies is not None:
                allies.append(h2.actor)   # "القوات التركية والفصائل الموالية لها"
        k += 1
    # "نفذت قوات التحالف الدولي، بمشاركة وحدات من قوى الأمن الداخلي السورية، عملية إنزال": a
    # partner in the act does it too
    for h in hits:
        if h.actor not in (agent, "unknown") and h.actor not in out \
                and _PARTNER_RE.search(norm, max(0, h.start - 30), h.start):
            out.append(h.actor)
    return out


# "بمشاركة", "وبمشاركة وحدات من", "بالاشتراك مع" right before an actor
_PARTNER_RE = re.compile(r"(?:^|\s)[و]?(?:بمشاركه|بالاشتراك\s+مع|بالتعاون\s+مع)\s+(?:\S+\s+من\s+)?$")
_NEG_RE = re.compile(r"(?:لم|لا|دون ان|ولم|ما)\s+\S*\s*$")
_OBJECT_VERB_RE = re.compile(r"(?:^|\s)[وف]?(?:تستهدف|يستهدف|تستهدفان|استهدفت|استهدف|تلاحق|يلاحق|ملاحقه|ضد)(?:\s|$)")
_NO_CLAIM_RE = re.compile(r"(?:لم|دون\s+ان)\s+(?:ت|ي)(?:تبن|علن)\S*\s+(?:اي\s+)?(?:جهه|طرف)")
_NEG_FAR_RE = re.compile(r"(?:^|\s)(?:لم|دون\s+ان|ولم)\s+(?:\S+\s+){1,3}$")


SPEAKER_CHARS = 300


def _speaker(norm: str, lex: _Lex, rd: _Readings) -> str | None:
    """Whose statement an article is, for its "قواتنا" / "طائراتنا": the actor of a "بيان …"
    heading, or the first actor named as issuing a statement near the top. None when the article
    has no first-person force words or names no speaker."""
    if not lex.first_person_re.search(norm):
        return None
    head = norm[:SPEAKER_CHARS]
    for g in _STATEMENT_RE.finditer(head):
        hits = [h for h in _actor_hits(_QUOTES_RE.sub("", head[g.end():g.end() + 60]), lex, rd)
                if h.actor != "unknown"]
        if hits:
            return hits[0].actor
    return None


def _claimed_by(norm: str, lex: _Lex, rd: _Readings) -> str | None:
    """The one actor the article says claimed its attacks, or None (no claim, a denial, or two)."""
    actors = set()
    for m in lex.claim_re.finditer(norm):
        if _NEG_RE.search(norm[max(0, m.start() - 14):m.start()]) or _NEG_FAR_RE.search(norm[max(0, m.start() - 30):m.start()]):
            continue   # "لم تتبن أي جهة", "نفى … مسؤوليته", "دون أن تعلن أي جهة مسؤوليتها"
        sent_start = max(norm.rfind(".", 0, m.start()), norm.rfind("\n", 0, m.start()))
        if _YEAR_RE.search(norm, sent_start + 1, m.start()):
            continue   # "تفجير … في السابع من كانون الثاني 2017، تبناه تنظيم داعش": an old bombing's claim
        if re.search(r"(?:نفي|نفت|ينفي|تنفي)\s*$", norm[max(0, m.start() - 40):m.start()]):
            continue
        if lex.accused_re.search(norm[max(0, m.start() - 40):m.start()]):
            continue   # "حمّلت الحكومة مسؤوليته لتنظيم داعش": a blame (actors.yaml accusation_verbs), not a claim
        if re.search(r"مماثله|سابقه|الماضيه|سابقا|عاده", norm[m.end():m.end() + 60]):
            continue   # "إذ تبنى التنظيم هجمات مماثلة خلال الأشهر الماضية": other attacks
        win_a, win_b = max(0, m.start() - 40), min(len(norm), m.end() + 50)
        hits = _actor_hits(_QUOTES_RE.sub(" ", norm[win_a:win_b]), lex, dataclasses.replace(rd, speaker=None))
        # (a target named just before the claim is not a claimant: "هجوم على نقطة للجيش، وتبنى داعش")
        actors |= {h.actor for h in hits if h.actor != "unknown" and h.agent > -1.0}
    return next(iter(actors)) if len(actors) == 1 else None


def _article_actor(votes: dict[str, int], etype: str, lex: _Lex) -> str | None:
    """The actor an article attributes its strikes to: at least two thirds of the agent votes
    (only actors that fly, for an air strike)."""
    cands = {a: n for a, n in votes.items() if etype != "airstrike" or a in lex.air}
    if not cands:
        return None
    top = max(cands, key=lambda a: (cands[a], a))
    return top if cands[top] * 3 >= 2 * sum(cands.values()) else None


_OR_RE = re.compile(r"^\s*(?:ام|او)\s+(?:(?:ال)?تابعه?\s+|(?:ال)?طايرات\s+|(?:ال)?طيران\s+)?(?:لل|ل)?$")


def _either_or(hits: list[_ActorHit], norm: str, lex: _Lex) -> bool:
    """Two actors offered as alternatives ("سورية أم روسية", "روسية أو سورية")."""
    return any(h1.actor != h2.actor and _OR_RE.match(norm[h1.end:h2.start]) for h1, h2 in zip(hits, hits[1:])) \
        or any(_NISBA_OR_RE.search(norm, max(0, h.start - 30), h.start) for h in hits) \
        or any(lex.or_nisba_after_re.match(norm, h.end) for h in hits)   # ("سورية أم روسية", "روسية أو سورية":
    # "سورية" is also the country's name, so no actor phrase of its own)


_NISBA_OR_RE = re.compile(r"(?:^|\s)(?:كانت|كان|هي|هل)\s+\S{3,}(?:يه|ي)\s+(?:ام|او)\s+$")


def _subject_before(prefix: str, lex: _Lex, rd: _Readings = _PLAIN_READINGS) -> str | None:
    """The last actor named as an agent (not a target, victim or source) in ``prefix``."""
    hits = [h for h in _actor_hits(_QUOTES_RE.sub("", prefix), lex, rd)
            if h.agent >= 0]
    return hits[-1].actor if hits else None


def _split_clauses(norm: str, lex: _Lex) -> list[tuple[int, int]]:
    cuts = [0]
    for m in lex.clause_re.finditer(norm):
        if m.group("verb") is not None:
            # ", وشنت طائرات النظام …" starts a clause with its own subject; ", ونفذت عمليات دهم"
            # goes on with the same one
            am = lex.actor_re.search(norm, m.end("verb"), m.end("verb") + 40)
            nxt = _words_after(norm, m.end("verb"), 1)
            if (am is None or lex.actor_of.get(am.group(1)) is None) and not (
                    nxt and nxt[0] in lex.agent_nouns and (lex.type_of.get(nxt[0]) is None
                                                           or nxt[0].startswith(lex.aircraft)
                                                           # ", وقصفت المدفعية …": the guns, like the aircraft
                                                           or nxt[0] in lex.gun_subjects)):
                continue
        cuts.append(m.start())
    for r in lex.response_re.finditer(norm):
        if lex.trigger_re.match(norm, r.end() + 1) or lex.trigger_re.match(norm, r.end()):
            # "… على قاعدة الشعيرات، ردا على هجوم بغاز السارين شنته طائرات النظام على خان
            # شيخون": the act responded to is another event, with its own agent and toll
            cuts.append(r.start())
    cuts = sorted(set(cuts))
    cuts.append(len(norm))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            out.append((a, b))
    return out


# ------------------------------------------------------------------------------ casualties

_AND_NUM_RE = re.compile(r"\sو\s*$")
# "40 شخصا على الأقل قتلوا", "8 مدنيين بينهم 3 أطفال لقوا مصرعهم"
def _and_number(t: str) -> bool:
    """"وثلاثه": a number with the conjunction attached (not "واحده", which starts with و)."""
    rest = t[1:]
    return t.startswith("و") and bool(rest) and (rest.isdigit() or rest in _number_words())


_NOUN_GAP_RE = re.compile(r"\s*\S+(?:\s+علي\s+الاقل)?(?:\s*[،,]?\s*(?:بينهم|منهم|بينهن)\s+\S+\s+\S+"
                          r"(?:\s+و\s*\S+(?:\s+\S+)?)?)?\s*[،,]?\s*$")
_SUBSET_BEFORE_RE = re.compile(r"(?:بينهم|منهم|بينهن)\s*$")


_RESUMPTIVE_RE = re.compile(r"\s+(?:فيها|فيه|خلالها|خلاله|جراءها|جراءه|اثرها|اثره|بها|به|عليها)(?=\s)")


def _count_after(norm: str, end: int, lex: _Lex, quantities, taken: set | None = None) -> int | None | str:
    """The number of victims named right after a killed/injured word.

    Returns an int, None when nothing countable follows, or "vague" ("عشرات", "عدد من").
    A number in ``taken`` was already counted (by the word after it); it is recorded there.
    """
    r = _RESUMPTIVE_RE.match(norm, end)
    if r:
        end = r.end()   # "قُتل فيها تسعة أشخاص", "أصيب خلالها خمسة": the act's own toll
    for k, q in enumerate(quantities):
        if 0 <= q.span[0] - end <= 3:
            if taken is not None:
                if q.span in taken:
                    return None
                taken.add(q.span)
            if q.vague or (q.value is None and q.low is None):
                return "vague"
            total = q.value if q.value is not None else q.low
            # "مقتل 5 عناصر من قوات النظام و3 مقاتلين من الفصائل": coordinated counts add up
            last = q
            for q2 in quantities[k + 1:]:
                between = norm[last.span[1]:q2.span[0]]
                if len(between) > 45 or not (_AND_NUM_RE.search(between) or _and_number(q2.text)) or q2.vague \
                        or q2.value is None or lex.hurt_re.search(between):
                    break
                total += q2.value
                last = q2
            return total
    words = _words_after(norm, end, 3)
    if not words:
        return None
    w0 = words[0]
    if w0 in lex.vague_counts:
        return "vague"
    if w0 in lex.dual or (len(words) > 1 and f"{w0} {words[1]}" in lex.dual) or (
            # a dual noun and its dual adjective: "شرطيان تركيان", "جنديين روسيين"
            len(words) > 1 and len(w0) > 4 and len(words[1]) > 4
            and (w0.endswith("ان") and words[1].endswith("ان") or w0.endswith("يين") and words[1].endswith("يين"))) or (
            # the dual of a person noun: "قُتل عضوان", "مقتل عضوين" (not "مدنيين", "وإصابة آخرين":
            # plurals too — numbers.yaml's ambiguous_plurals)
            len(w0) > 3 and (w0.endswith("ان") or w0.endswith("ين") and not w0.endswith("يين")
                             and (w0 not in ambiguous_plurals() or words[1:2] in (["اثنين"], ["اثنان"])))
            and (w0[:-2] in lex.singular or w0[:-2] + "ا" in lex.singular)):
        if taken is not None:
            # "مواطنَين اثنين": the number restates the dual; it counts no one more
            taken.update(q.span for q in quantities if q.value == 2 and 0 <= q.span[0] - end <= len(w0) + 4)
            # "ارتقاء طفلين شهيدين": nor does a dual victim word after the dual noun
            p0 = norm.find(w0, end)
            if len(words) > 1 and words[1] in lex.dual and p0 >= 0:
                p1 = norm.find(words[1], p0 + len(w0))
                if p1 >= 0:
                    taken.add((p1, p1 + len(words[1])))
        return 2 + _coordinated_counts(norm, end, quantities, lex) + _coordinated_noun(words, lex)
    if w0 in lex.singular or _strip_clitic(w0) in lex.singular:
        if w0 == "اخر" and len(words) > 1 and words[1][:1] not in "وفبل" and words[1] not in _AFTER_ANOTHER:
            return None   # "قضت على آخر تجمعات الإرهابيين": the last of them, not one more person
        # "مقتل ضابط برتبة عقيد وثلاثة عناصر": 1 + 3
        # (the companion within the phrase: up to a comma or stop, not past "إثر", "جراء" …)
        phrase = _WORD.findall(_PHRASE_END_RE.split(norm[end:end + 90], maxsplit=1)[0])[:COMPANION_WORDS + 1]
        return 1 + _coordinated_counts(norm, end, quantities, lex) + _coordinated_noun(phrase, lex)
    return None


# words that may follow "آخر" (another person): "وأصيب آخر في القصف", "وأصيب آخر جراء …"
_AFTER_ANOTHER = frozenset({"في", "من", "علي", "جراء", "اثر", "بعد", "خلال", "اليوم", "امس", "حين", "عندما", "كما", "فيما"})


def _victim_before(norm: str, start: int, lex: _Lex) -> int | None:
    """A singular or dual victim noun a few words before a killed/injured verb: 1 or 2."""
    for w in reversed(_words_before(norm, start, 4)):
        for f in (w, w[:-1] if w.endswith("ا") and len(w) > 3 else w):
            if f in lex.dual:
                return 2
            if f in lex.singular or _strip_clitic(f) in lex.singular:
                return 1
    return None


def _coordinated_noun(words: list[str], lex: _Lex) -> int:
    """"مقتل امرأة وطفليها": the victim noun joined right after the first one (2 for a dual); a
    kinsman or companion of his a few words on ("قُتل قيادي عسكري في قسد ومرافقه") counts too."""
    for k, w in enumerate(words[1:COMPANION_WORDS + 1], start=1):
        if not w.startswith("و"):
            continue
        w = w[1:]
        if k == 1:
            return 2 if w in lex.dual else 1 if w in lex.singular else 0
        if w.endswith(("ه", "ها")) and w in lex.singular:
            # "… ومرافقه وسائقه": each companion joined after him
            n = 1
            for w2 in words[k + 1:COMPANION_WORDS + 2]:
                if w2.startswith("و") and w2[1:].endswith(("ه", "ها")) and w2[1:] in lex.singular:
                    n += 1
                else:
                    break
            return n
        return 0
    return 0


COMPANION_WORDS = 7   # how far after the victim noun "ومرافقه" may stand
_PHRASE_END_RE = re.compile(r"[.،,؛:!?]|\s(?:اثر|جراء|بعد|عقب|حين|عندما|خلال|بسبب|نتيجه)\s")


def _coordinated_counts(norm: str, end: int, quantities, lex: _Lex) -> int:
    """Counts joined by و within a few words after a victim noun."""
    total = 0
    for q in quantities:
        if q.span[0] <= end or q.span[0] - end > 40:
            continue
        between = norm[end:q.span[0]]
        if _AND_NUM_RE.search(between) and q.value is not None and not q.vague \
                and not lex.hurt_re.search(between):
            total += q.value
        break
    return total


_AGE_RE = re.compile(r"\s*(?:من\s+(?:ال)?عمر|عاما|عام\b|سنه|سنوات|اعوام|شهرا|اشهر)")
_N_MIN_RE = re.compile(r"^\s*من\s+(?:\S+\s+){0,4}$")


def _count_before(norm: str, start: int, quantities, taken: set | None = None) -> int | None:
    """"6 قتلى", "٣ جرحى": a number right before the word; "5 من عناصر النظام قتلوا".
    A number in ``taken`` was already counted ("ارتقاء 14 شهيداً": once); it is recorded there."""
    for q in quantities:
        n = q.value if q.value is not None else q.low
        if n is None or q.vague or (taken is not None and q.span in taken) \
                or _SUBSET_BEFORE_RE.search(norm, max(0, q.span[0] - 8), q.span[0]) \
                or _AGE_RE.match(norm, q.span[1]):
            continue     # "بينهم 3 أطفال": part of the count before it; "في الستين من عمره": an age
        gap = start - q.span[1]
        # "أكثر من 40 جريحاً" counts 40, as ACLED does; "5 من عناصر النظام قتلوا"; "3 مدنيين
        # قتلوا": a count, its noun, a plural verb
        if 0 <= gap <= 2 or 0 < gap <= 40 and _N_MIN_RE.match(norm[q.span[1]:start]) or (
                0 < gap <= 60 and _NOUN_GAP_RE.match(norm, q.span[1], start)
                and norm[start:start + 8].split()[0].endswith("وا")):
            if taken is not None:
                taken.add(q.span)
            return n
    return None


def _quantities_near_casualty_words(norm: str, hits: Sequence[re.Match]) -> list:
    """Numbers within reach of the killed/injured words ``hits`` (parsing only those windows is
    much cheaper than the whole clause)."""
    from geo_tracker.numbers import find_quantities

    spans = sorted((max(0, m.start() - 60), min(len(norm), m.end() + 90)) for m in hits)
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out = []
    for a, b in merged:
        # start the window on a word boundary so a number is not cut in two
        while a > 0 and not norm[a - 1].isspace():
            a -= 1
        for q in find_quantities(norm[a:b]):
            out.append(q.shifted(a))
    return out


def _casualties(norm: str, lex: _Lex) -> tuple[int | None, int | None]:
    if lex.no_casualty_re.search(norm):
        return 0, 0   # "دون وقوع إصابات", "واقتصرت الأضرار على الماديات"
    # "وجاءت الغارات بعد مقتل تسعة جنود": a toll named as the cause of this event is another's
    found = {k: [m for m in rx.finditer(norm) if not lex.cause_re.search(norm, max(0, m.start() - 14), m.start())]
             for k, rx in (("killed", lex.killed_re), ("injured", lex.injured_re))}
    if not (found["killed"] or found["injured"]):
        return None, None
    quantities = _quantities_near_casualty_words(norm, found["killed"] + found["injured"])
    res = {}
    taken: set = set()   # numbers already counted: "ارتقاء 14 شهيداً" is 14, not 28
    assassinated: list = []
    for kind in ("killed", "injured"):
        total, seen, vague = 0, False, False
        used: set[int] = set()
        for m in found[kind]:
            word = m.group(1)
            if word in lex.dual:
                # "ارتقاء طفلين شهيدين": the dual noun before it already counted the two
                if not any(qs <= m.start() and (qe > m.start() or not norm[qe:m.start()].strip()) for qs, qe in taken):
                    total += 2
                seen = True
                continue
            # "استشهاد اثنين وإصابة ثلاثة": the number before "و…" counts the words before it
            joined = m.start(1) > m.start() and norm[m.start()] in "وف"
            n = None if joined else _count_before(norm, m.start(), quantities, taken)
            if n is None:
                c = _count_after(norm, m.end(), lex, quantities, taken)
                if c == "vague":
                    vague = True
                    continue
                n = c
            if n is None and m.group(1) in lex.one_victim:
                n = 1    # "ما أدى إلى مقتله على الفور": his death
            if m.group(1) in lex.assassinate and (n is None or not m.group(1).startswith(("اغتيال", "باغتيال"))):
                if norm[max(0, m.start(1) - 2):m.start(1)] != "ال":   # (not "عمليات الاغتيال": a kind of act)
                    assassinated.append(m)   # counted only when nothing else is (below)
                continue   # (but "باغتيال ثلاثة عناصر": the count right after the verbal noun, below)
            if n is None and m.group(1) in lex.subject_first:
                n = _victim_before(norm, m.start(), lex)   # "عاملاً في مطحنة عامودا فقد حياته"
            if n is None or m.start() in used:
                continue
            used.add(m.start())
            if 0 <= n < 100000:
                total += n
                seen = True
        res[kind] = total if seen else None
    if res["killed"] is None and assassinated:
        # "اغتال مجهولون الشاب محمد الزعبي" (but "… ما أدى إلى مقتله على الفور" counts him once)
        res["killed"] = _assassinated(norm, assassinated[0].end(), lex, quantities, taken)
    if res["killed"] is None and lex.no_deaths_re.search(norm):
        res["killed"] = 0   # "إصابة ثلاثة أشخاص، من دون وقوع وفيات"
    return res["killed"], res["injured"]


_STRIKE_KINDS = frozenset({"airstrike", "shelling"})


def _over_a_span(cnorm: str, d, lex: _Lex) -> bool:
    """Is the clause's toll counted over weeks or more ("سقوط أكثر من 1600 شهيد … خلال سبعة
    أسابيع")? Not when the clause dates its act to a day ("قتل 12 مدنياً اليوم … في ثاني مجزرة
    خلال أسبوعين"), nor when the span only ranks it ("أكبر خسارة … خلال الأشهر الماضية")."""
    sp = lex.span_re.search(cnorm)
    if sp is None or d is not None and d.precision <= 1:
        return False
    km = lex.killed_re.search(cnorm, 0, sp.start())
    # (nor when a relative clause tells the span of something else: "على بلدة كفرنبل التي تتعرض
    # لقصف مكثف على مدى أسابيع")
    return not lex.ranked_re.search(cnorm, max(0, sp.start() - 60), sp.start()) \
        and not (km is not None and _RELATIVE_RE.search(cnorm, km.end(), sp.start()))


# "ثاني مجزرة", "أكبر خسارة", "الأعنف", "ليرتفع عدد": a span that ranks or sums up one act's toll
_RELATIVE_RE = re.compile(r"(?:^|\s)(?:التي|الذي|الذين|اللتين|اللذين)\s")


def _assassinated(norm: str, end: int, lex: _Lex, quantities, taken: set) -> int:
    """How many "اغتال مجهولون ثلاثة عناصر" killed: a count after the killers (at most three words
    of them), else one ("اغتال مجهولون الشاب محمد الزعبي")."""
    c = _count_after(norm, end, lex, quantities, taken)
    if isinstance(c, int):
        return c   # "باغتيال ثلاثة عناصر": the victims right after the verbal noun
    pos = end
    for _ in range(ASSASSIN_WORDS):
        w = _WORD_AT_RE.match(norm, pos)
        if w is None or w.group(0).strip() in (".", "،", ","):
            break
        pos = w.end()
        c = _count_after(norm, pos, lex, quantities, taken)
        if isinstance(c, int):
            return c
    return 1


ASSASSIN_WORDS = 6   # how many words (the killers, "في بلدة طفس") may stand before the victims


_WORD_AT_RE = re.compile(r"[\s,،]*\S+")


ONE_SITE_MAX_KM = 3.0   # a site (a base, a prison, a quarter) is this small


def _one_site(evs: Sequence[Event]) -> bool:
    """Are these events (one clause's) one place: the same, or a site and the wider places around
    it that only locate it ("سجن الصناعة في حي غويران جنوبي مدينة الحسكة")?"""
    if len({e.place_id for e in evs}) == 1:
        return True
    if any(e.lat is None for e in evs):
        return False
    p = min(evs, key=lambda e: e.uncertainty_km)
    if p.uncertainty_km > ONE_SITE_MAX_KM:
        return False   # "مدينة إدلب وبلدة بنش": two towns, not a site and its town
    return all(e is p or e.uncertainty_km > p.uncertainty_km
               and haversine_km(e.lat, e.lon, p.lat, p.lon) <= e.uncertainty_km for e in evs)


def _same_kind(clause_type: str, event_type: str) -> bool:
    """Can a place-less clause of this type add its toll to that event ("وأدت الغارات إلى مقتل…"),
    or is it another kind of act ("انفجرت سيارة مفخخة … ما أدى إلى استشهاد شخصين" after air strikes)?"""
    return "other" in (clause_type, event_type) or (clause_type in _STRIKE_KINDS) == (event_type in _STRIKE_KINDS)


def _tolls_for_places(events: list[Event], norm: str, sent_ms: list[Mention], lex: _Lex, nart, na: int) -> None:
    """"أن عاملاً في مطحنة عامودا فقد حياته وأصيب اثنان من زملائه": a sentence with no event
    word that gives the toll at one place of an event just reported fills that event's toll."""
    if not (lex.killed_re.search(norm) or lex.injured_re.search(norm)):
        return
    for ca, cb in _split_clauses(norm, lex):
        o_a, o_b = nart.original_index(na + ca), nart.original_index(na + cb - 1) + 1
        ids = {m.place_id for m in sent_ms if o_a <= m.start < o_b and m.place_id is not None}
        if len(ids) != 1:
            continue   # a toll is given for one place or it is not given per place
        killed, injured = _casualties(norm[ca:cb], lex)
        risen = _rise(norm[ca:cb], lex)   # "وقال المرصد إن عدد القتلى في جرمانا ارتفع إلى 13"
        if risen is not None:
            killed, injured = (risen[1], injured) if risen[0] == "killed" else (killed, risen[1])
        if killed is None and injured is None:
            continue
        pid = ids.pop()
        for k in range(len(events) - 1, -1, -1):
            e = events[k]
            if e.place_id == pid and not e.background:
                if e.killed is None and e.injured is None:
                    events[k] = _replace(e, killed=killed, injured=injured)
                break


_COUNT_AT_RE = re.compile(r"(?:(?<![^\s(])|(?<=\sو)|(?<=^و))(\d+)\s+(?:[^\s\d]+\s+){0,2}?(?:في|ب)\s*(?:مدينه|بلده|قريه|حي|بلدة|مدينة|قرية)?\s*$")


def _tolls_by_place(norm: str, places: list[Mention], text: str, lex: _Lex) -> dict[int, tuple]:
    """A toll broken down by place ("154 قتيلاً، بينهم 106 في جبلة و48 في طرطوس"): {id(place):
    (killed, injured)} for every place of the clause, or {} when the clause gives no breakdown."""
    out: dict[int, list] = {}
    for m in places:
        name = normalize_char_string(text[m.start:m.end])
        c = None
        k = norm.find(name) if name else -1
        while k >= 0:   # every occurrence: "مدينتي جبلة وطرطوس … 106 في جبلة"
            c = _COUNT_AT_RE.search(norm[max(0, k - 40):k])
            if c is not None:
                break
            k = norm.find(name, k + 1)
        if c is None:
            continue
        pos = max(0, k - 40) + c.start()
        kw = [(x.start(), "killed") for x in lex.killed_re.finditer(norm, 0, pos)] + \
             [(x.start(), "injured") for x in lex.injured_re.finditer(norm, 0, pos)]
        if not kw:
            continue   # no killed/injured word before the number: "مراسل كوردستان24 في قامشلو"
        kind = max(kw)[1]
        n = int(c.group(1))
        if n >= 100000:
            continue
        out.setdefault(id(m), [None, None])[0 if kind == "killed" else 1] = n
    between = _tolls_between_places(norm, places, text, lex)
    if not out:
        return between or _toll_named_at(norm, places, text, lex)
    return {id(m): tuple(out[id(m)]) if id(m) in out else between.get(id(m), (None, None)) for m in places}


_TOLL_AT_RE = re.compile(r"^\s*(?:[^\s،,.]+\s+){0,5}?(?:في|ب)\s*(?:قريه|بلده|مدينه|حي|مخيم)?\s*$")


def _toll_named_at(norm: str, places: list[Mention], text: str, lex: _Lex) -> dict[int, tuple]:
    """"قصف … قرى القاسمية وتل طويل والطويلة، ما أدى إلى إصابة مدنيين اثنين في قرية تل طويل": the
    toll told at one of the places named again after it is that place's alone. {} otherwise."""
    for m in places:
        name = normalize_char_string(text[m.start:m.end])
        if not name:
            continue
        k = norm.rfind(name)
        if k < 0 or norm.find(name) == k:
            continue   # (named once: the list's place, not a toll's)
        tolls = [x for rx in (lex.killed_re, lex.injured_re) for x in rx.finditer(norm, max(0, k - 60), k)]
        if tolls and _TOLL_AT_RE.match(norm[max(x.end() for x in tolls):k]):
            toll = _casualties(norm, lex)
            if toll != (None, None):
                return {id(p): toll if p is m else (None, None) for p in places}
    return {}


def _tolls_between_places(norm: str, places: list[Mention], text: str, lex: _Lex) -> dict[int, tuple]:
    """"قتل 3 مدنيين في بلدة بليون وقتل مدنيان في قرية كنصفرة": each place's own toll stands
    between it and the place before it. {} unless two or more places get a toll that way."""
    out: dict[int, tuple] = {}
    prev_end = 0
    for m in places:
        name = normalize_char_string(text[m.start:m.end])
        k = norm.find(name, prev_end) if name else -1
        if k < 0:
            return {}
        seg = norm[prev_end:k]
        if lex.killed_re.search(seg) or lex.injured_re.search(seg):
            out[id(m)] = _casualties(seg, lex)
        else:
            out[id(m)] = (None, None)
        prev_end = k + len(name)
    if sum(v != (None, None) for v in out.values()) < 2:
        return {}
    return out


# ------------------------------------------------------------------------------ places


def _km(a: Mention, b: Mention) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _is_qualifier(prev: Mention, m: Mention, text: str) -> bool:
    """"X بريف حمص", "X في محافظة دير الزور": m only locates prev."""
    gap = text[prev.end:m.start]
    if m.relation == "direction_of" and m.qualifier and len(gap) <= 40:
        g = normalize_char_string(gap).strip(" ,،\"'«»“”")
        q = normalize_char_string(m.qualifier)
        rest = g[: len(g) - len(q)].strip() if g.endswith(q) else g
        # "بلدة كفرنبل جنوبي إدلب", "قاعدة الشعيرات الجوية جنوب شرقي حمص": the direction only
        # locates the place before it (at most one word, such as an adjective, between)
        if len(rest.split()) <= 1 and not rest.startswith("و") and not any(ch in gap for ch in ".;:"):
            return True
    subdistrict = normalize_char_string((m.qualifier or "").split(" ")[-1]).lstrip("وب") == "ناحيه" \
        and re.search(r"(?:^|\s)(?:في|ب|ضمن)\s*ناحيه\s*$", normalize_char_string(gap)) is not None
    if m.kind not in ("governorate", "district") and m.relation != "countryside_of" and not subdistrict:
        return False   # (but "قرى قطمة وشوارغة في ناحية شران": the subdistrict only locates them)
    if len(gap) > 25:
        return False
    g = normalize_char_string(gap)
    return any(w in g for w in ("ريف", "محافظه", "في", "ب", "ضمن", "منطقه")) or g.strip(" ,،") == ""


_ACTOR_IN_RE = re.compile(r"\s+في\s*$")
# "X، البلدة التي …", "X التي …", "X الذي …": a relative clause on the place before
_RELATIVE_ON_PLACE_RE = re.compile(r"^[\s\"'«»“”]*[،,]?\s*(?:(?:ال)?(?:بلده|قريه|مدينه|منطقه|ناحيه|حي|البلده|القريه|المدينه)\s+)?"
                                   r"(?:التي|الذي)\s")


_ASIDE_OPEN_RE = re.compile(r"[،,]\s*(?:التي|الذي|اللتين)\s")   # (not الذين: where people were is told)


def _has_relative(s: str) -> bool:
    """A cheap test before the aside checks: does ``s`` hold a relative pronoun _ASIDE_OPEN_RE opens on?"""
    return "الذي" in s or "التي" in s or "اللتين" in s


def _in_relative_aside(norm: str, pos: int, lex: _Lex) -> bool:
    """Is ``pos`` inside a relative clause on a place or thing, opened after a comma, with no act
    of its own and not the agent of one ("، الذي تتقاسمه قوات النظام"; not "، التي شنتها")?"""
    c = max(norm.rfind("،", max(0, pos - 60), pos), norm.rfind(",", max(0, pos - 60), pos))
    if c < 0 or any(ch in norm[c:pos] for ch in ".؛;:"):
        return False
    ends = [i for i in (norm.find("،", pos), norm.find(",", pos), norm.find(".", pos)) if i >= 0]
    seg = norm[c:min(ends) if ends else len(norm)]
    m = _ASIDE_OPEN_RE.match(seg)
    if m is None or lex.trigger_re.search(seg) is not None:
        return False
    first = _WORD.findall(seg[m.end():])[:1]
    return not (first and (first[0] in lex.relative_agent_verbs or first[0] in lex.agent_markers
                           or first[0] in lex.besieger_verbs))


def _in_aside(m: Mention, text: str, lex: _Lex) -> bool:
    """Is m inside a relative clause set off by commas, with no act of its own ("الطائرات الروسية،
    التي وصلت خلال الأسابيع الماضية إلى قاعدة حميميم الجوية قرب مدينة اللاذقية، استهدفت …")?"""
    c = max(text.rfind("،", max(0, m.start - 120), m.start), text.rfind(",", max(0, m.start - 120), m.start))
    if c < 0 or any(ch in text[c:m.start] for ch in ".؛;:\n"):
        return False
    e = min([i for i in (text.find("،", m.end), text.find(",", m.end), text.find(".", m.end)) if i >= 0] or [len(text)])
    if e - m.end > 120 or text[e:e + 1] == ".":
        return False   # (an aside closes with a comma before the main verb)
    seg = normalize_char_string(text[c:e])
    return _ASIDE_OPEN_RE.match(seg) is not None and lex.trigger_re.search(seg) is None


def _describes(prev: Mention, m: Mention, text: str, lex: _Lex) -> bool:
    """Is m named in a relative clause on the place before it, with no act of its own ("بصر
    الحرير، البلدة التي تعد بوابة اللجاة وخرجت عن سيطرة النظام")?"""
    gap = text[prev.end:m.start]
    if len(gap) > 80 or any(c in gap for c in ".؛;:\n"):
        return False
    g = normalize_char_string(gap)
    return _RELATIVE_ON_PLACE_RE.match(g) is not None and lex.trigger_re.search(g) is None


def _actor_base(m: Mention, text: str, lex: _Lex) -> bool:
    """Is ``m`` the place an actor named right before it is based in ("فصائل جيش الفتح في
    إدلب"), with the act's verb still to come ("… في إدلب بقصف …", "… في إدلب أمس بقصف")?"""
    before = _QUOTES_RE.sub("", normalize_char_string(text[max(0, m.start - 50):m.start]))
    g = _ACTOR_IN_RE.search(before)
    if g is None:
        return False
    hit = None
    for a in lex.actor_re.finditer(before, 0, g.start()):
        hit = a
    if hit is None or hit.end() != g.start() or lex.actor_of.get(hit.group(1)) in (None, "@label"):
        return False
    owner = _WORD.findall(before[:hit.start()])[-1:]
    if owner and (owner[0] in lex.nisba_hosts or _strip_clitic(owner[0]) in lex.nisba_hosts):
        return False   # "قاعدة الاحتلال الأمريكي في الشدادي بطائرة": the base struck is there
    after = _WORD.findall(normalize_char_string(text[m.end:m.end + 30]))[:2]
    return any(lex.type_of.get(w) or lex.type_of.get(_strip_clitic(w)) for w in after)


# "المدينة الواقعة على بعد نحو خمسة كيلومترات من معبر باب السلامة": the crossing locates the town
_DISTANCE_LOCATOR_RE = re.compile(r"(?:الواقعه|الواقع|تقع|يقع)\s+(?:علي\s+)?بعد\s+.{0,45}?\s+(?:من|عن)\s*$"
                                  r"|(?:^|\s)علي\s+بعد\s+(?:نحو\s+|حوالي\s+|قرابه\s+)?$"
                                  r"|(?:^|\s)علي\s+بعد\s+.{0,40}?(?:كم|كلم|كيلومتر\S*)\s+(?:\S+\s+)?"
                                  r"(?:من|عن|شرق\S*|غرب\S*|شمال\S*|جنوب\S*)\s+(?:\S+\s+)?(?:مدينه|بلده|قريه)?\s*$")


_TOWARDS_RE = re.compile(r"(?:^|\s)(?:[وف]?(?:علي|باتجاه|نحو|ضد|طال|طالت|استهدف|استهدفت|مستهدفه|مستهدفا))(?:\s|$)")


_LAUNCHED_FROM_RE = re.compile(r"^[^.;:]{0,40}?(?:التي|الذي)\s+(?:انطلقت|انطلق|تنطلق|ينطلق|اقلعت|اقلع|تقلع|اطلقت|اطلق|تطلق)\s+منه")


# ("أفاد مصدر محلي في دير الزور، يوم الأربعاء، بمقتل 18 شخصاً": what was reported, after ب)
_SAYS_THAT_RE = re.compile(r"^\s*(?:\([^)]{0,30}\)\s*)?[,،]?\s*(?:(?:\S+\s+){0,3})?(?:بان|ان|إن|أن|بأن|:)(?=\s)")


_END_OF_SENTENCE_RE = re.compile(r"\s*(?:\S+\s*)?(?:\([^)]{0,30}\)\s*)?(?:[.!؟?\n]|$)")


def _source_tail(m: Mention, text: str, lex: _Lex) -> bool:
    """Is m the seat of a source the sentence ends on ("…، وفق مصادر طبية في المشفى الوطني
    بالسويداء.", "بحسب ما أفاد مدير مستشفى إدلب المركزي")?"""
    if not _END_OF_SENTENCE_RE.match(text, m.end):
        return False
    return bool(lex.source_tail_re.search(normalize_char_string(text[max(0, m.start - 70):m.start])))


def _not_reporting(ms: Sequence[Mention], text: str, lex: _Lex) -> list[Mention]:
    """``ms`` without the places a reporter or source speaks from."""
    return [m for m in ms if not _speaks_from(m, text, lex)]


def _speaks_from(m: Mention, text: str, lex: _Lex) -> bool:
    """Is m the place a reporter or source speaks from ("وقال مراسل الشبكة في الميادين إن")?"""
    before = normalize_char_string(text[max(0, m.start - 50):m.start])
    if not lex.reporter_re.search(before):
        return False
    after = normalize_char_string(text[m.end:m.end + 40])
    return bool(_SAYS_THAT_RE.match(after) or lex.reported_re.match(after))


_LAUNCHED_RE = re.compile(r"(?:اطلق|انطلق|نفذه|نفذته|نفذها|شنه|شنته|شنها)\S*\s+(?:\S+\s+){0,8}من\s+(?:منطقه\s+|مدينه\s+|بلده\s+|قريه\s+|مواقع\S*\s+(?:\S+\s+){0,2}(?:في\s+)?)?$")


def _origin(m: Mention, text: str, clause_start: int, lex: _Lex) -> str | None:
    """Is m where the fire came from ("مصدرها مواقع قوات النظام في محيط X", "انطلاقاً من X"):
    "fire"; where the people named come from ("من أبناء بلدة X", "من أهالي X"): "people"; else None."""
    if _LAUNCHED_FROM_RE.match(normalize_char_string(text[m.end:m.end + 60])):
        return "fire"   # "قاعدة حميميم، وهي القاعدة التي انطلقت منها الغارات"
    window = normalize_char_string(text[max(clause_start, m.start - 60):m.start])
    if _LAUNCHED_RE.search(window):
        return "fire"   # "قذيفة أطلقها إرهابيو بي كا كا من منطقة تل رفعت"
    cue = None
    for cue in lex.origin_re.finditer(window):
        pass
    if cue is None:
        return None
    between = window[cue.end():]
    if _DIRECTION_CUE_RE.fullmatch(cue.group().strip()) and _APPROACH_RE.search(window, 0, cue.start()) \
            and not _TOWARDS_RE.match(normalize_char_string(text[m.end:m.end + 20]).lstrip()):
        # (but "من جهة اللجاة باتجاه قرية الدور": the place it was heading for is told)
        return "approach" if not any(ch in between for ch in ",،.;:") else None
    if "ابناء" in cue.group() or "اهالي" in cue.group():
        # "ستة من أبناء محافظة السويداء": where people come from, only the name right after
        return "people" if len(between.split()) <= 1 and not any(ch in between for ch in ",،.;:") else None
    if _NEW_OBJECT_RE.search(_POSITIONS_IN_RE.sub(" ", between, count=1)):
        return None   # "المدفعية المتمركزة في اللواء 12 قرب إزرع قريتي جدل وعاسم": the villages shelled
        # (but "انطلاقاً من مواقعها في قرية الشيخ عيسى": its positions there)
    return "fire" if not any(ch in between for ch in ",،.;:") and not _TOWARDS_RE.search(between) else None


# "من جهة X" after an advance or an infiltration: the way the attackers came, near the fighting
_DIRECTION_CUE_RE = re.compile(r"[و]?من\s+(?:جهه|جهتي|ناحيه|محور|محوري|محاور|اتجاه)")
_APPROACH_RE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:تسلل|تقدم|هجوم|اقتحام|توغل)\S*\s+(?:\S+\s+){0,3}$")
_POSITIONS_IN_RE = re.compile(r"^\s*(?:مواقع|نقاط|قواعد|مقرات|تمركزات)\S*\s+(?:في|ب)\s+")
# a settlement word after other words: a new object, not the origin's place ("… قرب إزرع قريتي جدل")
_NEW_OBJECT_RE = re.compile(r"\S+\s+(?:\S+\s+)*?[وب]?(?:قريتي|بلدتي|مدينتي|قري|بلدات|قريه|بلده|مدينه)\s+$")


_OPEN_Q = "\"«“„"
_CLOSE_Q = "\"»”‟"


# (also a site named after its place: «حاجز بئر عجم», "معبر نصيب", "مطار كويرس")
_PLACE_LEAD_RE = re.compile(r"\s[وفبل]?(?:في|علي|من|الي|قرب|حول|مدينه|بلده|قريه|ريف|منطقه|محافظه|ناحيه|حي"
                            r"|حاجز|معبر|مطار|قاعده|سجن|مخيم|جسر|دوار|ساحه|مفرق|تله|جبل|سد|حقل)(?=\s|$)")


def _echoes_a_dual(m: Mention, text: str, clause_start: int, lex: _Lex) -> bool:
    s0 = normalize_char_string(m.surface)
    head = lex.anaphoric.get(s0) or lex.anaphoric.get(s0[1:])   # (a clitic و/ب/ل/ف before it)
    if head is None:
        return False
    before = normalize_char_string(text[max(0, clause_start - 300):m.start])
    return head in before.split()[-60:] or any(w.endswith(head) for w in before.split()[-60:])


def _in_quoted_name(m: Mention, text: str) -> bool:
    """Is m the second or later word of a short quoted name ("جودي عفرين", «أبو محمد الحلبي»)?"""
    before = text[max(0, m.start - 30):m.start]
    k = max(before.rfind(q) for q in _OPEN_Q)
    if k < 0 or any(q in before[k + 1:] for q in _CLOSE_Q if q != '"'):
        return False
    inside_before = before[k + 1:]
    if '"' in inside_before or not inside_before.strip():
        return False
    after = text[m.end:m.end + 30]
    j = min((after.find(q) for q in _CLOSE_Q if q in after), default=-1)
    if j < 0 or any(c in after[:j] for c in ".،,؛"):
        return False
    if _PLACE_LEAD_RE.search(" " + normalize_char_string(inside_before)):
        return False   # «غارات على مدينة إدلب»: a quoted phrase about the place
    words = len(inside_before.split()) + len(after[:j].split())
    return 1 <= len(inside_before.split()) <= 3 and words <= 4


_COUNCIL_BEFORE_RE = re.compile(r"مجلس\s*$")
_COUNCIL_AFTER_RE = re.compile(r"\s+(?:العسكري|المدني|المحلي)(?![\w])")
_COUNCIL_OF_RE = re.compile(r"المجلس\s+العسكري\s+(?:ل|في\s+)?$")
def _casualty_cues(norm: str, lex: _Lex) -> int:
    """How many killed / injured words ``norm`` has."""
    return len(lex.killed_re.findall(norm)) + len(lex.injured_re.findall(norm))


_SECTION_OPENER_RE = re.compile(r"^\s*(?:و|اما\s+|واما\s+)?(?:في|فى)\s*(?:محافظه\s+|مدينه\s+)?$")


# a road between two places longer than this is no place of its own: the event stays at the end
# the text names first (with that end's "road" radius)
MAX_ROAD_SEGMENT_KM = 200.0
# a stretch whose half-length is more than this is a large area (geo_precision 3), like a countryside
ROAD_WIDE_KM = 20.0


def _road_segment(a: Mention, b: Mention) -> Mention:
    """The stretch of road between ``a`` and ``b`` as one place: the midpoint, with half the
    distance as its uncertainty (at least the radius of an end named as a place itself, not as
    "طريق X"); named "A – B"; geo_precision 3 when half the stretch is over ``ROAD_WIDE_KM``."""
    if a.lat is None or b.lat is None or a.relation not in (None, "road") or b.relation not in (None, "road"):
        return a
    d = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if d > MAX_ROAD_SEGMENT_KM or d < 0.5:
        return a
    unc = max(d / 2, a.uncertainty_km if a.relation is None else 0.0, b.uncertainty_km if b.relation is None else 0.0)
    return dataclasses.replace(
        a, end=b.end, name_ar=f"{a.name_ar.replace('ـ', '')} – {b.name_ar.replace('ـ', '')}",
        name_en=f"{a.name_en} – {b.name_en}", kind="road", lat=(a.lat + b.lat) / 2, lon=(a.lon + b.lon) / 2,
        uncertainty_km=round(unc, 1), admin1=a.admin1 if a.admin1 == b.admin1 else None,
        geo_precision=3 if d / 2 > ROAD_WIDE_KM else 2, relation="road_segment", qualifier=None)


def _roads(keep: list[Mention], other_end: dict[int, Mention], text: str, lex: _Lex) -> list[Mention]:
    """The roads of a clause's places (``other_end``: id of a road's first end → its other end).

    - "السخنة، آخر معقل على الطريق الواصل بين تدمر ودير الزور": a place told before, not joined
      to the road by "و", that lies on the road is what the road locates; the road is no place.
    - "على طريق دمشق – السويداء قرب بلدة براق": the place near says where on the road.
    - otherwise the stretch of road between its ends ("على الطريق الواصل بين بلدتي الشولا
      وكباجب", "على طريق حمام واصل – القدموس"; "غارات على كفرنبل وعلى الطريق بين سراقب
      ومعرة النعمان": a second target)."""
    out = []
    for k, m in enumerate(keep):
        o = other_end.get(id(m))
        if o is None:
            out.append(m)
            continue
        if m.lat is not None and o.lat is not None and any(
                p.lat is not None and p.geo_precision < 3 and _lies_on_stretch(p, m, o)
                and not lex.and_road_re.search(normalize_char_string(text[p.end:m.start])) for p in keep[:k]):
            continue
        if any(p.relation == "near" for p in keep[k + 1:]):
            continue
        out.append(_road_segment(m, o))
    return out


_WHERE_RE = re.compile(r"[,،]\s*(?:حيث|وحيث)\s")


def _lies_on_stretch(p: Mention, a: Mention, b: Mention) -> bool:
    """Does ``p`` lie along the road from ``a`` to ``b`` (inside a narrow ellipse around it)?"""
    d = haversine_km(a.lat, a.lon, b.lat, b.lon)
    return haversine_km(a.lat, a.lon, p.lat, p.lon) + haversine_km(p.lat, p.lon, b.lat, b.lon) <= 1.1 * d + 3.0


def _event_places(ms: list[Mention], text: str, clause_norm: str, lex: _Lex,
                  clause_start_orig: int, n_orig_of) -> list[Mention]:
    """The places an event happened at, from the clause's mentions."""
    if not ms:
        return []
    # region extents ("الممتدة من … وصولاً إلى") and aims ("تهدف إلى تمشيط …"): the places
    # after them are backdrop or intent, not where the event happened
    ext = next((e for e in lex.extent_re.finditer(clause_norm)
                # ("على الطريق الرابط بين مدينتي سراقب وأريحا", "الطريق الذي يربط بين …": the road's ends)
                if not lex.road_before_re.search(clause_norm, max(0, e.start() - 16), e.start())), None)
    irr = _irrealis(clause_norm, lex)
    if irr is not None and _FOILED_RE.search(irr.group(0)) and _FOILED_ATTACK_RE.match(clause_norm, irr.end()) \
            and _casualties(clause_norm, lex) != (None, None):
        irr = None   # "أحبطت مجموعات الدفاع الوطني … محاولة تسلل … باتجاه قرية الدور": an attack met by fire
    if irr is not None and _ceasefire_broken(clause_norm, irr) and lex.trigger_re.search(clause_norm, irr.end() + 6):
        irr = None   # "خرقت … اتفاق وقف إطلاق النار، واستهدفت بقذائف الهاون … قرية ولغا": the act after it
    cut = [m.start() for m in (ext, irr, lex.consequence_re.search(clause_norm)) if m]
    dm = lex.destination_re.search(clause_norm)
    if dm is not None and (w := _WHERE_RE.search(clause_norm, dm.end())) is not None \
            and lex.trigger_re.search(clause_norm[w.end():w.end() + 40]):
        dm = None   # "… انسحبت نحو البويضة الشرقية، حيث استهدفها الطيران الحربي": struck where they went
    dest: tuple[int, int] | None = None
    if dm:
        # "وانتهت بانسحاب معظمهم نحو بلدتي فليطة ورأس المعرة": where they went; up to a new act
        # told after a comma ("… الفارة باتجاه جبل الأكراد، واستهدفت تجمعاتهم في سلمى"): clause_re's
        # verb group starts after the و, and trigger_re needs the و before it (hence - 1)
        resume = next((c.start("verb") for c in lex.clause_re.finditer(clause_norm, dm.end())
                       if c.group("verb") is not None and lex.trigger_re.match(clause_norm, c.start("verb") - 1)), None)
        if resume is None:
            cut.append(dm.end())
        else:
            dest = (n_orig_of(dm.end()), n_orig_of(resume))
    for r in lex.response_re.finditer(clause_norm):
        if r.start() > 3 and (lex.trigger_re.match(clause_norm, r.end() + 1) or lex.trigger_re.match(clause_norm, r.end())):
            cut.append(r.start())   # "… ردا على هجوم كيميائي في دوما": the other event's place
    ext_pos = n_orig_of(min(cut)) if cut else None
    # "واستنكرت الحكومة في دمشق القصف التركي على بلدة عين عيسى": before the act reacted to is
    # where the reaction came from
    # (back to the act told before the reaction, if any: "غارات … قرب مدينة الكسوة، بحسب ما
    # أعلنته وزارة الخارجية، التي وصفت الهجوم بأنه انتهاك")
    react = None
    rm = lex.reaction_re.search(clause_norm)
    if rm is not None:
        tm = lex.trigger_re.search(clause_norm, rm.end())
        if tm is not None:
            before = [t.end() for t in lex.trigger_re.finditer(clause_norm, 0, rm.start())]
            if before:   # from the reaction verb on ("… على مدينة أريحا وأدانت الحكومة التركية القصف")
                react = (n_orig_of(rm.start()), n_orig_of(tm.start()))
            else:
                react = (-1, n_orig_of(tm.start()))
    # cheap clause-level checks first: most clauses have no reporter, origin cue or quotes
    any_reporter = bool(lex.reporter_hint_re.search(clause_norm))
    any_origin = bool(lex.origin_re.search(clause_norm)) or "منه" in clause_norm or "طلق" in clause_norm \
        or "نفذ" in clause_norm or "شنه" in clause_norm or "شنت" in clause_norm
    any_quote = any(q in clause_norm for q in _OPEN_Q)
    any_road = any(w in clause_norm for w in lex.road_nouns)
    any_distance = "بعد" in clause_norm
    any_relative = _has_relative(clause_norm)
    keep: list[Mention] = []
    road_other_end: dict[int, Mention] = {}   # id(first end kept) → the road's other end
    hometowns: list[Mention] = []   # "شابين من أبناء بلدة الشحيل": where the victims are from
    approaches: list[Mention] = []   # "حاولت التسلل من جهة بساتين ربلة": where the attackers came
    tails: list[Mention] = []   # a source's seat at the sentence's end: the place only when no other is
    locator = None   # the last place skipped as a locator of the one before it
    for k, m in enumerate(ms):
        if ext_pos is not None and m.start >= ext_pos or dest is not None and dest[0] <= m.start < dest[1] \
                or react is not None and react[0] < m.start < react[1]:
            continue
        if m.uncertainty_km > MAX_EVENT_AREA_KM:
            continue  # "البادية السورية", a country-sized backdrop: not an event location
        if any_reporter and _speaks_from(m, text, lex):
            continue  # "أفاد مراسلنا في درعا بأن …": where the report comes from
        if any_reporter and _source_tail(m, text, lex):
            tails.append(m)
            continue  # "…، وفق مصادر طبية في المشفى الوطني بالسويداء.": the source's seat
        origin = _origin(m, text, clause_start_orig, lex) if any_origin else None
        if origin:
            if origin == "people":
                hometowns.append(m)
            elif origin == "approach":
                approaches.append(m)
            continue  # "قذائف مصدرها مواقع النظام في محيط X": fire came from X
        if _COUNCIL_BEFORE_RE.search(text, max(0, m.start - 8), m.start) and _COUNCIL_AFTER_RE.match(text, m.end) \
                or _COUNCIL_OF_RE.search(text, max(0, m.start - 20), m.start):
            continue   # "مقاتلي مجلس منبج العسكري", "المجلس العسكري لمنبج": a council's name, not where it fought
        if keep and re.fullmatch(r"\s*\(\s*", text[keep[-1].end:m.start]) and text[m.end:m.end + 3].lstrip().startswith(")"):
            continue   # "ريف ديريك (المالكية)": another name for the place before
        if lex.anaphoric and _echoes_a_dual(m, text, clause_start_orig, lex):
            continue   # "قريتي كنصفرة والبارة … إصابة خمسة مدنيين في القريتين": the two villages
        if any_quote and _in_quoted_name(m, text):
            continue   # "الرفيقان «آزاد روجهلات» و«جودي عفرين»": a nom de guerre
        if "في" in text[max(0, m.start - 6):m.start] and _actor_base(m, text, lex):
            continue   # "ردّت فصائل جيش الفتح في إدلب بقصف بلدتي الفوعة وكفريا": where the actor is
        if m.kind in ("city", "governorate") and not m.relation and names_government(text, m.start, m.end):
            continue   # "واتهمت دمشق تنظيم داعش": the government, not the city
        if any_road and lex.road_end_re.search(normalize_char_string(text[max(0, m.start - 40):m.start])):
            if k and keep and keep[-1] is ms[k - 1] and m.place_id is not None \
                    and re.fullmatch(r"\s*[-–—ـ]\s*", text[ms[k - 1].end:m.start]):
                road_other_end[id(keep[-1])] = m
            continue   # "على طريق دمشق – السويداء": the road's far end (its first end set aside)
        prev_m = ms[k - 1] if k else None
        if prev_m is not None and re.fullmatch(r"\s*(?:[-–—ـ/]|و|الي|إلى)\s*(?:قرية|بلدة|مدينة)?\s*", text[prev_m.end:m.start]) and (
                prev_m.relation == "road" or lex.road_between_re.search(
                    normalize_char_string(text[max(0, prev_m.start - 45):prev_m.start]))):
            if keep and keep[-1] is prev_m and m.place_id is not None:
                road_other_end[id(prev_m)] = m
            continue   # "طريق دير الزور – تدمر": the road's other end names the road, not a second place
        if prev_m is not None and prev_m.place_id is not None and _is_qualifier(prev_m, m, text):
            continue   # (after an unknown village, "ريف عين عيسى" is the best location we have)
        if prev_m is not None and prev_m.kind == "neighbourhood" and m.kind in ("city", "town") and not m.relation \
                and keep and (keep[-1] is prev_m or _km(keep[-1], prev_m) <= 1.0) and m.start - prev_m.end <= 16 \
                and re.fullmatch(r"\s*[،,]?\s*(?:في|ب)\s*(?:مدينه\s*)?", normalize_char_string(text[prev_m.end:m.start])):
            continue   # "في حي الإنشاءات بمدينة حمص": the city the quarter kept is in
        if keep and keep[-1] is prev_m and m.kind == "neighbourhood" and landmark_named(prev_m) \
                and IN_QUARTER_RE.fullmatch(text[prev_m.end:m.start]):
            continue   # "عند دوار الفاخورة في حي الإنشاءات": the quarter only says where the square is
        if keep and keep[-1] is prev_m and _describes(prev_m, m, text, lex):
            continue   # "بصر الحرير، البلدة التي تعد بوابة اللجاة": what the place is, not where it happened
        if any_relative and _in_aside(m, text, lex):
            continue   # "الطائرات الروسية، التي وصلت … إلى قاعدة حميميم، استهدفت": where the aircraft came from
        if keep and (lex.locator_re.search(normalize_char_string(text[max(prev_m.end, m.start - 40):m.start]).strip())
                     or any_distance and _DISTANCE_LOCATOR_RE.search(
                         normalize_char_string(text[max(prev_m.end, m.start - 70):m.start]))):
            # "سطيح الواقعة في جبال العمور": m locates the place before it; when that one is
            # unknown (no coordinates) the first locator stands in for it
            if keep[-1].place_id is not None:
                locator = m
                continue
        elif not keep and (lex.locator_re.search(normalize_char_string(text[max(0, m.start - 40):m.start]).strip())
                           or any_distance and _DISTANCE_LOCATOR_RE.search(
                               normalize_char_string(text[max(0, m.start - 70):m.start]))) \
                and lex.anaphoric_site_re.search(normalize_char_string(text[max(0, m.start - 120):m.start])):
            locator = m
            continue   # "باتجاه المطار، … والواقع بين مدينتي حمص وتدمر": the site just told
        if locator is prev_m and prev_m is not None and re.fullmatch(r"\s*(?:و|،|,)\s*", text[prev_m.end:m.start]):
            locator = m
            continue   # "الواقع بين مدينتي حمص وتدمر": both only locate the airport
        keep.append(m)
    keep = [m for m in keep if m.place_id is not None] or [m for m in tails if m.place_id is not None]
    # a roundup's section opener ("وفي درعا، قُتل خمسة مدنيين في بلدة خربة غزالة"; "أما في حمص،
    # فقد قُتل سبعة أشخاص في مدينة تلبيسه"): the region of the section, not a place of its own
    if len(keep) > 1 and keep[0].kind in ("city", "governorate") \
            and _SECTION_OPENER_RE.match(normalize_char_string(text[clause_start_orig:keep[0].start])) \
            and text[keep[0].end:keep[0].end + 2].lstrip()[:1] in ("،", ",") \
            and any(m.uncertainty_km < keep[0].uncertainty_km for m in keep[1:]) \
            and (_casualty_cues(normalize_char_string(text[keep[0].end:keep[1].start]), lex) <= 1
                 # "وفي دير الزور، استشهد عنصران … عند مدخل مدينة العشارة بريف دير الزور الشرقي":
                 # the opener is the province the place after it lies in
                 or _province_again(keep[0], text, keep[1].end, n_orig_of(len(clause_norm)))
                 and not _OPENER_ANAPHOR_RE.search(normalize_char_string(text[keep[0].end:keep[1].start]))):
        # (but "وفي دوما، قتل ثلاثة بغارات وأصيب آخرون في بلدة حمورية": the first act is told of
        # the opener, the second of the village)
        keep = keep[1:]
    # "على الطريق الواصل بين زركان وتل تمر، قرب قرية أم الكيف": the village the text places it
    # near says where on the road; the road's end does not
    road_ends = [m for m in keep if lex.road_between_re.search(normalize_char_string(text[max(0, m.start - 45):m.start]))]
    if road_ends and any(m.relation == "near" and m.start > road_ends[0].start for m in keep):
        keep = [m for m in keep if m not in road_ends]
    if road_other_end:
        keep = _roads(keep, road_other_end, text, lex)
    if not keep and approaches:
        # "كميناً لمجموعة حاولت التسلل من جهة بساتين ربلة": no other place is told; the fighting
        # was where they came at
        keep = [m for m in approaches if m.place_id is not None]
    if not keep and len({m.place_id for m in hometowns if m.place_id is not None}) == 1:
        # "استشهاد شابين من أبناء بلدة الشحيل برصاص قناصة قسد": no other place is told; the
        # victims' town is where it happened, as far as the text says
        keep = [next(m for m in hometowns if m.place_id is not None)]
    # "محور كباني في جبل الأكراد", "قرية X في ريف Y": a larger place right after a place inside
    # it only locates it
    located: list[Mention] = []
    for m in keep:
        prev = located[-1] if located else None
        if prev is not None and prev.relation == "in_city" and m.relation != "in_city" and m.place_id == prev.place_id:
            continue   # "حي الحمدانية في مدينة حلب": the city only locates its quarter
        if prev is not None and m.uncertainty_km > prev.uncertainty_km and m.start > prev.end:
            gap = normalize_char_string(text[prev.end:m.start]).strip(" ,،-")
            inside = _km(prev, m) <= m.uncertainty_km + prev.uncertainty_km + (20.0 if m.relation == "near" else 0.0)
            if inside and (len(gap) <= 14 and (gap in ("", "في", "ب", "من", "ضمن", "قرب")
                                               or gap.split(" ")[0] in ("في", "ضمن", "من", "قرب")
                                               or gap.startswith("ب"))
                           or _PART_OF_GAP_RE.fullmatch(gap)):
                continue   # (and "حي المشلب في الطرف الشرقي لمدينة الرقة")
        located.append(m)
    # "وفي مدينة حلب … قصفت حيي صلاح الدين وسيف الدولة": the city locates its quarters, before
    # them as after them
    quartered = {m.place_id for m in located if m.relation == "in_city"}
    keep = [m for m in located if m.relation == "in_city" or m.place_id not in quartered]
    # drop a qualifier that follows a list: "… والرصافة، وأثريا، بريف الرقة الغربي"
    keep2 = []
    for m in keep:
        if (m.kind in ("governorate",) or m.relation == "countryside_of") and any(
                o is not m and o.kind not in ("governorate", "district") and o.relation != "countryside_of"
                and o.start < m.start for o in keep):
            before = text[max(0, m.start - 8):m.start]
            if "ريف" in normalize_char_string(before) or "محافظ" in before:
                continue
        keep2.append(m)
    # a clause naming precise places and a region ("غارات على ريف إدلب، طالت كفرنبل"): the
    # region is the backdrop of the precise ones
    # (and a stretch of road, "على الطريق بين حمام واصل والقدموس في ريف بانياس", is precise
    # beside a region but gives way to a place)
    # ("غارات على بلدة كفرنبل وعلى الطريق الواصل بين سراقب ومعرة النعمان": a second target stays)
    second = {id(m) for m in keep2 if m.relation == "road_segment"
              and lex.and_road_re.search(normalize_char_string(text[max(0, m.start - 40):m.start]))}
    if any(m.geo_precision < 3 and m.relation not in ("countryside_of", "road", "road_segment") for m in keep2):
        keep2 = [m for m in keep2 if id(m) in second
                 or m.geo_precision < 3 and m.relation not in ("countryside_of", "road", "road_segment")]
    elif any(m.relation == "road_segment" for m in keep2):
        keep2 = [m for m in keep2 if m.relation == "road_segment" or m.geo_precision < 3 and m.kind != "governorate"
                 and m.relation not in ("countryside_of", "road")]
    # one event per place (a place named twice in a clause counts once)
    seen, out = set(), []
    for m in keep2:
        key = (m.place_id, m.relation, round(m.lat or 0, 3), round(m.lon or 0, 3),
               m.name_ar if m.relation == "in_city" else None)   # neighbourhoods of one city
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


# ------------------------------------------------------------------------------ dates

@dataclass
class _DateInfo:
    start: dt.date | None
    end: dt.date | None
    precision: int


_RISE_RE = re.compile(r"(?:(?:ا|لي|لت)رتفع(?:ت)?|ارتفاع)\s+(?:\S+\s+){0,6}?(?:ال)?(حصيله|عدد)((?:\s+\S+){0,28}?)\s+(?:الي|لتصل\s+الي|ليصل\s+الي)\s+(.{1,40})"
                      r"|(?:ال)?(حصيله|عدد)((?:\s+\S+){1,7}?)\s+(?:ارتفع|ارتفعت)\s+(?:\S+\s+){0,3}?(?:الي|لتصل\s+الي)\s+(.{1,40})")


def _rise(norm: str, lex: _Lex) -> tuple[str, int] | None:
    """"ارتفعت حصيلة الشهداء … إلى ثلاثة": ("killed", 3), or None."""
    got = _rise_at(norm, lex)
    return None if got is None else got[:2]


def _rise_at(norm: str, lex: _Lex) -> tuple[str, int, int] | None:
    """``_rise`` and where the rise phrase ends (what follows may tell the other toll)."""
    from geo_tracker.numbers import find_quantities

    g = _RISE_RE.search(norm) if "رتفع" in norm or "رتفاع" in norm else None
    if g is None:
        return None
    k0 = 1 if g.group(1) else 4   # "ارتفعت حصيلة القتلى … إلى 9" or "عدد القتلى في جرمانا ارتفع إلى 13"
    # the kind of toll: named between the noun and "إلى", or right after the number ("إلى 18 قتيلاً")
    words = norm[g.start(k0):g.start(k0 + 2)] + " " + g.group(k0 + 2)[:30]
    kind = "killed" if any(w in words for w in lex.rise_killed) else \
        "injured" if any(w in words for w in lex.rise_injured) else None
    qs = find_quantities(g.group(k0 + 2))
    if "منذ" in words.split() or "خلال" in words.split():
        return None   # "ارتفاع عدد القتلى منذ بداية الشهر إلى 240": a statistic, not this act's toll
    if kind is None or not qs or qs[0].span[0] > 12 or qs[0].vague:
        return None
    n = qs[0].value if qs[0].value is not None else qs[0].low
    return None if n is None or n >= 100000 else (kind, n, g.end())


def _toll_rises(events: list[Event], norm: str, lex: _Lex, place_ids: Sequence[str] = (),
                headline: Collection[int] = ()) -> None:
    """"وارتفعت حصيلة الشهداء مساءً إلى تسعة": a sentence with no act raises the toll of the
    article's current event at the place it names ("حصيلة القتلى في البغيلية ارتفعت إلى 150"),
    else of its first current event that has one (or gives the toll of the event just told,
    "لترتفع الحصيلة إلى 18 قتيلاً")."""
    got = _rise_at(norm, lex)
    if got is None:
        return
    kind, n, rise_end = got
    # "ارتفع عدد القتلى إلى 11 … فيما بلغ عدد المصابين 35": the other toll of the same act
    other = _second_toll(norm, "injured" if kind == "killed" else "killed", lex)
    if other is None and kind == "killed":
        # "ارتفع عدد القتلى إلى 16 …، في حين أصيب 9 آخرون بجروح": the injured told after the rise
        _, hurt = _casualties(norm[rise_end:], lex)
        other = ("injured", hurt) if hurt is not None else None
    named = [k for k, e in enumerate(events) if not e.background and e.place_id in place_ids and k not in headline]
    target = None
    if len(named) == 1:
        target = named[0]
    elif sum(1 for k, e in enumerate(events) if not e.background and getattr(e, kind) and k not in headline) >= 2:
        return   # "ارتفعت حصيلة القتلى إلى 215" after tolls of 38 and 100: the day's total, no one event's
    else:
        target = next((k for k, e in enumerate(events) if not e.background and getattr(e, kind) is not None
                       and k not in headline), None)
        if target is None and events and not events[-1].background:
            target = len(events) - 1   # no toll yet: the event just told
    if target is None:
        return
    e = events[target]
    if getattr(e, kind) is None or n > getattr(e, kind):
        e = _replace(e, **{kind: n})
    if other is not None and (getattr(e, other[0]) is None or other[1] > getattr(e, other[0])):
        e = _replace(e, **{other[0]: other[1]})
    events[target] = e


_SECOND_TOLL_RE = re.compile(r"(?<!\S)(?:و?(?:بلغ|ارتفع)\s+|و)عدد\s+(\S+)\s+(?:\S+\s+)??(?:الي\s+)?(\S+(?:\s+\S+)?)")


def _second_toll(norm: str, kind: str, lex: _Lex) -> tuple[str, int] | None:
    """The toll of ``kind`` told beside a rise ("فيما بلغ عدد المصابين 35", "وعدد الجرحى إلى 35")."""
    from geo_tracker.numbers import find_quantities

    words = lex.rise_injured if kind == "injured" else lex.rise_killed
    for m in _SECOND_TOLL_RE.finditer(norm):
        if m.group(1) not in words:
            continue
        qs = find_quantities(m.group(2))
        if qs and qs[0].span[0] <= 12 and not qs[0].vague and qs[0].value is not None and qs[0].value < 100000:
            return (kind, qs[0].value)
    return None


# ("الحي" / "المخيم" only after a preposition of place: "الرصاص الحي" is live ammunition)
_ANAPHOR_RE = re.compile(r"(?:^|\s)(?:و|ف)?(?:(?:ب|ل|علي\s+|في\s+|احياء\s+|اطراف\s+|محيط\s+)?(?:ال|ل)(مدينه|بلده|قريه)"
                         r"|(?:ب|علي\s+|في\s+|الي\s+|اطراف\s+|محيط\s+|داخل\s+|مدخل\s+|استهداف\s+)ال(حي|مخيم|قاعده|مطار))(?=$|[\s،,.:؛])"
                         # ("المدينة الصناعية", "المدينة الرياضية", "المدينة الجامعية": a named site, not the town)
                         r"(?!\s*(?:الصناعيه|الرياضيه|الجامعيه|القديمه|العماليه|السكنيه))")
_ANAPHOR_KINDS = {"مدينه": ("city", "town"), "بلده": ("town", "city", "village"), "قريه": ("village", "town"),
                  "حي": ("neighbourhood",), "مخيم": ("camp",), "قاعده": ("base", "airport"), "مطار": ("airport", "base")}
ANAPHOR_MAX_CHARS = 800
NEW_ERA = dt.date(2024, 12, 8)   # Damascus taken: the rebels' command became the government


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
    near = [m for m in before if pos - m.end <= ANAPHOR_MAX_CHARS and m.place_id is not None
            and not m.relation and m.geo_precision == 1]
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
                out[id(m)] = d
                break
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
_UNIT_DAYS = {"يوم": 1, "يومين": 1, "ايام": 1, "اسبوع": 7, "اسبوعين": 7, "اسابيع": 7}   # days per unit (the dual counts 2)


@dataclass
class _Shifted:
    start: dt.date
    end: dt.date
    precision: int
    kind: str = "offset"


def _offset_date(cnorm: str, before: list, events: list) -> _Shifted | None:
    """"قبلها بثلاثة أيام", "بعد ذلك بيومين": a day counted from the date named just before in
    the sentence (or the last event's exact day), or None."""
    from geo_tracker.numbers import find_quantities

    m = _OFFSET_RE.search(cnorm) if ("قبل" in cnorm or "بعد" in cnorm) else None
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
    anchor = None
    exact = [x for x in before if x.precision == 1]
    if exact:
        anchor = exact[-1].start
    elif events and events[-1].time_precision == 1 and events[-1].date_start:
        anchor = dt.date.fromisoformat(events[-1].date_start)
    if anchor is None:
        return None
    days = n * _UNIT_DAYS[unit]
    day = anchor - dt.timedelta(days=days) if m.group(1) else anchor + dt.timedelta(days=days)
    return _Shifted(day, day, 1)


# ("البلدة التي تعد بوابة اللجاة وخرجت عن سيطرة النظام منذ مطلع 2013": within the relative clause)
_RELATIVE_SINCE_RE = re.compile(r"(?:^|\s)(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:\S+\s+){0,4}منذ\s*$"
                                r"|(?:^|\s)(?:الذي|التي)\s+(?=(?:[^\s،,.:]+\s+){0,8}منذ\s*$)(?:[^\s،,.:]+\s+){0,7}?"
                                r"(?:\S*سيطر\S*|يحاصر\S*)\s+(?:[^\s،,.:]+\s+){0,7}منذ\s*$")
ANAPHORIC_AGENT_SENTENCES = 6   # how far back "القوات" (the forces, no one named) may refer
DEFINITE_ACT_SENTENCES = 2      # how far back "القصف الجوي" (the bombing, no one named) may refer
SINCE_DAY_MAX_DAYS = 7   # "منذ بدء الهجوم فجر الأربعاء": a start this recent dates the act from then on
_SINCE_START_OF_RE = re.compile(r"منذ\s+(?:[وف]?(?:بدء|بدايه|انطلاق|انطلاقه|اندلاع|مطلع|اطلاق)\s+)(?:\S+\s+){0,3}$")


_REL_PLUPERFECT_RE = re.compile(r"(?:التي|الذي|الذين|اللذين|اللتين)\s+(?:\S+\s+){0,2}?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,3}?قد\s+[^،,.؛]*$")


def _sentence_dates(sent: str, pub, offset: int, spans: list[tuple[int, int]]) -> list:
    """The dates of a sentence that can date what it reports: not in a dateline, and not the start
    of a campaign the act is measured from ("أعنف أيام القصف منذ بدء الحملة قبل أكثر من أسبوع")."""
    from geo_tracker.dates import find_dates

    out = []
    found = find_dates(sent, pub)
    kept = _outside(found, offset, spans)
    for d in found:
        if d not in kept and not _opens_entry(sent, d):
            continue   # a dateline's date (but a chronicle entry's own date even where it looks like one)
        before = normalize_char_string(sent[max(0, d.span[0] - 80):d.span[0]])
        if _RELATIVE_SINCE_RE.search(before) or (d.kind == "since" or normalize_char_string(d.text).startswith("منذ")) \
                and _RELATIVE_SINCE_RE.search(before + " منذ"):
            continue   # "مطار الطبقة، الذي يسيطر عليه التنظيم منذ آب 2014": a state's start, not the act's day
        if not _SINCE_START_OF_RE.search(before):
            out.append(d)
        elif d.precision == 1 and pub is not None and d.start is not None and 0 < (pub - d.end).days <= SINCE_DAY_MAX_DAYS:
            # "دخلوا قرى … منذ بدء الهجوم فجر الأربعاء": from that day to the report's
            out.append(dataclasses.replace(d, end=pub, precision=2, kind="since"))
    # "في هجوم هو الأعنف … منذ أشهر": a span measured back from now says when nothing happened
    # when the sentence dates its act otherwise ("فجر السبت")
    since = [d for d in out if _SINCE_RE.search(normalize_char_string(sent[max(0, d.span[0] - 8):d.span[0] + 5]))]
    if since and len(since) < len(out):
        out = [d for d in out if d not in since]
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
    # the verb ("استهدفت صواريخ، مساء أمس الجمعة، سوقي النفط")
    return min(dates, key=lambda d: (abs(d.span[0] - pos) + (0 if d.span[0] <= pos + 40 else 20)))


_CURRENT_YEAR_RE = re.compile(r"(?:العام|السنه|عام)\s+(?:الحالي|الجاري)\s*[(\-–]?\s*(\d{4})")


def current_year(norm_text: str) -> int | None:
    """The year an undated article says it is written in ("منذ بداية العام الحالي 2024")."""
    m = _CURRENT_YEAR_RE.search(norm_text)
    if m and 1990 <= int(m.group(1)) <= 2100:
        return int(m.group(1))
    return None


# "وفي ريف دمشق، أوقعت وحدة …", "أما في إدلب، فقد …" opening a paragraph: a roundup's next section
_SECTION_START_RE = re.compile(r"\s*(?:و|أما\s+|وأما\s+|اما\s+|واما\s+)?في\s+[^\s،,.]+(?:\s+[^\s،,.]+){0,3}\s*[،,]")


def _new_section(text: str, start: int, ms: Sequence[Mention]) -> bool:
    """Does the sentence at ``start`` open a paragraph with a section opener of a roundup naming a
    place (``ms``: "وفي ريف دمشق، …"; not "في سياق متصل، …")? Its acts are the report's news of the
    day, not of the lead's day."""
    if not (start == 0 or text[:start].rstrip(" \t")[-1:] == "\n"):
        return False
    m = _SECTION_START_RE.match(text, start)
    return m is not None and any(start <= x.start < m.end() for x in ms)


def _default_date(published: dt.date | None, year: int | None = None) -> _DateInfo:
    if published is None:
        if year is not None:
            # the text names its own year: the event happened in it (ACLED precision 3)
            return _DateInfo(dt.date(year, 1, 1), dt.date(year, 12, 31), 3)
        return _DateInfo(None, None, 3)
    # news reports what happened on the day or the day before: a two-day window
    return _DateInfo(published - dt.timedelta(days=1), published, 2)


# ------------------------------------------------------------------------------ main

def _event_id(article_id: str, sent_idx: int, actor: str, etype: str, place_id: str, lat: float, lon: float,
              date_start: str | None) -> str:
    key = f"{article_id}|{sent_idx}|{actor}|{etype}|{place_id}|{lat:.4f}|{lon:.4f}|{date_start}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _isis_first(norm_all: str, lex: _Lex) -> bool:
    """Is "التنظيم" ISIS in this article: ISIS is named, and before the PKK if both are (a Turkish
    statement on "بي كا كا" that recalls an old ISIS bombing means the PKK)."""
    i = lex.isis_name_re.search(norm_all)
    if i is None:
        return False
    p = lex.pkk_name_re.search(norm_all, 0, i.start())
    return p is None
_THAT = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})
_TABI = frozenset({"تابع", "تابعا", "تابعه", "التابع", "التابعه", "تابعين", "التابعين", "تابعون", "التابعون"})
_OWN_RE = re.compile(r"\S+\s+(?:\S+\s+)?(?:ال)?تابع(?:ه|ين|ون)?\s+(?:لها|له|لهم|لنا)(?:\s|$)")
_GOV_FACTIONS_RE = re.compile(r"فصايل\s+(?:تابعه\s+ل|ل)?(?:حكومه\s+دمشق|الحكومه\s+السوريه\s+الانتقاليه|وزاره\s+الدفاع\s+السوريه)")
# "بيان وزارة الدفاع التركية", "وقالت الجبهة الوطنية للتحرير في بيان", "أعلنت … في بيان"
_STATEMENT_RE = re.compile(r"(?:^|\s)(?:بيان|بلاغ|قال|قالت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت)(?=\s)")
_NOT_NISBA = frozenset({"الذي", "التي", "والذي", "والتي", "علي", "الي", "حتي", "لدي", "فوري",
                        "القي", "والقي", "رمي", "ادي", "اودي", "ابدي", "اجري", "تلقي", "القت"})
_TURKISH_OCCUPATION_RE = re.compile(r"الاحتلال\s+التركي")
_ISRAEL_RE = re.compile(r"اسراييل|الصهيوني|الاحتلال\s+الاسراييلي")
_QUOTES_RE = re.compile(r"[\"'«»“”„‟‹›]")
# "سُجلت 27 حالة قصف", "رصد 19 عملية قصف": a count of incidents is a statistic, not an event
_INCIDENTS_RE = re.compile(r"(?<![\d\w])\d+\s+(?:حاله|حالات|عمليه|عمليات|خرقا|خروقات)\s+(?:قصف|استهداف|اطلاق|خرق)"
                           # "نفذت 164 طلعة قتالية استهدفت … في محافظات حلب وإدلب …" (but "40 طلعة في
                           # منطقة تدمر" is a day's strikes on one area)
                           r"|(?<![\d\w])\d+\s+(?:طلعه|طلعات)(?=\s[^.\n]{0,120}\sمحافظات\s)")
_CLASH_BETWEEN_RE = re.compile(r"اشتباك\S*\s+(?:\S+\s+){0,3}?بين\s")
# a ground assault ("هجوماً برياً", "قوة متوغلة"): not from the air
_GROUND_RE = re.compile(r"(?:^|\s)(?:ال)?(?:بري|بريه|بريا)(?:\s|$)|توغل")
# ", كانت قد …" after the act's word: an asyndetic clause on what the act struck
_ASIDE_PLUPERFECT_RE = re.compile(r"[،,]\s*(?:كان|كانت|كانوا)\s+قد\s")
_GUN_POSITION_RE = re.compile(r"(?:موقع|مواقع|كتيبه|كتايب|سريه|فوج|مقر|مقرات|مربض|مرابض|بطاريه|بطاريات)\s+(?:ال|لل|ل)?مدفعي\S*")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


_DENIED_AFTER_RE = re.compile(r"(?:وهو|وهي|الامر الذي)\s+ما\s+(?:نفته|نفاه|نفتها|نفوه|تنفيه|ينفيه)")
# "ما تبثه قنوات التحريض عن «قصف عشوائي» في الحفة عارٍ عن الصحة": a report called untrue
_REPORT_OF_RE = re.compile(r"ما\s+(?:تبثه|تبث|تروجه|تروج|يروج|تداولته|تتداوله|نشرته|تنشره|اشيع|يشاع|زعمته)|انباء|مزاعم|ادعاءات|شائعات")
_UNTRUE_RE = re.compile(r"(?:عار|عاري|عاريه)\s+(?:عن|من)\s+الصحه|لا\s+اساس\s+(?:له|لها|لهم)\s+من\s+الصحه")
_DENIAL_RE = re.compile(r"(?:^|\s)[وف]?(?:نفي|نفت|ينفي|تنفي|نافيا|نافيه)\s")
_SEPARATE_RE = re.compile(r"(?:حادثه|حادث|سياق|تطور)\s+(?:منفصل|منفصله|اخر|اخري)(?=\s|$|[،,])")
_REMNANT_RE = re.compile(r"لغم|الغام|مخلفات")
_AFTER_ACT_RE = re.compile(r"(?:بعد|عقب)\s+(?:ساعات|ساعه|ساعتين|ايام|يوم|يومين|دقائق|اسبوع)\s+(?:من|علي)\s+$")
# "دون أن تسجل", "من دون وقوع", "بدون": the act after it did not happen
# ("من دون أن تسجل اشتباكات", "من دون تسجيل اعتقالات أو اشتباكات": no clash)
_WITHOUT_RE = re.compile(r"(?:^|\s)(?:و?ب?دون|دونما)\s+(?:ان\s+)?(?:\S+\s+)?(?:\S+\s+(?:او|ولا)\s+)?$")
_FOILED_RE = re.compile(r"(?:احبط|احباط)")
# the attempt foiled is an attack met in the field ("أحبطت … محاولة تسلل"), not a plot
_FOILED_ATTACK_RE = re.compile(r"\S*\s+(?:\S+\s+){0,6}?محاول(?:ه|ات)\s+(?:ال)?(?:تسلل|تقدم)")
_SIMILAR_RE = re.compile(r"\S+\s+(?:\S+\s+)?مماثل")   # "بهجوم مماثل", "بقصف مدفعي مماثل"
# "قُتل أكثر من 430 مدنياً منذ انطلاق المعركة", "بحسب إحصائية": a tally, not one event
_SINCE_START_RE = re.compile(r"منذ\s+(?:انطلاق|بدء|بدايه|اندلاع)\s+(?:المعركه|الحمله|الثوره|الحرب|النزاع|الصراع)"
                             r"|منذ\s+(?:مطلع|بدايه)\s+(?:العام|السنه)|(?:بحسب|وفق|حسب)\s+احصائيه")
# "وأسفرت في مجملها عن مقتل أكثر من 120 عنصراً": the sum of many acts
_AGGREGATE_RE = re.compile(r"(?:^|\s)(?:في|ب)\s*(?:ال)?(?:مجملها|مجمله|مجمل)(?=\s|$)|(?:^|\s)اجمالي\s")
_TALLY_TOLL_RE = re.compile(r"(?:قتل|مقتل|استشهد)\s+(?:اكثر\s+من\s+|نحو\s+|ما\s+يزيد\s+علي\s+)?\d")
_SINCE_RE = re.compile(r"(?:^|\s)(?:و)?منذ\s")
# "وكان المرصد نشر…", "وكانت قوات النظام قد…": Arabic news opens background with كان.
# "إذ كانت دمشق قد شهدت في 11 آذار 2017 تفجيرين": a pluperfect with its subject inside
_PLUPERFECT_INNER_RE = re.compile(r"(?:^\W*|[،,]\s*|\s(?:اذ|حيث)\s+)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){1,3}قد\s+\S")
_PLUPERFECT_RE = re.compile(r"^\W*(?:و|ف)?(?:كان|كانت|كانوا)\s")

_DIR_EN = (("شمال", "north"), ("جنوب", "south"), ("شرق", "east"), ("غرب", "west"))


def _direction_en(qualifier: str) -> str:
    """"جنوب شرقي" → "southeast"; "15 كم شمال" → "15 km north"."""
    q = normalize_char_string(qualifier)
    words = [en for ar, en in _DIR_EN for w in q.split() if w.lstrip("وب").startswith(ar)]
    km = re.search(r"\d+", q)
    out = "".join(words) if len(words) <= 2 else " ".join(words)
    return (f"{km.group()} km " if km else "") + (out or "near")


_HEAD_AR = {"desert_of": "بادية", "countryside_of": "ريف"}   # "باديتي الرصافة والمنصورة" → بادية each


def _place_names(m: Mention) -> tuple[str, str]:
    if m.relation == "in_city":
        return m.name_ar.replace("ـ", ""), m.name_en   # "حي السكري" (its city's point and radius)
    qual = _HEAD_AR.get(m.relation or "", m.qualifier)
    if m.relation == "area_of" and qual and " في " in f" {normalize_char_string(qual)} ":
        qual = None   # "على مناطق في بلدة سرمين": areas in the town, named as the town
    if m.relation and qual and not normalize_char_string(m.name_ar).startswith(
            normalize_char_string(qual).split(" ")[-1]):
        q = qual
        en = {"desert_of": "desert of ", "countryside_of": "countryside of ", "near": "near ",
              "direction_of": "", "distance": "near ", "area_of": "area of "}.get(m.relation, "")
        if m.relation == "direction_of":
            en = _direction_en(q) + " of "
        return f"{q} {m.name_ar}".strip().replace("ـ", ""), f"{en}{m.name_en}".strip()
    return m.name_ar.replace("ـ", ""), m.name_en   # "زورافــــا" as the dataset spells it


def extract_events(article: Article, mentions: Sequence[Mention] | None = None, *,
                   include_background: bool = False, gazetteer=None) -> list[Event]:
    """Extract the events of one article.

    Parameters
    ----------
    article:
        The article (its ``published`` date resolves relative dates).
    mentions:
        Its toponym mentions from ``geo_tracker.geoparse.geoparse``; computed if None.
    include_background:
        Keep events flagged as background (history/context); they are dropped by default.

    Returns
    -------
    list of Event, in text order, not yet deduplicated across articles.

    Example
    -------
    >>> from geo_tracker.models import Article
    >>> import datetime as dt
    >>> evs = extract_events(Article("a", "شنت طائرات حربية روسية غارات على بادية السخنة أمس.",
    ...                              published=dt.date(2024, 3, 2)))
    >>> [(e.actor, e.event_type, e.date_start) for e in evs]   # doctest: +SKIP
    [('russia', 'airstrike', '2024-03-01')]
    """
    if mentions is None:
        from geo_tracker.geoparse import geoparse
        mentions = geoparse(article, gazetteer)

    def place_of(pid: str):
        """The gazetteer record of a mention's place (the caller's gazetteer, else the default)."""
        from geo_tracker.gazetteer import load_default

        return (gazetteer if gazetteer is not None else load_default()).get(pid)
    from geo_tracker.dates import find_dates

    lex = load_lexicon()
    text = article.text
    pub = article.published
    # places in datelines ("دمشق 20 ديسمبر 2025 (شينخوا)") say where the report was filed
    dls = dateline_spans(text)
    usable = [m for m in mentions if (m.place_id is None or m.lat is not None)
              and not any(a <= m.start < b for a, b in dls)]
    events: list[Event] = []
    prev_actor: str | None = None
    prev_target: str | None = None
    prev_sent = -10
    prev_group: list[int] = []            # indices into events of the last event clause
    prev_type: str | None = None
    last_act: tuple | None = None
    acts_told: list[tuple[int, str, str]] = []   # (sentence, type, agent) of the current acts told
    lead: _DateInfo | None = None
    toll_unknown: set[int] = set()   # events told "دون ورود معلومات عن خسائر": no later toll is theirs
    votes: dict[str, int] = {}            # actor -> clauses naming it as the agent of a current event
    implicit_idx: list[int] = []          # events whose actor the text left unsaid
    implicit_sent: dict[int, int] = {}    # ... and the sentence each was told in
    unidentified: set[int] = set()        # sentences that say the agent is not known
    unattributed: set[int] = set()        # events told in them
    title_idx: set[int] = set()           # events told by the headline
    last_dated: tuple | None = None       # (sentence, date) of the last explicit current date
    title_start, title_end = _title_span(text)
    nart = normalize(text)
    norm_all = nart.text
    year_hint = current_year(norm_all) if pub is None else None
    rd = rd_art = _readings(norm_all, lex, pub)
    # a roundup that names ISIS in one paragraph and opposition groups in others: "الإرهابيون" of a
    # paragraph that does not name ISIS are the opposition (as everywhere in such outlets)
    by_line = rd_art.isis_named and _names_opposition(norm_all, lex)
    para_rd: dict[tuple[int, int], _Readings] = {}   # the readings of each paragraph, once
    usable.sort(key=lambda m: m.start)
    usable = _without_bracketed_names(usable, text)
    mi = 0
    for si, (na, nb) in enumerate(_with_lists(sentence_spans(norm_all), norm_all, lex)):
        if by_line:
            para = _paragraph(norm_all, na, nb)
            if para not in para_rd:
                para_rd[para] = rd_art if lex.isis_name_re.search(norm_all, *para) else \
                    dataclasses.replace(rd_art, labels_isis=False)
            rd = para_rd[para]
        a, b = nart.original_span(na, nb)
        # mentions and sentences are both in text order: one sweep
        while mi < len(usable) and usable[mi].start < a:
            mi += 1
        mj = mi
        while mj < len(usable) and usable[mj].start < b:
            mj += 1
        sent_ms = usable[mi:mj]
        sent_first = mi
        mi = mj
        norm = norm_all[na:nb]
        if lex.unidentified_re.search(norm):
            unidentified.add(si)   # "ولم تُعرف هوية الطائرة التي نفذت الغارة"
        if not lex.trigger_re.search(norm) and _downing(norm, lex) is None and not lex.restore_re.search(norm):
            if a >= max(title_start, 0) and lex.day_word_re.search(norm) and not _PLUPERFECT_RE.match(norm) \
                    and "حصيله" not in norm and _rise(norm, lex) is None:
                # "وبدأت روسيا حملتها الجوية أمس الأربعاء": the day the next sentence's strikes are on
                # (not "وفي حصيلة جديدة صباح اليوم، أعلن المرصد ارتفاع عدد القتلى": when a toll was told)
                for d in find_dates(text[a:b], pub):
                    if d.precision <= 2 and d.kind not in ("year", "part_of_year") and (
                            pub is None or 0 <= (pub - d.end).days <= BACKGROUND_DAYS):
                        last_dated = (si, _DateInfo(d.start, d.end, d.precision))
                        if lead is None and len(title_idx) == len(events):
                            lead = last_dated[1]   # "ستيب نيوز - حصاد اليوم": the bulletin's day
                        break
            if sent_ms and events and si - prev_sent <= 2:
                _tolls_for_places(events, norm, sent_ms, lex, nart, na)
            if events:
                _toll_rises(events, norm, lex, [m.place_id for m in sent_ms if m.place_id], title_idx)
            cur = [g for g in prev_group if not events[g].background]
            if not sent_ms and cur and si - prev_sent == 1 \
                    and _one_site([events[g] for g in cur]) \
                    and all((events[g].killed, events[g].injured) == (None, None) for g in cur) \
                    and not any(g in toll_unknown for g in cur) \
                    and not (_PLUPERFECT_RE.match(norm) or lex.background_re.search(norm) or _SINCE_RE.search(norm)
                             or _rise(norm, lex) is not None):
                # "الثوار سيطروا على مطار الجراح … وقال قائد ميداني إن … مقتل نحو 40 عنصراً من قوات
                # النظام، فيما قُتل ثمانية من الثوار": the toll of the act just told
                killed, injured = _casualties(norm, lex)
                if (killed, injured) != (None, None):
                    g0 = min(cur, key=lambda g: events[g].uncertainty_km)   # (the site, not its town)
                    events[g0] = _replace(events[g0], killed=killed, injured=injured)
            continue
        if lex.opinion_re.match(norm):
            continue   # "ويرى مراقبون أن أهمية يبرود تكمن …": analysts' views, not reports of acts
        sent = text[a:b]
        dates = None   # parsed when a clause of the sentence yields an event
        for ca, cb in _split_clauses(norm, lex):
            cnorm = norm[ca:cb]
            trig = None
            found_types = set()
            assault = False   # an assault ("هاجم", "هجوم", "كمين") told before in the clause
            down = _downing(cnorm, lex)
            for tm in lex.trigger_re.finditer(cnorm):
                if down is not None and down.start() <= tm.start() < down.end():
                    continue   # "أسقطت … طائرة حربية": the aircraft downed, not an air strike
                etype = lex.type_of.get(tm.group(1))
                if etype is None:
                    continue
                if tm.group(1).endswith("ا") and cnorm[tm.start(1) - 2:tm.start(1)] == "ال":
                    continue   # "والدهما" (their father): no article before an indefinite "دهماً"
                if lex.type_of.get(tm.group(1)) != "explosion" and lex.unexploded_re.search(cnorm[tm.end():tm.end() + 35]) \
                        and lex.removal_re.search(cnorm, 0, tm.start()):
                    continue   # "أزالت الفرق 34 قنبلة عنقودية وقذيفة غير منفجرة": removed, never went off
                if _AFTER_ACT_RE.search(cnorm, max(0, tm.start() - 24), tm.start()):
                    continue   # "وبعد ساعات من التفجير، قصفت …": the act told before, not this one
                if tm.group(1).startswith(("براميل", "برميل")) and tm.group(1).endswith(("علي", "فوق")) \
                        and not (lex.aircraft_re.search(cnorm) or _DROP_RE.search(cnorm, 0, tm.start())):
                    continue   # "بتوزيع براميل على العائلات": barrels handed out, none dropped
                if tm.group(1).startswith("تمهيد") and _words_before(cnorm, tm.start(), 1) in (["بعد"], ["عقب"], ["اثر"], ["وبعد"], ["اعقاب"]):
                    continue   # "اقتحمت … بلدة مديرا بعد تمهيد ناري مكثف": the storming's preparation
                nxt_w = cnorm[tm.end():tm.end() + 24].split()[:3]
                if nxt_w and (nxt_w[0].strip(".,،") in lex.habitual_after
                              or " ".join(w.strip(".,،") for w in nxt_w[:2]) in lex.habitual_after
                              or " ".join(w.strip(".,،") for w in nxt_w[:3]) in lex.habitual_after):
                    continue   # "في وجه الاعتداءات المتكررة": a habit, not one act
                if lex.aircraft_re.match(cnorm, tm.start()) and lex.non_act_after.intersection(
                        w.strip(".,،") for w in cnorm[tm.end():tm.end() + 24].split()[:2]):
                    continue   # "الطيران الروسي يدخل معركة درعا": an aircraft flying in, no strike yet
                if ("صار" in tm.group(1) or "صوار" in tm.group(1) or "قذ" in tm.group(1)) and lex.interceptor_after.intersection(
                        w.strip(".,،") for w in cnorm[tm.end():tm.end() + 24].split()[:1]):
                    continue   # "صواريخ الدفاعات الجوية وهي تعترض الأهداف": interceptors, no strike
                if tm.group(1).startswith(("مدفع", "المدفع")) and _GUN_POSITION_RE.search(cnorm, max(0, tm.start() - 12), tm.end()):
                    continue   # "وموقع مدفعية": an artillery position struck, no shelling
                if lex.non_act_re.search(cnorm, max(0, tm.start() - 30), tm.start()):
                    continue   # "تهريب السيارات المفخخة": a thing smuggled, not an explosion
                if lex.concurrent_re.search(cnorm, max(0, tm.start() - 24), tm.start()) and \
                        cnorm[tm.start(1) - 2:tm.start(1)] == "ال":
                    continue   # "وبالتزامن مع القصف، حاول مرتزقة التسلل": the shelling already told
                if lex.intent_re.search(cnorm, max(0, tm.start() - 30), tm.start()):
                    continue   # "وسط أنباء عن استعدادهم لاقتحامه خلال أيام": an act to come
                if _WITHOUT_RE.search(cnorm, max(0, tm.start() - 30), tm.start()):
                    continue   # "توغلت القوات … من دون أن تسجل اشتباكات": no clash
                if _USED_TO_RE.search(cnorm, max(0, tm.start() - 30), tm.start()):
                    continue   # "المروحيات التي كانت تلقي البراميل على رؤوس المدنيين": a habit of the past
                if etype == "shelling" and assault and lex.instrument_re.search(cnorm, max(0, tm.start() - 40), tm.end()):
                    continue   # "هاجم مسلحون حاجزاً … بالأسلحة الخفيفة والقذائف": the attack's weapons
                assault = assault or etype == "attack" and any(x in tm.group(1) for x in lex.assault_stems)
                found_types.add(etype)
                if etype in ("airstrike", "shelling") and (lex.support_re.search(cnorm, max(0, tm.start() - 16), tm.start())
                                                           or lex.backer_rel_re.search(cnorm, max(0, tm.start() - 70), tm.start())):
                    continue   # "تقدمت قسد … وسط قصف جوي من التحالف": support, not the act itself
                rank = lex.priority.index(etype)
                if trig is None or rank < trig[0]:
                    trig = (rank, etype, tm.start())
            if down is not None:
                trig = (-1, "other", down.start())   # a manned aircraft shot down: an act of its own
            by_capture = trig is None and (rm_ := lex.restore_re.search(cnorm)) is not None
            if by_capture:
                # "أعادت وحدات من جيشنا أمس الأمن والاستقرار إلى مدينة السفيرة": a recapture, told
                # with no word of fighting
                trig = (lex.priority.index("clash"), "clash", rm_.start())
            if trig is None:
                continue
            _, etype, tpos = trig
            if "clash" in found_types and etype in ("raid", "attack") and _CLASH_BETWEEN_RE.search(cnorm):
                etype = "clash"   # "دارت اشتباكات بين الجيش الحر وقوات الأسد التي حاولت اقتحام الحي"
            similar = last_act is not None and si - last_act[0] <= 2 and _SIMILAR_RE.match(cnorm, tpos) \
                and _strip_clitic(cnorm[tpos:tpos + 12].split()[0]) in lex.generic_acts
            if similar:
                etype = last_act[1]   # "قُتل مزارعان بهجوم مماثل": the same kind of act as the one just told
            w0 = max(0, tpos - 40)
            irr = _irrealis(cnorm[w0:tpos + 10], lex)
            if irr is not None and _ceasefire_broken(cnorm, irr, w0) and w0 + irr.end() + 6 <= tpos:
                irr = None   # "خرقت … وقف إطلاق النار، واستهدفت بقذائف الهاون": the ceasefire is no act,
                # the shells after it are one
            if irr is not None and _FOILED_RE.search(irr.group(0)) and (
                    lex.drone_re.search(cnorm) or etype == "clash" and _casualties(cnorm, lex) != (None, None)):
                irr = None   # "أحبطت الدفاعات الجوية محاولة استهداف القاعدة بطائرتين مسيّرتين": drones
                # intercepted are the launchers' strike (with no casualties), not a plot foiled;
                # "أحبطت … محاولة تسلل مجموعة إرهابية … وقتلت ستة من أفرادها": an attack met by fire,
                # with its dead or wounded (not "أحبطت محاولة تسلل مهربين": no fight told)
            if irr is not None or _DENIAL_RE.search(cnorm, max(0, tpos - 110), tpos) \
                    or _DENIED_AFTER_RE.search(norm, ca + tpos) or _UNTRUE_RE.search(cnorm, tpos) and _REPORT_OF_RE.search(cnorm, 0, tpos):
                continue   # "نفى متحدث … أي علاقة لطائرات التحالف بغارات الثلاثاء": a denial, no act
            if lex.opener_re.match(cnorm) and not lex.quote_intro_re.match(cnorm) \
                    and not _AS_RE.search(cnorm, 0, tpos) and not _new_act_when(cnorm, tpos):
                # ("ويأتي الهجوم بعد أيام …، إذ داهمت قوة …", "وجاءت أحدث حلقات هذه الحرب مساء
                # الاثنين، عندما استهدفت طائرة …": a new act)
                continue   # "ويأتي القصف في إطار حملة …": the strikes already told
            o_start = nart.original_index(na + ca)
            o_end = nart.original_index(na + cb) if cb < len(norm) else b
            clause_ms = [m for m in sent_ms if o_start <= m.start < o_end]
            if not clause_ms:
                # no place here, but "يواصل جيش الاحتلال التركي اعتداءاته؛ ففي … استهدفوا قرى …"
                # names the agent of what follows
                pl_hits = _actor_hits(_QUOTES_RE.sub("", cnorm), lex, rd)
                named, _ = _choose_actor(pl_hits, etype, tpos, lex, cnorm)
                if named is not None and not any(h.actor == named and h.agent > 0 for h in pl_hits) \
                        and _OBJECT_VERB_RE.search(cnorm):
                    named = None   # "عملية أمنية … تستهدف خلايا تابعة لتنظيم الدولة": its object
                if named is not None:
                    if prev_sent != si and named != prev_actor:
                        prev_group = []   # a toll that follows is this report's, not an earlier event's
                    prev_actor, prev_sent, prev_type, prev_target = named, si, "other", None
                    if named != "unknown" and not (lex.background_re.search(cnorm) or _PLUPERFECT_RE.match(cnorm)):
                        votes[named] = votes.get(named, 0) + 1
                        if lead is None:
                            # "شنت الطائرات التركية، مساء أمس السبت، غارات على منشآت…": the day of
                            # the strikes the next sentences place
                            if dates is None:
                                dates = _sentence_dates(sent, pub, a, dls)
                            o_s, o_e = nart.original_index(na + ca), (nart.original_index(na + cb) if cb < len(norm) else b)
                            d = _pick_date([d for d in dates if o_s <= a + d.span[0] < o_e], 0)
                            if d is not None and d.precision <= 2 and d.kind not in ("year", "part_of_year") and (
                                    pub is None or 0 <= (pub - d.end).days <= BACKGROUND_DAYS):
                                lead = _DateInfo(d.start, d.end, d.precision)
                                last_dated = (si, lead)
            places = _event_places(clause_ms, text, cnorm, lex, o_start,
                                   lambda i, _o=na + ca: nart.original_index(_o + i)) if clause_ms else []
            if not places and _ANAPHOR_RE.search(cnorm) is not None:   # (else _antecedent finds none)
                # "ألقى الطيران المروحي 30 برميلاً على أحياء المدينة": the town just named
                # (not the town a reporter speaks from: "وقال مراسلنا في درعا إن القصف طال أحياء البلدة")
                ante = _antecedent(cnorm, _not_reporting(usable[:sent_first] + [x for x in sent_ms if x.end <= o_start],
                                                         text, lex), o_start,
                                   {e.place_id for e in events if not e.background}, _not_reporting(clause_ms, text, lex),
                                   lambda i, _o=na + ca: nart.original_index(_o + i), place_of)
                if ante is not None:
                    places = [ante]
            if not places:
                # "وأدت الغارات إلى مقتل 6 عناصر": the toll of the event just reported
                if prev_group and si - prev_sent <= 1 and _same_kind(etype, events[prev_group[0]].event_type) \
                        and len({events[g].place_id for g in prev_group}) > 1 \
                        and _casualties(cnorm, lex) == (0, 0) \
                        and not (_PLUPERFECT_RE.match(norm) or lex.background_re.search(norm)):
                    # "ولم تسجل أي إصابات بشرية" after strikes on two sites: none at either
                    for g in prev_group:
                        if (events[g].killed, events[g].injured) == (None, None):
                            events[g] = _replace(events[g], killed=0, injured=0)
                    continue
                if prev_group and (si - prev_sent <= 1 or si - prev_sent == 2 and _definite_trigger(cnorm, tpos, lex) is not None) \
                        and _same_kind(etype, events[prev_group[0]].event_type) \
                        and _one_site([events[g] for g in prev_group]) \
                        and not (_PLUPERFECT_RE.match(norm) or lex.background_re.search(norm)) \
                        and not _SEPARATE_RE.search(norm) and not _another_agent(cnorm, events[prev_group[0]].actor, lex, rd):
                    # (not "وفي سياق منفصل، … نفذت القوات الروسية طلعات … ما أسفر عن القضاء على 100 مسلح":
                    # another act of another agent)
                    g0 = min(prev_group, key=lambda g: events[g].uncertainty_km)   # (the site, not its town)
                    first = events[g0]
                    if dates is None:
                        dates = _sentence_dates(sent, pub, a, dls)
                    if any(d.precision <= 2 and d.kind not in ("year", "part_of_year") and first.date_start
                           and d.end.isoformat() < first.date_start for d in dates):
                        continue   # "وفي اليوم السابق … ما أدى إلى استشهاد 11": an earlier day's toll
                    killed, injured = _casualties(cnorm, lex)
                    if g0 in toll_unknown or _AGGREGATE_RE.search(cnorm) or _SINCE_START_RE.search(norm):
                        continue   # "دون ورود معلومات عن خسائر"; "أسفرت في مجملها عن مقتل 120": not its toll
                    if first.killed is None and killed is not None or first.injured is None and injured is not None:
                        events[g0] = _replace(first, killed=first.killed if first.killed is not None else killed,
                                              injured=first.injured if first.injured is not None else injured)
                continue
            if dates is None:
                dates = _sentence_dates(sent, pub, a, dls)
            # quotes split names ("تنظيم \"الدولة\"", «قسد»): match actors without them
            qn = _QUOTES_RE.sub("", cnorm)   # the clause without quotation marks: actor offsets index it
            hits = _actor_hits(qn, lex, rd)
            if prev_actor not in (None, "unknown") and ("نفس" in qn or "ذات" in qn):
                for h in hits:
                    if _SAME_ONE_RE.match(qn, h.end):
                        h.actor = prev_actor   # "هاجمت مجموعة من التنظيم نفسه": the group just named
            agent, target_actor = _choose_actor(hits, etype, tpos, lex, cnorm)
            if agent is None and any(_is_guess(_WORD.findall(cnorm[max(0, h.start - 80):h.start])[-6:], lex)
                                     for h in _guessed_hits(cnorm, lex)):
                unidentified.add(si)   # "بغارات يرجح أنها إسرائيلية": a guess leaves it unattributed
            if down is not None and trig[0] == -1:
                # who shot the aircraft down is named before it; its owner, after it, is the target
                cut = down.start(1)
                pw = _words_before(cnorm, cut, 1)
                if pw and cnorm[:cut].rstrip().endswith(pw[0]) and lex.aircraft_re.search(pw[0]):
                    cut = cnorm.rfind(pw[0], 0, cut)   # "أسقطت الفصائل طائرة ميغ": the noun before the type
                before = cnorm[:cut]
                agent, _ = _choose_actor(_actor_hits(_QUOTES_RE.sub("", before), lex, rd), etype, tpos, lex, before)
                owner = [h.actor for h in _actor_hits(cnorm[down.start(1):down.end() + 30], lex, rd)]
                target_actor = owner[0] if owner and owner[0] != agent else None
            if agent is None and ca > 0 and lex.response_re.match(cnorm.lstrip("، ,")):
                continue   # "… ردا على هجوم كيميائي في دوما": an act answered, no one named: told before
            if _either_or(hits, qn, lex):
                agent = "unknown"   # "طائرات لم يعرف إن كانت سورية أم روسية": not attributed
                target_actor = None   # (nor is the other one struck)
                unidentified.add(si)   # (nor by the article's other strikes)
            allies: list[str] = []
            co_agents = _co_agents(hits, agent, qn, lex, allies)
            if etype == "clash" and (_CLASH_BETWEEN_RE.search(cnorm) or not by_capture):
                # "اشتباكات بين X وY", "اشتبكت قوات النظام وفصائل المعارضة": Y is the other side, not
                # a second agent (but "سيطرت القوات التركية والجيش الوطني على …": both took it)
                co_agents = []
            if target_actor is not None and (target_actor in co_agents or target_actor in allies):
                target_actor = None   # a partner in the act is not what it struck
            if agent is None and ca > 0:
                # "يواصل جيش الاحتلال التركي اعتداءاته؛ ففي … استهدفوا قرى …": the subject of an
                # earlier clause of the same sentence
                agent = _subject_before(norm[:ca], lex, rd)
            if agent is None and lex.unnamed_agent_re.search(cnorm):
                agent = "unknown"   # "في كمين نصبه مسلحون": the text says who only as "gunmen"
            implicit = agent is None
            if agent is not None and agent != "unknown" and etype != "clash":
                votes[agent] = votes.get(agent, 0) + 1   # (a clash has two sides: no one's strikes)
            if similar and agent is None:
                agent = last_act[2]
            # "أن القصف طال الرتل قرب بلدة معرة حرمة" after the air strike on the convoy: the act
            # just told, retold with its place
            # (only a strike told of a wide area is placed by what follows; "القصف المدفعي" names
            # another kind of act)
            retold = (agent is None and si - prev_sent <= 1 and prev_actor is not None and prev_type != etype
                      and prev_type in ("airstrike", "shelling") and etype in ("airstrike", "shelling", "attack", "other")
                      and prev_group and all(events[g].geo_precision == 3 for g in prev_group)
                      and _definite_generic(cnorm, tpos, lex) and not lex.artillery_re.search(cnorm))
            if retold:
                etype = prev_type
            continuing = (agent is None and si - prev_sent <= 2 and prev_actor is not None
                          # "وفي حادثة منفصلة", a landmine left from the war: no one's act just told
                          and not _SEPARATE_RE.search(norm) and not (etype == "explosion" and _REMNANT_RE.search(cnorm))
                          and (etype == prev_type or "other" in (etype, prev_type)))
            if agent is None and not continuing and last_act is not None and last_act[2] not in (None, "unknown") \
                    and si - last_act[0] <= ANAPHORIC_AGENT_SENTENCES and last_act[1] == etype \
                    and lex.anaphoric_agent_re.search(cnorm):
                agent = last_act[2]   # "حيث داهمت القوات بلدة عين الشرقية": the forces the article follows
            if agent is None and not continuing and _definite_trigger(cnorm, tpos, lex) is not None:
                # "غارات نفذتها طائرات النظام على حمورية … كما طال القصف الجوي بلدتي سقبا ومسرابا":
                # the definite noun is the kind of act just told, by whoever did it (if only one did)
                recent = {a for s_, t_, a in acts_told if t_ == etype and si - s_ <= DEFINITE_ACT_SENTENCES}
                if len(recent) == 1:
                    agent = recent.pop()
            if agent is None:
                agent = prev_actor if continuing else "unknown"
            if target_actor is None and continuing:
                target_actor = prev_target
            # (not "موقع مدفعية", "كتيبة المدفعية": an artillery position struck)
            am = lex.artillery_re.search(_GUN_POSITION_RE.sub(_blank, cnorm) if "مدفع" in cnorm else cnorm)
            artillery = am is not None
            ws = cnorm.rfind(" ", 0, am.start()) + 1 if am is not None else 0
            # "بدعم من المدفعية التركية": the artillery backs the act; it is no shelling of its own
            supporting_fire = am is not None and lex.supporter_re.search(cnorm, max(0, ws - 24), ws) is not None
            artillery = artillery and not supporting_fire
            air_words = bool(lex.air_re.search(cnorm))
            if agent in lex.stand_off and not artillery and (etype == "other" or etype == "shelling" and (
                    agent in lex.air_only or air_words) and not lex.shells_re.search(cnorm)):
                # (but "أطلق جيش الاحتلال من مواقعه في الجولان قذيفتين على محيط كودنة": shells)
                etype = "airstrike"   # Israeli/US/Russian missile strikes are stand-off strikes
            if etype == "airstrike" and agent not in lex.air and agent != "unknown" and "مسير" not in cnorm:
                etype = "attack"      # only drones fly for armed groups
            if etype == "attack" and agent in lex.air and lex.aircraft_re.search(lex.support_span_re.sub(_blank, cnorm)) \
                    and not artillery:
                etype = "airstrike"   # "هجوم بغاز السارين شنته طائرات النظام": aircraft attack from the air
            if etype == "attack" and agent in lex.air_only and not artillery and not lex.direct_fire_re.search(cnorm) \
                    and not _GROUND_RE.search(cnorm):
                etype = "airstrike"   # "أعلن الجيش الإسرائيلي أنه هاجم أهدافاً عسكرية": Israel's and the
                # coalition's attacks in Syria are strikes from the air (their ground raids are raids)
            if etype == "other" and (air_words or lex.drone_re.search(cnorm)):
                etype = "airstrike"   # "استهدف الطيران المسير …": whoever flies it
            if etype == "shelling" and lex.direct_fire_re.search(cnorm) and not artillery:
                etype = "attack"      # "بقذيفة آر بي جي": a direct-fire weapon, not shelling
                # (but "بقذائف الهاون والرشاشات الثقيلة": mortars too)
            if etype == "shelling" and not artillery and lex.aircraft_re.search(cnorm):
                etype = "airstrike"   # "قصفت الطائرات محطة السويدية": aircraft bomb
            if etype == "other" and (artillery or lex.heavy_fire_re.search(cnorm)):
                etype = "shelling"   # "استهدفت وحدات الجيش تجمعاتهم بالأسلحة المناسبة": fire from afar
            if etype == "other" and agent in ("isis", "opposition", "sdf", "iran_backed", "unknown"):
                etype = "attack"   # an armed group "targeting" a convoy or a post attacks it
            if etype == "raid" and agent in ("isis", "opposition", "unknown") and not any(
                    w in cnorm for w in lex.arrest):
                etype = "attack"   # an armed group storming a village attacks it
            if etype == "airstrike":
                tw = _WORD.findall(cnorm[tpos:tpos + 40])[:2]
                if len(tw) == 2 and "ضرب" in tw[0] and (tw[1].startswith("مدفعي") or tw[1].startswith("صاروخي") and (
                        agent not in lex.stand_off and not lex.aircraft_re.search(cnorm))):
                    etype = "shelling"   # "بضربات مدفعية وصاروخية" of ground forces: shelling
                elif tw and "ضرب" in tw[0] and "جوي" not in cnorm and "برميل" not in cnorm and "براميل" not in cnorm \
                        and agent not in lex.stand_off and agent != "unknown" and not lex.aircraft_re.search(cnorm):
                    etype = "shelling"   # "ردّت وحدات من الجيش … بضربات مركزة": no aircraft, ground fire
            if etype == "attack" and lex.repelled_re.search(cnorm) and not _KILLED_CIVILIANS_RE.search(cnorm):
                etype = "clash"   # "صدّ مقاتلوها هجوماً لفصائل موالية لتركيا": an attack met by fighting
                # (but "هاجموا القرى وقتلوا عدداً من السكان قبل أن يتصدى لهم الأهالي": on civilians)
            if etype in ("attack", "other") and _captures_ground(cnorm, clause_ms, lambda i, _o=na + ca: nart.original_index(_o + i), lex):
                etype = "clash"   # "هجوماً … تمكن خلاله من السيطرة على بلدات": a battle for ground
            if down is not None and trig[0] == -1:
                etype = "other"    # a shoot-down stays one, whoever shot and with whatever weapon
            etypes = [etype]
            if etype in ("airstrike", "clash") and "shelling" in found_types and artillery and not supporting_fire:
                etypes.append("shelling")   # "بقصف مدفعي وضربات بطائرات مسيرة": two kinds of strike
            killed, injured = _casualties(cnorm, lex)
            if retold and (killed, injured) == (None, None) and len(prev_group) == 1 \
                    and events[prev_group[0]].geo_precision == 3 and len(places) == 1:
                # the strike told of a wide area with its toll, now placed: the toll is this one's
                killed, injured = events[prev_group[0]].killed, events[prev_group[0]].injured
            risen = _rise(cnorm, lex)
            if risen is not None:   # "ارتفعت حصيلة الشهداء جراء الغارة على مورك إلى ثلاثة"
                killed, injured = (risen[1], injured) if risen[0] == "killed" else (killed, risen[1])
            split = _tolls_by_place(cnorm, places, text, lex) if len(places) > 1 else {}
            if len(places) > 1 and not split and lex.joint_toll_re.search(cnorm):
                killed, injured = None, None   # "مقتل 13 مدنياً في البلدتين": one toll for both, none each
            # clause dates, else sentence dates, else the lead date
            cdates = [d for d in dates if o_start <= a + d.span[0] < o_end]
            tpos_sent = nart.original_index(na + ca + tpos) - a
            d = _pick_date(cdates, tpos_sent) or _pick_date(dates, tpos_sent)
            rel = _REL_PLUPERFECT_RE.search(normalize_char_string(sent[max(tpos_sent, d.span[0] - 80):d.span[0]])) \
                if d is not None and d.span[0] > tpos_sent else None
            if rel is not None and not lex.relative_agent_verbs.intersection(rel.group(0).split()):
                # (but "الهجوم الذي كانت مروحيات إسرائيلية قد شنته في 18 كانون الثاني": an act's day)
                # "أن الاقتحام جاء … من جهة مسرابا التي كان الجيش قد دخلها قبل ثلاثة أيام": the day of
                # an aside's past act, after the trigger, dates neither this act nor the next
                d = _pick_date([x for x in dates if x is not d and x.span[0] < d.span[0]], tpos_sent)
            shifted = _offset_date(cnorm, [x for x in dates if a + x.span[1] <= o_start], events)
            if shifted is not None:
                d = shifted   # "… في 7 نيسان 2017، ردا على هجوم … قبلها بثلاثة أيام": 4 April
            bgm = lex.background_re.search(cnorm)
            if bgm is not None and bgm.start() > tpos and _ASIDE_PLUPERFECT_RE.search(cnorm, max(0, bgm.start() - 4), bgm.end() + 1):
                bgm = None   # "استهداف … قافلة مدنية عند سد تشرين، كانت قد توجهت إلى السد": the convoy's past
            is_bg = bool(bgm) or bool(_PLUPERFECT_RE.match(cnorm)) \
                or bool(_PLUPERFECT_INNER_RE.search(cnorm))
            if d is not None:
                dinfo = _DateInfo(d.start, d.end, d.precision)
                if d.kind in ("year", "part_of_year") and (pub is None or d.end.year < pub.year):
                    is_bg = True   # "عام 2019", "مطلع 2022": history, not this report's event
                elif not is_bg and dinfo.precision <= 2:
                    last_dated = (si, dinfo)
            elif last_dated is not None and si - last_dated[0] == 1 and last_dated[1] is not lead \
                    and not _new_section(text, a, sent_ms):
                # "وبدأت روسيا حملتها أمس الأربعاء … واستهدفت الموجة الأولى مدينتي تلبيسة والرستن":
                # the day the sentence before named
                dinfo = last_dated[1]
            elif lead is not None and not _new_section(text, a, sent_ms):
                dinfo = lead
                if lead.precision == 1 and lex.night_re.search(cnorm):
                    # "وردت أنقرة خلال الليل": the night after the lead's day
                    dinfo = _DateInfo(lead.start, lead.end + dt.timedelta(days=1), 1)
            else:
                dinfo = _default_date(pub, year_hint)
            if pub is not None and dinfo.end is not None and dinfo.start <= pub < dinfo.end:
                # "مطلع الشهر الجاري" in a report of the 7th: what it reports happened by then
                dinfo = _DateInfo(dinfo.start, pub, dinfo.precision)
            if pub is not None and dinfo.end is not None and (pub - dinfo.end).days > BACKGROUND_DAYS \
                    and not _chronicle_entry(sent, dates):
                is_bg = True   # (not an entry of a dated chronicle: "الأحد 13 شباط/ 2022: قصفت …")
            if (dinfo.start is not None and (dinfo.end - dinfo.start).days > 3
                    and (_SINCE_RE.search(cnorm) or d is not None and lex.tally_re.search(cnorm))) \
                    or (_SINCE_RE.search(cnorm) and lex.tally_re.search(cnorm)) \
                    or (_SINCE_START_RE.search(cnorm) and killed is not None and killed >= 10 and _TALLY_TOLL_RE.search(cnorm)) \
                    or (_AGGREGATE_RE.search(cnorm) and (killed, injured) != (None, None)) \
                    or (lex.dispersed_re.search(cnorm) and (killed, injured) != (None, None)) \
                    or ((lex.tally_re.search(cnorm) or killed is not None and killed >= 10) and _over_a_span(cnorm, d, lex)):
                # ("ووثقت مجموعات حقوقية سقوط أكثر من 1600 شهيد في حلب … خلال سبعة أسابيع")
                continue   # "منذ مطلع الشهر", "وثّق … مقتل 29 شخصاً … خلال كانون الثاني": a tally, no event
            if not is_bg and lead is None and d is not None and dinfo.start is not None and dinfo.precision <= 2:
                lead = dinfo
            obj = None
            om = lex.object_re.search(cnorm) if trig[0] != -1 else None   # a shoot-down's object: the aircraft
            if om:
                obj = lex.object_of.get(om.group(1))
            target = f"{target_actor}_{obj}" if target_actor and obj else (target_actor or obj)
            quote = sent if len(sent) <= QUOTE_MAX else sent[:QUOTE_MAX - 1] + "…"
            group = []
            own = _dates_by_place(places, cdates, a, dinfo, text, lex) if len(places) > 1 and len(cdates) > 1 else {}
            inc = _INCIDENTS_RE.search(cnorm)
            # "وسجل المركز 7 عمليات قصف أخرى في محافظتي إدلب واللاذقية": the places of a count
            # of incidents are a statistic's, not events (nor background)
            inc_from = nart.original_index(na + ca + inc.start()) if inc else None
            pairs = [(t, g) for t in etypes for g in [agent] + co_agents]
            if etypes[0] in ("clash", "attack"):
                # "سيطرت الفصائل على دابق بعد معارك عنيفة، بدعم من المدفعية التركية التي قصفت
                # مواقع التنظيم": the backing fire is the backer's own shelling or air strikes at the
                # same places (a capture told with no word of fighting has no clash to back: see
                # restore_re)
                pairs += [p for p in _support_fire(hits, qn, lex) if p[1] not in [agent] + co_agents]
            # "وفي محافظة إدلب تواصل الطائرات الروسية والسورية غاراتها", "كل غارة على الرقة هي غارة
            # على المدنيين": a city or a province named with no day, no toll and no object struck of
            # its own is the scene of a campaign or an argument, not the place of an event
            # (the first act an article tells is its news, dated or not)
            undated_wide = d is None and (killed, injured) == (None, None) and not is_bg and obj is None \
                and any(not e.background for e in events)
            for m, etype, ag in ((m, t, g) for m in places for t, g in pairs):
                if undated_wide and m.kind in _WIDE_KINDS \
                        and not _CITY_WORD_RE.search(normalize_char_string(text[max(0, m.start - 16):m.start])):
                    continue   # (but "غارات على مدينة أريحا": the city itself was struck)
                pd = own.get(id(m))
                if pd is not None:
                    # "في بلدة أطمة في 3 فبراير، وقرب جنديرس في 12 يوليو": each place its own day
                    p_info = _DateInfo(pd.start, pd.end, pd.precision)
                    p_bg = is_bg or (pub is not None and (pub - pd.end).days > BACKGROUND_DAYS)
                else:
                    p_info, p_bg = dinfo, is_bg
                if inc_from is not None and m.start >= inc_from:
                    continue
                ds = p_info.start.isoformat() if p_info.start else None
                de = p_info.end.isoformat() if p_info.end else None
                name_ar, name_en = _place_names(m)
                ev = Event(
                    event_id=_event_id(article.id, si, ag, etype, m.place_id, m.lat, m.lon, ds),
                    article_id=article.id, sources=(article.id,), event_type=etype, actor=ag,
                    target=target, date_start=ds, date_end=de,
                    time_precision=p_info.precision if ds else 3,
                    place_id=m.place_id, place_name_ar=name_ar, place_name_en=name_en,
                    admin1=m.admin1, geo_precision=m.geo_precision,
                    uncertainty_km=m.uncertainty_km,
                    # one toll is counted once: on the first place (unless split by place), the
                    # first kind of strike ("قصف مدفعي وضربات بمسيرات … مقتل 16") and the agent
                    # ("لم تسفر عن إصابات" after strikes on several places: none at any)
                    killed=None if etype != etypes[0] or ag != agent else split[id(m)][0] if split else
                    killed if len(places) == 1 or m is places[0] or (killed, injured) == (0, 0) else None,
                    injured=None if etype != etypes[0] or ag != agent else split[id(m)][1] if split else
                    injured if len(places) == 1 or m is places[0] or (killed, injured) == (0, 0) else None,
                    quote=quote, background=p_bg, lat=m.lat, lon=m.lon, place_kind=m.kind,
                    urls=(article.url,) if article.url else ())
                if implicit and ag == "unknown" and etype in ("airstrike", "shelling") and not p_bg:
                    implicit_idx.append(len(events))
                if implicit:
                    implicit_sent[len(events)] = si
                if si in unidentified:
                    unattributed.add(len(events))
                if b <= title_end:
                    title_idx.add(len(events))
                group.append(len(events))
                events.append(ev)
            prev_actor, prev_target, prev_sent, prev_group = agent, target_actor, si, group
            if lex.no_reports_re.search(cnorm):
                toll_unknown.update(group)
            prev_type = etypes[0]
            if not is_bg:
                last_act = (si, etypes[0], agent)   # the last act told, for "بهجوم مماثل"
                if agent != "unknown":
                    acts_told.append((si, etypes[0], agent))
    # "و«داعش» يتبنى", "أعلن تنظيم الدولة مسؤوليته عن التفجيرات": a claim attributes the
    # article's unattributed bombings and attacks
    # "ولم تُعرف هوية الطائرة التي نفذت الغارة": the text does not know who struck the implicit
    # events of that sentence or the one before
    said_unknown = {k for k, k_si in implicit_sent.items() if k_si in unidentified or k_si + 1 in unidentified}
    for k in said_unknown:
        events[k] = _replace(events[k], actor="unknown")
    unattributed |= said_unknown
    rd = rd_art
    claimed = _claimed_by(norm_all, lex, rd)
    if claimed is not None:
        for k, e in enumerate(events):
            if e.actor == "unknown" and e.event_type in ("explosion", "attack") and not e.background:
                q = normalize_char_string(e.quote)
                at = text.find(e.quote.rstrip("…")[:60]) if e.quote else -1
                after = normalize_char_string(text[at + len(e.quote):at + len(e.quote) + 120]) if at >= 0 else ""
                if _REMNANT_RE.search(q) or _SEPARATE_RE.search(q) or _NO_CLAIM_RE.search(q) or _NO_CLAIM_RE.search(after):
                    continue   # a landmine left from the war, "في حادثة منفصلة", "ولم تتبن أي جهة
                    # المسؤولية عن الحادث": not the claimed act
                events[k] = _replace(e, actor=claimed)
    # "واستهدفت الموجة الأولى من الغارات مدينتي تلبيسة والرستن": an unattributed strike in an
    # article that attributes the strikes it reports to one actor is that actor's
    for k in implicit_idx:
        if k in said_unknown:
            continue
        top = _article_actor(votes, events[k].event_type, lex)
        if top is not None:
            events[k] = _replace(events[k], actor=top)
            q = normalize_char_string(events[k].quote)
            if events[k].event_type == "shelling" and top in lex.stand_off and lex.air_re.search(q) \
                    and not lex.artillery_re.search(q) and "قذ" not in q \
                    and any(e.actor == top and e.event_type == "airstrike" and not e.background for e in events[:k]) \
                    and not _SURFACE_MISSILE_RE.search(norm_all):
                # "سقوط شظايا أحد الصواريخ على منزل في بلدة سعسع" after "طائرات الكيان الصهيوني
                # أطلقت صواريخها": the air strike's missiles (not "صواريخ بالستية" of a report
                # without air strikes)
                events[k] = _replace(events[k], event_type="airstrike")
    events = _headline_told_again(events, title_idx, unattributed)
    events = [_assault_is_clash(e) for e in events]
    events = _context_is_background(events)
    if not include_background:
        events = [e for e in events if not e.background]
    # the headline, the lead and the body often report the same strike: one event
    from geo_tracker.dedup import dedup

    return dedup(_absorb_unspecific(events))


_YEAR_RE = re.compile(r"(?<![0-9\u0660-\u0669])[12][0-9]{3}(?![0-9])|[\u0661\u0662][\u0660-\u0669]{3}")


_SURFACE_MISSILE_RE = re.compile(r"بالستي|باليستي|ارض\s*-?\s*ارض|سطح\s*-?\s*سطح")   # missiles not flown
_SNIPE_RE = re.compile("قنص|قناص")
_ASSAULT_RE = re.compile("هاجم|هجوم|هجمات|هجمة|اقتحام|اقتحم")
_ARMED = ("syrian_gov", "russia", "iran_backed", "sdf", "turkey", "isis", "opposition", "coalition", "israel")


def _assault_is_clash(e: Event) -> Event:
    """Rebels' assault on an armed side's checkpoint, post or airbase ("هاجمت فصائل المعارضة
    حاجزاً لقوات النظام", "هاجم مسلحو المعارضة مطار منغ العسكري") is a battle between armed
    sides: a clash (ACLED's armed clash), not an attack on people."""
    if e.event_type != "attack" or e.actor != "opposition" or not e.target:
        return e   # (the cheap tests first: most events are no rebels' attack)
    q = normalize_char_string(e.quote)
    if _SNIPE_RE.search(q) or not _ASSAULT_RE.search(q):
        return e   # (a sniper's shot is an attack on one man; "استهدفت نقطة" may be a missile's)
    # (an armed side, its positions or headquarters, or an airbase; not "syrian_gov_civilians")
    armed = e.target in _ARMED or e.target.endswith(("_positions", "_headquarters")) or e.target == "positions" \
        or e.place_kind in ("base", "airport") and e.target.endswith("infrastructure")
    return _replace(e, event_type="clash") if armed else e


_FIRE_TYPES = ("shelling", "airstrike", "other")   # ("التي قصفت", "التي استهدفت")


def _support_fire(hits: list[_ActorHit], qn: str, lex: _Lex) -> list[tuple[str, str]]:
    """(type, actor) of the fire backing a ground act, when the text says it fired: "بدعم من
    المدفعية التركية التي قصفت مواقع التنظيم" (shelling), "بإسناد من طيران التحالف الذي شن
    غارات" (air strikes). Backing alone ("بدعم من المدفعية التركية، سيطر …", "بدعم من التحالف
    الدولي") tells no strike of its own."""
    out: list[tuple[str, str]] = []
    for h in hits:
        if not h.supporter or h.actor == "unknown":
            continue
        sup = lex.supporter_re.search(qn, max(0, h.start - 24), h.start)
        if sup is None:
            continue   # (a patron: "الفصائل الموالية لتركيا")
        nxt = _WORD.findall(qn[h.end:h.end + 60])[:4]
        fired = bool(nxt) and nxt[0] in lex.relatives and any(
            lex.type_of.get(_strip_clitic(w)) in _FIRE_TYPES or lex.type_of.get(w) in _FIRE_TYPES for w in nxt[1:])
        if not fired:
            continue   # "بدعم من المدفعية التركية، سيطر على قرى …": the text tells no fire of its own
        win = qn[sup.start():h.end]
        etype = "airstrike" if lex.support_air_re.search(win) else "shelling" if lex.support_guns_re.search(win) else None
        if etype is not None and (etype, h.actor) not in out:
            out.append((etype, h.actor))
    return out


from geo_tracker.geoparse import NOT_BRACKET_RE as _NOT_BRACKET_RE  # noqa: E402
_BRACKET_OPEN_RE = re.compile(r"\s*\(\s*")
_BRACKET_GAP_RE = re.compile(r"\s*[(\[]\s*$")


def _without_bracketed_names(mentions: list[Mention], text: str) -> list[Mention]:
    """"ريف المالكية (ديريك)", "عين العرب (كوباني)": the other name of the place just named, in
    brackets, is that place again, not a second one."""
    out: list[Mention] = []
    label_end = -1   # the end of a bracketed label that repeats the name before it
    # "قرية النيرب الواقعة غربها (غير مطار النيرب العسكري في حلب)": the place it is not
    nots = [(x.start(), x.end()) for x in _NOT_BRACKET_RE.finditer(text)] if "(" in text else []
    for m in mentions:
        if m.start < label_end or any(a <= m.start < b for a, b in nots):
            continue   # "بلدة صوران (صوران اعزاز)": the label tells which صوران, its أعزاز is no place
        if out and m.place_id is not None and m.place_id == out[-1].place_id \
                and _BRACKET_GAP_RE.fullmatch(text, out[-1].end, m.start):
            continue
        out.append(m)
        br = _BRACKET_OPEN_RE.match(text, m.end)
        if br is not None and text.startswith(m.surface, br.end()):
            close = text.find(")", br.end(), br.end() + 60)
            label_end = close if close > 0 else label_end
    return out


def _title_span(text: str) -> tuple[int, int]:
    """(start, end) of a headline: a short line without a full stop, followed by more text; a date
    line above it ("الأربعاء 18 شعبان 1437 هـ - 25 مايو 2016 م") is skipped. (-1, -1) if none."""
    pos = 0
    for _ in range(3):
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        k = text.find("\n", pos)
        if k < 0 or k - pos > 220 or not text[k:].strip():
            return -1, -1
        line = text[pos:k].strip()
        if len(line) < 90 and _YEAR_RE.search(line) and len(_WORD.findall(line)) <= 12:
            pos = k
            continue
        if len(_WORD.findall(line)) <= 5 and _BYLINE_RE.search(line) and not any(ch.isdigit() for ch in line):
            pos = k      # "هسبريس - أ.ف.ب", "دمشق الآن | عاجل": the outlet's byline, not a headline
            continue
        if not line or line.endswith((".", ":", "؛")):
            return -1, -1
        return pos, k
    return -1, -1


_BYLINE_RE = re.compile(r"\s[-–—|]\s|\s[-–—|]$|^[-–—|]\s")

HEADLINE_KM = 25.0


def _headline_told_again(events: list[Event], title_idx: set[int], unattributed: set[int] = frozenset()) -> list[Event]:
    """A headline's event is dropped when the body reports an event at or near its place: the
    body tells it with the actor, date and toll the headline compresses (but not the actor of an
    event the body says it cannot attribute, ``unattributed``)."""
    if not title_idx or len(title_idx) == len(events):
        return events
    events = list(events)
    body = [k for k, e in enumerate(events) if k not in title_idx and not e.background]
    drop = set()
    for k in title_idx:
        e = events[k]
        near = [j for j in body if haversine_km(e.lat, e.lon, events[j].lat, events[j].lon)
                <= max(HEADLINE_KM, e.uncertainty_km + events[j].uncertainty_km)]
        if not near:
            continue
        drop.add(k)
        for j in near:   # "9 شهداء بقذائف الإرهابيين على دمشق": the headline may name the actor
            o = events[j]
            if o.actor == "unknown" and e.actor != "unknown" and o.event_type == e.event_type and j not in unattributed:
                events[j] = _replace(o, actor=e.actor)
        same = [j for j in near if events[j].event_type == e.event_type]
        if len(same) == 1 and (e.killed, e.injured) != (None, None):
            o = events[same[0]]   # ... and the toll the body did not repeat
            events[same[0]] = _replace(o, killed=o.killed if o.killed is not None else e.killed,
                                       injured=o.injured if o.injured is not None else e.injured)
    return [e for k, e in enumerate(events) if k not in drop]


def _absorb_unspecific(events: list[Event]) -> list[Event]:
    """An event of type "other" ("استهدافه", "اعتداء") at the place and date of a typed event of
    the same article ("مقتل شاب برصاص مجهولين في أنخل") is that event told again: merge it in."""
    from geo_tracker.dedup import merge, same_event

    typed = [k for k, e in enumerate(events) if e.event_type != "other"]
    if not typed or len(typed) == len(events):
        return events
    out: list[Event | None] = list(events)
    for k, e in enumerate(events):
        if e.event_type != "other":
            continue
        for j in typed:
            t = out[j]
            if t is not None and same_event(t, _replace(e, event_type=t.event_type)):
                out[j] = _replace(merge(t, _replace(e, event_type=t.event_type)), event_type=t.event_type)
                out[k] = None
                break
    return [e for e in out if e is not None]


_DATELINE_RE = re.compile(
    r"\s*[^\s\d,،.()\-–—]{2,}(?:\s+[^\s\d,،.()\-–—]{2,})?\s*[-–—:،,]?\s*"
    r"(?:\(?[^\s\d()]{2,}\)?\s*[-–—]?\s*)?[0-9\u0660-\u0669]{1,4}[\s/.\-]+\S+(?:[\s/.\-]+\S+)?\s+[0-9\u0660-\u0669]{2,4}"
    r"(?:\s*\([^)]{1,40}\))?")


_PARA_DATELINE_RE = re.compile(
    r"(?:^|\n)[ \t]*((?:[^\s\d,،.:()\-–—]{2,}[ \t]+){0,2}[^\s\d,،.:()\-–—]{2,})"
    r"(?:[ \t]*\([^()\n\d]{2,25}\))?"   # "دمشق (رويترز) - …": the agency between
    r"(?:[ \t]*[-–—]{1,2}[ \t]|[ \t]*[-–—][ \t]*[^\s\d:]{2,20}[ \t]*:)")   # "إدلب – …", "حلب-سانا:"


# an agency dateline without a year, under a headline: "الدوحة في 03 أبريل /قنا/", "عمان 5 أيار (بترا)"
_AGENCY_DATELINE_RE = re.compile(
    r"(?:^|\n)[ \t]*[^\s\d,،.()\-–—/]{2,}(?:[ \t]+[^\s\d,،.()\-–—/]{2,})?[ \t]+(?:في[ \t]+)?"
    r"[0-9\u0660-\u0669]{1,2}[ \t]+[^\s\d/()]{3,}(?:[ \t]*/[ \t]*[^\s\d/()]{3,})?(?:[ \t]+[0-9\u0660-\u0669]{4})?"
    r"[ \t]*(?:/[^/\n]{2,20}/|\([^)\n]{2,30}\))")
AGENCY_DATELINE_CHARS = 400


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of datelines: the one at the top ("دمشق 20 ديسمبر 2025 (شينخوا)") and place
    bylines at a paragraph start ("محافظة إدلب – المرصد السوري:"). Places in them say where a
    report was filed, not where anything happened."""
    spans = []
    end = dateline_end(text)
    if end:
        spans.append((0, end))
    # (a byline starts the text or a line and holds no line break: tried only there, the same
    # matches as finditer over every position)
    at = 0
    while at >= 0:
        m = _PARA_DATELINE_RE.match(text, at)
        if m is not None:
            spans.append((m.start(1), m.end(1)))
        at = text.find("\n", m.end() if m is not None else at + 1)
    g = _AGENCY_DATELINE_RE.search(text, 0, AGENCY_DATELINE_CHARS)
    if g is not None:
        spans.append((g.start() + (1 if text[g.start()] == "\n" else 0), g.end()))
    return spans


def dateline_end(text: str) -> int:
    """End offset of a dateline at the top of the body ("دمشق 20 ديسمبر 2025 (شينخوا)"), or 0."""
    head = text[:160]
    for line_start in (0, head.find("\n") + 1 if "\n" in head else -1):
        if line_start < 0:
            continue
        m = _DATELINE_RE.match(text, line_start)
        if m and m.end() - line_start < 90:
            return m.end()
    return 0


LEAD_SLACK_DAYS = 2


def _context_is_background(events: list[Event]) -> list[Event]:
    """Events dated clearly before the article's lead event are context, not its news.

    The lead is the first current event with a day- or week-precise date; an event that ended
    more than ``LEAD_SLACK_DAYS`` before the lead started is background ("a week earlier, the
    same cell had attacked …").
    """
    lead = next((e for e in events if not e.background and e.date_start and e.time_precision <= 2), None)
    if lead is None:
        return events
    cutoff = dt.date.fromisoformat(lead.date_start) - dt.timedelta(days=LEAD_SLACK_DAYS)
    out = []
    for e in events:
        if not e.background and e.date_end and dt.date.fromisoformat(e.date_end) < cutoff:
            e = _replace(e, background=True)
        out.append(e)
    return out


def _replace(ev: Event, **kw) -> Event:
    return dataclasses.replace(ev, **kw)


# the module's regexes searched over whole clauses that seldom match (measured): pre-tested
for _name in ("_INCIDENTS_RE", "_AGGREGATE_RE", "_SINCE_RE", "_PLUPERFECT_INNER_RE", "_WITHOUT_RE", "_SINCE_START_RE",
              "_DENIAL_RE", "_UNTRUE_RE", "_RELATIVE_SINCE_RE", "_ANAPHOR_RE", "_DENIED_AFTER_RE"):
    if _name in globals():
        globals()[_name] = _pretested(globals()[_name])
