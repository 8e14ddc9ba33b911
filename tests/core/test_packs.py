"""Priority packs: every kind of problem with where it is, round trips, atomic export."""

from __future__ import annotations

import copy
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svbidder.core.priorities import frameworks as fw
from svbidder.core.priorities import packs
from svbidder.core.priorities.packs import (
    MAX_FILE_BYTES,
    PackError,
    PackProblem,
    PackWriteError,
    export_pack,
    framework_to_pack,
    import_pack,
    load_pack,
    pack_to_framework_data,
    parse_pack,
    validate_pack,
)
from svbidder.core.storage.workspace import Workspace
from svbidder.paths import resources_dir

ANYTOWN = resources_dir() / "example" / "anytown-priorities.svpack"
SCHEMA = resources_dir() / "packs" / "svpack.schema.json"


def good() -> dict:
    return {
        "format": "svpack",
        "format_version": 1,
        "metadata": {"id": "testshire-2026", "title": "Testshire priorities",
                     "publisher": "Testshire Council", "version": "2", "date": "2026-03-31",
                     "contact": "sv@testshire.example", "licence": "OGL",
                     "default_weighting_percent": 12.5,
                     "source_address": "https://testshire.example/sv"},
        "themes": [
            {"id": "1", "title": "Jobs", "outcomes": [
                {"id": "1.1", "title": "Local jobs", "guidance": "Say how many.",
                 "measures": [{"name": "Local people employed", "unit": "people"},
                              {"name": "Hours of mentoring", "unit": "hours",
                               "value_per_unit": 25}]},
                {"id": "1.2", "title": "Skills"}]},
            {"id": "2", "title": "Environment", "description": "Green things.",
             "outcomes": [{"id": "2.1", "title": "Less waste"}]},
            {"id": "3", "title": "Communities", "outcomes": [
                {"id": "3.1", "title": "Less isolation"}]},
        ],
    }


def problems_of(data) -> list[str]:
    return [str(problem) for problem in validate_pack(data)]


def test_a_good_pack_has_no_problems_as_data_text_or_bytes():
    data = good()
    assert validate_pack(data) == []
    text = json.dumps(data, ensure_ascii=False)
    assert validate_pack(text) == []
    assert validate_pack(text.encode("utf-8")) == []
    assert validate_pack(b"\xef\xbb\xbf" + text.encode("utf-8")) == []  # BOM is fine


def test_the_example_pack_and_the_schema_file_are_valid_json():
    assert validate_pack(ANYTOWN.read_bytes()) == []
    assert json.loads(SCHEMA.read_text(encoding="utf-8"))["$schema"].endswith("2020-12/schema")


# --------------------------------------------------------------- whole file

@pytest.mark.parametrize("raw, message", [
    (b"", "the file is empty"),
    (b"   \n", "the file is empty"),
    (b"{ not json", "not valid JSON"),
    (b'{"format": "svpack",}', "not valid JSON"),
    (b"\xff\xfe\x00\x01garbage", "not UTF-8 text"),
    (b"PK\x03\x04rest-of-a-docx", "not a priority pack"),
    (b"%PDF-1.7", "not a priority pack"),
    (b'{"format_version": NaN}', "NaN is not allowed"),
    (b"[1, 2, 3]", "must be a JSON object"),
    (b'"just text"', "must be a JSON object"),
])
def test_files_that_are_not_packs(raw, message):
    problems = validate_pack(raw)
    assert len(problems) == 1
    assert problems[0].location == ""
    assert message in problems[0].message
    assert str(problems[0]).startswith("(the whole file): ")


def test_oversized_file_is_refused_before_parsing(tmp_path):
    big = b'{"x": "' + b"a" * MAX_FILE_BYTES + b'"}'
    assert "too big" in validate_pack(big)[0].message
    path = tmp_path / "huge.svpack"
    path.write_bytes(big)
    with pytest.raises(PackError, match="too big"):
        load_pack(path)


