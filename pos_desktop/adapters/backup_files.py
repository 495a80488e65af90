"""Backup files on the local file system (a folder, a USB stick, a mounted network share).

Backups hold every customer's data: files are created readable by their owner only (0600) and
folders this creates by their owner only (0700), from the first byte (``os.open`` with the mode,
under a umask that cannot widen it). A backup is written under a hidden ``.partial`` name and
renamed when complete, so a full stick or a pulled cable never leaves half a backup under a
backup's name.

Thread rule: plain file I/O; call from a worker, a background loop or the CLI.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, cast

from pos_desktop.domain.backup import FileEntry


def _private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) owner-only; an existing folder is left as it is."""
    if folder.is_dir():
        return
    _private_folder(folder.parent)
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask


class LocalBackupFiles:
    @contextlib.contextmanager
    def workspace(self) -> Iterator[Path]:
        folder = Path(tempfile.mkdtemp(prefix="pos-backup-"))  # 0700 by mkdtemp's contract
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    @contextlib.contextmanager
    def create(self, path: Path) -> Iterator[BinaryIO]:
        _private_folder(path.parent)
        partial = path.with_name(f".{path.name}.partial")
        descriptor = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            if os.name == "posix":
                os.fchmod(descriptor, 0o600)  # an old partial file may have had another mode
            with os.fdopen(descriptor, "w+b") as handle:
                yield cast(BinaryIO, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, path)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise

    @contextlib.contextmanager
    def open(self, path: Path) -> Iterator[BinaryIO]:
        with path.open("rb") as handle:
            yield handle

    def listing(self, folder: Path) -> list[FileEntry] | None:
        try:
            entries = []
            with os.scandir(folder) as found:
                for entry in found:
                    if entry.is_file(follow_symlinks=False):
                        stat = entry.stat(follow_symlinks=False)
                        modified = datetime.fromtimestamp(stat.st_mtime, UTC)
                        entries.append(FileEntry(entry.name, stat.st_size, modified))
            return entries
        except OSError:
            return None

    def remove(self, path: Path) -> None:
        path.unlink(missing_ok=True)

    def read_secret(self, path: Path) -> str:
        with path.open(encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
