"""A till selling on its offline journal until it is killed: ``python -m
tests.support.offline_worker SERVER_URL FOLDER TERMINAL USER PASSWORD``.

The server URL does not answer (a proxy that is down): the first sale falls back to the journal
and the rest follow it there. After each sale the number is printed and flushed: a number on
stdout is a sale the till said it saved.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pos_desktop.domain.action_key import ActionKey
from tests.support.clock import FakeClock
from tests.support.offline_tills import SALE, journal_of, till_services


def main(url: str, folder: str, terminal: str, user: str, password: str) -> None:
    till = till_services(url, Path(folder), FakeClock(), terminal)
    journal = journal_of(till)
    actor = journal.services.users.login(user, password)
    while True:
        view, offline = journal.run(
            lambda services, key: services.billing.create_invoice(actor, SALE, key=key),
            ActionKey.new(),
        )
        assert offline
        sys.stdout.write(f"{view.number}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(*sys.argv[1:6])
