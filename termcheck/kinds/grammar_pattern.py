"""Grammar patterns over word classes: a sequence of token slots matched against the words of a
segment, with each word's possible Penn tags and lemmas from the English lexicon
(``lang.morph``, lemminflect). There is no statistical tagger: a slot states which tags a word
*may* carry (``tags``), must *only* carry (``only``) or must *not* carry (``not_tags``), so a pattern
fires only where every reading of the words agrees - the high-confidence contexts.

Params (YAML):
  seq:    list of slots. The ``anchor`` slot (default: the first that lists words ``w``) and
          the slots after it are compiled into a regular expression of their surface shape (the
          listed words, any word, punctuation); only where it matches are the words tokenised
          and looked up. The slots before the anchor are single, required tokens.
  before: a slot the token before the match must NOT match (e.g. determiners before "will")
  back:   slots (a token fits one of them) that ``before`` and ``start`` walk back over, up to
          ``back_max`` tokens: the rest of the noun phrase before the first slot ("the poor" in
          "the poor counties that ..."), so that the check lands on the word before the phrase
  start:  a slot the token before the match (after ``back``) MUST match, unless a line break or
          the start of the text comes first: where a subject can begin (".", "which", "but")
  not_lead: a slot the phrase's first token (after ``back``) must NOT match (a gerund: "Building
          roads that ..." is not a plural subject)
  after:  a slot the token after the match must match (``not_after``: must not match)
  report: slot names [first, last] (or one name) whose tokens make the reported span
  fix:    {slot: name, to: VB|VBN|VBZ|ly|article|drop|sg|pl}

Slot fields: ``w`` (lower-case words), ``not_w``, ``not_in`` (the words of the rule's
``word_lists`` named here are ``not_w`` too), ``not_suffix``, ``lemma`` (lemmas under any tag),
``tags``, ``only``, ``not_tags``, ``not_only`` (not a word all of whose tags are among these),
``also_w`` (these words fit whatever the other fields say), ``lower`` (written in lower case),
``cap`` (with a capital), ``punct`` (true: punctuation; false: a word), ``poss`` (a possessive:
"county's"), ``plural`` (a plural noun form whose singular differs: "funds", "courses", "people";
the rule's ``singular_use`` words excepted), ``not_plural``,
``adverb`` (an adjective with an "-ly" adverb in the lexicon), ``sound`` (vowel|consonant: how
the word begins, by the rule's ``sounds`` data), ``opt`` (may be absent), ``max`` (repeat up to
n times), ``name``.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter

from ..lazymodel import BaseModel, ConfigDict, Field

from ..lang import morph
from ..lang.en_nouns import countable, plural_form, singular_form
from ._shared import lowered
from ._grammar_anchors import _anchor_hits
from ._wordscan import check_words, word_scan

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("grammar_anchors", "grammar_windows", "grammar_ends", "lowered", "word-scan")

TOKEN = re.compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*|\d+(?:[.,]\d+)*|\S")
SINGULAR_VERB = {"have": "has", "are": "is", "were": "was", "do": "does"}
PLURAL_VERB = {v: k for k, v in SINGULAR_VERB.items()}


class Slot(BaseModel):
    model_config = ConfigDict(extra="forbid")
    w: list[str] | None = None
    not_w: list[str] = []
    not_in: list[str] = []  # names of the rule's ``word_lists`` whose words the token must not be
    not_suffix: list[str] = []
    lemma: list[str] | None = None
    tags: list[str] | None = None
    only: list[str] | None = None
    not_tags: list[str] = []
    not_only: list[str] = []  # not a word all of whose tags are among these ("connect": VB only)
    also_w: list[str] = []    # words that fit the slot whatever its other fields say ("is", "was")
    lower: bool = False
    cap: bool = False  # written with a capital (a sentence's first word); on the anchor, checked first
    punct: bool | None = None
    plural: bool = False
    not_plural: bool = False
    poss: bool = False  # a possessive noun ("county's"), which stands where a determiner would
    adverb: bool = False
    not_adverb: bool = False  # not a word whose "-ly" adverb is in the lexicon (an adjective: "complete")
    countable: bool = False  # a countable singular noun (``en_nouns.countable``: "village", not "poverty")
    num: bool = False  # a figure ("14", "1,200")
    sound: str | None = None
    opt: bool = False
    max: int = 1
    name: str | None = None


class Sounds(BaseModel):
    model_config = ConfigDict(extra="forbid")
    consonant_prefixes: list[str] = []  # vowel letters read as a consonant: uni-, eu-, one
    vowel_prefixes: list[str] = []      # consonant letters read as a vowel: hour, honest


class Pattern(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    seq: list[Slot]
    before: Slot | None = None
    # when the token before the one ``before`` fits fits this, ``before`` does not hold: that token
    # was a noun, not a verb ("at the same time the funds was": "time" after "same")
    unless_before: Slot | None = None
    start: Slot | None = None   # the token before the match (after ``back``) must fit it
    back: list[Slot] = []       # the noun phrase's tokens ``before``/``start`` walk back over
    back_max: int = 0
    not_lead: Slot | None = None  # the phrase's first token (after ``back``) must not fit it
    lead_start: bool = False  # ``start`` is judged at the anchor's place before tokenising (see run)
    # a line break counts as a ``start`` (a heading or a list item before); false: only a blank line
    # does, as text wrapped at a fixed width breaks lines inside sentences ("... a long time. Billion\n
    # laughs was")
    start_break: bool = True
    after: Slot | None = None
    not_after: Slot | None = None
    report: list[str] = Field(min_length=1, max_length=2)
    fix: dict[str, str] = {}
    message: str | None = None
    anchor: int | None = None  # the slot whose words find the candidates (default: the first with w)
    cue: object = None  # the surface shape of the slots after the anchor
    fixed: list = []    # the single slots right after the anchor (captured by ``cue``)
    # with start/back: its places are filtered before its cue (_early_hits); false in the YAML: the
    # cue first, and ``start``/``back`` judged on its matches only (where the cue is rarer than the
    # test of the tokens before: a capitalised "The" followed by "... of ... have")
    early: bool | None = None
    cap: bool = False   # the anchor slot wants a capital (filled by prepare)
    key: tuple = ()  # patterns with the same key share their places' cue matches (cue, ``cap``)
    first: object = None  # when nothing is fixed: the slots one of which the token after the anchor must fit
    ends: tuple = ()      # the words of a last slot that a run of words leads to (see _ends_before)
    gap: object = None    # the run of words (and spaces) that may come between the anchor and those


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    patterns: list[Pattern] = Field(min_length=1)
    singular_use: list[str] = []   # plural forms used as singular ("data", "media")
    sounds: Sounds = Sounds()
    function_words: list[str] = []  # data for the YAML anchor &function_words (see TC707)
    word_lists: dict[str, list[str]] = {}  # data for YAML anchors that several patterns share (TC705)
    by_word: dict = {}  # filled by prepare: anchor word -> patterns
    anchors: frozenset = frozenset()  # filled by prepare: the anchor words (by_word's keys)
    memo: dict = {}     # filled by prepare: id(slot) -> {token text: fits}; see _ok


def prepare(p: Params) -> Params:
    p.by_word = {}
    p.memo = {}
    for i, pat in enumerate(p.patterns):
        a = pat.anchor
        if a is None:  # the first slot that lists its words (or lemmas)
            a = next((k for k, s in enumerate(pat.seq) if s.w or s.lemma), None)
        if a is None or not 0 <= a < len(pat.seq) or not _words(pat.seq[a]) or pat.seq[a].opt or \
                any(s.opt or s.max != 1 for s in pat.seq[:a]):
            raise ValueError(f"patterns[{i}]: the anchor slot must list its words (w) or lemmas, and "
                             "every slot before it must be a single, required token")
        pat.anchor = a
        names = {s.name for s in pat.seq}
        if any(n not in names for n in pat.report) or (pat.fix and pat.fix.get("slot") not in names):
            raise ValueError(f"patterns[{i}]: report and fix must name slots of seq")
        # the tail's leading single slots are captured, so that their words are checked before
        # anything is tokenised
        fixed = []
        for slot in pat.seq[a + 1:]:
            if slot.opt or slot.max != 1:
                break
            fixed.append(slot)
        pat.fixed = fixed
        # with nothing fixed, the token right after the anchor must still fit the next slot, or
        # (when that one is optional) one of the slots up to the first required one: checked on
        # that one token before the candidate is tokenised (most candidates end there)
        pat.first = None
        if not fixed and pat.seq[a].max == 1:
            first = []
            for slot in pat.seq[a + 1:]:
                first.append(slot)
                if not slot.opt:
                    pat.first = first
                    break
        for slot in (*pat.seq, *pat.back, pat.before, pat.unless_before, pat.start, pat.not_lead, pat.after,
                     pat.not_after):
            if slot is not None and slot.not_in:
                missing = [n for n in slot.not_in if n not in p.word_lists]
                if missing:
                    raise ValueError(f"patterns[{i}]: not_in names no word list {missing}")
                slot.not_w = sorted({*slot.not_w, *(w for n in slot.not_in for w in p.word_lists[n])})
                slot.not_in = []
        if pat.back_max and not pat.back:
            raise ValueError(f"patterns[{i}]: back_max needs back slots")
        for slot in (*pat.seq, *pat.back, pat.before, pat.unless_before, pat.start, pat.not_lead, pat.after,
                     pat.not_after):
            if slot is not None:
                p.memo[id(slot)] = {}
        # the anchor is the match's first token and nothing is walked back over: the token before
        # it decides ``start`` alone, so the places where it does not fit are dropped at once
        pat.lead_start = pat.start is not None and a == 0 and not pat.back_max
        pat.cue = _cue(pat.seq[a + 1:], p.sounds, len(fixed))
        pat.cap = pat.seq[a].cap
        # patterns with the same cue (and ``cap``) share their places' matches: keyed by the cue's
        # text, as hashing a compiled pattern hashes its code
        pat.key = (pat.cue.pattern, pat.cue.flags, pat.cap)
        if pat.early is None:
            pat.early = pat.start is not None or bool(pat.back_max)
        pat.ends, pat.gap = _ends_shape(pat.seq[a + 1:], p.sounds)
        if set(pat.ends) & _words(pat.seq[a]):  # as frequent as the anchor: no help
            pat.ends, pat.gap = (), None
        for w in _words(pat.seq[a]):
            p.by_word.setdefault(w, []).append(pat)
    p.anchors = frozenset(p.by_word)
    return p


def scan_words(rule) -> tuple[frozenset, frozenset]:
    """The words this rule wants from the check's word scan (``_wordscan``): its anchors."""
    return rule.params.anchors, frozenset()


