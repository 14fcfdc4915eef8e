"""The parts of speech a word form can have, by source, for the build and the measurement of
``spelling_pos.bin`` (build time only; newslint reads none of these sources when it runs).

Letters as ``newslint.analysis.dictionary.tags`` gives them: n noun, p plural noun, v verb,
a adjective, r adverb, x auxiliary.

- ``specialist``: lemminflect's lemma table (from the NLM SPECIALIST lexicon), the table
  newslint shipped alone until now. It lists the forms a lemma model would get wrong, so it
  lacks most regular words ("website", and "act", "bar", "log" as nouns).
- ``WordNet``: WordNet 3.0's one-word lemmas (Debian's wordnet-base, ``/usr/share/wordnet``)
  that some synset writes in lower case (no names: "London", "June"), each form reached from
  a lemma as WordNet's own ``morphy`` does (its detachment rules and exception lists), with
  the SemCor count of the lemma's senses in each part of speech.
- ``treebank``: the hand tags of Universal Dependencies treebanks (CoNLL-U), counted per
  lower-case form and letter, with the form's count of every other tag (determiners,
  pronouns, prepositions, numerals, names) so that closed-class words can be told.
"""

from __future__ import annotations

import gzip
import re
import subprocess
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
WORDNET = Path("/usr/share/wordnet")
MIRRORS = Path("/work/.mirror")
EWT = MIRRORS / "UniversalDependencies+UD_English-EWT" / "repo"
GUM = MIRRORS / "UniversalDependencies+UD_English-GUM" / "repo"
# Genres of GUM that its LICENSE.txt puts under CC BY or in the public domain (as for the tagger).
GUM_GENRES = ("news", "interview", "bio", "voyage", "textbook", "vlog", "speech", "conversation")

_WORDNET_POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
_SENSE_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
# WordNet's morphy: the endings a form may have, and what replaces each, per part of speech.
_DETACH = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}
_UD_LETTER = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}


# -- lemminflect (SPECIALIST) -----------------------------------------------------------------


@lru_cache(maxsize=1)
def specialist() -> dict[str, frozenset[str]]:
    """{form: letters} from lemminflect's lemma table, as spelling_pos.bin has always had them."""
    path = resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    tags: dict[str, set[str]] = defaultdict(set)
    letter = {"noun": "n", "verb": "v", "adj": "a", "adv": "r", "aux": "x"}
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        for line in fh:
            form, pos, lemmas = line.rstrip("\n").split(",", 2)
            if form[:1].isupper() or not WORD.fullmatch(form):
                continue
            tags[form].add(letter[pos])
            if pos == "noun" and any(lemma != form for lemma in lemmas.split("/")):
                tags[form].add("p")
    return {form: frozenset(found) for form, found in tags.items()}


PLURAL_GAP = 1.0  # Zipf units: a "plural" this much commoner than its singular is a word of its own


def specialist_plurals(lemma: str) -> tuple[str, ...] | None:
    """The plural forms lemminflect's table gives a noun ("police": "police"; "datum": "data",
    "datums"), or None when its table lacks the noun."""
    from lemminflect import getAllInflections

    found = getAllInflections(lemma, upos="NOUN").get("NNS")
    return tuple(found) if found else None


def is_plural_of(form: str, lemma: str) -> bool:
    """Can ``form`` be the plural of the noun ``lemma``? Where lemminflect's table knows the
    noun, when it lists that plural ("polices" is none: "police" has no plural of its own);
    elsewhere, unless the form is far commoner than the noun (wordfreq): "alas" is no plural
    of "ala", a wing."""
    plurals = specialist_plurals(lemma)
    if plurals is not None:
        return form in plurals
    import wordfreq

    return wordfreq.zipf_frequency(form, "en") <= wordfreq.zipf_frequency(lemma, "en") + PLURAL_GAP


# -- WordNet ----------------------------------------------------------------------------------


