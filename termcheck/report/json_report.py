"""JSON findings, as specified in design/interfaces.md section 1."""
from __future__ import annotations

import json

from ..text import LineIndex
from . import segment_text, summary


def finding_dict(f, index: LineIndex) -> dict:
    line, col = index.line_col(f.start)
    return {
        "rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity,
        "message": f.message, "start": f.start, "end": f.end, "line": line, "column": col,
        "text": f.text, "suggestions": list(f.suggestions),
        "fix": f.fix.as_dict() if f.fix else None, "segment": f.segment,
    }


def file_dict(result) -> dict:
    indexes = {}
    out = []
    for f in result.findings:
        idx = indexes.get(f.segment)
        if idx is None:
            idx = indexes[f.segment] = LineIndex(segment_text(result.document, f.segment))
        out.append(finding_dict(f, idx))
    return {"path": result.path, "findings": out}


def render(results, options=None) -> str:
    data = {"version": "1", "files": [file_dict(r) for r in results], "summary": summary(results)}
    extra = (options or {}).get("summary_extra")
    if extra:
        data["summary"].update(extra)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
