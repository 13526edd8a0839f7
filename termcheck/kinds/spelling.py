"""Non-word spelling errors against the English lexicon (``termcheck.lang.lexicon``).

Accepted without a dictionary entry: words of the glossary (``ctx.glossary.words()``), words
in ``accept``, acronyms and all-caps words, words with inner capitals (``iPhone``), words
touching digits (``12th``, ``No.53``), non-Latin words (other kinds handle untranslated
text), romanised Chinese names recognised by pinyin syllable structure (``Xinlong``,
``Guang'an``) and lower-case pinyin loanwords of two or more syllables (``hukou``).

A capitalised unknown word is reported only when a frequent English word is one edit away
(``Goverment``); inside a name or mid-sentence, where it is presumably a name (``Blang``,
``Altay``), only when the document itself uses the suggested word elsewhere. Hyphenated compounds
are checked part by part and the finding covers the bad part only.

Speed: the distinct tokens come from the document's distinct white-space tokens (``str.split``,
shared with other kinds through ``_shared.token_counts``; a token of letters is its own only
match), not from a regex pass over the text; a plain ASCII word the dictionary knows is accepted
by one set lookup; other verdicts are cached per distinct token for the process; bad tokens are
found by a ``str.find`` scan each.
"""
from __future__ import annotations

import re

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang.lexicon import lexicon
from ..lang.pinyin import in_pinyin_gloss, is_pinyin_name, is_pinyin_word
from ..text import sentence_start_before
from ._shared import lowered, token_counts
from ._util import _blocks

# ctx.memo namespaces this kind reads: the engine frees each after its last user
MEMO = ("token-counts", "lowered")

# Same tokens as text.WORD, with the stdlib ``re`` (twice as fast for this simple pattern).
TOKEN = re.compile(r"[^\W\d_]+(?:['’\-]+[^\W\d_]+)*")
LATIN = regex.compile(r"^[A-Za-z\u00C0-\u024F'’\-]+$")
LETTERS = regex.compile(r"[\p{L}'’]+")
PART = regex.compile(r"[^\-]+")
ROMAN = regex.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", regex.I)
POSSESSIVE = regex.compile(r"['’]s?$")
CAPITAL, PLAIN = "capital", "plain"
_CACHE: dict[tuple, tuple] = {}
_CACHE_MAX = 500_000


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    accept: list[str] = []          # words accepted as spelled (abbreviations, house words)
    min_length: int = 3             # shorter words are not checked
    capitalised_max_distance: int = 1
    capitalised_min_count: int = 2000  # a capitalised word is flagged only next to a word this frequent
    capitalised_min_length: int = 4    # shorter capitalised words are abbreviations (Tel, Fax, Rd)
    max_suggestions: int = 3
    consistent_uses: int = 3           # an unknown word written this often, with no look-alike in the document, is its term


def _verdict_part(part: str, p: Params) -> tuple | None:
    """None when ``part`` is acceptable, else its suggestions (possibly empty)."""
    word = POSSESSIVE.sub("", part) if len(part) > 3 else part
    if len(word) < p.min_length or (not word.isalpha() and not LETTERS.fullmatch(word)):
        return None
    if word.isupper() or any(ch.isupper() for ch in word[1:]):
        return None  # acronyms, CamelCase names
    low = word.lower()
    if ROMAN.match(low):
        return None  # section numbers: iii, xiv
    lex = lexicon()
    if lex.known(low) or lex.known(low.replace("’", "'")):
        return None
    capital = word[:1].isupper()
    if capital and is_pinyin_name(word):
        return None
    if not capital and is_pinyin_word(low):
        return None
    if lex.compound(low):
        return None  # a closed compound of two dictionary words: roundtable, dryland
    sugg = lex.suggest(low, p.max_suggestions + 3)  # spares for the glossary/document re-ranking
    if not sugg:
        return None  # far from every English word: a foreign word or a term (konjac), not a typo
    if capital:
        if len(word) < p.capitalised_min_length:
            return None
        best = sugg[0] if sugg else None
        if best is None or best[1] > p.capitalised_max_distance or lex.counts.get(best[0], 0) < p.capitalised_min_count:
            return None
        return CAPITAL, tuple((w[:1].upper() + w[1:], d) for w, d in sugg)
    return PLAIN, sugg


