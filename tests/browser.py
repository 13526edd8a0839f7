"""Find (or install) Debian's chromium for the browser tests; skip with a clear reason only if impossible.

CI: `apt-get install -y chromium` (Debian package `chromium`, binary /usr/bin/chromium). When the
binary is missing and we run as root with apt-get, this helper installs it itself (bounded).
Chromium is started with the flags this machine needs (no background networking: the network is closed).
"""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


def _find() -> str | None:
    env = os.environ.get("TERMCHECK_CHROMIUM")
    for cand in ([env] if env else []) + list(CANDIDATES):
        if cand and os.access(cand, os.X_OK):
            return cand
    return shutil.which("chromium")


def _install() -> str:
    """Try `apt-get install -y chromium`; returns why it failed ('' on success)."""
    if shutil.which("apt-get") is None:
        return "no apt-get on this machine"
    if os.geteuid() != 0:
        return "not root, cannot run apt-get install"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "install", "-y", "-q", "chromium"],
                ["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
        try:
            r = subprocess.run(cmd, capture_output=True, env=env, timeout=900)
        except subprocess.TimeoutExpired:
            return f"{' '.join(cmd)} timed out"
        if r.returncode == 0 and cmd[1] == "install":
            return ""
    return f"apt-get install chromium failed: {r.stderr.decode(errors='replace')[-300:]}"


def chromium_or_skip() -> str:
    path = _find()
    if path:
        return path
    why = _install()
    path = _find()
    if path:
        return path
    pytest.skip(f"browser test needs Debian's chromium (apt-get install -y chromium), not found: {why}")


def launch(playwright):
    """A headless Chromium from Debian (Playwright gives it a fresh temporary profile)."""
    exe = chromium_or_skip()
    return playwright.chromium.launch(executable_path=exe, headless=True, args=FLAGS[1:])
