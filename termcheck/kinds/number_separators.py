"""Thousands separators, judged against the document's own style.

``mode: long``: a number of five or more digits written without separators ("30800") in a
document that uses them elsewhere ("453,000"). ``mode: four-digit``: a four-digit quantity
written without a separator ("1274 Yuan") where quantities of the same sort (money; other
quantities) are written with one at least as often ("2,300 Yuan"). Years, document numbers,
codes, phone numbers, dates and ordinals are never considered.
"""
from __future__ import annotations

from typing import Literal

from ..lazymodel import BaseModel, ConfigDict

from ..lang.quantity import group
from ._numbers import quantities

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mode: Literal["long", "four-digit"] = "long"


def _digits(q) -> str:
    return q.number.replace(",", "").partition(".")[0]


def _figures(ctx):
    """(segment, quantity) of the figures written in digits, walked afresh by each use rather
    than listed for the whole document (memory on long texts)."""
    for seg in ctx.segments:
        for q in quantities(ctx, seg):
            if (not q.is_label and not q.words and q.number[:1].isdigit()
                    and q.kind != "fraction"):  # "3/10" has no digit groups to separate
                yield seg, q


def run(rule, ctx):
    p: Params = rule.params
    if not any(q.separators for _, q in _figures(ctx)):
        return
    if p.mode == "long":
        for seg, q in _figures(ctx):
            if not q.separators and len(_digits(q)) >= 5:
                yield rule.finding(seg, q.num_start, q.num_end, suggestions=(group(q.number),))
        return
    sorts: dict[str, tuple[list, list]] = {}
    for seg, q in _figures(ctx):
        if len(_digits(q)) == 4 and q.kind != "range":
            with_sep, without = sorts.setdefault("money" if q.kind == "money" else "other", ([], []))
            (with_sep if q.separators else without).append((seg, q))
    for with_sep, without in sorts.values():
        if with_sep and without and len(without) <= len(with_sep):
            example = with_sep[0][1].text
            for seg, q in without:
                yield rule.finding(seg, q.num_start, q.num_end, suggestions=(group(q.number),), example=example)
