"""``termcheck glossary validate|stats|convert|lookup``.

validate FILE...        parse each glossary (errors name file, line and entry); exit 2 on error
stats [FILE...]         concepts, terms by language and status, acronyms (default: shipped glossary)
convert IN OUT          TSV/CSV <-> TBX; the output format follows OUT's extension
                        (.tbx = TBX v3 DCA; --tbx-version 2 writes <martif>)
lookup QUERY            concepts whose zh or en terms contain QUERY
"""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    g = sub.add_parser("glossary", help="validate, inspect and convert glossaries (TBX, TSV, CSV)")
    gs = g.add_subparsers(dest="glossary_command", metavar="ACTION", required=True)

    v = gs.add_parser("validate", help="check glossary files; errors name file, line and entry")
    v.add_argument("files", nargs="+")
    v.set_defaults(func=cmd_validate)

    s = gs.add_parser("stats", help="count concepts, terms and statuses")
    s.add_argument("files", nargs="*", help="glossaries (default: the shipped glossary)")
    s.add_argument("--format", choices=["text", "json"], default="text")
    s.set_defaults(func=cmd_stats)

    c = gs.add_parser("convert", help="convert between TSV/CSV and TBX (format from the extensions)")
    c.add_argument("input")
    c.add_argument("output", help="output file (.tbx, .tsv); '-' writes TSV to stdout")
    c.add_argument("--tbx-version", type=int, choices=[2, 3], default=3)
    c.set_defaults(func=cmd_convert)

    q = gs.add_parser("lookup", help="find concepts by a Chinese or English substring")
    q.add_argument("query")
    q.add_argument("--glossary", "-g", action="append", default=[], help="glossary file (default: the shipped glossary)")
    q.add_argument("--limit", type=int, default=20)
    q.set_defaults(func=cmd_lookup)


def _default_paths(files):
    from ..engine import data_dir

    return list(files) or [str(data_dir("glossary"))]


def cmd_validate(args) -> int:
    from . import read_glossary

    for f in args.files:
        concepts = read_glossary(f)
        n_terms = sum(len(c.terms) for c in concepts)
        problems = [c.id for c in concepts if not c.en or not any(t.status in ("preferred", "admitted") for t in c.en)]
        print(f"{f}: ok, {len(concepts)} concepts, {n_terms} terms"
              + (f"; {len(problems)} without an acceptable English term: {', '.join(problems[:5])}" if problems else ""))
    return 0


def stats(concepts) -> dict:
    from collections import Counter

    st = Counter((t.lang, t.status) for c in concepts for t in c.terms)
    by_lang = Counter(t.lang for c in concepts for t in c.terms)
    return {"concepts": len(concepts), "terms": sum(by_lang.values()), "languages": dict(by_lang),
            "statuses": {f"{lang}:{s}": n for (lang, s), n in sorted(st.items())},
            "acronyms": sorted({t.text for c in concepts for t in c.en if t.is_acronym}),
            "with_source": sum(1 for c in concepts if c.source), "with_note": sum(1 for c in concepts if c.note)}


def cmd_stats(args) -> int:
    from . import read_glossary, _expand

    paths = _expand(_default_paths(args.files))
    concepts = [c for p in paths for c in read_glossary(p)]
    data = stats(concepts)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"files: {', '.join(str(p) for p in paths)}")
    print(f"concepts: {data['concepts']}  terms: {data['terms']}  "
          + "  ".join(f"{k}: {v}" for k, v in data["languages"].items()))
    print("statuses: " + ", ".join(f"{k} {v}" for k, v in data["statuses"].items()))
    print(f"with source: {data['with_source']}  with note: {data['with_note']}")
    print(f"acronyms: {' '.join(data['acronyms']) or '-'}")
    return 0


def cmd_convert(args) -> int:
    from ..errors import GlossaryError
    from ..fsutil import atomic_write_text
    from . import read_glossary
    from .write import to_tbx, to_tsv

    concepts = read_glossary(args.input)
    out = args.output
    ext = out.rsplit(".", 1)[-1].lower() if "." in out else ""
    if out == "-" or ext in ("tsv", "tab"):
        text = to_tsv(concepts)
    elif ext in ("tbx", "xml"):
        text = to_tbx(concepts, args.tbx_version)
    else:
        raise GlossaryError(f"{out}: output format from the extension: .tbx or .tsv")
    if out == "-":
        sys.stdout.write(text)
    else:
        atomic_write_text(out, text)
        print(f"{args.input} -> {out}: {len(concepts)} concepts", file=sys.stderr)
    return 0


def cmd_lookup(args) -> int:
    from . import load_glossaries

    g = load_glossaries(_default_paths(args.glossary))
    found = g.lookup(args.query, args.limit)
    for c in found:
        terms = "; ".join(f"{t.text} [{t.lang} {t.status}]" for t in c.terms)
        print(f"{c.id}: {terms}")
    return 0 if found else 1
