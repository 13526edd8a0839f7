"""Patterns compiled on first use: a rule's ``prepare()`` runs at every start, and most
patterns are never needed on a given document (compiling ~150 ``regex`` patterns cost ~0.1 s).

``lazy_compile(pattern, flags)`` returns an object that behaves like the compiled pattern; the
first attribute access (``.search``, ``.finditer``...) compiles it and keeps the bound methods,
so later calls cost nothing extra. When the rule set is (re)built from its YAML, the rule
loader compiles every lazy pattern once (``compile()``), so a bad pattern is still reported
when the rules load, naming the rule.
"""
from __future__ import annotations


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0, module: str = "regex"):
        self._source, self._flags, self._module = pattern, flags, module

    def compile(self):
        rx = self.__dict__.get("_rx")
        if rx is None:
            import importlib

            rx = importlib.import_module(self._module).compile(self._source, self._flags)
            self.__dict__["_rx"] = rx
        return rx

    def __getattr__(self, name):
        if name.startswith("__") or name in ("_source", "_flags", "_module", "_rx"):
            raise AttributeError(name)
        value = getattr(self.compile(), name)
        self.__dict__[name] = value
        return value

    def __reduce__(self):
        return LazyPattern, (self._source, self._flags, self._module)

    def __repr__(self):
        return f"lazy_compile({self._source!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0, module: str = "regex") -> LazyPattern:
    """``regex.compile`` (or ``re.compile`` with ``module="re"``), deferred to first use."""
    return LazyPattern(pattern, flags, module)
