"""Atomic writes (termcheck/fsutil.py): a regular file is replaced through a rename; a path that
is not a regular file (``-o /dev/null``, a named pipe) is written in place, never replaced."""
import os
import stat
import threading

import pytest

from termcheck.fsutil import atomic_write_text


def test_regular_file_replaced_with_its_mode(tmp_path):
    p = tmp_path / "out.json"
    p.write_text("old")
    os.chmod(p, 0o640)
    atomic_write_text(str(p), "new ✓")
    assert p.read_text(encoding="utf-8") == "new ✓"
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["out.json"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_written_in_place(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)  # a failed write leaves it blocked
    reader.start()
    atomic_write_text(str(fifo), "report ✓\n")
    reader.join(10)
    assert got == ["report ✓\n".encode()]
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the pipe, not a file renamed over it
    assert os.listdir(tmp_path) == ["pipe"]
