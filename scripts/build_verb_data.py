#!/usr/bin/env python3
"""Build the verb-form and noun-number tables that the grammar rules G201-G203 read.

    pip install lemminflect       # build-time only; newslint does not need it to run
    apt-get install wordnet-base  # WordNet 3.0's database files, for the collective nouns
    python3 scripts/build_verb_data.py

Writes three files into newslint/data/ (sources and licences: newslint/data/agreement_sources.txt):

- ``verb_forms.txt.gz``: the verb forms that the rules ask about, one kind a line,
  ``<kind>\t<entry> <entry> …``, worked out here so that newslint only splits strings:
  ``past`` forms that can only be a simple past, as ``form:base:participle``
  (``became:become:become``); ``past_base`` simple pasts that are also the base of another
  verb but never a participle, with every participle (``saw:see:seen``,
  ``bore:bear:born/borne``: wrong after "have", right after a modal: "will saw"); ``participle`` forms that can only be a participle, as
  ``form:base`` (``gone:go``); ``third`` third-person forms that are no other verb form
  (``goes``; as ``form:base`` where stripping "s", "es" or "ies" + "y" does not find the
  base); ``regular`` verbs whose past and participle are one "-ed"
  form and whose base is no other verb form, as ``base:participle`` (``marry:married``);
  ``same_participle`` verbs whose base is no other verb form and whose past is their
  participle, the commonest not in "-ed" and at least ``PAST_ZIPF`` common, as
  ``base:participles`` (``build:built``, ``pay:paid/payed``: "was build" for "was built");
  ``base`` every base form; ``pasts`` every simple-past form. Source: lemminflect's inflection table (MIT licence, Brad
  Jascob; built from the NLM SPECIALIST lexicon) with lemminflect's own overrides applied.
  Participles are widened where the language allows more than one form, so that a rule never
  calls a standard form wrong: a verb whose past and participle coincide in one variant
  ("lit/lighted") accepts every past form as a participle; a regular "-ed" past is always a
  participle too ("sowed", "weaved"); lemminflect's raw table lists "got" as a participle of
  "get" beside "gotten" (British and much American usage: "has got"), which its overrides
  drop, so it is kept. A past and its participle must both be common (``PAST_ZIPF``) to be
  listed as "past only". The participle suggested is the commonest. Verbs whose forms are all
  rarer than ``MIN_ZIPF`` on wordfreq's scale (read from newslint's own lexicon) are left
  out.
- ``noun_forms.txt.gz``: count nouns by how their plural is made, one kind a line:
  ``s``, ``es`` and ``ies`` (y to ies) list singulars; ``other`` lists ``singular:plural``.
  A noun counts when lemminflect gives it a plural different from the singular ("year
  years", "chairman chairmen"); when lemminflect also marks a mass use (it lists the
  singular among the plurals: "information informations/information", "day days/day"),
  the plural must not be much rarer than the singular (at most ``MASS_GAP`` Zipf units):
  "day" counts, "information" ("informations" is 2.7 units rarer) does not; and no noun
  whose plural is more than ``OTHER_USE_GAP`` units rarer counts ("out", "first").
  ``headword_s`` lists nouns ending in "s" that are their own lemma in lemminflect's lemma
  table ("commons", "means", "series", "physics"): they may be singular. ``zero_plural``
  lists animals whose plural is the singular ("menhaden are", "the caribou graze"): a
  WordNet 3.0 noun.animal noun first, with lemminflect's plurals (see ``zero_plural_animals``).
- ``collective_nouns.txt``: nouns that name a group ("team", "government", "jury"), which
  British copy gives a plural verb and which "one of the" may take ("one of the family"):
  every lower-case noun at least ``NOUN_MIN_ZIPF`` frequent whose commonest WordNet 3.0
  sense is in the lexicographer file noun.group, or whose commonest sense is an act or a
  top-level concept and whose second is a group ("management", "group"), plus
  ``MORE_COLLECTIVES`` that WordNet files elsewhere and ``MORE_PLURAL_COLLECTIVES`` (a few
  people: "the couple have", "the duo were"). Each line is ``word unit`` for a group
  named as a unit, which American usage gives a singular verb ("the jury was"), or ``word
  plural`` for a noun plural in meaning ("the police were", "personnel are"): a unit when
  lemminflect gives it a plural no more than ``UNIT_GAP`` Zipf units rarer than itself. WordNet 3.0 (c) 2006 Princeton
  University, under the WordNet 3.0 licence (permissive; notice in agreement_sources.txt).
"""

