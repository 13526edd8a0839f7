"""Phrase evidence for the confusion model (rule TC430, ``kinds/confusion.py``): what a word's
phrase says about it beyond its two neighbours.

* **The object a verb takes** (``object_sign``, ``object_kind``): the ``@object`` lines of
  ``confusables.tsv`` name verbs (lemmas) that take a quantity of one kind as their object
  (``money``: spend, expend, pay, lend ...; the kinds are en_numbers' own). An amount of money
  right after the word ("will expend 2 million yuan", "RMB 300,000", "about 2 million yuan")
  speaks for such a verb: against an alternative that is no such verb ("expand"), and for one
  over a written word that is no verb at all ("will lone 2 million yuan" -> loan). A written
  verb of another kind is left alone: an amount after it may be a measure ("the budget
  expanded 2 million yuan", "incomes rose 1,200 yuan").
* **The head of a noun phrase** (``head_possible``, ``determiner_before``, ``noun_share``): a
  word after a determiner and one or two modifiers, before a preposition ("a spillover affect
  on", "the total lose of"), heads a noun phrase. Where neither word pair with the modifier is
  listed, the left factor backs off to the determiner: log P(alt | determiner) / P(written |
  determiner), from the word pairs of every determiner with each form (how often a form
  follows a determiner: how often it is a noun). Only where the written word cannot be a
  finite verb after a singular subject (a base form; not "committed", "affects": "the Party
  committed to ...") and the modifier cannot be a plural subject ("the new rules affect ...").
"""
from __future__ import annotations

import functools
import math
import re

from .ngrams import ngrams
from .slots import OBJECT_KINDS, classes_of, closed_words, grammar

CURRENCY_SIGNS = "¥$€£"
AMOUNT_REACH = 48  # characters after the word a quantity is parsed in ("more than 2.5 billion yuan")


@functools.lru_cache(maxsize=4096)
def object_sign(written: str, alt: str) -> tuple[float, str] | tuple[()]:
    """(+weight for the alternative, quantity kind), (-weight, kind), or () when no @object
    tells the two apart: the written word takes that kind of object and the alternative does
    not (-), or the alternative does and the written word is no verb (+)."""
    from .morph import lemmas

    for o in grammar().objects or ():
        tw = bool(lemmas(written, "VB", "VBD", "VBN", "VBG", "VBZ") & o.lemmas)
        ta = bool(lemmas(alt, "VB", "VBD", "VBN", "VBG", "VBZ") & o.lemmas)
        if tw and not ta:
            return -o.weight, o.kind
        if ta and not tw and "V" not in classes_of(written):
            return o.weight, o.kind
    return ()


def object_kind(text: str, end: int) -> str | None:
    """The kind of the quantity that follows text[:end] after blanks ("2 million yuan": money),
    None when no quantity stands there."""
    from .en_numbers import parse_quantities

    i = end
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if i == end or i >= len(text):
        return None
    window = text[i:i + AMOUNT_REACH]
    if not any(c.isdigit() or c in CURRENCY_SIGNS for c in window[:24]):
        return None  # (a quick test: no figure near; amounts spelled out in words are not seen)
    for q in parse_quantities(window):
        return q.kind if q.start == 0 else None
    return None


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z]+)\b")
OBJECT_REACH = 3  # words read after the verb for the object's noun ("expend their great effort")


def object_noun(text: str, end: int, names) -> str | None:
    """The @class among ``names`` of the noun the object after text[:end] begins with ("expend
    great effort": RESOURCE): the first of the next ``OBJECT_REACH`` words that is neither a
    determiner (``@class DET``: "their", "the") nor a word that can be an adjective ("great",
    "more"), when it is a word of one of those classes; None otherwise ("the loss of time": "of"
    ends the search)."""
    g = grammar()
    dets = g.classes.get("DET", frozenset())
    pos = end
    for _ in range(OBJECT_REACH):
        m = _NEXT_WORD.match(text, pos)
        if not m:
            return None
        w = m.group(1).lower()
        for name in names:
            if w in g.classes.get(name, ()):
                return name
        if w not in dets and "J" not in classes_of(w):
            return None  # another noun, a verb or a function word: the object is something else
        pos = m.end()
    return None


