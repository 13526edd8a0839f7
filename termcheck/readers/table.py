"""TSV/CSV with a header row naming the columns -> bilingual Document.

Columns are found by name (case-insensitive): source ``source, src, zh, zh-CN, chinese, 原文``;
target ``target, tgt, en, en-US, english, translation, 译文``; id ``id, key, segment, unit,
tuid``; reference ``reference, ref`` (used by ``termcheck score``). ``--columns SRC,TGT`` names
them explicitly. Quoted cells follow RFC 4180; a doubled quote ``""`` inside a quoted cell is
read as one quote followed by a fill character, so spans still index the file text.
"""
from __future__ import annotations

from ..errors import InputError
from ..model import Document, Segment
from .mask import FILL

SOURCE_NAMES = ("source", "src", "zh", "zh-cn", "zh_cn", "zh-hans", "chinese", "原文", "中文")
TARGET_NAMES = ("target", "tgt", "en", "en-us", "en-gb", "english", "translation", "译文", "英文")
ID_NAMES = ("id", "key", "segment", "segment_id", "unit", "tuid")
REF_NAMES = ("reference", "ref", "参考译文")


def cells(text: str, delim: str):
    """Yield rows as (line number, [(start, end, quoted), ...]) with offsets of each cell's content."""
    i, n, line = 0, len(text), 1
    while i < n:
        row, row_line = [], line
        while True:
            k = _closing_quote(text, i, delim, row_line) if i < n and text[i] == '"' else -1
            if k >= 0:
                row.append((i + 1, k, True))
                line += text.count("\n", i, k)
                i = k + 1
            else:
                j = i
                while j < n and text[j] not in delim + "\r\n":
                    j += 1
                row.append((i, j, False))
                i = j
            if i < n and text[i] == delim:
                i += 1
                continue
            if i < n and text[i] == "\r":
                i += 1
            if i < n and text[i] == "\n":
                i += 1
            line += 1
            break
        if any(b > a for a, b, _ in row):
            yield row_line, row


def _closing_quote(text: str, i: int, delim: str, line: int) -> int:
    """Offset of the quote closing a quoted cell at ``i``, or -1 when the cell is not quoted
    after all (a TSV cell that merely starts with a quotation mark)."""
    j = i + 1
    while True:
        k = text.find('"', j)
        if k == -1:
            if delim == "\t":
                return -1
            raise InputError(f"{{path}}:{line}: unterminated quoted cell")
        if text.startswith('""', k):
            j = k + 2
            continue
        if k + 1 == len(text) or text[k + 1] in delim + "\r\n":
            return k
        if delim == "\t":
            return -1
        raise InputError(f"{{path}}:{line}: text after the closing quote of a cell")


def cell_text(text: str, cell) -> tuple[str, str]:
    a, b, quoted = cell
    raw = text[a:b]
    return raw, raw.replace('""', '"' + FILL) if quoted else raw


def _find(header: list[str], names, wanted: str | None, path: str, what: str, required=True):
    lower = [h.strip().lower() for h in header]
    if wanted:
        if wanted.lower() in lower:
            return lower.index(wanted.lower())
        raise InputError(f"{path}:1: no column named {wanted!r} (header: {', '.join(header)})")
    for name in names:
        if name in lower:
            return lower.index(name)
    if required:
        raise InputError(f"{path}:1: no {what} column (header: {', '.join(header)}; expected one of "
                         f"{', '.join(names[:5])} or --columns SOURCE,TARGET)")
    return None


def read_table(text: str, path: str, delim: str, columns: str | None = None, fmt: str = "tsv") -> Document:
    want_src = want_tgt = None
    if columns:
        parts = [p.strip() for p in columns.split(",")]
        if len(parts) != 2 or not all(parts):
            raise InputError(f"--columns takes SOURCE,TARGET column names, not {columns!r}")
        want_src, want_tgt = parts
    try:
        rows = list(cells(text, delim))
    except InputError as exc:
        raise InputError(str(exc).replace("{path}", path)) from None
    if not rows:
        raise InputError(f"{path}:1: empty table (a header naming the source and target columns is needed)")
    header = [cell_text(text, c)[1].replace(FILL, "").lstrip("\ufeff") for c in rows[0][1]]
    si = _find(header, SOURCE_NAMES, want_src, path, "source")
    ti = _find(header, TARGET_NAMES, want_tgt, path, "target")
    ii = _find(header, ID_NAMES, None, path, "id", required=False)
    ri = _find(header, REF_NAMES, None, path, "reference", required=False)
    segments, seen = [], set()
    for n, (line, row) in enumerate(rows[1:], 1):
        if max(si, ti) >= len(row):
            raise InputError(f"{path}:{line}: row has {len(row)} cells; the {header[max(si, ti)]!r} column is missing")
        raw, masked = cell_text(text, row[ti])
        sid = cell_text(text, row[ii])[1].replace(FILL, "").strip() if ii is not None and ii < len(row) else ""
        sid = sid or str(n)
        if sid in seen:
            raise InputError(f"{path}:{line}: duplicate id {sid!r}")
        seen.add(sid)
        attrs = {"line": line}
        if ri is not None and ri < len(row):
            attrs["reference"] = cell_text(text, row[ri])[1].replace(FILL, "")
        segments.append(Segment(id=sid, text=masked, raw=raw, source=cell_text(text, row[si])[1].replace(FILL, ""),
                                offset=row[ti][0], source_offset=row[si][0], attrs=attrs))
    return Document(path=path, text=text, segments=tuple(segments), format=fmt, bilingual=True)


def read_tsv(text: str, path: str, columns: str | None = None) -> Document:
    return read_table(text, path, "\t", columns, "tsv")


def read_csv(text: str, path: str, columns: str | None = None) -> Document:
    return read_table(text, path, ",", columns, "csv")
