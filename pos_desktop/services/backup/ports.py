"""What backups need from the outside world: private files and PostgreSQL's dump tools.

bootstrap gives them ``adapters/backup_files.py`` (``LocalBackupFiles``) and
``adapters/pg_tools.py`` (``PgTools``); tests use the same adapters on temporary folders and
the local PostgreSQL server.

Thread rule: every call blocks on files or a child process; call from a worker, a background
loop or the CLI, never the UI thread.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO, Protocol

from pos_desktop.domain.backup import FileEntry

__all__ = ["BackupFiles", "DatabaseDumps", "FileEntry"]


class BackupFiles(Protocol):
    def workspace(self) -> AbstractContextManager[Path]:
        """A private temporary folder (owner only), removed with everything in it afterwards."""
        ...

    def create(self, path: Path) -> AbstractContextManager[BinaryIO]:
        """A new file written whole or not at all: readable by its owner only (0600), its
        folder created owner-only (0700) when missing. Leaving the block with an error leaves
        nothing under ``path``."""
        ...

    def open(self, path: Path) -> AbstractContextManager[BinaryIO]:
        """The file to read, seekable; raises ``FileNotFoundError``/``OSError`` as they come."""
        ...

    def listing(self, folder: Path) -> list[FileEntry] | None:
        """The files in ``folder``; ``None`` when it is missing or cannot be read (a USB stick
        pulled out, a network share away)."""
        ...

    def remove(self, path: Path) -> None: ...

    def read_secret(self, path: Path) -> str:
        """The first line of a small file (a passphrase file), without its line end."""
        ...


class DatabaseDumps(Protocol):
    """``pg_dump`` and ``pg_restore`` of the server's major version (or newer)."""

    def dump(self, url: str, target: Path, *, snapshot: str | None, server_major: int) -> None:
        """The database at ``url`` in pg_dump's custom format, as of ``snapshot`` (exported by
        a transaction still open) when given. Raises ``BackupError`` in plain words."""
        ...

    def restore(self, url: str, source: Path, *, server_major: int) -> None:
        """Load a custom-format dump into the (empty) database at ``url``, in one transaction."""
        ...
