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

The words come from the check's own rules (``ctx.rules``, which ``engine.run_rules`` sets): a
kind taking part says which words a rule of it wants with ``scan_words(rule) -> (anchors,
forms)`` in its module, and ``check_words`` gathers them once per check. So a process holding
several rule sets (a server, a library user with other selections, rule packs or
configurations) scans each check for its own rules' words, whatever was prepared before; a
check of one of the kinds alone scans for that kind's words alone. A kind that does not find
exactly its words scanned (a context that does not know its rules, a rule run outside them, words
the copy cannot serve) scans for itself, with the same findings: the grammar rules for the
anchors of all grammar rules of the check (a rule outside them, or in a context without rules,
for its own), the confusion rule for its forms. The result is kept in ``ctx.memo`` under
``word-scan`` (declared by both kinds, so it lives until the later of them has run).
"""
from __future__ import annotations

from array import array
from functools import lru_cache

_BEFORE_ASCII = " \n\t\"(["  # (_grammar_anchors._BEFORE's ASCII characters but the apostrophe)
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


def check_words(ctx) -> tuple[frozenset, frozenset]:
    """(anchors, forms) the rules of this check want found (each rule whose kind module has
    ``scan_words``); none when the context does not know its rules. Once per check."""
    return _words(ctx)[:2]


def _words(ctx) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """check_words, then the part of each the shaped copy can serve (the words scanned)."""
    def build():
        from . import load_kind

        anchors: set[str] = set()
        forms: set[str] = set()
        for rule in ctx.rules or ():
            want = getattr(load_kind(rule.kind), "scan_words", None)
            if want is not None:
                a, f = want(rule)
                anchors.update(a)
                forms.update(f)
        anchors, forms = frozenset(anchors), frozenset(forms)
        # (words outside ASCII letters: their kind scans the text itself for them)
        return (anchors, forms, anchors if shapeable(anchors) else frozenset(),
                forms if shapeable(forms) else frozenset())
    return ctx.memoize(("word-scan", "words"), build)


def word_scan(ctx, seg):
    """(anchors, forms, ``scan`` of the segment for them): the shapeable words of this check's
    rules (``check_words``), scanned once per segment."""
    _, _, anchors, forms = _words(ctx)

    def build():
        # the kinds' own tests of the undecided keys (each kind's module is imported already:
        # a rule of it asked for the words)
        anchor_ok = form_ok = None
        if anchors:
            from ._grammar_anchors import _whole as anchor_ok
        if forms:
            from ._confusion_doc import _whole_form as form_ok
        return scan(seg.text, anchors, forms, anchor_ok, form_ok)
    return anchors, forms, ctx.memoize(("word-scan", id(seg)), build)
