"""``newslint report``: one self-contained HTML page, checked in a real browser (headless
Chromium, Debian's ``chromium``: ``apt-get install -y chromium``)."""

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from newslint.findings import Finding, Related
from newslint.report.html import render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def browser(test):
    """A test that runs headless Chromium: marked, and skipped only when it is not installed."""
    skip = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install -y chromium)")
    return pytest.mark.browser(skip(test))

DRAFT = """Harbour vote

The council said the the harbour plan would cost TK, said mayor Ana Kovač on Friday, Feb. 9, 2024.

Her note read: <script>document.title = "owned"</script> & <img src="http://example.invalid/x.png">.

Top Stories
"""

# Counts the resources the page fetched once it has loaded, for the test to read in the DOM.
PROBE = (
    "<script>addEventListener('load', function () {"
    "document.body.setAttribute('data-fetched', performance.getEntriesByType('resource').length);"
    "document.body.setAttribute('data-title', document.title);});</script>"
)


def _chromium(*args, timeout=60):
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=2000", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def report(tmp_path, run_cli):
    (tmp_path / "vote.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "clean.md").write_text("# Budget\n\nThe budget passed on Tuesday.\n", encoding="utf-8")
    made = run_cli("report", "--no-cache", ".", "-o", "report.html")
    assert made.returncode == 0, made.stderr
    assert "Wrote report.html" in made.stdout
    return tmp_path / "report.html"


def test_the_report_is_self_contained_and_escapes_every_draft(report):
    page = report.read_text(encoding="utf-8")
    assert "<script>document.title" not in page and "&lt;script&gt;document.title" in page
    assert "&lt;img src=" in page and "<img" not in page
    # nothing outside the page: no element loads a source, no link leaves it
    assert not re.search(r"""<[a-z]+[^>]*\s(?:src|srcset)=|<link|@import|url\(""", page)
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', page))
    assert "default-src 'none'" in page  # and the browser is told to fetch nothing


class _Marks(HTMLParser):
    """The highlighted text in a page: (classes, text) of each <mark>."""

    def __init__(self):
        super().__init__()
        self.marks, self._open, self.body = [], None, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self._open = [attrs.get("class", ""), ""]
        if tag == "body":
            self.body = attrs

    def handle_data(self, data):
        if self._open is not None:
            self._open[1] += data

    def handle_endtag(self, tag):
        if tag == "mark" and self._open is not None:
            self.marks.append(tuple(self._open))
            self._open = None


@browser
def test_chromium_shows_the_findings_in_place_and_fetches_nothing(report, tmp_path):
    probed = tmp_path / "probed.html"
    probed.write_text(report.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dumped = _chromium("--dump-dom", probed.as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    marks = _Marks()
    marks.feed(dumped.stdout)
    text = {t: c for c, t in marks.marks}
    assert "fam-spelling" in text["the the"]
    assert "fam-boilerplate" in text["TK"] and "sev-error" in text["TK"]
    assert "fam-boilerplate" in text["Top Stories"]
    assert marks.body["data-fetched"] == "0"  # no image, style or script was fetched
    assert marks.body["data-title"] == "newslint report"  # the draft's <script> never ran
    assert '&lt;script&gt;document.title = "owned"&lt;/script&gt;' in dumped.stdout
    screenshot = tmp_path / "report.png"
    shot = _chromium(f"--screenshot={screenshot}", "--window-size=1200,900", report.as_uri())
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshot: {screenshot}")


@browser
def test_the_filters_hide_a_family_in_the_browser(report, tmp_path):
    clicked = tmp_path / "clicked.html"
    untick = (
        "<script>addEventListener('load', function () {"
        "var box = document.querySelector('input[value=\"fam-spelling\"]'); box.click();"
        "var item = document.querySelector('li.fam-spelling');"
        "document.body.setAttribute('data-shown', getComputedStyle(item).display);"
        "var other = document.querySelector('li.fam-boilerplate');"
        "document.body.setAttribute('data-other', getComputedStyle(other).display);});</script>"
    )
    clicked.write_text(report.read_text(encoding="utf-8").replace("</body>", untick + "</body>"), encoding="utf-8")
    dumped = _chromium("--dump-dom", clicked.as_uri())
    marks = _Marks()
    marks.feed(dumped.stdout)
    assert marks.body["data-shown"] == "none" and marks.body["data-other"] == "list-item"
    assert "hide-fam-spelling" in marks.body["class"]


def test_both_places_of_a_contradiction_are_marked_and_linked():
    text = "Vote\n\nLONDON, Feb. 9, 2024 -\n\nThe vote was held on Monday, Feb. 12, 2024, when it rained.\n"
    start, end = text.index("Monday"), text.index("Monday") + len("Monday, Feb. 12, 2024")
    date_start = text.index("Feb. 9, 2024")
    finding = Finding(
        "D101", "weekday-date-mismatch", "date", "error", start, end, '"Monday" does not match the date.',
        ("Monday, Feb. 12, 2024",), (Related(date_start, date_start + 12, "the dateline", 3, 9),),
        path="a.txt", line=5, column=21, end_line=5, end_column=42,
    )
    page = render([finding], {}, {}, texts={"a.txt": text})
    marks = _Marks()
    marks.feed(page)
    found = {t: c for c, t in marks.marks}
    assert found["Monday, Feb. 12, 2024"] == "fam-date sev-error"
    assert "related" in found["Feb. 9, 2024"]
    assert '<span id="d0-f0-r0"></span>' in page and '<span id="d0-f0"></span>' in page
    assert 'href="#d0-f0-r0">the dateline (line 3)</a>' in page
    assert '<a href="#d0-l0"><mark class="fam-date sev-error"' in page
    assert "1 finding in 1 draft" in page and "<td>date</td><td>1</td>" in page


def test_a_report_that_cannot_be_written_is_one_line(tmp_path, run_cli):
    (tmp_path / "vote.txt").write_text(DRAFT, encoding="utf-8")
    result = run_cli("report", "vote.txt", "-o", str(tmp_path / "missing" / "report.html"))
    assert result.returncode == 2
    assert result.stderr.strip().endswith("report.html: cannot write the report (No such file or directory)")
    assert run_cli("report", "-", "-o", "r.html", input=DRAFT).returncode == 2
