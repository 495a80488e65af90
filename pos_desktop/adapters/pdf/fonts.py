"""The embedded fonts of every PDF, and text split into runs each font can draw.

Names at a fair come from everywhere. DejaVu Sans covers Latin with accents, Greek and
Cyrillic; Droid Sans Fallback (Apache-2.0, Debian's ``fonts-droid-fallback``) covers Chinese,
Japanese kana and kanji and Korean Hangul. Both ship in ``resources/fonts`` because the app
also runs on Windows, where no Debian package helps; reportlab embeds only the glyphs a
document uses, so a PDF grows by a few KB per script, not by the 3.4 MB font file.

Droid Sans Fallback, not Noto Sans CJK: reportlab embeds TrueType (``glyf``) outlines only, and
Noto/Source Han CJK ship as CFF-flavoured OpenType. Droid's single file covers all three CJK
scripts with TrueType outlines.

ReportLab has no font fallback, so text is cut into runs: each character goes to the first font
that has it (DejaVu, then the CJK font); a character neither has is drawn by DejaVu as its
"missing glyph" box, never an error. No shaping: right-to-left and Indic scripts are out of
scope here.

Fonts are registered with ``asciiReadable=False``: by default reportlab puts all of printable
ASCII into every document's first subset, whether the text uses it or not, which made a badge
44 KB instead of 24 KB and its rendering a third slower (the outbox attaches one to every
welcome email). Text extraction and copy-paste are unaffected: they go by the ToUnicode maps.

Thread rule: fonts register once per process under a lock; after that everything here is
read-only and safe from worker threads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

import pos_desktop

SANS = "PosSans"
SANS_BOLD = "PosSans-Bold"
CJK = "PosCJK"
#: Receipts keep the printer's character columns, so they need a fixed-pitch font.
MONO = "PosMono"
MONO_BOLD = "PosMono-Bold"

FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
}

_lock = threading.Lock()
_covered: dict[str, frozenset[int]] = {}


def ensure_fonts() -> None:
    """Register the fonts with reportlab (the first call reads the files, about 120 ms)."""
    if _covered:
        return
    with _lock:
        if _covered:
            return
        folder = pos_desktop.resources_dir() / "fonts"
        covered: dict[str, frozenset[int]] = {}
        for name, file_name in FONT_FILES.items():
            font = TTFont(name, str(folder / file_name), asciiReadable=False)
            pdfmetrics.registerFont(font)
            covered[name] = frozenset(font.face.charToGlyph)
        # <b> in paragraph markup picks the bold face; the CJK font has no bold, so its
        # "bold" is itself.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS)
        addMapping(SANS, 1, 1, SANS_BOLD)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(CJK, bold, italic, CJK)
        _covered.update(covered)


def runs(text: str, font: str = SANS) -> Iterator[tuple[str, str]]:
    """``(font name, text)`` pieces of ``text``: ``font`` where it has the glyph, else CJK."""
    ensure_fonts()
    primary = _covered[font]
    fallback = _covered[CJK]
    current = font
    start = 0
    for i, char in enumerate(text):
        code = ord(char)
        wanted = font if code in primary or code not in fallback else CJK
        if wanted != current and i > start:
            yield current, text[start:i]
            start = i
        current = wanted
    if start < len(text):
        yield current, text[start:]


def markup(text: str) -> str:
    """``text`` as paragraph markup: escaped, CJK runs wrapped in a ``<font>`` tag.

    Works inside ``<b>``: the bold mapping above keeps CJK runs in the CJK font.
    """
    parts = []
    for font, piece in runs(text):
        safe = escape(piece)
        parts.append(f'<font face="{CJK}">{safe}</font>' if font == CJK else safe)
    return "".join(parts)


def text_width(text: str, size: float, font: str = SANS) -> float:
    return float(sum(stringWidth(piece, name, size) for name, piece in runs(text, font)))


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    font: str = SANS,
    align: str = "left",
) -> float:
    """Draw ``text`` with its baseline at ``y``; returns the width drawn.

    ``align`` is ``left`` (``x`` is the start), ``right`` (``x`` is the end) or ``centre``.
    """
    pieces = list(runs(text, font))
    width = float(sum(stringWidth(piece, name, size) for name, piece in pieces))
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for name, piece in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, name, size)
    return width


def fit_size(text: str, width: float, largest: float, smallest: float, font: str = SANS) -> float:
    """The largest size from ``largest`` down to ``smallest`` at which ``text`` fits ``width``."""
    natural = text_width(text, largest, font)
    if natural <= width:
        return largest
    return max(smallest, largest * width / float(natural))
