"""Text normalisation for matching, and the inflected forms of English terms.

``fold`` maps a text to one of the same length (so offsets in the folded text are offsets in
the original): lower case, hyphens and all white space to a space, curly apostrophes to "'".
Terms are folded the same way, so "whole-village" matches "whole village" and "Whole Village".
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.en_nouns import plural_form, singular_form
from ..text import lower

# en dash and the full-width hyphen join year ranges as the hyphen does ("2011–2020", "2011－2020")
_HYPHENS = "-\u2010\u2011\u00ad\u2013\uff0d"
# full-width brackets of Chinese text match the ASCII ones of a glossary entry, and vice versa
_BRACKETS = {"\uff08": "(", "\uff09": ")"}
_SPACES = "\t\n\r\f\v\u00a0\u2002\u2003\u2009\u202f\u3000"
_APOS = "\u2019\u2018\u02bc\u2032"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for c in _HYPHENS + _SPACES:
        table[ord(c)] = " "
    for c in _APOS:
        table[ord(c)] = "'"
    for c, r in _BRACKETS.items():
        table[ord(c)] = r
    return table


_TABLE = _build_table()
_PAIRS = [(chr(k), v) for k, v in _TABLE.items()]
_LOWER_CACHE: dict[str, str] = {}


def _translate(text: str) -> str:
    # chained str.replace is several times faster than str.translate with a dict, on long texts
    # and on short ASCII ones (only hyphens and white space to map)
    if text.isascii():
        for c in "-\t\n\r\f\v":
            if c in text:
                text = text.replace(c, " ")
        return text
    if len(text) < 256:
        return text.translate(_TABLE)
    for c, r in _PAIRS:
        if c in text:
            text = text.replace(c, r)
    return text


def fold(text: str) -> str:
    """Same-length case and punctuation folding (characters whose lower case is longer stay)."""
    out = lower(_translate(text))
    if len(out) == len(text):
        return out
    # rare: a character like 'İ' lower-cases to two code points; fold char by char
    return "".join(_fold_char(c) for c in _translate(text))


def _fold_char(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c


def fold_keep_case(text: str) -> str:
    """Folding without lower-casing (for case-sensitive terms such as acronyms or 'Yuan')."""
    return _translate(text)


def clean_term(text: str) -> str:
    """A term as stored: stripped, inner white space collapsed."""
    return " ".join(text.split())


def key(text: str) -> str:
    """The automaton key of a term: folded, runs of spaces collapsed (a term never has two)."""
    return " ".join(fold(text).split())


# heads of English noun phrases: the last word, or the word before the first preposition
_PREPS = {"of", "for", "in", "on", "to", "with", "from", "at", "by", "against", "through", "under",
          "into", "between", "among", "about", "over"}
_PREPS_ANY_CASE = _PREPS | {p.title() for p in _PREPS} | {p.upper() for p in _PREPS}
_NO_PLURAL = {"and", "or", "the", "a", "an", "poverty", "development", "alleviation", "reduction"}


def head_index(words: list[str]) -> int:
    for i in range(1, len(words)):
        if words[i] in _PREPS_ANY_CASE:
            return i - 1
    return len(words) - 1


@lru_cache(maxsize=65536)
def pluralise(word: str) -> str | None:
    """The plural of a head noun from the English lexicon (``lang.en_nouns``), or None."""
    w = word.lower()
    if not w.isalpha() or len(w) < 3 or w in _NO_PLURAL:
        return None
    return plural_form(word)


@lru_cache(maxsize=65536)
def singularise(word: str) -> str | None:
    """The singular of a plural head noun from the English lexicon, or None."""
    if not word.isalpha() or len(word) < 4:
        return None
    return singular_form(word)


def looks_plural(word: str) -> bool:
    return singularise(word) is not None


def inflections(text: str, allow_singular: bool = True) -> list[tuple[str, str]]:
    """(form, how) pairs besides the term itself: the plural of a singular head, the singular of a
    plural head. ``text`` is a clean English term."""
    words = text.split(" ")
    h = head_index(words)
    head = words[h]
    parts = head.rsplit("-", 1)  # "poverty-stricken area" -> inflect the last hyphen part
    last = parts[-1]
    out = []
    if looks_plural(last):
        if allow_singular:
            sing = singularise(last)
            if sing:
                out.append((_replace(words, h, parts, sing), "singular"))
    else:
        plural = pluralise(last)
        if plural:
            out.append((_replace(words, h, parts, plural), "plural"))
    return out


def _replace(words, h, parts, new_last) -> str:
    head = "-".join(parts[:-1] + [new_last])
    return " ".join(words[:h] + [head] + words[h + 1:])


def inflect_like(preferred: str, how: str) -> str:
    """Apply the inflection a match carried ("plural"/"singular") to the preferred term."""
    if how not in ("plural", "singular"):
        return preferred
    words = preferred.split(" ")
    h = head_index(words)
    parts = words[h].rsplit("-", 1)
    last = parts[-1]
    new = pluralise(last) if how == "plural" and not looks_plural(last) else \
        singularise(last) if how == "singular" and looks_plural(last) else None
    return _replace(words, h, parts, new) if new else preferred


def match_case(replacement: str, matched: str) -> str:
    """Give ``replacement`` the capitalisation pattern of ``matched``: all caps, Title Case, a
    capital first letter; lower-case text leaves the replacement as the glossary writes it."""
    letters = [c for c in matched if c.isalpha()]
    if not letters:
        return replacement
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return replacement.upper()
    words = [w for w in re.split(r"[\s\-]+", matched) if w and w[0].isalpha()]
    major = [w for w in words if w.lower() not in _MINOR]
    if len(major) > 1 and all(w[0].isupper() for w in major):
        return " ".join(w if w.lower() in _MINOR and i else w[:1].upper() + w[1:]
                        for i, w in enumerate(replacement.split(" ")))
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_MINOR = {"of", "and", "for", "the", "in", "on", "to", "at", "a", "an", "with", "by", "against"}

POSSESSIVE = re.compile(r"(?:'s|s'|')(?![^\W_])")
