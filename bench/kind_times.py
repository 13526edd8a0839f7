#!/usr/bin/env python3
"""Seconds per kind of one check, every default rule in engine order (a shared analysis is charged
to the first rule that builds it). By default the FIRST check of a fresh process, what the CLI
pays (lazy data loads included); --warm times one more check after it.

    python bench/kind_times.py [FILE] [--warm] [--top 16]

Wall times on a shared machine are noisy: compare two versions alternately, best of several runs,
or use bench/instructions.py.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from termcheck.engine import Context, Engine, run_rules  # noqa: E402
from termcheck.readers import read_path  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=str(ROOT / "seeds" / "000_650a57b38a898bbd.txt"))
    ap.add_argument("--warm", action="store_true", help="time a second check instead of the first")
    ap.add_argument("--top", type=int, default=16)
    a = ap.parse_args()
    t0 = time.perf_counter()
    eng = Engine.from_config()
    doc = read_path(a.path)
    if a.warm:
        eng.check(doc)
    t1 = time.perf_counter()
    per: collections.Counter = collections.Counter()
    ctx = Context(document=doc, config=eng.config, glossary=eng.glossary)
    t = time.perf_counter()
    for rule, _ in run_rules(eng.selected(eng.config, doc.bilingual), ctx, eng.config):
        now = time.perf_counter()
        per[rule.kind] += now - t  # (freeing the analyses after a rule counts to the next one)
        t = now
    total = sum(per.values())
    print(f"engine (and warm-up) {t1 - t0:.3f} s; {'warm' if a.warm else 'first'} check {total:.3f} s")
    for kind, dt in per.most_common(a.top):
        print(f"  {kind:<24} {dt:.3f} s")


if __name__ == "__main__":
    main()
