"""Clauses and sentences: splitting a sentence into clauses, bulleted lists and paragraphs, chronicle
entries, and the clause-level tests (irrealis, broken ceasefires, definite triggers, captured
ground, downed aircraft, relative asides)."""
from __future__ import annotations

import itertools
import re
from typing import Callable, Sequence

from geo_tracker.models import Mention
from geo_tracker.numbers import number_word_values
from geo_tracker.text import ascii_digits, line_start, normalize_char_string

from geo_tracker.events.words import DENIAL_VERBS, _WORD, _count_word, _next_comma, _strip_clitic, _words_after, _words_before, unquoted
from geo_tracker.events.lexicon import _Lex


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


_BULLET_RE = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}\s*[).-])\s*\S")


def _with_lists(spans: list[tuple[int, int]], norm_all: str, lex: "_Lex") -> list[tuple[int, int]]:
    """Sentence spans with a bulleted list joined to the sentence that announces it ("قصف الجيش
    التركي عدداً من القرى، وهي:" then "- صيدا", "- الفاطسة" on lines of their own): the list's
    places are that act's; so are bare names on lines of their own after an act that ends in a colon."""
    out: list[tuple[int, int]] = []
    opened = acts = False
    for a, b in spans:
        words = len(norm_all[a:b].split())
        if opened and not lex.trigger_re.search(norm_all, a, b) and (   # (a bullet that is a report of its own stays one)
                _BULLET_RE.match(norm_all, a) and words <= 6
                # a bare name on each line after an act that announces it ("ويستهدف:" then "كفرنبودة",
                # "الهبيط"), not a heading's paragraph ("حماة:" then its report)
                or acts and words <= 3 and _NEXT_LINE_RE.fullmatch(norm_all, out[-1][1], a) is not None
                and not norm_all[a:b].rstrip().endswith(":")):
            out[-1] = (out[-1][0], b)
            continue
        opened = norm_all[a:b].rstrip().endswith(":")
        acts = opened and lex.trigger_re.search(norm_all, a, b) is not None
        out.append((a, b))
    return out


_NEXT_LINE_RE = re.compile(r"[ \t]*\n[ \t]*")   # the next line, no blank line between


def _paragraph(norm_all: str, na: int, nb: int) -> tuple[int, int]:
    """The paragraph (between blank lines) around a sentence; a heading line ("حماة:") belongs to
    the paragraph it heads."""
    la = norm_all.rfind("\n\n", 0, na)
    lb = norm_all.find("\n\n", nb)
    return (la + 1 if la >= 0 else 0), (lb if lb != -1 else len(norm_all))


# the past of a place told after an act: a relative clause on it ("، وهي المدينة التي", "، التي"),
# or its pluperfect ("، وكانت البلدة قد شهدت")
_HISTORY_ASIDE_RE = re.compile(r"[،,]\s*(?:(?:و)?(?:هي|هو)\s+(?:ال\S+\s+)?|و?ال(?:مدينه|بلده|قريه|منطقه)\s+)?(?:و)?(?:التي|الذي)\s"
                               r"|[،,]\s*(?P<had>و(?:كانت|كان)\s+(?:\S+\s+){0,2}?قد)\s")
# ... whose time is another: a year, "earlier", "since"
_PAST_MARK_RE = re.compile(r"(?:^|\s)(?:(?:عام|سنه|في)\s+)?(?:19|20)\d\d(?=\s|$|[،,.])"
                           r"|(?:^|\s)(?:سابقا|في\s+وقت\s+سابق|(?:قبل|منذ)\s+(?:سنوات|سنه|سنتين|اعوام|عام|عامين))(?=\s|$)")


# ... or another recent day ("أمس", "الأسبوع الماضي", "قبل يومين")
_RECENT_MARK_RE = re.compile(r"(?:^|\s)(?:امس|البارحه|الاسبوع\s+الماضي|الشهر\s+الماضي|الليله\s+الماضيه"
                             r"|قبل\s+(?:يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر))(?=\s|$|[،,.])")


# the charged or convicted ("متهمين بتفجير", "أدينوا بتفجيرات", "بتهمة المشاركة في هجوم")
ACCUSED_BEFORE_RE = re.compile(r"(?:^|\s)(?:ال)?(?:متهم|متهما|متهمه|متهمين|متهمون|مدانين|مدانون|ادين|ادينوا|ادينت|بتهمه|بتهم|بجرم|بجرايم)"
                                r"\s+(?:(?:بال|ب|ال)?(?:مشاركه|تورط|ضلوع|تنفيذ|تخطيط|زرع)\s+(?:في\s+)?)?[بفل]?"
                                # (and the next act of the charge, joined by "و": "بجرم الاعتداء على حاجز وتفجير سيارة")
                                r"(?:\S+(?:\s+[^\s،,.]+){0,4}?\s+و)?$")


# a call to stop an act ("دعت الأمم المتحدة إلى وقف القصف", "طالب الأهالي بوقف الغارات", "للضغط من أجل
# وقف القصف")
STOP_CALL_RE = re.compile(r"(?:(?:^|\s)[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|ندعو|طالب|طالبت|طالبوا|يطالب|تطالب|نطالب|مطالبه|مطالبات|ناشد|ناشدت|نناشد"
                          r"|دعوه|دعوات|ب?ضروره)\s+(?:[^\s،,.]+\s+){0,5}?(?:الي\s+)?[بل]?"
                          # (or not to do it: "دعت أطباء بلا حدود إلى عدم استهداف مخيم اليرموك")
                          r"|(?:^|\s)(?:من\s+اجل|لاجل)\s+)(?:وقف|ايقاف|عدم)(?:\s+(?:فوري|كامل|شامل|تام|عاجل|نهايي))?\s+$")


def _next_word_end(s: str, pos: int) -> int:
    """Where the adjective right after ``pos`` ends, if one follows ("الغارات الروسية، التي"), and its comma,
    else ``pos``."""
    m = re.match(r"\s+(?!التي|الذي)ال[^\s،,.]+(?=[\s،,.])", s[pos:])
    pos += m.end() if m else 0
    return pos + 1 if s[pos:pos + 1] in ("،", ",") else pos


def charged_or_called(cnorm: str, start: int, end: int, lex: _Lex) -> re.Match | None:
    """Is the act word at ``cnorm[start:end]`` one no one did today: the act the accused are charged
    with ("قضت محكمة بالإعدام على ثلاثة متهمين بتفجير سرمدا", "بتهمة المشاركة في هجوم") or the act a
    call would stop ("دعت الأمم المتحدة إلى وقف القصف على عفرين")? The cue's match, or None (not a call
    whose act its relative clause tells: "إلى وقف الغارات الروسية، التي قتلت اليوم 7 مدنيين")."""
    if (m := ACCUSED_BEFORE_RE.search(cnorm, max(0, start - 40), start)) is not None \
            or cnorm.startswith("و", start) and (m := ACCUSED_BEFORE_RE.search(cnorm, max(0, start - 60), start + 1)) is not None:
        return m   # (the "و" of the next act joined to the charge: "بجرم الاعتداء على حاجز وتفجير سيارة")
    if ("قف" in cnorm or "عدم" in cnorm) and (m := STOP_CALL_RE.search(cnorm, max(0, start - 70), start)) is not None \
            and not lex.relative_act_re.match(cnorm, _next_word_end(cnorm, end)):
        return m
    if (prev := _words_before(cnorm, start, 1)) and (lex.type_of.get(prev[0]) or lex.type_of.get(_strip_clitic(prev[0]))) \
            and (ps := cnorm.rfind(prev[0], 0, start)) >= 0:
        # the device of an act charged ("بتهمة القتل وتفجير عبوة ناسفة": the bomb is the charge's too)
        return charged_or_called(cnorm, ps, ps + len(prev[0]), lex)
    return None


