"""Quotes and brackets: pairs that do not match, and straight quotes closed by curly ones.

One line (paragraph) is the unit: an opener left open at its end is reported. Straight
double quotes open after a space or opener and close otherwise. A right single quote with
no open left single quote is an apostrophe and ignored.

Params: ``report`` = ``mixed`` (straight vs curly pairs) or ``unbalanced``.
"""
from __future__ import annotations

from typing import Literal

import regex
from pydantic import BaseModel

from ._util import paragraphs

PAIRS = {"(": ")", "[": "]", "【": "】", "《": "》", "“": "”", "‘": "’", "（": "）", "「": "」", "『": "』", "〈": "〉"}
CLOSERS = {v: k for k, v in PAIRS.items()}
NAMES = {"(": "parenthesis", "[": "square bracket", "【": "lenticular bracket", "《": "book-title mark",
         "“": "double quote", "‘": "single quote", '"': "double quote", "（": "parenthesis",
         "「": "corner bracket", "『": "corner bracket", "〈": "angle bracket"}


# "1)", "a)", "iv)" list labels close a bracket nobody opened
ENUMERATOR = regex.compile(r"(?:^|[\s,;:(])(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})\)$")


class Params(BaseModel):
    report: Literal["mixed", "unbalanced"]


RELEVANT = regex.compile(r'["“”‘’()\[\]【】《》（）「」『』〈〉]')


def _scan(text: str, start: int, end: int):
    """Yield events: ('mixed', open_pos, close_pos) | ('unclosed', pos) | ('unopened', pos)."""
    stack: list[tuple[str, int]] = []
    for m in RELEVANT.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch == '"':
            prev = text[i - 1] if i > start else " "
            opening = prev.isspace() or prev in "([{【《“‘—–-/\u2060" or i == start
            if stack and stack[-1][0] in ('"', "“") and not (opening and stack[-1][0] == "“"):
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
                        yield ("unclosed", stack.pop()[1])
                    stack.pop()
                continue  # apostrophe
            if stack and stack[-1][0] == want:
                stack.pop()
            elif ch == "”" and stack and stack[-1][0] == '"':
                yield ("mixed", stack.pop()[1], i)
            elif any(op == want or (ch == "”" and op == '"') for op, _ in stack):
                # something inside was left open: report it, then close the pair
                while stack and not (stack[-1][0] == want or (ch == "”" and stack[-1][0] == '"')):
                    yield ("unclosed", stack.pop()[1])
                op, pos = stack.pop()
                if op == '"':
                    yield ("mixed", pos, i)
            elif not (ch == ")" and ENUMERATOR.search(text, start, i + 1)):
                yield ("unopened", i)
    for op, pos in stack:
        yield ("unclosed", pos)


def _events(ctx, seg):
    def scan():
        return [ev for a, b in paragraphs(seg.text) for ev in _scan(seg.text, a, b)]
    return ctx.memoize(("quote-events", seg.id), scan)


def run(rule, ctx):
    mode = rule.params.report
    for seg in ctx.segments:
        text = seg.text
        for ev in _events(ctx, seg):
            if mode == "mixed" and ev[0] == "mixed":
                op, cl = ev[1], ev[2]
                if text[op] == '"':
                    yield rule.finding(seg, op, op + 1, suggestions=("“",), pair="straight opening quote closed by a curly one")
                else:
                    yield rule.finding(seg, cl, cl + 1, suggestions=("”",), pair="curly opening quote closed by a straight one")
            elif mode == "unbalanced" and ev[0] in ("unclosed", "unopened"):
                pos = ev[1]
                ch = text[pos]
                what = NAMES.get(ch, NAMES.get(CLOSERS.get(ch, ""), "bracket"))
                state = "opened but not closed in this paragraph" if ev[0] == "unclosed" else "closed but never opened"
                yield rule.finding(seg, pos, pos + 1, what=what, state=state)
