"""This device's id: a random token in a 0600 file of its data folder, made on first use.

Thread rule: call it from any thread; it reads (and once writes) one small file.
"""

from __future__ import annotations

import secrets
import socket
from pathlib import Path

from pos_desktop.config.file_modes import create_private_file, private_folder
from pos_desktop.domain.device import DeviceIdentity

FILE_NAME = "device-id"


def device_identity(path: Path) -> DeviceIdentity:
    """The id kept at ``path``; a new one is written there (0600) if the file is missing or
    empty. An unreadable file raises ``OSError``: a device must not change its id silently."""
    private_folder(path.parent)
    create_private_file(path)
    device_id = path.read_text(encoding="ascii").strip()
    if not device_id:
        device_id = secrets.token_hex(16)
        path.write_text(device_id + "\n", encoding="ascii")
    return DeviceIdentity(device_id, socket.gethostname() or "unknown host")
