"""What an import did, row by row in counts: the one shape the wizard, the CLI and the audit read.

``created + updated + unchanged + rejected == rows`` always: every data row of the file ends in
exactly one of the four, and a rejected row says its row number, field and reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from pos_desktop.domain.phrases import say

#: Details kept in memory for the report; the rejects file holds every rejected row.
DETAILS_KEPT = 1000


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


class DuplicatePolicy(StrEnum):
    """What a row that matches an existing customer does."""

    UPDATE = "update"
    SKIP = "skip"
    CREATE = "create"


class EmailPolicy(StrEnum):
    """An invalid email: lose the row (into the rejects file) or keep the customer without it."""

    REJECT = "reject"
    KEEP = "keep"


MATCH_RULES = (
    say("external id: the source's own id equals a customer's external reference"),
    say("email: the same address (case ignored)"),
    say("phone: the same number in E.164"),
    say("name and company: only for a row with no id, email or phone"),
)


@dataclass(frozen=True, slots=True)
class RowNote:
    row: int
    field: str
    reason: str


@dataclass
class ImportReport:
    file: str
    kind: str
    encoding: str | None
    delimiter: str | None
    dry_run: bool
    on_duplicate: DuplicatePolicy
    invalid_email: EmailPolicy
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    matched_by: Counter[str] = field(default_factory=Counter)
    per_country: Counter[str] = field(default_factory=Counter)
    per_type: Counter[str] = field(default_factory=Counter)
    rejected_rows: list[RowNote] = field(default_factory=list)
    warning_rows: list[RowNote] = field(default_factory=list)
    rejects_file: str | None = None
    cancelled: bool = False
    finished: bool = False
    #: The file's columns that no customer field takes: said, not silently dropped.
    ignored_columns: tuple[str, ...] = ()
    #: A mixed or guessed encoding: what to check (the rows are in ``warning_rows``).
    encoding_note: str | None = None

    def count(self, outcome: Outcome, rows: int = 1) -> None:
        self.rows += rows
        setattr(self, outcome.value, getattr(self, outcome.value) + rows)

    def reject(self, row: int, field_name: str, kind: str, reason: str) -> None:
        self.reasons[kind] += 1
        if len(self.rejected_rows) < DETAILS_KEPT:
            self.rejected_rows.append(RowNote(row, field_name, reason))

    def warn(self, row: int, field_name: str, kind: str, reason: str) -> None:
        self.warnings[kind] += 1
        if len(self.warning_rows) < DETAILS_KEPT:
            self.warning_rows.append(RowNote(row, field_name, reason))

    @property
    def adds_up(self) -> bool:
        return self.created + self.updated + self.unchanged + self.rejected == self.rows

    def snapshot(self) -> ImportReport:
        """A copy for another thread (the progress bar) while this one keeps counting."""
        return replace(
            self,
            reasons=Counter(self.reasons),
            warnings=Counter(self.warnings),
            matched_by=Counter(self.matched_by),
            per_country=Counter(self.per_country),
            per_type=Counter(self.per_type),
            rejected_rows=list(self.rejected_rows),
            warning_rows=list(self.warning_rows),
        )

    def counts(self) -> dict[str, Any]:
        """The audit entry's and ``--json``'s figures (field names are a contract)."""
        return {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "reasons": dict(sorted(self.reasons.items())),
            "warnings": dict(sorted(self.warnings.items())),
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.kind,
            "encoding": self.encoding,
            "encoding_note": self.encoding_note,
            "delimiter": self.delimiter,
            "dry_run": self.dry_run,
            "on_duplicate": self.on_duplicate.value,
            "invalid_email": self.invalid_email.value,
            **self.counts(),
            "matched_by": dict(sorted(self.matched_by.items())),
            "per_country": dict(sorted(self.per_country.items())),
            "per_type": dict(sorted(self.per_type.items())),
            "rejected_rows": [
                {"row": n.row, "field": n.field, "reason": n.reason} for n in self.rejected_rows
            ],
            "warning_rows": [
                {"row": n.row, "field": n.field, "reason": n.reason} for n in self.warning_rows
            ],
            "rejects_file": self.rejects_file,
            "cancelled": self.cancelled,
            "ignored_columns": list(self.ignored_columns),
        }
