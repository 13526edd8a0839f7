"""Real-word confusions decided by one context model: a correctly spelled word that is the wrong
word here (``Asian Counties``, ``come form``, ``per capital``, ``key problem tacking``).

The confusion sets are data (``termcheck/lang/confusables.tsv``: forms that are written for one
another, each set with a note). For each occurrence of a form and each alternative of it, evidence
(natural-log units, positive = the alternative is meant) is added up:

* **n-grams**: log P(alt | previous word) + log P(next word | alt), minus the same for the
  written word, from Google Books word-pair counts (symspellpy's tables, ``lang.ngrams``),
  clipped to ``max_ngram``; unlisted pairs are guessed in the written word's favour; a numeral
  between is seen through ("from 118 countries" pairs "from" with the noun); with no left word
  at all (after punctuation) the left factor backs off to P(alt) / P(written) when a right pair
  is listed (``unigram``), which makes the right side the pairs' joint counts;
* **glossary**: the alternative completes a multiword glossary term here (``key problem
  tackling``; its plural too: ``poor counties``) → ``glossary``; the written word sits inside a
  term → ``-glossary``; a word of the glossary's terms (the genre's vocabulary) is the likelier
  intent → ``genre``;
* **document**: the document writes the same phrase the other way elsewhere (``poor counties``
  beside ``poor countries``) → ``document`` per side (half for function-word neighbours), the
  written phrase recurs → the opposite; the document uses the alternative and never the written
  word elsewhere → up to ``document``;
* **places**: country names (pycountry) or world regions in the sentence speak for the form the
  set names (``countries=``), and without them that form is never proposed (``55 counties`` is
  usually right in a Chinese document), and so does the sentence using that form itself
  (``sentence``); a romanised Chinese name beside the word (``Xinlong
  Country``, ``counties of Yunnan``) speaks for the ``pinyin=`` form;
* the set's ``prior`` is subtracted (forms common and legitimate in the genre).

A finding is reported when the total reaches ``threshold``; its message names the evidence.

The document side (finding the occurrences, the document's own word and phrase counts, country
and place names around an occurrence) is ``kinds/_confusion_doc.py``.

Speed: one scan of the lower-cased text finds every form (``DocEvidence``); each occurrence is
reduced to its key (form, previous word, next word, capitalisation), and the document's word and
phrase counts come from the same scan (every alternative is itself a confusable form). Only the
occurrences of keys whose evidence could reach the threshold are scored (``_ceiling``: the
n-gram, class and slot evidence and the document's phrases, which depend on the key alone, plus
the most the text around could add); the n-gram part is computed once per key.
"""
from __future__ import annotations

import math
import re

from ..lazymodel import BaseModel, ConfigDict

from ..lang.en_nouns import countable, plural_form
from ..lang.ngrams import confusables, ngrams, word_class
from ..lang.phrases import determiner_before, head_possible, noun_share, object_of, object_sign
from ..lang.slots import (OBJECT_KINDS, classes_of, frame_possible, frame_preposition, past_context, slot_evidence,
                          verb_after_noun)
from ._shared import per_glossary, stored_analysis
from ._confusion_doc import DocEvidence, _prev_start, foreign_countries, pinyin_neighbour, sentence_around

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("confusion-country", "word-scan")


