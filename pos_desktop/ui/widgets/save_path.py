"""Where to save a file: the desktop's save dialog, starting in Documents, suffix ensured.

Screens keep the question as an attribute pointing here, so tests answer it with a path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget, title: str, suggested: str, file_filter: str, suffix: str
) -> Path | None:
    """The chosen path, ending in ``suffix`` (added if the person left it out); None: cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / suggested), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
