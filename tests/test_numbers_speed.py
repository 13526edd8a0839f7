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
