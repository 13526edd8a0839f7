"""Write-back for CAT tools (``--format xliff``): the input XLIFF with each finding annotated.

The original text is copied unchanged except for insertions, so everything the checker did not
touch (whitespace, comments, other namespaces) survives byte for byte; the input file itself is
never written (the report goes to stdout or ``-o``).

XLIFF 1.2: ITS 2.0 Localization Quality Issue, as the ITS-XLIFF 1.2 mapping has it: the span is
wrapped in ``<mrk mtype="x-its" its:locQualityIssuesRef="#id">`` and the issues are listed in a
stand-off ``<its:locQualityIssues xml:id="id">`` at the end of the ``<trans-unit>``. A finding
that cannot be wrapped (empty span, overlapping another, cutting an inline tag) applies to the
whole target, and to the ``<trans-unit>`` when there is no target content to wrap.
XLIFF 2.x: a core comment annotation ``<mrk id=".." type="comment" value="..">`` carrying the ITS
attributes (``its:locQualityIssueType``...), and a ``<note category="termcheck">`` in the unit's
``<notes>`` for findings that cannot be wrapped; every 2.0 tool shows comments and notes.
"""
from __future__ import annotations

import re

from ..errors import TermcheckError

ITS_NS = "http://www.w3.org/2005/11/its"
ITS_TYPE = {"terminology": "terminology", "consistency": "inconsistency", "number": "numbers",
            "spelling": "misspelling", "grammar": "grammar", "punctuation": "typographical",
            "untranslated": "untranslated", "omission": "omission", "style": "style"}
ITS_SEVERITY = {"error": "90", "warning": "50", "info": "10"}
NOTE_PRIORITY = {"error": "1", "warning": "3", "info": "5"}
TAG_OR_ENTITY = re.compile(r"<[^>]*>|&[^;\s]*;")


def esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;"))


def comment(f) -> str:
    text = f"{f.rule} {f.name}: {f.message}"
    if f.suggestions:
        text += f" (suggestion: {f.suggestions[0]})"
    return text


def _safe_span(raw: str, start: int, end: int) -> bool:
    """True when [start, end) can be wrapped in an element: it cuts no tag or entity."""
    if end <= start:
        return False
    for m in TAG_OR_ENTITY.finditer(raw):
        a, b = m.span()
        if a < start < b or a < end < b or (start <= a and b <= end and m.group().startswith("<")):
            return False
    return True


def _plan(seg, findings):
    """Split a segment's findings into wrapped spans {(start, end): [findings]} and unit-level ones."""
    spans: dict[tuple[int, int], list] = {}
    whole = []
    taken: list[tuple[int, int]] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        key = (f.start, f.end)
        if key in spans:
            spans[key].append(f)
        elif _safe_span(seg.original, f.start, f.end) and all(f.end <= a or f.start >= b for a, b in taken):
            spans[key] = [f]
            taken.append(key)
        else:
            whole.append(f)
    return spans, whole


def _issues_element(xml_id: str, findings, indent: str) -> str:
    items = "".join(
        f'{indent}  <its:locQualityIssue locQualityIssueType="{ITS_TYPE.get(f.category, "other")}" '
        f'locQualityIssueComment="{esc(comment(f))}" locQualityIssueSeverity="{ITS_SEVERITY[f.severity]}"/>\n'
        for f in findings)
    return f'{indent}<its:locQualityIssues xml:id="{xml_id}">\n{items}{indent}</its:locQualityIssues>\n'


def _root_insertions(text: str, root, version2: bool):
    """Declare the ITS namespace on <xliff> (and switch a non-UTF-8 declaration to UTF-8)."""
    ins = []
    start_tag = text[root.start:root.content_start]
    if ITS_NS not in start_tag:
        close = root.content_start - (2 if start_tag.endswith("/>") else 1)
        ins.append((close, f' xmlns:its="{ITS_NS}" its:version="2.0"'))
    return ins


