#!/usr/bin/env python3
"""Time `termcheck check` as a user runs it, side by side with proselint and codespell when they
are installed (measured in the same invocation, so the ratio is not against remembered numbers).

Whole process, shipped rules and glossary, on this machine:
- seed: cold = a new process per run with the on-disk caches warm (what an editor's on-save run
  costs), median of --runs; first = a new process with an empty cache directory; warm = one
  more check in a process that has already built its engine.
- MB/s at 100 KB, 1 MB and 10 MB of English built from the seed's and the corpus' paragraphs,
  with the peak RSS of the whole process (ru_maxrss of the child).

    python bench/bench_check.py [--runs 5] [--sizes 0.1,1,10] [--no-others] [--profile]
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_650a57b38a898bbd.txt"
CORPUS = ROOT / "tests" / "corpus" / "clean"


def big_text(size_mb: float) -> str:
    """English paragraphs of the genre (seed + clean corpus twins) repeated to ``size_mb``."""
    sources = [SEED, *sorted(CORPUS.glob("*.txt"))]
    paras = [p for s in sources for p in s.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 80]
    out, n, i = [], 0, 0
    target = int(size_mb * 1_000_000)
    while n < target:
        p = paras[i % len(paras)]
        out.append(p)
        n += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out) + "\n"


def run_measured(cmd: list[str], env: dict | None = None, ok=(0, 1)) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process, via wait4 so only this child counts."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.exit(f"{' '.join(cmd[:3])} failed ({code}): {err.decode(errors='replace')[:300]}")
    return wall, ru.ru_maxrss / 1024


def termcheck_cmd(path: str) -> list[str]:
    exe = which("termcheck") or str(ROOT / ".venv" / "bin" / "termcheck")
    return [exe, "check", path, "--format", "json", "--output", os.devnull, "--no-config", "--no-progress"]


def which(name: str) -> str | None:
    """A console script of this interpreter's environment first, then PATH."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


def others(path: str) -> dict[str, list[str]]:
    """Other linters of English prose, when installed, with comparable settings."""
    out = {}
    if exe := which("proselint"):
        out["proselint"] = [exe, "check", path] if _proselint_has_check(exe) else [exe, path]
    if exe := which("codespell"):
        out["codespell"] = [exe, path]
    return out


def _proselint_has_check(exe: str) -> bool:
    """proselint 0.16 takes `proselint check PATH`; older releases `proselint PATH`."""
    r = subprocess.run([exe, "--help"], capture_output=True, text=True)
    return "check" in r.stdout


def median_of(cmd, runs, env=None, ok=(0, 1)) -> tuple[float, float]:
    results = [run_measured(cmd, env, ok) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


WARM = """\
import sys, time
sys.path.insert(0, sys.argv[1])
from termcheck.engine import Engine
from termcheck.readers import read_path
eng = Engine.from_config()
doc = read_path(sys.argv[2])
eng.check(doc)
t0 = time.perf_counter()
eng.check(doc)
print(time.perf_counter() - t0)
"""


def warm_seconds(path: Path) -> float:
    """One more check in a process that has built its engine, timed in a child process: the
    bench's own process must stay small, because on Linux a child's peak RSS (ru_maxrss) starts
    from its parent's at exec, and every later measurement would report at least this one's."""
    out = subprocess.run([sys.executable, "-c", WARM, str(ROOT), str(path)], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return float(out.stdout.split()[-1])


def profile(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from termcheck.engine import Engine
    from termcheck.readers import read_path

    eng = Engine.from_config()
    doc = read_path(str(path))
    per_rule = []
    for r in eng.rules:
        one = Engine([r], eng.glossary)
        t0 = time.perf_counter()
        one.check(doc)
        per_rule.append((time.perf_counter() - t0, r.id, r.name))
    print("slowest rules (engine only, one rule at a time):")
    for dt, rid, name in sorted(per_rule, reverse=True)[:12]:
        print(f"  {rid} {name:<40} {dt:.3f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="0.1,1,10", help="MB of text to time, comma-separated")
    ap.add_argument("--no-others", action="store_true", help="do not run proselint/codespell")
    ap.add_argument("--profile", action="store_true", help="also time each rule alone on 1 MB (engine only)")
    a = ap.parse_args()

    env = dict(os.environ)
    # an installed package has its byte code; a checkout edited with PYTHONDONTWRITEBYTECODE set has
    # stale .pyc files, and every run would compile the changed modules again (~0.07 s)
    import compileall

    compileall.compile_dir(str(ROOT / "termcheck"), quiet=2)
    cold, rss = median_of(termcheck_cmd(str(SEED)), a.runs, env)
    with tempfile.TemporaryDirectory() as cache:
        first, _ = run_measured(termcheck_cmd(str(SEED)), {**env, "TERMCHECK_CACHE_DIR": cache})
    warm = warm_seconds(SEED)
    print(f"seed ({SEED.stat().st_size / 1000:.1f} kB): cold {cold:.3f} s (median of {a.runs}), "
          f"first run with empty cache {first:.3f} s, warm (engine built) {warm:.3f} s, peak RSS {rss:.0f} MiB")

    sizes = [float(x) for x in a.sizes.split(",") if x.strip()]
    print(f"\n{'input':>8} {'tool':<10} {'wall s':>8} {'MB/s':>7} {'RSS MiB':>8} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as d:
        for size in sizes:
            big = Path(d) / f"big_{size:g}mb.txt"
            big.write_text(big_text(size), encoding="utf-8")
            mb = big.stat().st_size / 1_000_000
            runs = 1 if size >= 10 else a.runs  # (a 1 MB run varies by ~10% on this machine: a median of two is noise)
            t, r = median_of(termcheck_cmd(str(big)), runs, env)
            print(f"{mb:7.2f}M {'termcheck':<10} {t:8.3f} {mb / t:7.2f} {r:8.0f} {1.0:7.2f}")
            if not a.no_others and size <= 1:
                for name, cmd in others(str(big)).items():
                    ot, orss = median_of(cmd, 1, env, ok=(0, 1, 65))
                    print(f"{mb:7.2f}M {name:<10} {ot:8.3f} {mb / ot:7.2f} {orss:8.0f} {t / ot:7.2f}")
        if a.profile:
            big = Path(d) / "big_1mb.txt"
            if not big.exists():
                big.write_text(big_text(1), encoding="utf-8")
            profile(big)
    print("\nratio = termcheck wall time / the other tool's wall time on the same file (lower is better for termcheck)")


if __name__ == "__main__":
    main()
