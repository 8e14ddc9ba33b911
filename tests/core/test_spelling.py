"""British English spelling: the dictionary, what is skipped, suggestions, offsets,
personal and workspace words."""

from __future__ import annotations

import shutil
import threading

import pytest

from svbidder.core.organisation.activities import add_activity
from svbidder.core.organisation.evidence import add_evidence
from svbidder.core.storage.records import Organisation
from svbidder.core.writing import spelling
from svbidder.core.writing.bids import add_bid
from svbidder.core.writing.spelling import DICTIONARY_DIR, SpellChecker


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker().load()


def words(found):
    return [m.word for m in found]


@pytest.mark.parametrize("word", [
    "organisation", "organisations", "Organisation", "programme", "colour", "colours",
    "licence", "practise", "practice", "wellbeing", "Wellbeing", "well-being", "safeguarding",
    "signposting", "co-production", "co-design", "upskilling", "centre", "analyse",
    "behaviour", "neighbourhood", "travelled", "fulfil", "enrolment", "judgement",
    "catalogue", "defence", "timesheets", "befriending", "volunteering",
])
def test_british_spellings_and_sector_words_are_accepted(checker, word):
    assert checker.is_correct(word), word
    assert checker.check_text(f"We {word} here.") == []


def test_british_sentence_has_no_mistakes(checker):
    text = ("Our organisation's programme will practise safeguarding. We hold a licence for "
            "the centre, and our colourful café supports wellbeing and co-production.")
    assert checker.check_text(text) == []


@pytest.mark.parametrize(("word", "british"), [
    ("color", "colour"), ("center", "centre"), ("analyze", "analyse"),
    ("behavior", "behaviour"), ("neighborhood", "neighbourhood"), ("traveled", "travelled"),
    ("enrollment", "enrolment"), ("defense", "defence"), ("practiced", "practised"),
])
def test_american_spellings_are_flagged_with_the_british_form_first(checker, word, british):
    found = checker.check_text(f"The {word} is here.")
    assert words(found) == [word]
    assert found[0].kind == "american" and found[0].british == british
    assert "British English uses" in found[0].message()
    assert checker.suggest(word)[0] == british
    assert not checker.is_correct(word)


def test_american_case_and_possessives_keep_their_form(checker):
    found = checker.check_text("Color and the center’s role.")
    assert [(m.word, m.british) for m in found] == [("Color", "Colour"),
                                                     ("center’s", "centre’s")]
    assert checker.suggest("Color")[0] == "Colour"


def test_oxford_ize_is_accepted_with_an_optional_hint(checker):
    text = "We will organize and realize it; our organization grew."
    assert checker.check_text(text) == []
    assert checker.is_correct("organize")
    hints = checker.check_text(text, hints=True)
    assert [(m.word, m.british, m.kind) for m in hints] == [
        ("organize", "organise", "ize"), ("realize", "realise", "ize"),
        ("organization", "organisation", "ize")]
    assert all(m.is_hint for m in hints)
    assert checker.style_hints(text) == hints
    assert checker.suggest("organization") == ["organisation"]
    # words that only look like -ize forms are left alone
    assert checker.check_text("The prize and the size.", hints=True) == []


def test_typos_are_flagged_with_suggestions(checker):
    text = "We recieve teh definately seperate accomodation."
    found = checker.check_text(text)
    assert words(found) == ["recieve", "teh", "definately", "seperate", "accomodation"]
    assert checker.suggest("recieve")[0] == "receive"
    assert checker.suggest("teh")[0] == "the"
    assert checker.suggest("definately")[0] == "definitely"
    assert checker.suggest("seperate")[0] == "separate"
    assert checker.suggest("accomodation")[0] == "accommodation"
    assert checker.suggest("Recieve")[0] == "Receive"
    assert checker.suggest("wellbieng")[0] == "wellbeing"
    assert "a lot" in checker.suggest("alot")
    assert checker.suggest("london")[0] == "London"
    assert len(checker.suggest("recieve", limit=2)) == 2
    assert checker.suggest("colour") == []  # a correct word


