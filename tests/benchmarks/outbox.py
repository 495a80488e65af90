"""Email outbox benchmarks: what queueing the welcome adds to a registration, and how fast the
sender delivers to a loopback SMTP server.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.outbox [--samples N] [--messages N]

On a fresh SQLite file (durable commits: WAL + ``synchronous=FULL``), set up through the
services like a first start:

* **queueing cost**: ``register`` timed with the outbox writer and without it (the same
  services otherwise), ``--samples`` calls each, interleaved so disk and CPU noise hit both
  alike; plus the queueing step alone (compose from the templates + the outbox row's flush),
  timed inside transactions that are rolled back.
* **delivery rate**: ``--messages`` queued welcomes delivered by one ``send_due()`` over one
  SMTP session to aiosmtpd on 127.0.0.1 (claim, render the QR and the badge PDF, send, mark
  sent: three short transactions per message), and again without the badge PDF. The server
  runs in a process of its own, as a real one does; a third run with the badge PDF puts it in
  this process (its asyncio loop and parsing, about 4 ms of CPU a message, then take turns
  with the sender for the interpreter lock: a floor, not what a booth sees). The PDF fonts are
  loaded before the first run, as in an app that has been running.

Exits non-zero if a target is missed (queueing < 1 ms p50, delivery >= 50 messages/s with the
server in its own process).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import select

from pos_desktop.adapters.email_templates import EmailTemplates
from pos_desktop.adapters.qr_image import qr_png
from pos_desktop.adapters.smtp_transport import SmtpTransport
from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.customer_mail import CustomerMail
from pos_desktop.services.customers import CustomerService
from pos_desktop.services.events import CustomerRegistered
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.messagebus import MessageBus
from pos_desktop.services.outbox import build_outbox
from pos_desktop.storage import migrate
from pos_desktop.storage.models import Customer
from tests.support.network import closed_port
from tests.support.smtp_server import SmtpServer, SmtpServerProcess

CLI = Actor(None, "cli:bench", Role.ADMIN, "cli:bench")
QUEUE_TARGET_MS = 1.0
RATE_TARGET = 50.0


def set_up(folder: Path) -> Services:
    config = folder / "config.toml"
    config.write_text("")
    settings = load_settings(
        environ={
            "POS_DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
            "POS_CONFIG": str(config),
        }
    )
    services = build_services(settings, hasher=PasswordHasher(time_cost=1, memory_cost=1024))
    migrate.upgrade(services.db.engine)
    services.setup.initialize(
        CLI,
        admin_username="admin",
        admin_password="a long bench password",
        exhibition=ExhibitionInput(name="Bench Expo", code="BENCH", currency="EUR"),
    )
    return services


def timed_ms(call: Callable[[], object]) -> float:
    started = time.perf_counter_ns()
    call()
    return (time.perf_counter_ns() - started) / 1e6


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def queueing(services: Services, samples: int) -> dict[str, float]:
    without = CustomerService(  # no handlers: the registration alone
        services.db.with_bus(None), services.clock, services.settings.customers, services.station
    )
    with_outbox = services.customers
    plain: list[float] = []
    mailed: list[float] = []
    for i in range(samples + 20):
        plain_input = CustomerInput(f"Plain {i}", f"p{i}@example.org")
        mail_input = CustomerInput(f"Mail {i}", f"m{i}@example.org")
        a = timed_ms(lambda c=plain_input: without.register(CLI, c))  # type: ignore[misc]
        b = timed_ms(lambda c=mail_input: with_outbox.register(CLI, c))  # type: ignore[misc]
        if i >= 20:  # warm-up
            plain.append(a)
            mailed.append(b)
    writer = services.outbox.writer
    alone: list[float] = []
    with services.db.unit_of_work() as uow:
        row = uow.session.query(Customer).filter(Customer.email.is_not(None)).first()
        assert row is not None
        for i in range(samples + 20):
            started = time.perf_counter_ns()
            writer.welcome(uow.session, row, now=services.clock.now(), by="bench")
            uow.session.flush()
            if i >= 20:
                alone.append((time.perf_counter_ns() - started) / 1e6)
        # leaving the block rolls the extra rows back
    return {
        "register p50 without outbox": statistics.median(plain),
        "register p50 with outbox": statistics.median(mailed),
        "register p95 without outbox": p(plain, 0.95),
        "register p95 with outbox": p(mailed, 0.95),
        "added p50": statistics.median(mailed) - statistics.median(plain),
        "queueing alone p50": statistics.median(alone),
        "queueing alone p95": p(alone, 0.95),
    }


def warm_up(services: Services) -> None:
    """What a running app has done once already: the PDF fonts read (about 0.1 s), the PDF and
    image libraries loaded. Not counted in a rate."""
    with services.db.reader() as uow:
        code = uow.session.scalars(select(Customer.code).limit(1)).one()
    services.documents.render_badge_pdf(code)
    qr_png(code)


def delivery(
    services: Services, messages: int, *, with_pdf: bool, server_process: bool = True
) -> float:
    port = closed_port()
    smtp = services.settings.smtp
    smtp.host, smtp.port, smtp.security, smtp.sender = "127.0.0.1", port, "none", "b@x.example"
    parts = build_outbox(
        services.settings,
        services.db,
        services.clock,
        transport=SmtpTransport(),
        templates=EmailTemplates(),
        badge_pdf=services.documents.render_badge_pdf if with_pdf else None,
    )
    welcome = MessageBus()  # its messages name only what this sender can attach
    welcome.handle(CustomerRegistered, CustomerMail(parts.writer).customer_registered)
    people = CustomerService(
        services.db.with_bus(welcome),
        services.clock,
        services.settings.customers,
        services.station,
    )
    for i in range(messages):
        address = f"v{i}-{with_pdf}-{server_process}@example.org"
        people.register(CLI, CustomerInput(f"Visitor {i}", address))
    server = SmtpServerProcess(port=port) if server_process else SmtpServer(port=port)
    with server:
        started = time.perf_counter()
        report = parts.sender.send_due(limit=messages * 10)
        seconds = time.perf_counter() - started
    assert report.stopped is None, report.stopped
    received = server.received if isinstance(server, SmtpServerProcess) else len(server.received)
    assert received >= messages, (report, received)
    return report.sent / seconds


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--messages", type=int, default=300)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        services = set_up(Path(folder))
        try:
            figures = queueing(services, args.samples)
            # Deliver the registrations above first, so each rate counts only its own batch.
            services.settings.smtp.host = ""
            warm_up(services)
            rate_pdf = delivery(services, args.messages, with_pdf=True)
            rate_plain = delivery(services, args.messages, with_pdf=False)
            rate_shared = delivery(services, args.messages, with_pdf=True, server_process=False)
        finally:
            services.close()
    for name, value in figures.items():
        print(f"{name:32} {value:8.3f} ms")
    print(f"{'delivery, QR + badge PDF':32} {rate_pdf:8.1f} messages/s")
    print(f"{'delivery, QR only':32} {rate_plain:8.1f} messages/s")
    print(f"{'delivery, PDF, server in-process':32} {rate_shared:8.1f} messages/s")
    ok = (
        figures["queueing alone p50"] < QUEUE_TARGET_MS and min(rate_pdf, rate_plain) >= RATE_TARGET
    )
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
