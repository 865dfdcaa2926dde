"""Score the pipeline against hand-made gold annotations (toponyms and events).

The gold format is described in ``docs/DESIGN.md`` ("Gold format"): one JSON object per line,
keyed by ``article_id`` (a ``.txt`` file's stem or a JSONL line's ``id``), with ``published``,
``toponyms``, ``events`` and an optional ``ignore`` list of names (foreign places, "سوريا") that
are neither rewarded nor penalised.

Toponyms are scored per distinct (article, surface) pair; surfaces are compared after
:func:`geo_tracker.text.normalize_char_string` and with a leading ``ال`` removed, so
``الرقه`` = ``الرقة`` = ``رقة``; a name that differs only by surrounding words (``مطار التيفور``
for ``التيفور``) still matches, and a second spelling of a matched name is not a false positive.
Resolution quality is the share of matched pairs whose resolved point lies within the gold
tolerance, with the median and 90th-percentile error in km.

Events (current ones only, ``background`` false) are matched one-to-one, greedily nearest first,
when actor and type agree, the distance is at most ``max(gold tolerance, predicted
uncertainty)`` and the dates overlap (a gold event without dates matches any date, one without a
point any place). Per-field
accuracy (actor, type, date, killed, injured) is measured on a looser *alignment*: gold and
predicted events of the same article within that distance, paired preferring those that agree on
more fields; otherwise actor and type accuracy would be 100% by construction. Background
detection is the share of aligned pairs (background events included) whose ``background`` flags
agree.

Example
-------
>>> report = evaluate("tests/data/gold/dev.jsonl", ["tests/data/articles/dev"])  # doctest: +SKIP
>>> print(report.format_table())                                                  # doctest: +SKIP
"""
from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from geo_tracker.geo import haversine_km
from geo_tracker.errors import GeoTrackerError, InputError
from geo_tracker.models import ACTORS, EVENT_TYPES, Event, Mention
from geo_tracker.text import normalize_char_string

EARTH_RADIUS_KM = 6371.0088


# ---------------------------------------------------------------- gold data


@dataclass(frozen=True)
class GoldToponym:
    """One distinct place name of an article, as the annotator located it."""

    surface: str
    lat: float | None
    lon: float | None
    tolerance_km: float
    name_en: str = ""


@dataclass(frozen=True)
class GoldEvent:
    """One event an analyst would code (ACLED-style)."""

    actor: str
    event_type: str
    place: str
    lat: float | None
    lon: float | None
    tolerance_km: float
    date_start: dt.date | None
    date_end: dt.date | None
    killed: int | None
    injured: int | None
    background: bool


@dataclass(frozen=True)
class GoldArticle:
    """The gold annotation of one article."""

    article_id: str
    published: dt.date | None
    toponyms: tuple[GoldToponym, ...]
    events: tuple[GoldEvent, ...]
    ignore: tuple[str, ...] = ()


def surface_key(surface: str) -> str:
    """Comparison key of a place name: normalized, spaces collapsed, leading ``ال`` removed.

    >>> surface_key("الرقّة") == surface_key("رقه")
    True
    """
    s = " ".join(normalize_char_string(surface).split())
    if s.startswith("ال") and len(s) > 3:
        s = s[2:]
    return s


def _iso_date(value: Any, what: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{what} must be an ISO date string or null, not {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what} is not an ISO date: {value!r}") from None


def _coord(obj: Mapping[str, Any], key: str) -> float | None:
    v = obj.get(key)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f"{key} must be a number or null, not {v!r}")
    return float(v)


def _count(obj: Mapping[str, Any], key: str) -> int | None:
    v = obj.get(key)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise ValueError(f"{key} must be a non-negative integer or null, not {v!r}")
    return v


def _tolerance(obj: Mapping[str, Any]) -> float:
    v = obj.get("tolerance_km")
    if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
        raise ValueError(f"tolerance_km must be a positive number, not {v!r}")
    return float(v)


