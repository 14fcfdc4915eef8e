"""Real-word rules (S2xx): real words in the wrong place.

``it's profits``, ``more then``, ``an importance confidence-building measure``: every word is
spelled right, and only the context shows that the writer meant another one.
"""

from __future__ import annotations

import re

from .. import ngrams
from ..analysis import lexicon as lx
from ..english import COURTESY_TITLES, MONTHS, WEEKDAYS
from ..english import word_set as _words
from ..rule import Context, Rule, accepted, flagged

_TIME_WORDS = frozenset(
    """
    day days week weeks month months year years decade decades century centuries hour hours
    minute minutes second seconds time times today tonight tomorrow yesterday morning
    afternoon evening night weekend summer winter spring autumn fall season moment ages
    mile miles kilometres kilometers metres meters feet yards percent cent
    """.split()
)
_DETERMINERS = frozenset(
    "the a an this that these those his her their its our my your some any no each every".split()
)


def _word(token) -> bool:
    return token[0][:1].isalpha()



class _ContextRule(Rule):
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
    # sets under its code) by the evidence of the words around them (``newslint.ngrams``).
    evidence: bool = False
    _evidence_pattern: re.Pattern | None = None

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        flagged_at = set()
        for p, tokens, i in vocabulary.token_hits(self._pattern()):
            found = self.at(tokens, i, tokens[i], vocabulary)
            if not found:
                continue
            first, last, wrong, right, why = found
            start, end = tokens[first][1], tokens[last][2]
            written = doc.text[start:end]
            suggestion = lx.recase(right, written)
            flagged_at.update((p, t) for t in range(first, last + 1))
            severity = self.severity_at(tokens, first, wrong)
            if self.evidence and first == last and (severity or self.severity) == "info":
                # advice by itself; a warning when the evidence of the words around it
                # independently and strongly prefers the same word
                agreeing = ngrams.judge(tokens, first, (right.lower(),))
                if agreeing is not None and agreeing.sure:
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
            yield from self._by_evidence(doc, vocabulary, flagged_at)

    def severity_at(self, tokens, i, wrong: str) -> str | None:
        """The severity of a finding at ``tokens[i]`` when it is not the rule's own."""
        return None

    @classmethod
    def _sets_pattern(cls) -> re.Pattern:
        if cls.__dict__.get("_evidence_pattern") is None:
            alternation = lx.alternation(ngrams.live_sets(cls.code))
            cls._evidence_pattern = re.compile(rf"(?<![\w'])(?:{alternation})(?![\w'])")
        return cls._evidence_pattern

    def _by_evidence(self, doc, vocabulary, flagged_at):
        """The rule's confusion sets, decided by how much likelier the other word of the set
        is between the same neighbours (see ``newslint.ngrams.judge``)."""
        sets = ngrams.live_sets(self.code)
        glosses = ngrams.glosses()
        for p, tokens, i in vocabulary.token_hits(self._sets_pattern()):
            if (p, i) in flagged_at:
                continue
            found = ngrams.judge(tokens, i, sets[tokens[i][0]])
            if not found or found.margin < found.needed + ngrams.SURE:
                # alone, the evidence must be far past the pair's threshold (by ngrams.SURE):
                # nearer it, most of its findings on clean copy were wrong
                continue
            start, end, written = tokens[i][1], tokens[i][2], tokens[i][3]
            right = lx.recase(found.alternative, written)
            gloss = glosses.get(found.alternative)
            why = f" ({gloss})" if gloss else ""
            # advice only: on clean copy the evidence is right too seldom for a warning
            yield self.finding(
                doc,
                start,
                end,
                f"\"{written}\" here may be a slip for \"{right}\"{why}: check the word.",
                suggestions=[right],
                severity="info",
            )

    def at(self, tokens, i, token, vocabulary=None):  # pragma: no cover - every rule defines it
        raise NotImplementedError


def _next_word(tokens, i):
    return tokens[i + 1] if i + 1 < len(tokens) and _word(tokens[i + 1]) else None


_ITS_DETERMINER_ADJECTIVES = frozenset(
    "own first last latest annual former previous sole".split()
)
_ITS_BEFORE = frozenset("a an the not been going gonna".split())
_VERB_PARTICLES = frozenset("together down up out off away".split())
_IT_PREPOSITIONS = frozenset(
    """
    of in into on onto for from with at by over under about against through during within
    without across behind towards toward upon among amid despite to
    """.split()
)


# Verbs that can take a clause ("said it's over"), so "it's" after them may be "it is".
_CLAUSE_VERBS = frozenset(
    _words(
        """
        say says said saying think thinks thought know knows knew known believe believes
        believed hope hopes hoped feel feels felt guess suppose assume mean means meant
        realize realizes realized realise realises realised admit admits admitted claim claims
        claimed argue argues argued insist insists insisted agree agrees agreed fear fears
        feared suspect suspects suspected notice noticed see sees saw seen hear hears heard
        show shows showed shown prove proves proved expect expects expected seem seems seemed
        find finds found bet figure figured reckon understand understands understood remember
        remembers remembered forget forgets forgot wish wished warn warns warned add adds added
        note notes noted explain explains explained tell tells told decide decided ensure
        ensures ensured sure glad worried afraid because guarantee promise promised
        """
    )
)


# Participles that take a clause: "convinced it's true".
_CLAUSE_PARTICIPLES = _words(
    """
    convinced concerned worried pleased surprised disappointed relieved satisfied assured
    amazed shocked stunned delighted scared frightened excited thrilled annoyed angered
    saddened encouraged determined alarmed astonished heartened reassured persuaded
    """
)


def _object_slot(prev: str, following: str) -> bool:
    """Is "it's" after ``prev`` and before ``following`` where only "its" fits? True when
    ``prev`` can only be a verb that takes an object, not a clause ("held it's hearing",
    "completed it's acquisition"), and ``following`` is a word that may start a noun."""
    prev_tags = set(lx.tags(prev))
    if "v" not in prev_tags or "x" in prev_tags or "r" in prev_tags:
        return False
    if "n" in prev_tags and "p" not in prev_tags:
        return False  # "increase", "favor": a noun too
    if "a" in prev_tags and not (prev.endswith("ed") and prev not in _CLAUSE_PARTICIPLES):
        return False
    if prev in _CLAUSE_VERBS or prev in _BE or prev in _HAVE or prev.endswith("ing"):
        return False
    if following in _ITS_BEFORE or following in _NOT_HEADS:
        return False
    found = lx.tags(following)
    return bool({"n", "a"} & set(found)) and "r" not in found


_PAST_FILE = "past_tense_verbs.txt"
_IRREGULAR_PAST: frozenset[str] | None = None


def _irregular_past() -> frozenset[str]:
    global _IRREGULAR_PAST
    if _IRREGULAR_PAST is None:
        from importlib import resources

        text = resources.files("newslint.data").joinpath(_PAST_FILE).read_text("utf-8")
        _IRREGULAR_PAST = frozenset(
            w for line in text.splitlines() if not line.startswith("#") for w in line.split()
        )
    return _IRREGULAR_PAST


# Finite verbs a subject noun phrase may be followed by.
_FINITE = _words(
    """
    is are was were has have had will would could should may might must can did does do
    isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't didn't
    doesn't don't remains remained
    """
)
_NP_STOPS = _words(
    """
    that who which whom where when what how why whose and or but than as if because to of
    not a an the this these those own very so too such
    """
)


def _finite_verb(word: str) -> bool:
    """A word that can only be read here as a finite verb: "is", "had", "expired", "sucks",
    "led"."""
    if word in _FINITE:
        return True
    found = lx.tags(word)
    if "v" not in found or "a" in found or "r" in found:
        return False
    if word in _irregular_past():
        return True
    if "n" in found or "p" in found:
        return False  # "picks", "plans": a noun too
    return word.endswith(("ed", "s")) and not word.endswith(("ss", "us"))


def _noun_phrase_then_verb(tokens, j, modifiers: int = 2) -> bool:
    """From ``tokens[j]``: up to ``modifiers`` adjectives, a noun (perhaps two: "campaign
    website"), then a finite verb: "registration had expired", "new book features", "basic
    wrongdoing led". The phrase is a subject with its verb, so the word before it must be a
    possessive ("its", "their", "whose"), not "it's", "there" or "who's"."""
    k, n = j, len(tokens)
    seen_modifiers = 0
    while k < n and seen_modifiers <= modifiers:
        if not _word(tokens[k]) or tokens[k][3][:1].isupper():
            return False
        text = tokens[k][0]
        if text in _NP_STOPS or text in _NOT_HEADS:
            return False
        found = lx.tags(text)
        if not found or "x" in found or text.endswith("ing") and not set(found) <= {"n", "p"}:
            return False  # "running", but "wrongdoing" is a noun
        if "n" in found or "p" in found:
            break
        if "a" not in found or "r" in found or "v" in found and text.endswith(("ed", "en")):
            return False
        seen_modifiers += 1
        k += 1
    else:
        return False
    if k >= n:
        return False
    # the head noun, and perhaps a second one
    for head in (k, k + 1):
        if head >= n or not _word(tokens[head]) or tokens[head][3][:1].isupper():
            return False
        text = tokens[head][0]
        found = lx.tags(text)
        if text in _NOT_HEADS or text in _TIME_WORDS or "r" in found or "x" in found:
            return False
        if "n" not in found and "p" not in found:
            return False
        if head + 1 < n and _finite_verb(tokens[head + 1][0]) and _word(tokens[head + 1]):
            if head + 2 < n and tokens[head + 2][0] in ("to", "that"):
                return False  # "it's time has to", a reading too uncertain
            return True
    return False


