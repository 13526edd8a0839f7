"""Near-misses of multiword glossary terms ("key problem tacking" for "key problem tackling").

Blocking, not brute force: every multiword term is indexed once per token position ("hole"),
under the pair of tokens around the hole. A text token is only compared with terms whose
neighbouring tokens match its own neighbours exactly and whose remaining tokens equal the
text's; then rapidfuzz scores the differing token and the whole window. Tokens the glossary's
terms use are not slips, so only the other tokens are probed: three dictionary look-ups each,
whatever the glossary size.

The index is kept compact for the disk cache: one string per anchor pair, grouped by hole; only
the groups of the term words a text word is near are read.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, count

from .forms import fold, inflections, key
from .model import BAD_STATUSES

TOKEN = re.compile(r"[^\W_]+")
BOS, EOS = "\x02", "\x03"
MIN_HOLE = 4  # shorter tokens (of, and, the ...) are not worth a fuzzy comparison
SEP, FS = "\x1e", "\x1f"
GS, ES = "\x1d", "\x1c"  # after a hole in an anchor's string; between its entries
CACHE_MAX = 200_000  # entries of the per-word caches kept for the process
_CDIST_CELLS = 1 << 22  # scores per cdist call (bytes of its matrix)


def _matrix():
    """rapidfuzz's C cdist (it returns a buffer; rapidfuzz.process.cdist wraps it in numpy, whose
    import alone costs more than this saves) and its byte type; (None, None) without the C part."""
    try:
        from rapidfuzz.process_cpp_impl import UINT8, cdist
    except ImportError:  # the pure-Python rapidfuzz: one extractOne per word
        return None, None
    return cdist, UINT8


def index_for(g, concepts=None):
    """(entries, vocabulary, hole sides) of a glossary, built once and kept on it (and in its
    cache). Entries are filed by anchor pair and hole, so a text word is compared only with the
    entries of the term words it is near. Each entry keeps where it stood among its anchor's
    entries (its number, and its slot's rank: the number of the slot's first entry), so
    candidates come out in the order of one list per anchor pair, whichever holes are read.
    ``concepts``: the glossary's concepts when the caller has them (saves unpacking them)."""
    if g.nearmiss is not None:
        return g.nearmiss
    idx: dict[str, list[tuple]] = {}  # anchor -> (hole, n, j, "rest FS ci FS ti") in glossary order
    vocab: set[str] = set()
    for ci in range(len(g)):
        for ti, t in enumerate((concepts[ci] if concepts is not None else g.concept(ci)).terms):
            if t.lang != "en" or t.status in BAD_STATUSES or t.type in ("acronym", "abbreviation"):
                continue
            toks = TOKEN.findall(key(t.text))
            vocab.update(toks)
            n = len(toks)
            if n < 2:
                continue
            for j, hole in enumerate(toks):
                if len(hole) < MIN_HOLE or not hole.isalpha():
                    continue
                anchor = (toks[j - 1] if j else BOS) + FS + (toks[j + 1] if j < n - 1 else EOS)
                rest = " ".join(toks[:j] + toks[j + 1:])
                idx.setdefault(anchor, []).append((hole, n, j, f"{rest}{FS}{ci}{FS}{ti}"))
    g._concepts.clear()  # built for indexing only; callers create the ones they need
    g._resolved.clear()
    g._resolved_cased.clear()
    # one string per anchor pair (few large objects: the cache loads fast and stays small),
    # grouped by hole: "SEP hole GS entry ES entry ... SEP hole GS ..." (see _entries); an entry
    # is "rank FS seq FS n FS j FS rest FS ci FS ti" (seq: its place in the anchor's list; rank:
    # the seq of its (n, j) slot's first entry)
    packed: dict[str, str] = {}
    sides: dict[str, set[str]] = {}  # hole -> "n FS left FS right" of each of its anchors
    for anchor, entries in idx.items():
        ranks: dict[tuple[int, int], int] = {}
        groups: dict[str, list[str]] = {}
        for seq, (hole, n, j, tail) in enumerate(entries):
            rank = ranks.setdefault((n, j), seq)
            groups.setdefault(hole, []).append(f"{rank}{FS}{seq}{FS}{n}{FS}{j}{FS}{tail}")
            sides.setdefault(hole, set()).add(f"{n}{FS}{anchor}")
        packed[anchor] = "".join(f"{SEP}{h}{GS}{ES.join(es)}" for h, es in groups.items())
    g.nearmiss = (packed, "\n".join(sorted(vocab)), {h: SEP.join(sorted(v)) for h, v in sides.items()})
    return g.nearmiss


