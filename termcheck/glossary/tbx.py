"""Read TBX glossaries safely: TBX v3 (``<tbx>``, DCA and DCT styles) and TBX v2 (``<martif>``).

Parsing goes through defusedxml's SAX reader: no entity expansion, no DTD fetching, no network.
A tiny element tree with line numbers is built so that errors name file, line and entry.
Data categories are read by name whatever the style: DCA ``<termNote type="administrativeStatus">``
and DCT ``<min:administrativeStatus>`` both give the key ``administrativeStatus``.
"""
from __future__ import annotations

import io
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler

from ..errors import GlossaryError
from .model import LITERAL_TYPE, Concept, Term, parse_status

_TYPED = {"termNote", "descrip", "admin", "xref", "ref", "transac", "note", "termCompList", "descripNote", "adminNote"}


class _Node:
    __slots__ = ("tag", "attrs", "line", "children", "text")

    def __init__(self, tag, attrs, line):
        self.tag, self.attrs, self.line = tag, attrs, line
        self.children: list[_Node] = []
        self.text: list[str] = []

    @property
    def content(self) -> str:
        return "".join(self.text).strip()

    def key(self) -> str:
        """Data category of the element: its ``type`` (DCA) or its local name (DCT)."""
        if self.tag in _TYPED and self.attrs.get("type"):
            return self.attrs["type"]
        return self.tag


class _Skipped(Exception):
    pass


class _Builder(ContentHandler):
    def __init__(self):
        super().__init__()
        self.root: _Node | None = None
        self.stack: list[_Node] = []
        self.locator = None

    def setDocumentLocator(self, locator):
        self.locator = locator

    def startElement(self, name, attrs):
        local = name.rsplit(":", 1)[-1]
        a = {k.rsplit(":", 1)[-1] if not k.startswith("xml:") else k: v for k, v in attrs.items()}
        node = _Node(local, a, self.locator.getLineNumber() if self.locator else None)
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def endElement(self, name):
        self.stack.pop()

    def skippedEntity(self, name):
        line = self.locator.getLineNumber() if self.locator else "?"
        raise _Skipped(f"{line}: entity &{name}; is not defined in the file (external DTDs are not read)")

    def characters(self, content):
        if self.stack:
            self.stack[-1].text.append(content)


def parse_xml(data: bytes, path: str) -> _Node:
    from xml.sax.handler import feature_external_ges, feature_external_pes

    from defusedxml import DefusedXmlException
    from defusedxml.expatreader import create_parser

    builder = _Builder()
    # entity declarations are refused; a DOCTYPE naming an external DTD (usual in TBX v2) is
    # allowed, but the DTD is never read: external entities and parameter entities are off
    parser = create_parser(forbid_dtd=False, forbid_entities=True, forbid_external=False)
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    parser.setContentHandler(builder)
    try:
        parser.parse(io.BytesIO(data))
    except DefusedXmlException as exc:
        raise GlossaryError(f"{path}: unsafe XML refused ({type(exc).__name__}: entity declarations "
                            "and external references are not allowed in glossaries)") from None
    except _Skipped as exc:
        raise GlossaryError(f"{path}:{exc}") from None
    except SAXParseException as exc:
        raise GlossaryError(f"{path}:{exc.getLineNumber()}: malformed XML: {exc.getMessage()}") from None
    if builder.root is None:
        raise GlossaryError(f"{path}: empty XML document")
    return builder.root


def _lang(value: str | None) -> str:
    return (value or "").split("-")[0].split("_")[0].lower()


