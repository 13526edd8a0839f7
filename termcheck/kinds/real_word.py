"""Real-word slips outside TC430's curated sets (TC431): ``will mange the orchards`` (manage), ``has
bean completed`` (been), ``no loner need`` (longer), ``carried our a survey`` (out), ``to identity
the households`` (identify).

The candidates are generated from the lexicon and the word frequencies (``lang/realword.py``:
every dictionary word and its one-edit neighbours among the commonest words), so no pair is
listed by hand. Word-pair statistics alone cannot tell a slip from a rare word used on purpose (an open set
scored by bigrams was tried and dropped: true slips scored 1.8-5.3, correct words in clean text up
to 5.2), so an occurrence is reported only on evidence from several sources at once:

* **both neighbours**: the alternative is listed with the word before it AND with the word after it
  in the Google Books pair list, and the written word with neither (``will manage`` and ``manage
  the`` are listed, ``will mange`` and ``mange the`` are not); the n-gram evidence (left and right
  log ratios, as TC430 computes them) must reach ``ngram_threshold`` -- about the odds against a
  slip, so that the word's rarity alone never decides; and the two words differ in word class
  (lemminflect): two words of one class in one frame (``would halve it``, ``heath services``) are
  told apart by meaning, which pair counts measure poorly;
* or **the word class**: the slot the word stands in (``lang.slots``, the @slot data of
  ``confusables.tsv``: after a modal a verb, between a determiner and a noun an adjective, ...) needs
  a class the alternative has and the written word lacks, the alternative is listed on one side
  where the written word is not, neither side speaks against it (``max_against``), and the n-gram
  evidence reaches ``class_threshold``.

Never reported: a word the document writes ``consistent_uses`` times or more (its own word), a
glossary word, a capitalised word inside a sentence (a name), a word joined by a hyphen or
apostrophe, and a word with a number or punctuation on either side (one side unknown).
Cost: the candidates are looked up among the document's distinct tokens (shared with TC410);
only the occurrences of those the document writes fewer than ``consistent_uses`` times are read
(``str.find`` each, or one Aho-Corasick pass a segment when there are many), and the pair counts are
loaded only when there is one.
"""
from __future__ import annotations

import math
import re

from ..lazymodel import BaseModel, ConfigDict

from ._shared import token_counts

# ctx.memo namespaces this kind reads: the engine frees each after its last user
MEMO = ("token-counts",)

_STRIP = "\"'’‘“”()[]{}<>,.;:!?*_…—–"
_PREV = re.compile(r"(?<![\w'’\-])([A-Za-z]+)[ \t]+$")
_NEXT = re.compile(r"[ \t]+([A-Za-z]+)(?![\w'’\-])")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ngram_threshold: float = 9.0   # n-gram evidence (natural log) when both neighbours speak
    class_threshold: float = 4.0   # n-gram evidence when the word class speaks too
    max_against: float = -1.5      # with the word class: no side may speak against the alternative by more
    consistent_uses: int = 3       # a word written this often is the document's own word


def _candidates(ctx, alts) -> dict[str, int]:
    """The distinct whole tokens of the document that are candidates (as written), with how
    often the document writes their lower-case form."""
    cores: dict[str, int] = {}
    for tok, n in token_counts(ctx).items():
        core = tok.strip(_STRIP)
        cores[core] = cores.get(core, 0) + n
    lows: dict[str, list[str]] = {}
    for core in cores:
        lows.setdefault(core.lower(), []).append(core)
    out = {}
    for low in [x for x in lows if x in alts]:
        written = [c for c in lows[low] if c.isalpha() and (c == low or c[0].isupper() and c[1:].islower())]
        n = sum(cores[c] for c in lows[low])
        for c in written:
            out[c] = n
    return out


FIND_MAX = 6  # up to this many candidates are found by ``str.find`` each, more by one automaton


def _finder(words: list[str]):
    """text -> [(start, word)] of each whole-token occurrence of ``words``, in text order: a
    ``str.find`` scan per word for a few words, else one Aho-Corasick pass per segment (built once
    per check: a document with hundreds of rare words, or hundreds of segments, would otherwise be
    scanned once per word)."""
    from .spelling import _in_word, _locate

    if len(words) <= FIND_MAX:
        return lambda text: _locate(text, words)
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, w)
    auto.make_automaton()

    def scan(text: str) -> list[tuple[int, str]]:
        hits = []
        n = len(text)
        for last, w in auto.iter(text):
            i, j = last - len(w) + 1, last + 1
            if not (i and _in_word(text, i - 1, -1)) and not (j < n and _in_word(text, j, 1)):
                hits.append((i, w))
        return hits
    return scan


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"'“‘([":
        j -= 1
    return j < 0 or text[j] in ".!?:\n"


