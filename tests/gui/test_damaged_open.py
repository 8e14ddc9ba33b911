"""Opening a damaged workspace, or one with a crash journal from another file, in the
app: the person is told plainly, and offered the newest good backup (issue 17)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from svbidder.core.storage.fileformat import journal_path
from svbidder.core.storage.records import Activity
from svbidder.core.storage.workspace import Workspace

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from svbidder.core.storage.workspace import Workspace
    ws = Workspace.open(Path(sys.argv[1]))
    conn = ws._conn
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE activity SET title = 'HALF DONE', description = description || 'x'")
    print("ready", flush=True)
    time.sleep(60)
""")


def _workspace(path: Path, count: int) -> None:
    with Workspace.create(path) as ws, ws.batch("many"):
        for number in range(count):
            ws.add(Activity(title=f"Activity {number}", description="Lunch club " * 12))


def test_a_journal_from_another_file_is_set_aside_and_the_person_told(window, message_log,
                                                                      tmp_path):
    crashed = tmp_path / "crashed.svbid"
    _workspace(crashed, 1500)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(crashed)],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    writer.kill()
    writer.wait()
    path = tmp_path / "bid.svbid"
    _workspace(path, 20)
    shutil.copyfile(journal_path(crashed), journal_path(path))

    assert window.open_path(path)
    assert len(window.session.workspace.find(Activity)) == 20
    assert [title for title, _text in message_log.infos] == ["Opened with a note"]
    assert "was not applied" in message_log.infos[0][1]


def test_invalid_text_offers_the_newest_good_backup(window, message_log, tmp_path):
    path = tmp_path / "bid.svbid"
    _workspace(path, 20)
    assert window.open_path(path)  # makes a good backup on open
    window.session.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE activity SET title = CAST(X'FFFE' AS TEXT) WHERE id = 2")
    conn.commit()
    conn.close()
    message_log.answer = False  # the person declines the restore
    assert not window.open_path(path)
    assert not message_log.errors  # no crash dialog
    assert len(message_log.questions) == 1
    title, text = message_log.questions[0]
    assert title == "This workspace is damaged"
    assert "unreadable text" in text and "newest good backup" in text
