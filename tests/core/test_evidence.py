"""The evidence library: kinds, search and filters, staleness, links and summaries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from svbidder.core.errors import RecordNotFoundError
from svbidder.core.organisation.activities import add_activity, delete_activity
from svbidder.core.organisation.evidence import (
    COMMON_FIELDS,
    KIND_FIELDS,
    KIND_HELP,
    KIND_LABELS,
    add_evidence,
    describe_evidence,
    field_label,
    is_stale,
    linked_activities,
    linked_evidence,
    mark_checked,
    month_year,
    months_before,
    needs_consent_warning,
    search_evidence,
    set_links,
    shorten,
    visible_fields,
)
from svbidder.core.storage.records import EVIDENCE_KINDS, EvidenceItem
from svbidder.core.storage.workspace import Workspace

TODAY = date(2026, 11, 25)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "w.svbid")
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture
def library(ws: Workspace) -> dict[str, int]:
    """A few activities and items; returns name -> id."""
    cafe = add_activity(ws, title="Community café")
    youth = add_activity(ws, title="Clwb Ieuenctid")
    items = {
        "meals": add_evidence(ws, kind="figure", title="Meals served", value=9412,
                              unit="hot meals", period="year", source="till records",
                              last_checked="2026-09-01"),
        "story": add_evidence(ws, kind="story", title="Doreen's story", body="After a fall…",
                              personal_data=True, consent_recorded=False,
                              last_checked="2025-01-10"),
        "quote": add_evidence(ws, kind="quote", title="Gŵyl quote",
                              body="“Mae'n wych” said a young person", last_checked=""),
        "policy": add_evidence(ws, kind="policy", title="Safeguarding",
                               last_checked="2025-11-25"),
    }
    ids = {name: item.id for name, item in items.items()}
    ids["cafe"], ids["youth"] = cafe.id, youth.id
    set_links(ws, ids["meals"], [cafe.id])
    set_links(ws, ids["story"], [cafe.id, youth.id])
    set_links(ws, ids["quote"], [youth.id])
    return ids


def found(items: list[EvidenceItem]) -> list[str]:
    return [item.title for item in items]


# ------------------------------------------------------------------- kinds

def test_every_kind_has_label_help_and_fields() -> None:
    assert set(KIND_LABELS) == set(EVIDENCE_KINDS)
    assert set(KIND_HELP) == set(EVIDENCE_KINDS)
    assert set(KIND_FIELDS) == set(EVIDENCE_KINDS)
    assert KIND_LABELS["story"] == "Case story"
    assert KIND_LABELS["accreditation"] == "Accreditation or award"
    columns = set(EvidenceItem.column_names())
    for kind in EVIDENCE_KINDS:
        assert KIND_HELP[kind].endswith(".")
        assert set(KIND_FIELDS[kind]) <= columns
        shown = visible_fields(kind)
        assert shown[:3] == ("kind", "title", "body") and shown[-1] == "last_checked"
        # field_label falls back to the column's own name: every shown field needs words
        assert [name for name in shown if field_label(kind, name) == name] == [], kind
    assert {"value", "unit", "period", "source", "evidence_date"} == set(KIND_FIELDS["figure"])
    assert {"ratio", "evaluator", "evidence_date"} <= set(KIND_FIELDS["evaluation"])
    assert {"personal_data", "consent_recorded"} <= set(KIND_FIELDS["story"])
    assert set(COMMON_FIELDS) <= columns


def test_field_labels_depend_on_kind() -> None:
    assert field_label("quote", "source") == "Who said it"
    assert field_label("figure", "source") == "Where it comes from"
    assert field_label("figure", "nonsense") == "nonsense"


# ------------------------------------------------------------------ adding

def test_add_evidence_defaults_last_checked_to_today(ws: Workspace) -> None:
    item = add_evidence(ws, kind="figure", title="x")
    assert item.last_checked == date.today().isoformat()
    never = add_evidence(ws, kind="figure", title="y", last_checked="")
    assert never.last_checked == ""


def test_add_evidence_refuses_unknown_kind_or_field(ws: Workspace) -> None:
    with pytest.raises(ValueError, match="not a kind"):
        add_evidence(ws, kind="rumour", title="x")
    with pytest.raises(ValueError, match="no field"):
        add_evidence(ws, kind="figure", colour="red")


def test_add_and_edit_is_undoable(ws: Workspace) -> None:
    item = add_evidence(ws, kind="figure", title="Meals", value=10)
    ws.update(EvidenceItem, item.id, value=12.5)  # as the Evidence screen saves a field
    assert ws.get(EvidenceItem, item.id).value == 12.5
    ws.undo()
    assert ws.get(EvidenceItem, item.id).value == 10
    ws.undo()
    with pytest.raises(RecordNotFoundError):
        ws.get(EvidenceItem, item.id)


def test_booleans_round_trip(ws: Workspace) -> None:
    item = add_evidence(ws, kind="story", personal_data=True, consent_recorded=False)
    stored = ws.get(EvidenceItem, item.id)
    assert stored.personal_data is True and stored.consent_recorded is False


def test_mark_checked(ws: Workspace) -> None:
    item = add_evidence(ws, title="old", last_checked="2020-01-01")
    assert is_stale(ws.get(EvidenceItem, item.id), TODAY)
    mark_checked(ws, item.id, today=TODAY)
    assert ws.get(EvidenceItem, item.id).last_checked == "2026-11-25"
    assert not is_stale(ws.get(EvidenceItem, item.id), TODAY)


# ------------------------------------------------------------------ search

def test_search_all_orders_by_title(ws: Workspace, library: dict[str, int]) -> None:
    assert found(search_evidence(ws, today=TODAY)) == [
        "Doreen's story", "Gŵyl quote", "Meals served", "Safeguarding"]


@pytest.mark.parametrize("query, expected", [
    ("meals", ["Meals served"]),
    ("gwyl", ["Gŵyl quote"]),  # Welsh ŵ without the accent
    ("GŴYL", ["Gŵyl quote"]),
    ("mae'n wych", ["Gŵyl quote"]),  # body, Welsh
    ("mae’n", ["Gŵyl quote"]),  # curly apostrophe matches straight
    ("till", ["Meals served"]),  # source
    ("hot meals", ["Meals served"]),  # unit
    ("9412", ["Meals served"]),  # value, typed without a comma
    ("9,412", ["Meals served"]),
    ("case story", ["Doreen's story"]),  # kind label
    ("fall doreen", ["Doreen's story"]),
    ("meals doreen", []),
])
def test_search_text(ws: Workspace, library: dict[str, int], query: str,
                     expected: list[str]) -> None:
    assert found(search_evidence(ws, query, today=TODAY)) == expected


def test_filter_by_kind(ws: Workspace, library: dict[str, int]) -> None:
    assert found(search_evidence(ws, kind="story", today=TODAY)) == ["Doreen's story"]
    assert found(search_evidence(ws, kind="evaluation", today=TODAY)) == []


def test_filter_by_activity(ws: Workspace, library: dict[str, int]) -> None:
    assert found(search_evidence(ws, activity_id=library["cafe"], today=TODAY)) == [
        "Doreen's story", "Meals served"]
    assert found(search_evidence(ws, activity_id=library["youth"], today=TODAY)) == [
        "Doreen's story", "Gŵyl quote"]


def test_filter_stale_only_with_fixed_today(ws: Workspace, library: dict[str, int]) -> None:
    # story checked Jan 2025 (stale), quote never checked (stale),
    # policy checked exactly 12 months ago (still fresh), meals Sep 2026 (fresh)
    assert found(search_evidence(ws, stale_only=True, today=TODAY)) == [
        "Doreen's story", "Gŵyl quote"]
    assert found(search_evidence(ws, stale_only=True, today=date(2026, 11, 26))) == [
        "Doreen's story", "Gŵyl quote", "Safeguarding"]


def test_filters_combine(ws: Workspace, library: dict[str, int]) -> None:
    assert found(search_evidence(ws, "story", kind="story", activity_id=library["youth"],
                                 stale_only=True, today=TODAY)) == ["Doreen's story"]
    assert found(search_evidence(ws, "meals", kind="story", today=TODAY)) == []


# --------------------------------------------------------------- staleness

@pytest.mark.parametrize("last_checked, stale", [
    ("2026-11-25", False),
    ("2025-11-25", False),  # exactly 12 months: not yet
    ("2025-11-24", True),
    ("2025-11-25T23:59:00+00:00", False),  # a time part is ignored
    ("", True),  # never checked
    ("last spring", True),  # unreadable
    ("2027-01-01", False),  # in the future (clock wrong): not stale
])
def test_is_stale(last_checked: str, stale: bool) -> None:
    assert is_stale(EvidenceItem(last_checked=last_checked), TODAY) is stale


def test_is_stale_on_leap_day() -> None:
    leap = date(2028, 2, 29)
    assert not is_stale(EvidenceItem(last_checked="2027-02-28"), leap)
    assert is_stale(EvidenceItem(last_checked="2027-02-27"), leap)


def test_months_before() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)
    assert months_before(date(2026, 11, 25), 0) == date(2026, 11, 25)


def test_month_year() -> None:
    assert month_year("2026-03-12") == "Mar 2026"
    assert month_year("Spring 2025") == "Spring 2025"


# ------------------------------------------------------------------- links

def test_linked_both_ways(ws: Workspace, library: dict[str, int]) -> None:
    assert [a.title for a in linked_activities(ws, library["story"])] == [
        "Community café", "Clwb Ieuenctid"]
    assert found(linked_evidence(ws, library["cafe"])) == ["Doreen's story", "Meals served"]
    assert linked_activities(ws, library["policy"]) == []


def test_set_links_is_one_undo_step(ws: Workspace, library: dict[str, int]) -> None:
    set_links(ws, library["story"], [library["youth"]])
    assert [a.title for a in linked_activities(ws, library["story"])] == ["Clwb Ieuenctid"]
    set_links(ws, library["policy"], [library["cafe"], library["youth"]])
    assert ws.history.undo_label() == "Link evidence to activities"
    ws.undo()
    assert linked_activities(ws, library["policy"]) == []
    ws.undo()
    assert len(linked_activities(ws, library["story"])) == 2


def test_set_links_unchanged_records_nothing(ws: Workspace, library: dict[str, int]) -> None:
    label = ws.history.undo_label()
    set_links(ws, library["meals"], [library["cafe"]])
    assert ws.history.undo_label() == label


def test_set_links_refuses_missing_records(ws: Workspace, library: dict[str, int]) -> None:
    with pytest.raises(RecordNotFoundError):
        set_links(ws, library["meals"], [999])
    with pytest.raises(RecordNotFoundError):
        set_links(ws, 999, [library["cafe"]])
    assert found(linked_evidence(ws, library["cafe"])) == ["Doreen's story", "Meals served"]




def test_deleting_an_activity_drops_links_and_undo_restores(
        ws: Workspace, library: dict[str, int]) -> None:
    delete_activity(ws, library["cafe"])
    assert [a.title for a in linked_activities(ws, library["meals"])] == []
    ws.undo()
    assert [a.title for a in linked_activities(ws, library["meals"])] == ["Community café"]


# ----------------------------------------------------------------- consent

@pytest.mark.parametrize("kind, personal, consent, warn", [
    ("story", True, False, True),
    ("quote", True, False, True),
    ("story", True, True, False),
    ("story", False, False, False),
    ("figure", True, False, False),
])
def test_needs_consent_warning(kind: str, personal: bool, consent: bool, warn: bool) -> None:
    item = EvidenceItem(kind=kind, personal_data=personal, consent_recorded=consent)
    assert needs_consent_warning(item) is warn


# --------------------------------------------------------------- describing

def test_describe_figure() -> None:
    item = EvidenceItem(kind="figure", title="People helped", value=412,
                        unit="people helped", period="year", source="our register",
                        last_checked="2026-03-12")
    assert describe_evidence(item) == (
        "412 people helped a year (source: our register, checked Mar 2026)")


def test_describe_figure_without_unit_keeps_title() -> None:
    item = EvidenceItem(kind="figure", title="Less lonely", value=71, unit="%",
                        last_checked="2026-03-12")
    assert describe_evidence(item) == "Less lonely: 71% (checked Mar 2026)"


def test_describe_other_kinds() -> None:
    story = EvidenceItem(kind="story", title="Sam's story", personal_data=True)
    assert describe_evidence(story) == "Case story: Sam's story (no consent recorded, " \
                                       "never checked)"
    quote = EvidenceItem(kind="quote", body="“It changed my life”", source="Member, 81",
                         last_checked="2026-01-05")
    assert describe_evidence(quote) == "“It changed my life” — Member, 81 (checked Jan 2026)"
    evaluation = EvidenceItem(kind="evaluation", title="SROI study", ratio=4.2,
                              evaluator="Anytown University", evidence_date="2024-09-30",
                              last_checked="2026-01-05")
    assert describe_evidence(evaluation) == (
        "Evaluation: SROI study — £4.20 of social value for every £1 spent "
        "(Anytown University, Sep 2024, checked Jan 2026)")
    award = EvidenceItem(kind="accreditation", title="Food hygiene 5", source="Council",
                         last_checked="2026-01-05")
    assert describe_evidence(award) == (
        "Accreditation or award: Food hygiene 5 (awarded by Council, checked Jan 2026)")
    for kind in EVIDENCE_KINDS:
        assert "\n" not in describe_evidence(EvidenceItem(kind=kind, body="a\nb" * 200))


def test_shorten() -> None:
    assert shorten("short") == "short"
    long = "word " * 40
    cut = shorten(long, 30)
    assert len(cut) <= 30 and cut.endswith("…")