def _parse_gold_line(obj: Any) -> GoldArticle:
    if not isinstance(obj, dict):
        raise ValueError("a gold line must be a JSON object")
    aid = obj.get("article_id")
    if not isinstance(aid, str) or not aid:
        raise ValueError("missing article_id")
    toponyms = []
    for t in obj.get("toponyms") or []:
        surface = t.get("surface") if isinstance(t, dict) else None
        if not isinstance(surface, str) or not surface.strip():
            raise ValueError("a toponym has no surface")
        lat, lon = _coord(t, "lat"), _coord(t, "lon")
        if (lat is None) != (lon is None):
            raise ValueError(f"toponym {surface!r} has only one of lat/lon")
        toponyms.append(GoldToponym(surface, lat, lon, _tolerance(t), t.get("name_en") or ""))
    events = []
    for e in obj.get("events") or []:
        if not isinstance(e, dict):
            raise ValueError("an event must be a JSON object")
        if e.get("actor") not in ACTORS:
            raise ValueError(f"unknown actor {e.get('actor')!r}")
        if e.get("event_type") not in EVENT_TYPES:
            raise ValueError(f"unknown event_type {e.get('event_type')!r}")
        if not isinstance(e.get("background"), bool):
            raise ValueError("event background must be true or false")
        start = _iso_date(e.get("date_start"), "date_start")
        end = _iso_date(e.get("date_end"), "date_end") or start
        if start is None and end is not None:
            start = end
        if start is not None and end is not None and end < start:
            raise ValueError(f"date_end {end} before date_start {start}")
        lat, lon = _coord(e, "lat"), _coord(e, "lon")
        if (lat is None) != (lon is None):
            raise ValueError("an event has only one of lat/lon")
        events.append(GoldEvent(e["actor"], e["event_type"], str(e.get("place") or ""), lat, lon,
                                _tolerance(e), start, end, _count(e, "killed"),
                                _count(e, "injured"), e["background"]))
    ignore = obj.get("ignore") or []
    if not isinstance(ignore, list) or not all(isinstance(s, str) for s in ignore):
        raise ValueError("ignore must be a list of names")
    return GoldArticle(aid, _iso_date(obj.get("published"), "published"), tuple(toponyms),
                       tuple(events), tuple(ignore))


def load_gold(path: str | Path) -> dict[str, GoldArticle]:
    """Read a gold JSONL file into ``{article_id: GoldArticle}``.

    Raises :class:`GeoTrackerError` with one line naming the file and line on any problem.

    >>> gold = load_gold("tests/data/gold/seeds.jsonl")  # doctest: +SKIP
    >>> sorted(gold)[:1]                                  # doctest: +SKIP
    ['000_ba1e6f737e7f29a9']
    """
    p = Path(path)
    try:
        content = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"gold file not found: {p}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read gold file {p}: {e.__class__.__name__}") from None
    gold: dict[str, GoldArticle] = {}
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            art = _parse_gold_line(json.loads(line))
        except json.JSONDecodeError as e:
            raise GeoTrackerError(f"bad gold file {p} line {n}: invalid JSON ({e.msg})") from None
        except (ValueError, TypeError, AttributeError) as e:
            raise GeoTrackerError(f"bad gold file {p} line {n}: {e}") from None
        if art.article_id in gold:
            raise GeoTrackerError(f"bad gold file {p} line {n}: duplicate article_id "
                                  f"{art.article_id!r}")
        gold[art.article_id] = art
    if not gold:
        raise GeoTrackerError(f"bad gold file {p}: no gold article in it")
    return gold


# ---------------------------------------------------------------- helpers


def _percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), ``q`` in 0..100."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float | None, float | None, float | None]:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return p, r, f


def _share(ok: int, n: int) -> float | None:
    return ok / n if n else None


# ---------------------------------------------------------------- toponyms


def _tokens(surface: str) -> tuple[str, ...]:
    """Normalized tokens of a name, each without a leading ``ال``."""
    out = []
    for tok in normalize_char_string(surface).split():
        out.append(tok[2:] if tok.startswith("ال") and len(tok) > 3 else tok)
    return tuple(out)


