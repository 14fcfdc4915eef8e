"""Whether two uses of a name in a story are one person or two, for C101 (name_spelling.py).

A later reference to a person introduced earlier ("Mark Croucher" … "Mr Croicher"), another
person's name that is merely close ("Corey Lewandowski" / "Mr Comey"), a name beside its
translation in brackets, a piece of a hyphenated given name, a name that goes on with a
particle ("bin Laden"), and a capitalised contraction that is no name at all.
"""

from __future__ import annotations

import re

from ...english import titles
from .similarity import fold


def is_contraction(form: str) -> bool:
    """A capitalised contraction ("We’ve", "They’re", "Don’t"): a word with a contracted
    verb or "not" after it, which a name with an apostrophe ("O’Brien", "D’Souza") is not;
    a name's possessive "’s" is no contraction."""
    from ...analysis.lexicon import is_word
    from ...tokens import CLITIC

    match = CLITIC.search(form)
    return (
        match is not None
        and match.group()[1:].lower() != "s"
        and is_word(form[: match.start()].lower())
    )


def hyphen_piece(doc, token) -> bool:
    """Whether the token is the second part of a hyphenated word ("Chang" of "Hoe-Chang")."""
    return token.start >= 2 and doc.prose[token.start - 1] == "-" and doc.prose[token.start - 2].isalpha()


_GLOSS_REACH = 80


def gloss_of(doc, token, others) -> bool:
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


_PARTICLE = re.compile(
    r"[ \t]+(?:bin|ibn|bint|al|el|de|da|di|del|della|van|von|der|le|la|dos|das|du)[ \t-]+[A-Z]"
)


def particle_after(doc, token) -> bool:
    """Whether the name goes on with a particle: "Osama bin Laden", "Ali al-Sistani"."""
    return bool(_PARTICLE.match(doc.prose, token.end))


def refers_back(token, first) -> bool:
    """Whether ``token`` is a later reference to the person introduced as ``first``.

    "Mark Croucher" … "Mr Croicher": a first name and surname, then the same surname (give or
    take a letter) after a title or the same first name, later in the story.
    """
    title_words = titles()
    if first.start >= token.start or not first.before or first.before in title_words:
        return False
    return token.before in title_words or token.before == first.before


def bare_reference(token, first) -> bool:
    """Whether ``token`` is a later bare-surname reference to the person introduced as
    ``first``: "Halvard Tromsbakken" … "Tromsbaken said", when "Tromsbaken" is neither a
    common name nor a word.
    """
    from ...analysis.lexicon import is_word
    from ...analysis.names import PARTICLES, known_name

    return (
        first.start < token.start
        and bool(first.before)
        and first.before not in titles()
        and first.before not in PARTICLES
        and not token.before
        and not token.after
        and not known_name(token.text)
        and not is_word(fold(token.text).replace("’", "'"))
    )


def different_people(token, others) -> bool:
    """Whether ``token`` and the tokens ``others`` belong to names of different people.

    They do when the odd one is followed by a different surname than every use of the usual
    form, or preceded by a different first name; when one is used as a first name and the
    other as a surname ("Corey Lewandowski" / "Mr Comey", "Dave Caris" / "Chris Christie");
    or when the odd one is part of a person's name and the usual one is a well-known name
    that always stands alone ("Tim Koogle" / "Google", "Lian Chia Liang" / "China").
    """
    from ...analysis.names import PARTICLES, known_name

    title_words = titles()

    def named_before(t) -> bool:  # a first name (not a title or particle) before it
        return bool(t.before) and t.before not in title_words and t.before not in PARTICLES

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