def scan_words(rule) -> tuple[frozenset, frozenset]:
    """The words this rule wants from the check's word scan (``_wordscan``, one pass with the
    grammar patterns' anchors): every confusable form."""
    return frozenset(), frozenset(confusables().pairs)


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    threshold: float = 4.5
    max_ngram: float = 8.0
    unigram: float = 1.0      # weight of the words' own frequencies where no left neighbour is known
    classes: float = 1.0      # weight of the word-class back-off (a side with no listed pair)
    max_class: float = 3.0    # its cap
    slots: float = 1.0        # weight of the word-class slots (lang.slots)
    tense: float = 1.5        # a past-tense alternative amid past-tense text (and against it otherwise)
    frame: float = 1.0        # weight of verb + object + preposition evidence
    objects: float = 1.0      # weight of the kind of object a verb takes (@object: an amount of money)
    head: float = 3.0         # cap of the noun-phrase head's back-off to the determiner (lang.phrases)
    glossary: float = 6.0
    genre: float = 1.5
    document: float = 3.0
    sentence: float = 2.0
    countries: float = 4.0
    pinyin: float = 4.0
    function_word: int = 1_000_000_000  # words more frequent than this (the, of, that) carry half the phrase weight
    exclude: list[str] = []   # forms not checked (house style)


def prepare(params: Params) -> Params:
    confusables()  # load-time errors in the data file surface when rules load
    return params


def _glossary_index(gl) -> tuple[dict[str, list[tuple[str, ...]]], frozenset[str]]:
    """(multiword terms as lower-case word tuples indexed by their confusable words, the words of
    all terms); built once per glossary object."""
    if gl is None:
        return {}, frozenset()
    return per_glossary(gl, "confusion-terms", lambda: stored_analysis(
        gl, "confusion-terms", lambda: _build_glossary_index(gl), _forms_stamp()))


def _forms_stamp() -> bytes:
    """What the glossary index reads besides the glossary and the noun lexicon: the confusable
    forms (kept on disk per glossary: ~7% of a one-sentence check's instructions to build)."""
    return "\n".join(sorted(confusables().pairs)).encode()


def _build_glossary_index(gl):
    index: dict[str, list[tuple[str, ...]]] = {}
    forms = confusables().pairs
    for concept in getattr(gl, "concepts", ()) or ():
        for term in getattr(concept, "en", ()) or ():
            words = tuple(w.lower() for w in WORD.findall(term.text))
            if len(words) < 2:
                continue
            # a term names a thing in the singular ("poor county"); the text may count them
            # ("poor counties"): the plural of its last word completes it too
            plural = plural_form(words[-1]) if countable(words[-1]) else None
            for variant in (words, words[:-1] + (plural,)) if plural else (words,):
                for w in set(variant):
                    if w in forms and variant not in index.get(w, ()):
                        index.setdefault(w, []).append(variant)
    try:
        genre = frozenset(w.lower() for w in gl.words()) if callable(getattr(gl, "words", None)) else frozenset()
    except Exception:  # a glossary without the helper must not break the check
        genre = frozenset()
    return index, genre


def _in_term(terms, word: str, left: list[str], right: list[str]) -> tuple[str, ...] | None:
    """The term that ``left + [word] + right`` (words around one occurrence) contains, ``word`` in it."""
    for t in terms:
        for i, tw in enumerate(t):
            if tw == word and len(left) >= i and left[len(left) - i:] == list(t[:i]) \
                    and right[:len(t) - i - 1] == list(t[i + 1:]):
                return t
    return None


