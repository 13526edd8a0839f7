"""JUnit XML: one test case per checked file; it fails when the file has findings at or above
the failing severity (``fail_on``); lower ones are listed in ``system-out``."""
from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from ..engine import severity_at_least
from .locate import Locator
from .paths import relative

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(s: str) -> str:
    return _BAD_XML.sub("\ufffd", s)


def _line(f, path, loc) -> str:
    sl, sc, _, _ = loc.region(f)
    where = f"{path}#{f.segment}" if f.segment is not None else f"{path}:{sl}:{sc}"
    sug = f" (suggestion: {f.suggestions[0]})" if f.suggestions else ""
    return f"{where}: {f.rule} {f.severity} {f.message}{sug}"


def render(results, options=None) -> str:
    options = options or {}
    fail_on = options.get("fail_on", "warning")
    root = options.get("root")
    cases, failures = [], 0
    for r in results:
        loc = Locator(r.document)
        path = relative(r.path, root)
        failing = [f for f in r.findings if severity_at_least(f.severity, fail_on)]
        name = quoteattr(_clean(path))
        case = [f"    <testcase classname=\"termcheck\" name={name} file={name}>"]
        if failing:
            failures += 1
            counts: dict[str, int] = {}
            for f in failing:
                counts[f.severity] = counts.get(f.severity, 0) + 1
            msg = f"{len(failing)} finding{'s' if len(failing) != 1 else ''} (" + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) + ")"
            body = "\n".join(_line(f, path, loc) for f in failing)
            case.append(f"      <failure type=\"termcheck\" message={quoteattr(msg)}>{escape(_clean(body))}</failure>")
        rest = [f for f in r.findings if not severity_at_least(f.severity, fail_on)]
        if rest:
            body = "\n".join(_line(f, path, loc) for f in rest)
            case.append(f"      <system-out>{escape(_clean(body))}</system-out>")
        case.append("    </testcase>")
        cases.append("\n".join(case))
    n = len(results)
    head = f'tests="{n}" failures="{failures}" errors="0" skipped="0"'
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<testsuites name="termcheck" {head}>',
        f'  <testsuite name="termcheck" {head}>',
        *cases,
        "  </testsuite>",
        "</testsuites>",
    ]) + "\n"