# The anchor words of all grammar rules of a check (``_wordscan.check_words``): one Aho-Corasick
# scan per segment finds them all for all rules, as whole tokens, in lower case or with a
# capital, together with the confusion model's forms (``_wordscan.word_scan``: one pass over one
# shaped ASCII copy of the text for both kinds; only the keys the copy cannot decide, an
# apostrophe or a character outside ASCII beside the word or a mark after it, are judged on the
# real text, by ``_whole``).
def _words_of(ctx, p: Params) -> frozenset:
    """The anchor words to find for a rule: those of all grammar rules of the check (one scan
    serves them all), or the rule's own when the check's are unknown or lack them."""
    words = check_words(ctx)[0]
    return words if p.anchors <= words else p.anchors


def _segment_hits(ctx, seg, words: frozenset) -> dict[str, array]:
    """_anchor_hits of the segment, from the scan shared with the confusion model when it
    scanned for these words."""
    anchors, _, (hits, _, _) = word_scan(ctx, seg)
    return hits if anchors == words else _anchor_hits(seg.text, words)


def _words(slot: Slot) -> set[str]:
    """The words a slot can match literally: its ``w``, or every form of its lemmas."""
    if slot.w:
        return set(slot.w)
    out = set()
    for lemma in slot.lemma or ():
        out.add(lemma)
        out.update(f for t in ("VBD", "VBN", "VBG", "VBZ", "NNS") if (f := morph.inflect(lemma, t)))
    return out


