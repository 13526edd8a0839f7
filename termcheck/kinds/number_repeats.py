"""The same measure of the same subject stated with two values in one document.

Each figure gets a key from the words around it: what it counts (the counted noun with its
modifiers, "poor villages") or, for percentages, sums and areas, the measure named before it
("repayment rate", "per capita income"). Two figures conflict when their keys agree and their
digits differ the way a copying slip does: two digits swapped (1,890 / 1,980; 98.6 / 96.8) or
one digit changed in a figure of three or more digits (186 / 176). Different years and places
legitimately give different values, but rarely values one slip apart; figures whose sentences
name different years or places are two subjects, and a shared word that is rare in the document
must tie the two contexts together when the noun alone is generic.

Both places are reported, each naming the other (either may be the mistyped one); when three
or more figures share a key, only the one that disagrees with the majority is.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from itertools import chain
from functools import lru_cache

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang.en_nouns import singularise
from ..lang.quantity import plain
from ..lang.en_numbers import has_odd_case
from ..text import LineIndex
from ._numbers import by_sentence, kind_index, lowered, quantities, sentences

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = (
    "en_quantities",
    "en_quantities_by_sentence",
    "sentences",
    "lowered",
    "number_repeats_by_head",
    "number_repeats_context",
    "number_repeats_names",
    "number_repeats_starts",
    "number_repeats_years",
)

WORD = regex.compile(r"[A-Za-z][a-z]{3,}")
# function words and figures' own vocabulary: never evidence that two contexts are one subject
FUNCTION = frozenset("""
about above after again against also among been before being below between both but came come
could down during each each every from further have having here into itself just last more most
much next only other over same should some such than that their them then there these they this
those through total under until upon very were what when where which while whom will with within
would year years million billion thousand hundred percent yuan people persons households
""".split())


# counted nouns that say nothing about the subject: "134,200 people" are relocated, trained, insured ...
GENERIC_HEADS = frozenset({"count:person", "count:people", "count:persons", "count:household",
                           "count:family", "count:time", "count:person-time"})


SENTENCE_BREAK = re.compile(r"[.;!?\n]")  # (the stdlib: a class of literals, the same matches, a cheaper call)
WORD_CHAR = regex.compile(r"\w")  # what \b tells apart, as the regex module sees it


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    window: int = 50          # characters either side of a figure read for its context
    rare_share: float = 0.2   # a context word is rare when at most this share of sentences hold it
    generic_figures: int = 4  # a counted noun with more figures than this is generic ("people")


def _digits(number: str) -> str:
    return number.replace(",", "").replace(".", "").lstrip("0")


def _one_slip(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2:
        i, j = diff
        return a[i] == b[j] and a[j] == b[i]
    return len(diff) == 1 and len(a.rstrip("0")) == len(b.rstrip("0")) >= 3


def _stem(w: str) -> str:
    return w.lower()[:6]


def _head(q) -> str | None:
    return _head_of(q.kind, q.unit)


HEAD_KINDS = ("count", "percent", "money", "area")  # the kinds _head_of names


@lru_cache(maxsize=4096)  # asked for every figure; a document has few (kind, unit) pairs
def _head_of(kind: str, unit: str | None) -> str | None:
    if kind == "count" and unit:
        return "count:" + (singularise(unit) or unit).lower()
    if kind in ("percent", "money", "area") and unit != "percentage point":
        return kind
    return None


def run(rule, ctx):
    p: Params = rule.params
    statements = defaultdict(list)  # (head, digits) -> [(seg, q, head, digits)] in text order
    digits_of: dict[str, str] = {}  # a long text states the same figures again and again
    for seg in ctx.segments:
        qs = quantities(ctx, seg)
        # only the kinds that have a head (the others, labels and ranges among them, never do)
        index = kind_index(qs)
        for i in sorted(chain.from_iterable(index.get(kind, ()) for kind in HEAD_KINDS)):
            q = qs[i]
            if q.approx or q.words or q.value is None or q.high is not None:
                continue
            head = _head_of(q.kind, q.unit)
            d = digits_of.get(q.number)
            if d is None:
                d = digits_of[q.number] = _digits(q.number)
            if head and len(d) >= 2:
                statements[(head, d)].append((seg, q, head, d))
    per_head = Counter()
    for (head, _), fs in statements.items():
        per_head[head] += len(fs)
    if sum(per_head.values()) < 2:
        return
    # bucket distinct values (not occurrences: a long document repeats its figures) so that only
    # values one slip apart meet: swaps keep the digit multiset, a changed digit keeps the rest
    buckets = defaultdict(dict)
    for (head, d), fs in statements.items():
        buckets[(head, len(d), "".join(sorted(d)))][d] = fs
        for i in range(len(d)):
            buckets[(head, d[:i] + "?" + d[i + 1:])][d] = fs
    rare = None
    lines: dict = {}  # id(segment) -> its LineIndex, for the "line N" of findings (see _line)
    done = set()
    facts: dict[int, _Facts] = {}  # id(statement) -> its _Facts: a statement meets several values
    for by_value in buckets.values():
        if len(by_value) < 2:
            continue
        values = sorted(by_value)
        for i, da in enumerate(values):
            for db in values[i + 1:]:
                head = by_value[da][0][2]
                if (head, da, db) in done or not _one_slip(da, db):
                    continue
                done.add((head, da, db))
                if rare is None:
                    rare = _Rare(ctx, p.rare_share)
                generic = head in GENERIC_HEADS or per_head[head] > p.generic_figures
                pair = _first_pair(ctx, by_value[da], by_value[db], p, rare, generic, facts)
                if pair:
                    yield from _report(rule, *pair, len(by_value[da]), len(by_value[db]), lines)


def _first_pair(ctx, occ_a, occ_b, p, rare, generic, facts=None, limit=12):
    """The first two statements (at most ``limit`` of each value) that name one subject."""
    # what each statement is compared by, worked out once for all its pairs (_Facts; ``facts``
    # keeps them by id(statement) for the other values the statement meets)
    facts = {} if facts is None else facts

    def of(f):
        got = facts.get(id(f))
        if got is None:
            got = facts[id(f)] = _Facts(ctx, f, p.window)
        return got
    facts_a = [of(f) for f in occ_a[:limit]]
    facts_b = [of(f) for f in occ_b[:limit]]
    for fa in facts_a:
        a, ya, break_a = fa.f, fa.years, fa.next_break
        for fb in facts_b:
            b = fb.f
            if a[1].scale != b[1].scale:
                continue
            if a[0] is b[0] and (break_a >= b[1].start if a[1].start < b[1].start else fb.next_break >= a[1].start):
                continue  # two figures of one sentence count two things ("134,200 in 2016 and 143,200 in 2017")
            yb = fb.years
            if ya and yb and not ya & yb:
                continue  # _same_subject's first test, made here on the years at hand
            if _same_subject(fa, fb, rare, generic):
                return a, b
    return None


class _Facts:
    """One statement (seg, q, head, digits) and what pairs compare it by: its sentence's years
    and the next sentence break after it at once; its modifiers, names and context words when a
    pair first asks (each from the per-check memo, looked up once per statement, not per pair)."""

    __slots__ = ("ctx", "f", "window", "years", "next_break", "_mods", "_names", "_around", "_before")

    def __init__(self, ctx, f, window):
        self.ctx, self.f, self.window = ctx, f, window
        self.years = _years(ctx, f[0], f[1])
        self.next_break = _next_break(f)
        self._mods = self._names = self._around = self._before = None

    def modifiers(self) -> str:
        if self._mods is None:
            self._mods = _modifiers(self.f[0], self.f[1])
        return self._mods

    def names(self) -> set:
        if self._names is None:
            self._names = _names_of(self.ctx, self.f[0], self.f[1])
        return self._names

    def context(self, before_only: bool) -> set:
        got = self._before if before_only else self._around
        if got is None:
            seg, q, head, _ = self.f
            got = _context(self.ctx, seg, q, head, self.window, before_only=before_only)
            if before_only:
                self._before = got
            else:
                self._around = got
        return got


def _next_break(f) -> int:
    """Offset of the first sentence break after the figure of statement ``f`` (len(text) if none)."""
    text = f[0].text
    m = SENTENCE_BREAK.search(text, f[1].end)
    return m.start() if m else len(text)


class _Rare:
    """Which context words are rare: held by at most ``share`` of the document's sentences.
    Counted per asked word (str.count, then str.find once per sentence holding it), not per token
    of the document."""

    def __init__(self, ctx, share: float):
        self.ctx, self.known = ctx, {}
        self.sents = [(seg, [a for a, _ in sentences(ctx, seg)], _findable(ctx, seg)) for seg in ctx.segments]
        self.top = max(2, int(share * sum(len(st) for _, st, _ in self.sents)))

    def of(self, stems) -> set:
        return {w for w in stems if self._rare(w)}

    def any(self, stems) -> bool:
        """``bool(self.of(stems))``, the stems already judged first: an unjudged one costs a
        count over the whole document."""
        known = self.known
        return any(known.get(w) for w in stems) or any(self._rare(w) for w in stems if w not in known)

    def _rare(self, stem: str) -> bool:
        if stem not in self.known and all(low is not None for _, _, low in self.sents):
            # written at most ``top`` times in all (str.count, in C), it is in at most ``top`` sentences
            # (occurrences at word starts never overlap, and count() finds the most that do not)
            if sum(low.count(stem) for _, _, low in self.sents) <= self.top:
                self.known[stem] = True
        if stem not in self.known:
            held = 0
            for seg, starts, low in self.sents:
                held += self._held(seg, starts, low, stem, self.top + 1 - held)
                if held > self.top:
                    break
            self.known[stem] = held <= self.top
        return self.known[stem]

    def _held(self, seg, starts, low, stem: str, enough: int) -> int:
        """How many sentences of ``seg`` hold a word starting with ``stem`` (any case), counted up
        to ``enough``: str.find in the lower-cased text, one search per sentence that holds it
        (the next starts at the next sentence). Texts where lower() moves offsets or (?i) folds
        other characters to ASCII letters take the pattern."""
        text = seg.text
        if low is None:
            pat = regex.compile(r"\b" + regex.escape(stem), regex.I)
            return len({bisect.bisect_right(starts, m.start()) for m in pat.finditer(text)})
        held, pos, find = 0, 0, low.find
        while held < enough:
            i = find(stem, pos)
            if i < 0:
                break
            if i and WORD_CHAR.match(text, i - 1):
                pos = i + 1  # inside a word: \b fails (the stem begins with a letter)
                continue
            held += 1
            k = bisect.bisect_right(starts, i)  # the sentence: the last start at or before i
            if k == len(starts):
                break
            pos = starts[k]
        return held


def _findable(ctx, seg) -> str | None:
    """The segment's lower-cased text when str.find in it stands for a (?i) search (see _held)."""
    low = lowered(ctx, seg)
    return low if len(low) == len(seg.text) and not has_odd_case(seg.text) else None


