"""Writing a rendered document (PDF) where the user asked, with a message instead of a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from pos_desktop.adapters.file_output import write_whole

F = TypeVar("F", bound=Callable[..., Any])


def paper_option(command: F) -> F:
    """``--paper A4|Letter`` for a command that writes a PDF (default: ``shop.paper``)."""
    return click.option(
        "--paper",
        type=click.Choice(["A4", "Letter"], case_sensitive=False),
        default=None,
        help="Page size (default: the shop.paper setting).",
    )(command)


def write_document(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all; a failure is a one-line error."""
    try:
        write_whole(path, data)
    except OSError as error:
        raise click.ClickException(f"cannot write {path}: {error.strerror or error}") from None
