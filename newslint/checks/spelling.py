"""Spelling rules (S): misspelled words, real-word errors and doubled words.

S1xx are words that are not words (``reponsible``); S2xx are real words in the wrong place
(``it's profits``, ``more then``, ``an importance confidence-building measure``); S3xx are
doubled words (``the the``). The lexicon and the story's own vocabulary come from the
``lexicon`` analysis; names, acronyms, codes, numbers, handles and the house vocabulary are
never misspellings.
"""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged


def _quoted_note(doc, offset: int) -> str:
    return " (in a quotation)" if doc.analysis("quotes").inside(offset) else ""


def _in_quote(doc, offset: int) -> bool:
    return doc.analysis("quotes").inside(offset)


def _accepted_words(settings) -> tuple[frozenset[str], frozenset[str]]:
    accept = frozenset(settings.accept)
    return accept, frozenset(w.lower() for w in accept)


# -- S1xx: words that are not words ---------------------------------------------------------

# A word that touches one of these is part of a handle, hashtag, address, file name or code.
_GLUE_BEFORE = set("@#/\\_=.&~$%+<")
_GLUE_AFTER = set("@/\\_=&~$%+>")
_HEADING_KINDS = ("headline", "heading", "table")


def _is_glued(prose: str, start: int, end: int) -> bool:
    before = prose[start - 1] if start > 0 else " "
    after = prose[end] if end < len(prose) else " "
    if before in _GLUE_BEFORE or after in _GLUE_AFTER:
        return True
    # example.com, file.txt, U.S.-style abbreviations: a full stop between letters
    return after == "." and end + 1 < len(prose) and prose[end + 1].isalnum()


def _parts(word: str, start: int):
    """The hyphen-separated parts of a word, with their offsets."""
    position = start
    for part in word.split("-"):
        yield part, position
        position += len(part) + 1


def _bare(part: str) -> str:
    """The part without a possessive or a trailing apostrophe clause ("Putin's" → "Putin")."""
    part = part.translate(lx.APOSTROPHES)
    if part.endswith("'s") or part.endswith("'S"):
        return part[:-2]
    return part


