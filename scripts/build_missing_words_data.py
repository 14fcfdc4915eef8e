#!/usr/bin/env python3
"""Build the list of nouns that are almost never bare after a preposition, for G303.

    python3 scripts/build_missing_words_data.py [CORPORA_DIR [WIKI_DIR]]
    # defaults /work/cache/corpora and /tmp/rw-corpus/wiki

(The tagged text is kept as CORPORA_DIR/tagged-for-missing-words.pkl and the Wikipedia counts as
CORPORA_DIR/wiki-preposition-pairs.pkl, both reused by later runs; delete them after changing the
tagger, the counting or the texts.)

Reads openly licensed English text (kept out of the repository, in CORPORA_DIR):

- ``ud/*.conllu``: Universal Dependencies English treebanks EWT, GUM and PUD (dev and test
  files; CC BY-SA; of GUM only the genres under CC BY, ``GUM_OPEN``), with their own
  treebank tags;
- ``wikitext/wiki.*.tokens``: WikiText-103's validation and test articles (Wikipedia,
  CC BY-SA 3.0), tagged with newslint's tagger;
- ``state_union/``, ``inaugural/``: US presidents' addresses (public domain), tagged;
- ``gutenberg/``: the first ``GUTENBERG_TOKENS`` tokens of each Project Gutenberg book there
  (public domain in the US), tagged;
- WIKI_DIR: English Wikipedia as WikiExtractor files (~76M tokens, CC BY-SA 3.0), not tagged
  (too slow for the tagger) but scanned for "PREPOSITION (DETERMINER) NOUN" where the word after
  the noun is a punctuation mark or a function word, so the noun heads its phrase
  (``wiki_pairs``): a preposition and a count noun seen at least ``WIKI_PAIR_MIN`` times there
  and bare in at most ``WIKI_PAIR_BARE`` of them (counting its uses in the tagged text too)
  is read too, so that common news nouns ("statement", "company", "team") get enough evidence,
  unless the noun is bare after ``WIKI_NOUN_MAX_BARE`` of all its prepositions there (a mass
  sense: "of government"); after a describing noun ("on election day") only where it is as
  seldom bare with one. The same scan counts forms of "be" before a noun for
  ``determined_complements.txt`` and the word before the preposition for
  ``bare_noun_contexts.txt``.

In every sentence, each singular common noun at the head of its phrase right after a
preposition (``newslint.checks.missing_words.noun_phrase``, the reading G303 makes of a
draft) counts as *determined* ("with a plentiful supply", "for his sake") or *bare* ("by
car", "at school", "with plentiful supply"). A count noun (``noun_forms.txt.gz``) seen at
least ``MIN_SEEN`` times there, bare in at most ``MAX_BARE`` of them and in at most
``MAX_BARE_ANYWHERE`` of all its uses (else it has a mass sense: "more room") is written to
``newslint/data/determined_nouns.txt`` as ``noun<TAB>seen<TAB>bare<TAB>person<TAB>prepositions``,
the prepositions being those after which the noun was seen determined ``PAIR_MIN`` times and
never bare (G303 reads the noun only there). For G303 it also writes ``bare_noun_contexts.txt``
(a word and preposition after which nouns are mostly bare: "lack of") and
``determined_adjectives.txt`` (adjectives that open a noun phrase only after an article:
"the same") and ``determined_complements.txt`` (nouns never bare after "is", "was" ...) and
``determined_objects.txt`` (nouns almost never bare as a verb's object with an adjective
before them: "created a warm atmosphere"; ``determined_objects``). It also writes ``ordinal_nouns.txt`` for G308 (``ordinal_nouns``) and ``to_verbs.txt`` for G305 (``to_verbs``: verbs that take "to" before
another verb and almost never a bare one; "have" (an auxiliary) and "like" (a preposition
too) are left out) and ``verb_nouns.txt`` for G201 (``verb_nouns``: nouns that are verbs too,
never seen straight after "be" or "have"). Only these counts (facts about words, not text) are shipped; see
``newslint/data/missing_words_sources.txt``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint import tagger  # noqa: E402
from newslint.checks.missing_article import after_be, object_with_adjective  # noqa: E402
from newslint.checks.missing_words import (  # noqa: E402
    DETERMINER_WORDS,
    counted_after,
    counted_prepositions,
    noun_phrase,
)
from newslint.checks.verbs import count_nouns  # noqa: E402

PREPOSITIONS = counted_prepositions()

OUT = ROOT / "newslint" / "data" / "determined_nouns.txt"
TO_VERBS_OUT = ROOT / "newslint" / "data" / "to_verbs.txt"
CONTEXTS_OUT = ROOT / "newslint" / "data" / "bare_noun_contexts.txt"
ADJECTIVES_OUT = ROOT / "newslint" / "data" / "determined_adjectives.txt"
COMPLEMENTS_OUT = ROOT / "newslint" / "data" / "determined_complements.txt"
OBJECTS_OUT = ROOT / "newslint" / "data" / "determined_objects.txt"
ORDINAL_OUT = ROOT / "newslint" / "data" / "ordinal_nouns.txt"
VERB_NOUNS_OUT = ROOT / "newslint" / "data" / "verb_nouns.txt"
VERB_NOUN_MIN_SEEN = 30  # a noun-and-verb word seen this often, never after "be" or "have"
ORDINAL_MIN_SEEN = 5  # a noun seen after a determiner and an ordinal this often ...
ORDINAL_MAX_BARE = 0.05  # ... and bare after a preposition and an ordinal at most this share
TO_MIN_SEEN = 15  # a verb seen before "to" + base verb this often ...
TO_MAX_BARE = 0.01  # ... and straight before a base verb at most this share as often
MIN_SEEN = 12
MAX_BARE = 0.05
MAX_BARE_ANYWHERE = 0.08  # bare in any position (subject, object, after a preposition)
IDIOM_SEEN = 3  # a preposition and noun seen this often together ...
IDIOM_SHARE = 0.25  # ... and bare this share of the time are an idiom ("by way of")
CONTEXT_MIN_SEEN = 5  # a word and preposition seen before this many singular noun phrases ...
CONTEXT_BARE = 0.75  # ... this share of them bare: a context that takes a bare noun ("lack of")
ADJECTIVE_MIN_SEEN = 100  # an adjective opening this many singular noun phrases ...
ADJECTIVE_MAX_BARE = 0.015  # ... with no determiner in at most this share ("the same day")
PAIR_STRONG = 8  # ... or this often, for a noun bare more often elsewhere ("company") ...
STRONG_MAX_BARE_ANYWHERE = 0.25  # ... but bare in at most this share of all its uses
OBJECT_MIN_SEEN = 3  # a noun seen as a verb's object, an adjective before it, this often ...
OBJECT_MAX_BARE = 0.05  # ... and bare there in at most this share is read after a verb
COMPLEMENT_MIN_SEEN = 8  # a noun seen this often after "is", "was" ... and never bare there
PAIR_MIN = 3  # a preposition and noun seen this often with a determiner and never bare are read
WORDNET = Path("/usr/share/wordnet")  # Debian wordnet-base, build time only


def wordnet_persons() -> set[str]:
    """Nouns with a WordNet 3.0 sense that is a person (lexicographer file noun.person): "as
    chair", "as head" name a role even where the commonest sense is a thing."""
    person = set()
    with open(WORDNET / "data.noun", encoding="utf-8") as data:
        for line in data:
            if line.startswith(" "):
                continue
            parts = line.split()
            if parts[1] != "18":
                continue
            for k in range(int(parts[3], 16)):
                word = parts[4 + 2 * k].lower()
                if "_" not in word:
                    person.add(word)
    return person


