"""One term rendered two ways in one document with near-synonyms: the document writes an
approved glossary rendering ("entire village advancement", "working teams", "registered poor
households") and, elsewhere, the same rendering with one or more of its words swapped for a
synonym ("whole village promotion", "task forces", "documented poor households"): a translator
who rendered the Chinese term again from scratch. The swapped form is reported with the
document's own rendering as the fix.

The synonyms are data (``synonyms_file``, rules/rendering-synonyms.txt, with notes):

* ``swap`` entries are used only inside an approved multiword rendering of the glossary that the
  document itself writes: its words (or word groups: "working team" / "task force") are swapped
  for the other members of their entry, one or several at once, singular or plural head; the
  words are never searched on their own, so ordinary English stays silent. Two bodies of
  different levels ("county" / "provincial") differ in words no entry pairs, and a full name
  beside its short name differs in length: neither aligns word by word.
* ``term`` entries are two names of one thing a document keeps to one of ("e-commerce" /
  "electronic commerce"), found without a glossary.

Reported: a form used at most ``max_rare`` times, no more often than the document's rendering
(on a tie the glossary's rendering, or for ``term`` entries the earlier form, is the norm); not a
form that is itself a glossary term (other rules judge those), nor one inside an approved
glossary term, nor one in the same sentence as the rendering it varies (listed together: two
things).

Params: ``synonyms_file``, ``max_rare``.
"""
from __future__ import annotations

import functools
import re
from itertools import product

from ..lazymodel import BaseModel, ConfigDict, Field
from ._rendering_find import _hits, _own_anchors, _positions
from ._shared import per_glossary, stored_analysis

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("glossary-matches", "glossary-fold", "lowered")

ENTRY = re.compile(r"^(swap|term)\s*:\s*(.+)$")
OPENER = re.compile(r"^(opener|level)\s*:\s*(.+)$")
WORD_BEFORE = re.compile(r"([\w'’,-]+)[ \t]+$")
BOUNDARY = re.compile(r"(?:^|[.!?;:。！？；：\n\"“(]\s*)$")
SENTENCE_END = re.compile(r"[.!?;。！？；](?:\s|$)|\n")
POSSESSIVE = re.compile(r"['’]s?$")
ADJACENT = re.compile(r"[\s,;:/&()\"“”'‘’\[\]-]*(?:(?:and|or|as well as|also known as|i\.e\.)[\s,;:()\"“”'‘’]*)?$")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    synonyms_file: str = "rendering-synonyms.txt"
    max_rare: int = Field(1, ge=1)
    min_uses: int = Field(2, ge=2)      # uses that make a phrase of the document's a name of its own
    min_content: int = Field(3, ge=2)   # content words such a phrase needs


class Synonyms:
    def __init__(self, swaps, terms, openers, levels=frozenset()):
        self.openers: frozenset[str] = openers
        self.levels: frozenset[str] = levels
        self.swaps: list[tuple[tuple[str, ...], ...]] = swaps  # entries of folded word tuples
        self.terms: list[tuple[tuple[str, ...], ...]] = terms
        self._first = None

    def by_first(self) -> dict:
        """first word -> [(entry, member)] of the swap entries' members."""
        if self._first is None:
            self._first = {}
            for entry in self.swaps:
                for m in entry:
                    self._first.setdefault(m[0], []).append((entry, m))
        return self._first


def _words(text: str) -> tuple[str, ...]:
    from ..glossary.forms import fold

    return tuple(fold(text).split())


@functools.lru_cache(maxsize=8)
def _read(name: str) -> Synonyms:
    from ._datafile import data_lines

    path, lines = data_lines(name, "synonyms_file")
    swaps, terms, openers, levels = [], [], set(), set()
    for no, line in lines:
        line = line.strip()
        o = OPENER.match(line)
        if o:
            (openers if o.group(1) == "opener" else levels).update(o.group(2).lower().split())
            continue
        m = ENTRY.match(line)
        members = tuple(_words(x) for x in m.group(2).split("|")) if m else ()
        if m is None or len(members) < 2 or not all(members):
            raise ValueError(f"{path.name}:{no}: expected 'swap: a | b ...' or 'term: a | b ...'")
        (swaps if m.group(1) == "swap" else terms).append(members)
    return Synonyms(swaps, terms, frozenset(openers), frozenset(levels))


def prepare(params: Params) -> Params:
    _read(params.synonyms_file)  # a missing or malformed file stops the start with one line
    return params


