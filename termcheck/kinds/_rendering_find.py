"""Finding the phrases of TC225 (``rendering_synonyms``) in a document: the occurrences of the
swap members, the document's own recurring names around them, and the swapped forms, looked
for at the occurrences of a member they hold rather than in the whole text."""
from __future__ import annotations

import re

from ._shared import lowered

WORDCHAR = re.compile(r"[\w'’]")

def _fold(ctx, seg) -> str:
    f = ctx.memo.get(("glossary-fold", seg.id))  # glossary_term.folded, without its import per call
    if f is None:
        from .glossary_term import fold_from_lowered

        f = fold_from_lowered(seg.text, lowered(ctx, seg))
    return f


def _whole(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands as whole words (a possessive may follow)."""
    if start and WORDCHAR.match(text, start - 1):
        return False
    nxt = text[end:end + 1]
    if not nxt or not WORDCHAR.match(nxt):
        return True
    return text.startswith("'s", end) and not WORDCHAR.match(text[end + 2:end + 3] or " ")


def _hits(ctx, wanted: dict, segs, order, pos: dict) -> dict:
    """Value key -> [(order, seg, start, end)] of every whole-word occurrence of the phrases of
    ``wanted`` (key -> phrases), in text order. A swapped form is looked for at the occurrences
    of a swap member it holds (``pos``; none there: it is not in the text); a ``term`` entry's
    phrase is searched in the text when each of its words is in it."""
    out: dict = {}
    present: dict = {}
    for key, phrases in wanted.items():
        for ph in phrases:
            if key[0] == "t":
                found = _search(ctx, segs, ph, present)
            else:
                found = _at_members(ctx, ph, pos)
            for seg, start in found:
                out.setdefault(key, []).append((order[id(seg)] + start, seg, start, start + len(ph)))
    for v in out.values():
        v.sort(key=lambda o: o[0])
    return out


def _at_members(ctx, ph: str, pos: dict):
    """(seg, start) of ``ph`` found at the occurrences of the rarest swap member it holds."""
    padded = " " + ph + " "
    best = None
    for mem, places in pos.items():
        i = padded.find(" " + mem)  # at a word's start (its end may inflect; the check below is exact)
        if i >= 0 and (best is None or len(places) < len(best[1])):
            best = (i, places)
    if best is None:
        return
    off, places = best
    n = len(ph)
    last = text = None  # (places come segment by segment: each segment's text is read once)
    for seg, at in places:
        start = at - off
        if start >= 0:
            if seg is not last:
                text = _fold(ctx, seg)
                last = seg
            if text.startswith(ph, start) and _whole(text, start, start + n):
                yield seg, start


def _search(ctx, segs, ph: str, present: dict):
    """(seg, start) of ``ph`` in the segments whose text holds each of its words."""
    n = len(ph)
    for seg in segs:
        text = _fold(ctx, seg)
        ok = True
        for w in ph.split():
            there = present.get((id(seg), w))
            if there is None:
                there = present[(id(seg), w)] = w in text
            if not there:
                ok = False
                break
        if not ok:
            continue
        start = text.find(ph)
        while start >= 0:
            if _whole(text, start, start + n):
                yield seg, start
            start = text.find(ph, start + 1)


TOKEN = re.compile(r"[a-z0-9][a-z0-9'’]*")
CLAUSE = re.compile(r"[^a-z0-9'’ ]")   # folded text: anything but words and spaces ends a phrase
STOP = frozenset("a an the of for and or in on at to by with from as its their our this that these those "
                 "is are was were be been has have had will would not no".split())


def _positions(ctx, syn, segs) -> tuple[list, dict]:
    """The ``swap`` entries with two members in the text (only they can align two phrases, and
    only with those members: a document without "promotion" needs nothing around
    "advancement"), and the whole-word occurrences (seg, start) of those members: every swapped
    form holds one, so it is looked for there instead of in the whole text."""
    texts = [(seg, _fold(ctx, seg)) for seg in segs]
    active = []
    for entry in syn.swaps:
        here = tuple(m for m in entry if any(" ".join(m) in t for _, t in texts))
        if len(here) >= 2:
            active.append(here)
    pos: dict[str, list] = {}
    for entry in active:
        for m in entry:
            mem = " ".join(m)
            n = len(mem)
            for seg, text in texts:
                at = text.find(mem)
                while at >= 0:
                    # a whole word, or its plural ("task forces"); not inside a longer word
                    # ("residents" holds "resident" but is another noun's plural too often to keep)
                    if (not at or not WORDCHAR.match(text, at - 1)) and (
                            _whole(text, at, at + n) or text[at + n:at + n + 1] == "s" and _whole(text, at, at + n + 1)):
                        pos.setdefault(mem, []).append((seg, at))
                    at = text.find(mem, at + 1)
    return active, pos


def _own_anchors(ctx, syn, active: list, pos: dict, order, p) -> dict:
    """The document's own names that hold a swap word: phrases of three to five words around an
    occurrence of a ``swap`` member, opening and ending with a content word, with at least
    ``min_content`` content words, written at least ``min_uses`` times (a recurring name, not a
    passing description). -> folded phrase: ([(order, seg, start, end)], swapped forms' phrases),
    the forms leaving out English terms of the glossary (other rules judge those)."""
    from .rendering_synonyms import Synonyms, _known, _phrases, _variants

    if not active:
        return {}
    known = _known(ctx, syn)
    syn = Synonyms(active, [], syn.openers, syn.levels)
    counts: dict[str, dict] = {}  # phrase -> its occurrences by place (two swap words in one phrase find it twice)
    for mem, places in pos.items():
        n = len(mem)
        last = text = None
        for seg, at in places:
            if seg is not last:
                text = _fold(ctx, seg)
                last = seg
            if not _whole(text, at, at + n) and not (" " in mem and _whole(text, at, at + n + 1)
                                                      and text[at + n] == "s"):
                continue  # a longer word ("residents", "wholesale"); a group's plural head is one
            base = order[id(seg)]
            for start, end, phrase in _phrases_around(text, at, at + n, p.min_content):
                counts.setdefault(phrase, {})[base + start] = (base + start, seg, start, end)
    out = {}
    for phrase, occ in counts.items():
        if len(occ) < p.min_uses:
            continue
        forms = [ph for ph in map(_phrases, _variants(tuple(phrase.split()), syn)) if not any(x in known for x in ph)]
        if forms:
            out[phrase] = (sorted(occ.values(), key=lambda o: o[0]), forms)
    return out


def _phrases_around(text: str, start: int, end: int, min_content: int):
    """(start, end, phrase) of the three- to five-word phrases of folded ``text`` that hold
    ``text[start:end]`` inside one clause, open and end with a content word and hold
    ``min_content`` content words."""
    lo = max(0, start - 60)
    cut = None
    for cut in CLAUSE.finditer(text, lo, start):
        pass
    lo = cut.end() if cut else lo
    stop = CLAUSE.search(text, end, end + 60)
    hi = stop.start() if stop else min(len(text), end + 60)
    toks = [(m.start(), m.end(), m[0]) for m in TOKEN.finditer(text, lo, hi)]
    if toks and lo > 0 and toks[0][0] == lo and text[lo - 1].isalnum():
        del toks[0]  # a word cut by the window
    if toks and toks[-1][1] == hi and text[hi:hi + 1].isalnum():
        del toks[-1]
    first = next((i for i, t in enumerate(toks) if t[0] >= start), None)
    last = next((i for i in range(len(toks) - 1, -1, -1) if toks[i][1] <= end), None)
    if first is None or last is None:
        return
    words = [t[2] for t in toks]
    content = [w not in STOP for w in words]  # (a phrase opens and ends with a content word)
    for i in range(max(0, first - 3), first + 1):
        if not content[i]:
            continue
        for j in range(max(last, i + 2), min(len(toks), i + 5)):  # three to five words
            if content[j] and sum(content[i:j + 1]) >= min_content:
                yield toks[i][0], toks[j][1], " ".join(words[i:j + 1])
