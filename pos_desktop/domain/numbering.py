"""Invoice numbers: one gapless series per exhibition, terminal and document kind.

A number reads ``<EXHIBITION>-<TERMINAL>-<SEQUENCE>``, e.g. ``EXPO24-T1-000123``: whoever finds
a receipt on the floor knows the event and the till, and the sequence has no gaps, as tax
auditors expect. Storage hands out the sequence (see ``storage.series``); this module only says
what codes and numbers look like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

SEQUENCE_DIGITS = 6
_CODE = re.compile(r"[A-Z0-9]+")
# The terminal part may carry the credit-note marker: an 8-character till code plus "CN".
_NUMBER = re.compile(r"([A-Z0-9]{1,12})-([A-Z0-9]{1,8}(?:CN)?)-(\d{%d,})" % SEQUENCE_DIGITS)  # noqa: UP031


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


def _short_code(text: str, field: str, max_length: int) -> str:
    code = text.strip().upper()
    if not code:
        raise ValidationError.single(field, say("is required"))
    if not _CODE.fullmatch(code) or len(code) > max_length:
        raise ValidationError.single(
            field,
            say(
                "use 1 to {most} letters A-Z and digits (got {code!r})", most=max_length, code=text
            ),
        )
    return code


def exhibition_code(text: str) -> str:
    """Short code that starts every invoice number of the exhibition (``EXPO24``)."""
    return _short_code(text, say("exhibition code"), 12)


def terminal_code(text: str) -> str:
    """Short code of a till (``T1``); unique within the installation."""
    return _short_code(text, say("terminal code"), 8)


def suggest_exhibition_code(name: str) -> str:
    """A code derived from the exhibition's name: its letters and digits, up to 12."""
    letters = re.sub(r"[^A-Z0-9]", "", name.upper())
    return letters[:12] or "EXPO"


def series_prefix(exhibition: str, terminal: str, kind: DocumentKind) -> str:
    """Credit notes get their own series, marked with a ``CN`` after the terminal."""
    suffix = "CN" if kind is DocumentKind.CREDIT_NOTE else ""
    return f"{exhibition}-{terminal}{suffix}"


def format_number(prefix: str, sequence: int) -> str:
    return f"{prefix}-{sequence:0{SEQUENCE_DIGITS}d}"


@dataclass(frozen=True, slots=True)
class InvoiceNumber:
    exhibition: str
    terminal: str
    sequence: int

    @classmethod
    def parse(cls, text: str) -> InvoiceNumber:
        """Read a typed or scanned number; case and surrounding spaces do not matter."""
        match = _NUMBER.fullmatch(text.strip().upper())
        if not match:
            raise ValidationError.single(
                say("invoice number"),
                say("{number!r} does not look like EXPO24-T1-000123", number=text.strip()),
            )
        return cls(match[1], match[2], int(match[3]))

    @property
    def text(self) -> str:
        """The number as stored and printed (``EXPO24-T1-000123``)."""
        return format_number(f"{self.exhibition}-{self.terminal}", self.sequence)
