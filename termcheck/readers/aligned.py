"""A translation next to its source (``termcheck check doc.en.md --source doc.zh.md``) -> bilingual Document.

Both files are cut into paragraphs (blank-line separated blocks; a Markdown heading or a line
opening with a 【】 marker starts a new one; a file without blank lines has one paragraph a
line). Paragraphs are aligned by a Gale-Church style dynamic programme over lengths, with the
expected English/Chinese length ratio calibrated on the two files themselves, and anchors
(headings, 【】 markers, arabic numbers) lowering the cost of a pairing that shares them.
A source paragraph with no counterpart, or a target paragraph with no source, is reported
as a TC649 finding (``Document.notes``), never silently paired with a neighbour.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

from ..errors import InputError
from ..model import Document, Finding, Segment

BLANK = re.compile(r"\n[ \t\u3000]*\n")
HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]")
MARKER = re.compile(r"^[ \t\u3000]*【")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
HAN = re.compile(r"[\u4e00-\u9fff]")
# Gale-Church priors for the moves (source paragraphs, target paragraphs)
MOVES = {(1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.045, (1, 2): 0.045}
PARAGRAPH_MERGE = 0.001  # translators rarely merge or split paragraphs (sentences: MOVES' 0.045)
INDEL_COST = 5.5
NOTE_RULE = ("TC649", "source/unaligned-paragraph", "omission", "warning")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trimmed of surrounding whitespace."""
    blocks = []
    if BLANK.search(text):
        pos = 0
        for m in BLANK.finditer(text):
            blocks.append((pos, m.start() + 1))
            pos = m.end() - 1
        blocks.append((pos, len(text)))
    else:
        blocks = [(0, len(text))]
    out = []
    for a, b in blocks:
        lines, pos = [], a
        for line in text[a:b].splitlines(keepends=True):
            lines.append((pos, pos + len(line)))
            pos += len(line)
        cur = None
        single = not BLANK.search(text)
        for la, lb in lines:
            s = text[la:lb]
            if not s.strip():
                continue
            starts_new = single or HEADING.match(s) or MARKER.match(s) or (cur is not None and HEADING.match(text[cur[0]:cur[1]]))
            if cur is None or starts_new:
                if cur:
                    out.append(cur)
                cur = [la, lb]
            else:
                cur[1] = lb
        if cur:
            out.append(cur)
    trimmed = []
    for a, b in out:
        s = text[a:b]
        a2 = a + (len(s) - len(s.lstrip()))
        b2 = a + len(s.rstrip())
        trimmed.append((a2, b2))
    return trimmed


def _features(s: str) -> tuple:
    """(length, heading?, 【】 marker?, numbers, Han characters): what the cost function compares."""
    length = len(re.sub(r"[\s\u2060]", "", s))
    han = HAN.findall(s)
    return (length, bool(HEADING.match(s)), bool(MARKER.match(s)),
            frozenset(n.replace(",", "") for n in NUMBER.findall(s)), (frozenset(han), len(han)))


def _merge(feats) -> tuple:
    """The features of several paragraphs taken as one."""
    if len(feats) == 1:
        return feats[0]
    return (sum(f[0] for f in feats), any(f[1] for f in feats), any(f[2] for f in feats),
            frozenset().union(*(f[3] for f in feats)),
            (frozenset().union(*(f[4][0] for f in feats)), sum(f[4][1] for f in feats)))


def _cost(src, tgt, ratio: float, merge: float | None = None) -> float:
    """Cost of a bead pairing the paragraphs ``src`` with ``tgt`` (lists of features)."""
    if not src or not tgt:
        return INDEL_COST  # a fixed price: a long dropped paragraph is no less likely than a short one
    prior = MOVES[(len(src), len(tgt))] if merge is None or len(src) == len(tgt) else merge
    return _pair_cost(_merge(src), _merge(tgt), ratio, -math.log(prior))


