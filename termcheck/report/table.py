"""Summary table for text output: findings per file (rows) and category (columns)."""
from __future__ import annotations

MAX_ROWS = 20


def _cut(s: str, width: int) -> str:
    return s if len(s) <= width else "…" + s[-(width - 1):]


def render_table(results, max_rows: int = MAX_ROWS) -> list[str]:
    """Lines of the table; empty when there are no findings."""
    rows = []
    cats: dict[str, int] = {}
    for r in results:
        counts: dict[str, int] = {}
        for f in r.findings:
            counts[f.category] = counts.get(f.category, 0) + 1
            cats[f.category] = cats.get(f.category, 0) + 1
        if counts:
            rows.append((r.path, counts))
    if not rows:
        return []
    columns = sorted(cats, key=lambda c: (-cats[c], c))
    rows.sort(key=lambda row: (-sum(row[1].values()), row[0]))
    hidden = rows[max_rows:]
    rows = rows[:max_rows]
    width = min(60, max(len("total"), len("file"), *(len(p) for p, _ in rows)))
    widths = [max(len(c), 3) for c in columns]
    head = f"{'file':<{width}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(columns, widths)) + "  total"
    out = [head, "-" * len(head)]
    for path, counts in rows:
        cells = "  ".join(f"{counts.get(c, 0) or '.':>{w}}" for c, w in zip(columns, widths))
        out.append(f"{_cut(path, width):<{width}}  {cells}  {sum(counts.values()):>5}")
    if hidden:
        n = sum(sum(c.values()) for _, c in hidden)
        out.append(f"{_cut(f'… {len(hidden)} more files', width):<{width}}  " + " " * (sum(widths) + 2 * (len(widths) - 1)) + f"  {n:>5}")
    out.append("-" * len(head))
    cells = "  ".join(f"{cats[c]:>{w}}" for c, w in zip(columns, widths))
    out.append(f"{'total':<{width}}  {cells}  {sum(cats.values()):>5}")
    return out