def read_tbx(data: bytes, path: str) -> list[Concept]:
    root = parse_xml(data, path)
    if root.tag not in ("tbx", "martif"):
        raise GlossaryError(f"{path}:{root.line}: not a TBX file (root element <{root.tag}>, expected <tbx> or <martif>)")
    entries = list(_find(root, ("conceptEntry", "termEntry")))
    concepts = []
    seen: dict[str, int] = {}
    for n, entry in enumerate(entries, 1):
        cid = entry.attrs.get("id") or f"c{n}"
        if cid in seen:
            raise GlossaryError(f"{path}:{entry.line}: entry {cid}: duplicate id (first at line {seen[cid]})")
        seen[cid] = entry.line
        concepts.append(_concept(entry, cid, path))
    if not concepts:
        raise GlossaryError(f"{path}: no conceptEntry/termEntry elements found")
    return concepts


def _find(node: _Node, tags):
    for child in node.children:
        if child.tag in tags:
            yield child
        else:
            yield from _find(child, tags)


def _concept(entry: _Node, cid: str, path: str) -> Concept:
    info = {"note": [], "source": [], "domain": []}
    terms: list[Term] = []
    _collect_info(entry, info, skip=("langSec", "langSet"))
    for ls in entry.children:
        if ls.tag not in ("langSec", "langSet"):
            continue
        lang = _lang(ls.attrs.get("xml:lang") or ls.attrs.get("lang"))
        if not lang:
            raise GlossaryError(f"{path}:{ls.line}: entry {cid}: {ls.tag} without xml:lang")
        _collect_info(ls, info, skip=("termSec", "tig", "ntig"))
        for ts in ls.children:
            if ts.tag not in ("termSec", "tig", "ntig"):
                continue
            terms.append(_term(ts, lang, cid, path, info))
    if not terms:
        raise GlossaryError(f"{path}:{entry.line}: entry {cid}: no terms")
    return Concept(id=cid, terms=_default_status(terms), note=" ".join(info["note"]),
                   source=" ; ".join(info["source"]), domain=" ; ".join(info["domain"]))


def _collect_info(node: _Node, info: dict, skip):
    for c in node.children:
        if c.tag in skip:
            continue
        k = c.key()
        if k in ("note", "definition", "context", "usageNote") and c.content:
            info["note"].append(c.content)
        elif k in ("source", "externalCrossReference") and (c.content or c.attrs.get("target")):
            info["source"].append(c.content or c.attrs.get("target"))
        elif k == "subjectField" and c.content:
            info["domain"].append(c.content)
        elif c.tag in ("descripGrp", "adminGrp", "transacGrp", "noteGrp"):
            _collect_info(c, info, skip)


def _term(ts: _Node, lang: str, cid: str, path: str, info: dict) -> Term:
    text, status, ttype = None, None, ""
    stack = list(ts.children)
    while stack:
        c = stack.pop(0)
        if c.tag == "termGrp":  # TBX v2 ntig wraps the term in termGrp
            stack[:0] = c.children
            continue
        k = c.key()
        if c.tag == "term":
            text = c.content
        elif k in ("administrativeStatus", "normativeAuthorization"):
            try:
                status = parse_status(c.content)
            except ValueError as exc:
                raise GlossaryError(f"{path}:{c.line}: entry {cid}: {exc}") from None
        elif k == "termType":
            ttype = c.content
        elif k in ("note", "usageNote", "context") and c.content:
            info["note"].append(c.content)
        elif k == "source" and c.content:
            info["source"].append(c.content)
    if not text:
        raise GlossaryError(f"{path}:{ts.line}: entry {cid}: {ts.tag} without a <term>")
    if ttype == LITERAL_TYPE and status in (None, "deprecated"):  # a generated literal gloss
        status, ttype = "literal", ""
    return Term(" ".join(text.split()), lang, status or "", ttype)


def _default_status(terms: list[Term]) -> list[Term]:
    """A term without a status is admitted, except the first of its language when none is preferred."""
    out = []
    for t in terms:
        if t.status:
            out.append(t)
            continue
        has_pref = any(x.lang == t.lang and x.status == "preferred" for x in terms + out)
        out.append(Term(t.text, t.lang, "admitted" if has_pref else "preferred", t.type))
    return out
