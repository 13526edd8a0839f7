"""A period whose years run backwards: "the plan for the period from 2016 to 2006", "between 2019 and
2015", "(2020–2016)". One of the years is mistyped (a digit slip or a swap in conversion).

Only years (19xx, 20xx, four digits without a separator) joined by "from ... to/until/through",
"between ... and" or a dash inside brackets are read. Figures of that shape that count or measure
("fell from 2016 to 1998 households", "between 2019 and 2015 tonnes") are not years: the pair is
skipped when a noun in the plural or a unit follows it, when a verb or noun of change or of quantity
comes just before "from" ("dropped", "the number"), or when "between" follows a word of comparison
("the gap between 2019 and 2015").
"""
from __future__ import annotations

import re

from ..lazymodel import BaseModel, ConfigDict

from ..lang import morph
from ..lang.en_nouns import MEASURES, singular_form

SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ()

YEAR = r"((?:19|20)\d\d)(?![\d,.]\d|\d)"
PERIOD = re.compile(rf"\b(from|between|From|Between)\s+(?:the\s+(?:year\s+|end\s+of\s+)?)?{YEAR}\s+"
                    rf"(?:to|and|until|till|through|thru)\s+(?:the\s+(?:year\s+|end\s+of\s+)?)?{YEAR}"
                    rf"|\({YEAR}\s*[-–—]\s*{YEAR}\)")
# two years joined as PERIOD joins them, without the lead word: a scan that starts on a digit, so
# that the full PERIOD (which starts on a word) is tried only around the rare pair that runs backwards
PAIR = re.compile(rf"{YEAR}(?:\s+(?:to|and|until|till|through|thru)\s+(?:the\s+(?:year\s+|end\s+of\s+)?)?|\s*[-–—]\s*){YEAR}")
WORD_AFTER = re.compile(r"\s*([A-Za-z]+|%)")
WORDS_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # lemmas of change or quantity: before "from" they make the pair figures, not years
    quantity_words: list[str] = []
    # words of comparison: "the gap between 2019 and 2015" compares years in either order
    comparison_words: list[str] = []


def _counted_after(text: str, end: int) -> bool:
    """A plural noun, a unit or "%" right after the pair: its figures count or measure."""
    m = WORD_AFTER.match(text, end)
    if not m:
        return False
    w = m.group(1).lower()
    return w == "%" or w in MEASURES or (singular_form(w) or "") in MEASURES or bool(singular_form(w)) \
        or w in ("percent", "people", "persons")


def _words_before(text: str, at: int, n: int) -> list[str]:
    """Up to ``n`` words before offset ``at`` within the sentence, nearest first, lower-cased."""
    lo = max(0, at - 60)
    window = re.split(r"[.;!?\n]", text[lo:at])[-1]
    return [w.lower() for w in re.findall(r"[A-Za-z]+", window)][-n:][::-1]


def _backward_periods(text: str):
    """PERIOD's matches whose first year is the later one."""
    for pair in PAIR.finditer(text):
        if int(pair.group(1)) <= int(pair.group(2)):
            continue
        for m in PERIOD.finditer(text, max(0, pair.start() - 40), pair.end() + 1):
            if pair.start(1) in (m.start(2), m.start(4)):
                yield m


def run(rule, ctx):
    p = rule.params
    quantity, comparison = set(p.quantity_words), set(p.comparison_words)
    for seg in ctx.segments:
        text = seg.text
        if "19" not in text and "20" not in text:
            continue
        for m in _backward_periods(text):
            cue = m.group(1)
            y1, y2 = (m.group(2), m.group(3)) if cue else (m.group(4), m.group(5))
            if int(y1) <= int(y2):
                continue
            if _counted_after(text, m.end()):
                continue
            before = _words_before(text, m.start(), 4)
            if cue and cue.lower() == "between" and any(w in comparison for w in before[:3]):
                continue
            if any(morph.lemmas(w) & quantity or w in quantity for w in before):
                continue
            start = m.start(2) if cue else m.start(4)
            end = m.end(3) if cue else m.end(5)
            yield rule.finding(seg, start, end, first=y1, second=y2)
