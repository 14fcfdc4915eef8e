"""G206: two verbs joined by "and", "but" or "or" with the same subject in different forms: a
plain verb after a past ("they were wary at first, but vote for him") or after an -s form
("awaits death, but wake up"), an -s form after a plain verb ("train hard and wins"), and be
or have in the other number ("has lost its girl and have a son")."""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...prefilter import guarded_in_time
from ...rule import Context, Rule, accepted, flagged
from ..verbs import adverb, bases, is_third, mostly_verb, pasts, pasts_of_bases, third_base, word_set
from .clauses import FINITE_TAGS, PLURAL_SUBJECT_PRONOUNS, SINGULAR_SUBJECT_PRONOUNS
from .nouns import collectives, noun_number
from .subject import (
    PLURAL_VERBS,
    SINGULAR_VERBS,
    clause_boundary_words,
    clause_starts_at,
    np_start,
    opening_common_noun,
    third_of,
)

_CONJUNCTIONS = word_set("and but or")
# Auxiliaries: "was elected and has served" is right, and "and will" starts a new tense.
_AUXILIARIES = word_set(
    "is are was were be been being am has have had do does did will would shall should can"
    " could may might must"
)
# Verbs that take a plain verb after their object ("she had her staff field the calls and
# tell them", "made him sign and leave"): the plain verb after "and" is governed by them.
_CAUSATIVES = word_set(
    "had made let helped saw watched heard has makes lets helps sees watches hears"
)
# Words that open what a verb takes besides an object: "try to", "see that".
_COMPLEMENT_STARTS = word_set("to that")
# Third-person forms that are auxiliaries: "is elected and serve" is another construction.
_THIRD_AUXILIARIES = word_set("is has does")
# Words that end a clause going back from the conjunction: the past verb must be in the
# clause that the plain verb's one is joined to.
_CLAUSE_BREAKS = word_set("; : that which who whom when because while if as “ ” \"")
_NOUN_TAGS = ("NN", "NNS")
# Words that start a verb's object: "and welcome a decision", "and turn it into".
_OBJECT_STARTS = word_set("the a an his her its their our my your him them me us it this these those")
# What may start a verb's complement: a preposition, a determiner, a pronoun.
_COMPLEMENT_TAGS = ("IN", "DT", "PRP", "PRP$", "TO")
_WORD = re.compile(r"[a-z]+")
# Adverbs that may stand between the conjunction and the verb ("and often spend"), besides
# those in -ly; _slip passes over any the tagger and the lexicon take for adverbs.
_BETWEEN_ADVERBS = "often|also|still|then|now|never|always|sometimes|soon|later|again|even|just|thus|therefore|hence|once|seldom"
_CANDIDATE = re.compile(
    rf"(?<![\w'’-])(?:and|but|or),?[ \t]+(?:(?:[a-z]+ly|{_BETWEEN_ADVERBS})[ \t]+)?([a-z]+)(?![\w'’-])"
)


