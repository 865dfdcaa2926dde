"""Tests for geo_tracker.evaluate: scoring on hand-made gold/prediction pairs, the gold loader,
the CLI, and one end-to-end run of the real pipeline on the seeds and the dev corpus."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo_tracker.cli import cli
from geo_tracker.errors import GeoTrackerError, InputError
from geo_tracker.evaluate import (EvalReport, GoldArticle, GoldEvent, GoldToponym, align_events,
                                  haversine_km, load_gold, match_events, score_events,
                                  score_toponyms, surface_key)
from geo_tracker.models import ACTORS, EVENT_TYPES, Event, Mention

PALMYRA = (34.5573, 38.2773)
SUKHNAH = (34.8872, 38.8696)
RAQQA = (35.9645, 38.9963)


def mention(surface: str, lat: float | None, lon: float | None, aid: str = "a",
            score: float = 0.9) -> Mention:
    return Mention(article_id=aid, surface=surface, start=0, end=len(surface), place_id="x",
                   name_ar=surface, name_en=surface, kind="town", lat=lat, lon=lon,
                   uncertainty_km=2.0, admin1=None, score=score)


def event(actor: str, etype: str, lat: float, lon: float, start: str | None = "2024-03-01",
          end: str | None = None, killed: int | None = None, injured: int | None = None,
          background: bool = False, unc: float = 2.0, aid: str = "a") -> Event:
    return Event(event_id="e", article_id=aid, sources=(aid,), event_type=etype, actor=actor,
                 target=None, date_start=start, date_end=end or start, time_precision=1,
                 place_id="p", place_name_ar="مكان", place_name_en="place", admin1=None,
                 geo_precision=1, uncertainty_km=unc, killed=killed, injured=injured, quote="",
                 background=background, lat=lat, lon=lon)


def gevent(actor: str, etype: str, lat: float, lon: float, start: str | None = "2024-03-01",
           end: str | None = None, killed: int | None = None, injured: int | None = None,
           background: bool = False, tol: float = 5.0) -> GoldEvent:
    d = dt.date.fromisoformat
    return GoldEvent(actor, etype, "مكان", lat, lon, tol, d(start) if start else None,
                     d(end or start) if start else None, killed, injured, background)


def gold_article(toponyms=(), events=(), ignore=(), aid="a") -> GoldArticle:
    return GoldArticle(aid, None, tuple(toponyms), tuple(events), tuple(ignore))


# ---------------------------------------------------------------- names and distances


@pytest.mark.parametrize("a, b", [
    ("الرقة", "الرقه"),
    ("الرقة", "رقة"),
    ("أثريا", "اثريا"),
    ("تدمـــر", "تدمر"),
    ("دير  الزور", "دير الزور"),
    ("الطَّيِّبة", "الطيبة"),
    ("الحسكة", "الحسکة"),  # Persian kaf
])
def test_surface_key_equates_spellings(a: str, b: str) -> None:
    assert surface_key(a) == surface_key(b)


@pytest.mark.parametrize("a, b", [("الرقة", "الطبقة"), ("تل", "تل أبيض"), ("حمص", "حماة")])
def test_surface_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert surface_key(a) != surface_key(b)


def test_haversine_known_distance() -> None:
    # Damascus – Homs is about 140 km as the crow flies.
    assert 135 < haversine_km(33.5102, 36.2913, 34.7227, 36.7148) < 145
    assert haversine_km(*PALMYRA, *PALMYRA) == 0


# ---------------------------------------------------------------- toponyms


def test_toponyms_two_of_three_found_one_50km_off() -> None:
    gold = {"a": gold_article([GoldToponym("تدمر", *PALMYRA, 10),
                               GoldToponym("السخنة", *SUKHNAH, 5),
                               GoldToponym("الرقة", *RAQQA, 10)])}
    # Palmyra right; Sukhnah placed ~50 km south of the truth; Raqqa not found.
    off = (SUKHNAH[0] - 0.45, SUKHNAH[1])
    pred = {"a": [mention("تدمر", *PALMYRA), mention("السخنة", *off)]}
    s = score_toponyms(gold, pred)
    assert (s.gold, s.predicted, s.true_positives) == (3, 2, 2)
    assert s.precision == 1.0
    assert s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(0.8)
    assert s.resolved == 2 and s.within_tolerance == 1
    assert s.within_tolerance_share == 0.5
    d = haversine_km(*SUKHNAH, *off)
    assert 49.5 < d < 50.5
    # errors are [0, d]: median d/2, p90 interpolated at 0.9 d (numpy's default)
    assert s.median_km == pytest.approx(d / 2)
    assert s.p90_km == pytest.approx(0.9 * d)
    assert [m["surface"] for m in s.misses] == ["الرقة"]
    assert [w["surface"] for w in s.wrong_place] == ["السخنة"]


def test_toponyms_false_positive_and_ignore_list() -> None:
    gold = {"a": gold_article([GoldToponym("تدمر", *PALMYRA, 10)], ignore=["سوريا", "العراق"])}
    pred = {"a": [mention("تدمر", *PALMYRA), mention("سوريا", 35.0, 38.0),
                  mention("العراق", 33.0, 44.0), mention("الشرقي", 35.0, 40.0)]}
    s = score_toponyms(gold, pred)
    assert (s.predicted, s.true_positives) == (2, 1)
    assert s.precision == 0.5 and s.recall == 1.0
    assert [f["surface"] for f in s.false_positives] == ["الشرقي"]


def test_toponyms_distinct_pairs_best_scored_mention_counts() -> None:
    gold = {"a": gold_article([GoldToponym("الطيبة", 32.5670, 36.2446, 5)])}
    pred = {"a": [mention("الطيبة", 35.0883, 38.9135, score=0.3),    # Homs-desert Tiba
                  mention("الطيبة", 32.5670, 36.2446, score=0.8)]}   # Daraa Tiba
    s = score_toponyms(gold, pred)
    assert (s.gold, s.predicted, s.true_positives, s.within_tolerance) == (1, 1, 1, 1)


def test_toponyms_unresolved_and_unlocated_are_not_distances() -> None:
    gold = {"a": gold_article([GoldToponym("تدمر", *PALMYRA, 10),
                               GoldToponym("سطيح", None, None, 30)])}
    pred = {"a": [mention("تدمر", None, None), mention("سطيح", 34.6, 38.0)]}
    s = score_toponyms(gold, pred)
    assert s.true_positives == 2
    assert s.resolved == 0 and s.unresolved == 1
    assert s.within_tolerance_share is None and s.median_km is None


def test_toponyms_only_articles_in_both_are_scored() -> None:
    gold = {"a": gold_article([GoldToponym("تدمر", *PALMYRA, 10)]),
            "b": gold_article([GoldToponym("الرقة", *RAQQA, 10)], aid="b")}
    s = score_toponyms(gold, {"a": [mention("تدمر", *PALMYRA)]})
    assert (s.gold, s.recall) == (1, 1.0)


# ---------------------------------------------------------------- events


def test_event_match_needs_actor_type_place_and_date() -> None:
    g = [gevent("russia", "airstrike", *SUKHNAH, "2024-03-01", "2024-03-03")]
    assert match_events(g, [event("russia", "airstrike", *SUKHNAH, "2024-03-02")])
    assert not match_events(g, [event("syrian_gov", "airstrike", *SUKHNAH, "2024-03-02")])
    assert not match_events(g, [event("russia", "shelling", *SUKHNAH, "2024-03-02")])
    assert not match_events(g, [event("russia", "airstrike", *PALMYRA, "2024-03-02")])
    assert not match_events(g, [event("russia", "airstrike", *SUKHNAH, "2024-03-05")])
    assert not match_events(g, [event("russia", "airstrike", *SUKHNAH, None)])


def test_event_match_distance_uses_larger_of_tolerance_and_uncertainty() -> None:
    g = [gevent("coalition", "airstrike", *PALMYRA, tol=5)]
    p_far = event("coalition", "airstrike", *SUKHNAH, unc=5)    # ~65 km away
    p_wide = event("coalition", "airstrike", *SUKHNAH, unc=80)  # a vague "Homs desert" point
    assert not match_events(g, [p_far])
    assert match_events(g, [p_wide])


def test_gold_without_date_matches_any_date() -> None:
    g = [gevent("isis", "attack", *PALMYRA, None)]
    assert match_events(g, [event("isis", "attack", *PALMYRA, "2019-01-01")])
    assert match_events(g, [event("isis", "attack", *PALMYRA, None)])


def test_event_matching_is_one_to_one_nearest_first() -> None:
    g = [gevent("israel", "airstrike", 33.50, 36.25, tol=20),
         gevent("israel", "airstrike", 33.41, 36.51, tol=20)]
    p = [event("israel", "airstrike", 33.41, 36.50), event("israel", "airstrike", 33.49, 36.25),
         event("israel", "airstrike", 33.45, 36.40)]
    m = match_events(g, p)
    assert sorted((i, j) for i, j, _ in m) == [(0, 1), (1, 0)]


def test_score_events_prf_fields_and_background() -> None:
    gold = {"a": gold_article(events=[
        gevent("russia", "airstrike", *SUKHNAH, "2024-03-01", killed=6),
        gevent("isis", "attack", *PALMYRA, "2024-03-01", killed=4, injured=3),
        gevent("isis", "attack", *RAQQA, "2024-02-15", killed=34, background=True),
    ])}
    pred = {"a": [
        event("russia", "airstrike", *SUKHNAH, "2024-03-01", killed=6),        # match, all right
        event("syrian_gov", "attack", *PALMYRA, "2024-03-01", killed=4),       # wrong actor
        event("isis", "attack", *RAQQA, "2024-02-15", killed=34),              # background missed
    ]}
    s = score_events(gold, pred)
    assert (s.gold, s.predicted, s.true_positives) == (2, 3, 1)
    assert s.precision == pytest.approx(1 / 3) and s.recall == 0.5
    assert s.f1 == pytest.approx(0.4)
    assert s.aligned == 2
    assert s.actor_accuracy == 0.5 and s.type_accuracy == 1.0
    assert s.date_accuracy == 1.0 and s.date_exact == 1.0
    assert s.killed_accuracy == 1.0 and s.injured_accuracy == 0.5
    assert s.casualty_accuracy == 0.5
    assert s.background_gold == 1 and s.background_aligned == 3
    assert s.background_accuracy == pytest.approx(2 / 3)
    assert len(s.misses) == 1 and s.misses[0]["actor"] == "isis"
    assert len(s.false_positives) == 2


def test_alignment_prefers_agreeing_pair_over_nearer_one() -> None:
    g = [gevent("russia", "airstrike", *SUKHNAH, tol=30), gevent("isis", "clash", *SUKHNAH, tol=30)]
    p = [event("isis", "clash", *SUKHNAH), event("russia", "airstrike", SUKHNAH[0] + 0.1,
                                                   SUKHNAH[1])]
    pairs = sorted((i, j) for i, j, _ in align_events(g, p))
    assert pairs == [(0, 1), (1, 0)]


def test_date_exact_versus_overlap() -> None:
    gold = {"a": gold_article(events=[gevent("turkey", "shelling", 36.66, 40.37,
                                             "2022-11-20", "2022-11-22")])}
    pred = {"a": [event("turkey", "shelling", 36.66, 40.37, "2022-11-21")]}
    s = score_events(gold, pred)
    assert s.true_positives == 1 and s.date_accuracy == 1.0 and s.date_exact == 0.0


# ---------------------------------------------------------------- gold files


def write(tmp_path: Path, lines: list[str], name: str = "gold.jsonl") -> Path:
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


GOOD = json.dumps({"article_id": "x", "published": "2024-03-01",
                   "toponyms": [{"surface": "تدمر", "lat": 34.56, "lon": 38.28,
                                 "tolerance_km": 10}],
                   "events": [{"actor": "isis", "event_type": "attack", "place": "تدمر",
                               "lat": 34.56, "lon": 38.28, "tolerance_km": 10,
                               "date_start": "2024-03-01", "date_end": None, "killed": 4,
                               "injured": None, "background": False}],
                   "ignore": ["سوريا"]}, ensure_ascii=False)


def test_load_gold_reads_fields(tmp_path: Path) -> None:
    g = load_gold(write(tmp_path, [GOOD, ""]))
    art = g["x"]
    assert art.published == dt.date(2024, 3, 1)
    assert art.toponyms[0].tolerance_km == 10
    ev = art.events[0]
    assert ev.date_end == ev.date_start == dt.date(2024, 3, 1)
    assert (ev.killed, ev.injured, ev.background) == (4, None, False)
    assert art.ignore == ("سوريا",)


@pytest.mark.parametrize("line, words", [
    ("{not json", "invalid JSON"),
    ('{"toponyms": []}', "article_id"),
    (GOOD.replace('"isis"', '"daesh"'), "unknown actor"),
    (GOOD.replace('"attack"', '"bombing"'), "unknown event_type"),
    (GOOD.replace('"tolerance_km": 10', '"tolerance_km": 0', 1), "tolerance_km"),
    (GOOD.replace('"killed": 4', '"killed": "four"'), "killed"),
    (GOOD.replace('"date_start": "2024-03-01"', '"date_start": "1 March"'), "date_start"),
    (GOOD.replace('"background": false', '"background": "no"'), "background"),
])
def test_load_gold_rejects_bad_lines_with_line_number(tmp_path: Path, line: str,
                                                      words: str) -> None:
    p = write(tmp_path, [GOOD.replace('"x"', '"y"'), line])
    with pytest.raises(GeoTrackerError) as exc:
        load_gold(p)
    msg = str(exc.value)
    assert "line 2" in msg and words in msg and "\n" not in msg


def test_load_gold_missing_file_and_duplicates(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_gold(tmp_path / "nope.jsonl")
    with pytest.raises(GeoTrackerError, match="duplicate"):
        load_gold(write(tmp_path, [GOOD, GOOD]))


def test_corpus_gold_files_are_valid(test_data: Path) -> None:
    """Every shipped gold file loads, uses the contract vocabularies and has the planned size."""
    sizes = {"seeds.jsonl": 5, "dev.jsonl": 15, "heldout.jsonl": 25, "dev2.jsonl": 15, "dev3.jsonl": 10,
             "dev4.jsonl": 15, "dev5.jsonl": 20, "dev6.jsonl": 15, "dev7.jsonl": 20, "dev8.jsonl": 20, "dev9.jsonl": 20, "dev10.jsonl": 20, "dev11.jsonl": 20, "dev12.jsonl": 20, "dev13.jsonl": 20, "dev14.jsonl": 20, "dev15.jsonl": 20, "dev16.jsonl": 20, "dev17.jsonl": 20, "dev18.jsonl": 20, "dev19.jsonl": 20, "dev20.jsonl": 20, "dev21.jsonl": 20, "dev22.jsonl": 20, "dev23.jsonl": 20, "dev24.jsonl": 20, "dev25.jsonl": 20, "dev26.jsonl": 20, "dev27.jsonl": 20, "dev28.jsonl": 20, "dev29.jsonl": 20, "dev30.jsonl": 20, "dev31.jsonl": 20, "dev32.jsonl": 20, "dev33.jsonl": 20, "dev34.jsonl": 20, "dev35.jsonl": 20, "dev36.jsonl": 20, "dev37.jsonl": 20, "dev38.jsonl": 20, "dev39.jsonl": 20, "dev40.jsonl": 20, "dev41.jsonl": 20, "dev42.jsonl": 20, "heldout2.jsonl": 20,
             "heldout3.jsonl": 20, "heldout4.jsonl": 20, "heldout5.jsonl": 20, "heldout6.jsonl": 20, "heldout7.jsonl": 20, "heldout8.jsonl": 20, "heldout9.jsonl": 20, "heldout10.jsonl": 20, "heldout11.jsonl": 20, "heldout12.jsonl": 20, "heldout13.jsonl": 20, "heldout14.jsonl": 20, "heldout15.jsonl": 20, "heldout16.jsonl": 20, "heldout17.jsonl": 20, "heldout18.jsonl": 20, "heldout19.jsonl": 20, "heldout20.jsonl": 20, "heldout21.jsonl": 20, "heldout22.jsonl": 20, "heldout23.jsonl": 20, "heldout24.jsonl": 20, "heldout25.jsonl": 20, "heldout26.jsonl": 20, "heldout27.jsonl": 20, "heldout28.jsonl": 20, "heldout29.jsonl": 20, "heldout30.jsonl": 20, "heldout31.jsonl": 20, "heldout32.jsonl": 20, "heldout33.jsonl": 20, "heldout34.jsonl": 20, "heldout35.jsonl": 20}
    for name, n in sizes.items():
        gold = load_gold(test_data / "gold" / name)
        assert len(gold) == n, name
        for art in gold.values():
            assert art.toponyms, art.article_id
            for e in art.events:
                assert e.actor in ACTORS and e.event_type in EVENT_TYPES
                if e.lat is not None:
                    assert 32.0 < e.lat < 37.5 and 35.5 < e.lon < 42.5, art.article_id
            for t in art.toponyms:
                if t.lat is not None:
                    assert 32.0 < t.lat < 37.5 and 35.5 < t.lon < 42.5, (art.article_id, t)


def test_corpus_articles_have_gold(test_data: Path) -> None:
    """Each article file (and each JSONL line) of every set has exactly one gold line."""
    for split in ("dev", "heldout", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35"):
        ids = []
        for p in sorted((test_data / "articles" / split).iterdir()):
            if p.suffix == ".txt":
                ids.append(p.stem)
            elif p.suffix == ".jsonl":
                ids += [json.loads(x)["id"] for x in p.read_text(encoding="utf-8").splitlines()
                        if x.strip()]
        assert sorted(ids) == sorted(load_gold(test_data / "gold" / f"{split}.jsonl")), split


# ---------------------------------------------------------------- report and CLI


def test_report_table_and_dict() -> None:
    gold = {"a": gold_article([GoldToponym("تدمر", *PALMYRA, 10)],
                              [gevent("isis", "attack", *PALMYRA)])}
    rep = EvalReport("g.jsonl", 1, score_toponyms(gold, {"a": [mention("تدمر", *PALMYRA)]}),
                     score_events(gold, {"a": []}), published_correct=1, published_gold=1)
    table = rep.format_table(details=True)
    assert "precision / recall / F1" in table and "100.0%" in table and "event misses (1)" in table
    d = rep.to_dict(details=False)
    assert d["toponyms"]["f1"] == 1.0 and d["events"]["recall"] == 0.0
    assert "misses" not in d["events"] and d["published_accuracy"] == 1.0
    json.dumps(d)


def test_cli_bad_gold_exits_1_with_one_line(tmp_path: Path, console_script: str) -> None:
    bad = write(tmp_path, ["{oops"])
    art = tmp_path / "a.txt"
    art.write_text("غارات على تدمر", encoding="utf-8")
    r = subprocess.run([console_script, "evaluate", "--gold", str(bad), str(art)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "line 1" in r.stderr
    assert "Traceback" not in r.stderr


def test_cli_help_lists_options() -> None:
    r = CliRunner().invoke(cli, ["evaluate", "--help"])
    assert r.exit_code == 0
    for opt in ("--gold", "--json", "--published", "--details"):
        assert opt in r.output


# ---------------------------------------------------------------- end to end


def _gold_counts(path: Path) -> tuple[int, int, int]:
    gold = load_gold(path)
    topo = sum(len({surface_key(t.surface) for t in g.toponyms}
                   - {surface_key(x) for x in g.ignore}) for g in gold.values())
    ev = sum(1 for g in gold.values() for e in g.events if not e.background)
    return len(gold), topo, ev


@pytest.mark.parametrize("gold_name, inputs", [
    ("seeds.jsonl", ["seeds"]),
    ("dev.jsonl", ["tests/data/articles/dev"]),
])
def test_end_to_end_report_structure(repo: Path, gold_name: str, inputs: list[str]) -> None:
    """Runs the real pipeline; asserts structure and gold counts, not scores (see README)."""
    from geo_tracker.evaluate import evaluate

    gold_path = repo / "tests" / "data" / "gold" / gold_name
    n_articles, n_topo, n_events = _gold_counts(gold_path)
    rep = evaluate(gold_path, [repo / p for p in inputs])
    assert rep.articles == n_articles and rep.missing_articles == []
    assert rep.toponyms.gold == n_topo
    assert rep.events.gold == n_events
    assert rep.published_gold == n_articles
    assert sorted(a["article_id"] for a in rep.per_article) == sorted(load_gold(gold_path))
    for part in (rep.toponyms, rep.events):
        for x in (part.precision, part.recall, part.f1):
            assert x is None or 0.0 <= x <= 1.0
    assert rep.toponyms.true_positives + len(rep.toponyms.misses) == n_topo
    assert rep.events.true_positives + len(rep.events.misses) == n_events
    d = rep.to_dict()
    assert {"toponyms", "events", "articles", "published_accuracy"} <= set(d)
    json.dumps(d, ensure_ascii=False)
    assert "toponyms: precision / recall / F1" in rep.format_table()


# ---------------------------------------------------------------- name boundaries


@pytest.mark.parametrize("a, b, same", [
    ("مطار التيفور", "التيفور", True),
    ("محافظة درعا", "درعا", True),
    ("حي برزة", "برزة", True),
    ("قمة جبل الشيخ", "جبل الشيخ", True),
    ("بادية السخنة", "السخنة", True),
    ("تل", "تل رفعت", False),
    ("جبل", "جبل الزاوية", False),
    ("مطار حماة العسكري", "حماة", True),
    ("قاعدة حميميم الجوية", "حميميم", True),
    ("خان", "خان طومان", False),
    ("دير الزور", "الزور دير", False),
    # a site's adjective after the same name is the same site; another word is another place
    ("مطار الجراح", "مطار الجراح العسكري", True),
    ("قاعدة حميميم", "قاعدة حميميم الجوية", True),
    ("تل رفعت", "تل رفعت الجديدة", False),
    ("مطار", "مطار العسكري", False),
])
def test_same_name_boundaries(a: str, b: str, same: bool) -> None:
    from geo_tracker.evaluate import same_name

    assert same_name(a, b) is same
    assert same_name(b, a) is same


def test_toponym_boundary_match_and_repeat_are_not_false_positives() -> None:
    t4 = (34.5223, 37.6294)
    daraa = (32.6187, 36.1134)
    gold = {"a": gold_article([GoldToponym("التيفور", *t4, 5), GoldToponym("درعا", *daraa, 30),
                               GoldToponym("تل رفعت", 36.4731, 37.0954, 5)])}
    pred = {"a": [mention("مطار التيفور", *t4), mention("درعا", *daraa),
                  mention("محافظة درعا", 32.85, 36.22), mention("تل", 36.0, 37.0)]}
    s = score_toponyms(gold, pred)
    assert (s.true_positives, s.boundary_matches, s.duplicates) == (2, 1, 1)
    assert s.predicted == 3          # التيفور, درعا, and the false positive تل
    assert [f["surface"] for f in s.false_positives] == ["تل"]
    assert [m["surface"] for m in s.misses] == ["تل رفعت"]
    assert s.within_tolerance == 2


def test_cli_json_and_published_flag(tmp_path: Path) -> None:
    """--published reaches ingest: an undated article gets the flag's date."""
    art = tmp_path / "palmyra.txt"
    art.write_text("شنت طائرات حربية روسية غارات على مدينة تدمر في ريف حمص الشرقي.\n",
                   encoding="utf-8")
    gold = write(tmp_path, [json.dumps({
        "article_id": "palmyra", "published": "2024-03-01",
        "toponyms": [{"surface": "تدمر", "lat": 34.5573, "lon": 38.2773, "tolerance_km": 10}],
        "events": []}, ensure_ascii=False)])
    runner = CliRunner()
    with_flag = runner.invoke(cli, ["evaluate", "--gold", str(gold), str(art), "--json",
                                    "--published", "2024-03-01"])
    assert with_flag.exit_code == 0, with_flag.output
    d = json.loads(with_flag.output)
    assert d["articles"] == 1 and d["published_accuracy"] == 1.0
    assert d["toponyms"]["gold"] == 1 and "misses" not in d["toponyms"]
    without = json.loads(runner.invoke(cli, ["evaluate", "--gold", str(gold), str(art),
                                             "--json", "--details"]).output)
    assert without["published_accuracy"] == 0.0
    assert isinstance(without["toponyms"]["misses"], list)
