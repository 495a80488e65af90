"""The email outbox against a real SMTP server on loopback (aiosmtpd), on SQLite and PostgreSQL.

What a booth would notice: the welcome arrives with a QR that scans back to the code; a server
that is down, slow, refuses the login or the address, or hangs up leaves the message waiting
with a reason a person can read, and never stops a registration or a sale.
"""

from __future__ import annotations

import io
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import InvalidState, NotFound, PermissionDenied, ValidationError
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.outbox import CLAIM_LEASE, MessageKind, MessageState
from pos_desktop.services.email_documents import AttachmentRenderer
from pos_desktop.services.outbox import EmailNotSent, OutboxEntry, OutboxSender
from pos_desktop.services.sales import SaleInput
from tests.conftest import PASSWORD, Staff
from tests.support.cli import entry_point, process_env
from tests.support.clock import FakeClock
from tests.support.network import closed_port
from tests.support.pdf_reading import page_texts
from tests.support.smtp_server import SmtpServer

D = Decimal
SENDER = "booth@shop.example"


@pytest.fixture
def smtp_port() -> int:
    return closed_port()


@pytest.fixture
def mail(services: Services, smtp_port: int) -> Services:
    """Services whose SMTP settings point at 127.0.0.1:``smtp_port``, plain, short timeouts."""
    smtp = services.settings.smtp
    smtp.host, smtp.port, smtp.security, smtp.sender = "127.0.0.1", smtp_port, "none", SENDER
    mailer = services.outbox_sender.mailer
    assert isinstance(mailer, SmtpMailer)
    mailer.timeout = 1.0
    return services


@pytest.fixture
def server(mail: Services, smtp_port: int) -> Iterator[SmtpServer]:
    with SmtpServer(port=smtp_port) as running:
        yield running


def register(services: Services, staff: Staff, email: str = "ada@example.org") -> str:
    return services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email=email)
    ).code


def status(services: Services, staff: Staff, code: str) -> OutboxEntry:
    entry = services.outbox.customer_status(staff.cashier, code)
    assert entry is not None
    return entry


def decode_png(data: bytes) -> list[str]:
    image = Image.open(io.BytesIO(data)).convert("L")
    return [r.text for r in zxingcpp.read_barcodes(np.asarray(image))]


def parts(message: EmailMessage) -> dict[str, EmailMessage]:
    return {
        str(p.get_filename() or p.get_content_type()): p
        for p in message.walk()
        if not p.is_multipart()
    }


def test_welcome_arrives_with_a_qr_that_scans_back_to_the_code(
    mail: Services, staff: Staff, server: SmtpServer
) -> None:
    code = register(mail, staff)
    assert status(mail, staff, code).status_text == "queued"

    report = mail.outbox_sender.send_due()

    assert report.sent == 1, report
    (received,) = server.received
    assert received.rcpt_tos == ["ada@example.org"]
    message = received.message
    display = CustomerCode(code).display
    assert message["Subject"] == f"Your customer code for Expo 2024: {display}"
    assert message["From"] == SENDER
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    assert display in text.get_content() and "Ada Lovelace" in text.get_content()
    assert "How to use it at the counter" in text.get_content()
    assert "cid:customer-qr" in html.get_content()
    pngs = [p for p in message.walk() if p.get_content_type() == "image/png"]
    inline = [p for p in pngs if p["Content-ID"] == "<customer-qr>"]
    attached = [p for p in pngs if p.get_content_disposition() == "attachment"]
    assert len(inline) == 1 and len(attached) == 1
    for png in pngs:
        payload = png.get_payload(decode=True)
        assert isinstance(payload, bytes)
        assert decode_png(payload) == [code]
    assert status(mail, staff, code).status_text == "sent"
    assert mail.outbox.waiting_count() == 0


