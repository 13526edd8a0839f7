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

import bisect
import re
from itertools import compress, count
from operator import or_
from decimal import Decimal
from sys import intern
from typing import Literal

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang.en_nouns import singularise
from ..lang.quantity import SCALES, group, plain
from ._arith_more import half_step, lost_part_scale, lost_total_scale, say, table_totals, transposition, with_scale
from ._numbers import by_sentence, cue_hits, kind_index, quantities, scan_from, starting_in

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered", "number_cue_hits")

# the stdlib scans these faster than ``regex``: the cue is found by its word, then the character before is checked
CUE = re.compile(r"(?<=[,\s(])\s*(?P<cue>(?i:including|of\ which|of\ whom|among\ which|among\ them|among\ whom|"
                 r"namely|consisting\ of|comprising|broken\ down\ into|divided\ into))\b", re.X)
# what CUE and COLON cannot match without (lower-cased): sentences without any skip the patterns
CUE_WORDS = ("including", "of which", "of whom", "among", "namely", "consisting", "comprising", "broken down",
             "divided")
COLON = re.compile(r"[:：]\s*(?=(?:RMB\s?|CNY\s?|¥)?\d)")
OF_THE = regex.compile(r"\s*(?:【[^】]*】\s*)?Of\s+the\s+(?P<np>[a-z]+(?:[ -][a-z]+){0,3}),\s*")
# "Total investment reached RMB 5.9 billion. Of this, A ..., B ... and C ...": a demonstrative
# that points back to the total of the sentence just before
OF_THIS = regex.compile(r"\s*Of\s+(?:this|that|these|the\s+total|the\s+above|this\s+total)(?:\s+(?:amount|sum|total|figure|"
                        r"money|investment|funding|funds|number|population|people|households|spending))?,\s*")
SENTENCE_END = regex.compile(r"[.!?。]\s+$")
SENTENCE_BREAK = regex.compile(r"[.!?。](?=\s)|\n")
CHANGE_OF = regex.compile(r"\b(?:increase|rise|growth|decrease|drop|fall|reduction|up|down|more|less)\s+(?:of|by)\s+$", regex.I)
LIST_JOIN = regex.compile(r"(?:[,;，；]|\band)\s*(?:(?:the\s+(?:last|final|remaining)|finally)\s+)?$")
AVERAGE = regex.compile(r"\b(?:average|averaging|per\ capita)\s+(?:of\s+)?(?:about\s+)?$", regex.X | regex.I)
EACH = regex.compile(r"\s*(?:each|apiece|per\b)", regex.I)
# a change, rate or comparison names the figure; "to"/"from"/"by"/"than" only right before it
# ("from 40% to 70%"), since a share may follow a destination ("31.5% to industries and 16.2% ...")
NOT_SHARE_BEFORE = regex.compile(r"(?:\b(?:increas\w*|grow\w*|grew|ris\w*|rose|up|down|fell|fall\w*|drop\w*|declin\w*|"
    r"decreas\w*|reduc\w*|higher|lower|exceed\w*|reach\w*|stood|remain\w*|"
    r"rate|ratio|incidence|coverage|satisfaction|growth|interest|weighted|"
    # a reference value, not a part: "48.6% was spent, against a target of 60%"
    r"targets?|goals?|benchmarks?|thresholds?|average|norm|limit|ceiling|minimum|maximum)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:from|to|by|than|at)\s+$)", regex.X | regex.I)
NOT_SHARE_AFTER = regex.compile(r"\s*(?:higher|lower|more|less|over\ the|year-on-year|up|down|increase|growth|"
                                r"annually|a\ year|per\ year|of\ the\ (?:plan|target|task))\b", regex.X | regex.I)
OWN_WHOLE = regex.compile(r"\s+of\s+(?!the\s+(?:total|whole)\b)", regex.I)
LIST_JOIN_ANY = regex.compile(r"[,;，；]|\band\b")
LAST = re.compile(r"\b(?:the\ (?:last|final|remaining)|finally)\s+$", re.X | re.I)
ELLIPSIS = re.compile(r"\s+(?:from|to|in|into|at|through|by|for|with|under)\b")
_OF_FIRST = frozenset("O【")  # a sentence _of_the may read begins with one of these or white space
EXHAUSTIVE = {"of which", "of whom", "namely", "consisting of", "comprising", "broken down into", "divided into",
              "colon-total"}
