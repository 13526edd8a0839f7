"""The same word or phrase capitalised differently mid-sentence in one document.

Two patterns, both needing the lower-case form elsewhere in the same document:

* an isolated capitalised word (no capitalised neighbour, so not part of a name):
  ``to Mid-November`` beside ``in mid-November``;
* a plural noun capitalised after the same capitalised word (``Yi Villages`` beside
  ``new Yi villages``): names are singular, so the plural is the common noun.

Silent: words in a comma-separated run of capitalised words (a list of names), words at a sentence start or after a numbered label at a line start ("Article 14
Employment and ...", "3. Education"; the label words are ``labels``), words inside quoted
titles (any quote style, nested or mixed) and in headings (``【...】`` markers, short lines
without final punctuation), words before ``No. 5``-style numbers, words listed in ``ignore``,
and a capitalised form the document uses more often than the lower-case one: then the capital
is the document's house style ("Yuan" throughout, "yuan" once), not a slip.
"""
from __future__ import annotations

import bisect
from collections import Counter

import regex

from ._shared import token_counts
from ..lazymodel import BaseModel
from ..text import ITEM_MARKER


# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("token-counts",)

STRIP = "\"“”‘’'()[]{}【】《》,.;:!?\u2060"
# A capitalised word (``\p{Lu}\p{Ll}...``, whole) that can matter, found in one scan so that
# Python sees a fraction of the text's capitalised words. Left out in the scan, each exactly as
# the checks in ``run`` would leave it out:
# * at a sentence start (``text.sentence_start_before``: only spaces, quotes, brackets or
#   markers since an ender, the text start or a 】); (after an item marker opening its line,
#   "(iii) Rural roads", the word is left out in ``run``: ``text.ITEM_MARKER``, rare and cheaper there);
# * before a "No. 5"-style number (a full stop, maybe spaces, a digit);
# * before a space or tab and a capitalised word (``_next_cap`` and ``_name_like`` hold);
# * after a capitalised word (one ending in a letter) and a space or tab, unless plural: such
#   a word is part of a name (``_name_like``), and only a plural ("Yi Villages") is checked
#   against the lower-case pair.
#   The leading look-ahead (the word, and what follows it) lets the look-behinds run only at
#   the capitals that can matter: 10x faster than look-behinds first.
CANDIDATE = regex.compile(
    r"(?=\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*+(?![ \t]\p{Lu}\p{Ll})(?!\.\s*\d))"
    r"(?<![\p{L}\p{M}'’\-])"
    r"(?<!(?:^|[.!?。！？:：\n;|】])[ \t\u3000\u2060\"'“‘(（【】”’)）]*)"
    r"(?:(?<!(?<![\p{L}'’\-])\p{Lu}(?:[\p{L}'’\-]*\p{L})?[ \t])|(?=[\p{L}\p{M}'’\-]*+(?<=(?<!s)s)))"
    r"\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*+")
WORD_CLASS = r"[\p{L}\p{M}'’\-]"
LOWER_INITIAL = regex.compile(r"\p{Ll}")
# quoted titles: each style alone (another style may nest inside), mixed pairs, book-title marks
OPENS = r"(?<![^\s(\[【《—–/])"  # a straight quote opens at a line start or after a space or opener
QUOTED = [regex.compile(p) for p in (
    r"“[^“”\n]{1,300}”", OPENS + r'"[^"\n]{1,300}"(?![\p{L}\p{N}])', OPENS + r'"[^"\n]{1,300}”', r'“[^"“”\n]{1,300}"',
    r"‘[^‘’\n]{1,300}’(?!\p{L})", r"《[^《》\n]{1,300}》")]
MARKER = regex.compile(r"【[^【】\n]{1,120}】")
# lower-case words inside names and titles ("Outlook on Development", "Law on the Protection of ...");
# not "to"/"from", which join dates ("from October to Mid-November")
CONNECT = {"of", "and", "for", "the", "de", "&", "on", "in", "at", "by", "with", "a", "an"}