# Nouns that stand after "it is" with no article: "it's time to", "it's part of", "it's
# nonsense", "it's home to": never read as "its".
_PREDICATE_NOUNS = _words(
    """
    time part sort kind type lot bit life nothing something everything anything nobody
    somebody everybody anyone someone everyone proof evidence testament news fun work
    business history chaos nonsense home worth key cause reason case music money war fate
    luck shame pity fact law policy common practice crunch game season risk magic madness
    trouble progress heaven hell torture murder theft bullying racism sexism propaganda
    garbage rubbish stuff tradition habit routine shorthand code enough more less most
    """
)
_ABSTRACT_ENDINGS = ("ness", "ism", "ity", "ship", "dom", "hood")
# Adjectives that in news copy go with a possessive: "it's recent naming", "it's chief
# executive" (not "it's new" or "it's big", which also stand alone after "it is").
_POSSESSED_ADJECTIVES = _words(
    """
    recent current quarterly traditional chief senior founding original entire overall main
    primary principal usual regular domestic parent nearest closest
    biggest largest fiercest strongest oldest newest highest lowest key
    """
)


def _bare_singular_noun(tokens, j, prev: str = "") -> bool:
    """A singular noun at ``tokens[j]`` with nothing in front of it, followed by a
    preposition or a finite verb ("wait it's turn to"), or by a punctuation mark when ``prev``,
    the word before "it's", is a preposition ("since it's inception.")."""
    if j + 1 >= len(tokens) or not _word(tokens[j]) or tokens[j][3][:1].isupper():
        return False
    text = tokens[j][0]
    found = lx.tags(text)
    if "n" not in found or {"a", "r", "x", "p"} & set(found) or not lx.is_singular_noun(text):
        return False
    if text.endswith(("ed", "en", "ing")) or text.endswith(_ABSTRACT_ENDINGS):
        return False  # "it's ended", "it's madness"
    if text in _PREDICATE_NOUNS or text in _TIME_WORDS or text in _NOT_HEADS:
        return False
    after = tokens[j + 1][0]
    if after in ("-", "'", "’") or tokens[j + 1][1] == tokens[j][2] and after not in ".,;:":
        return False  # a compound, "it's work-in-progress"
    if after in (".", ",", ";", ":", "!", "?"):
        return prev in _ALL_PREPOSITIONS or prev in ("since", "until", "after", "before")
    return after in ("of", "in", "for", "with", "on", "to", "at", "from") or (
        _finite_verb(after) and after not in ("is", "was") or after in _FINITE and "v" not in found
    )


def _adjective_noun(tokens, j) -> bool:
    """An adjective that cannot be a noun, verb or adverb, then a singular noun, at
    ``tokens[j]``: "slow start", "chief executive"."""
    if j + 1 >= len(tokens) or not (_word(tokens[j]) and _word(tokens[j + 1])):
        return False
    if tokens[j][3][:1].isupper() or tokens[j + 1][3][:1].isupper():
        return False
    adjective, noun = tokens[j][0], tokens[j + 1][0]
    a_tags, n_tags = set(lx.tags(adjective)), set(lx.tags(noun))
    if "a" not in a_tags or {"v", "r", "x"} & a_tags or adjective in ("one", "real", "great"):
        return False
    if "n" not in n_tags or {"r", "x"} & n_tags or noun in _PREDICATE_NOUNS or noun in _TIME_WORDS:
        return False
    return not noun.endswith(("ing",) + _ABSTRACT_ENDINGS) and noun not in _NOT_HEADS


def _noun_before_and(tokens, k) -> bool:
    """Is ``tokens[k]``, just before "and", a noun that ends a noun phrase ("the foundation",
    "Verizon"), not a verb, adjective or adverb that ends a clause ("it fell and it's")?"""
    if not _word(tokens[k]):
        return False
    text = tokens[k][0]
    if text in _TIME_WORDS or text in _NOT_HEADS:
        return False
    found = set(lx.tags(text))
    if tokens[k][3][:1].isupper():
        return not found or found <= {"n", "p"}
    if k >= 1 and tokens[k - 1][0] in _DETERMINERS and "n" in found and not found & {"a", "r", "x"}:
        return True  # "the group and": a noun after "the", though a verb too
    return bool(found & {"n", "p"}) and not found & {"a", "r", "v", "x"}


def _plural_noun_form(tokens, j) -> bool:
    """A plural noun at ``tokens[j]`` not followed by an object: "finances", "workers"."""
    if j >= len(tokens) or not _word(tokens[j]) or tokens[j][3][:1].isupper():
        return False
    text = tokens[j][0]
    if not lx.is_plural_noun(text) and not ("n" in lx.tags(text) and text.endswith("s")):
        return False
    if text.endswith(("ss", "us", "is", "ics", "news")) or text in _TIME_WORDS:
        return False
    after = tokens[j + 1][0] if j + 1 < len(tokens) else "."
    return after not in _DETERMINERS and after not in ("him", "her", "them", "us", "me", "it")


def _possessive_coordinated(tokens, i) -> bool:
    """"its … and it's": a possessive "its" (or "his", "her", "their") a few words before the
    "and" at ``i - 1``, with no verb between, so the two are a pair of noun phrases."""
    for k in range(i - 2, max(-1, i - 7), -1):
        text = tokens[k][0]
        if text in ("its", "his", "her", "their"):
            return True
        if not _word(tokens[k]) or _finite_verb(text) or "v" in lx.tags(text) and "n" not in lx.tags(text):
            return False
    return False


def _plural_noun_phrase(tokens, j) -> bool:
    """Up to two adjectives from ``tokens[j]``, then a plural noun: "ideological principles"."""
    for k in range(j, min(j + 3, len(tokens))):
        if not _word(tokens[k]) or tokens[k][3][:1].isupper():
            return False
        text = tokens[k][0]
        found = lx.tags(text)
        if "p" in found and "a" not in found and text not in _TIME_WORDS:
            after = tokens[k + 1][0] if k + 1 < len(tokens) else ""
            return after not in ("that", "who", "which", "where", "when")
        if "a" not in found or "v" in found or text in _NOT_HEADS:
            return False
    return False


def _cleft(tokens, j) -> bool:
    """A "that", "who" or "which" within four words of ``tokens[j]``, with no verb or
    punctuation before it: "(It's) surprises like this that make it"."""
    for k in range(j, min(j + 5, len(tokens))):
        word = tokens[k][0]
        if word in ("that", "who", "which"):
            return k > j
        if not _word(tokens[k]) or _finite_verb(word):
            return False
    return False


def _is_superlative(word: str) -> bool:
    if word in ("best", "worst", "most", "least"):
        return True
    if not word.endswith("est") or len(word) <= 5:
        return False
    stems = (word[:-3], word[:-2], word[:-4], word[:-4] + "y")  # old-est, larg-est, bigg-est, earli-est
    return any("a" in lx.tags(stem) for stem in stems)


