"""XLIFF 1.2 (``file/body/trans-unit``) and 2.0 (``file/unit/segment``) -> bilingual Document.

One Segment per translation unit (per ``<segment>`` in 2.0 when a unit has several; the id is
then ``unit/segment``). Inline codes (``<ph>``, ``<bpt>``..., ``<g>`` tags) are masked, not
removed, so spans index the target element's content exactly as it stands in the file.
Units marked ``translate="no"`` (inherited from groups and files) are skipped, and so are
units the translator has not started (state ``new``/``needs-translation`` in 1.2,
``initial`` in 2.0): their empty targets are work to do, not errors.
"""
from __future__ import annotations

from ..errors import InputError
from ..model import Document, Segment
from .xmltree import Node, masked_content, parse, plain

CODE_TAGS_12 = ("ph", "bpt", "ept", "it")
CODE_TAGS_20 = ("ph", "sc", "ec", "sm", "em", "cp")
NOT_STARTED = {"new", "needs-translation", "initial"}


def _translate_no(node: Node) -> bool:
    n = node
    while n is not None:
        if n.get("translate") in ("no", "false"):
            return True
        if n.get("translate") in ("yes", "true"):
            return False
        n = n.parent
    return False


def _segment(text, seg_id, src_node, tgt_node, code_tags, attrs) -> Segment:
    _, src_masked = masked_content(text, src_node, code_tags) if src_node is not None else ("", "")
    if tgt_node is not None:
        raw, masked = masked_content(text, tgt_node, code_tags)
        offset = tgt_node.content_start
    else:
        raw, masked, offset = "", "", src_node.end if src_node is not None else 0
        attrs = {**attrs, "no_target": True}
    return Segment(id=seg_id, text=masked, raw=raw, source=plain(src_masked), offset=offset,
                   source_offset=src_node.content_start if src_node is not None else None, attrs=attrs)


def _unique(ids: dict, seg_id: str, file_no: int) -> str:
    if seg_id in ids:
        seg_id = f"{file_no}:{seg_id}"
    ids[seg_id] = True
    return seg_id


def read(text: str, path: str) -> Document:
    root = parse(text, path)
    if root.tag != "xliff":
        raise InputError(f"{path}:1: not XLIFF (root element <{root.tag}>)")
    version = root.get("version", "1.2")
    segments: list[Segment] = []
    ids: dict = {}
    if version.startswith("1"):
        for file_no, f in enumerate(root.findall("file"), 1):
            for tu in f.iter("trans-unit"):
                if _translate_no(tu):
                    continue
                tgt = tu.find("target")
                state = tgt.get("state", "") if tgt is not None else ""
                if state in NOT_STARTED:
                    continue
                uid = tu.get("id")
                if uid is None:
                    raise InputError(f"{path}:{text.count(chr(10), 0, tu.start) + 1}: <trans-unit> without id")
                attrs = {"version": version, "state": state, "approved": tu.get("approved", ""),
                         "file": f.get("original", ""), "target_lang": f.get("target-language", "")}
                segments.append(_segment(text, _unique(ids, uid, file_no), tu.find("source"), tgt,
                                         CODE_TAGS_12, attrs))
    elif version.startswith("2"):
        for file_no, f in enumerate(root.findall("file"), 1):
            for unit in f.iter("unit"):
                if _translate_no(unit):
                    continue
                segs = unit.findall("segment")
                uid = unit.get("id")
                if uid is None:
                    raise InputError(f"{path}:{text.count(chr(10), 0, unit.start) + 1}: <unit> without id")
                for n, s in enumerate(segs, 1):
                    state = s.get("state", "")
                    if state in NOT_STARTED and s.find("target") is None:
                        continue
                    if state == "initial":
                        continue
                    sid = uid if len(segs) == 1 else f"{uid}/{s.get('id') or n}"
                    attrs = {"version": version, "state": state, "file": f.get("original", f.get("id", "")),
                             "target_lang": root.get("trgLang", "")}
                    segments.append(_segment(text, _unique(ids, sid, file_no), s.find("source"), s.find("target"),
                                             CODE_TAGS_20, attrs))
    else:
        raise InputError(f"{path}:1: unsupported XLIFF version {version!r} (1.2 and 2.0 are read)")
    return Document(path=path, text=text, segments=tuple(segments), format="xliff", bilingual=True)
