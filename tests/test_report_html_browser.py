"""The HTML report of the seed opens in headless Chromium with no network, and renders.

Chromium comes from Debian (`apt-get install -y chromium`); the test is skipped, saying so,
only when no chromium binary can be found.
"""
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SEED

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find_chromium():
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


def test_html_report_of_seed_renders_in_headless_chromium(tmp_path):
    browser = find_chromium()
    if browser is None:
        pytest.skip("chromium not found on PATH (install Debian's chromium: apt-get install -y chromium)")
    report = tmp_path / "report.html"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "termcheck", "check", str(SEED), "--format", "html", "-o", str(report)],
                       capture_output=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 1, r.stderr
    html = report.read_text(encoding="utf-8")
    assert "<mark" in html and "<svg" in html and "MQM score" in html and "etc." in html
    assert "<script" not in html and "<link" not in html
    shot = tmp_path / "report.png"
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
           f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1600", f"--screenshot={shot}",
           report.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, timeout=120)
    assert shot.exists(), proc.stderr.decode(errors="replace")[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 1600)
    assert len(data) > 50_000  # a blank page compresses to a few kB; the highlighted seed does not
