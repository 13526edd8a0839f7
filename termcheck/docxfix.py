"""``termcheck fix file.docx``: safe fixes written as Word tracked changes.

Each applied fix becomes a ``w:del`` of the finding's runs and a ``w:ins`` of the replacement in
the first run's formatting, both by author "termcheck", so the editor accepts or rejects each
one in Word. As for text files (``fixcmd.fix_document``): fix, re-read, re-check, until nothing
changes; the re-read text is the document with all changes accepted, so accepting every tracked
change in Word gives the text ``termcheck fix`` gives for the same text as a plain file. Fixes
whose span or replacement crosses a paragraph break are left for the editor.
"""
from __future__ import annotations

import io


def fix_docx(doc, engine, cfg, unsafe: bool = False):
    """Returns (FileFix, bytes of the fixed .docx)."""
    from .fix import apply_fixes
    from .fixcmd import MAX_PASSES, FileFix
    from .readers.docx import document_from_blocks, extract, open_docx, store_parts
    from .report.docx_edit import Revisions, cut, runs_between

    document = open_docx(doc.blob, doc.path)
    revisions = None
    state = FileFix(doc.path, doc.text, doc.text)
    current, findings = doc, engine.check(doc, cfg)
    for _ in range(MAX_PASSES):
        blocks = {b.id: b for b in extract(document)}
        if revisions is None:
            revisions = Revisions({id(b.part): _root(b) for b in blocks.values()}.values())
        by_seg: dict = {}
        for f in findings:
            by_seg.setdefault(f.segment, []).append(f)
        state.skipped, applied = [], []
        for seg_id, fs in by_seg.items():
            blk = blocks.get(seg_id)
            if blk is None:
                continue
            res = apply_fixes(blk.text, [f.with_(segment=None) for f in fs], unsafe=unsafe)
            state.skipped.extend(res.skipped)
            for f in sorted(res.applied, key=lambda f: (f.start, f.end), reverse=True):
                if "\n" in blk.text[f.start:f.end] or "\n" in f.fix.replacement:
                    state.skipped.append((f, "the fix crosses a paragraph break"))
                    continue
                cut(blk, f.start)
                cut(blk, f.end)
                runs = runs_between(blk, f.start, f.end)
                before = runs_between(blk, f.start - 1, f.start) if f.start > 0 else []
                if not runs and not before:
                    state.skipped.append((f, "no run to anchor the change on"))
                    continue
                revisions.replace(runs, f.fix.replacement, after=before[-1] if before else None)
                applied.append(f.with_(segment=seg_id))
        if not applied:
            break
        state.applied.extend(applied)
        current = document_from_blocks(extract(document), doc.path, doc.blob)
        findings = engine.check(current, cfg)
    state.after = current.text
    state.remaining = findings
    store_parts(document)
    buf = io.BytesIO()
    document.save(buf)
    return state, buf.getvalue()


def _root(block):
    el = block.paragraphs[0] if block.paragraphs else None
    return el.getroottree().getroot() if el is not None else block.part.element
