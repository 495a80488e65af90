"""``gui`` and ``screenshots``: the commands that need Qt (imported only when they run)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.domain.errors import PosError
from pos_desktop.domain.languages import LANGUAGES


class GuiUnavailable(PosError):
    """Qt or its system libraries are missing: the command line still works."""


def open_window(obj: CliContext) -> int:
    """Qt is imported only here: the other commands start fast and work without Qt's libraries."""
    try:
        from pos_desktop.ui.app import run_gui  # noqa: PLC0415 (lazy on purpose)
    except ImportError as error:  # e.g. libEGL or the xcb libraries are not installed
        raise GuiUnavailable(f"the window needs Qt's system libraries ({error})") from error
    return run_gui(obj.settings)


@click.command("gui")
@pass_context
def gui(obj: CliContext) -> None:
    """Open the desktop window (also what `pos-desktop` alone does when there is a display)."""
    raise click.exceptions.Exit(open_window(obj))


@click.command("screenshots")
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the PNG files (created if missing).",
)
@click.option(
    "--size",
    "size",
    default="1280x800",
    show_default=True,
    help="The main window's size, WIDTHxHEIGHT (e.g. 1024x768, 1920x1080).",
)
@click.option(
    "--theme",
    type=click.Choice(["light", "dark", "high-contrast"]),
    default="light",
    show_default=True,
)
@click.option(
    "--language",
    type=click.Choice(list(LANGUAGES)),
    default="en",
    show_default=True,
    help="The UI's language (text, numbers and amounts).",
)
def screenshots(out: Path, size: str, theme: str, language: str) -> None:
    """Render every screen with demo data to PNG files (offscreen; for the README and reviews).

    Uses a throw-away database in a temporary folder, never the configured one.
    """
    width, _, height = size.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and int(width) >= 640 and int(height) >= 480):
        raise click.BadParameter("WIDTHxHEIGHT, at least 640x480: 1024x768", param_hint="--size")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from pos_desktop.ui.screenshots import render_screenshots  # noqa: PLC0415 (lazy on purpose)
    except ImportError as error:
        raise GuiUnavailable(f"screenshots need Qt's system libraries ({error})") from error
    for path in render_screenshots(
        out, size=(int(width), int(height)), theme=theme, language=language
    ):
        click.echo(str(path))
