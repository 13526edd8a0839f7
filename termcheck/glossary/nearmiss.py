"""Near-misses of multiword glossary terms ("key problem tacking" for "key problem tackling").

Blocking, not brute force: every multiword term is indexed once per token position ("hole"),
under the pair of tokens around the hole. A text token is only compared with terms whose
neighbouring tokens match its own neighbours exactly and whose remaining tokens equal the
text's; then rapidfuzz scores the differing token and the whole window. So each text token
costs three dictionary look-ups, whatever the glossary size.
"""
from __future__ import annotations

import re

from .forms import fold, inflections, key
from .model import BAD_STATUSES

TOKEN = re.compile(r"[^\W_]+")
BOS, EOS = "\x02", "\x03"
MIN_HOLE = 4  # shorter tokens (of, and, the ...) are not worth a fuzzy comparison


def index_for(g) -> dict:
    """The near-miss index of a glossary (built once, kept on the glossary and in its cache)."""
    if g.nearmiss is not None:
        return g.nearmiss
    idx: dict[tuple[str, str], dict[tuple[int, int], dict[tuple, list]]] = {}
    for ci, row in enumerate(g._rows):
        for ti, (text, lang, status, ttype) in enumerate(row[4]):
            if lang != "en" or status in BAD_STATUSES or ttype in ("acronym", "abbreviation"):
                continue
            toks = TOKEN.findall(key(text))
            n = len(toks)
            if n < 2:
                continue
            for j, hole in enumerate(toks):
                if len(hole) < MIN_HOLE or not hole.isalpha():
                    continue
                anchor = (toks[j - 1] if j else BOS, toks[j + 1] if j < n - 1 else EOS)
                rest = tuple(toks[:j] + toks[j + 1:])
                idx.setdefault(anchor, {}).setdefault((n, j), {}).setdefault(rest, []).append((hole, ci, ti))
    g.nearmiss = idx
    return idx


def candidates(g, text: str, min_tokens: int = 3, token_cutoff: float = 75.0):
    """Yield (tok_start, tok_end, win_start, win_end, concept index, term index, term token)
    for every text token that would complete a multiword term if it were that term's token."""
    from rapidfuzz import fuzz

    idx = index_for(g)
    if not idx:
        return
    f = fold(text)
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(f)]
    words = [t[2] for t in toks]
    n_all = len(words)
    for i, (s, e, tok) in enumerate(toks):
        if len(tok) < MIN_HOLE - 1 or not tok.isalpha():
            continue
        prev = words[i - 1] if i else None
        nxt = words[i + 1] if i + 1 < n_all else None
        for anchor, pos_kind in (((prev, nxt), "mid"), ((BOS, nxt), "first"), ((prev, EOS), "last")):
            if None in anchor:
                continue
            sub = idx.get(anchor)
            if not sub:
                continue
            for (n, j), table in sub.items():
                if n < min_tokens or (pos_kind == "first") != (j == 0) or (pos_kind == "last") != (j == n - 1):
                    continue
                a = i - j
                if a < 0 or a + n > n_all:
                    continue
                rest = tuple(words[a:i] + words[i + 1:a + n])
                hits = table.get(rest)
                if not hits:
                    continue
                if not _same_sentence(f, toks[a][0], toks[a + n - 1][1]):
                    continue
                for hole, ci, ti in hits:
                    if hole == tok or _inflection_of(tok, hole):
                        continue
                    if fuzz.ratio(tok, hole) < token_cutoff:
                        continue
                    yield s, e, toks[a][0], toks[a + n - 1][1], ci, ti, hole


def _same_sentence(f: str, a: int, b: int) -> bool:
    return not re.search(r"[.;:!?()\"“”]|\n", f[a:b])


def _inflection_of(tok: str, hole: str) -> bool:
    return any(v == tok for v, _ in inflections(hole)) or any(v == hole for v, _ in inflections(tok))
