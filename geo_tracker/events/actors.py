"""Actors and their roles: the article's readings (whose "قواتنا", whose occupation), the actor
phrases of a clause scored as agent or target, the agent chosen for an event, its co-agents, and
the article's speaker and claimant."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Sequence

from geo_tracker.text import line_start, normalize_char_string
from geo_tracker.events.words import DENIAL_VERBS, DID_AWAY_VERBS, _WORD, _count_word, _number_words, _strip_clitic, _words_after, did_away, time_words
from geo_tracker.events.lexicon import _Lex, object_victims
from geo_tracker.events.clauses import _CLAUSE_PUNCT_RE, _DENIAL_RE, _has_relative, _in_relative_aside


_TIME_ASIDE_RE = re.compile(r"[،,]\s*(?:مساء|صباح|فجر|ظهر|عصر|ليل|ليله|اليوم|امس|يوم)(?:\s+[^\s،,.]+){0,3}\s*[،,]")


_EXECUTE_VERBS = frozenset({"اعدم", "اعدمت", "اعدموا", "واعدم", "واعدمت", "واعدموا"})
_INTERNAL_SECURITY = frozenset({"قوي الامن الداخلي", "قوات الامن الداخلي"})
_FORMER_REGIME_RE = re.compile(r"فلول\s+النظام|النظام\s+(?:البايد|السابق|المخلوع)")
_GENERAL_SECURITY = frozenset({"الامن العام", "قوات الامن العام", "قوي الامن العام"})
_AANES_PATRON_AFTER_RE = re.compile(r"\s+(?:ال)?تابعه\s+(?:ل|لل)(?:اداره\s+الذاتيه|قسد|قوات\s+سوريا\s+الديمقراطيه)")
_BY_AFTER_RE = re.compile(r"\s+(?:من\s+(?:قبل\s+)?(?=\S)|(?=[لب]))")
_PATRON_AFTER_RE = re.compile(r"\s+(?:ال)?تابع(?:ه)?\s+(?=\S)")
_STATE_PATRON_AFTER_RE = re.compile(r"\s+(?:ال)?تابعه\s+(?:ل|لل)(?:وزاره|حكومه|دوله|سلطات|سوريه)")
_THAT_VERB_OF_RE = re.compile(r"\s+\S+\s+\S+\s+(?:[^\s،,.]+\s+){0,3}?من\s+")   # "إنه قتل 7 مسلحين من "
_WITHDREW = frozenset({"انسحاب", "انسحبت", "انسحب", "انسحبوا", "انسحابها", "انسحابه", "انسحابهم"})
_UNDERWENT_RE = re.compile(r"(?:^|\s)[وف]?(?:تعرض|تعرضت|تعرضوا|يتعرض|تتعرض|لتعرض|تعرضها|تعرضه)\s")
# a post and its men before its owner ("عناصر حاجز لقوات النظام"), after a verb they are the subject of
_POSTS = frozenset({"حاجز", "الحاجز", "نقطه", "مفرزه", "مخفر", "دوريه"})
_POST_MEN = frozenset({"عناصر", "عنصر", "جنود", "افراد", "مسلحو", "حراس"})
# group nouns before a named group ("مع فصائل الجبهة الوطنية للتحرير")
_GROUP_NOUNS = frozenset({"فصايل", "الفصايل", "فصيل", "مجموعات", "كتايب", "عناصر", "مقاتلي", "ميليشيات", "ميليشيا", "مليشيات"})
# a kind noun before a group's name ("أعدمت ميليشيا حزب الله العراقي شاباً"): the name's own
_MOURN_VERBS = frozenset({"نعت", "نعي", "تنعي", "ينعي", "نعوا"})
# ... unless the dead fell in their own act, told with their pronoun ("قتلوا خلال هجوم شنوه", "خلال
# هجومهم", "عملية نفذوها", "مداهمة نفذتها قواتها", "أثناء استهدافهم")
_OWN_ACT_TOLD_RE = re.compile(r"(?:^|\s)(?:شنوه|شنوها|شنته|شنتها|نفذوه|نفذوها|نفذته|نفذتها|هجومهم|هجومها|هجومه|"
                              r"استهدافهم|استهدافها|استهدافه|قواتها|قواته|مقاتليها|مقاتليه)(?=[\s،,.]|$)")
_KIND_NOUNS = frozenset({"ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "عناصر", "مسلحو", "مقاتلو", "ارهابيو", "خلايا", "فلول", "مرتزقه", "جماعه", "حركه", "فصيل"})


def _victims_follow(norm: str, pos: int, lex: "_Lex") -> bool:
    """Are people counted or named right after an actor phrase ending at ``pos`` (a time between
    allowed): "أعدم تنظيم الدولة أمس الثلاثاء ثلاثة شبان", "أعدموا شاباً"?"""
    for w in _words_after(norm, pos, 6):
        if w in time_words():
            continue   # ("قتلت قوات النظام، فجر اليوم، عشرة أشخاص": "فجر" is dawn here, no blast)
        if w.isdigit() or w in _number_words() or w in lex.dual or w in lex.singular \
                or w.endswith("ا") and w[:-1] in lex.singular or w in lex.person_plurals:
            return True
        if w in lex.vague_counts and w not in ("عدد", "بعض"):
            return True   # "قتلت قوات النظام عشرات المدنيين": people, too many to count
        if w in ("في", "علي", "من", "ب") or w in lex.trigger_words:
            return False
    return False


def _lam_object(w: str, head) -> bool:
    """"لموقعهم", "لمواقع", "للمدينة", "لبلدة": an object noun after the ل that marks a masdar's
    object (with its possessive pronoun or its article)."""
    rest = w[2:] if w.startswith("لل") else w[1:]
    if head(rest) or w.startswith("لل") and head("ال" + rest):
        return True
    for suf in ("هما", "هم", "ها", "ه"):
        if rest.endswith(suf) and len(rest) > len(suf) + 2 and head(rest[:-len(suf)]):
            return True
    return False


# an aircraft's or missile's model ("إف-16", "تو-22 إم3", "F-16", "سو-34"): no word of the phrase
_MODEL_RE = re.compile(r"(?:^|(?<=\s))[a-z\u0621-\u064A]{1,5}\s?-\s?\d+(?:\s?[a-z\u0621-\u064A]{1,2}\d)?(?=\s|$)")


_TOLL_PREPS = frozenset({"في", "علي", "خلال", "جراء", "اثر", "بين", "اثناء", "عند", "قرب"})


def _trigger_or_agent(word: str, lex: _Lex) -> bool:
    """Is ``word`` an act's word or an agent noun ("طائرات", "قصف"), not a name or an adjective?"""
    w = _strip_clitic(word)
    return w in lex.trigger_words or w in lex.agent_nouns or word in lex.trigger_words or word in lex.agent_nouns


def _victims_next(norm: str, pos: int, lex: "_Lex") -> bool:
    """Do the ones struck follow an actor phrase ending at ``pos``, as an object with no
    preposition (a time word skipped)? "قتل مسلحون مجهولون عنصراً من قسد" (a singular in the
    accusative), "… عنصرين" (a dual), "قتلت قوات النظام خمسة مدنيين" (a count of victims)."""
    nxt = [x for x in _words_after(norm, pos, 5) if x not in time_words()][:2]
    return bool(nxt) and (object_victims(nxt[0], nxt[1] if len(nxt) > 1 else None, lex) > 0
                          or (nxt[0].isdigit() or nxt[0] in _number_words() or nxt[0] in lex.person_plurals)
                          and _victims_follow(norm, pos, lex))


_POSSESSIVE_RE = re.compile(r"(?<=\w{3})(?:هما|هم|هن|ها|ه)$")


def _possessed(w: str) -> str:
    """The noun under a possessive pronoun ("منزلهما" → "منزل", "سيارته" → "سياره"), or ""."""
    m = _POSSESSIVE_RE.search(w)
    if m is None:
        return ""
    base = w[:m.start()]
    return base[:-1] + "ه" if base.endswith("ت") else base


def _object_follows(norm: str, pos: int, lex: "_Lex") -> bool:
    """Does an object (a place or target noun outside any prepositional phrase) follow an actor
    phrase ending at ``pos``, in the same clause? "استهداف التنظيمات الإرهابية المتمركزة في منطقة
    خفض التصعيد مدينة السقيلبية" yes; "استهداف قوات النظام في مدينة درعا" no."""
    # (a time between commas does not end it: "استهداف القوات الحكومية بقذائف الهاون، مساء أمس، أطراف بلدة")
    clause = re.split(r"[.،,؛:!?()\"«»]", _TIME_ASIDE_RE.sub(" ", norm[pos:pos + 140]), maxsplit=1)[0]
    words = _WORD.findall(clause)[:10]

    def head(w: str) -> bool:
        return w in lex.object_heads or w.endswith("ا") and w[:-1] in lex.object_heads \
            or _possessed(w) in lex.object_heads   # tanween: "حاجزاً"; a pronoun: "منزلهما", "سيارته"

    instrument = False   # inside "بطائرات مسيرة", "بالطائرات المسيرة": the weapon, not another act
    for i, w in enumerate(words):
        if w in lex.trigger_words and instrument or w[:1] == "ب" and (w[1:] in lex.trigger_words or w[1:] in _INSTRUMENT_NOUNS):
            instrument = True
            continue   # "استهداف الفصائل بطائرات مسيرة مواقع لقوات النظام": the weapon and its adjectives
        instrument = False
        if w in lex.relatives or w in lex.trigger_words:
            return False   # "قوات النظام التي قصفت مواقع …": another clause's object
        prev = words[i - 1] if i else ""
        if w[:1] == "ل" and prev not in lex.object_preps and _lam_object(w, head):
            return True   # "جراء استهداف قوات النظام لموقعهم بقذائف الهاون": the masdar's object after ل
        # (not inside a place phrase: "في محيط مدينة درعا", "بريف مدينة حماة", "شمالي مدينة حماة")
        if head(w) and not (prev in lex.object_preps or head(prev) or prev[:1] == "ب" and head(prev[1:])
                            or prev.startswith("بال") and head(prev[1:])):
            return True
    return False


def _act_after_comma(norm: str, pos: int, lex: "_Lex") -> bool:
    """Is another act told after the next comma ("بالتزامن مع استهداف الطائرات الروسية بلدة البارة،
    قصفت قوات النظام بلدة كنصفرة": the sentence's main act, by its own subject)?"""
    c = min((i for i in (norm.find("،", pos), norm.find(",", pos)) if i >= 0), default=-1)
    return c >= 0 and lex.trigger_re.search(norm, c) is not None


# weapons after "ب" ("بطائرات مسيرة", "بصواريخ"): the instrument of the act named before them
_INSTRUMENT_NOUNS = frozenset(normalize_char_string(w) for w in (
    "طائرات", "طائرة", "الطائرات", "الطائرة", "صواريخ", "صاروخ", "الصواريخ", "قذائف", "القذائف", "مسيرات", "المسيرات",
    "مسيرة", "المسيرة", "الطيران", "طيران"))


@dataclass
class _ActorHit:
    actor: str
    start: int
    end: int
    agent: float = 0.0
    of_type: str | None = None   # "هجوم الفصائل": the type of the event noun it is the genitive of
    supporter: bool = False      # "بدعم من المدفعية التركية": backs the agent; neither agent nor target
    source: bool = False         # "قالت وزارة الدفاع", "اتهمت السلطات السورية": who speaks; no target either
    accuser: bool = False        # "وحمّلت أنقرة …", "اتهمت قسد …": who blames; never the agent
    accused: bool = False        # "… وحدات حماية الشعب المسؤولية": who is blamed; not the target either


_AND_RE = re.compile(r"(?:^|\s)و")
_AND_SYRIAN_RE = re.compile(r"\s+(?:(و(?:ال)?سوري(?:ه)?)|واخري\s+((?:ال)?سوري(?:ه)?))(?![\w])")   # (also "روسية وأخرى سورية")
_PAREN_RE = re.compile(r"\([^)]{0,40}\)")


@dataclass(frozen=True)
class _Readings:
    """How one article names its actors: whether it names ISIS (else "الإرهابيين" are the
    armed opposition), whose occupation "الاحتلال" is, whose forces "الفصائل" are, and whose
    "قواتنا" (the actor whose statement the article is, or None)."""

    isis_named: bool = True
    occupier: str = "israel"
    enemy: str | None = None          # whose bare "العدو", "الكيان" (Israel's where the article names Israel)
    factions: str = "opposition"
    speaker: str | None = None
    # the side a label heading the text issues it ("أعماق: قنص عنصر من قسد", "وزارة الدفاع التركية:
    # تحييد 5 إرهابيين"), and where its line ends when that line opens with an act's noun: the
    # acts told there are the issuer's
    issuer: str | None = None
    issuer_line_end: int = -1
    issuer_media: bool = False   # the issuer is a state medium ("سانا:"): a source, whose line may name the agent
    issuer_toll: bool = False    # the issuer's line opens with a toll: news, whose line may name the agent
    pkk_named: bool = False   # "التنظيم" is the PKK when the article names it before any ISIS
    labels_isis: bool = True  # "الإرهابيون" are ISIS where ISIS is named (see extract_events)
    new_era: bool = False     # published after 8 December 2024: the rebels' command is the government
    mercenaries: str = "opposition"   # whose "المرتزقة" (the one kind of "مرتزقة X" the article names)
    militia: str | None = None        # whose "الميليشيا" (the one militia the article names), or no one's
    local_fighters: str = "unknown"   # whose "المقاتلين المحليين" (Daraa's former rebels before 8 December 2024)
    generic: str = "syrian_gov"       # whose bare "الجيش", "سلاح الجو" (Israel's in the Israeli army's own words)
    ministry: str | None = None       # whose bare "الوزارة" (the one side whose ministries the article names)
    asayish: bool = False             # "قوى الأمن الداخلي" are the SDF's (the north-east before 8 December 2024)
    hts_named: bool = False           # "الهيئة" is HTS (named in the article, before 8 December 2024)
    hts_security: bool = False        # "الأمن العام" is HTS's (as "الهيئة", in an article dated before 8 December 2024)
    military_police: str = "syrian_gov"   # whose "الشرطة العسكرية" (the factions' in the towns they held, 2018–2024)
    lone_tanzim: bool = False         # "التنظيم" with no organisation named at all: ISIS ("أعدم التنظيم خمسة مدنيين")


_PLAIN_READINGS = _Readings()


def _readings(norm_all: str, lex: _Lex, pub: dt.date | None = None, admin1s: Sequence[str] = ()) -> _Readings:
    """The article's readings, from its whole normalized text, its publication date and the
    provinces of the places it names (``admin1s``, one per mention)."""
    pkk_named = bool(lex.pkk_name_re.search(norm_all))
    israel_named = _ISRAEL_RE.search(norm_all) is not None
    hts = (pub is None or pub < NEW_ERA) and _hts_meant(norm_all, admin1s)
    rd = _Readings(
        new_era=pub is not None and pub >= NEW_ERA,
        isis_named=_isis_first(norm_all, lex),
        pkk_named=pkk_named,
        occupier=_occupier(norm_all, israel_named, admin1s),
        enemy="israel" if israel_named else None,
        # an article that names the government's factions ("فصائل تابعة لحكومة دمشق") means
        # them by "الفصائل" throughout
        factions="syrian_gov" if _GOV_FACTIONS_RE.search(norm_all)
        or pub is not None and pub >= NEW_ERA and _NEW_GOV_FACTIONS_RE.search(norm_all) else "opposition",
        mercenaries=_named_kind(norm_all, lex, "مرتزق", _MERCENARIES_OF_RE) or "opposition",
        militia=_named_kind(norm_all, lex, "يليشي", _MILITIA_OF_RE),
        local_fighters="opposition" if (pub is None or pub < NEW_ERA) and _about_daraa(norm_all, admin1s) else "unknown",
        asayish=(pub is None or pub < NEW_ERA) and _about_the_north_east(norm_all, admin1s),
        hts_named=hts,
        hts_security=hts and pub is not None and not _FORMER_REGIME_RE.search(norm_all),   # ("فلول النظام البائد": the
        # state's, after it fell)
        # (the towns looked for only where the military police is named)
        military_police="opposition" if (pub is None or AFRIN_TAKEN <= pub < NEW_ERA) and "شرطه العسكريه" in norm_all
        and lex.sna_towns_re.search(norm_all) else "syrian_gov",
        lone_tanzim=not pkk_named and not _TANZIM_NAMED_RE.search(norm_all),
        # "جيش الدفاع" is how the Israeli army names itself: its "سلاح الجو" is Israel's
        generic="israel" if _IDF_SELF_RE.search(norm_all) or lex.israeli_source_re.search(norm_all)
        and not _SYRIAN_ARMY_NAMED_RE.search(norm_all) else "syrian_gov")
    lab = _LEAD_LABEL_RE.match(norm_all)
    issuer, issuer_media = _label_issuer(lab, lex, rd) if lab is not None else (None, False)
    if issuer is not None and issuer != "unknown":
        first = _WORD.findall(norm_all[lab.end():lab.end() + 30])[:1]
        # (ISIS's agency tells only its own acts: "وكالة أعماق: مقتل 4 عناصر من الجيش التركي بتفجير عبوة")
        if first and (_strip_clitic(first[0]) in lex.communique_act_nouns or issuer == "isis" and first[0] in ("مقتل", "قتل")):
            end = norm_all.find("\n", lab.end())
            # (a line that opens with a toll is news, whose line may name the agent: "أعماق: مقتل سبعة
            # مدنيين بقصف طائرات روسية على العشارة")
            rd = dataclasses.replace(rd, issuer=issuer, issuer_line_end=end if end >= 0 else len(norm_all),
                                     issuer_media=issuer_media, issuer_toll=first[0] in ("مقتل", "قتل"))
    if issuer in _FOREIGN_ARMIES:
        # "وزارة الدفاع التركية: … وقصفت وحدات المدفعية مواقع …": a foreign army's statement
        # names its own units bare
        rd = dataclasses.replace(rd, generic=issuer)
    rd = dataclasses.replace(rd, speaker=_speaker(norm_all, lex, rd) or (issuer if lex.first_person_re.search(norm_all) else None))
    return dataclasses.replace(rd, ministry=_ministry(norm_all, lex, rd))


