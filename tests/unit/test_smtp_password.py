"""Where the SMTP password lives: the keyring when one works, the config file otherwise.

This machine has no keyring daemon (python-keyring offers only its "fail" backend), which is
the fallback path, tested as it is. The keyring path uses a small in-memory backend, since an
OS keyring cannot exist here.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from pos_desktop.adapters.smtp_password import (
    FILE_WARNING,
    KEYRING_SERVICE,
    keyring_usable,
    read_password,
    store_password,
)
from pos_desktop.config import SmtpSettings


def memory_backend() -> KeyringBackend:
    """Defined only when asked for: python-keyring picks from every loaded backend class, and a
    class at module level would become every later test's keyring."""

    class MemoryKeyring(KeyringBackend):
        priority = 1
        entries: dict[tuple[str, str], str] = {}  # noqa: RUF012 - one instance per test

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.entries.pop((service, username), None)

    return MemoryKeyring()  # type: ignore[no-untyped-call]


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    before = keyring.get_keyring()  # the real choice is made before our class exists
    backend = memory_backend()
    keyring.set_keyring(backend)
    yield backend.entries  # type: ignore[attr-defined]
    keyring.set_keyring(before)


def test_without_a_keyring_the_file_keeps_it_with_a_warning() -> None:
    assert not keyring_usable()  # as on this machine
    smtp = SmtpSettings(host="mail.example.org", user="shop", password="from the file")
    place = store_password(smtp, "new")
    assert (place.in_keyring, place.warning) == (False, FILE_WARNING)
    assert read_password(smtp) == "from the file"


def test_with_a_keyring_the_password_lives_there(
    memory_keyring: dict[tuple[str, str], str],
) -> None:
    smtp = SmtpSettings(host="mail.example.org", user="shop")
    place = store_password(smtp, "s3cret")
    assert (place.in_keyring, place.warning) == (True, None)
    assert memory_keyring == {(KEYRING_SERVICE, "shop@mail.example.org"): "s3cret"}
    assert read_password(smtp) == "s3cret"
    pinned = SmtpSettings(host="mail.example.org", user="shop", password="from env")
    assert read_password(pinned) == "from env"  # an explicit setting wins
