"""Glossary data: concepts with terms in Chinese and English, each term with a status."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

# preferred: the form to use; admitted: acceptable (period or house variants);
# deprecated: wrong, reported with the preferred form as fix; superseded: was official once,
# replaced since (reported with lower severity); literal: a word-for-word rendering of the
# Chinese term generated from dictionary senses ("pure income" for 纯收入), reported as a calque.
# In TBX a literal term is a deprecated term with termType LITERAL_TYPE (other tools read it as
# deprecated; termcheck reads it back as literal).
STATUSES = ("preferred", "admitted", "deprecated", "superseded", "literal")
BAD_STATUSES = ("deprecated", "superseded", "literal")
LITERAL_TYPE = "literalGloss"

# TBX administrativeStatus values (and their TBX v2 normativeAuthorization spellings)
_STATUS_ALIASES = {
    "preferredterm-admn-sts": "preferred", "admittedterm-admn-sts": "admitted",
    "deprecatedterm-admn-sts": "deprecated", "supersededterm-admn-sts": "superseded",
    "preferredterm": "preferred", "admittedterm": "admitted", "deprecatedterm": "deprecated",
    "supersededterm": "superseded", "standardizedterm-admn-sts": "preferred",
    "legalterm-admn-sts": "preferred", "regulatedterm-admn-sts": "preferred",
    "preferred": "preferred", "admitted": "admitted", "deprecated": "deprecated",
    "superseded": "superseded", "standardized": "preferred", "obsolete": "superseded",
    "literal": "literal",
}
TBX_STATUS = {s: f"{s}Term-admn-sts" for s in STATUSES} | {"literal": "deprecatedTerm-admn-sts"}

ACRONYM_SHAPE = re.compile(r"^[A-Z][A-Z0-9&]{1,9}s?$")


def parse_status(value: str | None) -> str | None:
    """Map a status spelling to one of STATUSES; '' or None -> None; unknown -> ValueError."""
    if value is None or not value.strip():
        return None
    key = value.strip().lower().replace(" ", "")
    if key not in _STATUS_ALIASES:
        raise ValueError(f"unknown status {value.strip()!r} (use {', '.join(STATUSES)})")
    return _STATUS_ALIASES[key]


def is_acronym(text: str) -> bool:
    if len(text) > 11 or not text[:2].isupper():  # cheap tests first: most terms are phrases
        return False
    return bool(ACRONYM_SHAPE.match(text)) and sum(c.isupper() for c in text) >= 2


@dataclass(frozen=True)
class Term:
    text: str
    lang: str  # "zh" or "en" (region subtags are dropped when read)
    status: str  # preferred | admitted | deprecated | superseded
    type: str = ""  # TBX termType when given: fullForm, acronym, abbreviation, ...

    @cached_property
    def is_acronym(self) -> bool:
        return is_acronym(self.text)


@dataclass
class Concept:
    id: str
    terms: list[Term]
    note: str = ""
    source: str = ""
    domain: str = ""

    @property
    def zh(self) -> list[Term]:
        return [t for t in self.terms if t.lang == "zh"]

    @property
    def en(self) -> list[Term]:
        """English renderings written by people: generated literal glosses are left out (they are
        slips to report, not the wording of the domain; see ``literal``)."""
        return [t for t in self.terms if t.lang == "en" and t.status != "literal"]

    @property
    def literal(self) -> list[Term]:
        """Generated word-for-word glosses of the Chinese term (status ``literal``)."""
        return [t for t in self.terms if t.status == "literal"]

    @property
    def preferred_en(self) -> Term | None:
        """The preferred English term; else the first admitted one (a concept may list no preferred)."""
        en = [t for t in self.en if not t.is_acronym] or self.en
        for status in ("preferred", "admitted"):
            for t in en:
                if t.status == status:
                    return t
        return None

    def __hash__(self):
        return hash(self.id)

    def __eq__(self, other):
        return isinstance(other, Concept) and other.id == self.id and other.terms == self.terms


@dataclass(frozen=True, slots=True)  # slots: a long text has a match every ~90 characters
class TermMatch:
    start: int
    end: int
    text: str
    concept: Concept
    term: Term
    # how the matched form relates to the term: "" (as written), "plural", "singular";
    # "possessive" is added when 's / ’s / s’ follows
    form: str = ""
    possessive: str = ""  # the possessive ending included in the span ("'s", "’", ...)
    others: tuple = field(default=(), compare=False)  # (concept, term) pairs sharing this form


@dataclass(frozen=True)
class SourceMatch:
    start: int
    end: int
    text: str
    concept: Concept


_PAREN_ACRONYM = re.compile(r"^(.*\S)\s*\(([A-Z][A-Z0-9&]{1,9}s?)\)$")


def clean_parenthetical(text: str) -> list[Term | str]:
    """'Long Name (LGOP)' is two terms: the long name and the acronym. Other text is one term."""
    text = " ".join(text.split())
    m = _PAREN_ACRONYM.match(text) if text.endswith(")") else None
    if m and is_acronym(m.group(2)):
        return [m.group(1), m.group(2)]
    return [text]