def not_todays_act_start(cnorm: str, lex: _Lex) -> int | None:
    """Where the first act no one did today (:func:`charged_or_called`) is told in the clause: the places
    after it, up to its comma, are that act's ("اعتقل … في مدينة الدانا ثلاثة أشخاص متهمين بتفجير سرمدا",
    "…، في وقت دعت فيه الأمم المتحدة إلى وقف القصف على إدلب"), not the clause's; or None."""
    for t in lex.trigger_re.finditer(cnorm):
        if (m := charged_or_called(cnorm, t.start(), t.end(), lex)) is not None:
            return m.start()
    return None


def history_aside(cnorm: str) -> bool:
    """Does the clause open on the past of a place told after an act ("، وهي المدينة التي تعرضت
    لهجوم كيماوي في نيسان 2017", "، وكانت البلدة قد شهدت مجزرة")? (Not "، الذي يحاصره الثوار منذ
    أسابيع": the place's present.)"""
    m = _HISTORY_ASIDE_RE.match(cnorm)
    return m is not None and (m.group("had") is not None or _PAST_MARK_RE.search(cnorm, m.end()) is not None)


# a part of a tally ("، بينهم 6 قضوا بقصف …", "، أبرزها غارة روسية على …")
_ON_DAY_RE = re.compile(r"(?:^|\s)(?:يوم|في)\s+\d{1,2}\s")
_AMONG_THEM_RE = re.compile(r"[،,]\s*(?:من\s+)?(?:بينهم|بينها|ابرزها|احدها|اخرها|اعنفها|اكثرها)\s")
_AFTER_THAT_WORDS_RE = re.compile(r"(?:^|\s)(?:بعد|عقب)\s+ان\s")
_WHEN_RE = re.compile(r"[\s,،](?:عندما|حينما|حين|لما)\s")
_AFTER_WORD_RE = re.compile(r"(?:^|\s)(?:بعد|عقب|اثر|ردا|رد|كرد)\s")
# "وجاء ذلك بعد ساعات من قصف مسيّرة تركية، عصر أمس الثلاثاء، محطة السويدية": the news just told came
# hours after this act, told now
_THAT_AFTER_SPAN_RE = re.compile(r"(?:ذلك|هذا)\s+(?:بعد|عقب)\s+(?:\S+\s+){1,2}(?:من|علي)\s+(?:\S+\s+)?$")


def _new_act_when(cnorm: str, tpos: int) -> bool:
    """"وجاءت أحدث الهجمات فجر اليوم، عندما …" tells the act after "عندما"; "وجاء القصف بعد
    يومين من هجوم حين …" refers to another (a "بعد"/"ردا" before it)."""
    w = _WHEN_RE.search(cnorm, 0, tpos)
    # ("وجاء ذلك بعد أن بسطت وحداتنا سيطرتها أمس على بلدة ماير": the act before, told now)
    return w is not None and not _AFTER_WORD_RE.search(cnorm, 0, w.start()) \
        or _AFTER_THAT_WORDS_RE.search(cnorm, 0, tpos + 1) is not None \
        or _THAT_AFTER_SPAN_RE.search(cnorm, max(0, tpos - 40), tpos) is not None


def _ceasefire_broken(s: str, irr: re.Match, offset: int = 0) -> bool:
    """Is the irrealis cue ``irr`` (found in ``s[offset:]``) a ceasefire the text says was broken
    ("خرقت … اتفاق وقف إطلاق النار", "في خرق جديد لوقف إطلاق النار")? Not a ceasefire called for
    or declared, and not "خط وقف" (the Golan's line)."""
    cue = irr.group(0).strip()
    if "وقف" not in cue or "خط" in cue:
        return False
    return _BREACH_RE.search(s, max(0, offset + irr.start() - 60), offset + irr.start()) is not None


_BREACH_RE = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:خرق|خرقت|خرقوا|يخرق|تخرق|خروقات|خرقا|انتهاك|انتهكت|انتهاكات|انتهك)\S*\s")


# an act done, joined after a word of intent ("قالت الفصائل إنها ستنفذ عمليات …، ونفذت أمس هجوماً على
# حاجز"): the intent does not make it unreal
ACT_DONE_AFTER_RE = re.compile(r"(?:^|\s)[وف](?:نفذت|نفذ|نفذوا|شنت|شن|شنوا|قصفت|قصف|قصفوا|استهدفت|استهدف|هاجمت|هاجم|هاجموا)\s")


def _irrealis(s: str, lex: _Lex) -> re.Match | None:
    """The first word of intent, threat, denial or defusing in ``s`` (``lex.irrealis_re``), not
    "تفكيك خلية" (a cell broken up by force, not a bomb defused)."""
    for m in lex.irrealis_re.finditer(s):
        if _DISMANTLE_RE.fullmatch(m.group(0).strip()) and _CELL_RE.match(s, m.end()):
            continue
        if _RESOLVE_RE.fullmatch(m.group(0).strip()):
            continue   # "عملية العزم الصلب": the coalition's operation, no intention
        if m.group(0).strip() == "حذر" and _CALM_RE.search(s, max(0, m.start() - 12), m.start()):
            continue   # "ساد هدوء حذر": a cautious calm, no warning
        if _LIKELY_RE.search(m.group(0)) and (m.group(0).lstrip("وف").startswith("ب")
                                             or _TOLD_IN_RE.search(s, max(0, m.start() - 12), m.start())):
            continue   # "قتل خمسة جنود في هجوم محتمل لتنظيم داعش": it happened, its author is guessed
        return m
    return None


_CALM_RE = re.compile(r"(?:هدوء|الهدوء|ترقب|هدوءا)\s+$")
_RESOLVE_RE = re.compile(r"[وف]?[بلك]?ال(?:عزم)")   # the definite noun ("العزم الصلب"), not "عزم" the verb
# an act "likely" ("هجوم محتمل", "عملية محتملة") told as where or by what a toll came: no act to come
_LIKELY_RE = re.compile(r"محتمل")
_TOLD_IN_RE = re.compile(r"(?:^|\s)[وف]?(?:في|جراء|اثر|خلال|اثناء|عقب)\s+$")


