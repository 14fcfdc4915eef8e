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
    """Whether the token is the second part of a hyphenated name ("Chang" of "Hoe-Chang",
    "Kaine" of "Clinton-Kaine"); after a lower-case prefix ("pro-Rubio", "anti-Kaine") the
    name stands whole."""
    return bool(_first_piece(doc, token))


def _first_piece(doc, token) -> str:
    """The capitalised part before the hyphen of a hyphenated name ("Hoe" of "Hoe-Chang"), or
    "" when the token is no second part of one."""
    if token.start < 2 or doc.prose[token.start - 1] != "-" or not doc.prose[token.start - 2].isalpha():
        return ""
    word_start = token.start - 2
    while word_start > 0 and doc.prose[word_start - 1].isalpha():
        word_start -= 1
    return doc.prose[word_start : token.start - 1] if doc.prose[word_start].isupper() else ""


def piece_apart(doc, token, others) -> bool:
    """Whether the token and the tokens ``others`` stand apart as a piece of a hyphenated
    name and a name of its own: "Hoe-Chang" (part of a given name) beside the surname
    "Chung" every time, or the other way round. A name the story also uses in a compound
    ("Clinton-Kaine ticket" beside "Kaine") stands on both sides, and so does a compound
    written once with a space ("Glass Stegall" beside "Glass-Steagall")."""
    firsts = [_first_piece(doc, t) for t in others]
    first = _first_piece(doc, token)
    if first:
        return not any(firsts) and first not in {t.before for t in others}
    return all(firsts) and token.before not in firsts


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
        if outer.end <= opening <= outer.end + _GLOSS_REACH and _name_run(doc.prose[outer.end : opening]):
            return True
    return False


def _name_run(gap: str) -> bool:
    """Whether ``gap``, between a name and the bracket after it, is the rest of the name
    ("pour l'Enfance", "Hulpverlening"): capitalised words and at most two short lower-case
    joining words, nothing that ends a clause ("according to Statista. (Statsita estimates
    …)" and "beat Lind in her own district (or for Lnid …)" are no glosses)."""
    if gap.strip(" \t") != gap.strip():
        return False  # a new line between them
    joiners = 0
    for word in gap.split():
        if _JOINER.fullmatch(word):
            joiners += 1
        elif not _NAME_WORD.fullmatch(word):
            return False
    return joiners <= 2


# the short words inside names of organisations, in English and the languages whose names a
# story glosses: "pour l'Enfance", "Bank of England", "Instituto de la Mujer", "Stiftung für"
_JOINER = re.compile(
    r"(?:of|for|and|the|on|in|de|des|du|la|le|les|pour|et|à|au|aux|del|di|da|y|e|el|al"
    r"|der|die|das|für|und|van|von|voor|het|en|och|og)|[a-z]['’][A-Z][\w'’-]*"
)
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")


_ALTERNATIVES_REACH = 80
# what stands between two spellings given as alternatives: punctuation, brackets, quotation
# marks, a name or two or words in other scripts ("Uzbek: Toshkent, Тошкент"), and the words
# that offer a variant; at least a mark of a list or one of those words
_ALTERNATIVES = re.compile(
    r"(?:[\s,;:/()\[\]\"“”'‘’«»–—-]+|(?:or|and|also|spelled|spelt|written|known|as|called"
    r"|aka|variously|sometimes|formerly|transliterated|romanized|romanised)\b"
    r"|[A-Z][\w'’-]*|[^\x00-\x7f]+)*"
)
_LISTED = re.compile(r"[/()]|\b(?:or|also|spelled|spelt|written|called|aka)\b")
_CAPITALISED = re.compile(r"\b[A-Z]")


def given_as_alternatives(doc, token, others) -> bool:
    """Whether the token and a use of one of ``others`` stand side by side as two spellings
    of one name: "Gaddafi (also spelled Qaddafi)", "Myrtea or Murtea", "Jaxsons, Jaxons" —
    nothing but punctuation, a name or two and words that offer a variant between them (not
    a headline's run of capitalised words)."""
    for other in others:
        first, second = (other, token) if other.start < token.start else (token, other)
        if not 0 <= second.start - first.end <= _ALTERNATIVES_REACH:
            continue
        gap = doc.prose[first.end : second.start]
        if (
            _ALTERNATIVES.fullmatch(gap)
            and _LISTED.search(gap)
            and len(_CAPITALISED.findall(gap)) <= 2
        ):
            return True
    return False


_PARTICLE = re.compile(
    r"[ \t]+(?:bin|ibn|bint|al|el|de|da|di|del|della|van|von|der|le|la|dos|das|du)[ \t-]+[A-Z]"
)


def particle_after(doc, token) -> bool:
    """Whether the name goes on with a particle: "Osama bin Laden", "Ali al-Sistani"."""
    return bool(_PARTICLE.match(doc.prose, token.end))


def particle_apart(doc, token, others) -> bool:
    """Whether the token goes on with a particle and no use of the usual form does: "Osama
    bin Laden" beside "Obama" is another name; "Cnco de Mayo" beside "Cinco de Mayo" is not."""
    return particle_after(doc, token) and not any(particle_after(doc, t) for t in others)


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
    form, or preceded by a different first name than the one person the usual form names;
    when one is used as a first name and the other as a surname ("Corey Lewandowski" / "Mr
    Comey", "Dave Caris" / "Chris Christie"); or when the odd one is part of a person's name
    and the usual one is a well-known name that always stands alone ("Tim Koogle" / "Google",
    "Lian Chia Liang" / "China"). A different word of a place or an organisation after it
    ("Weschester Reform Temple" / "Westchester Community College", "Deeret Bank" /
    "Deseret Bancorp") or a different first name in a family of several ("Jerome Siegel",
    "Jeanne Siegel" … "Sophie Suegel") says nothing of the kind.
    """
    from ...analysis.names import PARTICLES, known_name

    title_words = titles()

    def is_title(word: str) -> bool:  # "Mr", and "Professors" of "Professors Foner and Alba"
        return word in title_words or (word.endswith("s") and word[:-1] in title_words)

    def named_before(t) -> bool:  # a first name (not a title or particle) before it
        return bool(t.before) and not is_title(t.before) and t.before not in PARTICLES

    afters = {t.after for t in others if t.after}
    if token.after and afters and token.after not in afters:
        if _person_name(token.after) and any(_person_name(after) for after in afters):
            return True
    befores = {t.before for t in others if named_before(t)}
    if named_before(token) and len(befores) == 1 and token.before not in befores:
        return True
    as_first = [t for t in others if t.after and not named_before(t)]
    as_surname = [t for t in others if t.before and not t.after]
    if token.after and not named_before(token) and as_surname and not as_first:
        return True
    if (
        named_before(token)
        and not token.after
        and as_first
        and not as_surname
        and known_name(others[0].text)
    ):
        return True  # "Dave Caris" beside "Chris Christie"; not "Ken Cuccineelli" beside
        # "the Cuccinelli Compass"
    alone = all(not t.before and not t.after for t in others)
    if (named_before(token) or token.after) and alone and known_name(others[0].text):
        return True
    return False


def _person_name(word: str) -> bool:
    """Whether a capitalised word beside a name may be a person's name: a known name
    ("Lee", "Hammond") or no word of the dictionary's parts of speech, but not a word of
    places and organisations ("Reform", "County", "Bank", "Steel")."""
    from ...analysis.lexicon import tags
    from ...analysis.names import known_name

    return known_name(word) or not tags(word.lower())
