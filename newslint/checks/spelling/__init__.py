"""Spelling rules (S): words that are not words, house-rejected words and doubled words.

S1xx are words that are not words (``reponsible``, S101), words the house has ruled out
(S102), rare words that may be slips (S103) and one word split in two real ones (``with in``,
S104, advice) and two words written as one where grammar wants the two (``to setup``,
S105, advice); S3xx are doubled words (``the the``, S301). The real-word rules (S2xx:
``it's profits``, ``more then``) live in ``checks/confusables/``. The lexicon and the story's own vocabulary
come from the ``lexicon`` analysis; names, acronyms, codes, numbers, handles and the house
vocabulary are never misspellings.
"""
