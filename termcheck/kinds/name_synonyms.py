"""One body named two ways with institutional synonyms: "the Education Bureau of Pengshui" and,
elsewhere, "the Pengshui Education Department"; "Rain and Dew Plan" / "Rain and Dew Program";
"County Poverty Alleviation and Development Office" / "County Poverty Relief Office".

Every capitalised name (a run of capitalised words, see ``name_variants``; a run joined by
"and" also gives its parts) gets a key: its content words, lower case, singular, as a bag (word
order and the connectors of/for/and/the ignored), with the words of one synonym class of the
``synonyms_file`` replaced by the class (Office/Bureau/Department/...; Project/Programme/Plan;
Group/Team; Relief/Alleviation/Reduction, extended from the glossary's one-word swaps of those
words) and a leading national qualifier (National/China/State) replaced by its class. An
``optional`` qualifier after "and" ("and Development") may be missing from one of the two.

Two names of one document are reported when their keys agree and their words do not (same words
in another order are the name-order rule's). Names differing in a place, a level, a number or the
head class have different keys and stay silent; so do an Office and its Leading Group (the one
has a word more), names listed in one sentence, and one-word references ("the Bank").

Numbered slogans ("Three Guarantees", "Two No-Worries and Three Guarantees"): the same numbers
and one word changed ("Three Packages") is the slogan renamed when the document's form is
established (``min_slogan_majority`` uses, or the glossary names it or a slogan it is a numbered
part of) and the changed form is used once and is no glossary term.

The form used at most ``max_rare`` times is reported whole with the more frequent form (on a tie
the earlier one) as suggestion.

Params: ``synonyms_file``, ``max_rare``, ``min_content``, ``min_slogan_majority``.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..lazymodel import BaseModel, ConfigDict, Field
from ._shared import per_glossary
# the names' tokens, possessives, sentence ends and connectors as name_substitution reads them
from .name_substitution import AND, POSSESSIVE, SENTENCE_END, TOKEN, _related_pairs

# ctx.memo namespaces this kind reads or writes: the engine frees each after its last user
MEMO = ("names",)

STOP = frozenset({"of", "and", "for", "the", "on", "in", "to", "&", "at", "a", "an"})
PREPOSITIONS = frozenset({"of", "for", "on", "in", "to", "at"})
# "the" inside a run not after a connector ("In June the Two Reviews") ends a sentence opener
BARE_THE = re.compile(r"(?<!\bof)(?<!\bfor)(?<!\band)(?<!\bon)(?<!\bin)(?<!\bto)\s+the\s+")
LIST = re.compile(r"\s(?:and|&)\s+the\s")
TAIL = re.compile(r"\s+(?:in|on|to|at)\s+")
LEAD = re.compile(r"(?:(?:the|of|and|for|in|on|to)\s+)*")
ENTRY = re.compile(r"^(class|leading)\s+(\w+)\s*(\(glossary\))?\s*:\s*(.+)$|^(optional|numeral|level)\s*:\s*(.+)$")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    synonyms_file: str = "name-synonyms.txt"
    max_rare: int = Field(1, ge=1)
    min_content: int = Field(2, ge=2)          # content words a name needs
    min_slogan_majority: int = Field(2, ge=1)  # uses the established slogan needs


class Synonyms:
    def __init__(self, classes, glossary_classes, leading, optional, numerals, levels=frozenset()):
        self.classes: dict[str, str] = classes            # word -> class
        self.glossary_classes: set[str] = glossary_classes
        self.leading: dict[str, str] = leading            # first word -> class
        self.optional: frozenset[str] = optional
        self.numerals: frozenset[str] = numerals          # words that number a slogan besides one, two ...
        self.levels: frozenset[str] = levels              # a place's level word after its name ("Danzhai County")


@functools.lru_cache(maxsize=8)
def _read(name: str) -> Synonyms:
    from ._datafile import data_lines

    path, lines = data_lines(name, "synonyms_file")
    classes, gl, leading, optional, numerals, levels = {}, set(), {}, set(), set(), set()
    for no, line in lines:
        line = line.strip()
        m = ENTRY.match(line)
        if m is None:
            raise ValueError(f"{path.name}:{no}: expected 'class NAME: words', 'leading NAME: words', 'numeral: words' or 'optional: words'")
        if m.group(5):
            {"optional": optional, "numeral": numerals, "level": levels}[m.group(5)].update(m.group(6).lower().split())
            continue
        target = classes if m.group(1) == "class" else leading
        cls = "<" + m.group(2).lower() + ">"
        for w in m.group(4).lower().split():
            target[w] = cls
        if m.group(3):
            gl.add(cls)
    return Synonyms(classes, gl, leading, frozenset(optional), frozenset(numerals), frozenset(levels))


def prepare(params: Params) -> Params:
    _read(params.synonyms_file)  # a missing or malformed file stops the start with one line
    return params


def _classes(ctx, syn: Synonyms) -> dict[str, str]:
    """The file's classes, extended by the glossary: a word that two renderings of one concept
    swap with a word of a glossary-extended class joins that class (one step, not transitively)."""
    if not syn.glossary_classes or ctx.glossary is None:
        return syn.classes

    def build():
        out = dict(syn.classes)
        for pair in _related_pairs(ctx):
            a, b = tuple(pair)
            for x, y in ((a, b), (b, a)):
                cls = syn.classes.get(x)
                if cls in syn.glossary_classes and y not in out:
                    out[y] = cls
        return out
    # keyed by syn itself, not its id: the key keeps it alive, so the id is never reused
    return per_glossary(ctx.glossary, ("name-synonym-classes", syn), build)


@functools.lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    from ..lang.en_nouns import singular_form

    w = POSSESSIVE.sub("", word.lower())
    return singular_form(w) or w


@functools.lru_cache(maxsize=8192)
def _number(word: str) -> bool:
    from ..lang.en_numbers import words_value

    return words_value(word.lower()) is not None


class Cand:
    """One occurrence of a candidate name. What depends on the words alone (``words``,
    ``lemmas``) is shared by every occurrence of the same text; the text is sliced on demand."""

    __slots__ = ("seg", "start", "end", "words", "lemmas", "order", "whole", "form")

    def __init__(self, seg, start, end, words, lemmas, order):
        self.seg, self.start, self.end, self.order = seg, start, end, order
        self.words, self.lemmas = words, lemmas
        self.whole = True  # the whole run of capitalised words, as the name-order rule sees it

    @property
    def text(self) -> str:
        return self.seg.original[self.start:self.end]


def _parts(text: str, p: Params, numeral) -> list[tuple]:
    """The candidate names inside one run of capitalised words ``text``, as (offset, end,
    words, lemmas); a function of the run's text, so computed once per distinct run."""
    m = BARE_THE.search(text)  # "In June the Two Reviews": a sentence opener runs into the name
    base = m.end() if m else 0
    # "the X Office and the Y Bureau": each part may be a name; "... Program in May": a
    # phrase after the name runs into it
    starts, ends = {base}, {len(text)}
    first = TOKEN.match(text, base)
    for m in AND.finditer(text, base):
        ends.add(m.start())
        # a second name starts after "and the", or after "and" when it repeats the first
        # word ("County X Bureau and County Y Bureau"); after a bare "and" inside a name
        # ("Development and Reform Bureau") the rest is no name of its own
        nxt = TOKEN.match(text, m.end())
        if "the" in m.group() or (first and text.startswith(first.group() + " ", m.end())) \
                or (nxt and numeral(nxt.group())):  # "Two X and Three Y": numbered parts
            starts.add(m.end())
    ends.update(m.start() for m in TAIL.finditer(text, base))
    parts = {(a, text[a:b]) for a in starts for b in ends if a < b}
    out = []
    for off, part in sorted(parts):
        lead = LEAD.match(part)  # "the ..." left by a sentence opener ("Graduates of the ...")
        off, part = off + lead.end(), part[lead.end():]
        if LIST.search(part):
            continue  # "the X Office and the Y Commission" lists two bodies: its parts are compared
        toks = list(TOKEN.finditer(part))
        words = tuple(t.group() for t in toks)
        if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
            continue
        if sum(w.lower() not in STOP for w in words) >= p.min_content:
            lemmas = tuple(_lemma(x) for w in words for x in w.split("-") if x and x.lower() not in STOP)
            out.append((off, off + toks[-1].end(), words, lemmas))
    return out


