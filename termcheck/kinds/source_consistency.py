"""Consistency across the segments of one document.

``report: same-source``: segments whose sources are the same (after normalising spaces and
punctuation) but whose targets differ; every target that differs from the most common one is
reported, with that one as the suggestion.
``report: same-target``: one target used for different sources (a copy-paste slip, or a
translation that blurs a distinction the source makes); reported on the later segments.
"""
from __future__ import annotations

from collections import Counter
from typing import Literal

import regex
from ..lazymodel import BaseModel

from ._bilingual import HAN, paired, short, trimmed

PUNCT = regex.compile(r"[\p{P}\p{Z}\s\u2060]+")


class Params(BaseModel):
    report: Literal["same-source", "same-target"]
    min_chars: int = 4   # same-source: sources shorter than this (in Han characters) are not grouped
    min_words: int = 4   # same-target: targets with fewer words are not grouped (headings repeat)


def _norm(s: str) -> str:
    return PUNCT.sub(" ", s).strip().lower()


def run(rule, ctx):
    p: Params = rule.params
    groups: dict[str, list] = {}
    for seg in paired(ctx):
        a, b = trimmed(seg)
        tgt = seg.text[a:b].replace("\u2060", "")
        if not tgt:
            continue
        if p.report == "same-source":
            if len(HAN.findall(seg.source)) < p.min_chars:
                continue
            key = _norm(seg.source)
        else:
            if len(tgt.split()) < p.min_words:
                continue
            key = _norm(tgt)
        groups.setdefault(key, []).append((seg, a, b, tgt))
    for members in groups.values():
        if len(members) < 2:
            continue
        if p.report == "same-source":
            counts = Counter(_norm(t) for *_, t in members)
            if len(counts) < 2:
                continue
            top = counts.most_common(1)[0][0]
            best = next(t for *_, t in members if _norm(t) == top)
            first = next(s for s, *_ in members if _norm(s.text) == top)
            for seg, a, b, tgt in members:
                if _norm(tgt) != top:
                    yield rule.finding(seg, a, b, suggestions=(best,), other=first.id, source=short(seg.source))
        else:
            sources = {}
            for seg, a, b, tgt in members:
                sources.setdefault(_norm(seg.source), seg)
            if len(sources) < 2:
                continue
            first = members[0][0]
            for seg, a, b, tgt in members[1:]:
                if _norm(seg.source) != _norm(first.source):
                    yield rule.finding(seg, a, b, other=first.id, source=short(seg.source),
                                       other_source=short(first.source))
