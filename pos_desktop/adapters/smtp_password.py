"""The SMTP password: in the operating system's keyring where one exists, else the config file.

Read order: ``smtp.password`` when set (``POS_SMTP_PASSWORD`` or the file: an admin's explicit
choice wins), then the keyring entry for ``user@host``. Saving prefers the keyring and then
leaves the file's value empty; without a usable keyring (a headless Linux box has no Secret
Service; python-keyring then offers only its "fail" backend) the password goes to the file,
and the caller shows :data:`FILE_WARNING`.

Threading: keyring backends may talk to a desktop daemon over D-Bus; call from a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError

from pos_desktop.config import SmtpSettings
from pos_desktop.domain.phrases import say

KEYRING_SERVICE = "pos-desktop smtp"
FILE_WARNING = say(
    "no keyring on this computer: the SMTP password is kept in the config file, readable by "
    "anyone who can read that file"
)


@dataclass(frozen=True, slots=True)
class PasswordPlace:
    in_keyring: bool
    warning: str | None = None


def account(settings: SmtpSettings) -> str:
    return f"{settings.user}@{settings.host}"


def keyring_usable() -> bool:
    """A real backend is there (the fallback ``fail.Keyring`` has priority 0)."""
    try:
        backend = keyring.get_keyring()
        return float(getattr(backend, "priority", 0)) > 0
    except (KeyringError, RuntimeError):
        return False


def read_password(settings: SmtpSettings) -> str:
    if settings.password:
        return settings.password
    if not settings.user or not keyring_usable():
        return ""
    try:
        return keyring.get_password(KEYRING_SERVICE, account(settings)) or ""
    except KeyringError:
        return ""


def store_password(settings: SmtpSettings, password: str) -> PasswordPlace:
    """Put ``password`` in the keyring if one works; otherwise tell the caller to write it to
    the config file (``in_keyring=False``, with the warning to show)."""
    if keyring_usable():
        try:
            keyring.set_password(KEYRING_SERVICE, account(settings), password)
            return PasswordPlace(in_keyring=True)
        except KeyringError:
            pass  # a locked or broken keyring: the file is the fallback, with the warning
    return PasswordPlace(in_keyring=False, warning=FILE_WARNING)