_WORD = r"(?:[A-Za-z]+(?:['’\-][A-Za-z]+)*|\d+(?:[.,]\d+)*)(?![A-Za-z0-9])"
_PUNCT = r"[^\sA-Za-z0-9]"


# Case: the cues were written for re.IGNORECASE, under which [A-Za-z] also takes four letters
# outside ASCII (İ ı ſ K, whose other case is ASCII). The cue is compiled without the flag,
# which makes its letter classes cheaper to test, with those four letters written into the
# classes (and the listed words matched with (?i:...)): the same matches.
_CI_EXTRA = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_L = "A-Za-z" + "".join(_CI_EXTRA.values())
_WORD_NOCASE = rf"(?:[{_L}]+(?:['’\-][{_L}]+)*|\d+(?:[.,]\d+)*)(?![{_L}0-9])"
_PUNCT_NOCASE = rf"[^\s{_L}0-9]"


def _cue(tail, sounds: Sounds, nfixed: int, fast: bool = True):
    r"""The surface shape of the slots after the anchor (``tail``), the first ``nfixed`` captured.

    ``fast=False`` gives the plain form (each slot in turn, re.IGNORECASE); the fast form has the
    same matches, cheaper: no case flag (see _CI_EXTRA); where no slot can begin with the
    characters that join the parts of a word (' ’ - . ,), a word is matched atomically (backing
    off into "state-owned" or "1,000" could only lead to a slot that cannot start there) and
    neighbouring slots of the same shape are one repetition (``(?:\s*W){0,3}(?:\s*W){1,1}`` ->
    ``(?:\s*W){1,4}``: the same counts, largest first, without re-matching the words at each
    step back). The test suite compares the two forms."""
    if not fast:
        return re.compile("".join(_slot_rx(slot, sounds, k < nfixed) for k, slot in enumerate(tail)), re.I)
    parts = [_slot_parts(slot, sounds, True) for slot in tail]
    atomic = all(_PUNCT_NOCASE not in core and not (slot.w and any(not w[:1].isalnum() for w in slot.w))
                 for (core, _), slot in zip(parts, tail))
    groups = []  # [core, lo, hi, captured]
    for k, ((core, lo), slot) in enumerate(zip(parts, tail)):
        if atomic:
            core = core.replace(_WORD_NOCASE, f"(?>{_WORD_NOCASE})")
        if k < nfixed:
            groups.append([core, 1, 1, True])
        elif atomic and groups and not groups[-1][3] and groups[-1][0] == core:
            groups[-1][1] += lo
            groups[-1][2] += slot.max
        else:
            groups.append([core, lo, slot.max, False])
    return re.compile("".join(rf"\s*({core})" if cap else rf"(?:\s*{core}){{{lo},{hi}}}"
                              for core, lo, hi, cap in groups))


