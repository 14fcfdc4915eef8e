"""S101: words that are not in the dictionary, with suggestions."""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...analysis.names import known_name
from ...rule import Context, Rule, accepted, flagged
from . import morphology
from .coinages import (
    accents_dropped,
    among_foreign_words,
    between_names,
    coined_compound,
    in_foreign_phrase,
    said_twice,
    written_again,
)
from .layout import broken_word, cut_off, is_glued, split_word


def _accepted_words(settings) -> tuple[frozenset[str], frozenset[str]]:
    accept = frozenset(settings.accept)
    return accept, frozenset(w.lower() for w in accept)


def _apostrophe_word(lower: str) -> bool:
    """A word missing its apostrophe ("dont", "childrens", "countrys"), which G102 and
    G103 report."""
    from ..apostrophes import owns

    return owns(lower)


_HEADING_KINDS = ("headline", "heading", "table")


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


def _close(word: str, candidate) -> bool:
    """Close enough to call a slip: one edit, or two that bring in or drop at most one
    letter of the alphabet ("supresion" for "suppression", not "passcard" for "password")."""
    if candidate.distance <= 1:
        return True
    return len(set(word) ^ set(candidate.word)) <= 1


class MisspelledWord(Rule):
    """A word not in the dictionary that looks like a misspelling of one that is.

    *What it flags*: a lower-case word that is neither an English word (US or UK spelling)
    nor a name the story uses, with the likely corrections; and a capitalised word that
    opens a sentence when it is one slip away from a common word ("Teh", "Hwever") and is
    no common first name, surname or place ("Andy", "Kim", "Vince" are names, not slips)
    nor the first word of a name ("Alain Levy said").
    Words English builds from parts the dictionary has are no slips: a bound prefix on a
    common word ("defund", "interclan", "nonregistered", "ultrawealthy"), a suffix on one
    ("monarchian", "monarchianism"), a systematic chemical name ("phenylboronic"), unless
    the word is also one slip from a common word ("outweight", "desing"), when only a
    story that writes it twice ("defund", "defunding") shows it is meant. Nor are an
    abbreviation the story spells out before it in brackets ("miles per gallon (mpg)"), a
    word said twice over ("tsk tsk"), a hyphenated coinage ("okey-dokeying", "debate-itis"),
    a dropped "g" ("lyin'"), a word with letters left out ("a p–sy"), a passage in
    another language (two more words nearby that no dictionary has and that are no slips
    of common words) and a foreign phrase English borrows whole ("fait accompli", "sotto
    voce"; data/spelling_foreign_phrases.txt). A real word of the larger dictionaries that
    is rare and a slip from a common word ("improv", "tenge") is S103's, reported for a check.
    Words other lists carry but that are common misspellings ("tommorow", "publically")
    are flagged, and so are two words run together around a function word ("upto",
    "otherhand", "alongwith") and a word split in two by a space where one half is a lone
    letter or no word ("an d", "T he", "beca use").

    *Why it matters*: a typo in published copy costs the story its credibility, and the
    spell checker in a newsroom's editor is often switched off because of the names.

    *Flagged*: "The minister was tryinng to calm the markets."

    *Preferred*: "The minister was trying to calm the markets."

    *Options*: ``vocabulary.accept`` (words never flagged, such as house jargon) and
    ``vocabulary.reject`` in the configuration.

    *Known limits*: capitalised words are taken to be names, so a typo in a name, a
    headline or a word in capitals is not caught (the consistency rules catch a name spelled
    two ways). A word is reported at "info" severity, for a check rather than a change, when
    it may be right after all: a rare word no dictionary lists, a word the story uses more
    than once, a word of three letters, a capitalised word that opens a sentence, one
    with no close correction, or one that two words would make ("ultrawealthy"). A slip that makes another word ("form" for "from") is not
    caught here; the S2xx rules catch the common real-word errors in context.
    """

    code = "S101"
    name = "misspelled-word"
    family = "spelling"
    severity = "warning"
    reports_rare = False  # the real but rare words that look like slips are S103's
    needs = ("lexicon", "names", "quotes")
    examples = (
        flagged("The minister was tryinng to calm the markets.", "tryinng"),
        flagged("Talks resume\n\nTeh minister spoke.", "Teh"),
        flagged("He said the plan would help “milions of people”.", "milions"),
        flagged("He said the plan would help \"milions of people\".", "milions"),
        flagged("Zoë Müller said the goverment was wrong.", "goverment"),
        flagged("The talks ended in agreemnt", "agreemnt"),
        flagged("goverment sources said the talks ended", "goverment"),
        accepted(""),
        accepted("The minister was trying to calm the markets."),
        accepted("Ilham Aliyev met Nikol Pashinyan in Baku (IANS) on COP29 and 5G."),
        accepted("The neighbouring countries emphasised the normalisation of ties."),
        accepted("The neighboring countries emphasized the normalization of ties."),
        accepted("Shares rose to £600m, or 1.13bn rupees, said @newsdesk on #elections."),
        accepted("“We are prepared to assist,” said Zoë Müller of São Paulo."),
        accepted("The blorptastic plan was new.", accept=frozenset({"blorptastic"})),
        accepted("The re-elected anti-government mayor's e-mail wasn't sent."),
        accepted("Dik-diks and tom-toms were sold, a so-so trade."),
        accepted("Deliberately, the plan failed."),
        accepted("The vaccine was approved"),
        flagged("The vote was put off until tommorow.", "tommorow"),
        flagged("Turnout rose upto 60 per cent.", "upto"),
        flagged("The mayor an d the council met.", "an d"),
        accepted("Turnout rose up to 60 per cent, under plan b and the signup rules."),
        accepted("Talks resume\n\nAndy spoke first. Kim and Vince left."),
        accepted("Ultrawealthy donors and nonregistered voters sat in on interclan talks."),
        accepted("The lab sold phenylboronic acid to a monarchianism scholar."),
        accepted("Both bills would defund the agency; defunding it was popular."),
        flagged("The benefits outweight the costs, she said.", "outweight"),
        flagged("Engineers will desing a new bridge.", "desing"),
        accepted("The field pumps 40,000 barrels per day (bpd) and will pump 55,000 bpd."),
        accepted("The neighbours went tsk tsk at the noise."),
        accepted("Talks resume\n\nAlain Brandauer, its chairman, spoke. Brandauer left."),
        flagged("Talks resume\n\nTeh President spoke.", "Teh"),
        accepted("Critics mocked his debate-itis and the okey-dokeying aides."),
        accepted("“Non tutte le ciambelle riescono col buco,” she said; he was talkin' fast."),
        accepted("He called the rival a p–sy on air."),
        flagged("The goverment and the minstry met the offical team.", "goverment", "minstry", "offical"),
        flagged("They met to discss the plan.", "discss"),
        flagged("The anti-goverment protest grew, and goverment-like bodies.", "goverment", "goverment"),
        accepted("The merger was a fait accompli; English is the lingua franca of the talks."),
        accepted("The comedy club runs improv nights, and the vox-pop was sotto voce."),
        flagged("The fait was sealed.", "fait"),
        accepted("“We will maintain, uh, maintain one five thousand leavin- three thousand,” he said."),
        flagged("The goverment- and state-run firms merged.", "goverment"),
        accepted("The military attache ordered a saute of greens."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        accept, accept_lower = _accepted_words(context.settings)
        reject_lower = {w.lower() for w in context.settings.reject}
        heading_spans = [(p.start, p.end) for p in doc.paragraphs if p.kind in _HEADING_KINDS]
        prose = doc.prose
        known = lx.is_word
        words = doc.words
        run_on = lx.run_together_forms()  # lower-case forms only: "upto", not "Upto"
        done = -1  # the last word a split-word finding took in
        for position, word in enumerate(words):
            if position <= done:
                continue
            text = word.text
            if known(text.lower()):  # most words: done at once
                if len(text) == 1 and text not in "aAiI" and text.isalpha():
                    split = split_word(doc, vocabulary, words, position, accept_lower)
                    if split is not None:
                        done = max(done, split[1])
                        if not self.reports_rare:
                            yield self._split_finding(doc, words, *split)
                elif text in run_on and text not in accept_lower and not self.reports_rare:
                    if not is_glued(prose, word.start, word.end):
                        yield self._run_together_finding(doc, vocabulary, word)
                continue
            if not text[:1].isalpha():
                continue  # numbers, codes
            if _apostrophe_word(text.lower()):
                continue  # "dont", "childrens": G102/G103 report the missing apostrophe
            if broken_word(prose, words, position):
                continue  # "delib- erately": a word broken at the end of a line
            if cut_off(prose, word):
                continue  # "leavin- three thousand": a false start, the rest not said
            if not text[:1].isalpha() or any(c.isdigit() or c == "_" for c in text):
                continue
            if text in accept or text.lower() in accept_lower or text.lower() in reject_lower:
                continue
            if is_glued(prose, word.start, word.end):
                continue
            if in_foreign_phrase(prose, words, position):
                continue  # "fait accompli", "sotto voce": a phrase English borrows whole
            if text.isalpha():
                split = split_word(doc, vocabulary, words, position, accept_lower)
                if split is not None:
                    done = max(done, split[1])
                    if not self.reports_rare:
                        yield self._split_finding(doc, words, *split)
                    continue
            hyphenated = "-" in text
            if hyphenated and lx.is_word(_bare(text.replace("-", "")).lower()):
                continue  # pesh-merga, co-operate
            if hyphenated and len({p.lower().removesuffix("s") for p in _bare(text).split("-")}) == 1:
                continue  # dik-diks, tom-toms, so-so: a word said twice
            if hyphenated and (
                any(p[:1].isupper() for p in text.split("-")[1:])
                or text[:1].isupper() and not vocabulary.starts_sentence(word.start)
            ):
                continue  # CNBC-itis, de-Giuliani-ized: coinages on a name
            if hyphenated and coined_compound(_bare(text)):
                continue  # mau-mauers, tsk-tsking, candidate-itis
            for index, (part, start) in enumerate(_parts(text, word.start)):
                bare = _bare(part)
                if len(bare) < (4 if hyphenated else 3):
                    continue  # X-ers, edu-tainment, add-ons: prefixes and fragments
                if bare in accept or bare.lower() in accept_lower:
                    continue
                finding = self._check_part(
                    doc, vocabulary, bare, start, index, word, heading_spans
                )
                if finding is not None:
                    yield finding

    def _run_together_finding(self, doc, vocabulary, word):
        pair = lx.run_together(word.text)
        repeated = vocabulary.counts.get(word.text, 0) > 1
        return self.finding(
            doc,
            word.start,
            word.end,
            f"\"{word.text}\" looks like two words run together: \"{pair}\".",
            suggestions=[pair],
            severity="info" if repeated else None,
        )

    def _split_finding(self, doc, words, first, last, joined, sure):
        start, end = words[first].start, words[last].end
        written = doc.prose[start:end]
        if written[:1].isupper():
            joined = joined[:1].upper() + joined[1:]
        if sure:
            message = f"\"{written}\" looks like one word split in two: \"{joined}\"."
        else:  # a rare word some write in two ("pesh merga")
            message = f"Check whether \"{written}\" should be one word: \"{joined}\"."
        return self.finding(
            doc, start, end, message, suggestions=[joined], severity=None if sure else "info"
        )

    def _check_part(self, doc, vocabulary, part, start, index, word, heading_spans):
        if not part.replace("'", "").isalpha():
            return None
        rest = part[1:]
        if any(c.isupper() for c in rest):  # acronyms, codes, McDonald, iPhone
            return None
        lower = part.lower()
        if lx.is_word(lower) or lower in vocabulary.names:
            return None
        if lower.isascii() and accents_dropped(lower):
            return None  # "attache", "protege": a borrowed word written without its accents
        if morphology.formed(lower) or (
            morphology.formed(lower, guarded=False) and written_again(vocabulary, lower)
        ):
            return None  # "interclan", "nonregistered"; "defund" said twice in the story
        if (
            lower.endswith("s")
            and not lower.endswith("ss")  # ("discss": no plural ends so)
            and (len(lower) > 5 or "-" in word.text)
            and lx.zipf(lower[:-1]) >= 3
        ):
            return None  # "five-year-olds", "the favorables": a plural the dictionary lacks
        if lower.endswith("ies") and len(lower) > 6 and lx.zipf(lower[:-3] + "y") >= 3:
            return None  # "the hereditaries": the same, from a word in -y
        if lower in vocabulary.abbreviations or said_twice(doc.prose, start, part):
            return None  # "barrels per day (bpd)"; "tsk tsk"
        if lower.endswith("in") and doc.prose[start + len(part) : start + len(part) + 1] in ("'", "’"):
            if lx.is_word(lower + "g"):
                return None  # "lyin'", "nothin'": the "g" dropped, as said
        if among_foreign_words(doc, start):
            return None  # "distrutto dal rigore": a passage in another language
        if "'" in lower:
            head = lower.split("'")[0]
            if lx.is_word(head) or head in vocabulary.names:
                return None
        capitalised = part[0].isupper()
        if not capitalised and len(lower) <= 5 and between_names(doc, word, vocabulary):
            best = lx.candidates(lower)[:1]
            if not best or best[0].distance > 1 or best[0].zipf < 5.0:
                return None  # "Daniel arap Moi": a particle inside a name ("Obama sayd" is not)
        if capitalised:
            # Names are capitalised: only a sentence's first word is checked, and only when
            # it is a slip away from a common word.
            if self.reports_rare or index or not vocabulary.starts_sentence(word.start):
                return None
            if any(s <= start < e for s, e in heading_spans):
                return None
            if known_name(part):
                return None  # "Andy said ...": a first name, surname or place, not "And"
            token = doc.analysis("names").at(start)
            if token is not None and token.after:
                return None  # "Alain Levy said", "Htay Oo, its chairman": a name's first word
            best = lx.candidates(lower)[:1]
            if not best or best[0].distance > 1 or best[0].zipf < 4.5:
                return None
            return self.finding(
                doc,
                start,
                start + len(part),
                f"Check whether \"{part}\" is misspelled; it is not a word, nor a name"
                " found elsewhere in the story.",
                suggestions=lx.suggest(part),
                severity="info",
            )
        elif not part[0].islower():
            return None
        if lx.is_rare_word(lower) != self.reports_rare:
            return None  # a real word of the larger lists is S103's, any other S101's
        return self._lower_case_finding(doc, vocabulary, part, start, lower)

    def _lower_case_finding(self, doc, vocabulary, part, start, lower):
        found = lx.candidates(lower)
        suggestions = lx.suggest(part)
        # Sure enough to warn: a lower-case word of four letters or more, used once, close to
        # a common word. A capitalised word may still be a name, a short one an abbreviation,
        # a repeated one a term the story means, two words written solid a compound the
        # story coins ("ultrawealthy"): those are reported for a check only.
        repeated = vocabulary.counts.get(part, 0) > 1
        sure = len(part) > 3 and not repeated
        if found and found[0].zipf >= 3.0 and sure and " " not in found[0].word and _close(lower, found[0]):
            return self.finding(
                doc,
                start,
                start + len(part),
                f"\"{part}\" looks misspelled.",
                suggestions=suggestions,
            )
        return self.finding(
            doc,
            start,
            start + len(part),
            f"\"{part}\" is not in the dictionary; check the spelling.",
            suggestions=suggestions,
            severity="info",
        )
