"""A change stated three ways must add up: "fell from 9.23 million to 7.45 million, a decrease of
1.78 million"; "dropped from 26.8% to 21.3%, down 5.5 percentage points"; "fell from 7.34 million
to 0.98 million, a decrease of 86.6%"; "rose from 13,200 yuan in 2020 to 18,600 yuan in 2025, an
average annual growth of 7.1%".

In one sentence, a figure after "from", the next one after "to", and then a figure after "a
decrease/reduction/increase ... of", "down", "up" or "by" are compared (or the change first: "rose
by 40% from 9,400 yuan to 13,160 yuan"): the third must equal the difference of the first two
within the rounding of the three figures. A change in percentage points is the difference of two
percentages; a change in per cent of two other figures is relative (the difference over the first);
a change in per cent of two percentages may be either. An average annual change needs the number
of years: the years the pair is dated with ("in 2020 ... in 2025"), or a stated period ("in five
years", then one year more or less is allowed); it may be compound or simple. A bare third figure
is read with the scale of the pair when the pair has one (TC314 reports the lost word).
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..lazymodel import BaseModel, ConfigDict

from ..lang.quantity import SCALES, group, plain
from ._numbers import by_sentence, cue_hits, scale_end

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered", "number_cue_hits")

FROM = re.compile(r"\bfrom\s+$", re.I)
TO = re.compile(r"\bto\s+$", re.I)
CHANGE = re.compile(r"(?:\b(?:decrease|reduction|drop|fall|decline|cut|increase|rise|growth|gain)\s+of\s+"
                    r"|\b(?:down|up)\s+(?:by\s+)?|\b(?:decreasing|falling|dropping|declining|increasing|rising|"
                    r"growing)\s+(?:by\s+)?)$", re.I)


# what text before a figure must end with (white space aside, lower-cased) for CHANGE to match
CHANGE_ENDS = ("of", "by", "down", "up", "ing")


# an average over years: before the change ("an average annual growth of", "at an annual rate of")
# or after it ("5.1 percent a year")
ANNUAL_BEFORE = re.compile(r"\b(?:annual|annually|yearly|per\s+annum|a\s+year|per\s+year|each\s+year)\b[^,;.]{0,30}$", re.I)
ANNUAL_AFTER = re.compile(r"\s*(?:a\s+year|per\s+year|each\s+year|annually|yearly|per\s+annum|on\s+average\s+each\s+year)\b", re.I)
# a period of years in the sentence ("in five years", "over the past 4 years")
PERIOD_BEFORE = re.compile(r"\b(?:in|over|within|during|for)\s+(?:the\s+)?(?:past\s+|last\s+|next\s+|following\s+)?$", re.I)
# the change before its pair: "rose by 40% from 9,400 yuan to 13,160 yuan"
VERB_BEFORE = re.compile(r"\b(?:rose|risen|rising|increased|increasing|grew|grown|growing|fell|fallen|falling|dropped|"
                         r"dropping|declined|declining|decreased|decreasing|went\s+(?:up|down))\s+(?:by\s+)?$", re.I)
FROM_AFTER = re.compile(r"\s+from\s+", re.I)
# a change in real terms (prices taken out) or at comparable prices is not the arithmetic of the
# nominal pair: "from 6,079 yuan to 11,567 yuan, an average annual real increase of 9.7 percent"
REAL_TERMS = re.compile(r"\b(?:real|in\s+real\s+terms|(?:at|in)\s+(?:comparable|constant)\s+prices|inflation[- ]adjusted|"
                        r"(?:after|allowing\s+for|adjusting\s+for|excluding|net\s+of)\s+(?:the\s+)?(?:inflation|price))\b", re.I)


def _change_before(text, lo, hi):
    """CHANGE.search(text, lo, hi), skipped when the words its matches end with are not there
    (re's \\s is str.isspace, so rstrip() strips the white space CHANGE allows)."""
    window = text[lo:hi]
    if not window[-1:].isspace():
        return None
    tail = window.rstrip()[-4:]
    if tail.isascii() and not tail.lower().endswith(CHANGE_ENDS):
        return None
    return CHANGE.search(text, lo, hi)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


def run(rule, ctx):
    for seg in ctx.segments:
        text, sentences = seg.text, by_sentence(ctx, seg)
        # every finding needs "from" before its pair (_pair's FROM, inside the sentence): only the
        # sentences holding the word are walked (its offsets are TC315's, shared in the memo; the
        # change words were no use as a filter: "up" is everywhere)
        from_at = cue_hits(ctx, seg, ("from",))
        for a, b, qs in map(sentences.__getitem__, range(len(sentences)) if from_at is None else sentences.at(from_at)):
            if len(qs) < 2:
                continue  # a change and a pair before it (a "from ... to" range at least)
            # (a period, "in four years", is not one of the figures compared: _years reads it)
            figures = [q for q in qs if not q.is_label and q.value is not None and not _period(text, q)]
            for i, c in enumerate(figures):
                if c.kind == "range":
                    continue
                pair = None
                if i >= 1 and _change_before(text, max(a, c.start - 30), c.start):
                    pair = _pair(text, a, figures[max(0, i - 2):i])
                if pair is None and c.kind == "percent" and FROM_AFTER.match(text, c.end) \
                        and VERB_BEFORE.search(text, max(a, c.start - 30), c.start):
                    pair = _pair(text, a, figures[i + 1:i + 3])
                if pair is None:
                    continue
                low, high = pair
                if REAL_TERMS.search(text, max(a, c.start - 40), min(b, c.end + 40)):
                    continue
                annual = (ANNUAL_BEFORE.search(text, max(a, c.start - 60), c.start) is not None
                          or ANNUAL_AFTER.match(text, c.end) is not None)
                if annual:
                    found = _check_annual(text, a, b, qs, low, high, c)
                    if found:
                        said, years = found
                        yield rule.finding(seg, c.num_start, scale_end(text, c), suggestions=(said,),
                                           message="“{text}”: from {low} to {high} in {years} years is an average "
                                                   "annual change of {diff}.",
                                           low=low.text, high=high.text, diff=said + ("%" if c.kind == "percent" else ""),
                                           years=years)
                    continue
                diff = _check(low, high, c)
                if diff:
                    if c.kind == "percent" and c.unit != "percentage point":
                        said = diff + "%"
                    else:
                        said = diff + (" percentage points" if c.kind == "percent" else "")
                    yield rule.finding(seg, c.num_start, scale_end(text, c), suggestions=(diff,),
                                       low=low.text, high=high.text, diff=said)


def _pair(text, a, before):
    """The 'from ... to ...' pair just before the change: two figures, or one rising range
    ("from 18,240 to 26,510" is read as a range)."""
    if before and before[-1].kind == "range" and FROM.search(text, max(a, before[-1].start - 10), before[-1].start):
        r = before[-1]
        low_text, high_text = r.number, group(plain(r.high))
        return (replace(r, kind="count", high=None, text=low_text),
                replace(r, value=r.high, kind="count", high=None, text=high_text, number=plain(r.high)))
    if len(before) == 2 and before[0].kind != "range" and before[1].kind != "range":
        low, high = before
        if FROM.search(text, max(a, low.start - 10), low.start) and TO.search(text, max(a, high.start - 10), high.start):
            return low, high
    return None


def _ulp(q) -> Decimal:
    """Half the rounding step of a figure as written: '7.45 million' -> 5,000."""
    decimals = len(q.number.partition(".")[2])
    step = Decimal(1).scaleb(-decimals)
    if q.scale and q.scale.lower() in SCALES:
        step *= SCALES[q.scale.lower()]
    return step / 2


def _check(low, high, c):
    """The difference of the pair, written like the change, when the change does not match it."""
    if c.kind == "percent" and c.unit != "percentage point":
        return _check_relative(low, high, c)
    if low.kind == "percent" or high.kind == "percent":
        if not (low.kind == high.kind == "percent" and c.kind == "percent" and c.unit == "percentage point"):
            return None
        if low.unit == "percentage point" or high.unit == "percentage point":
            return None
        value = c.value
    else:
        if low.kind != high.kind or c.kind not in (low.kind, "count") or (low.unit or "") != (high.unit or ""):
            return None
        if c.kind == "count" and c.unit is not None and c.unit != low.unit:
            return None
        value = c.value
        pair_scale = high.scale or low.scale
        if not c.scale and pair_scale and pair_scale.lower() in SCALES and c.value < 1000:
            value = c.value * SCALES[pair_scale.lower()]  # "a decrease of 1.78": TC314's slip, read here as meant
    diff = abs(high.value - low.value)
    if abs(diff - value) <= _ulp(low) + _ulp(high) + _ulp(c):
        return None
    return _say(diff, c, high)


def _say(value: Decimal, c, like) -> str:
    if c.kind == "percent":
        return plain(value)
    scale = c.scale or like.scale
    if scale and scale.lower() in SCALES:
        return f"{plain(value / SCALES[scale.lower()])} {scale}"
    return group(plain(value))


def _same_measure(low, high) -> bool:
    """Two figures of one measure: the same kind and unit, neither a change in points."""
    return (low.kind == high.kind and low.kind not in ("range", "fraction") and (low.unit or "") == (high.unit or "")
            and low.unit != "percentage point" and low.value > 0 and high.value >= 0)


def _corners(low, high):
    """The pair's values at the ends of their rounding (as floats): [(l, h), ...]."""
    lv, hv, ul, uh = float(low.value), float(high.value), float(_ulp(low)), float(_ulp(high))
    return [(lv + dl, hv + dh) for dl in (-ul, ul) for dh in (-uh, uh) if lv + dl > 0]


def _within(value: float, candidates, slack: float) -> bool:
    """``value`` lies within ``slack`` of the span of ``candidates``."""
    return bool(candidates) and min(candidates) - slack <= value <= max(candidates) + slack


def _check_relative(low, high, c):
    """A change in per cent: relative to the first figure (of two percentages, it may also be the
    difference in points). The relative change, written like the stated one, when neither fits."""
    if not _same_measure(low, high) or c.approx or c.value > 1000:
        return None
    stated, slack = float(c.value), float(_ulp(c)) + 1e-9
    rel = [abs(h - l) / l * 100 for l, h in _corners(low, high)]
    if _within(stated, rel, slack):
        return None
    if low.kind == "percent":
        points = [abs(h - l) for l, h in _corners(low, high)]
        if _within(stated, points, slack):
            return None
    return _rounded(abs(float(high.value) - float(low.value)) / float(low.value) * 100, c)


def _rounded(value: float, c) -> str:
    """``value`` with as many decimals as the stated figure ``c`` (at least one below 10)."""
    decimals = max(len(c.number.partition(".")[2]), 1 if value < 10 else 0)
    return f"{value:.{decimals}f}"


def _years(text, a, b, qs, low, high, c):
    """The years of the change and whether they are exact: the years the pair is dated with
    ("from 13,200 yuan in 2020 to 18,600 yuan in 2025"), else a stated period in the sentence
    ("in five years"); None when the sentence gives neither."""
    first = [q for q in qs if q.kind == "year" and low.end <= q.start < high.start]
    second = [q for q in qs if q.kind == "year" and high.end <= q.start < max(c.start, high.end + 40)]
    if len(first) == 1 and len(second) == 1 and second[0].value > first[0].value:
        return int(second[0].value - first[0].value), True
    for q in qs:
        if _period(text, q) and 1 < q.value <= 30 and PERIOD_BEFORE.search(text, max(a, q.num_start - 30), q.num_start):
            return int(q.value), False
    return None


YEARS_AFTER = re.compile(r"\s+years?\b", re.I)


def _period(text, q) -> bool:
    """A count of years ("four years", "5 years"): a period, not a measure."""
    return (q.kind == "count" and q.value is not None and not q.scale
            and (q.unit in ("years", "year") or (q.unit is None and YEARS_AFTER.match(text, q.end) is not None)))


def _check_annual(text, a, b, qs, low, high, c):
    """An average annual change against the pair and the years between them: compound or simple;
    (the compound rate written like the stated one, the years) when neither fits."""
    if not _same_measure(low, high) or c.approx or low.kind == "percent":
        return None
    got = _years(text, a, b, qs, low, high, c)
    if got is None:
        return None
    years, exact = got
    spans = (years,) if exact else tuple(n for n in (years - 1, years, years + 1) if n > 0)
    stated, slack = float(c.value), float(_ulp(c)) + 1e-9
    corners = _corners(low, high)
    if c.kind == "percent":
        if c.unit == "percentage point" or c.value > 200:
            return None
        # one reading per number of years and way of averaging, each a span over the rounding
        readings = [[abs((h / l) ** (1 / n) - 1) * 100 for l, h in corners] for n in spans]
        readings += [[abs(h - l) / l * 100 / n for l, h in corners] for n in spans]
    else:
        if c.kind not in (low.kind, "count") or (c.kind == "count" and c.unit not in (None, low.unit)):
            return None
        if not c.scale and (high.scale or low.scale) and float(c.value) < 1000:
            return None  # a bare annual change beside a scaled pair: TC314's to judge
        readings = [[abs(h - l) / n for l, h in corners] for n in spans]
    if any(_within(stated, r, slack) for r in readings):
        return None
    lv, hv = float(low.value), float(high.value)
    if c.kind == "percent":
        return _rounded(abs((hv / lv) ** (1 / years) - 1) * 100, c), years
    return _say(Decimal(str(round(abs(hv - lv) / years, 6))), c, high), years
