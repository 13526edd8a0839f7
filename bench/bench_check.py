#!/usr/bin/env python3
"""Time `termcheck check` as a user runs it: the seed, and a ~1 MB text built from the seed's
paragraphs. Whole process, shipped rules and glossary. Prints wall seconds and MB/s.

    python bench/bench_check.py [--runs 5] [--size-mb 1]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_650a57b38a898bbd.txt"


def big_text(size_mb: float) -> str:
    paras = [p for p in SEED.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 80 and p.isascii() is False or len(p.strip()) > 80]
    out, n, i = [], 0, 0
    target = int(size_mb * 1_000_000)
    while n < target:
        p = paras[i % len(paras)]
        out.append(p)
        n += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out) + "\n"


def time_cli(path: str, runs: int) -> list[float]:
    cmd = [sys.executable, "-m", "termcheck", "check", path, "--format", "json", "--output", os.devnull]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True)
        times.append(time.perf_counter() - t)
        if r.returncode not in (0, 1):
            sys.exit(f"termcheck failed: {r.stderr.decode()[:300]}")
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size-mb", type=float, default=1.0)
    a = ap.parse_args()
    seed_t = time_cli(str(SEED), a.runs)
    print(f"seed ({SEED.stat().st_size / 1000:.1f} kB): median {statistics.median(seed_t):.3f} s, min {min(seed_t):.3f} s")
    with tempfile.TemporaryDirectory() as d:
        big = Path(d) / "big.txt"
        big.write_text(big_text(a.size_mb), encoding="utf-8")
        mb = big.stat().st_size / 1_000_000
        t = time_cli(str(big), max(1, a.runs // 2))
        med = statistics.median(t)
        print(f"{mb:.2f} MB text: median {med:.3f} s -> {mb / med:.2f} MB/s (whole process)")
        # the same text without process start-up and rule loading
        sys.path.insert(0, str(ROOT))
        from termcheck.engine import Engine
        from termcheck.readers import read_path

        eng = Engine.from_config()
        doc = read_path(str(big))
        t0 = time.perf_counter()
        n = len(eng.check(doc))
        dt = time.perf_counter() - t0
        print(f"{mb:.2f} MB text, engine only: {dt:.3f} s -> {mb / dt:.2f} MB/s ({n} findings)")
        per_rule = []
        for r in eng.rules:
            one = Engine([r], eng.glossary)
            t0 = time.perf_counter()
            one.check(doc)
            per_rule.append((time.perf_counter() - t0, r.id, r.name))
        for dt, rid, name in sorted(per_rule, reverse=True)[:8]:
            print(f"  {rid} {name:<40} {dt:.3f} s")


if __name__ == "__main__":
    main()
