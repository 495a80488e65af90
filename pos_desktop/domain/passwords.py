"""What a new password must be. There is no default password anywhere in Booth POS."""

from __future__ import annotations

import re

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

PASSWORD_MAX = 256
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")


def check_new_password(password: str, *, username: str, min_length: int) -> str:
    field = say("password")
    if len(password) < min_length:
        raise ValidationError.single(
            field, say("needs at least {least} characters", least=min_length)
        )
    if len(password) > PASSWORD_MAX:
        raise ValidationError.single(
            field, say("is longer than {limit} characters", limit=PASSWORD_MAX)
        )
    if password.strip().casefold() == username.casefold():
        raise ValidationError.single(field, say("must not be the user name"))
    if len(set(password)) < 4:
        raise ValidationError.single(
            field, say("is too easy to guess (too few different characters)")
        )
    return password


def normalize_username(text: str) -> str:
    """User names are case-insensitive: stored in lower case, 2 to 40 of a-z 0-9 . _ -."""
    name = text.strip().lower()
    if not _USERNAME.fullmatch(name):
        raise ValidationError.single(
            say("user name"),
            say("{name!r}: use 2 to 40 letters a-z, digits, '.', '_' or '-'", name=text),
        )
    return name
