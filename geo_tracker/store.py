"""The incremental store: one GeoPackage holding the events and the articles already seen.

``geo-tracker extract PATHS --append STORE.gpkg`` reads the store, processes only the articles
whose content hash (text + publication date) is not in it, deduplicates the new event reports
against the stored events (a stored event keeps its ``event_id``; a new report of it adds its
article to ``sources``) and writes the store back.

Layout (a standard GeoPackage; QGIS/ogr2ogr/geopandas read its ``events`` layer as usual):

``events``          the events layer, as written by :func:`geo_tracker.io.write_events`.
``seen_articles``   an attributes table: ``hash`` (hex BLAKE2b-128 of text + published, primary
                    key), ``article_id``, ``path``, ``published``, ``run`` (UTC time of the run
                    that added it).
``geo_tracker_store`` an attributes table of key/value metadata (``format_version``).

Writes are copy-on-write: during a run the seen hashes go to a temporary SQLite file next to
the store (so memory stays bounded however many articles a run reads); at the end the merged
events are written to a temporary GeoPackage, the seen table is copied into it, and it is moved
over the store with :func:`os.replace`. An interrupted or failed run leaves the previous store
intact and removes its temporary files.

Example
-------
>>> with StoreUpdate("events.gpkg") as up:                      # doctest: +SKIP
...     new = [a for a in articles if up.mark_seen(a)]
...     up.commit(dedup(up.stored_events() + events_of(new)))
"""
from __future__ import annotations

import contextlib
import datetime as dt
import glob
import hashlib
import os
import secrets
import sqlite3
from collections.abc import Iterable, Sequence

from geo_tracker.errors import InputError, OutputError
from geo_tracker.models import Article, Event

SEEN_TABLE = "seen_articles"
META_TABLE = "geo_tracker_store"
FORMAT_VERSION = "1"
_SEEN_COLUMNS = "hash TEXT PRIMARY KEY NOT NULL, article_id TEXT, path TEXT, published TEXT, run TEXT"