class Params(BaseModel):
    ignore: list[str] = []
    labels: list[str] = []
    heading_words: int = 12
    # month names: "15 May 2020" beside the modal "may" is a date, not a slip (silent next to a number)
    months: list[str] = []
    month_after: list[str] = []  # ... or after one of these words ("in May", "by May", "early May")
    # "this Plan", "these Measures": the document's own title word after one of these is its defined name
    self_reference: list[str] = []
    label_re: object = None


def prepare(params: Params) -> Params:
    words = "|".join(regex.escape(w) for w in params.labels) or "(?!)"
    # "Article 14", "Section 3:", "3.", "3.2", "IV.", "(2)", "b)" before the first word of a line
    params.label_re = regex.compile(
        r"[ \t]*(?:(?:(?i:" + words + r")[ \t]+(?:\d+|[IVXLCDM]+)|\d+(?:\.\d+)*)[.)、:：]?|(?:[IVXLCDM]+|[a-z])[.)、]"
        r"|[(（](?:\d+|[a-z])[)）]|[-*+•·▪])[ \t]*")
    return params


# a news dateline before the first word of a line: "Liangshan, 14 May 2021 – When", "BEIJING, Oct. 16
# (Xinhua) -- The": a place, a comma, a date ending in a digit or bracket, a dash
DATELINE = regex.compile(r"[ \t]*\p{Lu}[^\n,!?;]{0,30},[^\n!?;]{1,40}?[\d)][ \t]*(?:[–—]|--?)[ \t]*")
DIGIT_NEAR = regex.compile(r"\d[ \t]*$|^[ \t]+\d")


# the character each of QUOTED and MARKER starts its matches with (a straight quote after its look-behind)
QUIET_FIRST = ("“", '"', '"', "“", "‘", "《", "【")


def _matches_at(pat, text: str, places: list[int]):
    """``pat.finditer(text)``'s matches, when every match starts at one of ``places`` (sorted):
    tried there only, each from where the last match ended, as finditer goes on."""
    pos = 0
    for i in places:
        if i >= pos:
            m = pat.match(text, i)
            if m is not None:
                yield m
                pos = m.end()


def _quiet_spans(text: str) -> list[tuple[int, int]]:
    """Merged spans of quoted titles and 【】 headings. Each pattern is tried only at its opening
    character, found with ``str.find`` (C's fast search): a ``regex`` scan of the whole text per
    pattern cost ~60 M instructions a megabyte for the seven, the openers are a few hundred."""
    places: dict[str, list[int]] = {}
    for ch in set(QUIET_FIRST):
        at = places[ch] = []
        i = text.find(ch)
        while i != -1:
            at.append(i)
            i = text.find(ch, i + 1)
    return _merged(sorted(m.span() for pat, ch in zip((*QUOTED, MARKER), QUIET_FIRST)
                          for m in _matches_at(pat, text, places[ch])))


def _merged(spans) -> list[tuple[int, int]]:
    """Sorted (start, end) spans with the overlapping ones joined."""
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _line_context(text: str, s: int, e: int, params: Params, headings: dict) -> bool:
    """True when the word starts a line after a numbered label, or its line is a heading
    (``headings`` keeps the answer per line start: a paragraph is one long line)."""
    ls = text.rfind("\n", 0, s) + 1
    if params.label_re.fullmatch(text, ls, s) or (s - ls <= 80 and DATELINE.fullmatch(text, ls, s)):
        return True
    heading = headings.get(ls)
    if heading is None:
        le = text.find("\n", e)
        le = len(text) if le == -1 else le
        line = text[ls:le].rstrip()
        heading = headings[ls] = bool(line) and line[-1] not in ".!?;:,。！？；：，" and (
            len(line.split()) <= params.heading_words or _title_cased(line))
    return heading


def _title_cased(line: str) -> bool:
    """Every word but the small connecting ones starts with a capital (or is a figure): a long title
    ("Report on the Licensing of Village Doctors and Water Meters in Guyuan (2019)")."""
    words = [w.strip(STRIP) for w in line.split()]
    words = [w for w in words if w and w.lower() not in CONNECT and w.lower() not in ("to", "from", "or", "as")]
    return len(words) >= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _gap_ok(gap: str) -> bool:
    """Neighbouring tokens are adjacent when only spaces/quotes/brackets separate them."""
    return not any(ch in ",.;:!?\n" for ch in gap)