def test_a_german_exhibition_gets_the_german_welcome(
    mail: Services, staff: Staff, server: SmtpServer
) -> None:
    from pos_desktop.storage.models import Exhibition

    with mail.db.unit_of_work() as uow:
        for exhibition in uow.session.query(Exhibition):
            exhibition.language = "de-DE"
        uow.commit()
    code = register(mail, staff)
    mail.outbox_sender.send_due()
    (message,) = server.messages
    assert message["Subject"].startswith("Ihre Kundennummer für Expo 2024")
    body = message.get_body(("plain",))
    assert body is not None and "So nutzen Sie sie an der Kasse" in body.get_content()
    assert CustomerCode(code).display in body.get_content()


def test_server_down_at_registration_delivers_once_when_it_comes_up(
    mail: Services, staff: Staff, clock: FakeClock, smtp_port: int
) -> None:
    started = time.monotonic()
    code = register(mail, staff)
    assert time.monotonic() - started < 1.0  # registering never waits for the network

    report = mail.outbox_sender.send_due()

    assert report.sent == 0 and report.retrying == 1
    entry = status(mail, staff, code)
    assert entry.state is MessageState.QUEUED
    assert f"127.0.0.1:{smtp_port} is not reachable (connection refused)" in entry.status_text
    assert mail.outbox.waiting_count() == 1

    with SmtpServer(port=smtp_port) as server:
        assert mail.outbox_sender.send_due().sent == 0  # not due yet: backing off
        clock.advance(seconds=31)
        assert mail.outbox_sender.send_due().sent == 1
        clock.advance(hours=2)
        assert mail.outbox_sender.send_due().attempted == 0
        assert len(server.messages) == 1
    assert status(mail, staff, code).status_text == "sent"


def test_a_bouncing_address_fails_with_the_servers_reason(
    mail: Services, staff: Staff, server: SmtpServer
) -> None:
    server.bouncing.add("nobody@example.org")
    code = register(mail, staff, "nobody@example.org")
    other = register(mail, staff, "grace@example.org")

    report = mail.outbox_sender.send_due()

    assert (report.failed, report.sent) == (1, 1)  # the next message still goes out
    entry = status(mail, staff, code)
    assert entry.state is MessageState.FAILED
    assert "refused the address nobody@example.org (550" in entry.status_text
    assert "User unknown" in entry.status_text
    assert status(mail, staff, other).state is MessageState.SENT


def test_each_message_carries_its_own_badge_and_one_that_cannot_be_made_waits_alone(
    mail: Services, staff: Staff, server: SmtpServer
) -> None:
    """Badges are rendered ahead of the message on the wire: they must not change places, and
    a badge that fails (its customer gone between queueing and sending) holds back only its
    own message."""
    codes = [register(mail, staff, f"visitor{i}@example.org") for i in range(5)]
    broken = codes[2]

    def badge(code: str) -> bytes:
        if code == broken:
            raise NotFound(f"no customer with code {code}")
        return mail.documents.render_badge_pdf(code)

    renderer = AttachmentRenderer(badge_pdf=badge)
    sender = OutboxSender(mail.db, mail.clock, mail.outbox_sender.mailer, renderer)

    report = sender.send_due()

    assert (report.sent, report.retrying) == (4, 1), report
    assert [r.rcpt_tos for r in server.received] == [
        [f"visitor{i}@example.org"] for i in (0, 1, 3, 4)
    ]
    for message, code in zip(server.messages, [c for c in codes if c != broken], strict=True):
        (pdf,) = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
        assert pdf.get_filename() == f"badge-{code}.pdf"
        data = pdf.get_payload(decode=True)
        assert isinstance(data, bytes)
        assert CustomerCode(code).display in page_texts(data)[0]
    entry = status(mail, staff, broken)
    assert entry.state is MessageState.QUEUED
    assert f"cannot make the attachment badge-{broken}.pdf: no customer" in entry.status_text


