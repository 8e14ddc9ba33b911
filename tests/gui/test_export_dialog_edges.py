"""The export dialog onto a read-only file or a name too long for the folder: a plain
message offering another name, and the existing file left as it was (issue 17)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from svbidder.core.storage.records import Bid


def export_with_names(window, qtbot, monkeypatch, names: list[Path], answer_again: bool):
    from svbidder.gui.dialogs.export_dialog import ExportDialog

    window.open_example()
    dialog = ExportDialog(window.session, window.session.workspace.find(Bid)[0].id, window)
    qtbot.addWidget(dialog)
    chosen = iter(str(name) for name in names)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (next(chosen, ""), "")))
    asked: list[str] = []
    reply = QMessageBox.StandardButton.Yes if answer_again else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or reply))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dialog.export_now()
    return asked


def test_a_read_only_target_is_kept_and_another_name_offered(window, qtbot, tmp_path,
                                                              monkeypatch):
    kept = tmp_path / "sent to the council.docx"
    kept.write_bytes(b"the version the council already has")
    kept.chmod(0o444)
    other = tmp_path / "new version.docx"
    asked = export_with_names(window, qtbot, monkeypatch, [kept, other], answer_again=True)
    assert len(asked) == 1
    assert "read-only" in asked[0] and kept.name in asked[0]
    assert kept.read_bytes() == b"the version the council already has"
    assert kept.stat().st_mode & 0o777 == 0o444
    assert other.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(
        [kept.name, other.name])


def test_a_name_too_long_is_explained_and_nothing_written(window, qtbot, tmp_path,
                                                          monkeypatch):
    too_long = tmp_path / ("Social value response " * 14 + ".docx")
    asked = export_with_names(window, qtbot, monkeypatch, [too_long], answer_again=False)
    assert len(asked) == 1 and "too long" in asked[0]
    assert "Traceback" not in asked[0]
    assert [p for p in tmp_path.iterdir() if p.suffix in (".docx", ".part")] == []
