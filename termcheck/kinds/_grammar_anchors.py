"""Where the grammar patterns' anchor words stand as whole tokens (``grammar_pattern``): the
test of a token's edges on the text (``_whole``, also the judge of the word scan's undecided keys,
``_wordscan``) and the anchor scan itself, on the shaped ASCII copy shared with the confusion
model (``_wordscan.scan``) or, for words outside ASCII letters, on the text (``_anchor_hits_plain``,
also the tests' reference)."""
from __future__ import annotations

from array import array
from functools import lru_cache

from ._wordscan import scan as _scan, shapeable as _shapeable

# Anchor words are found as whole tokens: after one of these characters (or at the start), and
# not continued by a letter, digit, hyphen or apostrophe.
_BEFORE = (" ", "\n", "\t", "“", '"', "(", "‘", "'", "—", "–", "[", "\u00a0")


def _anchor_hits(text: str, words: frozenset) -> dict[str, array]:
    """Anchor word -> start offsets of it as a whole token (machine-integer arrays: a long text
    holds hundreds of thousands of them for the whole check). The same as _anchor_hits_plain."""
    if not _shapeable(words):
        return _anchor_hits_plain(text, words)
    return _scan(text, words, frozenset(), _whole, None)[0]


_BEFORE_SET = frozenset(_BEFORE)


def _whole(text: str, start: int, n: int) -> bool:
    """text[start:start+n] is a whole token: at the start or after one of _BEFORE (not an
    apostrophe after a letter or digit), and not continued (see _continues)."""
    if start:
        b = text[start - 1]
        if b not in _BEFORE_SET or (b == "'" and start > 1 and text[start - 2].isalnum()):
            return False
    return not _continues(text, start + n)


@lru_cache(maxsize=8)
def _automaton_plain(words: frozenset):
    import ahocorasick
    auto = ahocorasick.Automaton()
    for w in words:
        for form in {w, w[:1].upper() + w[1:]}:
            for b in _BEFORE:
                auto.add_word(b + form, (len(form), w))
    auto.make_automaton()
    return auto


def _anchor_hits_plain(text: str, words: frozenset) -> dict[str, array]:
    """_anchor_hits on the text itself (the keys carry the character before the word; the
    character after it is tested here): for anchor words outside ASCII letters, and the tests."""
    out: dict[str, array] = {}
    for w in words:  # at the very start of the text no character comes before
        if text.startswith((w, w[:1].upper() + w[1:])) and not _continues(text, len(w)):
            out.setdefault(w, array("q")).append(0)
    size = len(text)
    joins = _JOINS
    for end, (n, w) in _automaton_plain(words).iter(text):
        # part of a longer token ("anyway", "Guang'an"; of the characters before a word only
        # the straight quote can be an apostrophe); _continues, inlined: this runs at every place
        j = end + 1
        if j < size and ((c := text[j]).isalnum() or c in joins):
            continue
        start = j - n
        if text[start - 1] == "'" and start > 1 and text[start - 2].isalnum():
            continue
        hits = out.get(w)
        if hits is None:
            hits = out[w] = array("q")
        hits.append(start)
    return out


_JOINS = frozenset("-'’")


def _continues(text: str, j: int) -> bool:
    c = text[j:j + 1]
    return c.isalnum() or c in ("-", "'", "’")
