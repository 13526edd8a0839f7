"""Read TSV/CSV glossaries with a header row.

Two layouts are accepted:

* one term per row: ``zh, en, status, note, source`` (plus optional ``id``/``concept``,
  ``domain``, ``type``). Rows with the same ``id`` (or, without an id column, the same ``zh``;
  or an empty ``zh``, continuing the row above) are one concept, so variants can be extra rows.
  A cell may hold a ``|`` list; with status ``preferred`` the first item is preferred and the
  rest admitted, any other status applies to every item; no status: first preferred, rest admitted.
* one concept per row (the reference layout): ``zh, en_preferred, en_admitted, en_deprecated,
  en_superseded, source, note``, list cells ``|``-separated.
"""
from __future__ import annotations

import csv
import io
import re

from ..errors import GlossaryError
from .model import Concept, Term, clean_parenthetical, parse_status

_STATUS_COLS = {"en_preferred": "preferred", "en_admitted": "admitted", "en_deprecated": "deprecated",
                "en_superseded": "superseded"}
_ALIASES = {"chinese": "zh", "zh-cn": "zh", "zh_cn": "zh", "source_term": "zh", "english": "en",
            "en-us": "en", "en-gb": "en", "target": "en", "target_term": "en", "notes": "note",
            "sources": "source", "concept_id": "id", "concept": "id", "subject": "domain",
            "term_type": "type"}


def read_table(text: str, path: str, delimiter: str) -> list[Concept]:
    text = text.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, quoting=csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE))
    if not rows:
        raise GlossaryError(f"{path}: empty glossary (a header row is required)")
    header = [_ALIASES.get(h.strip().lower(), h.strip().lower()) for h in rows[0]]
    if "zh" not in header and "en" not in header and not any(h in _STATUS_COLS for h in header):
        raise GlossaryError(f"{path}:1: header must name the columns (zh, en, status, note, source "
                            f"or zh, en_preferred, en_admitted, en_deprecated); got {', '.join(rows[0])}")
    wide = any(h in _STATUS_COLS for h in header)
    concepts: dict[str, Concept] = {}
    order: list[str] = []
    last_key = None
    for lineno, row in enumerate(rows[1:], 2):
        if not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if len(row) > len(header):
            raise GlossaryError(f"{path}:{lineno}: {len(row)} cells but the header names {len(header)} columns")
        rec = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
        entry = rec.get("id") or rec.get("zh") or rec.get("en") or rec.get("en_preferred") or "?"
        try:
            terms = _row_terms(rec, wide)
        except ValueError as exc:
            raise GlossaryError(f"{path}:{lineno}: entry {entry!r}: {exc}") from None
        if not terms:
            raise GlossaryError(f"{path}:{lineno}: entry {entry!r}: no zh or en term in the row")
        key = rec.get("id") or rec.get("zh") or (last_key if last_key and not wide else None) or f"row{lineno}"
        if wide:
            key = f"{key}#{lineno}" if key in concepts else key
        last_key = key
        c = concepts.get(key)
        if c is None:
            cid = rec.get("id") or f"{_slug(path)}-{len(order) + 1}"
            c = concepts[key] = Concept(id=cid, terms=[], domain=rec.get("domain", ""))
            order.append(key)
        for t in terms:
            if t not in c.terms:
                c.terms.append(t)
        if rec.get("note") and rec["note"] not in c.note:
            c.note = (c.note + " " + rec["note"]).strip()
        if rec.get("source") and rec["source"] not in c.source:
            c.source = (c.source + " ; " + rec["source"]).strip(" ;")
    out = [_fix_preferred(concepts[k]) for k in order]
    if not out:
        raise GlossaryError(f"{path}: no entries below the header")
    return out


def _split(cell: str) -> list[str]:
    if "|" not in cell:
        return [cell] if cell else []
    return [x.strip() for x in cell.split("|") if x.strip()]


def _row_terms(rec: dict, wide: bool) -> list[Term]:
    terms: list[Term] = []
    ttype = rec.get("type", "")
    for zh in _split(rec.get("zh", "")):
        terms.append(Term(zh, "zh", "preferred" if not terms else "admitted"))
    if wide:
        for col, status in _STATUS_COLS.items():
            for en in _split(rec.get(col, "")):
                terms.extend(_terms(en, status, ""))
        return terms
    status = parse_status(rec.get("status"))
    for i, en in enumerate(_split(rec.get("en", ""))):
        st = status or "preferred"
        if i > 0 and st == "preferred":
            st = "admitted"
        terms.extend(_terms(en, st, ttype))
    return terms


def _terms(cell: str, status: str, ttype: str) -> list[Term]:
    parts = clean_parenthetical(cell)
    out = [Term(parts[0], "en", status, ttype)]
    if len(parts) > 1:  # the acronym of a long name has the long name's status
        out.append(Term(parts[1], "en", status, "acronym"))
    return out


def _fix_preferred(c: Concept) -> Concept:
    """Extra rows of one concept each said 'preferred' by default: keep the first, admit the rest."""
    seen: set[str] = set()
    terms = []
    for t in c.terms:
        if t.status == "preferred" and t.lang in seen:
            t = Term(t.text, t.lang, "admitted", t.type)
        if t.status == "preferred":
            seen.add(t.lang)
        terms.append(t)
    c.terms = terms
    return c


def _slug(path: str) -> str:
    name = re.split(r"[\\/]", path)[-1].rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "g"
