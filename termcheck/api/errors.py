"""One place that maps domain errors to HTTP answers: JSON ``{"detail": ...}`` under /v1, and plain
text ``Error: ...`` under /v2 (as LanguageTool sends them). User input never gets a 500."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import CheckTimeout, TermcheckError
from .checking import BudgetExceeded, TextTooLarge
from .engines import GlossaryUnavailable, UnknownGlossary

log = logging.getLogger("termcheck.api")


def status_for(exc: TermcheckError) -> int:
    if isinstance(exc, TextTooLarge):
        return 413
    if isinstance(exc, BudgetExceeded):
        return 503
    if isinstance(exc, GlossaryUnavailable):
        return 501
    return 422  # InputError, GlossaryError, ConfigError in a request, CheckTimeout, UnknownGlossary


def error_response(request: Request, status: int, detail, headers=None):
    if request.url.path.startswith("/v2/"):
        text = detail if isinstance(detail, str) else "; ".join(_describe(e) for e in detail)
        return PlainTextResponse(f"Error: {text}", status_code=status, headers=headers)
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _describe(err: dict) -> str:
    loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
    return f"{loc}: {err.get('msg', '')}" if loc else str(err.get("msg", ""))


def install(app: FastAPI) -> None:
    @app.exception_handler(TermcheckError)
    async def _termcheck_error(request: Request, exc: TermcheckError):
        status = status_for(exc)
        if status == 422 and request.url.path.startswith("/v2/"):
            status = 400  # LanguageTool's status for a bad request
        headers = {"Retry-After": "1"} if status == 503 else None
        return error_response(request, status, str(exc), headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return error_response(request, 422, errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:  # Starlette names only the first route's methods; a path may have several
            headers = {**(headers or {}), "Allow": ", ".join(allowed_methods(request))}
        return error_response(request, exc.status_code, exc.detail, headers)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):  # a bug in termcheck, not the user's input
        log.exception("internal error on %s", request.url.path)
        return error_response(request, 500, f"internal error ({type(exc).__name__}); see the server log")


HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route answers on this path (asked through Starlette's public ``matches``)."""
    from starlette.routing import Match

    return [m for m in HTTP_METHODS
            if any(route.matches({**request.scope, "method": m})[0] == Match.FULL for route in request.app.router.routes)]


__all__ = ["install", "error_response", "CheckTimeout", "UnknownGlossary"]
