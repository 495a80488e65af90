"""Rules for free text typed at the counter: trimmed, one line, bounded, no markup.

Stored text always reaches the database as bound parameters and is escaped wherever it is shown,
so nothing here is about safety of the database. It is about data a receipt, an email and a
spreadsheet can carry: names do not hold control characters or markup such as ``<script>``.

Two ways in, one rule. Text a person typed or a file held (forms, search boxes, the scan field,
imports) is *cleaned* (:func:`clean_line`): a NUL or an escape pasted by accident is nothing the
person meant. A value that reaches a service already parsed (a ``LineInput`` from a script) is
*refused* if it holds control characters (:func:`refuse_control_characters`), with the field
named: the caller built it and must fix it. Either way no NUL and no lone surrogate reaches the
database (PostgreSQL refuses both, SQLite's full-text search chokes on NUL); the engine refuses
any that slipped through as a last guard (storage/engine.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

_WHITESPACE = re.compile(r"\s+")
#: Characters that have no business in a person's or company's name, city or job title.
NAME_FORBIDDEN = frozenset("<>;={}[]\\|`^~$")


#: Characters no database column can take: NUL (PostgreSQL refuses it) and lone surrogates
#: (halves of a broken UTF-16 pair, e.g. from undecodable bytes in a command line argument).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"}


def describe_character(ch: str) -> str:
    """How a message names an invisible character: ``NUL``, ``U+001B``."""
    return "NUL" if ch == "\x00" else f"U+{ord(ch):04X}"


def refuse_control_characters(text: str, field: str) -> str:
    """``text`` unchanged if it holds no control character (tab, line break, NUL, escape...) and
    no broken character; else a ``ValidationError`` naming ``field`` and the first one."""
    if text.isprintable():
        return text
    for ch in text:
        if unicodedata.category(ch) in {"Cc", "Cs"}:
            raise ValidationError.single(
                field,
                say(
                    "holds a control character ({character}); remove it",
                    character=describe_character(ch),
                ),
            )
    return text


def clean_line(text: str) -> str:
    """One line: whitespace runs (newlines, tabs) become one space, control characters go."""
    if text.isprintable():  # most cells of an import: no control characters to remove
        # Printable text has no whitespace but the plain space (tabs, line breaks and
        # no-break spaces are not printable), and composing accents keeps it printable.
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        return _WHITESPACE.sub(" ", text).strip() if "  " in text else text.strip()
    return _clean_any_line(text)


def _clean_any_line(text: str) -> str:
    """``clean_line`` for any text (the rule itself; the shortcut above must agree with it)."""
    # Invisible format characters (soft hyphen, zero-width space, BOM) vanish; other control
    # characters (tabs, line breaks) separate words.
    without_controls = "".join(
        ("" if unicodedata.category(ch) == "Cf" else " ") if _is_control(ch) else ch for ch in text
    )
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", without_controls)).strip()


def clean_multiline(text: str) -> str:
    """Free notes: line breaks kept, other control characters dropped, edges trimmed."""
    lines = (clean_line(line) for line in unicodedata.normalize("NFC", text).splitlines())
    return "\n".join(lines).strip()


def name_text(text: str, field: str, *, max_length: int, required: bool = False) -> str | None:
    """A name-like field (person, company, city, job title): trimmed, bounded, no markup."""
    value = clean_line(text)
    if not value:
        if required:
            raise ValidationError.single(field, say("is required"))
        return None
    if len(value) > max_length:
        raise ValidationError.single(
            field, say("is longer than {limit} characters", limit=max_length)
        )
    bad = sorted(set(value) & NAME_FORBIDDEN)
    if bad:
        shown = " ".join(bad)
        raise ValidationError.single(
            field, say("must not contain these characters: {characters}", characters=shown)
        )
    return value


@lru_cache(maxsize=65_536)  # imports fold the same names and companies over and over
def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching (``Müller`` -> ``muller``)."""
    if text.isascii():  # the same answer, cheaper: ASCII has no accents and folds to lower
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