def unreal_cue(s: str, lex: _Lex, start: int = 0, act: int | None = None, etype: str | None = None,
               toll: Callable[[], tuple] = lambda: (None, None)) -> re.Match | None:
    """The word of intent, threat, denial or defusing that makes the act told in ``s`` unreal, or None.

    With ``act`` (the trigger's position) the cue is looked for in ``s[start:act + 10]``, the words
    before the act; without it in ``s[start:]``, and any trigger after the cue is an act. ``etype`` is
    the act's type if known; ``toll()`` gives the clause's (killed, injured). The match's positions
    are relative to ``start``. No cue bars an act when:

    - an act is done after it ("قالت الفصائل إنها ستنفذ عمليات …، ونفذت أمس هجوماً على حاجز");
    - it is a ceasefire broken, the act coming after ("خرقت … اتفاق وقف إطلاق النار، واستهدفت
      بقذائف الهاون"), or a truce named before a comma, the act after it ("رغم اتفاق وقف إطلاق النار،
      قصفت قوات النظام بلدة كفرنبل"; not "دعت إلى وقف إطلاق النار، وإلى …", a call going on);
    - it is an assault foiled in the field: drones intercepted (the launchers' strike), a clash or an
      infiltration met by fire with its dead or wounded ("أحبطت … محاولة تسلل مجموعة إرهابية … وقتلت
      ستة من أفرادها"), an attack repelled (:func:`foiled_assault`);
    - it is a taking apart that a blast struck, with a toll ("قتل شخصان بانفجار مخلفات حربية داخل
      ورشة لتفكيك الخردة").
    """
    win = s[start:act + 10] if act is not None else s[start:]
    irr = _irrealis(win, lex)
    if irr is None:
        return None
    end, cue = start + irr.end(), irr.group(0)
    if cue.strip() in lex.readiness and (
            (ra := _READY_FOR_ELSEWHERE_RE.search(s, end)) is not None
            and (act is not None and act > ra.start() or lex.trigger_re.search(s, ra.end()) is not None)
            or lex.relative_act_re.search(s, end) is not None):
        return None   # "مستعدة للرد، بعد أن قصفت قوات النظام كفرزيتا": the act it answers happened (also
        # "مستعدة لمواصلة ضرباتها، بعد أن استهدفت غارات إسرائيلية …": the strikes told after it;
        # "مستعدة للرد على الغارة الإسرائيلية التي دمرت مبنى القنصلية": the strike its relative clause tells)

    def act_from(pos: int) -> bool:
        return pos <= act if act is not None else lex.trigger_re.search(s, pos) is not None

    if ACT_DONE_AFTER_RE.search(s, end):
        return None
    if "متهم" in cue and not lex.trigger_re.search(s, end, _next_punct(s, end)):
        return None   # "اغتال مجهولون خالد الزعبي، المتهم بالعمل لصالح المخابرات، في بلدة المسيفرة": the
        # victim charged with no act (not "المتهم بتفجيرات سابقة": the act he is charged with)
    if _ceasefire_broken(s, irr, start) and act_from(end + 6):
        return None
    if "وقف" in cue and "خط" not in cue and (cm := _COMMA_RE.search(s, end, act if act is not None else len(s))) is not None \
            and act_from(cm.end()) and not CALL_GOES_ON_RE.match(s, cm.end()):
        return None
    if _FOILED_RE.search(cue) and (
            lex.drone_re.search(s) or foiled_assault(s, end)
            or (etype == "clash" or _FOILED_ATTACK_RE.match(s, end)) and toll() != (None, None)):
        return None
    if (etype is None or etype == "explosion") and (dismantling(win, irr) or _CLEARING_RE.fullmatch(cue.strip())) \
            and any(n for n in toll() if n):
        return None   # (and mines cleared, one of which blew up: "قتل عنصران بانفجار لغم أثناء نزع الألغام")
    if _DENIAL_WORD_RE.fullmatch(cue.strip()) and denied_act_told(s, end, lex, toll) is not None:
        return None   # who did it denied, the act told as fact (see denied_act_told)
    if _DENIAL_WORD_RE.fullmatch(cue.strip()) and (db := DENIED_BUT_RE.search(s, max(0, start - 2))) is not None \
            and act_from(db.end()):
        return None   # "نفت الدفاع الروسية استهداف مدنيين، لكن ناشطين وثقوا مقتل 18 مدنياً بغارات روسية":
        # others' account of the act after the denial (its own scope: negated_span)
    if lex.negator_re.match(cue) and (cm := _NEGATION_SCOPE_END_RE.search(s, end)) is not None and act_from(cm.end()):
        return None   # a verb negated bars its own clause's act: "لم ينفذ أي طلعات في منطقة بليون، رداً
        # على أنباء تتحدث عن غارة استهدفت رتلاً": the strike reported after the comma is told
    return irr


def negated_span(s: str, lex: _Lex) -> tuple[int, int] | None:
    """The span of ``s`` from a negated act verb ("لم تقصف") to its comma or a word of contrast or
    sequence ("قبل أن", "حتى", "ثم", "لكن"), when an act is told after it ("لم تقصف قوات النظام البلدة
    منذ أشهر، لكنها قصفتها اليوم"); None otherwise (a clause with only the negated act is barred whole
    by :func:`unreal_cue`)."""
    if ("نف" in s or "ينفي" in s) and (db := DENIED_BUT_RE.search(s)) is not None \
            and lex.trigger_re.search(s, db.end()) is not None:
        return db.start(), db.end()   # "نفت الدفاع الروسية استهداف مدنيين، لكن ناشطين وثقوا مقتل 18 مدنياً
        # بغارات روسية على أريحا": others' account of the act after the denial
    if lex.negator_re.search(s) is None:
        return None
    for m in lex.irrealis_re.finditer(s):
        if lex.negator_re.match(m.group(0)):
            cm = _NEGATION_SCOPE_END_RE.search(s, m.end())
            if cm is not None and lex.trigger_re.search(s, cm.end()) is not None:
                return m.start(), cm.end()
            return None
    return None


# where a negated verb's scope ends: a comma, or a word of contrast or sequence ("لم تقصف البلدة منذ أشهر
# قبل أن تقصفها اليوم", "… حتى قصفتها اليوم")
_NEGATION_SCOPE_END_RE = re.compile(r"[،,]|(?<=\s)(?:قبل\s+ان|حتي|ثم|لكن\S*|بل)(?=\s)")


_DENIAL_WORD_RE = re.compile(rf"[وف]?(?:{DENIAL_VERBS})")


def denied_act_told(s: str, pos: int, lex: _Lex, toll: Callable[[], tuple]) -> re.Match | None:
    """After a word of denial at ``pos``, the act it names told as fact in a relative clause, with its
    toll (``toll()``: the clause's killed, injured) or a responsibility denied: "نفت وزارة الدفاع الروسية
    أن تكون طائراتها نفذت الغارة التي استهدفت سوقاً في أريحا أمس وأدت إلى مقتل ستة مدنيين" denies who did
    it, not the strike (the act stands, unattributed); the match is the relative clause's start."""
    fact = lex.relative_act_re.search(s, pos, pos + 120)
    if fact is None or not lex.trigger_re.search(s, max(pos, fact.start() - 25), fact.start() + 1):
        return None   # (the act's noun right before it: "الغارة التي", "القصف الذي")
    return fact if "مسوولي" in s[pos:fact.start()] or toll() != (None, None) else None


_COMMA_RE = re.compile(r"[،,]")
# what parts a readiness cue from the act told after it: a past act ("بعد أن قصفت"), a result ("نتائج الغارة"),
# a past told after a comma ("مستعدة لحماية قواتها، وكانت صواريخ أمريكية قد استهدفت مركز البحوث"); and
# a relative clause that tells it (lex.relative_act_re)
_READY_FOR_ELSEWHERE_RE = re.compile(r"(?:^|\s)[و]?(?:بعد|اثر|عقب|جراء|غداه|نتايج|نتيجه|تداعيات)(?=\s)"
                                     r"|[،,]\s*و(?:كانت|كان|كانوا)(?=\s)")
