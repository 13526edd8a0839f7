"""A name or quoted title cited again with a word changed: "Measures for Assessing the X of Y"
quoted early in a document and "Measures for Evaluating the X of Y" later; "the Municipal
Poverty Alleviation Office" and, once, "the Municipal Poverty Relief Office".

Candidates are quoted titles (text inside quotation marks that starts with a capital letter
and has at least ``min_title_words`` words; a title quoted inside a quoted title counts too)
and capitalised names (runs of capitalised words, as for the name-order rule). Two candidates
of one document are one name written two ways when their words, aligned, differ in a single
stretch of at most ``max_changed`` words on each side (connectors included: "Innovating and
Developing" / "Innovating the Development of"), and

* the words around the stretch are shared: at least ``min_common`` content words for quoted
  titles, and for names (which name families of bodies: "Department of Finance" /
  "Department of Education") the changed words must also be related, see below;
* the changed words are no numbers (digits, number words, ordinals), months, acronyms or
  romanised place names (series of documents and bodies differ exactly there: "Notice No. 4",
  "Second Plan" / "Third Plan"; "Pengshui County" / "Xiushan County");
* related words: two words that two renderings of one glossary concept swap ("relief" /
  "alleviation", "program" / "project"), or two forms of one stem ("Developing" /
  "Development"). A title whose frame has ``min_common`` content words needs no relation; a
  name or a shorter title needs one and ``min_common_related`` shared content words.

The glossary's approved names (three words or more, capitalised) take part as forms of their
own that are never reported: a document name one word away from a glossary name is reported
whole, with the glossary's name as suggestion, when the changed words are related (a frame
alone is not enough here: the glossary names national bodies and events whose provincial
namesakes differ from them in one word, "State Council" / "Provincial"); a name that is itself
a glossary term is approved. Stretches that change connectors only ("Center of China" / "Center in China") are
no change.

Two titles in one sentence are siblings of a series, not one title cited twice: silent.
When one of the two titles is itself a glossary name, a frame of ``min_common_known`` content
words is enough (the glossary vouches that it is one document). Administrative ``levels``
("Central", "Provincial", "County") are never the changed word.
The form used at most ``max_rare`` times is reported (the finding covers its changed words),
with the other form's words as suggestion; when both are that rare, the later one.

Params: ``min_title_words``, ``max_changed``, ``min_common``, ``min_common_related``,
``max_rare``.
"""
from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections import defaultdict

from ..lazymodel import BaseModel, ConfigDict, Field
from ._shared import per_glossary, stored_analysis
from ._util import _blocks

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("names",)

QUOTED = re.compile(r"“([^”\n]{8,300})”|\"([^\"\n]{8,300})\"|‘([^’\n]{8,300})’")
# QUOTED's alternatives one by one: each starts with its own literal, which re finds by a fast
# scan (the alternation tries every character: 2-3 times slower on a long text); see _quotations
QUOTED_PARTS = [re.compile(p) for p in QUOTED.pattern.split("|")]
INNER = re.compile(r"[‘']([^’'\n]{8,200})[’']")
TOKEN = re.compile(r"[^\W_][\w'’\-]*")
STOP = frozenset({"of", "and", "for", "the", "on", "in", "to", "a", "an", "at", "by", "with", "&", "against"})
POSSESSIVE = re.compile(r"['’]s?$")
SENTENCE_END = re.compile(r"[.!?;。！？；](?:\s|$)|\n")
AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
# a possessive ending (POSSESSIVE) at the end of a word in _Occurrences' NUL-parted words
POSSESSIVE_IN_JOINED = re.compile(r"['’]s?(?=\0)")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_title_words: int = Field(5, ge=3)
    max_changed: int = Field(3, ge=1)
    min_common: int = Field(5, ge=2)
    min_common_related: int = Field(3, ge=1)
    max_rare: int = Field(1, ge=1)
    min_common_known: int = Field(4, ge=2)  # frame when the other form is itself a glossary name
    levels: list[str] = []  # administrative levels: bodies of different levels differ exactly there


def _shape(text: str) -> tuple:
    """(tokens as (start, end, word) relative to the text, normalised words, their set): what a
    candidate's comparisons need, a function of its text, so shared by its occurrences."""
    toks = tuple((m.start(), m.end(), m.group()) for m in TOKEN.finditer(text))
    norm = tuple(POSSESSIVE.sub("", w.lower()) for _, _, w in toks)
    return toks, norm, frozenset(norm)


