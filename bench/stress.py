"""Stress run: 10,000 articles of which 1% are corrupted, through the real console script.

The input directory holds JSONL parts of generated articles (bench/corpus.py) and some ``.txt``
articles; 1% of the items are broken in the ways real feeds break: binary junk lines (NUL
bytes), truncated / invalid JSON lines, invalid UTF-8 bytes, empty texts, and ``.txt`` files
that are empty, binary or not UTF-8. ``geo-tracker extract DIR -o OUT.gpkg`` must process every
good article, name every bad one on stderr and exit 2, with memory that does not grow with the
corpus (its peak RSS is compared with a clean run on a tenth of the articles).

Usage:
    .venv/bin/python bench/stress.py                 # 10,000 articles, -j 2
    .venv/bin/python bench/stress.py -n 2000 -j 1
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
GT = str(Path(sys.executable).parent / "geo-tracker")


def build(root: Path, n: int, seed: int = 0, bad_share: float = 0.01, parts: int = 10) -> dict:
    """Write ``n`` items under ``root`` (JSONL parts + .txt files); return what is expected."""
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(BENCH))
    from corpus import iter_corpus

    rng = random.Random(seed)
    n_bad = max(8, round(n * bad_share)) if bad_share > 0 else 0
    n_txt = max(10, n // 100)                  # some .txt articles (good and bad) too
    jsonl_kinds = ["binary line", "bad json", "invalid utf-8", "empty text", "no text field"]
    txt_kinds = ["txt empty", "txt binary", "txt not utf-8"]
    n_bad_txt = min(n_txt, round(n_bad * len(txt_kinds) / (len(txt_kinds) + len(jsonl_kinds))))
    bad_kind = {}
    for j, i in enumerate(rng.sample(range(n - n_txt), n_bad - n_bad_txt)):
        bad_kind[i] = jsonl_kinds[j % len(jsonl_kinds)]
    for j, i in enumerate(rng.sample(range(n - n_txt, n), n_bad_txt)):
        bad_kind[i] = txt_kinds[j % len(txt_kinds)]
    expected_bad: list[tuple[str, int | None, str]] = []
    good = 0
    root.mkdir(parents=True, exist_ok=True)
    per = -(-(n - n_txt) // parts)
    files = [open(root / f"part-{k:03d}.jsonl", "wb") for k in range(parts)]
    lines = [0] * parts
    try:
        for i, rec in enumerate(iter_corpus(n, seed)):
            kind = bad_kind.get(i)
            if i >= n - n_txt:                            # the .txt tail
                p = root / "txt" / f"a{i:06d}.txt"
                p.parent.mkdir(exist_ok=True)
                if kind and kind.startswith("txt"):
                    if kind == "txt empty":
                        p.write_bytes(b"")
                    elif kind == "txt binary":
                        p.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300))
                    else:
                        raw = rec["text"].encode("utf-8")
                        p.write_bytes(raw[:40] + b"\xff\xfe\xfd" + raw[40:80] + b"\xc3\x28" + raw[80:])
                    expected_bad.append((str(p), None, kind))
                else:
                    p.write_text(f"published: {rec['published']}\n\n{rec['text']}\n", encoding="utf-8")
                    good += 1
                continue
            k = min(i // per, parts - 1)
            lines[k] += 1
            line = json.dumps(rec, ensure_ascii=False).encode("utf-8")
            if kind is None:
                good += 1
            elif kind == "binary line":
                line = os.urandom(50).replace(b"\n", b"\x00") + b"\x00"
            elif kind == "bad json":
                line = line[: len(line) // 2]
            elif kind == "invalid utf-8":
                line = line[:30] + b"\xff\xfe" + line[30:]
            elif kind == "empty text":
                line = json.dumps(dict(rec, text="  "), ensure_ascii=False).encode("utf-8")
            elif kind == "no text field":
                line = json.dumps({"id": rec["id"], "body": rec["text"][:50]},
                                  ensure_ascii=False).encode("utf-8")
            if kind:
                expected_bad.append((str(root / f"part-{k:03d}.jsonl"), lines[k], kind))
            files[k].write(line + b"\n")
    finally:
        for f in files:
            f.close()
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    return {"items": n, "good": good, "bad": expected_bad, "bytes": size}


def run(paths: list[str], out: Path, jobs: int) -> dict:
    """Run the console script; return exit code, stderr, seconds, peak RSS (incl. workers)."""
    t = time.perf_counter()
    proc = subprocess.Popen([GT, "extract", *paths, "-o", str(out), "-j", str(jobs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"exit": proc.returncode, "stderr": err, "seconds": time.perf_counter() - t,
            "peak_rss_mb": ru.ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", action="store_true", help="keep the generated directory")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gt-stress-"))
    exp = build(tmp / "in", a.n, a.seed)
    small = build(tmp / "small", max(100, a.n // 10), a.seed + 1, bad_share=0.0)
    print(f"input: {exp['items']} items ({exp['good']} good, {len(exp['bad'])} corrupted), "
          f"{exp['bytes'] / 1e6:.1f} MB in {tmp / 'in'}", flush=True)
    ref = run([str(tmp / "small")], tmp / "small.gpkg", a.jobs)
    res = run([str(tmp / "in")], tmp / "out.gpkg", a.jobs)

    named = [ln for ln in res["stderr"].splitlines() if ln.startswith("geo-tracker: skipped ")]
    missing = []
    for path, line, kind in exp["bad"]:
        where = f"{path}:{line}: " if line is not None else f"{path}: "
        if not any(where in ln for ln in named):
            missing.append(f"{where}({kind})")
    m = re.search(r"(\d+) articles read, (\d+) skipped, (\d+) mentions, (\d+) event reports → "
                  r"(\d+) events", res["stderr"])
    read = int(m.group(1)) if m else -1
    print(f"stress: exit {res['exit']} (expected 2), {read} articles read (expected "
          f"{exp['good']}), {len(named)} skipped lines on stderr (expected {len(exp['bad'])}), "
          f"{len(missing)} corrupted items not named")
    if m:
        print(f"        {m.group(3)} mentions, {m.group(4)} event reports → {m.group(5)} events")
    print(f"        {res['seconds']:.1f} s ({read / res['seconds']:.0f} articles/s, "
          f"{exp['bytes'] / 1e6 / res['seconds']:.2f} MB/s), peak RSS {res['peak_rss_mb']:.0f} MB "
          f"(clean run on {small['items']} articles: {ref['peak_rss_mb']:.0f} MB, "
          f"{ref['seconds']:.1f} s, exit {ref['exit']})")
    for x in missing[:10]:
        print(f"        NOT NAMED: {x}")
    ok = (res["exit"] == 2 and read == exp["good"] and not missing
          and len(named) == len(exp["bad"]) and ref["exit"] == 0
          and res["peak_rss_mb"] <= 2.0 * ref["peak_rss_mb"] + 100)
    print(f"stress: {'PASS' if ok else 'FAIL'}")
    if not a.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"kept {tmp}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
