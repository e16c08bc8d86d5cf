"""Noticing that nobody has touched the app for a while (CJIS AC-11 session lock)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

# What counts as someone at the keyboard.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """Emits ``idle`` once after ``interval_ms`` without a key, a click or a mouse move
    anywhere in the app; starts counting again at the next one.

    Signals:
        idle: nobody has used the app for the interval.
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restarts the count
        return False

    def restart(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
