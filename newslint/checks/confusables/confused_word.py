"""S205: the other confusion sets (your/you're, lead/led, affect/effect, to/too …)."""

from __future__ import annotations

import re

from ... import ngrams
from ...analysis import lexicon as lx
from ...english import ARTICLES, DEMONSTRATIVES, POSSESSIVES, PRONOUN_SUBJECTS
from ...english import word_set as _words
from ...rule import accepted, flagged
from ..verbs import participle_only, pasts
from . import and_for_an, effect_for_affect, one_of_the, pronoun_for_the, that_for_than, the_for_they, there_for_it, too_for_to, you_for_your
from .base import ContextRule, is_word
from .contraction_clause import contraction_by_clause
from .headless import headless_before_clause
from .lead_after_subject import lead_after_singular_subject
from .phrases import adverb_without_noun_after, article_or_here_after, going_to_after, no_noun_phrase_after, noun_phrase_then_verb, object_slot, possessive_by_evidence, tags_in_place
from .words import (
    ALL_PREPOSITIONS,
    BE,
    DETERMINERS,
    HAVE,
    ITS_BEFORE,
    NOT_HEADS,
    POSSESSIVE_PREPOSITIONS,
    VERBISH,
    person_clause_adjectives,
    person_nouns,
    predicate_nouns,
    time_words,
)

# The margin by which the evidence of the words around "where" must prefer "were" after a
# plural subject and before what follows "were" (``_were_by_evidence``). Read on ~14,800
# clean "where" (Gutenberg, Wikipedia AA/AB/AC/AD_80-99, the dev corpus and clean copy, odd
# corrected real-dev drafts, the tune injection articles): at 9, 8 findings, 7 of them real
# slips in Wikipedia ("These cutbacks where felt as"), one heraldry's "supporters where
# present"; a singular subject before it ("the sector of Juno where armoured support
# proved") is left alone.
WERE_BY_EVIDENCE = 9.0
_AFTER_WERE = frozenset(("VBN", "VBG", "RB", "JJ", "IN", "TO"))
_PLURAL_SUBJECT_TAGS = frozenset(("NNS", "NNPS", "PRP", "WP"))
# How far after "where" a verb of its own clause is looked for, and what ends that clause.
_CLAUSE_AFTER_WHERE = 6
_CLAUSE_ENDS = frozenset((",", ";", ":", ".", "!", "?", "(", "and", "but", "or", "who", "which", "that", "while"))
# A lower margin where the words before "where" are a subject with no verb of its own
# (``_verbless_subject_before``): "Bolton and Gorka where both sternly critical". Measured
# (2026-12-06, ``scripts/eval_confusables.py --select default --kinds "were->where"``, tune |
# held out): found 164 -> 176 of 291 | 150 -> 159 of 278, findings on the un-injected
# articles unchanged; over Wikipedia text_AD_wiki_80..99, the dev corpus, 1,157 news texts,
# the UD sentences and the wide copy none added; over 14,338 lines of all 400 Wikipedia files
# with "...s where" or "X and Y where", 2 added, both slips ("Red Skull's skills where still
# erratic"). Before the verbs after "and" and those of the sentence as written were read
# too, 7 more, all wrong ("schools where learned Brahmins taught", "races where starting
# and finishing lines do not coincide").
WERE_IN_VERBLESS_CLAUSE = 0.0
_SUBJECT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP", "CD"))
_SUBJECT_REACH = 12
_VERB_REACH = 10
# Words that stand after "where" for a clause of their own, "where (it is) possible": the
# adjectives and participles of need, use and leave ("where necessary", "where available",
# "where noted"), and a few adverbs ("where else").
_CLAUSE_WORDS_AFTER_WHERE = _words(
    "possible necessary needed required appropriate applicable available feasible practicable"
    " practical relevant desired desirable indicated noted stated specified permitted allowed"
    " warranted justified essential convenient present known deemed otherwise else ever exactly"
    " legal helpful useful suitable prudent sensible advisable mandated requested protected"
)
# Tags of the first words after a "where" that opens no clause: a participle, an adjective, an
# adverb ("where designated for", "where quite different", "where not meant").
_DESCRIBING_AFTER_WHERE = frozenset(("VBN", "VBG", "JJ", "RB", "RBR"))
# Tags that open a noun phrase: after "where" (past its adverbs) they open its subject.
_SUBJECT_OPENING_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "PRP", "PRP$", "DT", "VBG"))
# Words that open a subject after "where" ("where many perished", "where fewer than 60 vote").
_COUNTING_WORDS = _words("many most some few several all both each more less fewer other such first second only no")
# Words that open another clause after the one "where" would open: its verbs are not that one's.
_NEXT_CLAUSE = _words("as when because while if since although though after before until unless whereas")
# Words that float after "were" to its subject ("they were both critical", "were each picked").
_FLOATING = _words("each both all")
# What opens the clause whose subject stands before "where" (besides a sentence's start and
# the words of _SUBJECT_ENDS).
_VERBLESS_OPENERS = _words("if when because since although though unless whether as once until after before")
# ... and what else ends the walk back: a mark, "but", a relative ("and" and "or" may join
# the subject's nouns: "Bolton and Gorka where").
_SUBJECT_ENDS = frozenset(_CLAUSE_ENDS - {"and", "or"}) | frozenset(("—", "–", "“", '"', "‘", "'"))

# The margin by which the evidence of the words around "you're" must prefer "your" before a
# noun phrase (``possessive_by_evidence``), read on ~1,250 clean "you're" (Gutenberg, the dev
# corpus and clean copy, Wikipedia AA/AB/AC/AD_80-99, odd corrected real-dev drafts): the
# highest "you are" before a noun phrase was 8.7 ("or you're poor").
YOUR_BY_EVIDENCE = 10.0
_OBJECTS = ARTICLES | POSSESSIVES | DEMONSTRATIVES | _words("them him us me many some")
_MODALS = _words(
    "will would could can cannot may might must should shall won't wouldn't couldn't can't"
    " shouldn't mustn't to not never didn't don't doesn't"
)
_SUBJUNCTIVE_OPENERS = _words("if though unless wish")
_WHETHER_BEFORE = _words(
    "know knew decide decided decides determine determined ask asked asks wonder wondered"
    " wondering unclear unsure uncertain question considering consider about to"
)
_WHETHER_AFTER = _words("to or he she they we it there this his her their i you the")
_SINGULAR_SUBJECTS = _words("this it he she")
# Before "quiet" the adjective: an article, a possessive or a degree word ("a quiet", "very quiet").
_QUIET_BEFORE = DETERMINERS | _words("very so too more most less and or fairly pretty rather")
# What may stand before the first word of a sentence: a capital after anything else is a name.
_SENTENCE_STARTERS = _words(". ! ? : ; “ \" ‘ ' ( —")
# Verbs and auxiliaries that "you" takes and that are never nouns: after "your" they show "you"
# was meant ("your should call"). Not "will", "might", "can", "must", "may", "do", "don't" (a
# "don't pass" bet): nouns too.
_YOU_VERBS = _words(
    "are were have would could should shall did didn't won't can't cannot couldn't shouldn't"
    " wouldn't haven't aren't weren't hadn't"
)
# Words after which a clause, and so "you're", may start.
_YOU_ARE_BEFORE = _words(
    ". ! ? ; : , and but so if when because that while since as once unless though although “ \""
)
# What may stand before a subject that opens a clause ("", "and this", "; it", "but he").
_CLAUSE_START = _words(". ! ? ; : , and but so “ \" (")


# "take a peek at", "got a quick peek into", "a sneak peek": the look one takes (in Wikipedia's
# 393 MB and the Gutenberg books "take/get a peak" before "at" or "into", and "sneak peak",
# are written nowhere; "reached a peak at" and "has a peak of" are the summit's).
_PEEK_TAKERS = _words("take takes took taking taken get gets got getting")
_PEEK_ADJECTIVES = _words("quick brief little closer close first good last")


def _peek_taken(tokens, i: int) -> bool:
    """"peak" as the look taken: after "sneak", or after a form of "take" or "get" and "a" (a
    describing word between) and before "at" or "into" (not "take the peak at dawn")."""
    if i >= 1 and tokens[i - 1][0] == "sneak":
        return True
    if i + 1 >= len(tokens) or tokens[i + 1][0] not in ("at", "into", "inside", "behind"):
        return False
    k = i - 1
    if k >= 0 and tokens[k][0] in _PEEK_ADJECTIVES:
        k -= 1
    return k >= 1 and tokens[k][0] == "a" and tokens[k - 1][0] in _PEEK_TAKERS


# What a lead is "by": a margin, not an agent ("their lead by six points", "lead by example").
_MARGINS = _words(
    "example score margin margins point points goal goals vote votes run runs length lengths stroke strokes shot shots"
    " seconds minutes percent"
)
# Words that open the noun phrase of an agent after "by" ("led by the Chief", "by former President").
_AGENT_OPENERS = _words("the a an former his her their its")


def _agent_after_by(tokens, k: int) -> bool:
    """A name (a capital) or a determined noun phrase at ``k``, after "by", naming who led:
    "by Juan Bautista", "by the Chief", not "by six points", "by example", "by scoring"."""
    if k >= len(tokens) or not is_word(tokens[k]):
        return False
    word, written = tokens[k][0], tokens[k][3]
    if written[:1].isupper():
        return written != "I"
    if word in _AGENT_OPENERS:
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        return after is not None and is_word(after) and after[0] not in _MARGINS
    # a plural noun phrase with no determiner: "lead by outside groups", "by keynote speakers"
    for m in range(k, min(k + 3, len(tokens))):
        if not is_word(tokens[m]) or tokens[m][3][:1].isupper() or tokens[m][0] in _MARGINS:
            return False
        tags = set(lx.tags(tokens[m][0]))
        if not tags & {"n", "a"} or tokens[m][0].endswith("ing"):
            return False  # (not "by winning games")
        if lx.is_plural_noun(tokens[m][0]):
            return True
    return False


