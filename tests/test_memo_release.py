"""Shared analyses in ``ctx.memo`` are released after the last rule whose kind declares them
(``MEMO`` in the kind's module), so a long document's analyses do not all stay alive to the end.
A kind that uses a namespace without declaring it would see it recomputed after its release, or
keep it alive for the whole check; this test finds such a kind by recording which namespaces each
kind touches on the corpus, monolingual and bilingual."""
from __future__ import annotations

from pathlib import Path

import pytest

from termcheck.config import Config
from termcheck.engine import Context, Engine, memo_last_use, memo_namespace, run_rule
from termcheck.kinds import load_kind
from termcheck.model import Document, Segment
from termcheck.readers import read_path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


class RecordingMemo(dict):
    """A memo dict that notes the namespace of every key looked up or stored."""

    def __init__(self):
        super().__init__()
        self.seen: set[str] = set()

    def __contains__(self, key):
        self.seen.add(memo_namespace(key))
        return super().__contains__(key)

    def __getitem__(self, key):
        self.seen.add(memo_namespace(key))
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        self.seen.add(memo_namespace(key))
        super().__setitem__(key, value)

    def get(self, key, default=None):
        self.seen.add(memo_namespace(key))
        return super().get(key, default)


@pytest.fixture(scope="module")
def engine():
    return Engine.from_config(Config())


def _docs():
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((CORPUS / "docs").glob("*.txt"))[:3],
             *sorted((CORPUS / "bilingual").glob("*.tsv"))[:2]]
    return [read_path(str(p)) for p in paths]


def test_every_kind_declares_the_memo_namespaces_it_uses(engine):
    undeclared = set()
    for doc in _docs():
        ctx = Context(document=doc, config=engine.config, glossary=engine.glossary)
        ctx.memo = RecordingMemo()
        for rule in engine.selected(engine.config, doc.bilingual):
            ctx.memo.seen.clear()
            run_rule(rule, ctx, engine.config)
            declared = set(getattr(load_kind(rule.kind), "MEMO", ()))
            undeclared |= {(rule.kind, ns) for ns in ctx.memo.seen - declared}
    assert not undeclared, f"kinds use ctx.memo namespaces they do not declare in MEMO: {sorted(undeclared)}"


def test_release_frees_a_namespace_after_its_last_user(engine):
    rules = engine.selected(engine.config)
    last = memo_last_use(rules)
    assert last, "no kind declares a memo namespace"
    ctx = Context(document=Document(path="x.txt", text="Some text.", segments=(Segment(None, "Some text."),)), config=engine.config)
    ctx.memoize(("en_quantities", 0), lambda: [1])
    ctx.memoize("acronym-expansions", lambda: {})
    ctx.memoize(("kept", 0), lambda: 1)
    ctx.release(["en_quantities", "acronym-expansions"])
    assert list(ctx.memo) == [("kept", 0)]


def test_check_with_release_finds_what_a_check_without_it_finds(engine, monkeypatch):
    doc = read_path(str(sorted((ROOT / "seeds").glob("*.txt"))[0]))
    with_release = engine.check(doc)
    monkeypatch.setattr(Context, "release", lambda self, namespaces: None)
    assert engine.check(doc) == with_release


def test_glossary_analyses_are_built_once_per_glossary_object():
    from termcheck.kinds._shared import per_glossary

    class G:  # any glossary object
        pass

    built = []
    g1, g2 = G(), G()
    for g in (g1, g1, g2, g1):
        per_glossary(g, "probe", lambda g=g: built.append(g) or len(built))
    assert built == [g1, g2]  # once per object, not once per call (check)
    assert per_glossary(g2, "probe", lambda: -1) == 2


def _bilingual():
    return read_path(str(sorted((CORPUS / "bilingual").glob("*.tsv"))[0]))


@pytest.mark.parametrize("local", [True, False, None])
def test_the_dask_path_releases_after_the_last_user_as_engine_check_does(engine, monkeypatch, local):
    """termcheck.distributed's per-chunk (segment-local rules) and whole-document (the others)
    checks run their rules through engine.run_rules: each namespace is freed after the last of
    THOSE rules that declares it, and the findings are those of a run that frees nothing."""
    from termcheck import distributed as tdist

    doc = _bilingual()
    picked = [r for r in engine.selected(engine.config, doc.bilingual)
              if local is None or tdist.segment_local(r.kind) == local]
    released = []
    real = Context.release
    monkeypatch.setattr(Context, "release", lambda self, namespaces: (released.extend(namespaces), real(self, namespaces)))
    found = tdist.raw_findings(engine, doc, engine.config, local)
    assert released and sorted(released) == sorted(memo_last_use(picked))  # each once, all of them
    assert sum(map(len, found.values())) > 0
    monkeypatch.setattr(Context, "release", lambda self, namespaces: None)
    assert tdist.raw_findings(engine, doc, engine.config, local) == found


def test_the_dask_paths_chunks_merge_to_the_findings_of_engine_check(engine):
    """The chunk tasks and the whole-document task, run here without a cluster, merge to what
    Engine.check finds (tests/test_dask.py does it on a cluster)."""
    from termcheck import distributed as tdist

    doc = _bilingual()
    job = tdist.Job(engine.config, tdist.config_digest(engine.config))
    parts = [tdist.check_part_task(job, doc, False)]
    parts += [tdist.check_part_task(job, c, True) for c in tdist._chunks(doc, max(1, len(doc.segments) // 4))]
    assert len(parts) >= 4
    assert tdist._merge_parts(doc, parts, engine.config).findings == engine.check(doc)
