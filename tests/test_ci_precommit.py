"""The pre-commit hooks with the real `pre-commit` tool: a bad file fails, a fixed one passes.

pre-commit installs the hook from a local repository path (a temporary copy of this checkout,
committed), into its own virtualenv; that install needs the package index, as any pre-commit
user's does.
"""
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

BAD = "The bureau, etc, made joint efforts.\n"
GOOD = "The bureau, etc., made joint efforts.\n"
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}


def sh(args, cwd, env=None, check=True):
    return subprocess.run(args, cwd=cwd, env={**os.environ, **GIT_ENV, **(env or {})}, capture_output=True,
                          text=True, check=check, timeout=900)


def hook_repo(dest):
    """A committed copy of what pre-commit needs to install termcheck from a path."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".venv", "tests", "bench", "*.egg-info", "build")
    dest.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, dest / name)
    for name in ("termcheck", "rules", "glossary"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    sh(["git", "init", "-q"], dest)
    sh(["git", "add", "."], dest)
    sh(["git", "commit", "-q", "-m", "hooks"], dest)
    return sh(["git", "rev-parse", "HEAD"], dest).stdout.strip()


def test_pre_commit_hook_fails_bad_file_and_passes_fixed(tmp_path):
    pytest.importorskip("pre_commit", reason="pre-commit is in the test extra: pip install '.[test]'")
    hooks = tmp_path / "hooks"
    rev = hook_repo(hooks)
    work = tmp_path / "work"
    work.mkdir()
    sh(["git", "init", "-q"], work)
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: termcheck\n      - id: termcheck-fix\n"
        "        stages: [manual]\n", encoding="utf-8")
    (work / "report.txt").write_text(BAD, encoding="utf-8")
    sh(["git", "add", "."], work)
    env = {"PRE_COMMIT_HOME": str(tmp_path / "cache"), "CI": "true"}
    pc = [sys.executable, "-m", "pre_commit"]

    bad = sh(pc + ["run", "termcheck", "--files", "report.txt"], work, env, check=False)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "TC507" in bad.stdout and "Failed" in bad.stdout

    # the fix hook rewrites the file (pre-commit reports that as a failure), then the check passes
    fix = sh(pc + ["run", "termcheck-fix", "--hook-stage", "manual", "--files", "report.txt"], work, env, check=False)
    assert fix.returncode == 1 and "files were modified by this hook" in fix.stdout, fix.stdout + fix.stderr
    assert (work / "report.txt").read_text(encoding="utf-8") == GOOD
    sh(["git", "add", "report.txt"], work)
    good = sh(pc + ["run", "termcheck", "--files", "report.txt"], work, env, check=False)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
