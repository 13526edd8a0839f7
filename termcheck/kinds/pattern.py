"""A regular expression that must not match; the match (or one group) is the finding.

Params: ``pattern`` (the ``regex`` module's syntax), ``ignorecase``, ``group`` (the
reported group, default the whole match), ``replacement`` (a template: ``\\1`` or
``\\g<name>`` refer to groups, applied to the reported span), ``exceptions`` (match texts,
compared case-insensitively, that stay silent), ``timeout`` in seconds, and ``candidates``.

``candidates`` (optional, for speed on long texts): a pattern in the syntax of Python's ``re``
(or a list of them) that matches at EVERY place where ``pattern`` can begin a match (more places
are fine, fewer lose findings); the place is where the candidate's first group begins, or the
candidate itself when it has no group (so a candidate may start with the character before the
place: a literal first character lets ``re`` skip to it at C speed). It is searched for in C over the text (the lower-cased text when ``ignorecase`` is
set, so it needs no case flag), and ``pattern`` is tried only where it matches, with the result
of ``finditer`` over the whole text: the same matches, without running the slower ``regex``
engine at every word of a megabyte. ``pattern`` still sees the whole text around each place
(lookbehind, ``\\b``), and its time budget covers all its attempts. ``candidates_back``
(characters, e.g. a space and a tab): each place is first moved back over a run of these, for
patterns whose match begins with such a run (spaces before a mark: scanning for the mark is
cheap, scanning for every space is not); no candidate may begin with one of them.
``repeats`` (for speed; a rule that sets it must only match a word, white space and the same
word): where every letter of the text is ASCII, the places are found without ``candidates``
(see ``_repeat_places``); elsewhere ``candidates`` still apply.
"""
from __future__ import annotations

import re
import time
from operator import eq

import regex
from ..lazymodel import BaseModel, ConfigDict

from ._shared import lowered
from ._util import timeout_for

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("lowered", "pattern-unlike")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    pattern: str
    ignorecase: bool = False
    group: int | str = 0
    replacement: str | None = None
    exceptions: list[str] = []
    timeout: float = 1.0
    candidates: str | list[str] | None = None
    candidates_back: str = ""
    repeats: bool = False
    compiled: object = None
    cand: object = None
    guarded: bool = False  # the candidates rely on word characters or case: see _UNLIKE


def prepare(params: Params) -> Params:
    flags = regex.V1 | (regex.IGNORECASE if params.ignorecase else 0)
    try:
        params.compiled = regex.compile(params.pattern, flags)
    except regex.error as exc:
        raise ValueError(f"invalid pattern {params.pattern!r}: {exc}") from None
    params.exceptions = [e.lower() for e in params.exceptions]
    if params.candidates:
        sources = [params.candidates] if isinstance(params.candidates, str) else params.candidates
        params.cand = []
        for source in sources:
            try:
                params.cand.append(re.compile(source))
            except re.error as exc:
                raise ValueError(f"invalid candidates pattern {source!r}: {exc}") from None
        params.guarded = params.ignorecase or any(re.search(r"\\[wWbB1-9]|\(\?P=", x) for x in sources)
    elif params.candidates_back:
        raise ValueError("candidates_back needs candidates")
    return params


