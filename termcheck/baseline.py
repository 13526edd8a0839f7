"""Baseline of known findings: ``check --baseline FILE`` reports only findings not in it.

The file is sorted, indented JSON (one entry per distinct finding, with a count), so it diffs
well in review. Entries are matched by path + fingerprint (``termcheck.fingerprint``: rule,
matched text and nearby context, no line numbers), so edits elsewhere keep old findings
known. Paths are stored relative to the baseline file's directory, POSIX style.
"""
from __future__ import annotations

import json
import os
from collections import Counter

from .errors import InputError
from .fingerprint import finding_fingerprint

VERSION = 1


def rel_path(path: str, baseline_file: str) -> str:
    if path.startswith("<"):
        return path
    base = os.path.dirname(os.path.abspath(baseline_file))
    rel = os.path.relpath(os.path.abspath(path), base)
    return rel.replace(os.sep, "/")


def _entries(result, baseline_file):
    from .report import segment_text

    path = rel_path(result.path, baseline_file)
    for f in result.findings:
        yield (path, f.rule, finding_fingerprint(f, segment_text(result.document, f.segment))), f


def build(results, baseline_file: str) -> dict:
    counts: Counter = Counter()
    texts = {}
    for r in results:
        for key, f in _entries(r, baseline_file):
            counts[key] += 1
            texts.setdefault(key, f.text[:80])
    findings = [{"path": p, "rule": rule, "fingerprint": fp, "text": texts[(p, rule, fp)], "count": n}
                for (p, rule, fp), n in sorted(counts.items())]
    return {"version": VERSION, "tool": "termcheck", "findings": findings}


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(results, baseline_file: str) -> int:
    from .fsutil import atomic_write_text

    data = build(results, baseline_file)
    atomic_write_text(baseline_file, dumps(data))
    return sum(e["count"] for e in data["findings"])


def load(baseline_file: str) -> Counter:
    try:
        with open(baseline_file, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise InputError(f"{baseline_file}: baseline not found (create it with --update-baseline)") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{baseline_file}: invalid baseline: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise InputError(f"{baseline_file}: invalid baseline: expected an object with a 'findings' list")
    known: Counter = Counter()
    for i, e in enumerate(data["findings"]):
        try:
            known[(e["path"], e["rule"], e["fingerprint"])] += int(e.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{baseline_file}: invalid baseline entry {i + 1}") from None
    return known


def filter_new(results, baseline_file: str):
    """Results with only the findings the baseline does not cover; returns (results, n_known)."""
    from .report import FileResult

    known = load(baseline_file)
    out, n_known = [], 0
    for r in results:
        keep = []
        for key, f in _entries(r, baseline_file):
            if known[key] > 0:
                known[key] -= 1
                n_known += 1
            else:
                keep.append(f)
        out.append(FileResult(r.path, r.document, keep))
    return out, n_known
