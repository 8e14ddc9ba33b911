"""Take the README's screenshots of the real app.

Run under a display (e.g. ``xvfb-run -a .venv/bin/python scripts/screenshots.py``);
it uses temporary settings, so your own recent files and zoom are not touched.
Writes PNG files to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    home = tempfile.mkdtemp(prefix="svbidder-shots-")
    os.environ["SVBIDDER_HOME"] = home
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from svbidder.gui.app import create_application, create_main_window
    from svbidder.paths import AppPaths

    app = create_application()
    window = create_main_window(AppPaths.for_user())
    window.resize(1180, 780)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    shots: list[tuple[str, object]] = [("start", lambda: None)]
    shots.append(("organisation", window.open_example))
    for page_name in sys.argv[1:]:
        shots.append((page_name, lambda n=page_name: window.show_page(getattr(window, n))))

    def take(index: int = 0) -> None:
        if index >= len(shots):
            window.close()
            app.quit()
            return
        name, action = shots[index]
        action()
        QApplication.processEvents()
        QTimer.singleShot(300, lambda: (window.grab().save(str(OUT / f"{name}.png")),
                                        take(index + 1)))

    QTimer.singleShot(300, take)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
