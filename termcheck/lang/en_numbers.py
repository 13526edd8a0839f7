"""English quantities: ``parse_quantities(text) -> list[Quantity]``.

One compiled regex (MASTER) finds the numerals (digits, number words, ordinals, month names,
document numbers, phone numbers), tried only where a C-speed scan finds a digit or a number
word's start; each match is then classified by looking a few characters either side (constant
work per match, each pattern behind a cheap test that most figures fail), so a 1 MB text costs
one scan and a few microseconds a figure.

Handled: digits with thousands separators and decimals; scale words (thousand, million,
billion, trillion, hundred million, ten thousand, bn); number words one..ninety-nine with
"hundred", "a dozen"; ordinals (12th, twelfth); %, percent, per cent, percentage points;
currency (yuan, Yuan, RMB, CNY, US$, $, ¥, dollars); area units (mu, hectares, square
kilometers ...); ranges (2011-2020, 10 to 20 million); approximators (more than, nearly ...);
years, dates (August 2011, 8 August 2011), document numbers ([2011] No. 4, No.53, Article 5),
phone numbers (+86-10-84419655) and codes (A320, 5G, digits glued to letters) as labels.
"""
from __future__ import annotations

import re
from functools import lru_cache
from sys import intern
from decimal import Decimal, InvalidOperation

import regex

from . import morph
from .en_nouns import ADJECTIVES, PLURAL_TO_SINGULAR, SINGULAR_TO_PLURAL
from .quantity import Quantity

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_ONES)}
WORD_VALUES.update({w: 10 * i for i, w in enumerate(_TENS) if w})
_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
ORDINAL_VALUES = {w: i for i, w in enumerate(_ORD) if w}
DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                "eighth": 8, "ninth": 9, "tenth": 10}
MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}

_ONE_WORD = "|".join(sorted(_ONES[1:], key=len, reverse=True))
_TEN_WORD = "|".join(w for w in _TENS if w)
_UNDER_100 = rf"(?:(?:{_TEN_WORD})(?:-(?:{'|'.join(_ONES[1:10])}))?|{_ONE_WORD})"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# MASTER's alternatives, in its order (the first that matches wins)
_ALTERNATIVES = {
    "doc": r"""(?P<doc>[\[〔(]\d{4}[\]〕)]\s*No\.?\s*\d+|\bNos?\.\s?\d+|\bNo\s\d+\b)""",
    "phone": r"""(?P<phone>(?<![\w+])(?:\+\d{1,3}[-\s]?(?:\(?\d{1,4}\)?[-\s]?)?\d{3,4}[-\s]?\d{3,4}
           |\(0\d{2,3}\)\s?\d{7,8}|\b0\d{2,3}-\d{7,8})(?![\d-]))""",
    "month": rf"""(?P<month>\b(?:{"|".join(MONTHS)})\b)""",
    "frac": r"""(?P<frac>\b(?i:(?P<fn>one|a|two|three|four|five|six|seven|eight|nine)[ -](?P<fd>half|thirds?|quarters?|fourths?|fifths?|
           sixths?|sevenths?|eighths?|ninths?|tenths?))\b
         |(?<![\w.,/])(?P<fn2>[1-9])/(?P<fd2>[2-9]|10)(?![\d/]))""",
    "ymd": r"""(?P<ymd>(?<![\w.,/-])(?:1[89]|20)\d\d(?P<sep>[./])(?:0[1-9]|1[0-2])(?:(?P=sep)(?:0[1-9]|[12]\d|3[01]))?(?![\w.,/-]*\d)
         |(?<![\w.,/-])(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w.,/-]*\d)
         |(?<![\w.,/-])(?:1[89]|20)\d\d\.(?:[1-9]|1[0-2])\.(?:[1-9]|[12]\d|3[01])(?![\w.,/-]*\d))""",
    "digits": rf"""(?P<digits>(?:(?<![\w.,/])|(?<=RMB)|(?<=CNY)|(?<=USD))(?:{_DIGITS}))""",
    "word": rf"""(?P<word>\b(?i:a\ dozen|dozens?|a\ hundred|{_UNDER_100}(?:[ -]hundred(?:(?:\ and)?\ {_UNDER_100})?)?)\b(?!-[a-z]*ly\b))""",
    "ordw": rf"""(?P<ordw>\b(?i:{"|".join(_ORD[1:])})\b)""",
}
# first characters of the alternatives (letters only at a word start: each letter alternative begins with \b)
_FIRST = r"(?=\d|[\[〔(+]|(?<![A-Za-z])[JFMASONDTEZHWNjfmasondtezhwn])"


def _master(*names: str):
    return re.compile(_FIRST + "(?:" + "\n| ".join(_ALTERNATIVES[n] for n in names) + ")", re.X)


