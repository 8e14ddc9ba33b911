"""Evidence: kinds, fields per kind, links to activities, staleness and consent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from svbidder.core.organisation.evidence import linked_activities, search_evidence
from svbidder.core.storage.records import Activity, EvidenceItem


def open_with_activities(window, tmp_path):
    from svbidder.core.storage.workspace import Workspace

    path = tmp_path / "evidence.svbid"
    with Workspace.create(path) as ws:
        ws.add(Activity(title="Community pantry", position=0))
        ws.add(Activity(title="Befriending", position=1))
    assert window.open_path(path)
    window.show_page(window.evidence_page)
    return window.evidence_page


def test_add_a_figure_shows_only_figure_fields(window, qtbot, tmp_path):
    page = open_with_activities(window, tmp_path)
    page.add_evidence("figure")
    assert page.right.currentIndex() == 1
    assert page.form.isRowVisible(page.value.parentWidget())
    assert not page.form.isRowVisible(page.personal_data)
    page.value.setFocus()
    qtbot.keyClicks(page.value, "412")
    page.binder.flush()
    item = search_evidence(window.session.workspace)[0]
    assert item.kind == "figure" and item.value == 412


def test_changing_kind_changes_the_fields(window, tmp_path):
    page = open_with_activities(window, tmp_path)
    page.add_evidence("figure")
    page.kind.setCurrentIndex(page.kind.findData("quote"))
    page.kind.activated.emit(page.kind.currentIndex())
    assert page.form.isRowVisible(page.personal_data)
    assert not page.form.isRowVisible(page.value.parentWidget())
    assert page._labels["body"].text() == "What they said"


def test_consent_warning_for_personal_story(window, tmp_path):
    page = open_with_activities(window, tmp_path)
    page.add_evidence("story")
    page.personal_data.setChecked(True)
    assert page.consent_warning.isVisibleTo(page)
    assert "no consent" in page.records.list.item(0).text()
    page.consent_recorded.setChecked(True)
    assert not page.consent_warning.isVisibleTo(page)


def test_link_to_activities_by_ticking(window, tmp_path):
    page = open_with_activities(window, tmp_path)
    page.add_evidence("quote")
    assert page.links.count() == 2
    page.links.item(1).setCheckState(Qt.CheckState.Checked)
    ws = window.session.workspace
    evidence = search_evidence(ws)[0]
    assert [a.title for a in linked_activities(ws, evidence.id)] == ["Befriending"]
    page.activity_filter.setCurrentIndex(page.activity_filter.findText("Community pantry"))
    assert page.records.list.count() == 0


def test_stale_items_are_marked_and_can_be_checked(window, tmp_path):
    page = open_with_activities(window, tmp_path)
    ws = window.session.workspace
    ws.add(EvidenceItem(kind="figure", title="Old count", last_checked="2020-01-01"))
    ws.add(EvidenceItem(kind="figure", title="Fresh count",
                        last_checked=date.today().isoformat()))
    page.refresh()
    page.stale_only.setChecked(True)
    assert page.records.list.count() == 1
    assert "needs checking" in page.records.list.item(0).text()
    assert page.stale_note.isVisibleTo(page)
    page.checked_today.click()
    page.stale_only.setChecked(False)
    old = next(i for i in search_evidence(ws) if i.title == "Old count")
    assert old.last_checked == date.today().isoformat()
