"""Rule codes as people write them: on the command line, in configuration, in disable comments.

A code or prefix that names no rule is a mistake to tell, not to pass over: ``--select XYZ``
would otherwise run nothing and report "All clear". The error names the closest real codes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError
from .findings import FILE_PROBLEM_CODE, RULE_CRASH_CODE, Finding, file_problem

UNKNOWN_CODE = "E904"
_DIRECTIVES = "use newslint-disable-next-line, newslint-disable or newslint-enable"
RULE_CODES_FILE = Path(__file__).resolve().parent / "data" / "rule_codes.txt"

# Codes are permanent: a retired rule's code still names it, so a configuration or a disable
# comment that mentions it keeps working (it selects or silences nothing now) and 'explain'
# says why it went.
RETIRED = {
    "S208": "likely-slip, retired on 2026-12-01: it caught none of the real writers' errors it was"
    " measured on and was wrong on most of its findings on clean news copy.",
    "S209": "real-word-slip, retired on 2026-12-01 (it was off by default): on news copy 3 of its"
    " 18 findings were slips and on Wikipedia text its counts never saw 2 of 35, so its"
    " 6.2 MB of word-pair counts no longer ship.",
}


def known_codes(settings) -> frozenset[str]:
    from .engine import all_rules

    return frozenset(r.code for r in all_rules(settings)) | {FILE_PROBLEM_CODE, RULE_CRASH_CODE, UNKNOWN_CODE} | set(RETIRED)


@lru_cache(maxsize=1)
def _listed_codes() -> frozenset[str]:
    """The built-in rules' codes as scripts/build_rule_codes.py listed them (empty if missing)."""
    try:
        listed = RULE_CODES_FILE.read_text(encoding="utf-8").split()
    except OSError:
        return frozenset()
    return frozenset(listed) | {FILE_PROBLEM_CODE, RULE_CRASH_CODE, UNKNOWN_CODE} | set(RETIRED)


def _usable_list(settings) -> frozenset[str] | None:
    """The listed built-in codes, when no rule-paths folder or plug-in adds rules (else None)."""
    listed = _listed_codes()
    if not listed or settings.rule_paths:
        return None
    from .engine import plugins_may_exist

    return None if plugins_may_exist() else listed


def _all_listed(settings, given: dict) -> bool:
    """Every code of the settings names a listed built-in rule, so the rules need not load.

    Any doubt (a code the list lacks) leaves the answer, and its error message, to the full
    registry.
    """
    listed = _usable_list(settings)
    if listed is None:
        return False
    codes = [c for values in given.values() for c in values]
    codes += list(settings.select or ()) + list(settings.ignore) + list(settings.extend_select)
    codes += [c for _, values in settings.per_file_ignores for c in values]
    return all(is_known(c, listed) for c in codes) and all(
        is_known(c, listed, prefix=False) for c, _ in settings.severity
    )


def is_known(code: str, known: frozenset[str], prefix: bool = True) -> bool:
    """A rule's code, ``ALL``, a prefix of a code (``S2``) or a LanguageTool rule id (``LT…``)."""
    if code in known or code == "ALL" or code.startswith("LT"):
        return True
    return prefix and any(k.startswith(code) for k in known)


def unknown(code: str, known: frozenset[str], where: str, what: str = "unknown rule code or prefix") -> str:
    """``where: unknown rule code or prefix 'S31'; did you mean S301, S310?``"""
    import difflib  # only for a mistake: its import is ~3 ms of every run's start-up

    near = difflib.get_close_matches(code, sorted(known - RETIRED.keys()), n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(near)}?" if near else "'newslint rules' lists them"
    return f"{where}: {what} '{code}'; {hint}"


def check_settings(settings, overrides) -> None:
    """Raise a ConfigError for the first code of the command line or the configuration that
    names no rule (select, ignore, extend-select, per-file-ignores, severity)."""
    given = {
        "--select": overrides.select or (),
        "--ignore": overrides.ignore,
        "--extend-select": overrides.extend_select,
    }
    if not any(given.values()) and not (
        settings.select or settings.ignore or settings.extend_select or settings.per_file_ignores or settings.severity
    ):
        return  # no code to check: the rules need not load (a run the cache answers loads none)
    if _all_listed(settings, given):
        return  # all are built-in codes: the rules need not load either
    known = known_codes(settings)
    for option, codes in given.items():
        for code in codes:
            if not is_known(code, known):
                raise ConfigError(unknown(code, known, option))
    from_command_line = {c for codes in given.values() for c in codes}
    configured = {
        "select": settings.select or (),
        "ignore": settings.ignore,
        "extend-select": settings.extend_select,
        "per-file-ignores": [c for _, codes in settings.per_file_ignores for c in codes],
    }
    for key, codes in configured.items():
        for code in codes:
            if code not in from_command_line and not is_known(code, known):
                raise ConfigError(unknown(code, known, f"{settings.source}: '{key}'"))
    for code, _ in settings.severity:  # a severity is given to one rule, never to a prefix
        if is_known(code, known) and not is_known(code, known, prefix=False):
            raise ConfigError(f"{settings.source}: 'severity' is set rule by rule; '{code}' is a prefix, not a rule code")
        if not is_known(code, known):
            raise ConfigError(unknown(code, known, f"{settings.source}: 'severity'"))


def check_comments(path: str, text: str, settings) -> list[Finding]:
    """An error for each code in a disable comment of the draft that names no rule."""
    # the gate's pattern: both read the comments alike
    from .document import DISABLE_COMMENT as _DIRECTIVE

    found: list[Finding] = []
    if "newslint-" not in text:
        return found
    listed = _usable_list(settings)
    known = None  # the full registry, loaded only for a code the list lacks
    for match in _DIRECTIVE.finditer(text):
        for code in re.split(r"[\s,]+", match.group(2).strip()):
            if not code or (listed is not None and is_known(code.upper(), listed)):
                continue
            if known is None:
                known = known_codes(settings)
            if not is_known(code.upper(), known):
                offset = match.start(2) + match.group(2).index(code)
                if code.startswith("-"):  # "newslint-disable-line": a directive that does not exist
                    directive = f"newslint-{match.group(1)}{code}"
                    message = f"disable comment: '{directive}' is not a directive; {_DIRECTIVES}"
                    found.append(_problem(path, text, offset, message))
                    continue
                found.append(_problem(path, text, offset, unknown(code, known, "disable comment")))
    return found


def _problem(path: str, text: str, offset: int, message: str) -> Finding:
    from .document import line_and_column

    line, column = line_and_column(text, offset)
    return file_problem(path, message, line, column).with_(code=UNKNOWN_CODE, name="unknown-rule-code")