class ItsConfusion(_ContextRule):
    """"it's" (it is) where the possessive "its" belongs, and the other way round.

    *What it flags*: "it's" after a preposition ("of it's value", "for it's 2012 record"),
    before a plural noun, before "own" or before a superlative and a noun ("it's members",
    "it's own plan", "it's best performance"); before a noun phrase and its verb ("it's
    registration had expired"); before a bare singular noun and a preposition ("wait it's turn
    to"); after "and" in a pair with an earlier "its" ("its rates and it's chief executive")
    or after a noun ("the foundation and it's finances");
    and "its" before "a", "the", "not" or "been" ("its a deal", "its been weeks"), or opening
    a sentence before an adjective and "that" or "to" and a verb ("Its fitting that", "Its
    hard to say").

    *Why it matters*: the possessive has no apostrophe; "it's" means "it is" or "it has".
    Readers and editors notice the slip at once.

    *Flagged*: "The company said it's profits had doubled."

    *Preferred*: "The company said its profits had doubled."

    *Known limits*: only the contexts above are checked: "it's" before a singular noun that
    ends a sentence ("it's leader.") is left alone, because "it's war" and "it's time" are
    right, and so are nouns that commonly stand after "it is" ("it's part of", "it's time to").
    "It's" opening a sentence ("It's fantasy to think so") is nearly always "it is": there the
    rule only gives advice (info), unless the evidence of the words around it (below) strongly
    prefers "its" too; before a cleft ("It's surprises like this that make it") it is silent.

    *Evidence*: besides the contexts above, the words of the rule's confusion sets
    (``data/confusion_sets.txt``) are weighed by how much likelier the other word is between
    the same neighbours in 81 million words of openly licensed English (``newslint.ngrams``);
    where it is far likelier than the pair's calibrated margin (by ``ngrams.SURE`` more), the
    rule gives advice (info): on clean copy that evidence alone is right too seldom for a
    warning.
    """

    evidence = True
    code = "S201"
    name = "its-confusion"

    def severity_at(self, tokens, i, wrong):
        # "It's" opening a sentence is nearly always "it is" ("It's fantasy to think so",
        # "It's surprises like this that ..."): advice there, not a warning
        return "info" if wrong == "it's" and ngrams.starts_sentence(tokens, i) else None
    triggers = _words("it's its")
    examples = (
        flagged("The company said it's profits had doubled.", "it's"),
        flagged("The party said it’s own plan was better.", "it’s"),
        flagged("Its a deal, said Zoë Müller.", "Its"),
        flagged("He said “it's members were angry”.", "it's"),
        flagged("He said \"its been a long year\".", "its"),
        flagged("The firm lost it's licences", "it's"),
        flagged("The agency said it's registration had expired.", "it's"),
        flagged("The club has grown since it's inception.", "it's"),
        flagged("The bank cut its rates and it's chief executive left.", "it's"),
        flagged("Trump attacked the foundation and it's finances.", "it's"),
        flagged("Its hard to say what comes next.", "Its"),
        flagged("Its fitting that the mayor opened the bridge.", "Its"),
        accepted(""),
        accepted("It's surprises like this that make the week fun."),
        accepted("Its new to-do list was published, and its decision that it would wait stood."),
        accepted("It's time to go, it's part of the plan, and “it's noise,” said Zoë Müller."),
        accepted("The bank said its rates rose and it's likely to cut them."),
        accepted("The company said its profits had doubled and it's a good year."),
        accepted("It's years since the vote; it's time to go, and its own members agree."),
        accepted("“It's clear,” said Zoë Müller. \"It's over.\""),
    )

    def at(self, tokens, i, token, vocabulary=None):
        word = token[0]
        after = _next_word(tokens, i)
        if after is None:
            if (
                word == "it's"
                and i
                and tokens[i - 1][0] in _IT_PREPOSITIONS
                and i + 1 < len(tokens)
                and (tokens[i + 1][0][:1].isdigit() or tokens[i + 1][0] in ("“", '"', "$", "£", "€"))
                and tokens[i + 1][1] - tokens[i][2] <= 1
            ):
                # "through it's 2012 record", "for it's “Bathroom Bill”"
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            return None
        if word == "it's":
            following = after[0]
            prev = tokens[i - 1][0] if i else ""
            if prev in _IT_PREPOSITIONS and following not in ("a", "an", "the", "not"):
                # "of it's value": a preposition takes the possessive, never "it is"
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            if after[3][:1].isupper():
                return None
            if _object_slot(prev, following) or (
                prev in _VERB_PARTICLES
                and i >= 2
                and "v" in lx.tags(tokens[i - 2][0])
                and tokens[i - 2][0] not in _CLAUSE_VERBS
                and following not in _ITS_BEFORE
                and {"n", "a"} & set(lx.tags(following))
                and "r" not in lx.tags(following)
            ):
                # "held it's hearing", "put together it's platform": after a verb that takes
                # an object, not a clause, "it is" cannot fit
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            if _noun_phrase_then_verb(tokens, i + 1):
                # "it's registration had expired", "it's new version was": a subject and its
                # verb cannot follow "it is"
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            if following in _TIME_WORDS or following in _DETERMINERS:
                return None
            then = tokens[i + 2][0] if i + 2 < len(tokens) else ""
            if then in ("that", "who", "which", "where", "when", "not", "and", "or"):
                return None  # "it's trips that matter": it is … that
            if ngrams.starts_sentence(tokens, i) and _cleft(tokens, i + 1):
                return None  # "It's surprises like this that make it": it is … that
            if _is_superlative(following) and i + 2 < len(tokens):
                head = tokens[i + 2][0]
                if _word(tokens[i + 2]) and "n" in lx.tags(head) and "v" not in lx.tags(head):
                    return (i, i, word, "its", " (the possessive has no apostrophe)")
            if following in _ITS_DETERMINER_ADJECTIVES:
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            if _bare_singular_noun(tokens, i + 1, prev):
                # "since it's inception.", "wait it's turn to": "it is" would need "a" or
                # "the" before a noun that counts
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            if (
                prev in ("and", "or")
                and i >= 2
                and _noun_before_and(tokens, i - 2)
                and (
                    _adjective_noun(tokens, i + 1)
                    or _plural_noun_phrase(tokens, i + 1)
                    or _plural_noun_form(tokens, i + 1)
                    or following.endswith("ed")
                    and "a" in lx.tags(following)
                    and _plural_noun_form(tokens, i + 2)
                )
            ):
                # "the party and it's leading contenders": a thing and what it owns
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            if prev in ("and", "or") and _possessive_coordinated(tokens, i) and (
                _plural_noun_phrase(tokens, i + 1) or _adjective_noun(tokens, i + 1)
            ):
                # "its restrictive criteria and it's slow start": two things the firm owns
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            if _adjective_noun(tokens, i + 1) and following in _POSSESSED_ADJECTIVES:
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            if _plural_noun_phrase(tokens, i + 1):
                return (i, i, word, "its", " (the possessive has no apostrophe)")
            if (
                lx.tags(following) == "n"
                and following.endswith("s")
                and not following.endswith(("ss", "us", "is", "ics", "news"))
            ):
                return (i, i, word, "its", " (the possessive has no apostrophe)")  # earnings
        elif word == "its" and after[0] in _ITS_BEFORE:
            return (i, i, word, "it's", " (short for \"it is\" or \"it has\")")
        elif (
            word == "its"
            and ngrams.starts_sentence(tokens, i)
            and "a" in lx.tags(after[0])
            and i + 3 < len(tokens)
            and (
                tokens[i + 2][0] == "that"
                or tokens[i + 2][0] == "to"
                and tokens[i + 3][1] > tokens[i + 2][2]  # not "to-do"
                and "v" in lx.tags(tokens[i + 3][0])
            )
        ):
            # "Its fitting that she won", "Its hard to say": a sentence cannot open with a
            # possessive and an adjective before a clause or "to" and a verb; "it is" can
            return (i, i, word, "it's", " (short for \"it is\")")
        return None


_THERE_VERBS = frozenset(
    """
    is are was were isn't aren't wasn't weren't 's seems seemed appears appeared remains
    remained exists existed
    """.split()
)
_THERE_AUXILIARIES = frozenset("will would may might could should must has have had".split())
_THERE_BE_FOLLOWERS = frozenset(
    """
    a an no some more many few little nothing enough plenty several any another much fewer
    less other lots two three four five six seven eight nine ten hundreds thousands dozens
    """.split()
)


class TheirThere(_ContextRule):
    """"their", "there" and "they're" confused.

    *What it flags*: "their" where "there" belongs ("their is", "their were", "their will
    be"), and "there" or "they're" where "their" belongs ("there own", "there children",
    "win there party's nomination", "there life got harder", "in there Brooklyn office").

    *Why it matters*: the three sound alike and a spell checker accepts all of them; the slip
    reads as carelessness.

    *Flagged*: "Their is no evidence that the vote was rigged."

    *Preferred*: "There is no evidence that the vote was rigged."

    *Severity*: advice (info): on real copy a third of its findings were "there" as a place
    ("stay there one day longer", "There fundamental decisions were reached"); a warning
    where the evidence of the words around it (below) strongly prefers the same word.

    *Known limits*: "there" is flagged before a noun only when the noun cannot be anything
    else (not a verb, adjective or adverb) and is not a word of time ("there years ago" is
    not checked). "their would be neighbours", with "would-be" left unhyphenated, reads to the
    evidence as "there would be" and gets advice.

    *Evidence*: besides the contexts above, the words of the rule's confusion sets
    (``data/confusion_sets.txt``) are weighed by how much likelier the other word is between
    the same neighbours in 81 million words of openly licensed English (``newslint.ngrams``);
    where it is far likelier than the pair's calibrated margin (by ``ngrams.SURE`` more), the
    rule gives advice (info): on clean copy that evidence alone is right too seldom for a
    warning.
    """

    evidence = True
    code = "S202"
    name = "their-there"
    severity = "info"
    triggers = _words("their there they're")
    examples = (
        flagged("Their is no evidence that the vote was rigged.", "Their"),
        flagged("The rebels said there children were safe.", "there"),
        flagged("The rebels said they’re own fighters left.", "they’re"),
        flagged("“Their will be a vote,” said Zoë Müller.", "Their"),
        accepted("The residents did not welcome their would-be neighbours."),
        flagged("\"There own people left,\" he said.", "There"),
        flagged("The minister said their were", "their"),
        flagged("Both men hope to win there party's nomination.", "there"),
        flagged("Voters see why there life got harder.", "there"),
        accepted(""),
        accepted("Out there, Trump's people were busy; from there Obama flew home."),
        accepted("There is no evidence; their children were safe, and they're leaving."),
        accepted("People there voted, and those there yesterday said their will was firm."),
        accepted("“There are ways,” said Zoë Müller."),
    )

    def at(self, tokens, i, token, vocabulary=None):
        word = token[0]
        after = _next_word(tokens, i)
        if after is None:
            return None
        following = after[0]
        if word == "their":
            if following in _THERE_VERBS:
                return (i, i, word, "there", "")
            if (
                following in _THERE_AUXILIARIES
                and i + 3 < len(tokens)
                and tokens[i + 2][0] in ("be", "been")
                and (tokens[i + 3][0] in _THERE_BE_FOLLOWERS or tokens[i + 3][0][:1].isdigit())
            ):
                return (i, i, word, "there", "")  # "their will be a vote", not "their would be neighbours"
        elif word in ("there", "they're"):
            if following == "own":
                return (i, i, word, "their", " (the possessive)")
            if word != "there" or following in _TIME_WORDS:
                return None
            prev = tokens[i - 1][0] if i else ""
            if (
                following.endswith("'s")
                and len(following) > 3
                and prev not in _PLACE_WORDS
                and prev not in _BE | _words("do does did")
                and "n" in lx.tags(following[:-2])
            ):
                # "win there party's nomination": a possessive noun after "there"
                return (i, i, word, "their", " (the possessive)")
            if after[3][:1].isupper():
                # "in there Obama worship", "to there God": after a preposition, a name
                # cannot follow "there" as a place
                if (
                    prev in _ALL_PREPOSITIONS
                    and prev not in _PLACE_WORDS
                    and prev not in ("to", "like", "than", "near", "inside", "outside")
                    and following not in _MONTHS_AND_DAYS
                    and i + 2 < len(tokens)
                    and _word(tokens[i + 2])
                ):
                    return (i, i, word, "their", " (the possessive)")
                return None
            if i and tokens[i - 1][0] in _BE | _words("do does did"):
                return None  # "are there problems?": a question
            prev = tokens[i - 1][0] if i else ""
            if prev in _PLACE_WORDS:
                return None  # "people out there fear": "there" is a place
            if following in _THERE_NOT_POSSESSED or following in _NOT_HEADS:
                return None
            if prev not in (",", ";", ":") and _noun_phrase_then_verb(tokens, i + 1):
                return (i, i, word, "their", " (the possessive)")  # "there life sucks"
            tags = lx.tags(following)
            if not tags and lx.is_plural_noun(following) and not after[3][:1].isupper():
                tags = "p"  # "there strongholds": a plural the table lacks
            if not tags or "r" in tags or following.endswith(("ing", "ed")) and "v" in tags:
                return None  # "there too", "there including", "there called"
            nxt = tokens[i + 2][0] if i + 2 < len(tokens) else ""
            # After a preposition or a verb "there" cannot stand for a place before a noun:
            # "in there plans", "limited there choice", "burned there hats".
            before = tokens[i - 2][0] if i >= 2 else ""
            prev_tags = set(lx.tags(prev))
            slot = (
                prev in _ALL_PREPOSITIONS
                or "v" in prev_tags and not {"n", "a"} & prev_tags and prev not in _BE
                # "limited there choice": a participle
                or "v" in prev_tags and prev.endswith("ed") and prev not in _CLAUSE_PARTICIPLES
                # "to keep there record", "will turn there backs": a verb after "to" or a modal
                or "v" in prev_tags and before in _TO_OR_MODAL
                or prev in _HAVE and prev != "'ve"
            )
            if "p" in tags and "a" not in tags:
                # a plural noun ("there games"); a verb in -s only where a noun cannot be
                if "v" in tags and not slot and not (
                    nxt in _VERBISH or nxt in (",", ".", ";", ":", ")", "and", "or")
                ):
                    return None
                return (i, i, word, "their", " (the possessive)")
            if "v" in tags and not slot:
                if "n" in tags and nxt in _THERE_FINITE:
                    return (i, i, word, "their", " (the possessive)")  # "there cost is"
                return None  # "officials there say"
            if {"n", "a"} & set(tags):
                if slot or nxt in _VERBISH or nxt in _PREPOSITIONS or nxt in (",", ";"):
                    return (i, i, word, "their", " (the possessive)")
                if "a" in tags and i + 2 < len(tokens) and _word(tokens[i + 2]):
                    head_tags = lx.tags(nxt)
                    if "n" in head_tags and not {"a", "r"} & set(head_tags):
                        return (i, i, word, "their", " (the possessive)")  # "there new book"
        return None


