"""Source content with no counterpart in the target.

``report: sentence``: the source has more sentences than the target and the target is short
enough to be missing them; the source sentences are aligned with the target's (lengths,
numbers, the document's calibrated length ratio) and each one left without a counterpart is
reported on the target sentence where it should have followed.
``report: length``: the target is far shorter than the source predicts (below ``min_share``
of the expected length, with the ratio calibrated on the document itself).
"""
from __future__ import annotations

from typing import Literal

from ..lazymodel import BaseModel

from ..readers.aligned import _features, align
from ._bilingual import (HAN, en_len, en_numbers, en_sentences, length_ratio, paired, short, trimmed, zh_len,
                         zh_numbers, zh_sentences)

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("bilingual", "missing-sentences")


class Params(BaseModel):
    report: Literal["sentence", "length"]
    min_source_chars: int = 12   # shorter sources (headings, names) are not judged
    min_share: float = 0.45      # length: report below this share of the expected length
    slack: float = 1.4           # sentence: target may be this much longer than the kept sentences predict


def _dropped(src_sents, tgt_spans, text, ratio):
    """Source sentences left without counterpart: (index, target sentence it should follow).

    The alignment proposes them; the numbers decide when they can: a proposed sentence whose
    figures all appear in the target was merged, not dropped, and gives way to a sentence whose
    figures are all missing from the target (if there is one)."""
    sf = [_features(s) for s in src_sents]
    tf = [_features(text[a:b]) for a, b in tgt_spans]
    follows, last_t, proposed = {}, None, []
    for s_idx, t_idx in align(sf, tf, ratio=ratio):
        for i in s_idx:
            follows[i] = last_t
        if t_idx:
            last_t = t_idx[-1]
            for i in s_idx:
                follows[i] = t_idx[-1]
        if s_idx and not t_idx:
            proposed.extend(s_idx)
    in_target = en_numbers(text)
    nums = [zh_numbers(s) for s in src_sents]
    absent = [i for i, ns in enumerate(nums) if ns and not (ns & in_target)]
    out = []
    for i in proposed:
        if nums[i] and nums[i] & in_target:
            swap = next((k for k in absent if k not in proposed and k not in out), None)
            if swap is None:
                continue
            i = swap
        out.append(i)
    return [(i, follows.get(i - 1) if i > 0 else None) for i in sorted(set(out))]


def _missing(seg, zl: int, el: int, ratio: float, slack: float):
    """(source sentence index, target sentence index or None, sentences, target spans) per dropped sentence."""
    sents = zh_sentences(seg.source)
    spans = en_sentences(seg.text)
    if len(sents) < 2 or len(spans) >= len(sents):
        return []
    out = []
    for i, t in _dropped(sents, spans, seg.text, ratio):
        if el > (zl - zh_len(sents[i])) * ratio * slack:
            continue  # the target is long enough to hold the sentence: merged, not dropped
        out.append((i, t, sents, spans))
    return out


def run(rule, ctx):
    p: Params = rule.params
    ratio = length_ratio(ctx)
    for seg in paired(ctx):
        zl = zh_len(seg.source)
        a, b = trimmed(seg)
        el = en_len(seg.text[a:b])
        if zl < p.min_source_chars or el == 0 or len(HAN.findall(seg.text)) * 2 >= el:
            continue  # nothing to measure, or still Chinese (TC621's business)
        missing = ctx.memoize(("missing-sentences", seg.id, p.slack), lambda: _missing(seg, zl, el, ratio, p.slack))
        if p.report == "length":
            expected = zl * ratio
            if el < expected * p.min_share and not missing:  # a dropped sentence is TC610's finding
                yield rule.finding(seg, a, b, share=f"{el / expected:.0%}", expected=f"{expected:.0f}", actual=el)
            continue
        for i, t, sents, spans in missing:
            ta, tb = spans[t] if t is not None else spans[0]
            where = f"it should follow “{seg.original[ta:tb]}”" if t is not None else "it should open the segment"
            yield rule.finding(seg, ta, tb, sentence=short(sents[i], 30), n=i + 1, of=len(sents), where=where)
