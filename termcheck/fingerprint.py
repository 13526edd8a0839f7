"""Finding fingerprints that survive unrelated edits.

A fingerprint hashes the rule id, the matched text and a little of the text around it on the
same line (whitespace collapsed), never line numbers or offsets: inserting a paragraph above a
finding, or editing another line, leaves its fingerprint unchanged. Used by the baseline and by
SARIF ``partialFingerprints``.
"""
from __future__ import annotations

import hashlib
import re

CONTEXT = 24  # characters each side
_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def context(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """Up to ``width`` characters before and after the span, not crossing a line break."""
    before = text[max(0, start - width):start]
    before = before[before.rfind("\n") + 1:]
    after = text[end:end + width]
    nl = after.find("\n")
    after = after if nl == -1 else after[:nl]
    return _norm(before), _norm(after)


def fingerprint(rule: str, matched: str, text: str, start: int, end: int) -> str:
    """Hex digest (16 characters) of rule + matched text + nearby context."""
    before, after = context(text, start, end)
    key = "\x1f".join((rule, _norm(matched), before, after))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def finding_fingerprint(f, segment_text: str) -> str:
    """Fingerprint of a Finding; ``segment_text`` is the text its span indexes."""
    return fingerprint(f.rule, f.text or segment_text[f.start:f.end], segment_text, f.start, f.end)


def fingerprints(findings, text_of) -> list[str]:
    """Fingerprints for a file's findings, with ``:N`` occurrence suffixes so equal ones stay distinct.

    ``text_of(segment_id)`` returns the text a finding indexes.
    """
    seen: dict[str, int] = {}
    out = []
    for f in findings:
        fp = finding_fingerprint(f, text_of(f.segment))
        seen[fp] = seen.get(fp, 0) + 1
        out.append(f"{fp}:{seen[fp]}")
    return out