# The stdlib engine scans this faster than ``regex``; the lookahead lets most positions fail at once.
MASTER = _master("doc", "phone", "month", "frac", "ymd", "digits", "word", "ordw")
# MASTER at a decimal digit (str.isdecimal is re's \d) and at a letter: only the alternatives that
# can begin with one, in MASTER's order, so each match is MASTER's and fewer alternatives are tried
# ("doc" begins with a bracket or N, "phone" with +, ( or 0, "ymd" and "digits" with a digit, the
# others with a letter; "frac" has both)
_MASTER_DIGIT = _master("phone", "frac", "ymd", "digits")
_MASTER_LETTER = _master("doc", "month", "frac", "word", "ordw")
_MASTER_NUMBER = _master("digits")  # (at a digit where the alternatives before it cannot match: see parse_quantities)
_YMD_SEPS = ("-", ".", "/")

_SCALE_WORDS = {"hundred million": 10 ** 8, "hundred thousand": 10 ** 5, "ten thousand": 10 ** 4,
                "thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12,
                "bn": 10 ** 9, "mn": 10 ** 6}
TAIL = regex.compile(r"""
  (?:[ \u00a0]?(?P<scale>(?i:hundred[ -]million|hundred[ -]thousand|ten[ -]thousand|thousand|million|billion|trillion)|bn|mn)\b)?
  (?:[ \u00a0]?(?:(?P<pct>%|％|(?i:percentage[ ]points?|per[ ]?cent)\b)
     |(?P<cur>(?:Yuan|yuan|YUAN|RMB|CNY|USD|renminbi|(?:US[ ])?dollars?|euros?)\b)
     |(?P<area>(?:mu|hectares?|ha|acres?|square[ ](?:kilomet(?:er|re)s?|met(?:er|re)s?|miles?)|sq\.?[ ]km|km2|km²|m2|m²)\b)
     |(?P<meas>(?:kilomet(?:er|re)s?|km|met(?:er|re)s?|tons?|tonnes?|kg|kilograms?|times)\b)))?
""", regex.X)
# TAIL on the stdlib engine, for the figures whose next characters are ASCII: there both engines
# agree (\b and (?i) differ only outside ASCII; TAIL has no \s), and a ``regex`` call costs several
# times a stdlib one (state set-up, the GIL released and taken back). _tail picks the engine.
_TAIL_RE = re.compile(TAIL.pattern, re.X)
_TAIL_REACH = 40  # more than TAIL's longest match ("hundred thousand square kilometres") and one character


def _tail(text: str, pos: int):
    """TAIL.match(text, pos)."""
    return (_TAIL_RE if text[pos:pos + _TAIL_REACH].isascii() else TAIL).match(text, pos)


# ASCII classes only, so the stdlib engine (faster to call and to read groups from) matches the same
_AFTER_WORD = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*)")
# a spaced dash is punctuation ("32 counties - 8 of them"), so dashes must be tight
_RANGE = regex.compile(rf"(?:(?P<dash>[-–—~])|\s+(?P<sep>to|and)\s+)(?P<n>{_DIGITS})(?![\d,.]\d)")
_BETWEEN = regex.compile(r"\bbetween\s+$", regex.I | regex.REVERSE)
_ORD_SUFFIX = regex.compile(r"(?:st|nd|rd|th|s)\b")
_DAY_MONTH = regex.compile(rf"\s+(?P<m>{'|'.join(MONTHS)})\b(?:,?\s+(?P<y>\d{{4}})\b)?")
_MONTH_TAIL = regex.compile(r"(?:\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,\d|\.\d))?(?:,?\s+(?P<y>\d{4})\b)?")
_BEFORE = regex.compile(r"""(?:
   (?P<label>\b(?:Article|Chapter|Section|Paragraph|Clause|Item|Room|Building|Page|pp?\.|Table|Figure|Fig\.|
      Annex|Appendix|Volume|Vol\.|Issue|Line|Route|Highway|Grade|Phase|Step|Box|Floor|Unit|Order|Decree|Lot)\s*$)
 | (?P<phone>\b(?i:tel|phone|telephone|fax|hotline|mobile)\.?(?i:\s+(?:number|no\.?))?(?i:\s+(?:is|was))?\s*[:：]?\s*$
     |(?:电话|传真)\s*[:：]?\s*$)
 | (?P<code>\b(?:GB(?:/T)?|DB\d*(?:/T)?|JGJ|ISO|IEC)\s*$
     |\b(?i:post\s?code|postal\s+code|zip(?:\s?code)?|P\.C\.|ISBN|ISSN|ICP|ID|code)(?i:\s+(?:number|no\.?))?(?i:\s+(?:is|was))?\s*[:：]?\s*$
     |邮编\s*[:：]?\s*$)
 | (?P<cur>(?:RMB|CNY|USD|US\$|HK\$|\$|¥|￥|€|£)\s?$)
)""", regex.X | regex.REVERSE)
_APPROX = regex.compile(r"\b(?P<a>(?i:no\ (?:less|fewer|more)\ than|not\ (?:less|fewer|more)\ than|more\ than|over|nearly|almost|about|around|approximately|roughly|some|"
                        r"up\ to|at\ least|less\ than|fewer\ than|under|close\ to|above|below|exceeding|"
                        r"in\ excess\ of|an\ estimated))\s+$", regex.X | regex.REVERSE)
