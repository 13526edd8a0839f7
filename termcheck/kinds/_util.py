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