def _name_parts(ctx, p: Params, numeral, parts_of: dict):
    """(name, its candidate parts) for every name of the document; ``parts_of`` keeps the parts
    of each distinct run (names recur: each is taken apart once)."""
    from .name_variants import _names

    for n in _names(ctx):
        text = n.seg.text[n.start:n.end]
        parts = parts_of.get(text)
        if parts is None:
            parts = parts_of[text] = _parts(text, p, numeral)
        yield n, parts


def _candidates(named: list, wanted=None) -> list[Cand]:
    """The candidate names in document order, from (name, parts) pairs; with ``wanted``, only
    those whose words are in it (``order`` still counts every candidate, so the others'
    absence changes no comparison)."""
    out: list[Cand] = []
    k = 0
    for n, parts in named:
        for off, end, words, lemmas in parts:
            if wanted is None or words in wanted:
                c = Cand(n.seg, n.start + off, n.start + end, words, lemmas, k)
                c.whole = (c.start, c.end) == (n.start, n.end)
                out.append(c)
            k += 1
    return out


def _two_way_words(parts_of: dict, classes, syn, p) -> set:
    """The distinct names (their words) that can be in a group written two ways: a group of
    ``_pairs`` holds the candidates sharing one of its keys, and a group with one form is
    skipped, so only names whose key is shared by another form need a candidate object."""
    protos: dict[tuple, Cand] = {}
    for parts in parts_of.values():
        for _, _, words, lemmas in parts:
            if words not in protos:
                protos[words] = Cand(None, 0, 0, words, lemmas, 0)
    forms_by_key: dict[tuple, set] = defaultdict(set)
    for c in protos.values():
        c.form = _form(c)
        keys, slogans = _bucket_keys(c, classes, syn, p)
        for k in keys:
            forms_by_key[("k", k)].add(c.form)
        for k in slogans:
            forms_by_key[("s", k)].add(c.form)
    two_way = set()
    for forms in forms_by_key.values():
        if len(forms) > 1:
            two_way |= forms
    return {w for w, c in protos.items() if c.form in two_way}


