"""Reading a password for a command: from a file (scripts) or a hidden prompt (people)."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def read_password(
    password_file: Path | None, *, prompt: str = "Password", confirm: bool = True
) -> str:
    """First line of ``password_file`` (``-`` for stdin), else ask without echo (twice for a
    new password, ``confirm``)."""
    if password_file is not None:
        try:
            text = sys.stdin.read() if str(password_file) == "-" else password_file.read_text()
        except OSError as err:
            raise click.UsageError(f"cannot read {password_file}: {err.strerror}") from None
        lines = text.splitlines()
        if not lines or not lines[0]:
            raise click.UsageError(f"{password_file} is empty: put the password on its first line")
        return lines[0]
    return str(click.prompt(prompt, hide_input=True, confirmation_prompt=confirm))
