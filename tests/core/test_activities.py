"""Activities: adding, searching, sorting, reordering, duplicating and describing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from svbidder.core.errors import RecordNotFoundError
from svbidder.core.organisation.activities import (
    SORT_KEYS,
    VOLUME_PERIODS,
    add_activity,
    all_activities,
    delete_activity,
    describe_amount,
    describe_volume,
    duplicate_activity,
    join_tags,
    move_activity,
    normalise_period,
    parse_volume,
    period_phrase,
    search_activities,
    sort_activities,
    split_tags,
)
from svbidder.core.organisation.evidence import add_evidence, linked_evidence
from svbidder.core.storage.records import Activity
from svbidder.core.storage.workspace import Workspace


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "w.svbid")
    try:
        yield workspace
    finally:
        workspace.close()


def titles(activities: list[Activity]) -> list[str]:
    return [a.title for a in activities]


def positions(ws: Workspace) -> list[tuple[str, int]]:
    return [(a.title, a.position) for a in all_activities(ws)]


@pytest.fixture
def four(ws: Workspace) -> list[Activity]:
    return [
        add_activity(ws, title="Community café", description="Hot lunches, pay as you feel",
                     beneficiaries="Older people", volume_amount=9400, volume_unit="meals",
                     volume_period="year", tags="food, isolation"),
        add_activity(ws, title="Clwb Ieuenctid", description="Youth club in Welsh",
                     area="Tŷ Hapus estate", venue="Neuadd Gymuned", volume_amount=96,
                     volume_unit="sessions", volume_period="year"),
        add_activity(ws, title="Befriending", delivered_by="Volunteer befrienders",
                     outcomes_text="People feel less lonely", volume_amount=None),
        add_activity(ws, title="allotment", description="Growing food together",
                     volume_amount=35, volume_unit="people"),
    ]


# ------------------------------------------------------------------- adding

def test_add_activity_appends_in_order(ws: Workspace) -> None:
    first = add_activity(ws, title="One")
    second = add_activity(ws, title="Two")
    assert (first.position, second.position) == (0, 1)
    assert first.id is not None and first.created_at and first.updated_at
    assert ws.get(Activity, second.id).title == "Two"


def test_add_activity_appends_after_highest_even_with_gaps(ws: Workspace) -> None:
    ws.add(Activity(title="Odd", position=7))
    assert add_activity(ws, title="Next").position == 8


def test_add_activity_ignores_a_given_position(ws: Workspace) -> None:
    add_activity(ws, title="One")
    assert add_activity(ws, title="Two", position=0).position == 1


def test_add_activity_is_one_undo_step(ws: Workspace) -> None:
    add_activity(ws, title="One")
    ws.undo()
    assert all_activities(ws) == []
    ws.redo()
    assert titles(all_activities(ws)) == ["One"]


def test_add_activity_refuses_unknown_fields(ws: Workspace) -> None:
    with pytest.raises(ValueError, match="no field"):
        add_activity(ws, title="x", colour="blue")




def test_text_with_welsh_emoji_and_surrogates_is_kept(ws: Workspace) -> None:
    activity = add_activity(ws, title="Gŵyl Haf 🎉", description="bad \ud800 paste")
    stored = ws.get(Activity, activity.id)
    assert stored.title == "Gŵyl Haf 🎉"
    assert stored.description == "bad \ufffd paste"


# ------------------------------------------------------------------ search

def test_empty_search_lists_all_in_order(ws: Workspace, four: list[Activity]) -> None:
    assert titles(search_activities(ws)) == titles(four)
    assert titles(search_activities(ws, "   ")) == titles(four)


@pytest.mark.parametrize("query, expected", [
    ("cafe", ["Community café"]),
    ("CAFÉ", ["Community café"]),
    ("ty hapus", ["Clwb Ieuenctid"]),  # Welsh circumflex in the area
    ("TŶ HAPUS", ["Clwb Ieuenctid"]),
    ("neuadd", ["Clwb Ieuenctid"]),  # venue
    ("volunteer", ["Befriending"]),  # delivered_by
    ("lonely", ["Befriending"]),  # outcomes_text
    ("isolation", ["Community café"]),  # tags
    ("older", ["Community café"]),  # beneficiaries
    ("food", ["Community café", "allotment"]),  # description and tags
    ("food lunches", ["Community café"]),  # every word must match
    ("food zebra", []),
    ("ieuenctid youth", ["Clwb Ieuenctid"]),
])
def test_search_activities(ws: Workspace, four: list[Activity], query: str,
                           expected: list[str]) -> None:
    assert titles(search_activities(ws, query)) == expected


def test_search_keeps_the_persons_order(ws: Workspace, four: list[Activity]) -> None:
    move_activity(ws, four[3].id, 0)
    assert titles(search_activities(ws, "food")) == ["allotment", "Community café"]


# ------------------------------------------------------------------- sorting

def test_sort_keys_have_labels() -> None:
    assert list(SORT_KEYS) == ["position", "title", "updated", "volume"]
    assert SORT_KEYS["position"] == "Your order"


def test_sort_by_title_ignores_case_and_accents(four: list[Activity]) -> None:
    assert titles(sort_activities(four, "title")) == [
        "allotment", "Befriending", "Clwb Ieuenctid", "Community café"]


def test_sort_by_volume_puts_biggest_first_and_empty_last(four: list[Activity]) -> None:
    assert titles(sort_activities(four, "volume")) == [
        "Community café", "Clwb Ieuenctid", "allotment", "Befriending"]


def test_sort_by_updated_puts_recent_first(four: list[Activity]) -> None:
    stamped = [Activity(id=i, title=t, updated_at=u) for i, (t, u) in enumerate(
        [("old", "2025-01-01T00:00:00+00:00"), ("new", "2026-05-01T00:00:00+00:00"),
         ("mid", "2025-06-01T00:00:00+00:00")])]
    assert titles(sort_activities(stamped, "updated")) == ["new", "mid", "old"]


def test_sort_by_position(four: list[Activity]) -> None:
    assert titles(sort_activities(list(reversed(four)), "position")) == titles(four)


def test_sort_unknown_key(four: list[Activity]) -> None:
    with pytest.raises(ValueError):
        sort_activities(four, "colour")


# ---------------------------------------------------------------- reorder

def test_move_activity_renumbers_and_is_one_undo_step(
        ws: Workspace, four: list[Activity]) -> None:
    move_activity(ws, four[3].id, 1)
    assert positions(ws) == [("Community café", 0), ("allotment", 1),
                             ("Clwb Ieuenctid", 2), ("Befriending", 3)]
    assert ws.history.undo_label() == "Reorder activities"
    ws.undo()
    assert titles(all_activities(ws)) == titles(four)
    assert ws.history.undo_label() != "Reorder activities"
    ws.redo()
    assert titles(all_activities(ws))[1] == "allotment"


def test_move_activity_clamps_index(ws: Workspace, four: list[Activity]) -> None:
    move_activity(ws, four[0].id, 99)
    assert titles(all_activities(ws))[-1] == "Community café"
    move_activity(ws, four[0].id, -5)
    assert titles(all_activities(ws))[0] == "Community café"
    assert [p for _, p in positions(ws)] == [0, 1, 2, 3]


def test_move_activity_closes_gaps(ws: Workspace) -> None:
    for position, title in ((3, "a"), (10, "b"), (40, "c")):
        ws.add(Activity(title=title, position=position))
    c = all_activities(ws)[2]
    move_activity(ws, c.id, 0)
    assert positions(ws) == [("c", 0), ("a", 1), ("b", 2)]


def test_move_to_same_place_records_nothing(ws: Workspace, four: list[Activity]) -> None:
    label = ws.history.undo_label()
    move_activity(ws, four[1].id, 1)
    assert ws.history.undo_label() == label


def test_move_keeps_updated_at(ws: Workspace, four: list[Activity]) -> None:
    before = {a.id: a.updated_at for a in all_activities(ws)}
    move_activity(ws, four[0].id, 3)
    assert {a.id: a.updated_at for a in all_activities(ws)} == before


def test_move_missing_activity(ws: Workspace, four: list[Activity]) -> None:
    with pytest.raises(RecordNotFoundError):
        move_activity(ws, 999, 0)


def test_delete_activity_renumbers_and_undo_restores(
        ws: Workspace, four: list[Activity]) -> None:
    delete_activity(ws, four[1].id)
    assert [p for _, p in positions(ws)] == [0, 1, 2]
    ws.undo()
    assert titles(all_activities(ws)) == titles(four)


# --------------------------------------------------------------- duplicate

def test_duplicate_goes_after_original_with_links(ws: Workspace,
                                                  four: list[Activity]) -> None:
    item = add_evidence(ws, kind="figure", title="Meals", value=9400)
    ws.link("activity_evidence", four[0].id, item.id)
    copy = duplicate_activity(ws, four[0].id)
    assert copy.title == "Community café (copy)"
    assert copy.description == four[0].description
    assert copy.volume_amount == 9400
    assert copy.id != four[0].id
    assert titles(all_activities(ws))[:2] == ["Community café", "Community café (copy)"]
    assert [p for _, p in positions(ws)] == [0, 1, 2, 3, 4]
    assert [e.id for e in linked_evidence(ws, copy.id)] == [item.id]
    assert ws.history.undo_label() == "Duplicate activity"
    ws.undo()
    assert titles(all_activities(ws)) == titles(four)


def test_duplicate_last_activity(ws: Workspace, four: list[Activity]) -> None:
    copy = duplicate_activity(ws, four[3].id)
    assert all_activities(ws)[-1].id == copy.id


# ---------------------------------------------------------------- volumes

@pytest.mark.parametrize("amount, unit, period, expected", [
    (120, "people", "year", "120 people a year"),
    (1200, "meals", "week", "1,200 meals a week"),
    (1, "people", "year", "1 person a year"),
    (40, "sessions", "", "40 sessions"),
    (2.5, "hours", "per day", "2.5 hours per day"),
    (300, "hours", "2025-26", "300 hours in 2025-26"),
    (120, "", "year", "120 a year"),
    (None, "people", "year", ""),
    (3000, "£", "", "£3,000"),
    (45, "%", "", "45%"),
    (18, "tonnes", "annually", "18 tonnes a year"),
])
def test_describe_amount(amount: float | None, unit: str, period: str, expected: str) -> None:
    assert describe_amount(amount, unit, period) == expected


def test_describe_volume() -> None:
    activity = Activity(volume_amount=120, volume_unit="people", volume_period="year")
    assert describe_volume(activity) == "120 people a year"
    assert describe_volume(Activity()) == ""


def test_volume_periods_read_naturally() -> None:
    for key, phrase in VOLUME_PERIODS.items():
        if key:
            assert period_phrase(key) == phrase


@pytest.mark.parametrize("text, expected", [
    ("120", (120.0, "", "")),
    ("120 people", (120.0, "people", "")),
    ("40 sessions a year", (40.0, "sessions", "year")),
    ("300 hours per month", (300.0, "hours", "month")),
    ("about 1,200 meals each week", (1200.0, "meals", "week")),
    ("120/year", (120.0, "", "year")),
    ("50+ young people every week", (50.0, "young people", "week")),
    ("100-150 people", (100.0, "people", "")),
    ("over 30 volunteers weekly", (30.0, "volunteers", "week")),
    ("6 weeks", (6.0, "weeks", "")),
    ("2 days a week", (2.0, "days", "week")),
    ("10 people p.a.", (10.0, "people", "year")),
    ("45%", (45.0, "%", "")),
    ("", (None, "", "")),
])
def test_parse_volume(text: str, expected: tuple) -> None:
    assert parse_volume(text) == expected


@pytest.mark.parametrize("text", ["lots", "twenty people", "3,5 people"])
def test_parse_volume_refuses_text_without_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_volume(text)


@pytest.mark.parametrize("text, expected", [
    ("per year", "year"), ("Annually", "year"), ("a week", "week"), ("in a year", "year"),
    ("each term", "term"), ("monthly", "month"), ("summer holidays", "summer holidays"),
])
def test_normalise_period(text: str, expected: str) -> None:
    assert normalise_period(text) == expected


def test_tags_split_and_join() -> None:
    assert split_tags("food, Food; isolation\n  older   people ,") == [
        "food", "isolation", "older people"]
    assert join_tags(["food", "Café", "cafe", "", "volunteering"]) == "food, Café, volunteering"
