"""The whole pipeline: ingest → geoparse → events → dedup, on one or several processes.

``extract`` streams articles (a 1M-line JSONL is never loaded whole), processes them in
chunks — in this process or in ``jobs`` worker processes, each loading the gazetteer once — and
merges duplicates at the end. Only events are kept for the final dedup; mentions are counted,
and handed to ``on_mentions`` article by article when asked, never accumulated here. Output order
and ids do not depend on ``jobs`` or on the engine.

Engines
-------
``local`` (default)
    this process (``jobs=1``) or a pool of ``jobs`` processes (forked; from a forkserver when
    other threads are alive, see :func:`_pool_context`), results in input order.
``dask``
    one dask task per input file (a directory of JSONL parts, a glob, or many ``.txt`` files,
    grouped by :data:`DASK_TXT_BATCH`), on a ``distributed`` cluster (``scheduler`` = its
    address, e.g. ``tcp://scheduler-host:8786``), a new ``LocalCluster`` of ``jobs`` worker processes
    (``scheduler=None``), or dask's own ``"sync"``/``"processes"``/``"threads"`` schedulers.
    Results are gathered in file order, so the raw events come in the same order as with the
    local engine and the final dedup gives the same events and ids.

Incremental runs
----------------
With ``append=STORE.gpkg`` (:mod:`geo_tracker.store`) articles already in the store (by content
hash of text + published) are not processed again; new event reports are deduplicated against
the stored events, which come first and so keep their ids; the store is replaced atomically.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import glob as _glob
import itertools
import logging
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from geo_tracker.errors import GeoTrackerError, InputError
from geo_tracker.models import Article, Event, Mention

log = logging.getLogger(__name__)
CHUNK = 64
#: ``.txt`` files per dask task (JSONL files are one task each).
DASK_TXT_BATCH = 256
ENGINES = ("local", "dask")


@dataclass
class ArticleResult:
    article_id: str
    events: list[Event]
    mentions: list[Mention]
    n_mentions: int = 0
    error: str | None = None        # an internal error on this article: it is skipped (exit 2)


@dataclass
class ExtractResult:
    """What ``extract`` produced, with a run summary.

    ``articles`` counts the articles read, ``processed`` those geoparsed (fewer with
    ``append`` when some were already in the store: ``already_seen``), ``stored_events`` the
    events the store held before the run; ``dedup_seconds`` the part of ``seconds`` spent in
    the final :func:`geo_tracker.dedup.dedup`.
    """

    events: list[Event]
    articles: int = 0
    skipped: list = field(default_factory=list)
    mentions: int = 0
    raw_events: int = 0
    seconds: float = 0.0
    processed: int = 0
    already_seen: int = 0
    stored_events: int = 0
    store: str | None = None
    engine: str = "local"
    dedup_seconds: float = 0.0

    def summary(self) -> str:
        def n(k: int, word: str) -> str:
            return f"{k} {word}" + ("" if k == 1 else "s")

        s = (f"{n(self.articles, 'article')} read, {len(self.skipped)} skipped, {n(self.mentions, 'mention')}, "
             f"{n(self.raw_events, 'event report')} → {n(len(self.events), 'event')} in {self.seconds:.2f} s")
        if self.store is not None:
            s += (f" (store {self.store}: {self.already_seen} articles already seen, "
                  f"{self.processed} processed; {self.stored_events} stored events before)")
        return s


def process_article(article: Article, gazetteer=None, include_background: bool = False,
                    keep_mentions: bool = False) -> ArticleResult:
    """Geoparse one article and extract its events (not deduplicated)."""
    from geo_tracker.events import extract_events
    from geo_tracker.geoparse import geoparse

    mentions = geoparse(article, gazetteer)
    events = extract_events(article, mentions, include_background=include_background, gazetteer=gazetteer)
    return ArticleResult(article.id, events, mentions if keep_mentions else [], len(mentions))


_WORKER: dict = {}


def _init_worker(include_background: bool, keep_mentions: bool) -> None:
    from geo_tracker.gazetteer import load_default

    _WORKER["gaz"] = load_default()
    _WORKER["bg"] = include_background
    _WORKER["km"] = keep_mentions


def _init_pool_worker(include_background: bool, keep_mentions: bool) -> None:
    # Ctrl-C is the parent's to handle (it stops the pool); a worker that died of it would leave
    # its task unfinished and the parent waiting for it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(include_background, keep_mentions)


def _pool_context():
    """The multiprocessing context for the local pool.

    ``fork`` is fastest (workers share the parent's loaded modules) but is only safe while this
    process has a single thread: a child forked while another thread holds a lock (logging, the
    import lock, a queue's) can wait on it forever. With other threads alive (a dask client's, a
    notebook's), workers come from a ``forkserver`` started clean, with geo_tracker preloaded.
    """
    import multiprocessing as mp
    import threading

    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["geo_tracker.pipeline", "geo_tracker.geoparse", "geo_tracker.events"])
        return ctx
    return mp.get_context("spawn")


def _safe_process(art: Article, gaz, bg: bool, km: bool) -> ArticleResult:
    try:
        return process_article(art, gaz, bg, km)
    except Exception as e:  # noqa: BLE001 - one bad article must not stop a run; it is skipped
        log.debug("article %s failed", art.id, exc_info=True)
        return ArticleResult(art.id, [], [], error=f"internal error ({type(e).__name__}: {e}); "
                                                   "please report it with this article")


def _work_chunk(chunk: list[Article]) -> list[ArticleResult]:
    return [_safe_process(art, _WORKER["gaz"], _WORKER["bg"], _WORKER["km"]) for art in chunk]


def _chunks(it: Iterable[Article], n: int) -> Iterator[list[Article]]:
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk


def iter_results(articles: Iterable[Article], *, jobs: int = 1, include_background: bool = False,
                 keep_mentions: bool = False) -> Iterator[ArticleResult]:
    """Process articles in input order, on ``jobs`` processes.

    At most about ``4 * jobs`` chunks are in flight, so a fast reader never piles up articles
    in memory ahead of slow workers. A caller that stops early (``islice``, ``break``) waits for
    the chunks in flight, then the pool closes. With ``jobs > 1`` the workers may come from a
    forkserver (:func:`_pool_context`): call this from under ``if __name__ == "__main__":``.

    >>> from geo_tracker.ingest import iter_articles
    >>> [r.article_id for r in iter_results(iter_articles(["seeds"]), jobs=2)]  # doctest: +SKIP
    """
    if jobs <= 1:
        _init_worker(include_background, keep_mentions)
        for chunk in _chunks(articles, CHUNK):
            yield from _work_chunk(chunk)
        return
    ctx = _pool_context()
    pool = ctx.Pool(jobs, initializer=_init_pool_worker, initargs=(include_background, keep_mentions))
    pending: list = []
    finished = False
    try:
        # Pool.imap would consume the whole input eagerly (its task feeder thread reads ahead
        # without limit); a bounded window of apply_async keeps memory flat on huge inputs.
        window = 4 * jobs
        for chunk in _chunks(articles, CHUNK):
            pending.append(pool.apply_async(_work_chunk, (chunk,)))
            if len(pending) >= window:
                yield from pending.pop(0).get()
        while pending:
            yield from pending.pop(0).get()
        finished = True
    except GeneratorExit:
        # The caller stopped early (islice, break). Let the chunks in flight finish, at most
        # ``window`` of them, and close the pool: Pool.terminate() with tasks in flight kills
        # workers that may hold a queue's lock and can then hang forever (CPython's Pool).
        for p in pending:
            p.wait()
        finished = True
        raise
    finally:
        if finished:
            pool.close()
            pool.join()
        else:                       # an error or Ctrl-C: stop now
            pool.terminate()
            pool.join()


# --------------------------------------------------------------------------------------------
# dask engine


def input_files(paths: Sequence[str | os.PathLike], on_skip: Callable | None = None) -> list[str]:
    """The article files under ``paths`` in the order :func:`geo_tracker.ingest.iter_articles`
    reads them (directories walked and sorted, each file once); a path with a glob pattern
    (``parts/*.jsonl``) is expanded and sorted."""
    from geo_tracker.ingest import Skipped, walk_inputs

    skip = on_skip or (lambda s: log.warning("skipped %s", s))
    out: list[str] = []
    seen: set[str] = set()
    for p in map(os.fspath, paths):
        if os.path.isdir(p):
            files = walk_inputs(p, skip)
            if not files:
                skip(Skipped(p, None, None, "no .txt or .jsonl file in this directory"))
        elif not os.path.exists(p) and _glob.has_magic(p):
            files = sorted(_glob.glob(p))
            if not files:
                raise InputError(f"{p}: no file matches this pattern")
        else:
            files = [p]
        for f in files:
            key = os.path.realpath(f)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _partitions(files: list[str]) -> list[list[str]]:
    """One partition per JSONL file; consecutive .txt files grouped by DASK_TXT_BATCH."""
    parts: list[list[str]] = []
    txt: list[str] = []
    for f in files:
        if f.lower().endswith(".jsonl"):
            if txt:
                parts.append(txt)
                txt = []
            parts.append([f])
        else:
            txt.append(f)
            if len(txt) >= DASK_TXT_BATCH:
                parts.append(txt)
                txt = []
    if txt:
        parts.append(txt)
    return parts


def _dask_partition(files: list[str], seen: frozenset | None, *, published: dt.date | None,
                    include_background: bool, keep_mentions: bool, hashes: bool) -> dict:
    """Run on a dask worker: read ``files`` with the same reader as the local engine and
    process every article (except those whose hash is in ``seen``)."""
    from geo_tracker.gazetteer import load_default
    from geo_tracker.ingest import Skipped, iter_articles
    from geo_tracker.store import article_hash

    gaz = load_default()
    skipped: list = []
    results: list[tuple] = []
    n_read = already = 0
    for f in files:
        before = len(skipped)
        try:
            for art in iter_articles([f], published=published, on_skip=skipped.append):
                n_read += 1
                h = article_hash(art) if hashes else None
                if seen is not None and h in seen:
                    already += 1
                    continue
                meta = (h, art.id, art.path, art.published.isoformat() if art.published else None)
                results.append((meta, _safe_process(art, gaz, include_background, keep_mentions)))
        except InputError as e:
            if len(skipped) == before:      # a bad file, not the "nothing readable" summary
                msg = str(e)
                reason = msg[len(f) + 2:] if msg.startswith(f + ": ") else msg
                skipped.append(Skipped(f, None, None, reason))
    return {"results": results, "skipped": skipped, "read": n_read, "already": already}


def _check_reachable(address: str) -> None:
    """Fail fast with one line when nothing listens at a ``tcp://host:port`` address."""
    import socket
    from urllib.parse import urlsplit

    u = urlsplit(address if "://" in address else "tcp://" + address)
    if u.scheme != "tcp" or not u.hostname or not u.port:
        return                      # tls://, inproc:// …: let distributed judge
    try:
        socket.create_connection((u.hostname, u.port), timeout=5).close()
    except OSError as e:
        raise GeoTrackerError(f"cannot reach the dask scheduler at {address}: "
                              f"{e.strerror or e}") from None


def _dask_iter(parts: list[list[str]], scheduler: str | None, jobs: int, kw: dict,
               seen: frozenset | None) -> Iterator[dict]:
    """Yield the partitions' outputs (:func:`_dask_partition`) in partition order, with a
    bounded number of partitions in flight."""
    import dask

    if scheduler in ("sync", "synchronous", "threads", "processes"):
        name = "sync" if scheduler == "synchronous" else scheduler
        seen_d = dask.delayed(seen, pure=True, traverse=False) if seen is not None else None
        tasks = [dask.delayed(_dask_partition, pure=False)(p, seen_d, **kw) for p in parts]
        step = max(1, 2 * jobs)
        for k in range(0, len(tasks), step):
            yield from dask.compute(*tasks[k:k + step], scheduler=name,
                                    **({"num_workers": jobs} if name != "sync" else {}))
        return
    from distributed import Client, LocalCluster

    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger("distributed").setLevel(logging.WARNING)   # no INFO chatter on stderr
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        client = Client(cluster)
    else:
        _check_reachable(scheduler)
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as e:
            raise GeoTrackerError(f"cannot reach the dask scheduler at {scheduler}: {e}") from None
    try:
        seen_f = client.scatter(seen, broadcast=True) if seen is not None else None
        n_workers = len(client.scheduler_info().get("workers", {}))
        window = max(2, 2 * (n_workers or jobs))
        it = iter(parts)
        futs = [client.submit(_dask_partition, p, seen_f, pure=False, **kw)
                for p in itertools.islice(it, window)]
        while futs:
            f = futs.pop(0)
            out = f.result()
            f.release()
            nxt = next(it, None)
            if nxt is not None:
                futs.append(client.submit(_dask_partition, nxt, seen_f, pure=False, **kw))
            yield out
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------------------------
# the pipeline


def extract(paths: Sequence[str], *, published: dt.date | None = None, include_background: bool = False,
            jobs: int = 1, on_skip: Callable | None = None,
            on_mentions: Callable[[list[Mention]], None] | None = None,
            progress: bool = False, append: str | os.PathLike | None = None,
            engine: str = "local", scheduler: str | None = None) -> ExtractResult:
    """Run the pipeline on every article under ``paths``.

    Parameters
    ----------
    paths:
        Files (.txt, .jsonl) or directories (with ``engine="dask"`` also glob patterns).
    published:
        Publication date for articles that carry none (``--published``).
    include_background:
        Keep history/context events (``background=True``).
    jobs:
        Worker processes (local engine: a process pool, see :func:`_pool_context`; dask without ``scheduler``: a LocalCluster
        of ``jobs`` workers).
    on_skip:
        Called with each ``geo_tracker.ingest.Skipped`` bad article.
    on_mentions:
        Called with each article's mentions (for ``--mentions``); mentions are not kept
        otherwise.
    progress:
        Show a tqdm bar on stderr.
    append:
        A GeoPackage store (:mod:`geo_tracker.store`): skip articles already in it, merge new
        events into its events (stored ids kept) and write it back atomically. The returned
        ``events`` are the full merged list.
    engine, scheduler:
        ``"local"`` or ``"dask"``; for dask, a scheduler address (``tcp://host:8786``), None
        for a new LocalCluster, or ``"sync"``/``"processes"``/``"threads"``.

    Example
    -------
    >>> res = extract(["seeds"])                      # doctest: +SKIP
    >>> res.summary()                                 # doctest: +SKIP
    >>> res = extract(["news/"], append="store.gpkg", jobs=2)   # doctest: +SKIP
    >>> res.already_seen, res.processed                          # doctest: +SKIP
    """
    from geo_tracker.dedup import dedup

    if engine not in ENGINES:
        raise GeoTrackerError(f"unknown engine {engine!r} (use one of: {', '.join(ENGINES)})")
    t0 = time.perf_counter()
    skipped: list = []

    def _skip(s) -> None:
        skipped.append(s)
        if on_skip:
            on_skip(s)

    keep_mentions = on_mentions is not None
    up = None
    if append is not None:
        from geo_tracker.store import StoreUpdate

        up = StoreUpdate(append)
    with (up if up is not None else contextlib.nullcontext()):
        stored = up.stored_events() if up is not None else []
        raw: list[Event] = []
        counts = {"read": 0, "processed": 0, "mentions": 0, "already": 0}

        def take(res: ArticleResult) -> None:
            if res.error is not None:
                from geo_tracker.ingest import Skipped

                _skip(Skipped(res.article_id, res.article_id, None, res.error))
                return
            counts["processed"] += 1
            counts["mentions"] += len(res.mentions) if keep_mentions else res.n_mentions
            raw.extend(res.events)
            if on_mentions:
                on_mentions(res.mentions)

        if engine == "local":
            _run_local(paths, published, include_background, jobs, keep_mentions, _skip, up,
                       counts, take, progress)
        else:
            _run_dask(paths, published, include_background, jobs, keep_mentions, _skip, up,
                      counts, take, progress, scheduler)
        t_dedup = time.perf_counter()
        events = dedup(stored + raw)
        t_dedup = time.perf_counter() - t_dedup
        if up is not None:
            up.commit(events)
    return ExtractResult(events=events, articles=counts["read"], skipped=skipped,
                         mentions=counts["mentions"], raw_events=len(raw),
                         seconds=time.perf_counter() - t0, processed=counts["processed"],
                         already_seen=up.already_seen if up is not None else 0,
                         stored_events=len(stored), engine=engine, dedup_seconds=t_dedup,
                         store=os.fspath(append) if append is not None else None)


@contextlib.contextmanager
def _progress(progress: bool, unit: str, total: int | None = None) -> Iterator[Callable[[], None]]:
    """A tqdm bar on stderr (when ``progress``), closed however the run ends; yields ``tick``."""
    if not progress:
        yield lambda: None
        return
    from tqdm import tqdm

    bar = tqdm(unit=unit, total=total, file=sys.stderr, leave=False, smoothing=0.1)
    try:
        yield lambda: bar.update(1)
    finally:
        bar.close()


def _run_local(paths, published, include_background, jobs, keep_mentions, skip, up, counts,
               take, progress) -> None:
    from geo_tracker.ingest import iter_articles

    def counted(it: Iterable[Article]) -> Iterator[Article]:
        for a in it:
            counts["read"] += 1
            yield a

    articles: Iterable[Article] = counted(iter_articles(paths, published=published, on_skip=skip))
    if up is not None:
        articles = up.iter_new(articles, chunk=CHUNK)
    with _progress(progress, "article") as tick:
        for res in iter_results(articles, jobs=jobs, include_background=include_background,
                                keep_mentions=keep_mentions):
            take(res)
            tick()


def _run_dask(paths, published, include_background, jobs, keep_mentions, skip, up, counts,
              take, progress, scheduler) -> None:
    plist = [os.fspath(p) for p in paths]
    if not plist:
        raise InputError("no input path given")
    n_skipped = [0]
    outer_skip = skip

    def skip(s) -> None:
        n_skipped[0] += 1
        outer_skip(s)

    files = input_files(plist, skip)
    if len(files) == 1 and files[0].lower().endswith(".jsonl"):
        log.warning("%s: one JSONL file is one dask task; split it into parts "
                    "(e.g. `split -l 10000`) to spread it over workers", files[0])
    parts = _partitions(files)
    seen = frozenset(up.seen_hashes()) if up is not None else None
    kw = {"published": published, "include_background": include_background,
          "keep_mentions": keep_mentions, "hashes": up is not None}
    with _progress(progress, "part", total=len(parts)) as tick:
        for out in _dask_iter(parts, scheduler, jobs, kw, seen):
            for s in out["skipped"]:
                skip(s)
            counts["read"] += out["read"]
            if up is not None:
                up.already_seen += out["already"]
                # an article repeated in two parts of this run is processed once, as locally
                new = up.filter_hashed([meta for meta, _ in out["results"]])
                keep = [r for ok, (_, r) in zip(new, out["results"]) if ok]
            else:
                keep = [r for _, r in out["results"]]
            for r in keep:
                take(r)
            tick()
    if counts["read"] == 0:
        raise InputError(f"no article could be read from {', '.join(plist)}"
                         + (f" ({n_skipped[0]} skipped)" if n_skipped[0] else ""))