_FOILED_RE = re.compile(r"(?:احبط|احباط)")
# an assault foiled: the attack noun the foiling verb takes ("أحبطت قواتنا هجوماً …") …
_FOILED_ASSAULT_RE = re.compile(r"\s+(?:\S+\s+){0,3}?(?:هجوما|هجوم|هجمات)(?=\s|$)")
# … unless it was a plan ("كانت تخطط له", "قبل تنفيذه")
_PLOT_RE = re.compile(r"تخطط|يخطط|مخطط|تعد\s+ل|يعد\s+ل|ينوي|تنوي|قبل\s+تنفيذ|قبل\s+وقوع|كان\s+سي|كانت\s+ست|كانوا\s+سي")


def foiled_assault(s: str, end: int) -> bool:
    """Is the foiling verb ending at ``end`` in ``s`` one of an assault repelled in the field ("أحبطت
    قسد هجوماً لمرتزقة داعش على قرية الكرامة"), not of a plot ("أحبطت هجوماً كانت تخطط له خلية")?"""
    # (the verb, not the verbal noun: "تحدثت صفحات موالية عن «إحباط هجوم كبير» على بلدة ربيعة" is
    # a claim, which the rebels denied)
    return not s.endswith("احباط", 0, end) and _FOILED_ASSAULT_RE.match(s, end) is not None \
        and _PLOT_RE.search(s, end) is None


# the attempt foiled is an attack met in the field ("أحبطت … محاولة تسلل"), not a plot
_FOILED_ATTACK_RE = re.compile(r"\S*\s+(?:\S+\s+){0,6}?محاول(?:ه|ات)\s+(?:ال)?(?:تسلل|تقدم)")


_CLEARING_RE = re.compile(r"[وف]?[بلك]?(?:ال)?(?:نزع|ازاله)")
_DISMANTLE_RE = re.compile(r"[وف]?[بلك]?(?:ال)?(?:تفكيك|فككت|فكك|تفكيكها)")


def dismantling(s: str, irr: re.Match) -> bool:
    """Is the irrealis cue ``irr`` in ``s`` a word of taking apart ("تفكيك", "فككت") whose object is no
    bomb? With a toll in its clause it is no bomb defused but the work a blast struck ("بانفجار مخلفات
    حربية داخل ورشة لتفكيك الخردة", "قتل أثناء محاولة تفكيكه"; not "وتم تفكيك عبوة ناسفة")."""
    return _DISMANTLE_RE.fullmatch(irr.group(0).strip()) is not None and _DEVICE_AFTER_RE.match(s, irr.end()) is None


_DEVICE_AFTER_RE = re.compile(r"\s*(?:\S+\s+)?(?:ال)?(?:عبوه|عبوات|لغم|الغام|قنبله|قنابل|مفخخه|سياره|حزام|صاروخ|قذيفه)")
_CELL_RE = re.compile(r"\s*(?:ال)?(?:خليه|خلايا|عصابه|عصابات)(?:\s|$)")


def _province_again(opener: Mention, text: str, start: int, end: int) -> bool:
    """Is the opener's name told again as a province ("بريف دير الزور", "في محافظة درعا") after
    ``start`` (up to ``end``)?"""
    name = normalize_char_string(text[opener.start:opener.end])
    rest = normalize_char_string(text[start:end])
    return re.search(r"(?:ريف|محافظه)\s+" + re.escape(name) + r"(?![^\s.,،])", rest) is not None


_CLAUSE_PUNCT_RE = re.compile(r"[،,.؛;:!?؟]")


def _did_it_after(norm: str, end: int, lex: _Lex) -> bool:
    """Is the actor phrase ending at ``end`` the subject of a verb with a pronoun for the act just
    named, right after it ("«التنظيمات الإرهابية» أطلقتها") or after a participle of where it is
    ("المنتشرة في الغوطة أطلقتها")?"""
    seg = norm[end:end + 70]
    cut = _CLAUSE_PUNCT_RE.search(seg)
    ws = _WORD.findall(seg[:cut.start()] if cut else seg)[:5]
    k = next((i for i, w in enumerate(ws) if w in lex.relative_agent_verbs), None)
    if k is None:
        return False
    gap = ws[:k]
    return not gap or gap[0].startswith("الم") and len(gap) >= 2 and gap[1] in ("في", "ب", "داخل", "قرب")


# a task of the victims' side the pronoun may stand for ("أثناء عملية تمشيط", "خلال حملة دهم", "دورية")
_OWN_TASK_RE = re.compile(r"(?:^|\s)(?:اثناء|خلال|في)\s+(?:[^\s،,.]+\s+)?(?:عمليه|حمله|دوريه|جوله|مهمه)"
                          r"(?!\s+(?:اغتيال|انتحاريه|تفجير|تسلل|هجوم|خطف|اختطاف|قنص|اعدام|طعن|دهس))(?=\s)")
_DENIAL_RE = re.compile(rf"(?:^|\s)[وف]?(?:{DENIAL_VERBS})(?=\s)")


def _tells_who_did_it(norm: str, cut: int, told: re.Match, lex: _Lex) -> bool:
    """Does the clause from ``cut`` name the act's agent in ``told``? Not when it denies it ("فيما
    نفت مصادر أن تكون الفصائل نفذته"), nor when that actor is named before in the sentence — then
    the pronoun is for what it did itself ("قتل عنصران من الفرقة الرابعة بهجوم على حاجز، بحسب …
    الذي قال إن الفرقة الرابعة نصبته", "… خلال عملية تمشيط، بحسب سانا، التي قالت إن وحدات الجيش
    نفذتها")."""
    if _DENIAL_RE.search(norm, cut, told.start()):
        return False
    start = line_start(norm, cut)
    verb = next((w for w in _WORD.findall(norm[told.end():told.end() + 70]) if w in lex.relative_agent_verbs), "")
    if verb.startswith("نفذ") and _OWN_TASK_RE.search(norm, start, cut):
        return False   # ("قتل جندي بانفجار لغم أثناء عملية تمشيط، … إن وحدات الجيش نفذتها": the sweep;
        # not "في عملية اغتيال … إن خلايا التنظيم نفذتها": the attack itself)
    actor = _side(told.group(1), lex)
    # (not a side named as where the place lies: "قرية قرب مناطق سيطرة الفصائل")
    return not any(_side(a.group(1), lex) == actor and "سيطره" not in norm[max(start, a.start() - 12):a.start()]
                   for a in lex.actor_re.finditer(norm, start, cut))


def _side(phrase: str, lex: _Lex) -> str | None:
    """The side an actor phrase names, the army and "الجهات المختصة" counted as the government."""
    a = lex.actor_of.get(phrase)
    return "syrian_gov" if a in ("@generic", "@authority") else a


_THEN_RE = re.compile(r"[،,]\s*(?:و)?ثم\s+")
# "the latter" answering after a comma ("…، فردت الأخيرة بقصف مواقع النظام")
_LATTER_ANSWERS_RE = re.compile(r"[،,]\s*[وف]?(?:ردت|رد|ردوا|لترد|ليرد)\s+(?:ال)?(?:اخير|اخيره)(?=\s|$)")
# a denial, then "but" and others' account after a comma
DENIED_BUT_RE = re.compile(r"(?:^|\s)[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا)\s[^.،,]*(?P<but>[،,]\s*(?:لكن|ولكن|غير\s+ان|الا\s+ان)\s)")
_OWN_PLACE_AFTER_RE = re.compile(r"(?:^|\s)(?:علي|في|قرب)\s")
# ", و" and more dead or hurt ("، وسقط آخران", "، وقتل ثلاثة", "، واستشهد طفل")
_AND_MORE_DEAD_RE = re.compile(r"[،,]\s*و(?:قتل|قتلت|سقط|سقطت|استشهد|استشهدت|اصيب|اصيبت|جرح)\s+(?:\S+\s+){0,3}?"
                               r"(?P<cause>ب|جراء\s|اثر\s|في\s)")
