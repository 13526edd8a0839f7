"""``termcheck fix PATH...`` and ``check --fix``: apply fixes to files, atomically.

The file's encoding, BOM and line endings are kept: fixes edit the decoded text in place
(spans never cover more than the finding) and the result is encoded back the way it was read.
Fix, re-check and fix again until nothing changes (at most ``MAX_PASSES``), so a second run
is a no-op.
"""
from __future__ import annotations

import codecs
import difflib
import sys
from dataclasses import dataclass, field

from .errors import InputError

MAX_PASSES = 5


@dataclass
class FileFix:
    path: str
    before: str
    after: str
    applied: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    remaining: list = field(default_factory=list)


def encode_like(text: str, doc, original: bytes) -> bytes:
    """Encode ``text`` with the document's encoding and BOM, as the original file had them."""
    enc = (doc.encoding or "utf-8").lower().replace("_", "-")
    if enc in ("utf-8", "utf8"):
        return (codecs.BOM_UTF8 if doc.bom else b"") + text.encode("utf-8")
    if enc in ("utf-16", "utf16"):
        if original.startswith(codecs.BOM_UTF16_BE):
            return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(doc.encoding)


XML_FORMATS = ("xliff", "tmx")


def _encoder(fmt: str):
    """Replacements are plain text; in markup files they must be escaped to stay that text."""
    if fmt in ("html", "xhtml", *XML_FORMATS):
        from html import escape

        return lambda s: escape(s, quote=False)
    return None


def _masked(doc) -> str | None:
    """The checked text of a monolingual document (markup blanked), to keep fixes off markup."""
    if not doc.bilingual and len(doc.segments) == 1 and doc.segments[0].id is None:
        return doc.segments[0].text
    return None


def file_level(doc, findings) -> list:
    """Map findings in XLIFF/TMX target segments to file offsets when the segment's text stands
    verbatim in the file at its offset (the readers keep it so); others stay segment findings,
    which ``apply_fixes`` skips with a note (tables and JSON lines quote their text)."""
    if not doc.bilingual or doc.format not in XML_FORMATS:
        return findings
    segs = {s.id: s for s in doc.segments}
    out = []
    for f in findings:
        seg = segs.get(f.segment) if f.segment is not None else None
        if seg is not None and not seg.attrs.get("no_target") and \
                doc.text[seg.offset:seg.offset + len(seg.original)] == seg.original and \
                seg.text[f.start:f.end] == seg.original[f.start:f.end]:  # no inline codes inside
            f = f.with_(start=seg.offset + f.start, end=seg.offset + f.end, segment=None)
        out.append(f)
    return out


def fix_document(doc, engine, cfg, unsafe: bool = False, reader_kw=None) -> FileFix:
    """Fix one document in memory (fix, re-read, re-check; until stable)."""
    from dataclasses import replace

    from .fix import apply_fixes
    from .readers import read_text

    state = FileFix(doc.path, doc.text, doc.text)
    current = doc
    findings = engine.check(current, cfg)
    for _ in range(MAX_PASSES):
        res = apply_fixes(current.text, file_level(current, findings), unsafe=unsafe,
                          encode_replacement=_encoder(doc.format), masked=_masked(current))
        state.skipped = res.skipped
        if not res.changed:
            break
        state.applied.extend(res.applied)
        new = read_text(res.text, doc.path, doc.format, **(reader_kw or {}))
        current = replace(new, encoding=doc.encoding, bom=doc.bom)
        findings = engine.check(current, cfg)
    state.after = current.text
    state.remaining = findings
    return state


def unified_diff(fx: FileFix) -> str:
    a = fx.before.splitlines(keepends=True)
    b = fx.after.splitlines(keepends=True)
    lines = difflib.unified_diff(a, b, fromfile=f"a/{fx.path.lstrip('/')}", tofile=f"b/{fx.path.lstrip('/')}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def fix_paths(args, cfg, engine, unsafe: bool, write: bool) -> list[FileFix]:
    """Fix every input file; write changed ones atomically when ``write``."""
    from pathlib import Path

    from .options import reader_kwargs as _reader_kwargs
    from .files import discover
    from .fsutil import atomic_write_bytes
    from .readers import read_bytes

    out = []
    for path in discover(args.paths, cfg.include, cfg.exclude):
        if path == "-":
            raise InputError("fix: cannot fix stdin ('-'); name the files")
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None
        kw = _reader_kwargs(args)
        doc = read_bytes(data, path, getattr(args, "input_format", None), getattr(args, "encoding", None), **kw)
        if doc.format == "docx":  # fixes become Word tracked changes (docxfix.py)
            from .docxfix import fix_docx

            fx, fixed = fix_docx(doc, engine, cfg, unsafe=unsafe)
        else:
            fx = fix_document(doc, engine, cfg, unsafe=unsafe, reader_kw=kw)
            fixed = None
        if write and fx.after != fx.before:
            atomic_write_bytes(path, fixed if fixed is not None else encode_like(fx.after, doc, data))
        out.append(fx)
    return out


def register(sub) -> None:
    from .options import add_run_options

    p = sub.add_parser("fix", help="apply safe fixes to files (see docs/ci.md)")
    p.add_argument("paths", nargs="+", help="files or directories")
    p.add_argument("--unsafe-fixes", action="store_true", help="also apply fixes marked unsafe")
    p.add_argument("--diff", action="store_true", help="print a unified diff instead of writing; exit 1 if anything would change")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    p.add_argument("--select", action="append", help="only these rules (id, id prefix, name or category)")
    p.add_argument("--ignore", action="append", help="skip these rules")
    add_run_options(p)
    p.set_defaults(func=cmd_fix)


def cmd_fix(args) -> int:
    from .options import load_run_config
    from .engine import Engine

    cfg = load_run_config(args, args.paths[0])
    engine = Engine.from_config(cfg)
    fixes = fix_paths(args, cfg, engine, unsafe=args.unsafe_fixes, write=not args.diff)
    if args.diff:
        sys.stdout.write("".join(unified_diff(fx) for fx in fixes if fx.after != fx.before))
    if not args.quiet:
        print(summary_line(fixes, dry=args.diff), file=sys.stderr)
    if args.diff:
        return 1 if any(fx.after != fx.before for fx in fixes) else 0
    return 0


def summary_line(fixes, dry: bool = False) -> str:
    n = sum(len(fx.applied) for fx in fixes)
    files = sum(1 for fx in fixes if fx.after != fx.before)
    verb = "Would fix" if dry else "Fixed"
    line = f"{verb} {n} issue{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}"
    unsafe = sum(1 for fx in fixes for f, why in fx.skipped if why.startswith("unsafe"))
    bilingual = sum(1 for fx in fixes for f, why in fx.skipped if "bilingual" in why)
    notes = []
    if unsafe:
        notes.append(f"{unsafe} unsafe fix{'es' if unsafe != 1 else ''} not applied (--unsafe-fixes)")
    if bilingual:
        notes.append(f"{bilingual} fix{'es' if bilingual != 1 else ''} in bilingual segments skipped")
    return line + (f"; {'; '.join(notes)}" if notes else "") + "."
