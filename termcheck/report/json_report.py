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
    return dumps(data)


def dumps(data: dict) -> str:
    """Indented JSON with one finding per line. ``json.dumps(indent=...)`` runs the pure-Python
    encoder (tens of seconds for 200,000 findings); each finding here goes through the C one."""
    enc = json.JSONEncoder(ensure_ascii=False)
    files = []
    for f in data["files"]:
        head = {k: v for k, v in f.items() if k != "findings"}
        inner = ",\n".join("        " + enc.encode(x) for x in f["findings"])
        body = "[\n" + inner + "\n      ]" if inner else "[]"
        fields = "".join(f"      {enc.encode(k)}: {enc.encode(v)},\n" for k, v in head.items())
        files.append("    {\n" + fields + f'      "findings": {body}\n    }}')
    rest = {k: v for k, v in data.items() if k not in ("version", "files")}
    tail = "".join(f",\n  {enc.encode(k)}: {enc.encode(v)}" for k, v in rest.items())
    files_json = "[\n" + ",\n".join(files) + "\n  ]" if files else "[]"
    return f'{{\n  "version": {enc.encode(data["version"])},\n  "files": {files_json}{tail}\n}}\n'
