"""Run a pattern only on the stretches of a long text that can hold one of its matches, with
exactly the matches ``finditer`` gives on the whole text.

A pattern such as ``(?<![\\d,.])\\d[\\d,]*\\sYuan\\b`` costs the regex module a try at every
position of the text (about 11 ms a MB), though its matches are rare. Two facts, read off the
pattern's parse tree, make most of the text skippable:

- every match holds one of a few *literals* ("Yuan"), found by a fast literal search;
- some characters can be consumed by no part of the pattern, not even inside a lookaround
  (here "(", ";", "“", "e", "p", ...): *cuts*. No match spans a cut.

So the matches of the text are the matches of the stretches between cuts that hold a literal,
each searched with ``finditer(text, lo, hi + 1)``: the search range ends just after the cut that
closes the stretch, so a lookahead or ``\\b`` at the stretch's end sees the real next character
(no match can consume it), and a search that starts at ``lo`` sees the characters before it
(``pos`` does not hide them from lookbehinds and ``\\b``). The analysis uses Python's own regex parser
(``re._parser``) and gives up (the caller then scans the whole text) on anything it does not
model: anchors, back-references, scoped flags, regex-module syntax the parser rejects
(``\\p{..}``, nested sets), or a pattern without a required literal.
"""
from __future__ import annotations

import regex

try:  # the parser of the re module; its node types are stable since Python 3.11
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _c = _p = None

# cut candidates: letters, digits, white space and the punctuation prose has often; only those
# the pattern can never consume become cuts
CANDIDATES = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
              "\n\t.,;:!?()[]{}\"'“”‘’/\\|*#@&=+<>~^%$-–—…、，。：；（）【】《》")
_V1_SET_OPS = ("--", "&&", "||", "~~", "[[")


class _Unknown(Exception):
    """A construct the analysis does not model."""


class Pieces:
    """The literal searches and the cut searches of one pattern (see the module docs)."""

    def __init__(self, literals: list, cut_chars: str):
        self.literals = literals  # compiled searches, one per required literal
        body = "[" + "".join(regex.escape(c) for c in cut_chars) + "]"
        self.cut = regex.compile(body)
        self.cut_back = regex.compile("(?r)" + body)

    def stretches(self, text: str) -> list[tuple[int, int]]:
        """(lo, hi) of the stretches between cuts that hold a literal, in order, disjoint."""
        starts = sorted({m.start() for lit in self.literals for m in lit.finditer(text)})
        out: list[tuple[int, int]] = []
        hi = -1
        for p in starts:
            if p < hi:  # inside the last stretch (a literal holds no cut)
                continue
            m = self.cut_back.search(text, 0, p)
            lo = m.end() if m else 0
            m = self.cut.search(text, p)
            hi = m.start() if m else len(text)
            out.append((lo, hi))
        return out

    def finditer(self, compiled, text: str, timeout: float | None = None):
        n = len(text)
        for lo, hi in self.stretches(text):
            # a time budget costs 2 us a call: only stretches long enough to need one get it
            yield from compiled.finditer(text, lo, min(hi + 1, n), timeout=timeout if hi - lo > 2000 else None)


def plan(pattern: str, flags: int = 0) -> Pieces | None:
    """The Pieces of ``pattern`` (compiled by the caller with ``regex`` and ``flags``), or None
    when the analysis cannot prove the stretch search exact."""
    if _p is None or any(op in pattern for op in _V1_SET_OPS):
        return None
    # the re parser rejects a group name used twice (the regex module allows it): names do not
    # matter here, so named groups become plain groups
    plain = regex.sub(r"\(\?P<\w+>", "(", pattern)
    ignorecase = bool(flags & regex.IGNORECASE)
    try:
        tree = _p.parse(plain, _c.SRE_FLAG_IGNORECASE if ignorecase else 0)
        if tree.state.flags & ~(_c.SRE_FLAG_UNICODE | _c.SRE_FLAG_IGNORECASE):
            return None  # inline global flags (DOTALL, VERBOSE, MULTILINE, ...): not modelled
        ignorecase = ignorecase or bool(tree.state.flags & _c.SRE_FLAG_IGNORECASE)
        literals = _required(list(tree))
        if not literals or _searched_fast(list(tree)):
            return None
        used = _consumed(list(tree), CANDIDATES)
        cuts = "".join(c for c in CANDIDATES if c not in used)
    except Exception:  # a parse error, or _Unknown: anything unmodelled means no plan
        return None
    if not cuts:
        return None
    lit_flags = regex.V1 | (regex.IGNORECASE if ignorecase else 0)  # the same case folding as the rule
    return Pieces([regex.compile(regex.escape(lit), lit_flags) for lit in sorted(literals)], cuts)