_MONTHS_AND_DAYS = frozenset(MONTHS).union(WEEKDAYS)
_TO_OR_MODAL = _words(
    "to will would can could should must may might shall not never we they i you don't didn't"
    " won't can't couldn't wouldn't"
)
_THERE_FINITE = _words("is are was were has have had will would can could")
# Words after which "there" is a place ("out there", "over there").
_PLACE_WORDS = _words("out over up down back right here from near around then")
# Words that follow "there" as a place or in "there is": never a noun it could own.
_THERE_NOT_POSSESSED = _words(
    """
    people others things ones does alone alive early late last next first again already
    before after since ever anymore yet either too now then soon overnight home abroad
    all both each every anyway instead meanwhile nearby below above inside outside
    """
)


_VERBISH = frozenset(
    """
    is are was were has have had will would could should may might must can did do does
    said say says told remain remained
    """.split()
)
_PREPOSITIONS = frozenset(
    "of in on at for with to from by about into over under against during after before".split()
)
_COMPARATIVES = frozenset(
    """
    more less fewer rather other greater higher lower better worse larger smaller bigger
    faster slower longer shorter older younger stronger weaker cheaper dearer richer poorer
    harder easier wider narrower deeper heavier lighter sooner further farther
    """.split()
)


class ThanThen(_ContextRule):
    """"then" after a comparative where "than" belongs ("more then"), and the reverse.

    *What it flags*: "more then", "higher then", "rather then", "other then", and "since
    than", "until than", "by than".

    *Why it matters*: "than" compares, "then" tells when; the wrong one changes the meaning
    or makes nonsense of the sentence.

    *Flagged*: "Turnout was higher then in 2019."

    *Preferred*: "Turnout was higher than in 2019."

    *Known limits*: "then" after a comparative is left alone before punctuation and before
    a hyphen ("the higher then-record"), where "then" can be right.

    *Evidence*: besides the contexts above, the words of the rule's confusion sets
    (``data/confusion_sets.txt``) are weighed by how much likelier the other word is between
    the same neighbours in 81 million words of openly licensed English (``newslint.ngrams``);
    where it is far likelier than the pair's calibrated margin (by ``ngrams.SURE`` more), the
    rule gives advice (info): on clean copy that evidence alone is right too seldom for a
    warning.
    """

    evidence = True
    code = "S203"
    name = "than-then"
    triggers = _words("than then")
    examples = (
        flagged("Turnout was higher then in 2019.", "then"),
        flagged("More then 200 people were killed.", "then"),
        flagged("He said “more then 200” died.", "then"),
        flagged("He said \"more then 200\" died.", "then"),
        flagged("The vote has not been held since than", "than"),
        flagged("Zoë Müller earns less then her rival.", "then"),
        accepted(""),
        accepted("Turnout was higher than in 2019, and then it fell."),
        accepted("It was better then, and the then-President agreed; since then it fell."),
        accepted("“More than 200 died,” said Zoë Müller."),
    )

    def at(self, tokens, i, token, vocabulary=None):
        word = token[0]
        if word == "then" and i > 0 and i + 1 < len(tokens):
            before, after = tokens[i - 1][0], tokens[i + 1][0]
            if not (after[:1].isalnum() or after in ("£", "$", "€", "\"", "“")):
                return None
            if before in _COMPARATIVES or _is_comparative(before):
                return (i, i, word, "than", " (comparisons take \"than\")")
        elif word == "than" and i > 0:
            if tokens[i - 1][0] in ("since", "until", "till", "by") and not (
                i > 1 and tokens[i - 2][0] in _COMPARATIVES
            ):
                return (i, i, word, "then", " (\"then\" tells when)")
        return None


def _is_comparative(word: str) -> bool:
    if not word.endswith("er") or len(word) < 5:
        return False
    if word in ("later", "earlier", "never", "ever", "however", "together", "whether", "over"):
        return False
    for stem in (word[:-2], word[:-1], word[:-3], word[:-3] + "y" if word.endswith("ier") else ""):
        if stem and "a" in lx.tags(stem):
            return True
    return False


_MODALS_OF = frozenset("would could should must might may".split())


class WouldOf(_ContextRule):
    """"would of", "could of", "should of" written for "would have" and the like.

    *What it flags*: "would of", "could of", "should of", "must of", "might of", "may of"
    (but not "would, of course", "must of necessity", "May of next year", "force and might
    of the army").

    *Why it matters*: the spoken "would've" is written "would have"; "would of" is a mistake
    even inside a quotation, where it is best written "would have" or "would've".

    *Flagged*: "The minister said he could of stopped the strike."

    *Preferred*: "The minister said he could have stopped the strike."

    *Known limits*: none known.
    """

    code = "S204"
    name = "would-of"
    triggers = _MODALS_OF
    examples = (
        flagged("The minister said he could of stopped the strike.", "could of"),
        flagged("Should of known, said Zoë Müller.", "Should of"),
        flagged("“We would of won,” he said.", "would of"),
        flagged("\"We must of lost,\" he said.", "must of"),
        flagged("He said they might of", "might of"),
        accepted(""),
        accepted("The minister said he could have stopped the strike."),
        accepted("It would of course be a delay, and the change may of itself help."),
        accepted("He spoke of the economic might of the United States."),
        accepted("“We would, of course,” said Zoë Müller."),
    )

    def at(self, tokens, i, token, vocabulary=None):
        if token[0] in _MODALS_OF and i + 1 < len(tokens) and tokens[i + 1][0] == "of":
            if token[0] in ("might", "must", "may") and i and (
                tokens[i - 1][0] in _DETERMINERS or "a" in lx.tags(tokens[i - 1][0])
            ):
                return None  # "the economic might of the United States": a noun
            after = tokens[i + 2][0] if i + 2 < len(tokens) else ""
            if after in ("course", "itself", "themselves", "himself", "herself", "which"):
                return None
            if lx.is_noun_only(after):
                return None  # "must of necessity": "have" cannot take a bare noun there
            if token[0] in ("might", "must", "may") and i and tokens[i - 1][0] in ("and", "or"):
                return None  # "the full force and might of the army": a noun
            if token[3] == "May" and not ngrams.starts_sentence(tokens, i):
                return None  # "May of next year": the month
            return (i, i + 1, f"{token[0]} of", f"{token[0]} have", "")
        return None


_OBJECTS = _words(
    "the a an his her their its our my your them him us me this that these those many some"
)
_HAVE = _words("has have had having 've")
_BE = _words("is are was were be been being")
_MODALS = _words(
    "will would could can cannot may might must should shall won't wouldn't couldn't can't"
    " shouldn't mustn't to not never didn't don't doesn't"
)
_TOO_ADJECTIVES = _words(
    "late early soon big small expensive difficult young old weak risky dangerous costly busy"
    " complex complicated tired afraid scared"
)
_TOO_BEFORE = _words(
    "is was are were be been being seems seemed seem looks looked look sounds sounded feel"
    " feels felt getting got became become far way simply just much all it's that's"
)
_WHETHER_BEFORE = _words(
    "know knew decide decided decides determine determined ask asked asks wonder wondered"
    " wondering unclear unsure uncertain question considering consider about to"
)
_WHETHER_AFTER = _words("to or he she they we it there this his her their i you the")


_SINGULAR_SUBJECTS = _words("this it he she")
# Before "quiet" the adjective: an article, a possessive or a degree word ("a quiet", "very quiet").
_QUIET_BEFORE = _DETERMINERS | _words("very so too more most less and or fairly pretty rather")
# Words after which a clause, and so "you're", may start.
_YOU_ARE_BEFORE = _words(
    ". ! ? ; : , and but so if when because that while since as once unless though although “ \""
)
# What may stand before a subject that opens a clause ("", "and this", "; it", "but he").
_CLAUSE_START = _words(". ! ? ; : , and but so “ \" (")


