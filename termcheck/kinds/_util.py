"""Small helpers shared by kinds."""
from __future__ import annotations

import regex

from ..text import WORD


def timeout_for(text: str, per_mb: float) -> float:
    """A time budget that scales with the text: ``per_mb`` seconds per MB, at least 1 s."""
    return max(1.0, per_mb * len(text) / 1_000_000 * 4)


def words(ctx, seg):
    """Cached word matches of a segment's checked text."""
    return ctx.memoize(("words", seg.id), lambda: list(WORD.finditer(seg.text)))


def paragraphs(text: str):
    """Yield (start, end) of lines (the unit for pairing quotes and brackets)."""
    start = 0
    for m in regex.finditer(r"\n", text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


class LazyRegex:
    """A pattern compiled on first use. The ``regex`` module compiles in Python (a large
    case-insensitive alternation takes ~10 ms); rules whose patterns only matter once a
    trigger word occurs should not pay that on every run."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._compiled = pattern, flags, None

    @property
    def compiled(self):
        if self._compiled is None:
            try:
                self._compiled = regex.compile(self.pattern, self.flags)
            except regex.error as exc:
                from ..errors import RuleLoadError

                raise RuleLoadError("rule pack", f"invalid pattern {self.pattern!r}: {exc}") from None
        return self._compiled

    def search(self, *a, **k):
        return self.compiled.search(*a, **k)

    def match(self, *a, **k):
        return self.compiled.match(*a, **k)

    def finditer(self, *a, **k):
        return self.compiled.finditer(*a, **k)

    def __getstate__(self):
        return (self.pattern, self.flags)

    def __setstate__(self, state):
        self.pattern, self.flags = state
        self._compiled = None
