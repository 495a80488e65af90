"""``audit verify``: the audit trail is a hash chain, and money records are vouched for by it.

A day at the till (sales, a payment, an edit, a void, a refund, a closed cash session) verifies
intact; then someone with plain SQL changes a line's price, deletes an audit row, inserts an
invoice, edits an entry (with or without recomputing its hash), alters a credit note or a
closed session: each is found and named, with exit 6. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from pos_desktop.bootstrap import Services
from pos_desktop.config import Settings
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services import audit, audit_verify
from pos_desktop.services.audit_chain import entry_text, hash_text
from pos_desktop.services.audit_verify import VerifyReport
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import AuditChainHead, AuditEvent
from tests.conftest import Staff
from tests.support.cli import Cli, describe
from tests.support.clock import FakeClock
from tests.support.escpos_decoder import decode
from tests.support.paper import printing_services
from tests.support.pdf_reading import page_texts
from tests.support.socket_printer import SocketPrinter

D = Decimal
EXIT_TAMPERED = 6


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A plain connection to the database, as someone with its password would have."""
    made = create_engine_for(database_url)
    yield made
    made.dispose()


def verify(cli: Cli) -> tuple[int, dict[str, Any], str]:
    """``audit verify --json`` and ``audit verify``: exit code, document, text."""
    as_json = cli.invoke("audit", "verify", "--json")
    as_text = cli.invoke("audit", "verify")
    assert as_json.exit_code == as_text.exit_code, describe(as_text)
    return as_json.exit_code, json.loads(as_json.stdout), as_text.stdout


def a_day(cli: Cli) -> dict[str, str]:
    """A shift: three sales, one paid later, one edited, one voided, a refund, the closing."""
    cli.ok("session", "open", "--float", "100")
    first = cli.sell(None, "Poster|2|20.00|19", "Mug|1|9.50|19", pays=["cash:50"])["number"]
    later = cli.sell(None, "Catalogue|1|12.00|7")["number"]
    cli.ok("invoice", "pay", later, "--pay", "card:12.00:AUTH1")
    wrong = cli.sell(None, "Pen|3|1.50|19", pays=["cash:4.50"])["number"]
    cli.ok("invoice", "edit", wrong, "--line", "Pen|2|1.50|19", "--reason", "one pen less")
    cli.ok("invoice", "void", wrong, "--reason", "customer left")
    note = cli.json("invoice", "refund", first, "--line", "2:1", "--reason", "chipped")["number"]
    cli.ok("session", "close", "--counted", "140.00")
    return {"first": first, "later": later, "wrong": wrong, "note": note}


def run_sql(engine: Engine, statement: str, **params: Any) -> None:
    with engine.begin() as conn:
        conn.execute(text(statement), params)


def seq_of(engine: Engine, action: str, key: str) -> int:
    with engine.connect() as conn:
        found = conn.scalar(
            select(func.max(AuditEvent.seq)).where(
                AuditEvent.action == action, AuditEvent.entity_key == key
            )
        )
    assert found is not None
    return int(found)


def test_a_day_at_the_till_verifies_intact(cli: Cli) -> None:
    a_day(cli)
    code, document, said = verify(cli)
    entries = len(cli.audit_actions())
    assert code == 0, said
    assert said.splitlines()[0] == f"{entries} entries, chain intact"
    assert document["intact"] and document["entries"] == entries
    assert document["last_entry"] == entries and document["mismatches"] == []


def test_an_empty_database_verifies_intact(engine: Engine) -> None:
    # No user yet, so no one to run ``audit verify`` as: the check itself, on no entries.
    report = verify_with(engine, processes=1)
    assert (report.entries, report.intact, report.first_break) == (0, True, None)
    assert report.mismatches == ()


def test_a_changed_line_price_names_its_invoice(cli: Cli, engine: Engine) -> None:
    sold = a_day(cli)
    run_sql(
        engine,
        "UPDATE invoice_lines SET unit_price = unit_price * 2 WHERE position = 1"
        " AND invoice_id = (SELECT id FROM invoices WHERE number = :n)",
        n=sold["later"],
    )
    code, document, said = verify(cli)
    assert code == EXIT_TAMPERED
    assert document["chain_intact"] and not document["intact"]
    paid = seq_of(engine, "invoice.pay", sold["later"])  # its latest entry
    assert [(m["name"], m["problem"]) for m in document["mismatches"]] == [
        (f"invoice {sold['later']}", f"rows differ from what audit entry #{paid} recorded")
    ]
    assert f"invoice {sold['later']}: rows differ" in said
    assert sold["first"] not in said


