"""G303: a singular count noun with no article after a preposition ("As way to start").

"As way to start", "with plentiful supply of grass": a noun like "way" or "supply" is hardly
ever written without a determiner in the singular, where "by car", "at school", "in
hospital" or "as chairman" are. Which nouns are which is measured, not listed by hand:
``scripts/build_missing_words_data.py`` tags openly licensed text (Universal Dependencies
English treebanks, Wikipedia articles of WikiText, Project Gutenberg books, State of the Union
addresses), finds every noun phrase with a singular noun at its head right after a
preposition (``missing_words.noun_phrase``, the same reading this rule makes of a draft) and
keeps the nouns that are almost never bare there (``newslint/data/determined_nouns.txt``);
a scan of 76 million words of English Wikipedia for "preposition (determiner) noun" adds the
common nouns the tagged text is too small to know ("in a statement", "for the team").

One job a module: rule.py (the rule), readings.py (its four readings of a tagged sentence),
frames.py (the frames of a tagged sentence they test), looks.py (the cheap looks before
tagging), measured.py (the measured word lists). learned.py is G316, off by default: the
same slips (and G315's) judged by a learned article model (``newslint/article_model.py``). The names scripts and tests import are
re-exported here.
"""

from .frames import after_be, national_adjectives_lowered, object_with_adjective
from .measured import (
    bare_noun_contexts,
    determined_adjectives,
    determined_complements,
    determined_nouns,
    determined_objects,
)
from .rule import MissingArticle

__all__ = [
    "MissingArticle", "after_be", "bare_noun_contexts", "determined_adjectives",
    "determined_complements", "determined_nouns", "determined_objects", "national_adjectives_lowered",
    "object_with_adjective",
]
