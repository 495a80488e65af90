"""Writing a rendered document (PDF) where the user asked, with a message instead of a traceback."""

from __future__ import annotations

from pathlib import Path

import click

from pos_desktop.adapters.file_output import write_whole


def write_document(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all; a failure is a one-line error."""
    try:
        write_whole(path, data)
    except OSError as error:
        raise click.ClickException(f"cannot write {path}: {error.strerror or error}") from None
