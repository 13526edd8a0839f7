"""Every example of every shipped rule: bad ones give exactly the marked spans (and the
expected first suggestion), good ones stay silent."""
import pytest

from termcheck.engine import data_dir
from termcheck.examples import run_example, strip_marks
from termcheck.ruleset import load_rules

RULES = load_rules([data_dir("rules")])
CASES = []
for r in RULES:
    for i, ex in enumerate(r.spec.examples.bad):
        CASES.append(pytest.param(r, "bad", ex, id=f"{r.id}:bad[{i}]"))
    for i, ex in enumerate(r.spec.examples.good):
        CASES.append(pytest.param(r, "good", ex, id=f"{r.id}:good[{i}]"))


@pytest.mark.parametrize("rule,which,example", CASES)
def test_rule_example(rule, which, example):
    if which == "good":
        found = run_example(rule, example.text, example.source, example.glossary)
        assert found == [], f"{rule.id} fired on a good example: {[(f.text, f.message) for f in found]}"
        return
    text, spans = strip_marks(example.text)
    found = run_example(rule, text, example.source, example.glossary)
    got = sorted((f.start, f.end) for f in found)
    assert got == sorted(spans), f"{rule.id}: expected {[text[a:b] for a, b in spans]}, got {[f.text for f in found]}"
    if example.fix is not None:
        first = next(f for f in found if (f.start, f.end) == spans[0])
        assert first.suggestions, f"{rule.id}: no suggestion"
        assert first.suggestions[0] == example.fix
    if rule.spec.fix != "none":
        assert all(f.fix is not None for f in found), f"{rule.id} declares a fix but a finding has none"


def test_every_rule_has_bad_and_good_examples():
    for r in RULES:
        assert r.spec.examples.bad and r.spec.examples.good, r.id