def _label_issuer(lab: re.Match, lex: _Lex, rd: _Readings) -> tuple[str | None, bool]:
    """The side a label heading the text issues it ("وزارة الدفاع التركية: …", "المركز الإعلامي
    لقسد: …"), or None: the one named side in the label (``_LEAD_LABEL_RE``'s match); and whether
    that side is known only by its state medium ("سانا:": a source, whose line may name the agent)."""
    named = {h.actor for h in _actor_hits(lab.group(1), lex, rd) if h.actor != "unknown"}
    # ("مصدر عسكري لسانا:": a state medium's military source speaks for its side)
    sides = named | {actor for actor, cue in lex.state_media if cue.search(lab.group(1))}
    if lex.isis_name_re.search(lab.group(1)):
        named.add("isis")   # "أعماق:", "وكالة أعماق:": its own agency
        sides.add("isis")
    return (sides.pop(), not named) if len(sides) == 1 else (None, False)


# a label heading the text: up to eight words before a colon, on the first line
_LEAD_LABEL_RE = re.compile(r"\s*((?:[^\s:.\n،,]+\s+){0,7}[^\s:.\n،,]+)[\s»\")]*:")


def _ministry(norm_all: str, lex: _Lex, rd: _Readings) -> str | None:
    """Whose ministry a bare "الوزارة" is: the one side whose ministries the article names
    ("أعلنت وزارة الدفاع السورية …"), or None (none named, or several sides')."""
    if "الوزاره" not in norm_all:
        return None
    sides = {h.actor for h in _actor_hits(norm_all, lex, rd)
             if norm_all.startswith(("وزاره", "ووزاره", "لوزاره", "بوزاره"), h.start) and h.actor != "unknown"}
    return sides.pop() if len(sides) == 1 else None


# an act's own target right after its agent's nisba ("غارات روسية على بلدة مسحرة")
_AIMED_AT_AFTER_RE = re.compile(r"\s+(?:علي|ضد|استهدفت|طالت)\s")
# a relative pronoun right before a verb ("وزارة الدفاع التركية التي حملت …"): the verb's subject
_REL_BEFORE_RE = re.compile(r"(?:^|\s)(?:التي|الذي|الذين)\s+[وف]?\S*$")
# an assault's noun, whose lam-genitive before its target is its doer ("هجوم لوحدات حماية الشعب على …")
_OF_THEM = frozenset({"احداها", "احداهما", "بعضها", "معظمها", "جميعها", "اغلبها", "اثنتين", "اثنين"})   # … of them
_ASSAULT_NOUNS = frozenset({"هجوم", "هجوما", "هجمات", "هجمه"})
# the adjectives of an act between it and a nisba ("قصف جوي ومدفعي تركي")
_ACT_ADJECTIVES = frozenset({"جوي", "جويه", "مدفعي", "مدفعيه", "صاروخي", "صاروخيه", "بري", "بريه", "عنيف", "عنيفه",
                             "مكثف", "مكثفه", "متقطع", "متقطعه", "مركز", "مركزه"})


def _act_before_adjectives(wb: list[str], lex) -> str | None:
    """The type of the act word right before a run of its adjectives that ends ``wb`` ("قصف جوي
    ومدفعي"), or None."""
    k = len(wb) - 1
    while k >= 0 and _strip_clitic(wb[k]) in _ACT_ADJECTIVES and len(wb) - k <= 3:
        k -= 1
    if k < 0 or k == len(wb) - 1:
        return None
    return lex.type_of.get(wb[k]) or lex.type_of.get(_strip_clitic(wb[k]))


# the men of a side in construct between an attack and the side ("بهجوم عناصر داعش")
_FORCE_GENITIVES = frozenset({"عناصر", "مسلحي", "مقاتلي", "خلايا", "خليه", "ارهابيي", "فلول", "مجموعه", "مجموعات",
                              "ميليشيات", "مليشيات", "مرتزقه"})


def _agreeing_verb(w: str, lex: _Lex) -> bool:
    """Is ``w`` a strike verb in the dual or the plural ("استهدفا", "قصفوا")? Arabic puts such a verb after
    its subject: the side named right after it is its object."""
    return w.endswith("وا") and w[:-2] in lex.strike_verbs or w.endswith("ا") and w[:-1] in lex.strike_verbs


def _lam_agent(token: str, head: str) -> bool:
    """Is ``token`` the phrase's head with the lam of the doer ("هجوم لوحدات حماية الشعب على …")?
    Read so only after an assault's noun with the target following ("على", "ضد"): "استهداف لقوات
    النظام على الطريق" is the lam of the object."""
    return token == "ل" + head or (head.startswith("ال") and token == "لل" + head[2:])


# the Syrian army named as such, or its voices ("الجيش العربي السوري", "جيشنا", "مصدر عسكري"): its bare
# "الجيش" is it, whatever Israeli outlet the article quotes
_SYRIAN_ARMY_NAMED_RE = re.compile(r"الجيش\s+(?:العربي\s+)?السوري|جيشنا|(?:^|\s)مصدر\s+عسكري|سانا|وحدات\s+من\s+الجيش")
_IDF_SELF_RE = re.compile(r"(?:^|\s)[وف]?جيش\s+الدفاع(?!\s+(?:الوطني|الشعبي|الذاتي|المدني))")


_DARAA_RE = re.compile(r"درعا|حوران")
_SUWAYDA_RE = re.compile(r"السويدا|جبل العرب")


_SDF_NAMED_RE = re.compile(r"قسد|سوريا الديمقراطيه|اداره الذاتيه|الاسايش|شمال وشرق سوريا")
# (not Deir ez-Zor: its city and the west bank were the government's from 2017 to 2024)
_NORTH_EAST = ("Al-Hasakeh", "Ar-Raqqa")


def _about_the_north_east(norm_all: str, admin1s: Sequence[str] = ()) -> bool:
    """Does the article name the SDF or its administration, or are most of its places in Hasakah
    and Raqqa? (There "قوى الأمن الداخلي" are the Asayish; SANA's are the police.)"""
    if _SDF_NAMED_RE.search(norm_all):
        return True
    return bool(admin1s) and sum(a in _NORTH_EAST for a in admin1s) * 2 > len(admin1s)


def _hts_meant(norm_all: str, admin1s: Sequence[str] = ()) -> bool:
    """Is "الهيئة" HTS: the article names it, or names no other body ("هيئة الأمم", "الهيئة
    العامة") and its places are in the north-west, where "الهيئة" alone is how outlets call it
    ("الهيئة تقتحم دارة عزة وتعتقل العشرات من أنصار الزنكي")?"""
    if _HTS_NAMED_RE.search(norm_all):
        return True
    return bool(admin1s) and sum(a in _NORTH_WEST for a in admin1s) * 2 > len(admin1s) \
        and _OTHER_BODY_RE.search(norm_all) is None


def _about_daraa(norm_all: str, admin1s: Sequence[str] = ()) -> bool:
    """Is the article about Daraa (named more often than Suwayda, whose local factions are no rebels)?
    With neither named, are its places in Daraa ("اشتباكات بين مقاتلين محليين وخلايا داعش في مدينة جاسم")?"""
    n = len(_DARAA_RE.findall(norm_all))
    s = len(_SUWAYDA_RE.findall(norm_all))
    if n == 0 and s == 0:
        n, s = admin1s.count("Dar'a"), admin1s.count("As-Sweida")
    return n > 0 and n > s


def _named_kind(norm_all: str, lex: _Lex, stem: str, before_re: re.Pattern) -> str | None:
    """The one actor the article names with a generic noun before its name ("مرتزقة داعش",
    "23 مرتزق من داعش", "ميليشيا حزب الله"): whom the bare noun ("المرتزقة", "الميليشيا") then
    means; None when it names none or several."""
    named = {a for _, a in named_kinds(norm_all, lex, stem, before_re)}
    return named.pop() if len(named) == 1 else None


def named_kinds(norm_all: str, lex: _Lex, stem: str, before_re: re.Pattern) -> list[tuple[int, str]]:
    """Where the article names an actor with the generic noun ``stem`` ("مرتزقة داعش"): (offset,
    actor) in text order."""
    if stem not in norm_all:
        return []
    out = []
    for m in lex.actor_re.finditer(norm_all):
        a = lex.actor_of.get(m.group(1), "@")
        if a.startswith("@"):
            continue
        w = m.group(1).split(" ", 1)[0]
        # ("بين المرتزقة وقوات النظام": another party joined by و, not the kind named)
        joined = m.start(1) > m.start() and norm_all[m.start()] in "وف"
        if " " in m.group(1) and stem in w \
                or not joined and before_re.search(norm_all, max(0, m.start() - 16), m.start()):
            out.append((m.start(), a))
    return out


_FIRE_FROM_RE = re.compile(r"(?:^|\s)[لب]?(?:ال)?(?:قصف|غارات|قذائف|استهداف)(?:\s+\S+){0,2}\s+من\s+(?:قبل\s+)?$")
# (the possessive noun ends the phrase: "من مستشاريه في الضربة", not "من قادة داعش" — ة is ه once normalized)
_OWN_DEAD_RE = re.compile(r"(?:\s+\S+){0,3}?\s+(?:مقتل|مصرع|استشهاد|اصابه|وفاه)\s+(?:\S+\s+){0,2}?من\s+\S+(?:ه|ها|هم|يه|يها|يهم)"
                          r"(?:\s+\S+(?:يين|يون|ين|يه))?(?=\s*(?:[،,.]|$|(?:في|خلال|جراء|اثر|بعد|اليوم|امس|و\S*)(?:\s|$)|ب))")
# the patrol then suffered the act ("دخلت دورية روسية إلى بلدة تل تمر، وتعرضت لهجوم من مسلحين")
_UNDERWENT_AFTER_RE = re.compile(r"(?:^|\s)[وف]?(?:تعرضت|تعرض|تعرضوا|استهدفت\s+من|استهدفها|استهدفهم|هاجمها|هاجمهم)(?=\s)")
_DEAD_OF_RE = re.compile(r"[,،]?(?:\s+\S+){0,3}?\s+(?:مقتل|مصرع|استشهاد|ارتقاء|اصابه|وفاه)\s+(?:\S+\s+){0,3}?من\s+")
_ARMY_WORD_RE = re.compile(r"جيش|قوات|وزاره|سلاح|الاحتلال|التحالف|سنتكوم|القياده|طيران|طايرات|مقاتلات|مسيرات")   # ("الجيش الإسرائيلي", not "التهديدات التركية")
# countries whose name is spelled as their accusative nisba once normalized ("تركياً" = "تركيا", "روسياً")
_ACCUSATIVE_NISBA_NAMES = frozenset({"تركيا", "روسيا"})
# (adverbs in the accusative, "وقصفت أيضاً تركيا", qualify no noun: geoparse.yaml accusative_adverbs)
_FOREIGN_STATES = frozenset({"اسراييل", "تركيا", "انقره", "الولايات المتحده", "واشنطن"})
OWN_ARMY_CHARS = 200   # how far back the army that speaks or acts may be named
_FOREIGN_ARMIES = ("israel", "turkey", "coalition")   # (Russia's ministry reports the Syrian army's acts)
_MERCENARIES_OF_RE = re.compile(r"مرتزق\S*\s+(?:من\s+)?$")
_MILITIA_OF_RE = re.compile(r"م[ي]?ليشي\S*\s+[\"'«“]?$")


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


_CONDEMN_HINT_RE = re.compile(r"دان|دين|ندد|نكر|شجب|نفي")
_REPLY_VERBS = frozenset({"ترد", "يرد", "ردت", "رد", "تشن", "يشن", "تقصف", "يقصف", "تستهدف", "يستهدف", "تضرب", "يضرب"})
_STATEMENT_END_RE = re.compile(r"[.:؛\n]")


def _acts_after_condemning(norm: str, pos: int, lex: "_Lex") -> bool:
    """Does the condemning side go on to act in its own clause ("تركيا تستنكر الهجوم وترد بقصف مدفعي على
    تل رفعت", "واشنطن تدين الهجوم وتشن ضربات على برزة")? Then it is the author of that act."""
    end = _STATEMENT_END_RE.search(norm, pos)
    for w in _WORD.findall(norm[pos:end.start() if end else len(norm)])[:12]:
        if w in ("الذي", "التي", "الذين"):
            return False   # (the act's own relative clause: "نددت واشنطن بالتفجير الذي ضرب أعزاز وأوقع …")
        if w.startswith("و") and (w[1:] in lex.agent_markers or w[1:] in lex.trigger_words or w[1:] in _REPLY_VERBS):
            return True
    return False


