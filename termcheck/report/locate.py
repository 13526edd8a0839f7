"""Where a finding sits in its file: absolute offsets, 1-based lines and columns.

Monolingual findings index the file text directly. Bilingual findings index their segment's
target text; ``Segment.offset`` says where that text starts in the file, so the location is
``offset + start`` (exact when the reader kept the target verbatim, close enough otherwise).
"""
from __future__ import annotations

from ..text import LineIndex


class Locator:
    """Line/column arithmetic for one document, computed once."""

    def __init__(self, doc):
        self.doc = doc
        self.index = LineIndex(doc.text)
        self._segs = {s.id: s for s in doc.segments}

    def span(self, f) -> tuple[int, int]:
        """The finding's half-open span in the file text."""
        if f.segment is None:
            return f.start, f.end
        seg = self._segs.get(f.segment)
        base = seg.offset if seg is not None else 0
        n = len(self.doc.text)
        return min(base + f.start, n), min(base + f.end, n)

    def region(self, f) -> tuple[int, int, int, int]:
        """(start line, start column, end line, end column); the end column is the column after the span."""
        start, end = self.span(f)
        sl, sc = self.index.line_col(start)
        el, ec = self.index.line_col(end)
        return sl, sc, el, ec

    def lines(self, f) -> tuple[int, int]:
        """First and last line the span touches (an empty span touches its own line)."""
        start, end = self.span(f)
        first = self.index.line_col(start)[0]
        last = self.index.line_col(max(start, end - 1))[0]
        return first, last

    def byte_col(self, line: int, col: int) -> int:
        """1-based column counted in UTF-8 bytes (what reviewdog expects)."""
        start = self.index.starts[line - 1]
        return len(self.doc.text[start:start + col - 1].encode("utf-8")) + 1
