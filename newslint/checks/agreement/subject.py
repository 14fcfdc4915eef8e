"""The subject of a verb, found from part-of-speech tags: the head noun of the noun phrase
that opens the clause, past adjectives, of-phrases and asides ("The membership of the bands
were", "The mayor, along with two aides, were").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...analysis import lexicon as lx
from ...analysis.names import known_name
from ...datafiles import data_words
from ...english import ARTICLES, COURTESY_TITLES, DAY_WORDS, POSSESSIVES, speech_verbs
from ..confusables.words import clause_verbs
from ..verbs import adverb, bases, function_words, headword_s, is_third, mostly_noun, mostly_verb, participle_only, pasts, third_base
from .nouns import compound_head, field_plurals, irregular_singulars, mass_noun, noun_number, singular_of, word_set

SINGULAR_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do"}
PLURAL_VERBS = {"are": "is", "were": "was", "have": "has", "do": "does"}
VERB_TAGS = {"is": "VBZ", "has": "VBZ", "does": "VBZ", "are": "VBP", "have": "VBP", "do": "VBP"}
# Tags of the words a subject noun phrase is made of.
NP_TAGS = {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH", "$", "VBN"}
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
# Prepositions whose phrase may stand between a subject's head and its verb; of the second
# set, a phrase after a noun of time is itself a phrase of time ("Some time around the 12th
# century weirs were"), not the subject's.
_OTHER_PREPOSITIONS = word_set(
    "except into around throughout during beyond outside inside along toward towards upon beside besides beneath above below via amid"
)
POST_MODIFIERS = word_set("of in on at for from with about between among over under near behind across without within against to by") | _OTHER_PREPOSITIONS
# Words that take the number of the plural their of-phrase names ("most of the houses are",
# "85 percent of the recipients are", "the rest of the players are"; not "the total of",
# "a part of", "none of", which may be singular). "majority" too, as AP style has it for
# individuals ("the majority of the students are"); edited copy sometimes writes it singular
# (clean copy, 2 of 3.3 million words: "the majority of lawmakers still believes").
COUNTED_BY_OF = word_set("most all some half percent % cent rest remainder bulk lot lots plenty majority")
# Nouns whose number is that of the of-phrase after them ("a number of voters are", "the rest
# of the money is"), or that are plural in meaning.
QUANTITY_HEADS = word_set(
    """
    number lot lots majority minority rest total percent cent half third quarter bulk
    remainder proportion share fraction part portion plenty none all some most any average
    percentage minimum maximum quantity
    """
)
# Nouns that count or sort what their of-phrase names: "a group of voters are", "this kind
# of errors is"; alone they are ordinary nouns ("the group were" in American copy).
OF_HEADS = word_set(
    "kind sort type variety range series couple handful dozen pair set group host swathe swath"
    " raft slew spate array wealth myriad plethora multitude bunch flurry batch wave cluster body"
)
DASHES = {"-", "–", "—", "--"}
# Phrases that stand in commas as an adverb does ("the results, of course, shows").
DISCOURSE_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "of course", "for example", "for instance", "in fact", "in turn", "at least", "in particular",
        "on average", "in general", "in addition", "as a result", "in practice", "in theory",
        "as usual", "as a whole", "in short", "in total", "in contrast", "by contrast", "so far", "to date",
        "in part", "in effect", "on balance",
    )
)
# The relative pronouns of a clause in commas that describes the subject before it ("the
# reports, which the council published last week, shows"), and the words of an aside that
# likens it to something ("radicals, like an alphabet, allows"): the subject stands before it.
RELATIVE_ASIDE = word_set("which who whom whose")
LIKENING = word_set("like unlike")
# Words that open a clause, perhaps cut short, which may stand as an aside after a subject
# ("The monsoon, though substantial in Agra, is"; "Malcolm, while posing as Big Momma,
# attempts").
ASIDE_CLAUSE_OPENERS = word_set("though although while whilst when whenever once if unless until")
TITLES = COURTESY_TITLES
PERSONAL = {"i": "1", "you": "2", "we": "p", "they": "p", "he": "s", "she": "s", "it": "s"}
# The end of the reason G203 gives for a singular name read with a plural verb in American copy.
AMERICAN_NAME = ", singular in American usage"
SUBJUNCTIVE = word_set("if though wish wished wishes wishing unless whether suppose supposing imagine lest as")
CLAUSE_BOUNDARY_MARKS = {",", ";", ":", "(", "—", "–", "-", "``", "''", '"', "“", "”", "‘", "’"}


@lru_cache(maxsize=1)
def clause_boundary_words() -> frozenset[str]:
    """Conjunctions and verbs that take a clause, after which a new subject starts, from
    data/clause_boundary_words.txt ("since", "after" and the like left out: prepositions too)."""
    return data_words("clause_boundary_words.txt")


_ARTICLES = ARTICLES | POSSESSIVES
# Verbs of perception, which take a noun and a bare verb ("heard the band play", "saw the
# team win"), not a clause.
_PERCEPTION = word_set("hear hears heard see sees saw seen feel feels felt notice notices noticed watch watched")


@lru_cache(maxsize=1)
def clause_taking_verbs() -> frozenset[str]:
    """The forms of the verbs that take a clause without "that" (``clause_verbs``: "insists
    the information is", "claimed the plan was") that are no noun or adjective too ("claims",
    "hope", "note": "the claims the council made") nor verbs of perception. Not read after
    "to", where the noun is the verb's object ("the time to expect traffic jams is"), nor
    before "it" or "you", which may be its object ("those who understand it realize")."""
    return frozenset(
        word for word in clause_verbs() if not {"n", "a"} & set(lx.tags(word)) and word not in _PERCEPTION
    )


def np_start(toks, j: int) -> int:
    """The first token of the noun phrase that ends at ``j`` (an -ing word after a determiner
    describes the noun: "the developing world")."""
    k = j
    while (
        k - 1 >= 0
        # "From 1869 to 1880 several parks", "Since the fall of the Soviet Union various
        # movements", "In the north many divisions": a counting word opens its phrase after a
        # number, a name or a noun
        and not (toks[k].tag == "JJ" and toks[k - 1].tag in ("CD", "NNP", "NNPS", "NN", "NNS") and toks[k].text.lower() in _OPENING_COUNTS)
        and (
            toks[k - 1].tag in NP_TAGS
            or _either(toks, k - 1)
            # "its blue and white stripes", "the first and second phases": two adjectives
            # joined inside the phrase, the first after a determiner or another adjective
            or joined_adjectives(toks, k)
            or toks[k - 1].tag == "VBG" and k >= 2 and toks[k - 2].text.lower() in _ARTICLES
            # "the most recent appointments": a degree word after an article grades the
            # adjective after it
            or toks[k - 1].tag in ("RBS", "RBR") and toks[k].tag in ("JJ", "VBN") and (k >= 2 and toks[k - 2].text.lower() in _ARTICLES or k == 1)
            # "his previously orthodox beliefs", "her two highly paid advisers", "the only
            # officially recognized exceptions": an adverb in "-ly" after a determiner, a
            # number or an adjective grades the adjective after it
            or toks[k - 1].tag == "RB" and toks[k].tag in ("JJ", "VBN") and toks[k - 1].text.lower().endswith("ly")
            and k >= 2 and toks[k - 2].tag in ("DT", "PRP$", "CD", "JJ")
            # "their best ever finishes", "the largest ever crowds": "ever" after a superlative
            or toks[k - 1].text.lower() == "ever" and k >= 2 and toks[k - 2].tag == "JJS"
        )
        and (toks[k - 1].text.lower() not in function_words() or joined_adjectives(toks, k))  # "position atop polls"
    ):
        k -= 1
        if toks[k].tag in ("DT", "PRP$", "PDT") or _either(toks, k):
            if toks[k].tag != "PDT" and k >= 1 and toks[k - 1].tag in ("PDT", "DT") and toks[k - 1].text.lower() in _PREDETERMINERS:
                k -= 1  # "both his parents": a predeterminer before the determiner
            break  # a determiner opens the phrase: "the way | the two men"
    return k


def joined_adjectives(toks, k: int) -> bool:
    """The adjective at ``k`` is joined by "and" or "or" to an adjective before it that itself
    follows a determiner, an adjective, "most", a number or "of", or opens the sentence: both
    describe the noun after them ("Overweight and obese people", "most civil or criminal
    cases", "the existence of large and small populations")."""
    return (
        k >= 2
        and toks[k].tag == "JJ"
        and toks[k].text.lower() not in _COUNTING_ADJECTIVES
        and toks[k - 1].text.lower() in ("and", "or")
        and toks[k - 2].tag == "JJ"
        and toks[k - 2].text.lower() not in _COUNTING_ADJECTIVES
        and (k == 2 or toks[k - 3].tag in ("DT", "PRP$", "JJ", "JJS", "CD") or toks[k - 3].text.lower() == "of")
    )


# Adjectives that count, and open a noun phrase of their own after "and" ("were happy and
# many people were").
_COUNTING_ADJECTIVES = word_set("many few several other some most all more less")


def _either(toks, k: int) -> bool:
    """"either" or "neither" at ``k`` is the determiner of the singular noun after it
    ("neither fighter", "either option"), though the tagger reads a conjunction."""
    return toks[k].text.lower() in ("either", "neither") and k + 1 < len(toks) and toks[k + 1].tag == "NN"


# A predeterminer that stands before a determiner in one noun phrase ("both his parents"; not
# "all", whose phrase a relative clause after it may describe from further back: "a report of
# all the positions that was known" went unflagged with it).
_PREDETERMINERS = word_set("both all half")


def find_subject(toks, v: int):
    """(head index, start of the subject, other possible heads) for the verb at ``v``, or None
    when the words before it are not plainly a subject: a noun phrase at the start of a clause,
    perhaps followed by prepositional phrases ("The membership of the bands"), whose head is
    its last noun. A phrase of nouns with no determiner after the preposition may be a
    compound that is the head itself ("denial of service attacks"): its last noun is another
    possible head, and a verb is wrong only when it disagrees with every one."""
    j = _before_adverbs(toks, v)
    if j < 0:
        return None
    span = aside_span(toks, v)
    if span is not None:
        j = span[0] - 1
    elif toks[j].text in DASHES or toks[j].text == ",":
        return None  # a mark that closes no aside find_subject can read past
    if toks[j].tag == "PRP" and toks[j].text.lower() in ("us", "them", "you"):
        # "each of us have": an object pronoun closing an of-phrase
        if j >= 1 and toks[j - 1].text.lower() == "of":
            start = j
        else:
            return None
    elif toks[j].tag in NOUN_TAGS:
        start = np_start(toks, j)
    else:
        return None
    head = j
    others = []
    for _ in range(3):
        if _relative_before(toks, start):
            # "the words that describe the world sounds": the clause describes the noun
            # before "that", which is the head
            head = start - 3
            start = np_start(toks, head)
            others = []
            continue
        if start >= 3 and toks[start - 3].tag in ("NN", "NNS") and (
            toks[start - 1].tag == "VBG" and toks[start - 2].tag == "IN" and toks[start - 2].text.lower() in POST_MODIFIERS
            or toks[start - 1].text.lower() == "by" and toks[start - 2].tag == "VBN"
            # (any other preposition, but not before "most of" and the like: a past the
            # tagger read as a participle may be the verb of a clause before, "By the time
            # the clan ruled over the Ainu most of the Emishi were")
            # (and an adjective's phrase, as a participle's: "devices similar to the chip has")
            or toks[start - 1].text.lower() in POST_MODIFIERS
            and (toks[start - 2].tag in ("VBN", "VBG") or toks[start - 2].tag == "JJ" and toks[start - 1].tag in ("IN", "TO"))
            and toks[head].text.lower() not in COUNTED_BY_OF
        ):
            # "other methods of losing weight includes": a gerund's phrase after "of";
            # "the money generated by these enterprises allow", "the firearms seen in movies
            # is", "the people living in the town is": a participle's phrase. Either describes
            # the noun before it, which is the head
            head = start - 3
            start = np_start(toks, head)
            others = []
            continue
        if start >= 2 and toks[start - 1].tag == "IN" and toks[start - 1].text.lower() in POST_MODIFIERS and _approximation_start(toks, start) == start:
            k = start - 2
            inner = toks[start : head + 1]
            if len(inner) > 1 and inner[0].tag not in ("DT", "PRP$", "CD", "PDT", "PRP", "JJ", "JJR", "JJS", "VBN"):
                # "denial of service attacks": a bare phrase of nouns may be a compound (not
                # a name: "the fight for control of Aston Villa")
                if toks[head].tag not in ("NN", "NNS"):
                    if not all(t.tag in ("NNP", "NNPS", "HYPH") for t in inner):
                        return None
                elif toks[start - 1].text.lower() in _COMPOUNDING:
                    others.append(head)
            if toks[head].text.lower() in QUANTITY_HEADS:
                return None  # "an average of 81 percent of voters approve": the count decides
            if toks[start - 1].text.lower() in _OTHER_PREPOSITIONS and names_time(toks[k].text.lower()):
                return None  # "Some time around the 12th century weirs were": a phrase of time
            if toks[k].tag in NOUN_TAGS or toks[k].tag == "CD" or toks[k].text.lower() in ("each", "one") or (
                toks[k].text.lower() in COUNTED_BY_OF and toks[start - 1].text.lower() == "of"
            ):
                head = k
                start = np_start(toks, k)
                if toks[start].tag in ("DT", "PRP$", "PDT"):
                    others = []  # "the rise in bus fares": a determiner opens the whole phrase
                continue
            return None
        break
    return head, _approximation_start(toks, start), others


def _before_adverbs(toks, v: int) -> int:
    """The index of the word before the verb at ``v`` and the adverbs before it, "not"
    excepted."""
    j = v - 1
    while j >= 0 and toks[j].tag == "RB" and toks[j].text.lower() not in ("not", "n't"):
        j -= 1
    return j


def aside_span(toks, v: int) -> tuple[int, int] | None:
    """(opening mark, closing mark) of an aside that stands between the verb at ``v`` (and
    the adverbs before it) and its subject: words between dashes ("The phone - made by Sharp
    - were developed") or an aside between commas ("The president, along with the board, are
    elected"), which find_subject reads past."""
    j = _before_adverbs(toks, v)
    if j >= 2 and toks[j].text in DASHES:
        opening = next((k for k in range(j - 1, max(-1, j - 16), -1) if toks[k].text == toks[j].text), None)
        return (opening, j) if opening is not None and opening >= 1 else None
    if j >= 4 and toks[j].text == ",":
        opening = next((k for k in range(j - 1, max(-1, j - 16), -1) if toks[k].text == ","), None)
        if opening is not None and opening >= 1 and _aside(toks, opening + 1, j):
            return opening, j
    return None


def _approximation_start(toks, start: int) -> int:
    """Where a phrase opened by a number at ``start`` opens when words that make the number
    approximate stand before it ("at least 100 people", "more than 20 cars", "over 300
    stalls"): they are the phrase's, not a preposition's."""
    number = start + 1 if toks[start].text.lower() == "least" and start + 1 < len(toks) else start
    if toks[number].tag != "CD":
        return start
    words = [t.text.lower() for t in toks]
    for k in (number - 2, number - 1):
        if k >= 0 and past_approximation(words, k) == number:
            return k
    return start


# Verbs that take a clause after them ("who hope the plan works"), besides clause_boundary_words().
_CLAUSE_VERBS = word_set(
    "hope hopes fear fears feel feels expect expects mean means suggest suggests suspect suspects"
    " guess guesses worry worries realise realises realize realizes assume assumes reckon reckons"
)


# Prepositions inside compounds a bare phrase of nouns may close ("denial of service
# attacks", "peer to peer networks"); after others ("experimentation on guinea pigs") the
# noun before the preposition is the head.
_COMPOUNDING = word_set("of to")


def _relative_before(toks, start: int) -> bool:
    """The noun phrase at ``start`` is the object of a relative clause on the noun before it:
    "words that describe | the world", "a plan which gives | voters", whose verb agrees with
    that noun ("describe" with "words")."""
    if start < 3 or toks[start - 1].tag not in ("VBP", "VBZ") or toks[start - 2].tag not in ("WDT", "WP"):
        return False
    if toks[start - 2].text.lower() not in ("that", "which", "who") or toks[start - 3].tag not in ("NN", "NNS"):
        return False
    verb = toks[start - 1].text.lower()
    if verb in clause_boundary_words() or verb in _CLAUSE_VERBS or toks[start].tag in ("NNP", "NNPS", "PRP"):
        return False  # "aides who think Smith has a chance": a clause of its own follows
    if mostly_noun(verb):
        return False  # "states that palm oil is": a word mostly a noun (WordNet), read as a verb
    noun = noun_number(toks[start - 3].text.lower(), toks[start - 3].tag)
    return noun == ("s" if toks[start - 1].tag == "VBZ" else "p")


# Words that open an aside giving examples of the subject: "some companies, for example Ford,".
EXAMPLE_OPENERS = (("for", "example"), ("for", "instance"))
_ACCOMPANYING = (
    ("along", "with"), ("together", "with"), ("as", "well", "as"), ("in", "addition", "to"), ("alongside",), ("accompanied", "by"),
    # an aside that gives examples of the subject: "some metals, such as tin, rust"
    ("such", "as"), ("including",), ("especially",), ("particularly",), ("notably",), *EXAMPLE_OPENERS,
    # and one that adds what goes with it or leaves some out: "strips of leather, with
    # rawhide sewn between, was", "each award, with the exception of 2001, were"
    ("with",), ("except",), ("excluding",),
)


def _aside(toks, k: int, end: int) -> bool:
    """The words from ``k`` to the comma at ``end`` are an aside after the subject, which
    stands before them: one that adds company or gives examples ("along with the board"), a
    relative clause, a participle's phrase ("introduced in March"), a likening ("like an
    alphabet"), an adverb or a phrase that stands as one ("however", "of course"), a clause
    that a word of ASIDE_CLAUSE_OPENERS opens ("though heavy in Agra"), any of these after
    adverbs ("already driven back"), or a noun phrase that renames the subject."""
    opener = toks[k]
    if opener.text.lower() in ASIDE_CLAUSE_OPENERS:
        return True
    # (not "as", which the tagger reads as an adverb in "as well as": the phrase opens the aside)
    if opener.tag == "RB" and k + 1 < end and opener.text.lower() not in ("not", "n't", "as"):
        # "The Roman light troops, already hard pressed, were": an adverb before the aside
        return _aside(toks, k + 1, end)
    return (
        _accompanying(toks, k)
        or _relative_aside(toks, k, end)
        or opener.tag in ("VBN", "VBG")
        or opener.text.lower() in LIKENING and opener.tag == "IN"
        or as_participle(toks[k].text.lower(), toks[k + 1].text.lower() if k + 1 < end else "")
        or tuple(t.text.lower() for t in toks[k:end]) in DISCOURSE_PHRASES
        or end - k <= 2 and all(t.tag in ("RB", "RBR") for t in toks[k:end])
        or _appositive(toks, k, end)
    )


def as_participle(word: str, after: str) -> bool:
    """"as" and a participle open an aside that says how the clause is known or meant ("The
    results, as expected, were poor"; "as reported by Reuters")."""
    return word == "as" and (after in pasts() or after in participle_only())


def _appositive(toks, k: int, end: int) -> bool:
    """The words from ``k`` to the comma at ``end`` are a noun phrase that renames the noun
    before them ("her father, Kostyantyn Kurylenko, is", "Amazon.com, the online retailer,
    have", "the trials of Saddam Hussein, the former President of Iraq, is"), perhaps after
    "or" ("Zygomycota, or zygote fungi, are"), of the same number: a
    verb may agree with a plural that renames a singular ("that franchise, the Las Vegas
    Outlaws, were", "the second division, his tales, are")."""
    renamed = toks[k - 2] if k >= 2 else None
    if k < end and toks[k].text.lower() == "or":
        k += 1
    # "the former President of Iraq": an of-phrase after the head (a determiner opening it)
    of = next((m for m in range(k + 2, end - 1) if toks[m].text.lower() == "of" and toks[m - 1].tag in NOUN_TAGS), None)
    if of is not None and toks[k].tag not in ("DT", "PRP$"):
        return False
    last = end if of is None else of
    words = [t for m, t in enumerate(toks[k:end], k) if m != of]
    if not (0 < end - k <= 6 and toks[end - 1].tag in NOUN_TAGS and all(t.tag in NP_TAGS for t in words)):
        return False
    if renamed is None or renamed.tag not in NOUN_TAGS:
        return False
    head = toks[last - 1]
    number = noun_number(head.text.lower(), head.tag)
    if number is None:
        return head.tag != "NNPS"
    return noun_number(renamed.text.lower(), renamed.tag) in (None, number)


def _relative_aside(toks, k: int, end: int) -> bool:
    """The words from ``k`` to the comma at ``end`` are a relative clause that describes the
    noun before them ("the reports, which the council published last week, shows"): a
    relative pronoun and a verb of its own."""
    return (
        toks[k].tag in ("WDT", "WP", "WP$")
        and toks[k].text.lower() in RELATIVE_ASIDE
        and any(t.tag.startswith("VB") or t.tag == "MD" for t in toks[k + 1 : end])
    )


def _accompanying(toks, k: int) -> bool:
    """The words at ``k`` open an aside that adds company to a subject ("along with") or
    gives examples of it ("such as", "including")."""
    words = [t.text.lower() for t in toks[k : k + 3]]
    return any(tuple(words[: len(phrase)]) == phrase for phrase in _ACCOMPANYING)


# Words that open a clause or a prepositional phrase: a clause when they open the sentence.
CLAUSE_OR_PHRASE = word_set("since after before until once as")
# Words that open a clause and are never prepositions, whose subject follows them ("the town
# where the roads was built", "ask why the talks has stalled", "how the cost are"): not in
# clause_boundary_words.txt, which S205 reads too.
_CLAUSE_ADVERBS = word_set("where whereby wherein wherever why how")


def reported_clause_at(toks, start: int) -> bool:
    """The words from ``start`` open the clause that "that" introduces after a verb that
    takes a clause or reports speech ("showed that social anxiety and stress was")."""
    if start < 2 or toks[start - 1].text.lower() != "that" or toks[start - 1].tag != "IN":
        return False
    verb = toks[start - 2]
    return verb.tag.startswith("VB") and (verb.text.lower() in clause_verbs() or verb.text.lower() in speech_verbs())


# Adverbs that grade a counting word opening a noun phrase ("very few", "only two", "almost
# all"), and the counting words they grade.
_DEGREE_ADVERBS = frozenset(("very", "only", "just", "even", "almost", "nearly", "relatively", "comparatively", "so", "too"))
_COUNTING_OPENERS = frozenset(("few", "many", "several", "all", "most", "some", "two", "three", "four", "five"))


def clause_starts_at(toks, start: int) -> bool:
    if start == 0:
        return True
    before = toks[start - 1]
    word = before.text.lower()
    if word == "as" and start >= 2 and toks[start - 2].text.lower() == "well":
        return False  # "Cuyo as well as the other towns is"
    if before.text in ("'", "’") and start >= 2 and toks[start - 2].end == before.start and toks[start - 2].text.endswith("s"):
        # "The series' skyline shots uses": an apostrophe glued to a word in "s" is its
        # possessive, which the tagger may read as a quotation mark; the owner's phrase opens
        return clause_starts_at(toks, np_start(toks, start - 2))
    if word in _DEGREE_ADVERBS and toks[start].text.lower() in _COUNTING_OPENERS:
        return clause_starts_at(toks, start - 1)  # "but very few weapons was": the adverb grades the count
    if before.text == ",":
        return introduced(toks, start - 1)
    if before.text in DASHES and start >= 2 and toks[start - 2].end == before.start and before.end == toks[start].start:
        return False  # "the presence of N–H dipoles": a dash inside a word
    if word in CLAUSE_OR_PHRASE and (start == 1 or toks[start - 2].text in CLAUSE_BOUNDARY_MARKS or toks[start - 2].tag == "CC"):
        return True  # "Since the emails has", not "projects launched since the start were"
    if (
        word == "as"
        and start >= 2
        and toks[start - 2].tag in ("JJ", "RB", "VBZ", "VBD", "VBP")
        and toks[start - 2].text.lower() not in ("such", "well")
        and not (start >= 3 and toks[start - 3].text.lower() in ("as", "so"))
    ):
        # "the hall was busy as the sessions was", "the game ends as the characters leaves";
        # not after a noun ("his role as the") or a participle ("used as the"), nor a comparison,
        # whose verb may come before its subject ("as arresting as his voice are his lyrics")
        return True
    if word in ("which", "whom", "whose"):
        # "in which the results was", "the rules which the council have", "heroes whose
        # lives is"; not "both of which help" (a share of the things before), nor "among
        # whose adherents is" ("whose" and its noun are the preposition's object)
        if start < 2:
            return False
        if word == "whose":
            return toks[start - 2].tag not in ("IN", "TO")
        return toks[start - 2].text.lower() != "of"
    if word in ("that", "this") and toks[start].tag not in ("DT", "PRP$"):
        # "that profile", "that ill-fated story": the determiner of the phrase
        return clause_starts_at(toks, start - 1) and word != "that" or start - 1 == 0
    first = 1 if start >= 2 and toks[0].tag == "CC" else 0  # "But then strange things starts"
    if start - first in (1, 2) and all(
        t.text.lower() in DAY_WORDS
        or t.tag in ("RB", "RBR", "RBS")
        and adverb(t.text.lower())
        and t.text.lower() not in ("not", "never")
        and (k == start - 1 or t.text.lower() not in ("only", "even"))
        for k, t in enumerate(toks[:start])
        if k >= first
    ):
        # "However the deaths has", "Also pregnant women was", "So far the singles has": an
        # opening adverb or two with no comma ("Today only six towers remains": "today" the
        # tagger reads as a noun), after "But" or "And" too; "only" and "even"
        # straight before the phrase go with it ("Only two people has served")
        return True
    if _opening_phrase_before(toks, start):
        return True  # "At this stage the adsorbed components is": an opening phrase with no comma
    if word == "how" and _question_after(toks, start):
        return False  # "How the hell do we": a question, its verb before its subject
    return (
        before.text in CLAUSE_BOUNDARY_MARKS
        or word in clause_boundary_words()
        or word in _CLAUSE_ADVERBS
        or word in clause_taking_verbs()
        and not (start >= 2 and toks[start - 2].text.lower() == "to")
        and toks[start].text.lower() not in ("it", "you")
    )


def _question_after(toks, start: int) -> bool:
    """The first verb within a few words of ``start`` has a personal pronoun straight after it:
    a question's order ("how the hell do we"), not a clause's."""
    for k in range(start, min(len(toks) - 1, start + 4)):
        if toks[k].tag.startswith("VB") or toks[k].tag == "MD":
            return toks[k + 1].tag == "PRP"
    return False


# Words that make a number approximate ("over 300", "more than 25,000", "at least four"):
# the first word, and the word that must follow it for the pair ("more than").
APPROXIMATORS = {
    "over": "", "about": "", "around": "", "nearly": "", "almost": "", "approximately": "",
    "roughly": "", "some": "", "more": "than", "less": "than", "fewer": "than", "at": "least", "up": "to",
}


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The first names of the 1990 US Census, capitalised (data/first_names.txt)."""
    return data_words("first_names.txt")


def _surname(word: str) -> bool:
    """A capitalised word that can be a surname: a known name, or no English word at all
    ("Santorum"); not a word that names a thing ("the Dallas Cowboys", "Jordan River") nor
    the plural of a name."""
    if not (word[:1].isupper() and word[1:2].islower() and word.replace("-", "").replace("'", "").isalpha()):
        return False
    if word.endswith("s") and known_name(word[:-1]) and word[:-1] not in first_names():
        return False  # a plural: "the Don Cossacks", "Roma Czechs" (not "Williams")
    # a word no list knows may be a surname ("Santorum"), unless it ends as a plural does
    # ("Marine Selectees")
    return known_name(word) or not lx.tags(word.lower()) and not word.endswith("s")


def person_name_start(words: Sequence[str], k: int) -> int | None:
    """Where the person's name that the words as written end at ``k`` opens: a first name
    and a surname, perhaps a middle name between ("Rick Santorum", "William Lloyd
    Garrison"), after no capitalised name ("Musikverlage Hans Sikorski", a firm) and no
    article; None when they end no such name. One person takes a singular verb, whatever
    number a team or a band takes."""
    if k < 1 or not _surname(words[k]):
        return None
    names = first_names()
    if k >= 2 and words[k - 2] in names and (words[k - 1] in names or _surname(words[k - 1])):
        first = k - 2  # a middle name
    elif words[k - 1] in names:
        first = k - 1
    else:
        return None
    before = words[first - 1] if first >= 1 else ""
    if before[:1].isupper() and (known_name(before) or not lx.tags(before.lower())):
        return None
    return None if before.lower() in _ARTICLES else first


@lru_cache(maxsize=4096)
def lone_first_name(word: str) -> bool:
    """A first name written alone (first_names) that is no verb, modal or function word as
    well ("Harry", "Will", "Mark" and "Bill" may be verbs or a modal) and seldom a place: the
    census's first names hold many places ("India", "Chelsea", "Paris", "Austin"), whose
    teams take a plural verb in British copy ("India were due to tour")."""
    if word not in first_names():
        return False
    lower = word.lower()
    return not ({"v", "x"} & set(lx.tags(lower))) and lower not in function_words() and not _place_like(lower)


# The share of a word's uses, in the counts' text, straight after "in", "at", "from" or "to"
# above which it is a place as often as a person: first names 0.02-0.05 ("john" 0.035,
# "susan" 0.042), places 0.10-0.46 ("chelsea" 0.17, "india" 0.31, "paris" 0.46).
PLACE_SHARE = 0.06


def _place_like(lower: str) -> bool:
    from ..confusables import near_words

    table = near_words.counts()
    seen = table.count(lower)
    return seen > 0 and sum(table.count(before, lower) for before in ("in", "at", "from", "to")) > PLACE_SHARE * seen


def one_person(words: Sequence[str], k: int) -> bool:
    """Do the words as written name one person at ``k``: a first name and a surname
    (``person_name_start``), or a first name alone after no capitalised word ("Nancy, who
    pull")?"""
    if person_name_start(words, k) is not None:
        return True
    return words[k] in first_names() and (k == 0 or not words[k - 1][:1].isupper())


def past_approximation(words: Sequence[str], k: int) -> int:
    """The index after a word or pair at ``k`` that makes the number after it approximate
    ("over", "more than", "at least"), or ``k`` when none stands there."""
    first = words[k] if k < len(words) else ""
    if first not in APPROXIMATORS:
        return k
    second = APPROXIMATORS[first]
    if not second:
        return k + 1
    return k + 2 if k + 1 < len(words) and words[k + 1] == second else k


# Prepositions that open a sentence with a phrase of time or place before its subject.
_OPENING_PREPOSITIONS = word_set(
    "in on at during after before by from since until within throughout under around across near among along beyond"
    " for with without through despite following amid upon over"
)
# "Last year", "each summer": a noun phrase of time that opens a sentence as an adverb does.
_TIME_DETERMINERS = word_set("last next this each every")
TIME_NOUNS = word_set(
    "year week month day night morning evening afternoon weekend decade century season"
    " summer winter spring autumn fall time"
)


def names_time(word: str) -> bool:
    """"day", "days", "week", "years": a noun of time, singular or plural."""
    return word.removesuffix("s") in TIME_NOUNS


# Tags of the words of that phrase after its preposition ("In early 2004", "At this stage").
_OPENING_PHRASE_TAGS = {"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "CD", "HYPH"}


# Counting words that open a subject after an opening phrase as a determiner does ("From 1869
# to 1880 several smaller parks was", "In 2004 three men was").
_OPENING_COUNTS = word_set("several many numerous various multiple few")


def _opening_phrase_before(toks, start: int) -> bool:
    """A prepositional phrase of up to five words ("In 2004", "Around Wright Street"), or a
    noun that is an adverb too ("Today"), opens the sentence, with no comma, before a
    subject that opens with a determiner or is "there" ("In 2004 the results was", "At this
    stage the adsorbed components is", "During the war his sons was", "Since May there has
    been two"): the phrase ends in a noun or a number, so the determiner opens a new noun
    phrase, which is the subject, and "there" is no place after a noun."""
    opening = toks[start].text.lower()
    counting = opening in _OPENING_COUNTS or toks[start].tag == "CD" and opening.isalpha()
    if start < 1 or start > 6 or toks[start].tag not in ("DT", "PRP$", "EX") and opening != "there" and not counting or opening in ("that", "this", "these", "those", "all", "both"):
        return False  # ("there" whatever its tag: the tagger reads "year there" as a place)
    if start == 1:
        # "Today there is over 1,200", "Today the results was": a noun that is an adverb too
        return toks[0].tag == "NN" and "r" in lx.tags(toks[0].text.lower())
    if start == 2 and toks[0].text.lower() in _TIME_DETERMINERS and toks[1].text.lower() in TIME_NOUNS:
        return True  # "Last year there was 1,480", "Each summer the fields is": a time, not a subject
    # "Here in Brazil the rules", "Back at home the children": an adverb of place or time
    # before the phrase
    first = 1 if toks[0].text.lower() in _PHRASE_ADVERBS and start >= 3 else 0
    if toks[first].tag != "IN" or toks[first].text.lower() not in _OPENING_PREPOSITIONS:
        return False
    return toks[start - 1].tag in ("NN", "NNS", "NNP", "CD") and all(
        toks[m].tag in _OPENING_PHRASE_TAGS
        # "From 1869 to 1880", "Between 1990 and 2000": a range of numbers
        or toks[m].text.lower() in ("to", "and") and toks[m - 1].tag == "CD" and toks[m + 1].tag == "CD"
        for m in range(first + 1, start)
    )


_PHRASE_ADVERBS = word_set("here there back now today later earlier then")


def introduced(toks, comma: int) -> bool:
    """The comma at ``comma`` closes an opening phrase ("In 2004, the", "However, the"), not
    a list or an aside after a noun ("backers, including X, the bank have"). The phrase may
    open the sentence, follow another opening phrase ("So, for now, the"), ";" or "and" after
    a comma ("…, and in the end, the"), or "that" ("noted that even then, the"); or it is a
    clause opened by "if", "because", "though" and the like ("because though he has retired,
    his")."""
    k = comma - 1
    while k > 0 and toks[k - 1].text not in CLAUSE_BOUNDARY_MARKS and toks[k - 1].text not in (".", "!", "?"):
        if toks[k - 1].text.lower() in _SUBORDINATORS:
            return True
        if toks[k - 1].text.lower() == "that" and toks[k - 1].tag == "IN":
            break
        k -= 1
    before = toks[k - 1].text if k > 0 else ""
    if before == "," and toks[k].tag == "CC" and k + 1 < comma:
        k += 1  # "…, and in the wake of the attacks, the answer"
    elif before == "," and not introduced(toks, k - 1):
        return False  # a list or an aside: "backers, including X, the bank have"
    elif before not in ("", ":", ";", ",", "that", "That"):
        return False  # the phrase before the comma does not open the sentence
    opener = toks[k].text.lower()
    return (
        toks[k].tag in ("IN", "RB", "RBR", "RBS", "WRB", "VBG", "VBN")
        or opener in clause_boundary_words()
        or opener in function_words()  # "Among voters, …" (the tagger may call it JJ)
        # a preposition of two words opened by an adjective: "Due to the rain, …", "Prior to
        # the vote, …", "Contrary to reports, …", "Close to the border, …"
        or toks[k].tag == "JJ" and k + 1 < comma and toks[k + 1].tag in ("IN", "TO")
        or names_time(toks[comma - 1].text.lower())  # "Last year, the", "One night, the"
        or toks[comma - 1].text.lower() in DAY_WORDS  # "Today, the" (the tagger's NN)
    )


# Words that open a clause inside a sentence: a comma after such a clause opens the main one.
_SUBORDINATORS = word_set("if when whenever because although though unless whereas while once")


def story_variety(doc, context) -> str | None:
    """ "en-GB" or "en-US" as configured (``spelling``) or as the story spells; else None."""
    configured = context.settings.spelling
    if configured in ("en-GB", "en-US"):
        return configured
    return doc.analysis("variants").variety


def lexical_verb(word: str, tag: str, after_who: bool = False) -> tuple[bool, str] | None:
    """(singular?, the other form) for a present-tense verb other than be/have/do whose form
    tells its number and that cannot be a noun (``after_who``: that is a verb there):
    "demonstrates" (VBZ), "achieve" (VBP)."""
    found = lx.tags(word)
    if tag == "VBZ" and is_third(word) and (after_who or not ({"n", "p"} & set(found))):
        base = third_base(word)
        return (True, base) if base else None
    if tag == "VBP" and (found == "v" or "v" in found and (after_who or mostly_verb(word, base=True))) and word in bases() and word not in pasts():
        third = third_of(word)
        return (False, third) if third else None
    return None


def third_of(base: str) -> str | None:
    """The third-person form of a verb: "achieve" -> "achieves", "carry" -> "carries"."""
    for form in (base + "s", base + "es", base[:-1] + "ies" if base.endswith("y") else ""):
        if form and is_third(form) and third_base(form) == base:
            return form
    return None


def common_in_name(toks, start: int, head: int) -> bool:
    """A capitalised head that is a common noun naming a building or place in a name:
    "the Lateran Palace", "the Old Bridge" (not a team or a firm: those take no "the" here),
    or an office before the name it belongs to: "the President of SAGE-AU", "the Governor of
    Texas" (a group, "the Republic of Ireland", is a collective noun, accepted before)."""
    if toks[start].text.lower() != "the":
        return False
    if head > start + 1:
        return True
    return (
        head + 2 < len(toks)
        and toks[head + 1].text.lower() == "of"
        and toks[head + 2].text[:1].isupper()
        and toks[head].text[1:].islower()
    )


# Plurals that often take a singular verb or spell another word too: "the data is", "the
# media is", "a cola", "a dive".
_SINGULAR_IN_USE = word_set("data media cola dive ani tori")


# How much commoner (Zipf) than its singular a plural may be and still be read as that
# singular's plural: 1.5 takes "inhabitants" (1.3), "repercussions", "ramifications",
# "grandparents", "footsteps" (1.1-1.4) and no word of the lexicon that is singular in use;
# "physics" (1.9), "species" (2.4), "outskirts" (2.0) stay unknown.
PLURAL_GAP = 1.5
# ... and an irregular plural (1.0): "opera" (of "opus", 1.3) and "bacteria" (1.4) are
# written as singulars of their own ("the opera is set in", "the bacteria was discovered").
IRREGULAR_GAP = 1.0


def tags_with(toks, v: int, word: str) -> list[str]:
    """The tagger's tags of the sentence with ``word`` written in place of the word at ``v``."""
    from ... import tagger

    return tagger.tag([word if k == v else t.text for k, t in enumerate(toks)])


def finite_verb_within(toks, v: int, words: int) -> bool:
    """A finite verb (or a modal) within ``words`` words after ``v``, before any comma,
    conjunction, relative or preposition: the clause's verb comes later ("substitute wave
    functions have", "one place the RGA fell short")."""
    for t in toks[v + 1 : v + 1 + words]:
        if t.tag in ("VBZ", "VBP", "VBD", "MD"):
            return True
        if t.tag in (",", ":", "CC", "WDT", "WP", "IN", "TO"):
            return False
    return False


def plural_head_singular(word: str) -> str | None:
    """The singular of a plural form heading a subject, which then wants a plural verb: a
    count noun's ("results"), an irregular plural's ("criteria", "men"), or the noun that the
    lexicon's plural reading of an "-s" word comes from, when that noun is about as common
    ("abdomens", "occurrences": nouns the count-noun table lacks); a compound joined by a
    hyphen, its head's ("seat-belts": ``compound_head``)."""
    head = compound_head(word)
    if head != word:
        found = plural_head_singular(head)
        return word[: len(word) - len(head)] + found if found else None
    found = singular_of(word)
    if found is not None or word in _SINGULAR_IN_USE or word in field_plurals() or "p" not in lx.tags(word):
        return found  # (not "my maths is right": a field of study)
    irregular = irregular_singulars().get(word)
    if irregular is not None:
        stems, gap = (irregular,), IRREGULAR_GAP
    elif word.endswith("s") and not word.endswith("ss") and word not in headword_s():
        stems, gap = (word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "", word[:-1]), PLURAL_GAP
    else:
        return None
    for stem in stems:
        found = lx.tags(stem) if stem else ""
        if "n" in found and "p" not in found and lx.zipf(stem) >= lx.zipf(word) - gap:
            return stem
    return None


# Marks that may stand before a sentence's first word.
OPENING_MARKS = ('"', "“", "``", "(", "'", "‘")


def opening_common_noun(toks, k: int) -> bool:
    """The word at ``k`` is capitalised only because it opens the sentence, and is a common
    noun there: a plural the tagger reads as one ("Plants begins"), or a mass noun
    ("Evidence suggest"); not a singular count noun, which may name a team or a firm
    ("Arsenal were"), nor a known surname ("Gates opens")."""
    if not (k == 0 or toks[k - 1].text in OPENING_MARKS and k == 1):
        return False
    word, tag = toks[k].text.lower(), toks[k].tag
    head = compound_head(word)
    if not toks[k].text[1:].islower() or "n" not in lx.tags(head) and "p" not in lx.tags(head):
        return False  # "NASA", a word the lexicon does not know as a noun
    if known_name(toks[k].text):
        return False  # "Gates opens", "Hicks was": a surname as well
    if k + 2 < len(toks) and toks[k + 1].text.lower() == "of" and any(t.text[:1].isupper() for t in toks[k + 2 : k + 4]):
        return False  # "Sons of Anarchy is", "Pirates of the Caribbean was": a title or a name
    return tag == "NNS" and plural_head_singular(word) is not None or tag == "NN" and (
        mass_noun(word) or word.endswith(_ABSTRACT_ENDINGS) or _of_common_phrase(toks, k)
    )


def _of_common_phrase(toks, k: int) -> bool:
    """The noun at ``k`` is followed by "of" and a determiner, an adjective or a noun in lower
    case ("Control of the ship", "Construction of a bridge", "Abuse of other drugs", "Use of
    four-wheelers"): a common noun's phrase; a name so followed has capitals after "of" ("Bank
    of England")."""
    return k + 2 < len(toks) and toks[k + 1].text == "of" and toks[k + 2].tag in _OF_PHRASE_OPENERS and toks[k + 2].text.islower()


# What opens the of-phrase of a common noun that opens a sentence ("Abuse of other drugs").
_OF_PHRASE_OPENERS = ("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "VBG")


# Endings of nouns for acts, states and qualities ("criticism", "reception", "incidence"):
# bare at the start of a sentence, such a noun is the common noun, not a team or a firm.
_ABSTRACT_ENDINGS = ("ism", "tion", "sion", "ence", "ance", "ity", "ment", "ness", "ship")