def test_a_refused_login_waits_with_the_reason_and_goes_after_the_fix(
    mail: Services, staff: Staff, smtp_port: int, clock: FakeClock
) -> None:
    mail.settings.smtp.user, mail.settings.smtp.password = "shop", "wrong"
    with SmtpServer(port=smtp_port, login=("shop", "right")) as server:
        code = register(mail, staff)
        mail.outbox_sender.send_due()
        entry = status(mail, staff, code)
        assert entry.state is MessageState.QUEUED
        assert "refused the login for shop (535" in entry.status_text
        assert "check smtp.user and smtp.password" in entry.status_text

        mail.settings.smtp.password = "right"
        assert mail.outbox.retry_waiting_now(staff.cashier) == 1
        assert mail.outbox_sender.send_due().sent == 1
        assert len(server.messages) == 1


def test_a_stalling_server_times_out_without_blocking_long(
    mail: Services, staff: Staff, server: SmtpServer
) -> None:
    server.stall_seconds = 5
    code = register(mail, staff)
    started = time.monotonic()
    mail.outbox_sender.send_due()
    assert time.monotonic() - started < 4
    entry = status(mail, staff, code)
    assert entry.state is MessageState.QUEUED
    assert "stopped answering while sending (no reply within 1 s)" in entry.status_text


def test_a_server_hanging_up_mid_message_leaves_it_queued(
    mail: Services, staff: Staff, server: SmtpServer, clock: FakeClock
) -> None:
    server.hang_up = True
    code = register(mail, staff)
    mail.outbox_sender.send_due()
    entry = status(mail, staff, code)
    assert entry.state is MessageState.QUEUED
    assert "closed the connection" in entry.status_text
    server.hang_up = False
    clock.advance(minutes=1)
    assert mail.outbox_sender.send_due().sent == 1


def test_a_crash_between_send_and_mark_sent_repeats_the_same_message_id(
    mail: Services,
    staff: Staff,
    server: SmtpServer,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code = register(mail, staff)
    sender = mail.outbox_sender

    def crash(_message_id: int) -> None:
        raise RuntimeError("power cut after the server said 250")

    monkeypatch.setattr(sender, "_mark_sent", crash)
    with pytest.raises(RuntimeError):
        sender.send_due()
    monkeypatch.undo()
    assert sender.send_due().attempted == 0  # claimed: no one else takes it during the lease

    clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
    assert sender.send_due().sent == 1

    first, second = server.messages
    assert first["Message-ID"] == second["Message-ID"]
    assert first.as_bytes() == second.as_bytes()  # the same message, not a look-alike
    assert status(mail, staff, code).state is MessageState.SENT


def test_sales_and_registrations_go_on_with_smtp_down(
    mail: Services, staff: Staff, smtp_port: int
) -> None:
    code = register(mail, staff)
    started = time.monotonic()
    view = mail.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Catalogue", D(2), D("12.50"), D(7))],
            code,
            [PaymentInput(PaymentMethod.CASH, D(30))],
        ),
    )
    voided = mail.billing.void(staff.manager, view.number or "", reason="changed their mind")
    assert time.monotonic() - started < 2
    assert voided.status.value == "voided"
    kinds = [e.kind for e in mail.outbox.messages(staff.manager)]
    assert kinds == ["void", "invoice", "welcome"]
    of_kind = {
        kind.value: [e.kind for e in mail.outbox.messages(staff.manager, kind=kind)]
        for kind in MessageKind
    }
    assert of_kind == {"welcome": ["welcome"], "invoice": ["invoice"], "void": ["void"],
                       "refund": [], "seat_offer": [], "certificate": [],
                       "ws_cancelled": [], "ws_reminder": []}  # fmt: skip
    failed = mail.outbox.messages(staff.manager, state=MessageState.FAILED, kind=MessageKind.VOID)
    assert failed == []
    assert mail.outbox_sender.send_due().stopped is not None

    with SmtpServer(port=smtp_port) as server:
        for entry in mail.outbox.messages(staff.manager):
            mail.outbox.retry(staff.manager, entry.id)
        assert mail.outbox_sender.send_due().sent == 3
    by_subject = {m["Subject"]: m for m in server.messages}
    number = view.number or ""
    invoice = by_subject[f"Your order has been placed: invoice {number}"]
    body = invoice.get_body(("plain",))
    assert body is not None
    assert "Total: €25.00" in body.get_content() and "Catalogue" in body.get_content()
    void = by_subject[f"Invoice {number} has been cancelled"]
    void_body = void.get_body(("plain",))
    assert void_body is not None
    assert "Reason: changed their mind" in void_body.get_content()
    assert "The €25.00 you paid will be refunded." in void_body.get_content()


