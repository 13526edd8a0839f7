"""Analyses that several kinds need, computed once and shared: per check through
``ctx.memoize`` (the lower-cased text, sentence spans, the white-space token counts), so adding a
rule does not add a scanning pass; and per glossary object (``per_glossary``), for what depends on
the glossary alone. The engine frees a check's analyses after their last user (``MEMO``).
"""
from __future__ import annotations

from collections import Counter

from ..text import lower, sentence_spans


def lowered(ctx, seg) -> str:
    """``seg.text.lower()``, once per check (same length and offsets as the text for the
    scripts of the genre; kinds that rely on that check ``len`` themselves)."""
    return ctx.memoize(("lowered", seg.id), lambda: lower(seg.text))


def sentences(ctx, seg) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the segment (``text.sentence_spans``)."""
    return ctx.memoize(("sentences", seg.id), lambda: list(sentence_spans(seg.text)))


def token_counts(ctx) -> Counter:
    """The document's white-space tokens (``str.split``, all segments) with their counts: kinds
    that count words derive them per distinct token instead of per occurrence. Split block by
    block (``_util._blocks``), so no list of every token of a long text is held at once."""
    from ._util import _blocks

    def build():
        out: Counter = Counter()
        for seg in ctx.segments:
            text = seg.text
            for lo, hi in _blocks(text, 1 << 16):
                out.update(text[lo:hi].split())
        return out
    return ctx.memoize(("token-counts",), build)


# analyses of a glossary alone, by glossary object: (glossary, key) -> (glossary, value); the
# glossary is kept alongside so that a reused id() of a collected glossary never hits
_PER_GLOSSARY: dict = {}
_PER_GLOSSARY_MAX = 256  # a server building glossaries per request must not keep them all


def per_glossary(glossary, key, build):
    """``build()`` -- an analysis that depends on the glossary only, not on the document -- once
    per glossary object instead of once per check: a server checks thousands of short paragraphs
    with one glossary, and rebuilding these took half of each 1 KB check. A build that wraps
    itself in ``stored_analysis`` is also kept on disk for the next process."""
    hit = _PER_GLOSSARY.get((id(glossary), key))
    if hit is not None and hit[0] is glossary:
        return hit[1]
    value = build()
    if len(_PER_GLOSSARY) >= _PER_GLOSSARY_MAX:
        _PER_GLOSSARY.clear()
    _PER_GLOSSARY[(id(glossary), key)] = (glossary, value)
    return value


def stored_analysis(glossary, name: str, build, depends: bytes = b""):
    """``build()``, kept in the cache directory (``analysis-<key>.pkl``), so that a new
    process (every ``termcheck check`` run) loads it instead of building it again: for a glossary
    that came through ``load_glossaries``, whose ``content_key`` covers the glossary's content, the
    glossary code and the noun lexicon it inflects with. The key adds the analysis' ``name``, the
    code of termcheck/*.py and kinds/*.py (``rulecache.digest``) and ``depends`` (whatever else
    the analysis reads, e.g. a data file's words). A glossary built otherwise (no key), a missing,
    stale or unreadable file, or TERMCHECK_NO_CACHE: built here. The value must pickle."""
    content = getattr(glossary, "content_key", None)
    if not content:
        return build()
    from .. import rulecache

    key = rulecache.digest(content.encode(), name.encode(), depends)
    value = rulecache.load_object(_ANALYSIS, key)
    if value is not None and value[0] == name:
        return value[1]
    value = build()
    rulecache.save(key, (name, value), _ANALYSIS)
    return value


_ANALYSIS = "analysis"
