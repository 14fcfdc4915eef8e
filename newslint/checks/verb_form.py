"""G201: a verb in the wrong form after an auxiliary ("has became", "did went", "got accept")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import lexicon as lx
from ..prefilter import guarded_in_time
from ..rule import Context, Rule, accepted, flagged
from .verb_slips import (
    BE,
    DO,
    DROPPED_D,
    GET,
    HAVE,
    MODAL_NOUNS,
    MODALS,
    NOUN_DETERMINERS,
    OBJECT_STARTS,
    POSSESSIVES,
    RIGHT_SEEN,
    Slip,
    after_get,
    after_to,
    bare_after,
    ing_form,
    participles,
    plain_of_finite,
    unseen_after as _unseen_after,
)
from .verbs import (
    INVERSION_OPENERS,
    PRONOUN_SUBJECTS,
    adverb,
    bases,
    function_words,
    is_third,
    is_word,
    mostly_verb,
    participle_only,
    past_base,
    past_bases,
    past_only,
    pasts,
    regular,
    regular_pasts,
    relative_before,
    same_participle,
    third_base,
    verbs_also_nouns,
    word_set,
)

_TRIGGERS = HAVE | BE | MODALS | DO | GET | {"to"}


@lru_cache(maxsize=1)
def _unmarked() -> dict[str, str]:
    """Auxiliaries written without their apostrophe where that spelling is no word ("didnt":
    "didn't"; not "cant" or "wont"), from G102's table: the verb after one is checked as
    after the auxiliary ("they didnt came")."""
    from .apostrophes import contractions

    return {bare: form for bare, (form, note) in contractions().items() if form in _TRIGGERS and not note}


class VerbFormAfterAuxiliary(Rule):
    """A verb in the wrong form after an auxiliary ("has became", "did went", "got accept").

    *What it flags*: after "have", "has" or "had", a simple past where the participle belongs
    ("has became", "have went", "had took", and a past that is another verb's base, "have
    saw", "has fell": "has become", "have gone", "had taken", "have seen") or a bare verb
    ("has accept") or "be" ("could have be reversed": "been"; not after "not" or "do",
    where "to" is missing: "does not have be"; measured 2026-12-06: one finding over
    Wikipedia text_AD_wiki_80..99 and the dev corpus, a slip, none over the wide copy, WikEd
    unchanged); "be" after "is", "was", "were" and the like ("his report was be published",
    "figures that were be released": "to" lost, or "be" left over; not in a pseudo-cleft, a
    form of "do" within the twelve words before: "what he cannot do is be a presence";
    measured 2026-12-06 over Wikipedia text_AD_wiki_80..99, the dev corpus, 1,157 news
    articles, the UD treebanks' text and the wide copy: one phrase, a slip, in the news; on
    ``scripts/eval_real_edits.py`` 2 more held-out errors found, none at untouched words,
    but a frequency check before writing it grepped the GMEG and CWEB dev sentences of both
    halves, so that figure is not a clean held-out one); after a form of "be" as after
    "have", a simple past that is a noun too,
    where a bare singular noun could not stand ("is also spoke widely", "were drove in":
    not "had bit parts", "was rose pink", "are bit-addressable"); a participle that can be nothing else after a modal ("will gone"), or
    after "to" where the "to" cannot be a preposition (after "wants", before an object, a
    preposition or a wh-word, or before a bare singular noun: "to taken part", "to taken on
    staff", "to seen how"); after "will", "can", "did", "does", "to" and the like, a past or
    third-person form where the base belongs ("did went", "will goes", "can took", "to
    became"); after "to", a regular "-ed" form with an object after it (a determiner, a
    possessive, "this", "it", "him" …: "asked to recommended this", "going to announced the
    winner"; no preposition's object opens with a verb: "led to reduced services" is left
    alone, and so is "led to increased the risk", a "to" Wikipedia's counts make a
    preposition). Measured (2026-12-05): over the 300 Wikipedia AA/AB/AC files, the Gutenberg
    books and the presidents' addresses 39 findings, all slips ("decided to designed a",
    "refused to recognized the", "failed to disclosed their"); over the clean copy of
    refdiff (Wikipedia AD_80-99, the dev corpus, web text, EWT) 4, 3 of them slips, the
    fourth a "to" that ends a relative clause after a noun ("the diseases that they had no
    immunity to caused a population fall"); after a modal or "do", a regular past where the base belongs, when the tagger
    reads a verb ("will continued", "may required", "did not wanted"; after a modal also
    an irregular past that is its participle and no noun or adjective, "will held", "would
    met"; not a form that is a base too, "may feed", nor after "May" opening a sentence, a
    name or a month: "May formed the band", nor after "ill-will", nor "can" after a
    singular noun or "will" after an adjective, "a trash can filled", "ill will created";
    after "do" only when negated or opening a
    question: "did highly regarded work", "than they did combined"); after "is", "was" or
    "were", a simple past where the participle belongs ("was
    took": "was taken") or a plain verb that is nothing else ("was establish", "has
    finish": "was established", "has finished"; the tagger must read it as a verb too, so
    "was complete" is left alone, unless an object follows "have", where no adjective can
    stand: "had complete its review"); after a "to" that is a preposition ("committed to
    provide", "look forward to see", "in addition to", "when it comes to"; "used to" after a
    form of "get", or after "be" with "I" or "we": "getting used to look", "I'm used to
    work", not "they were used to make", the passive of "use"), a plain verb where the
    "-ing" form belongs (after "used to", also a word that is a noun too but mostly a
    verb, when the tagger reads a verb and a word follows: "used to look up"; 2026-12-07:
    over 1,890 Wikipedia lines with these phrases and 46 more with "get used to" or "I'm
    used to" from Wikipedia, PolNeAR, Gutenberg and the presidents' addresses one new
    finding, right by today's grammar, "the names we are used to revere"; on
    ``scripts/eval_real_edits.py --sources wi-c`` 3 more found on the tune half, one on the
    held-out, no finding at an untouched word; after the other phrases that reading made 10
    findings over those lines, most wrong: "in addition to steam", "when it comes to press
    freedom"), or before "you" or "it" as its object, with a mark or a word that is no verb
    after it ("look forward to meet you", "committed to change it"; not "when it comes to
    change you can": a clause; 2026-12-07: over 254 Wikipedia lines with these phrases, a
    word and "you" or "it", one new finding, "was accustomed to twist it with Ribbons", an
    18th-century text; the dev corpus and ``scripts/eval_real_edits.py`` unchanged); a plain
    verb between an article and a noun ("the reduce
    section": "the reduced section"; not a word that is a noun too, "a log cabin", from
    WordNet); a word that is a noun too where only the verb can stand,
    before "to" and a verb or after "been" before a full stop or a preposition ("has decline
    to comment", "were urge to stay", "had been shelve"; the words are those never seen
    after "be" or "have" in openly licensed text, ``data/verb_nouns.txt``), or that the
    tagger reads as a verb in its sentence ("had start some cases", "were use against";
    not before a noun or an adjective it may describe: "were also drag artists", "was
    lightning quick"); "got accept" for "got accepted", "get use to" and "was suppose to"
    for "used to" and "supposed to"; after a modal, a tensed "is", "was", "has" or "does"
    ("may has", "would only has", "he will is", "there may is": "may have"; not "the tin can
    is", "free will was": a noun before "can" or "will" makes it one), and after "do" with
    "not" ("did not has", "doesn't is": "have", "be"; not "what they did was", nor "those who
    do not are", where "do" ends a relative clause); after a modal, or "do" negated, an "-ing"
    form that the pair counts (``data/near_words.bin``) never have after that word ("will
    considering", "can coming", "did not going": "consider" or "be considering", "come",
    "go"; "will being", "could having": "be", "have"; the tagger must read a verb, and
    "can" after a noun or "will" after a word that may describe one are nouns: "a trash
    can overflowing", "free will having", so "the council will considering" is missed);
    after "have", "has" or "had", a third-person form of a verb WordNet's texts use
    mostly as a verb, never counted after it while its participle is counted there at
    least 20 times ("has makes": "made"; the tagger must read a verb: "has needs that",
    "has remains of" are nouns); after "is", "was", "are" and the like (not "being": "a
    heavenly being appears"), such a third-person form, never counted after that form of
    "be" ("is conducts": "conducting", or "conducts" alone), straight after it or after
    one of ``_BE_ADVERBS`` ("which is also serves as", "is often describes as"; 2026-12-07:
    over 1,279 Wikipedia lines with such an adverb between "be" and a word in -s, 8 new
    findings, all slips, and none over AD_80-99, PolNeAR and the dev corpus); "did" after "have" ("has
    already did": "done";
    the pair counts have "has/have/had did" never, "done" 332-724 times); "being" after "have"
    before a participle or an "-ing" form ("having being renewed", "have being working":
    "been", one letter away; the pair counts have "had", "has", "have" before "been" 25,268
    to 38,968 times, before "being" 0 to 7; on Wikipedia AD_80-99 and the dev news 2 findings,
    both right; on a sample of AA-AC 6 right and one wrong, "the difficulty Warhol had being
    accepted", where "had" closes a relative clause; not "everything that has being
    partakes", a philosopher's noun); a plain
    verb whose past is its participle, in no "-ed", read as above ("was build", "were send":
    "built", "sent"; ``same_participle`` in the verb table); after "get", a word that is a
    noun too that ends its phrase, which the pair counts never have after a form of "get"
    but have its participle there at least 3 times ("got arrest after": "got arrested";
    not "got word", "got home", "got use of"); after a form of "be" or "have", a plain verb
    whose past is its participle, in no "-ed", whose participle the pair counts have there at
    least 50 times as often as the plain form, whatever the tagger reads ("was being build
    when", "had hold talks": "built", "held"; "had held" 215 times, "had hold" 3; not before
    "of", nor after "have" before a preposition: "had hold of the town"). Adverbs may stand
    between ("has never became"; after "do" and "have", words that are adverbs there though
    they may be other words: "did not even went", "has just became"), and the
    subject may follow the auxiliary in a question ("Has he became …?"). After "do",
    "does" or "did" opening a question or an inversion, a subject of a few words and then a
    tensed "is", "has" or "does", a third-person form of a verb mostly used as one, or a
    simple past that is no participle ("Does the club has", "Why does the council wants",
    "Not only did the team went": "have", "want", "go"; the tagger must read a verb; not a
    past in "-ed", which after a noun may describe it, "so did the training required", nor
    "be" after "what", "What did the damage was a fire"; 2026-12-07: over 279 Wikipedia
    lines with such a "do" and over Wikipedia AD_80-99, PolNeAR and the dev corpus no
    finding; on the learners' essays of ``scripts/eval_real_edits.py --sources wi-c`` one,
    right). A regular past
    after a modal with no object after it is offered as a passive too ("can used by":
    "be used" first, before "by" or a stop; "must cleared in the port": "clear" or "be
    cleared"); an "-ing" form that lost its doubled consonant is offered its verb first
    ("will planing": "plan", "plane" or "be planning").

    *Why it matters*: the wrong form of a verb reads as a slip of the keyboard or of the
    rewrite, and a copy desk corrects it every time.

    *Flagged*: "The mayor has became the city's loudest critic of the plan."

    *Preferred*: "The mayor has become the city's loudest critic of the plan."

    *How sure*: every finding is advice (info) since a precision audit on Wikipedia text
    nobody tuned on (prec12): 4 of 9 warnings were right on AD_95-99 and 9 of 14 on AD_80-89;
    the false ones were nouns and words used as nouns after "be" or "to" ("most of the loans
    were refinance transactions", "engineered to be tamper resistant", "the stages being
    fetch, decode and execute", "applied to soaps made from", "due to protests the plans
    were dropped"). Before it, a plain verb between an article and a noun ("the expand section") was
    reported at info: on Wikipedia text such findings were technical compounds ("the accept
    buffer", "a parse tree"). So is a word that is a noun too, read by the tagger as a verb,
    before a preposition after "be" or "have" ("were use against"): a bare noun may stand
    there ("was comfort in those days"); and so is a noun that is a verb too, never seen
    after "be" or "have" in counted text (``data/verb_nouns.txt``), after "was", "were",
    "be" or "been" and before a stop, a conjunction or a preposition ("were arrest and"):
    on Wikipedia and Gutenberg text such findings were as often bare nouns ("would be
    torture to her"). The rest are warnings. A regular past after a modal or "do" ("will
    continued"; 2026-12-02): on Wikipedia text AD_80-99, 9 findings, all right ("Ships must
    cleared in the port", "which will opened early in 2012"); on the dev corpus's news, none.
    "did" after "have", the verbs whose past is their participle ("was build") and "got
    arrest" (2026-12-02): no finding on Wikipedia AD_80-99 or the dev news; on learners'
    sentences (JFLEG), 5, all at real slips ("the teacher is make": there "makes"). An
    "-ing" form after a modal and a third-person form after "have" (2026-12-02): on
    AD_80-99 and the news, one finding, right ("which has holds offices"), after two
    ellipses were left out ("as it could by producing"); on JFLEG one more, at a slip. A
    third-person form after "be": 3 findings on AD_80-99 and the news, all right ("the
    bureau is conducts surveys", "diphenylamine is condenses with", "what is says are the
    facts"), after "being" was left out ("a heavenly being appears").

    *Known limits*: the forms come from lemminflect's tables; a verb with two accepted past
    participles ("lit" and "lighted", "got" and "gotten", "sowed" and "sown") is never
    flagged. After a word whose "to" is a preposition in Wikipedia's counts (a noun phrase follows it at
    least 20 times as often as a plain verb: "due to", "as opposed to", "access to";
    ``data/prepositional_to.txt``; one or two adverbs may stand between: "refers almost
    exclusively to soaps"), a verb form after "to" is taken for a noun ("due to
    protests the plans were dropped"): on Wikipedia AD_80-99 that removed 3 wrong findings
    of 9 after "to" and no right one (2026-12-02). Words after which Wikipedia's "to" takes
    "-ing" by counts (``scripts/build_gerund_to.py``: "in addition to", "prior to", "refers
    to") were tried beside the hand list and left out: 6 new findings on AD_80-99, all wrong
    ("in addition to cover songs", "refers to lumber cut for"); so was the converse, an
    "-ing" form after the words whose "to" takes a plain verb in at least 99 of 100 counted
    cases (``scripts/build_infinitive_to.py``: "decided to going"): 10 findings, 1 right
    ("led to ways to making"; wrong: "bent his efforts to expounding", "elected to
    alternating terms"). A plain verb between a
    determiner and a word and a noun, where the pair counts have the participle after the
    word at least 40 times as often ("a privately own company", "the newly build bridge",
    "a well know actor": "privately owned" 362 times, "privately own" 5) found nothing
    right on AD_80-99 and the dev news: after any word, 2 findings, both wrong ("the city
    remain agriculture": Wikipedia's pasts outnumber its presents; "the familiar holiday
    classic": a false count of the hashed pair table); after an adverb only, none; none on
    the real-error harness either, so it was left out (form20). A "to" that ends a relative clause with no "who" or "that" (a
    verb that takes no "to" and another verb, after a pronoun that follows the clause's head)
    leaves the verb after it alone ("everyone I had ever talked to knew": on Wikipedia AD_80-99
    and the dev news this removed no finding). An auxiliary that ends a relative clause is left alone ("what he had became
    clear", "the money she had went to charity"; not one whose own subject is the relative,
    "traders who had expect"), and so are words that can also be nouns or
    adjectives ("had bit parts", "was broke"); a participle that is no adjective before a bare
    singular noun after "to" is read as a verb, though "subject to written notice" is right. Direct quotations are not checked: the quote
    is what was said.
    """

    code = "G201"
    name = "verb-form-after-auxiliary"
    family = "grammar"
    severity = "info"
    # "was lead by": S205 reads the same slip as a confused word, at warning, with its gloss
    gives_way_to = ("S205",)
    needs = ("lexicon", "quotes", "tags")
    quotes = "skip"
    examples = (
        accepted(""),
        flagged("The ruling could have be reversed, Zoë Müller said.", "be"),
        flagged("The report was be published in 1943, Zoë Müller said.", "be"),
        accepted("What he cannot do is be a presence; it is to be done."),
        accepted("It could have been reversed; it does not have be all of them."),
        flagged("The licences, having being renewed in 1999, have being used since.", "being", "being"),
        accepted("Everything that has being partakes in God; the difficulty he had being accepted."),
        accepted("The mayor has become the city's loudest critic of the plan."),
        flagged("The mayor has became the city's loudest critic of the plan.", "became"),
        # "now" after "be" before a plain form that is nothing else; not before a noun
        flagged("Most firms are now prefer video to print.", "prefer"),
        accepted("The house is now home to a museum, and it is still used."),
        flagged("Has he became a critic? The council had took the vote.", "became", "took"),
        flagged("Does she has a car? Why does the council wants more?", "has", "wants"),
        flagged("She is getting used to drive at night, and I'm used to look after myself.", "drive", "look"),
        flagged("The arena is also serves as a home ground.", "serves"),
        flagged("The road is now ran by a private firm.", "ran"),
        accepted("The hall is also home to a museum and is still open."),
        accepted("The tool is used to make holes; they were used to build walls; I used to live there."),
        flagged("Not only did the club went down, it lost its ground.", "went"),
        accepted("Does the candidate hire skilled staff? So did the training required to use them."),
        accepted("What did the damage was a fire. The people who did the work went home."),
        flagged("Zoë Müller has never went back to Ağdam.", "went"),
        flagged("Did they went to the meeting?", "went"),
        flagged("The firm did not even went to court, and she has just became its chair.", "went", "became"),
        accepted("The site is now park land, and the town was once home to a mill."),
        flagged("She finally got accept on her fourth try.", "accept"),
        flagged("Most small businesses are today prefer video production.", "prefer"),
        flagged("Residents said they could not get use to the noise.", "use"),
        flagged("The plan was suppose to cut costs.", "suppose"),
        flagged("He said the vote will goes ahead.", "goes"),
        flagged("They didnt came back, and she doesnt knows why.", "came", "knows"),
        flagged("By then the river had rose", "rose"),
        accepted("“We have went through hell,” said Zoë Müller."),
        accepted('"We have went through hell," said Zoë Müller.'),
        accepted("What he had became the foundation of the trust."),
        accepted("The money she had went to charity, and his will states the rest."),
        flagged("Traders who had expect a rate cut sold, and a firm that has went bust.", "expect", "went"),
        accepted("He had better go; they have to decide, and she does so gladly."),
        accepted("The lights had lit the square, and he had got lucky."),
        accepted("Officials had bit parts, and the firm was broke."),
        flagged("Santali is also spoke widely in Assam, and the lines were drove in by hand.", "spoke", "drove"),
        accepted("Her hat was rose pink; 16 of the registers are bit-addressable and the job was bit work."),
        flagged("The school was establish in 1990 by monks.", "establish"),
        flagged("We are committed to provide care and look forward to see you.", "provide", "see"),
        accepted("The party is committed to change, and funds committed to build roads came."),
        flagged("We look forward to meet you, and we are committed to change it.", "meet", "change"),
        accepted("When it comes to change you can believe in, we look forward to work again."),
        flagged("The firm plans to cuts 500 jobs.", "cuts"),
        flagged("The panel was asked to recommended this, and they are going to announced the winner.", "recommended", "announced"),
        accepted("The cuts led to reduced services; she is committed to limited government and used to work."),
        accepted("Everyone I had ever talked to wanted a vote."),
        accepted("She ended up speaking to crowds 15,000 strong in the square."),
        accepted("The merger and how it came to be offer a lesson; he asked how it had come to be."),
        flagged("Water leaked into the expand section of the roof.", "expand"),
        accepted("They built a log cabin near the dam gates and the bar counter."),
        accepted("The divide poses a test; he works on a complete time basis."),
        accepted("The school has to establish itself; the work is complete and all he did was complain."),
        flagged("The bank has decline to comment, and staff were urge to stay home.", "decline", "urge"),
        flagged("Officials said the scheme had been shelve.", "shelve"),
        flagged("The plan has not been see by the board.", "see"),
        accepted("The town has claim to fame; the project has been code-named Atlas and is key to growth."),
        flagged("A tree has fell across the lane, and we have saw the damage.", "fell", "saw"),
        flagged("She wants to gone home, the firm could taken the deal and he hopes to taken part.", "gone", "taken", "taken"),
        flagged("No debate will taken place, and fans went online to seen how to help.", "taken", "seen"),
        accepted("Crews will saw the logs; they have saw blades, a tribute to fallen soldiers and a trip to frozen lakes."),
        accepted("She will fell the tree, and what he had saw was a fox."),
        accepted("Failure to do so raises costs; he did so reluctantly and owes it to triples of them."),
        accepted("Due to protests the plan failed, as opposed to forces the army sent."),
        flagged("Proposals were made to transports goods, and it seems to suggests a rise.", "transports", "suggests"),
        flagged("It found a way to quickly paints a room, and he seems to genuinely reaches out.", "paints", "reaches"),
        accepted("The law applies to only cases the courts hear; it points to later works such as this."),
        flagged("The agency had complete its review. The club said it had start some legal cases.", "complete", "start"),
        accepted("Those who did took time; the hosts were drag artists and the raid was lightning quick."),
        flagged("Each entry may has an error, and the methods can is better understood.", "has", "is"),
        flagged("He will is played by Zoë Müller, and there may is a sequel.", "is", "is"),
        flagged("The meeting will held on Monday, and we would met them there.", "held", "met"),
        accepted("May brought a guitarist on board; the king's ill-will meant trouble, and it would when first built have been small."),
        accepted("Everyone who could sought shelter."),
        flagged("The student did not has a passport, and it doesn't is clear why.", "has", "is"),
        accepted("What they did was brave; those who do not are forced out, and the tin can is empty."),
        flagged("The tour will continued in May, and fans did not wanted it to end.", "continued", "wanted"),
        flagged("The stand was build in 1990, and the club has already did the repairs.", "build", "did"),
        flagged("Zoë Müller got arrest after the match, and the squad were send home.", "arrest", "send"),
        accepted("They got word of the plan, got home late and got use of the hall; we got help."),
        flagged("The board will considering the bid, and the firm has makes a loss.", "considering", "makes"),
        flagged("Zoë Müller did not going to Ağdam, and they can coming back.", "going", "coming"),
        flagged("The plan will being put to a vote, and the firm could having a say.", "being", "having"),
        accepted("A trash can overflowing with bottles stood by; prices rose, as they did following the war."),
        accepted("He said free will having an effect on the world is an illusion."),
        accepted("The site has remains of a wall, she has needs that nobody meets and it has plans."),
        accepted("It earned as much as it could by reissuing films, more than they could using old tools."),
        flagged("The agency is conducts a survey, and they are plays football.", "conducts", "plays"),
        flagged("The dress uniform is consists of a white tunic.", "consists"),
        accepted("The darker lines are streamlines, and the laws were reconstructs of older ones."),
        accepted("A heavenly being appears; the site is remains of a fort and the problem is costs."),
        accepted("A trash can filled with water stood by; larvae may feed on it. She did highly regarded work."),
        accepted("Sales rose more than they did combined, as will newly elected members."),
        accepted("The tin can is empty, his will was read and free will is a myth. May is warm; do what you can."),
        flagged("The hall was being build when the war began, and the two leaders had hold talks.", "build", "hold"),
        accepted("Everyone I had ever talked to knew him; the rebels had hold of the town and a hold over its port."),
        flagged("The firm said it can rapidly used, and she will planing the route.", "used", "planing"),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        yield from self._verb_as_modifier(doc, vocabulary)
        for _, tokens, i in vocabulary.token_hits(_pattern()):
            slip = _slip(tokens, i) or _question_slip(tokens, i)
            if slip is None:
                continue
            token = tokens[slip.at]
            if slip.tagged_verb:
                tagged = doc.analysis("tags").token_at(token[1])
                if tagged is None or not tagged.tag.startswith("VB"):
                    continue  # "was complete", "is template": an adjective or a noun the lexicon lacks
            severity = None if slip.sure else "info"
            if slip.tags_after_verb is not None:
                severity = _noun_verb_severity(doc.analysis("tags"), tokens, slip.at, slip.tags_after_verb)
                if severity == "":
                    continue
            if slip.verb_after is not None:
                tagged = doc.analysis("tags").token_at(tokens[slip.verb_after][1])
                if tagged is None or tagged.tag != "VB":
                    continue  # "has claim to fame": a noun after "to"
            written = doc.text[token[1] : token[2]]
            rights = [lx.recase(form, written) for form in (slip.right, *slip.others)]
            aux = doc.text[tokens[i][1] : tokens[i][2]]
            message = slip.why.format(aux=aux, written=written, right='" or "'.join(rights))
            yield self.finding(
                doc,
                token[1],
                token[2],
                message,
                suggestions=rights,
                severity=severity,
            )

    def _verb_as_modifier(self, doc, vocabulary):
        """"It's the expand section": a plain verb that is nothing else between an article
        and a noun, where its participle describes the noun ("the reduced section"); the
        tagger must not read it as an adjective ("a complete list": the lexicon lacks some
        adjectives)."""
        # (one scan of the folded prose: the pattern never crosses a line, so never a paragraph)
        verbs = regular()
        search = guarded_in_time(_ARTICLE_VERB_NOUN, len(doc.paragraphs))  # (the same matches, found faster)
        for match in search.finditer(vocabulary.folded):
            word, noun = match.group(1), match.group(2)
            right = verbs.get(word)
            if right is None or lx.tags(word) != "v" or word in pasts() or "n" not in lx.tags(noun):
                continue
            if word in verbs_also_nouns():
                continue  # "a log cabin", "the dam operations": a noun the lexicon lacks
            if doc.text[match.start(1) : match.end(2)] != match.group(0)[match.start(1) - match.start() :]:
                continue  # a capital: a name or a title
            tags = doc.analysis("tags")
            tagged, described = tags.token_at(match.start(1)), tags.token_at(match.start(2))
            if tagged is None or tagged.tag in ("JJ", "JJR", "JJS", "VBN", "NNP"):
                continue
            if described is None or described.tag not in ("NN", "NNS"):
                continue  # "the divide poses": the word is a noun, the next its verb
            written = doc.text[match.start(1) : match.end(1)]
            # info: on Wikipedia text most were technical compounds ("the accept buffer",
            # "a parse tree") that no word table knows as nouns
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{written} {noun}\": a verb cannot describe a noun in its plain form; check"
                f" whether \"{right}\" is meant.",
                suggestions=[right],
                severity="info",
            )


# How common (Zipf) a verb's -s form that is nothing else must be for G201 to read it as the
# verb after "be" without the tagger: rarer ones may be nouns the lexicon lacks.
COMMON_VERB_ZIPF = 3.5

_TIME_DETERMINERS = frozenset(("every", "each", "this", "these", "those", "that", "all", "no", "half", "both"))
# What else the tagger may read after such a verb for an info finding: a preposition, a
# particle's adverb or a conjunction. A bare noun may stand there too ("was comfort in
# those days", "be cook in a camp"), so these are doubtful; a noun or an adjective after
# the word ("were also drag/VB queens", "was lightning quick") or a particle ("is junk up")
# makes it a noun, and leaves it alone.
_MAYBE_AFTER_VERB = frozenset(("DT", "PRP$", "PRP", "IN", "TO", "RB", "CC", "WDT", "WP", ".", ",", ":"))


def _noun_verb_severity(tags, tokens, k: int, sure_after: frozenset[str]) -> str | None:
    """How sure a finding on the word at ``k``, a noun too ("claim", "arrest"), may be: the
    tagger must read it as a plain verb form ("it has claim/VBP that"); a warning (None)
    when the word after it has a tag of ``sure_after`` and is no determiner of time ("had
    lunch every day"), info when it may follow a verb (``_MAYBE_AFTER_VERB``), else ""
    (no finding)."""
    tagged = tags.token_at(tokens[k][1])
    if tagged is None or tagged.tag not in ("VB", "VBP", "VBN", "VBD"):
        return ""
    if k + 1 >= len(tokens):
        return None
    following = tags.token_at(tokens[k + 1][1])
    if following is None:
        return ""
    if following.tag in sure_after and tokens[k + 1][0] not in _TIME_DETERMINERS:
        return None
    return "info" if following.tag in _MAYBE_AFTER_VERB else ""


_ARTICLE_VERB_NOUN = re.compile(r"(?<![\w'’-])(?:the|an?)[ \t]+([a-z]+)[ \t]+([a-z]+)(?![\w'’-])")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = lx.alternation(_TRIGGERS | set(_unmarked()))
    return re.compile(rf"(?<![\w'])(?:{words})(?![\w'])")


# Adverbs that stand between "do" or "have" and its verb though the word list gives them
# another reading too ("did not even went", "has just became", "had then took"): adverb()
# takes only words that can be nothing else. Not after "be", where a noun may follow them
# ("being now park and agricultural land", "is still home to").
BETWEEN_ADVERBS = word_set("even just only still ever once then now first later")


def _verb_after(tokens, i: int, inversion: bool, be: bool) -> int | None:
    """The index of the verb that the auxiliary at ``i`` governs: the next word, past any
    adverbs ("has never became") and, in a question, the subject ("Has he became")."""
    j = i + 1
    if (
        inversion
        and j < len(tokens)
        and tokens[j][0] in PRONOUN_SUBJECTS
        and (i == 0 or tokens[i - 1][0] in INVERSION_OPENERS)
    ):
        j += 1
    for _ in range(2):
        if j < len(tokens) and tokens[j][0] not in _WH_ADVERBS and (
            adverb(tokens[j][0])
            or not be and tokens[j][0] in BETWEEN_ADVERBS
            or be and tokens[j][0] in BETWEEN_ADVERBS | {"today"} and (_plain_verb_only(tokens, j + 1) or _past_only_at(tokens, j + 1))
        ):
            j += 1  # (not "when": "would when first made have been" opens a clause)
    if j >= len(tokens) or not is_word(tokens[j]) or tokens[j][3][:1].isupper():
        return None
    return j


def _past_only_at(tokens, j: int) -> bool:
    """A simple past that is no participle, plain form, noun or adjective at ``tokens[j]``: after
    "be" and "also" or "later" it is the slip ("was also wrote", "was later became")."""
    if j >= len(tokens) or not tokens[j][3].islower():
        return False
    word = tokens[j][0]
    return word in past_only() and lx.tags(word) == "v"


def _plain_verb_only(tokens, j: int) -> bool:
    """A verb's plain form at ``tokens[j]`` that the word list reads as nothing else: after "be"
    and "now" or "today" it is no noun ("are today prefer"; not "is still home to")."""
    return j < len(tokens) and tokens[j][3].islower() and lx.tags(tokens[j][0]) == "v" and tokens[j][0] in bases()


# Adverbs after "be" before a third-person form that was meant alone ("it is also saves
# money": "also saves"): ones that stand before a verb, not before a noun or an adjective.
_BE_ADVERBS = frozenset("also still often always usually sometimes never now already really".split())


# Adverbs that open a clause of their own between an auxiliary and its verb.
_WH_ADVERBS = frozenset(("when", "where", "why", "how", "whenever", "wherever"))


# Tensed forms of be, have and do and their plain forms: after a modal only the plain one.
_TENSED_AUXILIARIES = {
    "is": "be", "are": "be", "was": "be", "were": "be", "am": "be",
    "has": "have", "had": "have", "does": "do", "did": "do",
}


# Words before "will", "can" or "may" that make it the modal, though the word list reads them
# as adjectives too: "there may is", "here can be".
_EXISTENTIALS = frozenset(("there", "here"))


# Tensed forms of "be" before which a second "be" is a slip, and the forms of "do" whose
# pseudo-cleft takes one ("what he cannot do is be a presence").
_TENSED_BE = frozenset("is are was were am".split())
_DO_FORMS = frozenset("do does did done doing".split())
# Words before "have" that make "have be" another slip, "to" missing ("does not have be":
# "does not have to be"), not "been" ("could have be", "will have be": "been").
_HAVE_TO_BEFORE = frozenset("not n't do does did don't doesn't didn't".split())


def _slip(tokens, i: int) -> Slip | None:
    aux = _unmarked().get(tokens[i][0], tokens[i][0])
    if tokens[i][3][:1].isupper() and i > 0 and (tokens[i - 1][0] not in INVERSION_OPENERS or tokens[i - 1][0].isalpha()):
        return None  # "May", "Will", "Can" inside a sentence ("which Will claims"): a name or a month
    if aux in MODAL_NOUNS and i > 0 and tokens[i - 1][0] not in _EXISTENTIALS and (
        tokens[i - 1][0] in NOUN_DETERMINERS
        or tokens[i - 1][0].endswith("'s")
        or "a" in lx.tags(tokens[i - 1][0]) and "n" not in lx.tags(tokens[i - 1][0])
    ):
        return None  # "the will states", "his can holds", "free will goes"
    if aux == "to":
        return after_to(tokens, i)
    if aux in GET:
        return after_get(tokens, i)
    if aux in DO and i + 1 < len(tokens) and tokens[i + 1][0] == "so":
        return None  # "failure to do so raises": "do so" stands for a verb phrase of its own
    j = _verb_after(tokens, i, inversion=aux not in GET, be=aux in BE)
    if j is None:
        return None
    word = tokens[j][0]
    if aux in MODALS and tokens[i][3][:1].isupper() and (
        word in _TENSED_AUXILIARIES or word in regular_pasts() or word in _irregular_pasts()
    ):
        return None  # "May is warm", "May formed the band": a month or a name opens the sentence
    if aux in MODALS and word in _TENSED_AUXILIARIES:
        if _noun_before_modal(aux, tokens, i):
            return None  # "the tin can is", "ill will was": the modal is a noun ("the methods can is", "he will is" are slips)
        # "may has error bits", "can is better understood", "would only has to": a tensed
        # be, have or do after a modal, where its plain form belongs
        right = _TENSED_AUXILIARIES[word]
        return Slip(j, right, "After \"{aux}\", \"{written}\" should be the plain form \"{right}\".", True)
    if aux in DO and word in _TENSED_AUXILIARIES and (_negated(aux, tokens, i) or j == i + 2 and _opens_question(tokens, i)) and not relative_before(tokens, i):
        # "did not has", "doesn't is": a tensed be, have or do after negated "do", where its
        # plain form belongs (not unnegated, "what they did was brave", nor where "do" ends
        # a relative clause, "those who do not are forced": its verb is left out)
        right = _TENSED_AUXILIARIES[word]
        return Slip(j, right, "After \"{aux}\", \"{written}\" should be the plain form \"{right}\".", True)
    if aux in BE and word in DROPPED_D and j + 1 < len(tokens) and tokens[j + 1][0] == "to" and j == i + 1:
        return Slip(j, DROPPED_D[word], "\"{aux} {written} to\" should be \"{aux} {right} to\".", True)
    # a modal or a "didn't" seldom ends a clause, so "the right key you can went" and "a
    # party that doesn't believes" are not relative clauses that end there
    if aux not in MODALS and not aux.endswith("n't") and relative_before(tokens, i):
        return None
    found = set(lx.tags(word))
    past = past_only().get(word)
    if aux in HAVE:
        if word == "be" and j == i + 1 and not (i > 0 and tokens[i - 1][0] in _HAVE_TO_BEFORE):
            # "could have be reversed": the verb tables leave out "be" (with "do" and
            # "have"), and nothing but "been" follows "have" in its place
            return Slip(j, "been", "After \"{aux}\", \"{written}\" should be the participle \"{right}\".", True)
        if word == "being" and j == i + 1 and _participle_after(tokens, j + 1):
            # "had being told", "having being renewed": "been", one letter away; the pair
            # counts have "has/have/had being" 0-7 times against "been" 25,268-38,968. Only
            # before a participle: "everything that has being partakes" is a philosopher's noun
            return Slip(j, "been", "After \"{aux}\", \"{written}\" should be the participle \"{right}\".", True)
        if word == "did":
            # "has already did": the verb tables leave out "do" (with "be" and "have");
            # the pair counts have "has/have/had did" 0 times against "done" 332-724
            # ("had was" 32 times, "the most he had was": so not "was" or "were")
            return Slip(j, "done", "After \"{aux}\", \"{written}\" should be the participle \"{right}\".", True)
        if past and _plain_verb(word, tokens, j):
            return Slip(j, past[1], "After \"{aux}\", \"{written}\" should be the participle \"{right}\".", True)
        if is_third(word) and mostly_verb(word) and j == i + 1:
            # "has makes", "have comes back": a third-person form where the participle
            # belongs, of a verb WordNet's texts use mostly as a verb, which the pair counts
            # never have after this auxiliary but have its participle there; the tagger must
            # read a verb ("has needs that", "has remains of": nouns)
            right = participles().get(third_base(word) or "")
            if right and _unseen_after(tokens[i][0], word, right):
                why = "After \"{aux}\", \"{written}\" should be the participle \"{right}\"."
                return Slip(j, right, why, True, tagged_verb=True)
        homograph = past_base().get(word)
        if homograph and _no_noun_after(tokens, j):
            right, *others = homograph[1]
            why = "After \"{aux}\", \"{written}\" should be the participle \"{right}\"."
            return Slip(j, right, why, True, others=tuple(others))
        return bare_after(aux, tokens, i, j)
    if aux in BE:
        if word == "be" and j == i + 1 and aux in _TENSED_BE and not any(t[0] in _DO_FORMS for t in tokens[max(0, i - 12) : i]):
            # "his report was be published", "figures that were be released": "to" lost, or
            # "be" left over; not a pseudo-cleft ("what he cannot do is be a presence")
            return Slip(j, "to be", "After \"{aux}\", \"{written}\" does not fit: check whether \"{right}\" is meant, or \"{written}\" is extra.", True)
        if past and (not ({"n", "a"} & found) or _plain_verb(word, tokens, j)):
            return Slip(
                j, past[1], "After \"{aux}\", \"{written}\" should probably be the participle \"{right}\".", True
            )
        if is_third(word) and (j == i + 1 or j == i + 2 and tokens[i + 1][0] in _BE_ADVERBS) and aux != "being" and mostly_verb(word):
            # ("a heavenly being appears": a noun)
            # "is makes", "was goes": a third-person form straight after "be", of a verb
            # WordNet's texts use mostly as a verb, which the pair counts never have after
            # that form of "be" ("are remains", "are works" are counted); the tagger must
            # read a verb, unless the word is a common one that can be nothing else ("is
            # consists/NNS of"; rare ones may be nouns the lexicon lacks: "are streamlines",
            # "were reconstructs of laws"). Either the "-ing" form or the verb alone is meant.
            right = ing_form(third_base(word) or "")
            if right and _unseen_after(tokens[i][0], word, None):
                why = "After \"{aux}\", \"{written}\" does not fit: check whether \"{right}\" is meant, or \"{written}\" without \"{aux}\"."
                return Slip(j, right, why, True, tagged_verb=found != {"v"} or lx.zipf(word) < COMMON_VERB_ZIPF)
        return bare_after(aux, tokens, i, j)
    # modals and "do": the base form
    if aux in MODALS and word in participle_only() and (aux not in MODAL_NOUNS or "a" not in found or _no_noun_after(tokens, j)):
        # "will gone", "could taken place": after a modal no participle describes a noun,
        # unless the modal may be a noun itself ("a tin can frozen solid" aside)
        right = participle_only()[word]
        return Slip(j, right, "After \"{aux}\", \"{written}\" should be the plain form \"{right}\".", True)
    if past:
        if _plain_verb(word, tokens, j):
            return Slip(j, past[0], "After \"{aux}\", \"{written}\" should be the plain form \"{right}\".", True)
        return None
    if aux in DO and word in participle_only() and not ({"n", "a"} & found):
        right = participle_only()[word]
        return Slip(j, right, "After \"{aux}\", \"{written}\" should be the plain form \"{right}\".", True)
    irregular = _irregular_pasts().get(word) if aux in MODALS else None
    if irregular and i > 0 and tokens[i - 1][0] in ("who", "that", "which"):
        irregular = None  # "everyone who could sought shelter": the modal's verb is left out
    if (
        (aux in MODALS or aux in DO and (_negated(aux, tokens, i) or tokens[i][3][:1].isupper()))
        and not (i > 0 and tokens[i - 1][0] in _INVERTING)
        and (word in regular_pasts() or irregular)
        and word not in bases()
        and not _noun_before_modal(aux, tokens, i)
    ):
        # "will continued", "may required", "did not wanted": a regular past or participle
        # where the plain form belongs, where the tagger reads a verb; not a plain form too
        # ("may feed"), nor after "do" unless negated or opening a question ("did highly
        # regarded work", "than they did combined": "do" as a verb of its own); after a
        # modal an irregular past that is its participle too ("will held": "hold" or "be held")
        right = irregular or next(base for base in past_bases(word) if regular().get(base) == word)
        after = tokens[j + 1][0] if j + 1 < len(tokens) else ""
        if aux in MODALS and after not in OBJECT_STARTS:
            # no object follows, so a passive may be meant ("must cleared in the port": "must
            # be cleared"), and after "by" or at the end of a clause it is ("would marked by
            # allegations", "can rapidly screened."); on Wikipedia AD_80-99 the passive was
            # meant at 6 of 9 such findings
            passive = after == "by" or after in ("", ".", ",", ";", ":", ")")
            forms = (f"be {word}", right) if passive else (right, f"be {word}")
            return Slip(j, forms[0], "After \"{aux}\", \"{written}\" should be \"{right}\".", True,
                        tagged_verb=True, others=forms[1:])
        return Slip(j, right, "After \"{aux}\", \"{written}\" should be the plain form \"{right}\".", True, tagged_verb=True)
    if (
        word.endswith("ing")
        and (aux in MODALS or aux in DO and _negated(aux, tokens, i))
        and not any(t[0] in ("as", "than") for t in tokens[max(0, i - 3) : i])
        and not _noun_before_modal(aux, tokens, i)
        and all(t[0] in _NOT_BY or t[0].endswith("ly") for t in tokens[i + 1 : j])
    ):
        # "will considering", "can coming", "did not going": an "-ing" form where the
        # plain one belongs, which the pair counts never have after the auxiliary; the
        # tagger must read a verb ("as it did following the war" is no "do" before a
        # verb); not "a trash can overflowing", "free will having" (a noun before "can",
        # a word that may describe a noun before "will"), nor past a word
        # other than "not" or an adverb, nor after "as" or "than" ("as it could by
        # producing", "more than they could using": an ellipsis)
        found_bases = _ing_bases(word)
        if found_bases and _unseen_after(tokens[i][0], word, None):
            base = found_bases[0]
            others = tuple(found_bases[1:])
            if aux in MODALS and word != "being":
                others += (f"be {_ing_of(base, word)}",)  # "will planing": "be planning"
            why = "After \"{aux}\", \"{written}\" should be \"{right}\"."
            return Slip(j, base, why, True, tagged_verb=True, others=others)
    if is_third(word):
        if aux in MODAL_NOUNS and i >= 2 and tokens[i - 2][0] in ("a", "an"):
            return None  # "a tin can holds": the modal is a noun
        if aux in ("do", "does", "did") and j == i + 1 and "p" in found and (
            j + 1 >= len(tokens) or tokens[j + 1][0] not in OBJECT_STARTS - POSSESSIVES
        ):
            return None  # "have contractors do jobs that": a plural noun after "do" as a verb
            # ("did not rules out" is the auxiliary)
        right = third_base(word)
        return Slip(j, right, "After \"{aux}\", \"{written}\" should be the plain form \"{right}\".", True)
    return None


# Words after which "do", "does" or "did" comes before its subject, in a question or an
# inversion ("Why does the council want", "Not only did the club lose"): those of
# INVERSION_OPENERS but the relative words, after which "did" is a verb of its own ("the
# people who did the work went home").
_QUESTION_OPENERS = INVERSION_OPENERS - word_set("who which whom whose")
# The plain forms of the tensed be, have and do after a subject that "do" opens a question for.
_QUESTION_AUXILIARIES = {word: right for word, right in _TENSED_AUXILIARIES.items() if word != "am"}


def _opens_question(tokens, i: int) -> bool:
    """Does the "do", "does" or "did" at ``i`` open a question or an inversion, before its
    subject: first in its sentence or after a question word ("Does she", "Why did the")?"""
    return tokens[i][0] in ("do", "does", "did") and (i == 0 or tokens[i - 1][0] in _QUESTION_OPENERS)


def _question_slip(tokens, i: int) -> Slip | None:
    """"Does the club has", "Why did the council went", "Not only does Smith wants": "do"
    opening a question or an inversion, a subject, then a verb in a tensed form where the
    plain one belongs. The subject is a determiner and up to three words that describe or
    name, the last a noun ("the new club"), or one to three capitalised words ("Smith");
    the tagger must read a verb (``Slip.tagged_verb``: not "Did the team results show")."""
    if not _opens_question(tokens, i) or i + 2 >= len(tokens):
        return None
    first = tokens[i + 1]
    if first[0] in NOUN_DETERMINERS and first[0] != "whose":
        end = i + 2
        while end < len(tokens) and end <= i + 4 and tokens[end][3].islower() and is_word(tokens[end]) and (
            {"n", "a"} & set(lx.tags(tokens[end][0]))
        ):
            if end > i + 2 and tokens[end][0] in bases() and mostly_verb(tokens[end][0], base=True):
                return None  # "Does the candidate hire skilled staff": the plain verb is there
            end += 1
            if end < len(tokens) and "n" in lx.tags(tokens[end - 1][0]) and _tensed_after_question(tokens[end][0]):
                break
    elif first[3][:1].isupper() and first[0] not in PRONOUN_SUBJECTS and first[3].isalpha():
        end = i + 2
        while end < len(tokens) and end <= i + 3 and tokens[end][3][:1].isupper() and tokens[end][3].isalpha():
            end += 1
    else:
        return None
    if end >= len(tokens) or end == i + 2 and first[0] in NOUN_DETERMINERS:
        return None
    word = tokens[end][0]
    if not tokens[end][3].islower() or "n" not in lx.tags(tokens[end - 1][0]) and not tokens[end - 1][3][:1].isupper():
        return None
    right = _tensed_after_question(word)
    if right is None or right == "be" and i and tokens[i - 1][0] == "what":
        return None  # (not "What did the damage was a fire": a clause that "what" opens is the subject)
    return Slip(end, right, "After \"{aux}\" and its subject, \"{written}\" should be the plain form \"{right}\".", True, tagged_verb=True)


def _tensed_after_question(word: str) -> str | None:
    """The plain form of a tensed verb that cannot be a plain form itself: "has" -> "have",
    "wants" -> "want" (a verb mostly), "went" -> "go"; else None. Not a past in "-ed",
    which is a participle too, and after a noun often describes it ("so did the training
    required to operate them", "nor did an invasion attempted soon afterwards meet")."""
    if word in _QUESTION_AUXILIARIES:
        return _QUESTION_AUXILIARIES[word]
    if word in bases() or is_third(word) and not mostly_verb(word):
        return None
    return plain_of_finite(word)


@lru_cache(maxsize=1)
def _irregular_pasts() -> dict[str, str]:
    """Pasts in no "-ed" that are their participles too, and no plain form or noun -> their
    verb: "held" -> "hold", "built" -> "build" (not "found", "bound": plain forms of other
    verbs; not "left", "dove": nouns or adjectives too)."""
    every = bases()
    return {
        participle: base
        for base, participles in same_participle().items()
        for participle in participles
        if participle not in every and not {"n", "a"} & set(lx.tags(participle))
    }


# After these an auxiliary comes before its subject: "as will newly elected leaders", "than
# did combined sales".
_INVERTING = frozenset(("as", "so", "nor", "than", "neither"))


# What may stand between a modal and an "-ing" form it governs ("will not", "can still").
_NOT_BY = frozenset(("not", "never", "also", "still", "just", "already", "always", "now"))


_AUXILIARY_INGS = {"being": "be", "having": "have", "doing": "do"}


def _participle_after(tokens, k: int) -> bool:
    """A past participle or an "-ing" form at ``k``, or after an adverb there ("previously
    hidden")."""
    if k < len(tokens) and tokens[k][0].endswith("ly") and "r" in lx.tags(tokens[k][0]):
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k][0]
    return word.endswith(("ed", "ing")) and "v" in lx.tags(word) or word in participle_only() or word in _irregular_pasts()


def _ing_of(base: str, written: str) -> str:
    """The "-ing" form of ``base`` that the writer of ``written`` meant: "planning" for
    "plan" written "planing" (the doubled form, when it is the commoner word), else
    ``written``."""
    doubled = base + base[-1] + "ing"
    if written == base + "ing" and lx.is_word(doubled) and lx.zipf(doubled) > lx.zipf(written):
        return doubled
    return written


def _ing_bases(word: str) -> list[str]:
    """The plain verbs an "-ing" form may be made from, the commonest first: "considering"
    -> "consider", "coming" -> "come", "stopping" -> "stop"; and a form that lost its
    doubled consonant, "planing" -> "plan" (written for "planning") before "plane"."""
    if word in _AUXILIARY_INGS:
        return [_AUXILIARY_INGS[word]]  # (the verb tables leave out "be", "have" and "do")
    stem = word[:-3]
    found = []
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base and base in bases() and ing_form(base) == word:
            found.append(base)
    if len(stem) > 2 and stem not in found and stem in bases() and ing_form(stem) == stem + stem[-1] + "ing":
        found.append(stem)
    return sorted(found, key=lambda base: -lx.zipf(base))


def _negated(aux: str, tokens, i: int) -> bool:
    """"didn't", "did not": the auxiliary, never "do" as a verb with an object."""
    return aux.endswith("n't") or i + 1 < len(tokens) and tokens[i + 1][0] in ("not", "never")


def _noun_before_modal(aux: str, tokens, i: int) -> bool:
    """"can" after a singular noun is a noun itself ("a trash can filled with water"), and
    so is "will" after an adjective ("the ill will created"); after a plural either is the
    modal ("the methods can")."""
    if aux not in ("can", "will") or i == 0:
        return False
    before = tokens[i - 1][0]
    if before in ("-", "–") and tokens[i - 1][2] == tokens[i][1]:
        return True  # "the king's ill-will meant": a compound
    if (
        not before[:1].isalpha()
        or before in function_words()
        or before in PRONOUN_SUBJECTS
        or before in _EXISTENTIALS
        or lx.is_plural_noun(before)
    ):
        return False  # ("they can", "there may": a pronoun is no noun a "can" could follow)
    return aux == "can" or "a" in lx.tags(before)


def _no_noun_after(tokens, j: int) -> bool:
    """The word at ``j`` is no modifier of a noun after it: "have saw the results", not
    "have saw blades", "will stolen goods"."""
    if j + 1 >= len(tokens) or not is_word(tokens[j + 1]):
        return True
    after = tokens[j + 1][0]
    return after in function_words() or after in OBJECT_STARTS or not ({"n", "p"} & set(lx.tags(after)))


def _plain_verb(word: str, tokens, j: int) -> bool:
    """The word at ``j`` reads as a verb: no noun or adjective reading ("had bit parts",
    "was broke"), unless an object follows that a noun could not take ("had bit him")."""
    found = set(lx.tags(word))
    if not ({"n", "a"} & found):
        return True
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after[0] == "-" and after[1] == tokens[j][2]:
        return False  # "are bit-addressable": the first part of a compound
    if after is not None and after[0] in POSSESSIVES | word_set("him them me us it the"):
        return True  # "had bit him"
    # "had rose to", "had spoke.": a singular count noun cannot stand there bare; it could
    # before another noun ("had bit parts", "had rose petals"), and an adjective could
    if "a" in found:
        return False
    return after is None or not is_word(after) or not ({"n", "p", "a"} & set(lx.tags(after[0])))