def _key(c: Cand, classes, syn: Synonyms, drop_optional: bool):
    """The bag of class keys; with ``drop_optional`` the optional qualifiers written after
    "and" are left out (None when there is none)."""
    keys, dropped = [], False
    low = [w.lower() for w in c.words]
    li = 0
    for k, w in enumerate(low):
        if w in STOP:
            continue
        for part in w.split("-"):
            if not part or part in STOP:  # as Cand.lemmas ("Mother-and-Child")
                continue
            lem = c.lemmas[li]
            li += 1
            if drop_optional and lem in syn.optional and k > 0 and low[k - 1] in ("and", "&"):
                dropped = True
                continue
            if drop_optional and li == 2 and lem in syn.levels and len(c.lemmas) >= 4 \
                    and c.lemmas[0] not in syn.levels and c.lemmas[0] not in syn.leading:
                dropped = True  # "Danzhai County Poverty ... Office": the place's level word may go
                continue
            if li == 1 and lem in syn.leading:
                keys.append(syn.leading[lem])
            else:
                keys.append(classes.get(lem, lem))
    if drop_optional and not dropped:
        return None
    return tuple(sorted(keys))


def _plural_head(c: Cand) -> bool:
    """Whether the head is plural: the word before the first preposition ("Department of
    Water Resources"), else the last word."""
    low = [w.lower() for w in c.words]
    k = next((i for i, w in enumerate(low) if w in PREPOSITIONS and i > 0), len(low)) - 1
    head = POSSESSIVE.sub("", low[k]).rsplit("-", 1)[-1]
    return _lemma(head) != head


