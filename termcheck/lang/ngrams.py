"""English word and word-pair frequencies for the confusion model, and its confusion sets.

Data: the unigram (82,765 words) and bigram (243,342 pairs) frequency dictionaries shipped by
``symspellpy`` (MIT), built from Google Books n-grams. Only the bigrams that contain a word of a
confusion set, or end in a preposition of the word-class data, are kept; the filtered tables are
cached on disk (marshal, keyed by the data files and this module's source), the pairs with a
confusable word as a dict and the others packed (``packed.py``), so the model loads some 35,000
entries and a few thousand strings, once, on first use.

Confusion sets: ``confusables.tsv`` beside this module (format and notes in its header).
"""
from __future__ import annotations

import functools
import math
import os
from dataclasses import dataclass, field

DATA = os.path.join(os.path.dirname(__file__), "confusables.tsv")
REGIONS = os.path.join(os.path.dirname(__file__), "world_regions.txt")
UNIGRAMS = "frequency_dictionary_en_82_765.txt"
BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"
ASSOCIATION = math.e  # how much likelier than chance an unlisted written pair is assumed to be
UNLISTED = 0.25  # an unlisted pair is guessed at most this fraction of the list's cut-off
BACKOFF_CLASSES = frozenset(("N", "J"))  # next-word classes the back-off uses (noun-only, adjective-only)
CLASS_PRIOR = 20  # pseudo-count (in list cut-offs) pulling a form's class distribution to the average
_COARSE = {"NN": "N", "NNS": "N", "VB": "V", "VBD": "D", "VBN": "D", "VBG": "G", "VBZ": "Z",
           "JJ": "J", "JJR": "J", "JJS": "J", "RB": "R", "RBR": "R", "RBS": "R"}


@dataclass
class Pair:
    """The written form, one alternative, and what the data file says about the pair."""
    written: str
    alternative: str
    prior: float = 0.0
    countries: bool = False  # country names in the sentence speak for the alternative
    pinyin: bool = False     # a romanised Chinese name right before speaks for the alternative
    note: str = ""


@dataclass
class Confusables:
    pairs: dict[str, list[Pair]] = field(default_factory=dict)   # written form -> its alternatives
    countries_for: set[str] = field(default_factory=set)         # forms country names speak for
    pinyin_for: set[str] = field(default_factory=set)            # forms a pinyin name before speaks for


def _parse(path: str = DATA) -> Confusables:
    from ..errors import TermcheckError

    sets: list[tuple[list[str], dict[str, str], str]] = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith(("#", "@")):  # @: word-class slots (lang.slots)
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 3 or not cols[2].strip():
                raise TermcheckError(f"{path}:{n}: expected 'forms<TAB>options<TAB>note'")
            forms = [w.strip().lower() for w in cols[0].split("|") if w.strip()]
            opts = {}
            for o in cols[1].split():
                if o != "-":
                    k, _, v = o.partition("=")
                    if k not in ("prior", "countries", "pinyin") or not v:
                        raise TermcheckError(f"{path}:{n}: unknown option {o!r}")
                    opts[k] = v.lower()
            if len(forms) < 2:
                raise TermcheckError(f"{path}:{n}: a confusion set needs two forms or more")
            sets.append((forms, opts, cols[2].strip()))
    out = Confusables()
    for forms, opts, note in sets:
        prior = float(opts.get("prior", 0))
        if "countries" in opts:
            out.countries_for.add(opts["countries"])
        if "pinyin" in opts:
            out.pinyin_for.add(opts["pinyin"])
        for w in forms:
            for a in forms:
                if a == w:
                    continue
                alts = out.pairs.setdefault(w, [])
                if any(p.alternative == a for p in alts):
                    continue
                alts.append(Pair(w, a, prior, opts.get("countries") == a, opts.get("pinyin") == a, note))
    return out


@functools.lru_cache(maxsize=1)
def confusables() -> Confusables:
    return _parse()


