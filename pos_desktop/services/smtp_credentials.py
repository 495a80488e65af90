"""Saving settings with the SMTP password kept out of the config file where a keyring exists.

The Settings screen's save goes through here: a new ``smtp.password`` goes to the operating
system's keyring (the :class:`PasswordStore` port; bootstrap gives it
adapters/smtp_password.py) and the file keeps an empty value; without a keyring it is written
to the file like any other setting, and the answer carries the warning the screen shows.
Everything else is :meth:`SettingsAdmin.save` as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from pos_desktop.config import Settings, SmtpSettings
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services.settings_admin import SavedSettings, SettingsAdmin

PASSWORD_KEY = "smtp.password"  # noqa: S105 - the setting's name, not a password


@dataclass(frozen=True, slots=True)
class SavedWithPassword:
    saved: SavedSettings
    password_in_keyring: bool = False
    warning: str | None = None


class PasswordPlacement(Protocol):
    """Where a stored password went, and the warning to show when it went to the file."""

    @property
    def in_keyring(self) -> bool: ...

    @property
    def warning(self) -> str | None: ...


class PasswordStore(Protocol):
    """Keeps a password for ``user@host``: the keyring where one works, else says so."""

    def __call__(self, settings: SmtpSettings, password: str, /) -> PasswordPlacement: ...


class SmtpCredentials:
    def __init__(self, admin: SettingsAdmin, settings: Settings, store: PasswordStore) -> None:
        self._admin = admin
        self._settings = settings
        self._store = store

    def save(self, actor: Actor, changes: Mapping[str, Any]) -> SavedWithPassword:
        """Threading: the keyring may talk to a desktop daemon; call from a worker."""
        actor.require(Permission.SETTINGS_MANAGE)
        smtp = self._settings.smtp  # as saved so far: the screen may have saved it before
        wanted = dict(changes)
        password = wanted.get(PASSWORD_KEY)
        if not isinstance(password, str) or not password or password == smtp.password:
            return SavedWithPassword(self._admin.save(actor, wanted))
        # The keyring entry is keyed by user@host: store it under the values being saved.
        target = SmtpSettings(
            host=str(wanted.get("smtp.host", smtp.host)),
            user=str(wanted.get("smtp.user", smtp.user)),
        )
        place = self._store(target, password)
        if place.in_keyring:
            wanted[PASSWORD_KEY] = ""  # the file forgets it; reading falls back to the keyring
        return SavedWithPassword(self._admin.save(actor, wanted), place.in_keyring, place.warning)
