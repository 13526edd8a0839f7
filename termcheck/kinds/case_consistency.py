"""The same word or phrase capitalised differently mid-sentence in one document.

Two patterns, both needing the lower-case form elsewhere mid-sentence in the same document:

* an isolated capitalised word (no capitalised neighbour, so not part of a name):
  ``to Mid-November`` beside ``in mid-November``;
* a plural noun capitalised after the same capitalised word (``Yi Villages`` beside
  ``new Yi villages``): names are singular, so the plural is the common noun.

Words at a sentence start, right after an opening quote or bracket, or in ``ignore`` stay silent.
"""
from __future__ import annotations

from collections import defaultdict

import regex
from pydantic import BaseModel

from ..text import sentence_start_before

QUOTED = regex.compile(r"[“\"][^“”\"\n]{1,300}[”\"]|《[^《》\n]{1,300}》")
ABBREV_NUMBER = regex.compile(r"\.\s*\d")
TOKEN = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]*")
CONNECT = {"of", "and", "for", "the", "de", "&"}


class Params(BaseModel):
    ignore: list[str] = []


def _tokens(text: str):
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Neighbouring tokens are adjacent when only spaces/brackets separate them (no clause punctuation)."""
    gap = text[a:b]
    return len(gap) <= 3 and not any(ch in ",.;:!?\n" for ch in gap)


def _is_cap(w: str) -> bool:
    return w[:1].isupper() and not w.isupper()


def _name_like(text, toks, i) -> bool:
    """A capitalised word next to another capitalised word (through connectors) is part of a name."""
    for step in (-1, 1):
        j = i
        for _ in range(3):
            k = j + step
            if not (0 <= k < len(toks)):
                break
            a, b = (toks[j][1], toks[k][0]) if step == 1 else (toks[k][1], toks[j][0])
            if not _gap_ok(text, a, b):
                break
            w = toks[k][2]
            if w[:1].isupper():
                return True
            if w.lower() not in CONNECT:
                break
            j = k
    return False


def run(rule, ctx):
    ignore = {w.lower() for w in rule.params.ignore}
    lower_words: set[str] = set()
    lower_pairs: set[tuple[str, str]] = set()
    cands_single = []
    cands_pair = []
    for seg in ctx.segments:
        text = seg.text
        toks = _tokens(text)
        quoted = [m.span() for m in QUOTED.finditer(text)]
        qi = 0
        for i, (s, e, w) in enumerate(toks):
            if w[:1].islower():
                lower_words.add(w)
                if i and _gap_ok(text, toks[i - 1][1], s) and _is_cap(toks[i - 1][2]):
                    lower_pairs.add((toks[i - 1][2], w))
                continue
            if not _is_cap(w) or w.lower() in ignore:
                continue
            if sentence_start_before(text, s) or ABBREV_NUMBER.match(text, e):
                continue
            while qi < len(quoted) and quoted[qi][1] <= s:
                qi += 1
            if qi < len(quoted) and quoted[qi][0] < s:
                continue  # titles in quotes follow their own capitalisation
            prev = text[s - 1:s]
            if prev and prev in "“\"‘'(《【「":
                continue
            if i and _gap_ok(text, toks[i - 1][1], s) and _is_cap(toks[i - 1][2]) and w.lower().endswith("s") \
                    and not w.lower().endswith("ss") \
                    and not (i + 1 < len(toks) and _gap_ok(text, e, toks[i + 1][0]) and _is_cap(toks[i + 1][2])):
                cands_pair.append((seg, s, e, toks[i - 1][2], w))
            if not _name_like(text, toks, i):
                cands_single.append((seg, s, e, w))
    for seg, s, e, w in cands_single:
        low = w[:1].lower() + w[1:]
        if low in lower_words:
            yield rule.finding(seg, s, e, suggestions=(low,), other=low)
    for seg, s, e, head, w in cands_pair:
        low = w[:1].lower() + w[1:]
        if (head, low) in lower_pairs:
            yield rule.finding(seg, s, e, suggestions=(low,), other=f"{head} {low}")
