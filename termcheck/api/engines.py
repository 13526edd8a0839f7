"""The engines a server process holds: built once at start-up, plus cached variants per glossary choice.

Requests may pick among the glossaries the server loaded (by name) and add one inline glossary
text; they can never name a path. The glossary package is optional: without it the server runs
with no glossary, lists none and answers inline glossaries with 501.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from pathlib import Path

from ..config import Config, load_config
from ..engine import Engine, data_dir
from ..errors import TermcheckError
from .settings import Settings

DEFAULT_GLOSSARY = "default"


class UnknownGlossary(TermcheckError):
    """A request named a glossary the server did not load (422)."""


class GlossaryUnavailable(TermcheckError):
    """The glossary package is not installed in this build (501)."""


def glossary_module():
    try:
        from .. import glossary
    except ImportError:
        return None
    return glossary if hasattr(glossary, "load_glossaries") else None


class EngineStore:
    """The base engine and its glossary variants. Thread-safe: checks run in a thread pool."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.config: Config = load_config(Path(settings.config)) if settings.config else Config()
        self.sources: dict[str, list[str]] = {}  # glossary name -> paths
        if self.config.default_glossary:
            self.sources[DEFAULT_GLOSSARY] = [str(data_dir("glossary"))]
        for path in self.config.glossaries:
            self.sources[Path(path).stem] = [path]
        for name, path in settings.glossaries.items():
            self.sources[name] = [path]
        extra = [p for n, ps in self.sources.items() if n != DEFAULT_GLOSSARY for p in ps]
        self.config = self.config.model_copy(update={"glossaries": extra})
        self.base = Engine.from_config(self.config)
        self._lock = threading.Lock()
        self._variants: OrderedDict[tuple, Engine] = OrderedDict()
        self._glossaries: dict[str, object] = {}

    @property
    def glossary_names(self) -> list[str]:
        return list(self.sources) if glossary_module() else []

    def _config_for(self, names: list[str]) -> Config:
        unknown = [n for n in names if n not in self.sources]
        if unknown:
            loaded = ", ".join(self.glossary_names) or "none"
            raise UnknownGlossary(f"unknown glossary {unknown[0]!r} (this server loaded: {loaded})")
        paths = [p for n in names if n != DEFAULT_GLOSSARY for p in self.sources[n]]
        return self.config.model_copy(update={"default_glossary": DEFAULT_GLOSSARY in names, "glossaries": paths})

    def engine_for(self, names: list[str] | None = None, inline: tuple[str, str] | None = None) -> Engine:
        """The engine for a glossary choice (None: every loaded glossary) and an optional inline glossary."""
        if names is None and inline is None:
            return self.base
        if inline is not None and glossary_module() is None:
            raise GlossaryUnavailable("inline glossaries need the glossary package, which this server lacks")
        chosen = sorted(set(self.sources if names is None else names))
        config = self._config_for(chosen)
        digest = hashlib.sha256(inline[1].encode("utf-8")).hexdigest() + inline[0] if inline else ""
        key = (tuple(chosen), digest)
        with self._lock:
            engine = self._variants.get(key)
            if engine is not None:
                self._variants.move_to_end(key)
                return engine
        engine = Engine.from_config(config, glossary_texts=[inline] if inline else None)
        with self._lock:
            self._variants[key] = engine
            while len(self._variants) > 16:
                self._variants.popitem(last=False)
        return engine

    def glossary(self, name: str):
        """One loaded glossary on its own (for listing and term look-up)."""
        gl = glossary_module()
        if gl is None or name not in self.sources:
            loaded = ", ".join(self.glossary_names) or "none"
            raise UnknownGlossary(f"unknown glossary {name!r} (this server loaded: {loaded})")
        with self._lock:
            if name not in self._glossaries:
                self._glossaries[name] = gl.load_glossaries(self.sources[name], [])
            return self._glossaries[name]
