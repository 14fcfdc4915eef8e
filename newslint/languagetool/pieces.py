"""What is sent: each prose paragraph with a map back to the draft, joined into requests."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable

# Characters per request: a long story goes in one request, one request stays well inside
# the timeout, and the public LanguageTool API (20,000 characters a request) accepts it.
BATCH_CHARS = 20_000


@dataclass(frozen=True)
class Piece:
    """One paragraph as sent: its text, and the draft offset of each of its characters."""

    text: str
    offsets: tuple[int, ...]


def piece_of(text: str, prose: str, start: int, end: int) -> Piece:
    """The paragraph ``[start, end)`` as LanguageTool gets it.

    Runs of white space (line breaks of a hard-wrapped paragraph included) become one space;
    masked characters (Markdown markers, link targets, URLs) are dropped, leaving a space only
    between two letters or digits that nothing else separates.
    """
    out: list[str] = []
    offsets: list[int] = []
    space_at = -1  # offset of a pending space, or -1
    masked = False
    for i in range(start, end):
        c = prose[i]
        if c.isspace():
            if text[i].isspace():
                if space_at < 0:
                    space_at = i
            else:
                masked = True
            continue
        if out:
            if space_at >= 0:
                out.append(" ")
                offsets.append(space_at)
            elif masked and out[-1].isalnum() and c.isalnum():
                out.append(" ")
                offsets.append(i - 1)
        space_at = -1
        masked = False
        out.append(c)
        offsets.append(i)
    return Piece("".join(out), tuple(offsets))


def pieces_of(doc) -> list[Piece]:
    """The prose paragraphs of ``doc`` as sent (table cells are not sentences: left out)."""
    pieces = [piece_of(doc.text, doc.prose, p.start, p.end) for p in doc.paragraphs if p.kind != "table"]
    return [piece for piece in pieces if piece.text.strip()]


SEPARATOR = "\n\n"


def batches(items: list[tuple[str, str]]) -> Iterable[list[tuple[str, str]]]:
    """(key, text) pairs in groups whose joined text stays under BATCH_CHARS."""
    batch: list[tuple[str, str]] = []
    size = 0
    for item in items:
        length = len(item[1]) + len(SEPARATOR)
        if batch and size + length > BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += length
    if batch:
        yield batch


def join_texts(texts: list[str]) -> tuple[str, list[int]]:
    starts, position = [], 0
    for text in texts:
        starts.append(position)
        position += len(text) + len(SEPARATOR)
    return SEPARATOR.join(texts), starts


def split_matches(found: list[dict], starts: list[int], lengths: list[int]) -> list[list[dict]]:
    """Matches of a joined request, back to their paragraphs (a match across two is dropped)."""
    out: list[list[dict]] = [[] for _ in starts]
    for match in found:
        index = bisect.bisect_right(starts, match["offset"]) - 1
        if index < 0:
            continue
        local = match["offset"] - starts[index]
        if local + match["length"] > lengths[index] or match["length"] <= 0:
            continue
        out[index].append(dict(match, offset=local))
    return out
