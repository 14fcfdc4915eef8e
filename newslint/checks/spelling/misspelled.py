"""S101: words that are not in the dictionary, with suggestions.

Which words those are, the spelling walk decides (``analysis/spelling.py``, read by S103
too); this rule words the findings and grades them."""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...analysis.names import known_name
from ...analysis.spelling import split_first
from ...rule import Context, Rule, accepted, flagged
from .coinages import near_foreign_letters
from .layout import mentioned, species_epithet


# A lower-case non-word that the counts' text (78 million words of Wikipedia) writes at least
# this often for each time it writes the closest word is a word of its own there: a term, a
# borrowing, an abbreviation ("sqft" 0.1 of "soft", "princeps" 0.06 of "princess", "urbe"
# twice "urge", "convento" 0.022 of "convent"). Slips are written less often, even the
# commonest: "forst" 0.00007 of "first", "alot" 0.0024 of "lot", "millenia" 0.010 of
# "millennia", "jewelery" 0.013 of "jewelry" (most misspellings are never written there).
OWN_WORD_RATIO = 0.02


def _own_word(word: str, meant: str) -> bool:
    """Does Wikipedia write ``word`` at least OWN_WORD_RATIO as often as ``meant``, so that it
    is a word of its own there rather than a slip?"""
    from ..confusables import near_words

    table = near_words.counts()
    seen = table.count(word)
    return seen > 0 and seen >= OWN_WORD_RATIO * table.count(meant)


def _written_as_term(word: str) -> bool:
    """Do the counts' text (78 million words of Wikipedia) write ``word`` at least FLOOR
    times, the least they keep: a word with no correction to offer that Wikipedia writes
    is a term of its own there ("monomoraic", "nitronium", "homoplasy", "glomerulosa")."""
    from ..confusables import near_words

    return near_words.counts().count(word) >= near_words.FLOOR


def _name_only(word: str) -> bool:
    """Is ``word`` only a name: no word class in the lexicon, and a name in the name lists
    ("ghana", "alicia", "dee"; not "anything" nor "me", which have no class either)?"""
    from ...analysis.names import common_words

    return not lx.tags(word) and word not in common_words() and known_name(word.capitalize())


