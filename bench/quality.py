#!/usr/bin/env python3
"""Quality on text nobody tuned to: run the installed ``termcheck`` CLI on the seed, the
development corpus (tests/corpus: documents with annotated slips, their clean twins, bilingual
segment pairs and their clean twins) and score it with the same overlap rule as
``tools/score.py`` (a copy of ../shared/tools/score.py).

    python bench/quality.py                 # the table (docs/quality.md is this output)
    python bench/quality.py --json          # the same figures for machines
    python bench/quality.py --write-precision rules/precision.json   # per-rule precision for the rule docs
    python bench/quality.py --list fp|missed [--category C]          # what went wrong, for development

Clean twins: every finding there is a false alarm; they are counted per 1,000 words, split into
warning/error findings and findings of any severity.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import score as scorer  # noqa: E402  (tools/score.py: the shared scoring rule)

CORPUS = ROOT / "tests" / "corpus"
SEED = ROOT / "seeds" / "000_650a57b38a898bbd.txt"
SEED_GOLD = ROOT / "seeds" / "000_650a57b38a898bbd.gold.jsonl"
SEVERE = ("warning", "error")


def termcheck_cmd() -> list[str]:
    if os.environ.get("TERMCHECK_CMD"):  # e.g. "python -m termcheck" of another checkout, to compare builds
        return os.environ["TERMCHECK_CMD"].split()
    exe = shutil.which("termcheck")
    if exe:
        return [exe]
    venv = ROOT / ".venv" / "bin" / "termcheck"
    if venv.exists():
        return [str(venv)]
    return [sys.executable, "-m", "termcheck"]


def run_check(paths: list[Path]) -> dict:
    """One CLI run over all files: findings JSON keyed by absolute path."""
    cmd = termcheck_cmd() + ["check", *map(str, paths), "--format", "json", "--no-config", "--no-progress", "--fail-on", "error"]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if r.returncode not in (0, 1):
        sys.exit(f"termcheck failed ({r.returncode}): {r.stderr.strip()[:500]}")
    data = json.loads(r.stdout)
    return {str(Path(f["path"]).resolve()): f for f in data.get("files", [])}


def files_json(by_path: dict, paths: list[Path]) -> dict:
    return {"files": [by_path.get(str(p.resolve()), {"path": str(p), "findings": []}) for p in paths]}


def score_set(gold_paths: list[Path], docs_dir: Path, findings: dict, tmp: Path):
    gold_file = tmp / "gold.jsonl"
    gold_file.write_text("".join(p.read_text(encoding="utf-8") for p in gold_paths), encoding="utf-8")
    find_file = tmp / "findings.json"
    find_file.write_text(json.dumps(findings), encoding="utf-8")
    gold, texts, problems = scorer.load_gold(str(gold_file), str(docs_dir))
    if problems:
        sys.exit("gold problems: " + "; ".join(problems[:3]))
    fnd = scorer.load_findings(str(find_file))
    rep, unmatched, missed = scorer.score(gold, texts, fnd, scorer.known_documents(gold, str(docs_dir)))
    return rep, unmatched, missed, fnd


def per_rule(fnd: list[dict]) -> dict:
    out = defaultdict(lambda: {"findings": 0, "true": 0})
    for f in fnd:
        if "matches" not in f:
            continue
        out[f["rule"]]["findings"] += 1
        out[f["rule"]]["true"] += bool(f["matches"])
    return out


def severity_precision(fnd: list[dict], severities) -> tuple[int, int]:
    sel = [f for f in fnd if "matches" in f and f["severity"] in severities]
    return sum(1 for f in sel if f["matches"]), len(sel)


def clean_stats(by_path: dict, paths: list[Path]) -> dict:
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    rules_all, rules_severe = Counter(), Counter()
    n_all = n_severe = 0
    examples = []
    for p in paths:
        for f in by_path.get(str(p.resolve()), {}).get("findings", []):
            n_all += 1
            rules_all[f["rule"]] += 1
            if f["severity"] in SEVERE:
                n_severe += 1
                rules_severe[f["rule"]] += 1
            examples.append({"doc": p.name, "rule": f["rule"], "severity": f["severity"], "text": f.get("text"),
                             "segment": f.get("segment"), "message": f.get("message")})
    return {"words": words, "findings": n_all, "warning_error": n_severe,
            "per_1000": 1000 * n_all / words if words else 0.0,
            "warning_error_per_1000": 1000 * n_severe / words if words else 0.0,
            "rules": dict(rules_all.most_common()), "rules_warning_error": dict(rules_severe.most_common()),
            "examples": examples}


def bilingual_words(path: Path) -> int:
    import csv
    with path.open(encoding="utf-8", newline="") as f:
        return sum(len((row.get("target") or "").split()) for row in csv.DictReader(f, delimiter="\t"))


def measure(corpus: Path = CORPUS) -> dict:
    import tempfile
    docs = sorted((corpus / "docs").glob("*.txt"))
    clean = sorted((corpus / "clean").glob("*.txt"))
    bi = sorted((corpus / "bilingual").glob("*.tsv"))
    bi_clean = sorted((corpus / "bilingual" / "clean").glob("*.tsv"))
    by_path = run_check([SEED, *docs, *clean, *bi, *bi_clean])
    res: dict = {}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        seed_rep, _, seed_missed, _ = score_set([SEED_GOLD], SEED.parent, files_json(by_path, [SEED]), tmp)
        res["seed"] = {"overall": seed_rep["overall"], "missed": seed_missed}
        rep, unmatched, missed, fnd = score_set(sorted((corpus / "docs").glob("*.gold.jsonl")), corpus / "docs",
                                                files_json(by_path, docs), tmp)
        tp_s, n_s = severity_precision(fnd, SEVERE)
        res["corpus"] = {"overall": rep["overall"], "per_category": rep["per_category"],
                         "per_document": rep["per_document"], "unmatched": unmatched, "missed": missed,
                         "precision_warning_error": tp_s / n_s if n_s else None, "findings_warning_error": n_s,
                         "per_rule": per_rule(fnd)}
        brep, bun, bmissed, bfnd = score_set(sorted((corpus / "bilingual").glob("*.gold.jsonl")), corpus / "bilingual",
                                             files_json(by_path, bi), tmp)
        res["bilingual"] = {"overall": brep["overall"], "per_category": brep["per_category"], "unmatched": bun,
                            "missed": bmissed, "per_rule": per_rule(bfnd)}
    res["clean"] = clean_stats(by_path, clean)
    bc = clean_stats(by_path, bi_clean)
    bc["words"] = sum(bilingual_words(p) for p in bi_clean)
    bc["per_1000"] = 1000 * bc["findings"] / bc["words"] if bc["words"] else 0.0
    bc["warning_error_per_1000"] = 1000 * bc["warning_error"] / bc["words"] if bc["words"] else 0.0
    res["bilingual_clean"] = bc
    # per-rule precision over everything annotated (corpus documents + bilingual), with clean-twin counts
    rules: dict = {}
    for src in (res["corpus"]["per_rule"], res["bilingual"]["per_rule"]):
        for rid, s in src.items():
            r = rules.setdefault(rid, {"findings": 0, "true": 0})
            r["findings"] += s["findings"]
            r["true"] += s["true"]
    for rid, n in {**Counter(res["clean"]["rules"]) + Counter(bc["rules"])}.items():
        rules.setdefault(rid, {"findings": 0, "true": 0})["clean_findings"] = n
    for r in rules.values():
        r.setdefault("clean_findings", 0)
        r["precision"] = r["true"] / r["findings"] if r["findings"] else None
    res["rules"] = dict(sorted(rules.items()))
    return res


def f3(x) -> str:
    return "  -  " if x is None else f"{x:5.3f}"


def table(res: dict) -> str:
    out = []
    w = out.append
    s = res["seed"]["overall"]
    c = res["corpus"]["overall"]
    b = res["bilingual"]["overall"]
    cl, bc = res["clean"], res["bilingual_clean"]
    w("# Quality on the development corpus\n")
    w("Generated by `python bench/quality.py` (installed CLI, shipped rules and glossary). "
      f"Corpus: `{res.get('corpus_path', 'tests/corpus')}/`;")
    w("a finding matches a slip when their spans overlap (tools/score.py). Clean twins: every finding is a false alarm.\n")
    w("| set | slips | found | recall | findings | precision | first suggestion ok |")
    w("|---|---|---|---|---|---|---|")
    for name, o in (("seed", s), ("corpus documents", c), ("bilingual pairs", b)):
        w(f"| {name} | {o['gold']} | {o['found']} | {f3(o['recall'])} | {o['findings']} | {f3(o['precision'])} | "
          f"{o['first_suggestion_correct']}/{o['found_with_fix']} |")
    w("")
    w(f"Corpus precision, warning and error findings only: {f3(res['corpus']['precision_warning_error'])} "
      f"({res['corpus']['findings_warning_error']} findings); counting info too: {f3(c['precision'])}.\n")
    w("| clean twins | words | findings | per 1,000 words | warning/error | warning/error per 1,000 words |")
    w("|---|---|---|---|---|---|")
    for name, x in (("documents", cl), ("bilingual pairs", bc)):
        w(f"| {name} | {x['words']} | {x['findings']} | {x['per_1000']:.2f} | {x['warning_error']} | {x['warning_error_per_1000']:.2f} |")
    w("")
    w("## Corpus documents by category\n")
    w("Recall by the slip's category; precision by the finding's own category.\n")
    w("| category | slips | found | recall | findings | precision | first suggestion ok |")
    w("|---|---|---|---|---|---|---|")
    for cat, x in res["corpus"]["per_category"].items():
        w(f"| {cat} | {x['gold']} | {x['found']} | {f3(x['recall'])} | {x['findings']} | {f3(x['precision'])} | "
          f"{x['first_suggestion_correct']}/{x['found_with_fix']} |")
    w("")
    w("## Bilingual pairs by category\n")
    w("| category | slips | found | recall | findings | precision |")
    w("|---|---|---|---|---|---|")
    for cat, x in res["bilingual"]["per_category"].items():
        w(f"| {cat} | {x['gold']} | {x['found']} | {f3(x['recall'])} | {x['findings']} | {f3(x['precision'])} |")
    w("")
    w("## By rule\n")
    w("Findings on the annotated documents and pairs, how many overlap a slip, and findings on the clean twins.\n")
    w("| rule | findings | true | precision | on clean twins |")
    w("|---|---|---|---|---|")
    for rid, x in res["rules"].items():
        w(f"| {rid} | {x['findings']} | {x['true']} | {f3(x['precision'])} | {x['clean_findings']} |")
    return "\n".join(out) + "\n"


def summary(res: dict, title: str) -> str:
    """The headline table of another corpus (the held-out set)."""
    c, b, cl, bc = res["corpus"]["overall"], res["bilingual"]["overall"], res["clean"], res["bilingual_clean"]
    out = [f"## {title}\n", "| set | slips | found | recall | findings | precision |", "|---|---|---|---|---|---|"]
    for name, o in (("documents", c), ("bilingual pairs", b)):
        out.append(f"| {name} | {o['gold']} | {o['found']} | {f3(o['recall'])} | {o['findings']} | {f3(o['precision'])} |")
    out.append("")
    out.append(f"Clean twins: {cl['per_1000']:.2f} findings per 1,000 words ({cl['warning_error_per_1000']:.2f} warning/error); "
               f"clean pairs: {bc['findings']} findings in {bc['words']} words.\n")
    out.append("| category | slips | found | recall |")
    out.append("|---|---|---|---|")
    for cat, x in res["corpus"]["per_category"].items():
        if x["gold"]:
            out.append(f"| {cat} | {x['gold']} | {x['found']} | {f3(x['recall'])} |")
    return "\n".join(out) + "\n"


def precision_data(res: dict) -> dict:
    """Per-rule figures stored beside the rule packs for `termcheck rules --explain`."""
    return {"note": "Written by bench/quality.py --write-precision from the development corpus (tests/corpus).",
            "rules": {rid: {k: x[k] for k in ("findings", "true", "precision", "clean_findings")}
                      for rid, x in res["rules"].items()}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="a corpus folder of the same layout (default tests/corpus)")
    ap.add_argument("--holdout", type=Path, metavar="DIR",
                    help="also print the headline figures of a held-out corpus (tests/holdout: measured, never tuned to)")
    ap.add_argument("--write-precision", metavar="FILE", help="store per-rule precision (rules/precision.json)")
    ap.add_argument("--list", choices=["fp", "missed", "clean"], help="list false alarms, missed slips or clean-twin findings")
    ap.add_argument("--category", help="with --list: only this category (or rule id for fp/clean)")
    args = ap.parse_args(argv)
    res = measure(args.corpus)
    try:
        res["corpus_path"] = str(Path(args.corpus).resolve().relative_to(ROOT))
    except ValueError:
        res["corpus_path"] = str(args.corpus)
    if args.write_precision:
        Path(args.write_precision).write_text(json.dumps(precision_data(res), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.list:
        if args.list == "fp":
            items = res["corpus"]["unmatched"] + [dict(u, doc="bi:" + str(u.get("doc"))) for u in res["bilingual"]["unmatched"]]
            items = [u for u in items if not args.category or args.category in (u["category"], u["rule"])]
            for u in items:
                print(f"{u['rule']:6} {u['severity']:7} {u['doc']}: {u.get('context', u.get('text'))!r} -- {u['message']}")
        elif args.list == "missed":
            items = res["corpus"]["missed"] + res["bilingual"]["missed"] + res["seed"]["missed"]
            for m in items:
                if not args.category or m["category"] == args.category:
                    print(f"{m['category']:12} {m['doc']}: {m['quote']!r} -> {m['fix']!r}  ({m.get('note')})")
        else:
            for e in res["clean"]["examples"] + res["bilingual_clean"]["examples"]:
                if not args.category or args.category == e["rule"]:
                    print(f"{e['rule']:6} {e['severity']:7} {e['doc']}: {e['text']!r} -- {e['message']}")
        return 0
    if args.json:
        slim = {k: {kk: vv for kk, vv in v.items() if kk not in ("unmatched", "missed", "examples")} if isinstance(v, dict) else v
                for k, v in res.items()}
        print(json.dumps(slim, indent=1, default=str))
    else:
        sys.stdout.write(table(res))
        if args.holdout:
            sys.stdout.write("\n" + summary(measure(args.holdout), f"Held-out set ({args.holdout.name}/: see its README)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
