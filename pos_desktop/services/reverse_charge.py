"""Whether a sale may carry the reverse-charge note: a manager's choice, for a buyer with a
valid VAT ID of another EU country than the seller's (``domain.vat_id``).

The line VAT stays what the settings and the cashier made it: the note says who accounts for
the VAT, it does not change the amounts.
"""

from __future__ import annotations

from pos_desktop.config import SellerSettings
from pos_desktop.domain.errors import PermissionDenied, ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.vat_id import reverse_charge_problem, vat_country
from pos_desktop.storage.models import Customer

FIELD = say("reverse charge")


def seller_country(seller: SellerSettings | None) -> str | None:
    """``seller.country``, else the country of ``seller.vat_id``; ``None`` when neither is set."""
    if seller is None:
        return None
    if seller.country:
        return seller.country
    return vat_country(seller.vat_id) if seller.vat_id else None


def check_reverse_charge(
    actor: Actor, customer: Customer | None, seller: SellerSettings | None
) -> None:
    """Refuse the reverse charge unless ``actor`` may choose it and the buyer qualifies."""
    if not actor.can(Permission.REVERSE_CHARGE):
        raise PermissionDenied(
            say(
                "{name} ({role}) may not choose reverse charge: a manager must",
                name=actor.label,
                role=actor.role.value,
            )
        )
    if customer is None:
        raise ValidationError.single(FIELD, say("a walk-in sale has no buyer with a VAT ID"))
    problem = reverse_charge_problem(customer.vat_id, seller_country(seller))
    if problem is not None:
        raise ValidationError.single(FIELD, problem)