def _actor_hits(norm: str, lex: _Lex, rd: _Readings = _PLAIN_READINGS) -> list[_ActorHit]:
    hits = []
    any_rel = _has_relative(norm)
    any_ascribed = ("نسب" in norm or "عز" in norm) and _ASCRIBED_RE.search(norm) is not None
    accused_end = -1   # where the last actor named as accused ends
    accusing = lex.accusation_word_re.search(norm) is not None
    condemning = _CONDEMN_HINT_RE.search(norm) is not None   # (a pre-test: most texts condemn nothing)
    for m in lex.actor_re.finditer(norm):
        phrase = m.group(1)
        actor = lex.actor_of.get(phrase)
        if actor is None:
            continue
        svo = False
        if actor == "isis" and not rd.isis_named and phrase.endswith("تنظيم"):
            # "التنظيم الإرهابي" is the PKK in a Turkish statement: ISIS only if named first
            # (or its cells: "بكمين نصبته خلايا التنظيم في بادية الرصافة")
            if rd.pkk_named:
                actor = "sdf"
            elif not phrase.startswith(("خلايا", "خليه")) and not rd.lone_tanzim:
                continue
        if actor == "@speaker":
            if rd.speaker is None:
                continue
            actor = rd.speaker   # "ردّت قواتنا" in a statement of the Turkish defence ministry
        elif actor in ("@occupier", "@enemy"):
            wb1 = _WORD.findall(norm[max(0, m.start() - 16):m.start()])[-1:]
            if wb1 and _strip_clitic(wb1[0]) in _RESISTING:
                continue   # "فصائل مقاومة الاحتلال": the occupation resisted, not the agent
            if actor == "@enemy" and rd.enemy is None:
                continue
            actor = rd.occupier if actor == "@occupier" else rd.enemy
        elif actor == "@ministry":
            if rd.ministry is None:
                continue
            actor = rd.ministry   # "وقالت الوزارة إن قواتها …" after "أعلنت وزارة الدفاع السورية"
        elif actor == "@hts":
            if not rd.hts_named:
                continue
            actor = "opposition"   # "وشنت الهيئة حملة اعتقالات" after "هيئة تحرير الشام"
        elif actor == "@mercenaries":
            actor = rd.mercenaries
        elif actor == "@militia":
            nxt = _words_after(norm, m.end(), 1)
            if rd.militia is None or nxt and (len(nxt[0]) > 3 and nxt[0].startswith("ال") and nxt[0].endswith(("ي", "يه"))
                                              or nxt[0].startswith(("التابع", "الموالي", "المدعوم"))):
                continue   # ("الميليشيات الكردية", "الميليشيات الموالية لـ…": another militia, named)
            actor = rd.militia
        elif actor == "@police":
            actor = rd.military_police   # "شنت الشرطة العسكرية حملة اعتقالات في جنديرس" (2021): the factions'
        elif actor == "@local":
            nxt = _words_after(norm, m.end(), 2)
            if nxt and (lex.allied_re.match(" " + nxt[0]) or len(nxt) == 2 and nxt[0] == "مسلحه" and lex.allied_re.match(" " + nxt[1])):
                continue   # "مجموعات محلية تابعة لفرع الأمن العسكري": the patron named after them acts
                # (not "هاجم مسلحون محليون نقطة تابعة لفرع …": the point is the branch's)
            actor = rd.local_fighters   # "تصدى المقاتلون المحليون للهجوم" in Daraa al-Balad, 2021
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
            # (or the act's verb right after it: "أن \"الجهات المختصة\" لاحقت اليوم مجموعة إرهابية")
            if not (wb and ({wb[-1], _strip_clitic(wb[-1])} & (acts | lex.trigger_words)
                            or len(wb) == 2 and {f"{wb[0]} {wb[1]}", f"{_strip_clitic(wb[0])} {wb[1]}"} & acts)
                    or nxt and nxt[0] in acts) \
                    or nxt and (nxt[0] in ("في", "لدي") or nxt[0].startswith(("التابع", "تابع"))):
                continue
            actor = "syrian_gov"
            svo = bool(nxt) and nxt[0] in acts   # (its verb after it: the subject that acts)
        elif actor == "syrian_gov" and rd.new_era and lex.loyal_to_re.search(norm, max(0, m.start() - 14), m.start()) \
                and _FORMER_RE.match(norm, m.end()):
            actor = "unknown"   # "مسلحون موالون للنظام السابق" (2025): the former regime's loyalists, no party
        elif actor == "syrian_gov" and (pm := _PATRON_AFTER_RE.match(norm, m.end())) is not None \
                and (pa := lex.actor_re.match(norm, pm.end())) is not None \
                and lex.actor_of.get(pa.group(1)) not in (None, "syrian_gov", "@generic"):
            continue   # "جهاز الأمن العام التابع لهيئة تحرير الشام": the body of the side named after it
            # (that side's own name is a hit of its own)
        elif actor == "syrian_gov" and phrase in _GENERAL_SECURITY and rd.hts_security:
            actor = "opposition"   # "شنّ جهاز الأمن العام حملة أمنية في بلدة كفرتخاريم" (2021): HTS's security
            # service in the north-west before 8 December 2024, the state's since
        elif actor == "syrian_gov" and phrase in _INTERNAL_SECURITY and (
                rd.asayish and not _STATE_PATRON_AFTER_RE.match(norm, m.end())   # (not "… التابعة لوزارة الداخلية")
                or _AANES_PATRON_AFTER_RE.match(norm, m.end())):   # (in any year: "… التابعة للإدارة الذاتية")
            actor = "sdf"   # "شنت قوى الأمن الداخلي حملة مداهمات في مخيم الهول" (2022): the Asayish's
            # own name in the north-east before December 2024
        elif actor == "opposition" and rd.factions != "opposition" and phrase.endswith("فصايل"):
            actor = rd.factions   # "فصائل تابعة لحكومة دمشق … طائرة مسيّرة تابعة للفصائل": the same factions
        label = actor == "@label"
        if label and (lg := lex.allied_gap_re.match(norm, m.end())) is not None:
            # "جماعات مسلحة موالية لإيران", "مجموعات مسلحة موالية للنظام": the patron named after the label
            # is the side, not the state media's armed groups (a named side has its own hit)
            patron = "iran_backed" if norm.startswith(lex.iran_names, lg.end()) else \
                lex.actor_of.get(pa.group(1), "@") if (pa := lex.actor_re.match(norm, lg.end())) is not None else "@"
            if patron == "iran_backed":
                actor, label = patron, False
            elif patron not in ("turkey", "coalition") and not patron.startswith("@"):
                continue   # (not Turkey's or the coalition's: the factions they back are the opposition)
        if label and phrase in ("ارهابيين", "ارهابيتين"):
            wb1 = _WORD.findall(norm[max(0, m.start() - 20):m.start()])[-1:]
            if wb1 and _strip_clitic(wb1[0]).endswith(("ين", "ان")) and _strip_clitic(wb1[0]) in lex.trigger_words:
                continue   # "بتفجيرين إرهابيين": the dual act's adjective, not "the terrorists"
        if label and phrase.startswith(("اعتداء", "الاعتداء")) and (by := _BY_AFTER_RE.match(norm, m.end())) is not None \
                and (named := lex.actor_re.match(norm, by.end())) is not None \
                and not lex.actor_of.get(named.group(1), "@").startswith("@"):
            continue   # "باعتداء إرهابي من الأسايش": the state media's word for the act, its doer named after it
        if label:
            # (after 8 December 2024 the armed opposition is the government: "بهجوم لمسلحين على حاجز
            # في قرية المتونة" (2025) names no party)
            actor = "isis" if rd.isis_named and rd.labels_isis else "unknown" if rd.new_era else "opposition"
            if hits and lex.loyal_to_it_re.match(norm, m.end()) and not norm[hits[-1].end:m.start()].replace("و", "").strip():
                actor = hits[-1].actor   # "قوات النظام والمسلحين الموالين لها": its own militias, not rebels
        elif actor == "@generic":
            nxt = _words_after(norm, m.end(), 2)
            # (a definite adjective: "الجيش اللبناني"; not "الجيش بالمدفعية")
            if nxt and (len(nxt[0]) > 3 and nxt[0].startswith("ال") and nxt[0].endswith(("ي", "يه")) and nxt[0] not in _NOT_NISBA
                        or nxt[0] in ("الوطني", "الحر")
                        or nxt[0].startswith(("التابع", "تابع", "لل"))):
                continue   # "الجيش اللبناني", "سلاح الجو التابع للتحالف": not Syria's
            if nxt and not phrase.startswith("ال") and nxt[0].endswith(("ي", "يه")) \
                    and lex.actor_of.get(nxt[0]) not in (None, "syrian_gov") and not lex.actor_of[nxt[0]].startswith("@"):
                continue   # "بقصف مروحي روسي": the flag's (its own phrase)
            if len(nxt) == 2 and nxt[0] == "في" and nxt[1] in lex.foreign or \
                    nxt and nxt[0][:1] == "ب" and nxt[0][1:] in lex.foreign:
                continue   # "مبنى وزارة الداخلية في أنقرة": another country's
            # "وزارة الدفاع في الحكومة السورية المؤقتة": the Turkey-backed interim government's
            actor = "opposition" if _INTERIM_AFTER_RE.match(norm, m.end()) else rd.generic
            prev_w = _WORD.findall(norm[max(0, m.start() - 20):m.start()])[-1:]
            # (or its media: "ذكرت هيئة البث الإسرائيلية أن سلاح الجو نفذ ضربة")
            own = next((x.actor for x in reversed(hits) if x.actor in _FOREIGN_ARMIES and m.start() - x.end <= OWN_ARMY_CHARS
                        and (_ARMY_WORD_RE.search(norm, x.start, x.end) or _strip_clitic(norm[x.start:x.end]) in _FOREIGN_STATES
                             or lex.own_media_re.search(norm, max(0, x.start - 24), x.start))),
                       None)
            if own is not None and norm[m.start():m.start(1)] != "ل" and not phrase.startswith("ل") \
                    and not (prev_w and _strip_clitic(prev_w[0]) in lex.position_words):
                actor = own   # "أعلن الجيش الإسرائيلي أن سلاح الجو أغار على …": its own air force
        if actor == "unknown" and "يران" in norm and (pg := lex.patron_gap_re.match(norm, m.end())) is not None \
                and norm.startswith(lex.iran_names, pg.end()):
            actor = "iran_backed"   # "قوات العشائر المدعومة من إيران": a force Iran backs is its proxy
        h = _ActorHit(actor, m.start(), m.end())
        if svo:
            h.agent += 1.5
        before = norm[max(0, m.start() - 90):m.start()]
        if "-" in before:   # an aircraft's model between its noun and its nisba ("طائرة إف-16 إسرائيلية")
            before = _MODEL_RE.sub(" ", before)
        wb_hit = _WORD.findall(before)   # the words before, once
        if len(wb_hit) >= 3 and wb_hit[-1] in _SELF_NAMED and wb_hit[-2] == "علي":
            wb_hit = wb_hit[:-3]   # "تبنت مجموعة تطلق على نفسها «لواء الغالبون»": the name it gives itself
        if actor == "unknown" and phrase.endswith(("جهه مجهوله", "جهات مجهوله")) and (
                wb_hit and wb_hit[-1] in _TOWARD_WORDS or norm[m.start():m.start(1)].endswith("ل")
                or phrase.startswith("ل")):
            continue   # "اقتادت ثلاثة شبان إلى / لجهة مجهولة": an unknown destination, not an unknown party
        if _is_guess(wb_hit[-6:], lex):
            continue   # "غارات يُرجّح أنها إسرائيلية": a guess, not an attribution
        if phrase.startswith(("رصاص ", "نيران ")):
            h.agent = max(h.agent, 1.5)   # "سقوط ٥ شهداء برصاص الأمن": a side named by its fire shot them
            hits.append(h)
            continue
        if condemning and (lex.condemner_re.search(before)
                           or any(_strip_clitic(w) in lex.condemns_after for w in _words_after(norm, m.end(), 1))) \
                and not _acts_after_condemning(norm, m.end(), lex):
            h.agent = min(h.agent, -2.0)   # "أدانت روسيا التفجير الذي استهدف حي الزهراء": who condemns
            h.source = h.accuser = True    # an act is neither its author nor its target
            hits.append(h)
            continue
        if wb_hit and _strip_clitic(wb_hit[-1]) == "حفظ" and phrase.endswith("نظام"):
            continue   # "حاجز لحفظ النظام": law and order (the riot police's name), not the regime
        if wb_hit and wb_hit[-1] in lex.membership_nouns or len(wb_hit) >= 2 and wb_hit[-1] in ("الي", "ل") \
                and (wb_hit[-2] in lex.joined_verbs or wb_hit[-2] in lex.membership_nouns):
            h.agent = min(h.agent, -2.0)   # "انضم إلى فرقة الحمزة", "المتهم بالانتماء لداعش": the side a
            # victim joined or is said to belong to
            hits.append(h)
            continue
        if _LABEL_COLON_RE.match(norm, m.end()) and len(_WORD.findall(norm[line_start(norm, m.start()):m.start()])) <= 4:
            # "المركز الإعلامي لقسد: قصفت فصائل السلطان مراد قرية الصيادة": who speaks, heading the
            # line; the subject told after the verb did it
            h.agent -= 2.0
            h.source = True
        if wb_hit and lex.claim_re.fullmatch(wb_hit[-1]) and _negated(wb_hit, len(wb_hit) - 1):
            continue   # "دون أن يتبنى التنظيم العملية", "ولم يتبن التنظيم الهجوم": no claim
        if lex.actor_of.get(phrase) == "@speaker" and phrase.endswith("نا") \
                and _THAT.intersection(wb_hit[-3:]) and not _QUOTE_OPEN_VICTIM_RE.search(" ".join(wb_hit[-3:])):
            h.agent += 1.5   # "وقالت الوزارة إن «عناصر من قواتنا الخاصة حيّدت …»": its forces, the subject
        if phrase in lex.first_person_acts:
            h.agent = 3.0   # "قال المتحدث باسم الجبهة الوطنية للتحرير: قصفنا مواقع قوات النظام": the speaker did it
            hits.append(h)
            continue
        if wb_hit and (wb_hit[-1] in lex.relative_agent_verbs
                       or len(wb_hit) > 1 and wb_hit[-2] in lex.relative_agent_verbs and wb_hit[-1] in lex.force_nouns | _FORCE_GENITIVES):
            h.agent += 3.0   # "لهجوم شنه مسلحون بطائرات مسيرة": who did the act just named (their men too:
            # "في كمين نصبه مقاتلو جيش العزة")
            hits.append(h)
            continue
        if not label and " " not in phrase and phrase.endswith(("ي", "يه", "يين", "يون")) \
                and lex.actor_of.get(phrase) != "@hts":   # ("الهيئة" is a name, no adjective)
            # a nationality adjective names an agent only after an agent noun or an event noun
            # ("الضربات الجوية الأمريكية": one adjective may stand between; "صواريخ أرض-أرض إسرائيلية":
            # the missiles' kind too)
            prev = (wb_hit[:-2] if wb_hit[-2:] == ["ارض", "ارض"] else wb_hit)[-2:]
            pw = {f for w in prev for f in (w, _strip_clitic(w))}
            if prev[-1:] == ["طيار"] and prev[0] in ("دون", "بدون"):
                pw.add("طايره")   # "طائرة دون طيار أمريكية": the drone's flag, its noun before "without a pilot"
            if hits and not norm[hits[-1].end:m.start()].strip() and (
                    norm[m.start():m.start() + 1] == "و" or hits[-1].end - hits[-1].start > 0
                    and norm[hits[-1].start:hits[-1].end].rsplit(" ", 1)[-1].endswith(("ي", "يه"))):
                # "الطيران الحربي السوري والروسي", "الطيران الحربي السوري الروسي المشترك": the nisbas
                # share the noun
                h.agent = hits[-1].agent
                hits.append(h)
                continue
            if len(prev) == 2 and _strip_clitic(prev[1]) in lex.position_words and prev[0].startswith("مصدر"):
                h.agent += 1.5   # "نيران مدفعية مصدرها المواقع التركية": the positions that fired
                hits.append(h)
                continue
            if len(prev) == 2 and prev[1] in _AIR_ADJ and _strip_clitic(prev[0]) in _COVER_NOUNS:
                h.agent = -1.5       # "بغطاء جوي روسي", "بإسناد جوي تركي": the backing, not the agent
                h.supporter = True
                hits.append(h)
                continue
            if len(wb_hit) >= 2 and _strip_clitic(wb_hit[-1]).startswith(("دباب", "الدباب")) \
                    and _strip_clitic(wb_hit[-2]) in lex.strike_verbs:
                h.agent += 1.5   # "أطلقت دبابة إسرائيلية قذيفة على أطراف كودنة": the tank, the verb's subject
                hits.append(h)
                continue
            if len(wb_hit) >= 2 and wb_hit[-1] in ("حربي", "الحربي") and wb_hit[-2] in lex.war_adjective_persons:
                pw = set()   # "قُتل المراسل الحربي الروسي": a war reporter's flag, no aircraft's
            if not (pw & lex.agent_nouns or pw & lex.trigger_words or pw & {"قبل"} or pw & lex.nisba_hosts) \
                    and _act_before_adjectives(wb_hit, lex) is None:   # (or the act's adjectives: "قصف جوي ومدفعي تركي")
                h.agent = -1.6
                hits.append(h)
                continue
            if len(wb_hit) >= 2 and _strip_clitic(wb_hit[-1]) in lex.agent_nouns and _strip_clitic(wb_hit[-1]) in lex.target_markers \
                    and _strip_clitic(wb_hit[-2]) in lex.motion_verbs and not _UNDERWENT_AFTER_RE.search(norm, m.end()):
                h.agent += 1.5   # "دخلت دورية إسرائيلية إلى قرية الحميدية واعتقلت شابين": the patrol that came
                hits.append(h)
                continue
        full_token = norm[m.start():m.end()]
        before1 = wb_hit[-1:]
        if len(wb_hit) > 1 and norm[m.start():m.start() + 1] == "ل" \
                and _GUN_POSITION_RE.fullmatch(f"{_strip_clitic(wb_hit[-2])} {wb_hit[-1]}"):
            h.agent -= 2.0   # "دمرت المسيرات دبابات ومرابض مدفعية للنظام": the guns' owner, struck
            hits.append(h)
            continue
        if before1 and _agreeing_verb(_strip_clitic(before1[0]), lex):
            h.agent -= 1.5   # "تبنت جبهة النصرة تفجيرين استهدفا فرع الأمن العسكري": a dual or plural verb
            # agrees with its subject told before it; the side after it is what it struck
            hits.append(h)
            continue
        if len(wb_hit) > 1 and _strip_clitic(before1[0]) in _ACT_ADJECTIVES and " " not in phrase \
                and phrase.endswith(("ي", "يه")) and (k_ := _act_before_adjectives(wb_hit, lex)) is not None:
            h.agent += 2.0   # "لقصف جوي ومدفعي تركي", "غارات جوية عنيفة روسية": the nisba after the act's
            h.of_type = k_   # adjectives names its agent, as right after it
            hits.append(h)
            continue
        if len(wb_hit) > 1 and _strip_clitic(before1[0]) in _FORCE_GENITIVES and _strip_clitic(wb_hit[-2]) in _ASSAULT_NOUNS \
                and not lex.actor_of.get(phrase, "").startswith("@"):
            h.agent += 2.0   # "بهجوم عناصر داعش على حافلة", "بهجوم إرهابيي داعش": the attack's genitive, its men
            h.of_type = "attack"
            hits.append(h)
            continue
        if before1 and {before1[0], _strip_clitic(before1[0])} & lex.trigger_words and \
                not {before1[0], _strip_clitic(before1[0])} & lex.object_nouns and \
                (norm[m.start():m.end()].split()[0] in (phrase.split()[0], "ال" + phrase.split()[0])
                 or _lam_agent(norm[m.start():m.end()].split()[0], phrase.split()[0]) and _strip_clitic(before1[0]) in _ASSAULT_NOUNS
                 and _AIMED_AT_AFTER_RE.match(norm, m.end())) \
                and not (norm[m.start():m.start() + 2] == "ال" and len(wb_hit) > 1 and wb_hit[-2] in _AFTER_ACT_WORDS
                         and any(x.agent > 0 for x in hits)):
            # ("الضربات الأمريكية": the definite adjective after the definite noun too — not "ألقت مروحيات
            # النظام براميل على كفرنبل إثر الغارات الروسية": another act, after the one whose agent is named)
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
            if t0 and wb_hit and (_strip_clitic(wb_hit[-1]) in lex.position_words or wb_hit[-1] == "من"):
                t0 = None   # "مواقع المدفعية السورية", "عنصران من المدفعية السورية": the guns struck, their men
            if t0:
                # "في العدوان الإسرائيلي على مطار التيفور": the phrase is the act and its agent
                h.agent += 2.0
                idafa = True
                h.of_type = t0
        if wb_hit and "سيطر" in wb_hit[-1] + (wb_hit[-2] if len(wb_hit) > 1 else "") \
                and _TAKER_BEFORE_RE.search(norm, max(0, m.start() - 24), m.start()) and _ON_AFTER_RE.match(norm, m.end()) \
                and _ANNOUNCED_BEFORE_RE.search(norm, max(0, m.start() - 70), m.start()):
            # "أعلن أردوغان سيطرة الجيش الحر على مدينة الباب": the verbal noun's genitive took it
            # (the announcer only speaks)
            h.agent += 2.5
            h.of_type = "clash"
            hits.append(h)
            continue
        # the nearest role word before the phrase decides (neutral nouns and numbers skipped)
        adjective = False
        host = -1 if wb_hit and wb_hit[-1] in lex.nisba_hosts else \
            -2 if len(wb_hit) > 1 and wb_hit[-2] in lex.nisba_hosts and (
                wb_hit[-1].startswith("ال") or not _trigger_or_agent(wb_hit[-1], lex)) else 0
        # ("قاعدة حميميم الروسية", "قاعدة عسكرية روسية": a name or an adjective between)
        if host and " " not in phrase and phrase.endswith(("ي", "يه")):
            # "استهدف قاعدة تركية", "على نقطة روسية", "نقطة المراقبة التركية": the owner of the
            # place struck, unless the place is where the fire came from ("من قاعدة روسية")
            if wb_hit[host - 1:host] != ["من"] or "بعد" in wb_hit[max(0, len(wb_hit) + host - 6):len(wb_hit) + host - 1]:
                # (a distance "from" it is no fire from it: "على بعد 3 كيلومترات من نقطة المراقبة التركية")
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
        if wb_hit and _strip_clitic(wb_hit[-1]) in _REMNANT_WORDS:
            continue   # "لغم أرضي من مخلفات التنظيم": the remnants' owner did not set off today's blast
        if phrase.endswith("تحالف") and _words_after(norm, m.end(), 1) == ["مع"]:
            continue   # "بالتحالف مع فرقة الحمزات": in alliance with, not the coalition
        if wb_hit and wb_hit[-1] in _WHERE_WORDS and phrase in _COUNTRY_NAMES:
            continue   # "الزلزال الذي ضرب جنوب تركيا", "في تركيا": the country as a place, no agent
        if phrase in _ACCUSATIVE_NISBA_NAMES and wb_hit and len(wb_hit[-1]) > 3 and wb_hit[-1].endswith("ا") \
                and wb_hit[-1] not in lex.agent_markers and wb_hit[-1] not in lex.adverbs \
                and norm[m.start():m.start(1)] == "":
            k = len(wb_hit) - 1
            while k > 0 and wb_hit[k].endswith("يا") and len(wb_hit[k]) > 4:
                k -= 1   # (past the noun's other adjectives: "قصفاً مدفعياً تركياً")
            if k > 0 and wb_hit[k].endswith("ا") and wb_hit[k - 1].endswith("ا") and wb_hit[k - 1][:-1] in lex.agent_nouns:
                k -= 1   # ("طيراناً مسيراً تركياً": one more adjective of the agent noun)
            noun = _strip_clitic(wb_hit[k])
            if noun.endswith("ا") and lex.type_of.get(noun[:-1]) is not None:
                h.agent = 2.0   # "شهدت البلدة قصفاً روسياً", "قصفاً مدفعياً تركياً": the act's adjective, who did it
            elif noun.endswith("ا") and noun[:-1] in lex.agent_nouns and (nx := _words_after(norm, m.end(), 1)) and (
                    k > 0 and wb_hit[k - 1] in _THAT and nx[0] not in lex.undergo or nx[0] in lex.strike_verbs):
                h.agent = 2.0   # "إن طيراناً حربياً روسياً شن غارات": the subject after "إن", or before its verb
                # (not "إن رتلاً عسكرياً تركياً تعرض لقصف جوي": the subject that underwent the act)
            else:
                h.agent = -1.6   # "استهدفت غارة جوية رتلاً عسكرياً تركياً / روسياً": the accusative nisba of
                # the object struck, not the country
            hits.append(h)
            continue
        if ctl and _FIRED_FROM_AREAS_RE.search(norm, max(0, m.start() - 70), m.start()):
            h.agent += 1.0   # "قصفاً مدفعياً مصدره مناطق تسيطر عليها الحكومة السورية": fire from its areas
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
            # (not unnamed armed men's act: "نقل مصدر في وزارة الدفاع أن مسلحين هاجموا دورية")
            own = k is not None and bool(set(nxt[k + 1:k + 3]) & lex.own_action) \
                and not (k + 1 < len(nxt) and nxt[k + 1] in lex.armed_unnamed)
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
        if wb_hit and wb_hit[-1] in lex.loyal_to and norm[m.start():m.start() + 1] == "ل" and not (
                len(wb_hit) > 1 and {wb_hit[-2], _strip_clitic(wb_hit[-2])} & (lex.agent_nouns | lex.loyal_forces)):
            # "حي الزهراء الموالي للنظام", "قرية الفوعة الموالية للنظام": whose side a place is on — what
            # was struck, never who struck (the actor named before is handled above; not "قوات موالية
            # للنظام": forces on its side)
            h.agent = min(h.agent, -1.5)
            hits.append(h)
            continue
        w2 = wb_hit[-2] if len(wb_hit) > 1 else ""
        if len(wb_hit) > 2 and wb_hit[-1] in ("تتبع", "يتبع") and w2.endswith(("يه", "ي")) and len(w2) > 4:
            w2 = wb_hit[-3]   # "ونقاط عسكرية تتبع لقسد": the noun before the adjective
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
                if _SHOT_BY_MEN_OF_RE.search(" ".join(wb_hit[-7:])):
                    # "قتل الشاب برصاص عناصر حاجز المسمية التابع للأمن العسكري": the checkpoint's men shot
                    h.agent = max(h.agent, 1.5)
                    hits.append(h)
                    continue
                # "هاجم مسلحون حاجز المتونة التابع للأمن العسكري": whose the checkpoint struck is
                # (the noun up to two words before "التابع": a one-word place name between)
                h.agent = min(h.agent, -2.0)
                hits.append(h)
                continue
        if "حيث" in norm and (wh := _WHERE_HOLDS_RE.search(norm, max(0, m.start() - 30), m.start())) is not None \
                and wh.group(1) in lex.where_holder_verbs and _FIRE_SOURCE_RE.search(norm, max(0, wh.start() - 60), wh.start()) is None:
            # "أتت من اتجاه التنف حيث تتمركز قوات الاحتلال الأمريكي": who is stationed where, comma or not
            # (not where fire came from: "قصف مصدره الضفة الغربية، حيث تنتشر الميليشيات")
            h.agent = min(h.agent, -2.0)
            hits.append(h)
            continue
        if any_rel and _in_relative_aside(norm, m.start(), lex):
            # "المطار، الذي تتقاسمه قوات النظام وعناصر من الحرس الثوري،": who holds the place
            # described, not who acted
            h.agent = min(h.agent, -2.0)
            hits.append(h)
            continue
        if (sup_m := lex.supporter_re.search(norm, max(0, m.start() - 36), m.start())) is not None \
                and not ("مدعوم" in sup_m.group(0) and _REL_ACT_AFTER_RE.match(norm, m.end())):
            # (not "مدعومة بالطيران الروسي، الذي شن أكثر من 40 غارة على …": the supporter's own strikes told)
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
            elif _strip_clitic(par.group(0).split()[-1]) in lex.transitive_object_nouns and _object_follows(norm, m.end(), lex) \
                    and not _act_after_comma(norm, m.end(), lex):
                h.agent = max(h.agent, 1.5)   # "بالتزامن مع استهداف الفصائل بطائرات مسيرة مواقع لقوات
                # النظام": the act told after it, done by its genitive to the object that follows
            elif idafa and h.of_type and _AIMED_AT_AFTER_RE.match(norm, m.end()) and not _act_after_comma(norm, m.end(), lex):
                h.agent = max(h.agent, 1.5)   # "سيطرت قوات النظام على تل الحارة، تزامناً مع غارات روسية
                # على بلدة مسحرة": the parallel act told with its own target, and its adjective's agent
            elif idafa and h.of_type and par.group(0).split()[-2:-1] and _EFFECT_CUES.intersection(par.group(0).split()[-2:-1]) \
                    and not _act_before(norm, par.start(), lex):
                h.agent = max(h.agent, 1.5)   # "خرج مطار دمشق الدولي عن الخدمة إثر عدوان إسرائيلي": the
                # effect told first, its cause the only act
            elif idafa and h.of_type and par.start() > 0 and not _act_before(norm, par.start(), lex) \
                    and not _act_after_comma(norm, m.end(), lex) \
                    and not ((t2 := lex.trigger_re.search(norm, m.end())) and len(norm[m.end():t2.start()].split()) > 1):
                # (its verb may follow it: "بعد قصف إسرائيلي استهدف المطار")
                h.agent = max(h.agent, 1.5)   # "توقفت الرحلات في مطار دمشق الدولي بعد قصف إسرائيلي": no act
                # before the cue nor after it, its act the only one told
            else:
                h.agent = -2.0   # "وفي موازاة الغارات الروسية، ألقت مروحيات النظام": another act's agent
            hits.append(h)
            continue
        if any_ascribed:
            asc = _ASCRIBED_RE.search(norm, max(0, m.start() - 60), m.start())
            if asc is not None and not norm[asc.end():m.start()].strip():
                h.agent = min(h.agent - 2.5, -2.5)   # "في هجوم نسبته السلطات السورية إلى التنظيم":
                h.source = True                      # who ascribes it is a source …
                hits.append(h)
                continue
            if asc is not None and _TO_RE.fullmatch(norm, asc.end(), m.start()):
                h.agent = max(h.agent, 2.5)   # … and the one it is ascribed to, the agent
                hits.append(h)
                continue
        if _NO_CLAIM_BEFORE_RE.search(norm, max(0, m.start() - 20), m.start()):
            # "ولم يعلن الجيش الإسرائيلي مسؤوليته عن الضربة": who did not claim it is no agent
            h.agent = min(h.agent - 2.5, -2.5)
            h.source = True
            hits.append(h)
            continue
        if "تبادل" in norm and lex.traded_blame_before_re.search(norm, max(0, m.start() - 50), m.start()) \
                and lex.traded_blame_after_re.match(norm, m.end()):
            # "وتبادل النظام والمعارضة الاتهامات": both sides blame, neither is the agent
            h.agent = min(h.agent - 2.5, -2.5)
            h.source = h.accuser = True
            hits.append(h)
            continue
        acc = lex.accused_re.search(norm, max(0, m.start() - 40), m.start())
        if accusing and acc is None and hits and lex.accusation_word_re.search(norm, max(0, m.start() - 100), m.start()) \
                and (hits[-1].end == accused_end and _AND_GAP_RE.fullmatch(norm, hits[-1].end, m.start())
                     or _ACCUSED_GAP_RE.fullmatch(norm, hits[-1].end, m.start())
                     and any(x.source and x.actor == hits[-1].actor for x in hits)):
            # "اتهمت قسد (…)، صباح اليوم السبت، الطيران الروسي وطيران النظام باستهداف …": the accused
            # after the accuser and a time aside, and the one joined to it
            h.agent -= 2.5
            h.accused = True
            accused_end = h.end
            hits.append(h)
            continue
        if acc:
            # "واتهمت قسد خلايا داعش بالوقوف وراء التفجير": an accusation is not a claim; the
            # accuser right after the verb is a source, the one accused is not the agent either
            rel = acc.group(1) is None and _REL_BEFORE_RE.search(norm, max(0, acc.start() - 12), acc.start() + 1) is not None
            h.agent -= 1.6 if acc.group(1) is None and not rel else 2.5
            h.source = h.accuser = acc.group(1) is None and not rel
            h.accused = acc.group(1) is not None or rel
            if rel:
                # "وزارة الدفاع التركية التي حملت وحدات حماية الشعب المسؤولية": the relative pronoun is
                # the accuser, the side right after the verb the accused
                if hits and 0 <= acc.start() - hits[-1].end <= 12:
                    hits[-1].agent = min(hits[-1].agent - 2.5, -1.6)
                    hits[-1].source = hits[-1].accuser = True
                h.agent = min(h.agent, -2.5)
                hits.append(h)
                continue
        if wb_hit and _strip_clitic(wb_hit[-1]).startswith(("دباب", "الدباب")) and not idafa \
                and any(_strip_clitic(x) in lex.strike_verbs or _strip_clitic(x) in ("استهداف", "تدمير") for x in wb_hit[-5:-2]):
            h.agent -= 2.0   # "استهدفت طائرة مسيرة دبابة تركية": the tank a subject struck, whose it is (not
            # "قصفت دبابات إسرائيلية أطراف كودنة", the tanks right after the verb, firing)
            hits.append(h)
            continue
        if wb_hit and _struck_vehicle(wb_hit, lex):
            h.agent -= 2.0   # "انفجرت عبوة ناسفة استهدفت دورية مشتركة روسية تركية": whose patrol was struck
            hits.append(h)
            continue
        aircraft_between = False
        lam_between = False   # "بهجوم لخلايا تنظيم داعش": the ل of the attackers' noun
        scan = wb_hit[-10:] if not idafa else []   # (ten: "لمقتل ما لا يقل عن تسعة عناصر من ميليشيا")
        # (where a label's colon falls in the scan: "مصادر محلية: قوات النظام تقصف قرية الصالحية", a
        # source heading the line is no speaker of the side named after it; not "قال مصدر عسكري لسانا:
        # إن وحدات من الجيش …", the speaker's words)
        label_j = len(scan) - len(_WORD.findall(before[before.rfind(":") + 1:])) if ":" in before \
            and not lex.label_speech_re.search(before[:before.rfind(":")].rsplit("\n", 1)[-1]) else -1
        for j in range(len(scan) - 1, -1, -1):
            w = scan[j]
            forms = {w, _strip_clitic(w)}
            if w.endswith("ا") and len(w) > 3:
                forms |= {w[:-1], _strip_clitic(w[:-1])}   # tanween: "حاجزا" → "حاجز"
            if j >= len(scan) - 2 and _strip_clitic(w) in _WITHDREW and (j == len(scan) - 1 or scan[-1] in _POST_MEN) \
                    and not (w.startswith(("انسحب", "وانسحب")) and _FIGHT_WITH_AFTER_RE.search(norm, m.end())):
                # (a withdrawal verb before fighting "مع" another side: see _choose_actor)
                h.agent -= 1.5   # "بعد انسحاب عناصر الأسايش منه": the side that withdrew, not the one that fought in
                break
            if j == len(scan) - 1 and j >= 2 and forms & _POSTS and scan[j - 1] in _POST_MEN \
                    and ({scan[j - 2], _strip_clitic(scan[j - 2])} & lex.agent_markers or scan[j - 2] in lex.shot_by):
                h.agent += 1.5   # "أطلق عناصر حاجز لقوات النظام النار": the post's men, the subject
                break            # (and "برصاص عناصر حاجز للأمن العسكري": the post's men shot)
            if j == len(scan) - 1 and j >= 1 and forms & _POSTS and scan[j - 1] in lex.shot_by:
                h.agent += 1.5   # "قُتل شاب بنيران حاجز لقوات النظام": the post fired
                break
            # (the attackers' noun may stand between: "لهجوم من مسلحي تنظيم الدولة", "من خلايا التنظيم")
            k0 = j - 1 if j >= 2 and scan[j - 1] == "من" and j == len(scan) - 1 and w in lex.force_nouns else j
            if (k0 == len(scan) - 1 and w == "من" or k0 == j - 1) and k0 >= 1 and not idafa and any(
                    lex.type_of.get(f) for x in scan[max(0, k0 - 2):k0] for f in (x, _strip_clitic(x))) \
                    and (_UNDERWENT_RE.search(" ".join(scan[max(0, k0 - 6):k0]))
                         # (the one struck told at length before it: "تعرضت نقطة لقوات النظام في قرية الطيبة
                         # بريف حمص الشرقي لهجوم من خلايا التنظيم")
                         or (ub := _UNDERWENT_RE.search(norm, max(0, m.start() - 140), m.start())) is not None
                         and not _CLAUSE_PUNCT_RE.search(norm, ub.end(), m.start())):
                h.agent += 1.5   # "تعرضت لهجوم واسع من تنظيم داعش": the act undergone, from its agent
                break
            if j == len(scan) - 1 and _strip_clitic(w) in _KIN_OF:
                h.agent -= 2.0   # "فرّ نحو 800 من عائلات داعش": the group's families, no act of it
                break
            if w == "في" and j > 1 and scan[j - 1] in _MEMBER_OF and _strip_clitic(scan[j - 2]) in _BELONGINGS:
                h.agent -= 2.0   # "عبوة ناسفة مزروعة في سيارة قيادي في فرقة الحمزات": whose man was struck
                break
            if j == len(scan) - 1 and j > 0 and scan[j - 1] == "في" and lex.group_kind_re.fullmatch(w + " "):
                continue   # "قيادي في لواء السلطان مراد": the group's kind before its name
            if w == "في" and j > 1 and scan[j - 1] in _MEMBER_OF \
                    and any(lex.killed_re.fullmatch(x) or lex.injured_re.fullmatch(x) for x in scan[max(0, j - 4):j - 1]):
                h.agent -= 2.5   # "قتل قيادي في لواء السلطان مراد بانفجار عبوة": the side the one killed was of
                break
            if w == "في" and j > 0 and scan[j - 1] in _MEMBER_OF \
                    or w in _MEMBER_OF and j < len(scan) - 1 and scan[j + 1] == "في":
                continue   # "أطلقتها فصائل في المعارضة المسلحة": factions of the opposition, not a place in it
            if w == "الاقل" or w == "علي" and scan[j + 1:j + 2] == ["الاقل"]:
                continue   # "مقتل ستة عناصر على الأقل من قوات النظام": the hedge, then the victims' side
            if (scan[j + 1:] == ["من"] or scan[j + 1:j + 2] == ["من"] and len(scan) == j + 3 and scan[j + 2] in lex.force_nouns) \
                    and (len(w) > 3 and w.endswith("ا") and w[:-1] in lex.singular
                                          or (w in lex.dual or w in lex.person_plurals and j > 0
                                              and (scan[j - 1].isdigit() or scan[j - 1] in _number_words()))
                                          and not any(lex.actor_of.get(a.group(1)) not in (None, "unknown")
                                                      for a in lex.actor_re.finditer(" ".join(scan[max(0, j - 5):j])))) \
                    and any(lex.killed_re.fullmatch(x) or lex.injured_re.fullmatch(x) or _strip_clitic(x) in lex.sniping_nouns
                            for x in scan[max(0, j - 5):j]):
                h.agent -= 2.5   # "اغتال مسلحون عنصراً من قسد", "… عنصرين من قسد", "… ثلاثة عناصر من قسد":
                # (and "إن مسلحين مجهولين قتلوا شابين من عناصر قسد": unnamed killers before them)
                break            # the ones killed are of that side
            if j == len(scan) - 1 and j >= 3 and w in _POST_MEN and scan[j - 1] == "من" \
                    and (scan[j - 2].isdigit() or scan[j - 2] in _number_words()) \
                    and (kv := next((k for k in range(j - 3, max(-1, j - 7), -1)
                                     if lex.killed_re.fullmatch(scan[k]) or _strip_clitic(scan[k]) in lex.sniping_nouns), None)) is not None \
                    and kv < j - 3 and not any(x in _TOLL_PREPS or x[:1] == "ب" for x in scan[kv + 1:j - 2]) \
                    and not lex.actor_re.search(" ".join(scan[kv + 1:j - 2])):
                h.agent -= 2.5   # "قنص مسلحون 3 من عناصر قسد": unnamed killers between the verb and the count,
                break            # the men counted of that side (not "قُتل في المواجهات أربعة من عناصر النظام";
                # killers named are read as such: "قتل مقاتلو مغاوير الثورة ثلاثة من عناصر داعش")
            if forms & lex.neutral or w.isdigit() or w in _number_words():
                aircraft_between = aircraft_between or bool(forms & lex.agent_nouns)
                lam_between = lam_between or w.startswith(("ل", "ول")) and _strip_clitic(w) != w
                continue
            if forms & lex.addressees or forms & lex.appeal_verbs and j < len(scan) - 1:
                h.agent -= 1.6   # "داعية التحالف الدولي إلى تحمل مسؤولياته": the one appealed to
                h.source = True  # (no agent, and no target either)
                break
            if w.endswith(("يه", "ي")) and len(w) > 4 and not forms & (lex.agent_markers | lex.target_markers | lex.trigger_words) \
                    and not lex.killed_re.fullmatch(w):   # (not "ارتقى عنصران من الجيش": a death verb)
                adjective = True
                continue   # an adjective ("بسيارة عسكرية تابعة لـ…", "على رتل عسكري تركي"): the noun before it decides
            if adjective and any(lex.type_of.get(f) for f in forms):
                break      # "الضربات الجوية الأمريكية": an event noun and its adjectives
            if any(lex.type_of.get(f) for f in forms) and j > 0 and _strip_clitic(scan[j - 1]) in _PIECE_WORDS:
                break      # "وقطعة مدفعية ووحدة للتنظيم": a gun struck, no act of the one named after it
            if w in _AMBUSH_SET and (full_token.startswith(("ل", "ول")) or lam_between) and not phrase.startswith("ل"):
                h.agent -= 2.0   # "نصب مسلحون كميناً لقوات الأمن العام": the ambush set for them
                break
            if any(lex.type_of.get(f) for f in forms) and (full_token.startswith(("ل", "ول")) or lam_between) \
                    and j > 0 and _strip_clitic(scan[j - 1]) in lex.missile_holders:
                h.agent -= 2.0   # "منصة صواريخ لقسد", "مستودع صواريخ للحزب": whose launcher or depot was struck
                break
            if any(lex.type_of.get(f) for f in forms) and (full_token.startswith(("ل", "ول")) or lam_between) \
                    and (not phrase.startswith("ل") or full_token.startswith(("لل", "ولل"))
                         and not forms & lex.transitive_object_nouns):   # ("استهداف للقوات الروسية": its object)
                h.agent += 2.5   # "هجوم لخلايا داعش", "ضربات للتحالف" (ل + ال contracted): the attack of (by) ISIS cells
                break
            if w in _FIGHTERS_COUNTED and scan[j + 1:] == ["من"] and j > 0 and (
                    lex.killed_re.fullmatch(scan[j - 1]) or lex.injured_re.fullmatch(scan[j - 1])
                    # (a count between: "أصيب ثلاثة مقاتلين من قسد بانفجار لغم")
                    or j > 1 and _count_word(scan[j - 1]) and (lex.killed_re.fullmatch(scan[j - 2]) or lex.injured_re.fullmatch(scan[j - 2]))):
                h.agent -= 2.5   # "قُتل مقاتلان من وحدات حماية الشعب في قصف تركي": the dead
                break
            if (w == "مع" or j == len(scan) - 1 and j > 0 and scan[j - 1] == "مع" and w in _GROUP_NOUNS) and not lam_between:
                h.agent -= 1.5   # "بعد معارك عنيفة مع فصائل مسلحة": the other side (also "مع فصائل
                break            # الجبهة الوطنية للتحرير": a group noun before the name)
            if forms & _REINFORCEMENTS and scan[j + 1:j + 2] == ["من"]:
                h.agent -= 1.5   # "قوات النظام التي استقدمت تعزيزات من الفرقة 25": where help came from,
                h.supporter = True   # not who fought (nor whom)
                break
            if w in DID_AWAY_VERBS and (da := did_away(norm, max(0, m.start() - 60))) is not None \
                    and da.start(2) <= m.start() < da.end(2):
                h.agent += 1.5   # "قضت وحدات من الجيش على إرهابيين": who did away with them, not who died
                break
            if lex.killed_re.fullmatch(w) or lex.injured_re.fullmatch(w) or j > 0 and w in ("علي", "على") \
                    and lex.killed_re.fullmatch(f"{scan[j - 1]} {w}"):
                # (the words after, a time aside skipped: "قتلت قوات النظام، اليوم، 15 مدنياً")
                # (the killers' noun before their flag: "قتلت طائرات حربية روسية ١٢ مدنياً")
                if (j == len(scan) - 1 or w in _KILL_VERBS and all(x in lex.agent_nouns for x in scan[j + 1:j + 2])
                        and all(x in lex.agent_nouns or x in lex.neutral for x in scan[j + 1:])) \
                        and w in _KILL_VERBS and _victims_next(norm, m.end(), lex):
                    h.agent += 1.5   # "قتل مسلحون مجهولون عنصراً من قسد", "قتلت قوات النظام خمسة مدنيين": the
                    # killers, then the ones killed
                    break
                h.agent -= 2.5   # "مقتل عنصرين من قسد", "القضاء على أعداد من الإرهابيين": the victims
                break
            if forms & lex.sniping_nouns and (scan[j + 1:] == ["من"] or j == len(scan) - 1 and (
                    w[:1] == "ب" and w not in lex.sniping_nouns or j > 0 and scan[j - 1] in lex.bullet_nouns)):
                h.agent += 1.5   # "استشهد طفل بقنص قوات النظام", "برصاص قنص من قسد": who sniped
                break
            if forms & lex.object_nouns:
                if w in _EXECUTE_VERBS and (j == len(scan) - 1 or j == len(scan) - 2 and scan[-1] in _KIND_NOUNS):
                    h.agent += 1.5   # "أعدم تنظيم الدولة أمس ثلاثة شبان", "أعدم تنظيم الدولة عالم الآثار خالد
                    # الأسعد": the executioners right after the verb, then the executed
                    break
                if j == len(scan) - 1 and forms & _TARGETING and " " not in phrase and phrase.endswith(("ي", "يه")):
                    h.agent += 1.5   # "استهداف إسرائيلي لرتل حكومي": the act's adjective says who did it
                    break
                if aircraft_between or (j == len(scan) - 1 or j == len(scan) - 2 and scan[-1] in _FORCE_GENITIVES) \
                        and forms & lex.transitive_object_nouns \
                        and (_object_follows(norm, m.end(), lex) or _victims_next(norm, m.end(), lex)) \
                        or forms & lex.transitive_object_nouns and _victims_next(norm, m.end(), lex) \
                        and all(x in lex.agent_nouns or x in lex.neutral for x in scan[j + 1:]):
                    # "استهداف الطائرات الحربية الروسية محطة المياه", "باستهداف قوات النظام بلدة
                    # كفرنبل": the genitive did it to the object that follows (and the verb: "قنص جنود
                    # الخلافة عنصراً من الجيش", the snipers, then the one sniped)
                    h.agent += 1.5
                else:
                    h.agent -= 2.0   # "تحييد 3 إرهابيين", "استهداف قوات النظام": the ones acted upon
                break
            if w in _NEUTRALIZE_VERBS:
                # "حيّدت القوات التركية 12 إرهابياً": who neutralized, right after the verb; "حيّد الجيش
                # التركي عدداً من إرهابيي PKK": the ones neutralized, with words between
                h.agent += 1.5 if j == len(scan) - 1 else -2.5
                break
            if forms & lex.reporters and j < label_j:
                break
            if forms & lex.reporters:
                # "قالت وزارة الدفاع التركية إن…": a source; "أعلنت سنتكوم تنفيذ ضربة": the agent
                nxt = _WORD.findall(_PAREN_RE.sub(" ", norm[m.end():m.end() + 70]))[:8]
                # "قال الجيش الإسرائيلي في بيان إن طائراته أغارت": the words after "إن" say whose act
                k = next((i for i, w in enumerate(nxt) if w in _THAT), None)
                own = k is not None and (_OWN_RE.match(" ".join(nxt[k + 1:k + 5])) is not None or any(
                    w.endswith("نا") and lex.first_person_re.search(w) is not None for w in nxt[k + 1:k + 4]))
                # ("قالت الوزارة إن «عناصر من قواتنا الخاصة حيّدت …»": its own forces in its words)
                # (or, with no "إن", its own forces just after: "أعلنت القيادة العامة للجيش، أمس
                # السبت، سيطرة قواتها على السخنة")
                # ("أعلنت وزارة الدفاع الروسية أن قاذفات بعيدة المدى نفذت …": aircraft it names with no
                # flag, in a military body's words, are its own)
                own = own or k is not None and k + 1 < len(nxt) and nxt[k + 1] in _BARE_AIRCRAFT \
                    and _MILITARY_BODY_RE.search(norm, h.start, h.end) is not None \
                    and lex.actor_re.search(" ".join(nxt[k + 1:k + 7])) is None \
                    and not set(nxt[k + 2:k + 5]) & _NOT_OWN_AIRCRAFT   # (not "طائرات مسيرة أطلقها مسلحون هاجمت قاعدة حميميم")
                # (and a strike it names with no agent: "أعلنت القيادة المركزية الأمريكية أن غارة نفذتها
                # مسيرة قتلت قيادياً في داعش")
                own = own or k is not None and k + 1 < len(nxt) and nxt[k + 1] in lex.strike_nouns \
                    and _MILITARY_BODY_RE.search(norm, h.start, h.end) is not None \
                    and lex.actor_re.search(" ".join(nxt[k + 1:k + 7])) is None
                # ("وقالت وزارة الدفاع إن قسد استهدفت …": another actor is the subject after "إن")
                other_after = k is not None and (oa := lex.actor_re.match(" ".join(nxt[k + 1:k + 5]))) is not None \
                    and lex.actor_of.get(oa.group(1)) not in (None, actor) \
                    and (not lex.actor_of[oa.group(1)].startswith("@") or lex.actor_of[oa.group(1)] == "@label")
                # (or armed men: "وأضافت الوزارة في بيان أن المسلحين شنوا هجومين"; unnamed ones too:
                # "نقل مصدر في وزارة الدفاع أن مسلحين هاجموا دورية")
                other_after = other_after or k is not None and k + 1 < len(nxt) and nxt[k + 1] in lex.armed_unnamed
                nxt = [] if other_after else nxt[k + 1:k + 3] if k is not None else nxt[:8]
                # "أكدت وزارة الدفاع أن مروحية تابعة لها استهدفت": its own act (not "أعلن الحرس
                # الثوري مقتل 5 من مستشاريه": its own dead)
                own_dead = _OWN_DEAD_RE.match(norm, m.end()) is not None or lex.own_soldiers_dead_re.match(norm, m.end()) is not None or (
                    (dm := _DEAD_OF_RE.match(norm, m.end())) is not None
                    and (am := lex.actor_re.match(norm, dm.end())) is not None and lex.actor_of.get(am.group(1)) == actor) or (
                    # ("أعلنت وزارة الدفاع التركية مقتل جنديين تركيين": its own soldiers, by their flag)
                    (dn := lex.dead_soldiers_re.match(norm, m.end())) is not None
                    and (am := lex.actor_re.match(norm, dn.end())) is not None and lex.actor_of.get(am.group(1)) == actor)
                # ("أعلنت وزارة الداخلية السورية، الجمعة، مقتل 16 عنصراً من قوى الأمن العام": its own men)
                # (nor "أعلنت وزارة الدفاع الروسية أن قواتها أسقطت طائرتين مسيرتين حاولتا مهاجمة قاعدة
                # حميميم": drones it shot down are the attackers' strike, see events.yaml manned_aircraft)
                downed_drones = bool(set(_WORD.findall(norm[m.end():m.end() + 60])[:6]) & lex.shoot_down) \
                    and lex.drone_re.search(norm, m.end(), m.end() + 90) is not None
                # (nor a denial of its own forces' act: "ونفت روسيا ضلوع طائراتها في القصف")
                denied = _DENIAL_RE.match(f" {w} ") is not None
                # (nor mourning: "نعت الفصائل خمسة من عناصرها استشهدوا بقصف": its own dead, always)
                mourns = _strip_clitic(w) in _MOURN_VERBS and not _OWN_ACT_TOLD_RE.search(norm, m.end(), m.end() + 160)
                h.agent += 1.5 if (own or set(nxt) & lex.own_action) and not own_dead and not downed_drones \
                    and not denied and not mourns else -1.6
                h.source = h.agent < 0
                break
            if forms & lex.agent_markers:
                prev_w = wb_hit[-6:]
                k = len(prev_w) - 1 - prev_w[::-1].index(w) if w in prev_w else -1
                if k > 0 and prev_w[k - 1] in lex.relatives and not w.endswith(("ها", "ه", "هم", "هما")):
                    h.agent -= 2.0   # "الهجوم الذي استهدف قوات الأمن": the object of a relative clause
                elif k > 0 and _negated(prev_w, k):
                    h.agent -= 2.0   # "دون أن يتبنى التنظيم العملية", "لم تستهدف قوات النظام": not done
                elif forms & lex.shoot_down and (lex.aircraft_re.search(" ".join(_words_after(norm, m.end(), 2)))
                                                 or _OF_THEM.intersection(_words_after(norm, m.end(), 2))):
                    h.agent -= 2.0   # "أسقطت الفصائل طائرة مسيرة": the defender shot it down (or "إحداها",
                    # one of the drones just told)
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
                elif k > 0 and forms & lex.agent_nouns and (_strip_clitic(wb[k - 1]).startswith(_RAID_VERBS)
                                                             or wb[k - 1].startswith(_RAID_VERBS)   # ("فتحت": no ف + "تحت")
                                                             or wb[k - 1] in lex.shot_by):
                    h.agent += 1.5   # "داهمت دورية تابعة للأمن العام منزلاً", "دهمت دورية لقسد منازل": the
                    # patrol raids, no one raids a patrol; "برصاص دورية لجيش الاحتلال": the patrol fired
                else:
                    h.agent -= 2.0
            break
        if h.agent >= 0 and any(_strip_clitic(w) in lex.undergo for w in wb_hit[-4:]) \
                and not _FIRE_FROM_RE.search(norm, max(0, m.start() - 40), m.start()):
            h.agent -= 2.0   # "تعرض رتل عسكري تركي لهجوم": what underwent the attack (not "يتعرض
            # لقصف متواصل من قوات الأسد": who fired)
        after = _words_after(norm, m.end(), 4)
        if after[:2] == ["علي", "الاقل"]:
            after = after[2:]   # "9 من عناصر التنظيم على الأقل قتلوا": the words after the hedge
        after = after[:2]
        if set(after) & lex.agent_markers or after and after[0] in _NEUTRALIZE_VERBS or set(after) & _TOOK_GROUND:
            h.agent += 1.0   # ("أن الجيش التركي والجيش الوطني السوري «حيّدا» …": the subject before its verb;
            # "أن القوات السورية وحلفاءها استعادت السيطرة على البوكمال بعد معارك مع داعش": who took it)
        if set(after) & lex.victim_after and not (
                after[0] in _THAT and (vo := _THAT_VERB_OF_RE.match(norm, m.end())) is not None
                and (am := lex.actor_re.match(norm, vo.end())) is not None and lex.actor_of.get(am.group(1)) not in (None, actor)):
            # (not "قال الجيش التركي إنه قتل 7 مسلحين من وحدات حماية الشعب": its act, on the other side's men)
            h.agent -= 2.5
        if after and after[0] in lex.defender_after:
            h.agent -= 2.0   # "إن الجيش السوري صد الهجوم": the defender
        before = wb_hit[-1:]
        if before and (before[-1] in lex.agent_nouns or before[-1] == "قبل") and h.agent >= 0:
            h.agent += 1.0   # "طائرات …", "من قبل …" (not when a target word already spoke)
        if hits and before and (before[-1] in _AMONG or _among_leaders(wb_hit[-4:])):
            h.agent = min(h.agent, hits[-1].agent)   # "من الإرهابيين، بينهم مرتزقة": the same victims
            # (also "بينهم متزعمون في جبهة النصرة": its leaders among them)
        # "قوات سوريا الديمقراطية (قسد)": the same actor in apposition keeps its role
        # (not across a label's colon: "ولاية حمص: جنود الخلافة يستهدفون …", the issuer, then the subject)
        if hits and hits[-1].actor == actor and m.start() - hits[-1].end <= 3 and ":" not in norm[hits[-1].end:m.start()]:
            h.agent = hits[-1].agent
        # "قوات الأمن السورية والقوات الأمريكية": a phrase coordinated with the one before it
        # shares its role
        if hits and hits[-1].agent < 0 and h.agent >= 0 and m.start() - hits[-1].end <= 30:
            between = norm[hits[-1].end:m.start(1)]   # (with the phrase's clitic "و", not the و of "وحدات")
            bw = _WORD.findall(between)
            # (not a nisba naming the agent of an act joined before it: "قيادي في داعش ونجلاه بغارة أمريكية";
            # but "الطيران الروسي وطيران النظام": the act's noun itself joined)
            if _AND_RE.search(between) and len(bw) <= 2 \
                    and not set(bw) & (lex.agent_markers | _THAT) and not (idafa and bw and not bw[-1].startswith("و")):
                h.agent = hits[-1].agent
        hits.append(h)
        if phrase.rsplit(" ", 1)[-1].endswith(("ي", "يه")):   # (also "الطائرات الروسية والسورية", one phrase)
            sy = _AND_SYRIAN_RE.match(norm, m.end())
            if sy is not None:
                # "الطائرات الحربية الروسية والسورية": "سورية" is also the country's name, so no
                # actor phrase of its own; after another nation's nisba it is the government's
                hits.append(_ActorHit("syrian_gov", sy.start(sy.lastindex), sy.end(), h.agent))
    # "قوى الأمن الداخلي (الأسايش)": the name in brackets says whose forces these are
    for k in range(len(hits) - 1):
        a, b = hits[k], hits[k + 1]
        if a.actor != b.actor and "(" in norm[a.end:b.start] and (
                b.start - a.end <= 3 or _ADJECTIVE_BRACKET_RE.fullmatch(norm, a.end, b.start)):
            # (an adjective between: "قوى الأمن الداخلي الكردية (الأسايش)")
            a.actor = b.actor
            b.agent = a.agent
    return hits


