"""What a sum of parts that does not match its total can tell (number_arithmetic's ``parts`` check).

- A lost scale word: a total with no scale word whose parts, all in one scale, add up to it times
  that scale ("RMB 412 was invested, of which RMB 268 million ... and RMB 144 million"), or one part
  with no scale word among parts in one scale that, with it, add up to the total.
- A copying slip: two neighbouring digits of one figure swapped (359 for 395), when swapping them
  back makes the parts add up exactly. Only then may an open list ("including ...") that falls
  short be reported: a list that falls short by anything else may simply leave parts out.
- Tables: a Markdown or tab-separated table whose last row is a total ("| **Total** | | 4,830 |"):
  each of its figures against the sum of the figures above it in the same column.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..lang.quantity import SCALES, group, plain


def scale_of(q) -> str | None:
    s = (q.scale or "").lower()
    return s if s in SCALES else None


def _close(a: Decimal, b: Decimal, tolerance: Decimal) -> bool:
    return abs(a - b) <= tolerance


def half_step(q) -> Decimal:
    """Half the rounding step of a figure as written ("4.8 million": 50,000)."""
    decimals = len(q.number.partition(".")[2])
    step = Decimal(1).scaleb(-decimals)
    s = scale_of(q)
    return step / 2 * (SCALES[s] if s else 1)


def lost_total_scale(total, parts, total_sum):
    """The scale word the total lost, when every part carries one scale and the parts add up to
    the total in that scale (within their rounding): e.g. "million"; else None."""
    if scale_of(total) or total.words or total.value is None or len(parts) < 2:
        return None
    scales = {scale_of(q) for q in parts}
    if len(scales) != 1 or None in scales:
        return None
    s = scales.pop()
    tolerance = sum((half_step(q) for q in parts), Decimal(0)) + half_step(total) * SCALES[s]
    return s if _close(total.value * SCALES[s], total_sum, tolerance) else None


def lost_part_scale(total, parts, total_sum):
    """(part, scale) for the one part with no scale word among parts in one scale that, read in
    that scale, makes the parts add up to the total; else None."""
    bare = [q for q in parts if scale_of(q) is None and not q.words]
    scales = {scale_of(q) for q in parts if scale_of(q)}
    if len(bare) != 1 or len(scales) != 1 or len(parts) < 2:
        return None
    s, q = scales.pop(), bare[0]
    fixed = total_sum - q.value + q.value * SCALES[s]
    tolerance = sum((half_step(x) for x in parts if x is not q), Decimal(0)) + half_step(total)
    return (q, s) if _close(fixed, total.value, tolerance) else None


def with_scale(original: str, q, scale: str) -> str:
    """The figure's text with the scale word after its numeral ("210 yuan" -> "210 million yuan")."""
    return f"{original[q.start:q.num_end]} {scale}{original[q.num_end:q.end]}"


def _swaps(number: str):
    """Each string made by swapping two neighbouring, different digits of ``number``."""
    chars = list(number)
    places = [i for i, c in enumerate(chars) if c.isdigit()]
    for i, j in zip(places, places[1:]):
        if chars[i] != chars[j]:
            out = chars[:]
            out[i], out[j] = out[j], out[i]
            if out[places[0]] != "0" or len(places) == 1 or out[places[0] + 1:places[0] + 2] == ["."]:
                yield "".join(out)


def _value(q, number: str) -> Decimal | None:
    try:
        v = Decimal(number.replace(",", ""))
    except InvalidOperation:
        return None
    s = scale_of(q)
    return v * SCALES[s] if s else v


def _specific(number: str) -> bool:
    """A figure of three non-zero digits at least: round figures (120, 2.1) give too many sums
    that a swap would explain by chance."""
    return sum(c in "123456789" for c in number) >= 3


def transposition(total, parts, total_sum):
    """(figure, corrected numeral) when swapping two neighbouring digits of one figure — a part
    or the total — makes the parts add up to the total exactly; else None."""
    if total.words or any(q.words for q in parts):
        return None
    for q in parts:
        if not _specific(q.number):
            continue
        for n in _swaps(q.number):
            v = _value(q, n)
            if v is not None and total_sum - q.value + v == total.value:
                return q, n
    for n in _swaps(total.number) if _specific(total.number) else ():
        if _value(total, n) == total_sum:
            return total, n
    return None


def say(value: Decimal, like) -> str:
    s = scale_of(like)
    if s:
        return f"{plain(value / SCALES[s])} {like.scale}"
    return group(plain(value))


