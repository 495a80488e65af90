"""Admins change this terminal's settings: written to its ``config.toml``, audited, applied.

A key set by a ``POS_*`` variable or on the command line is refused: the file would change but
the variable would still win at the next start, and the admin would wonder why nothing changed.
Services hold the very section objects of the running :class:`Settings`, so updating them in
place makes billing, customer and login rules use the new values at their next action; a few
keys are read once at start (the terminal's code is baked into its invoice numbers and its row),
and the result says which.

Threading: writes a file and the database; call ``save`` from a worker thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos_desktop.config import ConfigError, Settings, is_secret, masked
from pos_desktop.config_store import checked_values, config_path, write_settings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import PosError, ProblemCollector
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services import audit
from pos_desktop.storage.uow import Database

#: Read once when the app starts; a change waits for the next start.
APPLIED_AT_NEXT_START = frozenset(
    {"database.url", "pos.terminal", "pos.terminal_name", "pos.exhibition"}
)
_SOURCE = "Settings"


@dataclass(frozen=True, slots=True)
class SavedSettings:
    """What a save changed (``key -> (before, after)``; empty when nothing differed)."""

    path: Path
    changes: dict[str, tuple[Any, Any]]

    @property
    def at_next_start(self) -> list[str]:
        return [key for key in self.changes if key in APPLIED_AT_NEXT_START]

    @property
    def applied_now(self) -> list[str]:
        return [key for key in self.changes if key not in APPLIED_AT_NEXT_START]


def locked_reason(settings: Settings, key: str) -> str | None:
    """Why the file cannot change ``key`` (it comes from the environment or the command
    line), or ``None`` when it can."""
    source = settings.sources.get(key, "default")
    if source.startswith("env "):
        return say("set by {source}; change it there", source=source)
    if source == "command line":
        return say("set on the command line; start without that option to change it here")
    return None


class SettingsAdmin:
    def __init__(self, db: Database, clock: Clock, settings: Settings) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._lock = threading.Lock()  # one save at a time: read-modify-write of one file

    @property
    def settings(self) -> Settings:
        return self._settings

    def save(self, actor: Actor, changes: Mapping[str, Any]) -> SavedSettings:
        """Check every change (all problems at once, by key), write the file, audit, apply."""
        actor.require(Permission.SETTINGS_MANAGE)
        checked = self._checked(changes)
        with self._lock:
            path = config_path(self._settings)
            differing = {
                key: (self._current(key), value)
                for key, value in checked.items()
                if self._current(key) != value
            }
            if not differing:
                return SavedSettings(path, {})
            self._write_audited(actor, path, differing)
            self._apply(path, differing)
        return SavedSettings(path, differing)

    def _checked(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        problems = ProblemCollector()
        checked: dict[str, Any] = {}
        for key, raw in changes.items():
            reason = locked_reason(self._settings, key)
            if reason is not None:
                problems.add(key, reason)
                continue
            try:
                checked.update(checked_values({key: raw}, source=_SOURCE))
            except ConfigError as err:
                problems.add(key, _reason(err, key, raw))
        problems.raise_if_any()
        return checked

    def _current(self, key: str) -> Any:
        section, _, name = key.partition(".")
        return getattr(getattr(self._settings, section), name)

    def _write_audited(
        self, actor: Actor, path: Path, differing: dict[str, tuple[Any, Any]]
    ) -> None:
        """The audit row and the file succeed together: a failed commit puts the old file back."""
        with self._db.unit_of_work() as uow:
            audit.record(
                uow.session,
                actor=actor,
                at=self._clock.now(),
                action="settings.change",
                entity_type="settings",
                entity_key=self._settings.pos.terminal,
                summary=f"settings changed: {', '.join(differing)}",
                before={key: _shown(key, old) for key, (old, _) in differing.items()},
                after={key: _shown(key, new) for key, (_, new) in differing.items()},
                terminal=self._settings.pos.terminal,
            )
            uow.session.flush()
            previous = path.read_bytes() if path.exists() else None
            try:
                write_settings({key: new for key, (_, new) in differing.items()}, config_file=path)
            except OSError as err:
                raise PosError(
                    say(
                        "cannot write {path}: {error}",
                        path=str(path),
                        error=err.strerror or str(err),
                    )
                ) from None
            try:
                uow.commit()
            except BaseException:
                _restore(path, previous)
                raise

    def _apply(self, path: Path, differing: dict[str, tuple[Any, Any]]) -> None:
        for key, (_, new) in differing.items():
            section, _, name = key.partition(".")
            setattr(getattr(self._settings, section), name, new)
            self._settings.sources[key] = f"file {path}"
        self._settings.config_file = path


def _reason(err: ConfigError, key: str, raw: Any) -> str:
    """The validator's words without the ``key (from source): 'raw'`` the CLI needs and a form
    field, showing both already, does not."""
    message = err.message.removeprefix(f"{key} (from {_SOURCE}): ")
    reason = message.removeprefix(f"{raw!r} ")
    return message if reason.startswith("is not valid") else reason


def _shown(key: str, value: Any) -> Any:
    return masked(key, value) if is_secret(key) or key == "database.url" else value


def _restore(path: Path, previous: bytes | None) -> None:
    with contextlib.suppress(OSError):
        if previous is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(previous)
