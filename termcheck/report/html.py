"""One self-contained HTML report: inline CSS and SVG, no scripts or links to the network.

Per file, the document with findings highlighted by category (hover shows the message), then
the list of findings with messages and suggestions. At the top: the MQM-style score and a bar
chart of findings by category, stacked by severity.
"""
from __future__ import annotations

from html import escape

from .. import __version__
from ..model import CATEGORIES
from . import summary, words_in
from .locate import Locator

CAT_COLORS = {
    "terminology": "#f4a261", "consistency": "#e9c46a", "number": "#e76f51", "spelling": "#90be6d",
    "grammar": "#43aa8b", "punctuation": "#8ecae6", "untranslated": "#f28482", "omission": "#cdb4db",
    "style": "#bdb2ff",
}
SEV_COLORS = {"error": "#c0392b", "warning": "#e08e0b", "info": "#2e86c1"}
SEVERITIES = ("error", "warning", "info")

CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd}
.meta{color:#666;font-size:13px}.cards{display:flex;gap:16px;flex-wrap:wrap;margin:16px 0}
.card{border:1px solid #ddd;border-radius:8px;padding:10px 16px;min-width:140px}
.card b{display:block;font-size:26px}.pass{color:#1e8449}.fail{color:#c0392b}
.doc{white-space:pre-wrap;word-wrap:break-word;font:14px/1.6 Georgia,serif;border:1px solid #eee;padding:12px;background:#fcfcfc}
mark{border-radius:3px;padding:0 1px;border-bottom:2px solid #0004}
.legend span{display:inline-block;margin-right:12px;font-size:13px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border-radius:2px}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
.sev-error{color:#c0392b;font-weight:600}.sev-warning{color:#b9770e;font-weight:600}.sev-info{color:#2e86c1}
.seg{border-left:3px solid #ddd;padding-left:8px;margin:8px 0}.src{color:#555;font-size:13px}
.note{color:#666;font-size:12px}
"""


def _chart(results) -> str:
    """Horizontal bars per category, stacked by severity, as inline SVG."""
    counts = {c: {s: 0 for s in SEVERITIES} for c in CATEGORIES}
    for r in results:
        for f in r.findings:
            counts.setdefault(f.category, {s: 0 for s in SEVERITIES})[f.severity] += 1
    rows = [(c, v) for c, v in counts.items() if sum(v.values())] or [("none", {s: 0 for s in SEVERITIES})]
    top = max(1, max(sum(v.values()) for _, v in rows))
    bar_w, row_h, left = 520, 24, 110
    height = len(rows) * row_h + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + bar_w + 60}" height="{height}" role="img" aria-label="Findings by category and severity">']
    for i, (cat, v) in enumerate(rows):
        y = 10 + i * row_h
        parts.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" font-size="13">{escape(cat)}</text>')
        x = left
        for sev in SEVERITIES:
            w = bar_w * v[sev] / top
            if w:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 6}" fill="{SEV_COLORS[sev]}"><title>{cat}: {v[sev]} {sev}</title></rect>')
            x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 15}" font-size="12">{sum(v.values())}</text>')
    ly = height - 14
    for j, sev in enumerate(SEVERITIES):
        parts.append(f'<rect x="{left + j * 110}" y="{ly - 10}" width="12" height="12" fill="{SEV_COLORS[sev]}"/>'
                     f'<text x="{left + j * 110 + 18}" y="{ly}" font-size="12">{sev}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _highlight(text: str, items) -> str:
    """``text`` with ``items`` [(start, end, finding, anchor)] wrapped in <mark>; overlaps split at boundaries."""
    bounds = sorted({0, len(text), *(s for s, _, _, _ in items), *(e for _, e, _, _ in items)})
    starts: dict[int, list] = {}
    for s, e, f, a in items:
        starts.setdefault(s, []).append((e, f, a))
    out = []
    for i, pos in enumerate(bounds):
        for e, f, a in starts.get(pos, ()):
            out.append(f'<span id="{a}"></span>')
            if e == pos:  # an insertion point
                out.append(f'<mark style="background:{CAT_COLORS.get(f.category, "#ddd")}" title="{escape(f.rule + ": " + f.message)}">‸</mark>')
        if i + 1 >= len(bounds):
            break
        nxt = bounds[i + 1]
        piece = escape(text[pos:nxt])
        cover = [f for s, e, f, _ in items if s <= pos and nxt <= e and s < e]
        if cover:
            f = cover[0]
            title = escape(" / ".join(f"{g.rule}: {g.message}" for g in cover))
            out.append(f'<mark class="c-{f.category}" style="background:{CAT_COLORS.get(f.category, "#ddd")}" title="{title}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def _document(r, k: int) -> str:
    doc = r.document
    by_seg: dict = {}
    for i, f in enumerate(r.findings):
        by_seg.setdefault(f.segment, []).append((f.start, f.end, f, f"f{k}-{i}"))
    if not doc.bilingual:
        return f'<div class="doc">{_highlight(doc.text, by_seg.get(None, []))}</div>'
    out = []
    for seg in doc.segments:
        src = f'<div class="src">{escape(seg.source or "")}</div>' if seg.source else ""
        out.append(f'<div class="seg"><div class="note">{escape(str(seg.id))}</div>{src}'
                   f'<div class="doc">{_highlight(seg.original, by_seg.get(seg.id, []))}</div></div>')
    return "".join(out)


def _list(r, k: int) -> str:
    loc = Locator(r.document)
    rows = []
    for i, f in enumerate(r.findings):
        sl, sc, _, _ = loc.region(f)
        where = f"{sl}:{sc}" + (f" ({escape(str(f.segment))})" if f.segment is not None else "")
        sug = escape(" | ".join(f.suggestions[:3]))
        fix = f' <span class="note">[{f.fix.applicability} fix]</span>' if f.fix else ""
        rows.append(f'<tr><td><a href="#f{k}-{i}">{where}</a></td><td>{f.rule}<br><span class="note">{escape(f.name)}</span></td>'
                    f'<td><i style="display:inline-block;width:10px;height:10px;background:{CAT_COLORS.get(f.category, "#ddd")}"></i> {f.category}</td>'
                    f'<td class="sev-{f.severity}">{f.severity}</td><td>{escape(f.message)}</td><td>{sug}{fix}</td></tr>')
    if not rows:
        return "<p>No findings.</p>"
    return ("<table><tr><th>Line:col</th><th>Rule</th><th>Category</th><th>Severity</th><th>Message</th><th>Suggestion</th></tr>"
            + "".join(rows) + "</table>")


def render(results, options=None) -> str:
    from ..mqm import critical_rules, score

    options = options or {}
    s = summary(results)
    m = options.get("mqm") or score([f for r in results for f in r.findings], s["words"],
                                    critical_rules(options.get("rules") or []))
    verdict = "" if m["passed"] is None else (f'<span class="{"pass" if m["passed"] else "fail"}">'
                                              f'{"pass" if m["passed"] else "fail"} (threshold {m["threshold"]:g})</span>')
    cards = [("MQM score", f'{m["score"]:.2f}', verdict), ("Penalty / 1,000 words", f'{m["npt"]:.1f}', f'{m["apt"]} points'),
             ("Findings", str(s["findings"]), ", ".join(f"{n} {k}" for k, n in sorted(s["by_severity"].items()))),
             ("Words", str(s["words"]), f'{s["files"]} file{"s" if s["files"] != 1 else ""}')]
    legend = "".join(f'<span><i style="background:{c}"></i>{k}</span>' for k, c in CAT_COLORS.items())
    body = [f"<h1>termcheck report</h1><div class=\"meta\">termcheck {__version__} · {escape(m['note'])}</div>",
            '<div class="cards">' + "".join(f'<div class="card">{t}<b>{v}</b><span class="note">{n}</span></div>' for t, v, n in cards) + "</div>",
            "<h2>Findings by category and severity</h2>", _chart(results)]
    for k, r in enumerate(results):
        body.append(f"<h2>{escape(r.path)} <span class=\"note\">{len(r.findings)} findings, {words_in(r.document)} words</span></h2>")
        body.append(f'<div class="legend">{legend}</div>')
        body.append(_document(r, k))
        body.append(f"<h3>Findings in {escape(r.path)}</h3>" + _list(r, k))
    title = "termcheck report" + (f": {escape(results[0].path)}" if len(results) == 1 else "")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width\"><title>{title}</title><style>{CSS}</style></head>"
            f"<body>{''.join(body)}</body></html>\n")
