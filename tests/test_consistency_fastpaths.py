"""The document-consistency kinds (TC101/TC201/TC202/TC220-TC224) find their candidates with
shortcuts: one combined regex instead of a per-word loop, a lookup instead of a search through
the whole text, counts per distinct token. Each shortcut is checked here against the plain
computation it replaces, on the development corpus and on strings made to hit the edge cases,
so a shortcut that drifts from it fails here before it changes a finding."""
import random
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
import regex

from termcheck.kinds import acronyms, case_consistency, name_substitution, name_variants, phrase_variants
from termcheck.kinds._shared import token_counts
from termcheck.text import lower, sentence_start_before

CORPUS = sorted((Path(__file__).parent / "corpus" / "docs").glob("*.txt"))
TRICKY = (
    "The Foo Bar (FB) and XY (Xenon Yard) and ABCDEFGHIJ&KL (Kilo Lima) R&AD  (Re and Ad) x\n(Hello there)"
    " ZZ(  ab) AB\n(Abcd) a - - b - c-d -e f- g h i j k l m n o p q r s t u v w x y z  (ZZ) Ünïcode Wörds"
    " ÀB (Àbc déf). Sichuan TV (STV) and (the TV\n) and ( TV ) (" + "a" * 45 + " TV) (TV(TV).\n"
    "In the Yi Villages and new Yi villages, to Mid-November, in mid-November; No. 5 Road, Room No.5. "
    "【Heading Words】 “Quoted Title Words” and 'Single Quote' the Farmers’ Union, Ab-- Word, Ab--- Word. "
    "abc’s abc' a'' x’s s’s it's abc's-x a_b _a a-’s ’’s 1's o'neill's l’’ a'S x‘s abc's' The Office’s Staff\n"
)


def texts():
    return [p.read_text(encoding="utf-8") for p in CORPUS] + [TRICKY]


def ctx_of(*segment_texts):
    return SimpleNamespace(segments=[SimpleNamespace(text=t, original=t, id=None) for t in segment_texts],
                           memo={}, memoize=lambda key, fn: fn())


# ---- acronyms ---------------------------------------------------------------------------------

OLD_PAREN_BEFORE = regex.compile(r"\b([A-Z][A-Z&]{1,7})\s*[(（]([\p{L}][^()（）\n]{3,120})[)）]")


@pytest.mark.parametrize("text", texts())
def test_bracket_patterns_matched_at_brackets_find_what_finditer_finds(text):
    openers = acronyms._openers(text)
    assert [m.span() for m in acronyms.PAREN_ACR.finditer(text)] == \
        [m.span() for m in (acronyms.PAREN_ACR.match(text, o) for o in openers) if m]
    assert [(m.group(1), m.span(2)) for m in OLD_PAREN_BEFORE.finditer(text)] == \
        [(m.group(1), m.span(2)) for m in (acronyms.PAREN_BEFORE.match(text, o) for o in openers) if m]


@pytest.mark.parametrize("text", texts())
def test_long_form_search_starts_where_the_plain_search_finds_it(text):
    rng = random.Random(len(text))
    ends = acronyms._openers(text) + [rng.randrange(len(text) + 1) for _ in range(100)]
    for hi in ends:
        lo = max(0, hi - rng.choice([20, 160, 400]))
        plain = acronyms.LONG_BEFORE.search(text, lo, hi)
        fast = acronyms._long_before(text, lo, hi)
        assert (plain and plain.span(1)) == (fast and fast.span(1)), repr(text[lo:hi])


# ---- case consistency -------------------------------------------------------------------------

CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}'’\-])\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*")


@pytest.mark.parametrize("text", texts())
def test_case_scan_leaves_out_only_words_the_checks_would_skip(text):
    """Every capitalised word the scan leaves out is one that ``run`` would skip: a sentence
    start, a word before "No. 5", or part of a name that cannot be a "Yi Villages" pair."""
    cc = case_consistency
    kept = {m.span() for m in cc.CANDIDATE.finditer(text)}
    every = {m.span() for m in CAPITALISED.finditer(text)}
    assert kept <= every
    for s, e in every - kept:
        low = text[s:e].lower()
        plural = low.endswith("s") and not low.endswith("ss")
        pair_possible = plural and cc._prev_cap(text, s) and not cc._next_cap(text, e)
        assert sentence_start_before(text, s) or regex.match(r"\.\s*\d", text[e:]) \
            or (cc._name_like(text, s, e) and not pair_possible), repr(text[max(0, s - 20):e + 20])
    # and the scan keeps the words the checks look at ("to Mid-November", "Yi Villages")
    if text is TRICKY:
        words = {text[s:e] for s, e in kept}
        assert {"Mid-November", "Villages"} <= words