from __future__ import annotations

import gzip
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newslint" / "data"
MIN_ZIPF = 2.0  # a verb is kept when one of its forms is at least this frequent
# A past is listed as "past only" when it and its participle are this common: rare verbs
# ("stride", "smite", "beget") keep old or dialect participles ("had strode").
PAST_ZIPF = 3.0
NOUN_MIN_ZIPF = 2.5  # a noun is kept when its singular is at least this frequent
MASS_GAP = 1.2  # a plural this many Zipf units rarer than its singular marks a mass noun
OTHER_USE_GAP = 2.5  # ... or, for any noun, a word that is mostly not a noun
WORDNET = Path("/usr/share/wordnet")
# Collective nouns WordNet files under other senses first (the media, a majority, the side).
# A collective whose plural is at most this many Zipf units rarer names a unit ("team",
# "jury", "government": "teams", "juries"); others are plural in meaning ("police",
# "personnel", "staff", "cattle").
UNIT_GAP = 1.5
# An animal whose "-s" plural is this many Zipf units rarer than the singular takes the
# singular as its plural ("caribou", "trout"; not "fox", "foxes").
ZERO_PLURAL_GAP = 1.0
ZERO_PLURAL_RARE = 1.5  # ... or is this rare ("menhadens")
MORE_COLLECTIVES = "group media majority minority opposition side press management public".split()
# Groups of a few people that take a plural verb on both sides of the Atlantic ("the couple
# have two children", "the duo were").
MORE_PLURAL_COLLECTIVES = "couple duo trio quartet pair".split()
# Participles that the raw SPECIALIST table lists and lemminflect's overrides drop.
KEEP_PARTICIPLES = {"get": ("got",)}


def _raw_entries(pos: str) -> list[list[str]]:
    path = resources.files("lemminflect") / "resources" / "infl_lu.csv.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split(",") for line in fh]
    return [row for row in rows if len(row) > 2 and row[1] == pos]


def _plain(word: str) -> bool:
    return word.isalpha() and word.isascii() and word.islower()


def verb_table(zipf) -> list[tuple[str, list[str], list[str], list[str], list[str]]]:
    """(base, pasts, participles, third-person forms, gerunds) of every verb kept."""
    from lemminflect import getAllInflections

    table = []
    for row in _raw_entries("verb"):
        base = row[0]
        if not _plain(base) or base in ("be", "have", "do"):
            continue
        forms = getAllInflections(base, upos="VERB")
        past = [f for f in forms.get("VBD", ()) if _plain(f)]
        participle = [f for f in forms.get("VBN", ()) if _plain(f)] or list(past)
        third = [f for f in forms.get("VBZ", ()) if _plain(f)]
        gerund = [f for f in forms.get("VBG", ()) if _plain(f)]
        if not (past and third and gerund):
            continue
        if set(past) & set(participle):
            participle += [f for f in past if f not in participle]
        participle += [f for f in past if f.endswith("ed") and f not in participle]
        participle += [f for f in KEEP_PARTICIPLES.get(base, ()) if f not in participle]
        participle.sort(key=lambda f: -zipf(f))  # the commonest first: the one suggested
        if max(zipf(f) for f in [base, *past, *participle, *third, *gerund]) < MIN_ZIPF:
            continue
        table.append((base, past, participle, third, gerund))
    return sorted(table)


def third_base(form: str, bases) -> str | None:
    """The base newslint finds for a third-person form (see ``verbs.third_base``)."""
    for stem in (form[:-3] + "y" if form.endswith("ies") else "", form[:-2] if form.endswith("es") else "", form[:-1]):
        if stem in bases:
            return stem
    return None


def build_verbs(zipf) -> list[str]:
    table = verb_table(zipf)
    bases = {t[0] for t in table}
    pasts = {f for t in table for f in t[1]}
    participles = {f for t in table for f in t[2]}
    thirds = {f for t in table for f in t[3]}
    gerunds = {f for t in table for f in t[4]}
    past, past_base, participle, third, regular, same = {}, {}, {}, {}, {}, {}
    for base, past_forms, part_forms, third_forms, _ in table:
        for form in past_forms:
            if form in participles | thirds | gerunds or min(zipf(form), zipf(part_forms[0])) < PAST_ZIPF:
                continue
            if form not in bases:
                past.setdefault(form, f"{form}:{base}:{part_forms[0]}")
            elif form != base:
                # "saw", "fell": a simple past that is the base of another verb ("to saw",
                # "to fell"), never a participle: wrong after "have", right after a modal
                past_base.setdefault(form, f"{form}:{base}:{'/'.join(part_forms)}")
        for form in part_forms:
            if form not in pasts | bases | thirds:
                participle.setdefault(form, f"{form}:{base}")
        for form in third_forms:
            if form not in bases | pasts and form not in third:
                # the rules find the base by stripping "s", "es" or "ies" (+ "y"); only
                # the forms where that finds another verb, or none, carry their base
                third[form] = form if third_base(form, bases) == base else f"{form}:{base}"
        if (
            past_forms == part_forms
            and len(past_forms) == 1
            and past_forms[0].endswith("ed")
            and base not in pasts | participles | thirds
        ):
            regular[base] = f"{base}:{past_forms[0]}"
        elif (
            set(past_forms) == set(part_forms)
            and not part_forms[0].endswith("ed")
            and part_forms[0] != base
            and base not in pasts | participles | thirds
            and zipf(part_forms[0]) >= PAST_ZIPF
            and not (len(part_forms) > 1 and part_forms[0] in bases)
        ):
            # "build:built", "send:sent", "pay:paid": a past that is the participle too
            # and no "-ed" form, so that "was build" can be told ("regular" has "-ed" ones);
            # not a verb whose forms are split with another verb's ("lie:lay/lied")
            same[base] = f"{base}:{'/'.join(part_forms)}"
    return [
        "past\t" + " ".join(past[k] for k in sorted(past)),
        "past_base\t" + " ".join(past_base[k] for k in sorted(past_base)),
        "participle\t" + " ".join(participle[k] for k in sorted(participle)),
        "third\t" + " ".join(third[k] for k in sorted(third)),
        "regular\t" + " ".join(regular[k] for k in sorted(regular)),
        "same_participle\t" + " ".join(same[k] for k in sorted(same)),
        "base\t" + " ".join(sorted(bases)),
        "pasts\t" + " ".join(sorted(pasts)),
    ]


def build_nouns(zipf) -> list[str]:
    from lemminflect import getAllInflections

    lines = []
    for row in _raw_entries("noun"):
        singular = row[0]
        if not _plain(singular) or zipf(singular) < NOUN_MIN_ZIPF:
            continue
        plurals = [p for p in getAllInflections(singular, upos="NOUN").get("NNS", ()) if _plain(p)]
        uncountable = singular in plurals
        plurals = [p for p in plurals if p != singular]
        if not plurals:
            continue  # "news", "police": no plural of their own
        plural = max(plurals, key=zipf)
        if zipf(plural) < zipf(singular) - (MASS_GAP if uncountable else OTHER_USE_GAP):
            # "information informations/information": the lexicon also has a mass use; the
            # frequencies decide whether the plural is in real use. Any noun whose plural is
            # far rarer is mostly something else ("out", "first": "outs", "firsts")
            continue
        lines.append((singular, plural))
    # one kind of plural a line: "s" (+s), "es" (+es), "ies" (y -> ies), "other" (pairs)
    kinds: dict[str, list[str]] = {"s": [], "es": [], "ies": [], "other": []}
    for singular, plural in sorted(set(lines)):
        if plural == singular + "s":
            kinds["s"].append(singular)
        elif plural == singular + "es":
            kinds["es"].append(singular)
        elif singular.endswith("y") and plural == singular[:-1] + "ies":
            kinds["ies"].append(singular)
        else:
            kinds["other"].append(f"{singular}:{plural}")
    # nouns that end in "s" and that lemminflect lists as headwords: some are singular ("a
    # commons", "a means", "a series"), so "a" before them is no slip
    path = resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split(",") for line in fh]
    headwords = {
        row[0]
        for row in rows
        if len(row) == 3 and row[1] == "noun" and _plain(row[0]) and row[0].endswith("s")
        and row[0] in row[2].split("/")  # its own lemma: "commons: common/commons"
    }
    kinds["headword_s"] = sorted(w for w in headwords if zipf(w) >= NOUN_MIN_ZIPF)
    kinds["zero_plural"] = zero_plural_animals(zipf)
    return [f"{kind}\t{' '.join(words)}" for kind, words in kinds.items()]


