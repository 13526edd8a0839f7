"""Helpers for the source-aware kinds: paired segments, Chinese sentences, length ratios."""
from __future__ import annotations

import statistics

import regex

from ..text import sentence_spans

HAN = regex.compile(r"\p{Han}")
ZH_SENTENCE = regex.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
ZH_NOISE = regex.compile(r"[\s\u2060]")
# English abbreviations that end in a dot but do not end a sentence
ABBREV = regex.compile(r"\b(?:No|Nos|Art|Vol|Fig|e\.g|i\.e|etc|Mr|Mrs|Dr|St|Co|Ltd|Inc|approx|vs)\.$", regex.I)
PRIOR_RATIO = 2.8  # English non-space characters per Chinese character in policy prose, before calibration


def paired(ctx):
    """Segments that have a source to compare with."""
    return [s for s in ctx.segments if s.source is not None]


def zh_len(s: str) -> int:
    return len(ZH_NOISE.sub("", s))


def en_len(s: str) -> int:
    """Characters other than spaces (the unit readers.aligned measures paragraphs in)."""
    return len(ZH_NOISE.sub("", s))


def zh_sentences(s: str) -> list[str]:
    """Sentences of a Chinese text (ended by 。！？); fragments without Han characters are merged away."""
    out = []
    for m in ZH_SENTENCE.finditer(s):
        t = m.group().strip()
        if not t:
            continue
        if out and not HAN.search(t):
            out[-1] += t
        else:
            out.append(t)
    return [t for t in out if HAN.search(t)]


def en_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of an English text, not splitting after abbreviations such as "No."."""
    spans = []
    for a, b in sentence_spans(text):
        if spans and ABBREV.search(text[spans[-1][0]:spans[-1][1]].rstrip()):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    out = []
    for a, b in spans:
        seg = text[a:b]
        if seg.strip():
            out.append((a + len(seg) - len(seg.lstrip()), a + len(seg.rstrip())))
    return out


def length_ratio(ctx) -> float:
    """English/Chinese length ratio calibrated on the document: the median over its segments,
    pulled towards the prior while there are few segments."""
    def compute():
        ratios = []
        for s in paired(ctx):
            zl, el = zh_len(s.source), en_len(s.text)
            if zl >= 10 and el:
                ratios.append(el / zl)
        if not ratios:
            return PRIOR_RATIO
        med = statistics.median(ratios)
        w = min(len(ratios), 10) / 10
        return w * med + (1 - w) * PRIOR_RATIO
    return ctx.memoize(("bilingual", "ratio"), compute)


def trimmed(seg) -> tuple[int, int]:
    """Span of the segment's target without surrounding whitespace (and fill characters)."""
    text = seg.text
    a, b = 0, len(text)
    while a < b and (text[a].isspace() or text[a] == "\u2060"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == "\u2060"):
        b -= 1
    return a, b


def short(s: str, n: int = 24) -> str:
    s = s.strip()
    return s if len(s) <= n else s[:n] + "…"


ZH_NUMBER = regex.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)?")
EN_NUMBER = regex.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(thousand|million|billion)?", regex.I)
SCALE = {"万": 1e4, "亿": 1e8, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def zh_numbers(s: str) -> set[float]:
    """Arabic figures of a Chinese text with 万/亿 applied (4.5万 -> 45000)."""
    return {round(float(m.group(1)) * SCALE.get(m.group(2) or "", 1), 6) for m in ZH_NUMBER.finditer(s)}


def en_numbers(s: str) -> set[float]:
    """Figures of an English text, with and without their scale word (3.56 million -> 3560000 and 3.56)."""
    out = set()
    for m in EN_NUMBER.finditer(s):
        v = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        out.add(round(v, 6))
        if m.group(3):
            out.add(round(v * SCALE[m.group(3).lower()], 6))
    return out
