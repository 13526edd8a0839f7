"""``--format docx``: the input Word file back, with one Word comment per finding on its words.

Comments have author "termcheck" and read ``TC102 terminology/...: message — suggestion: ...``.
Runs are split at the span's edges (keeping their formatting) so the comment covers exactly the
finding's text; nothing else in the document changes. Word shows no comments in headers, footers
or text boxes, so findings there are anchored on the first words of the body; LibreOffice cannot
load a comment inside a footnote or endnote, so findings there are anchored on the note's
reference mark. Such comments name the place and the words (``[footnote1 “recieved”] ...``).
The input file is never overwritten.
"""
from __future__ import annotations

import io

from ..errors import TermcheckError

INITIALS = "TC"


def comment_text(f, place: str | None = None) -> str:
    text = f"{f.rule} {f.name}: {f.message}"
    if f.suggestions:
        text += f" — suggestion: {f.suggestions[0]}"
    return (f"[{place}] " if place else "") + text


def annotate(document, blocks, findings) -> int:
    """Add comments for ``findings`` to a python-docx ``document`` whose ``blocks`` were extracted
    from it; returns how many were added."""
    from .docx_edit import cut, mark_comment, runs_between, trim_span

    by_id = {b.id: b for b in blocks}
    planned = []   # (block, start, end, finding, place)
    for f in findings:
        blk = by_id.get(f.segment)
        if blk is not None and blk.inline_comments:
            s, e = trim_span(blk, f.start, f.end)
            planned.append((blk, s, e, f, None))
        elif blk is not None and blk.anchor is not None:
            planned.append((None, 0, 0, f, f"{f.segment} “{f.text}”"))
        else:
            home = next((b for b in blocks if b.inline_comments), None)
            if home is None:
                continue
            planned.append((home, 0, min(len(home.text), max(1, len(home.text.split(" ")[0]))), f,
                            f"{f.segment or 'document'} “{f.text}”"))
    for blk, s, e, _, _ in planned:
        if blk is not None:
            cut(blk, s)
            cut(blk, e)
    n = 0
    for blk, s, e, f, place in planned:
        runs = runs_between(blk, s, e) if blk is not None else [by_id[f.segment].anchor]
        if not runs and blk is not None:  # a span on a paragraph break: the runs around it
            runs = runs_between(blk, max(0, s - 1), e + 1)
        if not runs:
            continue
        c = document.comments.add_comment(text=comment_text(f, place), author="termcheck", initials=INITIALS)
        mark_comment(runs[0], runs[-1], c.comment_id)
        n += 1
    return n


def render(results, options=None) -> bytes:
    from ..readers.docx import extract, open_docx, store_parts

    if len(results) != 1 or results[0].document.format != "docx" or results[0].document.blob is None:
        raise TermcheckError("--format docx writes back exactly one .docx input file")
    doc = results[0].document
    out = (options or {}).get("output")
    if out:
        from pathlib import Path

        if doc.path and Path(out).resolve() == Path(doc.path).resolve():
            raise TermcheckError(f"{out}: --format docx never overwrites its input; write to another file")
    document = open_docx(doc.blob, doc.path)
    annotate(document, extract(document), results[0].findings)
    store_parts(document)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
