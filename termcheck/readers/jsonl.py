"""JSON Lines, one object a line: ``{"id": ..., "source": ..., "target": ...}`` -> bilingual Document.

Key names follow the table reader (``zh``/``en``, ``src``/``tgt``... are accepted). The target's
span is the content of its JSON string literal in the file: an escape such as ``\\n`` or
``\\u4e2d`` reads as its character followed by fill characters, so offsets match the file.
"""
from __future__ import annotations

import json

import regex

from ..errors import InputError
from ..model import Document, Segment
from .mask import FILL
from .table import ID_NAMES, REF_NAMES, SOURCE_NAMES, TARGET_NAMES

STRING = regex.compile(r'"((?:[^"\\]|\\.)*)"', regex.S)
ESCAPE = regex.compile(r'\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.')


def _top_level_values(line: str) -> dict[str, tuple[int, int]]:
    """Key -> (start, end) of the content of each top-level string value in a one-object line."""
    out, depth, i, key = {}, 0, 0, None
    expect_value = False
    while i < len(line):
        ch = line[i]
        if ch == '"':
            m = STRING.match(line, i)
            if depth == 1:
                if expect_value:
                    out[key] = m.span(1)
                    expect_value = False
                else:
                    key = json.loads(m.group(0))
            i = m.end()
            continue
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        elif ch == ":" and depth == 1:
            expect_value = True
        elif ch == "," and depth == 1:
            expect_value = False
        elif not ch.isspace() and depth == 1 and expect_value:
            expect_value = False  # a number, object, null...: not a string value
        i += 1
    return out


def _masked(raw: str) -> str:
    out, pos = [], 0
    for m in ESCAPE.finditer(raw):
        out.append(raw[pos:m.start()])
        ch = json.loads('"' + m.group() + '"')
        out.append(ch + FILL * (len(m.group()) - len(ch)))
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out)


def _key(obj: dict, names) -> str | None:
    lower = {k.lower(): k for k in obj}
    return next((lower[n] for n in names if n in lower), None)


def read(text: str, path: str) -> Document:
    segments, seen, offset = [], set(), 0
    for lineno, line in enumerate(text.splitlines(keepends=True), 1):
        base, offset = offset, offset + len(line)
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}: invalid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise InputError(f"{path}:{lineno}: each line must be a JSON object with source and target")
        sk, tk = _key(obj, SOURCE_NAMES), _key(obj, TARGET_NAMES)
        if sk is None or tk is None:
            raise InputError(f"{path}:{lineno}: no {'source' if sk is None else 'target'} key "
                             f"(keys: {', '.join(obj) or 'none'})")
        if not isinstance(obj[tk], str) or not isinstance(obj[sk], str):
            raise InputError(f"{path}:{lineno}: source and target must be strings")
        ik, rk = _key(obj, ID_NAMES), _key(obj, REF_NAMES)
        sid = str(obj[ik]) if ik is not None and obj[ik] is not None else str(len(segments) + 1)
        if sid in seen:
            raise InputError(f"{path}:{lineno}: duplicate id {sid!r}")
        seen.add(sid)
        spans = _top_level_values(line)
        a, b = spans[tk]
        raw = line[a:b]
        attrs = {"line": lineno}
        if rk is not None and isinstance(obj[rk], str):
            attrs["reference"] = obj[rk]
        segments.append(Segment(id=sid, text=_masked(raw), raw=raw, source=obj[sk], offset=base + a,
                                source_offset=base + spans[sk][0], attrs=attrs))
    return Document(path=path, text=text, segments=tuple(segments), format="jsonl", bilingual=True)
