"""What C103 (compounds) and C104 (figures) share: whether a word is a common word, not a name."""

from __future__ import annotations


def _function_word(word: str) -> bool:
    from ...analysis.names import common_words

    return word.lower() in common_words()
