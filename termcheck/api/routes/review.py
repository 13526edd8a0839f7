"""POST /v1/review/docx: a .docx upload back as the reviewed Word file, one comment per finding."""
from __future__ import annotations

from pathlib import PurePath
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, File, Form, UploadFile
from fastapi.responses import Response

from ..checking import check_text_size, in_thread, run_config
from ..deps import ApiKeyDep, SettingsDep, StoreDep

router = APIRouter(prefix="/v1", tags=["check"], dependencies=[ApiKeyDep])
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _csv(value: str | None) -> list[str]:
    return [x.strip() for x in (value or "").split(",") if x.strip()]


@router.post("/review/docx", response_class=Response, summary="Review a Word file: the same file back with comments",
             responses={200: {"description": "the reviewed .docx (author of the comments: termcheck)",
                              "content": {DOCX_TYPE: {"schema": {"type": "string", "format": "binary"}}}},
                        400: {"description": "a broken multipart form"},
                        401: {"description": "API key missing or wrong (only when the server has keys)"},
                        413: {"description": "file or text larger than the server accepts"},
                        422: {"description": "not a readable .docx (one line saying why)",
                              "content": {"application/json": {"example": {
                                  "detail": "report.docx: not a .docx file (not a ZIP package)"}}}},
                        503: {"description": "the check ran past the server's per-request time budget"}})
async def review_docx(store: StoreDep, settings: SettingsDep,
                      file: Annotated[UploadFile, File(description="the Word document (.docx)")],
                      select: Annotated[str | None, Form(description="comma-separated rule selectors")] = None,
                      ignore: Annotated[str | None, Form(description="comma-separated rule selectors to skip")] = None,
                      glossaries: Annotated[str, Form(description="comma-separated server glossary names",
                                                      json_schema_extra={"x-glossary-names": "csv"})] = None):
    from ...readers import read_bytes
    from ...report import FileResult
    from ...report.docx import render

    data = await file.read()
    name = PurePath(file.filename or "upload.docx").name or "upload.docx"
    chosen = _csv(glossaries) if glossaries is not None else None

    def work() -> bytes:
        doc = read_bytes(data, name, "docx")
        check_text_size(len(doc.text), settings.max_text_chars)
        engine = store.engine_for(chosen, None)
        findings = engine.check(doc, run_config(store, _csv(select), _csv(ignore)))
        return render([FileResult(name, doc, findings)], {})

    body = await in_thread(settings.time_budget, work)
    out = PurePath(name).stem + ".reviewed.docx"
    return Response(body, media_type=DOCX_TYPE,
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(out)}"})
