"""PDF -> ``Document`` via pypdf's text layer: one segment per page, id ``page3``.

A PDF has lines, not paragraphs, so the text is rebuilt: running headers and footers (a line in
the first or last ``EDGE_LINES`` lines of a page that, digits aside, recurs on most pages, such as
titles and page numbers) are dropped; a word hyphenated at a line end is joined (without the
hyphen when the joined word is an English word and the halves are not both words, so
"develop-/ment" reads "development" and "poverty-/stricken" stays hyphenated); the lines of a
paragraph are joined with a space, and a paragraph ends at a line that is clearly shorter than
the page's full lines; paragraphs are separated by a blank line, as in plain text. A paragraph that runs on to the next page belongs to the page it starts
on, so sentences stay whole and findings name the page where their paragraph starts.
Runs of spaces read as one (PDF spacing is layout). Segment text is the rebuilt text, not the
PDF's bytes: offsets index ``Segment.text``.
A PDF without a text layer (a scan) or an encrypted one is refused in one line.
"""
from __future__ import annotations

import io
import re
from collections import Counter

from ..errors import InputError
from ..model import Document, Segment

EDGE_LINES = 2          # lines at the top and bottom of a page that may be running heads
RECUR_SHARE = 0.6       # ... dropped when they recur on this share of the pages (3 pages at least)
SHORT_LINE = 0.8        # a line shorter than this share of the page's longest lines ends a paragraph
END_PUNCT = re.compile(r"[.!?:;。！？：；)”’\"'】]\s*$")
HYPHEN_END = re.compile(r"(\w+)-$")
SPACES = re.compile(r"[ \t\u00a0]{2,}")


def _pages_text(data: bytes, path: str) -> list[str]:
    if b"%PDF" not in data[:1024]:
        raise InputError(f"{path}: not a PDF file (no %PDF header)")
    try:
        from pypdf import PdfReader
    except ImportError:
        raise InputError(f"{path}: reading PDF needs pypdf: pip install 'termcheck[office]'") from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are not the user's errors
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{path}: the PDF is encrypted (password-protected); save an unprotected copy")
        return [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types on broken files
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        if "decrypt" in reason.lower() or "encrypt" in reason.lower():
            raise InputError(f"{path}: the PDF is encrypted and cannot be read ({reason})") from None
        raise InputError(f"{path}: not a readable PDF ({reason})") from None


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Normalised edge lines that recur on most pages (running heads, footers, page numbers)."""
    if len(pages) < 3:
        return set()
    seen: Counter = Counter()
    for lines in pages:
        seen.update({_key(ln) for ln in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    return {k for k, n in seen.items() if k and n >= RECUR_SHARE * len(pages)}


def _join_hyphen(head: str, tail: str) -> str:
    """``head`` ends with "word-" at a line end, ``tail`` starts the next line."""
    m, n = HYPHEN_END.search(head), re.match(r"[a-z]+", tail)
    if not m or not n:
        return head + tail
    from ..lang.lexicon import lexicon

    lex = lexicon()
    a, b = m.group(1), n.group()
    if (a + b).lower() in lex and not (a.lower() in lex and b in lex):
        return head[:-1] + tail
    return head + tail


def _full_width(pages: list[list[str]]) -> int:
    """The length of a full line: the type area is the same on every page."""
    lengths = sorted(len(ln) for lines in pages for ln in lines)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _paragraphs(lines: list[str], full: int) -> list[list[str]]:
    """Group a page's lines into paragraphs (lists of lines)."""
    out, cur = [], []
    for ln in lines:
        cur.append(ln)
        short = len(ln) < SHORT_LINE * full
        if short and (END_PUNCT.search(ln) or len(ln) < 0.5 * full):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _text_of(par: list[str]) -> str:
    text = ""
    for ln in par:
        if not text:
            text = ln
        elif HYPHEN_END.search(text) and ln[:1].islower():
            text = _join_hyphen(text, ln)
        elif re.search(r"[\u3000-\u9fff\uff00-\uffef]$", text) and re.match(r"[\u3000-\u9fff\uff00-\uffef]", ln):
            text += ln          # Chinese lines join without a space
        else:
            text += " " + ln
    return text


def read_bytes(data: bytes, path: str) -> Document:
    raw = _pages_text(data, path)
    # spaces in a PDF are layout (the extractor guesses them from glyph gaps): runs read as one
    pages = [[SPACES.sub(" ", ln.strip()) for ln in t.splitlines() if ln.strip()] for t in raw]
    if not any(pages):
        raise InputError(f"{path}: the PDF has no text layer (a scanned document?); run OCR on it first")
    running = _running_lines(pages)
    full = _full_width(pages)
    per_page: list[list[str]] = []
    carry: list[str] | None = None   # the unfinished last paragraph of the previous page
    for lines in pages:
        body = [ln for i, ln in enumerate(lines)
                if not ((i < EDGE_LINES or i >= len(lines) - EDGE_LINES) and _key(ln) in running)]
        pars = _paragraphs(body, full)
        if carry is not None and pars and per_page:
            per_page[-1][-1] = _text_of(carry + pars[0])
            pars = pars[1:]
        per_page.append([_text_of(p) for p in pars])
        last = pars[-1] if pars else None
        carry = last if last and not END_PUNCT.search(last[-1]) else None
        if carry is not None:
            carry = list(carry)
    segments, offset, texts = [], 0, []
    for n, pars in enumerate(per_page, 1):
        text = "\n\n".join(pars)  # paragraphs between blank lines, as in plain text
        if text.strip():
            segments.append(Segment(id=f"page{n}", text=text, offset=offset, attrs={"page": n}))
            texts.append(text)
            offset += len(text) + 1
    return Document(path=path, text="\n".join(texts), segments=tuple(segments), format="pdf")
