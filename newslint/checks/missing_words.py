"""What the missing-word rules share: the reading of a noun phrase, the prepositions and
determiners, headline-style paragraphs, the tagged tokens at an offset.

The rules are one to a module: G303 ``missing_article/``, G304 ``missing_preposition.py``,
G305 ``missing_to.py``, G306 ``missing_verb.py``, G307 ``superlative_without_the.py``, G308
``ordinal_without_the.py``, G310 ``missing_be.py``, G311 ``missing_subject.py``, G312
``missing_infinitive_to.py``. G313 and G314 (``slips/``) weigh any short function word
dropped or left in by counts of word pairs and triples, and give way to these rules.

The reading of a noun phrase after a preposition (``noun_phrase``, ``counted_after``) is
shared with G303 (``missing_article/``) and with ``scripts/build_missing_words_data.py``,
which counts the same phrases in openly licensed text.
"""

from __future__ import annotations

from functools import lru_cache

from ..datafiles import data_words
from ..english import ARTICLES, DEMONSTRATIVES, POSSESSIVES, word_set

_MODIFIER_TAGS = frozenset(("JJ", "JJR", "JJS", "NN", "VBN", "VBG", "HYPH"))
_ADJECTIVE_TAGS = frozenset(("JJ", "JJR", "JJS", "VBN", "VBG"))
_DETERMINER_TAGS = frozenset(("DT", "PRP$", "WDT", "WP$", "PDT", "CD", "POS"))
# tags of the word before an -ing form that make it a verb with its object ("about creating
# jobs", "is creating jobs"), not an adjective ("a growing economy", "fast growing economy")
_VERB_BEFORE_TAGS = frozenset(("IN", "TO", "VB", "VBD", "VBZ", "VBP", "VBN", "MD", ",", "CC"))
_HEAD_FOLLOWERS = frozenset(("NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD", "FW"))
DETERMINER_WORDS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | word_set(
    "no every each any some another such what whose either neither which enough much many more"
    " most less few half both all one last next several various numerous"
)
# "last" and "next" determine a noun of time on their own ("next week", "for last year"), and
# are adjectives that take an article before any other noun ("in the next round"), "day"
# included ("on the last day").
DEICTIC = frozenset(("last", "next"))
TIME_NOUNS = frozenset(
    "time night morning afternoon evening week weekend fortnight month year season term"
    " quarter semester decade century summer winter spring autumn fall".split()
)


def determines(word: str, noun: str) -> bool:
    """Does ``word`` (lower case) determine a noun phrase whose head is ``noun``?"""
    if word in DEICTIC:
        return noun.lower() in TIME_NOUNS
    return word in DETERMINER_WORDS


