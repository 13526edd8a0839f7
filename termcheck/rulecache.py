"""Disk cache of the validated rule set (``load_rules``), like the glossary cache.

One file per rule set: ``rules-<key>.pkl`` in the cache directory (``$TERMCHECK_CACHE_DIR``,
else ``$XDG_CACHE_HOME/termcheck``, else ``~/.cache/termcheck``; ``TERMCHECK_NO_CACHE`` turns it
off). The key is a digest of the rule packs' text, the configuration's parameter overrides and
the code that validates them (this package's modules and its kinds), so any change rebuilds it.
It holds each rule's validated spec and parameters as plain objects (``lazymodel``), pickled
before ``prepare()``; the parameters apart, so that a kind's module is imported only when one of
its rules runs. Loading it imports neither yaml nor pydantic. A corrupt, unreadable or
old file is ignored and replaced (written to a temporary file, then renamed).
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path

FORMAT = b"termcheck-rules-v2"  # bump when the cached structure changes
_CODE: bytes | None = None


def _code_stamp() -> bytes:
    """Digest of the code that defines and validates rules: termcheck/*.py and kinds/*.py."""
    global _CODE
    if _CODE is None:
        pkg = Path(__file__).resolve().parent
        h = hashlib.sha256()
        for f in sorted(pkg.glob("*.py")) + sorted((pkg / "kinds").glob("*.py")):
            try:
                h.update(f.name.encode() + b"\0" + f.read_bytes())
            except OSError:
                pass
        _CODE = h.digest()
    return _CODE


def key(texts, overrides: dict | None) -> str:
    h = hashlib.sha256(FORMAT + _code_stamp())
    h.update(json.dumps(overrides or {}, sort_keys=True, default=repr).encode())
    for path, text in texts:
        h.update(b"\0" + str(path).encode() + b"\0" + hashlib.sha256(text.encode("utf-8")).digest())
    return h.hexdigest()[:32]


def _path(key: str, prefix: str = "rules") -> Path | None:
    if os.environ.get("TERMCHECK_NO_CACHE"):
        return None
    from .glossary.cache import cache_dir

    d = cache_dir()
    return d / f"{prefix}-{key}.pkl" if d is not None else None


def digest(*parts: bytes) -> str:
    """A cache key over ``parts`` and the code (``_code_stamp``)."""
    h = hashlib.sha256(FORMAT + _code_stamp())
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()[:32]


def load_object(prefix: str, key: str):
    """A pickled object saved with ``save(key, obj, prefix)``, or None."""
    path = _path(key, prefix)
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            obj = pickle.loads(f.read())
    except Exception:  # missing, stale or corrupt: rebuilt and replaced by save()
        return None
    from .glossary.cache import touch

    touch(path)
    return obj


def dumps(obj) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def load(key: str):
    """The cached [(spec, pickled params, path, line)], or None."""
    blobs = load_object("rules", key)
    try:
        return [pickle.loads(b) for b in blobs] if blobs is not None else None
    except Exception:
        return None


def save(key: str, blobs, prefix: str = "rules") -> bool:
    path = _path(key, prefix)
    if path is None:
        return False
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when writing: not imported at every start

        fd, tmp = tempfile.mkstemp(prefix=f".{prefix}-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(dumps(blobs))
        os.replace(tmp, path)
        from .glossary.cache import prune

        prune(path)
        return True
    except Exception:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False
