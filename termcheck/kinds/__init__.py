"""Registry of check kinds: name -> module path, imported on first use.

A kind module defines ``run(rule, ctx)`` (per segment or over the whole document; it yields
findings), optionally ``Params`` (a pydantic model validating ``params``, declared with
``termcheck.lazymodel``'s ``BaseModel`` so that a warm start imports no pydantic) and
``prepare(params)`` (compile patterns, read lists; runs at every start, when the kind's first rule
runs). Add a kind: one module + one line here.
"""
from __future__ import annotations

import importlib

KINDS: dict[str, str] = {
    "pattern": "termcheck.kinds.pattern",
    "quotes": "termcheck.kinds.quotes",
    "untranslated": "termcheck.kinds.untranslated",
    "style_variant": "termcheck.kinds.style_variant",
    "case_consistency": "termcheck.kinds.case_consistency",
    "heading_case": "termcheck.kinds.heading_case",
    "acronyms": "termcheck.kinds.acronyms",
    "enumeration": "termcheck.kinds.enumeration",
    "paragraph_end": "termcheck.kinds.paragraph_end",
    "dash_compound": "termcheck.kinds.dash_compound",
    "redundancy": "termcheck.kinds.redundancy",
    "grammar_pattern": "termcheck.kinds.grammar_pattern",
    "glossary_term": "termcheck.kinds.glossary_term",
    "term_near_miss": "termcheck.kinds.term_near_miss",
    "term_consistency": "termcheck.kinds.term_consistency",
    "source_terms": "termcheck.kinds.source_terms",
    "source_untranslated": "termcheck.kinds.source_untranslated",
    "source_omission": "termcheck.kinds.source_omission",
    "source_consistency": "termcheck.kinds.source_consistency",
    "source_marks": "termcheck.kinds.source_marks",
    "number_fraction": "termcheck.kinds.number_fraction",
    "number_agreement": "termcheck.kinds.number_agreement",
    "number_separators": "termcheck.kinds.number_separators",
    "number_arithmetic": "termcheck.kinds.number_arithmetic",
    "number_source": "termcheck.kinds.number_source",
    "number_plausibility": "termcheck.kinds.number_plausibility",
    "number_repeats": "termcheck.kinds.number_repeats",
    "number_change": "termcheck.kinds.number_change",
    "number_ratio": "termcheck.kinds.number_ratio",
    "number_period": "termcheck.kinds.number_period",
    "number_period_order": "termcheck.kinds.number_period_order",
    "spelling": "termcheck.kinds.spelling",
    "confusion": "termcheck.kinds.confusion",
    "real_word": "termcheck.kinds.real_word",
    "name_variants": "termcheck.kinds.name_variants",
    "name_substitution": "termcheck.kinds.name_substitution",
    "name_synonyms": "termcheck.kinds.name_synonyms",
    "rendering_synonyms": "termcheck.kinds.rendering_synonyms",
    "phrase_variants": "termcheck.kinds.phrase_variants",
    "place_level": "termcheck.kinds.place_level",
    "pinyin_untranslated": "termcheck.kinds.pinyin_untranslated",
}


def load_kind(name: str):
    return importlib.import_module(KINDS[name])
