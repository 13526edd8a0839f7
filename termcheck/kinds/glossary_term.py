"""Glossary terms with a bad status: a deprecated or superseded English rendering, reported with
the concept's preferred term as the fix, inflected and capitalised like the match
("immigration cadres" -> "resettlement cadres", "Key Counties" -> "Key Counties" of the new term).
When the document renders the concept with an approved term elsewhere, that rendering (its most
used) is the first fix and the preferred term the second: the fix keeps the document consistent.
A calque made of an approved rendering with a word put before it is first fixed by dropping it.

Params: ``statuses``: which statuses this rule reports (``deprecated``, ``superseded``);
``first_only``: report each term once per document, at its first use, with the count (for
renderings that are dated rather than wrong, where one note per document is enough);
``once_if_consistent``: a bad rendering the document uses throughout (none of the concept's
approved renderings appears anywhere in the document) is the document's house choice: one
finding at its first use, with the count. When the document also uses an approved rendering
of the same concept, each bad occurrence departs from the document's own usage and is reported.
``skip_quoted_titles``: a match written in title case between quotation marks (“Sunshine Government
Affairs” hotline) is the quoted title of a column, hotline or campaign, kept as its owner named it.
Yields nothing without a glossary.
"""
from __future__ import annotations

from typing import Literal

from ..lazymodel import BaseModel, ConfigDict
from ._shared import lowered

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("glossary-matches", "glossary-fold", "glossary-term-scan", "lowered")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    statuses: list[Literal["deprecated", "superseded", "literal"]] = ["deprecated"]
    first_only: bool = False
    once_if_consistent: bool = False
    skip_quoted_titles: bool = False


def glossary_matches(ctx, seg):
    """Glossary matches of a segment, shared by all glossary kinds of one check. The folded
    text they were found in is kept too (``folded``): the near-miss search reads the same."""
    def build():
        f = ctx.memo[("glossary-fold", seg.id)] = fold_from_lowered(seg.text, lowered(ctx, seg))
        return ctx.glossary.match(seg.text, folded=f)
    return ctx.memoize(("glossary-matches", seg.id), build)


def fold_from_lowered(text: str, low: str) -> str:
    """``fold(text)`` made from ``low`` (``text.lower()``, shared with the kinds that read the
    lower-cased text): fold is lower-casing plus a same-length replacement of characters that
    have no case (hyphens, white space, curly apostrophes, full-width brackets), and the two
    commute character by character, so the lower-casing pass of a long text is done once per
    check instead of twice. Except where lower-casing looks at the context (a capital sigma,
    final or not by its neighbours, which the replacement can change) or changes the length
    (U+0130): those texts are folded from scratch."""
    from ..glossary.forms import _translate, fold

    if len(low) != len(text) or "\u03a3" in text:
        return fold(text)
    return _translate(low)


def folded(ctx, seg) -> str | None:
    """``fold(seg.text)`` if a glossary kind made it in this check (see glossary_matches), else None."""
    return ctx.memo.get(("glossary-fold", seg.id))


def suggestion_for(m, target: str) -> str:
    """``target`` (a term) shaped like match ``m``: its number, case and possessive ending."""
    from ..glossary.forms import fold, inflect_like, match_case

    core = m.text[:len(m.text) - len(m.possessive)] if m.possessive else m.text
    out = inflect_like(target, m.form)
    written = inflect_like(m.term.text, m.form)
    # transfer the text's capitals only when the writer chose them: a term the glossary itself
    # writes in capitals ("Tibet Autonomous Region of Sichuan") says nothing about the fix's
    # case; and when only the case differs, the case is the point ("Yuan" -> "yuan")
    if fold(out) != fold(core) and _caps(core) != _caps(written):
        out = match_case(out, core)
    if m.possessive:
        out += m.possessive if out.endswith("s") or m.possessive[-1:] in "sS" else m.possessive + "s"
    return out


def zh_of(concept) -> str:
    zh = concept.zh
    return zh[0].text if zh else concept.id


def _scan(ctx):
    """One pass over the document's matches, shared by every glossary_term rule: the matches
    with a status other than preferred/admitted (each rule keeps those of its ``statuses``) and
    the concepts the document renders with an approved term somewhere."""
    bad = []
    approved: set[str] = set()
    used: dict[str, dict[str, int]] = {}  # concept -> its approved renderings in the text, in order of first use
    vocab = ctx.glossary.words()
    for seg in ctx.segments:
        for m in glossary_matches(ctx, seg):
            status = m.term.status
            if status == "preferred" or status == "admitted":
                approved.add(m.concept.id)
                if m.others:
                    approved.update(c.id for c, t in m.others if t.status in ("preferred", "admitted"))
                elif not m.term.is_acronym:
                    forms = used.setdefault(m.concept.id, {})
                    forms[m.term.text] = forms.get(m.term.text, 0) + 1
            elif not _inside_name(seg.text, m, vocab):
                bad.append((seg, m))
    return bad, approved, used


