"""Finding the files to check: paths, directories with include/exclude globs, stdin."""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from .errors import InputError

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache"}


def _matches(rel: str, globs) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g) for g in globs)


def discover(paths, include, exclude) -> list[str]:
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append("-")
            continue
        path = Path(p)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for f in sorted(files):
                    full = Path(root) / f
                    rel = full.relative_to(path).as_posix()
                    if _matches(rel, include) and not _matches(rel, exclude):
                        found.append(str(full))
            if not found:
                raise InputError(f"{p}: no files to check (include: {', '.join(include)})")
            out.extend(found)
        elif path.exists():
            if not _matches(path.as_posix(), exclude):
                out.append(str(path))
        else:
            raise InputError(f"{p}: no such file or directory")
    return out
