"""POST /v1/score: BLEU, chrF++ and TER of hypotheses against references (termcheck.score_segments, sacrebleu)."""
from __future__ import annotations

import inspect

from fastapi import APIRouter, HTTPException

from ..checking import in_thread
from ..deps import ApiKeyDep, SettingsDep
from ..schemas import ScoreRequest

router = APIRouter(prefix="/v1", tags=["score"], dependencies=[ApiKeyDep])

EXAMPLE = {"segments": [{"id": "s1", "hypothesis": "The province lifted 13.56 million people out of poverty.",
                         "references": ["Sichuan lifted 13.56 million people out of poverty."]}],
           "metrics": ["bleu", "chrf"]}
SCORE_EXAMPLE = {"document": {"bleu": {"score": 80.91, "name": "BLEU",
                                       "signature": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.3",
                                       "detail": "BLEU = 80.91 ..."}},
                 "segments": [{"id": "1", "hypothesis": "The province lifted ...", "references": ["Sichuan lifted ..."],
                               "bleu": 80.91}],
                 "nrefs": 1, "count": 1, "signatures": {"bleu": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.3"},
                 "segment_signatures": {"bleu": "nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.4.3"}}


def _scorer():
    import importlib.util

    try:
        from ...score import score_segments
    except ImportError as exc:
        raise HTTPException(501, f"scoring is not available on this server ({exc})") from None
    if importlib.util.find_spec("sacrebleu") is None:
        raise HTTPException(501, "scoring needs sacrebleu on the server: pip install 'termcheck[score]'")
    return score_segments


@router.post("/score", summary="Score translations against references (BLEU, chrF++, TER) with sacrebleu signatures",
             responses={200: {"content": {"application/json": {"example": SCORE_EXAMPLE}}},
                        400: {"description": "the body is not JSON"},
                        422: {"description": "invalid body (with the parallel-list shape: lists not aligned)"},
                        501: {"description": "termcheck.score or sacrebleu is not installed"}},
             openapi_extra={"requestBody": {"content": {"application/json": {"example": EXAMPLE}}}})
async def score(req: ScoreRequest, settings: SettingsDep):
    score_segments = _scorer()
    params = inspect.signature(score_segments).parameters

    def work():
        hyps, refs, ids = req.streams()
        kwargs = {"metrics": tuple(req.metrics)} if "metrics" in params else {}
        if "ids" in params:
            kwargs["ids"] = ids
        return score_segments(hyps, refs, **kwargs)

    return await in_thread(settings.time_budget, work)
