"""Per-check analyses shared by the number kinds (parsed once per segment via ``ctx.memoize``)."""
from __future__ import annotations

import bisect
from array import array

from ..lang.en_numbers import has_odd_case, parse_quantities
from ..text import _SENTENCE_BREAK
from ._shared import lowered


# The sentence breaks of text.sentence_spans, found without its pattern's scan of every character
# (the ``regex`` module's class scan cost ~130 instructions a character: more than the quantity
# parse's Python per figure on 1 MB). A break begins with an end mark or a newline, and the
# character after it is a closing quote or bracket or white space (``regex``'s \s is a subset of
# str.isspace), so str.find (C, memchr speed) lists every place a break can begin, and the
# pattern itself is tried only there, in order, as finditer would: the same breaks.
_MARKS = ".!?。！？"
_CLOSERS = "\"'”’)"
_OPENERS = frozenset("\"“‘(【ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``list(text.sentence_spans(text))``, computed faster (see above)."""
    find, starts = text.find, []
    for mark in _MARKS if not text.isascii() else _MARKS[:3]:
        i = find(mark)
        while i >= 0:
            c = text[i + 1:i + 2]
            if c and (c in _CLOSERS or c.isspace()):
                starts.append(i)
            i = find(mark, i + 1)
    i = find("\n")
    while i >= 0:
        if text[i + 1:i + 2].isspace():  # "\n\s*\n": white space (a newline is) after the first
            starts.append(i)
        i = find("\n", i + 1)
    starts.sort()
    out, start, pos, match = [], 0, 0, _SENTENCE_BREAK.match
    for i in starts:
        if i < pos:
            continue  # inside the last break (finditer goes on from its end)
        if text[i] != "\n" and text[i + 1:i + 2] == " " and text[i + 2:i + 3] in _OPENERS:
            cut, pos = i + 1, i + 2  # the commonest break, ". The": the pattern's match without calling it
        else:
            m = match(text, i)
            if m is None:
                continue
            cut = m.start(1)  # the group after the mark (by number, as text.sentence_spans reads it)
            if cut < 0:
                cut = m.start()  # the blank-line break
            pos = m.end()
        if cut > start:
            out.append((start, cut))
        start = pos
    if start < len(text):
        out.append((start, len(text)))
    return out


def sentences(ctx, seg) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the segment: ``_shared.sentences``, the same value under
    the same memo key, made by the faster ``sentence_spans`` above."""
    return ctx.memoize(("sentences", seg.id), lambda: sentence_spans(seg.text))


class QuantityList(list):
    """A segment's quantities in text order, with their start offsets (``starts``; None if the
    list were ever out of order) so that the ones in a stretch of text are found by bisection."""

    __slots__ = ("starts", "memo")

    def __init__(self, qs=()):
        super().__init__(qs)
        self.memo: dict = {}  # analyses derived from these quantities, kept with them
        starts = [q.start for q in self]
        self.starts = starts if all(x <= y for x, y in zip(starts, starts[1:])) else None


def starting_in(qs, lo: int, hi: int, stop_at_hi: bool = False) -> list:
    """The quantities of ``qs`` with ``lo <= start < hi``, in list order, without visiting the
    others when ``qs`` is a sorted QuantityList. ``stop_at_hi``: in an unsorted list, stop at the
    first quantity at or after ``hi`` (as a scan that breaks there would)."""
    starts = getattr(qs, "starts", None)
    if starts is not None:
        return qs[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
    out = []
    for q in qs:
        if q.start >= hi and stop_at_hi:
            break
        if lo <= q.start < hi:
            out.append(q)
    return out


def kind_index(qs) -> dict[str, list[int]]:
    """Positions in ``qs`` (a QuantityList) of its quantities, by kind: one pass over the figures,
    kept with them, so that a check that looks at a few kinds visits only those."""
    got = qs.memo.get("kind_index")
    if got is None:
        got = {}
        for i, q in enumerate(qs):
            kind = q.kind
            if kind in got:
                got[kind].append(i)
            else:
                got[kind] = [i]
        qs.memo["kind_index"] = got
    return got


def quantities(ctx, seg):
    """English quantities of a segment's target text."""
    return ctx.memoize(("en_quantities", seg.id), lambda: QuantityList(parse_quantities(seg.text, lowered(ctx, seg))))


