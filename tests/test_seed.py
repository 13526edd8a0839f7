"""Seed regression: the seed's findings are compared with a stored expected file.

Rewrite the file only on purpose: ``pytest tests/test_seed.py --update-snapshots``.
"""
import json

from conftest import ROOT, SEED
from termcheck.engine import check
from termcheck.readers import read_path

EXPECTED = ROOT / "tests" / "snapshots" / "seed_findings.json"


def seed_findings():
    doc = read_path(str(SEED))
    return [{"rule": f.rule, "start": f.start, "end": f.end, "text": f.text,
             "suggestion": f.suggestions[0] if f.suggestions else None} for f in check(doc)]


def test_seed_matches_expected(request):
    got = seed_findings()
    if request.config.getoption("--update-snapshots") or not EXPECTED.exists():
        EXPECTED.parent.mkdir(exist_ok=True)
        EXPECTED.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    want = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert got == want, "seed findings changed; review and rerun with --update-snapshots"


def test_seed_reports_the_core_issue_findings():
    texts = [(f["rule"], f["text"]) for f in seed_findings()]
    wanted = {"No.53", "etc", "Mid-November", "First", "LGOP", "CDD", "issued the implemented the",
              "poverty alleviation research and advocacy", "扫描下载手机客户端"}
    found = {t for _, t in texts}
    assert wanted <= found, wanted - found
    assert sum(1 for r, t in texts if r == "TC501") == 3
