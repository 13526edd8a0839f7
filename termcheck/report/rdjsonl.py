"""reviewdog diagnostic format, one JSON object per line (``reviewdog -f=rdjsonl``).

Columns are 1-based and counted in UTF-8 bytes, as reviewdog's format defines them. Each
suggestion replaces the finding's range; the fix (if any) comes first.
"""
from __future__ import annotations

import json

from .locate import Locator
from .paths import relative

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def diagnostic(f, path: str, loc: Locator) -> dict:
    sl, sc, el, ec = loc.region(f)
    rng = {"start": {"line": sl, "column": loc.byte_col(sl, sc)}, "end": {"line": el, "column": loc.byte_col(el, ec)}}
    texts = []
    if f.fix is not None:
        texts.append(f.fix.replacement)
    texts += [s for s in f.suggestions if s not in texts]
    d = {
        "message": f.message,
        "location": {"path": path, "range": rng},
        "severity": SEVERITY[f.severity],
        "source": {"name": "termcheck"},
        "code": {"value": f.rule},
        "suggestions": [{"range": rng, "text": t} for t in texts[:3]] if f.segment is None else [],
    }
    return d


def render(results, options=None) -> str:
    root = (options or {}).get("root")
    out = []
    for r in results:
        loc = Locator(r.document)
        path = relative(r.path, root)
        out.extend(json.dumps(diagnostic(f, path, loc), ensure_ascii=False) for f in r.findings)
    return "".join(line + "\n" for line in out)
