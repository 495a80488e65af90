"""Dates and times on screen as the user's language writes them (Babel's CLDR data).

English keeps the plain, sortable forms the till always showed (``2026-12-07 13:45``); every
other language writes a moment its own way (``7.12.2026, 13:45``, ``07/12/2026 13:45``), with
the same parts: a shape names the parts, once as an English ``strftime`` pattern and once as a
CLDR skeleton that Babel fits to the language. Times are 24-hour in every language: a till's
clock, not a letter's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from pos_desktop.domain.languages import SOURCE_LANGUAGE
from pos_desktop.ui.i18n import current_language


@dataclass(frozen=True)
class Shape:
    """Which parts of a moment a column or label shows."""

    english: str  #: strftime pattern for English
    date: str = ""  #: CLDR date skeleton (``yMd``), empty for a time alone
    time: str = ""  #: CLDR time skeleton (``Hm``), empty for a date alone


DATE = Shape("%Y-%m-%d", date="yMd")
DATE_TIME = Shape("%Y-%m-%d %H:%M", date="yMd", time="Hm")
DATE_TIME_SECONDS = Shape("%Y-%m-%d %H:%M:%S", date="yMd", time="Hms")
CLOCK = Shape("%H:%M", time="Hm")
CLOCK_SECONDS = Shape("%H:%M:%S", time="Hms")
WEEKDAY_CLOCK = Shape("%a %H:%M", date="E", time="Hm")
WEEKDAY_DAY_CLOCK = Shape("%a %d %b %H:%M", date="MEd", time="Hm")
DAY_CLOCK = Shape("%d %b %H:%M", date="Md", time="Hm")


#: English names, not the C library's: Qt sets the process's locale from the system's, where
#: ``%a`` would say "Mo" on a German laptop whose till speaks English.
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _named_in_english(pattern: str, moment: datetime | date) -> str:
    """``pattern`` with its weekday and month names (``%a``, ``%b``) written in."""
    return pattern.replace("%a", _WEEKDAYS[moment.weekday()]).replace(
        "%b", _MONTHS[moment.month - 1]
    )


def moment_text(moment: datetime | date | None, shape: Shape) -> str:
    """``moment`` (already in the zone to show) as the current language writes ``shape``;
    nothing for no moment."""
    if moment is None:
        return ""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return moment.strftime(_named_in_english(shape.english, moment))
    from babel.dates import format_skeleton  # noqa: PLC0415 - Babel loads when first needed

    if _has_skeleton(language, shape.date + shape.time):  # "Mo., 13:45" as one
        return str(format_skeleton(shape.date + shape.time, moment, locale=language))
    parts = [
        format_skeleton(skeleton, moment, locale=language, fuzzy=True)
        for skeleton in (shape.date, shape.time)
        if skeleton
    ]
    if len(parts) == 1:
        return str(parts[0])
    return _joined(language).format(parts[1], parts[0])


@cache
def _has_skeleton(language: str, skeleton: str) -> bool:
    from babel import Locale  # noqa: PLC0415 - see moment_text

    return skeleton in Locale.parse(language).datetime_skeletons


@cache
def _joined(language: str) -> str:
    """How the language puts a date and a time together (``{1}, {0}``: date, then time)."""
    from babel import Locale  # noqa: PLC0415 - see moment_text

    return str(Locale.parse(language).datetime_formats["short"])
