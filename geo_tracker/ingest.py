"""Read news articles from ``.txt`` files, ``.jsonl`` files and directories.

An input PATH is one of

* a ``.txt`` file: one article; id = the file's stem. It may start with a metadata header
  (``date 2026-02-13``, ``published: 2025-12-20``, ``source: <url>``, ``url:``, ``title:``, or the
  Arabic ``التاريخ:``, ``المصدر:``, ``العنوان:``, ``الرابط:``) ending at the first blank line.
* a ``.jsonl`` file: one article per line, ``{"id", "text", "published"?, "source"?, "url"?,
  "title"?}``; id = ``id`` (``<stem>:<line>`` when missing). Streamed line by line.
* a directory: every ``.txt`` / ``.jsonl`` file below it, recursively, in sorted order (hidden
  files and directories, whose names start with ".", are left out; other suffixes are ignored).

An explicit file with another suffix is read as text. The article body (``Article.text``) is the
decoded content after the header as scrapers deliver it, cleaned in three ways only
(:func:`clean_body`): HTML entities are decoded and line-break tags become line breaks ("&quot;",
"<br>"); a line break inside a sentence, after a word no sentence ends on ("على\nقرية"), becomes a
blank; "اقرأ أيضاً:" lines and a closing block of related headlines ("مواضيع ذات صلة") are
dropped. Mention offsets index into this body.

Publication date precedence: header / JSONL ``published`` > a dateline in the body
(``geo_tracker.dates.find_dateline``) > the ``published`` argument (CLI ``--published``).
``Article.published_from`` records which one ("header", "jsonl", "dateline", "flag"); with none
of them ``published`` is None (never today's date).

Errors. When the only input is one file named directly, a problem with it (missing, not a
regular file, unreadable, empty, whitespace only, binary, undecodable, too large) raises
:class:`~geo_tracker.errors.InputError` with one line naming the file. In a multi-article run (a
directory, several paths, a JSONL file) each bad article is reported to ``on_skip`` as a
:class:`Skipped` (or logged as a warning when no callback is given) and the run goes on.
If in the end not one article could be read, :class:`InputError` is raised (exit 1): an empty
output would hide the problem.

Limits: a ``.txt`` file over ``MAX_TXT_BYTES`` (64 MiB) is refused; a ``.txt`` article is read
whole (peak memory about 4x its size while decoding). JSONL is streamed line by line; a line
over ``MAX_JSONL_LINE_BYTES`` (16 MiB) is skipped without being held in memory. Valid UTF-8
never goes through charset detection.

Example
-------
>>> from geo_tracker.ingest import iter_articles
>>> for art in iter_articles(["seeds/"]):                        # doctest: +SKIP
...     print(art.id, art.published, art.published_from)
"""
from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import sys
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from geo_tracker.errors import InputError
from geo_tracker.models import Article

log = logging.getLogger(__name__)

#: Suffixes collected from directories; an explicit file with another suffix is read as text.
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)

#: A ``.txt`` article larger than this is refused (no news article comes near it; reading it
#: whole would only waste memory and geoparsing time).
MAX_TXT_BYTES = 64 * 1024 * 1024
#: A JSONL line longer than this is skipped without being held in memory.
MAX_JSONL_LINE_BYTES = 16 * 1024 * 1024
#: A header is looked for in the first lines only.
MAX_HEADER_LINES = 30
MAX_HEADER_LINE_CHARS = 4000

