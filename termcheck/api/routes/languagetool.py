"""LanguageTool-compatible /v2/check, /v2/languages and /v2/healthcheck, for editor plugins.

Errors are plain text ``Error: ...`` (400 bad parameter, 413 too long), as LanguageTool sends them.
API keys: ``Authorization: Bearer`` or LanguageTool's own ``apiKey`` parameter.
"""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse

from .. import lt
from ..checking import check_text_size, in_thread, run_config
from ..deps import StoreDep, SettingsDep, key_ok

router = APIRouter(prefix="/v2", tags=["languagetool"])

FORM_DOC = {"requestBody": {"content": {"application/x-www-form-urlencoded": {
    "schema": {"type": "object", "properties": {
        "text": {"type": "string"}, "data": {"type": "string", "description": "JSON {\"annotation\": [...]}"},
        "language": {"type": "string"}, "enabledRules": {"type": "string"}, "disabledRules": {"type": "string"},
        "enabledCategories": {"type": "string"}, "disabledCategories": {"type": "string"},
        "enabledOnly": {"type": "string"}, "level": {"type": "string"}, "motherTongue": {"type": "string"},
        "preferredVariants": {"type": "string"}, "sourceText": {"type": "string"}, "sourceLanguage": {"type": "string"},
        "apiKey": {"type": "string"}}, "required": ["language"]},
    "example": {"language": "en-US", "text": "The “Outline for Development."}}}}}
CHECK_EXAMPLE = {"software": {"name": "termcheck", "version": "0.1.0", "buildDate": "", "apiVersion": 1,
                              "premium": False, "premiumHint": "", "status": ""},
                 "warnings": {"incompleteResults": False},
                 "language": {"name": "English (US)", "code": "en-US",
                              "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 1.0}},
                 "matches": [{"message": "Opening quote “ is never closed in this paragraph.",
                              "shortMessage": "Unbalanced quotes", "replacements": [], "offset": 4, "length": 1,
                              "context": {"text": "The “Outline for Development.", "offset": 4, "length": 1},
                              "sentence": "The “Outline for Development.", "type": {"typeName": "Other"},
                              "rule": {"id": "TC501", "description": "Quotes must be balanced.",
                                       "issueType": "typographical",
                                       "category": {"id": "PUNCTUATION", "name": "Punctuation"}},
                              "ignoreForIncompleteSentence": False, "contextForSureMatch": 0}],
                 "sentenceRanges": [[0, 29]]}
ERRORS = {400: {"description": "bad or missing parameter", "content": {"text/plain": {"example": "Error: Missing 'language' parameter"}}},
          413: {"description": "text too long", "content": {"text/plain": {"example": "Error: Your text exceeds the limit of 500000 characters (it's 600000 characters). Please submit a shorter text."}}}}


async def _params(request: Request) -> dict:
    params = dict(request.query_params)
    if request.method == "POST":
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("multipart/"):
            form = await request.form()
            params.update({k: v for k, v in form.items() if isinstance(v, str)})
        else:
            params.update(lt.parse_body(await request.body()))
    return params


CHECK_DOC = {"responses": {200: {"content": {"application/json": {"example": CHECK_EXAMPLE}}}, **ERRORS}}


@router.post("/check", summary="LanguageTool-compatible check (form body, whatever its Content-Type)",
             openapi_extra=FORM_DOC, **CHECK_DOC)
async def check_post(request: Request, store: StoreDep, settings: SettingsDep):
    return await check(request, store, settings)


@router.get("/check", summary="LanguageTool-compatible check (query parameters)", **CHECK_DOC)
async def check_get(request: Request, store: StoreDep, settings: SettingsDep):
    return await check(request, store, settings)


async def check(request: Request, store, settings):
    try:
        params = await _params(request)
        if not key_ok(settings, request.headers.get("authorization"), params.get("apiKey")):
            return PlainTextResponse("Error: missing or invalid API key", status_code=401)
        language = lt.language_of(params)
        text, _ = lt.annotated_text(params)
        n = len(text)
        if n > settings.max_text_chars:
            return PlainTextResponse(f"Error: Your text exceeds the limit of {settings.max_text_chars} characters "
                                     f"(it's {n} characters). Please submit a shorter text.", status_code=413)
        engine = store.base
        default_enabled = [r.id for r in engine.rules if r.spec.enabled]
        select, ignore = lt.selection(params, default_enabled)
    except lt.LTError as exc:
        return PlainTextResponse(f"Error: {exc}", status_code=exc.status)

    def work():
        doc = lt.build_document(params)
        check_text_size(len(doc.text), settings.max_text_chars)
        findings = engine.check(doc, run_config(store, select, ignore))
        return lt.response(doc, findings, language, engine.by_id)

    return await in_thread(settings.time_budget, work)


@router.get("/languages", summary="Languages (LanguageTool-compatible)",
            responses={200: {"content": {"application/json": {"example": lt.LANGUAGES[:2]}}}})
def languages() -> list[dict]:
    return lt.LANGUAGES


@router.get("/healthcheck", response_class=PlainTextResponse, summary="LanguageTool-compatible health check",
            responses={200: {"content": {"text/plain": {"example": "OK"}}}})
def healthcheck() -> str:
    return "OK"