class JoinedVerbTense(Rule):
    """Two joined verbs of one subject in different forms ("they were wary, but vote", "train and wins").

    *What it flags*: in a sentence told in the past, a verb in the plain (present) form straight
    after "and", "but" or "or", with no subject of its own, whose nearest verb before the
    conjunction is a simple past (or a participle with a pronoun before it and no auxiliary,
    which the tagger misread: "she not only finished third but succeed"): "The rebels were
    wary at first, but vote for him" ("voted").
    Both verbs share the subject, so they share the tense. And the same plain verb joined to
    a verb in the -s form that is the only verb before it ("The party awaits death, but wake
    up in a cave": "wakes"; "A spy seduces the chief of staff and make him an agent"), as
    the tagger reads it a verb that is nothing but a verb or takes an object or a particle,
    and not after a subject joined by "and" or a plural one ("they leaves Dauntless and
    become": there the -s form is the slip, G203's); a verb is one before "to", "that", a
    name or a number too ("shoots and kill Melekon", "returns and see that"); other verbs
    before it in the same form do not stand in the way (a list: "comes pressurised, includes
    a tap and pour from the top"); where the -s form follows ", which", ", who" or ", that" and no
    comma or "to" stands between it and the conjunction, only the relative clause is read
    ("transmit data, which improves sensitivity and allow providers": 2026-12-08, WikEd G206
    tune 117 -> 119, held-out 53 -> 54, nothing new at untouched words or on clean copy); "is"
    or "has" counts as such a verb where it is the clause's verb, no participle or verb after it
    and no clause or relative in the sentence before the conjunction ("This has inherent delay and require two-dimensional movement",
    "The size is large and give it an impression of power"). The other
    way round, a verb in the -s form after the conjunction, joined to a plain verb that
    is the only verb before it (or "are", "have", "are" and a participle: "Inland valleys
    have less wind and sees the warmest days", "recombinations are obtained and ultimately
    leads"; WikEd tune 5445 -> 5450, 3 new findings on clean copy, all slips), after a
    plural noun (no verb's -s form itself: "the unit records/NNS speed/VBP violations") or
    "they", "we", "you", "I": "The players train hard and wins" ("win"), "Enzyme inhibitors
    bind to enzymes and decreases"; not two nouns ("the stems and leaves above the water"). And a form of be or have after the
    conjunction in the other number from the one finite verb before it, which agrees with
    its subject ("The family has lost its girl and have a son", "The players train hard
    and is fit"; not after a subject joined by "and", nor after "there", nor "have" after an
    infinitive: "it is better to add more oil and have fat left", nor after "does" and a plain
    verb: "It does not get dimmer, or have a light", a real-dev draft's; nor where the verb
    before is in a clause opened by "as", "when", "that" and the like: "as soon as they
    meet, and is honest"); either verb may be the
    slip ("The couple has two children and have collaborated"), so the message names both.
    After a simple past or a modal, which show no number, its subject's number decides (after
    a modal not for "have", which may be the plain form it governs: "will oversee it and
    have"), where that subject opens the clause and is a plural of a counted noun, "they" or
    "we", or a singular count noun that names no group, in lower case ("In 2009, the cocoa farmers
    earned $2.53 billion and is expected to produce", "passenger counts dropped to 70,000,
    but is expected to rebound"; not "One of the sailors died and was buried"; WikEd tune
    5441 -> 5445, held-out 2029 -> 2030, those two the only new findings on clean copy).
    Measured
    (2026-12-04): WikEd's agreement edits (``scripts/eval_wiked_sva.py --args "--select
    G203,G206"``) found 5297 -> 5346 of 15,890 on the tune half, 1966 -> 1984 of 5,973 held
    out, findings at words no editor changed 110 -> 112 | 30 -> 31; the other way round
    5346 -> 5352 and 1984 -> 1989, findings at other words 112 -> 114 | 31 (both where the
    editor changed the other verb of the pair: "a network of freeways meet federal standards
    and receives"); be and have 5352 -> 5380 and 1989 -> 2001, findings at other words 114
    -> 127 | 31 -> 36 (nearly all pairs where the editor changed the other verb: "St Kilda
    was defeated ... and were eliminated", "The couple has two children and have
    collaborated"), and over the clean copy below 11 new findings, 9 right ("Boeing has
    entered into an agreement ... and have reached", "the Soviet Union was able ... and
    were able", "Holcombe Hockey Club is one of the largest ... and are based"; wrong:
    "European settlement was concentrated in coastal communities ... and are among Canada's
    oldest", "her cousins were the emperors ... and was the aunt of", where the verb after
    "and" has a subject of its own); verbs of the same form before it let through (lists),
    5392 -> 5400 and 2005 -> 2012, findings at other words 127 -> 129 | 36 (again pairs
    the editor mended at the other verb), one more on clean copy, right ("where they become
    more alpine and creates many islands"); "is" and "has" as the verb, 5400 -> 5405 and
    2012 -> 2014, findings at other words 129 -> 131 | 36 ("The couple has five children and
    reside": the editor changed "has"), nothing new on clean copy (before the clause and
    relative test, 2 new there, both wrong: "although Nantes and Saint-Nazaire offer much
    larger docks and attract", "which is now a major teaching and retreat centre"); over the 1,701 Wikipedia drafts of
    text_AD_wiki_80-99, the dev corpus and its clean drafts one new finding, right ("This
    vegetation represents a mix ... and belong to"). Before the plain verb had to be the
    tagger's verb and the -s form the only verb, 14 new findings there, 2 right ("a look and
    feel", "employers and commute destinations", "will test the neophyte, who ridicules
    losers, and guarantee").

    *Why it matters*: a tense that changes halfway through a sentence reads as a slip of the
    rewrite; a copy editor makes the verbs agree.

    *Flagged*: "The delegates were wary at first, but vote for the mayor on the second ballot."

    *Preferred*: "The delegates were wary at first, but voted for the mayor on the second ballot."

    A past that is a present too ("read", "put", "cut", "shed") is read as a past only
    after a singular subject ("He read the letter and write"; not "They read and write",
    "they lay eggs and fertilize them"): measured (2026-12-06) on Wikipedia
    text_AD_wiki_80..99 and the dev corpus 53 -> 52 findings, on the wide copy 36 -> 35,
    the two gone both wrong; WikEd and ``scripts/eval_real_edits.py`` unchanged.

    *Known limits*: it is an info finding: a present may be meant for a state that still holds
    ("they moved to Leeds in 1990 and live there", "the digs began in 1980 and continue"), and
    only the tagger tells a verb from a noun ("and work began"). Third-person forms ("and
    lives") are never flagged, nor a verb after an infinitive ("to phone him and tell"), after
    a present verb earlier in the sentence ("denies that it was ... and goes"), after "had",
    "made" or "let" ("had her staff field calls and tell"), or a word that is a noun too after
    a noun ("his love of his soldiers and concern"), unless it is joined to the -s form, the
    tagger reads it as a verb and WordNet's texts use it mostly as one ("The trail runs along
    the coast and lead to the harbour": WikEd tune 5,913 -> 5,915, held-out 2,196 -> 2,197, no
    new finding at untouched words, over Wikipedia AD_80-99 or the dev corpus). A participle
    between a determiner or adjective and a noun describes the noun and is no verb the plain
    one may be joined to ("sells a patented device to farmers and offer": WikEd tune 6,027 ->
    6,029, held-out unchanged, nothing new on clean copy). Direct quotations are not checked.
    A passive in the past before the conjunction ("the band was formed in 1980 and release
    an album") was tried and left out (form20, 2026-12-02): on Wikipedia AD_80-99 and the
    dev news it added 9 findings, 2 right ("this idea was accepted and believe to be true",
    "the board was elected ... and serve"); the rest were states that still hold ("were
    founded in 2013 and play their games at", "were used ... and remain in production",
    "were published in 1536 and constitute") and a noun ("acumen and resolve").
    """

    code = "G206"
    name = "joined-verb-tense"
    family = "grammar"
    severity = "info"
    needs = ("quotes", "tags")
    # G203 reads some of the same pairs ("The farmers grow wheat and sells it") and says more
    # exactly what is wrong: one problem, one report
    gives_way_to = ("G203",)
    quotes = "skip"
    examples = (
        accepted(""),
        accepted("The delegates were wary at first, but voted for the mayor on the second ballot."),
        flagged("The delegates were wary at first, but vote for the mayor on the second ballot.", "vote"),
        flagged("Zoë Müller left the party in May and join the greens a week later.", "join"),
        flagged("It lets phones send both voice and data, which improves reception and allow firms to sell maps.", "allow"),
        accepted("It will test the recruit, who ridicules losers, and guarantee a place; it helps, which is to say and do it."),
        accepted("They read and write Chinese, and they cut the cake and eat it."),
        flagged("The hosts discuss a film and recalls their first visit.", "recalls"),
        flagged("He lives in Patiala and often spend time with his family.", "spend"),
        accepted("Her posts are short poems, comments on politics, and notes about concerts."),
        accepted("The clinic opened in 1990 and employs 40 nurses."),
        accepted("She was able to phone the office and tell them the news."),
        accepted("The minister denies that the plan was a failure and calls it a start."),
        accepted("She had her staff answer the calls and tell reporters nothing."),
        accepted("His speech was about his love of the town and concern for its future."),
        flagged("The trail runs along the coast and lead to the old harbour.", "lead"),
        flagged("The firm sells a patented device to farmers and offer them training.", "offer"),
        accepted("The club sells tickets and programmes at the gate, and the report covers housing and work in the north."),
        accepted("The first draft was ready in May, and work then started on the second."),
        accepted("She found another rare and nearly complete skull, with Jim Lee and venture capitalist Ann Roe."),
        flagged("Crews closed the road in 2001 and turn it into a park; the panel was upbeat but warn them.", "turn", "warn"),
        accepted("He studied law and exile that year; they were writers and lead designers of the game."),
        flagged("She not only finished third in Leeds but succeed in raising money.", "succeed"),
        accepted("The team has finished the survey and plan to publish it; they have moved and settle in May."),
        accepted("“We walked in and sit down,” said José Álvarez."),
        flagged("The party awaits death, but wake up in a cave.", "wake"),
        flagged("A pepper takes 200 days from seed to harvest and require warm soil.", "require"),
        flagged("Then a police officer pulls him over and ask him for identification.", "ask"),
        flagged("The players also played in the NBA or was drafted by a team; the fishermen could not catch fish and was angry.", "was", "was"),
        accepted("A tank would have a range of 100 yards and have a firing time of 150 seconds; he will lead the team and have the power to act."),
        flagged("Inland valleys have less wind and sees the warmest days; the graphics are simple but only helps.", "sees", "helps"),
        accepted("One of the sailors died and was buried there; the team struggled and were sold."),
        flagged("Locusts do not produce methane and does not need antibiotics.", "does"),
        flagged("A spy seduces the chief of staff and make him an agent.", "make"),
        flagged("The system has a long delay and require two operators.", "require"),
        accepted("Shipping is big business, although two ports offer docks and attract ships."),
        flagged("The players train hard and wins most games.", "wins"),
        flagged("The family has lost its dog and have a cat; the players train hard and is fit.", "have", "is"),
        accepted("It is wise to add more oil and have fat left; there is a shop and are two cafes nearby."),
        accepted("The roots grow in water and the stems and leaves above it; the unit records speed and gives a report."),
        accepted("The firm needs a fresh look and feel; the bees stop when it drops and crowd together."),
        accepted("They leaves the town and become farmers; Ann and Bo faces hard times but manage."),
    )

    def check(self, doc, context: Context):
        tags = doc.analysis("tags")
        candidates = guarded_in_time(_CANDIDATE, len(doc.paragraphs))  # (the same matches, found faster)
        for sentence in tags.sentences:
            text = doc.text[sentence.start : sentence.end]
            if not any(_candidate(text, m) for m in candidates.finditer(text)):
                continue  # no plain verb after a conjunction and a past: the sentence is not tagged
            tokens = sentence.tokens  # (tagged only as far as _slip reads them)
            words = [t.text.lower() for t in sentence.plain]
            for c, word in enumerate(words):
                if word in _CONJUNCTIONS and c > 0:
                    slip = _slip(tokens, words, c)
                    if slip is not None:
                        yield self._finding(doc, tokens[slip[0]], *slip[1:])

    def _finding(self, doc, token, meant: str, other: str):
        written = token.text
        right = lx.recase(meant, written)
        return self.finding(
            doc,
            token.start,
            token.end,
            f"\"{written}\" is joined to a verb {other}; check whether \"{right}\" is meant.",
            suggestions=[right],
        )