def _content(c: Cand) -> list:
    """The written content words in any order: equal for a mere reordering, not for a word
    put in the plural ("Livelihoods" / "Livelihood")."""
    return sorted(p for w in c.form for p in w.split("-") if p and p not in STOP)


def _level(c: Cand, syn: Synonyms) -> str:
    """The level word after a name's first word ("County" in "Danzhai County X Office"), or ""."""
    low = [p for w in c.form for p in w.split("-") if p and p not in STOP]
    return low[1] if len(low) > 1 and low[1] in syn.levels else ""


def _bare(c: Cand, syn: Synonyms) -> list:
    """The content words without a level word after the first word (the place's name)."""
    low = [p for w in c.form for p in w.split("-") if p and p not in STOP]
    return sorted(low[:1] + low[2:]) if _level(c, syn) else _content(c)


def _form(c: Cand) -> tuple:
    """How a name is written: its words in order, case and possessive or closing quote aside."""
    return tuple(POSSESSIVE.sub("", w.lower()) for w in c.words)


def _same_sentence(a: Cand, b: Cand) -> bool:
    if a.seg is not b.seg:
        return False
    x, y = (a, b) if a.start <= b.start else (b, a)
    return x.end >= y.start or SENTENCE_END.search(x.seg.text, x.end, y.start) is None


def _glossary_term(ctx, c: Cand) -> bool:
    g = ctx.glossary
    if g is None:
        return False
    return any(m.start == 0 and m.end == len(c.text) for m in g.match(c.text))


def _glossary_slogans(ctx) -> frozenset:
    """Numbered slogans the glossary names, and their numbered parts ("two no-worries and
    three guarantees", "three guarantees"), lower case."""
    g = ctx.glossary
    if g is None:
        return frozenset()

    def build():
        out = set()
        for c in g.concepts:
            for t in c.en:
                if t.status not in ("preferred", "admitted"):
                    continue
                text = t.text.lower()
                for part in [text] + AND.split(text):
                    words = part.split()
                    if len(words) >= 2 and _number(words[0]):
                        out.add(" ".join(POSSESSIVE.sub("", w) for w in words))
        return frozenset(out)
    return per_glossary(g, "glossary-slogans", build)


def _bucket_keys(c: Cand, classes, syn, p) -> tuple[list, list]:
    """The keys under which ``_pairs`` files a candidate: its class keys (with and without an
    optional qualifier) and its numbered-slogan keys. A function of the words alone."""
    keys, slogans = [], []
    if len(c.lemmas) >= p.min_content:
        keys.append(("k",) + _key(c, classes, syn, False))
        reduced = _key(c, classes, syn, True)
        if reduced is not None:
            keys.append(("k",) + reduced)

    def num(w):
        return w in syn.numerals or _number(w)

    if num(c.words[0].lower()) and 2 <= len(c.lemmas) <= 6:  # "Five-Year Plan" is no slogan
        shape = tuple(w if num(w) else "_" for w in c.lemmas)
        for i, w in enumerate(c.lemmas):
            if not num(w):
                slogans.append(shape + (i,) + c.lemmas[:i] + c.lemmas[i + 1:])
    return keys, slogans