# Characters on which ``re`` and ``regex`` (V1, case-insensitive) may disagree: ``re`` counts them
# as word characters and ``regex`` does not (superscript digits, vulgar fractions, circled
# numbers ...), or their case folding differs from their lower case (ß, ſ, ﬁ, final sigma, İ), so
# a lower-cased text compares differently from ``regex``'s full case folding. A text holding one
# is scanned the plain way when the candidates use \\w, \\b, back-references or case.
# Generated from the Unicode tables (tests/test_pattern_candidates.py checks it is current).
_UNLIKE = re.compile(
    "[\xb2-\u00b3\xb5\xb9\xbc-\u00be\xdf\u0130\u0149\u017f\u01f0\u0345\u0390\u03b0\u03c2\u03d0-\u03d1"
    "\u03d5-\u03d6\u03f0-\u03f1\u03f5\u0587\u09f4-\u09f9\u0b72-\u0b77\u0bf0-\u0bf2\u0c78-\u0c7e"
    "\u0d58-\u0d5e\u0d70-\u0d78\u0f2a-\u0f33\u1369-\u137c\u13a0-\u13f5\u13f8-\u13fd\u17f0-\u17f9"
    "\u19da\u1c80-\u1c88\u1e96-\u1e9b\u1e9e\u1f50\u1f52\u1f54\u1f56\u1f80-\u1faf\u1fb2-\u1fb4"
    "\u1fb6-\u1fb7\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6-\u1fc7\u1fcc\u1fd2-\u1fd3\u1fd6-\u1fd7\u1fe2-\u1fe4"
    "\u1fe6-\u1fe7\u1ff2-\u1ff4\u1ff6-\u1ff7\u1ffc\u2070\u2074-\u2079\u2080-\u2089\u2150-\u215f"
    "\u2189\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u2cfd\u3192-\u3195\u3220-\u3229\u3248-\u324f"
    "\u3251-\u325f\u3280-\u3289\u32b1-\u32bf\ua830-\ua835\uab70-\uabbf\ufb00-\ufb06\ufb13-\ufb17"
    "\U00010000-\U0010ffff]")  # beyond the BMP: rare in the genre, so all of it counts as unlike


def _unlike(ctx, seg) -> bool:
    return _outside_ascii(ctx, seg)[0]


def _outside_ascii(ctx, seg) -> tuple[bool, bool]:
    """(``_has_unlike(text)``, whether a character outside ASCII may be part of a word) of the
    segment, once per check."""
    return ctx.memoize(("pattern-unlike", seg.id), lambda: _others_tests(seg.text))


_ASCII = bytes(range(128))
# a character outside ASCII that either engine may take for part of a word (a letter, mark, digit
# or connector, or alphabetic like the circled letters): where the text has none, its words are ASCII
_WORDISH = regex.compile(r"[\w\p{L}\p{M}\p{N}\p{Pc}\p{Alphabetic}]", regex.V1)
_RE_WORD = re.compile(r"\w")


