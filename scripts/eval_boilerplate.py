#!/usr/bin/env python3
"""Inject web-page residue into clean articles and measure what the boilerplate rules (B) find.

    python3 scripts/eval_boilerplate.py [--corpus DIR] [--seed N] [--bin DIR] [--show N]

Reads the untouched articles of ``--corpus`` (default /work/shared/eval/dev/corpus) at run
time; nothing of them is copied into the repository. The articles are shuffled with a fixed
seed and split in two halves: the first is the half to tune on, the second is held out. The
phrasings of the residue are split the same way: the templates below are shuffled with the
seed and dealt to the two halves, so the held-out half is furniture worded in ways the
tuning half never showed.

Each half is written to its own folder and linted in one run of ``newslint check --format
json`` (as a newsroom repository would be), so that furniture a site repeats across its drafts
can be found by repetition. Into each draft go:

- one to three residue paragraphs (navigation, media, sharing, account, comments, counters,
  "…" loaders, app and alert promotions), after the headline, between paragraphs or at the end;
- in drafts of the same made-up site (three to six drafts a site), the site's own furniture: a
  line with no page vocabulary at all ("Clarion Weekend · Northern edition") that only its
  recurrence across drafts gives away;
- copy that must stay silent: bylines, wire credits, sign-offs and subheadings, some of them
  repeated across a site's drafts too.

Recall counts an injected line as found when a B finding lies on it. False alarms are B
findings on any other line, and P101 findings on residue lines (a wrong finding instead of
the right one) are counted apart.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

CORPUS = Path("/work/shared/eval/dev/corpus")

SECTIONS = "World|Politics|Business|Sport|Culture|Opinion|Science|Health|Travel|Money|Local|Lifestyle|Tech|Climate|Education|Arts".split("|")
NETWORKS = "Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Telegram|Pinterest|Threads|Bluesky|Flipboard|Messenger".split("|")

# Residue templates, by kind. {n} a number, {m} a small number, {s} a section, {w} a network.
TEMPLATES = {
    "navigation": [
        "Back to {s}", "{s} home", "Go to {s}", "More {s} news", "Explore {s}", "All {s} stories",
        "Skip navigation", "Main menu", "Open menu", "Close menu", "Toggle navigation",
        "You are here: Home › {s}", "Home / {s} / {s}", "Home » {s}", "Sections", "Search",
        "Browse all sections", "Jump to navigation", "Next story", "Previous page",
        "Back to homepage", "{s} | {s} | {s} | {s}", "Menu Search", "Show more",
        "View all {s} news", "See all", "In this section", "Latest from {s}",
    ],
    "media": [
        "Play video", "Watch video", "Listen to this article", "Audio: {m} min", "Image {m} of {n}",
        "Photo gallery ({n} photos)", "View gallery", "Enlarge this image", "Toggle caption",
        "Hide caption", "Duration {m}:{n2}", "Click to play", "Press play to listen",
        "Video {m}:{n2}", "Open image in new window", "Expand image", "Watch now",
        "Listen now", "Full screen", "Mute", "Replay video", "Video unavailable",
        "{n} photos", "View slideshow", "Launch media viewer",
    ],
    "sharing": [
        "Share on {w}", "Share via email", "Copy link", "Link copied", "Share this", "Shares {n}",
        "{n} shares", "{w} {w} {w} Email", "Send to a friend", "Email to a friend", "Save for later",
        "Saved", "Bookmark this", "Share via {w}", "Share · {w} · {w}", "Post to {w}",
        "Forward this article", "Share story", "Gift this article", "Copy URL",
    ],
    "account": [
        "Sign in to continue", "Create free account", "Log in to your account",
        "Already registered? Sign in", "Manage your subscription", "Not a member? Join today",
        "My profile", "Forgot password?", "Unlock unlimited access", "Subscriber exclusive",
        "Members only", "Log out", "Register for free", "Upgrade to premium", "Account settings",
        "Start your free trial", "Become a member", "Sign in with {w}",
    ],
    "comments": [
        "{n} comments", "Comments are closed", "Show {n} replies", "Reply · Report", "Load more comments",
        "Sort by newest", "Newest | Oldest | Most liked", "Log in to comment", "Write a reply…",
        "View {n} comments", "Hide replies", "Reply", "Comment ({n})", "Join the discussion ({n})",
        "Add your comment", "Discussion closed", "Start the conversation", "Reactions ({n})",
    ],
    "counter": [
        "{n} views", "{m} min read", "Reading time: {m} minutes", "Page {m} of {n}", "{n} likes",
        "{m} minute read", "{n} reads", "{n}k views", "Views: {n}", "Estimated read time {m} min",
    ],
    "loader": [
        "Loading…", "Loading comments...", "Please wait...", "Fetching latest headlines…",
        "Loading video…", "Loading more stories…", "Refreshing…", "Updating…", "Connecting…",
        "Loading the player…",
    ],
    "promotion": [
        "Download our app", "Get the app", "Breaking news alerts", "Turn on notifications",
        "Allow notifications", "Tap to enable alerts", "Get alerts", "Install the app",
        "Get our free app", "Enable push notifications", "Try {m} months free",
        "Subscribe for {m} euros a month", "Get the latest news on {w}", "Follow {s} on {w}",
    ],
}

# Copy that belongs to the story and must stay silent.
CONTROLS = [
    "By {first} {last}", "By {first} {last}, {s} correspondent", "(Reporting by {first} {last}; Editing by {first2} {last2})",
    "Additional reporting by {first} {last}", "— IANS", "-- Xinhua", "(AP)", "ENDS",
    "Reporting by {first} {last} in {city}", "{first} {last} is a {s} reporter for the paper",
    "What happens next", "A long road back", "The cost of the plan", "Writing by {first} {last}",
]
FIRST = "Amara|Tomasz|Ines|Oluwaseun|Freya|Rafael|Mei|Kieran|Dagny|Hamid".split("|")
LAST = "Okonjo|Brennan|Vasquez|Lindqvist|Haddad|Moreau|Tanaka|Ferreira|Novak|Whitlock".split("|")
CITIES = "Lagos|Oslo|Lima|Hanoi|Dakar|Quito|Tbilisi|Perth".split("|")

# Made-up sites and the furniture of their own that has no page vocabulary in it.
SITE_WORDS = "Clarion|Beacon|Sentinel|Courier|Gazette|Herald|Lantern|Meridian|Harbour|Pennant|Tribune|Chronicle".split("|")
SITE_LINES = [
    "{site} Weekend · Northern edition", "The {site} — independent since {year}", "{site} Media Group",
    "{site} Premium", "Edition: International", "{site} Daily Digest", "Today's {site}",
    "{site} | {s} Desk", "{site} Originals", "Powered by {site} Labs",
]


def fill(template: str, rng: random.Random, site: str = "") -> str:
    return template.format(
        n=rng.choice([3, 12, 27, 48, 154, 1204, 86]), m=rng.randint(2, 9), n2=f"{rng.randint(0, 59):02d}",
        s=rng.choice(SECTIONS), w=rng.choice(NETWORKS), site=site, year=rng.randint(1850, 1990),
        first=rng.choice(FIRST), last=rng.choice(LAST), first2=rng.choice(FIRST), last2=rng.choice(LAST),
        city=rng.choice(CITIES),
    )


def split_templates(seed: int) -> dict[str, dict[str, list[str]]]:
    """For each half, the residue templates of each kind (each template in one half only)."""
    rng = random.Random(f"{seed}:templates")
    halves: dict[str, dict[str, list[str]]] = {"tune": {}, "held-out": {}}
    for kind, templates in TEMPLATES.items():
        shuffled = sorted(templates)
        rng.shuffle(shuffled)
        halves["tune"][kind] = shuffled[0::2]
        halves["held-out"][kind] = shuffled[1::2]
    return halves


def paragraphs_of(text: str) -> tuple[str, list[str]]:
    """(front matter and headline, body paragraphs) of a corpus article."""
    head = ""
    if text.startswith("---\n"):
        end = text.index("\n---", 4) + len("\n---\n")
        head, text = text[:end].rstrip("\n"), text[end:]
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    if blocks and (not head or blocks[0].startswith("# ")):
        head = (head + "\n\n" + blocks[0]) if head else blocks[0]
        blocks = blocks[1:]
    return head, blocks


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def make_draft(text: str, rng: random.Random, templates, site_lines: list[str], site_controls: list[str]):
    """The draft's text and its injected lines: {line number: ("residue"|"control", kind)}."""
    head, body = paragraphs_of(text)
    inserts: list[tuple[int, str, str, str]] = []  # (position, paragraph, role, kind)
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(sorted(templates))
        line = fill(rng.choice(templates[kind]), rng)
        inserts.append((rng.choice([0, len(body), len(body), rng.randint(0, len(body))]), line, "residue", kind))
    for line in site_lines:
        inserts.append((rng.choice([0, len(body)]), line, "residue", "site"))
    for line in site_controls + ([fill(rng.choice(CONTROLS), rng)] if rng.random() < 0.5 else []):
        position = rng.choice([0, len(body)])
        inserts.append((position, line, "control", "copy"))
    if body and _letters(head).endswith(_letters(body[0])):
        # a lede that repeats the headline stays first, as the story printed it
        inserts = [(max(1, position), *rest) for position, *rest in inserts]
    paragraphs = list(body)
    roles: list[tuple[str, str] | None] = [None] * len(paragraphs)
    for position, line, role, kind in sorted(inserts, key=lambda x: -x[0]):
        paragraphs.insert(position, line)
        roles.insert(position, (role, kind))
    out = head + "\n\n"
    line_no = out.count("\n") + 1
    labels = {}
    for paragraph, role in zip(paragraphs, roles):
        if role:
            labels[line_no] = role
        out += paragraph + "\n\n"
        line_no += paragraph.count("\n") + 2
    return out, labels