# "… بالتزامن مع" with no comma before it (with one, lex.clause_re cuts)
_ALONGSIDE_RE = re.compile(r"(?<=[^\s،,])\s+(?:و)?(?:بالتزامن|تزامنا|بالتوازي|بموازاه)\s+مع\s+")


def _split_clauses(norm: str, lex: _Lex) -> list[tuple[int, int]]:
    cuts = [0]
    for m in lex.clause_re.finditer(norm):
        told = lex.actor_re.search(norm, m.end(), m.end() + 50)
        if told is not None and _did_it_after(norm, told.end(), lex) and _tells_who_did_it(norm, m.start(), told, lex):
            continue   # "، التي قالت إن «التنظيمات الإرهابية» أطلقتها": who did the act just told
        if m.group("verb") is not None:
            # ", وشنت طائرات النظام …" starts a clause with its own subject; ", ونفذت عمليات دهم"
            # goes on with the same one
            am = lex.actor_re.search(norm, m.end("verb"), m.end("verb") + 40)
            nxt = _words_after(norm, m.end("verb"), 1)
            if (am is None or lex.actor_of.get(am.group(1)) is None) and not (
                    nxt and nxt[0] in lex.agent_nouns and (lex.type_of.get(nxt[0]) is None
                                                           or nxt[0].startswith(lex.aircraft)
                                                           # ", وقصفت المدفعية …": the guns, like the aircraft
                                                           or nxt[0] in lex.gun_subjects)) \
                    and not (lex.type_of.get(m.group("verb")) is not None
                             and _downing(norm[cuts[-1]:m.start()], lex) is not None):
                # (but "أسقطت القوات التركية طائرتين حربيتين للنظام، وقصفت مطار النيرب": a shoot-down,
                # then another act of the same subject, each its own)
                continue
        cuts.append(m.start())
    nq = unquoted(norm) if "رد" in norm else norm
    for r in lex.response_re.finditer(norm):
        if answered_aside(norm, r.start(), r.end()):
            continue
        if answers_an_act(nq, r.end(), lex):
            # "… على قاعدة الشعيرات، ردا على هجوم بغاز السارين شنته طائرات النظام على خان
            # شيخون": the act responded to is another event, with its own agent and toll
            cuts.append(r.start())
            if not norm[:r.start()].strip(" وف") and (c := _next_comma(norm, r.end())) >= 0:
                cuts.append(c)   # ... and fronted, up to its comma ("رداً على مجزرة معرشورين، قصفت الفصائل …")
    if "اخير" in norm:
        for r in _LATTER_ANSWERS_RE.finditer(norm):
            cuts.append(r.start())   # "قصفت قوات النظام مواقع قسد في الصبحة، فردت الأخيرة بقصف …": the
            # latter's answer, its own clause and agent
    for r in _THEN_RE.finditer(norm):
        tm = lex.trigger_re.match(norm, r.end())
        am = lex.actor_re.search(norm, tm.end(), tm.end() + 40) if tm is not None else None
        if am is not None and lex.actor_of.get(am.group(1)) is not None and not _CLAUSE_PUNCT_RE.search(norm, r.end(), am.start()):
            gap = _WORD.findall(norm[tm.end():am.start()])
            if len(gap) <= 2 and not lex.target_markers.intersection(gap):
                cuts.append(r.start())   # "…، ثم غارة روسية الموقع ذاته": the next act, with its own agent
            # (not "…، ثم قصفت بلدة حاس": the same subject goes on; nor "ثم هجوم على نقاط لقوات النظام":
            # whose the points struck are)
    for r in _COMMA_AND_RE.finditer(norm) if "و" in norm else ():
        if _another_agents_act(norm, r, cuts, lex):
            cuts.append(r.start())
        elif _toll_item(norm, r.end(), lex) and lex.trigger_re.search(norm, r.end(), _next_punct(norm, r.end())) \
                and lex.trigger_re.search(norm, max(c for c in cuts if c <= r.start()), r.start()):
            cuts.append(r.start())   # "3 في الأتارب بغارة روسية، و2 في دارة عزة بقصف مدفعي": an item with a
            # cause of its own after one with its own (not "، وأربعة في مدينة خان شيخون المجاورة": the act
            # before it; nor "قتل 11 في قرية الزعفرانة، و6 في الرستن التي تعرضت لغارات": one cause for both)
    for r in _AND_IN_PLACE_RE.finditer(norm) if "وفي " in norm or "اما في" in norm else ():
        end = _next_punct(norm, r.end())
        start = max(c for c in cuts if c <= r.start())
        if lex.trigger_re.search(norm, r.end(), end) and lex.trigger_re.search(norm, start, r.start()):
            # "غارات روسية على مدينة سراقب، وفي التح قتل طفل بقصف مدفعي لقوات النظام": the place told
            # first, then its own act
            cuts.append(r.start())
    for r in _AND_WORD_RE.finditer(norm) if " و" in norm else ():
        if _another_subjects_act(norm, r.end(), cuts, lex):
            cuts.append(r.start())
    for r in _AND_MORE_DEAD_RE.finditer(norm) if "و" in norm else ():
        start = max(c for c in cuts if c <= r.start())
        t2 = lex.trigger_re.search(norm, r.start("cause"), r.end() + 60)
        # (its own place told after its act: not "تجدد القصف على دوما، وقُتل 21 مدنياً بغارات روسية")
        if t2 is not None and lex.trigger_re.search(norm, start, r.start()) \
                and _OWN_PLACE_AFTER_RE.search(_CLAUSE_PUNCT_RE.split(norm[t2.end():t2.end() + 60], maxsplit=1)[0]):
            # "قتل مدني برصاص قناص في بلدة طفس، وسقط آخران بقذائف هاون على حي درعا البلد": more dead
            # by another act, at another place
            cuts.append(r.start())
    trigs = list(lex.trigger_re.finditer(norm)) if " و" in norm else []
    for k2 in range(1, len(trigs)):
        t2 = trigs[k2]
        if norm[t2.start()] == "و" and _own_object_each(norm, t2, trigs[:k2], cuts, lex) \
                and charged_or_called(norm, t2.start(), t2.end(), lex) is None:
            cuts.append(t2.start())   # "قصف تركي على ريف تل تمر وتفجير دام في كري سبي": two acts, each
            # with its own place (not two of one charge: "بجرم الاعتداء على حاجز وتفجير سيارة")
    for r in _ALONGSIDE_RE.finditer(norm):
        tm = lex.trigger_re.match(norm, r.end())
        am = lex.actor_re.search(norm, tm.end(), tm.end() + 30) if tm is not None else None
        start = max(c for c in cuts if c <= r.start())
        if am is not None and lex.actor_of.get(am.group(1)) is not None \
                and not _CLAUSE_PUNCT_RE.search(norm, tm.end(), am.start()) and len(_WORD.findall(norm[tm.end():am.start()])) <= 1 \
                and lex.trigger_re.search(norm, start, r.start()) \
                and (_OBJECT_WORD_RE.search(norm[start:r.start()] + " ") or _KIND_OBJECT_RE.search(norm, start, r.start())):
            # "غارات مروحية على الهبيط بالتزامن مع غارات روسية على خان شيخون": with no comma, the
            # other act, its own agent named right after its word ("قصفت القوات التركية قرية تل تمر تزامناً
            # مع هجوم لوحدات حماية الشعب على عين عيسى": the first act's place its direct object)
            cuts.append(r.start())
    for r in _AFTER_THAT_RE.finditer(norm) if "بعد ان" in norm else ():
        start = max(c for c in cuts if c <= r.start())
        tm = lex.trigger_re.search(norm, r.end(), r.end() + 30)
        t0 = lex.trigger_re.search(norm, start, r.start()) if tm is not None else None
        if t0 is not None and lex.type_of.get(tm.group(1)) != lex.type_of.get(t0.group(1)):
            # "هاجم مسلحو التنظيم قرى الشبكي والمتونة بعد أن فجر انتحاريون أحزمتهم في السويداء": the act it
            # came after, of another kind, with its own places
            cuts.append(r.start())
    for r in _AMID_ACT_RE.finditer(norm) if "وسط" in norm else ():
        tm = lex.trigger_re.match(norm, r.end())
        start = max(c for c in cuts if c <= r.start())
        t0 = lex.trigger_re.search(norm, start, r.start()) if tm is not None else None
        if t0 is not None and lex.type_of.get(tm.group(1)) != lex.type_of.get(t0.group(1)) \
                and _AMID_OWN_TARGET_RE.match(norm, tm.end()):
            # "هاجم عناصر داعش نقاط قسد في حي الصناعة، وسط قصف من الطائرات الروسية على الحويقة": an act of
            # another kind with its own target, at the same time (not "تقدمت قسد …، وسط قصف جوي من
            # التحالف": the support, with no target of its own)
            cuts.append(r.start())
    for r in _AFTER_DATED_ACT_RE.finditer(norm) if "بعد" in norm or "عقب" in norm else ():
        if lex.trigger_re.match(norm, r.end()) is None and not norm.startswith("مجزره", r.end()):
            continue
        own = _OWN_DAY_RE.search(norm, r.end(), _next_punct(norm, r.end()))
        start = max(c for c in cuts if c <= r.start())
        mine = _OWN_DAY_RE.search(norm, start, r.start()) or _TODAY_RE.search(norm, start, r.start())
        if own is not None and mine is not None and own.group(0).strip() != mine.group(0).strip() \
                and lex.trigger_re.search(norm, start, r.start()):
            # "قتل 5 مدنيين اليوم بقصف على كفرنبل، بعد مجزرة يوم 12 أيار في بلدة حاس": the act it came
            # after, told with a day of its own, is an event of its own (its place, its toll, its day;
            # not "قتل خمسة، بعد قصف استهدف بلدتهم أمس": the cause, with the only day told)
            cuts.append(r.start())
    for r in AFTER_ACT_RE.finditer(norm):
        if (lex.trigger_re.match(norm, r.end()) or norm.startswith("سيطر", r.end())
                # (or its dead after the dead of this one: "قتل سبعة مدنيين في قصف …، غداة مقتل خمسة آخرين في
                # غارات روسية على مدينة معرة مصرين"; not "شهدت أحياء الخالدية تظاهرات رغم انتشار القناصة، بعد
                # أيام من مقتل شابين برصاص قناصة النظام": no act before it)
                or lex.killed_re.match(norm, r.end()) and lex.trigger_re.search(norm, r.end(), _next_punct(norm, r.end()))
                and lex.killed_re.search(norm, 0, r.start())) \
                and lex.trigger_re.search(norm, 0, r.start()):
            # "قصف … طال أمس مدينة إدلب، بعد ساعات من هجوم بطائرات مسيّرة على الكلية الحربية
            # بحمص": the act it came after is another event
            cuts.append(r.start())
    for r in _AMONG_THEM_RE.finditer(norm) if "وثق" in norm or "رصد" in norm or "سجل" in norm or "احص" in norm else ():
        start = max(c for c in cuts if c <= r.start())
        end = _next_punct(norm, r.end())
        if lex.tally_re.search(norm, start, r.start()) and lex.trigger_re.search(norm, r.end(), end) \
                and (lex.killed_re.search(norm, r.end(), end) or lex.injured_re.search(norm, r.end(), end)
                     or _ON_DAY_RE.search(norm, r.end(), end)):
            # "وثقت الشبكة مقتل 55 مدنياً في تشرين الثاني، بينهم 6 قضوا بقصف لقوات النظام على مدينة سرمين يوم
            # 4 تشرين الثاني": one act of the tally, told with its own cause and place, and its own toll
            # or day (not "أحصى المرصد مقتل 37 مدنياً أمس، بينهم 12 في غارات روسية على حمورية": the
            # day's toll told by place, each part counted by the tally's word)
            cuts.append(r.start())
    for r in _HISTORY_ASIDE_RE.finditer(norm) if ("الذي" in norm or "التي" in norm or "قد" in norm) else ():
        end = norm.find(".", r.end())
        aside = norm[r.end():end if end >= 0 else len(norm)]
        start = max(c for c in cuts if c <= r.start())
        if (history_aside(norm[r.start():r.end() + len(aside)]) or _RECENT_MARK_RE.search(aside)) \
                and lex.trigger_re.search(norm, start, r.start()):
            # (an earlier day's act too, news of its own: "قصفت قوات النظام كنصفرة اليوم، التي تعرضت أمس
            # لغارات روسية")
            # "غارات روسية على خان شيخون، وهي المدينة التي تعرضت لهجوم كيماوي في نيسان 2017 راح ضحيته
            # أكثر من 90 مدنياً", "قصفت قوات النظام البارة، وكانت البلدة قد شهدت مجزرة": the place's
            # past, told after the act, is a clause of its own (its toll, its aircraft are not today's)
            cuts.append(r.start())
    cuts = sorted(set(cuts))
    cuts.append(len(norm))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            out.append((a, b))
    return out


