"""Which text encoding a CSV file is in, and reading it line by line when it is not one clean one.

The checks, in order:

1. A byte-order mark says it (UTF-8, UTF-16, UTF-32). UTF-16 without one is recognised by its
   zero bytes every other byte (ASCII text in UTF-16).
2. UTF-8 when the whole file decodes as UTF-8, checked in 1 MB chunks at C speed: one é in row
   90,000 decides as much as one in the header. Most files stop here and are read as text.
3. Otherwise the lines that are *not* UTF-8 are in an older encoding, guessed from a sample of
   them. Western text (Windows-1252; Latin-1 when a byte undefined in 1252 appears) has its
   bytes above 127 alone or in pairs between ASCII letters (``Müller``); Shift-JIS, GB18030,
   Big5, Korean and Cyrillic have runs of them, and charset-normalizer chooses among those. A
   short sample may fit several (``山田太郎`` is valid Shift-JIS, Korean and GB18030): the guess
   is then *unsure*.

Such a file is read line by line: a line that is valid UTF-8 is taken as UTF-8 (a file pasted
together from two exports), any other in the guessed encoding. A row gets a note when it was read
in another encoding than most rows, by an unsure guess, or with bytes the encoding lacks (shown as
�), so the import report warns row by row, and the dry run shows it before anything is saved.
Checking costs one more pass over a file that is not UTF-8 only; a UTF-8 file pays nothing.

Thread rule: plain file reading; called by the import worker.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

CHUNK = 1 << 20
#: Bytes of non-UTF-8 lines handed to the guess (charset-normalizer's own default is 500 kB).
GUESS_SAMPLE = 128 * 1024
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_SINGLE_BYTE_WESTERN = frozenset({"cp1252", "latin-1"})
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
#: Share of high bytes standing in runs of three or more above which text is not Western.
_RUNS_SHARE = 0.2
#: Legacy encodings of scripts other than Latin that spreadsheets and CRMs still write.
_OTHER_SCRIPTS = (
    "cp932",  # Japanese (Shift-JIS as Windows writes it)
    "gb18030",  # Chinese, simplified (a superset of GBK and GB2312)
    "big5",  # Chinese, traditional
    "cp949",  # Korean (a superset of EUC-KR)
    "cp1251",  # Cyrillic
    "cp1253",  # Greek
    "cp1255",  # Hebrew
    "cp1256",  # Arabic
    "cp874",  # Thai
)
#: A guess is sure when every other candidate reads as this much more "mess" (charset-normalizer's
#: chaos) or this much less like a language it knows (its coherence).
_SURE_GAP, _SURE_COHERENCE = 0.03, 0.2
_NAMES = {
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
    "cp932": "Shift-JIS",
    "gb18030": "GB18030",
    "big5": "Big5",
    "cp949": "Korean (EUC-KR)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)",
    "cp874": "Windows-874 (Thai)",
}


def encoding_name(codec: str) -> str:
    """How a message names an encoding: ``Shift-JIS``, ``Windows-1252``."""
    return _NAMES.get(codec, codec)


@dataclass(frozen=True, slots=True)
class Encoding:
    """How to read a file's text: whole (``by_line`` false) or line by line with notes."""

    codec: str
    by_line: bool = False
    #: Some lines are UTF-8 in a file that is mostly ``codec`` (or the other way round).
    utf8_lines: bool = False
    #: Most non-ASCII lines are UTF-8: lines in ``codec`` are the exceptions.
    mostly_utf8: bool = False
    sure: bool = True
    #: What a person should know before importing (shown by the wizard and the report).
    note: str | None = None

    @property
    def shown(self) -> str:
        """The ``encoding`` of the report: ``cp1252``, or ``utf-8+cp1252`` for a mixed file."""
        if self.utf8_lines:
            return f"utf-8+{self.codec}" if self.mostly_utf8 else f"{self.codec}+utf-8"
        return self.codec


def detect(path: Path, forced: str | None = None) -> Encoding:
    """The file's encoding (``forced``: the one a person named, checked to exist)."""
    if forced:
        return _forced(forced)
    with path.open("rb") as stream:
        head = stream.read(4096)
        bom = _by_bom(head)
        if bom is not None:
            return Encoding(bom)
        utf16 = _utf16_without_bom(head)
        if utf16 is not None:
            return Encoding(utf16)
        stream.seek(0)
        if _all_utf8(stream):
            return Encoding("utf-8")
        stream.seek(0)
        return _legacy(stream)


def _forced(name: str) -> Encoding:
    try:
        codec = codecs.lookup(name).name
        ascii_compatible = "\n,;".encode(codec, errors="replace") == b"\n,;"
    except LookupError:  # unknown, or a bytes-to-bytes codec such as base64
        raise ValidationError.single(
            say("encoding"),
            say("{name!r} is not a text encoding (e.g. cp932, gb18030, cp1252, utf-16)", name=name),
        ) from None
    return Encoding(codec, by_line=ascii_compatible)


