"""``workshop add|list|show|publish|cancel|waitlist|certificates|expire-offers|remind|no-shows|
stats``, ``checkin``.

Seats are sold by ``invoice create --customer C --item CODE:QTY``. ``checkin --json`` gives the
door's verdict as ``result`` (admitted, already, not_booked, wrong_session, cancelled): exit 0
when the person may go in or is in already, 1 when turned away.
"""

from __future__ import annotations

import datetime as dt

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.offline_fallback import OFFLINE_NOTE, online_or_offline
from pos_desktop.cli.output import emit_json, pairs, table
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.money import plain_amount
from pos_desktop.domain.workshops import CheckinResult, WorkshopInput, WorkshopStatus
from pos_desktop.services.workshop_stats import no_show_document, stats_document
from pos_desktop.services.workshop_views import (
    CheckinVerdict,
    WorkshopView,
    checkin_document,
    workshop_document,
)

TURNED_AWAY = 1


def _moment(text: str, field: str) -> dt.datetime:
    """ISO 8601; without an offset it is this computer's local time."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError.single(field, f"{text!r} is not an ISO date and time") from None
    return moment if moment.tzinfo else moment.astimezone()


def _when(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


@click.group("workshop")
def workshop_group() -> None:
    """Workshops and talks: seats, waitlist, certificates (sell seats with invoice create)."""


@workshop_group.command("add")
@click.argument("code")
@click.option("--title", required=True)
@click.option("--starts", required=True, help="ISO date and time, e.g. 2026-05-04T14:00+02:00.")
@click.option("--minutes", required=True, type=int, help="Duration.")
@click.option("--capacity", required=True, type=int, help="Seats.")
@click.option("--price", required=True, help="Per seat, as typed at the till; 0 for free.")
@click.option("--vat", required=True, help="VAT rate in percent.")
@click.option("--room", default="")
@click.option("--category", default="")
@click.option("--description", default="")
@click.option("--deadline", default="", help="No seats sold after this (ISO date and time).")
@click.option("--draft", is_flag=True, help="Set up but not on sale yet.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def workshop_add(
    obj: CliContext,
    /,
    *,
    code: str,
    title: str,
    starts: str,
    minutes: int,
    capacity: int,
    price: str,
    vat: str,
    room: str,
    category: str,
    description: str,
    deadline: str,
    draft: bool,
    as_json: bool,
) -> None:
    """Set up a workshop of the current exhibition (managers)."""
    data = WorkshopInput(
        code=code,
        title=title,
        starts_at=_moment(starts, "starts"),
        minutes=minutes,
        capacity=capacity,
        price=price,
        vat_rate=vat,
        room=room,
        category=category,
        description=description,
        status=WorkshopStatus.DRAFT if draft else WorkshopStatus.PUBLISHED,
        booking_deadline=_moment(deadline, "deadline") if deadline else None,
    )
    view = obj.services().workshops.add(obj.actor, data)
    if as_json:
        emit_json(workshop_document(view))
    else:
        click.echo(f"Added workshop {view.code}: {view.title}, {_when(view.starts_at)}")


@workshop_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def workshop_list(obj: CliContext, /, *, as_json: bool) -> None:
    """The current exhibition's workshops by start time."""
    views = obj.services().workshops.list_workshops(obj.actor)
    if as_json:
        emit_json([workshop_document(v) for v in views])
        return
    table(
        ["code", "starts", "title", "room", "booked", "waitlist", "in", "price", "status"],
        [
            (
                v.code,
                _when(v.starts_at),
                v.title,
                v.room,
                f"{v.booked}/{v.capacity}",
                v.waitlist,
                v.checked_in,
                "free" if v.is_free else plain_amount(v.price),
                v.status.value,
            )
            for v in views
        ],
    )


def _show(view: WorkshopView) -> None:
    pairs(
        [
            ("workshop", f"{view.code}: {view.title}"),
            ("status", view.status.value),
            ("starts", f"{_when(view.starts_at)} ({view.minutes} min)"),
            ("room", view.room),
            ("category", view.category),
            ("price", "free" if view.is_free else f"{plain_amount(view.price)} {view.currency}"),
            ("VAT %", format(view.vat_rate.normalize(), "f")),
            ("seats", f"{view.booked} booked of {view.capacity}, {view.seats_free} free"),
            ("held", view.held or None),
            ("waitlist", view.waitlist),
            ("checked in", view.checked_in),
            ("revenue", f"{plain_amount(view.revenue)} {view.currency}"),
            ("booking until", _when(view.booking_deadline) if view.booking_deadline else None),
            ("cancelled", view.cancel_reason),
            ("about", view.description),
        ]
    )


@workshop_group.command("show")
@click.argument("code")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def workshop_show(obj: CliContext, /, *, code: str, as_json: bool) -> None:
    """One workshop with its figures."""
    view = obj.services().workshops.show(obj.actor, code)
    if as_json:
        emit_json(workshop_document(view))
    else:
        _show(view)


@workshop_group.command("publish")
@click.argument("code")
@pass_context
def workshop_publish(obj: CliContext, /, *, code: str) -> None:
    """Put a draft workshop on sale (managers)."""
    workshops = obj.services().workshops
    now = workshops.show(obj.actor, code)
    data = WorkshopInput(
        code=now.code,
        title=now.title,
        starts_at=now.starts_at,
        minutes=now.minutes,
        capacity=now.capacity,
        price=now.price,
        vat_rate=now.vat_rate,
        room=now.room or "",
        description=now.description or "",
        category=now.category or "",
        status=WorkshopStatus.PUBLISHED,
        booking_deadline=now.booking_deadline,
    )
    view = workshops.edit(obj.actor, code, data, expected_version=now.version)
    click.echo(f"Workshop {view.code} is on sale: {view.capacity} seats")


