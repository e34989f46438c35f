"""How an event's toll reads wherever it is shown (page, slide, chart, speaker notes): one
wording that keeps the report's qualifier ("at least 3 killed"), so no renderer firms up a
number the report left open, and says whose claim a toll is when only a party to the fight
gives it ("4 killed (according to Kataib Hezbollah)"), so no slide states a militia's word as
fact.

"according to", not "claimed by": Event.toll_claimed_by holds both an armed group's claim of
what its attack did and a group's word about its own dead ("the SDF said four of its fighters
were killed"), and the field does not say which. "claimed by SDF" after the SDF's own dead reads
as if the SDF claimed the killing; "according to" says whose word it is either way."""

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


CLAIM_WORDS = "according to"


def claim_words(claimant: str) -> str:
    """'according to Kataib Hezbollah' (no brackets: a chart category's own words); ''."""
    claimant = claimant.strip()
    return f"{CLAIM_WORDS} {claimant}" if claimant else ""


def claimed_by(claimant: str) -> str:
    """'(according to Kataib Hezbollah)', put after a toll; '' when nobody's word is named."""
    words = claim_words(claimant)
    return f"({words})" if words else ""


def with_claimant(toll: str, claimant: str) -> str:
    """'4 killed' -> '4 killed (according to Kataib Hezbollah)'; '' stays '' (no toll to mark)."""
    mark = claimed_by(claimant)
    return f"{toll} {mark}" if toll and mark else toll


def event_toll(event: Any, joiner: str = ", ") -> str:
    """An Event's own totals as worded: 'at least 3 killed, 8 wounded', and whose claim they
    are when a party to the fight alone gives them."""
    return with_claimant(toll_words(event.killed or 0, event.killed_qualifier,
                                    event.wounded or 0, event.wounded_qualifier, joiner),
                         getattr(event, "toll_claimed_by", ""))


def in_brackets(toll: str) -> str:
    """'(4 killed; according to Kataib Hezbollah)': a toll put in brackets after other words,
    its claimant inside them rather than in brackets of its own."""
    mark = f" ({CLAIM_WORDS} "
    if mark in toll and toll.endswith(")"):
        return f"({toll[:-1].replace(mark, f'; {CLAIM_WORDS} ', 1)})"
    return f"({toll})"
