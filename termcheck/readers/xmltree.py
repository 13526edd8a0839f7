"""Safe XML with character offsets: a small element tree whose nodes know where they sit in the text.

Parsing goes through defusedxml's parser (entity declarations, external entities and
external DTDs are refused); expat's byte index at each start and end event gives the offsets.
Every error becomes a one-line ``InputError`` naming the file and line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InputError
from .mask import FILL

TAG_END = re.compile(r"""(?:[^>"']|"[^"]*"|'[^']*')*>""")
ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);")
MARKUP = re.compile(r"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[|\]\]>|<[^>]*>", re.S)
CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
XML_NS = "{http://www.w3.org/XML/1998/namespace}"


@dataclass
class Node:
    tag: str                 # local name
    ns: str                  # namespace URI ("" when none)
    attrs: dict
    start: int               # offset of '<'
    content_start: int = 0   # just after the start tag
    content_end: int = 0     # offset of the end tag's '<' (== content_start when empty)
    end: int = 0             # just after the end tag
    children: list = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False)

    def find(self, *names) -> "Node | None":
        return next((c for c in self.children if c.tag in names), None)

    def findall(self, *names) -> list["Node"]:
        return [c for c in self.children if c.tag in names]

    def iter(self, *names):
        if not names or self.tag in names:
            yield self
        for c in self.children:
            yield from c.iter(*names)

    def get(self, name: str, default=None):
        return self.attrs.get(name, default)


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return local, ns
    return tag, ""


class _Builder:
    """ElementTree parser target that records char offsets from expat's byte index."""

    def __init__(self, text: str):
        self.text = text
        self.encoded = text.encode("utf-8")
        self.parser = None
        self.stack: list[Node] = []
        self.root: Node | None = None
        self._b, self._c = 0, 0  # last converted (byte, char) position, events come in order

    def _pos(self) -> int:
        b = self.parser.parser.CurrentByteIndex
        if b >= self._b:
            self._c += len(self.encoded[self._b:b].decode("utf-8"))
        else:
            self._c = len(self.encoded[:b].decode("utf-8"))
        self._b = b
        return self._c

    def _tag_end(self, pos: int) -> int:
        m = TAG_END.match(self.text, pos + 1)
        return m.end() if m else pos + 1

    def start(self, tag, attrib):
        pos = self._pos()
        local, ns = _split(tag)
        attrs = {}
        for k, v in attrib.items():
            if k.startswith(XML_NS):
                attrs["xml:" + k[len(XML_NS):]] = v
            else:
                attrs[k] = v  # other namespaces keep their {uri}: its:version must not shadow version
        node = Node(local, ns, attrs, pos, parent=self.stack[-1] if self.stack else None)
        node.content_start = self._tag_end(pos)
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def end(self, tag):
        pos = self._pos()
        node = self.stack.pop()
        if self.text[node.start:node.content_start].endswith("/>"):  # <empty/>
            node.content_end = node.end = node.content_start
        else:
            node.content_end = pos
            node.end = self._tag_end(pos)

    def data(self, data):
        pass

    def close(self):
        return self.root


def parse(text: str, path: str) -> Node:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    builder = _Builder(text)
    parser = DefusedXMLParser(target=builder, encoding="utf-8")
    builder.parser = parser
    try:
        parser.feed(builder.encoded)
        root = parser.close()
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else "?"
        msg = str(exc).split(":")[0]
        raise InputError(f"{path}:{line}: malformed XML: {msg}") from None
    except DefusedXmlException as exc:
        line = parser.parser.CurrentLineNumber
        what = {"EntitiesForbidden": "entity declaration", "ExternalReferenceForbidden": "external reference",
                "DTDForbidden": "DTD"}.get(type(exc).__name__, "construct")
        name = getattr(exc, "name", None) or getattr(exc, "sysid", None) or ""
        raise InputError(f"{path}:{line}: refused unsafe XML: {what} {name!r} (entity declarations and "
                         "external references are not allowed)") from None
    if root is None:
        raise InputError(f"{path}:1: malformed XML: no root element")
    return root


def masked_content(text: str, node: Node, code_tags=()) -> tuple[str, str]:
    """(raw, masked) of a node's content: tags and the content of ``code_tags`` become FILL,
    an entity becomes its character followed by FILLs, so ``masked`` has the length of ``raw``."""
    base = node.content_start
    raw = text[base:node.content_end]
    chars = list(raw)

    def fill(a, b):
        for i in range(max(0, a), min(b, len(chars))):
            if chars[i] not in "\n\r":
                chars[i] = FILL

    cdata = [(m.start(1), m.end(1)) for m in CDATA.finditer(raw)]

    def in_cdata(i):
        return any(a <= i < b for a, b in cdata)

    for m in ENTITY.finditer(raw):
        if in_cdata(m.start()):
            continue
        ref = m.group(1)
        if ref.startswith("#x"):
            ch = chr(int(ref[2:], 16))
        elif ref.startswith("#"):
            ch = chr(int(ref[1:]))
        else:
            ch = NAMED.get(ref, "")
        fill(m.start(), m.end())
        if ch:
            chars[m.start()] = ch
    for m in MARKUP.finditer(raw):
        if not in_cdata(m.start()) or m.group() == "]]>":
            fill(m.start(), m.end())
    for child in node.iter():
        if child is not node and child.tag in code_tags:
            fill(child.start - base, child.end - base)
    return raw, "".join(chars)


def plain(masked: str) -> str:
    """Masked text with the fill characters dropped (for source text, which has no spans)."""
    return masked.replace(FILL, "")