def token_problems(token: str, p: Params) -> tuple:
    """((start, end, CAPITAL|PLAIN, suggestions), ...) relative to ``token``; cached per distinct token."""
    if token.isascii() and "'" not in token:
        # the common case first, without the cache key or the regexes: plain words (ASCII letters,
        # hyphens between parts, no apostrophe) whose every part is too short, an acronym,
        # CamelCase, or a dictionary form are fine (``_verdict_part``'s tests, in the same outcome;
        # a token with a part failing them takes the full path)
        known = lexicon().lower
        min_length = p.min_length
        for w in token.split("-") if "-" in token else (token,):
            if w and not (len(w) < min_length or w.isupper() or (len(w) > 1 and not w[1:].islower())
                          or w.lower() in known):
                break
        else:
            return ()
    key = (token, p.min_length, p.capitalised_max_distance, p.capitalised_min_count, p.capitalised_min_length,
           p.max_suggestions)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    out = []
    if LATIN.match(token):
        for m in PART.finditer(token):
            v = _verdict_part(m.group(), p)
            if v is not None:
                out.append((m.start(), m.end(), *v))
    res = tuple(out)
    if len(_CACHE) > _CACHE_MAX:
        _CACHE.clear()
    _CACHE[key] = res
    return res


def _distinct_tokens(ctx) -> list[set[str]]:
    """``set(TOKEN.findall(seg.text))`` for each segment, from its distinct white-space tokens: no
    match holds white space or looks past its own characters, so the matches in the text are the
    matches in its white-space tokens, and a token of letters is one match itself (``isalpha``
    letters are all ``[^\\W\\d_]``). The document's white-space tokens are shared with other kinds
    (``token_counts``), so a one-segment document is not scanned again; other segments are split
    block by block (``_util._blocks``: no list of every token of a long segment is held)."""
    segments = ctx.segments
    if len(segments) == 1:
        spaced = [token_counts(ctx)]
    else:
        spaced = []
        for seg in segments:
            text, ws = seg.text, set()
            for lo, hi in _blocks(text, 1 << 16):
                ws.update(text[lo:hi].split())
            spaced.append(ws)
    split: dict[str, list[str]] = {}  # a white-space token with other characters -> its matches
    out = []
    for ws in spaced:
        tokens = set()
        add = tokens.add
        for w in ws:
            if w.isalpha():
                add(w)
            else:
                m = split.get(w)
                if m is None:
                    m = split[w] = TOKEN.findall(w)
                tokens.update(m)
        out.append(tokens)
    return out


def _touches_code(text: str, start: int, end: int) -> bool:
    """Tokens glued to digits, URLs, e-mail addresses or file names are not prose words."""
    before = text[start - 1:start]
    after = text[end:end + 1]
    return bool(before and (before.isdigit() or before in "/@_\\.") or after and (after.isdigit() or after in "/@_\\")
                or (after == "." and text[end + 1:end + 2].isalpha()) or text.startswith("://", end))


def run(rule, ctx):
    p: Params = rule.params
    accept = {w.lower() for w in p.accept}
    gl = ctx.glossary
    words_fn = getattr(gl, "words", None) if gl is not None else None
    acr_fn = getattr(gl, "acronyms", None) if gl is not None else None
    try:
        accept |= {w.lower() for w in (words_fn() if callable(words_fn) else ())}
        accept |= {w.lower() for w in (acr_fn() if callable(acr_fn) else ())}
    except Exception:  # a glossary without these helpers must not break spelling
        pass
    # The distinct tokens of each segment; positions only for the (rare) bad ones.
    distinct = _distinct_tokens(ctx)
    doc_words = None
    located = []
    for seg, tokens in zip(ctx.segments, distinct):
        bad = {}
        for tok in tokens:
            probs = token_problems(tok, p)
            if probs:
                bad[tok] = probs
        located.append((seg, bad, _locate(seg.text, bad) if bad else []))
    lower_doc = None
    uses: dict[str, int] = {}

    def uses_of(word: str) -> int:
        """Whole-word occurrences of ``word`` in the document, any case (for the rare unknown words)."""
        nonlocal lower_doc
        if word not in uses:
            if lower_doc is None:  # (the shared lower-cased text: other kinds make it too)
                lower_doc = "\n".join(lowered(ctx, s) for s in ctx.segments)
            uses[word] = _whole_word_count(lower_doc, word)
        return uses[word]

    for seg, bad, hits in located:
        text = seg.text
        for start, tok in hits:
            for a, b, how, ranked in bad[tok]:
                s, e = start + a, start + b
                part = text[s:e]
                if POSSESSIVE.sub("", part).lower() in accept or part.lower() in accept:
                    continue
                if in_pinyin_gloss(text, s):
                    continue  # a one-syllable word of a pinyin original in brackets: "(xian zhenliao hou fufei)"
                if _touches_code(text, start, start + len(tok)):
                    continue
                if e - s <= 4 and text[e:e + 1] == "." and b == len(tok):
                    continue  # a short word with a full stop is an abbreviation: incl., esp., approx.
                if doc_words is None:
                    doc_words = {w.lower() for toks in distinct for w in toks}
                sugg = _rerank(ranked, accept, doc_words, p.max_suggestions)
                if uses_of(tok.lower()) >= p.consistent_uses and not (sugg and sugg[0].lower() in doc_words):
                    continue  # the document's own consistent word (resettlers), not beside its look-alike
                if how == CAPITAL and (_in_name(text, start, start + len(tok)) or not sentence_start_before(text, start)):
                    # a capitalised unknown word inside a name or mid-sentence is presumed a name
                    # (Blang, Altay), unless the document itself spells the suggested word
                    # (Provincial Goverment beside government)
                    if not sugg or sugg[0].lower() not in doc_words:
                        continue
                yield rule.finding(seg, s, e, suggestions=sugg)


