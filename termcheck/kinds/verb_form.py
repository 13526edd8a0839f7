"""A bare verb where English needs the -ing form: after a preposition and an adverb, as in
document titles translated word for word ("Notice on Earnestly Study the Spirit ...",
"Opinions on Further Improve ..."). An adverb cannot modify a noun, so "on Earnestly Study" can
only be the verb; "on Study" alone is left alone (it may be the noun).

Params: ``prepositions``; ``adverbs`` (manner adverbs only: "-ly" words such as "timely",
"only", "early" also qualify nouns, so they are not taken by their ending); ``verbs`` (base
forms that are reported; the suggestion is built by English spelling rules).
"""
from __future__ import annotations

import regex
from pydantic import BaseModel, ConfigDict

DOUBLE_FINAL = {"plan", "stop", "run", "set", "get", "put", "cut", "ship", "map", "shop", "commit",
                "admit", "submit", "control", "transfer", "refer", "permit", "equip"}


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    prepositions: list[str] = ["on", "for", "about", "of", "in", "by"]
    adverbs: list[str]
    verbs: list[str]
    compiled: object = None


def prepare(p: Params) -> Params:
    adverbs = "|".join(map(regex.escape, p.adverbs))
    preps = "|".join(map(regex.escape, p.prepositions))
    verbs = "|".join(map(regex.escape, sorted(p.verbs, key=len, reverse=True)))
    p.compiled = regex.compile(
        rf"\b(?i:{preps})\s+(?P<adv>(?i:{adverbs}))\s+(?P<verb>(?i:{verbs}))\b(?![-’'])")
    return p


def gerund(verb: str) -> str:
    """study -> studying, promote -> promoting, plan -> planning, die -> dying."""
    low = verb.lower()
    if low.endswith("ie"):
        out = low[:-2] + "ying"
    elif low.endswith("e") and not low.endswith(("ee", "ye", "oe")) and low != "be":
        out = low[:-1] + "ing"
    elif low in DOUBLE_FINAL:
        out = low + low[-1] + "ing"
    else:
        out = low + "ing"
    return out[:1].upper() + out[1:] if verb[:1].isupper() else out


def run(rule, ctx):
    p: Params = rule.params
    for seg in ctx.segments:
        for m in p.compiled.finditer(seg.text):
            s, e = m.span("verb")
            yield rule.finding(seg, s, e, suggestions=(gerund(m.group("verb")),), adverb=m.group("adv"))
