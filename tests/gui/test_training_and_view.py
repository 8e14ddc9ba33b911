"""Training mode (reset the example), presentation view, contrast, and the welcome."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from svbidder.core.storage.records import Organisation
from svbidder.core.storage.settings import load_settings


def test_reset_example_restores_it_exactly(window, message_log):
    from svbidder.core.storage.records import Activity
    from svbidder.core.storage.summary import summarise

    window.open_example()
    fresh = summarise(window.session.workspace)
    fresh.pop("path")
    assert window.action_reset_example.isEnabled()
    window.session.workspace.update(Organisation, 1, name="Scribbled on by group 1")
    window.session.workspace.add(Activity(title="Group 1's idea"))
    window.reset_example()
    after = summarise(window.session.workspace)
    after.pop("path")
    assert after == fresh
    assert message_log.questions  # it asked first
    assert window.session.workspace.organisation().name == "Millbrook Community Hub"
    assert window.organisation_page.name.text() == "Millbrook Community Hub"


def test_reset_is_only_for_the_example(window, tmp_path):
    from svbidder.core.storage.workspace import Workspace

    path = tmp_path / "real.svbid"
    Workspace.create(path, organisation_name="A real charity").close()
    window.open_path(path)
    assert not window.action_reset_example.isEnabled()


def test_presentation_mode_enlarges_and_is_remembered(make_window, app_paths):
    from svbidder.gui.style import PRESENTATION_FACTOR, system_point_size

    window = make_window()
    label = window.start_page.findChildren(QLabel)[-1]
    before = label.font().pointSizeF()
    window.action_presentation.setChecked(True)
    window.toggle_presentation()
    assert label.font().pointSizeF() == pytest.approx(before * PRESENTATION_FACTOR)
    assert window.statusBar().font().pointSizeF() == pytest.approx(
        system_point_size() * PRESENTATION_FACTOR)
    window.close()
    assert load_settings(app_paths.settings_file).presentation
    window.action_presentation.setChecked(False)
    window.toggle_presentation()
    assert label.font().pointSizeF() == before


def test_high_contrast_changes_the_style(window):
    window.action_contrast.setChecked(True)
    window.toggle_high_contrast()
    assert "#0044cc" in QApplication.instance().styleSheet()
    window.action_contrast.setChecked(False)
    window.toggle_high_contrast()
    assert "#0044cc" not in QApplication.instance().styleSheet()


def test_welcome_opens_the_example_and_is_not_shown_again(window, app_paths, monkeypatch):
    from svbidder.gui.dialogs.welcome import EXAMPLE, WelcomeDialog

    def choose_example(dialog):
        dialog.choice = EXAMPLE
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", choose_example)
    window.show_welcome()
    assert window.session.workspace is not None
    assert load_settings(app_paths.settings_file).welcomed
