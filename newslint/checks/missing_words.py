"""Missing-word rules: G304 a word that needs its preposition ("according the report"), G305
"to" missing between two verbs ("seeking become"), G306 no verb after "does not" ("does not
national rules"), G307 a superlative without "the" ("one of largest cities"), G308 an ordinal
without "the" ("for first time").

The reading of a noun phrase after a preposition (``noun_phrase``, ``counted_after``) is
shared with G303 (``missing_article.py``) and with ``scripts/build_missing_words_data.py``,
which counts the same phrases in openly licensed text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .verbs import DATA, bases, count_nouns, function_words, pasts

_MODIFIER_TAGS = frozenset(("JJ", "JJR", "JJS", "NN", "VBN", "VBG", "HYPH"))
_ADJECTIVE_TAGS = frozenset(("JJ", "JJR", "JJS", "VBN", "VBG"))
_DETERMINER_TAGS = frozenset(("DT", "PRP$", "WDT", "WP$", "PDT", "CD", "POS"))
_HEAD_FOLLOWERS = frozenset(("NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD", "FW"))
DETERMINER_WORDS = frozenset(
    "a an the this that these those my your his her its our their no every each any some"
    " another such what whose either neither which enough much many more most less few"
    " half both all one last next".split()
)


def noun_phrase(words: list[str], tags: list[str], k: int):
    """Read the noun phrase whose head is the singular noun at ``k``.

    Returns None when ``k`` is not the head of a common-noun phrase (another noun, a
    possessive or a number follows it; a name or a letter is part of it); else
    ``(start, determined, before)``: the index of the phrase's first word (its determiner,
    if any), whether a determiner, possessive or number opens it, and the index of the word
    before the phrase (-1 at the start of the sentence)."""
    if tags[k] != "NN" or not words[k].isalpha() or not words[k].islower():
        return None
    if k + 1 < len(words) and (tags[k + 1] in _HEAD_FOLLOWERS or words[k + 1] in ("'s", "’s")):
        return None
    m = k + 1
    while m < len(words) and m <= k + 3 and tags[m] in _ADJECTIVE_TAGS:
        m += 1
    if m > k + 1 and m < len(words) and tags[m] in ("NN", "NNS", "NNP", "NNPS"):
        return None  # "on core public services": a noun that describes a later one
    j = k - 1
    while j >= 0:
        tag = tags[j]
        if tag in _MODIFIER_TAGS:
            if not words[j][:1].islower() and tag != "HYPH":
                return None  # "of TV series", "on Bhutanese clock": a name in the phrase
            j -= 1
            continue
        if tag in ("RB", "RBS", "RBR") and j + 1 < k and tags[j + 1] in _ADJECTIVE_TAGS:
            j -= 1  # "a highly skilled worker"
            continue
        if words[j] in (",", "and", "or") and j > 0 and tags[j - 1] in _ADJECTIVE_TAGS and tags[j + 1] in _ADJECTIVE_TAGS:
            j -= 1  # "warm, welcoming atmosphere"
            continue
        if tag in ("NNP", "NNPS"):
            return None
        break
    determined = j >= 0 and (tags[j] in _DETERMINER_TAGS or words[j].lower() in DETERMINER_WORDS)
    if determined:
        # the phrase opens with its determiner ("all the", "such a": one or two words)
        j -= 1
        if j >= 0 and (tags[j] == "PDT" or words[j].lower() in DETERMINER_WORDS):
            j -= 1
    return j + 1, determined, j


# Prepositions after which the nouns were counted ("per", "than", "like" are not: "per
# cent", "than expected"; nor "by" and "via", which take a bare noun of means: "by car",
# "by hand", "via email"); the build script reads the same list.
PREPOSITIONS = frozenset(
    "of in on at for with from to into onto about as over under after before through"
    " during without within against among between towards toward across behind beyond"
    " upon around near along despite".split()
)
# "a kind of flag", "some sort of mechanism": the noun after these and "of" is bare by rule.
_KIND_NOUNS = frozenset("kind kinds sort sorts type types manner variety form".split())


def counted_after(words: list[str], before: int, k: int) -> bool:
    """Is the word at ``before`` a preposition after which the noun at ``k`` is read: not
    "kind of", not a doubled noun ("door to door", "day by day", "side by side")."""
    prep = words[before].lower()
    if prep not in PREPOSITIONS:
        return False
    if prep == "of" and before > 0 and words[before - 1].lower() in _KIND_NOUNS:
        return False
    noun = words[k]
    if before > 0 and words[before - 1].lower() == noun:
        return False
    if k + 2 < len(words) and words[k + 2].lower() == noun and words[k + 1].lower() in PREPOSITIONS:
        return False
    return True


_SKIPPED_KINDS = ("heading", "table", "list_item", "caption")


def headline_style(doc, paragraph) -> bool:
    """A heading, table, list item or caption, or a headline without a full stop: text
    written in headline style, which drops articles and "is"."""
    if paragraph.kind in _SKIPPED_KINDS:
        return True
    return paragraph.kind == "headline" and doc.text[paragraph.start : paragraph.end].rstrip()[-1:] not in ".!?\"”"


# -- G304 --------------------------------------------------------------------------------------

# Words that never stand before a noun phrase without their preposition: "according to",
# "regardless of", "irrespective of", "in spite of", "in front of".
_NEEDS_PREPOSITION = {"according": "to", "regardless": "of", "irrespective": "of", "in spite": "of", "in front": "of"}
# Determiners that open a noun phrase and are nothing else ("that" and "this" may be
# pronouns or open a clause: "in front that sloped down").
_PHRASE_DETERMINERS = frozenset("the a an his their our my your every each".split())
_G304 = re.compile(
    r"(?<![\w'’-])(according|regardless|irrespective|in spite|in front|a couple)[ \t\u00a0]+"
    r"([\"“‘']?)([a-z][\w'’-]*)"
)


class MissingPreposition(Rule):
    """A word that needs its preposition, written without it ("according the report").

    *What it flags*: "according" not followed by "to" ("according the minister", "according
    “The Economist”"); "regardless", "irrespective", "in spite" and "in front" followed at
    once by a determiner ("regardless the cost", "in front the town hall"); and, as advice,
    "a couple" before a plural noun ("a couple weeks", for "a couple of weeks").

    *Why it matters*: these words only join a noun through their preposition; without it
    the sentence reads as a slip, and a spell checker passes it.

    *Flagged*: "The vote was delayed, according the minister."

    *Preferred*: "The vote was delayed, according to the minister."

    *Options*: none; switch the rule off or re-grade it with ``G304`` in the configuration.

    *Known limits*: "according as" and "regardless," (an adverb) are left alone, as are
    "Regardless" opening a sentence (an adverb short of its comma), "regardless whether",
    "in front" with no article after it or after a comma or "and" ("behind, the sea; in
    front, the harbour" written without its commas), and "according" before an adverb ("according well",
    to agree). "A couple" before a plural
    is informal rather than wrong in American use, so it is reported as advice (info).
    Direct quotations are checked: the missing word cannot be heard.
    """

    code = "G304"
    name = "missing-preposition"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("The vote was delayed, according to the minister."),
        flagged("The vote was delayed, according the minister.", "according"),
        flagged("According “The Times”, Zoë Müller won.", "According"),
        flagged('"It went ahead regardless the cost," said José Álvarez.', "regardless"),
        flagged("They met in front the town hall a couple weeks ago.", "in front", "a couple"),
        flagged("The plan went ahead in spite the protests", "in spite"),
        accepted("Regardless, the vote went ahead in front of the town hall, as planned."),
        accepted("He sat in front. A couple of weeks later, a couple married; according as they said."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for _, match in vocabulary.matches(_G304):
            offset = match.start()
            words, mark, following = match.group(1), match.group(2), match.group(3)
            written = doc.text[match.start(1) : match.end(1)]
            if words == "a couple":
                if mark or following not in _plural_nouns() or following == "of":
                    continue
                if written.startswith("A") and not vocabulary.starts_sentence(match.start(1)):
                    continue
                yield self.finding(
                    doc,
                    match.start(1),
                    match.end(1),
                    f"\"{written} {doc.text[match.start(3) : match.end(3)]}\": check whether"
                    f" \"{written} of\" was meant.",
                    suggestions=[f"{written} of"],
                    severity="info",
                )
                continue
            preposition = _NEEDS_PREPOSITION[words]
            if following == preposition or words == "according" and following == "as":
                continue
            if words == "according" and not mark and "r" in lx.tags(following):
                continue  # "according well": the verb "accord", with an adverb
            if words != "according" and (mark or following not in _PHRASE_DETERMINERS):
                continue  # "regardless whether", "in front" at the end of a clause
            if words == "in front" and re.search(r"(?:[,;:]|\band|\bbut)\s*$", folded[max(0, offset - 8) : offset]):
                continue  # "behind me the sea, in front the anchorage": a verbless contrast
            if words in ("regardless", "irrespective") and vocabulary.starts_sentence(match.start(1)):
                continue  # "Regardless the board went ahead": an adverb short of its comma
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{written}\" needs \"{preposition}\" before what follows:"
                f" \"{written} {preposition}\".",
                suggestions=[f"{written} {preposition}"],
            )


@lru_cache(maxsize=1)
def _plural_nouns() -> frozenset[str]:
    """Plural nouns that are nothing else ("weeks", "members"; not "means", "times" the verb)."""
    from .determiners import plurals, singular_plurals

    return frozenset(p for p in plurals() if p not in singular_plurals() and "v" not in lx.tags(p))


# -- G305 --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def to_verbs() -> dict[str, str]:
    """Each form of a verb that takes "to" before another verb ("seeking", "wants") -> lemma."""
    found = {}
    for line in (DATA / "to_verbs.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
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
    from .verbs import bases

    return word == "be" or "v" in lx.tags(word) and word in bases()


def verb_only(word: str) -> bool:
    """A base form that is a verb and nothing else by the lexicon ("become", "establish")."""
    from .verbs import bases

    return word == "be" or lx.tags(word) == "v" and word in bases()


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

    *Known limits*: a second word that may be a noun ("keep", "make", "win") is read only
    as a verb before its object ("wants keep the", not "want peace"), and the first word
    must be read as a verb in its sentence, a participle only after "be" ("is used fund",
    not "the things I have chosen seem"), not a noun ("by all means let us"); after a linking verb a participle is
    its complement ("seemed shut up"), and a relative clause without "that" may end in the
    first verb ("the tools they use impose costs"). Other relative clauses may be misread. Direct quotations are checked.
    """

    code = "G305"
    name = "missing-to"
    family = "grammar"
    severity = "warning"
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
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        pattern = _g305()
        for _, match in vocabulary.matches(pattern):
            offset = match.start()
            if not _verb_base(match.group(1)):
                continue
            found = _tokens_at(doc, offset)
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


def _tokens_at(doc, start: int):
    """(tagged tokens of the sentence, index of the token starting at ``start``) or None."""
    found = doc.analysis("tags").locate(start)
    if found is None:
        return None
    sentence, i = found
    if sentence.tokens[i].start != start:
        return None
    return sentence.tokens, i


# -- G306 --------------------------------------------------------------------------------------

_PRONOUNS = frozenset(
    "nothing something anything everything nobody somebody anybody everybody none other others"
    " no-one someone anyone everyone".split()
)
_G306 = re.compile(r"(?<![\w'’-])(do|does|did)(?:[ \t]+not|n't)[ \t]+([a-z]+)(?![\w'’-])")


class MissingVerb(Rule):
    """No verb after "do not", "does not" or "did not" ("does not national rules").

    *What it flags*: "do not", "does not", "did not" (and "don't", "doesn't", "didn't")
    followed by a word that can be no verb and no adverb by the lexicon: "The college does
    not national fraternities" (a verb such as "have" is missing). After "not" the tagger
    expects a verb, so its tag is no evidence here; the lexicon decides.

    *Why it matters*: a dropped verb leaves a sentence without its meaning; the reader has to
    guess the missing word.

    *Flagged*: "The college does not national fraternities."

    *Preferred*: "The college does not have national fraternities."

    *Options*: none; switch the rule off or re-grade it with ``G306`` in the configuration.

    *Known limits*: a word the lexicon does not know, a capitalised word and any word that
    may be a verb or an adverb ("did not even", "does not necessarily", "did not all") are
    left alone, so a missing verb before such a word is missed, as are pronouns that may
    open a new clause ("if you don't nothing changes", short of its comma). Dialect in
    quotations ("don't flight him") may be flagged. Direct quotations are checked.
    """

    code = "G306"
    name = "missing-verb"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "tags")
    examples = (
        accepted(""),
        accepted("The college does not have national fraternities."),
        flagged("The college does not national fraternities.", "national"),
        flagged("“We did not national work,” said José Álvarez.", "national"),
        flagged('"We did not national work," said José Álvarez.', "national"),
        flagged("Zoë Müller's firm doesn't annual reports", "annual"),
        accepted("It did not even matter; he does not necessarily agree, and they did not all go."),
        accepted("Do not Google it; they did not RSVP."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for _, match in vocabulary.matches(_G306):
            word = match.group(2)
            written = doc.text[match.start(2) : match.end(2)]
            if written != word:
                continue  # a name or a capitalised word
            found = lx.tags(word)
            if not found or set(found) & set("vrx") or word in function_words() or word in DETERMINER_WORDS:
                continue
            if word in _PRONOUNS:
                continue  # "if you don't nothing will change": a new clause after an ellipsis
            tokens = _tokens_at(doc, match.start(2))
            if tokens is None:
                continue
            sentence, k = tokens
            if sentence[k].tag in ("RB", "MD", "NNP"):
                continue  # (after "not" the tagger expects a verb: its "VB" is no evidence)
            auxiliary = doc.text[match.start(1) : match.start(2)].rstrip()
            yield self.finding(
                doc,
                match.start(2),
                match.end(2),
                f"\"{auxiliary} {written}\": a verb seems to be missing after \"{auxiliary}\";"
                " check the sentence.",
                suggestions=[f"{auxiliary} have {written}", f"{auxiliary} be {written}"],
            )


# -- G307 --------------------------------------------------------------------------------------

_COPULAS = frozenset("is are was were be been being 's 're".split())
# Superlatives that also work as adverbs or quantifiers without "the": "most people", "at
# least", "best known", "at worst", "latest" ("latest news" in headline style).
_SUPERLATIVE_ADVERBS = frozenset("most least best worst latest".split())
_G307 = re.compile(r"(?<![\w'’-])(?:one of|is|are|was|were|among)[ \t]+(?:most[ \t]+[a-z]+|[a-z]+est)(?![\w'’-])")


def _superlative(word: str) -> bool:
    """A superlative adjective by its ending and the lexicon ("largest", "finest")."""
    if not word.endswith("est") or word in _SUPERLATIVE_ADVERBS:
        return False
    found = lx.tags(word)
    if "a" not in found or set(found) & set("nv"):
        return False  # "interest", "forest", "protest", "honest"
    base = word[:-3]
    return any(lx.is_word(b) and "a" in lx.tags(b) for b in (base, base + "e", base[:-1], base[:-1] + "y" if base.endswith("i") else base))


class SuperlativeWithoutThe(Rule):
    """A superlative before a noun with no "the" ("one of largest cities").

    *What it flags*: a superlative adjective ("largest", "most important", after "one of"
    also "best" and "worst") with no determiner after "one of" ("one of largest cities",
    "one of most popular sites", "one of lowest in Europe"), before a singular count noun after a form of "be" ("Lagos is largest city in
    Nigeria") and before a plural after "among" ("among oldest bridges").

    *Why it matters*: a superlative picks out one thing, and English marks it with "the";
    without it the sentence reads as a slip or as translated copy.

    *Flagged*: "Lagos is largest city in Nigeria."

    *Preferred*: "Lagos is the largest city in Nigeria."

    *Options*: none; switch the rule off or re-grade it with ``G307`` in the configuration.

    *Known limits*: "most", "least", "best", "worst" and "latest" alone are left alone ("most
    people", "best known", "latest news"), as are superlatives not followed by a noun ("is
    highest in winter"), a word after "be" that may be a verb ("was hardest hit"), names and words in -est that are no adjective
    ("interest", "forest", "honest"). After "of" and "in" a superlative without "the" is
    often the formal absolute use ("of greatest concern", "in closest cooperation") and is
    not read at all. Direct quotations are checked.
    """

    code = "G307"
    name = "superlative-without-the"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "tags")
    examples = (
        accepted(""),
        accepted("Lagos is the largest city in Nigeria."),
        flagged("Lagos is largest city in Nigeria.", "largest city"),
        flagged("It is one of most popular sites, Zoë Müller said.", "most popular sites"),
        flagged("“It is one of oldest bridges,” said José Álvarez.", "oldest bridges"),
        flagged('"It is one of oldest bridges," said José Álvarez.', "oldest bridges"),
        flagged("The bridge is among oldest structures", "oldest structures"),
        accepted("Most people agree; it was best known for its interest in honest work."),
        accepted("Prices are highest in winter and the area was hardest hit; he is at least 40."),
        flagged("Its jobless rate is one of lowest in Europe.", "lowest"),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for _, match in vocabulary.matches(_G307):
            offset = match.start()
            text = match.group(0)
            adjective_at = offset + len(text) - len(text.split()[-1])
            if text.split()[-2] == "most":
                adjective_at = offset + len(text) - len(" ".join(text.split()[-2:]))
                word = text.split()[-1]
                if "a" not in lx.tags(word):
                    continue  # "most people": a quantifier
            elif not _superlative(text.split()[-1]) and not (
                text.startswith("one of") and text.split()[-1] in ("best", "worst")
            ):
                continue
            found = _tokens_at(doc, adjective_at)
            if found is None:
                continue
            tokens, i = found
            opener = text.split()[0]
            k = i + 2 if tokens[i].text.lower() == "most" else i + 1
            while k < len(tokens) and tokens[k].tag in ("JJ", "VBN", "VBG") and tokens[k].text.islower():
                k += 1
            if opener == "one" and (k >= len(tokens) or tokens[k].tag not in ("NN", "NNS")):
                k -= 1  # "one of lowest in the country": the superlative stands for its noun
            elif k >= len(tokens) or tokens[k].tag not in ("NN", "NNS") or not tokens[k].text.islower():
                continue  # "is highest in winter", "the Greatest Hits"
            noun = tokens[k].text
            if opener in _COPULAS and (noun in pasts() or noun.endswith("ed") or noun not in count_nouns()):
                continue  # "was hardest hit" (an adverb); "is greatest concern" (elative)
            if opener == "among" and tokens[k].tag != "NNS":
                continue
            if text.split()[-2] == "most" and opener in _COPULAS:
                continue  # "are most mobile phones": "most" may count
            if k + 1 < len(tokens) and tokens[k + 1].tag in ("NN", "NNS", "POS"):
                k += 1  # "largest oil producer"
            start, end = tokens[i].start, tokens[k].end
            phrase = doc.text[start:end]
            yield self.finding(
                doc,
                start,
                end,
                f"\"{phrase}\": a superlative usually takes \"the\"; check whether \"the {phrase}\""
                " was meant.",
                suggestions=[f"the {phrase}"],
            )


# -- G308 --------------------------------------------------------------------------------------

_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Prepositions after which "the" + ordinal + noun was counted (and is read).
ORDINAL_PREPOSITIONS = frozenset(
    "in on for during of at from since until after before into within over".split()
)
_G308 = re.compile(
    r"(?<![\w'’-])(?:in|on|for|during|of|at|from|since|until|after|before|into|within|over)[ \t]+"
    r"((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:st|nd|rd|th))[ \t]+([a-z]+))(?![\w'’-])"
)


def is_ordinal(word: str) -> bool:
    """"first" … "twelfth", "19th", "21st"."""
    return word in _ORDINAL_WORDS or bool(_ORDINAL.fullmatch(word))


@lru_cache(maxsize=1)
def ordinal_nouns() -> frozenset[str]:
    """Nouns seldom bare after a preposition and an ordinal ("time", "century", "half")."""
    text = (DATA / "ordinal_nouns.txt").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#"))


class OrdinalWithoutThe(Rule):
    """An ordinal with no "the" after a preposition ("for first time", "in 19th century").

    *What it flags*: an ordinal ("first", "second", "19th") and a singular noun right after
    a preposition with no determiner: "for first time", "in 19th century", "during second
    half". Only nouns that measured text almost always gives "the" there are read, so "in
    second place", "at first glance", "at first sight" and "at first light" are never
    flagged.

    *Why it matters*: an ordinal picks out one thing in a series and takes "the"; a dropped
    article is a slip of fast or second-language writing that a spell checker passes.

    *Flagged*: "The team won the league for first time in 1998."

    *Preferred*: "The team won the league for the first time in 1998."

    *Options*: none; switch the rule off or re-grade it with ``G308`` in the configuration.

    *Known limits*: headlines without a full stop are left alone (headline style drops
    articles), as are "at first" (an adverb), an ordinal and noun that describe a following
    noun, name or number ("fourth quarter profits", "20th century dictators", "first quarter
    2005") and nouns the measured text gives too rarely after an ordinal. Direct quotations
    are checked.
    """

    code = "G308"
    name = "ordinal-without-the"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("The team won the league for the first time in 1998."),
        flagged("The team won the league for first time in 1998.", "first time"),
        flagged("The church was built in 19th century, Zoë Müller said.", "19th century"),
        flagged("“We scored in second half,” said José Álvarez.", "second half"),
        flagged('"We scored in second half," said José Álvarez.', "second half"),
        flagged("Report\n\nThe church was built in 12th century", "12th century"),
        accepted("She finished in second place and at first glance, at first light, it looked easy."),
        accepted("Club wins league for first time"),
        accepted("Sales rose in fourth quarter profits; at first thought it was small."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for p, match in vocabulary.matches(_G308):
            offset = match.start()
            if match.group(2) not in ordinal_nouns():
                continue
            paragraph = doc.paragraphs[p]
            if headline_style(doc, paragraph):
                continue
            phrase = doc.text[match.start(1) : match.end(1)]
            if phrase != match.group(1):
                continue  # "in First Division": a name
            if folded[offset : offset + 3] == "at " and match.group(1).startswith("first "):
                continue  # "at first" is an adverb ("at first thought very little of it")
            after = re.match(r"[ \t]*([\w'’-]+)", doc.text[match.end(1) : match.end(1) + 40])
            if after and self._describes(after.group(1)):
                continue  # "21st century America", "fourth quarter profits": a modifier
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{phrase}\": an ordinal usually takes \"the\"; check whether \"the {phrase}\""
                " was meant.",
                suggestions=[f"the {phrase}"],
            )

    @staticmethod
    def _describes(word: str) -> bool:
        """The ordinal and noun describe ``word``: a noun, a name or a number follows."""
        if not word[:1].isalpha() or not word[:1].islower():
            return True
        if word in function_words() or word in DETERMINER_WORDS:
            return False
        found = lx.tags(word)
        return bool(set(found) & set("np")) and not set(found) & set("x")


# -- G310 --------------------------------------------------------------------------------------

_G310 = re.compile(r"(?<![\w'’-])(he|she|it|they|we|i)[ \t]+([a-z]+)(?![\w'’-])")
_BE_FOR = {"he": "is", "she": "is", "it": "is", "they": "are", "we": "are", "i": "am"}
_HAVE_FOR = {"he": "has", "she": "has", "it": "has", "they": "have", "we": "have", "i": "have"}
# Words after which a pronoun opens a clause (with the sentence start and punctuation).
_CLAUSE_OPENERS = frozenset(
    "and but so because since when while if although though that whether unless until once"
    " where whereas as".split()
)
# -ing words that open a phrase of their own after a pronoun ("it being", "they having won").
_ABSOLUTE_ING = frozenset("being having according including considering regarding concerning".split())


def missing_be(pronoun: str, word: str, tag=None) -> str | None:
    """The verb missing between a subject pronoun and ``word``: "it accessible" → "is", "he
    going" → "is", "they been" → "have"; None when ``word`` may follow the pronoun straight
    (a verb, an adverb, a plural noun: "he even", "we parents"). ``tag()`` gives the
    tagger's tag of the word, asked for only when the lexicon does not know its part of
    speech."""
    if word == "been":
        return _HAVE_FOR[pronoun]
    tags = lx.tags(word)
    if "v" in tags and not word.endswith("ing") or "r" in tags:
        return None  # "he said", "it also" (the commonest words after a pronoun), quickly
    if word in function_words() or word in DETERMINER_WORDS:
        return None
    found = set(tags)
    if _ing_form(word) and "v" in found and found <= {"a", "v"} and word not in _ABSOLUTE_ING:
        return _BE_FOR[pronoun]  # "he going", "they saying"
    if "a" in found and found <= {"a", "n"}:
        return _BE_FOR[pronoun]  # "it possible", "they happy"
    if not found and lx.is_word(word) and tag is not None and tag() == "JJ":
        return _BE_FOR[pronoun]  # "it accessible" (a word the lexicon gives no part of speech)
    return None


def _ing_form(word: str) -> bool:
    """An -ing form of a verb ("going", "making", "running"), not "bring" or "sing"."""
    stem = word[:-3]
    return word.endswith("ing") and (
        stem in bases() or stem + "e" in bases() or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in bases()
    )


class MissingBe(Rule):
    """A subject pronoun with no verb after it ("since it accessible", "he going to").

    *What it flags*: "he", "she", "it", "they", "we" or "I" opening a clause and followed
    straight by a word that cannot follow a subject: an adjective ("since it accessible to
    all", "they happy with"), an -ing form ("he going to resign") or "been" ("they been
    told"). A form of "be" or "have" is missing.

    *Why it matters*: a dropped "is" or "has" is a common slip of fast typing and of editing
    a sentence in place; the sentence loses its verb.

    *Flagged*: "The archive matters since it accessible to all."

    *Preferred*: "The archive matters since it is accessible to all."

    *Options*: none; switch the rule off or re-grade it with ``G310`` in the configuration.

    *Known limits*: "it" after a verb is an object ("found it difficult", "make it
    possible") and is left alone, as are words that may be verbs, nouns or adverbs after a
    pronoun ("he even", "she still", "we parents"), phrases of their own ("it being",
    "they having won"), headlines (which drop "is": "we ready to act") and direct quotations.
    """

    code = "G310"
    name = "missing-be"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "quotes", "tags")
    quotes = "skip"
    examples = (
        accepted(""),
        accepted("The archive matters since it is accessible to all."),
        flagged("The archive matters since it accessible to all.", "it accessible"),
        flagged("He going to resign, Zoë Müller said, and they been told.", "He going", "they been"),
        accepted("“He going to resign,” said José Álvarez."),
        accepted('"He going to resign," said José Álvarez.'),
        accepted("They found it difficult and made it possible; he even smiled."),
        accepted("It being late, we parents left; they having won, I still went."),
        accepted("Leaders meet\n\nWe ready to act, says minister"),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for match in _G310.finditer(folded):  # (never crosses a line)
            pronoun, word = match.group(1), match.group(2)
            written = doc.text[match.start(1) : match.end(1)]
            if pronoun == "i" and written != "I" or doc.text[match.start(2) : match.end(2)] != word:
                continue  # "i" in a list, a capitalised word after the pronoun
            verb = missing_be(pronoun, word, lambda: self._tag(doc, match.start(2)))
            if verb is None:
                continue
            paragraph = doc.paragraph_at(match.start())
            if paragraph is None or headline_style(doc, paragraph):
                continue
            if not self._opens_clause(vocabulary, folded, match.start(1), paragraph.start, pronoun):
                continue
            phrase = doc.text[match.start(1) : match.end(2)]
            right = f"{written} {verb} {doc.text[match.start(2) : match.end(2)]}"
            yield self.finding(
                doc,
                match.start(1),
                match.end(2),
                f"\"{phrase}\": check whether a verb is missing (\"{right}\").",
                suggestions=[right],
            )

    @staticmethod
    def _tag(doc, offset: int) -> str | None:
        token = doc.analysis("tags").token_at(offset)
        return token.tag if token is not None and token.start == offset else None

    @staticmethod
    def _opens_clause(vocabulary, folded: str, offset: int, start: int, pronoun: str) -> bool:
        """The pronoun at ``offset`` opens a clause: it starts a sentence or follows a
        punctuation mark or a word that opens one ("since it", "and they"); "it" not after
        "and" or "or" ("for him and it")."""
        if vocabulary.starts_sentence(offset):
            return True
        before = _WORD_OR_MARK.findall(folded[max(start, offset - 30) : offset])
        if not before:
            return True
        last = before[-1]
        if last in (",", ";", ":", "(", "—", "–", '"', "“", "‘"):
            return True
        if pronoun == "it" and last in ("and", "or"):
            return False
        return last in _CLAUSE_OPENERS


_WORD_OR_MARK = re.compile(r"[a-z][a-z'’-]*|[^\w\s]")
