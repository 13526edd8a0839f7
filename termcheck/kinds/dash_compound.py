"""An em dash typed where a hyphen joins a compound ("East—West", "tea—themed").

Some house styles set em dashes between words with no spaces as punctuation ("the plan—adopted
in May—was"), so a dash is reported only when the document gives no sign of that style:
it hyphenates compounds (at least ``min_hyphenated`` letter-hyphen-letter words), every em
dash in it sits between two letters, there are at most ``max_per_document`` of them, and no
other em dash shares the paragraph (a pair of dashes frames an aside). A dash next to a function
word (``function_words``: "clear—the inns", "roads—and") is punctuation, not a compound.
"""
from __future__ import annotations

import regex
from ..lazymodel import BaseModel

EM_DASH = "\u2014"
COMPOUND = regex.compile(r"(\p{L}[\p{L}\p{M}]*)\u2014(\p{L}[\p{L}\p{M}]*)")
HYPHENATED = regex.compile(r"\p{L}-\p{L}")


class Params(BaseModel):
    min_hyphenated: int = 3
    max_per_document: int = 2
    function_words: set[str] = set()


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b == -1 else b


def run(rule, ctx):
    p: Params = rule.params
    total = sum(seg.text.count(EM_DASH) for seg in ctx.segments)
    if not total or total > p.max_per_document:
        return
    hits = [(seg, m) for seg in ctx.segments if EM_DASH in seg.text for m in COMPOUND.finditer(seg.text)]
    if len(hits) != total:
        return  # some em dash is spaced or next to punctuation: the document uses dashes as punctuation
    hyphenated = 0
    for seg in ctx.segments:
        hyphenated += len(HYPHENATED.findall(seg.text))
        if hyphenated >= p.min_hyphenated:
            break
    if hyphenated < p.min_hyphenated:
        return
    for seg, m in hits:
        a, b = _paragraph(seg.text, m.start())
        if seg.text.count(EM_DASH, a, b) > 1:
            continue
        if m.group(1).lower() in p.function_words or m.group(2).lower() in p.function_words:
            continue  # "clear—the inns": a dash as punctuation
        yield rule.finding(seg, m.start(), m.end(), suggestions=(f"{m.group(1)}-{m.group(2)}",))