class Cand:
    """One occurrence of a title or name: its offset and the shape of its text (``rel``: tokens
    relative to ``start``, ``norm``, ``bag``), shared with the other occurrences of that text."""

    __slots__ = ("seg", "start", "rel", "norm", "quoted", "order", "src", "bag")

    def __init__(self, seg, start, shape, quoted, order, src=None):
        self.seg, self.start, self.quoted, self.order = seg, start, quoted, order
        self.src = src  # a glossary name (no segment): offsets into its own text
        self.rel, self.norm, self.bag = shape

    def tok_start(self, k: int) -> int:
        return self.start + self.rel[k][0]

    def tok_end(self, k: int) -> int:
        return self.start + self.rel[k][1]

    def slice(self, a: int, b: int) -> str:
        text = self.src if self.seg is None else self.seg.original
        return text[self.tok_start(a):self.tok_end(b - 1)]


def _glossary_names(ctx) -> list[Cand]:
    """The glossary's approved English names (three words or more, written with capitals), as
    candidates that every name of the document is compared with but that are never reported."""
    g = ctx.glossary
    if g is None:
        return []

    def build():
        out = []
        for c in g.concepts:
            for t in c.en:
                if t.status not in ("preferred", "admitted") or t.is_acronym:
                    continue
                words = TOKEN.findall(t.text)
                if len(words) >= 3 and all(w[:1].isupper() or w.lower() in STOP for w in words) \
                        and words[0][:1].isupper():
                    out.append(Cand(None, 0, _shape(t.text), False, -1, src=t.text))
        return out
    return per_glossary(g, "glossary-names", lambda: stored_analysis(g, "glossary-names", build))


# QUOTED_PARTS' opening characters: each alternative starts with its own
QUOTE_OPENERS = "“\"‘"


def _quotations(text: str) -> list:
    """The matches of ``QUOTED.finditer(text)`` (as QUOTED_PARTS' matches: the quotation is group
    1). The alternatives start with different characters, so at any place at most one can match:
    the one whose opening character is there. The opening characters are found with ``str.find``
    (C's fast search; a scan per alternative cost ~25 M instructions a megabyte) and tried in
    order, each from where the last match ended, as finditer goes on."""
    places = []
    for part, ch in zip(QUOTED_PARTS, QUOTE_OPENERS):
        i = text.find(ch)
        while i != -1:
            places.append((i, part))
            i = text.find(ch, i + 1)
    places.sort(key=lambda p: p[0])
    out: list = []
    pos = 0
    for i, part in places:
        if i >= pos:
            m = part.match(text, i)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def _candidates(ctx, p: Params) -> list[Cand]:
    from .name_variants import _names

    out: list[Cand] = []
    shapes: dict[str, tuple] = {}  # titles and names recur: each distinct text is tokenised once

    def shape(text):
        sh = shapes.get(text)
        if sh is None:
            sh = shapes[text] = _shape(text)
        return sh

    quoted_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    titles_in: dict[str, list] = {}  # per distinct quotation: its titles (offset, shape)
    for seg in ctx.segments:
        text = seg.text
        for m in _quotations(text):
            quoted_spans[id(seg)].append(m.span())
            g = m.lastindex  # the one group of the alternation that matched
            quote = m.group(g)
            titles = titles_in.get(quote)
            if titles is None:
                titles = titles_in[quote] = []
                for off, body in [(0, quote)] + [(n.start(1), n.group(1)) for n in INNER.finditer(quote)]:
                    if body[:1].isupper():
                        sh = shape(body)
                        if len(sh[0]) >= p.min_title_words:
                            titles.append((off, sh))
            base = m.start(g)
            for off, sh in titles:
                out.append(Cand(seg, base + off, sh, True, len(out)))
    title_like: dict[str, bool] = {}
    parts_of: dict[str, list] = {}
    for n in _names(ctx):
        spans = quoted_spans.get(id(n.seg))
        if spans:
            k = bisect.bisect_right(spans, (n.start, float("inf"))) - 1
            if k >= 0 and spans[k][0] <= n.start < spans[k][1]:
                continue  # the quoted title itself, already a candidate
        text = n.seg.text[n.start:n.end]
        parts = parts_of.get(text)
        if parts is None:  # names recur: take each distinct run apart once
            # a run joined by "and" may list several bodies ("the X Office and the Y Commission"):
            # each part that is itself a name is a candidate too
            cut = [(0, text)] + [(m.end(), text[m.end():]) for m in AND.finditer(text)]
            cut += [(0, text[:m.start()]) for m in AND.finditer(text)]
            parts = parts_of[text] = []
            for off, part in cut:
                ok = title_like.get(part)
                if ok is None:
                    words = TOKEN.findall(part)
                    ok = title_like[part] = (len(words) >= 3 and all(w[:1].isupper() or w.lower() in STOP for w in words)
                                             and words[0][:1].isupper() and words[-1][:1].isupper())
                if ok:
                    parts.append((off, shape(part)))
        for off, sh in parts:
            out.append(Cand(n.seg, n.start + off, sh, False, len(out)))
    # document order: segment index, then offset
    seg_index = {id(s): i for i, s in enumerate(ctx.segments)}
    out.sort(key=lambda c: (seg_index[id(c.seg)], c.start, not c.quoted))
    for i, c in enumerate(out):
        c.order = i
    return out


