"""Services built on first use are built once, whichever threads ask; a handler's module is
imported with its first event, and the handlers run in the order they were registered."""

from __future__ import annotations

import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pos_desktop.services.messagebus import MessageBus
from pos_desktop.services.on_demand import OnFirstEvent, built_once, module_on_first_event


class Shop:
    def __init__(self) -> None:
        self._building = threading.RLock()
        self.builds: list[str] = []

    @built_once
    def till(self) -> object:
        self.builds.append("till")
        time.sleep(0.05)  # long enough for every thread to arrive while it is built
        return object()

    @built_once
    def counter(self) -> tuple[object, object]:
        self.builds.append("counter")
        return (self.till, object())  # building one may build another (same lock, same thread)


def test_a_service_asked_for_by_many_threads_at_once_is_built_once() -> None:
    shop = Shop()
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda _i: shop.counter, range(8)))
    assert shop.builds == ["counter", "till"]
    assert all(each is got[0] for each in got)
    assert shop.counter[0] is shop.till


class SaleIssued:
    pass


def test_handlers_load_their_owner_with_the_first_event_and_keep_their_order() -> None:
    ran: list[str] = []
    built: list[str] = []

    class Owner:
        def sale_issued(self, _uow: Any, _event: SaleIssued) -> None:
            ran.append("owner")

    def build() -> Owner:
        built.append("owner")
        return Owner()

    bus = MessageBus()
    bus.handle(SaleIssued, lambda _uow, _event: ran.append("first"))
    bus.handle(SaleIssued, OnFirstEvent(build).handler("sale_issued"))
    bus.handle(SaleIssued, lambda _uow, _event: ran.append("last"))
    assert built == []  # registered, not built
    for _sale in range(2):
        bus.in_transaction(object(), [SaleIssued()])  # type: ignore[arg-type]
    assert built == ["owner"]
    assert ran == ["first", "owner", "last"] * 2


def test_a_module_handler_imports_its_module_with_the_first_event() -> None:
    name = "tests.unit.on_demand_module"
    sys.modules.pop(name, None)
    handler = module_on_first_event(name).handler("sale_issued")
    assert name not in sys.modules
    seen: list[object] = []
    handler(seen, SaleIssued())  # type: ignore[arg-type]
    assert name in sys.modules
    assert len(seen) == 1 and isinstance(seen[0], SaleIssued)