class MisspelledWord(Rule):
    """A word that is not in the dictionary and looks like a misspelling of one that is.

    *What it flags*: a lower-case word that is neither an English word (US or UK spelling)
    nor a name the story uses, with the likely corrections; and a capitalised word that
    opens a sentence when it is one slip away from a common word ("Teh", "Hwever").

    *Why it matters*: a typo in published copy costs the story its credibility, and the
    spell checker in a newsroom's editor is often switched off because of the names.

    *Flagged*: "The minister was tryinng to calm the markets."

    *Preferred*: "The minister was trying to calm the markets."

    *Options*: ``vocabulary.accept`` (words never flagged, such as house jargon) and
    ``vocabulary.reject`` in the configuration.

    *Known limits*: capitalised words are taken to be names, so a typo in a name, a
    headline or a word in capitals is not caught (S102-style consistency checks catch a name
    spelled two ways). A rare word that no dictionary lists is reported at "info" severity,
    without a suggestion, so that it is checked rather than changed. A misspelling that is
    itself a word ("form" for "from") is a real-word error: see the S2xx rules.
    """

    code = "S101"
    name = "misspelled-word"
    family = "spelling"
    severity = "warning"
    needs = ("lexicon", "quotes")
    examples = (
        flagged("The minister was tryinng to calm the markets.", "tryinng"),
        flagged("Talks resume\n\nTeh minister spoke.", "Teh"),
        flagged("He said the plan would help “milions of people”.", "milions"),
        flagged("He said the plan would help \"milions of people\".", "milions"),
        flagged("Zoë Müller said the goverment was wrong.", "goverment"),
        flagged("The talks ended in agreemnt", "agreemnt"),
        accepted(""),
        accepted("The minister was trying to calm the markets."),
        accepted("Ilham Aliyev met Nikol Pashinyan in Baku (IANS) on COP29 and 5G."),
        accepted("The neighbouring countries emphasised the normalisation of ties."),
        accepted("The neighboring countries emphasized the normalization of ties."),
        accepted("Shares rose to £600m, or 1.13bn rupees, said @newsdesk on #elections."),
        accepted("“We are prepared to assist,” said Zoë Müller of São Paulo."),
        accepted("The blorptastic plan was new.", accept=frozenset({"blorptastic"})),
        accepted("The re-elected anti-government mayor's e-mail wasn't sent."),
        accepted("Deliberately, the plan failed."),
        accepted("The vaccine was approved"),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        accept, accept_lower = _accepted_words(context.settings)
        reject_lower = {w.lower() for w in context.settings.reject}
        heading_spans = [(p.start, p.end) for p in doc.paragraphs if p.kind in _HEADING_KINDS]
        prose = doc.prose
        for word in doc.words:
            text = word.text
            if not text[:1].isalpha() or any(c.isdigit() or c == "_" for c in text):
                continue
            if text in accept or text.lower() in accept_lower or text.lower() in reject_lower:
                continue
            if _is_glued(prose, word.start, word.end):
                continue
            for index, (part, start) in enumerate(_parts(text, word.start)):
                bare = _bare(part)
                if len(bare) < 3 or bare in accept or bare.lower() in accept_lower:
                    continue
                finding = self._check_part(
                    doc, vocabulary, bare, start, index, word, heading_spans
                )
                if finding is not None:
                    yield finding

    def _check_part(self, doc, vocabulary, part, start, index, word, heading_spans):
        if not part.replace("'", "").isalpha():
            return None
        rest = part[1:]
        if any(c.isupper() for c in rest):  # acronyms, codes, McDonald, iPhone
            return None
        lower = part.lower()
        if lx.is_word(lower) or lower in vocabulary.names:
            return None
        if "'" in lower:
            head = lower.split("'")[0]
            if lx.is_word(head) or head in vocabulary.names:
                return None
        capitalised = part[0].isupper()
        if capitalised:
            # Names are capitalised: only a sentence's first word is checked, and only when
            # it is a slip away from a common word.
            if index or not vocabulary.starts_sentence(word.start):
                return None
            if any(s <= start < e for s, e in heading_spans):
                return None
            best = lx.candidates(lower)[:1]
            if not best or best[0].distance > 1 or best[0].zipf < 4.5:
                return None
        elif not part[0].islower():
            return None
        found = lx.candidates(lower)
        suggestions = lx.suggest(part)
        note = _quoted_note(doc, start)
        repeated = not capitalised and vocabulary.counts.get(part, 0) > 1
        if found and found[0].zipf >= 3.0 and not repeated:
            return self.finding(
                doc,
                start,
                start + len(part),
                f"\"{part}\" looks misspelled{note}.",
                suggestions=suggestions,
            )
        return self.finding(
            doc,
            start,
            start + len(part),
            f"\"{part}\" is not in the dictionary{note}; check the spelling.",
            suggestions=suggestions,
            severity="info",
        )


class RejectedWord(Rule):
    """A word or phrase on the house list of words never to use (``vocabulary.reject``).

    *What it flags*: every occurrence, in any capitalisation, of an entry of the
    configuration's ``vocabulary.reject`` list (or the files ``vocabulary.reject-files``).

    *Why it matters*: a desk keeps a list of spellings and terms it has ruled out
    ("judgment" in a British house style, a banned euphemism); the list only helps when it is
    enforced.

    *Flagged*: with ``reject = ["alright"]``: "The minister said it was alright."

    *Preferred*: "The minister said it was all right."

    *Options*: ``vocabulary.reject`` and ``vocabulary.reject-files``.

    *Known limits*: matches whole words only; a rejected word inside a quotation is still
    flagged, with a note that it is quoted.
    """

    code = "S102"
    name = "rejected-word"
    family = "spelling"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged("The minister said it was alright.", "alright", reject=frozenset({"alright"})),
        flagged("Alright, said Zoë Müller.", "Alright", reject=frozenset({"alright"})),
        flagged("“It is alright,” he said.", "alright", reject=frozenset({"alright"})),
        flagged("\"It is alright,\" he said.", "alright", reject=frozenset({"alright"})),
        flagged("It was alright", "alright", reject=frozenset({"alright"})),
        accepted("", reject=frozenset({"alright"})),
        accepted("The minister said it was all right.", reject=frozenset({"alright"})),
        accepted("The minister said it was alright."),
    )

    def check(self, doc, context: Context):
        rejected = sorted(context.settings.reject, key=len, reverse=True)
        if not rejected:
            return
        pattern = re.compile(
            r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in rejected) + r")(?![\w-])",
            re.IGNORECASE,
        )
        for paragraph in doc.paragraphs:
            for match in pattern.finditer(doc.prose, paragraph.start, paragraph.end):
                yield self.finding(
                    doc,
                    match.start(),
                    match.end(),
                    f"\"{match.group()}\" is on the house list of words not to use"
                    f"{_quoted_note(doc, match.start())}.",
                )


