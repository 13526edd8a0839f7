"""Recognise romanised Chinese (Hanyu Pinyin, no tone marks) by syllable structure.

Place and person names in English renderings of Chinese documents (Xinlong, Wangcang,
Liangshan, Guang'an, Dege) are not in any English dictionary, and listing them is hopeless.
They are, however, sequences of the ~400 legal pinyin syllables. ``segment`` splits a word
into such syllables; ``is_pinyin_name`` applies it to a capitalised word.

Orthography used to keep English words out: a syllable that starts with a, o or e cannot
follow another syllable without an apostrophe (pinyin writes Xi'an, Guang'an; "Xian" is one
syllable), and syllables are taken whole, so ``Kashin`` (``shin`` is not pinyin) fails.
"""
from __future__ import annotations

import functools
import re

# Initials and the finals each one combines with (standard Hanyu Pinyin table).
_TABLE = {
    "": "a o e ai ei ao ou an en ang eng er",
    "b": "a o ai ei ao an en ang eng i ie iao ian in ing u",
    "p": "a o ai ei ao ou an en ang eng i ie iao ian in ing u",
    "m": "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
    "f": "a o ei ou an en ang eng u",
    "d": "a e ai ei ao ou an en ang eng ong i ie iao iu ian ing u uo ui uan un",
    "t": "a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un",
    "n": "a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan v ve ue",
    "l": "a e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve ue",
    "g": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "k": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "h": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "j": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "q": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "x": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "zh": "a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "ch": "a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "sh": "a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang",
    "r": "e i ao ou an en ang eng ong u ua uo ui uan un",
    "z": "a e i ai ei ao ou an en ang eng ong u uo ui uan un",
    "c": "a e i ai ao ou an en ang eng ong u uo ui uan un",
    "s": "a e i ai ao ou an en ang eng ong u uo ui uan un",
    "y": "a o e ao ou an in ang ing ong i u ue uan un",
    "w": "a o ai ei an en ang eng u",
}
SYLLABLES: frozenset[str] = frozenset(i + f for i, fs in _TABLE.items() for f in fs.split())
_MAXLEN = max(map(len, SYLLABLES))
APOSTROPHES = "'’"


@functools.lru_cache(maxsize=65536)
def segment(word: str, max_syllables: int = 5) -> tuple[str, ...] | None:
    """Split ``word`` (any case, apostrophes allowed between syllables) into pinyin syllables,
    preferring the fewest syllables; ``None`` when it is not pinyin."""
    w = word.lower().replace("ü", "v")
    parts = [p for p in _split_apostrophes(w)]
    if not parts or any(not p for p in parts):
        return None
    out: list[str] = []
    for part in parts:
        seg = _segment_part(part)
        if seg is None:
            return None
        out.extend(seg)
    return tuple(out) if len(out) <= max_syllables else None


def _split_apostrophes(w: str) -> list[str]:
    for a in APOSTROPHES:
        w = w.replace(a, "'")
    return w.split("'")


def _segment_part(s: str) -> list[str] | None:
    # best[i]: fewest-syllable segmentation of s[:i]; vowel-initial syllables only at i == 0.
    n = len(s)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + _MAXLEN) + 1):
            syl = s[i:j]
            if syl not in SYLLABLES or (i > 0 and syl[0] in "aoe"):
                continue
            cand = best[i] + [syl]
            if best[j] is None or len(cand) < len(best[j]):
                best[j] = cand
    return best[n]


def is_pinyin_name(word: str, max_syllables: int = 5) -> bool:
    """A capitalised word made of pinyin syllables: Xinlong, Guang'an (not XINLONG, not xinlong)."""
    rest = word[1:].replace("'", "").replace("’", "")
    if not word[:1].isupper() or (rest and not rest.islower()):
        return False
    return segment(word, max_syllables) is not None


def is_pinyin_word(word: str, min_syllables: int = 2, max_syllables: int = 5, min_single: int = 4) -> bool:
    """A lower-case pinyin loanword such as ``hukou``, ``dibao`` or ``xiang``: two syllables,
    or one of at least ``min_single`` letters, so short English typos that happen to be
    syllables (``fo`` for ``of``, ``jin`` for ``join``) are not excused."""
    seg = segment(word, max_syllables)
    return seg is not None and (len(seg) >= min_syllables or len(word) >= min_single)


_GLOSS_TEXT = re.compile(r"[\sA-Za-z'’\-*_\u2060]+")
_GLOSS_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


def in_pinyin_gloss(text: str, pos: int, reach: int = 100) -> bool:
    """``pos`` lies in a bracket that holds romanised Chinese and nothing else, the way a translation
    gives its original after it: "diagnosis first, payment later (xian zhenliao hou fufei)", "Grain
    for Green (*tuigeng huanlin*)" (Markdown emphasis allowed). Every word is pinyin and one has two
    syllables or more, so an English slip in brackets ("(fo men)") is no gloss. Looked for around
    ``pos`` only (the brackets within ``reach`` characters)."""
    a = max(text.rfind("(", max(0, pos - reach), pos), text.rfind("（", max(0, pos - reach), pos))
    if a == -1:
        return False
    ends = [i for i in (text.find(")", pos, pos + reach), text.find("）", pos, pos + reach)) if i != -1]
    if not ends:
        return False
    inner = text[a + 1:min(ends)]
    if not _GLOSS_TEXT.fullmatch(inner):
        return False
    words = _GLOSS_WORD.findall(inner)
    segs = [segment(w.lower()) for w in words]
    return bool(words) and all(x is not None for x in segs) and any(len(x) >= 2 for x in segs)