def _is_cap(w: str) -> bool:
    return w[:1].isupper() and not w.isupper()


WORD_CHARS = "'’-"


def _token_before(text: str, pos: int):
    """(word, gap) of the word ending up to 3 non-letters before ``pos``, or None."""
    j = pos
    while j > 0 and not text[j - 1].isalpha() and pos - j < 3:
        j -= 1
    if j == 0 or not text[j - 1].isalpha():
        return None
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in WORD_CHARS):
        k -= 1
    return text[k:j], text[j:pos], k


def _token_after(text: str, pos: int):
    n = len(text)
    j = pos
    while j < n and not text[j].isalpha() and j - pos < 3:
        j += 1
    if j >= n or not text[j].isalpha():
        return None
    k = j
    while k < n and (text[k].isalpha() or text[k] in WORD_CHARS):
        k += 1
    return text[j:k], text[pos:j], k


def _name_like(text: str, s: int, e: int) -> bool:
    """A capitalised word next to another capitalised word (through connectors) is part of a name."""
    for step in (_token_before, _token_after):
        pos = s if step is _token_before else e
        for _ in range(3):
            t = step(text, pos)
            if t is None or not _gap_ok(t[1]):
                break
            if t[0][:1].isupper():
                return True
            if t[0].lower() not in CONNECT:
                break
            pos = t[2]
    return False


def _list_neighbour(text: str, pos: int, step) -> tuple | None:
    """The capitalised word joined to the one at ``pos`` by a comma or "and" (a list), or None."""
    t = step(text, pos)
    if t and t[0] == "and" and _gap_ok(t[1]):
        t = step(text, t[2])
        return t if t and _gap_ok(t[1]) and _is_cap(t[0]) else None
    return t if t and t[1].strip() == "," and _is_cap(t[0]) else None


def _in_capitalised_list(text: str, s: int, e: int) -> bool:
    """A word in a run of three or more capitalised words joined by commas or "and" ("Town, Village
    and Person") is a name in a list."""
    n, pos = 1, s
    while n < 3 and (t := _list_neighbour(text, pos, _token_before)):
        n, pos = n + 1, t[2]
    pos = e
    while n < 3 and (t := _list_neighbour(text, pos, _token_after)):
        n, pos = n + 1, t[2]
    return n >= 3


def _prev_cap(text: str, s: int) -> str | None:
    t = _token_before(text, s)
    if t and t[1] in (" ", "\t") and _is_cap(t[0]):
        return t[0]
    return None


def _next_cap(text: str, e: int) -> bool:
    t = _token_after(text, e)
    return bool(t and t[1] and _gap_ok(t[1]) and _is_cap(t[0]))


def _lower_words(ctx) -> Counter:
    """Words written in lower case: white-space tokens stripped of ``STRIP`` whose first letter
    is lower case, with their counts (from the shared token counts: one strip per distinct token)."""
    out: Counter = Counter()
    for t, c in token_counts(ctx).items():
        w = t.strip(STRIP)
        if w[:1].islower():
            out[w] += c
    return out


def _pair_in(ctx, head: str, low: str, cache: dict) -> bool:
    """Whether the document writes ``head`` and then ``low`` as two whole words apart by spaces
    or tabs ("new Yi villages"), searched for this pair only (the pair is rarely asked for)."""
    key = (head, low)
    if key not in cache:
        found = False
        if LOWER_INITIAL.match(low):
            pat = regex.compile(r"(?<!" + WORD_CLASS + ")" + regex.escape(head) + r"[ \t]+" + regex.escape(low)
                                + r"(?!" + WORD_CLASS + ")")
            found = any(pat.search(sg.text) for sg in ctx.segments)
        cache[key] = found
    return cache[key]


def _title_words(ctx) -> set[str]:
    """Capitalised words of the document's title (its first non-blank line, when not a sentence)."""
    for seg in ctx.segments:
        for line in seg.text.split("\n", 8)[:8]:
            line = line.strip().strip("#").strip()
            if line:
                if line.endswith((".", ";", ",")) or len(line.split()) > 40:
                    return set()
                return {w.strip(STRIP) for w in line.split() if _is_cap(w.strip(STRIP))}
    return set()


