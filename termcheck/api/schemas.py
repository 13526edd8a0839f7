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


class CheckRequest(BaseModel):
    """Exactly one of ``text`` (with its ``format``) or ``segments`` (aligned units)."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="plain text, Markdown or HTML (see format)")
    format: str = Field("txt", description="txt, md or html; markup is skipped but spans index the text as sent")
    segments: list[SegmentIn] | None = Field(None, description="aligned units; findings carry the unit id")
    name: str = Field("<text>", max_length=500, description="the name reported as files[0].path")
    select: list[str] = Field([], description="only these rules: ids, id prefixes, names or categories")
    ignore: list[str] = Field([], description="skip these rules: ids, id prefixes, names or categories")
    glossaries: list[str] | None = Field(None, description="names of server glossaries to use (default: all loaded)")
    glossary: InlineGlossary | None = Field(None, description="an extra glossary for this request only")

    @model_validator(mode="after")
    def _one_input(self):
        if (self.text is None) == (self.segments is None):
            raise ValueError("send exactly one of 'text' or 'segments'")
        fmt = FORMAT_ALIASES.get(self.format.lower(), self.format.lower())
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)} (got {self.format!r})")
        self.format = fmt
        if self.segments is not None:
            ids = [s.id for s in self.segments]
            if len(set(ids)) != len(ids):
                raise ValueError("segment ids must be unique")
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


class ScoreRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    hypotheses: list[str] = Field(min_length=1, description="system translations, one per segment")
    references: list[str] | list[list[str]] = Field(
        min_length=1, description="reference translations aligned with hypotheses, or several such lists")
    metrics: list[Literal["bleu", "chrf", "ter"]] = ["bleu", "chrf", "ter"]
    ids: list[str] | None = Field(None, description="segment ids (default 1, 2, ...)")

    @model_validator(mode="after")
    def _aligned(self):
        refs = [self.references] if isinstance(self.references[0], str) else self.references
        for n, r in enumerate(refs, 1):
            if len(r) != len(self.hypotheses):
                raise ValueError(f"{len(self.hypotheses)} hypotheses but reference list {n} has {len(r)} segments")
        if self.ids is not None and len(self.ids) != len(self.hypotheses):
            raise ValueError(f"{len(self.hypotheses)} hypotheses but {len(self.ids)} ids")
        return self


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
