"""Boilerplate rules tried only on the lines that open with a character they need.

The rule table (rules.py) tries every rule on every short line, so each rule costs a little
on every article. The rules for a rare document's furniture (a records system's printout,
an exhibition's panel copy, a recipe card, an internal memo's marking) each match only a
line that opens with one of a few characters ("Printed: ...", "[CURATOR NOTE: ...]",
"★★★★★ ...") and holds a word they need ("|", "recipe"): a table by first character hands
each line only the rules it may fit, so an article without such lines pays one look-up a
line.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefdeck.ingest.line_kinds import ArticleLine, is_prose
from briefdeck.ingest.rules import Rule


@dataclass(frozen=True)
class OpeningRule:
    rule: Rule
    opens: str  # the characters a line it fits may open with
    needs: tuple[str, ...] = ()  # the line holds one of these (as written), if any are given


def by_opening(rules: tuple[OpeningRule, ...]) -> dict[str, tuple[OpeningRule, ...]]:
    """The rules a line may fit, by the line's first character, the rules for the longest
    lines first (built once, at import)."""
    table: dict[str, list[OpeningRule]] = {}
    for rule in rules:
        for char in dict.fromkeys(rule.opens):
            table.setdefault(char, []).append(rule)
    return {
        char: tuple(sorted(found, key=lambda r: -r.rule.max_words)) for char, found in table.items()
    }


def flag_openings(
    lines: list[ArticleLine], flags: dict[int, str], table: dict[str, tuple[OpeningRule, ...]]
) -> None:
    """Flag each line not yet flagged that one of the rules for its first character fits."""
    for i, line in enumerate(lines):
        candidates = table.get(line.text[0])
        if candidates is None or i in flags:
            continue
        text, words = line.text, line.words
        for found in candidates:  # (plain loops: the hot path of a long article)
            rule = found.rule
            if words > rule.max_words:
                break  # the rest fit shorter lines only
            if found.needs:
                for need in found.needs:
                    if need in text:
                        break
                else:
                    continue
            if rule.pattern.search(text) and (rule.in_prose or not is_prose(text, words)):
                flags[i] = rule.name
                break
