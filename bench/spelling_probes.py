#!/usr/bin/env python3
"""Recall and false alarms of the spelling rules (rules/spelling.yml: TC410, TC430, with the shipped
glossary, as the CLI runs them) on our own probe sentences (tests/data/spelling_probes.tsv).

    python bench/spelling_probes.py [--list] [--file TSV]

A slip counts as found when a finding covers its word; the first suggestion is checked against the
intended word. A false alarm is a finding on a correct sentence, or one on a slip sentence that
does not cover the slip."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PROBES = ROOT / "tests" / "data" / "spelling_probes.tsv"


def load(path: Path = PROBES) -> list[tuple[str, str, str]]:
    """(sentence, slip, fix) per line; slip and fix empty for a correct sentence."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", ""])[:3]
        out.append((cols[0], cols[1].strip(), cols[2].strip()))
    return out


def engine():
    from termcheck.config import Config
    from termcheck.engine import Engine, data_dir, load_glossary
    from termcheck.ruleset import load_rules

    rules = load_rules([data_dir("rules") / "spelling.yml"])
    return Engine(rules, load_glossary(Config()))


def score(rows, eng=None) -> dict:
    from termcheck.model import Document

    eng = eng or engine()
    res = {"slips": 0, "found": 0, "fix_ok": 0, "correct": 0, "false_alarms": 0, "missed": [], "fp": []}
    for text, slip, fix in rows:
        found = eng.check(Document.from_text(text))
        hit = False
        at = -1
        if slip:
            res["slips"] += 1
            at = re.search(r"(?<![\w'’])" + re.escape(slip) + r"(?![\w'’])", text).start()
        for f in found:
            if slip and f.start <= at < f.end:
                if not hit:
                    res["found"] += 1
                    res["fix_ok"] += bool(f.suggestions) and f.suggestions[0] == fix
                hit = True
            else:
                res["false_alarms"] += 1
                res["fp"].append((text, f.rule, f.text, f.suggestions[:1]))
        if slip and not hit:
            res["missed"].append((text, slip, fix))
        if not slip:
            res["correct"] += 1
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--file", type=Path, default=PROBES)
    ap.add_argument("--list", action="store_true", help="print the missed slips and the false alarms")
    a = ap.parse_args(argv)
    r = score(load(a.file))
    print(f"slips {r['slips']}: found {r['found']} (recall {r['found'] / max(1, r['slips']):.3f}), "
          f"first suggestion ok {r['fix_ok']}; correct sentences {r['correct']}; false alarms {r['false_alarms']}")
    if a.list:
        for t, s, f in r["missed"]:
            print(f"missed  {s!r} -> {f!r}: {t}")
        for t, rule, w, sg in r["fp"]:
            print(f"false   {rule} {w!r} -> {sg}: {t}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
