"""The verb and noun tables the grammar rules read, and their shared reading of a paragraph's
words. The rules are one to a module: G201 ``verb_form.py``, G205
``adjective_for_adverb.py``; G202 and G203 in ``agreement/``.

The verb forms come from ``newslint/data/verb_forms.txt.gz`` (built by
``scripts/build_verb_data.py`` from lemminflect; sources in ``agreement_sources.txt``), read
each part the first time a rule needs it: ``past_only()`` (forms that can only be a simple
past, "became", "went", with their base and participle), ``past_base()`` (pasts that are
another verb's base, "saw", "fell"), ``participle_only()``, ``same_participle()`` ("build"
-> "built"),
``is_third()`` and ``third_base()`` (third-person forms), ``regular()`` and ``bases()``.
``count_nouns()`` and ``plural_of()`` tell count nouns and their plurals.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache

from .. import memos
from ..analysis import lexicon as lx
from ..datafiles import DATA as DATA  # re-exported: checks/agreement/nouns.py reads it
from ..datafiles import data_entries, data_words
from ..english import ARTICLES, DEMONSTRATIVES, POSSESSIVES, word_set
from ..english import (
    PRONOUN_SUBJECTS as PRONOUN_SUBJECTS,  # re-exported: verb_form.py, verb_slips.py
)
from ..sorted_words import BISECTED, SortedEntries, SortedLine, SortedWords

# -- the verb and noun tables ----------------------------------------------------------------


class KindLines(Mapping):
    """A data file's lines "kind<TAB>entries" as kind -> its entries, read where they lie in the
    file's text: a line is copied out only when asked for (``[kind]``), and ``sorted_line``
    reads one in place (copying the ~14 lines of the verb table cost ~250 kB of every start)."""

    def __init__(self, text: str):
        self.text = text
        self._spans: dict[str, tuple[int, int]] = {}  # kind -> where its entries lie
        at = 0
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            tab = text.find("\t", at, end)
            kind = text[at : end if tab < 0 else tab]
            self._spans[kind] = (end, end) if tab < 0 else (tab + 1, end)
            at = end + 1

    def __getitem__(self, kind: str) -> str:
        start, end = self._spans[kind]
        return self.text[start:end]

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def span(self, kind: str) -> tuple[int, int]:
        """Where the entries of ``kind`` lie in ``text``."""
        return self._spans[kind]

    def sorted_line(self, kind: str) -> SortedLine:
        """The entries of ``kind`` (sorted words separated by spaces) read in place."""
        return SortedLine(self.text, *self._spans[kind])


@lru_cache(maxsize=1)
def _verb_lines() -> KindLines:
    return KindLines(data_entries("verb_forms.txt.gz"))


@lru_cache(maxsize=1)
def past_only() -> dict[str, tuple[str, str]]:
    """Forms that can only be a simple past -> (base, participle): "became" -> ("become",
    "become"). Not "found" (also a base) nor "lit" (also a participle)."""
    table = {}
    for entry in _verb_lines()["past"].split():
        form, base, participle = entry.split(":")
        table[form] = (base, participle)
    return table


@lru_cache(maxsize=1)
def past_base() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Simple pasts that are the base of another verb too, never a participle -> (base,
    participles): "saw" -> ("see", ("seen",)), "bore" -> ("bear", ("born", "borne")). Wrong
    after "have" ("has saw"), right after a modal ("will saw the logs")."""
    table = {}
    for entry in _verb_lines().get("past_base", "").split():
        form, base, participles = entry.split(":")
        table[form] = (base, tuple(participles.split("/")))
    return table


@lru_cache(maxsize=1)
def same_participle() -> dict[str, tuple[str, ...]]:
    """Verbs whose past is their participle, in no "-ed" -> those participles, the commonest
    first: "build" -> ("built",), "pay" -> ("paid", "payed"). ``regular()`` has the "-ed"
    ones."""
    table = {}
    for entry in _verb_lines().get("same_participle", "").split():
        base, participles = entry.split(":")
        table[base] = tuple(participles.split("/"))
    return table


@lru_cache(maxsize=1)
def same_participle_forms() -> frozenset[str]:
    """Every participle of ``same_participle()``: "built", "paid", "sent"."""
    return frozenset(form for forms in same_participle().values() for form in forms)


