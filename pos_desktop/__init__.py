"""Booth POS: a desktop point of sale for exhibition and trade-fair counters."""

import sys
from pathlib import Path

__version__ = "0.1.0"


def bundled_dir(name: str) -> Path:
    """A top-level folder of the repository (``db``, ``resources``) wherever the app runs from.

    The one place that knows the three layouts: the PyInstaller bundle (``sys._MEIPASS``) and
    an installed wheel both carry the folder as ``pos_desktop/_bundled/NAME``; a source
    checkout has it beside the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "pos_desktop" / "_bundled" / name
    bundled = Path(__file__).parent / "_bundled" / name
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[1] / name


def resources_dir() -> Path:
    """``resources/``: fonts, email templates, sounds, icons."""
    return bundled_dir("resources")
