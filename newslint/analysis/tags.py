"""Part-of-speech tags of the story's sentences, for rules that need grammar.

``doc.analysis("tags")`` returns a ``Tags`` view. Every sentence of the document
(``doc.sentences``, read from ``doc.prose``, so code, HTML and front matter are never tagged)
is split into tokens the way the treebank does (``newslint.tagger.tokenize``: punctuation and
clitics apart, "did" "n't", "Smith" "'s"; numbers, abbreviations and hyphenated words whole)
and tagged with Penn Treebank tags (``newslint.tagger``)::

    tags = doc.analysis("tags")
    for sentence in tags.sentences:          # TaggedSentence, in document order
        for token in sentence.tokens:        # TaggedToken(start, end, text, tag, upos)
            if token.tag == "NNS": ...
    tags.sentence_at(offset)                 # the TaggedSentence holding an offset, or None
    tags.token_at(offset)                    # the TaggedToken covering an offset, or None
    tags.locate(offset)                      # (sentence, index of the token), or None
    tags.tagged_word(start, end)             # the same, only if that token ends at end too
    tags.position(offset)                    # the same without tagging: index into sentence.plain

``start`` and ``end`` are offsets into ``doc.text``; ``text`` is ``doc.text[start:end]``
(curly apostrophes as written); ``upos`` is the universal tag (NOUN, PROPN, VERB, AUX, ADP,
SCONJ …), approximate, from the word and its Penn tag. ``TaggedSentence`` also has ``start``, ``end``, ``words``
(the token texts) and ``tags`` (the tags), and ``sentence.tokens[i - 1]`` is the token before.

Tagging is lazy: a sentence is tokenized and tagged the first time its ``tokens`` are read,
left to right and only as far as they are read (a word's tag depends on the words and on the
tags before it, never after; ``sentence.plain`` gives the same tokens untagged),
and the model loads on the first sentence tagged; a rule that looks only at sentences holding
a candidate pays only for those. Tags worth knowing: NN singular noun, NNS plural noun,
NNP/NNPS proper noun, VB base verb, VBD past tense, VBN past participle, VBG -ing form,
VBZ "has/is/goes", VBP "have/are/go", MD modal, CD number, DT determiner, IN preposition,
JJ adjective, RB adverb, PRP pronoun, POS possessive "'s". About 95% of tokens are right on
web text; rules should treat a tag as evidence, not proof.

Around an error, tags are less reliable: the tagger learnt from mostly correct text and reads
words in context, so it may tag an error as whatever fits ("a government lead by the army"
tags "lead" NN, not the VBN that was meant). Check the word itself (is "became" a past-tense
form?) and use the tags for the frame around it ("has" is VBZ, the subject's head is a
singular noun). Headlines in title case tag worse than running copy
(``doc.paragraph_at(sentence.start).kind`` tells them apart).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from ..packed import PackedRows, offsets


class TaggedToken(NamedTuple):  # a tuple: made in half the time of a dataclass
    start: int
    end: int
    text: str
    tag: str  # Penn Treebank tag
    upos: str  # universal tag (NOUN, VERB, AUX …), from the word and its Penn tag


class TaggedSentence:
    """One sentence: its span and, on first use, its tagged tokens.

    A draft has thousands of sentences, most never tokenized: a sentence keeps its parts in
    slots, not a dictionary (a 1 MB draft's 8,000 sentences: 2.8 MB -> 0.8 MB)."""

    __slots__ = ("start", "end", "_text", "_word_copies", "_plain", "_tokens", "_token_starts")

    def __init__(self, text: str, start: int, end: int, word_copies: dict[str, str] | None = None):
        self.start = start
        self.end = end
        self._text = text
        self._word_copies = word_copies  # a large draft's one copy of each text (Document.word_copies)
        self._plain = self._tokens = self._token_starts = None

    @property
    def plain(self) -> Sequence:
        """The sentence's tokens (``tagger.Token``: start, end, text) before any tagging: the
        same tokens as ``tokens``, for a rule that can rule a sentence out from its words
        alone before it pays for the tags. A list, or in a large draft (``word_copies``)
        the same rows packed (``PackedRows``)."""
        if self._plain is None:
            self._plain = self._tokenize()
        return self._plain

    def _tokenize(self) -> Sequence:
        # imported on the first sentence read, not with the analysis
        from .. import tagger

        tokens = tagger.tokenize(self._text, self.start, self.end)
        copies = self._word_copies
        if copies is None:
            return tokens
        one_copy = copies.setdefault
        return PackedRows(
            tagger.Token,
            offsets(t[0] for t in tokens),
            offsets(t[1] for t in tokens),
            [one_copy(text, text) for _, _, text in tokens],
        )

    @property
    def tokens(self) -> Sequence[TaggedToken]:
        """The tagged tokens, a sequence tagged left to right only as far as it is read."""
        if self._tokens is None:
            self._tokens = _TaggedTokens(self.plain)
        return self._tokens

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.plain]

    @property
    def tags(self) -> list[str]:
        return [t.tag for t in self.tokens]

    def index_at(self, offset: int) -> int | None:
        """The index of the token covering ``offset``, or None (white space, outside)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.plain[i].end:
            return i
        return None

    @property
    def _starts(self) -> Sequence[int]:
        """Where each token starts."""
        if self._token_starts is None:
            plain = self.plain
            self._token_starts = plain.columns[0] if isinstance(plain, PackedRows) else [t.start for t in plain]
        return self._token_starts

    def __repr__(self) -> str:
        return f"TaggedSentence({self.start}, {self.end})"


class _TaggedTokens(Sequence):
    """A sentence's tagged tokens, tagged on first read and only as far as read: a word's tag
    depends on the words and the tags before it, never after (``tagger.Model.tag_iter``), so
    a rule that looks at the subject before a verb does not pay for the rest of the sentence.
    Reads as a list does (indexes, negative ones, slices, ``len``, iteration); slices are lists."""

    def __init__(self, plain):
        self._plain = plain
        # The tags and universal tags of the tokens tagged so far; a token is made when read
        # (few are: a 1 MB draft's rules read 23,000), not kept (1 MB draft: 3.5 MB kept).
        self._done: list[str] = []
        self._done_upos: list[str] = []
        self._tags = None
        self._upos = None

    def __len__(self) -> int:
        return len(self._plain)

    def _through(self, stop: int) -> None:
        """Tag the tokens before ``stop``."""
        done = self._done
        if len(done) >= stop:
            return
        if self._tags is None:
            # imported once a sentence, not on every read (an import statement costs a microsecond)
            from .. import tagger

            self._tags = tagger.tag_iter([t.text for t in self._plain])
            self._upos = tagger.upos
        upos, done_upos = self._upos, self._done_upos
        for t, tag in zip(self._plain[len(done) : stop], self._tags):
            done.append(tag)
            done_upos.append(upos(t.text, tag))
        if len(done) == len(self._plain):
            # all tagged: the suspended tagger and its copy of the words are let go (a large
            # draft keeps thousands of sentences read to the end)
            self._tags = iter(())

    def _token(self, index: int) -> TaggedToken:
        start, end, text = self._plain[index]
        return tuple.__new__(TaggedToken, (start, end, text, self._done[index], self._done_upos[index]))

    def __getitem__(self, index):
        if isinstance(index, slice):
            indexes = range(*index.indices(len(self._plain)))
            if indexes:
                self._through(max(indexes[0], indexes[-1]) + 1)
            return [self._token(i) for i in indexes]
        if index < 0:
            index += len(self._plain)
        if not 0 <= index < len(self._plain):
            raise IndexError("token index out of range")
        self._through(index + 1)
        return self._token(index)

    def __iter__(self):
        for i in range(len(self._plain)):
            self._through(i + 1)
            yield self._token(i)

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (list, tuple, Sequence)) else NotImplemented

    def __repr__(self) -> str:
        return repr(list(self))

    @property
    def texts(self) -> list[str]:
        """The tokens' texts, read without tagging."""
        return [t.text for t in self._plain]

    @property
    def tags(self) -> Sequence[str]:
        """The tokens' tags, a sequence tagged only as far as it is read, as the tokens are
        (indexes, negative ones, slices, ``len``, iteration; slices are lists)."""
        return _Tags(self)


