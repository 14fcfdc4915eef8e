"""The errors newslint reports as one line and exit status 2."""


class NewslintError(Exception):
    """Base of every error the command line turns into a one-line message."""


class ConfigError(NewslintError):
    """A configuration file, option or rule pack is invalid."""


class InputError(NewslintError):
    """A draft cannot be read or decoded."""
