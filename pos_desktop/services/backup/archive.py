"""The backup file format, version 1: a gzip-compressed tar of ``manifest.json`` and the
database payload, sealed so that any change or cut is found before anything is restored.

Layout (all of it authenticated)::

    MAGIC (16 bytes)  "BOOTHPOS-BACKUP\\n"
    header length (4 bytes, big-endian), header (JSON: format version, compression, container,
        and with encryption: cipher, scrypt's n, r, p and salt, the nonce, a passphrase check)
    body: tar.gz of manifest.json + database.sqlite3 | database.pgdump
        (AES-256-GCM ciphertext of it when encrypted)
    END (8 bytes) "BPOS-END", then the SHA-256 of everything before END (plain), or the GCM tag
        (encrypted; magic, length and header are its associated data)

Why this shape: a missing END says "cut short" (an interrupted copy to a USB stick) rather than
"changed"; the passphrase check (SHA-256 of the second half of scrypt's 64 bytes, the first half
being the key) tells a wrong passphrase from a changed file; the header is authenticated, so
nobody can lower the scrypt cost or swap the salt unnoticed. A plain file's SHA-256 finds damage
and careless edits, not a forger who rewrites the hash too: that is what ``--encrypt`` is for.
Encrypted bodies are decrypted into a scratch file and used only once the tag checked out.

Streams only: the files come from the ``BackupFiles`` port. Blocking; call from a worker.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import shutil
import tarfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from pos_desktop.domain.backup import (
    BackupDamaged,
    BackupError,
    PassphraseNeeded,
    WrongPassphrase,
)
from pos_desktop.domain.phrases import say
from pos_desktop.services.backup.manifest import FORMAT_VERSION, Manifest

MAGIC = b"BOOTHPOS-BACKUP\n"
HEADER_DAMAGED = say("the backup file's header is damaged")
END = b"BPOS-END"
MANIFEST_NAME = "manifest.json"
_CHUNK = 1 << 20
_MAX_HEADER = 64 * 1024
_MAX_MANIFEST = 16 * 1024 * 1024
_TAG_BYTES = 16
_SHA_BYTES = 32


@dataclass(frozen=True, slots=True)
class ScryptCost:
    """scrypt's work factors; the default takes about 0.1 s and 32 MiB (RFC 7914's advice for
    interactive use). The header names them, so a later version may raise them."""

    n: int = 2**15
    r: int = 8
    p: int = 1

    def acceptable(self) -> bool:
        """A header asking for far more than any version writes is refused, not obeyed."""
        return (
            2 <= self.n <= 2**20
            and self.n & (self.n - 1) == 0
            and 1 <= self.r <= 32
            and (1 <= self.p <= 16)
        )


def _derive(passphrase: str, salt: bytes, cost: ScryptCost) -> tuple[bytes, bytes]:
    """(AES key, passphrase check) from one scrypt run."""
    material = Scrypt(salt=salt, length=64, n=cost.n, r=cost.r, p=cost.p).derive(
        passphrase.encode()
    )
    return material[:32], hashlib.sha256(material[32:]).digest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class _Sealer(io.RawIOBase):
    """A write-only stream: hashes or encrypts what it is given on its way to ``out``."""

    def __init__(self, out: BinaryIO, prefix: bytes, key: bytes | None, nonce: bytes) -> None:
        super().__init__()
        self._out = out
        out.write(prefix)
        self._hash = hashlib.sha256(prefix)
        self._encryptor = None
        if key is not None:
            self._encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
            self._encryptor.authenticate_additional_data(prefix)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        if self._encryptor is not None:
            self._out.write(self._encryptor.update(chunk))
        else:
            self._hash.update(chunk)
            self._out.write(chunk)
        return len(chunk)

    def seal(self) -> None:
        if self._encryptor is not None:
            self._out.write(self._encryptor.finalize())
            self._out.write(END + self._encryptor.tag)
        else:
            self._out.write(END + self._hash.digest())


def write_archive(
    out: BinaryIO,
    manifest: Manifest,
    payload: BinaryIO,
    *,
    passphrase: str | None = None,
    cost: ScryptCost | None = None,
) -> None:
    """Write the backup of ``manifest`` and ``payload`` (positioned at its start) to ``out``."""
    header: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "container": "tar",
        "compression": "gzip",
    }
    key = None
    nonce = os.urandom(12)
    if passphrase is not None:
        cost = cost or ScryptCost()
        salt = os.urandom(16)
        key, check = _derive(passphrase, salt, cost)
        header["encryption"] = {
            "cipher": "AES-256-GCM",
            "kdf": "scrypt",
            "n": cost.n,
            "r": cost.r,
            "p": cost.p,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "check": _b64(check),
        }
    encoded = json.dumps(header, sort_keys=True).encode()
    sealer = _Sealer(out, MAGIC + len(encoded).to_bytes(4, "big") + encoded, key, nonce)
    with (
        gzip.GzipFile(fileobj=sealer, mode="wb", compresslevel=6, mtime=0) as compressed,
        tarfile.open(fileobj=compressed, mode="w|", format=tarfile.PAX_FORMAT) as tar,
    ):
        manifest_bytes = manifest.to_json()
        _add(tar, MANIFEST_NAME, len(manifest_bytes), io.BytesIO(manifest_bytes), manifest)
        _add(tar, manifest.payload_name, manifest.payload_size, payload, manifest)
    sealer.seal()


def _add(tar: tarfile.TarFile, name: str, size: int, data: IO[bytes], manifest: Manifest) -> None:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = int(manifest.created_at.timestamp())
    tar.addfile(info, data)


class _Slice(io.RawIOBase):
    """Bytes ``start``..``end`` of ``source``, read as a stream of their own."""

    def __init__(self, source: BinaryIO, start: int, end: int) -> None:
        super().__init__()
        self._source = source
        self._position = start
        self._end = end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = min(len(buffer), self._end - self._position)
        if wanted <= 0:
            return 0
        self._source.seek(self._position)
        data = self._source.read(wanted)
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)


def read_header(source: BinaryIO) -> tuple[dict[str, Any], int]:
    """The header and where the body starts; refuses what is not a backup of a known version."""
    source.seek(0)
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupDamaged(say("this is not a Booth POS backup file"))
    length = int.from_bytes(source.read(4), "big")
    encoded = source.read(length) if length <= _MAX_HEADER else b""
    try:
        header = json.loads(encoded)
        version = int(header["format"])
    except (ValueError, KeyError, TypeError):
        raise BackupDamaged(HEADER_DAMAGED) from None
    if version > FORMAT_VERSION:
        raise BackupError(
            say(
                "this backup was written by a newer version (format {version}): update this app",
                version=version,
            )
        )
    return header, len(MAGIC) + 4 + length


def is_encrypted(source: BinaryIO) -> bool:
    return "encryption" in read_header(source)[0]


def read_archive(
    source: BinaryIO,
    payload_out: BinaryIO,
    scratch: BinaryIO,
    *,
    passphrase: Callable[[], str | None],
) -> Manifest:
    """Check ``source`` whole, then write its payload to ``payload_out`` and return its
    manifest. ``scratch`` (an empty writable file) receives the decrypted body of an encrypted
    backup; ``passphrase`` is asked only for one."""
    header, body_start = read_header(source)
    encryption = header.get("encryption")
    trailer = len(END) + (_TAG_BYTES if encryption else _SHA_BYTES)
    size = source.seek(0, os.SEEK_END)
    body_end = size - trailer
    source.seek(max(body_end, 0))
    if body_end < body_start or source.read(len(END)) != END:
        raise BackupDamaged(
            say("the backup file is incomplete: it was cut short (an interrupted copy?)")
        )
    seal = source.read()
    prefix = _Slice(source, 0, body_start).read()
    body = _Slice(source, body_start, body_end)
    plain: IO[bytes]
    if encryption:
        _decrypt(encryption, prefix, body, seal, scratch, passphrase=passphrase)
        scratch.seek(0)
        plain = scratch
    else:
        digest = hashlib.sha256(prefix)
        while chunk := body.read(_CHUNK):
            digest.update(chunk)
        if digest.digest() != seal:
            raise BackupDamaged(
                say(
                    "the backup file was changed or damaged after it was written: its checksum "
                    "does not match"
                )
            )
        plain = io.BufferedReader(_Slice(source, body_start, body_end), _CHUNK)
    return _unpack(plain, payload_out)


def _decrypt(
    encryption: dict[str, Any],
    prefix: bytes,
    body: io.RawIOBase,
    tag: bytes,
    scratch: BinaryIO,
    *,
    passphrase: Callable[[], str | None],
) -> None:
    try:
        cost = ScryptCost(int(encryption["n"]), int(encryption["r"]), int(encryption["p"]))
        salt = base64.b64decode(encryption["salt"], validate=True)
        nonce = base64.b64decode(encryption["nonce"], validate=True)
        check = base64.b64decode(encryption["check"], validate=True)
    except (KeyError, ValueError, TypeError):
        raise BackupDamaged(HEADER_DAMAGED) from None
    if encryption.get("cipher") != "AES-256-GCM" or not cost.acceptable() or len(nonce) != 12:
        raise BackupDamaged(
            say("the backup file's header names an encryption this app does not use")
        )
    given = passphrase()
    if given is None:
        raise PassphraseNeeded(say("this backup is encrypted: give its passphrase"))
    key, expected = _derive(given, salt, cost)
    if expected != check:
        raise WrongPassphrase(say("wrong passphrase: this backup cannot be opened with it"))
    decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
    decryptor.authenticate_additional_data(prefix)
    while chunk := body.read(_CHUNK):
        scratch.write(decryptor.update(chunk))
    try:
        scratch.write(decryptor.finalize())
    except InvalidTag:
        raise BackupDamaged(
            say(
                "the backup file was changed or damaged after it was written:"
                " it does not authenticate"
            )
        ) from None


def _unpack(plain: IO[bytes], payload_out: BinaryIO) -> Manifest:
    manifest: Manifest | None = None
    digest, written = hashlib.sha256(), 0
    try:
        with (
            gzip.GzipFile(fileobj=plain, mode="rb") as compressed,
            tarfile.open(fileobj=compressed, mode="r|") as tar,
        ):
            for member in tar:
                data = tar.extractfile(member)
                if data is None:
                    continue
                if member.name == MANIFEST_NAME and manifest is None:
                    manifest = Manifest.from_json(data.read(_MAX_MANIFEST))
                elif manifest is not None and member.name == manifest.payload_name:
                    while chunk := data.read(_CHUNK):
                        digest.update(chunk)
                        payload_out.write(chunk)
                        written += len(chunk)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise BackupDamaged(
            say("the backup file's contents are damaged ({error})", error=str(error))
        ) from None
    if manifest is None:
        raise BackupDamaged(say("the backup file holds no manifest"))
    if written != manifest.payload_size or digest.hexdigest() != manifest.payload_sha256:
        raise BackupDamaged(say("the database inside the backup does not match its manifest"))
    return manifest


def copy_stream(source: IO[bytes], target: IO[bytes]) -> None:
    shutil.copyfileobj(source, target, _CHUNK)
