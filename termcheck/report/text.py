"""Human-readable output: ``path:line:col: ID severity message``, the line and a caret underline."""
from __future__ import annotations

import unicodedata

from ..text import LineIndex
from . import segment_text, summary

COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"
MAX_LINE = 160


def _cells(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _excerpt(text: str, ls: int, le: int, start: int) -> tuple[str, int]:
    """The part of line [ls, le) shown around ``start`` (long lines are cut, never copied
    whole: a 2 MB single-line file with many findings stays linear); returns the shown text
    and the 1-based column of ``start`` within it."""
    if text[le - 1:le] == "\r":
        le -= 1
    if le - ls <= MAX_LINE:
        return text[ls:le], start - ls + 1
    a = max(ls, start - 60)
    b = min(le, a + MAX_LINE - 2)
    shown = ("…" if a > ls else "") + text[a:b] + ("…" if b < le else "")
    return shown, start - a + 1 + (1 if a > ls else 0)


def render(results, options=None) -> str:
    options = options or {}
    color = options.get("color", False)
    show_source = options.get("show_source", True)
    c = (lambda code, s: f"{code}{s}{RESET}") if color else (lambda code, s: s)
    out = []
    for r in results:
        indexes = {}
        for f in r.findings:
            if f.segment not in indexes:
                seg_text = segment_text(r.document, f.segment)
                indexes[f.segment] = (seg_text, LineIndex(seg_text))
            text, idx = indexes[f.segment]
            line, col = idx.line_col(f.start)
            where = f"{r.path}#{f.segment}:{col}" if f.segment is not None else f"{r.path}:{line}:{col}"
            out.append(f"{c(BOLD, where)}: {c(BOLD, f.rule)} {c(COLORS[f.severity], f.severity)} {f.message}")
            if show_source:
                ls, le = idx.line_span(line)
                shown, scol = _excerpt(text, ls, le, f.start)
                end_line, end_col = idx.line_col(max(f.start, f.end - 1))
                width = (end_col - col + 1) if end_line == line else max(1, le - f.start)
                out.append("    " + shown.replace("\t", " "))
                n = max(1, min(width, len(shown) - scol + 1))
                # pad and underline in terminal cells: CJK characters take two
                pad, carets = _cells(shown[:scol - 1]), max(1, _cells(shown[scol - 1:scol - 1 + n]))
                out.append("    " + " " * pad + c(COLORS[f.severity], "^" * carets))
                if f.suggestions:
                    out.append("    " + c(DIM, "suggestion: " + " | ".join(f.suggestions[:3])))
    s = summary(results)
    if options.get("summary", True):
        parts = ", ".join(f"{n} {k}" for k, n in sorted(s["by_severity"].items()))
        cats = ", ".join(f"{k} {n}" for k, n in sorted(s["by_category"].items(), key=lambda kv: -kv[1]))
        line = f"Found {s['findings']} issue{'s' if s['findings'] != 1 else ''} in {s['files']} file{'s' if s['files'] != 1 else ''}"
        if s["findings"]:
            line += f" ({parts}; {cats})"
        extra = options.get("summary_line")
        if options.get("table") and s["findings"]:
            from .table import render_table

            out.append("\n" + "\n".join(render_table(results)))
        out.append(("" if not out else "\n") + line + "." + (f" {extra}" if extra else ""))
    return "\n".join(out) + "\n"
