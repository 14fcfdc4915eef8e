"""Text output for people: a window of a long line around each finding, wrapped to the width."""

from newslint.findings import Finding, Related
from newslint.report import render
from newslint.report.text import cells, fits, window

FILLER = "The council met again on the budget and heard from residents of the old port district. "


def _long_paragraph(middle: str, length: int = 1500) -> str:
    """One line of about ``length`` characters with ``middle`` in the middle of it."""
    half = FILLER * round(length / (2 * len(FILLER)))
    return half + middle + half.strip()


def _finding(line_text: str, word: str, **fields) -> Finding:
    start = line_text.index(word)
    values = dict(path="story.txt", line=3, column=start + 1, end_line=3, end_column=start + len(word) + 1)
    values.update(fields)
    return Finding("S101", "misspelled-word", "spelling", "warning", start, start + len(word), f'"{word}" looks misspelled.', ("reasonable",), **values)


def test_a_long_paragraph_is_shown_as_a_window_around_the_finding(tmp_path, run_cli):
    paragraph = _long_paragraph("The plan was resonable, she said. ")
    (tmp_path / "story.txt").write_text(f"Budget\n\n{paragraph}\n", encoding="utf-8")
    result = run_cli("check", "--select", "S101", "--no-cache", "story.txt", env={"COLUMNS": "80"})
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].startswith("story.txt:3:")
    shown, marks = lines[1], lines[2]
    assert shown.startswith("  …") and shown.endswith("…")
    assert marks.strip() == "^" * len("resonable")
    assert shown[marks.index("^") :].startswith("resonable")


def test_no_line_is_wider_than_the_terminal_on_one_line_paragraphs(tmp_path, run_cli):
    words = ["resonable", "goverment", "recieved"]
    paragraphs = [_long_paragraph(f"The {w} thing happened. ") for w in words]
    paragraphs.append("Recieved at the start. " + FILLER * 17)
    paragraphs.append(FILLER * 17 + "and the end was recieved")
    (tmp_path / "story.txt").write_text("Budget\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    for columns in ("80", "60"):
        result = run_cli("check", "--no-cache", "story.txt", env={"COLUMNS": columns})
        assert result.returncode == 1
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= int(columns), max(lines, key=len)
        assert sum(line.lstrip().startswith("^") for line in lines) >= 5


def test_the_window_holds_the_span_at_the_start_and_at_the_end_of_a_line():
    line = "x" * 50 + " " + FILLER * 10
    assert window(line, 0, 4, 78) == (0, window(line, 0, 4, 78)[1])
    a, b = window(line, len(line) - 8, len(line), 78)
    assert b == len(line) and len(line[a:b]) <= 76
    short = "A short line."
    assert window(short, 2, 7, 78) == (0, len(short))


def test_fits_says_what_cells_says_without_reading_the_whole_line():
    texts = ["", "plain words", "東京で会議", "cafe\u0301 au lait", "zero\u200bwidth", "東京" * 40 + "x" * 5000]
    for text in texts:
        for room in range(0, 24):
            assert fits(text, room) == (cells(text) <= room), (text[:20], room)


def test_the_underline_counts_wide_characters_twice():
    line = "東京で会議が開かれた。The mayor said it was resonable."
    finding = _finding(line, "resonable")
    output = render("text", [finding], {}, {"story.txt": ["", "", line]}, width=80)
    shown, marks = _excerpt_lines(output)
    assert cells(shown[: shown.index("resonable")]) == marks.index("^")
    assert cells("東京") == 4 and cells("é") == 1


def _excerpt_lines(output):
    lines = output.splitlines()
    marks = next(i for i, line in enumerate(lines) if "^" in line)
    return lines[marks - 1], lines[marks]


def test_the_other_place_of_a_contradiction_is_shown_and_many_places_are_listed():
    lines = ["Budget", "", "Mayor Ana Kovač opened the port on Monday.", "", "Later Kovac said the port would grow."]
    text = "\n".join(lines)
    start = text.index("Kovac")
    places = [(text.index("Kovač"), "\"Kovač\" here", 3, 12)] * 4
    related = tuple(Related(s, s + 5, note, line, col) for s, note, line, col in places)
    finding = Finding(
        "C101", "name-variant", "consistency", "warning", start, start + 5, 'Check the spelling of "Kovac".',
        ("Kovač",), related, path="story.txt", line=5, column=7, end_line=5, end_column=12,
    )
    output = render("text", [finding], {}, {"story.txt": lines}, width=80)
    assert '  note: "Kovač" here, line 3, column 12' in output
    assert "  Mayor Ana Kovač opened the port on Monday.\n" + " " * 13 + "-----\n" in output
    assert output.count("note:") == 3 and "and 2 more places, on lines 3, 3" in output
    assert "  suggestion: Kovač" in output


def test_a_long_message_wraps_under_its_location():
    line = "The council met."
    finding = _finding(line, "council").with_(message="word " * 40)
    output = render("text", [finding], {}, {"story.txt": ["", "", line]}, width=60)
    head = output.splitlines()[:4]
    assert head[0].startswith("story.txt:3:5: S101 word")
    assert all(len(h) <= 60 for h in head) and head[1].startswith("  word")


def test_concise_is_one_line_per_finding_and_quiet_prints_no_summary(tmp_path, run_cli):
    paragraph = _long_paragraph("The plan was resonable and the goverment agreed. ")
    (tmp_path / "story.txt").write_text(f"Budget\n\n{paragraph}\n", encoding="utf-8")
    concise = run_cli("check", "--select", "S101", "--format", "concise", "story.txt").stdout.splitlines()
    assert [line.split(": ")[1].split()[0] for line in concise[:-1]] == ["S101", "S101"]
    assert concise[-1].startswith("Found 2 problems in 1 file")
    quiet = run_cli("check", "--select", "S101", "--quiet", "story.txt")
    assert quiet.returncode == 1
    assert quiet.stdout.splitlines() == concise[:-1]
    (tmp_path / "clean.txt").write_text("Budget\n\nThe council met.\n", encoding="utf-8")
    assert run_cli("check", "--quiet", "clean.txt").stdout == ""


def test_control_characters_of_a_draft_never_reach_the_terminal():
    line = "The council met\x1b[2J and voted \x07resonable."
    finding = _finding(line, "resonable")
    output = render("text", [finding], {}, {"story.txt": ["", "", line]}, width=80)
    assert "\x1b" not in output and "\x07" not in output
    shown, marks = _excerpt_lines(output)
    assert shown.index("resonable") == marks.index("^")
    concise = render("concise", [finding.with_(message="Bad \x1b]0;title\x07 word.")], {}, {}, width=80)
    assert "\x1b" not in concise and "\x07" not in concise


def test_colour_keeps_bold_where_it_is_asked_for():
    line = "The plan was resonable."
    output = render("text", [_finding(line, "resonable")], {}, {"story.txt": ["", "", line]}, color=True, files=1)
    assert "\x1b[22m" not in output  # "normal intensity" would cancel the bold just set
    assert output.startswith("\x1b[1mstory.txt:3:14:\x1b[0m \x1b[33m\x1b[1mS101\x1b[0m")
    assert "\x1b[1mFound 1 problem in 1 file (1 warning).\x1b[0m" in output
