"""Files the user asked for (a PDF, an export), written whole or not at all.

Through a temporary file next to the target and an atomic rename: a full disk, a cancelled run
or a crash never leaves half a document under the name the user chose.

Thread rule: plain file I/O; call it from a worker, never on the UI thread.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from pos_desktop.config.file_modes import private_opener


def write_whole(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` (parent folders created); raises ``OSError`` as it came."""
    return _write_whole(path, data, private=False)


def write_private(path: Path, data: bytes) -> Path:
    """:func:`write_whole` for data like the database's (the accountant's journal): the file
    is its owner's only (0600) from its first byte, whatever the umask."""
    return _write_whole(path, data, private=True)


def _write_whole(path: Path, data: bytes, *, private: bool) -> Path:
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if private:
            partial.unlink(missing_ok=True)  # one left by a crash keeps its old mode
            with open(partial, "wb", opener=private_opener) as stream:
                stream.write(data)
        else:
            partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):  # the folder may not even exist
            partial.unlink(missing_ok=True)
        raise
    return path
