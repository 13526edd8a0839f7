"""A rare near-duplicate of a phrase that recurs in the same document: one ``key problem
tacking`` beside three ``key problem tackling``.

Word n-grams (``n`` words, not crossing punctuation) are counted case-insensitively. Two
n-grams that agree in every word but one are variants; the rare one is reported when

* the frequent one occurs at least ``min_frequent`` times and ``min_ratio`` times as often,
* the rare word occurs at most ``max_rare`` times in the whole document,
* the two words are close in spelling (Levenshtein distance <= ``max_distance`` and
  rapidfuzz ``ratio`` >= ``min_similarity``), at least ``min_length`` letters long,
* they are not inflections of one another (county/counties, tackle/tackling), nor one the
  other with a prefix of ``prefixes`` (payment/repayment), and
* the rare word is also the rarer one in general English (pyspellchecker counts), so a
  legitimately different common word (``new state`` beside ``new stage``) stays silent.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain, compress, count, islice
from sys import intern

import re

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang import morph
from ..lang.en_nouns import singular_form
from ..lang.lexicon import lexicon
from ._shared import token_counts
from ._util import _blocks

TOKEN = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]*[\p{L}\p{M}]|[\p{L}]|[^\s\p{L}'’]")
# words, or any other single non-space character (a separator); stdlib ``re`` for speed
FAST_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-]+[^\W\d_]+)*|[^\s\w'’\-]|\d+|_")
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
    prefixes: list[str] = []  # a word and the same word with one of these prefixes are two words


def _inflections(a: str, b: str) -> bool:
    a, b = POSSESSIVE.sub("", a), POSSESSIVE.sub("", b)
    # inflections (plurals, verb forms) from the lexicon; derivations by their suffixes
    if morph.lemmas(a) & morph.lemmas(b) or (singular_form(a) or a) == (singular_form(b) or b):
        return True

    def stems(w):
        out = {w}
        for suf in ("ing", "ed", "d", "ly", "er", "ers", "al"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                st = w[: -len(suf)]
                out |= {st, st + "e", st + "y"}
                if len(st) > 3 and st[-1] == st[-2]:
                    out.add(st[:-1])
        return out
    return bool(stems(a) & stems(b))


def _words_only(g: tuple) -> bool:
    """An n-gram of words (one holding punctuation or a figure is not a phrase)."""
    return all(w[0].isalpha() for w in g)


def _rare_grams(toks_by_seg, grams: Counter, rare_words: set, n: int, max_rare: int):
    """The word n-grams seen at most ``max_rare`` times that hold a rare word, in the order of
    their first occurrence. Found from the rare words' own positions (a rare word occurs at most
    ``max_rare`` times), not by visiting every n-gram of the document."""
    first: dict[tuple, tuple] = {}
    for si, toks in enumerate(toks_by_seg):
        last = len(toks) - n
        for k in compress(count(), map(rare_words.__contains__, toks)):  # the rare words' positions, found in C
            for a in range(max(0, k - n + 1), min(k, last) + 1):
                g = tuple(toks[a:a + n])
                if g not in first and grams[g] <= max_rare and _words_only(g):
                    first[g] = (si, a)
    return sorted(first, key=first.__getitem__)


def _locate(seg, gram: tuple, i: int):
    """Spans of the ``i``-th word of each occurrence of ``gram`` in ``seg``."""
    sep = r"[ \t\u00a0\n]+"
    pat = regex.compile(r"(?<![\p{L}\p{M}'’\-])" + sep.join(
        ("(" + regex.escape(w) + ")" if k == i else regex.escape(w)) for k, w in enumerate(gram))
        + r"(?![\p{L}\p{M}])", regex.IGNORECASE)
    for m in pat.finditer(seg.text):
        yield m.span(1)


def _token_words(ctx) -> tuple[dict, Counter]:
    """Each distinct white-space token's words, and the word counts of the whole document, from
    the shared white-space token counts: no ``FAST_TOKEN`` token spans white space and
    lower-casing never looks across it, so tokenising each distinct white-space token once
    gives the same words as tokenising the lower-cased text. One shared string per word."""
    words_of: dict[str, tuple] = {}
    counts: Counter = Counter()
    findall = FAST_TOKEN.findall
    for t, c in token_counts(ctx).items():
        low = t.lower()
        if low.isalpha():  # a lower-case run of letters is one word: the common case, no regex
            w = intern(low)
            words_of[t] = (w,)
            counts[w] += c
        else:
            ws = words_of[t] = tuple(map(intern, findall(low)))
            for w in ws:
                counts[w] += c
    return words_of, counts


def _tokens(text: str, words_of: dict) -> list[str]:
    """``FAST_TOKEN.findall(lower(text))`` (one shared string per distinct word, so the list of a
    long text costs a pointer a token), built block by block from the white-space tokens."""
    out: list[str] = []
    for lo, hi in _blocks(text, 1 << 16):
        out.extend(chain.from_iterable(map(words_of.__getitem__, text[lo:hi].split())))
    return out


def run(rule, ctx):
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    p: Params = rule.params
    n = p.n
    words_of, word_count = _token_words(ctx)
    rare_words = {w for w, c in word_count.items() if c <= p.max_rare and len(w) >= p.min_length}
    if not rare_words:
        return  # no rare word, no rare n-gram: the n-grams need not be counted (common on long texts)
    # lower-case word n-grams that do not cross punctuation, with counts (C-speed: a zip and a
    # Counter per segment); n-grams holding a non-word are skipped where they are used
    grams: Counter = Counter()
    toks_by_seg = []
    for seg in ctx.segments:
        toks = _tokens(seg.text, words_of)
        toks_by_seg.append(toks)
        grams.update(zip(*(islice(toks, i, None) for i in range(n))))
    del words_of
    rare_grams = _rare_grams(toks_by_seg, grams, rare_words, n, p.max_rare)
    if not rare_grams:
        return
    # frequent n-grams, indexed by (position, the other words); only the slots a rare n-gram asks for
    wanted = {(i, g[:i] + g[i + 1:]) for g in rare_grams for i in range(n)}
    slots: dict[tuple, list] = defaultdict(list)
    for g, c in [gc for gc in grams.items() if gc[1] >= p.min_frequent]:  # the filter in C-speed comprehension
        if _words_only(g):
            for i in range(n):
                k = (i, g[:i] + g[i + 1:])
                if k in wanted:
                    slots[k].append((g[i], c))
    if not slots:
        return
    lex = lexicon()
    for g in rare_grams:
        rc = grams[g]
        for i, rare in enumerate(g):
            if word_count[rare] > p.max_rare or len(rare) < p.min_length:
                continue
            rest = g[:i] + g[i + 1:]
            for freq, fc in slots.get((i, rest), ()):
                # cheap C-level spelling distance first: most pairs are two unrelated words
                if fc < p.min_ratio * rc or len(freq) < p.min_length:
                    continue
                if Levenshtein.distance(rare, freq, score_cutoff=p.max_distance) > p.max_distance \
                        or fuzz.ratio(rare, freq) < p.min_similarity or _inflections(rare, freq):
                    continue
                if any(rare == x + freq or freq == x + rare for x in p.prefixes):
                    continue  # "repayment" beside "payment": a derived word, not a slip
                if lex.counts.get(rare, 0) >= lex.counts.get(freq, 0):
                    continue
                model = " ".join(rest[:i] + (freq,) + rest[i:])
                for seg in ctx.segments:
                    for s, e in _locate(seg, g, i):
                        orig = seg.original[s:e]
                        sugg = freq[:1].upper() + freq[1:] if orig[:1].isupper() else freq
                        yield rule.finding(seg, s, e, suggestions=(sugg,), other=model, count=fc)
                break
