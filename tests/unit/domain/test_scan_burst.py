"""Scanner bursts versus typing, on a hand-moved clock."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.domain.scan_burst import BurstDetector, BurstRules


def feed(detector: BurstDetector, text: str, start: float, gap: float) -> float:
    now = start
    for char in text:
        detector.key(char, now)
        now += gap
    return now - gap


def test_a_fast_burst_ended_by_enter_is_a_scan() -> None:
    detector = BurstDetector(BurstRules())
    last = feed(detector, "7KX2M9P9", 10.0, 0.004)
    assert detector.ends_burst(last + 0.004)
    assert detector.terminate(last + 0.004) == "7KX2M9P9"
    assert detector.pending == ""


def test_human_typing_is_not_a_scan() -> None:
    detector = BurstDetector(BurstRules())
    last = feed(detector, "7KX2M9P9", 10.0, 0.12)
    assert detector.terminate(last + 0.1) is None


def test_enter_long_after_a_fast_burst_is_typing() -> None:
    detector = BurstDetector(BurstRules())
    last = feed(detector, "12345678", 10.0, 0.004)
    assert detector.terminate(last + 0.5) is None


def test_too_short_bursts_and_other_keys_are_not_scans() -> None:
    detector = BurstDetector(BurstRules(min_length=4))
    last = feed(detector, "abc", 1.0, 0.002)
    assert detector.terminate(last + 0.002) is None
    last = feed(detector, "abcdef", 2.0, 0.002)
    detector.reset()  # e.g. an arrow key
    assert detector.terminate(last + 0.002) is None


def test_a_person_typing_then_a_scan_keeps_only_the_scan() -> None:
    detector = BurstDetector(BurstRules())
    assert detector.key("5", 1.0)  # the cashier's key: a new sequence
    assert detector.key("A", 1.3)  # the scanner's first key, after a pause: new again
    assert not detector.key("B", 1.302)
    feed(detector, "CDE", 1.304, 0.002)
    assert detector.terminate(1.31) == "ABCDE"


def test_without_terminator_a_pause_ends_the_scan() -> None:
    detector = BurstDetector(BurstRules(terminator="none", end_timeout=0.08))
    last = feed(detector, "4006381333931", 5.0, 0.003)
    assert not detector.ends_burst(last + 0.003)  # Enter is just a key then
    assert detector.timeout(last + 0.05) is None
    assert detector.timeout(last + 0.08) == "4006381333931"
    assert detector.timeout(last + 0.2) is None


def test_prefix_and_suffix_are_required_and_removed() -> None:
    detector = BurstDetector(BurstRules(prefix="]Q", suffix="#"))
    last = feed(detector, "]QABCDEFGH#", 1.0, 0.002)
    assert detector.terminate(last + 0.002) == "ABCDEFGH"
    last = feed(detector, "ABCDEFGH#", 2.0, 0.002)
    assert detector.terminate(last + 0.002) is None


@given(
    st.text(alphabet="ABCDEFGHJK0123456789", min_size=4, max_size=30),
    st.floats(0.001, 0.035),
    st.floats(0.036, 0.5),
)
def test_any_burst_is_a_scan_and_any_slower_typing_is_not(
    text: str, fast: float, slow: float
) -> None:
    detector = BurstDetector(BurstRules(max_gap=0.035))
    last = feed(detector, text, 100.0, fast)
    assert detector.terminate(last + fast) == text
    last = feed(detector, text, 200.0, slow)
    assert detector.terminate(last + fast) is None
