"""Command line: ``termcheck check|fix|rules|glossary|score|serve``.

Exit codes: 0 nothing at or above the failing severity, 1 findings at or above it, 2 usage or
input error (one line on stderr, never a traceback). No web framework is imported here.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from . import __version__
from .errors import TermcheckError
from .options import add_run_options, load_run_config, read_inputs, write_output
from .options import csv_list as _csv  # noqa: F401 - old names, kept for callers
from .options import reader_kwargs as _reader_kwargs  # noqa: F401

FORMATS = ["text", "json"]
CORE_COMMANDS = ("check", "rules")

# subcommands added by other modules: name -> "module:register" (register(subparsers) adds the parser)
EXTRA_COMMANDS: dict[str, str] = {
    "fix": "termcheck.fixcmd:register",
    "score": "termcheck.score:register",
    "serve": "termcheck.api.serve:register",
    "glossary": "termcheck.glossary.cli:register",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The full parser; with ``command`` (the subcommand about to run) only the other modules'
    commands it needs are imported (``check`` imports none of them)."""
    p = argparse.ArgumentParser(prog="termcheck", description="Translation-quality and terminology checker for English renderings of Chinese policy documents.")
    p.add_argument("--version", action="version", version=f"termcheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="check documents and report findings")
    add_check_options(c)
    c.set_defaults(func=cmd_check)

    r = sub.add_parser("rules", help="list rules or explain one")
    r.add_argument("--explain", metavar="ID", help="print one rule's documentation")
    r.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    r.add_argument("--config", help="configuration file (default: searched from the current directory)")
    r.set_defaults(func=cmd_rules)

    for name, spec in EXTRA_COMMANDS.items():
        if command is not None and command in CORE_COMMANDS + tuple(EXTRA_COMMANDS) and name != command:
            continue
        mod, func = spec.split(":")
        getattr(importlib.import_module(mod), func)(sub)
    return p


def add_check_options(c):
    c.add_argument("paths", nargs="*", default=["."], help="files or directories; '-' reads stdin")
    c.add_argument("--format", "-f", default="text", help="output format: " + ", ".join(_formats()))
    c.add_argument("--output", "-o", help="write the report to this file instead of stdout")
    c.add_argument("--select", action="append", help="only these rules (id, id prefix, name or category; comma-separated)")
    c.add_argument("--ignore", action="append", help="skip these rules (id, id prefix, name or category)")
    c.add_argument("--fail-on", choices=["error", "warning", "info"], help="lowest severity that makes the exit code 1 (default: warning)")
    add_run_options(c)
    c.add_argument("--stdin-filename", default="<stdin>", help="name to report for '-' (its extension picks the reader)")
    c.add_argument("--no-source", action="store_true", dest="no_source_lines", help="text output: do not show source lines")
    c.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    c.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    add_ci_options(c)
    c.add_argument("--source", metavar="FILE", help="the Chinese source of a plain-text or Markdown translation (aligned by paragraph; see docs/bilingual.md)")
    c.add_argument("--columns", metavar="SRC,TGT", help="TSV/CSV: names of the source and target columns (default: found by name)")
    return c


def add_ci_options(c):
    """Options for CI use: baseline, changed lines, fixes, parallel runs, MQM gate. See docs/ci.md."""
    c.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in this baseline file")
    c.add_argument("--update-baseline", action="store_true", help="write all current findings to the baseline file (default .termcheck-baseline.json)")
    c.add_argument("--diff", metavar="REV", dest="diff_rev", help="report only findings on lines changed since this git revision")
    c.add_argument("--fix", action="store_true", help="apply safe fixes to the files first, then report what remains")
    c.add_argument("--unsafe-fixes", action="store_true", help="with --fix: also apply fixes marked unsafe")
    c.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="check files in N parallel processes")
    c.add_argument("--dask", metavar="ADDRESS", help="check on a Dask cluster: scheduler address, or local[:N] (see docs/scale.md)")
    c.add_argument("--no-progress", action="store_true", help="never draw a progress bar")
    c.add_argument("--fail-under", type=float, metavar="SCORE", help="exit 1 when the MQM score is below SCORE or a critical issue exists (replaces --fail-on)")


def _formats():
    from .report import REPORTERS

    return sorted(REPORTERS)


def run_check(args):
    """Check every input; returns (config, engine, results)."""
    from .engine import Engine
    from .report import FileResult

    cfg = load_run_config(args, args.paths[0] if args.paths else None)
    engine = Engine.from_config(cfg)
    _tune_gc()
    if getattr(args, "jobs", 1) > 1 or getattr(args, "dask", None) or not getattr(args, "no_progress", True):
        from .runner import check_inputs

        return cfg, engine, check_inputs(args, cfg, engine)
    results = []
    for path, doc in read_inputs(args, cfg):
        results.append(FileResult(path, doc, engine.check(doc, cfg)))
    return cfg, engine, results


_OWN_PROCESS = False  # set by run(): this process is termcheck's alone


def _tune_gc() -> None:
    """The engine (rules, glossary, lexicons) lives as long as the process: frozen out of the
    collector's generations (``run()`` has already made the young generation's collections rarer:
    a check makes many short-lived objects and few cycles; mypy tunes its collector the same
    way). ~1.6% of the instructions of a 1 MB check; the findings do not depend on it. Only in a
    process of its own (the console entry point): a caller of ``main()`` (a test run, an embedding
    program) keeps its collector as it set it."""
    if not _OWN_PROCESS:
        return
    import gc

    gc.freeze()


