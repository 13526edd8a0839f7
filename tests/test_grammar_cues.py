"""grammar_pattern's fast cues (no case flag, atomic words, merged repetitions) match exactly
where the plain cues (each slot in turn, re.IGNORECASE) match, with the same spans and groups."""
import random

import pytest

from termcheck.engine import data_dir
from termcheck.kinds import _grammar_anchors as ga
from termcheck.kinds import grammar_pattern as gp
from termcheck.ruleset import load_rules

RULES = [r for r in load_rules([data_dir("rules")]) if r.kind == "grammar_pattern"]
PATTERNS = [(r, i, pat) for r in RULES for i, pat in enumerate(r.params.patterns)]
ANCHORS = frozenset().union(*(r.params.anchors for r in RULES))  # the shipped grammar rules' anchor words

# words and joins the cues care about, with the letters outside ASCII that re.IGNORECASE folds
# onto ASCII (İ ı ſ K) and the characters that join the parts of a word
PIECES = ["the", "The", "funds", "was", "is", "has", "have", "are", "number", "of", "each", "every", "one",
          "to", "can", "should", "been", "newly", "a", "an", "An", "hour", "unit", "8", "18", "1,000", "2.5",
          "state-owned", "it’s", "don't", "İ", "ı", "ſ", "K", "ſtate", "Kit", "ıs", "-", "’", "'", ".", ",", ";",
          "(", "“", "”", " ", " ", " ", "  ", "\n", "\t", "further", "earnestly", "study", "discussed",
          "about", "remarkable", "improved", "total", "built", "established", "x"]


def spans(m):
    return None if m is None else [m.span(g) for g in range(m.re.groups + 1)]


@pytest.mark.parametrize("rule,i,pat", PATTERNS, ids=lambda x: x.id if hasattr(x, "id") else str(x)
                         if isinstance(x, int) else "")
def test_fast_cue_matches_the_plain_cue(rule, i, pat):
    tail = pat.seq[pat.anchor + 1:]
    plain = gp._cue(tail, rule.params.sounds, len(pat.fixed), fast=False)
    fast = gp._cue(tail, rule.params.sounds, len(pat.fixed))
    assert fast.pattern == pat.cue.pattern
    rnd = random.Random(i)
    # the pattern's own listed words, often, with spaces, so that the texts reach its cue
    pieces = PIECES + [w for slot in tail for w in slot.w or ()] * 3 + [" "] * 20
    hits = 0
    for _ in range(4000):
        if rnd.random() < 0.5:
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        else:  # along the slots: a listed word or any piece for each, a random join between
            text = "".join(rnd.choice((" ", " ", "  ", "\n", "", ",")) + rnd.choice(slot.w or PIECES)
                           for slot in tail for _ in range(rnd.randint(0 if slot.opt else 1, slot.max)))
        for pos in range(min(len(text), 3)):
            want = spans(plain.match(text, pos))
            assert spans(fast.match(text, pos)) == want, (text, pos)
            hits += want is not None
    assert hits > 20  # the random texts reach the cue


def test_the_fast_form_differs_from_the_plain_one():
    # the comparison above compares two different expressions (it could fail)
    pat = next(p for r, i, p in PATTERNS if r.id == "TC705" and i == 0)
    plain = gp._cue(pat.seq[1:], RULES[0].params.sounds, 0, fast=False)
    assert plain.pattern != pat.cue.pattern and "(?>" in pat.cue.pattern and "{1,4}" in pat.cue.pattern


# cues whose last slot lists its words after a run of words (TC705's "the ... funds was"): on a
# frequent anchor the cue is tried only at the anchors from which such a run leads to one of
# those words (_ends_before); that must be every anchor where the cue matches
GAPPED = [(r, i, pat) for r, i, pat in PATTERNS if pat.gap is not None]
GAP_PIECES = PIECES + ["THE", "HAS", "Was", "IS", "iS", "haſ", "ıs", "this", "his", "basis", "funds",
                       "clinics", "The", "these", "all", "\u2003", "\r", "\u00a0", "5", "12.5", "—", "“"]
SEPS = [" "] * 8 + ["  ", "\n", "", ",", "\u2003", " (", "-"]


def test_some_cues_have_a_gap():
    assert {(r.id, i) for r, i, _ in GAPPED} >= {("TC705", 0)}


@pytest.mark.parametrize("rule,i,pat", GAPPED, ids=lambda x: x.id if hasattr(x, "id") else str(x)
                         if isinstance(x, int) else "")