# "N things, X of which ...": cues that may follow their first part, after a comma
POSTPOSED_CUES = {"of which", "of whom", "among which", "among whom", "among them"}
POSTPOSED_BEFORE = re.compile(r",\s*$")
OPEN_LIST = regex.compile(r"\b(?:other|others|etc|among\ others|such\ as|mainly|mostly|partly|the\ rest)\b", regex.X | regex.I)
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


LOST_TOTAL = "“{text}” has lost its scale word: its parts ({parts}) add up to {sum}; write “{suggestion}”."
SWAPPED = " With two digits swapped back, “{figure}” as “{suggestion}”, they add up."
LOST_PART = "“{text}” has lost its scale word: with it the parts add up to the stated total “{total}”; write “{suggestion}”."


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    check: Literal["parts", "share", "shares"] = "parts"
    tolerance: float = 1.0  # rounding: three shares of one decimal each may add up to 100.1
    # groups of people that overlap (women who are also minorities): their shares are not parts
    overlapping: list[str] = []


def run(rule, ctx):
    p: Params = rule.params
    tolerance, overlap = Decimal(str(p.tolerance)), _overlap_re(p)
    for seg in ctx.segments:
        text, all_qs, sentences = seg.text, quantities(ctx, seg), by_sentence(ctx, seg)
        # each check visits only the sentences that can hold what it looks for (found from the
        # figures of one kind, or the cue words' offsets), in text order as a walk over all would
        percents = kind_index(all_qs).get("percent", ())
        if p.check == "share":
            over = [i for i in percents if all_qs[i].value is not None and all_qs[i].value > 100]
            for k in sentences.holding(over):
                yield from _shares(rule, seg, sentences[k][2])
        elif p.check == "shares":
            for k in sentences.holding(percents, at_least=2):  # a list needs two shares
                a, b, qs = sentences[k]
                yield from _share_lists(rule, seg, a, b, qs, tolerance, overlap)
        else:
            cue_at, colon_at = cue_hits(ctx, seg, CUE_WORDS), cue_hits(ctx, seg, (":", "："))
            if cue_at is None or colon_at is None:
                ks = range(len(sentences))  # (no offsets: every sentence may hold a cue)
            else:  # a cue, or "Of this/the ..." (see _of_the)
                firsts = list(map(text.__getitem__, sentences.starts()))  # each sentence's first character
                ks = sorted(set(sentences.at(cue_at)).union(sentences.at(colon_at), compress(
                    count(), map(or_, map(_OF_FIRST.__contains__, firsts), map(str.isspace, firsts)))))
            for k in ks:
                a, b, qs = sentences[k]
                yield from _parts(rule, seg, a, b, qs, all_qs, cue_at, colon_at)
            if "|" in text or "\t" in text:
                for s, e, figures, total, value, column_sum in table_totals(text):
                    relation = "more than" if column_sum > value else "less than"
                    yield rule.finding(seg, s, e, total=total.strip("*_ \u2060"), sum=group(plain(column_sum)),
                                       parts=" + ".join(group(plain(v)) for v in figures), relation=relation,
                                       suggestions=(group(plain(column_sum)),))


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


def _person(unit) -> bool:
    u = (unit or "").lower()
    return u in PEOPLE or u in ("people", "persons", "person-times") or (singularise(u) or u) in PEOPLE


def _overlap_re(p):
    key = tuple(p.overlapping)
    if key not in _OVERLAP:
        _OVERLAP[key] = regex.compile(r"\b(?:" + "|".join(key) + r")\b", regex.I) if key else None
    return _OVERLAP[key]


_OVERLAP: dict = {}