def _ends_shape(tail, sounds: Sounds):
    """(words, gap) for a tail that reaches a required slot of listed words through word slots
    (TC705: "the ... funds was", up to four words, then has/is/was; "the (total) number"), else
    ((), None). Such a cue can only match where one of those words follows the anchor within
    ``gap`` (words and spaces: a listed word of a slot on the way is a word too); the places of
    the words may be few, and then the anchors are looked for from there (see _ends_before)."""
    hi = 0
    for slot in tail:
        literal = bool(slot.w) and all(w.isascii() and w.isalpha() for w in slot.w)
        if literal and not slot.opt and slot.max == 1:
            return tuple(sorted(set(slot.w))), re.compile(rf"(?:\s*{_WORD_NOCASE}){{0,{hi}}}\s*")
        if not literal and _slot_parts(slot, sounds, True)[0] != _WORD_NOCASE:
            break
        hi += slot.max
    return (), None


# letters that re.IGNORECASE takes for an ASCII letter but str.lower() does not give (re._casefix)
_FOLDS = {"i": "\u0131", "s": "\u017f", "k": "\u212a"}


def _end_places(ctx, seg, words: tuple) -> list | None:
    """Sorted offsets where one of ``words`` (as a cue's ``(?i:...)\\b`` takes them) begins after
    a space, or None when the lower-cased text cannot stand in for the text (other offsets, or a
    letter that only case folding maps onto one of the words' letters)."""
    def find():
        text = seg.text
        low = lowered(ctx, seg)
        if len(low) != len(text) or any(f in text for c, f in _FOLDS.items() if any(c in w for w in words)):
            return None
        places = []
        for w in words:  # one literal scan each: re skips to the word at C speed
            places += [m.start() for m in re.finditer(rf"{w}(?<=\s{w})\b", low)]
        places.sort()
        return places
    return ctx.memoize(("grammar_ends", id(seg), words), find)


def _ends_before(text: str, starts, n: int, places: list, gap) -> list:
    """The anchors (``starts``, each ``n`` long) from which ``gap`` reaches one of ``places``:
    every anchor where the cue can match (its words before the last slot are such a gap, and so
    is each part of it that begins after a later anchor, so the walk back from a place stops at
    the first anchor that does not reach it). A superset: the cue decides."""
    out = set()
    fits = gap.fullmatch
    for p in places:
        i = bisect_left(starts, p) - 1
        while i >= 0 and (s := starts[i]) + n <= p and fits(text, s + n, p):
            if s in out:  # the anchors before it were walked from an earlier place
                break
            out.add(s)
            i -= 1
    return sorted(out)


def _literal(words) -> str:
    alts = sorted(words, key=len, reverse=True)
    return "(?:%s)" % "|".join(re.escape(w) + (r"\b" if w[-1:].isalnum() else "") for w in alts)


def _slot_rx(slot: Slot, sounds: Sounds, capture: bool = False) -> str:
    """A slot's surface shape (its words, or any word, or punctuation) as a regular expression:
    the slots from the anchor on, compiled this way, find the candidates in C; only those are
    tokenised and checked against the lexicon."""
    core, lo = _slot_parts(slot, sounds)
    if capture:
        return rf"\s*({core})"
    return rf"(?:\s*{core}){{{lo},{slot.max}}}"


def _slot_parts(slot: Slot, sounds: Sounds, nocase: bool = False) -> tuple[str, int]:
    """(the slot's core expression, its least count); ``nocase``: for a cue compiled without
    re.IGNORECASE (see _cue)."""
    word, punct = (_WORD_NOCASE, _PUNCT_NOCASE) if nocase else (_WORD, _PUNCT)
    if slot.w:
        core = f"(?i:{_literal(slot.w)})"
    elif slot.punct:
        core = punct
    elif slot.sound == "vowel":  # a vowel letter, or a consonant letter that starts a vowel prefix
        firsts = "".join(sorted(set("aeiou") | {x[0] for x in sounds.vowel_prefixes}))
        extra = "".join(_CI_EXTRA.get(c, "") for c in firsts.lower()) if nocase else ""
        core = rf"(?=[{firsts}{firsts.upper()}{extra}18]){word}"  # 8 and 1(1|8) are read eight, eleven, eighteen
    elif slot.punct is False or slot.tags or slot.only or slot.lemma or slot.plural or slot.sound or slot.poss \
            or slot.num or slot.countable:
        core = word
    else:
        core = f"(?:{word}|{punct})"
    return core, 0 if slot.opt else 1


def _tokens(text: str, offset: int = 0):
    return [(m.start() + offset, m.end() + offset, m[0]) for m in TOKEN.finditer(text)]


def _tokens_in(text: str, lo: int, hi: int):
    """_tokens(text[lo:hi], lo) without the copy: TOKEN looks neither behind nor ahead of its
    match, so the tokens of a slice are those of the text between lo and hi."""
    return [(m.start(), m.end(), m[0]) for m in TOKEN.finditer(text, lo, hi)]


