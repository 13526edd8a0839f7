"""Checking on a Dask cluster: ``termcheck check --dask ADDRESS|local[:N]`` and a Python API.

The cluster is only an executor: each task returns the same ``FileResult`` a local run builds,
and the caller feeds them, in input order, to the same reporters, baseline and exit code.

* Small files go several to a task (tasks of ~0.1-0.5 s), so the scheduler's few milliseconds per
  task stay small beside the checking.
* Each worker process builds its ``Engine`` once per configuration (``_ENGINES``, keyed by a
  digest of the configuration and of the rule packs and glossaries it names) from its own
  files and glossary cache; tasks carry only the small ``Config`` and the path (or bytes).
* Large bilingual files are split into chunks of segments: rules of segment-local kinds run per
  chunk, every other rule runs once on the whole document, and the client merges the raw
  findings in rule order before the engine's own ``finalize`` -- the report is the same. Each
  task runs its rules through ``engine.run_rules`` as ``Engine.check`` does (shared analyses
  freed after their last user among the task's rules).
* Errors travel as values: a file that cannot be read becomes its ``InputError``, raised when
  the results reach that file in input order (as a local run would), while other tasks go on.
* A worker lost mid-run: the scheduler re-runs its tasks elsewhere (tasks are pure functions of
  their inputs), so the report is the one a clean run gives.

Only this module imports dask; the CLI imports it only when ``--dask`` is given.
"""
from __future__ import annotations

import hashlib
import os
from collections import deque
from dataclasses import dataclass

from .errors import TermcheckError

_ENGINES: dict = {}  # worker process: config digest -> Engine (never pickled, built on first use)


def segment_local(kind: str) -> bool:
    """A kind whose ``run`` looks at one segment at a time (no state across segments) says so in
    its module (``SEGMENT_LOCAL = True``): running it on a chunk of segments gives exactly its
    findings on the whole document. The others (first use of a term, document counts, repeated
    figures) run once on the whole document."""
    from .kinds import load_kind

    return getattr(load_kind(kind), "SEGMENT_LOCAL", False)


CHUNK_SEGMENTS = 2000    # segments per task for large bilingual files
WINDOW_PER_WORKER = 4    # tasks in flight per worker thread: enough to hide latency, bounded memory
SCATTER_BYTES = 1 << 20  # file contents above this go to workers directly, not through the scheduler
BATCH_FILES = 32         # small files per task at most ...
BATCH_BYTES = 256 << 10  # ... and bytes per task (a task of ~0.1-0.5 s amortises the scheduler's cost)


def _dask():
    try:
        import distributed
    except ImportError:
        raise TermcheckError("--dask needs dask.distributed: pip install 'termcheck[dask]'") from None
    return distributed


