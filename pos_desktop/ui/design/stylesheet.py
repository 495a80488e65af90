"""The application style sheet, made from the tokens (``tokens.py``).

Qt style sheets reach every widget without the screens knowing; screens opt into a look by a
dynamic property (``role``): ``heading``, ``money`` (right-aligned amounts), ``total`` (the
sum the customer reads), ``hint``, ``card``, ``offline`` (the status bar's warning while the
till sells on its journal); the sidebar by its object name (``navigation``).
Kept to what Qt's style sheets render the same on every platform style. ``min-height`` counts
the content only: padding and the 1 px borders are taken off so the whole control is
``control_height`` high.
"""

from __future__ import annotations

from pos_desktop.ui.design.tokens import Tokens


def stylesheet(tokens: Tokens) -> str:
    c, sp, ty, r = tokens.colours, tokens.spacing, tokens.type, tokens.radii
    height = tokens.control_height
    return f"""
QMainWindow, QDialog {{ background: {c.window}; color: {c.text}; }}
QLabel[role="heading"] {{ font-size: {ty.heading}pt; font-weight: 600; color: {c.text}; }}
QLabel[role="hint"] {{ color: {c.muted}; font-size: {ty.small}pt; }}
QLabel[role="offline"] {{
    background: {c.warning}; color: {c.on_accent}; font-weight: 600;
    padding: 1px {sp.s}px; border-radius: {r.control}px;
}}
QLabel[role="money"] {{ qproperty-alignment: 'AlignRight | AlignVCenter'; }}
QLabel[role="total"] {{ font-size: {ty.total}pt; font-weight: 700; color: {c.text}; }}
QFrame[role="card"] {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {r.card}px;
}}
QPushButton {{
    min-height: {height - 2 * sp.xs - 2}px; padding: {sp.xs}px {sp.s}px;
    border: 1px solid {c.border}; border-radius: {r.control}px;
    background: {c.surface}; color: {c.text};
}}
QPushButton:default, QPushButton[role="primary"] {{
    background: {c.accent}; color: {c.on_accent}; border-color: {c.accent};
}}
/* Bold only by a role set when the button is made: a button becoming the default later (a
   dialog's) would keep the size its plain text asked for and cut its bold text. */
QPushButton[role="primary"] {{ font-weight: 600; }}
QPushButton:disabled {{ color: {c.muted}; background: {c.window}; }}
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QTableView:focus, QListView:focus {{
    border: 2px solid {c.focus};
}}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QDateTimeEdit {{
    min-height: {height - 2}px; padding: 0 {sp.xs}px;
    border: 1px solid {c.border}; border-radius: {r.control}px;
    background: {c.surface}; color: {c.text};
    selection-background-color: {c.accent}; selection-color: {c.on_accent};
}}
QPlainTextEdit, QTextEdit {{
    border: 1px solid {c.border}; border-radius: {r.control}px;
    background: {c.surface}; color: {c.text};
}}
QTableView {{
    background: {c.surface}; color: {c.text}; gridline-color: {c.border};
    border: 1px solid {c.border}; border-radius: {r.control}px;
    selection-background-color: {c.accent}; selection-color: {c.on_accent};
}}
QHeaderView::section {{
    background: {c.window}; color: {c.muted}; padding: {sp.xs}px {sp.xs}px;
    border: none; border-bottom: 1px solid {c.border}; font-weight: 600;
}}
QListWidget#navigation {{
    background: {c.sidebar}; color: {c.sidebar_text}; border: none; padding: {sp.s}px 0;
}}
QListWidget#navigation::item {{
    min-height: {max(height, 32)}px; padding: 0 {sp.m}px; border-radius: {r.control}px;
    margin: 1px {sp.s - 2}px;
}}
QListWidget#navigation::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QTabBar::tab {{ padding: {sp.s}px {sp.m}px; min-height: {height - 2 * sp.s}px; }}
QStatusBar {{ color: {c.muted}; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
"""
