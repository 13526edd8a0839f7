"""Load test of `termcheck serve` on loopback: requests/s and p50/p99 latency of POST /v1/check
for a 1 KB paragraph and for the seed document, with 1 and 2 uvicorn workers. It also reports the
server's CPU time per request (from /proc), so "cpu-bound req/s" = workers x 1000 / cpu ms per request
is the throughput the server would reach with its workers' cores to itself (load-independent).

Bounded: each scenario stops after --requests requests or --duration seconds, whichever comes first;
the server is started by this script on 127.0.0.1 (a free port) and stopped at the end.

    .venv/bin/python bench/api_bench.py                 # 1 and 2 workers, 4 concurrent clients
    .venv/bin/python bench/api_bench.py --workers 2 --concurrency 8 --json out.json
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_650a57b38a898bbd.txt"
HOST = "127.0.0.1"  # loopback only
SERVER_ENV = {"TERMCHECK_" + k for k in ("HOST", "PORT", "WORKERS", "CONFIG", "GLOSSARIES", "MAX_BODY_BYTES",
                                        "MAX_TEXT_CHARS", "TIME_BUDGET", "API_KEYS", "CORS_ORIGINS", "LOG_LEVEL")}


def paragraph_1k() -> str:
    """About 1 KB of real text: the first long paragraph of the seed, cut at a word boundary."""
    text = SEED.read_text(encoding="utf-8")
    para = next(p.strip() for p in text.split("\n") if len(p.strip()) > 1000)
    return para[:para.rfind(" ", 0, 1024)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(workers: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in SERVER_ENV}  # flags decide; caches etc. pass
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.Popen([sys.executable, "-m", "termcheck", "serve", "--host", HOST, "--port", str(port),
                             "--workers", str(workers), "--log-level", "warning"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                conn.close()
                return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children (uvicorn workers), from /proc (Linux)."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            todo += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except (OSError, IndexError, ValueError):
            pass
    return total


def load(port: int, body: bytes, requests: int, duration: float, concurrency: int) -> dict:
    """Send up to ``requests`` POSTs from ``concurrency`` keep-alive clients, for at most ``duration`` s."""
    lock = threading.Lock()
    latencies: list[float] = []
    errors = [0]
    first_error = [""]
    issued = [0]
    deadline = time.perf_counter() + duration
    headers = {"Content-Type": "application/json"}

    def client():
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        while True:
            with lock:
                if issued[0] >= requests or time.perf_counter() > deadline:
                    break
                issued[0] += 1
            t0 = time.perf_counter()
            try:
                conn.request("POST", "/v1/check", body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                failed = f"HTTP {resp.status}: {data[:200]!r}" if resp.status != 200 else ""
            except (OSError, http.client.HTTPException) as exc:
                failed = f"{type(exc).__name__}: {exc}"
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=60)
            dt = time.perf_counter() - t0
            with lock:
                latencies.append(dt)
                if failed:
                    errors[0] += 1
                    first_error[0] = first_error[0] or failed
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    lat = sorted(latencies)
    q = statistics.quantiles(lat, n=100, method="inclusive") if len(lat) >= 2 else lat * 99
    if first_error[0]:
        print(f"  first error: {first_error[0]}", file=sys.stderr)
    return {"requests": len(lat), "errors": errors[0], "seconds": round(elapsed, 2),
            "rps": round(len(lat) / elapsed, 1), "p50_ms": round(q[49] * 1000, 1), "p99_ms": round(q[98] * 1000, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--concurrency", type=int, default=4, help="concurrent keep-alive clients (default 4)")
    ap.add_argument("--requests", type=int, default=1000, help="at most this many requests per scenario")
    ap.add_argument("--duration", type=float, default=15.0, help="at most this many seconds per scenario")
    ap.add_argument("--json", help="also write the results to this JSON file")
    args = ap.parse_args(argv)
    if args.requests > 100_000 or args.duration > 300 or args.concurrency > 64:
        ap.error("keep it bounded: --requests <= 100000, --duration <= 300, --concurrency <= 64")

    para = paragraph_1k()
    payloads = {"1 KB paragraph": json.dumps({"text": para}).encode(),
                "seed (21 KB)": json.dumps({"text": SEED.read_text(encoding="utf-8")}).encode()}
    results = []
    print(f"POST /v1/check on {HOST}, {args.concurrency} clients, <= {args.requests} requests or "
          f"{args.duration:g} s per scenario ({len(para.encode())}-byte paragraph)")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs before the run")
    print(f"{'workers':>7}  {'payload':<16} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}"
          f" {'cpu ms/req':>10} {'cpu-bound req/s':>15}")
    for w in [int(x) for x in args.workers.split(",")]:
        proc, port = start_server(w)
        try:
            for name, body in payloads.items():
                load(port, body, requests=4 * w * args.concurrency, duration=10, concurrency=args.concurrency)  # warm-up
                cpu0 = cpu_seconds(proc.pid)
                r = load(port, body, args.requests, args.duration, args.concurrency)
                cpu_ms = (cpu_seconds(proc.pid) - cpu0) * 1000 / max(1, r["requests"])
                r.update(workers=w, payload=name, server_cpu_ms=round(cpu_ms, 1),
                         capacity_rps=round(w * 1000 / cpu_ms, 1) if cpu_ms else None)
                results.append(r)
                print(f"{w:>7}  {name:<16} {r['requests']:>8} {r['errors']:>6} {r['rps']:>8} "
                      f"{r['p50_ms']:>8} {r['p99_ms']:>8} {r['server_cpu_ms']:>10} {r['capacity_rps']:>15}", flush=True)
        finally:
            stop_server(proc)
    if args.json:
        Path(args.json).write_text(json.dumps({"cpus": os.cpu_count(), "concurrency": args.concurrency,
                                               "loadavg_after": os.getloadavg()[0],
                                               "results": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