def noun_phrase(words: list[str], tags: list[str], k: int):
    """Read the noun phrase whose head is the singular noun at ``k``.

    Returns None when ``k`` is not the head of a common-noun phrase (another noun, a
    possessive or a number follows it; a name or a letter is part of it); else
    ``(start, determined, before)``: the index of the phrase's first word (its determiner,
    if any), whether a determiner, possessive or number opens it, and the index of the word
    before the phrase (-1 at the start of the sentence)."""
    if tags[k] != "NN" or not words[k].isalpha() or not words[k].islower():
        return None
    if k + 1 < len(words) and (tags[k + 1] in _HEAD_FOLLOWERS or words[k + 1] in ("'s", "’s")):
        return None
    m = k + 1
    while m < len(words) and m <= k + 3 and tags[m] in _ADJECTIVE_TAGS:
        m += 1
    if m > k + 1 and m < len(words) and tags[m] in ("NN", "NNS", "NNP", "NNPS"):
        return None  # "on core public services": a noun that describes a later one
    j = k - 1
    while j >= 0:
        tag = tags[j]
        if tag == "VBG" and (j == 0 or tags[j - 1] in _VERB_BEFORE_TAGS) and not _joined_to_adjective(words, tags, j):
            break  # "about creating warm atmosphere": a verb and its object, not an adjective
        if tag == "VBG" and j > 0 and tags[j - 1] in ("NN", "NNS") and tags[j + 1] in ("JJ", "JJR"):
            break  # "light creating warm atmosphere": after a noun and before an adjective, a verb
        if words[j].lower() in DETERMINER_WORDS and words[j].lower() not in DEICTIC:
            break  # "several", "various": counting words the tagger reads as adjectives
        if tag in _MODIFIER_TAGS:
            if not words[j][:1].islower() and tag != "HYPH":
                return None  # "of TV series", "on Bhutanese clock": a name in the phrase
            j -= 1
            continue
        if tag in ("RB", "RBS", "RBR") and j + 1 < k and tags[j + 1] in _ADJECTIVE_TAGS:
            j -= 1  # "a highly skilled worker"
            continue
        if words[j] in (",", "and", "or") and j > 0 and tags[j - 1] in _ADJECTIVE_TAGS and tags[j + 1] in _ADJECTIVE_TAGS:
            j -= 1  # "warm, welcoming atmosphere"
            continue
        if tag in ("NNP", "NNPS"):
            return None
        break
    determined = j >= 0 and (tags[j] in _DETERMINER_TAGS or determines(words[j].lower(), words[k]))
    if not determined and j + 1 < k and words[j + 1].lower() in DEICTIC and words[k] in TIME_NOUNS:
        j, determined = j + 1, True  # "for next year": tagged an adjective, a determiner here
    if determined:
        # the phrase opens with its determiner ("all the", "such a": one or two words)
        j -= 1
        if j >= 0 and (tags[j] == "PDT" or words[j].lower() in DETERMINER_WORDS):
            j -= 1
    return j + 1, determined, j


def _joined_to_adjective(words: list[str], tags: list[str], j: int) -> bool:
    """The -ing form at ``j`` follows an adjective and a comma or "and": one of two describing
    words ("warm, welcoming atmosphere"), not a verb."""
    return j >= 2 and words[j - 1] in (",", "and", "or") and tags[j - 2] in ("JJ", "JJR", "JJS")


# "a kind of flag", "some sort of mechanism": the noun after these and "of" is bare by rule.
_KIND_NOUNS = frozenset("kind kinds sort sorts type types manner variety form".split())


@lru_cache(maxsize=1)
def counted_prepositions() -> frozenset[str]:
    """The prepositions after which the nouns were counted ("of", "in", "despite"; not "per",
    "than", "like", "by", "via"), from data/counted_prepositions.txt; the build script reads
    the same set."""
    return data_words("counted_prepositions.txt")


def counted_after(words: list[str], before: int, k: int) -> bool:
    """Is the word at ``before`` a preposition after which the noun at ``k`` is read: not
    "kind of", not a doubled noun ("door to door", "day by day", "side by side")."""
    prep = words[before].lower()
    if prep not in counted_prepositions():
        return False
    if prep == "of" and before > 0 and words[before - 1].lower() in _KIND_NOUNS:
        return False
    noun = words[k]
    if before > 0 and words[before - 1].lower() == noun:
        return False
    if k + 2 < len(words) and words[k + 2].lower() == noun and words[k + 1].lower() in counted_prepositions():
        return False
    return True


_SKIPPED_KINDS = ("heading", "table", "list_item", "caption")


def headline_style(doc, paragraph) -> bool:
    """A heading, table, list item or caption, or a headline without a full stop: text
    written in headline style, which drops articles and "is"."""
    if paragraph.kind in _SKIPPED_KINDS:
        return True
    if paragraph.kind != "headline":
        return False
    # its last character but white space, read in place: a copy of the paragraph for each
    # word asked about was quadratic on a one-line draft (all of it a "headline")
    text, end = doc.text, paragraph.end
    while end > paragraph.start and text[end - 1].isspace():
        end -= 1
    return end > paragraph.start and text[end - 1] not in ".!?\"”"


def tokens_at(doc, start: int):
    """(tagged tokens of the sentence, index of the token starting at ``start``) or None."""
    found = doc.analysis("tags").locate(start)
    if found is None:
        return None
    sentence, i = found
    if sentence.tokens[i].start != start:
        return None
    return sentence.tokens, i
