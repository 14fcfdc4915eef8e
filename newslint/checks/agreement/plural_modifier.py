"""A plural noun describing the noun after it where English writes the singular (G202):
"tickets sales" (ticket sales), "three keys issues" (key issues), "members states".

A noun that describes another is mostly singular ("ticket sales", "member states"), but not
always ("sports car", "arms race", "savings account", "weapons program"), so the choice is
read from the pair counts (``data/near_words.bin``, 78 million words of openly licensed
English), not from a rule: the singular must stand before the next word at least
``SINGULAR_SEEN`` times and ``ODDS`` times as often as the plural does (plus one). British
copy writes more plurals there ("drugs trade", "games console", "trades union") than the
counts know, so it is left alone.
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import DAY_WORDS
from ..missing_words import TIME_NOUNS
from ..verbs import bases, is_third
from .nouns import noun_number, singular_of, word_set

# Chosen on clean copy (Wikipedia text_AD_wiki_80-99, the AA/AB/AC sample, the dev corpus's
# news: 5.2 million words) before any real-error set was read, by a first reading without
# the British exception: at 20 and 20, 17 findings, 11 of them slips ("tickets sales", "three
# civilians employees", "reducing files sizes", "Gaelic folks songs"); at 10, 19; at 50, 8.
SINGULAR_SEEN = 20
ODDS = 20
# Words after a plural that are no noun it describes ("our lives today").
_NOT_DESCRIBED = TIME_NOUNS | DAY_WORDS
_NOUN_TAGS = ("NN", "NNS")
# A word in "-s" before a word (the folded text: case is checked on the tokens).
_PLURAL_THEN_WORD = re.compile(r"(?<![\w'])[a-z]{2,}s(?= [a-z]+(?![\w'-]))")
_SUBJECT_TAGS = ("NN", "NNP", "NNPS", "PRP")
_OBJECT_TAGS = ("DT", "PRP$", "PRP", "JJ", "JJR", "JJS", "CD", "NNS", "NNP", "NNPS")


def plural_modifiers(vocabulary, tags):
    """(plural token, next token, the plural's singular) for each plural noun that, by the
    counts, describes the next noun where English writes the singular; the tagger is asked
    only where the counts have spoken."""
    from ..confusables.near_words import counts

    table = counts()
    for _, tokens, i in vocabulary.token_hits(_PLURAL_THEN_WORD):
        if i + 1 >= len(tokens):
            continue
        word, after = tokens[i], tokens[i + 1]
        if not (word[3].islower() and after[3].islower()):
            continue
        if after[0] in _NOT_DESCRIBED or "n" not in lx.tags(after[0]):
            continue
        singular = singular_of(word[0])
        if singular is None:
            continue
        singular_seen = table.count(singular, after[0])
        if singular_seen < SINGULAR_SEEN or singular_seen < ODDS * (table.count(word[0], after[0]) + 1):
            continue
        if _read_as_plural_before_noun(tags, tokens, i):
            yield word, after, singular


def _read_as_plural_before_noun(tags, tokens, i: int) -> bool:
    """The tagger reads the plural as a plural noun and the next word as a noun, and neither
    can be read as a verb of its subject: not "the pod reaches/NNS maturity" (a verb in -s
    after a noun), "two shuttles service/NN multiple stores" (a plain verb after a plural,
    before its object), nor a possessive after it ("the fans favourite's")."""
    located = tags.locate(tokens[i][1])
    if located is None:
        return False
    sentence, k = located
    toks = sentence.tokens
    if k + 1 >= len(toks) or toks[k].tag != "NNS" or toks[k + 1].tag not in _NOUN_TAGS:
        return False
    if k + 2 < len(toks) and toks[k + 2].tag == "POS":
        return False
    word = toks[k].text.lower()
    if noun_number(word, "NNS") != "p":
        return False
    if k >= 1 and is_third(word) and toks[k - 1].tag in _SUBJECT_TAGS:
        return False
    if toks[k + 1].text.lower() in bases() and k + 2 < len(toks) and toks[k + 2].tag in _OBJECT_TAGS:
        return False  # "two shuttles service multiple stores": a plural subject and its verb
    return True
