"""Printing results: JSON for scripts, aligned text for people, errors on stderr."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from typing import Any

import click


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def columns(text: str) -> int:
    """Terminal columns ``text`` takes: a wide East Asian character (山田) two, a combining
    mark none, anything else one; ``len`` would misalign every column after a Japanese name."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _pad(text: str, width: int) -> str:
    return text + " " * (width - columns(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain text table; columns as wide as their widest cell (in terminal columns)."""
    texts = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max([columns(h)] + [columns(r[i]) for r in texts]) for i, h in enumerate(headers)]
    click.echo("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in texts:
        click.echo("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())


def pairs(items: Sequence[tuple[str, Any]]) -> None:
    """``label: value`` lines, labels aligned."""
    width = max((len(k) for k, _ in items), default=0)
    for key, value in items:
        if value not in (None, ""):
            click.echo(f"{key.rjust(width)}: {value}")


def fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)


def warn(message: str) -> None:
    click.echo(f"Warning: {message}", err=True)
