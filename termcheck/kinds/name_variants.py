"""One body named two ways in one document, found without any glossary.

Names are runs of capitalised words, joined by connectors (of, and, for, the, on, in, &),
with nothing but spaces between them (``Provincial Poverty Alleviation and Development
Leading Group``). Two checks, chosen by ``mode``:

* ``reorder``: names made of the same content words (case, possessives, plurals (from the lexicon) and
  ``&``/``and`` normalised) in a different order or with different connectors
  (``Provincial Leading Group of Poverty Alleviation and Development``). The minority form
  is reported with the majority form as suggestion; on a tie the later form is reported.
  A leading romanised place name (``Sichuan``) is also compared as a qualifier, so a
  qualified name is checked against unqualified wordings of the same body.
  Two names that only swap conjuncts around ``and`` (``A and B`` / ``B and A``) are lists,
  not renderings, and stay silent.
* ``short_form``: a name ending in an all-caps abbreviation (``Sichuan TV``) where the
  document also names the body in full with the same leading words
  (``Sichuan Radio and Television``) and the abbreviation is either the initials of the
  words it replaces or the letters of one word (TV = Television). Abbreviations the
  document introduces itself (``... (STV)``) stay silent.
"""
from __future__ import annotations

import functools
from sys import intern
from collections import Counter, defaultdict
from typing import Literal

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang.en_nouns import singular_form
from ..lang.pinyin import is_pinyin_name
from ..text import sentence_start_before

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("names",)


TOKEN = regex.compile(r"[\p{L}&][\p{L}\p{M}'’\-]*")
CONNECTORS = {"of", "and", "for", "the", "on", "in", "&", "to"}


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mode: Literal["reorder", "short_form"] = "reorder"
    min_words: int = 3          # content words a name needs (reorder)
    max_abbrev_len: int = 5     # short_form: longest abbreviation considered


class Name:
    """One occurrence of a name. Compact, as a long document has tens of thousands: the words
    are a tuple shared by every occurrence of the same run, the text is sliced when asked for."""

    __slots__ = ("seg", "start", "end", "words")

    def __init__(self, seg, start: int, end: int, words: tuple[str, ...]):
        self.seg, self.start, self.end, self.words = seg, start, end, words

    @property
    def text(self) -> str:
        return self.seg.original[self.start:self.end]

    @property
    def content(self) -> list[str]:
        return [w for w in self.words if w.lower() not in CONNECTORS]


POSSESSIVE = regex.compile(r"['’]s?$")


@functools.lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    w = POSSESSIVE.sub("", word.lower())
    return singular_form(w) or w


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


CAP = r"\p{Lu}[\p{L}\p{M}'’\-]*"
_SEP = r"(?:[ \t\u00a0]{1,2}(?:(?:of|and|for|the|on|in|to|&)[ \t\u00a0]{1,2})*"
RUN = regex.compile(CAP + _SEP + CAP + r")+")


@functools.lru_cache(maxsize=1)
def _run_bmp():
    """RUN for Python's ``re``, exact on a text without characters beyond the BMP (the classes
    spelled out by ``_uclasses``): ``re`` skips to each capital through a table, where ``regex``
    tests the property at every character (1 MB: ~105 instead of ~150 M instructions)."""
    import re

    from ._uclasses import LM, LU

    cap = f"[{LU}][{LM}'’\\-]*"
    return re.compile(cap + _SEP + cap + r")+")


def _runs(text: str):
    """``RUN.finditer(text)``, through ``re`` where that is exact."""
    from ._uclasses import has_astral

    return (RUN if has_astral(text) else _run_bmp()).finditer(text)


def _run_words(run: str) -> tuple:
    """(words, their offsets in ``run``, leading connectors) of a run of capitalised words: the
    words are the run's white-space pieces (a RUN match holds words and connectors parted by
    spaces, each piece one ``TOKEN``), one shared string per distinct word."""
    words = tuple(map(intern, run.split()))
    offsets, pos = [], 0
    for w in words:
        pos = run.index(w, pos)
        offsets.append(pos)
        pos += len(w)
    k = 0
    while k < len(words) and words[k].lower() in CONNECTORS:
        k += 1  # "The ...", sentence-initial "In ..."
    return words, offsets, k


