"""Tests for geo_tracker.ingest: real files written to tmp_path, read back."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import socket
import tempfile
import tracemalloc
from pathlib import Path

import pytest

from geo_tracker.errors import InputError
from geo_tracker.ingest import (
    MAX_JSONL_LINE_BYTES,
    Skipped,
    clean_body,
    decode_bytes,
    iter_articles,
    parse_header,
    read_txt,
)

BODY = ("أفاد مصدر محلي بأن طائرات حربية شنت غارات على مواقع في بادية السخنة بريف حمص الشرقي، "
        "ما أدى إلى مقتل ثلاثة عناصر من التنظيم.\nوأضاف المصدر أن القصف استمر ساعات.\n")
DATELINE_BODY = "دمشق 20 ديسمبر 2025 (شينخوا) أفادت وسائل إعلام سورية اليوم بأن التحالف الدولي قصف مواقع."
D = dt.date


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode(encoding)
    path.write_bytes(data)
    return path


def collect(paths, published=None):
    skipped: list[Skipped] = []
    arts = list(iter_articles(paths, published=published, on_skip=skipped.append))
    return arts, skipped


# ------------------------------------------------------------------------------------------
# headers


@pytest.mark.parametrize("header, meta", [
    ("date 2026-02-13\n\n", {"published": "2026-02-13"}),
    (" date 2026-02-13 - ملخص الخبر هنا.\n\n", {"published": "2026-02-13", "summary": "ملخص الخبر هنا."}),
    ("published: 2025-12-20\nsource: https://example.org/a?id=1\n\n",
     {"published": "2025-12-20", "source": "https://example.org/a?id=1"}),
    ("Published: 2025-12-20T10:30:00Z\n\n", {"published": "2025-12-20T10:30:00Z"}),
    ("التاريخ: 2025-12-20\nالمصدر: عنب بلدي\n\n", {"published": "2025-12-20", "source": "عنب بلدي"}),
    ("title: غارات على البادية\ndate: 2024-03-01\nurl: https://x.sy/1\n\n",
     {"title": "غارات على البادية", "published": "2024-03-01", "url": "https://x.sy/1"}),
    ("date: 20/12/2025\n\n", {"published": "20/12/2025"}),
    ("\n\ndate: 2024-01-05\n\n", {"published": "2024-01-05"}),                 # blank lines first
    ("date: 2024-01-05\r\nsource: SANA\r\n\r\n", {"published": "2024-01-05", "source": "SANA"}),
    ("date: 2024-01-05\n", {"published": "2024-01-05"}),                       # no blank line
    ("date: 2024-01-05\rsource: SANA\r\r", {"published": "2024-01-05", "source": "SANA"}),  # CR only
    ("source https://example.org/x\n\n", {"source": "https://example.org/x"}),
])
def test_parse_header_variants(header, meta):
    got_meta, body = parse_header(header + BODY)
    assert got_meta == meta
    assert body == BODY              # body kept exactly (offsets index into it)


@pytest.mark.parametrize("content", [
    "قصف على حمص\n\n" + BODY,                        # a title line is not metadata
    "المصدر الأمني قال إن الغارات استمرت\n\n" + BODY,  # Arabic key word without a colon: prose
    "date of the attack remains unknown\n\n" + BODY,  # English key without a date
    "سنتكوم تعلن تدمير مخازن\n\nسنتكوم تعلن تدمير مخازن\n" + BODY,
    BODY,
])
def test_parse_header_no_header_keeps_whole_content(content):
    assert parse_header(content) == ({}, content)


def test_parse_header_removes_only_bom():
    meta, body = parse_header("\ufeffdate: 2024-01-05\n\n  " + BODY + "  \n")
    assert meta == {"published": "2024-01-05"}
    assert body == "  " + BODY + "  \n"


def test_seed_000_header(seeds_dir):
    path = next(seeds_dir.glob("000_*.txt"))
    content = path.read_text(encoding="utf-8")
    art = read_txt(path)
    assert art.published == D(2026, 2, 13) and art.published_from == "header"
    assert art.id == path.stem and art.path == str(path)
    first_blank = content.index("\n\n")
    assert art.text == content[first_blank + 2:]
    assert art.text.startswith("نفذت طائرات")


def test_txt_header_fields_and_offsets(tmp_path):
    head = "title: عنوان\npublished: 2025-12-20\nsource: https://example.org/n/1\n\n"
    p = write(tmp_path / "art-7.txt", head + BODY)
    art = read_txt(p)
    assert (art.id, art.title, art.source, art.url) == ("art-7", "عنوان", "https://example.org/n/1",
                                                       "https://example.org/n/1")
    assert art.published == D(2025, 12, 20) and art.published_from == "header"
    i = art.text.index("السخنة")
    assert (head + BODY)[len(head) + i:len(head) + i + 6] == "السخنة"


# ------------------------------------------------------------------------------------------
# publication date precedence


def test_header_date_beats_dateline_and_flag(tmp_path):
    p = write(tmp_path / "a.txt", "date: 2024-02-01\n\n" + DATELINE_BODY)
    [art], _ = collect([p], published=D(2020, 1, 1))
    assert (art.published, art.published_from) == (D(2024, 2, 1), "header")


def test_dateline_fallback(tmp_path):
    p = write(tmp_path / "a.txt", DATELINE_BODY)
    [art], _ = collect([p], published=D(2020, 1, 1))
    assert (art.published, art.published_from) == (D(2025, 12, 20), "dateline")


def test_flag_fallback_and_none(tmp_path):
    p = write(tmp_path / "a.txt", BODY)
    [art], _ = collect([p], published=D(2023, 5, 6))
    assert (art.published, art.published_from) == (D(2023, 5, 6), "flag")
    [art], _ = collect([p])
    assert (art.published, art.published_from) == (None, None)       # never today's date


@pytest.mark.parametrize("header, expected", [
    ("التاريخ: 20 ديسمبر 2025", D(2025, 12, 20)),
    ("date: 13/02/2026", D(2026, 2, 13)),
    ("published: 2025-12-20T23:30:00+03:00", D(2025, 12, 20)),
    ("date 2026-02-13 - ملخص", D(2026, 2, 13)),
])
def test_header_date_forms(tmp_path, header, expected):
    art = read_txt(write(tmp_path / "a.txt", header + "\n\n" + BODY))
    assert (art.published, art.published_from, art.text) == (expected, "header", BODY)


def test_bad_header_date_falls_back(tmp_path, caplog):
    p = write(tmp_path / "a.txt", "date: 2025-13-45\n\n" + BODY)
    with caplog.at_level(logging.WARNING, logger="geo_tracker.ingest"):
        art = read_txt(p, published=D(2022, 2, 2))
    assert (art.published, art.published_from) == (D(2022, 2, 2), "flag")
    assert art.text == BODY
    assert "2025-13-45" in caplog.text


# ------------------------------------------------------------------------------------------
# encodings


def test_utf8_bom_removed(tmp_path):
    p = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + BODY.encode())
    assert read_txt(p).text == BODY


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_utf32_with_bom(tmp_path, encoding):
    data = "date: 2024-01-05\n\n" + BODY
    raw = data.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    art = read_txt(write(tmp_path / "w.txt", raw))
    assert art.text == BODY and art.published == D(2024, 1, 5)


def test_cp1256_detected(tmp_path):
    art = read_txt(write(tmp_path / "legacy.txt", BODY, encoding="cp1256"))
    assert art.text == BODY


def test_utf16_without_bom_gets_a_hint(tmp_path):
    p = write(tmp_path / "nobom.txt", BODY.encode("utf-16-le"))
    with pytest.raises(InputError, match="UTF-16 text without a byte-order mark"):
        read_txt(p)


def test_decode_bytes_short_cp1256():
    assert decode_bytes("قصف جوي على مدينة حمص".encode("cp1256"), "x") == "قصف جوي على مدينة حمص"


@pytest.mark.parametrize("data, fragment", [
    ("Café naïve résumé du texte français très long".encode("latin-1"), "not UTF-8 text"),
    (BODY.encode()[:301] + b"\xff" + BODY.encode()[301:], "not UTF-8 text"),  # no cp1256 mojibake
    (b"\xff\xfe" + b"\x00\xd8", "not UTF-16"),                                # lone surrogate
])
def test_undecodable(tmp_path, data, fragment):
    with pytest.raises(InputError, match=fragment):
        decode_bytes(data, "x.txt")


# ------------------------------------------------------------------------------------------
# single-file errors: one clear line naming the file


@pytest.mark.parametrize("name, data, fragment", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\r\n  ", "only whitespace"),
    ("nul.txt", b"abc\x00def", "NUL bytes"),
    ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("doc.txt", b"%PDF-1.4\nstuff", "PDF"),
    ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("a.docx", b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    ("header_only.txt", "date: 2024-01-01\nsource: SANA\n\n".encode(), "no article text"),
])
def test_single_bad_file_raises(tmp_path, name, data, fragment):
    p = write(tmp_path / name, data)
    for call in (lambda: read_txt(p), lambda: list(iter_articles([p]))):
        with pytest.raises(InputError) as ei:
            call()
        msg = str(ei.value)
        assert fragment in msg and str(p) in msg and "\n" not in msg


def test_missing_path(tmp_path):
    p = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        list(iter_articles([p]))
    with pytest.raises(InputError, match="no such file"):
        read_txt(p)


def test_directory_where_file_expected(tmp_path):
    d = tmp_path / "looks_like.txt"
    d.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_txt(d)
    with pytest.raises(InputError, match="no .txt or .jsonl file"):
        list(iter_articles([d]))
    f = write(tmp_path / "plain.txt", BODY)
    with pytest.raises(InputError, match="not a directory"):
        read_txt(f / "child.txt")


def test_fifo_and_socket_do_not_block(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        read_txt(fifo)
    sock_path = tmp_path / "s.txt"
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(sock_path))
        with pytest.raises(InputError, match="socket"):
            list(iter_articles([sock_path]))
    finally:
        s.close()


def _as_unprivileged(fn) -> str:
    """Run ``fn() -> str`` as an unprivileged user: a forked child drops root (setuid to
    nobody), since root reads any file whatever its mode. Returns fn's result or the
    InputError message."""
    def call() -> str:
        try:
            return fn()
        except InputError as e:
            return str(e)

    if os.geteuid() != 0:
        return call()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            msg = call()
        except BaseException as e:  # noqa: BLE001 - report anything to the parent
            msg = f"child failed: {e!r}"
        os.write(w, msg.encode())
        os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        out = f.read().decode()
    os.waitpid(pid, 0)
    return out


@pytest.fixture
def shared_dir():
    """A directory under /tmp that an unprivileged user may enter (tmp_path is 0700)."""
    d = Path(tempfile.mkdtemp(prefix="gt-perm-"))
    d.chmod(0o755)
    yield d
    shutil.rmtree(d)


def test_unreadable_file_permission_denied(shared_dir):
    p = write(shared_dir / "secret.txt", BODY)
    p.chmod(0o600)
    assert _as_unprivileged(lambda: read_txt(p).id) == f"{p}: permission denied"
    p.chmod(0o644)
    assert _as_unprivileged(lambda: read_txt(p).id) == "secret"


def test_unreadable_file_and_subdirectory_in_a_run(shared_dir):
    write(shared_dir / "a.txt", BODY).chmod(0o644)
    write(shared_dir / "b.txt", BODY).chmod(0o600)
    (shared_dir / "locked").mkdir(mode=0o700)
    write(shared_dir / "locked" / "c.txt", BODY)
    write(shared_dir / "z.txt", BODY).chmod(0o644)

    def run() -> str:
        arts, skipped = collect([shared_dir])
        return json.dumps([[a.id for a in arts], [[Path(s.path).name, s.reason] for s in skipped]])

    ids, skipped = json.loads(_as_unprivileged(run))
    assert ids == ["a", "z"]
    assert sorted(skipped) == [["b.txt", "permission denied"],
                               ["locked", "cannot list directory: permission denied"]]


# ------------------------------------------------------------------------------------------
# multi-article runs


def test_directory_recursion_order_and_filters(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", BODY)
    write(root / "a.txt", BODY)
    write(root / "sub" / "c.txt", BODY)
    write(root / "sub" / "deeper" / "d.TXT", BODY)
    write(root / "A" / "x.txt", BODY)
    write(root / "sub" / "z.jsonl", json.dumps({"id": "j1", "text": BODY}) + "\n")
    write(root / ".hidden" / "h.txt", BODY)
    write(root / ".h.txt", BODY)
    write(root / "notes.md", BODY)
    write(root / "data.csv", "a,b\n1,2\n")
    arts, skipped = collect([root])
    assert [a.id for a in arts] == ["x", "a", "b", "c", "d", "j1"]
    assert skipped == []
    assert list(iter_articles([root])) == arts          # deterministic


def test_directory_bad_files_are_skipped(tmp_path):
    root = tmp_path / "mixed"
    write(root / "1_good.txt", BODY)
    write(root / "2_empty.txt", b"")
    write(root / "3_binary.txt", b"\x89PNG\r\n\x1a\n\x00")
    write(root / "4_latin.txt", "Café français".encode("latin-1"))
    write(root / "5_good.txt", "date: 2024-04-04\n\n" + BODY)
    arts, skipped = collect([root])
    assert [a.id for a in arts] == ["1_good", "5_good"]
    assert [(Path(s.path).name, s.line) for s in skipped] == [
        ("2_empty.txt", None), ("3_binary.txt", None), ("4_latin.txt", None)]
    assert "empty file" in skipped[0].reason and "PNG" in skipped[1].reason
    assert "not UTF-8" in skipped[2].reason
    assert "2_empty.txt" in str(skipped[0])


def test_several_paths_missing_one_is_skipped(tmp_path):
    good = write(tmp_path / "good.txt", BODY)
    arts, skipped = collect([tmp_path / "missing.txt", good])
    assert [a.id for a in arts] == ["good"]
    assert len(skipped) == 1 and "no such file" in skipped[0].reason


def test_nothing_readable_raises(tmp_path):
    a = write(tmp_path / "a.txt", b"")
    b = write(tmp_path / "b.txt", b" \n")
    skipped = []
    with pytest.raises(InputError, match=r"no article could be read .*\(2 skipped\)"):
        list(iter_articles([a, b], on_skip=skipped.append))
    assert len(skipped) == 2
    root = tmp_path / "only_bad"
    write(root / "x.txt", b"")
    with pytest.raises(InputError, match=r"x\.txt: empty file"):
        list(iter_articles([root]))
    empty_dir = tmp_path / "empty_dir"
    empty_dir.mkdir()
    with pytest.raises(InputError, match="no .txt or .jsonl file"):
        list(iter_articles([empty_dir]))


def test_skips_logged_without_callback(tmp_path, caplog):
    good = write(tmp_path / "good.txt", BODY)
    bad = write(tmp_path / "bad.txt", b"")
    with caplog.at_level(logging.WARNING, logger="geo_tracker.ingest"):
        arts = list(iter_articles([bad, good]))
    assert [a.id for a in arts] == ["good"]
    assert "bad.txt: empty file" in caplog.text


def test_explicit_other_suffix_is_text_and_duplicates_read_once(tmp_path):
    md = write(tmp_path / "note.md", "date 2024-06-01\n\n" + BODY)
    arts, _ = collect([md, md, tmp_path / "note.md"])
    assert len(arts) == 1 and arts[0].id == "note" and arts[0].published == D(2024, 6, 1)


# ------------------------------------------------------------------------------------------
# JSONL


def jsonl(path: Path, lines: list) -> Path:
    out = []
    for x in lines:
        out.append(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False))
    return write(path, "\n".join(out) + "\n")


def test_jsonl_good_and_bad_lines(tmp_path):
    p = jsonl(tmp_path / "news.jsonl", [
        {"id": "n1", "text": BODY, "published": "2024-03-05", "source": "SANA",
         "url": "https://sana.sy/1", "title": "غارات"},
        {"text": DATELINE_BODY},                          # no id → <stem>:<line>, dateline
        "",                                               # blank line: ignored
        "{not json",
        {"id": "n5"},                                     # missing text
        {"id": "n6", "text": 42},                         # text not a string
        ["a", "list"],                                    # not an object
        {"id": 8, "text": BODY},                          # int id
        {"id": "n9", "text": "   "},                      # empty text
        {"id": "n10", "text": BODY, "published": "yesterday-ish"},
    ])
    arts, skipped = collect([p], published=D(2021, 1, 1))
    assert [a.id for a in arts] == ["n1", "news:2", "8", "n10"]
    n1 = arts[0]
    assert (n1.published, n1.published_from, n1.source, n1.url, n1.title, n1.text) == (
        D(2024, 3, 5), "jsonl", "SANA", "https://sana.sy/1", "غارات", BODY)
    assert (arts[1].published, arts[1].published_from) == (D(2025, 12, 20), "dateline")
    assert (arts[3].published, arts[3].published_from) == (D(2021, 1, 1), "flag")
    assert [(s.line, s.article_id) for s in skipped] == [(4, None), (5, "n5"), (6, "n6"),
                                                        (7, None), (9, "n9")]
    reasons = [s.reason for s in skipped]
    assert "not valid JSON" in reasons[0] and "no 'text' field" in reasons[1]
    assert "not a string" in reasons[2] and "not a JSON object" in reasons[3]
    assert "empty" in reasons[4]
    assert str(skipped[0]).startswith(f"{p}:4: not valid JSON")


def test_jsonl_bom_crlf_and_bad_utf8_line(tmp_path):
    raw = (b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": BODY}).encode() + b"\r\n"
           + b'{"id": "b", "text": "\xff\xfe broken"}\r\n'
           + json.dumps({"id": "c", "text": BODY}, ensure_ascii=False).encode() + b"\r\n")
    arts, skipped = collect([write(tmp_path / "x.jsonl", raw)])
    assert [a.id for a in arts] == ["a", "c"] and arts[1].text == BODY
    assert [(s.line, "not UTF-8" in s.reason) for s in skipped] == [(2, True)]


def test_jsonl_utf16(tmp_path):
    text = "\n".join(json.dumps({"id": i, "text": BODY}, ensure_ascii=False) for i in ("u1", "u2"))
    arts, _ = collect([write(tmp_path / "ps.jsonl", text.encode("utf-16"))])
    assert [a.id for a in arts] == ["u1", "u2"] and arts[0].text == BODY


@pytest.mark.parametrize("data, fragment", [
    (b"", "empty file"),
    (b"\n \n", "only whitespace"),
    (b"PK\x03\x04\x14\x00", "ZIP"),
])
def test_jsonl_whole_file_errors(tmp_path, data, fragment):
    p = write(tmp_path / "f.jsonl", data)
    with pytest.raises(InputError, match=fragment):
        list(iter_articles([p]))


def test_jsonl_all_lines_bad(tmp_path):
    p = jsonl(tmp_path / "bad.jsonl", ["{", "[1]"])
    skipped = []
    with pytest.raises(InputError, match=r"no article could be read .*\(2 skipped\)"):
        list(iter_articles([p], on_skip=skipped.append))
    assert [s.line for s in skipped] == [1, 2]


# ------------------------------------------------------------------------------------------
# size and streaming


def test_jsonl_50mb_line_skipped_with_bounded_memory(tmp_path):
    p = tmp_path / "big.jsonl"
    size = 50 * 1024 * 1024
    with open(p, "wb") as f:
        f.write(json.dumps({"id": "before", "text": BODY}).encode() + b"\n")
        f.write(b'{"id": "huge", "text": "')
        chunk = b"x" * (1024 * 1024)
        for _ in range(size // len(chunk)):
            f.write(chunk)
        f.write(b'"}\n')
        f.write(json.dumps({"id": "after", "text": BODY}).encode() + b"\n")
    assert size > MAX_JSONL_LINE_BYTES
    tracemalloc.start()
    try:
        arts, skipped = collect([p])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [a.id for a in arts] == ["before", "after"]
    assert [s.line for s in skipped] == [2] and "line too long" in skipped[0].reason
    assert peak < 2 * MAX_JSONL_LINE_BYTES          # never the whole 50 MB line


def test_txt_50mb_single_line_read_with_bounded_memory(tmp_path):
    line = ("قصف " * 2_000_000)          # 8M chars, 14 MB of UTF-8 Arabic …
    p = tmp_path / "one_line.txt"
    with open(p, "w", encoding="utf-8") as f:
        f.write("date: 2024-01-01\n\n")
        for _ in range(4):               # … ×4 ≈ 56 MB, a single line
            f.write(line)
    size = p.stat().st_size
    assert size > 50_000_000
    tracemalloc.start()
    try:
        art = read_txt(p)
        n = len(art.text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 4 * len(line) and art.published == D(2024, 1, 1)
    # bytes + decoded str (UCS-2 for Arabic) + body: CPython's decoder peaks near 4x
    assert peak < 5 * size


def test_jsonl_is_streamed(tmp_path):
    p = tmp_path / "many.jsonl"
    n = 20_000
    with open(p, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"a{i}", "text": BODY, "published": "2024-01-01"},
                               ensure_ascii=False) + "\n")
    size = p.stat().st_size
    tracemalloc.start()
    try:
        count = 0
        for art in iter_articles([p]):
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == n
    assert peak < size / 10               # ~7 MB file, a few hundred KB in memory at a time


# ------------------------------------------------------------------------------------------
# the body as scrapers deliver it


@pytest.mark.parametrize("raw, body", [
    # an HTML entity's ";" is no clause break: the names in quotes and the agent read as written
    ("قصفت &quot;القوات التركية&quot; قرى &laquo;التمانعة&raquo; و&quot;الخوين&quot;&nbsp;اليوم.",
     "قصفت \"القوات التركية\" قرى «التمانعة» و\"الخوين\"\u00a0اليوم."),
    ("&#1602;&#1589;&#1601; على بلدة حيش", "قصف على بلدة حيش"),
    # a line-break tag is a line break; a tag inside a sentence goes
    ("غارات على كفرنبل<br/>ومقتل مدني بقصف على <b>حيش</b>.", "غارات على كفرنبل\nومقتل مدني بقصف على حيش."),
    # a line broken after a preposition, a lone "و", a place's kind word or a comma is one sentence
    ("قُتل ثلاثة مدنيين بقصف\nمدفعي لقوات النظام على\nقرية معرزاف",
     "قُتل ثلاثة مدنيين بقصف\nمدفعي لقوات النظام على قرية معرزاف"),
    ("استهدفت الغارات قرى كنصفرة و\nالبارة وفليفل", "استهدفت الغارات قرى كنصفرة و البارة وفليفل"),
    ("قصفت المدفعية بلدة\nاللطامنة،\nوقتل طفل", "قصفت المدفعية بلدة اللطامنة، وقتل طفل"),
    # a headline ending on a name, and a bullet, keep their line
    ("غارات روسية على ريف إدلب\nقصفت طائرات حربية بلدة كفرنبل.", "غارات روسية على ريف إدلب\nقصفت طائرات حربية بلدة كفرنبل."),
    ("قصف على:\n- حيش\n- كفرنبل", "قصف على:\n- حيش\n- كفرنبل"),
    # another article's headline is not this article's news
    ("قصفت طائرات روسية بلدة حيش.\nاقرأ أيضاً: غارات على معرة النعمان تقتل 5\nوقتل مدنيان.",
     "قصفت طائرات روسية بلدة حيش.\nوقتل مدنيان."),
    ("قصفت طائرات روسية بلدة حيش.\nاقرأ أيضا:\nغارات على سراقب تقتل 5\nوقتل مدنيان.",
     "قصفت طائرات روسية بلدة حيش.\nوقتل مدنيان."),   # (the headline on the line after the pointer)
    ("قصفت طائرات روسية بلدة حيش.\n\nمواضيع ذات صلة:\nغارات على سراقب\nانفجار في إعزاز\n",
     "قصفت طائرات روسية بلدة حيش.\n\n"),
    # ... but a witness ("شاهد عيان") is not a pointer, and plain text is left alone
    ("شاهد عيان قال إن الطائرات قصفت حيش.", "شاهد عيان قال إن الطائرات قصفت حيش."),
    ("قصف على حيش & كفرنبل <3", "قصف على حيش & كفرنبل <3"),
])
def test_clean_body(raw, body):
    assert clean_body(raw) == body


def test_scraped_jsonl_article_reads_as_text(tmp_path):
    """Entities and a broken line in a scraped JSONL article: the events are read as if typed."""
    from geo_tracker.pipeline import extract

    text = ("قُتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على\nقرية معرزاف بريف إدلب أمس.\n"
            "كما قصفت &quot;القوات التركية&quot; قرية تل رفعت بريف حلب.\n"
            "اقرأ أيضاً: غارات روسية على مدينة سراقب\n")
    p = write(tmp_path / "scraped.jsonl", json.dumps({"id": "a1", "text": text, "published": "2019-05-04"},
                                                     ensure_ascii=False) + "\n")
    arts, skipped = collect([p])
    assert not skipped and "&quot;" not in arts[0].text and "اقرأ" not in arts[0].text
    events = {(e.properties()["place_name_ar"], e.properties()["actor"], e.properties()["event_type"],
               e.properties()["killed"]) for e in extract([str(p)]).events}
    assert ("معرزاف", "syrian_gov", "shelling", 3) in events
    assert ("تل رفعت", "turkey", "shelling", None) in events
    assert not any(place == "سراقب" for place, *_ in events)
