"""The backup file format: what goes in comes out, and any change, cut or wrong passphrase is
refused with words that say which it was."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import UTC, datetime

import pytest

from pos_desktop.domain.backup import (
    BackupDamaged,
    BackupError,
    PassphraseNeeded,
    WrongPassphrase,
)
from pos_desktop.services.backup.archive import (
    MAGIC,
    ScryptCost,
    is_encrypted,
    read_archive,
    write_archive,
)
from pos_desktop.services.backup.manifest import Manifest

CHEAP = ScryptCost(n=2**10)  # the format names the cost; tests need not pay the real one
PAYLOAD = os.urandom(50_000) + b"customer: Ada Lovelace <ada@example.com>" * 2_000


def _manifest(payload: bytes) -> Manifest:
    return Manifest(
        created_at=datetime(2026, 5, 4, 10, 0, tzinfo=UTC),
        terminal="T1",
        app_version="0.1.0",
        backend="sqlite",
        server="SQLite 3.40.1",
        schema_revision="0022",
        tables={"invoices": 500, "customers": 3},
        audit_last_seq=503,
        audit_last_hash="ab" * 32,
        payload_name="database.sqlite3",
        payload_size=len(payload),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
    )


def _write(passphrase: str | None = None, payload: bytes = PAYLOAD) -> bytes:
    out = io.BytesIO()
    write_archive(out, _manifest(payload), io.BytesIO(payload), passphrase=passphrase, cost=CHEAP)
    return out.getvalue()


def _read(data: bytes, passphrase: str | None = None) -> tuple[Manifest, bytes]:
    payload = io.BytesIO()
    manifest = read_archive(io.BytesIO(data), payload, io.BytesIO(), passphrase=lambda: passphrase)
    return manifest, payload.getvalue()


@pytest.mark.parametrize("passphrase", [None, "blue elephant 42"])
def test_what_goes_in_comes_out(passphrase: str | None) -> None:
    data = _write(passphrase)
    manifest, payload = _read(data, passphrase)
    assert payload == PAYLOAD
    assert manifest == _manifest(PAYLOAD)
    assert is_encrypted(io.BytesIO(data)) is (passphrase is not None)


def test_plain_backups_are_compressed_and_encrypted_ones_unreadable() -> None:
    text = b"customer: Ada Lovelace <ada@example.com>" * 5_000
    plain, sealed = _write(payload=text), _write("blue elephant 42", payload=text)
    assert len(plain) < len(text) // 20
    assert b"Ada Lovelace" not in sealed
    assert b"invoices" not in sealed  # the manifest is inside the encryption too


@pytest.mark.parametrize("passphrase", [None, "blue elephant 42"])
@pytest.mark.parametrize("where", [0.05, 0.5, 0.95])
def test_a_changed_byte_anywhere_is_refused(passphrase: str | None, where: float) -> None:
    data = bytearray(_write(passphrase))
    data[int(len(data) * where)] ^= 0x01
    with pytest.raises((BackupDamaged, WrongPassphrase)) as raised:
        _read(bytes(data), passphrase)
    assert raised.type is BackupDamaged or where < 0.1  # a changed header may hit the check


@pytest.mark.parametrize("passphrase", [None, "blue elephant 42"])
def test_a_changed_body_says_changed_or_damaged(passphrase: str | None) -> None:
    data = bytearray(_write(passphrase))
    data[len(data) // 2] ^= 0x80
    with pytest.raises(BackupDamaged, match="changed or damaged"):
        _read(bytes(data), passphrase)


@pytest.mark.parametrize("passphrase", [None, "blue elephant 42"])
@pytest.mark.parametrize("keep", [0.99, 0.5, 0.01])
def test_a_truncated_file_says_cut_short(passphrase: str | None, keep: float) -> None:
    data = _write(passphrase)
    with pytest.raises(BackupDamaged, match=r"cut short|not a Booth POS backup|header"):
        _read(data[: int(len(data) * keep)], passphrase)
    with pytest.raises(BackupDamaged, match="cut short"):
        _read(data[:-1], passphrase)


def test_a_wrong_passphrase_is_refused_as_such() -> None:
    data = _write("blue elephant 42")
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        _read(data, "blue elephant 43")
    with pytest.raises(PassphraseNeeded, match="encrypted"):
        _read(data, None)


def test_a_header_asking_for_an_absurd_scrypt_cost_is_not_obeyed() -> None:
    data = _write("blue elephant 42")
    start = len(MAGIC) + 4
    length = int.from_bytes(data[len(MAGIC) : start], "big")
    header = data[start : start + length].replace(b'"n": 1024', b'"n": 1073741824', 1)
    assert header != data[start : start + length]
    raised = MAGIC + len(header).to_bytes(4, "big") + header + data[start + length :]
    with pytest.raises(BackupDamaged, match="encryption"):
        _read(raised, "blue elephant 42")


def test_other_files_are_not_taken_for_backups() -> None:
    with pytest.raises(BackupDamaged, match="not a Booth POS backup"):
        _read(b"SQLite format 3\x00" + bytes(500))
    newer = _write().replace(b'"format": 1', b'"format": 9', 1)
    assert newer.startswith(MAGIC)
    with pytest.raises(BackupError, match="newer version"):
        _read(newer)
