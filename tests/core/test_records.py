"""Every record type and link survives a save, close and reopen unchanged."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from svbidder.core.storage.records import (
    LINK_TABLES,
    RECORD_TYPES,
    Activity,
    EvidenceItem,
    Mapping,
    Organisation,
    Question,
    Record,
)
from svbidder.core.storage.workspace import Workspace

WELSH = "Gŵyl Ŷd Cwm Tawe — ŵ ŷ Ŵ Ŷ â ê î ô û"
EMOJI = "🎉 👩🏽‍🦰 🏴󠁧󠁢󠁷󠁬󠁳󠁿 ❤️"
ARABIC = "مرحبا بالعالم ١٢٣"
HEBREW = "שלום עולם"
MIXED = f"{WELSH} · {EMOJI} · {ARABIC} · {HEBREW} · "
LONE_IN = "lone \udc80 half \ud83d end"
LONE_OUT = "lone \ufffd half \ufffd end"
LONG = ("Llanfairpwllgwyngyll ŵ 🎉 שלום مرحبا " * 4000)[:100_000]

# Columns whose values are constrained (by CHECK or by meaning): a valid non-default value.
SPECIAL = {
    ("mapping", "status"): "confirmed",
    ("evidence_item", "kind"): "story",
    ("bid", "status"): "won",
    ("question", "limit_kind"): "characters_no_spaces",
    ("framework", "origin"): "pack",
    ("bid", "export_options"): '{"heading": "Gŵyl 🎉", "dir": "מימין"}',
    ("answer", "prompt_answers"): '{"who": "مرحبا", "what": "ŵ"}',
}


def _kind(field: dataclasses.Field) -> str:
    return str(field.type).replace(" | None", "").strip()


def odd_values(cls: type[Record], parents: dict[str, int], salt: int
               ) -> tuple[dict[str, Any], dict[str, Any]]:
    """(values to save, values expected back) — every column different from its default."""
    given: dict[str, Any] = {}
    expected: dict[str, Any] = {}
    long_used = False
    for number, field in enumerate(dataclasses.fields(cls)):
        name = field.name
        if name == "id":
            continue
        kind = _kind(field)
        if (cls.TABLE, name) in SPECIAL:
            given[name] = expected[name] = SPECIAL[(cls.TABLE, name)]
        elif name.endswith("_id"):
            given[name] = expected[name] = parents[name[:-3]]
        elif kind == "str":
            text = f"{cls.TABLE}.{name} {MIXED}"
            if not long_used and not name.endswith("_at"):
                text += LONG  # one 100,000-character value in every table
                long_used = True
            given[name] = text + LONE_IN
            expected[name] = text + LONE_OUT
        elif kind == "bool":
            given[name] = expected[name] = True
        elif kind == "int":
            value = 2**53 + 1 + salt if name.endswith("count") else 7 + number
            given[name] = expected[name] = value
        elif kind == "float":
            given[name] = expected[name] = -1234.5678 - number - salt / 7
        else:  # a new column type: extend this test
            raise AssertionError(f"no odd value for {cls.TABLE}.{name} ({kind})")
    return given, expected


def test_every_table_round_trips_odd_values(ws_path: Path) -> None:
    ws = Workspace.create(ws_path)
    parents: dict[str, int] = {}
    expected: dict[type[Record], Record] = {}
    defaults_checked = 0
    for salt, cls in enumerate(RECORD_TYPES):
        given, want = odd_values(cls, parents, salt)
        default = cls()
        for name, value in want.items():  # the test itself must use non-default values
            assert value != getattr(default, name), f"{cls.TABLE}.{name} uses its default"
            defaults_checked += 1
        if cls is Organisation:
            saved = ws.update(Organisation, 1, **given)
            record_id = 1
        else:
            saved = ws.add(cls(**given))
            record_id = saved.id
            assert record_id is not None
        expected[cls] = cls(id=record_id, **want)
        assert saved == expected[cls]
        assert ws.get(cls, record_id) == expected[cls]
        parents[cls.TABLE] = record_id
    assert defaults_checked == sum(len(cls.column_names()) - 1 for cls in RECORD_TYPES)
    ws.close()

    with Workspace.open(ws_path) as again:
        assert not again.read_only
        for cls, record in expected.items():
            assert record.id is not None
            back = again.get(cls, record.id)
            for name in cls.column_names():  # field by field for a readable failure
                assert getattr(back, name) == getattr(record, name), f"{cls.TABLE}.{name}"
            assert again.find(cls) == [record]
            assert again.count(cls.TABLE) == 1


def test_text_is_stored_as_valid_utf8(ws_path: Path) -> None:
    """Nothing unencodable reaches the file: another program can read it as UTF-8."""
    with Workspace.create(ws_path) as ws:
        ws.add(Activity(title=LONE_IN, description=MIXED))
    conn = sqlite3.connect(ws_path)
    try:
        conn.text_factory = bytes
        title, description = conn.execute("SELECT title, description FROM activity").fetchone()
    finally:
        conn.close()
    assert title.decode("utf-8") == LONE_OUT
    assert description.decode("utf-8") == MIXED


def test_records_match_their_tables(workspace: Workspace) -> None:
    """Field names match column names exactly, in every table."""
    conn = sqlite3.connect(workspace.path)
    try:
        for cls in RECORD_TYPES:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({cls.TABLE})")]
            assert columns == cls.column_names(), cls.TABLE
        for table, pair in LINK_TABLES.items():
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            assert tuple(columns) == pair
    finally:
        conn.close()


def _link_parents(ws: Workspace) -> dict[str, list[int]]:
    from svbidder.core.storage.records import (
        Bid,
        Commitment,
        DeliveryRecord,
        Framework,
        Outcome,
        Theme,
    )

    activities = [ws.add(Activity(title=f"A{i}")).id for i in range(2)]
    evidence = [ws.add(EvidenceItem(title=f"E{i}")).id for i in range(3)]
    framework = ws.add(Framework(name="F"))
    theme = ws.add(Theme(framework_id=framework.id))
    outcomes = [ws.add(Outcome(theme_id=theme.id, title=f"O{i}")).id for i in range(2)]
    mappings = [ws.add(Mapping(activity_id=a, outcome_id=outcomes[0])).id for a in activities]
    bid = ws.add(Bid(buyer="Cyngor"))
    questions = [ws.add(Question(bid_id=bid.id, text=f"Q{i}")).id for i in range(2)]
    commitment = ws.add(Commitment(bid_id=bid.id, measure_text="Hours"))
    deliveries = [ws.add(DeliveryRecord(commitment_id=commitment.id, period_number=i + 1)).id
                  for i in range(2)]
    ids = {"activity": activities, "evidence": evidence, "mapping": mappings,
           "question": questions, "outcome": outcomes, "delivery": deliveries}
    return {k: [v for v in values if v is not None] for k, values in ids.items()}


LINK_PARENTS = {
    "activity_evidence": ("activity", "evidence"),
    "mapping_evidence": ("mapping", "evidence"),
    "question_outcome": ("question", "outcome"),
    "delivery_evidence": ("delivery", "evidence"),
}


def test_link_tables_round_trip(ws_path: Path) -> None:
    assert set(LINK_PARENTS) == set(LINK_TABLES), "a new link table needs adding here"
    ws = Workspace.create(ws_path)
    ids = _link_parents(ws)
    expected: dict[str, list[tuple[int, int]]] = {}
    for table, (first_kind, second_kind) in LINK_PARENTS.items():
        first, second = ids[first_kind], ids[second_kind]
        ws.link(table, first[0], second[0])
        ws.link(table, first[0], second[1])
        ws.link(table, first[1], second[0])
        ws.link(table, first[1], second[1])
        ws.link(table, first[0], second[0])  # twice: no duplicate, no error
        ws.unlink(table, first[1], second[0])
        ws.unlink(table, first[1], second[0])  # already gone: nothing happens
        expected[table] = sorted([(first[0], second[0]), (first[0], second[1]),
                                  (first[1], second[1])])
        assert ws.linked(table) == expected[table]
        first_col, second_col = LINK_TABLES[table]
        assert ws.linked(table, **{first_col: first[0]}) == expected[table][:2]
        assert ws.linked(table, **{second_col: second[1]}) == [(first[0], second[1]),
                                                               (first[1], second[1])]
        with pytest.raises(ValueError):
            ws.linked(table, no_such_column=1)
    ws.close()

    with Workspace.open(ws_path) as again:
        for table, pairs in expected.items():
            assert again.linked(table) == pairs
            assert again.count(table) == len(pairs)


def test_deleting_a_record_removes_its_links(workspace: Workspace) -> None:
    ids = _link_parents(workspace)
    workspace.link("activity_evidence", ids["activity"][0], ids["evidence"][0])
    workspace.link("mapping_evidence", ids["mapping"][0], ids["evidence"][0])
    workspace.link("activity_evidence", ids["activity"][1], ids["evidence"][1])
    workspace.delete(EvidenceItem, ids["evidence"][0])
    assert workspace.linked("activity_evidence") == [(ids["activity"][1], ids["evidence"][1])]
    assert workspace.linked("mapping_evidence") == []