def _entries(raw: str, hole: str) -> list[str]:
    """The entries of ``hole`` in an anchor's string (a substring search, then one split)."""
    i = raw.find(SEP + hole + GS)
    if i < 0:
        return []
    i += len(hole) + 2
    j = raw.find(SEP, i)
    return raw[i:j if j >= 0 else len(raw)].split(ES)


class _Probe:
    """Reads index entries on first use; its caches last as long as the glossary."""

    def __init__(self, packed: dict[str, str], vocab: str, sides: dict[str, str]):
        self.packed = packed
        self.hole_sides = sides
        self.side_cache: dict[tuple, tuple[frozenset, frozenset]] = {}
        self.vocab = frozenset(vocab.split("\n"))
        self.near_sets: dict[tuple[str, float], frozenset[str]] = {}  # see near_holes
        self.near: dict[tuple[str, float], bool] = {}  # text word -> some term word scores >= cutoff
        self._holes: dict[int, list[str]] | None = None
        self.slot_cache: dict[tuple, tuple] = {}
        self.pools: dict[tuple[int, float], list[str]] = {}  # (word length, cutoff) -> holes to score
        self.odd_sets: dict[float, tuple[set[str], set[str]]] = {}  # cutoff -> (slips, not), see odd_words

    def near_hole(self, word: str, cutoff: float) -> bool:
        """Could ``word`` be a slip of some term word (``fuzz.ratio`` >= ``cutoff``)? Holes are
        term words, so a word far from all of them is never probed. The Indel ratio bounds the
        length difference (|la - lb| <= (1 - cutoff/100) * (la + lb)), so only holes of nearby
        lengths are scored; answers are kept for the process."""
        k = (word, cutoff)
        hit = self.near.get(k)
        if hit is None:
            from rapidfuzz.fuzz import ratio
            from rapidfuzz.process import extractOne

            pool = self._pool(len(word), cutoff)
            if len(self.near) > CACHE_MAX:  # a long-running server sees ever new words
                self.near.clear()
            hit = self.near[k] = bool(pool) and extractOne(
                word, pool, scorer=ratio, processor=None, score_cutoff=cutoff) is not None
        return hit

    def _pool(self, n: int, cutoff: float) -> list[str]:
        """Term words of lengths that can score ``cutoff`` against an ``n``-letter word."""
        if self._holes is None:
            self._holes = {}
            for w in self.vocab:
                if len(w) >= MIN_HOLE and w.isalpha():
                    self._holes.setdefault(len(w), []).append(w)
        pool = self.pools.get((n, cutoff))
        if pool is None:
            # fuzz.ratio is 200 * LCS / (la + lb), and the longest common subsequence is at most
            # the shorter word: lengths for which 200 * min(la, lb) / (la + lb) stays below the
            # cutoff can never reach it (a tighter bound than |la - lb| <= slack * (la + lb) + 1,
            # which let a fifth more pairs through to the first long text's cdist; the 1e-6
            # keeps the bound on the safe side of the scorer's floating point)
            pool = self.pools[(n, cutoff)] = [
                w for ln, ws in self._holes.items() if 200 * min(ln, n) + 1e-6 >= cutoff * (ln + n) for w in ws]
        return pool

    def sides(self, tok: str, cutoff: float, min_tokens: int) -> tuple[frozenset, frozenset]:
        """(left neighbours, right neighbours) that anchor a term of ``min_tokens`` words or more
        whose hole ``tok`` could be a slip of (BOS/EOS left out): a text word with neither
        neighbour among them cannot start a candidate, whatever else surrounds it."""
        k = (tok, cutoff, min_tokens)
        out = self.side_cache.get(k)
        if out is None:
            lefts, rights = set(), set()
            for hole in self.near_holes(tok, cutoff):
                raw = self.hole_sides.get(hole)
                for entry in raw.split(SEP) if raw else ():
                    n, left, right = entry.split(FS)
                    if int(n) >= min_tokens:
                        if left != BOS:
                            lefts.add(left)
                        if right != EOS:
                            rights.add(right)
            if len(self.side_cache) > CACHE_MAX:
                self.side_cache.clear()
            out = self.side_cache[k] = (frozenset(lefts), frozenset(rights))
        return out

    def odd_words(self, words: set[str], cutoff: float) -> set[str]:
        """Those of ``words`` (none a term word) that could be a slip of a term word: alphabetic,
        three letters or more, ``near_hole``. The answers are kept as two sets per cutoff, so a
        long text's recurring words cost set operations in C rather than a call each."""
        yes, no = self.odd_sets.setdefault(cutoff, (set(), set()))
        new = words - yes - no
        if new:
            if len(yes) + len(no) > CACHE_MAX:  # a long-running server sees ever new words
                yes.clear()
                no.clear()
            probe = [w for w in new if len(w) >= MIN_HOLE - 1 and w.isalpha()]
            no.update(new.difference(probe))
            cdist, u8 = _matrix() if cutoff >= 1 and len(probe) > 1 else (None, None)
            if cdist is not None:
                self._score_all(probe, cutoff, yes, no, cdist, u8)
            else:
                for w in probe:
                    (yes if self.near_hole(w, cutoff) else no).add(w)
        return words & yes

    def _score_all(self, probe: list[str], cutoff: float, yes: set[str], no: set[str], cdist, u8) -> None:
        """``near_hole`` and ``near_holes`` of many words at once: the words of one length are
        scored against their pool in one ``cdist`` call (rapidfuzz compares one word with many
        in SIMD lanes: about six times faster than a call per word, which is most of what the
        first long text paid here). The scores come back as a byte matrix (0: below the cutoff;
        a cutoff of 1 or more keeps every hit non-zero), read without numpy."""
        from rapidfuzz.fuzz import ratio

        by_len: dict[int, list[str]] = {}
        for w in probe:
            by_len.setdefault(len(w), []).append(w)
        for n, ws in by_len.items():
            pool = self._pool(n, cutoff)
            if not pool:
                for w in ws:
                    self.near[(w, cutoff)] = False
                no.update(ws)
                continue
            width = len(pool)
            zero = bytes(width)
            step = max(1, _CDIST_CELLS // width)  # bounds the matrix of a big glossary's pools
            for lo in range(0, len(ws), step):
                chunk = ws[lo:lo + step]
                scores = bytes(memoryview(cdist(chunk, pool, scorer=ratio, processor=None,
                                                score_cutoff=cutoff, dtype=u8)))
                for i, w in enumerate(chunk):
                    row = scores[i * width:(i + 1) * width]
                    hit = row != zero
                    self.near[(w, cutoff)] = hit
                    if hit:
                        yes.add(w)
                        self.near_sets[(w, cutoff)] = frozenset(h for h in compress(pool, row) if h != w)
                    else:
                        no.add(w)
        if len(self.near) > CACHE_MAX:
            self.near.clear()
        if len(self.near_sets) > CACHE_MAX:
            self.near_sets.clear()

    def near_holes(self, tok: str, cutoff: float) -> frozenset[str]:
        """The term words other than ``tok`` that ``fuzz.ratio`` scores at ``cutoff`` or more
        against it (a non-zero score: what ``ratio(..., score_cutoff=cutoff)`` calls a hit)."""
        k = (tok, cutoff)
        out = self.near_sets.get(k)
        if out is None:
            from rapidfuzz.fuzz import ratio
            from rapidfuzz.process import extract

            out = frozenset(h for h, score, _ in extract(tok, self._pool(len(tok), cutoff), scorer=ratio,
                                                          processor=None, score_cutoff=cutoff, limit=None)
                            if score and h != tok)
            if len(self.near_sets) > CACHE_MAX:
                self.near_sets.clear()
            self.near_sets[k] = out
        return out

    def slots(self, tok: str, left: str, right: str, min_tokens: int, cutoff: float):
        """The (n, j, edge, table) slots of anchor (left, right) holding a term word that ``tok``
        could be a slip of, tables cut to those term words (edge: the window's outermost
        non-hole token, a cheap first test); kept per (tok, anchor), so a recurring word costs
        one look-up however often it occurs. Only the entries of the near term words are read;
        sorted by their place in the anchor's list, they give the slots in the same order."""
        k = (tok, left, right, min_tokens, cutoff)
        out = self.slot_cache.get(k)
        if out is None:
            raw = self.packed.get(left + FS + right)
            entries = []
            for hole in self.near_holes(tok, cutoff) if raw else ():
                for entry in _entries(raw, hole):
                    rank, seq, n, j, rest, ci, ti = entry.split(FS)
                    if int(n) >= min_tokens:
                        entries.append((int(rank), int(seq), int(n), int(j), rest, hole, int(ci), int(ti)))
            entries.sort()
            out, slot, last = [], None, None
            for rank, _, n, j, rest, hole, ci, ti in entries:
                if rank != last:
                    slot, last = (n, j, set(), {}), rank
                    out.append(slot)
                rest_t = tuple(rest.split(" "))
                slot[2].add(rest_t[0 if j else n - 2])
                slot[3].setdefault(rest_t, []).append((hole, ci, ti))
            if len(self.slot_cache) > CACHE_MAX:
                self.slot_cache.clear()
            out = self.slot_cache[k] = tuple(out)
        return out


def _probe(g) -> _Probe:
    p = getattr(g, "_nearmiss_probe", None)
    if p is None:
        p = _Probe(*index_for(g))
        g._nearmiss_probe = p
    return p


def candidates(g, text: str, min_tokens: int = 3, token_cutoff: float = 75.0, folded: str | None = None):
    """Yield (tok_start, tok_end, win_start, win_end, concept index, term index, term token)
    for every text token that would complete a multiword term if it were that term's token.
    ``folded``: ``fold(text)`` when the caller has it (the glossary matcher made it): the
    blocks are sliced from it instead of folded again."""
    from rapidfuzz.fuzz import ratio

    probe = _probe(g)
    if not probe.packed:
        return
    # A window holding a line break is never a candidate (_same_sentence), so the text is probed
    # in blocks of whole lines: what a long text costs in memory stays bounded by the block.
    # Each block is folded on its own, which gives the slice of the folded text (case mapping
    # looks no further than the line break that ends a block), unless the text holds the one
    # character whose lower case is two (U+0130): fold() then maps the whole text char by char.
    whole = folded if folded is not None else fold(text) if "\u0130" in text else None
    seen: dict[tuple, tuple] = {}  # (previous word, word, next word) -> the slots to test
    sides: dict[str, tuple] = {}  # odd word -> its possible neighbours (see _Probe.sides), for every block
    lo, size = 0, len(text)
    while lo < size:
        cut = text.find("\n", lo + BLOCK) if lo + BLOCK < size else -1
        hi = size if cut == -1 else cut + 1
        f = whole[lo:hi] if whole is not None else fold(text[lo:hi])
        yield from _block(probe, text, f, lo, min_tokens, token_cutoff, seen, sides, ratio)
        lo = hi


BLOCK = 1 << 16  # characters per block (cut at the next line break)


# ASCII characters that are not alphanumeric become spaces; the bytes of other characters stay
_ASCII_SEPARATORS = bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))


