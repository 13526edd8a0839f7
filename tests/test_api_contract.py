"""The API's contract under fuzzing: Schemathesis generates requests from /openapi.json (valid and
invalid ones) and runs every default check: no server error, status codes, content types and
bodies as documented, schema-valid requests accepted, schema-invalid ones rejected, and an
``Allow`` header on 405 that lists the path's operations. Bounded: a few hundred requests in all.

One exception is stated here rather than in the schema, because a JSON Schema cannot describe it:
a request that embeds a document -- an uploaded file (with the encoding named for it), an inline
glossary's text, LanguageTool's ``data`` JSON -- may be rejected when that document cannot be
read; the answer must then say so.
"""
from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

from termcheck.api.app import create_app  # noqa: E402
from termcheck.api.engines import EngineStore  # noqa: E402
from termcheck.api.settings import Settings  # noqa: E402

# per operation: ~13 operations, a few hundred requests, well under a minute; a deeper (random) run:
# TERMCHECK_FUZZ_EXAMPLES=500 pytest tests/test_api_contract.py
EXAMPLES = int(os.environ.get("TERMCHECK_FUZZ_EXAMPLES", "40"))
DEEP = "TERMCHECK_FUZZ_EXAMPLES" in os.environ


def _app():
    config = Settings(time_budget=20)
    store = EngineStore(config)
    app = create_app(config, store=store)
    app.state.store = store  # the ASGI transport may call the app without running its lifespan
    return app


APP = _app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


def _embedded_document_unreadable(response, case) -> bool:
    """A 4xx that names the embedded document the server could not read (see the module docstring)."""
    if response.status_code not in (400, 422):
        return False
    path = case.operation.path
    if path == "/v2/check":
        return "'data'" in response.text or "data." in response.text
    try:
        detail = response.json().get("detail")
    except ValueError:
        return False
    if not isinstance(detail, str):  # request validation errors are lists: never excused
        return False
    if path == "/v1/check":
        return detail.startswith("inline.")  # the inline glossary's text
    if case.media_type and case.media_type.startswith("multipart/"):
        return not detail.startswith("unknown glossary")  # the uploaded file itself
    return False


@schemathesis.check
def schema_valid_request_accepted(ctx, response, case):
    """positive_data_acceptance, except for an unreadable embedded document."""
    if _embedded_document_unreadable(response, case):
        return None
    return positive_data_acceptance(ctx, response, case)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=not DEEP, database=None,
          suppress_health_check=list(HealthCheck))
def test_api_contract(case):
    case.call_and_validate(excluded_checks=[positive_data_acceptance], additional_checks=[schema_valid_request_accepted])


# What the fuzzer relies on, stated directly (each can fail on its own)
@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    with TestClient(APP) as c:
        yield c


def test_405_allow_lists_every_operation_of_the_path(client):
    r = client.request("OPTIONS", "/v2/check")
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST"
    r = client.delete("/v1/check")
    assert r.status_code == 405 and r.headers["allow"] == "POST"


def test_schema_names_the_loaded_glossaries(client):
    doc = client.get("/openapi.json").json()
    prop = doc["components"]["schemas"]["CheckRequest"]["properties"]["glossaries"]
    assert prop["anyOf"][0]["items"]["enum"] == sorted(APP.state.store.glossary_names)
    assert "oneOf" in doc["components"]["schemas"]["CheckRequest"]


def test_repeated_segment_ids_are_numbered(client):
    seg = {"id": "u1", "target": "The “Outline for Development."}
    r = client.post("/v1/check", json={"segments": [seg, seg, {**seg, "id": "u2"}]})
    assert r.status_code == 200
    assert {f["segment"] for f in r.json()["files"][0]["findings"]} == {"u1", "u1#2", "u2"}


def test_score_aligned_segments_and_parallel_lists(client):
    pytest.importorskip("sacrebleu")
    body = {"segments": [{"id": "a", "hypothesis": "The plan was issued.", "references": ["The plan was issued."]},
                         {"hypothesis": "Output rose.", "references": ["Output grew.", "Output rose."]}]}
    r = client.post("/v1/score", json=body)
    assert r.status_code == 200, r.text
    out = r.json()
    assert [s["id"] for s in out["segments"]] == ["a", "2"] and out["nrefs"] == 2
    assert out["segments"][0]["references"] == ["The plan was issued.", None]
    legacy = client.post("/v1/score", json={"hypotheses": ["Output rose."], "references": ["Output grew."], "ids": ["x"]})
    assert legacy.status_code == 200 and legacy.json()["segments"][0]["id"] == "x"
    bad = client.post("/v1/score", json={"hypotheses": ["a", "b"], "references": ["a", "b"], "ids": ["x"]})
    assert bad.status_code == 422 and "2 hypotheses but 1 ids" in bad.text


