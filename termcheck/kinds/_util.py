"""Small helpers shared by kinds."""
from __future__ import annotations


def timeout_for(text: str, per_mb: float) -> float:
    """A time budget that scales with the text: ``per_mb`` seconds per MB, at least 1 s."""
    return max(1.0, per_mb * len(text) / 1_000_000 * 4)
