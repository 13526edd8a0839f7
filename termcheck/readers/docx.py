"""Word ``.docx`` -> ``Document``: one segment per paragraph or table cell, named by where it is.

Segment ids: ``p12`` (12th body paragraph), ``table2/r3/c1`` (a cell; nested tables add their
own ``/tableN/rR/cC``), ``header1/p1`` and ``footer1/p2`` (``word/header1.xml``...),
``footnote4`` / ``endnote2`` (Word's note id; a note's paragraphs make one segment, joined by
``\\n``), ``textbox1/p1``. Empty paragraphs and cells are not segments.

What counts as text is what Word shows with changes accepted: tracked insertions count, tracked
deletions and moved-from text do not; fields and hyperlinks keep their visible result, never
their instruction; tabs read as ``\\t``, line breaks as ``\\n``. ``Document.text`` is the
segments joined by ``\\n`` and ``Segment.offset`` is where each starts in it.

Every character of a segment is mapped back to the XML node it came from (``Block.pieces``), so
``report/docx.py`` can anchor comments and ``docxfix.py`` can write tracked changes on the same
words. The package is checked before python-docx reads it: not a ZIP, a legacy or encrypted
Word file, or one whose entries unpack to more than ``MAX_UNPACKED`` bytes is refused in one line.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Document, Segment

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MAX_UNPACKED = 512 * 1024 * 1024   # a zip bomb unpacks far beyond any real document
MAX_ENTRIES = 20000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


# inline elements whose children are walked for text; anything else not listed below is skipped
WALK = {q(t) for t in ("r", "hyperlink", "ins", "moveTo", "fldSimple", "smartTag", "sdt", "sdtContent",
                       "customXml", "bdo", "dir")}
CHARS = {q("tab"): "\t", q("br"): "\n", q("cr"): "\n", q("noBreakHyphen"): "-"}
SKIP_NOTE_TYPES = {"separator", "continuationSeparator", "continuationNotice"}


@dataclass
class Piece:
    """Characters ``[start, start + len)`` of a block come from ``node``: a ``w:t`` (its text),
    a ``w:tab``/``w:br`` (one character), or ``None`` for the ``\\n`` between two paragraphs."""

    start: int
    node: object
    length: int


@dataclass
class Block:
    id: str
    text: str
    pieces: list = field(default_factory=list)
    part: object = None          # the python-docx part holding the XML
    paragraphs: list = field(default_factory=list)
    inline_comments: bool = True  # comments sit on the words (not in headers, footers, text boxes, notes)
    anchor: object = None         # for a note: the body run holding its reference mark


def _inline(el, out: list) -> None:
    """Append (node, text) for the visible text under a paragraph-level element."""
    for child in el:
        tag = child.tag
        if tag == q("t"):
            if child.text:
                out.append((child, child.text))
        elif tag in CHARS:
            out.append((child, CHARS[tag]))
        elif tag in WALK:
            _inline(child, out)
        elif tag == f"{{{MC}}}AlternateContent":
            choice = child.find(f"{{{MC}}}Choice")
            if choice is not None:
                _inline(choice, out)
        # w:del, w:moveFrom, w:instrText, w:rPr, w:pPr, drawings, text boxes: not text here


class _Builder:
    def __init__(self, part, inline_comments=True):
        self.part, self.inline_comments = part, inline_comments
        self.blocks: list[Block] = []

    def block(self, bid: str, paragraphs) -> None:
        pieces, chunks, pos = [], [], 0
        for i, p in enumerate(paragraphs):
            if i:
                pieces.append(Piece(pos, None, 1))
                chunks.append("\n")
                pos += 1
            items: list = []
            _inline(p, items)
            for node, text in items:
                pieces.append(Piece(pos, node, len(text)))
                chunks.append(text)
                pos += len(text)
        text = "".join(chunks)
        if text.strip():
            self.blocks.append(Block(bid, text, pieces, self.part, list(paragraphs), self.inline_comments))

    def story(self, root, prefix: str, counters=None) -> None:
        """Paragraphs ``{prefix}pN`` and tables ``{prefix}tableN/rR/cC`` of a body-like element."""
        counters = counters if counters is not None else {"p": 0, "table": 0}
        for el in _block_children(root):
            if el.tag == q("p"):
                counters["p"] += 1
                self.block(f"{prefix}p{counters['p']}", [el])
            elif el.tag == q("tbl"):
                counters["table"] += 1
                self.table(el, f"{prefix}table{counters['table']}")

    def table(self, tbl, tid: str) -> None:
        for r, tr in enumerate(tbl.iterchildren(q("tr")), 1):
            for c, tc in enumerate(_cells(tr), 1):
                cid = f"{tid}/r{r}/c{c}"
                paras = [el for el in _block_children(tc) if el.tag == q("p")]
                self.block(cid, paras)
                nested = 0
                for el in _block_children(tc):
                    if el.tag == q("tbl"):
                        nested += 1
                        self.table(el, f"{cid}/table{nested}")


def _block_children(root):
    for el in root:
        if el.tag in (q("sdt"), q("customXml")):
            content = el.find(q("sdtContent")) if el.tag == q("sdt") else el
            if content is not None:
                yield from _block_children(content)
        elif el.tag in (q("p"), q("tbl")):
            yield el


def _cells(tr):
    for el in tr:
        if el.tag == q("tc"):
            yield el
        elif el.tag in (q("sdt"), q("customXml")):
            content = el.find(q("sdtContent")) if el.tag == q("sdt") else el
            if content is not None:
                yield from _cells(content)


def check_package(data: bytes, path: str) -> None:
    """Refuse what is not a readable .docx, in one line, before any XML is parsed."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(f"{path}: the Word file is encrypted (password-protected); save an unprotected copy")
        raise InputError(f"{path}: a legacy Word 97-2003 (.doc) or other OLE file, not .docx; save it as .docx")
    if not data.startswith(b"PK"):
        raise InputError(f"{path}: not a .docx file (not a ZIP package)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise InputError(f"{path}: not a .docx file (broken ZIP package: {exc})") from None
    if len(infos) > MAX_ENTRIES:
        raise InputError(f"{path}: ZIP package has {len(infos)} entries (limit {MAX_ENTRIES}); refusing it")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise InputError(f"{path}: ZIP package unpacks to {total} bytes (limit {MAX_UNPACKED}); refusing it")
    if any(i.flag_bits & 0x1 for i in infos):
        raise InputError(f"{path}: the ZIP package is encrypted; save an unprotected copy")
    if not any(i.filename == "[Content_Types].xml" for i in infos):  # every Office Open XML package has it
        raise InputError(f"{path}: not a .docx file (a ZIP package, but not an Office document)")


def open_docx(data: bytes, path: str):
    """A python-docx ``Document`` of checked bytes; InputError if the extra is missing or the file is bad."""
    check_package(data, path)
    try:
        import docx
    except ImportError:
        raise InputError(f"{path}: reading .docx needs python-docx: pip install 'termcheck[office]'") from None
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors... on broken packages
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: not a readable .docx file ({reason})") from None


def _part_xml(part):
    """The root element of a part; generic parts (footnotes, endnotes) are parsed from their blob
    once and kept on the part, so edits can be written back (``store_part``)."""
    el = getattr(part, "element", None)
    if el is not None:
        return el
    root = getattr(part, "_termcheck_root", None)
    if root is None:
        from docx.oxml.parser import parse_xml

        root = parse_xml(part.blob)
        part._termcheck_root = root
    return root


def store_parts(document) -> None:
    """Serialise edited generic parts back into their blobs before saving."""
    from lxml import etree

    for part in document.part.package.iter_parts():
        root = getattr(part, "_termcheck_root", None)
        if root is not None:
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _related(document, kind: str):
    """Parts related to the main document by relationship type ``kind``, by part name."""
    rels = [r for r in document.part.rels.values() if not r.is_external and r.reltype == RT + kind]
    return sorted({id(r.target_part): r.target_part for r in rels}.values(), key=lambda p: str(p.partname))


def extract(document) -> list[Block]:
    """Blocks of a python-docx Document, in reading order: body, notes, headers/footers, text boxes."""
    b = _Builder(document.part)
    body = document.element.body
    b.story(body, "")
    for kind in ("footnotes", "endnotes"):
        for part in _related(document, kind):
            # LibreOffice cannot load a comment reference inside a note: comments on notes go on
            # the note's reference mark in the body
            refs = {el.get(q("id")): el.getparent() for el in body.iter(q(kind[:-1] + "Reference"))}
            nb = _Builder(part, inline_comments=False)
            for note in _part_xml(part):
                if note.tag == q(kind[:-1]) and note.get(q("type")) not in SKIP_NOTE_TYPES:
                    nb.block(f"{kind[:-1]}{note.get(q('id'))}", [el for el in _block_children(note) if el.tag == q("p")])
                    if nb.blocks and nb.blocks[-1].id == f"{kind[:-1]}{note.get(q('id'))}":
                        nb.blocks[-1].anchor = refs.get(note.get(q("id")))
            b.blocks.extend(nb.blocks)
    roots = [(body, document.part)]
    for kind in ("header", "footer"):
        for part in _related(document, kind):
            m = re.search(r"(\d+)\.xml$", str(part.partname))
            hb = _Builder(part, inline_comments=False)
            hb.story(_part_xml(part), f"{kind}{m.group(1) if m else 1}/")
            b.blocks.extend(hb.blocks)
            roots.append((_part_xml(part), part))
    n = 0
    for root, part in roots:
        for box in root.iter(q("txbxContent")):
            if any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors()):
                continue  # the VML copy of a DrawingML text box
            n += 1
            tb = _Builder(part, inline_comments=False)
            tb.story(box, f"textbox{n}/")
            b.blocks.extend(tb.blocks)
    return b.blocks


def document_from_blocks(blocks, path: str, data: bytes | None = None) -> Document:
    segments, offset = [], 0
    for blk in blocks:
        segments.append(Segment(id=blk.id, text=blk.text, offset=offset))
        offset += len(blk.text) + 1
    text = "\n".join(blk.text for blk in blocks)
    return Document(path=path, text=text, segments=tuple(segments), format="docx", blob=data)


def read_bytes(data: bytes, path: str) -> Document:
    return document_from_blocks(extract(open_docx(data, path)), path, data)