NUMBERED_AFTER = regex.compile(r"[ \t]+\d")
MONTH_JOIN_AFTER = regex.compile(r"[ \t]*(?:to|until|through|and|or|[-–—])[ \t]*(?P<m>\p{Lu}\p{Ll}+)")
MONTH_JOIN_BEFORE = regex.compile(r"(?P<m>\p{Lu}\p{Ll}+)[ \t]*(?:to|until|through|and|or|[-–—])[ \t]*$")


def _after_item_marker(text: str, s: int) -> bool:
    """``s`` follows an item marker that opens its line: "(iii) Rural roads", "b) Funds"."""
    j = s - 1
    while j > 0 and text[j] in " \t":
        j -= 1
    return j < s - 1 and text[j] in ")）" and ITEM_MARKER.fullmatch(text, text.rfind("\n", 0, s) + 1, s) is not None


def _quiet_word(text: str, s: int, e: int, w: str, p: Params, months: set, title: set) -> bool:
    """A month name beside a number, after a preposition (a date) or joined to another month (a
    span: "May to September"), a word before a number (a numbered reference: "Articles 8 to 14"),
    or a title word after
    "this"/"these" (the document's own name: "this Plan" under the title "... Five-Year Plan")."""
    if w in months:
        if DIGIT_NEAR.search(text[max(0, s - 4):s]) or DIGIT_NEAR.search(text[e:e + 4]):
            return True
        t = _token_before(text, s)
        if t and t[1] in (" ", "\t") and t[0].lower() in p.month_after:
            return True
        # a span of months ("the rainy season (May to September)", "May-June", "March and May")
        for m in (MONTH_JOIN_AFTER.match(text, e), MONTH_JOIN_BEFORE.search(text, max(0, s - 24), s)):
            if m and m.group("m") in months:
                return True
    if NUMBERED_AFTER.match(text, e):
        return True  # a numbered reference: "in Articles 8 to 14", "see Tables 2 and 3", "Grade 3"
    if w in title:
        t = _token_before(text, s)
        if t and t[1] in (" ", "\t") and t[0].lower() in p.self_reference:
            return True
    return False


def run(rule, ctx):
    p: Params = rule.params
    ignore = {w.lower() for w in p.ignore}
    months = set(p.months)
    title = None
    lower_words = _lower_words(ctx)
    pairs: dict = {}
    lows: dict = {}
    found = []
    for seg in ctx.segments:
        text = seg.text
        quiet = None
        headings: dict[int, bool] = {}
        for m in CANDIDATE.finditer(text):
            w = m.group()
            low = lows.get(w, "")
            if low == "":  # first time this word: its lower-case form if written so, else None
                low = lows[w] = w[:1].lower() + w[1:]
                if low not in lower_words or w.lower() in ignore:
                    low = lows[w] = None
            if low is None:
                continue
            s, e = m.span()
            if quiet is None:
                quiet = _quiet_spans(text)
                qstarts = [q[0] for q in quiet]
            k = bisect.bisect_right(qstarts, s) - 1
            if k >= 0 and quiet[k][0] < s < quiet[k][1]:
                continue  # titles in quotes and 【】 headings follow their own capitalisation
            if _line_context(text, s, e, p, headings):
                continue
            if title is None:
                title = _title_words(ctx)
            if _quiet_word(text, s, e, w, p, months, title):
                continue
            if _after_item_marker(text, s):
                continue  # the first word of a list item: "(iii) Rural roads"
            head = _prev_cap(text, s)
            if head and low.endswith("s") and not low.endswith("ss") and not _next_cap(text, e):
                if _pair_in(ctx, head, low, pairs):
                    found.append((seg, s, e, low, f"{head} {low}"))
                    continue
            if not _name_like(text, s, e) and not _in_capitalised_list(text, s, e):
                found.append((seg, s, e, low, low))
    capitalised = Counter(low for *_, low, other in found if other == low)
    for seg, s, e, low, other in found:
        if other == low and capitalised[low] > lower_words[low]:
            continue  # the capital is the document's own style for this word
        yield rule.finding(seg, s, e, suggestions=(low,), other=other)
