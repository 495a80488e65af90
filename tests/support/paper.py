"""Reading printed reports as a manager does, and a till whose printer is a test printer."""

from __future__ import annotations

import dataclasses
import re
from itertools import takewhile
from typing import Any

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from tests.conftest import FAST_HASHER
from tests.support.clock import FakeClock

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def printing_services(
    settings: Settings, clock: FakeClock, url: str, *, auto_print: bool = True, **printer: Any
) -> Services:
    """Services of a till printing on ``url`` (42 columns, 1 s time limit; ``printer``: more
    ``[printer]`` settings)."""
    configured = dataclasses.replace(
        settings,
        printer=dataclasses.replace(
            settings.printer,
            url=url,
            timeout_seconds=1,
            auto_print=auto_print,
            columns=42,
            **printer,
        ),
    )
    configured.sources["printer.columns"] = "test"
    return build_services(configured, clock=clock, hasher=FAST_HASHER)


def figures(text: str, label: str) -> list[str]:
    """The figures right after the first ``label`` that has any, whether the label and its
    figures share a printed line (the slip) or are cells of a table (the PDF's text)."""
    words, wanted = text.split(), label.split()
    for at in range(len(words)):
        if words[at : at + len(wanted)] == wanted:
            found = list(takewhile(NUMBER.fullmatch, words[at + len(wanted) :]))
            if found:
                return found
    raise AssertionError(f"no {label!r} with figures in:\n{text}")