def _candidate(text: str, match) -> bool:
    """A form of be or have after the conjunction of ``match``; or a plain verb (no past too)
    after it, and a simple past or a third-person form before it in the sentence; or a
    third-person form after it, and a plural before it: the sentence is worth tagging."""
    word = match.group(1)
    if word in _OTHER_NUMBER:
        return True  # "has lost its girl and have a son"
    before = _WORD.findall(text, 0, match.start())
    if is_third(word) and word not in _THIRD_AUXILIARIES:
        return any(w in PLURAL_SUBJECT_PRONOUNS or w.endswith("s") for w in before)  # "they ... and goes"
    if word not in bases() or word in pasts():
        return False
    if any(is_third(w) and w not in _THIRD_AUXILIARIES or w in ("is", "has") for w in before):
        return True  # "awaits death, but wake up", "has a long delay and require"
    return word in pasts_of_bases() and any(w in pasts() or w in ("was", "were") for w in before)


def _slip(tokens, words, c: int) -> tuple[int, str, str] | None:
    """A plain verb after the conjunction at ``c`` that slips out of the past or the -s form
    of the verb it is joined to: (its index, the form meant, what the other verb is in); or
    None."""
    k = c + 1
    while k < len(tokens) and tokens[k].tag == "RB" and adverb(words[k]):
        k += 1
    if k >= len(tokens):
        return None
    if words[k] in _OTHER_NUMBER:
        return None if words[c + 1] in ("so", "neither", "nor") else _auxiliary_slip(tokens, words, c, k)
    if is_third(words[k]):
        return _third_slip(tokens, words, c, k)
    word, tag = words[k], tokens[k].tag
    if word in _AUXILIARIES or word not in bases():
        return None
    after = words[k + 1] if k + 1 < len(tokens) else ""
    if tag not in ("VB", "VBP") and not (tag == "NN" and tokens[k + 1 : k + 2] and tokens[k + 1].tag in _COMPLEMENT_TAGS):
        return None  # the tagger may read a verb out of place as a noun ("but vote for him")
    if after == "of" or [t.tag for t in tokens[k + 1 : k + 3]] == ["NN", "NN"]:
        return None  # "and mother of three", "and venture capitalist", "complete dinosaur skeleton"
    object_next = k + 1 < len(tokens) and words[k + 1] in _OBJECT_STARTS
    if word in pasts() or word not in bases() or not tokens[k].text[:1].islower():
        return None  # "and hit him back" (a past too), a name
    if "a" in lx.tags(word) and not (object_next or k + 1 < len(tokens) and tokens[k + 1].tag in ("IN", "TO")):
        return None  # "so swift and complete", "past and present members": an adjective
    after_adverb = k + 2 if k + 2 < len(tokens) and tokens[k + 1].tag == "RB" else k + 1
    if after_adverb < len(tokens) and tokens[after_adverb].tag in ("VBD", "VBN", "VBZ", "MD"):
        return None  # "and work (then) began": the word is a noun, the subject of its own clause
    j = _verb_before(tokens, words, c)
    if j is None:
        return None
    if _third_read_as_noun(tokens, words, j):
        tokens = [*tokens[:j], tokens[j]._replace(tag="VBZ"), *tokens[j + 1 :]]
    main = _main_verb(tokens, words, j, c)
    if words[j] in _CAUSATIVES and not main:
        return None  # ("has her staff answer the calls and tell": the plain verb is governed)
    third = tokens[j].tag == "VBZ" and (is_third(words[j]) and words[j] not in _THIRD_AUXILIARIES or main)
    if not (third or word in pasts_of_bases() and (tokens[j].tag == "VBD" or _bare_participle(tokens, words, j))):
        return None
    if not third and words[j] in bases() and not (j and _subject_number(tokens, words, j - 1) == "s"):
        return None  # "They read and write": a past that is a present too, unless its subject is singular ("He read")
    relative = _relative_scope(tokens, j, c) if third else None
    if any(words[n] == "to" and _infinitive_to(tokens, words, n) for n in range(relative or max(0, j - 8), c)):
        return None  # "to phone him and tell", "to keep jokes that earned laughs and cut", "to
        # both produce and direct" (not a preposition: "takes 200 days from seed to harvest and require")
    if not third and any(t.tag in ("VBZ", "VBP") for t in tokens[:j]):
        return None  # a sentence told in the present: "denies that it was ... and goes"
    if third and not _lone_third(tokens, lx.tags(word), j, c, k):
        return None
    b = c - 1
    while b > j and words[b] == ",":
        b -= 1
    particle_next = k + 1 < len(tokens) and tokens[k + 1].tag == "RP"
    if "n" in lx.tags(word) and tokens[b].tag in _NOUN_TAGS and not (
        object_next or particle_next or third and tokens[k].tag in ("VB", "VBP") and mostly_verb(word, base=True)
    ):
        return None  # "his love of the town and concern for": two nouns (not "death, but wake up")
    if tokens[b].tag in ("JJ", "JJS", "DT", "CD") and not object_next or tokens[b].tag == "NNP" and "n" in lx.tags(word) and tokens[
        k + 1 : k + 2
    ] and tokens[k + 1].tag in _NOUN_TAGS:
        return None  # "for the first and only time", "important and nearly complete", "Jim Levy
        # and venture capitalist": adjectives or nouns joined
    if third:
        right = third_of(word)
        return (k, right, "in the -s form with the same subject") if right else None
    return k, pasts_of_bases()[word], "in the past with the same subject"