_PREV_MONTH = regex.compile(rf"\b(?:in|of|early|late|mid-|since|until|by|from|to|end\ of|before|after|during|this|last|next)\s+$", regex.X | regex.I | regex.REVERSE)


# Cheap necessary conditions for the look-behind patterns, so that most figures skip them: a
# match of _BEFORE / _APPROX ends (white space aside) with one of these words, lower-cased (or, for
# _BEFORE, a digit: "DB51"). The test is made on ASCII tails only (lower() is exact there);
# any other tail goes to the pattern. (``regex``'s \s is a subset of str.isspace, so rstrip()
# strips at least the white space the patterns allow.)
_BEFORE_ENDS = tuple("""article chapter section paragraph clause item room building page p. table figure fig.
    annex appendix volume vol. issue line route highway grade phase step box floor unit order decree lot
    tel tel. phone phone. telephone telephone. fax fax. hotline hotline. mobile mobile. number no no. is was : /t
    gb db jgj iso iec code zip p.c. isbn issn icp id rmb cny usd $""".split())
_APPROX_ENDS = ("than", "over", "nearly", "almost", "about", "around", "approximately", "roughly", "some",
                "up to", "least", "under", "close to", "above", "below", "exceeding", "excess of", "estimated")
# The last four characters of those words: a tail ending with a word ends with its last four (or
# with the whole word, if shorter). Most figures follow a word that rules both patterns out.
_BEFORE_END4 = tuple({w[-4:] for w in _BEFORE_ENDS})
_APPROX_END4 = tuple({w[-4:] for w in _APPROX_ENDS})


class _Table(dict):
    """A pretest's answer per key (a few characters around a figure), worked out once per
    distinct key by ``build``: a dict look-up per figure instead of a function's several string
    tests. A text has a few thousand distinct keys; the table starts afresh beyond ``limit``."""

    __slots__ = ("build", "limit")

    def __init__(self, build, limit: int = 1 << 16):
        super().__init__()
        self.build, self.limit = build, limit

    def __missing__(self, key):
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.build(key)
        return value


# What the four characters before "<word> <figure>" allow (key: the word's last four characters,
# or what precedes it): a dict look-up per figure for both look-behind patterns
MAY_BEFORE, MAY_APPROX = 1, 2


def _end_flags(last4: str) -> int:
    if not last4.isascii():
        return MAY_BEFORE | MAY_APPROX  # lower() is exact on ASCII only: let the patterns decide
    low = last4.lower()
    return ((MAY_BEFORE if low.endswith(_BEFORE_END4) or last4[-1].isdigit() else 0)
            | (MAY_APPROX if low.endswith(_APPROX_END4) else 0))


_ENDS = _Table(_end_flags)


def _one_space_before(text: str, s: int) -> bool:
    """The common case the _ENDS table answers (key ``text[s - 5:s - 1]``): a word's last
    character (or other non-space), one space, the figure at ``s``."""
    return s >= 5 and text[s - 1] == " " and not text[s - 2].isspace()


def _before(text: str, s: int):
    """_BEFORE.search(text[max(0, s - 24):s]), skipped when its necessary condition fails."""
    if _one_space_before(text, s) and not _ENDS[text[s - 5:s - 1]] & MAY_BEFORE:
        return None  # the word's last two characters rule most figures out
    return _before_window(text, s)


def _before_window(text: str, s: int):
    before = text[max(0, s - 24):s]
    tail = before.rstrip()[-16:]
    if tail.isascii() and not (tail.lower().endswith(_BEFORE_ENDS) or tail[-1:].isdigit()):
        return None
    return _BEFORE.search(before)


def _approx(text: str, start: int):
    """_APPROX.search(text[max(0, start - 24):start]), skipped when its necessary condition fails."""
    if not text[start - 1:start].isspace():
        return None
    if _one_space_before(text, start) and not _ENDS[text[start - 5:start - 1]] & MAY_APPROX:
        return None
    return _approx_window(text, start)


def _approx_window(text: str, start: int):
    window = text[max(0, start - 24):start]
    tail = window.rstrip()[-16:]
    if tail.isascii() and not tail.lower().endswith(_APPROX_ENDS):
        return None
    return _APPROX.search(window)


