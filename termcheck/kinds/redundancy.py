"""Redundant phrases: a word that repeats what its neighbour already says ("returned back").

The phrases and their shorter wordings come from a list file in the rules directory
(``list_file``; format in the file's header): ``{a|b}`` lists word forms, and ``{}`` in the
wording takes the same form. A match is reported with its shorter wording, its first letter's
case kept. For speed the text is searched (lower-cased, with ``str.find``) for the last word of
each phrase, and only there are the words before it compared: one case-insensitive alternation
of all phrases costs ~0.35 s per MB, the word search ~0.01 s.
"""
from __future__ import annotations

import regex
from ..lazymodel import BaseModel, ConfigDict

from ._shared import lowered

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("lowered",)

BRACES = regex.compile(r"\{([^{}]*)\}")


class Params(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)
    list_file: str
    compiled: object = None
    wording: dict = {}
    by_last: dict = {}  # last word -> sorted word counts of the phrases ending in it
    scans: dict = {}    # text to search for -> the last words that begin with it (see prepare)


def _expand(phrase: str, wording: str):
    """Pairs (phrase form, wording form) of one entry."""
    m = BRACES.search(phrase)
    if not m:
        yield phrase, wording
        return
    for alt in m.group(1).split("|"):
        yield phrase[:m.start()] + alt + phrase[m.end():], wording.replace("{}", alt, 1)


def prepare(params: Params) -> Params:
    from ._datafile import data_lines

    path, lines = data_lines(params.list_file, "list_file")
    wording: dict[str, str] = {}
    for n, line in lines:
        line = line.rstrip()
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise ValueError(f"{path.name}:{n}: expected a phrase, a tab and its shorter wording")
        for form, short in _expand(parts[0].strip(), parts[1].strip()):
            wording[" ".join(form.lower().split())] = short
    params.wording = wording
    by_last: dict[str, set[int]] = {}
    for phrase in wording:
        words = phrase.split()
        by_last.setdefault(words[-1], set()).add(len(words))
    params.by_last = {k: sorted(v, reverse=True) for k, v in by_last.items()}
    # one search of the text for last words that begin alike ("gift" and "gifts", "history" and
    # "histories", "over-exaggerate(s|d|ing)"): their common beginning, then each word checked
    # where it is found (each scan of a megabyte costs ~0.5 ms)
    params.scans = {}
    for last in sorted(params.by_last):
        prev = next(reversed(params.scans), None)
        common = _common_prefix(prev, last) if prev else ""
        if prev and len(common) >= min(5, len(prev)):
            params.scans[common] = params.scans.pop(prev) + [last]
        else:
            params.scans[last] = [last]
    return params


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _pattern(p: Params):
    """All phrases as one case-insensitive pattern, compiled on first need (rare texts only)."""
    if p.compiled is None:
        alts = sorted(p.wording, key=len, reverse=True)
        body = "|".join(r"[ \t]+".join(regex.escape(w) for w in a.split()) for a in alts)
        p.compiled = regex.compile(r"(?<![\p{L}\p{N}\-])(?:" + body + r")(?![\p{L}\p{N}\-])", regex.IGNORECASE)
    return p.compiled


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "-"


def _matches(p: Params, text: str, low: str):
    """(start, end) of listed phrases in ``text`` (``low``: the text lower-cased, shared with
    other kinds through ``_shared``)."""
    if len(low) != len(text):  # a character whose lower case is longer: offsets would shift
        yield from (m.span() for m in _pattern(p).finditer(text))
        return
    for common, lasts in p.scans.items():
        i = low.find(common)
        while i != -1:
            for last in lasts:
                end = i + len(last)
                if (len(lasts) == 1 or low.startswith(last, i)) and (i == 0 or not _word_char(low[i - 1])) \
                        and (end == len(low) or not _word_char(low[end])):
                    for n in p.by_last[last]:
                        start = _words_back(low, i, n - 1)
                        if start is not None and " ".join(low[start:end].split()) in p.wording \
                                and (start == 0 or not _word_char(low[start - 1])):
                            yield start, end
                            break
            i = low.find(common, i + 1)


def _words_back(low: str, pos: int, n: int):
    """Start of the ``n`` words before ``pos`` (separated by spaces or tabs), or None."""
    for _ in range(n):
        j = pos
        while j > 0 and low[j - 1] in " \t":
            j -= 1
        if j == pos:
            return None
        k = j
        while k > 0 and _word_char(low[k - 1]):
            k -= 1
        if k == j:
            return None
        pos = k
    return pos


def run(rule, ctx):
    p: Params = rule.params
    for seg in ctx.segments:
        text = seg.text
        for start, end in sorted(_matches(p, text, lowered(ctx, seg))):
            phrase = text[start:end]
            short = p.wording[" ".join(phrase.lower().split())]
            if phrase[:1].isupper():
                short = short[:1].upper() + short[1:]
            yield rule.finding(seg, start, end, suggestions=(short,))