_ADJECTIVE_BRACKET_RE = re.compile(r"\s+ال\S+(?:يه|ي)\s*\(\s*")
_TARGETING = frozenset({"استهداف", "الاستهداف", "استهدافات", "الاستهدافات"})
_FORMER_RE = re.compile(r"\s+(?:السابق|البايد|المخلوع|المنهار)(?=\s|$|[،,.])")
_NEUTRALIZE_VERBS = frozenset({"حيد", "حيدت", "حيدا", "حيدتا", "حيدوا", "تحيد", "يحيد"})
_SELF_NAMED = frozenset({"نفسها", "نفسه", "نفسهم", "انفسهم"})
_PIECE_WORDS = frozenset({"قطعه", "قطع", "موقع", "مواقع", "مربض", "مرابض", "بطاريه", "بطاريات", "كتيبه", "سريه"})
_REINFORCEMENTS = frozenset({"تعزيزات", "التعزيزات", "تعزيز", "امدادات", "الامدادات", "مؤازره"})
# a relative clause telling the named actor's own act ("الطيران الروسي الذي قصف بلدة الهبيط")
_REL_ACT_AFTER_RE = re.compile(r"\s*[،,]?\s*(?:الذي|التي|الذين)\s+(?:شن|شنت|قصف|قصفت|نفذ|نفذت|استهدف|استهدفت|القي|القت|اغار|اغارت)(?=\s)")
# (past forms too: "داهمت", "دهمت"; "فتحت دورية تركية النار", "أطلقت دورية إسرائيلية النار"; and a
# clash's: "اشتبكت دورية من الأمن العام مع مطلوبين")
_RAID_VERBS = ("داهم", "اقتحم", "اقدم", "دهم", "اعتقل", "اختطف", "خطف", "توغل", "فتح", "اطلق", "القت", "القي", "اشتبك")
_AMONG = frozenset({"بينهم", "منهم", "بينهن", "منهن", "وبينهم", "ومنهم"})
_WORD_BEFORE_BETWEEN = re.compile(r"(?:^|\s)بين\s+(?:\S+\s+){0,2}$")
# "… وقوات الأسد التي حاولت التقدم": the party named, then who tried (to advance, to storm)
# (or with no relative after an indefinite party: "مع مجموعة إرهابية حاولت التسلل")
_TRIED_AFTER_RE = re.compile(r"\s+(?:\S+\s+)?(?:(?:التي|الذي|الذين)\s+)?(?:كانت\s+|كانوا\s+|كان\s+)?(?:حاولت|حاول|حاولوا|تحاول|يحاول|يحاولون)\s")
# fighters told by their number or gender right after a death or wound verb ("قُتل مقاتلان من …")
_FIGHTERS_COUNTED = frozenset({"مقاتل", "مقاتلا", "مقاتلان", "مقاتلين", "مقاتلون", "مقاتله", "مقاتلتان", "مقاتلتين"})
# "محاولة تقدم جديدة لميليشيات أسد", "هجوماً لتنظيم داعش": whose attempt or attack, right before the party
_ATTEMPT_OF_RE = re.compile(r"(?:محاوله|محاولات|هجوم|هجوما|هجمات|تقدم|تسلل|اقتحام)(?:\s+(?:ال)?(?:تقدم|تسلل|اقتحام|"
                            r"جديده|جديد|جديدا|واسعه|واسع|واسعا|فاشله|فاشل|عنيف|عنيفه)){0,2}\s+ل\S?$")   # ("محاولة تقدم جديدة لميليشيا أسد")