def _share_lists(rule, seg, a, b, qs, tolerance, overlap):
    """Percentages listed as the shares of one whole ("46 percent lived in A, 37 percent in B and
    14 percent in other areas") that add up to more than 100. A list is a run of percentages
    joined by commas, semicolons or "and", with no other figure between them; each later share
    is elliptical (no "of ..." whole of its own). Changes, rates and comparisons are not shares."""
    text = seg.text
    run: list = []
    for q in qs + [None]:
        # whether q may be a share at all, worked out once (it either joins the run or starts one)
        share = (q is not None and q.kind == "percent" and q.unit != "percentage point" and not q.approx
                 and q.value is not None and q.value <= 100 and _share_like(text, a, q, []))
        if share and (not run or _joins(text, q, run)):
            run.append(q)
            continue
        if len(run) >= 2:
            total = sum((x.value for x in run), Decimal(0))
            lo = max(a, run[0].start - 80)
            # two shares over one half each are not parts of one whole (a whole has one majority at
            # most): they are rates of separate things ("98% had roads, and 96% had piped water")
            majorities = sum(1 for x in run if x.value > 50)
            if (total > 100 + tolerance and majorities < 2
                    and not (overlap and overlap.search(text, lo, min(b, run[-1].end + 40)))):
                yield rule.finding(seg, run[0].start, run[-1].end, message=None, shares=" + ".join(
                    plain(x.value) for x in run), sum=plain(total))
        run = [q] if share else []


def _share_like(text, a, q, run) -> bool:
    before = text[max(a, q.start - 40):q.start]
    if NOT_SHARE_BEFORE.search(before) or NOT_SHARE_AFTER.match(text, q.end):
        return False
    return not run or _joins(text, q, run)


def _joins(text, q, run) -> bool:
    """A share ``q`` continues ``run``: joined to its last share by a list mark, with no whole of its own."""
    between = text[run[-1].end:q.start]
    return (len(between) <= 130 and LIST_JOIN_ANY.search(between) is not None
            and not OWN_WHOLE.match(text, q.end))


def _compatible(text, total, part, announced=None, cue="") -> bool:
    if part.is_label or part.kind in ("percent", "range") or part.value is None:
        return False
    if (part.kind == "count" and part.unit is None and (_person(total.unit) or cue in ("of whom", "among whom"))
            and announced is None):
        return False  # people are counted along overlapping lines (women, the elderly, minorities)
    if part.kind == "count" and part.unit is None:
        # "of whom 600 were women and 500 were aged over 60": an age is not a part
        return not (AGE_BEFORE.search(text, max(0, part.start - 12), part.start)
                    or AGE_AFTER.match(text, part.end))
    if total.kind != part.kind:
        return False
    if total.kind == "count":
        return (singularise(part.unit or "") or part.unit) == (singularise(total.unit or "") or total.unit)
    return True


def _say(value: Decimal, like) -> str:
    if like.scale and like.scale.lower() in SCALES:
        return f"{plain(value / SCALES[like.scale.lower()])} {like.scale}"
    return group(plain(value))