def _targets(m, used) -> list[str]:
    """Fixes for a bad rendering: a calque that is an approved rendering with a word put before it
    ("easy-place relocation for poverty alleviation") loses that word; then the approved rendering
    of the concept the document itself uses most (the first used on a tie), then the preferred
    term; without any of them, nothing."""
    pref = m.concept.preferred_en
    out = []
    rest = m.term.text.partition(" ")[2].lower()
    if rest:
        out.extend(t.text for t in m.concept.en
                   if t.text.lower() == rest and t.status in ("preferred", "admitted"))
    forms = used.get(m.concept.id)
    if forms and (most := max(forms, key=forms.get)) not in out:
        out.append(most)
    if pref is not None and pref.text not in out:
        out.append(pref.text)
    return out


def run(rule, ctx):
    if ctx.glossary is None:
        return
    p: Params = rule.params
    bad, approved, used = ctx.memoize(("glossary-term-scan",), lambda: _scan(ctx))
    hits = [(seg, m) for seg, m in bad if m.term.status in p.statuses
            and not (p.skip_quoted_titles and _quoted_title(seg.text, m))]
    if p.once_if_consistent:
        approved = approved | _approved_in_text(ctx, {m.concept for _, m in hits}, approved)  # the shared set stays as is
    counts: dict[tuple, int] = {}
    for _, m in hits:
        key = (m.concept.id, m.term.text.lower())
        counts[key] = counts.get(key, 0) + 1
    seen = set()
    for seg, m in hits:
        key = (m.concept.id, m.term.text.lower())
        if p.first_only or (p.once_if_consistent and m.concept.id not in approved):
            if key in seen:
                continue
            seen.add(key)
        pref = m.concept.preferred_en
        sugg = tuple(dict.fromkeys(suggestion_for(m, t) for t in _targets(m, used)))
        yield rule.finding(seg, m.start, m.end, suggestions=sugg, status=m.term.status,
                           zh=zh_of(m.concept), preferred=pref.text if pref else "",
                           note=m.concept.note, count=counts[key],
                           uses=f" ({counts[key]}× in this document)" if counts[key] > 1 else "")


def _approved_in_text(ctx, concepts, known: set[str]) -> set[str]:
    """Concepts (of those with bad hits) whose approved renderings occur in the document as words,
    also inside a longer glossary term that the matcher took as a whole ("Poverty Alleviation and
    Resettlement Bureau" holds "resettlement"). Plural -s and possessives are accepted."""
    import re

    from ..glossary.forms import fold

    todo = [c for c in {c.id: c for c in concepts}.values() if c.id not in known]
    if not todo:
        return set()
    # the segments' folded texts the matcher made (a segment's ends are word boundaries, as the
    # line breaks of a joined text were); a rendering is looked for with the regex only in a
    # text that holds it at all (one C-level scan, where a document without it ends)
    texts = [folded(ctx, seg) or fold(seg.text) for seg in ctx.segments]
    out = set()
    for c in todo:
        for t in c.en:
            if t.status in ("preferred", "admitted") and not t.is_acronym:
                ft = fold(t.text)
                pat = re.compile(r"(?<![\w-])" + re.escape(ft) + r"(?:e?s)?(?![\w-])")
                if any(ft in text and pat.search(text) for text in texts):
                    out.add(c.id)
                    break
    return out


def _inside_name(text: str, m, vocab) -> bool:
    """A capitalised one-word term beside another capitalised word is part of a person's name
    ("Yuan Longping", "Mr Yuan"), not the term. A neighbour that is a word of the glossary's
    terms ("Office", "Bureau", "Poverty") makes it a body's name, where the term counts."""
    import re

    if " " in m.term.text.strip() or not m.text[:1].isupper() or m.term.is_acronym:
        return False
    after = re.match(r"[ \t]+([^\W\d_]+)", text[m.end:m.end + 40])
    before = re.search(r"([.!?:;]?)\s*([^\W\d_]+)[ \t]+$", text[max(0, m.start - 40):m.start])
    caps = []
    if after and after.group(1)[:1].isupper():
        caps.append(after.group(1))
    if before and before.group(2)[:1].isupper() and not before.group(1):
        caps.append(before.group(2))
    return bool(caps) and not any(w.lower() in vocab for w in caps)


_OPEN_QUOTES, _CLOSE_QUOTES = "“\"‘'《「『", "”\"’'》」』"
_SMALL = frozenset("a an and as at by for in of on or the to with".split())


def _quoted_title(text: str, m) -> bool:
    """The match is the whole of a quoted title: a quotation mark right before and after it and
    every word but small ones capitalised."""
    end = m.end
    while end < len(text) and text[end] in ".,;:!?":  # “… Affairs,” keeps the comma inside
        end += 1
    if not (m.start > 0 and text[m.start - 1] in _OPEN_QUOTES and end < len(text) and text[end] in _CLOSE_QUOTES):
        return False
    words = m.text.replace("-", " ").split()
    return all(w[:1].isupper() or w.lower() in _SMALL for w in words) and words[0][:1].isupper()


def _caps(text: str) -> tuple[bool, ...]:
    return tuple(w[:1].isupper() for w in text.replace("-", " ").split())
