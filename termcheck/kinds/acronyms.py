"""Acronyms: used with no expansion anywhere in the document, or expanded two ways.

An acronym counts as expanded when the document has ``Long Name (ACR)`` or ``ACR (Long Name)``
whose initials fit the acronym. Well-known acronyms (``known`` and the word list
``known_file`` in the rules directory) and glossary acronyms that are names in their own right
(no long form in the glossary) never need expanding. The glossary's long form, or
``expansions``, is the suggestion at first use.

Not acronyms: a word in capitals followed by a colon at a line start is a label ("NOTE:",
"SOURCE:"; a speaker in a transcript, "LI WENHUA:", "REPORTER (Daily News):"); a news dateline ("BEIJING, May 5 (Xinhua) --") names a place; a line mostly in
capitals is a heading.

Params: ``report`` = ``unexpanded`` | ``expanded-twice``; ``known``; ``known_file``;
``expansions``; ``article``: acronyms whose expansion takes "the" when no determiner precedes;
``article_heads``: words that make a long form the name of a body ("Office", "Ministry"), which
takes "the" too.
"""
from __future__ import annotations

from typing import Literal

import regex
from ..lazymodel import BaseModel

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("acronym-expansions",)

ACRONYM = regex.compile(r"(?<![\p{L}\p{N}\-])([A-Z][A-Z&]{1,7})s?(?![\p{L}\p{N}\-])")
# full-width brackets too: the expansion is there even if its brackets are a slip (TC503)
# "Long Name (ACR)", also "(hereinafter referred to as the ACR)" and quoted "(“ACR”)"
PAREN_ACR = regex.compile(r"[(（](?:(?i:hereinafter|hereafter)[ \t]+(?:referred[ \t]+to[ \t]+as|called|the)[ \t]+"
                          r"(?:the[ \t]+)?)?[\"“]?([A-Z][A-Z&]{1,7})s?[\"”]?[)）]")
# (a word may hold an apostrophe: "Shaanxi Women's Federation (SWF)", "Xi'an Water Bureau (XWB)")
LONG_BEFORE = regex.compile(r"([\p{L}][\p{L}'’\-]*(?:[ \-]+[\p{L}'’\-]+){0,12})\s*$")
# the letters, apostrophes, hyphens and spaces that end at ``endpos`` (before trailing white space), read backwards
PHRASE_TAIL = regex.compile(r"(?r)([\p{L}'’\- ]*)\s*")
SPACE_RUN = regex.compile(r"[ \-]*[ ][ \-]*")
# "ACR (Long Name)": the acronym is looked for behind each bracket (the scan starts at the
# bracket, which is cheaper than trying an acronym at every word); same matches as
# r"\b([A-Z][A-Z&]{1,7})\s*[(（]([\p{L}][^()（）\n]{3,120})[)）]"
PAREN_BEFORE = regex.compile(r"(?<=\b([A-Z][A-Z&]{1,7})\s*)[(（]([\p{L}][^()（）\n]{3,120})[)）]")
# a line of a list of abbreviations: the acronym, a column gap or a colon/dash/equals sign, the long form
# ("ACWF    All-China Women's Federation", "- PMO: Programme Management Office", "NGO = non-governmental organisation")
# (matched after a line's "\n": a literal the engine skips to, far cheaper than "(?m)^" at every position)
LIST_DEF = regex.compile(r"\n[ \t]*(?:[-*•][ \t]+)?([A-Z][A-Z&]{1,7})(?:\t+|[ ]{2,}|[ \t]*[:=–—][ \t]*|[ \t]+-[ \t]+)"
                         r"([\p{L}][^\n]{3,120}?)[ \t.;]*(?=\n|$)")
