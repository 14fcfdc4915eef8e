"""No rule or analysis raises on arbitrary text, and every finding lies inside the text."""

from hypothesis import HealthCheck, given, settings, strategies as st

from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context

RULES = [r for r in all_rules(Settings(select=("ALL",))) if not r.code.startswith("LT")]
PIECES = st.sampled_from(
    [
        "the", "The", " ", "\n", "\n\n", "\r\n", "\t", ".", ",", "“", "”", '"', "'", "’", "(", ")",
        "[", "]", "#", "> ", "- ", "*", "`", "```", "---\n", "<!--", "-->", "TK", "XX", "Monday",
        "Aug. 20", "2016", "April 31", "said", "Zoë", "Müller", "ﬁ", "é", "said.", "Top Stories",
        "<!-- newslint-disable -->", "http://x.y/z", "1,000", "$5m", "Putin", "the the",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, markdown=st.booleans())
def test_rules_never_raise_and_spans_fit(text, markdown):
    try:
        doc = Document(text, path="draft.md" if markdown else "draft.txt")
    except Exception as exc:  # only a clear input error is allowed
        from newslint.errors import InputError

        assert isinstance(exc, InputError)
        return
    assert len(doc.prose) == len(doc.text)
    for paragraph in doc.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(doc.text)
    for word in doc.words:
        assert doc.text[word.start : word.end] == word.text
    findings = check_document(doc, Settings(select=("ALL",)), RULES, Context(Settings()))
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(doc.text)
        assert finding.line >= 1 and finding.column >= 1
