"""English nouns: singular and plural forms and countability, from the lemminflect lexicon
(``lang.morph``). This is the one pluraliser of termcheck: number agreement, the glossary's
inflected term forms and the variant kinds all call it.

* ``pluralise(word)`` / ``singularise(word)``: the other number of a noun, or None when the word
  is not a noun the lexicon knows in that number (case follows the input).
* ``noun_number(word)``: "sg", "pl", "both" (people, funds, personnel, series) or None.
* ``countable(word)``: a singular noun with a plural in common use (``morph.countable_lemma``:
  "county", "household"; not "equipment", "poverty", "personnel", "percent").

The two mappings ``SINGULAR_TO_PLURAL`` / ``PLURAL_TO_SINGULAR`` are lazy read-only views over
the lexicon for code that wants dict-like membership tests.
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from . import morph

# Words that may stand between a number and the counted noun ("453,000 poor residents").
ADJECTIVES = frozenset("""
poor rural urban registered impoverished poverty-stricken needy new key additional more other
migrant ethnic minority local senior junior young elderly disabled pilot leading deputy
contiguous relocated resettled extra designated national provincial
""".split())


def _split(word: str) -> tuple[str, str]:
    """("poverty-stricken", "area") style: inflect the last hyphen part only."""
    head, sep, last = word.rpartition("-")
    return head + sep, last


@lru_cache(maxsize=65536)
def _plural_of(low: str) -> str | None:
    plural = morph.inflect(low, "NNS")
    return plural if plural and plural != low else None


@lru_cache(maxsize=65536)
def _singular_of(low: str) -> str | None:
    lemmas = morph.tags(low).get("NNS", ())
    for lemma in lemmas:
        if lemma != low:
            return lemma
    return None


def with_case(model: str, word: str) -> str:
    """``word`` written with the capitalisation of ``model``."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def plural_form(word: str) -> str | None:
    """The plural of a singular noun ("county" -> "counties", "Bridge" -> "Bridges"), or None."""
    head, last = _split(word)
    plural = _plural_of(last.lower())
    return head + with_case(last, plural) if plural else None


def singular_form(word: str) -> str | None:
    """The singular of a plural noun ("counties" -> "county"), or None."""
    head, last = _split(word)
    sing = _singular_of(last.lower())
    return head + with_case(last, sing) if sing else None


def noun_number(word: str) -> str | None:
    t = morph.tags(_split(word)[1])
    sg, pl = "NN" in t, "NNS" in t
    return "both" if sg and pl else "sg" if sg else "pl" if pl else None


def countable(word: str) -> bool:
    low = _split(word)[1].lower()
    return "NN" in morph.tags(low) and morph.countable_lemma(low)


def is_plural(word: str) -> bool:
    """A plural form that is not also a singular noun ("counties", not "people" or "series")."""
    return noun_number(word) == "pl"


def is_singular(word: str) -> bool:
    """A singular countable noun ("county", "household"; not "personnel", "equipment")."""
    return countable(word)


def pluralise(word: str) -> str:
    return plural_form(word) or word


def singularise(word: str) -> str:
    return singular_form(word) or word


class _View(Mapping):
    """Read-only dict view: plural -> singular or singular -> plural over the lexicon."""

    def __init__(self, get):
        self._get = get

    def __getitem__(self, key):
        out = self._get(key) if isinstance(key, str) else None
        if out is None:
            raise KeyError(key)
        return out

    def __contains__(self, key):
        return isinstance(key, str) and self._get(key) is not None

    def __iter__(self):  # the lexicon is large; views are for look-ups only
        return iter(())

    def __len__(self):
        return 0

    def keys(self):
        return self

    def __or__(self, other):
        return _View(lambda k: self._get(k) or (k if k in other else None))

    __ror__ = __or__


MEASURES = frozenset(w for line in Path(__file__).with_name("measure_nouns.txt").read_text("utf-8").splitlines()
                     for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=65536)  # asked for every word after every figure of a text
def _counted_plural(w: str) -> str | None:
    return plural_form(w) if is_singular(w) and w.lower() not in MEASURES else None


@lru_cache(maxsize=65536)
def _counted_singular(w: str) -> str | None:
    sing = singular_form(w)
    return sing if sing and sing.lower() not in MEASURES else None


# counted things (not units of measure, money or time) for the number checks
SINGULAR_TO_PLURAL: Mapping[str, str] = _View(_counted_plural)
PLURAL_TO_SINGULAR: Mapping[str, str] = _View(_counted_singular)  # "people" -> "person" too
