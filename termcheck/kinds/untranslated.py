"""Chinese script left in English text.

``report: script`` reports each stretch of a line that holds Han characters (gaps with no
English word are merged into one finding). ``report: punctuation`` reports full-width
punctuation outside such stretches, with the ASCII form as a safe fix. Characters in
``allow`` (by default the 【】 section markers) are never reported, nor is a term's original in
brackets right after its English rendering ("Minning Town (闽宁镇)"), a deliberate gloss, nor a
cell of a table row whose other cells hold English (a bilingual glossary).
"""
from __future__ import annotations

from typing import Literal

import regex
from ..lazymodel import BaseModel

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("han-runs", "non-ascii-chars")

HAN = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]+")
TRAIL = regex.compile(r"(?:[0-9\-+()（）]|\.(?=\d))+")  # a full stop only inside a number
ENGLISH_WORD = regex.compile(r"[a-z]{2,}")
FULLWIDTH = {
    "，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?",
    "、": ",", "“": "“", "”": "”", "【": "[", "】": "]", "《": "“", "》": "”", "　": " ",
    "％": "%", "－": "-", "～": "~",
}
SPACE_AFTER = set("，。：；！？、")
PUNCT = regex.compile(r"[，。：；（）！？、“”【】《》　％－～]")
HAN_CHAR = regex.compile(r"\p{Han}")
_ASCII = bytes(range(128))


def non_ascii_chars(ctx, seg) -> frozenset[str]:
    """The distinct non-ASCII characters of a segment, once per check: in C, by deleting the
    ASCII bytes of its UTF-8 (what is left are whole multi-byte sequences). Most English text
    holds no Han character and no full-width mark, and then needs no regex scan at all."""
    def build():
        text, out = seg.text, set()
        for lo in range(0, len(text), 1 << 18):  # in blocks: no UTF-8 copy of a whole long text
            out.update(text[lo:lo + (1 << 18)].encode("utf-8", "surrogatepass").translate(None, _ASCII)
                       .decode("utf-8", "surrogatepass"))
        return frozenset(out)
    return ctx.memoize(("non-ascii-chars", seg.id), build)


class Params(BaseModel):
    report: Literal["script", "punctuation"]
    allow: list[str] = ["【", "】"]


def _han_runs(text: str, allow: set[str]):
    """Merged (start, end) stretches holding at least one Han character."""
    runs = []
    for m in HAN.finditer(text):
        s, e = m.span()
        if all(ch in allow for ch in m.group()):
            continue
        if not regex.search(r"\p{Han}", m.group()):
            continue
        if runs:
            ps, pe = runs[-1]
            gap = text[pe:s]
            if "\n" not in gap and not ENGLISH_WORD.search(gap):
                runs[-1] = (ps, e)
                continue
        runs.append((s, e))
    # codes and numbers glued to the end of a Chinese stretch belong to it (邮编100028, 号-2)
    out = []
    for s, e in runs:
        m = TRAIL.match(text, e)
        out.append((s, m.end() if m else e))
    return out


GLOSS_MAX = 16  # Han characters in a bracketed gloss at most: a term, not a sentence
GLOSS_BREAKS = set("，。；：！？,.;:!?")


def _bracket_gloss(text: str, s: int, e: int) -> bool:
    """The stretch is a term's original in brackets right after its English rendering ("East-West
    cooperation (东西部扶贫协作)", "Minning Town (闽宁镇)"): a deliberate gloss, not left untranslated.
    Only Han characters (no sentence punctuation, at most ``GLOSS_MAX``) between the brackets, and
    an English word or figure before the opening one."""
    j = s if text[s] == "（" else s - 1  # (a full-width bracket is part of the stretch)
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 1 or text[j] not in "(（":
        return False
    k = j - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k < 0 or not (text[k].isascii() and text[k].isalnum() or text[k] in "’'\"”"):
        return False
    close = min((i for i in (text.find(")", j), text.find("）", j)) if i != -1), default=-1)
    if close == -1 or close > e + 1:
        return False
    inner = text[j + 1:close].strip()
    return (0 < len(inner) <= GLOSS_MAX and not any(ch in GLOSS_BREAKS for ch in inner)
            and all(HAN_CHAR.match(ch) or ch in "·・、 " for ch in inner))


def _glossary_cell(text: str, s: int, e: int) -> bool:
    """The stretch fills a cell of a table row (cells split by "|" or tabs) whose other cells hold
    an English word, in a column with Han in another row too: a bilingual glossary or term table
    ("| 精准扶贫 | targeted poverty alleviation |"), where the original is given on purpose."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le == -1 else le
    line = text[ls:le]
    sep = "|" if "|" in line else "\t" if "\t" in line else None
    if sep is None:
        return False
    cells = line.split(sep)
    offset, mine = 0, None
    for k, cell in enumerate(cells):
        if offset <= s - ls and e - ls <= offset + len(cell):
            mine = k
            break
        offset += len(cell) + 1
    if mine is None or cells[mine].strip() != text[s:e].strip():
        return False
    if not any(ENGLISH_WORD.search(c) for k, c in enumerate(cells) if k != mine):
        return False
    # the column is Chinese on purpose when another row of the table has a Chinese cell there too (a lone
    # Chinese cell in an English table is left untranslated)
    for step in (-1, 1):
        pos = ls - 1 if step < 0 else le + 1
        while 0 <= pos <= len(text):
            a = text.rfind("\n", 0, pos) + 1 if step < 0 else pos
            b = pos if step < 0 else (text.find("\n", pos) if text.find("\n", pos) != -1 else len(text))
            row = text[a:b]
            if sep not in row:
                break
            other = row.split(sep)
            if mine < len(other) and HAN_CHAR.search(other[mine]) and not regex.search(r"[A-Za-z]", other[mine]):
                return True
            pos = a - 1 if step < 0 else b + 1
            if step > 0 and b >= len(text):
                break
    return False


def run(rule, ctx):
    allow = set(rule.params.allow)
    script = rule.params.report == "script"
    for seg in ctx.segments:
        text = seg.text
        chars = non_ascii_chars(ctx, seg)
        # without a Han character there is no stretch to report or to skip; without a
        # reportable full-width mark there is no punctuation finding
        if script and not any(HAN_CHAR.match(c) for c in chars):
            continue
        if not script and not any(c not in allow and c not in "“”" and PUNCT.match(c) for c in chars):
            continue
        runs = ctx.memoize(("han-runs", seg.id, tuple(sorted(allow))), lambda: _han_runs(text, allow))
        if rule.params.report == "script":
            for s, e in runs:
                if not (_bracket_gloss(text, s, e) or _glossary_cell(text, s, e)):
                    yield rule.finding(seg, s, e)
            continue
        covered = [(s, e) for s, e in runs]
        j = 0
        for m in PUNCT.finditer(text):
            ch = m.group()
            if ch in allow or ch in "“”":
                continue
            while j < len(covered) and covered[j][1] <= m.start():
                j += 1
            if j < len(covered) and covered[j][0] <= m.start() < covered[j][1]:
                continue
            rep = FULLWIDTH.get(ch, ch)
            nxt = text[m.end():m.end() + 1]
            if ch in SPACE_AFTER and nxt and not nxt.isspace():
                rep += " "
            yield rule.finding(seg, m.start(), m.end(), suggestions=(rep,))
