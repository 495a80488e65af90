"""DLE EOT answers into the words a cashier reads: paper out, cover open, offline, error."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from pos_desktop.adapters.printing.realtime_status import is_answer, question, read_status
from pos_desktop.domain.printer import Condition, PrinterStatus, Problem, refusal

READY = {1: 0x16, 2: 0x12, 3: 0x12, 4: 0x12}


def answering(answers: Mapping[int, int]) -> tuple[list[int], PrinterStatus]:
    """The questions asked, in order, and the status read from ``answers``."""
    asked: list[int] = []

    def ask(n: int) -> int | None:
        asked.append(n)
        return answers.get(n)

    return asked, read_status(ask)


@pytest.mark.parametrize(
    ("answers", "condition", "words"),
    [
        ({}, Condition.OK, "ready"),
        ({4: 0x1E}, Condition.PAPER_NEAR_END, "ready, paper near end"),
        # Epson at paper end: offline, "stopped at paper end", the roll sensor says out.
        ({1: 0x1E, 2: 0x32, 4: 0x72}, Condition.PAPER_OUT, "paper out"),
        # A clone that stays online and only reports the roll sensor.
        ({4: 0x72}, Condition.PAPER_OUT, "paper out"),
        ({1: 0x1E, 2: 0x16}, Condition.COVER_OPEN, "cover open"),
        ({1: 0x1E}, Condition.OFFLINE, "offline"),
        ({1: 0x1E, 2: 0x52, 3: 0x1A}, Condition.ERROR, "error (autocutter)"),
        ({1: 0x1E, 2: 0x52, 3: 0x52}, Condition.ERROR, "error (recovers by itself"),
        ({1: 0x1E, 2: 0x52}, Condition.ERROR, "error"),
    ],
)
def test_status_bytes_read_as_words(
    answers: dict[int, int], condition: Condition, words: str
) -> None:
    _asked, status = answering(READY | answers)
    assert status.condition is condition
    assert status.describe().startswith(words)
    assert status.ready is (condition in (Condition.OK, Condition.PAPER_NEAR_END))


def test_only_the_questions_needed_are_asked() -> None:
    asked, _status = answering(READY)
    assert asked == [1, 4]  # online: no cause to ask for
    asked, _status = answering(READY | {1: 0x1E, 2: 0x16})
    assert asked == [1, 4, 2]  # offline: why? (not an error, so not which error)
    asked, _status = answering(READY | {1: 0x1E, 2: 0x52})
    assert asked == [1, 4, 2, 3]


def test_a_printer_that_does_not_answer_reports_nothing() -> None:
    asked, status = answering({})
    assert asked == [1]
    assert (status.condition, status.ready) == (None, True)
    assert status.describe() == "connected (the printer does not report its status)"


def test_answer_bytes_have_fixed_bits_and_questions_are_dle_eot() -> None:
    assert all(is_answer(byte) for byte in (0x12, 0x16, 0x1E, 0x32, 0x52, 0x72))
    assert not any(is_answer(byte) for byte in (0x00, 0xFF, 0x41, 0x0A))
    assert question(4) == b"\x10\x04\x04"


@pytest.mark.parametrize(
    ("answers", "problem", "message"),
    [
        ({1: 0x1E, 2: 0x32, 4: 0x72}, Problem.PAPER_OUT, "P is out of paper"),
        ({1: 0x1E, 2: 0x16}, Problem.COVER_OPEN, "P has its cover open"),
        ({1: 0x1E}, Problem.OFFLINE, "P is offline"),
        ({1: 0x1E, 2: 0x52, 3: 0x1A}, Problem.ERROR, "P reports an error (autocutter)"),
    ],
)
def test_a_printer_not_ready_refuses_in_those_words(
    answers: dict[int, int], problem: Problem, message: str
) -> None:
    _asked, status = answering(READY | answers)
    refused = refusal("P", status)
    assert refused is not None
    assert (refused.problem, refused.message) == (problem, message)


def test_a_ready_or_silent_printer_is_not_refused() -> None:
    assert refusal("P", answering(READY | {4: 0x1E})[1]) is None
    assert refusal("P", answering({})[1]) is None
    assert PrinterStatus(reachable=False, detail="refused").describe() == "unreachable: refused"