def test_a_deleted_audit_row_breaks_the_chain_there(cli: Cli, engine: Engine) -> None:
    sold = a_day(cli)
    issued = seq_of(engine, "invoice.issue", sold["first"])
    run_sql(engine, "DELETE FROM audit_events WHERE seq = :s", s=issued)
    code, document, said = verify(cli)
    assert code == EXIT_TAMPERED
    assert document["first_broken"]["entry"] == issued
    assert document["first_broken"]["problem"] == (
        f"entry #{issued} is missing (the chain goes on at #{issued + 1})"
    )
    assert f"chain BROKEN at entry #{issued}" in said


def test_deleting_the_last_entries_is_caught_by_the_head(cli: Cli, engine: Engine) -> None:
    a_day(cli)
    with engine.connect() as conn:
        last = conn.scalar(select(func.max(AuditEvent.seq)))
    assert last is not None
    run_sql(engine, "DELETE FROM audit_events WHERE seq >= :s", s=last - 1)
    code, document, _said = verify(cli)
    assert code == EXIT_TAMPERED
    assert document["first_broken"]["problem"] == (
        f"the last entries are missing: #{last - 1} to #{last} (the head is at #{last})"
    )


def test_an_invoice_inserted_with_sql_has_no_audit_entry(cli: Cli, engine: Engine) -> None:
    sold = a_day(cli)
    columns = (
        "exhibition_id, terminal_id, customer_id, currency, prices_include_vat, net, vat, gross,"
        " discount, paid, change, cashier_user_id, cashier_name, issued_at, revision, created_at,"
        " version"
    )
    run_sql(
        engine,
        f"INSERT INTO invoices (number, status, {columns}) SELECT 'EXPO2024-T1-000999',"
        f" 'issued', {columns} FROM invoices WHERE number = :n",
        n=sold["first"],
    )
    code, document, said = verify(cli)
    assert code == EXIT_TAMPERED and document["chain_intact"]
    assert [(m["name"], m["problem"]) for m in document["mismatches"]] == [
        ("invoice EXPO2024-T1-000999", "has no audit entry")
    ]
    assert "invoice EXPO2024-T1-000999: has no audit entry" in said


def test_an_edited_entry_is_caught_and_recomputing_its_hash_breaks_the_next_link(
    cli: Cli, engine: Engine
) -> None:
    sold = a_day(cli)
    voided = seq_of(engine, "invoice.void", sold["wrong"])
    run_sql(engine, "UPDATE audit_events SET actor = 'nobody' WHERE seq = :s", s=voided)
    _code, document, _said = verify(cli)
    assert document["first_broken"]["problem"] == (
        f"entry #{voided} was changed: its hash does not match it"
    )

    with engine.connect() as conn:  # the forger recomputes that entry's hash, not the rest
        table = AuditEvent.__table__
        values = dict(conn.execute(select(table).where(table.c.seq == voided)).mappings().one())
        values["before"] = conn.scalar(
            text("SELECT before FROM audit_events WHERE seq = :s"), {"s": voided}
        )
        values["after"] = conn.scalar(
            text("SELECT after FROM audit_events WHERE seq = :s"), {"s": voided}
        )
    forged = hash_text(entry_text(values))
    run_sql(engine, "UPDATE audit_events SET hash = :h WHERE seq = :s", h=forged, s=voided)
    code, document, _said = verify(cli)
    assert code == EXIT_TAMPERED
    assert document["first_broken"]["problem"] == (
        f"entry #{voided + 1} does not follow entry #{voided} (previous hash differs)"
    )


def test_worker_processes_find_what_one_process_finds(cli: Cli, engine: Engine) -> None:
    """Big databases are verified by a process per core, each taking ranges of entries and
    records; on a small one the same work, forced into two processes, says the same."""
    sold = a_day(cli)
    for _ in range(3):
        cli.sell(None, "Pen|1|1.50|19", pays=["cash:1.50"])
    alone, shared = verify_with(engine, 1), verify_with(engine, 2)
    assert alone == shared and alone.intact and alone.entries == len(cli.audit_actions())
    run_sql(engine, "UPDATE payments SET tendered = tendered + 1")
    voided = seq_of(engine, "invoice.void", sold["wrong"])
    run_sql(engine, "DELETE FROM audit_events WHERE seq = :s", s=voided)
    alone, shared = verify_with(engine, 1), verify_with(engine, 2)
    assert alone == shared and alone.first_break is not None
    assert alone.first_break.seq == voided
    assert {m.name for m in alone.mismatches} >= {f"invoice {sold['first']}"}


def verify_with(engine: Engine, processes: int) -> VerifyReport:
    return audit_verify.verify(engine, processes=processes)


def test_a_changed_credit_note_or_closed_session_is_named(cli: Cli, engine: Engine) -> None:
    sold = a_day(cli)
    run_sql(engine, "UPDATE credit_note_lines SET gross = gross * 3")
    run_sql(engine, "UPDATE cash_sessions SET counted_cash = counted_cash * 2")
    code, document, _said = verify(cli)
    assert code == EXIT_TAMPERED
    names = [m["name"] for m in document["mismatches"]]
    assert names == [f"credit note {sold['note']}", "cash session 1"]


