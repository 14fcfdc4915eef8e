"""G314: a short function word likely written once too often ("during of the parade")."""

from __future__ import annotations

from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_lines
from ...english import ARTICLES, DEMONSTRATIVES, POSSESSIVES, PRONOUN_SUBJECTS
from ...ngrams import starts_sentence
from ...rule import Context, Rule, accepted, flagged
from ..verb_slips import MODALS
from ..verbs import bases, mostly_verb
from .counts import (
    EXTRA_BESIDE,
    EXTRA_ODDS,
    EXTRA_SEEN,
    EXTRA_WORDS,
    _is_word,
    _named,
    _paragraph_tokens,
    beside,
    pair_counts,
    token_key,
    triple_count,
)


# Finite forms of "be": two different ones side by side ("they were was featured") are one
# form too many, left over from an edit.
_FINITE_BE = frozenset(("am", "is", "are", "was", "were"))
# A free relative ends in "be" before the sentence's own verb: "how old you are is not known",
# "what it was is unclear", "whatever the reason was is".
_WH_WORDS = frozenset("what whatever where wherever how however who whoever whom which whichever why when".split())
_SENTENCE_MARKS = frozenset(".!?;:")


# Words that take their noun phrase straight after them, with a preposition between in at most
# 1 in 200 of 300 or more uses before a noun phrase in Wikipedia ("despite the", "eliminate
# the"; scripts/build_direct_words.py): a preposition there is one word too many.
DIRECT_FILE = "direct_words.txt"
# After a verb only these are read: other prepositions open phrases of time, place or manner
# after almost any verb ("include in the list the names", "describe in this section").
_AFTER_A_VERB = frozenset(("of", "about"))
_PREPOSITIONS = frozenset(
    "about against among at between by for from in into of on onto over through to toward towards"
    " under upon with within without".split()
)
# the words that open a noun phrase: an article, a possessive, a demonstrative but "that" (a
# conjunction too), "every", "each"
_NP_OPENERS = ARTICLES | POSSESSIVES | (DEMONSTRATIVES - {"that"}) | {"every", "each"}


@lru_cache(maxsize=1)
def direct_words() -> dict[str, str]:
    """Word -> its kind ("p" a preposition, "v" a verb), from data/direct_words.txt."""
    return {word: kind for word, kind, *_ in (line.split("\t") for line in data_lines(DIRECT_FILE))}


def _needless_prepositions(tokens):
    """(start, end, message, suggestion) of a preposition between a word that takes its noun
    phrase straight after it and that phrase ("despite of the rain", "during in the summer",
    "eliminate of the risk")."""
    words = direct_words()
    for i in range(len(tokens) - 2):
        word, preposition, opener = tokens[i], tokens[i + 1], tokens[i + 2]
        kind = words.get(word[0])
        if kind is None or preposition[0] not in _PREPOSITIONS or not preposition[3].islower():
            continue
        if not (word[3].islower() or word[3][1:].islower() and starts_sentence(tokens, i)):
            continue  # (a capital only where the sentence opens: "Despite of the rain")
        if kind == "v" and preposition[0] not in _AFTER_A_VERB:
            continue
        if not (opener[0] in _NP_OPENERS or opener[3][:1].isupper() and opener[3][1:2].islower()):
            continue
        if preposition[0] == "about" and opener[0] in ("a", "an"):
            continue  # "about a month": about as many
        if word[2] + 1 != preposition[1] or preposition[2] + 1 != opener[1]:
            continue  # one space each: not across a comma or a bracket
        yield (
            word[1],
            preposition[2],
            (
                f'"{preposition[3]}" may be one word too many: "{word[3]}" takes what follows'
                f' straight after it ("{word[3]} the", not "{word[3]} {preposition[3]} the").'
            ),
            word[3],
        )


# Negated modals, written as one word: "can't to go" is never right. After a plain modal the
# verb may be left out ("all he could to help", "what we can to stop it"), so a plain modal is
# read only when its subject pronoun opens a clause ("he must to leave").
_NEGATED_MODALS = frozenset(modal for modal in MODALS if modal.endswith("n't") or modal == "cannot")
_CLAUSE_OPENING = frozenset("and but or so because since if when while although though unless".split())


