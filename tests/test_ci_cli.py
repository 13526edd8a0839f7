"""CI features through the CLI, in subprocesses, as a pipeline would run them."""
import codecs
import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SEED

SCHEMA = ROOT / "tests" / "sarif-schema-2.1.0.json"
NEW_ERROR = "\n这是一段没有翻译的中文。\n"  # untranslated Chinese: an error


def run(*args, cwd=None, env=None):
    e = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "termcheck", *args], capture_output=True, cwd=cwd or ROOT,
                          env=e, timeout=180)


def findings(proc):
    data = json.loads(proc.stdout)
    return [f for file in data["files"] for f in file["findings"]]


@pytest.fixture
def seed_copy(tmp_path):
    p = tmp_path / "seed.txt"
    shutil.copyfile(SEED, p)
    return p


def test_sarif_of_the_seed_validates():
    import jsonschema

    r = run("check", str(SEED), "--format", "sarif")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    run_ = data["runs"][0]
    assert len(run_["results"]) == len(findings(run("check", str(SEED), "-f", "json")))
    uri = run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "seeds/000_650a57b38a898bbd.txt"


def test_baseline_then_new_error_fails(seed_copy, tmp_path):
    bl = tmp_path / ".termcheck-baseline.json"
    r = run("check", str(seed_copy), "--baseline", str(bl), "--update-baseline", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert b"wrote" in r.stderr and bl.exists()
    data = json.loads(bl.read_text(encoding="utf-8"))
    assert data["findings"] == sorted(data["findings"], key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    assert run("check", str(seed_copy), "--baseline", str(bl), cwd=tmp_path).returncode == 0
    # an unrelated edit (a new first paragraph) keeps the old findings known
    text = seed_copy.read_text(encoding="utf-8")
    seed_copy.write_text("A new opening paragraph was added here.\n\n" + text, encoding="utf-8")
    r = run("check", str(seed_copy), "--baseline", str(bl), "-f", "json", cwd=tmp_path)
    assert r.returncode == 0 and findings(r) == []
    with seed_copy.open("a", encoding="utf-8") as fh:
        fh.write(NEW_ERROR)
    r = run("check", str(seed_copy), "--baseline", str(bl), "-f", "json", cwd=tmp_path)
    assert r.returncode == 1
    new = findings(r)
    assert [f["rule"] for f in new] == ["TC801"] and "这是" in new[0]["text"]


def git(*args, cwd):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def test_diff_reports_only_changed_lines(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copyfile(SEED, repo / "report.txt")
    git("init", "-q", cwd=repo)
    git("add", ".", cwd=repo)
    git("commit", "-q", "-m", "seed", cwd=repo)
    before = findings(run("check", "report.txt", "-f", "json", cwd=repo))
    assert len(before) > 5
    with (repo / "report.txt").open("a", encoding="utf-8") as fh:
        fh.write("\nThe bureau, etc, issued the \"Notice on Work”." + NEW_ERROR)
    r = run("check", "report.txt", "--diff", "HEAD", "-f", "json", cwd=repo)
    got = findings(r)
    n_lines = len((repo / "report.txt").read_text(encoding="utf-8").splitlines())
    assert got and all(f["line"] >= n_lines - 2 for f in got), got
    assert {"TC507", "TC501", "TC801"} <= {f["rule"] for f in got}
    assert r.returncode == 1
    (repo / "new.txt").write_text("An untracked file, etc, counts as changed.\n", encoding="utf-8")
    got = findings(run("check", ".", "--diff", "HEAD", "-f", "json", cwd=repo))
    assert any(f["rule"] == "TC507" and "untracked" not in f["text"] for f in got)
    r = run("check", "report.txt", "--diff", "no-such-rev", cwd=repo)
    assert r.returncode == 2 and b"unknown git revision" in r.stderr and b"Traceback" not in r.stderr


def test_fix_corrects_safe_findings_and_is_idempotent(seed_copy):
    from termcheck.fix import apply_fixes
    from termcheck.model import Finding, Fix

    orig = seed_copy.read_text(encoding="utf-8")
    before = findings(run("check", str(seed_copy), "-f", "json"))
    safe = [f for f in before if f["fix"] and f["fix"]["applicability"] == "safe"]
    assert len(safe) >= 5
    r = run("fix", str(seed_copy))
    assert r.returncode == 0, r.stderr
    assert f"Fixed {len(safe)} issues".encode() in r.stderr
    fixed = seed_copy.read_text(encoding="utf-8")
    # exactly the reported spans changed: the same as applying those fixes to the original text
    objs = [Finding(rule=f["rule"], name=f["name"], category=f["category"], severity=f["severity"], start=f["start"],
                    end=f["end"], message="", text=f["text"], fix=Fix(f["fix"]["replacement"], "safe")) for f in safe]
    assert fixed == apply_fixes(orig, objs).text
    after = findings(run("check", str(seed_copy), "-f", "json"))
    assert not [f for f in after if f["fix"] and f["fix"]["applicability"] == "safe"]
    assert len(after) == len(before) - len(safe)
    data = seed_copy.read_bytes()
    r = run("fix", str(seed_copy))
    assert r.returncode == 0 and seed_copy.read_bytes() == data and b"Fixed 0 issues" in r.stderr
    r = run("fix", "--diff", str(seed_copy))
    assert r.returncode == 0 and r.stdout == b""


def test_fix_diff_prints_and_does_not_write(seed_copy):
    data = seed_copy.read_bytes()
    r = run("fix", "--diff", str(seed_copy))
    assert r.returncode == 1
    out = r.stdout.decode()
    assert out.startswith("--- a/") and "\n+++ b/" in out and "+" in out and "etc." in out
    assert seed_copy.read_bytes() == data


def test_fix_keeps_bom_and_crlf(tmp_path):
    p = tmp_path / "crlf.txt"
    body = "The bureau, etc, made joint efforts.\r\nIt issued the \"Notice on Work” in May.\r\nA plain line.\r\n"
    p.write_bytes(codecs.BOM_UTF8 + body.encode("utf-8"))
    r = run("fix", str(p))
    assert r.returncode == 0, r.stderr
    data = p.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and not data.startswith(codecs.BOM_UTF8 * 2)
    text = data[3:].decode("utf-8")
    assert text == "The bureau, etc., made joint efforts.\r\nIt issued the “Notice on Work” in May.\r\nA plain line.\r\n"
    assert text.count("\r\n") == 3 and text.count("\n") == 3
    run("fix", str(p))
    assert p.read_bytes() == data


def test_check_fix_reports_what_remains(seed_copy):
    r = run("check", "--fix", str(seed_copy), "-f", "json")
    left = findings(r)
    assert left and not [f for f in left if f["fix"] and f["fix"]["applicability"] == "safe"]
    assert b"Fixed" in r.stderr
    r2 = run("check", "--fix", "--unsafe-fixes", str(seed_copy), "-f", "json")
    assert not [f for f in findings(r2) if f["fix"]]


def test_parallel_matches_sequential(tmp_path):
    for i in range(4):
        shutil.copyfile(SEED, tmp_path / f"doc{i}.txt")
    (tmp_path / "small.md").write_text("# Title\n\nThe bureau, etc, worked.\n", encoding="utf-8")
    seq = run("check", str(tmp_path), "-f", "json")
    par = run("check", str(tmp_path), "-f", "json", "-j", "3")
    assert par.returncode == seq.returncode == 1
    assert json.loads(par.stdout) == json.loads(seq.stdout)
    assert par.stderr == b""  # no progress bar when stderr is not a terminal


def test_mqm_in_summaries_and_fail_under():
    r = run("check", str(SEED), "-f", "json")
    m = json.loads(r.stdout)["summary"]["mqm"]
    assert {"score", "npt", "apt", "words", "passed"} <= set(m) and m["passed"] is None
    assert 0 < m["npt"] and m["score"] == pytest.approx(100 * (1 - m["apt"] / m["words"]), abs=0.01)
    assert run("check", str(SEED), "--fail-under", "50").returncode == 0
    r = run("check", str(SEED), "--fail-under", "99.99")
    assert r.returncode == 1
    tail = r.stdout.decode().rstrip().splitlines()[-1]
    assert tail.startswith("Found ") and "MQM score" in tail and "fail" in tail


def test_text_summary_table_by_category_and_file(tmp_path):
    shutil.copyfile(SEED, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("The bureau, etc, worked.\n", encoding="utf-8")
    out = run("check", str(tmp_path)).stdout.decode()
    table = out[out.index("\nfile "):]
    assert "punctuation" in table and "total" in table and "b.txt" in table


def test_github_format_relative_paths(tmp_path):
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "a.txt").write_text("The bureau, etc, worked.\n", encoding="utf-8")
    git("init", "-q", cwd=repo)
    r = run("check", "a.txt", "-f", "github", cwd=repo / "docs")
    lines = r.stdout.decode().splitlines()
    assert lines[0].startswith("::warning file=docs/a.txt,line=1,endLine=1,col=")
    assert lines[-1].startswith("termcheck: 1 finding in 1 file")


def test_github_format_writes_step_summary(tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    r = run("check", str(SEED), "-f", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert r.returncode == 1
    md = summary.read_text(encoding="utf-8")
    assert md.startswith("earlier step\n### termcheck\n")
    assert "| `seeds/000_650a57b38a898bbd.txt` |" in md and "MQM score" in md


def test_fix_in_xliff_targets_and_skips_table_segments(tmp_path):
    p = tmp_path / "t.xlf"
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="zh" '
            'target-language="en" datatype="plaintext" original="x"><body>\n<trans-unit id="u1">'
            '<source>各部门等，研发</source><target>The departments, etc, did R&amp;D.</target></trans-unit>\n'
            '</body></file></xliff>\n')
    p.write_text(head, encoding="utf-8")
    r = run("check", str(p), "-f", "json")
    assert any(f["rule"] == "TC507" and f["segment"] == "u1" for f in findings(r))
    r = run("fix", str(p))
    assert r.returncode == 0, r.stderr
    assert p.read_text(encoding="utf-8") == head.replace("etc,", "etc.,")
    data = p.read_bytes()
    assert run("fix", str(p)).returncode == 0 and p.read_bytes() == data
    t = tmp_path / "t.tsv"
    t.write_text("source\ttarget\n各部门等\tThe departments, etc, worked.\n", encoding="utf-8")
    before = t.read_bytes()
    if not any(f["rule"] == "TC507" for f in findings(run("check", str(t), "-f", "json"))):
        return  # the table reader is not in this tree
    r = run("fix", str(t))
    assert r.returncode == 0 and t.read_bytes() == before
    assert b"in bilingual segments skipped" in r.stderr
