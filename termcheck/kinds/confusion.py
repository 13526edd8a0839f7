"""Real-word confusions decided by one context model: a correctly spelled word that is the wrong
word here (``Asian Counties``, ``come form``, ``per capital``, ``key problem tacking``).

The confusion sets are data (``termcheck/lang/confusables.tsv``: forms that are written for one
another, each set with a note). For each occurrence of a form and each alternative of it, evidence
(natural-log units, positive = the alternative is meant) is added up:

* **n-grams**: log P(prev alt next) - log P(prev word next) from Google Books word-pair counts
  (symspellpy's tables; ``termcheck.lang.ngrams``), clipped to ``max_ngram``;
* **glossary**: the alternative completes a multiword glossary term here (``key problem
  tackling``) → ``glossary``; the written word sits inside a term → ``-glossary``;
* **document**: the document writes the same phrase the other way elsewhere (``poor counties``
  beside ``poor countries``) → ``document``; the written phrase recurs elsewhere → ``-document``;
* **country names** (pycountry, plus world regions) in the sentence speak for the form the set
  names (``countries=``); without them that form is not proposed (``55 counties`` is usually
  right in a Chinese document); a romanised Chinese name right before (``Xinlong Country``)
  speaks for the ``pinyin=`` form;
* the set's ``prior`` is subtracted (forms that are common and legitimate in the genre).

A finding is reported when the total reaches ``threshold``; its message names the evidence.
"""
from __future__ import annotations

import functools
import math
import re

from pydantic import BaseModel, ConfigDict

from ..lang.ngrams import confusables, ngrams
from ..lang.pinyin import is_pinyin_name
from ..text import SENTENCE_END

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
PREV = re.compile(r"([^\W\d_]+)[ \t\u00a0\-]+$")
NEXT = re.compile(r"[ \t\u00a0\-]+([^\W\d_]+)")
PREV_NAME = re.compile(r"(\w[\w'’]*)[ \t\u00a0]+$")
HOME_MIN = 5  # a country named this often in the document is its own country, not foreign context


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    threshold: float = 4.5
    max_ngram: float = 8.0
    glossary: float = 6.0
    document: float = 3.0
    countries: float = 4.0
    pinyin: float = 4.0
    genre: float = 1.5
    sentence: float = 2.0
    function_word: int = 1_000_000_000  # neighbours more frequent than this (the, of, that) are no phrase evidence
    exclude: list[str] = []   # forms not checked (house style)


def prepare(params: Params) -> Params:
    confusables()  # load-time errors in the data file surface when rules load
    return params


def _glossary_terms(gl) -> dict[str, list[tuple[str, ...]]]:
    """Lower-case multiword English glossary terms as word tuples, indexed by each word in them."""
    index: dict[str, list[tuple[str, ...]]] = {}
    forms = confusables().pairs
    for concept in getattr(gl, "concepts", ()):
        for term in getattr(concept, "en", ()):
            words = tuple(w.lower() for w in WORD.findall(term.text))
            if len(words) > 1:
                for w in set(words):
                    if w in forms:
                        index.setdefault(w, []).append(words)
    return index


def _genre_words(gl) -> frozenset[str]:
    if gl is None or not callable(getattr(gl, "words", None)):
        return frozenset()
    try:
        return frozenset(w.lower() for w in gl.words())
    except Exception:  # a glossary without the helper must not break the check
        return frozenset()


def _in_term(terms: list[tuple[str, ...]], word: str, left: list[str], right: list[str]) -> tuple[str, ...] | None:
    """The term that ``left + [word] + right`` (words around one occurrence) contains with ``word`` in it."""
    for t in terms:
        for i, tw in enumerate(t):
            if tw == word and left[len(left) - i:] == list(t[:i]) and len(left) >= i \
                    and right[:len(t) - i - 1] == list(t[i + 1:]):
                return t
    return None


@functools.lru_cache(maxsize=1)
def _country_pattern():
    names, regions = ngrams().countries
    alts = sorted(set(names) | set(regions), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, alts)) + r")(?![\w-])"), set(names)


def _foreign_countries(ctx, text: str, sent: tuple[int, int]) -> list[str]:
    pattern, countries = _country_pattern()
    found = []
    for m in pattern.finditer(text, *sent):
        name = m.group()
        if name in countries:
            total = ctx.memoize(("confusion-country", name), lambda: sum(s.text.count(name) for s in ctx.segments))
            if total >= HOME_MIN:
                continue  # the document's own country (China in a Chinese policy text)
        found.append(name)
    return found


