"""A share stated beside its part and its whole that the two figures do not give: "Of the 2,000
households surveyed, 500 were registered as poor, accounting for 40 percent" (500 of 2,000 is 25
percent); "250 villages, and 200 of them, or 60 percent" (80 percent).

Only structures that name the whole for certain are read, in one sentence: "Of (the) W ..., A ...",
"A of (the) W ...", "W ..., A of them/these/which/whom ...", "W ..., of which/among them A ...";
the share must follow the part at once ("A ..., or P%", "A (P%)", "A ..., accounting for / making up /
representing P%") with no other figure between them, and must not name a whole of its own ("P% of
the county's poor"). The part and the whole are of one kind (both sums of money, or counts of the same
noun or of none), neither is hedged ("about", "more than"), and the share is reported only when no
rounding of the three figures as written can reconcile them.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..lazymodel import BaseModel, ConfigDict

from ..lang.en_nouns import singularise
from ._numbers import by_sentence, kind_index, quantities

SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences")

# between the part and its share (the part's own words, up to a comma), then the share's cue
SHARE_CUE = re.compile(r"(?:[^,;()%\d]{0,50},\s*(?:or|accounting\s+for|making\s+up|representing|i\.e\.|that\s+is"
                       # "2,430 of whom found jobs, a placement rate of 76.5 percent"
                       # (not a rate of change: "a growth rate of 12 percent")
                       r"|an?\s+(?!(?:\w+\s+)?(?:growth|increase|decrease|change|interest|inflation|tax|annual|average|"
                       r"drop|decline|rise)\b)(?:[a-z-]+\s+){0,2}(?:rate|share|proportion|percentage)\s+of)"
                       r"|\s*\()\s*$", re.I)
OWN_WHOLE = re.compile(r"\s+of\s+(?!the\s+(?:total|whole)\b|them\b|these\b|all\b)"
                       # ... or a change or comparison after the share ("12 percent over 2018", "more than")
                       r"|\s*(?:over|than|from|higher|lower|more|less|up|down|year-on-year|a\s+year|annually|"
                       r"per\s+(?:year|annum))\b", re.I)
OF_WHOLE_FIRST = re.compile(r"(?:^|[.;]\s+|\n)\s*Of\s+(?:the\s+|these\s+|all\s+)?$")
# "A of (the) W", "103 of the village's 412 households"
PART_OF = re.compile(r"\s+of\s+(?:the\s+|these\s+|all\s+|its\s+|their\s+|the\s+[a-z]+['’]s\s+)?$")
OF_THEM = re.compile(r"\s+(?:of\s+(?:them|these|those|which|whom)|among\s+them)\b")
OF_WHICH_BEFORE = re.compile(r"(?:of\s+(?:which|whom)|among\s+(?:them|which|whom))\s+$")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _error(q) -> Decimal:
    """Half a unit of the last digit written: the rounding a figure as written allows."""
    digits = q.number.replace(",", "")
    places = len(digits.split(".")[1]) if "." in digits else 0
    half = Decimal(5) / Decimal(10) ** (places + 1)
    if q.scale and q.value is not None and q.number:
        half *= q.value / Decimal(digits)  # (in the figure's scale)
    return half


def _kind(q) -> str | None:
    if q.kind == "money":
        return "money:" + (q.unit or "")
    if q.kind == "count":
        return "count:" + (singularise(q.unit.lower()) if q.unit else "")
    return None


def _same_kind(part, whole) -> bool:
    a, b = _kind(part), _kind(whole)
    if a is None or b is None:
        return False
    return a == b or a == "count:" or (a.startswith("money:") and b.startswith("money:") and a[6:] in ("", b[6:]))


def _whole_of(text: str, qs, i: int):
    """The whole of the part ``qs[i]`` by the structures of the module's doc, or None."""
    part = qs[i]
    # "A of (the) W"
    if i + 1 < len(qs) and PART_OF.fullmatch(text, part.end, qs[i + 1].start):
        return qs[i + 1]
    # "Of (the) W ..., A" / "W ..., A of them" / "W ..., of which A": the figure before the part
    if i == 0:
        return None
    whole = qs[i - 1]
    if OF_WHOLE_FIRST.search(text, max(0, whole.start - 40), whole.start):
        return whole
    if OF_THEM.match(text, part.end) or OF_WHICH_BEFORE.search(text, max(0, part.start - 20), part.start):
        return whole
    return None


def run(rule, ctx):
    for seg in ctx.segments:
        text, all_qs, sentences = seg.text, quantities(ctx, seg), by_sentence(ctx, seg)
        percents = kind_index(all_qs).get("percent", ())
        for k in sentences.holding(percents):
            qs = [q for q in sentences[k][2] if q.kind in ("count", "money", "percent")]
            for j, share in enumerate(qs):
                if share.kind != "percent" or j == 0 or share.value is None or share.unit == "percentage point":
                    continue
                part = qs[j - 1]
                if part.kind == "percent" or not SHARE_CUE.search(text, max(0, part.end), share.start) \
                        or OWN_WHOLE.match(text, share.end):
                    continue
                if j >= 2 and PART_OF.fullmatch(text, qs[j - 2].end, part.start):
                    part, whole = qs[j - 2], part  # "A of the W ..., or P"
                else:
                    whole = _whole_of(text, qs, j - 1)
                if whole is None or whole.kind == "percent" or whole.approx or part.approx or share.approx \
                        or whole.high is not None or part.high is not None or not _same_kind(part, whole):
                    continue
                if not whole.value or part.value is None or part.value > whole.value:
                    continue
                ea, ew, ep = _error(part), _error(whole), _error(share)
                lo = (part.value - ea) / (whole.value + ew) * 100
                hi = (part.value + ea) / (whole.value - ew) * 100 if whole.value > ew else Decimal("Infinity")
                if share.value + ep + 1 < lo or share.value - ep - 1 > hi:
                    actual = part.value / whole.value * 100
                    yield rule.finding(seg, share.start, share.end, part=part.text, whole=whole.text,
                                       actual=f"{actual:.1f}".rstrip("0").rstrip("."))