def same_name(a: str, b: str) -> bool:
    """True when one name is the other with extra words around it (a boundary difference).

    ``مطار التيفور`` ~ ``التيفور``, ``محافظة درعا`` ~ ``درعا``, ``قاعدة حميميم الجوية`` ~
    ``حميميم``; but a generic head word alone is not the name it starts: ``تل`` ≁ ``تل رفعت``,
    ``خان`` ≁ ``خان طومان`` (the shorter name may not be a strict prefix of the longer, unless
    only a site's adjective follows: ``مطار الجراح`` ~ ``مطار الجراح العسكري``).

    >>> same_name("مطار التيفور", "التيفور"), same_name("تل", "تل رفعت")
    (True, False)
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    n = len(short)
    if short == long_:
        return True
    if n >= 2 and long_[:n] == short and all(t in _SITE_ADJECTIVES for t in long_[n:]):
        return True
    return any(long_[i:i + n] == short for i in range(1, len(long_) - n + 1))


# adjectives of a site that do not make another place ("مطار كويرس العسكري" is "مطار كويرس")
_SITE_ADJECTIVES = frozenset(t for w in ("العسكري", "العسكرية", "الجوي", "الجوية", "الدولي", "الحربي", "المدني")
                             for t in _tokens(w))


@dataclass
class _Detection:
    """Counts and precision / recall / F1 shared by the toponym and event scores."""

    gold: int = 0
    predicted: int = 0
    true_positives: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None


@dataclass
class ToponymScores(_Detection):
    """Toponym recognition (P/R/F1 on distinct names) and resolution (km error)."""

    boundary_matches: int = 0         # matched up to surrounding words (``مطار X`` for ``X``)
    duplicates: int = 0               # extra predicted spellings of an already matched name
    resolved: int = 0                 # matched pairs where both sides have coordinates
    unresolved: int = 0               # matched pairs the pipeline left without coordinates
    within_tolerance: int = 0
    within_tolerance_share: float | None = None
    median_km: float | None = None
    p90_km: float | None = None
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    wrong_place: list[dict[str, Any]] = field(default_factory=list)


def score_toponyms(gold: Mapping[str, GoldArticle],
                   mentions: Mapping[str, Sequence[Mention]]) -> ToponymScores:
    """Score predicted mentions against gold toponyms, article by article.

    Names match when their :func:`surface_key` is equal; names left over then match one-to-one
    when one contains the other (:func:`same_name`, e.g. ``حي برزة`` for ``برزة``). A predicted
    name that only repeats an already matched name in another form (``محافظة درعا`` beside
    ``درعا``) counts neither way. Only articles present in both mappings are scored. For a name
    mentioned several times the resolution of its highest-scoring mention (first on ties) is the
    one measured.

    >>> g = {"a": GoldArticle("a", None, (GoldToponym("تدمر", 34.56, 38.28, 10),), ())}
    >>> score_toponyms(g, {"a": []}).recall
    0.0
    """
    s = ToponymScores()
    errors: list[float] = []
    for aid in sorted(set(gold) & set(mentions)):
        g = gold[aid]
        ignore = {surface_key(x) for x in g.ignore}
        gold_by_key: dict[str, GoldToponym] = {}
        for t in g.toponyms:
            k = surface_key(t.surface)
            if k not in ignore:
                gold_by_key.setdefault(k, t)
        pred_by_key: dict[str, Mention] = {}
        for m in mentions[aid]:
            k = surface_key(m.surface)
            if k in ignore:
                continue
            best = pred_by_key.get(k)
            if best is None or m.score > best.score:
                pred_by_key[k] = m
        pairs = {k: k for k in gold_by_key if k in pred_by_key}
        free_g = [k for k in gold_by_key if k not in pairs]
        free_p = [k for k in pred_by_key if k not in pairs]
        cands = sorted((abs(len(_tokens(gk)) - len(_tokens(pk))), i, j)
                       for i, gk in enumerate(free_g) for j, pk in enumerate(free_p)
                       if same_name(gk, pk))
        used_p: set[str] = set()
        for _, i, j in cands:
            gk, pk = free_g[i], free_p[j]
            if gk in pairs or pk in used_p:
                continue
            pairs[gk] = pk
            used_p.add(pk)
            s.boundary_matches += 1
        matched_p = set(pairs.values())
        extra = []
        for pk, m in pred_by_key.items():
            if pk in matched_p:
                continue
            if any(same_name(pk, gk) for gk in pairs):
                s.duplicates += 1
            else:
                extra.append(m)
        s.gold += len(gold_by_key)
        s.predicted += len(pairs) + len(extra)
        s.true_positives += len(pairs)
        for k, t in gold_by_key.items():
            if k not in pairs:
                s.misses.append({"article_id": aid, "surface": t.surface})
                continue
            m = pred_by_key[pairs[k]]
            if t.lat is None or t.lon is None:
                continue
            if m.lat is None or m.lon is None:
                s.unresolved += 1
                continue
            d = haversine_km(t.lat, t.lon, m.lat, m.lon)
            errors.append(d)
            s.resolved += 1
            if d <= t.tolerance_km:
                s.within_tolerance += 1
            else:
                s.wrong_place.append({"article_id": aid, "surface": t.surface,
                                      "km": round(d, 1), "tolerance_km": t.tolerance_km,
                                      "resolved_to": m.name_en or m.name_ar})
        for m in extra:
            s.false_positives.append({"article_id": aid, "surface": m.surface,
                                      "resolved_to": m.name_en or m.name_ar})
    s.precision, s.recall, s.f1 = _prf(s.true_positives, s.predicted, s.gold)
    s.within_tolerance_share = _share(s.within_tolerance, s.resolved)
    s.median_km = _percentile(errors, 50)
    s.p90_km = _percentile(errors, 90)
    return s


# ---------------------------------------------------------------- events


def _pred_dates(e: Event) -> tuple[dt.date | None, dt.date | None]:
    try:
        start = dt.date.fromisoformat(e.date_start) if e.date_start else None
        end = dt.date.fromisoformat(e.date_end) if e.date_end else None
    except ValueError:
        return None, None
    if start is None:
        return end, end
    return start, end or start


def dates_overlap(g: GoldEvent, p: Event) -> bool:
    """True when the gold and predicted date ranges share a day (gold without dates: True)."""
    if g.date_start is None:
        return True
    ps, pe = _pred_dates(p)
    if ps is None or pe is None:
        return False
    ge = g.date_end or g.date_start
    return ps <= ge and g.date_start <= pe


def dates_exact(g: GoldEvent, p: Event) -> bool:
    """True when the date ranges are identical (both undated counts as identical)."""
    ps, pe = _pred_dates(p)
    return (g.date_start, g.date_end or g.date_start) == (ps, pe)


def event_distance_km(g: GoldEvent, p: Event) -> float:
    """Distance between a gold and a predicted event; 0 when the gold place has no point."""
    if g.lat is None or g.lon is None:
        return 0.0
    return haversine_km(g.lat, g.lon, p.lat, p.lon)


def _close_enough(g: GoldEvent, p: Event, d: float) -> bool:
    return d <= max(g.tolerance_km, p.uncertainty_km or 0.0)


def match_events(gold: Sequence[GoldEvent], pred: Sequence[Event]) -> list[tuple[int, int, float]]:
    """Strict one-to-one matches (gold index, predicted index, km), nearest first.

    A pair qualifies when actor and type agree, the distance is within
    ``max(gold tolerance, predicted uncertainty)`` and the dates overlap.
    """
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if p.actor != g.actor or p.event_type != g.event_type:
                continue
            d = event_distance_km(g, p)
            if _close_enough(g, p, d) and dates_overlap(g, p):
                cands.append((d, i, j))
    return _greedy(cands)


def align_events(gold: Sequence[GoldEvent], pred: Sequence[Event]) -> list[tuple[int, int, float]]:
    """Loose one-to-one alignment for per-field accuracy: same area, most agreeing fields first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            d = event_distance_km(g, p)
            if not _close_enough(g, p, d):
                continue
            disagreements = ((p.actor != g.actor) + (p.event_type != g.event_type)
                             + (not dates_overlap(g, p)) + (p.background != g.background))
            cands.append(((disagreements, d), i, j))
    return _greedy(cands)


