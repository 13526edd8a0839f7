"""``check --diff REV``: keep only findings on lines changed since a git revision.

Checks still read whole files (document-level rules need the context); only the reported
findings are filtered. Changed lines come from ``git diff -U0 REV`` (working tree against
REV); files git does not track yet count as changed everywhere.
"""
from __future__ import annotations

import os
import re
import subprocess

from .errors import InputError

HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
ALL = None  # marker: every line of the file changed


def _git(args, cwd) -> str:
    try:
        proc = subprocess.run(["git", "-c", "core.quotePath=false", *args], cwd=cwd,
                              capture_output=True, text=True, encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise InputError("--diff: git is not installed") from None
    if proc.returncode != 0:
        msg = (proc.stderr.strip().splitlines() or ["failed"])[0]
        raise InputError(f"--diff: git {args[0]}: {msg}")
    return proc.stdout


def _unquote(path: str) -> str:
    """Undo git's C-style quoting of unusual paths ("b/a\\tb")."""
    if path.startswith('"') and path.endswith('"'):
        raw = path[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
        return raw.encode("latin-1").decode("utf-8", "replace")
    return path


def parse_diff(text: str) -> dict[str, set[int]]:
    """Map new-side path -> set of added/changed line numbers from ``git diff -U0`` output."""
    out: dict[str, set[int]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("+++ "):
            target = _unquote(line[4:].rstrip("\t"))
            current = None if target == "/dev/null" else target[2:] if target.startswith("b/") else target
            if current is not None:
                out.setdefault(current, set())
        elif current is not None and line.startswith("@@"):
            m = HUNK.match(line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or 1)
                out[current].update(range(start, start + count))
    return out


def changed_lines(rev: str, cwd: str | None = None) -> tuple[str, dict]:
    """(repository root, {repo-relative path: set of lines or ALL})."""
    cwd = cwd or os.getcwd()
    root = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    try:
        _git(["rev-parse", "--verify", "--quiet", rev + "^{commit}"], cwd)
    except InputError:
        raise InputError(f"--diff: unknown git revision {rev!r}") from None
    changed: dict = parse_diff(_git(["diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", rev, "--"], root))
    for path in _git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0"):
        if path:
            changed[path] = ALL
    return root, changed


def filter_results(results, rev: str, cwd: str | None = None):
    """Results keeping only findings that touch a changed line."""
    from .report import FileResult
    from .report.locate import Locator

    root, changed = changed_lines(rev, cwd)
    out = []
    for r in results:
        rel = os.path.relpath(os.path.realpath(r.path), os.path.realpath(root)).replace(os.sep, "/")
        lines = changed.get(rel, set())
        if lines is ALL:
            out.append(r)
            continue
        loc = Locator(r.document)
        keep = []
        for f in r.findings:
            first, last = loc.lines(f)
            if any(n in lines for n in range(first, last + 1)):
                keep.append(f)
        out.append(FileResult(r.path, r.document, keep))
    return out
