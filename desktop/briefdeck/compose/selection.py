"""Which facts an output shows: accepted ones, or drafts too when asked or when nothing has
been reviewed yet (then the output is marked DRAFT). Rejected facts never leave the app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefdeck.model.briefing import Briefing
from briefdeck.model.facts import FACT_KINDS
from briefdeck.model.marking import highest


@dataclass(frozen=True)
class Selection:
    facts: dict[str, list[Any]]  # kind -> facts shown, in briefing order
    draft: bool  # drafts are shown, so the output is marked DRAFT
    marking: str  # highest portion mark of what is shown (and of the briefing's own level)

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
    marks = [f.marking for items in facts.values() for f in items]
    return Selection(facts, draft, highest(marks, floor=briefing.meta.classification))
