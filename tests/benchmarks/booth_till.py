"""One till of the booth load generator (``tests.benchmarks.booth``), in its own process.

Importable under ``spawn``: the parent hands each process a ``TillPlan`` and gets a
``TillReport`` back. A till registers visitors and sells 5-line sales to them (or to walk-ins)
through the services, as the app does: first at a cashier's pace (one action every
``pace`` seconds, jittered so 50 tills do not act in lockstep), then in a burst (as fast as it
can) for ``burst_seconds``. Every action is timed; an error is counted and its first words
kept, never raised: the parent reports them (the target is 0).
"""

from __future__ import annotations

import random
import time
import traceback
import uuid
from dataclasses import dataclass, field
from typing import Any

from pos_desktop.bootstrap import build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.domain.invoice import price_lines
from pos_desktop.services.sales import SaleInput
from tests.benchmarks.foundation import (
    CURRENCY,
    FAST_HASHER,
    PASSWORD,
    CatalogueItem,
    make_lines,
    make_payment,
    make_person,
    phone_pool,
)

#: One action in this many registers a visitor; the others sell (to a visitor of this till
#: registered earlier, or to a walk-in).
REGISTER_EVERY = 5
WALK_IN_SHARE = 0.3
ERRORS_KEPT = 3


@dataclass(frozen=True)
class TillPlan:
    url: str
    terminal: str
    cashier: str
    catalogue: tuple[CatalogueItem, ...]
    pace: float
    human_seconds: float
    burst_seconds: float
    seed: int


@dataclass
class TillReport:
    terminal: str
    #: (phase, kind, nanoseconds) per action that succeeded; phase "human" or "burst".
    timings: list[tuple[str, str, int]] = field(default_factory=list)
    errors: int = 0
    first_errors: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)


class Till:
    """The services of one terminal and what it has done so far."""

    def __init__(self, plan: TillPlan) -> None:
        settings = Settings(database=DatabaseSettings(url=plan.url))
        settings.pos.terminal = plan.terminal
        self.plan = plan
        self.services = build_services(settings, hasher=FAST_HASHER)
        self.actor = self.services.users.login(plan.cashier, PASSWORD)
        self.rng = random.Random(plan.seed)
        self.phones = phone_pool(self.rng, per_region=10)
        self.codes: list[str] = []
        self.count = 0
        self.report = TillReport(plan.terminal)

    def close(self) -> None:
        self.services.close()

    def register(self) -> None:
        tag = f"{self.plan.terminal.lower()}{uuid.uuid4().hex[:8]}"
        person = make_person(self.rng, self.phones, tag).as_input()
        view = self.services.customers.register(self.actor, person)
        self.codes.append(view.code)

    def sell(self) -> None:
        lines = make_lines(self.rng, self.plan.catalogue, 5)
        gross = price_lines(lines, CURRENCY, True).totals.gross
        buyer = None
        if self.codes and self.rng.random() > WALK_IN_SHARE:
            buyer = self.rng.choice(self.codes)
        payment = make_payment(self.rng, gross)
        view = self.services.billing.create_invoice(self.actor, SaleInput(lines, buyer, [payment]))
        assert view.number is not None
        self.report.numbers.append(view.number)

    def act(self, phase: str) -> None:
        """One timed action; an error is counted, not raised."""
        self.count += 1
        kind = "register" if self.count % REGISTER_EVERY == 1 else "sale"
        started = time.perf_counter_ns()
        try:
            self.register() if kind == "register" else self.sell()
        except Exception as error:  # every failure is a figure of the run
            self.report.errors += 1
            if len(self.report.first_errors) < ERRORS_KEPT:
                last = traceback.format_exception_only(error)[-1].strip()
                self.report.first_errors.append(f"{kind}: {last[:300]}")
            return
        self.report.timings.append((phase, kind, time.perf_counter_ns() - started))


def run_till(plan: TillPlan, ready: Any, go: Any, start: Any) -> TillReport:
    """Set up, warm up (one registration, one sale: the terminal's row and series exist after
    it), say ready, wait for the common start, then the two phases."""
    till = Till(plan)
    try:
        till.register()
        till.sell()
        ready.put(plan.terminal)
        go.wait()
        # A till that wakes after the common start (a loaded machine) still has both phases,
        # from when it woke: else its pace phase could pass with no sale in it.
        started = max(float(start.value), time.time())
        time.sleep(max(0.0, started - time.time()))
        burst_from = started + plan.human_seconds
        next_at = started + till.rng.uniform(0, plan.pace)
        while True:
            time.sleep(max(0.0, next_at - time.time()))
            if time.time() >= burst_from:
                break
            till.act("human")
            next_at += plan.pace * till.rng.uniform(0.5, 1.5)
        time.sleep(max(0.0, burst_from - time.time()))
        burst_to = burst_from + plan.burst_seconds
        while time.time() < burst_to:
            till.act("burst")
        return till.report
    finally:
        till.close()
