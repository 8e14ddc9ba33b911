"""Export options: defaults, checking, storing per bid, and never writing on export."""

from __future__ import annotations

import json

import pytest

from svbidder.core.storage.records import Bid
from svbidder.export.options import ExportOptions, OptionsError, load_options, save_options


def test_defaults_suit_a_council_tender():
    options = ExportOptions()
    assert (options.font, options.size_pt, options.paper) == ("Arial", 11.0, "A4")
    assert options.include_question and options.include_counts and options.include_contents
    assert not options.include_guidance
    assert options.question_ids is None
    assert options.checked() == options


def test_checked_normalises_names():
    checked = ExportOptions(font="times new roman", paper="letter", size_pt=12).checked()
    assert (checked.font, checked.paper, checked.size_pt) == ("Times New Roman", "Letter", 12.0)


@pytest.mark.parametrize("changes, words", [
    ({"font": "Comic Sans MS"}, "Arial, Calibri, Times New Roman, Verdana"),
    ({"size_pt": 9}, "between 10 and 14"),
    ({"size_pt": 15}, "between 10 and 14"),
    ({"paper": "A5"}, "A4 or Letter"),
    ({"margins_mm": 2}, "margins"),
    ({"line_spacing": 0.5}, "line spacing"),
])
def test_checked_refuses_what_cannot_be_used(changes, words):
    with pytest.raises(OptionsError, match=words):
        ExportOptions(**changes).checked()


def test_json_round_trip():
    options = ExportOptions(font="Verdana", size_pt=12.5, include_guidance=True,
                            question_ids=(3, 1), plain_ascii=True)
    assert ExportOptions.from_json(options.to_json()) == options
    assert json.loads(options.to_json())["question_ids"] == [3, 1]


@pytest.mark.parametrize("text", ["", "{}", "not json", "[1, 2]", "null"])
def test_unreadable_stored_options_give_the_defaults(text):
    assert ExportOptions.from_json(text) == ExportOptions()


def test_one_bad_stored_value_keeps_the_good_ones():
    stored = json.dumps({"font": "Wingdings", "size_pt": 12, "paper": "Letter",
                         "include_counts": "yes", "question_ids": ["a"], "future_option": 1})
    options = ExportOptions.from_json(stored)
    assert options.font == "Arial"  # the bad font falls back
    assert options.size_pt == 12.0 and options.paper == "Letter"
    assert options.include_counts is True  # not a boolean: default kept
    assert options.question_ids is None


def test_with_changes_ignores_none():
    options = ExportOptions().with_changes(font="Calibri", size_pt=None)
    assert options.font == "Calibri" and options.size_pt == 11.0


def test_options_are_remembered_per_bid(example):
    bid = example.find(Bid)[0]
    assert load_options(example, bid.id) == ExportOptions()
    chosen = ExportOptions(font="calibri", size_pt=12)
    save_options(example, bid.id, chosen)
    assert load_options(example, bid.id) == chosen.checked()
    assert example.history.undo_label() == "Change export options"
    example.undo()
    assert load_options(example, bid.id) == ExportOptions()


def test_saving_the_same_options_again_is_not_a_change(example):
    bid = example.find(Bid)[0]
    stored = example.get(Bid, bid.id).export_options
    save_options(example, bid.id, ExportOptions(font="Verdana"))
    save_options(example, bid.id, ExportOptions(font="verdana"))
    example.undo()  # one undo takes back both: the second save changed nothing
    assert example.get(Bid, bid.id).export_options == stored


def test_loading_options_never_writes(example):
    bid = example.find(Bid)[0]
    before = example.get(Bid, bid.id)
    load_options(example, bid.id)
    assert example.get(Bid, bid.id) == before
