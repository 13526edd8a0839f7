"""Atomic file writes: a temporary file in the same directory, then rename."""
from __future__ import annotations

import os
import stat


def atomic_write_bytes(path: str, data: bytes) -> None:
    """``data`` into ``path`` through a temporary file and a rename. A path that exists and is not
    a regular file (``-o /dev/null``, a named pipe, a terminal) is written in place: renaming
    over it would replace the device with a plain file (as root, /dev/null itself)."""
    directory = os.path.dirname(os.path.abspath(path)) or "."
    mode = None
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            with open(path, "wb") as f:
                f.write(data)
            return
        mode = st.st_mode & 0o7777
    except FileNotFoundError:
        # a new file gets the usual permissions (mkstemp alone would leave it 0600)
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile  # not for a device or a pipe (every `-o /dev/null`)

    fd, tmp = tempfile.mkstemp(prefix=".termcheck-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: str, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))