# Plural present forms of be and have: "Object databases are different ... and belongs".
_PLURAL_PRESENT = word_set("are have")


def _third_slip(tokens, words, c: int, k: int) -> tuple[int, str, str] | None:
    """"The hosts discuss a topic and recalls it": an -s form after the conjunction at ``c``,
    joined to a plain present verb after a plural subject that is the only verb before it."""
    word = words[k]
    if tokens[k].tag != "VBZ" or word in _THIRD_AUXILIARIES:
        return None
    j = _verb_before(tokens, words, c)
    if j is None or j < 1 or tokens[j].tag not in ("VB", "VBP", "VBN") or words[j] in _AUXILIARIES and words[j] not in _PLURAL_PRESENT:
        return None
    if tokens[j].tag == "VBN":
        # "Issues are (now) sold statewide and features": the plural "are" before the
        # participle is the verb the -s form is joined to
        are = j - 2 if tokens[j - 1].tag == "RB" else j - 1
        if are < 1 or words[are] != "are":
            return None
        j = are
    if _other_verb(tokens, j, c, same_form=True):
        return None
    subject = tokens[j - 1]
    # (not "the unit records/NNS speed/VBP violations": a verb read as a noun; but after a
    # determiner, a number or an adjective the word is the noun: "The hosts discuss")
    determined = j >= 2 and tokens[j - 2].tag in ("DT", "PRP$", "CD", "JJ")
    if not (subject.tag in ("NNS", "NNPS") and (not is_third(words[j - 1]) or determined) or words[j - 1] in PLURAL_SUBJECT_PRONOUNS):
        return None
    after = words[k + 1] if k + 1 < len(tokens) else ""
    noun_too = "n" in lx.tags(third_base(word) or "")
    if noun_too and tokens[c - 1].tag in _NOUN_TAGS and after not in _OBJECT_STARTS:
        return None  # "the stems and leaves above the water": two nouns
    if noun_too and words[c - 1] == "," and tokens[c - 2].tag in _NOUN_TAGS and tokens[k + 1 : k + 2] and tokens[k + 1].tag in ("IN", ",", "."):
        return None  # "poems, comments on politics, and notes about": a list of nouns
    if noun_too and _finite_after(tokens, words, k):
        return None  # "Relations are at a high, and talks about a base have begun": a noun, a new clause's subject
    right = third_base(word)
    return (k, right, "in its plain form with the same subject") if right else None


