"""The editor page end to end in headless Chromium (Debian's chromium, driven by Playwright):
load, paste the seed, see the findings, accept a suggestion, check the text changed, screenshot."""
import json
import os
from pathlib import Path

import pytest

from browser import launch
from conftest import SEED
from live_server import live_server


@pytest.fixture(scope="module")
def base_url():
    with live_server() as url:
        yield url


def test_editor_paste_check_accept(base_url, tmp_path):
    from playwright.sync_api import sync_playwright

    seed = SEED.read_text(encoding="utf-8")
    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(base_url + "/", wait_until="load", timeout=20000)
            assert page.title() == "termcheck editor"

            page.fill("#source", seed)  # as a paste: fires the input event
            page.click("#check")
            page.wait_for_selector("#doc .finding", timeout=20000)
            page.wait_for_function("() => state.text === document.getElementById('source').value", timeout=20000)
            findings = page.evaluate("state.findings")
            assert len(findings) >= 5
            assert page.locator("#doc .finding").count() >= 5
            assert page.locator("#findings li").count() == len(findings)
            groups = page.locator("#findings .group").evaluate_all("els => els.map(e => e.dataset.category)")
            assert groups == sorted({f["category"] for f in findings})
            # each underline is drawn in its category's colour
            colour = page.locator("#doc .finding.cat-punctuation").first.evaluate(
                "el => getComputedStyle(el).textDecorationColor")
            assert colour == "rgb(23, 190, 207)"

            # click a finding that has a suggestion: the detail shows its message and suggestions
            i = next(k for k, f in enumerate(findings) if f["suggestions"] and f["segment"] is None)
            f = findings[i]
            page.click(f'#findings li[data-index="{i}"]')
            page.wait_for_selector("#detail", state="visible", timeout=10000)  # rendered after the click handler
            assert page.locator("#detail").is_visible()
            assert page.locator("#detail .message").inner_text() == f["message"]
            assert page.locator("#detail .suggestion").count() == len(f["suggestions"])

            # accept it: the text is edited at the span, then checked again
            before = page.input_value("#source")
            page.locator("#detail .suggestion").first.click()
            page.wait_for_function("b => document.getElementById('source').value !== b", arg=before, timeout=20000)
            after = page.input_value("#source")
            assert after == before[:f["start"]] + f["suggestions"][0] + before[f["end"]:]
            page.wait_for_function("() => state.text === document.getElementById('source').value", timeout=20000)
            again = page.evaluate("state.findings")
            assert not any(g["rule"] == f["rule"] and g["start"] == f["start"] and g["text"] == f["text"] for g in again)

            # "apply all safe fixes" when there are any
            if page.is_enabled("#apply-safe"):
                before = page.input_value("#source")
                page.click("#apply-safe")
                page.wait_for_function("b => document.getElementById('source').value !== b", arg=before, timeout=20000)

            # download the corrected text and the JSON report
            page.wait_for_function("() => state.text === document.getElementById('source').value", timeout=20000)
            with page.expect_download() as dl:
                page.click("#download-text")
            assert Path(dl.value.path()).read_text(encoding="utf-8") == page.input_value("#source")
            with page.expect_download() as dl:
                page.click("#download-json")
            report = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
            assert report["files"][0]["findings"] == page.evaluate("state.findings")

            shots = Path(os.environ.get("TERMCHECK_SCREENSHOTS", tmp_path))
            shots.mkdir(parents=True, exist_ok=True)
            page.locator(".finding").first.click()
            page.screenshot(path=str(shots / "editor.png"))
            assert (shots / "editor.png").stat().st_size > 10_000
            assert not errors, errors
        finally:
            browser.close()


def test_editor_opens_a_file(base_url, tmp_path):
    from playwright.sync_api import sync_playwright

    doc = tmp_path / "notes.md"
    doc.write_text("# Notes\n\nThe province adopted the “Outline for Development.\n", encoding="utf-8")
    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = browser.new_page()
            page.goto(base_url + "/", wait_until="load", timeout=20000)
            page.set_input_files("#file", str(doc))
            page.wait_for_selector("#doc .finding.cat-punctuation", timeout=20000)
            assert page.input_value("#format") == "md"
            assert page.input_value("#source") == doc.read_text(encoding="utf-8")
        finally:
            browser.close()