def test_walk_ins_and_customers_without_email_get_nothing(services: Services, staff: Staff) -> None:
    services.settings.customers.email_required = False
    services.customers.register(staff.cashier, CustomerInput(name="No Mail"))
    services.billing.create_invoice(
        staff.cashier, SaleInput([LineInput("Pen", D(1), D("2.00"), D(19))])
    )
    assert services.outbox.messages(staff.manager) == []


def test_a_sale_that_fails_leaves_no_email(services: Services, staff: Staff) -> None:
    code = register(services, staff)
    with pytest.raises(ValidationError):
        services.billing.create_invoice(
            staff.cashier,
            SaleInput(
                [LineInput("Pen", D(1), D("2.00"), D(19))],
                code,
                [PaymentInput(PaymentMethod.CARD, D(50), "X")],  # card beyond the total
            ),
        )
    assert [e.kind for e in services.outbox.messages(staff.manager)] == ["welcome"]


def test_managers_retry_and_cancel_cashiers_may_not(
    mail: Services, staff: Staff, server: SmtpServer
) -> None:
    server.bouncing.add("ada@example.org")
    code = register(mail, staff)
    mail.outbox_sender.send_due()
    (entry,) = mail.outbox.messages(staff.manager, state=MessageState.FAILED)
    with pytest.raises(PermissionDenied):
        mail.outbox.cancel(staff.cashier, entry.id)
    cancelled = mail.outbox.cancel(staff.manager, entry.id)
    assert cancelled.status_text == "cancelled"
    server.bouncing.clear()
    retried = mail.outbox.retry(staff.manager, entry.id)
    assert (retried.state, retried.attempts) == (MessageState.QUEUED, 0)
    assert mail.outbox_sender.send_due().sent == 1
    with pytest.raises(InvalidState, match="sent already"):
        mail.outbox.cancel(staff.manager, entry.id)
    actions = [e.action for e in mail.audit.entries(staff.admin, action="email")]
    assert actions == ["email.retry", "email.cancel"]
    assert status(mail, staff, code).state is MessageState.SENT


def test_resend_welcome_queues_a_new_message(
    mail: Services, staff: Staff, server: SmtpServer
) -> None:
    code = register(mail, staff)
    mail.outbox_sender.send_due()
    again = mail.outbox.resend_welcome(staff.cashier, code)
    assert again.status_text == "queued"
    mail.outbox_sender.send_due()
    first, second = server.messages
    assert first["Message-ID"] != second["Message-ID"]
    assert first["Subject"] == second["Subject"]


def test_summary_counts_and_the_latest_reason(mail: Services, staff: Staff) -> None:
    register(mail, staff)
    register(mail, staff, "grace@example.org")
    mail.outbox_sender.send_due()
    summary = mail.outbox.summary(staff.cashier)
    assert (summary.queued, summary.sent, summary.failed) == (2, 0, 0)
    assert summary.last_error is not None and "not reachable" in summary.last_error


def test_nothing_is_tried_while_email_is_not_set_up(services: Services, staff: Staff) -> None:
    code = register(services, staff)
    report = services.outbox_sender.send_due()
    assert report.stopped == "no mail server is set up (smtp.host)"
    assert status(services, staff, code).attempts == 0


def test_send_test_email_reports_success_and_failure(
    mail: Services, staff: Staff, server: SmtpServer, smtp_port: int
) -> None:
    smtp = mail.settings.smtp
    message_id = mail.outbox.send_test(staff.admin, smtp, to="admin@shop.example", password="")
    (message,) = server.messages
    assert message["Message-ID"] == message_id
    assert message["Subject"] == "Test email from Expo 2024"
    smtp.port = closed_port()
    with pytest.raises(EmailNotSent, match="not reachable"):
        mail.outbox.send_test(staff.admin, smtp, to="admin@shop.example", password="")
    with pytest.raises(PermissionDenied):
        mail.outbox.send_test(staff.manager, smtp, to="admin@shop.example", password="")


