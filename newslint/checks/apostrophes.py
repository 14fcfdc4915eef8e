"""Apostrophe rules (G102, G103): contractions and possessives written without theirs.

The forms come from data (``data/contractions.tsv`` and ``data/possessives.tsv``, built by
``scripts/build_articles_data.py``): contractions of the CMU Pronouncing Dictionary whose
apostrophe-less spelling is no English word ("dont", "theyre"; never "cant", "wont",
"well", "were", "its", "lets"), and plurals not in -s whose "s" form is no word
("childrens"). The spelling rule (S101) leaves these words to the rules here.
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis import lexicon as lx
from ..datafiles import data_lines
from ..rule import Context, Rule, accepted, flagged
from .verbs import PRONOUN_SUBJECTS

_BEFORE = frozenset(" \t\r\n\u00a0\"'“‘([—–*_")
_AFTER = frozenset(" \t\r\n\u00a0\"'”’)]—–*_.,;:!?…")


@lru_cache(maxsize=1)
def contractions() -> dict[str, tuple[str, str]]:
    """{"dont": ("don't", ""), "hes": ("he's", "context"), "ive": ("i've", "capital-context")
    …}: "context" when the form is flagged only where it runs on into a sentence,
    "capital-context" when that holds for its capitalised spelling only (a name)."""
    table = {}
    for line in data_lines("contractions.tsv"):
        bare, form, *note = line.split("\t")
        table[bare] = (form, note[0] if note else "")
    return table


@lru_cache(maxsize=1)
def irregular_possessives() -> dict[str, str]:
    """{"childrens": "children's", …}: plurals not in -s written as if possessive."""
    table = {}
    for line in data_lines("possessives.tsv"):
        bare, form = line.split("\t")[:2]
        table[bare] = form
    return table


@lru_cache(maxsize=1)
def owned_words() -> frozenset[str]:
    """Lower-case words these rules report, which the spelling rule leaves to them (and
    those ``possessive_of`` knows)."""
    return frozenset(contractions()) | frozenset(irregular_possessives())


# Pronouns that have no plural: "everyones" can only be "everyone's".
_INDEFINITE_PRONOUNS = frozenset(
    "everyone someone anyone everybody somebody anybody nobody".split()
)


def possessive_of(lower: str) -> str | None:
    """The possessive a lower-case non-word in "s" stands for when its apostrophe is lost,
    where no plural can be meant: a noun in a consonant and "y", whose plural the lexicon
    has in "ies" ("countrys": "country's", not "countries"), or an indefinite pronoun
    ("everyones": "everyone's"); else None."""
    if not lower.endswith("s") or lx.is_word(lower):
        return None
    stem = lower[:-1]
    if stem in _INDEFINITE_PRONOUNS:
        return f"{stem}'s"
    if (
        len(stem) > 3
        and stem.endswith("y")
        and stem[-2] not in "aeiouy"
        and "n" in lx.tags(stem)
        and lx.is_plural_noun(stem[:-1] + "ies")
    ):
        return f"{stem}'s"
    return None


def owns(lower: str) -> bool:
    """Does a rule here report this lower-case word (which the spelling rule then leaves)?"""
    return lower in owned_words() or possessive_of(lower) is not None




def _standalone(prose: str, start: int, end: int) -> bool:
    """A word on its own: not part of a handle, hashtag, address or file name."""
    before = prose[start - 1] if start > 0 else " "
    after = prose[end] if end < len(prose) else " "
    if before not in _BEFORE or after not in _AFTER:
        return False
    # example.com, dont.txt: a full stop between letters
    return not (after == "." and end + 1 < len(prose) and prose[end + 1].isalnum())


def _next_word(doc, words, index):
    """The word after ``words[index]`` in the same paragraph, separated by spaces only."""
    if index + 1 >= len(words):
        return None
    word, following = words[index], words[index + 1]
    paragraph = doc.paragraph_at(word.start)
    if paragraph is None or following.start >= paragraph.end:
        return None
    if doc.prose[word.end : following.start].strip(" \t\r\n\u00a0\"“‘'"):
        return None  # only space and opening quotation marks between
    return following


_CONJUNCTIONS = frozenset(("and", "or", "nor", "but", "of"))  # "hes and shes", "the shes of"
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your whose every each".split()
)
# Before these a subject stands, not "he's": "hes and shes are pronouns".
_FINITE = frozenset("am are is was were do does will would can could shall should may might must".split())
# "that" and "this" also join clauses ("the fact that shes willing").
_NOUN_MARKERS = _DETERMINERS - {"that", "this"}


def _context_fits(doc, words, index) -> bool:
    """"hes", "shes", "hed" as a contraction: a subject that runs on into its sentence
    ("hes been told", "hed rather stay"), not a noun ("the hes and shes", "the hed")."""
    following = _next_word(doc, words, index)
    if following is None or not following.text[:1].islower():
        return False
    if following.text.lower() in _CONJUNCTIONS or following.text.lower() in _FINITE:
        return False
    if index > 0 and words[index - 1].text.lower() in _NOUN_MARKERS:
        return False
    return True


# Contractions whose spelling without the apostrophe is a word too ("cant", "wont", "ill"):
# flagged only before a verb in its plain form, where the word cannot stand ("they cant
# agree", "Ill be back", "Lets go"). The last three only capitalised, opening a sentence:
# in lower case they are words before verbs too ("she lets go", "fell ill").
_BEFORE_A_VERB = {
    "cant": ("can't", False),
    "wont": ("won't", False),
    "ill": ("I'll", True),
    "id": ("I'd", True),
    "lets": ("let's", True),
}


# Contractions of "is" whose spelling without the apostrophe is a rare word ("heres", the
# legal Latin for an heir): flagged before what "here's" and "where's" introduce.
_BEFORE_A_SUBJECT = {"heres": "here's", "wheres": "where's"}
_INTRODUCED = frozenset(
    "the a an this that these those his her its their our my your how why what who i you he she it we they".split()
)


def _plain_verb(word) -> bool:
    """A verb in its plain form ("be", "agree"), in lower case."""
    from .verbs import bases

    text = word.text
    return text.islower() and (text in bases() or text in ("be", "have", "do")) and "v" in lx.tags(text)


class ContractionWithoutApostrophe(Rule):
    """A contraction written without its apostrophe ("dont", "theyre", "couldnt").

    *What it flags*: a contraction of "not" or of a pronoun's verb ("dont", "doesnt",
    "wasnt", "isnt", "couldnt", "youve", "theyre", "thats", "whats") written without its
    apostrophe, where the spelling without it is no English word. The forms come from the
    CMU Pronouncing Dictionary; those that are words of their own ("well", "were", "shell",
    "hell", "its", "wed") are never flagged, and "hes", "shes" and "hed" only where they run
    on into a sentence ("hes been told", "hed rather"), never after "the" or before "and"
    ("the hes and shes", "the hed"). "Cant" and "wont" are flagged after a subject and
    before a plain verb ("they cant agree"), and "Ill", "Id" and "Lets" opening a sentence
    before a plain verb ("Ill be back", "Lets go"), "heres" and "wheres" before what they
    introduce ("heres why", "wheres the money"); a word that follows an apostrophe
    ("'im", "'em") is a word with its first letter left out.

    *Why it matters*: a missing apostrophe reads as careless copy; a spell checker that
    knows "dont" from web text lets it through.

    *Flagged*: "The council dont know when the bridge will reopen."

    *Preferred*: "The council don't know when the bridge will reopen."

    *Options*: none; switch the rule off or re-grade it with ``G102``.

    *Known limits*: "well", "were", "its" and the like are words in their own right and
    need the sentence to tell ("its" for "it's" is a real-word error for the confusion
    rules); "cant", "wont", "ill", "id" and "lets" are flagged only before a plain verb.
    "Ive" and "Im" are also names: capitalised, they are flagged only at the start of a
    sentence that runs on ("Ive been told"), not as the story's names.
    """

    code = "G102"
    name = "contraction-without-apostrophe"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon",)
    examples = (
        flagged("The council dont know when the bridge will reopen.", "dont"),
        flagged("Dont expect a quick answer, the mayor said.", "Dont"),
        flagged("Zoë Müller said she “didnt see it coming”.", "didnt"),
        flagged('Zoë Müller said "theyre not ready".', "theyre"),
        flagged("The minister said it wasnt", "wasnt"),
        flagged("Officials said hes been told.", "hes"),
        flagged("Ive been told im next.", "Ive", "im"),
        accepted("“They took 'im away,” she said."),
        flagged("Voters cant agree and we wont wait. Ill be back. Lets go.", "cant", "wont", "Ill", "Lets"),
        accepted("As was his wont, he fell ill. She lets go; ill will and political cant rule."),
        accepted("Ill health forced him out. Id cards were issued."),
        flagged("Heres why the vote matters, and wheres the money?", "Heres", "wheres"),
        accepted("The heres of the estate, Heres Smith, sued."),
        accepted(""),
        accepted("The council don't know when the bridge will reopen."),
        accepted("We were told we can't and won't, well, its ill-timed, she said."),
        accepted("“It wasn’t me,” said Zoë Müller of Ağdam."),
        accepted("Visit @dont or #theyre for more."),
        accepted("The hes and shes of the play."),
    )

    def check(self, doc, context: Context):
        table = contractions()
        words = doc.words
        vocabulary = None
        named: set[str] | None = None  # see _named_forms, worked out on first use
        for index, word in enumerate(words):
            lower = word.text.lower()
            if lower in _BEFORE_A_SUBJECT:
                following = _next_word(doc, words, index)
                if (
                    following is not None
                    and following.text in _INTRODUCED
                    and _standalone(doc.prose, word.start, word.end)
                    and not (word.text[:1].isupper() and index and not doc.analysis("lexicon").starts_sentence(word.start))
                ):
                    right = lx.recase(_BEFORE_A_SUBJECT[lower], word.text, capitals=True)
                    yield self.finding(
                        doc, word.start, word.end,
                        f"\"{word.text}\" needs its apostrophe: \"{right}\".",
                        suggestions=[right],
                    )
                continue
            if lower in _BEFORE_A_VERB:
                finding = self._before_a_verb(doc, words, index)
                if finding is not None:
                    yield finding
                continue
            if lower not in table:
                continue
            if not _standalone(doc.prose, word.start, word.end):
                continue
            if doc.prose[word.start - 1 : word.start] in ("'", "’"):
                continue  # "'im", "'em": a word with its first letter left out
            form, note = table[lower]
            capitalised = word.text[:1].isupper()
            if note == "capital-context" and word.text.isupper():
                continue  # "IM": instant messaging, an abbreviation
            needs_context = note == "context" or (note == "capital-context" and capitalised)
            if form.startswith("i'"):
                form = "I" + form[1:]  # "I've", "I'm"
            if capitalised and not word.text.isupper():
                if vocabulary is None:
                    vocabulary = doc.analysis("lexicon")
                if named is None:
                    named = self._named_forms(doc, words)
                if self._title_case_heading(doc, word):
                    pass
                elif note == "capital-context":
                    # "and Im sure": "I" is capitalised anywhere; "Jony Ive", "Im Jong-un"
                    # are names, and a story that writes one writes it beside another.
                    if lower in named:
                        continue
                elif not self._opens_sentence(doc, words, index, vocabulary, named):
                    continue  # a name ("Arent Jansen")
            if needs_context and not _context_fits(doc, words, index):
                continue
            right = lx.recase(form, word.text, capitals=True)
            yield self.finding(
                doc,
                word.start,
                word.end,
                f"\"{word.text}\" needs its apostrophe: \"{right}\".",
                suggestions=[right],
            )

    def _before_a_verb(self, doc, words, index):
        """"they cant agree", "Ill be back", "Lets go": a contraction spelled as another word,
        told by the plain verb after it (and for "cant" and "wont" a subject before it)."""
        word = words[index]
        lower = word.text.lower()
        form, opening_only = _BEFORE_A_VERB[lower]
        if word.text.isupper() and len(word.text) > 1 or not _standalone(doc.prose, word.start, word.end):
            return None  # "ID", "CANT"
        following = _next_word(doc, words, index)
        if following is None or not _plain_verb(following):
            return None
        if opening_only:
            if not word.text[:1].isupper() or not doc.analysis("lexicon").starts_sentence(word.start):
                return None
        else:
            previous = words[index - 1] if index else None
            if previous is None or doc.prose[previous.end : word.start] != " ":
                return None
            if previous.text.lower() not in PRONOUN_SUBJECTS and not lx.is_plural_noun(previous.text.lower()):
                return None  # "the cant phrase", "as was his wont"
        right = lx.recase(form, word.text, capitals=True)
        return self.finding(
            doc,
            word.start,
            word.end,
            f"\"{word.text} {following.text}\": \"{word.text}\" needs its apostrophe: \"{right}\".",
            suggestions=[right],
        )

    @staticmethod
    def _title_case_heading(doc, word) -> bool:
        """A headline or heading with most of its longer words capitalised."""
        paragraph = doc.paragraph_at(word.start)
        if paragraph is None or paragraph.kind not in ("headline", "heading"):
            return False
        longer = [w.text for w in doc.words if paragraph.start <= w.start < paragraph.end]
        longer = [w for w in longer if len(w) > 3]
        return bool(longer) and sum(w[0].isupper() for w in longer) / len(longer) >= 0.7

    @staticmethod
    def _named_forms(doc, words) -> set[str]:
        """The lower-case forms the story writes capitalised next to another capitalised
        word ("Jony Ive", "Arent Jansen"): names. A common word capitalised because it opens
        the sentence ("And Ive been") is no evidence. One pass over the words for every form
        (a pass per candidate took 10 s on a draft of 30,000 "Dont go." sentences)."""
        vocabulary = doc.analysis("lexicon")
        found: set[str] = set()
        for index, word in enumerate(words):
            if not word.text[:1].isupper():
                continue
            lower = word.text.lower()
            if lower in found:
                continue
            for other in (index - 1, index + 1):
                if not 0 <= other < len(words) or not words[other].text[:1].isupper():
                    continue
                neighbour = words[other]
                gap = doc.prose[min(word.end, neighbour.end) : max(word.start, neighbour.start)]
                if gap.strip():
                    continue
                if (
                    other < index
                    and vocabulary.starts_sentence(neighbour.start)
                    and lx.is_word(neighbour.text.lower())
                ):
                    continue
                found.add(lower)
                break
        return found

    @staticmethod
    def _opens_sentence(doc, words, index, vocabulary, named: set[str]) -> bool:
        """A capitalised form that opens a sentence or a quotation and is no name: the story
        never writes it next to another capitalised word ("Arent Jansen")."""
        word = words[index]
        prose, at = doc.prose, word.start
        while at > 0 and prose[at - 1].isspace():  # the last mark before it, past white space
            at -= 1
        if not (vocabulary.starts_sentence(word.start) or prose[at - 1 : at] in ("“", '"', "‘")):
            return False
        return word.text.lower() not in named


# Nouns of time: "this year's competition", "last week's vote", "a moment's notice".
_TIME_NOUNS = frozenset(
    """second minute hour day night week weekend fortnight month quarter season year decade
    century moment morning afternoon evening summer winter spring autumn term semester""".split()
)
# Words before a time noun that take one thing only: "this years" can only be "this year's".
_SINGULAR_DETERMINERS = frozenset("this each every another a an one".split())
# "last" and "next" are determiners unless a determiner or a verb stands before them.
_LAST_NEXT = frozenset(("last", "next"))
_DAYS = frozenset(("today", "tonight", "yesterday", "tomorrow"))


# Words that count, before a plural of time ("two years' experience").
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty sixty hundred thousand several few""".split()
)