def cmd_check(args) -> int:
    from .engine import severity_at_least
    from .report import REPORTERS, get_reporter

    if args.format not in REPORTERS:
        raise TermcheckError(f"unknown format {args.format!r} (choose from {', '.join(sorted(REPORTERS))})")
    if getattr(args, "fix", False):
        from .ci import fix_before_check

        fix_before_check(args)
    cfg, engine, results = run_check(args)
    color = args.color == "always" or (args.color == "auto" and args.output is None and sys.stdout.isatty()
                                       and "NO_COLOR" not in os.environ)
    options = {"color": color, "show_source": not args.no_source_lines, "summary": not args.quiet,
               "rules": engine.rules, "fail_on": cfg.fail_on, "output": args.output}
    from .ci import apply_ci_options

    results, mqm_result = apply_ci_options(args, engine, results, options)
    report = get_reporter(args.format)(results, options)
    write_output(report, args.output)
    if mqm_result is not None and mqm_result["passed"] is not None:
        return 0 if mqm_result["passed"] else 1
    failing = any(severity_at_least(f.severity, cfg.fail_on) for r in results for f in r.findings)
    return 1 if failing else 0


def cmd_rules(args) -> int:
    import json

    from .engine import Engine

    cfg = load_run_config(args, None)
    engine = Engine.from_config(cfg)
    if args.explain:
        rule = engine.by_id.get(args.explain.upper()) or next((r for r in engine.rules if r.name == args.explain), None)
        if rule is None:
            raise TermcheckError(f"unknown rule {args.explain!r} (see `termcheck rules`)")
        print(rule.explain())
        from .rule_precision import describe

        figure = describe(rule.id)
        if figure:
            print("\n" + figure)
        return 0
    if args.format == "json":
        print(json.dumps([rule_info(r) for r in engine.rules], ensure_ascii=False, indent=2))
        return 0
    if args.format == "markdown":
        print(rules_markdown(engine.rules))
        return 0
    for r in sorted(engine.rules, key=lambda r: r.id):
        print(f"{r.id}  {r.name:<40} {r.category:<13} {r.severity:<8} fix:{r.spec.fix:<7} {r.spec.doc.what.splitlines()[0][:70]}")
    return 0


def rules_markdown(rules) -> str:
    """The rule reference (docs/rules.md is generated with `termcheck rules --format markdown`)."""
    out = ["# Rule reference", "", "Generated by `termcheck rules --format markdown`. "
           "Explain one rule with `termcheck rules --explain ID`.", "",
           "| id | name | category | severity | fix | what it checks |", "|---|---|---|---|---|---|"]
    for r in sorted(rules, key=lambda r: r.id):
        what = " ".join(r.spec.doc.what.split()).replace("|", "\\|")
        out.append(f"| {r.id} | `{r.name}` | {r.category} | {r.severity} | {r.spec.fix} | {what} |")
    from .rule_precision import describe

    for r in sorted(rules, key=lambda r: r.id):
        d = r.spec.doc
        out += ["", f"## {r.id} `{r.name}`", "", f"*{r.category}, {r.severity}, kind `{r.kind}`, fix: {r.spec.fix}*", "",
                "**What it checks.** " + " ".join(d.what.split())]
        if d.why:
            out += ["", "**Why it matters.** " + " ".join(d.why.split())]
        if d.example:
            out += ["", "**Example.** `" + " ".join(d.example.split()) + "`"]
        if d.instead:
            out += ["", "**Use instead.** `" + " ".join(d.instead.split()) + "`"]
        figure = describe(r.id)
        if figure:
            out += ["", figure + "."]
    return "\n".join(out)


def rule_info(r) -> dict:
    s = r.spec
    return {"id": s.id, "name": s.name, "kind": s.kind, "category": s.category, "severity": r.severity,
            "fix": s.fix, "aliases": s.aliases, "requires_source": s.requires_source,
            "doc": s.doc.model_dump(), "params": s.params,
            "examples": s.examples.model_dump()}


def run() -> None:
    """The console entry point (``termcheck``, ``python -m termcheck``): ``main()``, then, as mypy
    does, a hard exit that skips freeing, object by object, the heap a long check built (~0.05 s
    per MB of input). Streams are flushed and atexit handlers (the regex cache's save) run first;
    with another thread alive (a Dask client, a pool) the exit is the ordinary one."""
    import atexit
    import os
    import threading

    global _OWN_PROCESS
    _OWN_PROCESS = True
    import gc

    # the young generation collected less often from the start: importing ~190 modules and
    # loading the caches make many objects and few cycles (~2% of a short check's instructions
    # went to collections); _tune_gc then freezes the engine
    gc.set_threshold(20_000, 50, 100)
    rc = main()
    code = rc if isinstance(rc, int) else (0 if rc is None else 1)
    if threading.active_count() > 1:
        raise SystemExit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (``| head``): nothing more to say
        pass
    except OSError:
        raise SystemExit(code) from None  # let the ordinary exit report it
    atexit._run_exitfuncs()
    os._exit(code)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(next((a for a in argv if not a.startswith("-")), None))
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except TermcheckError as exc:
        print(f"termcheck: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("termcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
