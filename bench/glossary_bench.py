#!/usr/bin/env python3
"""Glossary scale benchmark: load time (cold, building the automata), cached load time, peak
RSS, and checking speed (MB/s) with 1k, 10k and 100k-term glossaries, against the shipped one.

Glossaries are generated from real n-grams: word n-grams of the seed text and the reference
terms (tools/glossary/reference.tsv), then combinations of the two, so terms overlap and share
words as a real termbase does. Every fifth concept also gets a deprecated variant. The checked
text (~1 MB) is built from the seed's paragraphs. Each measurement runs in a fresh process.

    python bench/glossary_bench.py [--sizes 1000,10000,100000] [--text-mb 1] [--runs 3]

"check MB/s" is the first check in a fresh process (cached glossary, cold per-process caches);
"warm check" a second check in the same process.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_650a57b38a898bbd.txt"
REF = ROOT / "tools" / "glossary" / "reference.tsv"
RULES = "TC102,TC103,TC104,TC203"


def ngrams() -> list[str]:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", SEED.read_text(encoding="utf-8"))
    seen: dict[str, None] = {}
    for n in (2, 3, 4, 5):
        for i in range(len(words) - n + 1):
            seen.setdefault(" ".join(words[i:i + n]).lower(), None)
    return list(seen)


def reference_terms() -> list[str]:
    out = []
    with REF.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            for col in ("en_preferred", "en_admitted"):
                out += [re.sub(r"\s*\(.*?\)", "", t).strip() for t in row[col].split("|") if t.strip()]
    return list(dict.fromkeys(t for t in out if t))


def make_glossary(n: int, path: Path) -> None:
    rnd = random.Random(n)
    ref, grams = reference_terms(), ngrams()
    terms = list(dict.fromkeys(ref + grams))
    # combinations of real pieces, kept to termbase-like lengths (2-5 words): a seed word or
    # bigram before a reference term's head n-gram, or a reference n-gram before a seed word
    heads = list(dict.fromkeys(" ".join(t.split()[-k:]).lower() for t in ref for k in (1, 2) if len(t.split()) >= k))
    words = list(dict.fromkeys(w for g in grams for w in g.split() if len(w) > 2))
    bigrams = [g for g in grams if g.count(" ") == 1]
    while len(terms) < n:
        r = rnd.random()
        if r < 0.4:
            terms.append(f"{rnd.choice(words)} {rnd.choice(heads)}")
        elif r < 0.7:
            terms.append(f"{rnd.choice(bigrams)} {rnd.choice(heads)}")
        else:
            terms.append(f"{rnd.choice(heads)} {rnd.choice(words)}")
        if len(terms) % 50000 == 0:
            terms = list(dict.fromkeys(terms))
    terms = list(dict.fromkeys(terms))[:n]
    with path.open("w", encoding="utf-8") as f:
        f.write("id\tzh\ten\tstatus\n")
        for i, t in enumerate(terms):
            f.write(f"b{i}\t术语{i}\t{t}\tpreferred\n")
            w = t.split()
            if i % 5 == 0 and len(w) >= 2:
                f.write(f"b{i}\t\t{' '.join(w[1:] + w[:1])}\tdeprecated\n")


def big_text(mb: float) -> str:
    paras = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 200]
    out, n, i = [], 0, 0
    while n < mb * 1_000_000:
        out.append(paras[i % len(paras)])
        n += len(out[-1].encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def worker(glossary: str, text_path: str) -> dict:
    """One measurement in a fresh process: load (cold or cached: the caller sets the cache dir)."""
    t0 = time.perf_counter()
    from termcheck.glossary import load_glossaries

    paths = [glossary] if glossary != "shipped" else [str(ROOT / "glossary")]
    g = load_glossaries(paths)
    load = time.perf_counter() - t0
    out = {"load_s": load, "concepts": len(g), "terms": g.term_count()}
    if text_path:
        from termcheck.config import Config
        from termcheck.engine import Engine
        from termcheck.model import Document
        from termcheck.ruleset import load_rules

        text = Path(text_path).read_text(encoding="utf-8")
        mb = len(text.encode("utf-8")) / 1e6
        t = time.perf_counter()
        matches = g.match(text)
        out["match_mb_s"] = mb / (time.perf_counter() - t)
        rules = [r for r in load_rules([ROOT / "rules" / "terminology.yml"])]
        engine = Engine(rules, g, Config())
        t = time.perf_counter()
        findings = engine.check(Document.from_text(text))
        out["check_mb_s"] = mb / (time.perf_counter() - t)
        # again in the same process: the per-process caches (matched keys, near-miss probes)
        # are warm, as in a server or a run over many files
        t = time.perf_counter()
        engine.check(Document.from_text(text))
        out["warm_check_mb_s"] = mb / (time.perf_counter() - t)
        out["matches"], out["findings"] = len(matches), len(findings)
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def measure(glossary: str, cache: str, text_path: str = "") -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERMCHECK_CACHE_DIR": cache}
    r = subprocess.run([sys.executable, __file__, "--worker", glossary, text_path], env=env,
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--text-mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3, help="cached runs per glossary (fresh processes; best kept)")
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        text = tmp / "text.txt"
        text.write_text(big_text(args.text_mb), encoding="utf-8")
        mb = text.stat().st_size / 1e6
        t = time.perf_counter()
        sum(range(10_000_000))
        calib = time.perf_counter() - t
        print(f"text: {mb:.2f} MB from the seed's paragraphs; rules {RULES}; Python {sys.version.split()[0]}; "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
              f"calibration sum(range(1e7)) = {calib:.2f} s (about 0.2 s on an idle modern core)")
        print(f"{'glossary':>10} {'terms':>7} {'cold load':>10} {'cached load':>12} {'peak RSS':>9} "
              f"{'match MB/s':>11} {'check MB/s':>11} {'warm check':>11} {'findings':>9}")
        for name in ["shipped"] + [s for s in args.sizes.split(",") if s]:
            if name == "shipped":
                gpath = "shipped"
            else:
                gpath = str(tmp / f"g{name}.tsv")
                make_glossary(int(name), Path(gpath))
            cache = str(tmp / f"cache-{name}")
            cold = measure(gpath, cache)
            # cached runs in fresh processes: the best of --runs (the machine may be shared)
            runs = [measure(gpath, cache, str(text)) for _ in range(args.runs)]
            warm = {k: (min if k in ("load_s", "peak_rss_mib") else max)(r[k] for r in runs) for k in runs[0]}
            print(f"{name:>10} {warm['terms']:>7} {cold['load_s']:>9.2f}s {warm['load_s']:>11.3f}s "
                  f"{warm['peak_rss_mib']:>6.0f} MiB {warm['match_mb_s']:>11.2f} {warm['check_mb_s']:>11.2f} "
                  f"{warm['warm_check_mb_s']:>11.2f} {warm['findings']:>9}")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
