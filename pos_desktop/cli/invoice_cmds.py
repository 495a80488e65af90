"""``invoice create|show|list|pay|edit|void|pdf``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pos_desktop.cli.command_index import ExtendedGroup
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.document_files import paper_option, write_document
from pos_desktop.cli.exactly_once import exactly_once, key_option
from pos_desktop.cli.invoice_specs import parse_line_specs, parse_payment_spec, product_lines
from pos_desktop.cli.offline_fallback import OFFLINE_NOTE, online_or_offline, where_held
from pos_desktop.cli.output import emit_json, pairs, table
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.basket_discount import spread_discount
from pos_desktop.domain.errors import LargeTender, ValidationError
from pos_desktop.domain.invoice import InvoiceStatus, PaymentInput
from pos_desktop.domain.money import format_amount
from pos_desktop.domain.roles import Actor
from pos_desktop.services.invoice_views import InvoiceView, invoice_document
from pos_desktop.services.sales import InvoiceFilter, SaleInput

if TYPE_CHECKING:
    from pos_desktop.bootstrap import Services

ITEM_HELP = (
    "A product by SKU or barcode, or seats of a workshop by its code: CODE:QTY (its price and"
    " VAT rate; seats need --customer); repeat for more."
)
LINE_HELP = 'A line "DESCRIPTION|QTY|UNIT_PRICE|VAT_PERCENT"; repeat for more lines.'
PAY_HELP = "cash:AMOUNT (what was handed over) or card:AMOUNT[:REF]; repeat to split."


def _show(view: InvoiceView) -> None:
    cur = view.currency

    def money(amount: object) -> str:
        return f"{format_amount(amount, cur)} {cur}"  # type: ignore[arg-type]

    pairs(
        [
            ("invoice", view.number or f"draft {view.id}"),
            ("status", view.status.value),
            ("date", f"{view.issued_at:%Y-%m-%d %H:%M}" if view.issued_at else None),
            (
                "customer",
                f"{view.customer_name} ({view.customer_code})" if view.customer_code else "walk-in",
            ),
            ("cashier", view.cashier),
            ("prices", "incl. VAT" if view.prices_include_vat else "excl. VAT"),
            (
                "bill to",
                "; ".join(view.buyer.block_lines()) if view.buyer and view.is_full else None,
            ),
            ("reverse charge", "yes" if view.reverse_charge else None),
        ]
    )
    click.echo("")
    table(
        ["#", "description", "qty", "unit price", "discount", "VAT %", "total"],
        [
            (
                ln.position,
                ln.description,
                format(ln.quantity.normalize(), "f"),
                format_amount(ln.unit_price, cur),
                format_amount(ln.discount, cur) if ln.discount else "",
                format(ln.vat_rate.normalize(), "f"),
                format_amount(ln.gross, cur),
            )
            for ln in view.lines
        ],
    )
    click.echo("")
    for bucket in view.vat_breakdown:
        click.echo(
            f"VAT {format(bucket.rate.normalize(), 'f')}%: net {format_amount(bucket.net, cur)}"
            f"  VAT {format_amount(bucket.vat, cur)}"
        )
    pairs(
        [
            ("net", money(view.net)),
            ("VAT", money(view.vat)),
            ("total", money(view.gross)),
            ("paid", money(view.paid)),
            ("balance", money(view.balance) if view.balance else None),
            ("change", money(view.change) if view.change else None),
        ]
    )
    for p in view.payments:
        ref = f" ref {p.reference}" if p.reference else ""
        click.echo(f"  {p.method.value}: {money(p.tendered)}{ref}")
    if view.void_reason:
        click.echo(f"VOID by {view.voided_by}: {view.void_reason}")


def _payments(specs: tuple[str, ...], currency: str, *, confirmed: bool) -> list[PaymentInput]:
    return [
        parse_payment_spec(s, currency=currency, number=i, confirm_large_tender=confirmed)
        for i, s in enumerate(specs, 1)
    ]


@contextmanager
def _large_tender_hint() -> Iterator[None]:
    """Cash far above what is due: say how a script confirms it."""
    try:
        yield
    except LargeTender as error:
        problem = error.problems[0]
        raise ValidationError.single(
            problem.field, f"{problem.message} (--confirm-large-tender)"
        ) from None


CONFIRM_HELP = "Cash received above the plausibility limit (billing.tender_limit_*) is right."


def _currency(obj: CliContext) -> str:
    return obj.services().billing.till(obj.actor).currency


@click.group("invoice", cls=ExtendedGroup)
def invoice_group() -> None:
    """Sell, look up, pay, edit and void invoices."""


@invoice_group.command("create")
@click.option("--customer", "customer_code", default=None, help="Customer code (omit: walk-in).")
@click.option("--line", "line_specs", multiple=True, help=LINE_HELP)
@click.option("--item", "item_specs", multiple=True, help=ITEM_HELP)
@click.option(
    "--discount", "basket_discount", default="", help="Off the whole sale: 10% or an amount."
)
@click.option("--pay", "pay_specs", multiple=True, help=PAY_HELP)
@click.option("--confirm-large-tender", "confirmed", is_flag=True, help=CONFIRM_HELP)
@click.option("--draft", is_flag=True, help="Save without a number (no payments).")
@click.option(
    "--reverse-charge",
    is_flag=True,
    help="Print the reverse-charge note (managers; a customer with another EU country's VAT ID).",
)
@key_option
@click.option("--json", "as_json", is_flag=True)
@pass_context
def invoice_create(
    obj: CliContext,
    /,
    *,
    customer_code: str | None,
    line_specs: tuple[str, ...],
    item_specs: tuple[str, ...],
    basket_discount: str,
    pay_specs: tuple[str, ...],
    confirmed: bool,
    draft: bool,
    reverse_charge: bool,
    key_text: str | None,
    as_json: bool,
) -> None:
    """Create and issue an invoice (one transaction: all lines and payments, or nothing)."""
    if not line_specs and not item_specs:
        raise click.UsageError("give at least one --line or --item")

    def sell(services: Services, actor: Actor, key: ActionKey) -> InvoiceView:
        currency = services.billing.till(actor).currency
        lines = parse_line_specs(
            line_specs, currency=currency, default_vat=obj.settings.billing.default_vat_rate
        )
        lines += product_lines(services.sale_items, actor, item_specs)
        if basket_discount:
            include_vat = obj.settings.billing.prices_include_vat
            lines = spread_discount(lines, basket_discount, currency, include_vat)
        sale = SaleInput(
            lines,
            customer_code,
            _payments(pay_specs, currency, confirmed=confirmed),
            reverse_charge=reverse_charge,
        )
        return services.billing.create_invoice(actor, sale, issue=not draft, key=key)

    with _large_tender_hint():
        view, offline = online_or_offline(obj, sell, key_text, "the sale")
    if as_json:
        emit_json(invoice_document(view) | ({"offline": True} if offline else {}))
    else:
        _show(view)
        if offline:
            click.echo(OFFLINE_NOTE)


@invoice_group.command("show")
@click.argument("number")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def invoice_show(obj: CliContext, /, *, number: str, as_json: bool) -> None:
    """Invoice NUMBER: its status, customer, lines, VAT and payments."""
    view = obj.services().billing.get(obj.actor, number)
    if as_json:
        emit_json(invoice_document(view))
    else:
        _show(view)


@invoice_group.command("list")
@click.option("--status", type=click.Choice([s.value for s in InvoiceStatus]), default=None)
@click.option("--customer", "customer_code", default=None)
@click.option(
    "--from",
    "date_from",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Issued on or after this day (UTC).",
)
@click.option(
    "--to",
    "date_to",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Issued on or before this day (UTC).",
)
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True)
@pass_context
def invoice_list(
    obj: CliContext,
    /,
    *,
    status: str | None,
    customer_code: str | None,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    limit: int,
    as_json: bool,
) -> None:
    """Newest first; voided invoices are listed and marked."""
    filters = InvoiceFilter(
        status=InvoiceStatus(status) if status else None,
        customer_code=customer_code,
        issued_from=date_from.replace(tzinfo=dt.UTC) if date_from else None,
        issued_to=(date_to.replace(tzinfo=dt.UTC) + dt.timedelta(days=1)) if date_to else None,
    )
    rows = obj.services().billing.list_invoices(obj.actor, filters, limit=limit)
    if as_json:
        emit_json(
            [
                {
                    "number": r.number,
                    "status": r.status.value,
                    "issued_at": r.issued_at.isoformat() if r.issued_at else None,
                    "customer": r.customer_code,
                    "customer_name": r.customer_name,
                    "currency": r.currency,
                    "gross": format_amount(r.gross, r.currency),
                    "paid": format_amount(r.paid, r.currency),
                    "cashier": r.cashier,
                }
                for r in rows
            ]
        )
        return
    table(
        ["number", "date", "status", "customer", "total", "paid"],
        [
            (
                r.number,
                f"{r.issued_at:%Y-%m-%d %H:%M}" if r.issued_at else "",
                r.status.value,
                r.customer_name or "walk-in",
                f"{format_amount(r.gross, r.currency)} {r.currency}",
                format_amount(r.paid, r.currency),
            )
            for r in rows
        ],
    )


@invoice_group.command("pay")
@click.argument("number")
@click.option("--pay", "pay_specs", multiple=True, required=True, help=PAY_HELP)
@key_option
@click.option("--confirm-large-tender", "confirmed", is_flag=True, help=CONFIRM_HELP)
@click.option("--json", "as_json", is_flag=True)
@pass_context
def invoice_pay(
    obj: CliContext,
    /,
    *,
    number: str,
    pay_specs: tuple[str, ...],
    key_text: str | None,
    confirmed: bool,
    as_json: bool,
) -> None:
    """Take (further) payments for an issued invoice."""
    billing = obj.services().billing
    currency = billing.get(obj.actor, number).currency
    payments = _payments(pay_specs, currency, confirmed=confirmed)
    with _large_tender_hint():
        view = exactly_once(
            lambda key: billing.pay(obj.actor, number, payments, key=key), key_text, "the payment"
        )
    if as_json:
        emit_json(invoice_document(view))
    else:
        _show(view)


@invoice_group.command("edit")
@click.argument("number")
@click.option("--line", "line_specs", multiple=True, required=True, help=LINE_HELP)
@click.option("--reason", required=True, help="Why the invoice changes (kept in its history).")
@key_option
@click.option("--json", "as_json", is_flag=True)
@pass_context
def invoice_edit(
    obj: CliContext,
    /,
    *,
    number: str,
    line_specs: tuple[str, ...],
    reason: str,
    key_text: str | None,
    as_json: bool,
) -> None:
    """Replace the lines of an issued invoice; the previous version is kept as a revision."""
    default_vat = obj.settings.billing.default_vat_rate

    def edit(services: Services, actor: Actor, key: ActionKey) -> InvoiceView:
        billing = services.billing
        current = billing.get(actor, number)  # from where it is edited: its version there
        lines = parse_line_specs(line_specs, currency=current.currency, default_vat=default_vat)
        return billing.edit(
            actor, number, lines, reason=reason, expected_version=current.version, key=key
        )

    view, offline = where_held(obj, number, edit, key_text, "the edit")
    if as_json:
        emit_json(invoice_document(view) | ({"offline": True} if offline else {}))
        return
    _show(view)
    if offline:
        click.echo(OFFLINE_NOTE)


@invoice_group.command("pdf")
@click.argument("number")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@paper_option
@pass_context
def invoice_pdf(obj: CliContext, /, *, number: str, out: Path, paper: str | None) -> None:
    """Write the invoice as a PDF for the customer or the accountant."""
    pdf = obj.services().documents.invoice_pdf_for(obj.actor, number, paper=paper)
    write_document(out, pdf)
    click.echo(f"Invoice {number} written to {out}")


@invoice_group.command("void")
@click.argument("number")
@click.option("--reason", required=True, help="Why (shown on the invoice and in the audit log).")
@key_option
@click.option("--json", "as_json", is_flag=True)
@pass_context
def invoice_void(
    obj: CliContext, /, *, number: str, reason: str, key_text: str | None, as_json: bool
) -> None:
    """Void an invoice: it keeps its number, stays visible and counts nowhere."""
    view, offline = where_held(
        obj,
        number,
        lambda services, actor, key: services.billing.void(actor, number, reason=reason, key=key),
        key_text,
        "the void",
    )
    if as_json:
        emit_json(invoice_document(view) | ({"offline": True} if offline else {}))
        return
    click.echo(f"Invoice {view.number} voided.")
    if offline:
        click.echo(OFFLINE_NOTE)
    if view.paid:
        click.echo(
            f"{format_amount(view.paid, view.currency)} {view.currency} was paid: refund it."
        )
