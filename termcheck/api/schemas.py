"""Request and response schemas of the JSON API (kept apart from the core dataclasses)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

FORMATS = ("txt", "md", "html")
FORMAT_ALIASES = {"text": "txt", "plain": "txt", "markdown": "md", "htm": "html"}


class SegmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    source: str | None = Field(None, description="the Chinese source of this unit (enables bilingual rules)")
    target: str = Field(description="the English translation that is checked")


class InlineGlossary(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: Literal["tsv", "csv", "tbx"] = "tsv"
    text: str = Field(min_length=1, description="the glossary file's content (TSV/CSV with a header, or TBX)")


def _any_case(words) -> str:
    """A JSON Schema pattern matching these words in any letter case (JSON Schema has no (?i))."""
    alts = ("".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in w) for w in sorted(words))
    return "^(" + "|".join(alts) + ")$"


# The schema states what the validator enforces (tests/test_api_contract.py fuzzes the two against each other)
FORMAT_PATTERN = _any_case([*FORMATS, *FORMAT_ALIASES])
ONE_INPUT = {"oneOf": [{"required": ["text"]}, {"required": ["segments"]}]}


class CheckRequest(BaseModel):
    """Exactly one of ``text`` (with its ``format``) or ``segments`` (aligned units)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=ONE_INPUT)
    # no explicit null: the schema says string / array, and the validator rejects null as the schema does
    text: str = Field(None, description="plain text, Markdown or HTML (see format)")  # type: ignore[assignment]
    format: str = Field("txt", json_schema_extra={"pattern": FORMAT_PATTERN},
                        description="txt, md or html (or text, plain, markdown, htm; any case); markup is skipped "
                                    "but spans index the text as sent")
    segments: list[SegmentIn] = Field(None, description="aligned units; findings carry the unit id (a repeated id "
                                          "gets #2, #3, ... in the answer)")  # type: ignore[assignment]
    name: str = Field("<text>", max_length=500, description="the name reported as files[0].path")
    select: list[str] = Field([], description="only these rules: ids, id prefixes, names or categories")
    ignore: list[str] = Field([], description="skip these rules: ids, id prefixes, names or categories")
    glossaries: list[str] | None = Field(None, description="names of server glossaries to use (default: all loaded)",
                                        json_schema_extra={"x-glossary-names": "list"})
    glossary: InlineGlossary | None = Field(None, description="an extra glossary for this request only")

    @model_validator(mode="after")
    def _one_input(self):
        if (self.text is None) == (self.segments is None):
            raise ValueError("send exactly one of 'text' or 'segments'")
        fmt = FORMAT_ALIASES.get(self.format.lower(), self.format.lower())
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)} (got {self.format!r})")
        self.format = fmt
        return self


class FixOut(BaseModel):
    applicability: Literal["safe", "unsafe"]
    replacement: str


class FindingOut(BaseModel):
    rule: str
    name: str
    category: str
    severity: Literal["error", "warning", "info"]
    message: str
    start: int
    end: int
    line: int
    column: int
    text: str
    suggestions: list[str]
    fix: FixOut | None
    segment: str | None


class FileOut(BaseModel):
    path: str
    findings: list[FindingOut]


class SummaryOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    files: int
    words: int
    findings: int
    by_severity: dict[str, int]
    by_category: dict[str, int]


class CheckResponse(BaseModel):
    version: str = "1"
    files: list[FileOut]
    summary: SummaryOut
    mqm: dict | None = Field(None, description="MQM-style score (only with ?score=mqm)")


class ScoreSegment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(None, description="the segment's id in the answer (default: its position, 1, 2, ...)")  # type: ignore[assignment]
    hypothesis: str = Field(description="the system translation of this segment")
    references: list[str] = Field(min_length=1, description="its reference translations (segments may have different numbers)")


