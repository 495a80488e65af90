"""What a scan means: a customer code, a product barcode or SKU, an invoice number, or nothing.

Every scanner (keyboard wedge, serial, webcam) and the ``scan`` command hand their text to
:func:`parse_scan`, so a code is understood the same way wherever it came from. The order of
the checks is the point:

1. **Invoice numbers** (``EXPO24-T1-000123``) first: two dashes and at least six digits never
   appear in a customer code, but once dashes are dropped a short number could read as one.
2. **Customer codes** (eight characters with a check character, ``domain.codes``). An
   eight-character string of letters and digits that fails the check is a *mistyped customer
   code* and is refused, as the checkout always did, rather than looked up as a product.
3. **Retail barcodes**: 8, 12 or 13 digits are EAN-8, UPC-A and EAN-13 and must carry the
   right check digit (a misread bar is refused, not looked up). Eight digits that are both a
   valid EAN-8 and a valid customer code (1 in 31 of EAN-8s) are taken as the customer, with
   the product named as the alternative so that a router can fall back to it.
4. **SKUs / Code 128**: 1 to 40 printable ASCII characters without spaces (what the product
   catalogue accepts as a SKU).

Anything else is rejected with a reason a cashier can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pos_desktop.domain.codes import CustomerCode, looks_like_code
from pos_desktop.domain.errors import InvalidCustomerCode, ValidationError
from pos_desktop.domain.numbering import InvoiceNumber
from pos_desktop.domain.phrases import say

MAX_SKU_LENGTH = 40  # as the product catalogue allows
MAX_SCAN_LENGTH = 200
_GTIN_NAMES = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13"}


class ScanKind(StrEnum):
    CUSTOMER = "customer"
    PRODUCT = "product"
    INVOICE = "invoice"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class ScanPayload:
    """One scan understood: ``value`` is what the action needs (normalised code, barcode...)."""

    raw: str
    kind: ScanKind
    value: str = ""
    #: ``EAN-13``, ``EAN-8``, ``UPC-A``, ``SKU`` for products; empty otherwise.
    symbology: str = ""
    #: Why it was rejected (for the message the cashier reads).
    reason: str = ""
    #: A second reading when the text is valid as two things (EAN-8 and customer code).
    alternative: ScanKind | None = None

    @property
    def accepted(self) -> bool:
        return self.kind is not ScanKind.REJECTED

    def describe(self) -> str:
        """One line for messages and the ``scan`` command: ``customer 7KX2M9P9``."""
        if self.kind is ScanKind.REJECTED:
            return say("rejected: {reason}", reason=self.reason)
        kind = _KIND_WORDS[self.kind]
        what = (
            say("{kind} {code} ({symbology})", kind=kind, code=self.value, symbology=self.symbology)
            if self.symbology
            else say("{kind} {code}", kind=kind, code=self.value)
        )
        if self.alternative is None:
            return what
        return say("{what}, or a {kind}", what=what, kind=_KIND_WORDS[self.alternative])


#: The kinds of an accepted scan as ``describe`` names them (``kind.value`` is for scripts).
_KIND_WORDS = {
    ScanKind.CUSTOMER: say("customer"),
    ScanKind.PRODUCT: say("product"),
    ScanKind.INVOICE: say("invoice"),
}


def gtin_check_digit(body: str) -> str:
    """The GS1 check digit of ``body`` (weights 3,1,3,... from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def is_valid_gtin(digits: str) -> bool:
    """EAN-8, UPC-A or EAN-13 with the right check digit."""
    return (
        len(digits) in _GTIN_NAMES
        and digits.isascii()
        and digits.isdigit()
        and gtin_check_digit(digits[:-1]) == digits[-1]
    )


def _rejected(raw: str, reason: str) -> ScanPayload:
    return ScanPayload(raw, ScanKind.REJECTED, reason=reason)


def _visible(text: str) -> str:
    """Scanners end codes with CR, LF or Tab and some prefix them; those are not the code."""
    return text.strip(" \t\r\n\x00\x02\x03\x04")


def parse_scan(raw: str) -> ScanPayload:
    """Classify one scanned (or typed) text; never raises."""
    text = _visible(raw)
    problem = _unreadable(text)
    if problem:
        return _rejected(raw, problem)
    invoice = _invoice(text)
    if invoice is not None:
        return ScanPayload(raw, ScanKind.INVOICE, invoice)
    if text.isascii() and text.isdigit() and len(text) in _GTIN_NAMES:
        return _retail_barcode(raw, text)
    try:
        return ScanPayload(raw, ScanKind.CUSTOMER, CustomerCode.parse(text).value)
    except InvalidCustomerCode as error:
        problem = (
            say("not a valid customer code: {problem}", problem=error.problems[0].message)
            if looks_like_code(text)
            else _not_a_sku(text)
        )
    if problem:
        return _rejected(raw, problem)
    return ScanPayload(raw, ScanKind.PRODUCT, text.upper(), "SKU")


def _unreadable(text: str) -> str:
    if not text:
        return say("nothing was scanned")
    if len(text) > MAX_SCAN_LENGTH:
        return say("{count} characters is longer than any code we use", count=len(text))
    if any(not ch.isprintable() for ch in text):
        return say("the scan holds control characters: check the scanner's settings")
    return ""


def _not_a_sku(text: str) -> str:
    if not text.isascii():
        return say(
            "{text!r} has characters no barcode or customer code uses "
            "(is the scanner's keyboard language the computer's?)",
            text=text,
        )
    if " " in text:
        return say("{text!r} has spaces: not a code, barcode, SKU or invoice number", text=text)
    if len(text) > MAX_SKU_LENGTH:
        return say(
            "{count} characters is longer than any SKU ({most})",
            count=len(text),
            most=MAX_SKU_LENGTH,
        )
    return ""


def _invoice(text: str) -> str | None:
    if text.count("-") < 2:
        return None
    try:
        InvoiceNumber.parse(text)
    except ValidationError:
        return None
    return text.upper()


def _retail_barcode(raw: str, digits: str) -> ScanPayload:
    name = _GTIN_NAMES[len(digits)]
    customer = len(digits) == 8 and _is_customer(digits)
    if is_valid_gtin(digits):
        if customer:
            return ScanPayload(raw, ScanKind.CUSTOMER, digits, alternative=ScanKind.PRODUCT)
        return ScanPayload(raw, ScanKind.PRODUCT, digits, name)
    if customer:
        return ScanPayload(raw, ScanKind.CUSTOMER, digits)
    return _rejected(
        raw,
        say(
            "{digits} is not a valid {symbology}: the check digit is wrong (misread?)",
            digits=digits,
            symbology=name,
        ),
    )


def _is_customer(text: str) -> bool:
    try:
        CustomerCode.parse(text)
    except InvalidCustomerCode:
        return False
    return True