def _searched_fast(items) -> bool:
    """The regex module finds the matches of this pattern by a fast search of its own: a literal
    of the top-level sequence lies at a bounded distance from the match start ("No\\.",
    "(?<=\\d)\\s?%", "(\\d{1,4})-"), so it scans for the literal and backs up; the stretch search
    would only add work. A literal after an unbounded part ("\\d[\\d,]*\\sYuan") or only inside
    alternatives ("percent|Percent") leaves it trying every position."""
    width = 0
    for i, (op, av) in enumerate(items):
        if op is _c.LITERAL:
            return True
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width
        hi = _p.SubPattern(_p.State(), [(op, av)]).getwidth()[1]
        width += hi
        if width >= _c.MAXREPEAT:
            return False
    return False


_CATEGORY: dict = {}  # (category code, character) -> member


def _category(code, ch: str) -> bool:
    hit = _CATEGORY.get((code, ch))
    if hit is None:
        esc = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}.get(code)
        if esc is None:
            raise _Unknown(code)
        hit = _CATEGORY[(code, ch)] = regex.match(esc, ch) is not None
    return hit


def _in_set(items, ch: str) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            if chr(av) == "[":  # a nested set in the regex module's version 1 syntax
                raise _Unknown("[")
            hit = hit or _same(chr(av), ch)
        elif op is _c.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1] or av[0] <= ord(ch.swapcase()) <= av[1]
        elif op is _c.CATEGORY:
            hit = hit or _category(av, ch)
        else:
            raise _Unknown(op)
    return hit != negate


def _same(a: str, b: str) -> bool:
    return a == b or a.casefold() == b.casefold()  # case-blind on purpose: errs toward "consumes"


_FOLDS: dict[str, dict[str, list[str]]] = {}


def _by_fold(cands: str) -> dict[str, list[str]]:
    """The characters of ``cands`` by case fold: a literal's look-up instead of a ``_same`` call
    per candidate (planning the style variants is done in every process that meets a long text)."""
    out = _FOLDS.get(cands)
    if out is None:
        out = _FOLDS[cands] = {}
        for c in cands:
            out.setdefault(c.casefold(), []).append(c)
    return out


def _consumed(items, cands: str) -> set[str]:
    """The characters of ``cands`` that some part of the pattern, lookarounds included, can consume."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.update(_by_fold(cands).get(chr(av).casefold(), ()))  # the c of cands that _same(chr(av), c)
        elif op is _c.NOT_LITERAL:
            out.update(c for c in cands if c != chr(av))
        elif op is _c.ANY:
            out.update(c for c in cands if c != "\n")
        elif op is _c.IN:
            out.update(c for c in cands if _in_set(av, c))
        elif op is _c.CATEGORY:
            out.update(c for c in cands if _category(av, c))
        elif op is _c.BRANCH:
            for b in av[1]:
                out |= _consumed(list(b), cands)
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown("scoped flags")
            out |= _consumed(list(av[3]), cands)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            out |= _consumed(list(av[2]), cands)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            out |= _consumed(list(av[1]), cands)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out |= _consumed(list(av), cands)
        elif op is _c.AT:
            if av not in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY):
                raise _Unknown(av)  # ^ $ \A \Z: the ends of a stretch are not the text's
        else:
            raise _Unknown(op)
    return out


def _required(items) -> set[str] | None:
    """Literals one of which every match of the sequence ``items`` holds, or None."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        sub = None
        if op is _c.SUBPATTERN:
            sub = _required(list(av[3]))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            sub = _required(list(av))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            sub = _required(list(av[2]))
        elif op is _c.BRANCH:
            subs = [_required(list(b)) for b in av[1]]
            sub = set().union(*subs) if all(subs) else None
        elif op is _c.IN and len(av) == 1 and av[0][0] is _c.LITERAL:
            sub = {chr(av[0][1])}
        if sub:
            options.append(sub)
    if run:
        options.append({run})
    if not options:
        return None
    # the longest shortest literal: the rarest in a text, the fewest stretches to search
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))
