"""MQM-style scoring of findings (shared/design/interfaces.md section 5).

Each category maps to an MQM dimension; severities weigh info 0 (neutral), warning 1 (minor),
error 5 (major), and a rule marked ``critical: true`` weighs 25 (critical). APT is the sum of
weights, PWPT = APT / evaluated words, NPT = PWPT x 1000, score = 100 x (1 - PWPT); a text
passes when the score reaches the threshold and no critical issue exists. These are issues
found automatically, not confirmed errors, so the score is an estimate for triage.

Pure and shared: the CLI (text/JSON/HTML summaries, ``--fail-under``) and the HTTP API call
``score``. Findings may be ``Finding`` objects or dicts in the JSON shape (``rule``,
``category``, ``severity``).
"""
from __future__ import annotations

DIMENSIONS = {
    "terminology": "Terminology", "consistency": "Terminology",
    "number": "Accuracy", "untranslated": "Accuracy", "omission": "Accuracy",
    "spelling": "Linguistic conventions", "grammar": "Linguistic conventions",
    "punctuation": "Linguistic conventions", "style": "Style",
}
WEIGHTS = {"info": 0, "warning": 1, "error": 5}
CRITICAL_WEIGHT = 25
NOTE = "issues found automatically, not confirmed errors"
SEVERITY_NAMES = {"info": "neutral", "warning": "minor", "error": "major"}


def _get(f, key):
    return f[key] if isinstance(f, dict) else getattr(f, key)


def critical_rules(rules) -> set[str]:
    """Ids of the rules that mark themselves ``critical: true``."""
    return {r.id for r in rules if getattr(r.spec, "critical", False)}


def score(findings, words: int, critical=(), threshold: float | None = None) -> dict:
    """Score ``findings`` over ``words`` evaluated words; ``critical`` holds critical rule ids.

    ``passed`` is None when no threshold is given.
    """
    critical = set(critical)
    apt = 0
    n_critical = 0
    by_dimension: dict[str, int] = {}
    by_severity: dict[str, int] = {}
    for f in findings:
        if _get(f, "rule") in critical:
            weight = CRITICAL_WEIGHT
            n_critical += 1
            sev = "critical"
        else:
            weight = WEIGHTS.get(_get(f, "severity"), 0)
            sev = SEVERITY_NAMES.get(_get(f, "severity"), "neutral")
        apt += weight
        dim = DIMENSIONS.get(_get(f, "category"), "Other")
        by_dimension[dim] = by_dimension.get(dim, 0) + weight
        by_severity[sev] = by_severity.get(sev, 0) + 1
    pwpt = apt / words if words else 0.0
    value = 100 * (1 - pwpt)
    passed = None if threshold is None else (value >= threshold and n_critical == 0)
    return {"score": round(value, 3), "apt": apt, "words": words, "pwpt": round(pwpt, 6),
            "npt": round(pwpt * 1000, 3), "critical": n_critical, "threshold": threshold,
            "passed": passed, "by_dimension": dict(sorted(by_dimension.items())),
            "by_severity": dict(sorted(by_severity.items())), "note": NOTE}


def describe(m: dict) -> str:
    """One line for the summary: score, penalty per 1,000 words and, with a threshold, pass or fail."""
    line = f"MQM score {m['score']:.2f} ({m['npt']:.1f} penalty points per 1,000 words"
    if m["critical"]:
        line += f", {m['critical']} critical"
    line += ")"
    if m["passed"] is not None:
        line += f": {'pass' if m['passed'] else 'fail'} at threshold {m['threshold']:g}"
    return line + f"; {m['note']}."