def sentence_around(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The sentence holding text[start:end], found locally so a check costs in proportion to the matches."""
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


def _doc_phrases(ctx) -> str:
    """The document's text, lower-cased, one segment a line (for phrase counts)."""
    return ctx.memoize("confusion-lower-text", lambda: "\n".join(s.text.lower() for s in ctx.segments))


def _phrase_count(ctx, phrase: str) -> int:
    def count():
        return len(re.findall(r"(?<![^\W\d_])" + re.escape(phrase).replace(r"\ ", r"[ \-]") + r"(?![^\W\d_])",
                              _doc_phrases(ctx)))
    return ctx.memoize(("confusion-phrase", phrase), count)


def _evidence(p: Params, ctx, seg, text, m, pair, prev, nxt, terms, genre_words):
    """(total, [reasons]) for reading ``pair.alternative`` instead of the written word."""
    w, a = pair.written, pair.alternative
    g = ngrams()
    reasons = []
    total = -pair.prior
    left, right = g.log_ratio(prev, w, a, nxt)
    delta = max(-p.max_ngram, min(p.max_ngram, left + right))
    total += delta
    if delta >= 2:
        phrase = " ".join(x for x in (prev, a, nxt) if x)
        reasons.append(f"“{phrase}” is far more common in English than “{' '.join(x for x in (prev, w, nxt) if x)}”")
    if pair.countries or w in confusables().countries_for:
        sent = sentence_around(text, m.start(), m.end())
        names = _foreign_countries(ctx, text, sent)
        if pair.countries:
            if names:
                total += p.countries
                reasons.append("other countries are named in the sentence (" + ", ".join(dict.fromkeys(names)) + ")")
            else:
                return -99.0, []  # never propose the country reading without countries in sight
        elif names:
            total -= p.countries
    if pair.pinyin or w in confusables().pinyin_for:
        pm = PREV_NAME.search(text, max(0, m.start() - 40), m.start())
        if pm and pm.group(1)[:1].isupper() and is_pinyin_name(pm.group(1)):
            if pair.pinyin:
                total += p.pinyin
                reasons.append(f"“{pm.group(1)}” before it is a Chinese place name")
            else:
                total -= p.pinyin
    if max(g.unigram(a), g.unigram(w)) < p.function_word:
        # the sentence itself speaks of the alternative elsewhere ("... officials of the participating countries")
        sent = sentence_around(text, m.start(), m.end())
        if re.search(r"(?<![^\W\d_])" + re.escape(a) + r"(?![^\W\d_])", text[sent[0]:sent[1]], re.IGNORECASE):
            total += p.sentence
            reasons.append(f"the sentence itself speaks of “{a}”")
    if genre_words and max(g.unigram(a), g.unigram(w)) < p.function_word:
        # the genre's vocabulary (words of the glossary's terms) is the likelier intent
        total += p.genre * ((a in genre_words) - (w in genre_words))
        if a in genre_words and w not in genre_words:
            reasons.append(f"“{a}” is a word of the glossary's terms")
    if terms:
        left = [x.lower() for x in WORD.findall(text[max(0, m.start() - 80):m.start()])][-6:]
        right = [x.lower() for x in WORD.findall(text[m.end():m.end() + 80])][:6]
        if terms.get(w) and _in_term(terms[w], w, left, right):
            total -= p.glossary
        t = _in_term(terms.get(a, ()), a, left, right)
        if t:
            total += p.glossary
            reasons.append(f"“{' '.join(t)}” is a glossary term")
    if total + 3 * p.document < p.threshold:
        return total, reasons  # the document cannot tip it: spare the counting
    # the document's own phrases (content-word neighbours only: "the X" says nothing)
    for x, y in ((prev, a), (a, nxt)):
        if not (x and y):
            continue
        weight = p.document if g.unigram(x if y == a else y) < p.function_word else p.document / 2
        for_alt = _phrase_count(ctx, f"{x} {y}")
        against = _phrase_count(ctx, f"{w if x == a else x} {w if y == a else y}") - 1
        if for_alt > against:
            total += weight
            reasons.append(f"the document writes “{x} {y}” elsewhere")
        elif against > for_alt:
            total -= weight
    # the document's own vocabulary: a word it uses throughout is not a slip for one it never uses
    # (only when one of the two is absent from the rest of the document: when it uses both, the
    # vocabulary does not say which is meant here; function words say nothing either)
    counts = _doc_words(ctx)
    ca, cw = counts.get(a, 0), counts.get(w, 1) - 1
    vocab = 0.0
    if (ca == 0 or cw == 0) and max(g.unigram(a), g.unigram(w)) < p.function_word:
        vocab = max(-p.document, min(p.document, math.log((ca + 1) / (cw + 1))))
    total += vocab
    if vocab >= 1:
        reasons.append(f"the document uses “{a}” {ca} times and “{w}” nowhere else" if cw == 0 else
                       f"the document uses “{a}” {ca} times and “{w}” {cw} other times")
    return total, reasons


def _doc_words(ctx) -> dict[str, int]:
    from collections import Counter

    return ctx.memoize("confusion-doc-words", lambda: Counter(WORD.findall(_doc_phrases(ctx))))


def run(rule, ctx):
    p: Params = rule.params
    pairs = confusables().pairs
    exclude = {w.lower() for w in p.exclude}
    terms = genre_words = None
    from .spelling import _locate  # same whole-token locating as the spelling check

    for seg in ctx.segments:
        text = seg.text
        cands = {t for t in set(WORD.findall(text)) if t.lower() in pairs and t.lower() not in exclude}
        if not cands:
            continue
        for start, tok in _locate(text, cands):
            end = start + len(tok)
            if text[end:end + 1] in ("'", "’") and text[end + 1:end + 2].isalpha():
                continue  # part of a contraction or possessive we do not model
            m = _Span(start, end)
            pm = PREV.search(text, max(0, start - 40), start)
            nm = NEXT.match(text, end)
            prev = pm.group(1).lower() if pm else None
            nxt = nm.group(1).lower() if nm else None
            if terms is None:
                gl = ctx.glossary
                terms = ctx.memoize("confusion-glossary-terms", lambda: _glossary_terms(gl)) if gl is not None else {}
                genre_words = _genre_words(gl)
            best = None
            for pair in pairs[tok.lower()]:
                total, reasons = _evidence(p, ctx, seg, text, m, pair, prev, nxt, terms, genre_words)
                if total >= p.threshold and (best is None or total > best[0]):
                    best = (total, pair, reasons)
            if best is not None:
                total, pair, reasons = best
                evidence = "; ".join(reasons) or "the context fits it better"
                yield rule.finding(seg, start, end, suggestions=(match_case(tok, pair.alternative),),
                                   evidence=evidence, note=pair.note, score=f"{total:.1f}")


class _Span:
    __slots__ = ("_s", "_e")

    def __init__(self, s: int, e: int):
        self._s, self._e = s, e

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e
