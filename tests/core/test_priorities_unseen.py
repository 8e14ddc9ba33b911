"""The unseen-text measure of the priorities importer (benchmarks/priorities_unseen.py):
it finds each corpus round, the commit its documents were first measured at and the
tuning documents it added, and scores an old importer's tree by today's rule."""

from benchmarks.priorities_quality import score
from benchmarks.priorities_unseen import Figures, parse_rounds, result_from

LOG = (
    "\x00Priorities corpus round 71: 28 more real published texts. First measured at "
    "46a211d, before any tuning: tuning 62/73 = 0.85\n\n"
    "tests/data/priorities_corpus/frozen/a-frozen-page/labels.json\n"
    "tests/data/priorities_corpus/frozen/a-frozen-page/source.txt\n"
    "tests/data/priorities_corpus/tune/a-council-plan/labels.json\n"
    "tests/data/priorities_corpus/tune/a-council-plan/source.txt\n"
    "tests/data/priorities_corpus/README.md\n"
    "\x00Priorities corpus round 70: 36 more\n\nmeasured at 55b75d7 before any tuning\n\n"
    "tests/data/priorities_corpus/tune/a-housing-strategy/labels.json\n"
    "\x00Priorities corpus round 3: labelled, never measured\n\n"
    "tests/data/priorities_corpus/tune/an-early-page/labels.json\n"
    "\x00Corpus round 43: all of it frozen; first measured at e88ebdc\n\n"
    "tests/data/priorities_corpus/frozen/a-scottish-plan/labels.json\n"
    "\x00Corpus round 42: 13 more; first measured at 526d267: tuning 0.81\n\n"
    "tests/data/priorities_corpus/tune/a-district-plan/labels.json\n"
    "\x00Import preview: measured at 1234567 in a message that is not a round\n"
)


def test_rounds_are_read_from_the_log_oldest_first_with_their_tuning_documents_only():
    # (a round with no tuning document is left out: there is nothing it may read)
    rounds = parse_rounds(LOG)
    assert [(r.number, r.measured_at, r.documents) for r in rounds] == [
        (42, "526d267", ["a-district-plan"]),  # (the older subject; 43 is all frozen)
        (70, "55b75d7", ["a-housing-strategy"]),
        (71, "46a211d", ["a-council-plan"]),  # never the frozen half's
    ]


def test_an_old_importers_tree_is_scored_by_todays_rule():
    labels = {"expected": [{"title": "Good jobs", "outcomes": []},
                           {"title": "Green places", "outcomes": []}],
              "not_priorities": ["Contact us on 01234 567890"]}
    data = {"warnings": [], "themes": [
        {"title": "Our priorities", "outcomes": ["Good jobs", "Contact us on 01234 567890"]}]}
    figures = score(result_from(data), labels)
    assert (figures.found, figures.expected, figures.prose_taken) == (
        1, 2, ["Contact us on 01234 567890"])


def test_figures_say_the_share_found_and_prose_per_six_documents():
    figures = Figures()
    figures.add(3, 4, 1)
    figures.add(5, 6, 2)
    assert (figures.documents, figures.found, figures.expected, figures.prose) == (2, 8, 10, 3)
    assert "0.80" in figures.line() and "9.00 per 6 documents" in figures.line()
    total = Figures()
    total.absorb(figures)
    total.absorb(figures)
    assert (total.documents, total.found, total.expected, total.prose) == (4, 16, 20, 6)