@lru_cache(maxsize=1)
def participle_only() -> dict[str, str]:
    """Forms that can only be a participle -> base: "gone" -> "go"."""
    return dict(entry.split(":") for entry in _verb_lines()["participle"].split())


@lru_cache(maxsize=1)
def _thirds() -> tuple[SortedWords, dict[str, str]]:
    lines = _verb_lines()
    text, (first, last) = lines.text, lines.span("third")
    marked, odd = [], {}
    colon = text.find(":", first, last)
    while colon >= 0:  # the ~70 entries "form:base" ("bathes:bathe"), found by their colons
        start, end = text.rfind(" ", first, colon) + 1 or first, text.find(" ", colon, last)
        end = last if end < 0 else end
        form, _, base = text[start:end].partition(":")
        marked.append(form)
        if base:
            odd[form] = base
        colon = text.find(":", end, last)
    # (the line's "form:base" entries are no words of it: the list of their forms adds them)
    return SortedWords(lines.sorted_line("third"), sorted(marked)), odd


def thirds() -> SortedWords:
    """Every third-person form that is no other verb form ("goes", "decides")."""
    return _thirds()[0]


def is_third(word: str) -> bool:
    """A third-person form that is no other verb form: "goes", "decides" (not "found")."""
    return word in _thirds()[0]


def third_base(word: str) -> str | None:
    """The base of a third-person form: "goes" -> "go", "carries" -> "carry"."""
    odd = _thirds()[1]
    if word in odd:
        return odd[word]
    every = bases()
    for stem in (word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "", word[:-1]):
        if stem in every:
            return stem
    return None


class SortedPairs(Mapping):
    """Key -> value, read in place from one line of "key:value" entries sorted by key and
    separated by spaces, ``text[start:end]`` (``sorted_words.SortedEntries``): a key is found
    when it is first asked about. A dictionary of ``regular()``'s ~5,500 verbs cost ~1.3 ms,
    ~250 page faults and ~830 kB of every one-draft run, for the few dozen verbs a draft asks
    about."""

    def __init__(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        self._line = text if start == 0 and end == len(text) else None  # sliced when all is read
        self._text, self._start, self._end = text, start, end
        self._entries = SortedEntries(text, start, end, " ", ":")
        self._found: dict[str, str | None] = {}  # None for a key not listed
        self._all: dict[str, str] | None = None  # built once a run has asked many questions
        self._left = BISECTED

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: object, default=None):
        if key.__class__ is not str:
            return default
        if self._all is not None:
            return self._all.get(key, default)
        self._left -= 1
        if self._left < 0:  # a run over many drafts: one dictionary, as sorted_words does with a set
            self._all = dict(entry.partition(":")[::2] for entry in self.line().split())
            return self._all.get(key, default)
        if key in self._found:
            found = self._found[key]
        else:
            found = self._found[key] = self._entries.value(key)
        return default if found is None else found

    def line(self) -> str:
        """The entries, as written."""
        if self._line is None:
            self._line = self._text[self._start : self._end]
        return self._line

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return (entry.partition(":")[0] for entry in self.line().split())

    def __len__(self) -> int:
        return self._text.count(" ", self._start, self._end) + 1 if self._start < self._end else 0


@lru_cache(maxsize=1)
def regular() -> SortedPairs:
    """Verbs with one "-ed" past and participle whose base is no other verb form -> that
    participle: "marry" -> "married"."""
    lines = _verb_lines()
    text, (start, end) = lines.text, lines.span("regular")
    if text.count(":", start, end) != text.count(" ", start, end) + 1:  # (entries one space apart)
        raise ValueError("verb_forms.txt.gz: a regular verb without its participle")
    return SortedPairs(text, start, end)


class NounReadings:
    """Verb -> (times tagged as a noun, as a verb), read as a dictionary is for ``in`` and
    ``get``: a verb's line ("word<TAB>nouns<TAB>verbs", the lines sorted by the build script)
    is found where it lies in the data file's entries (``text``; ``SortedEntries``) when the
    verb is first asked about. A dictionary of all ~3,600 cost ~1.5 ms of every start, a list
    of their lines ~240 kB, for the ~50 verbs a draft asks about."""

    def __init__(self, text: str):
        self._lines = SortedEntries(text, sep="\n", mark="\t")  # ("\t" sorts before any letter)
        self._found: dict[str, tuple[int, int] | tuple[()]] = memos.Memo(16_384)  # () for a verb not listed

    def get(self, word: object, default=None):
        if word.__class__ is not str:
            return default
        found = self._found.get(word)
        if found is None:
            counts = self._lines.value(word)
            if counts is not None:
                nouns, verbs = counts.split("\t")
                found = (int(nouns), int(verbs))
            else:
                found = ()
            self._found.keep(word, found)
        return found or default

    def __contains__(self, word: object) -> bool:
        return self.get(word) is not None