def test_newer_format_version_is_one_problem():
    data = good()
    data["format_version"] = 2
    data["surprise"] = True
    assert problems_of(data) == [
        "format_version: this pack is format version 2, made for a newer svbidder; update "
        "svbidder to read it"]


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.update(format="toms"), "format: must be “svpack”"),
    (lambda d: d.update(format_version=0), "format_version: this pack is format version 0, "
                                           "but svbidder reads version 1"),
    (lambda d: d.update(format_version="1"), "format_version: must be a whole number, not text"),
    (lambda d: d.pop("metadata"), "metadata: missing"),
    (lambda d: d.pop("themes"), "themes: missing"),
    (lambda d: d.update(themes=[]), "themes: must have at least 1 item"),
    (lambda d: d.update(themes={}), "themes: must be a list ([ … ]), not an object"),
    (lambda d: d.update(colour="red"), "colour: unknown key"),
    # metadata
    (lambda d: d["metadata"].pop("title"), "metadata.title: missing"),
    (lambda d: d["metadata"].update(title="   "), "metadata.title: must not be empty"),
    (lambda d: d["metadata"].update(title=42), "metadata.title: must be text, not a number"),
    (lambda d: d["metadata"].update(title="Two\nlines"), "metadata.title: must be one line"),
    (lambda d: d["metadata"].update(title="Tab\there"), "metadata.title: contains control"),
    (lambda d: d["metadata"].update(id="Not A Key"), "metadata.id: not in the right form"),
    (lambda d: d["metadata"].update(date="31/03/2026"), "metadata.date: not in the right form"),
    (lambda d: d["metadata"].update(date="2026-02-30"), "metadata.date: is not a real date"),
    (lambda d: d["metadata"].update(source_address="javascript:alert(1)"),
     "metadata.source_address: not in the right form"),
    (lambda d: d["metadata"].update(default_weighting_percent=120),
     "metadata.default_weighting_percent: must be between 0 and 100"),
    (lambda d: d["metadata"].update(default_weighting_percent=True),
     "metadata.default_weighting_percent: must be a number, not true/false"),
    (lambda d: d["metadata"].update(default_weighting_percent="10%"),
     "metadata.default_weighting_percent: must be a number, not text"),
    (lambda d: d["metadata"].update(contact="x" * 501), "metadata.contact: too long (501"),
    (lambda d: d["metadata"].update(licence="bell\x07"), "metadata.licence: contains control"),
    (lambda d: d["metadata"].update(owner="me"), "metadata.owner: unknown key"),
    (lambda d: d.update(metadata=[]), "metadata: must be an object ({ … }), not a list"),
    # themes, outcomes, measures
    (lambda d: d["themes"][2].pop("title"), "themes[2].title: missing"),
    (lambda d: d["themes"][2]["outcomes"][0].pop("title"),
     "themes[2].outcomes[0].title: missing"),
    (lambda d: d["themes"][0].update(outcomes="none"),
     "themes[0].outcomes: must be a list ([ … ]), not text"),
    (lambda d: d["themes"][0]["outcomes"].append("an outcome"),
     "themes[0].outcomes[2]: must be an object ({ … }), not text"),
    (lambda d: d["themes"][1].update(colour="green"), "themes[1].colour: unknown key"),
    (lambda d: d["themes"][0]["outcomes"][0].update(guidance="g" * 10001),
     "themes[0].outcomes[0].guidance: too long (10,001 characters; at most 10,000)"),
    (lambda d: d["themes"][1].update(description=None),
     "themes[1].description: must be text, not null"),
    (lambda d: d["themes"][0]["outcomes"][0].update(id=" 1.1"),
     "themes[0].outcomes[0].id: not in the right form"),
    (lambda d: d["themes"][0]["outcomes"][0]["measures"][0].pop("name"),
     "themes[0].outcomes[0].measures[0].name: missing"),
    (lambda d: d["themes"][0]["outcomes"][0]["measures"][1].update(value_per_unit=-3),
     "themes[0].outcomes[0].measures[1].value_per_unit: must be between 0 and 1e+09"),
    (lambda d: d["themes"][0]["outcomes"][0]["measures"][1].update(value_per_unit="£25"),
     "themes[0].outcomes[0].measures[1].value_per_unit: must be a number, not text"),
    (lambda d: d["themes"][0]["outcomes"][0]["measures"][0].update(unit="u" * 41),
     "themes[0].outcomes[0].measures[0].unit: too long"),
    # duplicates
    (lambda d: d["themes"][1].update(id="1"),
     "themes[1].id: duplicate id “1” (already used at themes[0].id)"),
    (lambda d: d["themes"][2]["outcomes"][0].update(id="1.2"),
     "themes[2].outcomes[0].id: duplicate id “1.2” (already used at themes[0].outcomes[1].id)"),
    (lambda d: d["themes"][0]["outcomes"][0]["measures"][1].update(name="local people EMPLOYED"),
     "themes[0].outcomes[0].measures[1].name: duplicate measure name"),
    # sizes
    (lambda d: d.update(themes=[copy.deepcopy(d["themes"][1]) | {"id": str(n)}
                                for n in range(51)]),
     "themes: has too many items (51; at most 50)"),
    (lambda d: d["themes"][1].update(outcomes=[{"id": f"o{n}", "title": "x"}
                                               for n in range(101)]),
     "themes[1].outcomes: has too many items (101; at most 100)"),
])
def test_every_kind_of_problem_is_reported_with_its_location(change, expected):
    data = good()
    change(data)
    problems = problems_of(data)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_keys_written_twice_are_reported_where_they_are():
    text = json.dumps(good()).replace('"title": "Jobs"', '"title": "Jobs", "title": "Work"')
    assert problems_of(text) == ["themes[0].title: written twice in the same object"]


