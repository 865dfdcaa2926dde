"""The command line end to end: real files, CliRunner and one real subprocess per command."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo_tracker.cli import cli

CHECKER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "check_contract.py"


def run(args: list[str]) -> tuple[int, str, str]:
    """Run ``python -m geo_tracker`` (the real entry point with its exit-code mapping)."""
    proc = subprocess.run([sys.executable, "-m", "geo_tracker", *args], capture_output=True, text=True,
                          timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def seed_events(tmp_path_factory, seeds_dir) -> Path:
    out = tmp_path_factory.mktemp("seed") / "events.geojson"
    code, _, err = run(["extract", str(seeds_dir), "-o", str(out), "--mentions", str(out.with_suffix(".jsonl"))])
    assert code == 0, err
    return out


def test_extract_seeds_meets_the_contract(seed_events):
    fc = json.loads(seed_events.read_text(encoding="utf-8"))
    feats = fc["features"]
    assert fc["type"] == "FeatureCollection" and feats
    # the acceptance: these seed places appear, with sourced coordinates and the right actor
    by_place = {}
    for f in feats:
        p = f["properties"]
        by_place.setdefault(p["place_name_en"], set()).add(p["actor"])
    names = " ".join(by_place)
    for place in ("Jabal al-Amour", "Sukhnah", "Tadmor", "Rusafa"):
        assert place.lower() in names.lower().replace("sokhneh", "sukhnah"), (place, sorted(by_place))
    amour = {a for n, acts in by_place.items() if "Amour" in n for a in acts}
    assert {"coalition", "russia"} <= amour
    rusafa = {a for n, acts in by_place.items() if "Rusafa" in n for a in acts}
    assert "russia" in rusafa


def test_outputs_pass_the_shared_contract_checker(seed_events):
    assert CHECKER.exists(), "CI runs with ../shared beside the repo"
    for path in (seed_events, seed_events.with_suffix(".jsonl")):
        proc = subprocess.run([sys.executable, str(CHECKER), str(path)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout
        assert proc.stdout.strip().endswith(": ok")


def test_extract_is_deterministic(seeds_dir, tmp_path, seed_events):
    out = tmp_path / "again.geojson"
    code, _, err = run(["extract", str(seeds_dir), "-o", str(out)])
    assert code == 0, err
    assert out.read_bytes() == seed_events.read_bytes()


def test_extract_to_stdout_is_geojson(seeds_dir):
    code, out, err = run(["--quiet", "extract", str(seeds_dir / "004_d910dc413e6c6c9a.txt"), "-o", "-"])
    assert code == 0, err
    fc = json.loads(out)
    assert fc["features"] and all(f["geometry"]["type"] == "Point" for f in fc["features"])


@pytest.mark.parametrize("fmt,suffix", [("geojson", ".geojson"), ("gpkg", ".gpkg"), ("csv", ".csv"),
                                        ("parquet", ".parquet")])
def test_extract_formats_round_trip(fmt, suffix, seeds_dir, tmp_path):
    from geo_tracker.io import read_events

    out = tmp_path / f"ev{suffix}"
    code, _, err = run(["--quiet", "extract", str(seeds_dir), "-o", str(out)])
    assert code == 0, err
    gdf = read_events(out)
    assert len(gdf) > 10 and set(gdf["actor"]) >= {"coalition", "russia"}


def test_geoparse_cli_writes_mentions(seeds_dir):
    code, out, err = run(["geoparse", str(seeds_dir / "004_d910dc413e6c6c9a.txt")])
    assert code == 0, err
    ms = [json.loads(line) for line in out.splitlines()]
    text = (seeds_dir / "004_d910dc413e6c6c9a.txt").read_text(encoding="utf-8")
    assert ms
    for m in ms:
        assert text[m["start"]:m["end"]] == m["surface"]
    assert "جبل العمور" in {m["surface"] for m in ms}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make,needle", [
    (lambda d: d / "missing.txt", "missing.txt"),
    (lambda d: _write(d / "empty.txt", b""), "empty.txt"),
    (lambda d: _write(d / "bom32.txt", b"\xff\xfe\x00\x00garbage\x00\x01\x02"), "bom32.txt"),
    (lambda d: _write(d / "binary.txt", bytes(range(256)) * 4), "binary.txt"),
    (lambda d: _write(d / "ws.txt", b"   \n\t\n"), "ws.txt"),
])
def test_bad_single_input_is_one_clear_line_and_exit_1(make, needle, tmp_path):
    path = make(tmp_path)
    code, out, err = run(["extract", str(path), "-o", str(tmp_path / "out.geojson")])
    assert code == 1
    lines = [ln for ln in err.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert needle in lines[0] and "Traceback" not in err
    assert not (tmp_path / "out.geojson").exists()


def test_one_bad_article_is_skipped_and_named(seeds_dir, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text((seeds_dir / "004_d910dc413e6c6c9a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (d / "bad.txt").write_bytes(b"%PDF-1.4\x00\x00binary")
    out = tmp_path / "ev.geojson"
    code, _, err = run(["extract", str(d), "-o", str(out)])
    assert code == 2
    assert "bad.txt" in err and "Traceback" not in err
    assert json.loads(out.read_text(encoding="utf-8"))["features"]


def test_many_skipped_articles_are_summarised_not_listed(tmp_path):
    src = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": "قصفت قوات النظام بلدة كفرنبل.", "published": "2024-01-01"},
                      ensure_ascii=False)
    src.write_text("\n".join([good] + ["{broken"] * 60) + "\n", encoding="utf-8")
    out = tmp_path / "ev.geojson"
    code, _, err = run(["--quiet", "extract", str(src), "-o", str(out)])
    assert code == 2 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert sum(":2:" in ln or ":21:" in ln for ln in lines) == 2        # the first 20 are named
    assert not any(":22:" in ln for ln in lines)
    assert any("skipped 40 more article(s)" in ln for ln in lines)
    assert "60 article(s) skipped" in lines[-1]
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 1


def test_output_directory_missing_is_exit_1(seeds_dir, tmp_path):
    code, _, err = run(["extract", str(seeds_dir), "-o", str(tmp_path / "nope" / "ev.geojson")])
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_usage_error_is_exit_1():
    code, _, err = run(["extract"])
    assert code == 1 and "Traceback" not in err


def test_existing_output_survives_a_failed_run(seeds_dir, tmp_path):
    out = tmp_path / "ev.geojson"
    out.write_text("previous", encoding="utf-8")
    code, _, _ = run(["extract", str(tmp_path / "missing"), "-o", str(out)])
    assert code == 1
    assert out.read_text(encoding="utf-8") == "previous"


def test_clirunner_help_lists_every_contract_command():
    res = CliRunner().invoke(cli, ["--help"])
    assert res.exit_code == 0
    for name in ("extract", "geoparse", "gazetteer", "map", "clusters", "report", "evaluate"):
        assert name in res.output


def test_console_script_runs(console_script, seeds_dir, tmp_path):
    out = tmp_path / "ev.csv"
    proc = subprocess.run([console_script, "extract", str(seeds_dir), "-o", str(out)], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert "lat" in header and "lon" in header and "event_id" in header