def _infinitive_to(tokens, words, n: int) -> bool:
    """The "to" at ``n`` marks an infinitive: the tagger reads it so, or "both" or an adverb
    and then a plain verb follow it ("for Coppola to both produce and direct"); not a
    preposition ("from seed to harvest")."""
    if tokens[n].tag == "TO":
        return True
    m = n + 1
    return m + 1 < len(tokens) and (words[m] == "both" or tokens[m].tag == "RB") and words[m + 1] in bases()


_CLAUSE_OPENING_TAGS = ("TO", "WDT", "WP", "WRB")


def _finite_after(tokens, words, k: int) -> bool:
    """A finite verb or a modal follows the word at ``k`` in its clause (before a comma or a
    clause's end): the word is then the subject of that verb, not a verb itself."""
    for n in range(k + 1, len(tokens)):
        if words[n] in _CLAUSE_BREAKS or words[n] in (",", ".", "and", "but", "or") or tokens[n].tag in _CLAUSE_OPENING_TAGS:
            return False  # (an infinitive or a clause of its own: "only helps to make clear what is going on")
        if tokens[n].tag in FINITE_TAGS:
            return True
    return False


def _auxiliary_slip(tokens, words, c: int, k: int) -> tuple[int, str, str] | None:
    """"The family has lost its girl and have a son", "The players train hard and is
    fit": a form of be or have after the conjunction at ``c`` whose number is not that of
    the one finite verb before it, which agrees with its subject."""
    j = c - 1
    while j >= 0 and tokens[j].tag not in FINITE_TAGS:
        if words[j] in _CLAUSE_BREAKS:
            return None
        j -= 1
    start = _clause_start(tokens, c)
    if j < 1 or _other_verb(tokens, j, c, FINITE_TAGS) or "there" in words[start:j] or "." in words[j:c]:
        return None
    if any(w in ("-", "–", "—") for w in words[j:c]):
        return None  # "Tax bills may be a source - the longest stretches 300m and is": an aside or a new clause
    if words[j] in ("does", "do", "did") and words[k] != "does" or any(w in _CLAUSE_BREAKS for w in words[start:j]):
        return None  # "It does not get dimmer, or have", "as soon as they meet, and is honest"
    if tokens[j].tag == "VBZ" and words[j] not in _THIRD_AUXILIARIES and not mostly_verb(words[j]):
        return None  # "a few times a year trains/VBZ break down or are stalled"
    if words[k] == "have" and "to" in words[j:c]:
        return None  # "it is better to add more oil and have fat left": an infinitive's "have"
    s = j - 1
    while s > 0 and tokens[s].tag == "RB":
        s -= 1
    if any(w in ("and", "&", "or", "nor") for w in words[start:j]):
        return None  # "Lyka and Noah meets": a subject joined by "and" may be the slip
    plural_subject = tokens[s].tag in ("NNS", "NNPS") and not is_third(words[s]) or words[s] in PLURAL_SUBJECT_PRONOUNS
    if tokens[j].tag == "VBZ" or words[j] == "was":
        singular = True
        if plural_subject or tokens[s].tag not in ("NN", "NNP", "PRP"):
            return None  # ("saunas is thought of and has been used": the first verb is the slip)
    elif (tokens[j].tag == "VBP" or words[j] == "were") and plural_subject:
        singular = False
    elif (
        (tokens[j].tag == "VBD" and words[j] not in ("was", "were") or tokens[j].tag == "MD" and words[k] != "have")
        and (number := _subject_number(tokens, words, s)) is not None
    ):
        # "The following players also played in the NBA or was drafted", "The fishermen could
        # not catch any fish and was angry": a past or a modal shows no number, its subject does
        # (after a modal, "have" may be the plain form it governs: "will oversee it and have")
        if (words[k] in SINGULAR_VERBS) == (number == "s"):
            return None
        said = "singular" if number == "s" else "plural"
        return k, _OTHER_NUMBER[words[k]], f"whose subject (\"{tokens[s].text}\") is {said}"
    else:
        return None
    if (words[k] in SINGULAR_VERBS) == singular:
        return None
    return k, _OTHER_NUMBER[words[k]], f"of the other number (\"{tokens[j].text}\") with the same subject, either may be the slip"