def _pair_cost(s, t, ratio: float, prior_cost: float) -> float:
    ls = s[0]
    # Chinese left in the target (untranslated or copied) counts as its English equivalent
    t_han = t[4][1]
    lt = t[0] - t_han + t_han * ratio
    delta = (lt - ls * ratio) / math.sqrt(max(ls, 1) * 6.8 * ratio)
    p = max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12)  # two-sided tail of the normal
    cost = -math.log(p) + prior_cost
    if s[1] != t[1]:
        cost += 4.0
    if s[2] and t[2]:
        cost -= 2.0
    ns, nt = s[3], t[3]
    if ns or nt:
        cost -= 1.5 * min(len(ns & nt), 3)
        cost += 0.75 * min(len(ns ^ nt), 4)
    if t_han:
        ht = t[4][0]
        cost -= 6.0 * len(s[4][0] & ht) / max(len(ht), 1)  # the same Chinese on both sides: a copied source
    return cost


def align(src_feats, tgt_feats, ratio: float | None = None, merge: float | None = None) -> list[tuple[list[int], list[int]]]:
    """Minimal-cost sequence of moves; returns (source indexes, target indexes) per bead.
    ``ratio`` (target/source length) defaults to the ratio of the two totals."""
    n, m = len(src_feats), len(tgt_feats)
    ls = sum(f[0] for f in src_feats) or 1
    ratio = ratio or max(sum(f[0] for f in tgt_feats), 1) / ls
    # features of single paragraphs and of adjacent pairs, computed once
    s1 = {i: src_feats[i - 1] for i in range(1, n + 1)}
    t1 = {j: tgt_feats[j - 1] for j in range(1, m + 1)}
    s2 = {i: _merge(src_feats[i - 2:i]) for i in range(2, n + 1)}
    t2 = {j: _merge(tgt_feats[j - 2:j]) for j in range(2, m + 1)}
    prior = {mv: -math.log(merge if merge is not None and mv[0] != mv[1] and 0 not in mv else pr)
             for mv, pr in MOVES.items()}
    # search a band around the proportional diagonal; widen it while the best path touches its edge
    band = 16
    while True:
        beads, touched = _search(n, m, s1, t1, s2, t2, prior, ratio, band)
        if not touched or band >= max(n, m):
            return beads
        band *= 4


def _search(n, m, s1, t1, s2, t2, prior, ratio, band):
    inf = float("inf")
    cost = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        centre = i * m / n if n else 0
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            if (i, j) == (0, 0):
                continue
            best, back = inf, None
            for (di, dj), pc in prior.items():
                prev = cost.get((i - di, j - dj))
                if prev is None:
                    continue
                if di == 0 or dj == 0:
                    c = prev[0] + INDEL_COST
                else:
                    sf = s1[i] if di == 1 else s2[i]
                    tf = t1[j] if dj == 1 else t2[j]
                    c = prev[0] + _pair_cost(sf, tf, ratio, pc)
                if c < best:
                    best, back = c, (i - di, j - dj)
            if back is not None:
                cost[(i, j)] = (best, back)
    if (n, m) not in cost:
        return [], True
    beads, at, touched = [], (n, m), False
    while at != (0, 0):
        prev = cost[at][1]
        beads.append((list(range(prev[0], at[0])), list(range(prev[1], at[1]))))
        centre = at[0] * m / n if n else 0
        touched = touched or abs(at[1] - centre) >= band - 2
        at = prev
    return beads[::-1], touched


def _plain(text: str, fmt: str, path: str) -> str:
    """The checked text of a file (Markdown markup masked) as the reader of its format sees it."""
    from . import read_text

    return read_text(text, path, fmt).segments[0].text


