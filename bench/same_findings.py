#!/usr/bin/env python3
"""Speed work must not change findings: record the findings (rule, segment, span, first
suggestion, message) of some documents, then compare a later tree's with them.

    python bench/same_findings.py --write ref.json FILE...   # before the change
    python bench/same_findings.py ref.json                   # after: exit 1 and the differences

Good inputs: the seed, a long text (bench_check.big_text), the corpus documents concatenated.
tests/test_findings_stable.py keeps the same guarantee for the corpus in CI.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from termcheck.engine import Engine  # noqa: E402
from termcheck.readers import read_path  # noqa: E402


def findings(eng: Engine, path: str) -> list[list]:
    return sorted([f.rule, f.segment if f.segment is not None else -1, f.start, f.end,
                   f.suggestions[0] if f.suggestions else "", f.message] for f in eng.check(read_path(path)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ref", help="the reference file (JSON)")
    ap.add_argument("paths", nargs="*", help="with --write: the documents to record")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    eng = Engine.from_config()
    if a.write:
        out = {p: findings(eng, p) for p in a.paths}
        Path(a.ref).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        print({p: len(v) for p, v in out.items()})
        return
    ref = json.loads(Path(a.ref).read_text(encoding="utf-8"))
    differ = 0
    for path, rows in ref.items():
        want, got = {tuple(x) for x in rows}, {tuple(x) for x in findings(eng, path)}
        for x in sorted(want - got)[:15]:
            print("MISSING", Path(path).name, x)
        for x in sorted(got - want)[:15]:
            print("NEW    ", Path(path).name, x)
        differ += want != got
        print(f"{Path(path).name}: {len(want)} recorded, {len(got)} now, {'same' if want == got else 'DIFFERENT'}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
