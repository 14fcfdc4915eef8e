"""S212: a word one letter from a commoner word that fits its neighbours far better.

"traffic patters" (patterns), "the parts where then assembled" ... A spell checker
accepts every one of these words; only the words around them show the slip. The decision is
the noisy channel of ``near_words``: word and word-pair counts of openly licensed text, weighed
for the word written and for each word one edit from it.
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...rule import Rule, accepted, flagged
from ..slips.counts import token_key
from . import near_words
from .base import running_text

# The odds (natural log) by which a candidate's fit must beat the word written, the share by
# which the candidate must be commoner, and the weight of the triple "left x right": chosen on
# the tune half of scripts/eval_near_words.py (slips injected into Wikipedia files the counts
# never saw) for findings on the untouched copy of about one in 10,000 words.
MARGIN = 12.0
RATIO = 1.0
TRIPLE_WEIGHT = 1.0
# A word's own plural, singular or form in -d is no candidate: on real copy those readings were
# writers' choices (held-out Wikipedia AD_97-98: "defensive perimeters", "papal nuncios", "the
# managements of the two bands"; 6 findings, none right), and number and tense slips are the
# agreement rules' to judge. On injected slips they found more (tune 0.174 -> 0.137).
# A verb's form in -s is no candidate for its form in -d either, nor the other way round
# (``near_words.is_inflection``, 2026-12-02): on the dev corpus "which legalizes abortion"
# ("legalized") and "a market that sorely misses them" ("missed") were wrong, in two files
# each; on the tune half of scripts/eval_real_edits.py such pairs were 16 of 18 candidates at
# words no annotator touched ("the victim dies on", "it transpires"), none at S212's margin;
# scripts/eval_near_words.py --margins 12 --contexts 5 --only 0,1,0,1 (tune | held out):
# injected slips found 272/1989 | 266/1955 -> 260 | 257, untouched findings 20 | 14 -> 20 | 12.
INFLECTIONS = False
# ... and the part of the margin the neighbours give, without the two words' frequencies
# (``Reading.context``): a rare word ("wonks") loses to a common one on frequency alone.
# 10, not 5 (2026-12-02): read on copy the counts never saw (Wikipedia text_AD_wiki_80-89,
# 1.6 million words, and the dev corpus), the findings whose neighbours gave less than 10 were
# right 2 times in 15 (right: "The fist one began", "specially during the wars"; wrong: rare
# but right words beside a commoner one, "cotton is ginned and baled", "the tote", "thickness
# gages", "a waggon wheel", "fused in a single flame", "Forastero trees are hardier"), those
# at 10 or more 5 in 9 ("the major cites of the province", "was chose as the site", "the
# other send of the scale"). On the tune half of scripts/eval_real_edits.py S212's findings at
# words no annotator touched 3 -> 0 ("the tire to hold air", "to heap the pressure",
# "cleaving the undead flesh"), its real-word errors found (alone) 4 -> 3 (lost: "patters" for
# "patterns", 5.3); held out 1 -> 1 found, 2 -> 1 at untouched words. Injected
# slips (scripts/eval_near_words.py --margins 12 --contexts 5,10 --only 0,1,0,1; tune | held
# out): found 0.131 | 0.131 -> 0.080 | 0.079, findings on the untouched drafts 20 | 12 -> 7 | 4.
CONTEXT_MIN = 10.0
# A wide context (S205's, ``newslint/context_words.py``: the content words within ten words)
# for S212 was measured by its ceiling first and not built (2026-12-02, rw20). Such a judge
# can only re-rank the readings that lower gates let through, so the most it could find is
# what the lower gates find. ``scripts/eval_real_edits.py --half both --cmd "python3
# scripts/near_word_gates.py --margin M --context-min C check" --args "--select S212
# --no-cache"``, real-word errors found by S212 (tune | held out) against S212's findings at
# words no annotator touched (tune | held out): at 12/10 (today) 2/68 | 1/112, 0 | 1; at
# 12/5 and 12/0, 3 | 1, 3 | 2; at 9/0, 4 | 3, 19 | 11; at 6/0, 6 | 3, 66 | 66. A perfect
# wide context could therefore add at most 2 held-out real-word errors, and only by telling
# them from 10 to 65 wrong readings, for a store of about 3 MB (contexts of ~25,000 words):
# the held-out slips S212 misses are mostly not among its readings at all (the misses are not
# for want of a judge, as rw17 found they are not for want of candidates).
# More candidates than one edit were measured and left out (2026-12-02, rw17; the candidates
# added to ``near_words.offered`` at run time, judged by the same counts at the same margins):
# homophones two or more edits apart (the CMU Pronouncing Dictionary, stress ignored: 814 words
# of near_words.txt, "principle"/"principal", "sole"/"soul", "rite"/"right") and a word's
# derivations of another part of speech (same stem with -ly, -er, -ion, -ing ...: 18,045
# words, "friends"/"friendly", "lighting"/"lighter"). scripts/eval_real_edits.py --args
# "--select S212" (tune | held out): errors found 3 | 1 -> 4 | 1 (the one more, "the mostly
# widely known": most), findings at untouched words 0 | 1, unchanged. Over Wikipedia
# text_AD_wiki_80-99 (3.2 million words the counts never saw) and the dev corpus, 9 -> 17
# findings, the 8 new ones all wrong ("silver medalists": medal, "steroidal hormones",
# "scaly drapery", "popular touring destinations", "corneal ulceration", "the worldly",
# "expansion of the rite to children": right, "the interpreting of"). And with these
# candidates and the gates lowered (margin 6, no CONTEXT_MIN), real-word errors found on
# the tune half 2 -> 6 of 68 against 0 -> 105 findings at untouched words. The misses are
# not for want of candidates: the neighbours of most real slips say too little
# ("family-friends rides": "friendly" by 8; "full-bloom eye": "blown" by 8).
MIN_WRITTEN = 4  # a word written shorter than this is left to the function-word rules


def _judged(token, i: int, tokens, enders=frozenset(".!?")) -> bool:
    """A word S212 weighs: lower-case letters (a capital only at the start of a sentence), at
    least MIN_WRITTEN of them, in the dictionary."""
    word, _, _, written = token
    if len(word) < MIN_WRITTEN or not word.isascii() or not word.isalpha():
        return False
    if written[:1].isupper():
        if written.isupper() or (i and tokens[i - 1][0] not in enders and tokens[i - 1][0] not in "\"“'‘"):
            return False
    return lx.is_word(word) and near_words.is_content_word(word)


# Marks that join a word to its neighbour in a compound ("lone-wolf", "and/or"): across a
# hyphen the neighbour is the compound's other part ("full-" beside "blown", counted so:
# ``near_words.joined``); across the others, nothing the counts can judge.
_COMPOUND_MARKS = frozenset("/–")


def _neighbour(tokens, i: int, step: int = 0) -> str | None:
    """The neighbour at ``tokens[i]`` as the counts know it (``step``: -1 on the left of the
    word judged, 1 on its right, 0 as written); None for a name (a capital inside the
    sentence), which the counts, in lower case, would mix with a common word, or for what they
    cannot judge. A hyphen that joins two words gives the word beyond it, joined."""
    if i < 0 or i >= len(tokens):
        return near_words.EDGE
    word, start, end, written = tokens[i]
    if word in _COMPOUND_MARKS:
        return None
    if word == near_words.HYPHEN and step:
        beyond = i + step
        if not (0 <= beyond < len(tokens)):
            return None
        near, far = (tokens[i + 1], tokens[beyond]) if step < 0 else (tokens[i - 1], tokens[beyond])
        joins = (far[2] == start and end == near[1]) if step < 0 else (near[2] == start and end == far[1])
        if not joins or not far[0].isalpha() or len(far[0]) < 3:
            return None  # not two words joined, or a prefix ("re-energise")
        if far[3][:1].isupper():
            return None
        return near_words.joined(token_key(far[0]), "left" if step < 0 else "right")
    if written[:1].isupper() and i and tokens[i - 1][0] not in ".!?\"“":
        return None
    return token_key(word)


def slips(
    tokens,
    margin: float = MARGIN,
    ratio: float = RATIO,
    triple_weight: float = TRIPLE_WEIGHT,
    repeated=None,
    inflections: bool = INFLECTIONS,
    context_min: float = CONTEXT_MIN,
):
    """(position, ``near_words.Reading``) of each word of a paragraph's tokens that the
    counts say is a slip for a word one edit away; ``repeated``, when given, tells the words
    written more than once in the draft, which are left alone (a writer who uses a rare word
    twice means it: "the first tine, the second tine")."""
    if not running_text(tokens):
        return
    table = near_words.counts()
    compiled = ratio == RATIO and inflections == INFLECTIONS  # near_words.offered holds these
    for i, token in enumerate(tokens):
        others = near_words.offered(token[0]) if compiled else None
        if others == () or not _judged(token, i, tokens):
            continue  # no word to offer (most words), or not one S212 weighs
        left, right = _neighbour(tokens, i - 1, -1), _neighbour(tokens, i + 1, 1)
        if left is None or right is None:
            continue
        word = token[0]
        if repeated is not None and repeated(word):
            continue
        if table.count(left, word, right):
            continue  # the three words are written together: no slip to weigh
        # a part of a compound is weighed against other words, not its own plural or singular
        # ("roller-coasters" and "roller-coaster" are both right)
        weighed = inflections and near_words.HYPHEN not in (left[-1:], right[:1])
        # (the compiled lists hold the candidates of INFLECTIONS; else they are worked out)
        found = near_words.weigh(
            left, word, right, ratio, triple_weight, weighed, others if weighed == INFLECTIONS else None
        )
        if found is not None and found.margin >= margin and found.context >= context_min:
            yield i, found


class NearWord(Rule):
    """A word one letter from a commoner word that fits the words around it far better.

    *What it flags*: a dictionary word (of four letters or more, not a name) when a word one
    edit from it (a letter dropped, added, changed, or two letters swapped) is at least as
    common and, in about 78 million words of openly licensed English, stands beside the same
    neighbours so much more often that a slip is the likelier reading (the noisy channel of
    Mays, Damerau and Mercer, 1991).

    *Why it matters*: a spell checker accepts every one of these words; a reader stumbles on
    them, and a copy editor is expected to catch them.

    *Flagged*: "The new bridge opened to traffic at the send of the year."

    *Preferred*: "The new bridge opened to traffic at the end of the year."

    *Known limits*: it reads only the word just before and just after, so a slip whose
    neighbours suit both words ("he spit at") passes, and a rare but right word in a rare
    phrase may be flagged; a slip is reported only where the neighbours alone (their words'
    frequencies aside) favour the other word by 10 (``CONTEXT_MIN``), so a rare word whose
    neighbours say little passes ("traffic patters", "a long-tern member"); names, words in capitals, headlines and captions, a word written
    twice in the draft, direct quotes, and a word's US or UK spelling are left alone, and a
    word is never read as its own plural, singular or form in -d ("perimeters", "perimeter"),
    nor a verb's form in -s as its form in -d ("legalizes", "legalized").
    A part of a compound written with a hyphen is judged by the other part ("long-tern":
    "long-term").

    *How sure*: advice (info). Read on real copy (2026-12-02, ``CONTEXT_MIN`` 10): the dev
    corpus's news (156,000 words), 2 findings, both right ("the other send of the scale",
    "Some expects believe"; at 5 there were 4, with "a geek or gadget fan" and "He also shored
    up"); other news (``scripts/eval_confusables.py --select S212 --half tune``, its
    un-injected articles, 367,000 words), 2, 1 right ("as party of that program"; wrong: "to
    geek out"; at 5, 5 with 2 right); Wikipedia text the counts never saw (text_AD_wiki_80-89,
    1.6 million words), 6, 3 right ("the major cites of the province", "was chose as the
    site", "1450 tones per hour"; wrong: "an insolvable problem", "bathroom sink faucets", "an
    air-conditioner on test"; at 5, 22 with 5 right). No finding on real-dev's corrected drafts.
    About 1 right in 2.
    """

    code = "S212"
    name = "near-word"
    family = "spelling"
    severity = "info"
    needs = ("lexicon",)
    # a speaker's words are as spoken: a word one letter from another inside a quote is left
    # alone (the counts are of written prose)
    quotes = "skip"
    # the rules with their own sets say more exactly what is wrong
    gives_way_to = ("S201", "S202", "S203", "S204", "S205", "S206", "S210", "S211")
    examples = (
        flagged("The new bridge opened to traffic at the send of the year.", "send"),
        accepted(""),
        accepted("The new bridge opened to traffic at the end of the year."),
        accepted("The new bridge opened to traffic at the send of the year"),  # a headline: no full stop
        # the neighbours alone favour "patterns" by less than CONTEXT_MIN: left alone
        accepted("The study looked at traffic patters in older towns."),
        accepted("Mr. Patters said the study of energy consumption would go on next year."),
        accepted("The colour of the new flag was chosen by the council after a long vote."),
        accepted("The court upheld the 1973 ruling, which legalizes abortion in most states."),
    )

    def check(self, doc, context):
        vocabulary = doc.analysis("lexicon")
        for index in range(len(doc.paragraphs)):
            tokens = vocabulary.tokens_of(index)
            for i, found in slips(tokens, repeated=lambda word: vocabulary.counts[word] > 1):
                _, start, end, written = tokens[i]
                suggestion = lx.recase(found.meant, written)
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"Check whether \"{written}\" should be \"{suggestion}\": the words on either"
                    f" side of it stand beside \"{found.meant}\" far more often.",
                    suggestions=[suggestion],
                )
