"""Scan payloads: every scanner's text is understood the same way, and nothing wrong gets in."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pos_desktop.domain.codes import ALPHABET, CODE_LENGTH, check_character, normalize
from pos_desktop.domain.scan_payload import (
    ScanKind,
    gtin_check_digit,
    is_valid_gtin,
    parse_scan,
)

bodies = st.text(alphabet=ALPHABET, min_size=CODE_LENGTH - 1, max_size=CODE_LENGTH - 1)
codes = bodies.map(lambda body: body + check_character(body))


def _weighted_ok(code: str) -> bool:
    body = normalize(code)
    return len(body) == CODE_LENGTH and check_character(body[:-1]) == body[-1]


@given(bodies, st.sampled_from(ALPHABET))
def test_no_code_with_a_wrong_check_character_is_taken_for_a_customer(
    body: str, wrong: str
) -> None:
    assume(wrong != check_character(body))
    payload = parse_scan(body + wrong)
    assert payload.kind is not ScanKind.CUSTOMER or payload.value != body + wrong


@given(st.text(max_size=30))
def test_random_text_is_a_customer_only_when_its_check_character_is_right(text: str) -> None:
    payload = parse_scan(text)
    if payload.kind is ScanKind.CUSTOMER:
        assert _weighted_ok(payload.value)
        assert payload.value == normalize(text)


@given(st.text(max_size=60))
def test_every_text_gets_one_reading_and_a_reason_when_rejected(text: str) -> None:
    payload = parse_scan(text)  # never raises
    assert payload.raw == text
    assert (payload.kind is ScanKind.REJECTED) == bool(payload.reason)
    assert payload.accepted == (payload.kind is not ScanKind.REJECTED)


@given(codes, st.sampled_from(["", "\r", "\n", "\t", "\r\n"]))
def test_valid_customer_codes_are_customers_whatever_the_terminator(code: str, end: str) -> None:
    payload = parse_scan(code.lower() + end)
    assert payload.kind is ScanKind.CUSTOMER
    assert payload.value == code


@given(st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_ean8_with_its_check_digit_is_a_product_or_a_customer_with_the_product_as_fallback(
    body: str,
) -> None:
    digits = body + gtin_check_digit(body)
    payload = parse_scan(digits)
    if _weighted_ok(digits):
        assert (payload.kind, payload.alternative) == (ScanKind.CUSTOMER, ScanKind.PRODUCT)
    else:
        assert (payload.kind, payload.symbology) == (ScanKind.PRODUCT, "EAN-8")


@given(st.integers(12, 13), st.data())
def test_upc_and_ean13_need_their_check_digit(length: int, data: st.DataObject) -> None:
    body = data.draw(st.text(alphabet="0123456789", min_size=length - 1, max_size=length - 1))
    good = body + gtin_check_digit(body)
    payload = parse_scan(good)
    assert (payload.kind, payload.value) == (ScanKind.PRODUCT, good)
    assert payload.symbology == ("UPC-A" if length == 12 else "EAN-13")
    for wrong in "0123456789":
        if wrong != good[-1]:
            bad = parse_scan(body + wrong)
            assert bad.kind is ScanKind.REJECTED
            assert "check digit" in bad.reason


@pytest.mark.parametrize(
    ("digits", "valid"),
    [("4006381333931", True), ("4006381333932", False), ("036000291452", True),
     ("96385074", True), ("96385075", False)],
)  # fmt: skip
def test_known_retail_barcodes(digits: str, valid: bool) -> None:
    assert is_valid_gtin(digits) is valid


@given(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=12),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8),
    st.integers(0, 10**7 - 1),
)
def test_invoice_numbers_are_invoices(exhibition: str, terminal: str, sequence: int) -> None:
    number = f"{exhibition}-{terminal}-{sequence:06d}"
    payload = parse_scan(number.lower())
    assert (payload.kind, payload.value) == (ScanKind.INVOICE, number)


def test_a_short_invoice_number_is_not_read_as_a_customer_code() -> None:
    # "E-1-000001" without its dashes has eight characters, like a customer code.
    assert parse_scan("E-1-000001").kind is ScanKind.INVOICE


@pytest.mark.parametrize(
    ("text", "kind", "value", "reason"),
    [
        ("tshirt-m-blue", ScanKind.PRODUCT, "TSHIRT-M-BLUE", ""),
        ("CAT/2026", ScanKind.PRODUCT, "CAT/2026", ""),
        ("", ScanKind.REJECTED, "", "nothing was scanned"),
        ("   \r\n", ScanKind.REJECTED, "", "nothing was scanned"),
        ("https://example.org/x y", ScanKind.REJECTED, "", "spaces"),
        ("Straße-12", ScanKind.REJECTED, "", "keyboard language"),
        ("A" * 41, ScanKind.REJECTED, "", "longer than any SKU"),
        ("AB\x1bCD", ScanKind.REJECTED, "", "control characters"),
    ],
)
def test_skus_and_rejections(text: str, kind: ScanKind, value: str, reason: str) -> None:
    payload = parse_scan(text)
    assert payload.kind is kind
    assert payload.value == value
    assert reason in payload.reason


def test_a_mistyped_customer_code_is_refused_not_looked_up_as_a_product() -> None:
    body = "7KX2M9P"
    good = body + check_character(body)
    wrong = good[:3] + good[4] + good[3] + good[5:]  # two neighbours swapped
    payload = parse_scan(wrong)
    assert payload.kind is ScanKind.REJECTED
    assert "customer code" in payload.reason
    assert parse_scan(good).describe() == f"customer {good}"
