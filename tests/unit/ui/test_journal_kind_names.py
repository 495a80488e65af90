"""The Offline journal screen names every kind of entry a till writes, in the user's language
(a kind without a name showed as stored: "void", "refund" to a German manager)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pos_desktop.services.offline_corrections import KINDS as CORRECTIONS
from pos_desktop.ui.i18n import apply_language
from pos_desktop.ui.screens.offline_journal import kind_name

WRITTEN = {"sale", "registration", "cash_open", "cash_move", "cash_close", "checkin"}


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    del qapp
    apply_language("de")
    yield
    apply_language("")


@pytest.mark.parametrize("kind", sorted(WRITTEN | CORRECTIONS))
def test_every_kind_has_a_german_name(german: None, kind: str) -> None:
    del german
    named = kind_name(kind)
    assert named != kind
    assert named[0].isupper()


def test_the_corrections_read_as_words() -> None:
    assert [kind_name(k) for k in ("void", "refund", "edit")] == [
        "Void",
        "Refund",
        "Invoice edited",
    ]
