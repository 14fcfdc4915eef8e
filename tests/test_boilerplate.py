"""Page residue by shape (B105) and by repetition across the drafts of a run (B106)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.api import lint_text
from newslint.furniture import furniture_kind, recurring_lines

FURNITURE = [
    ("Show 48 replies", "counter"),
    ("12k views", "counter"),
    ("6 min read", "counter"),
    ("Loading the comments…", "loader"),
    ("Please wait...", "loader"),
    ("Home › Business › Markets", "menu"),
    ("Explore Science", "menu"),
    ("Share via WhatsApp", "vocabulary"),
    ("Open the menu", "vocabulary"),
    ("Sign in with LinkedIn", "vocabulary"),
    ("Get notifications", "vocabulary"),
    ("Browse all sections", "vocabulary"),
    ("Sort by oldest", "vocabulary"),
    ("Primary menu", "vocabulary"),
    ("Newsletter sign-up", "vocabulary"),
    ("Show fewer replies", "vocabulary"),
    ("Exit full screen", "vocabulary"),
    ("Playback speed", "vocabulary"),
    ("Email us", "vocabulary"),
    ("Most upvoted", "vocabulary"),
    ("Verify your email", "vocabulary"),
]

COPY = [
    "Video games",
    "Back to school",
    "Share prices fell",
    "Free for all",
    "By Zoë Müller",
    "(Reporting by Ana Ruiz; Editing by Tom Hale)",
    "— IANS",
    "(AP)",
    "Photo: Ana Ruiz/Reuters",
    "WASHINGTON (AP) — The Senate voted on the budget",
    "NAIROBI, Kenya (AP) _",
    "Twitter and ... ?",
    "The mayor said 12 people had shared the video.",
    "“Share it,” she said",
    "Twelve people were hurt",
    "Exit polls",
    "Primary school",
    "Sort of",
    "On site",
    "Go to",
    "Playing for time",
    "Fewer jobs",
    "Signed in blood",
    "Verify the facts",
]


@pytest.mark.parametrize("line, kind", FURNITURE)
def test_a_line_of_page_furniture_is_known_by_its_shape(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", COPY)
def test_a_line_of_copy_is_not_furniture(line):
    assert furniture_kind(line) is None


def test_residue_claims_its_paragraph_so_no_missing_full_stop_is_reported_there():
    text = "Talks resume\n\nThe talks went well in Geneva.\n\nShow all 48 replies to this story\n"
    codes = [f.code for f in lint_text(text, path="story.txt")]
    assert codes == ["B105"]


def test_one_line_of_residue_gets_one_report():
    text = "Talks resume\n\nThe talks went well.\n\nComments (3)\n"
    assert [f.code for f in lint_text(text, path="story.txt")] == ["B101"]


# -- repetition across the drafts of a run ------------------------------------------------

SITE_LINE = "Kestrel Weekly · Harbour edition"
BYLINE = "By Amara Okonjo"
STORIES = [
    ("Bridge reopens", "The Tamar bridge reopened on Monday after six weeks of repairs to its deck."),
    ("Ferry strike ends", "Ferry crews returned to work on Tuesday after the union accepted a new offer."),
    ("Library saved", "The town library will stay open after residents raised the money to run it."),
    ("Harbour dredged", "Dredgers cleared the harbour mouth this week so that larger boats can dock."),
]


def write_desk(folder: Path, with_site_line: int = 4) -> list[Path]:
    paths = []
    for i, (headline, lede) in enumerate(STORIES):
        lines = [headline, "", lede, "", BYLINE, ""]
        if i < with_site_line:
            lines += [SITE_LINE, ""]
        lines += ["The work was paid for by the county council, officials said.", ""]
        path = folder / f"story{i}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def b106_lines(result) -> dict[str, list[int]]:
    assert result.returncode in (0, 1), result.stderr
    found: dict[str, list[int]] = {}
    for f in json.loads(result.stdout):
        if f["code"].startswith("B"):
            found.setdefault(Path(f["path"]).name, []).append((f["code"], f["line"]))
    return found


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_line_a_site_repeats_across_stories_is_residue(run_cli, tmp_path, jobs):
    write_desk(tmp_path)
    result = run_cli("check", "--format", "json", "--no-cache", "--jobs", jobs, ".")
    found = b106_lines(result)
    assert found == {f"story{i}.txt": [("B106", 7)] for i in range(4)}


def test_the_cache_follows_the_run_when_a_line_stops_recurring(run_cli, tmp_path):
    write_desk(tmp_path)
    first = b106_lines(run_cli("check", "--format", "json", "."))
    assert len(first) == 4
    # the same command again answers from the cache, with the same findings
    assert b106_lines(run_cli("check", "--format", "json", ".")) == first
    # three drafts lose the line: the one unchanged draft no longer shares it with another story
    write_desk(tmp_path, with_site_line=1)
    assert b106_lines(run_cli("check", "--format", "json", ".")) == {}
    assert b106_lines(run_cli("check", "--format", "json", "--jobs", "2", ".")) == {}


def test_one_draft_alone_is_never_residue_by_repetition(run_cli, tmp_path):
    write_desk(tmp_path)
    assert b106_lines(run_cli("check", "--format", "json", "--no-cache", "story0.txt")) == {}


def test_versions_of_one_story_count_once():
    headline, lede = STORIES[0]
    versions = [f"{headline} (v{i})\n\n{lede}\n\n{SITE_LINE}\n" for i in range(4)]
    assert recurring_lines(versions) == {}
    others = [f"{h}\n\n{lede_}\n\n{SITE_LINE}\n" for h, lede_ in STORIES[1:]]
    assert recurring_lines(versions + others) == {SITE_LINE: 7}


def test_a_line_shaped_like_a_site_name_is_residue_in_two_stories():
    named = ["Kestrel Daily Digest", "Kestrel | Sport Desk", "The Kestrel — independent since 1912"]
    drafts = [f"{h}\n\n{lede}\n\n" + "\n\n".join(named) + "\n" for h, lede in STORIES[:2]]
    assert recurring_lines(drafts) == {line: 2 for line in named}


def test_copy_that_two_stories_share_is_not_residue():
    shared = [
        "Markets slide on rate fears",  # a headline in sentence case
        "The full statement reads as follows:",
        "Rep. Ana Ruiz (D-Ohio) — Elected May 3, 2016",
        "Author: Tom Hale",
        "Do you agree? Tell us below",
    ]
    drafts = [f"{h}\n\n{lede}\n\n" + "\n\n".join(shared) + "\n" for h, lede in STORIES[:2]]
    assert recurring_lines(drafts) == {}
    # in three stories a line of page words is furniture whatever its case
    assert recurring_lines([f"{h}\n\n{lede}\n\nSee all Kestrel videos\n" for h, lede in STORIES[:3]]) == {
        "See all Kestrel videos": 3
    }


def test_subheadings_and_credits_that_recur_are_copy():
    drafts = [
        f"{h}\n\n{lede}\n\nWhat happens next\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)\n\n— IANS\n"
        for h, lede in STORIES
    ]
    assert recurring_lines(drafts) == {}


def test_recorded_furniture_reaches_a_run_of_one_draft(run_cli, tmp_path):
    write_desk(tmp_path)
    listed = run_cli("furniture", ".")
    assert listed.returncode == 0, listed.stderr
    lines = [line for line in listed.stdout.splitlines() if not line.startswith("#")]
    assert lines == [SITE_LINE]
    # a pre-commit hook lints the one changed draft: the recorded line is still residue
    (tmp_path / ".newslint-furniture").write_text(listed.stdout, encoding="utf-8")
    found = b106_lines(run_cli("check", "--format", "json", "story0.txt"))
    assert found == {"story0.txt": [("B106", 7)]}
    # and the cache knows when the record changes
    (tmp_path / ".newslint-furniture").write_text("# nothing recorded\n", encoding="utf-8")
    assert b106_lines(run_cli("check", "--format", "json", "story0.txt")) == {}


def test_recorded_furniture_reaches_one_draft_linted_alone_through_the_api(tmp_path):
    # an editor (the language server) or a script lints one draft: the repository's record counts
    from newslint.config import Settings

    draft = write_desk(tmp_path)[0]
    text = draft.read_text(encoding="utf-8")
    settings = Settings(root=tmp_path)
    assert [f.code for f in lint_text(text, path=str(draft), settings=settings) if f.code == "B106"] == []
    (tmp_path / ".newslint-furniture").write_text(f"# recorded\n{SITE_LINE}\n", encoding="utf-8")
    found = [f for f in lint_text(text, path=str(draft), settings=settings) if f.code == "B106"]
    assert [text[f.start : f.end] for f in found] == [SITE_LINE]
