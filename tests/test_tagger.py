"""The part-of-speech tagger and the "tags" analysis, on invented news sentences."""

import subprocess
import sys
import time

import pytest

from newslint import tagger
from newslint.document import Document


def tagged(sentence: str) -> list[tuple[str, str]]:
    words = [t.text for t in tagger.tokenize(sentence)]
    return list(zip(words, tagger.tag(words)))


def tag_of(sentence: str, word: str) -> str:
    found = [t for w, t in tagged(sentence) if w == word]
    assert found, f"{word!r} not a token of {sentence!r}"
    return found[0]


# -- the model ---------------------------------------------------------------------------------


def test_the_model_loads_quickly_and_knows_the_treebank_tags():
    started = time.perf_counter()
    model = tagger.Model.load()
    assert time.perf_counter() - started < 1.0  # well under 100 ms on an idle machine
    for tag in ("NN", "NNS", "NNP", "VB", "VBD", "VBN", "VBZ", "VBP", "MD", "IN", "DT", "JJ"):
        assert tag in model.tags
    assert model.tagdict["the"] == "DT"


def test_importing_newslint_does_not_load_the_model():
    code = (
        "import newslint, newslint.cli, newslint.api, newslint.tagger, newslint.analysis.tags;"
        "assert newslint.tagger._model is None"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    # asking for the analysis costs nothing until a sentence's tokens are read
    code = (
        "import sys; from newslint.document import Document;"
        "tags = Document('The vote was close. It passed.', path='a.txt').analysis('tags');"
        "assert tags.sentence_at(0) is not None and 'newslint.tagger' not in sys.modules;"
        "tags.sentences[0].tokens[0]; assert sys.modules['newslint.tagger']._model is not None"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    "sentence, word, tag",
    [
        ("The figures were released on Monday.", "figures", "NNS"),
        ("The figures were released on Monday.", "were", "VBD"),
        ("The figures were released on Monday.", "released", "VBN"),
        ("She has become the first woman to lead the party.", "has", "VBZ"),
        ("She has become the first woman to lead the party.", "become", "VBN"),
        ("He became chief executive of the airline last year.", "became", "VBD"),
        ("The project took two years to finish.", "years", "NNS"),
        ("The project took two years to finish.", "two", "CD"),
        ("The council says the roads are closed.", "says", "VBZ"),
        ("The council says the roads are closed.", "roads", "NNS"),
        ("The council says the roads are closed.", "are", "VBP"),
        ("Residents have complained about the noise for months.", "have", "VBP"),
        ("Residents have complained about the noise for months.", "complained", "VBN"),
        ("The minister will announce the budget on Wednesday.", "will", "MD"),
        ("The minister will announce the budget on Wednesday.", "announce", "VB"),
        ("Police are investigating the fire.", "investigating", "VBG"),
        ("A spokesman for the hospital said one patient was injured.", "patient", "NN"),
        ("A spokesman for the hospital said one patient was injured.", "was", "VBD"),
    ],
)
def test_tags_that_the_grammar_rules_need(sentence, word, tag):
    assert tag_of(sentence, word) == tag


def test_clitics_and_possessives():
    found = tagged("Mr. Patel’s shop doesn’t open on Sundays.")
    assert [w for w, _ in found] == [
        "Mr.", "Patel", "’s", "shop", "does", "n’t", "open", "on", "Sundays", ".",
    ]  # fmt: skip
    assert [t for _, t in found][:7] == ["NNP", "NNP", "POS", "NN", "VBZ", "RB", "VB"]
    assert tag_of("It's the first time the club's owners have spoken.", "'s") == "VBZ"
    assert [t for w, t in tagged("the club's owners") if w == "'s"] == ["POS"]


def test_universal_tags_come_from_the_word_and_its_penn_tag():
    assert tagger.upos("has", "VBZ") == "AUX"
    assert tagger.upos("figures", "NNS") == "NOUN"
    assert tagger.upos("Smith", "NNP") == "PROPN"
    assert tagger.upos("released", "VBN") == "VERB"


def test_abbreviations_that_are_words_end_the_sentence():
    assert [t.text for t in tagger.tokenize("The answer was no.")][-2:] == ["no", "."]
    assert [t.text for t in tagger.tokenize("She lives at No. 10.")][3:] == ["No.", "10", "."]


def test_empty_input():
    assert tagger.tokenize("") == []
    assert tagger.tokenize("   \n ") == []
    assert tagger.tag([]) == []


# -- the tokenizer -----------------------------------------------------------------------------


def test_tokens_are_split_like_the_treebank_with_exact_offsets():
    text = "“We won’t stop,” said Zoë Ångström-Nyberg, 34. They’re gonna cut 1,000 jobs (3.5%)."
    tokens = tagger.tokenize(text)
    assert [t.text for t in tokens] == [
        "“", "We", "wo", "n’t", "stop", ",", "”", "said", "Zoë", "Ångström-Nyberg", ",", "34",
        ".", "They", "’re", "gon", "na", "cut", "1,000", "jobs", "(", "3.5", "%", ")", ".",
    ]  # fmt: skip
    for token in tokens:
        assert text[token.start : token.end] == token.text


def test_abbreviations_hyphens_and_runs_of_punctuation_stay_whole():
    text = "The U.S. and Dr. Okafor's 100-year-old firm -- really!!! -- cannot wait..."
    words = [t.text for t in tagger.tokenize(text)]
    assert words == [
        "The", "U.S.", "and", "Dr.", "Okafor", "'s", "100-year-old", "firm", "--", "really",
        "!!!", "--", "can", "not", "wait", "...",
    ]  # fmt: skip


def test_a_slice_of_the_text_keeps_offsets_into_the_whole_text():
    text = "Headline here. The mayor’s office didn’t reply."
    start = text.index("The")
    tokens = tagger.tokenize(text, start, len(text))
    assert tokens[0].start == start
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens][:4] == ["The", "mayor", "’s", "office"]


