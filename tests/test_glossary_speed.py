"""The fast paths of the glossary-driven kinds (issue 13) give exactly what the plain ones give:
the near-miss tokeniser equals ``TOKEN.findall``, the backward place search equals the forward
one, matching equals a reference written without the per-key cache, and the prefilters of
``untranslated`` never drop a finding. Random texts mix the characters that make these hard
(apostrophes, hyphens, full-width marks, non-ASCII letters and digits, odd white space)."""
from __future__ import annotations

import random

import pytest

from termcheck.glossary.nearmiss import TOKEN, _skip, tokens

PIECES = ["a", "b", "é", "ß", "٣", "9", "_", "-", "'", "’", "“", "”", "【", "】", "、", "，", "\u3000", "\xa0",
          "\t", "\n", " ", " ", "\x1f", "\x85", "\u2028", "Ⅻ", "中", "\ud800", "x1", "County", "Yuan"]


def _texts(n, seed, pieces=PIECES, size=40):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(size))) for _ in range(n)]


def test_tokens_equal_the_regex_tokens():
    for text in _texts(5000, 1):
        s, words, distinct = tokens(text)
        assert words == TOKEN.findall(text), text
        assert distinct == set(words) and len(s) == len(text)
        assert s.split() == [w for w in s.split(" ") if w], text  # tokens apart by ASCII spaces only (_skip)
        for m in TOKEN.finditer(text):  # the blanked text keeps each token where it was
            assert s[m.start():m.end()] == m.group()


def test_skip_finds_the_start_of_later_tokens():
    for text in _texts(300, 2, size=400):
        s, words, _ = tokens(text)
        starts = [m.start() for m in TOKEN.finditer(text)]
        for k in range(0, len(starts), 7):
            for m in (0, 1, 5, 130, 1100):
                if k + m < len(starts):
                    assert _skip(s, starts[k], m) == starts[k + m]


PLACE_PIECES = ["Bo", "Yibin", "County", "County's", " ", "  ", "\n", "'s", "O'", "Mc", "Donald", "x", ".", "-",
                "Guangyuan", "guangyuan", "City"]


def test_place_search_backwards_equals_forwards():
    from termcheck.kinds.place_level import Params, _matches, prepare

    p = prepare(Params())
    texts = _texts(4000, 3, PLACE_PIECES, 12) + ["Bo County County", "Guangyuan County County's County",
                                                  "Guangyuan  County and Bo County", "County County County"]
    for text in texts:
        want = [(m.span(), m.group(1)) for m in p.pattern.finditer(text)]
        assert [(m.span(), m.group(1)) for m in _matches(p, text)] == want, text


def test_untranslated_prefilter_keeps_every_finding():
    from termcheck.engine import Context, Engine, run_rule
    from termcheck.model import Document

    eng = Engine.from_config()
    rules = [r for r in eng.rules if r.kind == "untranslated"]
    assert {r.params.report for r in rules} == {"script", "punctuation"}
    texts = ["The county spent 3 million yuan，mostly on roads。", "【Summary】The plan “works”.",
             "地址:北京 邮编100028", "plain ASCII text"] + _texts(200, 4, PIECES + ["（", "）", "：", "％"], 30)
    from termcheck.kinds import untranslated

    for text in texts:
        doc = Document.from_text(text)
        for rule in rules:
            seg = doc.segments[0]
            runs = untranslated._han_runs(seg.text, set(rule.params.allow))
            want = len(runs) if rule.params.report == "script" else sum(
                1 for m in untranslated.PUNCT.finditer(seg.text)
                if m.group() not in rule.params.allow and m.group() not in "“”"
                and not any(s <= m.start() < e for s, e in runs))
            ctx = Context(document=doc, config=eng.config, glossary=eng.glossary)
            got = list(run_rule(rule, ctx, eng.config))
            assert len(got) == want, (rule.id, text)


@pytest.fixture(scope="module")
def shipped():
    from termcheck.engine import Engine

    return Engine.from_config().glossary


def test_match_cache_gives_what_a_fresh_glossary_gives(shipped):
    """The per-key answers are cached on the glossary: matching a text twice, or after other
    texts, gives the same matches, also for case-sensitive forms (acronyms, Yuan/yuan)."""
    import pickle

    texts = ["The ADB and the adb paid 5 Yuan and 5 yuan to poor households' poverty alleviation.",
             "Registered Poor Households and registered poor households; the Poverty Alleviation Office's plan."]
    fresh = pickle.loads(pickle.dumps(shipped))
    first = [fresh.match(t) for t in texts]
    assert any(m.term.is_acronym for ms in first for m in ms)
    for _ in range(2):
        assert [shipped.match(t) for t in reversed(texts)][::-1] == first


STYLE_PIECES = ["1", "23", "4,5", "6.7", ",", ".", " ", " ", "\n", "\t", "Yuan", "yuan", "RMB", "percent", "Percent",
                "per cent", "%", "-", "–", "No.", "No. ", "(", ")", ";", "“", "”", "million", " billion", "A", "x",
                "é", "_", "'", "Yuanx", "RMB1", "2011-2020"]
SYNTHETIC = [  # shapes the analysis must get right: lookarounds at both ends, case, branches, groups
    r"(?<![\d.])\d+(?:\.\d+)?\s?(?:RMB|yuan)(?![\w.])",
    r"\b(?:per\s?cent|percent)\b",
    r"(?P<a>\d+)x(?=[^;]*;)",
    r"(?:No|no)\.\s*(\d+)",
    r"[A-Z][a-z]+ (?:Yuan|RMB)",
    r"(?>\d+)\s(?:million|billion)+?",
]


