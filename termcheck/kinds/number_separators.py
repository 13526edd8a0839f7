"""Thousands separators, judged against the document's own style.

``mode: long``: a number of five or more digits written without separators ("30800") in a
document that uses them elsewhere ("453,000"). ``mode: four-digit``: a four-digit quantity
written without a separator ("1274 Yuan") where quantities of the same sort (money; other
quantities) are written with one at least as often ("2,300 Yuan"). Years, document numbers,
codes, phone numbers, dates and ordinals are never considered.
"""
from __future__ import annotations

import re
from itertools import chain
from typing import Literal

from ..lazymodel import BaseModel, ConfigDict

from ..lang.quantity import group
from ._numbers import kind_index, quantities

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered", "number_separators")


MEASURED = ("count", "percent", "money", "area", "range")  # the kinds neither labels (LABEL_KINDS) nor fractions
# "in 2018 falls back": a figure of a year's shape after a preposition of time is a year, whatever
# word follows it (the parser took "falls" for what it counts)
YEAR_BEFORE = re.compile(r"\b(?:in|since|until|till|before|after|during)\s+$", re.I)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mode: Literal["long", "four-digit"] = "long"


def _digits(q) -> str:
    return q.number.replace(",", "").partition(".")[0]


def _survey(ctx):
    """What both modes look at, in one pass over the document's figures written in digits (years,
    labels, words and fractions such as "3/10" left out): whether any has separators, the long
    ones without, and the four-digit ones (not ranges) by sort, with and without. Only these few
    are kept, not a list of every figure."""
    def build():
        any_sep, long, four = False, [], {}
        for seg in ctx.segments:
            qs = quantities(ctx, seg)
            index = kind_index(qs)  # the kinds that count or measure (not labels, not fractions), in text order
            for q in map(qs.__getitem__, sorted(chain.from_iterable(index.get(k, ()) for k in MEASURED))):
                if q.words or not q.number[:1].isdigit():
                    continue
                any_sep = any_sep or q.separators
                n = len(_digits(q))
                if n >= 5 and not q.separators:
                    long.append((seg, q))
                if n == 4 and q.kind == "count" and not q.separators and q.number[:2] in ("19", "20") and "." not in q.number \
                        and YEAR_BEFORE.search(seg.text, max(0, q.num_start - 8), q.num_start):
                    continue  # a year
                if n == 4 and q.kind != "range":
                    with_sep, without = four.setdefault("money" if q.kind == "money" else "other", ([], []))
                    (with_sep if q.separators else without).append((seg, q))
        return any_sep, long, four
    return ctx.memoize("number_separators", build)


def run(rule, ctx):
    p: Params = rule.params
    any_sep, long, four = _survey(ctx)
    if not any_sep:
        return
    if p.mode == "long":
        for seg, q in long:
            yield rule.finding(seg, q.num_start, q.num_end, suggestions=(group(q.number),))
        return
    for with_sep, without in four.values():
        if with_sep and without and len(without) <= len(with_sep):
            example = with_sep[0][1].text
            for seg, q in without:
                yield rule.finding(seg, q.num_start, q.num_end, suggestions=(group(q.number),), example=example)