def _parts(rule, seg, a, b, qs, all_qs, cue_at, colon_at):
    text = seg.text
    cues = []
    cues += [(c.start("cue"), c.end(), c.group("cue").lower()) for c in _cue_matches(text, cue_at, a, b)]
    x = scan_from(text, colon_at, a, b)
    if x is not None:
        cues += [(c.start(), c.end(), ":") for c in COLON.finditer(text, x, b)]
    for cs, ce, cue in sorted(cues):
        usable = [q for q in qs if q.end <= cs and not q.is_label and q.kind not in ("percent", "range")]
        if cue in ("of whom", "among whom"):  # the total counts people
            usable = [q for q in usable if _person(q.unit)] or usable
        if not usable:
            if cue == ":":
                yield from _colon_reference(rule, seg, text, a, b, cs, ce, qs, all_qs)
            continue
        first = None
        if cue in POSTPOSED_CUES and len(usable) >= 2 and not text[usable[-1].end:cs].strip() \
                and POSTPOSED_BEFORE.search(text, max(a, usable[-1].start - 3), usable[-1].start):
            # "seven indicators, three of which are binding and four anticipatory": the first part
            # stands before the cue, the total before it
            first, usable = usable[-1], usable[:-1]
        digits = [q for q in usable if not q.words]  # "880,000 people ... through five channels:"
        total = digits[-1] if digits and first is None else usable[-1]
        gap = text[total.end:cs if first is None else first.start]
        # the total stands just before the cue, or only a rate or a year comes between ("totalled
        # 4.3 billion yuan, an increase of 18.7% over the previous year, of which ...")
        if len(gap) > 120 or (len(gap) > 40 and (";" in gap or "；" in gap)):
            continue
        counted = _counted_word(qs, total, cs) if first is None else None
        if cue == ":" and counted is None:
            # a colon lists the parts after "through five channels:", or right after a total of
            # things ("The village has 37 greenhouses: 20 for mushrooms and 15 for vegetables")
            if gap.strip() or total.kind not in ("count", "money", "area") or (total.kind == "count" and not total.unit):
                continue
            cue = "colon-total"
        yield from _compare(rule, seg, text, total, cs, ce, b, qs, cue, counted, cue_at, first)
    yield from _of_the(rule, seg, text, a, b, qs, all_qs)
    j = text.find(" follows", a, b)  # "... was spent as follows: A RMB 2.1 million, B ..." (no figure after the colon)
    if j >= 0:
        k = text.find(":", j, min(b, j + 12))
        if k >= 0:
            yield from _as_follows(rule, seg, text, a, b, k, k + 1, qs, all_qs)


def _cue_matches(text, hits, a, b):
    """CUE.finditer(text, scan_from(text, hits, a, b), b) (nothing when that is None), with CUE
    tried only before each cue word in ``hits`` (cue_hits' offsets) instead of at every character
    from the first one (its look-behind start gives SRE no prefix to skip to: ~30 M instructions
    on 1 MB). A match's cue begins at a cue word; the leftmost place its match can begin is the
    start of the white space before the word (after ",", "(" or more white space), or one on."""
    x = scan_from(text, hits, a, b)
    if x is None:
        return
    if hits is None:
        yield from CUE.finditer(text, x, b)
        return
    pos = x  # where finditer goes on from
    for h in hits[bisect.bisect_left(hits, x):bisect.bisect_left(hits, b)]:
        if h < pos:
            continue  # inside the last match
        w = h
        while w > pos and text[w - 1].isspace():  # (re's \s is str.isspace)
            w -= 1
        if w and (text[w - 1] in ",(" or text[w - 1].isspace()):
            start = w
        elif w < h:
            start = w + 1  # after the first white-space character
        else:
            continue  # glued to a word: the look-behind fails
        m = CUE.match(text, start, b)
        if m is not None:
            yield m
            pos = m.end()


def _colon_reference(rule, seg, text, a, b, cs, ce, qs, all_qs):
    """'Poor counties left the list in batches: 28 in 2016, ... and the last 52 in 2020.' An
    elliptical list that names its last part as the last splits a group the lead names; its total
    is the one figure the document gives for that group ("832 poor counties")."""
    figures = [q for q in qs if ce <= q.start < b and q.kind == "count" and q.unit is None and not q.is_label]
    if len(figures) < 3 or not LAST.search(text, max(ce, figures[-1].start - 20), figures[-1].start):
        return
    if not all(ELLIPSIS.match(text, q.end) for q in figures):
        return
    lead = text[a:cs].lower()
    # The group's figures elsewhere in the segment: those of the longest counted phrase the lead
    # names ("poor counties" before "counties"), outside this sentence. The total is certain when
    # they all state one value; it is then the last of them. (Each phrase's figures are in text
    # order, so the sentence's own are one stretch found by bisection, and a second value ends
    # the look: no walk over every figure of a common phrase per colon.)
    longest, pools = 0, []
    for g, (figs, starts) in _counted_phrases(text, all_qs).items():
        # one search per distinct counted phrase, and only when the lead holds it at all
        if g in lead and _word_in(g, lead):
            i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if i == 0 and j == len(figs):
                continue  # all its figures are in this sentence
            if len(g) > longest:
                longest, pools = len(g), []
            if len(g) == longest:
                pools.append((figs, i, j))
    if not pools:
        return  # no figure for the group
    value, total = None, None
    for figs, i, j in pools:
        for k, q in figs[:i] + figs[j:]:
            if value is None:
                value = q.value
            elif q.value != value:
                return  # several values for the group: no certain total
        last = figs[-1] if j < len(figs) else figs[i - 1]
        if total is None or last[0] > total[0]:
            total = last
    total = total[1]
    start = figures[0].start  # the total stands elsewhere: the finding covers the list, the message names it
    for f in _compare(rule, seg, text, total, cs, ce, b, qs, ":", len(figures)):
        yield f.with_(start=start, text=seg.original[start:f.end])