def _subject_number(tokens, words, s: int) -> str | None:
    """The number of a subject that ends at ``s`` before a simple past or a modal: a plural of a counted
    noun or "they", "we" ("players", "they"), or a singular count noun in lower case that
    names no group ("the legislation", not "the team", which British copy makes plural),
    the whole phrase opening its clause (not "One of the sailors died", "This trend towards
    outlying areas began": the noun before the verb is not its subject)."""
    word = words[s]
    if not clause_starts_at(tokens, s if tokens[s].tag == "PRP" else np_start(tokens, s)):
        return None
    if word in SINGULAR_SUBJECT_PRONOUNS:
        return "s"
    if word in ("they", "we"):
        return "p"  # (not "I" or "you", of neither number's form: "I was", "you were")
    if not tokens[s].text.islower() and not opening_common_noun(tokens, s):
        return None  # "Pink Floyd", "The Olympics": a name may be either (not "Admins should")
    if tokens[s].tag == "NNS" and noun_number(word, "NNS") == "p":
        return "p"
    if tokens[s].tag == "NN" and noun_number(word, "NN") == "s" and word not in collectives():
        return "s"
    return None


# Forms of be and have, and the form of the other number.
# ("does" is finite wherever it stands; "do" may be the plain form a modal or "does" governs.)
_OTHER_NUMBER = {verb: other for verb, other in {**SINGULAR_VERBS, **PLURAL_VERBS}.items() if verb != "do"}