def match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _context(p: Params, pair, prev, nxt, caps, genre, cache) -> tuple[float, list[str], bool, float, list[str], float]:
    """The n-gram, word-class and genre evidence, which depends only on (previous, word, next)
    and their capitalisation."""
    key = (pair.written, pair.alternative, prev, nxt, caps)
    hit = cache.get(key)
    if hit is not None:
        return hit
    w, a = pair.written, pair.alternative
    g = ngrams()
    reasons = []
    left, right, right_listed = g.sides(prev, w, a, nxt)
    if prev is None and p.unigram and right_listed:
        # no left neighbour (at a sentence's start, after punctuation): the left factor
        # P(alt | previous) / P(written | previous) backs off to P(alt) / P(written), which
        # makes the right side the pairs' joint counts ("expanded its" against "expended its").
        # Where neither right pair is listed either, nothing is known and nothing is added.
        left = p.unigram * math.log(g.unigram(a) / g.unigram(w))
    delta = max(-p.max_ngram, min(p.max_ngram, left + right))
    total = delta - pair.prior
    if delta >= 2:
        left_words = (prev, "…") if caps[3] else (prev,)  # (a numeral between: "from … countries")
        reasons.append(f"“{' '.join(x for x in (*left_words, a, nxt) if x)}” is far more common in English than "
                       f"“{' '.join(x for x in (*left_words, w, nxt) if x)}”")
    # no listed pair after it: the next word's class (back-off)
    # (a capitalised noun inside a sentence is part of a name or title: a noun, "the principle Party")
    cls = "N" if caps[1] and nxt and "N" in classes_of(nxt) else None
    cr = max(-p.max_class, min(p.max_class, p.classes * g.class_ratio(w, a, nxt, cls, right_listed)))
    total += cr
    # evidence that holds only if the next word is a noun the written word modifies: undone
    # by the caller when a verb follows that noun (it may be a clause's subject)
    noun_part, noun_reasons = 0.0, []
    if cr > 0 and (cls or word_class(nxt or "")) == "N":
        noun_part += cr
        if cr >= 1.5:
            noun_reasons.append(f"words like “{nxt}” follow “{a}” far more often than “{w}”")
    elif cr >= 1.5:
        reasons.append(f"words like “{nxt}” follow “{a}” far more often than “{w}”")
    # the word class the slot needs (lang.slots: data in confusables.tsv)
    sv, slot = slot_evidence(prev, caps[0], w, a, nxt, caps[1], title=caps[2])
    sv *= p.slots
    total += sv
    if sv > 0:
        (noun_reasons if slot.right == "N" else reasons).append(f"{slot.note} (“{a}”, not “{w}”)")
        noun_part += sv if slot.right == "N" else 0.0
    if genre and max(g.unigram(a), g.unigram(w)) < p.function_word:
        total += p.genre * ((a in genre) - (w in genre))
        if a in genre and w not in genre:
            reasons.append(f"“{a}” is a word of the glossary's terms")
    past = sv > 0 and slot.need == "VBD"  # the past-tense slot spoke: the tense around decides
    # a noun phrase's head ("a spillover affect on"): with no listed pair with the modifier, the
    # left factor backs off to the determiner before it (the caller checks the text for one)
    head = 0.0
    if p.head and not caps[3] and head_possible(prev, caps[0], w, a, nxt):
        head = max(-p.head, min(p.head, noun_share(w, a)))
    cache[key] = (total, reasons, past, noun_part, noun_reasons, head)
    return total, reasons, past, noun_part, noun_reasons, head


def _phrase_evidence(p: Params, doc: DocEvidence, w, a, prev, nxt, caps) -> tuple[float, list[str], tuple]:
    """The document's own phrases: the same neighbour written with the alternative elsewhere
    speaks for it, the written phrase recurring against it (not across a numeral). Once per
    (form, alternative, neighbours) and document: the ceiling and the evidence both ask.
    Also returned: the sides that spoke for the alternative, as (phrase, weight, margin,
    reason), margin = by how many occurrences the alternative's phrase outnumbers the written
    one's others (``_contrast`` takes those of the word's own sentence away)."""
    if caps[3]:
        prev = None
    key = (w, a, prev, nxt)
    hit = doc.phrase_memo.get(key)
    if hit is None:
        hit = doc.phrase_memo[key] = _phrases(p, doc, w, a, prev, nxt)
    return hit


def _phrases(p: Params, doc: DocEvidence, w, a, prev, nxt) -> tuple[float, list[str], tuple]:
    g = ngrams()
    total, reasons, spoke = 0.0, [], []
    for x, y in ((prev, a), (a, nxt)):
        if not (x and y):
            continue
        function = g.unigram(x if y == a else y) >= p.function_word
        weight = p.document / 2 if function else p.document
        for_alt = doc.phrases.get(f"{x} {y}", 0)
        against = doc.phrases.get(f"{w if x == a else x} {w if y == a else y}", 0) - 1
        if for_alt > against:
            total += weight
            reasons.append(f"the document writes “{x} {y}” elsewhere")
            spoke.append((f"{x} {y}", weight, for_alt - against, reasons[-1]))
        elif against > for_alt and not function:
            # (the written word after "the" elsewhere says nothing of this occurrence: every
            # noun follows "the"; the other way round it names a phrase the document prefers)
            total -= weight
    return total, reasons, tuple(spoke)


