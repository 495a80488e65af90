"""Delivering the outbox: claim what is due, send it, mark it; retry with backoff; never block.

Per message, three short steps, none of them holding a transaction open across the network:

1. **claim** (one transaction): ``attempts + 1`` and ``next_attempt_at = now + lease``, only if
   the row is still queued and due, so two senders (two tills on one PostgreSQL) never both
   take it;
2. **send** over SMTP, with the attachments rendered now (services/email_documents.py) on a
   helper thread, a few messages ahead of the one on the wire;
3. **mark** (one transaction): sent, or the reason and the next attempt (exponential backoff,
   domain/outbox.py), or failed for good after the last attempt or a permanent refusal.

A sender killed between 2 and 3 leaves the message claimed; when the lease ends it is sent
again with the same Message-ID, so the recipient's client shows one message. Nothing is lost:
at worst a message arrives twice, never zero times.

Threading: :meth:`OutboxSender.send_due` blocks on the network; the app runs it on the
:class:`SenderLoop` thread, the CLI in its own process. Never on the UI thread. Each call starts
one short-lived render thread of its own (the renderers are safe from any thread) and has
joined it when it returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, replace

from sqlalchemy import select, update

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.outbox import (
    CLAIM_LEASE,
    AttachmentSpec,
    DeliveryFailed,
    MessageState,
    OutgoingEmail,
    gives_up,
    retry_delay,
)
from pos_desktop.domain.phrases import say
from pos_desktop.services.background_loop import RoundLoop
from pos_desktop.services.email_documents import AttachmentRenderer
from pos_desktop.services.outbox.ports import Mailer, MailSession
from pos_desktop.storage.models import OutboxMessage
from pos_desktop.storage.uow import Database

log = logging.getLogger(__name__)
#: Messages claimed per transaction: fewer commits, and a lost batch is at most this many.
CLAIM_BATCH = 20


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    #: Why nothing was tried (email not set up), or the connection problem that ended the round.
    stopped: str | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return self.sent + self.retrying + self.failed


class OutboxSender:
    def __init__(
        self, db: Database, clock: Clock, mailer: Mailer, renderer: AttachmentRenderer
    ) -> None:
        self._db = db
        self._clock = clock
        self.mailer = mailer
        self._renderer = renderer

    def send_due(self, *, limit: int = 500) -> SendReport:
        """Deliver what is due now over one SMTP session; at most ``limit`` messages."""
        report = SendReport()
        problem = self.mailer.missing()
        if problem:
            report.stopped = problem
            return report
        due = self._due_ids(limit)
        if not due:
            return report
        with ExitStack() as stack:
            # One helper thread renders the attachments of the claimed messages in order while
            # this thread sends and marks the ones before: SMTP replies and the mark's commit
            # are waits, and a badge PDF costs as much as both. Leaving the block (a lost
            # connection, an error) drops the renders not started.
            renders = stack.enter_context(
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-render")
            )
            stack.callback(renders.shutdown, cancel_futures=True)
            session: MailSession | None = None
            for start in range(0, len(due), CLAIM_BATCH):
                claimed = self._claim(due[start : start + CLAIM_BATCH])
                # Rendered after the claim's commit: no lock is held while a PDF is drawn.
                parts = [renders.submit(self._renderer.render_all, specs) for *_, specs in claimed]
                for index, (message_id, stored, _specs) in enumerate(claimed):
                    try:
                        mail = replace(stored, attachments=parts[index].result())
                        if session is None:
                            session = stack.enter_context(self.mailer.session())
                        session.send(mail)
                    except DeliveryFailed as failure:
                        self._mark_failed(message_id, failure, report)
                        if failure.connection:
                            # The session is gone: the rest of the claimed batch gets the same
                            # reason and its backoff instead of waiting out the lease.
                            for rest_id, _mail, _specs in claimed[index + 1 :]:
                                self._mark_failed(rest_id, failure, report)
                            report.stopped = failure.reason
                            return report
                        continue
                    except Exception as error:  # a bug in rendering: the message must not loop
                        log.exception("outbox message %s could not be prepared", message_id)
                        failed = DeliveryFailed(
                            say("the message could not be prepared ({error})", error=repr(error))
                        )
                        self._mark_failed(message_id, failed, report)
                        continue
                    self._mark_sent(message_id)
                    report.sent += 1
        return report

    # ---------------------------------------------------------------------------- steps

    def _due_ids(self, limit: int) -> list[int]:
        now = self._clock.now()
        with self._db.reader() as uow:
            return list(
                uow.session.scalars(
                    select(OutboxMessage.id)
                    .where(
                        OutboxMessage.state == MessageState.QUEUED.value,
                        OutboxMessage.next_attempt_at <= now,
                    )
                    .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
                    .limit(limit)
                )
            )

    def _claim(self, ids: list[int]) -> list[tuple[int, OutgoingEmail, list[AttachmentSpec]]]:
        """Take a batch in one transaction (one commit instead of one per message)."""
        now = self._clock.now()
        taken: list[tuple[int, OutgoingEmail, list[AttachmentSpec]]] = []
        with self._db.unit_of_work() as uow:
            for message_id in ids:
                result = uow.session.execute(
                    update(OutboxMessage)
                    .where(
                        OutboxMessage.id == message_id,
                        OutboxMessage.state == MessageState.QUEUED.value,
                        OutboxMessage.next_attempt_at <= now,
                    )
                    .values(
                        attempts=OutboxMessage.attempts + 1,
                        next_attempt_at=now + CLAIM_LEASE,
                        updated_at=now,
                    )
                )
                if result.rowcount != 1:  # type: ignore[attr-defined]
                    continue  # another sender took it, or it was cancelled meanwhile
                row = uow.session.get_one(OutboxMessage, message_id)
                mail = OutgoingEmail(
                    row.message_id,
                    self.mailer.sender_address,
                    row.recipient,
                    row.subject,
                    row.text_body,
                    row.html_body,
                    row.created_at,
                )
                taken.append(
                    (message_id, mail, [AttachmentSpec.from_json(a) for a in row.attachments])
                )
            uow.commit()
        return taken

    def _mark_sent(self, message_id: int) -> None:
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            uow.session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message_id)
                .values(state=MessageState.SENT.value, sent_at=now, updated_at=now, last_error=None)
            )
            uow.commit()

    def _mark_failed(self, message_id: int, failure: DeliveryFailed, report: SendReport) -> None:
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            row = uow.session.get_one(OutboxMessage, message_id)
            row.last_error = failure.reason
            row.updated_at = now
            if gives_up(row.attempts, row.max_attempts, permanent=failure.permanent):
                row.state = MessageState.FAILED.value
                report.failed += 1
                outcome = "failed for good"
            else:
                row.next_attempt_at = now + retry_delay(row.attempts)
                report.retrying += 1
                outcome = f"retried at {row.next_attempt_at:%H:%M:%S}"
            # The file's, not stderr's (warning): the outbox screen and `outbox list` show it.
            log.info(
                "email %s not sent (attempt %s), %s: %s",
                message_id,
                row.attempts,
                outcome,
                failure.reason,
            )
            report.errors.append(f"{row.recipient}: {failure.reason}")
            uow.commit()


class SenderLoop(RoundLoop[SendReport]):
    """The app's background sender: a round every ``interval`` seconds, or at once after
    :meth:`wake` (a registration just queued a welcome). Failed rounds show on the outbox's rows.
    """

    def __init__(
        self,
        send_round: Callable[[], SendReport],
        *,
        interval: float = 10.0,
        on_round: Callable[[SendReport], None] | None = None,
    ) -> None:
        super().__init__(
            send_round,
            name="outbox-sender",
            interval=interval,
            failed=lambda why: SendReport(stopped=why),
            on_round=on_round,
            stop_timeout=30.0,
        )
