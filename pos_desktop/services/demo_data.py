"""Realistic demo data for trying the app: international visitors, a booth catalogue, a few
days of sales with cash, card and split payments and the odd void, and workshops booked among
those sales (``demo_workshops.py``: today's at the door, tomorrow's full with a waitlist).

Everything goes through the real services (validated and audited like any sale); a clock that
steps through the last days spreads the sales so the dashboard has something to draw. Emails use
the reserved ``example.*`` domains, so demo data can never mail a real person.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal

import phonenumbers
from faker import Faker

from pos_desktop.config import Settings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.customer import CustomerInput, CustomerType
from pos_desktop.domain.errors import DuplicateCustomer
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod, price_lines
from pos_desktop.domain.money import round_money
from pos_desktop.domain.roles import Actor
from pos_desktop.services.customers import CustomerService
from pos_desktop.services.demo_workshops import DemoWorkshops
from pos_desktop.services.exhibitions import ExhibitionInput, ExhibitionService
from pos_desktop.services.products import ProductService, ProductView
from pos_desktop.services.quick_keys import QuickKeyService
from pos_desktop.services.sales import BillingService, SaleInput
from pos_desktop.services.station import StationResolver
from pos_desktop.services.stock import StockService
from pos_desktop.storage.uow import Database

LOCALES = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "en_GB": "GB",
    "it_IT": "IT",
    "es_ES": "ES",
    "nl_NL": "NL",
    "pl_PL": "PL",
    "sv_SE": "SE",
    "en_US": "US",
    "ja_JP": "JP",
    "pt_BR": "BR",
    "de_AT": "AT",
}
OPENING_HOUR, CLOSING_HOUR = 9, 18
CATALOGUE = [
    ("CAT-2026", "Exhibition catalogue 2026", "12.00", "7"),
    ("KIT-SAMPLE", "Sample kit (10 pieces)", "24.90", "19"),
    ("BAG-TOTE", "Tote bag, organic cotton", "9.50", "19"),
    ("TEE-M", "T-shirt with booth logo, M", "19.90", "19"),
    ("TEE-L", "T-shirt with booth logo, L", "19.90", "19"),
    ("MUG", "Enamel mug", "14.00", "19"),
    ("BOOK-HB", "Handbook, hardcover", "39.00", "7"),
    ("COFFEE", "Espresso at the bar", "2.50", "19"),
    ("POSTER-A2", "Poster A2", "8.00", "19"),
    ("USB-KEY", "USB key with the show's talks", "15.00", "19"),
]
#: The checkout's quick-key tabs; the catalogue and the mug are the favourites (first tiles).
CATEGORIES = {
    "CAT-2026": "Print",
    "BOOK-HB": "Print",
    "POSTER-A2": "Print",
    "KIT-SAMPLE": "Merch",
    "BAG-TOTE": "Merch",
    "TEE-M": "Merch",
    "TEE-L": "Merch",
    "MUG": "Merch",
    "USB-KEY": "Merch",
    "COFFEE": "Bar",
}
FAVOURITES = ("CAT-2026", "MUG")
#: Goods counted in stock (the rest are services): booth shelf, van and warehouse.
TRACKED = {"CAT-2026", "KIT-SAMPLE", "BAG-TOTE", "TEE-M", "TEE-L", "MUG", "BOOK-HB", "USB-KEY"}
DEMO_STOCK = (("BOOTH", "800"), ("VAN", "120"), ("WAREHOUSE", "2000"))
FREE_TEXT = [("Consulting hour", "120.00"), ("Booth service fee", "35.00"), ("Shipping", "11.90")]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    customers: int
    products: int
    invoices: int
    voided: int
    #: The demo's workshops set up now (0 when the database had them already).
    workshops: int = 0
    #: ``(workshop, customer)``: someone booked for today's session, not checked in yet (a
    #: door to try, or to picture); None when the demo sold no such seat.
    door: tuple[str, str] | None = None


class _SteppingClock:
    """Walks from ``start`` in random steps, so demo sales spread over opening hours."""

    def __init__(self, start: datetime, rng: random.Random) -> None:
        self.current = start
        self._rng = rng

    def now(self) -> datetime:
        return self.current

    def step(self, minutes: float) -> None:
        self.current += timedelta(minutes=minutes)
        if self.current.hour >= CLOSING_HOUR:  # the hall closes: continue next morning
            self.current = (self.current + timedelta(days=1)).replace(hour=OPENING_HOUR, minute=0)

    def opening_minutes_until(self, end: datetime) -> float:
        """Minutes the hall is open between now and ``end``: room for the demo's sales."""
        total = 0.0
        day = self.current.date()
        while day <= end.date():
            opens = datetime.combine(day, time(OPENING_HOUR), tzinfo=self.current.tzinfo)
            closes = datetime.combine(day, time(CLOSING_HOUR), tzinfo=self.current.tzinfo)
            start, stop = max(opens, self.current), min(closes, end)
            total += max(0.0, (stop - start).total_seconds() / 60)
            day += timedelta(days=1)
        return total


