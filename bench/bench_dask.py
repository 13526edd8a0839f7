#!/usr/bin/env python3
"""Scale-out figures for docs/scale.md: 2,000 generated files checked in one process, with -j 2,
and on Dask with 2 local workers; scheduler overhead per task; cost per bilingual segment.

Files are built from the paragraphs of the seed and the clean corpus twins (3-6 paragraphs each,
fixed random seed), so every mode checks the same realistic text. Whole-CLI modes run
`termcheck check DIR -f json -o FILE` in a fresh process (engine build and, for --dask, cluster
start included); "warm" modes time only the checking. Besides wall time, every mode reports the
CPU seconds it used in all its processes (scheduler, client and workers included): on a shared,
busy machine wall times swing with the load, CPU seconds much less, and the overhead per task
and the projection in docs/scale.md are computed from them.

    python bench/bench_dask.py [--files 2000] [--workers 2] [--segments 4000]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_650a57b38a898bbd.txt"
CLEAN = ROOT / "tests" / "corpus" / "clean"
PAIRS = ROOT / "tests" / "corpus" / "bilingual" / "clean" / "bi_yearbook.tsv"
sys.path.insert(0, str(ROOT))


def make_files(folder: Path, n: int) -> int:
    paras = [p for s in [SEED, *sorted(CLEAN.glob("*.txt"))] for p in s.read_text(encoding="utf-8").split("\n")
             if len(p.strip()) > 80]
    rnd = random.Random(14)
    size = 0
    for i in range(n):
        text = "\n\n".join(rnd.sample(paras, rnd.randint(3, 6))) + "\n"
        sub = folder / f"y{i // 250:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"chapter_{i:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def make_tm(path: Path, n: int) -> None:
    rows = PAIRS.read_text(encoding="utf-8").splitlines()
    header, body = rows[0], rows[1:]
    out = [header]
    for i in range(n):
        _id, src, tgt = body[i % len(body)].split("\t")
        out.append(f"s{i}\t{src}\t{tgt}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _cpu(who=resource.RUSAGE_SELF) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def cli(folder: Path, out: Path, *extra: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "true"}
    c0 = _cpu(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "termcheck", "check", str(folder), "-f", "json", "-o", str(out),
                        "--no-progress", "--no-config", *extra], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if r.returncode not in (0, 1):
        raise SystemExit(f"termcheck {' '.join(extra)} failed: {r.stderr[-2000:]}")
    return wall, _cpu(resource.RUSAGE_CHILDREN) - c0


def warm_figures(folder: Path, tm: Path, workers: int) -> dict:
    import logging

    import distributed

    from termcheck import distributed as tdist
    from termcheck.config import Config
    from termcheck.engine import Engine
    from termcheck.files import discover
    from termcheck.readers import read_path

    cfg = Config()
    paths = discover([str(folder)], cfg.include, cfg.exclude)
    engine = Engine.from_config(cfg)
    engine.check(read_path(paths[0]), cfg)
    t0, c0 = time.perf_counter(), _cpu()
    for p in paths:
        engine.check(read_path(p), cfg)
    one, one_cpu = time.perf_counter() - t0, _cpu() - c0
    tm_doc = read_path(str(tm))
    c0 = _cpu()
    engine.check(tm_doc, cfg)
    tm_one = _cpu() - c0
    c0 = _cpu()
    tdist.raw_findings(engine, tm_doc, cfg, local=False)
    tm_doc_level = _cpu() - c0

    t0 = time.perf_counter()
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    start = time.perf_counter() - t0
    try:
        tdist.check_paths(client, paths[:workers * 4], cfg)  # engines built on every worker

        def all_cpu() -> float:  # this process (client + scheduler) and every worker
            return _cpu() + sum(client.run(_cpu).values())

        t0, c0 = time.perf_counter(), all_cpu()
        tdist.check_paths(client, paths, cfg)
        warm, warm_cpu = time.perf_counter() - t0, all_cpu() - c0
        n = 2000
        t0, c0 = time.perf_counter(), all_cpu()
        client.gather(client.map(_noop, range(n), pure=False))
        noop, noop_cpu = (time.perf_counter() - t0) / n, (all_cpu() - c0) / n
        c0 = all_cpu()
        tdist.check_paths(client, [str(tm)], cfg, chunk_segments=max(1, len(tm_doc.segments) // (workers * 4)))
        tm_chunked = all_cpu() - c0
        c0 = all_cpu()
        import dask.bag as db

        rows = [(s.id, s.source, s.original) for s in tm_doc.segments]
        tdist.check_segments_bag(db.from_sequence(rows, npartitions=workers * 4), cfg).compute()
        tm_bag = all_cpu() - c0
    finally:
        client.close()
        cluster.close()
    return {"files": len(paths), "one_process_s": one, "one_process_cpu_s": one_cpu, "dask_warm_s": warm,
            "dask_warm_cpu_s": warm_cpu, "cluster_start_s": start, "noop_task_ms": noop * 1000,
            "noop_task_cpu_ms": noop_cpu * 1000, "tm_segments": len(tm_doc.segments), "tm_one_process_cpu_s": tm_one,
            "tm_doc_level_cpu_s": tm_doc_level, "tm_dask_chunked_cpu_s": tm_chunked, "tm_dask_bag_cpu_s": tm_bag}


def _noop(x):
    return x


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--segments", type=int, default=4000, help="segments of the generated translation memory")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="termcheck-dask-") as tmp:
        folder, tm = Path(tmp) / "archive", Path(tmp) / "memory.tsv"
        folder.mkdir()
        size = make_files(folder, args.files)
        make_tm(tm, args.segments)
        print(f"{args.files} files, {size / 1e6:.1f} MB; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}")
        rows, reports = [], {}
        for label, extra in [("", ()), (f" -j {args.workers}", ("-j", str(args.workers))),
                             (f" --dask local:{args.workers}", ("--dask", f"local:{args.workers}"))]:
            out = Path(tmp) / f"{len(rows)}.json"
            wall, cpu = cli(folder, out, *extra)
            reports[label] = json.loads(out.read_text(encoding="utf-8"))["files"]
            rows.append((label, wall, cpu))
        print("\n| CLI, whole process | wall s | files/s | CPU s (all processes) |\n|---|---|---|---|")
        for label, wall, cpu in rows:
            print(f"| `termcheck check{label} DIR` | {wall:.1f} | {args.files / wall:.0f} | {cpu:.1f} |")
        for label, rep in reports.items():
            if label:
                diff = [a["path"] for a, b in zip(reports[""], rep) if a != b]
                print(f"report of `check{label}` differs from one process in {len(diff)} files {diff[:3]}")
        w = warm_figures(folder, tm, args.workers)
        print("\n| warm (engines built, cluster up) | wall s | CPU s | ms CPU per file |\n|---|---|---|---|")
        print(f"| one process, {w['files']} files | {w['one_process_s']:.1f} | {w['one_process_cpu_s']:.1f} | "
              f"{w['one_process_cpu_s'] / w['files'] * 1000:.1f} |")
        print(f"| Dask, {args.workers} workers | {w['dask_warm_s']:.1f} | {w['dask_warm_cpu_s']:.1f} | "
              f"{w['dask_warm_cpu_s'] / w['files'] * 1000:.1f} |")
        per_task = (w["dask_warm_cpu_s"] - w["one_process_cpu_s"]) / w["files"] * 1000
        print(f"\ncluster start {w['cluster_start_s']:.1f} s; no-op task: {w['noop_task_ms']:.2f} ms wall, "
              f"{w['noop_task_cpu_ms']:.2f} ms CPU (client + scheduler + worker); overhead per termcheck task "
              f"(CPU beyond the one-process cost) {per_task:.1f} ms")
        seg = w["tm_one_process_cpu_s"] / w["tm_segments"] * 1000
        print(f"\ntranslation memory, {w['tm_segments']} segments, CPU s: one process {w['tm_one_process_cpu_s']:.1f} "
              f"({seg:.2f} ms/segment; document-level rules {w['tm_doc_level_cpu_s']:.1f} of it); Dask chunked "
              f"{w['tm_dask_chunked_cpu_s']:.1f}; dask.bag of segments {w['tm_dask_bag_cpu_s']:.1f}")
        print(f"\nload average after the run: {os.getloadavg()[0]:.1f}")
        print("\n" + json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in w.items()}))


if __name__ == "__main__":
    main()
