"""How an event's toll reads wherever it is shown (page, slide, chart, speaker notes): one
wording that keeps the report's qualifier ("at least 3 killed"), so no renderer firms up a
number the report left open."""

from __future__ import annotations

from typing import Any

# The qualifier as a mark before a number where there is no room for words (a table cell,
# a bar's label): "more than 40" -> ">40".
TOLL_MARKS = {"about": "~", "at least": "\u2265", "up to": "\u2264", "more than": ">",
              "fewer than": "<"}


def qualified(count: int, qualifier: str) -> str:
    """'3', 'at least 3', 'more than 40'."""
    return str(count) if qualifier in ("exact", "") else f"{qualifier} {count}"


def count_words(count: int, qualifier: str, what: str) -> str:
    """'3 killed', 'at least 3 killed', 'more than 40 wounded'."""
    return f"{qualified(count, qualifier)} {what}"


def toll_words(killed: int, killed_qualifier: str, wounded: int, wounded_qualifier: str,
               joiner: str = ", ") -> str:
    """The killed and the wounded, each with its own qualifier; '' when nobody was hurt."""
    parts = []
    if killed:
        parts.append(count_words(killed, killed_qualifier, "killed"))
    if wounded:
        parts.append(count_words(wounded, wounded_qualifier, "wounded"))
    return joiner.join(parts)


def event_toll(event: Any, joiner: str = ", ") -> str:
    """An Event's own totals as worded: 'at least 3 killed, 8 wounded'."""
    return toll_words(event.killed or 0, event.killed_qualifier,
                      event.wounded or 0, event.wounded_qualifier, joiner)
