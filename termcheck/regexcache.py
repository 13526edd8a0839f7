"""Compiled ``regex`` and ``re`` patterns kept on disk: a start-up compiles none of the ~250
patterns of the kinds again.

The ``regex`` package compiles a pattern in two steps: a parser and optimiser written in Python
(``regex._main._compile``, about 0.3 ms a pattern, most of the cost) produce a flat code list,
from which the C extension builds the pattern object (``_regex.compile``, microseconds). This
module records the arguments of that second step for each (pattern, flags) the first time it is
compiled, and keeps them in the cache directory (marshal data, one file per ``regex`` and Python
version), so later processes go straight to the C step. The result is the same pattern object.
The standard library's ``re`` works the same way (``re._compiler.compile`` -> ``_sre.compile``)
and is cached alike (its own in-process cache still comes first).

Only plain patterns are cached: str patterns without named lists, DEBUG or LOCALE (whose compiled
form depends on the locale). Anything unexpected (an unknown ``regex`` layout, a cache file that
does not load, arguments that do not marshal) falls back to ``regex``'s own compile.
``TERMCHECK_NO_CACHE`` turns the cache off. ``install()`` is called when an engine is built.
"""
from __future__ import annotations

import marshal
import os
import sys

FORMAT = 2  # v2: code lists stored as bytes (array "I"), decoded only for the patterns a run uses
MAX_PATTERNS = 4000  # patterns built from input text would grow the file: start afresh beyond this
# ... and beyond this size (marshal bytes): every start unmarshals the whole file. Patterns a
# library builds from a set (a different order in each process: a new 100 KB pattern at every
# bilingual run) grew a shared cache to 20 MB, ~85 M instructions at each start (this code's own
# patterns take ~0.5 MB). Beyond either bound, the file keeps what the saving process used.
MAX_BYTES = 2_000_000
_STATE: dict = {}


class _Recorder:
    """Stands in for a regex engine's C module during one compile, to catch the arguments of its
    compile() (the rest is passed through)."""

    def __init__(self, real_c):
        self.real_c, self.args = real_c, None

    def __getattr__(self, name):
        return getattr(self.real_c, name)

    def compile(self, *args):
        self.args = args
        return self.real_c.compile(*args)


def _file():
    import regex

    from .glossary.cache import cache_dir

    d = cache_dir()
    if d is None:
        return None
    py = "%d%d" % sys.version_info[:2]
    return d / f"regex-{regex.__version__}-py{py}-v{FORMAT}.marshal"


def _packed(args):
    """The compile arguments, marshal-ready: the code list (thousands of ints, slow to unmarshal
    as a list) as the bytes of an array of unsigned 32-bit ints; None when it does not fit."""
    from array import array

    code = args[2]
    # ``re`` writes its opcodes as int subclasses (re._constants._NamedIntConstant): ints all the same
    if not isinstance(code, list) or not all(isinstance(c, int) and 0 <= c < 2 ** 32 for c in code):
        return None
    plain = _plain((args[0], args[1], None, *args[3:]))
    try:
        marshal.dumps(plain)
    except ValueError:
        return None
    return (*plain[:2], array("I", code).tobytes(), *plain[3:])


def _unpacked(args):
    from array import array

    return (*args[:2], array("I", args[2]).tolist(), *args[3:])


def _plain(value):
    """Enum flags -> int (marshal takes exact built-in types only)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def install() -> None:
    """Route ``regex`` compiles through the disk cache (once per process)."""
    if _STATE or os.environ.get("TERMCHECK_NO_CACHE"):
        return
    _STATE["installed"] = True
    try:
        import regex
        import regex._main as main

        real_c = main._regex
        original = main._compile
        skip_flags = int(regex.DEBUG) | int(regex.LOCALE)
        path = _file()
    except Exception:  # another regex layout: leave it alone
        return
    stored: dict = {}
    oversized = False  # a file past MAX_BYTES (written by an older version) is rewritten at exit
    if path is not None:
        try:
            with open(path, "rb") as f:
                raw = f.read()
            oversized = len(raw) > MAX_BYTES
            stored = marshal.loads(raw)
            if not isinstance(stored, dict):
                stored = {}
        except Exception:
            stored = {}
    live: dict = {}
    new: dict = {}
    used: set = set()  # stored keys this process took (what a file past its bounds keeps)
    _STATE["used"] = used
    import threading

    lock = threading.Lock()  # the C module is swapped for a recorder during one compile

    def _compile(pattern, flags, ignore_unused, kwargs, cache_it):
        if kwargs or type(pattern) is not str or int(flags) & skip_flags:
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        key = (pattern, int(flags), int(getattr(regex, "DEFAULT_VERSION", 0)))
        compiled = live.get(key)
        if compiled is not None:
            return compiled
        args = stored.get(key)
        if args is not None:
            try:
                compiled = live[key] = real_c.compile(*_unpacked(args))
                used.add(key)
                return compiled
            except Exception:
                pass
        recorder = _Recorder(real_c)
        with lock:
            main._regex = recorder
            try:
                compiled = original(pattern, flags, ignore_unused, kwargs, cache_it)
            finally:
                main._regex = real_c
        args = recorder.args
        if args is not None and args[0] is pattern and not int(args[1]) & skip_flags:
            plain = _packed(args)
            if plain is None:
                return compiled
            if len(live) > MAX_PATTERNS:
                live.clear()
            new[key] = plain
            live[key] = compiled
        return compiled

    main._compile = _compile
    _install_re(stored, new, used, lock)
    if path is not None:
        import atexit

        atexit.register(_save, path, stored, new, used, oversized)


def _install_re(stored: dict, new: dict, used: set, lock) -> None:
    """The same for the standard library's ``re`` (``re._compiler.compile``: a Python parser and
    code generator, then ``_sre.compile``); keys start with "re"."""
    try:
        import re
        from re import _compiler

        real_c = _compiler._sre
        original = _compiler.compile
        skip_flags = int(re.DEBUG) | int(re.LOCALE)
    except Exception:
        return

    def compile(p, flags=0):
        if type(p) is not str or int(flags) & skip_flags:
            return original(p, flags)
        key = ("re", p, int(flags))
        args = stored.get(key)
        if args is not None:
            try:
                compiled = real_c.compile(*_unpacked(args))
                used.add(key)
                return compiled
            except Exception:
                pass
        recorder = _Recorder(real_c)
        with lock:
            _compiler._sre = recorder
            try:
                compiled = original(p, flags)
            finally:
                _compiler._sre = real_c
        args = recorder.args
        if args is not None and args[0] is p:
            plain = _packed(args)
            if plain is not None:
                new[key] = plain
        return compiled

    _compiler.compile = compile


def _save(path, stored: dict, new: dict, used=frozenset(), oversized: bool = False) -> None:
    """At exit, when the process compiled patterns the file lacks (or the file was past MAX_BYTES):
    the file's patterns and the new ones, or, past MAX_PATTERNS or MAX_BYTES, only those this
    process used and the new ones."""
    if not new and not oversized:
        return
    try:
        from .fsutil import atomic_write_bytes

        path.parent.mkdir(parents=True, exist_ok=True)
        merged = {**stored, **new}
        data = marshal.dumps(merged) if len(merged) <= MAX_PATTERNS else None
        if data is None or len(data) > MAX_BYTES:
            data = marshal.dumps({**{k: stored[k] for k in used if k in stored}, **new})
        atomic_write_bytes(str(path), data)
    except Exception:
        pass
