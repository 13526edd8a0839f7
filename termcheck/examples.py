"""Run a rule's own examples (used by the test suite and ``termcheck rules --test``)."""
from __future__ import annotations

from .engine import Engine
from .model import Document, Segment
from .ruleset import MARK, Rule


def strip_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    spans, out, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(1))
        spans.append((start, start + len(m.group(1))))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def example_document(text: str, source: str | None) -> Document:
    if source is None:
        return Document.from_text(text, "<example>")
    src_lines, tgt_lines = source.split("\n"), text.split("\n")
    if len(src_lines) > 1 and len(src_lines) == len(tgt_lines):
        # one segment a line: document-level bilingual kinds (consistency) need several segments
        segs, pos = [], 0
        for n, (s, t) in enumerate(zip(src_lines, tgt_lines), 1):
            segs.append(Segment(id=str(n), text=t, raw=t, source=s, offset=pos))
            pos += len(t) + 1
        return Document(path="<example>", text=text, segments=tuple(segs), format="tsv", bilingual=True)
    seg = Segment(id="1", text=text, raw=text, source=source)
    return Document(path="<example>", text=text, segments=(seg,), format="tsv", bilingual=True)


def run_example(rule: Rule, text: str, source=None, glossary=None):
    """Findings of ``rule`` alone on an example text."""
    if glossary is not None:
        from .glossary import load_glossaries

        glossary = load_glossaries([], [("<example>.tsv", glossary)])
    else:
        from .engine import default_engine

        glossary = default_engine().glossary
    engine = Engine([rule], glossary)
    doc = example_document(text, source)
    offsets = {s.id: s.offset for s in doc.segments}
    # spans back into the example text (segment offsets are 0 unless it was cut into lines)
    return [f.with_(start=f.start + offsets.get(f.segment, 0), end=f.end + offsets.get(f.segment, 0))
            for f in engine.check(doc) if f.rule == rule.id]
