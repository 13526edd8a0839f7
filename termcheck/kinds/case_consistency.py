"""The same word or phrase capitalised differently mid-sentence in one document.

Two patterns, both needing the lower-case form elsewhere in the same document:

* an isolated capitalised word (no capitalised neighbour, so not part of a name):
  ``to Mid-November`` beside ``in mid-November``;
* a plural noun capitalised after the same capitalised word (``Yi Villages`` beside
  ``new Yi villages``): names are singular, so the plural is the common noun.

Words at a sentence start, inside quoted titles, before ``No. 5``-style numbers, or listed in
``ignore`` stay silent.
"""
from __future__ import annotations

import bisect

import regex
from pydantic import BaseModel

from ..text import sentence_start_before

STRIP = "\"“”‘’'()[]{}【】《》,.;:!?\u2060"
CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}'’\-])\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*")
PAIR = regex.compile(r"(?<![\p{L}\p{M}'’\-])(\p{Lu}[\p{L}\p{M}'’\-]*)[ \t]+(\p{Ll}[\p{L}\p{M}'’\-]*)")
QUOTED = regex.compile(r"[“\"][^“”\"\n]{1,300}[”\"]|《[^《》\n]{1,300}》")
ABBREV_NUMBER = regex.compile(r"\.\s*\d")
CONNECT = {"of", "and", "for", "the", "de", "&"}


class Params(BaseModel):
    ignore: list[str] = []


def _gap_ok(gap: str) -> bool:
    """Neighbouring tokens are adjacent when only spaces/quotes/brackets separate them."""
    return not any(ch in ",.;:!?\n" for ch in gap)


def _is_cap(w: str) -> bool:
    return w[:1].isupper() and not w.isupper()


WORD_CHARS = "'’-"


def _token_before(text: str, pos: int):
    """(word, gap) of the word ending up to 3 non-letters before ``pos``, or None."""
    j = pos
    while j > 0 and not text[j - 1].isalpha() and pos - j < 3:
        j -= 1
    if j == 0 or not text[j - 1].isalpha():
        return None
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in WORD_CHARS):
        k -= 1
    return text[k:j], text[j:pos], k


def _token_after(text: str, pos: int):
    n = len(text)
    j = pos
    while j < n and not text[j].isalpha() and j - pos < 3:
        j += 1
    if j >= n or not text[j].isalpha():
        return None
    k = j
    while k < n and (text[k].isalpha() or text[k] in WORD_CHARS):
        k += 1
    return text[j:k], text[pos:j], k


def _name_like(text: str, s: int, e: int) -> bool:
    """A capitalised word next to another capitalised word (through connectors) is part of a name."""
    for step in (_token_before, _token_after):
        pos = s if step is _token_before else e
        for _ in range(3):
            t = step(text, pos)
            if t is None or not _gap_ok(t[1]):
                break
            if t[0][:1].isupper():
                return True
            if t[0].lower() not in CONNECT:
                break
            pos = t[2]
    return False


def _prev_cap(text: str, s: int) -> str | None:
    t = _token_before(text, s)
    if t and t[1] in (" ", "\t") and _is_cap(t[0]):
        return t[0]
    return None


def _next_cap(text: str, e: int) -> bool:
    t = _token_after(text, e)
    return bool(t and t[1] and _gap_ok(t[1]) and _is_cap(t[0]))


def run(rule, ctx):
    ignore = {w.lower() for w in rule.params.ignore}
    lower_words: set[str] = set()
    for seg in ctx.segments:
        # str.split + strip is several times faster than a Unicode regex over a long text
        lower_words.update(w for w in (t.strip(STRIP) for t in seg.text.split()) if w[:1].islower())
    lower_pairs = None
    for seg in ctx.segments:
        text = seg.text
        quoted = None
        for m in CAPITALISED.finditer(text):
            w = m.group()
            low = w[:1].lower() + w[1:]
            if low not in lower_words or w.lower() in ignore:
                continue
            s, e = m.span()
            if sentence_start_before(text, s) or ABBREV_NUMBER.match(text, e):
                continue
            if quoted is None:
                quoted = [q.span() for q in QUOTED.finditer(text)]
                qstarts = [q[0] for q in quoted]
            k = bisect.bisect_right(qstarts, s) - 1
            if k >= 0 and quoted[k][0] < s < quoted[k][1]:
                continue  # titles in quotes follow their own capitalisation
            head = _prev_cap(text, s)
            if head and low.endswith("s") and not low.endswith("ss") and not _next_cap(text, e):
                if lower_pairs is None:
                    lower_pairs = {(a, b) for sg in ctx.segments for a, b in PAIR.findall(sg.text)}
                if (head, low) in lower_pairs:
                    yield rule.finding(seg, s, e, suggestions=(low,), other=f"{head} {low}")
                    continue
            if not _name_like(text, s, e):
                yield rule.finding(seg, s, e, suggestions=(low,), other=low)
