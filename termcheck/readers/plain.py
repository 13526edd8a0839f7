"""Plain text: the whole file is one segment. ``termcheck-disable-line`` suppresses one line."""
from __future__ import annotations

import re

from ..model import Document
from .suppress import suppressions

LINE_DIRECTIVE = re.compile(r"termcheck-disable-line(?::?\s*([A-Za-z0-9_,/ -]+))?")


def read(text: str, path: str) -> Document:
    ranges = []
    for m in LINE_DIRECTIVE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        ids = frozenset(x.strip() for x in re.split(r"[,\s]+", m.group(1) or "") if x.strip()) or None
        ranges.append((start, end, ids))
    ranges.extend(suppressions(text))
    return Document.from_text(text, path, format="txt", suppressed=tuple(ranges))