def _ean13(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", plain.lower()).strip(".")


def _phone(region: str, rng: random.Random) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        return ""
    digits = str(example.national_number)
    for _ in range(20):
        tail = "".join(rng.choice("0123456789") for _ in range(min(4, len(digits) - 2)))
        candidate = phonenumbers.parse(f"+{example.country_code}{digits[: -len(tail)]}{tail}")
        if phonenumbers.is_valid_number(candidate):
            return phonenumbers.format_number(candidate, phonenumbers.PhoneNumberFormat.E164)
    return ""


class DemoDataService:
    def __init__(self, db: Database, settings: Settings, station: StationResolver, clock: Clock):
        self._db = db
        self._settings = settings
        self._station = station
        self._clock = clock

    def generate(
        self, actor: Actor, *, customers: int = 120, invoices: int = 300, seed: int = 2026
    ) -> DemoSummary:
        rng = random.Random(seed)
        fake = Faker(list(LOCALES))
        fake.seed_instance(seed)
        start = (self._clock.now() - timedelta(days=4)).replace(
            hour=OPENING_HOUR, minute=0, second=0
        )
        clock = _SteppingClock(start, rng)
        exhibitions = ExhibitionService(self._db, clock)
        with self._db.reader() as uow:
            has_exhibition = self._station.current_exhibition_or_none(uow.session) is not None
        if not has_exhibition:
            today = clock.now().date()
            exhibitions.create(
                actor,
                ExhibitionInput(
                    name="Demo Expo",
                    code="DEMO",
                    venue="Hall 4",
                    booth="B12",
                    starts_on=today,
                    ends_on=today + timedelta(days=5),
                    currency=self._settings.billing.default_currency,
                ),
            )
        products = self._products(actor, clock)
        people = CustomerService(self._db, clock, self._settings.customers, self._station)
        billing = BillingService(self._db, clock, self._settings.billing, self._station)
        registered = [self._customer(people, actor, fake, rng) for _ in range(customers)]
        codes = [c for c in registered if c is not None]
        voided = 0
        with self._db.reader() as uow:
            currency = self._station.current_exhibition(uow.session).currency
        # Spread the sales over the opening hours up to now: none dated in the future.
        now = self._clock.now()
        workshops = DemoWorkshops(self._db, self._settings, self._station, clock)
        planned = workshops.plan(
            actor,
            codes,
            now=now,
            opening_hour=OPENING_HOUR,
            closing_hour=CLOSING_HOUR,
            most=invoices // 4,
            rng=rng,
        )
        seat_sales = workshops.sales(actor, planned, rng)
        # Seats are booked in the first half of the days: before any demo session starts.
        seat_turns = set(rng.sample(range(invoices // 2), len(planned)))
        mean_step = max(0.2, clock.opening_minutes_until(now) / max(invoices, 1))
        for turn in range(invoices):
            clock.step(rng.uniform(0.2, 1.8) * mean_step)
            clock.current = min(clock.current, now)
            if turn in seat_turns:
                billing.create_invoice(actor, next(seat_sales))
                continue
            sale = self._sale(rng, products, codes, currency)
            view = billing.create_invoice(actor, sale)
            if rng.random() < 0.03 and view.number:
                billing.void(
                    actor,
                    view.number,
                    reason=rng.choice(
                        ["customer changed their mind", "wrong items scanned", "duplicate sale"]
                    ),
                )
                voided += 1
        door = workshops.finish(actor, codes, now)
        return DemoSummary(len(codes), len(products), invoices, voided, workshops.added, door)

    def _products(self, actor: Actor, clock: _SteppingClock) -> list[ProductView]:
        service = ProductService(self._db, clock, self._station)
        existing = {p.sku: p for p in service.list_products(actor, limit=1000)}
        made = []
        for number, (sku, name, price, vat) in enumerate(CATALOGUE, start=1):
            if sku in existing:
                made.append(existing[sku])
                continue
            barcode = _ean13(f"400{number:09d}")
            tracked = sku in TRACKED
            made.append(
                service.add(
                    actor,
                    sku=sku,
                    name=name,
                    price=price,
                    vat_rate=vat,
                    barcodes=[barcode],
                    track_stock=tracked,
                    low_stock_at="20" if tracked else "",
                    category=CATEGORIES.get(sku, ""),
                )
            )
            if sku in FAVOURITES:
                QuickKeyService(self._db, clock, self._station).arrange(
                    actor, made[-1].id, shown=True, pinned=True, position=FAVOURITES.index(sku)
                )
            if tracked:
                stock = StockService(self._db, clock, self._station)
                for place, quantity in DEMO_STOCK:
                    stock.adjust(actor, sku, quantity, location=place, note="demo delivery")
        return made

    def _customer(
        self, service: CustomerService, actor: Actor, fake: Faker, rng: random.Random
    ) -> str | None:
        locale = rng.choice(list(LOCALES))
        local = fake[locale]
        region = LOCALES[locale]
        name = local.name()
        company = local.company() if rng.random() < 0.7 else ""
        handle = _ascii(name) or f"visitor{rng.randrange(10**6)}"
        domain = rng.choice(["example.com", "example.org", "example.net"])
        email = f"{handle}{rng.randrange(100)}@{domain}"
        kind = rng.choices(
            [
                CustomerType.INDIVIDUAL,
                CustomerType.CORPORATE,
                CustomerType.PRESS,
                CustomerType.CREATOR,
                CustomerType.EXHIBITOR,
                CustomerType.VIP,
            ],
            weights=[40, 35, 5, 8, 8, 4],
        )[0]
        data = CustomerInput(
            name=name,
            email=email,
            phone=_phone(region, rng),
            company=company,
            job_title=local.job()[:100] if company else "",
            country=region,
            city=local.city(),
            customer_type=kind.value,
        )
        try:
            return service.register(actor, data).code
        except DuplicateCustomer:
            return None

    def _sale(
        self, rng: random.Random, products: list[ProductView], codes: list[str], currency: str
    ) -> SaleInput:
        lines = []
        for _ in range(rng.choices([1, 2, 3, 4, 5], weights=[30, 30, 20, 12, 8])[0]):
            if rng.random() < 0.85:
                p = rng.choice(products)
                lines.append(
                    LineInput(
                        p.name,
                        Decimal(rng.choice([1, 1, 1, 2, 3])),
                        p.price,
                        p.vat_rate,
                        product_id=p.id,
                    )
                )
            else:
                text, price = rng.choice(FREE_TEXT)
                lines.append(LineInput(text, Decimal(1), Decimal(price), Decimal(19)))
        if rng.random() < 0.1:
            first = lines[0]
            lines[0] = LineInput(
                first.description,
                first.quantity,
                first.unit_price,
                first.vat_rate,
                discount_percent=Decimal(10),
                product_id=first.product_id,
            )
        customer = rng.choice(codes) if codes and rng.random() < 0.8 else None
        gross = price_lines(lines, currency, self._settings.billing.prices_include_vat).totals.gross
        roll = rng.random()
        if roll < 0.45:
            tendered = max(gross, round_money(Decimal(int(gross / 10 + 1) * 10), currency))
            payments = [PaymentInput(PaymentMethod.CASH, tendered)]
        elif roll < 0.9:
            payments = [PaymentInput(PaymentMethod.CARD, gross, f"AUTH{rng.randrange(10**6):06d}")]
        elif gross > Decimal(20):
            card = round_money(gross / 2, currency)
            payments = [
                PaymentInput(PaymentMethod.CARD, card, f"AUTH{rng.randrange(10**6):06d}"),
                PaymentInput(PaymentMethod.CASH, gross - card),
            ]
        else:
            payments = []  # paid later: shows as balance due
        return SaleInput(lines, customer, payments)
