"""Writing a rendered document (PDF) where the user asked, with a message instead of a traceback."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import click


def write_document(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (parent folders created) through a temporary file, so a full
    disk or a cancelled run never leaves half a PDF under the final name."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as error:
        with contextlib.suppress(OSError):  # the folder may not even exist
            partial.unlink(missing_ok=True)
        raise click.ClickException(f"cannot write {path}: {error.strerror or error}") from None
