"""S102: words and phrases on the house list of words never to use."""

from __future__ import annotations

import re

from ...rule import Context, Rule, accepted, flagged


class RejectedWord(Rule):
    """A word or phrase on the house list of words never to use (vocabulary.reject).

    *What it flags*: every occurrence, in any capitalisation, of an entry of the
    configuration's ``vocabulary.reject`` list (or the files ``vocabulary.reject-files``).

    *Why it matters*: a desk keeps a list of spellings and terms it has ruled out
    ("judgment" in a British house style, a banned euphemism); the list only helps when it is
    enforced.

    *Flagged*: with ``reject = ["alright"]``: "The minister said it was alright."

    *Preferred*: "The minister said it was all right."

    *Options*: ``vocabulary.reject`` and ``vocabulary.reject-files``.

    *Known limits*: matches whole words only; a rejected word inside a quotation is still
    flagged (the report says it is quoted).
    """

    code = "S102"
    name = "rejected-word"
    family = "spelling"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged("The minister said it was alright.", "alright", reject=frozenset({"alright"})),
        flagged("Alright, said Zoë Müller.", "Alright", reject=frozenset({"alright"})),
        flagged("“It is alright,” he said.", "alright", reject=frozenset({"alright"})),
        flagged("\"It is alright,\" he said.", "alright", reject=frozenset({"alright"})),
        flagged("It was alright", "alright", reject=frozenset({"alright"})),
        accepted("", reject=frozenset({"alright"})),
        accepted("The minister said it was all right.", reject=frozenset({"alright"})),
        accepted("The minister said it was alright."),
    )

    def check(self, doc, context: Context):
        rejected = sorted(context.settings.reject, key=len, reverse=True)
        if not rejected:
            return
        pattern = re.compile(
            r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in rejected) + r")(?![\w-])",
            re.IGNORECASE,
        )
        for paragraph in doc.paragraphs:
            for match in pattern.finditer(doc.prose, paragraph.start, paragraph.end):
                yield self.finding(
                    doc,
                    match.start(),
                    match.end(),
                    f"\"{match.group()}\" is on the house list of words not to use.",
                )
