"""Backups: ``pos-desktop backup`` and ``restore``, and automatic backups while the app runs.

``service.py`` takes and restores them, ``archive.py`` is the file format, ``manifest.py`` what
a backup says about itself, ``automatic.py`` the rounds of the app's backup loop, ``ports.py``
the files and dump tools bootstrap plugs in. The rules without I/O (names, what is kept, the
status bar's words, the errors) are in ``domain/backup.py``.
"""

from pos_desktop.services.backup.automatic import AutomaticBackups, backup_loop
from pos_desktop.services.backup.manifest import Manifest
from pos_desktop.services.backup.ports import BackupFiles, DatabaseDumps
from pos_desktop.services.backup.service import (
    BackupResult,
    BackupService,
    CountMismatch,
    RestoreReport,
)

__all__ = [
    "AutomaticBackups",
    "BackupFiles",
    "BackupResult",
    "BackupService",
    "CountMismatch",
    "DatabaseDumps",
    "Manifest",
    "RestoreReport",
    "backup_loop",
]
