"""A real `termcheck serve` on 127.0.0.1 for tests that need a live HTTP server (bounded, loopback only)."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT

SERVER_ENV = {"TERMCHECK_" + k for k in ("HOST", "PORT", "WORKERS", "CONFIG", "GLOSSARIES", "MAX_BODY_BYTES",
                                        "MAX_TEXT_CHARS", "TIME_BUDGET", "API_KEYS", "CORS_ORIGINS", "LOG_LEVEL")}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def live_server(*extra_args: str, workers: int = 1, timeout: float = 60.0):
    """Start the server in a subprocess, wait for /healthz, yield its base URL, stop it."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    env = {k: v for k, v in env.items() if k not in SERVER_ENV}
    cmd = [sys.executable, "-m", "termcheck", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(workers), "--log-level", "warning", *extra_args]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"termcheck serve exited {proc.returncode}: {proc.stderr.read().decode()[-2000:]}")
            try:
                with opener.open(base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"termcheck serve did not answer /healthz within {timeout:g} s")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        proc.stderr.close()