def _greedy(cands: list[tuple[Any, int, int]]) -> list[tuple[int, int, float]]:
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for key, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j, key[1] if isinstance(key, tuple) else key))
    return out


@dataclass
class EventScores(_Detection):
    """Event detection (P/R/F1 on current events) and per-field accuracy."""

    aligned: int = 0
    actor_accuracy: float | None = None
    type_accuracy: float | None = None
    date_accuracy: float | None = None      # overlapping ranges
    date_exact: float | None = None
    killed_accuracy: float | None = None
    injured_accuracy: float | None = None
    casualty_accuracy: float | None = None  # killed and injured both right
    background_gold: int = 0
    background_aligned: int = 0
    background_accuracy: float | None = None
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)


def _gold_event_dict(aid: str, g: GoldEvent) -> dict[str, Any]:
    return {"article_id": aid, "actor": g.actor, "event_type": g.event_type, "place": g.place,
            "date_start": g.date_start.isoformat() if g.date_start else None,
            "killed": g.killed, "injured": g.injured}


def _pred_event_dict(p: Event) -> dict[str, Any]:
    return {"article_id": p.article_id, "actor": p.actor, "event_type": p.event_type,
            "place": p.place_name_ar, "date_start": p.date_start, "killed": p.killed,
            "injured": p.injured}


