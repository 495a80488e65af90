"""Dashboard (managers): today's figures, revenue by day and hour, who the visitors are, and
today's workshops.

Loaded in the background when shown and on F5; the figures come from one service call, so what
is drawn is what the database says at that moment (the workshops from a second one).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from pos_desktop.domain.money import display_amount
from pos_desktop.services.dashboard import DashboardFigures
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr, value_name
from pos_desktop.ui.screens.todays_workshops import TodaysWorkshops
from pos_desktop.ui.theme import colour, is_dark
from pos_desktop.ui.widgets.message_bar import MessageBar

PIE_SLICES = 6
#: The pies' least height, their legends under them (the bar charts keep 220).
PIE_HEIGHT = 170
#: More bars than this and every other hour is labelled.
LABELS_ACROSS = 8  # a usual day (8-19) is labelled every other hour: the chart is narrow
OPENS, CLOSES = 8, 19


def _tile(title: str) -> QLabel:
    label = QLabel()
    label.setObjectName("tile")
    label.setStyleSheet(  # the theme's card colours: readable in dark as in light
        f"QLabel#tile {{ background:{colour('surface')}; color:{colour('text')};"
        f" border:1px solid {colour('border')}; border-radius:6px; padding:10px; font-size:12pt; }}"
    )
    label.setProperty("title", title)
    return label


def _bar_axis(labels: list[str]) -> QBarCategoryAxis | QCategoryAxis:
    """One label per bar; with some left empty, the others on their bars' centres: a bar
    category axis cuts every label to "..." when the bars are narrower than the text."""
    if all(labels):
        axis = QBarCategoryAxis()
        axis.append(labels)
        return axis
    sparse = QCategoryAxis()
    sparse.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    sparse.setRange(-0.5, len(labels) - 0.5)
    sparse.setStartValue(-0.5)
    for position, label in enumerate(labels):
        if label:
            sparse.append(label, position)
    return sparse


def _themed(chart: QChart) -> QChart:
    """Qt Charts' dark theme under a dark palette (its default is light: white boxes)."""
    if is_dark(QGuiApplication.palette()):
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
    return chart


def bar_chart(title: str, labels: list[str], values: list[float]) -> QChart:
    bars = QBarSet(title)
    bars.append(values)
    series = QBarSeries()
    series.append(bars)
    chart = _themed(QChart())
    chart.addSeries(series)
    chart.setTitle(title)
    chart.legend().hide()
    axis_x = _bar_axis(labels)
    small = QFont(axis_x.labelsFont())
    small.setPointSizeF(small.pointSizeF() * 0.8)
    axis_x.setLabelsFont(small)

    axis_y = QValueAxis()
    axis_y.setRange(0, max([*values, 1.0]) * 1.1)
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return chart


def pie_chart(title: str, counts: tuple[tuple[str, int], ...]) -> QChart:
    series = QPieSeries()
    shown, rest = counts[:PIE_SLICES], sum(n for _label, n in counts[PIE_SLICES:])
    for label, n in shown:
        name = label or tr("Dashboard", "not given")
        series.append(f"{name} ({n})", n)
    if rest:
        series.append(tr("Dashboard", "others ({count})").format(count=rest), rest)
    chart = _themed(QChart())
    chart.addSeries(series)
    chart.setTitle(title)
    # The names go in a legend of our own under the chart (``pie_legend``): labels around the
    # pie were cut at the chart's edge ("individu...") and ran into each other on thin slices,
    # and the chart's own legend elides them the same way.
    series.setLabelsVisible(False)
    series.setPieSize(0.9)
    chart.legend().hide()
    return chart


def pie_legend(chart: QChart) -> str:
    """The slices' names and counts, each after a dot of its colour; wraps, never cut."""
    entries = []
    for series in chart.series():
        if isinstance(series, QPieSeries):
            entries += [
                f"<span style='color:{s.color().name()}'>&#9679;</span>&nbsp;"
                f"{escape(s.label()).replace(' ', '&nbsp;')}"
                for s in series.slices()
            ]
    return " &nbsp; ".join(entries)


def _busy_hours(
    by_hour: tuple[tuple[int, Decimal], ...],
) -> tuple[tuple[int, Decimal], ...]:
    """The usual opening hours, widened to any hour that had sales: 24 bars do not fit."""
    sold = [h for h, v in by_hour if v]
    first, last = min([OPENS, *sold]), max([CLOSES, *sold])
    return tuple((h, v) for h, v in by_hour if first <= h <= last)


def hour_labels(hours: list[int]) -> list[str]:
    """``8``, ``9``... or, when there are too many bars for two digits each, every other
    hour (the others empty: see ``_bar_axis``)."""
    if len(hours) <= LABELS_ACROSS:
        return [str(h) for h in hours]
    return [str(h) if h % 2 == 0 else "" for h in hours]


def _replace_chart(view: QChartView, chart: QChart) -> None:
    """The view gives up the old chart without deleting it: 2.6 MB leaked per reload."""
    old = view.chart()
    view.setChart(chart)
    old.deleteLater()


class DashboardScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: DashboardFigures | None = None
        self.messages = MessageBar()
        self.title = QLabel(tr("Dashboard", "Dashboard"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.revenue = _tile(tr("Dashboard", "Revenue today"))
        self.count = _tile(tr("Dashboard", "Invoices today"))
        self.basket = _tile(tr("Dashboard", "Average basket"))
        self.new_customers = _tile(tr("Dashboard", "New customers"))
        self.latest = QLabel()
        # A long name wraps in its cell (the numbers do not: white-space:pre): unwrapped,
        # the list beside the German tiles made the window wider than a 1024-pixel screen.
        self.latest.setWordWrap(True)
        self.workshops = TodaysWorkshops()
        self.charts = [QChartView() for _ in range(4)]
        for view in self.charts:
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
        grid = QGridLayout()
        for column, tile in enumerate((self.revenue, self.count, self.basket, self.new_customers)):
            grid.addWidget(tile, 0, column)
        grid.addWidget(self.charts[0], 1, 0, 1, 2)
        grid.addWidget(self.charts[1], 1, 2, 1, 2)
        self.legends = [QLabel(), QLabel()]
        for column, (view, legend) in enumerate(zip(self.charts[2:], self.legends, strict=True)):
            legend.setWordWrap(True)
            # The legend's lines come out of the pie's height: the window still fits 700 px.
            view.setMinimumHeight(PIE_HEIGHT)
            pie = QVBoxLayout()
            pie.addWidget(view, 1)
            pie.addWidget(legend)
            grid.addLayout(pie, 2, column)
        grid.addWidget(self.latest, 2, 2, 1, 2)
        grid.addWidget(self.workshops, 3, 0, 1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.messages)
        layout.addLayout(grid, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        actor = self.ctx.actor
        tz = datetime.now().astimezone().tzinfo
        assert tz is not None
        self.ctx.runner.submit(
            lambda: self.ctx.services.dashboard.figures(actor, tz),
            self.show_figures,
            self.messages.show_error,
            owner=self,
        )
        self.ctx.runner.submit(
            lambda: self.ctx.services.workshops.day_stats(actor, tz=tz),
            self.workshops.show_stats,
            self.messages.show_error,
            owner=self,
        )

    def show_figures(self, f: DashboardFigures) -> None:
        self.figures = f
        cur = f.currency
        day = QLocale().toString(QDate(f.day.year, f.day.month, f.day.day), "dddd dd MMMM yyyy")
        self.title.setText(
            tr("Dashboard", "Dashboard · {exhibition} · {day}").format(
                exhibition=f.exhibition_name, day=day
            )
        )
        tiles = (
            (self.revenue, f"{display_amount(f.revenue_today, cur)} {cur}"),
            (self.count, str(f.invoices_today)),
            (self.basket, f"{display_amount(f.average_basket_today, cur)} {cur}"),
            (self.new_customers, str(f.new_customers_today)),
        )
        for tile, value in tiles:
            tile.setText(f"{tile.property('title')}<br><b style='font-size:20pt'>{value}</b>")
        days = [f"{d.day}" for d, _ in f.revenue_by_day]  # short: 14 labels must fit
        hours_shown = _busy_hours(f.revenue_by_hour)
        hours = hour_labels([h for h, _ in hours_shown])
        charts = (
            bar_chart(
                tr("Dashboard", "Revenue by day ({currency})").format(currency=cur),
                days,
                [float(v) for _, v in f.revenue_by_day],
            ),
            bar_chart(
                tr("Dashboard", "Revenue by hour today ({currency})").format(currency=cur),
                hours,
                [float(v) for _, v in hours_shown],
            ),
            pie_chart(tr("Dashboard", "Customers by country"), f.customers_by_country),
            pie_chart(tr("Dashboard", "Customers by type"), f.customers_by_type),
        )
        for view, chart in zip(self.charts, charts, strict=True):
            _replace_chart(view, chart)
        for legend, chart in zip(self.legends, charts[2:], strict=True):
            legend.setText(pie_legend(chart))
        walk_in = tr("Dashboard", "walk-in")
        rows = "".join(
            f"<tr><td><p style='white-space:pre'>{escape(i.number or '')}</p></td>"
            f"<td>{escape(i.customer_name or walk_in)}"
            f"</td><td>{value_name(i.status.value)}</td>"
            f"<td align='right'>{display_amount(i.gross, i.currency)} {i.currency}</td></tr>"
            for i in f.latest
        )
        low = "".join(
            f"<tr><td>{escape(sku)}</td><td>{escape(name)}</td><td>{escape(place)}</td>"
            f"<td align='right'><b>{format(quantity.normalize(), 'f')}</b></td></tr>"
            for sku, name, place, quantity in f.low_stock
        )
        latest, low_stock = tr("Dashboard", "Latest invoices"), tr("Dashboard", "Low stock")
        self.latest.setText(
            f"<b>{latest}</b><table cellspacing='6'>{rows}</table>"
            + (
                f"<b style='color:{colour('error')}'>{low_stock}</b>"
                f"<table cellspacing='6'>{low}</table>"
                if low
                else ""
            )
        )
