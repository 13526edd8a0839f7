"""Small helpers shared by kinds."""
from __future__ import annotations

from ..text import next_space


def timeout_for(text: str, per_mb: float) -> float:
    """A time budget that scales with the text: ``per_mb`` seconds per MB, at least 1 s."""
    return max(1.0, per_mb * len(text) / 1_000_000 * 4)


def distinct_matches(pattern, text: str, block: int = 1 << 16) -> set[str]:
    """``set(pattern.findall(text))`` for a pattern whose matches never hold white space and
    that looks at no context (no lookaround, no ``\\b``), found block by block: the blocks end
    just after a white-space character, which no match can span, so the set is the same,
    while the list of every token of a long text is never held at once."""
    out: set[str] = set()
    for lo, hi in _blocks(text, block):
        out.update(pattern.findall(text, lo, hi))
    return out


def interned_matches(pattern, text: str, block: int = 1 << 16) -> list[str]:
    """``pattern.findall(text)`` (for patterns as ``distinct_matches`` takes them), block by block,
    each distinct token one shared string: a long text's token list costs a pointer a token."""
    from sys import intern

    out: list[str] = []
    for lo, hi in _blocks(text, block):
        out.extend(map(intern, pattern.findall(text, lo, hi)))
    return out


def _blocks(text: str, block: int):
    """(start, end) of blocks of about ``block`` characters, each ending just after white space."""
    lo, size = 0, len(text)
    while lo < size:
        hi = size
        if lo + block < size:
            cut = next_space(text, lo + block)
            hi = size if cut == -1 else cut + 1
        yield lo, hi
        lo = hi
