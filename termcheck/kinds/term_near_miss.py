"""Near-misses of multiword glossary terms: every token but one agrees with a term and the odd
one is a slip of the term's token ("key problem tacking" -> "tackling"). The finding covers the
odd token; the suggestion is the term's token in the case of the text.

Params: ``scorer``: a rapidfuzz.fuzz scorer name used on the whole window (ratio,
token_sort_ratio, token_set_ratio, partial_ratio, WRatio, QRatio); ``threshold``: minimum window
score (0-100); ``token_threshold``: minimum ``fuzz.ratio`` of the odd token and the term's;
``min_tokens``: only terms of at least this many words (two-word terms are too easy to miss
into real phrases: "poor county" / "poor country").
"""
from __future__ import annotations

from typing import Literal

from bisect import bisect_right

from ..lazymodel import BaseModel, ConfigDict, Field

from .glossary_term import folded, glossary_matches, zh_of

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("glossary-matches", "glossary-fold", "lowered")  # lowered: read by glossary_matches


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    scorer: Literal["ratio", "token_sort_ratio", "token_set_ratio", "partial_ratio", "WRatio", "QRatio"] = "ratio"
    threshold: float = Field(90.0, ge=0, le=100)
    token_threshold: float = Field(75.0, ge=0, le=100)
    min_tokens: int = Field(3, ge=2)


def run(rule, ctx):
    g = ctx.glossary
    if g is None:
        return
    from rapidfuzz import fuzz

    from ..glossary.forms import fold, key, match_case
    from ..glossary.nearmiss import candidates

    p: Params = rule.params
    scorer = getattr(fuzz, p.scorer)
    for seg in ctx.segments:
        starts = ends = None  # of the exact glossary matches (sorted, disjoint), made at the first candidate
        done: set[tuple[int, int]] = set()
        for s, e, ws, we, ci, ti, hole in candidates(g, seg.text, p.min_tokens, p.token_threshold,
                                                     folded=folded(ctx, seg)):
            if (s, e) in done:
                continue
            if starts is None:
                ms = glossary_matches(ctx, seg)
                starts, ends = [m.start for m in ms], [m.end for m in ms]
            if _inside(starts, ends, s) and _inside(starts, ends, e - 1):
                continue  # both ends inside exact glossary matches
            concept = g.concept(ci)
            term = concept.terms[ti]
            window = " ".join(fold(seg.text[ws:we]).split())
            if scorer(window, key(term.text)) < p.threshold:
                continue
            done.add((s, e))
            word = seg.original[s:e]
            yield rule.finding(seg, s, e, suggestions=(match_case(hole, word),), term=term.text,
                               window=seg.original[ws:we], zh=zh_of(concept))


def _inside(starts, ends, pos: int) -> bool:
    """Is ``pos`` inside one of the matches (``starts``/``ends`` sorted and disjoint)?"""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]
