"""Plain text: the whole file is one segment. ``termcheck-disable-line`` suppresses one line.

A .txt file that is plainly Markdown (an export or a build step named it .txt: two ATX headings,
or one with a pipe table or bold labels) is read as Markdown, so its markup ("- **Funds:** RMB",
"### 2.2 Industries") is masked as in a .md file and not taken for words or figures."""
from __future__ import annotations

import re

from ..model import Document
from .suppress import suppressions

LINE_DIRECTIVE = re.compile(r"termcheck-disable-line(?::?\s*([A-Za-z0-9_,/ -]+))?")


ATX_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
MARKDOWN_SIGN = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t|:-]*$|\*\*[^*\n]{1,80}\*\*", re.M)


def looks_like_markdown(text: str) -> bool:
    """Two ATX headings ("# Title", "## 1. Results"), or one and a pipe table's rule or a **bold** label."""
    head = text[:200_000]
    if not (head.startswith("#") or "\n#" in head):  # (the common case: no line starts with "#")
        return False
    headings = ATX_HEADING.findall(head)
    if not headings:
        return False
    return len(headings) >= 2 or MARKDOWN_SIGN.search(head) is not None


def read(text: str, path: str) -> Document:
    if looks_like_markdown(text):
        from .markdown import read as read_markdown

        doc = read_markdown(text, path)
        return Document(**{**doc.__dict__, "suppressed": tuple(doc.suppressed) + tuple(_line_directives(text))})
    ranges = _line_directives(text)
    ranges.extend(suppressions(text))
    return Document.from_text(text, path, format="txt", suppressed=tuple(ranges))


def _line_directives(text: str) -> list:
    ranges = []
    for m in LINE_DIRECTIVE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        ids = frozenset(x.strip() for x in re.split(r"[,\s]+", m.group(1) or "") if x.strip()) or None
        ranges.append((start, end, ids))
    return ranges