def config_digest(cfg) -> str:
    """Identifies an engine: the configuration plus size and mtime of the files it loads, so a
    long-lived worker rebuilds its engine when a glossary or rule pack changes."""
    from . import __version__
    from .engine import data_dir

    h = hashlib.sha256(f"{__version__}\0{cfg.model_dump_json()}".encode())
    for p in [data_dir("rules"), data_dir("glossary"), *cfg.rule_packs, *cfg.glossaries]:
        for root, _dirs, files in os.walk(p) if os.path.isdir(p) else [(os.path.dirname(p), [], [os.path.basename(p)])]:
            for f in sorted(files):
                try:
                    st = os.stat(os.path.join(root, f))
                except OSError:
                    continue
                h.update(f"{root}/{f}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


def worker_engine(cfg, digest: str):
    """The engine of this worker process for ``cfg`` (built once, from the worker's own caches)."""
    engine = _ENGINES.get(digest)
    if engine is None:
        from .engine import Engine

        engine = Engine.from_config(cfg)
        while len(_ENGINES) >= 8:  # a long-lived worker serving many configurations keeps the latest few
            _ENGINES.pop(next(iter(_ENGINES)))
        _ENGINES[digest] = engine
    return engine


@dataclass(frozen=True)
class Job:
    """What a worker needs besides the file: small and picklable."""

    cfg: object
    digest: str
    fmt: str | None = None
    encoding: str | None = None
    reader_kw: tuple = ()


def _read(job: Job, path: str, data):
    from .readers import read_bytes, read_path

    kw = dict(job.reader_kw)
    if data is None:
        return read_path(path, job.fmt, job.encoding, **kw)
    return read_bytes(data, path, job.fmt, job.encoding, **kw)


def check_file_task(job: Job, path: str, data=None):
    """Task: one whole file -> FileResult, or the TermcheckError that a local run would raise."""
    from .report import FileResult

    try:
        doc = _read(job, path, data)
        return FileResult(path, doc, worker_engine(job.cfg, job.digest).check(doc, job.cfg))
    except TermcheckError as exc:
        return _portable(exc)


def _portable(exc: TermcheckError) -> TermcheckError:
    """The error itself when it survives pickling (InputError does), else its one line as a TermcheckError
    (RuleLoadError's constructor takes several arguments, so it cannot be rebuilt on the client)."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return TermcheckError(str(exc))


def check_batch_task(job: Job, items):
    """Task: several small files -> their results, in order (one task per file would spend as much
    time in the scheduler as in checking)."""
    return [check_file_task(job, path, data) for path, data in items]


def raw_findings(engine, doc, cfg, local: bool | None):
    """Findings of the selected rules before ``finalize``, grouped by rule position; ``local``
    picks segment-local rules (True), the others (False) or all (None). Runs them as
    Engine.check does (``engine.run_rules``: shared analyses freed after their last user; the
    context knows the rules it runs, so shared work is sized to them)."""
    from .engine import Context, run_rules

    picked = [(i, rule) for i, rule in enumerate(engine.selected(cfg, doc.bilingual))
              if local is None or segment_local(rule.kind) == local]
    rules = tuple(rule for _, rule in picked)
    ctx = Context(document=doc, config=cfg, glossary=engine.glossary, rules=rules)
    # (run_rules first: zip then resumes it after the last rule, which frees the last analyses)
    return {i: found for (_, found), (i, _) in zip(run_rules(rules, ctx, cfg), picked)}


def check_part_task(job: Job, doc, local: bool):
    """Task: raw findings of a chunk (segment-local rules) or of the whole document (the rest)."""
    try:
        engine = worker_engine(job.cfg, job.digest)
        found = raw_findings(engine, doc, job.cfg, local)
        if not local:  # the whole-document task also says which rules finalize prefers
            found[-1] = [r.id for r in engine.rules if r.spec.requires_source]
        return found
    except TermcheckError as exc:
        return _portable(exc)


def _merge_parts(doc, parts, cfg):
    """The FileResult of a chunked document: raw findings in rule order, then the engine's finalize."""
    from .engine import _note_selected, finalize
    from .report import FileResult

    prefer = set(parts[0].pop(-1))
    by_rule: dict[int, list] = {}
    for part in parts:
        for i, found in part.items():
            by_rule.setdefault(i, []).extend(found)
    findings = [n for n in doc.notes if _note_selected(n, cfg)]
    for i in sorted(by_rule):
        findings.extend(by_rule[i])
    return FileResult(doc.path, doc, finalize(findings, doc, prefer))


def _chunks(doc, size: int):
    segs = doc.segments
    for lo in range(0, len(segs), size):
        yield doc.__class__(**{**doc.__dict__, "segments": tuple(segs[lo:lo + size]), "notes": ()})


def _is_large_bilingual(path: str, job: Job, chunk: int) -> bool:
    from .readers import format_for

    if chunk <= 0 or format_for(path, job.fmt) not in ("xliff", "tmx", "tsv", "csv", "jsonl"):
        return False
    try:
        return os.path.getsize(path) > chunk * 200  # a segment pair is rarely under 200 bytes
    except OSError:
        return False


def check_paths(client, paths, config, *, input_format=None, encoding=None, reader_kw=None,
                read: str = "worker", chunk_segments: int = CHUNK_SEGMENTS, on_result=None, on_tasks=None,
                errors: str = "raise"):
    """Check ``paths`` on the cluster of ``client``; returns FileResults in input order.

    ``read="worker"`` reads files on the workers (shared storage); ``"client"`` sends the bytes.
    ``on_result(label)`` is called as each task finishes and ``on_tasks(n)`` when a file is cut into n
    more tasks (a progress bar). ``errors="raise"`` raises the
    first unreadable file's InputError in input order, like a local run; ``"return"`` puts the
    error in its place and goes on.
    """
    return list(iter_check(client, paths, config, input_format=input_format, encoding=encoding, reader_kw=reader_kw,
                           read=read, chunk_segments=chunk_segments, on_result=on_result, on_tasks=on_tasks,
                           errors=errors))


def iter_check(client, paths, config, *, input_format=None, encoding=None, reader_kw=None, read="worker",
               chunk_segments=CHUNK_SEGMENTS, on_result=None, on_tasks=None, errors="raise"):
    """Like ``check_paths`` but yields each FileResult as soon as it and all before it are done."""
    distributed = _dask()
    if read not in ("worker", "client"):
        raise ValueError("read must be 'worker' or 'client'")
    job = Job(config, config_digest(config), input_format, encoding, tuple(sorted((reader_kw or {}).items())))
    paths = list(paths)
    threads = max(1, sum(client.nthreads().values()))
    window = max(2, WINDOW_PER_WORKER * threads)
    # small files go several to a task (a task costs a few ms of scheduler and worker time), but never
    # so many that some workers would sit idle
    per_task = max(1, min(BATCH_FILES, -(-len(paths) // (threads * WINDOW_PER_WORKER))))
    pending: deque = deque()   # (indices, kind, payload) in input order
    done: dict = {}            # future -> result
    labels: dict = {}          # future -> the paths it ticks on the progress bar
    ac = distributed.as_completed()
    nxt = 0

    def load(path: str):
        if read == "worker":
            return None
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            return None  # let the worker's reader produce the same message a local run gives
        if len(data) > SCATTER_BYTES:
            [data] = client.scatter([data], hash=False)
        return data

    def submit(fn, *args, ticks):
        fut = client.submit(fn, job, *args, pure=False)
        ac.add(fut)
        labels[fut] = ticks
        return fut

    def submit_next() -> bool:
        nonlocal nxt
        if nxt >= len(paths):
            return False
        i, path = nxt, paths[nxt]
        if _is_large_bilingual(path, job, chunk_segments):
            nxt += 1
            try:  # parse on the client to cut the segments into chunks
                doc = _read(job, path, None)
            except TermcheckError as exc:
                pending.append(([i], "error", exc))
                return True
            if len(doc.segments) > chunk_segments:
                [doc_f] = client.scatter([doc], hash=False)
                futs = [submit(check_part_task, doc_f, False, ticks=[path])]
                futs += [submit(check_part_task, c, True, ticks=[path]) for c in _chunks(doc, chunk_segments)]
                if on_tasks:
                    on_tasks(len(futs) - 1)
                pending.append(([i], "parts", (doc, futs)))
                return True
            pending.append(([i], "batch", submit(check_batch_task, [(path, load(path))], ticks=[path])))
            return True
        batch, size = [], 0
        while nxt < len(paths) and len(batch) < per_task and size < BATCH_BYTES:
            if batch and _is_large_bilingual(paths[nxt], job, chunk_segments):
                break
            batch.append(nxt)
            size += _size(paths[nxt])
            nxt += 1
        items = [(paths[k], load(paths[k])) for k in batch]
        pending.append((batch, "batch", submit(check_batch_task, items, ticks=[paths[k] for k in batch])))
        return True

    def fill():
        while ac.count() < window and submit_next():
            pass

    try:
        fill()
        while pending:
            indices, kind, payload = pending[0]
            ready = (kind == "error" or (kind == "batch" and payload in done)
                     or (kind == "parts" and all(f in done for f in payload[1])))
            if not ready:
                fut = next(ac)
                try:
                    done[fut] = fut.result()
                except TermcheckError:
                    raise
                except Exception as exc:  # e.g. KilledWorker: the task crashed workers repeatedly
                    raise TermcheckError(f"{labels[fut][0]}: task failed on the cluster: "
                                         f"{type(exc).__name__}: {exc}") from None
                for label in labels.pop(fut, ()):
                    if on_result:
                        on_result(label)
                fill()
                continue
            pending.popleft()
            if kind == "error":
                results = [payload]
            elif kind == "batch":
                results = done.pop(payload)
            else:
                doc, futs = payload
                parts = [done.pop(f) for f in futs]
                err = next((p for p in parts if isinstance(p, Exception)), None)
                results = [err or _merge_parts(doc, parts, config)]
            for result in results:
                if isinstance(result, Exception) and errors == "raise":
                    raise result
                yield result
            fill()
    finally:
        for _i, kind, payload in pending:
            for f in ([payload] if kind == "batch" else payload[1] if kind == "parts" else []):
                f.cancel()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def connect(spec: str):
    """A Client for ``local`` / ``local:N`` (a LocalCluster of N single-threaded worker processes,
    default: the CPU count) or a scheduler ADDRESS (``tcp://host:8786``); returns (client, close)."""
    distributed = _dask()
    import logging

    if spec == "local" or spec.startswith("local:"):
        n = spec.partition(":")[2]
        if n and not (n.isdigit() and int(n) > 0):
            raise TermcheckError(f"--dask {spec}: expected local or local:N with N a positive number")
        cluster = distributed.LocalCluster(n_workers=int(n) if n else (os.cpu_count() or 1), threads_per_worker=1,
                                           processes=True, dashboard_address=":0", silence_logs=logging.ERROR)
        client = distributed.Client(cluster)

        def close():
            client.close()
            cluster.close()

        return client, close
    try:
        client = distributed.Client(spec, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise TermcheckError(f"--dask {spec}: cannot reach the scheduler ({exc})") from None
    return client, client.close


def check_files(paths, args, cfg, progress, reader_kw) -> list:
    """The CLI's executor for ``--dask``: FileResults in input order, as runner.check_inputs returns."""
    spec = args.dask
    client, close = connect(spec)
    try:
        read = "worker" if spec.startswith("local") else "client"
        return check_paths(client, paths, cfg, input_format=getattr(args, "input_format", None),
                           encoding=getattr(args, "encoding", None), reader_kw=reader_kw, read=read,
                           on_result=progress.tick, on_tasks=lambda n: setattr(progress, "total", progress.total + n))
    finally:
        close()


def check_segments_bag(bag, config=None, *, name: str = "<segments>", partition_size: int | None = None):
    """Map a ``dask.bag`` of ``(id, source, target)`` tuples to a bag of finding dicts (the shape of
    ``termcheck check --format json``, with ``segment`` = id). Each partition is checked as one
    bilingual document; document-level rules (consistency) therefore see one partition at a time."""
    from .config import Config

    config = config or Config()
    job = Job(config, config_digest(config))
    if partition_size:
        bag = bag.repartition(npartitions=max(1, -(-bag.count().compute() // partition_size)))
    return bag.map_partitions(_check_partition, job, name)


def _check_partition(rows, job: Job, name: str):
    from .model import Document, Segment

    segs, offset = [], 0
    for sid, source, target in rows:
        segs.append(Segment(id=str(sid), text=target, raw=target, source=source, offset=offset))
        offset += len(target) + 1
    if not segs:
        return []
    text = "\n".join(s.raw for s in segs)
    doc = Document(path=name, text=text, segments=tuple(segs), bilingual=True)
    findings = worker_engine(job.cfg, job.digest).check(doc, job.cfg)
    return [_finding_dict(f) for f in findings]


def _finding_dict(f) -> dict:
    return {"rule": f.rule, "name": f.name, "category": f.category, "severity": str(f.severity), "message": f.message,
            "segment": f.segment, "start": f.start, "end": f.end, "text": f.text, "suggestions": list(f.suggestions)}
