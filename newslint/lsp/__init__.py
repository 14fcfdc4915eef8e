"""``newslint lsp``: the language server (Language Server Protocol over standard input and output).

Needs pygls (``pip install 'newslint[lsp]'``); nothing else in newslint imports this package,
so ``newslint check`` never loads it. docs/editors.md says how to use it from an editor.
"""

from __future__ import annotations

import sys


class _RepairedInput:
    """Standard input for the server: a message that is not valid UTF-8 is read with its bad
    bytes replaced (U+FFFD), so that it is answered or applied instead of dropped."""

    def __init__(self, stream):
        self._stream = stream

    def readline(self) -> bytes:
        return self._stream.readline()

    def read(self, size: int) -> bytes:
        data = self._stream.read(size)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data = data.decode("utf-8", "replace").encode("utf-8")
        return data


def serve() -> None:
    """Run the server on standard input and output until the editor says exit."""
    import logging

    from .handlers import make_server

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="newslint-lsp: %(message)s")
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    # Anything printed by mistake goes to standard error, never into the protocol's stream.
    sys.stdout = sys.stderr
    make_server().start_io(_RepairedInput(stdin), stdout)
