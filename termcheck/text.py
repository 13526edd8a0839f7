"""Text helpers shared by checks and reporters: line index, words, sentences."""
from __future__ import annotations

import bisect

import regex

WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*[\p{L}\p{M}]|[\p{L}]")
SENTENCE_END = regex.compile(r"(?<=[.!?。！？])[\"'”’)]*\s+(?=[\"“‘(【\p{Lu}\d])|\n\s*\n")


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
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def sentence_start_before(text: str, pos: int) -> bool:
    """True when ``pos`` begins a sentence: only spaces, quotes, brackets or a marker since the last ender."""
    i = pos - 1
    # \u2060 is masked inline markup ("**Note.** The"); a table cell starts after "|"
    while i >= 0 and text[i] in " \t\u3000\u2060\"'“‘(（【】":
        if text[i] == "】":
            return True
        i -= 1
    return i < 0 or text[i] in ".!?。！？:：\n;|"
