"""``svbidder delivery status|record|report`` on the example: shapes, exits, and
that a refused command changes nothing (the file's bytes are compared)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import docx
import pytest

from .helpers import digest, run

WON = "ABC/2025/009"



def status(workspace: Path, home: Path, *extra: str) -> dict:
    result = run("delivery", "status", str(workspace), "--bid", WON, "--json", *extra,
                 home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_status_json_shape(workspace, home):
    data = status(workspace, home)
    assert set(data) == {"bid", "contract_start", "contract_end", "frequency",
                         "next_report_due", "commitments"}
    assert data["bid"] == WON and data["frequency"] == "quarterly"
    assert len(data["commitments"]) == 4
    for item in data["commitments"]:
        assert set(item) == {"id", "text", "unit", "target", "profiled_to_date",
                             "achieved_to_date", "forecast", "rating", "value_to_date_gbp"}
    ratings = [c["rating"] for c in data["commitments"]]
    assert ratings == ["Good", "Approaching target", "Good", "Requires improvement"]
    values = [c["value_to_date_gbp"] for c in data["commitments"]]
    assert values == [None, pytest.approx(7644.0), None, None]


def test_status_as_of_before_the_start(workspace, home):
    data = status(workspace, home, "--as-of", "2000-01-01")
    assert {c["rating"] for c in data["commitments"]} == {"Not started"}


def test_record_then_status(workspace, home):
    walks = status(workspace, home)["commitments"][3]
    result = run("delivery", "record", str(workspace), "--bid", WON, "--commitment",
                 str(walks["id"]), "--period", "3", "--achieved", "17", "--note",
                 "Two walks a week from month 7.", "--confirm", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Recorded 17 walks for Quarter 3 (")
    after = status(workspace, home)["commitments"][3]
    assert after["achieved_to_date"] == walks["achieved_to_date"] + 17


@pytest.mark.parametrize(("commitment", "period", "achieved", "message"), [
    (None, "3", "-3", "below zero"),
    (None, "3", "lots", "is not a number"),
    (None, "99", "3", "There is no period 99"),
    ("1", "3", "3", "has no commitment 1"),  # commitment 1 belongs to the other bid
])
def test_a_refused_record_changes_nothing(workspace, home, commitment, period, achieved,
                                          message):
    walks = status(workspace, home)["commitments"][3]["id"]
    before = digest(workspace)
    result = run("delivery", "record", str(workspace), "--bid", WON, "--commitment",
                 commitment or str(walks), "--period", period, "--achieved", achieved,
                 home=home)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("svbidder: ") and message in lines[0]
    assert digest(workspace) == before


def test_a_bid_that_is_not_won_is_refused(workspace, home):
    result = run("delivery", "status", str(workspace), "--bid", "ABC/2026/017", home=home)
    assert result.returncode == 1
    assert "is not a won contract yet" in result.stderr


def test_report_docx_and_csv(workspace, home, tmp_path):
    before = digest(workspace)
    out = tmp_path / "progress.docx"
    result = run("delivery", "report", str(workspace), "--bid", WON, "-o", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote the progress report for {WON} to {out}"
    assert "Sam's story" in result.stderr  # left out: no consent recorded
    assert docx.Document(str(out)).paragraphs[0].text == "Social value progress report"
    rows_out = tmp_path / "rows.csv"
    result = run("delivery", "report", str(workspace), "--bid", WON, "--period", "2", "-o",
                 str(rows_out), home=home)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(rows_out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 1 + 4 * 2
    assert digest(workspace) == before  # reports only read


def test_report_to_an_unknown_kind_of_file_is_bad_usage(workspace, home, tmp_path):
    result = run("delivery", "report", str(workspace), "--bid", WON, "-o",
                 str(tmp_path / "report.pdf"), home=home)
    assert result.returncode == 2 and not (tmp_path / "report.pdf").exists()
