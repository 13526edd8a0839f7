"""The findings on the seed, the development corpus, its clean twins and the bilingual pairs are
the stored ones: a speed-up (or any refactoring) that changes what termcheck reports fails here.

A rule change that is meant to change findings regenerates the snapshot on purpose and the
diff of ``tests/snapshots/corpus_findings.json`` is reviewed with the change:

    .venv/bin/python -m pytest tests/test_findings_stable.py --update-snapshots
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from termcheck.config import Config
from termcheck.engine import Engine
from termcheck.readers import read_path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "snapshots" / "corpus_findings.json"
CORPUS = ROOT / "tests" / "corpus"


def _inputs() -> list[Path]:
    return [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((CORPUS / "docs").glob("*.txt")),
            *sorted((CORPUS / "clean").glob("*.txt")), *sorted((CORPUS / "bilingual").glob("*.tsv")),
            *sorted((CORPUS / "bilingual" / "clean").glob("*.tsv"))]


def _findings() -> dict[str, list[list]]:
    config = Config()  # shipped rules and glossary, no configuration file (as --no-config)
    engine = Engine.from_config(config)
    out = {}
    for path in _inputs():
        rel = path.relative_to(ROOT).as_posix()
        doc = read_path(str(path))
        out[rel] = [[f.rule, f.segment, f.start, f.end, f.suggestions[0] if f.suggestions else None]
                    for f in engine.check(doc, config)]
    return out


def _dump(findings: dict) -> str:
    """One finding a line, so that a regenerated snapshot reviews as a readable diff."""
    files = [f"  {json.dumps(path)}: [" + ",".join(
        "\n    " + json.dumps(row, ensure_ascii=False) for row in rows) + ("\n  ]" if rows else "]")
        for path, rows in findings.items()]
    return "{\n" + ",\n".join(files) + "\n}\n"


def _describe(path: str, row) -> str:
    rule, segment, start, end, sugg = row
    where = f"segment {segment} " if segment is not None else ""
    return f"{path}: {rule} {where}[{start}:{end}] -> {sugg!r}"


def test_corpus_findings_unchanged(request):
    got = _findings()
    if request.config.getoption("--update-snapshots"):
        SNAPSHOT.write_text(_dump(got), encoding="utf-8")
        pytest.skip(f"{SNAPSHOT.name} rewritten: review its diff")
    if not SNAPSHOT.exists():
        pytest.fail(f"{SNAPSHOT.name} missing: run pytest {Path(__file__).name} --update-snapshots")
    want = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    lost, new = [], []
    for path in sorted(set(want) | set(got)):
        w = Counter(tuple(r) for r in want.get(path, []))
        g = Counter(tuple(r) for r in got.get(path, []))
        lost += [_describe(path, r) for r in (w - g).elements()]
        new += [_describe(path, r) for r in (g - w).elements()]
    assert not lost and not new, (
        f"findings changed: {len(lost)} gone, {len(new)} new\n"
        + "\n".join(["gone:", *lost[:20], "new:", *new[:20]])
        + "\nIf the change is intended (a rule was changed on purpose), regenerate with\n"
          f"  .venv/bin/python -m pytest tests/{Path(__file__).name} --update-snapshots\n"
          "and review the diff of tests/snapshots/corpus_findings.json.")