def test_the_walk_back_from_the_last_words_finds_every_place_of_the_cue(rule, i, pat):
    from types import SimpleNamespace
    rnd = random.Random(i)
    anchors = sorted(gp._words(pat.seq[pat.anchor]))
    pieces = GAP_PIECES + anchors * 4 + [w for slot in pat.seq for w in slot.w or ()] * 4 + [" "] * 30
    reached = walked = 0
    for _ in range(3000):
        if rnd.random() < 0.5:
            text = "".join(rnd.choice(SEPS) + rnd.choice(pieces) for _ in range(rnd.randint(1, 16)))
        else:  # along the slots, with something before and after
            text = "".join(rnd.choice(SEPS) + rnd.choice(pieces) for _ in range(rnd.randint(0, 3)))
            text += "".join(rnd.choice(SEPS) + rnd.choice(slot.w or pieces) for slot in pat.seq
                            for _ in range(rnd.randint(0 if slot.opt else 1, min(slot.max, 3))))
            text += "".join(rnd.choice(SEPS) + rnd.choice(pieces) for _ in range(rnd.randint(0, 3)))
        memo = {}
        ctx = SimpleNamespace(memoize=lambda key, fn: memo[key] if key in memo else memo.setdefault(key, fn()))
        seg = SimpleNamespace(id="s", text=text)
        ends = gp._end_places(ctx, seg, pat.ends)
        hits = ga._anchor_hits(text, ANCHORS)
        for word in anchors:
            starts = hits.get(word)
            if not starts:
                continue
            n = len(word)
            plain = [s for s in starts if pat.cue.match(text, s + n)]
            if ends is None:
                continue
            walked += 1
            places = gp._ends_before(text, starts, n, ends, pat.gap)
            assert set(places) <= set(starts) and places == sorted(places)
            assert [s for s in places if pat.cue.match(text, s + n)] == plain, (text, word)
            reached += bool(plain)
    assert reached > 50 and walked > 1000  # the texts reach the cue, mostly without a fold letter


def test_a_narrow_walk_loses_places():
    # the comparison above can fail: a gap of fewer words misses "the new rural clinics was"
    pat = next(p for r, i, p in GAPPED if r.id == "TC705" and i == 0)
    text = "the new rural clinics was"
    starts = ga._anchor_hits(text, ANCHORS)["the"]
    assert pat.cue.match(text, 3)
    places = [text.index(" was") + 1]
    assert gp._ends_before(text, starts, 3, places, pat.gap) == [0]
    narrow = gp.re.compile(pat.gap.pattern.replace("{0,4}", "{0,2}"))
    assert gp._ends_before(text, starts, 3, places, narrow) == []


def _plain_anchor_hits(text, words):
    """Each anchor word (as written or with a capital) where it is a whole token: at the start or
    after one of ga._BEFORE (not after an apostrophe that follows a letter), and followed by the
    end or by a character that neither is a letter or digit nor joins the parts of a word."""
    out = {}
    for w in words:
        for form in {w, w[:1].upper() + w[1:]}:
            i = text.find(form)
            while i >= 0:
                j = i + len(form)
                before_ok = i == 0 or (text[i - 1] in ga._BEFORE and not (
                    text[i - 1] == "'" and i > 1 and text[i - 2].isalnum()))
                if before_ok and not (j < len(text) and (text[j].isalnum() or text[j] in "-'’")):
                    out.setdefault(w, []).append(i)
                i = text.find(form, i + 1)
    return {w: sorted(v) for w, v in out.items()}


def test_anchor_hits_are_the_whole_tokens():
    words = sorted(ANCHORS)
    assert {"a", "an", "the"} <= set(words)
    rnd = random.Random(7)
    pieces = PIECES + ["a", "A", "an", "An", "and", "And", "a-", "an'", "'a", "x'a", "  a", "\u00a0a", "(a",
                       "[an", "a\n", "ann", "(An", "—a", "“a"] + [" a", " an", " a ", " an ", " and", " a’", " an’s", " a-"] * 3 + words * 2
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20)))
        got = {w: list(v) for w, v in ga._anchor_hits(text, ANCHORS).items() if len(v)}
        assert got == _plain_anchor_hits(text, words), text
        found += sum(len(v) for w, v in got.items() if w in ("a", "an"))
    assert found > 300


def test_anchor_scan_on_the_shaped_copy_equals_the_scan_on_the_text():
    """_anchor_hits (a copy with one class per character, whole-word keys) finds what
    _anchor_hits_plain (the text itself, the character after tested in Python) finds, with
    letters and marks outside ASCII (which become "?" in the copy), a real "?", apostrophes,
    hyphens and characters that may only follow a word."""
    words = sorted(ANCHORS)
    rnd = random.Random(13)
    pieces = PIECES + words * 2 + ["é", "Ä", "ß", "中", "文", "?", "?the", "the?", "é'a", "1'a", "a'", "’a", "a’",
                                   "a-b", "-a", "/", ".", "_", "【", "】", "…", "“", "”", "‘", "—", "–", "\u00a0",
                                   "\u2028", "\r", "\x0b", "𝐀", "a\u0301", "THE", "tHe", "Are", "aRE", "0", "9a"] + [" "] * 60
    found = judged = 0
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 24)))
        got = {w: list(v) for w, v in ga._anchor_hits(text, ANCHORS).items()}
        assert got == {w: list(v) for w, v in ga._anchor_hits_plain(text, ANCHORS).items()}, text
        found += sum(map(len, got.values()))
        judged += any(c in text for c in "?'") or not text.isascii()
    assert found > 1500 and judged > 1500


def test_tokens_between_two_offsets_are_the_tokens_of_the_slice():
    """_tokens_in(text, lo, hi) (finditer between offsets, no copy) gives _tokens(text[lo:hi], lo),
    also where lo or hi cut a word, a figure or a joiner ("state-owned", "1,200", "Guang'an")."""
    rnd = random.Random(11)
    pieces = PIECES + ["state-owned", "1,200", "3.5", "Guang'an", "it’s", "-", ",", "  ", "\n", "x", "—", "中"]
    cuts = 0
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        got = gp._tokens_in(text, lo, hi)
        assert got == gp._tokens(text[lo:hi], lo), (text, lo, hi)
        cuts += bool(got) and got != [t for t in gp._tokens(text) if lo <= t[0] and t[1] <= hi]
    assert cuts > 50  # cut words were met