def cue_hits(ctx, seg, needles: tuple[str, ...]):
    """Sorted offsets of the lower-case ``needles`` in the segment's lower-cased text (str.find
    scans in C), so that a per-sentence pattern runs only in sentences that hold one of its cue
    words (``holds``). None (every sentence may hold one) when lower() moves offsets or the text
    has characters that a (?i) pattern folds to ASCII letters."""
    def build():
        low = lowered(ctx, seg)
        if len(low) != len(seg.text) or has_odd_case(seg.text):
            return None
        out = []
        for needle in needles:
            i = low.find(needle)
            while i >= 0:
                out.append(i)
                i = low.find(needle, i + 1)
        out.sort()
        return out
    return ctx.memoize(("number_cue_hits", seg.id, needles), build)


def holds(hits, a: int, b: int) -> bool:
    """Some offset of ``hits`` (from ``cue_hits``) lies in [a, b)."""
    if hits is None:
        return True
    i = bisect.bisect_left(hits, a)
    return i < len(hits) and hits[i] < b


def scan_from(text: str, hits, a: int, b: int) -> int | None:
    """Where to start scanning [a, b) with a pattern whose matches are white space and then one of
    the cue words: before the first cue word in [a, b), back over the white space before it (no
    match can start earlier); ``a`` when ``hits`` is None; None when no cue word lies in [a, b)."""
    if hits is None:
        return a
    i = bisect.bisect_left(hits, a)
    if i == len(hits) or hits[i] >= b:
        return None
    x = hits[i]
    while x > a and text[x - 1].isspace():
        x -= 1
    return x


class SentenceQuantities:
    """(sentence_start, sentence_end, [quantities in it]) for each sentence holding a quantity, in
    order; iterate or index it like a list of those triples. The offsets are kept in integer
    arrays and each sentence's list is sliced from the segment's quantities when asked for, so a
    long text does not hold a list per sentence (memory)."""

    __slots__ = ("qs", "bounds", "_starts", "_firsts")

    def __init__(self, qs, spans):
        self.qs = qs
        self._starts = self._firsts = None
        self.bounds = array("q")  # start, end, first quantity, past the last quantity; per sentence
        starts = qs.starts if getattr(qs, "starts", None) is not None else [q.start for q in qs]
        for a, b in spans:
            i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if i < j:
                self.bounds.extend((a, b, i, j))

    def __len__(self) -> int:
        return len(self.bounds) // 4

    def __getitem__(self, k: int):
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        a, b, i, j = self.bounds[4 * k:4 * k + 4]
        return a, b, self.qs[i:j]

    def starts(self) -> list[int]:
        """Each sentence's start offset (a list: bisect reads a list's items in place, an array's
        as new int objects, ~3x the cost per probe)."""
        if self._starts is None:
            self._starts = self.bounds[0::4].tolist()
        return self._starts

    def holding(self, indices, at_least: int = 1) -> list[int]:
        """The sentences (``k`` for ``self[k]``), in order and each once, that hold at least
        ``at_least`` of the quantities at ``indices`` (sorted positions in ``qs``)."""
        if self._firsts is None:
            self._firsts = self.bounds[2::4].tolist()  # (a list, for bisect: see starts)
        firsts, bounds, out, last, n = self._firsts, self.bounds, [], -1, 0
        for i in indices:
            k = bisect.bisect_right(firsts, i) - 1
            if k < 0 or i >= bounds[4 * k + 3]:
                continue  # in no sentence
            n = n + 1 if k == last else 1
            last = k
            if n == at_least:
                out.append(k)
        return out

    def at(self, offsets) -> list[int]:
        """The sentences (``k`` for ``self[k]``), in order and each once, whose span holds one of
        the sorted text ``offsets``."""
        starts, bounds, out = self.starts(), self.bounds, []
        for x in offsets:
            k = bisect.bisect_right(starts, x) - 1
            if k >= 0 and x < bounds[4 * k + 1] and (not out or out[-1] != k):
                out.append(k)
        return out

    def __iter__(self):
        qs, bounds = self.qs, self.bounds
        for k in range(0, len(bounds), 4):
            yield bounds[k], bounds[k + 1], qs[bounds[k + 2]:bounds[k + 3]]


def by_sentence(ctx, seg):
    """The segment's sentences that hold a quantity, with their quantities (SentenceQuantities)."""
    return ctx.memoize(("en_quantities_by_sentence", seg.id),
                       lambda: SentenceQuantities(quantities(ctx, seg), sentences(ctx, seg)))


def scale_end(text: str, q) -> int:
    """Where a quantity's figure ends with its written scale word ("1.2 million"): the span a
    finding about the figure underlines; the figure alone when no scale word follows it."""
    if q.scale:
        i = text.find(q.scale, q.num_end, q.end + 1)
        if i >= 0:
            return i + len(q.scale)
    return q.num_end
