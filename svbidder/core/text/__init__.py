"""Text tools every part shares, so search, suggestions, checks and spelling agree.

* :mod:`.clean` — making text safe to store;
* :mod:`.words` — folding, tokenising and stemming (one of each);
* :mod:`.search` — forgiving search boxes;
* :mod:`.vocabulary` — the shared word lists (stop words, generic council words,
  tender instruction words, synonyms) from ``resources/text/words.json``;
* :mod:`.variants` — the one American→British spelling table.
"""
