"""Grammar rules (LT): what LanguageTool finds, as findings of the rule engine."""

from __future__ import annotations

import re

from ..engine import code_selected
from ..findings import Finding
from ..rule import Context, Rule, accepted, flagged

# Longest text quoted in a message.
_QUOTE_LIMIT = 60
# An amount of money after "a"/"an": LanguageTool reads the symbol, a reader the number.
_BEFORE_MONEY = re.compile(r"\s*[$£€¥]")


_SENTENCE_OPENERS = ".!?:;\"“‘'(["


def _capitalised(word: str) -> bool:
    """One word, a capital letter of any script and then small letters or digits ("Hart",
    "Æthelbald", "Zap2it"), not an acronym ("UK")."""
    return len(word) > 1 and word[0].isupper() and word[1:].isalnum() and not any(c.isupper() for c in word[1:])


def _looks_like_name(text: str, offset: int, length: int) -> bool:
    """A capitalised word inside a sentence (not after a full stop or an opening quote)."""
    if not _capitalised(text[offset : offset + length]):
        return False
    before = text[:offset].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


# A lone "I" after a capitalised word inside a sentence, or after an article, is a Roman
# numeral in a name ("World War I veterans", "the Type UB I boats", "a I chord"; "the UB Is"
# for more than one), which LanguageTool reads as the pronoun.
_NUMERAL_I = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he)|[A-Z][\w.-]*)[ \u00a0]Is?\b(?!')")


def _numeral_i_near(text: str, offset: int, length: int) -> bool:
    """Whether the match covers, or directly follows, "I" read as a Roman numeral."""
    start = max(0, offset - 40)
    for found in _NUMERAL_I.finditer(text, start, min(len(text), offset + length)):
        i = found.end() - 1
        if not (offset - 2 <= i < offset + length) or text.startswith("'", found.end()):
            continue  # ("I'm": the pattern's (?!') cannot see past the window's end)
        word = found.group(0).split()[0]
        if word[0].isupper() and word not in ("A", "An", "The"):
            before = text[: found.start()].rstrip()
            if not before or before[-1] in _SENTENCE_OPENERS:
                continue  # a sentence's first word: "Today I", "Then I"
        return True
    return False


# A verb in its plain form after a word of demand or need and its subject is a subjunctive
# ("demands the minister resign", "important that she close the gap"), not a slip of
# agreement, which is how LanguageTool reads it.
_MANDATIVE = re.compile(
    r"\b(?:ask|demand|insist|prefer|propose|recommend|request|require|suggest|urge)(?:s|ed|ing)?"
    r"|\b(?:crucial|essential|imperative|important|necessary|vital)\b",
    re.IGNORECASE,
)
_SUBJECT_BEFORE = re.compile(r"(?:\s+that)?\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?[\w’'.-]+\s+$", re.IGNORECASE)
_PLAIN_VERB = re.compile(r"[a-z]+")


def _subjunctive(text: str, offset: int, length: int) -> bool:
    """Whether the match is one plain verb right after a mandative word and its subject."""
    if not _PLAIN_VERB.fullmatch(text, offset, offset + length) or text[offset + length - 1] == "s":
        return False
    window = max(0, offset - 80)
    for trigger in _MANDATIVE.finditer(text, window, offset):
        if _SUBJECT_BEFORE.fullmatch(text, trigger.end(), offset):
            return True
    return False


# Hyphens, dashes and the white space between words: a suggestion that changes only these
# ("side-effect" for "side effect", "duty-free" for "duty free") is hyphenation, house style.
_JOINERS = re.compile(r"[\s\-\u2010-\u2015]+")


def _only_hyphenation(covered: str, suggestions) -> bool:
    """Whether LanguageTool's first suggestion is the covered words hyphenated or unhyphenated
    ("side effect" for "side-effect"); closing a gap ("a lot" for "alot") is not."""
    if not suggestions or suggestions[0] == covered:
        return False
    return _JOINERS.sub(" ", suggestions[0]).strip() == _JOINERS.sub(" ", covered).strip()


def _title_words(text: str, offset: int, length: int) -> bool:
    """Whether the match covers two or more words that all begin with a capital letter: a
    title or a name ("Week End", a film; "The A cars", a letter naming a class), which
    LanguageTool reads as ordinary words."""
    words = text[offset : offset + length].split()
    return len(words) >= 2 and all(word[0].isupper() for word in words)


class LanguageToolRule(Rule):
    """Grammar, usage and wording problems that LanguageTool finds (codes LT + its rule id).

    *What it flags*: what a LanguageTool server reports on the story's prose — agreement
    ("the figures was"), confused words ("could care less", "a historic"), wrong articles,
    missing words and the like. Each finding's code is ``LT`` followed by LanguageTool's rule
    id (``LTAFFECT_EFFECT``); its family follows LanguageTool's category: typos are spelling,
    punctuation and typography are punctuation, style and redundancy are style, the rest is
    grammar. Only prose is sent: never the front matter, code, links or URLs.

    *Why it matters*: agreement and confused-word errors slip past a spell checker and past a
    tired desk; LanguageTool's thousands of patterns catch many of them.

    *Flagged*: "The figures was released on Monday."

    *Preferred*: "The figures were released on Monday."

    *Options*: off until a server is given: ``--languagetool URL`` or
    ``[tool.newslint.languagetool] server = "http://127.0.0.1:8081"`` (``"local"``: the
    user's own server, started on first use and stopped when idle; ``newslint languagetool
    start|stop|status``). ``language`` (default: the ``spelling``
    setting, else the story's own US or UK spelling), ``enable`` / ``disable`` (LanguageTool
    rule ids), ``timeout`` (seconds for each whole request; default 60), ``picky``. ``--ignore LTAFFECT_EFFECT`` and
    ``--select LTAFFECT_EFFECT`` work on single LanguageTool rules. Rules that repeat newslint's
    own (spelling, doubled words, quotes, brackets, dates) or misfire on news copy are off by
    default; the README lists them. When the server fails (unreachable, too slow, an HTTP
    error), one line says so after the report and every other rule's findings stand.

    *Known limits*: LanguageTool does not know the story's names or its house style: its
    style, punctuation, typography, hyphenation and compound advice and the rules that guess
    (agreement with collective nouns, word classes) are off by default, as measured on real
    copy (the README lists them), and a word swap proposed for a capitalised word inside a
    sentence (a name: "Gary Hart") is dropped, and so is a match that reads a Roman numeral
    in a name as the pronoun "I" ("the Type UB I boats") or a subjunctive as a slip of
    agreement ("demands the mayor resign", "important that she close the gap"), and so is a match
    on two or more capitalised words (a title or a name: the film "Week End") or one whose
    suggestion only hyphenates or unhyphenates the words ("side effect" for "side-effect":
    hyphenation is house style, unless ``enable`` names the rule). Where one of newslint's own rules flags the
    same words, only newslint's finding is reported. A match inside a direct quotation is
    reported as quoted, at info, and never fixed: the quote is what was said. Agreement
    across a long clause ("the figures for the quarter was") is often missed.
    """

    code = "LT"
    name = "languagetool"
    family = "grammar"
    severity = "warning"
    needs = ("quotes",)
    # Where newslint's own rules flag the same words, theirs is the finding reported.
    defers_to_own_rules = True
    # The examples need a running LanguageTool server (the tests start one).
    service = "languagetool"
    examples = (
        accepted(""),
        accepted("The council approved the budget on Tuesday."),
        flagged("The figures was released on Monday.", "was"),
        flagged("Its a good day for the city, the mayor said.", "Its"),
        flagged("Zoë Müller said the plan would effect", "effect"),
        flagged("“They was wrong,” said Zoë Müller.", "was"),
        flagged('"He have been elected," said Zoë Müller.', "have"),
        accepted("“We will look forward,” said Zoë Müller in Ağdam."),
        accepted("Five Type UB I boats were sent to the Baltic in 1915."),
        accepted("Twenty Type UB Is were built, and the UB Is were slow."),
        accepted("The abbey was founded under King Æthelbald of Mercia."),
        accepted("Molly Chance, writing for Zap2it, praised the film."),
        accepted("The council demands the mayor resign before Friday."),
        accepted("One side-effect of the closure was a rise in traffic."),
        accepted("Critics praised the film Week End when it opened in Paris."),
        accepted("The A cars were built in Ohio, and the B cars in Maine."),
        flagged("The committee met everyday at noon.", "everyday"),
        flagged("The mayor said he go to the town hall every week.", "go"),
        flagged("The mayor said I has to wait for the vote.", "has"),
    )

    def selected_by(self, settings, extra_ignore=()) -> bool:
        """On when a server is configured and ``LT`` (or one LT code) is selected."""
        if not settings.table("languagetool"):  # no table, no --languagetool: off, client not loaded
            return False
        from .. import languagetool

        if not languagetool.wanted(settings):
            return False
        if code_selected(self.code, settings, extra_ignore):
            return True
        wanted = tuple(settings.select or ()) + tuple(settings.extend_select)
        return any(
            entry.startswith("LT") and len(entry) > 2 and code_selected(entry, settings, extra_ignore)
            for entry in wanted
        )

    def check(self, doc, context: Context):
        from .. import languagetool

        settings = context.settings
        opts = languagetool.options(settings)
        backend = context.backends.get(self.service)
        if opts.server is None or backend is None or not doc.paragraphs:
            return
        language = languagetool.language_for(opts, settings, doc)
        pieces = languagetool.pieces_of(doc)
        if not pieces:
            return
        results = backend.matches(opts, language, pieces)
        if results is None:  # the backend holds the reason; the command line reports it
            return
        per_file = settings.ignored_for(doc.path)
        quotes = doc.analysis("quotes")
        # [severity] LT = "…" re-grades every LanguageTool finding (a full LT code still wins).
        regrade = dict(settings.severity).get(self.code)
        for piece, matches in zip(pieces, results):
            for match in matches:
                finding = self._finding(doc, piece, match, opts, quotes)
                if finding is not None and code_selected(finding.code, settings, per_file):
                    yield finding.with_(severity=regrade) if regrade else finding

    def _finding(self, doc, piece, match: dict, opts, quotes) -> Finding | None:
        from .. import languagetool

        rule_id = str(match.get("rule", "")).upper()
        if not rule_id or opts.switched_off(rule_id):
            return None
        offset, length = match["offset"], match["length"]
        if length <= 0 or offset + length > len(piece.offsets):
            return None
        start = piece.offsets[offset]
        end = piece.offsets[offset + length - 1] + 1
        if rule_id == "EN_A_VS_AN" and _BEFORE_MONEY.match(doc.text, end):
            return None  # "an $11bn fraud" is read "an eleven-billion-dollar fraud"
        covered = " ".join(doc.text[start:end].split())
        if len(covered) > _QUOTE_LIMIT:
            covered = covered[: _QUOTE_LIMIT - 1] + "…"
        message = " ".join(str(match.get("message", "")).split()) or "LanguageTool reports a problem here."
        category = str(match.get("category", ""))
        if category in languagetool.WORD_SWAP_CATEGORIES and _looks_like_name(piece.text, offset, length):
            # A capitalised word inside a sentence is a name ("Gary Hart"): measured on
            # clean news, every such word-swap finding was one.
            return None
        if _numeral_i_near(piece.text, offset, length) or _subjunctive(piece.text, offset, length):
            return None
        if _title_words(piece.text, offset, length):
            return None
        suggestions = tuple(r for r in match.get("replacements", ()) if isinstance(r, str))
        if _only_hyphenation(piece.text[offset : offset + length], suggestions) and not opts.named(rule_id, category):
            return None
        quoted = quotes.inside(start)
        # In a direct quotation the words are the speaker's: advice at most, never a fix.
        severity = "info" if quoted else languagetool.severity_of(category, str(match.get("issue", "")), rule_id)
        return Finding(
            code=f"LT{rule_id}",
            name=rule_id.lower().replace("_", "-"),
            family=languagetool.family_of(category),
            severity=severity,
            quoted=quoted,
            start=start,
            end=end,
            message=f"\"{covered}\": {message}",
            suggestions=suggestions[:3],
            fixable=False,
        )
