"""The event lexicons (``data/lexicon/actors.yaml``, ``events.yaml``, ``targets.yaml``) compiled once
into regexes: phrase tries with clitics, cue regexes with a cheap substring test first, and the
literal pre-tests that skip a regex whose required literals are absent."""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Sequence

import yaml

from geo_tracker.geoparse import load_lexicon as _geo_lexicon
from geo_tracker.paths import lexicon_dir
from geo_tracker.text import normalize_char_string
from geo_tracker.events.words import DENIAL_VERBS

from geo_tracker.events.words import _AR, _CLITICS


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
    # (a phrase ending in a separate "ل" takes its noun attached: "انتقاما ل" in "انتقاما لمقتل ضابط")
    lam_open = {p for p in alts if p.endswith(" ل")}
    body = _trie_pattern(alts)
    if lam_open:
        return re.compile(f"(?<![{_AR}])(?:[وف]?[بلك]?(?:ال)?)((?:{body})(?![{_AR}])|(?:{_trie_pattern(lam_open)})(?=[{_AR}]))")
    return re.compile(f"(?<![{_AR}])(?:[وف]?[بلك]?(?:ال)?)({body})(?![{_AR}])")


def _alt_of(section: dict, key: str) -> str:
    """The regex alternation of a lexicon list, normalized (``_alts`` of ``section[key]``)."""
    return _alts([_canon(str(x)) for x in section[key]])