def _to_after_modal(tokens):
    """(start, end, message, suggestion) of "to" between a modal and a plain verb: "I can't
    to go", "it cannot to harness", "he must to leave"."""
    for i in range(len(tokens) - 2):
        modal, to, verb = tokens[i], tokens[i + 1], tokens[i + 2]
        if modal[0] not in MODALS or to[0] != "to" or not to[3].islower():
            continue
        if modal[0] not in _NEGATED_MODALS and not _opens_clause(tokens, i - (0 if "'" in modal[0] else 1)):
            continue
        if verb[0] not in bases() or "v" not in lx.tags(verb[0]) or not verb[3].islower():
            continue
        if modal[0] not in _NEGATED_MODALS and not mostly_verb(verb[0], base=True):
            continue  # "I will to bed": a place the verb of going is left out before
        yield (
            modal[1],
            to[2],
            f'"{to[3]}" may be one word too many: a modal takes its verb straight after it'
            f' ("{modal[3]} {verb[3]}").',
            modal[3],
        )


# "let" takes an object and a bare verb: "let him go". ("make" does too, but "made me to
# know Him", "make us to swallow" stand in the Bible and old prose that news quotes.)
_CAUSATIVES = frozenset("let lets letting".split())
_OBJECT_PRONOUNS = frozenset("me you him her us them".split())


def _to_after_causative(tokens):
    """(start, end, message, suggestion) of "to" between "let", its object pronoun and a plain
    verb that is mostly a verb: "let him to go"."""
    for i in range(len(tokens) - 3):
        causative, pronoun, to, verb = tokens[i : i + 4]
        if causative[0] not in _CAUSATIVES or pronoun[0] not in _OBJECT_PRONOUNS or to[0] != "to":
            continue
        if verb[0] not in bases() or not mostly_verb(verb[0], base=True) or not verb[3].islower():
            continue
        yield (
            pronoun[1],
            to[2],
            f'"{to[3]}" may be one word too many: "{causative[3]}" takes a verb without "to"'
            f' ("{causative[3]} {pronoun[3]} {verb[3]}").',
            pronoun[3],
        )


# Prepositions that open a relative clause before "which" or "whom" ("to which", "with whom").
_RELATIVE_PREPOSITIONS = frozenset("to in on with for from at about into by of over under upon through against".split())
# Words that open another clause or phrase inside the relative one: the preposition at its
# end may then be that clause's ("on which the plan rests, and which we rely on").
_INNER_CLAUSE_WORDS = frozenset("that which who whom whose and but or because if when where while as than".split())
_FINITE_TAGS = frozenset(("VBZ", "VBP", "VBD", "MD"))
# What may follow a clause's last word: a mark that ends it.
_CLAUSE_END_MARKS = frozenset(". , ; : ! ? ) —".split())
# Words that take "of which" as a part of a whole ("all of which", "two of whom").
_PART_WORDS = frozenset(
    "all some most many none both each one two three four several few either neither much any part half"
    " majority rest".split()
)
# How many words a relative clause may hold between "which" and its last word.
_RELATIVE_REACH = 10


def _preposition_twice(doc, tokens):
    """(start, end, message, suggestion) of a preposition that a relative clause opens with
    "which" or "whom" and repeats at its end: "the city to which he was sailing to", "in
    which the club played in". The clause may hold one finite verb at most (the tagger's;
    not "on which the theory rests are too uncertain", two clauses) and nothing that
    opens another clause, "to be" or a "to" just before the last word ("a form in which
    to sign in": a particle); its last word is a verb or an adjective ("to which it is
    similar to") before a mark that ends the clause. Not "which" before a noun or an
    adjective, which asks ("depending on which side the dreidel falls on", "comes down to
    which view one subscribes to": the first preposition is the outer clause's), nor "of"
    after a word for a part ("all of whom ... independent of, and")."""
    for i in range(len(tokens) - 4):
        prep = tokens[i][0]
        if prep not in _RELATIVE_PREPOSITIONS or tokens[i + 1][0] not in ("which", "whom"):
            continue
        if prep == "of" and i and (tokens[i - 1][0] in _PART_WORDS or tokens[i - 1][0][:1].isdigit()):
            continue  # "all of whom tried to be independent of, and": a part of a whole, no clause's preposition
        for j in range(i + 3, min(len(tokens), i + 2 + _RELATIVE_REACH)):
            word = tokens[j][0]
            if not _is_word(tokens[j]) or word in _INNER_CLAUSE_WORDS:
                break
            if word != prep:
                continue
            if j + 1 < len(tokens) and tokens[j + 1][0] not in _CLAUSE_END_MARKS:
                break  # the preposition opens a phrase of its own ("in which it was built in 1990", "in 'Maihuenia'")
            if tokens[j - 2][0] == "to" or tokens[j - 1][0] == "to":
                break  # "in which to sign in", "to which he replied he had to"
            tags = doc.analysis("tags")
            found = [tags.token_at(tokens[k][1]) for k in range(i + 2, j)]
            if any(t is None for t in found):
                break
            if found[0].tag in ("NN", "NNS", "JJ"):
                break  # "depending on which side the dreidel falls on": "which" asks, its noun after it
            if sum(t.tag in _FINITE_TAGS for t in found) > 1 or not found[-1].tag.startswith(("VB", "JJ")):
                break
            if any(a[0] == "to" and b[0] == "be" for a, b in zip(tokens[i + 2 : j], tokens[i + 3 : j])):
                break  # "on which the theory rests are too uncertain to be relied on": a predicate of its own
            yield (
                tokens[j - 1][1],
                tokens[j][2],
                f'"{tokens[j][3]}" may be one word too many: the clause opens with "{tokens[i][3]} {tokens[i + 1][3]}"'
                f' ("{tokens[i][3]} {tokens[i + 1][3]} … {tokens[j - 1][3]}").',
                tokens[j - 1][3],
            )
            break


