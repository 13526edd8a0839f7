"""HTML: the standard library's HTML parser; only character data outside script/style is checked."""
from __future__ import annotations

import html
from html.parser import HTMLParser

from ..model import Document
from .mask import FILL, Masker
from .suppress import suppressions

SKIP = {"script", "style", "template", "noscript", "code", "pre", "svg", "math"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
         "section", "article", "header", "footer", "blockquote", "title", "dt", "dd", "hr", "nav", "aside", "main"}


class _Collector(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.starts.append(i + 1)
        self.masker = Masker(text)
        self.masker.fill(0, len(text))
        self.skip_depth = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        self._tag(tag, self.get_starttag_text() or "")
        if tag in SKIP:
            self.skip_depth += 1

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip_depth:
            self.skip_depth -= 1
        pos = self._pos()
        end = self.text.find(">", pos)
        self._tag(tag, self.text[pos:end + 1] if end != -1 else "")

    def _tag(self, tag, raw):
        if tag in BLOCK and raw:
            pos = self._pos()
            self.masker.put(pos, "\n" if self.text[pos] != "\n" else self.text[pos])

    def handle_data(self, data):
        if self.skip_depth:
            return
        pos = self._pos()
        self.masker.put(pos, data)

    def _ref(self, raw: str):
        if self.skip_depth:
            return
        pos = self._pos()
        ch = html.unescape(raw)
        if len(ch) == 1 and raw.endswith(";"):
            self.masker.put(pos, ch + FILL * (len(raw) - 1))

    def handle_entityref(self, name):
        self._ref(f"&{name};" if self.text.startswith(f"&{name};", self._pos()) else f"&{name}")

    def handle_charref(self, name):
        self._ref(f"&#{name};" if self.text.startswith(f"&#{name};", self._pos()) else f"&#{name}")


def read(text: str, path: str) -> Document:
    c = _Collector(text)
    c.feed(text)
    c.close()
    return Document.from_text(text, path, masked=c.masker.result(), format="html",
                              suppressed=tuple(suppressions(text)))
