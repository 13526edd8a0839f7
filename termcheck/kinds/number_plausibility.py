"""Is a quantity possible for what it measures?

``check: scale`` (a scale word lost; implemented in ``_lost_scale``):
- a sum of money with decimals and no scale word ("invested 3.82 yuan in village roads",
  "RMB 12.4 of funds"), unless it is a price, a ratio or an amount per item ("0.5 yuan per
  kilogram", "an average of 3.5 yuan", "every yuan attracted 2.3 yuan") or below one yuan;
- the second figure of a change pair with no unit and no scale word where the first has one, a
  factor of 1,000 or more apart ("fell from 3.4 million in 2010 to 1.26 in 2015", "dropped from
  9.2 million to 7.4 million, a decrease of 1.8").
The suggestion adds the scale word of the pair, the one that makes the sum a count times a
stated average, that of the largest sum in the sentence, or the one the document uses most.

``check: magnitude`` (a wrong scale word): a figure above what its unit, counted noun and
context can hold (``termcheck/lang/magnitudes.yml``: people, households, villages, farmland in
mu and hectares, km², road lengths, per capita income, a county's sums, amounts per county,
village or household), people per household out of bounds, a from-to pair 1,000 times apart
with one scale word, or a sum ten times larger than every other sum of the document. The
suggestion takes the scale word one step down.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang.quantity import group, plain, render_en
from ._lost_scale import lost_scale
from ._numbers import by_sentence, cue_hits, holds, kind_index, quantities

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered", "number_cue_hits")

DATA = Path(__file__).resolve().parent.parent / "lang" / "magnitudes.yml"

PAIR_TO = regex.compile(r"\bto\s+$", regex.I)
PAIR_FROM = regex.compile(r"\bfrom\s+$", regex.I)
EACH_AFTER = regex.compile(r"\s*(?:each|apiece|(?:per|for\ each|for\ every|to\ each)\s+(?P<noun>[a-z-]+))\b"
                           r"(?!\s+(?:year|month|week|day|quarter|season|time)s?\b)", regex.X | regex.I)  # not "each year"
DOWN = {"trillion": "billion", "billion": "million", "million": "thousand"}


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    check: Literal["scale", "magnitude"]


def _read_limits():
    import yaml

    return yaml.load(DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def _data() -> dict:
    """magnitudes.yml, parsed once and kept in the cache directory (marshal): a check does not
    import yaml."""
    from ..lang.lexicon import _cached

    return _cached("magnitudes", _read_limits, paths=[str(DATA)])


@lru_cache(maxsize=1)
def limits():
    data = _data()
    ranges = []
    for r in data["ranges"]:
        nouns = r.get("nouns")
        if isinstance(nouns, list):
            nouns = frozenset(nouns)
        elif nouns:
            nouns = re.compile(nouns, re.I)  # the stdlib compiles these simple patterns faster
        context = tuple(re.compile(r[k], re.X | re.I) if r.get(k) else None for k in ("before", "sentence", "unless"))
        ranges.append((r["kind"], frozenset(u.lower() for u in r.get("units", ())), nouns, r["scope"],
                       Decimal(str(r["max"])), r["reason"], context))
    each = [(re.compile(e["nouns"], re.I), Decimal(str(e["max"])), e["reason"]) for e in data["each"]]
    out, hs = data["outlier"], data["household_size"]
    return (re.compile(data["national_cue"], re.X | re.I), ranges, each,
            (Decimal(str(out["min_value"])), Decimal(str(out["factor"])), out["min_other"]),
            (Decimal(str(hs["min"])), Decimal(str(hs["max"])), hs["reason"]))


def run(rule, ctx):
    p: Params = rule.params
    if p.check == "scale":
        yield from lost_scale(rule, ctx)
    else:
        yield from _magnitude(rule, ctx)


def _scale_span(text, q):
    """(start, end) of the numeral and its scale word."""
    if q.scale:
        i = text.find(q.scale, q.num_end, q.end + 1)
        if i >= 0:
            return q.num_start, i + len(q.scale)
    return q.num_start, q.num_end


@lru_cache(maxsize=1)
def title_cues():
    """(national_title, local_title) of magnitudes.yml, compiled."""
    data = _data()
    return re.compile(data["national_title"], re.X | re.I), re.compile(data["local_title"], re.X | re.I)


TITLE_MAX_WORDS = 16


def _title_of(ctx):
    """(title, words) of the document: its first line, when short and not a sentence; else None."""
    segs = ctx.segments
    if not segs:
        return None
    title = segs[0].text.strip().split("\n", 1)[0].strip().strip("#").strip()
    words = title.split()
    if not words or len(words) > TITLE_MAX_WORDS or title.endswith((".", ";", ":")):
        return None
    return title, words


def _local_title(title: str, words: list[str]) -> bool:
    """The title names a place below the nation: a province, county ... or a romanised Chinese
    place name ("Guizhou's ..."; "China" is none)."""
    from ..lang.morph import tags
    from ..lang.pinyin import is_pinyin_name

    if title_cues()[1].search(title):
        return True
    # (an English word that happens to spell pinyin syllables, "Women" = wo-men, is no place: lemminflect
    # knows it as a noun, verb ...; it knows no Chinese place name)
    return any(w[:1].isupper() and w.rstrip("'’s").lower() != "china" and is_pinyin_name(w.split("'")[0].split("’")[0])
               and not tags(w.split("'")[0].split("’")[0].lower()) for w in words)


def national_document(ctx) -> bool:
    """The document's title (its first line, when short and not a sentence) speaks of the whole
    country and of no place below it (magnitudes.yml ``national_title``/``local_title``)."""
    t = _title_of(ctx)
    return t is not None and bool(title_cues()[0].search(t[0])) and not _local_title(*t)


@lru_cache(maxsize=1)
def body_cues():
    """(national_body, local_body) of magnitudes.yml, compiled."""
    data = _data()
    return re.compile(data["national_body"], re.X), re.compile(data["local_body"], re.X | re.I)


def national_body(ctx) -> bool:
    """A document titled by its subject alone (a title naming no place: "IV. Improving the Living
    Conditions of Rural Residents", a chapter of a white paper) whose text speaks of the central
    government or the whole country (``national_body``) and never of one province, county ... as
    its own (``local_body``: "the county", "this province"). Asked only when a local bound is crossed."""
    t = _title_of(ctx)
    if t is None or _local_title(*t):
        return False
    nat, local = body_cues()
    if any(local.search(seg.text) for seg in ctx.segments):
        return False
    return any(nat.search(seg.text) for seg in ctx.segments)


def _magnitude(rule, ctx):
    national, ranges, each, (min_value, factor, min_other), household = limits()
    doc_national = national_document(ctx)
    body_memo: list = []

    def body() -> bool:  # (the whole text is scanned once, and only when a local bound is crossed)
        if not body_memo:
            body_memo.append(national_body(ctx))
        return body_memo[0]
    # the ranges of each kind of quantity (in their order), and the lowest bound of each: a figure
    # at or below it crosses none
    by_kind: dict[str, list] = {}
    for r in ranges:
        by_kind.setdefault(r[0], []).append(r)
    lowest = {k: min(r[4] for r in rs) for k, rs in by_kind.items()}
    # per (kind, unit), the ranges whose unit and noun-set tests that unit passes, in order: those
    # tests only skip a range (as _range would), so _range walks fewer and returns the same
    of_unit: dict[tuple, list] = {}

    def ranges_for(kind, unit):
        key = (kind, unit)
        got = of_unit.get(key)
        if got is None:
            got = of_unit[key] = _unit_ranges(by_kind[kind], unit)
        return got
    money = []
    for seg in ctx.segments:
        qs = quantities(ctx, seg)
        money += [(seg, q) for q in map(qs.__getitem__, kind_index(qs).get("money", ())) if q.value is not None and q.value > 0]
    reported = set()
    for seg in ctx.segments:
        text, all_qs, sentences = seg.text, quantities(ctx, seg), by_sentence(ctx, seg)
        from_at = cue_hits(ctx, seg, ("from",))  # PAIR_FROM's word: sentences without it have no pair
        # the sentences that can give a finding, in order: those with a sum of money, a figure
        # above the lowest bound of its kind, a household figure, or "from"
        index, some, homes = kind_index(all_qs), [], []
        for kind in ("count", "money", "area"):
            low = lowest.get(kind)
            for i in index.get(kind, ()):
                q = all_qs[i]
                if kind == "count" and q.unit in HOUSEHOLDS:
                    homes.append(i)
                    some.append(i)
                elif kind == "money" or low is not None and q.value is not None and q.value > low:
                    some.append(i)
        some.sort()
        ks = (range(len(sentences)) if from_at is None
              else sorted(set(sentences.holding(some)).union(sentences.at(from_at))))
        with_homes = set(sentences.holding(homes))  # (the sentences holding a household figure)
        for k in ks:
            a, b, qs = sentences[k]
            nat = {}

            def is_national(a=a, b=b, nat=nat):  # the sentence is scanned only when a local bound is crossed
                if not nat:
                    nat[0] = doc_national or bool(national.search(text, a, b)) or body()
                return nat[0]
            for q in qs:
                if q.value is None or q.kind not in ("count", "money", "area") or q.words:
                    continue
                reason = (_range(text, a, b, q, ranges_for(q.kind, q.unit), is_national)
                          if q.kind in lowest and q.value > lowest[q.kind] else None)
                if not reason and q.kind == "money":
                    reason = _per_item(text, a, q, each)
                if reason:
                    reported.add((seg.id, q.start))
                    yield _too_big(rule, seg, q, reason)
            if k in with_homes:  # each pair has a household figure
                yield from _household_size(rule, seg, qs, household)
            if holds(from_at, a, b):
                yield from _from_to(rule, seg, a, qs, reported, from_at)
    if len(money) > min_other:
        top = max(money, key=lambda sq: sq[1].value)
        seg, q = top
        rest = max(x.value for s, x in money if x is not q)
        if q.value >= min_value and q.value > factor * rest and (seg.id, q.start) not in reported \
                and not (doc_national or national.search(_sentence_of(seg.text, q.start)) or body()):
            # (national sums run to hundreds of billions beside per-person amounts: "loans to women
            # totalled RMB453.4 billion ... up to RMB50,000 each")
            largest = next(x.text for s, x in money if x is not q and x.value == rest)
            yield _too_big(rule, seg, q, f"it is more than {plain(factor)} times every other sum of the document "
                                         f"(the next largest is {largest})")


def _sentence_of(text: str, pos: int) -> str:
    """The sentence around ``pos`` (a rough cut at ., ! and ? followed by a space, and line ends)."""
    a = max(text.rfind(". ", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return text[a:min(ends) if ends else len(text)]


HOUSEHOLDS = {"household", "households", "family", "families"}
PEOPLE = {"people", "persons", "person", "residents", "members"}
IN = re.compile(r"\s+(?:in|from|of)\s+(?:a\ total\ of\s+)?$", re.X)
WITH = re.compile(r"\s+(?:with|having|of|covering|totalling|totaling)\s+(?:a\ total\ of\s+)?$", re.X)


def _household_size(rule, seg, qs, bounds):
    """'1,850 households with 7.2 million people': people per household out of bounds; the
    people figure is reported with the scale (x 1,000 or x 1,000,000 either way) that fits."""
    low, high, reason = bounds
    for x, y in zip(qs, qs[1:]):
        if x.kind != "count" or y.kind != "count" or not (x.value and y.value):
            continue
        if (x.unit or "") in HOUSEHOLDS and (y.unit or "") in PEOPLE and WITH.search(seg.text, x.end, y.start):
            h, p = x, y  # "1,850 households with 7,200 people"
        elif (x.unit or "") in PEOPLE and (y.unit or "") in HOUSEHOLDS and IN.search(seg.text, x.end, y.start):
            h, p = y, x  # "7,200 people in 1,850 households"
        else:
            continue
        size = p.value / h.value
        if low <= size <= high:
            continue
        fit = next((p.value * f for f in RESCALE if low <= p.value * f / h.value <= high), None)
        if fit is None:
            continue
        s, e = _scale_span(seg.text, p)
        yield rule.finding(seg, s, e, suggestions=(render_en(fit),),
                           reason=f"{plain(round(size, 2))} people per household beside “{h.text}”; {reason}",
                           suggestion_note=f"; did you mean “{render_en(fit)}”?")


RESCALE = (Decimal("0.001"), Decimal("0.000001"), Decimal(1000), Decimal(1000000))


def _from_to(rule, seg, a, qs, reported, from_at=None):
    """'rose from 3,200 yuan to 5.6 million yuan': the two figures of one change, of one kind and
    unit, a factor of 1,000 or more apart while only one carries a scale word (or they carry
    different ones). The 'to' figure is reported; a bare 'to' figure is TC314's."""
    text = seg.text
    # a figure after "from" (PAIR_FROM) has one of the word's offsets in the 12 characters before
    # it: the offsets are walked along with the figures (both in text order), no bisection each
    j = 0 if from_at is None else bisect.bisect_left(from_at, a)
    for i, q in enumerate(qs):
        lo = max(a, q.start - 12)
        if from_at is not None:
            while j < len(from_at) and from_at[j] < lo:
                j += 1
            if j == len(from_at) or from_at[j] >= q.start:
                continue  # no "from" in [lo, q.start)
        if not PAIR_FROM.search(text, lo, q.start) or q.value is None or q.is_label:
            continue
        nxt = next((x for x in qs[i + 1:] if not x.is_label), None)
        if (nxt is None or nxt.value is None or nxt.kind != q.kind or (nxt.unit is None) != (q.unit is None)
                or not PAIR_TO.search(text, max(a, nxt.start - 8), nxt.start) or (seg.id, nxt.start) in reported):
            continue
        if (q.scale or "").lower() == (nxt.scale or "").lower() or not (q.value and nxt.value):
            continue
        if nxt.kind == "count" and nxt.unit is None and not nxt.scale:
            continue  # "from 8.4 million to 2.88": TC314
        big, small = max(q.value, nxt.value), min(q.value, nxt.value)
        if big / small < 1000:
            continue
        sugg = f"{nxt.number} {q.scale}" if q.scale else None
        if sugg is None and nxt.scale and nxt.scale.lower() in DOWN:
            yield _too_big(rule, seg, nxt, f"it is {round(nxt.value / q.value):,} times “{q.text}”, the figure it changed from")
            continue
        if sugg:
            s, e = _scale_span(text, nxt)
            ratio = nxt.value / q.value
            told = f"{round(ratio):,} times" if ratio >= 1 else f"1/{round(1 / ratio):,} of"
            yield rule.finding(seg, s, e, suggestions=(sugg,), reason=f"it is {told} “{q.text}”, the figure it changed from",
                               suggestion_note=f"; did you mean “{sugg}”?")


def _unit_ranges(ranges, unit) -> list:
    """The ``ranges`` (in order) that _range would not skip for ``unit`` by its unit and noun-set
    tests alone."""
    low = (unit or "").lower()
    return [r for r in ranges if not (r[1] and low not in r[1]) and not (isinstance(r[2], frozenset) and low not in r[2])]


def _range(text, a, b, q, ranges, is_national):
    unit = (q.unit or "").lower()
    for kind, units, nouns, scope, top, reason, (before, sentence, unless) in ranges:
        if kind != q.kind or (units and unit not in units) or q.value <= top:
            continue
        if before is not None and not before.search(text, max(a, q.start - 60), q.start):
            continue
        if (sentence is not None and not sentence.search(text, a, b)) or (unless is not None and unless.search(text, a, b)):
            continue
        if isinstance(nouns, frozenset):
            if unit not in nouns:
                continue
        elif nouns is not None:
            lo, hi = max(a, q.start - 40), min(b, q.end + 40)
            if not nouns.search(text, lo, hi):
                continue
        if scope == "local" and is_national():
            continue
        return reason
    return None


def _per_item(text, a, q, each):
    m = EACH_AFTER.match(text, q.end)
    if not m:
        return None
    item = m.group("noun") or text[a:q.start]  # "counties rated excellent receive 10 million yuan each"
    best = None  # the item named nearest before the amount
    for nouns, top, reason in each:
        hits = list(nouns.finditer(item))
        if hits and (best is None or hits[-1].start() > best[0]):
            best = (hits[-1].start(), top, reason)
    return best[2] if best and q.value > best[1] else None


def _too_big(rule, seg, q, reason):
    s, e = _scale_span(seg.text, q)
    sugg = ()
    if q.scale and q.scale.lower() in DOWN:
        lower = DOWN[q.scale.lower()]
        n = Decimal(q.number.replace(",", ""))
        sugg = (group(plain(n * 1000)) if lower == "thousand" else f"{q.number} {lower}",)
    return rule.finding(seg, s, e, suggestions=sugg, reason=reason,
                        suggestion_note=f"; did you mean “{sugg[0]}”?" if sugg else "")
