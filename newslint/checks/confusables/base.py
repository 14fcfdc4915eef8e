"""What the real-word rules share: a scan of each paragraph's words for the rule's triggers,
its findings, and the evidence pass (``evidence.py``) for the rules that weigh it."""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...rule import Context, Rule
from .evidence import advice_by_evidence, evidence_agrees, with_evidence_docs


def is_word(token) -> bool:
    return token[0][:1].isalpha()


class ContextRule(Rule):
    """Base for the real-word rules: each scans a paragraph's tokens."""

    family = "spelling"
    severity = "warning"
    needs = ("lexicon", "quotes")

    # The lower-case words at which the rule looks; ``at`` reads the context around them.
    # ``pattern``, when a rule sets it, narrows the search further (a word and what follows).
    triggers: frozenset[str] = frozenset()
    pattern: re.Pattern | None = None

    def _pattern(self) -> re.Pattern:
        cls = type(self)
        if cls.pattern is None:
            words = lx.alternation(cls.triggers)
            cls.pattern = re.compile(rf"(?<!\w)(?<!\w')(?:{words})(?![\w'])")
        return cls.pattern

    # True when the rule also decides its confusion sets (``data/confusion_sets.txt``, the
    # sets under its code) by the evidence of the words around them (``evidence.py``).
    evidence: bool = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("evidence") and cls.__doc__:
            cls.__doc__ = with_evidence_docs(cls.__doc__)

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        flagged_at = set()
        for p, tokens, i in vocabulary.token_hits(self._pattern()):
            found = self.at(tokens, i, tokens[i], vocabulary)
            if not found:
                continue
            first, last, wrong, right, why, *severity_given = found
            start, end = tokens[first][1], tokens[last][2]
            written = doc.text[start:end]
            suggestion = lx.recase(right, written)
            flagged_at.update((p, t) for t in range(first, last + 1))
            severity = severity_given[0] if severity_given else self.severity_at(tokens, first, wrong)
            if self.evidence and first == last and not severity_given and (severity or self.severity) == "info":
                # advice by itself; a warning when the evidence of the words around it
                # independently and strongly prefers the same word
                if evidence_agrees(tokens, first, right):
                    severity = "warning"
            yield self.finding(
                doc,
                start,
                end,
                f"\"{written}\" should probably be \"{suggestion}\"{why}.",
                suggestions=[suggestion],
                severity=severity,
            )
        if self.evidence:
            yield from advice_by_evidence(self, doc, vocabulary, flagged_at)

    def evidence_vetoed(self, tokens, i) -> bool:
        """True when the word at ``tokens[i]`` stands in a phrase that the evidence of its
        neighbours misreads, so it gives no advice there."""
        return False

    def severity_at(self, tokens, i, wrong: str) -> str | None:
        """The severity of a finding at ``tokens[i]`` when it is not the rule's own."""
        return None

    def at(self, tokens, i, token, vocabulary=None):  # pragma: no cover - every rule defines it
        """What is wrong at ``tokens[i]``, or None: (first, last token, the word written, the
        word meant, why), and optionally a sixth item, the finding's severity (a finding made
        on the evidence of the words around it alone is advice)."""
        raise NotImplementedError


def next_word(tokens, i):
    return tokens[i + 1] if i + 1 < len(tokens) and is_word(tokens[i + 1]) else None


# The counts were taken from running text only (``build_ngrams.py`` leaves out lines of fewer
# than six words: titles, headings); a paragraph shorter than this, or one that does not end
# as a sentence does, is a headline or a caption, whose grammar drops words ("Millions buy
# MP3 players in US"), and is left alone.
MIN_WORDS = 8
_ENDS = frozenset('.!?"\')”’\'')


def running_text(tokens) -> bool:
    if not tokens or tokens[-1][0] not in _ENDS:
        return False
    words = 0
    for token in tokens:
        if token[0][:1].isalnum():
            words += 1
            if words == MIN_WORDS:
                return True
    return False