WORD_CHAR = regex.compile(r"\w")  # what \b tells apart, as the regex module sees it


def _word_in(phrase: str, text: str) -> bool:
    """regex.search(rf"\b{regex.escape(phrase)}\b", text) without compiling a pattern per phrase
    (a fresh process paid ~10 ms a MB for them): str.find, then the characters either side."""
    if not (WORD_CHAR.match(phrase) and WORD_CHAR.match(phrase, len(phrase) - 1)):
        return regex.search(rf"\b{regex.escape(phrase)}\b", text) is not None
    i = text.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        if not (i and WORD_CHAR.match(text, i - 1)) and not WORD_CHAR.match(text, j):
            return True
        i = text.find(phrase, i + 1)
    return False


def _counted_phrases(text, all_qs) -> dict[str, tuple[list, list]]:
    """Counted figures of the segment by their counted phrase ("poor counties"): {phrase:
    ([(place, figure)], [their start offsets])} in text order, worked out once per segment (kept
    with its quantities)."""
    memo = getattr(all_qs, "memo", None)
    if memo is not None and "counted_phrases" in memo:
        return memo["counted_phrases"]
    out: dict[str, tuple[list, list]] = {}
    for k in kind_index(all_qs).get("count", ()) if memo is not None else range(len(all_qs)):
        q = all_qs[k]
        if q.kind == "count" and q.unit and not q.words:
            figs, starts = out.setdefault(intern(text[q.num_end:q.unit_end].strip().lower()), ([], []))
            figs.append((k, q))
            starts.append(q.start)
    if memo is not None:
        memo["counted_phrases"] = out
    return out


def _counted_word(qs, total, cs):
    """'through five channels:': the number of parts the sentence announces, if any."""
    return next((int(q.value) for q in qs if total.end <= q.start < cs and q.words and q.kind == "count"
                 and q.value and q.value > 1), None)


def _partition(text, ce, stop, qs, first=None):
    """'of whom 38,200 moved to towns and 13,100 to villages': the later figures repeat the first
    one's verb by ellipsis (a preposition right after the figure), so the list splits one group
    by one question (where to, where from) and its figures are parts even of a total of people.
    The number of figures, as an announced count would be; None when the list is not elliptical."""
    figures = [q for q in qs if ce <= q.start < stop and q.kind == "count" and q.unit is None and not q.is_label]
    if first is not None:
        return None  # "600 of whom ... and 450 ...": people split along one line only by ellipsis after the cue
    if len(figures) >= 2 and all(ELLIPSIS.match(text, q.end) for q in figures[1:]):
        return len(figures)
    return None


def _list_parts(text, total, ce, stop, qs, announced, cue, first=None):
    """The parts of a coordinated list: the first figure after the cue (or ``first``, before it),
    then each figure that a comma, semicolon or "and" introduces ("of which 3.5 ... came from A,
    1.1 ... from B and 0.2 ..."); a figure introduced otherwise ("with interest subsidies of 205
    million") ends the list."""
    if first is not None and not _compatible(text, total, first, announced, cue):
        return []
    parts = [] if first is None else [first]
    for q in qs:
        if q.start < ce or q.start >= stop:
            continue
        if not _compatible(text, total, q, announced, cue):
            if q.is_label or q.kind in ("percent",) or q.value is None:
                continue
            break
        if AVERAGE.search(text, max(0, q.start - 25), q.start) or EACH.match(text, q.end):
            break
        if parts and not LIST_JOIN.search(text, parts[-1].end, q.start):
            break
        parts.append(q)
    return parts


