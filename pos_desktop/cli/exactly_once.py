"""``--key``: every money command and registration runs exactly once, even in doubt.

Each call carries an idempotency key: the one given with ``--key``, or a new one. When the
database stops answering during COMMIT, the outcome is unknown (``InDoubt``); the command then
tries once more with the same key, which returns what was saved or saves it now. When that
cannot tell either, it exits 7 and prints the key: running the same command with ``--key KEY``
later shows the saved result, or saves it once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import click

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import DatabaseUnavailable, InDoubt

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

#: A lost reply is often one dropped packet: one more try a moment later usually answers.
RETRY_AFTER_SECONDS = 1.0

KEY_HELP = (
    "Idempotency key of this action (8-64 letters, digits, _.:-). The same command with the "
    "same key never does it twice: it shows what the first run saved. Made for you if omitted."
)


def key_option(command: F) -> F:
    """``--key KEY`` on a command that changes money or registers someone."""
    return click.option("--key", "key_text", default=None, metavar="KEY", help=KEY_HELP)(command)


def exactly_once(act: Callable[[ActionKey], T], key_text: str | None, what: str) -> T:
    """Run ``act`` with the key; after ``InDoubt``, once more with it; then give up in doubt.

    ``what`` names the action for the message ("the sale", "the refund"...).
    """
    key = ActionKey.parse(key_text) if key_text else ActionKey.new()
    try:
        return act(key)
    except InDoubt:
        pass
    time.sleep(RETRY_AFTER_SECONDS)
    try:
        return act(key)  # saved: the first result; not saved: saved now, once
    except (InDoubt, DatabaseUnavailable) as error:
        raise InDoubt(
            f"in doubt: {what} may be saved; run the same command with --key {key} to find out"
            f" ({error})",
            key.value,
        ) from error