def test_every_problem_is_listed_not_just_the_first():
    data = good()
    data["metadata"].pop("id")
    data["themes"][0]["outcomes"][1]["title"] = ""
    data["themes"][2]["outcomes"][0]["shape"] = "round"
    data["themes"][1]["id"] = "1"
    assert problems_of(data) == [
        "metadata.id: missing",
        "themes[0].outcomes[1].title: must not be empty",
        "themes[1].id: duplicate id “1” (already used at themes[0].id)",
        "themes[2].outcomes[0].shape: unknown key (allowed here: id, title, description, "
        "guidance, measures)",
    ]


def test_totals_are_capped():
    data = good()
    data["themes"] = [{"id": str(t), "title": "T", "outcomes": [
        {"id": f"{t}.{o}", "title": "O"} for o in range(100)]} for t in range(11)]
    assert "themes: too many outcomes in all (1,100; at most 1,000)" in problems_of(data)


def test_a_flood_of_problems_is_cut_short():
    data = good()
    data["themes"] = [{"id": str(n), "a": n, "b": n, "c": n, "d": n, "outcomes": []}
                      for n in range(50)]
    problems = validate_pack(data)
    assert len(problems) == packs.MAX_PROBLEMS + 1
    assert problems[-1].message.startswith("and ") and "more problems not listed" in str(
        problems[-1])


def test_deeply_nested_json_does_not_crash():
    raw = b"[" * 100_000 + b"]" * 100_000
    assert validate_pack(raw)[0].location == ""


def test_pack_error_lists_every_problem_and_summarises_in_its_first_line():
    error = PackError([PackProblem("metadata.id", "missing"), PackProblem("", "odd")],
                      "bad.svpack")
    lines = str(error).splitlines()
    assert lines[0] == ("“bad.svpack” is not a priority pack svbidder can use, so nothing was "
                        "changed (2 problems):")
    assert lines[1:] == ["  metadata.id: missing", "  (the whole file): odd"]
    assert error.summary == lines[0]


# ----------------------------------------------------------- reading packs

def test_parse_pack_gives_metadata_and_tree():
    pack = parse_pack(good())
    assert pack.metadata.title == "Testshire priorities"
    assert pack.metadata.default_weighting_percent == 12.5
    data = pack_to_framework_data(pack)
    assert data.key == "testshire-2026" and data.origin == "pack"
    assert data.as_at == "2026-03-31" and data.licence_note == "OGL"
    assert [t.ref for t in data.themes] == ["1", "2", "3"]
    first = data.themes[0].outcomes[0]
    assert (first.ref, first.guidance) == ("1.1", "Say how many.")
    assert [(m.name, m.unit, m.value_per_unit) for m in first.measures] == [
        ("Local people employed", "people", None), ("Hours of mentoring", "hours", 25.0)]


def test_a_bad_pack_changes_nothing_in_the_workspace(workspace, tmp_path):
    data = good()
    data["themes"][1]["outcomes"][0].pop("title")
    path = tmp_path / "bad.svpack"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        import_pack(workspace, path)
    assert caught.value.problems == [PackProblem("themes[1].outcomes[0].title", "missing")]
    assert workspace.count("framework") == workspace.count("outcome") == 0
    assert workspace.history.undo_label() is None


def test_missing_file_and_folder_are_friendly(tmp_path):
    with pytest.raises(Exception, match="There is no file"):
        load_pack(tmp_path / "nope.svpack")
    with pytest.raises(Exception, match="is a folder"):
        load_pack(tmp_path)


# ---------------------------------------------------------------- round trips

def test_import_export_import_round_trip(workspace, tmp_path):
    source = tmp_path / "testshire.svpack"
    source.write_text(json.dumps(good()), encoding="utf-8")
    framework = import_pack(workspace, source)
    assert framework.origin == "pack"
    out = tmp_path / "out.svpack"
    export_pack(workspace, framework.id, out)
    assert json.loads(out.read_text(encoding="utf-8")) == good()
    with Workspace.create(tmp_path / "other.svbid") as other:
        again = import_pack(other, out)
        assert fw.framework_tree(other, again.id) == fw.framework_tree(workspace, framework.id)


