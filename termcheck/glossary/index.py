"""The built glossary: concepts stored compactly, one Aho-Corasick automaton over every English
form (terms and their inflections) and one over the Chinese terms.

Storage is chosen for the disk cache (``cache.py``): a built ``Glossary`` pickles to a few large
objects (two automata, integer arrays, one string holding every concept) instead of millions of
small ones, so loading a cached 100,000-term glossary takes a fraction of a second. ``Concept``
objects are only created for the concepts a caller touches.
"""
from __future__ import annotations

from array import array

from .forms import clean_term, fold, fold_keep_case, inflections, key
from .model import BAD_STATUSES, STATUSES, Concept, SourceMatch, Term, TermMatch, is_acronym

HOW = ("", "plural", "singular")
_RANK = {"preferred": 0, "admitted": 1, "superseded": 2, "deprecated": 3, "literal": 4}
_STATUS_RANK = [_RANK[s] for s in STATUSES]
_HYPH = "-\u2010\u2011\u00ad"
US, RS, GS = "\x1f", "\x1e", "\x1d"  # field, term and term-field separators in the concept blob


_WORDISH = _HYPH + "_"  # besides letters and digits, these continue a word
_NONWORD = __import__("re").compile(r"[^\w\-\u2010\u2011\u00ad]")  # what _is_word rejects (\w: isalnum or _)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch in _WORDISH


_new_match = TermMatch.__new__
# a frozen dataclass's __init__ sets each field through object.__setattr__; the slot descriptors
# set them directly and make the same object (equal, hashable, picklable) in half the time
_S_START, _S_END, _S_TEXT, _S_CONCEPT, _S_TERM, _S_FORM, _S_POSS, _S_OTHERS = (
    TermMatch.__dict__[f].__set__ for f in ("start", "end", "text", "concept", "term", "form", "possessive", "others"))


def _term_match(start, end, text, concept, term, form, possessive, others) -> TermMatch:
    m = _new_match(TermMatch)
    _S_START(m, start)
    _S_END(m, end)
    _S_TEXT(m, text)
    _S_CONCEPT(m, concept)
    _S_TERM(m, term)
    _S_FORM(m, form)
    _S_POSS(m, possessive)
    _S_OTHERS(m, others)
    return m


_CLEAN = str.maketrans({US: " ", RS: " ", GS: " "})


def _pack(c: Concept) -> str:
    raw = "".join([c.id, c.note, c.source, c.domain] + [t.text + t.type for t in c.terms])
    clean = (lambda x: x.translate(_CLEAN)) if (US in raw or RS in raw or GS in raw) else (lambda x: x)
    terms = RS.join([f"{clean(t.text)}{GS}{t.lang}{GS}{t.status}{GS}{clean(t.type)}" for t in c.terms])
    return US.join((clean(c.id), clean(c.note), clean(c.source), clean(c.domain), terms))


def _unpack(s: str) -> Concept:
    cid, note, source, domain, terms = s.split(US)
    return Concept(cid, [Term(*t.split(GS)) for t in terms.split(RS)], note, source, domain)


