"""The manifest inside every backup: what the database held when it was copied.

Restore compares the restored database with it (rows per table, the audit chain's last entry)
before saying it worked; a person reads it with ``backup --json`` or from the file's
``manifest.json``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from pos_desktop.domain.backup import BackupDamaged
from pos_desktop.domain.phrases import say

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Manifest:
    created_at: datetime
    terminal: str
    app_version: str
    backend: str  # "sqlite" or "postgresql"
    server: str
    schema_revision: str | None
    tables: dict[str, int]
    audit_last_seq: int | None
    audit_last_hash: str | None
    #: The database file or dump inside the archive: its name, size and SHA-256.
    payload_name: str
    payload_size: int
    payload_sha256: str
    format_version: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.tables.values())

    def to_json(self) -> bytes:
        document = asdict(self)
        document["created_at"] = self.created_at.isoformat()
        return json.dumps(document, sort_keys=True, indent=2).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        try:
            document = json.loads(data)
            document["created_at"] = datetime.fromisoformat(document["created_at"])
            document["tables"] = {str(k): int(v) for k, v in document["tables"].items()}
            return cls(**document)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise BackupDamaged(
                say("the backup's manifest cannot be read ({error})", error=str(error))
            ) from None