def _noun_before(tokens, i: int) -> bool:
    """A noun (or a noun and a comma) before ``tokens[i]``, that no determiner or possessive
    makes the head of the word at ``i`` ("their lead")."""
    k = i - 1
    if k >= 1 and tokens[k][0].endswith("ly") and lx.tags(tokens[k][0]) == "r":
        k -= 1  # "groups, largely lead by"
    if k >= 1 and tokens[k][0] in (",", "—", "–"):
        k -= 1
    if k < 0 or not is_word(tokens[k]) or tokens[k][0] in _OBJECTS or tokens[k][0] in _MODALS or tokens[k][0] == "to":
        return False
    return bool({"n", "p"} & set(lx.tags(tokens[k][0]))) or tokens[k][3][:1].isupper() and k > 0


def _name_before_hyphen(tokens, k: int) -> bool:
    """The word before the hyphen at ``k`` is an abbreviation or a name's last word: "U.S.-",
    "NATO-", "Donald Trump-" (not a metal or a common noun: "tin-lead", "co-lead")."""
    j = k - 1
    if j >= 0 and tokens[j][0] == "." and j >= 1 and len(tokens[j - 1][3]) == 1 and tokens[j - 1][3].isupper():
        return True  # "U.S.-", "U.N.-"
    if j < 0 or not is_word(tokens[j]) or tokens[j][1] + len(tokens[j][3]) != tokens[k][1]:
        return False
    written = tokens[j][3]
    if len(written) > 1 and written.isupper():
        return True  # "NATO-", "EU-"
    return written[:1].isupper() and j >= 1 and is_word(tokens[j - 1]) and tokens[j - 1][3][:1].isupper() and j - 1 > 0


def _not_a_noun(word: str) -> bool:
    """An adjective or adverb that cannot be a noun: "has lead former rivals", "had lead
    nowhere" ("had lead poisoning" has a noun)."""
    found = set(lx.tags(word))
    return bool(found & {"a", "r"}) and "n" not in found and "v" not in found


_ADJECTIVE_ENDINGS = (
    "ible", "able", "ive", "ous", "ful", "al", "ic", "ent", "ant", "less", "ish", "ary", "ory"
)


# Verbs whose past participle is their base form: "who's run for office", "who's come".
_PARTICIPLE_BASES = _words(
    "come become overcome run outrun cut put set hit let shut spread bet cost hurt quit read beat"
    " burst cast split thrust upset broadcast forecast"
)


def _bare_singular_noun(word: str, found) -> bool:
    """A singular noun, perhaps a verb's base form too, that can stand neither after "who
    is" (no article before it) nor after "who has" ("who's hometown", "who's plan", "who's
    rescue"): no adjective, adverb or participle ("who's home", "who's run"), no noun for a
    person ("who's president of") or that stands after "is" alone ("who's part of")."""
    return (
        "n" in found
        and set(found) <= {"n", "v"}
        and word not in _PARTICIPLE_BASES
        and word not in pasts()  # "who's thought much about it": a participle
        and word not in participle_only()  # "who's known for": a participle the table calls a noun too
        and not word.endswith(("ing", "ed", "en") + _ADJECTIVE_ENDINGS)
        and word not in person_nouns()
        and word not in predicate_nouns()
        and word not in time_words()
        and lx.is_singular_noun(word)
    )


