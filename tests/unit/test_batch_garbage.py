"""The collector pause of bulk jobs: off inside, back as it was after (also when pauses overlap
or a job fails), and cycles still collected batch by batch."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from pos_desktop.services.batch_garbage import batch_done, collector_paused


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


class _Node:
    def __init__(self) -> None:
        self.other: _Node = self


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_pauses_keep_it_off_until_the_last_one_ends() -> None:
    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()  # the second job is still running
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_failing_job_gives_the_collector_back() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("the file went away")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_a_batch_end_collects_the_cycles_the_batch_left() -> None:
    with collector_paused():
        cycle = _Node()
        gone = weakref.ref(cycle)
        del cycle
        assert gone() is not None  # a cycle: reference counting alone cannot free it
        batch_done()
        assert gone() is None