def _compare(rule, seg, text, total, cs, ce, b, qs, cue, announced, cue_at=None, first=None):
    stop = min([i for i in (text.find(";", ce, b), text.find("；", ce, b)) if i >= 0] or [b])
    if cue in (":", "colon-total"):
        stop = b
    nxt = next(_cue_matches(text, cue_at, ce, stop), None)
    stop = nxt.start() if nxt else stop
    if announced is None:
        announced_here = _partition(text, ce, stop, qs, first)
    else:
        announced_here = announced
    parts = _list_parts(text, total, ce, stop, qs, announced_here, cue, first)
    if cue == "colon-total" and (announced_here is None and not all(q.unit for q in parts)):
        return  # after a colon, bare figures are parts only by ellipsis ("20 for mushrooms and 15 for ...")
    if not parts or total.value is None or total.approx:
        return
    if any(q.approx and q.approx not in ("more than", "over", "at least", "above", "exceeding", "no less than",
                                         "not less than", "no fewer than") for q in parts):
        return
    total_sum = sum((q.value for q in parts), Decimal(0))
    if announced is None or announced == len(parts):
        scale = lost_total_scale(total, parts, total_sum)
        if scale:  # "RMB 412 was invested, of which RMB 268 million ... and RMB 144 million"
            yield rule.finding(seg, total.start, total.end, suggestions=(with_scale(seg.original, total, scale),),
                               message=LOST_TOTAL, parts=" + ".join(say(q.value, parts[0]) for q in parts),
                               sum=say(total_sum, parts[0]))
            return
    if any(q.value > total.value for q in parts):
        return  # a part larger than the total: the sentence was misread
    if announced is not None and announced != len(parts):
        return
    tail = text[ce:stop]
    parts_text = " + ".join(_say(q.value, total) for q in parts)
    lost = lost_part_scale(total, parts, total_sum) if total_sum != total.value else None
    if lost:  # "520 million yuan, including 310 million yuan ... and 210 yuan ..."
        q, scale = lost
        yield rule.finding(seg, q.start, q.end, suggestions=(with_scale(seg.original, q, scale),), message=LOST_PART,
                           total=total.text)
        return
    swap = transposition(total, parts, total_sum) if total_sum != total.value else None
    hint = (swap[1],) if swap else ()
    message = rule.spec.message + SWAPPED if swap else None
    figure = swap[0].number if swap else ""
    exhaustive = cue in EXHAUSTIVE or announced is not None
    if total_sum > total.value:
        yield rule.finding(seg, total.start, parts[-1].end, total=total.text, sum=_say(total_sum, total),
                           parts=parts_text, relation="more than", suggestions=hint, message=message, figure=figure)
    elif (total_sum < total.value and len(parts) >= 2 and (exhaustive or swap is not None)
          and not OPEN_LIST.search(tail) and not any(q.approx for q in parts)):
        # an open list ("including ...") may leave parts out: it is reported only when a swap of
        # two digits of one figure explains the shortfall exactly
        yield rule.finding(seg, total.start, parts[-1].end, total=total.text, sum=_say(total_sum, total),
                           parts=parts_text, relation="less than", suggestions=hint, message=message, figure=figure)


