"""Enumeration style: a series of sentence-initial ordinals that mixes forms
(``First, ... Secondly, ... Thirdly``). The minority form of the series is reported with the
majority one.

A series starts at each sentence-initial "First"/"Firstly" and runs through the ordinals after
it, so a document may use "First, Second" in one list and "Firstly, Secondly" in another: each
series is judged alone. A series needs ``min_series`` ordinals; a tie is not reported.
"""
from __future__ import annotations

import re

import regex
from ..lazymodel import BaseModel

from ..text import sentence_start_before

ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
PAT = regex.compile(r"\b(" + "|".join(o.capitalize() for o in ORDINALS) + r")(ly)?(?=,)")
# where PAT can match, found by Python's re at twice regex's speed: the ordinal and its comma
# (no capital inside one of these, so no match of PAT can begin inside another's span)
CUE = re.compile("(?:" + "|".join(o.capitalize() for o in ORDINALS) + ")(?:ly)?,")


class Params(BaseModel):
    min_series: int = 3


def _series(hits):
    """Split sentence-initial ordinals into series: a new one at every "First"."""
    series: list[list] = []
    for seg, m in hits:
        if m.group(1) == "First" or not series:
            series.append([])
        series[-1].append((seg, m))
    return series


def run(rule, ctx):
    hits = []
    for seg in ctx.segments:
        for c in CUE.finditer(seg.text):
            m = PAT.match(seg.text, c.start())  # PAT.finditer's matches, tried only at the cues
            if m and sentence_start_before(seg.text, m.start()):
                hits.append((seg, m))
    for series in _series(hits):
        if len(series) < rule.params.min_series:
            continue
        ly = [h for h in series if h[1].group(2)]
        bare = [h for h in series if not h[1].group(2)]
        if not ly or not bare or len(ly) == len(bare):
            continue
        to_ly = len(ly) > len(bare)
        for seg, m in (bare if to_ly else ly):
            word = m.group(1)
            yield rule.finding(seg, m.start(), m.end(), suggestions=(word + "ly" if to_ly else word,),
                               majority="-ly forms (Secondly, Thirdly)" if to_ly else "plain forms (Second, Third)")
