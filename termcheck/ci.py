"""The CI options of ``termcheck check``: --fix, --diff REV, --baseline/--update-baseline, MQM.

Kept out of cli.py so the command stays readable; see docs/ci.md for the behaviour.
"""
from __future__ import annotations

import sys

DEFAULT_BASELINE = ".termcheck-baseline.json"


def fix_before_check(args) -> None:
    """``check --fix``: fix the files in place first; the check then reports what remains."""
    from .options import load_run_config
    from .engine import Engine
    from .fixcmd import fix_paths, summary_line

    cfg = load_run_config(args, args.paths[0] if args.paths else None)
    fixes = fix_paths(args, cfg, Engine.from_config(cfg), unsafe=args.unsafe_fixes, write=True)
    if not args.quiet:
        print(f"termcheck: {summary_line(fixes)}", file=sys.stderr)


def apply_ci_options(args, engine, results, options):
    """Filter ``results`` by --diff and the baseline, compute MQM; fills reporter ``options``.

    Returns (results to report, MQM result).
    """
    from . import mqm
    from .report import ROOT_FORMATS, summary

    if "root" not in options and getattr(args, "format", None) in ROOT_FORMATS:
        from .report.paths import repo_root  # a git subprocess: only for the formats that print the root

        options["root"] = repo_root()
    notes = []
    if getattr(args, "diff_rev", None):
        from .gitdiff import filter_results

        before = sum(len(r.findings) for r in results)
        results = filter_results(results, args.diff_rev)
        hidden = before - sum(len(r.findings) for r in results)
        if hidden:
            notes.append(f"{hidden} on unchanged lines not shown (--diff {args.diff_rev}).")
    if getattr(args, "update_baseline", False) or getattr(args, "baseline", None):
        from . import baseline

        path = args.baseline or DEFAULT_BASELINE
        if args.update_baseline:
            n = baseline.write(results, path)
            print(f"termcheck: wrote {n} finding{'s' if n != 1 else ''} to baseline {path}", file=sys.stderr)
        results, known = baseline.filter_new(results, path)
        if known:
            notes.append(f"{known} known finding{'s' if known != 1 else ''} in the baseline not shown.")
    findings = [f for r in results for f in r.findings]
    m = mqm.score(findings, summary(results)["words"], mqm.critical_rules(engine.rules),
                  getattr(args, "fail_under", None))
    options["mqm"] = m
    options["summary_extra"] = {"mqm": m}
    options["summary_line"] = " ".join([*notes, mqm.describe(m)])
    options["table"] = True
    write_step_summary(args, results, options)
    return results, m


def write_step_summary(args, results, options) -> None:
    """With ``--format github`` inside GitHub Actions, also append a Markdown summary to the job
    page (annotations beyond 10 per type are not shown there)."""
    import os

    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if args.format != "github" or not path:
        return
    from .report.github import step_summary

    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(step_summary(results, options))
    except OSError as exc:
        print(f"termcheck: cannot write GITHUB_STEP_SUMMARY: {exc.strerror}", file=sys.stderr)