def _context(ctx, seg, q, head, window, before_only=False):
    """Content words describing a figure: whole words within ``window`` characters, in its
    sentence, and not past a neighbouring figure of the same head ("relocated 134,200 people in
    2016 and trained 143,200 people": "trained" describes the second figure only)."""
    key = ("number_repeats_context", seg.id, q.start, q.end, head, window, before_only)
    if key not in ctx.memo:  # a figure meets many others: its context is worked out once
        ctx.memo[key] = _context_words(ctx, seg, q, head, window, before_only)
    return ctx.memo[key]


def _by_head(ctx, seg):
    """The segment's figures grouped by head, in text order (one pass over the quantities)."""
    def build():
        out = defaultdict(list)
        qs = quantities(ctx, seg)
        index = kind_index(qs)  # (the figures of other kinds have no head: never asked for)
        for i in sorted(chain.from_iterable(index.get(kind, ()) for kind in HEAD_KINDS)):
            x = qs[i]
            out[_head_of(x.kind, x.unit)].append(x)
        return out
    return ctx.memoize(("number_repeats_by_head", seg.id), build)


def _context_words(ctx, seg, q, head, window, before_only):
    text = seg.text
    same = _by_head(ctx, seg).get(head, [])
    starts = ctx.memoize(("number_repeats_starts", seg.id, head), lambda: [x.start for x in same])
    i = bisect.bisect_left(starts, q.start)
    lo = max(0, q.start - window, same[i - 1].end if i else 0)
    hi = q.start if before_only else min(len(text), q.end + window,
                                         same[i + 1].start if i + 1 < len(same) else len(text))
    while lo > 0 and text[lo - 1].isalpha():  # whole words only
        lo -= 1
    while hi < len(text) and text[hi - 1:hi].isalpha() and text[hi:hi + 1].isalpha():
        hi += 1
    for stop in (".", ";", "\n"):  # within the sentence
        i = text.rfind(stop, lo, q.start)
        if i >= 0:
            lo = i + 1
        j = text.find(stop, q.end, hi)
        if j >= 0 and not before_only:
            hi = j
    return {_stem(w) for w in WORD.findall(text, lo, hi) if w.lower() not in FUNCTION}