def _related_pairs(ctx) -> frozenset:
    """Word pairs that two renderings of one glossary concept swap ("relief"/"alleviation")."""
    g = ctx.glossary
    if g is None:
        return frozenset()

    def build():
        pairs = set()
        for c in g.concepts:
            forms = [tuple(re.findall(r"[^\W_]+", t.text.lower())) for t in c.en if not t.is_acronym]
            by_len = defaultdict(set)
            for f in forms:
                by_len[len(f)].add(f)
            for same in by_len.values():
                same = sorted(same)
                for i, a in enumerate(same):
                    for b in same[i + 1:]:
                        d = [(x, y) for x, y in zip(a, b) if x != y]
                        if len(d) == 1 and not (set(d[0]) & STOP):
                            pairs.add(frozenset(d[0]))
        return frozenset(pairs)
    return per_glossary(g, "glossary-word-swaps", lambda: stored_analysis(g, "glossary-word-swaps", build))


def _same_stem(a: str, b: str) -> bool:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= 5 and k >= min(len(a), len(b)) - 4


def _related(da: list[str], db: list[str], swaps) -> bool:
    ca = [w for w in da if w not in STOP]
    cb = [w for w in db if w not in STOP]
    if len(ca) != 1 or len(cb) != 1:
        return False
    a, b = ca[0], cb[0]
    return frozenset((a, b)) in swaps or _same_stem(a, b)


class _Occurrences:
    """How often each word sequence occurs in the document (case-insensitive, whole words, a
    possessive ending aside). The document's words are kept as one string, each word between
    NUL characters (segments parted by a newline "word"), built on the first count, which only
    a qualifying pair of names asks for; a count is then a C-speed substring search. (A list
    of every word with a position index per word cost a Python step per word of the text.)"""

    def __init__(self, ctx):
        self.ctx = ctx
        self.joined: str | None = None

    def _build(self):
        parts: list[str] = []
        for seg in self.ctx.segments:
            text = seg.text
            for lo, hi in _blocks(text, 1 << 16):  # no word spans the white space a block ends with
                words = TOKEN.findall(text[lo:hi].lower())
                if words:
                    parts.append("\0".join(words))
            parts.append("\n")  # no sequence runs across segments
        self.joined = POSSESSIVE_IN_JOINED.sub("", "\0" + "\0".join(parts) + "\0")

    def count(self, seq: tuple) -> int:
        if self.joined is None:
            self._build()
        needle = "\0" + "\0".join(seq) + "\0"
        n, i = 0, self.joined.find(needle)
        while i != -1:  # overlapping occurrences count too
            n += 1
            i = self.joined.find(needle, i + 1)
        return n


class _Counts(dict):
    def __init__(self, occ: _Occurrences):
        super().__init__()
        self.occ = occ

    def __missing__(self, seq):
        self[seq] = v = max(1, self.occ.count(seq))
        return v


def _excluded(words: list[str]) -> bool:
    """Numbers (digits, number words, ordinals, months), acronyms and romanised place names:
    where the titles of a series and the bodies of different places differ."""
    return any(_excluded_word(w) for w in words)


@functools.lru_cache(maxsize=8192)
def _excluded_word(w: str) -> bool:
    from ..lang.en_numbers import MONTHS, ORDINAL_VALUES, words_value
    from ..lang.pinyin import is_pinyin_name

    low = w.lower()
    if any(ch.isdigit() for ch in w) or is_pinyin_name(w) or (w.isupper() and len(w) > 1):
        return True
    return low in ORDINAL_VALUES or low.capitalize() in MONTHS or words_value(low) is not None


