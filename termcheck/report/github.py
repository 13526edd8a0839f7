"""GitHub Actions workflow commands: ``::error file=F,line=L,...,title=T::MESSAGE``.

Data is escaped for ``%``, CR and LF; property values also for ``:`` and ``,``. ``col`` and
``endColumn`` are given only when the span is on one line; ``endColumn`` is the
column of the span's last character (inclusive, unlike SARIF's). GitHub shows at most 10 annotations
of each type per step, so a plain summary line follows.
"""
from __future__ import annotations

from . import summary
from .locate import Locator
from .paths import relative

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
SHOWN_PER_TYPE = 10


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(f, path: str, loc: Locator) -> str:
    sl, sc, el, ec = loc.region(f)
    props = [("file", path), ("line", str(sl)), ("endLine", str(el))]
    if sl == el:  # GitHub's endColumn is inclusive (it defaults to col for a point)
        props += [("col", str(sc)), ("endColumn", str(max(sc, ec - 1)))]
    props.append(("title", f"{f.rule} {f.name}"))
    message = f.message
    if f.suggestions:
        message += " Suggestion: " + " | ".join(f.suggestions[:3])
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS[f.severity]} {head}::{escape_data(message)}"


def render(results, options=None) -> str:
    options = options or {}
    root = options.get("root")
    lines = []
    per_type: dict[str, int] = {}
    for r in results:
        loc = Locator(r.document)
        path = relative(r.path, root)
        for f in r.findings:
            lines.append(annotation(f, path, loc))
            per_type[COMMANDS[f.severity]] = per_type.get(COMMANDS[f.severity], 0) + 1
    s = summary(results)
    parts = ", ".join(f"{n} {k}" for k, n in sorted(s["by_severity"].items()))
    line = f"termcheck: {s['findings']} finding{'s' if s['findings'] != 1 else ''} in {s['files']} file{'s' if s['files'] != 1 else ''}"
    if parts:
        line += f" ({parts})"
    hidden = {k: n - SHOWN_PER_TYPE for k, n in per_type.items() if n > SHOWN_PER_TYPE}
    if hidden:
        line += "; GitHub shows only 10 annotations of each type per step, the rest are listed above in this log"
    extra = options.get("summary_line")
    lines.append(line + "." + (f" {extra}" if extra else ""))
    return "\n".join(lines) + "\n"


def step_summary(results, options=None) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: counts per file and category, and the MQM line."""
    options = options or {}
    root = options.get("root")
    cats = sorted({f.category for r in results for f in r.findings})
    s = summary(results)
    out = ["### termcheck", "", f"{s['findings']} finding{'s' if s['findings'] != 1 else ''} in "
           f"{s['files']} file{'s' if s['files'] != 1 else ''} ({s['words']} words)."]
    if cats:
        out += ["", "| file | " + " | ".join(cats) + " | total |", "|---|" + "---:|" * (len(cats) + 1)]
        for r in results:
            if r.findings:
                counts = [sum(1 for f in r.findings if f.category == c) for c in cats]
                path = relative(r.path, root).replace("|", "\\|")
                out.append(f"| `{path}` | " + " | ".join(str(n) for n in counts) + f" | {len(r.findings)} |")
    extra = options.get("summary_line")
    if extra:
        out += ["", extra]
    return "\n".join(out) + "\n"
