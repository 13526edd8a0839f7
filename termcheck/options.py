"""What the commands share: run options, the configuration they select, reading the inputs and
writing a report. cli.py, ci.py, fixcmd.py, runner.py and score.py import from here; this
module imports none of them (no import circle)."""
from __future__ import annotations

import sys

from .errors import TermcheckError


def csv_list(values) -> list[str]:
    out = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def add_run_options(c):
    """Configuration, rule packs, glossaries and input decoding: shared by `check` and `fix`."""
    c.add_argument("--config", help="configuration file (default: termcheck.toml or pyproject.toml found upwards)")
    c.add_argument("--no-config", action="store_true", help="ignore configuration files")
    c.add_argument("--glossary", "-g", action="append", help="extra glossary (TBX, TSV or CSV); repeatable")
    c.add_argument("--no-default-glossary", action="store_true", help="do not load the shipped glossary")
    c.add_argument("--rules", action="append", dest="rule_packs", help="extra rule pack (YAML); repeatable")
    c.add_argument("--encoding", help="decode input files with this encoding (default: UTF-8, BOM detected)")
    c.add_argument("--input-format", help="read files as this format (txt, md, html, ...) regardless of extension")


def load_run_config(args, first_path: str | None):
    from pathlib import Path

    from .config import find_config, load_config

    if getattr(args, "no_config", False):
        cfg_path = None
    elif getattr(args, "config", None):
        cfg_path = Path(args.config)
        if not cfg_path.is_file():
            raise TermcheckError(f"{args.config}: configuration file not found")
    else:
        start = Path(first_path) if first_path and first_path != "-" else Path.cwd()
        cfg_path = find_config(start if start.exists() else Path.cwd())
    cfg = load_config(cfg_path)
    overrides = {}
    if getattr(args, "select", None):
        overrides["select"] = csv_list(args.select)
    if getattr(args, "ignore", None):
        overrides["ignore"] = cfg.ignore + csv_list(args.ignore)
    if getattr(args, "fail_on", None):
        overrides["fail_on"] = args.fail_on
    if getattr(args, "glossary", None):
        overrides["glossaries"] = cfg.glossaries + list(args.glossary)
    if getattr(args, "no_default_glossary", False):
        overrides["default_glossary"] = False
    if getattr(args, "rule_packs", None):
        overrides["rule_packs"] = cfg.rule_packs + list(args.rule_packs)
    return cfg.merged(**overrides)


def read_inputs(args, cfg):
    """Yield (display path, Document) for every input; errors raise InputError."""
    from .files import discover
    from .readers import read_bytes, read_path

    for path in discover(args.paths, cfg.include, cfg.exclude):
        if path == "-":
            data = sys.stdin.buffer.read()
            yield args.stdin_filename, read_bytes(data, args.stdin_filename, args.input_format, args.encoding)
        else:
            yield path, read_path(path, args.input_format, args.encoding, **reader_kwargs(args))


def reader_kwargs(args) -> dict:
    kw = {}
    if getattr(args, "source", None):
        kw["source"] = args.source
    if getattr(args, "columns", None):
        kw["columns"] = args.columns
    return kw


def write_output(report: str | bytes, output: str | None) -> None:
    if isinstance(report, bytes):  # a binary report (--format docx): a file or a pipe, never a terminal
        if output:
            from .fsutil import atomic_write_bytes

            atomic_write_bytes(output, report)
        elif sys.stdout.isatty():
            raise TermcheckError("this format writes a binary file: name it with -o FILE")
        else:
            sys.stdout.buffer.write(report)
            sys.stdout.flush()
        return
    if output:
        from .fsutil import atomic_write_text

        atomic_write_text(output, report)
    else:
        sys.stdout.write(report)
        sys.stdout.flush()