def score_events(gold: Mapping[str, GoldArticle],
                 events: Mapping[str, Sequence[Event]]) -> EventScores:
    """Score predicted events (background ones included) against gold, article by article.

    P/R/F1 use current events only (``background`` false on both sides).

    >>> score_events({"a": GoldArticle("a", None, (), ())}, {"a": []}).recall is None
    True
    """
    s = EventScores()
    n_actor = n_type = n_date = n_exact = n_killed = n_injured = n_cas = 0
    n_bg_ok = 0
    for aid in sorted(set(gold) & set(events)):
        g_all = list(gold[aid].events)
        p_all = list(events[aid])
        g_cur = [g for g in g_all if not g.background]
        p_cur = [p for p in p_all if not p.background]
        s.gold += len(g_cur)
        s.predicted += len(p_cur)
        s.background_gold += len(g_all) - len(g_cur)
        matched = match_events(g_cur, p_cur)
        s.true_positives += len(matched)
        mg = {i for i, _, _ in matched}
        mp = {j for _, j, _ in matched}
        s.misses += [_gold_event_dict(aid, g) for i, g in enumerate(g_cur) if i not in mg]
        s.false_positives += [_pred_event_dict(p) for j, p in enumerate(p_cur) if j not in mp]
        for i, j, _ in align_events(g_cur, p_cur):
            g, p = g_cur[i], p_cur[j]
            s.aligned += 1
            n_actor += p.actor == g.actor
            n_type += p.event_type == g.event_type
            n_date += dates_overlap(g, p)
            n_exact += dates_exact(g, p)
            n_killed += p.killed == g.killed
            n_injured += p.injured == g.injured
            n_cas += p.killed == g.killed and p.injured == g.injured
        for i, j, _ in align_events(g_all, p_all):
            s.background_aligned += 1
            n_bg_ok += g_all[i].background == p_all[j].background
    s.precision, s.recall, s.f1 = _prf(s.true_positives, s.predicted, s.gold)
    s.actor_accuracy = _share(n_actor, s.aligned)
    s.type_accuracy = _share(n_type, s.aligned)
    s.date_accuracy = _share(n_date, s.aligned)
    s.date_exact = _share(n_exact, s.aligned)
    s.killed_accuracy = _share(n_killed, s.aligned)
    s.injured_accuracy = _share(n_injured, s.aligned)
    s.casualty_accuracy = _share(n_cas, s.aligned)
    s.background_accuracy = _share(n_bg_ok, s.background_aligned)
    return s


# ---------------------------------------------------------------- the report


@dataclass
class EvalReport:
    """Everything :func:`evaluate` measured; ``to_dict`` for JSON, ``format_table`` for people."""

    gold_path: str
    articles: int
    toponyms: ToponymScores
    events: EventScores
    published_correct: int = 0
    published_gold: int = 0
    missing_articles: list[str] = field(default_factory=list)    # in gold, not in input
    unscored_articles: list[str] = field(default_factory=list)   # in input, not in gold
    per_article: list[dict[str, Any]] = field(default_factory=list)

    @property
    def published_accuracy(self) -> float | None:
        return _share(self.published_correct, self.published_gold)

    def to_dict(self, details: bool = True) -> dict[str, Any]:
        """Plain dict (JSON-ready); ``details=False`` drops the miss / false-positive lists."""
        d = asdict(self)
        d["published_accuracy"] = self.published_accuracy
        if not details:
            d.pop("per_article")
            for part in ("toponyms", "events"):
                for key in ("misses", "false_positives", "wrong_place"):
                    d[part].pop(key, None)
        return d

    def format_table(self, details: bool = False) -> str:
        """A readable plain-text summary (and the error lists with ``details``)."""
        t, e = self.toponyms, self.events

        def pct(x: float | None) -> str:
            return "—" if x is None else f"{100 * x:5.1f}%"

        def km(x: float | None) -> str:
            return "—" if x is None else f"{x:.1f} km"

        rows = [
            (f"articles scored ({Path(self.gold_path).name})", str(self.articles)),
            ("published date correct", f"{pct(self.published_accuracy)}  "
                                       f"({self.published_correct}/{self.published_gold})"),
            ("toponyms: gold / predicted / matched",
             f"{t.gold} / {t.predicted} / {t.true_positives}"),
            ("toponyms: precision / recall / F1",
             f"{pct(t.precision)} / {pct(t.recall)} / {pct(t.f1)}"),
            ("toponyms: boundary matches / repeats", f"{t.boundary_matches} / {t.duplicates}"),
            ("toponyms: within tolerance", f"{pct(t.within_tolerance_share)}  "
                                           f"({t.within_tolerance}/{t.resolved})"),
            ("toponyms: median / p90 error", f"{km(t.median_km)} / {km(t.p90_km)}"),
            ("events: gold / predicted / matched",
             f"{e.gold} / {e.predicted} / {e.true_positives}"),
            ("events: precision / recall / F1",
             f"{pct(e.precision)} / {pct(e.recall)} / {pct(e.f1)}"),
            (f"events aligned by place ({e.aligned}): actor", pct(e.actor_accuracy)),
            ("  type", pct(e.type_accuracy)),
            ("  date (overlap / exact)", f"{pct(e.date_accuracy)} / {pct(e.date_exact)}"),
            ("  killed / injured / both",
             f"{pct(e.killed_accuracy)} / {pct(e.injured_accuracy)} / "
             f"{pct(e.casualty_accuracy)}"),
            ("background flag correct", f"{pct(e.background_accuracy)}  "
                                        f"({e.background_aligned} aligned, "
                                        f"{e.background_gold} gold background)"),
        ]
        width = max(len(r[0]) for r in rows)
        lines = [f"{a:<{width}}  {b}" for a, b in rows]
        if self.missing_articles:
            lines.append(f"gold articles not in input: {len(self.missing_articles)}")
        if self.unscored_articles:
            lines.append(f"input articles without gold (not scored): "
                         f"{len(self.unscored_articles)}")
        if details:
            lines += ["", "per article (toponyms matched/gold/predicted, "
                          "events matched/gold/predicted):"]
            for a in self.per_article:
                lines.append(f"  {a['article_id']:<48} {a['toponyms']:>10}   {a['events']:>9}")
            lines += _detail_lines("toponym misses", t.misses)
            lines += _detail_lines("toponym false positives", t.false_positives)
            lines += _detail_lines("toponyms resolved outside tolerance", t.wrong_place)
            lines += _detail_lines("event misses", e.misses)
            lines += _detail_lines("event false positives", e.false_positives)
        return "\n".join(lines)