@lru_cache(maxsize=1)
def _noun_readings() -> NounReadings:
    """Verb -> (times tagged as a noun, as a verb) in WordNet's sense-tagged texts, for the
    verbs WordNet knows as nouns too (``data/verbs_also_nouns.txt.gz``, built by
    ``scripts/build_verbs_also_nouns.py``)."""
    return NounReadings(data_entries("verbs_also_nouns.txt.gz"))


def verbs_also_nouns() -> NounReadings:
    """Verbs that are nouns too ("log", "dam", "palm", "need"), with how often each reading
    was seen: a plain verb before a noun may be a noun modifying it ("a log cabin")."""
    return _noun_readings()


def mostly_verb(word: str, base: bool = False) -> bool:
    """A third-person form (with ``base``, a plain form) of a verb that WordNet's tagged texts
    use at least three times as often as a verb as they use it as a noun, or that WordNet
    knows as no noun ("comes", "holds", "agrees", "show"; not "reports", "rates" or
    "claims"): after a noun it is a verb."""
    stem = word if base else third_base(word)
    if not stem:
        return False
    nouns, verbs = _noun_readings().get(stem, (0, None))
    if verbs is None:
        return True  # no noun in WordNet at all
    return verbs >= 3 * max(nouns, 1)


def plain_verb_word(word: str) -> bool:
    """A plain verb in lower case that is no adjective or adverb and that WordNet's tagged
    texts read mostly as a verb ("stay", "start", "fall"; not "stem", "report")."""
    return word.islower() and word in bases() and set(lx.tags(word)) <= set("nv") and mostly_verb(word, base=True)


def mostly_noun(word: str) -> bool:
    """A verb seen more often as a noun ("palm", "log"; not "need" or "run")."""
    nouns, verbs = _noun_readings().get(word, (0, 0))
    return nouns > verbs


class Layered(Mapping):
    """``first``, and for a key it lacks, ``then``: a large table with a few entries added,
    read as the dictionary ``{**then, **first}`` in ``first``'s order and then ``then``'s, with
    no copy of the large one (``regular()``'s ~5,500 verbs copied cost ~0.2 ms and ~200 kB of
    every start, for each of the two rules that add to it)."""

    def __init__(self, first: Mapping[str, str], then: Mapping[str, str]):
        self._first, self._then = first, then

    def __getitem__(self, key: str) -> str:
        found = self._first.get(key)
        return self._then[key] if found is None else found

    def get(self, key, default=None):  # Mapping's get and ``in`` go through a KeyError per miss
        found = self._first.get(key)
        return self._then.get(key, default) if found is None else found

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        yield from self._first
        yield from (key for key in self._then if key not in self._first)

    def __len__(self) -> int:
        return len(self._first) + sum(1 for key in self._then if key not in self._first)


class RegularPasts:
    """The "-ed" pasts of ``regular()``'s verbs, asked about as a frozenset is for ``in``: a
    word is one when a base it can be made from ("opened" -> "open", "voted" -> "vote",
    "married" -> "marry", "stopped" -> "stop", "bled" -> "bleed", "fled" -> "flee", "led" ->
    "lead") has it as its past. A frozenset of all ~5,500 cost ~0.6 ms and ~520 kB of every
    start."""

    def __init__(self, verbs: SortedPairs):
        self._verbs = verbs

    def __contains__(self, word: object) -> bool:
        if word.__class__ is not str or not word.endswith("ed"):
            return False
        verbs = self._verbs
        return any(verbs.get(base) == word for base in past_bases(word))


def past_bases(word: str) -> tuple[str, ...]:
    """The bases a regular "-ed" past can be made from: "opened" -> "open", "voted" -> "vote",
    "married" -> "marry", "stopped" -> "stop", "fled" -> "flee", "bled" -> "bleed", "led" ->
    "lead" (the last three a vowel shortened, which the verb tables list as regular)."""
    stem = word[:-2]
    return (stem, word[:-1], word[:-3] + "y", word[:-3], word[:-1] + "e", stem + "eed", stem + "ead")