def run(binary: str, folder: str) -> list[dict]:
    proc = subprocess.run([binary, "check", "--format", "json", folder], capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"newslint failed: {proc.stderr.strip()[-400:]}")
    return json.loads(proc.stdout or "[]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--bin", default=os.path.dirname(sys.executable), help="folder of the newslint script")
    parser.add_argument("--show", type=int, default=0, help="list N misses and N false alarms of the tuning half")
    parser.add_argument("--half", choices=("tune", "held-out", "both"), default="both")
    args = parser.parse_args()

    files = sorted(p for p in args.corpus.iterdir() if p.suffix in (".txt", ".md"))
    rng = random.Random(args.seed)
    rng.shuffle(files)
    halves = {"tune": files[: len(files) // 2], "held-out": files[len(files) // 2 :]}
    templates = split_templates(args.seed)
    binary = os.path.join(args.bin, "newslint")
    for half in ("tune", "held-out"):
        if args.half not in (half, "both"):
            continue
        half_rng = random.Random(f"{args.seed}:{half}")
        with tempfile.TemporaryDirectory() as folder:
            labels: dict[str, dict[int, tuple[str, str]]] = {}
            texts: dict[str, list[str]] = {}
            sources = list(halves[half])
            while sources:
                size = half_rng.randint(3, 6)
                group, sources = sources[:size], sources[size:]
                site = half_rng.choice(SITE_WORDS)
                chosen = half_rng.sample(SITE_LINES, 2)
                site_lines = [fill(t, half_rng, site) for t in chosen]
                site_controls = [fill(half_rng.choice(CONTROLS[:4]), half_rng)]
                for path in group:
                    wanted = [line for line in site_lines if half_rng.random() < 0.8]
                    controls = site_controls if half_rng.random() < 0.8 else []
                    text, marks = make_draft(path.read_text(encoding="utf-8"), half_rng, templates[half], wanted, controls)
                    name = os.path.join(folder, path.name)
                    Path(name).write_text(text, encoding="utf-8")
                    labels[path.name] = marks
                    texts[path.name] = text.split("\n")
            findings = run(binary, folder)
        found_lines: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        for f in findings:
            found_lines[os.path.basename(f["path"])][f["line"]].add(f["code"])
        total, hit = Counter(), Counter()
        wrong_p101 = 0
        misses, alarms = [], []
        for name, marks in labels.items():
            for line, (role, kind) in marks.items():
                codes = found_lines[name].get(line, set())
                if role == "residue":
                    total[kind] += 1
                    if any(c.startswith("B") for c in codes):
                        hit[kind] += 1
                    else:
                        misses.append((name, line, kind, texts[name][line - 1]))
                        wrong_p101 += "P101" in codes
            for line, codes in found_lines[name].items():
                role = marks.get(line, ("copy", ""))[0]
                if role != "residue" and any(c.startswith("B") for c in codes):
                    alarms.append((name, line, role, texts[name][line - 1]))
        words = sum(len(" ".join(t).split()) for t in texts.values())
        print(f"== {half}: {len(labels)} drafts, {sum(total.values())} residue lines")
        for kind in sorted(total):
            print(f"  {kind:<11} {hit[kind] / total[kind]:.2f}  ({hit[kind]}/{total[kind]})")
        print(f"  ALL         {sum(hit.values()) / max(1, sum(total.values())):.2f}"
              f"  ({sum(hit.values())}/{sum(total.values())})")
        print(f"  false alarms (B on copy): {len(alarms)} ({len(alarms) / words * 1000:.2f} per 1,000 words);"
              f" P101 instead of B on residue: {wrong_p101}")
        if args.show and half == "tune":
            for item in misses[: args.show]:
                print("  miss ", *item)
            for item in alarms[: args.show]:
                print("  alarm", *item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
