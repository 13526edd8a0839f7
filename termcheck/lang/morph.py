"""English word classes and inflections from lemminflect's lexicon (the SPECIALIST lexicon's
inflection table that ships in the lemminflect wheel).

lemminflect's own loader takes about a second and a half, so the table is read once, reduced to
one dict (word -> its Penn tags with their lemmas) and kept on disk beside the glossary cache
(marshal, ~30 ms to load). Everything here is lower-case and cached per word.

``tags(word)`` -> {"NN": ("county",), "NNS": ..., "VB": ..., "VBD", "VBN", "VBG", "VBZ", "JJ", "RB"}
maps each tag the word can have to its lemma(s). Words the lexicon lacks but policy texts count
are listed in ``extra_nouns.txt`` (regular plurals built by lemminflect's rules).
"""
from __future__ import annotations

import hashlib
import marshal
import os
from functools import lru_cache
from pathlib import Path

FORMAT = b"termcheck-morph-v1"
# column order of lemminflect's infl_lu.csv: lemma,category,forms...
_COLUMNS = {"noun": ("NNS",), "adj": ("JJR", "JJS"), "adv": ("RBR", "RBS"),
            "verb": ("VBD", "VBN", "VBG", "VBZ")}
_BASE = {"noun": ("NN",), "adj": ("JJ",), "adv": ("RB",), "verb": ("VB",)}
_EXTRA = Path(__file__).with_name("extra_nouns.txt")

_TABLE: dict[str, str] | None = None


def _source() -> Path:
    """lemminflect's inflection table, found without importing the package (numpy, ~0.1 s)."""
    import importlib.util
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.origin:
        raise ImportError("lemminflect is not installed (pip install lemminflect)")
    return Path(spec.origin).parent / "resources" / "infl_lu.csv.gz"


def _stamp() -> str:
    h = hashlib.sha256(FORMAT)
    for f in (Path(__file__), _EXTRA):
        h.update(f.read_bytes())
    st = _source().stat()  # a new lemminflect release changes its table
    h.update(b"%d/%d" % (st.st_size, st.st_mtime_ns))
    return h.hexdigest()[:24]


def _build() -> dict[str, str]:
    entries: dict[str, dict[str, set[str]]] = {}
    forms: dict[str, dict[str, str]] = {}  # lemma -> tag -> first spelling

    def add(word, tag, lemma):
        entries.setdefault(word.lower(), {}).setdefault(tag, set()).add(lemma.lower())

    import gzip  # only to build the table (the cache holds it): not imported at every start

    with gzip.open(_source(), "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(",")
            lemma, cat = parts[0], parts[1]
            # proper nouns and multi-word entries play no part in the checks
            if cat not in _COLUMNS or not lemma.isascii() or not lemma.replace("-", "").isalpha() \
                    or not lemma.islower():
                continue
            for tag in _BASE[cat]:
                add(lemma, tag, lemma)
            vbd = ""
            for tag, col in zip(_COLUMNS[cat], parts[2:]):
                if tag == "VBN" and not col:
                    col = vbd  # an empty past participle is the same as the past tense
                if tag == "VBD":
                    vbd = col
                spellings = [s for s in col.split("/") if s]
                for form in spellings:
                    add(form, tag, lemma)
                if spellings:
                    # prefer a spelling that differs from the lemma ("equipments/equipment")
                    pick = next((s for s in spellings if s != lemma), spellings[0])
                    forms.setdefault(lemma, {}).setdefault(tag, pick)
    from lemminflect.core.InflectionRules import InflectionRules
    for line in _EXTRA.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) == 1:  # a singular the lexicon lacks: regular plural
            add(words[0], "NN", words[0])
            plural = InflectionRules.buildRegNoun(words[0])[0]
            add(plural, "NNS", words[0])
            forms.setdefault(words[0], {})["NNS"] = plural
        elif len(words) == 2:  # "singular plural": a plural the lexicon does not link
            add(words[1], "NNS", words[0])
    _mark_countable(forms)
    table = {w: " ".join(f"{t}:{'/'.join(sorted(ls))}" for t, ls in sorted(d.items()))
             for w, d in entries.items()}
    table.update({"=" + lemma: " ".join(f"{t}:{f}" for t, f in sorted(d.items()))
                  for lemma, d in forms.items()})
    return table


