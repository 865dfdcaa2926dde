"""Reliability (issue 9): bad input never crashes, nothing is lost, nothing runs.

Every case is a real run of the console script in a subprocess (or, where the run must be an
unprivileged user, of ``geo_tracker.cli.main`` in a forked child that dropped root: the venv's
Python lives under ``/root``, which ``nobody`` cannot enter). Each run must

* exit 0 / 1 / 2 as the contract says, with no ``Traceback`` on stderr;
* on exit 1 print exactly one non-empty line on stderr;
* in a run that mixes bad and good inputs, name each bad one on its own line and still write the
  good articles' events.

Then atomic writes (SIGKILL at several points leaves the previous outputs intact), determinism
(same input → byte-identical events and ids, ``-j 2`` = ``-j 1``) and no network at run time
(audit hook on socket events in a ``sitecustomize``).
"""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

# A short article with every field the pipeline codes: actor, type, place, date, killed.
GOOD = ("قصفت طائرات حربية روسية مدينة تدمر بريف حمص الشرقي يوم 3 مارس 2024، "
        "ما أدى إلى مقتل خمسة مدنيين.")
GOOD_JSONL = "قصفت طائرات التحالف الدولي مواقع لتنظيم داعش في مدينة السخنة يوم 5 مارس 2024."


# ------------------------------------------------------------------------------------------
# helpers


def run(console_script: str, *args: str, env: dict | None = None,
        timeout: float = 300) -> tuple[int, str, str]:
    """Run the real console script; return (exit code, stdout, stderr)."""
    proc = subprocess.run([console_script, *args], capture_output=True, text=True,
                          timeout=timeout, env=env)
    return proc.returncode, proc.stdout, proc.stderr


def lines(err: str) -> list[str]:
    return [ln for ln in err.splitlines() if ln.strip()]


def assert_one_clear_line(code: int, err: str, needle: str) -> None:
    assert "Traceback" not in err, err
    assert code == 1, err
    ls = lines(err)
    assert len(ls) == 1, err
    assert ls[0].startswith("geo-tracker: error: "), ls[0]
    assert needle.lower() in ls[0].lower(), (needle, ls[0])


def features(path: Path) -> list[dict]:
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    return fc["features"]


def by_article(path: Path) -> dict[str, list[dict]]:
    """Events by each article that reports them (dedup merges one event's reports: ``sources``)."""
    out: dict[str, list[dict]] = {}
    for f in features(path):
        p = f["properties"]
        for a in p["sources"] or [p["article_id"]]:
            out.setdefault(a, []).append(p)
    return out


def assert_good_event(props: list[dict], place: str = "Tadmor", actor: str = "russia",
                      date: str | None = "2024-03-03", killed: int | None = 5) -> None:
    """The GOOD article's event (decoded from whatever encoding) is there, values intact."""
    hits = [p for p in props if p["place_name_en"] == place and p["actor"] == actor]
    assert hits, props
    assert hits[0]["date_start"] == date and hits[0]["killed"] == killed, hits[0]


def temp_files(d: Path, name: str) -> list[str]:
    """Temporary files the atomic writers leave for output ``name`` (``.name.*``)."""
    return sorted(p.name for p in d.iterdir() if p.name.startswith(f".{name}."))


def run_as_nobody(args: list[str]) -> tuple[int, str]:
    """Run ``geo_tracker.cli.main(args)`` in a forked child as ``nobody``; (exit code, stderr).

    Root reads and writes anything whatever the modes, so permission cases need an
    unprivileged user; the child keeps the already-loaded interpreter (it cannot exec the
    venv's Python under /root). Outside root the child just runs as the current user.
    """
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        code = 99
        try:
            os.close(r)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(w, 2)
            sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8")
            sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8",
                                          line_buffering=True)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            from geo_tracker.cli import main

            try:
                main(args)
                code = 0
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else 1
        except BaseException:  # noqa: BLE001 - a crash is what the parent must see
            import traceback

            traceback.print_exc(file=sys.stderr)
            code = 98
        finally:
            try:
                sys.stderr.flush()
                sys.stdout.flush()
            finally:
                os._exit(code)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        err = f.read().decode("utf-8", "replace")
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), err


@pytest.fixture(scope="module")
def warm(tmp_path_factory) -> None:
    """Import every module and load the gazetteer once in this process before forking: the
    unprivileged child cannot read the interpreter's stdlib under /root."""
    from geo_tracker.cli import main

    d = tmp_path_factory.mktemp("warm")
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["extract", str(d / "a.txt"), "-o", str(d / "a.geojson"), "-q"])
    assert e.value.code == 0
    import traceback  # noqa: F401 - the child prints a crash with it


@pytest.fixture
def shared_dir(warm):
    """A directory under /tmp that ``nobody`` may enter (tmp_path is 0700)."""
    d = Path(tempfile.mkdtemp(prefix="gt-rel-"))
    d.chmod(0o755)
    yield d
    shutil.rmtree(d, ignore_errors=True)


