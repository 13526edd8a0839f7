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
    __slots__ = ("seg", "start", "end", "words", "text")

    def __init__(self, seg, toks):
        self.seg = seg
        self.start, self.end = toks[0][0], toks[-1][1]
        self.words = [w for _, _, w in toks]
        self.text = seg.original[self.start:self.end]

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
RUN = regex.compile(CAP + r"(?:[ \t\u00a0]{1,2}(?:(?:of|and|for|the|on|in|to|&)[ \t\u00a0]{1,2})*" + CAP + r")+")


def extract_names(seg) -> list[Name]:
    """Maximal runs of capitalised words and inner connectors, separated by spaces only
    (one regex pass; tokens only inside the runs)."""
    text = seg.text
    names: list[Name] = []
    for m in RUN.finditer(text):
        run = [(t.start(), t.end(), t.group()) for t in TOKEN.finditer(text, m.start(), m.end())]
        while run and run[0][2].lower() in CONNECTORS:
            run.pop(0)  # "The ...", sentence-initial "In ..."
        if len(run) > 2 and run[1][2] in ("the", "of") and sentence_start_before(text, run[0][0]):
            del run[:2]  # "Later the Provincial ...", "Most of Sichuan ...": a sentence opener, not a name
        if len(run) >= 2:
            names.append(Name(seg, run))
    return names


def _names(ctx) -> list[Name]:
    return ctx.memoize(("names",), lambda: [n for seg in ctx.segments for n in extract_names(seg)])


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
    if len(n.words) > 3 and is_pinyin_name(n.words[0]) and n.words[1].lower() not in CONNECTORS:
        core_start = n.text.index(n.words[1], len(n.words[0]))
        return n.words[0], tuple(n.words[1:]), n.text[core_start:]
    return "", tuple(n.words), n.text


def _reorder(rule, ctx):
    p: Params = rule.params
    groups: dict[tuple, list] = defaultdict(list)
    for n in _names(ctx):
        variants = {("", tuple(n.words), n.text), _core(n)}  # as written, and without a place qualifier
        for qual, words, core_text in variants:
            words = list(words)
            content = [_norm(part) for w in words if w.lower() not in CONNECTORS for part in w.split("-") if part]
            # min_words counts written words: "China's South-South" is two words, not three
            if sum(w.lower() not in CONNECTORS for w in words) >= p.min_words:
                groups[tuple(sorted(content))].append((n, qual, words, core_text))
    for members in groups.values():
        forms = Counter(tuple(_norm(w) for w in words) for _, _, words, _ in members)
        if len(forms) < 2:
            continue
        first: dict[tuple, int] = {}
        for i, (_, _, words, _) in enumerate(members):
            first.setdefault(tuple(_norm(w) for w in words), i)
        # majority form; ties go to the form that appears first
        best = max(forms, key=lambda f: (forms[f], -first[f]))
        model, _, model_words, model_core = members[first[best]]
        model_qual = members[first[best]][1]
        for n, qual, words, _ in members:
            if tuple(_norm(w) for w in words) == best or _conjuncts(words) == _conjuncts(model_words) \
                    or _conjuncts(n.words) == _conjuncts(model.words):
                continue  # the same name, or a list whose items swapped places
            if qual and model_qual and qual.lower() != model_qual.lower():
                continue  # two places' bodies ("Pengshui ... County" / "Xiushan ... County"), not one body
            sugg = f"{qual} {model_core}" if qual else model.text
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


def _short_form(rule, ctx):
    p: Params = rule.params
    names = _names(ctx)
    full_text = "\n".join(s.text for s in ctx.segments)
    introduced: dict[str, bool] = {}
    by_first: dict[str, list[Name]] = defaultdict(list)
    for n in names:
        by_first[n.words[0].lower()].append(n)
    for n in names:
        abbr = n.words[-1]
        if not (abbr.isupper() and abbr.isalpha() and 2 <= len(abbr) <= p.max_abbrev_len):
            continue
        if abbr not in introduced:
            introduced[abbr] = bool(regex.search(r"\((?:[^()\n]{0,40}\s)?" + regex.escape(abbr) + r"\s*\)", full_text))
        if introduced[abbr]:
            continue
        prefix = [w.lower() for w in n.words[:-1]]
        if not prefix or all(w in CONNECTORS for w in prefix):
            continue
        best = None
        for long in by_first.get(n.words[0].lower(), ()):
            lw = long.words
            if len(lw) <= len(prefix) + 0 or [w.lower() for w in lw[:len(prefix)]] != prefix or abbr in lw:
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