def _force_from(ev: dict) -> str:
    """Fighters named by where they are from, up to the place's name ("مسلحون من ريف")."""
    return (f"(?:^|\\s)[وف]?(?:{_alt_of(ev, 'fighters_from_nouns')})\\s+من\\s+"
            f"(?:(?:{_alt_of(ev, 'place_heads')})\\s+)?")


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
                  "backer_rel_re", "supporter_re", "injured_re", "air_re", "no_casualty_said_re")


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
    first_person_acts: frozenset
    state_media: tuple   # ((actor, _Cue of its outlets), …)
    authority_acts: frozenset
    object_nouns: frozenset
    transitive_object_nouns: frozenset
    sniping_nouns: frozenset   # "بقنص قوات النظام": the snipers after it (actors.yaml sniping_nouns)
    office_victims: frozenset  # "مختار", "شيخ": a man by his office, in construct after his killers
    war_adjective_persons: frozenset  # "المراسل": a person "الحربي" qualifies (no aircraft then)
    own_media_re: re.Pattern   # "هيئة البث[ 12]": a state's media right before its flag (own_media_nouns)
    active_kill_office_re: re.Pattern  # "قتل مسلحون مختار قرية": verb, killers, (1) the verb (2) his office
    bullet_nouns: frozenset    # "برصاص", "بنيران": the bullets a sniping noun may qualify
    object_heads: frozenset
    object_preps: frozenset
    undergo: frozenset
    generic_acts: frozenset
    one_victim: frozenset
    two_victims: frozenset
    one_toll: frozenset
    person_plurals: frozenset
    not_executed_before: frozenset   # "حكم بالإعدام": the execution word is no killing carried out
    people_from_re: re.Pattern       # "شاب من بلدة": where people are from, right before the place
    people_from_any_re: re.Pattern   # the same anywhere in a clause (the cheap pre-check)
    person_groups: frozenset
    assassinate: frozenset
    rise_killed: tuple
    rise_injured: tuple
    reporters: frozenset
    addressees: frozenset
    appeal_verbs: frozenset
    agent_nouns: frozenset
    nisba_hosts: frozenset
    own_action: frozenset
    trigger_words: frozenset
    relatives: frozenset
    guess_words: frozenset
    vague_counts: frozenset
    aircraft: tuple
    artillery_re: re.Pattern
    heavy_fire_re: "_Cue"
    unexploded_re: "_Cue"
    removal_re: "_Cue"
    seizure_re: "_Cue"
    threat_open_re: re.Pattern
    enabled_re: "_Cue"
    anaphoric_agent_re: re.Pattern
    reported_re: re.Pattern
    air_re: re.Pattern
    aircraft_re: re.Pattern
    dropped_munitions: frozenset   # what an aircraft named before its verb drops
    subject_first_triggers: frozenset   # act words that are acts only after their subject ("الجيش يدك")
    downing_re: re.Pattern
    direct_fire_re: re.Pattern
    arrest: tuple
    trigger_re: re.Pattern
    type_of: dict
    priority: tuple
    stand_off: frozenset
    air_only: frozenset
    air_shelling: frozenset   # whose bare "قصف" is an air strike (their ground attacks stay attacks)
    background_re: _Cue
    extent_re: _Cue
    locator_re: re.Pattern
    irrealis_re: _Cue
    future_after: frozenset   # "الغارات على الشعفة ستستمر": the acts to come
    not_agent_gap: frozenset  # ", وذلك بدعم من …": between ", و" and an actor, no agent of its own
    fighting_spans: frozenset  # "بعد أشهر من المعارك": a span's fighting
    loyal_to: frozenset        # "حي الزهراء الموالي للنظام": a place's side (actors.yaml loyal_adjectives)
    loyal_to_re: re.Pattern    # "الموالين " right before an actor: loyal to it (the new era's "loyal to the old regime")
    loyal_to_it_re: re.Pattern  # " موالية لها": a force said loyal to the side just named
    traded_blame_before_re: re.Pattern  # "وتبادل النظام والمعارضة الاتهامات": the verb before the sides …
    traded_blame_after_re: re.Pattern   # … and the blame after them
    loyal_forces: frozenset    # "قوات موالية للنظام": a force on its side, not a place
    force_nouns: frozenset     # "خلايا", "مسلحي": the nouns of a force (events.yaml force_nouns)
    force_noun_re: re.Pattern  # "قتلت وحدات من الجيش": a force noun after a killing verb, (1) "armed/unknown"
    unit_nouns: frozenset      # "الفرقة", "اللواء" (geoparse.yaml): "عنصر في الفرقة 25 وعنصران" is no other place's
    reporter_cue: _Cue         # the reporting verbs (actors.yaml reporter_verbs) anywhere, clitics allowed
    joined_verbs: frozenset    # "انضم إلى فرقة الحمزة": the side a victim joined
    membership_nouns: frozenset   # "المتهم بالانتماء لداعش": the side a victim is said to belong to
    group_kind_re: re.Pattern     # "فصيل ", "لواء ": a group's kind before its name
    adverbs: frozenset            # accusative adverbs (geoparse.yaml accusative_adverbs)
    armed_unnamed: frozenset   # "مسلحون", "مجهولين" (events.yaml armed_unnamed, and with the article)
    motion_verbs: frozenset   # "دخلت دورية إسرائيلية": a patrol that came is a subject, not a target
    communique_act_nouns: frozenset  # "تحييد", "استهداف": a communiqué line opened by one tells its issuer's act
    person_past_re: re.Pattern  # "وهو من مواليد عام": a past of a person or group before a date (past_of_person_words)
    force_from_re: re.Pattern   # "فصائل من السويداء": where fighters are from, ending where the place starts
    force_from_any_re: re.Pattern   # the same anywhere in a clause (a cheap test)
    distance_from_re: re.Pattern    # "على بعد 3 كيلومترات من": a distance's yardstick next (distance_units)
    carried_to_re: re.Pattern   # "لنقل أسلحة نحو": a destination next (carried_to_verbs, toward_words)
    goal_re: re.Pattern         # "في محاولة لاستعادة", "بهدف": the places after it are aimed at (goal_cues)
    memory_re: re.Pattern       # "في الذكرى الثانية لمجزرة": a remembered or compared act's place next (memory_words)
    memory_word_re: re.Pattern  # a memory word anywhere (the cheap test before memory_re)
    strike_verbs: frozenset     # "استهدفت", "يقصف": verbs of striking, no noun among them (actors.yaml strike_verbs)
    strike_nouns: frozenset     # "غارة", "الضربات": strikes a military body names with no agent
    then_words: frozenset      # "حينها", "آنذاك": background cues that may date a state told after the act
    negator_re: re.Pattern     # a negated act verb's negator (events.yaml negators)
    readiness: frozenset       # "مستعد", "تدرس": irrealis only for an act right after them (readiness_cues)
    fallen_objects_re: re.Pattern   # "بعد سقوط[ قذيفتين]": shells or the dead fell, no regime (fallen_objects)
    speech_aside_re: re.Pattern   # "أعلنت الوزارة، الجمعة،": a day in commas after a speaker (speech_day_verbs)
    spoke_today_re: re.Pattern    # "أعلنت وزارة الدفاع اليوم": a day right after a speaker, or a mourner
    guns_and_aircraft_re: re.Pattern   # "المدفعية والطائرات": guns and aircraft joined as one verb's subjects
    missile_holders: frozenset   # "منصة", "مستودعات": what holds or launches missiles (missile_holder_nouns)
    missiles_struck_re: re.Pattern  # "مستودعات صواريخ": missiles kept, launched from or carried (missile_holder_nouns)
    others_words: frozenset     # "آخرين": the others of a count just told
    own_soldiers_dead_re: re.Pattern  # "مقتل عنصرين": men killed with no side named, after a body that announces it
    dead_soldiers_re: re.Pattern      # "مقتل جنديين تركيين": men killed, up to their flag
    iran_names: tuple           # "إيران", "لطهران": a patron named (actors.yaml iran_names)
    its_parts_re: re.Pattern   # "على أطرافها": the parts of the place just told (events.yaml place_part_nouns)
    own_forces_said_re: re.Pattern  # "وقالت إن طائراتها نفذت": a speaker's own forces said of
    total_clause_re: re.Pattern     # "وبذلك يرتفع إلى 60 عدد ضحايا …": a running total; (1) "وبذلك"
    running_total_re: re.Pattern    # "، ليرتفع …": a total the act just told rose to
    wider_total_re: re.Pattern      # "منذ بدء الحملة", "على الحيين": a total counted wider
    ground_re: re.Pattern      # "قوات إسرائيلية", "عملية برية": the ground forces of a side that strikes from the air
    origin_re: _Cue
    consequence_re: _Cue
    response_re: _Cue
    reporter_re: re.Pattern
    reported_bare_re: re.Pattern
    source_tail_re: re.Pattern
    reporter_hint_re: re.Pattern
    speaker_from_re: re.Pattern
    speaker_hint_re: re.Pattern
    reaction_re: re.Pattern
    condemner_re: re.Pattern        # a condemning verb, then titles at most, ending the text: the side after it condemns
    condemns_after: frozenset       # the present of condemning or denying right after a side ("واشنطن تدين")
    total_since_re: re.Pattern      # a running total's verb, then "منذ" ending the text ("ليرتفع عدد القتلى منذ")
    label_speech_re: re.Pattern     # a speech verb in a label before its colon ("قال مصدر عسكري لسانا:")
    intent_re: re.Pattern
    intent_any_re: re.Pattern   # a word of intent anywhere ("تستعد قوات النظام … لشن هجوم")
    night_re: _Cue
    supporter_re: re.Pattern
    support_span_re: re.Pattern
    backer_rel_re: re.Pattern
    accused_re: re.Pattern
    accusation_word_re: re.Pattern
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
    no_casualty_said_re: re.Pattern
    relative_agent_verbs: frozenset
    relative_act_re: re.Pattern   # "التي استهدفت", "الذي شنته": an act told as fact in a relative clause
    foreign: frozenset            # geoparse.yaml's foreign places ("أنقرة")
    parallel_re: re.Pattern
    control_words: frozenset
    where_holder_verbs: frozenset
    non_act_re: re.Pattern
    habitual_after: frozenset
    figurative_after: frozenset   # "ضربة جزاء", "قصف كلامي": the act's word as a figure of speech
    civil_blast_re: re.Pattern    # "انفجار أسطوانة غاز": an accident's blast (after the act's word)
    celebratory_re: re.Pattern    # "رصاص طائش في عرس": no attack
    private_motive_re: re.Pattern   # "إثر خلاف عائلي": a private quarrel
    drill_re: re.Pattern          # "مناورات", "طلقة تحية": fire in drills or honour
    livestock_re: re.Pattern      # "الأضاحي", "المسلخ": animals slaughtered
    news_flags: frozenset         # "عاجل", "خاص": a flag, no outlet, before or after a byline's dash
    aid_dropped_re: re.Pattern    # "مساعدات بالمظلات", "أسلحة وذخائر للمقاتلين": supplies dropped
    commemorate_re: re.Pattern    # "يصادف", "أحيا", "وقفة": an anniversary kept
    non_act_after: frozenset
    no_strike_before: frozenset
    ground_fire_re: "_Cue"
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
    unknown_aircraft_re: "_Cue"
    opinion_re: re.Pattern
    unnamed_agent_re: re.Pattern
    shot_by: frozenset   # the one-word heads of unnamed_agent_before ("برصاص", "بنيران")
    clause_re: re.Pattern
    killed_re: re.Pattern
    injured_re: re.Pattern
    singular: frozenset
    dual: frozenset
    object_re: re.Pattern
    object_of: dict
    isis_name_re: re.Pattern
    pkk_name_re: re.Pattern
    israeli_source_re: re.Pattern   # an Israeli outlet or spokesman (whose bare "الجيش", "سلاح الجو" are Israel's)
    sna_towns_re: re.Pattern   # a town Turkey-backed factions held 2018–2024 (whose "الشرطة العسكرية" is theirs)
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
    intransitive_deaths: frozenset
    ranked_re: re.Pattern
    assault_stems: tuple
    instrument_re: re.Pattern
    shells_re: re.Pattern
    anaphoric_site_re: re.Pattern
    road_nouns: tuple
    patron_gap_re: re.Pattern
    allied_gap_re: re.Pattern       # " موالية لـ", " تابعة لـ", " المدعومة من ": an indefinite or definite ally's gap
    besieger_verbs: frozenset
    repelled_re: re.Pattern
    no_reports_re: re.Pattern
    interceptor_after: frozenset
    dispersed_re: "_Cue"
    road_end_re: re.Pattern
    road_between_re: re.Pattern
    road_before_re: re.Pattern
    area_between_re: re.Pattern   # "البادية الممتدة بين": a stretch of land between two places
    area_before_re: re.Pattern
    and_road_re: re.Pattern


def _canon(p: str) -> str:
    return normalize_char_string(p).strip()


def _phrase_map(groups: dict, *, first_wins: bool = True, inflect: bool = False) -> dict[str, str]:
    """Normalized phrase → its group ("روسية" → "russia"), with the form after "لل"
    ("للتحالف" = ل + "لتحالف") and, with ``inflect``, the duals, plurals and tanween of one-word
    phrases ("تفجيرين", "غارتين", "هجوما")."""
    out: dict[str, str] = {}
    written: set[str] = set()   # the phrases as written: a form derived from another never displaces one
    for group, phrases in groups.items():
        for p in phrases:
            c = _canon(str(p))
            if first_wins and c in out and c not in written:
                out[c] = group   # "إغارة" (a raid, attack) is not "أغار" + "ه" (an air strike)
            written.add(c)
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


