"""Generate varied, realistic benchmark corpora (JSON Lines) from real article sentences.

The sentences of the seed articles (``seeds/*.txt``) and the dev test articles
(``tests/data/articles/dev/``) are cut into templates: every toponym the geoparser finds becomes
a place slot, every number a number slot and every Gregorian month name a month slot. A
generated article takes a title and 4–40 sentences from that pool (mostly from one source
article, some from others), fills the place slots from a handful of towns and villages drawn
from the gazetteer (``name_ar`` of kind town/village; the same few places recur in one article,
as in real reports), and draws fresh numbers, months and a publication date. Output is
deterministic for a given seed; no two articles are copies.

Usage:
    .venv/bin/python bench/corpus.py -n 1000 -o /tmp/corpus-1k.jsonl
    .venv/bin/python bench/corpus.py -n 100000 -o /tmp/corpus-100k/ --parts 8   # a directory of 8 files

Python:
    >>> from bench.corpus import write_corpus                         # doctest: +SKIP
    >>> write_corpus("/tmp/c.jsonl", 1000, seed=1)                    # doctest: +SKIP
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import json
import os
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = (REPO / "seeds", REPO / "tests" / "data" / "articles" / "dev")
_NUM = re.compile(r"[0-9٠-٩]+")
_OUTLETS = ("sana", "enab-baladi", "syria-tv", "aljazeera", "almodon", "xinhua-ar", "sohr",
            "north-press", "alaraby", "asharq-alawsat", "rudaw", "zaman-alwsl")


@dataclass(frozen=True)
class Template:
    """One sentence cut into literal text and slots: ("t", text) / ("p", surface) /
    ("n", digits) / ("m", month index 1–12, spelling variant)."""

    source: int
    parts: tuple


@functools.lru_cache(maxsize=1)
def _months() -> tuple[dict[str, tuple[int, int]], list[list[str]]]:
    import yaml

    from geo_tracker.paths import lexicon_dir

    data = yaml.safe_load((lexicon_dir() / "dates.yaml").read_text(encoding="utf-8"))
    greg = data["months"]["gregorian"]
    table: list[list[str]] = []
    lookup: dict[str, tuple[int, int]] = {}
    for m in range(1, 13):
        names = [n for n in greg[m] if re.search(r"[\u0600-\u06ff]", str(n))]
        table.append(names)
        for k, name in enumerate(names):
            lookup[name] = (m, k)
    return lookup, table


def _month_re() -> re.Pattern:
    lookup, _ = _months()
    alts = sorted(lookup, key=len, reverse=True)
    return re.compile(r"(?<![\u0600-\u06ff])(?:ال)?(" + "|".join(map(re.escape, alts)) + r")(?![\u0600-\u06ff])")


def _cut(text: str, mentions: list[tuple[int, int]], source: int) -> list[Template]:
    """Cut one article body into sentence templates."""
    from geo_tracker.text import sentence_spans

    lookup, _ = _months()
    month_re = _month_re()
    out = []
    for s, e in sentence_spans(text):
        marks: list[tuple[int, int, tuple]] = []
        for a, b in mentions:
            if s <= a and b <= e:
                marks.append((a, b, ("p", text[a:b])))
        for m in _NUM.finditer(text, s, e):
            marks.append((m.start(), m.end(), ("n", m.group())))
        for m in month_re.finditer(text, s, e):
            name = m.group(1)
            marks.append((m.start(1), m.end(1), ("m",) + lookup[name]))
        marks.sort()
        parts: list[tuple] = []
        pos = s
        for a, b, slot in marks:
            if a < pos:            # overlapping marks (a number inside a place name): keep first
                continue
            if a > pos:
                parts.append(("t", text[pos:a]))
            parts.append(slot)
            pos = b
        if pos < e:
            parts.append(("t", text[pos:e]))
        if parts:
            out.append(Template(source, tuple(parts)))
    return out


@functools.lru_cache(maxsize=1)
def templates() -> tuple[list[list[Template]], list[str]]:
    """Sentence templates per source article, and the pool of place names (towns, villages)."""
    from geo_tracker.geoparse import geoparse
    from geo_tracker.ingest import iter_articles

    paths = [str(p) for p in SOURCES if p.exists()]
    per_article: list[list[Template]] = []
    for i, art in enumerate(iter_articles(paths)):
        spans = [(m.start, m.end) for m in geoparse(art)]
        tpl = _cut(art.text, spans, i)
        if len(tpl) >= 3:
            per_article.append(tpl)
    places = []
    with open(REPO / "data" / "gazetteer" / "places.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["kind"] in ("town", "village") and row["name_ar"].strip():
                places.append(row["name_ar"].strip())
    if not per_article or not places:
        raise SystemExit("bench/corpus.py: no source articles or no gazetteer places found")
    return per_article, places


def _number(rng: random.Random, digits: str) -> str:
    arabic = digits[0] in "٠١٢٣٤٥٦٧٨٩"
    v = int(digits.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
    if 1990 <= v <= 2030 and len(digits) == 4:
        new = rng.randint(2012, 2025)
    elif v <= 31:
        new = rng.randint(1, 28)
    else:
        new = rng.randint(max(1, v // 3), v * 3 + 10)
    s = str(new)
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) if arabic else s


def _fill(tpl: Template, rng: random.Random, places: list[str]) -> str:
    _, months = _months()
    out = []
    for part in tpl.parts:
        kind = part[0]
        if kind == "t":
            out.append(part[1])
        elif kind == "p":
            # keep some original places (governorates, deserts, regions read as in the source)
            out.append(part[1] if rng.random() < 0.25 else rng.choice(places))
        elif kind == "n":
            out.append(_number(rng, part[1]))
        else:
            names = months[rng.randrange(12)]
            out.append(names[part[2]] if part[2] < len(names) else names[0])
    return "".join(out)


def make_article(i: int, rng: random.Random) -> dict:
    """The ``i``-th generated article as a JSONL record (``id``, ``text``, ``published``, …)."""
    per_article, pool = templates()
    main = rng.randrange(len(per_article))
    sents = per_article[main]
    places = rng.sample(pool, rng.randint(1, 4))
    target = int(rng.lognormvariate(7.7, 0.45))       # characters; median ≈ 2,200 (≈ 4 KB UTF-8)
    lines = [_fill(sents[0], rng, places)]            # the source's first line as the title
    size = len(lines[0])
    k = 1
    while size < target and len(lines) < 40:
        if rng.random() < 0.75 and k < len(sents):
            tpl = sents[k]
            k += 1
        else:
            other = per_article[rng.randrange(len(per_article))]
            tpl = other[rng.randrange(1, len(other))]
        s = _fill(tpl, rng, places)
        lines.append(s)
        size += len(s) + 1
    day = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(14 * 365))
    return {"id": f"bench-{i:07d}", "text": "\n".join(lines), "published": day.isoformat(),
            "source": rng.choice(_OUTLETS), "url": f"https://news.invalid/{i}"}


def iter_corpus(n: int, seed: int = 0):
    """Yield ``n`` generated article records (deterministic for ``seed``)."""
    rng = random.Random(seed)
    for i in range(n):
        yield make_article(i, rng)


def write_corpus(out: str | os.PathLike, n: int, seed: int = 0, parts: int = 1) -> dict:
    """Write ``n`` articles as JSONL to ``out`` (a file), or to ``parts`` files
    ``part-00000.jsonl``… in the directory ``out`` when ``parts > 1``. Returns
    ``{"articles", "bytes", "paths"}``."""
    out = Path(out)
    if parts > 1:
        out.mkdir(parents=True, exist_ok=True)
        paths = [out / f"part-{k:05d}.jsonl" for k in range(parts)]
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        paths = [out]
    per = -(-n // len(paths))
    total = 0
    it = iter_corpus(n, seed)
    for p in paths:
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            for _ in range(per):
                rec = next(it, None)
                if rec is None:
                    break
                line = json.dumps(rec, ensure_ascii=False) + "\n"
                total += len(line.encode("utf-8"))
                f.write(line)
    return {"articles": n, "bytes": total, "paths": [str(p) for p in paths]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="number of articles")
    ap.add_argument("-o", "--output", required=True, help="JSONL file, or directory with --parts")
    ap.add_argument("--parts", type=int, default=1, help="split into this many JSONL files")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    info = write_corpus(a.output, a.n, a.seed, a.parts)
    print(f"wrote {info['articles']} articles, {info['bytes'] / 1e6:.1f} MB to "
          f"{a.output}", file=sys.stderr)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
