"""A module ``test_on_demand`` imports only through an event handler."""

from __future__ import annotations

from typing import Any


def sale_issued(uow: Any, event: object) -> None:
    uow.append(event)
