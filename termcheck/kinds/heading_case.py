"""A section heading whose initial case differs from its siblings'.

Headings are ``【...】`` section markers, Markdown ``#`` headings (siblings share a level) and
short plain-text lines with no final punctuation between blank lines. When at least
``min_siblings`` headings of a family start with a capital and one starts lower-case, that
one is reported with its first letter capitalised. Siblings are counted over the whole of a
monolingual document, also when a reader splits it into segments (a Word file's paragraphs),
and within each unit of a bilingual one.
"""
from __future__ import annotations

import regex
from ..lazymodel import BaseModel

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
    # siblings are the headings of one document: across segments when a monolingual file is read
    # as many segments (a Word file's paragraphs); per segment for bilingual units
    groups = [ctx.segments] if not ctx.document.bilingual else [(s,) for s in ctx.segments]
    for segs in groups:
        fams: dict[str, list] = {}
        for seg in segs:
            for fam, spans in _families(seg, ctx.document.format).items():
                fams.setdefault(fam, []).extend((seg, s, e) for s, e in spans)
        for spans in fams.values():
            firsts = []
            for seg, s, e in spans:
                m = regex.search(r"\p{L}", seg.text[s:e])
                if m:
                    firsts.append((seg, s, e, s + m.start(), m.group()))
            upper = sum(1 for *_, ch in firsts if ch.isupper())
            if upper < rule.params.min_siblings:
                continue
            for seg, s, e, pos, ch in firsts:
                if ch.islower():
                    text = seg.original[s:e]
                    fixed = text[:pos - s] + ch.upper() + text[pos - s + 1:]
                    yield rule.finding(seg, s, e, suggestions=(fixed,), upper=upper)