# "، وسط قصف … على الحويقة": an act of its own at the same time, its target after it
_AMID_ACT_RE = re.compile(r"[،,]\s*[وف]?وسط\s+")
_AMID_OWN_TARGET_RE = re.compile(r"(?:\s+[^\s،,.]+){0,4}?\s+(?:علي|استهدف|استهدفت|طال|طالت)\s")
# "، بعد مجزرة يوم 12 أيار": an act this one came after, with its own day; and the day an act is told on
_AFTER_DATED_ACT_RE = re.compile(r"[،,]\s*(?:وذلك\s+|وياتي\s+ذلك\s+|وجاء\s+ذلك\s+)?(?:بعد|عقب)\s+")
_OWN_DAY_RE = re.compile(r"(?:^|\s)(?:(?:(?:يوم|في|ليله|فجر|مساء|صباح)\s+\d{1,2}(?=[\s/]))|امس|البارحه|\S+\s+الماضيه?)(?=\s|$|[،,.])")
_TODAY_RE = re.compile(r"(?:^|\s)(?:اليوم|الليله)(?=\s|$|[،,.])")

# "… بعد أن فجر انتحاريون أحزمتهم": what an act came after, told with no comma before it
_AFTER_THAT_RE = re.compile(r"(?<=[^\s،,])\s+(?:و)?(?:بعد|عقب)\s+ان\s+")
_COMMA_AND_RE = re.compile(r"[،,]\s*و(?=\S)")