def extract_names(seg, runs: dict | None = None) -> list[Name]:
    """Maximal runs of capitalised words and inner connectors, separated by spaces only
    (one regex pass; each distinct run is split into words once, ``runs`` keeps them)."""
    text = seg.text
    runs = {} if runs is None else runs
    names: list[Name] = []
    for m in _runs(text):
        start, end = m.span()
        run = m.group()
        info = runs.get(run)
        if info is None:
            info = runs[run] = _run_words(run)
        words, offsets, k = info
        if len(words) - k > 2 and words[k + 1] in ("the", "of") and sentence_start_before(text, start + offsets[k]):
            k += 2  # "Later the Provincial ...", "Most of Sichuan ...": a sentence opener, not a name
        if len(words) - k >= 2:
            names.append(Name(seg, start + offsets[k], end, words[k:] if k else words))
    return names


def _names(ctx) -> list[Name]:
    def build():
        runs: dict = {}
        out = [n for seg in ctx.segments for n in extract_names(seg, runs)]
        # the same run gives the same words: share one tuple between its occurrences
        shared: dict = {}
        for n in out:
            n.words = shared.setdefault(n.words, n.words)
        return out
    return ctx.memoize(("names",), build)


def _conjuncts(words: list[str]) -> list[tuple[str, ...]]:
    """The parts between "and"s, without their edge connectors ("A and the B" -> [A, B])."""
    parts, cur = [], []
    for w in [*words, "and"]:
        if w.lower() in ("and", "&"):
            while cur and cur[0].lower() in CONNECTORS:
                cur.pop(0)
            while cur and cur[-1].lower() in CONNECTORS:
                cur.pop()
            parts.append(tuple(_norm(x) for x in cur))
            cur = []
        else:
            cur.append(w)
    return sorted(parts)


def _core(n: Name) -> tuple[str, list[str], str]:
    """(qualifier, core words, core text): a leading romanised place name (``Sichuan``
    Provincial ...) is a qualifier, so ``Sichuan Provincial Leading Group of X`` is compared
    with ``Provincial X Leading Group``."""
    if _qualified(n.words):
        text = n.text
        core_start = text.index(n.words[1], len(n.words[0]))
        return n.words[0], tuple(n.words[1:]), text[core_start:]
    return "", tuple(n.words), n.text


@functools.lru_cache(maxsize=65536)
def _qualified(words: tuple) -> bool:
    return len(words) > 3 and is_pinyin_name(words[0]) and words[1].lower() not in CONNECTORS


class _Variant:
    """What the name-order rule compares of one way of writing a name (per distinct words)."""

    __slots__ = ("qual", "words", "key", "form", "conjuncts")

    def __init__(self, qual: str, words: tuple, min_words: int):
        self.qual, self.words = qual, words
        content = [_norm(part) for w in words if w.lower() not in CONNECTORS for part in w.split("-") if part]
        # min_words counts written words: "China's South-South" is two words, not three
        ok = sum(w.lower() not in CONNECTORS for w in words) >= min_words
        self.key = tuple(sorted(content)) if ok else None
        self.form = tuple(_norm(w) for w in words)
        self.conjuncts = None

    def conj(self):
        if self.conjuncts is None:
            self.conjuncts = _conjuncts(self.words)
        return self.conjuncts


def _reorder(rule, ctx):
    p: Params = rule.params
    names = _names(ctx)
    # each distinct name is analysed once: as written, and without a leading place qualifier
    variants: dict[tuple, list[_Variant]] = {}
    forms_of: dict[tuple, set] = defaultdict(set)
    for n in names:
        if n.words not in variants:
            vs = [_Variant("", n.words, p.min_words)]
            if _qualified(n.words):
                vs.append(_Variant(n.words[0], n.words[1:], p.min_words))
            vs = variants[n.words] = [v for v in vs if v.key is not None]
            for v in vs:
                forms_of[v.key].add(v.form)
    # only keys written in two ways or more can hold a finding: members for those only
    groups: dict[tuple, list] = defaultdict(list)
    for n in names:
        for v in variants[n.words]:
            if len(forms_of[v.key]) > 1:
                groups[v.key].append((n, v))
    for members in groups.values():
        forms = Counter(v.form for _, v in members)
        first: dict[tuple, int] = {}
        for i, (_, v) in enumerate(members):
            first.setdefault(v.form, i)
        # majority form; ties go to the form that appears first
        best = max(forms, key=lambda f: (forms[f], -first[f]))
        model, model_v = members[first[best]]
        # a qualified form's suggestion is the model as compared: its core when that is what matched
        model_core = _core(model)[2] if model_v.qual else model.text
        for n, v in members:
            if v.form == best or v.conj() == model_v.conj() \
                    or variants[n.words][0].conj() == variants[model.words][0].conj():
                continue  # the same name, or a list whose items swapped places
            if v.qual and model_v.qual and v.qual.lower() != model_v.qual.lower():
                continue  # two places' bodies ("Pengshui ... County" / "Xiushan ... County"), not one body
            sugg = f"{v.qual} {model_core}" if v.qual else model.text
            yield rule.finding(n.seg, n.start, n.end, suggestions=(sugg,), other=model.text, count=forms[best])


