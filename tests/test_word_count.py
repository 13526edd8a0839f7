"""Document.word_count (the denominator of MQM and per-1,000-word rates) by model.count_words:
the same count as the plain pattern WORD_FOR_COUNT on any text, in any block size."""
import random

from termcheck.model import WORD_FOR_COUNT, Document, count_words


def plain(text: str) -> int:
    return WORD_FOR_COUNT.subn("", text)[1]


def test_count_words_equals_the_pattern_on_random_texts():
    rnd = random.Random(13)
    # class letters and marks, white space, characters outside ASCII (some whose case is ASCII),
    # a lone surrogate, '?' (what the ASCII copy writes for those)
    alphabet = "aZq09'’-.,  \n\t?éſKİ\ud800x—“"
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        for block in (1, 2, 3, 7, 1 << 20):
            assert count_words(text, block) == plain(text), (text, block)


def test_count_words_on_prose_and_figures():
    text = "The county's 1,356 households (3.5%) — well-off ones — grew; “No.53” said ’tis so… -- .\n"
    assert count_words(text) == plain(text) == 12
    doc = Document.from_text(text * 3)
    assert doc.word_count == 36
