"""newslint: an editorial consistency linter for news drafts."""

__version__ = "0.1.0"