# --- tables -----------------------------------------------------------------------------------

TOTAL_LABEL = re.compile(r"^\W*(?:total|sum|grand\s+total|overall|合计|总计)\W*$", re.I)
RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}")
# a cell holding one figure, with at most its emphasis marks (masked as U+2060 by the Markdown reader) around it
NUMBER_CELL = re.compile(r"^[*_\u2060]{0,3}(?:RMB\s?|¥|\$)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?[*_\u2060]{0,3}$")
EMPTY_CELL = re.compile(r"^\W*$")


def _cells(line: str):
    if "|" in line:
        body = line.strip()
        if body.startswith("|"):
            body = body[1:]
        if body.endswith("|"):
            body = body[:-1]
        return [c.strip() for c in body.split("|")]
    return [c.strip() for c in line.split("\t")] if "\t" in line else None


def _number(cell: str):
    """(value, half step) of a cell holding one plain figure, else None."""
    m = NUMBER_CELL.match(cell)
    if m is None:
        return None
    digits, frac = m.group(1).replace(",", ""), m.group(2) or ""
    # a whole number in a table is a count, exact; a decimal is rounded to its last place
    return Decimal(digits + frac), (Decimal(1).scaleb(-(len(frac) - 1)) / 2 if frac else Decimal(0))


# a line that may be a table's total row: its first cell names the total, and a cell follows
TOTAL_ROW = re.compile(r"[ \t]*\|?[ \t*_\u2060]*(?:grand\s+)?(?:total|sum|overall|合计|总计)\b[^\n]*[|\t][^\n]*",
                       re.I)


def _total_rows(text: str):
    """TOTAL_ROW's matches, each at the start of a line: only lines holding a cell separator ('|'
    or a tab, found by str.find at C speed) are tried, one pattern call each."""
    starts = set()
    for sep in ("|", "\t"):
        i = text.find(sep)
        while i >= 0:
            line = text.rfind("\n", 0, i) + 1
            starts.add(line)
            end = text.find("\n", i)
            if end < 0:
                break
            i = text.find(sep, end)
    for line in sorted(starts):
        m = TOTAL_ROW.match(text, line)
        if m is not None and (m.end() == len(text) or text[m.end()] == "\n"):
            yield m


def table_totals(text: str):
    """(start, end, [cell values], total text, total value, sum) for each column figure of a
    table's total row that is not the sum of the figures above it (a table: consecutive lines of
    the same number of '|' or tab-separated cells; a header, two body rows at least and the total;
    every body cell of the column a plain figure). Only lines that may be a total row are looked
    at first, and the table is read upwards from each."""
    for m in _total_rows(text):
        line = m.group()
        cells = _cells(line)
        if not cells or len(cells) < 2 or not TOTAL_LABEL.match(cells[0]):
            continue
        rows, end = [], m.start() - 1
        while end > 0:
            begin = text.rfind("\n", 0, end) + 1
            prev = text[begin:end]
            c = _cells(prev)
            if not c or len(c) != len(cells):
                break
            if not RULE_ROW.match(prev):
                rows.append(c)
            end = begin - 1
        rows.reverse()
        if len(rows) < 3:
            continue  # a header and two body rows at least
        for col in range(1, len(cells)):
            total = _number(cells[col])
            if total is None:
                continue
            figures = []
            for c in rows[1:]:
                got = _number(c[col])
                if got is None:
                    figures = None
                    break
                figures.append(got)
            if not figures or len(figures) < 2:
                continue
            column_sum = sum((v for v, _ in figures), Decimal(0))
            tolerance = sum((h for _, h in figures), Decimal(0)) + total[1]
            if _close(column_sum, total[0], tolerance):
                continue
            at = _cell_span(line, col)
            if at is not None:
                yield m.start() + at[0], m.start() + at[1], [v for v, _ in figures], cells[col], total[0], column_sum


def _cell_span(line: str, col: int):
    """Offsets in ``line`` of the figure in cell ``col`` (the separator-delimited cell)."""
    sep = "|" if "|" in line else "\t"
    lead = line.startswith("|") or line.lstrip().startswith("|")
    parts = line.split(sep)
    offsets, pos = [], 0
    for p in parts:
        offsets.append((pos, pos + len(p)))
        pos += len(p) + 1
    if lead:
        offsets = offsets[1:]
    if col >= len(offsets):
        return None
    a, b = offsets[col]
    m = re.search(r"\d[\d,]*(?:\.\d+)?", line[a:b])
    return (a + m.start(), a + m.end()) if m else None
