"""What never reaches the log file: passwords, the SMTP secret, full card references.

The log is what a shop sends to whoever helps them, by email, on a USB stick. So every record
passes :class:`Redactor` on its way to a handler, whatever code wrote it: a ``password=...``
(a URL's query, a ``key=value`` message), a URL's ``user:password@``, the secrets the app knows
(the SMTP password from the settings or the keyring, the database's; also in the base64 form
an SMTP login sends them in), an SMTP ``AUTH`` line, and card references or authorisation
codes beyond their last four characters (as ``reference='...'`` in an event's repr, as
``"reference": "..."`` in JSON, or a run of 13-19 digits that passes a card number's check).

Redacting text after the fact is a net, not a plan: code should not log secrets in the first
place. The net is there for the traceback nobody planned (an exception's message, an event's
repr in "listener failed on ...").
"""

from __future__ import annotations

import base64
import logging
import re
import threading

HIDDEN = "********"
#: How a card reference looks after redaction: ``****4321``.
CARD_MASK = "****"

_SECRET_KEY = r"\b[\w-]*(?:password|passwd|pwd|secret|token)[\w-]*"  # noqa: S105 - a pattern
#: ``password=x``, ``password='x'`` (a URL's query, a repr, key=value text) ...
_PASSWORD_ASSIGNED = re.compile(
    rf"""(?P<key>{_SECRET_KEY}\s*=\s*)(?:(?P<quote>['"])(?P<quoted>[^'"\n]*)(?P=quote)"""
    r"""|(?P<bare>[^\s,;&'")\]}]+))""",
    re.IGNORECASE,
)
#: ... and ``'password': 'x'`` (a dict's repr, JSON); a bare ``password: too short`` is a
#: message about a password, not one.
_PASSWORD_KEYED = re.compile(
    rf"""(?P<key>{_SECRET_KEY}['"]?\s*:\s*)(?P<quote>['"])(?P<quoted>[^'"\n]*)(?P=quote)""",
    re.IGNORECASE,
)
_URL_PASSWORD = re.compile(r"(?P<key>://[^:/@\s]*:)(?P<value>[^@\s/]+)@")
_SMTP_AUTH = re.compile(
    r"(?P<key>\bAUTH\s+(?:PLAIN|LOGIN|CRAM-MD5|XOAUTH2)\s+)(?P<value>[^\s'\\]+)"
)
_REFERENCE = re.compile(
    r"""(?P<key>\b(?:card_?)?(?:reference|authori[sz]ation(?:_code)?|auth_?code)\b['"]?\s*[=:]\s*)"""
    r"""(?P<quote>['"])(?P<value>[^'"\n]*)(?P=quote)""",
    re.IGNORECASE,
)
#: A card number as people write it: 13-19 digits, maybe in groups split by spaces or dashes.
_CARD_NUMBER = re.compile(r"(?<![\w.])\d(?:[ -]?\d){12,18}(?![\w.])")


def mask_reference(value: str) -> str:
    """``****`` and the last four characters (all hidden when there are four or fewer)."""
    return CARD_MASK + value[-4:] if len(value) > 4 else CARD_MASK


class _Secrets:
    """The literal secrets to hide, with the forms an SMTP login encodes them in."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._texts: tuple[str, ...] = ()

    def add(self, secret: str, *, user: str = "") -> None:
        if len(secret) < 3:  # hiding "a" would hide every "a" in the log
            return
        forms = {secret, _b64(secret)}
        if user:  # AUTH PLAIN sends "\0user\0password" (and "user\0user\0password")
            forms |= {_b64(f"\0{user}\0{secret}"), _b64(f"{user}\0{user}\0{secret}")}
        with self._lock:
            # Longest first: a secret inside another one must not leave the rest visible.
            self._texts = tuple(sorted(set(self._texts) | forms, key=len, reverse=True))

    def clear(self) -> None:
        with self._lock:
            self._texts = ()

    def hide(self, text: str) -> str:
        for secret in self._texts:
            if secret in text:
                text = text.replace(secret, HIDDEN)
        return text


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


SECRETS = _Secrets()


def remember_secret(secret: str, *, user: str = "") -> None:
    """Hide ``secret`` (and its SMTP login forms for ``user``) in every later log record."""
    SECRETS.add(secret, user=user)


def redact(text: str) -> str:
    """``text`` with every secret and card reference the module knows how to find hidden."""
    text = SECRETS.hide(text)
    text = _PASSWORD_ASSIGNED.sub(_hide_password, text)
    text = _PASSWORD_KEYED.sub(_hide_password, text)
    text = _URL_PASSWORD.sub(lambda m: f"{m['key']}{HIDDEN}@", text)
    text = _SMTP_AUTH.sub(lambda m: f"{m['key']}{HIDDEN}", text)
    text = _REFERENCE.sub(_mask_reference_match, text)
    return _CARD_NUMBER.sub(_mask_card_number, text)


def _mask_card_number(match: re.Match[str]) -> str:
    """Only runs that pass the Luhn check every card number passes: a barcode stays readable
    (most EAN-13s fail it)."""
    digits = re.sub(r"[ -]", "", match.group())
    return mask_reference(digits) if _luhn_valid(digits) else match.group()


def _luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _hide_password(match: re.Match[str]) -> str:
    value = match["quoted"] if match["quote"] else match["bare"]
    if not value or value in {"None", "null", HIDDEN}:
        return match.group()
    quote = match["quote"] or ""
    return f"{match['key']}{quote}{HIDDEN}{quote}"


def _mask_reference_match(match: re.Match[str]) -> str:
    quote = match["quote"]
    return f"{match['key']}{quote}{mask_reference(match['value'])}{quote}"


class Redactor(logging.Filter):
    """Rewrites a record's message (arguments merged in) and its traceback text, redacted.

    Attached to the handlers, so records of every logger pass it, third-party ones included.
    The traceback is formatted here once and cached on the record (``exc_text``), which the
    formatter then uses as it is.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