@lru_cache(maxsize=1)
def regular_pasts() -> RegularPasts:
    """The "-ed" pasts of those verbs: "married", "opened"."""
    return RegularPasts(regular())


@lru_cache(maxsize=1)
def pasts_of_bases() -> Layered:
    """A plain verb -> its simple past, when the verb tables know one ("vote" -> "voted",
    "become" -> "became")."""
    regulars, table = regular(), {}
    for past, (base, _) in past_only().items():
        if base not in regulars:
            table.setdefault(base, past)
    return Layered(regulars, table)


def past_of(base: str) -> str | None:
    """The simple past of a verb the tables know, those whose past is a base too or their
    participle as well: "spend" -> "spent", "marry" -> "married", "see" -> "saw"; None when
    they do not tell it."""
    found = pasts_of_bases().get(base) or next((past for past, (of, _) in past_base().items() if of == base), None)
    if found:
        return found
    forms = same_participle().get(base)
    return forms[0] if forms else None


@lru_cache(maxsize=1)
def pasts() -> SortedWords:
    """Every simple-past form ("thought", "said", "went", "opened")."""
    return SortedWords(_verb_lines().sorted_line("pasts"))


@lru_cache(maxsize=1)
def bases() -> SortedWords:
    """Every base form of a verb."""
    return SortedWords(_verb_lines().sorted_line("base"))


@lru_cache(maxsize=1)
def _noun_lines() -> KindLines:
    return KindLines(data_entries("noun_forms.txt.gz"))


@lru_cache(maxsize=1)
def _more_noun_lines() -> KindLines:
    """The count nouns lemminflect lacks ("website", "blogger", "hashtag"), by plural, as in
    ``noun_forms.txt.gz`` (``scripts/build_more_count_nouns.py``)."""
    return KindLines(data_entries("more_count_nouns.txt"))


@lru_cache(maxsize=1)
def _nouns_by_plural_lines() -> tuple[tuple[SortedLine, SortedLine], ...]:
    """For "s", "es" and "ies": the line of lemminflect's count nouns and the line of those it
    lacks."""
    lines, more = _noun_lines(), _more_noun_lines()
    return tuple((lines.sorted_line(kind), more.sorted_line(kind)) for kind in ("s", "es", "ies"))


@lru_cache(maxsize=1)
def nouns_by_plural() -> tuple[SortedWords, SortedWords, SortedWords]:
    """The count nouns whose plural adds "s" ("year"), adds "es" ("box"), and ends "y" -> "ies"
    ("city"); those of other plurals are ``_odd_plurals``."""
    adds_s, adds_es, ies = _nouns_by_plural_lines()
    return SortedWords(*adds_s), SortedWords(*adds_es), SortedWords(*ies)


@lru_cache(maxsize=1)
def count_nouns() -> SortedWords:
    """Singular count nouns ("year", "member"); mass nouns ("information") are not in it."""
    return SortedWords(*(line for pair in _nouns_by_plural_lines() for line in pair), sorted(_odd_plurals()))


@lru_cache(maxsize=1)
def headword_s() -> frozenset[str]:
    """Nouns ending in "s" that are headwords of their own ("commons", "means", "series")."""
    return frozenset(_noun_lines()["headword_s"].split())


@lru_cache(maxsize=1)
def zero_plurals() -> frozenset[str]:
    """Animals whose plural is the singular ("menhaden", "caribou", "reindeer")."""
    return frozenset(_noun_lines().get("zero_plural", "").split())


@lru_cache(maxsize=1)
def _odd_plurals() -> dict[str, str]:
    return dict(entry.split(":") for entry in _noun_lines()["other"].split())


def plural_of(singular: str) -> str | None:
    """The plural of a count noun: "year" -> "years", "city" -> "cities", "man" -> "men".

    Made for the word asked about, not for all ~9,000 count nouns at once (a draft asks about a few)."""
    odd = _odd_plurals()
    if singular in odd:
        return odd[singular]
    adds_s, adds_es, ies = nouns_by_plural()
    if singular in ies:
        return singular[:-1] + "ies"
    if singular in adds_es:
        return singular + "es"
    if singular in adds_s:
        return singular + "s"
    return None