def _clause_verb(prev: str, w: str) -> bool:
    """The written word can be a finite verb and the word before it a noun: it reads as the verb of
    a clause ("412 doctors sat the examination"), which the word-pair counts of a common function
    word ("doctors at the") cannot outweigh."""
    from ..lang import morph

    return morph.has_tag(w, "VBD", "VBZ", "VBP") and morph.has_tag(prev, "NN", "NNS")


def _judge(p: Params, t, w, alts, prev, prev_cap, nxt, nxt_cap):
    """(total, alternative, reasons) of the best alternative that passes, or None."""
    from ..lang.slots import slot_evidence

    best = None
    # (both tiers need the two words to differ in word class -- the slot's class, or the guard of
    # the both-neighbour tier: the candidate table holds no pair of one class)
    pw, wn = t.count(prev, w), t.count(w, nxt)
    if pw is not None and wn is not None:
        return None  # the written word is listed with both neighbours: no tier can pass
    for a in alts:
        pa, an = t.count(prev, a), t.count(a, nxt)
        two = pa is not None and an is not None and pw is None and wn is None
        one = (pa is not None and pw is None) or (an is not None and wn is None)
        if not one:
            continue
        left = math.log(t.estimate(pa, prev, a, False) / t.estimate(pw, prev, w, True))
        right = (math.log(t.estimate(an, a, nxt, False) / t.unigram(a))
                 - math.log(t.estimate(wn, w, nxt, True) / t.unigram(w)))
        total = left + right
        reasons = []
        if two and total >= p.ngram_threshold and not _clause_verb(prev, w):
            # (two words of one class in one frame -- "would halve it", "heath services" -- are
            # told apart by meaning, which word-pair counts measure poorly: they need a curated set)
            reasons.append(f"“{prev} {a} {nxt}” is far more common in English than “{prev} {w} {nxt}”")
        elif total >= p.class_threshold and min(left, right) >= p.max_against:
            sv, slot = slot_evidence(prev, prev_cap, w, a, nxt, nxt_cap)
            if sv <= 0:
                continue
            reasons.append(f"{slot.note} (“{a}”, not “{w}”)")
            reasons.append(f"“{prev} {a} {nxt}” is far more common in English than “{prev} {w} {nxt}”")
        else:
            continue
        if best is None or total > best[0]:
            best = (total, a, reasons)
    return best


def run(rule, ctx):
    from ..lang.realword import tables
    from .confusion import match_case

    p: Params = rule.params
    t = tables()
    alts = t.alternatives
    cands = {w: n for w, n in _candidates(ctx, alts).items() if n < p.consistent_uses}
    if not cands:
        return
    gl = ctx.glossary
    try:
        glossary_words = {x.lower() for x in gl.words()} if gl is not None and callable(getattr(gl, "words", None)) else set()
    except Exception:  # a glossary without the helper must not break the check
        glossary_words = set()
    cands = {w: n for w, n in cands.items() if w.lower() not in glossary_words}
    verdicts: dict = {}
    find = _finder(sorted(cands))
    for seg in ctx.segments:
        text = seg.text
        for start, tok in find(text):
            end = start + len(tok)
            if tok[0].isupper() and not _sentence_start(text, start):
                continue  # a capitalised word inside a sentence: a name
            mp = _PREV.search(text, max(0, start - 40), start)
            mn = _NEXT.match(text, end)
            if not (mp and mn):
                continue
            prev, nxt = mp.group(1), mn.group(1)
            key = (tok.lower(), prev.lower(), prev[0].isupper(), nxt.lower(), nxt[0].isupper())
            if key not in verdicts:
                w = key[0]
                verdicts[key] = _judge(p, t, w, alts.get(w).split(), key[1], key[2], key[3], key[4])
            best = verdicts[key]
            if best is None:
                continue
            total, a, reasons = best
            yield rule.finding(seg, start, end, suggestions=(match_case(tok, a),),
                               evidence="; ".join(reasons), score=f"{total:.1f}")
