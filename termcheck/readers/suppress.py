"""Inline suppression comments: ``<!-- termcheck-disable TC501 -->`` ... ``<!-- termcheck-enable -->``."""
from __future__ import annotations

import re

DIRECTIVE = re.compile(r"<!--\s*termcheck-(disable|enable)(?:\s+([^>]*?))?\s*-->")


def suppressions(text: str) -> list[tuple[int, int, frozenset | None]]:
    out = []
    open_at: int | None = None
    open_ids = None
    for m in DIRECTIVE.finditer(text):
        ids = frozenset(x for x in re.split(r"[,\s]+", m.group(2) or "") if x) or None
        if m.group(1) == "disable":
            if open_at is not None:
                out.append((open_at, m.start(), open_ids))
            open_at, open_ids = m.end(), ids
        elif open_at is not None:
            out.append((open_at, m.start(), open_ids))
            open_at = None
    if open_at is not None:
        out.append((open_at, len(text), open_ids))
    return out