def test_the_example_pack_round_trips_exactly(workspace, tmp_path):
    framework = import_pack(workspace, ANYTOWN)
    out = tmp_path / "anytown.svpack"
    export_pack(workspace, framework.id, out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        ANYTOWN.read_text(encoding="utf-8"))


def test_every_bundled_framework_exports_as_a_valid_pack(workspace, tmp_path):
    for data in fw.bundled_frameworks():
        framework = fw.install_framework(workspace, data)
        out = tmp_path / f"{data.key}.svpack"
        export_pack(workspace, framework.id, out)
        assert pack_to_framework_data(load_pack(out)).themes == data.themes


def test_export_fills_in_missing_references_and_metadata(workspace, tmp_path):
    framework = fw.new_framework(workspace, "Our own list")
    theme = fw.add_theme(workspace, framework.id, "Jobs")
    fw.add_outcome(workspace, theme.id, "Local jobs")
    fw.add_outcome(workspace, theme.id, "Training", ref="A")
    other = fw.add_theme(workspace, framework.id, "People", ref="A")
    fw.add_outcome(workspace, other.id, "Care", ref="A")
    out = tmp_path / "own.svpack"
    export_pack(workspace, framework.id, out, {"contact": "me@example.org", "version": "3"})
    pack = json.loads(out.read_text(encoding="utf-8"))
    assert [t["id"] for t in pack["themes"]] == ["1", "A"]
    assert [o["id"] for t in pack["themes"] for o in t["outcomes"]] == ["1.1", "A", "A-2"]
    assert pack["metadata"]["id"] == "our-own-list"
    assert pack["metadata"]["contact"] == "me@example.org"
    assert pack["metadata"]["version"] == "3"
    assert len(pack["metadata"]["date"]) == 10
    assert "publisher" not in pack["metadata"]  # empty optional fields are left out


def test_export_refuses_a_framework_that_would_make_a_bad_pack(workspace, tmp_path):
    framework = fw.new_framework(workspace, "Empty")
    out = tmp_path / "empty.svpack"
    with pytest.raises(PackError, match="themes: must have at least 1 item"):
        export_pack(workspace, framework.id, out)
    assert not out.exists()
    with pytest.raises(ValueError, match="no metadata called"):
        framework_to_pack(fw.framework_tree(workspace, framework.id), {"colour": "red"})


def test_update_by_importing_a_newer_pack_keeps_outcome_ids(workspace, tmp_path):
    first = tmp_path / "v1.svpack"
    first.write_text(json.dumps(good()), encoding="utf-8")
    framework = import_pack(workspace, first)
    before = {o.ref: o.record_id for _, o in fw.framework_tree(workspace, framework.id).outcomes()}
    newer = good()
    newer["metadata"]["version"] = "3"
    newer["themes"][0]["outcomes"][0]["title"] = "More local jobs"
    second = tmp_path / "v2.svpack"
    second.write_text(json.dumps(newer), encoding="utf-8")
    with pytest.raises(fw.FrameworkExistsError):
        import_pack(workspace, second)
    import_pack(workspace, second, replace_existing=True)
    after = fw.framework_tree(workspace, framework.id)
    assert {o.ref: o.record_id for _, o in after.outcomes()} == before
    assert after.version == "3" and after.themes[0].outcomes[0].title == "More local jobs"


# ------------------------------------------------------------ atomic writes

