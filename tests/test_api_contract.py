"""The API's contract under fuzzing: Schemathesis generates requests from /openapi.json (valid and
invalid ones) and runs every default check: no server error, status codes, content types and
bodies as documented, schema-valid requests accepted, schema-invalid ones rejected, and an
``Allow`` header on 405 that lists the path's operations. Bounded: a few hundred requests in all.

One exception is stated here rather than in the schema, because a JSON Schema cannot describe it:
a request that embeds a document -- an uploaded file, an inline glossary's text, LanguageTool's
``data`` JSON -- may be rejected when that document cannot be read; the answer must then say so.
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
