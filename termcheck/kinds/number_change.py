"""A change stated three ways must add up: "fell from 9.23 million to 7.45 million, a decrease of
1.78 million"; "dropped from 26.8% to 21.3%, down 5.5 percentage points".

In one sentence, a figure after "from", the next one after "to", and then a figure after "a
decrease/reduction/increase ... of", "down", "up" or "by" are compared: the third must equal the
difference of the first two within the rounding of the three figures. A change of percentages is
checked only when it is given in percentage points; a percentage change of two other figures ("from
2,000 yuan to 3,000 yuan, up 50%") is checked as a relative change, or as an average annual rate when
the change says so ("an average annual growth of 7.1 percent") and both figures name their years
("from 13,200 yuan in 2020 to 18,600 yuan in 2025"; years are not figures of the pair). A bare third
figure is read with the scale of the pair when the pair has one (TC314 reports the lost word).
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
            # (years are not figures of the pair: "from 13,200 yuan in 2020 to 18,600 yuan in 2025")
            figures = [q for q in qs if not q.is_label and q.value is not None and q.kind not in ("year", "date")]
            for i, c in enumerate(figures):
                if i < 1 or c.kind == "range" or not _change_before(text, max(a, c.start - 30), c.start):
                    continue
                pair = _pair(text, a, figures[max(0, i - 2):i])
                if pair is None:
                    continue
                low, high = pair
                if c.kind == "percent" and c.unit != "percentage point" and low.kind != "percent":
                    # "from 7.34 million to 0.98 million, a decrease of 86.6%"; an average annual rate
                    diff, annual = _check_relative(text, a, low, high, c)
                    said = diff and diff + " percent" + (" a year on average" if annual else "")
                else:
                    diff = _check(low, high, c)
                    said = diff and diff + (" percentage points" if c.kind == "percent" else "")
                if diff:
                    yield rule.finding(seg, c.num_start, scale_end(text, c), suggestions=(diff,),
                                       low=low.text, high=high.text, diff=said)


def _pair(text, a, before):
    """The 'from ... to ...' pair just before the change: two figures, or one rising range
    ("from 18,240 to 26,510" is read as a range)."""
    if before and before[-1].kind == "range" and FROM.search(text, max(a, before[-1].start - 10), before[-1].start):
        r = before[-1]
        return replace(r, kind="count", high=None), replace(r, value=r.high, kind="count", high=None)
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


# an average or yearly rate ("an average annual growth of 7.1 percent"): not the change of the pair,
# but its rate per year, over the years named after the figures ("from X in 2020 to Y in 2025")
ANNUAL = re.compile(r"\b(?:annual|annually|yearly|a\s+year|per\s+year|per\s+annum|average|on\s+average)\b", re.I)
YEAR_AFTER = re.compile(r"\s+(?:in|at\s+the\s+end\s+of|by|as\s+of)\s+((?:19|20)\d\d)\b")


def _check_relative(text, a, low, high, c):
    """A percentage change of two figures of one kind ("from 9,400 to 13,160 yuan, up 40%"), or an
    average annual rate when the change says so and both figures name their years: the rate the
    figures give, written with the change's decimals, when the stated one is not within the rounding
    of the three figures."""
    if low.kind != high.kind or low.kind not in ("count", "money") or (low.unit or "") != (high.unit or "") \
            or not low.value or low.value <= 2 * _ulp(low) or low.approx or high.approx or c.approx:
        return None, False
    annual = ANNUAL.search(text, max(a, c.start - 40), c.end + 20)
    years = 1
    if annual:
        y1, y2 = YEAR_AFTER.match(text, low.end), YEAR_AFTER.match(text, high.end)
        if not (y1 and y2) or int(y2.group(1)) <= int(y1.group(1)):
            return None, False
        years = int(y2.group(1)) - int(y1.group(1))
    lo_a, lo_b = low.value - _ulp(low), low.value + _ulp(low)
    hi_a, hi_b = high.value - _ulp(high), high.value + _ulp(high)

    def rate(x, y):
        ratio = y / x
        return abs(float(ratio) ** (1 / years) - 1) * 100

    ends = [rate(x, y) for x in (lo_a, lo_b) for y in (hi_a, hi_b)]
    said, err = float(c.value), float(_ulp(c))
    if min(ends) - err - 0.1 <= said <= max(ends) + err + 0.1:
        return None, False
    actual = rate(low.value, high.value)
    decimals = len(c.number.partition(".")[2])
    return f"{actual:.{decimals}f}", bool(annual)


def _say(value: Decimal, c, like) -> str:
    if c.kind == "percent":
        return plain(value)
    scale = c.scale or like.scale
    if scale and scale.lower() in SCALES:
        return f"{plain(value / SCALES[scale.lower()])} {scale}"
    return group(plain(value))