def _phrases(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` as the folded phrases a text may write: its last word singular and plural."""
    from ..lang.en_nouns import plural_form, singular_form

    out = [" ".join(words)]
    last = words[-1]
    for other in (plural_form(last), singular_form(last)):
        if other and other != last:
            out.append(" ".join(words[:-1] + (other,)))
    return tuple(out)


def _variants(words: tuple[str, ...], syn: Synonyms) -> list[tuple[str, ...]]:
    """Every form of ``words`` with one or more of its words (word groups) swapped for another
    member of their ``swap`` entry; the original form left out."""
    first = syn.by_first()
    slots: list[list[tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        for entry, hit in first.get(words[i], ()):
            if words[i:i + len(hit)] == hit:
                slots.append([hit] + [m for m in entry if m != hit])
                i += len(hit)
                break
        else:
            slots.append([(words[i],)])
            i += 1
    if all(len(s) == 1 for s in slots):
        return []
    out = []
    for combo in product(*slots):
        form = tuple(w for part in combo for w in part)
        if form != words:
            out.append(form)
    return out


def _swap_table(ctx, syn: Synonyms) -> dict[str, tuple]:
    return _swap_analysis(ctx, syn)[0]


def _swap_analysis(ctx, syn: Synonyms) -> tuple[dict, frozenset]:
    """(approved multiword English terms of the glossary -> the phrases of their swapped forms
    (one tuple of number forms per swapped form) that are no English term of any concept, the
    folded English terms of the glossary). One analysis per glossary, kept on disk for the next
    process."""
    g = ctx.glossary

    def build():
        from ..glossary.forms import fold

        known = {fold(t.text) for c in g.concepts for t in c.terms if t.lang == "en"}
        table = {}
        for c in g.concepts:
            for t in c.en:
                if t.status not in ("preferred", "admitted") or t.is_acronym:
                    continue
                words = _words(t.text)
                if len(words) < 2:
                    continue
                forms = [ph for ph in map(_phrases, _variants(words, syn)) if not any(x in known for x in ph)]
                if forms:
                    table[t.text] = tuple(forms)
        return table, frozenset(known)
    return per_glossary(g, ("rendering-swaps", syn), lambda: stored_analysis(
        g, "rendering-swaps", build, depends=repr(syn.swaps).encode()))


def _term_phrases(ctx, syn: Synonyms) -> list[tuple[tuple[str, ...], ...]]:
    """Per ``term`` entry, per member: its number forms as folded phrases (with a glossary, kept
    on disk beside the swap table: a check then never loads the noun lexicon for them)."""
    def build():
        return [tuple(_phrases(m) for m in entry) for entry in syn.terms]
    if ctx.glossary is None:
        return _plain_term_phrases(syn)
    return per_glossary(ctx.glossary, ("rendering-terms", syn), lambda: stored_analysis(
        ctx.glossary, "rendering-terms", build, depends=repr(syn.terms).encode()))


@functools.lru_cache(maxsize=8)
def _plain_term_phrases(syn: Synonyms) -> list[tuple[tuple[str, ...], ...]]:
    return [tuple(_phrases(m) for m in entry) for entry in syn.terms]


def _noun_phrase(o, syn: Synonyms) -> bool:
    """Whether the occurrence can be read as a noun phrase: one that begins with a verb's past
    form and no adjective ("documented", "stationed") must follow an opener, a number or a
    sentence start ("Staff documented poor households" is a verb and its object)."""
    from ..lang import morph
    from ..lang.en_numbers import words_value

    text = o[1].text
    first = text[o[2]:o[3]].split()[0].lower()
    tags = morph.tags(first)
    if "JJ" in tags or not ("VBD" in tags or "VBN" in tags):
        return True
    before = text[max(0, o[2] - 40):o[2]]
    if BOUNDARY.search(before):
        return True
    w = WORD_BEFORE.search(before)
    if w is None:
        return False
    word = w.group(1).lower().rstrip(",")
    return word in syn.openers or word[:1].isdigit() or words_value(word) is not None


def _word_before(o) -> str:
    """The word before an occurrence, lower case ("" at a clause start)."""
    w = WORD_BEFORE.search(o[1].text[max(0, o[2] - 30):o[2]])
    return w.group(1).lower() if w else ""


def _same_sentence(a, b) -> bool:
    if a[1] is not b[1]:
        return False
    x, y = (a, b) if a[2] <= b[2] else (b, a)
    return x[3] >= y[2] or SENTENCE_END.search(x[1].text, x[3], y[2]) is None


def _side_by_side(a, b) -> bool:
    """Written next to each other: coordinated or one glossing the other ("electronic commerce
    (e-commerce)", "e-commerce and e-business")."""
    if a[1] is not b[1]:
        return False
    x, y = (a, b) if a[2] <= b[2] else (b, a)
    return x[3] >= y[2] or ADJACENT.match(x[1].text, x[3], y[2]) is not None


def _report(rule, occ, model_occ, count, together=_same_sentence):
    """Findings for the minority form ``occ`` against the document's rendering ``model_occ``;
    none when one of them stands ``together`` with one of the other's."""
    from ..lang.en_nouns import plural_form, singular_form

    from collections import Counter

    for o in occ:
        if any(together(o, m) for m in model_occ):
            return
    written = Counter(m[1].original[m[2]:m[3]] for m in model_occ)
    # the document's own spelling of its rendering: the most used, lower case first (capitals
    # at a sentence start say nothing)
    model_text = max(written, key=lambda t: (t[:1].islower(), written[t]))
    for o in occ:
        text = o[1].original[o[2]:o[3]]
        fix = model_text
        last, model_last = POSSESSIVE.sub("", text.split()[-1]), fix.split()[-1]
        # the fix takes the number of the text's head ("task forces" -> "working teams")
        turned = plural_form(model_last) if plural_form(last) is None and singular_form(last) else \
            singular_form(model_last) if singular_form(last) is None and plural_form(last) else None
        if turned:
            fix = fix[:len(fix) - len(model_last)] + turned
        if text[:1].isupper() and fix[:1].islower():
            fix = fix[:1].upper() + fix[1:]
        elif text[:1].islower() and fix[:1].isupper() and not any(w[:1].isupper() for w in fix.split()[1:]):
            fix = fix[:1].lower() + fix[1:]  # a capital at a sentence start, not a name's
        yield rule.finding(o[1], o[2], o[3], suggestions=(fix,), other=model_text, count=count)


def _inside_term(ctx, spans: dict, seg, s, e) -> bool:
    """Inside an approved glossary term (the glossary accepts the words there): the glossary is
    asked about the stretch around the occurrence only (terms are far shorter than the margin;
    the few occurrences found do not justify reading every match of the document)."""
    g = ctx.glossary
    if g is None:
        return False
    key = (id(seg), s, e)
    if key not in spans:
        lo = max(0, s - 150)
        spans[key] = any(m.start + lo <= s and e <= m.end + lo and (m.start + lo, m.end + lo) != (s, e)
                         and m.term.status in ("preferred", "admitted")
                         for m in g.match(seg.text[lo:e + 150]))
    return spans[key]


def _known(ctx, syn: Synonyms) -> frozenset:
    """Folded English terms of the glossary (any status)."""
    return _swap_analysis(ctx, syn)[1] if ctx.glossary is not None else frozenset()


def run(rule, ctx):
    p: Params = rule.params
    syn = _read(p.synonyms_file)
    segs = list(ctx.segments)
    order, k = {}, 0
    for seg in segs:
        order[id(seg)] = k
        k += len(seg.text) + 1
    anchors: dict[str, list] = {}   # approved term text with swapped forms -> its occurrences
    if ctx.glossary is not None and syn.swaps:
        from .glossary_term import glossary_matches

        table = _swap_table(ctx, syn)
        for seg in segs:
            base = order[id(seg)]
            for m in glossary_matches(ctx, seg):
                if m.term.text in table and (m.term.status == "preferred" or m.term.status == "admitted"):
                    anchors.setdefault(m.term.text, []).append((base + m.start, seg, m.start, m.end))
    active, pos = _positions(ctx, syn, segs) if syn.swaps and (anchors or p.min_uses) else ([], {})
    own = _own_anchors(ctx, syn, active, pos, order, p)
    if not anchors and not own and not syn.terms:
        return
    wanted = {("s", text, i): phrases for text in anchors for i, phrases in enumerate(table[text])}
    for text, (_, forms) in own.items():
        for i, phrases in enumerate(forms):
            wanted[("d", text, i)] = phrases
    for j, entry in enumerate(_term_phrases(ctx, syn)):
        for i, phrases in enumerate(entry):
            wanted[("t", j, i)] = phrases
    hits = _hits(ctx, wanted, segs, order, pos)
    if not hits:
        return
    spans: dict[int, list] = {}     # approved glossary matches per segment, when needed
    reported: dict[int, list] = {}  # reported spans per segment
    groups = [(("s", text), model_occ, len(table[text])) for text, model_occ in anchors.items()]
    # the document's own names, longest first: "county poverty alleviation office" before the
    # "poverty alleviation office" inside it
    groups += [(("d", text), model_occ, len(forms))
               for text, (model_occ, forms) in sorted(own.items(), key=lambda kv: -len(kv[0]))]
    for key, model_occ, n in groups:
        for i in range(n):
            occ = [o for o in hits.get(key + (i,), ())
                   if not any(a < o[3] and o[2] < b for a, b in reported.get(id(o[1]), ()))
                   and not _inside_term(ctx, spans, o[1], o[2], o[3]) and _noun_phrase(o, syn)]
            if not occ or len(occ) > p.max_rare or len(occ) > len(model_occ):
                continue
            levels = {_word_before(m) for m in model_occ}
            if any(_word_before(o) in syn.levels and _word_before(o) not in levels for o in occ):
                continue  # another level's body ("the provincial working team" ... "a county task force")
            found = list(_report(rule, occ, model_occ, len(model_occ)))
            for o in occ if found else ():
                reported.setdefault(id(o[1]), []).append((o[2], o[3]))
            yield from found
    for j, entry in enumerate(syn.terms):
        found = [(i, hits[("t", j, i)]) for i in range(len(entry)) if ("t", j, i) in hits]
        if len(found) < 2:
            continue
        model_i, model_occ = max(found, key=lambda f: (len(f[1]), -f[1][0][0]))
        for i, occ in found:
            if i == model_i or len(occ) > p.max_rare:
                continue
            yield from _report(rule, occ, model_occ, len(model_occ), together=_side_by_side)