def _is_letter(c: str) -> bool:
    r"""``re``'s ``[^\W\d_]``: a word character that is not a decimal digit or the underscore."""
    return c.isalnum() and not c.isdecimal()


def _whole_word_count(doc: str, word: str) -> int:
    r"""Occurrences of ``word`` with no letter either side, as ``re.findall`` of
    ``(?<![^\W\d_])word(?![^\W\d_])`` counts them, by ``str.find`` (a C scan per word
    instead of a regex scan of the document)."""
    n, size, end = 0, len(word), len(doc)
    i = doc.find(word)
    while i != -1:
        j = i + size
        if not (i and _is_letter(doc[i - 1])) and not (j < end and _is_letter(doc[j])):
            n += 1
            i = doc.find(word, j)
        else:
            i = doc.find(word, i + 1)
    return n


def _rerank(ranked: tuple, known: set[str], doc_words: set[str], limit: int) -> tuple[str, ...]:
    """Within one edit distance, words of the glossary or of the document itself come first
    (``allevation`` in a text about poverty alleviation is ``alleviation``, not ``allegation``);
    otherwise the lexicon's order (keyboard adjacency, then frequency)."""
    order = sorted(range(len(ranked)), key=lambda i: (ranked[i][1], ranked[i][0].lower() not in known
                                                      and ranked[i][0].lower() not in doc_words, i))
    return tuple(ranked[i][0] for i in order[:limit])


NEIGHBOUR = re.compile(r"[^\W\d_][\w'’\-]*")
NAME_JOINERS = {"of", "and", "for", "the", "de"}


def _in_name(text: str, start: int, end: int) -> bool:
    """A capitalised neighbour (through one connector) on the same line, not across punctuation."""
    after = NEIGHBOUR.match(text, end + 1) if text[end:end + 1] == " " else None
    if after:
        if after.group()[:1].isupper():
            return True
        if after.group().lower() in NAME_JOINERS and text[after.end():after.end() + 1] == " ":
            nxt = NEIGHBOUR.match(text, after.end() + 1)
            if nxt and nxt.group()[:1].isupper():
                return True
    left = text[max(0, start - 40):start]
    m = re.search(r"([^\W\d_][\w'’\-]*) (?:(of|and|for|the|de) )?$", left)
    return bool(m and m.group(1)[:1].isupper() and len(m.group(1)) > 1)  # "A" and "I" are not names


def _locate(text: str, tokens):
    """(start, token) for each whole-token occurrence of ``tokens``, in text order
    (``str.find`` per bad token: a few C scans beat one big alternation regex)."""
    hits = []
    for tok in tokens:
        i = text.find(tok)
        while i != -1:
            j = i + len(tok)
            if not (i and _in_word(text, i - 1, -1)) and not (j < len(text) and _in_word(text, j, 1)):
                hits.append((i, tok))
            i = text.find(tok, j)
    hits.sort()
    return hits


def _in_word(text: str, k: int, step: int) -> bool:
    """The character at ``k`` continues a token (a letter, or a joiner followed by a letter)."""
    ch = text[k]
    if ch.isalpha():
        return True
    nxt = k + step
    return ch in "'’-" and 0 <= nxt < len(text) and text[nxt].isalpha()
