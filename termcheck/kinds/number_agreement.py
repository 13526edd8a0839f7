"""Number-noun agreement: "one heads", "1 villages", "two village", "a 5 counties".

Any noun of the English lexicon (``lang.en_nouns``, lemminflect) is judged: a plural-only form
after "one"/"1", a countable singular after a larger number. Nouns that are also singular
("people", "funds", "series"), mass nouns ("equipment", "poverty") and the rule's
``uncountable`` list (collective nouns the lexicon counts: "labor", "personnel") stay silent. A
singular noun after a plural number is reported only when the noun ends the phrase ("two
village." but not "two village cadres", where the noun is a modifier).
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex
from ..lazymodel import BaseModel, ConfigDict

from ..lang import morph
from ..lang.en_nouns import ADJECTIVES, MEASURES, is_plural, is_singular, pluralise, singularise
from ._numbers import kind_index, quantities

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
SEGMENT_LOCAL = True  # its run looks at one segment at a time: termcheck.distributed may run it on chunks
MEMO = ("en_quantities", "en_quantities_by_sentence", "sentences", "lowered")

NEXT_WORD = regex.compile(r"[ \u00a0](?P<w>[A-Za-z]+)(?![-'’\w])")
PHRASE_END = regex.compile(r"""\s*(?:[.,;:!?](?!\w)|[)\]”"’(]|$|(?:of|in|were|was|are|is|with|to|for|from|that|which|
    at|by|on|have|has|had|will|would|shall|should|can|could|must|may|might|each|per|under|across|who|whose
    # "within 15 working day after ...": a time word
    |after|before|since|until|ago|later|earlier)\b
    # "312 bridge and 40 culverts": "and" ends the phrase when another figure or a determiner
    # follows ("two village and township cadres" is one phrase)
    |and\s+(?=\d|(?:the|a|an|its|their|his|her|our|some|many|all|other|more|over|nearly|about|to|in|for|with|from|at|on
    # ... or a number in words and a plural ("12 new school and three clinics"; not "300 village and two
    # township cadres", one phrase)
    |(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|various)
    \s+[a-z]+s\b)\b))""",
    regex.X)
# "the 2009 standard", "its 2011 plan": a year before a singular noun is a modifier, not a count
YEAR = regex.compile(r"(?:19|20)\d\d")
NAME_BEFORE = regex.compile(r"(?:#|\b(\p{Lu}[\p{L}\-]*)\s)$")
ARTICLE = regex.compile(r"\b(?:a|an)\s+$", regex.I)
# "no one heads the office": "one" as a pronoun, "heads" a verb
PRONOUN_ONE = regex.compile(r"\b(?:no|any|some|every|each|which|this|that|the|such|either|neither)\s+$", regex.I)
WORD_BEFORE = regex.compile(r"\b(\p{L}+)\.?\s+$")
HEAD_OF = regex.compile(r"\s+of\s+(?:cattle|livestock|sheep|goats|pigs|yaks|animals|poultry|stock)\b", regex.I)


# "the nearest one wins", "its only one": a determiner and a modifier before "one" make it a pronoun
DET_MODIFIER = regex.compile(r"\b(?:the|this|that|each|every|any|no|its|their|his|her|our|my|your)\s+\p{L}+\s+$",
                             regex.I)


# "45,000 present in the target": a word that is also an adjective, before a preposition
BY_AFTER = regex.compile(r"\s+by\b")
PREPOSITION_AFTER = regex.compile(r"\s+(?:in|on|at|for|from|with|by|to|of)\b")
VERB_AFTER = regex.compile(r"\s+(\p{L}+)\b(?![-'’])")


def _noun_after(text: str, pos: int, uncountable=frozenset()):
    """The word after a number, past up to two adjectives ("12 poor village", "two consecutive
    year"): adjectives of en_nouns.ADJECTIVES or words the lexicon has only as adjectives; and
    past one noun used as a modifier when a singular noun ends the phrase after it ("25 border
    county."), so the head, not its modifier, is judged ("two village cadres" stays silent)."""
    noun_skipped = False
    for _ in range(3):
        m = NEXT_WORD.match(text, pos)
        if not m:
            return None
        w = m["w"].lower()
        # the next word is read only when a test needs it (most nouns follow the figure directly)
        if _skippable(w) and NEXT_WORD.match(text, m.end()):
            pos = m.end()
            continue
        # (the modifier may be a mass noun: "6 resettlement site.")
        if (not noun_skipped and w not in MEASURES and w not in uncountable and _modifier_noun(w) and (nxt := NEXT_WORD.match(text, m.end()))
                and not PHRASE_END.match(text, m.end()) and not PHRASE_END.match(text, pos)
                and _is_singular(nxt.group("w").lower()) and nxt.group("w").islower()
                and PHRASE_END.match(text, nxt.end())):
            noun_skipped = True
            pos = m.end()
            continue
        return m
    return None


def _head_after_modifier(text: str, pos: int, w: str, uncountable: set):
    """"8,400 herdsmen household under ...", "12 training course.": the plural or mass noun ``w``
    after a count (at ``pos``, as _first_word read it) is a modifier when a singular noun (countable,
    lower case, not an adjective or a past form) follows it and ends the phrase; that noun is the
    head and is returned (its NEXT_WORD match), else None. Not after a unit ("20 years experience").
    Asked after most counts, so the cheap tests come first: the next word's verdict (remembered per
    word), then the end of the phrase."""
    end = pos + 1 + len(w)  # (_FIRST took one space and the word)
    n = _NEXT_LOWER.match(text, end)
    if not n or not _head_noun(n.group(1)) or n.group(1) in uncountable or _measure(w) \
            or not PHRASE_END.match(text, n.end()) or PHRASE_END.match(text, pos) \
            or (morph.has_tag(n.group(1), "VB", "VBN") and BY_AFTER.match(text, n.end())):
        # (a word that ends the phrase is no modifier: "4,380 will move"; a verb with "by" after it
        # is a participle: "two programmes run by the county")
        return None
    return NEXT_WORD.match(text, end)


# the lower-case word after another (what NEXT_WORD would take, when it is in lower case)
_NEXT_LOWER = re.compile(r"[ \u00a0]([a-z]+)\b(?![-'’])")


@lru_cache(maxsize=65536)
def _head_noun(low: str) -> bool:
    return _is_singular(low) and not morph.has_tag(low, "JJ") and not morph.has_tag(low, "VBD")


@lru_cache(maxsize=4096)
def _measure(w: str) -> bool:
    return singularise(w) in MEASURES


@lru_cache(maxsize=65536)
def _modifier_noun(w: str) -> bool:
    """A singular noun that may modify the head after it: countable ("village cadres"), or a mass
    noun of the lexicon ("resettlement site"), not a word that can be a plural."""
    return _is_singular(w) or (morph.has_tag(w, "NN") and not _is_plural(w))


def _verb_after(text: str, pos: int) -> bool:
    """A verb that can only be a verb ("12 poor village exited"), or "and" and such a verb ("built
    12 new school and repaired 30 bridges": a second verb of the sentence's subject): the noun
    before it ends the phrase."""
    m = VERB_AFTER.match(text, pos)
    if not m:
        return False
    if m.group(1) == "and":
        m = VERB_AFTER.match(text, m.end())
        if not m:
            return False
    return morph.only_tags(m.group(1), VERB_ONLY)


def _name_before(text: str, pos: int, dates: set[int]) -> bool:
    """A number glued to what precedes it ("C++17", "v2"), after "#", or after a capitalised word
    mid-sentence that is not a month ("Python 3 version", "PEP 440 form", "GraphQL-core 3") is
    part of a name or a version, not a count."""
    if pos and (text[pos - 1].isalnum() or text[pos - 1] in "+#_/.-"):
        return True
    m = NAME_BEFORE.search(text, max(0, pos - 40), pos)
    if not m:
        return False
    if m.group(1) is None:  # "#"
        return True
    word = m.group(1)
    if m.start(1) in dates:  # "since May six villages": a month, not a name
        return False
    before = text[max(0, m.start(1) - 3):m.start(1)].rstrip(" \t")
    sentence_start = not before or before[-1] in ".!?:;\n“\"([‘'"
    return sum(c.isupper() for c in word) > 1 or not sentence_start


JJ_ONLY = frozenset({"JJ", "JJR", "JJS"})
VERB_ONLY = frozenset({"VBD", "VBN", "VBZ"})

# the lexicon's answers for a word never change: asked for the word after every count, kept here
_is_plural = lru_cache(maxsize=65536)(is_plural)
_is_singular = lru_cache(maxsize=65536)(is_singular)


@lru_cache(maxsize=65536)
def _skippable(w: str) -> bool:
    """An adjective that may stand between a number and its noun (see _noun_after)."""
    return w in ADJECTIVES or morph.only_tags(w, JJ_ONLY)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    uncountable: list[str] = []  # lower-case lemmas never reported as a singular after a number
    labels: list[str] = []  # words that number things: "version 2 protocol", "phase 3 project"


# The word right after a count decides most figures at once ("12 villages": no report can follow):
# NEXT_WORD's first look by the stdlib, its lookahead's \w read by ``regex`` only for a character
# outside ASCII (the two engines agree on ASCII), and the word's lexicon verdicts once per word.
_FIRST = re.compile(r"[ \u00a0]([A-Za-z]+)")
_NOT_AFTER = frozenset("-'’_0123456789")  # with the ASCII letters (never next: the run is greedy): [-'’\w] in ASCII
_WORD_CHAR = regex.compile(r"\w")


def _first_word(text: str, pos: int) -> str | None:
    """The lower-cased word of ``NEXT_WORD.match(text, pos)``, None when it does not match."""
    m = _FIRST.match(text, pos)
    if m is None:
        return None
    e = m.end()
    c = text[e:e + 1]
    if c and (c in _NOT_AFTER or (not c.isascii() and (c == "’" or _WORD_CHAR.match(c)))):
        return None  # (a shorter run is followed by a letter: no match either)
    return m[1].lower()


@lru_cache(maxsize=65536)
def _settles(w: str) -> tuple[bool, bool]:
    """(``_noun_after`` returns the word itself and no test below can find it singular, it is
    plural) for the first word ``w`` after a count: not an adjective to skip, not a singular
    noun (which may be a modifier to skip, or a report)."""
    return not _skippable(w) and not _is_singular(w), _is_plural(w)


def run(rule, ctx):
    uncountable = set(rule.params.uncountable)
    labels = set(rule.params.labels)
    for seg in ctx.segments:
        text = seg.text
        qs = quantities(ctx, seg)
        dates = None
        for q in map(qs.__getitem__, kind_index(qs).get("count", ())):
            if q.scale or q.high is not None or q.value is None:
                continue
            w = _first_word(text, q.num_end)
            if w is None:
                continue  # (_noun_after's first look fails)
            settled, plural = _settles(w)
            head = None
            if settled:  # the word is the noun and not singular: only "one heads" or "a 5 counties" may follow
                if q.value == 1 and "." not in q.number:
                    if not plural:
                        continue
                elif q.value <= 1 or "." in q.number:
                    continue
                else:
                    before = text[max(0, q.num_start - 4):q.num_start]
                    if not (before[-1:].isspace() and ("a" in before or "A" in before)):
                        # (no ARTICLE: see below) ... unless the word (a plural or a mass noun) is a
                        # modifier of a singular head ("8,400 herdsmen household", "12 training course")
                        if w in uncountable or not (plural or morph.has_tag(w, "NN")) or \
                                not (head := _head_after_modifier(text, q.num_end, w, uncountable)):
                            continue
            m = head or _noun_after(text, q.num_end, uncountable)
            if not m:
                continue
            word = m["w"]
            low, end = word.lower(), m.end("w")
            # what the figure and its noun would be reported as; the label and name tests below
            # only silence a report, so they run for the few figures that would be reported
            if head is not None:
                report, art = "plural", None
            elif q.value == 1 and "." not in q.number:
                if not _is_plural(low):
                    continue
                if q.words and (PRONOUN_ONE.search(text, max(0, q.num_start - 8), q.num_start) or
                                DET_MODIFIER.search(text, max(0, q.num_start - 40), q.num_start)):
                    continue  # "no one heads", "the nearest one wins": "one" is a pronoun
                report, art = "singular", None
            elif q.value <= 1 or "." in q.number:
                continue
            else:
                before = text[max(0, q.num_start - 4):q.num_start]  # ARTICLE needs an "a" and white space last
                art = (ARTICLE.search(text, max(0, q.num_start - 4), q.num_start)
                       if before[-1:].isspace() and ("a" in before or "A" in before) else None)
                if art and _is_plural(low):
                    report = "article"
                elif _is_singular(low) and low not in uncountable and not YEAR.fullmatch(q.number) \
                        and not art and not (word[1:] != word[1:].lower()) \
                        and (PHRASE_END.match(text, end) or _verb_after(text, end)) \
                        and not (morph.has_tag(low, "JJ") and PREPOSITION_AFTER.match(text, end)) and not (
                        low == "head" and HEAD_OF.match(text, end)):  # "200 head of cattle"
                    report = "plural"
                else:
                    continue
            wb = WORD_BEFORE.search(text, max(0, q.num_start - 20), q.num_start)
            if wb and wb.group(1).lower() in labels:
                continue  # a label's number: "the version 2 protocol", "a Level 3 response"
            if dates is None:
                dates = {qs[i].start for i in kind_index(qs).get("date", ())}
            if _name_before(text, q.num_start, dates):
                continue  # "GraphQL-core 3 library", "UTS #46 mapping": a name or a number, not a count
            number = seg.original[q.num_start:q.num_end]
            lead = seg.original[q.num_start:m.start("w")].rstrip()  # the number and any adjectives
            if report == "singular":
                yield rule.finding(seg, q.num_start, end, suggestions=(f"{lead} {singularise(word)}",),
                                   number=number, noun=word)
            elif report == "article":
                yield rule.finding(seg, art.start(), end, suggestions=(seg.original[q.num_start:end],),
                                   number=number, noun=word)
            else:
                yield rule.finding(seg, q.num_start, end, suggestions=(f"{lead} {pluralise(word)}",),
                                   number=number, noun=word)