def _other_verb(tokens, j: int, c: int, tags=("VB", "VBD", "VBP", "VBZ", "MD"), same_form: bool = False, start: int | None = None) -> bool:
    """A finite verb, a modal or a plain verb before the conjunction at ``c`` (after the last
    semicolon or colon, or from ``start``) besides the one at ``j`` (with ``same_form``, in
    another form than it: "speak to groups, lecture, advise, and works"): the verb after the
    conjunction may be joined to that one."""
    return any(
        tokens[n].tag in tags and not (same_form and tokens[n].tag == tokens[j].tag)
        for n in range(_clause_start(tokens, c) if start is None else start, c)
        if n != j
    )


def _relative_scope(tokens, j: int, c: int) -> int | None:
    """Where the relative clause starts whose verb the -s form at ``j`` is, straight after
    ", which", ", who" or ", that" ("data, which improves sensitivity and allow"), with no
    "to" or comma between it and the conjunction at ``c``: the verbs before it are another
    clause's. None otherwise."""
    if j < 2 or tokens[j - 1].text.lower() not in ("which", "who", "that") or tokens[j - 2].text != ",":
        return None
    if any(t.text.lower() == "to" or t.text == "," for t in tokens[j + 1 : c]):
        return None
    return j - 1


def _clause_start(tokens, c: int) -> int:
    """Where the sentence's last part before ``c`` starts: after its last semicolon or colon."""
    return max((n + 1 for n in range(c) if tokens[n].text in (";", ":")), default=0)


