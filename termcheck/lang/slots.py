"""Word-class evidence for the confusion model (rule TC430, ``kinds/confusion.py``).

Members of many confusion sets differ in word class (principle: noun / principal: adjective too;
advice: noun / advise: verb; lead: present / led: past). Where the written word stands tells
which class the sentence needs, whatever the words are. The patterns are data, in the
``@class`` and ``@slot`` lines of ``confusables.tsv``:

* ``@class NAME words...``: a closed word class (determiners, prepositions, modal verbs ...);
* ``@slot LEFT RIGHT NEED WEIGHT note``: a word between a LEFT and a RIGHT neighbour must have
  class NEED. LEFT/RIGHT are a closed class, ``*`` (any word), or an open class as lemminflect's
  lexicon gives it (``lang.morph``): ``N`` noun-only (a capitalised word inside a sentence counts
  as a noun: "the principle Party leaders"), ``J`` adjective-only, ``V`` a verb form only,
  ``VB!`` a word that can be no verb, ``SG`` a singular subject (he, she, a capitalised name).

A slot speaks (``WEIGHT``) for the alternative when the alternative can have class NEED and
the written word cannot, and against it the other way round; it says nothing when both can.
Word classes: N noun, J adjective, V verb (any form), VB base form, VBD past tense, VBZ third
person, R adverb. Only the candidate's neighbours are looked up (lru-cached), never every token.

Also here: the tense of the text around a word (``past_context``) and the preposition a verb's
object is followed by (``frame_preposition``), the two other word-class cues of the model.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .ngrams import DATA, ngrams, word_class

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
CLAUSE = re.compile(r"(?:[ \t\u00a0]+[^\W\d_][\w'’-]*){1,7}")  # the next words, up to punctuation
PAST_AUX = frozenset(("was", "were", "had", "did"))
# the quantity kinds an @object may name: lang.quantity's KINDS that count or measure (not its
# labels; a test checks the two agree; not imported here: the model has no other use for it)
OBJECT_KINDS = ("count", "percent", "money", "area", "fraction", "range")
PRESENT_AUX = frozenset(("is", "are", "has", "have", "does"))
_OPEN = {"NN": "N", "NNS": "N", "JJ": "J", "JJR": "J", "JJS": "J", "RB": "R", "RBR": "R", "RBS": "R",
         "VB": "V", "VBD": "V", "VBN": "V", "VBG": "V", "VBZ": "V"}


@dataclass(frozen=True)
class Slot:
    left: str
    right: str
    need: str
    weight: float
    note: str


@dataclass(frozen=True)
class ObjectKind:
    """Verbs (``lemmas``) that take an object of ``kind``: quantity kinds (en_numbers' kinds: money
    ...) or @class names of nouns (RESOURCE: effort, energy ...), several joined by "|"."""
    kind: str
    lemmas: frozenset[str]
    weight: float
    note: str


@dataclass
class Grammar:
    classes: dict[str, frozenset[str]]
    slots: list[Slot]
    closed: frozenset[str] | None = None
    objects: list[ObjectKind] = None  # (lang.phrases)


@functools.lru_cache(maxsize=1)
def grammar(path: str = DATA) -> Grammar:
    from ..errors import TermcheckError

    classes: dict[str, frozenset[str]] = {}
    slots: list[Slot] = []
    objects: list[ObjectKind] = []
    object_lines: list[int] = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.startswith("@"):
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "@class" and len(cols) == 3 and cols[2].split():
                classes[cols[1]] = frozenset(w.lower() for w in cols[2].split())
            elif (cols[0], len(cols)) in (("@slot", 6), ("@object", 5)):
                try:
                    weight = float(cols[-2])
                except ValueError:
                    raise TermcheckError(f"{path}:{n}: a slot's weight must be a number") from None
                if cols[0] == "@slot":
                    slots.append(Slot(cols[1], cols[2], cols[3], weight, cols[5]))
                elif cols[1] and cols[2].split():
                    objects.append(ObjectKind(cols[1], frozenset(w.lower() for w in cols[2].split()), weight, cols[4]))
                    object_lines.append(n)
                else:
                    raise TermcheckError(f"{path}:{n}: an @object names a quantity kind "
                                         f"({', '.join(OBJECT_KINDS)}) or an @class, and verbs")
            else:
                raise TermcheckError(f"{path}:{n}: expected '@class<TAB>NAME<TAB>words', "
                                     f"'@slot<TAB>LEFT<TAB>RIGHT<TAB>NEED<TAB>WEIGHT<TAB>note' or "
                                     f"'@object<TAB>KIND<TAB>verbs<TAB>WEIGHT<TAB>note'")
    for o, n in zip(objects, object_lines):
        # the kinds of object: quantity kinds and @class names (of nouns), "|" between
        for k in o.kind.split("|"):
            if k not in OBJECT_KINDS and k not in classes:
                raise TermcheckError(f"{path}:{n}: an @object names a quantity kind "
                                     f"({', '.join(OBJECT_KINDS)}) or an @class, and verbs")
    for s in slots:
        for c in (s.left, s.right):
            if c not in classes and c not in ("*", "N", "J", "J?", "V", "VB!", "SG"):
                raise TermcheckError(f"{path}: slot class {c!r} is neither an @class nor N, J, J?, V, VB!, SG, *")
    return Grammar(classes, slots, objects=objects)


@functools.lru_cache(maxsize=8192)
def classes_of(word: str) -> frozenset[str]:
    """The classes a form can have: N, J, V, R and the verb forms VB, VBD, VBZ ("led" -> V, VBD)."""
    from .morph import tags

    t = tags(word)
    out = {_OPEN[x] for x in t if x in _OPEN}
    out.update(x for x in ("VB", "VBD", "VBZ") if x in t)
    return frozenset(out)


def fits(word: str | None, capitalised: bool, cls: str, g: Grammar) -> bool:
    """``word`` (lower case; None when there is no word) belongs to class ``cls``."""
    if cls == "*":
        return word is not None
    if word is None:
        return False
    if cls in g.classes:
        return word in g.classes[cls]
    if cls == "VB!":
        return "V" not in classes_of(word)
    if cls == "SG":  # he/she, or a capitalised name inside a sentence that does not look plural
        return word in g.classes.get("SUBJ", ()) or (capitalised and not word.endswith("s")
                                                      and word not in closed_words(g))
    wc = word_class(word)
    if cls == "N":  # a capitalised word the lexicon knows as a noun counts: "the principle Party leaders"
        return wc == "N" or (capitalised and "N" in classes_of(word) and word not in closed_words(g))
    if cls == "J":
        return wc == "J"
    if cls == "J?":  # a word that can be an adjective, and is no verb form: "elderly", "poor", "rural"
        return "J" in wc and not any(c in wc for c in "VDGZ")
    return wc in ("V", "D", "G", "Z", "DV", "DZ")  # "V": verb forms only


def closed_words(g: Grammar) -> frozenset[str]:
    """All words of the closed classes."""
    if g.closed is None:
        g.closed = frozenset().union(*g.classes.values()) if g.classes else frozenset()
    return g.closed


def slot_evidence(prev, prev_cap, written, alt, nxt, nxt_cap, title=False) -> tuple[float, Slot | None]:
    """(evidence for ``alt``, the slot) from the first slot the neighbours fit whose
    class the two forms do not share; (0, None) when none applies, and inside a run of
    capitalised words (``title``: a name or a heading, where word classes do not hold)."""
    if title:
        return 0.0, None
    g = grammar()
    cw, ca = classes_of(written), classes_of(alt)
    if not (cw and ca) or cw == ca:
        return 0.0, None
    for s in g.slots:
        if (s.need in ca) == (s.need in cw):
            continue
        if s.need == "VBD" and "VB" not in (cw if s.need in ca else ca):
            continue  # the past-tense slot weighs a past form against a base form only
        if fits(prev, prev_cap, s.left, g) and fits(nxt, nxt_cap, s.right, g):
            return (s.weight if s.need in ca else -s.weight), s
    return 0.0, None


def sentence_initial(text: str, i: int) -> bool:
    """Nothing but an opening quote or bracket stands between text[i] and the sentence start."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0\"“‘(【":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n。！？：；】"


