"""One concept, one rendering per document: when a document uses two acceptable renderings of
the same glossary concept (two admitted ones, or an admitted one beside the preferred one), the
occurrences of the less used rendering are reported, pointing to the majority form. A tie goes
to the preferred term, then to the rendering the document used first.

Deprecated forms are left to the deprecated-term rule; acronyms, forms shared by several
concepts and short terms (fewer than ``min_words`` words: "poverty relief" beside "poverty
alleviation" is a choice of words, not a second name) are not counted.

Params: ``min_words``; ``min_majority``: occurrences the majority form needs.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .glossary_term import glossary_matches, suggestion_for, zh_of


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_words: int = Field(3, ge=1)
    min_majority: int = Field(1, ge=1)


def run(rule, ctx):
    if ctx.glossary is None:
        return
    p: Params = rule.params
    by_concept: dict[str, dict[str, list]] = {}
    order = 0
    for seg in ctx.segments:
        for m in glossary_matches(ctx, seg):
            t = m.term
            if t.status not in ("preferred", "admitted") or m.others or t.is_acronym:
                continue
            if len(t.text.replace("-", " ").split()) < p.min_words:
                continue
            by_concept.setdefault(m.concept.id, {}).setdefault(t.text, []).append((order, seg, m))
            order += 1
    for renderings in by_concept.values():
        renderings = _merge_nested(renderings)
        if len(renderings) < 2:
            continue
        ranked = sorted(renderings.items(), key=lambda kv: (-len(kv[1]), kv[1][0][2].term.status != "preferred", kv[1][0][0]))
        winner, hits = ranked[0]
        if len(hits) < p.min_majority:
            continue
        for text, occ in ranked[1:]:
            for _, seg, m in occ:
                yield rule.finding(seg, m.start, m.end, suggestions=(suggestion_for(m, winner),),
                                   majority=winner, count=len(hits), zh=zh_of(m.concept))


def _merge_nested(renderings: dict[str, list]) -> dict[str, list]:
    """'key problem tackling' and 'key problem tackling for poverty reduction' are one rendering
    (one is the other with a qualifier): count them together under the shorter form."""
    from ..glossary.forms import key

    names = sorted(renderings, key=lambda t: len(t))
    out: dict[str, list] = {}
    for name in names:
        k = key(name)
        home = next((o for o in out if key(o) in k), None)
        if home is None:
            out[name] = list(renderings[name])
        else:
            out[home] = sorted(out[home] + renderings[name], key=lambda x: x[0])
    return out
