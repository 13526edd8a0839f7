"""Real-word slips outside the curated confusion sets: which dictionary words may be typos for
another word, and the word-pair counts that judge an occurrence (rule TC431, ``kinds/real_word.py``).

Candidates are generated from the data, not listed by hand: a dictionary word ``w`` (Hunspell
en_US/en_GB, ``lang.lexicon``) and each one-edit neighbour ``a`` of it (a letter dropped, doubled,
swapped or substituted: ``mange``/``manage``, ``bean``/``been``, ``loner``/``longer``,
``tree``/``three``, ``our``/``out``) that is one of the ``TOP_ALTERNATIVES`` commonest English
words and not much rarer than ``w`` (``RATIO``) in Google Books (symspellpy's unigram list). A
typist's slip lands on any word; the pairs are an open set, and what keeps correct text silent is
the rule's demand for evidence from several sources at once (``kinds/real_word.py``).
Left out: pairs of one word class (lemminflect, ``lang.slots.classes_of``: the rule never reports
them), the forms TC430 already models (``confusables.tsv``), inflections of one another
(lemminflect lemmas: ``waist``/``waists``), and British/American spellings of one word
(``glossary/en_spelling_variants.tsv``: ``labour``/``labor``).

Word-pair counts: the symspellpy bigram list (243,342 pairs), kept for the pairs with a candidate
or an alternative in them, packed per word (``"\\tneighbour\\x01count"`` strings: a few thousand
strings load in a millisecond, and a look-up is one ``str.find``). Everything is built once per
install and kept in the cache directory (``lexicon._cached``, keyed by the data files and the
modules' code)."""
from __future__ import annotations

import functools
import math
import os
import re

RATIO = 0.1              # the alternative is at least this fraction as common as the written word
TOP_ALTERNATIVES = 20_000  # ... and one of the commonest words
MIN_LENGTH = 3           # shorter written words are not candidates (two letters: too many neighbours)
SKIP_TOP = 20            # the commonest words (the, of, and, to, ...) are neither candidates nor alternatives:
                         # their pairs are a third of the list (loading them would double the rule's cost),
                         # and slips onto or off function words are TC430's curated sets (form/from, then/than)
KEEP_UNIGRAMS = 30_000   # word counts kept for the estimates of unlisted pairs (rarer words: the floor)
ASSOCIATION = math.e     # an unlisted written pair is guessed this much likelier than chance (as lang.ngrams)
UNLISTED = 0.25          # an unlisted pair is guessed at most this fraction of the list's cut-off
SCALE_WORDS = 20         # the tables' relative scale: from the commonest words' listed pairs


