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
from operator import not_
from sys import intern

import re

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang import morph
from ..lang.en_nouns import singular_form
from ..lang.lexicon import lexicon
from ..text import lower
from ._shared import token_counts
from ._util import _blocks, interned_matches

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("token-counts",)

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


def _token_words(ctx) -> tuple[dict, dict]:
    """Each distinct white-space token's words, and the word counts of the whole document, from
    the shared white-space token counts: no ``FAST_TOKEN`` token spans white space and
    lower-casing never looks across it, so tokenising each distinct white-space token once
    gives the same words as tokenising the lower-cased text. One shared string per word.
    A lower-case run of letters is one word (most tokens): those are done with C-level
    map/compress/zip, the regex runs on the others only."""
    tc = token_counts(ctx)
    keys, cs = list(tc), list(tc.values())
    lows = list(map(str.lower, keys))
    plain = list(map(str.isalpha, lows))
    other = list(map(not_, plain))
    words_of: dict[str, tuple] = dict(zip(compress(keys, plain), zip(map(intern, compress(lows, plain)))))
    counts: dict[str, int] = {}
    get = counts.get
    for w, c in zip(compress(lows, plain), compress(cs, plain)):
        counts[w] = get(w, 0) + c
    findall = FAST_TOKEN.findall
    for t, low, c in zip(compress(keys, other), compress(lows, other), compress(cs, other)):
        ws = words_of[t] = tuple(map(intern, findall(low)))
        for w in ws:
            counts[w] = get(w, 0) + c
    return words_of, counts


def _tokens(text: str, words_of: dict) -> list[str]:
    """``FAST_TOKEN.findall(lower(text))`` (one shared string per distinct word, so the list of a
    long text costs a pointer a token), built block by block from the white-space tokens."""
    out: list[str] = []
    for lo, hi in _blocks(text, 1 << 16):
        out.extend(chain.from_iterable(map(words_of.__getitem__, text[lo:hi].split())))
    return out


def _sequences(ctx) -> tuple[list, dict, dict | None]:
    """(the lower-case tokens of each segment (``FAST_TOKEN``, one shared string per word), the
    word counts, the words of each distinct white-space token or None), made the cheaper of two
    equivalent ways. When the counts come from the distinct white-space tokens, the sequences
    are None until ``run`` builds them from those words: a document without a rare word never
    needs them."""
    tc = token_counts(ctx)
    if len(tc) * 10 <= sum(tc.values()):
        # repetitive text (long reports, the benchmark): each distinct token is tokenised once
        words_of, counts = _token_words(ctx)
        return [None] * len(ctx.segments), counts, words_of
    # varied vocabulary: per distinct token would cost more than one regex pass over the text
    toks_by_seg = [interned_matches(FAST_TOKEN, lower(seg.text)) for seg in ctx.segments]
    counts: Counter = Counter()
    for toks in toks_by_seg:
        counts.update(toks)
    return toks_by_seg, counts, None


def run(rule, ctx):
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    p: Params = rule.params
    n = p.n
    toks_by_seg, word_count, words_of = _sequences(ctx)
    rare_words = {w for w, c in word_count.items() if c <= p.max_rare and len(w) >= p.min_length}
    if not rare_words:
        return  # no rare word, no rare n-gram: the n-grams need not be counted (common on long texts)
    # lower-case word n-grams that do not cross punctuation, with counts (C-speed: a zip and a
    # Counter per segment); n-grams holding a non-word are skipped where they are used
    grams: Counter = Counter()
    for k, seg in enumerate(ctx.segments):
        toks = toks_by_seg[k]
        if toks is None:
            toks = toks_by_seg[k] = _tokens(seg.text, words_of)
        grams.update(zip(*(islice(toks, i, None) for i in range(n))))
    del words_of
    rare_grams = _rare_grams(toks_by_seg, grams, rare_words, n, p.max_rare)
    if not rare_grams:
        return
    # frequent n-grams, indexed by (position, the other words); only the slots a rare n-gram asks for
    wanted = {(i, g[:i] + g[i + 1:]) for g in rare_grams for i in range(n)}
    slots: dict[tuple, list] = defaultdict(list)
    for g, c in [gc for gc in grams.items() if gc[1] >= p.min_frequent]:  # most n-grams are rare: filter first
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