def _another_agents_act(norm: str, r: re.Match, cuts: list[int], lex: _Lex) -> bool:
    """Does ", و" at ``r`` open another agent's act ("قتل مدنيان بغارة روسية على إدلب، وقتل ثلاثة
    بغارة للنظام على بنش", "الطيران الروسي يقصف كفرسجنة، ومروحيات الأسد تلقي براميل على خان شيخون"):
    the clause before it has an act and an agent, the part after it (to the next comma) an act and
    another agent? (The cheap tests first: most ", و" open no agent at all.)"""
    start = max(c for c in cuts if c <= r.start())
    if start == r.start():
        return False
    end = _next_punct(norm, r.end())
    am = lex.actor_re.search(norm, r.end() - 1, min(end, r.end() + 60))   # (from the "و", its clitic)
    after = lex.actor_of.get(am.group(1)) if am is not None else None
    # (actors by name only: "سلاح الجو", "الاحتلال" are read per article, see actors._readings)
    if after is None or after == "unknown" or after.startswith("@"):
        return False
    gap = _WORD.findall(norm[r.end():max(r.end(), am.start())])   # (not the actor's clitic: "للنظام")
    # (but "من" after the act's own noun names its agent: "، وبقصف مدفعي من قوات النظام على بلدة محمبل")
    by_of_act = gap[-1:] == ["من"] and bool(gap[:1]) and (gap[0] in lex.trigger_words or gap[0][1:] in lex.trigger_words
                                                        or gap[0][2:] in lex.trigger_words)
    if len(gap) > 4 or lex.not_agent_gap.intersection(gap) and gap != ["ان"] and not by_of_act \
            or gap[-1:] == ["من"] and not by_of_act:
        return False   # ("، وذلك بدعم من المدفعية التركية", "، وقتل 5 من عناصر النظام": backing, victims;
        # but "قال التحالف إن ميليشيات … أطلقت قذائف على الشدادي، وإن القوات الأمريكية ردت بقصف …": a
        # second act the speaker tells, its own agent)
    if norm.startswith("ل", am.start()) and not (gap and (gap[-1] in lex.trigger_words or gap[-1][1:] in lex.trigger_words)):
        return False   # ("بغارتين استهدفتا دبابتين للقوات الحكومية": whose tanks; "بغارة للنظام": whose raid)
    # (from the "و" too: the trigger may be the word it joins, "، ولغارة جوية روسية على بنش")
    if not lex.trigger_re.search(norm, r.end() - 1, end) or not lex.trigger_re.search(norm, start, r.start()):
        return False
    if gap == ["ان"] and (said := norm.rfind(" ان ", start, r.start())) >= 0:
        start = said   # (the speaker's first act, not the speaker: "قال التحالف إن ميليشيات …، وإن القوات الأمريكية …")
    # (a bare state aircraft, "الحوامة", "المروحيات", is the government's here: "الحوامة رمت 6 براميل على
    # كفرنبل، والحربي الروسي استهدف معرة حرمة"; not "الجيش", whose allies join its battle)
    before = {"syrian_gov" if a == "@generic" else a for x in lex.actor_re.finditer(norm, start, r.start())
              if (a := lex.actor_of.get(x.group(1))) is not None and a != "unknown"
              and (not a.startswith("@") or a == "@generic" and _STATE_AIRCRAFT_RE.search(x.group(1)))}
    return bool(before) and after not in before


_AND_WORD_RE = re.compile(r"(?<=\s)و(?=\S)")
_STATE_AIRCRAFT_RE = re.compile(r"حوام|مروحي")


def _toll_item(norm: str, pos: int, lex: _Lex) -> bool:
    """Does the text at ``pos`` open an item of a tally by place, its count first ("2 في دارة عزة
    بقصف مدفعي لقوات النظام", "مدني في بنش برصاص مجهولين", "ثلاثة مدنيين في …")? A count or one
    victim noun (events.yaml singular_victims), a place's preposition after it or after the victims'
    plural noun (person_plurals)."""
    pos = _LEAD_PUNCT_RE.match(norm, pos).end()
    ws = _WORD.findall(norm[pos:_next_punct(norm, pos)])[:3]   # (the place before any comma: not "بينهم 4
    # أطفال، في القصف على …", who the dead were)
    if not ws or not (_count_word(ws[0]) or ws[0] in lex.singular):
        return False
    k = next((i for i, w in enumerate(ws[1:3], 1) if w in ("في", "ب") or w.startswith("ب") and len(w) > 3), None)
    # (not "و7 آخرين في القصف على عربين، و3 في سقبا": the others of the count just told, one tally)
    return k is not None and (k == 1 or ws[1] in lex.person_plurals and ws[1] not in lex.others_words)



_AND_LEAD_RE = re.compile(r"\s*و(?=\S)")
_LEAD_PUNCT_RE = re.compile(r"[\s،,؛;:]*")


def toll_item_count(s: str, lex: _Lex) -> int | None:
    """The count an item of a tally by place opens with ("و2 في دارة عزة …" → 2, "ومدني في بنش …" → 1,
    "ثلاثة في الأتارب" → 3), or None when ``s`` opens no such item."""
    if (lead := _AND_LEAD_RE.match(s)) is not None and _toll_item(s, lead.end(), lex):
        s = s[lead.end():]
    elif not _toll_item(s, 0, lex):
        return None
    w = _words_after(s, 0, 1)[0]
    if w in lex.singular:
        return 1
    digits = ascii_digits(w)
    return int(digits) if digits.isdigit() else number_word_values().get(w)


def _another_subjects_act(norm: str, pos: int, cuts: list[int], lex: _Lex) -> bool:
    """Does the "و" ending at ``pos`` (no comma before it) open a clause of its own, a subject then
    its verb of striking ("قصفت الطائرات الحربية بلدة الهبيط والمدفعية استهدفت كفرنبودة", "… وطائرات
    النظام تقصف …")? The words after it are an agent noun, up to two qualifiers ("الروسي", "التركية")
    and the verb; the part before it has a verb of striking of its own (not "الطائرات الروسية
    وطائرات النظام شنت …", two subjects of one verb)."""
    ws = _words_after(norm, pos, 4)
    if len(ws) < 2 or not (ws[0] in lex.agent_nouns or ws[0].startswith("ال") and ws[0][2:] in lex.agent_nouns):
        return False
    if not any(w in lex.strike_verbs for w in ws[1:4]):
        return False
    start = max(c for c in cuts if c <= pos)
    return any(w in lex.strike_verbs for w in _WORD.findall(norm[start:pos - 1]))


def _next_punct(norm: str, pos: int) -> int:
    m = _CLAUSE_PUNCT_RE.search(norm, pos)
    return m.start() if m else len(norm)


# a place struck named as the verb's direct object by its kind ("قصفت … قرية تل تمر")
_KIND_OBJECT_RE = re.compile(r"\s(?:قريه|قري|بلده|بلدات|مدينه|حي|احياء|مواقع|نقاط|مناطق)\s+\S")
# ", وفي X" / ", أما في X": a clause opened by its own place ("…، وفي بداما استهدفت قوات النظام …")
_AND_IN_PLACE_RE = re.compile(r"[،,]\s*(?:وفي|اما\s+في)\s+(?!(?:الوقت|الاثناء|اثناء|حين|وقت|ساعه|ساعات|اليوم|الليله|المقابل|"
                              r"ظل|اطار|سياق|حصيله|اعقاب|اثر|اشاره|حديث|بيان|تصريح)\s)(?=\S)")
