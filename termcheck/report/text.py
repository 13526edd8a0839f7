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


def _excerpt(line: str, col: int, width: int) -> tuple[str, int]:
    """Cut long lines around the span; returns the shown text and the column within it."""
    if len(line) <= MAX_LINE:
        return line, col
    start = max(0, col - 60)
    shown = ("…" if start else "") + line[start:start + MAX_LINE - 2] + ("…" if start + MAX_LINE - 2 < len(line) else "")
    return shown, col - start + (1 if start else 0)


def render(results, options=None) -> str:
    options = options or {}
    color = options.get("color", False)
    show_source = options.get("show_source", True)
    c = (lambda code, s: f"{code}{s}{RESET}") if color else (lambda code, s: s)
    out = []
    for r in results:
        indexes = {}
        for f in r.findings:
            text = segment_text(r.document, f.segment)
            idx = indexes.get(f.segment) or indexes.setdefault(f.segment, LineIndex(text))
            line, col = idx.line_col(f.start)
            where = f"{r.path}#{f.segment}:{col}" if f.segment is not None else f"{r.path}:{line}:{col}"
            out.append(f"{c(BOLD, where)}: {c(BOLD, f.rule)} {c(COLORS[f.severity], f.severity)} {f.message}")
            if show_source:
                src = idx.line_text(line)
                shown, scol = _excerpt(src, col, f.end - f.start)
                end_line, end_col = idx.line_col(max(f.start, f.end - 1))
                width = (end_col - col + 1) if end_line == line else max(1, len(src) - col + 1)
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