# "بعد اشتباكات قصيرة مع مجموعات من الفصائل": the side fought with, words between (a wider
# _CLASH_WITH_RE)
_FOUGHT_WITH_RE = re.compile(r"(?:اشتباكات|اشتباك|معارك|معركه|مواجهات)\s+(?:\S+\s+){0,3}مع\s+(?:\S+\s+){0,2}\S?$")
# ... and told after a side ("انسحبت قوات النظام … بعد اشتباكات استمرت ساعات مع …")
_FIGHT_WITH_AFTER_RE = re.compile(r"(?:اشتباكات|اشتباك|معارك|معركه|مواجهات)\s+(?:\S+\s+){0,3}مع\s")
# "انسحبت قوات النظام": the party that withdrew, the verb just before it
_WITHDREW_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:انسحبت|انسحب|انسحبوا|تنسحب|ينسحب)\s+(?:\S+\s+)?$")


def _another_agent(cnorm: str, actor: str, lex: _Lex, rd: "_Readings") -> bool:
    """Does the clause name as its agent an actor other than ``actor``?"""
    hits = _actor_hits(_QUOTES_RE.sub("", cnorm), lex, rd)
    return any(h.agent > 0 and h.actor not in (actor, "unknown") for h in hits)


# "إثر محاولة قوات النظام التقدم": an attempt told after any parallel cue ("بعد", "إثر", "بالتزامن
# مع" …: lex.parallel_re) is the fighting itself, not another act
# (and who assaulted: "اشتباكات اندلعت … بعد هجوم لقوات الأمن العام على مواقع يتحصن فيها مسلحون")
_ATTEMPT_WORDS = frozenset({"محاوله", "محاولات", "لمحاوله", "هجوم", "هجوما", "الهجوم", "اقتحام", "توغل"})
# "في اشتباكات مع", "بعد معارك عنيفة مع": the other side of the fighting follows
_CLASH_WITH_RE = re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:اشتباكات|اشتباك|معارك|معركه|مواجهات)\s+(?:\S+\s+)?مع\s+\S?$")


