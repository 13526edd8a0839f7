"""Per-check analyses shared by the number kinds (parsed once per segment via ``ctx.memoize``)."""
from __future__ import annotations

import bisect

from ..lang.en_numbers import parse_quantities
from ..text import sentence_spans


def quantities(ctx, seg):
    """English quantities of a segment's target text."""
    return ctx.memoize(("en_quantities", seg.id), lambda: parse_quantities(seg.text))


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
