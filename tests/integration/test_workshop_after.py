"""After the talk, on SQLite and PostgreSQL: certificates go once per attendee (a second run
reaches only those checked in since), the signature image is on the PDF, the no-show list, and
a day's figures (booked, checked in, no-shows, waitlist, conversions, revenue)."""

from __future__ import annotations

import io
from datetime import UTC, date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import InvalidState, PermissionDenied
from tests.conftest import Staff
from tests.support.clock import START, FakeClock
from tests.support.workshops import add_workshop, customer, sell_seats

D = Decimal


def certificates_to(services: Services, staff: Staff) -> list[str]:
    return sorted(
        m.recipient for m in services.outbox.messages(staff.manager) if m.kind == "certificate"
    )


def images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_certificates_go_once_per_attendee_and_later_ones_to_the_new_only(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    add_workshop(services, staff.manager)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    bob = customer(services, staff.cashier, "Bob Brown")
    sell_seats(services, staff.cashier, "TALK1", ada, seats=2)
    sell_seats(services, staff.cashier, "TALK1", bob)
    services.workshops.check_in(staff.cashier, "TALK1", ada)
    clock.advance(hours=5)
    assert services.workshops.queue_certificates(staff.manager, "TALK1") == 1
    assert services.workshops.queue_certificates(staff.manager, "TALK1") == 0
    assert certificates_to(services, staff) == ["ada@example.org"]

    # Late at the door: Bob, and Ada's second seat (her guest); only Bob is new.
    services.workshops.check_in(staff.cashier, "TALK1", bob)
    services.workshops.check_in(staff.cashier, "TALK1", ada)
    assert services.workshops.queue_certificates(staff.manager, "TALK1") == 1
    assert certificates_to(services, staff) == ["ada@example.org", "bob@example.org"]
    summaries = [
        e.summary for e in services.audit.entries(staff.admin, action="workshop.certificates")
    ]
    assert sorted(summaries) == [
        "certificates for workshop TALK1: 0 queued, 1 sent before",
        "certificates for workshop TALK1: 1 queued, 0 sent before",
        "certificates for workshop TALK1: 1 queued, 1 sent before",
    ]


def test_the_signature_image_is_drawn_on_the_certificate(
    services: Services, staff: Staff, clock: FakeClock, tmp_path: Path
) -> None:
    add_workshop(services, staff.manager)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    sell_seats(services, staff.cashier, "TALK1", ada)
    services.workshops.check_in(staff.cashier, "TALK1", ada)
    assert services.settings.email.logo == ""
    assert images(services.workshops.render_certificate_pdf(f"TALK1|{ada}")) == 0

    signature = tmp_path / "signature.png"
    Image.new("RGBA", (300, 120), (20, 40, 120, 255)).save(signature)
    services.settings.workshops.certificate_signature = str(signature)
    pdf = services.workshops.render_certificate_pdf(f"TALK1|{ada}")
    assert images(pdf) == 1
    [page] = PdfReader(io.BytesIO(pdf)).pages
    [drawn] = page.images
    assert drawn.image is not None
    assert drawn.image.size == (300, 120)
    # A file that went missing leaves the certificate without it rather than unsent.
    services.settings.workshops.certificate_signature = str(tmp_path / "gone.png")
    assert images(services.workshops.render_certificate_pdf(f"TALK1|{ada}")) == 0


def test_no_shows_are_who_booked_and_did_not_come_after_the_end(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    add_workshop(services, staff.manager)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    bob = customer(services, staff.cashier, "Bob Brown", "bob@example.org")
    cleo = customer(services, staff.cashier, "Cleo Clark")
    dan = customer(services, staff.cashier, "Dan Dorsey")
    sell_seats(services, staff.cashier, "TALK1", ada)
    sell_seats(services, staff.cashier, "TALK1", bob, seats=2)
    sell_seats(services, staff.cashier, "TALK1", cleo)
    dans = sell_seats(services, staff.cashier, "TALK1", dan)
    services.billing.void(staff.manager, dans.number or "", reason="Dan cannot come")
    services.workshops.check_in(staff.cashier, "TALK1", ada)
    services.workshops.check_in(staff.cashier, "TALK1", bob)
    with pytest.raises(InvalidState, match="no-shows after that"):
        services.workshops.no_shows(staff.manager, "TALK1")
    with pytest.raises(PermissionDenied):
        services.workshops.no_shows(staff.cashier, "TALK1")
    clock.advance(hours=5)
    missing = services.workshops.no_shows(staff.manager, "TALK1")
    assert [(n.name, n.email, n.seats, n.checked_in) for n in missing] == [
        ("Bob Brown", "bob@example.org", 2, 1),
        ("Cleo Clark", "cleo@example.org", 1, 0),
    ]
    assert [n.customer_code for n in missing] == [bob, cleo]


def test_a_days_figures_per_workshop_and_in_total(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    add_workshop(services, staff.manager, capacity=2)  # 14:00, 25.00 a seat
    add_workshop(services, staff.manager, "TALK2", capacity=5, price="0", hours_later=6)
    add_workshop(services, staff.manager, "TOMORROW", hours_later=28)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    bob = customer(services, staff.cashier, "Bob Brown")
    cleo = customer(services, staff.cashier, "Cleo Clark")
    dan = customer(services, staff.cashier, "Dan Dorsey")
    adas = sell_seats(services, staff.cashier, "TALK1", ada)
    sell_seats(services, staff.cashier, "TALK1", bob)
    services.workshops.join_waitlist(staff.cashier, "TALK1", cleo)
    services.workshops.join_waitlist(staff.cashier, "TALK1", dan)
    services.refunds.refund(staff.cashier, adas.number or "", method="cash", reason="ill")
    sell_seats(services, staff.cashier, "TALK1", cleo)  # took the offer: a conversion
    sell_seats(services, staff.cashier, "TALK2", ada)
    services.workshops.check_in(staff.cashier, "TALK1", bob)
    clock.advance(hours=5)  # TALK1 has ended, TALK2 not yet

    day = services.workshops.day_stats(staff.manager, START.date(), UTC)
    assert day.day == date(2026, 5, 4)
    figures = [
        (w.code, w.booked, w.capacity, w.checked_in, w.no_shows, w.waitlist, w.conversions)
        for w in day.workshops
    ]
    assert figures == [("TALK1", 2, 2, 1, 1, 1, 1), ("TALK2", 1, 5, 0, None, 0, 0)]
    # Three seats of TALK1 sold, Ada's refunded.
    assert [w.revenue for w in day.workshops] == [D("50.00"), D("0.00")]
    assert (day.total("booked"), day.total("no_shows"), day.revenue) == (3, 1, D("50.00"))
    assert services.workshops.day_stats(staff.manager, tz=UTC).day == START.date()  # today
    tomorrow = services.workshops.day_stats(staff.manager, START.date() + timedelta(days=1), UTC)
    assert [w.code for w in tomorrow.workshops] == ["TOMORROW"]
    with pytest.raises(PermissionDenied):
        services.workshops.day_stats(staff.cashier)
