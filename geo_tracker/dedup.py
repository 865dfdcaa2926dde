"""Merge reports of the same event (from several articles, or twice in one).

Two events are the same when they have the same actor and type, their places lie within the
smaller of their uncertainty radii (at least ``min_km``) — or one is a large area (geo_precision
3) that contains the other, more precise report — and their
date ranges overlap (with ``slack_days`` for imprecise dates). Undated events merge only with
undated events at the same place. Judged by actor, type, distance and dates — never by text.

The merged event keeps the most precise location and date, the largest stated tolls, the union
of ``sources`` and ``urls``, and the ``event_id`` of its first report in input order, so ids are
stable for the same input.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Sequence

from geo_tracker.geo import haversine_km
from geo_tracker.models import Event
from geo_tracker.text import normalize_char_string


def _d(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


_STORMING_RE = re.compile(r"اقتحام|اقتحم")
SETTLEMENT_KINDS = ("city", "town", "village")   # places a city's radius must not merge apart


# "غارة أخرى", "هجوم آخر": the text tells a second act of the kind
# (the subject of this act's verb: not "بعد أيام من هجوم آخر", "ولم تكن هناك غارة أخرى")
_ANOTHER_RE = re.compile(r"(?:^|[\s،,])(?<!من )(?<!بعد )(?:غاره|ضربه|هجوم|قذيفه|انفجار|عبوه|سياره|مسيره)\s+(?:اخري|اخر)\s+"
                         r"(?:[^\s،,.]+\s+)?(?:استهدفت|استهدف|طالت|طال|ضربت|اصابت|وقعت|وقع|سقطت|سقط|قتلت|قتل|ادت|ادي|اسفرت|اسفر|دمرت)"
                         r"(?=\s|$|[،,.])")


def same_event(a: Event, b: Event, *, min_km: float = 3.0, slack_days: int = 1) -> bool:
    """True when ``a`` and ``b`` report the same event."""
    if a.background != b.background:
        return False
    if a.event_type != b.event_type and not (
            # one article's battle for a town and the storming of it ("خلال اقتحام البلدة"): one clash
            {a.event_type, b.event_type} == {"clash", "raid"} and a.article_id == b.article_id
            and a.actor == b.actor
            # … and its summary of an offensive over an area ("أكبر هجوم يشنونه في ريف حلب الغربي")
            # with the battles for the villages inside it
            or {a.event_type, b.event_type} == {"clash", "attack"} and a.article_id == b.article_id
            and {a.geo_precision, b.geo_precision} in ({3, 1}, {3, 2}) and "unknown" not in (a.actor, b.actor)
            and a.actor == b.actor
            # … and the battle for a town told again as its storming, without the stormers' name
            # ("حررت بلدة عقيربات بعد معارك … 40 إرهابياً قُتلوا خلال اقتحام البلدة")
            or {a.event_type, b.event_type} in ({"clash", "attack"}, {"clash", "raid"}) and a.article_id == b.article_id
            and a.place_id == b.place_id and "unknown" in (a.actor, b.actor)
            and _STORMING_RE.search(normalize_char_string((a if a.event_type != "clash" else b).quote or ""))):
        return False
    if a.actor != b.actor and "unknown" not in (a.actor, b.actor):
        return False  # an unattributed report may be the same event as an attributed one
    if a.article_id == b.article_id and a.quote != b.quote and (
            _ANOTHER_RE.search(normalize_char_string(a.quote or "")) or _ANOTHER_RE.search(normalize_char_string(b.quote or ""))):
        return False  # "وأضاف أن غارة أخرى استهدفت عبارة … شرق الرقة": the article says it is another strike
    if ((a.place_id, a.place_name_ar) != (b.place_id, b.place_name_ar) and a.article_id == b.article_id
            and a.quote == b.quote and (a.geo_precision == b.geo_precision or (
                # (also a place and the surroundings of a town: "في محيط الكسوة وجبل المانع")
                max(a.geo_precision, b.geo_precision) <= 2 and max(a.uncertainty_km, b.uncertainty_km) < SUMMARY_AREA_KM
                and (a.place_kind in NATURAL_AREA_KINDS) != (b.place_kind in NATURAL_AREA_KINDS)))):
        return False  # "باديتي الرصافة والمنصورة": places one sentence lists apart are apart
    if a.place_kind == b.place_kind == "neighbourhood" and a.place_name_ar != b.place_name_ar \
            and not (a.place_id and a.place_id == b.place_id and a.geo_precision == b.geo_precision == 1):
        # (but "بابا عمرو" and "حي بابا عمرو", one quarter the gazetteer places, are one place)
        return False  # two quarters of one city (both placed at the city: "حي الكلاسة", "حي الميسر")
    d = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if a.place_id != b.place_id and d > 1.0 and (
            a.geo_precision == 1 and b.geo_precision == 1
            # (one article's "مدينة دوما" and "مدينتي حرستا وعربين": a city's wider radius aside)
            or a.article_id == b.article_id and a.place_id and b.place_id
            and a.place_kind in SETTLEMENT_KINDS and b.place_kind in SETTLEMENT_KINDS
            and a.geo_precision <= 2 and b.geo_precision <= 2
            and max(a.uncertainty_km, b.uncertainty_km) < SUMMARY_AREA_KM   # (not "ريف درعا")
            and a.place_name_ar not in b.place_name_ar and b.place_name_ar not in a.place_name_ar):
        # ("درعا" and "درعا البلد", its old town, may be one report)
        return False  # two named villages a few km apart are two events
    if d > max(min_km, min(a.uncertainty_km, b.uncertainty_km)):
        # a report of a large area (geo_precision 3: "بوادي حمص") contains a precise report
        # of the same strike inside it; otherwise different places are different events
        broad, precise = (a, b) if (a.geo_precision, a.uncertainty_km) > (b.geo_precision, b.uncertainty_km) else (b, a)
        # (within one article, a countryside or area report — "بلدات في ريف درعا" — is the
        # summary of the precise reports inside it)
        reach = broad.uncertainty_km * (AREA_SLACK if broad.place_kind in NATURAL_AREA_KINDS
                                        and broad.quote != precise.quote else 1.0)
        # (a province is a polygon, not its radius: "ريف إدلب" sums up "سلقين" on its rim)
        # (a countryside report with a toll only for one act told again: "وقال مصدر إن الضربة وقعت على طريق
        # بلدة سلقين"; not another act in the province, "كما استهدفت غارة روسية بلدة دركوش", whose
        # countryside report keeps its toll)
        within = d <= reach or broad.place_kind == "governorate" and broad.place_name_ar.startswith("ريف") \
            and broad.admin1 is not None and precise.admin1 == broad.admin1 and broad.article_id == precise.article_id \
            and ((broad.killed, broad.injured) == (None, None)
                 or _ONE_ACT_RETOLD_RE.search(normalize_char_string(precise.quote or "")) is not None)
        if not (_summary_area(broad, precise) and precise.geo_precision < 3 and within
                or _site_in_town(broad, precise, d) or _retold_on_road(broad, precise, d)):
            return False
    sa, ea, sb, eb = _d(a.date_start), _d(a.date_end), _d(b.date_start), _d(b.date_end)
    if sa is None or sb is None:
        # undated reports: the same place, or a large area and a place inside it in one article
        return sa is None and sb is None and (a.place_id == b.place_id or a.article_id == b.article_id)
    slack = dt.timedelta(days=slack_days if max(a.time_precision, b.time_precision) > 1 else 0)
    return sa <= eb + slack and sb <= ea + slack


SUMMARY_AREA_KM = 20.0
#: Natural areas (a plateau, a desert, a mountain range) have no surveyed edge: their radius in the
#: gazetteer is a centroid's reach over the places known inside, so a village on the rim
#: ("بصر الحرير" on the Lajat) may lie a little beyond it. (Not for places one sentence lists: those
#: are apart.)
NATURAL_AREA_KINDS = ("region", "desert_area", "mountain", "plain", "salt_flat")
AREA_SLACK = 1.5


def _summary_area(broad: Event, precise: Event) -> bool:
    """Is ``broad`` a report of an area that sums up ``precise`` — a large area (geo_precision 3),
    or, within one article, a countryside or area report ("بلدات في ريف درعا")?"""
    if broad.place_kind == "road":
        return False   # a stretch of road sums nothing up (see _retold_on_road)
    if broad.place_kind == "desert_area" and (precise.place_kind in SETTLEMENT_KINDS and precise.geo_precision == 1
                                              or precise.place_kind == "road"):
        return False   # "بادية الميادين" is the desert, not the towns on the river ("بلدة الشحيل") nor a
        # road told by its ends ("الطريق الواصل بين حقل العمر وبلدة البصيرة"); but "قرب قرية الطيبة",
        # "20 كيلومتراً شمال شرقي مدينة السخنة" may be in it
    return broad.geo_precision == 3 or (broad.article_id == precise.article_id
                                        and broad.uncertainty_km >= SUMMARY_AREA_KM
                                        and precise.uncertainty_km < broad.uncertainty_km)


SITE_KINDS = ("base", "airport", "field", "dam", "crossing", "camp", "site")


def _site_in_town(broad: Event, precise: Event, d: float) -> bool:
    """One article's strike on a base or site ("مطار حماة العسكري") and its toll told of the town
    the site belongs to ("مقتل أربعة أشخاص في حماة"): the same strike."""
    return (broad.article_id == precise.article_id and broad.place_kind in ("city", "town")
            and precise.place_kind in SITE_KINDS and d <= broad.uncertainty_km)


ROAD_RETOLD_KM = 10.0   # how far along a stretch of road a retold strike's place may lie


def _retold_on_road(broad: Event, precise: Event, d: float) -> bool:
    """One article's strike "قرب قرية قروف" and the same strike told again "على الطريق الواصل بين
    قروف وقرية صرين", with no toll of its own and not as another act ("كما قصفت …", "وفي سياق
    متصل"): a place on the stretch of road is the same event."""
    if broad.article_id != precise.article_id or (broad.place_kind == "road") == (precise.place_kind == "road"):
        return False
    road, place = (broad, precise) if broad.place_kind == "road" else (precise, broad)
    # (a retelling adds no toll: "اغتال مجهولون شاباً على الطريق بين جاسم ونمر" with its own dead
    # is not the siege of Nimr told before)
    return road.killed is None and road.injured is None and not _ANOTHER_ACT_RE.match(road.quote or "") \
        and d <= min(road.uncertainty_km, ROAD_RETOLD_KM) + min(place.uncertainty_km, 5.0)


