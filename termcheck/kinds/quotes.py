"""Quotes and brackets: pairs that do not match, and straight quotes closed by curly ones.

A paragraph is the unit: an opener left open at its end is reported. Paragraphs end at a blank
line, and at a line break after sentence-final punctuation or before a heading or list marker;
other line breaks are hard wraps inside a paragraph (Markdown, wrapped plain text). Straight
double quotes open after a space or opener and close otherwise. A right single quote with
no open left single quote is an apostrophe and ignored.

A mixed pair is reported at the end whose style the document uses less: in a document that
writes straight quotes the curly closer is the slip, in one that writes curly quotes the
straight opener. An unclosed opener is reported with the stretch where its closer is missing:
a bracket up to the end of its clause (the next comma, semicolon or full stop), a quote up to
the end of its sentence, so the editor sees where to close it.

Params: ``report`` = ``mixed`` (straight vs curly pairs) or ``unbalanced``.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Literal

import re

import regex
from ..lazymodel import BaseModel

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("quote-events", "quote-style-straight")


PAIRS = {"(": ")", "[": "]", "【": "】", "《": "》", "“": "”", "‘": "’", "（": "）", "「": "」", "『": "』", "〈": "〉"}
CLOSERS = {v: k for k, v in PAIRS.items()}
NAMES = {"(": "parenthesis", "[": "square bracket", "【": "lenticular bracket", "《": "book-title mark",
         "“": "double quote", "‘": "single quote", '"': "double quote", "（": "parenthesis",
         "「": "corner bracket", "『": "corner bracket", "〈": "angle bracket"}


# "1)", "a)", "iv)" list labels close a bracket nobody opened (at a line start too: "1) Scope. The ...";
# MULTILINE, as the search starts at the paragraph, after its newline)
ENUMERATOR = regex.compile(r"(?:^|[\s,;:(])(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})\)$", regex.M)


class Params(BaseModel):
    report: Literal["mixed", "unbalanced"]


# a plain character class: Python's re scans for it about three times faster than regex
RELEVANT = re.compile(r'["“”‘’()\[\]【】《》（）「」『』〈〉]')
RELEVANT_CHARS = '"“”‘’()[]【】《》（）「」『』〈〉'
# where a closer left out most likely belonged: brackets close by the end of their clause,
# quotes by the end of their sentence ("No.", "Art." and initials are not sentence ends)
NOT_AN_END = r"(?<!\b(?:No|Nos|Art|Arts|Vol|pp|p|Fig|[A-Z]))"
CLAUSE_END = regex.compile(r"[,;，；]|[!?。！？]|" + NOT_AN_END + r"\.(?=\s|$)")
SENTENCE_END = regex.compile(r"[;；!?。！？]|" + NOT_AN_END + r"\.(?=\s|$)")
QUOTE_OPENERS = {'"', "“", "‘", "「", "『"}
QUOTE_MARKS = '"“”‘’'


def _relevant(text: str) -> list[int]:
    """The offsets of RELEVANT's matches, in order: one ``str.find`` pass per character of the
    class (C's fast search, ~1 M instructions a megabyte each) instead of ``re`` testing the class
    at every character (~70 M instructions a megabyte); quotes and brackets are a fraction of a
    percent of a text, so the Python step per offset costs little."""
    out: list[int] = []
    find = text.find
    for ch in RELEVANT_CHARS:
        i = find(ch)
        while i != -1:
            out.append(i)
            i = find(ch, i + 1)
    out.sort()
    return out


# a reporting clause inside a quotation ("..., she said." / "..., said Ma Wen."): the speaker's
# words ended before it, so their closing quote is missing when a new quotation opens after it
REPORTING = regex.compile(r"[,!?]\s+(?:(?:he|she|they|we|I|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}"
                          r"|(?:my|his|her|their|our|the)\s+[a-z]+(?:\s[a-z]+)?)\s+"
                          r"(?:said|says|added|adds|asked|asks|explained|recalled|told\s+\w+)"
                          r"|(?:said|says|added|asked|explained|recalled)\s+(?:he|she|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))"
                          r'\b[^"“”]{0,80}[.!?:]\s+$')


def _starts_quotation(text: str, i: int, end: int) -> bool:
    """The straight quote at ``i`` opens a quotation: a capital letter follows it."""
    return i + 1 < end and text[i + 1].isupper()


def _quotation_ended(text: str, op: int, i: int) -> bool:
    """The quotation opened at ``op`` holds, before ``i``, a reporting clause that ends its sentence."""
    return i - op <= 1200 and REPORTING.search(text, op + 1, i) is not None


def _scan(text: str, start: int, end: int, offsets=None):
    """Yield events: ('mixed', open_pos, close_pos) | ('unclosed', pos, limit) | ('unopened', pos).

    ``limit`` is where the opener's closer must come by: the closer of an enclosing pair, or the
    paragraph end. ``offsets``: the segment's ``_relevant`` offsets from ``start`` to ``end``
    (found afresh when not given)."""
    stack: list[tuple[str, int]] = []
    if offsets is None:
        offsets = [m.start() for m in RELEVANT.finditer(text, start, end)]
    for i in offsets:
        ch = text[i]
        if ch in QUOTE_MARKS and start < i < end - 1 and text[i - 1] in "([" and text[i + 1] in ")]":
            continue  # a quote mark named as a character: (") or (”)
        if ch == '"':
            prev = text[i - 1] if i > start else " "
            opening = prev.isspace() or prev in "([{【《“‘—–-/\u2060" or i == start
            if (opening and prev.isspace() and stack and stack[-1][0] == '"' and _starts_quotation(text, i, end)
                    and _quotation_ended(text, stack[-1][1], i)):
                # '"Now we can study, she said. "We are proud."': a quote that opens a new
                # quotation (after a space, before a capital) where the open one was never
                # closed, since a reporting clause and a sentence end came between
                yield ("unclosed", stack.pop()[1], i)
                stack.append(('"', i))
            elif stack and stack[-1][0] in ('"', "“") and not (opening and stack[-1][0] == "“"):
                op, pos = stack.pop()
                if op == "“":
                    yield ("mixed", pos, i)
            elif opening:
                stack.append(('"', i))
            else:
                yield ("unopened", i)
        elif ch in PAIRS:
            stack.append((ch, i))
        else:
            want = CLOSERS[ch]
            if ch == "’":
                if any(op == "‘" for op, _ in stack):
                    while stack and stack[-1][0] != "‘":
                        yield ("unclosed", stack.pop()[1], i)
                    stack.pop()
                continue  # apostrophe
            if stack and stack[-1][0] == want:
                stack.pop()
            elif ch == "”" and stack and stack[-1][0] == '"':
                yield ("mixed", stack.pop()[1], i)
            elif any(op == want or (ch == "”" and op == '"') for op, _ in stack):
                # something inside was left open: report it, then close the pair
                while stack and not (stack[-1][0] == want or (ch == "”" and stack[-1][0] == '"')):
                    yield ("unclosed", stack.pop()[1], i)
                op, pos = stack.pop()
                if op == '"':
                    yield ("mixed", pos, i)
            elif not (ch == ")" and ENUMERATOR.search(text, start, i + 1)):
                yield ("unopened", i)
    for op, pos in stack:
        yield ("unclosed", pos, end)


LINE_BREAK = re.compile(r"\n")
ENDERS = ".!?。！？】"
STARTS_PARAGRAPH = regex.compile(r"[ \t]*(?:$|【|#{1,6}[ \t]|[-*•>][ \t]|\d+[.)、][ \t]|[(（]\d+[)）])")


def paragraphs(text: str):
    """Yield (start, end) of paragraphs: blank lines, sentence ends before a break and headings or
    list markers after one end a paragraph; other line breaks are hard wraps."""
    start = line_start = 0
    for m in LINE_BREAK.finditer(text):
        nl = m.start()
        j = nl
        while j > line_start and text[j - 1] in ' \t\r"”’)]':
            j -= 1
        if (j > line_start and text[j - 1] in ENDERS) or STARTS_PARAGRAPH.match(text, nl + 1):
            if nl > start:
                yield start, nl
            start = nl + 1
        line_start = nl + 1
    if start < len(text):
        yield start, len(text)


def _events(ctx, seg):
    def scan():
        text = seg.text
        offsets = _relevant(text)
        out = []
        for a, b in paragraphs(text):
            lo, hi = bisect_left(offsets, a), bisect_left(offsets, b)
            if lo < hi:  # a paragraph with no quote or bracket has no event
                out.extend(_scan(text, a, b, offsets[lo:hi]))
        return out
    return ctx.memoize(("quote-events", seg.id), scan)


def _straight_majority(ctx) -> bool:
    """True when the document writes more straight double quotes than curly ones."""
    def count():
        straight = sum(s.text.count('"') for s in ctx.segments)
        curly = sum(s.text.count("“") + s.text.count("”") for s in ctx.segments)
        return straight > curly
    return ctx.memoize("quote-style-straight", count)


def _unclosed_extent(text: str, pos: int, limit: int) -> int:
    """End of the stretch after an unclosed opener where its closer is missing."""
    pat = SENTENCE_END if text[pos] in QUOTE_OPENERS else CLAUSE_END
    m = pat.search(text, pos + 1, limit)
    end = m.start() if m else limit
    while end > pos + 1 and text[end - 1].isspace():
        end -= 1
    return end


def run(rule, ctx):
    mode = rule.params.report
    for seg in ctx.segments:
        text = seg.text
        for ev in _events(ctx, seg):
            if mode == "mixed" and ev[0] == "mixed":
                op, cl = ev[1], ev[2]
                straight_open = text[op] == '"'
                if straight_open:
                    pair = "straight opening quote closed by a curly one"
                else:
                    pair = "curly opening quote closed by a straight one"
                straight_house = _straight_majority(ctx)
                if straight_open != straight_house:
                    # the opener differs from the document's style
                    yield rule.finding(seg, op, op + 1, suggestions=('"' if straight_house else "“",), pair=pair)
                else:
                    yield rule.finding(seg, cl, cl + 1, suggestions=('"' if straight_house else "”",), pair=pair)
            elif mode == "unbalanced" and ev[0] in ("unclosed", "unopened"):
                pos = ev[1]
                ch = text[pos]
                what = NAMES.get(ch, NAMES.get(CLOSERS.get(ch, ""), "bracket"))
                if ev[0] == "unclosed":
                    end = _unclosed_extent(text, pos, ev[2])
                    yield rule.finding(seg, pos, end, what=what, state="opened here but not closed")
                else:
                    yield rule.finding(seg, pos, pos + 1, what=what, state="closed but never opened")