# File signatures of common binary formats, to name what the user gave us.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (docx/xlsx/odt?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database (GeoPackage?)"),
    (b"\xd0\xcf\x11\xe0", "an old MS Office document"),
    (b"\x7fELF", "an executable"),
    (b"PAR1", "a Parquet file"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_ARABIC_ENCODINGS = {"cp1256", "iso8859_6", "cp864", "cp720", "mac_arabic"}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")
# A valid UTF-8 two-byte sequence of the Arabic block: its share among the high bytes tells
# "UTF-8 with a few broken bytes" (which must not be re-read as cp1256 mojibake) from cp1256.
_UTF8_ARABIC_PAIR = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")

# Header keys (compared case-insensitively, without a trailing colon) → canonical key.
_HEADER_KEYS = {
    "date": "published", "published": "published", "pubdate": "published",
    "published_at": "published", "publication date": "published", "datetime": "published",
    "التاريخ": "published", "تاريخ النشر": "published", "تاريخ": "published",
    "source": "source", "المصدر": "source",
    "url": "url", "link": "url", "الرابط": "url",
    "title": "title", "headline": "title", "العنوان": "title",
    "author": "author", "الكاتب": "author",
}
_KEY_ALT = "|".join(sorted((re.escape(k) for k in _HEADER_KEYS), key=len, reverse=True))
# "key: value" (any key) or "key value" (English date/url keys only, value checked below).
_HEADER_LINE = re.compile(rf"^[ \t\u200f\u200e]*(?P<key>{_KEY_ALT})[ \t]*(?P<colon>[:：])?[ \t]*(?P<value>.*?)[ \t\r]*$",
                          re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_DMY_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_EOL = re.compile(r"\r\n?|\n")   # also old Mac CR-only files

# ---------------------------------------------------------------- the body as scrapers deliver it

# an HTML entity ("&quot;", "&#1605;", "&nbsp;"), and a tag that breaks a line
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_BREAK_TAG_RE = re.compile(r"<\s*/?\s*(?:br|p|div|li|h[1-6])\b[^<>]{0,200}>", re.IGNORECASE)
_OTHER_TAG_RE = re.compile(r"<\s*/?\s*(?:span|strong|b|i|em|a|u|font)\b[^<>]{0,300}>", re.IGNORECASE)
# a line break no sentence ends at: after "و" alone, a preposition, a place's kind word or a comma,
# before a letter ("بقصف مدفعي على\nقرية معرزاف", "قرى كنصفرة و\nالبارة")
_DANGLING_BREAK_RE = re.compile(
    r"(?:(?<=[\s\u00a0])|^)(?:و|في|على|علي|من|إلى|الى|عن|مع|بين|قرب|نحو|عند|لدى|ضد|حول|منذ|حتى|جراء|إثر|اثر|"
    r"بعد|قبل|خلال|قرية|قريه|قرى|قريتي|بلدة|بلده|بلدات|بلدتي|مدينة|مدينه|حي|أحياء|احياء|حيي|ريف|منطقة|منطقه|"
    r"مخيم|محيط|أطراف|اطراف)[ \t\u00a0]*\n(?=[ \t\u00a0]*[\u0621-\u064A])"
    r"|[،,][ \t\u00a0]*\n(?=[ \t\u00a0]*[\u0621-\u064A])", re.MULTILINE)
# a line pointing to another article ("اقرأ أيضاً: غارات على معرة النعمان", or the headline on the line
# after a bare "اقرأ أيضاً:"), and the heading of a block of related headlines ("مواضيع ذات صلة"),
# which runs to the end
_READ_ALSO_RE = re.compile(r"^[ \t\u00a0]*[-•*]?[ \t\u00a0]*(?:اقرأ|إقرأ|اقرا|إقرا|طالع|شاهد|تابع)[ \t\u00a0]*"
                           r"(?:أيضاً|أيضا|ايضاً|ايضا|أيضًا|كذلك)[ \t\u00a0]*[:：]?[ \t\u00a0]*\n?[^\n]*(?:\n|$)", re.MULTILINE)
_RELATED_RE = re.compile(r"^[ \t\u00a0]*(?:مواضيع|مواد|أخبار|اخبار|مقالات|قصص|روابط|تقارير)[ \t\u00a0]+"
                         r"(?:ذات[ \t\u00a0]+صلة|ذات[ \t\u00a0]+علاقة|متعلقة|مشابهة|مرتبطة)[ \t\u00a0]*[:：]?[ \t\u00a0]*$",
                         re.MULTILINE)
RELATED_LINE_MAX_CHARS = 160   # a related headline is short; a longer line is the article again


def clean_body(text: str) -> str:
    r"""The article's text as it reads, from the body a scraper or a feed delivered.

    HTML entities are decoded and the tags that break a line become line breaks ("&quot;قسد&quot;"
    is «"قسد"»: the entity's ";" would end a clause); a line break after a word no sentence
    ends on is a blank ("بقصف مدفعي على\nقرية معرزاف" is one sentence); a line pointing to another
    article ("اقرأ أيضاً: …") and a block of related headlines ("مواضيع ذات صلة" and the short
    lines after it) are dropped: their acts are other articles' news. Anything else is kept as
    written.

    >>> clean_body("قصفت &quot;قسد&quot; تل رفعت<br>اقرأ أيضاً: خبر آخر\nوقتل شخصان في\nالبلدة")
    'قصفت "قسد" تل رفعت\nوقتل شخصان في البلدة'
    """
    if "&" in text or "<" in text:
        import html

        text = _BREAK_TAG_RE.sub("\n", text)
        text = _OTHER_TAG_RE.sub("", text)
        if _ENTITY_RE.search(text):
            text = html.unescape(text)
    if "\n" not in text:
        return text
    text = _READ_ALSO_RE.sub("", text)
    m = _RELATED_RE.search(text)
    if m is not None:
        end = m.end()
        for line in re.finditer(r"[^\n]*(?:\n|$)", text[end:]):
            if len(line.group().strip()) > RELATED_LINE_MAX_CHARS or not line.group():
                break
            end += len(line.group())
        text = text[:m.start()] + text[end:]
    return _DANGLING_BREAK_RE.sub(lambda b: b.group().replace("\n", " "), text)


@dataclass(frozen=True)
class Skipped:
    """One article (or file, or JSONL line) that could not be read, and why."""

    path: str
    article_id: str | None
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line is not None else "")
        ident = f" ({self.article_id})" if self.article_id and self.line is not None else ""
        return f"{where}{ident}: {self.reason}"


class _Bad(Exception):
    """Internal: one article cannot be read; carries the reason (no path)."""


# --------------------------------------------------------------------------------------------
# decoding


def decode_bytes(data: bytes, name: str) -> str:
    """Decode an article's bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, or an
    Arabic legacy code page (cp1256…) when charset-normalizer is confident about it.

    Valid UTF-8 takes the fast path (no detection). Binary data (a known file signature or NUL
    bytes) and anything else raise :class:`InputError` naming ``name``.

    >>> decode_bytes("قصف جوي على مدينة حمص".encode("cp1256"), "a.txt")
    'قصف جوي على مدينة حمص'
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: not {enc.upper()} text despite its byte-order mark "
                                 f"(invalid data at byte {e.start + len(bom)})") from None
            return text
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: binary file ({what}), not text")
    nul = data.count(b"\x00", 0, 1 << 16)
    if nul:
        head = data[:1 << 16]
        # UTF-16 of Arabic/ASCII text: every other byte is 0x00 or 0x06 (the Arabic block).
        half = max(len(head) // 2, 1)
        utf16 = any(h.count(0) + h.count(6) >= 0.9 * half for h in (head[0::2], head[1::2]))
        hint = " — UTF-16 text without a byte-order mark? save it as UTF-8" if utf16 else ""
        raise InputError(f"{name}: binary file (contains NUL bytes{hint}), not text")
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        err = e
    text = _decode_arabic_legacy(data)
    if text is not None:
        return text
    raise InputError(f"{name}: not UTF-8 text (invalid byte 0x{data[err.start]:02x} at offset "
                     f"{err.start}; not a recognisable Arabic code page either)")


def _decode_arabic_legacy(data: bytes) -> str | None:
    """Return ``data`` decoded from an Arabic code page, or None when that is not confident."""
    high = len(_HIGH_BYTE.findall(data, 0, 1 << 20))
    if high and len(_UTF8_ARABIC_PAIR.findall(data, 0, 1 << 20)) * 2 >= high * 0.6:
        return None  # mostly valid UTF-8 Arabic with a few broken bytes: cp1256 would be mojibake
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding not in _ARABIC_ENCODINGS or best.chaos > 0.2:
        return None
    text = str(best)
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    if not letters or len(_ARABIC_LETTER.findall(sample)) < 0.6 * letters:
        return None
    return text


# --------------------------------------------------------------------------------------------
# header


def _header_line(line: str) -> tuple[str, str, str] | None:
    """Parse one header line → (canonical key, value, rest) or None when it is not metadata."""
    if len(line) > MAX_HEADER_LINE_CHARS:
        return None
    m = _HEADER_LINE.match(line)
    if not m:
        return None
    key = _HEADER_KEYS[m.group("key").lower()]
    value = m.group("value")
    rest = ""
    if key == "published":
        dm = _ISO_DATE.match(value) or _DMY_DATE.match(value)
        if dm:
            rest = value[dm.end():].strip()
            rest = rest.lstrip("-–—|:").strip()
            value = dm.group(0)
        elif not m.group("colon"):
            return None           # "date ..." without a colon must be followed by a date
    elif not m.group("colon"):
        # "source http://…" / "url http://…" without a colon; no other colon-less form, so a
        # sentence that happens to start with "المصدر" is not mistaken for metadata.
        if key not in ("source", "url") or not _URL.fullmatch(value):
            return None
    if m.group("colon") and not value and key != "published":
        return None
    return key, value, rest


def parse_header(content: str) -> tuple[dict[str, str], str]:
    """Split a ``.txt`` article into (metadata, body).

    The header is the run of metadata lines at the top (leading blank lines allowed), ending at
    the first blank line (or directly at the first non-metadata line). Keys are canonical:
    ``published`` (raw date text), ``source``, ``url``, ``title``, ``author``, and ``summary``
    for text following the date on a line such as ``date 2026-02-13 - <summary>``. When the
    first non-blank line is not metadata there is no header and the body is the whole content.
    The body is returned exactly as written (a leading BOM removed).

    >>> parse_header("date 2026-02-13 - summary\\n\\nالنص")
    ({'published': '2026-02-13', 'summary': 'summary'}, 'النص')
    >>> parse_header("title: x\\nالنص")
    ({'title': 'x'}, 'النص')
    >>> parse_header("قصف\\n\\nالنص")
    ({}, 'قصف\\n\\nالنص')
    """
    if content.startswith("\ufeff"):
        content = content[1:]
    meta: dict[str, str] = {}
    pos = 0
    n = len(content)
    seen_meta = False
    body_start = 0
    for _ in range(MAX_HEADER_LINES + 1):
        if pos >= n:
            body_start = n if seen_meta else 0
            break
        eol = _EOL.search(content, pos, pos + MAX_HEADER_LINE_CHARS + 2)
        end = n if eol is None else eol.end()
        line = content[pos:end if eol is None else eol.start()]
        if not line.strip():
            if seen_meta:         # the blank line that ends the header
                body_start = end
                break
            pos = end             # blank lines before the header
            continue
        parsed = _header_line(line)
        if parsed is None:
            body_start = pos if seen_meta else 0
            break
        key, value, rest = parsed
        seen_meta = True
        meta.setdefault(key, value)
        if rest:
            meta.setdefault("summary", rest)
        pos = end
    else:
        body_start = 0            # too many "metadata" lines: not a header
        meta = {}
    if not seen_meta:
        return {}, content
    return meta, content[body_start:]


def _parse_published(value: object) -> dt.date | None:
    """A header / JSONL date value → date (ISO first, then ``geo_tracker.dates.parse_date``)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    m = _ISO_DATE.fullmatch(s) or _ISO_DATE.match(s)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    from geo_tracker.dates import parse_date  # "20/12/2025", "20 ديسمبر 2025", ...

    return parse_date(s)


def _resolve_published(explicit: dt.date | None, explicit_from: str, body: str,
                       flag: dt.date | None) -> tuple[dt.date | None, str | None]:
    if explicit is not None:
        return explicit, explicit_from
    from geo_tracker.dates import find_dateline

    d = find_dateline(body)
    if d is not None:
        return d, "dateline"
    if flag is not None:
        return flag, "flag"
    return None, None


# --------------------------------------------------------------------------------------------
# .txt files


def _os_reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file or directory"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    if isinstance(e, NotADirectoryError):
        return "a parent of this path is not a directory"
    return e.strerror or str(e)


def _check_regular(path: str) -> os.stat_result:
    """stat ``path`` and make sure it is a regular file (a FIFO would block ``open``)."""
    try:
        st = os.stat(path)
    except OSError as e:
        raise _Bad(_os_reason(e)) from None
    if stat.S_ISDIR(st.st_mode):
        raise _Bad("is a directory")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "special")
        raise _Bad(f"not a regular file ({kind})")
    return st


