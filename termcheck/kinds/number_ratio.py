"""A percentage stated for two figures of the same sentence must be their ratio.

"103 of the village's 412 households, or 25 percent"; "18,300 laborers ..., of whom 6,120 ...,
accounting for 33.4 percent of the total"; "3,600 people, 2,430 of whom found jobs, a placement
rate of 67.5 percent"; "a pass rate of 92% (230 of 250 pupils)". The part and the whole are read
only from these structures, where the percentage is certain to be the part's share of the whole:

- ``X of (the ...) Y`` / ``X out of Y``, then the percentage after a link ("or", "accounting for",
  "a ... rate of", "(");
- ``Y ..., of whom/of which/among them X ...``, then the link and the percentage;
- ``Y ..., X of whom/of which ...``, then the link and the percentage;
- the percentage, then ``(X of Y)``.

A percentage that names its own whole ("accounting for 12% of the province's poor villages") is
compared only when that whole is the total ("of the total", "of all", "of them") or the whole's own
noun. The share must equal X/Y within the rounding of the three figures; a hedged percentage
("about 30%") gets two points or a tenth of its value of leeway.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..lazymodel import BaseModel, ConfigDict

from ..lang.en_nouns import singularise
from ._numbers import by_sentence, kind_index, quantities

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered")

# what stands between the figures and their percentage
LINK = re.compile(r"(?:[,;(]|\s[—–-])\s*(?:or|i\.e\.|that\s+is|accounting\s+for|which\s+accounts?\s+for|"
                  r"making\s+up|represent(?:ing|s)?|equal\s+to|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                  r"(?:rate|share|proportion|ratio)\s+of)?\s*$", re.I)
# "X of (the village's) Y": the part, then its whole
OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|all|these|those|[A-Za-z]+['’]s)\s+){0,3}$", re.I)
# "Y ..., of whom X": a cue after the whole that the part follows
CUE_BEFORE = re.compile(r",\s*(?:of\s+(?:whom|which|them)|among\s+(?:whom|them|which))\s+(?:(?:only|just|some)\s+)?$", re.I)
# "Y ..., X of whom": the part, then the cue
CUE_AFTER = re.compile(r"\s+(?:of|among)\s+(?:whom|which|them)\b", re.I)
# the percentage's own whole
OWN_WHOLE = re.compile(r"\s+of\s+(?P<np>[^,.;:()]{1,60})", re.I)
TOTAL = re.compile(r"(?:the\s+)?(?:total|whole|all|them|these|those|the\s+total\s+number)\b", re.I)
# "(230 of 250 pupils)" after the percentage
PAREN_AFTER = re.compile(r"\s*\(\s*$")
PARTS = ("count", "money", "area")
HEDGES = ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "more than",
          "over", "less than", "under", "at least", "above", "below")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


def run(rule, ctx):
    for seg in ctx.segments:
        qs, text = quantities(ctx, seg), seg.text
        percents = kind_index(qs).get("percent", ())
        if not percents:
            continue
        sentences = by_sentence(ctx, seg)
        for k in sentences.holding(percents):
            a, b, sq = sentences[k]
            if len(sq) < 3:
                continue  # a part, a whole and the percentage
            figures = [q for q in sq if not q.is_label and q.value is not None and q.kind != "range"]
            for i, p in enumerate(figures):
                if p.kind != "percent" or p.unit == "percentage point" or p.value > 100:
                    continue
                pair = _before(text, a, figures[:i], p) or _after(text, figures[i + 1:], p)
                if pair is None:
                    continue
                part, whole = pair
                if not _own_whole_ok(text, p, whole):
                    continue
                share = _mismatch(part, whole, p)
                if share is not None:
                    yield rule.finding(seg, p.num_start, p.num_end, suggestions=(share,), part=part.text,
                                       whole=whole.text, share=share)


def _compatible(part, whole) -> bool:
    if part.kind not in PARTS or part.kind != whole.kind or whole.value <= 0 or part.value > whole.value:
        return False
    if part.kind == "count" and part.unit and whole.unit:
        return (singularise(part.unit) or part.unit) == (singularise(whole.unit) or whole.unit)
    return part.kind != "money" or (part.unit or "") == (whole.unit or "")


def _before(text, a, before, p):
    """(part, whole) from the figures before the percentage, joined to it by a link."""
    if len(before) < 2:
        return None
    last = before[-1]
    link = LINK.search(text, max(a, last.end), p.start)
    if link is None or link.start() - last.end > 80 or not link.group().strip():
        return None
    x, y = before[-2], before[-1]
    # "X of the Y ...": the last two figures
    if OF_WHOLE.search(text, x.end, y.start) and _compatible(x, y):
        return x, y
    # "Y ..., of whom X ...": the last figure follows a cue that the whole stands before
    if CUE_BEFORE.search(text, max(a, y.start - 30), y.start) and y.start - x.end <= 160 and _compatible(y, x):
        return y, x
    # "Y ..., X of whom ...": the last figure is followed by the cue
    if CUE_AFTER.match(text, y.end) and y.start - x.end <= 160 and _compatible(y, x):
        return y, x
    return None


def _after(text, after, p):
    """(part, whole) from "P% (X of Y)"."""
    if len(after) < 2:
        return None
    x, y = after[0], after[1]
    if not PAREN_AFTER.match(text, p.end, x.start) or not OF_WHOLE.search(text, x.end, y.start):
        return None
    close = text.find(")", y.end, y.end + 40)
    return (x, y) if close >= 0 and _compatible(x, y) else None


def _own_whole_ok(text, p, whole) -> bool:
    m = OWN_WHOLE.match(text, p.end)
    if m is None:
        return True
    np_ = m.group("np")
    if TOTAL.match(np_):
        return True
    noun = (whole.unit or "").lower()
    return bool(noun) and (noun in np_.lower() or (singularise(noun) or noun) in np_.lower())


def _half_step(q) -> float:
    decimals = len(q.number.partition(".")[2])
    step = 10.0 ** -decimals
    if q.scale:
        step *= float(q.value) / float(Decimal(q.number.replace(",", "")) or 1)
    return step / 2


def _mismatch(part, whole, p) -> str | None:
    """The share X/Y written like the stated percentage, when the stated one is not it."""
    x, y, px = float(part.value), float(whole.value), float(p.value)
    ux, uy = (0.0, 0.0) if part.words or whole.words else (_half_step(part), _half_step(whole))
    lo = max(x - ux, 0.0) / (y + uy) * 100
    hi = (x + ux) / max(y - uy, 1e-9) * 100
    slack = _half_step(p) + 1e-9
    if p.approx or (part.approx and part.approx in HEDGES) or (whole.approx and whole.approx in HEDGES):
        slack += max(2.0, px / 10)
    if lo - slack <= px <= hi + slack:
        return None
    decimals = len(p.number.partition(".")[2])
    return f"{x / y * 100:.{decimals}f}"
