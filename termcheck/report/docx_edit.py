"""Editing a Word file's XML at character offsets of a ``readers.docx.Block``.

A finding's span rarely starts and ends on run boundaries (Word splits runs wherever formatting,
spell-check or revision ids change, and a word can be half bold). ``cut`` splits runs so a run
starts exactly at an offset, copying the run's properties, so the text and its formatting stay
as they were; the pieces of the block are kept up to date, so several cuts in one block (in any
order) stay exact. ``runs_between`` then gives the runs that hold a span.
"""
from __future__ import annotations

import copy
import datetime as dt

from lxml import etree

from ..readers.docx import Piece, q

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
AUTHOR = "termcheck"


def _w_t(text: str, tag: str = "t"):
    t = etree.Element(q(tag))
    t.text = text
    if text != text.strip() or "  " in text:
        t.set(XML_SPACE, "preserve")
    return t


def _split_run_before(node) -> None:
    """Move ``node`` and what follows it in its run into a new run right after it."""
    r = node.getparent()
    if r is None or r.tag != q("r"):
        return
    content = [c for c in r if c.tag != q("rPr")]
    if not content or content[0] is node:
        return
    new = etree.Element(q("r"), attrib=dict(r.attrib))
    rpr = r.find(q("rPr"))
    if rpr is not None:
        new.append(copy.deepcopy(rpr))
    idx = content.index(node)
    for c in content[idx:]:
        new.append(c)  # moves the element
    r.addnext(new)


def cut(block, pos: int) -> None:
    """Make a run start at character ``pos`` of ``block`` (no-op at either end or between paragraphs)."""
    if pos <= 0 or pos >= len(block.text):
        return
    i = _index(block, pos)
    p = block.pieces[i]
    if p.node is None:
        return
    if p.start < pos:  # inside a w:t: split its text
        k = pos - p.start
        old = p.node.text
        p.node.text = old[:k]
        if old[:k] != old[:k].strip():
            p.node.set(XML_SPACE, "preserve")
        new_t = _w_t(old[k:], etree.QName(p.node).localname)
        p.node.addnext(new_t)
        block.pieces.insert(i + 1, Piece(pos, new_t, p.length - k))
        p.length = k
        _split_run_before(new_t)
    else:
        _split_run_before(p.node)


def _index(block, pos: int) -> int:
    lo, hi = 0, len(block.pieces) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if block.pieces[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def runs_between(block, start: int, end: int) -> list:
    """The runs (``w:r``, in order, no repeats) holding characters [start, end) after ``cut``s."""
    out, seen = [], set()
    for i in range(_index(block, start), len(block.pieces)):
        p = block.pieces[i]
        if p.start >= end:
            break
        if p.node is None or p.start + p.length <= start:
            continue
        r = p.node.getparent()
        if r is not None and r.tag == q("r") and id(r) not in seen:
            seen.add(id(r))
            out.append(r)
    return out


def trim_span(block, start: int, end: int) -> tuple[int, int]:
    """Widen an empty span to one character (a comment needs something to hang on) and keep it
    inside the block."""
    n = len(block.text)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    if end <= start:
        start, end = (start, start + 1) if start < n else (max(0, n - 1), n)
    return start, end


def mark_comment(first_run, last_run, comment_id: int) -> None:
    """``w:commentRangeStart`` before the first run, ``w:commentRangeEnd`` and the reference run after the last."""
    first_run.addprevious(etree.Element(q("commentRangeStart"), {q("id"): str(comment_id)}))
    end = etree.Element(q("commentRangeEnd"), {q("id"): str(comment_id)})
    last_run.addnext(end)
    ref = etree.Element(q("r"))
    rpr = etree.SubElement(ref, q("rPr"))
    etree.SubElement(rpr, q("rStyle"), {q("val"): "CommentReference"})
    etree.SubElement(ref, q("commentReference"), {q("id"): str(comment_id)})
    end.addnext(ref)


class Revisions:
    """Tracked changes by author "termcheck": ids unique in the document, one timestamp per run."""

    def __init__(self, roots):
        used = [int(el.get(q("id"))) for root in roots for el in root.iter(q("ins"), q("del"))
                if (el.get(q("id")) or "").lstrip("-").isdigit()]
        self.next_id = max(used, default=0) + 1
        self.date = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _attrs(self) -> dict:
        self.next_id += 1
        return {q("id"): str(self.next_id - 1), q("author"): AUTHOR, q("date"): self.date}

    def replace(self, runs, replacement: str, after=None) -> None:
        """Delete ``runs`` as a tracked deletion and insert ``replacement`` after them as a tracked
        insertion in the first run's formatting (a pure insertion goes ``after`` that run). Text that
        termcheck itself inserted in an earlier pass is removed outright (a deletion of one's own
        insertion)."""
        anchor = runs[-1] if runs else after
        if anchor is None:
            return
        rpr = (runs[0] if runs else after).find(q("rPr"))
        if replacement:
            ins = etree.Element(q("ins"), self._attrs())
            r = etree.SubElement(ins, q("r"))
            if rpr is not None:
                r.append(copy.deepcopy(rpr))
            r.append(_w_t(replacement))
            if _own_insertion(anchor):
                anchor.addnext(r)          # inside our own w:ins already: a plain run
            else:
                anchor.addnext(ins)
        for run in runs:
            if _own_insertion(run):
                run.getparent().remove(run)
                continue
            d = etree.Element(q("del"), self._attrs())
            run.addprevious(d)
            d.append(run)
            for t in run.iter(q("t")):
                t.tag = q("delText")
            for t in run.iter(q("instrText")):
                t.tag = q("delInstrText")


def _own_insertion(run) -> bool:
    parent = run.getparent()
    return parent is not None and parent.tag == q("ins") and parent.get(q("author")) == AUTHOR