def _opens_clause(tokens, k: int) -> bool:
    """Whether the subject at ``tokens[k]`` (a pronoun, or a pronoun and its "'ll") opens a
    clause: at a sentence's start, after a mark or a word that opens a clause."""
    if k < 0 or tokens[k][0] not in PRONOUN_SUBJECTS and not tokens[k][0].endswith("'ll"):
        return False
    return k == 0 or starts_sentence(tokens, k) or not _is_word(tokens[k - 1]) or tokens[k - 1][0] in _CLAUSE_OPENING


def _two_forms_of_be(tokens):
    """(start, end, message, suggestion) of two different finite forms of "be" side by side,
    written in lower case ("they were was featured"). Left alone: a wh-word earlier in the
    sentence (a free relative: "how old you are is"), and a pronoun and "be" after another
    word (a relative clause without "that": "the man he was is gone")."""
    for i in range(len(tokens) - 1):
        first, second = tokens[i], tokens[i + 1]
        if first[0] not in _FINITE_BE or second[0] not in _FINITE_BE or first[0] == second[0]:
            continue
        if not (first[3].islower() and second[3].islower()) or second[1] - first[2] != 1:
            continue
        j = i - 1
        while j >= 0 and tokens[j][0] not in _SENTENCE_MARKS and tokens[j][0] not in _WH_WORDS:
            j -= 1
        if j >= 0 and tokens[j][0] in _WH_WORDS:
            continue
        if i >= 2 and tokens[i - 1][0] in PRONOUN_SUBJECTS and _is_word(tokens[i - 2]) and tokens[i - 2][0] not in ("and", "but", "or", "so"):
            continue
        yield (
            first[1],
            second[2],
            f'"{first[3]} {second[3]}": two forms of "be" side by side; check whether one is left over'
            f' from an edit.',
            first[3],
        )


