"""The fast paths of the number layer find exactly what the plain patterns find (issue 13: speed
without changing a finding)."""
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from termcheck.text import SENTENCE_END, sentence_spans


def reference_spans(text):
    """sentence_spans as it was: SENTENCE_END's look-behind tried at every position."""
    start = 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


SENTENCE_PIECES = [".", "!", "?", "。", "！", "？", " ", "  ", "\n", "\n\n", " \n \n", '"', "'", "”", "’", ")", "“", "‘",
                   "(", "【", "A", "Zhang", "the", "5", "12.5", "e.g.", "No.", "U.S.", "\t", "\u3000", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=30))
def test_sentence_spans_agree_with_the_look_behind_pattern(pieces):
    text = "".join(pieces)
    assert list(sentence_spans(text)) == list(reference_spans(text))


def test_sentence_spans_on_a_long_text():
    text = ("Poverty fell. In 2015, 12.5 million people left it! Why? “Because” (they worked).\n\n"
            "【Note】 The U.S. did too.) 5 counties… so. 。下一句。！ Done") * 50
    got = list(sentence_spans(text))
    assert got == list(reference_spans(text)) and len(got) > 300
    assert not regex.search(r"\A\s", text[got[1][0]:])  # a sentence starts after the break's white space


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES + ["\x1c", "\xa0", "\r\n", "É", "٣", ". ", ". A", "? 5", ".\n"]), max_size=30))
def test_number_layer_sentence_split_is_text_sentence_spans(pieces):
    """kinds._numbers.sentence_spans (the break pattern tried only where str.find finds a mark or a
    newline that white space or a closer follows) gives text.sentence_spans' sentences."""
    from termcheck.kinds._numbers import sentence_spans as fast

    text = "".join(pieces)
    assert fast(text) == list(sentence_spans(text))


def test_number_layer_sentence_split_on_a_long_text():
    from termcheck.kinds._numbers import sentence_spans as fast

    text = ("Poverty fell. In 2015, 12.5 million people left it! Why? “Because” (they worked).\n\n"
            "【Note】 The U.S. did too.) 5 counties… so. 。下一句。！ Done. e.g. this.\n \nAnd ") * 50
    assert fast(text) == list(sentence_spans(text)) and len(fast(text)) > 300


WORD_PIECES = ["poor", "counties", "poor counties", " ", "-", "_", "x", "é", "5", ".", "\u0301", "counties5", "Poor"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=8), st.sampled_from(["poor counties", "counties", "-x", "é", "x."]))
def test_word_in_is_the_word_boundary_search(pieces, phrase):
    from termcheck.kinds.number_arithmetic import _word_in

    text = "".join(pieces)
    assert _word_in(phrase, text) == bool(regex.search(rf"\b{regex.escape(phrase)}\b", text))


def test_sentences_holding_and_at():
    from termcheck.kinds._numbers import QuantityList, SentenceQuantities
    from termcheck.lang.en_numbers import parse_quantities

    text = "In 2015, 5 villages had 30% and 40%. None here. Of which 7 counties: 8 and 9%.\n\n(2) 12 towns."
    qs = QuantityList(parse_quantities(text))
    sq = SentenceQuantities(qs, list(sentence_spans(text)))
    every = [(k, i) for k, (a, b, sqs) in enumerate(sq) for i, q in enumerate(qs) if q in sqs]
    for at_least in (1, 2, 3):
        want = sorted({k for k, _ in every if sum(1 for kk, _ in every if kk == k) >= at_least})
        assert sq.holding(range(len(qs)), at_least) == want
    pct = [i for i, q in enumerate(qs) if q.kind == "percent"]
    assert sq.holding(pct, 2) == [0] and sq.holding(pct) == [0, 1]  # (k counts sentences with figures)
    colon = [text.index(":"), text.index("None"), len(text) - 1]
    assert sq.at(colon) == [k for k, (a, b, _) in enumerate(sq) if any(a <= x < b for x in colon)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "\u00a0", "villages", "a", "B", "-", "'", "’", "_", "5", "é", "\u0301", "x", ".",
                                 "\u2003", "Ⅻ", "٣"]), max_size=7))
def test_agreement_first_word_is_next_words_match(pieces):
    """TC302's first look after a count (the stdlib, ``regex`` only for the character after the
    word when it is outside ASCII) reads the word NEXT_WORD matches, and nothing when it fails."""
    from termcheck.kinds import number_agreement as A

    text = "".join(pieces)
    m = A.NEXT_WORD.match(text, 0)
    assert A._first_word(text, 0) == (m.group("w").lower() if m else None)


CUE_PIECES = ["including", "Including", "of which", "OF WHOM", "among which", "among them", "amongst", "namely", "divided into",
              "broken down into", "comprising", "consisting of", ",", "(", " ", "  ", "\n", "\u3000", "\x1c", "x", "5", ".",
              "reincluding", "_", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=12), st.integers(0, 40), st.integers(0, 60))
def test_cue_matches_are_cue_finditer_from_the_first_cue_word(pieces, a, b):
    """TC308's cue search tried only before the cue words' offsets gives CUE.finditer's matches
    from scan_from on."""
    from termcheck.kinds._numbers import scan_from
    from termcheck.kinds.number_arithmetic import CUE, CUE_WORDS, _cue_matches

    text = "".join(pieces)
    low = text.lower()
    assert len(low) == len(text)
    hits = sorted(i for w in CUE_WORDS for i in range(len(low)) if low.startswith(w, i))
    b = min(b, len(text))
    for h in (hits, None):
        x = scan_from(text, h, a, b)
        want = [] if x is None else [(m.span(), m.group("cue")) for m in CUE.finditer(text, x, b)]
        assert [(m.span(), m.group("cue")) for m in _cue_matches(text, h, a, b)] == want
