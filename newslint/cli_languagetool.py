"""The 'languagetool' commands: start, stop and ask after the local LanguageTool server."""

from __future__ import annotations

import sys

import click

from .cli_common import EXIT_CLEAN, EXIT_FINDINGS, fail


@click.group("languagetool")
def languagetool_group() -> None:
    """The local LanguageTool server that 'server = "local"' uses.

    One server per user: the first run that needs it starts it, later runs reuse it, and it
    stops after 30 minutes without a request ($NEWSLINT_LT_IDLE seconds). LanguageTool comes
    from a copy already on this machine (see the README); nothing is downloaded.
    """


@languagetool_group.command("start")
@click.option("--idle", type=click.FloatRange(min=0, min_open=True), metavar="MINUTES", help="Minutes without a request before a server started now stops [default: 30, or $NEWSLINT_LT_IDLE seconds].")
def languagetool_start(idle):
    """Start the server, or find the running one; print its URL."""
    from . import ltserver

    try:
        running = ltserver.read_state()
        url = ltserver.ensure(idle=idle * 60 if idle else None)
        if running is None:
            ltserver.warm_up(url)  # loads the English rules, so that the first check is quick
    except ltserver.Unavailable as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"the local LanguageTool server did not answer a first check: {exc}")
    click.echo(url)


@languagetool_group.command("stop")
def languagetool_stop():
    """Stop the server."""
    from . import ltserver

    try:
        state = ltserver.stop()
    except ltserver.Unavailable as exc:
        fail(str(exc))
    if state is None:
        click.echo("no local LanguageTool server was running")
    else:
        click.echo(f"stopped the local LanguageTool server at {state.url} (pid {state.java_pid})")


@languagetool_group.command("status")
@click.option("--url", "url_only", is_flag=True, help="Print only the URL of the running server.")
def languagetool_status(url_only):
    """Say whether the server runs (exit status 0) or not (1), and where LanguageTool is."""
    from . import ltserver

    state = ltserver.read_state()
    if url_only:
        if state is not None:
            click.echo(state.url)
    else:
        click.echo(ltserver.describe())
    sys.exit(EXIT_CLEAN if state is not None else EXIT_FINDINGS)
