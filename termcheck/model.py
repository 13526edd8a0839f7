"""The data every part of termcheck shares: documents, segments and findings.

Spans are half-open Python ``str`` offsets into the text a finding belongs to: the decoded
file text for monolingual documents, the segment's target text for bilingual ones.
Lines and columns are computed only by reporters (see ``text.LineIndex``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from enum import Enum


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


CATEGORIES = (
    "terminology", "consistency", "number", "spelling", "grammar",
    "punctuation", "untranslated", "omission", "style",
)


@dataclass(frozen=True)
class Fix:
    """A replacement for a finding's span. ``safe`` fixes may be applied without review."""

    replacement: str
    applicability: str = "unsafe"  # "safe" | "unsafe"

    def as_dict(self) -> dict:
        return {"applicability": self.applicability, "replacement": self.replacement}


@dataclass(frozen=True)
class Finding:
    rule: str
    name: str
    category: str
    severity: str
    start: int
    end: int
    message: str
    text: str = ""
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    segment: str | None = None
    source_span: tuple[int, int] | None = None

    def with_(self, **changes) -> "Finding":
        return replace(self, **changes)

    @property
    def sort_key(self):
        return (self.segment or "", self.start, self.end, self.rule)


# Rules build thousands of findings on a long text. A frozen dataclass's __init__ sets each field
# through object.__setattr__ (~24,000 instructions for the 12 fields of a Finding, ~5,000 for a
# Fix); filling the new object's __dict__ in one call costs ~7,000 and ~2,000. These build the
# same objects as the classes' __init__ (every field, in field order: equal, same hash, same
# pickled state; tests/test_model_fast.py compares them), for ``Rule.finding``.
_new = object.__new__


def new_fix(replacement: str, applicability: str = "unsafe") -> Fix:
    """``Fix(replacement, applicability)``, built cheaper (see above)."""
    fix = _new(Fix)
    fix.__dict__.update(replacement=replacement, applicability=applicability)
    return fix


def new_finding(rule: str, name: str, category: str, severity: str, start: int, end: int, message: str,
                text: str = "", suggestions: tuple[str, ...] = (), fix: Fix | None = None,
                segment: str | None = None, source_span: tuple[int, int] | None = None) -> Finding:
    """``Finding(...)`` with these fields, built cheaper (see above)."""
    f = _new(Finding)
    f.__dict__.update(rule=rule, name=name, category=category, severity=severity, start=start, end=end,
                      message=message, text=text, suggestions=suggestions, fix=fix, segment=segment,
                      source_span=source_span)
    return f


@dataclass(frozen=True)
class Segment:
    """A unit of checked text.

    ``text`` is what checks read: the target text with markup blanked out (same length as
    ``raw``, so offsets agree). ``offset`` is where ``raw`` starts in the original file.
    """

    id: str | None
    text: str
    raw: str | None = None
    source: str | None = None
    offset: int = 0
    source_offset: int | None = None
    attrs: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def original(self) -> str:
        return self.raw if self.raw is not None else self.text


# what counts as a word in rates per 1,000 words: a letter or digit run ("3.5", "1,356", "well-off")
WORD_FOR_COUNT = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-.,]*")
_WORD_BYTES = bytes(ord("a") if chr(i).isascii() and chr(i).isalnum() else ord(" ") for i in range(256))


def count_words(text: str, block: int = 1 << 20) -> int:
    """``WORD_FOR_COUNT.subn("", text)[1]`` in a few C passes (~4x faster; every report of a long
    text asks): a match is a maximal run of the class's characters holding a letter or digit, so
    the count is that of such runs. The text's ASCII copy ('?' for the other characters, ’ as ')
    maps letters and digits to 'a', the class's marks to nothing, everything else to a space;
    each run is then an 'a' after a space (or at the start). Block by block (a run across a
    block's end counts once), so a long text needs no copy of itself."""
    n, joined = 0, False
    for lo in range(0, len(text), block):
        piece = text[lo:lo + block]
        if "’" in piece:
            piece = piece.replace("’", "'")
        t = piece.encode("ascii", "replace").translate(_WORD_BYTES, b"'-.,")
        if t:
            n += t.count(b" a") + (t[:1] == b"a" and not joined)
            joined = t[-1:] == b"a"
    return n


@dataclass(frozen=True)
class Document:
    """What readers produce and ``check`` consumes.

    ``text`` is the full decoded file text (for reporters). ``segments`` are the checked
    units; a monolingual document has one segment with id ``None`` and offset 0.
    ``suppressed`` lists (start, end, rule_ids or None for all) ranges from inline comments.
    """

    path: str
    text: str
    segments: tuple[Segment, ...]
    format: str = "txt"
    bilingual: bool = False
    suppressed: tuple[tuple[int, int, frozenset | None], ...] = ()
    encoding: str = "utf-8"
    bom: bool = False
    notes: tuple = ()  # reader findings (e.g. misaligned stretches) as Finding objects
    blob: bytes | None = field(default=None, repr=False, compare=False)  # original bytes of a binary file (.docx), for write-back

    @functools.cached_property
    def word_count(self) -> int:
        """Words of the checked text (the denominator of per-1,000-word rates and MQM), counted
        once: every reporter and the MQM score ask for it."""
        return sum(count_words(s.text) for s in self.segments)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", masked: str | None = None, **kw) -> "Document":
        seg = Segment(id=None, text=masked if masked is not None else text, raw=text)
        return cls(path=path, text=text, segments=(seg,), **kw)
