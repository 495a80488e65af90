"""The reminder before a workshop: one email per person holding seats, whoever runs the round.

Every terminal's app runs the round (and cron may run ``workshop remind`` besides), so the
reminder is *claimed* with a conditional UPDATE of the person's bookings (``reminded_at IS
NULL``): on PostgreSQL a second terminal waits for the first one's row locks and then finds
nothing left to claim, and SQLite writers take turns anyway. Only the claim that changed rows
announces ``ReminderDue`` (queued by ``workshop_mail``) in the same transaction, so a round
that fails rolls its claims back with its emails.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from pos_desktop.config import WorkshopSettings
from pos_desktop.domain.workshops import WorkshopStatus
from pos_desktop.services.events import ReminderDue
from pos_desktop.services.messagebus import Transaction
from pos_desktop.storage.models import Workshop, WorkshopBooking

B = WorkshopBooking.__table__.c


def remind_due(
    uow: Transaction, *, settings: WorkshopSettings, by: str, terminal: str, now: datetime
) -> int:
    """Claim and announce the reminders due at ``now``; returns how many people are reminded.

    Due: a published workshop starting within ``reminder_minutes`` (and not started yet), for
    each customer holding seats in it who has not been reminded. Seats bought after their
    reminder went are marked without a second email.
    """
    if settings.reminder_minutes <= 0:
        return 0
    horizon = now + timedelta(minutes=settings.reminder_minutes)
    due = uow.session.execute(
        select(WorkshopBooking.workshop_id, WorkshopBooking.customer_id)
        .join(Workshop, Workshop.id == WorkshopBooking.workshop_id)
        .where(
            Workshop.status == WorkshopStatus.PUBLISHED.value,
            Workshop.starts_at > now,
            Workshop.starts_at <= horizon,
            WorkshopBooking.reminded_at.is_(None),
            WorkshopBooking.released < WorkshopBooking.seats,
        )
        .group_by(WorkshopBooking.workshop_id, WorkshopBooking.customer_id)
        # One order at every terminal: two rounds at once lock the same rows in turn.
        .order_by(WorkshopBooking.workshop_id, WorkshopBooking.customer_id)
    ).all()
    reminded = 0
    for workshop_id, customer_id in due:
        theirs = (B.workshop_id == workshop_id) & (B.customer_id == customer_id)
        told_before = uow.session.scalar(
            select(B.id).where(theirs, B.reminded_at.is_not(None)).limit(1)
        )
        claimed = uow.session.connection().execute(
            update(WorkshopBooking).where(theirs, B.reminded_at.is_(None)).values(reminded_at=now)
        )
        if claimed.rowcount == 0 or told_before is not None:
            continue  # another terminal's round got there first, or they know already
        uow.record(
            ReminderDue(
                workshop_id=workshop_id, customer_id=customer_id, by=by, terminal=terminal, at=now
            )
        )
        reminded += 1
    return reminded
