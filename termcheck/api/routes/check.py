"""POST /v1/check (JSON body) and POST /v1/check/file (multipart upload)."""
from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Literal

from fastapi import APIRouter, Body, File, Form, Query, UploadFile

from ..checking import check_document, check_text_size, in_thread, segments_document, text_document
from ..deps import ApiKeyDep, StoreDep, SettingsDep
from ..schemas import CHECK_EXAMPLES, EXAMPLE_RESPONSE, CheckRequest, CheckResponse

router = APIRouter(prefix="/v1", tags=["check"], dependencies=[ApiKeyDep])

ERRORS = {
    400: {"description": "the body cannot be parsed (not JSON, or a broken multipart form)"},
    401: {"description": "API key missing or wrong (only when the server has keys)"},
    413: {"description": "body or text larger than the server accepts",
          "content": {"application/json": {"example": {"detail": "text too large: 600000 characters; this server accepts at most 500000"}}}},
    422: {"description": "invalid input: what is wrong and where",
          "content": {"application/json": {"example": {"detail": [{"loc": ["body"], "msg": "Value error, send exactly one of 'text' or 'segments'", "type": "value_error"}]}}}},
    503: {"description": "the check ran past the server's per-request time budget"},
}
OK = {200: {"description": "findings as `termcheck check --format json` prints them",
            "content": {"application/json": {"example": EXAMPLE_RESPONSE}}}}
ScoreQuery = Annotated[Literal["mqm"] | None, Query(description="add an MQM-style score of the findings")]
ThresholdQuery = Annotated[float | None, Query(ge=0, le=100, description="MQM pass threshold (sets mqm.passed)")]


def _reader_formats() -> str:
    """The formats an upload may name (empty: by extension), as a pattern the schema states."""
    from ...readers import READERS

    return "^(" + "|".join(sorted(READERS)) + ")?$"


# no explicit null in form fields: a multipart client can only send the text "null"
READER_FORMATS = _reader_formats()


def _csv(value: str | None) -> list[str]:
    return [x.strip() for x in (value or "").split(",") if x.strip()]


@router.post("/check", response_model=CheckResponse, response_model_exclude_unset=True,
             responses={**OK, **ERRORS}, summary="Check a text, Markdown, HTML or aligned segments")
async def check(store: StoreDep, settings: SettingsDep,
                req: Annotated[CheckRequest, Body(openapi_examples=CHECK_EXAMPLES)],
                score: ScoreQuery = None, threshold: ThresholdQuery = None):
    if req.segments is not None:
        check_text_size(sum(len(s.target) + len(s.source or "") for s in req.segments), settings.max_text_chars)
    else:
        check_text_size(len(req.text), settings.max_text_chars)
    inline = (f"inline.{req.glossary.format}", req.glossary.text) if req.glossary else None

    def work():
        doc = (segments_document(req.segments, req.name) if req.segments is not None
               else text_document(req.text, req.format, req.name))
        return check_document(store, doc, req.select, req.ignore, req.glossaries, inline, mqm=score == "mqm",
                              threshold=threshold)

    return await in_thread(settings.time_budget, work)


@router.post("/check/file", response_model=CheckResponse, response_model_exclude_unset=True,
             responses={**OK, **ERRORS}, summary="Check an uploaded file of any format the CLI reads")
async def check_file(store: StoreDep, settings: SettingsDep,
                     file: Annotated[UploadFile, File(description="the document; its extension picks the reader")],
                     format: Annotated[str, Form(description="read as this format regardless of extension",
                                                 json_schema_extra={"pattern": READER_FORMATS})] = "",
                     encoding: Annotated[str, Form(description="decode with this encoding (default UTF-8, BOM detected)")] = "",
                     select: Annotated[str, Form(description="comma-separated rule selectors")] = "",
                     ignore: Annotated[str, Form(description="comma-separated rule selectors to skip")] = "",
                     glossaries: Annotated[str, Form(description="comma-separated server glossary names "
                                                                        "(default: all loaded)",
                                                            json_schema_extra={"x-glossary-names": "csv"})] = None,
                     score: ScoreQuery = None, threshold: ThresholdQuery = None):
    from ...readers import read_bytes

    data = await file.read()
    name = PurePath(file.filename or "upload.txt").name or "upload.txt"
    chosen = _csv(glossaries) if glossaries is not None else None

    def work():
        doc = read_bytes(data, name, format or None, encoding or None)
        check_text_size(len(doc.text), settings.max_text_chars)
        return check_document(store, doc, _csv(select), _csv(ignore), chosen, None, mqm=score == "mqm",
                              threshold=threshold)

    return await in_thread(settings.time_budget, work)
