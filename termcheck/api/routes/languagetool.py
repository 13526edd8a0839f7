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

_STRING = {"type": "string"}
_OPTIONAL = {"enabledRules": "comma-separated rule ids to enable", "disabledRules": "comma-separated rule ids to disable",
             "enabledCategories": "comma-separated categories to enable",
             "disabledCategories": "comma-separated categories to disable", "level": "ignored (default or picky)",
             "motherTongue": "ignored", "preferredVariants": "ignored", "sourceText": "the Chinese source (bilingual rules)",
             "sourceLanguage": "ignored", "apiKey": "API key, when the server has keys"}
# What the handler enforces, stated for generated clients and checked by tests/test_api_contract.py:
# language is English or auto; exactly one of text / data; enabledOnly=true needs rules or categories.
_LANGUAGE = {"type": "string", "pattern": lt.LANGUAGE_PATTERN, "description": "en, en-US, en-GB, ... or auto"}
_NAMED = {"type": "string", "pattern": "[^,\\s]"}  # at least one name in the comma-separated list
FORM_DOC = {"requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {
    "schema": {"type": "object", "properties": {
        "text": {"type": "string", "description": "the text to check (or send data)"},
        "data": {"type": "string", "contentMediaType": "application/json",
                 "description": "instead of text: JSON {\"annotation\": [{\"text\": ...} | {\"markup\": ..., \"interpretAs\": ...}]}"},
        "language": _LANGUAGE,
        "enabledOnly": {"type": "string", "description": "true: only enabledRules / enabledCategories"},
        **{k: {**_STRING, "description": v} for k, v in _OPTIONAL.items()}},
        "required": ["language"],
        "oneOf": [{"required": ["text"]}, {"required": ["data"]}],
        "if": {"properties": {"enabledOnly": {"pattern": "^[tT][rR][uU][eE]$"}}, "required": ["enabledOnly"]},
        "then": {"anyOf": [{"properties": {"enabledRules": _NAMED}, "required": ["enabledRules"]},
                           {"properties": {"enabledCategories": _NAMED}, "required": ["enabledCategories"]}]}},
    "example": {"language": "en-US", "text": "The “Outline for Development."}}}}}
# GET carries the same parameters in the query; data and enabledOnly (which depend on other parameters) are POST-only here
GET_DOC = {"parameters": [
    {"name": "language", "in": "query", "required": True, "schema": _LANGUAGE},
    {"name": "text", "in": "query", "required": True, "schema": _STRING, "description": "the text to check"},
    *({"name": k, "in": "query", "required": False, "schema": _STRING, "description": v} for k, v in _OPTIONAL.items())]}
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


@router.get("/check", summary="LanguageTool-compatible check (query parameters)", openapi_extra=GET_DOC, **CHECK_DOC)
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
