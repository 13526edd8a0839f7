"""One concept, one rendering per document: when a document uses two acceptable renderings of
the same glossary concept (two admitted ones, or an admitted one beside the preferred one), the
occurrences of the less used rendering are reported, pointing to the majority form. A tie goes
to the preferred term, then to the rendering the document used first.

Deprecated forms are left to the deprecated-term rule; acronyms, forms shared by several
concepts and short terms (fewer than ``min_words`` words: "poverty relief" beside "poverty
alleviation" is a choice of words, not a second name) are not counted, unless written as a
name inside a sentence ("under the Rain Plan" beside "the Rain and Dew Plan").

A rendering written in lower case whose content words are those of the majority form (a
reordering, or one qualifier more or less) describes the thing rather than naming it, and is
not reported; written as a name (capitals after its first word) it is.
Two renderings a document declares as one ("the Provincial Office of X (hereinafter the
"Provincial X Office")") are one rendering. A rendering inside a longer capitalised name whose
other words come before it ("Leading Group Office of X") is part of another body's name and is
not counted; level words and place names before it (``qualifiers``: "Provincial", "County",
"Sichuan") only say whose body it is.

Params: ``min_words``; ``min_majority``: occurrences the majority form needs; ``qualifiers``.
"""
from __future__ import annotations

import regex
from ..lazymodel import BaseModel, ConfigDict, Field

from .glossary_term import glossary_matches, suggestion_for, zh_of

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("glossary-matches", "glossary-fold", "lowered")  # lowered: read by glossary_matches


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_words: int = Field(3, ge=1)
    min_majority: int = Field(1, ge=1)
    qualifiers: list[str] = []


# "(hereinafter referred to as the "X")", "(hereafter X)", "(X for short)"
ALIAS = regex.compile(r"\(\s*(?i:hereinafter|hereafter)(?:\s+(?:referred\s+to|called|abbreviated|known))?(?:\s+as)?"
                      r"\s*(?:the\s+)?[\"“'‘]?\s*(?:\p{Lu}[\p{L}\-]*\s+){0,3}$")
NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’\-]*)(?:[ \t]+(?:of|for|on|and|the|in)?)?[ \t]+$")


def run(rule, ctx):
    if ctx.glossary is None:
        return
    p: Params = rule.params
    by_concept: dict[str, dict[str, list]] = {}
    alias: dict[tuple[str, str], str] = {}  # (concept, rendering) -> the rendering it was declared for
    quals = {q.lower() for q in p.qualifiers}
    order = 0
    short: dict[str, bool] = {}  # term text -> fewer than min_words words (a few hundred terms recur)
    capitalised: dict[str, bool] = {}  # matched text -> _capitalised_words
    for seg in ctx.segments:
        last: dict[str, object] = {}  # concept -> its previous counted match in this segment
        for m in glossary_matches(ctx, seg):
            t = m.term
            if m.others or (t.status != "preferred" and t.status != "admitted") or t.is_acronym:
                continue
            is_short = short.get(t.text)
            if is_short is None:
                is_short = short[t.text] = len(t.text.replace("-", " ").split()) < p.min_words
            if is_short:
                cap = capitalised.get(m.text)
                if cap is None:
                    cap = capitalised[m.text] = _capitalised_words(m.text)
                if not (cap and _proper_name(seg.text, m)):
                    continue
            if m.text[:1].isupper() and _inside_longer_name(seg.text, m, quals):
                continue
            prev = last.get(m.concept.id)
            if prev is not None and prev.term.text != t.text and m.start - prev.end < 80 \
                    and ALIAS.search(seg.text[prev.end:m.start]):
                alias[(m.concept.id, t.text)] = alias.get((m.concept.id, prev.term.text), prev.term.text)
            last[m.concept.id] = m
            by_concept.setdefault(m.concept.id, {}).setdefault(t.text, []).append((order, seg, m))
            order += 1
    for (cid, text), home in alias.items():
        group = by_concept[cid]
        if text in group and home in group and text != home:
            group[home] = sorted(group[home] + group.pop(text), key=lambda x: x[0])
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
                if not _written_as_name(m.text) and _same_words(text, winner):
                    continue  # "central conference on X" beside "central X conference": a description reworded
                yield rule.finding(seg, m.start, m.end, suggestions=(suggestion_for(m, winner),),
                                   majority=winner, count=len(hits), zh=zh_of(m.concept))


STOP = {"of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by", "with"}


def _proper_name(text: str, m) -> bool:
    """A short rendering written as a name: two or more words, each content word capitalised,
    quoted on its own or inside a sentence (not at the start of a sentence or heading, where
    capitals say nothing): "under the Rain Plan, ...", "the "Rain Plan" trained ..."."""
    if not _capitalised_words(m.text):
        return False
    before = text[max(0, m.start - 30):m.start]
    if text[m.end:m.end + 1] in "\"”’'" and QUOTE_BEFORE.search(before):
        return True  # quoted on its own: a name wherever it stands
    return bool(INSIDE_SENTENCE.search(before))


# compiled once: regex.search(str, ...) looks its pattern up in the module's cache on every call
QUOTE_BEFORE = regex.compile(r"[\"“‘']$")
INSIDE_SENTENCE = regex.compile(r"\p{Ll}[\p{L},;]*\s+(?:the\s+)?$")


def _capitalised_words(text: str) -> bool:
    """Two or more words, each content word capitalised (the first test of _proper_name)."""
    words = text.replace("-", " ").split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words if w.lower() not in STOP)


def _written_as_name(text: str) -> bool:
    """Capitals after the first word: the text writes the rendering as a name or title."""
    return any(w[:1].isupper() for w in text.replace("-", " ").split()[1:])


def _same_words(a: str, b: str) -> bool:
    """One rendering's content words are all in the other's (a reordering, or one qualifier more)."""
    wa = {w for w in a.lower().replace("-", " ").split() if w not in STOP}
    wb = {w for w in b.lower().replace("-", " ").split() if w not in STOP}
    return wa <= wb or wb <= wa


def _inside_longer_name(text: str, m, quals: set[str]) -> bool:
    """The match continues a capitalised name whose earlier words are not qualifiers
    ("Leading Group Office of Poverty Alleviation and Development": another body)."""
    if not m.text[:1].isupper():
        return False
    if not m.start or text[m.start - 1] not in " \t":  # NAME_BEFORE ends in blanks
        return False
    b = NAME_BEFORE.search(text, max(0, m.start - 60), m.start)
    if b is None:
        return False
    from ..lang.pinyin import is_pinyin_name  # (an import statement costs microseconds: only here)

    word = b.group(1)
    return word.lower() not in quals and not is_pinyin_name(word)


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
