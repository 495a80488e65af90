"""Email addresses and phone numbers, normalised so they compare and dial.

Emails are checked for syntax only (email-validator, no DNS: a booth's Wi-Fi must not decide
whether a visitor can register). Phones are stored in E.164 (``+4930123456``), parsed with the
customer's country or, failing that, the installation's default region.
"""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from pos_desktop.domain.errors import ValidationError

EMAIL_MAX = 254


def normalize_email(text: str, field: str = "email") -> str | None:
    """The address with its domain lower-cased and IDN-normalised; ``None`` when empty."""
    value = text.strip()
    if not value:
        return None
    if len(value) > EMAIL_MAX:
        raise ValidationError.single(field, f"is longer than {EMAIL_MAX} characters")
    try:
        checked = validate_email(value, check_deliverability=False)
    except EmailNotValidError as err:
        raise ValidationError.single(field, f"{value!r} is not a valid address: {err}") from None
    return str(checked.normalized)


def email_key(email: str) -> str:
    """What two registrations share when they are the same mailbox (case-insensitive)."""
    return email.casefold()


def normalize_phone(text: str, region: str | None, field: str = "phone") -> str | None:
    """E.164 form of a number written nationally (with ``region``) or internationally."""
    value = text.strip()
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        where = f" for {region}" if region and not value.startswith("+") else ""
        raise ValidationError.single(
            field, f"{value!r} is not a valid phone number{where}; include +country code"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_region(text: str, field: str = "default phone region") -> str:
    region = text.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError.single(field, f"{text!r} is not a region code such as DE or US")
    return region