def test_urls_emails_numbers_and_acronyms_are_skipped(checker):
    text = ("See https://www.exmaple.org/pagez?x=qwzx, www.anytwon.gov.uk/help, "
            "anytwon.gov.uk and info@millbrok.org.uk. In 2027 we will help 12 NEETs, "
            "KPIs and SROI for VCSE groups; COVID-19, 1st, 22nd, £5k, 10am, #SocialValu "
            "and @milbrook. PowerPoint and eBay are names. See section iv and xii.")
    assert checker.check_text(text) == []


def test_markdown_markers_are_not_words(checker):
    text = "## Our ofer\n\n- **colur** and *wellbeing*\n1. _qwzt_ item"
    found = checker.check_text(text)
    assert words(found) == ["ofer", "colur", "qwzt"]
    for item in found:
        assert text[item.start:item.end] == item.word


def test_apostrophes_both_kinds(checker):
    text = "Our organisation’s staff don’t mind; the organisations' leaders can't. " \
           "We're ‘quoted’ and 'quoted'."
    assert checker.check_text(text) == []
    found = checker.check_text("The ‘colr’ isn’t right")
    assert words(found) == ["colr"]


def test_hyphenated_words_flag_only_the_wrong_part(checker):
    text = "A co-prodution group and a well-run, non-profit, self-led hub."
    found = checker.check_text(text)
    assert words(found) == ["prodution"]
    assert text[found[0].start:found[0].end] == "prodution"
    assert checker.suggest("prodution")[0] == "production"


def test_abbreviations_with_a_full_stop(checker):
    assert checker.check_text("Food, drink etc. and more, e.g. tea, i.e. warm.") == []


def test_offsets_after_emoji_and_welsh_text(checker):
    text = "Croeso i Gŵyl Tŷ Hapus 😀👍🏽 Caerdydd — we analyze colur"
    found = checker.check_text(text)
    assert words(found) == ["analyze", "colur"]
    assert found[0].start == text.index("analyze") and found[0].end == found[0].start + 7
    assert found[1].start == text.index("colur")
    # Qt counts UTF-16 code units: the three astral characters add three
    wide = checker.check_text(text, utf16=True)
    assert [m.start for m in wide] == [m.start + 3 for m in found]
    assert spelling.utf16_offset(text, len(text)) == len(text.encode("utf-16-le")) // 2


def test_welsh_words_do_not_crash_or_flag(checker):
    text = "Gŵyl, Tŷ, ŵyr, dŷ, Llanelli, Aberystwyth, Cymru, Caerdydd, Abertawe, Gwynedd."
    assert checker.check_text(text) == []
    assert checker.suggest("Gŵl") == [] or isinstance(checker.suggest("Gŵl"), list)


def test_unusual_input_does_not_crash(checker):
    for text in ("", " ", "\x00", "a", "\ufffd" * 3, "x" * 200, "é" * 5, "cafe\u0301 naïve",
                 "l'", "'", "-", "--word--", "word-", "ab-", "—", "\u200b\u200dword"):
        checker.check_text(text)
        checker.suggest(text)
    assert checker.check_text("cafe\u0301 naïve") == []  # decomposed accents


def test_personal_words_are_accepted(checker):
    local = SpellChecker().load()
    assert words(local.check_text("Millbruk Friends meet at Tŷ Hapus")) == ["Millbruk"]
    local.set_personal_words(["Millbruk", "zingo"])
    assert local.check_text("Millbruk Friends") == []
    assert local.check_text("Zingo and zingo") == []  # lower-case entries: any case
    assert words(local.check_text("millbruk")) == ["millbruk"]  # names keep their capital
    local.set_personal_words([])
    assert words(local.check_text("Millbruk")) == ["Millbruk"]


