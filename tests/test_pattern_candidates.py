"""The pattern kind's ``candidates`` (a fast ``re`` pre-scan that says where the rule's ``regex``
pattern is tried) must give exactly the matches of a plain ``finditer`` over the whole text."""
import random
import re
import sys
from types import SimpleNamespace

import pytest
import regex

from termcheck.engine import data_dir
from termcheck.kinds import pattern as kind
from termcheck.ruleset import load_rules

RULES = [r for r in load_rules([data_dir("rules")]) if r.kind == "pattern"]
WITH_CANDIDATES = [r for r in RULES if r.params.candidates]

# pieces that meet at the edges the pattern rules care about: repeated words across spaces and
# line breaks, case, hyphens and apostrophes, spaces before marks, and characters on which ``re``
# and ``regex`` disagree (superscripts, sharp s, ligatures), letters outside ASCII on which they
# agree (TC701's second scan starts at any character but an ASCII word character) and "_"
PIECES = ["the", "The", "THE", "at", "that", "a", "A", "I", "i", "in", "low-income", "income", "ß", "SS",
          "ss", "ﬁ", "fi", "km²", "²", "5", "’", "'", "-", " ", " ", " ", "  ", "   ", "\t", "\n", " \n ",
          ",", ",,", ".", "..", ":", "; ", "?", "!", "“", "”", "(", ")", "etc", "Straße", "STRASSE", "ς", "σ",
          "s", "’ s", "' s", "’\ts", "é", "café", "Café", "über", "Ü", "—", "_", "x_", "\u00a0"]


def ctx_and_seg(text):
    memo = {}
    ctx = SimpleNamespace(memoize=lambda key, fn: memo[key] if key in memo else memo.setdefault(key, fn()))
    return ctx, SimpleNamespace(id="s", text=text)


def spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_shipped_rules_use_candidates():
    assert {r.id for r in WITH_CANDIDATES} >= {"TC701", "TC504", "TC505"}


@pytest.mark.parametrize("rule", WITH_CANDIDATES, ids=lambda r: r.id)
def test_candidates_give_the_plain_matches(rule):
    rnd = random.Random(13)
    texts = [e.text if hasattr(e, "text") else str(e) for e in
             list(rule.spec.examples.bad) + list(rule.spec.examples.good)] if hasattr(rule, "spec") else []
    texts += ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(8000)]
    found = 0
    for text in texts:
        text = text.replace("[[", "").replace("]]", "")
        want = spans(rule.params.compiled.finditer(text))
        ctx, seg = ctx_and_seg(text)
        assert spans(kind._matches(rule.params, ctx, seg)) == want, text
        found += bool(want)
    assert found > 20  # the random texts do reach the pattern


def test_a_narrow_candidates_pattern_loses_matches():
    # the check above can fail: candidates that miss a place lose its match
    p = kind.prepare(kind.Params(pattern=r"\b(\w+) \1\b", candidates="zzz"))
    ctx, seg = ctx_and_seg("the the plan")
    assert kind._matches(p, ctx, seg) == []
    p = kind.prepare(kind.Params(pattern=r"\b(\w+) \1\b", candidates=r"\b(\w+) \1"))
    assert spans(kind._matches(p, ctx, seg)) == [((0, 7), ("the",))]


def test_unlike_characters_are_current():
    """_UNLIKE lists every character that ``re`` takes for a word character and ``regex`` does not,
    or whose case folding differs from its lower case (regenerate it when Python or regex change)."""
    word = regex.compile(r"\w", regex.V1)
    missing = [hex(o) for o in range(0x10000)
               if ((chr(o).isalnum() or chr(o) == "_") and not word.match(chr(o))
                   or chr(o).casefold() != chr(o).lower() or len(chr(o).lower()) != 1)
               and not kind._UNLIKE.match(chr(o))]
    assert missing == []
    assert kind._UNLIKE.match(chr(sys.maxunicode)) and not kind._UNLIKE.match("a")


