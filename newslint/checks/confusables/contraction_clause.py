"""A possessive written where a subject and "be" belong: "Their going to lose", "because its
permanent." ("they're", "it's"), told by the clause the word opens, not by a word list."""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...english import ARTICLES, DEMONSTRATIVES, POSSESSIVES
from ...english import word_set as _words
from .base import is_word
from .phrases import tags_in_place
from .words import clause_verbs

# Words after which the possessive stands where a clause's subject would: "I think their
# going", "because its permanent", "why their leaving" (with a sentence's start and a comma).
# "how" and "why" since 2026-12-06: it's->its 123 -> 124 of 150 | 109 of 154, un-injected
# findings unchanged; nothing new over the five clean sources, the wide copy, or the 169
# lines of all 400 Wikipedia files with "how" or "why" before "its", "their", "your", "there".
SUBJECT_SLOT = _words(
    "that because if when where what how why since but and so though although while whether unless until once"
    " think thought know knew hope guess believe feel sure say said says"
    # the same verbs' other forms ("she thinks its fine", "saying their ready")
    " thinks thinking knows knowing hopes hoped hoping guessed believes believed believing feels felt"
    " feeling saying mean means meant"
    # adjectives that take a clause about a person ("sorry your leaving", "glad their coming")
    " sorry glad afraid aware confident convinced happy pleased surprised worried concerned hopeful"
)
# Adverbs that may open a clause before its subject ("Now there saying", "Now their saying
# that"); read so for "their" too since 2026-12-06 (scripts/eval_confusables.py --select
# default, they're->their: 29 -> 31 of 52 | 30 -> 30 of 76, findings on the un-injected
# articles unchanged; none added over the 34 Wikipedia sentences of 393 MB with "Now/Yet/
# Instead their" or the 1,159 wide-copy articles).
_CLAUSE_ADVERBS = _words("now yet instead")
# Words that open a clause of its own after "their ... -ing" ("their saying that China has"),
# whose verbs are not the possessive's ("and" may join two nouns: "their third and fourth").
_CLAUSE_OPENERS = _words("that because if when where since though although while whether unless until once")
# -ing forms that open a phrase of their own after a possessive ("despite their being late").
_OWN_PHRASE_INGS = _words("being having")
_FINITE_TAGS = frozenset(("VBZ", "VBP", "VBD", "MD"))
# Words that open a verb's object: an article, a demonstrative, a possessive, an object pronoun.
_OBJECT_OPENERS = ARTICLES | POSSESSIVES | DEMONSTRATIVES - {"that"} | _words("us them him me")
_ADJECTIVE_TAGS = frozenset(("JJ", "JJR"))


def _adverb_only(word: str) -> bool:
    """A word the word list has as an adverb, perhaps an adjective too, never a noun or a
    verb: "already", "very", "certainly"."""
    found = lx.tags(word)
    return "r" in found and set(found) <= {"r", "a"}


# What may follow an adjective that ends a clause's predicate ("their willing to", "its
# permanent."), where an adjective after a possessive would need a noun.
_AFTER_PREDICATE = frozenset(".;:!?") | _words("to that about for with at of than because")
# What may follow such an adjective and a comma: a new clause ("because their cheaper, he
# said"), not another adjective or a noun ("its narrow, grass-like leaves").
_AFTER_COMMA = _words("he she it they we i you but so and") | frozenset("\"“”'’")


def _predicate_adjective(tokens, k) -> bool:
    """A word at ``tokens[k]`` that may be an adjective, not a superlative or "own" (which
    stand for a noun: "their best", "its own"), followed by a mark or a word that ends a
    predicate: "their willing to", "its permanent." (the tagger decides whether it is one)."""
    word = tokens[k][0]
    if "a" not in lx.tags(word) or word.endswith("est") or word == "own":
        return False
    after = tokens[k + 1][0]
    if after == ",":
        return k + 2 < len(tokens) and tokens[k + 2][0] in _AFTER_COMMA
    if after in ("and", "or"):
        # "their very passionate and very principled.", not "its most famous and final
        # leader" (two adjectives before their noun)
        j = k + 2
        while j < len(tokens) and _adverb_only(tokens[j][0]):
            j += 1
        return j + 1 < len(tokens) and "a" in lx.tags(tokens[j][0]) and tokens[j + 1][0] in ".;:!?,"
    return after in _AFTER_PREDICATE


