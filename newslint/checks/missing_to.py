"""G305: "to" missing between two verbs ("seeking become", "decided leave")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import lexicon as lx
from ..datafiles import data_lines, data_words
from ..rule import Context, Rule, accepted, flagged
from .missing_words import headline_style, tokens_at
from .verbs import bases, function_words


@lru_cache(maxsize=1)
def to_verbs() -> dict[str, str]:
    """Each form of a verb that takes "to" before another verb ("seeking", "wants") -> lemma."""
    found = {}
    for line in data_lines("to_verbs.txt"):
        lemma, _, _, forms = line.split("\t")
        found.update(dict.fromkeys(forms.split(), lemma))
    return found


@lru_cache(maxsize=1)
def _g305() -> re.Pattern:
    forms = lx.alternation(to_verbs())  # (a tree of letters: scanned five times faster)
    return re.compile(rf"(?<![\w'’-])(?:{forms})[ \t]+([a-z]+)(?![\w'’-])")


# The first verb: not a participle ("the things I have chosen seem", "is proposed"), whose
# complement may be a causative's bare verb.
_FIRST_TAGS = ("VB", "VBD", "VBZ", "VBP", "VBG", "VBN")
_BE = frozenset("be is are was were been being am 's 're".split())
_OBJECT_TAGS = ("DT", "PRP$", "PRP", "CD", "RP", "NNS", "NNP", "NNPS", "JJ")
# Verbs before which a verb is bare by rule ("make believe", "let continue").
_CAUSATIVES = frozenset("make makes made making let lets letting help helps helped helping".split())
# Linking verbs take a participle as their complement ("seemed shut up", "proved mistaken").
_LINKING = frozenset(("seem", "appear", "prove", "remain", "turn"))


def _verb_base(word: str) -> bool:
    """A base form of a verb ("become", "keep")."""
    return word == "be" or "v" in lx.tags(word) and word in bases()


def verb_only(word: str) -> bool:
    """A base form that is a verb and nothing else by the lexicon ("become", "establish")."""
    return word == "be" or lx.tags(word) == "v" and word in bases()




@lru_cache(maxsize=1)
def bare_verb_takers() -> frozenset[str]:
    """Words before which a plain verb may stand without "to" ("did go", "help build", "let
    stand", "go get"), from data/bare_verb_before.txt."""
    return data_words("bare_verb_before.txt")


_RELATIVE_WORDS = frozenset("which who whom whose that what where when".split())


def _finite_or_ing(word: str) -> bool:
    """A verb form in "-ed" or "-ing" that is no plural noun ("asked", "seeking"; not
    "red", "ceiling")."""
    found = lx.tags(word)
    return "v" in found and "p" not in found


# A word in "-ed" or "-ing" and the word after it, which is not consumed (it may open the
# next pair). Irregular pasts ("took") and third persons ("threatens") are not looked at:
# "-s" matches every plural noun as well (2.6 times the matches), and a tree of the plain
# verbs to match the second word instead costs 50 ms to build on every run.
_ANY_VERB = re.compile(r"(?<![\w'’-])([a-z]+(?:ed|ing))(?=[ \t]+([a-z]+)(?![\w'’-]))")


# Words that take "to" before a verb and are no verbs of ``to_verbs.txt`` ("in order to", "is
# going to"), and the word after them. ("able to", "likely to" after "be" are G312's.)
_TO_WORDS = re.compile(r"(?<![\w'’-])(in order|going)[ \t]+([a-z]+)(?![\w'’-])")


# Verbs of ``to_verbs.txt`` that also take an adjective straight after them ("left open the
# possibility", "kept quiet about it").
_COMPLEMENT_VERBS = frozenset("leave leaves left leaving keep keeps kept keeping".split())
# Verbs a relative clause can reach through ("people who they believe speak Spanish").
_BRIDGE_VERBS = frozenset(
    "believe believes believed think thinks thought say says said expect expects expected"
    " know knows knew suspect suspects suspected claim claims claimed feel feels felt".split()
)


class MissingTo(Rule):
    """"to" missing between two verbs ("seeking become", "decided leave").

    *What it flags*: a verb that takes "to" before another verb ("want", "try", "seek",
    "hope", "refuse", "begin" …) followed straight by the plain form of a verb: "students
    seeking become specialists", "the council wants establish a fund". Which verbs take "to"
    was measured on openly licensed text (those almost never followed by a bare verb);
    "help build", "let go" and "dare say" are therefore never flagged.

    *Why it matters*: the missing "to" is a slip of fast typing that a spell checker passes.

    *Flagged*: "The club is seeking become a charity."

    *Preferred*: "The club is seeking to become a charity."

    *Options*: none; switch the rule off or re-grade it with ``G305`` in the configuration.

    Any other verb in "-ed" or "-ing" counts too when the second word is a verb and nothing
    else and the tagger reads both as verbs ("asked depose the minister"), except after "do", "be", "have",
    causatives, "go", "come", "need" and verbs of saying.

    So do "in order" and "going" after a form of "be", which take "to" before a verb:
    "screening procedures in order regularize the immigration", "they are going win the
    title" (not "in order of size", "in order for it to work", "kept going back", "the going
    rate"). Measured (2026-12-06): on Wikipedia text_AD_wiki_80..99 and the dev corpus, its
    docs and clean drafts one finding more, on 1,159 more Wikipedia articles one more
    ("in order earn"), both slips.

    *Known limits*: a second word that may be a noun ("keep", "make", "win") is read only
    as a verb before its object ("wants keep the", not "want peace"), and the first word
    must be read as a verb in its sentence, a participle only after "be" ("is used fund",
    not "the things I have chosen seem"), not a noun ("by all means let us"); after a linking verb a participle is
    its complement ("seemed shut up"), and a relative clause without "that" may end in the
    first verb ("the tools they use impose costs"). Other relative clauses may be misread. Direct quotations are checked.

    *How sure*: advice (info). On Wikipedia text nobody tuned on (AD_90-99), 2 of 10 findings
    were right ("aiming enhance", "designed remove"); the rest were relative clauses, nouns and
    idioms the tagger reads as two verbs ("the modules we are considering carry", "its tone and
    setting defy", "can in turn be solved", "would remain open").
    """

    code = "G305"
    name = "missing-to"
    family = "grammar"
    severity = "info"
    needs = ("lexicon", "tags")
    examples = (
        accepted(""),
        accepted("The club is seeking to become a charity."),
        flagged("The club is seeking become a charity.", "seeking become"),
        flagged("Zoë Müller wants establish a fund.", "wants establish"),
        flagged("“We hope improve it,” said José Álvarez.", "hope improve"),
        flagged('"We hope improve it," said José Álvarez.', "hope improve"),
        flagged("Try become", "Try become"),
        accepted("They helped build it, let go of it and want peace, and wants make sense."),
        accepted("The tools they use impose costs; the rooms seemed shut up."),
        flagged("Lawyers for Zoë Müller asked depose the minister.", "asked depose"),
        flagged("The council set up checks in order regularize the trade, Zoë Müller said.", "in order regularize"),
        accepted("They sorted them in order of size, in order for it to work, and kept going back."),
        accepted("The riddles he composed survive; it did revolutionize trade and she saw her standing erode."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        pattern = _g305()
        for _, match in vocabulary.matches(pattern):
            offset = match.start()
            if not _verb_base(match.group(1)):
                continue
            found = tokens_at(doc, offset)
            if found is None:
                continue
            tokens, i = found
            if i + 1 >= len(tokens) or tokens[i + 1].start != match.start(1):
                continue
            second = tokens[i + 1]
            if verb_only(match.group(1)):
                if second.tag not in ("VB", "VBN"):
                    continue  # (a base form the tagger may read as a participle: "become")
            elif second.tag != "VB" or not self._object_next(tokens, i + 2):
                continue  # a noun too ("want peace"): only as a verb with its object
            if tokens[i].tag == "VBN" and not self._passive(tokens, i):
                continue  # "the things I have chosen seem": a perfect before a causative
            if tokens[i].tag not in _FIRST_TAGS:
                continue
            if match.group(1) in function_words():
                continue  # "nothing was left save a few acres": a preposition too
            if i > 0 and tokens[i - 1].text.lower() in _CAUSATIVES:
                continue  # "make believe", "let continue": a bare verb after a causative
            first_word = tokens[i].text.lower()
            if "p" in lx.tags(first_word) or i > 0 and tokens[i - 1].tag in ("DT", "PRP$"):
                continue  # "by that means be", "the living complain": a noun
            if i > 1 and tokens[i - 1].tag == "PRP" and (
                tokens[i - 2].tag in ("NN", "NNS")
                or tokens[i - 2].text.lower() in ("who", "whom", "which", "that") and first_word in _BRIDGE_VERBS
            ):
                continue  # "the tools they use impose costs", "people who they believe speak": a
                # relative clause ends at the first verb
            if tokens[i].text.lower() in _COMPLEMENT_VERBS and "a" in lx.tags(second.text.lower()):
                continue  # "left open the door", "kept quiet": an adjective after the verb
            if first_word.endswith("ing") and "n" in lx.tags(first_word) and i > 0 and tokens[i - 1].tag == "IN":
                continue  # "their standard of living get better": the -ing word is a noun
            if tokens[i + 1].tag != "VB" and to_verbs()[tokens[i].text.lower()] in _LINKING:
                continue  # "seemed shut up": a participle after a linking verb
            first = doc.text[offset : tokens[i].end]
            second = doc.text[match.start(1) : match.end(1)]
            yield self.finding(
                doc,
                offset,
                match.end(1),
                f"\"{first} {second}\": check whether \"to\" is missing (\"{first} to {second}\").",
                suggestions=[f"{first} to {second}"],
            )
        yield from self._after_any_verb(doc, vocabulary)
        yield from self._after_to_words(doc, vocabulary)

    def _after_to_words(self, doc, vocabulary):
        """"in order regularize", "are going win the": words that take "to" before a verb,
        straight before a plain verb (one that is a verb and nothing else, read so by the
        tagger, or a verb with its object after it)."""
        for _, match in vocabulary.matches(_TO_WORDS):
            word, second = match.group(1), match.group(2)
            if not _verb_base(second):
                continue
            found = tokens_at(doc, match.start(2))
            if found is None:
                continue
            tokens, k = found
            if k < 1 or tokens[k].start != match.start(2):
                continue
            if verb_only(second):
                if tokens[k].tag not in ("VB", "VBN", "VBP"):
                    continue
            elif tokens[k].tag != "VB" or not self._object_next(tokens, k + 1):
                continue  # a noun too ("in order form", "going rate")
            if word == "going" and not self._passive(tokens, k - 1):
                continue  # "going" as "go" only after "be" ("are going win"), not "keep going"
            paragraph = doc.paragraph_at(match.start())
            if paragraph is None or headline_style(doc, paragraph):
                continue
            first = doc.text[match.start(1) : match.end(1)]
            written = doc.text[match.start(2) : match.end(2)]
            yield self.finding(
                doc,
                match.start(1),
                match.end(2),
                f"\"{first} {written}\": check whether \"to\" is missing (\"{first} to {written}\").",
                suggestions=[f"{first} to {written}"],
            )

    def _after_any_verb(self, doc, vocabulary):
        """Any verb, not only those of ``to_verbs.txt``, straight before a plain verb that is
        nothing else ("asked depose"): the first ends in "-ed" or "-ing" and the tagger must
        read it as a past or -ing form (a participle only after "be") and the second as a
        plain verb. In the UD English treebanks (gold tags) this happens only after "do",
        "be", "help" and the like (``bare_verb_takers``); relative clauses that end in the first
        verb ("riddles he composed survive", "names mentioned include") are left alone."""
        for _, match in vocabulary.matches(_ANY_VERB):
            first_word, second_word = match.group(1), match.group(2)
            if not verb_only(second_word) or second_word in ("be", "let"):
                continue  # "be" is G312's; "let" is idiom ("said let him")
            if first_word in bare_verb_takers() or first_word in to_verbs() or not _finite_or_ing(first_word):
                continue  # (before tagging: modals and most words fail here)
            found = tokens_at(doc, match.start(1))
            if found is None:
                continue
            tokens, i = found
            if i + 1 >= len(tokens) or tokens[i + 1].start != match.start(2) or tokens[i + 1].tag != "VB":
                continue
            tag = tokens[i].tag
            if tag not in ("VBD", "VBG") and not (tag == "VBN" and self._passive(tokens, i)):
                continue
            if "p" in lx.tags(first_word) or i > 0 and (
                tokens[i - 1].tag in ("DT", "PRP$", "POS", "JJ") or tokens[i - 1].text.lower() == "her"
            ):
                continue  # "Orlando attacks resonate", "seen her standing erode": a noun
            before = [t.text.lower() for t in tokens[max(0, i - 8) : i]]
            if _RELATIVE_WORDS.intersection(before):
                continue  # "during which heads were produced vary": a relative clause ends there
            if i > 1 and tokens[i - 1].tag == "PRP" and tokens[i - 2].tag in ("NN", "NNS", "NNP", "NNPS"):
                continue  # "the riddles he composed survive"
            if i > 0 and tokens[i - 1].text.lower() in _CAUSATIVES:
                continue
            paragraph = doc.paragraph_at(match.start())
            if paragraph is None or headline_style(doc, paragraph):
                continue
            first = doc.text[match.start(1) : match.end(1)]
            second = doc.text[match.start(2) : match.end(2)]
            yield self.finding(
                doc,
                match.start(1),
                match.end(2),
                f"\"{first} {second}\": check whether \"to\" is missing (\"{first} to {second}\").",
                suggestions=[f"{first} to {second}"],    severity="info",
            )

    @staticmethod
    def _passive(tokens, i: int) -> bool:
        """The participle at ``i`` follows a form of "be" ("is used", "were forced")."""
        j = i - 1
        while j >= 0 and tokens[j].tag in ("RB", "RBR"):
            j -= 1
        return j >= 0 and tokens[j].text.lower() in _BE

    @staticmethod
    def _object_next(tokens, k: int) -> bool:
        """What follows a noun-or-verb opens its object: "wants keep the", "refused publish
        his"."""
        return k < len(tokens) and tokens[k].tag in _OBJECT_TAGS
