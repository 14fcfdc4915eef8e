"""The regular-verb table read in place (``SortedPairs``) and its "-ed" pasts (``RegularPasts``)
answer exactly as the dictionary and set they replace would."""

from newslint.checks import verbs
from newslint.checks.verbs import RegularPasts, SortedPairs


def _as_dict(line: str) -> dict[str, str]:
    words = line.replace(":", " ").split()
    return dict(zip(words[::2], words[1::2]))


def test_sorted_pairs_finds_every_key_and_no_other():
    line = "ab:x ab-c:y bake:baked marry:married open:opened zip:zipped"
    pairs = SortedPairs(line)
    for key, value in _as_dict(line).items():
        assert pairs[key] == value and key in pairs
    for missing in ("", "a", "abc", "ab-", "bak", "bakes", "opens", "zz", "ab:x", "open opened", "zip:"):
        assert pairs.get(missing) is None and missing not in pairs
    assert pairs.get(3) is None and len(pairs) == 6
    assert list(pairs) == ["ab", "ab-c", "bake", "marry", "open", "zip"]


def test_sorted_pairs_of_one_entry_and_of_none():
    assert SortedPairs("go:gone")["go"] == "gone"
    assert "go" not in SortedPairs("") and len(SortedPairs("")) == 0


def test_regular_table_matches_its_line():
    line = verbs._verb_lines()["regular"]
    table, pairs = _as_dict(line), verbs.regular()
    assert line.split(" ") == line.split()  # one space between entries, as regular() counts them
    assert len(pairs) == len(table) > 5000
    assert all(pairs.get(base) == participle for base, participle in table.items())


def test_regular_pasts_are_exactly_the_tables_participles():
    table = _as_dict(verbs._verb_lines()["regular"])
    pasts = verbs.regular_pasts()
    assert all(participle in pasts for participle in table.values())
    # every base can be made back from its past, so nothing else is answered "in"
    assert all(base in verbs.past_bases(participle) for base, participle in table.items())
    for word in ("married", "opened", "voted", "stopped"):
        assert word in pasts
    for word in ("bed", "red", "speed", "open", "marry", "ran", 7):
        assert word not in pasts
    assert "baked" in RegularPasts(SortedPairs("bake:baked")) and "bake" not in RegularPasts(SortedPairs("bake:baked"))
