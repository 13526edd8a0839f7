"""TMX 1.4 (``body/tu/tuv[@xml:lang]/seg``) -> bilingual Document.

The source variant is the one whose language matches the header's ``srclang`` (or starts
with ``zh``), the target the first one starting with ``en`` (or any other language).
Segment ids are ``tuid`` when present, else the 1-based position of the ``<tu>``.
"""
from __future__ import annotations

from ..errors import InputError
from ..model import Document, Segment
from .xmltree import masked_content, parse, plain

CODE_TAGS = ("bpt", "ept", "it", "ph", "ut")


def _lang(tuv) -> str:
    return (tuv.get("xml:lang") or tuv.get("lang") or "").lower()


def read(text: str, path: str, source_lang: str = "zh", target_lang: str = "en") -> Document:
    root = parse(text, path)
    if root.tag != "tmx":
        raise InputError(f"{path}:1: not TMX (root element <{root.tag}>)")
    header = root.find("header")
    srclang = (header.get("srclang", "") if header is not None else "").lower()
    if not srclang or srclang == "*all*":
        srclang = source_lang
    body = root.find("body")
    segments = []
    seen = set()
    for n, tu in enumerate(body.findall("tu") if body is not None else [], 1):
        tuvs = tu.findall("tuv")
        src = next((v for v in tuvs if _lang(v).startswith(srclang.split("-")[0])), None)
        tgt = next((v for v in tuvs if v is not src and _lang(v).startswith(target_lang)), None)
        tgt = tgt or next((v for v in tuvs if v is not src), None)
        line = text.count("\n", 0, tu.start) + 1
        if src is None or tgt is None:
            raise InputError(f"{path}:{line}: <tu> needs a {srclang} and a {target_lang} <tuv>")
        sseg, tseg = src.find("seg"), tgt.find("seg")
        if sseg is None or tseg is None:
            raise InputError(f"{path}:{line}: <tuv> without <seg>")
        sid = tu.get("tuid") or str(n)
        if sid in seen:
            sid = f"{sid}@{n}"
        seen.add(sid)
        raw, masked = masked_content(text, tseg, CODE_TAGS)
        segments.append(Segment(id=sid, text=masked, raw=raw, source=plain(masked_content(text, sseg, CODE_TAGS)[1]),
                                offset=tseg.content_start, source_offset=sseg.content_start,
                                attrs={"target_lang": _lang(tgt)}))
    return Document(path=path, text=text, segments=tuple(segments), format="tmx", bilingual=True)