CONTRAST_REACH = 60  # characters either side of the word (within its sentence) where a parallel phrase is a contrast


def _contrast(text: str, start: int, end: int, spoke) -> tuple[float, list[str]]:
    """(weight, reasons) of the phrase evidence (``_phrases``' ``spoke``) that rests on a
    parallel phrase beside the word: the alternative's phrase written a few words away, in the
    same sentence, is a contrast the writer meant ("help poor countries abroad and poor
    counties at home"), not the document's usage elsewhere (a slip and its correct form in
    one long sentence stand further apart: "the county Party committed and the county
    government ... the provincial Party committee"); a side whose margin those occurrences
    use up says nothing."""
    weight, why = 0.0, []
    lo, hi = max(0, start - CONTRAST_REACH), end + CONTRAST_REACH
    low = text[lo:hi].lower()
    sent = None
    for phrase, w, margin, reason in spoke:
        x, _, y = phrase.partition(" ")
        if x not in low or y not in low:
            continue
        if sent is None:  # (the sentence's ends only where a parallel phrase may stand)
            s_lo, s_hi = sentence_around(text, start, end)
            sent = text[max(s_lo, lo):min(s_hi, hi)].lower()
        n = len(re.findall(r"(?<![\w'’])" + re.escape(x) + r"[ \t\u00a0\-]{1,4}" + re.escape(y) + r"(?!\w)", sent))
        if n >= margin:
            weight += w
            why.append(reason)
    return weight, why


def _document_bound(p: Params, pair, terms) -> float:
    """The most the document, the sentence and the glossary can add for ``pair.alternative``."""
    return (3 * p.document + (p.sentence + p.countries if pair.countries else 0)
            + (p.pinyin if pair.pinyin else 0) + (p.glossary if terms and pair.alternative in terms else 0))


def _ceiling(p: Params, pairs, doc: DocEvidence, key, terms, genre, cache) -> float:
    """The highest total any alternative can reach at an occurrence with this key (form,
    previous, next, capitalisation), whatever the text around it: the key's own evidence
    (``_context``) and the document's phrases (``_phrase_evidence``), which depend on the key
    alone, plus the most the rest can add: the past tense (``tense``), a verb frame where one
    can apply, the document's vocabulary, the sentence's country names, a place name, a glossary
    term. An occurrence whose ceiling stays below the threshold is not scored."""
    w, prev, nxt, caps = key
    g = ngrams()
    best = -math.inf
    cw = doc.words.get(w, 1) - 1
    for pair in pairs[w]:
        a = pair.alternative
        base, _, past, _, _, head = _context(p, pair, prev, nxt, caps, genre, cache)
        if past:
            base += p.tense
        base += max(0.0, head)
        osign = object_sign(w, a) if p.objects else ()
        if osign and osign[0] > 0:
            base += p.objects * osign[0]
        if frame_possible(w, a, nxt, caps[1]):
            right = g.log_ratio(None, w, a, nxt)[1]
            base += max(0.0, p.max_ngram - max(-p.max_ngram, min(p.max_ngram, right)))
        base += _phrase_evidence(p, doc, w, a, prev, nxt, caps)[0]
        # the vocabulary speaks for the alternative only when the written word is nowhere else
        ca = doc.words.get(a, 0)
        if ca and not cw and max(g.unigram(a), g.unigram(w)) < p.function_word:
            base += max(-p.document, min(p.document, math.log(ca + 1)))
        base += (p.sentence + p.countries if pair.countries else 0) + (p.pinyin if pair.pinyin else 0) \
            + (p.glossary if terms and a in terms else 0)
        best = max(best, base)
    return best


