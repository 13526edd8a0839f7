"""Arithmetic a sentence states.

``check: parts``: a total followed by its parts ("a total of 520 million yuan, including 310
million ... and 260 million ..."; "48 counties, of which 25 ... and 19 ..."): parts adding up to
more than the total are reported; parts adding up to less are reported only after a cue that
lists every part ("of which", "namely", "consisting of" ...) and with no "other"/"etc.".
``check: share``: a percentage above 100 stated as a share of a whole ("accounting for 120% of
the total"). Completion and growth rates ("completing 130% of the scheduled task", "an increase
of 150%") are not shares and stay silent.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from ..lang.en_nouns import singularise
from ..lang.quantity import SCALES, group, plain
from ._numbers import by_sentence

CUE = regex.compile(r"(?:,|\s|\()\s*(?P<cue>including|of\ which|of\ whom|among\ which|among\ them|among\ whom|"
                    r"namely|consisting\ of|comprising|broken\ down\ into|divided\ into)\b", regex.X | regex.I)
EXHAUSTIVE = {"of which", "of whom", "namely", "consisting of", "comprising", "broken down into", "divided into"}
OPEN_LIST = regex.compile(r"\b(?:other|others|etc|among\ others|such\ as|mainly|mostly|partly)\b", regex.X | regex.I)
SHARE_BEFORE = regex.compile(r"\b(?:accounting|accounted|accounts|account|making\ up|made\ up|represent\w*|"
                             r"constitut\w*|share|proportion)\b[^.;%]{0,60}$", regex.X | regex.I)
WHOLE_AFTER = regex.compile(r"\s+of\s+(?:the\s+)?(?:total|all|whole|entire)\b", regex.I)
OF_AFTER = regex.compile(r"\s+of\s+(?P<np>[^,.;:()]{1,60})", regex.I)
NOT_A_SHARE = regex.compile(r"\b(?:task|target|plan|planned|goal|quota|schedul\w*|expect\w*|budget\w*|"
                            r"objective|increase|growth|level|last\ year|previous|the\ same\ period)\b", regex.X | regex.I)
PEOPLE = {"person", "resident", "farmer", "herdsman", "villager", "student", "pupil", "worker", "laborer",
          "labourer", "cadre", "official", "member", "volunteer", "household", "family", "migrant",
          "patient", "child", "woman", "man", "person-time", "teacher", "doctor"}
AGE_BEFORE = regex.compile(r"\b(?:aged|age|ages)\s+(?:\w+\s+)?$", regex.I)
AGE_AFTER = regex.compile(r"[\s-]*(?:years?[\s-]+(?:old|of\s+age)|-year-old)", regex.I)
CHANGE_BEFORE = regex.compile(r"\b(?:increase\w*|grow\w*|grew|rise|rose|up|higher|more|growth|by|times|"
                              r"year-on-year|completion|complet\w*|fulfil\w*|exceed\w*)\b[^.;%]{0,12}$", regex.X | regex.I)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    check: Literal["parts", "share"] = "parts"


def run(rule, ctx):
    p: Params = rule.params
    for seg in ctx.segments:
        for a, b, qs in by_sentence(ctx, seg):
            if p.check == "share":
                yield from _shares(rule, seg, qs)
            else:
                yield from _parts(rule, seg, a, b, qs)


def _shares(rule, seg, qs):
    text = seg.text
    for q in qs:
        if q.kind != "percent" or q.unit == "percentage point" or q.value is None or q.value <= 100:
            continue
        whole = WHOLE_AFTER.match(text, q.end)
        before = SHARE_BEFORE.search(text, max(0, q.start - 70), q.start)
        of = OF_AFTER.match(text, q.end)
        if CHANGE_BEFORE.search(text, max(0, q.start - 30), q.start) and not whole:
            continue
        if whole or (before and not (of and NOT_A_SHARE.search(of.group("np")))
                     and not NOT_A_SHARE.search(before.group())):
            yield rule.finding(seg, q.start, q.end, value=plain(q.value))


def _compatible(text, total, part) -> bool:
    if part.is_label or part.kind in ("percent", "range") or part.value is None:
        return False
    if part.kind == "count" and part.unit is None and singularise(total.unit or "") in PEOPLE:
        return False  # people are counted along overlapping lines (women, the elderly, minorities)
    if part.kind == "count" and part.unit is None:
        # "of whom 600 were women and 500 were aged over 60": an age is not a part
        return not (AGE_BEFORE.search(text, max(0, part.start - 12), part.start)
                    or AGE_AFTER.match(text, part.end))
    if total.kind != part.kind:
        return False
    if total.kind == "count":
        return singularise(part.unit or "") == singularise(total.unit or "")
    return True


def _say(value: Decimal, like) -> str:
    if like.scale and like.scale.lower() in SCALES:
        return f"{plain(value / SCALES[like.scale.lower()])} {like.scale}"
    return group(plain(value))


def _parts(rule, seg, a, b, qs):
    text = seg.text
    for cue in CUE.finditer(text, a, b):
        before = [q for q in qs if q.end <= cue.start("cue") and not q.is_label and q.kind not in ("percent", "range")]
        if not before or cue.start("cue") - before[-1].end > 40:
            continue
        total = before[-1]
        stop = min([i for i in (text.find(";", cue.end(), b), text.find("；", cue.end(), b)) if i >= 0] or [b])
        nxt = CUE.search(text, cue.end(), stop)
        stop = nxt.start() if nxt else stop
        parts = [q for q in qs if cue.end() <= q.start < stop and _compatible(text, total, q)]
        if not parts or total.value is None or total.approx:
            continue
        if any(q.approx and q.approx not in ("more than", "over", "at least", "above", "exceeding") for q in parts):
            continue
        tail = text[cue.end():stop]
        total_sum = sum((q.value for q in parts), Decimal(0))
        parts_text = " + ".join(_say(q.value, total) for q in parts)
        if total_sum > total.value:
            yield rule.finding(seg, total.start, parts[-1].end, total=total.text, sum=_say(total_sum, total),
                               parts=parts_text, relation="more than")
        elif (total_sum < total.value and len(parts) >= 2 and cue.group("cue").lower() in EXHAUSTIVE
              and not OPEN_LIST.search(tail) and not any(q.approx for q in parts)):
            yield rule.finding(seg, total.start, parts[-1].end, total=total.text, sum=_say(total_sum, total),
                               parts=parts_text, relation="less than")