_PLACE_PREPS = frozenset({"في", "علي", "من", "الي"})


def _with_definite_duals(duals: list[str]) -> frozenset:
    """The dual victim nouns and their definite forms ("الصحفيان", "الشقيقان", "الجنديين": "قتل الصحفيان
    ناظم داشتان وجيهان بلكين" counts two), not of a word that is also a plural ("العاملين")."""
    out = set(duals)
    for d in duals:
        if " " not in d and not d.startswith("ال") and (d.endswith("ان") or d.endswith("ين") and d not in _PLURAL_TOO):
            out.add("ال" + d)
    return frozenset(out)


_PLURAL_TOO = frozenset({"عاملين"})   # a dual that is also a sound plural's form


def object_victims(w: str, after: str | None, lex: "_Lex") -> int:
    """How many the normalized word ``w`` counts as the object of a killing, told right after its
    killers with no preposition (``after`` is the word after it, or None): 2 for a dual ("عنصرين"), 1
    for a singular victim noun in the accusative ("عنصراً"; a feminine's tanween writes no alif:
    "امرأةً") or for a man by his office in construct ("مختار قرية الحوايج"), else 0."""
    if w in lex.dual:
        return 2
    if w.endswith("ا") and (w in lex.singular or w[:-1] in lex.singular) or w.endswith("ه") and w in lex.singular:
        return 1
    if w.startswith("ال") and len(w) > 4 and (w[2:] in lex.singular or w[2:] in lex.office_victims):
        return 1   # a definite one ("قتلت القوات الأمريكية القيادي البارز في تنظيم داعش ماهر العقال")
    return int(w in lex.office_victims and after is not None and after not in _PLACE_PREPS)


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
                            "@enemy": actors.get("enemy_labels", []),
                            "@speaker": actors.get("first_person_forces", []) + actors.get("first_person_acts", []),
                            "@authority": actors.get("authority_labels", []),
                            "@command": actors.get("command_labels", []),
                            "@mercenaries": actors.get("mercenary_labels", []),
                            "@militia": actors.get("militia_labels", []),
                            "@ministry": actors.get("ministry_labels", []),
                            "@hts": actors.get("hts_labels", []),
                            "@local": actors.get("local_fighter_labels", []),
                            "@police": actors.get("military_police_labels", []), **actors["actors"]}, first_wins=False)
    type_of = _phrase_map(ev["triggers"], inflect=True)
    object_of = _phrase_map(tg["objects"])
    cas = ev["casualties"]
    norm_list = lambda xs: [_canon(str(x)) for x in xs]  # noqa: E731
    # "أعادت وحدات من جيشنا أمس الأمن والاستقرار إلى …": the restore verb and its object apart
    restore = (f"(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('restore_verbs', [])))})"
               f"\\s+(?:\\S+\\s+){{0,7}}?(?:{_alts(norm_list(ev.get('restore_objects', [])))})\\s+الي(?=\\s)")
    # ", وشنت طائرات النظام …": a new main clause with its own agent
    verb_alts = "|".join(re.escape(x) for x in sorted(
        {w for w in norm_list(actors["agent_markers"]) if " " not in w} - {"قبل", "بقياده"}, key=len, reverse=True))
    roads = _alts(norm_list(ev.get("road_nouns", [])))
    between_areas = _alts(norm_list(ev.get("between_area_nouns", [])))
    people_from = _people_from(norm_list(cas.get("people_from_nouns", [])))
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
        first_person_re=_Cue(norm_list(actors.get("first_person_forces", []) + actors.get("first_person_acts", []))),
        first_person_acts=frozenset(norm_list(actors.get("first_person_acts", []))),
        state_media=tuple((actor, _Cue(norm_list(names))) for actor, names in
                          (actors.get("state_media_sources") or {}).items()),
        authority_acts=frozenset(norm_list(actors.get("authority_acts", []))),
        object_nouns=frozenset(norm_list(actors.get("object_nouns", []))),
        transitive_object_nouns=frozenset(norm_list(actors.get("transitive_object_nouns", []))),
        sniping_nouns=frozenset(norm_list(actors.get("sniping_nouns", []))),
        office_victims=frozenset(norm_list(actors.get("office_victims", []))),
        war_adjective_persons=frozenset(norm_list(actors.get("war_adjective_persons", []))),
        own_media_re=re.compile(r"(?:%s)(?:\s+\S+)?\s*$" % _alts(norm_list(actors.get("own_media_nouns", [])))),
        active_kill_office_re=re.compile(r"(?:^|\s)[وف]?(قتل|قتلت)\s+(?:[^\s،,.]+\s+)?[^\s،,.]+(?:ون|ين)\s+(?:[^\s،,.]+\s+)?"
                                         r"(%s)\s+(?!(?:في|علي|من|الي)\s)[^\s،,.]" % _alts(norm_list(actors.get("office_victims", [])))),
        bullet_nouns=frozenset(norm_list(actors.get("bullet_nouns", []))),
        object_heads=frozenset(norm_list(actors.get("object_heads", []))),
        object_preps=frozenset(norm_list(actors.get("object_preps", []))),
        undergo=frozenset(norm_list(actors.get("undergo_verbs", []))),
        generic_acts=frozenset(norm_list(ev.get("generic_acts", []))),
        one_victim=frozenset(norm_list(cas.get("one_victim", []))),
        two_victims=frozenset(norm_list(cas.get("two_victims", []))),
        one_toll=frozenset(norm_list(cas.get("one_toll", []))),
        person_plurals=frozenset(norm_list(cas.get("person_plurals", []))),
        not_executed_before=frozenset(norm_list(cas.get("not_executed_before", []))),
        people_from_re=re.compile(people_from + r"\s*$"),
        people_from_any_re=re.compile(people_from),
        person_groups=frozenset(norm_list(cas.get("person_groups", []))),
        rise_killed=tuple(norm_list(cas.get("toll_rise_killed", []))),
        rise_injured=tuple(norm_list(cas.get("toll_rise_injured", []))),
        reporters=frozenset(norm_list(actors.get("reporter_verbs", []))),
        addressees=frozenset(norm_list(actors.get("addressee_participles", []))),
        appeal_verbs=frozenset(norm_list(actors.get("addressee_verbs", []))),
        agent_nouns=frozenset(norm_list(actors.get("agent_nouns", []))),
        nisba_hosts=frozenset(norm_list(actors.get("nisba_hosts", []))),
        own_action=frozenset(norm_list(actors.get("own_action", []))),
        relatives=frozenset(norm_list(actors.get("relative_pronouns", []))),
        guess_words=frozenset(norm_list(actors.get("guess_words", []))),
        vague_counts=frozenset(norm_list(ev.get("vague_counts", []))),
        aircraft=tuple(norm_list(ev.get("aircraft_stems", []))),
        artillery_re=_stem_regex(norm_list(ev.get("artillery_stems", []))),
        heavy_fire_re=_Cue(norm_list(ev.get("heavy_fire_phrases", []))),
        unexploded_re=_Cue(norm_list(ev.get("unexploded_after", []))),
        removal_re=_Cue(norm_list(ev.get("ordnance_removal_cues", []))),
        seizure_re=_Cue(norm_list(ev.get("seizure_cues", []))),
        threat_open_re=re.compile(r"^[\s,،;]*[وف]?(?:" + (_alts(norm_list(ev.get("threat_openers", []))) or "(?!)") + r")(?=\s)"),
        enabled_re=_Cue(norm_list(actors.get("enabled_cues", []))),
        anaphoric_agent_re=re.compile(r"(?:^|\s)[وف]?(?:" + _alts(norm_list(actors.get("anaphoric_agents", []))) + r")(?=[\s,.،]|$)"),
        # "أفاد مصدر في دير الزور، يوم الأربعاء، بمقتل 18 شخصاً": what was reported, after ب
        reported_re=re.compile(r"^\s*[,،]?\s*(?:(?:\S+\s+){0,3})?ب(?:" + _alts(norm_list(ev.get("reported_nouns", [])))
                               + r")(?=\s)"),
        # (the same nouns as a documenting verb's direct object: "وثّق مكتب … في حلب مقتل تسعة")
        reported_bare_re=re.compile(r"^\s*(?:" + _alts(norm_list(ev.get("reported_nouns", []))) + r")(?=\s)"),
        air_re=_stem_regex(norm_list(ev.get("air_stems", []))),
        aircraft_re=_stem_regex(norm_list(ev.get("aircraft_stems", []))),
        dropped_munitions=frozenset(norm_list(ev.get("dropped_munitions", []))),
        subject_first_triggers=frozenset(norm_list(ev.get("subject_first_triggers", []))),
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
        air_shelling=frozenset(ev.get("air_shelling_actors", [])),
        background_re=_Cue(norm_list(ev["background_cues"])),
        then_words=frozenset(norm_list(ev.get("then_words", []))),
        fallen_objects_re=re.compile(r"\s+(?:\S+\s+)?(?:%s)(?=\s|$|[،,.])" % _alts(norm_list(ev.get("fallen_objects", [])))),
        extent_re=_Cue(norm_list(ev["extent_cues"])),
        locator_re=re.compile("(?:" + "|".join(re.escape(x) for x in sorted(norm_list(ev.get("locator_cues", [])), key=len, reverse=True))
                              # ("التابعة لناحية عقيربات": the head may hang on the cue's ل)
                              + ")(?:\\s*(?:منطقه|مدينه|بلده|قريه|سلسله|جبال|جبل|محافظه|ريف|باديه|ناحيه|مدينتي|بلدتي|قريتي|محافظتي))*\\s*$"),
        irrealis_re=_Cue(norm_list(ev["irrealis_cues"] + ev.get("readiness_cues", [])
                                   + [f"{n} {v}" for n in ev.get("negators", []) for v in ev.get("negated_act_verbs", [])])),
        # a negator word before an act verb ("لم", "لن", with "و"/"ف"), at a cue's start or anywhere
        negator_re=_pretested(re.compile(f"(?:^|\\s)[وف]?(?:{_alt_of(ev, 'negators')})\\s")),
        readiness=frozenset(norm_list(ev.get("readiness_cues", []))),
        future_after=frozenset(norm_list(ev.get("future_after", []))),
        not_agent_gap=frozenset(norm_list(ev.get("not_agent_gap", []))),
        fighting_spans=frozenset(norm_list(ev.get("fighting_spans", []))),
        loyal_to=frozenset(norm_list(actors.get("loyal_adjectives", []))),
        loyal_to_re=re.compile(f"(?:^|\\s)(?:{_alt_of(actors, 'loyal_adjectives')})\\s+$"),
        loyal_to_it_re=re.compile(f"\\s+(?:ال)?(?:{_alts(norm_list(actors['loyal_adjectives'] + actors['backing_words']))})"
                                  f"\\s+(?:لها|له|لهم|لهما)(?=[\\s،,.]|$)"),
        traded_blame_before_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alt_of(actors, 'trade_verbs')})\\s+(?:[^\\s،,.]+\\s+){{0,4}}?$"),
        traded_blame_after_re=re.compile(f"(?:\\s+و\\s*[^\\s،,.]+){{0,3}}?\\s+(?:ال)?(?:{_alt_of(actors, 'blame_nouns')})(?=[\\s،,.]|$)"),
        loyal_forces=frozenset(f for w in norm_list(actors.get("loyal_force_nouns", [])) for f in (w, "ال" + w)),
        force_nouns=frozenset(norm_list(ev.get("force_nouns", []))),
        force_noun_re=re.compile(f"(?:{_alt_of(ev, 'force_nouns')})\\s+"
                                 f"(?:({_alt_of(ev, 'armed_unnamed')})(?=\\s)|من\\s+(?=\\S))?"),
        # a group's kind before its name (geoparse.yaml group_nouns, and militias: "عناصر من فصيل العمشات")
        group_kind_re=re.compile(f"(?:{_alts(sorted(_geo_lexicon().group_nouns) + ['فصايل', 'ميليشيا', 'ميليشيات', 'مليشيا', 'جماعه'])})\\s+"),
        unit_nouns=_geo_lexicon().unit_nouns,
        adverbs=_geo_lexicon().adverbs,
        reporter_cue=_Cue(norm_list(actors.get("reporter_verbs", []))),
        joined_verbs=frozenset(norm_list(actors.get("joined_verbs", []))),
        membership_nouns=frozenset(norm_list(actors.get("membership_nouns", []))),
        armed_unnamed=frozenset(f for w in norm_list(ev.get("armed_unnamed", [])) for f in (w, "ال" + w)),
        motion_verbs=frozenset(norm_list(actors.get("motion_verbs", []))),
        communique_act_nouns=frozenset(norm_list(ev.get("communique_act_nouns", []))),
        person_past_re=re.compile(f"(?:^|\\s)(?:من\\s+)?(?:{_alt_of(ev, 'past_of_person_words')}|{_alt_of(actors, 'joined_verbs')}"
                                  f"|علما\\s+ان\\s+\\S+\\s+شهدت|علما\\s+ان\\s+\\S+\\s+شهد)(?:\\s+\\S+){{0,3}}\\s*$"),
        force_from_re=re.compile(_force_from(ev) + "$"),
        force_from_any_re=re.compile(_force_from(ev)),
        distance_from_re=re.compile(f"(?:^|\\s)(?:علي\\s+)?بعد\\s+(?:\\S+\\s+){{0,3}}?(?:{_alt_of(ev, 'distance_units')})"
                                    f"\\s+(?:من|عن)\\s+(?:[^\\s،,.:؛]+\\s+){{0,5}}$"),
        carried_to_re=re.compile(f"(?:^|\\s)[وبل]?(?:{_alt_of(ev, 'carried_to_verbs')}|قادمه\\s+\\S+\\s+\\S+)"
                                 f"\\s+(?:[^\\s،,.]+\\s+){{0,3}}?(?:{_alt_of(ev, 'toward_words')})\\s+"
                                 f"(?:(?:{_alt_of(ev, 'place_heads')})\\s+)?$"),
        goal_re=re.compile(f"(?:^|\\s)[وف]?(?:في\\s+محاوله(?:\\s+منها|\\s+منه|\\s+منهم)?\\s+(?=ل\\S)"
                           f"|(?:{_alt_of(ev, 'goal_cues')})(?=\\s))"),
        memory_word_re=re.compile(f"(?:^|\\s)[وفبل]?(?:{_alt_of(ev, 'memory_words')})\\s"),
        memory_re=re.compile(f"(?:^|\\s)[وفبل]?(?:{_alt_of(ev, 'memory_words')})"
                             f"(?:\\s+(?!(?:مع|علي|في|من|الي|عن|بين)\\s)[^\\s،,.:؛]+){{0,3}}\\s+$"),
        strike_verbs=frozenset(norm_list(actors.get("strike_verbs", []))),
        strike_nouns=frozenset(f for w in norm_list(ev.get("strike_nouns", [])) for f in (w, "ال" + w)),
        speech_aside_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alt_of(ev, 'speech_day_verbs')})\\s+(?:\\S+\\s+){{0,4}}?\\S+\\s*[,،]\\s*$"),
        spoke_today_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alt_of(ev, 'speech_day_verbs')}|نعت|نعي)\\s+(?:[^\\s،,.]+\\s+){{0,3}}?$"),
        missile_holders=frozenset(norm_list(ev.get("missile_holder_nouns", []))),
        guns_and_aircraft_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alt_of(ev, 'gun_subjects')})\\s+و(?:{_alt_of(ev, 'aircraft_subjects')})(?=\\s|$)"
                                        f"|(?:^|\\s)[وف]?(?:{_alt_of(ev, 'aircraft_subjects')})\\s+و(?:{_alt_of(ev, 'gun_subjects')})(?=\\s|$)"),
        missiles_struck_re=re.compile(f"(?:{_alt_of(ev, 'missile_holder_nouns')})(?:\\s+\\S+){{0,3}}\\s+و?(?:ل|ال)?صواريخ\\s*$"),
        others_words=frozenset(norm_list(ev.get("others_words", []))),
        own_soldiers_dead_re=re.compile(f"[,،]?(?:\\s+\\S+){{0,3}}?\\s+(?:مقتل|مصرع|استشهاد|ارتقاء|وفاه)\\s+(?:\\S+\\s+)?"
                                        f"(?:{_alt_of(ev, 'soldier_nouns')})"
                                        f"(?=\\s+(?:ب|جراء\\s|اثر\\s|في\\s|خلال\\s)|\\s*[،,.]|$)"),
        dead_soldiers_re=re.compile(f"[,،]?(?:\\s+\\S+){{0,3}}?\\s+(?:مقتل|مصرع|استشهاد|ارتقاء|اصابه|وفاه)\\s+(?:\\S+\\s+){{0,2}}?"
                                    f"(?:{_alt_of(ev, 'soldier_nouns')})\\S*\\s+"),
        iran_names=tuple(norm_list(actors.get("iran_names", []))),
        its_parts_re=re.compile(f"(?:^|\\s)[وفب]?(?:علي\\s+|في\\s+|الي\\s+)?(?:{_alt_of(ev, 'place_part_nouns')})"
                                f"(?:ها|ه)(?=[\\s،,.]|$)"),
        own_forces_said_re=re.compile(f"(?:^|[\\s،,])[وف]?(?:{_alt_of(ev, 'own_forces_speech_verbs')})\\s+"
                                      f"(?:[^\\s،,.]+\\s+){{0,3}}?(?:ان|بان)\\s+"
                                      f"(?:{_alt_of(ev, 'own_forces_nouns')})(?=\\s|$)"),
        total_clause_re=re.compile(f"[\\s،,]*(وبذلك\\s+|وبهذا\\s+)?[وفل]?(?:{_alt_of(ev, 'total_rise_verbs')})"
                                   f"\\s+(?:[^\\s،,.]+\\s+){{0,3}}?(?:{_alt_of(ev, 'total_nouns')})(?=\\s)"),
        running_total_re=re.compile(f"[\\s،,]*(?:{_alt_of(ev, 'running_total_verbs')})\\s"),
        wider_total_re=re.compile(f"(?:^|\\s)(?:ال)?(?:{_alt_of(ev, 'wider_total_words')})(?:\\s|$)"),
        ground_re=re.compile(f"(?:^|\\s)(?:ال)?(?:{_alt_of(ev, 'ground_words')})(?:\\s|$)"
                             f"|{_alt_of(ev, 'ground_stems')}"
                             f"|(?:^|\\s)[وف]?(?:ال)?(?:{_alt_of(ev, 'ground_force_nouns')})\\s+"
                             f"(?:ال)?(?:{_alt_of(ev, 'ground_force_nisbas')})(?:\\s|$)"),
        origin_re=_Cue(norm_list(ev.get("origin_cues", []))),
        consequence_re=_Cue(norm_list(ev.get("consequence_cues", []))),
        response_re=_Cue(norm_list(ev.get("response_cues", []))),
        intent_re=re.compile(r"(?<!\S)[وف]?(?:%s)\s+(?:\S+\s+)?$" % _alts(norm_list(ev.get("intent_cues", [])))),
        intent_any_re=re.compile(r"(?<!\S)[وف]?(?:%s)(?!\S)" % _alts(norm_list(ev.get("intent_cues", [])))),
        reaction_re=re.compile(r"(?<!\S)(?:%s)(?!\S)" % _alts(norm_list(ev.get("reaction_verbs", [])) + [
            f for w in norm_list(ev.get("condemn_verbs", [])) for f in (w, "و" + w)])),
        condemner_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alt_of(ev, 'condemn_verbs')})\\s+(?:(?:{_alt_of(ev, 'condemner_titles')})\\s+){{0,3}}$"),
        condemns_after=frozenset(w for w in norm_list(ev.get("condemn_verbs", [])) if w.startswith(("ت", "ي")))
        | frozenset(w for w in DENIAL_VERBS.split("|") if w.startswith(("ت", "ي"))),
        total_since_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alt_of(ev, 'total_rise_verbs')})\\s+(?:[^\\s،,.]+\\s+){{0,8}}?منذ\\s+$"),
        label_speech_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alts(sorted(_geo_lexicon().speech_verbs))})(?=\\s)"),
        # "…، وفق مصادر طبية في المشفى الوطني بالسويداء.", "بحسب ما أفاد مدير مستشفى إدلب المركزي":
        # a source named at the end of the sentence, with the place it speaks from
        source_tail_re=re.compile("(?:^|\\s)[وف]?(?:%s)\\s+(?:ما\\s+\\S+\\s+)?(?:ال|لل|ل)?(?:%s)(?:\\s+\\S+){0,5}?\\s*$" % (
            _alts(norm_list(ev.get("attribution_words", []))),
            _alts(norm_list(ev.get("reporter_nouns", []) + ev.get("source_institutions", []))))),
        reporter_hint_re=re.compile("|".join(re.escape(x) for x in norm_list(
            ev.get("reporter_nouns", []) + ev.get("source_institutions", [])))),
        # "قال قيادي ميداني من كوباني إن …": where the speaker comes from (and a cheap hint of one)
        speaker_from_re=re.compile(r"(?:^|\s)[وف]?(?:ال)?(?:%s)\s+(?:ميداني\s+|محلي\s+|محليون\s+|محليين\s+|عيان\s+)?"
                                   r"من\s+(?:مدينه\s+|بلده\s+|قريه\s+|حي\s+)?$" % _alts(
                                       norm_list(ev.get("reporter_nouns", []) + ev.get("speaker_nouns", [])))),
        speaker_hint_re=re.compile(r"(?:^|\s)[وف]?(?:ال)?(?:%s)\s" % _alts(
            norm_list(ev.get("reporter_nouns", []) + ev.get("speaker_nouns", [])))),
        reporter_re=re.compile("(?<![" + _AR + "])[وف]?(?:ال|لل|ل)?(?:" + "|".join(
            re.escape(x) for x in sorted(norm_list(ev.get("reporter_nouns", [])), key=len, reverse=True))
            # ("مصادر طبية في مشفى الحسكة الوطني لنورث برس، إن": the hospital's town)
            + ")(?:\\s+\\S+){0,5}\\s+(?:في|ب)\\s*(?:مدينه|محافظه|بلده|ريف|مشفي|مستشفي)?\\s*$"),
        night_re=_Cue(norm_list(ev.get("night_cues", []))),
        # "بدعم من التحالف", "بدعم جوي من التحالف", "بدعم من المدفعية التركية"
        # (and "بدعم من المدفعية والدبابات التركية": two arms joined before the flag)
        supporter_re=re.compile(f"(?:{_alt_of(actors, 'supporter_words')})\\s+(?:\\S+\\s+)?(?:من\\s+)?"
                                f"(?:[^\\s،,.]+\\s+(?:و[^\\s،,.]+\\s+)?)?$"),
        # "بدعم من الطيران الروسي": the backing, blanked when asking what the act itself was
        # "بدعم من المدفعية التركية التي قصفت …": the backer's own fire, told in its relative clause
        # ("وسط غطاء ناري كثيف من طيران الاحتلال الروسي الذي شن أكثر من 30 غارة": the backer's own strikes)
        # (not after a participle: "مدعومة بالطيران الروسي الذي قصف بلدة الهبيط" tells the strikes)
        backer_rel_re=re.compile(f"(?:{_alts([w for w in norm_list(actors['supporter_words']) if not w.startswith('مدعوم')])})"
                                 f"\\s+(?:[^\\s،,.]+\\s+){{0,7}}?(?:التي|الذي)\\s+"
                                 f"(?:[^\\s،,.]+\\s+){{0,4}}$"),
        # (and the arms joined to it: "بدعم من الطيران المسير والمدفعية التركية")
        support_span_re=re.compile(f"(?:{_alt_of(actors, 'supporter_words')})\\s+(?:\\S+\\s+)?(?:من\\s+)?\\S+(?:\\s+\\S+)?"
                                   f"(?:\\s+وال[^\\s،,.]+(?:\\s+(?!و)[^\\s،,.]+)?)*"),
        accusation_word_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alts(norm_list(actors['accusation_verbs'] + actors.get('accusation_participles', [])))})\\s"),
        accused_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alt_of(actors, 'accusation_verbs')})"
                              "\\s+(\\S+(?:\\s+\\S+){0,2}\\s+)?$"),
        cause_re=re.compile(f"(?:^|\\s)(?:{_alt_of(cas, 'cause_before_toll')})\\s*$"),
        # (a short stem from a word's start only: not "فر" of "الفرقة الرابعة التقدم نحو")
        destination_re=re.compile(f"(?:(?:^|(?<=\\s))[وف]?(?:{_alts([w for w in norm_list(ev['withdrawal_words']) if len(w) <= 3])})"
                                  f"|{_alts([w for w in norm_list(ev['withdrawal_words']) if len(w) > 3])})\\S*\\s+(?:\\S+\\s+){{0,3}}"
                                  f"(?:{_alt_of(ev, 'toward_words')})(?=\\s)"
                                  # ("بعد انسحاب عناصر «الأسايش» التابعة لـ«قسد» منه باتجاه حي الشيخ مقصود": the
                                  # ones who withdrew named at length, then "from it" and where they went)
                                  f"|(?:^|(?<=\\s))[وب]?(?:{_alts([w for w in norm_list(ev['withdrawal_words']) if len(w) > 3])})"
                                  f"\\S*\\s+[^.،,]{{0,80}}?\\s(?:منه|منها|منهم|منهما)\\s+(?:{_alt_of(ev, 'toward_words')})(?=\\s)"
                                  # ("وانسحبت قوات النظام من البلدة بعد ساعات من المعارك باتجاه مدينة محردة": from
                                  # somewhere, then where they went, with no fire between)
                                  f"|(?:^|(?<=\\s))[وب]?(?:{_alts([w for w in norm_list(ev['withdrawal_words']) if len(w) > 3])})"
                                  f"\\S*\\s+(?:\\S+\\s+){{0,3}}?من\\s(?:(?!قصف|استهدف|اطلق|اطلاق|ضرب|غار|صاروخ|قذيف|قذاي)[^.،,]){{0,80}}?"
                                  f"\\s(?:{_alt_of(ev, 'toward_words')})(?=\\s)"),
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
                              + ")\\s+(?:\\S+\\s+)?$"
                              # "وسط غطاء ناري كثيف من طيران الاحتلال الروسي": the cover's owner after من
                              + "|(?:" + "|".join(re.escape(x) for x in norm_list(ev.get("support_cues", [])))
                              + ")\\s+(?:[^\\s،,.]+\\s+){0,3}من\\s+$"),
        day_word_re=re.compile("(?<![^\\s])[وف]?(?:" + "|".join(re.escape(x) for x in norm_list(ev.get("day_words", [])))
                               + ")(?![^\\s,.])"),
        no_casualty_re=_Cue(norm_list(ev.get("no_casualty_cues", []))),
        no_deaths_re=_Cue(norm_list(ev.get("no_deaths_cues", []))),
        no_casualty_said_re=_no_casualty_regex(ev, norm_list),
        relative_agent_verbs=frozenset(norm_list(actors.get("relative_agent_verbs", []))),
        relative_act_re=re.compile(f"(?:^|\\s)(?:التي|الذي)\\s+(?:{_alt_of(ev, 'act_told_verbs')}|{_alt_of(actors, 'relative_agent_verbs')})(?=\\s)"),
        foreign=_geo_lexicon().foreign,
        control_words=frozenset(norm_list(actors.get("control_words", []))),
        where_holder_verbs=frozenset(norm_list(actors.get("where_holder_verbs", []))),
        parallel_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alts(norm_list(actors.get('parallel_cues', [])))})\\s+(?:ال)?\\S+\\s+$"),
        habitual_after=frozenset(norm_list(ev.get("habitual_after", []))),
        figurative_after=frozenset(norm_list(ev.get("figurative_after", []))),
        civil_blast_re=re.compile(r"\s+(?:ال)?(?:%s)(?=\s|$|[،,.])(?!\s+(?:\S+\s+)?مفخخ)" % _alts(norm_list(ev.get("civil_blast_objects", [])))),
        celebratory_re=re.compile(r"(?<!\S)[وبفل]?(?:ال)?(?:%s)(?!\S)" % _alts(norm_list(ev.get("celebratory_fire_cues", [])))),
        private_motive_re=re.compile(r"(?<!\S)[وبفل]?(?:ال)?(?:%s)(?!\S)" % _alts(norm_list(ev.get("private_motive_cues", [])))),
        drill_re=re.compile(r"(?<!\S)[وبفل]?(?:ال)?(?:%s)(?!\S)" % _alts(norm_list(ev.get("drill_cues", [])))),
        news_flags=frozenset(norm_list(ev.get("news_flags", []))),
        livestock_re=re.compile(r"(?:^|\s)[وبل]?(?:ال|لل)?(?:%s)(?=\s|$|[،,.])" % _alts(norm_list(ev.get("livestock_words", [])))),
        aid_dropped_re=re.compile(r"(?:^|\s)(?:من\s+)?و?(?:ال|لل|ل)?(?:%s|(?:%s)(?:\s+و(?:ال)?(?:%s))?\s+(?:لل|ل)\S)" % (
            _alts(norm_list(ev.get("aid_dropped_words", []))), _alts(norm_list(ev.get("arms_dropped_words", []))),
            _alts(norm_list(ev.get("arms_dropped_words", []))))),
        commemorate_re=re.compile(r"(?:^|\s)[وف]?(?:%s)(?=\s)" % _alts(norm_list(ev.get("commemorate_words", [])))),
        non_act_after=frozenset(norm_list(ev.get("non_act_after", []))),
        no_strike_before=frozenset(norm_list(ev.get("no_strike_before", []))),
        ground_fire_re=_Cue(norm_list(ev.get("ground_fire_words", []))),
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
            f"{restore}|(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('capture_verbs', [])))})\\s+"
            # (not a mood: "سيطرت حالة من الخوف بعد منتصف الليل على سكان مدينة الصنمين")
            f"(?!(?:حاله|اجواء|حالات|موجه|مشاعر|الخوف|الهلع|الحزن|الذعر|التوتر|الهدوء|القلق|الصمت|الفرح)\\s)(?:\\S+\\s+){{0,10}}?علي\\s+"
            f"(?:\\S+\\s+)?(?:ال)?(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"
            # "أحكمت قوات النظام سيطرتها على بلدة …" (not "أحكمت حصارها على")
            f"|(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('control_verbs', [])))})\\s+(?:\\S+\\s+){{0,6}}?سيطرت(?:ها|هم|ه)\\s+(?:\\S+\\s+)?علي\\s+"
            f"(?:\\S+\\s+)?(?:ال)?(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"
            # "حررت وحدات الجيش بلدة …": its agent between (not "استعادت مدينة حلب نشاطها"), and
            # the object not after "في" ("حررت الشرطة في مدينة عفرين مختطفين")
            f"|(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('liberate_verbs', [])))})\\s+(?:\\S+\\s+){{1,12}}?"
            f"(?<!في )(?:ال)?(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"
            # ... and the headlines' present, its agent before it ("الجيش يحرر حي الشيخ سعيد")
            f"|(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('liberate_present_verbs', [])))})\\s+(?:\\S+\\s+){{0,3}}?"
            f"(?<!في )(?:ال)?(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"
            # ... and "takes" in the headlines' present, its agent opening the clause ("فصائل الجيش
            # الحر تسيطر على مدينة بصرى الشام"; not a state: "التي تسيطر على", "لا تزال تسيطر على")
            f"|^\\W*(?:(?!(?:التي|الذي|الذين|لا|ما|تزال|يزال|زالت|زال|كانت|كان|باتت|بات|اصبحت|عاده|عادت)\\s)[^\\s،,.]+\\s+){{1,4}}"
            f"(?:{_alts(norm_list(ev.get('take_present_verbs', [])))})\\s+علي\\s+"
            f"(?:\\S+\\s+)?(?:ال)?(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"
            # "أعلنت الفصائل السيطرة على مدينة سراقب": a capture announced
            # (not an aim or a refusal announced: "أن هدفها السيطرة على", "رفضه السيطرة على")
            f"|(?:^|\\s)[وف]?(?:اعلنت|اعلن|اعلنوا|تعلن|يعلن)\\s+"
            f"(?:(?!(?:ان|انها|انه|هدف|هدفها|هدفه|رفض|رفضه|رفضها|نيه|نيتها|عزم|عزمها|عزمه|سعي|سعيها|محاوله)\\s)\\S+\\s+){{0,4}}?"
            f"(?:(?:السيطره|سيطرتها|سيطرته|سيطرتهم)\\s+(?:\\S+\\s+)?"
            # (the taker named: "أعلن أردوغان سيطرة الجيش الحر على مدينة الباب")
            f"|سيطره\\s+(?:[^\\s،,.]+\\s+){{1,4}}?)"
            f"علي\\s+(?:\\S+\\s+)?(?:ال)?(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"
            # "وفي اليوم التالي سقطت بلدة خان العسل": a town fallen (not "سقطت قذيفة على بلدة")
            # (its name after it: not "بسقوط المدينة", "بعد سقوط المطار", the fall just told)
            f"|(?:^|\\s)[وفب]?(?:{_alts(norm_list(ev.get('fall_verbs', [])))})\\s+"
            f"(?:{_alts(norm_list(ev.get('capture_objects', [])))})(?![{_AR}])"),
        fighting_nouns=frozenset(norm_list(ev.get("fighting_nouns", []))),
        joint_toll_re=re.compile(f"(?:في|ب)\\s*(?:ال)?(?:{_alts(norm_list(ev.get('joint_toll_places', [])))})"
                                 f"(?:\\s+(?:{_alts(norm_list(ev.get('joint_toll_qualifiers', [])))}))?(?![\\w])"),
        position_words=frozenset(norm_list(actors.get("position_words", []))),
        concurrent_re=re.compile(f"(?:^|\\s)[وف]?(?:{_alts(norm_list(ev.get('concurrent_heads', [])))})\\s+(?:مع\\s+)?$"),
        partitive_words=frozenset(norm_list(actors.get("partitive_words", []))),
        unidentified_re=_Cue(norm_list(ev.get("unidentified_cues", []))),
        unknown_aircraft_re=_Cue(norm_list(ev.get("unknown_aircraft", []))),
        # (after a fronted connective: "في المقابل، يرى محللون إيرانيون أن …")
        opinion_re=re.compile(f"\\s*(?:(?:و|ف)?(?:في\\s+المقابل|من\\s+جهتهم|من\\s+جانبهم|بدورهم)\\s*[،,]?\\s*)?"
                              f"[وف]?(?:{_alts(norm_list(ev.get('opinion_verbs', [])))})\\s+(?:\\S+\\s+)?"
                              f"(?:{_alts(norm_list(ev.get('opinion_sources', [])))})(?:\\s|$)"
                              # (the people of a place, see local_opinion_re)
                              f"|\\s*[وف]?(?:{_alts(norm_list(ev.get('opinion_verbs', [])))})"
                              f"\\s+(?:\\S+\\s+)?(?P<local>{_alts(norm_list(ev.get('opinion_local_sources', [])))})(?:\\s|$)"),
        shot_by=frozenset(w for w in norm_list(ev.get("unnamed_agent_before", [])) if " " not in w),
        unnamed_agent_re=re.compile(f"(?:{_alts(norm_list(actors.get('relative_agent_verbs', [])) + norm_list(ev.get('unnamed_agent_before', [])))})\\s+"
                                    f"(?:{_alts(norm_list(ev.get('unnamed_agents', [])))})(?:\\s|$|[،,.])"),
        non_act_re=re.compile(r"(?:^|\s)(?:(?:" + "|".join(re.escape(w) for w in sorted(norm_list(ev.get("non_act_heads", [])), key=len, reverse=True))
                              # (not "تظهر عليها آثار إطلاق نار": the marks a body shows)
                              + r")\s+(?:(?!علي(?:ه|ها|هم|هما)\s)\S+\s+)?|(?:" + "|".join(re.escape(w) for w in sorted(norm_list(ev.get("flight_heads", [])), key=len, reverse=True))
                              + r")\s+(?:[^\s،,.]+\s+){0,2})$"),
        clause_re=re.compile(f"[,;،]\\s*(?:وذلك\\s+)?(?:و)?(?:{clause_alts})(?![{_AR}])|;"
                             f"|[,،]\\s*(?:و)?(?:{_alts(norm_list(ev.get('clause_time_breaks', [])))})(?![{_AR}])(?!\\s*[,،])"
                             f"|[,،]\\s*و(?:{_alts(norm_list(ev.get('clause_act_nouns', [])))})(?![{_AR}])"
                             f"|[,،]\\s*[وث](?:م\\s+)?(?P<verb>(?:{verb_alts})(?![{_AR}]))"),
        killed_re=_phrase_regex(norm_list(cas["killed"])),
        injured_re=_phrase_regex(norm_list(cas["injured"])),
        singular=frozenset(norm_list(cas["singular_victims"])),
        assassinate=frozenset(norm_list(cas.get("assassination_verbs", []))),
        dual=_with_definite_duals(norm_list(cas["dual_victims"])),
        object_re=_phrase_regex(list(object_of)),
        object_of=object_of,
        isis_name_re=_names_regex(norm_list(actors.get("isis_names", []))),
        pkk_name_re=_names_regex(norm_list(actors.get("pkk_names", [])), end=True),
        sna_towns_re=_word_regex(norm_list(actors.get("sna_held_towns", []))),
        israeli_source_re=_word_regex(norm_list(actors.get("israeli_sources", []))),
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
        intransitive_deaths=frozenset(norm_list(ev.get("intransitive_deaths", []))),
        ranked_re=re.compile(r"(?:^|\s)(?:%s)(?:\s|$)" % _alts(norm_list(ev.get("ranking_words", [])))),
        assault_stems=tuple(norm_list(ev.get("assault_stems", []))),
        # a weapon named as an instrument ("بالقذائف", "بالأسلحة الخفيفة والقذائف") at the end of the span
        instrument_re=re.compile(r"(?<!\S)و?ب{w}(?:\s+\S+){{0,2}}\s+و{w}$|(?<!\S)و?ب{w}$".format(
            w="(?:ال)?(?:%s)" % _alts(norm_list(ev.get("weapon_nouns", []))))),
        shells_re=re.compile(r"(?<!\S)و?ب?(?:ال)?(?:%s)(?!\S)(?!\s+(?:ال)?صاروخيه)" % _alts(norm_list(ev.get("shell_nouns", [])))),
        road_nouns=tuple(norm_list(ev.get("road_nouns", []))),
        # the gap between an actor and its patron: "الفصائل[ السورية الموالية ]لتركيا", "[ المدعومة من ]إيران"
        # (a definite adjective right after the actor, nisbas only between: not "مواقع تابعة لقسد")
        allied_gap_re=re.compile(r"\s+(?:ال)?(?:%s)\s+(?:من\s+)?(?=\S)" % _alts(
            norm_list(actors.get("allied_adjectives", []) + actors.get("loyal_adjectives", [])))),
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
        # (and a stretch of desert or land between two places: "في البادية الممتدة بين تدمر والسخنة")
        road_between_re=re.compile(r"(?:%s|%s)\s+(?:\S+\s+){0,2}بين\s+(?:مدينتي|بلدتي|قريتي|مدينه|بلده|قريه)?\s*$"
                                   % (roads, between_areas)),
        road_before_re=re.compile(r"(?:%s)\s+(?:الذي\s+)?$" % roads),
        area_before_re=re.compile(r"(?:%s)\s+$" % between_areas),
        area_between_re=re.compile(r"(?:%s)\s+(?:\S+\s+){0,2}بين\s+(?:مدينتي|بلدتي|قريتي|مدينه|بلده|قريه)?\s*$" % between_areas),
        and_road_re=re.compile(r"(?:^|\s)و(?:علي|في)?\s*(?:ال)?(?:%s)" % roads),
        # a site named before by its kind alone ("المطار", "القاعدة"): a locator after it places that site
        anaphoric_site_re=re.compile(r"(?:^|\s)[وبل]?(?:ال)(?:%s)(?=[\s،,])" % _alts(norm_list(ev.get("site_nouns", [])))),
    )