def _mark_countable(forms: dict[str, dict[str, str]]) -> None:
    """The lexicon lists a plural even for mass nouns ("equipments", "informations", "percents");
    a noun counts as countable when its plural is at least 1% as frequent as its singular in
    pyspellchecker's English frequency list (household 7%, county 7%, percent 0.1%,
    equipment 0.5%, training 0.2%). Nouns missing from the list keep their plural."""
    from spellchecker import SpellChecker
    freq = SpellChecker(language="en").word_frequency
    for lemma, d in forms.items():
        plural = d.get("NNS")
        if not plural or plural == lemma:
            continue
        sg, pl = freq[lemma], freq[plural]
        if sg == 0 or pl >= 0.01 * sg:
            d["C"] = "1"


def _table() -> dict[str, str]:
    global _TABLE
    if _TABLE is not None:
        return _TABLE
    from ..glossary.cache import cache_dir, prune, touch
    d = None if os.environ.get("TERMCHECK_NO_CACHE") else cache_dir()
    from .packed import PackedStrings, pack

    # kept packed (packed.py): loads in a millisecond instead of building a dict of 90,000 words
    path = d / f"morph-packed-{_stamp()}.marshal" if d else None
    if path is not None:
        try:
            _TABLE = PackedStrings(marshal.loads(path.read_bytes()))
            touch(path)
            return _TABLE
        except Exception:  # missing, stale or corrupt: rebuild
            pass
    packed = pack(_build())
    _TABLE = PackedStrings(packed)
    if path is not None:
        try:
            d.mkdir(parents=True, exist_ok=True)
            import tempfile

            fd, tmp = tempfile.mkstemp(prefix=".morph-", dir=d)
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(packed))
            os.replace(tmp, path)
            prune(path)
        except OSError:
            pass
    return _TABLE


@lru_cache(maxsize=65536)
def tags(word: str) -> dict[str, tuple[str, ...]]:
    """Penn tags ``word`` can carry, each with its lemma(s); {} for unknown words."""
    raw = _table().get(word.lower())
    if not raw:
        return {}
    return {t: tuple(ls.split("/")) for t, ls in (p.split(":", 1) for p in raw.split(" "))}


def has_tag(word: str, *wanted: str) -> bool:
    t = tags(word)
    return any(w in t for w in wanted)


def only_tags(word: str, allowed: set[str] | frozenset[str]) -> bool:
    """The word is known and every tag it can carry is in ``allowed``."""
    t = tags(word)
    return bool(t) and set(t) <= allowed


@lru_cache(maxsize=16384)
def inflect(lemma: str, tag: str) -> str | None:
    """The form of ``lemma`` for ``tag`` (NNS, VBD, VBN, VBG, VBZ) from the lexicon; the lemma
    itself for NN/VB/VBP; None when the lexicon does not have it."""
    low = lemma.lower()
    if tag in ("NN", "VB", "VBP"):
        return low if tag[:2] in tags(low) else None
    raw = _table().get("=" + low)
    if not raw:
        return None
    return dict(p.split(":", 1) for p in raw.split(" ")).get(tag)


def countable_lemma(lemma: str) -> bool:
    raw = _table().get("=" + lemma.lower())
    return bool(raw) and " C:1" in " " + raw


def lemmas(word: str, *wanted: str) -> set[str]:
    """Lemmas of ``word`` under the given tags (all tags when none are given)."""
    t = tags(word)
    return {lemma for tag, ls in t.items() if not wanted or tag in wanted for lemma in ls}
