"""GET /v1/rules and /v1/rules/{id}: the same data as `termcheck rules --format json` and --explain."""
from __future__ import annotations

from fastapi import APIRouter, HTTPException

from ..deps import ApiKeyDep, EngineDep

router = APIRouter(prefix="/v1/rules", tags=["rules"], dependencies=[ApiKeyDep])

RULE_EXAMPLE = {"id": "TC501", "name": "punctuation/unbalanced-quotes", "kind": "quotes", "category": "punctuation",
                "severity": "warning", "fix": "none", "aliases": [], "requires_source": False,
                "doc": {"what": "Quotes and brackets must be balanced within a paragraph.", "why": "", "example": "",
                        "instead": ""},
                "params": {}, "examples": {"bad": [{"text": "the [[“]]Outline"}], "good": [{"text": "the “Outline”"}]}}


@router.get("", summary="List every loaded rule",
            responses={200: {"content": {"application/json": {"example": [RULE_EXAMPLE]}}}})
def list_rules(engine: EngineDep) -> list[dict]:
    from ...cli import rule_info

    return [rule_info(r) for r in sorted(engine.rules, key=lambda r: r.id)]


@router.get("/{rule_id:path}", summary="One rule (by id, alias or name) with its explanation",
            responses={200: {"content": {"application/json": {"example": {**RULE_EXAMPLE, "explain": "TC501 ..."}}}},
                       404: {"description": "no such rule",
                             "content": {"application/json": {"example": {"detail": "unknown rule 'TC999'"}}}}})
def get_rule(rule_id: str, engine: EngineDep) -> dict:
    from ...cli import rule_info

    rule = engine.by_id.get(rule_id.upper()) or next((r for r in engine.rules if r.name == rule_id), None)
    if rule is None:
        raise HTTPException(404, f"unknown rule {rule_id!r} (see GET /v1/rules)")
    return {**rule_info(rule), "explain": rule.explain()}
