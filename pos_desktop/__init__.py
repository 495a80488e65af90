"""Booth POS: a desktop point of sale for exhibition and trade-fair counters."""

from pathlib import Path

__version__ = "0.1.0"


def resources_dir() -> Path:
    """``resources/`` of a source checkout, or the copy bundled inside an installed wheel."""
    bundled = Path(__file__).parent / "_bundled" / "resources"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[1] / "resources"
