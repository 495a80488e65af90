"""Demo data looks like a few real days at a booth: sales in opening hours, none in the future."""

from __future__ import annotations

from datetime import timedelta

from pos_desktop.bootstrap import Services
from pos_desktop.services.demo_data import CLOSING_HOUR, OPENING_HOUR, DemoDataService
from tests.conftest import Staff
from tests.support.clock import FakeClock


def test_demo_sales_fall_in_opening_hours_up_to_now(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    demo = DemoDataService(services.db, services.settings, services.station, clock)
    summary = demo.generate(staff.admin, customers=20, invoices=120)
    rows = services.billing.list_invoices(staff.admin, limit=500)
    assert len(rows) == summary.invoices == 120
    times = [r.issued_at for r in rows if r.issued_at is not None]
    assert len(times) == 120
    assert max(times) <= clock.now()
    assert min(times) >= clock.now() - timedelta(days=5)
    assert all(OPENING_HOUR <= t.hour < CLOSING_HOUR or t == clock.now() for t in times)
    assert len({t.date() for t in times}) >= 4  # spread over the days, not bunched
