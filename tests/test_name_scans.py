"""The capital scans that go through Python's ``re`` (classes spelled out by ``kinds._uclasses``)
must find what the ``regex`` patterns they stand in for find."""
import random

import regex

from termcheck.kinds import _uclasses, name_variants

# capitals and small letters in and out of ASCII, titlecase and modifier letters, marks,
# apostrophes, hyphens, the separators and connectors of a name, and characters beyond the BMP
PIECES = ["A", "B", "Z", "a", "z", "Ab", "The", "of", "and", "the", "&", "to", "in", "É", "é", "Ω", "ω", "ǅ", "ʰ",
          "中", "\u0301", "’", "'", "-", " ", " ", "  ", "   ", "\t", "\u00a0", "\n", ".", ",", "1", "Ⅻ", "ⓐ", "Ⓐ",
          "\U0001d400", "\U0001d41a", "\U00010400", "\U0001f600", "\ud800", "İ", "ﬁ", "Mc", "Leading Group"]


def test_classes_are_current():
    """The generated classes are what the installed ``regex`` matches (regenerate with
    ``python -m termcheck.kinds._uclasses > termcheck/kinds/_uclasses.py`` when it changes)."""
    assert _uclasses.render() == open(_uclasses.__file__, encoding="utf-8").read()
    assert _uclasses.LU and _uclasses.LL and _uclasses.LM


def test_has_astral():
    rnd = random.Random(5)
    for _ in range(2000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 8)))
        assert _uclasses.has_astral(text) == any(ord(c) > 0xFFFF for c in text), ascii(text)


def test_run_scan_equals_the_regex_scan():
    rnd = random.Random(220)
    astral = bmp = 0
    for _ in range(20000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 30)))
        want = [m.span() for m in name_variants.RUN.finditer(text)]
        assert [m.span() for m in name_variants._runs(text)] == want, ascii(text)
        astral += _uclasses.has_astral(text)
        bmp += bool(want) and not _uclasses.has_astral(text)
    assert astral > 1000 and bmp > 1000


def test_the_run_scan_test_can_fail():
    # a class one letter short finds other runs: the comparison above would see it
    import re

    lu = _uclasses.LU.replace("A-Z", "B-Z")
    short = re.compile(f"[{lu}][{_uclasses.LM}'’\\-]*" + name_variants._SEP + f"[{lu}][{_uclasses.LM}'’\\-]*)+")
    text = "Ab Cd and Ef Gh"
    assert [m.span() for m in short.finditer(text)] != [m.span() for m in name_variants.RUN.finditer(text)]
    assert "A-Z" in _uclasses.LU or regex.match(r"\p{Lu}", "A")


def test_quiet_spans_equal_the_whole_text_scans():
    """TC201's quoted titles and headings, tried at their opening characters only, are what the
    patterns find scanning the whole text."""
    from termcheck.kinds import case_consistency as cc

    def plain(text):
        return cc._merged(sorted(m.span() for pat in (*cc.QUOTED, cc.MARKER) for m in pat.finditer(text)))

    for pat, ch in zip((*cc.QUOTED, cc.MARKER), cc.QUIET_FIRST):  # each starts with its character
        assert ch in pat.pattern.split("]", 1)[-1][:3] or pat.pattern.startswith(ch)
    pieces = ["“", "”", '"', "‘", "’", "《", "》", "【", "】", "Title Words", "a", "X", " ", "\n", "(", "—", "/",
              "1", "é", "Ab Cd", "[", "“Ab” Cd"]
    rnd = random.Random(2010)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        want = plain(text)
        assert cc._quiet_spans(text) == want, ascii(text)
        found += len(want)
    assert found > 10000
    # the test can fail: a pattern tried at the wrong character finds nothing
    assert list(cc._matches_at(cc.QUOTED[0], "“Ab”", [1])) == []


def test_quotations_equal_the_alternation_scan():
    """TC223's quotations, tried at the opening characters found by str.find, are QUOTED's matches."""
    from termcheck.kinds import name_substitution as ns

    assert [p.pattern.lstrip("\\")[0] for p in ns.QUOTED_PARTS] == list(ns.QUOTE_OPENERS)
    pieces = ["“", "”", '"', "‘", "’", "Measures for Assessing", "a", " ", "\n", "x" * 290, "Plan", "é", "(", "’s"]
    rnd = random.Random(223)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        want = [(m.span(), m.group(m.lastindex)) for m in ns.QUOTED.finditer(text)]
        got = [(m.span(), m.group(m.lastindex)) for m in ns._quotations(text)]
        assert got == want, ascii(text)
        found += len(want)
    assert found > 1000
