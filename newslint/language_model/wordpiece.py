"""BERT's uncased word pieces: a word, in small letters and without accents, split greedily
into the longest pieces the vocabulary holds ("unaffable" -> "una", "##ffa", "##ble")."""

from __future__ import annotations

import unicodedata
from pathlib import Path

UNKNOWN = "[UNK]"
MAX_WORD = 100


class WordPieces:
    def __init__(self, vocab_file: Path):
        words = vocab_file.read_text(encoding="utf-8").splitlines()
        self.ids = {word: i for i, word in enumerate(words)}
        self.words = words

    def id(self, piece: str) -> int:
        return self.ids.get(piece, self.ids[UNKNOWN])

    @staticmethod
    def normal(word: str) -> str:
        """The word as the uncased model reads it: small letters, accents dropped."""
        decomposed = unicodedata.normalize("NFD", word.lower())
        return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")

    def pieces(self, word: str) -> list[int]:
        """The ids of one word's pieces (a word without spaces or marks of punctuation)."""
        word = self.normal(word)
        if not word or len(word) > MAX_WORD:
            return [self.ids[UNKNOWN]]
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    out.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.ids[UNKNOWN]]
            start = end
        return out