class NGrams:
    """Unigram and bigram counts (lower-case words) with a capped independence back-off."""

    def __init__(self, uni: dict[str, int], bi: dict[str, int], total: int, cut: int, scale: float = 40.0,
                 other=None):
        self.uni, self.bi, self.total, self.cut = uni, bi, total, cut
        # ``bi`` holds the pairs with a confusable word (all the model's own look-ups); ``other``
        # the rest (a noun before a preposition, for the verb frame: ``count``), packed
        self.other = other
        self.scale = scale  # bigram counts per unigram count (the two tables come from different totals)
        self.umin = min(uni.values()) if uni else 1  # about the list's floor (rarer words were cut)

    def unigram(self, w: str) -> int:
        return self.uni.get(w, self.umin // 2 or 1)

    def count(self, pair: str) -> int:
        """The listed count of ``pair`` ("word word") in the whole kept table, 0 when unlisted."""
        c = self.bi.get(pair)
        if c is None:
            c = self.other.get(pair, 0) if self.other is not None else 0
        return c

    def pair(self, a: str, b: str, written: bool) -> float:
        """The pair's count. An unlisted pair's true count lies below the list's cut-off; it is
        guessed from the words' own counts as if they were independent (on the bigram table's
        scale), and for the written word allowed a typical association (``ASSOCIATION``) on top:
        both guesses lean towards the written word, as does the cap at half the cut-off."""
        return self._count(self.bi.get(a + " " + b), a, b, written)

    def _count(self, c: int | None, a: str, b: str, written: bool) -> float:
        """``pair`` for a looked-up count ``c`` (None: unlisted)."""
        if c is not None:
            return float(c)
        est = self.scale * self.unigram(a) * self.unigram(b) / self.total
        if written:
            est *= ASSOCIATION
        return max(1.0, min(self.cut * UNLISTED, est))

    def class_ratio(self, written: str, alt: str, nxt: str | None, cls: str | None = None,
                    listed: bool | None = None) -> float:
        """Class back-off evidence, in natural-log units, for ``alt`` over ``written`` before
        ``nxt`` when neither pair is listed: log P(class | alt) / P(class | written), where class
        is the next word's word class (``word_class``) and P(class | form) comes from the form's
        listed right neighbours, smoothed towards the class's share of all pairs with
        ``CLASS_PRIOR`` cut-offs. "the principle leaders": neither pair is listed, but
        "principal" is often followed by a plural noun and "principle" almost never. Only the
        right side: what follows a word says what the word is (adjective before a noun, noun
        before a preposition), while a left neighbour's class is mostly a determiner for both.
        Only nouns and adjectives of one class count ("leaders", "assistance"): an ambiguous
        neighbour ("joint": adjective, noun, verb) says nothing, nor does a function word (listed
        pairs cover those) or a verb form ("will proceed according to": what follows a verb is
        too varied for a class to say which verb it is).
        ``cls`` overrides the next word's class (the caller knows it is a name: a noun);
        ``listed``: whether a right pair is listed, when the caller knows (``sides``)."""
        if listed is None:
            listed = self.listed(written, alt, nxt)
        if not nxt or listed:
            return 0.0
        c = cls or word_class(nxt)
        share = self.rprior.get(c, 0.0) if c in BACKOFF_CLASSES else 0.0
        if not share:
            return 0.0
        k = CLASS_PRIOR * self.cut
        nw, na = self.rclass.get(written + "\t" + c, 0), self.rclass.get(alt + "\t" + c, 0)
        tw, ta = self.rtotal.get(written, 0), self.rtotal.get(alt, 0)
        return math.log((na + k * share) / (ta + k)) - math.log((nw + k * share) / (tw + k))

    def listed(self, written: str, alt: str, nxt: str | None) -> bool:
        """The table lists ``written nxt`` or ``alt nxt``."""
        return bool(nxt) and (written + " " + nxt in self.bi or alt + " " + nxt in self.bi)

    def log_ratio(self, prev: str | None, written: str, alt: str, nxt: str | None) -> tuple[float, float]:
        """(left, right) evidence, in natural-log units, for ``alt`` over ``written`` between
        ``prev`` and ``nxt``: left = log P(alt | prev) / P(written | prev), right = log
        P(nxt | alt) / P(nxt | written). A side where neither pair is listed says nothing (0)."""
        return self.sides(prev, written, alt, nxt)[:2]

    def sides(self, prev: str | None, written: str, alt: str, nxt: str | None) -> tuple[float, float, bool]:
        """``log_ratio`` and whether a right pair is listed (each pair looked up once)."""
        left = right = 0.0
        get = self.bi.get
        if prev:
            cw, ca = get(prev + " " + written), get(prev + " " + alt)
            if cw is not None or ca is not None:
                left = math.log(self._count(ca, prev, alt, False) / self._count(cw, prev, written, True))
        listed = False
        if nxt:
            cw, ca = get(written + " " + nxt), get(alt + " " + nxt)
            if cw is not None or ca is not None:
                listed = True
                right = (math.log(self._count(ca, alt, nxt, False) / self.unigram(alt))
                         - math.log(self._count(cw, written, nxt, True) / self.unigram(written)))
        return left, right, listed


@functools.lru_cache(maxsize=65536)
def word_class(word: str) -> str:
    """A neighbour's class for the back-off: the set of word classes lemminflect's lexicon gives
    the form ("leaders" -> "N", "party" -> "JNV", "led" -> "D"); "#" for a number; words the
    lexicon lacks (function words "the", "of"; names) stand for themselves."""
    if word[:1].isdigit():
        return "#"
    from .morph import tags

    t = tags(word)
    return "".join(sorted({_COARSE[x] for x in t if x in _COARSE})) or word.lower()


def _package_file(pkg: str, name: str) -> str:
    import importlib.util

    from ..errors import TermcheckError

    spec = importlib.util.find_spec(pkg)
    if spec is None or not spec.submodule_search_locations:
        raise TermcheckError(f"the n-gram statistics are missing: install {pkg} (pip install {pkg}), or --ignore TC430")
    return os.path.join(list(spec.submodule_search_locations)[0], name)


@functools.lru_cache(maxsize=1)
def ngrams() -> NGrams:
    """The symspellpy frequency tables, restricted to bigrams with a confusable word; cached on disk."""
    from .lexicon import _cached

    uni_path, bi_path = _package_file("symspellpy", UNIGRAMS), _package_file("symspellpy", BIGRAMS)

    def build():
        uni: dict[str, int] = {}
        with open(uni_path, encoding="utf-8") as f:
            for line in f:
                w, _, c = line.rstrip("\n").partition(" ")
                if c.isdigit():
                    uni[w] = int(c)
        forms = set(confusables().pairs)
        # pairs ending in a preposition too: which nouns take it ("approach to"), for the verb frame
        from .slots import grammar

        gr = grammar()
        preps = gr.classes.get("PREP", frozenset()) | gr.classes.get("TO", frozenset())
        bi: dict[str, int] = {}
        cut = None
        top = set(sorted(uni, key=uni.get, reverse=True)[:20])
        mass = dict.fromkeys(top, 0)
        with open(bi_path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) != 3 or not parts[2].isdigit():
                    continue
                c = int(parts[2])
                cut = c if cut is None else min(cut, c)
                if parts[0] in mass:
                    mass[parts[0]] += c
                if parts[0] in forms or parts[1] in forms or parts[1] in preps:
                    bi[parts[0] + " " + parts[1]] = c
        # the tables' relative scale: listed bigram mass per unigram count of the commonest words
        # (whose pairs the list covers best), the median of them
        ratios = sorted(mass[w] / uni[w] for w in top)
        # class back-off table: each form's listed right neighbours by word class
        rclass: dict[str, int] = {}
        for pair, c in bi.items():
            a, b = pair.split(" ")
            if a in forms:
                key = a + "\t" + word_class(b)
                rclass[key] = rclass.get(key, 0) + c
        total = sum(uni.values())
        # keep the counts the model can ask for: its own forms, their listed neighbours and the
        # commonest words (other neighbours fall back to the list's floor)
        keep = forms | {x for pair in bi for x in pair.split(" ")} | set(sorted(uni, key=uni.get, reverse=True)[:5000])
        uni = {w: c for w, c in uni.items() if w in keep}
        return [uni, bi, total, cut or 1, _country_names(), ratios[len(ratios) // 2], rclass]

    def split():
        """The table in two: the pairs with a confusable word as a dict (the model looks them up
        thousands of times), the others (some 30,000 "noun preposition" pairs, asked about only
        by the verb frame) packed (``packed.py``): loading them costs a millisecond, not five."""
        from .packed import pack

        uni, bi, total, cut, countries, scale, rclass = build()
        forms = set(confusables().pairs)
        own, other = {}, {}
        for pair, c in bi.items():
            a, b = pair.split(" ")
            (own if a in forms or b in forms else other)[pair] = c
        # the class table's totals (per form, per class), cached too: two milliseconds a process
        rtotal: dict[str, int] = {}
        classes: dict[str, int] = {}
        for key, c in rclass.items():
            w, _, cl = key.partition("\t")
            rtotal[w] = rtotal.get(w, 0) + c
            classes[cl] = classes.get(cl, 0) + c
        mass = sum(classes.values()) or 1
        rprior = {cl: c / mass for cl, c in classes.items()}
        return [uni, own, pack(other), total, cut, countries, scale, rclass, rtotal, rprior]

    from . import morph
    from .packed import PackedCounts

    uni, bi, other, total, cut, countries, scale, rclass, rtotal, rprior = _cached(
        "ngrams-confusion-split", split, [uni_path, bi_path, DATA, REGIONS, __file__, morph.__file__])
    g = NGrams(uni, bi, total, cut, scale, PackedCounts(other))
    g.countries = countries
    g.rclass, g.rtotal, g.rprior = rclass, rtotal, rprior
    return g


def _country_names() -> list[list[str]]:
    """[pycountry names (short forms: "Korea, Republic of" -> "Korea"), world regions] for context."""
    import pycountry

    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                names.add(v.split(",")[0].strip())
    with open(REGIONS, encoding="utf-8") as f:
        regions = [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]
    return [sorted(names), regions]