_LETTERS = regex.compile(r"[A-Za-z]+")  # (compiled once: regex.match(str) looks it up per call)
NAME = regex.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def _names(seg, q, window=60):
    """Proper names (capitalised words not starting a sentence) in the figure's sentence near it."""
    text = seg.text
    lo = max(0, q.start - window)
    for stop in (".", ";", "\n"):
        i = text.rfind(stop, lo, q.start)
        if i >= 0:
            lo = i + 1
    hi = min(len(text), q.end + window)
    j = min([k for k in (text.find(".", q.end, hi), text.find("\n", q.end, hi)) if k >= 0] or [hi])
    while lo < q.start and not text[lo].isalpha():
        lo += 1
    first = _LETTERS.match(text[lo:q.start])
    start = lo + (first.end() if first else 0)  # the sentence's first word is capitalised anyway
    return {m.group() for m in NAME.finditer(text, start, j)}


def _names_of(ctx, seg, q) -> set:
    key = ("number_repeats_names", seg.id, q.start, q.end)
    if key not in ctx.memo:  # a figure meets many others: its names are found once
        ctx.memo[key] = _names(seg, q)
    return ctx.memo[key]


def _years(ctx, seg, q) -> set:
    """Years named in the figure's sentence: worked out once per sentence (a sentence's figures
    share the set; nobody changes it), the sentence found by bisection in a list of starts."""
    spans = by_sentence(ctx, seg)
    i = bisect.bisect_right(spans.starts(), q.start) - 1
    if i < 0:
        return set()
    per_sentence = ctx.memoize(("number_repeats_years", seg.id), dict)
    got = per_sentence.get(i)
    if got is None:
        got = per_sentence[i] = {int(x.value) for x in spans[i][2] if x.kind in ("year", "date") and x.value}
    return got


