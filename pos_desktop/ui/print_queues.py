"""This till's two print queues as one: the server's and its offline journal's.

Receipts of sales made offline are queued in the journal's own print queue (the app's print
loop sends the server's queue, then the journal's: bootstrap/loops.py). The print queue dialog
and the printer label show both. The server is not asked while the till is offline (each ask
would wait for the connect timeout; the sync loop tells when it answers again), and when it
does not answer the journal's queue is listed alone. A listed job carries ``on_journal``: the
two databases number their jobs each from 1, so every action goes back to the queue its job
came from (:func:`queue_of`), never to the other.

Everything here may wait for a file check or a connect timeout: call it on the runner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pos_desktop.services.printing import PrintJobView, PrintService, QueueState
from pos_desktop.ui.offline_switch import both_places, from_server, place_of

if TYPE_CHECKING:
    from pos_desktop.bootstrap import Services
    from pos_desktop.domain.roles import Actor
    from pos_desktop.ui.context import UiContext


#: A till has a handful of receipts waiting at most: each queue is read in one go.
MOST = 500


@dataclass(frozen=True, slots=True)
class Listed:
    """The jobs of both queues, oldest first; ``server_listed`` is false when the server's
    were not read (offline): the dialog says they show again when the line is back."""

    jobs: list[PrintJobView]
    server_listed: bool


def _printing(services: Services) -> PrintService:
    return services.printing


def waiting_jobs(ctx: UiContext, actor: Actor) -> Listed:
    """The jobs waiting at this till for the printer or a person, of both queues."""
    found = both_places(ctx, _printing)
    server = from_server(ctx, found, lambda printing: printing.jobs(actor, limit=MOST))
    jobs = list(server or [])
    if found.journal is not None:
        jobs += [replace(job, on_journal=True) for job in found.journal.jobs(actor, limit=MOST)]
    jobs.sort(key=lambda job: (job.created_at, job.on_journal, job.id))
    return Listed(jobs, server is not None)


def queue_of(ctx: UiContext, job: PrintJobView) -> PrintService:
    """The queue ``job`` waits in: the actions on it go there."""
    return place_of(ctx, job.on_journal, _printing)


def queue_state(ctx: UiContext) -> QueueState:
    """The status bar's counts, of both queues (the journal's alone while offline)."""
    found = both_places(ctx, _printing)
    server = from_server(ctx, found, lambda printing: printing.queue_state())
    journal_state = found.journal.queue_state() if found.journal is not None else None
    return combined([state for state in (server, journal_state) if state is not None])


def combined(states: Sequence[QueueState]) -> QueueState:
    """One count of several queues; the reason of the first that has one (the server's)."""
    waiting = [state for state in states if state.waiting]
    said = next((state for state in waiting if state.problem), waiting[0] if waiting else None)
    unsure = next((state for state in states if state.unsure), None)
    return QueueState(
        sum(state.waiting for state in states),
        said.problem if said else None,
        said.last_error if said else None,
        sum(state.unsure for state in states),
        unsure.unsure_document if unsure else None,
    )
