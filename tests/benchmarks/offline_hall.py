"""The issue's "Done when" as a scenario: three tills selling through a cut, then back.

Three tills (``H1``..``H3``) reach PostgreSQL through one proxy, each with its sync loop
running as in the app (``Services.sync_loop``). Each sells a 5-line cash sale every ``--pace``
seconds (jittered), and before every fourth sale registers a visitor with an email, who then
buys it. After a few seconds online the proxy goes down for ``--cut-seconds``; the tills go on
on their journals. From ``come_back()`` the clock runs until every till's line is online again,
which it is only when its journal has nothing left to send. The tills sell on meanwhile (a
hall does not stop), then stop; the server is checked: every sale and registration once by its
key, each visitor once, one welcome email each and no invoice email twice, every till's
numbers gapless and equal to what it printed, the audit chain intact.
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.bootstrap import Services
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.connectivity import Link
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.roles import Actor
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.services.events import LinkChanged
from pos_desktop.storage.models import ActionKeyRow, Customer, Invoice, OutboxMessage, Terminal
from tests.benchmarks.foundation import PASSWORD, CatalogueItem
from tests.benchmarks.offline_parts import Figure, five_line_cart, journal_of, sell, till_services
from tests.support.pg_proxy import PostgresProxy

TERMINALS = ("H1", "H2", "H3")
BACK_TARGET_S = 10.0
#: Seconds of selling online before the cut, and after every till is back.
ONLINE_BEFORE_S = 3.0
ONLINE_AFTER_S = 1.0
#: Every this many sales, a visitor registers first and buys it.
REGISTER_EVERY = 4
#: A till not back this long after the line is, is reported as never back.
GIVE_UP_S = 300.0


@dataclass
class TillLog:
    code: str
    #: (key, number, offline, when) of each sale, in order.
    sales: list[tuple[str, str, bool, float]] = field(default_factory=list)
    #: (key, email) of each registration.
    registrations: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: When the line was online again after the cut (``time.perf_counter``).
    back_at: float | None = None


def _work(
    till: Services,
    log: TillLog,
    *,
    cashier: Actor,
    catalogue: Sequence[CatalogueItem],
    pace: float,
    stop: threading.Event,
) -> None:
    journal = journal_of(till)
    rng = random.Random(log.code)
    number = 0
    while not stop.is_set():
        started = time.monotonic()
        try:
            customer = None
            if number % REGISTER_EVERY == REGISTER_EVERY - 1:
                email = f"{log.code.lower()}-{number}@hall.example"
                visitor = CustomerInput(name=f"Visitor {log.code} {number}", email=email)

                def register(
                    services: Services, key: ActionKey, visitor: CustomerInput = visitor
                ) -> CustomerView:
                    return services.customers.register(cashier, visitor, key=key)

                made = ActionKey.new()
                view, _offline = journal.run(register, made)
                log.registrations.append((made.value, email))
                customer = view.code
            sale, offline, key_value = sell(till, cashier, five_line_cart(catalogue, customer))
            log.sales.append((key_value, str(sale.number), offline, time.perf_counter()))
        except Exception as error:  # counted (target 0) and printed with where it happened
            log.errors.append(f"{log.code}: {error!r}\n{traceback.format_exc()}")
        number += 1
        stop.wait(max(0.0, rng.uniform(0.5 * pace, 1.5 * pace) - (time.monotonic() - started)))


def _watch_back(till: Services, log: TillLog, cut_over: threading.Event) -> None:
    def changed(event: LinkChanged) -> None:
        if cut_over.is_set() and log.back_at is None and event.state.link is Link.ONLINE:
            log.back_at = time.perf_counter()

    till.bus.listen(LinkChanged, changed)


def run_hall(
    server: Services,
    url: str,
    proxy: PostgresProxy,
    folder: Path,
    *,
    cashier: Actor,
    catalogue: Sequence[CatalogueItem],
    args: argparse.Namespace,
) -> list[Figure]:
    folder.mkdir(parents=True, exist_ok=True)
    tills = [till_services(url, folder, code) for code in TERMINALS]
    logs = [TillLog(code) for code in TERMINALS]
    cut_over = threading.Event()
    stop = threading.Event()
    loops = [till.sync_loop for till in tills]
    try:
        for till, log in zip(tills, logs, strict=True):
            _watch_back(till, log, cut_over)
        for loop in loops:
            loop.start()
        _wait(lambda: all(journal_of(t).exists() for t in tills), 120, "the journals")
        workers = [
            threading.Thread(
                target=_work,
                args=(t, log),
                kwargs={
                    "cashier": cashier,
                    "catalogue": catalogue,
                    "pace": args.pace,
                    "stop": stop,
                },
            )
            for t, log in zip(tills, logs, strict=True)
        ]
        for worker in workers:
            worker.start()
        time.sleep(ONLINE_BEFORE_S)
        cut_at = time.perf_counter()
        proxy.go_down()
        time.sleep(args.cut_seconds)
        back_at = time.perf_counter()
        cut_over.set()
        proxy.come_back()
        print("  the line is back", file=sys.stderr)
        _wait(lambda: all(log.back_at for log in logs), GIVE_UP_S, "every till online")
        time.sleep(ONLINE_AFTER_S)
        stop.set()
        for worker in workers:
            worker.join()
        _wait(lambda: not any(journal_of(t).waiting() for t in tills), 60, "the last entries")
    finally:
        stop.set()
        for loop in loops:
            loop.stop()
        for till in tills:
            till.close()
    during = sum(1 for log in logs for _k, _n, off, at in log.sales if off and at < back_at)
    backs = [log.back_at - back_at for log in logs if log.back_at is not None]
    seconds = max(backs) if len(backs) == len(logs) else float("inf")
    problems = check_server(server, logs)
    errors = [error for log in logs for error in log.errors]
    for text in problems + errors[:5]:
        print(f"  PROBLEM {text}", file=sys.stderr)
    sales = sum(len(log.sales) for log in logs)
    visitors = sum(len(log.registrations) for log in logs)
    return [
        Figure(
            "hall: offline sales during the cut",
            during,
            "sales",
            note=f"{args.cut_seconds:g} s cut, 3 tills; {sales:,} sales, {visitors:,} visitors",
        ),
        Figure(
            "hall: from come_back() to all on the server",
            seconds,
            "s",
            BACK_TARGET_S,
            note="per till: " + ", ".join(f"{b:.1f}" for b in backs),
        ),
        Figure("hall: errors at the tills", len(errors), "", 0),
        Figure(
            "hall: not exactly once / gaps / emails / chain",
            len(problems),
            "",
            0,
            note=f"checked on the server, {back_at - cut_at:.0f} s after the cut",
        ),
    ]


def check_server(server: Services, logs: Sequence[TillLog]) -> list[str]:
    """What is wrong on the server (empty when all is well)."""
    problems = []
    with server.db.reader() as uow:
        session = uow.session
        for log in logs:
            numbers = list(
                session.scalars(
                    select(Invoice.number)
                    .join(Terminal, Terminal.id == Invoice.terminal_id)
                    .where(Terminal.code == log.code)
                    .order_by(Invoice.sequence)
                )
            )
            sequence = [int(str(n).rpartition("-")[2]) for n in numbers]
            if sequence != list(range(1, len(numbers) + 1)):
                problems.append(f"{log.code}: numbers not gapless")
            if numbers != [number for _k, number, _o, _a in log.sales]:
                problems.append(f"{log.code}: the server's numbers differ from the till's")
            problems += _once(session, log.code, [k for k, *_ in log.sales], "invoice.issue")
            problems += _once(
                session, log.code, [k for k, _e in log.registrations], "customer.register"
            )
            for _key, email in log.registrations:
                ids = list(session.scalars(select(Customer.id).where(Customer.email == email)))
                if len(ids) != 1:
                    problems.append(f"{email}: {len(ids)} customers")
                    continue
                welcome = session.scalar(
                    select(func.count())
                    .select_from(OutboxMessage)
                    .where(OutboxMessage.customer_id == ids[0], OutboxMessage.invoice_id.is_(None))
                )
                if welcome != 1:
                    problems.append(f"{email}: {welcome} welcome emails")
        doubled = session.scalar(
            select(func.count()).select_from(
                select(OutboxMessage.invoice_id, OutboxMessage.kind)
                .where(OutboxMessage.invoice_id.is_not(None))
                .group_by(OutboxMessage.invoice_id, OutboxMessage.kind)
                .having(func.count() > 1)
                .subquery()
            )
        )
        if doubled:
            problems.append(f"{doubled} invoice emails queued twice")
    admin = server.users.login("admin", PASSWORD)
    if not server.audit.verify(admin).intact:
        problems.append("the audit chain does not verify")
    return problems


def _once(session: Session, code: str, keys: list[str], action: str) -> list[str]:
    found = session.scalar(
        select(func.count())
        .select_from(ActionKeyRow)
        .where(ActionKeyRow.key.in_(keys), ActionKeyRow.action == action)
    )
    if found != len(set(keys)) or len(set(keys)) != len(keys):
        return [f"{code}: {found} of {len(keys)} {action} keys on the server"]
    return []


def _wait(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"waited {seconds:g} s for {what}")
        time.sleep(0.05)
