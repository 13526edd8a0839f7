"""``termcheck score HYP --ref REF [--ref REF2]``: BLEU, chrF++ and TER with sacrebleu;
``termcheck score HYP --mqm``: the MQM-style score of HYP's findings (``termcheck.mqm``).

``score_segments(hyps, refs_list)`` is the pure function (the CLI and the HTTP API use it):
``hyps`` is a list of hypothesis segments, ``refs_list`` either one list of references aligned
with them or a list of such lists (several references per segment, sacrebleu's layout).
It returns a dict with document-level scores and signatures and per-segment scores.
sacrebleu is imported only here, when scoring (extra ``score``).

Files: a plain-text file has one segment a line; a bilingual file (XLIFF, TMX, TSV/CSV, JSONL)
gives its target texts, and a TSV/CSV/JSONL with a ``reference`` column gives references too
(then ``--ref`` may be left out). Bilingual hypothesis and reference files are paired by
segment id, plain ones by line.
"""
from __future__ import annotations

import json
from pathlib import Path

from .errors import InputError, TermcheckError

METRICS = ("bleu", "chrf", "ter")
HIGHER_IS_BETTER = {"bleu": True, "chrf": True, "ter": False}
PLAIN = {"txt", "md"}


def _metrics(names, sentence: bool):
    try:
        from sacrebleu.metrics import BLEU, CHRF, TER
    except ImportError:
        raise TermcheckError("scoring needs sacrebleu: pip install 'termcheck[score]'") from None
    make = {"bleu": lambda: BLEU(effective_order=sentence), "chrf": lambda: CHRF(word_order=2), "ter": lambda: TER()}
    return {n: make[n]() for n in names}


def score_segments(hyps, refs_list, metrics=METRICS, ids=None) -> dict:
    """Document- and segment-level BLEU, chrF++ and TER of ``hyps`` against ``refs_list``."""
    hyps = [str(h) for h in hyps]
    if refs_list and all(isinstance(r, str) for r in refs_list):
        refs_list = [list(refs_list)]
    refs_list = [list(r) for r in refs_list]
    if not refs_list:
        raise InputError("no references to score against")
    for n, refs in enumerate(refs_list, 1):
        if len(refs) != len(hyps):
            raise InputError(f"reference {n} has {len(refs)} segments but the hypothesis has {len(hyps)}")
    if not hyps:
        raise InputError("nothing to score: the hypothesis has no segments")
    names = [m for m in METRICS if m in metrics]
    ids = [str(i) for i in ids] if ids is not None else [str(i) for i in range(1, len(hyps) + 1)]
    doc = {}
    for name, metric in _metrics(names, sentence=False).items():
        res = metric.corpus_score(hyps, refs_list)
        doc[name] = {"score": round(res.score, 2), "signature": str(metric.get_signature()),
                     "name": _label(name), "detail": str(res)}
    seg_metrics = _metrics(names, sentence=True)
    segments = []
    for i, h in enumerate(hyps):
        refs = [r[i] for r in refs_list]
        row = {"id": ids[i], "hypothesis": h, "references": refs}
        for name, metric in seg_metrics.items():
            row[name] = round(metric.sentence_score(h, refs).score, 2)
        segments.append(row)
    return {"document": doc, "segments": segments, "nrefs": len(refs_list), "count": len(hyps),
            "signatures": {n: doc[n]["signature"] for n in doc},
            "segment_signatures": {n: str(m.get_signature()) for n, m in seg_metrics.items()}}


def _label(name: str) -> str:
    return {"bleu": "BLEU", "chrf": "chrF++", "ter": "TER"}[name]


def worst_segments(result: dict, n: int) -> list[dict]:
    """The ``n`` segments that score lowest (chrF++ first, then BLEU, then the highest TER)."""
    def key(row):
        return (row.get("chrf", 0), row.get("bleu", 0), -row.get("ter", 0))
    return sorted(result["segments"], key=key)[:max(0, n)]


def load_segments(path: str, role: str, encoding: str | None = None) -> tuple[list[str] | None, list[str], list[str] | None]:
    """(ids or None, texts, references or None) of a hypothesis or reference file."""
    from .readers import decode, format_for, read_path
    from .readers.mask import FILL

    fmt = format_for(path)
    if fmt in PLAIN:
        try:
            data = Path(path).read_bytes()
        except OSError:
            raise InputError(f"{path}: no such file ({role})") from None
        text = decode(data, path, encoding)[0]
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return None, [line.rstrip("\r") for line in lines], None
    doc = read_path(path, None, encoding)
    ids = [s.id for s in doc.segments]
    texts = [s.text.replace(FILL, "").strip() for s in doc.segments]
    refs = [s.attrs.get("reference") for s in doc.segments]
    return ids, texts, refs if all(r is not None for r in refs) else None


