"""Shortcuts of the glossary-driven kinds (issue 13, round 4) give exactly what the plain
computation gives. Random texts mix the characters the shortcuts must get right: every
character fold() replaces, cased letters around them, capital sigma (final or not by its
neighbours), U+0130 (lower-cased to two characters), the Kelvin sign (lower-cased to ASCII)."""
from __future__ import annotations

import random

from termcheck.glossary.forms import _TABLE, fold
from termcheck.kinds.glossary_term import fold_from_lowered
from termcheck.text import lower

PIECES = [chr(c) for c in _TABLE] + ["A", "b", "Σ", "σ", "ς", "Α", "\u0130", "\u212a", "ß", "É", "x", "'", " ", "'s",
                                     "County", "YUAN", "\u00ad", "\u02bc", "中"]


def _texts(n, seed, size=30):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(size))) for _ in range(n)]


def test_fold_from_the_lowered_text_is_fold():
    for text in _texts(20000, 3):
        assert fold_from_lowered(text, lower(text)) == fold(text), ascii(text)


def test_fold_from_the_lowered_text_takes_the_shortcut():
    """Without a capital sigma or U+0130 the lowered text is used (a wrong one shows)."""
    text = "Key-Problem\u2019s\u3000Tackling\t（2011–2020）"
    assert fold_from_lowered(text, lower(text)) == fold(text) == "key problem's tackling (2011 2020)"
    assert fold_from_lowered(text, "X" * len(text)) == "X" * len(text)  # the shortcut reads ``low``
    assert fold_from_lowered("ΑΣ\u00adΒ", "ασ\u00adβ") == fold("ΑΣ\u00adΒ")  # sigma: folded from scratch


def test_long_texts_fold_alike():
    """Long texts are lowered in blocks (text.lower); the result is the same."""
    rnd = random.Random(4)
    text = "".join(rnd.choice(PIECES + [" ", "\n", "word"] * 5) for _ in range(300_000))
    text = text.replace("Σ", "S").replace("\u0130", "I")
    assert fold_from_lowered(text, lower(text)) == fold(text)



def test_near_miss_pools_keep_every_term_word_that_scores():
    """The length bound of _Probe._pool never drops a term word that ``fuzz.ratio`` scores at
    the cutoff or more: near_hole and near_holes equal a brute-force comparison with every term
    word, for words of every length near the term words' and several cutoffs."""
    from rapidfuzz.fuzz import ratio

    from termcheck.engine import Engine
    from termcheck.glossary.nearmiss import MIN_HOLE, _Probe, index_for

    g = Engine.from_config().glossary
    holes = [w for w in index_for(g)[1].split("\n") if len(w) >= MIN_HOLE and w.isalpha()]
    rnd = random.Random(6)
    words = set(rnd.sample(holes, 60))
    for h in rnd.sample(holes, 150):  # slips of every kind and length: cut, doubled, changed letters
        i = rnd.randrange(len(h))
        words |= {h[:i], h[:i] + h[i + 1:], h + h[i:], h[:i] + "x" + h[i:], h[::-1], h * 2, h[:i] + "qq" + h[i + 1:]}
    words = {w for w in words if w}
    for cutoff in (1.0, 40.0, 60.0, 75.0, 85.7, 90.0, 100.0):
        probe = _Probe(*index_for(g))
        for w in words:
            want = {h for h in holes if ratio(w, h, score_cutoff=cutoff)}
            assert probe.near_hole(w, cutoff) == bool(want), (w, cutoff)
            assert probe.near_holes(w, cutoff) == want - {w}, (w, cutoff)
        batch = _Probe(*index_for(g))  # the cdist path (odd_words) agrees too
        yes = batch.odd_words({w for w in words if w.isalpha()}, cutoff)
        assert yes == {w for w in words if w.isalpha() and len(w) >= MIN_HOLE - 1
                       and any(ratio(w, h, score_cutoff=cutoff) for h in holes)}
