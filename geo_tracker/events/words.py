"""Words of the normalized text: the Arabic letters, the words before and after a position, and
proclitics ("وال", "بال", "و" …) stripped off a word."""
from __future__ import annotations

import functools
import re

_AR = r"0-9a-z\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
_WORD = re.compile(f"[{_AR}]+")

_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")    # longest first


@functools.lru_cache(maxsize=65536)
def _strip_clitic(w: str) -> str:
    for p in _CLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _words_before(norm: str, pos: int, k: int) -> list[str]:
    ws = _WORD.findall(norm[max(0, pos - 80):pos])
    return ws[-k:]


def _words_after(norm: str, pos: int, k: int) -> list[str]:
    return _WORD.findall(norm[pos:pos + 80])[:k]


def _next_comma(s: str, pos: int, end: int | None = None) -> int:
    """Offset of the first Arabic or Latin comma in ``s[pos:end]``, or -1."""
    end = len(s) if end is None else end
    hits = [i for i in (s.find("،", pos, end), s.find(",", pos, end)) if i >= 0]
    return min(hits) if hits else -1