def irregular_plurals() -> dict[str, str]:
    """Plurals not made with "s" -> their singular: "men" -> "man", "criteria" -> "criterion"."""
    return {plural: singular for singular, plural in _odd_plurals().items() if not plural.endswith("s")}


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Prepositions, conjunctions and wh-words (``data/function_words.txt``)."""
    return data_words("function_words.txt")


# -- shared reading of a paragraph's tokens --------------------------------------------------

# Words that may stand between an auxiliary and its verb besides adverbs.
_NEGATIONS = word_set("not never n't")
# Words after which a clause starts: an auxiliary here may come before its subject.
INVERSION_OPENERS = word_set(
    ". ! ? ; : “ \" ‘ ( — – what where when why how who which whom whose never rarely seldom"
    " nor neither only not so"
)
_DO = word_set("do does did don't doesn't didn't")
# A relative clause that ends with its auxiliary: "what he had became clear", "the money she
# had went to charity". The verb after the auxiliary then belongs to the outer clause.
_RELATIVE_OPENERS = word_set(
    "what whatever that which who whom all everything anything something nothing whichever"
)
DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | word_set("whose each every another some any no either neither")


def is_word(token) -> bool:
    return token[0][:1].isalpha()


def adverb(word: str) -> bool:
    """A word that can only be an adverb here ("never", "also", "finally")."""
    if word in _NEGATIONS:
        return True
    found = lx.tags(word)
    return "r" in found and not ({"v", "n", "x"} & set(found))


def _noun_like(token) -> bool:
    if not is_word(token) or token[0] in function_words():
        return False
    if token[3][:1].isupper():
        return True
    found = lx.tags(token[0])
    return "n" in found or "p" in found


def relative_before(tokens, i: int, reduced: bool = True) -> bool:
    """The auxiliary at ``i`` may end a relative clause: "what he had", "everything that it
    was" and, with ``reduced``, "the money she had" (no "that")."""
    k = i - 1
    if tokens[i][0] in ("be", "have") and k >= 1 and tokens[k][0] == "to" and "v" in lx.tags(tokens[k - 1][0]):
        k -= 2  # "how it came to be": the verb before "to" belongs to the clause
    if k < 0:
        return False
    if k == i - 1 and tokens[k][0] in _RELATIVE_OPENERS and tokens[i][0] not in _DO:
        return False  # "analysts who had expect", "a firm that has claim": the relative is
        # the auxiliary's own subject, so the verb after it belongs to the relative clause
        # ("those who did took time": "did" stands for a verb left out)
    # the subject of the auxiliary: a pronoun, or a short noun phrase
    if tokens[k][0] in PRONOUN_SUBJECTS or tokens[k][0] in ("one", "you"):
        k -= 1
    else:
        steps = 0
        while k >= 0 and steps < 4 and _noun_phrase_word(tokens[k]):
            if tokens[k][0] in DETERMINERS:
                k -= 1
                break
            k -= 1
            steps += 1
    if k < 0:
        return False
    before = tokens[k][0]
    if before in _WH_SUBJECT_OPENERS and (k == 0 or tokens[k - 1][0] in ("and", "or", ".", ";", "!", "?")):
        return True  # "The plan and how it came to be explain the delay": a clause as subject
    if before in _RELATIVE_OPENERS:
        if before == "that" and not (k >= 1 and _noun_like(tokens[k - 1])):
            return False  # "said that he had went", "since 1917 that": "that" opens a clause
        return True
    # "the money she had went": a noun, then a subject with no "that"
    return (
        reduced
        and tokens[i - 1][0] in PRONOUN_SUBJECTS
        and _noun_like(tokens[k])
        and "r" not in lx.tags(before)
        and before not in _clause_openers()
    )


# Words that open a clause standing as a subject when nothing before it governs it.
_WH_SUBJECT_OPENERS = word_set("how why where when whether")


@lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    """Conjunctions and verbs of saying and thinking after which a noun opens a clause of its
    own ("because the money she had went"), from data/clause_openers.txt."""
    return data_words("clause_openers.txt")


def _noun_phrase_word(token) -> bool:
    """A word that may belong to a subject noun phrase (not a verb, a modal, a relative)."""
    if not is_word(token) or token[0] in _RELATIVE_OPENERS:
        return False
    if token[0] in DETERMINERS or token[3][:1].isupper():
        return True
    found = set(lx.tags(token[0]))
    return not found or bool({"n", "p", "a"} & found) and "x" not in found
