"""What a new password must be. There is no default password anywhere in Booth POS."""

from __future__ import annotations

import re

from pos_desktop.domain.errors import ValidationError

PASSWORD_MAX = 256
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")


def check_new_password(password: str, *, username: str, min_length: int) -> str:
    if len(password) < min_length:
        raise ValidationError.single("password", f"needs at least {min_length} characters")
    if len(password) > PASSWORD_MAX:
        raise ValidationError.single("password", f"is longer than {PASSWORD_MAX} characters")
    if password.strip().casefold() == username.casefold():
        raise ValidationError.single("password", "must not be the user name")
    if len(set(password)) < 4:
        raise ValidationError.single(
            "password", "is too easy to guess (too few different characters)"
        )
    return password


def normalize_username(text: str) -> str:
    """User names are case-insensitive: stored in lower case, 2 to 40 of a-z 0-9 . _ -."""
    name = text.strip().lower()
    if not _USERNAME.fullmatch(name):
        raise ValidationError.single(
            "user name", f"{text!r}: use 2 to 40 letters a-z, digits, '.', '_' or '-'"
        )
    return name