_PHRASE_TAGS = frozenset(("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "POS"))
_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _whose_phrase_then_verb(tokens, i) -> bool:
    """"who's" at ``tokens[i]`` before a noun phrase and its finite verb, as the tagger reads
    the sentence with "whose" in its place: describing words, numbers, names and nouns (a
    hyphened compound whole), perhaps one phrase in "of", "to", "for" after the noun, then a
    verb with a tense, perhaps after an adverb ("who's long-shot bid for the nomination has",
    "who's 2005 book was", "who's last known addresses were", "who's plan rarely works"). "who is" or "who has" cannot stand before a subject
    and its verb; the phrase opens with no participle or verb in -ing ("who's known", "who's
    running") and holds no comma."""
    from ... import tagger

    written = tokens[i][3]
    if written[:3] == "WHO" or written[:1].isupper() and not (i == 0 or tokens[i - 1][0] in (".", "!", "?", '"', "“")):
        return False  # "WHO's Director General", "The Who's rock opera"
    start, end = max(0, i - 3), min(len(tokens), i + 12)
    words = [t[3] for t in tokens[start:end]]
    words[i - start] = "whose"
    tags = tagger.tag(words)
    seen_noun = in_phrase = False
    for k in range(i + 1, end):
        token, tag = tokens[k], tags[k - start]
        if token[0] in ("-", "–") and tokens[k - 1][2] == token[1]:
            continue  # inside a hyphened compound
        if tokens[k - 1][0] in ("-", "–") and tokens[k - 1][2] == token[1]:
            seen_noun = seen_noun or tag in _NOUN_TAGS or tag.startswith("VB")  # "long-shot"
            continue
        if k + 1 < end and tokens[k + 1][0] in ("-", "–") and tokens[k + 1][1] == token[2]:
            continue  # the first word of a hyphened compound: "long-shot", "go-it-alone"
        if tag in _FINITE_TAGS:
            return seen_noun
        if tag == "RB" and seen_noun and k + 1 < end and tags[k + 1 - start] in _FINITE_TAGS:
            continue  # "whose appeal to voters rarely matters"
        if k == i + 1 and (tag not in _PHRASE_TAGS or tag == "VBN" or token[0] in NOT_HEADS):
            return False
        if tag in _NOUN_TAGS:
            seen_noun = True
        elif tag == "IN" and seen_noun and not in_phrase and token[0] in ("of", "to", "for", "in", "on", "at"):
            in_phrase = True
        elif tag == "DT" and in_phrase and tokens[k - 1][0] in ("of", "to", "for", "in", "on", "at"):
            pass
        elif tag not in _PHRASE_TAGS:
            return False
    return False


def _were_by_evidence(tokens, i) -> bool:
    """"where" at ``tokens[i]`` where "were" is meant: the tagger, reading "were" in its
    place, reads the word before as a plural noun or a pronoun ("who", "they") and the word
    after as a participle, an adverb, an adjective or a preposition ("contributions where
    not disclosed", "polls where conducted"), and the evidence of the words around it
    prefers "were" by ``WERE_BY_EVIDENCE``, neither neighbour speaking for "where"."""
    from ... import confusion

    if i == 0 or i + 1 >= len(tokens) or not is_word(tokens[i + 1]):
        return False
    if tokens[i + 1][0] in _CLAUSE_WORDS_AFTER_WHERE:
        return False  # "Use seat belts where possible": a clause of its own
    evidence = confusion.judge(tokens, i, ("were",), threshold=WERE_IN_VERBLESS_CLAUSE, thresholds={})
    if evidence is None:
        return False  # (the evidence first: the tagger costs more)
    strong = confusion.decides(evidence, WERE_BY_EVIDENCE)
    tags, at = tags_in_place(tokens, i, ("were",), after=_CLAUSE_AFTER_WHERE)
    if tags[at + 1] not in _AFTER_WERE and not (tokens[i + 1][0] in _FLOATING and not strong):
        return False
    # "contests where only paid-up members are allowed": a verb with a tense of its
    # own before the clause ends makes "where" the start of a clause, not the verb "were"
    for k in range(at + 2, len(tags)):
        if tokens[i + k - at][0] in _CLAUSE_ENDS:
            break
        if tags[k] in _FINITE_TAGS:
            return False
    if strong and tags[at - 1] in _PLURAL_SUBJECT_TAGS:
        return True
    return _verbless_subject_before(tokens, i)


def _where_opens_no_clause(tokens, i) -> bool:
    """"where" at ``tokens[i]`` after a plural noun, "they", "we", "you" or a relative
    pronoun for a plural noun ("emails that where marked classified"), before a
    participle, adjective or adverb that opens no subject, and no verb with a tense in the rest
    of its sentence (as written or with "were"): "where" then opens a clause that has no
    verb, so it is the verb "were" misspelt ("the seats where designated for", "said the two
    cases where quite different", "these psalms where not meant"). Not before a word that
    stands for a clause of its own ("where possible", "where needed"), nor one that opens a
    subject ("where learned Brahmins taught", "where many perished", "where crossing-over
    occurred")."""
    from ... import tagger

    if i == 0 or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if after[0] in _CLAUSE_WORDS_AFTER_WHERE or after[0] in _COUNTING_WORDS or not after[3].islower():
        return False
    if i + 2 < len(tokens) and tokens[i + 2][0] in "-–" and tokens[i + 2][1] == after[2]:
        return False  # a compound ("where crossing-over occurred"): a noun
    end = i + 1
    while end < len(tokens) and tokens[end][0] not in (".", "!", "?", ";", ":"):
        end += 1
    start = max(0, i - 8)
    before = [t[3] for t in tokens[start:i]]
    rest = [t[3] for t in tokens[i + 1 : end]]
    tags = tagger.tag(before + ["were"] + rest)
    at = i - start
    if tags[at + 1] not in _DESCRIBING_AFTER_WHERE:
        return False
    relative = tokens[i - 1][0] in ("that", "which", "who") and at >= 2 and tags[at - 2] in ("NNS", "NNPS")
    if not (tags[at - 1] in ("NNS", "NNPS") or tokens[i - 1][0] in ("they", "we", "you") or relative):
        return False  # (a relative pronoun for a plural: "the emails that where marked")
    k = at + 1
    while k + 1 < len(tags) and tags[k] in ("RB", "RBR"):
        k += 1
    if tags[k] in _SUBJECT_OPENING_TAGS - {"JJ", "VBG"}:
        return False  # "where in 1066 ...", "where the": a subject after "where"
    if tags[k] in ("JJ", "VBG", "VBN") and k + 1 < len(tags) and tags[k + 1] in _SUBJECT_OPENING_TAGS | {"VBN", "VBD", "RB"}:
        return False  # "where heated water collects": the word describes a subject
    as_written = tagger.tag(before + [tokens[i][3]] + rest)
    # the verbs of the clause "where" opens, up to a word that opens another clause ("some
    # people where yawning as he spoke")
    stop = next((m for m, word in enumerate(rest) if word.lower() in _NEXT_CLAUSE), len(rest))
    return not any(tag in _FINITE_TAGS for tag in tags[at + 1 : at + 1 + stop] + as_written[at + 1 : at + 1 + stop])


def _verbless_subject_before(tokens, i) -> bool:
    """The words before "where" at ``tokens[i]``, back to the start of their clause, are a
    subject with no verb of its own, and no verb of another clause follows "where":
    plural ("Bolton and Gorka where both critical", "three meetings where on tap"), or any
    after "if" ("if Trump where to win": the subjunctive). "where" is then the clause's only
    candidate for its verb; a place or a case ("the houses where they lived") opens a clause
    with a subject and a verb of its own. Read by the tagger with "were" in its place, from
    the clause's start (at most ``_SUBJECT_REACH`` words back) to ``_VERB_REACH`` words on."""
    from ... import tagger

    start = i
    while start > 0 and i - start < _SUBJECT_REACH and tokens[start - 1][0] not in (".", "!", "?", ";", ":"):
        start -= 1
    after = tokens[i + 1 : i + 1 + _VERB_REACH]
    before = [t[3] for t in tokens[start:i]]
    tags = tagger.tag(before + ["were"] + [t[3] for t in after])
    as_written = tagger.tag(before + [tokens[i][3]] + [t[3] for t in after])
    at = i - start
    for k, t in enumerate(after, at + 1):
        if t[0] in _SUBJECT_ENDS:
            break
        if tags[k] in _FINITE_TAGS or as_written[k] in _FINITE_TAGS:
            return False  # "symbols where adding an s may leave": a clause of its own
        if k == at + 2 and tags[k] in ("NN", "NNS", "NNP", "NNPS") and tags[at + 1] in ("JJ", "VBN", "VBG", "CD"):
            return False  # "where similar themes arise": "where" opens a subject
    k = at - 1
    joined = False
    while k >= 0:
        word = tokens[start + k][0]
        if word in _VERBLESS_OPENERS or (word in _SUBJECT_ENDS and not (word == "," and joined)):
            break  # (a comma after "and" may be a list's: "acronyms, and symbols where")
        if tags[k] in _FINITE_TAGS or tags[k] in ("VB", "VBG", "VBN", "WDT", "WRB", "IN", "TO"):
            return False  # a verb, a relative or a preposition of its own: not a bare subject
        joined = joined or word in ("and", "or")
        k -= 1
    if k < 0 and start > 0 and tokens[start - 1][0] not in (".", "!", "?", ";", ":"):
        return False  # the clause's start is further back than the words read
    if k == at - 1 or tags[at - 1] not in _SUBJECT_TAGS:
        return False
    if k >= 0 and tokens[start + k][0] in _SUBJUNCTIVE_OPENERS:
        return True
    return tags[at - 1] in _PLURAL_SUBJECT_TAGS or joined and tags[at - 1] in ("NN", "NNP")


def _whose_slot(tokens, i) -> bool:
    """"who's" before a noun phrase that cannot follow "who is" or "who has": "who's
    campaign website has", "who's mother had", "who's stock peaked"."""
    if i + 1 >= len(tokens) or not is_word(tokens[i + 1]) or tokens[i + 1][3][:1].isupper():
        return False
    nxt = tokens[i + 1][0]
    if nxt in ("who", "boss", "next", "who's") or nxt in NOT_HEADS or nxt in ITS_BEFORE:
        return False
    if noun_phrase_then_verb(tokens, i + 1, possessive="whose"):
        return True  # "who's political career ended", "who's top issue was"
    found = set(lx.tags(nxt))
    if "n" not in found or {"r", "x"} & found or nxt.endswith(("ing", "ed")):
        return False
    if nxt.endswith(_ADJECTIVE_ENDINGS):
        return False  # "who's responsible": the table lists some adjectives as nouns only
    if "p" in found and "a" not in found:
        return True  # "who's mothers are"
    if (
        _bare_singular_noun(nxt, found)
        and not (i + 2 < len(tokens) and tokens[i + 2][0] in ("-", "–"))  # "who's hands-on"
        and (tokens[i][3][:1].islower() or i == 0 or tokens[i - 1][0] in (".", "!", "?", '"', "“"))
    ):
        return True  # "who's hometown, Miami, is", "who's plan to announce"; not "The Who's rock opera"
    # Otherwise a finite verb must follow, perhaps after a second noun: "who's stock
    # peaked", "who's campaign website has" (a bare verb cannot follow "who is").
    for k in (i + 2, i + 3):
        after = tokens[k][0] if k < len(tokens) else ""
        after_tags = lx.tags(after)
        if after in VERBISH or "v" in after_tags and after.endswith(("ed", "s")):
            return True
        if k == i + 3 or k >= len(tokens) or not is_word(tokens[k]):
            return False
        if not ("n" in after_tags or not after_tags and lx.is_word(after)):
            return False
    return False


# Words after "past" that show it is a verb, "passed" ("had past all the checks", "that past
# through the server"); "past away" was written nowhere in the 393 MB of Wikipedia of
# /work/cache/corpora/wiki nor in the Gutenberg books, and "which", "who" or "that" before
# "past" and a determiner nowhere either.
_PAST_AS_VERB_BEFORE = _words("away through by over on all along")
_RELATIVES = _words("which who that")
_PAST_OBJECTS = _OBJECTS - _words("many some") | _PAST_AS_VERB_BEFORE
# ... and what follows a verb "passed" after "which", "who" or "that" ("the package that past
# in February"): none of these follows "which/who/that past" in all 400 Wikipedia files.
_PAST_AS_VERB_AFTER_RELATIVE = _words("in with last unanimously easily overwhelmingly without before after into under")


def _past_as_verb(prev: str, nxt: str) -> bool:
    """Is "past" between ``prev`` and ``nxt`` a verb, "passed"? So it is before "away" after
    a word that is no determiner ("who past away"; not "the past away from home"), and
    after "which", "who" or "that" before a determiner or a particle ("a bill that past the
    Senate", "emails that past through"; not "that past experience"). Before "up", "out" or
    "along" likewise ("he past up easy chances", "has long past out copies", "past along a
    request": a particle, which no preposition "past" takes; none of the three follows "past"
    in Wikipedia's 393 MB but "the past out of")."""
    if nxt in ("away", "up", "out", "along"):
        return prev not in DETERMINERS
    if prev == "been":
        # "had not been past already": "been past" is written nowhere in all 400 Wikipedia
        # files; before a determiner it may still be the preposition ("have been past the
        # station")
        return nxt not in _OBJECTS and not nxt[:1].isdigit()
    return prev in _RELATIVES and (nxt in _PAST_OBJECTS or nxt in _PAST_AS_VERB_AFTER_RELATIVE)


_SUBJECT_TAGS_BEFORE_PAST = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP"))
_OBJECT_TAGS_AFTER_PAST = frozenset(("DT", "CD", "PRP$"))


def _past_as_sole_verb(tokens, i: int) -> bool:
    """Is "past" at ``tokens[i]`` the only verb its sentence could have, "passed"? So it is
    when, read with "passed" in its place, the tagger reads a subject before it (a noun or a
    pronoun, perhaps a phrase of time between: "lawmakers this week past"), a noun phrase
    after it ("a set of", "at least 30 laws") and no other verb with a tense anywhere in the
    sentence: the preposition ("the road past the church is closed") leaves its sentence a
    verb of its own."""
    if i == 0 or i + 1 >= len(tokens) or not tokens[i][3].islower() or tokens[i - 1][0] in DETERMINERS:
        return False  # (not "the past", read before the tagger is asked)
    nxt = tokens[i + 1][0]
    if not (nxt in _OBJECTS or nxt[:1].isdigit() or nxt == "at"):
        return False
    end = i + 1
    while end < len(tokens) and tokens[end][0] not in (".", "!", "?", ";"):
        end += 1
    start = i
    while start > 0 and tokens[start - 1][0] not in (".", "!", "?", ";"):
        start -= 1
    if end - start > 40 or end < len(tokens) and tokens[end][0] == "?":
        return False  # (a question may open with its verb: "Loveth she me with the love past all")
    from ... import tagger

    words = [t[3] for t in tokens[start:end]]
    at = i - start
    words[at] = "passed"
    tags = tagger.tag(words)
    if at == 0 or at + 1 >= len(tags) or tags[at] != "VBD" or tags[at - 1] not in _SUBJECT_TAGS_BEFORE_PAST:
        return False
    if tags[at + 1] not in _OBJECT_TAGS_AFTER_PAST and tokens[i + 1][0] != "at":
        return False
    if any(tag in _FINITE_TAGS for k, tag in enumerate(tags) if k != at):
        return False
    # as written too: "conceptions progress past the first trimester", "that stretch past the
    # patella" have their verb before the preposition, which "passed" makes a noun
    words[at] = tokens[i][3]
    return not any(tag in _FINITE_TAGS for k, tag in enumerate(tagger.tag(words)) if k != at)


# Words after a verb's place that show it has no object: "loose", the verb (to let go),
# always has one, so "loose" there is "lose" ("bound to loose to Clinton", "if they loose
# here", "win or loose in Florida").
_NO_OBJECT_AFTER = frozenset(".,;:!?") | _words("to if in here there again and but because when unless squarely badly")
_LOOSE_VERB_SLOT = _MODALS | _words("i we they you")
_COPULAS_BEFORE_NOT = BE | _words("seem seems seemed remain remains remained stay stays stayed")


def _lose_without_object(tokens, i: int) -> bool:
    """Is "loose" at ``tokens[i]`` a verb with no object, "lose"? So it is after a modal,
    "to", "not" or a subject pronoun ("will loose", "they loose"; not "is not loose"), or
    "win or", before a mark or a word that opens no object. "loose" the verb takes one
    ("to loose an arrow"); the adjective does not stand there."""
    if i < 1 or i + 1 >= len(tokens):
        return False
    prev = tokens[i - 1][0]
    if not (prev in _LOOSE_VERB_SLOT or prev == "or" and i >= 2 and tokens[i - 2][0] == "win"):
        return False
    if prev in ("not", "never") and i >= 2 and tokens[i - 2][0] in _COPULAS_BEFORE_NOT:
        return False  # "the screws are not loose."
    return tokens[i + 1][0] in _NO_OBJECT_AFTER


# "lay" takes an object (to put down), "lie" none (to rest flat): "was laying on the floor"
# is "lying". Read only where no object can follow: a place (a preposition of place and the
# start of its noun phrase), or a word that says how or where one rests, or "down" before
# a mark or a place ("laying down on the sofa"; not "laying down their arms").
_PLACE_PREPOSITIONS = _words(
    "on in at under beside near next against across along among around behind below beneath"
    " between inside outside atop upon underneath"
)
_PLACE_OPENERS = ARTICLES | POSSESSIVES | _words("this that these those bed wait state ambush")
_RESTING_WORDS = _words("there here around about low awake asleep dead still flat unconscious motionless dormant idle face")
_REST_ENDS = frozenset(".,;:!?") | _PLACE_PREPOSITIONS | _words("for and until while when")


def _lie_without_object(tokens, i: int) -> bool:
    """Is "laying" (after a form of "be", an adverb between allowed) or "lays" (not before
    "on", which also provides: "the council lays on buses") at ``tokens[i]`` the verb "lie",
    with no object: "was laying on the floor", "is laying there", "lays in state"? Over 393 MB
    of Wikipedia "be laying" before such words is written twice: "just laying there" (a
    slip, in a quotation) and "were laying down such an accurate fire" (an object: left)."""
    word = tokens[i][0]
    if i + 2 >= len(tokens):
        return False
    k = i - 1
    while k > 0 and tokens[k][0] in ("just", "still", "already", "now", "often", "always", "simply"):
        k -= 1
    if word == "laying" and (k < 0 or tokens[k][0] not in BE):
        return False
    nxt, nxt2 = tokens[i + 1][0], tokens[i + 2][0]
    if word == "lays" and nxt == "on":
        return False
    if nxt in _PLACE_PREPOSITIONS:
        # (a place, not a time: hens "were laying in the spring", eggs understood)
        later = tokens[i + 3][0] if i + 3 < len(tokens) else ""
        return (nxt2 in _PLACE_OPENERS or tokens[i + 2][3][:1].isupper()) and later not in time_words() and nxt2 not in time_words()
    if nxt == "down":
        return nxt2 in _REST_ENDS
    return nxt in _RESTING_WORDS and (nxt2 in _REST_ENDS or nxt2 == "down")


# What ends "the passed" with no noun after it: in all 400 Wikipedia files "the passed" is
# followed by a noun ("the passed ball", "the passed urine") or "in" (programmers' "the
# passed in value"), never by these.
_PASSED_ENDS = frozenset(". , ; : ! ? and or but".split())
# Prepositions after "the past" ("in the past by the FBI", "in the past with the iPod").
_AFTER_THE_PAST = _words("by with of for at from")


# Words after which "there" opens a clause as its subject ("insist there were", "than
# there were"), or the start of a sentence.
_BEFORE_EXISTENTIAL = _words("that but and so because since than although though while when if insist insisted say said says")


def _existential_there_where(tokens, i) -> bool:
    """Is "where" at ``tokens[i]``, after "there", the verb of an existential "there were"?
    So it is when "there" opens its clause (a sentence's start or ``_BEFORE_EXISTENTIAL``),
    a lower-case word follows "where", and no verb with a tense follows before the clause
    ends, as the tagger reads the words as written: "there where" opening a clause of its own
    has one ("lived there where the river bends")."""
    from ... import tagger

    if i < 1 or i + 1 >= len(tokens) or not is_word(tokens[i + 1]) or not tokens[i + 1][3].islower():
        return False
    before = tokens[i - 2][0] if i >= 2 else ""
    if i >= 2 and before not in _BEFORE_EXISTENTIAL and before not in (".", "!", "?", ";", ":", "“", '"'):
        return False
    after = tokens[i + 1 : i + 1 + _VERB_REACH]
    tags = tagger.tag([tokens[i - 1][3], tokens[i][3]] + [t[3] for t in after])
    for k, t in enumerate(after, 2):
        if t[0] in _SUBJECT_ENDS:
            break
        if tags[k] in _FINITE_TAGS:
            return False
    return True


# (less "about" and "to", as S205 has read them since 1db11aa)
_YOUR_PREPOSITIONS = POSSESSIVE_PREPOSITIONS - _words("about to")


def _your_slot(tokens, i) -> bool:
    """Is "you're" at ``tokens[i]`` where only "your" stands? Before "own" ("win you're own
    party's voters"); after a preposition before a lower-case word that may open a noun
    phrase ("in you're polling place"; not "what you're in for"); after a verb that takes an
    object, not a clause, before a noun or adjective (``phrases.object_slot``: "win you're
    state"), as S201 reads "it's"."""
    if i + 1 >= len(tokens) or not is_word(tokens[i + 1]) or not tokens[i + 1][3].islower():
        return False
    following = tokens[i + 1][0]
    if following == "own":
        return True
    prev = tokens[i - 1][0] if i else ""
    if following in ITS_BEFORE or following in NOT_HEADS:
        return False
    if "v" in lx.tags(following) and following.endswith(("ed", "en", "ing")):
        return False  # "the conditions you're given", "what you're doing": "you are"
    if prev in _YOUR_PREPOSITIONS:
        found = set(lx.tags(following))  # (not an adverb too: "if you go in you're sure to win")
        return "n" in found or "a" in found and "r" not in found
    if i >= 2 and tokens[i - 2][0] in DETERMINERS:
        return False  # "the conditions you're": a noun, not a verb that takes an object
    return bool(prev) and object_slot(prev, tokens, i + 1, "your")


class ConfusedWord(ContextRule):
    """A word confused with one that sounds alike or is one slip away, in a context that gives it away.

    *What it flags*: "who's" before a noun, or an adjective and a noun, followed by a verb
    ("who's political career began": whose); "loose" after "to", "will" or "not"
    before an object, and after those, a subject pronoun or "win or" before a mark or a word
    that opens no object ("bound to loose to Clinton", "if they loose here":
    ``_lose_without_object``) (lose); "has lead", "was lead by", "lead" after "this",
    "it", "he" or "she" opening a clause ("This lead to protests", "she lead the march"),
    "lead to" or "lead into" after a singular noun phrase that opens its clause, past an
    of-phrase on its head ("The invasion of Iraq lead to"; ``lead_after_subject``), and
    after ", which" when the sentence before the comma is all in the past ("declared
    independence in 1991, which lead to the breakup"),
    "lead by" after a noun before a name or a determined noun ("a team lead by Dr Smith",
    not "lead by example" or "a lead by six points"), and "lead" after a hyphen and an
    abbreviation or a name before a noun ("a U.S.-lead coalition", not "tin-lead")
    (led); "an affect on", "take affect" (effect);
    "had past the", "past away", "a bill that past the Senate" (``_past_as_verb``) and "the
    passed few weeks", "this passed weekend", "the passed" before a mark or "and", "or", "but"
    ("in the passed, she said"; in all 400 Wikipedia files "the passed" stands only before a
    noun or "in": "the passed ball"; injected past->passed 76 -> 89 of 114 | 79 -> 89 of 115,
    2026-12-06) (passed, past); "too the", and "to" where it cannot stand and "too"
    can (``too_for_to``): after "be" or another linking verb before a word that can only
    describe ("was to late", "is to presumptuous,", "There are to many cars"), after a
    comma where it closes its clause ("it is dangerous, to.", "that effort, to, fell
    short"), before a word that can only describe and then "to" and a verb, or "a" ("found
    the plan to objectionable to support"), "to many" or "to much" after "have" ("had
    to many achievements"), and after any other word before a word that can only describe
    and a full stop, "!", "?" or "for", where the words around "to" prefer "too" by
    ``too_for_to.TOO_CLOSING_MARGIN`` ("made it to easy for disturbed people", "cannot come to
    soon."; not "convert it to octal:", "from mild to severe.", "next to impossible."), and
    after "a little", "a bit" or "a tad" before "much", "many", "far" or an adjective ("a
    little to much of") (to, too); "they where", "if
    it where", "there where" opening its clause with no verb after it ("insist there where
    fraud and voter suppression"; not "camped there where the river bends"; 2026-12-06:
    injected were->where 176 -> 181 of 291 | 159 -> 162 of 278, un-injected findings
    unchanged; none over the 14 lines of all 400 Wikipedia files with "there where") (were); "weather or not", "asked weather" (whether); "the whether" (weather); "to except the offer" (accept); "free reign", "reign in spending"
    (rein); a form of "effect" read as a verb where "affect" belongs (``effect_for_affect``):
    before a noun it describes ("the effected areas", "flood-effected villages"), after an
    adverb of degree ("badly effected", "most effected"), or with an object or a passive
    subject that the counts pair with "affect" and hardly ever with "effect" ("effect
    thousands of workers", "residents were effected"; not "effected a change", "the rescue was
    effected") (affect); "peaked his interest" (piqued); "take a peak at", "a sneak peak" (peek); "bare in mind" (bear); "and" after a verb before a
    bare singular noun that takes "an" ("to schedule and appointment": an, see
    ``and_for_an.py``); "the" before a verb that is no noun or adjective, read as a past or
    present plural ("the went home", "the knew": they, see ``the_for_they.py``), or a word
    that is mostly a verb, before its object, where "the" opens a clause ("I ask them, the
    pick a lender"); "he",
    "she" or "they" before a singular noun that is nothing else ("he committee voted"), or
    after a preposition before an adjective or noun ("one of he worst storms": the, see
    ``pronoun_for_the.py``); "that" after a comparative ("higher that last year": than, see
    ``that_for_than.py``); "on" or "an" (or "only" after a form of "be") before "of the", a
    superlative and a plural noun or a mark ("on of the best films", "only of the largest;":
    one, see ``one_of_the.py``); "there" opening a clause before "is", an adjective that takes
    "it" and never "there" there, and "to" + a verb or "that" ("There is hard to know": it,
    see ``there_for_it.py``); "you" after a preposition, "is" or "was" before a singular
    noun and the end of its phrase ("Thank you for you patience", "What is you name?": your,
    see ``you_for_your.py``); "you're" before a noun phrase where the words around it call
    for "your" (advice: "bring you're passports"); "you're" before a noun phrase and its verb
    ("if you're house is leaking", "that you're allegations are false"; not after an adjective
    that takes a clause, "you're sure costs rose": measured 2026-12-06, injected your->you're
    56 -> 60 of 75 | 51 -> 61 of 77, un-injected findings unchanged, none over the ~1,000
    Wikipedia lines with "you're" nor the five clean sources and the wide copy) (your); "where" after a plural subject before
    a participle, adverb or adjective where the words around it call for "were" (advice:
    "the contributions where not disclosed"; not when a verb of its own follows before the
    clause ends: "primaries where only members are allowed"), and, whatever the margin, where
    the words before it back to their clause's start are a subject with no verb of its own,
    plural or after "if" ("Bolton and Gorka where both critical", "if the mayor where to
    resign"; ``_verbless_subject_before``); and, whatever the words around it say, where
    "where" after a plural noun or "they", "we", "you" would open a clause with no verb: a
    participle, adjective or adverb that opens no subject after it and no verb with a tense
    in the rest of the sentence ("said the two cases where quite different", "the designs
    where submitted."; not "schools where learned Brahmins taught", ``_where_opens_no_clause``);
    never before a word that stands for a clause of its own ("where possible", "where
    needed", "supporters where present": ``_CLAUSE_WORDS_AFTER_WHERE``). Measured
    (2026-12-06): injected were->where 181 -> 184 of 291 | 162 -> 165 of 278, un-injected
    findings unchanged; over the 7,077 lines of all 400 Wikipedia files with a plural or
    "they", "we", "you", "who", "that", "which" before "where", 2 findings more, both slips
    ("various commissions where elected.", "these tracks where later released"), and 3 fewer,
    all wrong ("walls where protected from water", "supporters where present", "where deemed
    more reasonable"); the five clean sources and the wide copy, one wrong finding fewer; "who's" before a subject and its verb
    as the tagger reads it with "whose" ("who's long-shot bid has grown"); "lets" opening a clause
    before a verb ("Come, lets stop here": let's); "your" before a verb in -ing that is no noun
    and "to", an article, "for" or "at" ("if your going to vote": you're); "your" where a
    clause's subject stands, before "not", a verb's -ing form or an adjective that ends a
    predicate, with no verb with a tense after it (``contraction_clause``, as S202 reads
    "their": "I think your wrong", "what your referencing"; advice; 2026-12-05,
    ``scripts/eval_confusables.py --kinds "you're->your" --select S205``: found 10 -> 20 of
    42 | 12 -> 27 of 44, un-injected findings unchanged; over clean copy one new finding,
    right); "your" or "whose"
    before a word that opens no noun phrase (``phrases.no_noun_phrase_after``, as for "its"
    and "their": "If your in the area", "your not alone", "whose in charge"; advice; in 5.4
    million words of clean copy and 270,000 words of web text from the English Web Treebank
    and GUM one finding, right: "If your in the USA"), or before an adverb and describing
    words that reach no noun ("If your really sure about it": ``phrases.adverb_without_noun_after``,
    as for "its"), or before "going to" and a verb or "gonna" ("the robots your going to see":
    ``phrases.going_to_after``; injected you're->your 21 -> 22 | 28 -> 29, 2026-12-06), or
    before "a", "an" or "here" ("your a lawyer": ``phrases.article_or_here_after``, as for
    "their"; never so in all 400 Wikipedia files; 22 -> 26 | 29 -> 33), or before a predicate
    and a clause ("your unable to win": ``headless.headless_before_clause``, as for "its");
    "you're" before "own", after a preposition before a noun or adjective, or after a verb
    that takes an object and not a clause before a noun or adjective ("win you're own party's
    voters", "in you're home state", "win you're state": ``_your_slot``, as S201 reads "it's";
    not before a participle, "the conditions you're given"; 2026-12-06, injected your->you're
    49 -> 56 of 75 | 46 -> 51 of 77, un-injected findings unchanged; over the 597 lines with
    "you're" of all 400 Wikipedia files and the UD treebanks, none); "your" before a
    verb or auxiliary that "you" takes and that is never a noun ("I hope your have fun",
    "your should call": you; not "your will", "your might", "your can"); "the" before
    "would", "could" or "should" (they); "quiet" before an adjective that is no noun or verb,
    or before "a few", "a lot", "a bit" ("quiet different": quite); "quite" after an article
    before a noun ("a quite street": quiet). By the evidence alone (advice, see below), also
    pairs of common words said alike, taken from the CMU Pronouncing Dictionary and kept
    where calibration shows the words around them tell the two apart ("last weak": week;
    "a key roll": role; "in edition to": addition; ``scripts/build_ngrams.py``), and the
    classic pairs "later"/"latter", "advice"/"advise" and "quite"/"quiet" ("two years
    latter": later; "her advise on": advice), and the copy desk's pairs "council"/"counsel",
    "complement"/"compliment", "desert"/"dessert", "discreet"/"discrete", "elicit"/"illicit",
    "formally"/"formerly", "principal"/"principle", "stationary"/"stationery",
    "lightning"/"lightening", "faze"/"phase", "premier"/"premiere", "flaunt"/"flout",
    "adverse"/"averse", "capital"/"capitol", "waive"/"wave", "waist"/"waste",
    "grisly"/"grizzly", "pore"/"pour" and their common forms ("The city counsel voted":
    council; "selling elicit drugs": illicit; "the plan will be fazed in": phased). Where the neighbours fall just short of that
    margin (by ``context_words.REACH``), the content words within ten words of a word of the
    sets of content words may make up the rest (Golding 1995; ``newslint/context_words.py``:
    "it remains to be seen weather the bridge will reopen": whether).

    *Why it matters*: a spell checker accepts every one of these words; only the context
    shows that the writer meant the other one.

    *Flagged*: "The scandal has lead to the minister's resignation."

    *Preferred*: "The scandal has led to the minister's resignation."

    *Known limits*: each pair is checked only in contexts where the wrong word cannot be
    right; "its"/"it's", "their"/"there", "than"/"then" and "would of" have rules of their
    own (S201–S204). Other uses of these words are left alone. The slips read with the
    tagger or the lexicon ("and" for "an", "the" for "they", a pronoun for "the", "that" for
    "than"; and "on" for "one", which stood nowhere in 68 million words of Wikipedia and
    Gutenberg) are
    advice (info): on 4.8 million words of Wikipedia that no rule was tuned on, 4 of their
    19 findings were right (wrong: "uptake and accumulation" and "anger and aggression" read
    with "an"), where a warning must be right 95 times in 100. "reigned in the …" is advice
    too: a reign in a century and a restraint on a budget differ only by the noun after.
    So are "to reign in …", "too" for "to" before a verb or noun phrase, and "loose" for
    "lose" after a modal: on Wikipedia AD_00-29 and AD_40-89 they were right 0 of 3, 1 of 3
    and 0 of 1 times ("too young to reign in their own right", "can too be predicted", "to
    loose the pin"). A word in capitals, or with a capital inside a sentence, is a name or an
    abbreviation and is left alone ("LETS were started", "The Who's performances").
    "your" before a verb "you" takes (2026-12-02): on all 400 Wikipedia files of
    /work/cache/corpora/wiki and Gutenberg (68 million words) one finding, a slip ("Your are
    without"); "don't" is left out, a noun in a "don't pass" bet, the one other such place.
    "you" before such a verb written "your" (400 lines of Wikipedia text_AD_wiki_90-99 and
    three Gutenberg books): found 18 (S211) -> 391.
    "there" for "it" (2026-12-02): no finding on Wikipedia text_AD_wiki_00-99 (left out of
    the adjectives' build) nor on the dev corpus's news and docs.
    "later"/"latter", "advice"/"advise", "quite"/"quiet" by the evidence (2026-12-02): the
    injected slips of ``scripts/calibrate_confusables.py`` (tune | held out, at the cut the
    rule reports) "latter" for "later" 0.93 | 0.76 found, "advise" for "advice" 0.85 | 0.52,
    "quiet" for "quite" 0.71 | 0.58, "advice" for "advise" 1.00 | 0.14, "quite" for "quiet"
    0.50 | 0.31, "later" for "latter" 0.25 | 0.00, no finding on the clean articles of either
    half; over Wikipedia text_AD_wiki_80-99, the dev corpus and real-dev one finding added,
    right ("Two years latter"); ``scripts/eval_real_edits.py`` unchanged in both halves.
    The copy desk's pairs (2026-12-07, ``scripts/calibrate_confusables.py`` on the tune half):
    30 directions on, 11 off for want of catches ("capital" for "capitol", "desert" and
    "dessert" either way, "discreet", "formally", "lightening", "pouring", "premiere",
    "principles", "waiving", "wave" written for the other word); the directions the tune half
    shows neither clean nor slipped ("stationary"/"stationery", "flaunt"/"flout",
    "grisly"/"grizzly", "premiers"/"premieres", ...) keep the default margin. Held out,
    50 of their 224 injected slips found (0.22), no finding on the clean articles; over
    the dev corpus and 840 PolNeAR articles no finding added; over Wikipedia
    text_AD_wiki_00-99, 11 added, all right ("the colonial capitol of Williamsburg", "an
    environmental advisory counsel", "The principle tributaries").
    The wide context (2026-12-02, ``scripts/eval_context_words.py``, Wikipedia
    text_AD_wiki_80-89 | 90-99, which its counts never saw): injected slips of the sets of
    content words found 0.577 -> 0.650 | 0.599 -> 0.668, findings at words as written 1 -> 2
    | 3 -> 4; the rule itself (``--end-to-end``) adds 1 | 1 finding over those 3.2 million
    words: "the major cites of the province" (right), "Indian piece goods" (wrong: about one in
    two, the floor for advice); at a reach of 4 rather
    than 2, 0.683 | 0.703 found but 5 | 6 findings, 1 right of the 4 new read. Added to the
    sets of function words it found more injected slips (0.706 -> 0.803 on 80-89) but all 5
    new findings read were wrong ("Directors too have made a name": genre, not topic), so
    those sets are not stored. ``scripts/eval_real_edits.py`` real-word/real-word tune 19 ->
    19, held out 20 -> 21, no other finding added; real-dev real-word 24 -> 25 of 49 (even
    half); no finding on the dev corpus's news.
    "effect" for "affect" (2026-12-06, ``scripts/eval_effect_for_affect.py``: each form of
    "affect" in the sentences of the news texts of ../shared/eval/data and of Wikipedia
    text_AD_wiki_80..99 made "effect", one at a time; tune | held-out halves): found 37 ->
    121 of 217 | 59 -> 153 of 260, no more findings on the sentences as written. Over
    Wikipedia text_AD_wiki_80..99, the dev corpus, docs and clean drafts, 1,157 news texts,
    the UD sentences and 1,159 more Wikipedia articles one finding more, right ("These
    changes have effected the northern neighborhoods"); over the 427 lines of all 400
    Wikipedia files that hold the verb "effect" (the counted text among them) 10 more, 9 of
    them slips ("greatly effected the attitude", "all effected vehicles", "effecting everyone
    citywide"; wrong: "to effect this level of employment"). real-dev and
    ``scripts/eval_real_edits.py`` unchanged.
    "ensure"/"insure"/"assure" was tried and left out: calibration switched "assure" for
    "ensure" off (0.18 of 28 injected slips found at the least margin clean news allowed; 0.00
    held out), and "insure" is too rare in news to measure its pairs on.
    """

    evidence = True
    needs = ("lexicon", "quotes", "tags")
    code = "S205"
    name = "confused-word"
    triggers = _words(
        "who's whose loose loosing lead affect affects past passed too where weather whether lets"
        " your you're quiet quite"
        " except excepted excepts laying lays reign reigned reigning peaked peaks peak bare"
    )
    pattern = re.compile(
        r"(?<![\w'])(?:"
        + "|".join(sorted(triggers, key=lambda w: (-len(w), w)))  # one order every run
        + "|" + too_for_to.PATTERN
        + r"|[Tt]he(?= (?:would|could|should)\b(?!-)))(?![\w'])"
    )
    examples = (
        flagged("If your really sure about it, sign the papers today.", "your"),
        flagged("We are alive, unlike the robots your going to see next week.", "your"),
        flagged("Mr. Khan, your a lawyer, and your here to help us, they said.", "your", "your"),
        flagged("Voters know your unable to win the state, he said.", "your"),
        # a predicate adjective closed by a stop or a comma where a clause's subject stands
        flagged("If your interested, call us today.", "your"),
        accepted("Though your realistic, somewhat cynical tone won fans, and your economic, social views."),
        flagged("You've got to win you're own voters, and in you're home state first.", "you're", "you're"),
        accepted("You deal with the conditions you're given, and if you go in you're sure to win."),
        flagged("I have voted for Republicans in the passed, and this passed weekend too.", "passed", "passed"),
        flagged("He was investigated in the passed by the FBI, and voters looked into his passed.", "passed", "passed"),
        # a subject and its verb after "you're"
        flagged("It's like if you're house is leaking, and you're allegations are false.", "you're", "you're"),
        accepted("I think you're sure costs rose, and you're glad the vote passed; you're right the plan works."),
        # "lay" takes an object; resting is "lie"
        flagged("The victim was laying on the floor, and the body lays in state.", "laying", "lays"),
        accepted("Crews were laying the cables, were laying down their arms and are laying off staff; she lay on the floor."),
        accepted("The council lays on buses; hens were laying in the spring, and the laying on of hands."),
        # "excepted" (left out) takes no object
        flagged("He excepted the award on Friday, and she excepts his apology.", "excepted", "excepts"),
        accepted("All staff, managers excepted, were paid; some items are excepted from the tax."),
        flagged("Otherwise they loose federal money, officials said.", "loose"),
        accepted("Whatever you loose on earth is loosed; they set loose the hounds."),
        accepted("The catcher let the passed ball roll away, and control of Loew's passed to Schenck."),
        flagged("The fixes had not been past already; the bill that past in May did not help.", "past", "past"),
        accepted("It has been a long time; the bill that passed in May walked past the house. We have been past the station."),
        flagged("Many supporters insist there where fraud and voter suppression in the count.", "where"),
        accepted("They camped out there where the river bends, and there where they met."),
        accepted("The catcher was charged with the passed ball, and the bill that passed Monday stalled."),
        accepted("Your newly built house and your carefully kept records are safe."),
        flagged("The scandal has lead to the minister's resignation.", "lead"),
        flagged("He past up easy chances, and she has long past out copies to students.", "past", "past"),
        # the only verb its sentence could have
        flagged("In the House, lawmakers this week past a set of measures to curb costs.", "past"),
        accepted("The road past the church is closed; the pains progress past the first week."),
        accepted("In the past out of town and the past up north, life was hard."),
        flagged("The party could loose its majority.", "loose"),
        flagged("This lead to protests, and she lead the march.", "lead", "lead"),
        flagged("A panel of reporters lead by the host agreed on Saturday.", "lead"),
        flagged("The U.S.-lead coalition struck the town on Monday.", "lead"),
        accepted("She tried to lead by example, and their lead by six points held."),
        accepted("A tin-lead alloy was used, and a co-lead author was named on Monday."),
        flagged("The invasion of Iraq lead to the instability we see; the dispute lead to war.", "lead", "lead"),
        accepted("Two main road lead into the town."),  # the noun is the slip: "roads" (G202)
        flagged("He rejected the claim that science lead to materialism, Zoë Müller said.", "lead"),
        flagged("Putin signed a bill that lead to the annexation, a success which lead to more.", "lead", "lead"),
        flagged("Croatia declared independence in 1991, which lead to the breakup of Yugoslavia.", "lead"),
        flagged("Ads ran for months, largely lead by outside groups; the senator lead the effort.", "lead", "lead"),
        flagged("Douglas Band, who lead the foundation, left; Sanders has lead Clinton twice.", "lead", "lead"),
        accepted("Despite his intention to still lead the team, leaders such as Zerubbabel help lead the Jews."),
        accepted("The Tigers lead by large margins, and the coaches lead by example."),
        flagged("So your saying there will be some flexibility?", "your"),
        flagged("By the 30-minute mark, some people where yawning as he spoke.", "where"),
        accepted("It doesn't mean their children are safe, and the plan means your schools will close."),
        accepted("Female marsupials have two vaginas, which lead to separate uteri; signals start pathways, which lead to growth."),
        accepted("It was the rise of competition that lead to decline; the spaces inside the ship that lead to its core."),
        accepted("Changes in Britain lead to new schools; temperature and water lead to growth."),
        accepted("Officials can lead to safety, and the team took a two-goal lead into the break."),
        accepted("Helping lead to his selection, he won with his largest lead to date on Monday."),
        accepted("Arsenal's poll lead to date is slim; they saw the strain of price hikes lead to decline."),
        flagged("Come, lets stop here for the night.", "lets"),
        flagged("If your going to vote, bring a photo ID.", "your"),
        flagged("I think your wrong, and we know your busy.", "your", "your"),
        accepted("Thanks for your help; your welcome was warm, and your busy days are over."),
        flagged("If it where anyone else, and even if they where told, they would be charged.", "where", "where"),
        accepted("Put it where it belongs; if it is where they met, we know where it was."),
        flagged("If your in the area, call us; your not alone, and whose in charge is unclear.", "your", "your", "whose"),
        accepted("Your in-tray and your own notes are safe, and whose turn it is is unclear."),
        flagged("I hope your have a good time, and your should call Zoë first.", "your", "your"),
        flagged("It was on of the best films this year, and they are only of the largest firms.", "on", "only"),
        flagged("There is hard to know who won; because there was possible that it would rain, we left.", "There", "there"),
        accepted("There is hope that it works; life there is difficult to imagine; there is certain to be a vote."),
        accepted("The hull is made only of the finest woods; the laying on of the hands took an hour."),
        accepted("Your will be done; your might and your can of paint, and the have-nots, stay."),
        flagged("Officials said the would meet on Friday.", "the"),
        flagged("Take a peak at the plan, or a sneak peak of the album; he took a quick peak into the room.", "peak", "peak", "peak"),
        accepted("Prices reached a peak at 5%; the chip has a peak of 2 GHz; climbers take the peak at dawn."),
        flagged("The results were quiet different; quiet a few live on a quite street.", "quiet", "quiet", "quite"),
        flagged("Officials asked weather the vote would go ahead.", "weather"),
        # the neighbours alone fall just short; the words around it ("storm", "bridge") decide
        flagged("The council said the storm had passed, but it remains to be seen weather the bridge will reopen before the holiday.", "weather"),
        accepted("The council said the storm had passed, but it remains to be seen whether the bridge will reopen before the holiday."),
        flagged("The minister gave the police free reign.", "reign"),
        flagged("The man who's car was stolen spoke.", "who's"),
        flagged("Mr Sanders, who's political career began in Vermont, spoke.", "who's"),
        flagged("A singer who's very voice is a brand appeared.", "who's"),
        flagged("The talks will have an affect on prices.", "affect"),
        flagged("They where told to leave.", "where"),
        flagged("“We will loose the vote,” said Zoë Müller.", "loose"),
        flagged("\"We will loose the vote,\" he said.", "loose"),
        flagged("It was to late", "to late"),
        flagged("There are to many cars on the road at rush hour.", "to many"),
        flagged("The water was to cold for swimming, the lifeguard said.", "to cold"),
        flagged("The plan is costly, and it is risky, to. That effort, to, fell short.", "to", "to"),
        flagged("She said she found the plan to objectionable to support.", "to objectionable"),
        flagged("Jerome had to many achievements to list them all.", "to many"),
        flagged("The United States has made it to easy for disturbed people to buy guns.", "to easy"),
        flagged("She scared people with a little to much of what the base wants.", "to much"),
        accepted("The town lies a little to the south, and they waited a bit to keep up."),
        accepted("Climbers said where they planned to walk to next. The nights are cool to chilly."),
        accepted("Jerome had to give much of it away, and they have to manage many things."),
        flagged("The bill that past the Senate stalled, and its author past away in May.", "past", "past"),
        flagged("The party is bound to loose to Clinton, win or loose in Florida.", "loose", "loose"),
        accepted("The screws are not loose; they let the dogs loose, and the rope hung loose to the ground."),
        accepted("We know that past results mislead: we drove past the farm, and in the past away games were lost."),
        accepted("The threats led, through insults and abuse, to, in extreme cases, violence."),
        accepted("ABC lost its host, Michael Strahan, to ''Good Morning America.'' It was next to impossible to find."),
        accepted("Autumn evenings warm quickly to mild to warm afternoons, from whimsical to humorous to serious."),
        flagged("The box is to heavy to lift.", "to heavy"),
        accepted("The plan is to open for business in May."),
        flagged("The reporter tried to illicit a response from the minister.", "illicit"),
        flagged("The police were unable to illicit a response.", "illicit"),
        flagged("It was not to distant a past.", "to distant"),
        accepted("The old road runs all the way to novel places."),
        accepted("His new role was to once again establish a coalition."),
        accepted("The statues have been to many countries."),
        accepted("If you have never been to one, this is a chance to meet other editors."),
        accepted("Aramaic gave way to Greek as the official language."),
        flagged("Weather or not the vote goes ahead, talks will resume.", "Weather"),
        flagged("Residents can call to schedule and appointment with the mayor.", "and"),
        flagged("The council made and effort to reopen the library.", "and"),
        flagged("The city wants to build and efficient tram network.", "and"),
        flagged("When the votes were counted, the went home; the knew it was close.", "the", "the"),
        flagged("Each time I ask them, the pick a reliable lender.", "the"),
        accepted("The lower the price, the better; he gave the team a boost."),
        flagged("On Monday he committee voted to close it, and they government agreed.", "he", "they"),
        flagged("It was one of he worst storms in years, and the roof of she house fell in.", "he", "she"),
        accepted("Later on he became mayor, and after a run-in he later regretted, he resigned."),
        flagged("Rents in the city are higher that last year, the survey found.", "that"),
        flagged("The council passed the budget last weak after a long debate.", "weak"),
        flagged("Two weeks latter, the council voted again on the plan for the new bridge.", "latter"),
        accepted("Of the two plans, the council chose the latter, which cost less over ten years."),
        flagged("The minister said she would give the council her advise on the budget before the vote.", "advise"),
        accepted("The minister said she would advise the council on the budget before the vote."),
        accepted("The weak currency hurt exporters last week, the central bank said."),
        flagged("The city counsel voted on Monday to raise the parking fees.", "counsel"),
        accepted("The city council voted on Monday after the mayor sought the counsel of a lawyer."),
        flagged("Rain pored down on the crowd, and the drug had no averse effects, the company said.", "pored", "averse"),
        accepted("Investigators pored over the documents, and investors are averse to risk after the crash."),
        flagged("He was charged with selling elicit drugs, and the plan will be fazed in over five years.", "elicit", "fazed"),
        accepted("Police tried to elicit a confession; the plan will be phased in over five years."),
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
        accepted("The new tram is quiet enough to run at night, the council said."),
        accepted("Ask who's next in line, who's been there and who's responsible."),
        accepted("A man who's very good and who's very much alive spoke."),
        flagged("Jo Hale, who's hometown, Leeds, is wet, and a man who's plan to run failed spoke.", "who's", "who's"),
        flagged("The club thanked fans for you patience; its record is you guarantee of quality.", "you", "you"),
        accepted("Some of you look at the market; I think of you day and night. Is any among you sick?"),
        accepted("A man who's run twice, who's thought about it, who's home now and who's part of it; The Who's rock opera."),
        accepted("“We had to leave,” said Zoë Müller. \"It was too late.\""),
        accepted("The effect on prices was small; it will affect the poor."),
        accepted("She called to schedule an appointment, and effort paid off; they met and agreed."),
        accepted("The band performed and other musicians joined; pupils studied drawing and anatomy."),
        accepted("When the storm passes and order returns, we will read and answer every letter."),
        accepted("Used and unused tickets were refunded; the hall is warm and inviting."),
        accepted("The accused and the injured went home; the chosen few say the run was long."),
        accepted("He or she may plan it; they themselves voted, and we citizens paid."),
        accepted("The longer that talks go on, the better; it makes it clearer that rents are higher."),
        flagged("Bolton and Gorka where both critical of the plan, Zoë Müller said.", "where"),
        flagged("If the mayor where to resign, the council would meet.", "where"),
        accepted("Schools where Russian or Polish are spoken, and races where starting and finishing lines differ, are few."),
        accepted("Languages where green and blue are one colour; use force where necessary."),
        flagged("He said the two cases where quite different. In 1981, 1,421 designs where submitted.", "where", "where"),
        accepted("Use seat belts where possible. Temples were schools where learned Brahmins taught."),
        flagged("He said a lot of things that where really guarded.", "where"),
        flagged("Residents were badly effected by the flood, Zoë Müller said.", "effected"),
        flagged("Aid reached the flood-effected villages on Monday.", "flood-effected"),
        flagged("The closure will effect thousands of workers.", "effect"),
        accepted("The rescue was effected by helicopter, and the council effected a change in the rules."),
        accepted("The new rules took effect on Monday; their effects were felt at once."),
    )

    def check(self, doc, context):
        yield from super().check(doc, context)
        vocabulary = doc.analysis("lexicon")
        # slips read with the tagger, each in a module of its own
        for module, right, why in (
            (and_for_an, "an", " (the article)"),
            (the_for_they, "they", " (the pronoun: an article cannot stand before a verb)"),
            (pronoun_for_the, "the", " (the article: a pronoun cannot stand before a noun)"),
            (that_for_than, "than", " (after a comparative)"),
            (one_of_the, "one", " (one of a group)"),
            (there_for_it, "it", " (only \"it\" can stand for the clause that follows)"),
            (you_for_your, "your", " (the possessive: \"you\" cannot stand before a noun here)"),
        ):
            for _, tokens, i in module.slips(doc, vocabulary):
                start, end, written = tokens[i][1], tokens[i][2], tokens[i][3]
                meant = lx.recase(right, written)  # "On of the" -> "One"
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"\"{written}\" should probably be \"{meant}\"{why}.",
                    suggestions=[meant],
                    severity="info",  # advice: see Known limits
                )
        yield from self._effect_for_affect(doc)

    def _effect_for_affect(self, doc):
        for tokens, i in effect_for_affect.slips(doc):
            token = tokens[i]
            written = token.text
            head, _, form = written.rpartition("-")  # "flood-effected"
            meant = (head + "-" if head else "") + lx.recase("a" + form[1:].lower(), form)
            yield self.finding(
                doc,
                token.start,
                token.end,
                f"\"{written}\" should probably be \"{meant}\" (to act on; the verb \"effect\" means to bring about).",
                suggestions=[meant],
                severity="info",  # advice: read with the tagger and counts
            )

    def at(self, tokens, i, token, vocabulary=None):
        word = token[0]
        n = len(tokens)
        prev = tokens[i - 1][0] if i else ""
        written = token[3]
        if len(written) > 1 and written.isupper():
            return None  # an abbreviation or a name in capitals ("LETS were started")
        if written[:1].isupper() and i and prev not in _SENTENCE_STARTERS:
            return None  # a name, or a word of a title ("The Who's performances")
        nxt = tokens[i + 1][0] if i + 1 < n else ""
        nxt2 = tokens[i + 2][0] if i + 2 < n else ""
        if word == "who's" and (
            nxt == "own"
            or nxt == "very"
            and i + 2 < len(tokens)
            and is_word(tokens[i + 2])
            and "n" in lx.tags(tokens[i + 2][0])
            and not {"a", "r", "x"} & set(lx.tags(tokens[i + 2][0]))
        ):
            return (i, i, word, "whose", " (the possessive)")  # "who's very face", "who's own"
        if (
            word == "who's"
            and not (nxt in person_nouns() and nxt2 == "of")  # "who's president of the club"
            and (_whose_slot(tokens, i) or _whose_phrase_then_verb(tokens, i))
        ):
            return (i, i, word, "whose", " (the possessive)")
        if word == "you're" and _your_slot(tokens, i):
            # "you're own party", "in you're polling place", "win you're state": only the
            # possessive stands there
            return (i, i, word, "your", " (the possessive)")
        if word == "you're" and nxt not in person_clause_adjectives() and noun_phrase_then_verb(tokens, i + 1, possessive="your"):
            # "you're house is leaking", "that you're allegations are false": a subject and
            # its verb cannot follow "you are" (not "you're sure costs rose"), as S201 reads "it's"
            return (i, i, word, "your", " (the possessive)")
        if word == "you're" and possessive_by_evidence(tokens, i, "your", YOUR_BY_EVIDENCE):
            # "find you're polling place", "hear you're actual voice": advice
            return (i, i, word, "your", " (the possessive)", "info")
        if word == "where" and (_were_by_evidence(tokens, i) or _where_opens_no_clause(tokens, i)):
            # "the contributions where not disclosed", "supporters where being": advice
            return (i, i, word, "were", " (the past of \"are\")", "info")
        if word == "whose" and nxt in ("been", "going", "gonna"):
            return (i, i, word, "who's", "")
        if word == "your" and contraction_by_clause(tokens, i, "you're"):
            # "I think your wrong.", "because your going to": where a subject stands (advice)
            return (i, i, word, "you're", " (short for \"you are\")", "info")
        if word == "your" and article_or_here_after(tokens, i):
            # "your a lawyer", "your here": "you're" (in all 400 Wikipedia files never so)
            return (i, i, word, "you're", " (short for \"you are\")", "info")
        if word == "your" and headless_before_clause(tokens, i + 1, "your", "are"):
            # "then your willing to appear": no noun for "your" to own
            return (i, i, word, "you're", " (short for \"you are\")", "info")
        if word == "your" and going_to_after(tokens, i):
            # "the robots your going to see": the future of "you are"
            return (i, i, word, "you're", " (short for \"you are\")", "info")
        if word in ("your", "whose") and adverb_without_noun_after(tokens, i, word):
            # "your really sure about it": an adverb that grades no noun (advice)
            return (i, i, word, "you're" if word == "your" else "who's", "", "info")
        if word in ("your", "whose") and no_noun_phrase_after(tokens, i):
            # "If your in the area", "whose in charge": a possessive opens a noun phrase, and
            # none opens with these words (advice, as for "its" and "their")
            return (i, i, word, "you're" if word == "your" else "who's", "", "info")
        if word == "loose" and _lose_without_object(tokens, i):
            return (i, i, word, "lose", "")  # "is bound to loose to Clinton", "win or loose"
        if word == "loose" and prev in _words("they we i") and i + 1 < len(tokens) and tokens[i + 1][3].islower() and nxt not in ALL_PREPOSITIONS:
            # advice: after a subject pronoun "loose" is a verb, and the verb "to loose" (to
            # let go) is rare: in all 400 Wikipedia files "they/we/I loose" is written once
            # ("they loose their competitive edge"), a slip
            return (i, i, word, "lose", "", "info")
        if word == "loose" and (prev in _MODALS or prev.endswith("n't")) and (nxt in _OBJECTS or nxt in ("out", "weight", "money", "ground", "control", "power", "votes", "jobs", "sight", "faith", "touch", "hope", "support")):
            # advice: "to loose the pin" (to let go) is right, and on Wikipedia AD_00-89 the one
            # finding of this pattern was that
            return (i, i, word, "lose", "", "info")
        if word == "loosing" and (nxt in _OBJECTS or nxt in ("out", "weight", "money", "ground", "control", "power", "votes", "jobs", "sight", "faith", "touch", "hope", "support")):
            return (i, i, word, "losing", "")
        if word == "lead":
            if prev in HAVE and (
                nxt in _OBJECTS | _words("to by into off away up")
                or _not_a_noun(nxt)
                or i + 1 < n and is_word(tokens[i + 1]) and tokens[i + 1][3][:1].isupper()  # "has lead Clinton"
            ):
                return (i, i, word, "led", " (the past participle)")
            if prev in BE and nxt == "by" and prev not in ("be", "being"):
                return (i, i, word, "led", " (the past participle)")
            if nxt == "by" and _agent_after_by(tokens, i + 2) and _noun_before(tokens, i):
                # "a coalition lead by the party", "rebels, lead by Juan Bautista": a phrase
                # describing a noun, whose participle is "led" (not "lead by example", "their
                # lead by six points", "to lead by")
                return (i, i, word, "led", " (the past participle)")
            if prev == "-" and i + 1 < n and "n" in lx.tags(nxt) and _name_before_hyphen(tokens, i - 1):
                return (i, i, word, "led", " (the past participle)")  # "a U.S.-lead coalition"
            if prev in _SINGULAR_SUBJECTS and nxt in _words("to the a an his her its their") and (
                i < 2 or tokens[i - 2][0] in _CLAUSE_START
            ):
                # "This lead to protests", "She lead the team": a singular subject takes
                # "leads" or "led", and the slip is nearly always the past tense
                return (i, i, word, "led", " (the past tense)")
            if lead_after_singular_subject(tokens, i):
                return (i, i, word, "led", " (the past tense)")  # "The dispute lead to open warfare"
        if word in ("affect", "affects"):
            right = "effect" if word == "affect" else "effects"
            if prev in ("an", "the", "no", "any", "little", "side", "adverse") and nxt in ("on", "of", "upon"):
                return (i, i, word, right, "")
            if prev in ("take", "takes", "took", "taken", "taking", "into") and nxt in ("on", "from", "in", "immediately", ".", ","):
                return (i, i, word, right, "")
        if word == "past" and prev in HAVE and nxt in _OBJECTS | _PAST_AS_VERB_BEFORE:
            return (i, i, word, "passed", "")
        if word == "past" and _past_as_verb(prev, nxt):
            return (i, i, word, "passed", "")  # "the bill that past the Senate", "who past away"
        if word == "past" and _past_as_sole_verb(tokens, i):
            return (i, i, word, "passed", "", "info")  # "lawmakers this week past a set of measures"
        if word == "passed" and prev in ("the", "this") and nxt in _words("few two three several week weeks month months year years decade decades day days century"):
            return (i, i, word, "past", "")
        if word == "passed" and prev == "this" and nxt in time_words() and nxt not in ("day", "days", "time"):
            return (i, i, word, "past", "")  # "this passed weekend", "this passed spring"
        if word == "passed" and (prev == "the" or prev in POSSESSIVES) and nxt in _PASSED_ENDS | _AFTER_THE_PAST:
            # "in the passed.", "she's the passed, he's the future", "investigated in the
            # passed by the FBI", "looked into his passed,": a participle after "the" describes
            # the noun after it ("the passed ball"); none follows here (not after "Loew's",
            # which may be "Loew has": "control of Loew's passed to")
            return (i, i, word, "past", "")
        if word == "too" and nxt in _OBJECTS - _words("many much") | _words("be do make take get go see"):
            if nxt not in ("that", "this") and prev not in ("me", "us", "you", "him", "them", "her"):
                # advice: "can too be predicted", "glorify too a similar type" are an adverb
                # (1 of 3 findings right on Wikipedia AD_00-89)
                return (i, i, word, "to", "", "info")
        if word == "to":
            last = too_for_to.too_at(tokens, i)
            if last == i + 1:
                return (i, last, f"to {nxt}", f"too {nxt}", "")  # "was to late", "to heavy to land"
            if last == i:
                return (i, i, word, "too", "")  # "in politics, to."
        if word == "where" and prev == "there" and _existential_there_where(tokens, i):
            # "there where charges of fraud", "than there where vulnerable senators": no verb
            # follows, so "where" opens no clause; "there were"
            return (i, i, word, "were", " (the past of \"are\")", "info")
        if word == "where" and prev in ("we", "they", "you") and nxt in _words(
            "not also still all in at on being told going never both due able unable forced"
            " killed asked given taken sent to the a an"
        ):
            return (i, i, word, "were", "")
        if word == "where" and prev in PRONOUN_SUBJECTS and i >= 2 and tokens[i - 2][0] in _SUBJUNCTIVE_OPENERS:
            # "if it where anyone else", "as though they where": after "if" and a subject
            # pronoun the clause's verb, the subjunctive "were" (in 5.4 million words of
            # clean copy and 270,000 of web text, "if it where" and its like never, "if it
            # were/was" 219 times)
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
        if word in ("laying", "lays") and _lie_without_object(tokens, i):
            # "lay" takes an object; resting takes "lie" ("was laying on the floor")
            return (i, i, word, "lying" if word == "laying" else "lies", " (to rest: \"lie\"; \"lay\" takes an object)", "info")
        if word in ("excepted", "excepts") and nxt in _OBJECTS - _words("many some"):
            # "excepted" (left out) takes no object: "he excepted the award" is "accepted";
            # in all 400 Wikipedia files "excepted" never stands before a determiner
            return (i, i, word, "accepted" if word == "excepted" else "accepts", "")
        if word == "reign":
            if prev == "free":
                return (i, i, word, "rein", " (the idiom is \"free rein\")")
            if nxt == "in" and (prev in _MODALS or prev == "to") and nxt2 and nxt2[:1].isalpha():
                # advice: "to reign in France", "too young to reign in their own right" (0 of
                # 3 findings right on Wikipedia AD_00-29)
                return (i, i, word, "rein", " (to \"rein in\" is to restrain)", "info")
        if word in ("reigned", "reigning") and nxt == "in" and nxt2 in _words("spending costs inflation prices borrowing debt the their his her its"):
            if nxt2 in ("the", "their", "his", "her", "its"):
                if not (i + 3 < n and tokens[i + 3][0][:1].islower()):
                    return None
                # advice: "reigned in the fourteenth century" is a king's reign, "reined in the
                # budget" a restraint, and only the noun after tells them apart
                return (i, i, word, "reined" if word == "reigned" else "reining", "", "info")
            return (i, i, word, "reined" if word == "reigned" else "reining", "")
        if word in ("peaked", "peaks", "peak") and nxt in _words("his her their my our your the") and nxt2 in ("interest", "curiosity"):
            return (i, i, word, {"peaked": "piqued", "peaks": "piques", "peak": "pique"}[word], "")
        if word in ("peak", "peaks") and _peek_taken(tokens, i):
            return (i, i, word, "peek" if word == "peak" else "peeks", " (a quick look)")
        if word == "bare" and nxt == "in" and nxt2 == "mind":
            return (i, i, word, "bear", "")
        if (
            word == "lets"
            and (i == 0 or prev in _words(", ; : so now well “ \" (") or ngrams.starts_sentence(tokens, i))
            and i + 1 < n
            and is_word(tokens[i + 1])
            and "v" in lx.tags(nxt)
            and nxt not in _OBJECTS | _words("us me go")
        ):
            # "Come, lets stop here", "Lets hope so": with no one before it to do the
            # letting ("and lets stand the ruling" has), and a verb after it, this is "let us"
            return (i, i, word, "let's", " (short for \"let us\")")
        if word == "quiet" and prev not in _QUIET_BEFORE and i + 2 < n and is_word(tokens[i + 1]):
            after = lx.tags(nxt)
            if nxt in ("a", "an") and nxt2 in _words("few lot bit while number"):
                return (i, i, word, "quite", "")  # "quiet a few"
            if (
                "a" in after
                and nxt != "enough"  # "quiet enough to use": "enough" follows the word it measures
                and not {"n", "v"} & set(after)
                and nxt not in ALL_PREPOSITIONS
                and not lx.tags(nxt2).startswith("n")
            ):
                # "quiet different", "quiet often": a degree adverb, not the adjective
                # (which would describe a noun after it: "quiet little towns")
                return (i, i, word, "quite", "")
        if word == "quite" and prev in DETERMINERS and "n" in lx.tags(nxt) and "a" not in lx.tags(nxt):
            return (i, i, word, "quiet", "")  # "a quite street": the adjective
        if word == "the" and nxt in ("would", "could", "should"):
            # "They said the would vote": an article cannot stand before a modal verb
            return (i, i, word, "they", "")
        if word == "your" and nxt in _YOU_VERBS and not (i + 2 < len(tokens) and tokens[i + 2][0] == "-"):
            # "I hope your have fun", "your should call": a possessive cannot stand before a
            # verb that "you" takes (not "your will", "your might", "your can": nouns too)
            return (i, i, word, "you", "")
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
