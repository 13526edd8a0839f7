"""Reading the data files rule parameters name (word lists, synonym tables): resolved against the
shipped rules directory unless absolute, "#" notes cut off, a file that cannot be read reported as
one line naming the parameter, so the start stops with it (a kind's ``prepare``)."""
from __future__ import annotations

from pathlib import Path


def data_lines(name: str, param: str) -> tuple[Path, list[tuple[int, str]]]:
    """(path, [(line number, the line without its note)]) of the file's lines that hold more than a
    note or white space; the text keeps its white space (callers strip what their format allows)."""
    from ..engine import data_dir

    path = Path(name) if Path(name).is_absolute() else data_dir("rules") / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValueError(f"{param} {name!r}: {exc.strerror}") from None
    return path, [(no, text) for no, text in ((no, ln.split("#", 1)[0]) for no, ln in enumerate(lines, 1))
                  if text.strip()]