@pytest.mark.parametrize("code, status", [("en-US", 200), ("EN_gb", 200), ("auto", 200), ("en", 200),
                                          ("", 400), (" en-US", 400), ("de-DE", 400), ("eng", 400)])
def test_language_codes_follow_the_stated_pattern(client, code, status):
    import re

    from termcheck.api.lt import LANGUAGE_PATTERN

    r = client.post("/v2/check", data={"text": "The plan was issued.", "language": code})
    assert r.status_code == status, r.text
    assert bool(re.fullmatch(LANGUAGE_PATTERN, code)) == (status == 200)


def test_two_server_processes_give_identical_answers():
    """Replicas behind a load balancer (docs/deploy.md): no state between requests, so any replica answers alike."""
    import json
    import urllib.request
    from contextlib import ExitStack

    from live_server import live_server

    requests = [("/v1/check", {"text": "The province “lifted 13.56 people out of poverty in 2019.\n"}),
                ("/v1/check", {"segments": [{"id": "s1", "source": "全省减贫1356万人。", "target": "The province lifted 13.56 people."}]}),
                ("/v1/check", {"text": "# Notice on Earnestly Study\n\nThe recieved funds.", "format": "md", "select": ["TC4", "TC7"]}),
                ("/v1/rules", None)]
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def ask(base, path, body):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(base + path, data=data, headers={"Content-Type": "application/json"})
        with opener.open(req, timeout=60) as r:
            return r.status, json.loads(r.read())

    with ExitStack() as stack:
        bases = [stack.enter_context(live_server()) for _ in range(2)]
        # the second replica answers first for half the requests: order of arrival must not matter either
        answers = [[ask(base, p, b) for p, b in (requests if i == 0 else requests[::-1])] for i, base in enumerate(bases)]
    assert answers[0] == answers[1][::-1]
    assert all(status == 200 for status, _ in answers[0]) and answers[0][0][1]["files"][0]["findings"]


def test_k8s_manifests_match_the_server(client):
    """deploy/k8s: probes hit a real unauthenticated GET route, every TERMCHECK_* variable is a setting
    the server reads, and the ports line up (docs/deploy.md)."""
    from pathlib import Path

    import yaml

    from termcheck.api.settings import Settings

    docs = {d["kind"]: d for f in sorted((Path(__file__).parent.parent / "deploy" / "k8s").glob("*.yaml"))
            for d in yaml.safe_load_all(f.read_text(encoding="utf-8"))}
    assert {"Deployment", "Service", "HorizontalPodAutoscaler", "ConfigMap"} <= set(docs)
    [container] = docs["Deployment"]["spec"]["template"]["spec"]["containers"]
    port = {p["name"]: p["containerPort"] for p in container["ports"]}["http"]
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        path = container[probe]["httpGet"]["path"]
        assert path == "/healthz" and client.get(path).status_code == 200
    settings = docs["ConfigMap"]["data"]
    assert int(settings["TERMCHECK_PORT"]) == port
    known = {"TERMCHECK_" + f.upper() for f in Settings.model_fields} | {"TERMCHECK_CACHE_DIR"}
    names = set(settings) | {e["name"] for e in container.get("env", [])}
    assert names <= known, names - known
    Settings(**{k[len("TERMCHECK_"):].lower(): v for k, v in settings.items()})  # values the server accepts
    assert docs["Service"]["spec"]["ports"][0]["targetPort"] == "http"
    assert docs["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]["name"] == docs["Deployment"]["metadata"]["name"]


def test_upload_with_an_impossible_encoding_name_is_422_not_500(client):
    # found by the fuzzer: a NUL in the codec name made bytes.decode raise ValueError
    r = client.post("/v1/check/file", files={"file": ("a.txt", b"The plan.")}, data={"encoding": "\x00"})
    assert r.status_code == 422 and "unknown encoding" in r.json()["detail"]
