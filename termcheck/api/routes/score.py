"""POST /v1/score: corpus BLEU/chrF of hypotheses against references (termcheck.score, sacrebleu)."""
from __future__ import annotations

import inspect

from fastapi import APIRouter, HTTPException

from ..checking import in_thread
from ..deps import ApiKeyDep, SettingsDep
from ..schemas import ScoreRequest

router = APIRouter(prefix="/v1", tags=["score"], dependencies=[ApiKeyDep])

EXAMPLE = {"hypotheses": ["The province lifted 13.56 million people out of poverty."],
           "references": ["The province lifted 13.56 million people out of poverty."]}


def _scorer():
    try:
        from ...score import score_segments
    except ImportError as exc:
        raise HTTPException(501, f"scoring is not available on this server ({exc}); "
                                 "it needs termcheck.score and sacrebleu (pip install 'termcheck[score]')") from None
    return score_segments


@router.post("/score", summary="Score translations against references (BLEU, chrF) with the sacrebleu signature",
             responses={200: {"content": {"application/json": {"example": {
                 "bleu": {"score": 100.0, "signature": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.3"}}}}},
                 422: {"description": "hypotheses and references are not aligned"},
                 501: {"description": "termcheck.score or sacrebleu is not installed"}},
             openapi_extra={"requestBody": {"content": {"application/json": {"example": EXAMPLE}}}})
async def score(req: ScoreRequest, settings: SettingsDep):
    score_segments = _scorer()
    params = inspect.signature(score_segments).parameters

    def work():
        kwargs = {"metrics": req.metrics} if "metrics" in params else {}
        result = score_segments(req.hypotheses, req.references, **kwargs)
        return result.as_dict() if hasattr(result, "as_dict") else result

    return await in_thread(settings.time_budget, work)
