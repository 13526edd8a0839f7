"""Word-class evidence for the confusion model (rule TC430, ``kinds/confusion.py``).

Members of many confusion sets differ in word class (principle: noun / principal: adjective too;
advice: noun / advise: verb; lead: present / led: past). Where the written word stands tells
which class the sentence needs, whatever the words are. The patterns are data, in the
``@class`` and ``@slot`` lines of ``confusables.tsv``:

* ``@class NAME words...``: a closed word class (determiners, prepositions, modal verbs ...);
* ``@slot LEFT RIGHT NEED WEIGHT note``: a word between a LEFT and a RIGHT neighbour must have
  class NEED. LEFT/RIGHT are a closed class, ``*`` (any word), or an open class as lemminflect's
  lexicon gives it (``lang.morph``): ``N`` noun-only (a capitalised word inside a sentence counts
  as a noun: "the principle Party leaders"), ``J`` adjective-only, ``V`` a verb form only,
  ``VB!`` a word that can be no verb, ``SG`` a singular subject (he, she, a capitalised name).

A slot speaks (``WEIGHT``) for the alternative when the alternative can have class NEED and
the written word cannot, and against it the other way round; it says nothing when both can.
Word classes: N noun, J adjective, V verb (any form), VB base form, VBD past tense, VBZ third
person, R adverb. Only the candidate's neighbours are looked up (lru-cached), never every token.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .ngrams import DATA, word_class

_OPEN = {"NN": "N", "NNS": "N", "JJ": "J", "JJR": "J", "JJS": "J", "RB": "R", "RBR": "R", "RBS": "R",
         "VB": "V", "VBD": "V", "VBN": "V", "VBG": "V", "VBZ": "V"}


@dataclass(frozen=True)
class Slot:
    left: str
    right: str
    need: str
    weight: float
    note: str


@dataclass
class Grammar:
    classes: dict[str, frozenset[str]]
    slots: list[Slot]
    closed: frozenset[str] | None = None


@functools.lru_cache(maxsize=1)
def grammar(path: str = DATA) -> Grammar:
    from ..errors import TermcheckError

    classes: dict[str, frozenset[str]] = {}
    slots: list[Slot] = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.startswith("@"):
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "@class" and len(cols) == 3 and cols[2].split():
                classes[cols[1]] = frozenset(w.lower() for w in cols[2].split())
            elif cols[0] == "@slot" and len(cols) == 6:
                try:
                    slots.append(Slot(cols[1], cols[2], cols[3], float(cols[4]), cols[5]))
                except ValueError:
                    raise TermcheckError(f"{path}:{n}: a slot's weight must be a number") from None
            else:
                raise TermcheckError(f"{path}:{n}: expected '@class<TAB>NAME<TAB>words' or "
                                     f"'@slot<TAB>LEFT<TAB>RIGHT<TAB>NEED<TAB>WEIGHT<TAB>note'")
    for s in slots:
        for c in (s.left, s.right):
            if c not in classes and c not in ("*", "N", "J", "V", "VB!", "SG"):
                raise TermcheckError(f"{path}: slot class {c!r} is neither an @class nor N, J, V, VB!, SG, *")
    return Grammar(classes, slots)


@functools.lru_cache(maxsize=8192)
def classes_of(word: str) -> frozenset[str]:
    """The classes a form can have: N, J, V, R and the verb forms VB, VBD, VBZ ("led" -> V, VBD)."""
    from .morph import tags

    t = tags(word)
    out = {_OPEN[x] for x in t if x in _OPEN}
    out.update(x for x in ("VB", "VBD", "VBZ") if x in t)
    return frozenset(out)


def fits(word: str | None, capitalised: bool, cls: str, g: Grammar) -> bool:
    """``word`` (lower case; None when there is no word) belongs to class ``cls``."""
    if cls == "*":
        return word is not None
    if word is None:
        return False
    if cls in g.classes:
        return word in g.classes[cls]
    if cls == "VB!":
        return "V" not in classes_of(word)
    if cls == "SG":  # he/she, or a capitalised name inside a sentence that does not look plural
        return word in g.classes.get("SUBJ", ()) or (capitalised and not word.endswith("s")
                                                      and word not in closed_words(g))
    wc = word_class(word)
    if cls == "N":  # a capitalised word the lexicon knows as a noun counts: "the principle Party leaders"
        return wc == "N" or (capitalised and "N" in classes_of(word) and word not in closed_words(g))
    if cls == "J":
        return wc == "J"
    return wc in ("V", "D", "G", "Z", "DV", "DZ")  # "V": verb forms only


def closed_words(g: Grammar) -> frozenset[str]:
    """All words of the closed classes."""
    if g.closed is None:
        g.closed = frozenset().union(*g.classes.values()) if g.classes else frozenset()
    return g.closed


def slot_evidence(prev, prev_cap, written, alt, nxt, nxt_cap, title=False) -> tuple[float, str]:
    """(evidence for ``alt``, the slot's note) from the first slot the neighbours fit whose
    class the two forms do not share; (0, "") when none applies, and inside a run of
    capitalised words (``title``: a name or a heading, where word classes do not hold)."""
    if title:
        return 0.0, ""
    g = grammar()
    cw, ca = classes_of(written), classes_of(alt)
    if not (cw and ca) or cw == ca:
        return 0.0, ""
    for s in g.slots:
        if (s.need in ca) == (s.need in cw):
            continue
        if s.need == "VBD" and "VB" not in (cw if s.need in ca else ca):
            continue  # the past-tense slot weighs a past form against a base form only
        if fits(prev, prev_cap, s.left, g) and fits(nxt, nxt_cap, s.right, g):
            return (s.weight, s.note) if s.need in ca else (-s.weight, "")
    return 0.0, ""
