"""The whole pipeline: ingest → geoparse → events → dedup, on one or several processes.

``extract`` streams articles (a 1M-line JSONL is never loaded whole), processes them in
chunks — in this process or in ``jobs`` worker processes, each loading the gazetteer once — and
merges duplicates at the end. Output order and ids do not depend on ``jobs``.
"""
from __future__ import annotations

import datetime as dt
import itertools
import logging
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from geo_tracker.models import Article, Event, Mention

log = logging.getLogger(__name__)
CHUNK = 64


@dataclass
class ArticleResult:
    article_id: str
    events: list[Event]
    mentions: list[Mention]


@dataclass
class ExtractResult:
    """What ``extract`` produced, with a run summary."""

    events: list[Event]
    articles: int = 0
    skipped: list = field(default_factory=list)
    mentions: int = 0
    raw_events: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.articles} articles read, {len(self.skipped)} skipped, {self.mentions} mentions, "
                f"{self.raw_events} event reports → {len(self.events)} events in {self.seconds:.2f} s")


def process_article(article: Article, gazetteer=None, include_background: bool = False,
                    keep_mentions: bool = False) -> ArticleResult:
    """Geoparse one article and extract its events (not deduplicated)."""
    from geo_tracker.events import extract_events
    from geo_tracker.geoparse import geoparse

    mentions = geoparse(article, gazetteer)
    events = extract_events(article, mentions, include_background=include_background, gazetteer=gazetteer)
    return ArticleResult(article.id, events, mentions if keep_mentions else [])


_WORKER: dict = {}


def _init_worker(include_background: bool, keep_mentions: bool) -> None:
    from geo_tracker.gazetteer import load_default

    _WORKER["gaz"] = load_default()
    _WORKER["bg"] = include_background
    _WORKER["km"] = keep_mentions


def _work_chunk(chunk: list[Article]) -> list[ArticleResult]:
    out = []
    for art in chunk:
        try:
            out.append(process_article(art, _WORKER["gaz"], _WORKER["bg"], _WORKER["km"]))
        except Exception as e:  # noqa: BLE001 - one bad article must not stop a run; reported
            log.error("article %s failed: %s: %s", art.id, type(e).__name__, e)
            out.append(ArticleResult(art.id, [], []))
    return out


def _chunks(it: Iterable[Article], n: int) -> Iterator[list[Article]]:
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk


def iter_results(articles: Iterable[Article], *, jobs: int = 1, include_background: bool = False,
                 keep_mentions: bool = False) -> Iterator[ArticleResult]:
    """Process articles in input order, on ``jobs`` processes."""
    if jobs <= 1:
        _init_worker(include_background, keep_mentions)
        for chunk in _chunks(articles, CHUNK):
            yield from _work_chunk(chunk)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(__import__("os"), "fork") else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(include_background, keep_mentions)) as pool:
        for res in pool.imap(_work_chunk, _chunks(articles, CHUNK), chunksize=1):
            yield from res


def extract(paths: Sequence[str], *, published: dt.date | None = None, include_background: bool = False,
            jobs: int = 1, on_skip: Callable | None = None,
            on_mentions: Callable[[list[Mention]], None] | None = None,
            progress: bool = False) -> ExtractResult:
    """Run the pipeline on every article under ``paths``.

    Parameters
    ----------
    paths:
        Files (.txt, .jsonl) or directories.
    published:
        Publication date for articles that carry none (``--published``).
    include_background:
        Keep history/context events (``background=True``).
    jobs:
        Worker processes.
    on_skip:
        Called with each ``geo_tracker.ingest.Skipped`` bad article.
    on_mentions:
        Called with each article's mentions (for ``--mentions``).

    Example
    -------
    >>> res = extract(["seeds"])                      # doctest: +SKIP
    >>> res.summary()                                 # doctest: +SKIP
    """
    from geo_tracker.dedup import dedup
    from geo_tracker.ingest import iter_articles

    t0 = time.perf_counter()
    skipped: list = []

    def _skip(s) -> None:
        skipped.append(s)
        if on_skip:
            on_skip(s)

    articles = iter_articles(paths, published=published, on_skip=_skip)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=__import__("sys").stderr, leave=False)
    raw: list[Event] = []
    n_art = n_men = 0
    for res in iter_results(articles, jobs=jobs, include_background=include_background,
                            keep_mentions=True):
        n_art += 1
        n_men += len(res.mentions)
        raw.extend(res.events)
        if on_mentions:
            on_mentions(res.mentions)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    events = dedup(raw)
    return ExtractResult(events=events, articles=n_art, skipped=skipped, mentions=n_men,
                         raw_events=len(raw), seconds=time.perf_counter() - t0)
