#!/usr/bin/env python3
"""Subject-verb agreement by syntactic construction: what G203 finds in the targeted stimuli
of Marvin & Linzen (2018), and what it flags in their grammatical twins.

    python3 scripts/eval_agreement_constructions.py [--data DIR] [--cmd "newslint check"]
                                                    [--args "--select G203"] [--show N]

The stimuli ("Targeted Syntactic Evaluation of Language Models", EMNLP 2018, as processed into
CoNLL with one label a token by chrisdavis90/ged-syntax-probing, ``datasets/marvin_linzen/
stimuli``; fetch github:chrisdavis90/ged-syntax-probing) are made sentences, half of them with a
verb in the wrong number, one file a construction: a simple subject ("The author laughs"), a
prepositional phrase after it ("The author next to the guards laughs"), a relative clause on
the subject or the object, a sentential complement, coordinated verbs. Their words are few and
plain, so a construction that scores 0 here is a gap in the rule's reading of structure, not of
vocabulary. For measuring only: never copy the sentences into newslint, its tests or its
examples.

The stimuli are not split in halves: they are read for which constructions the rule covers,
never tuned on sentence by sentence; a rule change is measured on ``eval_wiked_sva.py``'s real
errors (tune and held out) and on clean copy.

Per construction: errors found (a finding over the labelled verb, widened by 2 characters) and
false alarms (findings in the grammatical sentences), for the first ``--limit`` sentences of
each kind (errors and clean) in each file.

Measured (2026-12-03, G203 alone; found | false alarms, of 800 a construction unless said):
before this session's changes (main at d3818a0) simple 100/140 | 0, a prepositional phrase
after the subject 315 | 0 (animate) and 656 | 0 (inanimate), a relative clause on the
subject 451 | 0, on the object, its own verb 437 | 4 and 443 | 5, the main verb after it 4 |
4 and 5 | 5, the same without "that" 0 | 0 (both verbs), a sentential complement 444 | 0,
coordinated verbs 108/400 | 0 and, with a longer phrase, 204/400 | 0: all 3,167 of 10,540
errors, 18 false alarms in 10,540 right sentences. After (the sole word of a sentence that
can be a verb is its verb): simple 132/140, object relative's own verb 437 and 457, all 3,225,
false alarms 18. Then (a predicate adjective and "and" before a verb; the main verb after a relative
clause on the subject and its object): coordinated verbs 220/400, a relative clause on the
subject 767, on the object, its own verb 566 and 506; all 3,831, false alarms 18.
Then (the main verb, a form of be or have, after a relative clause on the object: "The
rules that the council passed was"): the main verb after an object relative 370 and 219,
all 4,411, false alarms 18.
Then (the same without "that": "The changes the council made was"): 366 and 214 of 800,
all 4,991, false alarms 18.
Then (the verb inside a relative clause without "that", its subject opened by a determiner
straight after a lower-case noun: "The author the guards likes"): the verb inside an object
relative without "that" 437 and 457 of 800 (0 and 0 before), all 5,894, false alarms 36: the
18 new are the same sentences' right versions ("The movie the security guard loves is good"),
where the tagger reads "guard loves" as a compound and "loves" as a plural noun.
The gaps: the main verb after an object relative clause when it is a plain verb ("The author
that the guards like laugh") or when the tagger misreads "like", the verb inside a relative
clause without "that" where the tagger reads its subject and verb as one compound ("The
movie the security guard loves"), a noun-and-verb word after a phrase that holds another one ("The
author behind the security guard laugh"), and coordinated verbs where the tagger reads the
first as a noun ("The farmer smiles and laugh", "The author swims and are tall").
"""

from __future__ import annotations

import argparse
import random
import re
import shlex
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_wiked_sva import attach, default_command, detokenise, lint, overlaps, read_conll, write_drafts  # noqa: E402

REPO = Path("/work/.mirror/chrisdavis90+ged-syntax-probing/repo")
STIMULI = "datasets/marvin_linzen/stimuli"


def construction(name: str) -> str:
    """"obj_rel_across_anim_sing_MS_MV_plur_ES_EV.conll" -> "obj_rel_across_anim"."""
    return re.split(r"_(?:sing|plur)(?:_|\.)", name)[0]


def read_stimuli(repo: Path, limit: int) -> dict[str, list]:
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD", STIMULI + "/"],
                             capture_output=True, text=True, check=True).stdout.split()
    by_kind: dict[str, list] = defaultdict(list)
    for path in sorted(listing):
        text = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, text=True,
                              check=True).stdout
        with tempfile.NamedTemporaryFile("w", suffix=".conll", delete=False) as handle:
            handle.write(text)
        sentences = [detokenise(tokens) for tokens in read_conll(Path(handle.name))]
        Path(handle.name).unlink()
        wrong = [s for s in sentences if s.errors][:limit]
        right = [s for s in sentences if not s.errors][:limit]
        by_kind[construction(Path(path).name)] += wrong + right
    return by_kind


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO, help="git folder of chrisdavis90/ged-syntax-probing")
    parser.add_argument("--cmd", default=None, help='default: the newslint beside this Python, "check"')
    parser.add_argument("--args", default="--select G203", help="arguments for the check command")
    parser.add_argument("--limit", type=int, default=200, help="sentences of each kind (wrong, right) a file")
    parser.add_argument("--show", type=int, default=0, help="misses and false alarms to print a construction")
    args = parser.parse_args(argv)

    by_kind = read_stimuli(args.data, args.limit)
    everything = [s for sentences in by_kind.values() for s in sentences]
    command = (shlex.split(args.cmd) if args.cmd else default_command()) + shlex.split(args.args)
    with tempfile.TemporaryDirectory(prefix="agreement-constructions-") as tmp:
        attach(everything, lint(command, write_drafts(everything, Path(tmp), 200)))

    totals = Counter()
    print(f"{'construction':36} {'found':>12} {'false alarms':>14}")
    for kind, sentences in sorted(by_kind.items()):
        errors = [(s, span) for s in sentences for span in s.errors]
        found = [(s, span) for s, span in errors if any(overlaps(f, s, span) for f in s.findings)]
        clean = [s for s in sentences if not s.errors]
        alarms = [s for s in clean if s.findings]
        totals.update(errors=len(errors), found=len(found), clean=len(clean), alarms=len(alarms))
        print(f"{kind:36} {len(found):5}/{len(errors):<5} {len(alarms):6}/{len(clean):<6}")
        if args.show:
            rng = random.Random(0)
            misses = [(s, span) for s, span in errors if (s, span) not in found]
            for s, (a, b) in rng.sample(misses, min(args.show, len(misses))):
                print(f"    MISS  {s.text[:a]}[[{s.text[a:b]}]]{s.text[b:]}")
            for s in rng.sample(alarms, min(args.show, len(alarms))):
                print(f"    ALARM {s.text} ({s.findings[0]['code']})")
    print(f"{'ALL':36} {totals['found']:5}/{totals['errors']:<5} {totals['alarms']:6}/{totals['clean']:<6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