def test_the_z_report_carries_the_closing_entry_of_the_chain(cli: Cli, engine: Engine) -> None:
    a_day(cli)
    z = cli.json("session", "z-report")
    with engine.connect() as conn:
        closing = conn.execute(
            select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.action == "cash_session.close")
        ).one()
    assert z["audit"] == {"entry": closing.seq, "hash": closing.hash}
    # Nothing was written after the closing here: it is the chain's last entry.
    assert verify(cli)[1]["last_hash"] == closing.hash
    assert f"audit: {closing.hash[:16]} #{closing.seq}" in cli.ok("session", "z-report").stdout


def test_entries_of_a_rolled_back_transaction_or_savepoint_are_not_chained(
    services: Services, staff: Staff
) -> None:
    def note(session: Any, what: str) -> None:
        audit.record(
            session,
            actor=staff.admin,
            at=services.clock.now(),
            action="test.note",
            entity_type="test",
            entity_key=what,
            summary=what,
        )

    with services.db.unit_of_work() as uow:
        note(uow.session, "rolled back with its transaction")
    with services.db.unit_of_work() as uow:
        savepoint = uow.session.begin_nested()
        note(uow.session, "rolled back with its savepoint")
        savepoint.rollback()
        with uow.session.begin_nested():
            note(uow.session, "kept in a released savepoint")
        note(uow.session, "kept")
        uow.commit()
    with services.db.reader() as uow:
        keys = [
            str(key)
            for key in uow.session.scalars(
                select(AuditEvent.entity_key).where(AuditEvent.action == "test.note")
            )
        ]
        head = uow.session.scalar(select(AuditChainHead.last_seq))
        last = uow.session.scalar(select(func.max(AuditEvent.seq)))
    assert sorted(keys) == ["kept", "kept in a released savepoint"]
    assert head == last
    assert services.audit.verify(staff.admin).intact


def test_a_sale_holds_the_digest_of_its_invoice_as_committed(
    services: Services, staff: Staff
) -> None:
    lines = [LineInput("Käse – 🧀 ½", D("0.125"), D("33.33"), D(7), discount_percent=D("12.5"))]
    view = services.billing.create_invoice(
        staff.manager, SaleInput(lines, None, [PaymentInput(PaymentMethod.CASH, D(10))])
    )
    with services.db.reader() as uow:
        entry = uow.session.execute(
            select(
                AuditEvent.subject_type, AuditEvent.subject_id, AuditEvent.digest, AuditEvent.hash
            ).where(AuditEvent.action == "invoice.issue")
        ).one()
    assert (entry.subject_type, entry.subject_id) == ("invoice", view.id)
    assert entry.digest is not None and len(entry.digest) == 64
    report = services.audit.verify(staff.admin)
    assert report.intact and report.head_hash == entry.hash


def test_the_printed_and_pdf_z_report_show_the_closing_entry(
    settings: Settings, clock: FakeClock, staff: Staff
) -> None:
    with SocketPrinter() as printer:
        services = printing_services(settings, clock, printer.url)
        try:
            services.cash_sessions.open(staff.cashier, "50.00")
            line = LineInput("Poster", D(1), D("20.00"), D(19))
            services.billing.create_invoice(
                staff.cashier, SaleInput([line], None, [PaymentInput(PaymentMethod.CASH, D(20))])
            )
            receipts = len(services.printing.send_due().printed)
            z = services.cash_sessions.close(staff.manager, "70.00")
            assert services.printing.send_due().printed == [f"Z report {z.session_id}"]
            slip = decode(printer.wait_for_jobs(receipts + 1)[-1])
            pdf = "\n".join(page_texts(services.cash_sessions.report_pdf(z)))
            with services.db.reader() as uow:
                closing = uow.session.execute(
                    select(AuditEvent.seq, AuditEvent.hash).where(
                        AuditEvent.action == "cash_session.close"
                    )
                ).one()
        finally:
            services.close()
    printed = f"{closing.hash[:16]} #{closing.seq}"
    assert z.audit_seal is not None and z.audit_seal.printed == printed
    assert re.search(rf"^Audit +{printed}$", slip.text, re.MULTILINE), slip.text
    assert re.search(rf"Audit:? {printed}", " ".join(pdf.split())), pdf


def test_a_rewritten_buyer_on_a_full_invoice_names_its_invoice(cli: Cli, engine: Engine) -> None:
    """The buyer block and the reverse-charge choice are part of what an invoice says."""
    sold = a_day(cli)
    run_sql(
        engine,
        "UPDATE invoices SET buyer_vat_id = 'DE123456788', reverse_charge = :yes WHERE number = :n",
        yes=True,
        n=sold["first"],
    )
    code, document, _said = verify(cli)
    assert code == EXIT_TAMPERED
    assert [m["name"] for m in document["mismatches"]] == [f"invoice {sold['first']}"]