def _evidence(p: Params, ctx, doc: DocEvidence, o, pair, terms, genre, cache) -> tuple[float, list[str]]:
    """(total, [reasons]) for reading ``pair.alternative`` instead of the written word. Cheap
    evidence first; costlier evidence only when it can still change the verdict."""
    seg, start, end, _, w, prev, nxt, nstart, caps = o
    a = pair.alternative
    text = seg.text
    if pair.countries and not doc.foreign.near(seg, start, end):
        return -99.0, []  # never propose the country reading without countries in sight (quick test)
    base, why, past, noun_part, noun_why, head = _context(p, pair, prev, nxt, caps, genre, cache)
    det = determiner_before(text, _prev_start(text, start, prev)) if head else None
    if det:
        base += head
        if head >= 1.5:
            why = why + [f"after “{det} {prev}” a noun is needed, and “{a}” follows a determiner far more "
                         f"often than “{w}”"]
    prep = frame_preposition(text, end, w, a, nxt, caps[1])
    if prep:
        # the preposition after the object tells more about the verb than the object's first
        # word does: it replaces the word-pair evidence of the right neighbour
        g = ngrams()
        fr = max(-p.max_ngram, min(p.max_ngram, p.frame * g.log_ratio(None, w, a, prep)[1]))
        base += fr - max(-p.max_ngram, min(p.max_ngram, g.log_ratio(None, w, a, nxt)[1]))
        if fr > 0:
            why = why + [f"“{a} … {prep}” is the usual construction, “{w} … {prep}” is not"]
    bound = _document_bound(p, pair, terms)
    if noun_part > 0:
        if base >= p.threshold - 3 * p.document and verb_after_noun(text, nstart):
            base -= noun_part  # "the principle China has followed": not a modifier of the noun
        else:
            why = noun_why + why
    if past:
        # a past-tense alternative for a bare verb: the tense of the text around decides
        if past_context(text, start):
            base += p.tense
            why = why + ["the text around it tells of the past"]
        else:
            base -= p.tense
    osign = object_sign(w, a) if p.objects else ()
    if osign and base + bound + max(0.0, p.objects * osign[0]) >= p.threshold \
            and (found := object_of(text, end, osign[1])):
        # the kind of object a verb takes: an amount of money or a resource ("effort") after a
        # verb of spending (looked for only where it could change the verdict)
        base += p.objects * osign[0]
        if osign[0] > 0:
            what = f"an amount of {found}" if found in OBJECT_KINDS else "its object"
            why = why + [f"{what} follows, which “{a}” takes as its object and “{w}” cannot"]
    if base + bound < p.threshold:
        return base, why  # nothing the document could add would be enough
    total, reasons = base, list(why)
    g = ngrams()
    phrase, phrase_why, spoke = _phrase_evidence(p, doc, w, a, prev, nxt, caps)
    contrast = False
    if spoke:
        weight, why_not = _contrast(text, start, end, spoke)
        phrase -= weight
        phrase_why = [r for r in phrase_why if r not in why_not]
        contrast = bool(why_not)
    total += phrase
    reasons += phrase_why
    # the document's own vocabulary, when one of the two is absent from the rest of it (when it
    # uses both, the vocabulary does not say which is meant here; function words say nothing)
    ca, cw = doc.words.get(a, 0), doc.words.get(w, 1) - 1
    content = max(g.unigram(a), g.unigram(w)) < p.function_word
    if ca == 0 and cw > 0 and content and nxt and total + p.document >= p.threshold - bound:
        # the written word elsewhere vouches for it only where it stands before the same class
        # of word ("the principle of" twice says nothing of "the principle leaders")
        cw = doc.next_classes(w).get(word_class(nxt), 0) - 1
    if (ca == 0 or cw == 0) and content:
        vocab = max(-p.document, min(p.document, math.log((ca + 1) / (cw + 1))))
        total += vocab
        if vocab >= 1:
            reasons.append(f"the document uses “{a}” {ca} times and “{w}” nowhere else")
    cf = confusables()
    in_terms = bool(terms) and a in terms
    can_gain = ((p.countries if pair.countries else 0) + (p.pinyin if pair.pinyin else 0)
                + (p.glossary if in_terms else 0) + (p.sentence if pair.countries and ca else 0))
    if total + can_gain < p.threshold:
        return total, reasons
    sent = None
    if pair.countries:
        sent = sentence_around(text, start, end)
        names = foreign_countries(ctx, text, sent)
        if not names:
            return -99.0, []  # never propose the country reading without countries in sight
        total += p.countries
        reasons.append("other countries are named in the sentence (" + ", ".join(dict.fromkeys(names)) + ")")
    if pair.pinyin:
        name = pinyin_neighbour(text, start, end)
        if name:
            total += p.pinyin
            reasons.append(f"“{name}” beside it is a Chinese place name")
    window = None
    if in_terms and total < p.threshold:
        window = _window(text, start, end)
        t = _in_term(terms[a], a, *window)
        if t:
            total += p.glossary
            reasons.append(f"“{' '.join(t)}” is a glossary term")
    if pair.countries and ca and not contrast and total < p.threshold <= total + p.sentence:
        # an international sentence that itself speaks of countries ("... the officials of the
        # participating countries"); for other sets a sentence using both words says nothing
        # ("the valley is quiet, and the plan was quite successful"); nor does a parallel phrase
        # beside the word (``_contrast``: "key counties and key countries of Asia")
        sent = sent or sentence_around(text, start, end)
        if doc.uses_in(seg, a, sent):
            total += p.sentence
            reasons.append(f"the sentence itself speaks of “{a}”")
    if total < p.threshold:
        return total, reasons
    # evidence for the written word, now that it matters
    if w in cf.countries_for and doc.foreign.near(seg, start, end) \
            and foreign_countries(ctx, text, sent or sentence_around(text, start, end)):
        total -= p.countries
    if w in cf.pinyin_for and pinyin_neighbour(text, start, end):
        total -= p.pinyin
    if terms and w in terms and _in_term(terms[w], w, *(window or _window(text, start, end))):
        total -= p.glossary
    return total, reasons


