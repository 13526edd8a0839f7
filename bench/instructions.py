#!/usr/bin/env python3
"""Instructions (valgrind callgrind) of the first check of some kinds on a document, minus the
same process running no rule (start, imports, engine, reading). Instruction counts repeat to
~1% whatever else the machine is doing, so two versions of a kind can be compared on a busy
machine where wall times cannot (docs/throughput.md). Needs valgrind (Debian: valgrind).

    python bench/instructions.py [--kinds number_repeats,confusion] [--path FILE] [--no-baseline]

The checked tree is this checkout (or $TC_ROOT). Each tree gets a cache directory of its own in the
temporary directory, filled by one run outside valgrind before the counted one, and string hashing
is fixed (PYTHONHASHSEED=0), so that counts repeat.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (Engine.check's loop spelled out, not engine.run_rules: $TC_ROOT may be an older tree)
CHILD = """\
import sys
sys.path.insert(0, sys.argv[1])
from termcheck.engine import Context, Engine, memo_last_use, run_rule
from termcheck.readers import read_path
kinds = {k for k in sys.argv[3].split(",") if k}
eng = Engine.from_config()
doc = read_path(sys.argv[2])
ctx = Context(document=doc, config=eng.config, glossary=eng.glossary)
rules = eng.selected(eng.config, doc.bilingual)
if kinds != {"none"}:
    rules = [r for r in rules if not kinds or r.kind in kinds]
    if hasattr(ctx, "rules"):  # (Engine.check gives its context the check's rules: shared scans are sized to them)
        ctx.rules = tuple(rules)
    last = memo_last_use(rules)
    for i, rule in enumerate(rules):
        run_rule(rule, ctx, eng.config)
        ctx.release(ns for ns, j in last.items() if j == i)
"""


def private_cache(root: str) -> str:
    """A cache directory of this tree's own: trees that share ~/.cache/termcheck rebuild and prune
    each other's entries, which swung counts by hundreds of millions (docs/throughput.md, round 6)."""
    d = Path(tempfile.gettempdir()) / f"termcheck-instructions-{hashlib.sha256(root.encode()).hexdigest()[:12]}"
    d.mkdir(exist_ok=True)
    return str(d)


def instructions(root: str, path: str, kinds: str) -> float:
    """Millions of instructions of one child process (after one run outside valgrind that fills
    the tree's private cache, so that building it is not counted; string hashing fixed)."""
    env = dict(os.environ, PYTHONHASHSEED="0", TERMCHECK_CACHE_DIR=private_cache(root))
    subprocess.run([sys.executable, "-c", CHILD, root, path, kinds], capture_output=True, env=env)
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                        "-c", CHILD, root, path, kinds], capture_output=True, text=True, env=env)
    m = re.search(r"Collected : (\d+)", p.stderr)
    if not m:
        sys.exit(f"valgrind failed: {p.stderr.strip().splitlines()[-1] if p.stderr.strip() else p.returncode}")
    return int(m.group(1)) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kinds", default="", help="comma-separated kinds (default: every default rule)")
    ap.add_argument("--path", default=str(ROOT / "seeds" / "000_650a57b38a898bbd.txt"))
    ap.add_argument("--no-baseline", action="store_true", help="only the whole process")
    a = ap.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    root = os.environ.get("TC_ROOT", str(ROOT))
    total = instructions(root, a.path, a.kinds)
    if a.no_baseline:
        print(f"total {total:,.0f} M instructions")
        return
    base = instructions(root, a.path, "none")
    print(f"kinds {a.kinds or 'ALL'}: {total - base:,.0f} M instructions (total {total:,.0f}, baseline {base:,.0f})")


if __name__ == "__main__":
    main()
