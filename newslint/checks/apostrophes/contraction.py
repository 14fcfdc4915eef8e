"""G102: a contraction written without its apostrophe ("dont", "theyre", "they cant agree")."""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...english import ARTICLES, DEMONSTRATIVES, POSSESSIVES, PRONOUN_SUBJECTS, word_set
from ...rule import Context, Rule, accepted, flagged
from .forms import _DETERMINERS, _next_word, _standalone, contractions

_CONJUNCTIONS = frozenset(("and", "or", "nor", "but", "of"))  # "hes and shes", "the shes of"
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
_INTRODUCED = ARTICLES | DEMONSTRATIVES | POSSESSIVES | PRONOUN_SUBJECTS | word_set("how why what who")


def _plain_verb(word) -> bool:
    """A verb in its plain form ("be", "agree"), in lower case."""
    from ..verbs import bases

    text = word.text
    return text.islower() and (text in bases() or text in ("be", "have", "do")) and "v" in lx.tags(text)


def _foreign_next(doc, words, index) -> bool:
    """The word after "im" or "ive" is capitalised, no English word, or the form ends in a
    full stop: German "im" ("im Moos", "Im schwarzen", "im. Henryka"), not "im next"."""
    following = _next_word(doc, words, index)
    if following is None:
        return doc.prose[words[index].end : words[index].end + 1] == "."
    return following.text[:1].isupper() or not lx.is_word(following.text.lower())


class ContractionWithoutApostrophe(Rule):
    """A contraction written without its apostrophe ("dont", "theyre", "couldnt").

    *What it flags*: a contraction of "not" or of a pronoun's verb ("dont", "doesnt",
    "wasnt", "isnt", "couldnt", "youve", "theyre", "thats", "whats") written without its
    apostrophe, where the spelling without it is no English word. The forms come from the
    CMU Pronouncing Dictionary; those that are words of their own ("well", "were", "shell",
    "hell", "its", "wed") are never flagged, and "hes", "shes" and "hed" only where they run
    on into a sentence ("hes been told", "hed rather"), never after "the" or before "and"
    ("the hes and shes", "the hed"). "Cant" and "wont" are flagged after a subject and
    before a plain verb ("they cant agree"), a capitalised form of "not" before a plain
    verb even in a title ("I Just Dont Know"), and "Ill", "Id" and "Lets" opening a sentence
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
    sentence that runs on ("Ive been told"), not as the story's names. "im" and "ive" before
    a capitalised word or one the dictionary lacks, or before a full stop, are taken for
    German ("Addrich im Moos", "Im schwarzen Walfisch", "Park im. Henryka").
    """

    code = "G102"
    name = "contraction-without-apostrophe"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon",)
    # "Lets see": S205 reads "lets"/"let's" (and "its"/"it's") as a confusable pair and says
    # the same of the same word; one problem, one report
    gives_way_to = ("S205",)
    examples = (
        flagged("The council dont know when the bridge will reopen.", "dont"),
        flagged("Dont expect a quick answer, the mayor said.", "Dont"),
        flagged("Zoë Müller said she “didnt see it coming”.", "didnt"),
        flagged('Zoë Müller said "theyre not ready".', "theyre"),
        flagged("The minister said it wasnt", "wasnt"),
        flagged("Officials said hes been told.", "hes"),
        flagged("Ive been told im next.", "Ive", "im"),
        accepted("“They took 'im away,” she said."),
        accepted("He wrote “Addrich im Moos” and “Geschichte im hohen Rätien” at Park im. Henryka."),
        accepted("Im schwarzen Walfisch zu Askalon is a song."),
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
        flagged('She sang "I Just Dont Know" and "Wasnt Me".', "Dont", "Wasnt"),
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
                if _foreign_next(doc, words, index):
                    continue  # German "im": "Addrich im Moos", "Die Methode im Recht", "Park im. Henryka"
            if capitalised and not word.text.isupper():
                if vocabulary is None:
                    vocabulary = doc.analysis("lexicon")
                if named is None:
                    named = self._named_forms(doc, words)
                if self._title_case_heading(doc, word):
                    pass
                elif form.endswith("n't") and self._before_plain_verb(doc, words, index):
                    pass  # "I Dont Know", "Dont Walk Away": a title's "not" before its verb
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
    def _before_plain_verb(doc, words, index) -> bool:
        """Does a verb in its plain form follow, capitalised or not ("Dont Walk", "Didnt
        know")? Then a form of "not" is a contraction, not a name ("Arent Jansen")."""
        from ..verbs import bases

        following = _next_word(doc, words, index)
        if following is None:
            return False
        lower = following.text.lower()
        return (lower in bases() or lower in ("be", "have", "do")) and "v" in lx.tags(lower)

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
