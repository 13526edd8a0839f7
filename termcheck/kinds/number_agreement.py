"""Number-noun agreement: "one heads", "1 villages", "two village", "a 5 counties".

Only nouns of ``lang.en_nouns`` are judged. A singular noun after a plural number is reported
only when the noun ends the phrase ("two village." but not "two village cadres", where the
noun is a modifier).
"""
from __future__ import annotations

import regex
from pydantic import BaseModel, ConfigDict

from ..lang.en_nouns import PLURAL_TO_SINGULAR, SINGULAR_TO_PLURAL, pluralise, singularise
from ._numbers import quantities

NEXT_WORD = regex.compile(r"[ \u00a0](?P<w>[A-Za-z]+)(?![-'’\w])")
PHRASE_END = regex.compile(r"""\s*(?:[.,;:!?)\]”"’(]|$|(?:of|in|were|was|are|is|with|to|for|from|that|which|
    at|by|on|have|has|had|will|would|each|per|under|across|who|whose)\b)""", regex.X)
ARTICLE = regex.compile(r"\b(?:a|an)\s+$", regex.I)
# "no one heads the office": "one" as a pronoun, "heads" a verb
PRONOUN_ONE = regex.compile(r"\b(?:no|any|some|every|each|which|this|that|the|such)\s+$", regex.I)
HEAD_OF = regex.compile(r"\s+of\s+(?:cattle|livestock|sheep|goats|pigs|yaks|animals|poultry|stock)\b", regex.I)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


def run(rule, ctx):
    for seg in ctx.segments:
        text = seg.text
        for q in quantities(ctx, seg):
            if q.kind != "count" or q.scale or q.high is not None or q.value is None:
                continue
            m = NEXT_WORD.match(text, q.num_end)
            if not m:
                continue
            word, low, end = m.group("w"), m.group("w").lower(), m.end("w")
            number = seg.original[q.num_start:q.num_end]
            if q.value == 1 and "." not in q.number:
                if q.words and PRONOUN_ONE.search(text, max(0, q.num_start - 8), q.num_start):
                    continue
                if low in PLURAL_TO_SINGULAR and not (low == "people" and q.words):
                    yield rule.finding(seg, q.num_start, end, suggestions=(f"{number} {singularise(word)}",),
                                       number=number, noun=word)
                continue
            if q.value <= 1 or "." in q.number:
                continue
            art = ARTICLE.search(text, max(0, q.num_start - 4), q.num_start)
            if art and low in PLURAL_TO_SINGULAR:
                yield rule.finding(seg, art.start(), end, suggestions=(seg.original[q.num_start:end],),
                                   number=number, noun=word)
            elif low in SINGULAR_TO_PLURAL and PHRASE_END.match(text, end) and not (
                    low == "head" and HEAD_OF.match(text, end)):  # "200 head of cattle"
                yield rule.finding(seg, q.num_start, end, suggestions=(f"{number} {pluralise(word)}",),
                                   number=number, noun=word)
