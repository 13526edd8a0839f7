"""A body paragraph whose last sentence has no full stop.

A paragraph is a line followed by a blank line or the end of its segment. It is body text
when, after any numbered label ("3.", "Article 5"), it holds at least ``min_sentences``
sentences (its other sentences end with a full stop) or it is one long sentence of at least
``min_words`` words that is mostly in lower case. It is reported when it ends in a letter,
digit, closing bracket or closing quote, and its last sentence is one (three words or more,
not an aside in brackets). Headings, titles, list items and signature lines are
short single sentences and stay silent, as do bulleted list items, lines ending in any punctuation (a colon before
a list, a semicolon inside one) and hard-wrapped paragraphs (only the last, short line is seen).
"""
from __future__ import annotations

import regex
from ..lazymodel import BaseModel

# a full stop that ends a sentence: after a lower-case word, a number or a closer, and before
# a capital, a digit or an opening quote; not after abbreviations such as "No." or initials
SENTENCE_STOP = regex.compile(
    r"(?<!\b\p{Lu}|\b(?:No|Nos|Art|Vol|Fig|Mr|Mrs|Ms|Dr|St|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))"
    r"[.!?][\"”’)]*[ \t]+(?=[\"“‘(\p{Lu}\d])")
# "3.", "IV.", "b)", "(2)", "Article 5", "Figure 3.", "Table 2:" before the text of a line
LABEL = regex.compile(r"[ \t]*(?:(?:\d+(?:\.\d+)*|[IVXLCDM]+|[a-z])[.)、]|[(（]\d+[)）]|\p{Lu}\p{Ll}+[ \t]+\d+(?:\.\d+)*[.:：]?)[ \t]+")
CLOSERS = ")]”\"’"
BULLET = regex.compile(r"[ \t]*[-*•·▪◦][ \t]")
WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")


class Params(BaseModel):
    min_sentences: int = 2
    min_words: int = 25


def _lines(text: str):
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        end = n if end == -1 else end
        yield start, end
        start = end + 1


def run(rule, ctx):
    p: Params = rule.params
    for seg in ctx.segments:
        text = seg.text
        for a, b in _lines(text):
            # the paragraph must end here: a blank line or the end of the segment follows
            nxt = text.find("\n", b + 1)
            if b < len(text) and text[b + 1:len(text) if nxt == -1 else nxt].strip():
                continue
            last = _last_word(text, a, b)
            if last is None:
                continue
            start, end = last
            if BULLET.match(text, a, b):
                continue  # bulleted list items often drop the stop by house style
            lab = LABEL.match(text, a, b)
            body_start = lab.end() if lab else a
            stops = list(SENTENCE_STOP.finditer(text, body_start, start))
            last_start = stops[-1].end() if stops else body_start
            if text[last_start:last_start + 1] in "([（【" or len(WORD.findall(text, last_start, end)) < 3:
                continue  # an aside in brackets or a fragment after the last sentence, not a sentence
            if 1 + len(stops) < p.min_sentences:
                words = WORD.findall(text, body_start, b)
                if len(words) < p.min_words or sum(w[0].isupper() for w in words) * 2 > len(words):
                    continue
            yield rule.finding(seg, start, end, suggestions=(text[start:end] + ".",))


def _last_word(text: str, a: int, b: int):
    """(start, end) of the line's last word with any closing brackets/quotes, when the line ends in one."""
    e = b
    while e > a and text[e - 1] in " \t\r":
        e -= 1
    j = e
    while j > a and text[j - 1] in CLOSERS:
        j -= 1
    if j == a or not text[j - 1].isalnum():
        return None
    k = j
    while k > a and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
        k -= 1
    return k, e
