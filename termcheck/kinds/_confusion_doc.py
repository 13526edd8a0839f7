"""The document side of the confusion model (rule TC430, ``kinds/confusion.py``): where the
confusable forms occur, what the document itself says about them (its word and phrase counts),
and the text around one occurrence (country names in its sentence, a Chinese place name beside
it).

Speed and memory: an Aho-Corasick automaton of all forms with the characters around them finds
their whole-word occurrences in a shaped ASCII copy of the text in one pass (in C), the same pass
that finds the grammar patterns' anchors (``_wordscan``); the previous word is read off the
reversed text with one match. Each occurrence is reduced to its key (form, previous word, next word, capitalisation):
the document keeps the distinct keys and, per occurrence, a key number and a place in two
machine-integer arrays (16 bytes), and the word and phrase counts are added up per key. The
model (``confusion.run``) then scores only the occurrences of keys whose evidence could reach the
threshold, rebuilding them from the arrays.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import Counter

from ..lang.ngrams import word_class
from ..lang.pinyin import is_pinyin_name
from ..lang.slots import grammar, sentence_initial
from ..text import SENTENCE_END

NEXT = re.compile(r"[ \t\u00a0\-]+([^\W_]+)")  # a word or a number ("led 35 households")
PREV_NAME = re.compile(r"(\w[\w'’]*)[ \t\u00a0]+$")
NAME_AFTER = re.compile(r"[ \t\u00a0]+(?:in|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?([A-Z][\w'’]*)")
PLACE_TOKEN = re.compile(r"[A-Z][\w'’]*|-")
HOME_MIN = 5  # a country named this often in the document is its own country, not foreign context
# a form as a whole word: not inside a word, a number, a contraction or after an apostrophe
# ("'county'"); a hyphen ends a word ("latter-stage support"). (``DocEvidence`` checks the same
# on the automaton's matches.)
_BEFORE, _AFTER = r"(?<![\w'’])", r"(?!\w)"


def _trie(words) -> str:
    """A regular expression matching exactly ``words``, factored by common prefixes (the regex
    engine tries alternatives one by one: a trie keeps that to one letter at each step)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        # (re.escape leaves letters and digits as they are: called only for the others)
        alts = [(ch if ch.isalnum() else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body
    return emit(root)


_SCANNERS: dict[frozenset, "_CaseBlind"] = {}


class _CaseBlind:
    """The forms as whole words, case-blind: compiled on first use (only a text holding a
    character whose lower case is ASCII or longer needs it; compiling a pattern of some 500 words
    costs milliseconds)."""

    def __init__(self, forms: frozenset):
        self.forms, self.pattern = forms, None

    def finditer(self, text: str):
        if self.pattern is None:
            self.pattern = re.compile(_BEFORE + "(?:" + _trie(sorted(self.forms)) + ")" + _AFTER, re.IGNORECASE)
        return self.pattern.finditer(text)


# The forms are found by the word scan shared with the grammar patterns (``_wordscan``: an
# Aho-Corasick automaton over a shaped ASCII copy of the text, one pass for both kinds, keys
# "<before><form><after>" so a form inside a longer word never surfaces; only apostrophes and
# characters outside ASCII beside a form are judged on the text, by ``_whole_form``). The forms
# are ASCII letters; the two characters outside ASCII whose lower case is ASCII (or longer),
# "\u0130" and "\u212a", send a piece to the case-blind pattern instead.
_ODD_CASE = ("\u0130", "\u212a")


def scanners(forms) -> _CaseBlind:
    """The case-blind pattern matching ``forms`` as whole words, for the pieces the shaped scan
    cannot serve; made once per set of forms (compiled on first use)."""
    key = frozenset(forms)
    hit = _SCANNERS.get(key)
    if hit is None:
        hit = _SCANNERS[key] = _CaseBlind(key)
    return hit


def form_places(ctx, seg, forms) -> tuple[array, list] | None:
    """(starts, forms) of the whole-word forms in the segment, in order of place: from the word
    scan shared with the grammar patterns when it looked for these forms, else by one of its own;
    None when the forms are not plain ASCII letters (every piece is matched case-blind then)."""
    from ._wordscan import scan, shapeable, word_scan

    key = frozenset(forms)
    _, scanned, (_, starts, words) = word_scan(ctx, seg)
    if scanned == key:
        return starts, words
    if not shapeable(key):
        return None
    _, starts, words = scan(seg.text, frozenset(), key, None, _whole_form)
    return starts, words


PIECE = 1 << 18    # characters reversed at a time: bounded copies of a long text
MARGIN = 64        # more than a form, or a previous word with its blanks, can span


def _pieces(text: str, places, pattern, forms):
    """(lo, piece, found, reversed piece) for the pieces of ``text``: each piece is
    text[lo:...], reaching ``MARGIN`` past its core on both sides (so a word in the core, its
    neighbours and the characters around are all in it); ``found``: (start, form) of the forms
    standing as whole words in the core (see _BEFORE, _AFTER), in text positions and in order,
    from ``places`` (``form_places``). A piece the shaped scan cannot serve is matched
    case-blind (no reversed piece then)."""
    n = len(text)
    for core_lo in range(0, n or 1, PIECE):
        core_hi = min(n, core_lo + PIECE)
        lo = max(0, core_lo - MARGIN)
        piece = text[lo:min(n, core_hi + MARGIN)] if n > PIECE else text
        if places is not None and not _case_blind_needed(piece):
            starts, words = places
            i, j = bisect_left(starts, core_lo), bisect_left(starts, core_hi)
            yield lo, piece, zip(starts[i:j], words[i:j]), piece[::-1]
        else:
            yield lo, piece, [(lo + s, w) for s, w in _any_case(pattern, piece, forms)
                              if core_lo <= lo + s < core_hi], None  # (the margins are other pieces')


def _case_blind_needed(piece: str) -> bool:
    """The piece holds a character the shaped scan would miss a form in (see _ODD_CASE)."""
    return not piece.isascii() and (_ODD_CASE[0] in piece or _ODD_CASE[1] in piece)


def _whole_form(piece: str, s: int, size: int) -> bool:
    """piece[s:s+size] stands as a whole word (_BEFORE, _AFTER, as the lower-cased piece has it):
    for the keys the shape cannot decide (an apostrophe, a character outside ASCII beside it)."""
    if s:
        c = piece[s - 1].lower()
        if c.isalnum() or c in "'’_":
            return False
    j = s + size
    if j < len(piece):
        c = piece[j].lower()
        if c.isalnum() or c == "_" or ((c == "'" or c == "’") and piece[j + 1:j + 2].lower().isalpha()):
            return False
    return True


def _any_case(pattern, text: str, forms) -> list[tuple[int, str]]:
    """(start, form) of the forms in ``text`` as whole words, matched case-blind (not before an
    apostrophe and a letter: a contraction or a possessive)."""
    out = []
    for m in pattern.finditer(text):
        w = m.group().lower()
        j = m.end()
        if w in forms and len(w) == j - m.start() and not (text[j:j + 1] in ("'", "’") and text[j + 1:j + 2].isalpha()):
            out.append((m.start(), w))
    return out


def prev_word(text: str, start: int) -> str | None:
    """The word right before ``start`` when only blanks or a hyphen separate them (scanned
    backwards: a regex search anchored at the end would try every position of the window)."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0-" and start - i < 4:
        i -= 1
    if i == start:
        return None
    j = i
    while j > 0 and text[j - 1].isalpha() and i - j < 40:
        j -= 1
    return text[j:i].lower() if j < i and (j == 0 or not (text[j - 1].isdigit() or text[j - 1] == "_")) else None


def numeral_before(text: str, start: int) -> int | None:
    """Where a numeral right before ``start`` ("from 118 counties", "its 1,200 mu") begins, when
    a blank precedes it; None otherwise."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0" and start - i < 4:
        i -= 1
    if i == start or not (i and text[i - 1].isdigit()):
        return None
    k = i
    while k > 0 and (text[k - 1].isdigit() or text[k - 1] in ",.") and i - k < 20:
        k -= 1
    return k if k and text[k - 1] in " \t\u00a0" and text[k].isdigit() else None


def _prev_start(text: str, start: int, prev: str) -> int:
    """Where the previous word (as ``prev_word`` found it) starts."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0-":
        i -= 1
    return i - len(prev)


class DocEvidence:
    """The confusable forms of one document: what the document says about them, and where they are.

    * ``keys``: the distinct (form, previous word, next word, caps) of the occurrences, caps =
      (previous word capitalised inside a sentence, next word capitalised, token and previous
      word both, a numeral between the previous word and the token);
    * ``words``: form -> occurrences;
    * ``phrases``: "previous form" and "form next" -> occurrences (none across a numeral; a
      phrase of two confusable words, met as the first one's "form next" and the second one's
      "previous form", counts once);
    * per occurrence only its key's number and its place, in two machine-integer arrays; the
      counts are added up per key after the scan (in C: ``Counter`` over the key numbers).
    """

    def __init__(self, ctx, forms, exclude, tracked=()):
        self.keys: list[tuple] = []
        self._segments = ctx.segments
        self._seg_index: dict[int, int] | None = None
        self._occ_key = array("l")    # key number of each occurrence
        self._occ_at = array("q")     # segment number << 40 | start of each occurrence
        self._tracked = frozenset(tracked)
        self._where: dict[tuple[int, str], list[int]] | None = None  # (segment number, tracked form) -> starts
        self._next_classes: dict[str, Counter] = {}
        self.foreign = ForeignNearby(ctx)  # country names near an occurrence (on demand)
        self.phrase_memo: dict[tuple, tuple] = {}  # the model's phrase evidence, once per neighbours
        cause = grammar().classes.get("CAUSE", frozenset())
        key_ids: dict[tuple, int] = {}
        twice = array("l")  # key numbers whose "form next" phrase is also the next occurrence's "previous form"
        scan_any_case = scanners(forms)
        keys = self.keys
        occ_key, occ_at = self._occ_key.append, self._occ_at.append
        rev_prev = _REV_PREV.match
        # a neighbour word as written -> its lower case: one string per distinct word, whose hash
        # is then kept (the key look-up below hashes it once, not each occurrence's new copy)
        lower_of: dict[str, str] = {}
        low = lower_of.get
        next_match = NEXT.match
        for si, seg in enumerate(self._segments):
            text = seg.text
            last_next, last_kid = -1, -1  # where the last occurrence's next word starts, its key
            places = form_places(ctx, seg, forms)
            for lo, piece, found, rev in _pieces(text, places, scan_any_case, forms):
                top = lo + len(piece)  # (offset in the reversed piece = top - offset in the text)
                for start, w in found:
                    if exclude and w in exclude:
                        continue
                    nm = next_match(text, start + len(w))
                    # the previous word: read off the reversed piece with one match (prev_word's rules)
                    prev, ps = None, -1
                    if rev is None:
                        prev = prev_word(text, start)
                    else:
                        pm = rev_prev(rev, top - start)
                        if pm is not None:
                            b, e = pm.span(1)
                            ps = top - e  # where the word starts in the text
                            if ps > lo and ((c := text[ps - 1]).isdigit() or c == "_"):
                                ps = -1  # (not a word: prev_word's rule)
                            else:
                                written = text[ps:top - b]
                                prev = low(written)
                                if prev is None:
                                    prev = lower_of[written] = written.lower()
                                if not prev.isalpha():  # (a letter-like digit: prev_word decides)
                                    prev, ps = prev_word(text, start), -1
                    anchor = start
                    if prev is None:
                        # a numeral is a modifier the word pairs see through: "from 118 countries"
                        # pairs "from" with the noun ("from countries")
                        num = numeral_before(text, start)
                        if num is not None:
                            anchor, prev = num, prev_word(text, num)
                    pcap = False
                    if prev:
                        if ps < 0:
                            ps = _prev_start(text, anchor, prev)
                        pcap = text[ps].isupper() and not sentence_initial(text, ps) \
                            and prev_word(text, ps) not in cause  # "let Wang lead": Wang is an object
                        if last_next == start and anchor == start:
                            twice.append(last_kid)
                    if nm is None:
                        nxt, ncap = None, False
                        last_next = -1
                    else:
                        last_next = nm.start(1)
                        written = nm.group(1)
                        nxt = low(written)
                        if nxt is None:
                            nxt = lower_of[written] = written.lower()
                        ncap = text[last_next].isupper()
                    if pcap or anchor != start:
                        caps = (pcap, ncap, pcap and text[start].isupper(), anchor != start)
                    else:  # (the usual case: constant tuples, nothing built)
                        caps = (False, True, False, False) if ncap else (False, False, False, False)
                    key = (w, prev, nxt, caps)
                    kid = key_ids.get(key)
                    if kid is None:
                        kid = key_ids[key] = len(keys)
                        keys.append(key)
                    last_kid = kid
                    occ_key(kid)
                    occ_at(si << 40 | start)
        # the counts, per key
        per_key = Counter(self._occ_key)
        self.words: dict[str, int] = {}
        self.phrases: dict[str, int] = {}
        self._nexts: dict[str, dict[str, int]] = {}  # form -> next word -> occurrences
        words, phrases, nexts = self.words, self.phrases, self._nexts
        for kid, c in per_key.items():
            w, prev, nxt, caps = keys[kid]
            words[w] = words.get(w, 0) + c
            if prev and not caps[3]:
                phrase = prev + " " + w
                phrases[phrase] = phrases.get(phrase, 0) + c
            if nxt:
                phrase = w + " " + nxt
                phrases[phrase] = phrases.get(phrase, 0) + c
                d = nexts.setdefault(w, {})
                d[nxt] = d.get(nxt, 0) + c
        for kid in twice:
            w, _, nxt, _ = keys[kid]
            phrases[w + " " + nxt] -= 1

    def occurrences(self, wanted):
        """The occurrences whose key number ``wanted[k]`` is true, in document order, as
        (seg, start, end, token, form, prev, next, where next starts, caps)."""
        segs, keys = self._segments, self.keys
        for kid, at in zip(self._occ_key, self._occ_at):
            if wanted[kid]:
                seg, start = segs[at >> 40], at & _START
                w, prev, nxt, caps = keys[kid]
                text = seg.text
                end = start + len(w)
                nstart = NEXT.match(text, end).start(1) if nxt else -1
                yield (seg, start, end, text[start:end], w, prev, nxt, nstart, caps)

    def next_classes(self, word: str) -> Counter:
        """How often ``word`` stands before each word class in the document (on demand)."""
        hit = self._next_classes.get(word)
        if hit is None:
            hit = Counter()
            for nxt, n in self._nexts.get(word, {}).items():
                hit[word_class(nxt)] += n
            self._next_classes[word] = hit
        return hit

    def uses_in(self, seg, form: str, span: tuple[int, int]) -> bool:
        """``form`` (one of the ``tracked`` forms) occurs in seg.text[span]."""
        if self._where is None:  # where the tracked forms are (one pass over the arrays, on demand)
            self._seg_index = {id(s): i for i, s in enumerate(self._segments)}
            tracked = [k[0] in self._tracked for k in self.keys]
            self._where = {}
            for kid, at in zip(self._occ_key, self._occ_at):
                if tracked[kid]:
                    self._where.setdefault((at >> 40, self.keys[kid][0]), []).append(at & _START)
        si = self._seg_index[id(seg)]
        return any(span[0] <= s < span[1] for s in self._where.get((si, form), ()))


_START = (1 << 40) - 1
_REV_PREV = re.compile(r"[ \t\u00a0\-]{1,4}([^\W\d_]{1,40})")


REACH = 400  # how far sentence_around looks for the ends of a sentence


def sentence_around(text: str, start: int, end: int, reach: int = REACH) -> tuple[int, int]:
    """The sentence holding text[start:end], found locally so a check costs in proportion to the matches."""
    lo = max(0, start - reach)
    left = lo
    for m in SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    right_m = SENTENCE_END.search(text, end, min(len(text), end + reach))
    return left, (right_m.start() if right_m else min(len(text), end + reach))


def _place_names() -> tuple[dict[str, list[tuple[str, ...]]], frozenset[str]]:
    """(first word -> place names as word tuples, longest first; the pycountry names among them)."""
    from ..lang.ngrams import ngrams

    g = ngrams()
    if getattr(g, "_places", None) is None:
        names, regions = g.countries
        index: dict[str, list[tuple[str, ...]]] = {}
        for name in set(names) | set(regions):
            words = tuple(name.replace("-", " - ").split())
            index.setdefault(words[0], []).append(words)
        for v in index.values():
            v.sort(key=len, reverse=True)
        g._places = index, frozenset(names)
    return g._places


def _home(ctx, name: str, countries) -> bool:
    """The document's own country (China in a Chinese policy text): named ``HOME_MIN`` times
    (counted up to that, from the start: the home country is named early and often)."""
    return name in countries and ctx.memoize(("confusion-country", name), lambda: _count_upto(
        ctx.segments, name, HOME_MIN)) >= HOME_MIN


def _count_upto(segments, name: str, most: int) -> int:
    """Occurrences of ``name`` (as ``str.count`` counts them), counted up to ``most``: the home
    country is named early and often, so its count stops after a few ``find``s."""
    n = 0
    for seg in segments:
        text, size = seg.text, len(name)
        i = text.find(name)
        while i != -1:
            n += 1
            if n >= most:
                return n
            i = text.find(name, i + size)
    return n


class ForeignNearby:
    """``near(seg, start, end)``: a foreign country or world region may be named within
    ``REACH`` of seg.text[start:end] (the most ``sentence_around`` looks), i.e. the first word
    of such a name occurs there, even inside another word. A quick test before
    ``foreign_countries``: when it fails, so would that. The first words are found once per
    segment (``_first_hits``, on the first question about the segment); whether some name a
    first word begins is foreign (not the document's own country) is asked only of those near
    an occurrence. While the windows asked about add up to less than the segment, only they are
    scanned (text[lo:hi]: the words lying wholly inside, as the segment's list bisected would
    give them; which one answers first does not change the answer)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self._first: dict[str, bool] = {}  # first word of a name -> some name it begins is foreign
        self._spans: dict[int, tuple[array, list]] = {}  # segment -> (starts, words) of the first words
        self._scanned: dict[int, int] = {}  # segment -> characters scanned window by window

    def _foreign_first(self, first: str) -> bool:
        hit = self._first.get(first)
        if hit is None:
            index, countries = _place_names()
            names = [" ".join(name).replace(" - ", "-") for name in index.get(first, ())]
            # (a world region is never the home country: no need to count the countries then)
            hit = self._first[first] = any(n not in countries for n in names) or any(
                not _home(self.ctx, n, countries) for n in names)
        return hit

    def near(self, seg, start: int, end: int) -> bool:
        spans = self._spans.get(id(seg))
        text = seg.text
        if spans is None:
            lo, hi = max(0, start - REACH), min(len(text), end + REACH)
            done = self._scanned.get(id(seg), 0) + hi - lo
            if done <= len(text):
                self._scanned[id(seg)] = done
                return any(self._foreign_first(first) for _, first in _first_hits(text, lo, hi))
            starts, words = array("q"), []
            for s, first in _first_hits(text, 0, len(text)):
                starts.append(s)
                words.append(first)
            spans = self._spans[id(seg)] = starts, words
        starts, words = spans
        lo, hi = max(0, start - REACH), min(len(seg.text), end + REACH)
        i = bisect_left(starts, lo)
        while i < len(starts) and starts[i] < hi:
            if starts[i] + len(words[i]) <= hi and self._foreign_first(words[i]):
                return True
            i += 1
        return False


_FIRST_WORDS = None


def _first_words():
    """(a pattern matching the first words of the place names (case as written), the longest at
    a place; first word -> the first words it begins with, itself included): "African" also
    begins with "Africa"."""
    global _FIRST_WORDS
    if _FIRST_WORDS is None:
        firsts = set(_place_names()[0])
        prefixes = {w: tuple(w[:i] for i in range(1, len(w) + 1) if w[:i] in firsts) for w in firsts}
        _FIRST_WORDS = re.compile(_trie(sorted(firsts))), prefixes
    return _FIRST_WORDS


def _first_hits(text: str, lo: int, hi: int):
    """(start, first word) of every first word of a place name lying wholly inside text[lo:hi], by
    start: all of them, as an Aho-Corasick automaton of the first words would report them (at each
    place the pattern takes the longest, the table adds the shorter ones; the next search starts
    one character on, so a word beginning inside another, "ASEANorth", is not missed). The
    pattern begins with a capital letter, which the regex engine skips to in C: ~3 times fewer
    instructions than the automaton, whose root tried its ~26 children at every character."""
    pattern, prefixes = _first_words()
    search = pattern.search
    m = search(text, lo, hi)
    while m is not None:
        s = m.start()
        for first in prefixes[m.group()]:
            yield s, first
        m = search(text, s + 1, hi)


def foreign_countries(ctx, text: str, sent: tuple[int, int]) -> list[str]:
    """Country names (other than the document's own country) and world regions in text[sent]."""
    index, countries = _place_names()
    words = PLACE_TOKEN.findall(text, *sent)
    found = []
    i = 0
    while i < len(words):
        for cand in index.get(words[i], ()):
            if tuple(words[i:i + len(cand)]) == cand:
                name = " ".join(cand).replace(" - ", "-")
                if not _home(ctx, name, countries):  # the document's own country (China in a Chinese policy text) is no context
                    found.append(name)
                i += len(cand) - 1
                break
        i += 1
    return found


def pinyin_neighbour(text: str, start: int, end: int) -> str | None:
    """A romanised Chinese name right before the word (Xinlong County) or after "in/of" (counties of Yunnan)."""
    pm = PREV_NAME.search(text, max(0, start - 40), start)
    if pm and pm.group(1)[:1].isupper() and is_pinyin_name(pm.group(1)):
        return pm.group(1)
    nm = NAME_AFTER.match(text, end)
    if nm and is_pinyin_name(nm.group(1)):
        return nm.group(1)
    return None
