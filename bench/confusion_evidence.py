#!/usr/bin/env python3
"""The confusion model's (TC430) evidence per source, for every occurrence of a confusable form in
a text: why a word is reported or stays silent (development aid; docs/spelling.md "TC430").

    python bench/confusion_evidence.py FILE_OR_TEXT [--forms affect,expend] [--all]

For each occurrence and alternative it prints the key's sources as the model weighs them (left
and right word pairs, the next word's class, slot, genre, noun-phrase head, verb frame, object
kind, document phrases with the contrast taken off) and the model's own total (``_evidence``,
the number a finding's ``score`` shows; −99 = the country reading never proposed). The sources
beside it are recomputed from the model's parts for reading: the total is what counts. Only
alternatives whose total is above ``--floor`` (default −3) are shown unless ``--all``.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv=None) -> None:
    from termcheck.config import Config
    from termcheck.engine import Context, Engine, data_dir, load_glossary
    from termcheck.kinds import confusion as C
    from termcheck.kinds._confusion_doc import DocEvidence, _prev_start
    from termcheck.lang.ngrams import confusables, ngrams
    from termcheck.lang.phrases import determiner_before, object_of, object_sign
    from termcheck.lang.slots import frame_preposition, slot_evidence
    from termcheck.model import Document
    from termcheck.ruleset import load_rules

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text", help="a file, or the text itself")
    ap.add_argument("--forms", default="", help="only these written forms (comma-separated)")
    ap.add_argument("--floor", type=float, default=-3.0)
    ap.add_argument("--all", action="store_true")
    a = ap.parse_args(argv)
    path = Path(a.text)
    text = path.read_text(encoding="utf-8") if path.is_file() else a.text
    only = {f.strip().lower() for f in a.forms.split(",") if f.strip()}

    rule = {r.id: r for r in load_rules([data_dir("rules") / "spelling.yml"])}["TC430"]
    p, gl = rule.params, load_glossary(Config())
    ctx = Context(document=Document.from_text(text), config=Config(), glossary=gl)
    pairs, g = confusables().pairs, ngrams()
    terms, genre = C._glossary_index(gl)
    tracked = {x.alternative for alts in pairs.values() for x in alts if x.countries}
    doc = DocEvidence(ctx, pairs, {w.lower() for w in p.exclude}, tracked)
    for o in doc.occurrences([True] * len(doc.keys)):
        seg, start, end, tok, w, prev, nxt, _, caps = o
        if only and w not in only:
            continue
        t = seg.text
        shown = False
        for pair in pairs[w]:
            alt = pair.alternative
            total, why = C._evidence(p, ctx, doc, o, pair, terms, genre, {})
            if total < a.floor and not a.all:
                continue
            if not shown:
                print(f"== {tok!r} at {start}: previous {prev!r}, next {nxt!r}: …{t[max(0, start - 50):end + 50]!r}…")
                shown = True
            left, right, listed = g.sides(prev, w, alt, nxt)
            if prev is None and listed and p.unigram:
                left = p.unigram * math.log(g.unigram(alt) / g.unigram(w))
            ctx_total, _, _, _, _, head = C._context(p, pair, prev, nxt, caps, genre, {})
            det = determiner_before(t, _prev_start(t, start, prev)) if head else None
            slot = slot_evidence(prev, caps[0], w, alt, nxt, caps[1], title=caps[2])[0] * p.slots
            cls = max(-p.max_class, min(p.max_class, p.classes * g.class_ratio(w, alt, nxt, None, listed)))
            prep = frame_preposition(t, end, w, alt, nxt, caps[1])
            osign = object_sign(w, alt)
            obj = osign[0] * p.objects if osign and object_of(t, end, osign[1]) else 0.0
            phrase, _, spoke = C._phrase_evidence(p, doc, w, alt, prev, nxt, caps)
            contrast = C._contrast(t, start, end, spoke)[0] if spoke else 0.0
            parts = [("left", left), ("right", right), ("class", cls), ("slot", slot), ("prior", -pair.prior),
                     ("head", head if det else 0.0), ("object", obj), ("phrase", phrase - contrast)]
            print(f"  -> {alt}: " + " ".join(f"{k} {v:+.2f}" for k, v in parts if v)
                  + (f" frame({prep})" if prep else "") + f" | key {ctx_total:+.2f} | TOTAL {total:+.2f}"
                  + (" REPORTED" if total >= p.threshold else ""))
            for r in why:
                print(f"       {r}")


if __name__ == "__main__":
    main()
