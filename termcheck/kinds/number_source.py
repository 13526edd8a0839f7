"""Numbers checked against the Chinese source of an aligned segment.

Every quantity of the source must appear in the target with the same value, whatever the
notation (1356万 = 13.56 million = 13,560,000; 百分之六十五 = 65%; 二〇一一年 = 2011).
``report`` picks what a rule reports:

- ``missing``: a source quantity with no counterpart in the target (omission);
- ``value``: a target quantity of the same sort with a different value; the message and the
  suggestion give the expected English value ("source 1356万 = 13.56 million");
- ``scale``: a target figure that lost its scale word ("13.56" for 1356万);
- ``extra``: a figure in the target (digits) with no counterpart in the source;
- ``hedge``: a figure of equal value that the source hedges (近, 多, 余, 约, 以上, 左右) and the
  target states exactly, or the reverse, or hedged the other way ("more than" for 近);
- ``order``: values after 分别 that the target's "respectively" list gives in another order.

A lone 一 (often rendered "a"/"an") is never required in the target, nor is 100% when the target
says "all", "every", "fully" or the like.
"""
from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from ..lazymodel import BaseModel, ConfigDict

from ..lang import zh_numbers
from ..lang.en_numbers import MONTHS
from ..lang.quantity import plain, render_en, same_value

MONTH_NAMES = {n: name for name, n in MONTHS.items()}
from ._numbers import quantities, scale_end

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered", "number_source")

SCALE_POWERS = (3, 4, 6, 8, 9, 12)
LATIN = re.compile(r"[A-Za-z]")
# 100% (全部, 百分之百) is as often rendered by a word of totality as by the figure
WHOLE = re.compile(r"\b(?:all|every|each|whole|entire|entirely|fully|full|universal|complete|completely)\b", re.I)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    report: Literal["missing", "value", "scale", "extra", "hedge", "order"]


def _atoms(q, source: bool):
    """(class, value, family) of each value a quantity states."""
    if q.kind in ("phone", "code"):
        return []
    if q.kind == "date":
        y, mo, d = (tuple(q.parts) + (None, None, None))[:3]
        return [a for a in (("num", y, "year"), ("month", mo, "month"), ("day", d, "day")) if a[1]]
    if q.kind == "docnumber":
        out = [("num", q.value, "doc")]
        if q.parts and q.parts[0]:
            out.append(("num", q.parts[0], "year"))
        return out
    family = {"money": "money", "percent": "percent", "area": "area", "year": "year",
              "ordinal": "ordinal", "fraction": "fraction"}.get(q.kind, "count")
    vals = [q.value] + ([q.high] if q.high is not None else [])
    if q.kind == "range" and q.unit == "year":
        family = "year"
    if source and q.value == 1 and not q.number[:1].isdigit():
        return []
    return [("num", v, family) for v in vals if v is not None and v != 0]


