"""Punctuation and markup that the source has and the target lacks.

``report: titles``: the source marks titles with 《》 or quotes with “”/「」 and the target
marks fewer phrases (with quotation marks or Markdown/HTML emphasis) than the source does. A
quoted term (not a 《》 title) also counts as marked by a capitalised name in the target
(“扶贫日” -> Poverty Alleviation Day): English capitalises names where Chinese quotes them.
``report: brackets``: the source has more bracketed groups (（）, (), 【】, 〔〕) than the
target has (), [] or 【】.
``report: final``: the source sentence ends with 。！？ and the target ends with no
sentence-final punctuation (. ! ? : ; …, before closing quotes and brackets).
"""
from __future__ import annotations

from typing import Literal

import regex
from ..lazymodel import BaseModel

from ._bilingual import HAN, paired, short, trimmed

SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks

ZH_TITLES = regex.compile(r"《[^《》]+》|“[^“”]+”|「[^「」]+」|『[^『』]+』")
# quotation marks, Markdown emphasis, HTML italics, or a phrase wrapped in masked inline codes
# (an XLIFF <g ctype="italic">…</g> reads as fill characters around the title)
EN_MARKED = regex.compile(r"“[^“”]+”|\"[^\"\n]+\"|‘[^‘’]+’(?!\w)|(?<!\w)'[^'\n]+'(?!\w)|\*[^*\n]+\*"
                          r"|(?<!\w)_[^_\n]+_(?!\w)|<(?:i|em|cite)>|\u2060+[^\u2060\n]+\u2060+")
EN_NAME = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\-]*(?:[ \u00a0]+(?:of|and|for|the|on|in|to)?[ \u00a0]*\p{Lu}[\p{L}\-]*)+")
ZH_BRACKETS = regex.compile(r"（[^（）]*）|\([^()]*\)|【[^【】]*】|〔[^〔〕]*〕|\[[^\[\]]*\]")
EN_BRACKETS = regex.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")
ZH_FINAL = regex.compile(r"[。！？][”’」』）)]*\s*$")
EN_FINAL = regex.compile(r"[.!?:;…。][\"'”’)\]】*_]*$")
LAST_WORD = regex.compile(r"\S+$")


class Params(BaseModel):
    report: Literal["titles", "brackets", "final"]


def run(rule, ctx):
    p: Params = rule.params
    for seg in paired(ctx):
        src = seg.source.strip()
        if not HAN.search(src):
            continue
        a, b = trimmed(seg)
        if a == b:
            continue
        text = seg.text
        if p.report == "titles":
            marked = ZH_TITLES.findall(src)
            have = len(EN_MARKED.findall(text[a:b]))
            books = sum(1 for m in marked if m.startswith("《"))
            # a term in Chinese quotation marks (“扶贫日”) becomes a capitalised name in English
            # ("Poverty Alleviation Day"), which marks it as well; a book title needs quotes or italics
            names = len(EN_NAME.findall(text[a:b])) if len(marked) > have and have >= books else 0
            if len(marked) > have + names:
                titles = [m for m in marked if m.startswith("《")] or marked
                yield rule.finding(seg, a, b, title=short(titles[-1], 30), n=len(marked), m=have)
        elif p.report == "brackets":
            groups = ZH_BRACKETS.findall(src)
            have = len(EN_BRACKETS.findall(text[a:b]))
            if len(groups) > have:
                yield rule.finding(seg, a, b, group=short(groups[-1], 30), n=len(groups), m=have)
        else:
            if not ZH_FINAL.search(src):
                continue
            body = text[a:b].replace("\u2060", "")
            if EN_FINAL.search(body):
                continue
            m = LAST_WORD.search(text, a, b)
            s, e = m.span() if m else (b, b)
            word = seg.original[s:e]
            yield rule.finding(seg, s, e, suggestions=(word + ".",), final=src[-1])
