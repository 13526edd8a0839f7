"""Cold start: a warm rule cache means the CLI's check path imports neither pydantic nor a web
framework (nor yaml); a changed rule pack, or a corrupt cache file, rebuilds the cache."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PACK = """\
rules:
  - id: TC998
    name: style/test-cold-start
    kind: pattern
    category: style
    severity: warning
    message: "{message}"
    params:
      pattern: '\\bzorbly\\b'
    doc:
      what: A made-up word, to test the rule cache.
    examples:
      bad: ['A [[zorbly]] plan.']
      good: ['A sound plan.']
"""

# runs a check in-process, then prints which heavy modules were imported on the way
PROBE = (
    "import sys, json; from termcheck.cli import main\n"
    "rc = main(sys.argv[1:])\n"
    "print(json.dumps(sorted(m for m in ('pydantic', 'fastapi', 'starlette', 'yaml', 'uvicorn') if m in sys.modules)))\n"
)


def _env(tmp_path: Path) -> dict:
    env = dict(os.environ, TERMCHECK_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    env.pop("TERMCHECK_NO_CACHE", None)
    return env


def _run_json(code: str, tmp_path: Path):
    """What ``code``, run in a new interpreter with the test's cache directory, prints as JSON."""
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _probe(tmp_path: Path, *args: str) -> tuple[list[str], str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    return json.loads(lines[-1]), "\n".join(lines[:-1])


def test_warm_check_imports_no_pydantic_or_web_framework(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("The plan was issued in 2011 and carried out in every county.\n", encoding="utf-8")
    args = ("check", str(doc), "--no-config", "-f", "json", "-o", str(tmp_path / "out.json"), "--fail-on", "error")
    cold, _ = _probe(tmp_path, *args)
    assert "pydantic" in cold  # the first run validates the packs and writes the cache
    assert list((tmp_path / "cache").glob("rules-*.pkl"))
    for _ in range(3):  # in a shared checkout, someone's edit to the code may rebuild the cache in between
        warm, _ = _probe(tmp_path, *args)
        if not warm:
            break
    assert warm == [], warm


def _run(tmp_path: Path, pack: Path, doc: Path) -> list[dict]:
    proc = subprocess.run([sys.executable, "-m", "termcheck", "check", str(doc), "--no-config", "--rules", str(pack),
                           "--select", "TC998", "-f", "json"], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    return [f for r in json.loads(proc.stdout)["files"] for f in r["findings"]]


def test_changed_rule_pack_rebuilds_the_cache(tmp_path):
    pack = tmp_path / "extra.yml"
    doc = tmp_path / "doc.txt"
    doc.write_text("They adopted a zorbly approach.\n", encoding="utf-8")
    pack.write_text(PACK.format(message="First wording."), encoding="utf-8")
    assert [f["message"] for f in _run(tmp_path, pack, doc)] == ["First wording."]
    assert [f["message"] for f in _run(tmp_path, pack, doc)] == ["First wording."]  # from the cache
    pack.write_text(PACK.format(message="Second wording."), encoding="utf-8")
    assert [f["message"] for f in _run(tmp_path, pack, doc)] == ["Second wording."]
    assert len(list((tmp_path / "cache").glob("rules-*.pkl"))) >= 2


def test_corrupt_cache_file_is_ignored_and_replaced(tmp_path):
    pack = tmp_path / "extra.yml"
    doc = tmp_path / "doc.txt"
    doc.write_text("They adopted a zorbly approach.\n", encoding="utf-8")
    pack.write_text(PACK.format(message="Made-up word."), encoding="utf-8")
    assert len(_run(tmp_path, pack, doc)) == 1
    for _ in range(3):  # in a shared checkout, someone's edit to the code may change the key in between
        files = list((tmp_path / "cache").glob("rules-*.pkl"))
        for f in files:
            f.write_bytes(b"not a pickle")
        assert len(_run(tmp_path, pack, doc)) == 1
        if any(f.read_bytes() != b"not a pickle" for f in files):
            break
    assert any(f.read_bytes() != b"not a pickle" for f in files)  # rewritten
    assert len(_run(tmp_path, pack, doc)) == 1


def test_bad_pattern_is_still_reported_at_load_time(tmp_path):
    pack = tmp_path / "extra.yml"
    pack.write_text(PACK.format(message="x").replace("\\bzorbly\\b", "(unclosed"), encoding="utf-8")
    assert "(unclosed" in pack.read_text(encoding="utf-8")
    for _ in range(2):  # also when the rest of the rule set is cached
        proc = subprocess.run([sys.executable, "-m", "termcheck", "check", str(pack), "--no-config", "--rules", str(pack)],
                              cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=300)
        assert proc.returncode == 2
        assert "TC998" in proc.stderr and "Traceback" not in proc.stderr


REGEX_PROBE = (
    "import json, regex, regex._main as m; from termcheck import regexcache; regexcache.install()\n"
    "parsed = []; orig = m._parse_pattern\n"
    "m._parse_pattern = lambda *a: parsed.append(1) or orig(*a)\n"
    "p = regex.compile(r'(?<!\\w)(\\p{Lu}\\w+)\\s+(?:of|for)\\s+\\1\\b', regex.V1 | regex.IGNORECASE)\n"
    "hits = [m.span() for m in p.finditer('Plan of plan; Office for OFFICE and for nothing.')]\n"
    "print(json.dumps({'parsed': len(parsed), 'hits': hits}))\n"
)


def test_regex_patterns_come_compiled_from_the_cache(tmp_path):
    def run():
        return _run_json(REGEX_PROBE, tmp_path)

    first = run()
    assert first["parsed"] == 1 and first["hits"] == [[0, 12], [14, 31]]
    assert list((tmp_path / "cache").glob("regex-*.marshal"))
    second = run()
    assert second == {"parsed": 0, "hits": first["hits"]}  # same matches, no parsing
    for f in (tmp_path / "cache").glob("regex-*.marshal"):
        f.write_bytes(b"\x00garbage")
    assert run() == first  # a corrupt file is ignored


RE_PROBE = (
    "import json, re, re._parser as P; from termcheck import regexcache; regexcache.install()\n"
    "parsed = []; orig = P.parse\n"
    "P.parse = lambda *a, **k: parsed.append(1) or orig(*a, **k)\n"
    "p = re.compile(r'(?<!\\w)([A-Z]\\w+)\\s+(?:of|for)\\s+(?i:\\1)\\b(?=[ ;.])')\n"
    "hits = [m.span() for m in p.finditer('Plan of plan; Office for OFFICE and for nothing.')]\n"
    "print(json.dumps({'parsed': len(parsed), 'hits': hits}))\n"
)


def test_stdlib_re_patterns_come_compiled_from_the_cache(tmp_path):
    """The standard library's ``re`` compiles through the same cache (its opcodes are int
    subclasses, which the cache once refused: every start re-parsed every ``re`` pattern)."""
    def run():
        return _run_json(RE_PROBE, tmp_path)

    first = run()
    assert first["parsed"] == 1 and first["hits"]
    second = run()
    assert second == {"parsed": 0, "hits": first["hits"]}  # same matches, no parsing


def test_packed_word_counts_answer_like_the_dict(monkeypatch):
    import marshal

    from termcheck.lang import packed

    counts = {"policy": 9120, "policies": 3001, "po": 1, "poverty": 7777, "a": 0, "naïve": 12, "it's": 40}
    table = packed.PackedCounts(marshal.loads(marshal.dumps(packed.pack(counts))))
    probes = [*counts, "polic", "policys", "pov", "b", "", "naive", "its", "poverty\x01", "policy\t"]
    for _ in range(2):  # packed, then unpacked into a dict after many lookups
        assert [w in table for w in probes] == [w in counts for w in probes]
        assert [table.get(w, -1) for w in probes] == [counts.get(w, -1) for w in probes]
        assert dict(table.items()) == counts and len(table) == len(counts) and set(table) == set(counts)
        monkeypatch.setattr(packed, "UNPACK_AFTER", 0)
    assert table._dict == counts


def test_warm_check_with_a_configuration_file_imports_no_pydantic(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("It was in in the west and the the plan.\n", encoding="utf-8")
    conf = tmp_path / "termcheck.toml"
    out = tmp_path / "out.json"
    args = ("check", str(doc), "--config", str(conf), "--select", "TC701", "-f", "json", "-o", str(out))

    def found():
        return [(f["text"], f["severity"]) for r in json.loads(out.read_text(encoding="utf-8"))["files"]
                for f in r["findings"]]

    conf.write_text('[severity]\nTC701 = "error"\n', encoding="utf-8")
    _probe(tmp_path, *args)
    assert found() == [("in in", "error"), ("the the", "error")]
    conf.write_text('[severity]\nTC701 = "info"\n[params.TC701]\nexceptions = ["the the"]\n', encoding="utf-8")
    assert "pydantic" in _probe(tmp_path, *args)[0]  # new settings: validated
    for _ in range(3):  # (someone's edit to the code may rebuild the caches in between)
        warm, _ = _probe(tmp_path, *args)
        if not warm:
            break
    assert warm == [] and found() == [("in in", "info")]


def test_console_entry_exits_hard_but_flushes_and_saves_caches(tmp_path):
    """``python -m termcheck`` (and the ``termcheck`` script) ends with a hard exit that skips
    the heap's teardown: the report must still be whole, the exit code right, and the atexit
    handlers (the regex cache's save) must have run."""
    out = tmp_path / "report.json"
    proc = subprocess.run([sys.executable, "-m", "termcheck", "check", str(ROOT / "seeds" / "000_650a57b38a898bbd.txt"),
                           "--no-config", "-f", "json", "-o", str(out)],
                          cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr  # findings
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["findings"] > 0
    assert list((tmp_path / "cache").glob("regex-*.marshal"))  # atexit ran
    to_stdout = subprocess.run([sys.executable, "-m", "termcheck", "check", "-", "--no-config", "-f", "json"],
                               input="A plan.\n", cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True,
                               timeout=300)
    assert to_stdout.returncode == 0 and json.loads(to_stdout.stdout)["summary"]["findings"] == 0


GC_PROBE = (
    "import atexit, gc, sys\n"
    "atexit.register(lambda: (sys.stderr.write('GC %s %d\\n' % (gc.get_threshold()[0], gc.get_freeze_count())), sys.stderr.flush()))\n"
    "from termcheck import cli\n"
    "if sys.argv[1] == 'main':\n"
    "    cli.main(sys.argv[2:])\n"
    "else:\n"
    "    sys.argv = ['termcheck', *sys.argv[2:]]\n"
    "    cli.run()\n"
)


def test_collector_is_tuned_only_in_a_process_of_its_own(tmp_path):
    """The console entry point freezes the engine out of the collector and collects the young
    generation less often; a program that calls ``main()`` keeps the collector as it set it."""
    seen = {}
    for how in ("run", "main"):
        proc = subprocess.run([sys.executable, "-c", GC_PROBE, how, "check", "-", "--no-config", "-f", "json"],
                              input="A plan.\n", cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True,
                              timeout=300)
        line = [x for x in proc.stderr.splitlines() if x.startswith("GC ")][-1]
        threshold, frozen = map(int, line.split()[1:])
        seen[how] = threshold, frozen
    assert seen["run"][0] == 20_000 and seen["run"][1] > 0
    assert seen["main"][0] != 20_000 and seen["main"][1] == 0  # (the interpreter's default)


def test_toml_files_on_the_configuration_search_come_from_the_cache(tmp_path):
    """A Python project's pyproject.toml (with or without [tool.termcheck]) is parsed once per
    content: a warm start does not import tomllib; changed content is read again."""
    proj = tmp_path / "proj"
    proj.mkdir()
    doc = proj / "doc.txt"
    doc.write_text("It was in in the west.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    code = ("import sys, json; from termcheck.cli import main\nmain(sys.argv[1:])\n"
            "print(json.dumps('tomllib' in sys.modules))")

    def run():
        proc = subprocess.run([sys.executable, "-c", code, "check", str(doc), "--select", "TC701", "-f", "json",
                               "-o", str(out)], cwd=proj, env=_env(tmp_path), capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode in (0, 1), proc.stderr
        found = [f["severity"] for r in json.loads(out.read_text(encoding="utf-8"))["files"] for f in r["findings"]]
        return json.loads(proc.stdout.strip().splitlines()[-1]), found

    (proj / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.other]\nkey = 1\n', encoding="utf-8")
    assert run() == (True, ["warning"])  # parsed: no [tool.termcheck]
    assert run() == (False, ["warning"])  # from the cache
    (proj / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.termcheck.severity]\nTC701 = "error"\n',
                                         encoding="utf-8")
    assert run() == (True, ["error"])  # new content: parsed again, and it configures the check
    assert run() == (False, ["error"])
    (proj / "pyproject.toml").write_text('[tool.termcheck\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "termcheck", "check", str(doc)], cwd=proj, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "invalid configuration" in proc.stderr


SIZE_PROBE = (
    "import sys, re, regex; from termcheck import regexcache as rc\n"
    "rc.MAX_BYTES = int(sys.argv[1]); rc.install()\n"
    "for p in sys.argv[2:]:\n"
    "    (re.compile(p[3:]) if p.startswith('re:') else regex.compile(p)).search('x')\n"
)


def test_regex_cache_past_its_size_keeps_what_the_last_process_used(tmp_path):
    """Every start unmarshals the whole file: past MAX_BYTES it keeps only the patterns the saving
    process took from it and the ones it compiled (a pattern made from a set in a different order
    at each run once grew a shared file to 20 MB)."""
    import marshal

    def run(max_bytes, *patterns):
        proc = subprocess.run([sys.executable, "-c", SIZE_PROBE, str(max_bytes), *patterns], cwd=ROOT,
                              env=_env(tmp_path), capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        (f,) = (tmp_path / "cache").glob("regex-*.marshal")
        return {k[1] if k[0] == "re" else k[0] for k in marshal.loads(f.read_bytes())}

    big = "(?:" + "|".join(f"w{i:05d}x" for i in range(3000)) + ")"  # ~30 KB of pattern
    assert run(10 ** 9, big, "re:small[0-9]+") == {big, "small[0-9]+"}
    assert run(10 ** 9, "re:small[0-9]+", r"other\d") == {big, "small[0-9]+", r"other\d"}  # merged
    # past the size: the used one and the new one, not the big one nobody asked for
    assert run(20_000, "re:small[0-9]+", r"third\w") == {"small[0-9]+", r"third\w"}
    assert run(20_000, "re:small[0-9]+", r"third\w") == {"small[0-9]+", r"third\w"}  # nothing new: kept
    # a file past the size (an older version's) is cut down at the next exit, new patterns or not
    assert run(10 ** 9, big) == {big, "small[0-9]+", r"third\w"}
    assert run(20_000, r"third\w") == {r"third\w"}
