"""The Delivery screen: mark a bid won → plan; record a period; ratings as text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from svbidder.core.delivery.plan import contract_for_bid, plan_rows
from svbidder.core.storage.records import Bid, DeliveryRecord
from svbidder.gui.dialogs.contract_won import ContractWonDialog


def won_bid(ws) -> Bid:
    return next(b for b in ws.find(Bid) if b.reference == "ABC/2025/009")


def test_marking_a_bid_won_asks_for_dates_and_makes_the_plan(window, qtbot, monkeypatch):
    window.open_example()
    page = window.bids_page
    window.show_page(page)
    ws = window.session.workspace
    bid = next(b for b in ws.find(Bid) if b.reference == "ABC/2026/017")
    page.records.select_id(bid.id)
    asked = []

    def accept(dialog: ContractWonDialog) -> int:
        asked.append(dialog.summary.text())
        dialog.start_field.set_iso("2027-04-01")
        dialog.end_field.set_iso("2030-03-31")
        dialog._check()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContractWonDialog, "exec", accept)
    page.status.setCurrentIndex(page.status.findData("won"))
    page.status.activated.emit(page.status.currentIndex())
    assert asked and "reporting periods" in asked[0]
    assert ws.get(Bid, bid.id).status == "won"
    contract = contract_for_bid(ws, bid.id)
    assert (contract.start_date, contract.end_date, contract.frequency) == (
        "2027-04-01", "2030-03-31", "quarterly")
    assert ws.count("delivery_record") > 8  # the example's 4 × 8, and 5 × 12 more
    delivery = window.delivery_page
    window.show_page(delivery)
    delivery.records.select_id(contract.id)
    assert delivery.table.rowCount() == 5
    assert delivery.table.item(0, 1).text() == "… Not started"  # words, not only colour
    window.session.undo()  # one step takes it all back
    assert ws.get(Bid, bid.id).status == "drafting" and contract_for_bid(ws, bid.id) is None


def test_cancelling_the_won_dialog_changes_nothing(window, monkeypatch):
    window.open_example()
    page = window.bids_page
    ws = window.session.workspace
    bid = next(b for b in ws.find(Bid) if b.reference == "ABC/2026/017")
    page.records.select_id(bid.id)
    monkeypatch.setattr(ContractWonDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    page.status.setCurrentIndex(page.status.findData("won"))
    page.status.activated.emit(page.status.currentIndex())
    assert ws.get(Bid, bid.id).status == "drafting"
    assert page.status.currentData() == "drafting"


def test_record_a_period_and_see_the_rating(window, qtbot):
    window.open_example()
    page = window.delivery_page
    window.show_page(page)
    ws = window.session.workspace
    assert page.records.current_id() == contract_for_bid(ws, won_bid(ws).id).id
    ratings = [page.table.item(row, 1).text() for row in range(page.table.rowCount())]
    assert ratings == ["✓ Good", "◔ Approaching target", "✓ Good", "▲ Requires improvement"]
    bar = page.table.cellWidget(3, 2)
    assert bar.format() == "19 of 24 walks to date (79%)" and bar.value() == 79
    assert page.next_report.text().startswith("Next report: Quarter 3 return")

    page.table.setCurrentCell(3, 0)  # the health walks
    assert page.period.currentText().startswith("Quarter 3")  # the one waiting
    qtbot.keyClicks(page.achieved, "-2")
    assert page.achieved_problem.isVisibleTo(page) and "below zero" in \
        page.achieved_problem.text()
    page.achieved.clear()
    qtbot.keyClicks(page.achieved, "17")
    qtbot.keyClicks(page.note, "Two walks a week since month 7.")
    qtbot.keyClicks(page.evidence_note, "Walk registers")
    page.confirmed.click()  # saves what was typed first, then the tick
    walks = page.table.item(3, 0).data(Qt.ItemDataRole.UserRole)
    row = plan_rows(ws, walks)[2]
    assert (row.achieved, row.note, row.evidence_note, row.confirmed) == (
        17, "Two walks a week since month 7.", "Walk registers", True)
    assert row.recorded_at
    assert page.gaps.text() == "✓ Ready for the council's return."
    # recorded early, quarter 3 now counts to date: 36 walks were planned, 36 achieved
    assert page.table.item(3, 1).text() == "✓ Good"
    window.session.undo()
    assert ws.get(DeliveryRecord, row.id).confirmed is False


def test_progress_report_from_the_screen(window, tmp_path):
    window.open_example()
    page = window.delivery_page
    window.show_page(page)
    page.write_report(str(tmp_path / "report.docx"))
    assert (tmp_path / "report.docx").exists()


def test_next_report_on_the_start_screen(window):
    window.open_example()
    text = window.start_page.coming_up.text()
    assert "Bid deadline: Community Wellbeing and Connection Service" in text
    assert "Delivery report: Eastfield Good Neighbours Service, Quarter 3 return" in text


def test_the_export_dialog_offers_the_progress_report(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from svbidder.gui.dialogs.export_dialog import ExportDialog

    window.open_example()
    ws = window.session.workspace
    dialog = ExportDialog(window.session, won_bid(ws).id, window)
    qtbot.addWidget(dialog)
    button = next(b for b in dialog.kind_group.buttons() if b.property("kind") == "progress")
    button.setChecked(True)
    assert not dialog.include_question.isEnabled()
    assert "not the bid's questions" in dialog.include_question.toolTip()
    target = tmp_path / "progress.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    dialog.export_now()
    assert target.exists() and dialog.exported.path == target