def _read_txt(path: str, published: dt.date | None) -> Article:
    st = _check_regular(path)
    if st.st_size > MAX_TXT_BYTES:
        raise _Bad(f"file too large for one article ({st.st_size / 1e6:.0f} MB > "
                   f"{MAX_TXT_BYTES // (1024 * 1024)} MiB)")
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_TXT_BYTES + 1)
    except OSError as e:
        raise _Bad(_os_reason(e)) from None
    if not data:
        raise _Bad("empty file")
    if len(data) > MAX_TXT_BYTES:
        raise _Bad("file too large for one article")
    try:
        content = decode_bytes(data, path)
    except InputError as e:
        raise _Bad(str(e).removeprefix(f"{path}: ")) from None
    del data
    if not content.strip():
        raise _Bad("no text (the file is only whitespace)")
    meta, body = parse_header(content)
    del content
    body = clean_body(body)
    if not body.strip():
        raise _Bad("no article text after the metadata header")
    hdr_date = _parse_published(meta.get("published"))
    if meta.get("published") and hdr_date is None:
        log.warning("%s: header date %r not understood; ignored", path, meta["published"])
    pub, pub_from = _resolve_published(hdr_date, "header", body, published)
    source = meta.get("source")
    url = meta.get("url") or (source if source and _URL.fullmatch(source) else None)
    return Article(id=Path(path).stem, text=body, published=pub, published_from=pub_from,
                   source=source, url=url, title=meta.get("title"), path=path)


