"""Built glossaries are cached on disk by content; a broken or unwritable cache is ignored."""
from termcheck.glossary import cache, load_glossaries

TSV = "zh\ten\tstatus\n移民\tresettlement\tpreferred\n移民\timmigration\tdeprecated\n"


def test_second_load_hits_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMCHECK_CACHE_DIR", str(tmp_path))
    built = []
    real = cache.save
    monkeypatch.setattr(cache, "save", lambda k, o: built.append(k) or real(k, o))
    g1 = load_glossaries([], [("a.tsv", TSV)])
    assert len(built) == 1 and list(tmp_path.glob("glossary-*.pkl"))
    g2 = load_glossaries([], [("a.tsv", TSV)])
    assert len(built) == 1, "the second load rebuilt the glossary"
    assert [m.text for m in g2.match("Immigration cadres")] == ["Immigration"]
    assert g2.concepts[0].terms == g1.concepts[0].terms
    load_glossaries([], [("a.tsv", TSV + "县\tcounty\tpreferred\n")])
    assert len(built) == 2, "changed content must not reuse the cache"


def test_corrupt_or_unwritable_cache_falls_back(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMCHECK_CACHE_DIR", str(tmp_path))
    load_glossaries([], [("a.tsv", TSV)])
    for f in tmp_path.glob("glossary-*.pkl"):
        f.write_bytes(b"not a pickle")
    assert len(load_glossaries([], [("a.tsv", TSV)])) == 1
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("TERMCHECK_CACHE_DIR", str(blocker / "sub"))
    assert len(load_glossaries([], [("a.tsv", TSV)])) == 1


def test_cache_dir_defaults(monkeypatch, tmp_path):
    monkeypatch.delenv("TERMCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "termcheck"


def test_key_covers_the_lexicon_code_the_index_is_built_with(monkeypatch):
    """Term inflections come from lang/en_nouns.py over lang/morph.py: changing either (or the
    glossary package) must give a new key."""
    from pathlib import Path

    sources = [("a.tsv", TSV.encode())]
    monkeypatch.setattr(cache, "_STAMP", None)
    base = cache.content_key(sources, 1)
    real = Path.read_bytes
    for name in ("en_nouns.py", "morph.py", "index.py"):
        monkeypatch.setattr(cache, "_STAMP", None)
        monkeypatch.setattr(Path, "read_bytes", lambda self, n=name: real(self) + (b"#" if self.name == n else b""))
        assert cache.content_key(sources, 1) != base, name
        monkeypatch.setattr(Path, "read_bytes", real)
    monkeypatch.setattr(cache, "_STAMP", None)
    assert cache.content_key(sources, 1) == base


def test_prune_keeps_the_most_recently_used_files_of_a_kind(tmp_path):
    import os

    from termcheck.glossary.cache import KEEP_PER_KIND, prune, touch

    def made(name, age):
        p = tmp_path / name
        p.write_bytes(b"x")
        os.utime(p, (1_000_000 - age, 1_000_000 - age))
        return p

    old = [made(f"rules-{i:032x}.pkl", age=100 + i) for i in range(KEEP_PER_KIND + 5)]
    others = [made(f"hunspell-en-words-v4-{i:016x}.marshal", age=500 + i) for i in range(3)]
    others.append(made("rules-extra-0123.pkl", age=900))  # another kind whose name starts alike
    touch(old[-1])  # the oldest file was just loaded: it is in use
    new = made("rules-" + "f" * 32 + ".pkl", age=0)
    prune(new)
    kept = sorted(p.name for p in tmp_path.glob("rules-*.pkl") if p.name.rsplit("-", 1)[0] == "rules")
    assert len(kept) == KEEP_PER_KIND
    assert new.name in kept and old[-1].name in kept  # the new one and the one in use survive
    assert not old[-2].exists()  # the least recently used went
    assert all(p.exists() for p in others)  # other kinds are left alone


def test_stored_glossary_analyses_load_in_a_new_process_and_follow_their_key(tmp_path, monkeypatch):
    """kinds._shared.stored_analysis: what kinds derive from a glossary alone is kept on disk under
    the glossary's content key, the analysis' name, the code and what else it reads."""
    from termcheck import rulecache
    from termcheck.kinds import _shared

    monkeypatch.setenv("TERMCHECK_CACHE_DIR", str(tmp_path))
    g = load_glossaries([], [("a.tsv", TSV)])
    assert g.content_key
    built = []

    def analysis(value="v1", name="probe", depends=b"", glossary=g):
        return _shared.stored_analysis(glossary, name, lambda: built.append(value) or value, depends)

    assert analysis() == "v1" and built == ["v1"]
    assert list(tmp_path.glob("analysis-*.pkl"))
    # a new process: a new glossary object from the glossary cache, the stored value
    g2 = load_glossaries([], [("a.tsv", TSV)])
    assert analysis("v2", glossary=g2) == "v1" and built == ["v1"]
    # another name, other inputs, other glossary content, other code: built, not loaded
    assert analysis("n", name="other") == "n"
    assert analysis("d", depends=b"forms") == "d"
    g3 = load_glossaries([], [("a.tsv", TSV + "县\tcounty\tpreferred\n")])
    assert analysis("g", glossary=g3) == "g"
    monkeypatch.setattr(rulecache, "_CODE", b"other code")
    assert analysis("c") == "c"
    assert built == ["v1", "n", "d", "g", "c"]
    monkeypatch.undo()
    monkeypatch.setenv("TERMCHECK_CACHE_DIR", str(tmp_path))
    # a corrupt file is rebuilt; a glossary not loaded through the cache (no key) always builds
    for f in tmp_path.glob("analysis-*.pkl"):
        f.write_bytes(b"not a pickle")
    assert analysis("again") == "again"
    g.content_key = None
    assert analysis("nokey") == "nokey"
    assert built[-2:] == ["again", "nokey"]


def test_confusion_glossary_index_from_disk_equals_the_built_one(tmp_path, monkeypatch):
    from termcheck.engine import data_dir
    from termcheck.kinds import _shared, confusion

    monkeypatch.setenv("TERMCHECK_CACHE_DIR", str(tmp_path))
    g = load_glossaries([data_dir("glossary")])
    built = confusion._build_glossary_index(g)
    assert built[0] and built[1]
    monkeypatch.setattr(_shared, "_PER_GLOSSARY", {})
    assert confusion._glossary_index(g) == built  # built and stored
    monkeypatch.setattr(_shared, "_PER_GLOSSARY", {})
    monkeypatch.setattr(confusion, "_build_glossary_index", lambda gl: (_ for _ in ()).throw(AssertionError("rebuilt")))
    assert confusion._glossary_index(load_glossaries([data_dir("glossary")])) == built  # loaded
