"""Who may do what. Services call :meth:`Actor.require` before touching anything.

The GUI hides what a role cannot do, but the guard is here, so a script, a second front end or
a crafted call gets the same answer as the button that is not shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pos_desktop.domain.errors import PermissionDenied
from pos_desktop.domain.phrases import say


class Role(StrEnum):
    CASHIER = "cashier"
    MANAGER = "manager"
    ADMIN = "admin"


class Permission(StrEnum):
    CUSTOMER_REGISTER = "customer.register"
    CUSTOMER_VIEW = "customer.view"
    CUSTOMER_EDIT = "customer.edit"
    CUSTOMER_IMPORT = "customer.import"
    DATA_EXPORT = "data.export"
    INVOICE_CREATE = "invoice.create"
    INVOICE_VIEW = "invoice.view"
    INVOICE_PAY = "invoice.pay"
    INVOICE_EDIT = "invoice.edit"
    INVOICE_VOID = "invoice.void"
    PRODUCT_MANAGE = "product.manage"
    REPORT_VIEW = "report.view"
    USER_MANAGE = "user.manage"
    EXHIBITION_MANAGE = "exhibition.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_VIEW = "audit.view"
    OUTBOX_MANAGE = "outbox.manage"  # retry or cancel other people's emails
    CASH_SESSION = "cash.session"
    INVOICE_REFUND = "invoice.refund"
    REFUND_APPROVE = "refund.approve"
    DISCOUNT_APPROVE = "discount.approve"
    #: Put the reverse-charge note on a sale to a business in another EU country.
    REVERSE_CHARGE = "invoice.reverse_charge"
    #: Set up, cancel workshops and send their certificates.
    WORKSHOP_MANAGE = "workshop.manage"


_CASHIER = frozenset(
    {
        Permission.CUSTOMER_REGISTER,
        Permission.CUSTOMER_VIEW,
        Permission.CUSTOMER_EDIT,
        Permission.INVOICE_CREATE,
        Permission.INVOICE_VIEW,
        Permission.INVOICE_PAY,
        Permission.CASH_SESSION,
        Permission.INVOICE_REFUND,
    }
)
_MANAGER = _CASHIER | {
    Permission.REFUND_APPROVE,
    Permission.DISCOUNT_APPROVE,
    Permission.REVERSE_CHARGE,
    Permission.CUSTOMER_IMPORT,
    Permission.DATA_EXPORT,
    Permission.INVOICE_EDIT,
    Permission.INVOICE_VOID,
    Permission.PRODUCT_MANAGE,
    Permission.REPORT_VIEW,
    Permission.OUTBOX_MANAGE,
    Permission.WORKSHOP_MANAGE,
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: _CASHIER,
    Role.MANAGER: _MANAGER,
    Role.ADMIN: frozenset(Permission),
}


@dataclass(frozen=True, slots=True)
class Actor:
    """The person (or script) on whose behalf a service acts, as the audit log names them.

    ``user_id`` is ``None`` only for what runs before anyone can log in: ``init`` and
    ``db upgrade`` on the command line act as the operating-system user (``label``
    ``cli:<login>``) with admin rights. Everything else acts as a logged-in user, the command
    line included (``services/cli_sessions.py``).
    """

    user_id: int | None
    username: str
    role: Role
    label: str
    #: The user's language for the UI (domain/languages.py; ``""``: the system's). A
    #: preference carried with the login, so the window is built in it at once.
    language: str = ""

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                say(
                    "{user} ({role}) may not do this: needs {permission}",
                    user=self.label,
                    role=self.role.value,
                    permission=permission.value,
                )
            )