def _not_a_noun(word: str) -> bool:
    """An adjective or adverb that cannot be a noun: "has lead former rivals", "had lead
    nowhere" ("had lead poisoning" has a noun)."""
    found = set(lx.tags(word))
    return bool(found & {"a", "r"}) and "n" not in found and "v" not in found



_ADJECTIVE_ENDINGS = (
    "ible", "able", "ive", "ous", "ful", "al", "ic", "ent", "ant", "less", "ish", "ary", "ory"
)


def _whose_slot(tokens, i) -> bool:
    """"who's" before a noun phrase that cannot follow "who is" or "who has": "who's
    campaign website has", "who's mother had", "who's stock peaked"."""
    if i + 1 >= len(tokens) or not _word(tokens[i + 1]) or tokens[i + 1][3][:1].isupper():
        return False
    nxt = tokens[i + 1][0]
    if nxt in ("who", "boss", "next", "who's") or nxt in _NOT_HEADS or nxt in _ITS_BEFORE:
        return False
    if _noun_phrase_then_verb(tokens, i + 1):
        return True  # "who's political career ended", "who's top issue was"
    found = set(lx.tags(nxt))
    if "n" not in found or {"r", "x"} & found or nxt.endswith(("ing", "ed")):
        return False
    if nxt.endswith(_ADJECTIVE_ENDINGS):
        return False  # "who's responsible": the table lists some adjectives as nouns only
    if "p" in found and "a" not in found:
        return True  # "who's mothers are"
    # Otherwise a finite verb must follow, perhaps after a second noun: "who's stock
    # peaked", "who's campaign website has" (a bare verb cannot follow "who is").
    for k in (i + 2, i + 3):
        after = tokens[k][0] if k < len(tokens) else ""
        after_tags = lx.tags(after)
        if after in _VERBISH or "v" in after_tags and after.endswith(("ed", "s")):
            return True
        if k == i + 3 or k >= len(tokens) or not _word(tokens[k]):
            return False
        if not ("n" in after_tags or not after_tags and lx.is_word(after)):
            return False
    return False


class ConfusedWord(_ContextRule):
    """A word confused with one that sounds alike, in a context that gives it away.

    *What it flags*: "who's" before a noun, or an adjective and a noun, followed by a verb
    ("who's political career began": whose); "loose" after "to", "will" or "not"
    (lose); "has lead", "was lead by", and "lead" after "this", "it", "he" or "she" opening a
    clause ("This lead to protests", "she lead the march") (led); "an affect on", "take affect" (effect);
    "had past the" and "the passed few weeks" (passed, past); "too the" and "was to late"
    (to, too); "they where" (were); "weather or not", "asked weather" (whether); "the
    whether" (weather); "to except the offer" (accept); "free reign", "reign in spending"
    (rein); "peaked his interest" (piqued); "bare in mind" (bear); "lets" opening a clause
    before a verb ("Come, lets stop here": let's); "your" before a verb in -ing that is no noun
    and "to", an article, "for" or "at" ("if your going to vote": you're); "the" before
    "would", "could" or "should" (they); "quiet" before an adjective that is no noun or verb,
    or before "a few", "a lot", "a bit" ("quiet different": quite); "quite" after an article
    before a noun ("a quite street": quiet).

    *Why it matters*: a spell checker accepts every one of these words; only the context
    shows that the writer meant the other one.

    *Flagged*: "The scandal has lead to the minister's resignation."

    *Preferred*: "The scandal has led to the minister's resignation."

    *Known limits*: each pair is checked only in contexts where the wrong word cannot be
    right; "its"/"it's", "their"/"there", "than"/"then" and "would of" have rules of their
    own (S201–S204). Other uses of these words are left alone.

    *Evidence*: besides the contexts above, the words of the rule's confusion sets
    (``data/confusion_sets.txt``) are weighed by how much likelier the other word is between
    the same neighbours in 81 million words of openly licensed English (``newslint.ngrams``);
    where it is far likelier than the pair's calibrated margin (by ``ngrams.SURE`` more), the
    rule gives advice (info): on clean copy that evidence alone is right too seldom for a
    warning.
    """

    evidence = True
    code = "S205"
    name = "confused-word"
    triggers = _words(
        "who's whose loose loosing lead affect affects past passed too where weather whether lets"
        " your quiet quite"
        " except reign reigned reigning peaked peaks peak bare"
    )
    pattern = re.compile(
        r"(?<![\w'])(?:"
        + "|".join(sorted(triggers, key=lambda w: (-len(w), w)))  # one order every run
        + r"|to(?= (?:" + "|".join(sorted(_TOO_ADJECTIVES)) + r")\b)"
        + r"|[Tt]he(?= (?:would|could|should)\b(?!-)))(?![\w'])"
    )
    examples = (
        flagged("The scandal has lead to the minister's resignation.", "lead"),
        flagged("The party could loose its majority.", "loose"),
        flagged("This lead to protests, and she lead the march.", "lead", "lead"),
        flagged("Come, lets stop here for the night.", "lets"),
        flagged("If your going to vote, bring a photo ID.", "your"),
        flagged("Officials said the would meet on Friday.", "the"),
        flagged("The results were quiet different; quiet a few live on a quite street.", "quiet", "quiet", "quite"),
        flagged("Officials asked weather the vote would go ahead.", "weather"),
        flagged("The minister gave the police free reign.", "reign"),
        flagged("The man who's car was stolen spoke.", "who's"),
        flagged("Mr Sanders, who's political career began in Vermont, spoke.", "who's"),
        flagged("A leader who's very face is a symbol spoke.", "who's"),
        flagged("The talks will have an affect on prices.", "affect"),
        flagged("They where told to leave.", "where"),
        flagged("“We will loose the vote,” said Zoë Müller.", "loose"),
        flagged("\"We will loose the vote,\" he said.", "loose"),
        flagged("It was to late", "to late"),
        flagged("Weather or not the vote goes ahead, talks will resume.", "Weather"),
        accepted(""),
        accepted("The scandal has led to the resignation; lead pipes were found."),
        accepted("Police followed this lead to a house; let it lead to the truth."),
        accepted("The app lets users vote; she holds on and lets go. The court lets stand a ban."),
        accepted("If you're going to vote, check your polling station and your voting card."),
        accepted("We appreciate your taking the time, and thank you for your wanting to help."),
        accepted("The would-be mayor said they would meet on Friday."),
        accepted("A quiet little town fell quiet as the mayor spoke; keep quiet about it, quite simply."),
        accepted("The rope was loose and the weather was fine; whether it holds is unclear."),
        accepted("The queen's reign in Britain ended; who's going to lead?"),
        accepted("Ask who's next in line, who's been there and who's responsible."),
        accepted("A man who's very good and who's very much alive spoke."),
        accepted("“We had to leave,” said Zoë Müller. \"It was too late.\""),
        accepted("The effect on prices was small; it will affect the poor."),
    )

    def at(self, tokens, i, token, vocabulary=None):
        word = token[0]
        n = len(tokens)
        prev = tokens[i - 1][0] if i else ""
        nxt = tokens[i + 1][0] if i + 1 < n else ""
        nxt2 = tokens[i + 2][0] if i + 2 < n else ""
        if word == "who's" and (
            nxt == "own"
            or nxt == "very"
            and i + 2 < len(tokens)
            and _word(tokens[i + 2])
            and "n" in lx.tags(tokens[i + 2][0])
            and not {"a", "r", "x"} & set(lx.tags(tokens[i + 2][0]))
        ):
            return (i, i, word, "whose", " (the possessive)")  # "who's very face", "who's own"
        if word == "who's" and _whose_slot(tokens, i):
            return (i, i, word, "whose", " (the possessive)")
        if word == "whose" and nxt in ("been", "going", "gonna"):
            return (i, i, word, "who's", "")
        if word == "loose" and (prev in _MODALS or prev.endswith("n't")) and (nxt in _OBJECTS or nxt in ("out", "weight", "money", "ground", "control", "power", "votes", "jobs", "sight", "faith", "touch", "hope", "support")):
            return (i, i, word, "lose", "")
        if word == "loosing" and (nxt in _OBJECTS or nxt in ("out", "weight", "money", "ground", "control", "power", "votes", "jobs", "sight", "faith", "touch", "hope", "support")):
            return (i, i, word, "losing", "")
        if word == "lead":
            if prev in _HAVE and (nxt in _OBJECTS | _words("to by into off away up") or _not_a_noun(nxt)):
                return (i, i, word, "led", " (the past participle)")
            if prev in _BE and nxt == "by" and prev not in ("be", "being"):
                return (i, i, word, "led", " (the past participle)")
            if prev in _SINGULAR_SUBJECTS and nxt in _words("to the a an his her its their") and (
                i < 2 or tokens[i - 2][0] in _CLAUSE_START
            ):
                # "This lead to protests", "She lead the team": a singular subject takes
                # "leads" or "led", and the slip is nearly always the past tense
                return (i, i, word, "led", " (the past tense)")
        if word in ("affect", "affects"):
            right = "effect" if word == "affect" else "effects"
            if prev in ("an", "the", "no", "any", "little", "side", "adverse") and nxt in ("on", "of", "upon"):
                return (i, i, word, right, "")
            if prev in ("take", "takes", "took", "taken", "taking", "into") and nxt in ("on", "from", "in", "immediately", ".", ","):
                return (i, i, word, right, "")
        if word == "past" and prev in _HAVE and nxt in _OBJECTS | _words("away through by over on"):
            return (i, i, word, "passed", "")
        if word == "passed" and prev in ("the", "this") and nxt in _words("few two three several week weeks month months year years decade decades day days century"):
            return (i, i, word, "past", "")
        if word == "too" and nxt in _OBJECTS - _words("many much") | _words("be do make take get go see"):
            if nxt not in ("that", "this") and prev not in ("me", "us", "you", "him", "them", "her"):
                return (i, i, word, "to", "")
        if word == "to" and nxt in _TOO_ADJECTIVES and prev in _TOO_BEFORE and nxt2 in ("to", "for", ".", ",", ";", ""):
            return (i, i + 1, f"to {nxt}", f"too {nxt}", "")
        if word == "where" and prev in ("we", "they", "you") and nxt in _words(
            "not also still all in at on being told going never both due able unable forced"
            " killed asked given taken sent to the a an"
        ):
            return (i, i, word, "were", "")
        if word == "weather":
            if nxt == "or" and nxt2 == "not":
                return (i, i, word, "whether", "")
            if prev in _WHETHER_BEFORE and nxt in _WHETHER_AFTER and not (prev in ("to", "about") and nxt == "the"):
                return (i, i, word, "whether", "")
        if word == "whether" and prev in ("the", "bad", "good", "cold", "hot", "severe", "extreme") :
            return (i, i, word, "weather", "")
        if word == "except" and (prev in _MODALS or prev in ("refused", "agreed")) and nxt in _OBJECTS | _words("responsibility defeat it"):
            return (i, i, word, "accept", "")
        if word == "reign":
            if prev == "free":
                return (i, i, word, "rein", " (the idiom is \"free rein\")")
            if nxt == "in" and (prev in _MODALS or prev == "to") and nxt2 and nxt2[:1].isalpha():
                return (i, i, word, "rein", " (to \"rein in\" is to restrain)")
        if word in ("reigned", "reigning") and nxt == "in" and nxt2 in _words("spending costs inflation prices borrowing debt the their his her its"):
            if nxt2 in ("the", "their", "his", "her", "its") and not (i + 3 < n and tokens[i + 3][0][:1].islower()):
                return None
            return (i, i, word, "reined" if word == "reigned" else "reining", "")
        if word in ("peaked", "peaks", "peak") and nxt in _words("his her their my our your the") and nxt2 in ("interest", "curiosity"):
            return (i, i, word, {"peaked": "piqued", "peaks": "piques", "peak": "pique"}[word], "")
        if word == "bare" and nxt == "in" and nxt2 == "mind":
            return (i, i, word, "bear", "")
        if (
            word == "lets"
            and (i == 0 or prev in _words(", ; : so now well “ \" (") or ngrams.starts_sentence(tokens, i))
            and i + 1 < n
            and _word(tokens[i + 1])
            and "v" in lx.tags(nxt)
            and nxt not in _OBJECTS | _words("us me go")
        ):
            # "Come, lets stop here", "Lets hope so": with no one before it to do the
            # letting ("and lets stand the ruling" has), and a verb after it, this is "let us"
            return (i, i, word, "let's", " (short for \"let us\")")
        if word == "quiet" and prev not in _QUIET_BEFORE and i + 2 < n and _word(tokens[i + 1]):
            after = lx.tags(nxt)
            if nxt in ("a", "an") and nxt2 in _words("few lot bit while number"):
                return (i, i, word, "quite", "")  # "quiet a few"
            if (
                "a" in after
                and not {"n", "v"} & set(after)
                and nxt not in _ALL_PREPOSITIONS
                and not lx.tags(nxt2).startswith("n")
            ):
                # "quiet different", "quiet often": a degree adverb, not the adjective
                # (which would describe a noun after it: "quiet little towns")
                return (i, i, word, "quite", "")
        if word == "quite" and prev in _DETERMINERS and "n" in lx.tags(nxt) and "a" not in lx.tags(nxt):
            return (i, i, word, "quiet", "")  # "a quite street": the adjective
        if word == "the" and nxt in ("would", "could", "should"):
            # "They said the would vote": an article cannot stand before a modal verb
            return (i, i, word, "they", "")
        if (
            word == "your"
            and (i == 0 or prev in _YOU_ARE_BEFORE)
            and nxt.endswith("ing")
            and "v" in lx.tags(nxt)
            and "n" not in lx.tags(nxt)
            and nxt2 in _words("to a an the for at")
        ):
            # "if your going to vote", "so your looking for a job": opening a clause, a verb
            # in -ing that is no noun, followed by what a verb takes, needs "you are" (after
            # a verb or preposition it is a gerund: "I appreciate your taking the time")
            return (i, i, word, "you're", " (short for \"you are\")")
        return None


