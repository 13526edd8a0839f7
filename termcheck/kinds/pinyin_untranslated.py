"""Romanised Chinese left in the English: a lower-case word made of Hanyu Pinyin syllables that
no English dictionary knows ("3,600 nongjiale were opened", "the dibao system"), with a
capitalised pinyin word just before it when the two make one phrase ("Zhengcun tuijin").

Capitalised pinyin words alone are names (Xinlong, Liangshan) and stay silent. A pinyin word
the document glosses (in brackets next to it or around it, in a bracket of pinyin words after its translation,
or "known as"/"called" before it) is a deliberate
loanword and stays silent everywhere in that document; so do words the glossary knows.

Params: ``min_syllables`` (default 2: one-syllable words are too often English typos).
"""
from __future__ import annotations

import re

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang.lexicon import lexicon
from ._shared import token_counts
from ..lang.pinyin import in_pinyin_gloss, is_pinyin_name, segment
from ..text import in_web_address

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("pinyin-lower-words", "token-counts")

WORD = regex.compile(r"(?<![\w'’-])([A-Za-z][a-z]+(?:['’][a-z]+)*)(?![\w'’-])")
ANY_WORD = re.compile(r"[A-Za-z][a-z]+(?:['’][a-z]+)*")  # WORD without its context tests
GLOSS_AFTER = regex.compile(r"\s*[(（]")
GLOSS_BEFORE = regex.compile(r"(?:known as|referred to as|call(?:s|ed)?(?: it| them)?|name[sd]?(?: it| them)?|termed|so-called|literally|pinyin)\W*$|[(（]\s*$", regex.I)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_syllables: int = 2


def _romanised(word: str, lx, min_syllables: int) -> bool:
    if word in lx.lower or lx.known(word):
        return False
    seg = segment(word)
    return seg is not None and len(seg) >= min_syllables


def _lower_words(ctx) -> set[str]:
    """The distinct lower-case ``ANY_WORD`` matches of the document, once per check."""
    def build():
        out = set()
        for tok in token_counts(ctx):
            if tok.isalpha() and tok.islower() and tok.isascii():
                if len(tok) > 1:
                    out.add(tok)  # a plain lower-case word is its own only match
            else:
                out.update(w for w in ANY_WORD.findall(tok) if w.islower())
        return out
    return ctx.memoize(("pinyin-lower-words",), build)


def run(rule, ctx):
    p: Params = rule.params
    lx = lexicon()
    glossary_words = ctx.glossary.words() if ctx.glossary is not None else set()
    # the document's lower-case words that could be reported, from its distinct white-space
    # tokens (shared with other kinds; an ANY_WORD match never holds white space, so the
    # matches of the text are those of its tokens): most documents have none and end here
    romanised = {w for w in _lower_words(ctx) if w not in glossary_words and _romanised(w, lx, p.min_syllables)}
    if not romanised:
        return
    hits = []
    glossed: set[str] = set()
    for seg in ctx.segments:
        text = seg.text
        # every WORD match is one of ANY_WORD's: a segment without one of those words needs
        # no per-token pass
        if not any(w in text for w in romanised):
            continue
        words = list(WORD.finditer(text))
        for i, m in enumerate(words):
            w = m.group(1)
            if not w.islower() or w in glossary_words or not _romanised(w, lx, p.min_syllables):
                continue
            # (in brackets holding pinyin only: the original after its translation)
            if (GLOSS_AFTER.match(text, m.end()) or GLOSS_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                    or in_pinyin_gloss(text, m.start())):
                glossed.add(w)
                continue
            start = m.start()
            if in_web_address(text, start):  # a host name or path, not a word: "tjj.xianning.gov.cn"
                continue
            prev = words[i - 1] if i else None
            if (prev is not None and text[prev.end():m.start()].isspace() and "\n" not in text[prev.end():m.start()]
                    and is_pinyin_name(prev.group(1)) and not lx.known(prev.group(1).lower())):
                start = prev.start()
            hits.append((seg, start, m.end(), w))
    for seg, start, end, w in hits:
        if w not in glossed:
            yield rule.finding(seg, start, end, word=w)
