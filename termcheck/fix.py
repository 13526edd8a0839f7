"""Applying fixes: pure ``apply_fixes(text, findings) -> FixResult``; no I/O here.

Only findings whose spans index the file text are applied; findings that still carry a
bilingual segment id are skipped with a note (``fixcmd.file_level`` first maps XLIFF/TMX
segment findings to file offsets where the target stands verbatim in the file; table and
JSON-lines targets are quoted, so they stay skipped). Each fix replaces exactly its finding's
span and nothing else.

Overlapping fixes are resolved deterministically: safe before unsafe, then higher severity,
then the earlier start, the longer span, the rule id and the replacement text; a fix that
overlaps one already accepted is skipped (a later pass may apply it, see ``fixcmd``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

_SEV = {"error": 0, "warning": 1, "info": 2}


@dataclass
class FixResult:
    text: str
    applied: list = field(default_factory=list)   # findings whose fix was applied
    skipped: list = field(default_factory=list)   # (finding, reason)

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def fixable(f, unsafe: bool = False) -> bool:
    return f.fix is not None and (f.fix.applicability == "safe" or unsafe)


def _priority(f):
    return (f.fix.applicability != "safe", _SEV.get(f.severity, 3), f.start, -(f.end - f.start), f.rule,
            f.fix.replacement)


def _conflict(a, b) -> bool:
    """Half-open spans overlap, or two edits touch the same insertion point."""
    if max(a.start, b.start) < min(a.end, b.end):
        return True
    if a.start == b.start and (a.start == a.end or b.start == b.end):
        return True
    return False


def _newline_style(text: str, replacement: str) -> str:
    """Keep a CRLF file CRLF when a replacement carries a line break."""
    if "\n" in replacement and "\r\n" in text and text.count("\r\n") * 2 > text.count("\n"):
        return replacement.replace("\r\n", "\n").replace("\n", "\r\n")
    return replacement


def apply_fixes(text: str, findings, unsafe: bool = False, encode_replacement=None,
                masked: str | None = None) -> FixResult:
    """Apply the safe (and, with ``unsafe``, unsafe) fixes of ``findings`` to ``text``.

    ``encode_replacement`` turns a replacement into file text (HTML escapes it, for example).
    ``masked`` is the text the checks read (markup blanked, same length): a span that covers
    masked markup is not fixed, since replacing it would delete tags.
    """
    result = FixResult(text)
    candidates = []
    for f in findings:
        if f.fix is None:
            continue
        if not fixable(f, unsafe):
            result.skipped.append((f, "unsafe fix (use --unsafe-fixes)"))
        elif f.segment is not None:
            result.skipped.append((f, "fix inside a bilingual segment is not applied"))
        elif not (0 <= f.start <= f.end <= len(text)) or (f.text and text[f.start:f.end] != f.text):
            result.skipped.append((f, "stale span: the text changed since the check"))
        elif masked is not None and len(masked) == len(text) and masked[f.start:f.end] != text[f.start:f.end]:
            result.skipped.append((f, "the span covers markup"))
        elif f.fix.replacement == text[f.start:f.end]:
            continue
        else:
            candidates.append(f)
    accepted = []
    for f in sorted(candidates, key=_priority):
        if any(_conflict(f, g) for g in accepted):
            result.skipped.append((f, "overlaps another fix"))
        else:
            accepted.append(f)
    out = text
    for f in sorted(accepted, key=lambda f: (f.start, f.end), reverse=True):
        rep = encode_replacement(f.fix.replacement) if encode_replacement else f.fix.replacement
        out = out[:f.start] + _newline_style(text, rep) + out[f.end:]
    result.text = out
    result.applied = sorted(accepted, key=lambda f: (f.start, f.end, f.rule))
    return result
