"""Markdown: block structure from markdown-it-py; code, HTML, URLs and link targets are masked."""
from __future__ import annotations

import re

from ..model import Document
from .mask import Masker
from .suppress import suppressions

FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n(?:---|\.\.\.)\r?\n", re.S)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
INLINE_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
LINK_OPEN = re.compile(r"!?\[(?=[^\[\]\n]*\](?:\(|\[))")
REF_LINK = re.compile(r"\]\[[^\]\n]*\]")
LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$", re.M)
BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\"“”]+[^\s<>()\"“”.,;:!?]")
LINE_MARKER = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?", re.M)
EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def read(text: str, path: str) -> Document:
    from markdown_it import MarkdownIt

    m = Masker(text)
    starts = _line_starts(text)
    fm = FRONT_MATTER.match(text)
    if fm:
        m.fill(0, fm.end(), block=True)
    body_from = fm.end() if fm else 0
    tokens = MarkdownIt("commonmark").enable("table").parse(text[body_from:])
    base_line = text.count("\n", 0, body_from)
    for tok in tokens:
        if tok.type in ("fence", "code_block", "html_block") and tok.map:
            a, b = tok.map
            a += base_line
            b += base_line
            start = starts[a]
            end = starts[b] if b < len(starts) else len(text)
            m.fill(start, end, block=True)
    masked_once = m.result()
    for rx in (HTML_COMMENT, CODE_SPAN, AUTOLINK, IMAGE, INLINE_HTML, LINK_TARGET, REF_LINK, LINK_OPEN, BARE_URL):
        for mt in rx.finditer(masked_once):
            m.fill(mt.start(), mt.end())
    for mt in REF_DEF.finditer(masked_once):
        m.fill(mt.start(), mt.end(), block=True)
    masked = m.result()
    for mt in LINE_MARKER.finditer(masked):
        if mt.end() > mt.start():
            m.fill(mt.start(), mt.end(), block=True)
    for mt in EMPHASIS.finditer(masked):
        m.fill(mt.start(), mt.end())
    return Document.from_text(text, path, masked=m.result(), format="md",
                              suppressed=tuple(suppressions(text)))