@lru_cache(maxsize=65536)
def adverb_of(adj: str) -> str | None:
    """remarkable -> remarkably, significant -> significantly, easy -> easily, basic ->
    basically: the spelling whose result the lexicon knows as an adverb."""
    low = adj.lower()
    for cand in (low + "ly", low[:-1] + "y" if low.endswith("le") else None,
                 low[:-1] + "ily" if low.endswith("y") else None, low + "ally"):
        if cand and "RB" in morph.tags(cand):
            return cand
    return None


def _figure_sound(digits: str) -> str | None:
    """How a figure is read aloud begins: 8, 80-89, 800, 8,000 (eight...), 11 and 18 (eleven,
    eighteen), also as 11,000 or 18 million, begin with a vowel; a four-digit figure without a
    separator (1800: a year or "one thousand eight hundred") is not judged."""
    whole = digits.split(".")[0]
    if len(whole) == 4 and "," not in whole:
        return None
    lead = whole.split(",")[0]
    return "vowel" if lead.startswith("8") or lead in ("11", "18") else "consonant"


def _sound(word: str, sounds: Sounds) -> str | None:
    low = word.lower()
    if low[:1].isdigit():
        return _figure_sound(low)
    first = re.split(r"[-'’]", word, maxsplit=1)[0]
    if not low[:1].isalpha() or (first.isupper() and len(first) > 1):
        return None  # acronyms ("NGO", "MQM-style") and figures: read letter by letter, not judged
    if len(first) == 1 and len(word) > 1:  # a letter name: "an X-ray", "an F-test", "a U-turn"
        return "vowel" if low[0] in "aefhilmnorsx" else "consonant"
    if not morph.tags(first):
        return None  # unknown words ("npm", names): their sound cannot be told from the spelling
    # the longest listed prefix wins: "uni" (unit) is a consonant, "unin" (uninhabited) a vowel
    best, sound = 0, "vowel" if low[0] in "aeiou" else "consonant"
    for prefixes, kind in ((sounds.consonant_prefixes, "consonant"), (sounds.vowel_prefixes, "vowel")):
        for pre in prefixes:
            if len(pre) > best and low.startswith(pre):
                best, sound = len(pre), kind
    return sound


def _ok(slot: Slot, tok, p: Params) -> bool:  # p: the rule params (shared data)
    """The token fits the slot. The answer depends on the token's text alone, and a text's words
    recur, so it is remembered per slot (bounded: a long text's rare words do not pile up)."""
    return _text_fits(slot, tok[2], p)


def _text_fits(slot: Slot, text: str, p: Params) -> bool:
    memo = p.memo[id(slot)]
    fits = memo.get(text)
    if fits is None:
        if len(memo) >= 20_000:
            memo.clear()
        fits = memo[text] = _fits(slot, text, p)
    return fits


def _fits(slot: Slot, text: str, p: Params) -> bool:
    low = text.lower()
    if low in slot.also_w:
        return True
    is_word = text[0].isalnum()
    if slot.punct is not None and slot.punct == is_word:
        return False
    if slot.w is not None and low not in slot.w:
        return False
    if low in slot.not_w or (slot.lower and not text.islower()) or (slot.cap and not text[0].isupper()) \
            or (slot.not_suffix and low.endswith(tuple(slot.not_suffix))):
        return False
    if slot.tags is not None or slot.only is not None or slot.not_tags or slot.not_only or \
            slot.lemma is not None:
        if not is_word:
            return False
        t = morph.tags(low)
        if slot.tags is not None and not any(x in t for x in slot.tags):
            return False
        if slot.only is not None and (not t or not set(t) <= set(slot.only)):
            return False
        if any(x in t for x in slot.not_tags):
            return False
        if slot.not_only and t and set(t) <= set(slot.not_only):
            return False
        if slot.lemma is not None and not morph.lemmas(low) & set(slot.lemma):
            return False
    if slot.plural and (not is_word or low in p.singular_use or not singular_form(low)):
        return False
    if slot.not_plural and is_word and low not in p.singular_use and singular_form(low):
        return False
    if slot.poss and not (is_word and low.endswith(("'s", "’s"))):
        return False
    if slot.adverb and not (is_word and adverb_of(low)):
        return False
    if slot.not_adverb and is_word and adverb_of(low):
        return False
    if slot.num and not text[0].isdigit():
        return False
    if slot.countable and not (is_word and countable(low)):
        return False
    if slot.sound and _sound(text, p.sounds) != slot.sound:
        return False
    return True


def _match(p: Params, pat: Pattern, toks, k: int, i: int, got: dict):
    """Match slots k.. from token i; returns the end token index or None. ``got`` collects
    name -> (first, last) token indices."""
    if k == len(pat.seq):
        return i
    slot = pat.seq[k]
    n = 0
    j = i
    while n < slot.max and j < len(toks) and _ok(slot, toks[j], p):
        n, j = n + 1, j + 1
    lo = 0 if slot.opt else 1
    for count in range(n, lo - 1, -1):  # greedy, then back off
        if count and slot.name:
            got[slot.name] = (i, i + count - 1)
        end = _match(p, pat, toks, k + 1, i + count, got)
        if end is not None:
            return end
        got.pop(slot.name, None)
    return None