@workshop_group.command("cancel")
@click.argument("code")
@click.option("--reason", required=True)
@pass_context
def workshop_cancel(obj: CliContext, /, *, code: str, reason: str) -> None:
    """Call a workshop off (managers); refund the seats sold with invoice refund."""
    view = obj.services().workshops.cancel(obj.actor, code, reason)
    click.echo(f"Cancelled workshop {view.code} ({view.booked} seats were booked)")


@workshop_group.command("waitlist")
@click.argument("code")
@click.option("--customer", "customer_code", required=True)
@pass_context
def workshop_waitlist(obj: CliContext, /, *, code: str, customer_code: str) -> None:
    """Put a customer in line for a full workshop; a freed seat is offered by email."""
    place = obj.services().workshops.join_waitlist(obj.actor, code, customer_code)
    click.echo(
        f"{place.customer_code} is number {place.position} on the waitlist of {place.workshop_code}"
    )


@workshop_group.command("expire-offers")
@pass_context
def workshop_expire_offers(obj: CliContext, /) -> None:
    """Pass seat offers nobody answered in time to the next in line (the app does it itself)."""
    expired = obj.services().workshops.pass_on_expired_offers()
    click.echo(f"{expired} offer(s) expired")


@workshop_group.command("remind")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def workshop_remind(obj: CliContext, /, *, as_json: bool) -> None:
    """One round of what the app does by itself: expired seat offers pass on, and reminders
    due ([workshops] reminder_minutes before the start) are queued. For cron on a server."""
    done = obj.services().workshops.run_round()
    if as_json:
        emit_json(done.as_json())
    else:
        click.echo(f"{done.reminders} reminder(s) queued, {done.offers_expired} offer(s) expired")


@workshop_group.command("certificates")
@click.argument("code")
@pass_context
def workshop_certificates(obj: CliContext, /, *, code: str) -> None:
    """Queue the attendance certificates of everyone checked in who has had none yet (after
    the end; managers)."""
    queued = obj.services().workshops.queue_certificates(obj.actor, code)
    click.echo(f"{queued} certificate(s) queued; outbox send delivers them")


@workshop_group.command("no-shows")
@click.argument("code")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def workshop_no_shows(obj: CliContext, /, *, code: str, as_json: bool) -> None:
    """Who booked but was not checked in (after the end; managers)."""
    missing = obj.services().workshops.no_shows(obj.actor, code)
    if as_json:
        emit_json([no_show_document(n) for n in missing])
        return
    table(
        ["customer", "name", "email", "seats", "in"],
        [(n.customer_code, n.name, n.email, n.seats, n.checked_in) for n in missing],
    )


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError.single("day", f"{text!r} is not a date (YYYY-MM-DD)") from None


@workshop_group.command("stats")
@click.option("--day", default="", help="YYYY-MM-DD (this computer's time zone); default today.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def workshop_stats(obj: CliContext, /, *, day: str, as_json: bool) -> None:
    """A day's workshops in figures: booked, checked in, no-shows, waitlist, conversions from
    the waitlist, revenue."""
    stats = obj.services().workshops.day_stats(obj.actor, _day(day) if day else None)
    if as_json:
        emit_json(stats_document(stats))
        return
    click.echo(f"Workshops on {stats.day:%Y-%m-%d}")
    table(
        ["code", "starts", "title", "booked", "in", "no-shows", "waitlist", "converted", "revenue"],
        [
            (
                w.code,
                _when(w.starts_at),
                w.title,
                f"{w.booked}/{w.capacity}",
                w.checked_in,
                "-" if w.no_shows is None else w.no_shows,
                w.waitlist,
                w.conversions,
                plain_amount(w.revenue),
            )
            for w in stats.workshops
        ],
    )


def _say(verdict: CheckinVerdict) -> str:
    who = verdict.name
    match verdict.result:
        case CheckinResult.ADMITTED:
            return f"Admitted: {who} (seat {verdict.seat} of {verdict.seats})"
        case CheckinResult.ALREADY:
            at = _when(verdict.checked_in_at) if verdict.checked_in_at else "?"
            return f"Already checked in at {at}: {who}"
        case CheckinResult.WRONG_SESSION:
            starts = _when(verdict.booked_for_starts) if verdict.booked_for_starts else "?"
            return f"{who} is booked for {verdict.booked_for} at {starts}, not this session"
        case CheckinResult.CANCELLED:
            return f"Cancelled: {who} has no seat in {verdict.workshop_code} (cancelled)"
        case _:
            return f"Not booked - {verdict.seats_free} seats free: send {who} to the counter"


@click.command("checkin")
@click.argument("code")
@click.option("--customer", "customer_code", required=True, help="The code on their QR.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def checkin(obj: CliContext, /, *, code: str, customer_code: str, as_json: bool) -> None:
    """Scan a customer in at workshop CODE's door; exit 1 when they are turned away.

    When the server does not answer, the scan goes to this terminal's offline journal
    (``"offline": true``) and reaches the server with the next sync."""
    verdict, offline = online_or_offline(
        obj,
        lambda services, actor, key: services.workshops.check_in(
            actor, code, customer_code, key=key
        ),
        None,
        "the check-in",
    )
    if as_json:
        emit_json(checkin_document(verdict) | ({"offline": True} if offline else {}))
    else:
        click.echo(_say(verdict))
        if offline:
            click.echo(OFFLINE_NOTE)
    if verdict.result not in (CheckinResult.ADMITTED, CheckinResult.ALREADY):
        click.get_current_context().exit(TURNED_AWAY)