ROMAN = regex.compile(r"^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# a label's colon, maybe after a short bracket: "NOTE:", "REPORTER (Daily News):" in a transcript
LABEL_AFTER = regex.compile(r"s?(?:[ \t]*[(（][^()（）\n:：]{1,60}[)）])?[ \t]*[:：]")
# words in capitals before a label at a line start: a speaker's name in a transcript ("LI WENHUA:")
CAPS_BEFORE_LABEL = regex.compile(r"[ \t>*\-•]*(?:\p{Lu}[\p{Lu}'’.\-]*[ \t]+){0,3}")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE_AFTER = regex.compile(r"(?:[ \-]\p{Lu}{2,})*,(?:[ \t]+\p{Lu}[\p{L}.\-]*,?){0,3}[ \t]+" + MONTH + r"[ \t]+\d{1,2}\b")
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
MINOR = {"of", "and", "for", "the", "in", "on", "to", "at", "a", "an", "&"}


class Params(BaseModel):
    report: Literal["unexpanded", "expanded-twice"]
    known: list[str] = []
    known_file: str | None = None
    expansions: dict[str, str] = {}
    article: list[str] = []
    article_heads: list[str] = []


def prepare(params: Params) -> Params:
    if params.known_file:
        params.known = sorted(set(params.known) | _read_word_list(params.known_file))
    return params


def _read_word_list(name: str) -> set[str]:
    """Words of a list file (one a line, "#" notes), relative to the shipped rules directory."""
    from ._datafile import data_lines

    return {line.strip() for _, line in data_lines(name, "known_file")[1]}


# compiled once: regex.split(str, ...) and the like look the pattern up in the module's cache
# on every call (a few microseconds; _initials_fit runs for every tail of every expansion)
WORD_SEP = regex.compile(r"[\s\-]+")
LETTERS = regex.compile(r"[\p{L}]+")
WORD_BEFORE = regex.compile(r"([\p{L}]+)[ \t]+$")
WORD_AFTER = regex.compile(r"[ \t]+([\p{L}]+)")


def _initials_fit(long: str, acr: str) -> bool:
    words = [w for w in WORD_SEP.split(long) if w]
    full = "".join(w[0] for w in words).upper()
    major = "".join(w[0] for w in words if w.lower() not in MINOR).upper()
    acr = acr.replace("&", "")
    return acr in full or acr in major or (major and acr[0] == major[0] and len(acr) <= len(words))


def _openers(text: str) -> list[int]:
    """Offsets of the opening brackets "(" and "（" (str.find: both patterns below start there)."""
    out = []
    for ch in "(（":
        i = text.find(ch)
        while i != -1:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def _long_before(text: str, lo: int, hi: int):
    """``LONG_BEFORE.search(text, lo, hi)``, started at the leftmost place a match can start.
    Searching the whole window tries every letter of it, and from each one backtracks through
    up to 12 words: most of the acronyms' cost on a long text. A match is letters, hyphens and
    spaces up to the trailing white space, starts at a letter and holds at most 12 runs of
    separators with a space in them, so no match starts before the 12th such run from the end."""
    tail = PHRASE_TAIL.match(text, lo, hi)
    a, r = tail.span(1)
    while a < r and text[a] in " -":
        a += 1
    if a >= r:
        return None
    runs = [m.end() for m in SPACE_RUN.finditer(text, a, r)]
    if len(runs) > 12:
        a = runs[-13]
    return LONG_BEFORE.search(text, a, hi)


def _expansions(ctx):
    found: dict[str, list[tuple[object, int, int, str]]] = {}
    for seg in ctx.segments:
        text = seg.text
        openers = _openers(text)
        # both patterns start at a bracket and hold no other one: matching at each bracket
        # finds what finditer would, without scanning the text twice
        paren_acr = [m for m in map(PAREN_ACR.match, (text,) * len(openers), openers) if m]
        paren_before = [m for m in map(PAREN_BEFORE.match, (text,) * len(openers), openers) if m]
        for pm in paren_acr:
            acr = pm.group(1)
            window_start = max(0, pm.start() - 160)
            m = _long_before(seg.text, window_start, pm.start())
            if not m:
                continue
            long = m.group(1)
            words = long.split()
            # keep the shortest tail of the phrase whose initials still fit
            for k in range(1, len(words) + 1):
                tail = " ".join(words[-k:])
                if _initials_fit(tail, acr) and len([w for w in words[-k:] if w.lower() not in MINOR]) >= len(acr.replace("&", "")) - 1:
                    long = tail
                    break
            found.setdefault(acr, []).append((seg, m.start(1) + len(m.group(1)) - len(long), m.end(1), long))
        for m in paren_before:
            if _initials_fit(m.group(2), m.group(1)):
                found.setdefault(m.group(1), []).append((seg, m.start(2), m.end(2), m.group(2)))
        if "\n" in text:
            first = LIST_DEF.match("\n" + text[:text.find("\n")])  # the first line (its offsets are one up)
            if first and _initials_fit(first.group(2), first.group(1)):
                found.setdefault(first.group(1), []).append((seg, first.start(2) - 1, first.end(2) - 1, first.group(2)))
            for m in LIST_DEF.finditer(text):
                if _initials_fit(m.group(2), m.group(1)):
                    found.setdefault(m.group(1), []).append((seg, m.start(2), m.end(2), m.group(2)))
    return found


def _known(ctx, params) -> set[str]:
    known = set(params.known)
    g = ctx.glossary
    if g is not None and hasattr(g, "acronyms"):
        # a glossary acronym with a long form (LGOP) still needs expanding at first use;
        # one without (RMB) is a name in its own right
        long_form = getattr(g, "long_form", lambda a: None)
        known |= {a for a in g.acronyms() if not long_form(a)}
    return known


def run(rule, ctx):
    p: Params = rule.params
    exp = ctx.memoize("acronym-expansions", lambda: _expansions(ctx))
    if p.report == "expanded-twice":
        for acr, items in exp.items():
            first = items[0][3]
            for seg, s, e, long in items[1:]:
                if long.lower() != first.lower():
                    yield rule.finding(seg, s, e, suggestions=(first,), acronym=acr, first=first)
        return
    known = _known(ctx, p)
    reported: set[str] = set()
    for seg in ctx.segments:
        text = seg.text
        for m in ACRONYM.finditer(text):
            acr = m.group(1)
            if acr in reported or acr in known or acr in exp or ROMAN.match(acr) or len(acr.replace("&", "")) < 2:
                continue
            # a line in capitals is a heading or shouting, not an acronym
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start:line_end if line_end != -1 else len(text)]
            letters = [c for c in line if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
                continue
            if _shouting_neighbour(text, m.start(), m.end()):
                continue
            if (LABEL_AFTER.match(text, m.end(1)) or DATELINE_AFTER.match(text, m.end())) and (
                    CAPS_BEFORE_LABEL.fullmatch(text, line_start, m.start())):
                continue  # "NOTE:" is a label, "ENSHI, Hubei, Oct. 17" a dateline
            reported.add(acr)
            sugg = ()
            long = p.expansions.get(acr) or (ctx.glossary.long_form(acr) if hasattr(ctx.glossary, "long_form") else None)
            if long:
                prev = LETTERS.findall(text[max(0, m.start() - 20):m.start()])
                body = acr in p.article or any(w in p.article_heads for w in (long.split()[0], long.split()[-1]))
                art = "the " if body and (not prev or prev[-1].lower() not in DETERMINERS) else ""
                sugg = (f"{art}{long} ({acr})",)
            yield rule.finding(seg, m.start(1), m.end(1), suggestions=sugg, acronym=acr)


def _shouting_neighbour(text: str, start: int, end: int) -> bool:
    """True when a neighbouring word is also in capitals (a heading in capitals, not an acronym)."""
    before = WORD_BEFORE.search(text[max(0, start - 30):start])
    after = WORD_AFTER.match(text[end:end + 30])
    return any(m and len(m.group(1)) >= 3 and m.group(1).isupper() for m in (before, after))