def _content_op(x: Cand, y: Cand, max_changed: int):
    """The one stretch where two word sequences differ in content words, or None. Stretches that
    change connectors only ("Center of China" / "Center in China") do not count."""
    a, b = x.norm, y.norm
    pre = 0
    while pre < min(len(a), len(b)) and a[pre] == b[pre]:
        pre += 1
    suf = 0
    while suf < min(len(a), len(b)) - pre and a[-1 - suf] == b[-1 - suf]:
        suf += 1
    i2, j2 = len(a) - suf, len(b) - suf
    if 0 < i2 - pre <= max_changed and 0 < j2 - pre <= max_changed \
            and not set(a[pre:i2]) & set(b[pre:j2]):  # one stretch with nothing shared: no alignment needed
        if all(w in STOP for w in a[pre:i2] + b[pre:j2]):
            return None
        return pre, i2, pre, j2
    ops = [o for o in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if o[0] != "equal"]
    content = [o for o in ops if not all(w in STOP for w in x.norm[o[1]:o[2]] + y.norm[o[3]:o[4]])]
    if len(content) != 1 or content[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = content[0]
    if i2 - i1 > max_changed or j2 - j1 > max_changed:
        return None
    return i1, i2, j1, j2


def run(rule, ctx):
    p: Params = rule.params
    cands = _candidates(ctx, p)
    if not cands:
        return
    known = _glossary_names(ctx)
    known_norms = {k.norm for k in known}
    occurrences = _Occurrences(ctx)
    counts = _Counts(occurrences)
    first: dict[tuple, Cand] = {}
    for c in cands:
        first.setdefault(c.norm, c)
    buckets: dict[tuple, list[Cand]] = defaultdict(list)
    for c in list(first.values()) + [k for k in known if k.norm not in first]:
        buckets[("<",) + c.norm[:2]].append(c)
        buckets[(">",) + c.norm[-2:]].append(c)
    swaps = None
    levels = {w.lower() for w in p.levels}
    seen_pairs: set[tuple] = set()
    reported: set[tuple] = set()
    for group in buckets.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.seg is None and b.seg is None:
                    continue  # two glossary names
                # cheap tests first (a bucket of a long document can hold hundreds of titles)
                if abs(len(a.norm) - len(b.norm)) > p.max_changed or len(a.bag ^ b.bag) > 2 * p.max_changed:
                    continue
                key = (a.norm, b.norm) if a.order < b.order else (b.norm, a.norm)
                if key in seen_pairs or a.norm == b.norm:
                    continue
                seen_pairs.add(key)
                x, y = (a, b) if a.order < b.order else (b, a)  # a glossary name comes first
                op = _content_op(x, y, p.max_changed)
                if op is None:
                    continue
                i1, i2, j1, j2 = op
                dx, dy = [w for _, _, w in x.rel[i1:i2]], [w for _, _, w in y.rel[j1:j2]]
                if _excluded(dx + dy) or any(w.lower() in levels for w in dx + dy):
                    continue
                common = sum(1 for k, w in enumerate(x.norm) if not i1 <= k < i2 and w not in STOP)
                glossary_model = x.seg is None
                # a title the glossary knows is one document: a one-word variant of it is a
                # misquote with a shorter shared frame than two titles nobody vouches for
                frame = p.min_common_known if (x.norm in known_norms or y.norm in known_norms) else p.min_common
                if not (x.quoted and y.quoted and common >= frame):
                    if swaps is None:
                        swaps = _related_pairs(ctx)
                    if common < p.min_common_related or not _related(list(x.norm[i1:i2]), list(y.norm[j1:j2]), swaps):
                        continue
                if not glossary_model and x.seg is y.seg and SENTENCE_END.search(x.seg.text, x.start, y.start) is None:
                    continue  # two titles in one sentence are siblings of a series, not one title twice
                if glossary_model:
                    if y.norm in known_norms or counts[y.norm] > p.max_rare:
                        continue  # the document's form is itself a glossary name
                    rare, model, (r1, r2), (m1, m2) = y, x, (0, len(y.rel)), (0, len(x.rel))
                # report the rarer form; on a tie the later one
                elif counts[y.norm] <= counts[x.norm]:
                    rare, model, (r1, r2), (m1, m2) = y, x, (j1, j2), (i1, i2)
                else:
                    rare, model, (r1, r2), (m1, m2) = x, y, (i1, i2), (j1, j2)
                if counts[rare.norm] > p.max_rare:
                    continue
                for occ in (c for c in cands if c.norm == rare.norm):
                    s, e = occ.tok_start(r1), occ.tok_end(r2 - 1)
                    if (id(occ.seg), s, e) in reported:
                        continue
                    reported.add((id(occ.seg), s, e))
                    where = ("in the glossary" if glossary_model
                             else f"elsewhere in the document ({counts[model.norm]}×)")
                    yield rule.finding(occ.seg, s, e, suggestions=(model.slice(m1, m2),),
                                       other=model.slice(0, len(model.rel)), where=where)
