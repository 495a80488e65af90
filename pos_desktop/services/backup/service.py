"""``pos-desktop backup`` and ``restore``: a consistent copy while the tills keep selling, and
a restore that proves itself.

A backup copies the database as of one moment (``storage/snapshot.py``: SQLite's online backup
API, or ``pg_dump`` on an exported snapshot), counts its rows in that same moment, and seals
both into one file (``archive.py``). A restore refuses a database that holds anything unless
forced, and then backs it up first; afterwards it counts the rows again and verifies the audit
chain, and only a restore whose counts, chain and last audit hash all match the manifest is
reported as good.

Across database kinds (a SQLite backup into PostgreSQL or back) is refused: the payload is the
database's own format, which is what makes the copy exact.

Blocking throughout (copies, dumps, counting, verifying): call from a worker or the CLI.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc
from sqlalchemy.engine import URL

import pos_desktop
from pos_desktop.config import BackupSettings
from pos_desktop.domain.backup import (
    SUFFIX,
    BackupError,
    TargetNotEmpty,
    automatic_name,
)
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import DatabaseUnavailable
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services.audit_verify import VerifyReport, verify
from pos_desktop.services.backup.archive import is_encrypted, read_archive, write_archive
from pos_desktop.services.backup.manifest import Manifest
from pos_desktop.services.backup.ports import BackupFiles, DatabaseDumps
from pos_desktop.storage import snapshot
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.probe import Contents, parse_database_url, probe_database
from pos_desktop.storage.uow import Database

_PAYLOAD = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
_KINDS = {
    "sqlite": say("a SQLite file (sqlite:///PATH)"),
    "postgresql": say("a PostgreSQL database"),
}


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    manifest: Manifest
    encrypted: bool


@dataclass(frozen=True, slots=True)
class CountMismatch:
    table: str
    expected: int | None  # None: not in the backup
    found: int | None  # None: missing after the restore


@dataclass(frozen=True, slots=True)
class RestoreReport:
    manifest: Manifest
    #: The database restored into, its password masked.
    into: str
    #: The database that was there before (``--force``), backed up here first.
    previous: BackupResult | None
    mismatches: tuple[CountMismatch, ...]
    revision: str | None
    audit: VerifyReport | None

    @property
    def audit_matches(self) -> bool:
        """The restored chain is intact and ends where the manifest says it did."""
        if self.manifest.audit_last_hash is None:
            return self.audit is None or self.audit.intact
        return (
            self.audit is not None
            and self.audit.intact
            and self.audit.head_seq == self.manifest.audit_last_seq
            and self.audit.head_hash == self.manifest.audit_last_hash
        )

    @property
    def ok(self) -> bool:
        return (
            not self.mismatches
            and self.revision == self.manifest.schema_revision
            and self.audit_matches
        )


def _cannot_read(path: Path, error: OSError) -> BackupError:
    return BackupError(
        say("cannot read {path}: {why}", path=str(path), why=str(error.strerror or error))
    )


def _plain(url: str | URL) -> str:
    return url.render_as_string(hide_password=False) if isinstance(url, URL) else url


class BackupService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: BackupSettings,
        terminal: str,
        *,
        files: BackupFiles,
        dumps: DatabaseDumps,
        default_folder: Path,
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._terminal = terminal
        self._files = files
        self._dumps = dumps
        self._default_folder = default_folder

    @property
    def folder(self) -> Path:
        """Where backups go unless told otherwise: ``[backup] folder``, or the data folder's
        ``backups``."""
        return (
            Path(self._settings.folder).expanduser()
            if self._settings.folder
            else (self._default_folder)
        )

    @property
    def own_url(self) -> URL:
        """This till's database, as its engine reaches it."""
        return self._db.engine.url

    def _named(self, what: str) -> Path:
        stem = automatic_name(self._terminal, self._clock.now()).removesuffix(SUFFIX)
        return self.folder / f"{stem}-{what}{SUFFIX}"

    def backup(
        self, actor: Actor, *, out: Path | None = None, passphrase: str | None = None
    ) -> BackupResult:
        """Back up this till's database to ``out`` (default: the backup folder)."""
        actor.require(Permission.DATA_EXPORT)
        return self.take(self.own_url, out or self._named("manual"), passphrase)

    def take(self, url: str | URL, path: Path, passphrase: str | None = None) -> BackupResult:
        """The backup of the database at ``url``, written to ``path`` (no permission check:
        automatic backups and restore's safety copy call this)."""
        backend = snapshot.backend_of(url)
        try:
            with self._files.workspace() as work:
                payload = work / _PAYLOAD[backend]
                if backend == "sqlite":
                    snapshot.copy_sqlite(url, payload)
                    contents = snapshot.contents_of_sqlite(payload)
                else:
                    major = snapshot.server_major(url)
                    with snapshot.exported_snapshot(url) as (exported, contents):
                        self._dumps.dump(
                            _plain(url), payload, snapshot=exported, server_major=major
                        )
                manifest = self._manifest(contents, payload)
                with self._files.create(path) as out, self._files.open(payload) as data:
                    write_archive(out, manifest, data, passphrase=passphrase)
        except FileNotFoundError as error:
            raise BackupError(say("nothing to back up: {error}", error=str(error))) from None
        except exc.DBAPIError as error:
            raise DatabaseUnavailable(
                say("the database cannot be read: {error}", error=str(error.orig))
            ) from None
        except OSError as error:
            raise BackupError(
                say(
                    "cannot write the backup to {path}: {why}",
                    path=str(path),
                    why=str(error.strerror or error),
                )
            ) from None
        return BackupResult(path, manifest, passphrase is not None)

    def _manifest(self, contents: snapshot.Contents, payload: Path) -> Manifest:
        digest, size = hashlib.sha256(), 0
        with self._files.open(payload) as data:
            while chunk := data.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
        return Manifest(
            created_at=self._clock.now(),
            terminal=self._terminal,
            app_version=pos_desktop.__version__,
            backend=contents.backend,
            server=contents.server,
            schema_revision=contents.revision,
            tables=contents.tables,
            audit_last_seq=contents.audit_seq,
            audit_last_hash=contents.audit_hash,
            payload_name=payload.name,
            payload_size=size,
            payload_sha256=digest.hexdigest(),
        )

    def is_encrypted(self, path: Path) -> bool:
        """Whether ``path`` needs a passphrase (so a front end asks before restoring)."""
        try:
            with self._files.open(path) as source:
                return is_encrypted(source)
        except OSError as error:
            raise _cannot_read(path, error) from None

    def restore(
        self,
        actor: Actor,
        path: Path,
        into: str,
        *,
        force: bool = False,
        passphrase: Callable[[], str | None] = lambda: None,
    ) -> RestoreReport:
        """Restore the backup ``path`` into the database at ``into`` and check the result.

        ``into`` must be empty (or a SQLite file not there yet); with ``force`` whatever it
        holds is backed up to the backup folder first, then replaced. ``passphrase`` is asked
        only for an encrypted backup. A report that is not ``ok`` says what differs."""
        actor.require(Permission.SETTINGS_MANAGE)
        target = parse_database_url(into)
        given: list[str] = []

        def remembered() -> str | None:
            value = passphrase()
            if value is not None:
                given.append(value)
            return value

        try:
            with self._files.workspace() as work:
                with (
                    self._files.open(path) as source,
                    self._files.create(work / "payload") as payload,
                    self._files.create(work / "scratch") as scratch,
                ):
                    manifest = read_archive(source, payload, scratch, passphrase=remembered)
                backend = snapshot.backend_of(target)
                if backend != manifest.backend:
                    raise BackupError(
                        say(
                            "this backup is of {kind}; it restores into {kind} only,"
                            " not into {target}: restoring across database kinds is not"
                            " supported",
                            kind=_KINDS[manifest.backend],
                            target=_KINDS[backend],
                        )
                    )
                previous = self._make_room(target, force, given[0] if given else None)
                self._load(target, work / "payload", backend)
        except OSError as error:
            raise _cannot_read(path, error) from None
        return self._check(manifest, target, previous)

    def _make_room(self, target: URL, force: bool, passphrase: str | None) -> BackupResult | None:
        found = probe_database(_plain(target))
        if found.contents in {Contents.NEW_FILE, Contents.EMPTY}:
            return None
        what = say("another program's tables")
        if found.ours:
            what = say("Booth POS data (schema {revision})", revision=found.revision)
        if not force:
            raise TargetNotEmpty(
                say(
                    "the target database is not empty (it holds {what}): restore does not "
                    "overwrite it. Add --force to back it up first and replace it",
                    what=what,
                )
            )
        return self.take(target, self._named("before-restore"), passphrase)

    def _load(self, target: URL, payload: Path, backend: str) -> None:
        try:
            if backend == "sqlite":
                snapshot.load_sqlite(payload, target)
            else:
                major = snapshot.server_major(target)
                snapshot.clear_postgresql(target)
                self._dumps.restore(_plain(target), payload, server_major=major)
        except exc.DBAPIError as error:
            raise DatabaseUnavailable(
                say("the target database failed: {error}", error=str(error.orig))
            ) from None

    def _check(
        self, manifest: Manifest, target: URL, previous: BackupResult | None
    ) -> RestoreReport:
        found = snapshot.contents_of(target)
        mismatches = tuple(
            CountMismatch(table, manifest.tables.get(table), found.tables.get(table))
            for table in sorted(set(manifest.tables) | set(found.tables))
            if manifest.tables.get(table) != found.tables.get(table)
        )
        audit = None
        if "audit_events" in found.tables:
            engine = create_engine_for(_plain(target))
            try:
                audit = verify(engine)
            finally:
                engine.dispose()
        shown = target.render_as_string(hide_password=True)
        return RestoreReport(manifest, shown, previous, mismatches, found.revision, audit)
