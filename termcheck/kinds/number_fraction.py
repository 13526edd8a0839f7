"""A fractional count of countable things with no scale word: "13.56 people", "2.5 households".

The suggestion adds the scale word the document itself uses with the same figure ("poor
population of 13.56 million" earlier gives "13.56 million people"), else ``default_scale``.
Averages ("an average of 3.5 people per household") stay silent.
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
# what may come before a section number on its line ("### 2.2 Industries", "- 2.6 Work")
LINE_LEAD = frozenset(" \t#*>-")


def _section_number(text: str, q) -> bool:
    """A decimal at the start of a line before a capitalised word is a section number ("2.2
    Industries" in a heading), not a count."""
    line = text.rfind("\n", 0, q.num_start) + 1
    return all(c in LINE_LEAD for c in text[line:q.num_start]) and text[q.unit_start:q.unit_start + 1].isupper()


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    default_scale: str = "million"
    # nouns that score or measure rather than count ("4.5 stars", "2.5 degrees", "1.5 points")
    scores: list[str] = []


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
            if q.scale or q.words or "." not in q.number or q.unit_end is None:
                continue
            if q.unit not in PLURAL_TO_SINGULAR and q.unit not in SINGULAR_TO_PLURAL:
                continue
            if q.unit in p.scores or (PLURAL_TO_SINGULAR.get(q.unit) or "") in p.scores:
                continue
            if _section_number(text, q):
                continue
            if AVERAGE_BEFORE.search(text, max(0, q.start - 160), q.start) or AVERAGE_AFTER.match(text, q.unit_end):
                continue
            scale = scale_of.get(q.number, p.default_scale)
            suggestion = f"{q.number} {scale}{seg.original[q.num_end:q.unit_end]}"
            yield rule.finding(seg, q.num_start, q.unit_end, suggestions=(suggestion,), scale=scale,
                               noun=q.unit)
