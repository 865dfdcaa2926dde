"""The dask engine gives the same events (same ids) as the local engine on the same input."""
from __future__ import annotations

import importlib.util
import shutil
import sys

import pytest
from click.testing import CliRunner

from geo_tracker.cli import cli
from geo_tracker.errors import GeoTrackerError, PartialSuccess
from geo_tracker.io import read_events
from geo_tracker.pipeline import _partitions, extract, input_files


@pytest.fixture(scope="module")
def data(repo, seeds_dir, tmp_path_factory):
    """A directory of 3 JSONL parts (36 generated articles), 2 seed .txt files, a bad line and
    a binary file."""
    spec = importlib.util.spec_from_file_location("bench_corpus", repo / "bench" / "corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", mod)
    spec.loader.exec_module(mod)
    root = tmp_path_factory.mktemp("dask") / "in"
    mod.write_corpus(root / "parts", 36, seed=11, parts=3)
    for p in sorted(seeds_dir.glob("*.txt"))[:2]:
        shutil.copy(p, root / p.name)
    with open(root / "parts" / "part-00001.jsonl", "a", encoding="utf-8") as f:
        f.write('{"id": "broken", "text": \n')
    (root / "zz.txt").write_bytes(b"\x00\x01\x02binary")
    return root


@pytest.fixture(scope="module")
def local(data):
    skipped = []
    return extract([str(data)], on_skip=skipped.append), skipped


def _features(events):
    return [e.to_feature() for e in events]


def _where(skipped):
    return [(s.path, s.line) for s in skipped]


def test_input_files_follow_ingest_order(data):
    files = input_files([str(data)])
    names = [f[len(str(data)) + 1:] for f in files]
    assert names[:2] == sorted(p.name for p in data.glob("0*.txt"))
    assert names[2:5] == ["parts/part-00000.jsonl", "parts/part-00001.jsonl", "parts/part-00002.jsonl"]
    assert names[5:] == ["zz.txt"]
    assert input_files([str(data / "parts" / "*.jsonl")]) == files[2:5]
    assert _partitions(files) == [files[:2], [files[2]], [files[3]], [files[4]], [files[5]]]


def test_sync_scheduler_equals_local(data, local):
    res_local, skipped_local = local
    skipped = []
    res = extract([str(data)], engine="dask", scheduler="sync", on_skip=skipped.append)
    assert res.articles == res_local.articles == 38
    assert _features(res.events) == _features(res_local.events)
    assert (res.mentions, res.raw_events) == (res_local.mentions, res_local.raw_events)
    assert _where(skipped) == _where(skipped_local)
    assert [s.reason for s in skipped] == [s.reason for s in skipped_local]


@pytest.fixture(scope="module")
def cluster():
    """A local distributed cluster of two worker processes, shared by the tests below."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0",
                      silence_logs=logging.ERROR) as c:
        yield c


def test_local_cluster_equals_local(data, local, cluster):
    res = extract([str(data)], engine="dask", scheduler=cluster.scheduler_address)
    assert _features(res.events) == _features(local[0].events)
    assert res.engine == "dask" and len(res.skipped) == 2


def test_own_local_cluster(seeds_dir):
    """Without --scheduler the engine starts (and stops) a LocalCluster of --jobs workers."""
    files = [str(p) for p in sorted(seeds_dir.glob("*.txt"))[:2]]
    res = extract(files, engine="dask", jobs=1)
    assert _features(res.events) == _features(extract(files).events)


def test_dask_append_equals_local_append(data, tmp_path, cluster):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    part0 = str(data / "parts" / "part-00000.jsonl")
    extract([part0], append=a)
    extract([part0], append=b, engine="dask", scheduler="sync")
    ra = extract([str(data)], append=a)
    rb = extract([str(data)], append=b, engine="dask", scheduler=cluster.scheduler_address)
    assert (rb.processed, rb.already_seen) == (ra.processed, ra.already_seen) == (26, 12)
    assert _features(rb.events) == _features(ra.events)
    again = extract([str(data)], append=b, engine="dask", scheduler="sync")
    assert (again.processed, again.already_seen) == (0, 38)


def test_unreachable_scheduler_is_one_line_error(data):
    with pytest.raises(GeoTrackerError, match="cannot reach the dask scheduler"):
        extract([str(data / "parts")], engine="dask", scheduler="tcp://127.0.0.1:9")


def test_cli_engine_dask(data, local, tmp_path):
    out = tmp_path / "ev.geojson"
    r = CliRunner().invoke(cli, ["extract", str(data / "parts"), "-o", str(out), "--engine", "dask",
                                 "--scheduler", "sync"])
    # the bad JSONL line: PartialSuccess (exit 2 through geo_tracker.cli.main), events written
    assert isinstance(r.exception, PartialSuccess), r.output
    assert "part-00001.jsonl:13: not valid JSON" in r.stderr

    gdf = read_events(out)
    ref = extract([str(data / "parts")])
    assert list(gdf["event_id"]) == [e.event_id for e in ref.events]
