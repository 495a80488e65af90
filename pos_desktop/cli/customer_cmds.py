"""``customer add|show|search|edit|qr|badge|bills``."""

from __future__ import annotations

from pathlib import Path

import click

from pos_desktop.cli.command_index import ExtendedGroup
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.document_files import write_document
from pos_desktop.cli.exactly_once import key_option
from pos_desktop.cli.offline_fallback import OFFLINE_NOTE, online_or_offline
from pos_desktop.cli.output import emit_json, pairs, table
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.countries import country_name
from pos_desktop.domain.customer import CustomerInput, CustomerType
from pos_desktop.domain.customer_fields import CUSTOMER_FIELDS, covering
from pos_desktop.domain.document_language import document_language
from pos_desktop.domain.languages import LANGUAGES
from pos_desktop.domain.money import format_amount
from pos_desktop.services.customer_views import (
    CustomerCard,
    CustomerView,
    card_document,
    customer_document,
)

TYPES = click.Choice([t.value for t in CustomerType])
#: The fields both commands declare alike. ``--name`` and ``--email`` are required by ``add``
#: and optional in ``edit``; ``--type`` is a choice with a default in ``add``: each command
#: declares those three itself.
SHARED_FIELDS = tuple(
    f for f in CUSTOMER_FIELDS if f.name not in ("name", "email", "customer_type")
)


def _field_options(func: click.decorators.FC) -> click.decorators.FC:
    for field in reversed(SHARED_FIELDS):
        func = click.option(field.option, field.name, default=None, help=field.help)(func)
    return func


#: ``customer show``'s order: who, then how to reach them, then the address as a letter has it.
SHOWN = covering(
    (
        "name",
        "company",
        "job_title",
        "email",
        "phone",
        "street",
        "postcode",
        "city",
        "country",
        "vat_id",
        "customer_type",
        "language",
        "notes",
    )
)
_LABELS = {f.name: f.label for f in CUSTOMER_FIELDS} | {"customer_type": "type"}


def _shown(view: CustomerView, name: str) -> object:
    value = getattr(view, name)
    if name == "country" and value:
        return f"{country_name(value)} ({value})"
    if name == "language":
        shown = document_language(value, view.country)
        named = f"{LANGUAGES[shown]} ({shown})"
        return named if value else f"{named}, from the country" if view.country else None
    return value  # a CustomerType prints as its value


def _show_customer(view: CustomerView) -> None:
    code = ("code", f"{view.code}  ({CustomerCode(view.code).display})")
    pairs([code, *((_LABELS[name], _shown(view, name)) for name in SHOWN)])


def _show_card(card: CustomerCard) -> None:
    _show_customer(card.customer)
    totals = ", ".join(f"{format_amount(t.total, t.currency)} {t.currency}" for t in card.totals)
    pairs([("bills", str(card.bill_count)), ("total billed", totals or "0")])
    if card.last_invoices:
        click.echo("")
        table(
            ["invoice", "date", "status", "amount"],
            [
                (
                    b.number,
                    f"{b.issued_at:%Y-%m-%d %H:%M}" if b.issued_at else "",
                    b.status,
                    f"{format_amount(b.gross, b.currency)} {b.currency}",
                )
                for b in card.last_invoices
            ],
        )


@click.group("customer", cls=ExtendedGroup)
def customer_group() -> None:
    """Register, find and edit customers."""


@customer_group.command("add")
@click.option("--name", required=True)
@click.option("--email", required=True)
@_field_options
@click.option("--type", "customer_type", type=TYPES, default=CustomerType.INDIVIDUAL.value)
@click.option("--allow-duplicate", is_flag=True, help="Register even if the email is known.")
@click.option(
    "--qr",
    "qr_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the QR code PNG here.",
)
@key_option
@click.option("--json", "as_json", is_flag=True)
@pass_context
def customer_add(
    obj: CliContext,
    /,
    *,
    name: str,
    email: str,
    customer_type: str,
    allow_duplicate: bool,
    qr_out: Path | None,
    key_text: str | None,
    as_json: bool,
    **fields: str | None,
) -> None:
    """Register a customer; prints the new customer code."""
    data = CustomerInput(
        name=name,
        email=email,
        customer_type=customer_type,
        **{k: v or "" for k, v in fields.items()},
    )
    view, offline = online_or_offline(
        obj,
        lambda services, actor, key: services.customers.register(
            actor, data, allow_duplicate_email=allow_duplicate, key=key
        ),
        key_text,
        "the registration",
    )
    qr_problem = _write_qr(view.code, qr_out) if qr_out else None
    if as_json:
        emit_json(customer_document(view) | ({"offline": True} if offline else {}))
    else:
        click.echo(f"Registered {view.name}: customer code {view.code}")
        if offline:
            click.echo(OFFLINE_NOTE)
        if qr_out and qr_problem is None:
            click.echo(f"QR code written to {qr_out}")
    if qr_problem is not None:
        # Registered all the same: the code is printed above, so nobody registers them twice.
        raise click.ClickException(
            f"{qr_problem.message}; {view.code} is registered: "
            f"`pos-desktop customer qr {view.code} --out FILE` writes the QR code"
        )


