"""`termcheck glossary validate|stats|convert|lookup`, and --glossary on `termcheck check`
with TBX v2, TBX v3 and TSV glossaries, run as a user would."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "glossary"
TEXT = ("The county built solar panel charity stations and gave tiny poverty money loans.\n"
        "It opened a poor people factory and an internet shop pity site.\n")


def run(*args, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-m", "termcheck", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("glossary,expected", [
    ("v2.tbx", "solar panel charity"),
    ("v3-dca.tbx", "tiny poverty money"),
    ("v3-dct.tbx", "poor people factory"),
    ("small.tsv", "internet shop pity"),
])
def test_glossary_option_takes_effect(glossary, expected, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    r = run("check", str(doc), "--no-config", "--glossary", str(FIX / glossary), "--select", "TC102",
            "--format", "json", tmp_path=tmp_path)
    assert r.returncode == 1, r.stderr
    found = [f["text"] for f in json.loads(r.stdout)["files"][0]["findings"]] if "files" in r.stdout else r.stdout
    assert expected in str(found)
    others = {"solar panel charity", "tiny poverty money", "poor people factory", "internet shop pity"} - {expected}
    assert not any(o in str(found) for o in others)


def test_broken_glossary_is_a_one_line_error(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    r = run("check", str(doc), "--no-config", "--glossary", str(FIX / "bad-status.tsv"), tmp_path=tmp_path)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "bad-status.tsv:3" in r.stderr and "Traceback" not in r.stderr


def test_validate(tmp_path):
    r = run("glossary", "validate", str(FIX / "v2.tbx"), str(FIX / "small.tsv"), tmp_path=tmp_path)
    assert r.returncode == 0 and "v2.tbx: ok, 1 concepts" in r.stdout
    r = run("glossary", "validate", str(FIX / "bomb.tbx"), tmp_path=tmp_path)
    assert r.returncode == 2 and "unsafe XML refused" in r.stderr


def test_stats_of_shipped_glossary(tmp_path):
    r = run("glossary", "stats", "--format", "json", tmp_path=tmp_path)
    data = json.loads(r.stdout)
    assert data["concepts"] >= 150 and "LGOP" in data["acronyms"]


def test_convert_tsv_to_tbx_and_back(tmp_path):
    tbx = tmp_path / "out.tbx"
    r = run("glossary", "convert", str(FIX / "small.tsv"), str(tbx), tmp_path=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "<tbx" in tbx.read_text(encoding="utf-8")
    back = tmp_path / "back.tsv"
    assert run("glossary", "convert", str(tbx), str(back), tmp_path=tmp_path).returncode == 0
    v2 = tmp_path / "v2.tbx"
    assert run("glossary", "convert", str(back), str(v2), "--tbx-version", "2", tmp_path=tmp_path).returncode == 0
    from termcheck.glossary import read_glossary

    a, b, c = (read_glossary(p) for p in (FIX / "small.tsv", back, v2))
    assert [x.terms for x in a] == [x.terms for x in b] == [x.terms for x in c]
    assert [x.note for x in a] == [x.note for x in c]


def test_lookup(tmp_path):
    r = run("glossary", "lookup", "整村推进", tmp_path=tmp_path)
    assert r.returncode == 0 and "entire village advancement" in r.stdout
