"""Customer codes: 8 characters a person can read off a phone, type, or scan from a QR.

Alphabet: the 31 characters ``0-9`` and ``A-Z`` without ``I``, ``L``, ``O``, ``U`` and ``Q``.
Typed look-alikes are folded before anything else: ``O`` reads as ``0``, ``I`` and ``L`` as ``1``,
so the classic O/0 and I/1/L confusions cannot produce a wrong code. ``U`` and ``Q`` are left out
so that the alphabet has a prime size, which the check character needs.

Seven random characters (``secrets``, or ``os.urandom`` in bulk: 31**7, about 2.7e10 codes, not
guessable at a counter) are followed by one check character chosen so that
``sum(w_i * v_i) % 31 == 0`` with weights ``8, 7, ..., 1``. Because 31 is prime and every
weight and every difference of neighbouring weights is non-zero modulo 31, *every* single wrong
character and *every* swap of two neighbours changes the sum, so such a code is rejected before
any lookup.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from operator import mul

from pos_desktop.domain.errors import InvalidCustomerCode
from pos_desktop.domain.phrases import say

ALPHABET = "0123456789ABCDEFGHJKMNPRSTVWXYZ"
CODE_LENGTH = 8
_MODULUS = len(ALPHABET)
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_WEIGHTS = tuple(range(CODE_LENGTH, 0, -1))
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -_.\t\u00a0")

assert _MODULUS == 31, "the check character's guarantees need a prime-sized alphabet"

#: Random byte -> code character, for ``random_codes``; bytes from 248 (8 * 31) on are dropped
#: so that every character stays equally likely.
_BYTE_CHARS = bytes(ord(ALPHABET[b % _MODULUS]) for b in range(256))
_UNEVEN_BYTES = bytes(range(256 - 256 % _MODULUS, 256))


def _weighted_sum(chars: str) -> int:
    total: int = sum(map(mul, _WEIGHTS, map(_VALUE.__getitem__, chars)))
    return total % _MODULUS


def check_character(body: str) -> str:
    """The character that completes the seven-character ``body`` to a valid code."""
    # The last weight is 1, so the check value is simply minus the weighted sum of the body.
    return ALPHABET[(-_weighted_sum(body)) % _MODULUS]


def normalize(text: str) -> str:
    """Fold case, drop spaces/dashes and map look-alike letters, as a cashier would read them."""
    return text.strip().upper().translate(_SEPARATORS).translate(_LOOK_ALIKES)


@dataclass(frozen=True, slots=True)
class CustomerCode:
    """A customer code known to be well-formed (right length, alphabet and check character)."""

    value: str

    def __str__(self) -> str:
        return self.value

    @property
    def display(self) -> str:
        """Grouped for reading aloud or typing: ``7KX2-M9PA``."""
        return f"{self.value[:4]}-{self.value[4:]}"

    @classmethod
    def parse(cls, text: str) -> CustomerCode:
        """Normalise and verify typed or scanned text; says precisely what is wrong."""
        code = normalize(text)
        if not code:
            raise InvalidCustomerCode(say("is empty; scan the QR code or type the 8 characters"))
        bad = sorted({c for c in code if c not in _VALUE})
        if bad:
            shown = ", ".join(repr(c) for c in bad)
            raise InvalidCustomerCode(
                say("{characters} never appear in customer codes; check the code", characters=shown)
            )
        if len(code) != CODE_LENGTH:
            raise InvalidCustomerCode(
                say(
                    "has {count} characters, a customer code has {length}",
                    count=len(code),
                    length=CODE_LENGTH,
                )
            )
        if _weighted_sum(code) != 0:
            raise InvalidCustomerCode(
                say(
                    "{code} is not a valid code: a character is mistyped or two are swapped",
                    code=code,
                )
            )
        return cls(code)

    @classmethod
    def generate(cls, choice: Callable[[str], str] = secrets.choice) -> CustomerCode:
        """A fresh random code; ``choice`` is injectable so tests can force collisions."""
        body = "".join(choice(ALPHABET) for _ in range(CODE_LENGTH - 1))
        return cls(body + check_character(body))


def random_codes(count: int, randbytes: Callable[[int], bytes] = os.urandom) -> list[str]:
    """``count`` fresh random codes (not checked against each other or the database) from a
    few draws of random bytes: an import needs a thousand at a time, and ``secrets.choice`` per
    character cost about as much as writing the customers."""
    body = CODE_LENGTH - 1
    needed = count * body
    chars = ""
    while len(chars) < needed:
        drawn = randbytes(needed - len(chars) + 16).translate(_BYTE_CHARS, _UNEVEN_BYTES)
        chars += drawn.decode("ascii")
    bodies = (chars[start : start + body] for start in range(0, needed, body))
    return [text + check_character(text) for text in bodies]


def looks_like_code(text: str) -> bool:
    """Shaped like a customer code (eight letters or digits once normalised), right or not.

    A scan that fails to parse but looks like this was a mistyped code, not a product barcode.
    """
    body = normalize(text)
    return len(body) == CODE_LENGTH and body.isalnum()


def is_valid(text: str) -> bool:
    """True when ``text`` parses as a customer code (for scan routing)."""
    try:
        CustomerCode.parse(text)
    except InvalidCustomerCode:
        return False
    return True
