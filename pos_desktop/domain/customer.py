"""What makes a customer record acceptable, checked before any database is touched."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from pos_desktop.domain.contact import normalize_email, normalize_phone
from pos_desktop.domain.countries import country_code
from pos_desktop.domain.customer_fields import FIELD_NAMES
from pos_desktop.domain.document_language import customer_language
from pos_desktop.domain.errors import ProblemCollector, ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.text import clean_line, clean_multiline, fold, name_text
from pos_desktop.domain.vat_id import normalize_vat_id

NAME_MAX = 120
COMPANY_MAX = 120
JOB_TITLE_MAX = 100
CITY_MAX = 80
STREET_MAX = 120
POSTCODE_MAX = 16
NOTES_MAX = 2000


class CustomerType(StrEnum):
    INDIVIDUAL = "individual"
    CORPORATE = "corporate"
    CREATOR = "creator"
    PRESS = "press"
    EXHIBITOR = "exhibitor"
    PARTNER = "partner"
    VIP = "vip"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CustomerInput:
    """A registration form or CLI call as typed: text, nothing checked yet.

    Its fields are those of ``domain/customer_fields.py`` (a test compares them); the order
    here is history (the address came later) and matters only to positional construction.
    """

    name: str
    email: str = ""
    phone: str = ""
    company: str = ""
    job_title: str = ""
    country: str = ""
    city: str = ""
    customer_type: str = ""
    notes: str = ""
    street: str = ""
    postcode: str = ""
    vat_id: str = ""
    language: str = ""


@dataclass(frozen=True, slots=True)
class CustomerFields:
    """Checked and normalised values, ready to store."""

    name: str
    email: str | None
    phone: str | None
    company: str | None
    job_title: str | None
    country: str | None
    city: str | None
    customer_type: CustomerType
    notes: str | None
    street: str | None = None
    postcode: str | None = None
    vat_id: str | None = None
    #: Of receipts, invoices and emails; ``None``: from the country (document_language.py).
    language: str | None = None

    def as_input(self) -> CustomerInput:
        """Back to form text, e.g. to re-check a stored customer with one field changed."""
        return CustomerInput(**{name: _text(getattr(self, name)) for name in FIELD_NAMES})

    def stored(self) -> dict[str, str | None]:
        """The values as the customers table keeps them: the type as its text."""
        values = {name: getattr(self, name) for name in FIELD_NAMES}
        return values | {"customer_type": self.customer_type.value}


#: What ``CustomerService.edit`` accepts: every field of the list.
EDITABLE_FIELDS = FIELD_NAMES


def _text(value: str | None) -> str:
    """A stored value as the form shows it (a ``CustomerType`` is a ``str``: its value)."""
    return "" if value is None else str(value)


def customer_type(text: str) -> CustomerType:
    value = text.strip().lower()
    if not value:
        return CustomerType.INDIVIDUAL
    try:
        return CustomerType(value)
    except ValueError:
        allowed = ", ".join(t.value for t in CustomerType)
        problem = say("{value!r} is not one of {allowed}", value=text, allowed=allowed)
        raise ValidationError.single(say("customer type"), problem) from None


def _notes(text: str) -> str | None:
    value = clean_multiline(text)
    if len(value) > NOTES_MAX:
        raise ValidationError.single(
            say("notes"), say("are longer than {limit} characters", limit=NOTES_MAX)
        )
    return value or None


_POSTCODE = re.compile(r"[A-Z0-9](?:[A-Z0-9 -]*[A-Z0-9])?")


def postcode_text(text: str) -> str | None:
    """Letters, digits, spaces and hyphens (``10115``, ``SW1A 1AA``, ``1010-001``), upper-cased
    as post offices print them."""
    value = clean_line(text).upper()
    if not value:
        return None
    if len(value) > POSTCODE_MAX:
        raise ValidationError.single(
            say("postcode"), say("is longer than {limit} characters", limit=POSTCODE_MAX)
        )
    if not _POSTCODE.fullmatch(value):
        raise ValidationError.single(
            say("postcode"), say("{postcode!r} is not a postcode", postcode=value)
        )
    return value


def validate_customer(
    data: CustomerInput, *, default_region: str | None, email_required: bool
) -> CustomerFields:
    """Check every field and report all problems at once, each naming its field.

    The phone is read in the customer's own country when one is given (a Swiss visitor types
    a Swiss number), else in the installation's default region; a VAT ID typed without its
    country prefix takes the customer's country's.
    """
    problems = ProblemCollector()
    name = email = phone = company = job = country = city = notes = None
    street = postcode = vat_id = language = None
    kind = CustomerType.INDIVIDUAL
    with problems.collect():
        name = name_text(data.name, say("name"), max_length=NAME_MAX, required=True)
    with problems.collect():
        email = normalize_email(data.email)
        if email is None and email_required:
            problems.add(say("email"), say("is required (the customer code is sent there)"))
    with problems.collect():
        country = country_code(data.country)
    with problems.collect():
        phone = normalize_phone(data.phone, country or default_region)
    with problems.collect():
        company = name_text(data.company, say("company"), max_length=COMPANY_MAX)
    with problems.collect():
        job = name_text(data.job_title, say("job title"), max_length=JOB_TITLE_MAX)
    with problems.collect():
        city = name_text(data.city, say("city"), max_length=CITY_MAX)
    with problems.collect():
        street = name_text(data.street, say("street"), max_length=STREET_MAX)
    with problems.collect():
        postcode = postcode_text(data.postcode)
    with problems.collect():
        vat_id = normalize_vat_id(data.vat_id, country)
    with problems.collect():
        kind = customer_type(data.customer_type)
    with problems.collect():
        notes = _notes(data.notes)
    with problems.collect():
        language = customer_language(data.language)
    problems.raise_if_any()
    assert name is not None
    return CustomerFields(
        name,
        email,
        phone,
        company,
        job,
        country,
        city,
        kind,
        notes,
        street,
        postcode,
        vat_id,
        language,
    )


def search_text(values: CustomerFields, code: str) -> str:
    """One folded string holding everything a cashier may type to find the customer."""
    return with_code(search_words(values.name, values.email, values.phone, values.company), code)


def search_words(
    name: str, email: str | None, phone: str | None, company: str | None
) -> str | None:
    """:func:`search_text` without the code (an import knows the words before the code);
    ``None`` when there are none."""
    parts = [p for p in (name, email, phone, company) if p]
    return " ".join(fold(p) for p in parts) if parts else None


def with_code(words: str | None, code: str) -> str:
    folded = code.lower()  # what ``fold`` gives for a code (ASCII), without filling its cache
    return folded if words is None else f"{words} {folded}"
