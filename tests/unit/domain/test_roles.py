"""Who may do what at the till."""

from __future__ import annotations

import pytest

from pos_desktop.domain.errors import PermissionDenied
from pos_desktop.domain.roles import Actor, Permission, Role

CASHIER = Actor(3, "carl", Role.CASHIER, "carl")
MANAGER = Actor(2, "maria", Role.MANAGER, "maria")
ADMIN = Actor(1, "admin", Role.ADMIN, "admin")
CLI = Actor(None, "cli:ops", Role.ADMIN, "cli:ops")

SELLING = [
    Permission.CUSTOMER_REGISTER,
    Permission.CUSTOMER_VIEW,
    Permission.CUSTOMER_EDIT,
    Permission.INVOICE_CREATE,
    Permission.INVOICE_VIEW,
    Permission.INVOICE_PAY,
    Permission.CASH_SESSION,
    Permission.INVOICE_REFUND,
]
MANAGING = [
    Permission.INVOICE_EDIT,
    Permission.INVOICE_VOID,
    Permission.PRODUCT_MANAGE,
    Permission.REPORT_VIEW,
    Permission.OUTBOX_MANAGE,
    Permission.REFUND_APPROVE,
    Permission.DISCOUNT_APPROVE,
    Permission.REVERSE_CHARGE,
    Permission.CUSTOMER_IMPORT,
    Permission.DATA_EXPORT,
    Permission.WORKSHOP_MANAGE,
]
ADMINISTERING = [
    Permission.USER_MANAGE,
    Permission.EXHIBITION_MANAGE,
    Permission.SETTINGS_MANAGE,
    Permission.AUDIT_VIEW,
]


def test_the_lists_above_cover_every_permission() -> None:
    assert set(SELLING + MANAGING + ADMINISTERING) == set(Permission)


@pytest.mark.parametrize("permission", SELLING)
def test_everyone_can_sell(permission: Permission) -> None:
    for actor in (CASHIER, MANAGER, ADMIN):
        actor.require(permission)


@pytest.mark.parametrize("permission", MANAGING + ADMINISTERING)
def test_a_cashier_can_only_sell(permission: Permission) -> None:
    assert not CASHIER.can(permission)
    with pytest.raises(PermissionDenied):
        CASHIER.require(permission)


@pytest.mark.parametrize("permission", MANAGING)
def test_a_manager_can_void_edit_and_report(permission: Permission) -> None:
    assert MANAGER.can(permission)
    MANAGER.require(permission)


@pytest.mark.parametrize("permission", ADMINISTERING)
def test_a_manager_cannot_administer(permission: Permission) -> None:
    assert not MANAGER.can(permission)


@pytest.mark.parametrize("permission", list(Permission))
def test_an_admin_and_the_command_line_can_do_everything(permission: Permission) -> None:
    ADMIN.require(permission)
    CLI.require(permission)


def test_a_cashier_cannot_void_and_is_told_why() -> None:
    with pytest.raises(PermissionDenied) as caught:
        CASHIER.require(Permission.INVOICE_VOID)
    assert str(caught.value) == "carl (cashier) may not do this: needs invoice.void"
