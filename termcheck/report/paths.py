"""Paths as CI systems want them: relative to the repository root, POSIX separators."""
from __future__ import annotations

import os
import subprocess
from functools import lru_cache


@lru_cache(maxsize=8)
def repo_root(start: str | None = None) -> str:
    """The git work tree containing ``start`` (default: the current directory), else ``start``."""
    start = start or os.getcwd()
    try:
        proc = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=start, capture_output=True, text=True)
        if proc.returncode == 0 and proc.stdout.strip():
            return proc.stdout.strip()
    except OSError:
        pass
    return start


def relative(path: str, root: str | None) -> str:
    """``path`` relative to ``root`` (POSIX); unchanged for pseudo paths such as ``<stdin>``."""
    if path.startswith("<") or root is None:
        return path.replace(os.sep, "/")
    rel = os.path.relpath(os.path.realpath(os.path.abspath(path)), os.path.realpath(root))
    if rel.startswith(".."):
        rel = os.path.relpath(os.path.abspath(path), root)
    return rel.replace(os.sep, "/")
