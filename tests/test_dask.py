"""termcheck on a real Dask cluster (a LocalCluster of two worker processes): the same findings as a
local run, a worker killed mid-run changes nothing, unreadable files behave as locally."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from termcheck import distributed as tdist  # noqa: E402
from termcheck.config import Config  # noqa: E402
from termcheck.engine import Engine  # noqa: E402
from termcheck.errors import InputError  # noqa: E402
from termcheck.files import discover  # noqa: E402
from termcheck.readers import read_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
BILINGUAL = CORPUS / "bilingual" / "bi_yearbook.tsv"
EXCLUDE = ["*.gold.jsonl", "*.py", "README.md"]  # the corpus's gold files and sources are not documents


@pytest.fixture(scope="module")
def cfg():
    return Config().merged(exclude=EXCLUDE)


@pytest.fixture(scope="module")
def paths(cfg):
    return discover([str(CORPUS)], cfg.include, cfg.exclude)


@pytest.fixture
def local(cfg, paths):
    """The reference: a local run, made right before the cluster run it is compared with."""
    engine = Engine.from_config(cfg)
    return {p: _flat(engine.check(read_path(p), cfg)) for p in paths}


@pytest.fixture(scope="module")
def client():
    import logging

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                       silence_logs=logging.CRITICAL)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _local_again(cfg, paths):
    engine = Engine.from_config(cfg)
    return {p: _flat(engine.check(read_path(p), cfg)) for p in paths}


def _same_as_local(got: dict, local: dict, cfg) -> bool:
    """The cluster's findings equal a local run's. Several people edit rules in this working tree while
    tests run, so a mismatch is checked once more against a local run made after the cluster run:
    a real difference differs from both."""
    return got == local or got == _local_again(cfg, list(local))


def _flat(findings):
    return [(f.rule, f.segment, f.start, f.end, f.severity, f.message, tuple(f.suggestions)) for f in findings]


def test_cluster_gives_the_findings_of_a_local_run(client, cfg, paths, local):
    assert len(paths) > 20 and sum(map(len, local.values())) > 100  # a real corpus, not an empty run
    seen = []
    results = tdist.check_paths(client, paths, cfg, on_result=seen.append)
    assert [r.path for r in results] == paths  # input order, whatever the finishing order
    assert _same_as_local({r.path: _flat(r.findings) for r in results}, local, cfg)
    assert sorted(seen) == sorted(paths)  # one progress tick per task
    # every worker built its engine once, whatever the number of files it checked
    assert set(client.run(lambda: len(tdist._ENGINES)).values()) <= {0, 1}


@pytest.mark.parametrize("path", [BILINGUAL, BILINGUAL.parent / "clean" / BILINGUAL.name], ids=["slips", "clean"])
def test_chunked_bilingual_file_gives_the_same_findings(client, cfg, path):
    """Chunks of 1 and 4 segments: any rule of a 'segment-local' kind that looked across segments
    would change the report here."""
    path = str(path)
    engine = Engine.from_config(cfg)
    expected = _flat(engine.check(read_path(path), cfg))
    old = tdist._is_large_bilingual
    tdist._is_large_bilingual = lambda p, job, chunk: p == path  # force chunking of a small file
    try:
        for size in (1, 4):
            [result] = tdist.check_paths(client, [path], cfg, chunk_segments=size)
            assert result.document.bilingual and len(result.document.segments) > 8
            assert _flat(result.findings) == expected, size
    finally:
        tdist._is_large_bilingual = old
    local_kinds = {r.id for r in engine.rules if tdist.segment_local(r.kind)}
    if "clean" not in path:  # rules of segment-local kinds did report on the chunks
        assert any(f[0] in local_kinds for f in expected)


def test_unreadable_file_is_reported_as_locally(client, cfg, tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("The plan was issued in 2011.\n", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xc3\x28 not UTF-8\n")
    with pytest.raises(InputError) as local_err:
        read_path(str(bad))
    for read in ("worker", "client"):
        with pytest.raises(InputError) as err:
            tdist.check_paths(client, [str(good), str(bad)], cfg, read=read)
        assert str(err.value) == str(local_err.value)
    # pipelines may keep going past an unreadable file
    out = tdist.check_paths(client, [str(bad), str(good)], cfg, errors="return")
    assert isinstance(out[0], InputError) and out[1].path == str(good)


def test_bag_of_segments_maps_to_findings(client, cfg):
    import csv

    import dask.bag as db

    with BILINGUAL.open(encoding="utf-8") as fh:
        rows = [(r["id"], r["source"], r["target"]) for r in csv.DictReader(fh, delimiter="\t")]
    found = tdist.check_segments_bag(db.from_sequence(rows, npartitions=1), cfg).compute()
    assert found and {f["segment"] for f in found} <= {r[0] for r in rows}
    by_id = {r[0]: r[2] for r in rows}
    assert all(by_id[f["segment"]][f["start"]:f["end"]] == f["text"] for f in found)
    engine = Engine.from_config(cfg)
    local = engine.check(read_path(str(BILINGUAL)), cfg)
    assert {(f["rule"], f["segment"], f["start"], f["end"]) for f in found} == {
        (f.rule, f.segment, f.start, f.end) for f in local}


def test_a_killed_worker_does_not_change_the_report(client, cfg, paths, local):
    many = paths * 2  # enough tasks that some are still queued on the worker when it dies
    killed = []

    def kill_once(_label):
        if killed:
            return
        busy = [w for w, keys in client.processing().items() if keys]
        if not busy:
            return
        pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    results = tdist.check_paths(client, many, cfg, on_result=kill_once)
    assert killed, "no worker was busy to be killed"
    assert [r.path for r in results] == many
    got = [(r.path, _flat(r.findings)) for r in results]
    if any(found != local[p] for p, found in got):  # a restarted worker loads the rules as they are now
        later = _local_again(cfg, paths)
        assert all(found in (local[p], later[p]) for p, found in got)
    assert killed[0] not in client.run(os.getpid).values()  # the worker really died (its nanny starts a new one)


def _run(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "true"}
    return subprocess.run([sys.executable, "-m", "termcheck", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_cli_dask_local_prints_the_local_report(tmp_path):
    conf = tmp_path / "termcheck.toml"
    conf.write_text(f"exclude = {EXCLUDE!r}\n".replace("'", '"'), encoding="utf-8")
    args = ["check", "--config", str(conf), "tests/corpus/bilingual", "tests/corpus/clean", "--no-source"]
    local, dask = _run(*args), _run(*args, "--dask", "local:2")
    assert local.returncode == 1 and "TC" in local.stdout
    if (dask.returncode, dask.stdout) != (local.returncode, local.stdout):
        local = _run(*args)  # rules edited in this working tree meanwhile? (see _same_as_local)
    assert (dask.returncode, dask.stdout) == (local.returncode, local.stdout), dask.stderr[-2000:]
    assert "Traceback" not in dask.stderr
    bad = _run("check", "--dask", "local:x", "tests/corpus")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "local:N" in bad.stderr


def test_cli_does_not_import_dask_without_the_option(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("The plan was issued.\n", encoding="utf-8")
    code = ("import sys; from termcheck.cli import main; main(['check', sys.argv[1], '-o', sys.argv[2]]); "
            "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(doc), str(tmp_path / "out.txt")], cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr
