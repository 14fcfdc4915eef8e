"""C101: a name spelled one way once and another way elsewhere in the same story."""

from __future__ import annotations

import re

from ...rule import Context, Rule, accepted, flagged
from .people import (
    bare_reference,
    different_people,
    given_as_alternatives,
    gloss_of,
    is_contraction,
    particle_apart,
    piece_apart,
    refers_back,
)
from .similarity import (
    common_word,
    keystroke_slip,
    later_slip,
    looks_mistyped,
    name_variant,
    near_keys,
    transliteration_key,
)

_TIMES = {1: "once", 2: "twice"}


def _times(count: int) -> str:
    return _TIMES.get(count, f"{count} times")


class NameSpelledTwoWays(Rule):
    """A name spelled one way once and another way elsewhere in the same story.

    *What it flags*: a capitalised name that the story uses once, when a name one letter
    away from it (a letter added, dropped, changed or two swapped), or the same name in
    another transliteration (Gaddafi / Qaddafi, Zelensky / Zelenskiy), appears at least
    twice. The finding is on the odd one out; it names the story's usual spelling and where
    it is used.

    *Why it matters*: a misspelled name is the error readers and the people named notice
    first, and it is the one a spell checker cannot catch: neither "Peston" nor "Pestno" is
    in a dictionary.

    *Flagged*: "Robert Peston wrote the book. Mr Peston said so. Mr Pestno told BBC News."

    *Preferred*: "Robert Peston wrote the book. Mr Peston said so. Mr Peston told BBC News."

    When each spelling appears once, the finding needs more: a later reference ("Mr
    Croicher", or "Croicher" alone when it is no common name or word) to a person the
    story introduced by full name ("Mark Croucher"), a
    spelling whose letters English names rarely have ("Quonr" beside "Quorn"), or a
    keystroke slip (two letters swapped, one doubled, dropped or changed) at the later use
    that is no English word or known name, of a name that is neither ("Dalvora" after
    "Dalvoria"), or one that reads less like English than the other spelling ("Kestrelfrod"
    beside "Kestrelford"); a name marked "[sic]", or two spellings offered side by side
    ("Murtea or Myrtea", "Kadafi (also spelled Qadafi)"), is left alone.

    *Options*: a spelling in the ``vocabulary`` accept list is never flagged.

    *Known limits*: different names that differ by one letter in the middle (Busch / Bush)
    are flagged when one of them appears once; names that differ at the first or the last
    letter (Iran / Iraq, Brown / Browne, Ann / Anne) never are, unless a letter is tripled;
    nor are names followed by different surnames or preceded by different first names
    (Philip Hammond / Phillip Lee, even when one of them is a slip for the other). A
    name spelled each way the same number of times is not flagged: the story gives no
    majority to go by, unless one spelling is a later reference to the other's full name or
    a clear keystroke slip. Of two spellings used once each, a keystroke slip at the later
    use is flagged even when the earlier spelling is the wrong one (the finding shows both).
    """

    code = "C101"
    name = "name-spelled-two-ways"
    family = "consistency"
    severity = "warning"
    needs = ("names",)
    examples = (
        flagged(
            "Robert Peston wrote the book. Mr Peston said so. Mr Pestno told BBC News.",
            "Pestno",
        ),
        flagged(
            "Police chief Andy Hayman backed the law. Mr Hyman said: “We can.” Mr Hayman "
            "added that it was fair.",
            "Hyman",
        ),
        flagged("Gaddafi spoke. Later Gaddafi left Tripoli, and Qaddafi's son stayed.", "Qaddafi"),
        flagged("Zelenskiy met aides. President Zelensky said “no”. Zelensky left.", "Zelenskiy"),
        flagged(
            'Nikol Pashinyan met Ilham Aliyev. Pashinyan said "we will talk". Pashinian left.',
            "Pashinian",
        ),
        flagged("Mr Hyman spoke to Andy Hayman. Mr Hayman agreed.", "Hyman"),
        flagged("Bill Clinton spoke. Mr Clinton left, and the Cintons went home.", "Cintons"),
        accepted("Bill Clinton spoke. Mr Clinton left, and the Clintons went home."),
        accepted("Corey Lewandowski spoke. James Comey left. Mr Comey said so."),
        accepted("Google rose. Google fell. Tim Koogle, a founder, spoke."),
        accepted("Bush spoke. Mr Bush left. The Busch family met. Bush sat."),
        accepted("Colin Powell spoke. Colin Firth left. Judy Collins sang."),
        flagged("Zoë Müller spoke. Ms Müller left, and Ms Mülller returned.", "Mülller"),
        accepted(""),
        accepted("Tony Blair met Gordon Brown in London."),
        accepted("Iran and Iraq signed a deal. Iran said so. Iraq did too, Iran added."),
        accepted("Austria and Australia met. Austria won. Australia lost. Austria danced."),
        accepted(
            "Mr Clinton spoke. Mr Clinton's aide left. The Clintons went home. Clinton slept."
        ),
        accepted("Gordon Brown and Des Browne met. Mr Brown spoke. Mr Browne left. Mr Brown sat."),
        accepted("Ann Smith and Anne Jones met. Ann spoke. Anne left. Ann stayed."),
        accepted("Bill Clinton and Hillary Clinton spoke. Mr Clinton said so. Mrs Clinton agreed."),
        accepted("Armenia and Armenian troops. Armenia said so. Armenia agreed."),
        accepted("Philip Hammond met Phillip Lee. Philip Hammond said so. Hammond left."),
        accepted("Mr Hayman spoke. Mr Hyman spoke."),
        accepted(
            "Zelenskiy met aides. President Zelensky said so. Zelensky left.",
            accept=frozenset({"Zelenskiy"}),
        ),
        accepted("Obama spoke. Obama said Osama bin Laden was dead, Obama added."),
        accepted("Boeing sold jets in Beijing. Boeing said so. Boeing rose."),
        flagged("The Quorn hunt met. A member of the Quonr hunt said so.", "Quonr"),
        flagged("Mark Croucher runs the firm. “It works,” Mr Croicher said.", "Croicher"),
        accepted("Mark Oaten spoke. Park Lane was closed. Mark Oaten left."),
        flagged("The Kestrelford estate was sold. Buyers of Kestrelfrod wines paid more.",
                "Kestrelfrod"),
        flagged("Hallingbury Mill shut. “Hallinngbury is finished,” a worker said.",
                "Hallinngbury"),
        accepted("The Taleban retreated. Taliban fighters regrouped."),
        accepted("Delegates met. “We’ve won,” one said. “We’re here,” said another. “We’re tired.”"),
        flagged("Tom O’Brien spoke. Mr O’Brien left. Mr O’Brian returned.", "O’Brian"),
        flagged("Senator Dana Kowalczyk spoke first. Later Kowalcyzk left the hall.", "Kowalcyzk"),
        accepted("Dana Kowalczyk spoke first. Later Kowalski left the hall."),
        flagged("Ms Hartwell spoke. Ms Hartwell left. Ms Hartwelll returned.", "Hartwelll"),
        accepted("Kestrelford was sold. “Kestrelfrod [sic] wines are fine,” he wrote."),
        accepted("Chang Dae-whan won. Mr Chang spoke. Chang left. Mr Chung spoke."),
        accepted("Park Ji-Chang lost the vote. Kim Dae-Chang spoke. Mr Chung spoke. Chung left."),
        # a piece of a hyphenated given name is no surname, whatever it is close to
        accepted("Kim Dae-Borvik spoke. Mr Kim said so. Mr Borvak spoke. Borvak left."),
        accepted(
            "The Fondation pour l'Enfance (Foundation for Childhood) said the Fondation would "
            "help the Fondation's families in Zürich."
        ),
        flagged(
            "The Stichting Hulpverlening (Aid Foundation) said the Stichting would pay. Later "
            "the Stiching agreed.",
            "Stiching",
        ),
        # a name the story also writes after a prefix or in a compound is still that name
        flagged(
            "Dana Velasko won. A pro-Velasko rally met. The Velasko-Ruiz ticket won. Velsako "
            "thanked them.",
            "Velsako",
        ),
        # a compound written once with a space instead of its hyphen is the same name
        flagged(
            "The Fenwick-Olsavsky law passed. Fenwick-Olsavsky rules apply. Repeal Fenwick "
            "Olsavksy, he said.",
            "Olsavksy",
        ),
        # the name goes on with the same particle each time
        flagged(
            "The Feria de Abril opened. The Feria de Abril closed. Crowds at the Ferria de "
            "Abril danced.",
            "Ferria",
        ),
        # a sentence in brackets is no translation of the name before it
        flagged(
            "Torvalen shares rose. Analysts at Torvalen said so. (Torvlaen later denied it.)",
            "Torvlaen",
        ),
        # a different word of a place or an organisation after it names no other person
        flagged(
            "Brackwell Community College opened. Brackwell Community College grew. The "
            "Brakwell Reform Temple shut.",
            "Brakwell",
        ),
        # one more first name in a family of several
        flagged(
            "Jerome Haskovitz and Jeanne Haskovitz spoke. Their daughter, Sophie Haskovtiz, "
            "sang.",
            "Haskovtiz",
        ),
        accepted(
            "Jerome Haskovitz spoke. Mr Haskovitz left. Sophie Haskovic, a rival, sang. "
            "Haskovitz sat."
        ),
        # of two spellings used once each, the later keystroke slip is the odd one
        flagged("Shares in Dalvoria rose on Monday. Analysts said Dalvora would grow.", "Dalvora"),
        flagged(
            "Workers at Ostravik Steel struck. A spokesman for Ostravek said talks would resume.",
            "Ostravek",
        ),
        flagged("Trump, Cruz, Rubio and Kasich spoke. Rubo left.", "Rubo"),
        # ... but not after a known name or a word, nor a variant given as one
        accepted("Police in Henry County arrived. Officers said Henty had left."),
        accepted("The Beacon Hotel shut. The photographer Cecil Beaton stayed there."),
        accepted("The town was known as Murtea or Myrtea in Latin."),
        accepted("The shrine of Ba'al stood there. Priests of Ba’al prayed."),
        accepted("Travellers to Тошкент and Ташкент wait."),
        # odd letters alone make no misspelling of a common word
        accepted("The Board met on Monday. The economist James Bovard spoke."),
        accepted("The Lutheran World Federation met. Preachers of the Word agreed."),
    )

    def check(self, doc, context: Context):
        from ...analysis.names import known_name

        names = doc.analysis("names")
        forms = names.forms
        # forms one edit apart share a key: the form with one letter deleted (or whole);
        # transliterations share their transliteration key
        neighbours: dict[str, set[str]] = {}
        for form in forms:
            for key in near_keys(form):
                neighbours.setdefault(key, set()).add(form)
        accepted_words = context.settings.accept
        for form, tokens in forms.items():
            if len(tokens) != 1 or form in accepted_words:
                continue  # the house vocabulary says this spelling is right
            if is_contraction(form):
                continue  # "We’ve" opening a quote is a word, not a name
            token = tokens[0]
            candidates = self._candidates(doc, forms, neighbours, form, token)
            suffix = ""
            if not candidates and _PLURAL.search(form):
                # "the Cintons" beside "Clinton" five times: the family, misspelled
                suffix = "s"
                candidates = (
                    [
                        other
                        for other in self._candidates(doc, forms, neighbours, form[:-1], token)
                        if len(forms[other]) >= 2 and other + "s" != form
                    ]
                    if not known_name(form)
                    else []
                )
            if len(candidates) != 1:
                continue  # none, or ambiguous between two names
            usual = candidates[0]
            places = forms[usual]
            if len(places) == 1 and (
                refers_back(token, places[0]) or bare_reference(token, places[0])
            ):
                message = (
                    f'Check the spelling of "{form}": this story calls '
                    f'{places[0].before} {usual} "{usual}" at first reference.'
                )
            elif suffix:
                message = (
                    f'Check the spelling of "{form}": this story spells the name "{usual}" '
                    f"{_times(len(places))} elsewhere."
                )
            else:
                message = (
                    f'Check the spelling of "{form}": this story spells it "{usual}" '
                    f"{_times(len(places))} elsewhere."
                )
            yield self.finding(
                doc,
                token.start,
                token.end,
                message,
                suggestions=[usual + suffix],
                related=[(t.start, t.end, f'"{usual}" here') for t in places],
            )

    @staticmethod
    def _candidates(doc, forms, neighbours, form, token) -> list[str]:
        """The names that ``form`` (used once, as ``token``) may be a misspelling of."""
        from ...analysis.names import known_name

        nearby = set().union(*(neighbours.get(key, ()) for key in near_keys(form)))
        candidates = []
        for other in sorted(nearby):
            if other == form or not name_variant(other, form) or is_contraction(other):
                continue
            if (
                known_name(form)
                and known_name(other)
                and (
                    len(forms[other]) == 1
                    or transliteration_key(form) != transliteration_key(other)
                    or min(len(form), len(other)) < 6
                )
            ):
                continue  # two real names: Walker / Walter, Iran / Iraq, Chang / Chung
            if different_people(token, forms[other]) or particle_apart(doc, token, forms[other]):
                continue
            if piece_apart(doc, token, forms[other]):
                continue  # "Hoe-Chang", part of a given name, beside the surname "Chung"
            if gloss_of(doc, token, forms[other]):
                continue  # "Fondation pour l'Enfance (Foundation for Childhood)"
            if given_as_alternatives(doc, token, forms[other]):
                return []  # "Gaddafi (also spelled Qaddafi)": one of the spellings on offer
            if _SIC.match(doc.text, token.end) or all(
                _SIC.match(doc.text, t.end) for t in forms[other]
            ):
                continue  # "Ms Hartwel's [sic]": the writer knows
            if len(forms[other]) == 1 and not _odd_one(token, forms[other][0]):
                continue  # of two spellings used once each, the other is the odd one
            candidates.append(other)
        return candidates


def _odd_one(token, other) -> bool:
    """Of two spellings of a name used once each (``token`` and ``other``), whether ``token``
    is the odd one: a later reference to the full name given at the other ("Mark Croucher"
    … "Mr Croicher"); else a later keystroke slip in it (``later_slip``); else a spelling
    whose letter sequences English names rarely have, or a clear keystroke slip that reads
    less like English than the other."""
    if refers_back(token, other) or bare_reference(token, other):
        return True
    if refers_back(other, token) or bare_reference(other, token):
        return False
    if token.start > other.start and later_slip(token.text, other.text):
        return True
    if other.start > token.start and later_slip(other.text, token.text):
        return False
    if keystroke_slip(other.text, token.text):
        return False
    if keystroke_slip(token.text, other.text):
        return True
    # odd letter sequences alone do not make a misspelling of a word: "James Bovard" … "the
    # Board", "Lutheran World" … "the Word"
    return looks_mistyped(token.text, other.text) and not common_word(other.text)


_PLURAL = re.compile(r"[^s]s$")


_SIC = re.compile(r"(?:['’]s?)?\s*[\[(]sic[\])]", re.IGNORECASE)
