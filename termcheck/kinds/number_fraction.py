"""A fractional count of countable things with no scale word: "13.56 people", "2.5 households".

The suggestion adds the scale word the document itself uses with the same figure ("poor
population of 13.56 million" earlier gives "13.56 million people"), else ``default_scale``.
Averages ("an average of 3.5 people per household") stay silent, and so do section numbers
("2.2 Industries" first on its line, before a capital).
"""
from __future__ import annotations

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang.en_nouns import PLURAL_TO_SINGULAR, SINGULAR_TO_PLURAL
from ._numbers import kind_index, quantities

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered")

# an average anywhere earlier in the sentence ("About 3.1 people per household ... compared with 3.8 people")
AVERAGE_BEFORE = regex.compile(r"\b(?:average|averag\w*|mean|per|each|median)\b[^.;!?]{0,150}$", regex.I | regex.X | regex.REVERSE)
AVERAGE_AFTER = regex.compile(r"\s*(?:per|a|an|each|on\ average|per\ capita)\b", regex.I | regex.X)
# what may stand before a section number on its line: Markdown heading marks, emphasis, spaces
HEADING_LEAD = frozenset("# \t*_>-\u2060")


def _section_number(text, q) -> bool:
    """'### 2.2 Industries', '3.1 Roads' on a line of its own: a numbered heading (the figure
    begins its line and a capitalised word follows), not a count."""
    line_start = text.rfind("\n", 0, q.start) + 1
    if any(c not in HEADING_LEAD for c in text[line_start:q.start]):
        return False
    return q.unit_start is not None and text[q.unit_start:q.unit_start + 1].isupper()


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    default_scale: str = "million"
    # nouns that score or measure rather than count ("4.5 stars", "2.5 degrees", "1.5 points")
    scores: list[str] = []


# "The number of people ... stays at 2.3": the counted noun before the figure
NUMBER_OF = regex.compile(r"\b(?:the|a|its|their)\s+(?:total\s+)?number\s+of\s+(?P<np>(?:[a-z-]+\s+){0,3})", regex.I)
# what makes a bare decimal after "the number of ..." a ratio, a rate or a multiple, not a count
NOT_A_COUNT = regex.compile(r"\b(?:per|average|averag\w*|ratio|rate|index|density|times|proportion|share|percentage|"
                            r"for\s+every|each|every|mean|median)\b|[%\d]", regex.I)


def _number_of(text, q):
    """The counted plural noun when the bare decimal ``q`` is what "the number of <noun> ..."
    earlier in its sentence comes to ("The number of people ... in employment stays at 2.3"); else None."""
    lo = max(0, q.start - 160)
    for mark in ".;!?\n":
        i = text.rfind(mark, lo, q.start)
        if i >= 0 and not (mark == "." and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            lo = max(lo, i + 1)
    found = None
    for m in NUMBER_OF.finditer(text, lo, q.start):
        found = m
    if found is None or NOT_A_COUNT.search(text, found.start("np"), q.start) or AVERAGE_AFTER.match(text, q.num_end):
        return None
    for word in found.group("np").split():
        w = word.lower()
        if w in PLURAL_TO_SINGULAR:
            return w
    return None


def run(rule, ctx):
    p: Params = rule.params
    scale_of: dict[str, str] = {}
    for seg in ctx.segments:
        for q in quantities(ctx, seg):
            if q.scale and not q.words:
                scale_of.setdefault(q.number, q.scale.lower())
    for seg in ctx.segments:
        qs, text = quantities(ctx, seg), seg.text
        for q in map(qs.__getitem__, kind_index(qs).get("count", ())):  # the counts only
            if q.scale or q.words or "." not in q.number:
                continue
            if q.unit_end is None:
                noun = _number_of(text, q) if not q.approx or q.approx in ("about", "around", "some") else None
                if noun is not None:
                    scale = scale_of.get(q.number, p.default_scale)
                    yield rule.finding(seg, q.num_start, q.num_end, suggestions=(f"{q.number} {scale}",),
                                       scale=scale, noun=noun)
                continue
            if q.unit not in PLURAL_TO_SINGULAR and q.unit not in SINGULAR_TO_PLURAL:
                continue
            if q.unit in p.scores or (PLURAL_TO_SINGULAR.get(q.unit) or "") in p.scores:
                continue
            if AVERAGE_BEFORE.search(text, max(0, q.start - 160), q.start) or AVERAGE_AFTER.match(text, q.unit_end):
                continue
            if _section_number(text, q):
                continue
            scale = scale_of.get(q.number, p.default_scale)
            suggestion = f"{q.number} {scale}{seg.original[q.num_end:q.unit_end]}"
            yield rule.finding(seg, q.num_start, q.unit_end, suggestions=(suggestion,), scale=scale,
                               noun=q.unit)
