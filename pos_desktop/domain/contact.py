"""Email addresses and phone numbers, normalised so they compare and dial.

Emails are checked for syntax only (email-validator, no DNS: a booth's Wi-Fi must not decide
whether a visitor can register). Phones are stored in E.164 (``+4930123456``), parsed with the
customer's country or, failing that, the installation's default region (``phones.py``).

email-validator and phonenumbers are imported when an address or a number is first checked:
a command that checks none (``customer show``) does not wait for them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

EMAIL_MAX = 254
#: A plain ASCII dot-atom local part (RFC 5322 ``atext``), which email-validator accepts as written.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LOCAL_MAX = 64


def normalize_email(text: str, field: str = say("email")) -> str | None:
    """The address with its domain lower-cased and IDN-normalised; ``None`` when empty."""
    value = text.strip()
    if not value:
        return None
    if len(value) > EMAIL_MAX:
        raise ValidationError.single(
            field, say("is longer than {limit} characters", limit=EMAIL_MAX)
        )
    fast = _plain_address(value)
    if fast is not None:
        return fast
    from email_validator import EmailNotValidError, validate_email  # noqa: PLC0415 - see above

    try:
        checked = validate_email(value, check_deliverability=False)
    except EmailNotValidError as err:
        problem = say(
            "{address!r} is not a valid address: {reason}", address=value, reason=str(err)
        )
        raise ValidationError.single(field, problem) from None
    return str(checked.normalized)


def _plain_address(value: str) -> str | None:
    """The common case without the full check (an import validates 100,000 addresses, most at
    a few hundred domains): a plain ASCII local part plus a domain checked once per domain by
    email-validator. ``None`` for anything else, which then takes the full check (and gets its
    exact message); a property test holds the two to the same answers."""
    local, at, domain = value.rpartition("@")
    if not at or len(local) > _LOCAL_MAX or not _PLAIN_LOCAL.fullmatch(local):
        return None
    normalized = _checked_domain(domain)
    if normalized is None:
        return None
    address = f"{local}@{normalized}"
    return address if len(address) <= EMAIL_MAX else None


@lru_cache(maxsize=8192)
def _checked_domain(domain: str) -> str | None:
    """The domain as email-validator normalises it, or ``None`` when it rejects it."""
    from email_validator import EmailNotValidError, validate_email  # noqa: PLC0415 - see above

    try:
        return str(validate_email(f"a@{domain}", check_deliverability=False).domain)
    except EmailNotValidError:
        return None


def email_key(email: str) -> str:
    """What two registrations share when they are the same mailbox (case-insensitive)."""
    return email.casefold()


def normalize_phone(text: str, region: str | None, field: str = say("phone")) -> str | None:
    """E.164 form of a number written nationally (with ``region``) or internationally."""
    value = text.strip()
    if not value:
        return None
    from pos_desktop.domain.phones import phone_or_none  # noqa: PLC0415 - see above

    e164 = phone_or_none(value, region)
    if e164 is None:
        raise ValidationError.single(field, phone_problem(value, region))
    return e164


def phone_or_none(value: str, region: str | None) -> str | None:
    """``normalize_phone`` of a non-empty, trimmed ``value`` without raising: ``None`` when it
    is no valid number (an import keeps such a cell as written; an exception per cell cost it
    more than the check). The import calls ``phones.phone_or_none`` itself."""
    from pos_desktop.domain import phones  # noqa: PLC0415 - see above

    return phones.phone_or_none(value, region)


def phone_problem(value: str, region: str | None) -> str:
    """Why ``value`` is not a phone number, as the person fixing it reads it."""
    if region and not value.startswith("+"):
        return say(
            "{number!r} is not a valid phone number for {region}; include +country code",
            number=value,
            region=region,
        )
    return say("{number!r} is not a valid phone number; include +country code", number=value)


def check_region(text: str, field: str = say("default phone region")) -> str:
    """The region code, upper-cased, if phonenumbers knows it (``DE``, ``US``)."""
    from pos_desktop.domain import phones  # noqa: PLC0415 - see above

    return phones.check_region(text, field)
