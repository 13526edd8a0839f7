"""termcheck score: BLEU, chrF++ and TER with sacrebleu signatures, document and segment level."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT

pytest.importorskip("sacrebleu")

from termcheck.score import score_segments  # noqa: E402

FIX = ROOT / "tests" / "fixtures" / "bilingual"
HYP = ["The province lifted 13.56 million people out of poverty.",
       "The work was inspected.",
       "Investment of poverty alleviation funds grew steadily."]
REF = ["The province lifted 13.56 million people out of poverty.",
       "The work was inspected at the end of the year.",
       "Poverty alleviation funds grew steadily."]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "termcheck", *args], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120)


def test_score_segments_pure_function():
    res = score_segments(HYP, REF)
    assert set(res["document"]) == {"bleu", "chrf", "ter"}
    assert res["document"]["bleu"]["signature"].startswith("nrefs:1|")
    assert "nw:2" in res["document"]["chrf"]["signature"]  # chrF++
    assert res["segments"][0]["bleu"] == 100.0 and res["segments"][0]["ter"] == 0.0
    two = score_segments(HYP, [REF, HYP])
    assert two["nrefs"] == 2 and two["document"]["bleu"]["score"] == 100.0


def test_score_segments_rejects_misaligned_input():
    from termcheck.errors import InputError

    with pytest.raises(InputError):
        score_segments(HYP, REF[:2])


@pytest.fixture
def files(tmp_path):
    h, r = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    h.write_text("\n".join(HYP) + "\n", encoding="utf-8")
    r.write_text("\n".join(REF) + "\n", encoding="utf-8")
    return h, r


def test_score_text(files):
    h, r = files
    out = run_cli("score", str(h), "--ref", str(r), "--worst", "2")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("BLEU") and "nrefs:1|case:mixed|eff:no|tok:13a" in lines[0]
    assert lines[1].startswith("chrF++") and lines[2].startswith("TER")
    assert "Worst 2 segments" in out.stdout and "#2:" in out.stdout and "#1:" not in out.stdout


def test_score_json_two_references(files):
    h, r = files
    out = run_cli("score", str(h), "--ref", str(r), "--ref", str(h), "--format", "json", "--worst", "1")
    data = json.loads(out.stdout)
    assert data["nrefs"] == 2 and data["signatures"]["bleu"].startswith("nrefs:2|")
    assert len(data["segments"]) == 3 and len(data["worst"]) == 1


def test_score_bilingual_files_by_segment_id(tmp_path):
    ref = tmp_path / "ref.jsonl"
    ref.write_text("".join(json.dumps({"id": str(i), "source": "", "target": t}) + "\n"
                           for i, t in [(3, REF[2]), (1, REF[0]), (2, REF[1])]), encoding="utf-8")
    hyp = tmp_path / "hyp.tsv"
    hyp.write_text("id\tsource\ttarget\n" + "".join(f"{i}\t扶贫\t{t}\n" for i, t in enumerate(HYP, 1)), encoding="utf-8")
    data = json.loads(run_cli("score", str(hyp), "--ref", str(ref), "-f", "json").stdout)
    assert data["segments"][0]["id"] == "1" and data["segments"][0]["bleu"] == 100.0
    xlf = run_cli("score", str(FIX / "report.xlf"), "--ref", str(FIX / "report.tsv"), "-f", "json")
    assert json.loads(xlf.stdout)["document"]["bleu"]["score"] == 100.0  # same targets, codes masked


def test_score_reference_column(tmp_path):
    p = tmp_path / "pairs.tsv"
    p.write_text("id\tzh\ten\treference\n1\t扶贫\tpoverty relief\tpoverty alleviation\n", encoding="utf-8")
    out = run_cli("score", str(p))
    assert out.returncode == 0 and out.stdout.startswith("BLEU")


def test_score_mismatched_files_exit_2(files, tmp_path):
    h, _ = files
    short = tmp_path / "short.txt"
    short.write_text("one line\n", encoding="utf-8")
    out = run_cli("score", str(h), "--ref", str(short))
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1 and "do not match" in out.stderr


def test_score_mqm_of_a_bilingual_file():
    gl = str(FIX / "glossary.tsv")
    out = run_cli("score", str(FIX / "report.xlf"), "--mqm", "--no-config", "--no-default-glossary", "-g", gl,
                  "--threshold", "99")
    assert out.returncode == 1 and out.stdout.startswith("MQM score") and "fail at threshold 99" in out.stdout
    out = run_cli("score", str(FIX / "report.xlf"), "--mqm", "--ref", str(FIX / "report.tsv"), "--no-config",
                  "--no-default-glossary", "-g", gl, "-f", "json")
    data = json.loads(out.stdout)
    assert out.returncode == 0 and data["mqm"]["words"] > 0 and data["document"]["bleu"]["score"] == 100.0
