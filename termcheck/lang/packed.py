"""A large word -> count table that loads in a millisecond: words packed into strings bucketed by
their first two letters and length (``"\\tword\\x01count\\tword\\x01count\\t"``), so that loading it
from the marshal cache creates a few thousand strings instead of 150,000 words and counts.

``PackedCounts`` answers ``in``, ``get``, ``[]``, ``len`` and iteration like the dict it packs; a
process that looks up very many words (a large input) unpacks it into a real dict once, where
lookups are faster. ``PackedStrings`` does the same for str values (without tabs or \x01)."""
from __future__ import annotations

import re

_ENTRY_WORD = re.compile(r"\t([^\t\x01]*)\x01")  # the words of a bucket
UNPACK_AFTER = 50_000  # lookups: then a dict pays for its ~0.08 s of building


def pack(counts: dict[str, int]) -> dict:
    buckets: dict[str, list[str]] = {}
    for w, n in counts.items():
        buckets.setdefault(w[:2] + "%d" % len(w), []).append(f"{w}\x01{n}")
    return {"n": len(counts), "b": {k: "\t" + "\t".join(v) + "\t" for k, v in buckets.items()}}


class PackedCounts:
    __slots__ = ("_buckets", "_n", "_dict", "_lookups", "_bucket_sets")
    _value = int  # the stored text -> the value

    def __init__(self, packed: dict):
        self._buckets, self._n = packed["b"], packed["n"]
        self._dict: dict[str, int] | None = None
        self._lookups = 0
        self._bucket_sets: dict[str, frozenset[str]] = {}

    def _unpacked(self) -> dict[str, int] | None:
        if self._dict is None:
            self._lookups += 1
            if self._lookups < UNPACK_AFTER:
                return None
            self._dict = dict(self.items())
        return self._dict

    def get(self, word, default=None):
        d = self._unpacked()
        if d is not None:
            return d.get(word, default)
        if type(word) is not str:
            return default
        b = self._buckets.get(word[:2] + "%d" % len(word))
        if b is None:
            return default
        key = "\t" + word + "\x01"
        i = b.find(key)
        if i < 0:
            return default
        i += len(key)
        return self._value(b[i:b.index("\t", i)])

    def __contains__(self, word) -> bool:
        d = self._unpacked()
        if d is not None:
            return word in d
        if type(word) is not str:
            return False
        b = self._buckets.get(word[:2] + "%d" % len(word))
        return b is not None and ("\t" + word + "\x01") in b

    def members(self, words) -> set[str]:
        """``{w for w in words if w in self}``, in bulk (the spelling suggestions' edit candidates,
        hundreds a word): the words are grouped by bucket, and a bucket asked about many words is
        made a set once (kept for the process) and intersected in C."""
        if self._dict is not None:
            return {w for w in words if w in self._dict}
        groups: dict[str, list[str]] = {}
        for w in words:
            if type(w) is str:
                k = w[:2] + "%d" % len(w)
                g = groups.get(k)
                if g is None:
                    groups[k] = [w]
                else:
                    g.append(w)
        out: set[str] = set()
        buckets, sets = self._buckets, self._bucket_sets
        for k, ws in groups.items():
            b = buckets.get(k)
            if b is None:
                continue
            if len(ws) < 8 and k not in sets:
                out.update(w for w in ws if "\t" + w + "\x01" in b)
            else:
                s = sets.get(k)
                if s is None:
                    s = sets[k] = frozenset(_ENTRY_WORD.findall(b))
                out.update(s.intersection(ws))
        return out

    def __getitem__(self, word) -> int:
        n = self.get(word)
        if n is None:
            raise KeyError(word)
        return n

    def __len__(self) -> int:
        return self._n

    def items(self):
        for b in self._buckets.values():
            for entry in b[1:-1].split("\t"):
                w, n = entry.split("\x01")
                yield w, self._value(n)

    def __iter__(self):
        return (w for w, _ in self.items())

    def keys(self):
        return iter(self)


class PackedStrings(PackedCounts):
    __slots__ = ()
    _value = str
