"""A regular expression that must not match; the match (or one group) is the finding.

Params: ``pattern`` (the ``regex`` module's syntax), ``ignorecase``, ``group`` (the
reported group, default the whole match), ``replacement`` (a template: ``\\1`` or
``\\g<name>`` refer to groups, applied to the reported span), ``exceptions`` (match texts,
compared case-insensitively, that stay silent) and ``timeout`` in seconds.
"""
from __future__ import annotations

import regex
from ..lazymodel import BaseModel, ConfigDict

from ._util import timeout_for


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    pattern: str
    ignorecase: bool = False
    group: int | str = 0
    replacement: str | None = None
    exceptions: list[str] = []
    timeout: float = 1.0
    compiled: object = None


def prepare(params: Params) -> Params:
    flags = regex.V1 | (regex.IGNORECASE if params.ignorecase else 0)
    try:
        params.compiled = regex.compile(params.pattern, flags)
    except regex.error as exc:
        raise ValueError(f"invalid pattern {params.pattern!r}: {exc}") from None
    params.exceptions = [e.lower() for e in params.exceptions]
    return params


def run(rule, ctx):
    p: Params = rule.params
    for seg in ctx.segments:
        # collect the matches first: the time budget should bound the pattern, not the time
        # spent building findings between matches
        matches = list(p.compiled.finditer(seg.text, timeout=timeout_for(seg.text, p.timeout)))
        for m in matches:
            if p.exceptions and m.group(0).lower() in p.exceptions:
                continue
            start, end = m.span(p.group)
            if start < 0:
                continue
            sugg = (m.expand(p.replacement),) if p.replacement is not None else ()
            groups = m.groups()
            yield rule.finding(seg, start, end, suggestions=sugg,
                               **{f"g{i}": g or "" for i, g in enumerate(groups, 1)} if groups else {})
