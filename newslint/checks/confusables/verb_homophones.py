"""S213: a word said like a verb, written where the clause wants that verb ("could not here
what he said", "she through the ball")."""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_lines
from ...english import BE_FORMS
from ...rule import Context, Rule, accepted, flagged
from ..missing_words import headline_style, tokens_at
from ..verbs import bases, is_third, pasts

_MODAL = r"can|could|will|would|shall|should|may|might|must|cannot|[a-z]+'ll"
_NEGATED = r"(?:can|could|would|should|might|must|do|does|did|ca|wo|sha)n't|(?:do|does|did)[ \t]+not"
_SUBJECTS = "i|he|she|we|they"
# What may open a verb's object or complement: after a word that is a preposition or an
# adverb as well ("by", "here", "no", "through"), only these tell the verb from the word.
OBJECT_STARTS = frozenset(
    "the a an this that these those my your his her its our their some any every each all both"
    " him them me us it you what why how whether if another".split()
)
# Words that end the clause in which the verb of the slot would stand, or open another
# within it ("I don't no why the plant closed": "closed" is the verb of "why").
_CLAUSE_ENDS = frozenset(
    "and but or nor that which who whom whose what why how because if when while where"
    " although though since unless until so as than whether".split()
)
_NO_CLAUSE_OF_ITS_OWN = frozenset("than as and or nor".split())
_AUXILIARIES = frozenset("am is are was were be been has have had do does did".split())
_VERB_TAGS = ("VB", "VBP", "VBZ", "VBD", "MD")
_SUBJECT_TAGS = ("PRP", "NN", "NNS", "NNP", "NNPS", "WP", "WDT", "EX", "CD")


def _verb_pairs(name: str) -> dict[str, tuple[str, ...]]:
    """word -> its verbs, from a data file of a word, a tab and a verb a line."""
    found: dict[str, list[str]] = {}
    for line in data_lines(name):
        word, verb = line.split("\t")
        found.setdefault(word, []).append(verb)
    return {word: tuple(verbs) for word, verbs in found.items()}


@lru_cache(maxsize=1)
def homophones() -> dict[str, tuple[str, ...]]:
    """word that is no verb -> the verbs said as it is (``data/verb_homophones.txt``)."""
    return _verb_pairs("verb_homophones.txt")


@lru_cache(maxsize=1)
def spellings() -> dict[str, tuple[str, ...]]:
    """word that is no verb -> the verb spelled one step from it (``data/verb_spellings.txt``:
    "breath" -> "breathe", "advice" -> "advise"), read in the plain form's slot only."""
    return _verb_pairs("verb_spellings.txt")


def _verbs_for(word: str) -> tuple[str, ...]:
    return homophones().get(word, ()) + spellings().get(word, ())


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = lx.alternation(frozenset(homophones()) | frozenset(spellings()))
    after_auxiliary = re.compile(
        rf"(?<![\w'’-])(?:(?:{_MODAL})(?:[ \t]+not|[ \t]+never)?|{_NEGATED}|to)[ \t]+({words})(?![\w'’-])"
    )
    heard = lx.alternation(frozenset(homophones()))
    after_subject = re.compile(rf"(?<![\w'’-])(?:{_SUBJECTS})[ \t]+({heard})(?![\w'’-])")
    return after_auxiliary, after_subject


