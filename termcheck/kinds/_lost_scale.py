"""TC314's half of number_plausibility: a scale word lost from a sum of money with decimals or
from the second figure of a change pair (see number_plausibility's docstring)."""
from __future__ import annotations

from collections import Counter

import regex

from ..lang.quantity import SCALES
from ._numbers import by_sentence, kind_index, quantities

PER_ITEM_AFTER = regex.compile(r"[ ]?(?:/|(?:per|a|an|each|every)\b|for\ each\b|on\ average\b)", regex.X | regex.I)
PER_ITEM_BEFORE = regex.compile(r"\b(?:average|averag\w*|per\ capita|per|each|every|price\w*|cost\w*\ of|fee\w*|"
                                r"rate|wage\w*|salar\w*|standard|subsid\w*\ of|interest)\b[^.;!?]{0,80}$",
                                regex.X | regex.I)
# a ratio of sums: "every yuan of fiscal funds attracted 2.3 yuan", "2.5 yuan for every yuan raised"
PER_YUAN = regex.compile(r"\b(?i:every|each|per|a|one|1)\ (?:yuan|Yuan|RMB|dollar)\b", regex.X)
PAIR_TO = regex.compile(r"\bto\s+$", regex.I)
PAIR_CHANGE = regex.compile(r"\b(?:decrease|reduction|drop|fall|decline|cut|increase|rise|growth|gain)\s+of\s+$"
                            r"|\b(?:decreas\w*|reduc\w*|fell|fall\w*|dropp?\w*|declin\w*|cut|increas\w*|rose|ris\w*|"
                            r"grew|grow\w*)\s+by\s+$|\b(?:down|up)\s+$", regex.I)  # not "approved by 35 of the 40"
PAIR_FROM = regex.compile(r"\bfrom\s+$", regex.I)


def _money_scale(ctx) -> str:
    counts = Counter(q.scale.lower() for seg in ctx.segments for q in quantities(ctx, seg)
                     if q.kind == "money" and q.scale and q.scale.lower() in SCALES)
    return counts.most_common(1)[0][0] if counts else "million"


def lost_scale(rule, ctx):
    doc_scale = None
    for seg in ctx.segments:
        text, all_qs, sentences = seg.text, quantities(ctx, seg), by_sentence(ctx, seg)
        # the sentences with a figure either test below may report, in order
        index = kind_index(all_qs)
        some = sorted(i for kind in ("money", "count") for i in index.get(kind, ()) if _may_report(all_qs[i]))
        for a, b, qs in map(sentences.__getitem__, sentences.holding(some)):
            for i, q in enumerate(qs):
                if q.scale or q.words or q.value is None or q.kind not in ("money", "count"):
                    continue
                if q.kind == "count" and q.unit is None:  # (_pair_scale's first test)
                    prev = next((p for p in reversed(qs[:i]) if not p.is_label), None)
                    pair = _pair_scale(text, a, q, prev)
                else:
                    pair = None
                if pair:
                    yield _lost(rule, seg, q, pair)
                    continue
                if q.kind != "money" or "." not in q.number or not 1 <= q.value < 1000:
                    continue  # "7,653.5 yuan" is a precise amount, not one that lost its scale
                if (PER_ITEM_AFTER.match(text, max(q.end, q.num_end))
                        or PER_ITEM_BEFORE.search(text, max(a, q.start - 100), q.start)
                        or PER_YUAN.search(text, a, b)):
                    continue
                scaled = [p for p in qs if p.kind == "money" and p.scale and p.scale.lower() in SCALES]
                by_average = _scale_from_average(text, qs, q)
                if by_average:
                    scale = by_average
                elif scaled:
                    scale = max(scaled, key=lambda p: p.value).scale.lower()
                else:
                    doc_scale = doc_scale or _money_scale(ctx)
                    scale = doc_scale
                yield _lost(rule, seg, q, scale)


def _may_report(q) -> bool:
    """A figure lost_scale may report: a bare count (a change pair's second figure) or a sum of
    money with decimals from 1 to 1,000, without a scale word."""
    if q.scale or q.words or q.value is None:
        return False
    if q.kind == "count":
        return q.unit is None
    return q.kind == "money" and "." in q.number and 1 <= q.value < 1000


AVERAGE_OF = regex.compile(r"\b(?:an\ )?average\ of\ (?:about\ )?$", regex.X | regex.I)


def _scale_from_average(text, qs, q) -> str | None:
    """'loans of RMB 12.68 to 276,000 households, an average of RMB 45,900 each': the scale that
    makes the sum the count times the average (within 5%)."""
    avg = next((x for x in qs if x.kind == "money" and x is not q and x.value
                and AVERAGE_OF.search(text, max(0, x.start - 20), x.start)), None)
    counts = sorted((x for x in qs if x.kind == "count" and x.unit and x.value and x.value > 1),
                    key=lambda x: abs(x.start - q.end))  # the count nearest the sum
    if avg is None or not counts:
        return None
    product = avg.value * counts[0].value
    for word, mult in SCALES.items():
        if abs(q.value * mult - product) <= product / 20:
            return word
    return None


def _pair_scale(text, a, q, prev) -> str | None:
    """The scale word a change pair gives a bare figure: 'from 3.4 million ... to 1.26'."""
    if q.kind != "count" or q.unit is not None or prev is None or not prev.scale or prev.value is None:
        return None
    if prev.scale.lower() not in SCALES or prev.kind not in ("count", "money"):
        return None
    before = text[max(a, q.start - 30):q.start]
    if PAIR_TO.search(before):
        if not PAIR_FROM.search(text, max(a, prev.start - 30), prev.start):
            return None
    elif not PAIR_CHANGE.search(before):
        return None
    if q.value == 0 or prev.value / q.value < 1000:
        return None
    return prev.scale.lower()


def _lost(rule, seg, q, scale):
    return rule.finding(seg, q.num_start, q.num_end, suggestions=(f"{q.number} {scale}",), scale=scale,
                        what="sum of money" if q.kind == "money" else "figure")
