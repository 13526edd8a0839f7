"""The README's two set-up commands exist and .ci/run runs the test command as written."""
import re

from conftest import ROOT


def _commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme, re.S)


def test_readme_has_main_and_test_commands():
    cmds = _commands()
    assert any("termcheck check seeds/000_650a57b38a898bbd.txt" in c for c in cmds)
    assert any("pytest" in c for c in cmds)


def test_ci_runs_readme_test_command():
    test_cmd = next(c for c in _commands() if "pytest" in c)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd.strip() in ci.splitlines()


def test_rule_reference_is_up_to_date():
    """docs/rules.md is generated: `termcheck rules --format markdown > docs/rules.md`."""
    from termcheck.cli import rules_markdown
    from termcheck.engine import data_dir
    from termcheck.ruleset import load_rules

    want = rules_markdown(load_rules([data_dir("rules")])) + "\n"
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == want, \
        "regenerate with: termcheck rules --format markdown > docs/rules.md"