def score_files(hyp: str, refs: list[str], encoding: str | None = None, metrics=METRICS) -> dict:
    ids, hyps, inline_refs = load_segments(hyp, "hypothesis", encoding)
    streams = []
    if not refs:
        if inline_refs is None:
            raise InputError(f"{hyp}: no --ref given and no reference column in the file")
        streams.append(inline_refs)
    for ref in refs:
        rids, rtexts, _ = load_segments(ref, "reference", encoding)
        if ids is not None and rids is not None:
            by_id = dict(zip(rids, rtexts))
            missing = [i for i in ids if i not in by_id]
            if missing:
                raise InputError(f"{ref}: no reference for segment(s) {', '.join(missing[:5])} of {hyp}")
            rtexts = [by_id[i] for i in ids]
        elif len(rtexts) != len(hyps):
            raise InputError(f"{ref}: {len(rtexts)} segments but {hyp} has {len(hyps)}; files do not match")
        streams.append(rtexts)
    return score_segments(hyps, streams, metrics, ids)


def render_text(result: dict, worst: int) -> str:
    out = []
    for name, d in result["document"].items():
        out.append(f"{d['name']:<7} {d['score']:6.2f}   {d['signature']}")
    out.append(f"({result['count']} segments, {result['nrefs']} reference{'s' if result['nrefs'] != 1 else ''}; "
               "TER: lower is better)")
    rows = worst_segments(result, worst)
    if rows:
        out.append("")
        out.append(f"Worst {len(rows)} segment{'s' if len(rows) != 1 else ''} (by chrF++):")
        for row in rows:
            scores = "  ".join(f"{_label(n)} {row[n]:.1f}" for n in METRICS if n in row)
            out.append(f"  #{row['id']}: {scores}")
            out.append(f"    hyp: {_clip(row['hypothesis'])}")
            out.append(f"    ref: {_clip(row['references'][0])}")
    return "\n".join(out) + "\n"


def _clip(s: str, n: int = 120) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 1] + "…"


def register(sub) -> None:
    p = sub.add_parser("score", help="score a translation against references (BLEU, chrF++, TER with sacrebleu)")
    p.add_argument("hyp", metavar="HYP", help="hypothesis: plain text (one segment a line) or a bilingual file")
    p.add_argument("--ref", action="append", default=[], metavar="REF", help="reference file; repeatable")
    p.add_argument("--worst", type=int, default=5, metavar="N", help="list the N lowest-scoring segments (default 5; 0: none)")
    p.add_argument("--metrics", default="bleu,chrf,ter", help="comma-separated subset of bleu,chrf,ter")
    p.add_argument("--format", "-f", choices=["text", "json"], default="text")
    p.add_argument("--output", "-o", help="write the report to this file instead of stdout")
    p.add_argument("--encoding", help="decode input files with this encoding")
    m = p.add_argument_group("MQM (interfaces.md section 5): check HYP and score its findings; no --ref needed")
    m.add_argument("--mqm", action="store_true", help="report the MQM-style quality score of HYP's findings")
    m.add_argument("--threshold", type=float, metavar="SCORE", help="with --mqm: pass at or above SCORE (exit 1 on fail)")
    m.add_argument("--source", metavar="FILE", help="with --mqm: the Chinese source of a plain/Markdown HYP")
    m.add_argument("--config", help="with --mqm: configuration file")
    m.add_argument("--no-config", action="store_true", help="with --mqm: ignore configuration files")
    m.add_argument("--glossary", "-g", action="append", help="with --mqm: extra glossary; repeatable")
    m.add_argument("--no-default-glossary", action="store_true", help="with --mqm: do not load the shipped glossary")
    p.set_defaults(func=cmd_score)


def mqm_of(args) -> dict:
    """Check HYP with the configured rules and score its findings (termcheck.mqm)."""
    from .options import load_run_config
    from .options import reader_kwargs as _reader_kwargs
    from .engine import Engine
    from .mqm import critical_rules, score
    from .readers import read_path
    from .report import words_in

    cfg = load_run_config(args, args.hyp)
    engine = Engine.from_config(cfg)
    doc = read_path(args.hyp, None, args.encoding, **_reader_kwargs(args))
    findings = engine.check(doc, cfg)
    return score(findings, words_in(doc), critical_rules(engine.rules), args.threshold)


def cmd_score(args) -> int:
    from .options import write_output

    metrics = [m.strip().lower() for m in args.metrics.split(",") if m.strip()]
    unknown = [m for m in metrics if m not in METRICS]
    if unknown or not metrics:
        raise TermcheckError(f"unknown metric(s) {', '.join(unknown) or '(none)'} (choose from bleu, chrf, ter)")
    mqm = mqm_of(args) if args.mqm else None
    result = score_files(args.hyp, args.ref, args.encoding, metrics) if (args.ref or not args.mqm) else None
    if args.format == "json":
        data = {"version": "1", "hypothesis": args.hyp, "references": args.ref}
        if result is not None:
            data.update(result, worst=worst_segments(result, args.worst))
        if mqm is not None:
            data["mqm"] = mqm
        report = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        from .mqm import describe

        report = render_text(result, args.worst) if result is not None else ""
        if mqm is not None:
            report += ("\n" if report else "") + describe(mqm) + "\n"
    write_output(report, args.output)
    return 1 if mqm is not None and mqm["passed"] is False else 0
