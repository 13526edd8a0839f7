"""One scan of a segment for the words two kinds look for, shared by them: the grammar patterns'
anchor words (``grammar_pattern``: whole tokens, in lower case or with a capital) and the
confusion model's forms (``confusion``/``_confusion_doc``: whole words, in any case).

Each kind ran its own Aho-Corasick pass over a shaped ASCII copy of the text; the automaton
costs some 60-70 instructions a character whatever it holds, and the copy ~20 more, so one pass
with both kinds' keys over one copy saves a pass. The copy (``_SHAPE``, made in C: ASCII
encoding with "?" for every other character, then one byte table) has the ASCII letters in lower
case; letters, digits, "_", "'" and "?" stay; the characters that may come before an anchor
(``_BEFORE`` in ASCII: space, newline, tab, '"', "(", "[") become a space, every other ASCII
character (the hyphen too) a ".". The keys:

* an anchor: "<before><word><after>", before in " '?", after in " ._?" (a word inside a longer
  one never surfaces); its capitalisation is checked on the text (the word or its capitalised
  form, as before);
* a form: "<before><form>", before in " .?" (see ``_confusion_doc._BEFORE``/``_AFTER``); the
  character after it is read off the copy (a space or "." ends the word; "'" and "?" are judged).
  Keys with the characters after every form cost more to build (the automaton's build grows with
  its keys, ~6 instructions a character of the text for 20 keys a form) than the few prefixes of
  longer words ("form" in "formal") they keep away.

Keys with "'" or "?" beside the word (or "." after an anchor: a hyphen continues a token) are
judged on the text itself.

The kinds register their words (``ANCHORS`` when the grammar rules are prepared, ``FORM_SOURCES``
when the confusion kind is imported); a kind finding the other words than its own in the scan
(another order of rules, a configuration) scans for itself. The result is kept in ``ctx.memo`` under ``word-scan`` (declared by both kinds, so it lives until the
later of them has run).
"""
from __future__ import annotations

from array import array
from functools import lru_cache

ANCHORS: set[str] = set()  # grammar_pattern.prepare adds its anchor words
# callables giving forms to look for: the confusion kind registers its forms when imported (the
# engine imports the kinds of a check's rules before running any; rules are prepared lazily, so
# the confusion rule's prepare may come after the grammar rules have scanned)
FORM_SOURCES: list = []

_BEFORE_ASCII = " \n\t\"(["  # (grammar_pattern._BEFORE's ASCII characters but the apostrophe)
_SHAPE = bytes(c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() or chr(c) in "_'?" else
               32 if chr(c) in _BEFORE_ASCII else 46 for c in range(256))


def shaped(text: str) -> str:
    """The shaped copy of ``text`` with a space either side (standing for its start and end: the
    copy's offsets are one more than the text's)."""
    return (" " + text + " ").encode("ascii", "replace").translate(_SHAPE).decode("ascii")


def shapeable(words) -> bool:
    """The words (anchors or forms) can be found on the shaped copy: lower-case ASCII letters."""
    return all(w.isascii() and w.isalpha() and w.islower() for w in words)


@lru_cache(maxsize=8)
def automaton(anchors: frozenset, forms: frozenset):
    """Keys -> (length + 1, anchor, its capitalised form, judge it, None) for the anchors,
    (length, None, None, judge it, form) for the forms."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in anchors:
        for b in " '?":
            for a in " ._?":
                auto.add_word(b + w + a, (len(w) + 1, w, w[:1].upper() + w[1:], b != " " or a in ".?", None))
    for w in forms:
        for b in " .?":
            auto.add_word(b + w, (len(w), None, None, b == "?", w))
    if anchors or forms:
        auto.make_automaton()
    return auto


def scan(text: str, anchors: frozenset, forms: frozenset, anchor_ok, form_ok):
    """(anchor -> array of starts, array of form starts, [form at each]) of ``text``, in order of
    place; ``anchor_ok(text, start, n)`` / ``form_ok(text, start, n)`` judge the words the copy
    cannot decide (the kinds' own tests)."""
    out: dict[str, array] = {}
    fstarts, fwords = array("q"), []
    if not anchors and not forms:
        return out, fstarts, fwords
    fappend, wappend = fstarts.append, fwords.append
    shape = shaped(text)
    for end, (n, w, cap, judge, form) in automaton(anchors, forms).iter(shape):
        start = end - n  # the word's start in the text
        if w is not None:
            if not judge or anchor_ok(text, start, n - 1):
                word = text[start:end - 1]
                if word == w or word == cap:
                    hits = out.get(w)
                    if hits is None:
                        hits = out[w] = array("q")
                    hits.append(start)
        else:
            c = shape[end + 1]  # (the character after the form)
            if ((c == " " or c == ".") and not judge) or ((c == " " or c == "." or c == "'" or c == "?")
                                                          and form_ok(text, start, n)):
                fappend(start)
                wappend(form)
    return out, fstarts, fwords


def word_scan(ctx, seg):
    """(anchors, forms, ``scan`` of the segment for them): the registered anchors and forms, once
    per check."""
    def build():
        anchors = frozenset(ANCHORS)
        forms = frozenset(w for source in FORM_SOURCES for w in source())
        if not shapeable(anchors):
            anchors = frozenset()  # (grammar_pattern scans the text itself for those)
        if not shapeable(forms):
            forms = frozenset()
        # the kinds' own tests of the undecided keys (each module is imported already when it
        # registered words: importing the other kind for nothing would cost more than the scan)
        anchor_ok = form_ok = None
        if anchors:
            from .grammar_pattern import _whole as anchor_ok
        if forms:
            from ._confusion_doc import _whole_form as form_ok
        return anchors, forms, scan(seg.text, anchors, forms, anchor_ok, form_ok)
    return ctx.memoize(("word-scan", id(seg)), build)
