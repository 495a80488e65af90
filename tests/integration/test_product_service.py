"""Managing the catalogue: change, retire, find, list; on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from decimal import Decimal
from typing import Any

import psycopg
import pytest

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor
from pos_desktop.services.product_fields import ProductFields
from pos_desktop.services.products import ProductView
from pos_desktop.services.sales import SaleInput
from tests.conftest import FAST_HASHER, Staff


@pytest.fixture
def mug(services: Services, staff: Staff) -> ProductView:
    return services.products.add(
        staff.manager,
        sku="mug-1",
        name="Booth mug",
        price="9.50",
        vat_rate="20",
        barcodes=["4006381333931"],
    )


def edit(services: Services, actor: Actor, product: ProductView, **changes: Any) -> ProductView:
    """``product`` saved with ``changes``, its other fields as they are (the form sends all)."""
    fields: dict[str, Any] = {
        "sku": product.sku,
        "name": product.name,
        "price": format(product.price, "f"),
        "vat_rate": format(product.vat_rate, "f"),
    }
    return services.products.edit(
        actor, product.id, expected_version=product.version, **(fields | changes)
    )


def test_a_manager_changes_a_price_and_the_audit_log_keeps_before_and_after(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    changed = edit(
        services,
        staff.manager,
        mug,
        name="Booth mug (large)",
        price="11.00",
        vat_rate="20",
        barcodes=mug.barcodes,
    )

    assert (changed.name, changed.price) == ("Booth mug (large)", Decimal("11.00"))
    assert services.products.find(staff.cashier, "4006381333931").price == Decimal("11.00")
    [entry] = services.audit.entries(staff.admin, action="product.edit")
    assert entry.actor == "maria"
    assert entry.before is not None and entry.after is not None
    assert (entry.before["price"], entry.after["price"]) == ("9.50", "11.00")
    assert "name, price" in entry.summary


def test_what_was_sold_keeps_its_price_after_the_product_changes(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    line = LineInput(mug.name, Decimal(1), mug.price, mug.vat_rate, product_id=mug.id)
    sold = services.billing.create_invoice(
        staff.cashier, SaleInput([line], None, [PaymentInput(PaymentMethod.CASH, mug.price)])
    )
    edit(services, staff.manager, mug, name="Mug", price="12.00", vat_rate="20")
    assert sold.number is not None
    [stored] = services.billing.get(staff.admin, sold.number).lines
    assert (stored.description, stored.gross) == ("Booth mug", Decimal("9.50"))


def test_a_retired_product_cannot_be_scanned_but_managers_still_list_it(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    edit(
        services,
        staff.manager,
        mug,
        price="9.50",
        vat_rate="20",
        barcodes=mug.barcodes,
        active=False,
    )

    with pytest.raises(NotFound):
        services.products.find(staff.cashier, "MUG-1")
    assert services.products.list_products(staff.cashier) == []
    [listed] = services.products.list_products(staff.manager, include_inactive=True)
    assert (listed.sku, listed.active) == ("MUG-1", False)
    with pytest.raises(PermissionDenied):
        services.products.list_products(staff.cashier, include_inactive=True)


def test_cashiers_cannot_change_products(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    with pytest.raises(PermissionDenied):
        edit(services, staff.cashier, mug, price="0.01", vat_rate="20")
    assert services.products.find(staff.cashier, "MUG-1").price == Decimal("9.50")


def test_a_stale_edit_and_a_taken_barcode_are_refused(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    other = services.products.add(staff.manager, sku="CAP", name="Cap", price="15", vat_rate="20")
    with pytest.raises(Conflict, match="already used by MUG-1"):
        edit(
            services,
            staff.manager,
            other,
            sku="CAP",
            name="Cap",
            price="15",
            vat_rate="20",
            barcodes=["4006381333931"],
        )

    def rename() -> None:
        edit(services, staff.manager, mug, sku="MUG-1", name="Mug", price="9.50", vat_rate="20")

    rename()
    with pytest.raises(Conflict, match="changed meanwhile"):
        rename()


def test_every_problem_of_the_form_is_named(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    with pytest.raises(ValidationError) as caught:
        edit(services, staff.manager, mug, sku="has space", name="", price="abc", vat_rate="250")
    assert {p.field for p in caught.value.problems} >= {"SKU", "name", "price"}


def test_the_list_pages_by_name_and_searches_sku_barcode_and_name(
    services: Services, staff: Staff
) -> None:
    for n in range(7):
        services.products.add(
            staff.manager, sku=f"P{n}", name=f"Poster {6 - n}", price="5", vat_rate="20"
        )
    first = services.products.list_products(staff.cashier, limit=4)
    rest = services.products.list_products(staff.cashier, limit=4, after=first[-1])
    assert [p.name for p in first + rest] == [f"Poster {n}" for n in range(7)]
    assert [p.sku for p in services.products.list_products(staff.cashier, text="p3")] == ["P3"]
    assert len(services.products.list_products(staff.cashier, text="poster")) == 7


def test_any_of_a_products_barcodes_finds_it_and_the_search_too(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    both = edit(  # the single mug and its gift box
        services, staff.manager, mug, barcodes=["4006381333931", "96385074"]
    )
    assert both.barcodes == ("4006381333931", "96385074")
    assert both.barcode == "4006381333931"  # the first, as before there were several
    for code in ("4006381333931", "96385074", "mug-1"):
        assert services.products.find(staff.cashier, code).id == mug.id
    [found] = services.products.list_products(staff.cashier, text="963850")
    assert found.barcodes == ("4006381333931", "96385074")
    [entry] = services.audit.entries(staff.admin, action="product.edit")
    assert entry.before is not None and entry.after is not None
    assert (entry.before["barcodes"], entry.after["barcodes"]) == (
        ["4006381333931"],
        ["4006381333931", "96385074"],
    )
    assert entry.summary.endswith("changed: barcodes")


def test_a_barcode_of_another_product_is_refused_naming_it_and_nothing_is_saved(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    with pytest.raises(Conflict, match=r"barcode 4006381333931 is already used by MUG-1 \("):
        services.products.add(
            staff.manager,
            sku="CAP",
            name="Cap",
            price="15",
            vat_rate="20",
            barcodes=["96385074", "4006381333931"],
        )
    with pytest.raises(Conflict, match="SKU 4006381333931 is already used by MUG-1"):
        services.products.add(
            staff.manager, sku="4006381333931", name="Cap", price="15", vat_rate="20"
        )
    assert [p.sku for p in services.products.list_products(staff.manager)] == ["MUG-1"]
    with pytest.raises(NotFound):
        services.products.find(staff.cashier, "96385074")  # the free one was not kept either
    assert services.audit.entries(staff.admin, action="product.add")[0].entity_key == "MUG-1"
    assert len(services.audit.entries(staff.admin, action="product.add")) == 1


def test_a_barcode_taken_off_one_product_sells_another_and_bad_ones_are_named(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    edit(services, staff.manager, mug, price="9.50", vat_rate="20", barcodes=[])
    cap = services.products.add(
        staff.manager,
        sku="CAP",
        name="Cap",
        price="15",
        vat_rate="20",
        barcodes=["4006381333931 96385074", "96385074"],  # one field with two; one twice
    )
    assert cap.barcodes == ("4006381333931", "96385074")
    assert services.products.find(staff.cashier, "4006381333931").sku == "CAP"
    with pytest.raises(ValidationError, match="'400-638': use up to 40 letters and digits"):
        services.products.add(
            staff.manager, sku="HAT", name="Hat", price="5", vat_rate="20", barcodes=["400-638"]
        )


def test_an_edit_that_changes_nothing_writes_nothing(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    same = edit(
        services,
        staff.manager,
        mug,
        sku="MUG-1",
        name="Booth mug",
        price="9.5",
        vat_rate="20.0",
        barcodes=mug.barcodes,
    )
    assert same.version == mug.version
    assert services.audit.entries(staff.admin, action="product.edit") == []


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_two_terminals_adding_the_same_barcode_at_once_get_the_product_named_not_an_error(
    services: Services, staff: Staff, settings: Settings
) -> None:
    # The other terminal's product is written but not yet committed: this terminal's check
    # cannot see it, and its INSERT waits on the unique index until the other one commits.
    other = build_services(settings, hasher=FAST_HASHER)
    fields = ProductFields("TOTE", "Tote bag", "5", "19", ["4006381333931"])
    outcome: list[object] = []
    try:
        with other.db.unit_of_work() as uow:
            other.products.add_in(uow.session, staff.manager, fields)
            uow.session.flush()
            adding = threading.Thread(
                target=lambda: outcome.append(_outcome(services, staff.manager)), daemon=True
            )
            adding.start()
            _wait_until_blocked(settings.database.url)
            uow.commit()
        adding.join(30)
    finally:
        other.close()
    [result] = outcome
    assert isinstance(result, Conflict)
    assert str(result) == "barcode 4006381333931 is already used by TOTE (Tote bag)"
    # the refused product was not saved, the other terminal's is
    assert [p.sku for p in services.products.list_products(staff.manager)] == ["TOTE"]


def _outcome(services: Services, actor: Actor) -> object:
    try:
        return services.products.add(
            actor, sku="BAG", name="Bag", price="6", vat_rate="19", barcodes=["4006381333931"]
        )
    except Exception as error:  # the test looks at what came out
        return error


def _wait_until_blocked(url: str) -> None:
    """Until another session of the database waits for a lock (the INSERT on the index)."""
    deadline = time.monotonic() + 20
    with psycopg.connect(url) as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database()"
            ).fetchone()
            if waiting and waiting[0]:
                return
            time.sleep(0.02)
    raise AssertionError("the second terminal's INSERT never waited for the first")
