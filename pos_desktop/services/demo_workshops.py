"""The demo's workshops: three sessions set up, booked, waitlisted and checked in through the
real services, so the Workshops screen and the door have something true to show.

* ``INTRO-1``, a paid introduction (10 seats, 45.00, 19 % VAT) about to start: 8 seats sold, its
  door open and three early visitors checked in;
* ``TALK-1``, a free talk on the stage today, with a few seats booked;
* ``ADV-1``, tomorrow's advanced session (6 seats, 89.00): full, two people on its waitlist.

Seats are sold as at the counter (a seat line in an ordinary sale, to a known customer); the
demo generator issues these sales among the first half of its sales (days before any of these
sessions starts), so every booking comes before the session it is for. The waitlist and the
check-ins happen "now", a few minutes apart.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal

from pos_desktop.config import Settings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.invoice import PaymentInput, PaymentMethod, price_lines
from pos_desktop.domain.roles import Actor
from pos_desktop.domain.workshops import WorkshopInput
from pos_desktop.services.products import ProductService
from pos_desktop.services.sale_items import SaleItems
from pos_desktop.services.sales import SaleInput
from pos_desktop.services.station import StationResolver
from pos_desktop.services.workshops import WorkshopService
from pos_desktop.storage.uow import Database

#: Visitors may come in this long before the start (the door admits early; the demo's early
#: birds come in only once this window is open).
DOOR_OPENS = timedelta(minutes=30)
QUARTER = timedelta(minutes=15)
ZERO = timedelta(0)
#: The last hour of the day a session may still start "later today"; after it, the demo's
#: introduction began a quarter of an hour ago (still running, still at today's door).
LAST_START_HOUR = 23


@dataclass(frozen=True, slots=True)
class DemoSession:
    code: str
    title: str
    room: str
    category: str
    minutes: int
    capacity: int
    price: str
    #: Seats per sale, in the order they are sold.
    sales: tuple[int, ...]


INTRO = DemoSession(
    "INTRO-1", "Introduction: print your own tote bag", "Workshop room", "Workshop", 90, 10,
    "45.00", (2, 1, 1, 1, 1, 1, 1),
)  # fmt: skip
TALK = DemoSession(
    "TALK-1", "Talk: behind the scenes of the show", "Stage", "Talk", 45, 40, "0",
    (1, 1, 1, 1, 1, 1, 1),
)  # fmt: skip
ADVANCED = DemoSession(
    "ADV-1", "Advanced session: printing in colour", "Workshop room", "Workshop", 120, 6,
    "89.00", (2, 1, 1, 1, 1),
)  # fmt: skip
SESSIONS = (INTRO, ADVANCED, TALK)  # the order their sales are planned in (a short demo: fewer)
EARLY_BIRDS = 3  # checked in at the introduction's open door
WAITING = 2  # on the full advanced session's waitlist


def _quarter_up(moment: datetime) -> datetime:
    floor = _quarter_down(moment)
    return floor if floor == moment else floor + QUARTER


def _quarter_down(moment: datetime) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def demo_times(now: datetime, opening_hour: int, closing_hour: int) -> dict[str, datetime]:
    """When the demo's sessions start, for a demo made at ``now`` (the clock's time, as the
    demo's opening hours).

    The door must have a session *today* whenever someone tries the app, so:

    * before the hall opens, the introduction is at ``opening_hour + 1`` and the talk two hours
      later; nobody is checked in yet (the door is not open);
    * during the day and the evening, the introduction starts in 15 to 30 minutes (its door is
      open: a few early visitors are in). Someone trying the app at 22:00 gets a late session
      at 22:15-22:30 rather than an empty door; from 22:45 that start would be at 23:00 or
      past midnight, so the introduction began a quarter of an hour ago instead and is still
      running;
    * the talk is two hours after the introduction when it then ends before closing, else it
      was four hours before closing (14:00: over, its audience checked in);
    * the advanced session is tomorrow at ``opening_hour + 2``.
    """
    midnight = datetime.combine(now.date(), time(0), tzinfo=now.tzinfo)
    tomorrow = midnight + timedelta(days=1, hours=opening_hour + 2)
    if now.hour < opening_hour:
        intro = midnight + timedelta(hours=opening_hour + 1)
        return {INTRO.code: intro, TALK.code: intro + timedelta(hours=2), ADVANCED.code: tomorrow}
    intro = _quarter_up(now + QUARTER)
    if intro.date() != now.date() or intro.hour >= LAST_START_HOUR:
        intro = _quarter_down(now - QUARTER)
    talk = intro + timedelta(hours=2)
    if talk + timedelta(minutes=TALK.minutes) > midnight + timedelta(hours=closing_hour):
        talk = midnight + timedelta(hours=closing_hour - 4)
    return {INTRO.code: intro, TALK.code: talk, ADVANCED.code: tomorrow}


class _At:
    """A clock the demo sets by hand: the check-ins and the waitlist a few minutes apart."""

    def __init__(self, moment: datetime) -> None:
        self.current = moment

    def now(self) -> datetime:
        return self.current


class DemoWorkshops:
    """``plan`` sets the sessions up and says which sales to make; the generator issues them
    among its own; ``finish`` fills the waitlist and lets the early visitors in."""

    def __init__(
        self, db: Database, settings: Settings, station: StationResolver, clock: Clock
    ) -> None:
        """``clock``: the generator's (stepping through the demo's days from their start)."""
        self._db = db
        self._settings = settings
        self._station = station
        self._clock = clock
        self._buyers: dict[str, list[str]] = {}
        #: How many sessions ``plan`` set up.
        self.added = 0

    def _service(self, clock: Clock) -> WorkshopService:
        return WorkshopService(self._db, clock, self._station, self._settings.workshops)

    def plan(
        self,
        actor: Actor,
        customers: list[str],
        *,
        now: datetime,
        opening_hour: int,
        closing_hour: int,
        most: int,
        rng: random.Random,
    ) -> list[tuple[str, int, str]]:
        """Sets the sessions up (once: a database that has them keeps them) and returns at
        most ``most`` seat sales as ``(workshop, seats, customer)``, each customer once per
        session; none without customers."""
        service = self._service(self._clock)
        if {w.code for w in service.list_workshops(actor)} & {s.code for s in SESSIONS}:
            return []
        starts = demo_times(now, opening_hour, closing_hour)
        for session in SESSIONS:
            service.add(
                actor,
                WorkshopInput(
                    code=session.code,
                    title=session.title,
                    starts_at=starts[session.code],
                    minutes=session.minutes,
                    capacity=session.capacity,
                    price=session.price,
                    vat_rate="19",
                    room=session.room,
                    category=session.category,
                ),
            )
            self.added += 1
        sales: list[tuple[str, int, str]] = []
        for session in SESSIONS:
            buyers = rng.sample(customers, min(len(session.sales), len(customers)))
            sales.extend(
                (session.code, seats, who)
                for seats, who in zip(session.sales, buyers, strict=False)
            )
        sales = sales[: max(most, 0)]
        for code, _seats, who in sales:
            self._buyers.setdefault(code, []).append(who)
        return sales

    def sales(
        self, actor: Actor, planned: list[tuple[str, int, str]], rng: random.Random
    ) -> Iterator[SaleInput]:
        """The planned sales as the counter makes them (paid by card; a free seat: unpaid)."""
        workshops = self._service(self._clock)
        items = SaleItems(ProductService(self._db, self._clock, self._station), workshops)
        include_vat = self._settings.billing.prices_include_vat
        for code, seats, customer in planned:
            line = items.find(actor, code).line(Decimal(seats))
            currency = workshops.show(actor, code).currency
            gross = price_lines([line], currency, include_vat).totals.gross
            auth = f"AUTH{rng.randrange(10**6):06d}"
            pays = [PaymentInput(PaymentMethod.CARD, gross, auth)] if gross else []
            yield SaleInput([line], customer, pays)

    def finish(self, actor: Actor, customers: list[str], now: datetime) -> tuple[str, str] | None:
        """The full session's waitlist and the check-ins of the sessions whose door is open
        (the talk's audience if it began, the introduction's early birds), before ``now``.
        Returns ``(INTRO-1, customer)`` of someone holding an introduction seat not in yet.
        Nothing when ``plan`` found the sessions there already (a second demo run)."""
        if not self.added:
            return None
        clock = _At(now - timedelta(minutes=20))
        service = self._service(clock)
        full = service.show(actor, ADVANCED.code)
        if full.seats_free == 0:
            holding = set(self._buyers.get(ADVANCED.code, []))
            for code in [c for c in customers if c not in holding][:WAITING]:
                clock.current += timedelta(minutes=2)
                service.join_waitlist(actor, ADVANCED.code, code)
        for session, admitted in ((TALK, len(TALK.sales) - 2), (INTRO, EARLY_BIRDS)):
            view = service.show(actor, session.code)
            opens = view.starts_at - DOOR_OPENS
            if view.booked == 0 or opens > now:
                continue
            # Before the start if it has begun (the talk may be over), else in the last minutes.
            clock.current = min(max(opens, now - timedelta(minutes=10)), view.starts_at)
            clock.current -= timedelta(minutes=admitted + 1) if view.starts_at < now else ZERO
            for code in self._buyers.get(session.code, [])[:admitted]:
                clock.current += timedelta(minutes=1)
                service.check_in(actor, session.code, code)
        late = self._buyers.get(INTRO.code, [])[EARLY_BIRDS:]
        return (INTRO.code, late[0]) if late else None
