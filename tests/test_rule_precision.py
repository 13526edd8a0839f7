"""Per-rule precision from rules/precision.json in `termcheck rules --explain` and docs/rules.md."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT
from termcheck import rule_precision

PRECISION = ROOT / "rules" / "precision.json"


def _stored():
    return json.loads(PRECISION.read_text(encoding="utf-8"))["rules"]


def test_precision_file_has_the_bench_fields():
    rules = _stored()
    assert rules, "rules/precision.json holds no rules"
    for rid, x in rules.items():
        assert set(x) >= {"findings", "true", "precision", "clean_findings"}, rid
        assert 0 <= x["true"] <= x["findings"], rid


def test_explain_shows_the_stored_figure():
    rid, x = next((rid, x) for rid, x in sorted(_stored().items()) if x["findings"])
    r = subprocess.run([sys.executable, "-m", "termcheck", "rules", "--explain", rid],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    want = f"{x['true']}/{x['findings']} ({x['true'] / x['findings']:.2f}); {x['clean_findings']} finding"
    assert f"Precision on the development corpus: {want}" in r.stdout


def test_markdown_carries_the_figure():
    from termcheck.cli import rules_markdown
    from termcheck.engine import Engine

    md = rules_markdown(Engine.from_config().rules)
    rid, x = next((rid, x) for rid, x in sorted(_stored().items()) if x["findings"])
    section = md.split(f"## {rid} ", 1)[1].split("\n## ", 1)[0]
    assert f"{x['true']}/{x['findings']}" in section


@pytest.mark.parametrize("data,want", [
    ({"TC999": {"findings": 8, "true": 6, "precision": 0.75, "clean_findings": 1}},
     "Precision on the development corpus: 6/8 (0.75); 1 finding on clean text"),
    ({"TC999": {"findings": 0, "true": 0, "precision": None, "clean_findings": 3}},
     "Precision on the development corpus: no findings on the corpus; 3 findings on clean text"),
    ({"TC001": {"findings": 2, "true": 2, "precision": 1.0, "clean_findings": 0}},
     "Precision on the development corpus: no findings on the corpus; 0 findings on clean text"),
    ({}, None),
])
def test_describe(monkeypatch, data, want):
    monkeypatch.setattr(rule_precision, "figures", lambda: data)
    assert rule_precision.describe("TC999") == want


def test_check_path_does_not_read_the_figures(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("The county built roads.\n", encoding="utf-8")
    code = ("import sys; from termcheck.cli import main; main(['check', sys.argv[1], '--no-config', '-f', 'json', "
            "'-o', sys.argv[2]]); print('termcheck.rule_precision' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code, str(doc), str(tmp_path / "out.json")],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.stdout.strip().splitlines()[-1] == "False", r.stdout + r.stderr
