"""Files that hold the shop's data or secrets are their owner's only, on POSIX.

The database, its WAL, the settings (passwords), the logs (customers' names) and backups sit in
the user's folders, but a shared laptop's other accounts, or a folder on a share, should not
read them. So they are *created* with these modes, whatever the umask: changing the mode after
creation leaves a moment in which another user can open the file and keep it open. Windows has
no such modes (the profile folder's ACLs apply); ``os.open`` ignores them there.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) if needed; the folder itself 0700 when new. An
    existing folder keeps its mode: it may be a shared one an admin chose on purpose."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    return path


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty and 0600 if it does not exist; ``True`` if this call created it."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(descriptor)
    return True


def private_opener(path: str, flags: int) -> int:
    """``open(..., opener=private_opener)``: a new file is 0600 from its first moment, and an
    existing one (an older export of the same name) is narrowed to 0600 before it is written."""
    descriptor = os.open(path, flags, PRIVATE_FILE)
    if hasattr(os, "fchmod"):  # POSIX; Windows keeps the folder's ACLs
        try:
            os.fchmod(descriptor, PRIVATE_FILE)
        except OSError:
            os.close(descriptor)
            raise
    return descriptor
