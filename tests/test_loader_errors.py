"""Broken rule packs fail to load with file, line and rule id."""
import pytest

from termcheck.errors import RuleLoadError
from termcheck.ruleset import load_rules

GOOD_RULE = """
  - id: TC990
    name: style/test-rule
    kind: pattern
    category: style
    severity: info
    message: "x"
    params: {pattern: 'foo'}
    doc: {what: "a test rule"}
    examples:
      bad: ['a [[foo]]']
      good: ['a bar']
"""


def write(tmp_path, body, name="pack.yml"):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_valid_pack_loads(tmp_path):
    rules = load_rules([write(tmp_path, "rules:" + GOOD_RULE)])
    assert [r.id for r in rules] == ["TC990"]


def test_duplicate_id_names_file_line_and_id(tmp_path):
    p = write(tmp_path, "rules:" + GOOD_RULE + GOOD_RULE.replace("test-rule", "other-rule"))
    with pytest.raises(RuleLoadError) as e:
        load_rules([p])
    msg = str(e.value)
    assert "pack.yml:14" in msg and "TC990" in msg and "duplicate" in msg


def test_unknown_kind(tmp_path):
    p = write(tmp_path, "rules:" + GOOD_RULE.replace("kind: pattern", "kind: telepathy"))
    with pytest.raises(RuleLoadError) as e:
        load_rules([p])
    assert "pack.yml:2" in str(e.value) and "TC990" in str(e.value) and "unknown kind" in str(e.value)


def test_rule_without_bad_example(tmp_path):
    p = write(tmp_path, "rules:" + GOOD_RULE.replace("bad: ['a [[foo]]']", "bad: []"))
    with pytest.raises(RuleLoadError) as e:
        load_rules([p])
    assert "examples.bad" in str(e.value) and "TC990" in str(e.value)


def test_bad_example_without_marker(tmp_path):
    p = write(tmp_path, "rules:" + GOOD_RULE.replace("'a [[foo]]'", "'a foo'"))
    with pytest.raises(RuleLoadError, match="mark the expected span"):
        load_rules([p])


def test_invalid_yaml_reports_line(tmp_path):
    p = write(tmp_path, "rules:\n  - id: TC990\n    name: [unclosed\n")
    with pytest.raises(RuleLoadError) as e:
        load_rules([p])
    assert "invalid YAML" in str(e.value) and "pack.yml:" in str(e.value)


def test_invalid_regex_param(tmp_path):
    p = write(tmp_path, "rules:" + GOOD_RULE.replace("pattern: 'foo'", "pattern: 'fo(o'"))
    with pytest.raises(RuleLoadError, match="invalid pattern"):
        load_rules([p])


def test_unknown_field_rejected(tmp_path):
    p = write(tmp_path, "rules:" + GOOD_RULE.replace("severity: info", "severity: info\n    colour: red"))
    with pytest.raises(RuleLoadError, match="colour"):
        load_rules([p])
