"""Thousands separators, judged against the document's own style.

``mode: long``: a number of five or more digits written without separators ("30800") in a
document that uses them elsewhere ("453,000"). ``mode: four-digit``: a four-digit quantity
written without a separator ("1274 Yuan") where quantities of the same sort (money; other
quantities) are written with one at least as often ("2,300 Yuan"). Years, document numbers,
codes, phone numbers, dates and ordinals are never considered (nor a year that the number parser
took for a count because a verb that can be a plural noun follows it: "in 2018 falls back").
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
# "lifted out of poverty in 2018 falls back": a year after a preposition of time, taken for a count of
# the noun after it, where that noun is also a verb ("falls", "rises", "remains")
TIME_BEFORE = re.compile(r"\b(?:in|since|by|until|till|before|after|during|from|through)\s+$", re.I)


def _year_before_verb(text: str, q) -> bool:
    from ..lang.morph import has_tag

    return (q.kind == "count" and q.unit is not None and q.unit_start is not None and 1800 <= int(q.number) <= 2100
            and TIME_BEFORE.search(text, max(0, q.num_start - 12), q.num_start) is not None
            and has_tag(text[q.unit_start:q.unit_end].lower(), "VBZ"))


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
                if n == 4 and q.kind != "range" and not (not q.separators and _year_before_verb(seg.text, q)):
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
