"""GET /v1/glossaries and /v1/glossaries/{name}/terms?q=: the glossaries this server loaded."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from ..checking import in_thread
from ..deps import ApiKeyDep, StoreDep, SettingsDep
from ..engines import UnknownGlossary
from ..schemas import ConceptOut, GlossaryInfo

router = APIRouter(prefix="/v1/glossaries", tags=["glossaries"], dependencies=[ApiKeyDep])

CONCEPT_EXAMPLE = {"id": "c12", "terms": [{"text": "扶贫办", "lang": "zh", "status": "preferred"},
                                          {"text": "Poverty Alleviation Office", "lang": "en", "status": "preferred"}],
                   "note": "", "source": "", "domain": "poverty alleviation"}


def _concepts(glossary) -> int | None:
    concepts = getattr(glossary, "concepts", None)
    return len(concepts) if concepts is not None else None


@router.get("", response_model=list[GlossaryInfo], summary="The glossaries requests may name",
            responses={200: {"content": {"application/json": {"example": [{"name": "default", "concepts": 412}]}}}})
async def list_glossaries(store: StoreDep, settings: SettingsDep):
    def work():
        return [GlossaryInfo(name=n, concepts=_concepts(store.glossary(n))) for n in store.glossary_names]

    return await in_thread(settings.time_budget, work)


@router.get("/{name}/terms", response_model=list[ConceptOut], summary="Look up terms (Chinese or English substring)",
            responses={200: {"content": {"application/json": {"example": [CONCEPT_EXAMPLE]}}},
                       404: {"description": "no glossary of that name was loaded"}})
async def terms(name: str, store: StoreDep, settings: SettingsDep,
                q: Annotated[str, Query(min_length=1, max_length=200, description="substring of a zh or en term")],
                limit: Annotated[int, Query(ge=1, le=200)] = 20):
    def work():
        try:
            glossary = store.glossary(name)
        except UnknownGlossary as exc:
            raise HTTPException(404, str(exc)) from None
        out = []
        for c in glossary.lookup(q, limit=limit):
            terms = [{"text": t.text, "lang": t.lang, "status": t.status} for t in getattr(c, "terms", [])]
            out.append(ConceptOut(id=str(c.id), terms=terms, note=getattr(c, "note", "") or "",
                                  source=getattr(c, "source", "") or "", domain=getattr(c, "domain", "") or ""))
        return out

    return await in_thread(settings.time_budget, work)
