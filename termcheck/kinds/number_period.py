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

# the pair is found from its second year: " to 2006" (a scan from a literal space is cheap; one that
# starts at "from"/"between", a class or a look-behind tries at every position), then the cue and the
# first year are read back from it; a dash inside brackets from its "("
SECOND = re.compile(r" (?:to|and|until|till|through|thru) (?:the (?:year |end of )?)?((?:19|20)\d\d)(?![\d,.]?\d)")
FIRST = re.compile(r"\b(from|between)\s+(?:the\s+(?:year\s+|end\s+of\s+)?)?((?:19|20)\d\d)\Z", re.I)
PAREN = re.compile(r"\(((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\)")
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


def run(rule, ctx):
    p = rule.params
    quantity, comparison = set(p.quantity_words), set(p.comparison_words)
    for seg in ctx.segments:
        text = seg.text
        if "19" not in text and "20" not in text:
            continue
        for m in SECOND.finditer(text):
            lo = max(0, m.start() - 40)
            f = FIRST.search(text, lo, m.start())
            if f is None or int(f.group(2)) <= int(m.group(1)) or _counted_after(text, m.end()):
                continue
            before = _words_before(text, f.start(), 4)
            if f.group(1).lower() == "between" and any(w in comparison for w in before[:3]):
                continue
            if any(morph.lemmas(w) & quantity or w in quantity for w in before):
                continue
            yield rule.finding(seg, f.start(2), m.end(1), first=f.group(2), second=m.group(1))
        for m in PAREN.finditer(text):
            if int(m.group(1)) > int(m.group(2)):
                yield rule.finding(seg, m.start(1), m.end(2), first=m.group(1), second=m.group(2))
