"""Any text can be stored without losing what a person typed."""

from __future__ import annotations

import pytest

from svbidder.core.text.clean import clean_text, clean_value

KEPT = [
    "",
    "Gŵyl Ŷd — ŵ ŷ Ŵ Ŷ",
    "🎉 👩🏽‍🦰 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    "مرحبا بالعالم",
    "שלום עולם",
    "tab\tnew line\r\nzero\u200bwidth \ufeff bom",
    "x" * 100_000,
]


@pytest.mark.parametrize("text", KEPT)
def test_valid_text_passes_unchanged(text: str) -> None:
    assert clean_text(text) == text


@pytest.mark.parametrize(("given", "expected"), [
    ("a\udc80b", "a\ufffdb"),
    ("\ud83d", "\ufffd"),
    ("end\ud800", "end\ufffd"),
    ("\udfff start", "\ufffd start"),
    ("two \ud800\ud800 highs", "two \ufffd\ufffd highs"),
    ("ŵ\udc00🎉", "ŵ\ufffd🎉"),
])
def test_lone_surrogates_become_replacement_characters(given: str, expected: str) -> None:
    cleaned = clean_text(given)
    assert cleaned == expected
    cleaned.encode("utf-8")  # storable


def test_nul_characters_are_dropped() -> None:
    assert clean_text("a\x00b\x00") == "ab"
    assert clean_text("\x00\udc80") == "\ufffd"


def test_clean_value_leaves_other_types_alone() -> None:
    for value in (None, 0, 3, 2.5, True, b"\x00bytes"):
        assert clean_value(value) is value
    assert clean_value("a\x00\udc80") == "a\ufffd"