def read_txt(path: str | os.PathLike, published: dt.date | None = None) -> Article:
    """Read one ``.txt`` article; raise :class:`InputError` with one clear line on any problem.

    >>> art = read_txt("seeds/000_ba1e6f737e7f29a9.txt")        # doctest: +SKIP
    >>> art.published, art.published_from                        # doctest: +SKIP
    (datetime.date(2026, 2, 13), 'header')
    """
    p = os.fspath(path)
    try:
        return _read_txt(p, published)
    except _Bad as e:
        raise InputError(f"{p}: {e}") from None


# --------------------------------------------------------------------------------------------
# .jsonl files


def _iter_lines(f: io.BufferedReader, limit: int) -> Iterator[tuple[int, bytes | bytearray | None, int]]:
    """Yield (line number, line bytes or None when over ``limit``, its length).

    Lines are read in 1 MiB pieces: a long line grows one bytearray (no join copy), and a line
    over ``limit`` is drained and dropped without ever being held whole.
    """
    chunk = 1 << 20
    lineno = 0
    while True:
        line = f.readline(chunk)
        if not line:
            return
        lineno += 1
        if len(line) < chunk or line.endswith(b"\n"):
            yield lineno, line, len(line)          # the usual case: one read, no copy
            continue
        buf: bytearray | None = bytearray(line)
        size = len(line)
        while True:
            piece = f.readline(chunk)
            size += len(piece)
            if buf is not None:
                if size > limit:
                    buf = None                     # too long: stop keeping it
                else:
                    buf += piece
            if not piece or piece.endswith(b"\n"):
                break
        yield lineno, buf, size


