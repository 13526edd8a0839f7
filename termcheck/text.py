"""Text helpers shared by checks and reporters: line index, words, sentences."""
from __future__ import annotations

import bisect

import regex

WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*[\p{L}\p{M}]|[\p{L}]")
SENTENCE_END = regex.compile(r"(?<=[.!?。！？])[\"'”’)]*\s+(?=[\"“‘(【\p{Lu}\d])|\n\s*\n")
# The same breaks found 2-3x faster: the end mark is consumed (a charset the engine skips to)
# instead of looked behind at every position; group "a" starts where SENTENCE_END's match does.
# (A mark is never inside the previous break, which ends in white space, so the matches agree.)
_SENTENCE_BREAK = regex.compile(r"[.!?。！？](?P<a>[\"'”’)]*\s+(?=[\"“‘(【\p{Lu}\d]))|\n\s*\n")


class LineIndex:
    """Maps str offsets to 1-based (line, column), columns in code points."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """[start, end) of a line, without its newline."""
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return start, end


def utf16_len(s: str) -> int:
    """Length in UTF-16 code units, as Java (LanguageTool clients) counts offsets."""
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def sentence_spans(text: str):
    """Yield (start, end) of sentences; a rough splitter good enough for scoping checks."""
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        end = m.start(1)  # group "a" (by number: a name costs a look-up per sentence)
        if end < 0:
            end = m.start()
        if end > start:
            yield start, end
        start = m.end()
    if start < len(text):
        yield start, len(text)


# a list item's marker alone on the start of its line, before the item's first word
ITEM_MARKER = regex.compile(r"[ \t]*[(（]?(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[a-zA-Z])[)）][ \t]+")


def sentence_start_before(text: str, pos: int) -> bool:
    """True when ``pos`` begins a sentence: only spaces, quotes, brackets or a marker since the last ender."""
    i = pos - 1
    # \u2060 is masked inline markup ("**Note.** The"); a table cell starts after "|"; a closing
    # quote or bracket may follow the ender (curly-quote house style: '... the button.” His')
    while i >= 0 and text[i] in " \t\u3000\u2060\"'“‘(（【】”’)）":
        if text[i] == "】":
            return True
        i -= 1
    if i < 0 or text[i] in ".!?。！？:：\n;|":
        return True
    # an item marker at the start of a line: "(iii) Rural roads", "iv) Health", "(b) Funds"
    if text[i].isalnum() and (")" in text[i + 1:pos] or "）" in text[i + 1:pos]):
        line = text.rfind("\n", 0, pos) + 1
        return ITEM_MARKER.fullmatch(text, line, pos) is not None
    return False


WEB_TOKEN = regex.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+(?:cn|com|org|net|gov|edu|int)(?:/\S*)?", regex.I)


def in_web_address(text: str, pos: int) -> bool:
    """True when ``pos`` lies in a URL, e-mail address or bare domain ("http://tjj.example.cn/2019",
    "office@fupin.example.org", "www.gov.cn", "stats.gov.cn/tjsj"): the white-space token around it."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return any(m.start() <= pos < m.end() for m in WEB_TOKEN.finditer(text, start, end))


def next_space(text: str, pos: int) -> int:
    """Offset of the first white-space character at or after ``pos``, or -1."""
    for ch in (" ", "\n"):
        i = text.find(ch, pos, pos + 4096)
        if i != -1:
            return i
    j = pos
    while j < len(text) and not text[j].isspace():
        j += 1
    return j if j < len(text) else -1


def lower(text: str, block: int = 1 << 12) -> str:
    """``text.lower()``, done in blocks cut just after white space when the text is long and not
    ASCII: the same result (case mapping, final sigma included, never looks across white space),
    without CPython's work buffer of 12 bytes a character for the whole text at once. The blocks
    are small because English text is mostly ASCII: a slice holding only ASCII characters is an
    ASCII string, whose lower() is a table copy, while a block holding one character outside
    ASCII takes the full case mapping at every character (1 MB with ~1,200 such characters:
    ~57 M instructions in 64 K blocks, ~31 M in 4 K blocks; 11 ms -> 2 ms)."""
    if len(text) <= block or text.isascii():
        return text.lower()
    out, lo, size = [], 0, len(text)
    while lo < size:
        cut = next_space(text, lo + block) if lo + block < size else -1
        hi = size if cut == -1 else cut + 1
        out.append(text[lo:hi].lower())
        lo = hi
    return "".join(out)