@lru_cache(maxsize=8192)  # a long text states the same figures again and again: one Decimal for each
def _dec(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:
        return None


def words_value(s: str) -> int | None:
    """'twenty-five' -> 25, 'two hundred and five' -> 205, 'a dozen' -> 12."""
    s = s.lower().replace("-", " ").replace(" and ", " ")
    if s in ("a dozen", "dozen"):
        return 12
    if s == "a hundred":
        return 100
    total, cur = 0, 0
    for tok in s.split():
        if tok == "hundred":
            cur = max(cur, 1) * 100
        elif tok in WORD_VALUES:
            cur += WORD_VALUES[tok]
        else:
            return None
    return total + cur


_NOUNS = PLURAL_TO_SINGULAR | SINGULAR_TO_PLURAL.keys()


@lru_cache(maxsize=65536)  # asked for the word after every count; the vocabulary is small
def _role(low: str) -> tuple[bool, bool, bool]:
    """(may stand between a number and its noun, is a noun in one number, is in _NOUNS)."""
    return (low in ADJECTIVES or _adjective_only(low), low in PLURAL_TO_SINGULAR or low in SINGULAR_TO_PLURAL,
            low in _NOUNS)


# The word right after a count, as written -> (_role of it lower-cased, its interned lower case)
_WORD_ROLES = _Table(lambda w: (*_role(w.lower()), intern(w.lower())))


def _counted_noun(text: str, pos: int):
    """The counted noun after ``pos`` (skipping up to two adjectives): (word, start, end) or None."""
    for _ in range(3):
        if text[pos:pos + 1] not in (" ", "\u00a0"):
            return None  # _AFTER_WORD needs a space first
        m = _AFTER_WORD.match(text, pos)
        if not m:
            return None
        w = m.group(1)
        adjective, noun, _ = _role(w.lower())
        if adjective:
            nxt = _AFTER_WORD.match(text, m.end())
            if nxt and _role(nxt.group(1).lower())[2]:
                pos = m.end()
                continue
        if noun:
            return w, m.start(1), m.end(1)
        if not adjective:
            return None
        pos = m.end()
    return None


_ADJ_TAGS = frozenset({"JJ", "JJR", "JJS"})


def _adjective_only(word: str) -> bool:
    """A word the lexicon knows only as an adjective ("consecutive", "remote"): it may stand
    between a number and the counted noun ("two consecutive years")."""
    return morph.only_tags(word, _ADJ_TAGS)


# Where MASTER can start a match (a superset; MASTER itself decides at each candidate, so the
# matches are exactly those of MASTER.finditer: test_numbers_en compares parse_quantities with a
# parse over finditer, and these candidates with a plain pattern scan for them, CAND there):
# - a digit or the start of a number word after a non-word character, in the lower-cased text
#   (every letter alternative of MASTER begins with \b and, lower-cased, with one of _CAND_STARTS);
# - a bracket or "+" right before a digit ("[2011] No. 4", "(010)", "+86"), any character before;
# - a digit glued to RMB/CNY/USD ("RMB500").
# Offset 0 is always tried.
# non-ASCII characters that (?i) matches to ASCII letters (İ ı ſ K): lower() keeps them apart, so
# a scan of the lower-cased text for ASCII words stands for a (?i) pattern only without them
ODD_CASE = "\u0130\u0131\u017f\u212a"


_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _fold(word: str) -> str:
    """A matched number word as its table key: a (?i) pattern also matches "ſix" or "fİrst", which
    lower() leaves apart (a KeyError before)."""
    return word.lower() if word.isascii() else word.translate(_FOLD).lower()


def has_odd_case(text: str) -> bool:
    """``text`` holds one of ODD_CASE (four single-character searches: faster than a class)."""
    return not text.isascii() and any(c in text for c in ODD_CASE)


# The candidate scan runs on a shaped copy of the lower-cased text (ASCII encoding, then one byte
# table): ASCII letters stay, digits become "0", "." and "-" stay (before a figure, and in "no.",
# "a-half"), every other character (white space, brackets, "?" for one outside ASCII) becomes a
# space. An Aho-Corasick automaton finds "<non-word><start>" for each start of _CAND_STARTS, so
# each hit is a candidate: one C pass at ~80 instructions a character, where a pattern's class test
# and lookahead attempt at every non-word character cost ~180 (SRE enters a match at every space).
# Brackets and glued currencies are found in the ASCII bytes (bytes.find: memchr); the characters
# outside ASCII (few in the genre) are looked at one by one, for a digit or "〔". The offsets are a
# superset of the plain pattern scan's (tested), and MASTER decides at each, so the matches are the same.
_SHAPE = bytes(c | 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c in b"_.-" else 48 if 48 <= c <= 57 else 32
               for c in range(256))
# the starts of a figure or a number word (lower case, shaped: digits as "0", white space as a space)
_CAND_STARTS = ("0", "april", "august", *("a" + sep + w for sep in " -" for w in (
                    "half", "thir", "quarter", "four", "fif", "six", "seven", "eigh", "nin", "ten", "dozen", "hundred")),
                "december", "dozen", "eigh", "eleven", "february", "fiv", "fif", "first", "four", "forty", "january",
                "june", "july", "march", "may", "nin", "november", "no.", "nos.", "no ", "one", "october", "september",
                "six", "seven", "second", "two", "thr", "ten", "twe", "thir")


@lru_cache(maxsize=1)
def _cand_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    for start in _CAND_STARTS:
        for before in " .-":  # the shaped non-word characters
            auto.add_word(before + start, len(start) - 1)  # (the candidate is the hit's end minus this)
    auto.make_automaton()
    return auto


_CAND_BLOCK = 1 << 20  # characters shaped at a time: the copies (bytes, shape, the automaton's) stay a few MB
_CAND_OVERLAP = 16  # read past a block's end: more than the longest key, and the look after a bracket or currency


def _candidates(text: str, low: str | None):
    """Sorted offsets where a MASTER match may start (a superset), or None to scan with MASTER."""
    if low is None:
        low = text.lower()
    if len(low) != len(text) or has_odd_case(text):
        return None
    cands, extra, n = [0], [], len(low)
    for lo in range(0, n, _CAND_BLOCK):
        _block_candidates(text, low, lo, min(n, lo + _CAND_BLOCK), cands, extra)
    cands += extra  # (none of these can be an automaton hit or offset 0: no duplicates)
    cands.sort()  # (the hits come in the order of their ends)
    return cands


def _block_candidates(text: str, low: str, lo: int, hi: int, cands: list, extra: list) -> None:
    """_candidates' work for the places that begin in [lo, hi), read a few characters past hi:
    automaton hits to ``cands``, the rest to ``extra``."""
    raw = low[lo:hi + _CAND_OVERLAP].encode("ascii", "replace")  # one byte per character, "?" for one outside ASCII
    size, n, find = hi - lo, len(raw), raw.find
    # a key begins (its non-word character) at its end minus back minus one: keep those in the block
    cands += [lo + end - back for end, back in _cand_automaton().iter(raw.translate(_SHAPE).decode("ascii"))
              if end - back <= size]
    for mark in (b"[", b"(", b"+"):  # a bracket or "+" right before a digit
        i = find(mark, 0 if lo else 1)  # (offset 0 is in already)
        while 0 <= i < size:
            if i + 1 < n and 48 <= raw[i + 1] <= 57:
                extra.append(lo + i)
            i = find(mark, i + 1)
    for cur in (b"rmb", b"cny", b"usd"):  # a digit glued to a currency (any case: a superset)
        i = find(cur)
        while 0 <= i < size:
            if i + 3 < n and 48 <= raw[i + 3] <= 57:
                extra.append(lo + i + 3)
            i = find(cur, i + 3)
    i = find(b"?", 0 if lo else 1)
    while 0 <= i < size:  # outside ASCII: a digit (after anything: a superset), or "〔" before a digit
        at = lo + i
        c = text[at]
        if c.isdecimal():
            extra.append(at)
            if text[at - 1] in "[(+" and at > 1:
                extra.append(at - 1)
        elif c == "〔" and text[at + 1:at + 2].isdecimal():
            extra.append(at)
        i = find(b"?", i + 1)


def parse_quantities(text: str, low: str | None = None) -> list[Quantity]:
    """The quantities of ``text`` in order; ``low`` is ``text.lower()`` when the caller has it."""
    cands = _candidates(text, low)
    if cands is None:
        return parse_every_offset(text)
    out: list[Quantity] = []
    skip_to = 0
    # MASTER.finditer's walk, over the candidates only: the next match is the first candidate at or
    # after the end of the last match (``pos``) where MASTER matches
    classify, append, pos = _classify, out.append, 0
    match, match_digit, match_letter = MASTER.match, _MASTER_DIGIT.match, _MASTER_LETTER.match
    match_number = _MASTER_NUMBER.match
    for c in cands:
        if c < pos:
            continue
        ch = text[c:c + 1]
        if ch.isdecimal():
            # the phone, fraction and date alternatives need a "0" first, a "/" second or a
            # separator fifth ("0871-", "1/3", "2011.8"): without those, MASTER's match at a digit
            # is its "digits" alternative's (~0.5 µs less a figure than trying the others first)
            number = ch != "0" and text[c + 1:c + 2] != "/" and text[c + 4:c + 5] not in _YMD_SEPS
            m = (match_number if number else match_digit)(text, c)
        else:
            m = (match_letter if ch.isalpha() else match)(text, c)
        if m is None:
            continue
        pos = m.end()
        if c >= skip_to:  # a match inside the previous quantity ("2020" of "2011-2020") is passed over
            q = classify(text, m)
            if q is not None:
                append(q)
                skip_to = q.end
    return out


def parse_every_offset(text: str) -> list[Quantity]:
    """The quantities of ``text`` with MASTER tried at every offset (``MASTER.finditer``):
    ``parse_quantities``' walk over its candidates gives the same; a text whose lower case the
    candidate scan cannot use takes this one."""
    out: list[Quantity] = []
    skip_to = 0
    for m in MASTER.finditer(text):
        if m.start() >= skip_to:
            q = _classify(text, m)
            if q is not None:
                out.append(q)
                skip_to = q.end
    return out


def _classify(text: str, m) -> Quantity | None:
    s, e = m.span()
    g = m.lastgroup
    if g == "ymd" and m.group().count(".") == 1 and _tail(text, e).group():
        g = "digits"  # "2030.01 thousand yuan" is a number
    # the two common groups first
    if g == "digits":
        number = intern(m.group())  # strings a long text repeats (figures, units, words) are kept once
        after = _AFTERS[text[e:e + 4]]  # the pretests on what follows, at once
        # the commonest shapes (~70% of the figures): a word, one space, the figure, no label or
        # approximator before it, no date or glued suffix after it: no code, label or day-month,
        # so straight to _quantity; and when nothing after it can begin a tail or a range either
        # (~40%: "12 villages", "in 2015 the"), _quantity's outcome without its calls
        if (_FAST_PATH and not after & (GLUED | MAY_MONTH) and s >= 5 and text[s - 1] == " "
                and not text[s - 2].isspace() and not _ENDS[text[s - 5:s - 1]]):
            if not after:
                return _plain_figure(text, s, e, number)
            return _quantity(text, s, e, number, _dec(number), False, None, after, 0)
        if text[s - 1:s] == "-" and s > 1 and text[s - 2].isalpha():
            return Quantity(s, e, number, "code", _dec(number), number, s, e)  # COVID-19, 号-2
        if after & GLUED:
            suf = _ORD_SUFFIX.match(text, e)
            if suf and text[e].isalpha():
                kind = "year" if suf.group() == "s" and len(number) == 4 else "ordinal"
                return Quantity(s, suf.end(), text[s:suf.end()], kind, _dec(number), number, s, e)
            if not _tail(text, e).group():
                return Quantity(s, e, number, "code", _dec(number), number, s, e)
        if _one_space_before(text, s):
            ends = _ENDS[text[s - 5:s - 1]]
            b = _before_window(text, s) if ends & MAY_BEFORE else None
        else:
            ends, b = None, _before(text, s)
        if b and b.lastgroup in ("label", "phone", "code"):
            kind = "docnumber" if b.lastgroup == "label" else b.lastgroup
            return Quantity(s, e, number, kind, _dec(number), number, s, e)
        dm = (_DAY_MONTH.match(text, e) if after & MAY_MONTH and "." not in number and "," not in number
              and 1 <= int(number) <= 31 else None)
        if dm:
            y = int(dm.group("y")) if dm.group("y") else None
            return Quantity(s, dm.end(), text[s:dm.end()], "date", Decimal(y) if y else None, number,
                            s, e, parts=(y, MONTHS[dm.group("m")], int(number)))
        return _quantity(text, s, e, number, _dec(number), False, b, after, ends)
    if g == "word":  # number words
        number = intern(m.group())
        return _quantity(text, s, e, number, _WORD_DECIMALS[number], True, None, _AFTERS[text[e:e + 4]], None)
    if g == "doc":
        nums = _DOC_DIGITS.findall(m.group())
        year = int(nums[0]) if len(nums) > 1 else None
        return Quantity(s, e, m.group(), "docnumber", Decimal(nums[-1]), nums[-1],
                        e - len(nums[-1]), e, parts=(year,))
    if g == "phone":
        return Quantity(s, e, m.group(), "phone", None, m.group(), s, e)
    if g == "month":
        return _month(text, m)
    if g == "ymd":  # 2011-08-15, 2011.08, 2011/8/15 (no range 2011-8, no decimal 2011.08)
        y, mo, d = (int(x) for x in (_YMD_SEP.split(m.group()) + ["0"])[:3])
        return Quantity(s, e, m.group(), "date", Decimal(y), m.group(), s, e, parts=(y, mo, d or None))
    if g == "frac":  # "one third", "two-thirds", "a quarter", "1/3"
        if m.group("fn2"):
            num, den = int(m.group("fn2")), int(m.group("fd2"))
        else:
            num = 1 if _fold(m.group("fn")) in ("a", "one") else WORD_VALUES[_fold(m.group("fn"))]
            den = DENOMINATORS[_fold(m.group("fd")).rstrip("s")]
        if num >= den or (m.group("fd") and m.group("fd").lower() == "half" and num != 1):
            return None
        return Quantity(s, e, m.group(), "fraction", Decimal(num) / Decimal(den), m.group(), s, e,
                        words=not m.group("fn2"))
    word = intern(m.group())  # ordw
    return Quantity(s, e, word, "ordinal", _dec(str(ORDINAL_VALUES[_fold(word)])), word, s, e, words=True)


# (compiled once: a module-level regex.findall / re.split looks its pattern up in Python per call)
_DOC_DIGITS = regex.compile(r"\d+")
_YMD_SEP = re.compile(r"[-./]")


def _may_month(text: str, e: int) -> bool:
    """A necessary condition for _DAY_MONTH at ``e``: white space, then a month's capital (or more
    white space)."""
    if not text[e:e + 1].isspace():
        return False
    c = text[e + 1:e + 2]
    return c != "" and (c in "JFMASOND" or c.isspace())


# How TAIL's words and signs begin (after one optional space), so that most figures ("5 villages",
# "in 2015 the") skip it: the (?i) ones lower-cased, the others as written.
_TAIL_CI = ("hun", "ten", "tho", "mil", "bil", "tri", "per")
_TAIL_CS = ("bn", "mn", "%", "％", "Yua", "yua", "YUA", "RMB", "CNY", "USD", "ren", "US ", "dol", "eur", "mu", "hec", "ha",
            "acr", "squ", "sq", "km", "m2", "m²", "kil", "met", "ton", "kg", "tim")


def _may_tail(text: str, p: int) -> bool:
    """A necessary condition for TAIL to match something at ``p``."""
    if text[p:p + 1] in (" ", "\u00a0"):
        p += 1
    w = text[p:p + 3]
    if not w.isascii():
        return True  # "％", "m²", or a letter (?i) may fold: let TAIL decide
    return w.startswith(_TAIL_CS) or w.lower().startswith(_TAIL_CI)


# What the four characters after a numeral allow (key: those characters)
GLUED, MAY_MONTH, MAY_RANGE, MAY_TAIL = 1, 2, 4, 8


def _after_flags(k: str) -> int:
    c, c1 = k[:1], k[1:2]
    return ((GLUED if c.isalpha() or c == "-" and c1.isalpha() else 0)  # a letter, or "-" and a letter
            | (MAY_MONTH if _may_month(k, 0) else 0)
            # what _RANGE needs first: a dash, or white space then "to"/"and" (or more white space)
            | (MAY_RANGE if (c in "-–—~" and c) or (c.isspace() and (c1.isspace() or k.startswith(("to", "and"), 1)))
               else 0)
            | (MAY_TAIL if _may_tail(k, 0) else 0))


_AFTERS = _Table(_after_flags)
_WORD_DECIMALS = _Table(lambda number: Decimal(words_value(number) or 0))


_FAST_PATH = True  # (a test turns it off to compare _plain_figure with the general path)


_NO_NOUN = (None, None, None)


def _counted_after(text: str, end: int) -> tuple:
    """(counted noun, its start, its end) after a count's figure ending at ``end`` ("12 poor
    villages" -> villages), or three Nones. The word-role table answers the common case (the
    noun right after the figure); an adjective first takes _counted_noun's whole look."""
    if text[end:end + 1] not in (" ", "\u00a0"):  # (_counted_noun's first test)
        return _NO_NOUN
    w = _AFTER_WORD.match(text, end)
    if not w:
        return _NO_NOUN
    adjective, noun, _, low = _WORD_ROLES[w.group(1)]
    if adjective:  # the word may be the first of two or three
        found = _counted_noun(text, end)
        return (intern(found[0].lower()), found[1], found[2]) if found else _NO_NOUN
    return (low, w.start(1), w.end(1)) if noun else _NO_NOUN


def _plain_figure(text: str, s: int, e: int, number: str) -> Quantity:
    """``_quantity(text, s, e, number, _dec(number), False, None, 0, 0)`` for a digit figure whose
    pretests all fail (_AFTERS at ``e`` is 0; one space and a word before it with _ENDS 0): no
    approximator, range, scale or unit sign, so a count (or a year) with maybe its counted noun."""
    unit, us, ue = _counted_after(text, e)
    separators = "," in number
    if (len(number) == 4 and not separators and "." not in number and 1800 <= int(number) <= 2100
            and (unit is None or unit in SINGULAR_TO_PLURAL and unit not in PLURAL_TO_SINGULAR)):
        return Quantity(s, e, number, "year", _dec(number), number, s, e, None, None, None, None,
                        None, None, False, False)
    return Quantity(s, ue or e, intern(text[s:ue]) if ue else number, "count", _dec(number), number, s, e,
                    None, unit, us, ue, None, None, separators, False)


def _quantity(text, s, e, number, value, words, b, after, ends) -> Quantity:
    """The quantity of the numeral ``number`` at s:e; ``after`` is _AFTERS at ``e``, ``ends`` _ENDS
    at ``s`` when the figure follows one space after a word (else None)."""
    start, approx, kind, unit, us, ue = s, None, "count", None, None, None
    if b and b.lastgroup == "cur":
        cur = b.group()
        start, kind, unit = s - len(cur), "money", cur.strip()
    if start == s and ends is not None:  # _approx with its first tests answered
        a = _approx_window(text, s) if ends & MAY_APPROX else None
    else:
        a = _approx(text, start)
    if a:
        approx = intern(a.group("a").lower())
    rng = _RANGE.match(text, e) if not words and after & MAY_RANGE else None
    high = None
    if rng and _is_range(rng, value, number, text, s):
        high, end_num = _dec(rng.group("n")), rng.end()
        after = _AFTERS[text[end_num:end_num + 4]]
    else:
        rng, end_num = None, e
    if after & MAY_TAIL:
        t = _tail(text, end_num)
        scale, pct, cur, area, meas = t.groups()
        if scale:
            scale = intern(scale)
        end = t.end()
    else:
        t = scale = pct = cur = area = meas = None
        end = end_num
    if scale:
        mult = _SCALE_WORDS[" ".join(_fold(scale).replace("-", " ").split())]
        value = value * mult if value is not None else None
        high = high * mult if high is not None else None
    if pct:
        kind, unit = "percent", "%" if "%" in pct or "％" in pct else intern(pct.lower())
        if "point" in unit:
            unit = "percentage point"
        us, ue = t.span(2)
    elif cur:
        kind, unit = "money", intern(cur)
        us, ue = t.span(3)
    elif area:
        kind, unit = "area", intern(area)
        us, ue = t.span(4)
    elif meas:
        unit = intern(meas)
        us, ue = t.span(5)
    elif kind == "count":
        unit, us, ue = _counted_after(text, end)
    plain_digits = not words and "," not in number and "." not in number and len(number) == 4
    if (plain_digits and kind == "count" and not scale and not approx and 1800 <= int(number) <= 2100
            and (unit is None or unit in SINGULAR_TO_PLURAL and unit not in PLURAL_TO_SINGULAR)):
        # "the 2009 standard", "the 2020 target": a singular noun after a year is what the year names
        kind, unit, us, ue = "year", None, None, None
    if rng is not None:
        low_kind = kind
        kind = "range"
        unit = unit if low_kind != "year" else "year"
    qstart, qend = (start - len(a.group()) if approx else start), max(end, ue or end)
    return Quantity(qstart, qend, intern(text[qstart:qend]), kind, value, number, s, e, scale, unit, us, ue,  # by position:
                    approx, high, "," in number, words)  # scale unit unit_start unit_end approx high separators words


def _looks_like_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100


def _is_range(rng, low, number, text, s) -> bool:
    """'2011-2020', '10 to 20', 'between 5 and 8', '2011-12' (a season); not 'gave 500 to 32 counties'."""
    high = _dec(rng.group("n"))
    if rng.group("sep") == "and" and not _BETWEEN.search(text[max(0, s - 24):s]):
        return False
    if high is None or low is None:
        return False
    if rng.group("sep") and _looks_like_year(number) != _looks_like_year(rng.group("n")):
        return False  # "from 6,079 yuan in 2013 to 12,588 yuan"
    if rng.group("sep") == "to" and low > 0 and high > 100 * low:
        return False  # "issued RMB 12.68 billion to 276,000 households": two figures, not a range
    if high > low:
        return True
    return bool(rng.group("dash")) and len(number) == 4 and 1800 <= low <= 2100 and len(rng.group("n")) == 2


def _month(text, m) -> Quantity | None:
    s, e = m.span()
    name = m.group()
    t = _MONTH_TAIL.match(text, e)
    day = int(t.group("d")) if t.group("d") and 1 <= int(t.group("d")) <= 31 else None
    year = int(t.group("y")) if t.group("y") else None
    if name == "May" and not (day or year or _PREV_MONTH.search(text[max(0, s - 12):s])):
        return None  # the modal verb
    if name == "March" and text[max(0, s - 5):s] == "Long ":
        return None  # the Long March
    end = t.end() if (day or year) else e
    return Quantity(s, end, text[s:end], "date", Decimal(year) if year else None, name, s, e,
                    parts=(year, MONTHS[name], day))
