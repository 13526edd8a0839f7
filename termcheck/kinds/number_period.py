"""Year arithmetic a sentence states.

- A period of N years given with its first and last year ("a transition period of five years, from
  2021 to 2024"; "the five-year plan (2016-2020)"): N must be the years between them (2024 - 2021)
  or the years they span (2021 to 2024 inclusive); anything else is reported. Both readings are
  accepted, since "the four years from 2014 to 2018" (from the end of one to the end of the other)
  and "the five years from 2016 to 2020" (2016 to 2020 inclusive) are both usual.
- "N years later, in Y" (or "earlier"), where the sentence before names exactly one year and this
  one names none before it: Y must be that year plus (minus) N.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..lazymodel import BaseModel, ConfigDict

from ..lang.en_numbers import WORD_VALUES
from ._numbers import by_sentence, cue_hits, kind_index, quantities, sentences as sentence_list

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered", "number_cue_hits")

YEARS_AFTER = re.compile(r"[\s-]years?\b", re.I)
# what may stand between "five years" and its "2021 to 2024": connectors and the period's name
BETWEEN = re.compile(r"(?:[\s,(:]|\b(?:from|of|between|covering|spanning|period|plan|programme|program|term|"
                     r"phase|cycle|the|which\s+runs?|running|that\s+runs?|runs?|is|was|will\s+be|lasting)\b)*", re.I)
LATER = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
                   r"(?P<dir>later|afterwards|after\s+that|earlier|before\s+that)\s*,?\s*(?:in|by)\s+"
                   r"(?P<y>(?:19|20)\d\d)\b(?![-–]\d)", re.I)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


# what LATER cannot match without (lower-cased): only the sentences holding one are searched
LATER_CUES = ("later", "earlier", "afterwards", "after that", "before that")


def run(rule, ctx):
    for seg in ctx.segments:
        qs = quantities(ctx, seg)
        ranges = kind_index(qs).get("range", ())
        hits = cue_hits(ctx, seg, LATER_CUES)
        if not ranges and hits is not None and not hits:
            continue
        text, sentences = seg.text, by_sentence(ctx, seg)
        # a period needs a range of years in its sentence; "N years later, in Y" a cue word
        found = []
        for k in sentences.holding(ranges):
            a, b, sq = sentences[k]
            found.extend(_periods(rule, seg, text, sq))
        if hits is None:
            for a, b, sq in sentences:
                found.extend(_later(rule, ctx, seg, text, a, b, sq, LATER.finditer(text, a, b)))
        else:
            for k in sentences.at(hits):
                a, b, sq = sentences[k]
                # the pattern is tried only around the cue words (a long "sentence" of a table or
                # list is not scanned whole): "three years later, in 2019" spans ~15 before it, ~15 after
                near = (LATER.search(text, max(a, h - 30), min(b, h + 40)) for h in _within(hits, a, b))
                found.extend(_later(rule, ctx, seg, text, a, b, sq, {m.span(): m for m in near if m}.values()))
        found.sort(key=lambda f: (f.start, f.end))
        yield from found


def _periods(rule, seg, text, qs):
    for i, q in enumerate(qs[:-1]):
        if q.kind not in ("count", "code") or q.value is None or not 1 < q.value <= 100 or "." in q.number:
            continue
        m = YEARS_AFTER.match(text, q.num_end)
        if m is None:
            continue
        r = qs[i + 1]
        if r.kind != "range" or r.unit != "year" or r.high is None or r.start - m.end() > 40:
            continue
        gap = BETWEEN.match(text, m.end(), r.start)
        if gap is None or gap.end() != r.start:
            continue
        span = int(r.high - r.value)
        n = int(q.value)
        if span <= 0 or n in (span, span + 1):
            continue
        # either the length or a year is wrong: the finding covers both, and suggests neither
        yield rule.finding(seg, q.num_start, r.end,
                           message="“{text}”: {period} is {between} years between its first and last year, "
                                   "{inclusive} counting both, not {n}.",
                           period=r.text, between=span, inclusive=span + 1, n=q.number)


def _within(hits, a, b):
    return hits[bisect_left(hits, a):bisect_left(hits, b)]


def _later(rule, ctx, seg, text, a, b, qs, matches):
    for m in matches:
        if any(q.kind in ("year", "date", "range") and q.start < m.start() for q in qs):
            continue  # a year earlier in the sentence: the reference is not certain
        ref = _previous_year(ctx, seg, a)
        if ref is None:
            continue
        n_text = m.group("n").lower()
        n = 1 if n_text in ("a", "an") else WORD_VALUES.get(n_text) if not n_text.isdigit() else int(n_text)
        y = int(m.group("y"))
        later = not m.group("dir").lower().startswith(("earlier", "before"))
        expected = ref + n if later else ref - n
        if y != expected:
            span = "one year" if n == 1 else f"{n_text} years"
            yield rule.finding(seg, m.start("y"), m.end("y"), suggestions=(str(expected),),
                               message="“{text}”: {span} {dir} {ref} is {expected}.", span=span,
                               dir="after" if later else "before", ref=ref, expected=expected)


def _previous_year(ctx, seg, a):
    """The one year the sentence before ``a`` names (None when it names none or several)."""
    spans = sentence_list(ctx, seg)
    prev = None
    for s, e in spans:
        if e <= a:
            prev = (s, e)
        else:
            break
    if prev is None:
        return None
    qs = by_sentence(ctx, seg)
    years = set()
    for s, e, sq in qs:
        if s == prev[0]:
            for q in sq:
                if q.kind == "range" and q.unit == "year":
                    return None
                if q.kind == "year" and q.value is not None:
                    years.add(int(q.value))
                elif q.kind == "date" and q.parts and q.parts[0]:
                    years.add(int(q.parts[0]))
            break
    return years.pop() if len(years) == 1 else None
