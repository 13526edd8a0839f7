"""The CLI as a user runs it: a subprocess, exit codes, output, bad input."""
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SEED


def run(*args, input=None, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "termcheck", *args], input=input, capture_output=True,
                          cwd=cwd or ROOT, env=env, timeout=120)


def test_check_seed_text_output():
    r = run("check", str(SEED))
    assert r.returncode == 1
    out = r.stdout.decode()
    assert "000_650a57b38a898bbd.txt:" in out and "TC501 warning" in out
    assert "^" in out and out.rstrip().splitlines()[-1].startswith("Found ")
    assert r.stderr == b""


def test_check_json_matches_contract():
    r = run("check", str(SEED), "--format", "json")
    data = json.loads(r.stdout)
    assert data["version"] == "1" and data["summary"]["files"] == 1
    text = SEED.read_text(encoding="utf-8")
    f0 = data["files"][0]["findings"][0]
    assert set(f0) >= {"rule", "name", "category", "severity", "message", "start", "end", "line", "column",
                       "text", "suggestions", "fix", "segment"}
    for f in data["files"][0]["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
    starts = [f["start"] for f in data["files"][0]["findings"]]
    assert starts == sorted(starts)


def test_select_ignore_and_fail_on():
    r = run("check", str(SEED), "--select", "TC801", "--format", "json")
    rules = {f["rule"] for f in json.loads(r.stdout)["files"][0]["findings"]}
    assert rules == {"TC801"}
    r = run("check", str(SEED), "--select", "punctuation", "--ignore", "TC501,TC507", "--format", "json")
    rules = {f["rule"] for f in json.loads(r.stdout)["files"][0]["findings"]}
    assert rules and all(x.startswith("TC5") for x in rules) and not rules & {"TC501", "TC507"}
    r = run("check", str(SEED), "--select", "TC506", "--fail-on", "warning")
    assert r.returncode == 0  # TC506 is info
    r = run("check", str(SEED), "--select", "TC506", "--fail-on", "info")
    assert r.returncode == 1


def test_clean_text_exits_zero_via_stdin():
    r = run("check", "-", input="The province issued the plan in 2011.\n".encode())
    assert r.returncode == 0, r.stdout.decode()
    assert "Found 0 issues" in r.stdout.decode()


def test_stdin_filename_picks_reader():
    r = run("check", "-", "--stdin-filename", "x.md", "--format", "json", input=b"Some `the the` code.\n")
    assert json.loads(r.stdout)["files"][0]["path"] == "x.md"
    assert json.loads(r.stdout)["files"][0]["findings"] == []


@pytest.mark.parametrize("setup,needle", [
    ("missing", "no such file"),
    ("emptydir", "no files to check"),
    ("badbytes", "cannot decode as utf-8 at byte"),
    ("binary", "binary file"),
    ("badconfig", "invalid configuration"),
    ("badrules", "rule TC990"),
])
def test_bad_input_one_line_exit_2(tmp_path, setup, needle):
    target = tmp_path / "doc.txt"
    args = ["check"]
    if setup == "missing":
        args.append(str(tmp_path / "nope.txt"))
    elif setup == "emptydir":
        (tmp_path / "d").mkdir()
        args.append(str(tmp_path / "d"))
    elif setup == "badbytes":
        target.write_bytes(b"Good text \xc3\x28 here")
        args.append(str(target))
    elif setup == "binary":
        target.write_bytes(bytes(range(256)) * 4)
        args.append(str(target))
    elif setup == "badconfig":
        target.write_text("fine\n")
        (tmp_path / "termcheck.toml").write_text("select = [unclosed\n")
        args.append(str(target))
    elif setup == "badrules":
        target.write_text("fine\n")
        pack = tmp_path / "p.yml"
        pack.write_text("rules:\n  - id: TC990\n    name: style/x\n    kind: nope\n")
        args += [str(target), "--rules", str(pack), "--no-config"]
    r = run(*args, cwd=tmp_path)
    err = r.stderr.decode()
    assert r.returncode == 2, (r.stdout, err)
    assert needle in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert r.stdout == b""


def test_encoding_override(tmp_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes("扶贫 the the work".encode("gbk"))
    assert run("check", str(p)).returncode == 2
    r = run("check", str(p), "--encoding", "gbk", "--format", "json")
    assert r.returncode == 1
    assert any(f["rule"] == "TC701" for f in json.loads(r.stdout)["files"][0]["findings"])


def test_utf16_file(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("It built the the roads.\n".encode("utf-16"))
    r = run("check", str(p), "--format", "json")
    f = json.loads(r.stdout)["files"][0]["findings"][0]
    assert f["rule"] == "TC701" and f["start"] == 9


def test_directory_with_globs_and_config(tmp_path):
    (tmp_path / "a.md").write_text("It built the the roads.\n")
    (tmp_path / "skip.txt").write_text("It built the the roads.\n")
    (tmp_path / "termcheck.toml").write_text('exclude = ["skip.txt"]\n[severity]\nTC701 = "error"\n')
    r = run("check", str(tmp_path), "--format", "json", cwd=tmp_path)
    data = json.loads(r.stdout)
    assert [f["path"].rsplit("/", 1)[-1] for f in data["files"]] == ["a.md"]
    assert data["files"][0]["findings"][0]["severity"] == "error"


def test_pyproject_tool_section(tmp_path):
    (tmp_path / "a.txt").write_text("It built the the roads, etc, here.\n")
    (tmp_path / "pyproject.toml").write_text('[tool.termcheck]\nignore = ["TC701"]\n')
    r = run("check", "a.txt", "--format", "json", cwd=tmp_path)
    rules = {f["rule"] for f in json.loads(r.stdout)["files"][0]["findings"]}
    assert "TC701" not in rules and "TC507" in rules


def test_rules_list_and_explain():
    r = run("rules")
    assert r.returncode == 0 and "TC501" in r.stdout.decode()
    r = run("rules", "--explain", "TC501")
    out = r.stdout.decode()
    assert "What it checks" in out and "Why it matters" in out and "Use instead" in out
    r = run("rules", "--explain", "TC000")
    assert r.returncode == 2 and "unknown rule" in r.stderr.decode()


def test_cli_imports_no_web_framework():
    code = ("import sys, termcheck.cli as c; c.main(['rules']); "
            "bad = [m for m in ('fastapi', 'uvicorn', 'starlette', 'sacrebleu') if m in sys.modules]; "
            "print('LOADED', bad)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, cwd=ROOT)
    assert "LOADED []" in r.stdout.decode()


def test_slow_user_regex_is_stopped(tmp_path):
    pack = tmp_path / "slow.yml"
    pack.write_text("""rules:
  - id: TC990
    name: style/slow
    kind: pattern
    category: style
    severity: info
    message: "slow"
    params: {pattern: '(x+x+)+y', timeout: 0.1}
    doc: {what: "catastrophic backtracking"}
    examples:
      bad: ['[[xxy]]']
      good: ['abc']
""")
    doc = tmp_path / "doc.txt"
    doc.write_text("x" * 3000 + "\n")
    r = run("check", str(doc), "--rules", str(pack), "--no-config")
    assert r.returncode == 2 and "ran past its time budget" in r.stderr.decode()
