"""Dependencies as ``Annotated`` aliases, so routes state what they need by type."""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from ..engine import Engine
from .engines import EngineStore
from .settings import Settings


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> EngineStore:
    return request.app.state.store


def get_engine(request: Request) -> Engine:
    return request.app.state.store.base


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
EngineDep = Annotated[Engine, Depends(get_engine)]  # the engine built at start-up (every loaded glossary)
StoreDep = Annotated[EngineStore, Depends(get_store)]  # that engine plus variants per glossary choice


def key_ok(settings: Settings, authorization: str | None, api_key: str | None = None) -> bool:
    """True when no keys are configured, or the request carries one (Bearer header or LT's apiKey)."""
    if not settings.api_keys:
        return True
    offered = []
    if authorization:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            offered.append(token.strip())
    if api_key:
        offered.append(api_key)
    return any(hmac.compare_digest(o.encode(), k.encode()) for o in offered for k in settings.api_keys)


def require_api_key(request: Request, settings: SettingsDep) -> None:
    if not key_ok(settings, request.headers.get("authorization")):
        raise HTTPException(401, "missing or invalid API key (send 'Authorization: Bearer <key>')",
                            headers={"WWW-Authenticate": "Bearer"})


ApiKeyDep = Depends(require_api_key)