def test_budget_still_bounds_the_pattern(monkeypatch):
    # the attempts at the candidate places share the rule's budget: once it is spent, the next
    # attempt raises TimeoutError (which the engine reports as the rule running past its budget)
    p = kind.prepare(kind.Params(pattern=r"\b(\w+) \1\b", candidates=r"\b(\w+) \1"))
    ctx, seg = ctx_and_seg("the the plan")
    monkeypatch.setattr(kind, "timeout_for", lambda text, per_mb: 0.0)
    with pytest.raises(TimeoutError):
        kind._matches(p, ctx, seg)
    monkeypatch.setattr(kind, "timeout_for", lambda text, per_mb: 1.0)
    assert len(kind._matches(p, ctx, seg)) == 1


def test_candidates_back_moves_to_where_the_spaces_begin():
    p = kind.prepare(kind.Params(pattern=r"(?<=\w)[ \t]+([,;])", candidates=r"[,;](?<=[ \t].)",
                                 candidates_back=" \t"))
    ctx, seg = ctx_and_seg("one \t , two ; three,")
    assert [m.span() for m in kind._matches(p, ctx, seg)] == [(3, 7), (11, 13)]
    p.candidates_back = ""  # without it the mark after a space is no place where a match begins
    assert kind._matches(p, ctx, seg) == []
    with pytest.raises(ValueError):
        kind.prepare(kind.Params(pattern="x", candidates_back=" "))


def test_a_list_of_candidates_and_their_first_group():
    # the place is where group 1 begins: a candidate may start with the character before it
    p = kind.prepare(kind.Params(pattern=r"(?<!\w)(\w+) \1\b", ignorecase=True,
                                 candidates=[r" (\w+) \1", r"\((\w+) \1", r"\A(\w+) \1"]))
    ctx, seg = ctx_and_seg("The the plan (in in) and so so")
    assert [m.span() for m in kind._matches(p, ctx, seg)] == [(0, 7), (14, 19), (25, 30)]
    p.cand = p.cand[:1]  # the scan after a space alone misses the text's start and the bracket
    assert [m.span() for m in kind._matches(p, ctx, seg)] == [(25, 30)]