# ------------------------------------------------------------------------------------------
# bad article files: one table, used alone (exit 1) and all together with good ones (exit 2)

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(200))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
LATIN1 = ("Des frappes aériennes ont touché Palmyre, à l'est de Homs. Très grave, déjà. " * 3
          ).encode("latin-1")


def _sparse(path: Path, size: int) -> None:
    with open(path, "wb") as f:
        f.truncate(size)


def _make(d: Path, name: str, data) -> Path:
    """Create one bad input: bytes, or a callable(path) for special files."""
    p = d / name
    if callable(data):
        data(p)
    else:
        p.write_bytes(data)
    return p


# name, content (bytes or callable(path)), substring of the one-line reason
BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("whitespace.txt", b"  \n\t \r\n\n   ", "only whitespace"),
    ("report.txt", PDF, "PDF"),
    ("archive.txt", ZIP, "ZIP"),
    ("image.txt", PNG, "PNG"),
    ("nul.txt", GOOD.encode() + b"\x00\x00tail", "NUL bytes"),
    ("utf16_no_bom.txt", GOOD.encode("utf-16-le"), "UTF-16"),
    ("latin1.txt", LATIN1, "not UTF-8"),
    ("header_only.txt", b"date: 2024-03-03\nsource: https://example.org/a\n\n", "no article text"),
    ("too_large.txt", lambda p: _sparse(p, 65 * 1024 * 1024), "too large"),
    ("fifo.txt", lambda p: os.mkfifo(p), "FIFO"),
    ("dangling.txt", lambda p: p.symlink_to(p.parent / "nowhere" / "x.txt"), "no such file"),
    ("empty.jsonl", b"", "empty file"),
    ("blank.jsonl", b"\n  \n\t\n", "only whitespace"),
    ("binary.jsonl", PDF, "PDF"),
]

# Lines of one JSONL file: (line, reason substring or None for a good line).
_DEEP = "[" * 100_000 + "]" * 100_000
BAD_LINES = [
    (json.dumps({"id": "ok1", "text": GOOD}, ensure_ascii=False).encode(), None),
    ('{"id": "trunc", "text": "قصف'.encode(), "not valid JSON"),
    (b"[1, 2, 3]", "not a JSON object"),
    (b'"just a string"', "not a JSON object"),
    (b'{"id": "notext", "title": "x"}', "no 'text' field"),
    (b'{"id": "num", "text": 5}', "'text' is not a string"),
    (b'{"id": "blank", "text": "   \\n "}', "'text' is empty"),
    ('{"id": {"x": 1}, "text": "قصف"}'.encode(), "'id' must be"),
    (b'{"id": "nul", "text": "a\x00b"}', "NUL"),
    (b'{"id": "latin", "text": "caf\xe9"}', "not UTF-8"),
    (_DEEP.encode(), "nested too deeply"),
    (json.dumps({"id": "ok2", "text": GOOD_JSONL, "published": "2024-02-31"},
                ensure_ascii=False).encode(), None),
]


def _write_bad_lines(p: Path) -> None:
    p.write_bytes(b"\n".join(line for line, _ in BAD_LINES) + b"\n")


def _write_big_line(p: Path) -> None:
    """ok3, a 50 MB single line, ok4."""
    with open(p, "wb") as f:
        f.write(json.dumps({"id": "ok3", "text": GOOD}, ensure_ascii=False).encode() + b"\n")
        f.write(b'{"id": "huge", "text": "')
        chunk = ("قصف " * 131072).encode()          # 1 MiB
        for _ in range(50):
            f.write(chunk)
        f.write(b'"}\n')
        f.write(json.dumps({"id": "ok4", "text": GOOD_JSONL}, ensure_ascii=False).encode() + b"\n")


@pytest.fixture(scope="module")
def skip_run(tmp_path_factory, console_script):
    """One extract over a directory of every bad file and bad JSONL line plus good articles."""
    root = tmp_path_factory.mktemp("skip")
    d = root / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data, _ in BAD_FILES:
        _make(d, name, data)
    _write_bad_lines(d / "lines.jsonl")
    _write_big_line(d / "big.jsonl")
    out = root / "events.geojson"
    code, _, err = run(console_script, "extract", str(d), "-o", str(out), "-q")
    return d, out, code, err


def test_mixed_run_exits_2_and_keeps_the_good_articles(skip_run):
    d, out, code, err = skip_run
    assert code == 2, err
    assert "Traceback" not in err, err
    assert lines(err)[-1].startswith("geo-tracker: ") and "skipped" in lines(err)[-1]
    arts = by_article(out)
    assert_good_event(arts["good"])
    assert_good_event(arts["ok1"])
    assert_good_event(arts["ok3"])
    for ok in ("ok2", "ok4"):
        assert_good_event(arts[ok], place="Sokhneh", actor="coalition", date="2024-03-05",
                          killed=None)
    # nothing from a bad file or line slipped into the output
    assert set(arts) <= {"good", "ok1", "ok2", "ok3", "ok4"}, sorted(arts)