def article_hash(article: Article) -> str:
    """Content hash of an article: its text and publication date (not its id or path), so the
    same article read again from another file is recognised.

    >>> from geo_tracker.models import Article
    >>> article_hash(Article("a", "نص")) == article_hash(Article("b", "نص"))
    True
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(article.text.encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update((article.published.isoformat() if article.published else "").encode())
    return h.hexdigest()


def _is_store(path: str) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = con.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()
    return SEEN_TABLE in {r[0] for r in rows}


def check_store(path: str | os.PathLike) -> str:
    """Validate a store path before a run: ``.gpkg`` suffix, directory exists, and an existing
    file is a geo-tracker store. Returns the path as str. Raises OutputError / InputError."""
    p = os.fspath(path)
    if not p.lower().endswith(".gpkg"):
        raise OutputError(f"--append needs a GeoPackage store (.gpkg), not {p}")
    parent = os.path.dirname(os.path.abspath(p))
    if not os.path.isdir(parent):
        raise OutputError(f"cannot write {p}: no such directory {parent}")
    if os.path.exists(p):
        if not os.path.isfile(p):
            raise InputError(f"{p}: not a regular file")
        if not _is_store(p):
            raise InputError(f"{p}: not a geo-tracker store (no '{SEEN_TABLE}' table); "
                             "give a new file name or a store made by --append")
    return p


def seen_count(path: str | os.PathLike) -> int:
    """Number of articles recorded in the store (0 when it does not exist yet)."""
    p = os.fspath(path)
    if not os.path.exists(p):
        return 0
    con = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT count(*) FROM {SEEN_TABLE}").fetchone()[0]
    finally:
        con.close()


def read_store_events(path: str | os.PathLike) -> list[Event]:
    """The events of a store (or of any events GeoPackage) as Event objects, in stored order."""
    p = os.fspath(path)
    if not os.path.exists(p):
        return []
    from geo_tracker.io import read_events

    gdf = read_events(p)
    return gdf_to_events(gdf)


def gdf_to_events(gdf) -> list[Event]:
    """A canonical events GeoDataFrame (:func:`geo_tracker.io.read_events`) → Event objects."""
    import math

    from geo_tracker.models import EVENT_FIELDS

    def null(v):
        return v is None or (isinstance(v, float) and math.isnan(v)) or str(v) in ("<NA>", "nan")

    out = []
    xs, ys = gdf.geometry.x.tolist(), gdf.geometry.y.tolist()
    cols = [c for c in EVENT_FIELDS]
    for i, row in enumerate(gdf[cols].itertuples(index=False, name=None)):
        r = dict(zip(cols, row))
        for f in ("sources", "urls"):
            r[f] = tuple(r[f] or ())
        for f in ("killed", "injured"):
            r[f] = None if null(r[f]) else int(r[f])
        for f in ("time_precision", "geo_precision"):
            r[f] = int(r[f])
        r["uncertainty_km"] = float(r["uncertainty_km"])
        r["background"] = bool(r["background"])
        for f in ("target", "date_start", "date_end", "admin1"):
            r[f] = None if null(r[f]) else str(r[f])
        for f in ("event_id", "article_id", "event_type", "actor", "place_id", "place_name_ar",
                  "place_name_en", "quote", "place_kind"):
            r[f] = "" if null(r[f]) else str(r[f])
        out.append(Event(lat=float(ys[i]), lon=float(xs[i]), **r))
    return out


def _tmp(path: str, suffix: str) -> str:
    parent, base = os.path.split(os.path.abspath(path))
    return os.path.join(parent, f".{base}.{secrets.token_hex(6)}.tmp{suffix}")


def _remove(p: str) -> None:
    for q in [p, *glob.glob(glob.escape(p) + "-*")]:
        with contextlib.suppress(OSError):
            os.unlink(q)


def _replace(tmp: str, path: str) -> None:
    """fsync ``tmp`` and move it over ``path`` (keeping ``path``'s permissions)."""
    try:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None


class StoreUpdate:
    """One run's update of a store; use as a context manager. Nothing touches the store file
    until :meth:`commit`; leaving the block without committing (an error, Ctrl-C) discards the
    run and its temporary files.

    >>> with StoreUpdate("store.gpkg") as up:                   # doctest: +SKIP
    ...     fresh = up.filter_new(articles)       # marks them seen in the run's working table
    ...     up.commit(events)
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = check_store(path)
        self.existed = os.path.exists(self.path)
        self.run = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        self.added = 0
        self.already_seen = 0
        self._work = _tmp(self.path, ".sqlite")
        self._con: sqlite3.Connection | None = None
        self._lockfd: int | None = None

    # -- context ------------------------------------------------------------------------------
    def __enter__(self) -> StoreUpdate:
        self._lock()
        try:
            con = sqlite3.connect(self._work)
        except sqlite3.Error as e:
            raise OutputError(f"cannot write next to {self.path}: {e}") from None
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute(f"CREATE TABLE seen ({_SEEN_COLUMNS})")
        if self.existed:
            con.execute("ATTACH DATABASE ? AS old", (self.path,))
            con.execute(f"INSERT INTO seen SELECT hash, article_id, path, published, run "
                        f"FROM old.{SEEN_TABLE}")
            con.commit()
            con.execute("DETACH DATABASE old")
        self.stored = con.execute("SELECT count(*) FROM seen").fetchone()[0]
        self._con = con
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
        _remove(self._work)
        if self._lockfd is not None:
            os.close(self._lockfd)      # releases the lock; the empty lock file may stay
            self._lockfd = None

    def _lock(self) -> None:
        """One run at a time per store: a second concurrent run would overwrite the first's
        update (each replaces the whole file)."""
        parent, base = os.path.split(os.path.abspath(self.path))
        try:
            fd = os.open(os.path.join(parent, f".{base}.lock"), os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as e:
            raise OutputError(f"cannot write next to {self.path}: {e.strerror or e}") from None
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:          # no flock (Windows): no protection, as before
            pass
        except OSError:
            os.close(fd)
            raise OutputError(f"{self.path}: another geo-tracker run is updating this store") from None
        self._lockfd = fd

    # -- during the run -----------------------------------------------------------------------
    def stored_events(self) -> list[Event]:
        """The events already in the store (empty for a new store)."""
        return read_store_events(self.path) if self.existed else []

    def filter_new(self, articles: Sequence[Article]) -> list[Article]:
        """Return the articles not seen before (in the store or earlier in this run), in order,
        and record them as seen."""
        rows = [(article_hash(a), a.id, a.path, a.published.isoformat() if a.published else None)
                for a in articles]
        return [a for a, ok in zip(articles, self.filter_hashed(rows)) if ok]

    def filter_hashed(self, rows: Sequence[tuple[str, str, str | None, str | None]]) -> list[bool]:
        """For rows ``(hash, article_id, path, published)``: True for each not seen before (in
        the store or earlier in this run, including earlier in ``rows``), which is then
        recorded as seen."""
        con = self._con
        if con is None:
            raise RuntimeError("StoreUpdate used outside its with-block")
        hashes = [r[0] for r in rows]
        found: set[str] = set()
        for k in range(0, len(hashes), 500):
            part = hashes[k:k + 500]
            q = f"SELECT hash FROM seen WHERE hash IN ({','.join('?' * len(part))})"
            found.update(r[0] for r in con.execute(q, part))
        ok, new_rows = [], []
        for r in rows:
            if r[0] in found:
                self.already_seen += 1
                ok.append(False)
                continue
            found.add(r[0])
            ok.append(True)
            new_rows.append((*r, self.run))
        con.executemany("INSERT INTO seen VALUES (?, ?, ?, ?, ?)", new_rows)
        self.added += len(new_rows)
        return ok

    def iter_new(self, articles: Iterable[Article], chunk: int = 256):
        """Stream version of :meth:`filter_new`."""
        buf: list[Article] = []
        for a in articles:
            buf.append(a)
            if len(buf) >= chunk:
                yield from self.filter_new(buf)
                buf = []
        if buf:
            yield from self.filter_new(buf)

    def seen_hashes(self) -> set[str]:
        """All hashes seen so far (for engines that filter on remote workers)."""
        return {r[0] for r in self._con.execute("SELECT hash FROM seen")}

    # -- the end ------------------------------------------------------------------------------
    def commit(self, events: Sequence[Event]) -> None:
        """Write ``events`` (the full merged list) and the seen table to the store atomically."""
        from geo_tracker.io import write_events

        con = self._con
        if con is None:
            raise RuntimeError("StoreUpdate used outside its with-block")
        con.commit()
        out = _tmp(self.path, ".gpkg")
        try:
            write_events(list(events), out, fmt="gpkg")
            g = sqlite3.connect(out)
            try:
                g.execute("ATTACH DATABASE ? AS w", (self._work,))
                g.execute(f"CREATE TABLE {SEEN_TABLE} ({_SEEN_COLUMNS})")
                g.execute(f"INSERT INTO {SEEN_TABLE} SELECT * FROM w.seen")
                g.execute(f"CREATE TABLE {META_TABLE} (key TEXT PRIMARY KEY NOT NULL, value TEXT)")
                g.executemany(f"INSERT INTO {META_TABLE} VALUES (?, ?)",
                              [("format_version", FORMAT_VERSION), ("updated", self.run)])
                for t, desc in ((SEEN_TABLE, "articles already processed (content hashes)"),
                                (META_TABLE, "geo-tracker store metadata")):
                    g.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                              "description) VALUES (?, 'attributes', ?, ?)", (t, t, desc))
                g.commit()
                g.execute("DETACH DATABASE w")
            finally:
                g.close()
            _replace(out, self.path)
        except sqlite3.Error as e:
            _remove(out)
            raise OutputError(f"cannot write {self.path}: {e}") from None
        except BaseException:
            _remove(out)
            raise