def _style_variants():
    from termcheck.engine import Engine

    for rule in Engine.from_config().rules:
        if rule.kind == "style_variant":
            for v in rule.params.variants:
                yield v.pattern, rule.params.ignorecase


@pytest.mark.parametrize("ignorecase", [False, True])
def test_stretch_search_equals_the_whole_text_search(ignorecase):
    import regex

    from termcheck.kinds._pieces import plan

    flags = regex.V1 | (regex.IGNORECASE if ignorecase else 0)
    patterns = [pat for pat, ic in _style_variants() if ic == ignorecase] + SYNTHETIC
    planned = 0
    texts = _texts(800, 5, STYLE_PIECES, 60)
    for pattern in patterns:
        pieces = plan(pattern, flags)
        if pieces is None:
            continue
        planned += 1
        compiled = regex.compile(pattern, flags)
        for text in texts:
            want = [(m.span(), m.groups()) for m in compiled.finditer(text)]
            assert [(m.span(), m.groups()) for m in pieces.finditer(compiled, text)] == want, (pattern, text)
    assert planned >= 3  # the analysis does take the slow shapes (Yuan, RMB, percent|Percent, ...)


@pytest.mark.parametrize("pattern", [r"^\d+ Yuan", r"\d+ Yuan$", r"(\d+) \1 Yuan", r"\p{Lu}+ RMB", r"(?s)\d.Yuan",
                                     r"(?i:yuan) \d", r"[[a-z]--[aeiou]]+ RMB", r"\d*", r"\d+(?:Yuan)?"])
def test_what_the_analysis_does_not_model_gets_no_plan(pattern):
    import regex

    from termcheck.kinds._pieces import plan

    assert plan(pattern, regex.V1) is None


def test_near_miss_blocks_fold_like_the_whole_text(shipped, monkeypatch):
    """candidates() folds block by block: the same candidates as folding the whole text, also
    with final sigmas at line ends and with U+0130 (whose lower case is two characters)."""
    from termcheck.glossary import nearmiss

    line = "The key problem tacking work went on ΣΟΦΟΣ.\nThe whole village advancement goes on; ΟΔΟΣ\n"
    for extra in ("", "İstanbul key problem tacking\n"):
        text = (line * 40 + extra) * 3
        monkeypatch.setattr(nearmiss, "BLOCK", 1 << 16)
        whole = list(nearmiss.candidates(shipped, text))
        monkeypatch.setattr(nearmiss, "BLOCK", 50)  # many small blocks
        assert list(nearmiss.candidates(shipped, text)) == whole and whole
        # blocks sliced from the glossary matcher's folded text (shared through ctx.memo)
        assert list(nearmiss.candidates(shipped, text, folded=nearmiss.fold(text))) == whole


def test_stretch_search_on_the_rule_packs_patterns():
    """Every regex in the shipped rule packs that the analysis plans gives, on the corpus, the
    same matches searched by stretches as searched whole (a wide net for the analysis)."""
    import re
    from pathlib import Path

    import regex
    import yaml

    from termcheck.kinds._pieces import plan

    root = Path(__file__).resolve().parent.parent
    patterns: set[str] = set()

    def walk(o, params=False):
        items = o.items() if isinstance(o, dict) else enumerate(o) if isinstance(o, list) else ()
        for k, v in items:
            inside = params or k == "params"
            if inside and isinstance(v, str) and re.search(r"[\\\[\]()?*+|]", v):
                patterns.add(v)
            walk(v, inside)

    for f in sorted((root / "rules").glob("*.yml")):
        walk(yaml.safe_load(f.read_text(encoding="utf-8")))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "corpus" / "docs").glob("*.txt")))
    planned = 0
    for pattern in sorted(patterns):
        for flags in (regex.V1, regex.V1 | regex.IGNORECASE):
            try:
                compiled = regex.compile(pattern, flags)
            except regex.error:
                continue
            pieces = plan(pattern, flags)
            if pieces is not None:
                planned += 1
                want = [(m.span(), m.groups()) for m in compiled.finditer(text)]
                assert [(m.span(), m.groups()) for m in pieces.finditer(compiled, text)] == want, pattern
    assert planned >= 5


@pytest.mark.parametrize("cutoff", [75.0, 60.0, 90.0])
def test_batch_scoring_equals_a_call_per_word(shipped, cutoff, monkeypatch):
    """odd_words scores many words per cdist call: the same slips (near_hole) and the same near
    term words (near_holes) as one extractOne/extract per word, also with chunks of a few words."""
    from termcheck.glossary import nearmiss

    vocab = sorted(nearmiss._probe(shipped).vocab)
    rnd = random.Random(7)
    words = set()
    for _ in range(1500):  # slips of term words (a letter dropped, doubled, swapped) and noise
        w = rnd.choice(vocab)
        k = rnd.randrange(len(w) + 1)
        words.add(rnd.choice([w[:k] + w[k + 1:], w[:k] + w[k:k + 1] * 2 + w[k + 1:], w[:k] + "x" + w[k:],
                              "".join(rnd.sample(w, len(w))), w.upper(), w + "s"]))
    words -= set(vocab)
    for cells in (nearmiss._CDIST_CELLS, 1):
        monkeypatch.setattr(nearmiss, "_CDIST_CELLS", cells)
        batch = nearmiss._Probe(*nearmiss.index_for(shipped))
        single = nearmiss._Probe(*nearmiss.index_for(shipped))
        got = batch.odd_words(words, cutoff)
        want = {w for w in words if len(w) >= 3 and w.isalpha() and single.near_hole(w, cutoff)}
        assert got == want and 50 < len(got) < len(words)
        for w in got:
            assert batch.near_holes(w, cutoff) == single.near_holes(w, cutoff), w
