"""SARIF 2.1.0 for GitHub code scanning (design/interfaces.md section 3).

One run; ``tool.driver.rules`` carries every loaded rule with its documentation; results point
at repo-relative URIs with 1-based regions whose ``endColumn`` is the column after the span
(columns in code points: ``columnKind: unicodeCodePoints``). ``partialFingerprints`` come from
``termcheck.fingerprint`` so results keep their identity across unrelated edits.
"""
from __future__ import annotations

import json
import re
from urllib.parse import quote

from .. import __version__
from ..fingerprint import fingerprints
from . import segment_text
from .locate import Locator
from .paths import relative

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "termcheck/v1"


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    m = re.search(r"(?<=[.!?])\s+(?=[A-Z“\"(])", text)
    return text[:m.start()] if m else text


def _help(rule) -> dict:
    """What/why/example/instead from the rule's docs (parameters are left out: they can be long)."""
    d = rule.spec.doc
    parts = [("What it checks", d.what), ("Why it matters", d.why), ("Example", d.example), ("Use instead", d.instead)]
    parts = [(h, " ".join(t.split())) for h, t in parts if t and t.strip()]
    text = "\n\n".join(f"{h}: {t}" for h, t in parts)
    md = "\n\n".join(f"**{h}.** " + (f"`{t}`" if h in ("Example", "Use instead") and "`" not in t else t) for h, t in parts)
    return {"text": text, "markdown": md + f"\n\n`termcheck rules --explain {rule.id}`"}


def rule_descriptor(rule) -> dict:
    doc = rule.spec.doc
    what = doc.what.strip()
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": _first_sentence(what)},
        "fullDescription": {"text": " ".join(x for x in (what, doc.why.strip()) if x)},
        "help": _help(rule),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category], "fix": rule.spec.fix},
    }


def _fix(f, uri, region) -> list:
    if f.fix is None or f.segment is not None:
        return []
    return [{
        "description": {"text": f"Replace with “{f.fix.replacement}” ({f.fix.applicability} fix)"},
        "artifactChanges": [{
            "artifactLocation": {"uri": uri},
            "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.fix.replacement}}],
        }],
    }]


def render(results, options=None) -> str:
    options = options or {}
    root = options.get("root")
    rules = sorted(options.get("rules") or [], key=lambda r: r.id)
    descriptors = [rule_descriptor(r) for r in rules]
    index = {r.id: i for i, r in enumerate(rules)}
    for r in results:  # findings from rules not in the list (reader notes) still need a descriptor
        for f in r.findings:
            if f.rule not in index:
                index[f.rule] = len(descriptors)
                descriptors.append({"id": f.rule, "name": f.name, "shortDescription": {"text": f.name},
                                    "defaultConfiguration": {"level": LEVELS[f.severity]},
                                    "properties": {"category": f.category, "tags": [f.category]}})
    out = []
    for r in results:
        uri = quote(relative(r.path, root), safe="/")
        loc = Locator(r.document)
        fps = fingerprints(r.findings, lambda seg: segment_text(r.document, seg))
        for f, fp in zip(r.findings, fps):
            sl, sc, el, ec = loc.region(f)
            region = {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec}
            message = f.message
            if f.suggestions:
                message += " Suggestion: " + " | ".join(f.suggestions[:3])
            result = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVELS[f.severity],
                "message": {"text": message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
                "partialFingerprints": {FINGERPRINT_KEY: fp},
                "properties": {"category": f.category, "suggestions": list(f.suggestions)},
            }
            if f.segment is not None:
                result["properties"]["segment"] = f.segment
            fixes = _fix(f, uri, region)
            if fixes:
                result["fixes"] = fixes
            out.append(result)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "termcheck", "semanticVersion": __version__, "rules": descriptors}},
            "columnKind": "unicodeCodePoints",
            "results": out,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