# Nouns in -ance/-ence/-ency that news copy seldom uses as modifiers, so that one standing
# before the word it describes is its adjective mistyped. Nouns often used as modifiers
# ("an independence referendum", "a confidence vote", "an assistance package", "a
# convenience store") are not in the list.
_MISUSED_NOUNS = _words(
    """
    importance significance difference violence dominance relevance prominence brilliance
    elegance arrogance reluctance abundance excellence permanence persistence urgency
    indifference insignificance irrelevance magnificence extravagance ignorance diligence
    prudence
    """
)
# Heads that follow such a noun in a compound ("a significance test", "a violence prevention
# programme"): nouns of measurement, policy and organisation.
_COMPOUND_HEADS = _words(
    """
    test tests testing level levels threshold prevention reduction programme program policy
    act law bill fund package rate ratio index scheme campaign movement day vote motion
    referendum unit group party service services officer officers agency minister ministry
    spending budget deal agreement talks plan strategy report review team analysis survey
    study data figures statistics forces sector industry market system committee council
    hearing trial case cases charge charges order orders claim claims rating ratings score
    """
)
_NOT_HEADS = _DETERMINERS | _PREPOSITIONS | _VERBISH | _words(
    "and or but that which who whom whose as than when where while because if between it he"
    " she they we i you there here not"
)


class NounForAdjective(_ContextRule):
    """A noun where its adjective belongs: "an importance confidence-building step".

    *What it flags*: "a" or "an" followed by a noun in -ance, -ence or -ency that news copy
    seldom uses as a modifier, and then by the word it should describe: "an importance
    measure" (important), "a significance increase" (significant), "a violence protest"
    (violent), "a difference approach" (different); after "the" too when the word described
    is a hyphenated compound ("the importance confidence-building measure"); and
    "difference" where "different" belongs: "very difference strategies", "20 difference
    states", "would be difference.", "backed difference candidates".

    *Why it matters*: the slip is invisible to a spell checker, and it often survives into
    print inside quotations, where it makes the speaker look careless.

    *Flagged*: "The US praised it as an importance confidence-building measure."

    *Preferred*: "The US praised it as an important confidence-building measure."

    *Known limits*: nouns that news copy uses as modifiers are left alone ("an independence
    referendum", "an assistance package", "a confidence vote"), as are compounds with a
    noun of measurement or policy ("a significance test", "a violence prevention
    programme") and "make a difference". After "the" a plain noun is not checked, since "the
    difference officials saw" is right.

    *Evidence*: besides the contexts above, the words of the rule's confusion sets
    (``data/confusion_sets.txt``) are weighed by how much likelier the other word is between
    the same neighbours in 81 million words of openly licensed English (``newslint.ngrams``);
    where it is far likelier than the pair's calibrated margin (by ``ngrams.SURE`` more), the
    rule gives advice (info): on clean copy that evidence alone is right too seldom for a
    warning.
    """

    evidence = True
    code = "S206"
    name = "noun-for-adjective"
    triggers = _words("a an the")
    pattern = re.compile(
        r"(?<![\w'])(?:(?:an|a|the)(?=\s+[^\W\d_]+(?:ance|ence|ency)\b)|difference(?![\w'-]))"
    )
    examples = (
        flagged("The US praised it as an importance confidence-building measure.", "importance"),
        flagged("Officials reported a significance increase in cases.", "significance"),
        flagged("Police broke up a violence protest.", "violence"),
        flagged("Zoë Müller called it “an importance step”.", "importance"),
        flagged("Zoë Müller called it \"an importance step\".", "importance"),
        flagged("Officials said it was a significance change", "significance"),
        flagged("An importance step was taken.", "importance"),
        accepted(""),
        accepted("The US praised it as an important confidence-building measure."),
        accepted("An independence referendum, an assistance package and a significance test."),
        accepted("The difference officials saw was small; the importance of the talks grew."),
        accepted("It made a difference, and “the significance is clear,” said Zoë Müller."),
        flagged("It allows the difference brands to share parts.", "difference"),
        accepted("The difference matters to voters, and the difference costs make is clear."),
    )

    def at(self, tokens, i, token, vocabulary=None):
        word = token[0]
        if word == "difference":
            return _difference_for_different(tokens, i)
        if i + 2 >= len(tokens):
            return None
        noun_token, head_token = tokens[i + 1], tokens[i + 2]
        noun, head = noun_token[0], head_token[0]
        if noun not in _MISUSED_NOUNS:
            return None
        adjective = lx.adjective_of(noun)
        if adjective is None or head_token[1] == noun_token[2]:
            return None  # no space after the noun: "the difference-maker"
        if i and tokens[i - 1][0] in _MAKE:
            return None  # "make a difference right now"
        if not _word(head_token) or head_token[3][:1].isupper():
            return None
        if head in _NOT_HEADS or head in _COMPOUND_HEADS or head in _TIME_WORDS:
            return None
        compound = (
            i + 3 < len(tokens) and tokens[i + 3][0] == "-" and tokens[i + 3][1] == head_token[2]
        )  # "an importance confidence-building measure"
        if not compound:
            head_tags = lx.tags(head)
            if word == "the" or not ({"n", "a"} & set(head_tags)) or "r" in head_tags:
                return None
        return (i + 1, i + 1, noun, adjective, " (the adjective, before the word it describes)")


_MAKE = _words("make makes made making")
_INTENSIFIERS = _words(
    """
    very vastly starkly completely entirely totally radically fundamentally slightly somewhat
    markedly strikingly dramatically significantly substantially wildly remarkably utterly
    profoundly notably distinctly decidedly
    """
)
_QUANTIFIERS = _words(
    "many several few various two three four five six seven eight nine ten dozen hundred"
    " thousand million these those all"
)
_COPULAS = _words("is are was were be been being seem seems seemed looks looked feel feels")


