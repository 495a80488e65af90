"""Design tokens: the numbers and colours every screen's look is made of.

Sizes are in device-independent pixels; a touch till (``ui.touch_mode``) gets targets of at
least 44 px, the size touch guidelines agree on for a fingertip. Colours come in three
palettes: light and dark (what the desktop asks for, or pinned), and high contrast (black on
white, strong focus frame) for bright halls and tired eyes.
"""

from __future__ import annotations

from dataclasses import dataclass

TOUCH_TARGET_PX = 44


@dataclass(frozen=True)
class Spacing:
    """The spacing scale: multiples of 4 px, so edges line up across screens."""

    xs: int = 4
    s: int = 8
    m: int = 12
    l: int = 16  # noqa: E741 - the scale's own name
    xl: int = 24


@dataclass(frozen=True)
class TypeScale:
    """Point sizes: hints, headings, and the total a customer reads from arm's length (body
    text keeps the platform's size, which the desktop's scaling already suits)."""

    small: int = 9
    heading: int = 16
    total: int = 28


@dataclass(frozen=True)
class Radii:
    control: int = 6
    card: int = 10


@dataclass(frozen=True)
class Colours:
    """Roles, not hues: what each colour is for."""

    window: str
    surface: str  # cards, tables, fields
    text: str
    muted: str  # hints, secondary text
    border: str
    accent: str  # the primary action, the selection
    on_accent: str
    focus: str  # the keyboard focus frame: always visible
    ok: str
    warning: str
    error: str
    sidebar: str
    sidebar_text: str


LIGHT = Colours(
    window="#f4f5f7",
    surface="#ffffff",
    text="#1d2330",
    muted="#5f6877",
    border="#cdd2da",
    accent="#1f6feb",
    on_accent="#ffffff",
    focus="#1f6feb",
    ok="#1a7f37",
    warning="#9a6700",
    error="#cf222e",
    sidebar="#e8ebf0",
    sidebar_text="#1d2330",
)
DARK = Colours(
    window="#1e2127",
    surface="#272b33",
    text="#e6e9ef",
    muted="#a3abb8",
    border="#3d4350",
    accent="#4c8df6",
    on_accent="#0b1220",
    focus="#79aaf2",
    ok="#3fb950",
    warning="#d29922",
    error="#f85149",
    sidebar="#171a1f",
    sidebar_text="#e6e9ef",
)
HIGH_CONTRAST = Colours(
    window="#ffffff",
    surface="#ffffff",
    text="#000000",
    muted="#000000",
    border="#000000",
    accent="#0000c8",
    on_accent="#ffffff",
    focus="#c80000",
    ok="#005a00",
    warning="#6b3d00",
    error="#b00000",
    sidebar="#ffffff",
    sidebar_text="#000000",
)
PALETTES: dict[str, Colours] = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}


@dataclass(frozen=True)
class Tokens:
    colours: Colours
    spacing: Spacing = Spacing()
    type: TypeScale = TypeScale()
    radii: Radii = Radii()
    touch: bool = False

    @property
    def control_height(self) -> int:
        """Buttons and fields: comfortable with a mouse, fingertip-sized in touch mode."""
        return TOUCH_TARGET_PX if self.touch else 30