def test_a_failed_write_leaves_the_old_file_and_no_temporary_files(tmp_path, monkeypatch):
    from svbidder.core.storage import atomic

    target = tmp_path / "pack.svpack"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(PackWriteError, match="not enough space"):
        packs.write_pack_file(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.svpack"]


def test_writing_into_a_missing_folder_is_a_friendly_error(workspace, tmp_path):
    framework = import_pack(workspace, ANYTOWN)
    with pytest.raises(PackWriteError, match="could not be saved"):
        export_pack(workspace, framework.id, tmp_path / "missing" / "x.svpack")


def test_export_replaces_an_existing_file_whole(workspace, tmp_path):
    framework = import_pack(workspace, ANYTOWN)
    out = tmp_path / "anytown.svpack"
    out.write_text("an older pack", encoding="utf-8")
    export_pack(workspace, framework.id, out)
    assert validate_pack(out.read_bytes()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert os.stat(out).st_size > 1000


# -------------------------------------------------- schema and code agree

def _resolve(schema: dict, node: dict) -> dict:
    """A property's rules with ``$ref`` and ``allOf`` folded in."""
    merged: dict = {}
    if "$ref" in node:
        merged.update(_resolve(schema, schema["$defs"][node["$ref"].split("/")[-1]]))
    for part in node.get("allOf", []):
        merged.update(_resolve(schema, part))
    merged.update({k: v for k, v in node.items() if k not in ("$ref", "allOf")})
    return merged


@pytest.mark.parametrize("definition, rules", [
    (None, packs.ROOT_RULES),
    ("metadata", packs.METADATA_RULES),
    ("theme", packs.THEME_RULES),
    ("outcome", packs.OUTCOME_RULES),
    ("measure", packs.MEASURE_RULES),
])
def test_the_json_schema_matches_the_checks_in_code(definition, rules):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    node = schema if definition is None else schema["$defs"][definition]
    assert node["additionalProperties"] is False
    assert set(node["properties"]) == set(rules)
    assert set(node["required"]) == {key for key, rule in rules.items() if rule.required}
    for key, rule in rules.items():
        spec = _resolve(schema, node["properties"][key])
        if rule.max_length is not None:
            assert spec.get("maxLength") == rule.max_length, key
        if rule.max_items is not None:
            assert spec.get("maxItems") == rule.max_items, key
        if rule.min_items:
            assert spec.get("minItems") == rule.min_items, key
        if rule.minimum is not None:
            assert (spec["minimum"], spec["maximum"]) == (rule.minimum, rule.maximum), key
        if rule.nullable:
            assert "null" in spec["type"], key
        if rule.kind in ("string", "text") and rule.const is None:
            assert spec["type"] == "string", key
        if rule.min_length:
            assert spec.get("minLength") == rule.min_length, key
    if definition is None:
        assert node["properties"]["format"]["const"] == packs.FORMAT_NAME
        assert node["properties"]["format_version"]["const"] == packs.FORMAT_VERSION
    ids = schema["$defs"]["ref"]
    assert ids["pattern"].strip("^$").replace("\\\\", "\\") == packs.ID_PATTERN.pattern.replace(
        "\\x00", "\\u0000").replace("\\x1f", "\\u001f").replace("\\x7f", "\\u007f")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["format", "format_version", "metadata", "themes", "id", "title",
                         "outcomes", "measures", "name", "unit", "value_per_unit", "date",
                         "x"]) | st.text(max_size=8), children, max_size=5),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES)
def test_fuzzed_json_never_raises(value):
    problems = validate_pack(value)
    assert all(isinstance(p, PackProblem) for p in problems)
    if not isinstance(value, str):  # text is read as JSON text, not as a JSON string
        text = json.dumps(value)
        assert [str(p) for p in validate_pack(text.encode("utf-8"))] == [
            str(p) for p in problems]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzzed_bytes_are_refused_with_reasons(raw):
    problems = validate_pack(raw)
    assert problems  # a few random bytes are never a whole pack
    assert all(isinstance(p, PackProblem) and str(p).strip() for p in problems)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_good_packs_never_raise(data):
    pack = good()
    theme = data.draw(st.integers(0, 2))
    key = data.draw(st.sampled_from(["id", "title", "outcomes", "description", "extra"]))
    pack["themes"][theme][key] = data.draw(JSON_VALUES)
    problems = validate_pack(pack)
    if problems:
        with pytest.raises(PackError):
            parse_pack(pack)
    else:
        parse_pack(pack)


def test_export_cleans_control_characters_saved_before_the_importers_stripped_them(
        workspace, tmp_path):
    """Issue 17: a framework with old control characters must still export (cleaned)."""
    framework = fw.new_framework(workspace, "Old\timport\x07")
    theme = fw.add_theme(workspace, framework.id, "Jobs\x1b[31m and\nskills")
    fw.add_outcome(workspace, theme.id, "More local\x00 jobs",
                   description="First line\x0bsecond line\x08")
    out = tmp_path / "old.svpack"
    export_pack(workspace, framework.id, out)
    pack = json.loads(out.read_text(encoding="utf-8"))
    assert pack["metadata"]["title"] == "Old import"
    assert pack["themes"][0]["title"] == "Jobs and skills"
    outcome = pack["themes"][0]["outcomes"][0]
    assert outcome["title"] == "More local jobs"
    assert outcome["description"] == "First line\nsecond line"
    assert validate_pack(out.read_bytes()) == []
