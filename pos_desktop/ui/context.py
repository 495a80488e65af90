"""What every screen is given: the services, the runner for background work, who is logged in."""

from __future__ import annotations

from dataclasses import dataclass

from pos_desktop.bootstrap import Services
from pos_desktop.domain.roles import Actor
from pos_desktop.ui.workers import Runner


@dataclass
class UiContext:
    """Passed to screens through their constructors (no global lookups).

    ``actor`` changes when another cashier takes over the terminal; screens read it at the
    moment they act, never cache it.
    """

    services: Services
    runner: Runner
    actor: Actor
