"""Write concepts as TSV (one term per row) or TBX (v3 DCA TBX-Basic, or v2 martif)."""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .model import LITERAL_TYPE, TBX_STATUS, Concept

TSV_HEADER = ["id", "zh", "en", "status", "type", "note", "source", "domain"]


def _cell(s: str) -> str:
    return " ".join((s or "").replace("\t", " ").split())


def to_tsv(concepts: list[Concept]) -> str:
    """One row per term; the concept's note, source and domain on its first row."""
    lines = ["\t".join(TSV_HEADER)]
    for c in concepts:
        zh = [t for t in c.terms if t.lang == "zh"]
        first = True
        for t in [t for t in c.terms if t.lang == "en"] or [None]:
            row = [c.id, "|".join(x.text for x in zh) if first else "", t.text if t else "",
                   t.status if t else "", t.type if t else "",
                   c.note if first else "", c.source if first else "", c.domain if first else ""]
            lines.append("\t".join(_cell(x) for x in row))
            first = False
    return "\n".join(lines) + "\n"


def to_tbx(concepts: list[Concept], version: int = 3, title: str = "termcheck glossary") -> str:
    out = []
    w = out.append
    if version == 3:
        w('<?xml version="1.0" encoding="UTF-8"?>')
        w('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">')
        w(f"  <tbxHeader><fileDesc><titleStmt><title>{escape(title)}</title></titleStmt>"
          "<sourceDesc><p>Written by termcheck</p></sourceDesc></fileDesc></tbxHeader>")
        entry, lang_el, term_el = "conceptEntry", "langSec", "termSec"
    else:
        w('<?xml version="1.0" encoding="UTF-8"?>')
        w('<martif type="TBX-Basic" xml:lang="en">')
        w(f"  <martifHeader><fileDesc><titleStmt><title>{escape(title)}</title></titleStmt>"
          "<sourceDesc><p>Written by termcheck</p></sourceDesc></fileDesc></martifHeader>")
        entry, lang_el, term_el = "termEntry", "langSet", "tig"
    w("  <text>\n    <body>")
    for c in concepts:
        w(f"      <{entry} id={quoteattr(c.id)}>")
        if c.domain:
            w(f'        <descrip type="subjectField">{escape(c.domain)}</descrip>')
        if c.note:
            w(f"        <note>{escape(c.note)}</note>")
        if c.source:
            w(f'        <admin type="source">{escape(c.source)}</admin>')
        for lang in dict.fromkeys(t.lang for t in c.terms):
            w(f'        <{lang_el} xml:lang="{lang}">')
            for t in c.terms:
                if t.lang != lang:
                    continue
                w(f"          <{term_el}>")
                w(f"            <term>{escape(t.text)}</term>")
                w(f'            <termNote type="administrativeStatus">{TBX_STATUS[t.status]}</termNote>')
                if t.type or t.status == "literal":
                    w(f'            <termNote type="termType">{escape(t.type or LITERAL_TYPE)}</termNote>')
                w(f"          </{term_el}>")
            w(f"        </{lang_el}>")
        w(f"      </{entry}>")
    w("    </body>\n  </text>")
    w("</tbx>" if version == 3 else "</martif>")
    return "\n".join(out) + "\n"
