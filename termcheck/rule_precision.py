"""Each rule's precision on the development corpus, for the rule docs.

The figures live in ``rules/precision.json``, written by ``python bench/quality.py
--write-precision rules/precision.json`` (findings on the annotated corpus documents and
bilingual pairs, how many overlap a slip, and findings on the clean twins). Only ``termcheck
rules`` and the docs/rules.md generator read it; the check path never does.
"""
from __future__ import annotations

import json
from functools import lru_cache

FILE = "precision.json"


@lru_cache(maxsize=1)
def figures() -> dict:
    """{rule id: {findings, true, precision, clean_findings}}; empty when the file is missing or unreadable."""
    from .engine import data_dir

    try:
        data = json.loads((data_dir("rules") / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    rules = data.get("rules") if isinstance(data, dict) else None
    return rules if isinstance(rules, dict) else {}


def describe(rule_id: str) -> str | None:
    """One line for the rule's docs, or None when no figures were stored at all."""
    data = figures()
    if not data:
        return None
    x = data.get(rule_id) or {}
    clean = int(x.get("clean_findings") or 0)
    on_clean = f"{clean} finding{'s' if clean != 1 else ''} on clean text"
    n, true = int(x.get("findings") or 0), int(x.get("true") or 0)
    if not n:
        return f"Precision on the development corpus: no findings on the corpus; {on_clean}"
    return f"Precision on the development corpus: {true}/{n} ({true / n:.2f}); {on_clean}"
