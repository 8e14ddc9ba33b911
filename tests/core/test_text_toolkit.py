"""The text toolkit: one fold, one stemmer, one vocabulary and one variants table."""

from __future__ import annotations

import gzip

import pytest

from svbidder.core.mapping import matching
from svbidder.core.text import search
from svbidder.core.text.variants import british_form, read_variants, variants
from svbidder.core.text.vocabulary import WordListError, WordLists, word_lists, word_stem
from svbidder.core.text.words import fold, fold_word, stem, tokenize
from svbidder.core.writing.checks.concepts import coverage, key_stems
from svbidder.core.writing.checks.text import Analysis
from svbidder.paths import resources_dir


def _en_gb_words() -> set[str]:
    data = (resources_dir() / "dictionaries" / "en_GB-words.txt.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").split("\n")
    return {line for line in lines[1:] if line and not line.startswith("#")}


# ------------------------------------------------------------------ folding

def test_one_fold_for_search_and_matching():
    assert search.fold is fold
    assert fold("Caffi Ŵyl") == fold("caffi wyl") == "caffi wyl"
    assert fold("Tŷ Hapus – Straße") == "ty hapus - strasse"
    assert fold_word("Well-being’s") == fold_word("wellbeing") == "wellbeing"
    assert [t.folded for t in tokenize("Café, CAFÉ and cafe")] == ["cafe", "cafe", "and", "cafe"]


# ----------------------------------------------------------------- stemming

@pytest.mark.parametrize(("words", "same"), [
    (("volunteering", "volunteers", "volunteered", "volunteer"), True),
    (("organisation", "organization", "organise", "organize"), True),
    (("isolated", "isolation", "isolating"), True),
    (("neighbour", "neighbor"), True),
    (("centre", "center", "centres"), True),
    (("communities", "community"), True),
    (("running", "run"), True),
    (("travelling", "travel"), True),
    (("children", "child"), True),
    (("placement", "place"), False),
    (("business", "busy"), False),
])
def test_stemmer_joins_forms_and_spellings(words, same):
    stems = {stem(w) for w in words}
    assert (len(stems) == 1) is same, {w: stem(w) for w in words}


def test_matching_and_checks_use_the_one_stemmer():
    assert matching.stem is stem and matching.tokenize is tokenize
    assert key_stems("Reduce loneliness among isolated residents") == [
        stem("loneliness"), stem("isolated"), stem("residents")]


# --------------------------------------------------------------- vocabulary

def test_word_lists_are_read_from_resources():
    lists = word_lists()
    assert {"the", "with", "because"} <= lists.stop_words
    assert {"council", "local", "support"} <= set(lists.generic_words)
    assert {"describe", "explain", "robust"} <= lists.question_words
    assert lists.fillers == {"a", "an", "the", "and", "or"}
    # matching's generic words are the shared ones
    vocabulary = matching.load_vocabulary()
    for word in lists.generic_words:
        assert all(vocabulary.is_generic_word(t) for t in tokenize(word)), word


def test_lists_do_not_repeat_words_of_another_list():
    lists = word_lists()
    assert not lists.stop_words & lists.question_words
    assert not lists.stop_words & set(lists.generic_words)


def test_synonyms_link_words_that_mean_much_the_same():
    lists = word_lists()
    assert stem("befriending") in lists.synonyms_of(stem("loneliness"))
    assert stem("recruit") in lists.synonyms_of(stem("employers"))  # starts with "employ"
    assert lists.synonyms_of(stem("zebra")) == frozenset()
    # a phrase counts as one word
    assert word_stem("net zero") in lists.synonyms_of(stem("carbon"))


def test_short_stems_are_not_found_inside_longer_words():
    # "alone" is a synonym of loneliness; "alongside" must not count as it
    answer = Analysis("We work alongside the library.")
    assert not coverage("reduce loneliness", answer).addressed
    assert coverage("reduce loneliness", Analysis("Nobody should feel alone.")).addressed
    assert coverage("apprenticeships", Analysis("We take on two apprentices.")).addressed
    assert coverage("cost of living", Analysis("Help with the cost-of-living crisis.")).addressed


def test_a_broken_word_list_file_is_refused():
    with pytest.raises(WordListError):
        WordLists.from_dict({"stop_words": "the"})
    with pytest.raises(WordListError):
        WordLists.from_dict({"synonyms": [["lonely", 3]]})
    with pytest.raises(WordListError):
        WordLists.from_dict([])


# ----------------------------------------------------------------- variants

def test_variants_table_has_real_words_only():
    """Every British form is an en-GB word; an American form is not, unless it is
    also British (Oxford -ize spellings and preferences such as gray)."""
    words = _en_gb_words()
    table = variants()
    assert len(table) > 2000
    for word, row in table.items():
        assert row.british in words, (word, row.british)
        if row.kind == "american":
            assert word not in words, word
        else:
            assert word in words, (row.kind, word)


def test_british_spelling_check_and_spell_checker_share_the_table():
    from svbidder.core.writing.checks import run_checks
    from svbidder.core.writing.spelling import SpellChecker

    assert british_form("Color").british == "colour"
    assert british_form("organizations").british == "organisations"
    assert british_form("colour") is None
    checker = SpellChecker().load()
    found = {f.message for f in run_checks("The aluminum colored apologizer.")
             if f.rule == "british-spelling"}
    assert any("aluminium" in m for m in found) and any("coloured" in m for m in found)
    # "apologiser" is not an en-GB word, so "apologizer" is not flagged
    assert not any("apologiser" in m for m in found)
    for word in ("aluminum", "colored"):
        assert checker.check_text(word)[0].british == british_form(word).british


def test_read_variants_skips_comments_and_bad_rows(tmp_path):
    path = tmp_path / "v.tsv"
    path.write_text("# kind\tword\tBritish\namerican\tcolor\tcolour\nnonsense\tx\ty\nbad row\n",
                    encoding="utf-8")
    table = read_variants(path)
    assert list(table) == ["color"] and table["color"].kind == "american"
    assert read_variants(tmp_path / "absent.tsv") == {}