# Verbs whose past "there" opens a clause with, its subject after it ("there used to be",
# "there followed a pause", "there remained two"): not participles of "they're".
_PRESENTING_PASTS = _words("used followed remained existed arose emerged appeared seemed came stood lay lived ensued occurred began")
# What may follow a participle that ends a predicate: "they're prohibited from", "they're
# deemed safe", "they're worried."
_AFTER_PARTICIPLE = _AFTER_PREDICATE | _words("from by in on")


def _predicate_participle(tokens, k) -> bool:
    """A past participle at ``tokens[k]`` of a verb "there" does not open a clause with,
    followed by what ends a predicate or an adjective ("there prohibited from", "there
    deemed safe", "there worried.")."""
    word = tokens[k][0]
    if word in _PRESENTING_PASTS or not word.endswith(("ed", "en")) or "v" not in lx.tags(word):
        return False
    if ["to", "be"] in ([t[0] for t in tokens[k + 1 : k + 3]], [t[0] for t in tokens[k + 2 : k + 4]]):
        return False  # "there needed to be", "there turned out to be": a past that "there" opens a clause with
    after = tokens[k + 1][0]
    return after in _AFTER_PARTICIPLE or "a" in lx.tags(after)


# Words that open a clause and never stand before a noun phrase as a preposition does (not
# "since", "when" or "that": "since its inception.").
_SUBORDINATORS = _words("because whether although though if unless while")


def _noun_phrase_ends_clause(tokens, i) -> bool:
    """After a word of ``_SUBORDINATORS``, the possessive at ``tokens[i]`` and a noun phrase
    that ends the clause, with no verb for it: "just because their women.", "because their
    Democrats?". The clause needs a verb, and only the contraction gives it one. Measured
    2026-12-06: over the 1.37 million lines of all 400 Wikipedia files, such a phrase after
    "their", "there", "its" or "your" stands once ("Although its usage.", a fragment)."""
    if not i or tokens[i - 1][0] not in _SUBORDINATORS:
        return False
    k = i + 1
    while k < len(tokens) and k <= i + 3 and is_word(tokens[k]):
        word, written = tokens[k][0], tokens[k][3]
        if written[:1].isupper():
            if len(word) < 3 or not word.isalpha():
                return False
        elif not lx.tags(word) or not set(lx.tags(word)) <= {"n", "a", "p"}:
            return False
        k += 1
    if k == i + 1 or k >= len(tokens) or tokens[k][0] not in (".", "?", "!", ";"):
        return False
    last = tokens[k - 1]
    return last[3][:1].isupper() or bool({"n", "p"} & set(lx.tags(last[0])))


def _negated_predicate(tokens, k) -> bool:
    """After "not" at ``tokens[k - 1]``: an -ing form, an adjective that is no noun or a past
    participle, and what ends a predicate after it ("because there not willing to", "that
    there not required to"); not a plain verb ("and there not be a connection")."""
    if k + 1 >= len(tokens) or not is_word(tokens[k]):
        return False
    word = tokens[k][0]
    if word.endswith("ing") and "v" in lx.tags(word):
        return True
    return "n" not in lx.tags(word) and _predicate_adjective(tokens, k) or _predicate_participle(tokens, k)


# The contractions read so, and what each stands for.
_EXPANSIONS = {"they're": ("they", "are"), "it's": ("it", "is"), "you're": ("you", "are")}


