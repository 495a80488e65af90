"""Saving settings with the SMTP password kept out of the config file where a keyring exists.

The Settings screen's save goes through here: a new ``smtp.password`` goes to the operating
system's keyring (adapters/smtp_password.py) and the file keeps an empty value; without a
keyring it is written to the file like any other setting, and the answer carries the warning
the screen shows. Everything else is :meth:`SettingsAdmin.save` as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pos_desktop.adapters.smtp_password import store_password
from pos_desktop.config import SmtpSettings
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services.settings_admin import SavedSettings, SettingsAdmin

PASSWORD_KEY = "smtp.password"  # noqa: S105 - the setting's name, not a password


@dataclass(frozen=True, slots=True)
class SavedWithPassword:
    saved: SavedSettings
    password_in_keyring: bool = False
    warning: str | None = None


def save_keeping_password(
    admin: SettingsAdmin, actor: Actor, smtp: SmtpSettings, changes: Mapping[str, Any]
) -> SavedWithPassword:
    """Threading: the keyring may talk to a desktop daemon; call from a worker."""
    actor.require(Permission.SETTINGS_MANAGE)
    wanted = dict(changes)
    password = wanted.get(PASSWORD_KEY)
    if not isinstance(password, str) or not password or password == smtp.password:
        return SavedWithPassword(admin.save(actor, wanted))
    # The keyring entry is keyed by user@host: store it under the values being saved.
    target = SmtpSettings(
        host=str(wanted.get("smtp.host", smtp.host)),
        user=str(wanted.get("smtp.user", smtp.user)),
    )
    place = store_password(target, password)
    if place.in_keyring:
        wanted[PASSWORD_KEY] = ""  # the file forgets it; reading falls back to the keyring
    return SavedWithPassword(admin.save(actor, wanted), place.in_keyring, place.warning)
