"""Redundant phrases: a word that repeats what its neighbour already says ("returned back").

The phrases and their shorter wordings come from a list file in the rules directory
(``list_file``; format in the file's header): ``{a|b}`` lists word forms, and ``{}`` in the
wording takes the same form. All phrases compile into one case-insensitive pattern at load
time; a match is reported with its shorter wording, its first letter's case kept.
"""
from __future__ import annotations

from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict

BRACES = regex.compile(r"\{([^{}]*)\}")


class Params(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)
    list_file: str
    compiled: object = None
    wording: dict = {}


def _expand(phrase: str, wording: str):
    """Pairs (phrase form, wording form) of one entry."""
    m = BRACES.search(phrase)
    if not m:
        yield phrase, wording
        return
    for alt in m.group(1).split("|"):
        yield phrase[:m.start()] + alt + phrase[m.end():], wording.replace("{}", alt, 1)


def prepare(params: Params) -> Params:
    from ..engine import data_dir

    path = Path(params.list_file)
    path = path if path.is_absolute() else data_dir("rules") / path
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValueError(f"list_file {params.list_file!r}: {exc.strerror}") from None
    wording: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise ValueError(f"{path.name}:{n}: expected a phrase, a tab and its shorter wording")
        for form, short in _expand(parts[0].strip(), parts[1].strip()):
            wording[" ".join(form.lower().split())] = short
    params.wording = wording
    alts = sorted(wording, key=len, reverse=True)
    body = "|".join(r"[ \t]+".join(regex.escape(w) for w in p.split()) for p in alts)
    params.compiled = regex.compile(r"(?<![\p{L}\p{N}\-])(?:" + body + r")(?![\p{L}\p{N}\-])", regex.IGNORECASE)
    return params


def run(rule, ctx):
    p: Params = rule.params
    for seg in ctx.segments:
        for m in p.compiled.finditer(seg.text):
            text = m.group()
            short = p.wording[" ".join(text.lower().split())]
            if text[:1].isupper():
                short = short[:1].upper() + short[1:]
            yield rule.finding(seg, m.start(), m.end(), suggestions=(short,))
