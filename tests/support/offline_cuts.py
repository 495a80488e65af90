"""Three tills selling through a proxy that is cut at random moments (the hall's Wi-Fi).

Each till sells on the server while it answers and on its offline journal while it does not
(or while entries wait); every few sales it tries a sync, as the app's loop will. A cutter
thread meanwhile loses COMMIT answers (``cut_after_commit``) and takes the line down and back
up. Used by ``tests/integration/test_offline_cuts.py``: a hundred sales per till, or
``OFFLINE_CUT_SALES=334`` for the issue's round of about 1,000.
"""

from __future__ import annotations

import random
import threading
import time
import traceback
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from pos_desktop.bootstrap import Services
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor
from pos_desktop.services.sales import SaleInput
from tests.support.clock import FakeClock
from tests.support.offline_tills import journal_of, sell, till_services
from tests.support.pg_proxy import PostgresProxy

D = Decimal
#: Syncs after the line is back for good, before the test gives up on a till.
FINAL_SYNC_ROUNDS = 50


@dataclass
class BoothRun:
    tills: list[Services]
    #: Per terminal: every sale's key and the number the till was given, in order.
    sold: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    offline_sales: int = 0
    errors: list[str] = field(default_factory=list)


def _cutter(proxy: PostgresProxy, stop: threading.Event, seed: int) -> None:
    rnd = random.Random(seed)
    while not stop.wait(rnd.uniform(0.05, 0.3)):
        if rnd.random() < 0.5:
            proxy.cut_after_commit()
        else:
            proxy.go_down()
            stop.wait(rnd.uniform(0.05, 0.4))
            proxy.come_back()


def run_booth(
    database_url: str,
    proxy: PostgresProxy,
    folder: Path,
    clock: FakeClock,
    cashier: Actor,
    *,
    product_id: int,
    terminals: tuple[str, ...] = ("T1", "T2", "T3"),
    sales: int = 100,
    seed: int = 22,
) -> BoothRun:
    tills = [till_services(proxy.url(database_url), folder, clock, code) for code in terminals]
    for till in tills:
        journal_of(till).ensure()
    run = BoothRun(tills, {code: [] for code in terminals})
    cart = SaleInput(
        [
            LineInput("Mug", D(1), D("9.50"), D(19), product_id=product_id),
            LineInput("Sticker", D(3), D("1.20"), D(19)),
        ],
        None,
        [PaymentInput(PaymentMethod.CASH, D(20))],
    )
    lock = threading.Lock()

    def sell_all(till: Services, code: str) -> None:
        journal = journal_of(till)
        try:
            for number in range(sales):
                if number % 10 == 9 and journal.waiting():
                    journal.sync.sync_once()
                key = ActionKey.new()
                view, offline = sell(till, cashier, cart, key)
                with lock:
                    run.sold[code].append((key.value, str(view.number)))
                    run.offline_sales += offline
        except Exception as error:  # reported by the test, with the till's code and where
            where = traceback.format_exc()
            run.errors.append(f"{code}: {error!r}\n{where}")

    stop = threading.Event()
    cutter = threading.Thread(target=_cutter, args=(proxy, stop, seed), daemon=True)
    cutter.start()
    workers = [
        threading.Thread(target=sell_all, args=(till, code))
        for till, code in zip(tills, terminals, strict=True)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    stop.set()
    cutter.join()
    proxy.come_back()
    for till in tills:
        journal = journal_of(till)
        for _round in range(FINAL_SYNC_ROUNDS):
            result = journal.sync.sync_once()
            if result.pending == 0 and not result.error:
                break
            time.sleep(0.1)
    return run