def test_personal_dictionary_in_the_workspace(workspace):
    assert spelling.personal_words(workspace) == []
    assert spelling.add_personal_word(workspace, " Millbruk ") == ["Millbruk"]
    assert spelling.add_personal_word(workspace, "zingo") == ["Millbruk", "zingo"]
    assert spelling.add_personal_word(workspace, "zingo") == ["Millbruk", "zingo"]
    assert spelling.remove_personal_word(workspace, "Millbruk") == ["zingo"]
    workspace.set_meta(spelling.PERSONAL_META_KEY, "not json")
    assert spelling.personal_words(workspace) == []
    workspace.set_meta(spelling.PERSONAL_META_KEY, '{"a": 1}')
    assert spelling.personal_words(workspace) == []


def test_words_from_the_organisations_own_profile(workspace):
    workspace.update(Organisation, 1, name="Brookvale Community Hub",
                     area_served="Millbruk and Eastfeld",
                     mission="We serve Glanbrennig and its neighbours. We recieve referrals.")
    add_activity(workspace, title="Cwtchy café", venue="Tregarthwen Hall",
                 description="Run with Gofalon Partners; we recieve everyone.",
                 delivered_by="Ffrindiog volunteers")
    add_evidence(workspace, kind="figure", title="Meals", source="Zedtill records")
    add_bid(workspace, buyer="Sir Fynwyog Council", contract_title="Hwbbe Services")
    found = spelling.workspace_words(workspace)
    for word in ("Brookvale", "Millbruk", "Eastfeld", "Glanbrennig", "Cwtchy", "Tregarthwen",
                 "Gofalon", "Ffrindiog", "Zedtill", "Fynwyog", "Hwbbe"):
        assert word in found, word
    assert "recieve" not in found  # ordinary words of descriptions are not taken

    local = SpellChecker().load()
    text = "Brookvale serves Millbruk and Glanbrennig from Tregarthwen Hall. We recieve."
    assert words(local.check_text(text)) == ["Brookvale", "Millbruk", "Glanbrennig",
                                              "Tregarthwen", "recieve"]
    spelling.add_personal_word(workspace, "zingo")
    local.use_workspace(workspace)
    assert words(local.check_text(text + " zingo")) == ["recieve"]


def test_suggestions_are_lazy_and_cached():
    local = SpellChecker().load()
    local.check_text("We recieve teh colur.")
    assert local._buckets is None and local._common is None  # nothing built for checking
    first = local.suggest("colur")
    assert local.suggest("colur") == first
    first.append("changed")
    assert local.suggest("colur") != first  # callers get their own copy


def test_checking_before_loading_loads(tmp_path):
    local = SpellChecker()
    assert not local.loaded
    assert words(local.check_text("a colr")) == ["colr"]
    assert local.loaded


def test_load_in_a_worker_while_another_thread_checks():
    local = SpellChecker()
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def work(load: bool) -> None:
        try:
            if load:
                local.load()
            for _ in range(20):
                results.append(words(local.check_text("The colur of the centre.")))
                local.suggest("colur")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i == 0,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert results and all(r == ["colur"] for r in results)


def test_replaced_hunspell_files_are_expanded_at_load(tmp_path):
    folder = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARY_DIR, folder)
    dic = folder / "en_GB.dic"
    dic.write_text(dic.read_text(encoding="utf-8") + "zorbling/S\n", encoding="utf-8")
    local = SpellChecker(folder).load()
    assert local.check_text("Two zorblings and one organisation.") == []
    assert words(local.check_text("colur")) == ["colur"]


def test_the_shared_checker():
    assert spelling.shared_checker() is spelling.shared_checker()
    assert words(spelling.check_text("colur")) == ["colur"]
    assert spelling.suggest("colur")[0] == "colour"


def test_bundled_dictionary_files_are_present_with_their_licence():
    for name in ("en_GB.dic", "en_GB.aff", "en_GB-words.txt.gz", "en-common.txt",
                 "en-variants.tsv", "sector-en-GB.txt", "README.md", "LGPL-3.txt"):
        assert (DICTIONARY_DIR / name).is_file(), name
    readme = (DICTIONARY_DIR / "README.md").read_text(encoding="utf-8")
    assert "LGPL" in readme and "Kevin Atkinson" in readme