def _window(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Up to six lower-case words on each side of text[start:end]."""
    left = [x.lower() for x in WORD.findall(text, max(0, start - 80), start)][-6:]
    right = [x.lower() for x in WORD.findall(text, end, end + 80)][:6]
    return left, right


def run(rule, ctx):
    p: Params = rule.params
    pairs = confusables().pairs
    terms, genre = _glossary_index(ctx.glossary)
    cache: dict = {}

    # the forms whose use in a sentence the countries evidence asks about ("the sentence itself
    # speaks of countries")
    tracked = {a.alternative for alts in pairs.values() for a in alts if a.countries}
    doc = DocEvidence(ctx, pairs, {w.lower() for w in p.exclude}, tracked)
    wanted = [_ceiling(p, pairs, doc, key, terms, genre, cache) >= p.threshold for key in doc.keys]
    for o in doc.occurrences(wanted):
        best = None
        for pair in pairs[o[4]]:
            total, reasons = _evidence(p, ctx, doc, o, pair, terms, genre, cache)
            if total >= p.threshold and (best is None or total > best[0]):
                best = (total, pair, reasons)
        if best is not None:
            total, pair, reasons = best
            seg, start, end, tok = o[:4]
            yield rule.finding(seg, start, end, suggestions=(match_case(tok, pair.alternative),),
                               evidence="; ".join(reasons) or "the context fits it better",
                               note=pair.note, score=f"{total:.1f}")