def _of_this(rule, seg, text, a, b, qs, all_qs):
    """"Of this (amount), A ..., B ... and C ...": the total is the largest figure of the parts'
    kind in the sentence just before (not a rate, a range or a change "an increase of ...")."""
    m = OF_THIS.match(text, a)
    if not m or not qs or not SENTENCE_END.search(text, max(0, a - 3), a):
        return
    first = next((q for q in qs if q.start >= m.end() and not q.is_label), None)
    if first is None or first.kind in ("percent", "range"):
        return
    ends = [e.end() for e in SENTENCE_BREAK.finditer(text, max(0, a - 600), max(0, a - 2))]
    prev_start = ends[-1] if ends else max(0, a - 600)
    before = [q for q in starting_in(all_qs, prev_start, a) if q.kind == first.kind and not q.is_label
              and q.value is not None and not q.approx and not CHANGE_OF.search(text, max(0, q.start - 30), q.start)]
    if not before:
        return
    total = max(before, key=lambda q: q.value)
    yield from _compare(rule, seg, text, total, m.start(), m.end(), b, qs, "of which", None)


def _of_the(rule, seg, text, a, b, qs, all_qs):
    """"Of the fiscal funds, A ..., B ... and C ...": the total is the figure an earlier sentence
    gave for the fiscal funds ("RMB 1.1 billion came from fiscal funds")."""
    c = text[a:a + 1]
    if not (c == "O" or c == "【" or c.isspace()):
        return  # OF_THIS and OF_THE need white space, "【" or "Of" first
    yield from _of_this(rule, seg, text, a, b, qs, all_qs)
    m = OF_THE.match(text, a)
    if not m or m.group("np").lower() in ("total", "above", "rest", "remainder", "sum", "amount", "money"):
        return
    np_text = m.group("np")
    lo = max(0, a - 600)
    total = None
    named = regex.compile(rf"\b{regex.escape(np_text)}\b", regex.I)  # (once, not looked up per figure)
    for q in starting_in(all_qs, lo, a, stop_at_hi=True):
        if q.is_label or q.kind in ("percent", "range") or q.value is None:
            continue
        window = text[q.end:min(a, q.end + 40)]
        if named.search(window):
            total = q
    if total is None:
        return
    yield from _compare(rule, seg, text, total, m.start(), m.end(), b, qs, "of which", None)


# "The budget was spent as follows: A RMB 2.1 million, B RMB 0.9 million, ...": a named amount
# broken down after a colon; its total is the figure an earlier sentence gave for it
AS_FOLLOWS = regex.compile(r"\b(?:the|its|this|our|their)\s+(?P<np>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:was|were|is|are|"
                           r"has\s+been|have\s+been)\s+(?:spent|used|allocated|distributed|disbursed|divided|"
                           r"broken\s+down|split)\s+(?:as\s+follows|thus)\s*$", regex.I)
NAMED_BEFORE = "\\b{np}\\s+(?:was|of|totalled|totaled|reached|amounted\\s+to|stood\\s+at|came\\s+to)\\s+$"


def _as_follows(rule, seg, text, a, b, cs, ce, qs, all_qs):
    m = AS_FOLLOWS.search(text, a, cs)
    if m is None:
        return
    parts = [q for q in qs if ce <= q.start < b and not q.is_label]
    if len(parts) < 2 or any(q.kind != "money" or q.value is None or q.approx for q in parts):
        return
    for x, y in zip(parts, parts[1:]):
        if not LIST_JOIN_ANY.search(text, x.end, y.start) or y.start - x.end > 80:
            return
    if OPEN_LIST.search(text, ce, b):
        return
    named = regex.compile(NAMED_BEFORE.format(np=regex.escape(m.group("np"))), regex.I)
    totals = {q.value: q for q in starting_in(all_qs, max(0, a - 3000), a)
              if q.kind == "money" and q.value is not None and not q.approx
              and named.search(text, max(0, q.start - 40), q.start)}
    if len(totals) != 1:
        return  # no figure, or several, for the named amount: no certain total
    total = next(iter(totals.values()))
    total_sum = sum((q.value for q in parts), Decimal(0))
    tolerance = sum((half_step(q) for q in parts), Decimal(0)) + half_step(total)
    if abs(total_sum - total.value) <= tolerance:
        return
    yield rule.finding(seg, parts[0].start, parts[-1].end, total=total.text, sum=_say(total_sum, total),
                       parts=" + ".join(_say(q.value, total) for q in parts),
                       relation="more than" if total_sum > total.value else "less than")