@pytest.mark.parametrize("name, data, reason", BAD_FILES, ids=[r[0] for r in BAD_FILES])
def test_mixed_run_names_each_bad_file_once(skip_run, name, data, reason):
    d, _, code, err = skip_run
    mine = [ln for ln in lines(err) if f"{d / name}:" in ln]
    assert len(mine) == 1, (name, err)
    assert mine[0].startswith(f"geo-tracker: skipped {d / name}: ")
    assert reason.lower() in mine[0].lower(), mine[0]


@pytest.mark.parametrize("lineno, reason", [(i + 1, r) for i, (_, r) in enumerate(BAD_LINES) if r]
                         + [(2, "line too long")],
                         ids=[f"line{i + 1}" for i, (_, r) in enumerate(BAD_LINES) if r] + ["50MB-line"])
def test_mixed_run_names_each_bad_jsonl_line_once(skip_run, lineno, reason):
    d, _, _, err = skip_run
    name = "big.jsonl" if reason == "line too long" else "lines.jsonl"
    mine = [ln for ln in lines(err) if f"{d / name}:{lineno}:" in ln]
    assert len(mine) == 1, err
    assert reason.lower() in mine[0].lower(), mine[0]
    assert len(mine[0]) < 300          # one readable line, not the offending data


SINGLE = [r for r in BAD_FILES if r[0] not in ("empty.jsonl", "blank.jsonl")]


@pytest.mark.parametrize("name, data, reason", SINGLE, ids=[r[0] for r in SINGLE])
def test_bad_file_alone_is_exit_1_one_line(tmp_path, console_script, name, data, reason):
    p = _make(tmp_path, name, data)
    out = tmp_path / "events.geojson"
    code, _, err = run(console_script, "extract", str(p), "-o", str(out))
    assert_one_clear_line(code, err, reason)
    assert str(p) in err
    assert not out.exists()


# ------------------------------------------------------------------------------------------
# odd but readable articles: decoded, and nothing invented (exit 0)


def _bom(enc: str, bom: bytes):
    return bom + GOOD.encode(enc)


# name, content, check(props of that article or [])
READABLE = [
    ("cp1256.txt", GOOD.encode("cp1256"), "good"),
    ("utf16_le_bom.txt", _bom("utf-16-le", b"\xff\xfe"), "good"),
    ("utf16_be_bom.txt", _bom("utf-16-be", b"\xfe\xff"), "good"),
    ("utf8_bom.txt", _bom("utf-8", b"\xef\xbb\xbf"), "good"),
    ("crlf_header.txt", ("published: 2024-03-10\r\nsource: https://example.org/x\r\n\r\n" + GOOD
                         + "\r\n").encode(), "good"),
    ("cr_only.txt", ("title: x\r\r" + GOOD + "\r").encode(), "good"),
    ("mixed_languages.txt", ("Breaking: قصفت طائرات حربية روسية مدينة تدمر. Selon l'OSDH, les "
                             "frappes ont visé Palmyre le 3 mars. Russian jets hit Palmyra."
                             ).encode(), "undated"),
    ("diacritics_tatweel.txt", "قَصَفَت طائراتٌ حربيةٌ روسيةٌ مدينةَ تـدمـر\u200c بريف حمص\u200f الشرقي."
     .encode(), "undated"),
    ("no_dates.txt", "قصفت طائرات حربية روسية مدينة تدمر بريف حمص الشرقي.".encode(), "undated"),
    ("impossible_dates.txt", ("published: 2024-02-31\n\nقصفت طائرات حربية روسية مدينة تدمر يوم 31 "
                              "فبراير 2024 وفي 30/02/2024 و45/13/2024 و2024-02-30.").encode(),
     "impossible"),
    ("huge_numbers.txt", ("قصفت طائرات حربية روسية مدينة تدمر، ما أدى إلى مقتل "
                          "99999999999999999999999999 مدنيا وإصابة -5 آخرين و٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ "
                          "عنصرا و1e308 جنديا.").encode(), "numbers"),
    ("negative_numbers.txt", "قصفت طائرات حربية روسية مدينة تدمر، ما أدى إلى مقتل -3 مدنيين."
     .encode(), "numbers"),
    ("unknown_places.txt", "قصفت طائرات حربية قرية زربخستان وبلدة كوكولاند في منطقة ثلوثيا."
     .encode(), "none"),
    ("punctuation_only.txt", "!!! ??? ... ،،، *** — «» ؟؟".encode(), "none"),
    ("digits_only.txt", b"1234567890 99999999999999999999 -1 -2 3.14", "none"),
    ("english_only.txt", b"Nothing happened in London on Tuesday.", "none"),
    # a 50 MB single line (under the 64 MiB limit, so read and geoparsed whole)
    ("one_50mb_line.txt", lambda p: _write_50mb_txt(p), "good"),
]


