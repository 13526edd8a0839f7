"""Blank out markup while keeping offsets: the masked text has the same length as the original.

Inline markup becomes FILL (an invisible word joiner, neither space nor letter), so masking
never creates double spaces or glues words; whole blocks become spaces with newlines kept.
"""
from __future__ import annotations

FILL = "\u2060"


class Masker:
    def __init__(self, text: str):
        self.text = text
        self.chars = list(text)

    def fill(self, start: int, end: int, block: bool = False) -> None:
        c = self.chars
        for i in range(max(0, start), min(end, len(c))):
            if c[i] not in "\n\r":
                c[i] = " " if block else FILL
        if block and start < len(c) and c[start] not in "\n\r":
            pass

    def put(self, pos: int, s: str) -> None:
        for i, ch in enumerate(s):
            if pos + i < len(self.chars):
                self.chars[pos + i] = ch

    def result(self) -> str:
        return "".join(self.chars)
