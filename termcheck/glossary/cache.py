"""Disk cache of built glossaries, keyed by a hash of their content.

Location: ``$TERMCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/termcheck``, else ``~/.cache/termcheck``.
Any problem (unwritable directory, stale or corrupt file) silently falls back to building.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

# bump when the built structure or the matching rules change
FORMAT = b"termcheck-glossary-v7"


def cache_dir() -> Path | None:
    if os.environ.get("TERMCHECK_CACHE_DIR"):
        return Path(os.environ["TERMCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "termcheck"


# files of one kind (a key's prefix: "glossary", "rules", "hunspell-en-words-v4" ...) kept in the
# cache directory: every new release, rule pack or glossary writes a new key, and nothing else
# removes the old ones (a developer's cache grew to ~400 MB in a day)
KEEP_PER_KIND = 16


def prune(written: Path, keep: int = KEEP_PER_KIND) -> None:
    """After ``written`` was saved: remove the least recently used files of its kind beyond
    ``keep`` (use = written or loaded: loads ``touch`` their file). Best effort, never raises."""
    try:
        kind, ext = written.name.rsplit("-", 1)[0], written.suffix
        same = [f for f in written.parent.glob(f"{kind}-*{ext}")
                if f.name.rsplit("-", 1)[0] == kind and f != written]
        if len(same) < keep:
            return
        same.sort(key=lambda f: f.stat().st_mtime, reverse=True)
        for f in same[keep - 1:]:
            f.unlink(missing_ok=True)
    except OSError:
        pass


def touch(path: Path) -> None:
    """Mark a cache file as used (its mtime orders ``prune``); best effort."""
    try:
        os.utime(path)
    except OSError:
        pass


# what the built index depends on outside this package: the inflections of every term come from
# the English noun lexicon (lang.en_nouns over lang.morph's table of lemminflect's data)
_LANG_FILES = ("en_nouns.py", "morph.py", "extra_nouns.txt", "measure_nouns.txt")


def _code_stamp() -> bytes:
    """A digest of the glossary package's own source and of the lexicon code it builds with: a
    cache written by other code (another checkout, an older release, a changed pluraliser) is
    never read, even if nobody bumped FORMAT."""
    global _STAMP
    if _STAMP is None:
        here = Path(__file__).resolve().parent
        lang = here.parent / "lang"
        h = hashlib.sha256()
        for f in sorted(here.glob("*.py")) + [lang / n for n in _LANG_FILES]:
            try:
                h.update(f.name.encode() + b"\0" + f.read_bytes())
            except OSError:
                pass
        h.update(_lemminflect_stamp())
        _STAMP = h.digest()
    return _STAMP


def _lemminflect_stamp() -> bytes:
    """Size and time of lemminflect's inflection table (a new release changes the plurals), found
    without importing the package; empty when it is not installed."""
    try:
        from ..lang.morph import _source

        st = _source().stat()
        return b"%d/%d" % (st.st_size, st.st_mtime_ns)
    except Exception:  # not installed or moved: the lexicon code reports that itself
        return b""


_STAMP: bytes | None = None


def content_key(sources: list[tuple[str, bytes]], layout: int = 0) -> str:
    h = hashlib.sha256(FORMAT + b"/%d" % layout + _code_stamp())
    for name, data in sources:
        h.update(b"\0" + os.path.splitext(name)[1].lower().encode() + b"\0")
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()[:32]


def load(key: str):
    d = cache_dir()
    if d is None or os.environ.get("TERMCHECK_NO_CACHE"):
        return None
    path = d / f"glossary-{key}.pkl"
    try:
        with open(path, "rb") as f:
            obj = pickle.load(f)
        touch(path)
        return obj
    except FileNotFoundError:
        return None
    except Exception:  # stale or corrupt: rebuild, and let save() replace it
        return None


def save(key: str, obj) -> bool:
    d = cache_dir()
    if d is None or os.environ.get("TERMCHECK_NO_CACHE"):
        return False
    try:
        d.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when writing: not imported at every start

        fd, tmp = tempfile.mkstemp(prefix=".glossary-", dir=d)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, d / f"glossary-{key}.pkl")
        prune(d / f"glossary-{key}.pkl")
        return True
    except Exception:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except Exception:
            pass
        return False
