"""The benchmarks' bulk loader writes what the services would: counted, searchable, chained.

The loader takes shortcuts for speed (``COPY`` and a GIN index built after the load on
PostgreSQL); these checks make sure none of them leaves the database different from one the
services filled, since every benchmark figure is taken on such a database.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import func, select, text

from pos_desktop.bootstrap import Services
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import CustomerCount
from tests.benchmarks.foundation import (
    CLI,
    Installation,
    Loader,
    finish_load,
    phone_pool,
    set_up_installation,
)

LOADED = 300


def _load(services: Services) -> Installation:
    station, cashiers, catalogue = set_up_installation(services)
    inst = Installation(station, 0, cashiers, catalogue)
    engine = create_engine_for(services.db.url)
    try:
        rng = random.Random(7)
        loader = Loader(engine, inst, rng, services.clock.now() - timedelta(days=1))
        loader.customers(LOADED, phone_pool(rng, per_region=5))
        finish_load(engine)
    finally:
        engine.dispose()
    return inst


def test_loaded_customers_are_counted_found_and_chained(services: Services) -> None:
    inst = _load(services)
    with services.db.engine.connect() as conn:
        counted = conn.execute(select(func.sum(CustomerCount.registered))).scalar_one()
        if conn.dialect.name == "postgresql":
            gin = conn.execute(
                text("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_customers_search_trgm'")
            ).scalar_one()
            assert gin == 1  # built again after the load
    assert counted == LOADED
    someone = services.customers.get(CLI, inst.codes[LOADED // 2])
    found = services.customers.search(CLI, someone.name[:6])
    assert someone.code in {view.code for view in found}
    assert services.audit.verify(CLI).intact