def _people_from(nouns: Sequence[str]) -> str:
    """"شاب من بلدة", "مدنيين آخرين من أهالي", "عائلة من سكان مدينة": people, then "من" and a
    place word (the place's name follows)."""
    return (r"(?:^|\s)[وبل]?(?:ال)?(?:" + _alts(nouns) + r")"
            r"(?:\s+(?:محليين|المحليين|محليون|مدنيين|اخرين|اخر))?\s+من\s+(?:ابناء\s+|اهالي\s+|سكان\s+)?"
            r"(?:مدينه|بلده|قريه|حي|مخيم|محافظه|ريف)?")


def _no_casualty_regex(ev: dict, norm_list) -> re.Pattern:
    """"Nobody was hurt" from its parts (events.yaml ``no_casualty_*``): a negation, optionally
    "أن" + an outcome verb and its subject, fillers ("عن", "أي", "وقوع"), a casualty noun; or
    "اقتصرت أضرارها على الماديات"."""
    neg, verbs = _alt_of(ev, 'no_casualty_negators'), _alt_of(ev, 'no_casualty_verbs')
    fill, nouns = _alt_of(ev, 'no_casualty_fillers'), _alt_of(ev, 'no_casualty_nouns')
    damage, material = _alt_of(ev, 'no_casualty_damage'), _alt_of(ev, 'no_casualty_material')
    return re.compile(
        # ("دون تسجيل اشتباكات أو إصابات": another thing that did not happen, then the casualties)
        f"(?:^|\\s)[وف]?(?:{neg})\\s+(?:(?:ان\\s+)?(?:{verbs})(?:\\s+\\S+)??\\s+)?(?:(?:{fill})\\s+){{0,2}}"
        f"(?:[^\\s،,.]+\\s+او\\s+)?(?:{nouns})(?![{_AR}])"
        f"|(?:^|\\s)[وف]?اقتصر\\S*\\s+(?:ال)?(?:{damage})\\S*\\s+علي\\s+(?:{material})(?![{_AR}])")