def _iter_text_lines(f: io.TextIOBase, limit: int) -> Iterator[tuple[int, str | None, int]]:
    """As :func:`_iter_lines` for a decoded (UTF-16/32) stream; ``limit`` in characters."""
    lineno = 0
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith("\n"):
            size = len(line)
            while True:
                chunk = f.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith("\n"):
                    break
            yield lineno, None, size
            continue
        yield lineno, line, len(line)


def _jsonl_article(obj: object, path: str, stem: str, lineno: int,
                   published: dt.date | None) -> Article:
    if not isinstance(obj, dict):
        raise _Bad(f"not a JSON object (got {type(obj).__name__})")
    raw_id = obj.get("id")
    if raw_id is None or raw_id == "":
        art_id = f"{stem}:{lineno}"
    elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        art_id = str(raw_id)
    else:
        raise _Bad(f"'id' must be a string or an integer (got {type(raw_id).__name__})")
    if "text" not in obj:
        raise _Bad(f"no 'text' field (keys: {', '.join(sorted(map(str, obj))[:8]) or 'none'})",
                   art_id)
    text = obj["text"]
    if not isinstance(text, str):
        raise _Bad(f"'text' is not a string (got {type(text).__name__})", art_id)
    text = clean_body(text)
    if not text.strip():
        raise _Bad("'text' is empty", art_id)
    raw_pub = obj.get("published")
    pub_date = _parse_published(raw_pub) if isinstance(raw_pub, str) else None
    if raw_pub not in (None, "") and pub_date is None:
        log.warning("%s:%d (%s): 'published' %r not understood; ignored", path, lineno, art_id,
                    raw_pub)
    pub, pub_from = _resolve_published(pub_date, "jsonl", text, published)

    def opt(key: str) -> str | None:
        v = obj.get(key)
        return v if isinstance(v, str) and v.strip() else None

    return Article(id=art_id, text=text, published=pub, published_from=pub_from,
                   source=opt("source"), url=opt("url"), title=opt("title"), path=path)