def _write_qr(code: str, out: Path, box_size: int = 10) -> click.ClickException | None:
    """Write the QR of ``code`` to ``out`` whole; the one-line error if that failed."""
    from pos_desktop.adapters.qr_image import qr_png  # noqa: PLC0415 - qrcode, PIL

    try:
        write_document(out, qr_png(code, box_size=box_size))
    except click.ClickException as problem:
        return problem
    return None


@customer_group.command("show")
@click.argument("code")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def customer_show(obj: CliContext, /, *, code: str, as_json: bool) -> None:
    """The customer with CODE, their bill count, total billed and last invoices."""
    card = obj.services().customers.card(obj.actor, code)
    if as_json:
        emit_json(card_document(card))
    else:
        _show_card(card)


@customer_group.command("search")
@click.argument("text")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 500))
@click.option("--json", "as_json", is_flag=True)
@pass_context
def customer_search(obj: CliContext, /, *, text: str, limit: int, as_json: bool) -> None:
    """Customers whose name, email, phone, company or code contain every word of TEXT,
    newest first."""
    found = obj.services().customers.search(obj.actor, text, limit=limit)
    if as_json:
        emit_json([customer_document(c) for c in found])
        return
    if not found:
        click.echo("No customer matches.")
        return
    table(
        ["code", "name", "company", "email", "phone", "country"],
        [(c.code, c.name, c.company, c.email, c.phone, c.country) for c in found],
    )


@customer_group.command("edit")
@click.argument("code")
@click.option("--name", default=None)
@click.option("--email", default=None)
@_field_options
@click.option("--type", "customer_type", type=TYPES, default=None)
@click.option("--allow-duplicate", is_flag=True, help="Accept an email another customer has.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def customer_edit(
    obj: CliContext,
    /,
    *,
    code: str,
    allow_duplicate: bool,
    as_json: bool,
    **fields: str | None,
) -> None:
    """Change only the fields given; an empty value ("") clears an optional field."""
    changes = {k: v for k, v in fields.items() if v is not None}
    if not changes:
        raise click.UsageError("say what to change, e.g. --phone '+49 30 1234567'")
    view = obj.services().customers.edit(
        obj.actor, code, changes, allow_duplicate_email=allow_duplicate
    )
    if as_json:
        emit_json(customer_document(view))
    else:
        click.echo(f"Customer {view.code} updated.")
        _show_customer(view)


@customer_group.command("qr")
@click.argument("code")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--box-size",
    default=10,
    show_default=True,
    type=click.IntRange(1, 50),
    help="Pixels per QR module.",
)
@pass_context
def customer_qr(obj: CliContext, /, *, code: str, out: Path, box_size: int) -> None:
    """Write the QR code of a customer's code as a PNG image."""
    view = obj.services().customers.get(obj.actor, code)
    problem = _write_qr(view.code, out, box_size)
    if problem is not None:
        raise problem
    click.echo(f"QR code of {view.code} ({view.name}) written to {out}")


@customer_group.command("badge")
@click.argument("code")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@pass_context
def customer_badge(obj: CliContext, /, *, code: str, out: Path) -> None:
    """Write the customer's badge (name, company, code, QR; A6) as a PDF."""
    pdf = obj.services().documents.badge_pdf_for(obj.actor, code)
    write_document(out, pdf)
    click.echo(f"Badge of {CustomerCode.parse(code).value} written to {out}")


@customer_group.command("bills")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True)
@pass_context
def customer_bills(obj: CliContext, /, *, limit: int, as_json: bool) -> None:
    """Bills per customer: who was billed most often, and for how much (voids excluded)."""
    rows = obj.services().customers.bills_per_customer(obj.actor, limit=limit)
    if as_json:
        emit_json(
            [
                {
                    "code": r.code,
                    "name": r.name,
                    "company": r.company,
                    "currency": r.currency,
                    "bill_count": r.bill_count,
                    "total_billed": format_amount(r.total, r.currency),
                }
                for r in rows
            ]
        )
        return
    table(
        ["code", "name", "company", "bills", "total"],
        [
            (
                r.code,
                r.name,
                r.company,
                r.bill_count,
                f"{format_amount(r.total, r.currency)} {r.currency}",
            )
            for r in rows
        ],
    )