def analyse(seg, target_quantities):
    """[(report, start, end, vars)] for one bilingual segment."""
    src = [(q, a) for q in zh_numbers.parse_quantities(seg.source or "") for a in _atoms(q, True)]
    tgt = [(q, a) for q in target_quantities for a in _atoms(q, False)]
    used_t: set[int] = set()
    left_s = []
    matched = []
    for sq, (cls, v, fam) in src:
        hit = next((i for i, (tq, (c2, v2, f2)) in enumerate(tgt)
                    if i not in used_t and c2 == cls and _equal(v, v2)), None)
        if hit is None:
            left_s.append((sq, cls, v, fam))
        else:
            used_t.add(hit)
            matched.append((sq, tgt[hit][0]))
    out = _hedges(seg, matched) + _order(seg, matched)
    still = []
    missing = []
    for sq, cls, v, fam in left_s:
        hit = None
        if cls == "num":
            hit = next((i for i, (tq, (c2, v2, f2)) in enumerate(tgt)
                        if i not in used_t and c2 == "num" and not tq.scale and not tq.is_label
                        and v2 == tq.value and any(_equal(v, v2 * (10 ** k)) for k in SCALE_POWERS)), None)
        if hit is not None:
            used_t.add(hit)
            tq = tgt[hit][0]
            out.append(("scale", tq.num_start, tq.num_end, _vars(sq, cls, v, tq)))
        else:
            still.append((sq, cls, v, fam))
    for sq, cls, v, fam in still:
        hit = next((i for i, (tq, (c2, v2, f2)) in enumerate(tgt)
                    if i not in used_t and c2 == cls and f2 == fam and (not tq.words or fam == "fraction")), None)
        if hit is not None:
            used_t.add(hit)
            tq = tgt[hit][0]
            if tq.kind == "date":  # the date's parts have no spans of their own: report the whole date
                found = _vars(sq, cls, v, tq) | {"suggestion_text": None}
                out.append(("value", tq.start, tq.end, found))
            else:
                out.append(("value", tq.num_start, scale_end(seg.text, tq), _vars(sq, cls, v, tq)))
        elif fam == "percent" and v == 100 and WHOLE.search(seg.text):
            continue
        else:
            missing.append((sq, _vars(sq, cls, v, None)))
    if missing:  # one finding per segment: findings on one span would be merged as duplicates
        a, b = _trimmed(seg.text)
        figures = ", ".join(f"“{v['src']}” ({v['expected']})" for _, v in missing)
        first = missing[0][0]
        out.append(("missing", a, b, {"figures": figures, "count": len(missing),
                                      "source_span": (first.start, first.end)}))
    for i, (tq, (cls, v, fam)) in enumerate(tgt):
        if i in used_t or cls != "num" or tq.words or not tq.number[:1].isdigit() or v <= 1:
            continue  # "No. 1" for 一号: a lone one is as unreliable here as in the source
        if re.search(rf"(?<![\d.]){re.escape(tq.number)}(?![\d.])", seg.source or ""):
            continue  # the same digits stand in the source (a code, a model number)
        out.append(("extra", tq.start, tq.end, {"value": plain(v)}))
    return out


# approximators by what they say of the true figure; 多达 ("as many as") and "up to" stress a
# figure rather than hedge it, so they are compared with nothing
SOURCE_HEDGE = {"近": "below", "将近": "below", "不到": "below", "不足": "below", "多": "above", "余": "above",
                "超过": "above", "逾": "above", "约": "about", "以上": "above", "左右": "about", "上下": "about",
                "不低于": "above", "不少于": "above", "至少": "above", "不超过": "below", "最多": "below",
                "以下": "below", "以内": "below"}
TARGET_HEDGE = {"nearly": "below", "almost": "below", "close to": "below", "under": "below", "less than": "below",
                "fewer than": "below", "below": "below", "more than": "above", "over": "above", "above": "above",
                "exceeding": "above", "in excess of": "above", "at least": "above", "about": "about",
                "around": "about", "approximately": "about", "roughly": "about", "some": "about",
                "an estimated": "about", "no less than": "above", "not less than": "above",
                "no fewer than": "above", "not fewer than": "above", "no more than": "below",
                "not more than": "below"}
# a verb that hedges the figure after it: "exceeded 500 million", "approached 2,000"
TARGET_HEDGE_VERB = re.compile(r"\b(?:(?P<above>exceed\w*|surpass\w*|topp\w*|top)|(?P<below>approach\w*|nearing)|"
                               r"(?P<about>estimated\ at))\s+(?:a\ total\ of\s+|RMB\s?)?$", re.X | re.I)
SOURCE_PREFIX = re.compile(r"(?:(?P<about>约|大约|大概)|(?P<below>近|将近|接近)|(?P<above>超过|逾))(?:有|为|计|达)$")
TIME_UNITS = {"年", "个月", "月", "天", "周", "届", "期", "次"}
HEDGE_WORD = {"below": "nearly", "above": "more than", "about": "about"}
SOURCE_SUFFIX = re.compile(r"(?:以上|左右|上下|以下|以内)")
RESPECTIVELY = re.compile(r"\brespectively\b")