# What may follow "different countries" but not a clause "(that) voters make": a mark, a
# preposition, a conjunction.
_AFTER_PLURAL_SUBJECT = _words(", . ; : and or in of on at with for from across around between")


def _difference_for_different(tokens, i):
    """"difference" where "different" belongs: "very difference strategies", "20 difference
    states", "would be difference.", "in difference respects"."""
    prev = tokens[i - 1][0] if i else ""
    nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    nxt_is_plural = (
        i + 1 < len(tokens)
        and _word(tokens[i + 1])
        and not tokens[i + 1][3][:1].isupper()
        and lx.is_plural_noun(nxt)
        and nxt not in _TIME_WORDS
        and "v" not in lx.tags(nxt)
    )
    found = None
    plural_any = (
        i + 1 < len(tokens)
        and _word(tokens[i + 1])
        and not tokens[i + 1][3][:1].isupper()
        and lx.is_plural_noun(nxt)
        and nxt not in _TIME_WORDS
        and tokens[i + 1][1] > tokens[i][2]
    )
    then = tokens[i + 2][0] if i + 2 < len(tokens) else ""
    after_to = tokens[i + 3][0] if i + 3 < len(tokens) else ""
    if prev in ("the", "these", "those", "its", "their", "his", "her", "our") and plural_any and (
        nxt_is_plural and then in _AFTER_PLURAL_SUBJECT
        or then == "to" and "v" in lx.tags(after_to) and not lx.is_plural_noun(after_to)
        and after_to not in _TIME_WORDS
    ):
        # "the difference brands to share parts", "the difference countries"
        found = True
    elif prev in _INTENSIFIERS:
        found = True
    elif prev in _COPULAS and (not nxt or nxt in (".", ",", ";", ":", "!", "?", "than", "from")):
        found = True
    elif (prev in _QUANTIFIERS or prev[:1].isdigit()) and nxt_is_plural:
        found = True
    elif nxt_is_plural and (
        prev in _ALL_PREPOSITIONS
        or "v" in lx.tags(prev) and not {"n", "a"} & set(lx.tags(prev)) and prev not in _MAKE
    ):
        found = True
    if found:
        return (i, i, "difference", "different", " (the adjective)")
    return None


# Nouns that take a plural verb in British usage, or that are plural in meaning.
_COLLECTIVE = _words(
    """
    government team police family committee public staff people crowd majority minority couple
    group council board party army jury audience panel cabinet band club side company firm
    union management opposition navy military cast crew class electorate population media
    data press youth clergy personnel cattle rest number total pair range series variety lot
    plenty percent cent bulk half third quarter remainder squad department ministry leadership
    administration establishment regime bank federation coalition alliance congress parliament
    senate assembly commission community society country nation world family village town
    city state league church school university college hospital council court aircraft
    sheep fish deer species offspring headquarters means livestock craft spacecraft duo trio
    quartet
    """
)
_SUBJUNCTIVE_CUES = _words("if though wish wished whether as unless even suppose imagine")
_SUBJECT_DETERMINERS = _words("the a an this that each every another either neither")


_TITLES = COURTESY_TITLES
# Singular nouns that count a plural: "there were a number of", "there were a dozen".
_QUANTITY_NOUNS = _words(
    """
    number lot host series couple handful dozen score total bunch range variety couple
    multitude plethora raft spate flurry string succession majority minority hundred thousand
    million billion pair set few
    """
)
_NUMBERS = _words(
    "one two three four five six seven eight nine ten eleven twelve dozen hundred thousand"
    " million billion proportion percentage share fraction handful"
)


# What may stand before a subject: the start of a clause, a conjunction, a reporting verb.
_CLAUSE_OPENERS = _words(
    """
    , ; : ( — – " “ ‘ ' . ! ? that when while because although though since but so after before
    how why what whether
    until once where said says say told added noted reported claimed argued believe believed
    believes think thinks thought found finds showed shows revealed insisted warned admitted
    announced confirmed stated suggested explained wrote writes
    """
)
_ALL_PREPOSITIONS = _words(
    """
    of in on at for with to from by about into over under against during after before without
    within through across behind between among amid despite including like than per via near
    beyond toward towards upon onto outside inside
    """
) - _words("after before")


def _singular_noun_at(tokens, j) -> bool:
    if j < 0 or not _word(tokens[j]):
        return False
    text, written = tokens[j][0], tokens[j][3]
    if written[:1].isupper():
        return False
    return text not in _COLLECTIVE and text not in _NUMBERS and lx.is_singular_noun(text)


def _singular_phrase_before(tokens, j):
    """When token ``j`` is a singular noun that opens with a determiner ("the poll", "a new
    mobile phone", "its $17m profit"), the determiner's index; else None."""
    if not _singular_noun_at(tokens, j) or tokens[j][0] in ("following", "remaining", "rest"):
        return None  # "the following were"
    k = j - 1
    modifiers = 0
    while k >= 0 and modifiers <= 3:
        text = tokens[k][0]
        if text in _SUBJECT_DETERMINERS or text in ("its", "his", "her", "their", "our", "my", "your", "whose"):
            return k
        if text.endswith("'s") and _word(tokens[k]):
            # "Clinton's fundraising arrangement", "the committee's report"
            if k >= 1 and tokens[k - 1][0] in _SUBJECT_DETERMINERS:
                return k - 1
            return k
        if text in ("$", "£", "€", "%") or text[:1].isdigit():
            modifiers += 1
            k -= 1
            continue
        if text == "-" and k >= 1 and tokens[k - 1][2] == tokens[k][1] and tokens[k][2] == tokens[k + 1][1]:
            k -= 1  # "the motion-sensitive phone": a hyphen inside a compound
            continue
        if not _word(tokens[k]):
            return None
        if tokens[k][3][:1].isupper():
            # "the Ohio Republican", "the Benghazi scandal", "the Fox News poll"
            m = k
            while (
                m > 0
                and m > k - 3
                and _word(tokens[m - 1])
                and tokens[m - 1][3][:1].isupper()
                and tokens[m - 1][0] not in _SUBJECT_DETERMINERS
            ):
                m -= 1
            if m > 0 and tokens[m - 1][0] in _SUBJECT_DETERMINERS:
                return m - 1
            if k > 0 and tokens[k - 1][0] in _SUBJECT_DETERMINERS:
                return k - 1
        if tokens[k][3][:1].isupper():
            return None
        found = lx.tags(text)
        if not ({"a", "n"} & set(found)) or "p" in found or text in _NOT_HEADS:
            return None
        modifiers += 1
        k -= 1
    return None


def _lone_subject(tokens, k) -> bool:
    """The noun phrase that starts at ``k`` is not one of two joined subjects."""
    return not (k >= 1 and tokens[k - 1][0] in ("and", "or", "nor", "both", "between"))


def _subjunctive(tokens, i) -> bool:
    """A conditional or wishing word earlier in the clause of the "were" at ``i``."""
    for k in range(i - 1, max(-1, i - 8), -1):
        text = tokens[k][0]
        if text in (",", ";", ".", ":", "—", "–"):
            return False
        if text in _SUBJUNCTIVE_CUES:
            return True
    return False


_HE_SUBJUNCTIVE = _words("if though wish wished wishes unless suppose imagine supposing lest")
_THAT_SUBJECT_BEFORE = _words(". ! ? ; : because but “ \" ( — –")
# Nouns a "that" after which may start a clause of its own ("the fact that were …" cannot,
# but "so much that", "such a way that" may): left alone.
_THAT_NOUNS = _words("way much kind sort fact time moment point extent degree idea day year")
_PERSON_NOUNS = _words(
    """
    man woman boy girl child person father mother son daughter brother sister husband wife
    official spokesman spokeswoman spokesperson friend leader candidate president senator
    governor mayor minister voter member resident worker student teacher doctor nurse soldier
    officer lawyer judge director executive chairman chairwoman founder owner player coach
    manager adviser advisor aide donor billionaire millionaire businessman businesswoman
    protester supporter critic activist analyst reporter journalist editor writer author
    veteran victim suspect witness neighbour neighbor colleague partner
    """
)
_PERSON_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent")


def _he_subjunctive(tokens, i) -> bool:
    """A conditional or wishing word close before "he were" / "she were": "if he were",
    "as if she were", "wished he were", "even though he were"."""
    for k in range(i - 2, max(-1, i - 5), -1):
        text = tokens[k][0]
        if text in (",", ";", ".", ":", "—", "–"):
            return False
        if text in _HE_SUBJUNCTIVE:
            return True
    return False


def _one_of_before(tokens, i):
    """The offset of "one" in "one of the ringleaders were", or None."""
    k = i - 1
    if not lx.is_plural_noun(tokens[k][0]):
        return None
    k -= 1
    steps = 0
    while k >= 1 and steps < 3 and tokens[k][0] not in ("of",):
        if not _word(tokens[k]):
            return None
        k -= 1
        steps += 1
    if k >= 1 and tokens[k][0] == "of" and tokens[k - 1][0] == "one":
        if k >= 2 and tokens[k - 2][0] in ("than", "only", "the", "and", "or", "nor"):
            return None  # "more than one of them were", "the only one of …"
        return k - 1
    return None


