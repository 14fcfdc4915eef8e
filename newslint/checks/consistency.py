"""Consistency rules (C): one story, one spelling of each name, word and figure."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..rule import Context, Rule, accepted, flagged

# -- similarity of names ----------------------------------------------------------------------


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment), capped at limit+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Lower case without diacritics: "Zoë" → "zoe"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Spellings that transliterations from Arabic, Russian, Ukrainian, Persian … trade for each
# other: Gaddafi / Qaddafi / Kadhafi, Zelensky / Zelenskiy / Zelenskyy, Pashinyan / Pashinian,
# Mohammed / Muhammad, Tchaikovsky / Chaikovsky.
_TRANSLIT = [
    ("tch", "ch"),
    ("kh", "k"),
    ("dh", "d"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("ch", "\x01"),
    ("sh", "\x02"),
    ("q", "k"),
    ("c", "k"),
    ("g", "k"),
    ("w", "v"),
    ("ou", "u"),
    ("iy", "y"),
    ("yy", "y"),
    ("ij", "y"),
    ("e", "a"),
    ("o", "a"),
    ("u", "a"),
]
_DOUBLE = re.compile(r"(.)\1+")
_TRIPLE = re.compile(r"([a-z])\1\1")


@lru_cache(maxsize=4096)
def transliteration_key(word: str) -> str:
    """A key equal for spellings of one name in different transliterations."""
    key = fold(word).replace("-", "").replace("'", "").replace("’", "")
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    return _DOUBLE.sub(r"\1", key)


_FIRST_LETTER_CLASSES = ("gqkc", "iyj", "vw", "ao", "eiy", "ou")


def _same_first_sound(a: str, b: str) -> bool:
    return a[:1] == b[:1] or any(a[:1] in c and b[:1] in c for c in _FIRST_LETTER_CLASSES)


def name_variant(a: str, b: str) -> bool:
    """Whether two name forms look like one name spelled two ways.

    One edit apart (a letter added, dropped, changed or two swapped), except at the first
    letter (Mark / Park) and at the last (Iran / Iraq, Brown / Browne, Clinton / Clintons,
    Armenia / Armenian); or equal but for the letters that transliterations trade
    (Gaddafi / Qaddafi, Zelensky / Zelenskiy). Both forms have at least four letters.
    """
    la, lb = fold(a), fold(b)
    if la == lb or min(len(la), len(lb)) < 4 or max(len(la), len(lb)) < 5:
        return False
    distance = osa_distance(la, lb, 3)
    if distance == 1:
        if (la.startswith(lb) or lb.startswith(la)) and not _TRIPLE.search(la + " " + lb):
            return False  # Clinton / Clintons; but Jowell / Jowelll is a slip
        if len(la) == len(lb) and la[:-1] == lb[:-1]:
            return False
        if la[0] != lb[0]:
            return _same_first_sound(la, lb) and len(la) >= 6 and la[1:] == lb[1:]
        return True
    if distance > 3 or min(len(la), len(lb)) < 6 or not _same_first_sound(la, lb):
        return False
    return transliteration_key(la) == transliteration_key(lb)


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


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
    keystroke slip (two letters swapped, one doubled, dropped or changed) that is no English
    word and reads less like English than the other spelling ("Kestrelfrod" beside
    "Kestrelford"); a name marked "[sic]" is left alone.

    *Options*: a spelling in the ``vocabulary`` accept list is never flagged.

    *Known limits*: different names that differ by one letter in the middle (Busch / Bush)
    are flagged when one of them appears once; names that differ at the first or the last
    letter (Iran / Iraq, Brown / Browne, Ann / Anne) never are, unless a letter is tripled;
    nor are names followed by different surnames or preceded by different first names
    (Philip Hammond / Phillip Lee, even when one of them is a slip for the other). A
    name spelled each way the same number of times is not flagged: the story gives no
    majority to go by, unless one spelling is a later reference to the other's full name or
    a clear keystroke slip.
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
        flagged("Senator Dana Kowalczyk spoke first. Later Kowalcyzk left the hall.", "Kowalcyzk"),
        accepted("Dana Kowalczyk spoke first. Later Kowalski left the hall."),
        flagged("Ms Hartwell spoke. Ms Hartwell left. Ms Hartwelll returned.", "Hartwelll"),
        accepted("Kestrelford was sold. “Kestrelfrod [sic] wines are fine,” he wrote."),
        accepted("Chang Dae-whan won. Mr Chang spoke. Chang left. Mr Chung spoke."),
        accepted("Park Ji-Chang lost the vote. Kim Dae-Chang spoke. Mr Chung spoke. Chung left."),
        accepted(
            "The Fondation pour l'Enfance (Foundation for Childhood) said the Fondation would "
            "help the Fondation's families in Zürich."
        ),
        flagged(
            "The Stichting Hulpverlening (Aid Foundation) said the Stichting would pay. Later "
            "the Stiching agreed.",
            "Stiching",
        ),
    )

    def check(self, doc, context: Context):
        from ..analysis.names import known_name

        names = doc.analysis("names")
        forms = names.forms
        # forms one edit apart share a key: the form with one letter deleted (or whole);
        # transliterations share their transliteration key
        neighbours: dict[str, set[str]] = {}
        for form in forms:
            for key in _near_keys(form):
                neighbours.setdefault(key, set()).add(form)
        accepted_words = context.settings.accept
        for form, tokens in forms.items():
            if len(tokens) != 1 or form in accepted_words:
                continue  # the house vocabulary says this spelling is right
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
                _refers_back(token, places[0]) or _bare_reference(token, places[0])
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
        from ..analysis.names import known_name

        nearby = set().union(*(neighbours.get(key, ()) for key in _near_keys(form)))
        candidates = []
        for other in sorted(nearby):
            if other == form or not name_variant(other, form):
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
            if _different_people(token, forms[other]) or _particle_after(doc, token):
                continue
            if _hyphen_piece(doc, token) != any(_hyphen_piece(doc, t) for t in forms[other]):
                continue  # "Hoe-Chang", part of a given name, beside the surname "Chung"
            if _gloss_of(doc, token, forms[other]):
                continue  # "Fondation pour l'Enfance (Foundation for Childhood)"
            if _SIC.match(doc.text, token.end) or all(
                _SIC.match(doc.text, t.end) for t in forms[other]
            ):
                continue  # "Ms Hartwel's [sic]": the writer knows
            if (
                len(forms[other]) == 1
                and not _refers_back(token, forms[other][0])
                and not _bare_reference(token, forms[other][0])
                and (
                    _refers_back(forms[other][0], token)
                    or _bare_reference(forms[other][0], token)
                    or _slip(other, form)
                )
            ):
                # of two spellings used once each, the other is the odd one: a later
                # reference to the full name given here, or a keystroke slip
                continue
            if len(forms[other]) == 1 and not (
                _refers_back(token, forms[other][0])
                or _bare_reference(token, forms[other][0])
                or _looks_mistyped(token.text, other)
                or _slip(token.text, other)
            ):
                continue
            candidates.append(other)
        return candidates


def _hyphen_piece(doc, token) -> bool:
    """Whether the token is the second part of a hyphenated word ("Chang" of "Hoe-Chang")."""
    return token.start >= 2 and doc.prose[token.start - 1] == "-" and doc.prose[token.start - 2].isalpha()


_GLOSS_REACH = 80


def _gloss_of(doc, token, others) -> bool:
    """Whether the token and one of ``others`` are a name and its translation in brackets.

    "Fondation pour l'Enfance (Foundation for Childhood)", or the other way round: one is
    inside the brackets that follow the phrase the other one is in, in the same paragraph.
    """
    for inner, outer in [(token, t) for t in others] + [(t, token) for t in others]:
        opening = doc.prose.rfind("(", max(0, inner.start - _GLOSS_REACH), inner.start)
        if opening < 0 or ")" in doc.prose[opening : inner.start]:
            continue
        if outer.end <= opening and opening - outer.end <= _GLOSS_REACH and "\n" not in doc.prose[outer.end : opening]:
            return True
    return False


_PLURAL = re.compile(r"[^s]s$")
_SIC = re.compile(r"(?:['’]s?)?\s*[\[(]sic[\])]", re.IGNORECASE)


_PARTICLE = re.compile(
    r"[ \t]+(?:bin|ibn|bint|al|el|de|da|di|del|della|van|von|der|le|la|dos|das|du)[ \t-]+[A-Z]"
)


def _particle_after(doc, token) -> bool:
    """Whether the name goes on with a particle: "Osama bin Laden", "Ali al-Sistani"."""
    return bool(_PARTICLE.match(doc.prose, token.end))


def _looks_mistyped(form: str, other: str) -> bool:
    """Whether ``form`` has letter sequences English spelling rarely has, and ``other`` not.

    "Quonr" beside "Quorn", "Heahrow" beside "Heathrow": a slip of the keyboard leaves a
    sequence of letters that real names seldom have.
    """
    from ..analysis.names import letter_scores

    mine, theirs = letter_scores(form), letter_scores(other)
    total = sum(theirs) - sum(mine)
    worst = min(theirs) - min(mine)
    return total >= 5.0 or (worst >= 1.9 and total >= -2.5)


def _edit_kind(form: str, other: str) -> str | None:
    """How ``form`` is ``other`` with one keystroke slip: "swap", "double", "insert",
    "drop" or "replace"; None when it is not one slip."""
    if len(form) == len(other):
        diff = [i for i in range(len(form)) if form[i] != other[i]]
        if len(diff) == 1:
            return "replace"
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            i = diff[0]
            if form[i] == other[i + 1] and form[i + 1] == other[i]:
                return "swap"
        return None
    if len(form) == len(other) + 1:
        for i in range(len(form)):
            if form[:i] + form[i + 1 :] == other:
                neighbours = form[i - 1 : i] + form[i + 1 : i + 2]
                return "double" if form[i] in neighbours else "insert"
        return None
    if len(form) + 1 == len(other):
        return "drop" if _edit_kind(other, form) else None
    return None


def _slip(form: str, other: str) -> bool:
    """Whether ``form``, used once, reads as a keystroke slip in ``other``, also used once.

    Two letters swapped ("Kestrelfrod" / "Kestrelford"), a letter doubled ("Hallinngbury"), dropped
    or changed, when ``form`` is no English word and its letter sequences are less usual
    than those of ``other`` (so of two names used once each, only the odder one is flagged;
    a changed letter needs a clearer difference: "Taleban" / "Taliban" is not flagged).
    """
    from ..analysis.lexicon import is_word
    from ..analysis.names import letter_scores

    a, b = fold(form), fold(other)
    kind = _edit_kind(a, b)
    if kind is None or kind == "insert" or is_word(a.replace("’", "'")):
        return False
    total = sum(letter_scores(other)) - sum(letter_scores(form))
    return total >= 1.0 if kind == "replace" else total > 0


def _refers_back(token, first) -> bool:
    """Whether ``token`` is a later reference to the person introduced as ``first``.

    "Mark Croucher" … "Mr Croicher": a first name and surname, then the same surname (give or
    take a letter) after a title or the same first name, later in the story.
    """
    from ..analysis.names import TITLES

    if first.start >= token.start or not first.before or first.before in TITLES:
        return False
    return token.before in TITLES or token.before == first.before


def _bare_reference(token, first) -> bool:
    """Whether ``token`` is a later bare-surname reference to the person introduced as
    ``first``: "Halvard Tromsbakken" … "Tromsbaken said", when "Tromsbaken" is neither a
    common name nor a word.
    """
    from ..analysis.lexicon import is_word
    from ..analysis.names import PARTICLES, TITLES, known_name

    return (
        first.start < token.start
        and bool(first.before)
        and first.before not in TITLES
        and first.before not in PARTICLES
        and not token.before
        and not token.after
        and not known_name(token.text)
        and not is_word(fold(token.text).replace("’", "'"))
    )


def _near_keys(form: str) -> list[str]:
    folded = fold(form)
    keys = [folded, "\x00" + transliteration_key(form)]
    keys.extend(folded[:i] + folded[i + 1 :] for i in range(len(folded)))
    return keys


def _different_people(token, others) -> bool:
    """Whether ``token`` and the tokens ``others`` belong to names of different people.

    They do when the odd one is followed by a different surname than every use of the usual
    form, or preceded by a different first name; when one is used as a first name and the
    other as a surname ("Corey Lewandowski" / "Mr Comey", "Dave Caris" / "Chris Christie");
    or when the odd one is part of a person's name and the usual one is a well-known name
    that always stands alone ("Tim Koogle" / "Google", "Lian Chia Liang" / "China").
    """
    from ..analysis.names import PARTICLES, TITLES, known_name

    def named_before(t) -> bool:  # a first name (not a title or particle) before it
        return bool(t.before) and t.before not in TITLES and t.before not in PARTICLES

    afters = {t.after for t in others if t.after}
    if token.after and afters and token.after not in afters:
        return True
    befores = {t.before for t in others if named_before(t)}
    if named_before(token) and befores and token.before not in befores:
        return True
    as_first = [t for t in others if t.after and not named_before(t)]
    as_surname = [t for t in others if t.before and not t.after]
    if token.after and not named_before(token) and as_surname and not as_first:
        return True
    if named_before(token) and not token.after and as_first and not as_surname:
        return True
    alone = all(not t.before and not t.after for t in others)
    if (named_before(token) or token.after) and alone and known_name(others[0].text):
        return True
    return False


_VARIETY_NAMES = {"en-GB": "British", "en-US": "American"}


class MixedUsUkSpelling(Rule):
    """A US spelling in a story otherwise spelled the UK way, or the reverse.

    *What it flags*: each word spelled the way of the story's minority variety of English
    ("color", "organized" in a story that writes "neighbouring", "criticised",
    "centre"). The story's variety is the one most of its US- or UK-specific spellings
    follow; when they are evenly split, the conventions of each side decide ("Mr Blair" /
    "Mr. Blair", "per cent" / "percent", "7 February" / "February 7", "towards" / "toward").
    A single US spelling in a story with no UK one is still flagged when the story follows
    British habits ("Mr Blair", which American copy hardly ever writes; or two of "£5bn",
    "Tory MPs", "whilst") and fewer American ones. With
    ``spelling = "en-GB"`` or ``"en-US"`` in the configuration, that variety is the house
    style and every word spelled the other way is flagged.

    *Why it matters*: a story is spelled one way throughout; a stray "color" in British copy
    reads as a slip, and usually is one (pasted wire copy, a spell checker set to the
    wrong language).

    *Flagged*: "The organisation criticised the plan and said the colour of the flag and the
    center of the city mattered."

    *Preferred*: "The organisation criticised the plan and said the colour of the flag and the
    centre of the city mattered."

    A story that writes -ize twice or more and never -ise, beside other British spellings or
    habits ("organize", "recognize", "colour", "Mr Lee"), follows Oxford spelling: its -ize
    words are British and are not flagged.

    *Options*: the top-level ``spelling`` key ("auto", "en-US", "en-GB"), and ``spelling:``
    in a draft's front matter ("en-GB", "british", "en-US", "american"), which wins for that
    draft; words in the ``vocabulary`` accept list are never flagged.

    *Known limits*: capitalised words inside names are left alone ("World Health
    Organization", "Labor Party", "Rockefeller Center"). A story with one US and one UK
    spelling has no majority and is not flagged. Words whose two spellings are both common in
    American copy ("catalogue", "theatre", "grey") do not count. The pairs come from SCOWL's
    word lists.
    """

    code = "C102"
    name = "mixed-us-uk-spelling"
    family = "consistency"
    severity = "warning"
    needs = ("variants",)
    examples = (
        flagged(
            "The organisation criticised the plan and said the colour of the flag and the "
            "center of the city mattered.",
            "center",
        ),
        flagged(
            "Headline\n\nThe organization criticized the plan. “The honour is ours,” the "
            "mayor said of the color guard.",
            "honour",
        ),
        flagged(
            'Headline\n\nThe organisation apologised. "We recognize the problem," Zoë '
            "Müller said. The defence rested.",
            "recognize",
        ),
        flagged(
            "Color was the issue. The organisation criticised the neighbouring council.", "Color"
        ),
        flagged("The organisation said the colour had been chosen by the favorite", "favorite"),
        flagged(
            "Headline\n\nMr Blair spoke on 7 February. Prices rose 5 per cent. The color was "
            "red and the organisation agreed.",
            "color",
        ),
        flagged(
            "Headline\n\nMr Blair spoke. The color was red and the organisation agreed.", "color"
        ),
        accepted(
            "Headline\n\nMr Blair spoke. Mr. Brown said the color was red and the "
            "organisation agreed."
        ),
        flagged("Mr Blair said the £5bn center would open. Mr Brown agreed.", "center"),
        flagged("Tory MPs backed the £5bn plan, whilst the center objected", "center"),
        accepted("Mr Blair said the $5 billion center would open. Mr. Brown agreed."),
        flagged("Mr Blair said the center would open.", "center"),
        flagged("Talks\n\nThe colour was red.", "colour", spelling="en-US"),
        accepted(""),
        accepted("The organisation criticised the plan."),
        accepted("The organisation criticised the plan, the World Health Organization said."),
        accepted("The colour was chosen at the center."),
        accepted("The theatre group criticized the organization's catalogue."),
        accepted("Headline\n\nThe colour was red.", spelling="en-GB"),
        flagged(
            "Headline\n\nMr Okafor said the favor was returned in Łódź.", "favor"
        ),
        flagged(
            "---\nspelling: en-GB\n---\n\nThe center of Zürich was closed.\n",
            "center",
            path="example.md",
        ),
        accepted(
            "Headline\n\nThe organization will recognize the colour of the centre, Mr Lee said, "
            "and the neighbouring council will organize a vote."
        ),
        flagged(
            "Headline\n\nThe organisation criticised the colour of the centre and will "
            "recognize the neighbouring council.",
            "recognize",
        ),
    )

    def check(self, doc, context: Context):
        varieties = doc.analysis("variants")
        configured = _front_matter_spelling(doc) or context.settings.spelling
        if configured in _VARIETY_NAMES:
            expected = configured
        else:
            expected = varieties.variety
            if not expected or varieties.score(expected) < 2:
                return
        other = "en-US" if expected == "en-GB" else "en-GB"
        usual = varieties.of(expected)
        examples = list(dict.fromkeys(s.text.lower() for s in usual))[:3]
        if not examples:
            examples = ["Mr Smith", "per cent"] if expected == "en-GB" else ["Mr. Smith", "percent"]
        for spelling in varieties.of(other):
            if (
                spelling.text in context.settings.accept
                or spelling.text.lower() in context.settings.accept
            ):
                continue  # the house vocabulary accepts this spelling
            if configured in _VARIETY_NAMES:
                message = (
                    f'"{spelling.text}" is the {_VARIETY_NAMES[other]} spelling; house style '
                    f'is {_VARIETY_NAMES[expected]} English ("{spelling.other}").'
                )
            else:
                if usual:
                    shown = ", ".join(f'"{w}"' for w in examples)
                    how = f"otherwise spelled the {_VARIETY_NAMES[expected]} way ({shown})"
                else:
                    how = f"otherwise written in {_VARIETY_NAMES[expected]} style"
                message = (
                    f'"{spelling.text}" is the {_VARIETY_NAMES[other]} spelling in a story '
                    f'{how}; check whether "{spelling.other}" is meant.'
                )
            yield self.finding(
                doc,
                spelling.start,
                spelling.end,
                message,
                suggestions=[spelling.other],
                related=[
                    (s.start, s.end, f"{_VARIETY_NAMES[expected]} spelling") for s in usual[:3]
                ],
            )


_SPELLING_NAMES = {
    "en-gb": "en-GB", "en_gb": "en-GB", "british": "en-GB", "uk": "en-GB", "gb": "en-GB",
    "en-us": "en-US", "en_us": "en-US", "american": "en-US", "us": "en-US",
}


def _front_matter_spelling(doc) -> str | None:
    """The draft's own ``spelling:`` in its front matter ("en-GB", "british" …), if any."""
    value = doc.front_matter.get("spelling")
    return _SPELLING_NAMES.get(value.strip().lower()) if isinstance(value, str) else None


# Pairs whose closed and hyphenated forms are different words.
_DIFFERENT_WORDS = frozenset("""
    recover re-cover resign re-sign reform re-form recreation re-creation recount re-count
    release re-lease resort re-sort repress re-press represent re-present reserve re-serve
    remark re-mark resent re-sent retreat re-treat refund re-fund recollect re-collect
    relay re-lay coop co-op unionised un-ionised unionized un-ionized
    """.split())
_PARTICLES = frozenset("up down out off in on over back away about through around along by".split())
_COMPOUND_PART = re.compile(r"^(?:[a-z]+|\d+)$")


def _function_word(word: str) -> bool:
    from ..analysis.names import common_words

    return word.lower() in common_words()


class CompoundWrittenTwoWays(Rule):
    """A compound written two ways in one story: "e-mail" and "email".

    *What it flags*: "e-mail" and "email", "co-operation" and "cooperation",
    "confidence-building measure" and "confidence building measure": a word written with a hyphen in one place and closed up or as two
    words in another. A hyphenated and a closed-up form always count; a hyphenated and an
    open form count when both are used the same way, before a noun ("confidence-building
    measures", "confidence building steps"); that is advice (info), since many house styles
    hyphenate only before a noun. The finding is on the first use of the form the story uses
    less (on a tie, the later one) and names the other places. Direct quotations are left
    out: their wording is the speaker's or the document's.

    *Why it matters*: house style picks one form and keeps to it; two forms in one story
    look careless and make readers wonder whether two things are meant.

    *Flagged*: "The e-mail was sent on Monday. He deleted the email later."

    *Preferred*: "The email was sent on Monday. He deleted the email later."

    *Known limits*: a hyphenated noun and an open verb ("the build-up", "tensions build
    up"; "a well-known actor", "he is well known") are correct style and are not flagged.
    Pairs that are different words ("re-sign" / "resign", "re-form" / "reform") are left
    alone.
    """

    code = "C103"
    name = "compound-written-two-ways"
    family = "consistency"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged("The e-mail was sent on Monday. He deleted the email later.", "email"),
        flagged("Email is fast. He deleted the email later. The e-mail was lost.", "e-mail"),
        flagged(
            "Talks\n\nCooperation is vital, Zoë Müller said. Cooperation grew. The "
            "co-operation ended.",
            "co-operation",
        ),
        flagged(
            "Officials praised the confidence-building measures. Other confidence "
            "building measures followed, and the confidence-building steps worked.",
            "confidence building",
        ),
        flagged("Headline\n\nSend an email, he said. The e-mail was lost, she replied", "e-mail"),
        accepted('Headline\n\n"Send an email," he said. “The e-mail is lost,” she replied.'),
        accepted('Headline\n\n"Send an email," he said. The e-mail was lost.'),
        accepted(""),
        accepted("The e-mail was sent on Monday. He deleted the e-mail later."),
        accepted("The build-up to the war was long. Tensions build up slowly."),
        accepted("She is a well-known actor. She is well known in Baku."),
        accepted("The minister will re-sign the deal. He will not resign."),
        accepted("Nagorno-Karabakh is disputed. Nagorno Karabakh residents fled."),
    )

    def check(self, doc, context: Context):
        quotes = doc.analysis("quotes")
        words = [w for w in doc.words if not quotes.inside(w.start)]
        lowered = [w.text.lower() for w in words]
        closed: dict[str, list[int]] = {}
        for i, text in enumerate(lowered):
            closed.setdefault(text, []).append(i)
        hyphenated: dict[str, list[int]] = {}
        for i, word in enumerate(words):
            text = word.text
            if "-" not in text or text != text.lower():
                continue
            parts = text.split("-")
            if len(parts) != 2 or not all(_COMPOUND_PART.match(p) for p in parts):
                continue
            if parts[0].isdigit() and parts[1].isdigit():
                continue
            hyphenated.setdefault(text, []).append(i)
        for text, places in hyphenated.items():
            first, second = text.split("-")
            if text in _DIFFERENT_WORDS or first + second in _DIFFERENT_WORDS:
                continue
            others = [i for i in closed.get(first + second, ()) if words[i].text[1:].islower()]
            kind = "closed"
            if not others and second not in _PARTICLES and not first.isdigit():
                others = [
                    i
                    for i in closed.get(first, ())
                    if i + 1 < len(words)
                    and lowered[i + 1] == second
                    and words[i].text == first
                    and doc.prose[words[i].end : words[i + 1].start] == " "
                    and _attributive(doc, words, i + 1)
                ]
                if others and not all(_attributive(doc, words, i) for i in places):
                    others = []
                kind = "open"
            if not others:
                continue
            yield self._report(doc, words, text, places, others, kind)

    def _report(self, doc, words, text, places, others, kind):
        def span(i):
            if kind == "open" and i in others:
                return words[i].start, words[i + 1].end
            return words[i].start, words[i].end

        ones = [span(i) for i in places]
        twos = [span(i) for i in others]
        if len(ones) > len(twos) or (len(ones) == len(twos) and ones[0][0] < twos[0][0]):
            usual, odd = ones, twos
        else:
            usual, odd = twos, ones
        usual_text = doc.text[usual[0][0] : usual[0][1]]
        start, end = odd[0]
        form = doc.text[start:end]
        also = (
            f" (and {len(odd) - 1} more {_plural(len(odd) - 1, 'time', 'times')})"
            if len(odd) > 1
            else ""
        )
        return self.finding(
            doc,
            start,
            end,
            f'"{form}"{also} is written "{usual_text}" elsewhere in this story; '
            + (
                "use one form throughout."
                if kind == "closed"
                else "check whether one form is meant."
            ),
            suggestions=[_match_case(usual_text, form)],
            related=[(s, e, f'"{usual_text}" here') for s, e in usual]
            + [(s, e, f'"{form}" here too') for s, e in odd[1:]],
            # a hyphen before a noun and none elsewhere is often house style: advice only
            severity="info" if kind == "open" else None,
        )


def _match_case(word: str, template: str) -> str:
    """``word`` with the first letter's case of ``template`` ("Email", "e-mail" → "email")."""
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word[:1].lower() + word[1:] if word[1:2].islower() or len(word) == 1 else word


def _attributive(doc, words, i) -> bool:
    """Whether words[i] is followed, in its sentence, by a content word (a noun it modifies)."""
    if i + 1 >= len(words):
        return False
    gap = doc.prose[words[i].end : words[i + 1].start]
    following = words[i + 1].text
    return gap == " " and following.islower() and not _function_word(following)


_COUNT = re.compile(
    r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t]+(million|billion|trillion))?"
    r"[ \t]+([a-z][a-z-]+|[A-Z][a-z]+)(?:[ \t]+([a-z][a-z-]+|[A-Z][a-z]+))?"
    r"(?=[\s,.;:!?)”\"’']|$)"
)
# Nouns too general to tell one count from another ("12 people", "five years").
_GENERIC = frozenset("""
    people persons years year months month weeks week days day hours hour minutes minute
    seconds times per percent cent points point miles mile kilometres kilometers km metres
    meters feet foot inches pounds dollars euros yen tonnes tons votes seats cases deaths
    dead killed injured more others other new old
    """.split())
# Words that make two figures a change, a comparison or a part: "rose from 12,000 to
# 120,000", "up from", "another 200 soldiers".
_CHANGE = re.compile(
    r"\b(?:from\b.*\bto|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increase\w*|"
    r"decrease\w*|drop\w*|grew|grow\w*|jump\w*|climb\w*|doubl\w*|tripl\w*|up|down|compared|"
    r"than|previous\w*|earlier|last|another|further|additional|extra|more|fewer|less|total\w*|"
    r"of whom|out of|between|up to|per|each|every|latest|new|revised|now)\b",
    re.I,
)


def _digits(number: str) -> str:
    return number.replace(",", "")


def _digit_slip(a: str, b: str) -> bool:
    """A digit added, dropped or two swapped: 120000 / 12000, 450 / 45, 1250 / 1520.

    A changed digit (20 / 25) is more often a different count than a slip, and is left alone.
    """
    if osa_distance(a, b, 1) != 1:
        return False
    return len(a) != len(b) or sorted(a) == sorted(b)


class FigureGivenTwoWays(Rule):
    """The same counted thing given two different figures in one story.

    *What it flags*: a figure followed by the same two words twice in a story with two
    numbers that differ by a digit added, dropped or swapped ("120,000 ethnic Armenians" …
    "12,000 ethnic Armenians"): one of them is very likely a slip. The finding is on the
    later figure and names the earlier.

    *Why it matters*: a figure that changes between paragraphs makes the reader doubt both,
    and a dropped or added digit is an easy slip to make and a hard one to see.

    *Flagged*: "Most of its 120,000 ethnic Armenians fled. … All 12,000 ethnic Armenians
    left."

    *Preferred*: "Most of its 120,000 ethnic Armenians fled. … All 120,000 ethnic Armenians
    left."

    *Known limits*: only figures a digit apart, followed by the same two words (neither of
    them a small word or a generic noun such as "people", "years", "votes"), are compared,
    and only in sentences that do not speak of a change or a comparison ("rose from 12,000
    to 120,000", "another 200 soldiers", "up from"): different counts of the same thing are
    often right (casualty figures, polls over time). Figures inside direct quotations
    are left out: a speaker's figure may differ from the reporter's, and the story says so.
    """

    code = "C104"
    name = "figure-given-two-ways"
    family = "consistency"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged(
            "Most of its 120,000 ethnic Armenians fled to Armenia. Officials said all 12,000 "
            "ethnic Armenians had left.",
            "12,000",
        ),
        flagged(
            "Headline\n\nThe fund holds 450 Syrian refugees, Zoë Müller said. All 45 Syrian "
            "refugees are safe, she said.",
            "45",
        ),
        flagged(
            "12,500 ethnic Armenians fled. Officials said 15,200 ethnic Armenians fled", "15,200"
        ),
        accepted("12,500 ethnic Armenians fled. Officials said 12,600 ethnic Armenians fled."),
        accepted(""),
        accepted("Most of its 120,000 ethnic Armenians fled to Armenia."),
        accepted("The number rose from 12,000 ethnic Armenians to 120,000 ethnic Armenians."),
        accepted(
            "In May 12,000 ethnic Armenians had fled. By June, another 120,000 ethnic Armenians "
            "had left."
        ),
        accepted("Some 12 people died in Baku. Officials said 13 people died in Ganja."),
        accepted("The 2004 election was close. The 2005 election was not."),
        accepted("Police held 120 protesters. “We held 12 protesters,” a spokesman said."),
        accepted("Police held 120 \"violent protesters\". Later 12 'violent protesters' left."),
    )

    def check(self, doc, context: Context):
        seen: dict[tuple[str, ...], list[tuple[int, int, str, int]]] = {}
        sentence_starts = [s.start for s in doc.sentences]
        import bisect

        quotes = doc.analysis("quotes")
        for paragraph in doc.paragraphs:
            for match in _COUNT.finditer(doc.prose, paragraph.start, paragraph.end):
                if quotes.inside(match.start()):
                    continue  # a speaker's figure: sources often differ, and say so
                number, scale, first, second = match.groups()
                digits = _digits(number)
                if re.fullmatch(r"1[89]\d\d|20\d\d", number) or "." in number:
                    continue
                if not second or any(
                    _function_word(w) or w.lower() in _GENERIC for w in (first, second)
                ):
                    continue
                words = [first, second]
                key = tuple(w.lower() for w in words) + ((scale or "",))
                index = bisect.bisect_right(sentence_starts, match.start()) - 1
                begin = match.start(2) if scale else match.start(3)
                thing = " ".join(doc.text[begin : match.end(4)].split())
                seen.setdefault(key, []).append((match.start(1), match.end(1), digits, index, thing))
        for key, places in seen.items():
            for later_i, (start, end, digits, sentence, _) in enumerate(places):
                for earlier in places[:later_i]:
                    if earlier[2] == digits or earlier[3] == sentence:
                        continue
                    if not _digit_slip(earlier[2], digits):
                        continue
                    if self._changing(doc, earlier[3]) or self._changing(doc, sentence):
                        continue
                    before, thing = doc.text[earlier[0] : earlier[1]], earlier[4]
                    yield self.finding(
                        doc,
                        start,
                        end,
                        f"This story gives {before} {thing} earlier and {doc.text[start:end]} "
                        f"here; check which figure is right.",
                        suggestions=[before],
                        related=[(earlier[0], earlier[1], f'"{before}" here')],
                    )
                    break

    @staticmethod
    def _changing(doc, index: int) -> bool:
        if index < 0:
            return True
        span = doc.sentences[index]
        return bool(_CHANGE.search(doc.prose, span.start, span.end))


