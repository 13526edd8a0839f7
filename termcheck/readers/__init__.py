"""Readers: bytes of a file -> ``Document``. Spans always index the decoded original text.

Formats are chosen by extension; the registry maps a format to ``module:function``.
"""
from __future__ import annotations

import codecs
import importlib
import inspect
from pathlib import Path

from ..errors import InputError
from ..model import Document

READERS = {
    "txt": "termcheck.readers.plain:read",
    "md": "termcheck.readers.markdown:read",
    "html": "termcheck.readers.html:read",
    "xliff": "termcheck.readers.xliff:read",
    "tmx": "termcheck.readers.tmx:read",
    "tsv": "termcheck.readers.table:read_tsv",
    "csv": "termcheck.readers.table:read_csv",
    "jsonl": "termcheck.readers.jsonl:read",
}

# binary formats read from bytes, not decoded text (docs/office.md)
BYTE_READERS = {"docx": "termcheck.readers.docx:read_bytes", "pdf": "termcheck.readers.pdf:read_bytes"}

EXTENSIONS = {
    ".txt": "txt", ".text": "txt", "": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff",
    ".tmx": "tmx", ".tsv": "tsv", ".csv": "csv", ".jsonl": "jsonl",
    ".docx": "docx", ".doc": "docx", ".pdf": "pdf",  # .doc: refused with a clear message by the docx reader
}

MAX_BYTES = 64 * 1024 * 1024


def format_for(path: str, override: str | None = None) -> str:
    if override:
        return override
    return EXTENSIONS.get(Path(path).suffix.lower(), "txt")


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str, bool]:
    """Decode bytes; returns (text, encoding, had_bom). Raises InputError with the byte offset."""
    bom = False
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding, data, bom = "utf-8", data[3:], True
        elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
            encoding, bom = "utf-16", True
        else:
            encoding = "utf-8"
            if b"\x00" in data[:8192]:
                raise InputError(f"{path}: binary file (NUL bytes), not a text document")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: cannot decode as {encoding} at byte {exc.start + (3 if bom and encoding == 'utf-8' else 0)}"
                         f" ({exc.reason}); use --encoding to name the file's encoding") from None
    except (LookupError, ValueError):  # ValueError: a name no codec lookup accepts ("\x00")
        raise InputError(f"unknown encoding {encoding!r}") from None
    if encoding.lower().replace("_", "-") in ("utf-16", "utf16") and text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text[:8192]:
        raise InputError(f"{path}: binary file (NUL characters), not a text document")
    return text, encoding, bom


def read_text(text: str, path: str = "<text>", fmt: str = "txt", **kw) -> Document:
    """Build a Document from already decoded text of format ``fmt``."""
    source = kw.pop("source", None)
    if source is not None and fmt in ("txt", "md"):
        # a translation next to its source file: aligned by paragraph (readers/aligned.py);
        # bilingual formats (XLIFF, TMX, tables) carry their own source and ignore --source
        from .aligned import read_pair

        return read_pair(text, path, fmt, source)
    spec = READERS.get(fmt)
    if spec is None:
        raise InputError(f"{path}: unsupported format {fmt!r}")
    mod, func = spec.split(":")
    reader = getattr(importlib.import_module(mod), func)
    # options such as ``columns`` go only to the readers that take them
    params = inspect.signature(reader).parameters
    return reader(text, path, **{k: v for k, v in kw.items() if k in params and v is not None})


def read_bytes(data: bytes, path: str, fmt: str | None = None, encoding: str | None = None, **kw) -> Document:
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: file too large ({len(data)} bytes; limit {MAX_BYTES})")
    if format_for(path, fmt) in BYTE_READERS:
        mod, func = BYTE_READERS[format_for(path, fmt)].split(":")
        return getattr(importlib.import_module(mod), func)(data, path)
    text, enc, bom = decode(data, path, encoding)
    doc = read_text(text, path, format_for(path, fmt), **kw)
    return Document(**{**doc.__dict__, "encoding": enc, "bom": bom})


def read_path(path: str, fmt: str | None = None, encoding: str | None = None, **kw) -> Document:
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    return read_bytes(data, path, fmt, encoding, **kw)
