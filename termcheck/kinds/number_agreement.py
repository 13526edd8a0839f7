"""Number-noun agreement: "one heads", "1 villages", "two village", "a 5 counties".

Any noun of the English lexicon (``lang.en_nouns``, lemminflect) is judged: a plural-only form
after "one"/"1", a countable singular after a larger number. Nouns that are also singular
("people", "funds", "series"), mass nouns ("equipment", "poverty") and the rule's
``uncountable`` list (collective nouns the lexicon counts: "labor", "personnel") stay silent. A
singular noun after a plural number is reported only when the noun ends the phrase ("two
village." but not "two village cadres", where the noun is a modifier).
"""
from __future__ import annotations

import regex
from pydantic import BaseModel, ConfigDict

from ..lang.en_nouns import is_plural, is_singular, pluralise, singularise
from ._numbers import quantities

NEXT_WORD = regex.compile(r"[ \u00a0](?P<w>[A-Za-z]+)(?![-'’\w])")
PHRASE_END = regex.compile(r"""\s*(?:[.,;:!?)\]”"’(]|$|(?:of|in|were|was|are|is|with|to|for|from|that|which|
    at|by|on|have|has|had|will|would|each|per|under|across|who|whose)\b)""", regex.X)
# "the 2009 standard", "its 2011 plan": a year before a singular noun is a modifier, not a count
YEAR = regex.compile(r"(?:19|20)\d\d")
ARTICLE = regex.compile(r"\b(?:a|an)\s+$", regex.I)
# "no one heads the office": "one" as a pronoun, "heads" a verb
PRONOUN_ONE = regex.compile(r"\b(?:no|any|some|every|each|which|this|that|the|such)\s+$", regex.I)
HEAD_OF = regex.compile(r"\s+of\s+(?:cattle|livestock|sheep|goats|pigs|yaks|animals|poultry|stock)\b", regex.I)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    uncountable: list[str] = []  # lower-case lemmas never reported as a singular after a number


def run(rule, ctx):
    uncountable = set(rule.params.uncountable)
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
                if is_plural(low):
                    yield rule.finding(seg, q.num_start, end, suggestions=(f"{number} {singularise(word)}",),
                                       number=number, noun=word)
                continue
            if q.value <= 1 or "." in q.number:
                continue
            art = ARTICLE.search(text, max(0, q.num_start - 4), q.num_start)
            if art and is_plural(low):
                yield rule.finding(seg, art.start(), end, suggestions=(seg.original[q.num_start:end],),
                                   number=number, noun=word)
            elif is_singular(low) and low not in uncountable and not YEAR.fullmatch(q.number) \
                    and PHRASE_END.match(text, end) and not (
                    low == "head" and HEAD_OF.match(text, end)):  # "200 head of cattle"
                yield rule.finding(seg, q.num_start, end, suggestions=(f"{number} {pluralise(word)}",),
                                   number=number, noun=word)
