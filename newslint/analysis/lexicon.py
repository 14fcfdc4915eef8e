"""The English lexicon the spelling rules read, and the story's own vocabulary.

One import for the rules (``from ..analysis import lexicon as lx``), gathered from the modules
that do the work:

- ``dictionary``: is it a word, how common, which parts of speech (``is_word``, ``zipf``,
  ``tags``, ``is_plural_noun``, ``adjective_of`` ...), or a rare word (``is_rare_word``);
- ``corrections``: the words a non-word may stand for (``candidates``, ``suggest``,
  ``run_together``, ``distance``, ``recase``);
- ``letter_tree``: ``alternation``, one pattern for a set of words;
- ``vocabulary``: ``doc.analysis("lexicon")`` returns a ``Vocabulary``, what the story itself
  tells about its words (names, people, abbreviations, counts, sentence starts, tokens).
"""

from __future__ import annotations

from .corrections import (  # noqa: F401
    ENDING_BONUS,
    LETTERS,
    RUN_TOGETHER_FILE,
    SPLIT_COST,
    SUGGEST_FLOOR,
    Candidate,
    any_word_within_two,
    candidates,
    distance,
    edits1,
    recase,
    run_together,
    run_together_forms,
    suggest,
)
from .dictionary import (  # noqa: F401
    APOSTROPHES,
    DATA,
    POS_FILE,
    WORDS_FILE,
    _bands,
    _pos,
    adjective_of,
    is_noun_only,
    is_plural_noun,
    is_rare_word,
    is_singular_noun,
    is_word,
    load,
    specialist_tags,
    table_zipf,
    tags,
    words,
    zipf,
)
from .letter_tree import alternation  # noqa: F401
from .vocabulary import _TOKEN, Vocabulary, _initials_fit  # noqa: F401


def analyse(doc) -> Vocabulary:
    return Vocabulary(doc)
