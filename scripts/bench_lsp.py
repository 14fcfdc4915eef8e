"""Measure `newslint lsp` as an editor sees it, over stdio with pygls's own client.

    python3 scripts/bench_lsp.py [--drafts 100] [--words 1000] [--runs 10]

Prints, for drafts of about --words words (invented copy with names, dates, quotes and a few
errors, a different draft each time so that no cache answers):

- first diagnostics after didOpen (the server already started: its "ready" log line seen);
- diagnostics after a one-word change (the server's default pause after a change included);
- the server's resident memory (VmRSS) after --drafts drafts are open and linted.

The result cache is a fresh temporary folder, so every draft is linted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

NAMES = ["Ana Lozano", "Peter Hollis", "Zoë Müller", "Dana Reyes", "Omar Haddad", "Lena Kovač"]
PLACES = ["Springfield", "Riverton", "the Sangamon valley", "Ward 3", "the old mill district"]
SENTENCES = [
    "The city council voted {n}-2 on {day} to approve the new bridge across the river.",
    "{name} said the plan would cost about ${n} million over five years.",
    "“We have waited long enough for this,” said {name}, who backed the plan from the start.",
    "Residents of {place} can comment on the proposal until {month} {n}.",
    "The the contract will be published on the council’s website next week.",
    "Opponents said the council had ignored their concerns , and promised to keep campaigning.",
    "{name} told reporters the vote was the most important one in a decade.",
    "The project is due to open in 2027, officials said, though delays are possible 🚧.",
    "A spokesperson for {name} declined to comment on the reponsible agency.",
    "The budget committee meets again on {day}, when the figures will be checked.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["March", "April", "May", "June"]


def draft(rng: random.Random, words: int) -> str:
    paragraphs, count = [f"Council backs {rng.choice(PLACES)} plan\n"], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(1, 3)):
            s = rng.choice(SENTENCES).format(
                name=rng.choice(NAMES), place=rng.choice(PLACES), day=rng.choice(DAYS),
                month=rng.choice(MONTHS), n=rng.randint(2, 28),
            )
            sentences.append(s)
            count += len(s.split())
        paragraphs.append(" ".join(sentences) + "\n")
    return "\n".join(paragraphs)


class Client(LanguageClient):
    def __init__(self):
        super().__init__("bench", "1")
        self.published: dict[tuple[str, int | None], float] = {}
        self.ready = asyncio.Event()

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(params: types.PublishDiagnosticsParams):
            self.published.setdefault((params.uri, params.version), time.perf_counter())

        @self.feature(types.WINDOW_LOG_MESSAGE)
        def log(params: types.LogMessageParams):
            if "ready" in params.message:
                self.ready.set()

        @self.feature(types.WINDOW_SHOW_MESSAGE)
        def show(params: types.ShowMessageParams):
            print(f"server says: {params.message}", file=sys.stderr)

    async def until(self, uri: str, version: int, timeout: float = 60.0) -> float:
        deadline = time.perf_counter() + timeout
        while (uri, version) not in self.published:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no diagnostics for {uri} v{version}")
            await asyncio.sleep(0.002)
        return self.published[(uri, version)]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def main(args) -> None:
    rng = random.Random(16)
    folder = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    os.environ["NEWSLINT_CACHE_DIR"] = str(folder / "cache")
    client = Client()
    started = time.perf_counter()
    await client.start_io(sys.executable, "-m", "newslint.cli", "lsp")
    await client.initialize_async(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=folder.as_uri())
    )
    client.initialized(types.InitializedParams())
    await client.ready.wait()
    print(f"server start to ready: {time.perf_counter() - started:.2f} s")

    opened, changed = [], []
    for number in range(args.runs):
        text = draft(rng, args.words)
        uri = (folder / f"timed-{number}.md").as_uri()
        sent = time.perf_counter()
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text))
        )
        opened.append(await client.until(uri, 1) - sent)
        # One word replaced in the middle of the draft.
        lines = text.split("\n")
        line = len(lines) // 2
        column = lines[line].find(" the ") + 1 if " the " in lines[line] else 0
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(line, column), types.Position(line, column + 3)), text="a"
                )],
            )
        )
        changed.append(await client.until(uri, 2) - sent)
        client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    words = len(draft(random.Random(16), args.words).split())
    print(f"drafts of about {words} words, {args.runs} runs:")
    for label, times in (("first diagnostics after didOpen", opened), ("after a one-word change", changed)):
        times = sorted(times)
        p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
        print(f"  {label + ':':36} median {statistics.median(times):.3f} s, 90th percentile {p90:.3f} s, max {times[-1]:.3f} s")

    sent = time.perf_counter()
    uris = []
    for number in range(args.drafts):
        uri = (folder / f"open-{number}.md").as_uri()
        uris.append(uri)
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=draft(rng, args.words)))
        )
    for uri in uris:
        await client.until(uri, 1, timeout=600)
    pid = client._server.pid
    print(f"  {args.drafts} drafts open and linted in {time.perf_counter() - sent:.1f} s; server memory (VmRSS) {rss_mb(pid):.0f} MB")
    await client.shutdown_async(None)
    client.exit(None)
    await asyncio.wait_for(client._server.wait(), 20)
    await client.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=100)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=10)
    asyncio.run(main(parser.parse_args()))