def _choose_actor(hits: list[_ActorHit], etype: str, trig_pos: int, lex: _Lex,
                  norm: str = "") -> tuple[str | None, str | None]:
    """Return (agent, target actor) from the clause's actor phrases."""
    if not hits:
        return None, None
    if etype in ("clash", "attack") and norm and (rep := lex.repelled_re.search(norm)) is not None:
        # (an attack met by a verb of repelling is fighting: "تصدت قسد لهجوم للفصائل" is typed a clash after)
        # "صدّت فصائل الجيش الحر محاولة تقدم جديدة لميليشيات أسد والميليشيات الإيرانية": the side whose
        # advance was repelled started the fighting (its partners named with it share it: co-agents)
        attempt = [h for h in hits if h.start > rep.start() and h.actor != "unknown"
                   and _ATTEMPT_OF_RE.search(norm, max(0, h.start - 40), h.start + 2)]
        if attempt and any(h.actor != attempt[0].actor and h.start < attempt[0].start for h in hits):
            return attempt[0].actor, next(h.actor for h in hits if h.actor != attempt[0].actor and h.start < attempt[0].start)
    if etype == "clash":
        tried = [h for h in hits if h.actor != "unknown" and _TRIED_AFTER_RE.match(norm, h.end)]
        if len(tried) == 1 and len({h.actor for h in hits if h.actor != "unknown"}) == 2:
            # "تدور اشتباكات … مع القوات الحكومية التي تحاول استعادة الحي", "بين مقاتلي الجيش الحر وقوات
            # الأسد التي حاولت التقدم": the side that tried started the fighting
            return tried[0].actor, next(h.actor for h in hits if h.actor not in (tried[0].actor, "unknown"))
        attackers = [h for h in hits if h.actor != "unknown" and _ATTACK_DONE_BY_RE.search(norm, max(0, h.start - 40), h.start)]
        if len({h.actor for h in attackers}) == 1 and len({h.actor for h in hits if h.actor != "unknown"}) == 2:
            # "تتواصل الاشتباكات بين قوات النظام وتنظيم الدولة …، إثر هجوم عنيف نفذه التنظيم على نقاط
            # لقوات النظام": the side whose attack began it
            return attackers[0].actor, next(h.actor for h in hits if h.actor not in (attackers[0].actor, "unknown"))
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
            if etype == "clash" and h.of_type == "airstrike":
                s -= 1.5   # "تسيطر على قريتين بعد معارك مع الفصائل، وسط غارات روسية": the air support, not the fighter
        if etype == "airstrike" and h.actor not in lex.air and not lex.drone_re.search(norm):
            s -= 3.0
        # closeness to the trigger: agents usually stand near the verb/noun
        s -= min(abs(h.start - trig_pos), 200) / 400.0
        if h.start > trig_pos and norm and lex.enabled_re.search(norm, trig_pos, h.start):
            s -= 2.0   # "…، ما سمح للجيش السوري بصد الهجمات": who the act helped
        scored.append((s, h))
    scored.sort(key=lambda x: (-x[0], x[1].start))
    if etype == "clash" and norm and "نسحب" in norm and len(scored) > 1 \
            and _WITHDREW_BEFORE_RE.search(norm, max(0, scored[0][1].start - 24), scored[0][1].start):
        # "انسحبت قوات النظام من مطار كويرس بعد اشتباكات قصيرة مع مجموعات من الفصائل": the side
        # that withdrew did not start it; the side it fought with did
        other = next((h for _, h in scored[1:] if h.actor not in (scored[0][1].actor, "unknown")
                      and not h.supporter and not h.source
                      and _FOUGHT_WITH_RE.search(norm, max(0, h.start - 60), h.start + 1)), None)
        if other is not None:
            return other.actor, scored[0][1].actor
    # (who blames is no agent: "قتل جنديان تركيان بانفجار عبوة …، وحمّلت أنقرة وحدات حماية الشعب
    # المسؤولية" — the agent is unknown)
    top = next(((s, h) for s, h in scored if not h.accuser), (-9.0, None))
    agent = top[1].actor if top[1] is not None and top[0] > -1.5 else None
    if agent is None and etype == "clash" and norm:
        # "قتل 6 عناصر من قوات النظام في اشتباكات مع تنظيم الدولة": the side the fighting was
        # with, when the one named first is only its dead
        other = next((h for _, h in scored if h.actor != "unknown" and not h.supporter
                      and _CLASH_WITH_RE.search(norm, max(0, h.start - 40), h.start + 1)), None)
        if other is not None and (any(h.actor not in (other.actor, "unknown") and not h.source for h in hits)
                                  # (or its own side's dead before it: "قتل عنصران من جبهة تحرير سوريا خلال اشتباكات
                                  # مع هيئة تحرير الشام" — infighting, one side for both)
                                  or any(h is not other and h.actor == other.actor and not h.source and h.start < other.start
                                         for h in hits)):
            # (not when the side fought with is the only one named: "دخلت المجموعات المهاجمة
            # الأحياء الغربية بعد اشتباكات محدودة مع قوات النظام" — the attackers are not named)
            agent = other.actor
    if agent is None and etype == "clash" and norm and (both := _BOTH_SIDES_RE.search(norm)) is not None:
        # "قُتل 9 من عناصر النصرة و4 من داعش في اشتباكات بين الطرفين": the two sides named by their
        # dead before it; the first named is coded, the other is the target
        sides = [h for h in hits if h.actor != "unknown" and not h.supporter and not h.source and h.end <= both.start()]
        if len({h.actor for h in sides}) >= 2:
            agent = sides[0].actor
    if agent is None and etype == "clash" and norm and lex.killed_re.search(norm, 0, trig_pos):
        # "قتل 3 عناصر من قوات النظام و7 من تنظيم الدولة خلال اشتباكات في محيط تدمر": the two
        # sides named by their dead, joined, before the fighting — the first named is coded
        sides = [h for h in hits if h.actor != "unknown" and not h.supporter and not h.source and h.end <= trig_pos
                 and _OF_SIDE_BEFORE_RE.search(norm, max(0, h.start - 6), h.start)]
        if len(sides) >= 2 and sides[0].actor != sides[1].actor \
                and _JOINED_DEAD_RE.fullmatch(norm, sides[0].end, sides[1].start):
            agent = sides[0].actor
    target = None
    for s, h in sorted(scored, key=lambda x: x[0]):
        if h.actor != agent and s < 0 and not h.supporter and not h.source and not h.accused:
            target = h.actor   # (not who speaks: "اتهمت السلطات السورية الفصائل بقصف …", nor who is blamed)
            break
    return agent, target