@dataclass
class WordNet:
    """WordNet's lower-case one-word lemmas per part of speech, its exception lists, and the
    SemCor count of each lemma's senses per part of speech."""

    lemmas: dict[str, set[str]] = field(default_factory=dict)  # letter → lemmas
    exceptions: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # letter → form → lemmas
    semcor: Counter = field(default_factory=Counter)  # (lemma, letter) → tagged occurrences

    def readings(self, form: str, plural_of=lambda form, lemma: True) -> dict[str, int]:
        """{letter: SemCor count} of the parts of speech ``form`` can have (a noun reached
        from another lemma, "insurgents", "mice", also gets "p", with the noun's count), a
        plural only where ``plural_of(form, lemma)`` agrees (``is_plural_of``)."""
        found: dict[str, int] = {}
        own = any(form in lemmas for lemmas in self.lemmas.values())
        for letter, lemmas in self.lemmas.items():
            bases = set(self.exceptions[letter].get(form, ()))
            if form in lemmas:
                bases.add(form)
            for ending, replacement in _DETACH[letter]:
                if form.endswith(ending) and len(form) > len(ending):
                    bases.add(form[: len(form) - len(ending)] + replacement)
            bases &= lemmas
            if own:
                # a lemma of its own is read through another only where SemCor has that
                # one ("glasses"; not "alas" as the plural of "ala", a wing)
                bases = {b for b in bases if b == form or self.semcor[b, letter] > 0}
            if letter == "n":
                bases = {b for b in bases if b == form or plural_of(form, b)}
            if not bases:
                continue
            count = sum(self.semcor[base, letter] for base in bases)
            found[letter] = count
            if letter == "n" and bases - {form}:
                found["p"] = sum(self.semcor[base, "n"] for base in bases - {form})
        return found


