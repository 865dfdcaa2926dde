"""The incremental GeoPackage store (``extract --append``)."""
from __future__ import annotations

import importlib.util
import sys
import json
import os
import sqlite3

import pyogrio
import pytest
from click.testing import CliRunner

from geo_tracker.cli import cli
from geo_tracker.errors import InputError, OutputError
from geo_tracker.io import read_events, write_events
from geo_tracker.models import Article
from geo_tracker.pipeline import extract
from geo_tracker.store import (SEEN_TABLE, article_hash, check_store, read_store_events,
                               seen_count)


@pytest.fixture(scope="module")
def parts(repo, tmp_path_factory):
    """Two JSONL files of 15 generated articles each; ``first`` is the first one."""
    spec = importlib.util.spec_from_file_location("bench_corpus", repo / "bench" / "corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", mod)
    spec.loader.exec_module(mod)
    d = tmp_path_factory.mktemp("store") / "parts"
    mod.write_corpus(d, 30, seed=3, parts=2)
    return sorted(d.iterdir())


@pytest.fixture(scope="module")
def batch(parts):
    return extract([str(p) for p in parts])


def _features(events):
    return [e.to_feature() for e in events]


def test_article_hash_is_content_not_id():
    a = Article("x", "قصف على حلب")
    assert article_hash(a) == article_hash(Article("y", "قصف على حلب", path="other.txt"))
    import datetime as dt

    assert article_hash(a) != article_hash(Article("x", "قصف على حلب", published=dt.date(2020, 1, 1)))
    assert article_hash(a) != article_hash(Article("x", "قصف على حمص"))


def test_append_twice_does_not_reprocess(parts, batch, tmp_path):
    store = tmp_path / "s.gpkg"
    r1 = extract([str(p) for p in parts], append=store)
    assert (r1.processed, r1.already_seen, r1.stored_events) == (30, 0, 0)
    assert _features(r1.events) == _features(batch.events)
    r2 = extract([str(p) for p in parts], append=store)
    assert (r2.articles, r2.processed, r2.already_seen) == (30, 0, 30)
    assert r2.raw_events == 0 and r2.mentions == 0
    assert r2.stored_events == len(r1.events)
    assert _features(r2.events) == _features(r1.events)
    assert "30 articles already seen, 0 processed" in r2.summary()
    assert seen_count(store) == 30


def test_ids_stable_across_appends(parts, batch, tmp_path):
    store = tmp_path / "s.gpkg"
    r1 = extract([str(parts[0])], append=store)
    assert r1.processed == 15
    r2 = extract([str(p) for p in parts], append=store)
    assert (r2.processed, r2.already_seen) == (15, 15)
    ids2 = [e.event_id for e in r2.events]
    assert [e.event_id for e in r1.events] == ids2[:len(r1.events)]
    # here the incremental result equals the one-shot run on the same input
    assert _features(r2.events) == _features(batch.events)
    assert _features(read_store_events(store)) == _features(r2.events)


def test_new_report_of_a_stored_event_adds_its_source(parts, tmp_path):
    store = tmp_path / "s.gpkg"
    first = json.loads(parts[0].read_text(encoding="utf-8").splitlines()[0])
    a = tmp_path / "a.jsonl"
    a.write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")
    r1 = extract([str(a)], append=store)
    assert r1.events
    again = dict(first, id="later-report", text=first["text"] + "\nوتابعت المصادر متابعة الحادثة.")
    b = tmp_path / "b.jsonl"
    b.write_text(json.dumps(again, ensure_ascii=False) + "\n", encoding="utf-8")
    r2 = extract([str(b)], append=store)
    assert r2.processed == 1 and r2.raw_events >= len(r1.events)
    assert [e.event_id for e in r2.events] == [e.event_id for e in r1.events]
    for e in r2.events:
        assert e.sources == (first["id"], "later-report")
    # the same article content under another id is not processed again
    c = tmp_path / "c.jsonl"
    c.write_text(json.dumps(dict(first, id="copy"), ensure_ascii=False) + "\n", encoding="utf-8")
    r3 = extract([str(c)], append=store)
    assert (r3.processed, r3.already_seen) == (0, 1)


def test_same_article_twice_in_one_run_is_processed_once(parts, tmp_path):
    dup = tmp_path / "dup.jsonl"
    dup.write_bytes(parts[0].read_bytes() + parts[0].read_bytes())
    r = extract([str(dup)], append=tmp_path / "t.gpkg")
    assert (r.articles, r.processed, r.already_seen) == (30, 15, 15)


def test_interrupted_run_leaves_store_intact(parts, tmp_path):
    store = tmp_path / "s.gpkg"
    extract([str(parts[0])], append=store)
    before = store.read_bytes()
    n = 0

    def boom(_mentions):
        nonlocal n
        n += 1
        if n == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        extract([str(p) for p in parts], append=store, on_mentions=boom)
    assert store.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == [".s.gpkg.lock", "s.gpkg"]   # no temporary file left
    assert seen_count(store) == 15


def test_store_is_a_plain_geopackage(parts, tmp_path):
    store = tmp_path / "s.gpkg"
    res = extract([str(parts[0])], append=store)
    layers = {str(n): g for n, g in pyogrio.list_layers(store)}
    assert layers["events"] == "Point" and SEEN_TABLE in layers
    gdf = read_events(store)
    assert list(gdf["event_id"]) == [e.event_id for e in res.events]
    con = sqlite3.connect(store)
    rows = con.execute(f"SELECT hash, article_id, path FROM {SEEN_TABLE} ORDER BY rowid").fetchall()
    con.close()
    assert len(rows) == 15 and rows[0][1] == "bench-0000000" and rows[0][2].endswith(".jsonl")
    assert all(len(h) == 32 for h, _, _ in rows)


@pytest.mark.parametrize("name, content, error, message", [
    ("s.geojson", None, OutputError, "needs a GeoPackage store"),
    ("missing/s.gpkg", None, OutputError, "no such directory"),
    ("events.gpkg", "events", InputError, "not a geo-tracker store"),
    ("junk.gpkg", b"not sqlite at all", InputError, "not a geo-tracker store"),
])
def test_bad_store_paths(tmp_path, name, content, error, message):
    p = tmp_path / name
    if content == "events":
        from geo_tracker.models import Event

        write_events([Event("e1", "a", ("a",), "airstrike", "russia", None, None, None, 3, "p",
                            "حلب", "Aleppo", "Aleppo", 1, 5.0, None, None, "q", False, 36.2, 37.1)],
                     p)
    elif content is not None:
        p.write_bytes(content)
    with pytest.raises(error, match=message):
        check_store(p)


def test_cli_append_with_and_without_output(parts, tmp_path):
    store, out = tmp_path / "s.gpkg", tmp_path / "all.geojson"
    r = CliRunner().invoke(cli, ["extract", str(parts[0]), "--append", str(store)])
    assert r.exit_code == 0, r.output
    assert "15 processed" in r.output        # CliRunner mixes stderr into output
    r = CliRunner().invoke(cli, ["extract", *map(str, parts), "--append", str(store), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "15 articles already seen, 15 processed" in r.output
    feats = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["event_id"] for f in feats] == \
        [e.event_id for e in read_store_events(store)]


def test_concurrent_update_is_refused(parts, tmp_path):
    from geo_tracker.store import StoreUpdate

    store = tmp_path / "s.gpkg"
    with StoreUpdate(store):
        with pytest.raises(OutputError, match="another geo-tracker run is updating"):
            extract([str(parts[0])], append=store)
    assert not store.exists()
    assert extract([str(parts[0])], append=store).processed == 15     # the lock was released
