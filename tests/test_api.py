"""The JSON API (/v1, /healthz) through FastAPI's TestClient: same findings as the CLI, limits, auth, errors."""
import json
import subprocess
import sys
import time

import pytest
from fastapi.testclient import TestClient

from conftest import ROOT, SEED
from termcheck.api.app import create_app
from termcheck.api.settings import Settings, load_settings
from termcheck.errors import CheckTimeout

SEED_NAME = "seeds/000_650a57b38a898bbd.txt"
GLOSSARY = "zh\ten\tstatus\n整村\twhole-village programme\tpreferred\n整村\thidden-village scheme\tdeprecated\n"


def client_for(**settings):
    return TestClient(create_app(Settings(**settings)), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client():
    with client_for() as c:
        yield c


@pytest.fixture(scope="module")
def small():
    with client_for(max_body_bytes=4096, max_text_chars=500, api_keys=["s3cret", "other"],
                    cors_origins=["https://editor.example"]) as c:
        yield c


def test_seed_gives_the_same_findings_as_the_cli(client):
    cli = subprocess.run([sys.executable, "-m", "termcheck", "check", SEED_NAME, "--format", "json"],
                         capture_output=True, cwd=ROOT, timeout=120)
    assert cli.returncode in (0, 1), cli.stderr.decode()
    expected = json.loads(cli.stdout)
    r = client.post("/v1/check", json={"text": SEED.read_text(encoding="utf-8"), "name": SEED_NAME})
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["version"] == expected["version"] == "1"
    assert got["files"] == expected["files"]
    for key in ("files", "words", "findings", "by_severity", "by_category"):
        assert got["summary"][key] == expected["summary"][key]
    assert got["files"][0]["findings"], "the seed has findings"
    f = got["files"][0]["findings"][0]
    assert set(f) == {"rule", "name", "category", "severity", "message", "start", "end", "line", "column",
                      "text", "suggestions", "fix", "segment"}


def test_uploaded_file_matches_the_json_body(client):
    body = client.post("/v1/check", json={"text": SEED.read_text(encoding="utf-8"), "name": "000.txt"}).json()
    r = client.post("/v1/check/file", files={"file": ("000.txt", SEED.read_bytes(), "text/plain")})
    assert r.status_code == 200, r.text
    assert r.json()["files"] == body["files"]
    assert r.json()["files"][0]["path"] == "000.txt"


def test_markdown_spans_index_the_text_as_sent(client):
    text = "# Title\n\nThe `code “` stays out; the “Outline for Development is open.\n"
    r = client.post("/v1/check", json={"text": text, "format": "markdown"})
    assert r.status_code == 200, r.text
    for f in r.json()["files"][0]["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
    assert not any(f["start"] == text.index("`code") + 6 for f in r.json()["files"][0]["findings"])


def test_html_spans_index_the_markup(client):
    text = '<p title="“x">The province adopted the “Outline for <b>Development</b>.</p>'
    r = client.post("/v1/check", json={"text": text, "format": "html", "select": ["punctuation"]})
    assert r.status_code == 200, r.text
    found = r.json()["files"][0]["findings"]
    assert found and all(text[f["start"]:f["end"]] == f["text"] for f in found)
    assert not any(f["start"] < text.index(">") for f in found)  # the attribute's quote is markup


def test_aligned_segments_carry_their_ids(client):
    segs = [{"id": "u1", "source": "《纲要》", "target": "the “Outline"},
            {"id": "u2", "target": "A clean sentence."}]
    r = client.post("/v1/check", json={"segments": segs, "select": ["punctuation"]})
    assert r.status_code == 200, r.text
    found = r.json()["files"][0]["findings"]
    assert found and {f["segment"] for f in found} == {"u1"}
    assert all(f["category"] == "punctuation" for f in found)
    assert all(segs[0]["target"][f["start"]:f["end"]] == f["text"] for f in found)


def test_select_and_ignore(client):
    text = SEED.read_text(encoding="utf-8")
    only = client.post("/v1/check", json={"text": text, "select": ["TC5"]}).json()["files"][0]["findings"]
    assert only and all(f["rule"].startswith("TC5") for f in only)
    rest = client.post("/v1/check", json={"text": text, "ignore": ["TC5"]}).json()["files"][0]["findings"]
    assert rest and not any(f["rule"].startswith("TC5") for f in rest)


def test_mqm_score_on_request(client):
    r = client.post("/v1/check?score=mqm&threshold=90", json={"text": SEED.read_text(encoding="utf-8")})
    m = r.json()["mqm"]
    assert {"score", "apt", "npt", "pwpt", "passed", "threshold", "by_dimension", "note"} <= set(m)
    assert m["threshold"] == 90 and isinstance(m["passed"], bool)
    assert "mqm" not in client.post("/v1/check", json={"text": "Fine."}).json()


def test_glossary_choice_and_inline_glossary(client):
    names = client.get("/v1/glossaries").json()
    assert isinstance(names, list)
    r = client.post("/v1/check", json={"text": "x", "glossaries": ["/etc/passwd"]})
    assert r.status_code == 422 and "unknown glossary" in r.json()["detail"]
    r = client.post("/v1/check", json={"text": "Two hidden-village schemes were merged.", "glossaries": [],
                                       "glossary": {"format": "tsv", "text": GLOSSARY}})
    if r.status_code == 501:
        pytest.skip("the glossary package is not available in this tree")
    assert r.status_code == 200, r.text
    found = r.json()["files"][0]["findings"]
    assert any(f["text"] == "hidden-village schemes" and f["category"] == "terminology" for f in found), found


def test_glossary_term_lookup(client):
    names = [g["name"] for g in client.get("/v1/glossaries").json()]
    assert client.get("/v1/glossaries/nope/terms", params={"q": "x"}).status_code == 404
    if not names:
        pytest.skip("no glossary loaded")
    r = client.get(f"/v1/glossaries/{names[0]}/terms", params={"q": "poverty", "limit": 3})
    assert r.status_code == 200, r.text
    assert len(r.json()) <= 3
    for c in r.json():
        assert {"id", "terms"} <= set(c)
    assert client.get(f"/v1/glossaries/{names[0]}/terms").status_code == 422  # q is required


def test_rules(client):
    rules = client.get("/v1/rules").json()
    assert len(rules) >= 10 and all({"id", "name", "category", "severity", "doc"} <= set(r) for r in rules)
    one = client.get("/v1/rules/" + rules[0]["id"].lower()).json()
    assert one["id"] == rules[0]["id"] and one["explain"].startswith(rules[0]["id"])
    assert client.get("/v1/rules/" + rules[0]["name"]).json()["id"] == rules[0]["id"]
    r = client.get("/v1/rules/TC999")
    assert r.status_code == 404 and "unknown rule" in r.json()["detail"]


def test_healthz(client):
    h = client.get("/healthz").json()
    assert h["status"] == "ok" and h["rules"] >= 10


def test_score_endpoint(client):
    body = {"hypotheses": ["The cat sat on the mat.", "It rained."],
            "references": ["The cat sat on the mat.", "It was raining."], "metrics": ["bleu", "chrf"]}
    r = client.post("/v1/score", json=body)
    assert r.status_code in (200, 501), r.text
    if r.status_code == 501:
        pytest.skip(r.json()["detail"])
    got = r.json()
    assert set(got["document"]) == {"bleu", "chrf"} and got["count"] == 2
    assert got["document"]["bleu"]["signature"].startswith("nrefs:1|")
    assert [s["id"] for s in got["segments"]] == ["1", "2"] and got["segments"][0]["bleu"] == 100
    two = client.post("/v1/score", json={**body, "references": [body["references"], body["hypotheses"]]}).json()
    assert two["nrefs"] == 2
    r = client.post("/v1/score", json={"hypotheses": ["a", "b"], "references": ["a"]})
    assert r.status_code == 422 and "reference list 1 has 1" in json.dumps(r.json()["detail"])


@pytest.mark.parametrize("body, needle", [
    ({}, "exactly one of 'text' or 'segments'"),
    ({"text": "a", "segments": [{"id": "1", "target": "b"}]}, "exactly one"),
    ({"text": "a", "format": "docx"}, "format must be one of"),
    ({"text": 5}, "text"),
    ({"segments": [{"target": "a"}]}, "id"),
    ({"text": "a", "colour": "red"}, "colour"),
    ({"text": "a", "glossary": {"format": "xlsx", "text": "x"}}, "format"),
])
def test_invalid_input_is_422_with_what_is_wrong(client, body, needle):
    r = client.post("/v1/check", json=body)
    assert r.status_code == 422
    assert needle in json.dumps(r.json()["detail"], ensure_ascii=False)


@pytest.mark.parametrize("data, ctype", [
    (b"\xff\xfe not json", "application/json"),
    (b"{\"text\": ", "application/json"),
    (b"text=hello", "application/x-www-form-urlencoded"),
    (b"[1, 2]", "application/json"),
])
def test_malformed_bodies_are_4xx_never_500(client, data, ctype):
    r = client.post("/v1/check", content=data, headers={"Content-Type": ctype})
    assert 400 <= r.status_code < 500, r.text


def test_unreadable_upload_is_422(client):
    r = client.post("/v1/check/file", files={"file": ("x.txt", b"\x00\x01binary\x00", "application/octet-stream")})
    assert r.status_code == 422 and "binary" in r.json()["detail"]
    r = client.post("/v1/check/file", files={"file": ("x.txt", "é".encode("latin-1"), "text/plain")})
    assert r.status_code == 422 and "decode" in r.json()["detail"]
    r = client.post("/v1/check/file", files={"file": ("x.txt", "é".encode("latin-1"), "text/plain")},
                    data={"encoding": "latin-1"})
    assert r.status_code == 200


def test_body_and_text_limits_are_413(small):
    auth = {"Authorization": "Bearer s3cret"}
    r = small.post("/v1/check", json={"text": "a" * 5000}, headers=auth)
    assert r.status_code == 413 and "at most 4096 bytes" in r.json()["detail"]
    r = small.post("/v1/check", json={"text": "word " * 200}, headers=auth)
    assert r.status_code == 413 and "at most 500" in r.json()["detail"]
    r = small.post("/v1/check/file", files={"file": ("x.txt", b"word " * 200)}, headers=auth)
    assert r.status_code == 413

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(10):
            yield b"a" * 1000

    r = small.post("/v1/check", content=chunks(), headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413


def test_api_keys(small):
    assert small.post("/v1/check", json={"text": "Fine."}).status_code == 401
    r = small.post("/v1/check", json={"text": "Fine."}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert small.post("/v1/check", json={"text": "Fine."}, headers={"Authorization": "Bearer other"}).status_code == 200
    assert small.get("/v1/rules").status_code == 401
    assert small.get("/healthz").status_code == 200  # liveness stays open
    assert small.get("/").status_code == 200


def test_cors_is_off_by_default_and_configurable(client, small):
    hdr = {"Origin": "https://editor.example"}
    assert "access-control-allow-origin" not in client.get("/healthz", headers=hdr).headers
    r = small.get("/healthz", headers=hdr)
    assert r.headers["access-control-allow-origin"] == "https://editor.example"
    assert "access-control-allow-origin" not in small.get("/healthz", headers={"Origin": "https://evil.example"}).headers


def test_regex_timeout_is_422_and_budget_is_503(monkeypatch):
    from termcheck.engine import Engine

    with client_for(time_budget=0.2) as c:
        def boom(self, doc, config=None):
            raise CheckTimeout("rule TC999 ran past its time budget on <text>")

        monkeypatch.setattr(Engine, "check", boom)
        r = c.post("/v1/check", json={"text": "x"})
        assert r.status_code == 422 and "time budget" in r.json()["detail"]

        def slow(self, doc, config=None):
            time.sleep(0.6)
            return []

        monkeypatch.setattr(Engine, "check", slow)
        r = c.post("/v1/check", json={"text": "x"})
        assert r.status_code == 503 and "time budget of 0.2 s" in r.json()["detail"]


def test_every_endpoint_has_an_example_in_openapi(client):
    spec = client.get("/openapi.json").json()
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            blob = json.dumps(op)
            assert '"example' in blob, f"{method.upper()} {path} has no example"


def test_settings_from_flags_env_and_config_file(tmp_path):
    cfg = tmp_path / "termcheck.toml"
    cfg.write_text('ignore = ["TC502"]\n[serve]\nport = 9001\nmax_text_chars = 1234\n'
                   'glossaries = {ours = "g/ours.tsv"}\n', encoding="utf-8")
    s = load_settings({"config": str(cfg)}, environ={"TERMCHECK_MAX_TEXT_CHARS": "999", "TERMCHECK_API_KEYS": "a, b"})
    assert (s.port, s.max_text_chars, s.api_keys) == (9001, 999, ["a", "b"])
    assert s.glossaries == {"ours": str(tmp_path / "g" / "ours.tsv")}
    s = load_settings({"config": str(cfg), "max_text_chars": 5000}, environ={"TERMCHECK_MAX_TEXT_CHARS": "999"})
    assert s.max_text_chars == 5000
    from termcheck.errors import ConfigError

    with pytest.raises(ConfigError, match="TERMCHECK_PORT"):
        load_settings({}, environ={"TERMCHECK_PORT": "not-a-port"})
    # the CLI still reads the same file (its [serve] table is the server's)
    r = subprocess.run([sys.executable, "-m", "termcheck", "check", "--config", str(cfg), "--format", "json",
                        SEED_NAME], capture_output=True, cwd=ROOT, timeout=120)
    assert r.returncode in (0, 1), r.stderr.decode()
    assert not any(f["rule"] == "TC502" for f in json.loads(r.stdout)["files"][0]["findings"])


def test_cli_check_does_not_import_the_web_framework():
    code = ("import sys, runpy; sys.argv=['termcheck','check','--format','json','" + SEED_NAME + "'];"
            "import termcheck.cli as c; import io, contextlib\n"
            "with contextlib.redirect_stdout(io.StringIO()): c.main(sys.argv[1:])\n"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('fastapi','uvicorn','starlette','multipart')]\n"
            "print(','.join(bad))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout.decode().strip() == ""


def test_odd_input_never_gets_a_500(client):
    """Short texts built from markup, CJK, quotes, emoji and invisible characters: 4xx at worst, never 5xx."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    pieces = st.sampled_from(list("ab Z.,;:!?“”‘’\"'()[]【】《》（）\n\t09%万亿一😀é\u2060\u00a0-—*#_`<>/&=")
                             + ["<p>", "</p>", "**", "```\n", "# ", "13.56 million", "the the", "poverty alleviation"])
    texts = st.lists(pieces, max_size=40).map("".join)

    @settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(texts, st.sampled_from(["txt", "md", "html"]), texts)
    def run(text, fmt, source):
        for method, url, kw in (("post", "/v1/check", {"json": {"text": text, "format": fmt}}),
                                ("post", "/v1/check", {"json": {"segments": [{"id": "1", "source": source, "target": text}]}}),
                                ("post", "/v2/check", {"data": {"text": text, "language": "auto", "sourceText": source}})):
            r = getattr(client, method)(url, **kw)
            assert r.status_code < 500, (url, text, source, r.text[:300])

    run()


def test_serve_with_two_workers_answers_checks():
    import urllib.request

    from live_server import live_server

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with live_server(workers=2) as url:
        req = urllib.request.Request(url + "/v1/check", data=json.dumps({"text": "The “Outline."}).encode(),
                                     headers={"Content-Type": "application/json"})
        for _ in range(4):
            with opener.open(req, timeout=30) as r:
                assert r.status == 200 and json.load(r)["summary"]["findings"] >= 1


@pytest.mark.parametrize("glossary, needle", [
    ({"format": "tsv", "text": "no header here"}, "inline.tsv"),
    ({"format": "tbx", "text": "<tbx><oops"}, "inline.tbx"),
    ({"format": "tbx", "text": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><tbx>&a;</tbx>'}, "inline.tbx"),
])
def test_broken_inline_glossary_is_422(client, glossary, needle):
    r = client.post("/v1/check", json={"text": "The office met.", "glossary": glossary})
    if r.status_code == 501:
        pytest.skip("the glossary package is not available in this tree")
    assert r.status_code == 422 and needle in r.json()["detail"]
