"""Cash drawer: open the shift with the counted float, cash in and out, X report, close with Z.

Without an open session the screen asks for the float (Enter opens). With one it shows the X
report and three short forms: cash in, cash out (amount and reason, Enter records), and the
closing count (Enter asks to confirm, then closes and shows the Z report with the difference).
``F5`` refreshes the X report. All of it runs in the background; nothing typed is lost on error.
Between sessions the screen shows the till's last Z report. Whichever report is on screen
prints on the till's printer (``Ctrl+P``; a Z report printed before comes out as a COPY) and
opens or saves as an A4/Letter PDF (``Ctrl+D``, ``Ctrl+S``). With ``printer.auto_print`` the
closing prints its Z report by itself.

When the hall's line drops, the drawer goes on on the till's offline journal (the same key,
``offline_switch``); a shift opened before the drop then shows and prints only what the
journal can know (the float and the count): expected cash and the difference wait for the
server's Z report (``SessionReport.partial``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.money import display_amount
from pos_desktop.domain.payment_methods import PaymentMethod
from pos_desktop.services.cash_sessions import NoOpenSession, SessionReport
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.exactly_once import submit_keyed
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, method_name, tr
from pos_desktop.ui.local_dates import DATE_TIME, moment_text
from pos_desktop.ui.offline_switch import read, run_keyed
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.session_report_actions import SessionReportActions

if TYPE_CHECKING:
    from pos_desktop.bootstrap import Services

#: Shown on a partial report instead of expected cash and the difference.
OFFLINE_PART = QT_TRANSLATE_NOOP(
    "CashDrawer",
    "Offline: this till knows only its sales since the line dropped. Expected cash and the"
    " difference are on the server's Z report: print it again when the line is back.",
)


def _method(value: str) -> str:
    """A payment method's name in the UI's language (one unknown here as it is stored)."""
    try:
        return method_name(PaymentMethod(value))
    except ValueError:
        return value


def session_report_html(report: SessionReport) -> str:
    cur = report.currency

    def m(amount: Decimal) -> str:
        return f"{display_amount(amount, cur)} {cur}"

    def by(moment: str, who: str) -> str:
        return tr("CashDrawer", "{when} by {who}").format(when=moment, who=who)

    def count(number: int, amount: Decimal) -> str:
        said = (
            tr("CashDrawer", "1 invoice, {amount}")
            if number == 1
            else tr("CashDrawer", "{count} invoices, {amount}")
        )
        return said.format(count=number, amount=m(amount))

    def paid(number: int, amount: Decimal) -> str:
        said = (
            tr("CashDrawer", "1 payment, {amount}")
            if number == 1
            else tr("CashDrawer", "{count} payments, {amount}")
        )
        return said.format(count=number, amount=m(amount))

    if report.partial:
        return _partial_html(report, m, by)
    title = (
        tr("CashDrawer", "X report (so far)")
        if report.kind == "X"
        else tr("CashDrawer", "Z report (closed)")
    )
    after = (
        tr("CashDrawer", "1 invoice, {amount} (after voids, refunds)")
        if report.sales.count == 1
        else tr("CashDrawer", "{count} invoices, {amount} (after voids, refunds)")
    )
    rows = [
        (
            tr("CashDrawer", "Opened"),
            by(moment_text(report.opened_at.astimezone(), DATE_TIME), report.opened_by),
        ),
        (tr("CashDrawer", "Float"), m(report.float_amount)),
        (tr("CashDrawer", "Issued"), count(*report.issued)),
        (tr("CashDrawer", "Voids"), f"{report.voids[0]} ({m(report.voids[1])})"),
        (tr("CashDrawer", "Refunds"), f"{report.refunds[0]} ({m(report.refunds[1])})"),
        (
            tr("CashDrawer", "Sales"),
            after.format(count=report.sales.count, amount=m(report.sales.gross)),
        ),
        *(
            (f"  {_method(method)}", paid(n, amount))
            for method, n, amount in report.by_payment_method
        ),
        (tr("CashDrawer", "Cash in / out"), f"{m(report.cash_in)} / {m(report.cash_out)}"),
        (tr("CashDrawer", "Discounts"), m(report.discounts)),
        (tr("CashDrawer", "Expected cash"), f"<b>{m(report.expected_cash)}</b>"),
    ]
    if report.closed_at is not None and report.counted_cash is not None:
        difference = report.difference or Decimal(0)
        colour = "#14532d" if difference == 0 else "#7f1d1d"
        rows += [
            (
                tr("CashDrawer", "Closed"),
                by(moment_text(report.closed_at.astimezone(), DATE_TIME), report.closed_by or ""),
            ),
            (tr("CashDrawer", "Counted cash"), m(report.counted_cash)),
            (tr("CashDrawer", "Difference"), f"<b style='color:{colour}'>{m(difference)}</b>"),
        ]
    return _html(report, title, rows)


def _html(report: SessionReport, title: str, rows: list[tuple[str, str]], note: str = "") -> str:
    body = "".join(
        f"<tr><td style='padding-right:16px'>{escape(k)}</td><td>{v}</td></tr>" for k, v in rows
    )
    heading = tr("CashDrawer", "{title} · session {session} · till {till}").format(
        title=title, session=report.session_id, till=escape(report.terminal)
    )
    return f"<h2>{heading}</h2><table>{body}</table>" + (f"<p>{escape(note)}</p>" if note else "")


def _partial_html(
    report: SessionReport, m: Callable[[Decimal], str], by: Callable[[str, str], str]
) -> str:
    """What the offline journal knows of a shift opened before the line dropped."""
    opened = by(moment_text(report.opened_at.astimezone(), DATE_TIME), report.opened_by)
    rows = [
        (tr("CashDrawer", "Opened"), opened),
        (tr("CashDrawer", "Float"), m(report.float_amount)),
    ]
    if report.closed_at is not None:
        closed = by(moment_text(report.closed_at.astimezone(), DATE_TIME), report.closed_by or "")
        rows.append((tr("CashDrawer", "Closed"), closed))
    if report.counted_cash is not None:
        rows.append((tr("CashDrawer", "Counted cash"), f"<b>{m(report.counted_cash)}</b>"))
    title = (
        tr("CashDrawer", "X report (offline)")
        if report.kind == "X"
        else tr("CashDrawer", "Drawer counted (offline)")
    )
    return _html(report, title, rows, tr("CashDrawer", OFFLINE_PART))


class CashDrawerScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saving = False  # a drawer action is on its way to the database
        self.ctx = ctx
        self.report: SessionReport | None = None
        #: The till's last Z report, shown while no session is open.
        self.last_report: SessionReport | None = None
        self.messages = MessageBar()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._open_page())
        self.pages.addWidget(self._session_page())
        self.report_actions = SessionReportActions(ctx, self.messages)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.report_actions)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.report_actions.install_shortcuts(self)

    def _open_page(self) -> QWidget:
        page = QGroupBox(tr("CashDrawer", "No open cash session on this till"))
        self.float_amount = QLineEdit()
        self.float_amount.setPlaceholderText(
            tr("CashDrawer", "the cash you counted into the drawer, e.g. 150.00")
        )
        self.float_amount.returnPressed.connect(self.open_session)
        self.open_button = QPushButton(tr("CashDrawer", "Open session (Enter)"))
        self.open_button.clicked.connect(self.open_session)
        self.last_z = QTextBrowser()
        form = QFormLayout(page)
        form.addRow(tr("CashDrawer", "&Float"), self.float_amount)
        form.addRow(self.open_button)
        form.addRow(self.last_z)
        return page

    def _session_page(self) -> QWidget:
        page = QWidget()
        self.view = QTextBrowser()
        self.move_amount, self.move_reason = QLineEdit(), QLineEdit()
        self.move_reason.setPlaceholderText(
            tr("CashDrawer", "why, e.g. change from the bank / to the safe")
        )
        self.cash_in_button = QPushButton(tr("CashDrawer", "Cash &in"))
        self.cash_out_button = QPushButton(tr("CashDrawer", "Cash &out"))
        self.cash_in_button.clicked.connect(lambda: self.move_cash("in"))
        self.cash_out_button.clicked.connect(lambda: self.move_cash("out"))
        moves = QGroupBox(tr("CashDrawer", "Cash in or out"))
        move_form = QFormLayout(moves)
        move_form.addRow(tr("CashDrawer", "&Amount"), self.move_amount)
        move_form.addRow(tr("CashDrawer", "&Reason"), self.move_reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cash_in_button)
        buttons.addWidget(self.cash_out_button)
        move_form.addRow(buttons)
        closing = QGroupBox(tr("CashDrawer", "Close the session"))
        self.counted = QLineEdit()
        self.counted.setPlaceholderText(tr("CashDrawer", "the cash counted in the drawer now"))
        self.counted.returnPressed.connect(self.ask_close)
        self.close_button = QPushButton(tr("CashDrawer", "Close with Z report..."))
        self.close_button.clicked.connect(self.ask_close)
        close_form = QFormLayout(closing)
        close_form.addRow(tr("CashDrawer", "&Counted"), self.counted)
        close_form.addRow(self.close_button)
        side = QVBoxLayout()
        side.addWidget(moves)
        side.addWidget(closing)
        side.addStretch(1)
        body = QHBoxLayout(page)
        body.addWidget(self.view, 3)
        body.addLayout(side, 2)
        return page

    # ---------------------------------------------------------------------------- state

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        self.ctx.runner.submit(
            lambda: read(ctx, lambda services: services.cash_sessions.x_report(actor)),
            self._show_open,
            self._no_session,
            owner=self,
        )

    def _show_open(self, report: SessionReport) -> None:
        self.report = report
        self.view.setHtml(session_report_html(report))
        self.report_actions.show_report(report)
        self.pages.setCurrentIndex(1)
        if not (self.move_amount.hasFocus() or self.move_reason.hasFocus()):
            (self.counted if self.counted.text() else self.move_amount).setFocus()

    def _no_session(self, error: Exception) -> None:
        if not isinstance(error, NoOpenSession):
            self.messages.show_error(error)
            return
        self.report = None
        self.report_actions.show_report(self.last_report)
        self.pages.setCurrentIndex(0)
        self.float_amount.setFocus()
        ctx, actor = self.ctx, self.ctx.actor
        self.ctx.runner.submit(
            lambda: read(ctx, lambda services: services.cash_sessions.z_report(actor)),
            self._show_last,
            self._no_last,
            owner=self,
        )

    def _show_last(self, report: SessionReport) -> None:
        """The till's last Z report, to read, print again (a COPY) or save as PDF."""
        self.last_report = report
        self.last_z.setHtml(session_report_html(report))
        if self.report is None:
            self.report_actions.show_report(report)

    def _no_last(self, error: Exception) -> None:
        if not isinstance(error, NotFound):  # NotFound: the till never closed a session
            self.messages.show_error(error)

    # --------------------------------------------------------------------------- actions

    def _save(
        self,
        act: Callable[[Services, ActionKey], SessionReport],
        on_done: Callable[[SessionReport], None],
        busy: str,
        doubt_text: str,
    ) -> None:
        """One drawer action at a time, each with its key: a second Enter while the first is
        being saved (or in doubt) must not count the cash twice. ``busy``: what to say when
        another is being saved; ``doubt_text``: when the answer is in doubt (``{doubt}``).
        On the server, else on the till's offline journal with the same key."""
        if self.saving:
            self.messages.show_error(busy)
            return
        self.saving = True

        def done(saved: tuple[SessionReport, bool]) -> None:
            self.saving = False
            on_done(saved[0])

        def failed(error: Exception) -> None:
            self.saving = False
            self.messages.show_error(error)

        submit_keyed(
            self.ctx.runner,
            run_keyed(self.ctx, act),
            done,
            failed,
            owner=self,
            on_doubt=lambda doubt: self.messages.show_error(doubt_text.format(doubt=doubt)),
        )

    def open_session(self) -> None:
        actor, amount = self.ctx.actor, self.float_amount.text()
        self._save(
            lambda services, key: services.cash_sessions.open(actor, amount, key=key),
            self._opened,
            tr("CashDrawer", "Still saving - wait for the answer before the opening"),
            tr(
                "CashDrawer",
                "Checking whether the opening was saved - the database stopped answering ({doubt})",
            ),
        )

    def _opened(self, report: SessionReport) -> None:
        self.float_amount.clear()
        self.messages.show_message(
            tr("CashDrawer", "Session {session} open").format(session=report.session_id),
            Tone.SUCCESS,
        )
        self._show_open(report)
        self.move_amount.setFocus()

    def move_cash(self, kind: str) -> None:
        actor = self.ctx.actor
        amount, reason = self.move_amount.text(), self.move_reason.text()
        cash_in = kind == "in"
        self._save(
            lambda services, key: services.cash_sessions.move_cash(
                actor, kind, amount, reason, key=key
            ),
            lambda report: self._moved(kind, report),
            (
                tr("CashDrawer", "Still saving - wait for the answer before the cash in")
                if cash_in
                else tr("CashDrawer", "Still saving - wait for the answer before the cash out")
            ),
            (
                tr(
                    "CashDrawer",
                    "Checking whether the cash in was saved - the database stopped answering "
                    "({doubt})",
                )
                if cash_in
                else tr(
                    "CashDrawer",
                    "Checking whether the cash out was saved - the database stopped answering "
                    "({doubt})",
                )
            ),
        )

    def _moved(self, kind: str, report: SessionReport) -> None:
        recorded = (
            tr("CashDrawer", "Cash in recorded: {amount} ({reason})")
            if kind == "in"
            else tr("CashDrawer", "Cash out recorded: {amount} ({reason})")
        )
        self.messages.show_message(
            recorded.format(amount=self.move_amount.text(), reason=self.move_reason.text()),
            Tone.SUCCESS,
        )
        self.move_amount.clear()
        self.move_reason.clear()
        self._show_open(report)

    def ask_close(self) -> None:
        counted = self.counted.text().strip()
        if not counted or self.report is None:
            self.messages.show_error(tr("CashDrawer", "Count the drawer and type the amount first"))
            self.counted.setFocus()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("CashDrawer", "Close the session"),
            tr(
                "CashDrawer",
                "Close session {session} with {amount} {currency} counted? The Z report is final.",
            ).format(session=self.report.session_id, amount=counted, currency=self.report.currency),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        # A bound method, not a lambda holding the box: a box <-> lambda cycle was collected by
        # the garbage collector on a pool thread and crashed Qt now and then.
        self._counted = counted
        box.buttonClicked.connect(self._close_answered)
        self.close_question = box
        box.open()

    def _close_answered(self, button: QAbstractButton) -> None:
        if self.close_question.standardButton(button) == QMessageBox.StandardButton.Yes:
            self.close_session(self._counted)

    def close_session(self, counted: str) -> None:
        actor = self.ctx.actor
        self._save(
            lambda services, key: services.cash_sessions.close(actor, counted, key=key),
            self._closed,
            tr("CashDrawer", "Still saving - wait for the answer before the closing"),
            tr(
                "CashDrawer",
                "Checking whether the closing was saved - the database stopped answering ({doubt})",
            ),
        )

    def _closed(self, report: SessionReport) -> None:
        self.window().activateWindow()
        self.counted.clear()
        self.report = None
        self._show_last(report)
        cur = report.currency
        if report.partial:  # no difference worked out from part of the shift's sales
            counted = display_amount(report.counted_cash or Decimal(0), cur)
            text = tr(
                "CashDrawer",
                "Session {session} closed on this till (offline) with {amount} {currency}"
                " counted; the difference comes with the line",
            ).format(session=report.session_id, amount=counted, currency=cur)
            self.messages.show_message(text, Tone.INFO)
        else:
            difference = report.difference or Decimal(0)
            text = tr(
                "CashDrawer", "Session {session} closed; difference {amount} {currency}"
            ).format(
                session=report.session_id, amount=display_amount(difference, cur), currency=cur
            )
            self.messages.show_message(text, Tone.SUCCESS if difference == 0 else Tone.ERROR)
        self.pages.setCurrentIndex(0)
        self.float_amount.setFocus()