# -- options ----------------------------------------------------------------------------------

OPTION_KEYS = ("known-abbreviations",)


def options(context: Context) -> dict:
    """The ``[consistency]`` table of the configuration, checked."""
    from ..errors import ConfigError

    table = context.settings.table("consistency")
    for key, value in table.items():
        if key not in OPTION_KEYS:
            raise ConfigError(f"unknown key 'consistency.{key}' (known: {', '.join(OPTION_KEYS)})")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"'consistency.{key}' must be a list of strings")
    return table


_KNOWN_ABBREVIATIONS = None


def known_abbreviations() -> frozenset[str]:
    global _KNOWN_ABBREVIATIONS
    if _KNOWN_ABBREVIATIONS is None:
        from pathlib import Path

        path = Path(__file__).resolve().parent.parent / "data" / "known_abbreviations.txt"
        with open(path, encoding="utf-8") as fh:
            _KNOWN_ABBREVIATIONS = frozenset(
                w for line in fh if not line.startswith("#") for w in line.split()
            )
    return _KNOWN_ABBREVIATIONS


# -- abbreviations ------------------------------------------------------------------------------

_DEFINITION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_LINKING = frozenset("of the and for on in de du des la le el al for to at by &".split())
_NAME_WORD = re.compile(r"([A-Za-z][\w’'&-]*)[ \t]*$")


