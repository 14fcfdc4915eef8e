"""LanguageTool as a backend: options, client, request batching, offset mapping and cache.

One module a job: ``rules`` (which LanguageTool rules are off by default and how sure a match
is), ``options`` (the configuration table), ``pieces`` (what is sent, and the map back),
``client`` (the HTTP client), ``cache`` (matches on disk), ``session`` (one run's clients,
cache and failure); the user's own server is ``newslint.ltserver``. The run holds one
``Session`` through its backend (``newslint.backends.LanguageTool``): no module-wide state.

The rule that exposes it is ``newslint.checks.grammar.LanguageToolRule`` (codes ``LT`` plus
LanguageTool's rule id). This module does the work the rule should not see:

- **Options**, from ``[tool.newslint.languagetool]`` (or ``--languagetool URL``, which the
  command line turns into the same table): ``server`` (a URL of a running LanguageTool HTTP
  server, or ``"local"`` for the user's own server, which ``newslint.ltserver`` starts on first
  use and stops when idle), ``language`` (default: the
  ``spelling`` setting, or the story's own variety when that is ``auto``), ``enable`` and
  ``disable`` (LanguageTool rule ids), ``timeout`` (seconds for each whole request) and ``picky``.
- **One client per server per run** (the session's), made only when a paragraph is not in the cache (for
  ``"local"``, against the server of ``newslint.ltserver``). It posts to LanguageTool's
  ``/v2/check`` itself rather than through language-tool-python, whose requests wait per
  socket read, read a reply of any size and take an HTTP 500 for an answer: here ``timeout``
  bounds each whole request, a remote server is reached through the environment's proxy as
  other clients do (never this machine's), a reply is at most MAX_REPLY_BYTES, anything but a 200 with a
  check reply is a failure (never "no problems", never cached), and every string of the
  reply is checked and cleaned (one line, no control characters) before it is used.
- **Only prose is sent**: the prose paragraphs of the document (front matter, code, HTML, URLs
  and Markdown markers are already masked out of ``Document.prose``), each with its runs of
  white space and line breaks collapsed and its masked characters dropped; a map from every
  character sent back to its offset in the draft gives each match its exact place. Paragraphs
  are joined by blank lines into as few requests as possible.
- **A cache on disk per paragraph**, keyed on the paragraph as sent, the language, the server
  and the LanguageTool rule set, in the user's cache folder beside newslint's result cache
  (``newslint.cache.default_dir()``). A run on unchanged paragraphs sends nothing.
- **Failures** (server unreachable, a timeout, an HTTP error, a reply that is not one, Java or
  LanguageTool missing for ``local``) become one line in the session's ``failure``; the rest of
  the run leaves LanguageTool alone and the other rules' findings stand. The command line
  reports the line after the findings, as an error (exit status 2) when ``--languagetool``
  asked for LanguageTool, as a notice when only the configuration did.
"""


from .client import Unavailable, clean, parse_matches, post
from .options import Options, language_for, options, wanted
from .pieces import BATCH_CHARS, Piece, piece_of, pieces_of
from .rules import (
    DEFAULT_DISABLED,
    DEFAULT_DISABLED_CATEGORIES,
    DEFAULT_DISABLED_PARTS,
    GUESSES,
    WORD_SWAP_CATEGORIES,
    family_of,
    severity_of,
)
from .session import Session

__all__ = [
    "BATCH_CHARS",
    "DEFAULT_DISABLED",
    "DEFAULT_DISABLED_CATEGORIES",
    "DEFAULT_DISABLED_PARTS",
    "GUESSES",
    "WORD_SWAP_CATEGORIES",
    "Options",
    "Piece",
    "Session",
    "Unavailable",
    "clean",
    "family_of",
    "language_for",
    "options",
    "parse_matches",
    "piece_of",
    "pieces_of",
    "post",
    "severity_of",
    "wanted",
]
