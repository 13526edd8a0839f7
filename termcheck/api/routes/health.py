"""GET /healthz: liveness and what the server loaded (no API key needed)."""
from __future__ import annotations

from fastapi import APIRouter

from ... import __version__
from ..deps import StoreDep

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness and what the server loaded",
            responses={200: {"content": {"application/json": {"example": {
                "status": "ok", "version": "0.1.0", "rules": 15, "glossaries": ["default"]}}}}})
def healthz(store: StoreDep) -> dict:
    return {"status": "ok", "version": __version__, "rules": len(store.base.rules), "glossaries": store.glossary_names}
