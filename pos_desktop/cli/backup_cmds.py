"""``backup`` and ``restore``: the database into one sealed file, and back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pos_desktop.cli.audit_cmds import EXIT_TAMPERED
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, pairs, warn
from pos_desktop.cli.passwords import read_password
from pos_desktop.services.backup import BackupResult, Manifest, RestoreReport

_PASSPHRASE_FILE = click.option(
    "--passphrase-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the passphrase from the first line of FILE (- for stdin) instead of asking.",
)


def manifest_document(manifest: Manifest) -> dict[str, Any]:
    return {
        "created_at": manifest.created_at.isoformat(),
        "terminal": manifest.terminal,
        "app_version": manifest.app_version,
        "backend": manifest.backend,
        "server": manifest.server,
        "schema_revision": manifest.schema_revision,
        "tables": manifest.tables,
        "rows": manifest.rows,
        "audit_last_entry": manifest.audit_last_seq,
        "audit_last_hash": manifest.audit_last_hash,
    }


def backup_document(result: BackupResult) -> dict[str, Any]:
    return {
        "file": str(result.path),
        "encrypted": result.encrypted,
        "manifest": manifest_document(result.manifest),
    }


@click.command("backup")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The backup file to write (default: a new file in the backup folder).",
)
@click.option("--encrypt", is_flag=True, help="Encrypt with a passphrase (AES-256-GCM, scrypt).")
@_PASSPHRASE_FILE
@click.option("--json", "as_json", is_flag=True)
@pass_context
def backup(
    obj: CliContext,
    /,
    *,
    out: Path | None,
    encrypt: bool,
    passphrase_file: Path | None,
    as_json: bool,
) -> None:
    """Back up the database while the tills keep selling, into one compressed file.

    The file holds a manifest (schema, rows per table, the last audit hash) and is readable by
    its owner only; --encrypt seals it with a passphrase."""
    passphrase = None
    if encrypt or passphrase_file is not None:
        passphrase = read_password(passphrase_file, prompt="Passphrase for the backup")
    services = obj.services(require_schema=False)
    result = services.backups.backup(obj.actor, out=out, passphrase=passphrase)
    if as_json:
        emit_json(backup_document(result))
        return
    manifest = result.manifest
    pairs(
        [
            ("backup", str(result.path)),
            ("encrypted", "yes" if result.encrypted else "no"),
            ("database", f"{manifest.server}, schema {manifest.schema_revision}"),
            ("rows", f"{manifest.rows} in {len(manifest.tables)} tables"),
            ("audit", _audit_text(manifest)),
        ]
    )


def _audit_text(manifest: Manifest) -> str:
    if manifest.audit_last_hash is None:
        return "no entries"
    return f"last entry #{manifest.audit_last_seq}: {manifest.audit_last_hash}"


def restore_document(report: RestoreReport) -> dict[str, Any]:
    audit = report.audit
    return {
        "ok": report.ok,
        "into": report.into,
        "previous_backup": None if report.previous is None else str(report.previous.path),
        "schema_revision": report.revision,
        "mismatches": [
            {"table": m.table, "expected": m.expected, "found": m.found} for m in report.mismatches
        ],
        "audit": None
        if audit is None
        else {
            "entries": audit.entries,
            "intact": audit.intact,
            "last_entry": audit.head_seq,
            "last_hash": audit.head_hash,
            "matches_manifest": report.audit_matches,
        },
        "manifest": manifest_document(report.manifest),
    }


@click.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--into", "into", required=True, metavar="URL", help="The database to restore into.")
@click.option(
    "--force",
    is_flag=True,
    help="Restore into a database that holds data: it is backed up first, then replaced.",
)
@_PASSPHRASE_FILE
@click.option("--json", "as_json", is_flag=True)
@pass_context
def restore(
    obj: CliContext,
    /,
    *,
    file: Path,
    into: str,
    force: bool,
    passphrase_file: Path | None,
    as_json: bool,
) -> None:
    """Restore backup FILE into an empty database and check it against its manifest.

    The rows per table are counted and the audit chain verified (exit 6 when they differ from
    the manifest). SQLite backups restore into SQLite, PostgreSQL ones into PostgreSQL."""
    services = obj.services(require_schema=False)

    def passphrase() -> str:
        if passphrase_file is not None:
            return read_password(passphrase_file)
        return str(click.prompt("Passphrase of the backup", hide_input=True))

    report = services.backups.restore(obj.actor, file, into, force=force, passphrase=passphrase)
    if as_json:
        emit_json(restore_document(report))
    else:
        _print_restore(report)
    if not report.ok:
        raise click.exceptions.Exit(EXIT_TAMPERED)


def _print_restore(report: RestoreReport) -> None:
    manifest = report.manifest
    if report.previous is not None:
        click.echo(f"The database that was there is backed up in {report.previous.path}")
    click.echo(
        f"Restored the backup of {manifest.created_at:%Y-%m-%d %H:%M:%S} UTC (terminal "
        f"{manifest.terminal}) into {report.into}"
    )
    if report.mismatches:
        warn(f"{len(report.mismatches)} tables differ from the backup's manifest:")
        for m in report.mismatches:
            click.echo(f"  {m.table}: expected {m.expected}, found {m.found}", err=True)
    else:
        click.echo(f"{manifest.rows} rows in {len(manifest.tables)} tables, as in the manifest")
    if report.revision != manifest.schema_revision:
        warn(f"schema {report.revision}, the manifest says {manifest.schema_revision}")
    audit = report.audit
    if audit is not None and report.audit_matches:
        click.echo(f"audit: {audit.entries} entries, chain intact, last hash as in the manifest")
    elif audit is not None:
        state = "intact" if audit.intact else "BROKEN"
        warn(
            f"audit: chain {state}, last entry #{audit.head_seq} {audit.head_hash}; the manifest "
            f"says #{manifest.audit_last_seq} {manifest.audit_last_hash}"
        )