def wordnet_commonest_persons() -> set[str]:
    """Nouns whose commonest WordNet 3.0 sense (the first synset of index.noun) is a person:
    "judge", "coach"; not "chair" or "court", which G201 still reads as verbs after "has"."""
    offsets = {}
    for line in (WORDNET / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        offsets[parts[0]] = parts[6 + int(parts[3])]  # the first synset offset
    person = set()
    with open(WORDNET / "data.noun", "rb") as data:
        for word, offset in offsets.items():
            if "_" in word:
                continue
            data.seek(int(offset))
            if data.readline().split()[1] == b"18":
                person.add(word)
    return person


GUTENBERG_TOKENS = 60_000


# GUM's genres whose texts are under CC BY (the others, CC BY-NC-SA, are skipped).
GUM_OPEN = frozenset("news interview bio voyage speech textbook vlog conversation".split())


def ud_sentences(path: Path):
    words, tags = [], []
    skip = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id = GUM_"):
            skip = line.split("GUM_")[1].split("_")[0] not in GUM_OPEN
        if not line.strip():
            if words and not skip:
                yield words, tags
            words, tags = [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
                tags.append(cols[4])
    if words:
        yield words, tags


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")


def tagged_sentences(text: str, limit: int | None = None):
    seen = 0
    for paragraph in re.split(r"\n\s*\n|\n(?= = )", text):
        paragraph = " ".join(paragraph.split())
        for sentence in _SENTENCE.split(paragraph):
            tokens = tagger.tokenize(sentence, 0, len(sentence))
            words = [t.text for t in tokens]
            if len(words) < 3:
                continue
            yield words, tagger.tag(words)
            seen += len(words)
            if limit and seen >= limit:
                return


def wikitext(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    text = text.replace(" @-@ ", "-").replace(" @,@ ", ",").replace(" @.@ ", ".")
    text = re.sub(r" ([.,;:!?)'])", r"\1", text).replace("( ", "(").replace(" n't", "n't")
    return re.sub(r"^ =.*= $", "", text, flags=re.M)


def sentences(corpora: Path):
    for path in sorted((corpora / "ud").glob("*.conllu")):
        yield from ud_sentences(path)
    for path in sorted((corpora / "wikitext").glob("wiki.*.tokens")):
        yield from tagged_sentences(wikitext(path))
    for folder in ("state_union", "inaugural"):
        for path in sorted((corpora / folder).glob("*.txt")):
            yield from tagged_sentences(path.read_text(encoding="utf-8", errors="replace"))
    for path in sorted((corpora / "gutenberg").glob("*.txt")):
        yield from tagged_sentences(path.read_text(encoding="utf-8", errors="replace"), GUTENBERG_TOKENS)


WIKI_PAIR_MIN = 20  # a preposition and noun seen this often in the Wikipedia scan ...
WIKI_PAIR_BARE = 0.02  # ... bare in at most this share of them is read by G303
WIKI_NOUN_MAX_BARE = 0.25  # ... unless the noun is bare after this share of all prepositions there
WIKI_COMPLEMENT_MIN = 50  # a noun seen this often after a form of "be" in the scan ...
WIKI_COMPLEMENT_BARE = 0.01  # ... bare in at most this share is read after "be" by G303
WIKI_CONTEXT_MIN = 20  # a word and preposition before this many noun phrases in the scan
_WIKI_DETERMINERS = "a|an|the|this|that|his|her|its|their|our|my|your|every|each|another"
# After the noun: a word that cannot be a noun (so the noun heads its phrase) or punctuation.
_HEAD_ENDS = frozenset(
    PREPOSITIONS
    | set(
        "that which who whom whose is was are were has have had will would can could should may"
        " might must than when where while because if since until unless though although".split()
    )
)
_WIKI_BE = ("is", "was", "are", "were", "be", "been", "being")
_WIKI_PAIR = re.compile(
    rf"(?:([a-z]+)[ ,]+)?\b((?i:{'|'.join(sorted(PREPOSITIONS | set(_WIKI_BE)))})) (?:({_WIKI_DETERMINERS}) )?"
    r"(?:([A-Za-z]+) )?([a-z]+)(?![\w'’-])(?= ([a-z]+)|[ ]?[.,;:!?)])"
)


def _describing(word: str) -> bool:
    """A word between the determiner and the noun that is surely no noun: an adjective only
    ("communist rule") or a capitalised word ("British rule"); a noun before the noun
    ("election day") is counted as describing it too, unless a function word follows."""
    from newslint.analysis import lexicon as lx

    return word[0].isupper() or set(lx.specialist_tags(word)) == {"a"}


def wiki_pairs(wiki: Path, cache: Path):
    """Counts from untagged Wikipedia text: (preposition, noun) -> times determined and times
    bare ("in the economy", "in economy"), (word, preposition) -> noun phrases after it and
    how many bare ("lack of"). Only count nouns, lower-case, heading their phrase."""
    import pickle

    if cache.exists():
        return pickle.loads(cache.read_bytes())
    nouns = count_nouns()
    determined, bare, contexts, contexts_bare = Counter(), Counter(), Counter(), Counter()
    compound_determined, compound_bare = Counter(), Counter()  # "on (the) election day"
    for path in sorted(wiki.iterdir()):
        for match in _WIKI_PAIR.finditer(path.read_text(encoding="utf-8", errors="replace")):
            previous, prep, determiner, describing, noun, following = match.groups()
            if describing is not None and not _describing(describing):
                if noun in _HEAD_ENDS:  # "in area of": the first word is the noun
                    describing, noun, following = None, describing, noun
                else:  # a describing noun ("on election day"): counted apart
                    describing = "noun"
            if noun not in nouns or noun in DETERMINER_WORDS or previous == noun:
                continue
            if following is not None and following not in _HEAD_ENDS:
                continue
            prep = prep.lower()
            if prep in _WIKI_BE:  # "was a good idea": counted as "be" for determined_complements.txt
                (determined if determiner else bare)["be", noun] += 1
                continue
            if describing == "noun":
                (compound_determined if determiner else compound_bare)[prep, noun] += 1
                continue
            (determined if determiner else bare)[prep, noun] += 1
            if previous:
                contexts[previous, prep] += 1
                contexts_bare[previous, prep] += not determiner
    counts = determined, bare, contexts, contexts_bare, compound_determined, compound_bare
    cache.write_bytes(pickle.dumps(counts))
    return counts


def to_verbs(tagged) -> None:
    """Verbs followed by "to" and a base verb ("seek to become") and almost never by a bare
    base verb ("help build", "let go", "dare say" are), for G305: verb lemma, times before
    "to" + verb, times before a bare verb. Lemmas from lemminflect (build time only)."""
    import lemminflect

    with_to, bare = Counter(), Counter()
    for words, tags in tagged:
        lower = [w.lower() for w in words]
        for k in range(len(words) - 2):
            if not tags[k].startswith("VB"):
                continue
            lemma = (lemminflect.getLemma(lower[k], "VERB") or (lower[k],))[0]
            if lower[k + 1] == "to" and tags[k + 2] == "VB":
                with_to[lemma] += 1
            elif tags[k + 1] == "VB":
                bare[lemma] += 1
    kept = sorted(
        v for v in with_to
        if with_to[v] >= TO_MIN_SEEN and bare[v] <= TO_MAX_BARE * with_to[v] and v not in ("have", "like")
    )
    header = (
        "# verbs that take 'to' before another verb and almost never a bare one: lemma, times before\n"
        "# 'to' + verb, times before a bare verb, its forms (lemminflect); built by\n"
        "# scripts/build_missing_words_data.py\n"
    )
    def forms(lemma: str) -> str:
        found = {lemma}
        for values in lemminflect.getAllInflections(lemma, upos="VERB").values():
            found.update(values)
        return " ".join(sorted(found))

    TO_VERBS_OUT.write_text(
        header + "".join(f"{v}\t{with_to[v]}\t{bare[v]}\t{forms(v)}\n" for v in kept), encoding="utf-8"
    )
    print(f"{len(kept)} verbs -> {TO_VERBS_OUT.relative_to(ROOT)}")


def verb_nouns(tagged) -> None:
    """Words that are nouns and verbs ("claim", "urge", "decline") seen at least
    ``VERB_NOUN_MIN_SEEN`` times and never straight after a form of "be" or "have" (adverbs
    between allowed), for G201: such a word after "has" or "were" is the verb's bare form,
    not a noun ("has decline to comment", "were urge to use"). Only words whose base has a
    participle of its own and that are no adjective or adverb ("welcome", "clear") are
    counted; nouns whose commonest WordNet sense is a person ("was judge", "is coach") are
    left out. Written as word, times seen."""
    from newslint.analysis import lexicon as lx
    from newslint.checks.verb_slips import participles

    be_have = frozenset("is are was were be been being am 's 're 'm has have had having 've 'd".split())
    words_asked = {
        w for w in participles() if {"v", "n"} <= set(lx.specialist_tags(w)) and not {"a", "r", "x"} & set(lx.specialist_tags(w))
    }
    seen, after = Counter(), Counter()
    for words, tags in tagged:
        lower = [w.lower().replace("’", "'") for w in words]
        for k, word in enumerate(lower):
            if word not in words_asked:
                continue
            seen[word] += 1
            j = k - 1
            while j >= 0 and tags[j].startswith("RB"):
                j -= 1
            after[word] += j >= 0 and lower[j] in be_have and tags[j] != "POS"  # not "Sony's claim"
    persons = wordnet_commonest_persons()
    kept = sorted(w for w in seen if seen[w] >= VERB_NOUN_MIN_SEEN and not after[w] and w not in persons)
    header = (
        "# nouns that are verbs too, never seen straight after 'be' or 'have': word, times seen;\n"
        "# built by scripts/build_missing_words_data.py (see missing_words_sources.txt)\n"
    )
    VERB_NOUNS_OUT.write_text(header + "".join(f"{w}\t{seen[w]}\n" for w in kept), encoding="utf-8")
    print(f"{len(kept)} words -> {VERB_NOUNS_OUT.relative_to(ROOT)}")


def ordinal_nouns(tagged, nouns) -> None:
    """Nouns seldom bare after a preposition and an ordinal ("for the first time", "in the
    19th century"; "in second place", "at first glance" are bare), for G308: noun, times
    after a determiner and an ordinal, times bare after a preposition and an ordinal."""
    from newslint.checks.ordinal_without_the import ORDINAL_PREPOSITIONS, is_ordinal

    determined, bare = Counter(), Counter()
    for words, tags in tagged:
        lower = [w.lower() for w in words]
        for k in range(1, len(lower) - 1):
            noun = lower[k + 1]
            if not is_ordinal(lower[k]) or noun not in nouns or tags[k + 1] != "NN":
                continue
            if lower[k - 1] in ORDINAL_PREPOSITIONS:
                bare[noun] += 1
            elif tags[k - 1] in ("DT", "PRP$", "POS"):
                determined[noun] += 1
    kept = sorted(
        n for n in determined
        if determined[n] >= ORDINAL_MIN_SEEN and bare[n] <= ORDINAL_MAX_BARE * (determined[n] + bare[n])
    )
    header = (
        "# nouns seldom bare after a preposition and an ordinal: noun, times after a determiner and\n"
        "# an ordinal, times bare after a preposition and one; built by scripts/build_missing_words_data.py\n"
    )
    ORDINAL_OUT.write_text(header + "".join(f"{n}\t{determined[n]}\t{bare[n]}\n" for n in kept), encoding="utf-8")
    print(f"{len(kept)} nouns -> {ORDINAL_OUT.relative_to(ROOT)}")


def bare_contexts(contexts, contexts_bare) -> None:
    """Write the words and prepositions after which a singular count noun is mostly bare
    ("lack of evidence", "fit for purpose", "full of hope"): G303 reads no noun there."""
    kept = sorted(
        c for c, n in contexts.items() if n >= CONTEXT_MIN_SEEN and contexts_bare[c] >= CONTEXT_BARE * n
    )
    header = (
        "# a word and a preposition after which a singular count noun is bare in at least"
        f" {CONTEXT_BARE:.0%}\n# of at least {CONTEXT_MIN_SEEN} noun phrases ('lack of evidence');"
        " built by scripts/build_missing_words_data.py\n"
    )
    CONTEXTS_OUT.write_text(header + "".join(f"{w} {p}\n" for w, p in kept), encoding="utf-8")
    print(f"{len(kept)} contexts -> {CONTEXTS_OUT.relative_to(ROOT)}")


def determined_adjectives(adjectives, adjectives_bare, articles) -> None:
    """Write the adjectives that open a singular noun phrase only after an article ("the
    same day", "the whole year", "a single vote"), with the article they take most often:
    G303 reads them anywhere. Those mostly after a possessive ("his own") are left out."""
    kept = sorted(
        a for a, n in adjectives.items()
        if n >= ADJECTIVE_MIN_SEEN and adjectives_bare[a] <= ADJECTIVE_MAX_BARE * n and a.isalpha()
        and articles[a, "the"] + articles[a, "a"] >= 0.5 * n
    )
    header = (
        "# adjectives first in a singular noun phrase after a determiner: adjective, times seen,"
        f" times bare,\n# the article it takes most often (seen at least {ADJECTIVE_MIN_SEEN} times, bare in at most {ADJECTIVE_MAX_BARE:.1%});"
        " built by scripts/build_missing_words_data.py\n"
    )
    lines = (
        f"{a}\t{adjectives[a]}\t{adjectives_bare[a]}\t{max(('the', 'a'), key=lambda t: articles[a, t])}\n"
        for a in kept
    )
    ADJECTIVES_OUT.write_text(header + "".join(lines), encoding="utf-8")
    print(f"{len(kept)} adjectives -> {ADJECTIVES_OUT.relative_to(ROOT)}")


def determined_complements(complements, complements_bare, anywhere, anywhere_bare, wiki_determined, wiki_bare) -> None:
    """Write the nouns seen after a form of "be" (adverbs between) at least
    ``COMPLEMENT_MIN_SEEN`` times and never bare ("is a good idea", never "is good idea"),
    or in the Wikipedia scan ``WIKI_COMPLEMENT_MIN`` times and bare in at most ``WIKI_COMPLEMENT_BARE``
    (never bare in the tagged text; no noun with a WordNet sense that is a person), leaving out words the lexicon also knows as adjectives
    ("is key", "was right") and nouns bare elsewhere too (a mass sense: "is cold comfort",
    "in comfort")."""
    from newslint.analysis import lexicon as lx

    seen = Counter({w: n for w, n in complements.items() if n >= COMPLEMENT_MIN_SEEN})
    persons = wordnet_persons()  # "is also writer of", "was editor of": a role, bare by right
    for (be, w), n in wiki_determined.items():
        total = n + wiki_bare[be, w]
        if be == "be" and w not in persons and total >= WIKI_COMPLEMENT_MIN and wiki_bare[be, w] <= WIKI_COMPLEMENT_BARE * total:
            seen[w] += total
    kept = sorted(
        w for w in seen
        if complements_bare[w] == 0 and "a" not in lx.specialist_tags(w)
        and anywhere_bare[w] <= MAX_BARE_ANYWHERE * anywhere[w]
        and w not in DETERMINER_WORDS
    )
    header = (
        "# singular count nouns seen after a form of 'be' at least"
        f" {COMPLEMENT_MIN_SEEN} times and never without a determiner in tagged text, or\n"
        f"# {WIKI_COMPLEMENT_MIN} times and bare in at most {WIKI_COMPLEMENT_BARE:.0%} in the Wikipedia scan"
        " ('is a good idea'): noun, times seen;\n# built by scripts/build_missing_words_data.py\n"
    )
    COMPLEMENTS_OUT.write_text(header + "".join(f"{w}\t{seen[w]}\n" for w in kept), encoding="utf-8")
    print(f"{len(kept)} nouns -> {COMPLEMENTS_OUT.relative_to(ROOT)}")


def determined_objects(objects, objects_bare, persons) -> None:
    """Write the nouns seen as a verb's object with an adjective before them
    (``missing_article.object_with_adjective``: "creating a warm atmosphere") at least
    ``OBJECT_MIN_SEEN`` times and bare in at most ``OBJECT_MAX_BARE`` of them, none with a
    WordNet sense that is a person ("named new chairman"): G303 reads them after a verb."""
    kept = sorted(
        w for w, n in objects.items()
        if n >= OBJECT_MIN_SEEN and objects_bare[w] <= OBJECT_MAX_BARE * n and w not in persons
    )
    header = (
        "# singular count nouns seen as a verb's object with an adjective before them at least"
        f" {OBJECT_MIN_SEEN} times\n# and bare in at most {OBJECT_MAX_BARE:.0%} of them ('creating a warm atmosphere'):"
        " noun, times seen, times bare;\n# built by scripts/build_missing_words_data.py\n"
    )
    OBJECTS_OUT.write_text(header + "".join(f"{w}\t{objects[w]}\t{objects_bare[w]}\n" for w in kept), encoding="utf-8")
    print(f"{len(kept)} nouns -> {OBJECTS_OUT.relative_to(ROOT)}")


def pairs_bare_total(pairs_bare, idioms, word: str) -> int:
    """Bare uses of ``word`` in its idioms ("by way of"), which say nothing of a mass sense."""
    return sum(pairs_bare[prep, word] for prep in idioms.get(word, ()))


def main() -> int:
    corpora = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/cache/corpora")
    wiki = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/rw-corpus/wiki")
    nouns = count_nouns()
    seen, bare = Counter(), Counter()
    tokens = 0
    # Tagging takes minutes and counting seconds: the tagged text is kept beside the corpora
    # (never in the repository) and reused; delete it after changing the tagger or the texts.
    cache = corpora / "tagged-for-missing-words.pkl"
    if cache.exists():
        import pickle

        tagged = pickle.loads(cache.read_bytes())
    else:
        tagged = list(sentences(corpora))
        import pickle

        cache.write_bytes(pickle.dumps(tagged))
    to_verbs(tagged)
    verb_nouns(tagged)
    ordinal_nouns(tagged, nouns)
    pairs, pairs_bare = Counter(), Counter()
    anywhere, anywhere_bare = Counter(), Counter()
    contexts, contexts_bare = Counter(), Counter()  # ("lack", "of") -> noun phrases after it
    adjectives, adjectives_bare = Counter(), Counter()  # "same" -> noun phrases it opens
    adjective_articles = Counter()  # ("same", "the") -> times after that article
    complements, complements_bare = Counter(), Counter()  # "idea" after "is", "was" ...
    objects, objects_bare = Counter(), Counter()  # "atmosphere" in "creating a warm atmosphere"
    for words, tags in tagged:
        tokens += len(words)
        for k, word in enumerate(words):
            if tags[k] != "NN" or word not in nouns:
                continue
            found = noun_phrase(words, tags, k)
            if found is None:
                continue
            start, determined, before = found
            anywhere[word] += 1
            anywhere_bare[word] += not determined
            first = start + 1 if determined else start
            if first < k and tags[first] == "JJ":  # "the same day", "a whole year"
                adjectives[words[first].lower()] += 1
                adjectives_bare[words[first].lower()] += not determined
                if determined and words[start].lower() in ("a", "an", "the"):
                    adjective_articles[words[first].lower(), words[start].lower().replace("an", "a")] += 1
            if after_be(words, tags, before):
                complements[word] += 1
                complements_bare[word] += not determined
            if before >= 0 and object_with_adjective(words, tags, start + determined, k, before):
                objects[word] += 1
                objects_bare[word] += not determined
            if before < 0 or not counted_after(words, before, k):
                continue
            pair = (words[before].lower(), word)
            pairs[pair] += 1
            pairs_bare[pair] += not determined
            if before > 0 and words[before - 1][:1].isalpha():
                context = (words[before - 1].lower(), pair[0])
                contexts[context] += 1
                contexts_bare[context] += not determined
    # A preposition with which a noun is bare most of the time is an idiom ("by way of",
    # "under way", "on foot"): those uses are left out of the noun's count. G303 reads a noun
    # only after the prepositions it was seen with, determined, at least PAIR_MIN times and
    # never bare ("in a row", never "in row"): "into question", "under oath", "on edge" were
    # seen bare, "on message" never seen at all, so none of them is read.
    idioms: dict[str, list[str]] = {}
    attested: dict[str, list[str]] = {}
    strong: dict[str, list[str]] = {}
    for (prep, word), n in pairs.items():
        if n >= IDIOM_SEEN and pairs_bare[prep, word] >= IDIOM_SHARE * n:
            idioms.setdefault(word, []).append(prep)
        else:
            seen[word] += n
            bare[word] += pairs_bare[prep, word]
        if n >= PAIR_MIN and pairs_bare[prep, word] == 0:
            attested.setdefault(word, []).append(prep)
        if n >= PAIR_STRONG and pairs_bare[prep, word] == 0:
            strong.setdefault(word, []).append(prep)

    def usually_determined(w: str) -> bool:
        """Seen often after prepositions, rarely bare there and anywhere else ("way")."""
        return (
            seen[w] >= MIN_SEEN
            and bare[w] <= MAX_BARE * seen[w]
            # bare elsewhere too ("more room", "enough time", "in decline"): a mass sense
            and anywhere_bare[w] - (pairs_bare_total(pairs_bare, idioms, w)) <= MAX_BARE_ANYWHERE * anywhere[w]
        )

    # A noun bare more often (a mass sense, or the tagger's slips: "company", "market") is
    # still read after the prepositions it was seen with, determined, PAIR_STRONG times and
    # never bare ("of the company", "in the market"), unless it is bare in a quarter of all uses.
    for w in list(attested):
        if not usually_determined(w):
            if w in strong and anywhere_bare[w] <= STRONG_MAX_BARE_ANYWHERE * anywhere[w]:
                attested[w] = strong[w]
            else:
                del attested[w]
    # The Wikipedia scan: a pair seen often and nearly always determined, in the scan and the
    # tagged text together, is read too ("in a statement", "for the team").
    wiki_determined, wiki_bare, wiki_contexts, wiki_contexts_bare, compound_determined, compound_bare = wiki_pairs(
        wiki, corpora / "wiki-preposition-pairs.pkl"
    )
    # A noun bare after a quarter of all its prepositions in the scan has a mass sense ("of
    # government", "against big government"): the scan adds none of its pairs.
    noun_total, noun_bare = Counter(), Counter()
    for (prep, word), n in wiki_determined.items():
        if prep != "be":
            noun_total[word] += n
    for (prep, word), n in wiki_bare.items():
        if prep != "be":
            noun_total[word] += n
            noun_bare[word] += n
    for (prep, word), n in wiki_determined.items():
        if prep == "be" or noun_bare[word] > WIKI_NOUN_MAX_BARE * noun_total[word]:
            continue  # "be": the counts for determined_complements.txt
        total = n + wiki_bare[prep, word]
        bare_both = wiki_bare[prep, word] + pairs_bare[prep, word]  # bare in either text
        often = total >= WIKI_PAIR_MIN and bare_both <= WIKI_PAIR_BARE * (total + pairs[prep, word])
        if often and prep not in attested.get(word, ()):
            attested.setdefault(word, []).append(prep)
            seen[word] += n
            bare[word] += wiki_bare[prep, word]
    # After a describing noun ("on election day", "in coal country") a noun is read only where
    # it is nearly always determined with and without one, in the scan.
    compound: dict[str, list[str]] = {}
    for word, preps in attested.items():
        for prep in preps:
            total = wiki_determined[prep, word] + wiki_bare[prep, word]
            total += compound_determined[prep, word] + compound_bare[prep, word]
            if wiki_bare[prep, word] + compound_bare[prep, word] <= WIKI_PAIR_BARE * total:
                compound.setdefault(word, []).append(prep)
    for context, n in wiki_contexts.items():
        if n >= WIKI_CONTEXT_MIN and context not in contexts:
            contexts[context] += n
            contexts_bare[context] += wiki_contexts_bare[context]
    persons = wordnet_persons()
    kept = sorted(w for w in attested if w not in DETERMINER_WORDS)
    header = (
        "# singular count nouns almost never bare after a preposition: noun, times seen there, times bare,\n"
        "# 'person' when a WordNet sense is a person ('as chair' is left alone), the prepositions\n"
        f"# after which it was seen with a determiner at least {PAIR_MIN} times and never bare ('in a row') in the\n"
        f"# tagged text, or seen at least {WIKI_PAIR_MIN} times and bare in at most {WIKI_PAIR_BARE:.0%} in the Wikipedia scan;\n"
        "# then those of them after which it is as seldom bare after a describing noun too ('on election day')\n"
        "# built by scripts/build_missing_words_data.py\n"
        f"# from {tokens} tagged tokens and a scan of English Wikipedia (see missing_words_sources.txt)\n"
    )
    lines = (
        f"{w}\t{seen[w]}\t{bare[w]}\t{'person' if w in persons else ''}\t{','.join(sorted(attested[w]))}"
        f"\t{','.join(sorted(compound.get(w, ())))}\n"
        for w in kept
    )
    OUT.write_text(header + "".join(lines), encoding="utf-8")
    print(f"{tokens} tokens, {len(seen)} nouns seen, {len(kept)} kept -> {OUT.relative_to(ROOT)}")
    bare_contexts(contexts, contexts_bare)
    determined_adjectives(adjectives, adjectives_bare, adjective_articles)
    determined_complements(complements, complements_bare, anywhere, anywhere_bare, wiki_determined, wiki_bare)
    determined_objects(objects, objects_bare, persons)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