def _write_50mb_txt(p: Path) -> None:
    with open(p, "wb") as f:
        f.write(GOOD.encode() + b" ")
        chunk = b"x" * (1 << 20)
        for _ in range(50):
            f.write(chunk)


@pytest.fixture(scope="module")
def readable_run(tmp_path_factory, console_script):
    root = tmp_path_factory.mktemp("readable")
    d = root / "in"
    d.mkdir()
    for name, data, _ in READABLE:
        _make(d, name, data)
    out = root / "events.geojson"
    code, _, err = run(console_script, "extract", str(d), "-o", str(out))
    return out, code, err


def test_readable_oddities_exit_0(readable_run):
    out, code, err = readable_run
    assert code == 0, err
    assert "Traceback" not in err, err
    assert not [ln for ln in lines(err) if ln.startswith("geo-tracker: skipped")], err


@pytest.mark.parametrize("name, data, check", READABLE, ids=[r[0] for r in READABLE])
def test_readable_oddity(readable_run, name, data, check):
    out, _, err = readable_run
    props = by_article(out).get(Path(name).stem, [])
    if check == "good":
        assert_good_event(props)
    elif check == "undated":
        assert_good_event(props, date=None, killed=None)
        assert all(p["date_start"] is None and p["date_end"] is None for p in props)
    elif check == "impossible":
        assert props and all(p["place_name_en"] == "Tadmor" for p in props)
        for p in props:     # never a rolled-over 2 or 3 March, never an invalid date
            for k in ("date_start", "date_end"):
                assert p[k] is None or "2024-02-01" <= p[k] <= "2024-02-29", p
    elif check == "numbers":
        assert props, err
        for p in props:     # a count is a plausible non-negative number or unknown
            for k in ("killed", "injured"):
                assert p[k] is None or (isinstance(p[k], int) and 0 <= p[k] < 1_000_000), p
    else:
        assert props == []


# ------------------------------------------------------------------------------------------
# paths, options and outputs (exit 1, one line, before any work)


def _cases_paths():
    return [
        # id, args builder(tmp) -> list, needle
        ("missing-input", lambda t: ["extract", str(t / "no" / "such.txt"), "-o", str(t / "o.geojson")],
         "no such file"),
        ("empty-directory", lambda t: ["extract", str(_mkdir(t / "emptydir")), "-o", str(t / "o.geojson")],
         "no .txt or .jsonl"),
        ("output-dir-missing", lambda t: ["extract", _good(t), "-o", str(t / "nodir" / "o.geojson")],
         "does not exist"),
        ("output-is-directory", lambda t: ["extract", _good(t), "-o", str(_mkdir(t / "odir.geojson"))],
         "is a directory"),
        ("output-without-suffix", lambda t: ["extract", _good(t), "-o", str(t / "events")],
         "unknown output format"),
        ("output-under-a-file", lambda t: ["extract", _good(t), "-o", _good(t) + "/o.geojson"],
         "not a directory"),
        ("output-unknown-format", lambda t: ["extract", _good(t), "-o", str(t / "o.kml")], "format"),
        ("mentions-dir-missing", lambda t: ["extract", _good(t), "-o", str(t / "o.geojson"),
                                            "--mentions", str(t / "nodir" / "m.jsonl")], "does not exist"),
        ("published-31-february", lambda t: ["extract", _good(t), "-o", str(t / "o.geojson"),
                                             "--published", "2024-02-31"], "not a date"),
        ("jobs-zero", lambda t: ["extract", _good(t), "-o", str(t / "o.geojson"), "-j", "0"], "jobs"),
        ("geoparse-pdf", lambda t: ["geoparse", str(_make(t, "r.txt", PDF))], "PDF"),
        ("evaluate-bad-gold", lambda t: ["evaluate", "--gold", str(_make(t, "g.jsonl", b'{"article_id": "x",\n{bad\n')),
                                         _good(t)], "bad gold file"),
        ("evaluate-missing-gold", lambda t: ["evaluate", "--gold", str(t / "nogold.jsonl"), _good(t)],
         "not found"),
        ("append-to-a-pdf", lambda t: ["extract", _good(t), "--append", str(_make(t, "s.gpkg", PDF))],
         "not a geo-tracker store"),
        ("geoparse-output-dir-missing", lambda t: ["geoparse", _good(t), "-o", str(t / "nodir" / "m.jsonl")],
         "does not exist"),
    ]


def _mkdir(p: Path) -> Path:
    p.mkdir(exist_ok=True)
    return p


def _good(t: Path) -> str:
    p = t / "good.txt"
    if not p.exists():
        p.write_text(GOOD, encoding="utf-8")
    return str(p)