def render(results, options=None) -> str:
    from ..readers.xmltree import parse

    if len(results) != 1 or results[0].document.format != "xliff":
        raise TermcheckError("--format xliff writes back exactly one XLIFF input file")
    doc = results[0].document
    out = (options or {}).get("output")
    if out:
        from pathlib import Path

        if Path(out).resolve() == Path(doc.path).resolve():
            raise TermcheckError(f"{out}: --format xliff never overwrites its input; write to another file")
    text = doc.text
    root = parse(text, doc.path)
    version2 = root.get("version", "1.2").startswith("2")
    by_seg: dict = {}
    for f in results[0].findings:
        by_seg.setdefault(f.segment, []).append(f)
    targets = {n.content_start: n for n in root.iter("target")}
    units = list(root.iter("unit" if version2 else "trans-unit"))
    ins = _root_insertions(text, root, version2) if by_seg else []
    counter = 0
    unit_notes: dict = {}
    for seg in doc.segments:
        findings = by_seg.get(seg.id)
        if not findings:
            continue
        tgt = None if seg.attrs.get("no_target") else targets.get(seg.offset)
        unit = next(u for u in units if u.start <= seg.offset <= u.end)
        wrappable = tgt is not None and not text[tgt.start:tgt.content_start].endswith("/>")
        spans, whole = _plan(seg, findings) if wrappable else ({}, list(findings))
        standoff = []
        for (a, b), fs in spans.items():
            counter += 1
            mid = f"termcheck-{counter}"
            if version2:
                first = fs[0]
                open_tag = (f'<mrk id="{mid}" type="comment" value="{esc(" | ".join(comment(f) for f in fs))}" '
                            f'its:locQualityIssueType="{ITS_TYPE.get(first.category, "other")}" '
                            f'its:locQualityIssueComment="{esc(comment(first))}" '
                            f'its:locQualityIssueSeverity="{ITS_SEVERITY[first.severity]}">')
            else:
                open_tag = f'<mrk mtype="x-its" its:locQualityIssuesRef="#{mid}">'
                standoff.append((mid, fs))
            _wrap(ins, seg.offset + a, seg.offset + b, open_tag)
        if whole:
            counter += 1
            mid = f"termcheck-{counter}"
            if version2:
                unit_notes.setdefault(unit.start, (unit, []))[1].extend(whole)  # one <notes> per unit
            elif wrappable:
                _wrap(ins, tgt.content_start, tgt.content_end, f'<mrk mtype="x-its" its:locQualityIssuesRef="#{mid}">')
                standoff.append((mid, whole))
            else:
                tag = text[unit.start:unit.content_start]
                ins.append((unit.content_start - (2 if tag.endswith("/>") else 1), f' its:locQualityIssuesRef="#{mid}"'))
                standoff.append((mid, whole))
        if standoff:
            # the closing tag's indentation is already in the text: the block goes after it
            ci = _indent_before(text, unit.content_end)
            block = "".join(_issues_element(mid, fs, ci + "  ") for mid, fs in standoff)
            ins.append((unit.content_end, block[len(ci):] + ci))
    for unit, whole in unit_notes.values():
        ins.extend(_notes_v2(text, unit, whole))
    return _apply(text, ins)


def _indent_before(text: str, pos: int) -> str:
    line_start = text.rfind("\n", 0, pos) + 1
    m = re.match(r"[ \t]*", text[line_start:pos])
    return m.group() if m else ""


def _notes_v2(text: str, unit, findings):
    notes = unit.find("notes")
    items = "".join(f'<note category="termcheck" appliesTo="target" priority="{NOTE_PRIORITY[f.severity]}">'
                    f'{esc(("[segment " + f.segment.split("/", 1)[1] + "] " if "/" in (f.segment or "") else "") + comment(f))}</note>'
                    for f in findings)
    if notes is not None and notes.content_end > notes.content_start:
        return [(notes.content_end, items)]
    if notes is not None:  # an empty <notes/> cannot take children without being rewritten
        return [(notes.end, "<!-- termcheck: " + esc(" | ".join(comment(f) for f in findings)).replace("--", "- -") + " -->")]
    return [(unit.content_start, f"<notes>{items}</notes>")]


def _wrap(ins, a: int, b: int, open_tag: str) -> None:
    """Wrap [a, b) in an element; the keys keep nesting right where several insertions meet."""
    ins.append((a, 1, -b, open_tag))
    ins.append((b, 2 if a == b else 0, -a, "</mrk>"))


def _apply(text: str, insertions) -> str:
    # at one offset: closings of elements that started earlier (inner first), then openings
    # (outer first) and plain insertions in planned order, then closings of empty elements
    norm = [x if len(x) == 4 else (x[0], 1, 0, x[1]) for x in insertions]
    order = sorted(enumerate(norm), key=lambda x: (x[1][0], x[1][1], x[1][2], x[0]))
    out, pos = [], 0
    for _, (at, _rank, _key, s) in order:
        out.append(text[pos:at])
        out.append(s)
        pos = at
    out.append(text[pos:])
    return "".join(out)
