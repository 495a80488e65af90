"""The log's redaction on the texts it meets: what is hidden, and what stays readable."""

from __future__ import annotations

import base64
import logging
import sys

import pytest

from pos_desktop.adapters.log_redaction import Redactor, redact, remember_secret


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("connecting with password=hunter22 now", "connecting with password=******** now"),
        ("smtp_password='hunter22'", "smtp_password='********'"),
        ("{'password': 'hunter22', 'user': 'ada'}", "{'password': '********', 'user': 'ada'}"),
        ('{"token": "abc123def"}', '{"token": "********"}'),
        ("postgresql://pos:hunter22@db.local/pos", "postgresql://pos:********@db.local/pos"),
        ("dsn ...?user=pos&password=hunter22&x=1", "dsn ...?user=pos&password=********&x=1"),
        ("send: 'AUTH PLAIN AHNob3AAaHVudGVy\\r\\n'", "send: 'AUTH PLAIN ********\\r\\n'"),
        ("Payment(reference='AUTH-99817345')", "Payment(reference='****7345')"),
        ('{"authorisation_code": "771234"}', '{"authorisation_code": "****1234"}'),
        ("reference='123'", "reference='****'"),
        ("card 4111 1111 1111 1111 declined", "card ****1111 declined"),
        ("card 5500-0000-0000-0004", "card ****0004"),
    ],
)
def test_secrets_and_card_references_are_hidden(text: str, shown: str) -> None:
    assert redact(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "password: must be at least 10 characters",  # about a password, not one
        "check smtp.user and smtp.password",
        "password=None",
        "unknown barcode 4006381333931",  # an EAN-13 is no card number
        "invoice EXPO24-T1-000123 total 1234567890123.00 EUR",
        "sale of 3 lines, reference number follows",
    ],
)
def test_ordinary_text_stays_readable(text: str) -> None:
    assert redact(text) == text


def test_a_remembered_secret_is_hidden_also_as_an_smtp_login_sends_it() -> None:
    remember_secret("pa55 word!", user="shop@example.org")
    plain = base64.b64encode(b"\0shop@example.org\0pa55 word!").decode()
    login = base64.b64encode(b"pa55 word!").decode()
    assert redact(f"x pa55 word! {plain} {login} y") == "x ******** ******** ******** y"


def test_records_arguments_and_tracebacks_are_redacted_before_any_handler_sees_them() -> None:
    try:
        raise ValueError("connect failed: password=hunter22")
    except ValueError:
        info = sys.exc_info()
    record = logging.LogRecord(
        "t", logging.ERROR, __file__, 1, "paid %s", ("reference='AUTH-99817345'",), info
    )
    assert Redactor().filter(record)
    text = logging.Formatter().format(record)
    assert "paid reference='****7345'" in text
    assert "ValueError: connect failed: password=********" in text
    assert "hunter22" not in text and "99817345" not in text