def _iter_jsonl(path: str, published: dt.date | None,
                skip: Callable[[Skipped], None]) -> Iterator[Article]:
    """Stream the articles of a JSONL file; bad lines go to ``skip``. Raises _Bad for the file."""
    st = _check_regular(path)
    if st.st_size == 0:
        raise _Bad("empty file")
    stem = Path(path).stem
    try:
        f = open(path, "rb")
    except OSError as e:
        raise _Bad(_os_reason(e)) from None
    with f:
        head = f.peek(4)[:4]
        for magic, what in _MAGIC:
            if head.startswith(magic[:4]):
                raise _Bad(f"binary file ({what}), not JSON Lines")
        wide = next((enc for bom, enc in _BOMS if head.startswith(bom) and enc.startswith("utf-")
                     and enc != "utf-8-sig"), None)
        if wide:
            # "utf-16"/"utf-32" codecs read and drop the byte-order mark themselves.
            tf = io.TextIOWrapper(f, encoding=wide[:6], errors="strict", newline="")
            lines: Iterator = _iter_text_lines(tf, MAX_JSONL_LINE_BYTES // 2)
        else:
            lines = _iter_lines(f, MAX_JSONL_LINE_BYTES)
        seen_any = False
        try:
            for lineno, raw, size in lines:
                if raw is None:
                    skip(Skipped(path, None, lineno, f"line too long ({size / 1e6:.1f} MB > "
                                 f"{MAX_JSONL_LINE_BYTES // (1024 * 1024)} MiB limit)"))
                    continue
                if isinstance(raw, (bytes, bytearray)):
                    if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                        raw = raw[3:]
                    if not raw.strip():
                        continue
                    if b"\x00" in raw:
                        skip(Skipped(path, None, lineno, "binary data (NUL bytes)"))
                        continue
                    try:
                        line = raw.decode("utf-8")
                    except UnicodeDecodeError as e:
                        skip(Skipped(path, None, lineno,
                                     f"not UTF-8 (invalid byte 0x{raw[e.start]:02x} at column "
                                     f"{e.start + 1})"))
                        continue
                else:
                    line = raw
                    if not line.strip():
                        continue
                del raw
                seen_any = True
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    skip(Skipped(path, None, lineno, f"not valid JSON ({e.msg} at column {e.colno})"))
                    continue
                except RecursionError:
                    skip(Skipped(path, None, lineno, "not valid JSON (nested too deeply)"))
                    continue
                del line
                try:
                    yield _jsonl_article(obj, path, stem, lineno, published)
                except _Bad as e:
                    art_id = e.args[1] if len(e.args) > 1 else None
                    skip(Skipped(path, art_id, lineno, str(e.args[0])))
        except UnicodeDecodeError as e:
            raise _Bad(f"not {wide.upper() if wide else 'UTF-8'} text ({e.reason})") from None
        except OSError as e:
            raise _Bad(_os_reason(e)) from None
        if not seen_any:
            raise _Bad("no JSON line in the file (only whitespace)")


# --------------------------------------------------------------------------------------------
# paths and directories


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def walk_inputs(root: str, skip: Callable[[Skipped], None]) -> list[str]:
    """All .txt/.jsonl files below ``root``, sorted by their path relative to it."""
    found: list[tuple[tuple[str, ...], str]] = []

    def onerror(e: OSError) -> None:
        skip(Skipped(e.filename or root, None, None, f"cannot list directory: {_os_reason(e)}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel = os.path.relpath(dirpath, root)
        parts = () if rel == "." else tuple(Path(rel).parts)
        for name in filenames:
            if name.startswith("."):
                continue
            if name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
                found.append((parts + (name,), os.path.join(dirpath, name)))
    found.sort()
    return [p for _, p in found]


def iter_articles(paths: Sequence[str | os.PathLike], published: dt.date | None = None,
                  on_skip: Callable[[Skipped], None] | None = None) -> Iterator[Article]:
    """Yield the articles of ``paths`` (``.txt`` files, ``.jsonl`` files, directories) in order.

    Parameters
    ----------
    paths : the inputs, in the order given; a directory's files are sorted.
    published : date for articles that carry none (header, JSONL field or dateline first).
    on_skip : called with a :class:`Skipped` for each bad article in a multi-article run; when
        None each is logged as a warning.

    Raises
    ------
    InputError
        When the only input is one file named directly and it cannot be read; when a sole
        directory holds no ``.txt``/``.jsonl`` file; and, after everything was tried, when not
        one article could be read.

    Example
    -------
    >>> skipped = []
    >>> arts = list(iter_articles(["seeds/", "news.jsonl"], on_skip=skipped.append))  # doctest: +SKIP
    """
    plist = [os.fspath(p) for p in paths]
    if not plist:
        raise InputError("no input path given")
    skipped: list[Skipped] = []     # only the first one is kept (a count is enough after it)
    n_skipped = 0

    def skip(s: Skipped) -> None:
        nonlocal n_skipped
        n_skipped += 1
        if not skipped:
            skipped.append(s)
        if on_skip is not None:
            on_skip(s)
        else:
            log.warning("skipped %s", s)

    single = len(plist) == 1
    seen_files: set[str] = set()
    stdin_dir = None
    if "-" in plist:
        # "-": one article or JSON Lines on stdin, spooled to a file so both readers apply
        import tempfile

        stdin_dir = tempfile.TemporaryDirectory(prefix="geo-tracker-stdin-")
        data = sys.stdin.buffer.read()
        name = "stdin.jsonl" if data.lstrip()[:1] == b"{" else "stdin.txt"
        with open(os.path.join(stdin_dir.name, name), "wb") as fh:
            fh.write(data)
        plist = [os.path.join(stdin_dir.name, name) if p == "-" else p for p in plist]
        try:
            yield from _iter_paths(plist, published, skip, single, seen_files, lambda: n_skipped, skipped)
        except InputError as e:
            raise InputError(str(e).replace(os.path.join(stdin_dir.name, name), "<stdin>")) from None
        finally:
            stdin_dir.cleanup()
        return
    yield from _iter_paths(plist, published, skip, single, seen_files, lambda: n_skipped, skipped)


def _iter_paths(plist: list[str], published, skip, single: bool, seen_files: set[str],
                n_skipped_of: Callable[[], int], skipped: list) -> Iterator[Article]:
    n_read = 0
    for p in plist:
        if os.path.isdir(p):
            files = walk_inputs(p, skip)
            if not files and single and not skipped:
                raise InputError(f"{p}: no .txt or .jsonl file in this directory")
            if not files:
                skip(Skipped(p, None, None, "no .txt or .jsonl file in this directory"))
            sole_file = False
        else:
            files = [p]
            sole_file = single
        for f in files:
            key = os.path.realpath(f)
            if key in seen_files:
                log.info("%s: given twice; read once", f)
                continue
            seen_files.add(key)
            try:
                if _is_jsonl(f):
                    for art in _iter_jsonl(f, published, skip):
                        n_read += 1
                        yield art
                else:
                    art = _read_txt(f, published)
                    n_read += 1
                    yield art
            except _Bad as e:
                if sole_file:
                    raise InputError(f"{f}: {e.args[0]}") from None
                skip(Skipped(f, None, None, str(e.args[0])))
    if n_read == 0:
        n_skipped = n_skipped_of()
        if single and n_skipped == 1 and skipped[0].line is None:
            raise InputError(str(skipped[0]))
        raise InputError(f"no article could be read from {', '.join(plist)}"
                         + (f" ({n_skipped} skipped)" if n_skipped else ""))