def contraction_by_clause(tokens, i, contraction: str) -> bool:
    """The possessive at ``tokens[i]`` ("their", "its", "your"; or "there") where
    ``contraction`` ("they're", "it's", "you're") is meant: where a clause's subject stands (a
    sentence's start, a comma, ``SUBJECT_SLOT`` or "now", "yet", "instead" before it), before "not", a verb's -ing
    form or an adjective that ends a predicate (adverbs such as "very" may stand first), with
    no verb with a tense after it in its clause as the tagger reads it, and the evidence of
    the words around it leaning to the contraction ("Their going to lose", "I think their
    coming home"). A possessive there would open a subject that no verb follows: "Their
    going was sudden" and "Their building is tall" have one. "there" is read so only before
    the -ing form ("there going to", "there just going to"; not "there going to be":
    "there's") or straight before an adjective that is no noun ("Caucuses harness the energy
    of people, there legitimate"): "there not" stands as a place, or opens a clause ("and
    there not be a connection"), and "there already" as a place. Before the -ing form after
    a word of ``SUBJECT_SLOT`` other than "and", or after "now", "yet" or "instead",
    "there" is "they're" whatever the evidence says ("admit that there going to support
    him", "Yet there mostly proposing"): over the 393 MB of Wikipedia of
    /work/cache/corpora/wiki, the Gutenberg books, the addresses and the clean copy, "there"
    before an -ing form other than "being" was a place only after a comma or "and" (",
    there studying the classics"). Measured so (2026-12-05, ``--kinds "they're->there"``):
    found 15 -> 19 of 52 | 24 -> 28 of 76, findings on the un-injected articles 0 | 1,
    unchanged; over the wide copy (170) and refdiff's clean copy (9) none added.
    Adjectives so measured (2026-12-05, ``scripts/eval_confusables.py --select S202 --kinds
    "they're->there"``; tune | held out): found 14 -> 15 of 52 | 23 -> 24 of 76, findings on
    the un-injected articles 0 | 1, unchanged; no finding added over the 300 Wikipedia
    AA/AB/AC files, the Gutenberg books, the presidents' addresses or refdiff's clean copy.
    "there" before a participle that ends a predicate ("because there prohibited from",
    "there deemed safe"; not a past "there" opens a clause with: "there used to be", "there
    needed to be") or before an adjective after an adverb ("but there very serious about"),
    not after a comma or "and" (2026-12-06, ``--kinds "they're->there"``): found 19 -> 21 of
    52 | 28 -> 32 of 76, findings on the un-injected articles unchanged; none added over the
    five clean sources and the wide copy, nor over the ~1,000 lines of all 400 Wikipedia
    files with "there" before such a participle or adverb (8 before "to be" were wrong, "there
    needed to be", and are left out).
    The possessives ("its", "their", "your") are read before such a participle too when the
    word is no noun ("if their deemed safe", "its based in Ohio"; not "its garden in"), not
    after a comma or "and" (2026-12-06, ``scripts/eval_confusables.py``): they're->their 37 ->
    38 of 52 | 35 -> 36 of 76, it's->its 126 of 150 | 109 -> 110 of 154, findings on the
    un-injected articles unchanged; over the five clean sources and the wide copy one new
    finding, right ("even if you don't know its stolen."); over the 919 lines of all 400
    Wikipedia files with a possessive, a word in -ed or -en and a preposition or a mark, one,
    right ("but its voiced by Pierce Brosnan").
    "there not" was measured and left out: one more found a half, and a false alarm on the
    held-out half's un-injected articles ("and there not be a connection"). It is read
    after a word of ``SUBJECT_SLOT`` other than "and", before an -ing form, an adjective or a
    participle that ends a predicate ("because there not willing to"; 2026-12-06:
    they're->there 28 -> 29 of 52 | 34 of 76, un-injected findings unchanged, none added over
    the five clean sources; all 400 Wikipedia files hold such a "there not" twice, before a
    verb: "that there not only exists", "that there not be").
    An -ing form followed by its object (an article, a demonstrative, a possessive, an object
    pronoun) with no verb after it says enough without the evidence ("said its funding the
    project"), except after "and", "or" or a comma, where a possessive's phrase joins
    another (2026-12-06: over the lines of all 400 Wikipedia files with "its", "their" or
    "your" before an -ing form and such a word, 7 findings, all wrong, with "and" allowed:
    "Arianism and its teaching that", "and their denying a resurrection"; none without;
    ``scripts/eval_confusables.py --select default``: they're->their 33 -> 34 | 34 -> 34,
    it's->its unchanged, un-injected findings unchanged)."""
    from ... import confusion, tagger

    if _noun_phrase_ends_clause(tokens, i):
        return True
    there = tokens[i][0] == "there"
    prev = tokens[i - 1][0] if i else ""
    if i and prev not in SUBJECT_SLOT and prev != "," and prev not in _CLAUSE_ADVERBS:
        return False
    k = i + 1
    while k < len(tokens) and k <= i + 2 and tokens[k][0] != "not" and _adverb_only(tokens[k][0]) and not tokens[k][3][:1].isupper():
        k += 1  # "their already doing", "their very passionate"
    if k + 1 >= len(tokens) or not is_word(tokens[k]) or tokens[k][3][:1].isupper():
        return False
    following = tokens[k][0]
    ing = following.endswith("ing") and "v" in lx.tags(following) and following not in _OWN_PHRASE_INGS
    adjective = not ing and _predicate_adjective(tokens, k)
    participle = (
        not ing
        and not adjective
        and _predicate_participle(tokens, k)
        and prev not in (",", "and")
        # a possessive's noun may end in "-ed" or "-en" and be a verb too ("its garden in")
        and (there or "n" not in lx.tags(following))
    )
    if there:
        # only before the -ing form (perhaps after an adverb: "there just going"), before an
        # adjective that is no noun (after an adverb only where "there" cannot be a place
        # after a comma or "and": "there very serious about"), or before a participle that
        # ends a predicate ("there prohibited from"); not "there going to be" ("there's")
        bare_adjective = adjective and "n" not in lx.tags(following) and (k == i + 1 or prev not in (",", "and"))
        negated = following == "not" and prev in SUBJECT_SLOT and prev != "and" and _negated_predicate(tokens, k + 1)
        if not (ing or bare_adjective or participle or negated):
            return False
        if ing and following == "going" and [t[0] for t in tokens[k + 1 : k + 3]] == ["to", "be"]:
            return False
    if following != "not" and not ing and not adjective and not participle:
        return False
    end = i + 1
    while end < len(tokens) and tokens[end][0] not in (".", "!", "?", ";", ":"):
        end += 1
    if end >= len(tokens):
        return False  # a headline or a caption ("Their building plans"): no full stop
    clause_end = k + 1
    while clause_end < end and tokens[clause_end][0] != "," and tokens[clause_end][0] not in _CLAUSE_OPENERS:
        clause_end += 1  # (the clause's own verbs: "their saying that China has" is one clause more)
    if ing and following in clause_verbs():
        clause_end = k + 1  # "So your saying there will be": what follows is the clause it takes
    as_written = tagger.tag([t[3] for t in tokens[i:clause_end]])
    if any(tag in _FINITE_TAGS for tag in as_written[k - i + 1 :]):
        return False  # "Their going to the game upset me": the possessive's noun is a subject
    # read with the expansion in its place, the word must be a verb's -ing form ("their
    # waiting to be courted", which the tagger reads as a noun after "their")
    tags, at = tags_in_place(tokens, i, _EXPANSIONS[contraction], after=end - i - 1)
    if ing and tags[at + 1 + k - i] != "VBG":
        return False
    if adjective and (as_written[k - i] not in _ADJECTIVE_TAGS or tags[at + 1 + k - i] not in _ADJECTIVE_TAGS):
        # the tagger must read an adjective both as written, with the possessive before it
        # (which it reads as a noun where one may stand: "and its capital."), and with the
        # expansion in its place ("willing", "ready": adjectives that are verbs too)
        return False
    if participle:
        # "because there prohibited from", "there deemed safe": read as a participle with
        # "they are" in its place
        return tags[at + 1 + k - i] in ("VBN", "JJ")
    if there and ing and prev not in (",", "and"):
        # "that there going to support him", "Yet there mostly proposing": "there" as a place
        # before an -ing form follows a comma or "and" (", there studying the classics")
        return True
    if adjective and "n" not in lx.tags(following) and (not i or tokens[i - 1][0] not in ("and", "or")):
        return True  # an adjective that is no noun where a subject stands says enough (not
        # after "and", where a possessive is common: "music and its aesthetic.")
    if ing and k + 1 < end and tokens[k + 1][0] in _OBJECT_OPENERS and prev not in ("and", "or", ","):
        return True  # an -ing form with its object and no verb after it: "said its funding the
        # project" (not "its funding from"; nor after "and", which joins a possessive's phrase
        # to another: "Arianism and its teaching that", "and their denying a resurrection")
    return confusion.judge(tokens, i, (contraction,), threshold=0.0, thresholds={}) is not None