class WereAfterSingular(_ContextRule):
    """"were" after a singular subject ("the poll were conducted", "he were").

    *What it flags*: "he were" and "she were" outside conditional clauses ("after saying he
    were", "than she were"), "it were" after the start of a clause; "there were a" or "there
    were no" before a singular noun ("there were a problem"); "that", "which" or "who" with
    "were" right after a singular noun ("a banner that were torn", "an official who were");
    "because that were", "but that were";
    "were" after a singular noun that follows "the", "a", "its", "each" and the like (with
    at most three words between) and is not a collective noun: "the poll were", "the first
    mobile phone were", "each candidate were", "its $17m profit were"; the same with a
    phrase of two singular nouns ("the profit for the quarter were"); "the move, which were";
    "one of the ringleaders were"; and "Mr Brown were".

    *Why it matters*: a verb that does not agree with its subject is usually a left-over of
    rewriting, and it reads as a mistake.

    *Severity*: advice (info), and off by default: on real copy nearly all of its findings
    were wrong (collective and plural subjects, inversions: "the former were routed", "Gone
    were the heated interruptions"). Subject-verb agreement is G203's job, which finds the
    subject's head noun; S207 is kept for ``extend-select = ["S207"]`` since it also reads
    "there were a problem" and "a banner that were torn", which G203 leaves alone.

    *Flagged*: "The poll were conducted last week."

    *Preferred*: "The poll was conducted last week."

    *Known limits*: the subjunctive is left alone ("if he were", "as it were", "as though
    she were"), as are collective nouns that British copy treats as plural ("the government
    were", "the team were") and two subjects joined by "and"; a subject with a plural noun
    between it and its verb ("the poll of voters were") is not checked.
    """

    code = "S207"
    name = "were-after-singular"
    severity = "info"
    default_on = False
    triggers = _words("were")
    examples = (
        flagged("The poll were conducted last week.", "were"),
        flagged("Officials said he were injured.", "were"),
        flagged("Zoë Müller said the report were false.", "were"),
        flagged("“The vote were rigged,” he said.", "were"),
        flagged("\"The vote were rigged,\" he said.", "were"),
        flagged("He said each candidate were", "were"),
        flagged("After saying he were nervous, the man asked his question.", "were"),
        flagged("There were a problem with the count.", "were"),
        flagged("She held up a banner that were quickly torn down.", "were"),
        accepted("There were a number of delays, and voters who were angry."),
        accepted("The printers made colours that lasted and that were brighter."),
        accepted(""),
        accepted("The poll was conducted last week; the polls were wrong."),
        accepted("If he were elected, it would be, as it were, a shock; I wish she were here."),
        accepted("The government were divided and the police were called."),
        accepted("“The results were clear,” said Zoë Müller."),
    )

    def at(self, tokens, i, token, vocabulary=None):
        if token[0] != "were" or i == 0:
            return None
        subject = tokens[i - 1][0]
        if subject in ("he", "she", "it", "i", "this"):
            # subjunctive: "if he were", "as it were", "wish she were", "were it not"
            if _subjunctive(tokens, i) if subject not in ("he", "she") else _he_subjunctive(tokens, i):
                return None
            before = tokens[i - 2][0] if i >= 2 else ""
            if subject in ("he", "she"):
                # "he" and "she" can only be subjects: "after saying he were nervous"
                if before in ("and", "or", "nor", "&", "-", "–", "/"):
                    return None  # "she and he were"
            elif i >= 2 and before not in _CLAUSE_OPENERS | _words("but"):
                return None  # "the people working on it were", "my husband and I were"
            if subject == "this" and i + 1 < len(tokens) and tokens[i + 1][0] == "were":
                return None
            return (i, i, "were", "was", f" (\"{tokens[i - 1][3]}\" takes \"was\")")
        if subject == "that" and i >= 2 and tokens[i - 2][0] in _THAT_SUBJECT_BEFORE:
            # "because that were the plan", "But that were last fall": "that" is the subject
            if not _subjunctive(tokens, i):
                return (i, i, "were", "was", " (\"that\" takes \"was\")")
        if subject in ("who", "that", "which") and i >= 3 and not _subjunctive(tokens, i):
            # "a banner that were ripped", "a campaign official who were": the relative
            # pronoun stands for the singular noun just before it
            k = _singular_phrase_before(tokens, i - 2)
            noun = tokens[i - 2][0]
            if (
                k is not None
                and _lone_subject(tokens, k)
                and (k == 0 or tokens[k - 1][0] not in _ALL_PREPOSITIONS | _words("than"))
                and noun not in _THAT_NOUNS
                and (subject != "who" or noun in _PERSON_NOUNS or noun.endswith(_PERSON_ENDINGS))
                and _one_of_before(tokens, i - 1) is None
            ):
                return (i, i, "were", "was", f" (\"{subject}\" stands for \"{tokens[i - 2][3]}\", which is singular)")
        if subject == "there" and i + 2 < len(tokens) and not _subjunctive(tokens, i):
            # "there were a problem", "there were no reason": a singular noun follows
            quantity = tokens[i + 1][0]
            noun = tokens[i + 2]
            at = i + 2
            if (
                quantity in ("a", "an")
                and i + 3 < len(tokens)
                and "a" in lx.tags(noun[0])
                and not {"n", "v", "p", "r"} & set(lx.tags(noun[0]))
                and not noun[3][:1].isupper()
                and _word(tokens[i + 3])
            ):
                noun = tokens[i + 3]  # "there were a strong current"
                at = i + 3
            if (
                quantity in ("a", "an", "no", "one")
                and _word(noun)
                and not noun[3][:1].isupper()
                and noun[0] not in _COLLECTIVE | _NUMBERS | _QUANTITY_NOUNS | _TIME_WORDS
                and lx.is_noun_only(noun[0])
                and lx.is_singular_noun(noun[0])
                and (at + 1 >= len(tokens) or tokens[at + 1][0] not in ("of", "and", "or", "-", "–"))
                and (at + 1 >= len(tokens) or not lx.is_plural_noun(tokens[at + 1][0]))
            ):
                return (i, i, "were", "was", f" (\"{noun[3]}\" is singular)")
        if subject in ("-", "–", "—") and tokens[i - 1][1] > tokens[i - 2][2]:
            # "The phone - made by Sharp - were developed": the subject stands before the aside
            for d in range(i - 3, max(0, i - 14), -1):
                if tokens[d][0] == subject:
                    k = _singular_phrase_before(tokens, d - 1)
                    if (
                        k is not None
                        and _lone_subject(tokens, k)
                        and (k == 0 or tokens[k - 1][0] in _CLAUSE_OPENERS)
                        and not _subjunctive(tokens, k + 1)
                    ):
                        return (i, i, "were", "was", f" (\"{tokens[d - 1][3]}\" is singular)")
                    break
                if tokens[d][0] in (".", ";", "!", "?", "and", "or"):
                    break
            return None
        if not _word(tokens[i - 1]):
            return None
        written = tokens[i - 1][3]
        if written[:1].isupper():
            # "Mr Brown were": a title, then one name
            if (
                i >= 2
                and tokens[i - 2][0] in _TITLES | {"."}
                and (tokens[i - 2][0] != "." or i >= 3 and tokens[i - 3][0] in _TITLES)
                and written[1:].islower()
                and "and" not in [t[0] for t in tokens[max(0, i - 6) : i - 1]]
            ):
                return (i, i, "were", "was", f" (\"{tokens[i - 2][3]} {written}\" is one person)")
            # "Obama were": a name the story gives with a title ("President Obama") elsewhere
            people = vocabulary.people if vocabulary is not None else set()
            nearby = [t[0] for t in tokens[max(0, i - 6) : i - 1]]
            if (
                subject in people
                and written[1:].islower()
                and not _subjunctive(tokens, i)
                and "and" not in nearby
                and "&" not in nearby
            ):
                k = i - 2
                if k >= 0 and tokens[k][3][:1].isupper() and _word(tokens[k]):
                    k -= 1  # a first name: "Hillary Clinton were"
                if k < 0 or tokens[k][0] in _CLAUSE_OPENERS | _words("and but or . ! ?"):
                    if not (k >= 0 and tokens[k][0] in ("and", "or")):
                        return (i, i, "were", "was", f" (\"{written}\" is one person)")
            return None
        # "one of the ringleaders were": the subject is "one"
        if _one_of_before(tokens, i) is not None:
            return (i, i, "were", "was", " (the subject is \"one\")")
        if _subjunctive(tokens, i):
            return None  # "if a bid were successful"
        if subject in ("that", "who") and i >= 2 and tokens[i - 2][0] == "one":
            return (i, i, "were", "was", " (the subject is \"one\")")  # "one that were"
        if subject == "who" and i >= 3 and tokens[i - 2][0] == ",":
            # "Whit Ayres, who were": one person named before the comma
            people = vocabulary.people if vocabulary is not None else set()
            if tokens[i - 3][0] in people and tokens[i - 3][3][:1].isupper():
                return (i, i, "were", "was", " (\"who\" stands for one person)")
            return None
        if subject == "which" and i >= 3 and tokens[i - 2][0] == ",":
            # "The move, which were justified": a singular noun phrase before the comma
            k = _singular_phrase_before(tokens, i - 3)
            if k is not None and _lone_subject(tokens, k):
                noun = tokens[i - 3][3]
                return (i, i, "were", "was", f" (\"which\" stands for \"{noun}\", which is singular)")
            return None
        k = _singular_phrase_before(tokens, i - 1)
        if k is None or not _lone_subject(tokens, k):
            return None
        if (
            k >= 1
            and tokens[k][0] != "whose"
            and tokens[k - 1][0] not in _CLAUSE_OPENERS | _CLAUSE_VERBS | _words("” ’")
            and tokens[k - 1][0] not in _ALL_PREPOSITIONS
        ):
            return None  # "voters who have a degree were": the noun is an object
        if k >= 1 and tokens[k - 1][0] in _PREPOSITIONS - _words("after before"):
            # "the profit for the quarter were": both nouns singular, so either is the subject
            head = k - 2
            if head < 0 or tokens[k - 1][0] not in _words("for of in on at from with"):
                return None
            outer = _singular_phrase_before(tokens, head)
            if outer is None or not _lone_subject(tokens, outer) or _one_of_before(tokens, head + 1):
                return None
            if outer >= 1 and tokens[outer - 1][0] not in _CLAUSE_OPENERS | _CLAUSE_VERBS:
                return None
        elif k >= 1 and tokens[k - 1][0] in _ALL_PREPOSITIONS:
            return None  # "Democrats without a college degree were"
        return (i, i, "were", "was", f" (\"{written}\" is singular)")
