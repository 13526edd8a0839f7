"""Checking many files: in order, or in parallel worker processes (``-j N``), with a progress bar.

Each worker builds its ``Engine`` once (rules and glossary load per process, not per file) and
then checks the files handed to it. Results come back in input order whatever the finishing
order. The progress bar is drawn on stderr only on a terminal, not under CI=true, not when the
report on stdout is piped or redirected, and only once a run has taken more than
``PROGRESS_AFTER`` seconds.
"""
from __future__ import annotations

import os
import sys
import time

PROGRESS_AFTER = 2.0
_WORKER: dict = {}


class Progress:
    def __init__(self, total: int, enabled: bool | None = None, stream=None):
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = progress_wanted(self.stream)
        self.enabled = enabled and total > 1
        self.total, self.done, self.t0, self.drawn = total, 0, time.monotonic(), False

    def tick(self, label: str = "") -> None:
        self.done += 1
        if not self.enabled or time.monotonic() - self.t0 < PROGRESS_AFTER:
            return
        width = 30
        filled = int(width * self.done / self.total)
        name = label if len(label) <= 40 else "…" + label[-39:]
        self.stream.write(f"\r\033[K[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress_wanted(stream) -> bool:
    ci = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")
    return _isatty(stream) and not ci and os.environ.get("TERM") != "dumb"


def _init_worker(cfg, input_format, encoding, reader_kw) -> None:
    from .engine import Engine

    # a forked worker inherits the parent's engine (already loaded); otherwise build it once here
    engine = _WORKER.pop("parent_engine", None) or Engine.from_config(cfg)
    _WORKER.update(engine=engine, cfg=cfg, fmt=input_format, enc=encoding, kw=reader_kw)


def _warm_up(engine, cfg) -> None:
    """Check a tiny text in the parent so lazily loaded word lists are built once and shared
    copy-on-write by forked workers, instead of being built again in every worker."""
    from .model import Document

    try:
        engine.check(Document.from_text("Warm-up text: the plan, etc., was issued in 2011.\n", "<warm-up>"), cfg)
    except Exception:  # a failing rule will fail again, with its message, on a real file
        pass


def _check_path(path: str):
    from .readers import read_path
    from .report import FileResult

    doc = read_path(path, _WORKER["fmt"], _WORKER["enc"], **_WORKER["kw"])
    return FileResult(path, doc, _WORKER["engine"].check(doc, _WORKER["cfg"]))


def check_inputs(args, cfg, engine) -> list:
    """FileResults for every input of ``args``, in input order."""
    from .options import read_inputs
    from .options import reader_kwargs as _reader_kwargs
    from .files import discover
    from .report import FileResult

    jobs = getattr(args, "jobs", 1) or 1
    paths = discover(args.paths, cfg.include, cfg.exclude)
    # no bar when the report itself is piped (``| less`` would be garbled) unless it goes to --output
    piped = not _isatty(sys.stdout) and not getattr(args, "output", None)
    progress = Progress(len(paths), enabled=False if getattr(args, "no_progress", False) or piped else None)
    try:
        if getattr(args, "dask", None) and "-" not in paths:  # the cluster replaces the process pool
            from .distributed import check_files

            return check_files(paths, args, cfg, progress, _reader_kwargs(args))
        if jobs <= 1 or len(paths) < 2 or "-" in paths:
            results = []
            for path, doc in read_inputs(args, cfg):
                results.append(FileResult(path, doc, engine.check(doc, cfg)))
                progress.tick(path)
            return results
        return _parallel(paths, args, cfg, engine, jobs, progress, _reader_kwargs(args))
    finally:
        progress.close()


def _parallel(paths, args, cfg, engine, jobs, progress, reader_kw) -> list:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed

    init = (cfg, getattr(args, "input_format", None), getattr(args, "encoding", None), reader_kw)
    results: list = [None] * len(paths)
    ctx = None
    if "fork" in mp.get_all_start_methods():
        ctx = mp.get_context("fork")
        _WORKER["parent_engine"] = engine
        _warm_up(engine, cfg)
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(paths)), mp_context=ctx, initializer=_init_worker,
                                 initargs=init) as pool:
            futures = {pool.submit(_check_path, p): i for i, p in enumerate(paths)}
            try:
                for fut in as_completed(futures):
                    i = futures[fut]
                    results[i] = fut.result()
                    progress.tick(paths[i])
            except BaseException:
                for fut in futures:
                    fut.cancel()
                raise
    finally:
        _WORKER.pop("parent_engine", None)  # workers are forked on submit, so only now
    return results
