"""The English lexicon used by the spelling check.

Data: the English word-frequency list shipped by the ``pyspellchecker`` package (about 160,000
words with corpus counts, built from OpenSubtitles and filtered against SCOWL word lists, kept
up to date by its maintainer). It is a list made for spell checking: typos such as
``goverment`` are absent and the counts rank suggestions. It is American; British spellings
(``colour``, ``organisation``, ``programme``, ``centre``, ``defence``) are accepted by mapping
them to the American form, and regular inflections and prefixes (``re-``, ``non-``,
``-ing``, ``-ly``) of known words are accepted by stripping them.

Loaded once per process, on first use (``lexicon()``); lookups are cached per word.
"""
from __future__ import annotations

import functools
from collections import defaultdict

import regex

# British -> American respellings (whole-word regex, replacement). Applied singly and all together.
BRITISH = [
    (regex.compile(r"our(?=(s|ed|ing|able|ably|ite|ites|ful|less|er|ers|hood|hoods|ly)?$)"), "or"),
    (regex.compile(r"(?<=[a-z]{2})is(?=(e|es|ed|ing|er|ers|ation|ations|ational|able)$)"), "iz"),
    (regex.compile(r"(?<=[a-z]{2})ys(?=(e|es|ed|ing)$)"), "yz"),
    (regex.compile(r"(?<=[a-z]{2})tre(?=(s|d)?$)"), "ter"),
    (regex.compile(r"ogramme(?=(s|d)?$)"), "ogram"),
    (regex.compile(r"(?<=[a-z]{2})ence(?=s?$)"), "ense"),
    (regex.compile(r"(?<=[aeiou])ll(?=(ed|ing|er|ers)$)"), "l"),
    (regex.compile(r"(?<=[a-z]{3})l(?=(ment|ments)$)"), "ll"),
    (regex.compile(r"(?<=g)ement(?=s?$)"), "ment"),
    (regex.compile(r"ogue(?=s?$)"), "og"),
    (regex.compile(r"ae"), "e"),
    (regex.compile(r"oe(?=[a-z])"), "e"),
]
SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "ness", "ment", "ments", "er", "ers", "al", "ally",
            "ity", "ities", "ation", "ations", "ise", "ize", "ised", "ized", "isation", "ization")
PREFIXES = ("re", "un", "non", "pre", "co", "sub", "inter", "intra", "multi", "anti", "post", "pro",
            "over", "under", "semi", "self", "mis", "de", "dis", "counter", "cross", "trans",
            "super", "micro", "macro", "mini", "eco", "socio", "agro", "bio", "mid", "out", "up")
MIN_SUGGEST_COUNT = 50  # words rarer than this in the list are accepted but never suggested