def _abbreviates(abbr: str, words: list[str]) -> int | None:
    """Index of the last word of ``words`` (from 0) that ``abbr`` abbreviates, else None.
    Initials of consecutive content words (connectors skipped), or letters of one word."""
    letters = abbr.lower()
    first = words[0].lower() if words else ""
    if first and first[0] == letters[0]:
        i = 1
        for ch in first[1:]:
            if i < len(letters) and ch == letters[i]:
                i += 1
        if i == len(letters):
            return 0
    i, last = 0, None
    for k, w in enumerate(words):
        if w.lower() in CONNECTORS:
            continue
        if i < len(letters) and w[:1].lower() == letters[i]:
            i += 1
            last = k
            if i == len(letters):
                return last if len(letters) > 1 else None
        else:
            return None
    return None


PAREN_GROUP = regex.compile(r"\(([^()]*)\)")


def _bracketed(ctx) -> dict:
    """Contents of the innermost brackets "(...)" of the document (segments joined by newlines),
    filed under their last word when that is in capitals: an abbreviation the document
    introduces, "(... STV)", is one of them (the abbreviation, letters after white space or the
    bracket, is the last word however str.split and regex differ about white space), so each
    abbreviation is looked up, not searched for through the whole text."""
    out: dict = defaultdict(list)
    for m in PAREN_GROUP.finditer("\n".join(s.text for s in ctx.segments)):
        c = m.group(1)
        last = c.rsplit(None, 1)[-1:]
        if last and last[0].isupper() and last[0].isalpha():
            out[last[0]].append(c)
    return out


def _introduced(abbr: str, bracketed: dict) -> bool:
    r"""Whether the document has "(ABBR)" or "(... ABBR)", as
    ``\((?:[^()\n]{0,40}\s)?ABBR\s*\)`` finds it in the text."""
    pat = regex.compile(r"(?:[^()\n]{0,40}\s)?" + regex.escape(abbr) + r"\s*")
    return any(pat.fullmatch(c) for c in bracketed.get(abbr, ()))


def _short_form(rule, ctx):
    p: Params = rule.params
    names = _names(ctx)
    bracketed = None
    introduced: dict[str, bool] = {}
    by_first: dict[str, list[Name]] = defaultdict(list)
    for n in names:
        by_first[n.words[0].lower()].append(n)
    for n in names:
        abbr = n.words[-1]
        if not (abbr.isupper() and abbr.isalpha() and 2 <= len(abbr) <= p.max_abbrev_len):
            continue
        if abbr not in introduced:
            if bracketed is None:
                bracketed = _bracketed(ctx)
            introduced[abbr] = _introduced(abbr, bracketed)
        if introduced[abbr]:
            continue
        prefix = [w.lower() for w in n.words[:-1]]
        if not prefix or all(w in CONNECTORS for w in prefix):
            continue
        best = None
        for long in by_first.get(n.words[0].lower(), ()):
            lw = long.words
            # (a word of the long name in capitals is that word, not its abbreviation: "CHEN JING:"
            # labels a speaker named Chen Jing)
            if (len(lw) <= len(prefix) + 0 or [w.lower() for w in lw[:len(prefix)]] != prefix
                    or any(abbr == w.upper() for w in lw)):
                continue
            rest = lw[len(prefix):]
            for k in range(len(rest)):
                if rest[k].lower() in CONNECTORS:
                    continue
                end = _abbreviates(abbr, rest[k:])
                if end is not None:
                    last = len(prefix) + k + end
                    # the suggestion ends at the abbreviated word, in the document's own spelling
                    toks = list(TOKEN.finditer(long.seg.text, long.start, long.end))
                    cand = long.seg.original[long.start:toks[last].end()]
                    if best is None:
                        best = cand
                    break
            if best:
                break
        if best:
            yield rule.finding(n.seg, n.start, n.end, suggestions=(best,), other=best)


def run(rule, ctx):
    if rule.params.mode == "short_form":
        yield from _short_form(rule, ctx)
    else:
        yield from _reorder(rule, ctx)
