"""Frameworks: bundled data, installing and updating, and every tree edit with its undo."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from svbidder.core.errors import RecordNotFoundError
from svbidder.core.priorities import frameworks as fw
from svbidder.core.priorities.frameworks import (
    RETIRED_THEME_TITLE,
    FrameworkData,
    FrameworkError,
    FrameworkExistsError,
    MeasureData,
    OutcomeData,
    ThemeData,
)
from svbidder.core.priorities.packs import validate_pack
from svbidder.core.storage.records import (
    Activity,
    Bid,
    Commitment,
    Framework,
    Mapping,
    Measure,
    Outcome,
    Question,
    Theme,
)
from svbidder.paths import resources_dir

BUNDLED_DIR = resources_dir() / "frameworks"


def sample(version: str = "1") -> FrameworkData:
    return FrameworkData(
        key="anytown-test", name="Anytown test priorities", publisher="Anytown BC",
        version=version, as_at="2026-04-01", source_address="https://anytown.example/sv",
        licence_note="Fictional", provisional_note="Made up for tests",
        contact="sv@anytown.example", default_weighting_percent=10, summary="Plan on a page",
        themes=[
            ThemeData("Good jobs", ref="1", description="Jobs theme", outcomes=[
                OutcomeData("More local people in work", ref="1.1", guidance="Say how many",
                            measures=[MeasureData("Local people employed", "people")]),
                OutcomeData("Young people ready for work", ref="1.2"),
            ]),
            ThemeData("Greener Anytown", ref="2", outcomes=[
                OutcomeData("Less waste", ref="2.1",
                            measures=[MeasureData("Waste saved", "tonnes")]),
                OutcomeData("Lower carbon", ref="2.2"),
            ]),
        ],
    )


def tree(ws, framework_id):
    return fw.framework_tree(ws, framework_id)


def outcome_ids(ws, framework_id) -> dict[str, int]:
    return {o.title: o.record_id for _, o in tree(ws, framework_id).outcomes()}


# ------------------------------------------------------------------ bundled

def test_every_bundled_framework_is_a_valid_pack():
    paths = sorted(BUNDLED_DIR.glob("*.json"))
    assert len(paths) >= 6
    for path in paths:
        assert validate_pack(path.read_bytes()) == [], path.name


def test_bundled_frameworks_have_ids_dates_and_provisional_notes():
    bundled = fw.bundled_frameworks()
    keys = [data.key for data in bundled]
    assert len(keys) == len(set(keys))
    assert keys[:2] == ["uk-social-value-model-2025", "uk-social-value-model-2020"]
    for data in bundled:
        assert data.origin == "bundled"
        assert fw.KEY_PATTERN.fullmatch(data.key)
        date.fromisoformat(data.as_at)
        assert data.provisional_note.strip(), data.key
        assert data.licence_note.strip(), data.key
        assert data.themes and all(theme.outcomes for theme in data.themes), data.key
        for _, outcome in data.outcomes():
            for measure in outcome.measures:
                assert measure.value_per_unit is None, "no proxy values are bundled"


def test_bundled_frameworks_hold_no_national_toms_material():
    text = "\n".join(path.read_text(encoding="utf-8") for path in BUNDLED_DIR.glob("*.json"))
    assert not re.search(r"\bNT\d", text)
    assert "proxy value" not in text.lower()
    assert "TOMs" not in text.replace("National TOMs Wales measures (not included", "")


def test_social_value_model_2025_has_five_missions_and_eight_outcomes():
    data = fw.bundled_framework("uk-social-value-model-2025")
    assert [t.title for t in data.themes] == [
        "Kick start economic growth", "Make Britain a clean energy superpower",
        "Take back our streets", "Break down barriers to opportunity",
        "Build an NHS fit for the future"]
    assert [o.ref for _, o in data.outcomes()] == [str(n) for n in range(1, 9)]
    assert data.themes[0].outcomes[0].title == "Fair work"
    assert "1 October 2025" in data.provisional_note
    assert "successor" in data.provisional_note


def test_social_value_model_2020_has_five_themes_and_eight_outcomes():
    data = fw.bundled_framework("uk-social-value-model-2020")
    assert [t.title for t in data.themes] == [
        "COVID-19 recovery", "Tackling economic inequality", "Fighting climate change",
        "Equal opportunity", "Wellbeing"]
    assert [len(t.outcomes) for t in data.themes] == [1, 2, 1, 2, 2]
    assert data.themes[3].outcomes[0].title == "Reduce the disability employment gap"


def test_wales_northern_ireland_scotland_and_england_sets():
    wales = fw.bundled_framework("wales-well-being-goals")
    assert [t.title for t in wales.themes[:7]] == [
        "A prosperous Wales", "A resilient Wales", "A healthier Wales", "A more equal Wales",
        "A Wales of cohesive communities",
        "A Wales of vibrant culture and thriving Welsh language", "A globally responsible Wales"]
    assert len(wales.themes[7].outcomes) == 5  # the five ways of working
    ni = fw.bundled_framework("northern-ireland-social-value-ppn-01-21")
    assert [t.title for t in ni.themes] == [
        "Increasing secure employment and skills", "Building ethical and resilient supply chains",
        "Delivering zero carbon", "Promoting well-being"]
    assert ni.default_weighting_percent == 10
    assert fw.bundled_framework("scotland-community-benefits").counts()["themes"] == 6
    assert fw.bundled_framework("england-council-starter").counts()["measures"] > 0


def test_unknown_bundled_framework_is_a_friendly_error():
    with pytest.raises(FrameworkError, match="no bundled framework"):
        fw.bundled_framework("nope")




def test_every_bundled_framework_installs_and_reads_back(workspace):
    for data in fw.bundled_frameworks():
        framework = fw.install_framework(workspace, data)
        back = tree(workspace, framework.id)
        assert back == data, data.key


# --------------------------------------------------------------- installing

def test_install_then_read_back_the_same_tree(workspace):
    data = sample()
    framework = fw.install_framework(workspace, data, origin="pack")
    assert framework.origin == "pack" and framework.key == "anytown-test"
    back = tree(workspace, framework.id)
    assert back == replace(data, origin="pack")
    assert back.record_id == framework.id
    assert all(o.record_id for _, o in back.outcomes())
    assert fw.framework_details(workspace, framework.id) == {
        "contact": "sv@anytown.example", "default_weighting_percent": 10.0,
        "summary": "Plan on a page"}


def test_install_is_one_undo_step(workspace):
    framework = fw.install_framework(workspace, sample())
    assert workspace.history.undo_label() == "Add framework “Anytown test priorities”"
    workspace.undo()
    assert workspace.find(Framework) == []
    assert workspace.count("theme") == workspace.count("outcome") == 0
    workspace.redo()
    assert tree(workspace, framework.id).counts() == {"themes": 2, "outcomes": 4, "measures": 2}


def test_install_without_a_key_makes_one_and_keeps_keys_unique(workspace):
    first = fw.install_framework(workspace, replace(sample(), key=""))
    assert first.key == "anytown-test-priorities"
    assert fw.unique_key(workspace, first.key) == "anytown-test-priorities-2"
    assert fw.unique_key(workspace, "Brand New Name!") == "brand-new-name"
    odd = fw.install_framework(workspace, replace(sample(), key="Our Council's List"))
    assert odd.key == "our-council-s-list"


def test_installing_the_same_key_twice_is_refused_with_the_existing_one(workspace):
    first = fw.install_framework(workspace, sample())
    with pytest.raises(FrameworkExistsError) as caught:
        fw.install_framework(workspace, sample())
    assert caught.value.existing.id == first.id
    assert "already has" in str(caught.value)
    assert workspace.count("framework") == 1


def test_a_framework_needs_a_name(workspace):
    with pytest.raises(FrameworkError, match="needs a name"):
        fw.install_framework(workspace, replace(sample(), name="  "))


# ------------------------------------------------------------------ updating

def link_confirmed(ws, outcome_id: int) -> int:
    activity = ws.add(Activity(title="Café"))
    return ws.add(Mapping(activity_id=activity.id, outcome_id=outcome_id,
                          status="confirmed")).id


def test_update_keeps_outcome_ids_matched_by_ref_then_title(workspace):
    framework = fw.install_framework(workspace, sample("1"))
    before = outcome_ids(workspace, framework.id)
    mapping_id = link_confirmed(workspace, before["More local people in work"])
    new = sample("2")
    jobs, green = new.themes
    jobs.outcomes[0].title = "More Anytown residents in good work"  # same ref, new words
    green.outcomes[0].ref = "2.9"  # new ref, same title
    moved = jobs.outcomes.pop(1)  # moves to the other theme
    green.outcomes.append(moved)
    green.outcomes.append(OutcomeData("Cleaner streets", ref="2.3"))
    fw.install_framework(workspace, new, replace_existing=True)
    after = outcome_ids(workspace, framework.id)
    assert after["More Anytown residents in good work"] == before["More local people in work"]
    assert after["Less waste"] == before["Less waste"]
    assert after["Young people ready for work"] == before["Young people ready for work"]
    assert "Cleaner streets" in after
    assert workspace.get(Mapping, mapping_id).outcome_id == before["More local people in work"]
    assert workspace.get(Framework, framework.id).version == "2"
    moved_record = workspace.get(Outcome, after["Young people ready for work"])
    assert workspace.get(Theme, moved_record.theme_id).title == "Greener Anytown"


def test_update_drops_unused_outcomes_but_keeps_ones_your_work_uses(workspace):
    framework = fw.install_framework(workspace, sample("1"))
    ids = outcome_ids(workspace, framework.id)
    link_confirmed(workspace, ids["Lower carbon"])
    bid = workspace.add(Bid(buyer="Anytown"))
    question = workspace.add(Question(bid_id=bid.id, text="Q1"))
    workspace.link("question_outcome", question.id, ids["Young people ready for work"])
    new = sample("2")
    new.themes[0].outcomes.pop(1)  # used by a question
    new.themes[1].outcomes.pop(1)  # used by a confirmed mapping
    new.themes[1].outcomes.pop(0)  # used by nothing
    changes = fw.compare_framework(workspace, framework.id, new)
    assert changes.removed == ["Less waste"]
    assert sorted(changes.kept_for_your_work) == ["Lower carbon", "Young people ready for work"]
    assert "removed" in changes.describe()
    fw.install_framework(workspace, new, replace_existing=True)
    back = tree(workspace, framework.id)
    assert [t.title for t in back.themes] == ["Good jobs", "Greener Anytown", RETIRED_THEME_TITLE]
    assert sorted(o.title for o in back.themes[2].outcomes) == [
        "Lower carbon", "Young people ready for work"]
    assert back.themes[1].outcomes == []
    with pytest.raises(RecordNotFoundError, match="no longer exists"):
        workspace.get(Outcome, ids["Less waste"])


def test_update_keeps_measure_values_the_person_typed(workspace):
    framework = fw.install_framework(workspace, sample("1"))
    measure = workspace.find(Measure, name="Local people employed")[0]
    workspace.update(Measure, measure.id, value_per_unit=1234.5)  # typed on the screen
    new = sample("2")
    new.themes[0].outcomes[0].measures.append(MeasureData("Hours volunteered", "hours"))
    fw.install_framework(workspace, new, replace_existing=True)
    back = tree(workspace, framework.id)
    measures = back.themes[0].outcomes[0].measures
    assert [(m.name, m.value_per_unit) for m in measures] == [
        ("Local people employed", 1234.5), ("Hours volunteered", None)]
    assert measures[0].record_id == measure.id


def test_update_keeps_a_measure_a_commitment_uses(workspace):
    fw.install_framework(workspace, sample("1"))
    measure = workspace.find(Measure, name="Waste saved")[0]
    bid = workspace.add(Bid(buyer="Anytown"))
    workspace.add(Commitment(bid_id=bid.id, measure_id=measure.id, measure_text="x"))
    new = sample("2")
    new.themes[1].outcomes[0].measures = []
    fw.install_framework(workspace, new, replace_existing=True)
    assert workspace.get(Measure, measure.id).name == "Waste saved"


def test_update_is_one_undo_step(workspace):
    framework = fw.install_framework(workspace, sample("1"))
    before = tree(workspace, framework.id)
    new = sample("2")
    new.themes.reverse()
    new.themes[0].outcomes.append(OutcomeData("Brand new"))
    fw.install_framework(workspace, new, replace_existing=True)
    assert tree(workspace, framework.id) != before
    workspace.undo()
    assert tree(workspace, framework.id) == before


def test_compare_framework_with_no_changes(workspace):
    framework = fw.install_framework(workspace, sample())
    changes = fw.compare_framework(workspace, framework.id, sample())
    assert (changes.added, changes.removed, changes.kept_for_your_work, changes.renamed) == (
        [], [], [], [])
    assert changes.unchanged == 4
    assert changes.describe() == "No changes to the outcomes."


# ------------------------------------------------------------ finding, details

def test_find_framework_by_key_or_number(workspace):
    framework = fw.install_framework(workspace, sample())
    assert fw.find_framework(workspace, "anytown-test").id == framework.id
    assert fw.find_framework(workspace, str(framework.id)).id == framework.id
    with pytest.raises(FrameworkError, match="anytown-test"):
        fw.find_framework(workspace, "missing")






# --------------------------------------------------------- editing the tree

def assert_undo_restores(ws, framework_id, action):
    """Run ``action``; one undo brings the tree back, one redo makes it again."""
    before = tree(ws, framework_id)
    action()
    after = tree(ws, framework_id)
    assert after != before
    ws.undo()
    assert tree(ws, framework_id) == before
    ws.redo()
    assert tree(ws, framework_id) == after


@pytest.fixture
def installed(workspace):
    return fw.install_framework(workspace, sample())


def ids_of(ws, framework_id):
    data = tree(ws, framework_id)
    themes = [t.record_id for t in data.themes]
    outcomes = [[o.record_id for o in t.outcomes] for t in data.themes]
    return themes, outcomes


def test_add_theme_outcome_and_measure_each_undo(workspace, installed):
    themes, outcomes = ids_of(workspace, installed.id)
    assert_undo_restores(workspace, installed.id,
                         lambda: fw.add_theme(workspace, installed.id, "Fairer chances"))
    assert [t.title for t in tree(workspace, installed.id).themes] == [
        "Good jobs", "Greener Anytown", "Fairer chances"]
    assert workspace.find(Theme, title="Fairer chances")[0].position == 2
    assert_undo_restores(workspace, installed.id,
                         lambda: fw.add_outcome(workspace, themes[0], "Fair pay"))
    assert [o.title for o in tree(workspace, installed.id).themes[0].outcomes] == [
        "More local people in work", "Young people ready for work", "Fair pay"]
    assert_undo_restores(workspace, installed.id,
                         lambda: fw.add_measure(workspace, outcomes[0][1], "Placement weeks",
                                                unit="weeks", value_per_unit=50))
    measure = tree(workspace, installed.id).themes[0].outcomes[1].measures[0]
    assert (measure.name, measure.unit, measure.value_per_unit) == ("Placement weeks", "weeks", 50)




def test_delete_each_level_renumbers_and_undo_brings_back_links(workspace, installed):
    themes, outcomes = ids_of(workspace, installed.id)
    mapping_id = link_confirmed(workspace, outcomes[1][0])
    measure_id = workspace.find(Measure, name="Waste saved")[0].id
    for action in (lambda: fw.delete_outcome(workspace, outcomes[0][0]),
                   lambda: fw.delete_theme(workspace, themes[1]),
                   lambda: fw.delete_measure(workspace, measure_id)):
        assert_undo_restores(workspace, installed.id, action)
        workspace.undo()
        assert workspace.get(Mapping, mapping_id).outcome_id == outcomes[1][0]
    fw.delete_theme(workspace, themes[0])
    remaining = workspace.find(Theme, framework_id=installed.id)
    assert [(t.title, t.position) for t in remaining] == [("Greener Anytown", 0)]
    fw.delete_framework(workspace, installed.id)
    assert workspace.count("outcome") == 0 and workspace.find(Mapping) == []
    assert workspace.history.undo_label() == "Delete framework"
    workspace.undo()
    workspace.undo()
    assert workspace.get(Mapping, mapping_id).outcome_id == outcomes[1][0]
    assert tree(workspace, installed.id).counts() == {"themes": 2, "outcomes": 4, "measures": 2}


def test_shift_up_and_down_each_level(workspace, installed):
    """The screen's ↑ and ↓ buttons: one place at a time, never past either end."""
    themes, outcomes = ids_of(workspace, installed.id)
    before = tree(workspace, installed.id)
    assert fw.shift(workspace, Theme, themes[0], -1) is False  # already first
    assert fw.shift(workspace, Theme, themes[1], +1) is False  # already last
    assert tree(workspace, installed.id) == before
    assert_undo_restores(workspace, installed.id,
                         lambda: fw.shift(workspace, Theme, themes[0], +1))
    assert ids_of(workspace, installed.id)[0] == themes[::-1]
    assert workspace.history.undo_label() == "Move theme down"
    assert_undo_restores(workspace, installed.id,
                         lambda: fw.shift(workspace, Outcome, outcomes[0][1], -1))
    assert [o.title for o in tree(workspace, installed.id).themes[1].outcomes] == [
        "Young people ready for work", "More local people in work"]
    positions = [o.position for o in workspace.find(Outcome, theme_id=themes[0],
                                                    order_by="position")]
    assert positions == [0, 1]