def object_of(text: str, end: int, kinds: str) -> str | None:
    """Which of an @object's ``kinds`` ("money|RESOURCE": quantity kinds and @class names) the
    object after text[:end] is, None when none."""
    wanted = kinds.split("|")
    if any(k in OBJECT_KINDS for k in wanted) and (kind := object_kind(text, end)) in wanted:
        return kind
    nouns = [k for k in wanted if k not in OBJECT_KINDS]
    return object_noun(text, end, nouns) if nouns else None


@functools.lru_cache(maxsize=4096)
def noun_share(written: str, alt: str) -> float:
    """log P(alt | determiner) / P(written | determiner): the pairs of every determiner with each
    form, unlisted pairs guessed as the word model guesses them (generously for the written word)."""
    g = ngrams()
    dets = grammar().classes.get("DET", frozenset())
    sa = sum(g.pair(d, alt, False) for d in dets)
    sw = sum(g.pair(d, written, True) for d in dets)
    return math.log(sa / sw)


@functools.lru_cache(maxsize=4096)
def _modifier(word: str) -> bool:
    """A word that may modify a noun inside a noun phrase and cannot be a plural subject: one the
    lexicon knows as a noun or adjective (after a determiner "clear" is no verb) or does not know
    ("spillover"), no closed-class word, no plural ("the new rules affect ...")."""
    from .morph import tags

    if word in closed_words(grammar()) or not word.isalpha():
        return False
    t = tags(word)
    if not t:
        return not word.endswith("s")
    return "NNS" not in t and bool(classes_of(word) & {"N", "J"})


def head_possible(prev: str | None, prev_cap: bool, written: str, alt: str, nxt: str | None) -> bool:
    """The checks of the noun-phrase head that need no text: a modifier before, a preposition
    (or punctuation) after, no listed pair of the modifier with either form, and a written word
    that is no finite verb after a singular subject and can be something other than a noun,
    an alternative that can be a noun."""
    if not prev or prev_cap or (nxt is not None and nxt not in _preps()):
        return False
    cw = classes_of(written)
    if "VBD" in cw or "VBZ" in cw or cw <= {"N"} or "N" not in classes_of(alt):
        # (a written word that is a noun and nothing else: the determiner would only weigh how
        # common the two nouns are, "county" and "country")
        return False
    bi = ngrams().bi
    return prev + " " + written not in bi and prev + " " + alt not in bi and _modifier(prev)


@functools.lru_cache(maxsize=1)
def _preps() -> frozenset[str]:
    g = grammar()
    return g.classes.get("PREP", frozenset()) | g.classes.get("TO", frozenset())


def determiner_before(text: str, prev_start: int) -> str | None:
    """The words from a determiner up to the modifier at text[prev_start] ("a", "the positive"),
    when a determiner stands before it, itself or with one more modifier between ("a spillover",
    "the positive spillover"), blanks only between (the two words before it read off the text
    backwards); None when there is none."""
    dets = grammar().classes.get("DET", frozenset())
    words = []
    i = prev_start
    for _ in range(2):
        j = i
        while j > 0 and text[j - 1] in " \t\u00a0" and i - j < 4:
            j -= 1
        if j == i:
            return None
        k = j
        while k > 0 and text[k - 1].isalpha() and j - k < 30:
            k -= 1
        if k == j or (k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'’")):
            return None  # (no word, or only the end of one)
        words.append(text[k:j].lower())
        if words[-1] in dets:
            # (between a determiner and the modifier any open-class word is inside the noun phrase)
            ok = len(words) == 1 or words[0] not in closed_words(grammar())
            return " ".join(text[k:prev_start].split()) if ok else None
        i = k
    return None
