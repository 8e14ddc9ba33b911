"""Draw the app icon (resources/icons/svbidder.png and .ico) with Qt.

Run once after changing the design: `.venv/bin/python scripts/make_icon.py`.
The icon is a rounded teal square with a white speech mark and a tick: what
you already do, said well.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "svbidder" / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    painter.setBrush(QColor("#0f6e6e"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(44 * s, 52 * s, 168 * s, 120 * s), 28 * s, 28 * s)
    tail = QPainterPath()
    tail.moveTo(QPointF(84 * s, 166 * s))
    tail.lineTo(QPointF(70 * s, 206 * s))
    tail.lineTo(QPointF(122 * s, 168 * s))
    painter.setBrush(QColor("white"))
    painter.drawPath(bubble.united(tail))
    pen = QPen(QColor("#0f6e6e"), 20 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath()
    tick.moveTo(QPointF(88 * s, 114 * s))
    tick.lineTo(QPointF(116 * s, 140 * s))
    tick.lineTo(QPointF(170 * s, 84 * s))
    painter.drawPath(tick)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "svbidder.png"))
    draw(256).save(str(OUT / "svbidder.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