def _detail_lines(title: str, items: list[dict[str, Any]]) -> list[str]:
    out = ["", f"{title} ({len(items)}):"]
    for it in items:
        out.append("  " + "  ".join(f"{k}={v}" for k, v in it.items() if v is not None))
    return out


def evaluate(gold_path: str | Path, paths: Iterable[str | Path],
             published: dt.date | None = None, gazetteer: Any = None) -> EvalReport:
    """Run the real pipeline (ingest → geoparse → events) on ``paths`` and score it.

    Only articles that are both in the gold file and among the inputs are scored; the others
    are listed in ``missing_articles`` / ``unscored_articles``.

    >>> r = evaluate("tests/data/gold/seeds.jsonl", ["seeds"])  # doctest: +SKIP
    >>> r.toponyms.f1, r.events.f1                              # doctest: +SKIP
    """
    gold = load_gold(gold_path)  # a bad gold file fails fast, before the pipeline loads
    from geo_tracker.events import extract_events
    from geo_tracker.gazetteer import load_default
    from geo_tracker.geoparse import geoparse
    from geo_tracker.ingest import iter_articles

    gaz = gazetteer if gazetteer is not None else load_default()
    mentions: dict[str, list[Mention]] = {}
    events: dict[str, list[Event]] = {}
    seen: list[str] = []
    pub_ok = pub_n = 0
    for art in iter_articles([str(p) for p in paths], published=published):
        seen.append(art.id)
        if art.id not in gold:
            continue
        ms = geoparse(art, gazetteer=gaz)
        mentions[art.id] = list(ms)
        events[art.id] = list(extract_events(art, ms, include_background=True))
        pub_n += 1
        pub_ok += art.published == gold[art.id].published
    per_article = []
    for aid in sorted(mentions):
        ts = score_toponyms({aid: gold[aid]}, {aid: mentions[aid]})
        es = score_events({aid: gold[aid]}, {aid: events[aid]})
        per_article.append({"article_id": aid,
                            "toponyms": f"{ts.true_positives}/{ts.gold}/{ts.predicted}",
                            "events": f"{es.true_positives}/{es.gold}/{es.predicted}"})
    if not mentions:
        raise GeoTrackerError(f"no input article has gold in {gold_path} "
                              f"(gold ids look like {next(iter(gold))!r})")
    return EvalReport(
        gold_path=str(gold_path), articles=len(mentions),
        toponyms=score_toponyms(gold, mentions), events=score_events(gold, events),
        published_correct=pub_ok, published_gold=pub_n,
        missing_articles=sorted(set(gold) - set(seen)),
        unscored_articles=sorted(set(seen) - set(gold)), per_article=per_article)