def _hedges(seg, matched):
    """A figure the source hedges (近85万, 1200余, 约) and the target states exactly, or the
    reverse ("more than 690 million" for 6.9亿), or hedged the other way (近 as "more than")."""
    out = []
    for sq, tq in matched:
        if sq.kind in ("date", "year", "docnumber", "ordinal") or tq.is_label:
            continue
        sh = SOURCE_HEDGE.get(sq.approx or "")
        suffix = SOURCE_SUFFIX.match(seg.source, sq.end)
        if suffix:
            sh = SOURCE_HEDGE[suffix.group()]
        if sh is None:  # 约有2000户, 接近3万人: a hedge a word before the figure
            pre = SOURCE_PREFIX.search(seg.source, max(0, sq.start - 4), sq.start)
            sh = pre and next(k for k, v in pre.groupdict().items() if v)
        if (sq.approx in ("近", "将近") or sh == "below") and sq.unit in TIME_UNITS:
            sh = None  # 近三年: "the last three years", not a hedge
        th = TARGET_HEDGE.get(tq.approx or "")
        if th is None:
            verb = TARGET_HEDGE_VERB.search(seg.text, max(0, tq.start - 25), tq.start)
            th = verb and next(k for k, v in verb.groupdict().items() if v)
        if sh == th or "about" in (sh, th) and sh and th:
            continue
        bare = tq.text[len(tq.approx):].lstrip() if tq.approx else tq.text
        expected = f"{HEDGE_WORD[sh]} {bare}" if sh else bare
        said = "hedges" if sh else "states exactly"
        out.append(("hedge", tq.start, tq.end, {"src": sq.text + (suffix.group() if suffix else ""),
                                                 "expected": expected, "said": said,
                                                 "suggestion_text": expected}))
    return out


def _order(seg, matched):
    """分别 ... 10%和11.8% rendered "... 11.8% and 10% respectively": the values of a
    "respectively" list must keep the source's order."""
    if "分别" not in (seg.source or "") or not RESPECTIVELY.search(seg.text):
        return []
    out = []
    at = seg.source.index("分别")
    pairs = [(sq, tq) for sq, tq in matched if sq.start > at and not tq.is_label]
    pairs = [p for p in pairs if _same_clause(seg.source, at, p[0].start)]
    if len(pairs) < 2 or len({tq.kind for _, tq in pairs}) != 1:
        return out
    by_target = sorted(pairs, key=lambda p: p[1].start)
    if [id(p[0]) for p in by_target] != [id(p[0]) for p in pairs]:
        a, b = by_target[0][1].start, by_target[-1][1].end
        expected = " … ".join(tq.text for _, tq in sorted(pairs, key=lambda p: p[0].start))
        out.append(("order", a, b, {"src": "".join(sq.text + "、" for sq, _ in pairs).rstrip("、"),
                                    "expected": expected, "suggestion_text": None}))
    return out


def _same_clause(text, a, b) -> bool:
    return not re.search(r"[，。；;]", text[a:b])


def _equal(a, b) -> bool:
    return same_value(Decimal(a), Decimal(b))


def _vars(sq, cls, v, tq):
    """Message and replacement forms of the expected value: '13.56 million'; '65%' / '65'."""
    like = tq if tq is not None else sq
    if cls == "month":
        expected = replacement = MONTH_NAMES.get(v, str(v))
    elif isinstance(v, int) or like.kind in ("year", "docnumber", "ordinal", "date"):
        expected = replacement = plain(Decimal(v))
    elif like.kind == "fraction":
        f = Fraction(v).limit_denominator(100)
        expected = replacement = f"{f.numerator}/{f.denominator}"
    elif like.kind == "percent":  # the finding covers the numeral only, not the % sign
        replacement = plain(v)
        expected = replacement + ("%" if sq.unit == "%" else " percentage points")
    else:
        expected = replacement = render_en(v)
    return {"src": sq.text, "expected": expected, "suggestion_text": replacement}


def _trimmed(text):
    a = len(text) - len(text.lstrip())
    b = len(text.rstrip())
    return (a, b) if b > a else (0, len(text))


def run(rule, ctx):
    p: Params = rule.params
    for seg in ctx.segments:
        if not seg.source or not LATIN.search(seg.text):
            continue  # an empty or untranslated target is reported by the untranslated rules
        for report, start, end, v in ctx.memoize(("number_source", seg.id),
                                                  lambda: analyse(seg, quantities(ctx, seg))):
            if report != p.report:
                continue
            v = dict(v)
            src_span = v.pop("source_span", None)
            sugg = v.pop("suggestion_text", None)
            f = rule.finding(seg, start, end, suggestions=(sugg,) if sugg and report != "missing" else (), **v)
            yield f.with_(source_span=src_span) if src_span else f