def past_context(text: str, start: int, reach: int = 300) -> bool:
    """The text around ``start`` tells of the past: more past-tense verbs (was, had, and forms
    lemminflect knows only as past tense or participle: "came", "decided") than present ones
    (is, has, and forms it knows only as third person: "takes")."""
    from .morph import tags

    past = present = 0
    for m in WORD.finditer(text, max(0, start - reach), min(len(text), start + reach)):
        x = m.group(0).lower()
        if x in PAST_AUX:
            past += 1
        elif x in PRESENT_AUX:
            present += 1
        else:
            t = tags(x)
            if t and set(t) <= {"VBD", "VBN"}:
                past += 1
            elif t and set(t) == {"VBZ"}:
                present += 1
    return past > present


def frame_possible(w: str, a: str, nxt, next_cap=False) -> bool:
    """``frame_preposition`` can find a preposition for these words (the checks that need no
    text): both forms are base-form verbs and no noun, and an object can begin with ``nxt``."""
    cw, ca = classes_of(w), classes_of(a)
    if not nxt or "VB" not in cw or "VB" not in ca or "N" in cw or "N" in ca:
        return False
    g = grammar()
    # no object begins with a preposition, "that", "and" ...: the word pairs have it
    return nxt in g.classes.get("DET", frozenset()) or not (
        nxt in closed_words(g) or not (word_class(nxt).isupper() or next_cap))


