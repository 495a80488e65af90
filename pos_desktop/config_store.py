"""Writing settings back into the TOML file, for the Settings screen.

The file belongs to the admin as much as to the app: edits keep every other key, comment and
blank line (``tomlkit``), values pass the very checks :func:`~pos_desktop.config.load_settings`
applies (so the next start cannot fail on what we wrote), and the new file replaces the old one
in one step, so a crash or a full disk never leaves half a configuration behind. The file is
written readable by its owner only (0600), whatever it was: it may hold passwords.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import Item, Table
from tomlkit.toml_document import TOMLDocument

from pos_desktop.config import ConfigError, Settings, _apply, default_config_file
from pos_desktop.config.file_modes import PRIVATE_FILE, private_folder
from pos_desktop.domain.phrases import say

#: The file may hold the SMTP password or the database's: readable by its owner only, whatever
#: mode it had before (an admin's hand-made 0644 file included). A new folder for it is 0700.
PRIVATE_MODE = PRIVATE_FILE


def config_path(settings: Settings) -> Path:
    """The file these settings were read from, or where the first save will create one."""
    return settings.config_file or default_config_file()


def write_settings(changes: Mapping[str, Any], *, config_file: Path) -> None:
    """Set ``section.key`` values in ``config_file``; all of them or, on any bad value, none."""
    checked = checked_values(changes, source=f"file {config_file}")
    document = _read_document(config_file)
    for key, value in checked.items():
        section_name, _, name = key.partition(".")
        _section(document, section_name, config_file)[name] = _toml_value(value)
    _replace_atomically(config_file, tomlkit.dumps(document))


def checked_values(changes: Mapping[str, Any], *, source: str) -> dict[str, Any]:
    """Each change as ``load_settings`` would read it (typed, normalised), or ``ConfigError``."""
    scratch = Settings()
    checked: dict[str, Any] = {}
    for key, raw in changes.items():
        _apply(scratch, key, raw, source)
        section_name, _, name = key.partition(".")
        checked[key] = getattr(getattr(scratch, section_name), name)
    return checked


def _read_document(path: Path) -> TOMLDocument:
    if not path.exists():
        return tomlkit.document()
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except TOMLKitError as err:
        raise ConfigError(
            say(
                "{path}: not valid TOML ({error}); fix it by hand first",
                path=str(path),
                error=str(err),
            )
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(
            say("{path}: cannot be read ({why})", path=str(path), why=str(err))
        ) from None


def _section(document: TOMLDocument, name: str, path: Path) -> Table:
    if name not in document:
        document.add(name, tomlkit.table())
    section = document[name]
    if not isinstance(section, Table):
        raise ConfigError(
            say("{path}: {section} must be a [{section}] section", path=str(path), section=name)
        )
    return section


def _toml_value(value: Any) -> Item:
    # TOML has no decimal type; the checked rates have two decimals at most, which a TOML
    # float carries exactly enough for ``Decimal(str(float))`` to give the same value back.
    if isinstance(value, Decimal):
        return tomlkit.value(format(value, "f"))
    item: Item = tomlkit.item(value)
    return item


def _replace_atomically(path: Path, text: str) -> None:
    private_folder(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, PRIVATE_MODE)  # mkstemp's mode already; said here so it stays
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