# "… الذي سيطرت عليه قسد": a relative clause's control verb, not a capture
_RESUMPTIVE_ON_RE = re.compile(r"علي(?:ه|ها|هم|هما)\s+$")


# shot by a post's men ("برصاص عناصر حاجز المسمية التابع …"): the post's owner shot
_SHOT_BY_MEN_OF_RE = re.compile(r"(?:^|\s)(?:برصاص|بنيران|بنار)\s+(?:عناصر|عنصر|حراس|حرس|قناصه|قناص)\s+(?:ال)?(?:حاجز|نقطه|مفرزه|دوريه|موقع)\s")
# not claimed by ("ولم يعلن الجيش الإسرائيلي مسؤوليته", "لم تتبنَّ أي جهة")
_NO_CLAIM_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?لم\s+(?:يعلن|تعلن|يتبن|تتبن|يتبني|تتبني)\s+$")
# "إثر هجوم عنيف نفذه التنظيم": an attack and who made it
_ATTACK_DONE_BY_RE = re.compile(r"(?:^|\s)[لب]?(?:ال)?(?:هجوم|هجوما|هجمات|هجمه)\s+(?:[^\s،,.]+\s+){0,2}?"
                                r"(?:نفذه|نفذها|شنه|شنها|بداه|بداها|نفذته|شنته)\s+$")
_AND_IRAN_RE = re.compile(r"\s+وايران(?=\s|$|[،,.])(?!\s+(?:علي|في|من|الي)\s)")


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
    out = _chain_partners(hits, max(own, key=lambda k: hits[k].agent), agent, norm, lex, allies)
    if "وايران" in norm and "iran_backed" not in out and agent != "iran_backed" and any(
            _AND_IRAN_RE.match(norm, hits[k].end) for k in own):
        out.append("iran_backed")   # "قصفت ميليشيات أسد وإيران": the militias of both
    # "نفذت قوات التحالف الدولي، بمشاركة وحدات من قوى الأمن الداخلي السورية، عملية إنزال": a
    # partner in the act does it too
    out += [a for a in cued_partners(hits, agent, norm) if a not in out]
    return out


def cued_partners(hits: list[_ActorHit], agent: str | None, norm: str) -> list[str]:
    """The actors a cue of partnership puts beside the agent ("بمشاركة وحدات من …", "ترافقها
    دبابات وقوات خاصة تركية"): they do the act too, a clash included."""
    out: list[str] = []
    for k, h in enumerate(hits):
        if h.actor in (agent, "unknown") or h.actor in out or _of_lam(norm, h.start):
            continue   # (not a possessor: "إلى جانب مقرات لهيئة تحرير الشام", what was struck beside)
        if _PARTNER_RE.search(norm, max(0, h.start - 30), h.start) or _TAKES_PART_RE.match(norm, h.end) \
                or _TAKES_PART_BEFORE_RE.search(norm, max(0, h.start - 25), h.start) and _BESIDE_AFTER_RE.match(norm, h.end):
            out.append(h.actor)   # (and "عناصر من حزب الله يشاركون في المعارك إلى جانب الجيش")
            continue
        cue = _ESCORT_RE.search(norm, max(0, h.start - 50), h.start)
        if cue is None or _RELATIVE_BEFORE_RE.search(norm, max(0, cue.start() - 10), cue.start() + 1):
            continue   # (not "الفصائل التي تساندها هيئة تحرير الشام": the enemy's partner)
        if k == 0 or hits[k - 1].actor != agent or hits[k - 1].start > cue.start():
            continue   # (the agent is the party named right before the cue)
        out.append(h.actor)
    return out


_TOOK_GROUND = frozenset({"سيطرت", "سيطر", "سيطروا", "استعادت", "استعاد", "استعادوا"})
_BARE_AIRCRAFT = frozenset({"قاذفات", "قاذفه", "مقاتلات", "مقاتله", "طائرات", "طاىرات", "طايرات", "طائره", "طايره",
                            "مروحيات", "مروحيه"})
# drones, unknown or launched by others: what struck the body's side, not its own
_NOT_OWN_AIRCRAFT = frozenset({"مسيره", "مسيرات", "مجهوله", "معاديه", "اطلقها", "اطلقتها", "اطلقوها", "مفخخه"})
_MILITARY_BODY_RE = re.compile(r"الدفاع|الجيش|الاركان|القياده|قياده")
_RELATIVE_BEFORE_RE = re.compile(r"(?:التي|الذي|الذين)\s+$")


# ("قصفت القوات النظامية ومقاتلو حزب الله اللبناني مدينة القصير": the fighters of a second party)
_FIGHTER_NOUNS = frozenset({"مقاتلو", "مقاتلي", "مسلحو", "مسلحي", "عناصر", "ميليشيا", "ميليشيات", "مليشيات"})


def _chain_partners(hits: list[_ActorHit], k: int, agent: str, norm: str, lex: _Lex,
                    allies: list | None) -> list[str]:
    """The actors coordinated with ``hits[k]`` in one chain ("الطائرات الروسية وطائرات النظام")."""

    def joined(h1: _ActorHit, h2: _ActorHit) -> bool:
        gap = norm[h1.end:h2.start]
        gw = gap.split()
        # "والقوات …" right after, or "وطائرات النظام" (an agent noun with the conjunction)
        return (norm[h2.start:h2.start + 1] == "و" and len(gw) <= 1
                # "الطيران الحربي السوري الروسي المشترك": two nisbas side by side
                or not gw and norm[h1.start:h1.end].rsplit(" ", 1)[-1].endswith(("ي", "يه"))
                and " " not in norm[h2.start:h2.end] and norm[h2.start:h2.end].endswith(("ي", "يه"))
                or len(gw) == 1 and gw[0].startswith("و") and (gw[0][1:] in lex.agent_nouns or gw[0][1:] in _FIGHTER_NOUNS)
                # "طائرات حربية روسية وأخرى تابعة للنظام": others (of the same noun) of the regime
                or 1 <= len(gw) <= 2 and gw[0] == "واخري" and gw[1:] in ([], ["تابعه"], ["تابع"])
                # "بغارات للطيران الحربي الروسي والتابع للنظام": the same noun's, of the regime
                or gw in (["والتابع"], ["والتابعه"], ["والتابعين"])) \
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
            elif allies is not None and h2.actor not in allies:
                allies.append(h2.actor)   # "القوات التركية والفصائل الموالية لها"
        k += 1
    return out


# "بمشاركة", "وبمشاركة وحدات من", "بالاشتراك مع" right before an actor
# escorted by ("دخلت فصائل الجيش الحر، ترافقها دبابات وقوات خاصة تركية، إلى المدينة"): a few words between
_ESCORT_RE = re.compile(r"(?:^|\s)[و]?(?:ترافقها|ترافقه|ترافقهم|ترافقهما|يرافقها|يرافقه|يرافقهم|برفقه|وبرفقه|"
                        r"تساندها|تسانده|يساندها|يسانده|تساندهم|يساندهم)\s+(?:[^\s،,.]+\s+){0,3}$"
                        # "بالتزامن مع غارات نفذتها مقاتلات تركية، إلى جانب مقاتلات التحالف الدولي" (a force
                        # noun or nothing between: not "إلى جانب مقرات لـ…", what was struck beside)
                        r"|[،,]\s*(?:الي|الى)\s+جانب\s+(?:(?:مقاتلات|طائرات|قوات|وحدات|طيران)\s+)?$"
                        # backed by another party's men ("قوات النظام مدعمة بعناصر من حزب الله اللبناني"; not
                        # "بدعم من الطيران الروسي": air cover is an air strike of its own)
                        r"|(?:^|\s)(?:مدعمه|مدعومه|مدعوما|مدعومين|مدعمين|مسنوده|مسنودين|بمسانده|بمؤازره|مؤازره|بدعم\s+من)\s+"
                        r"(?:ب)?(?:عناصر|مقاتلي|مقاتلين|مقاتلو|ميليشيات|مليشيات|مسلحي|مسلحين|قوات|وحدات)\s+(?:من\s+)?$")
_PARTNER_RE = re.compile(r"(?:^|\s)[و]?(?:بمشاركه|بالاشتراك\s+مع|بالتعاون\s+مع|بالتنسيق\s+مع)\s+(?:\S+\s+من\s+)?$")
_TAKES_PART_RE = re.compile(r"[\"»”]?\s+(?:[^\s،,.]+\s+)?[وف]?(?:يشارك|يشاركون|تشارك|شارك|شاركت|شاركوا|يقاتل|يقاتلون|تقاتل)\s+"
                            r"(?:\S+\s+){0,4}?(?:الي|الى|إلى)\s+جانب\s")
_TAKES_PART_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:يشارك|تشارك|شارك|شاركت)\s+(?:[^\s،,.]+\s+)?$")
_BESIDE_AFTER_RE = re.compile(r"\s+(?:\S+\s+){0,5}?(?:الي|الى|إلى)\s+جانب\s")
_NEG_WORDS = frozenset({"لم", "ولم", "لا", "ولا"})
_DENIED_BEFORE_RE = re.compile(rf"(?:{DENIAL_VERBS})\s*$")   # "نفى التنظيم تبنيه …"
_WITHOUT_WORDS = frozenset({"دون", "بدون", "ودون", "وبدون"})


def _negated(words: Sequence[str], k: int) -> bool:
    """Is the verb ``words[k]`` negated ("لم تستهدف", "دون أن يتبنى")?"""
    return k > 0 and (words[k - 1] in _NEG_WORDS or words[k - 1] == "ان" and k > 1 and words[k - 2] in _WITHOUT_WORDS)

_NEG_RE = re.compile(r"(?:لم|لا|دون ان|ولم|ما)\s+\S*\s*$")

_NEG_FAR_RE = re.compile(r"(?:^|\s)(?:لم|دون\s+ان|ولم)\s+(?:\S+\s+){1,3}$")


SPEAKER_CHARS = 300


def _speaker(norm: str, lex: _Lex, rd: _Readings) -> str | None:
    """Whose statement an article is, for its "قواتنا" / "طائراتنا": the actor of a "بيان …"
    heading, or the first actor named as issuing a statement near the top. None when the article
    has no first-person force words or names no speaker."""
    if not lex.first_person_re.search(norm):
        return None
    head = norm[:SPEAKER_CHARS]
    first = None
    for g in _STATEMENT_RE.finditer(head):
        first = first or g
        seg = _QUOTES_RE.sub("", head[g.end():g.end() + 60])
        # (not a possessor: "في بيان إن «قواتنا دمرت مستودعاً للإرهابيين»" is no statement of theirs)
        hits = [h for h in _actor_hits(seg, lex, rd) if h.actor != "unknown" and not _of_lam(seg, h.start)
                and not seg.startswith("ل", h.start)]
        if hits:
            return hits[0].actor
    if first is not None and first.start() <= LETTERHEAD_CHARS:
        # "إدارة العمليات العسكرية / معركة «ردع العدوان» / بيان رقم (4)": the letterhead above
        # the heading names who issues it
        hits = [h for h in _actor_hits(_QUOTES_RE.sub("", head[:first.start()]), lex, rd) if h.actor != "unknown"]
        if hits:
            return hits[0].actor
    # "نقلت «سانا» عن مصدر عسكري قوله إن «وحدات من قواتنا المسلحة …»": state media quoting its forces
    found = set()
    for m in lex.first_person_re.finditer(norm):
        if not m.group(0).split()[0].endswith("نا"):
            continue   # (first person only: not "مقاتليها", its fighters)
        ss = line_start(norm, m.start())
        # (or in the byline above the text: "حلب - تشرين - سانا")
        found |= {actor for actor, cue in lex.state_media
                  if cue.search(norm, ss, m.start()) or cue.search(norm, 0, min(m.start(), BYLINE_CHARS))}
        if _SAID_THE_MINISTRY_RE.search(norm, ss, m.start()):
            # "وقالت الوزارة في تغريدة إن «عناصر من قواتنا الخاصة …»": the ministry the article named
            found |= {h.actor for h in _actor_hits(norm[:ss], lex, rd)
                      if h.actor != "unknown" and norm.startswith("وزاره", h.start)}
    return found.pop() if len(found) == 1 else None


# a speaker's label ends at a colon ("وزارة الدفاع التركية:", "المركز الإعلامي لـ«قسد»:")
_LABEL_COLON_RE = re.compile(r"[\s»\")]*:")


_AFTER_ACT_WORDS = frozenset({"اثر", "بعد", "عقب", "اعقاب"})
_HTS_NAMED_RE = re.compile(r"تحرير\s+الشام")
# another body called "هيئة" ("هيئة الأمم", "هيئة التفاوض", "الهيئة العامة للصحة", "الهيئة الطبية")
_OTHER_BODY_RE = re.compile(r"(?:^|\s)[وبل]?هييه\s+(?!تحرير)ال|(?:^|\s)[وبل]?(?:ال|لل)هييه\s+(?:العامه|السوريه|العليا|الوطنيه"
                            r"|الطبيه|الدوليه|الشرعيه|السياسيه|الاسلاميه|الخيريه|الاداريه|المستقله)(?=\s|$)")
_NORTH_WEST = ("Idleb", "Aleppo", "Hama", "Lattakia")
# an organisation named ("تنظيم حراس الدين", "تنظيم القاعدة", "التنظيم الإرهابي بي كا كا"): "التنظيم" may be it
_TANZIM_NAMED_RE = re.compile(r"(?:^|\s)[وبل]?تنظيم\s+(?!(?:ال)?(?:دوله|داعش|ارهابي|متطرف)\b)[^\s،,.]{3,}|تنظيمات")
_SAID_THE_MINISTRY_RE = re.compile(r"(?:^|\s)[وف]?(?:قالت|اضافت|اكدت|اعلنت|اوضحت|ذكرت|تابعت)\s+الوزاره(?=\s)")


BYLINE_CHARS = 120   # a state medium named this near the top is the byline of the text below
LETTERHEAD_CHARS = 120   # a statement heading this near the top has its issuer above it


# a claim of the act just told, by its definite noun ("، وتبنى تنظيم داعش التفجير"; not "هجوم تبناه داعش في
# البصيرة", another act, nor "ونفى داعش تبنيه التفجير", "وسبق أن تبنى داعش تفجيرات")
CLAIMED_THIS_RE = re.compile(r"(?<!نفي )(?<!نفت )(?:^|[\s،,])[وف]?(?:تبني|تبنت|يتبني|تتبني)\s+(?:[^\s،,.]+\s+){0,4}?"
                              r"(?:ال)(?:تفجير|انفجار|هجوم|عمليه)(?=\s|$|[،,.])")


def _claimed_by(norm: str, lex: _Lex, rd: _Readings) -> str | None:
    """The one actor the article says claimed its attacks, or None (no claim, a denial, or two)."""
    actors = set()
    for m in lex.claim_re.finditer(norm):
        if _NEG_RE.search(norm[max(0, m.start() - 14):m.start()]) or _NEG_FAR_RE.search(norm[max(0, m.start() - 30):m.start()]):
            continue   # "لم تتبن أي جهة", "نفى … مسؤوليته", "دون أن تعلن أي جهة مسؤوليتها"
        sent_start = line_start(norm, m.start()) - 1
        if _YEAR_RE.search(norm, sent_start + 1, m.start()):
            continue   # "تفجير … في السابع من كانون الثاني 2017، تبناه تنظيم داعش": an old bombing's claim
        if _DENIED_BEFORE_RE.search(norm[max(0, m.start() - 40):m.start()]):
            continue
        if lex.accused_re.search(norm[max(0, m.start() - 40):m.start()]):
            continue   # "حمّلت الحكومة مسؤوليته لتنظيم داعش": a blame (actors.yaml accusation_verbs), not a claim
        if re.search(r"مماثله|سابقه|الماضيه|سابقا|عاده|(?:^|\s)بعض\s|مجهول الفاعل", norm[m.end():m.end() + 60]):
            continue   # "إذ تبنى التنظيم هجمات مماثلة خلال الأشهر الماضية": other attacks ("ويتبنى داعش
            # بعض هذه العمليات، فيما يبقى معظمها مجهول الفاعل": some of them, not this one)
        win_a, win_b = max(0, m.start() - 40, sent_start + 1), min(len(norm), m.end() + 50)
        # (from its sentence's start: "… مقتل عنصرين من قوى الأمن الداخلي. وتبنى تنظيم داعش التفجير")
        hits = _actor_hits(_QUOTES_RE.sub(" ", norm[win_a:win_b]), lex, dataclasses.replace(rd, speaker=None))
        # (a target named just before the claim is not a claimant: "هجوم على نقطة للجيش، وتبنى داعش")
        hits = [h for h in hits if h.actor != "unknown" and h.agent > -1.0]
        # (the subject right after the verb, when there is one: not the owner of the car struck told
        # before it, "انفجرت عبوة بسيارة لقسد قرب الفارات، اليوم الخميس، وتبنت خلايا داعش التفجير")
        after = [h for h in hits if h.start >= m.end() - win_a and not _CLAUSE_PUNCT_RE.search(norm, m.end(), win_a + h.start)]
        this = CLAIMED_THIS_RE.match(norm, max(0, m.start() - 1))
        actors |= {after[0].actor} if after and this else {h.actor for h in hits}
    return next(iter(actors)) if len(actors) == 1 else None