def _names_regex(names: Sequence[str], end: bool = False) -> re.Pattern:
    """Any of ``names``, its words joined by up to three non-letters ('تنظيم "الدولة"', "بي كا كا",
    "بيكاكا"); with ``end``, not followed by a letter ("ي ب ك" is no prefix of a word)."""
    alts = "|".join(r"\W{0,3}".join(re.escape(w) for w in n.split())
                    for n in sorted(set(names), key=len, reverse=True))
    return re.compile("(?:" + (alts or "(?!)") + ")" + (r"(?!\w)" if end else ""), re.I)


def _word_regex(words: Sequence[str]) -> re.Pattern:
    """Any of ``words`` as a whole word, with or without its proclitics ("بعفرين", "وجنديرس")."""
    alts = "|".join(re.escape(x) for x in sorted(set(words), key=len, reverse=True))
    return re.compile(f"(?<![{_AR}])(?:{_CLITIC_ALTS})?(?:{alts or '(?!)'})(?![{_AR}])")


def _stem_regex(stems: Sequence[str]) -> re.Pattern:
    """Words (with or without their proclitics) that start with one of ``stems``."""
    alts = "|".join(re.escape(x) for x in sorted(set(stems), key=len, reverse=True))
    return re.compile(f"(?<![{_AR}])(?:{_CLITIC_ALTS})?(?:{alts})")