_OBJECT_WORD_RE = re.compile(r"(?:^|\s)(?:علي|في(?!\s+(?:الوقت|الاثناء|اثناء|حين|وقت|ساعه|ساعات))|قرب|ب(?!عد)\S{3,})(?=\s)")


def _own_object_each(norm: str, t2: re.Match, before: list[re.Match], cuts: list[int], lex: _Lex) -> bool:
    """Is the act word ``t2`` (joined by "و") a second act of another kind, the first with its own
    place or object before the "و" and this one with its own after it ("غارات روسية على كفرنبل وقصف
    مدفعي على حيش", "… وانفجار سيارة مفخخة في اعزاز"; not "بقصف مدفعي وضربات جوية على X": one
    place for both)?"""
    k2 = lex.type_of.get(t2.group(1))
    if t2.group(1).endswith(("ها", "هم")):
        return False   # "ألقت المروحيات براميل على بلدة كفربطنا وقصفتها المدفعية": the same place again
    start = max(c for c in cuts if c <= t2.start())
    t1 = before[-1] if before and before[-1].start() >= start else None   # (the act word before it, this clause's)
    if k2 is None or t1 is None or lex.type_of.get(t1.group(1)) in (None, k2):
        return False
    gap, rest = norm[t1.end():t2.start()], norm[t2.end():t2.end() + 40]
    if _CLAUSE_PUNCT_RE.search(gap) or len(gap.split()) > 8:
        return False
    rest = _CLAUSE_PUNCT_RE.split(rest, maxsplit=1)[0]
    return _OBJECT_WORD_RE.search(gap) is not None and _OBJECT_WORD_RE.search(" ".join(rest.split()[:4]) + " ") is not None


_ASIDE_END_RE = re.compile(r"\s*(?:[^\s،,.0-9]+\s+){0,2}[^\s،,.0-9]+\s*[،,]")


def answers_an_act(nq: str, end: int, lex: _Lex) -> bool:
    """Does an act's word follow the answer's cue ending at ``end`` ("ردا على هجوم …")? ``nq`` is the
    clause with its quotation marks turned to spaces (``unquoted``: '"رداً على" الهجوم')."""
    return bool(lex.trigger_re.match(nq, end + 1) or lex.trigger_re.match(nq, end)
                or nq[end:end + 2] == "  " and lex.trigger_re.match(nq, end + 2)
                # (or the wrongs it answers: "، رداً على مجازر الاحتلال في غزة": their doer did not strike here)
                or _WRONGS_RE.match(nq, end))


_WRONGS_RE = re.compile(r"\s*(?:ال)?(?:مجازر|مجزره|جرايم|جريمه|انتهاكات|اعتداءات|ممارسات)(?=\s)")


def answered_aside(norm: str, start: int, end: int) -> bool:
    """Is the answer's cue at ``start:end`` a short aside between commas ("نفذت، رداً على الهجوم،
    غارات على …")? It names the act just told; the sentence goes on with this act's own words."""
    return norm[:start].rstrip()[-1:] in ("،", ",") and _ASIDE_END_RE.match(norm, end) is not None


# "، بعد ساعات من هجوم …", "، عقب يومين من القصف …": another act, told as what this one came after
# ("، غداة سيطرة هيئة تحرير الشام … على معظم أحياء مدينة حلب": the day after another act)
# ("، بعد ثلاثة أيام من هجوم …", "، بعد أسبوع من غارة مماثلة …", "، بعد مرور شهر على …": a count too)
_SPAN_OF_ACT = (r"(?:(?:بعد|عقب)\s+(?:مرور\s+)?(?:(?:\d{1,2}|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|ثلاث|اربع|خمس|ست|سبع|"
                r"ثماني|تسع|عشر)\s+)?(?:ساعات|ساعه|ساعتين|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|عام|عامين|اعوام|"
                r"سنه|سنتين|سنوات)\s+(?:واحد\s+)?(?:قليله\s+|فقط\s+|من\s+الان\s+)?(?:من|علي)|غداه)\s+")
AFTER_ACT_RE = re.compile(r"[،,]\s*(?:وذلك\s+|وجاء\s+ذلك\s+|ياتي\s+ذلك\s+)?" + _SPAN_OF_ACT)
# ... or fronted, opening the clause ("بعد ساعات من مقتل ضابط، قصفت …")
FRONTED_SPAN_RE = re.compile(r"\s*[وف]?" + _SPAN_OF_ACT)
# ... or as a sentence's subject ("ويأتي ذلك بعد ثلاثة أيام من هجوم …", "وجاءت العملية بعد يومين من هجوم …")
# ... or an anniversary ("بعد مرور عام على المجزرة التي ارتكبتها الطائرات …"); its match ends where the
# earlier act's words begin
AFTER_ACT_OPENER_RE = re.compile(r"\s*[وف]?(?:(?:ياتي|تاتي|جاء|جاءت)\s+(?:[^\s،,.]+\s+)?(?=(?:بعد|عقب)\s)|(?=بعد\s+مرور\s))"
                                 + _SPAN_OF_ACT)


# a call or aim going on after a comma ("دعت إلى وقف إطلاق النار في إدلب، وإلى وقف الغارات على أريحا")
CALL_GOES_ON_RE = re.compile(r"\s*و?(?:الي|الى|إلى|ل|ب)(?:\s|وقف)")


_ASIDE_OPEN_RE = re.compile(r"[،,]\s*(?:التي|الذي|اللتين)\s")   # (not الذين: where people were is told)
_WHERE_OPEN_RE = re.compile(r"[،,]\s*حيث\s+(\S+)")


def _has_relative(s: str) -> bool:
    """A cheap test before the aside checks: does ``s`` hold a relative pronoun _ASIDE_OPEN_RE opens on?"""
    return "الذي" in s or "التي" in s or "اللتين" in s or "حيث" in s


def _in_relative_aside(norm: str, pos: int, lex: _Lex) -> bool:
    """Is ``pos`` inside a relative clause on a place or thing, opened after a comma, with no act
    of its own and not the agent of one ("، الذي تتقاسمه قوات النظام"; not "، التي شنتها")?"""
    c = max(norm.rfind("،", max(0, pos - 60), pos), norm.rfind(",", max(0, pos - 60), pos))
    if c < 0 or any(ch in norm[c:pos] for ch in ".؛;:"):
        return False
    ends = [i for i in (norm.find("،", pos), norm.find(",", pos), norm.find(".", pos)) if i >= 0]
    seg = norm[c:min(ends) if ends else len(norm)]
    w = _WHERE_OPEN_RE.match(seg)
    if w is not None:
        # "دوما، حيث تتخذ قيادة جيش الإسلام مقراً لها": who holds the place, unless it acts there
        # or the place is where fire came from ("قصف مصدره الضفة الغربية، حيث تنتشر الميليشيات")
        return w.group(1) in lex.where_holder_verbs and lex.trigger_re.search(seg) is None \
            and lex.origin_re.search(norm, max(0, c - 60), c) is None
    m = _ASIDE_OPEN_RE.match(seg)
    if m is None or lex.trigger_re.search(seg) is not None:
        return False
    words = _WORD.findall(seg[m.end():])
    first = words[:1]
    if lex.relative_agent_verbs.intersection(words):
        return False   # "«سانا»، التي قالت إن «التنظيمات الإرهابية» أطلقتها": who did the act told
    return not (first and (first[0] in lex.agent_markers or first[0] in lex.besieger_verbs))