def frame_preposition(text: str, end: int, w: str, a: str, nxt, next_cap=False) -> str | None:
    """Verb + object + preposition ("adopt the methods to local conditions"): when both forms
    are base-form verbs and an object follows text[:end] (up to a finite verb, a function word
    or punctuation), the preposition after the object, whose word pairs with each verb the
    caller weighs. The object begins with a determiner, a noun or adjective, or a capitalised
    word; "of" belongs to the object's noun; "to" before a verb is an infinitive, not a
    preposition (None). Past forms are left out: their word pairs mix in the passive
    ("expended by") and the participle used as an adjective ("designated assistance to"); so are
    forms that can be nouns: their pairs mix in the noun's complement ("access to", "effect on")."""
    if not frame_possible(w, a, nxt, next_cap):
        return None
    g = grammar()
    preps = g.classes.get("PREP", frozenset()) | g.classes.get("TO", frozenset())
    dets = g.classes.get("DET", frozenset())
    closed = closed_words(g)
    m = CLAUSE.match(text, end)
    if not m:
        return None
    words = m.group(0).split()
    for i, x in enumerate(words[1:], 1):
        x = x.lower()
        if x == "of":
            continue  # "of" belongs to the object's noun ("its area of tea"), not to the verb
        if x in preps:
            after = words[i + 1].lower() if i + 1 < len(words) else None
            if x in g.classes.get("TO", ()) and (after is None or "V" in classes_of(after)):
                return None
            if _noun_takes(words[i - 1].lower(), x, w, a):
                return None  # "adopt a new approach to tourism": the noun takes the preposition
            return x
        wc = word_class(x)
        if (x not in dets and (x in closed or not wc.isupper())) or ("N" not in wc and "J" not in wc and any(c in wc for c in "VDZ")):
            # a function word or a finite verb ends the object (a word that can be a noun, and an
            # -ing form, "the grazing calendar", may be part of it)
            return None
    return None


AUX = frozenset(("is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "be", "been"))
NEXT_WORDS = re.compile(r"(?:[ \t\u00a0-]+[^\W_][\w'’]*){1,5}")


def verb_after_noun(text: str, pos: int) -> bool:
    """The noun phrase starting at text[pos] ("China", "Party members", "farmers") is followed by
    a verb, a modal or an auxiliary: it may be the subject of a clause ("the principle China has
    followed", "the principle farmers must follow"), so the word before it need not modify it."""
    g = grammar()
    modals = g.classes.get("MODAL", frozenset())
    m = NEXT_WORDS.match(text, pos - 1) if pos > 0 else None
    words = m.group(0).split() if m else []
    for x in words[1:]:
        if "-" in x:
            parts = x.replace("-", " ").split()
            if not parts:
                continue  # a dash on its own ("the principle - Party ...")
            x = parts[-1]
        low = x.lower()
        if low in AUX or low in modals:
            return True
        c = classes_of(low)
        if low == "and" or (c and c <= {"N", "J"}) or (x[:1].isupper() and "N" in c):
            continue  # still inside the noun phrase
        return "V" in c
    return False


NOUN_ATTACH = 0.15  # a noun that takes a preposition this fraction as often as the verbs do keeps it


def _noun_takes(noun: str, prep: str, w: str, a: str) -> bool:
    """The object's last word takes ``prep`` itself (P(prep | noun) at least ``NOUN_ATTACH`` of
    the larger P(prep | verb) of the two forms, from the word-pair table): "approach to",
    "solution to", "damage to" keep their "to"; "methods", "experience", "calendar" do not."""
    g = ngrams()
    affinity = [g.bi.get(x + " " + prep, 0) / g.unigram(x) for x in (w, a)]
    return g.count(noun + " " + prep) / g.unigram(noun) >= NOUN_ATTACH * max(affinity)