_CLITIC_ALTS = "|".join(_CLITICS)


def _downing_regex(verbs: Sequence[str], aircraft: Sequence[str]) -> re.Pattern:
    """A shoot-down verb and, at most seven words on, a manned aircraft ("أسقطت مقاتلات تركية أمس
    طائرة حربية سورية"); group 1 is the aircraft phrase."""
    if not verbs or not aircraft:
        return re.compile("(?!)")
    # (the shooter may be a manned aircraft too, right after the verb with its flag: "أسقطت مقاتلة
    # أمريكية طائرة حربية سورية" — the aircraft downed is the second)
    shooter = (f"(?:\\s+(?:{_alts(aircraft)})\\s+\\S+(?:يه|ي)(?:\\s+\\S+){{0,3}}?"
               f"(?=\\s+(?:{_CLITIC_ALTS})?(?:{_alts(aircraft)})(?![{_AR}])))?")
    # (a verbal noun after ب, the aircraft with its owners' pronoun: "قتل طياران روسيان بإسقاط مروحيتهما")
    return re.compile(f"(?<![{_AR}])(?:[وف]|وب|ب)?(?:{_alts(verbs)})(?![{_AR}]){shooter}(?:\\s+\\S+){{0,7}}?\\s+"
                      f"(?:{_CLITIC_ALTS})?({_alts(aircraft)})(?:هما|هم|ها|ه)?(?![{_AR}])")
