"""Saving a money action or registration from a screen: once, and never "lost" in doubt.

``submit_keyed`` runs a service call that takes an idempotency key (``domain/action_key.py``).
When the database stops answering during COMMIT the service raises ``InDoubt``: the action may
be saved. The screen is told (``on_doubt``: keep everything on screen, say that it is being
checked) and the same call is sent again with the same key every ``RETRY_MS`` until the
database answers: it then returns what was saved (the first result) or saves it now, once.
Only an answer tells the screen "saved" or "failed"; while in doubt, "unreachable" means
"still unknown", not "nothing was saved".

Threading: call on the UI thread; the calls run on the runner, the callbacks come back on the
UI thread while ``owner`` lives (its closing stops the retries).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import DatabaseUnavailable, InDoubt
from pos_desktop.ui.workers import Runner

T = TypeVar("T")

#: How often a save in doubt asks again (a dropped hall network comes back in seconds).
RETRY_MS = 2000


def submit_keyed(
    runner: Runner,
    job: Callable[[ActionKey], T],
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None],
    *,
    owner: QObject,
    on_doubt: Callable[[InDoubt], None],
    key: ActionKey | None = None,
) -> ActionKey:
    """Run ``job(key)``; after ``InDoubt`` keep asking with the same key. Returns the key."""
    the_key = key or ActionKey.new()
    KeyedSave(
        runner, job, key=the_key, on_done=on_done, on_error=on_error, on_doubt=on_doubt, owner=owner
    ).attempt()
    return the_key


class KeyedSave(QObject):
    """One keyed save and its retries; a child of ``owner``, so it ends with the screen."""

    def __init__(
        self,
        runner: Runner,
        job: Callable[[ActionKey], T],
        *,
        key: ActionKey,
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
        on_doubt: Callable[[InDoubt], None],
        owner: QObject,
    ) -> None:
        super().__init__(owner)
        self._runner = runner
        self._job = job
        self.key = key
        self._on_done = on_done
        self._on_error = on_error
        self._on_doubt = on_doubt
        self._doubt: InDoubt | None = None

    def attempt(self) -> None:
        job, key = self._job, self.key
        self._runner.submit(lambda: job(key), self._done, self._failed, owner=self)

    def _done(self, value: object) -> None:
        self.setParent(None)  # finished: nothing keeps it (its owner no longer needs it)
        self._on_done(value)  # type: ignore[arg-type]

    def _failed(self, error: Exception) -> None:
        if isinstance(error, InDoubt) or (
            self._doubt is not None and isinstance(error, DatabaseUnavailable)
        ):
            if isinstance(error, InDoubt):
                self._doubt = error
            assert self._doubt is not None
            self._on_doubt(self._doubt)
            QTimer.singleShot(RETRY_MS, self, self.attempt)
            return
        self.setParent(None)
        self._on_error(error)