class _Tags(Sequence):
    """The tags of a sentence's ``_TaggedTokens``, read through them (see ``tags``)."""

    def __init__(self, tokens: _TaggedTokens):
        self._tokens = tokens

    def __len__(self) -> int:
        return len(self._tokens)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [t.tag for t in self._tokens[index]]
        return self._tokens[index].tag

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (list, tuple, Sequence)) else NotImplemented

    def __repr__(self) -> str:
        return repr(list(self))


class Tags:
    def __init__(self, doc):
        copies = doc.word_copies
        self.sentences = [TaggedSentence(doc.prose, s.start, s.end, copies) for s in doc.sentences]
        self._starts = [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> TaggedSentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def locate(self, offset: int) -> tuple[TaggedSentence, int] | None:
        sentence = self.sentence_at(offset)
        if sentence is None:
            return None
        i = sentence.index_at(offset)
        return None if i is None else (sentence, i)

    def tagged_word(self, start: int, end: int) -> tuple[TaggedSentence, int] | None:
        """(sentence, index) of the tagged token at ``start`` when it also ends at ``end``: the
        tagger read the lexicon's word ``start..end`` as one token. None otherwise."""
        found = self.locate(start)
        if found is None or found[0].tokens[found[1]].end != end:
            return None
        return found

    def position(self, offset: int):
        """(sentence, index of the token) covering ``offset``, like ``locate``, from the
        sentence's ``plain`` tokens: nothing is tagged yet. None in white space or outside."""
        return self.locate(offset)  # (which tags nothing either)

    def token_at(self, offset: int) -> TaggedToken | None:
        found = self.locate(offset)
        return None if found is None else found[0].tokens[found[1]]


def analyse(doc) -> Tags:
    return Tags(doc)
