"""Glossary terms in the Chinese source and how the target renders them.

For every concept the glossary finds in a segment's source (``Glossary.match_source``) the
target should hold one of its approved English terms (preferred or admitted), found with the
glossary's inflection-aware English matcher (``Glossary.match``) or, failing that, as plain
text.
``report: deprecated``: the target uses a deprecated or superseded rendering of the concept
(reported on that rendering, the preferred term suggested).
``report: missing``: no rendering at all (reported on the whole target); not for concepts whose
approved renderings are all romanisations ("Yijia Xinzhai"), where a descriptive translation
is as good.
``report: variants``: across the document one concept is rendered with different approved
terms (of at least ``min_words`` words); the less common ones are reported with the most
common as the suggestion. A rendering found inside the target's rendering of a longer
source term (a title that holds the term) belongs to that term and is not compared.
Source terms of one Han character and short unit terms glued to numbers (52.3亿元) are left to the numbers
checks. Without a glossary (``ctx.glossary`` None) the kind stays silent.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal

import regex
from ..lazymodel import BaseModel

from ._bilingual import HAN, paired, trimmed

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("source-terms",)

FILL = "\u2060"  # readers.mask.FILL
APPROVED = ("preferred", "admitted")
BAD = ("deprecated", "superseded")
DIGIT_NEAR = regex.compile(r"[0-9０-９.．]")


class Params(BaseModel):
    report: Literal["deprecated", "missing", "variants"]
    min_source_chars: int = 2
    min_words: int = 1  # variants: renderings of fewer words are a choice of words, not two names
    # missing: words that stand for one another when a reworded rendering is recognised (the
    # first of a group stands for all: "poor people" is "poor population" reworded)
    same_words: list[list[str]] = []


@dataclass(frozen=True)
class _Hit:
    """A glossary match in the target, with offsets into the segment's (masked) text."""
    start: int
    end: int
    term: object
    concept: object


def _terms(concept, statuses):
    return [t for t in getattr(concept, "terms", ()) if getattr(t, "lang", "en").startswith("en")
            and getattr(t, "status", "preferred") in statuses]


def _preferred(concept) -> str | None:
    t = getattr(concept, "preferred_en", None)
    if t is None:
        ok = _terms(concept, APPROVED)
        t = ok[0] if ok else None
    return getattr(t, "text", None)


def _key(concept):
    return getattr(concept, "id", None) or id(concept)


def _analyse(glossary, seg, min_chars):
    """(concept, approved match or None, deprecated matches) for each concept in the source."""
    # inline codes are masked as fill characters: match on the text without them, map spans back
    keep = [i for i, ch in enumerate(seg.text) if ch != FILL]
    compact = "".join(seg.text[i] for i in keep)
    try:
        src_matches = glossary.match_source(seg.source)
        tgt_matches = [_Hit(keep[m.start], keep[m.end - 1] + 1, m.term, m.concept)
                       for m in glossary.match(compact) if m.end > m.start]
    except Exception:  # a glossary still being built must not break the other checks
        return []
    out, seen = [], set()
    for sm in src_matches:
        c = sm.concept
        text = seg.source[sm.start:sm.end]
        before = seg.source[max(0, sm.start - 1):sm.start]
        after = seg.source[sm.end:sm.end + 1]
        numeric = DIGIT_NEAR.match(before or " ") or DIGIT_NEAR.match(after or " ")
        if len(text) < min_chars or (len(text) <= 2 and numeric):  # 万元, 亿元 in 52.3亿元: numbers' business
            continue
        if _key(c) in seen:
            continue
        seen.add(_key(c))
        approved = {t.text.lower() for t in _terms(c, APPROVED)}
        bad = {t.text.lower() for t in _terms(c, BAD)}
        if not approved:
            continue
        good, bad_hits = None, []
        for tm in tgt_matches:
            status = getattr(tm.term, "status", "")
            same = _key(tm.concept) == _key(c)
            if (same and status in APPROVED) or tm.term.text.lower() in approved:
                good = good or tm
            elif (same and status in BAD) or tm.term.text.lower() in bad:
                bad_hits.append(tm)
        if good is None:
            low = compact.lower()
            for t in sorted(approved, key=len, reverse=True):
                i = low.find(t)
                if i >= 0:
                    a, b = keep[i], keep[i + len(t) - 1] + 1
                    nested = any(h.start <= a and b <= h.end and _key(h.concept) != _key(c) for h in tgt_matches)
                    good = (a, b, t, nested)
                    break
        out.append((c, text, good, bad_hits))
    return out


