#!/usr/bin/env python3
"""Time the spelling and document-consistency rules (TC220-TC222, TC410, TC430) in process on
~1 MB of English built from the seed and tests/fixtures/clean/*.txt, without a glossary.

Prints the load times of the lexicon (Hunspell forms) and of the n-gram tables, then per rule the first run (cold: suggestions computed) and
the best of the next runs (warm: per-word verdicts cached), in wall and CPU seconds.

    python bench/bench_spelling.py [--size-mb 1] [--runs 3]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus(size_mb: float) -> str:
    texts = [(ROOT / "seeds" / "000_650a57b38a898bbd.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures" / "clean").glob("*.txt"))]
    paras = [p for t in texts for p in t.split("\n") if len(p.strip()) > 80]
    out, n, i = [], 0, 0
    while n < size_mb * 1_000_000:
        out.append(paras[i % len(paras)])
        n += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from termcheck.engine import Engine, data_dir
    from termcheck.lang.lexicon import lexicon
    from termcheck.lang.ngrams import ngrams
    from termcheck.model import Document
    from termcheck.ruleset import load_rules

    t = time.perf_counter()
    lexicon()
    print(f"lexicon load: {time.perf_counter() - t:.3f} s")
    t = time.perf_counter()
    ngrams()
    print(f"n-gram tables load: {time.perf_counter() - t:.3f} s")
    text = corpus(args.size_mb)
    doc = Document.from_text(text, "<bench>")
    mb = len(text.encode("utf-8")) / 1e6
    rules = [r for r in load_rules([data_dir("rules")]) if r.id.startswith(("TC22", "TC41", "TC43"))]
    print(f"text: {mb:.2f} MB")
    print(f"{'rule':8} {'cold s':>8} {'warm s':>8} {'warm cpu':>9} {'MB/s':>7} findings")
    for rule in rules:
        engine = Engine([rule], None)
        times = []
        for _ in range(args.runs + 1):
            w, c = time.perf_counter(), time.process_time()
            found = engine.check(doc)
            times.append((time.perf_counter() - w, time.process_time() - c))
        warm = min(times[1:])
        print(f"{rule.id:8} {times[0][0]:8.3f} {warm[0]:8.3f} {warm[1]:9.3f} {mb / warm[0]:7.1f} {len(found)}")
    engine = Engine(rules, None)
    w = time.perf_counter()
    engine.check(doc)
    print(f"all {len(rules)} rules together: {time.perf_counter() - w:.3f} s")


if __name__ == "__main__":
    main()