_ANOTHER_ACT_RE = re.compile(r"\W*(?:كما|وكما|وفي سياق|في سياق|وأيضا|وأيضاً|كذلك|وكذلك|وفي حادثة|في حادثة)")


# one act named again by its definite singular noun ("الضربة وقعت على …", "إن الغارة استهدفت …")
_ONE_ACT_RETOLD_RE = re.compile(r"(?:^|\s)[وف]?(?:ان\s+)?(?:الضربه|الغاره|الهجوم|التفجير|الانفجار|الكمين)\s+(?:\S+\s+)?"
                                r"(?:وقع|وقعت|استهدف|استهدفت|طال|طالت|كان|كانت|جري|جرت|حصل|حصلت|نفذ|نفذت)(?=\s)")


def merge(a: Event, b: Event) -> Event:
    """Merge report ``b`` into ``a`` (the earlier report): most precise place and date, largest
    stated tolls, all sources; ``a``'s id."""
    def where(e: Event) -> tuple:
        # a quarter placed at its city ("حي الحمدانية في حلب") names more than the city alone
        return e.geo_precision, e.uncertainty_km, e.place_kind != "neighbourhood"

    loc = a if where(a) <= where(b) else b
    other = b if loc is a else a
    if loc.geo_precision < 3 and (_summary_area(other, loc) or (
            # one article's report of a wider place ("قرى وبلدات جبل الزاوية": 13 killed) and
            # of a village in it with its own toll ("بلدة إبلين": 8): the village's toll stands
            other.article_id == loc.article_id and other.place_id != loc.place_id
            and loc.uncertainty_km < other.uncertainty_km and (loc.killed, loc.injured) != (None, None))):
        # a regional summary absorbed by a precise report: its toll may cover several
        # places, so the precise report's own toll stands (but one strike told again where it fell,
        # "وقالت مصادر إن الضربة وقعت على طريق بلدة سلقين", keeps the toll told of it)
        if (loc.killed, loc.injured) == (None, None) and other.article_id == loc.article_id \
                and _ONE_ACT_RETOLD_RE.search(normalize_char_string(loc.quote or "")):
            loc = dataclasses.replace(loc, killed=other.killed, injured=other.injured)
        return dataclasses.replace(
            loc, event_id=a.event_id, article_id=a.article_id, sources=tuple(dict.fromkeys(a.sources + b.sources)),
            urls=tuple(dict.fromkeys(a.urls + b.urls)), actor=a.actor if a.actor != "unknown" else b.actor,
            target=loc.target or a.target or b.target)
    when = a if (a.time_precision, a.date_start is None) <= (b.time_precision, b.date_start is None) else b
    etype = "clash" if "clash" in (a.event_type, b.event_type) else a.event_type
    sources = tuple(dict.fromkeys(a.sources + b.sources))
    urls = tuple(dict.fromkeys(a.urls + b.urls))

    def mx(x, y):
        return y if x is None else x if y is None else max(x, y)

    return dataclasses.replace(
        a, sources=sources, urls=urls, actor=a.actor if a.actor != "unknown" else b.actor, event_type=etype,
        place_id=loc.place_id, place_name_ar=loc.place_name_ar, place_name_en=loc.place_name_en,
        admin1=loc.admin1, geo_precision=loc.geo_precision, uncertainty_km=loc.uncertainty_km,
        lat=loc.lat, lon=loc.lon, place_kind=loc.place_kind,
        date_start=when.date_start, date_end=when.date_end, time_precision=when.time_precision,
        killed=mx(a.killed, b.killed), injured=mx(a.injured, b.injured),
        target=a.target or b.target,
    )