def _phrase_ok(p: Params, pat: Pattern, text: str, first) -> bool:
    """``before``, ``start`` and ``not_lead`` of a match whose first token is ``first``: the phrase
    is walked back over up to ``back_max`` tokens that fit one of the ``back`` slots, then its first
    token and the token before it are judged."""
    at, lead = first[0], first[2]
    tok, a, newline = _prev_token(text, at)
    for _ in range(pat.back_max):
        if tok is None or newline or not any(_text_fits(slot, tok, p) for slot in pat.back):
            break
        at, lead = a, tok
        tok, a, newline = _prev_token(text, at)
    if pat.not_lead and _text_fits(pat.not_lead, lead, p):
        return False
    if tok is None:
        return True
    if pat.before and _text_fits(pat.before, tok, p):
        prev = _prev_token(text, a)[0] if pat.unless_before else None
        if prev is None or not _text_fits(pat.unless_before, prev, p):
            return False
    return not (pat.start and not _broken(pat, text, tok, a, at, newline) and not _start_fits(pat.start, text, tok, a, p))


def _broken(pat: Pattern, text: str, tok: str, a: int, at: int, newline: bool) -> bool:
    """A line break between the token ``tok`` (at ``a``) and ``at`` that counts as a ``start``."""
    return newline and (pat.start_break or text.count("\n", a + len(tok), at) > 1)


def _start_fits(slot: Slot, text: str, tok: str, a: int, p: Params) -> bool:
    """``tok`` (at ``a``) fits the ``start`` slot; a full stop or colon with no space after it
    is part of a name ("charset_normalizer.assets", "3:2"), not the end of a sentence."""
    if tok in ".:" and not text[a + 1:a + 2].isspace():
        return False
    return _text_fits(slot, tok, p)


