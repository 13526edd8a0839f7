"""Reporters: one module per output format, registered by name, imported on use.

A reporter is ``render(results, options) -> str`` where ``results`` is a list of
``FileResult`` and ``options`` a dict (color, rules, root, ...).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from ..model import Document, Finding

REPORTERS = {
    "text": "termcheck.report.text:render",
    "json": "termcheck.report.json_report:render",
    "sarif": "termcheck.report.sarif:render",
    "github": "termcheck.report.github:render",
    "rdjsonl": "termcheck.report.rdjsonl:render",
    "junit": "termcheck.report.junit:render",
    "html": "termcheck.report.html:render",
    "xliff": "termcheck.report.xliff_report:render",
    "docx": "termcheck.report.docx:render",  # returns bytes: the reviewed Word file (docs/office.md)
}
# formats whose reporter reads ``options["root"]`` (paths relative to the repository): the CLI asks
# git for the root (a subprocess) only for these (tests/test_report_formats.py keeps the list true)
ROOT_FORMATS = frozenset({"sarif", "github", "rdjsonl", "junit"})


@dataclass
class FileResult:
    path: str
    document: Document
    findings: list[Finding] = field(default_factory=list)


def get_reporter(name: str):
    mod, func = REPORTERS[name].split(":")
    return getattr(importlib.import_module(mod), func)


def segment_text(doc: Document, seg_id):
    """The text a finding's span indexes: the segment's target text, or the whole file."""
    if seg_id is None:
        return doc.text
    for s in doc.segments:
        if s.id == seg_id:
            return s.original
    return doc.text


def words_in(doc: Document) -> int:
    return doc.word_count


def summary(results) -> dict:
    by_sev: dict[str, int] = {}
    by_cat: dict[str, int] = {}
    n = 0
    for r in results:
        for f in r.findings:
            n += 1
            by_sev[f.severity] = by_sev.get(f.severity, 0) + 1
            by_cat[f.category] = by_cat.get(f.category, 0) + 1
    return {"files": len(results), "words": sum(words_in(r.document) for r in results), "findings": n,
            "by_severity": by_sev, "by_category": by_cat}
