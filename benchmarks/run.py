"""Print svbidder's performance figures against the budgets in DESIGN.md.

Run with ``.venv/bin/python benchmarks/run.py``. These are measurements, not
tests: a noisy machine never fails a build because of them. Each row prints the
median of several runs, the budget, and whether it is within it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTextEdit())
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
quit = Quit()
window.installEventFilter(quit)
window.show()
app.exec()
"""


def _time_process(args: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, env=env, capture_output=True, timeout=60)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_startup(runs: int = 10) -> list[tuple[str, str, str, bool]]:
    home = tempfile.mkdtemp(prefix="svbidder-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SVBIDDER_HOME": home}
    python = sys.executable
    _time_process([python, "-c", BARE_WINDOW], 2, env)  # warm the page cache
    _time_process([python, "-m", "svbidder", "--exit-after-paint"], 2, env)
    bare = _time_process([python, "-c", BARE_WINDOW], runs, env)
    ours = _time_process([python, "-m", "svbidder", "--exit-after-paint"], runs, env)
    return [
        ("Bare PySide6 window to first paint", f"{bare * 1000:.0f} ms", "(reference)", True),
        ("svbidder start-up to first paint", f"{ours * 1000:.0f} ms", "≤ 500 ms", ours <= 0.5),
        ("  … compared with the bare window", f"{ours / bare:.2f}×", "≤ 2×", ours <= 2 * bare),
    ]


def _median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_open_large_workspace(runs: int = 5) -> list[tuple[str, str, str, bool]]:
    from svbidder.core.backup import BackupStore
    from svbidder.core.records import Answer, Bid, Question
    from svbidder.core.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="svbidder-bench-"))
    path = folder / "large.svbid"
    words = " ".join(["Our volunteers deliver weekly sessions for older people."] * 60)
    with Workspace.create(path) as workspace, workspace.batch("Fill"):
        for b in range(50):
            bid = workspace.add(Bid(reference=f"REF/{b:03d}", buyer="Anytown Borough Council"))
            for q in range(20):
                question = workspace.add(Question(bid_id=bid.id, position=q, ref=f"SV{q + 1}",
                                                  text="How will you add social value?",
                                                  limit_kind="words", limit_value=500))
                workspace.add(Answer(question_id=question.id, body_markdown=words))
    backups = BackupStore(folder / "backups")

    def open_and_close() -> None:
        Workspace.open(path, backups=backups).close()

    seconds = _median_time(open_and_close, runs)
    size_mb = path.stat().st_size / 1_000_000
    return [(f"Open a workspace of 50 bids × 20 answers ({size_mb:.1f} MB, with backup)",
             f"{seconds * 1000:.0f} ms", "≤ 500 ms", seconds <= 0.5)]


def main() -> int:
    rows: list[tuple[str, str, str, bool]] = []
    for bench in (bench_startup, bench_open_large_workspace):
        rows.extend(bench())
    width = max(len(row[0]) for row in rows)
    print(f"{'figure'.ljust(width)}  {'measured':>10}  {'budget':>12}  result")
    for name, value, budget, ok in rows:
        print(f"{name.ljust(width)}  {value:>10}  {budget:>12}  {'ok' if ok else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