def _modifiers(seg, q):
    if q.unit_start is None:
        return ""
    return " ".join(seg.text[q.num_end:q.unit_start].lower().split())


def _same_subject(fa: _Facts, fb: _Facts, rare, generic) -> bool:
    (sa, qa, head, da), (sb, qb, _, _) = fa.f, fb.f
    ya, yb = fa.years, fb.years
    if ya and yb and not ya & yb:
        return False  # "412.6 million yuan in 2015 ... 416.2 million yuan in 2016": two years
    if head.startswith("count:"):
        if fa.modifiers() != fb.modifiers() and not generic:
            return False  # "poor villages" and "villages" are two sets; "people" and "poor people" may be one
        if not generic and len(da.rstrip("0")) >= 3:
            return True
        # a generic noun or a two-digit figure (23 / 32 countries) needs more than the noun
        return rare.any(fa.context(False) & fb.context(False))
    if qa.unit != qb.unit and qa.kind == "area":
        return False
    na, nb = fa.names(), fb.names()
    if na and nb and not na & nb:
        return False  # "the incidence of Wangmo County ... of Ceheng County": two subjects
    # a measure is named before its figure: "the repayment rate reached 98.6%"
    shared = fa.context(True) & fb.context(True)
    return len(shared) >= 2 and rare.any(shared)


def _line(seg, q, lines: dict) -> int:
    """The 1-based line of the figure: from the segment's line starts (found once per segment and
    kept in ``lines`` for the check), not by counting the newlines before it for each finding,
    which cost a pass over the text before every finding (quadratic on a long text)."""
    index = lines.get(id(seg))
    if index is None:
        index = lines[id(seg)] = LineIndex(seg.text)
    return index.line_col(q.start)[0]


def _report(rule, a, b, count_a, count_b, lines):
    """Both places, each naming the other: either may be the mistyped one. When one value is
    stated more often than the other, only a statement of the rarer value."""
    if count_a != count_b:
        odd, other = (a, b) if count_a < count_b else (b, a)
        yield _finding(rule, odd, other, lines)
        return
    later, earlier = (b, a) if _order(a) < _order(b) else (a, b)
    yield _finding(rule, later, earlier, lines)
    yield _finding(rule, earlier, later, lines)


def _order(f):
    return (f[0].offset, f[1].start)


def _finding(rule, odd, other, lines):
    seg, q = odd[0], odd[1]
    where = f"line {_line(other[0], other[1], lines)}" if other[0].id is None else f"segment {other[0].id}"
    return rule.finding(seg, q.num_start, q.num_end, suggestions=(other[1].number,),
                        other=other[1].text, where=where, value=plain(q.value))