class Lexicon:
    """A word -> count mapping with morphology-aware ``known`` and frequency-ranked ``suggest``."""

    def __init__(self, counts: dict[str, int], shipped: bool = False):
        self.counts = counts
        self.shipped = shipped  # the shipped list may keep its suggestion index on disk
        self._by_len: dict[int, list[str]] | None = None
        self.known = functools.lru_cache(maxsize=200_000)(self._known)
        self.suggest = functools.lru_cache(maxsize=20_000)(self._suggest)

    def __contains__(self, word: str) -> bool:
        return word in self.counts

    def _known(self, word: str) -> bool:
        """``word`` is lower-case, without hyphens."""
        if word in self.counts or self._british(word):
            return True
        return self._inflected(word) or self._prefixed(word)

    def _british(self, word: str) -> bool:
        together = word
        for pat, rep in BRITISH:
            alt = pat.sub(rep, word)
            if alt != word and alt in self.counts:
                return True
            together = pat.sub(rep, together)
        return together != word and together in self.counts

    def _inflected(self, word: str) -> bool:
        for suf in SUFFIXES:
            if not word.endswith(suf) or len(word) - len(suf) < 3:
                continue
            stem = word[: -len(suf)]
            cands = {stem, stem + "e"}
            if stem.endswith("i"):
                cands.add(stem[:-1] + "y")
            if len(stem) > 3 and stem[-1] == stem[-2]:
                cands.add(stem[:-1])
            if any(c in self.counts or self._british(c) for c in cands):
                return True
        return False

    def _prefixed(self, word: str) -> bool:
        for pre in PREFIXES:
            rest = word[len(pre):]
            if word.startswith(pre) and len(rest) >= 4 and (rest in self.counts or self._british(rest)
                                                             or self._inflected(rest)):
                return True
        return False

    def _index(self) -> dict[tuple[str, int], list[str]]:
        """Suggestion candidates bucketed by (first letter, length); built once, kept on disk."""
        if self._by_len is None:
            self._by_len = _cached("lexicon-index", self._build_index) if self.shipped else self._build_index()
        return self._by_len

    def _build_index(self) -> dict[tuple[str, int], list[str]]:
        by_key: dict[tuple[str, int], list[str]] = defaultdict(list)
        for w, c in self.counts.items():
            if c >= MIN_SUGGEST_COUNT and w.isalpha():
                by_key[(w[0], len(w))].append(w)
        return dict(by_key)

    def _edits1(self, w: str) -> set[str]:
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
        out = {a + b[1:] for a, b in splits if b}
        out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        out |= {a + c + b[1:] for a, b in splits if b for c in letters}
        out |= {a + c + b for a, b in splits for c in letters}
        return out

    def _suggest(self, word: str, limit: int = 3, max_distance: int | None = None) -> tuple[tuple[str, int], ...]:
        """Known words within a small edit distance (transpositions count one), nearest first,
        then most frequent: ((word, distance), ...). Distance 1 is searched exhaustively;
        distance 2 among words with the same first letter (typos rarely hit the first letter),
        which keeps a suggestion to about a millisecond."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        w = word.lower()
        if max_distance is None:
            max_distance = 1 if len(w) <= 4 else 2
        found: dict[str, int] = {}
        for cand in self._edits1(w):
            if self.counts.get(cand, 0) >= MIN_SUGGEST_COUNT and cand.isalpha():
                found[cand] = 1
        if max_distance >= 2 and w:
            index = self._index()
            for n in range(len(w) - max_distance, len(w) + max_distance + 1):
                choices = index.get((w[0], n))
                if not choices:
                    continue
                for cand, dist, _ in process.extract(w, choices, scorer=OSA.distance,
                                                     score_cutoff=max_distance, limit=None):
                    found.setdefault(cand, dist)
        ranked = sorted(found.items(), key=lambda kv: (kv[1], -self.counts[kv[0]], kv[0]))
        return tuple(ranked[:limit])


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped English lexicon, loaded on first use."""
    return Lexicon(_load_counts(), shipped=True)


def _resource():
    import os
    from importlib.resources import files

    try:
        resource = files("spellchecker") / "resources" / "en.json.gz"
        return str(resource), os.stat(str(resource))
    except (ImportError, ModuleNotFoundError, OSError):
        from ..errors import TermcheckError

        raise TermcheckError("the English word list is missing: install pyspellchecker "
                             "(pip install pyspellchecker), or --ignore TC410,TC221") from None


def _cached(name: str, build):
    """``build()`` memoised in the cache directory as marshal data, keyed by the word list's
    size and mtime; any cache problem falls back to building."""
    import marshal
    import os

    from ..glossary.cache import cache_dir

    _, stat = _resource()
    d = None if os.environ.get("TERMCHECK_NO_CACHE") else cache_dir()
    path = d / f"{name}-{stat.st_size}-{int(stat.st_mtime)}.marshal" if d else None
    if path is not None:
        try:
            with open(path, "rb") as f:
                data = marshal.loads(f.read())  # loads(read()) is much faster than load(file)
            if data:
                return data
        except (OSError, ValueError, EOFError, TypeError):
            pass
    data = build()
    if path is not None:
        try:
            from ..fsutil import atomic_write_bytes

            d.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(str(path), marshal.dumps(data))
        except (OSError, ValueError):
            pass
    return data


def _load_counts() -> dict[str, int]:
    """pyspellchecker's ``resources/en.json.gz`` read directly (its ``SpellChecker`` constructor
    re-tokenises the list and takes several times longer)."""
    def build():
        import gzip
        import json

        with gzip.open(_resource()[0]) as f:
            return {w.lower(): int(c) for w, c in json.loads(f.read()).items()}

    return _cached("lexicon-en", build)
