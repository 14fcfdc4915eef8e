"""Apostrophe rules (G102, G103): contractions and possessives written without theirs.

The forms come from data (``data/contractions.tsv`` and ``data/possessives.tsv``, built by
``scripts/build_articles_data.py``): contractions of the CMU Pronouncing Dictionary whose
apostrophe-less spelling is no English word ("dont", "theyre"; never "cant", "wont",
"well", "were", "its", "lets"), and plurals not in -s whose "s" form is no word
("childrens"). The spelling rule (S101) leaves these words to the rules here.

One rule a module: contraction.py (G102), possessive.py (G103); forms.py holds the forms and
the word tests both read.
"""

from .contraction import ContractionWithoutApostrophe
from .forms import contractions, irregular_possessives, owned_words, owns, possessive_of
from .possessive import PossessiveWithoutApostrophe, measure_nouns

__all__ = [
    "ContractionWithoutApostrophe",
    "PossessiveWithoutApostrophe",
    "contractions",
    "irregular_possessives",
    "measure_nouns",
    "owned_words",
    "owns",
    "possessive_of",
]