def run(rule, ctx):
    p: Params = rule.params
    glossary = ctx.glossary
    if glossary is None or not hasattr(glossary, "match_source") or not hasattr(glossary, "match"):
        return
    analyses = ctx.memoize(("source-terms", p.min_source_chars), lambda: [
        (seg, _analyse(glossary, seg, p.min_source_chars)) for seg in paired(ctx)])
    if p.report == "variants":
        yield from _variants(rule, analyses, p.min_words)
        return
    same = _same_words(p.same_words)
    for seg, found in analyses:
        compact = seg.text.replace(FILL, "")
        if len(HAN.findall(compact)) * 2 >= max(len(compact.strip()), 1):
            continue  # still Chinese: TC621's business
        for concept, zh, good, bad_hits in found:
            pref = _preferred(concept)
            if good is not None:
                continue
            if p.report == "deprecated":
                for tm in bad_hits:
                    yield rule.finding(seg, tm.start, tm.end, suggestions=(pref,), zh=zh)
            elif not bad_hits and not _paraphrased(concept, compact, same=same) and not _romanised_only(concept):
                a, b = trimmed(seg)
                if a < b:
                    yield rule.finding(seg, a, b, suggestions=(pref,), zh=zh)


STOP = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "with", "by", "at", "from", "its", "their"}
WORDS = regex.compile(r"[a-z0-9]+")


def _stems(text: str, same: dict | None = None) -> set[str]:
    """Content words, crudely stemmed (plural s dropped), for recognising a reworded term; a word
    of ``same`` counts as the word it maps to."""
    out = {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
           for w in WORDS.findall(text.lower()) if w not in STOP}
    return {same.get(w, w) for w in out} if same else out


def _same_words(groups) -> dict:
    """``same_words`` as a map: every word of a group (stemmed as ``_stems`` does) -> the group's first."""
    out = {}
    for group in groups:
        stems = [next(iter(_stems(w)), w) for w in group]
        for w in stems:
            out[w] = stems[0]
    return out


def _paraphrased(concept, target: str, share: float = 0.6, same: dict | None = None) -> bool:
    """True when most content words of an approved rendering are in the target (the term reworded,
    e.g. "central conference on poverty alleviation and development" for "Central Poverty
    Alleviation and Development Conference"): not reported as missing."""
    have = _stems(target, same)
    for t in _terms(concept, APPROVED):
        words = _stems(t.text, same)
        if words and len(words & have) / len(words) >= share:
            return True
    return False


def _romanised_only(concept) -> bool:
    """Every approved rendering is a romanisation ("Yijia Xinzhai"): the glossary knows no English
    for the concept, so a translator's descriptive rendering cannot be checked against it."""
    from ..lang.pinyin import is_pinyin_name

    terms = _terms(concept, APPROVED)
    return bool(terms) and all(
        all(is_pinyin_name(w) for w in t.text.split()) for t in terms)


def _variants(rule, analyses, min_words: int = 1):
    uses: dict = {}
    for seg, found in analyses:
        for concept, zh, good, _ in found:
            if good is None:
                continue
            if isinstance(good, tuple):
                start, end, text, nested = good
                if nested:
                    continue
            else:
                start, end, text = good.start, good.end, good.term.text
            if len(text.replace("-", " ").split()) < min_words:
                continue
            uses.setdefault(_key(concept), []).append((seg, start, end, text.lower(), zh))
    for items in uses.values():
        counts = Counter(t for *_, t, _ in items)
        if len(counts) < 2:
            continue
        top = counts.most_common(1)[0][0]
        shown = next(seg.original[s:e] for seg, s, e, t, _ in items if t == top)
        for seg, s, e, t, zh in items:
            if t != top:
                yield rule.finding(seg, s, e, suggestions=(shown,), zh=zh, n=counts[top])
