"""Telling a keyboard-wedge scanner from a person typing, by the rhythm of the keys.

A USB scanner in keyboard mode "types" a whole code in a few milliseconds per key and usually
ends it with Enter or Tab; a person leaves 80 ms or more between keys. The detector sees each
character with the time it arrived (a monotonic clock, injected, so tests need not sleep): a
character after a longer pause than ``max_gap`` starts a new sequence, and a sequence of at
least ``min_length`` characters that ends with the terminator (or, for scanners that send
none, with a pause of ``end_timeout``) is a scan. Pure logic: the Qt event filter feeds it.
"""

from __future__ import annotations

from dataclasses import dataclass

TERMINATORS = ("enter", "tab", "none")


@dataclass(frozen=True, slots=True)
class BurstRules:
    max_gap: float = 0.035  # seconds between two keys of one scan
    min_length: int = 4
    terminator: str = "enter"  # enter | tab | none
    end_timeout: float = 0.08  # seconds of silence that end a scan when there is no terminator
    prefix: str = ""
    suffix: str = ""


class BurstDetector:
    """Feed it keys in arrival order; it says when a scanner burst is complete.

    Not thread-safe: one detector per keyboard (the UI thread's event filter).
    """

    def __init__(self, rules: BurstRules) -> None:
        self.rules = rules
        self._chars: list[str] = []
        self._last: float | None = None

    @property
    def pending(self) -> str:
        return "".join(self._chars)

    def key(self, char: str, now: float) -> bool:
        """One printable character arrived; True when it starts a new sequence (the moment to
        remember what the receiving field held before it)."""
        fresh = self._last is None or now - self._last > self.rules.max_gap
        if fresh:
            self._chars = []
        self._chars.append(char)
        self._last = now
        return fresh

    def reset(self) -> None:
        """Any other key (arrows, Backspace, a shortcut) ends what was going on: a person."""
        self._chars = []
        self._last = None

    def ends_burst(self, now: float) -> bool:
        """Would a terminator key arriving now end a scan? (Asks; changes nothing.)"""
        return (
            self.rules.terminator != "none"
            and self._last is not None
            and now - self._last <= self.rules.max_gap
            and self._code() is not None
        )

    def terminate(self, now: float) -> str | None:
        """The terminator key arrived: the scanned code, or None when this was typing."""
        code = self._code() if self.ends_burst(now) else None
        self.reset()
        return code

    def timeout(self, now: float) -> str | None:
        """With no terminator: the code once ``end_timeout`` has passed since the last key."""
        if self.rules.terminator != "none" or self._last is None:
            return None
        if now - self._last < self.rules.end_timeout:
            return None
        code = self._code()
        self.reset()
        return code

    def _code(self) -> str | None:
        text = self.pending
        rules = self.rules
        if rules.prefix:
            if not text.startswith(rules.prefix):
                return None
            text = text[len(rules.prefix) :]
        if rules.suffix:
            if not text.endswith(rules.suffix):
                return None
            text = text[: -len(rules.suffix)]
        return text if len(text) >= rules.min_length else None
