"""How long a user name waits after failed logins: longer with each, never locked for good.

The first ``free`` failures in a row cost nothing (typos happen); from then on each failure
makes the next try wait 1, 2, 4, 8... seconds, up to ``longest``. A guesser gets a few hundred
tries an hour instead of thousands a second; someone typing wrong passwords to keep the admin
out only delays them by a minute at most, and has to stand at the till the whole time. The
same rule counts any typed name, real or not, so the waits do not tell which names exist.
"""

from __future__ import annotations


def seconds_to_wait(failures: int, *, free: int, longest: int) -> int:
    """The wait before the next try after ``failures`` failed logins in a row."""
    if failures < free:
        return 0
    return min(1 << min(failures - free, 31), longest)


def minutes_seconds(seconds: int) -> str:
    """``0:08``, ``1:00``: how messages and the login dialog show a wait."""
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"