class ScoreRequest(BaseModel):
    """Aligned units, so that the schema states the alignment. The earlier shape, parallel lists
    ``hypotheses`` / ``references`` (one list, or several) / ``ids``, is still accepted and converted;
    lists of different lengths are then an error (422), which a JSON Schema cannot state."""

    model_config = ConfigDict(extra="forbid")
    segments: list[ScoreSegment] = Field(min_length=1, description="one item per segment")
    metrics: list[Literal["bleu", "chrf", "ter"]] = ["bleu", "chrf", "ter"]

    @model_validator(mode="before")
    @classmethod
    def _parallel_lists(cls, data):
        if not isinstance(data, dict) or "hypotheses" not in data or "segments" in data:
            return data
        data = dict(data)
        hyps, refs, ids = data.pop("hypotheses"), data.pop("references", None), data.pop("ids", None)
        if not isinstance(hyps, list) or not hyps or not isinstance(refs, list) or not refs:
            raise ValueError("'hypotheses' and 'references' must be non-empty lists")
        streams = [refs] if all(isinstance(r, str) for r in refs) else refs
        for n, r in enumerate(streams, 1):
            if not isinstance(r, list) or len(r) != len(hyps):
                got = len(r) if isinstance(r, list) else "no"
                raise ValueError(f"{len(hyps)} hypotheses but reference list {n} has {got} segments")
        if ids is not None and (not isinstance(ids, list) or len(ids) != len(hyps)):
            raise ValueError(f"{len(hyps)} hypotheses but {len(ids) if isinstance(ids, list) else 'no'} ids")
        data["segments"] = [{"hypothesis": h, "references": [r[i] for r in streams],
                             **({"id": ids[i]} if ids is not None else {})} for i, h in enumerate(hyps)]
        return data

    def streams(self) -> tuple[list[str], list[list[str | None]], list[str]]:
        """(hypotheses, reference streams padded with None where a segment has fewer references, ids)."""
        n = max(len(s.references) for s in self.segments)
        refs = [[s.references[k] if k < len(s.references) else None for s in self.segments] for k in range(n)]
        ids = [s.id if s.id is not None else str(i) for i, s in enumerate(self.segments, 1)]
        return [s.hypothesis for s in self.segments], refs, ids


class GlossaryInfo(BaseModel):
    name: str
    concepts: int | None


class TermOut(BaseModel):
    text: str
    lang: str
    status: str


class ConceptOut(BaseModel):
    id: str
    terms: list[TermOut]
    note: str = ""
    source: str = ""
    domain: str = ""


EXAMPLE_FINDING = {
    "rule": "TC501", "name": "punctuation/unbalanced-quotes", "category": "punctuation", "severity": "warning",
    "message": "Opening quote “ is never closed in this paragraph.", "start": 27, "end": 28, "line": 1,
    "column": 28, "text": "“", "suggestions": [], "fix": None, "segment": None,
}
EXAMPLE_RESPONSE = {
    "version": "1",
    "files": [{"path": "<text>", "findings": [EXAMPLE_FINDING]}],
    "summary": {"files": 1, "words": 9, "findings": 1, "by_severity": {"warning": 1},
                "by_category": {"punctuation": 1}},
}
CHECK_EXAMPLES = {
    "plain": {"summary": "Plain text", "value": {"text": "The province implemented the “Outline for Development."}},
    "markdown": {"summary": "Markdown, two rules only", "value": {
        "text": "# Overview\n\nThe **province** has 13.56 people.", "format": "md", "select": ["TC5", "number"]}},
    "segments": {"summary": "Aligned segments (bilingual)", "value": {
        "segments": [{"id": "u1", "source": "全省减贫1356万人。", "target": "The province lifted 13.56 people out of poverty."}]}},
    "inline-glossary": {"summary": "With an inline TSV glossary", "value": {
        "text": "The Poverty Relief Office met.", "glossaries": [],
        "glossary": {"format": "tsv", "text": "zh\ten\n扶贫办\tPoverty Alleviation Office\n"}}},
}