@lru_cache(maxsize=1)
def measure_nouns() -> frozenset[str]:
    """Nouns a plural of time takes as a possessive after a number ("years' experience",
    "weeks' notice"), as English Wikipedia writes them (``data/measure_possessives.txt``,
    built by ``scripts/build_measure_possessives.py``)."""
    return frozenset(data_lines("measure_possessives.txt"))


def _is_number(text: str) -> bool:
    return text[:1].isdigit() and text.replace(",", "").replace(".", "").isdigit() or text.lower() in _NUMBER_WORDS


# Words that count one thing only, before a plural that must then be an owner: "one groups
# fears", "each countrys flag" ("a" and "this" are left to the time nouns: "a jobs report").
_ONE_OWNER = frozenset(("one", "each", "every", "another"))


def _owner_singular(plural: str) -> str | None:
    """The singular of a plural count noun that seldom describes another noun in the plural:
    "groups" -> "group", not "sports", "savings" or "sales" (their own nouns, or about as
    common as the singular: "every sports fan", "one sales drive")."""
    from .determiners import plurals, singular_plurals
    from .verbs import headword_s

    singular = plurals().get(plural)
    if singular is None or plural in singular_plurals() or plural in headword_s():
        return None
    if lx.zipf(plural) >= lx.zipf(singular) - 0.3:
        return None
    return singular