DATE_BIN_DAYS = 16


def _bins(ev: Event, slack_days: int) -> range | None:
    """The date bins an event's range (with slack) touches; None when undated."""
    if ev.date_start is None:
        return None
    a = dt.date.fromisoformat(ev.date_start).toordinal()
    b = dt.date.fromisoformat(ev.date_end).toordinal() if ev.date_end else a
    return range((a - slack_days) // DATE_BIN_DAYS, (b + slack_days) // DATE_BIN_DAYS + 1)


def dedup(events: Sequence[Event], *, slack_days: int = 1, **kw) -> list[Event]:
    """Merge duplicate events; order and ids follow the first report of each event.

    A report is compared only with kept events of the same type in its 1° grid cell and the
    eight around it, and among those only with the ones whose dates fall in the same 16-day
    bins — so the cost grows with the number of events, not its square.
    """
    out: list[Event] = []
    home: list[tuple] = []                     # the bucket each kept event is indexed under
    buckets: dict[tuple, dict] = {}            # (type, background, cx, cy) -> {bin|None: [idx]}

    def index(idx: int, key: tuple) -> None:
        b = buckets.setdefault(key, {})
        rng = _bins(out[idx], slack_days)
        for k in ([None] if rng is None else rng):
            lst = b.setdefault(k, [])
            if not lst or lst[-1] != idx:
                if idx not in lst:
                    lst.append(idx)

    for ev in events:
        cell = (int(ev.lat // 1), int(ev.lon // 1))
        key = ("clash" if ev.event_type in ("raid", "attack") else ev.event_type, ev.background)   # see same_event
        rng = _bins(ev, slack_days)
        merged = False
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                b = buckets.get(key + (cell[0] + dx, cell[1] + dy))
                if not b:
                    continue
                if rng is None:
                    cands = b.get(None, ())
                else:
                    cands = sorted({i for k in rng for i in b.get(k, ())})
                for idx in cands:
                    if same_event(out[idx], ev, slack_days=slack_days, **kw):
                        out[idx] = merge(out[idx], ev)
                        index(idx, home[idx])      # its dates may have widened
                        merged = True
                        break
                if merged:
                    break
            if merged:
                break
        if not merged:
            out.append(ev)
            home.append(key + cell)
            index(len(out) - 1, key + cell)
    return out