def _pairs(cands, classes, syn, p):
    """Pairs of distinct forms that one body's name may take: same key (optional qualifier
    aside), different words (not just their order)."""
    keys_of: dict[tuple, tuple] = {}  # per distinct words: most candidates repeat a name
    for c in cands:
        if c.words not in keys_of:
            keys_of[c.words] = _bucket_keys(c, classes, syn, p)
    buckets: dict[tuple, list[Cand]] = defaultdict(list)
    for c in cands:
        for k in keys_of[c.words][0]:
            buckets[k].append(c)
    for group in buckets.values():
        yield group, False
    # numbered slogans: same numbers in the same places, one other word changed
    slogans: dict[tuple, list[Cand]] = defaultdict(list)
    for c in cands:
        for k in keys_of[c.words][1]:
            slogans[k].append(c)
    for group in slogans.values():
        yield group, True


def run(rule, ctx):
    p: Params = rule.params
    syn = _read(p.synonyms_file)
    numeral = lambda w: w.lower() in syn.numerals or _number(w)  # noqa: E731
    parts_of: dict[str, list] = {}
    named = [(n, parts) for n, parts in _name_parts(ctx, p, numeral, parts_of) if parts]
    if sum(len(parts) for _, parts in named) < 2:
        return
    classes = _classes(ctx, syn)
    cands = _candidates(named, _two_way_words(parts_of, classes, syn, p))
    del named
    by_form: dict[tuple, list[Cand]] = defaultdict(list)
    forms: dict[tuple, tuple] = {}
    for c in cands:
        c.form = forms.get(c.words)
        if c.form is None:
            c.form = forms[c.words] = _form(c)
        by_form[c.form].append(c)
    reported: set[tuple] = set()
    for group, slogan in _pairs(cands, classes, syn, p):
        if len({c.form for c in group}) < 2:
            continue  # one name, however often (most groups)
        forms: dict[tuple, list[Cand]] = {}
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for c in group:
            spans[id(c.seg)].append((c.start, c.end))
        for c in group:
            if any(a <= c.start and c.end <= b and (a, b) != (c.start, c.end) for a, b in spans[id(c.seg)]):
                continue  # a part of a longer name of the same body: the longer one is compared
            forms.setdefault(c.form, by_form[c.form])
        if len(forms) < 2:
            continue
        # the established form: most uses, then the earliest
        model_form = max(forms, key=lambda f: (len(forms[f]), -forms[f][0].order))
        model_occ = forms[model_form]
        model = model_occ[0]
        for form, occ in forms.items():
            if form == model_form or len(occ) > p.max_rare or len(occ) >= len(model_occ) and occ[0].order < model.order:
                continue
            la, lb = _level(occ[0], syn), _level(model, syn)
            if la and lb and la != lb:
                continue  # two places: "Mianyang City" / "Mianyang County"
            if bool(la) != bool(lb) and _bare(occ[0], syn) == _bare(model, syn):
                continue  # the same name with or without its place's level word ("Danzhai County
                # X Office" / "Danzhai X Office"): a short form, not another name
            if _content(occ[0]) == _content(model) and (
                    len(model.lemmas) < 3 or all(c.whole for c in occ + model_occ)):
                continue  # the same words in another order: the name-order rule's, unless one is
                # a part of a longer run ("the Department of X and the County Y Bureau"), which it
                # does not see
            if _plural_head(occ[0]) != _plural_head(model):
                continue  # "the Poverty Alleviation Offices" of many counties are not one body
            if slogan:
                if _glossary_term(ctx, occ[0]) or (len(model_occ) < p.min_slogan_majority
                                                   and " ".join(model.form) not in _glossary_slogans(ctx)):
                    continue  # the slogan needs the document's repeated use or the glossary's word
            elif _glossary_term(ctx, occ[0]) and _glossary_term(ctx, model):
                continue  # two glossary names: two concepts, or the term-consistency rule's
            if any(_same_sentence(o, m) for o in occ for m in model_occ):
                continue  # listed together: two bodies
            for o in occ:
                if (id(o.seg), o.start, o.end) in reported:
                    continue
                reported.add((id(o.seg), o.start, o.end))
                yield rule.finding(o.seg, o.start, o.end, suggestions=(model.text,),
                                   other=model.text, count=len(model_occ))