class Tables:
    """``alternatives[w]`` (space-joined), unigram counts (packed), pair counts by word, and the
    list's constants."""

    def __init__(self, alternatives, load_counts):
        from .packed import PackedStrings

        # written form -> its alternatives, space-joined (packed: ~20,000 entries load as a few
        # thousand strings; ``members`` finds a document's candidates in bulk)
        self.alternatives = PackedStrings(alternatives)
        self._load = load_counts
        self._right = None

    def _counts(self):
        """The counts, loaded on the first question (a document with no candidate in it asks none)."""
        from .packed import PackedCounts

        uni, self._right, self._left, self.total, self.cut, self.scale = self._load()
        self.uni = PackedCounts(uni)
        self.umin = max(1, (self.uni.get("") or 2) // 2)  # about the list's floor: rarer words were cut

    def unigram(self, w: str) -> int:
        if self._right is None:
            self._counts()
        return (self.uni.get(w) if w else None) or self.umin

    def count(self, x: str, y: str) -> int | None:
        """The listed count of the pair "x y", None when unlisted."""
        if self._right is None:
            self._counts()
        s = self._right.get(x)
        if s is not None:
            if not s:  # a long list, split by the neighbour's first letter
                s = self._right.get(x + "\t" + y[:1], "")
            key = "\t" + y + "\x01"
        else:
            s = self._left.get(y)
            if s is None:
                return None
            if not s:
                s = self._left.get(y + "\t" + x[:1], "")
            key = "\t" + x + "\x01"
        i = s.find(key)
        if i < 0:
            return None
        j = i + len(key)
        return int(s[j:s.index("\t", j)])

    def estimate(self, c: int | None, x: str, y: str, written: bool) -> float:
        """``c``, or for an unlisted pair a guess from the words' own counts (independence, on the
        pair list's scale), leaning to the written word (``ASSOCIATION``) and capped below the cut."""
        if c is not None:
            return float(c)
        est = self.scale * self.unigram(x) * self.unigram(y) / self.total
        if written:
            est *= ASSOCIATION
        return max(1.0, min(self.cut * UNLISTED, est))


def _variant_key():
    from ..glossary import __file__ as gfile

    path = os.path.join(os.path.dirname(gfile), "en_spelling_variants.tsv")
    rules = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 2:
                    rules.append((re.compile(cols[0]), cols[1]))
    return lambda w: functools.reduce(lambda s, r: r[0].sub(r[1], s), rules, w)


def _build():
    from .lexicon import Lexicon, lexicon
    from .morph import tags
    from .ngrams import BIGRAMS, UNIGRAMS, _package_file, confusables
    from .packed import pack
    from .slots import classes_of

    uni: dict[str, int] = {}
    with open(_package_file("symspellpy", UNIGRAMS), encoding="utf-8") as f:
        for line in f:
            w, _, c = line.rstrip("\n").partition(" ")
            if c.isdigit():
                uni[w] = int(c)
    ranked = sorted(uni, key=uni.get, reverse=True)
    top = set(ranked[SKIP_TOP:TOP_ALTERNATIVES])
    common = set(ranked[:SKIP_TOP])
    lex = lexicon()
    curated = set(confusables().pairs)
    variant = _variant_key()

    def lemmas(w):
        return {x for v in tags(w).values() for x in v}

    # the written words that may be candidates; each alternative's one-edit neighbours are looked
    # up among them (edits are symmetric: 20,000 alternatives are expanded, not 80,000 words)
    ok = {w for w in uni if len(w) >= MIN_LENGTH and w.isalpha() and w not in curated and w not in common
          and lex.known(w)}
    found: dict[str, list[str]] = {}
    for a in top:
        if a not in lex.lower or a in curated:
            continue
        ca = classes_of(a)
        for w in Lexicon._edits1(a) & ok:
            # (two words of one class are never reported, whatever the evidence: kinds/real_word.py)
            if w != a and uni[a] >= RATIO * uni[w] and classes_of(w) != ca and not (lemmas(w) & lemmas(a)) \
                    and variant(w) != variant(a):
                found.setdefault(w, []).append(a)
    alts = {w: " ".join(sorted(v)) for w, v in found.items()}
    words = set(alts) | {a for v in alts.values() for a in v.split()}
    right: dict[str, list[str]] = {}
    left: dict[str, list[str]] = {}
    cut = None
    mass = dict.fromkeys(ranked[:SCALE_WORDS], 0)
    with open(_package_file("symspellpy", BIGRAMS), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3 or not parts[2].isdigit():
                continue
            x, y, c = parts[0], parts[1], int(parts[2])
            cut = c if cut is None else min(cut, c)
            if x in mass:
                mass[x] += c
            if x in words:
                right.setdefault(x, []).append(f"{y}\x01{c}")
            if y in words:
                left.setdefault(y, []).append(f"{x}\x01{c}")
    # a pair is stored once: under its first word when that is a candidate or alternative
    left = {y: [e for e in v if e.split("\x01")[0] not in words] for y, v in left.items()}
    ratios = sorted(mass[w] / uni[w] for w in mass)
    keep = set(ranked[:KEEP_UNIGRAMS]) | words
    floor = min(uni.values())
    return [pack(alts), [pack({w: c for w, c in uni.items() if w in keep} | {"": floor}),
                   _joined(right), _joined({y: v for y, v in left.items() if v}),
                   sum(uni.values()), cut or 1, ratios[len(ratios) // 2]]]


SPLIT = 2048  # a word's list longer than this (characters) is split by the neighbour's first letter


def _joined(lists: dict[str, list[str]]) -> dict[str, str]:
    """word -> "\tneighbour\x01count\t..." (one ``str.find`` a look-up); a long list (a common
    word's) is kept as word -> "" and word + "\t" + letter -> the entries whose neighbour starts
    with that letter, so that no look-up scans tens of kilobytes."""
    out: dict[str, str] = {}
    for w, entries in lists.items():
        s = "\t" + "\t".join(entries) + "\t"
        if len(s) <= SPLIT:
            out[w] = s
            continue
        out[w] = ""
        by_letter: dict[str, list[str]] = {}
        for e in entries:
            by_letter.setdefault(e[:1], []).append(e)
        for letter, es in by_letter.items():
            out[w + "\t" + letter] = "\t" + "\t".join(es) + "\t"
    return out


@functools.lru_cache(maxsize=1)
def tables() -> Tables:
    from . import lexicon as lexmod
    from . import morph, ngrams
    from .lexicon import _cached, _sources
    from .ngrams import BIGRAMS, UNIGRAMS, _package_file

    from . import slots

    paths = [_package_file("symspellpy", UNIGRAMS), _package_file("symspellpy", BIGRAMS), ngrams.DATA,
             __file__, morph.__file__, lexmod.__file__, slots.__file__] + [p + ".dic" for p in _sources()]
    built = []

    def part(i):  # (a cold cache builds once for both parts)
        if not built:
            built.append(_build())
        return built[0][i]

    return Tables(_cached("realword-candidates", lambda: part(0), paths),
                  lambda: _cached("realword-counts", lambda: part(1), paths))