def test_statuses_for_a_page_of_customers(mail: Services, staff: Staff) -> None:
    a = register(mail, staff)
    b = register(mail, staff, "grace@example.org")
    statuses = mail.outbox.customer_statuses(staff.cashier, [a, b])
    assert set(statuses) == {a, b}
    assert all(s.state is MessageState.QUEUED for s in statuses.values())


def test_retry_waiting_now_touches_only_messages_that_failed(
    mail: Services, staff: Staff, clock: FakeClock
) -> None:
    register(mail, staff)
    mail.outbox_sender.send_due()  # fails: nothing listens
    register(mail, staff, "grace@example.org")
    assert mail.outbox.retry_waiting_now(staff.cashier) == 1  # the new one was due already
    assert mail.outbox.retry_waiting_now(staff.cashier) == 0


def test_the_invoice_email_carries_a_pdf_with_number_and_total(
    mail: Services, staff: Staff, server: SmtpServer
) -> None:
    code = register(mail, staff)
    view = mail.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Workshop", D(1), D("89.00"), D(19))],
            code,
            [PaymentInput(PaymentMethod.CASH, D(100))],
        ),
    )
    assert mail.outbox_sender.send_due().sent == 2
    by_kind = {m["Subject"].split(":")[0]: m for m in server.messages}
    invoice = by_kind["Your order has been placed"]
    (pdf,) = [p for p in invoice.walk() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == f"invoice-{view.number}.pdf"
    data = pdf.get_payload(decode=True)
    assert isinstance(data, bytes)
    text = " ".join(page_texts(data))
    assert view.number is not None and view.number in text
    assert "89.00" in text
    welcome = by_kind["Your customer code for Expo 2024"]
    badges = [p for p in welcome.walk() if p.get_content_type() == "application/pdf"]
    assert [b.get_filename() for b in badges] == [f"badge-{code}.pdf"]
    body = welcome.get_body(("plain",))
    assert body is not None and f"badge-{code}.pdf" in body.get_content()


@pytest.mark.slow
def test_killing_the_sender_mid_batch_loses_nothing(
    mail: Services,
    staff: Staff,
    *,
    server: SmtpServer,
    smtp_port: int,
    clock: FakeClock,
    empty_config: Path,
    tmp_path: Path,
) -> None:
    codes = [register(mail, staff, f"visitor{i}@example.org") for i in range(6)]
    server.stall_seconds = 0.3  # each message takes a while: the kill lands mid-batch
    admin = (staff.admin.username, PASSWORD)
    env = process_env(mail.settings.database.url, empty_config, user=admin) | {
        "POS_SMTP_HOST": "127.0.0.1",
        "POS_SMTP_PORT": str(smtp_port),
        "POS_SMTP_SECURITY": "none",
        "POS_SMTP_SENDER": SENDER,
    }
    process = subprocess.Popen(
        [*entry_point(), "outbox", "send", "--once"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while len(server.received) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        process.kill()  # SIGKILL: no clean-up of any kind
        process.wait()
    delivered_before = len(server.messages)
    assert 2 <= delivered_before < 6

    # The other process used the real clock; ours jumps past its claim leases.
    clock.current = datetime.now(UTC) + CLAIM_LEASE + timedelta(seconds=1)
    server.stall_seconds = 0
    mail.outbox_sender.send_due()

    statuses = mail.outbox.customer_statuses(staff.cashier, codes)
    assert {s.state for s in statuses.values()} == {MessageState.SENT}
    recipients = [r.rcpt_tos[0] for r in server.received]
    assert set(recipients) == {f"visitor{i}@example.org" for i in range(6)}
    # At most the one message in flight at the kill arrives twice, with one Message-ID.
    assert len(recipients) - 6 <= 1
    ids = {m["Message-ID"] for m in server.messages}
    assert len(ids) == 6