def _first_senses() -> dict[str, list[str]]:
    """Each WordNet 3.0 noun -> the lexicographer files of its senses, commonest first."""
    lexfile = {}
    for line in (WORDNET / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):
            parts = line.split()
            lexfile[parts[0]] = parts[1]
    senses = {}
    for line in (WORDNET / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        pointers = int(parts[3])
        senses[parts[0]] = [lexfile[offset] for offset in parts[4 + pointers + 2 :]]
    return senses


def zero_plural_animals(zipf) -> list[str]:
    """Animals whose usual plural is the singular ("menhaden", "caribou", "trout"): the
    commonest WordNet sense is in noun.animal (05), lemminflect lists the singular among the
    plurals beside another one (no "mankind"), and every other plural is at least
    ``ZERO_PLURAL_GAP`` Zipf units rarer than the singular or rarer than ``ZERO_PLURAL_RARE``."""
    from lemminflect import getAllInflections

    found = []
    for word, senses in _first_senses().items():
        if not (_plain(word) and senses and senses[0] == "05"):
            continue
        plurals = getAllInflections(word, upos="NOUN").get("NNS", ())
        others = [p for p in plurals if p != word]
        # a count noun ("menhadens" exists, "mankind" has no plural) whose other plurals
        # are little used
        if word in plurals and others and all(min(zipf(p), zipf(word) - ZERO_PLURAL_GAP) < ZERO_PLURAL_RARE or zipf(p) <= zipf(word) - ZERO_PLURAL_GAP for p in others):
            found.append(word)
    return sorted(found)


def build_collectives(zipf) -> list[str]:
    lexfile = {}
    for line in (WORDNET / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):
            parts = line.split()
            lexfile[parts[0]] = parts[1]
    found = set(MORE_COLLECTIVES)
    for line in (WORDNET / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        word, pointers = parts[0], int(parts[3])
        senses = [lexfile[offset] for offset in parts[4 + pointers + 2 :]]
        if not (_plain(word) and zipf(word) >= NOUN_MIN_ZIPF and senses):
            continue
        # 14 noun.group; 03 noun.Tops, 04 noun.act
        if senses[0] == "14" or senses[0] in ("03", "04") and senses[1:2] == ["14"]:
            found.add(word)
    from lemminflect import getAllInflections

    lines = []
    for word in sorted(found | set(MORE_PLURAL_COLLECTIVES)):
        plurals = [p for p in getAllInflections(word, upos="NOUN").get("NNS", ()) if p != word]
        unit = word not in MORE_PLURAL_COLLECTIVES and any(zipf(p) >= zipf(word) - UNIT_GAP for p in plurals)
        lines.append(f"{word} {'unit' if unit else 'plural'}")
    return lines


def _write(name: str, header: str, lines: list[str]) -> None:
    data = (header + "\n".join(lines) + "\n").encode("utf-8")
    # no time stamp in the header: the same data gives the same file
    (OUT / name).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from newslint.analysis.lexicon import zipf

    verbs = build_verbs(zipf)
    _write(
        "verb_forms.txt.gz",
        "# verb forms by kind; built by scripts/build_verb_data.py\n",
        verbs,
    )
    nouns = build_nouns(zipf)
    _write("noun_forms.txt.gz", "# count nouns by kind of plural; built by scripts/build_verb_data.py\n", nouns)
    collectives = build_collectives(zipf)
    (OUT / "collective_nouns.txt").write_text(
        "# nouns that name a group, 'unit' or 'plural' in meaning; built by scripts/build_verb_data.py from WordNet 3.0\n"
        + "\n".join(collectives) + "\n",
        encoding="utf-8",
    )
    print(f"{len(collectives)} collective nouns, {len(verbs[-1].split())} verbs, {sum(len(n.split()) - 1 for n in nouns if not n.startswith('headword_s'))} count nouns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
