"""``outbox status|send`` and ``customer email`` end to end, against a loopback SMTP server."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support.cli import (
    ADMIN,
    ADMIN_PASSWORD,
    EXIT_BAD_INPUT,
    EXIT_REFUSED,
    Cli,
    entry_point,
    process_env,
)
from tests.support.network import closed_port
from tests.support.pdf_reading import page_texts
from tests.support.smtp_server import SmtpServer


@pytest.fixture
def smtp_port(cli: Cli) -> int:
    port = closed_port()
    cli.env.update(
        {
            "POS_SMTP_HOST": "127.0.0.1",
            "POS_SMTP_PORT": str(port),
            "POS_SMTP_SECURITY": "none",
            "POS_SMTP_SENDER": "booth@shop.example",
        }
    )
    return port


def test_send_once_delivers_the_welcome_and_status_says_so(
    cli: Cli, smtp_port: int, ada: str
) -> None:
    status = cli.json("outbox", "status")
    assert (status["queued"], status["sent"], status["smtp_ready"]) == (1, 0, True)
    (waiting,) = status["messages"]
    assert (waiting["kind"], waiting["customer"], waiting["state"]) == ("welcome", ada, "queued")

    with SmtpServer(port=smtp_port) as server:
        result = cli.ok("outbox", "send", "--once")
        assert "sent 1" in result.stdout
        (message,) = server.messages
    assert message["To"] == "ada@example.com"
    status = cli.json("outbox", "status")
    assert (status["queued"], status["sent"], status["messages"]) == (0, 1, [])


def test_send_once_with_the_server_down_exits_1_and_keeps_the_reason(
    cli: Cli, smtp_port: int, ada: str
) -> None:
    result = cli.invoke("outbox", "send", "--once")
    assert result.exit_code == 1
    assert "connection refused" in result.stderr
    (waiting,) = cli.json("outbox", "status")["messages"]
    assert "not reachable (connection refused)" in waiting["last_error"]
    assert waiting["attempts"] == 1


def test_customer_email_queues_the_welcome_again(cli: Cli, smtp_port: int, ada: str) -> None:
    queued = cli.json("customer", "email", ada)
    assert (queued["kind"], queued["recipient"], queued["state"]) == (
        "welcome",
        "ada@example.com",
        "queued",
    )
    assert cli.json("outbox", "status")["queued"] == 2
    assert "email.resend" in cli.audit_actions("email")
    cli.fails(EXIT_BAD_INPUT, "customer", "email", "ZZZZ")


def test_without_smtp_settings_send_says_what_is_missing(cli: Cli, ada: str) -> None:
    result = cli.invoke("outbox", "send", "--once")
    assert result.exit_code == 1
    assert "no mail server is set up (smtp.host)" in result.stderr
    assert cli.json("outbox", "status")["smtp_ready"] is False


def test_invoice_email_sends_a_refunded_invoices_refund_notice_with_its_credit_note(
    cli: Cli, smtp_port: int, ada: str
) -> None:
    sold = cli.json("invoice", "create", "--customer", ada, "--line", "Mug|3|9.50|19",
                    "--pay", "cash:28.50")  # fmt: skip
    note = cli.json("invoice", "refund", sold["number"], "--line", "1:2", "--reason", "chipped",
                    "--json")  # fmt: skip
    with SmtpServer(port=smtp_port) as server:
        cli.ok("outbox", "send", "--once")  # welcome, invoice, the refund's own notice
        server.received.clear()
        queued = cli.json("invoice", "email", sold["number"])
        assert (queued["kind"], queued["invoice"]) == ("refund", sold["number"])
        again = cli.json("invoice", "email", sold["number"], "--kind", "invoice")
        assert again["subject"] == f"Your order has been placed: invoice {sold['number']}"
        cli.ok("outbox", "send", "--once")
    refund = next(m for m in server.messages if m["Subject"].startswith("Credit note"))
    assert refund["Subject"] == f"Credit note {note['number']} for invoice {sold['number']}"
    (pdf,) = [p for p in refund.walk() if p.get_content_type() == "application/pdf"]
    data = pdf.get_payload(decode=True)
    assert isinstance(data, bytes)
    text = " ".join(page_texts(data))
    assert note["number"] in text and "REFUNDED: 19.00 EUR paid back by cash" in text
    assert "email.resend" in cli.audit_actions("email")
    cli.ok("invoice", "email", sold["number"])  # waits: the server is gone
    waiting = cli.json("outbox", "status", "--kind", "refund")["messages"]
    assert [(m["kind"], m["invoice"]) for m in waiting] == [("refund", sold["number"])]
    assert cli.json("outbox", "status", "--kind", "welcome")["messages"] == []
    result = cli.fails(EXIT_REFUSED, "invoice", "email", sold["number"], "--kind", "void")
    assert "is not voided" in result.stderr


def test_send_without_smtp_settings_stops_instead_of_repeating_the_error(
    cli: Cli, ada: str, tmp_path: Path
) -> None:
    """Without --once the command used to print the same error every 10 s forever: settings
    are read once, so waiting cannot help. A real process, cut off if it keeps running."""
    env = process_env(cli.database_url, cli.config, user=(ADMIN, ADMIN_PASSWORD))
    done = subprocess.run(
        [*entry_point(), "outbox", "send"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == EXIT_REFUSED, done.stderr
    assert done.stderr.count("no mail server is set up (smtp.host)") == 1, done.stderr