def _article_actor(votes: dict[str, int], etype: str, lex: _Lex) -> str | None:
    """The actor an article attributes its strikes to: at least two thirds of the agent votes
    (only actors that fly, for an air strike)."""
    cands = {a: n for a, n in votes.items() if etype != "airstrike" or a in lex.air}
    if not cands:
        return None
    top = max(cands, key=lambda a: (cands[a], a))
    return top if cands[top] * 3 >= 2 * sum(cands.values()) else None


_OR_RE = re.compile(r"^\s*(?:ام|او)\s+(?:(?:ال)?تابعه?\s+)?(?:(?:لل|ل)?(?:ال)?(?:طايرات|طيران)\s+)?(?:لل|ل)?$")


def _either_or(hits: list[_ActorHit], norm: str, lex: _Lex) -> bool:
    """Two actors offered as alternatives ("سورية أم روسية", "روسية أو سورية")."""
    return any(h1.actor != h2.actor and _OR_RE.match(norm[h1.end:h2.start]) for h1, h2 in zip(hits, hits[1:])) \
        or any(_NISBA_OR_RE.search(norm, max(0, h.start - 30), h.start) for h in hits) \
        or any(lex.or_nisba_after_re.match(norm, h.end) for h in hits)   # ("سورية أم روسية", "روسية أو سورية":
    # "سورية" is also the country's name, so no actor phrase of its own)


_NISBA_OR_RE = re.compile(r"(?:^|\s)(?:كانت|كان|هي|هل)\s+\S{3,}(?:يه|ي)\s+(?:ام|او)\s+"
                          # ("ما إذا كانت روسية أم تابعة لطيران النظام")
                          r"(?:(?:ال)?تابعه?\s+(?:ل|لل)?|(?:ل|لل))?$")


def _subject_before(prefix: str, lex: _Lex, rd: _Readings = _PLAIN_READINGS) -> str | None:
    """The last actor named as an agent (not a target, victim or source) in ``prefix``: one the text
    marks as an agent first ("أن الطائرات الروسية دمرت … معسكراً لتدريب المسلحين": the aircraft, not
    the militants a camp was for)."""
    bare = _QUOTES_RE.sub("", prefix)
    hits = [h for h in _actor_hits(bare, lex, rd)
            if h.agent > 0 or h.agent == 0 and not _of_lam(bare, h.start)]
    marked = [h for h in hits if h.agent > 0]
    return (marked or hits)[-1].actor if hits else None


def _of_lam(norm: str, start: int) -> bool:
    """Is the actor phrase at ``start`` a possessor after "ل" ("ووحدة للتنظيم بحجم فرقة", "مقرات لقوات
    النظام"): whose thing was struck, not who acted?"""
    ws = norm.rfind(" ", 0, start) + 1
    word = norm[ws:].lstrip("و")
    return word.startswith("لل") or start > ws and norm[ws:start].lstrip("و").startswith("ل")


NEW_ERA = dt.date(2024, 12, 8)   # Damascus taken: the rebels' command became the government
AFRIN_TAKEN = dt.date(2018, 3, 18)   # Afrin taken: the Turkey-backed factions held the north of Aleppo since


def _isis_first(norm_all: str, lex: _Lex) -> bool:
    """Is "التنظيم" ISIS in this article: ISIS is named, and before the PKK if both are (a Turkish
    statement on "بي كا كا" that recalls an old ISIS bombing means the PKK)."""
    i = lex.isis_name_re.search(norm_all)
    if i is None:
        return False
    p = lex.pkk_name_re.search(norm_all, 0, i.start())
    return p is None


# "قذائف مصدرها مناطق سيطرة قسد", "قادمة من مناطق تسيطر عليها الحكومة": the areas the fire came from
_FIRED_FROM_AREAS_RE = re.compile(r"(?:مصدره|مصدرها|مصدرهما|قادمه\s+من|قادمه\s+من\s+جهه|انطلاقا\s+من|اطلقت\s+من)\s+"
                                  r"(?:ال)?(?:مناطق|منطقه|مواقع)\s+(?:\S+\s+){0,3}$")
_WHERE_WORDS = frozenset({"جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "في", "الي", "داخل", "بجنوب",
                          "بشمال", "وجنوب", "وشمال"})
_COUNTRY_NAMES = frozenset({"تركيا", "روسيا", "ايران", "اسراييل", "امريكا", "الولايات المتحده", "العراق"})
_INTERIM_AFTER_RE = re.compile(r"\s+(?:في|لدي|التابعه\s+ل)\s*(?:ال)?حكومه\s+(?:السوريه\s+)?(?:ال)?مو[قء]ت")
_REMNANT_WORDS = frozenset({"مخلفات", "بقايا", "مخلفاته", "مخلفاتها"})
_TOWARD_WORDS = frozenset({"الي", "نحو", "باتجاه"})
_QUOTE_OPEN_VICTIM_RE = re.compile(r"مقتل|مصرع|استشهاد|اصابه|جرح|وفاه|فقدان|اسر")
_THAT = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})
_ACCUSED_GAP_RE = re.compile(r"[\s)]*(?:\([^)]{0,40}\)\s*)?(?:[،,]\s*(?:مساء|صباح|فجر|ظهر|عصر|ليل|ليله|اليوم|امس|يوم)"
                             r"(?:\s+[^\s،,.]+){0,3}\s*)?[،,]?\s*")
_AND_GAP_RE = re.compile(r"\s*و?")
_OF_SIDE_BEFORE_RE = re.compile(r"(?:^|\s)من\s+$")
# between two sides' dead: "و7 من", "وعنصر من", "وثلاثة مقاتلين من" (no comma, no other verb)
_JOINED_DEAD_RE = re.compile(r"\s+و\s*(?:[^\s،,.]+\s+){0,3}من\s+")
_BOTH_SIDES_RE = re.compile(r"بين\s+(?:ال)?(?:طرفين|جانبين)")
# group nouns before "في" + a party ("فصائل في المعارضة المسلحة", "متزعمون في جبهة النصرة"): members of it
_MEMBER_OF = frozenset({"فصايل", "فصيل", "فصيلا", "مجموعات", "مجموعه", "عناصر", "عنصر", "مقاتلين", "مقاتلون", "مقاتلو",
                        "مقاتلي", "قاده", "قيادي", "قياديين", "كتايب", "تشكيلات", "الويه", "متزعمون", "متزعمين"})


_AMBUSH_SET = frozenset({"كمينا", "كمينين"})   # the accusative: an ambush set for someone ("نصبوا كميناً لـ…")
_KIN_OF = frozenset({"عايلات", "عوايل", "اسر", "زوجات", "ذوي", "نساء"})   # a group's families
_BELONGINGS = frozenset({"سياره", "منزل", "موكب", "مقر", "مكتب", "بيت", "عربه", "دراجه"})   # a man's car, house …
_AMONG_GAP = _MEMBER_OF | {"في", "من", "فيما", "يسمي", "ما"}


def _among_leaders(words: list[str]) -> bool:
    """"بينهم متزعمون فيما يسمى" right before a party: the party's leaders among the victims (the
    words between "بينهم" and the party are members' nouns and "في"/"من" only)."""
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _AMONG), None)
    return k is not None and k < len(words) - 1 and all(w in _AMONG_GAP for w in words[k + 1:])
# "والمسلحين الموالين لها": loyal to the party just named (a pronoun, not a party named after it)
_KILL_VERBS = frozenset({"قتل", "وقتل", "فقتل", "اغتال", "واغتال", "قتلت", "وقتلت", "فقتلت", "اغتالت", "واغتالت"})
_TABI = frozenset({"تابع", "تابعا", "تابعه", "التابع", "التابعه", "تابعين", "التابعين", "تابعون", "التابعون"})
_OWN_RE = re.compile(r"\S+\s+(?:\S+\s+)?(?:ال)?تابع(?:ه|ين|ون)?\s+(?:لها|له|لهم|لنا)(?:\s|$)")
_GOV_FACTIONS_RE = re.compile(r"فصايل\s+(?:تابعه\s+ل|ل)?(?:حكومه\s+دمشق|الحكومه\s+السوريه\s+الانتقاليه|وزاره\s+الدفاع\s+السوريه)")
# after 8 Dec 2024 the government's factions go by "فصائل الحكومة", "فصائل تابعة لوزارة الدفاع",
# "الفصائل الحكومية"
# (not the Turkey-backed interim government's: "الحكومة المؤقتة")
_NEW_GOV_FACTIONS_RE = re.compile(
    r"فصايل\s+(?:(?:تابعه\s+ل|ل)?(?:(?:ال)?حكومه|وزاره\s+الدفاع)(?!\s+(?:[^\s،,.]+\s+){0,4}(?:ال)?مو[قء]ت|\s+(?:ال)?تركي)"
    r"|(?:ال)?حكوميه(?=\s|$))")   # (or "الفصائل الحكومية")
# "بيان وزارة الدفاع التركية", "وقالت الجبهة الوطنية للتحرير في بيان", "أعلنت … في بيان"
_STATEMENT_RE = re.compile(r"(?:^|\s)[وف]?(?:بيان|بلاغ|قال|قالت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت)(?=\s)")
_NOT_NISBA = frozenset({"الذي", "التي", "والذي", "والتي", "علي", "الي", "حتي", "لدي", "فوري",
                        "القي", "والقي", "رمي", "ادي", "اودي", "ابدي", "اجري", "تلقي", "القت"})
# the verbal noun of taking, right before its taker ("سيطرة الجيش الحر", "سيطرة فصائل الجيش الوطني")
_TAKER_BEFORE_RE = re.compile(r"(?:^|\s)[وب]?سيطره\s+(?:(?:فصايل|قوات|عناصر|مقاتلي|وحدات)\s+)?$")
# a capture announced, or fighting that ended in one ("معارك … انتهت بسيطرة الجيش على المدينة")
_ANNOUNCED_BEFORE_RE = re.compile(r"(?:^|\s)[وف]?(?:اعلن|اعلنت|اعلنوا|تعلن|يعلن)\s"
                                  r"|(?:^|\s)[وف]?(?:انتهت|انتهي|اسفرت\s+عن|اسفر\s+عن|ادت\s+الي|ادي\s+الي)\s+[ب]?سيطره\s")
_ON_AFTER_RE = re.compile(r"(?:\s+[^\s،,.]+){0,3}?\s+علي\s")
_TURKISH_OCCUPATION_RE = re.compile(r"الاحتلال\s+التركي")
_AMERICAN_OCCUPATION_RE = re.compile(r"الاحتلال\s+(?:الامريكي|الاميركي)")
# where a bare "الاحتلال" with no occupier named anywhere is Turkey's: the north, Kurdish outlets'
# word for the Turkish army ("استهدف الاحتلال بالمدفعية قرية الدردارة بريف تل تمر")
_TURKISH_FRONT = frozenset({"Aleppo", "Al-Hasakeh", "Ar-Raqqa"})
# ... but the occupation's aircraft or missiles are Israel's ("استهدف طيران الاحتلال بعدة صواريخ مطار حلب
# الدولي"): Turkey's are named ("الطيران التركي", "المسيرات التركية")
_ISRAELI_AIR_RE = re.compile(r"(?:طيران|طايرات|مقاتلات|صواريخ|غارات)\s+(?:ال)?(?:احتلال|عدو)(?!\s+(?:ال)?تركي)")


_VEHICLE_HEADS = frozenset({"دوريه", "دوريات", "رتل", "ارتال", "قافله", "اليه", "اليات", "عربه", "عربات", "سياره",
                            "سيارات", "مدرعه", "مدرعات", "حافله", "حافلات"})
# what strikes a vehicle as the subject of a verb before it ("عبوة ناسفة استهدفت دورية")
_DEVICE_SUBJECTS = frozenset({"عبوه", "ناسفه", "لغم", "مفخخه", "قذيفه", "قذايف", "صاروخ", "صواريخ", "غاره", "غارات",
                              "مسيره", "طايره", "انفجار", "انتحاري"})


def _struck_vehicle(wb: list[str], lex) -> bool:
    """Are the words before a nisba ``wb`` a vehicle a device struck, the nisba its owner's ("عبوة
    ناسفة استهدفت دورية مشتركة روسية تركية"): a vehicle head among the last three words, only
    adjectives after it, a strike verb before it and a device before that?"""
    for k in range(len(wb) - 1, max(-1, len(wb) - 4), -1):
        if _strip_clitic(wb[k]) in _VEHICLE_HEADS:
            break
        if not wb[k].endswith(("يه", "ي", "كه")):
            return False   # (only adjectives between: "مشتركة", "روسية")
    else:
        return False
    return k >= 2 and (_strip_clitic(wb[k - 1]) in lex.strike_verbs or wb[k - 1] in ("استهدفت", "استهدف", "طالت", "طال")) \
        and bool(_DEVICE_SUBJECTS.intersection(wb[max(0, k - 4):k - 1]))


def _occupier(norm_all: str, israel_named: bool, admin1s: Sequence[str]) -> str:
    """Whose bare "الاحتلال" is: the one occupier the article names ("الاحتلال التركي", "الاحتلال
    الأمريكي", Israel), else — none named — Turkey's where most of its places are in the north,
    Israel's elsewhere."""
    if israel_named:
        return "israel"
    if _TURKISH_OCCUPATION_RE.search(norm_all):
        return "turkey"
    if _AMERICAN_OCCUPATION_RE.search(norm_all):
        return "coalition"
    if admin1s and sum(a in _TURKISH_FRONT for a in admin1s) * 2 > len(admin1s) and not _ISRAELI_AIR_RE.search(norm_all):
        return "turkey"
    return "israel"
# an act ascribed by a source to an agent ("هجوم نسبته السلطات السورية إلى تنظيم الدولة", "عزته مصادر إلى …")
_ASCRIBED_RE = re.compile(r"(?:^|\s)(?:نسبته|نسبتها|نسبه|نسبها|نسبوه|نسبوها|عزته|عزتها|عزاه|عزاها|يعزي|تعزي)\s+")
_TO_RE = re.compile(r"(?:[^\s،,.]+\s+){1,5}?(?:الي|ل)\s*")
_COVER_NOUNS = frozenset({"غطاء", "اسناد", "دعم", "تغطيه", "مسانده"})   # air cover … ("بغطاء جوي روسي")
_AIR_ADJ = frozenset({"جوي", "جويه"})
_EFFECT_CUES = frozenset({"اثر", "واثر", "عقب"})   # (of the parallel cues, those that tell a cause)


def _act_before(norm: str, end: int, lex: _Lex) -> bool:
    """Does ``norm`` tell an act before ``end`` (not an effect: explosions heard, damage, a blackout)?"""
    return any(lex.type_of.get(t.group(1)) not in (None, "explosion") for t in lex.trigger_re.finditer(norm, 0, end))


_FIRE_SOURCE_RE = re.compile(r"مصدر|انطلاق|منطلق|اطلق")   # where fire came from (not aircraft passing)
_WHERE_HOLDS_RE = re.compile(r"(?:^|\s)حيث\s+(\S+)\s+(?:\S+\s+)?$")
_RESISTING = frozenset({"مقاومه", "المقاومه", "مقاومتها", "مواجهه"})
_ISRAEL_RE = re.compile(r"اسراييل|الصهيوني|الاحتلال\s+الاسراييلي")
_QUOTES_RE = re.compile(r"[\"'«»“”„‟‹›]")

_GUN_POSITION_RE = re.compile(r"(?:موقع|مواقع|كتيبه|كتايب|سريه|فوج|مقر|مقرات|مربض|مرابض|بطاريه|بطاريات)\s+(?:ال|لل|ل)?مدفعي\S*")

_YEAR_RE = re.compile(r"(?<![0-9\u0660-\u0669])[12][0-9]{3}(?![0-9])|[\u0661\u0662][\u0660-\u0669]{3}")
