"""Real-word confusions decided by context: a correctly spelled word that is the wrong word
here (``Asian Counties``, ``more then``, ``key problem tacking``).

A rule names the suspicious forms and their replacements (``replace``: lower-case form ->
intended form) and lists weighted **cues**; the word is reported when the cues that hold add
up to ``threshold``. Positive weights speak for the replacement, negative ones for the word
as written. A cue is exactly one of:

* ``before``: a regex that must end right before the word (only spaces between),
* ``after``: a regex that must start right after the word (only spaces between),
* ``near``: words (lower-case; ``*`` at the end for a prefix) of which at least one occurs
  within ``window`` words on either side, in the same sentence,
* ``document``: a regex found anywhere else in the document (the document's own usage),
* ``pinyin_before: true``: the word right before is a romanised Chinese name
  (``Xinlong Country``), recognised by pinyin syllable structure.

Each cue counts once per occurrence of the word, whatever number of its words are present.
"""
from __future__ import annotations

import regex
from pydantic import BaseModel, ConfigDict, model_validator

from ..lang.pinyin import is_pinyin_name
from ..text import SENTENCE_END

TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
LOOKBACK = 64  # chars a `before` cue may span (the longest cues are a few words)
PREV_WORD = regex.compile(r"(\p{Lu}[\p{L}'’]*)[ \t\u00a0]+$")


class Cue(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    weight: int
    before: str | None = None
    after: str | None = None
    near: list[str] | None = None
    document: str | None = None
    pinyin_before: bool = False
    note: str = ""
    compiled: object = None

    @model_validator(mode="after")
    def _one_locator(self):
        given = [k for k in ("before", "after", "near", "document", "pinyin_before") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("a cue has exactly one of before, after, near, document, pinyin_before")
        return self


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    replace: dict[str, str]
    cues: list[Cue]
    threshold: int = 3
    window: int = 12
    compiled: object = None


def prepare(params: Params) -> Params:
    forms = sorted(params.replace, key=len, reverse=True)
    params.replace = {k.lower(): v for k, v in params.replace.items()}
    # version 0 with simple case folding: English cues need nothing more, and full Unicode
    # case folding (V1) makes compiling these alternations several times slower
    flags = regex.IGNORECASE
    params.compiled = regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(map(regex.escape, forms)) + r")(?![\p{L}\-])", flags)
    for cue in params.cues:
        try:
            if cue.before:
                cue.compiled = regex.compile(r"(?:" + cue.before + r")[ \t\u00a0]*$", flags)
            elif cue.after:
                cue.compiled = regex.compile(r"[ \t\u00a0]*(?:" + cue.after + r")", flags)
            elif cue.document:
                cue.compiled = regex.compile(cue.document, flags)
            elif cue.pinyin_before:
                cue.compiled = PREV_WORD
            else:
                exact = {w.lower() for w in cue.near if not w.endswith("*")}
                prefixes = tuple(w[:-1].lower() for w in cue.near if w.endswith("*"))
                cue.compiled = (exact, prefixes)
        except regex.error as exc:
            raise ValueError(f"invalid cue pattern: {exc}") from None
    return params


def _near(words: list[str], cue: Cue) -> bool:
    exact, prefixes = cue.compiled
    return any(w in exact or (prefixes and w.startswith(prefixes)) for w in words)


def _document_has(ctx, cue: Cue, seg, start: int, end: int) -> bool:
    """The cue's pattern occurs somewhere in the document other than this word."""
    spans = ctx.memoize(("confusion-document", cue.document), lambda: [
        (id(other), m.start(), m.end()) for other in ctx.segments for m in cue.compiled.finditer(other.text)])
    return any(sid != id(seg) or e <= start or s >= end for sid, s, e in spans)


def score(p: Params, ctx, seg, text: str, start: int, end: int, sent: tuple[int, int]) -> int:
    total = 0
    window_words = None
    for cue in p.cues:
        if cue.before:
            hit = cue.compiled.search(text, max(sent[0], start - LOOKBACK), start) is not None
        elif cue.after:
            hit = cue.compiled.match(text, end, sent[1]) is not None
        elif cue.document:
            hit = _document_has(ctx, cue, seg, start, end)
        elif cue.pinyin_before:
            prev = cue.compiled.search(text, max(sent[0], start - 40), start)
            hit = prev is not None and is_pinyin_name(prev.group(1))
        else:
            if window_words is None:
                span = p.window * 16  # enough characters for ``window`` words
                left = [m.group().lower() for m in TOKEN.finditer(text, max(sent[0], start - span), start)][-p.window:]
                right = [m.group().lower() for m in TOKEN.finditer(text, end, min(sent[1], end + span))][:p.window]
                window_words = left + right
            hit = _near(window_words, cue)
        if hit:
            total += cue.weight
    return total


def sentence_around(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The sentence holding text[start:end] (same splitter as ``text.sentence_spans``), found
    locally so a check costs in proportion to the matches, not to the document."""
    lo = max(0, start - reach)
    left = lo
    for m in SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    right_m = SENTENCE_END.search(text, end, min(len(text), end + reach))
    return left, (right_m.start() if right_m else min(len(text), end + reach))


def match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def run(rule, ctx):
    p: Params = rule.params
    for seg in ctx.segments:
        text = seg.text
        matches = list(p.compiled.finditer(text))
        if not matches:
            continue
        for m in matches:
            sent = sentence_around(text, m.start(), m.end())
            if score(p, ctx, seg, text, m.start(), m.end(), sent) >= p.threshold:
                sugg = match_case(m.group(), p.replace[m.group().lower()])
                yield rule.finding(seg, m.start(), m.end(), suggestions=(sugg,))