class VerbHomophone(Rule):
    """A word said like a verb, written where the clause wants that verb.

    *What it flags*: a word that can be no verb (by the lexicon), written where only a verb
    fits, when a verb is said the same way (the CMU Pronouncing Dictionary,
    ``data/verb_homophones.txt``): straight after a modal or a negated "do" ("could not here
    what he said", "I don't no why", "you should by a new one"), after the "to" of a verb
    ("wanted to by a car"), where that verb's plain form is wanted (there a word spelled one
    step from a verb is read too, ``data/verb_spellings.txt``: "could not breath", "can
    belief"); and straight after "I",
    "he", "she", "we" or "they" opening a clause, before the verb's object ("she through the
    ball", "he one the race", "I new that"), where a past (or a present that agrees) is
    wanted. The verb must be at most 1.5 Zipf rarer than the word written ("in"/"inn" and
    "not"/"knot" are no slips of sound).

    *Why it matters*: a spell checker passes a word said like the one meant; the sentence
    is left without its verb.

    *Flagged*: "She said she could not here the alarm."

    *Preferred*: "She said she could not hear the alarm."

    *Options*: none; switch the rule off or re-grade it with ``S213`` in the configuration.

    *Known limits*: a verb must be missing from the clause: where a verb follows later
    ("will by the end of May have paid", "they through the years became"), the word is read
    as written, and so is a word that may be a preposition or an adverb unless what follows
    it opens an object ("the", "him", "what": not "can no longer", "did not by itself");
    comparisons ("than it would by hand"), questions ("Can sea levels rise?") and
    headlines are left alone, and a word the lexicon takes for a verb too ("right",
    "weight") is not read. Direct quotations are checked.
    """

    code = "S213"
    name = "verb-homophone"
    family = "spelling"
    severity = "warning"
    needs = ("lexicon", "tags")
    gives_way_to = ("S201", "S202", "S203", "S205", "G201", "G306", "G310")
    examples = (
        accepted(""),
        accepted("She said she could not hear the alarm."),
        flagged("She said she could not here the alarm.", "here"),
        flagged("Residents say they don't no why the plant closed.", "no"),
        flagged("He wants to by a house near the coast, Zoë Müller said.", "by"),
        flagged("Witnesses said she through the ball at the referee.", "through"),
        flagged("“I new that it was wrong,” said José Álvarez.", "new"),
        accepted("He can no longer work, and the rule does not by itself settle it."),
        accepted("Prices rose faster than they would by the end of a normal year."),
        accepted("The firm will by the end of May have paid the debt."),
        accepted("Can sea levels rise this fast? The deal was agreed to by the board."),
        accepted("Through the years they through their efforts became known. Said he through the door."),
        accepted("So paralyzed were we by fear that we stayed, taller than he by far."),
        accepted("She went to the beach and he to the sea."),
        flagged("He said he could not breath, and we can belief it.", "breath", "belief"),
        accepted("He said he could not breathe. Can breath be held long? They will, breath held, wait. It came to life."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        after_auxiliary, after_subject = _patterns()
        for pattern, slot in ((after_auxiliary, self._plain_form), (after_subject, self._finite_form)):
            for _, match in vocabulary.matches(pattern):
                start, end = match.start(1), match.end(1)
                word = match.group(1)
                if doc.text[start:end] != word:
                    continue  # a capitalised word: a name, a title
                found = tokens_at(doc, start)
                if found is None or found[1] == 0:
                    continue
                tokens, i = found
                paragraph = doc.paragraph_at(start)
                if paragraph is None or headline_style(doc, paragraph):
                    continue
                verb = slot(tokens, i, word)
                if verb is None or not self._verb_missing(tokens, i, word):
                    continue
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"\"{word}\" stands where a verb belongs: \"{verb}\" was probably meant.",
                    suggestions=[verb],
                )

    @staticmethod
    def _plain_form(tokens, i: int, word: str) -> str | None:
        """The verb's plain form after a modal, a negated "do" or the "to" of a verb."""
        verbs = [v for v in _verbs_for(word) if v in bases()]
        if not verbs:
            return None
        j = i - 1
        before = tokens[j].text.lower()
        if before == "to":
            if j == 0 or tokens[j - 1].tag not in ("VB", "VBP", "VBZ", "VBG"):
                return None  # "next to no", "(usually) referred to by": "to" of a place or a passive
            if not set(lx.tags(word)) & {"r", "p"}:
                return None  # "put to sea", "leads to cell death": a noun after "to" is its object
            if any(t.text.lower() in BE_FORMS for t in tokens[max(0, j - 4) : j - 1]):
                return None  # "was agreed to by the board": a passive's preposition
            subject = None
        else:
            if before in ("not", "never", "n't"):
                j -= 1
            if tokens[j].tag != "MD" and tokens[j].text.lower() not in ("do", "does", "did", "ca", "wo", "sha"):
                return None  # "the will of", "a can of": no modal
            subject = j - 1
            if subject < 0 or tokens[subject].tag not in _SUBJECT_TAGS:
                return None  # "Can sea levels rise?", "Why can't": a question's verb comes later
            if any(t.text.lower() in ("than", "as") for t in tokens[max(0, subject - 3) : subject + 1]):
                return None  # "than it would by hand": the verb is left out of a comparison
        return verbs[0]

    @staticmethod
    def _finite_form(tokens, i: int, word: str) -> str | None:
        """The verb's past, or a present that agrees, after a subject pronoun opening a clause."""
        pronoun = tokens[i - 1].text.lower()
        if pronoun == "i" and i >= 2 and tokens[i - 2].text[:1].isupper():
            return None  # "Edward I by his second wife", "World War I when": a numeral
        if i >= 2 and (
            tokens[i - 2].text.lower() in _NO_CLAUSE_OF_ITS_OWN
            or tokens[i - 2].tag.startswith(("VB", "MD")) and (i == 2 or tokens[i - 2].text.lower() in _AUXILIARIES)
        ):
            return None  # "taller than he", "and he to the sea", "were we by", "Said he": no verb of its own
        for verb in homophones()[word]:
            if verb in pasts():
                return verb
            if pronoun in ("he", "she") and is_third(verb) or pronoun not in ("he", "she") and verb in bases():
                return verb
        return None

    @staticmethod
    def _verb_missing(tokens, i: int, word: str) -> bool:
        """No verb of the slot's clause follows, and what follows may be the verb's object."""
        if i + 1 >= len(tokens):
            return False
        if tokens[i + 1].text.lower() not in OBJECT_STARTS and (word not in spellings() or set(lx.tags(word)) & {"r", "p"}):
            # "can no longer", "did not by itself", "he one day", "the I chord": unless an
            # object follows, only a spelled-near noun after a modal ("could not breath.")
            return False
        if tokens[i + 1].tag in ("NN", "NNS") and tokens[i].tag in ("NN", "NNS", "JJ"):
            return False  # "should peace efforts fail": the word opens the clause's subject
        for k in range(i + 1, len(tokens)):
            text, tag = tokens[k].text.lower(), tokens[k].tag
            if text in _CLAUSE_ENDS and not (text == "that" and tag == "DT") or tag in (".", ",", ":"):
                break
            if tokens[k - 1].text.lower() == "to":
                continue
            if tag in _VERB_TAGS or _may_be_the_verb(text, tokens[k - 1].tag):
                return False  # "will by the end of May have paid", "can by a majority vote"
        return True


def _may_be_the_verb(word: str, tag_before: str) -> bool:
    """A verb's plain form that the tagger may have read as a noun after a phrase ("can by a
    two-thirds majority vote", "will by a small margin fall short"); not after a determiner
    or an adjective, where it is a noun ("to buy a house"), and not a word that is an adverb
    or a preposition too ("near")."""
    if tag_before in _NOUN_OPENERS or word not in bases():
        return False
    tags = lx.tags(word)
    return "v" in tags and "r" not in tags and "p" not in tags


_NOUN_OPENERS = ("DT", "PDT", "PRP$", "WP$", "JJ", "JJR", "JJS", "CD", "POS")
