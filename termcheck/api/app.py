"""``create_app(settings)``: the FastAPI application. The engine is built once, in the lifespan."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from . import errors
from .engines import EngineStore
from .limits import BodyLimitMiddleware
from .routes import check, glossaries, health, languagetool, review, rules, score, web
from .settings import Settings, get_settings

DESCRIPTION = """termcheck as a service: the JSON API (`/v1`), a LanguageTool-compatible API (`/v2`) for
editor plugins (LTeX, Obsidian, LibreOffice, language_tool_python), and an editor page at `/`.
Findings have the shape of `termcheck check --format json`. When the server has API keys, send
`Authorization: Bearer <key>` (LanguageTool clients may send `apiKey` instead)."""


def create_app(settings: Settings | None = None, store: EngineStore | None = None) -> FastAPI:
    """The app; ``store`` (engines already built from ``settings``) skips the build at start-up."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from starlette.concurrency import run_in_threadpool

        app.state.store = store if store is not None else await run_in_threadpool(EngineStore, settings)
        yield

    app = FastAPI(title="termcheck", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    errors.install(app)
    for module in (check, review, score, rules, glossaries, health, languagetool, web):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=web.STATIC), name="static")
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    _openapi = app.openapi

    def openapi() -> dict:  # the schema names the glossaries this server loaded (see contract.py)
        first = app.openapi_schema is None
        schema = _openapi()
        store = getattr(app.state, "store", None)
        if first and store is not None:
            from .contract import state_glossary_names

            state_glossary_names(schema, store.glossary_names)
        return schema

    app.openapi = openapi
    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers (``termcheck serve`` passes settings through TERMCHECK_* variables)."""
    return create_app(get_settings())
