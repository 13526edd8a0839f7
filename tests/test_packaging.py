"""`pip install .` (not editable) gives a termcheck that finds its rule packs and glossary."""
import os
import subprocess
import sys
import tomllib

from conftest import ROOT, SEED


def test_every_package_is_listed_in_pyproject():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(cfg["packages"])
    found = {p.parent.relative_to(ROOT).as_posix().replace("/", ".")
             for p in (ROOT / "termcheck").rglob("__init__.py")}
    assert found <= listed, f"packages missing from pyproject.toml: {sorted(found - listed)}"


def test_installed_copy_runs_outside_the_checkout(tmp_path):
    target = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                        "--target", str(target), str(ROOT)], capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    assert list((target / "termcheck" / "data" / "rules").glob("*.yml"))
    # word lists the rules read and the per-rule precision `termcheck rules --explain` shows
    assert (target / "termcheck" / "data" / "rules" / "precision.json").is_file()
    assert list((target / "termcheck" / "data" / "rules").glob("*.txt"))
    env = {**os.environ, "PYTHONPATH": str(target)}
    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    r = subprocess.run([sys.executable, "-m", "termcheck", "check", str(seed), "--format", "json"],
                       capture_output=True, cwd=tmp_path, env=env, timeout=120)
    assert r.returncode == 1, r.stderr.decode()
    import json

    data = json.loads(r.stdout)
    assert data["summary"]["findings"] > 5
    r = subprocess.run([sys.executable, "-c", "import termcheck.engine as e; print(e.data_dir('rules'))"],
                       capture_output=True, cwd=tmp_path, env=env)
    assert str(target) in r.stdout.decode()
