"""One document, one style: when several variants of the same thing occur (``No.53`` and
``No. 4``), the occurrences of the less used variant are reported, with the majority form.

Params: ``variants``: a list of ``{name, pattern, replacement}`` (``replacement`` is a
template over the match's groups producing the majority variant's form; give one per
variant, used when *another* variant wins); ``min_majority``: how many occurrences the
majority needs before the minority is reported; ``prefer``: the variant that wins a tie
(none: ties are not reported).
"""
from __future__ import annotations

import regex
from ..lazymodel import BaseModel, ConfigDict

from ._pieces import plan
from ._util import timeout_for


class Variant(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    name: str
    pattern: str
    to: dict[str, str] = {}  # replacement template per winning variant name
    compiled: object = None
    pieces: object = None  # _pieces.Pieces: where in a text the pattern can match, or None


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    variants: list[Variant]
    ignorecase: bool = False
    min_majority: int = 1
    prefer: str | None = None


def prepare(p: Params) -> Params:
    flags = regex.V1 | (regex.IGNORECASE if p.ignorecase else 0)
    for v in p.variants:
        v.compiled = regex.compile(v.pattern, flags)
        v.pieces = None  # planned at the first long segment (see _finder)
    return p


# characters: planning a variant parses its pattern (~2 ms, once per process); the stretch search
# saves ~50 ms per MB, so it pays only on segments of a few hundred KB (not on an editor's chapter)
LONG = 200_000


def _finder(v, flags: int, text: str):
    """The matches of variant ``v`` in ``text``; on a long text only the stretches that can hold
    one are searched (``_pieces``: the same matches)."""
    timeout = timeout_for(text, 1.0)
    if len(text) >= LONG:
        if v.pieces is None:
            v.pieces = plan(v.pattern, flags) or False
        if v.pieces:
            return v.pieces.finditer(v.compiled, text, timeout=timeout)
    return v.compiled.finditer(text, timeout=timeout)


def run(rule, ctx):
    p: Params = rule.params
    hits: dict[str, list] = {v.name: [] for v in p.variants}
    flags = regex.V1 | (regex.IGNORECASE if p.ignorecase else 0)
    for seg in ctx.segments:
        for v in p.variants:
            matches = list(_finder(v, flags, seg.text))
            hits[v.name].extend((seg, m) for m in matches)
    used = {k: len(v) for k, v in hits.items() if v}
    if len(used) < 2:
        return
    ranked = sorted(used.items(), key=lambda kv: (-kv[1], kv[0] != p.prefer))
    winner, top = ranked[0]
    if top < p.min_majority:
        return
    if len(ranked) > 1 and ranked[1][1] == top and p.prefer not in (winner,):
        return  # a tie with no preferred variant: no basis to choose
    by_name = {v.name: v for v in p.variants}
    for name, ms in hits.items():
        if name == winner:
            continue
        template = by_name[name].to.get(winner)
        for seg, m in ms:
            sugg = (m.expand(template),) if template is not None else ()
            yield rule.finding(seg, m.start(), m.end(), suggestions=sugg, variant=name,
                               majority=winner, count=top)
