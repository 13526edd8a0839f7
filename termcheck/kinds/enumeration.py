"""Enumeration style: a series of sentence-initial ordinals that mixes forms
(``First, ... Secondly, ... Thirdly``). The minority form is reported with the majority one.
"""
from __future__ import annotations

import regex
from pydantic import BaseModel

from ..text import sentence_start_before

ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
LY = {o: o + "ly" for o in ORDINALS}
PAT = regex.compile(r"\b(" + "|".join(o.capitalize() for o in ORDINALS) + r")(ly)?(?=,)")


class Params(BaseModel):
    min_series: int = 3


def run(rule, ctx):
    hits = []
    for seg in ctx.segments:
        for m in PAT.finditer(seg.text):
            if sentence_start_before(seg.text, m.start()):
                hits.append((seg, m))
    if len(hits) < rule.params.min_series:
        return
    ly = [h for h in hits if h[1].group(2)]
    bare = [h for h in hits if not h[1].group(2)]
    if not ly or not bare or len(ly) == len(bare):
        return
    minority, majority = (ly, "“Firstly, Secondly”") if len(ly) < len(bare) else (bare, "“Firstly, Secondly”")
    to_ly = len(ly) > len(bare)
    for seg, m in minority:
        word = m.group(1)
        sugg = word + "ly" if to_ly else word
        yield rule.finding(seg, m.start(), m.end(), suggestions=(sugg,),
                           majority="-ly forms (Secondly, Thirdly)" if to_ly else "plain forms (Second, Third)")