def test_enumeration_cues_find_every_ordinal():
    # kinds/enumeration tries its regex only where Python's re finds an ordinal and its comma
    from termcheck.kinds import enumeration

    rnd = random.Random(902)
    pieces = ["First", "Firstly", "Second", "secondly", "Thirdly", "ly", ",", " ", ", ", "x", "2", "_",
              "é", "Tenth", "Tenthly,", "ﬁrst", "²"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        want = [m.span() for m in enumeration.PAT.finditer(text)]
        got = [m.span() for c in enumeration.CUE.finditer(text) if (m := enumeration.PAT.match(text, c.start()))]
        assert got == want, text


def test_redundancy_scans_cover_every_last_word_once():
    # kinds/redundancy searches once for last words that begin alike, then checks each
    (rule,) = [r for r in load_rules([data_dir("rules")]) if r.kind == "redundancy"]
    scans = rule.params.scans
    assert sorted(w for ws in scans.values() for w in ws) == sorted(rule.params.by_last)
    assert all(w.startswith(common) for common, ws in scans.items() for w in ws)
    assert any(len(ws) > 1 for ws in scans.values())  # some are shared ("gift", "gifts")


def test_has_unlike_equals_the_plain_search():
    """_has_unlike (the characters outside ASCII, gathered from the UTF-8 form) says what a search
    for _UNLIKE over the whole text says, with lone surrogates, characters beyond the BMP and
    characters either side of ASCII; and no ASCII character is in _UNLIKE (the shortcut's premise)."""
    assert not any(kind._UNLIKE.match(chr(o)) for o in range(128))
    rnd = random.Random(17)
    pieces = PIECES + ["\ud800", "\udfff", "\U0001f600", "𝐀", "\x7f", "\x80", "\xb2", "\xb5", "\xdf", "\u0130",
                       "中文", "【", "】", "\ufb01", "\u2460", "\xe9", "\xff", "\u0100", "abc"] * 2
    unlike = plain = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        want = kind._UNLIKE.search(text) is not None
        assert kind._has_unlike(text) == want, ascii(text)
        unlike += want
        plain += not want and not text.isascii()
    assert unlike > 500 and plain > 300


# ASCII words, separators and the characters outside ASCII that are no part of a word: texts on
# which the ``repeats`` places (an ASCII copy of the text, split) are used instead of the candidates
REPEAT_WORDS = ["the", "The", "THE", "then", "a", "A", "I", "i", "in", "low-income", "income", "x-the", "the-",
                "-the", "etc", "5", "x_", "_", "the’s", "’the", "“the", "the”", "(the", "the)", "at", "that"]
REPEAT_SEPS = [" ", " ", "  ", "   ", "\t", "\n", " \n ", "\n\n", ", ", ". ", "’", "—", "\u00a0", "-", "'", ""]


def test_repeat_places_give_the_plain_matches(monkeypatch):
    """TC701 with ``repeats``: on texts whose words are ASCII the places come from the split ASCII
    copy (no candidates scan), and the matches are still those of a plain finditer; blocks made
    tiny so that repeated words fall on every side of a block's end."""
    (rule,) = [r for r in RULES if r.id == "TC701"]
    assert rule.params.repeats
    rnd = random.Random(701)
    used = []
    real = kind._repeat_places
    monkeypatch.setattr(kind, "_repeat_places", lambda hay: used.append(1) or real(hay))
    found = 0
    for block in (4096, 9, 1):
        monkeypatch.setattr(kind, "_REPEAT_BLOCK", block)
        for _ in range(3000):
            words = [rnd.choice(REPEAT_WORDS) for _ in range(rnd.randint(1, 30))]
            for k in range(1, len(words)):
                if rnd.random() < 0.3:
                    words[k] = words[k - 1].swapcase() if rnd.random() < 0.2 else words[k - 1]
            text = "".join(w + rnd.choice(REPEAT_SEPS) for w in words)
            want = spans(rule.params.compiled.finditer(text))
            ctx, seg = ctx_and_seg(text)
            n = len(used)
            assert spans(kind._matches(rule.params, ctx, seg)) == want, text
            assert len(used) == n + 1  # the places were used
            found += len(want)
    assert found > 3000


def test_repeat_places_fail_when_a_place_is_lost(monkeypatch):
    # the comparison above can fail: places that miss a repeated word lose its match
    (rule,) = [r for r in RULES if r.id == "TC701"]
    text = "We met the the team. Plans and\nand budgets."
    ctx, seg = ctx_and_seg(text)
    assert [m.span() for m in kind._matches(rule.params, ctx, seg)] == [(7, 14), (27, 34)]
    real = kind._repeat_places
    monkeypatch.setattr(kind, "_repeat_places", lambda hay: real(hay)[1:])
    ctx, seg = ctx_and_seg(text)
    assert [m.span() for m in kind._matches(rule.params, ctx, seg)] == [(27, 34)]


def test_repeat_places_not_used_beside_letters_outside_ascii(monkeypatch):
    # a word with a letter outside ASCII is no piece of the ASCII copy: the candidates scan instead
    (rule,) = [r for r in RULES if r.id == "TC701"]
    monkeypatch.setattr(kind, "_repeat_places", lambda hay: [])
    for text in ("über über", "the the café", "the the Ⓐ", "the the e\u0301", "the the ²", "the the ٣"):
        ctx, seg = ctx_and_seg(text)
        assert kind._outside_ascii(ctx, seg)[1], text
        assert spans(kind._matches(rule.params, ctx, seg)) == spans(rule.params.compiled.finditer(text)) != []