def test_move_to_another_parent_keeps_ids_and_renumbers_both(workspace, installed):
    themes, outcomes = ids_of(workspace, installed.id)
    mapping_id = link_confirmed(workspace, outcomes[0][0])
    assert_undo_restores(workspace, installed.id,
                         lambda: fw.move_outcome(workspace, outcomes[0][0], 1,
                                                 theme_id=themes[1]))
    fw.move_outcome(workspace, outcomes[0][0], 1, theme_id=themes[1])
    data = tree(workspace, installed.id)
    assert [o.title for o in data.themes[0].outcomes] == ["Young people ready for work"]
    assert [o.title for o in data.themes[1].outcomes] == [
        "Less waste", "More local people in work", "Lower carbon"]
    positions = [o.position for o in workspace.find(Outcome, theme_id=themes[1],
                                                    order_by="position")]
    assert positions == [0, 1, 2]
    assert workspace.get(Mapping, mapping_id).outcome_id == outcomes[0][0]




def test_duplicate_framework_goes_after_the_original_as_custom(workspace, installed):
    later = fw.new_framework(workspace, "Later")
    copy = fw.duplicate_framework(workspace, installed.id)
    assert copy.key == "anytown-test-copy" and copy.origin == "custom"
    assert copy.name == "Anytown test priorities (copy)"
    assert [f.id for f in fw.all_frameworks(workspace)] == [installed.id, copy.id, later.id]
    original = tree(workspace, installed.id)
    assert replace(tree(workspace, copy.id), key=original.key, name=original.name,
                   origin=original.origin) == original
    workspace.undo()
    assert [f.id for f in fw.all_frameworks(workspace)] == [installed.id, later.id]


def test_new_framework_goes_last_with_its_own_key(workspace, installed):
    second = fw.new_framework(workspace, "Second")
    assert second.key == "second" and second.position == 1 and second.origin == "custom"
    assert fw.new_framework(workspace, "Second").key == "second-2"
    assert [f.name for f in fw.all_frameworks(workspace)] == [
        "Anytown test priorities", "Second", "Second"]
    workspace.undo()
    assert [f.id for f in fw.all_frameworks(workspace)] == [installed.id, second.id]


def test_bad_values_are_refused(workspace, installed):
    _, outcomes = ids_of(workspace, installed.id)
    with pytest.raises(FrameworkError, match="value per unit"):
        fw.add_measure(workspace, outcomes[0][0], "Hours", value_per_unit=-1)
    with pytest.raises(ValueError, match="no field"):
        fw.add_theme(workspace, installed.id, "Colourful", colour="red")
    with pytest.raises(FrameworkError, match="needs a name"):
        fw.new_framework(workspace, " ")
    with pytest.raises(RecordNotFoundError, match="no longer exists"):
        fw.add_outcome(workspace, 9999, "Orphan")
