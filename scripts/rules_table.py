"""Print the README's rule table from the rules' own documentation.

    python3 scripts/rules_table.py > /tmp/table.md
"""

from newslint.config import Settings
from newslint.engine import all_rules, is_selected


def table() -> str:
    settings = Settings()
    rows = ["| code | name | family | severity | on by default | what it flags |", "|---|---|---|---|---|---|"]
    for rule in all_rules(settings):
        summary = rule.summary.replace("|", "\\|")
        on = "yes" if is_selected(rule, settings) else "no"
        rows.append(f"| `{rule.code}` | {rule.name} | {rule.family} | {rule.severity} | {on} | {summary} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(table(), end="")
