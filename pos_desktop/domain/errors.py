"""Errors that a cashier, a manager or a script reads.

Each carries a message in plain words; a ``ValidationError`` names the field it is about so the
GUI can put it next to that field and the CLI can print ``field: message``. Front ends show these
and never a traceback. Messages are ``say(...)`` phrases (domain/phrases.py): English for the CLI
and the log, translated by the desktop app into its user's language.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal

from pos_desktop.domain.phrases import say


class PosError(Exception):
    """Base of every error meant for the person at the terminal."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class FieldProblem:
    """One field and what is wrong with it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(PosError):
    """Input that cannot be accepted; lists every problem found, not only the first."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        self.problems = [problems] if isinstance(problems, FieldProblem) else list(problems)
        if not self.problems:
            raise ValueError("a ValidationError needs at least one problem")
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls(FieldProblem(field, message))

    def prefixed(self, prefix: str) -> ValidationError:
        """The same problems with fields named inside a bigger thing (``line 3: unit price``)."""
        return ValidationError(
            [
                FieldProblem(say("{where}: {field}", where=prefix, field=p.field), p.message)
                for p in self.problems
            ]
        )

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]


class InvalidCustomerCode(ValidationError):
    """A scanned or typed customer code that cannot be right (length, character, check)."""

    def __init__(self, message: str) -> None:
        super().__init__(FieldProblem("customer code", message))


class LargeTender(ValidationError):
    """Cash received far above what is due (a typo, a key held down); a till asks the cashier
    to confirm, a script passes the confirmation explicitly. Amounts for the question."""

    def __init__(
        self, field: str, message: str, *, amount: Decimal, due: Decimal, limit: Decimal
    ) -> None:
        super().__init__(FieldProblem(field, message))
        self.amount, self.due, self.limit = amount, due, limit


class NotFound(PosError):
    """The thing asked for does not exist (unknown code, number, user)."""


class PermissionDenied(PosError):
    """The acting user's role does not allow the action."""


class ApprovalRequired(PermissionDenied):
    """A cashier's action beyond a limit (a refund, a discount, a changed price) that goes
    through once a manager approves it in place.

    Front ends react to this type, never to the message's words: they ask for the manager's
    name and password and retry the same action with them; the service checks the manager.
    """


class ApprovalRefused(ApprovalRequired):
    """The approving manager was not accepted (wrong password, locked or disabled account, a
    role that may not approve): the action still waits for an approval. The refusal is audited
    even though the action is not saved."""


class Conflict(PosError):
    """The action lost a race or works on a stale copy; reload and try again."""


class DuplicateCustomer(PosError):
    """A customer with this email exists already; registering anyway must be deliberate."""

    def __init__(self, message: str, existing_code: str, existing_name: str) -> None:
        super().__init__(message)
        self.existing_code = existing_code
        self.existing_name = existing_name


class AuthenticationFailed(PosError):
    """Wrong user name or password: one message for both, so it tells no name exists."""


class AccountLocked(PosError):
    """Too many failed logins for a user name: the next try must wait ``seconds_left``."""

    def __init__(self, message: str, seconds_left: int) -> None:
        super().__init__(message)
        self.seconds_left = seconds_left


#: What a command says to someone who is not logged in (scripts may look for these words).
LOG_IN_FIRST = "log in first: pos-desktop login USER"


class LoginRequired(PosError):
    """Nobody is logged in for this command: no command-line session, or one that expired or
    was ended (logout, the user disabled, the password changed). The message says how to log in.
    """


class InvalidState(PosError):
    """The action does not fit the thing's state (voiding a voided invoice, paying a paid one)."""


class ProblemCollector:
    """Gathers the problems of several fields so a form reports all of them in one go.

    ``with problems.collect(): value = parse(...)`` records a ``ValidationError`` instead of
    raising it; ``raise_if_any()`` raises one error listing everything at the end.
    """

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    @contextmanager
    def collect(self, prefix: str | None = None) -> Iterator[None]:
        try:
            yield
        except ValidationError as err:
            self.problems.extend((err.prefixed(prefix) if prefix else err).problems)

    def add(self, field: str, message: str) -> None:
        self.problems.append(FieldProblem(field, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


class DatabaseUnavailable(PosError):
    """The database cannot be reached or is busy; nothing was saved, the action can be retried."""


class InDoubt(PosError):
    """COMMIT was sent but its answer never came: the action may or may not be saved.

    Never "nothing was saved": only the action's key can tell, once the database answers. A
    retry with the same ``key`` returns what was saved, or saves it now.
    """

    def __init__(self, message: str, key: str | None) -> None:
        super().__init__(message)
        self.key = key
