"""The built glossary: concepts stored compactly, one Aho-Corasick automaton over every English
form (terms and their inflections) and one over the Chinese terms.

Everything here is plain data (tuples, lists, automata) so that it pickles fast: the disk cache
(``cache.py``) stores a built ``Glossary`` keyed by the glossary's content, and ``Concept``
objects are only created for the concepts a caller touches.
"""
from __future__ import annotations

from .forms import clean_term, fold, fold_keep_case, inflections, key
from .model import BAD_STATUSES, Concept, SourceMatch, Term, TermMatch, is_acronym

HOW = ("", "plural", "singular")
_RANK = {"preferred": 0, "admitted": 1, "superseded": 2, "deprecated": 3}
_HYPH = "-\u2010\u2011\u00ad"


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch in _HYPH or ch == "_"


class Glossary:
    """Loaded glossaries. Build with ``Glossary.build(concepts, origins)``; see module docs."""

    def __init__(self):
        self._rows: list[tuple] = []  # (id, note, source, domain, ((text, lang, status, type), ...))
        self._origin: list[int] = []  # which input each concept came from (later inputs win)
        self._forms: list[tuple] = []  # (concept, term, how, cased form or None)
        self._keys: list[tuple[int, ...]] = []  # automaton value -> form ids
        self._key_len: list[int] = []
        self._zh_keys: list[tuple[int, ...]] = []  # zh automaton value -> concept ids
        self._zh_len: list[int] = []
        self._en = None
        self._zh = None
        self._max_len = 0
        self._concepts: dict[int, Concept] = {}
        self._words: set[str] | None = None
        self._acronyms: set[str] | None = None
        self._long_forms: dict[str, str] | None = None
        self.nearmiss = None  # built lazily by nearmiss.index_for
        self.sources: list[str] = []

    def __getstate__(self):
        state = dict(self.__dict__)
        state.update(_concepts={}, _words=None, _acronyms=None, _long_forms=None)  # rebuilt on demand
        return state

    def __setstate__(self, state):
        self.__init__()  # defaults for attributes a cache written by an older version lacks
        self.__dict__.update(state)

    # ---- building -------------------------------------------------------------------------
    @classmethod
    def build(cls, concepts: list[Concept], origins: list[int] | None = None, sources=()) -> "Glossary":
        import ahocorasick

        g = cls()
        g.sources = list(sources)
        en_keys: dict[str, list[int]] = {}
        zh_keys: dict[str, list[int]] = {}
        for ci, c in enumerate(concepts):
            g._rows.append((c.id, c.note, c.source, c.domain,
                            tuple((t.text, t.lang, t.status, t.type) for t in c.terms)))
            g._origin.append(origins[ci] if origins else 0)
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
                variants = [(text, 0)] if acr else [(text, 0)] + [
                    (v, HOW.index(h)) for v, h in inflections(text, allow_singular=t.status not in BAD_STATUSES)]
                for v, how in variants:
                    fid = len(g._forms)
                    g._forms.append((ci, ti, how, fold_keep_case(v) if acr else None))
                    en_keys.setdefault(key(v), []).append(fid)
        g._mark_case_clashes(en_keys)
        g._en = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for k, fids in en_keys.items():
            g._en.add_word(k, len(g._keys))
            g._keys.append(tuple(fids))
            g._key_len.append(len(k))
            g._max_len = max(g._max_len, len(k))
        g._zh = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for k, cis in zh_keys.items():
            g._zh.add_word(k, len(g._zh_keys))
            g._zh_keys.append(tuple(dict.fromkeys(cis)))
            g._zh_len.append(len(k))
        if g._keys:
            g._en.make_automaton()
        if g._zh_keys:
            g._zh.make_automaton()
        return g

    def _mark_case_clashes(self, en_keys):
        """'yuan' (preferred) and 'Yuan' (superseded) share a key: such forms match only their own case."""
        for fids in en_keys.values():
            if len(fids) < 2:
                continue
            texts = {self._rows[self._forms[f][0]][4][self._forms[f][1]][0] for f in fids}
            statuses = {self._rows[self._forms[f][0]][4][self._forms[f][1]][2] for f in fids}
            if len(texts) > 1 and len(statuses) > 1:
                for f in fids:
                    ci, ti, how, cased = self._forms[f]
                    if cased is None:
                        text = self._rows[ci][4][ti][0]
                        v = text if how == 0 else dict((HOW.index(h), x) for x, h in inflections(clean_term(text))).get(how, text)
                        self._forms[f] = (ci, ti, how, fold_keep_case(clean_term(v)))

    # ---- concepts ---------------------------------------------------------------------------
    def concept(self, ci: int) -> Concept:
        c = self._concepts.get(ci)
        if c is None:
            cid, note, source, domain, terms = self._rows[ci]
            c = Concept(cid, [Term(*t) for t in terms], note, source, domain)
            self._concepts[ci] = c
        return c

    @property
    def concepts(self) -> list[Concept]:
        return [self.concept(i) for i in range(len(self._rows))]

    def __len__(self) -> int:
        return len(self._rows)

    def term_count(self) -> int:
        return sum(len(r[4]) for r in self._rows)

    # ---- matching ---------------------------------------------------------------------------
    def match(self, text: str) -> list[TermMatch]:
        """English glossary terms in ``text``: leftmost-longest, non-overlapping, whole words,
        case-insensitive (case-sensitive for acronyms and for forms that differ only in case)."""
        if not self._keys or not text:
            return []
        f = fold(text)
        out: list[TermMatch] = []
        last_end = 0
        for end_idx, kid in self._en.iter_long(f):
            end = end_idx + 1
            start = end - self._key_len[kid]
            if start < last_end:
                continue
            m = self._accept(text, f, start, end, kid)
            if m is None:  # not on word boundaries or wrong case: look for shorter matches inside
                for m in self._fallback(text, f, start, max(last_end, start)):
                    out.append(m)
                    last_end = m.end
                continue
            out.append(m)
            last_end = m.end
        return out

    def _accept(self, text, f, start, end, kid) -> TermMatch | None:
        if (start > 0 and _is_word(text[start - 1])) or (end < len(text) and _is_word(text[end])):
            return None
        fids = self._keys[kid]
        ok = []
        surface = None
        for fid in fids:
            cased = self._forms[fid][3]
            if cased is not None:
                if surface is None:
                    surface = " ".join(fold_keep_case(text[start:end]).split())
                if surface != cased:
                    continue
            ok.append(fid)
        if not ok:
            return None
        top = max(self._origin[self._forms[x][0]] for x in ok)
        ok = sorted((x for x in ok if self._origin[self._forms[x][0]] == top),
                    key=lambda x: _RANK.get(self._rows[self._forms[x][0]][4][self._forms[x][1]][2], 9))
        best = ok[0]
        ci, ti, how, _ = self._forms[best]
        poss = ""
        tail = f[end:end + 3]
        if tail.startswith("'s") and (len(tail) < 3 or not _is_word(tail[2])):
            poss = text[end:end + 2]
        elif tail.startswith("'") and f[end - 1] == "s" and (len(tail) < 2 or not _is_word(tail[1])):
            poss = text[end:end + 1]
        c = self.concept(ci)
        others = tuple((self.concept(self._forms[x][0]), self.concept(self._forms[x][0]).terms[self._forms[x][1]])
                       for x in ok[1:] if self._forms[x][0] != ci)
        end2 = end + len(poss)
        return TermMatch(start, end2, text[start:end2], c, c.terms[ti], HOW[how], poss, others)

    def _fallback(self, text, f, start, floor):
        """All valid matches in the stretch a rejected match covered, chosen leftmost-longest."""
        stop = min(len(f), start + 2 * self._max_len)
        cands = []
        for end_idx, kid in self._en.iter(f, floor, stop):
            e = end_idx + 1
            s = e - self._key_len[kid]
            if s >= floor and s < start + self._key_len[kid]:
                cands.append((s, -(e - s), kid))
        cands.sort()
        pos = floor
        for s, neg, kid in cands:
            if s < pos:
                continue
            m = self._accept(text, f, s, s - neg, kid)
            if m is not None:
                pos = m.end
                yield m

    def match_source(self, text: str) -> list[SourceMatch]:
        """Chinese glossary terms in ``text``, leftmost-longest and non-overlapping."""
        if not self._zh_keys or not text:
            return []
        f = fold(text)
        out = []
        for end_idx, kid in self._zh.iter_long(f):
            cis = self._zh_keys[kid]
            end = end_idx + 1
            start = end - self._zh_len[kid]
            top = max(cis, key=lambda ci: self._origin[ci])  # a later glossary wins
            out.append(SourceMatch(start, end, text[start:end], self.concept(top)))
        return out

    # ---- vocabulary and look-up -------------------------------------------------------------
    def words(self) -> set[str]:
        if self._words is None:
            import re

            ws: set[str] = set()
            for r in self._rows:
                for text, lang, _status, _type in r[4]:
                    if lang == "en":
                        ws.update(w.lower() for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text))
            self._words = ws
        return self._words

    def acronyms(self) -> set[str]:
        if self._acronyms is None:
            self._acronyms = {t[0] for r in self._rows for t in r[4]
                              if t[1] == "en" and (is_acronym(t[0]) or (t[3] == "acronym" and t[0].isupper()))}
        return self._acronyms

    def long_form(self, acronym: str) -> str | None:
        """The preferred full name of a concept whose acronym term is ``acronym`` (LGOP -> State
        Council Leading Group Office of ...); None when the acronym is the concept's own name."""
        if self._long_forms is None:
            lf: dict[str, str] = {}
            for r in self._rows:
                acrs = [t[0] for t in r[4] if t[1] == "en" and t[3] in ("acronym", "abbreviation")]
                full = next((t[0] for t in r[4] if t[1] == "en" and t[2] == "preferred" and not is_acronym(t[0])), None)
                for a in acrs:
                    if full:
                        lf.setdefault(a, full)
            self._long_forms = lf
        return self._long_forms.get(acronym)

    def lookup(self, q: str, limit: int = 20) -> list[Concept]:
        """Concepts with a zh or en term containing ``q`` (case-insensitive); exact hits first."""
        q = " ".join(q.split()).casefold()
        if not q:
            return []
        exact, partial = [], []
        for i, r in enumerate(self._rows):
            texts = [t[0].casefold() for t in r[4]]
            if q in texts:
                exact.append(i)
            elif any(q in t for t in texts):
                partial.append(i)
            if len(exact) >= limit:
                break
        return [self.concept(i) for i in (exact + partial)[:limit]]