def _others(text: str) -> str:
    """The text's characters outside ASCII, in order: its UTF-8 form with the ASCII bytes
    deleted (in C), decoded."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII).decode("utf-8", "surrogatepass")


def _has_unlike(text: str) -> bool:
    """``_UNLIKE.search(text) is not None``, cheaper on a long text: every character of _UNLIKE is
    outside ASCII, so only those are searched (a megabyte: ~2.5 instead of ~5 ms, as ``re`` tests
    a large class at every character)."""
    return not text.isascii() and _UNLIKE.search(_others(text)) is not None


def _others_tests(text: str) -> tuple[bool, bool]:
    if text.isascii():
        return False, False
    rest = _others(text)
    return _UNLIKE.search(rest) is not None, bool(_RE_WORD.search(rest) or _WORDISH.search(rest))


# ``_repeat_places``' copy of the lower-cased text: ASCII word characters and "-" kept, every
# other byte (white space, marks, the "?" that stands for a character outside ASCII) a space
_TOKEN_BYTES = bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-" else 32
                     for b in range(256))
_PIECE = re.compile(rb"[\w\-]+", re.A)  # a piece of that copy, as bytes.split() parts it
_REPEAT_BLOCK = 1024


def _repeat_places(hay: str) -> list[int]:
    """Where a word followed by white space and the same word can begin in a segment whose words
    are ASCII (``hay``: its lower-cased text). A copy of one byte per character keeps the ASCII word
    characters and "-" and turns every other character into a space (in C: encode, translate), so
    such a pair is two equal neighbours among the pieces of the copy's ``split()``. The copy is
    split block by block (a block ends at a space); only a block holding equal neighbours (or
    ending with the piece that starts the next block) has its pieces' offsets read, and the first
    piece of each equal pair is a place.
    Why that is every place: a word of the doubled-word pattern is ASCII letters and hyphens after
    a character that is no word character and no "-"; after white space the same word follows,
    before such a character. Both are whole pieces of the copy, with only spaces between them.
    Cost: one split of the copy and one comparison per piece, instead of an attempt of the
    ``candidates`` patterns at every space and mark (~250 M instructions a megabyte)."""
    tb = hay.encode("ascii", "replace").translate(_TOKEN_BYTES)
    n = len(tb)
    places: list[int] = []
    lo, last, prev = 0, None, None
    while lo < n:
        hi = tb.find(b" ", min(lo + _REPEAT_BLOCK, n))
        hi = n if hi == -1 else hi
        block = tb[lo:hi]
        toks = block.split()
        if toks:
            if toks[0] == last:  # the previous block's last piece is repeated here
                places.append(prev)
            if any(map(eq, toks, toks[1:])):  # operator.eq: a C call per pair, no method wrapper
                starts = [m.start() for m in _PIECE.finditer(tb, lo, hi)]
                places.extend(starts[k] for k in range(len(toks) - 1) if toks[k] == toks[k + 1])
            last = toks[-1]
            prev = lo + len(block.rstrip()) - len(last)  # where the last piece starts
        lo = hi
    return places


def _matches(p: Params, ctx, seg) -> list:
    """Every match of the rule's pattern in the segment, as ``finditer`` gives them. The matches
    are collected first: the time budget should bound the pattern, not the time spent building
    findings between matches."""
    text = seg.text
    budget = timeout_for(text, p.timeout)
    if p.cand is None or (p.guarded and _unlike(ctx, seg)):
        return list(p.compiled.finditer(text, timeout=budget))
    hay = text
    if p.ignorecase:
        hay = lowered(ctx, seg)
        if len(hay) != len(text):  # offsets would not line up
            return list(p.compiled.finditer(text, timeout=budget))
    # finditer's own walk: from ``pos``, the leftmost place where the pattern matches; after a
    # match, on from its end. Only candidate places can hold a match, so the others are skipped.
    deadline = time.monotonic() + budget
    match, back = p.compiled.match, p.candidates_back
    if p.repeats and not _outside_ascii(ctx, seg)[1]:
        out, pos = [], 0
        for at in _repeat_places(hay):
            if at < pos:
                continue
            m = match(text, at, timeout=max(deadline - time.monotonic(), 1e-6))
            if m is None:
                continue
            if m.end() == at:  # an empty match: as below
                return list(p.compiled.finditer(text, timeout=budget))
            out.append(m)
            pos = m.end()
        return out
    scans = [(c.search, c.groups > 0) for c in p.cand]
    ahead = [search(hay, 0) for search, _ in scans]  # each candidate pattern's next match (None: no more)
    out, pos = [], 0
    while True:
        found = None  # the first place at or after pos, of any candidate pattern
        for k, (search, grouped) in enumerate(scans):
            c = ahead[k]
            while c is not None and _place(c, grouped) < pos:
                c = search(hay, c.start() + 1)
            ahead[k] = c
            if c is not None and (found is None or _place(c, grouped) < found):
                found = _place(c, grouped)
        if found is None:
            break
        at = found
        while at > pos and text[at - 1] in back:
            at -= 1
        m = match(text, at, timeout=max(deadline - time.monotonic(), 1e-6))
        if m is None:
            pos = found + 1
        elif m.end() == at:  # an empty match: finditer's rules for those are subtle, let it do them
            return list(p.compiled.finditer(text, timeout=budget))
        else:
            out.append(m)
            pos = m.end()
    return out


def _place(c, grouped: bool) -> int:
    return c.start(1) if grouped and c.start(1) >= 0 else c.start()


def run(rule, ctx):
    p: Params = rule.params
    for seg in ctx.segments:
        for m in _matches(p, ctx, seg):
            if p.exceptions and m.group(0).lower() in p.exceptions:
                continue
            start, end = m.span(p.group)
            if start < 0:
                continue
            sugg = (m.expand(p.replacement),) if p.replacement is not None else ()
            groups = m.groups()
            yield rule.finding(seg, start, end, suggestions=sugg,
                               **{f"g{i}": g or "" for i, g in enumerate(groups, 1)} if groups else {})
