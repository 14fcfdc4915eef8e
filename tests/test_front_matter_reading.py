"""Simple front matter is read without YAML, exactly as YAML reads it."""

import datetime as dt

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from newslint.document import Document
from newslint.errors import InputError
from newslint.front_matter import simple_front_matter


def test_dates_and_double_quoted_titles_are_read_without_yaml():
    body = 'date: 2024-03-05\n\ntitle: "Mayor’s plan: \'no new taxes\'"  \nAuthor: "Ana Núñez"\n'
    assert simple_front_matter(body) == {
        "date": dt.date(2024, 3, 5),
        "title": "Mayor’s plan: 'no new taxes'",
        "Author": "Ana Núñez",
    }
    assert simple_front_matter("") == {}


@pytest.mark.parametrize("body", [
    "tags: [city, council]\n",  # a list
    "title: Council meets\n",  # a plain scalar
    'title: "A \\"quoted\\" word"\n',  # an escape
    "date: 2024-02-30\n",  # an impossible date: YAML's error
    'yes: "a key YAML reads as true"\n',
    "date: 2024-03-05 # a comment\n",
    "date: 2024-03-05\r\n",
    "\tdate: 2024-03-05\n",
])
def test_anything_else_is_left_to_yaml(body):
    assert simple_front_matter(body) is None


def test_a_draft_reads_the_same_front_matter_either_way():
    doc = Document('---\ndate: 2019-11-04\ntitle: "Flood warning"\n---\nRain fell.\n', path="a.md")
    assert doc.front_matter == {"date": dt.date(2019, 11, 4), "title": "Flood warning"}
    with pytest.raises(InputError, match="impossible value"):
        Document("---\ndate: 2019-02-30\n---\nRain fell.\n", path="a.md")


_KEYS = st.sampled_from(["date", "title", "Date", "on", "No", "NULL", "by-line", "x_1", "y", "n"])
_VALUES = st.sampled_from([
    "2024-03-05", "1999-12-31", "2024-13-01", "2024-3-5", '""', '"Plain title"', '"It’s 5:30"',
    '"a # b"', "'single'", "plain words", '"tab\there"', '"back\\\\slash"', "2024-03-05T10:00",
    "", "[1, 2]", '"é"',
])


@given(st.lists(st.tuples(_KEYS, st.sampled_from([" ", "  "]), _VALUES, st.sampled_from(["", " "])), max_size=5))
def test_simple_reading_matches_yaml(entries):
    body = "".join(f"{key}:{gap}{value}{end}\n" for key, gap, value, end in entries)
    simple = simple_front_matter(body)
    if simple is not None:
        read = yaml.safe_load(body) or {}
        assert simple == read
        assert [type(value) for value in simple.values()] == [type(value) for value in read.values()]