class ExtraFunctionWord(Rule):
    """A short function word likely written once too often ("during of the parade").

    *What it flags*: a function word ("the", "a", "an", "of", "with", "on", "and") between two
    words that English text writes side by side very often and almost never with that word
    between them: "during of the parade" ("during the": very common; "during of the": hardly
    ever). How often each is written was counted over about 78 million words of openly
    licensed English; the pair must be seen at least 5,000 times, and at least 1,000 times
    as often as the words with the function word between them, and the function word must
    sit badly beside one of its neighbours ("during of": hardly ever written, though "during"
    and "of" are common words; not "closing in on the"). Where G301 reports two
    determiners in a row ("a her"), this rule gives way, when G301 runs too (as it does by
    default): ``--select G314`` alone reports it. And "to" between a negated modal written
    as one word and a plain verb ("she can't to go", "it cannot to harness"): one such phrase
    in the 400 counted Wikipedia files and the clean copy, a slip; or between a plain modal
    and a plain verb when the modal's subject pronoun opens a clause ("he must to leave";
    not "all he could to help", "what we can to stop it", which leave the modal's verb out);
    and "to" between "let", its object pronoun and a plain verb ("they let him to go").

    *Why it matters*: a word left over from an edit is a slip no spell checker sees.

    *Flagged*: "Crowds gathered during of the parade."

    *Preferred*: "Crowds gathered during the parade."

    *Options*: on by default, as advice (info); switch it off with ``ignore = ["G314"]``.
    Measured (2026-12-01): over the dev corpus, its docs and clean drafts and the odd real-dev
    cases, its 3 findings were all right ("up the to the", "do not a
    have", twice), with none on the corrected drafts; on injected extra words it found 0.04
    (tune) and 0.07 (held-out) with 1 finding over 76,000 words of untouched Wikipedia; on
    real-dev it neither found an error nor flagged a corrected draft, in either half. It
    finds few, but what it finds is a slip, for about 1.5% of a default run.
    Tried and not shipped (2026-12-02): the gap counts (``weigh.in_context``, kind "extra":
    the contexts of a word favour nothing there) on ``scripts/eval_real_edits.py``, tune |
    held out: with a margin of 10, 7 | 5 findings on agreed errors (4 | 3 not found by the
    default rules) against 38 | 43 at words no annotator touched; at 6, 22 | 21 against
    195 | 218. No filler word is much better than the rest ("the" at 6: 3 | 5 against 8 | 6;
    a year or an ordinal after "the" is read as any number: "in the 1990s", "on the 5th").
    Also two different finite forms of "be" side by side ("they were was featured"), a form
    left over from an edit, unless a wh-word opens the sentence's clause ("how old you are
    is not known") or a pronoun and "be" follow another word (a relative clause without
    "that": "the man he was is gone"). Measured (2026-12-02): 3.2 million words of
    Wikipedia (text_AD_wiki_80..99) hold one such pair, a slip ("lying under oath was is a
    routine practice"); the dev corpus's news one, a free relative ("how American you are
    is"), left alone; ``scripts/eval_real_edits.py``: one agreed error found on the tune
    half, none on the held-out half, no finding at untouched words on either.

    And a preposition between a word and the noun phrase it takes straight after it ("despite
    of the rain", "during in the summer", "eliminate of the risk"): the words
    (``data/direct_words.txt``, ``scripts/build_direct_words.py``) were seen at least 300 times
    straight before a noun phrase in Wikipedia (text_AD_wiki_80..99 left out) and with any
    preposition between at most 1 in 200 as often; a preposition with no adverb reading
    ("despite", "during"; not "after": "soon after by") or a verb and nothing else, not a
    linking verb ("what became of"). After a verb only "of" and "about" are read, since other
    prepositions open phrases of time, place or manner after almost any verb ("describe in
    this report the risks"); "about a" is "about as many" ("after about a month"). Measured
    (2026-12-02): over Wikipedia text_AD_wiki_80..99 and the dev corpus's news (3.4 million
    words) 4 findings, all slips ("despite of", "during in" twice, "eliminate of"); before
    the verbs' prepositions were kept to "of" and "about" and the adverbs left out, 26, about
    6 right; on ``scripts/eval_real_edits.py`` one more agreed error on the tune half
    ("despite of"), none on the held-out half, no finding at untouched words on either.

    And a preposition that opens a relative clause before "which" or "whom" and is written
    again at the clause's end ("the city to which Candide was sailing to", "in which the
    Orioles played in": the last one is extra; ``_preposition_twice``). Measured
    (2026-12-07): over 12,000 Wikipedia sentences with such a clause and the 200 lines of
    all 400 files where the preposition comes back before a mark, 10 findings, all slips
    ("on which it is centred on", "benefits to which they were entitled to"), after
    "which" that asks ("depending on which side the dreidel falls on", "as to which variety
    it is most similar to": 6 findings, all wrong) and "all of whom" were left out; over
    Wikipedia AD_80-99, PolNeAR and the dev corpus no finding; on LOCNESS essays
    (``scripts/eval_real_edits.py --sources locness``) one more error found on the tune
    half, no finding at an untouched word.

    *Known limits*: only the word between two very common neighbours is judged, so most
    extra words ("first was presented") pass. The tune half of ``scripts/eval_real_edits.py``
    holds 63 agreed extra words (read 2026-12-02): 18 open with "the" (a generic or mass
    noun, a plural, a name: no count or the article model tells them, see G315), 7 with
    "a"/"an" (two found; "a" before a plural is G202's, which flags the noun), about 8 are
    a word left over from an edit ("were was" is read; "is consists", "also spoke widely
    spoken", "six matches wrestling matches" are not), about 5 a needless preposition or
    particle ("despite of", "list out"; the pair counts hold no such pairs for most of
    these words; counted apart, a verb seen bare before a noun phrase 500 times and with the
    preposition at most 1 in 500 is no better: on news and Wikipedia AD_80-89, 2 of 135 such
    phrases were slips, the rest phrases of time or place and phrasal verbs ("closed at the
    same time", "set about the task"), ``scripts/eval_needless_prepositions.py``),
    about 4 dates the annotators reworded, and the rest choices of wording ("Most of the"
    for "Most", "line as well") no count can call wrong; "in", "that", "for", "as", "to" and the forms
    of "be" are not judged, since between two common neighbours they were as often right as
    wrong. A word
    with a capital inside a sentence (a name) is not judged, nor are headlines, headings
    and lists.
    """

    code = "G314"
    name = "extra-function-word"
    family = "grammar"
    severity = "info"
    needs = ("lexicon", "tags")  # (tags only for a sentence with "to which ... to")
    examples = (
        accepted(""),
        flagged("Crowds gathered during of the parade.", "during of"),
        flagged("“We met during of the parade,” said José Álvarez.", "during of"),
        accepted("Crowds gathered during the parade, and some of the crowd sang."),
        # selected alone it reports what G301 would: with G301 it gives way (tests/test_slips.py)
        flagged("Zoë Müller gave one of a her books to a friend.", "of a"),
        flagged("In 2019, they were was named the best band in town.", "were was"),
        accepted("How old the bridge is was never recorded, and the man he was is gone."),
        flagged("The match went ahead despite of the rain.", "despite of"),
        flagged("Despite of the rain, the match went ahead.", "Despite of"),
        flagged("Zoë Müller said she can't to go, and the club cannot to pay.", "can't to", "cannot to"),
        accepted("He did all he could to help, and she can't go; they cannot afford to pay."),
        flagged("He must to leave now, and I'll to pay.", "must to", "I'll to"),
        accepted("We will do what we can to stop it, as best we could to help; they lack the will to win."),
        accepted("These thoughts sadden me. I will to bed."),
        flagged("The guards let him to go home.", "him to"),
        flagged("The storm hit the city to which Candide was sailing to.", "sailing to"),
        accepted("It depends on which side the coin falls on; in which case we see all of whom it is fond of, and."),
        accepted("The data on which the theory rests are too uncertain to be relied on. The form in which to sign in."),
        accepted("The guards let him go home, and the team made it to the final."),
        flagged("Crowds gathered during in the summer, and the plan would eliminate of the risk.", "during in", "eliminate of"),
        accepted("The match went ahead despite the rain; we describe in this report the risks after about a month."),
    )

    # G301 says which of two determiners is left over ("a her"): the engine drops a finding
    # of G314 on its spans
    gives_way_to = ("G301",)

    def check(self, doc, context: Context):
        said = set()  # "during of the": the pair counts and the direct words say it once
        for start, end, message, suggestion in self._candidates(doc):
            if (start, end) not in said:
                said.add((start, end))
                yield self.finding(doc, start, end, message, suggestions=[suggestion])

    def _candidates(self, doc):
        for tokens in _paragraph_tokens(doc):
            yield from _two_forms_of_be(tokens)
            yield from _needless_prepositions(tokens)
            yield from _to_after_modal(tokens)
            yield from _to_after_causative(tokens)
            yield from _preposition_twice(doc, tokens)
            for i in range(1, len(tokens) - 1):
                middle = tokens[i]
                f = middle[0]
                if f not in EXTRA_WORDS:
                    continue
                first, second = tokens[i - 1], tokens[i + 1]
                if not (_is_word(first) and _is_word(second)) or _named(second) or _named(first) and i > 1:
                    continue
                a, b = token_key(first[0]), token_key(second[0])
                if a == f or b == f:
                    continue  # a doubled word is S301's
                n, _, _ = pair_counts(a, b)
                if n < EXTRA_SEEN:
                    continue
                m = triple_count(a, f, b) or 0
                if n < EXTRA_ODDS * (m + 1):
                    continue
                if min(beside(a, f), beside(f, b)) > EXTRA_BESIDE:
                    continue  # F sits well beside both neighbours: "closing in on the"
                written = middle[3]
                yield (
                    first[1],
                    middle[2],
                    (
                        f'"{written}" may be one word too many: "{first[3]} {second[3]}" is far commoner'
                        f' than "{first[3]} {written} {second[3]}" ({n:,} to {m:,} in the counted text).'
                    ),
                    first[3],
                )