# -- the analysis ------------------------------------------------------------------------------


def test_the_analysis_tags_each_sentence_of_the_document():
    text = (
        "Bridge reopens\n\n"
        "The figures were released on Monday. Zoë Müller’s team has become the largest.\n\n"
        "She said two years had passed.\n"
    )
    doc = Document(text, path="story.txt")
    tags = doc.analysis("tags")
    assert [text[s.start : s.end] for s in tags.sentences] == [
        "Bridge reopens",
        "The figures were released on Monday.",
        "Zoë Müller’s team has become the largest.",
        "She said two years had passed.",
    ]
    second = tags.sentences[1]
    assert second.words[:3] == ["The", "figures", "were"]
    assert second.tags[:4] == ["DT", "NNS", "VBD", "VBN"]
    offset = text.index("become") + 2
    token = tags.token_at(offset)
    assert (token.text, token.tag) == ("become", "VBN")
    assert (token.start, token.end) == (text.index("become"), text.index("become") + 6)
    sentence, i = tags.locate(offset)
    assert sentence is tags.sentences[2]
    assert sentence.tokens[i - 1].text == "has"
    assert tags.sentence_at(offset) is sentence
    possessive = tags.token_at(text.index("’s"))
    assert (possessive.text, possessive.tag, possessive.upos) == ("’s", "POS", "PART")
    assert tags.token_at(text.index(" two")) is None  # white space
    assert tags.token_at(len(text) + 5) is None


def test_the_analysis_leaves_code_and_front_matter_alone():
    text = "---\ntitle: Votes\n---\n\nThe votes `were counted` overnight.\n"
    doc = Document(text, path="story.md")
    tags = doc.analysis("tags")
    words = [t.text for s in tags.sentences for t in s.tokens]
    assert words == ["The", "votes", "overnight", "."]
    assert tags.token_at(text.index("title")) is None


def test_sentences_are_tagged_only_when_read():
    doc = Document("One short sentence. Another one here.\n", path="story.txt")
    first, second = doc.analysis("tags").sentences
    assert first.tags == ["CD", "JJ", "NN", "."]
    assert first._tokens is not None and second._tokens is None


def test_an_empty_document_has_no_sentences():
    tags = Document("", path="empty.txt").analysis("tags")
    assert tags.sentences == []
    assert tags.token_at(0) is None


def test_a_features_packed_row_holds_each_of_its_weights_negative_ones_too():
    model = tagger.Model.load()
    features = ["b", "s1 s", "s3 ing", "w house", "t1 DT", "W Obama", "sh Xx", "tw DT house"]
    negatives = 0
    for feature in features:
        row = model._row(feature)
        pairs = model.weights(feature)
        assert pairs, feature
        negatives += sum(weight < 0 for _, weight in pairs)
        assert row == sum(weight << (tagger._FIELD * label) for label, weight in pairs), feature
    assert negatives > 10
    assert model._row("w no-such-word-in-any-treebank") == 0


def test_the_model_header_is_read_without_the_json_package():
    import json

    data = tagger.MODEL.read_bytes()
    at = len(tagger.MAGIC)
    size = int.from_bytes(data[at : at + 4], "little")
    text = data[at + 4 : at + 4 + size].decode("utf-8")
    assert tagger._read_header(text) == json.loads(text)
    script = "import sys; from newslint import tagger; tagger.tag(['The', 'mayor', 'spoke', '.']); print('json' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
