"""Check requests -> documents -> the CLI's JSON shape. Runs in worker threads (CPU-bound)."""
from __future__ import annotations

import asyncio

from starlette.concurrency import run_in_threadpool

from ..errors import TermcheckError
from ..model import Document, Segment
from ..report import FileResult, summary
from ..report.json_report import file_dict
from .engines import EngineStore


class TextTooLarge(TermcheckError):
    """The text exceeds the server's max_text_chars (413)."""


class BudgetExceeded(TermcheckError):
    """The check did not finish within the server's per-request time budget (503)."""


def check_text_size(n: int, limit: int, what: str = "text") -> None:
    if n > limit:
        raise TextTooLarge(f"{what} too large: {n} characters; this server accepts at most {limit}")


def segments_document(segments, name: str) -> Document:
    """Aligned units -> a bilingual Document (targets joined by newlines for the file text)."""
    segs, parts, offset, seen = [], [], 0, {}
    for s in segments:
        # findings name their unit by id, so a repeated id becomes "id#2", "id#3" (a JSON Schema cannot require
        # unique ids inside objects, and the API accepts what its schema allows)
        n = seen[s.id] = seen.get(s.id, 0) + 1
        sid = s.id if n == 1 else f"{s.id}#{n}"
        while n > 1 and sid in seen:
            n += 1
            sid = f"{s.id}#{n}"
        seen[sid] = seen.get(sid, 1)
        segs.append(Segment(id=sid, text=s.target, raw=s.target, source=s.source, offset=offset))
        parts.append(s.target)
        offset += len(s.target) + 1
    return Document(path=name, text="\n".join(parts), segments=tuple(segs), format="segments", bilingual=True)


def text_document(text: str, fmt: str, name: str) -> Document:
    from ..readers import read_text

    return read_text(text, name, fmt)


def run_config(store: EngineStore, select=(), ignore=()):
    overrides = {}
    if select:
        overrides["select"] = list(select)
    if ignore:
        overrides["ignore"] = store.config.ignore + list(ignore)
    return store.config.merged(**overrides) if overrides else store.config


def check_document(store: EngineStore, doc: Document, select=(), ignore=(), glossaries=None, inline=None,
                   mqm: bool = False, threshold: float | None = None) -> dict:
    """The JSON report of one document, exactly as ``termcheck check --format json`` prints it."""
    engine = store.engine_for(glossaries, inline)
    config = run_config(store, select, ignore)
    findings = engine.check(doc, config)
    result = FileResult(doc.path, doc, findings)
    out = {"version": "1", "files": [file_dict(result)], "summary": summary([result])}
    if mqm:
        from ..mqm import critical_rules, score

        out["mqm"] = score(findings, out["summary"]["words"], critical_rules(engine.rules), threshold)
    return out


async def in_thread(budget: float, fn, *args, **kwargs):
    """Run CPU-bound work off the event loop, bounded by the per-request budget."""
    try:
        return await asyncio.wait_for(run_in_threadpool(fn, *args, **kwargs), timeout=budget)
    except asyncio.TimeoutError:
        raise BudgetExceeded(f"the check did not finish within this server's time budget of {budget:g} s; "
                             "send a shorter text or try again later") from None