def _spelled_out(prose: str, limit: int, end: int, abbreviation: str) -> int | None:
    """Where the words before ``end`` spell out ``abbreviation`` (its start), or None.

    "Democratic Unionist Party (DUP)": the capitals of the words before the bracket, read
    backwards, are the abbreviation's capitals, small linking words ("of", "the") allowed.
    """
    letters = [c for c in abbreviation if c.isupper()]
    if len(letters) < 2:
        return None
    position = end
    start = None
    while letters and position > limit:
        match = _NAME_WORD.search(prose, limit, position)
        if not match:
            return None
        word = match.group(1)
        position = match.start()
        if word.lower() in _LINKING and start is not None:
            continue
        parts = [p for p in re.split(r"[-]", word) if p]
        capitals = [p[0] for p in parts if p[:1].isupper()]
        if not capitals:
            return None
        # a word may give one letter, or one per hyphenated part, or its own inner capitals
        inner = [c for c in word if c.isupper()]
        for candidate in (capitals, inner, capitals[:1]):
            if len(candidate) <= len(letters) and letters[-len(candidate) :] == candidate:
                letters = letters[: -len(candidate)]
                start = match.start()
                break
        else:
            return None
    return start if not letters else None


class AbbreviationOrder(Rule):
    """An abbreviation used before the story spells it out, or spelled out twice.

    *What it flags*: an abbreviation ("DUP") used in the body before the sentence that
    spells it out ("the Democratic Unionist Party (DUP)"), and a second spelling-out of an
    abbreviation the story has already explained.

    *Why it matters*: the reader meets the abbreviation first and learns what it means
    only later; a second explanation is wasted words. Most stylebooks spell out at first
    reference and use the abbreviation after.

    *Flagged*: "The DUP said it would vote against. The Democratic Unionist Party (DUP)
    has eight MPs."

    *Preferred*: "The Democratic Unionist Party (DUP) said it would vote against. The DUP
    has eight MPs."

    *Options*: ``[consistency] known-abbreviations = ["NHS", "TUC"]`` adds abbreviations
    that need no spelling-out to the built-in list (US, UK, UN, EU, NATO, BBC, FBI, GDP …).

    *Known limits*: only the pattern "Full Name (ABBR)" counts as spelling out; an
    abbreviation in the headline is not counted as used before the body spells it out.
    """

    code = "C105"
    name = "abbreviation-order"
    family = "consistency"
    severity = "info"
    examples = (
        flagged(
            "Headline\n\nThe DUP said it would vote against. The Democratic Unionist Party "
            "(DUP) has eight MPs.",
            "DUP",
        ),
        flagged(
            "Headline\n\nThe Democratic Unionist Party (DUP) voted. Later the Democratic "
            "Unionist Party (DUP) spoke.",
            "Democratic Unionist Party (DUP)",
        ),
        flagged(
            "Headline\n\n“The CDU will win,” Zoë Müller said. The Christian Democratic Union "
            "(CDU) agreed.",
            "CDU",
        ),
        flagged(
            'Headline\n\n"The TUC is angry," he said. The Trades Union Congress (TUC) met.',
            "TUC",
        ),
        flagged("TUC leaders met. The Trades Union Congress (TUC) met", "TUC"),
        accepted(""),
        accepted("Headline\n\nThe Democratic Unionist Party (DUP) voted. The DUP has eight MPs."),
        accepted("Headline\n\nThe US and the EU met. The European Union (EU) said so."),
        accepted(
            "Headline\n\nThe TUC met. The Trades Union Congress (TUC) said so.",
            tables=(("consistency", {"known-abbreviations": ["TUC"]}),),
        ),
        accepted("DUP wins vote\n\nThe Democratic Unionist Party (DUP) voted."),
        accepted("Headline\n\nShe spoke at the COP29 summit (COP29) in Baku."),
    )

    def check_settings(self, settings) -> None:
        """The [consistency] table, checked before any draft is read (the run calls this)."""
        options(Context(settings))

    def check(self, doc, context: Context):
        known = known_abbreviations() | set(options(context).get("known-abbreviations", ()))
        body_start = min((p.start for p in doc.body), default=0)
        definitions: dict[str, list[tuple[int, int]]] = {}
        for paragraph in doc.paragraphs:
            for match in _DEFINITION.finditer(doc.prose, paragraph.start, paragraph.end):
                abbreviation = match.group(1)
                start = _spelled_out(doc.prose, paragraph.start, match.start(), abbreviation)
                if start is not None:
                    definitions.setdefault(abbreviation, []).append((start, match.end()))
        for abbreviation, places in definitions.items():
            first_start, first_end = places[0]
            spelled = doc.text[first_start:first_end]
            if abbreviation not in known:
                used = re.compile(rf"(?<![\w(]){re.escape(abbreviation)}(?![\w)])")
                early = used.search(doc.prose, body_start, first_start)
                if early:
                    yield self.finding(
                        doc,
                        early.start(),
                        early.end(),
                        f'"{abbreviation}" is used here before the story spells it out '
                        f'("{spelled}", later).',
                        related=[(first_start, first_end, "spelled out here")],
                    )
            for start, end in places[1:]:
                yield self.finding(
                    doc,
                    start,
                    end,
                    f'"{abbreviation}" is spelled out again here; after the first '
                    f'reference, "{abbreviation}" alone will do.',
                    suggestions=[abbreviation],
                    related=[(first_start, first_end, "first spelled out here")],
                )


