"""Glossaries: read TBX (v2, v3 DCA/DCT), TSV and CSV; match their terms in texts.

    g = load_glossaries([data_dir("glossary"), "ours.tsv"], texts=[("inline.tsv", "zh\\ten\\n...")])
    g.match(text)          # English terms: leftmost-longest, non-overlapping, inflection-aware
    g.match_source(text)   # Chinese terms
    g.words(), g.acronyms(), g.lookup("扶贫")

Built glossaries are cached on disk by content (see ``cache.py``).
"""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import GlossaryError
from .index import Glossary
from .model import STATUSES, Concept, SourceMatch, Term, TermMatch

__all__ = ["load_glossaries", "read_glossary", "parse_glossary", "Glossary", "Concept", "Term",
           "TermMatch", "SourceMatch", "STATUSES", "GlossaryError", "EXTENSIONS"]

EXTENSIONS = (".tbx", ".tsv", ".csv")


def _expand(paths) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(f for f in p.iterdir() if f.suffix.lower() in EXTENSIONS and f.is_file()))
        elif p.is_file():
            files.append(p)
        else:
            raise GlossaryError(f"{p}: glossary not found")
    return files


def _read_sources(paths, texts) -> list[tuple[str, bytes]]:
    sources = []
    for f in _expand(paths):
        try:
            sources.append((str(f), f.read_bytes()))
        except OSError as exc:
            raise GlossaryError(f"{f}: cannot read glossary: {exc.strerror or exc}") from None
    for name, content in texts or ():
        sources.append((name, content.encode("utf-8") if isinstance(content, str) else content))
    return sources


def parse_glossary(data: bytes, name: str) -> list[Concept]:
    """Concepts of one glossary file's content; the format follows the extension (or content)."""
    from .tabular import read_table
    from .tbx import read_tbx

    ext = os.path.splitext(name)[1].lower()
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    if ext in (".tbx", ".xml") or (ext not in (".tsv", ".csv", ".tab", ".txt") and head.startswith(b"<")):
        return read_tbx(data, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise GlossaryError(f"{name}:{line}: not valid UTF-8") from None
    if ext == ".csv":
        return read_table(text, name, ",")
    if ext in (".tsv", ".tab", ".txt") or "\t" in text.split("\n", 1)[0]:
        return read_table(text, name, "\t")
    if ext:
        raise GlossaryError(f"{name}: unknown glossary format {ext!r} (use .tbx, .tsv or .csv)")
    return read_table(text, name, ",")


def read_glossary(path) -> list[Concept]:
    p = Path(path)
    try:
        return parse_glossary(p.read_bytes(), str(p))
    except OSError as exc:
        raise GlossaryError(f"{p}: cannot read glossary: {exc.strerror or exc}") from None


def load_glossaries(paths, texts=()) -> Glossary:
    """Load and merge glossaries (files or directories of .tbx/.tsv/.csv, then inline
    ``(name.ext, content)`` texts). Later inputs win where two define the same English form."""
    from . import cache

    sources = _read_sources(paths, texts)
    key = cache.content_key(sources, Glossary.LAYOUT)
    g = cache.load(key)
    # a process running older code may have written this key: check the layout it built
    if isinstance(g, Glossary) and getattr(g, "layout", None) == Glossary.LAYOUT and isinstance(g._blob, bytes):
        g.sources = [n for n, _ in sources]
        g.content_key = key
        return g
    concepts: list[Concept] = []
    origins: list[int] = []
    seen_ids: set[str] = set()
    for i, (name, data) in enumerate(sources):
        for c in parse_glossary(data, name):
            if c.id in seen_ids:  # ids are only unique within one file
                c.id = f"{Path(name).stem}:{c.id}"
            seen_ids.add(c.id)
            concepts.append(c)
            origins.append(i)
    g = Glossary.build(concepts, origins, [n for n, _ in sources])
    from .nearmiss import index_for

    index_for(g, concepts)  # build the near-miss index now so that it is cached too
    cache.save(key, g)
    g.content_key = key
    return g
