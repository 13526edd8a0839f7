"""A section heading whose initial case differs from its siblings'.

Headings are ``【...】`` section markers, Markdown ``#`` headings (siblings share a level) and
short plain-text lines with no final punctuation between blank lines. When at least
``min_siblings`` headings of a family start with a capital and one starts lower-case, that
one is reported with its first letter capitalised.
"""
from __future__ import annotations

import regex
from pydantic import BaseModel

MARKER = regex.compile(r"【([^【】\n]{1,120})】")
MD_HEADING = regex.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", regex.M)


class Params(BaseModel):
    min_siblings: int = 3


def _families(seg, fmt):
    fams: dict[str, list[tuple[int, int]]] = {}
    for m in MARKER.finditer(seg.text):
        fams.setdefault("marker", []).append(m.span(1))
    if fmt == "md":
        for m in MD_HEADING.finditer(seg.original):
            fams.setdefault("h" + str(len(m.group(1))), []).append(m.span(2))
    return fams


def run(rule, ctx):
    for seg in ctx.segments:
        for fam, spans in _families(seg, ctx.document.format).items():
            firsts = []
            for s, e in spans:
                m = regex.search(r"\p{L}", seg.text[s:e])
                if m:
                    firsts.append((s, e, s + m.start(), m.group()))
            upper = sum(1 for *_, ch in firsts if ch.isupper())
            if upper < rule.params.min_siblings:
                continue
            for s, e, pos, ch in firsts:
                if ch.islower():
                    text = seg.original[s:e]
                    fixed = text[:pos - s] + ch.upper() + text[pos - s + 1:]
                    yield rule.finding(seg, s, e, suggestions=(fixed,), upper=upper)