@pytest.mark.parametrize("build, needle", [c[1:] for c in _cases_paths()],
                         ids=[c[0] for c in _cases_paths()])
def test_bad_path_or_option_is_exit_1_one_line(tmp_path, console_script, build, needle):
    code, _, err = run(console_script, *build(tmp_path))
    assert_one_clear_line(code, err, needle)
    assert not (tmp_path / "o.geojson").exists()


def test_jsonl_with_only_bad_lines_is_exit_1(tmp_path, console_script):
    p = tmp_path / "allbad.jsonl"
    p.write_bytes(b'{"id": "a", "text": 5}\n[1]\n{bad\n')
    code, _, err = run(console_script, "extract", str(p), "-o", str(tmp_path / "o.geojson"))
    assert code == 1 and "Traceback" not in err, err
    ls = lines(err)
    # each bad line named, then one error line; nothing written
    assert [ln.split(": ")[1] for ln in ls[:-1]] == [f"skipped {p}:{i}" for i in (1, 2, 3)], err
    assert ls[-1].startswith("geo-tracker: error: no article could be read"), err
    assert not (tmp_path / "o.geojson").exists()


def test_unreadable_input_alone_is_exit_1(shared_dir):
    p = shared_dir / "secret.txt"
    p.write_text(GOOD, encoding="utf-8")
    p.chmod(0o000)
    out = shared_dir / "out"
    out.mkdir()
    out.chmod(0o777)            # the output may be written: only the input is the problem
    code, err = run_as_nobody(["extract", str(p), "-o", str(out / "o.geojson")])
    assert_one_clear_line(code, err, "")
    assert str(p) in err
    assert "permission denied" in err or "not readable" in err, err   # ingest's or click's words


def test_unreadable_input_named_next_to_a_good_one_is_exit_2(shared_dir):
    """As with a missing path among several, the unreadable one is skipped, not fatal."""
    good = shared_dir / "a.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = shared_dir / "secret.txt"
    bad.write_text(GOOD, encoding="utf-8")
    bad.chmod(0o000)
    out = shared_dir / "o.geojson"
    shared_dir.chmod(0o777)
    code, err = run_as_nobody(["extract", str(good), str(bad), "-o", str(out), "-q"])
    assert code == 2 and "Traceback" not in err, err
    assert [ln for ln in lines(err) if "secret.txt" in ln] == [
        f"geo-tracker: skipped {bad}: permission denied"], err
    assert_good_event(by_article(out)["a"])


def test_unreadable_input_among_good_ones_is_exit_2(shared_dir):
    d = shared_dir / "in"
    d.mkdir()
    d.chmod(0o755)
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "b.txt").write_text(GOOD, encoding="utf-8")
    (d / "b.txt").chmod(0o000)
    out_dir = shared_dir / "out"
    out_dir.mkdir()
    out_dir.chmod(0o777)
    out = out_dir / "o.geojson"
    code, err = run_as_nobody(["extract", str(d), "-o", str(out), "-q"])
    assert code == 2 and "Traceback" not in err, err
    assert [ln for ln in lines(err) if "b.txt" in ln] == [
        f"geo-tracker: skipped {d / 'b.txt'}: permission denied"]
    assert_good_event(by_article(out)["a"])


def test_read_only_output_directory_is_exit_1_and_keeps_the_old_file(shared_dir):
    src = shared_dir / "good.txt"
    src.write_text(GOOD, encoding="utf-8")
    ro = shared_dir / "ro"
    ro.mkdir()
    old = ro / "o.geojson"
    old.write_text("previous", encoding="utf-8")
    old.chmod(0o444)
    ro.chmod(0o555)
    code, err = run_as_nobody(["extract", str(src), "-o", str(old)])
    assert_one_clear_line(code, err, "permission denied")
    assert old.read_text(encoding="utf-8") == "previous"
    assert os.listdir(ro) == ["o.geojson"]


# ------------------------------------------------------------------------------------------
# map / clusters / report on broken events files


def _feat(geom, props=None):
    f = {"type": "Feature", "geometry": geom}
    if props is not None:
        f["properties"] = props
    return f


def _ev(eid: str, **kw) -> dict:
    p = {"event_id": eid, "article_id": "a", "event_type": "airstrike", "actor": "russia",
         "date_start": "2024-03-03", "date_end": "2024-03-03", "place_name_en": "Tadmor"}
    p.update(kw)
    return p


def _fc(*feats) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(feats)}).encode()


