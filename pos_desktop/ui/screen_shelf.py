"""The main window's screens, each built the first time it is asked for.

A login, a change of language (the window is built anew) or the idle lock's hand-over used to
build all seventeen screens of an administrator's window before it showed; now the window
builds the one it shows (and the checkout, which every sale needs), and the rest when the
cashier goes there or code asks for them. A placeholder keeps each screen's place in the
stack, so a screen's row in the sidebar is its index in the stack, built or not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from pos_desktop.ui.context import UiContext
    from pos_desktop.ui.main_window import ScreenSpec


class ScreenShelf(Mapping[str, QWidget]):
    """Title (the English key) -> screen. ``shelf[title]`` and ``shelf.get(title)`` build a
    screen not built yet; ``title in shelf``, iterating the titles and ``built()`` do not."""

    def __init__(self, stack: QStackedWidget, ctx: UiContext) -> None:
        self._stack = stack
        self._ctx = ctx
        self._specs: dict[str, ScreenSpec] = {}
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._waiting: dict[str, list[Callable[[QWidget], None]]] = {}

    def add(self, spec: ScreenSpec) -> None:
        placeholder = QWidget()
        self._stack.addWidget(placeholder)
        self._specs[spec.title] = spec
        self._placeholders[spec.title] = placeholder

    def when_built(self, title: str, then: Callable[[QWidget], None]) -> None:
        """``then(screen)`` once the screen exists (now, if it does): wiring between screens
        that does not force one to be built."""
        if title in self._built:
            then(self._built[title])
        elif title in self._specs:
            self._waiting.setdefault(title, []).append(then)

    def title_at(self, index: int) -> str:
        return list(self._specs)[index]

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)

    def __getitem__(self, title: str) -> QWidget:
        if title in self._built:
            return self._built[title]
        spec = self._specs[title]  # KeyError: not a screen of this window
        widget = spec.build(self._ctx)
        placeholder = self._placeholders.pop(title)
        index = self._stack.indexOf(placeholder)
        showing = self._stack.currentIndex() == index
        self._stack.insertWidget(index, widget)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self._stack.setCurrentIndex(index)
        self._built[title] = widget
        for then in self._waiting.pop(title, []):
            then(widget)
        return widget

    def __contains__(self, title: object) -> bool:
        return title in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)
