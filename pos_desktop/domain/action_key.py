"""Idempotency keys: the name a money action or registration carries from the moment it starts.

A key is made when the cashier starts the action (the cart's first line, the refund dialog
opening, one per CLI call unless ``--key`` gives one) and goes with every attempt to save it.
The database stores it, unique, in the action's own transaction, so the answer to "was it
saved?" after a lost COMMIT reply is a lookup, and a retry of a saved action returns what the
first attempt saved instead of doing it twice.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

#: Long enough for a UUID in any spelling; short and plain enough to type after ``--key``.
_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{7,63}")


@dataclass(frozen=True, slots=True)
class ActionKey:
    value: str

    @classmethod
    def new(cls) -> ActionKey:
        return cls(uuid.uuid4().hex)

    @classmethod
    def parse(cls, text: str) -> ActionKey:
        """A key given by a person or script (``--key``): 8-64 letters, digits, ``_.:-``."""
        value = text.strip()
        if not _SHAPE.fullmatch(value):
            raise ValidationError.single(
                say("key"),
                say("is 8 to 64 letters, digits or _ . : - (as printed by the first attempt)"),
            )
        return cls(value)

    def __str__(self) -> str:
        return self.value