PT = {"type": "Point", "coordinates": [38.27, 34.55]}
EVENT_FILES = {
    "null_geometry.geojson": _fc(_feat(None, _ev("e1"))),
    "invalid_geometry.geojson": _fc(_feat({"type": "Point", "coordinates": ["x"]}, _ev("e1"))),
    "broken_polygon.geojson": _fc(_feat({"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]}, _ev("e1"))),
    "no_properties.geojson": _fc(_feat(PT)),
    "not_geojson.geojson": b'{"hello": [1, 2, 3]}',
    "truncated.geojson": _fc(_feat(PT, _ev("e1")))[:70],
    "pdf.geojson": PDF,
    "no_lat_lon.csv": b"event_id,actor,event_type\ne1,russia,airstrike\n",
    "empty.geojson": b"",
    "huge_killed.geojson": _fc(_feat(PT, _ev("e1", killed=1e30))),
}

# command, events file, extra args, exit code, needle (exit 1) / None
EVENTS_CASES = [
    ("map", "null_geometry.geojson", 1, "no feature has a valid Point geometry"),
    ("report", "invalid_geometry.geojson", 1, "no feature has a valid Point geometry"),
    ("clusters", "broken_polygon.geojson", 1, "no feature has a valid Point geometry"),
    ("clusters", "no_properties.geojson", 1, "missing columns"),
    ("report", "not_geojson.geojson", 1, "FeatureCollection"),
    ("map", "truncated.geojson", 1, "not valid JSON"),
    ("clusters", "pdf.geojson", 1, "not an events file"),
    ("map", "no_lat_lon.csv", 1, "lat/lon"),
    ("report", "empty.geojson", 1, "empty"),
    ("map", "missing.geojson", 1, "not found"),
    ("map", "huge_killed.geojson", 1, "killed"),
]


def _out_for(cmd: str, d: Path) -> Path:
    return d / ("clusters.geojson" if cmd == "clusters" else f"{cmd}.html")


@pytest.mark.parametrize("cmd, name, code, needle", EVENTS_CASES,
                         ids=[f"{c}-{n}" for c, n, *_ in EVENTS_CASES])
def test_broken_events_file(tmp_path, console_script, cmd, name, code, needle):
    if name in EVENT_FILES:
        (tmp_path / name).write_bytes(EVENT_FILES[name])
    out = _out_for(cmd, tmp_path)
    rc, _, err = run(console_script, cmd, str(tmp_path / name), "-o", str(out))
    assert_one_clear_line(rc, err, needle)
    assert name in err
    assert not out.exists()


@pytest.mark.parametrize("cmd", ["map", "report", "clusters"])
def test_empty_feature_collection_is_fine(tmp_path, console_script, cmd):
    p = tmp_path / "empty_fc.geojson"
    p.write_bytes(_fc())
    out = _out_for(cmd, tmp_path)
    rc, _, err = run(console_script, cmd, str(p), "-o", str(out))
    assert rc == 0 and "Traceback" not in err, err
    assert out.stat().st_size > 0


@pytest.mark.parametrize("cmd", ["map", "report"])
def test_broken_features_dropped_good_ones_drawn(tmp_path, console_script, cmd):
    p = tmp_path / "mixed.geojson"
    p.write_bytes(_fc(_feat(PT, _ev("goodevent1")),
                      _feat(None, _ev("badevent2")),
                      _feat({"type": "Point", "coordinates": [38.0, 999]}, _ev("badevent3")),
                      _feat({"type": "LineString", "coordinates": [[38, 35], [39, 36]]}, _ev("badevent4"))))
    out = tmp_path / "out.html"
    rc, _, err = run(console_script, cmd, str(p), "-o", str(out))
    assert rc == 0 and "Traceback" not in err, err
    ls = lines(err)
    assert len(ls) == 1 and "dropped 3 features" in ls[0] and "mixed.geojson" in ls[0], err
    html = out.read_text(encoding="utf-8")
    assert "goodevent1" in html
    assert "badevent2" not in html and "badevent3" not in html and "badevent4" not in html


def test_geoparse_mixed_run_keeps_good_mentions(tmp_path, console_script):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "report.txt").write_bytes(PDF)
    _write_bad_lines(d / "lines.jsonl")
    code, out, err = run(console_script, "geoparse", str(d))
    assert code == 2 and "Traceback" not in err, err
    skipped = [ln for ln in lines(err) if ln.startswith("geo-tracker: skipped")]
    assert len(skipped) == 1 + sum(1 for _, r in BAD_LINES if r), err
    ms = [json.loads(ln) for ln in out.splitlines()]
    texts = {"good": GOOD, "ok1": GOOD, "ok2": GOOD_JSONL}
    assert {m["article_id"] for m in ms} == set(texts)
    for m in ms:
        assert texts[m["article_id"]][m["start"]:m["end"]] == m["surface"]
    assert "Tadmor" in {m["name_en"] for m in ms if m["article_id"] == "good"}


def test_map_to_missing_directory(tmp_path, console_script):
    p = tmp_path / "e.geojson"
    p.write_bytes(_fc(_feat(PT, _ev("e1"))))
    rc, _, err = run(console_script, "map", str(p), "-o", str(tmp_path / "nodir" / "m.html"))
    assert_one_clear_line(rc, err, "does not exist")


# ------------------------------------------------------------------------------------------
# atomic writes, determinism

# Installed with PYTHONPATH in the child: an audit hook that (a) logs socket activity to
# $GT_NET_LOG and (b) stops the process (SIGSTOP) when the temporary file of an output whose
# name starts with $GT_STOP_NAME has just been created ("created": the next open() is the
# fdopen of its descriptor) or is about to be renamed over the output ("commit").
SITECUSTOMIZE = r'''
import os, signal, sys

_NET = os.environ.get("GT_NET_LOG")
_STOP = os.environ.get("GT_STOP_AT")
_NAME = os.environ.get("GT_STOP_NAME")
_EVENTS = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
           "socket.gethostbyaddr", "socket.sendto", "socket.sendmsg", "urllib.Request",
           "http.client.connect")
_seen = [False]


def _hook(event, args):
    if _NET and event in _EVENTS:
        with open(_NET, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {event} {args!r}\n")
    if not _NAME:
        return
    if event == "open":
        # atomic_write: os.open(temp) then os.fdopen(fd); a probe (open, close, unlink) or
        # any other open in between does not count
        if isinstance(args[0], str) and os.path.basename(args[0]).startswith(_NAME):
            _seen[0] = True
            return
        if _STOP == "created" and _seen[0] and isinstance(args[0], int):
            _seen[0] = False
            os.kill(os.getpid(), signal.SIGSTOP)
        _seen[0] = False
    elif event == "os.remove":
        _seen[0] = False
    if _STOP == "commit" and event == "os.rename" and \
            os.path.basename(os.fspath(args[0])).startswith(_NAME):
        os.kill(os.getpid(), signal.SIGSTOP)


sys.addaudithook(_hook)
'''


@pytest.fixture(scope="module")
def hook_env(tmp_path_factory) -> dict:
    d = tmp_path_factory.mktemp("site")
    (d / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(d) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _seed_sentences(seeds_dir: Path) -> list[str]:
    from geo_tracker.ingest import read_txt
    from geo_tracker.text import sentence_spans

    out = []
    for p in sorted(seeds_dir.glob("*.txt")):
        t = read_txt(p).text
        out += [t[a:b] for a, b in sentence_spans(t) if b - a > 30]
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir, console_script) -> dict:
    """300 articles built from the seeds' sentences; the full run's outputs; a subset's outputs
    (what a previous run left, different from what the full run writes)."""
    d = tmp_path_factory.mktemp("corpus")
    sents = _seed_sentences(seeds_dir)
    rows = []
    for i in range(300):
        text = " ".join(sents[(i * 7 + j * 13) % len(sents)] for j in range(3))
        rows.append(json.dumps({"id": f"a{i:03d}", "text": text,
                                "published": f"2024-0{1 + i % 9}-{1 + i % 28:02d}"},
                               ensure_ascii=False))
    full = d / "corpus.jsonl"
    full.write_text("\n".join(rows) + "\n", encoding="utf-8")
    sub = d / "subset.jsonl"
    sub.write_text("\n".join(rows[:40]) + "\n", encoding="utf-8")
    res = {"full": full, "dir": d}
    for key, src in (("A", full), ("prev", sub)):
        ev, me = d / f"{key}.geojson", d / f"{key}.jsonl"
        code, _, err = run(console_script, "extract", str(src), "-o", str(ev), "--mentions", str(me), "-q")
        assert code == 0, err
        res[key] = (ev.read_bytes(), me.read_bytes())
    assert res["A"] != res["prev"]
    assert len(features(d / "A.geojson")) > len(features(d / "prev.geojson")) > 0
    return res


def _prepare(tmp_path: Path, corpus: dict) -> tuple[Path, Path]:
    ev, me = tmp_path / "out.geojson", tmp_path / "m.jsonl"
    ev.write_bytes(corpus["prev"][0])
    me.write_bytes(corpus["prev"][1])
    return ev, me


def _start(console_script, corpus, ev, me, env) -> subprocess.Popen:
    return subprocess.Popen([console_script, "extract", str(corpus["full"]), "-o", str(ev),
                             "--mentions", str(me), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    proc.stderr.close()


def _wait_stopped(proc: subprocess.Popen, timeout: float = 240) -> None:
    """Block until the child stops itself (SIGSTOP from the audit hook)."""
    _, status = os.waitpid(proc.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), f"child ended before the kill point: {status}"


def test_kill_while_processing_keeps_previous_outputs(tmp_path, corpus, hook_env, console_script):
    """SIGKILL mid-run, once the mentions temp file exists (it is streamed from the start)."""
    ev, me = _prepare(tmp_path, corpus)
    proc = _start(console_script, corpus, ev, me, hook_env)
    deadline = time.monotonic() + 120
    while not temp_files(tmp_path, "m.jsonl"):
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.005)
    time.sleep(0.3)
    assert proc.poll() is None, "the run finished before the kill: make the corpus bigger"
    _kill(proc)
    assert ev.read_bytes() == corpus["prev"][0]
    assert me.read_bytes() == corpus["prev"][1]


@pytest.mark.parametrize("stop_at", ["created", "commit"])
def test_kill_during_events_write_keeps_previous_output(tmp_path, corpus, hook_env, console_script,
                                                        stop_at):
    """SIGKILL right when the events temp file appears, and when it is complete but not yet
    renamed over the output."""
    ev, me = _prepare(tmp_path, corpus)
    env = dict(hook_env, GT_STOP_AT=stop_at, GT_STOP_NAME=".out.geojson.")
    proc = _start(console_script, corpus, ev, me, env)
    _wait_stopped(proc)
    tmps = temp_files(tmp_path, "out.geojson")
    assert len(tmps) == 1, tmps                      # the kill happens while the temp file exists
    if stop_at == "commit":
        assert (tmp_path / tmps[0]).read_bytes() == corpus["A"][0]   # fully written …
    _kill(proc)
    assert ev.read_bytes() == corpus["prev"][0]      # … and yet the old output is untouched
    assert me.read_bytes() == corpus["prev"][1]


@pytest.fixture(scope="module")
def rerun_after_kill(tmp_path_factory, corpus, hook_env, console_script) -> Path:
    """Kill a run as soon as its mentions temp file exists (a stray temp file is left), then
    run the same input again to the same outputs."""
    d = tmp_path_factory.mktemp("rerun")
    ev, me = _prepare(d, corpus)
    env = dict(hook_env, GT_STOP_AT="created", GT_STOP_NAME=".m.jsonl.")
    proc = _start(console_script, corpus, ev, me, env)
    _wait_stopped(proc)
    assert len(temp_files(d, "m.jsonl")) == 1
    _kill(proc)
    code, _, err = run(console_script, "extract", str(corpus["full"]), "-o", str(ev),
                       "--mentions", str(me), "-q")
    assert code == 0, err
    return d


def test_rerun_after_a_kill_gives_the_same_bytes_and_ids(rerun_after_kill, corpus):
    d = rerun_after_kill
    assert (d / "out.geojson").read_bytes() == corpus["A"][0]
    assert (d / "m.jsonl").read_bytes() == corpus["A"][1]
    ids = [f["properties"]["event_id"] for f in features(d / "out.geojson")]
    ids_a = [f["properties"]["event_id"] for f in features(corpus["dir"] / "A.geojson")]
    assert ids == ids_a and len(set(ids)) == len(ids)


def test_rerun_after_a_kill_leaves_no_temp_file(rerun_after_kill):
    d = rerun_after_kill
    assert temp_files(d, "out.geojson") == [] and temp_files(d, "m.jsonl") == [], sorted(os.listdir(d))


def test_two_jobs_give_the_same_bytes_as_one(tmp_path, corpus, console_script):
    ev, me = tmp_path / "j2.geojson", tmp_path / "j2.jsonl"
    code, _, err = run(console_script, "extract", str(corpus["full"]), "-o", str(ev),
                       "--mentions", str(me), "-j", "2", "-q")
    assert code == 0, err
    assert ev.read_bytes() == corpus["A"][0]
    assert me.read_bytes() == corpus["A"][1]


# ------------------------------------------------------------------------------------------
# no network at run time


def test_the_audit_hook_sees_network_calls(tmp_path, hook_env):
    """Control: the hook does record a name lookup (so an empty log below means something)."""
    log = tmp_path / "net.log"
    code = subprocess.run([sys.executable, "-c",
                           "import socket\ntry:\n socket.getaddrinfo('localhost', 80)\n"
                           "except OSError:\n pass"],
                          env=dict(hook_env, GT_NET_LOG=str(log)), timeout=60).returncode
    assert code == 0
    assert "socket.getaddrinfo" in log.read_text(encoding="utf-8")


def test_no_network_during_extract_map_report(tmp_path, hook_env, console_script, seeds_dir):
    log = tmp_path / "net.log"
    env = dict(hook_env, GT_NET_LOG=str(log))
    ev = tmp_path / "ev.geojson"
    steps = [
        ["extract", str(seeds_dir / "000_ba1e6f737e7f29a9.txt"), str(seeds_dir / "004_d910dc413e6c6c9a.txt"),
         "-o", str(ev), "-q"],
        ["map", str(ev), "-o", str(tmp_path / "map.html"), "--period", "month"],
        ["report", str(ev), "-o", str(tmp_path / "report.html")],
    ]
    for args in steps:
        code, _, err = run(console_script, *args, env=env)
        assert code == 0, (args, err)
    assert features(ev)
    assert (tmp_path / "map.html").stat().st_size > 0
    assert (tmp_path / "report.html").stat().st_size > 0
    assert not log.exists() or log.read_text(encoding="utf-8") == ""
