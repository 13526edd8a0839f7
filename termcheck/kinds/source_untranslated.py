"""Segments left untranslated: ``report: empty`` (no target for a non-empty source) or
``report: copied`` (the target is the source again, or still mostly Chinese). Chinese
stretches inside an English target are TC801's (``untranslated`` kind), which runs on
bilingual files too."""
from __future__ import annotations

from typing import Literal

from ..lazymodel import BaseModel

from ._bilingual import HAN, paired, short, trimmed

SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks


class Params(BaseModel):
    report: Literal["empty", "copied"]
    min_han_share: float = 0.5  # share of Han among the target's letters that counts as "still Chinese"


def run(rule, ctx):
    p: Params = rule.params
    for seg in paired(ctx):
        src = seg.source.strip()
        if not HAN.search(src):
            continue
        a, b = trimmed(seg)
        tgt = seg.text[a:b].replace("\u2060", "")
        if p.report == "empty":
            if not tgt:
                yield rule.finding(seg, a, a, source=short(src))
            continue
        if not tgt:
            continue
        letters = [ch for ch in tgt if ch.isalpha()]
        han = sum(1 for ch in letters if HAN.match(ch))
        if tgt == src or (letters and han / len(letters) >= p.min_han_share):
            yield rule.finding(seg, a, b, source=short(src))
