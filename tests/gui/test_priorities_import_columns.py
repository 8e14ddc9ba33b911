"""The priorities import preview for a measure list: which columns were used, and the
measures with the buyer's values (issue 16 item 4)."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"


def test_a_measure_list_shows_its_columns_and_measures(qtbot, tmp_path):
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(DOCS / "measures.xlsx")
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.columns.isVisible()
    assert dialog.columns.text() == (
        "Columns used: themes from “Theme”; outcomes from “Outcome”; measures from "
        "“Measure”; units from “Units”; £ per unit from “Proxy Value (£)”")
    assert dialog.tree.topLevelItemCount() == 3
    outcome = dialog.tree.topLevelItem(0).child(0)
    assert outcome.text(0) == "More local people in work"
    assert outcome.child(0).text(0) == ("Measure: Local people employed on the contract "
                                        "(no. people FTE, £25,000.00 a unit)")
    data = dialog.imported.to_framework_data()
    assert data.themes[0].outcomes[0].measures[0].value_per_unit == 25000.0
    dialog._parse("Priority 1 – Jobs\n- Local jobs\n")  # pasted text has no columns
    qtbot.waitUntil(lambda: not dialog.busy)
    assert not dialog.columns.isVisible()