def _is_nominal(word) -> bool:
    """A noun or an adjective (what a possessive stands before), not a verb only; or a
    name ("last years Olympics", "todays DVD")."""
    text = word.text
    if text[:1].isupper():
        return text != "I"
    if not text[:1].islower():
        return False
    kinds = lx.tags(text.lower())
    return bool(set(kinds) & set("npa")) and "x" not in kinds


class PossessiveWithoutApostrophe(Rule):
    """A possessive written as a plural ("this years race", "each others views").

    *What it flags*: a noun of time written as a plural after a word that takes one thing
    only and before a noun ("this years competition", "last weeks vote", "a moments
    notice", "todays meeting"); a plural of time after a number before a noun it takes as a
    possessive ("two weeks notice", "15 years experience", "in two days time"; the nouns are
    those English Wikipedia writes so with the apostrophe); "each others" and "one anothers"
    before a noun; a plural after "one", "each", "every" or "another" before a noun that
    the tagger reads as a plural noun ("one groups fears", not "one goes down"); the plurals
    that take no "s" written with one ("childrens", "mens", "womens"); and an "s" added to a
    word that has no plural in "s": a noun in a consonant and "y" ("countrys", whose plural
    is "countries") or an indefinite pronoun ("everyones").

    *Why it matters*: the missing apostrophe turns a possessive into a plural the
    sentence cannot hold; readers stumble and the desk looks careless.

    *Flagged*: "This years competition starts on Monday."

    *Preferred*: "This year's competition starts on Monday."

    *Options*: none; switch the rule off or re-grade it with ``G103``.

    *Known limits*: only these structures, which are possessive whatever the sentence
    says, are checked: "the groups leader" is not caught. After a number, a noun followed
    by a verb is taken for a subject ("for two years work went on"), so "two weeks notice
    was given" is not caught either.
    "last"/"next" after a determiner or a verb ("the last weeks of", "could last weeks")
    are the plural and left alone.
    """

    code = "G103"
    name = "possessive-without-apostrophe"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "tags")
    examples = (
        flagged("This years competition starts on Monday.", "years"),
        flagged("She gave two weeks notice after 15 years experience.", "weeks", "years"),
        accepted("She gave two weeks' notice; for three years work went on."),
        flagged("The countrys leaders met as everyones patience ran out.", "countrys", "everyones"),
        flagged("Many citys agreed", "citys"),
        accepted("When one goes down the road, one finds bridges."),
        flagged("Last weeks vote was close, said Zoë Müller.", "weeks"),
        flagged("They ignored each others views at todays meeting.", "others", "todays"),
        flagged("She called it “a moments madness”.", "moments"),
        flagged('He said "the childrens ward" would close.', "childrens"),
        flagged("The vote came after last weeks debate", "weeks"),
        accepted(""),
        accepted("This year's competition starts on Monday."),
        accepted("In the last weeks of the campaign, it could last weeks longer."),
        accepted("“Each other’s views matter,” said Zoë Müller of Ağdam."),
        accepted("Over the next years, the years passed."),
        accepted("The mens rea of the offence was in doubt."),
        flagged("Leaders play on one groups fears about another.", "groups"),
        accepted("Every sports fan and one sales team came; each members club voted."),
        accepted("One dresses so well; no one underestimates Smith."),
    )

    def check(self, doc, context: Context):
        words = doc.words
        irregular = irregular_possessives()
        for index, word in enumerate(words):
            text = word.text
            lower = text.lower()
            if not lower.endswith("s") or not _standalone(doc.prose, word.start, word.end):
                continue
            if lower in irregular:
                following = _next_word(doc, words, index)
                if following is not None and following.text.lower() == "rea":
                    continue  # "mens rea", the legal Latin
                if text[:1].isupper() and index and not self._starts(doc, word):
                    continue  # a name or a title
                right = lx.recase(irregular[lower], text, capitals=True)
                yield self.finding(
                    doc,
                    word.start,
                    word.end,
                    f"\"{text}\" is not a word; the possessive is \"{right}\".",
                    suggestions=[right, lx.recase(lower[:-1], text, capitals=True)],
                )
                continue
            possessive = possessive_of(lower)
            if possessive is not None and lower not in contractions():  # (G102's "anyones")
                if text[:1].isupper() and index and not self._starts(doc, word):
                    continue  # a name ("Humphrys")
                yield self._lost_apostrophe(doc, words, index, possessive)
                continue
            stem = lower[:-1]
            if stem in _TIME_NOUNS and self._measure(doc, words, index):
                following = _next_word(doc, words, index)
                right = lx.recase(f"{lower}'", text, capitals=True)
                yield self.finding(
                    doc,
                    word.start,
                    word.end,
                    f"\"{text} {following.text}\" reads as a possessive: \"{right} {following.text}\".",
                    suggestions=[right],
                )
                continue
            if stem in _DAYS:
                previous = self._previous(doc, words, index)
                if previous is not None and previous.text.lower() in _DETERMINERS:
                    continue  # "all our yesterdays"
            elif stem in _TIME_NOUNS:
                previous = self._previous(doc, words, index)
                if previous is None or not self._takes_one(doc, words, index - 1):
                    continue
            elif lower in ("others", "anothers"):
                previous = self._previous(doc, words, index)
                if previous is None or previous.text.lower() != ("each" if lower == "others" else "one"):
                    continue
            elif index and words[index - 1].text.lower() in _ONE_OWNER and not text[:1].isupper() and _owner_singular(lower):
                previous = self._previous(doc, words, index)
                if previous is None or previous.text.lower() not in _ONE_OWNER:
                    continue
                stem = _owner_singular(lower)  # "one groups fears": "one group's fears"
                following = _next_word(doc, words, index)
                if following is None or not following.text.islower() or not set(lx.tags(following.text)) & set("np"):
                    continue  # "one dresses so", "no one underestimates Smith": a pronoun and its verb
                if not self._tagged_plural(doc, word):
                    continue  # "when one goes down", "one addresses children": "one" and its verb
            else:
                continue
            following = _next_word(doc, words, index)
            if following is None or not _is_nominal(following):
                continue
            right = lx.recase(f"{stem}'s", text, capitals=True)
            yield self.finding(
                doc,
                word.start,
                word.end,
                f"\"{text} {following.text}\" reads as a possessive: \"{right} {following.text}\".",
                suggestions=[right],
            )

    def _lost_apostrophe(self, doc, words, index, possessive):
        """"countrys", "everyones": a possessive before a noun ("the countrys leaders"),
        else no word (the plural is "countries")."""
        word = words[index]
        right = lx.recase(possessive, word.text, capitals=True)
        following = _next_word(doc, words, index)
        if following is not None and _is_nominal(following):
            message = f"\"{word.text} {following.text}\" reads as a possessive: \"{right} {following.text}\"."
            suggestions = [right]
        else:
            message = f"\"{word.text}\" is not a word; check whether the possessive \"{right}\" is meant."
            suggestions = [right]
            stem = possessive[:-2]
            if stem.endswith("y") and stem not in _INDEFINITE_PRONOUNS:
                plural = lx.recase(stem[:-1] + "ies", word.text, capitals=True)
                message = f"\"{word.text}\" is not a word: the plural is \"{plural}\", the possessive \"{right}\"."
                suggestions = [plural, right]
        return self.finding(doc, word.start, word.end, message, suggestions=suggestions)

    @staticmethod
    def _tagged_plural(doc, word) -> bool:
        """Does the tagger read ``word`` as a plural noun (not a verb: "one goes")?"""
        found = doc.analysis("tags").locate(word.start)
        if found is None:
            return False
        sentence, position = found
        return sentence.tokens[position].tag == "NNS"

    def _measure(self, doc, words, index) -> bool:
        """"two years experience", "three weeks notice": a number, a plural of time, then a
        noun it takes as a possessive, and no verb after that noun ("for two years work
        went on": the noun is a subject there)."""
        previous = self._previous(doc, words, index)
        if previous is None or not _is_number(previous.text):
            return False
        if doc.prose[words[index].end : words[index].end + 1] in ("'", "’"):
            return False  # "two years' experience": written as it should be
        following = _next_word(doc, words, index)
        if following is None or following.text not in measure_nouns():
            return False
        after = _next_word(doc, words, index + 1)
        if after is not None and after.text.islower():
            kinds = set(lx.tags(after.text))
            if "x" in kinds or kinds and kinds <= {"v"}:
                return False
        return True

    @staticmethod
    def _starts(doc, word) -> bool:
        return doc.analysis("lexicon").starts_sentence(word.start)

    @staticmethod
    def _previous(doc, words, index):
        if index == 0:
            return None
        previous = words[index - 1]
        if doc.prose[previous.end : words[index].start].strip():
            return None
        paragraph = doc.paragraph_at(words[index].start)
        if paragraph is None or previous.start < paragraph.start:
            return None
        return previous

    def _takes_one(self, doc, words, index) -> bool:
        """Is ``words[index]`` a word that takes one thing only ("this", "last")?"""
        lower = words[index].text.lower()
        if lower in _SINGULAR_DETERMINERS:
            return True
        if lower not in _LAST_NEXT:
            return False
        before = self._previous(doc, words, index)
        if before is None:
            return True
        before_lower = before.text.lower()
        if before_lower in _DETERMINERS or before_lower == "to":
            return False  # "the last weeks", "to last weeks"
        kinds = lx.tags(before_lower)
        return not (set(kinds) & set("npvx"))  # "could last weeks", "effects last weeks"