def _lone_third(tokens, found: str, j: int, c: int, k: int) -> bool:
    """The third-person verb at ``j`` is the only finite verb, modal or plain verb of another
    form before the conjunction at ``c`` (so the plain verb at ``k`` can only be joined to it:
    not "will test the neophyte, who ridicules losers, and guarantee", "do not execute it as
    it stands but convert it"), and the plain verb is nothing but a verb or takes an object or a
    particle ("and plant the bugs", "but wake up"; not "employers and commute
    destinations"), as the tagger reads it ("a wood look and feel/NN on the surface")."""
    if tokens[k].tag not in ("VB", "VBP"):
        return False  # "a wood look and feel/NN on the surface"
    if j >= 1 and (tokens[j - 1].tag in ("NNS", "NNPS") or tokens[j - 1].text.lower() in PLURAL_SUBJECT_PRONOUNS):
        return False  # "they leaves Dauntless and become": the -s form is the slip (G203's)
    relative = _relative_scope(tokens, j, c)
    if any(t.text.lower() in ("and", "&") for t in tokens[relative or 0 : j]):
        return False  # "Archana and Manav faces ... but manage": a subject joined by "and"
    if _other_verb(tokens, j, c, same_form=True, start=relative):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return found == "v" or after is not None and (
        after.text.lower() in _OBJECT_STARTS | _COMPLEMENT_STARTS or after.tag in ("RP", "NNP", "CD")
    )


def _third_read_as_noun(tokens, words, j: int) -> bool:
    """The word at ``j`` is a verb's -s form that the tagger read as a plural noun, straight
    after a singular noun, a name or "he", "she" or "it", its subject: a word WordNet's texts
    use mostly as a verb ("a police officer pulls/NNS him over", "a cat wriggles/NNS and", "He
    lives/NNS in Patiala")."""
    return (
        tokens[j].tag == "NNS"
        and j >= 1
        and (tokens[j - 1].tag in ("NN", "NNP") or words[j - 1] in SINGULAR_SUBJECT_PRONOUNS)
        and is_third(words[j])
        and mostly_verb(words[j])
    )


def _bare_participle(tokens, words, j: int) -> bool:
    """A participle with no "have" or "be" before it in its clause is a simple past the
    tagger misread ("He not only finished third but ...")."""
    if tokens[j].tag != "VBN" or words[j] not in pasts():
        return False
    for k in range(j - 1, -1, -1):
        if words[k] in _AUXILIARIES or tokens[k].tag in ("DT", "IN", ",") or words[k] in _CLAUSE_BREAKS:
            return False  # "has finished", "the plan approved in May", "..., approved"
        if tokens[k].tag == "PRP":
            return True  # "he (not only) finished"
    return False


def _main_verb(tokens, words, j: int, c: int) -> bool:
    """"is" or "has" at ``j`` is the verb of the sentence before the conjunction at ``c``: no
    participle or verb after it ("This has inherent delay and require"; not an auxiliary:
    "has lost weight and"), and no other verb, clause or relative before the conjunction
    ("although two ports offer docks and attract", "which is a teaching and retreat centre")."""
    if words[j] not in ("is", "has") or tokens[j].tag != "VBZ":
        return False
    m = j + 1
    while m < len(tokens) and tokens[m].tag == "RB":
        m += 1
    if m >= len(tokens) or tokens[m].tag in ("VBN", "VBG", "VB", "TO", "VBD"):
        return False
    return not any(
        t.tag in ("VB", "VBG", "WDT", "WP") or words[n] in clause_boundary_words() for n, t in enumerate(tokens[:c]) if n != j
    )


def _verb_before(tokens, words, c: int) -> int | None:
    """The nearest verb before the conjunction at ``c`` in its clause, or None."""
    j = c - 1
    while j >= 0:
        if (tokens[j].tag.startswith("VB") or tokens[j].tag == "MD" or _third_read_as_noun(tokens, words, j)) and not _describing_participle(tokens, j):
            return j
        if words[j] in _CLAUSE_BREAKS:
            return None
        j -= 1
    return None


def _describing_participle(tokens, j: int) -> bool:
    """The participle at ``j`` describes the noun after it, between a determiner or an
    adjective and that noun ("with a predefined set of rules", "the growing number of"): no
    verb of the clause."""
    return (
        tokens[j].tag in ("VBN", "VBG")
        and 1 <= j < len(tokens) - 1
        and tokens[j - 1].tag in ("DT", "PRP$", "JJ", "CD")
        and tokens[j + 1].tag in ("NN", "NNS")
    )