def _by_bom(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """ASCII in UTF-16 has a zero byte in every pair: after the letter (LE) or before (BE)."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even, odd = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    if odd > pairs * 0.4 and even < pairs * 0.05:
        return "utf-16-le"
    if even > pairs * 0.4 and odd < pairs * 0.05:
        return "utf-16-be"
    return None


def _all_utf8(stream: BinaryIO) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while chunk := stream.read(CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _legacy(stream: BinaryIO) -> Encoding:
    """A file that is not all UTF-8: count its UTF-8 and other lines, guess the other one."""
    utf8 = other = 0
    sample = bytearray()
    undefined_1252 = False
    for line in byte_lines(stream):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other += 1
            if len(sample) < GUESS_SAMPLE:
                sample += line
            undefined_1252 = undefined_1252 or not _CP1252_UNDEFINED.isdisjoint(line)
        else:
            utf8 += 1
    codec, doubts = _guess(bytes(sample), undefined_1252)
    notes = []
    if utf8:
        notes.append(
            say(
                "mixed encodings: {utf8} rows in UTF-8 and {other} in {encoding};"
                " each row is read in its own, and the report names the rows to check",
                utf8=utf8,
                other=other,
                encoding=encoding_name(codec),
            )
        )
    if doubts:
        others = ", ".join(encoding_name(c) for c in doubts)
        notes.append(
            say(
                "the encoding is a guess ({encoding}; it could also be {others}):"
                " check the names in the rows the report lists, or name the file's encoding",
                encoding=encoding_name(codec),
                others=others,
            )
        )
    # A Western file in one encoding decodes without a single failure (Latin-1 has every byte;
    # 1252 is chosen only when none of its five undefined bytes appears): read it whole.
    by_line = bool(utf8 or doubts) or codec not in _SINGLE_BYTE_WESTERN
    note = notes[0] if len(notes) == 1 else "; ".join(notes) or None  # one: still a Phrase
    return Encoding(codec, by_line, utf8 > 0, utf8 > other, not doubts, note)


def _guess(sample: bytes, undefined_1252: bool) -> tuple[str, list[str]]:
    """The older encoding of ``sample``, and the others it could as well be (none: sure)."""
    runs = [len(run) for run in _HIGH_RUN.findall(sample)]
    high, in_runs = sum(runs), sum(n for n in runs if n >= 3)
    if not high or in_runs <= high * _RUNS_SHARE:
        # Windows-1252 and Latin-1 differ only in 0x80-0x9F, where Latin-1 has control
        # characters nobody types: Latin-1 only when a byte undefined in 1252 appears.
        return ("latin-1" if undefined_1252 else "cp1252"), []
    from charset_normalizer import from_bytes  # noqa: PLC0415 (only such files pay for it)

    matches = list(from_bytes(sample, cp_isolation=list(_OTHER_SCRIPTS)))
    if not matches:
        return "cp1252", [say("an encoding this app does not recognise")]
    best = matches[0]
    close = [
        codecs.lookup(m.encoding).name
        for m in matches[1:]
        if m.chaos - best.chaos < _SURE_GAP and best.coherence - m.coherence < _SURE_COHERENCE
    ]
    return codecs.lookup(best.encoding).name, close


class DecodedLines:
    """The lines of a file read ``by_line``, as text; ``note`` says why the line just returned
    should be checked (``None`` for most). Closing it closes the file."""

    def __init__(self, path: Path, encoding: Encoding) -> None:
        self._encoding = encoding
        self._stream = path.open("rb")
        self._lines = byte_lines(self._stream)
        self.note: str | None = None
        codec = encoding_name(encoding.codec)
        self._other_than_most = (
            say(
                "read as {encoding}, while most rows are UTF-8: check its accents and names",
                encoding=codec,
            )
            if encoding.mostly_utf8
            else None
        )
        self._utf8_than_most = (
            say(
                "read as UTF-8, while most rows are {encoding}: check its accents and names",
                encoding=codec,
            )
            if encoding.utf8_lines and not encoding.mostly_utf8
            else None
        )
        self._guessed = (
            None
            if encoding.sure
            else say(
                "read as {encoding}, a guess: check its names (or name the file's encoding)",
                encoding=codec,
            )
        )
        self._replaced = say(
            "characters {encoding} does not have were replaced by \ufffd", encoding=codec
        )

    def __iter__(self) -> DecodedLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        if line.isascii():
            self.note = None
            return line.decode("ascii")
        encoding = self._encoding
        if encoding.utf8_lines:
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                self.note = self._utf8_than_most
                return text
        try:
            text = line.decode(encoding.codec)
        except UnicodeDecodeError:
            self.note = self._replaced
            return line.decode(encoding.codec, errors="replace")
        self.note = self._other_than_most or self._guessed
        return text

    def close(self) -> None:
        self._stream.close()


def byte_lines(stream: BinaryIO) -> Iterator[bytes]:
    """Lines ending in LF, CRLF or a lone CR (old Mac exports), endings kept, read in chunks."""
    rest = b""
    while chunk := stream.read(CHUNK):
        lines = (rest + chunk).splitlines(keepends=True)
        rest = lines.pop()
        if rest.endswith(b"\n"):  # complete; a lone CR may yet get its LF from the next chunk
            yield from lines
            yield rest
            rest = b""
        else:
            yield from lines
    if rest:
        yield rest