_SPEECH_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:said|says|told|added|argued|insisted|replied|wrote|denied|admitted|"
    r"claimed|warned|explained|noted|stated|tweeted|asked)\b"
)


class SurnameBeforeFullName(Rule):
    """A person called by surname before the story gives the full name.

    *What it flags*: "Blair said …" or "Mr Blair said …" in the body of a story that only
    later introduces "Tony Blair". Off by default: switch it on with
    ``extend-select = ["C106"]`` where house style wants the full name at first reference.

    *Why it matters*: most stylebooks give a person's full name at first reference and the
    surname after; a surname first leaves the reader guessing who is meant, and often means
    paragraphs were moved in editing.

    *Flagged*: "Mr Blair denied the report. Prime Minister Tony Blair said the claims were
    old."

    *Preferred*: "Prime Minister Tony Blair denied the report. Mr Blair said the claims were
    old."

    *Known limits*: only a surname after a title ("Mr Blair") or before a verb of saying
    ("Blair said") counts as a reference to a person; a relative who shares the surname is
    taken for the same person; headlines are not checked, since they use surnames alone by
    custom.
    """

    code = "C106"
    name = "surname-before-full-name"
    family = "consistency"
    severity = "info"
    default_on = False
    needs = ("names",)
    examples = (
        flagged(
            "Blair denies report\n\nMr Blair denied the report. Prime Minister Tony Blair said "
            "the claims were old.",
            "Blair",
        ),
        flagged(
            "Headline\n\n“It is old news,” Müller said. Economy minister Zoë Müller spoke.",
            "Müller",
        ),
        flagged(
            'Headline\n\n"It is old news," Peston said. The journalist Robert Peston spoke.',
            "Peston",
        ),
        flagged(
            "Peston said so first. Then Robert Peston spoke again. Robert Peston left",
            "Peston",
            path="example.md",
        ),
        accepted(""),
        accepted("Headline\n\nTony Blair denied the report. Mr Blair said the claims were old."),
        accepted("Blair denies report\n\nTony Blair denied the report."),
        accepted("Headline\n\nBaku is hot. Ilham Aliyev met Nikol Pashinyan in Baku."),
    )

    def check(self, doc, context: Context):
        from ..analysis.names import TITLES

        names = doc.analysis("names")
        body_start = min((p.start for p in doc.body), default=0)
        full_at: dict[str, int] = {}
        firsts: dict[str, str] = {}
        for token in names:
            if token.before and token.before not in TITLES and token.start >= body_start:
                # "Tony Blair": the first name is itself a name token, not a surname
                before = names.at(token.start - len(token.before) - 1)
                if (
                    before is not None
                    and before.after == token.text
                    and (not before.before or before.before in TITLES)
                ):
                    full_at.setdefault(token.text, token.start)
                    firsts.setdefault(token.text, token.before)
        for surname, full_start in full_at.items():
            for token in names.occurrences(surname):
                if token.start >= full_start:
                    break
                if token.start < body_start or (token.before and token.before not in TITLES):
                    continue
                if token.after:
                    continue  # part of a longer name ("Blair Witch")
                if token.before not in TITLES and not _SPEECH_AFTER.match(doc.prose, token.end):
                    continue  # only a title or a verb of saying shows that a person is meant
                yield self.finding(
                    doc,
                    token.start,
                    token.end,
                    f'"{surname}" is used here before the story gives the full name '
                    f'("{firsts[surname]} {surname}", later).',
                    related=[
                        (
                            full_start - len(firsts[surname]) - 1,
                            full_start + len(surname),
                            "full name here",
                        )
                    ],
                )
                break
