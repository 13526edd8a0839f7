"""A rare near-duplicate of a phrase that recurs in the same document: one ``key problem
tacking`` beside three ``key problem tackling``.

Word n-grams (``n`` words, not crossing punctuation) are counted case-insensitively. Two
n-grams that agree in every word but one are variants; the rare one is reported when

* the frequent one occurs at least ``min_frequent`` times and ``min_ratio`` times as often,
* the rare word occurs at most ``max_rare`` times in the whole document,
* the two words are close in spelling (Levenshtein distance <= ``max_distance`` and
  rapidfuzz ``ratio`` >= ``min_similarity``), at least ``min_length`` letters long,
* they are not inflections of one another (county/counties, tackle/tackling), and
* the rare word is also the rarer one in general English (pyspellchecker counts), so a
  legitimately different common word (``new state`` beside ``new stage``) stays silent.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import regex
from pydantic import BaseModel, ConfigDict

from ..lang.lexicon import lexicon

TOKEN = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]*[\p{L}\p{M}]|[\p{L}]|[^\s\p{L}'’]")
POSSESSIVE = regex.compile(r"['’]s$")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    n: int = 3
    min_frequent: int = 3
    min_ratio: float = 2.0
    max_rare: int = 1
    max_distance: int = 2
    min_similarity: float = 80.0
    min_length: int = 4


def _inflections(a: str, b: str) -> bool:
    def stems(w):
        w = POSSESSIVE.sub("", w)
        out = {w}
        for suf in ("ies", "es", "s", "ing", "ed", "d", "ly", "er", "ers", "al"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                st = w[: -len(suf)]
                out |= {st, st + "e", st + "y"}
                if len(st) > 3 and st[-1] == st[-2]:
                    out.add(st[:-1])
        return out
    return bool(stems(a) & stems(b))


def _clauses(seg):
    """Lists of (start, end, lower-case word) between punctuation marks."""
    cur = []
    for m in TOKEN.finditer(seg.text):
        w = m.group()
        if w[0].isalpha():
            cur.append((m.start(), m.end(), w.lower()))
        elif cur:
            yield cur
            cur = []
    if cur:
        yield cur


def run(rule, ctx):
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    p: Params = rule.params
    n = p.n
    grams: Counter = Counter()
    where: dict[tuple, list] = defaultdict(list)
    word_count: Counter = Counter()
    for seg in ctx.segments:
        for clause in _clauses(seg):
            word_count.update(w for _, _, w in clause)
            for i in range(len(clause) - n + 1):
                g = tuple(w for _, _, w in clause[i:i + n])
                grams[g] += 1
                where[g].append((seg, clause[i:i + n]))
    # slot index: (position, the other words) -> Counter of the word in that position
    slots: dict[tuple, Counter] = defaultdict(Counter)
    for g, c in grams.items():
        for i in range(n):
            slots[(i, g[:i] + g[i + 1:])][g[i]] += c
    lex = lexicon()
    for (i, rest), words in slots.items():
        if len(words) < 2:
            continue
        common = [(w, c) for w, c in words.items() if c >= p.min_frequent]
        if not common:
            continue
        for rare, rc in words.items():
            if rc > p.max_rare or word_count[rare] > p.max_rare or len(rare) < p.min_length:
                continue
            for freq, fc in common:
                if fc < p.min_ratio * rc or len(freq) < p.min_length or _inflections(rare, freq):
                    continue
                if Levenshtein.distance(rare, freq) > p.max_distance or fuzz.ratio(rare, freq) < p.min_similarity:
                    continue
                if lex.counts.get(rare, 0) >= lex.counts.get(freq, 0):
                    continue
                g = rest[:i] + (rare,) + rest[i:]
                model = " ".join(rest[:i] + (freq,) + rest[i:])
                for seg, toks in where.get(g, ()):
                    s, e, _ = toks[i]
                    orig = seg.original[s:e]
                    sugg = freq[:1].upper() + freq[1:] if orig[:1].isupper() else freq
                    yield rule.finding(seg, s, e, suggestions=(sugg,), other=model, count=fc)
                break
