"""Which LanguageTool rules newslint leaves off by default, and how sure a match is.

The list and its reasons are data (``newslint/data/languagetool_rules.txt``); the figures in
the reasons are from ``scripts/measure_languagetool_rules.py``, which writes every rule's
figures to ``docs/languagetool-rules.md`` (the README lists every rule and category off by
default with its reason).
"""

from __future__ import annotations

from ..datafiles import data_sections

# The rules, parts of rule ids and categories off by default, each with why, and the rules
# that guess: the data file says how each was measured. The package is imported only when
# LanguageTool is switched on, so reading the file here costs a plain run nothing.
_TABLE = data_sections("languagetool_rules.txt")


def _reasons(section: str) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in _TABLE.get(section, ()))


# LanguageTool rules switched off unless ``enable`` names them (with why). An entry also
# switches off the rules whose id starts with it and "_".
DEFAULT_DISABLED: dict[str, str] = _reasons("off")
# Rules whose id holds one of these: hyphenation and compounds are house style.
DEFAULT_DISABLED_PARTS: dict[str, str] = _reasons("off-parts")
# Categories left out unless ``enable`` names a rule in them: variety and house-style advice,
# and names of companies and products (which the story spells as it means to).
DEFAULT_DISABLED_CATEGORIES: dict[str, str] = _reasons("off-categories")
# Rules that guess (agreement with collective nouns and numbers, word-class guesses, register
# advice): off by default, and advice (info) when a configuration switches one on. Measured:
# together they caught 0 of 133 real errors, and 2 of their 39 findings on clean news were right;
# on the real-error harness's tune half, one catch against 5 findings at untouched words.
GUESSES_REASON = (
    "guesses: these rules caught 0 of 133 real errors and 2 of their 39 findings on clean news were right; "
    "on the real-error harness they caught 1 of 500 errors newslint misses, against 5 findings at untouched words"
)

# LanguageTool category → newslint family; anything else is grammar.
FAMILY_OF_CATEGORY = {
    "TYPOS": "spelling",
    "MULTITOKEN_SPELLING": "spelling",
    "PUNCTUATION": "punctuation",
    "TYPOGRAPHY": "punctuation",
    "STYLE": "style",
    "REDUNDANCY": "style",
    "PLAIN_ENGLISH": "style",
}
# Severity follows confidence. A match is a warning only when LanguageTool files it as a
# grammar, confused-word or typo problem of the kinds "grammar", "misspelling" or
# "duplication", and its rule is not one of the guesses below; everything else is advice
# (info): style, redundancy, punctuation, typography, hyphenation and compounds, and matches
# inside direct quotations (the rule sees to that).
CONFIDENT_CATEGORIES = frozenset({"GRAMMAR", "CONFUSED_WORDS", "TYPOS", "MISC", "NONSTANDARD_PHRASES"})
CONFIDENT_ISSUES = frozenset({"grammar", "misspelling", "duplication", ""})
# The rules that guess (see GUESSES_REASON).
GUESSES = frozenset(line.strip() for line in _TABLE.get("guesses", ()))
# Categories whose rules swap one word for another; a capitalised word inside a sentence is
# more likely a name (Gary Hart, Halo) than a slip, so such a match there is only advice.
WORD_SWAP_CATEGORIES = frozenset({"TYPOS", "CONFUSED_WORDS"})


def family_of(category: str) -> str:
    if category in FAMILY_OF_CATEGORY:
        return FAMILY_OF_CATEGORY[category]
    if category.endswith("STYLE"):
        return "style"
    return "grammar"


def _listed(rule_id: str, ids) -> bool:
    return rule_id in ids or any(rule_id.startswith(r + "_") for r in ids)


def severity_of(category: str, issue: str = "", rule_id: str = "") -> str:
    """"warning" for a confident match, "info" for advice (see CONFIDENT_CATEGORIES)."""
    if category not in CONFIDENT_CATEGORIES or issue not in CONFIDENT_ISSUES:
        return "info"
    if "HYPHEN" in rule_id or "COMPOUND" in rule_id or _listed(rule_id, GUESSES):
        return "info"
    return "warning"