# -- S3xx: doubled words --------------------------------------------------------------------

_DOUBLED = re.compile(r"(?<![\w'’-])([^\W\d_]+)(\s+)(\1)(?![\w'’-])", re.IGNORECASE)
# Repeats that are grammatical or idiomatic.
_LEGIT_DOUBLES = frozenset(
    """
    had bye ha haha ho hee tut chop knock yeah no so very many there blah dum pom tom can
    wow yes bla boo choo aye hush tsk bang bam dun beep yada la hip hey
    """.split()
)
_AFTER_THAT_THAT = re.compile(
    r"\s*(?:the|a|an|he|she|they|we|i|you|his|her|their|our|my|your|its|there|these|those|"
    r"some|this|mr|mrs|ms|dr)\b",
    re.IGNORECASE,
)


class DoubledWord(Rule):
    """The same word twice in a row ("the the"), across a line break too.

    *What it flags*: a word followed, after nothing but spaces or a line break, by the same
    word.

    *Why it matters*: doubled words survive editing because the eye skips the second one,
    especially across the end of a line; readers notice them.

    *Flagged*: "The minister said the the talks would resume."

    *Preferred*: "The minister said the talks would resume."

    *Known limits*: grammatical and idiomatic repeats are left alone ("had had", "bye bye",
    "very very"), as are repeated capitalised words (names such as "Boutros Boutros-Ghali",
    "Walla Walla"); "that that" is flagged only before words that cannot follow it ("that
    that the"), and "is is" only after the start of a sentence.
    """

    code = "S301"
    name = "doubled-word"
    family = "spelling"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged("The minister said the the talks would resume.", "the the"),
        flagged("The minister said the\nthe talks would resume.", "the\nthe"),
        flagged("The the minister spoke.", "The the"),
        flagged("He said that that the talks had failed.", "that that"),
        flagged("“We will go to to Baku,” said Zoë Müller.", "to to"),
        flagged("\"We will go to to Baku,\" said Zoë Müller.", "to to"),
        flagged("He said it was over over", "over over"),
        accepted(""),
        accepted("The minister said the talks would resume."),
        accepted("She had had enough; he said that that was wrong."),
        accepted("Boutros Boutros-Ghali flew to Walla Walla."),
        accepted("It was a very very long night, and she waved bye bye."),
        accepted("The the-ness of it."),
    )

    def check(self, doc, context: Context):
        prose = doc.prose
        for paragraph in doc.paragraphs:
            for match in _DOUBLED.finditer(prose, paragraph.start, paragraph.end):
                first, second = match.group(1), match.group(3)
                lower = first.lower()
                if lower in _LEGIT_DOUBLES:
                    continue
                if second[0].isupper():  # names: Boutros Boutros, Walla Walla
                    continue
                if lower == "that" and not _AFTER_THAT_THAT.match(prose, match.end()):
                    continue
                if lower == "is":
                    before = prose[max(paragraph.start, match.start() - 40) : match.start()]
                    if re.search(r"\bwhat\b|\bis\b", before, re.IGNORECASE):
                        continue
                note = _quoted_note(doc, match.start())
                quoted = bool(note)
                yield self.finding(
                    doc,
                    match.start(),
                    match.end(),
                    f"\"{first}\" is repeated{note}.",
                    suggestions=[first],
                    fixable=not quoted,
                )