def read_pair(text: str, path: str, fmt: str, source: str, source_text: str | None = None) -> Document:
    from . import decode, format_for

    if source_text is None:
        try:
            source_text = decode(Path(source).read_bytes(), source)[0]
        except FileNotFoundError:
            raise InputError(f"{source}: no such file (given as --source)") from None
        except OSError as exc:
            raise InputError(f"{source}: cannot read: {exc.strerror}") from None
    tgt_masked = _plain(text, fmt, path)
    src_masked = _plain(source_text, format_for(source), source)
    if not HAN.search(source_text):
        raise InputError(f"{source}: the source has no Chinese text; give the Chinese file as --source")
    sp, tp = paragraphs(source_text), paragraphs(text)
    if not tp:
        raise InputError(f"{path}: empty target file; nothing to align with {source}")
    sf = [_features(source_text[a:b]) for a, b in sp]
    tf = [_features(text[a:b]) for a, b in tp]
    beads = align(sf, tf, merge=PARAGRAPH_MERGE)
    unpaired = sum(len(s) + len(t) for s, t in beads if not s or not t)
    if unpaired > max(2, (len(sp) + len(tp)) // 4):
        raise InputError(f"{path}: does not align with {source} ({len(tp)} paragraphs vs {len(sp)}, "
                         f"{unpaired} without a counterpart); are they translations of each other?")
    segments, notes, orphans = [], [], []
    for src_idx, tgt_idx in beads:
        src = "\n".join(src_masked[sp[i][0]:sp[i][1]].replace("\u2060", "").strip() for i in src_idx)
        if not tgt_idx:
            orphans.append((src_idx[0] + 1, src))
            continue
        a, b = tp[tgt_idx[0]][0], tp[tgt_idx[-1]][1]
        # ids follow the source: paragraph n of the source is segment "n" (as a unit id would be);
        # a target paragraph without source is "t<n>", n counting target paragraphs
        seg_id = str(src_idx[0] + 1) if src_idx else f"t{tgt_idx[0] + 1}"
        seg = Segment(id=seg_id, text=tgt_masked[a:b], raw=text[a:b], source=src if src_idx else None,
                      offset=a, source_offset=sp[src_idx[0]][0] if src_idx else None,
                      attrs={"paragraphs": [i + 1 for i in tgt_idx], "source_paragraphs": [i + 1 for i in src_idx]})
        segments.append(seg)
        for n, s in orphans:
            notes.append(_orphan_note(n, s, f"before target paragraph {tgt_idx[0] + 1}"))
        orphans = []
        if len(src_idx) > 1 or len(tgt_idx) > 1:
            notes.append(_note(seg, f"source paragraph(s) {_nums(src_idx)} and target paragraph(s) {_nums(tgt_idx)} "
                                    "align only as a group (merged or split); check that nothing is missing", whole=True))
        if not src_idx:
            notes.append(_note(seg, f"target paragraph {tgt_idx[0] + 1} has no counterpart in {Path(source).name}", whole=True))
    for n, s in orphans:
        notes.append(_orphan_note(n, s, "at the end of the translation"))
    return Document(path=path, text=text, segments=tuple(segments), format=fmt, bilingual=True, notes=tuple(notes))


def _nums(idx) -> str:
    return f"{idx[0] + 1}-{idx[-1] + 1}" if len(idx) > 1 else str(idx[0] + 1)


def _short(s: str, n: int = 30) -> str:
    return s if len(s) <= n else s[:n] + "…"


def _orphan_note(n: int, src: str, where: str) -> Finding:
    """A source paragraph with no counterpart: reported on segment "n", which has no target text."""
    rid, name, cat, sev = NOTE_RULE
    return Finding(rule=rid, name=name, category=cat, severity=sev, start=0, end=0, text="", segment=str(n),
                   message=f"source paragraph {n} has no counterpart in the translation ({where}): “{_short(src)}”")


def _note(seg: Segment, message: str, whole: bool = False) -> Finding:
    rid, name, cat, sev = NOTE_RULE
    end = len(seg.original) if whole else 0
    return Finding(rule=rid, name=name, category=cat, severity=sev, start=0, end=end, message=message,
                   text=seg.original[:end], segment=seg.id)