class Glossary:
    """Loaded glossaries. Build with ``Glossary.build(concepts, origins)``; see module docs."""

    # bump when the stored structure or the matching rules change: it is part of the cache key,
    # and a cached object built with another layout is not used
    LAYOUT = 11

    def __init__(self):
        self.layout = self.LAYOUT
        self._blob = b""  # every concept packed (UTF-8), see _pack; concept i is _blob[_offs[i]:_offs[i+1]]
        self._offs = array("q", [0])
        self._origin = array("i")  # which input each concept came from (later inputs win)
        self._nterms = 0
        # English forms (a term or one of its inflections): concept, term index, how, status
        self._fci, self._fti, self._fhow, self._fst = array("i"), array("i"), array("b"), array("b")
        self._fcased: dict[int, str] = {}  # forms matched case-sensitively -> their cased text
        self._kfirst = array("i")  # automaton value -> form id, or -(n+1) for _kmulti[n]
        self._kmulti: list[tuple[int, ...]] = []
        self._klen = array("i")
        self._zfirst, self._zlen = array("i"), array("i")  # zh automaton value -> concept / -(n+1)
        self._zmulti: list[tuple[int, ...]] = []
        self._en = None
        self._zh = None
        self._max_len = 0
        self._words_blob = ""
        self._acr_blob = ""
        self._long_forms: dict[str, str] = {}
        self._concepts: dict[int, Concept] = {}
        self._resolved: dict[int, tuple] = {}  # automaton value -> (concept, term, how, others), see _resolve
        self._resolved_cased: dict[tuple, tuple] = {}  # (value, text written) -> the same, or () for no match
        self._words: set[str] | None = None
        self._acronyms: set[str] | None = None
        self.nearmiss = None  # built by nearmiss.index_for
        self.sources: list[str] = []
        # the disk cache's key of the content it was built from (set by load_glossaries): what
        # kinds derive from this glossary alone is kept on disk under it (kinds._shared.stored_analysis)
        self.content_key: str | None = None

    def __getstate__(self):
        state = dict(self.__dict__)
        state.update(_concepts={}, _resolved={}, _resolved_cased={}, _words=None, _acronyms=None)  # rebuilt on demand
        state.pop("_nearmiss_probe", None)
        return state

    def __setstate__(self, state):
        self.__init__()  # defaults for attributes a cache written by an older version lacks
        self.layout = None  # unknown unless the state says
        self.__dict__.update(state)

    # ---- building -------------------------------------------------------------------------
    @classmethod
    def build(cls, concepts: list[Concept], origins: list[int] | None = None, sources=()) -> "Glossary":
        import ahocorasick
        import re

        g = cls()
        g.sources = list(sources)
        en_keys: dict[str, list[int]] = {}
        zh_keys: dict[str, list[int]] = {}
        parts, pos = [], 0
        acrs: set[str] = set()
        vocab_keys: set[str] = set()  # forms of terms written by people (not generated literal glosses)
        word_re = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
        for ci, c in enumerate(concepts):
            packed = _pack(c).encode("utf-8")  # bytes unpickle without decoding
            parts.append(packed)
            pos += len(packed)
            g._offs.append(pos)
            g._origin.append(origins[ci] if origins else 0)
            g._nterms += len(c.terms)
            full = None
            for ti, t in enumerate(c.terms):
                text = clean_term(t.text)
                if not text:
                    continue
                if t.lang == "zh":
                    zh_keys.setdefault(fold(text), []).append(ci)
                    continue
                if t.lang != "en":
                    continue
                acr = t.is_acronym
                if acr:
                    acrs.add(text)
                elif t.status == "preferred" and full is None:
                    full = text
                variants = [(text, 0)] if acr else [(text, 0)] + [
                    (v, HOW.index(h)) for v, h in inflections(text, allow_singular=t.status not in BAD_STATUSES)]
                for v, how in variants:
                    fid = len(g._fci)
                    g._fci.append(ci)
                    g._fti.append(ti)
                    g._fhow.append(how)
                    g._fst.append(STATUSES.index(t.status))
                    if acr:
                        g._fcased[fid] = fold_keep_case(v)
                    en_keys.setdefault(key(v), []).append(fid)
                    if t.status != "literal":
                        vocab_keys.add(key(v))
            if full:
                for t in c.terms:
                    if t.lang == "en" and t.type in ("acronym", "abbreviation") and t.is_acronym:
                        g._long_forms.setdefault(t.text, full)
        g._blob = b"".join(parts)
        # words of all English forms (inflections included), from the keys in one pass
        words = set(word_re.findall(" ".join(vocab_keys)))
        g._words_blob = "\n".join(sorted(words))
        g._acr_blob = "\n".join(sorted(acrs))
        g._mark_case_clashes(en_keys)
        g._en = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for k, fids in en_keys.items():
            if not k:
                continue
            g._en.add_word(k, len(g._kfirst))
            if len(fids) == 1:
                g._kfirst.append(fids[0])
            else:
                g._kfirst.append(-len(g._kmulti) - 1)
                g._kmulti.append(tuple(fids))
            g._klen.append(len(k))
            g._max_len = max(g._max_len, len(k))
        g._zh = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for k, cis in zh_keys.items():
            cis = list(dict.fromkeys(cis))
            g._zh.add_word(k, len(g._zfirst))
            if len(cis) == 1:
                g._zfirst.append(cis[0])
            else:
                g._zfirst.append(-len(g._zmulti) - 1)
                g._zmulti.append(tuple(cis))
            g._zlen.append(len(k))
        if len(g._kfirst):
            g._en.make_automaton()
        if len(g._zfirst):
            g._zh.make_automaton()
        return g

    def _mark_case_clashes(self, en_keys):
        """'yuan' (preferred) and 'Yuan' (superseded) share a key: such forms match only their own case."""
        for fids in en_keys.values():
            if len(fids) < 2 or len({self._fst[f] for f in fids}) < 2:
                continue
            texts = {self._term_text(f) for f in fids}
            if len(texts) < 2:
                continue
            for f in fids:
                if f not in self._fcased:
                    text = clean_term(self._term_text(f))
                    how = self._fhow[f]
                    v = text if how == 0 else dict((HOW.index(h), x) for x, h in inflections(text)).get(how, text)
                    self._fcased[f] = fold_keep_case(v)

    def _term_text(self, fid: int) -> str:
        return self.concept(self._fci[fid]).terms[self._fti[fid]].text

    def _forms_of(self, kid: int) -> tuple[int, ...]:
        v = self._kfirst[kid]
        return (v,) if v >= 0 else self._kmulti[-v - 1]

    # ---- concepts ---------------------------------------------------------------------------
    def concept(self, ci: int) -> Concept:
        c = self._concepts.get(ci)
        if c is None:
            c = self._concepts[ci] = _unpack(self._blob[self._offs[ci]:self._offs[ci + 1]].decode("utf-8"))
        return c

    @property
    def concepts(self) -> list[Concept]:
        return [self.concept(i) for i in range(len(self))]

    def __len__(self) -> int:
        return len(self._offs) - 1

    def term_count(self) -> int:
        return self._nterms

    # ---- matching ---------------------------------------------------------------------------
    def match(self, text: str, folded: str | None = None) -> list[TermMatch]:
        """English glossary terms in ``text``: leftmost-longest, non-overlapping, whole words,
        case-insensitive (case-sensitive for acronyms and for forms that differ only in case).
        ``folded``: ``fold(text)`` when the caller has it (shared with the near-miss search)."""
        if not len(self._kfirst) or not text:
            return []
        f = fold(text) if folded is None else folded
        out: list[TermMatch] = []
        last_end = 0
        klen = self._klen
        n = len(text)
        accept = self._accept
        resolved = self._resolved
        # the automaton runs in C; Python sees only its matches, and the common case (whole
        # words, a form whose concept and term do not depend on the case written) takes the
        # inline path below with the per-form answer cached (_resolve)
        for end_idx, kid in self._en.iter_long(f):
            end = end_idx + 1
            start = end - klen[kid]
            if start < last_end:
                continue
            if start and ((c := text[start - 1]).isalnum() or c in _WORDISH):
                inner = text[start:end - 1]
                if not inner or inner.isalnum():
                    # no valid start inside either (each follows a letter or digit): nothing for
                    # _fallback to find ("30%", "kmu")
                    continue
                m = None
            elif end < n and ((c := text[end]).isalnum() or c in _WORDISH):
                m = None
            elif (r := resolved.get(kid)) is not None and not f.startswith("'", end):
                # the common case, _accept inlined: a known key, no possessive ending
                m = _term_match(start, end, text[start:end], r[0], r[1], r[2], "", r[3])
                out.append(m)
                last_end = end
                continue
            else:
                m = accept(text, f, start, end, kid)
            if m is None:  # not on word boundaries or wrong case: look for shorter matches inside
                for m in self._fallback(text, f, start, end, max(last_end, start)):
                    out.append(m)
                    last_end = m.end
                continue
            out.append(m)
            last_end = m.end
        return out

    def _accept(self, text, f, start, end, kid) -> TermMatch | None:
        """The match of automaton key ``kid`` at text[start:end] (on word boundaries), or None
        when no form of the key accepts the case written."""
        r = self._resolved.get(kid)
        if r is None:
            # a case-sensitive form (acronym, "Yuan"): the answer depends on the text written
            ck = (kid, text[start:end])
            r = self._resolved_cased.get(ck)
            if r is None:
                if len(self._resolved_cased) > 100_000:  # a long-running server sees ever new text
                    self._resolved_cased.clear()
                r = self._resolved_cased[ck] = self._resolve(kid, text, start, end) or ()
            if not r:
                return None
        poss = ""
        if f.startswith("'", end):
            tail = f[end:end + 3]
            if tail.startswith("'s") and (len(tail) < 3 or not _is_word(tail[2])):
                poss = text[end:end + 2]
            elif f[end - 1] == "s" and (len(tail) < 2 or not _is_word(tail[1])):
                poss = text[end:end + 1]
        end2 = end + len(poss)
        return _term_match(start, end2, text[start:end2], r[0], r[1], r[2], poss, r[3])

    def _resolve(self, kid, text, start, end):
        """(concept, term, how, others) of key ``kid`` written as text[start:end], or None.
        Cached per key when none of its forms is case-sensitive (the answer then does not
        depend on the text)."""
        fids = self._forms_of(kid)
        cacheable = True
        if len(fids) == 1 and fids[0] not in self._fcased:
            best, others = fids[0], ()
        else:
            ok = []
            surface = None
            for fid in fids:
                cased = self._fcased.get(fid)
                if cased is not None:
                    cacheable = False
                    if surface is None:
                        surface = " ".join(fold_keep_case(text[start:end]).split())
                    if surface != cased:
                        continue
                ok.append(fid)
            if not ok:
                return None
            origin, fci, fst = self._origin, self._fci, self._fst
            top = max(origin[fci[x]] for x in ok)
            ok = sorted((x for x in ok if origin[fci[x]] == top), key=lambda x: _STATUS_RANK[fst[x]])
            best = ok[0]
            others = tuple((self.concept(fci[x]), self.concept(fci[x]).terms[self._fti[x]])
                           for x in ok[1:] if fci[x] != fci[best])
        c = self.concept(self._fci[best])
        r = (c, c.terms[self._fti[best]], HOW[self._fhow[best]], others)
        if cacheable:
            self._resolved[kid] = r
        return r

    def _fallback(self, text, f, start, mend, floor):
        """Valid matches starting inside the stretch [floor, mend) a rejected match covered
        (iter_long moved past it), chosen leftmost-longest: for each start with a word boundary
        before it, the trie tells how far keys from there reach (``longest_prefix``), and the
        ends within that reach with a word boundary after them are looked up, longest first."""
        n = len(text)
        stop = min(len(f), mend + self._max_len)
        en = self._en
        starts = [0] if floor == 0 else []
        starts += [x.start() + 1 for x in _NONWORD.finditer(text, max(floor - 1, 0), mend - 1)]
        pos = floor
        for s in starts:
            if s < pos:
                continue
            reach = en.longest_prefix(f[s:stop])
            if not reach:
                continue
            ends = [x.start() for x in _NONWORD.finditer(text, s + 1, s + reach + 1)]
            if s + reach == n:
                ends.append(n)
            for e in reversed(ends):
                kid = en.get(f[s:e], None)
                if kid is not None:
                    m = self._accept(text, f, s, e, kid)
                    if m is not None:
                        pos = m.end
                        yield m
                        break

    def match_source(self, text: str) -> list[SourceMatch]:
        """Chinese glossary terms in ``text``, leftmost-longest and non-overlapping."""
        if not len(self._zfirst) or not text:
            return []
        f = fold(text)
        out = []
        for end_idx, kid in self._zh.iter_long(f):
            v = self._zfirst[kid]
            cis = (v,) if v >= 0 else self._zmulti[-v - 1]
            end = end_idx + 1
            start = end - self._zlen[kid]
            top = max(cis, key=lambda ci: self._origin[ci])  # a later glossary wins
            out.append(SourceMatch(start, end, text[start:end], self.concept(top)))
        return out

    # ---- vocabulary and look-up -------------------------------------------------------------
    def words(self) -> set[str]:
        if self._words is None:
            self._words = set(self._words_blob.split("\n")) - {""}
        return self._words

    def acronyms(self) -> set[str]:
        if self._acronyms is None:
            self._acronyms = set(self._acr_blob.split("\n")) - {""}
        return self._acronyms

    def long_form(self, acronym: str) -> str | None:
        """The preferred full name of a concept whose acronym term is ``acronym`` (LGOP -> State
        Council Leading Group Office of ...); None when the acronym is the concept's own name."""
        return self._long_forms.get(acronym)

    def lookup(self, q: str, limit: int = 20) -> list[Concept]:
        """Concepts with a zh or en term containing ``q`` (case-insensitive); exact hits first."""
        q = " ".join(q.split()).casefold()
        if not q:
            return []
        exact, partial = [], []
        offs, blob = self._offs, self._blob
        for i in range(len(self)):
            if q not in blob[offs[i]:offs[i + 1]].decode("utf-8").casefold():
                continue
            texts = [t.text.casefold() for t in self.concept(i).terms]
            if q in texts:
                exact.append(i)
            elif any(q in t for t in texts):
                partial.append(i)
            if len(exact) >= limit:
                break
        return [self.concept(i) for i in (exact + partial)[:limit]]