def _cased(suggestion: str) -> str:
    """A suggestion that is only a name, with the capital a name takes ("kolak": "Kodak",
    "geororgian": "Georgian"); the word list holds every word in lower case. Not one of
    fewer than four letters: those are mostly abbreviations the lexicon gives no word
    class ("lab", "min", "co", "eve" are names only there)."""
    if len(suggestion) > 3 and suggestion.islower() and " " not in suggestion and _name_only(suggestion):
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _meant(found):
    """The closest candidate a slip most likely meant: the first at the closest distance that
    is a word, not only a name ("dyee": "dye" before "Dee"); None when every one is a name
    ("ghanta": only "Ghana", a lower-case word no slip of it)."""
    for candidate in found:
        if candidate.distance > found[0].distance:
            break
        if not _name_only(candidate.word):
            return candidate
    return None


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
    no common first name, surname or place ("Andy", "Kim", "Vince" are names, not slips),
    nor the first word of a name ("Alain Levy said"), nor a word after a title ("Dr.
    Wolk"), nor a word that about 78 million words of Wikipedia write more than once in
    ten thousand times they write the common word ("Hearn" beside "heard", "Mayr" beside
    "may": names; "teh" is written five times in a million "the").
    Words English builds from parts the dictionary has are no slips: a bound prefix on a
    common word ("defund", "interclan", "nonregistered", "ultrawealthy"), a suffix on one
    ("monarchian", "monarchianism"), a systematic chemical name ("phenylboronic"), unless
    the word is also one slip from a common word ("outweight", "desing"), when only a
    story that writes it twice ("defund", "defunding") shows it is meant. Nor are an
    abbreviation the story spells out before it in brackets ("miles per gallon (mpg)"), a
    word said twice over ("tsk tsk"), a hyphenated coinage ("okey-dokeying", "debate-itis"),
    a dropped "g" ("lyin'"), a word with letters left out ("a p–sy"), a word with a
    letter English spells without ("für", "náměstí", "район": another language's), a
    passage in another language (two more words nearby that no dictionary has and that are no slips
    of common words), a foreign phrase English borrows whole ("fait accompli", "sotto
    voce"; data/spelling_foreign_phrases.txt) and a phrase WordNet lists whole with a word
    the lexicon lacks ("lis pendens", "cantus firmus", "Musca domestica";
    data/spelling_phrases.txt). A real word of the larger dictionaries that
    is rare and a slip from a common word ("improv", "tenge") is S103's, reported for a check.
    Words other lists carry but that are common misspellings ("tommorow", "publically")
    are flagged, and so are two words run together around a function word ("upto",
    "otherhand", "alongwith"; not a form about 78 million words of Wikipedia write as one
    more than once in ten thousand times they write the two words, a name or a Latin term:
    "canis", "tropicalis", "manus"), a sentence's first word or two capitalised words that
    are two words run together which Wikipedia writes side by side as often as a common
    word ("Infact", "Eachother", "in NewYork"; not "YouTube", which it writes as
    one) and a word split in two by a space where one half is a lone letter or no word
    ("an d", "T he", "beca use").

    Nor are a compound English writes with a hyphen, written solid or inflected
    ("cleareyed", "high-fiving", "high fiving"; WordNet's hyphenated compounds, not two
    words a slip runs together: "alot", "infact" are flagged), a hyphenated coinage built
    from parts ("contraster-in-chief"), slang and interjections spelled as meant ("realz",
    "naw"; data/spelling_informal.txt), a name the story writes capitalised after an
    initial or a title ("jeff pellworth" beside "Jeffrey T. Pellworth"), a word the story
    writes three times that is no slip of a common word (a term or a name it means) and a
    lower-case word that no word of the whole dictionary, rare ones too, is two edits or
    fewer from (starting with its first or second letter): a term, a borrowing or a coinage
    ("saprotrophic", "cleithrum", "zorbulactic"), no slip, with nothing to suggest; nor one
    with no correction to offer that about 78 million words of Wikipedia write three times
    or more, a term of its own there ("monoprotic", "nitronium", "homoplasy").

    *Why it matters*: a typo in published copy costs the story its credibility, and the
    spell checker in a newsroom's editor is often switched off because of the names.

    *Flagged*: "The minister was tryinng to calm the markets."

    *Preferred*: "The minister was trying to calm the markets."

    *Options*: ``vocabulary.accept`` (words never flagged, such as house jargon) and
    ``vocabulary.reject`` in the configuration.

    *Known limits*: capitalised words are taken to be names, so a typo in a name, a
    headline or a word in capitals is not caught (the consistency rules catch a name spelled
    two ways). A word is reported at "info" severity, for a check rather than a change, when
    it may be right after all: a rare word no dictionary lists but a slip away from one
    that does ("ventrilloquyst"), a word the story uses more
    than once, a word of three letters, a capitalised word that opens a sentence, one
    with no close correction, one whose closest word is only a name ("ghanta" beside
    "Ghana") or that Wikipedia writes at least twice for every hundred times it writes its
    closest word ("sqft" beside "soft", "princeps" beside "princess": a term, a borrowing
    or an abbreviation of its own), one that two words would make ("ultrawealthy"), a quoted term
    the text names rather than uses ('known as "kuren"', 'the Latin word "sonus" meaning
    sound'), the second part of a species name ("Musca domestica") and a word beside a
    lower-case word with letters English spells without ("l'assemblée nationale"). A slip
    that makes another word ("form" for "from") is not caught here; the S2xx rules catch the
    common real-word errors in context.

    *How sure* (typo20, the Wikipedia terms): a word with no correction to offer that the
    counts' Wikipedia text (the files AD_80-99 left out) writes three times or more was
    reported for a check; now it is not. Wikipedia AD_80-99 and the dev corpus's news: 60
    findings fewer, every one a term ("abugida", "glomerulosa", "pyrolusite", "schiltron",
    "unsolvability"), none in the news; real writers' errors (``scripts/eval_real_edits.py
    --select S101,S103``) tune 98 found either way, other findings 25 -> 22, held-out 87
    found either way, other findings 30 -> 28; real-dev unchanged (145/265, typo 63/63).
    """

    code = "S101"
    name = "misspelled-word"
    family = "spelling"
    severity = "warning"
    needs = ("lexicon", "names", "quotes", "spelling")
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
        accepted("Talks resume\n\nHearn later left the talks, said Dr. Wolk. Mayr stayed."),
        accepted("Critics mocked his debate-itis and the okey-dokeying aides."),
        accepted("“Non tutte le ciambelle riescono col buco,” she said; he was talkin' fast."),
        accepted("He called the rival a p–sy on air."),
        flagged("The goverment and the minstry met the offical team.", "goverment", "minstry", "offical"),
        flagged("They met to discss the plan.", "discss"),
        flagged("The anti-goverment protest grew, and goverment-like bodies.", "goverment", "goverment"),
        accepted("The merger was a fait accompli; English is the lingua franca of the talks."),
        accepted("The comedy club runs improv nights, and the vox-pop was sotto voce."),
        flagged("The fait was sealed.", "fait"),
        accepted("“We will keep, uh, keep two hundred leavin- one hundred,” she said."),
        flagged("The goverment- and state-run firms merged.", "goverment"),
        accepted("The military attache ordered a saute of greens."),
        accepted("The hlavní nádraží, the main station, and the район office were shut."),
        accepted("Senators were high-fiving on the floor; aides were high fiving in the hall."),
        accepted("Her cleareyed account of the talks won praise from the contraster-in-chief."),
        accepted("“We won for realz,” she said. “Naw, it was hella close.”"),
        accepted("“It's jeff pellworth,” she said of Jeffrey T. Pellworth, the envoy."),
        accepted("The zentrafic pump failed. A zentrafic valve and a zentrafic seal were fitted."),
        flagged("We had alot of fun there, infact.", "alot", "infact"),
        flagged("Talks resume\n\nInfact, turnout fell.", "Infact"),
        accepted("The beetle Dytiscus tropicalis and the manus of the fossil were described."),
        flagged("The mayor of NewYork spoke on Monday.", "NewYork"),
        flagged("The goverment met. The goverment spoke. The goverment left.", "goverment", "goverment", "goverment"),
        accepted("The lab tested a zorbulactic enzyme on Monday."),
        accepted("The lab said the acid was monoprotic and the ion was nitronium."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        words = doc.words
        for verdict in doc.analysis("spelling").verdicts(context.settings):
            kind = verdict.kind
            if kind == "misspelled":
                finding = self._lower_case_finding(doc, vocabulary, verdict.text, verdict.start)
                if finding is not None:
                    yield finding
            elif kind == "split":
                yield self._split_finding(doc, words, verdict)
            elif kind == "run_together":
                yield self._run_together_finding(doc, vocabulary, verdict)
            elif kind == "capitalised":
                yield self._capitalised_finding(doc, verdict)

    def _run_together_finding(self, doc, vocabulary, word):
        pair = word.joined or lx.run_together(word.text)
        repeated = vocabulary.counts.get(word.text, 0) > 1
        return self.finding(
            doc,
            word.start,
            word.end,
            f"\"{word.text}\" looks like two words run together: \"{pair}\".",
            suggestions=[pair],
            severity="info" if repeated else None,
        )

    def _split_finding(self, doc, words, verdict):
        start, end, joined = verdict.start, verdict.end, verdict.joined
        written = doc.prose[start:end]
        if written[:1].isupper():
            joined = joined[:1].upper() + joined[1:]
        if verdict.sure:
            message = f"\"{written}\" looks like one word split in two: \"{joined}\"."
        else:  # a rare word some write in two ("taek wondo")
            message = f"Check whether \"{written}\" should be one word: \"{joined}\"."
        return self.finding(
            doc, start, end, message, suggestions=[joined], severity=None if verdict.sure else "info"
        )

    def _capitalised_finding(self, doc, verdict):
        part = verdict.text
        return self.finding(
            doc,
            verdict.start,
            verdict.end,
            f"Check whether \"{part}\" is misspelled; it is not a word, nor a name"
            " found elsewhere in the story.",
            suggestions=lx.suggest(part),
            severity="info",
        )

    def _lower_case_finding(self, doc, vocabulary, part, start):
        lower = part.lower()
        found = lx.candidates(lower)
        suggestions = [_cased(s) for s in lx.suggest(part)]
        # Sure enough to warn: a lower-case word of four letters or more, used once, close to
        # a common word. A capitalised word may still be a name, a short one an abbreviation,
        # a repeated one a term the story means, two words written solid a compound the
        # story coins ("ultrawealthy"): those are reported for a check only.
        repeated = vocabulary.counts.get(part, 0) > 1
        end = start + len(part)
        sure = (
            len(part) > 3
            and not repeated
            and not mentioned(doc.prose, start, end)  # 'the Latin word "sonus"'
            and not species_epithet(doc.prose, start, end, vocabulary.starts_sentence)
            and not near_foreign_letters(doc, start)  # "l'assemblée nationale"
        )
        best = _meant(found)
        split = split_first(lower)
        if not found and split is None and (not lx.any_word_within_two(lower) or _written_as_term(lower)):
            return None  # no word within two edits, or none to suggest and Wikipedia writes
            # it: a term, a borrowing, a coinage
        if split is not None:  # "infact": "in fact" before "infant"
            pair = lx.recase(split, part)
            suggestions = [pair, *(s for s in suggestions if s != pair)][:3]
        if split is not None and found:
            best = found[0]  # two words run together: whatever the closest single word is
        if (
            best is not None
            and best.zipf >= 3.0
            and sure
            and " " not in best.word
            and _close(lower, best)
            and (split is not None or not _own_word(lower, best.word))
        ):
            message = f"\"{part}\" looks misspelled."
            if split is None and best is not found[0]:  # "dyee": "dye" before "Dee"
                meant = lx.recase(best.word, part)
                suggestions = [meant, *(s for s in suggestions if s != meant)][:3]
            if split is not None:
                message = f"\"{part}\" looks like two words run together: \"{suggestions[0]}\"."
            return self.finding(doc, start, start + len(part), message, suggestions=suggestions)
        return self.finding(
            doc,
            start,
            start + len(part),
            f"\"{part}\" is not in the dictionary; check the spelling.",
            suggestions=suggestions,
            severity="info",
        )
