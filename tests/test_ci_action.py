"""action.yml (composite GitHub Action) and the workflow example in docs/ci.md.

GitHub itself is not reachable here, so the action's own shell step is run locally with bash,
the way the runner would (inputs as environment variables, GITHUB_OUTPUT a file).
"""
import json
import os
import re
import subprocess
import sys

import yaml

from conftest import ROOT, SEED


def action():
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_is_composite_with_install_check_upload():
    a = action()
    assert a["runs"]["using"] == "composite"
    steps = a["runs"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    check = next(s for s in steps if s.get("id") == "check")
    assert "--format sarif" in check["run"] and check["shell"] == "bash"
    assert all("shell" in s for s in steps if "run" in s)
    install = next(s for s in steps if s.get("name") == "Install termcheck")
    assert "pip install" in install["run"]


def test_action_check_step_runs(tmp_path):
    step = next(s for s in action()["runs"]["steps"] if s.get("id") == "check")
    bindir = tmp_path / "bin"
    bindir.mkdir()
    shim = bindir / "termcheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m termcheck "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    out = tmp_path / "github_output"
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT),
           "PATHS": str(SEED), "ARGS": "--select TC5", "SARIF": str(tmp_path / "t.sarif"), "ANNOTATIONS": "true",
           "GITHUB_OUTPUT": str(out), "CI": "true"}
    r = subprocess.run(["bash", "-e", "-c", step["run"]], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert out.read_text() == "exit-code=1\n"
    sarif = json.loads((tmp_path / "t.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert all(x["ruleId"].startswith("TC5") for x in sarif["runs"][0]["results"])
    assert "::warning file=seeds/000_650a57b38a898bbd.txt" in r.stdout  # annotations requested


def test_docs_workflow_example_uses_the_action_inputs():
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.+?)```", text, re.S)]
    workflow = next(b for b in blocks if isinstance(b, dict) and "jobs" in b)
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["termcheck"]["steps"]
    ours = next(s for s in steps if "termcheck" in s.get("uses", ""))
    assert set(ours["with"]) <= set(action()["inputs"])
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    cfg = next(b for b in blocks if isinstance(b, dict) and "repos" in b)
    assert {h["id"] for h in cfg["repos"][0]["hooks"]} <= {h["id"] for h in hooks}
