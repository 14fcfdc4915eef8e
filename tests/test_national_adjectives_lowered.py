"""checks/missing_article/frames.py national_adjectives_lowered: the capitalised nationality
adjectives before a noun read as lower-case adjectives, without reading (tagging) the rest of
the sentence."""

from __future__ import annotations

from collections.abc import Sequence

from newslint.checks.missing_article.frames import national_adjectives_lowered


class _CountedTags(Sequence):
    """Tags that remember the furthest index read (a sentence is tagged only as far as read)."""

    def __init__(self, tags):
        self._tags, self.furthest = list(tags), -1

    def __len__(self):
        return len(self._tags)

    def __getitem__(self, index):
        read = range(len(self._tags))[index]
        self.furthest = max([self.furthest, *(read if isinstance(read, range) else [read])])
        return self._tags[index]


WORDS = "Crews raised Nepalese flag over the harbour at noon".split()
TAGS = ["NNS", "VBD", "NNP", "NN", "IN", "DT", "NN", "IN", "NN"]


def test_nationality_before_the_noun_is_lowered():
    words, tags = national_adjectives_lowered(WORDS, TAGS, 3)
    assert words[2] == "nepalese" and tags[2] == "JJ"
    assert list(tags) == ["NNS", "VBD", "JJ", *TAGS[3:]]
    assert tags[-1] == "NN" and tags[1:4] == ["VBD", "JJ", "NN"] and len(tags) == len(TAGS)
    assert WORDS[2] == "Nepalese" and TAGS[2] == "NNP"  # the sentence's own lists are unchanged


def test_a_name_before_the_noun_stays():
    words = "Fans reached Leeds station late".split()
    tags = ["NNS", "VBD", "NNP", "NN", "RB"]
    assert national_adjectives_lowered(words, tags, 3) == (words, tags)


def test_reads_no_tag_past_the_noun():
    tags = _CountedTags(TAGS)
    words, lowered = national_adjectives_lowered(WORDS, tags, 3)
    assert words[2] == "nepalese"
    assert tags.furthest == 2
    assert lowered[3] == "NN" and tags.furthest == 3