@lru_cache(maxsize=1)
def wordnet(folder: Path = WORDNET) -> WordNet:
    net = WordNet()
    for name, letter in _WORDNET_POS.items():
        lower: set[str] = set()
        with open(folder / f"data.{name}", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue  # the licence at the top of the file
                parts = line.split(" ")
                count = int(parts[3], 16)
                for i in range(count):
                    word = re.sub(r"\(.*\)$", "", parts[4 + 2 * i])  # "galore(ip)": a position mark
                    if "_" not in word and word == word.lower() and WORD.fullmatch(word):
                        lower.add(word)
        net.lemmas[letter] = lower
        exceptions: dict[str, set[str]] = defaultdict(set)
        exc = folder / f"{name}.exc"
        if exc.is_file():
            for line in exc.read_text(encoding="utf-8", errors="replace").splitlines():
                parts = line.split()
                if len(parts) >= 2 and "_" not in parts[0]:
                    exceptions[parts[0]].update(parts[1:])
        net.exceptions[letter] = exceptions
    with open(folder / "cntlist.rev", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            key, _, count = line.split()
            lemma, _, rest = key.partition("%")
            letter = _SENSE_TYPE.get(rest[:1])
            if letter and "_" not in lemma:
                net.semcor[lemma, letter] += int(count)
    return net


# -- treebanks --------------------------------------------------------------------------------


@dataclass
class Treebank:
    """Hand tags per lower-case form: ``letters[form][letter]`` for nouns, verbs, adjectives and
    adverbs (and "p" for a plural noun), ``tokens[form]`` for every tag."""

    letters: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    tokens: Counter = field(default_factory=Counter)

    def add(self, conllu: str, genres: tuple[str, ...] | None = None) -> None:
        keep = genres is None
        for line in conllu.splitlines():
            if line.startswith("# newdoc id") and genres is not None:
                keep = any(f"_{genre}_" in line for genre in genres)
                continue
            if not keep or not line or line[0] == "#":
                continue
            fields = line.split("\t")
            if len(fields) != 10 or not fields[0].isdigit():
                continue
            form = fields[1].lower().replace("’", "'")
            if not WORD.fullmatch(form):
                continue
            self.tokens[form] += 1
            letter = _UD_LETTER.get(fields[3])
            if letter:
                self.letters[form][letter] += 1
                if letter == "n" and "Number=Plur" in fields[5]:
                    self.letters[form]["p"] += 1

    def content_share(self, form: str) -> float:
        """The share of the form's tokens tagged noun, verb, adjective or adverb."""
        total = self.tokens[form]
        found = self.letters.get(form)
        return sum(c for l, c in found.items() if l != "p") / total if total and found else 0.0


def _git_show(repo: Path, path: str) -> str | None:
    done = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else None


def _split(repo: Path, name: str, split: str) -> str:
    """One split's CoNLL-U text, from its file or rebuilt from the per-document sources (GUM
    keeps its training documents only there)."""
    path = f"{name}-ud-{split}.conllu"
    text = (repo / path).read_text(encoding="utf-8") if (repo / path).is_file() else _git_show(repo, path)
    if text:
        return text
    listing = _git_show(repo, f"not-to-release/file-lists/files.{split}") or ""
    parts = []
    for entry in listing.split():
        file = entry if entry.endswith(".conllu") else entry + ".conllu"
        parts.append(_git_show(repo, f"not-to-release/sources/{file}") or "")
    return "\n".join(parts)


def treebank(splits: tuple[str, ...], ewt: Path = EWT, gum: Path = GUM) -> Treebank:
    """EWT (CC BY-SA 4.0) and GUM's CC BY genres, the given splits."""
    bank = Treebank()
    for split in splits:
        bank.add(_split(ewt, "en_ewt", split))
        bank.add(_split(gum, "en_gum", split), GUM_GENRES)
    return bank


# -- the readings newslint ships --------------------------------------------------------------

SHARE = 0.1  # a treebank reading: at least this share of the form's tokens
TREEBANK_LEAST = 3  # a treebank reading counts once tagged this many times
FUNCTION_WORDS = Path(__file__).resolve().parent.parent / "newslint" / "data" / "function_words.txt"


def closed_class(form: str, bank: Treebank) -> bool:
    """A form the treebank tags mostly as no noun, verb, adjective or adverb ("the", "in",
    "three", "john"): WordNet's senses of it ("indium", "a toilet") are not the word's."""
    return bank.tokens[form] >= TREEBANK_LEAST and bank.content_share(form) < 0.5


def wordnet_readings(form: str, net: WordNet) -> set[str]:
    """WordNet's readings of ``form``; a plural only when the noun it is the plural of is
    the commoner reading ("mice"; not "data", a lemma of its own) and ``is_plural_of`` agrees
    ("polices", "alas" are none)."""
    readings = net.readings(form, is_plural_of)
    plural = readings.pop("p", None)
    found = set(readings)
    if "n" in found and plural is not None and (form not in net.lemmas["n"] or plural > net.semcor[form, "n"]):
        found.add("p")
    return found


def treebank_readings(form: str, bank: Treebank) -> set[str]:
    """The treebank's readings of ``form`` tagged TREEBANK_LEAST times and SHARE of its tokens."""
    counts = bank.letters.get(form, {})
    total = bank.tokens[form]
    found = {l for l, c in counts.items() if c >= TREEBANK_LEAST and c >= SHARE * total}
    if "n" not in found:
        found.discard("p")
    return found


def combined(forms, net: WordNet, bank: Treebank) -> dict[str, str]:
    """{form: letters}: the SPECIALIST readings in lower case; for the words of ``forms`` it
    has no reading for, those of WordNet and the treebank in upper case ("website": "N").

    Left out: words of three letters or fewer (the rules read a short word without a reading
    as a function word, English or foreign: "an der"), words with a capital, closed-class words (by the
    treebank, or function_words.txt), and the noun reading of a verb's -ing form (every one
    can be a gerund; "critical thinking, which were adopted" has no head noun "thinking").
    A word the SPECIALIST table tags keeps its readings: added readings for those ("log",
    "bar" as nouns, "complete" as an adjective) silence G201 where the word is a verb
    (measured: scripts/measure_lexicon_gaps.py, the lexicon8 report of 2026-12-01)."""
    base_of = specialist()
    function_words = {
        word for line in FUNCTION_WORDS.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") for word in line.split()
    }
    values = {form: "".join(sorted(letters)) for form, letters in base_of.items()}
    for form in forms:
        if form in base_of or len(form) <= 3 or not form.isalpha() or form != form.lower():
            continue
        if form in function_words or closed_class(form, bank):
            continue
        added = wordnet_readings(form, net) | treebank_readings(form, bank)
        if form.endswith("ing") and "v" in added:
            added -= {"n", "p"}
        if added:
            values[form] = "".join(sorted(letter.upper() for letter in added))
    return values