_ASCII = bytes(range(128))


def tokens(f: str) -> tuple[str, list[str], set[str]]:
    """``TOKEN.findall(f)`` (runs of alphanumeric characters: ``[^\\W_]`` is ``str.isalnum``),
    three times faster: ASCII punctuation becomes spaces in one ``bytes.translate``, the few
    distinct non-ASCII characters that are not alphanumeric (“, 【) are blanked too, and
    ``str.split`` cuts the words. Returns the blanked text (same offsets as ``f``; its runs of
    non-space are ``f``'s tokens), the words and the set of them."""
    b = f.encode("utf-8", "surrogatepass").translate(_ASCII_SEPARATORS)
    s = b.decode("utf-8", "surrogatepass")
    if not b.isascii():
        # the non-ASCII characters alone (deleting the ASCII bytes leaves whole UTF-8 sequences),
        # blanked in the decoded text: a one-character str.replace is four times faster than
        # replacing the character's UTF-8 bytes
        for c in set(b.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
            if not c.isalnum():  # one character for another: offsets stay
                s = s.replace(c, " ")
    words = s.split()
    return s, words, set(words)


# patterns that skip 2**e whole tokens (each followed by spaces) in one C call; the blanked text
# of tokens() holds only tokens and ASCII spaces, and possessive runs of a literal space class
# walk it twice as fast as \S+\s+ (no backtracking state per token)
_SKIPS = [(1 << e, re.compile(r"(?:[^ ]++ ++){%d}" % (1 << e))) for e in (10, 7, 4, 2, 0)]


def _skip(s: str, pos: int, m: int) -> int:
    """The start of the token ``m`` tokens after the one starting at ``pos`` (in tokens()' blanked
    text: tokens separated by spaces)."""
    for size, pat in _SKIPS:
        while m >= size:
            pos = pat.match(s, pos).end()
            m -= size
    return pos


def _block(probe, text, f, base, min_tokens, token_cutoff, seen, sides, ratio):
    vocab = probe.vocab
    s, words, distinct = tokens(f)
    # a slip is a word the glossary's terms do not use; words they use are in their own place
    odd = probe.odd_words(distinct - vocab, token_cutoff)
    if not odd:
        return
    # offsets of tokens are found only when a candidate needs them, by skipping whole tokens in
    # C from the last window start located (in ``s`` the words are the runs of non-space)
    # tokens located so far (index, offset in s), ascending: a walk starts at the nearest one
    known_i, known_pos = [0], [len(s) - len(s.lstrip())]

    def offsets(a: int, i: int, last: int) -> tuple[int, int, int]:
        """Offsets in ``s`` of the start of tokens ``a`` and ``i`` and of the end of ``last``."""
        k = bisect_right(known_i, a) - 1
        pos = _skip(s, known_pos[k], a - known_i[k])
        if a > known_i[-1]:
            known_i.append(a)
            known_pos.append(pos)
        ts = _skip(s, pos, i - a)
        return pos, ts, _skip(s, ts, last - i) + len(words[last])

    # the neighbours that could anchor each odd word; words no term could take in are dropped
    for w in odd.difference(sides):
        sides[w] = probe.sides(w, token_cutoff, min_tokens)
    odd = {w for w in odd if sides[w][0] or sides[w][1]}
    if not odd:
        return
    n_all = len(words)
    # only the occurrences of odd words are visited (found in C: compress over a membership map)
    for i in compress(count(), map(odd.__contains__, words)):
        tok = words[i]
        lefts, rights = sides[tok]
        if (not i or words[i - 1] not in lefts) and (i + 1 == n_all or words[i + 1] not in rights):
            continue  # no anchor of a term whose hole tok could fill
        # anchors are made of term words: a neighbour the terms never use cannot anchor
        prev = words[i - 1] if i and words[i - 1] in vocab else None
        nxt = words[i + 1] if i + 1 < n_all and words[i + 1] in vocab else None
        if prev is None and nxt is None:
            continue
        around = (prev, tok, nxt)
        found = seen.get(around)
        if found is None:
            # the anchor says where the hole is: (BOS, x) first token, (x, EOS) last, (x, y) inside
            found = seen[around] = tuple(
                slot for left, right in ((prev, nxt), (BOS, nxt), (prev, EOS)) if left is not None and right is not None
                for slot in probe.slots(tok, left, right, min_tokens, token_cutoff))
        if found:
            for n, j, edge, table in found:
                a = i - j
                if a < 0 or a + n > n_all or words[a if j else a + n - 1] not in edge:
                    continue
                hits = table.get(tuple(words[a:i] + words[i + 1:a + n]))
                if not hits:
                    continue
                for hole, ci, ti in hits:
                    # cheapest tests first: most hits of a big glossary fail the ratio
                    if hole == tok or ratio(tok, hole, score_cutoff=token_cutoff) == 0:
                        continue
                    ws, ts, we = offsets(a, i, a + n - 1)
                    ws, ts, we = base + ws, base + ts, base + we
                    if _inflection_of(tok, hole) or not _same_sentence(text, ws, we):  # the original: folding blanks line breaks
                        continue
                    yield ts, ts + len(tok), ws, we, ci, ti, hole


def _same_sentence(f: str, a: int, b: int) -> bool:
    return not re.search(r"[.;:!?()\"“”]|\n", f[a:b])


def _inflection_of(tok: str, hole: str) -> bool:
    """``tok`` is another form of ``hole``, not a slip: an inflection ("shaken" for "shake",
    from lemminflect's lexicon), or the same word in British or American spelling ("labour")."""
    if any(v == tok for v, _ in inflections(hole)) or any(v == hole for v, _ in inflections(tok)):
        return True
    a, b = _american(tok), _american(hole)
    if a == b:
        return True
    from ..lang.morph import lemmas

    la, lb = lemmas(a) | {a}, lemmas(b) | {b}
    return bool(la & lb)


_VARIANTS: list | None = None


def _american(word: str) -> str:
    """``word`` with the British spelling correspondences of en_spelling_variants.tsv applied."""
    global _VARIANTS
    if _VARIANTS is None:
        from pathlib import Path

        rows = Path(__file__).with_name("en_spelling_variants.tsv").read_text(encoding="utf-8").splitlines()
        _VARIANTS = [(re.compile(p), r) for p, r, *_ in
                     (ln.split("\t") for ln in rows if ln.strip() and not ln.startswith("#"))]
    for pat, rep in _VARIANTS:
        out = pat.sub(rep, word)
        if out != word:
            return out
    return word
