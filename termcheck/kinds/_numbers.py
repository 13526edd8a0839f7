"""Per-check analyses shared by the number kinds (parsed once per segment via ``ctx.memoize``)."""
from __future__ import annotations

import bisect

from ..lang.en_numbers import parse_quantities
from ..text import sentence_spans


class QuantityList(list):
    """A segment's quantities in text order, with their start offsets (``starts``; None if the
    list were ever out of order) so that the ones in a stretch of text are found by bisection."""

    __slots__ = ("starts", "memo")

    def __init__(self, qs=()):
        super().__init__(qs)
        self.memo: dict = {}  # analyses derived from these quantities, kept with them
        starts = [q.start for q in self]
        self.starts = starts if all(x <= y for x, y in zip(starts, starts[1:])) else None


def starting_in(qs, lo: int, hi: int, stop_at_hi: bool = False) -> list:
    """The quantities of ``qs`` with ``lo <= start < hi``, in list order, without visiting the
    others when ``qs`` is a sorted QuantityList. ``stop_at_hi``: in an unsorted list, stop at the
    first quantity at or after ``hi`` (as a scan that breaks there would)."""
    starts = getattr(qs, "starts", None)
    if starts is not None:
        return qs[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
    out = []
    for q in qs:
        if q.start >= hi and stop_at_hi:
            break
        if lo <= q.start < hi:
            out.append(q)
    return out


def quantities(ctx, seg):
    """English quantities of a segment's target text."""
    return ctx.memoize(("en_quantities", seg.id), lambda: QuantityList(parse_quantities(seg.text)))


def sentences(ctx, seg):
    return ctx.memoize(("sentences", seg.id), lambda: list(sentence_spans(seg.text)))


def by_sentence(ctx, seg):
    """[(sentence_start, sentence_end, [quantities in it])] for sentences holding a quantity."""
    def build():
        qs = quantities(ctx, seg)
        starts = [q.start for q in qs]
        out = []
        for a, b in sentences(ctx, seg):
            i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if i < j:
                out.append((a, b, qs[i:j]))
        return out
    return ctx.memoize(("en_quantities_by_sentence", seg.id), build)
