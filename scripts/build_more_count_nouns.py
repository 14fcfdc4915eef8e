#!/usr/bin/env python3
"""Build ``newslint/data/more_count_nouns.txt``: count nouns the noun tables lack.

    python3 scripts/build_more_count_nouns.py

``noun_forms.txt.gz`` (``scripts/build_verb_data.py``) lists the count nouns lemminflect knows;
its noun list is older than the web, so "website", "blogger", "hashtag", "playlist" or
"filmmaker" were in no table of count nouns, and the agreement rules read them as mass nouns
("several website" passed; "The website were" was a mass noun's slip, "There is many
website" was not read). This script adds, from newslint's own word tables (no other data):
every lower-case word of at least ``MIN_ZIPF`` that the part-of-speech table knows as a noun
and nothing else, that no noun table lists, whose regular plural ("-s", "-es", "y" to
"-ies") is a word no more than ``PLURAL_GAP`` Zipf units rarer than it: a plural in real
use. Left out: words of fewer than three letters, function words, collectives, headwords in
"-s", words whose singular or plural is a known name capitalised ("Fisher", "Morales":
their counts are a name's), and abstract endings whose plural is mostly a field or a name
("humanity", "neuroscience", "specificity").

The tables read are the package's own: ``spelling_pos.bin`` and ``spelling_words.bin``
(SPECIALIST lexicon, WordNet, UD treebanks and wordfreq's frequencies; see
``spelling_sources.txt``) and ``known_names.bin`` (``names_sources.txt``). The output holds
words only, one kind of plural a line, as ``noun_forms.txt.gz`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.analysis.dictionary import _pos_table, zipf  # noqa: E402
from newslint.analysis.names import known_name  # noqa: E402
from newslint.checks.agreement.nouns import collectives  # noqa: E402
from newslint.checks.verbs import _noun_lines, _odd_plurals, function_words, headword_s  # noqa: E402

OUT = ROOT / "newslint" / "data" / "more_count_nouns.txt"
MIN_ZIPF = 2.5  # as NOUN_MIN_ZIPF of build_verb_data.py
PLURAL_GAP = 1.0  # the plural at most this many Zipf units rarer than the singular
_ABSTRACT = ("ity", "ness", "ism", "ics", "science", "ology", "ship")


def regular_plural(word: str) -> tuple[str, str]:
    """(kind, plural): "s" for "website", "es" for "hotspatch", "ies" for "hobby"."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return "ies", word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x", "z")):
        return "es", word + "es"
    return "s", word + "s"


def more_count_nouns() -> dict[str, list[str]]:
    lines = _noun_lines()  # lemminflect's count nouns (noun_forms.txt.gz), not this file's
    known = {word for kind in ("s", "es", "ies") for word in lines[kind].split()} | set(_odd_plurals())
    kinds: dict[str, list[str]] = {"s": [], "es": [], "ies": []}
    for word, _ in _pos_table().items():
        word = word if isinstance(word, str) else word.decode()
        if len(word) < 3 or not word.isalpha() or not word.islower() or lx.tags(word) != "n":
            continue
        if word in known or word in function_words() or word in collectives() or word in headword_s():
            continue
        if word.endswith(("s",) + _ABSTRACT) or zipf(word) < MIN_ZIPF:
            continue
        kind, plural = regular_plural(word)
        if not lx.is_word(plural) or zipf(plural) < zipf(word) - PLURAL_GAP:
            continue
        if known_name(word.capitalize()) or known_name(plural.capitalize()):
            continue
        kinds[kind].append(word)
    return kinds


def main() -> int:
    kinds = more_count_nouns()
    lines = [
        "# count nouns the noun tables lack (noun only in the part-of-speech table, regular plural"
        " in use); built by scripts/build_more_count_nouns.py from newslint's own word tables",
        "# (spelling_pos.bin, spelling_words.bin, known_names.bin): sources and licences in"
        " spelling_sources.txt and names_sources.txt",
    ]
    lines += [f"{kind}\t{' '.join(sorted(words))}" for kind, words in kinds.items()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(len(w) for w in kinds.values())} nouns -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