def _case_like(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _suggest(pat: Pattern, seg, toks, got) -> str | None:
    slot, to = pat.fix.get("slot"), pat.fix.get("to")
    if not slot or not to:
        return None
    first, last = got[slot]
    word = toks[first][2]
    low = word.lower()
    if to == "ly":
        out = adverb_of(low)
    elif to == "article":
        out = "an" if low == "a" else "a"
    elif to in ("sg", "pl"):
        table = SINGULAR_VERB if to == "sg" else PLURAL_VERB
        out = table.get(low)
        if out is None:
            t = morph.tags(low)
            if to == "sg" and "VB" in t:
                out = morph.inflect(t["VB"][0], "VBZ")
            elif to == "pl" and "VBZ" in t:
                out = t["VBZ"][0]
    elif to in ("nsg", "npl"):  # the noun in the other number
        out = (singular_form if to == "nsg" else plural_form)(low)
    elif to == "drop":  # keep the fix slot, drop the rest of the reported span
        return seg.original[toks[first][0]:toks[last][1]]
    elif to == "chain":  # "issued the implemented the" -> "issued and implemented the"
        words = [toks[j][2] for j in range(got[pat.report[0]][0], got[pat.report[-1]][1] + 1)]
        return f"{words[0]} and {' '.join(words[2:])}" if len(words) >= 4 else None
    else:  # a verb form of the word's lemma
        t = morph.tags(low)
        lemma = next((ls[0] for tag in ("VBD", "VBN", "VBZ", "VBG", "VB") for ls in [t.get(tag)] if ls), None)
        out = lemma and morph.inflect(lemma, to)
    if not out:
        return None
    # the new word in place of the fix slot, with the rest of the reported span kept
    a = toks[got[pat.report[0]][0]][0]
    b = toks[got[pat.report[-1]][1]][1]
    return seg.original[a:toks[first][0]] + _case_like(word, out) + seg.original[toks[last][1]:b]


def run(rule, ctx):
    p: Params = rule.params
    anchors = _words_of(ctx, p)
    for seg in ctx.segments:
        text = seg.text
        hits = ctx.memoize(("grammar_anchors", id(seg), anchors), lambda: _segment_hits(ctx, seg, anchors))
        windows = ctx.memoize(("grammar_windows", id(seg)), dict)
        seen = set()
        for word, pats in p.by_word.items():
            starts = hits.get(word)
            if not starts:
                continue
            n = len(word)
            # each pattern's surface cue at every place of the word, in one comprehension (most
            # places end here); the survivors in the order of place, then pattern, as a finding
            # of an earlier pattern wins over a later one with the same span
            found = []
            tried = {}  # cue -> its matches here: patterns of one word often share their cue
            nexts = {}  # cue -> the token after the anchor at each of its matches
            for k, pat in enumerate(pats):
                key = pat.key
                if pat.early:  # (its own places: not shared with other patterns)
                    hits_of_cue = _early_hits(p, pat, ctx, seg, text, starts, word, n)
                    filtered = True
                else:
                    filtered = False
                    hits_of_cue = tried.get(key)
                    if hits_of_cue is None:
                        places = _capital(text, starts, word, windows) if pat.cap else starts
                        hits_of_cue = tried[key] = _cue_hits(pat, ctx, seg, text, places, n)
                if pat.fixed:  # a word that does not fit the first fixed slot ends it here
                    slot = pat.fixed[0]
                    # the verdicts of the words not judged yet (the first check of a process
                    # meets most words new), once per distinct word, so that they end their
                    # places here and not one by one in _candidate
                    _judge(p, (slot,), {tail[1] for _, tail in hits_of_cue})
                    known = p.memo[id(slot)].get
                    found += [(start, k, tail) for start, tail in hits_of_cue if known(tail[1]) is not False]
                elif pat.first is not None:  # likewise the token after the anchor (see _candidate)
                    # (shared by the patterns whose places are the same: same cue, nothing filtered)
                    got = None if filtered else nexts.get(key)
                    if got is None:
                        after = [TOKEN.search(text, start + n) for start, _ in hits_of_cue]
                        got = (after, [nxt and nxt[0] for nxt in after])
                        if not filtered:
                            nexts[key] = got
                    after, words = got
                    distinct = set(words)
                    distinct.discard(None)
                    _judge(p, pat.first, distinct)
                    # the words some slot may take (_may_fit's test, once per distinct word); a
                    # place whose word none takes stays only when the cue's end cuts that token
                    known = [p.memo[id(slot)].get for slot in pat.first]
                    maybe = {w for w in distinct if any(verdict(w) is not False for verdict in known)}
                    found += [(start, k, tail) for (start, tail), nxt, word in zip(hits_of_cue, after, words)
                              if word in maybe or (nxt is not None and nxt.start() < tail.end() < nxt.end())]
                else:
                    found += [(start, k, tail) for start, tail in hits_of_cue]
            if len(pats) > 1:
                found.sort(key=_PLACE_THEN_PATTERN)
            for start, k, tail in found:
                f = _candidate(p, pats[k], seg, text, start, n, rule, windows, tail)
                if f is not None and (f.start, f.end) not in seen:
                    seen.add((f.start, f.end))
                    yield f


_PLACE_THEN_PATTERN = itemgetter(0, 1)
# anchors from which on the cue is tried only where a run of words leads to its listed words
# (_ends_before): the words' literal scans cost about as much as the cue at a thousand anchors
# ("the" ~12,000 a MB, the next anchor word "to" ~2,500; "all", "their", "each" a few hundred)
_MANY = 2000


def _cue_hits(pat: Pattern, ctx, seg, text: str, places, n: int) -> list:
    """(place, match of the cue after the anchor) at each of ``places`` where the cue matches."""
    cue = pat.cue.match
    if pat.gap is not None and len(places) > _MANY:
        # a frequent anchor ("the"): the cue only where a run of words leads from it to one of
        # the listed words, when those are fewer
        ends = _end_places(ctx, seg, pat.ends)
        if ends is not None and len(ends) < len(places):
            places = _ends_before(text, places, n, ends, pat.gap)
    return [(start, tail) for start in places if (tail := cue(text, start + n))]


def _early_hits(p: Params, pat: Pattern, ctx, seg, text: str, starts, word: str, n: int) -> list:
    """_cue_hits of an ``early`` pattern (a subject pattern: ``start``, ``back``): its places are
    first filtered on the tokens before the anchor (or on ``start``), read off the text, which is
    cheaper than its cue where those rarely fit ("funds, which", a sentence's "It")."""
    places = _capital(text, starts, word, ctx.memoize(("grammar_windows", id(seg)), dict)) if pat.cap else starts
    if not (pat.lead_start or pat.anchor):
        return _cue_hits(pat, ctx, seg, text, places, n)
    if pat.gap is not None and len(places) > _MANY:
        # a frequent anchor whose cue reaches listed words ("of" ... "have/are/were"): the cue first,
        # where it is tried only near those words (see _cue_hits), then the tokens before the anchor
        return [(start, tail) for start, tail in _cue_hits(pat, ctx, seg, text, places, n)
                if _head_ok(p, pat, text, start)]
    places = [start for start in places if _head_ok(p, pat, text, start)]
    return _cue_hits(pat, ctx, seg, text, places, n)


def _capital(text: str, starts, word: str, shared: dict | None = None) -> list:
    """The places (of the anchor ``word``, found in lower case or capitalised) where it is
    capitalised; kept in ``shared`` (the segment's windows) for the other patterns of the word."""
    if shared is not None:
        got = shared.get(("capital", word))
        if got is None:
            got = shared[("capital", word)] = _capital(text, starts, word)
        return got
    low = word[0]
    return [start for start in starts if text[start] != low]


def _head_ok(p: Params, pat: Pattern, text: str, at: int) -> bool:
    """The tokens before the anchor at ``at`` fit the slots before it, and (for a pattern whose
    match begins at the anchor) the token before that fits ``start``: read off the text."""
    if pat.lead_start:
        return _starts_here(p, pat, text, at)
    for k in range(pat.anchor - 1, -1, -1):
        tok, at, _ = _prev_token(text, at)
        if tok is None or not _text_fits(pat.seq[k], tok, p):
            return False
    return True


def _starts_here(p: Params, pat: Pattern, text: str, at: int) -> bool:
    """``start`` of a pattern whose match begins at ``at`` (as _at judges it): a line break or the
    start of the text before the place, or a token before it that fits ``slot``."""
    tok, a, newline = _prev_token(text, at)
    return tok is None or _broken(pat, text, tok, a, at, newline) or _start_fits(pat.start, text, tok, a, p)


def _prev_token(text: str, at: int) -> tuple[str | None, int, bool]:
    """The token that ends before offset ``at`` (as TOKEN splits the text: None at its start),
    where it begins, and whether a line break comes between them."""
    j = at
    newline = False
    while j and text[j - 1].isspace():
        newline = newline or text[j - 1] == "\n"
        j -= 1
    if not j:
        return None, 0, newline
    c = text[j - 1]
    if not (c.isascii() and c.isalnum()):  # punctuation (or a letter outside ASCII): a token of its own
        return c, j - 1, newline
    # the run of letters (or digits) that ends there is the token, unless a joiner comes before
    # it ("Guang'an", "1,200"): then TOKEN decides
    same = str.isalpha if c.isalpha() else str.isdigit
    k = j - 1
    while k and text[k - 1].isascii() and same(text[k - 1]):
        k -= 1
    if k and text[k - 1] in "'’-.,":
        lo = max(0, j - 48)
        a, _, tok = _tokens_in(text, lo, j)[-1]
        return tok, a, newline
    return text[k:j], k, newline


def _judge(p: Params, slots, words) -> None:
    """Remember whether each of ``words`` fits ``slots`` (in turn, up to the first that takes
    it, as _candidate asks), for the words not judged yet."""
    memos = [p.memo[id(slot)] for slot in slots]
    for word in words:
        for slot, memo in zip(slots, memos):
            fits = memo.get(word)
            if fits is None:
                fits = _text_fits(slot, word, p)
            if fits:
                break


def _candidate(p: Params, pat: Pattern, seg, text: str, start: int, length: int, rule, windows: dict, tail):
    """The finding of ``pat`` with its anchor at text[start:start+length] (``tail``: the match
    of its cue after the anchor), or None."""
    for g, slot in enumerate(pat.fixed, 1):
        if not _text_fits(slot, tail[g], p):
            return None
    if pat.first is not None:
        # the token after the anchor, as the tokenisation below will have it (unless the cue's
        # end cuts it: then it is left to the full match)
        nxt = TOKEN.search(text, start + length)
        if nxt is None:
            return None
        a, b = nxt.span()
        cut = tail.end()
        if b <= cut or a >= cut:
            word = nxt.group()
            for slot in pat.first:
                if _text_fits(slot, word, p):
                    break
            else:
                return None
    # the candidate's tokens: the anchor's prefix slots and the token before them (when a
    # ``before`` slot needs it), the anchor to the end of the surface match, one token after it
    head = []
    if pat.anchor:  # (the tokens before the match, for ``before``/``start``, are read in _at)
        lo = max(0, start - 24 * (pat.anchor + 1))
        head = _tokens_in(text, lo, start)
        if lo and head and head[0][0] == lo:
            head = head[1:]  # a token cut by the window
        head = head[-pat.anchor:]
    key = (start, tail.end())
    body = windows.get(key)
    if body is None:  # patterns with the same anchor and surface shape share their tokens
        body = _tokens_in(text, start, tail.end())
        nxt = TOKEN.search(text, tail.end())
        if nxt:
            body.append((nxt.start(), nxt.end(), nxt.group()))
        windows[key] = body
    toks = head + body if head else body
    return _at(p, pat, seg, toks, len(head) - pat.anchor, rule)


def _at(p: Params, pat: Pattern, seg, toks, i: int, rule):
    if i < 0:
        return None
    got: dict = {}
    end = _match(p, pat, toks, 0, i, got)
    if end is None:
        return None
    if (pat.before or pat.start or pat.not_lead) and not _phrase_ok(p, pat, seg.text, toks[i]):
        return None
    if pat.after and (end >= len(toks) or not _ok(pat.after, toks[end], p)):
        return None
    if pat.not_after and end < len(toks) and _ok(pat.not_after, toks[end], p):
        return None
    a = toks[got[pat.report[0]][0]][0]
    b = toks[got[pat.report[-1]][1]][1]
    sug = _suggest(pat, seg, toks, got)
    names = {n: seg.original[toks[f][0]:toks[l][1]] for n, (f, l) in got.items()}
    return rule.finding(seg, a, b, message=pat.message, suggestions=(sug,) if sug else (), **names)