def test_lower_words_are_the_stripped_lower_case_tokens():
    segs = [p.read_text(encoding="utf-8") for p in CORPUS[:3]] + [TRICKY]
    expected = Counter(w for t in segs for w in (x.strip(case_consistency.STRIP) for x in t.split()) if w[:1].islower())
    assert case_consistency._lower_words(ctx_of(*segs)) == expected


def test_token_counts_cover_every_segment():
    segs = [p.read_text(encoding="utf-8") for p in CORPUS[:3]] + [TRICKY * 3000]  # > one block
    assert token_counts(ctx_of(*segs)) == Counter(w for t in segs for w in t.split())


# ---- phrase variants --------------------------------------------------------------------------

def test_words_per_distinct_token_equal_the_tokens_of_the_lowered_text():
    segs = [p.read_text(encoding="utf-8") for p in CORPUS[:4]] + [TRICKY * 3000]
    ctx = ctx_of(*segs)
    words_of, counts = phrase_variants._token_words(ctx)
    plain = [phrase_variants.FAST_TOKEN.findall(lower(t)) for t in segs]
    assert [phrase_variants._tokens(t, words_of) for t in segs] == plain
    assert counts == Counter(w for toks in plain for w in toks)
    toks, counts2, _ = phrase_variants._sequences(ctx)
    assert counts2 == counts


# ---- name variants: abbreviations introduced in brackets --------------------------------------

@pytest.mark.parametrize("text", texts())
def test_introduced_abbreviations_are_found_as_the_plain_search_finds_them(text):
    segs = text.split("\n\n")
    full = "\n".join(segs)
    bracketed = name_variants._bracketed(ctx_of(*segs))
    for abbr in set(regex.findall(r"\b[A-Z]{2,5}\b", full)) | {"TV", "STV", "ZZ"}:
        plain = bool(regex.search(r"\((?:[^()\n]{0,40}\s)?" + regex.escape(abbr) + r"\s*\)", full))
        assert name_variants._introduced(abbr, bracketed) == plain, abbr


# ---- name substitution: how often a word sequence occurs -------------------------------------

@pytest.mark.parametrize("text", texts())
def test_sequence_counts_equal_counting_in_the_word_list(text):
    segs = text.split("\n\n")
    words = []
    for t in segs:
        words += [name_substitution.POSSESSIVE.sub("", w) for w in name_substitution.TOKEN.findall(lower(t))]
        words.append("\n")
    occ = name_substitution._Occurrences(ctx_of(*segs))
    rng = random.Random(len(text))
    for _ in range(200):
        i, n = rng.randrange(len(words)), rng.choice([1, 2, 3, 5])
        seq = tuple(words[i:i + n])
        if "\n" in seq:
            continue
        naive = sum(1 for k in range(len(words)) if tuple(words[k:k + len(seq)]) == seq)
        assert occ.count(seq) == naive, seq
    assert occ.count(("no-such-word", "anywhere")) == 0


def test_overlapping_sequences_all_count():
    occ = name_substitution._Occurrences(ctx_of("Yi Yi Yi office’s Yi", "Yi"))
    assert occ.count(("yi", "yi")) == 2 and occ.count(("yi",)) == 5 and occ.count(("office", "yi")) == 1
    assert occ.count(("yi", "yi", "yi", "office", "yi", "yi")) == 0  # not across segments


QUOTE_PIECES = ["“", "”", '"', "‘", "’", "'", "\n", " ", "Title Words", "of the", "x", "Long Quoted Name Here"]


def test_quotations_are_what_the_alternation_finds():
    """name_substitution searches each quotation style on its own and merges: the same matches
    (span and quotation) as QUOTED.finditer, also where styles nest, overlap or run unclosed."""
    rnd = random.Random(11)
    mixed = ["".join(rnd.choice(QUOTE_PIECES) for _ in range(rnd.randrange(80))) for _ in range(3000)]
    nested = 0
    for text in texts() + mixed:
        want = [(m.span(), m.group(m.lastindex)) for m in name_substitution.QUOTED.finditer(text)]
        got = [(m.span(), m.group(1)) for m in name_substitution._quotations(text)]
        assert got == want, text
        nested += any(p.search(text, a + 1, b) for (a, b), _ in want for p in name_substitution.QUOTED_PARTS)
    assert nested  # some quotations hold another style's quotation
