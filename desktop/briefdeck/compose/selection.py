"""Which facts an output shows: accepted ones, or drafts too when asked or when nothing has
been reviewed yet (then the output is marked DRAFT). Rejected facts never leave the app."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefdeck.compose.quote_choice import (
    REDACTION,
    asks_someone,
    briefable,
    without_transcript_marks,
)
from briefdeck.compose.quote_words import quote_words
from briefdeck.compose.raised_counts import without_raised_counts
from briefdeck.compose.superseded_tolls import latest_tolls
from briefdeck.compose.working_remarks import in_working_remark
from briefdeck.model.briefing import Briefing
from briefdeck.model.facts import FACT_KINDS
from briefdeck.model.marking import highest


@dataclass(frozen=True)
class Selection:
    facts: dict[str, list[Any]]  # kind -> facts shown, in briefing order
    draft: bool  # drafts are shown, so the output is marked DRAFT
    marking: str  # highest portion mark of what is shown (and of the briefing's own level)
    questions: int = 0  # drafted quotes left out as questions put to a speaker

    def of(self, kind: str) -> list[Any]:
        return self.facts.get(kind, [])

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.facts.values())


def select_facts(briefing: Briefing, include_drafts: bool = False) -> Selection:
    nothing_reviewed = not any(f.status == "accepted" for _, f in briefing.all_facts())
    draft = include_drafts or nothing_reviewed
    wanted = {"accepted", "draft"} if draft else {"accepted"}
    facts = {
        kind: [f for f in briefing.facts_of(kind) if f.status in wanted] for kind in FACT_KINDS
    }
    # a figure said in the writer's remark on their own work ('I'd go with 2 killed for the
    # flash') is which number the product uses, no happening: the report's own sentences tell it
    facts["figures"] = distinct_figures([f for f in facts.get("figures", [])
                                         if not _in_working_remark(briefing, f)])
    # a toll the report has since raised ('three killed', then 'nine killed') is no fact now
    facts["figures"] = latest_tolls(briefing, facts["figures"], facts.get("events", []))
    # a count the report later says is now higher ("3 PTS", then "TOTAL PTS NOW 4") was a
    # first reading
    facts["figures"] = without_raised_counts(briefing, facts["figures"])
    # questions put to a speaker, and sentences whose speaker is redacted, are nobody's words
    quotes = facts.get("quotes", [])
    facts["quotes"] = [q for q in quotes
                       if briefable(q) and not REDACTION.search(quote_words(briefing, q))]
    questions = sum(1 for q in quotes if q.status != "accepted" and not REDACTION.search(q.text)
                    and asks_someone(without_transcript_marks(q.text)))
    marks = [f.marking for items in facts.values() for f in items]
    return Selection(facts, draft, highest(marks, floor=briefing.meta.classification), questions)


def _in_working_remark(briefing: Briefing, fig: Any) -> bool:
    prov = getattr(fig, "provenance", None)
    source = briefing.source(prov.source) if prov is not None else None
    return bool(source is not None and source.text and in_working_remark(source.text, prov.start))


_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_FILLER = frozenset("the a an in at of and".split())


def _stems(label: str) -> frozenset[str]:
    """The words of a label, cut to five letters so 'Syrian' and 'Syria' are one word."""
    return frozenset(w[:5] for w in _WORD.findall(label.casefold()) if w not in _FILLER)


def distinct_figures(figures: list[Any]) -> list[Any]:
    """The same figure said twice shows once: same amount and unit, and one label's words
    within the other's ('two outposts' and 'two Syrian outposts'). The fuller label is kept,
    where the first one stood; figures of one amount said of different things both stay."""
    kept: list[Any] = []
    same_amount: dict[tuple, list[int]] = {}  # only figures of one amount are compared
    for fig in figures:
        words = _stems(fig.label or fig.text)
        places = same_amount.setdefault((fig.value, fig.value_high, fig.unit, fig.qualifier), [])
        for at in places:
            seen = _stems(kept[at].label or kept[at].text)
            if words <= seen or seen <= words:
                if len(words) > len(seen):
                    kept[at] = fig
                break
        else:
            places.append(len(kept))
            kept.append(fig)
    return kept
