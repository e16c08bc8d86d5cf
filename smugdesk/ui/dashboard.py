"""The dashboard: the report's headline figures and charts for a chosen period, from the
same figures function as the reports."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smugdesk.domain.labels import label
from smugdesk.domain.words import WordsError
from smugdesk.reports.figures import Figures, compute_figures
from smugdesk.reports.periods import Period
from smugdesk.reports.text import change, percent, period_label, t
from smugdesk.store import Store
from smugdesk.ui.dates import day_of, period_edit, set_day


class Dashboard(QWidget):
    def __init__(self, store: Store, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.figures: Figures | None = None
        self._stale = True
        self.choice = QComboBox()
        self.choice.setObjectName("period_choice")
        self.choice.setAccessibleName("period")
        for key, text in (
            ("month", self.tr("This month")),
            ("year", self.tr("This year")),
            ("campaign", self.tr("Campaign to date")),
            ("custom", self.tr("Custom")),
        ):
            self.choice.addItem(text, key)
        today = dt.date.today()
        self.start = period_edit("start", today, "dashboard_start")
        self.end = period_edit("end", today, "dashboard_end")
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._custom_changed)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.choice)
        top.addWidget(self.start)
        top.addWidget(QLabel("–"))
        top.addWidget(self.end)
        top.addStretch(1)
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        # The figures' names are the report's own words, so a figure reads the same on
        # the dashboard and in the documents.
        names = (
            ("persons", t("persons", lang)),
            ("catches", t("catches", lang)),
            ("organizers", t("organizers", lang)),
            ("gangs", t("gangs", lang)),
            ("cases", t("cases_cracked", lang)),
            ("busts", t("busts", lang)),
        )
        for i, (key, text) in enumerate(names):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            lay = QVBoxLayout(frame)
            caption = QLabel(text)
            caption.setObjectName(f"name_{key}")
            value = QLabel("0")
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet("font-size: 22pt; font-weight: 600; color: #1F3B5A;")
            delta = QLabel("")
            delta.setObjectName(f"change_{key}")
            delta.setStyleSheet("color: #6B7785;")
            for w in (caption, value, delta):
                lay.addWidget(w)
            grid.addWidget(frame, i // 3, i % 3)
            self.tiles[key] = (value, delta)
        self.month_chart = QChartView()
        self.month_chart.setObjectName("chart_months")
        self.region_chart = QChartView()
        self.region_chart.setObjectName("chart_regions")
        for view in (self.month_chart, self.region_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
        charts = QHBoxLayout()
        charts.addWidget(self.month_chart, 3)
        charts.addWidget(self.region_chart, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(charts, 1)
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(2)  # campaign to date
        self.choice.blockSignals(False)
        self._choice_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def period(self) -> Period:
        start, end = day_of(self.start), day_of(self.end)
        return Period(start, max(start, end))

    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            set_day(edit, day)
            edit.blockSignals(False)

    def _choice_changed(self) -> None:
        custom = self.choice.currentData() == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self.refresh()

    def _update_dates(self) -> None:
        """The dates of a named period; 'campaign to date' follows the records."""
        today = dt.date.today()
        key = self.choice.currentData()
        if key == "month":
            self._set_dates(today.replace(day=1), today)
        elif key == "year":
            self._set_dates(today.replace(month=1, day=1), today)
        elif key == "campaign":
            dates = self.store.catch_dates()
            first, last = dates or (today.replace(month=1, day=1), today)
            self._set_dates(first, max(last, first))

    def _custom_changed(self) -> None:
        if self.choice.currentData() == "custom":
            self.refresh()

    def records_changed(self, kinds: frozenset[str]) -> None:
        """A write committed (``ChangeHub.records_changed``): the figures may have moved."""
        if kinds & {"catch", "bust", "case", "agency"}:
            self.refresh()

    def refresh(self) -> None:
        """Recompute from the database (after a save, or a new period). While the
        dashboard is hidden, only note that it is out of date: it catches up when shown,
        so a day spent in the lists never pays for charts nobody looks at."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._update_dates()
        period, no_comparison = self.period(), ""
        try:
            f = compute_figures(self.store.figures(), period)
        except WordsError:  # a period from 1900 on: nothing before it to compare with
            f = compute_figures(self.store.figures(), period, period)
            no_comparison = self.tr("No earlier period to compare with")
        self.figures = f
        c = f.total
        values = {
            "persons": (c.current.persons, c.matched.persons, c.previous.persons),
            "catches": (c.current.catches, c.matched.catches, c.previous.catches),
            "organizers": (c.current.organizers, c.matched.organizers, c.previous.organizers),
            "gangs": f.gangs_smashed,
            "cases": (c.current.cases_cracked, c.matched.cases_cracked, c.previous.cases_cracked),
            "busts": (c.current.busts, c.matched.busts, c.previous.busts),
        }
        for key, (now, mid, old) in values.items():
            value, delta = self.tiles[key]
            value.setText(f"{now:,}")
            delta.setText(
                no_comparison
                or t(
                    "change_against",
                    self.lang,
                    change=percent(change(mid, old)),
                    old=f"{old:,}",
                    period=period_label(f.comparison, self.lang),
                )
            )
        self._charts(f)

    def _charts(self, f: Figures) -> None:
        bars = QBarSet(self.tr("Persons caught"))
        bars.setColor(Qt.GlobalColor.darkCyan)
        months = f.months[-36:]
        for m in months:
            bars.append(m.persons)
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("Persons caught by month"))
        chart.legend().hide()
        chart.setLocale(QLocale(QLocale.Language.English))  # the report's 1,234 in every language
        chart.setLocalizeNumbers(True)
        axis_x = QBarCategoryAxis()
        axis_x.append([m.month[2:].replace("-", "/") for m in months])
        axis_x.setLabelsAngle(-90)
        small = QFont(axis_x.labelsFont())
        small.setPointSize(7)
        axis_x.setLabelsFont(small)
        axis_x.setTruncateLabels(False)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")  # whole persons, grouped as the tiles are: 50,000
        axis_y.setRange(0, max([m.persons for m in months] + [1]))
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.month_chart.setChart(chart)

        pie = QPieSeries()
        # The legend shows its labels as HTML: "<1%" would vanish as a tag.
        for share in f.regions[:6]:
            name = label(share.key, self.lang)
            pie.append(html.escape(f"{name} {_share(share.share)}"), share.persons)
        rest = f.regions[6:]
        if rest:
            other = f"{self.tr('Other')} {_share(sum(s.share for s in rest))}"
            pie.append(html.escape(other), sum(s.persons for s in rest))
        chart = QChart()
        chart.addSeries(pie)
        chart.setTitle(self.tr("Persons caught by region of origin"))
        # Each region's whole name and share in the legend beside the pie: labels
        # around it were cut to "Sout..." when two names began alike.
        for piece in pie.slices():
            piece.setLabelVisible(False)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().show()
        self.region_chart.setChart(chart)


def _share(fraction: float) -> str:
    """A share of the whole in whole percent; one too small to round to 1% but not
    nothing says "<1%", never "0%"."""
    return "<1%" if 0 < fraction < 0.005 else f"{fraction:.0%}"
