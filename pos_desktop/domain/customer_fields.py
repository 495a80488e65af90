"""The fields a person types about a customer, listed once.

The form, the CLI's ``customer add|edit`` options, the service's insert and edit, the import's
bulk rows, the JSON document and the export take their fields from :data:`CUSTOMER_FIELDS`, so a
new field is added here (and to the dataclasses and the table, which tests compare with this
list). The order is the form's and the CLI's: who, how to reach them, where they work and live,
what they are; a place whose contract fixes another order (the JSON document, the export)
names its order with :func:`covering`, which refuses one that leaves a field out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CustomerField:
    #: The attribute (``CustomerInput``, ``CustomerFields``, the view), the table column, the
    #: JSON key, the export column and the key of ``CustomerService.edit``'s changes.
    name: str
    #: How problems name the field (``FieldProblem.field``) and the form labels it.
    label: str
    #: The option of ``customer add`` and ``customer edit`` (a contract with scripts).
    option: str
    #: The option's help in ``--help``.
    help: str | None = None


CUSTOMER_FIELDS = (
    CustomerField("name", "name", "--name"),
    CustomerField("email", "email", "--email"),
    CustomerField(
        "phone", "phone", "--phone", "Phone; national numbers are read in the customer's country."
    ),
    CustomerField("company", "company", "--company"),
    CustomerField("job_title", "job title", "--job-title"),
    CustomerField("country", "country", "--country", "Country name or ISO code."),
    CustomerField(
        "street",
        "street",
        "--street",
        "Street and number (a company address makes invoices full).",
    ),
    CustomerField("postcode", "postcode", "--postcode"),
    CustomerField("city", "city", "--city"),
    CustomerField(
        "vat_id",
        "VAT ID",
        "--vat-id",
        "EU VAT ID, e.g. DE136695976 (checked: format and check digits).",
    ),
    CustomerField("customer_type", "customer type", "--type"),
    CustomerField(
        "language",
        "language",
        "--language",
        "Language of receipts, invoices and emails: en, de, fr, es, it, nl or pl;"
        ' "" (empty): from the country.',
    ),
    CustomerField("notes", "notes", "--notes"),
)
FIELD_NAMES = tuple(f.name for f in CUSTOMER_FIELDS)


def covering(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` as given, once sure it holds every customer field: the order of a contract
    (columns, document keys) that differs from the list's, with other names among them.

    Checked when the module that declares the order is imported, so a field added to the list
    but not placed in that order stops the program (and every test) instead of going missing
    from files and scripts.
    """
    ordered = tuple(names)
    missing = [name for name in FIELD_NAMES if name not in ordered]
    if missing:
        raise ValueError(f"customer fields {', '.join(missing)} have no place in {ordered}")
    return ordered
